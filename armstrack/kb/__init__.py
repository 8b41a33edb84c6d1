"""kb stage of armstrack."""
