"""The Events tab's pages: the month view, the list, an event's page and its panels."""
