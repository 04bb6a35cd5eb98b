"""A cache of checked sector files, so an unchanged deck rebuilds in a blink.

Reading and checking a large sector file takes seconds (the YAML is parsed with positions for
error messages); a rebuild with nothing changed should not pay that again. The checked Sector is
kept in the user's cache folder under a key made from the file's bytes and path and from the code
that checks it; any change to either gives a new key.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path

import vaktaal
from vaktaal.anki.build_state import write_atomically
from vaktaal.model import Sector
from vaktaal.sector_files import load_sector

log = logging.getLogger(__name__)
_CODE = ("model.py", "sector_files.py", "sector_validation.py", "format_rules.py", "yaml_reading.py")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "vaktaal" / "sectors"


def _key(path: Path, data: bytes) -> str:
    digest = hashlib.sha256(data)
    digest.update(str(path.resolve()).encode())
    digest.update(vaktaal.__version__.encode())
    package = Path(vaktaal.__file__).parent
    for name in _CODE:
        source = package / name
        digest.update(source.read_bytes() if source.exists() else b"-")
    return digest.hexdigest()


def load_sector_cached(path: str | Path) -> Sector:
    """Like :func:`vaktaal.load_sector`, from the cache when the file has not changed."""
    file = Path(path)
    if not file.is_file():
        return load_sector(file)  # its error message
    data = file.read_bytes()
    cached = cache_dir() / f"{_key(file, data)}.pickle"
    try:
        # Only files this user's vaktaal wrote into the user's own cache folder are read here.
        return pickle.loads(cached.read_bytes())
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a damaged cache entry is rebuilt, never fatal
        log.info("ignoring damaged cache entry %s: %s", cached, exc)
    sector = load_sector(file)
    try:
        write_atomically(cached, pickle.dumps(sector, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        log.info("cannot cache %s: %s", file, exc)
    return sector
