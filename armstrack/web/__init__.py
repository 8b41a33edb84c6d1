"""web stage of armstrack."""
