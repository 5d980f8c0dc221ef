"""Write degraded copies of scored pages, spoilt the ways the development set spoils its own.

    python bench/extractor_pages.py /tmp/xs/pages
    python bench/degraded_pages.py /tmp/xs/pages /tmp/dg/pages
    python ../shared/bench/score.py /tmp/dg/pages --python

Each page of a sequential style (paragraph per line, ``pdftotext -raw``, pdfminer with box
flow; ``NAME.txt`` beside ``NAME.truth.json``) is written four times, with the page's truth:

- ``NAME-ascii``: ASCII ``,;:?!()`` for the full-width marks;
- ``NAME-fw``: full-width digits and Latin letters;
- ``NAME-spaces``: a stray space between about one in 25 pairs of Chinese characters;
- ``NAME-all``: all three, and CRLF line ends.

A page that scores lower here than as written has a rule that leans on clean text. The
spaces are drawn by a generator seeded with the page's name: the copies are the same on
every run.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from extractor_pages import scored_pages, write_page  # beside this script

SEQUENTIAL_MODES = ("para-per-line", "pdftotext-raw", "pdfminer-default")
_ASCII = str.maketrans("，；：？！（）", ",;:?!()")
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULLWIDTH = str.maketrans(_ALNUM, "".join(chr(ord(c) + 0xFEE0) for c in _ALNUM))
_HAN_PAIR_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
STRAY_SPACE_RATE = 0.04


def stray_spaces(text: str, rng: random.Random) -> str:
    return _HAN_PAIR_RE.sub(lambda _m: " " if rng.random() < STRAY_SPACE_RATE else "", text)


def variants(text: str, seed: str) -> dict[str, str]:
    return {
        "ascii": text.translate(_ASCII),
        "fw": text.translate(_FULLWIDTH),
        "spaces": stray_spaces(text, random.Random(seed)),
        "all": stray_spaces(text.translate(_ASCII).translate(_FULLWIDTH), random.Random(seed))
        .replace("\n", "\r\n"),
    }


def main(src: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for stem, page, truth in scored_pages(src):
        if truth.get("mode") not in SEQUENTIAL_MODES or page.suffix != ".txt":
            continue
        text = page.read_text(encoding="utf-8")
        for variant, data in variants(text, stem).items():
            write_page(out, f"{stem}-{variant}", data.encode("utf-8"), truth, truth["mode"])
            n += 1
    print(f"{n} pages written to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
