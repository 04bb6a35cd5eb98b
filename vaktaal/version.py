"""The version of vaktaal (one place; the package and ``vaktaal --version`` read it)."""

__version__ = "0.1.0"
