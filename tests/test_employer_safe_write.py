"""Nothing is ever lost: atomic writes, kept comments, concurrent writers, a killed writer."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from employer_project import make_project

from vaktaal.content.sector_files import load_sector
from vaktaal.employers.adding import TermInput, add_terms
from vaktaal.employers.overlays import load_overlay
from vaktaal.errors import SectorFileError, VaktaalError
from vaktaal.files.atomic import atomic_write
from vaktaal.files.safe_write import edit_yaml, file_lock, lock_path
from vaktaal.review import Verdict, read_vocabulary, record_verdicts


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    target.write_text("old\n")
    os.chmod(target, 0o640)
    atomic_write(target, [b"new ", b"content\n"])
    assert target.read_text() == "new content\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yaml"]


def test_failure_in_the_middle_of_a_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    target.write_text("old\n")

    def chunks():
        yield b"half of the new"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, chunks())
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_edit_yaml_writes_nothing_when_the_body_fails(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    target.write_text("a: 1  # keep\n")
    with pytest.raises(RuntimeError), edit_yaml(target) as data:
        data["a"] = 2
        raise RuntimeError("stop")
    assert target.read_text() == "a: 1  # keep\n"


def test_review_keeps_comments_and_order_of_a_hand_edited_file(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    path = root / "sectors" / "metaal.yaml"
    before = path.read_text()
    record_verdicts(path, [Verdict("hamer", "tr"), Verdict("laskap", "ar", translation="قناع اللحام")])
    after = path.read_text()
    expected = (before.replace("reviewed: []", "reviewed: [tr]")
                .replace("ar: خوذة اللحام", "ar: قناع اللحام").replace("reviewed: [en]", "reviewed: [en, ar]"))
    assert after == expected  # every comment, the schema line, key order and flow style kept
    sector = load_sector(path)
    assert sector.term("laskap").is_reviewed("ar") and sector.term("hamer").is_reviewed("tr")


def test_a_write_that_would_break_the_file_is_refused(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    path = root / "sectors" / "metaal.yaml"
    before = path.read_text()
    with pytest.raises(SectorFileError, match="not an ISO 639-1"):
        # (A text, not '?': a text of only question marks is refused before, as lost letters.)
        record_verdicts(path, [Verdict("hamer", "xx", translation="hamer")])
    assert path.read_text() == before


def _add_many(root: str, worker: int, count: int) -> None:
    base = load_sector(Path(root) / "sectors" / "metaal.yaml")
    for i in range(count):
        entry = TermInput({"nl": f"machine {worker} {i}", "article": "de", "pos": "noun"},
                          source=f"test worker {worker}")
        report = add_terms([entry], employer="smit", sector=base, employer_name="Smit",
                           employers_dir=Path(root) / "employers")
        assert len(report.added) == 1, report.problems


def test_eight_concurrent_writers_lose_no_term(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_add_many, args=(str(root), w, 5)) for w in range(8)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
        assert process.exitcode == 0
    overlay = load_overlay(root / "employers" / "smit" / "metaal.yaml", load_sector(root / "sectors" / "metaal.yaml"))
    assert sorted(t.nl for t in overlay.terms) == sorted(f"machine {w} {i}" for w in range(8) for i in range(5))


def _slow_write(target: str, started: str) -> None:
    def chunks():
        yield b"terms:\n"
        Path(started).write_text("writing")
        while True:  # a huge payload that never finishes in time
            yield b"  - id: x\n" * 1000
            time.sleep(0.01)

    atomic_write(target, chunks())


def test_process_killed_mid_write_leaves_previous_file_intact(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    base = load_sector(root / "sectors" / "metaal.yaml")
    add_terms([TermInput({"nl": "kantbank", "article": "de", "pos": "noun"}, source="t")],
              employer="smit", sector=base, employer_name="Smit", employers_dir=root / "employers")
    target = root / "employers" / "smit" / "metaal.yaml"
    before = target.read_bytes()
    started = tmp_path / "started"
    process = multiprocessing.get_context("spawn").Process(target=_slow_write, args=(str(target), str(started)))
    process.start()
    deadline = time.monotonic() + 30
    while not started.exists():
        assert time.monotonic() < deadline and process.is_alive()
        time.sleep(0.01)
    time.sleep(0.2)  # let it write a good part of the payload
    temps = list(target.parent.glob(".metaal.yaml.*.tmp"))
    assert temps and temps[0].stat().st_size > 0  # it really was in the middle of writing
    os.kill(process.pid, signal.SIGKILL)
    process.join(10)
    assert process.exitcode == -signal.SIGKILL
    assert target.read_bytes() == before
    assert [t.nl for t in load_overlay(target, base).terms] == ["kantbank"]
    # The next write works normally and the term is still there.
    add_terms([TermInput({"nl": "zetbank", "article": "de", "pos": "noun"}, source="t")],
              employer="smit", sector=base, employer_name="Smit", employers_dir=root / "employers")
    assert [t.nl for t in load_overlay(target, base).terms] == ["kantbank", "zetbank"]
    assert not list(target.parent.glob(".metaal.yaml.*.tmp"))  # the dead writer's temp file is cleaned up
    assert read_vocabulary([target])[0].origin == "smit/metaal"


def test_adding_terms_keeps_a_hand_edited_overlay_as_written(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    path = root / "employers" / "smit" / "metaal.yaml"
    path.parent.mkdir(parents=True)
    hand_written = (
        "# Woorden van Smit Metaal — bijgehouden door Anja (taalcoach)\n"
        "employer: smit\n"
        "employer_name: Smit Metaal\n"
        "extends: metaal\n"
        "terms:\n"
        "  # hal 2\n"
        "  - id: kantbank\n"
        "    nl: kantbank\n"
        "    article: de      # het? nagevraagd: de\n"
        "    pos: noun\n"
        "    theme: gereedschap\n"
        "    level: B1\n"
        "    reviewed: []\n")
    path.write_text(hand_written, encoding="utf-8")
    base = load_sector(root / "sectors" / "metaal.yaml")
    add_terms([TermInput({"nl": "zetbank", "article": "de", "pos": "noun", "theme": "Gereedschap"}, source="t")],
              employer="smit", sector=base, employer_name="Smit Metaal", employers_dir=root / "employers")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(hand_written)
    assert text[len(hand_written):] == (
        "  - id: zetbank\n    nl: zetbank\n    pos: noun\n    theme: gereedschap\n    level: A2\n"
        "    article: de\n    reviewed: []\n    source: t\n")


def _count_up(counter: str, times: int) -> None:
    for _ in range(times):
        with file_lock(counter):
            value = int(Path(counter).read_text())
            time.sleep(0.001)  # widen the window a second holder would need
            Path(counter).write_text(str(value + 1))


def test_the_lock_file_is_removed_and_the_lock_still_excludes(tmp_path: Path) -> None:
    counter = tmp_path / "teller.txt"
    counter.write_text("0")
    with file_lock(counter):
        assert lock_path(counter).exists()
    assert not lock_path(counter).exists()  # no .lock left beside the user's file (issue 10 #15)
    # Eight processes, each taking the lock 40 times: the lock file is removed at every release and
    # made again at the next; a process that waited on a removed one must notice and try again.
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_count_up, args=(str(counter), 40)) for _ in range(8)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(120)
        assert process.exitcode == 0
    assert counter.read_text() == "320"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teller.txt"]


def test_a_held_lock_times_out_with_a_message(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    ctx = multiprocessing.get_context("spawn")
    holder = ctx.Process(target=_hold, args=(str(target), 3.0))
    holder.start()
    try:
        deadline = time.monotonic() + 30
        while not lock_path(target).exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        with pytest.raises(VaktaalError, match="is being changed by another vaktaal run"), \
                file_lock(target, timeout=0.3):
            pass
    finally:
        holder.join(30)
    assert not lock_path(target).exists()


def _hold(target: str, seconds: float) -> None:
    with file_lock(target):
        time.sleep(seconds)
