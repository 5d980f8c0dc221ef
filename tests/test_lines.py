"""split_lines and cells: numbering, indentation, blank lines, the final newline, widths."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Line, split_lines
from newsclean.lines import cells, unflatten


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


# --- pages whose line breaks were lost (unflatten) ---------------------------------------

_PARA = "区慈善会发布倡议书，号召社会各界为困难群众献爱心。当天共募集暖心包三百余份。"


def test_unflatten_leaves_ordinary_text_alone() -> None:
    page = "标题\n\n本报讯 昨天，会议召开。\n" + _PARA * 2 + "\n"
    assert unflatten(page) == (page, 0)
    # one long line with no sentence in it is no page (an adversarial run of commas)
    assert unflatten("，" * 5000) == ("，" * 5000, 0)


def test_unflatten_breaks_a_page_at_the_spaces_that_were_line_breaks() -> None:
    page = " ".join(["江门日报", "艺 术 节 送 戏 下 乡", "本报讯（记者 李明 通讯员 张华）"] + [_PARA] * 20)
    text, n = unflatten(page)
    assert n == 1
    lines = text.split("\n")
    # a letter-spaced headline and the credits in brackets stay whole
    assert lines[:3] == ["江门日报", "艺 术 节 送 戏 下 乡", "本报讯（记者 李明 通讯员 张华）"]
    assert lines[3:] == [_PARA] * 20


def test_unflatten_keeps_latin_words_together_and_two_spaces_are_a_blank_line() -> None:
    page = "  ".join(["新冠 BA.5 variant 传播", *([_PARA] * 20)])
    lines = unflatten(page)[0].split("\n")
    assert lines[0] == "新冠"
    assert lines[1] == "BA.5 variant"
    assert lines[2:4] == ["传播", ""]


def test_unflatten_without_spaces_breaks_after_each_sentence() -> None:
    text, n = unflatten(_PARA * 25)
    assert n == 1
    assert text.split("\n")[:3] == [
        "区慈善会发布倡议书，号召社会各界为困难群众献爱心。",
        "当天共募集暖心包三百余份。",
        "区慈善会发布倡议书，号召社会各界为困难群众献爱心。",
    ]


_PIECES = ["区慈善会", "发布倡议书，", "献爱心。", " ", "  ", "（", "记者）", "A", "B.5", "\n", "艺"]


@given(st.lists(st.sampled_from(_PIECES), max_size=600))
def test_unflatten_loses_no_character_and_is_idempotent(pieces: list[str]) -> None:
    text = "".join(pieces)
    out, _ = unflatten(text)
    assert "".join(out.split()) == "".join(text.split())
    assert unflatten(out)[0] == out


def test_unflatten_without_spaces_sets_apart_leads_jumps_and_the_page_header() -> None:
    page = (
        "江门日报2024年9月2日星期一第2版区慈善会派发暖心包江门日报讯（记者/何榕）"
        + _PARA * 12
        + "区慈善会将继续开展帮扶活动（下转A4版）责任编辑：王芳"
    )
    lines = unflatten(page)[0].split("\n")
    assert lines[:4] == ["江门日报2024年9月2日星期一", "第2版", "区慈善会派发暖心包", lines[3]]
    assert lines[3].startswith("江门日报讯（记者/何榕）区慈善会发布倡议书")
    assert lines[-3:] == ["区慈善会将继续开展帮扶活动", "（下转A4版）", "责任编辑：王芳"]
    # in the body, a paper's name is no lead: 据新华社报道 stays whole
    assert "据新华社报道，天气晴好。" in unflatten("据新华社报道，天气晴好。" + _PARA * 14)[0].split("\n")


def test_unflatten_keeps_a_credits_names_on_its_line() -> None:
    byline = ["□统筹/邝颖 谭志恒", "文/江门日报青苹果小记者 黄欣妍 周若溪 林子航"]
    page = " ".join(["江门优质教育资源将越来越多", *byline, *([_PARA] * 20)])
    assert unflatten(page)[0].split("\n")[:3] == ["江门优质教育资源将越来越多", *byline]
    # a photo credit under its caption
    page = " ".join([*([_PARA] * 20), "市民在步道上散步。", "记者 孟凡舟 摄", "据悉，步道已贯通。"])
    assert unflatten(page)[0].split("\n")[-3:] == ["市民在步道上散步。", "记者 孟凡舟 摄", "据悉，步道已贯通。"]
    # two short headings in a row are no credit: each keeps its own line
    page = " ".join(["区慈善会", "派发暖心包", *([_PARA] * 20)])
    assert unflatten(page)[0].split("\n")[:2] == ["区慈善会", "派发暖心包"]


def test_unflatten_leaves_one_long_paragraph_among_others() -> None:
    # a speech quoted at length is one long paragraph of a page that kept its line breaks
    speech = "会议指出，要坚持稳中求进工作总基调。" * 30
    page = "标题\n\n本报讯 昨天，会议召开。\n\n" + speech + "\n\n第二段。\n\n第三段。\n\n第四段。\n"
    assert unflatten(page) == (page, 0)
