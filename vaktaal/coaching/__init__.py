"""Weekly packs for the language coach, and the learner's files (``learners/<learner>/``).

- the plan: ``curriculum`` (which words in which week), ``plan_file`` (its YAML file),
  ``learner_plan`` (made, updated or read for one learner);
- progress: ``progress_file`` (what the learner knew per week), ``checklist`` (the coach's
  ticks after the hour turned into known / not yet), ``anki_import`` (the learner's own Anki
  reviews, read by ``vaktaal.progress``, saved beside it), ``word_status`` (the two together:
  which is newer, and which words come back first);
- the week: ``week_source`` (the recipe's terms, read once per run), ``week_words`` (the words
  and their content), ``exercises``, ``pack_audio`` (the recordings), ``pages`` (the phone page,
  HTML), ``pack_data`` (the PDFs' data as JSON), ``pdf``, ``fonts`` and ``font_cmap`` (printing
  with Typst, ``templates/*.typ``), ``pack_folder`` (writing it all), ``make_week`` (the one call);
- a group: ``groups`` (``learners/groups/<group>.yaml``), ``group_week`` (every member's pack and
  one guide for the group);
- ``contact_sheet``: every word of a recipe beside its picture (``vaktaal pictures``).
"""

from vaktaal.coaching.curriculum import REVIEW_AFTER, Plan, PlanChanges, curriculum_order, make_plan, update_plan
from vaktaal.coaching.learner_plan import PlanResult, load_or_create_plan, save_plan
from vaktaal.coaching.learners import GROUP, learner_slug
from vaktaal.coaching.make_week import make_week
from vaktaal.coaching.plan_file import read_plan, write_plan
from vaktaal.coaching.progress_file import Progress, WeekRecord, read_progress, record_progress
from vaktaal.coaching.week_words import PackWord, WeekPack, WeekWords, assemble_week, week_words

__all__ = [
    "GROUP", "REVIEW_AFTER", "PackWord", "Plan", "PlanChanges", "PlanResult", "Progress", "WeekPack",
    "WeekRecord", "WeekWords", "assemble_week", "curriculum_order", "learner_slug", "load_or_create_plan",
    "make_plan", "make_week", "read_plan", "read_progress", "record_progress", "save_plan", "update_plan",
    "week_words", "write_plan",
]
