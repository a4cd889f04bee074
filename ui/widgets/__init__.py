"""Reusable widgets: pick-list fields, the contact picker, forms and panes inside the tabs."""
