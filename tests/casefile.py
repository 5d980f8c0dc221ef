"""Read spec-style case files (``fixtures/cases/*.txt``), shared by every stage's tests.

Format: ``## section`` headings; each example is its input lines, a line holding a single
``.``, its expected lines, and another ``.``. Blank lines between examples are ignored; inside
an example every line, blank or not, is kept verbatim. An example whose first input line is
``!fail`` is a known failure (the tests run it under ``xfail(strict=True)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Case:
    """One example: ``id`` is ``<file stem>/<section-slug>_<nnn>`` (1-based within section)."""

    id: str
    input: str
    expected: str
    xfail: bool = False


def read_cases(path: str | Path) -> list[Case]:
    """Parse a case file; raise ``ValueError`` on an unterminated example."""
    path = Path(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    section, count, i = "cases", 0, 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith("## "):
            section = re.sub(r"[^0-9a-z]+", "-", line[3:].strip().lower()).strip("-") or "cases"
            count, i = 0, i + 1
        else:
            parts: list[list[str]] = []
            for _ in range(2):
                start = i
                while i < len(lines) and lines[i] != ".":
                    i += 1
                if i >= len(lines):
                    raise ValueError(f"{path}:{start + 1}: example not closed by a '.' line")
                parts.append(lines[start:i])
                i += 1
            inp, expected = parts
            xfail = bool(inp) and inp[0] == "!fail"
            count += 1
            cases.append(
                Case(
                    f"{path.stem}/{section}_{count:03d}",
                    "\n".join(inp[1:] if xfail else inp),
                    "\n".join(expected),
                    xfail,
                )
            )
    return cases
