"""PDF building with reportlab: pure functions from plain data to a file. No Qt."""
