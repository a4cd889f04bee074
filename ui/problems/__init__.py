"""The Problems tab's pages: the board by stage, a problem's card with its SARA sections, the
suggested problems, and the small dialogs they open."""
