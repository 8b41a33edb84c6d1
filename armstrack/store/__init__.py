"""store stage of armstrack."""
