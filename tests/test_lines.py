"""split_lines and cells: numbering, indentation, blank lines, the final newline, widths."""

from __future__ import annotations

import pytest

from newsclean import Line, split_lines
from newsclean.lines import cells


def test_split_lines_numbers_from_one() -> None:
    assert split_lines("标题\n正文。") == (Line(1, "标题", 0), Line(2, "正文。", 0))


def test_split_lines_counts_ideographic_space_as_two() -> None:
    assert split_lines("\u3000\u3000正文。")[0] == Line(1, "正文。", 4)


def test_split_lines_counts_ascii_space_and_tab_as_one() -> None:
    assert split_lines("  正文")[0].indent == 2
    assert split_lines("\t正文")[0].indent == 1


def test_split_lines_counts_mixed_indent() -> None:
    assert split_lines(" \u3000正文")[0] == Line(1, "正文", 3)


def test_split_lines_keeps_blank_lines_with_empty_text() -> None:
    lines = split_lines("标题\n\n\n正文。")
    assert [ln.text for ln in lines] == ["标题", "", "", "正文。"]
    assert [ln.number for ln in lines] == [1, 2, 3, 4]


def test_split_lines_final_newline_ends_the_last_line() -> None:
    assert split_lines("标题\n正文。\n") == split_lines("标题\n正文。")


def test_split_lines_keeps_a_blank_line_before_the_final_newline() -> None:
    lines = split_lines("标题\n\n")
    assert [ln.text for ln in lines] == ["标题", ""]


def test_split_lines_strips_trailing_white_space() -> None:
    assert split_lines("标题 \u3000\t")[0] == Line(1, "标题", 0)


def test_split_lines_whitespace_only_line_is_blank() -> None:
    line = split_lines("\u3000\u3000")[0]
    assert line.text == ""


def test_split_lines_empty_text() -> None:
    assert split_lines("") == (Line(1, "", 0),)


def test_split_lines_keeps_inner_spaces() -> None:
    assert split_lines("记者/何榕 见习记者/郑凯瑜")[0].text == "记者/何榕 见习记者/郑凯瑜"


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("", 0),
        ("资逾200亿元", 5.5),
        ("疫情防控", 4),
        ("BA.5", 2),
        ("，。“”", 4),
        ("（返）", 3),
        ("ab", 1),
        ("——", 2),
        ("……", 2),
    ],
)
def test_cells_counts_wide_as_one_and_ascii_as_half(text: str, width: float) -> None:
    assert cells(text) == width


def test_cells_counts_traditional_and_kana_as_wide() -> None:
    assert cells("臺灣") == 2
    assert cells("カナ") == 2
