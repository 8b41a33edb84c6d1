"""exports stage of armstrack."""
