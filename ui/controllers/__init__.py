"""The main window's menus and flows, one controller per purpose; the window is only the frame."""
