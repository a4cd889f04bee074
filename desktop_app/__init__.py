"""Beacon: the record-keeping desk of a community-oriented security office."""

__version__ = "0.1.0"
