"""``vaktaal review``: a coach checks translations nobody has checked yet."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli.output import console, skipped_message
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.content.languages import interface_language_name, require_language_code
from vaktaal.content.sector_files import SectorFileResult
from vaktaal.employers.overlays import EMPLOYERS_DIR, SECTORS_DIR
from vaktaal.i18n import N_, _, n_
from vaktaal.review import (
    ReviewItem,
    Verdict,
    find_term,
    read_vocabulary,
    record_verdicts,
    unreviewed,
    verdict_problem,
)

MARK = "⚠"
UNREVIEWED = N_("not reviewed")


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _assignment(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        term, sep, text = value.partition("=")
        if not sep or not term.strip() or not text.strip():
            raise click.BadParameter(_("'{value}' is not TERM=TEXT").format(value=value), ctx, param)
        pairs.append((term.strip(), text.strip()))
    return pairs


def _languages(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(require_language_code(code) for code in values)


@click.command("review", cls=TranslatedCommand, help=N_(
    "List translations nobody has checked yet (shipped sectors and employer terms alike), and let a coach "
    "accept or correct them.\n\n"
    "In a terminal it asks, one by one: [a] accept, [c] correct, [s] skip, [q] stop. Every answer is saved "
    "at once, so stopping halfway loses nothing."))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--lang", "langs", multiple=True, metavar="CODE", callback=_languages,
              help=N_("Only this language (repeatable)."))
@click.option("--list", "list_only", is_flag=True, help=N_("Only list what is not reviewed yet."))
@click.option("--accept", multiple=True, metavar="TERM",
              help=N_("Mark TERM's translations in the --lang languages as reviewed. TERM is an id or origin/id."))
@click.option("--set", "corrections", multiple=True, metavar="TERM=TEXT", callback=_assignment,
              help=N_("Replace TERM's translation in the one --lang by TEXT and mark it reviewed."))
@click.option("--set-example", "example_corrections", multiple=True, metavar="TERM=TEXT", callback=_assignment,
              help=N_("Replace TERM's example translation in the one --lang by TEXT (and mark it reviewed)."))
def command(paths: tuple[Path, ...], langs: tuple[str, ...], list_only: bool, accept: tuple[str, ...],
            corrections: list[tuple[str, str]], example_corrections: list[tuple[str, str]]) -> None:
    if not paths:
        paths = tuple(p for p in (SECTORS_DIR, EMPLOYERS_DIR) if p.is_dir())
        if not paths:
            raise click.UsageError(_("there is no sectors/ or employers/ folder here; give the files to review"))
    files = read_vocabulary(paths)
    for file in files:
        if file.sector is None:
            click.echo(skipped_message(file.path, len(file.errors)), err=True)
    if accept or corrections or example_corrections:
        _record_flags(files, langs, accept, corrections, example_corrections)
        return
    items = unreviewed(files, langs)
    if not items:
        click.echo(_("Nothing to review: every translation has been checked."))
        return
    if list_only or not _interactive():
        _print_items(items)
        count = len(items)
        if list_only:
            click.echo(n_("{count} translation not reviewed yet.", "{count} translations not reviewed yet.",
                          count).format(count=count))
        else:
            click.echo(n_("{count} translation not reviewed yet. Run `vaktaal review` in a terminal to check it, "
                          "or use --accept / --set.",
                          "{count} translations not reviewed yet. Run `vaktaal review` in a terminal to check "
                          "them, or use --accept / --set.", count).format(count=count))
        return
    _ask(items)


#: Room the word, language and translation columns need next to the ids in a table.
_OTHER_COLUMNS_WIDTH = 45


def _print_items(items: list[ReviewItem]) -> None:
    """A table when the ids fit whole beside the other columns, else one block per translation:
    an id is what --accept needs, so it is never shortened with '…' or broken over lines."""
    longest = max(len(item.key) for item in items)
    if longest + _OTHER_COLUMNS_WIDTH <= console.width:
        console.print(_table(items, longest))
        return
    console.print(escape(_("Not reviewed yet ({mark})").format(mark=MARK)))
    for item in items:
        console.print(escape(item.key), soft_wrap=True, no_wrap=True, overflow="ignore", crop=False)
        translation = escape(item.translation or "")
        console.print(f"    {escape(item.term.with_article)} · {item.lang} · [yellow]{MARK}[/] {translation}")
        if item.example_translation:
            console.print(f"    [dim]{escape(item.example_translation)}[/]")


def _table(items: list[ReviewItem], id_width: int) -> Table:
    table = Table(title=_("Not reviewed yet ({mark})").format(mark=MARK), title_justify="left")
    table.add_column(_("id"), no_wrap=True, min_width=id_width)
    table.add_column(_("word"))
    table.add_column(_("language"), no_wrap=True, min_width=len(_("language")))
    table.add_column(_("translation"))
    for item in items:
        translation = escape(item.translation or "")
        if item.example_translation:
            translation += f"\n[dim]{escape(item.example_translation)}[/]"
        table.add_row(escape(item.key), escape(item.term.with_article), item.lang,
                      f"[yellow]{MARK}[/] {translation}")
    return table


def _record_flags(files: list[SectorFileResult], langs: tuple[str, ...], accept: tuple[str, ...],
                  corrections: list[tuple[str, str]], example_corrections: list[tuple[str, str]]) -> None:
    if (corrections or example_corrections) and len(langs) != 1:
        raise click.UsageError(_("--set and --set-example need exactly one --lang (the language of the text)"))
    if accept and not langs:
        # "Reviewed" means a person read that language: never mark all of them at once by default.
        raise click.UsageError(_("--accept needs --lang: the languages you checked (e.g. --lang ar)"))
    per_file: dict[str, list[Verdict]] = defaultdict(list)
    for wanted in accept:
        file, term = find_term(files, wanted)
        codes = [c for c in langs if not term.is_reviewed(c)]
        per_file[file.path].extend(Verdict(term.id, code) for code in codes)
    for wanted, text in corrections:
        file, term = find_term(files, wanted)
        per_file[file.path].append(Verdict(term.id, langs[0], translation=text))
    for wanted, text in example_corrections:
        file, term = find_term(files, wanted)
        per_file[file.path].append(Verdict(term.id, langs[0], example_translation=text))
    for path, verdicts in per_file.items():
        record_verdicts(path, verdicts)
        click.echo(n_("{path}: {count} translation marked reviewed.", "{path}: {count} translations marked reviewed.",
                      len(verdicts)).format(path=path, count=len(verdicts)))


def _checked(lang: str, *, example: bool) -> Callable[[str], str]:
    """A typed correction, checked as it is typed: a wrong one is explained and asked again."""
    def check(text: str) -> str:
        verdict = (Verdict("", lang, example_translation=text) if example else Verdict("", lang, translation=text))
        problem = verdict_problem(verdict)
        if problem is not None:
            raise click.BadParameter(f"{problem[0]} ({problem[1]})")
        return text
    return check


def _ask(items: list[ReviewItem]) -> None:
    done = 0
    mark = f"[yellow]{MARK} {escape(_(UNREVIEWED))}[/]"
    for number, item in enumerate(items, start=1):
        console.print(f"\n[bold][{number}/{len(items)}][/] {escape(item.key)} · "
                      f"[bold]{escape(item.term.with_article)}[/] · {escape(interface_language_name(item.lang))} "
                      f"({item.lang})")
        console.print("  " + escape(_("translation: {text}").format(text=item.translation or "")) + f"  {mark}")
        if item.term.example:
            console.print("  " + escape(_("example: {text}").format(text=item.term.example)))
        if item.example_translation:
            console.print("  " + escape(_("example ({lang}): {text}").format(lang=item.lang,
                                                                              text=item.example_translation)))
        answer = click.prompt(_("[a] accept  [c] correct  [s] skip  [q] stop"),
                              type=click.Choice(["a", "c", "s", "q"]), show_choices=False, default="s")
        if answer == "q":
            break
        if answer == "s":
            continue
        verdict = Verdict(item.term.id, item.lang)
        if answer == "c":
            translation = click.prompt("  " + _("right translation"), default=item.translation or "",
                                       value_proc=_checked(item.lang, example=False))
            example = None
            if item.example_translation:
                example = click.prompt("  " + _("right translation of the example sentence"),
                                       default=item.example_translation, value_proc=_checked(item.lang, example=True))
            verdict = Verdict(item.term.id, item.lang, translation=translation, example_translation=example)
        record_verdicts(item.path, [verdict])  # saved at once: stopping later loses nothing
        done += 1
    click.echo("\n" + n_("{count} translation marked reviewed.", "{count} translations marked reviewed.",
                         done).format(count=done))
