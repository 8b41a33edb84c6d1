"""deals stage of armstrack."""
