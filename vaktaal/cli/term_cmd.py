"""``vaktaal term add``: one employer term, from options or by answering questions."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import click

from vaktaal.cli.term_report import folder_options, print_add_report
from vaktaal.cli.translated import TranslatedCommand, TranslatedGroup
from vaktaal.content.format_rules import ARTICLES, LEVELS, PARTS_OF_SPEECH, REGISTERS, SLUG_RE
from vaktaal.content.languages import is_language_code
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.adding import TermInput, add_terms
from vaktaal.employers.overlays import employer_display_name, sector_file
from vaktaal.i18n import N_, _


@click.group("term", cls=TranslatedGroup, help=N_("Employers' own terms (kept in employers/EMPLOYER/SECTOR.yaml)."))
def command() -> None:
    pass


def _translation(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    result: dict[str, str] = {}
    for value in values:
        code, sep, text = value.partition("=")
        if not sep or not text.strip():
            raise click.BadParameter(_("'{value}' is not CODE=TEXT").format(value=value), ctx, param)
        if not is_language_code(code.strip()):
            raise click.BadParameter(_("'{code}' is not an ISO 639-1 language code (en, ar, ti …)").format(code=code),
                                     ctx, param)
        result[code.strip()] = text.strip()
    return result


def _slug(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """EMPLOYER and SECTOR are arguments here (the library's error would name --employer)."""
    if not SLUG_RE.fullmatch(value):
        example = "smit-metaal" if param.name == "employer" else "metaal"
        raise click.BadParameter(_("use lowercase letters, digits and -, e.g. {example}").format(example=example),
                                 ctx, param)
    return value


@command.command("add", cls=TranslatedCommand, help=N_(
    "Add one term to EMPLOYER's words for SECTOR (e.g. `vaktaal term add smit-metaal metaal`).\n\n"
    "Missing required values (the word, its part of speech, a noun's article) are asked for. The term is "
    "checked like a sector term and starts unreviewed."))
@click.argument("employer", callback=_slug)
@click.argument("sector", callback=_slug)
@click.option("--nl", help=N_("The Dutch word or chunk, without article (asked when missing)."))
@click.option("--article", type=click.Choice(ARTICLES), help=N_("de or het (nouns)."))
@click.option("--plural", help=N_("Plural (nouns); 'geen' when there is none."))
@click.option("--pos", type=click.Choice(PARTS_OF_SPEECH), help=N_("Part of speech (asked when missing)."))
@click.option("--theme", help=N_("Theme id or name (default: the overlay's 'werkplek' theme)."))
# The default is vaktaal.employers.adding.DEFAULT_LEVEL.
@click.option("--level", type=click.Choice(LEVELS), help=N_("CEFR level (default A2)."))
@click.option("--safety/--no-safety", default=None, help=N_("Safety-critical term (learned first)."))
@click.option("--register", type=click.Choice(REGISTERS),
              help=N_("Register: standard, jargon, abbreviation or informal."))
@click.option("--example", help=N_("A short Dutch example sentence."))
@click.option("--translation", "translations", multiple=True, callback=_translation, metavar="CODE=TEXT",
              help=N_("A translation, e.g. --translation en='press brake' (repeatable)."))
@click.option("--full-form", help=N_("For abbreviations: what the letters stand for."))
@click.option("--situation", help=N_("For phrases: when you say it."))
@click.option("--notes", help=N_("Notes for the coach."))
@click.option("--photo", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help=N_("A photo (jpg/png); resized, turned upright, location data removed."))
@click.option("--employer-name", help=N_("Display name for a new employer (default: from the slug)."))
@click.option("--dry-run", is_flag=True, help=N_("Show what would be added; write nothing."))
@folder_options
@click.pass_context
def add(ctx: click.Context, employer: str, sector: str, photo: Path | None, employer_name: str | None,
        dry_run: bool, sectors_dir: Path, employers_dir: Path, **given: Any) -> None:
    base = load_sector(sector_file(sector, sectors_dir))
    try:
        fields = _ask_missing({k: v for k, v in given.items() if v not in (None, {}, ())})
    except click.Abort:
        # No answer (no terminal, or Ctrl+D): say which options would have done it.
        raise click.UsageError(_("the word, its part of speech and (for a noun) its article are needed: "
                                 "give --nl, --pos and --article, or run it in a terminal to be asked")) from None
    if fields.get("plural", "").lower() in ("geen", "-"):
        fields["plural"] = None
    name = employer_display_name(employer, employers_dir, employer_name)
    # The term's source is part of the (Dutch) vocabulary file, whatever the interface language.
    source = f"Werkgever {name}, toegevoegd {datetime.date.today().isoformat()}"
    report = add_terms([TermInput(fields, source=source, photo=photo)], employer=employer, sector=base,
                       employer_name=name, employers_dir=employers_dir, dry_run=dry_run)
    print_add_report(report)
    ctx.exit(1 if report.problems else 0)


def _ask_missing(fields: dict[str, Any]) -> dict[str, Any]:
    """Ask (click prompts) for what a term cannot do without."""
    if "nl" not in fields:
        fields["nl"] = click.prompt(_("Word (Dutch, without de/het)")).strip()
    if "pos" not in fields and "article" not in fields:
        fields["pos"] = click.prompt(_("Part of speech"), type=click.Choice(PARTS_OF_SPEECH), default="noun")
    if fields.get("pos", "noun") in ("noun",) and "article" not in fields:
        fields["article"] = click.prompt(_("Article"), type=click.Choice(ARTICLES))
    return fields
