"""The Events tab's pages, panels and dialogs."""
