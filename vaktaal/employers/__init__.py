"""Employers' own terms: overlays (``employers/<employer>/<sector>.yaml``) checked against the
sector they extend, adding terms one by one or from a spreadsheet, the spreadsheet template, and
employers' photos made fit for a deck.

It builds on :mod:`vaktaal.content`."""
