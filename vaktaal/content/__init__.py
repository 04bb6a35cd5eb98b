"""The vocabulary: the model (sector, theme, term), the sector file format as data, reading and
validating sector files, language codes, pictures, the JSON Schema and the statistics.

It depends only on :mod:`vaktaal.files` and :mod:`vaktaal.errors`."""
