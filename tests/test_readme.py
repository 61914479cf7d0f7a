"""The README's commands, run as written (in order, in a scratch folder with the seeds):
documentation that cannot drift from the code."""

import re
import shlex
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEEDS, SHARED

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```\n(.*?)```", README, re.S)
COMMANDS = [line.split("  #")[0].strip() for block in BLOCKS for line in block.splitlines()
            if line.startswith("kg ")]


def test_the_readme_has_commands_for_every_use():
    verbs = {shlex.split(c)[1] for c in COMMANDS}
    assert verbs >= {"build", "query", "extract", "view", "validate", "serve"}


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("readme")
    (folder / "seeds").symlink_to(SEEDS)
    if SHARED.exists() and not (folder.parent / "shared").exists():
        (folder.parent / "shared").symlink_to(SHARED)  # ../shared, as beside a checkout
    (folder / "my-query.rq").write_text("SELECT ?s WHERE { ?s a kg:Penalty }", encoding="utf-8")
    (folder / "page1.txt").write_text((SEEDS / "004_e34eac57d2895c48.txt").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    (folder / "more-pages").mkdir()
    (folder / "more-pages" / "p.txt").write_text((SEEDS / "001_8e2f6d24ccc070f4.txt").read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    return folder


def test_every_readme_command_runs(scratch, monkeypatch):
    monkeypatch.chdir(scratch)
    ran = 0
    for command in COMMANDS:
        args = shlex.split(command)[1:]
        if args[0] == "serve":
            continue  # long-running: tests/test_serve.py starts it with these options and --port 0
        if "--scheduler" in args:
            continue  # needs a Dask cluster: tests/test_cluster.py starts one
        if args[0] == "push":
            continue  # needs a running triple store: tests/test_push.py starts Oxigraph's
        if args[0] == "train":
            continue  # a full training: tests/test_recogniser.py runs it on a slice
        if "../shared" in command and not SHARED.exists():
            continue
        result = CliRunner().invoke(main, args + (["--no-progress"] if args[0] == "build" else []))
        assert result.exit_code == 0, f"{command}\n{result.output}"
        ran += 1
    assert ran >= 12
    assert (scratch / "out" / "store").is_dir() and (scratch / "view.html").exists()
    assert (scratch / "more-out" / "graph.trig").exists()


def test_the_readme_load_example_runs(scratch, monkeypatch):
    monkeypatch.chdir(scratch)
    CliRunner().invoke(main, ["build", "seeds", "-o", "out", "--no-progress"])
    line = next(line for block in BLOCKS for line in block.splitlines() if line.startswith("python -c"))
    code = shlex.split(line)[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=scratch, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 5000
