"""Write flattened copies of scored pages: every line break lost, as text gathered upstream.

    python bench/flattened_pages.py ../shared/devset/pages /tmp/flat/pages
    python ../shared/bench/score.py /tmp/flat/pages --python

Each page (``NAME.txt`` or ``NAME.bin`` beside ``NAME.truth.json``) is decoded and written
twice: ``NAME-sp.txt``, each run of line breaks and the spaces around them made one space
(whitespace collapsed), and ``NAME-none.txt``, the line breaks simply gone. The truth is the
page's own, its mode ``flattened-sp-MODE`` / ``flattened-none-MODE`` (the scorer reports them
as the ``flattened`` kind).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from extractor_pages import scored_pages, write_page  # beside this script

import newsclean

_BREAKS_RE = re.compile(r"[ \t\u3000]*(?:\r\n|\r|\n)[\s]*")


def main(src: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for stem, page, truth in scored_pages(src):
        text = newsclean.decode(page.read_bytes()).text.strip()
        for variant, sep in (("sp", " "), ("none", "")):
            mode = f"flattened-{variant}-{truth.get('mode', '')}"
            data = _BREAKS_RE.sub(sep, text).encode("utf-8")
            write_page(out, f"{stem}-{variant}", data, truth, mode)
            n += 1
    print(f"{n} pages written to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
