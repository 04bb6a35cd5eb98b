"""What the learner really knows, from their own Anki reviews (issue 13).

- ``records``: one note's cards and their review history, as every reader hands them over;
- ``anki_file``: a learner's export (``.colpkg``, ``.apkg`` with scheduling, an AnkiDroid
  backup, a bare ``collection.anki2``) opened as a temporary copy, never touched itself;
- ``collection_db``: the notes, cards and reviews of vaktaal's notes in that copy (SQLite);
- ``ankiconnect``: the same from a desktop Anki running the AnkiConnect add-on;
- ``memory``: per word the FSRS memory estimate (``fsrs`` package, or the state Anki stored)
  and the status: weak, strong or new;
- ``store``: the result in ``learners/<learner>/anki-progress.<recipe>.yaml``;
- ``importing``: the one call that does all of it for a recipe.
"""
