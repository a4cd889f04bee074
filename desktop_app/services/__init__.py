"""Use cases over the data layer: validation, permissions, audit; plain dataclasses out. No Qt."""
