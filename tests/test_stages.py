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
    interleaved,
    line_role,
    normalize,
    normalize_blocks,
    normalize_headlines,
    split_lines,
    unflatten,
)

PAGES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.*"))
PAGES = [p for p in PAGES if p.suffix in (".txt", ".bin")]


EXTRACTED = sorted((PAGES[0].parent.parent / "extractors").glob("*.txt"))


def _flattened(path: Path) -> bytes:
    """The page with its line breaks made spaces, as some archives store it."""
    text = decode(path.read_bytes()).text
    return " ".join(text.split("\n")).encode("utf-8")


CHAIN_INPUTS = [(p.name, p.read_bytes()) for p in PAGES + EXTRACTED] + [
    (f"flattened-{p.name}", _flattened(p)) for p in PAGES[:3] + EXTRACTED[:2]
]


@pytest.mark.parametrize("data", [d for _, d in CHAIN_INPUTS], ids=[n for n, _ in CHAIN_INPUTS])
def test_readme_chain_equals_parse(data: bytes) -> None:
    text = normalize(decode(data).text, keep_layout=True)
    text, _ = unflatten(text)
    lines = split_lines(text)
    mixed = interleaved(lines)
    blocks = find_blocks(lines, role=line_role, mixed=mixed)
    blocks = normalize_headlines(classify(normalize_blocks(blocks), mixed=mixed))
    grouped = group_articles(blocks, mixed=mixed)
    doc = newsclean.parse(data)
    assert grouped.articles == doc.articles
    assert grouped.furniture == doc.furniture
    assert grouped.leftovers == doc.leftovers


BODY = "今年春天来得早，村里的农户们早早下田翻地，准备播种。村干部介绍说，今年全村计划种植水稻三百亩。"


def test_headline_spaces_go_only_on_a_page_that_scatters_spaces() -> None:
    clean = "对门着了火 醉汉仍酣睡\n\n本报讯 " + BODY * 8 + "\n"
    assert newsclean.parse(clean).articles[0].title == "对门着了火 醉汉仍酣睡"
    scattered = " ".join(BODY[i : i + 7] for i in range(0, len(BODY), 7))
    page = "三江口村自办小报，架 起民意连心桥\n\n本报讯 " + scattered * 8 + "\n"
    assert newsclean.parse(page).articles[0].title == "三江口村自办小报，架起民意连心桥"
