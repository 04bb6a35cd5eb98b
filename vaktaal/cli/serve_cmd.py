"""``vaktaal serve``: the web app for coaches, employers and reviewers, on this computer."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from vaktaal.cli.translated import TranslatedCommand
from vaktaal.i18n import N_, _


def _lan_addresses() -> list[str]:
    """This computer's addresses in the local network (what phones type), as the system names them."""
    try:
        _name, _aliases, addresses = socket.gethostbyname_ex(socket.gethostname())
    except OSError:
        return []
    return [a for a in addresses if not a.startswith("127.")]


@click.command("serve", cls=TranslatedCommand,
               help=N_("Serve the web app for coaches, employers and reviewers (default: this folder). "
                       "Accounts are made with `vaktaal users add`. Open the address it prints in a browser; "
                       "with --host 0.0.0.0 phones in the same wifi can use it too."))
@click.argument("project_dir", required=False, default=".",
                type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help=N_("Address to listen on: 127.0.0.1 only for this computer, 0.0.0.0 for the local network."))
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help=N_("Port to listen on."))
@click.option("--allow-http", is_flag=True,
              help=N_("Allow logging in over plain http from other devices (a closed wifi without https)."))
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True,
              help=N_("Requests handled at the same time."))
def command(project_dir: Path, host: str, port: int, allow_http: bool, threads: int) -> None:
    from vaktaal.web.server import application, prepare, serve
    from vaktaal.web.settings import is_loopback

    if not (project_dir / "sectors").is_dir():
        raise click.UsageError(_("{folder} has no sectors/ folder: give the vaktaal project folder")
                               .format(folder=project_dir))
    prepare(project_dir, host=host, allow_http=allow_http)
    app = application()
    shown = ["localhost"] if is_loopback(host) else (_lan_addresses() if host in ("0.0.0.0", "::") else [host])
    for address in shown or [_("<this computer's address>")]:
        click.echo(_("vaktaal is running: open http://{address}:{port}/ in a browser").format(address=address,
                                                                                             port=port))
    if not is_loopback(host) and allow_http:
        click.echo(_("warning: passwords travel unencrypted over this network (--allow-http)"), err=True)
    elif not is_loopback(host):
        click.echo(_("note: logging in from other devices needs https in front of vaktaal, "
                     "or --allow-http on a closed network"), err=True)
    click.echo(_("Stop with Ctrl+C."))
    serve(app, host=host, port=port, threads=threads)
