"""Beacon's benchmark: each figure beside its floor (raw sqlite3 / bare Qt), interleaved, on
throwaway copies of a cached demo office. Run with `bash scripts/bench.sh` (see README.md)."""
