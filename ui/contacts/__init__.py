"""The Contacts tab's parts: the list, the card, duplicates and merging, privacy."""
