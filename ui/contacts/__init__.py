"""The Contacts tab's pages: the directory list (list_page); the card and dialogs beside it."""
