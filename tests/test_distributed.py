"""The Dask path gives the records of ``newsclean parse --format jsonl``, on a real cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from newsclean.cli import main  # noqa: E402
from newsclean.distributed import parse_bag, write_jsonl  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "seed.txt"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six small pages in three encodings, and one PDF that must fail."""
    root = tmp_path_factory.mktemp("pages")
    paras = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    for i in range(6):
        text = f"第{i}条新闻标题\n\n" + "\n\n".join(paras[1 + i % 4 : 3 + i % 4]) + "\n"
        if i % 3 == 1:
            (root / f"p{i}.bin").write_bytes(text.encode("gbk"))
        else:
            (root / f"p{i}.txt").write_bytes(text.encode("utf-8"))
    (root / "p9.bin").write_bytes(b"%PDF-1.4\n1 0 obj\n")
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _cli_records(pages: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["parse", str(pages), "--format", "jsonl", "--quiet"]) == 1  # the PDF fails
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines()]


def _by_source(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: str(r["source"]))


def test_write_jsonl_on_local_cluster_equals_cli(
    pages: Path, tmp_path: Path, client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _cli_records(pages, capsys)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-00009.jsonl").write_text("{}\n")  # from an earlier, larger run
    files = write_jsonl([str(pages)], tmp_path / "out", partition_size=2)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [Path(f).name for f in files]
    assert [Path(f).name for f in files] == [f"part-{i:05d}.jsonl" for i in range(4)]
    got = [
        json.loads(line) for f in files for line in Path(f).read_text(encoding="utf-8").splitlines()
    ]
    assert _by_source(got) == _by_source(expected)
    assert got == expected  # the parts, in name order, are the CLI's output
    assert sum("error" in r for r in got) == 1


def test_parse_bag_on_local_cluster_equals_cli(
    pages: Path, client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _cli_records(pages, capsys)
    bag = parse_bag([str(pages / "*.txt"), str(pages / "*.bin")], partition_size=3)
    got = bag.compute()
    assert bag.npartitions == 3
    assert _by_source(got) == _by_source(expected)
