"""armstrack: a sourced database of arms transfers, built from defence news."""

__version__ = "0.1.0"
