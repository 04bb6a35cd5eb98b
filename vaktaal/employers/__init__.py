"""Employers' own terms: overlays (``employers/<employer>/<sector>.yaml``) checked against the
sector they extend, adding terms one by one or from a spreadsheet (read within limits, in known
encodings, every cell checked), the spreadsheet template, and employers' photos made fit for a
deck.

It builds on :mod:`vaktaal.content`."""
