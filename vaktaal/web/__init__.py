"""``vaktaal serve``: the web app for coaches, employers and reviewers (Django, served by waitress).

It sits on top of the library, beside ``cli``: every write goes through the library's locked,
atomic functions; accounts and sessions live in ``PROJECT/.vaktaal/web.sqlite3``. Modules:
``settings`` (Django configured in code), ``models`` (accounts, learners), ``permissions`` (the
one place that decides who may do what), ``vocabulary`` (the project's files, read once per
change), ``views`` (one module per role; the coach's in three: learners and plans, week packs,
progress), ``server`` (migrations and the WSGI app).
"""
