"""Write the hand-checked extractor fixture pages in the scorer's layout.

    python bench/extractor_pages.py /tmp/xs/pages
    python ../shared/bench/score.py /tmp/xs/pages --python

``fixtures/extractors/`` holds invented pages, each in seven extractor styles, with one
hand-written truth per page. The scorer wants ``NAME.txt`` beside ``NAME.truth.json`` with the
extractor's mode in the truth: this writes one such pair per page and style, so the pages that
newsclean was never tuned on are measured the same way as the development set.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "extractors"
# style (file suffix) -> the scorer's mode name
MODES = {
    "lines": "para-per-line",
    "pdftotext": "pdftotext",
    "pdftotext-raw": "pdftotext-raw",
    "pdftotext-layout": "pdftotext-layout",
    "pdfminer": "pdfminer-default",
    "pdfminer-noflow": "pdfminer-noflow",
    # one box per printed line, neighbouring columns in turn: the scorer's sequential kind,
    # like the development set's pdfminer pages that come out so
    "pdfminer-lines": "pdfminer-default",
}


def scored_pages(src: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """Each page of a scorer's folder: its name, its input (the truth's ``file``, else
    ``NAME.txt`` or ``NAME.bin``) and its truth."""
    for truth_file in sorted(src.glob("*.truth.json")):
        stem = truth_file.name[: -len(".truth.json")]
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        names = [truth["file"]] if truth.get("file") else [f"{stem}.txt", f"{stem}.bin"]
        page = next((src / n for n in names if (src / n).exists()), None)
        if page is not None:
            yield stem, page, truth


def write_page(out: Path, name: str, data: bytes, truth: dict[str, Any], mode: str) -> None:
    """Write ``NAME.txt`` and its truth, with ``mode`` and the file's name in it, as the
    scorer reads a page folder."""
    (out / f"{name}.txt").write_bytes(data)
    (out / f"{name}.truth.json").write_text(
        json.dumps(dict(truth, mode=mode, file=f"{name}.txt"), ensure_ascii=False, indent=1),
        encoding="utf-8",
    )


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for page in sorted(HERE.glob("*.txt")):
        sheet, style = page.name[: -len(".txt")].split(".", 1)
        truth = json.loads((HERE / f"{sheet}.truth.json").read_text(encoding="utf-8"))
        name = f"{sheet}-{style}"
        write_page(out, name, page.read_bytes(), truth, MODES[style])
        n += 1
    print(f"{n} pages written to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
