"""The Contacts tab's widgets and dialogs."""
