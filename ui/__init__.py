"""Beacon's Qt widgets, dialogs and table models. Talks to desktop_app.services only."""
