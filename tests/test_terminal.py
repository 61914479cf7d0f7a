"""The main job as a user runs it: `kg build seeds -o out` in a real terminal (a
pseudo-terminal), where the progress bar is drawn."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from tests.conftest import ROOT, SEEDS


def run_in_terminal(args: list[str], timeout: float = 300) -> tuple[int, str]:
    """Run ``args`` with stdin, stdout and stderr on a pseudo-terminal; return the exit
    status and everything the terminal showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))  # rows, cols
    env = dict(os.environ, COLUMNS="100", LINES="30", TERM="xterm")
    proc = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, cwd=ROOT,
                            env=env, close_fds=True)
    os.close(follower)
    shown = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal closed: the program has ended
                    break
                if not chunk:
                    break
                shown += chunk
            elif proc.poll() is not None:
                break
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(leader)
        if proc.poll() is None:
            proc.kill()
    return code, shown.decode("utf-8", errors="replace")


def kg_command() -> list[str]:
    """The installed `kg` script beside this Python, as a user types it."""
    script = Path(sys.executable).parent / "kg"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def test_build_in_a_terminal_shows_progress_and_a_summary(tmp_path):
    code, shown = run_in_terminal(kg_command() + ["build", str(SEEDS), "-o", str(tmp_path / "out")])
    assert code == 0, shown
    assert "Traceback" not in shown
    # The bar covers the whole build: every file, then linking, assembling, writing.
    steps = len(list(SEEDS.glob("*.txt"))) + 3
    assert re.search(rf"kg build: 100%.*{steps}/{steps}", shown), shown
    for stage in ("reading", "linking", "assembling", "writing"):
        assert stage in shown
    assert re.search(r"^entities\s+\d+", shown, re.M)
    assert re.search(r"^relations\s+\d+", shown, re.M)
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


def test_no_bar_when_not_on_a_terminal(tmp_path):
    done = subprocess.run(kg_command() + ["build", str(SEEDS), "-o", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "kg build:" not in done.stderr
    assert "entities" in done.stdout
