"""values stage of armstrack."""
