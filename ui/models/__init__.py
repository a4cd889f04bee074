"""Qt table models over service dataclasses; one per record type."""
