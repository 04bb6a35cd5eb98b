"""Django configured in code (``settings.configure``): no settings module, no ``manage.py``.

Everything the app keeps lives in ``PROJECT/.vaktaal/``: the SQLite database with accounts and
sessions, and the secret key (made once, readable by its owner only).
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

DATA_DIR_NAME = ".vaktaal"
STATIC_DIR = Path(__file__).with_name("static")
#: Upload limits (bytes): an Excel sheet, a phone photo, a recording, a learner's Anki export
#: (exported without media, as the page asks); a request is refused above.
SHEET_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_BYTES = 10 * 1024 * 1024
RECORDING_MAX_BYTES = 10 * 1024 * 1024
ANKI_EXPORT_MAX_BYTES = 10 * 1024 * 1024
REQUEST_MAX_BYTES = 12 * 1024 * 1024


def data_dir(project: Path) -> Path:
    return Path(project) / DATA_DIR_NAME


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secret_key(folder: Path) -> str:
    """The key in ``folder/secret_key``, made on first use with mode 0600."""
    path = folder / "secret_key"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secrets.token_urlsafe(50))
    return path.read_text(encoding="ascii").strip()


def settings_for(project: Path, *, host: str = "127.0.0.1", allow_http: bool = False,
                 database: str | None = None) -> dict[str, Any]:
    """The Django settings for serving ``project`` on ``host``.

    Cookies are ``Secure`` unless the app is on loopback or ``allow_http`` says the wifi it is
    served on has no HTTPS (phones then send the password unencrypted: say so at start)."""
    project = Path(project).resolve()
    folder = data_dir(project)
    secure = not is_loopback(host) and not allow_http
    local = is_loopback(host)
    return {
        "DEBUG": False,
        "SECRET_KEY": secret_key(folder),
        "ALLOWED_HOSTS": ["localhost", "127.0.0.1", "[::1]"] if local else ["*"],
        "VAKTAAL_PROJECT": project,
        "INSTALLED_APPS": ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
                           "django.contrib.messages", "axes", "vaktaal.web.apps.VaktaalWebConfig"],
        "MIDDLEWARE": [
            "vaktaal.web.middleware.RequestSizeLimit",
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
            "vaktaal.web.middleware.DutchAndHeaders",
            "axes.middleware.AxesMiddleware",
        ],
        "ROOT_URLCONF": "vaktaal.web.urls",
        "TEMPLATES": [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True,
                       "OPTIONS": {"context_processors": [
                           "django.template.context_processors.request",
                           "django.contrib.auth.context_processors.auth",
                           "django.contrib.messages.context_processors.messages",
                           "vaktaal.web.context.role"]}}],
        "DATABASES": {"default": {
            "ENGINE": "django.db.backends.sqlite3", "NAME": database or str(folder / "web.sqlite3"),
            # Many phones at once: wait for the write lock instead of failing, WAL for readers.
            "OPTIONS": {"timeout": 30, "transaction_mode": "IMMEDIATE",
                        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}}},
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "AUTHENTICATION_BACKENDS": ["axes.backends.AxesStandaloneBackend",
                                    "django.contrib.auth.backends.ModelBackend"],
        "AUTH_PASSWORD_VALIDATORS": [
            {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
            {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
            {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        ],
        "CSRF_FAILURE_VIEW": "vaktaal.web.views.common.csrf_failure",
        "LOGIN_URL": "/inloggen/",
        "LOGIN_REDIRECT_URL": "/",
        "LANGUAGE_CODE": "nl",
        "USE_I18N": True,
        "TIME_ZONE": "Europe/Amsterdam",
        "USE_TZ": True,
        "STATIC_URL": "/static/",
        # Security: cookies, framing, sniffing, referrer.
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": secure,
        "SESSION_COOKIE_AGE": 60 * 60 * 12,
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": secure,
        "X_FRAME_OPTIONS": "DENY",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "FILE_UPLOAD_MAX_MEMORY_SIZE": 2 * 1024 * 1024,
        "DATA_UPLOAD_MAX_MEMORY_SIZE": 2 * 1024 * 1024,
        # Login rate limit (django-axes): 5 failures per user name and address, then 15 minutes.
        "AXES_FAILURE_LIMIT": 5,
        "AXES_COOLOFF_TIME": timedelta(minutes=15),
        "AXES_LOCKOUT_PARAMETERS": [["username", "ip_address"]],
        "AXES_RESET_ON_SUCCESS": True,
        "AXES_LOCKOUT_TEMPLATE": "vaktaal/lockout.html",
        "AXES_VERBOSE": False,
        "LOGGING": {
            "version": 1, "disable_existing_loggers": False,
            "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
            "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
            "loggers": {"vaktaal.web": {"handlers": ["stderr"], "level": "INFO", "propagate": True},
                        "axes": {"handlers": ["stderr"], "level": "WARNING", "propagate": True}},
        },
    }


def configure(project: Path, *, overrides: dict[str, Any] | None = None, **options: Any) -> None:
    """Configure Django for ``project`` once per process, and set it up."""
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(**{**settings_for(project, **options), **(overrides or {})})
    django.setup()
