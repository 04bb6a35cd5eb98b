"""``vaktaal term add``: one employer term, from options or by answering questions."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import click

from vaktaal.cli.term_report import print_add_report
from vaktaal.content.format_rules import ARTICLES, LEVELS, PARTS_OF_SPEECH, REGISTERS
from vaktaal.content.languages import is_language_code
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.adding import DEFAULT_LEVEL, TermInput, add_terms
from vaktaal.employers.overlays import EMPLOYERS_DIR, SECTORS_DIR, employer_display_name, sector_file


@click.group("term")
def command() -> None:
    """Employers' own terms (kept in employers/EMPLOYER/SECTOR.yaml)."""


def _translation(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    result: dict[str, str] = {}
    for value in values:
        code, sep, text = value.partition("=")
        if not sep or not text.strip():
            raise click.BadParameter(f"'{value}' is not CODE=TEXT", ctx, param)
        if not is_language_code(code.strip()):
            raise click.BadParameter(f"'{code}' is not an ISO 639-1 language code (en, ar, ti …)", ctx, param)
        result[code.strip()] = text.strip()
    return result


@command.command("add")
@click.argument("employer")
@click.argument("sector")
@click.option("--nl", help="The Dutch word or chunk, without article (asked when missing).")
@click.option("--article", type=click.Choice(ARTICLES), help="de or het (nouns).")
@click.option("--plural", help="Plural (nouns); 'geen' when there is none.")
@click.option("--pos", type=click.Choice(PARTS_OF_SPEECH), help="Part of speech (asked when missing).")
@click.option("--theme", help="Theme id or name (default: the overlay's 'werkplek' theme).")
@click.option("--level", type=click.Choice(LEVELS), help=f"CEFR level (default {DEFAULT_LEVEL}).")
@click.option("--safety/--no-safety", default=None, help="Safety-critical term (learned first).")
@click.option("--register", type=click.Choice(REGISTERS))
@click.option("--example", help="A short Dutch example sentence.")
@click.option("--translation", "translations", multiple=True, callback=_translation, metavar="CODE=TEXT",
              help="A translation, e.g. --translation en='press brake' (repeatable).")
@click.option("--full-form", help="For abbreviations: what the letters stand for.")
@click.option("--situation", help="For phrases: when you say it.")
@click.option("--notes", help="Notes for the coach.")
@click.option("--photo", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A photo (jpg/png); resized, turned upright, location data removed.")
@click.option("--employer-name", help="Display name for a new employer (default: from the slug).")
@click.option("--dry-run", is_flag=True, help="Show what would be added; write nothing.")
@click.option("--sectors-dir", type=click.Path(file_okay=False, path_type=Path), default=SECTORS_DIR,
              show_default=True)
@click.option("--employers-dir", type=click.Path(file_okay=False, path_type=Path), default=EMPLOYERS_DIR,
              show_default=True)
def add(employer: str, sector: str, photo: Path | None, employer_name: str | None, dry_run: bool,
        sectors_dir: Path, employers_dir: Path, **given: Any) -> None:
    """Add one term to EMPLOYER's words for SECTOR (e.g. `vaktaal term add smit-metaal metaal`).

    Missing required values (the word, its part of speech, a noun's article) are asked for.
    The term is checked like a sector term and starts unreviewed.
    """
    base = load_sector(sector_file(sector, sectors_dir))
    try:
        fields = _ask_missing({k: v for k, v in given.items() if v not in (None, {}, ())})
    except click.Abort:
        # No answer (no terminal, or Ctrl+D): say which options would have done it.
        raise click.UsageError("the word, its part of speech and (for a noun) its article are needed: "
                               "give --nl, --pos and --article, or run it in a terminal to be asked") from None
    if fields.get("plural", "").lower() in ("geen", "-"):
        fields["plural"] = None
    name = employer_display_name(employer, employers_dir, employer_name)
    source = f"Werkgever {name}, toegevoegd {datetime.date.today().isoformat()}"
    report = add_terms([TermInput(fields, source=source, photo=photo)], employer=employer, sector=base,
                       employer_name=name, employers_dir=employers_dir, dry_run=dry_run)
    print_add_report(report)
    raise SystemExit(1 if report.problems else 0)


def _ask_missing(fields: dict[str, Any]) -> dict[str, Any]:
    """Ask (click prompts) for what a term cannot do without."""
    if "nl" not in fields:
        fields["nl"] = click.prompt("Woord (Nederlands, zonder de/het)").strip()
    if "pos" not in fields and "article" not in fields:
        fields["pos"] = click.prompt("Woordsoort", type=click.Choice(PARTS_OF_SPEECH), default="noun")
    if fields.get("pos", "noun") in ("noun",) and "article" not in fields:
        fields["article"] = click.prompt("Lidwoord", type=click.Choice(ARTICLES))
    return fields
