"""The ``vaktaal`` command line: thin click commands over the library."""
