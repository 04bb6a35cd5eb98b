"""What the web app keeps in its own database: an account's role, and the learners a coach made.

The vocabulary, plans and progress stay in the project's files (written by the library); the
database only says who is who.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

ROLES = (("admin", "beheerder"), ("coach", "taalcoach"), ("employer", "werkgever"), ("reviewer", "controleur"))
PROFILES = (("alfa", "alfa (luisteren en plaatjes eerst)"), ("lezer", "lezer (ook lezen en schrijven)"))


class Account(models.Model):
    """A user's role: admin, coach, employer (with their employer slug) or reviewer (with languages)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account")
    role = models.CharField(max_length=16, choices=ROLES)
    employer = models.CharField(max_length=64, blank=True, default="")
    #: Language codes a reviewer checks, comma-separated ("ar,ti").
    languages = models.CharField(max_length=200, blank=True, default="")

    @property
    def language_list(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    def __str__(self) -> str:
        return f"{self.user.get_username()} ({self.role})"


class Learner(models.Model):
    """A coach's learner: the name as typed, the folder slug under learners/, language, profile, deck."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=64, unique=True)
    language = models.CharField(max_length=8)
    profile = models.CharField(max_length=8, choices=PROFILES, default="alfa")
    recipe = models.CharField(max_length=64)
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="learners")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name
