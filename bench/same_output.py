"""Write the output of ``newsclean.parse`` for a fixed set of pages, to diff before/after a change.

    python bench/same_output.py OUT_DIR            # one JSON file per input
    diff -r BEFORE_DIR AFTER_DIR                    # any difference is a change of output

A speed-up must leave every output the same. The inputs: the development set
(``../shared/devset/pages``), ``fixtures/pages``, ``fixtures/extractors``, the shared seed,
degraded and flattened copies of the development and extractor pages (made in memory as
``degraded_pages.py`` and ``flattened_pages.py`` make them), and the benchmark's own corpus
(``bench.build_texts``, ~5 MB of UTF-8, with its GBK and Big5 copies). Each page is written
with ``to_json(meta=True)`` (line spans, warnings, meta); the fixture, development and
extractor pages also with ``explain=True`` (the trace) and with ``script="s2t"``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from degraded_pages import variants

import bench  # beside this script, as degraded_pages
import newsclean

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_BREAKS_RE = re.compile(r"[ \t\u3000]*(?:\r\n|\r|\n)[\s]*")
CORPUS_BYTES = 5 * bench.MB


def files() -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every page on disk."""
    dirs = (
        ("devset", SHARED / "devset" / "pages", (".txt", ".bin")),
        ("pages", ROOT / "fixtures" / "pages", (".txt", ".bin")),
        ("extractors", ROOT / "fixtures" / "extractors", (".txt",)),
        ("seed", SHARED / "seed", (".txt",)),
    )
    for tag, d, suffixes in dirs:
        for p in sorted(d.iterdir()):
            if p.suffix in suffixes:
                yield f"{tag}-{p.name}", p.read_bytes()


def inputs() -> Iterator[tuple[str, str | bytes, dict[str, object]]]:
    """(name, input, parse options) of every case."""
    on_disk = list(files())
    for name, data in on_disk:
        yield name, data, {}
        if not name.startswith("seed-"):
            yield f"{name}.explain", data, {"explain": True}
            yield f"{name}.s2t", data, {"script": "s2t"}
    for name, data in on_disk:
        if name.startswith(("devset-", "extractors-")):
            text = newsclean.decode(data).text
            for variant, spoilt in variants(text, name).items():
                yield f"{name}.{variant}", spoilt.encode("utf-8"), {}
            for variant, sep in (("sp", " "), ("none", "")):
                yield f"{name}.flat-{variant}", _BREAKS_RE.sub(sep, text.strip()), {}
    texts = bench.build_texts(bench.load_sources(), CORPUS_BYTES)
    for corpus in bench.build_corpora(texts):
        for i, data in enumerate(corpus.data):
            yield f"corpus-{corpus.name}-{i:04d}", data, {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, data, opts in inputs():
        try:
            out = newsclean.parse(data, **opts).to_json(meta=True)  # type: ignore[arg-type]
        except Exception as e:  # an error is an output too
            out = f"{type(e).__name__}: {e}\n"
        (args.out / f"{name}.json").write_text(out, encoding="utf-8")
        n += 1
    print(f"{n} outputs written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
