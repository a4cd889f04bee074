"""The Contacts tab's parts: the card, its timeline, interactions, a place's history."""
