"""Pictures come from inside the project only (issue 16, item 2): SVGs are cleaned of everything
that reaches outside or could run before they go into a deck, a CSV's media or a week pack, and
the PDF renderer loads nothing from outside the pack's folder. The bundled library passes the same
check."""

from __future__ import annotations

import base64
import http.server
import io
import json
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from coach_project import TERMS, write_project
from PIL import Image

from vaktaal.cli.main import cli
from vaktaal.coaching import make_week, pdf
from vaktaal.content.pictures import LIBRARY
from vaktaal.content.svg_clean import SvgError, clean_svg, svg_hazards
from vaktaal.employers.photos import clean_photo
from vaktaal.errors import PhotoError, VaktaalError
from vaktaal.recipes import load_recipe

SECRET_SIZE = (53, 29)  # a size no other picture of the tests has: found in a PDF, it leaked


def png(size: tuple[int, int], colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


class _Counting(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        body = png((31, 17))
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[http.server.HTTPServer]:
    """A web server on 127.0.0.1 that counts what is asked of it."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counting)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def hostile_svg(secret: Path, url: str) -> bytes:
    inner = base64.b64encode(f'<svg xmlns="http://www.w3.org/2000/svg"><image href="{secret.as_uri()}"/></svg>'
                             .encode()).decode()
    return f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:html="http://www.w3.org/1999/xhtml" viewBox="0 0 100 100" onload="alert(1)">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#0a0"/></linearGradient>
        <circle id="dot" r="4"/></defs>
  <style>@import url({url}/import.css); rect {{ fill: url({url}/style.png) }} circle {{ fill: red }}</style>
  <script>alert(document.cookie)</script>
  <image href="{secret.as_uri()}" width="53" height="29"/>
  <image xlink:href="{url}/web.png" width="31" height="17"/>
  <image href="data:image/svg+xml;base64,{inner}" width="10" height="10"/>
  <image href="../../{secret.name}" width="53" height="29"/>
  <use href="other.svg#dot"/><use xlink:href="{url}/sprite.svg#dot"/><use href="#dot" x="50" y="50"/>
  <foreignObject width="100" height="100"><html:iframe src="{url}/frame.html"/></foreignObject>
  <html:img src="{url}/img.png"/>
  <a href="javascript:alert(1)"><rect width="10" height="10" style="fill:url({url}/fill.png);stroke:blue"/></a>
  <rect x="20" width="50" height="50" fill="url(#g)" filter="url({url}/filter.svg#f)"/>
  <animate attributeName="href" to="{url}/animated.png"/>
  <set attributeName="fill" to="url({url}/set.png)"/>
  <circle cx="80" cy="20" r="15" fill="#c00" onclick="steal()"/>
</svg>""".encode()


def test_clean_svg_keeps_the_drawing_and_drops_every_way_out(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    result = clean_svg(hostile_svg(secret, "http://127.0.0.1:9"))
    text = result.data.decode()
    assert text.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">')
    text = text.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "")
    for gone in ("file:", "http:", "127.0.0.1", "script", "onload", "onclick", "foreignObject", "iframe",
                 "javascript", "other.svg", "@import", "animate", "<set", "svg+xml", "secret.png", "html:"):
        assert gone not in text, gone
    # The drawing itself stays: shapes, colours, the gradient and the use of its own parts.
    for kept in ('<circle cx="80" cy="20" r="15" fill="#c00"/>', 'fill="url(#g)"', '<use href="#dot" x="50" y="50"/>',
                 'style="stroke:blue"', "circle{fill: red }", 'viewBox="0 0 100 100"'):
        assert kept in text, kept
    assert set(result.removed) >= {"onload", "script", "foreignObject", "animate", "set", "onclick", "img"}
    assert any(r.startswith("image href=file:") for r in result.removed)
    assert any(r.startswith("use href=other.svg") for r in result.removed)
    assert clean_svg(result.data).removed == ()  # cleaning is done once and for all


def test_a_raster_image_inside_the_picture_stays(tmp_path: Path) -> None:
    data = base64.b64encode(png((4, 4))).decode()
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
           f'<image xlink:href="data:;base64,{data}"/><image href="data:text/html;base64,PGgxPg=="/></svg>').encode()
    result = clean_svg(svg)
    # Told by its bytes (Illustrator writes data:;base64), the PNG stays, with its type.
    assert f'xlink:href="data:image/png;base64,{data}"' in result.data.decode()
    assert result.removed == ("image href=data:text/html;base64,PGgxPg==",)


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    b"<html><body>no picture</body></html>",
    b"not xml at all",
    b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 200 + b"</g>" * 200 + b"</svg>",
])
def test_what_is_no_svg_picture_is_refused(data: bytes) -> None:
    with pytest.raises(SvgError):
        clean_svg(data)


def test_every_picture_of_the_bundled_library_passes_the_check() -> None:
    pictures = sorted(LIBRARY.rglob("*.svg"))
    assert len(pictures) > 4000
    failing = {}
    for path in pictures:
        try:
            hazards = svg_hazards(path.read_bytes())
        except SvgError as exc:
            hazards = (f"cannot be read: {exc}",)
        if hazards:
            failing[str(path.relative_to(LIBRARY))] = hazards
    assert failing == {}


def test_the_renderer_loads_only_from_the_pack_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "a.png").write_bytes(png((3, 3)))
    (folder / "images" / "link.png").symlink_to(tmp_path / "secret.png")
    assert pdf.resource_allowed((folder / "images" / "a.png").as_uri(), folder)
    assert pdf.resource_allowed("data:image/png;base64,iVBORw0KGgo=", folder)
    for url in [(tmp_path / "secret.png").as_uri(), (folder / "images" / ".." / ".." / "secret.png").as_uri(),
                (folder / "images" / "link.png").as_uri(), "file:///etc/passwd", "file://server/share/x.png",
                "http://127.0.0.1/x.png", "https://example.org/x.png", "ftp://example.org/x.png", "x.png"]:
        assert not pdf.resource_allowed(url, folder), url


def _pdf_images(path: Path) -> list[tuple[int, int]]:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    sizes = []
    for line in listing.splitlines()[2:]:
        columns = line.split()
        sizes.append((int(columns[3]), int(columns[4])))
    return sizes


def _sheet(picture: str) -> dict:
    """The data of a one-word contact sheet (a PDF template) whose word shows ``picture``."""
    word = {"nl": "laskap", "article": "de", "gloss": None, "lang": "en", "dir": "ltr", "checked": True,
            "emoji": None, "safety": False, "picture": picture, "missing_file": False, "ref": None, "licence": "",
            "marked": False, "bad": [], "same": []}
    return {"recipe": "proef", "slug": "proef", "language": "Engels", "counts": [1, 1, 0, 0], "credits": [],
            "groups": [{"title": "gereedschap", "safety": False, "words": [word]}]}


def test_a_page_never_fetches_from_the_web_or_elsewhere_on_disk(tmp_path: Path,
                                                                 web: http.server.HTTPServer) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(SECRET_SIZE))
    folder = tmp_path / "pack"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "own.png").write_bytes(png((7, 5)))
    (folder / "images" / "link.png").symlink_to(secret)
    url = f"http://127.0.0.1:{web.server_port}"
    inline = base64.b64encode(png((7, 5))).decode()
    # Typst reads pictures only inside the pack folder (its root); every picture the data names is
    # held to resource_allowed before Typst starts: one outside is refused, nothing is made.
    for picture in (secret.as_uri(), str(secret), f"{url}/web.png", "../secret.png", "images/../../secret.png",
                    "images/link.png", f"data:image/png;base64,{inline}"):
        with pytest.raises(VaktaalError, match="outside the pack folder"):
            pdf.write_pdf("contact_sheet", _sheet(picture), root=folder, target=folder / "page.pdf")
        assert not (folder / "page.pdf").exists(), picture
    assert web.requests == []  # type: ignore[attr-defined]
    pdf.write_pdf("contact_sheet", _sheet("images/own.png"), root=folder, target=folder / "page.pdf")
    assert _pdf_images(folder / "page.pdf") == [(7, 5)]  # only the picture inside the folder


def test_a_hostile_svg_picture_in_a_week_pack_reaches_nothing(tmp_path: Path, web: http.server.HTTPServer) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(SECRET_SIZE))
    url = f"http://127.0.0.1:{web.server_port}"
    terms = [dict(TERMS[1], image="images/laskap.svg")]
    recipe_path = write_project(tmp_path / "project", terms=terms, work_floor=False)
    (tmp_path / "project" / "sectors" / "images" / "laskap.svg").write_bytes(hostile_svg(secret, url))
    made = make_week(load_recipe(recipe_path), week=1, lang="ar", learners_dir=tmp_path / "l", out_dir=tmp_path / "o")
    assert web.requests == []  # type: ignore[attr-defined]
    (picture,) = (made.files.folder / "images").glob("*.svg")
    text = picture.read_text(encoding="utf-8")
    assert "file:" not in text and "127.0.0.1" not in text and "script" not in text
    for name in ("werkblad.pdf", "handleiding.pdf"):
        assert SECRET_SIZE not in _pdf_images(made.files.folder / name), name


def test_a_hostile_svg_picture_is_cleaned_in_the_deck_and_the_csv_media(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAKTAAL_AUDIO_CACHE", str(tmp_path / "cache"))
    secret = tmp_path / "secret.png"
    terms = [dict(TERMS[1], image="images/laskap.svg")]
    recipe = write_project(tmp_path / "project", terms=terms, work_floor=False)
    (tmp_path / "project" / "sectors" / "images" / "laskap.svg").write_bytes(hostile_svg(secret, "http://x.example"))
    out = tmp_path / "out"
    for command in (["build", str(recipe)], ["export", "csv", str(recipe)]):
        result = CliRunner().invoke(cli, [*command, "--lang", "ar", "--no-audio", "--out", str(out)])
        assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out / "proef.ar.apkg") as package:
        names = {name: index for index, name in json.loads(package.read("media")).items()}
        (svg_name,) = [n for n in names if n.endswith(".svg")]
        in_package = package.read(names[svg_name]).decode()
    (in_csv_media,) = (out / "proef.ar.media").glob("*.svg")
    for text in (in_package, in_csv_media.read_text(encoding="utf-8")):
        assert "<circle" in text and "x.example" not in text and "file:" not in text and "onload" not in text


def test_an_svg_picture_that_is_no_svg_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAKTAAL_AUDIO_CACHE", str(tmp_path / "cache"))
    terms = [dict(TERMS[1], image="images/laskap.svg")]
    recipe = write_project(tmp_path / "project", terms=terms, work_floor=False)
    bomb = tmp_path / "project" / "sectors" / "images" / "laskap.svg"
    bomb.write_bytes(b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')
    result = CliRunner().invoke(cli, ["build", str(recipe), "--lang", "ar", "--no-audio", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"error: picture {bomb} cannot be read as an SVG drawing (it declares XML entities or refers to other files)",
        "    hint: open it in a drawing program (Inkscape) and save it again as plain SVG, or use a .png"]
    assert not (tmp_path / "o" / "proef.ar.apkg").exists()


def test_an_employer_photo_that_is_an_svg_is_refused(tmp_path: Path) -> None:
    photo = tmp_path / "foto.svg"
    photo.write_bytes(hostile_svg(tmp_path / "secret.png", "http://x.example"))
    with pytest.raises(PhotoError, match="cannot be read as a picture"):
        clean_photo(photo)
