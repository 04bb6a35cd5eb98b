"""The Django app of vaktaal's web interface."""

from __future__ import annotations

from django.apps import AppConfig


class VaktaalWebConfig(AppConfig):
    name = "vaktaal.web"
    label = "vaktaal_web"
    verbose_name = "vaktaal"
    default_auto_field = "django.db.models.BigAutoField"
