"""click commands whose help is translated when it is shown, not when the module is imported,
so ``vaktaal --help`` speaks the user's language and loads no command it does not run."""

from __future__ import annotations

import copy

import click

from vaktaal.i18n import _


class TranslatedCommand(click.Command):
    """A command whose ``help``, ``short_help`` and option help go through the catalogue."""

    def get_short_help_str(self, limit: int = 45) -> str:
        if self.short_help:
            return _(self.short_help)
        return click.utils.make_default_short_help(_(self.help) if self.help else "", limit)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        shown = copy.copy(self)
        if self.help:
            shown.help = _(self.help)
        click.Command.format_help_text(shown, ctx, formatter)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = []
        for param in self.get_params(ctx):
            text = param.help if isinstance(param, click.Option) else None
            if isinstance(param, click.Option) and text:
                param = copy.copy(param)
                param.help = _(text)
            record = param.get_help_record(ctx)
            if record is not None:
                records.append(record)
        if records:
            with formatter.section(_("Options")):
                formatter.write_dl(records)


class TranslatedGroup(click.Group, TranslatedCommand):
    """A group of translated commands (``vaktaal export``, ``progress``, ``term``)."""

    command_class = TranslatedCommand
