"""Dialogs, each with an ask() classmethod returning the filled-in value or None."""
