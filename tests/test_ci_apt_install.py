""".ci/apt-install waits for the Debian package locks instead of failing when another apt runs."""

from __future__ import annotations

import fcntl
import os
import subprocess
import threading
import time
from pathlib import Path

SCRIPT = Path(__file__).parents[1] / ".ci" / "apt-install"
HOLD_SECONDS = 2.0


def _hold_lock(path: str, seconds: float, taken: threading.Event) -> None:
    with open(path, "w") as lock:
        fcntl.lockf(lock, fcntl.LOCK_EX)
        taken.set()
        time.sleep(seconds)


def test_waits_for_the_real_dpkg_lock() -> None:
    """The real apt-get, the real lock file: a held lock delays the install, it does not fail it."""
    taken = threading.Event()
    holder = threading.Thread(target=_hold_lock, args=("/var/lib/dpkg/lock-frontend", HOLD_SECONDS, taken))
    holder.start()
    taken.wait(5)
    started = time.monotonic()
    # hunspell is installed (the spell-check tests need it): apt has nothing to download.
    done = subprocess.run([str(SCRIPT), "hunspell"], env={**os.environ, "CI_APT_RECHECK": "1"},
                          capture_output=True, text=True, timeout=120, check=False)
    waited = time.monotonic() - started
    holder.join()
    assert done.returncode == 0, done.stderr
    assert waited >= HOLD_SECONDS * 0.8
    assert "Could not get lock" not in done.stderr


def _fake_apt(tmp_path: Path, busy_updates: int) -> dict[str, str]:
    """A PATH with an apt-get whose first install fails (stale lists) and whose update is busy
    ``busy_updates`` times, as Debian's apt-get words it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    state = tmp_path / "state"
    state.mkdir()
    (bin_dir / "apt-get").write_text(f"""#!/usr/bin/env bash
log={state}/calls
echo "$*" >> "$log"
case " $* " in
  *" update "*)
    n=$(grep -c ' update' "$log")
    if [ "$n" -le {busy_updates} ]; then
      echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 1 (apt-get)" >&2
      exit 100
    fi ;;
  *" install "*)
    grep -q ' update' "$log" || {{ echo "E: Unable to locate package x" >&2; exit 100; }} ;;
esac
""")
    (bin_dir / "apt-get").chmod(0o755)
    (bin_dir / "dpkg").write_text("#!/bin/sh\nexit 1\n")  # "not installed yet"
    (bin_dir / "dpkg").chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "APT_RETRY_SECONDS": "0.1"}


def test_update_waits_while_the_package_lists_are_locked(tmp_path: Path) -> None:
    done = subprocess.run([str(SCRIPT), "hunspell-nl"], env=_fake_apt(tmp_path, busy_updates=3),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    calls = (tmp_path / "state" / "calls").read_text().splitlines()
    assert [c.split()[-1] for c in calls] == ["hunspell-nl", "update", "update", "update", "update", "hunspell-nl"]
    assert done.stderr.count("waiting") == 3


def test_update_gives_up_on_other_errors(tmp_path: Path) -> None:
    env = _fake_apt(tmp_path, busy_updates=0)
    fake = Path(env["PATH"].split(":")[0]) / "apt-get"
    broken = "exit 100\n    fi\n    echo 'E: network down' >&2; exit 100 ;;"
    fake.write_text(fake.read_text().replace("exit 100\n    fi ;;", broken))
    done = subprocess.run([str(SCRIPT), "hunspell-nl"], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode != 0
    assert "network down" in done.stderr
