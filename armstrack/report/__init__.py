"""report stage of armstrack."""
