"""Weekly packs for the language coach: a plan across weeks, worksheets with audio, a coach
guide, and the learner's progress (``learners/<learner>/``)."""

from vaktaal.coaching.learners import GROUP, learner_slug
from vaktaal.coaching.plan import REVIEW_AFTER, Plan, PlanChanges, curriculum_order, make_plan, update_plan
from vaktaal.coaching.plan_file import read_plan, write_plan
from vaktaal.coaching.plan_store import PlanResult, load_or_create_plan, save_plan
from vaktaal.coaching.progress import Progress, WeekResult, read_progress, record_progress
from vaktaal.coaching.week_pack import PackWord, WeekPack, WeekWords, assemble_week, week_words
from vaktaal.coaching.weekly import make_week

__all__ = [
    "GROUP", "REVIEW_AFTER", "PackWord", "Plan", "PlanChanges", "PlanResult", "Progress", "WeekPack",
    "WeekResult", "WeekWords", "assemble_week", "curriculum_order", "learner_slug", "load_or_create_plan",
    "make_plan", "make_week", "read_plan", "read_progress", "record_progress", "save_plan", "update_plan",
    "week_words", "write_plan",
]
