"""The order the runs of one figure take: Beacon and its floor interleaved, so noise (another
process, a cache flush, a CPU frequency step) lands on both sides alike."""

from __future__ import annotations

BEACON, FLOOR = "beacon", "floor"


def interleaved(reps: int) -> list[tuple[str, int]]:
    """reps runs of each side, in pairs: A B, then B A, then A B ... (which side goes first
    alternates too, so neither always runs right after the other has warmed a cache)."""
    order: list[tuple[str, int]] = []
    for rep in range(reps):
        pair = (BEACON, FLOOR) if rep % 2 == 0 else (FLOOR, BEACON)
        order += [(side, rep) for side in pair]
    return order
