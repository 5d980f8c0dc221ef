"""Compare parse's speed with an earlier revision's, in one process, run for run.

    python bench/ab.py REV              # e.g. main, HEAD~3, a commit id
    python bench/ab.py REV --runs 9     # more rounds: the minimum settles

On a shared machine the throughput figures of two runs of ``bench.py`` differ by 10% and
more; a change of a few percent is lost in that. Here the package as it was at ``REV``
(``git archive`` of ``src/newsclean``, imported as ``newsclean_base``) and the working tree's
``newsclean`` parse the same corpora (bench.py's, ~1 MB each: UTF-8, GBK, Big5 and the
extractor-style pages) alternately, corpus by corpus, for ``--runs`` rounds; the minimum of
each is reported, whole and per stage (``pipeline._parse``'s laps, as bench.py takes them),
with the speed-up. Every page's JSON (``meta=True``) is compared first: a speed-up must not
change any output.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import bench  # beside this script
import newsclean

STAGES = bench.STAGES


def load_revision(rev: str, into: Path) -> ModuleType:
    """The package as it was at ``rev``, imported as ``newsclean_base``."""
    archive = subprocess.run(
        ["git", "archive", rev, "src/newsclean"], cwd=bench.ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "src" / "newsclean").rename(into / "newsclean_base")
    sys.path.insert(0, str(into))
    return importlib.import_module("newsclean_base")


def timed(pipeline: ModuleType, opts: Any, data: list[bytes]) -> dict[str, float]:
    """Seconds per stage (and serialize) to parse ``data`` with ``pipeline._parse``."""
    secs = dict.fromkeys(STAGES, 0.0)
    last = 0.0

    def lap(stage: str) -> None:
        nonlocal last
        now = time.perf_counter()
        secs[stage] += now - last
        last = now

    for d in data:
        last = time.perf_counter()
        pipeline._parse(d, opts, lap).to_json()
        lap("serialize")
    return secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the revision to compare with (main, HEAD~1, a commit id)")
    ap.add_argument("--runs", type=int, default=5, help="rounds (default 5): each one's best")
    ap.add_argument("--mb", type=float, default=1.0, help="size of each corpus in MB")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = load_revision(args.rev, Path(tmp))
        sides: dict[str, tuple[ModuleType, Any]] = {
            "before": (sys.modules["newsclean_base.pipeline"], base.Options()),
            "after": (sys.modules["newsclean.pipeline"], newsclean.Options()),
        }
        size = int(args.mb * bench.MB)
        texts = bench.build_texts(bench.load_sources(), size)
        corpora = [*bench.build_corpora(texts), bench.extractor_corpus(size)]
        parse: dict[str, Callable[[bytes], Any]] = {"before": base.parse, "after": newsclean.parse}
        for c in corpora:
            for i, d in enumerate(c.data):
                if parse["before"](d).to_json(meta=True) != parse["after"](d).to_json(meta=True):
                    print(f"OUTPUT DIFFERS: {c.name} page {i}")
                    return 1
        print(f"same output on all {sum(len(c.data) for c in corpora)} pages")
        best: dict[tuple[str, str], dict[str, float]] = {}
        for _ in range(args.runs):
            for c in corpora:
                for side, (pipeline, opts) in sides.items():
                    gc.collect()
                    secs = timed(pipeline, opts, c.data)
                    got = best.setdefault((side, c.name), secs)
                    for s in STAGES:
                        got[s] = min(got[s], secs[s])
    print(f"best of {args.runs} rounds, {args.rev} (before) vs the working tree (after)")
    for c in corpora:
        b, a = best[("before", c.name)], best[("after", c.name)]
        tb, ta = sum(b.values()), sum(a.values())
        mb = c.nbytes / bench.MB
        print(
            f"\n{c.name}: {len(c.data)} pages, {mb:.2f} MB: {tb * 1000:.1f} -> {ta * 1000:.1f} ms,"
            f" {mb / tb:.2f} -> {mb / ta:.2f} MB/s, speed-up {tb / ta:.3f}x"
        )
        for s in STAGES:
            print(
                f"  {s:17} {b[s] * 1000:8.1f} ms {100 * b[s] / tb:5.1f}%"
                f"  -> {a[s] * 1000:8.1f} ms {100 * a[s] / ta:5.1f}%"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
