"""The public stages, chained as the README shows, give what parse gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import (
    classify,
    decode,
    find_blocks,
    group_articles,
    line_role,
    normalize,
    normalize_blocks,
    normalize_headlines,
    split_lines,
)

PAGES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.*"))
PAGES = [p for p in PAGES if p.suffix in (".txt", ".bin")]


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_readme_chain_equals_parse(path: Path) -> None:
    data = path.read_bytes()
    text = normalize(decode(data).text, keep_layout=True)
    blocks = find_blocks(split_lines(text), role=line_role)
    blocks = normalize_headlines(classify(normalize_blocks(blocks)))
    grouped = group_articles(blocks)
    doc = newsclean.parse(data)
    assert grouped.articles == doc.articles
    assert grouped.furniture == doc.furniture
    assert grouped.leftovers == doc.leftovers
