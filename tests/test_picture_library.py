"""The bundled picture library is consistent: what index.json and sources.json say is what is on
disk (scripts/picture_library/fetch_library.py writes all three; a hand edit shows up here)."""

from __future__ import annotations

import json

from vaktaal.content.pictures import LIBRARY, library_sources


def test_index_and_sources_agree_with_the_svg_files_on_disk() -> None:
    index = json.loads((LIBRARY / "index.json").read_text(encoding="utf-8"))
    sources = json.loads((LIBRARY / "sources.json").read_text(encoding="utf-8"))
    folders = sorted(p.name for p in LIBRARY.iterdir() if p.is_dir())
    assert sorted(index) == sorted(sources) == folders
    for slug, source in sources.items():
        on_disk = sorted(p.stem for p in (LIBRARY / slug).glob("*.svg"))
        assert sorted(index[slug]) == on_disk, slug
        assert source["count"] == len(on_disk), slug
        assert (LIBRARY / slug / "LICENSE").is_file(), slug
        assert sorted(p.name for p in (LIBRARY / slug).iterdir() if p.suffix != ".svg") == ["LICENSE"], slug
        assert all(isinstance(entry.get("title"), str) and entry["title"] for entry in index[slug].values()), slug


def test_every_source_names_its_licence_and_credit() -> None:
    for slug, source in library_sources().items():
        assert source.licence and source.url.startswith("https://") and source.attribution, slug
        assert source.name in source.attribution or source.name.split(" ")[0] in source.attribution, slug
