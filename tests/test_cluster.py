"""kg build --scheduler: extraction on a Dask cluster of two worker processes started by
the test gives the graph a build on one machine gives, byte for byte."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SEEDS

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local.scheduler_address


def test_a_build_on_a_cluster_is_the_build_on_one_machine(cluster, tmp_path, built):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(8):  # enough files for several batches
        for page in sorted(SEEDS.glob("*.txt")):
            (pages / f"{i}_{page.name}").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    (pages / "broken.txt").write_bytes(b"\x00\x01binary")
    outputs = {}
    for name, extra in (("here", ["--jobs", "1"]), ("cluster", ["--scheduler", cluster])):
        result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / name), "--no-progress",
                                           "--format", "ttl,trig,csv", *extra])
        assert result.exit_code == 1, result.output  # 1: a file was named as a problem; the rest built
        assert "broken.txt: binary file" in result.output and "wrote" in result.output
        outputs[name] = {p.name: p.read_bytes() for p in sorted((tmp_path / name).iterdir())}
    assert outputs["cluster"] == outputs["here"]
    with distributed.Client(cluster) as client:
        built_on = client.run(lambda: (os.getpid(), len(__import__("kg.cluster").cluster._BUILT)))
    assert len(built_on) == 2 and all(pid != os.getpid() for pid, _ in built_on.values())
    assert sum(n for _, n in built_on.values()) >= 1  # the workers built the pipeline and extracted


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "o"), "--no-progress",
                                       "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output and "Traceback" not in result.output
