"""Untangling interleaved columns: segments, links, the column period, chains.

The excerpts are made up for these tests (columns of 8-10 cells).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import columns
from newsclean.columns import (
    Segment,
    chains,
    link_score,
    periods,
    segment_lines,
    split_line,
    stray_spaces,
    width,
)
from newsclean.lines import split_lines
from newsclean.model import Line


def seg(number: int, text: str, *, after_blank: bool = True) -> Segment:
    return Segment(number, 0, text, width(text), 0, after_blank)


def streams(text: str, col: float = 10) -> list[str]:
    segs = segment_lines(split_lines(text), col)
    return ["".join(segs[i].text for i in chain) for chain in chains(segs, col)]


def test_periods_follow_the_strong_links_and_keep_their_rhythm() -> None:
    # three columns in turn (period 3), one join of the run weaker than a wrong one
    base = {(i, i + 3): 1.5 for i in range(12)}
    base[(4, 7)] = 0.2
    base[(4, 5)] = 1.0
    got = periods(base, 15, 4)
    assert got[:12] == [3] * 12


def test_periods_change_where_the_rhythm_changes() -> None:
    base = {(i, i + 2): 1.5 for i in range(10)}
    base.update({(i, i + 3): 1.5 for i in range(10, 20)})
    got = periods(base, 23, 4)
    assert got[2:8] == [2] * 6
    assert got[12:18] == [3] * 6


def test_periods_of_nothing() -> None:
    assert periods({}, 0, 4) == []


def test_first_line_short_by_its_indent_goes_on_to_a_full_line() -> None:
    a = seg(1, "下课以后，同学们")  # 8 cells: a 10-cell column less the indent
    b = seg(3, "来到操场上锻炼身体，")
    assert link_score(a, b, 2, 10, *_no_stats()) > 0.5
    # but a paragraph that ended does not go on to a wider line
    assert link_score(seg(1, "有的跳绳。"), b, 2, 10, *_no_stats()) == 0.0


def test_a_short_line_alone_in_mid_sentence_is_a_headline_no_line_goes_on_from() -> None:
    # 新航站楼封顶 | 冬泳邀请赛开幕: two briefs' headlines, each between blank lines, well short
    # of an 11-cell column; neither goes on into the other
    a, b = seg(1, "新航站楼封顶"), seg(3, "冬泳邀请赛开幕")
    assert link_score(a, b, 2, 11, *_no_stats()) == 0.0
    # a headline wrapped inside a word still goes on (东川机场新航站|楼封顶仪式举行)
    wrapped = (seg(1, "东川机场新航站"), seg(3, "楼封顶仪式举行"), 2, 11, *_no_stats())
    assert link_score(*wrapped, frozenset({"航站楼"})) > 0
    assert link_score(*wrapped) == 0.0
    # lines printed together (no blank between) are another matter: a wrapped deck
    c = seg(2, "冬泳邀请赛开幕", after_blank=False)
    assert link_score(seg(1, "新航站楼封顶", after_blank=False), c, 1, 11, *_no_stats()) > 0


def test_spaced_line_is_no_body_line_on_pages_without_spaces() -> None:
    head = seg(1, "春耕 正当时 村民下田")
    body = seg(3, "今年春天来得早，村里")
    assert link_score(head, body, 2, 10, *_no_stats(), spaced_apart=True) == 0.0
    assert link_score(body, head, 2, 10, *_no_stats(), spaced_apart=True) == 0.0
    # a credit cut inside its brackets goes on
    lead = seg(1, "本报讯（记者 王")
    assert (
        link_score(lead, seg(3, "芳）昨日，村里的农户"), 2, 10, *_no_stats(), spaced_apart=True) > 0
    )


def test_three_columns_in_turn_become_three_streams() -> None:
    a = [
        "下课以后，同学们来到",
        "操场上锻炼身体，有的",
        "跑步有的跳绳，十分热",
        "闹，老师在一旁看着学",
    ]
    b = [
        "医院门诊大厅里，几位",
        "护士耐心地为病人指引",
        "方向，大厅秩序井然，",
        "病人们排队有序挂号，",
    ]
    c = [
        "菜市场里人来人往，摊",
        "主们忙着招呼顾客，新",
        "鲜的蔬菜摆满了摊位，",
        "价格也比较实惠，市民",
    ]
    text = "\n\n".join(x for row in zip(a, b, c, strict=True) for x in row) + "\n"
    got = streams(text)
    # the last line of each column has no rhythm left to follow: any full line may take it
    for column in (a, b, c):
        assert any(s.startswith("".join(column[:3])) for s in got)


def _no_stats() -> tuple[object, object]:
    from collections import Counter

    return Counter(), Counter()


def test_lexicon_cache_gives_the_words_jieba_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    with columns._jieba_dict() as path:
        want = columns._lexicon_words(path.read_text(encoding="utf-8"))
    built = columns.lexicon.__wrapped__()  # no file yet: built from dict.txt, then written
    (written,) = tmp_path.glob("lexicon-*.txt")
    # another OpenCC writes other Traditional forms: its version is in the key
    assert f"opencc-{columns._opencc_version()}" in written.read_text(encoding="utf-8")[:300]
    cached = columns.lexicon.__wrapped__()  # read back
    assert built == cached == want
    assert len(want) > 10_000
    # jieba's Simplified words and their Traditional forms, Taiwan's included
    assert {"时间", "時間", "设备", "設備", "台湾", "臺灣"} <= want


def test_lexicon_cache_file_cut_short_or_of_another_key_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    words = frozenset({"疫情", "防控工作"})
    columns._write_cached_lexicon("key a", words)
    assert columns._read_cached_lexicon("key a") == words
    assert columns._read_cached_lexicon("key b") is None
    path = columns._lexicon_cache_file("key a")
    assert path is not None
    path.write_text(path.read_text(encoding="utf-8")[:-3], encoding="utf-8")
    assert columns._read_cached_lexicon("key a") is None
    columns._write_cached_lexicon("key e", frozenset())
    assert columns._read_cached_lexicon("key e") == frozenset()


def test_lexicon_cache_file_altered_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    columns._write_cached_lexicon("key a", frozenset({"疫情", "防控工作"}))
    path = columns._lexicon_cache_file("key a")
    assert path is not None
    text = path.read_text(encoding="utf-8")
    # a junk word list that still has the right key and an end line
    path.write_text(text.replace("疫情", "垃圾"), encoding="utf-8")
    assert columns._read_cached_lexicon("key a") is None


def test_lexicon_cache_off_with_an_empty_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", "")
    assert columns._lexicon_cache_dir() is None
    columns._write_cached_lexicon("key", frozenset({"疫情"}))  # nowhere to write: no error
    assert columns._read_cached_lexicon("key") is None


def test_short_line_ending_no_sentence_is_a_first_line_not_a_next_line() -> None:
    a = seg(1, "病人们排队有序地挂号")  # full, in mid-sentence
    full = seg(3, "大厅里秩序井然，一位")
    first = seg(5, "菜市场里人来人往")  # short by the lost indent, no final mark
    assert link_score(a, first, 4, 10, *_no_stats()) < link_score(a, full, 2, 10, *_no_stats())
    last = seg(5, "秩序井然。")  # a short last line that ends its paragraph is not penalized
    assert link_score(a, last, 4, 10, *_no_stats()) > link_score(a, first, 4, 10, *_no_stats())


def test_wide_column_is_found_when_many_lines_share_its_width() -> None:
    wide = [seg(k, "二" * 20) for k in range(1, 7)]
    narrow = [seg(k, "一" * 10) for k in range(10, 20)]
    assert columns.wide_column(wide + narrow, 10) == 21.0
    # a couple of wide headlines are no column
    assert columns.wide_column(wide[:2] + narrow, 10) == 0.0


def test_wide_column_taking_turns_with_a_narrow_one_links_its_lines() -> None:
    wide = [
        "消防救援人员连夜赶到现场，把被困的群众",
        "一个接一个地送到安全的地方，直到天亮时",
        "才全部转移完毕，没有一名群众受伤，附近",
        "的村民纷纷送来热水和食物，感谢救援人员",
        "的辛苦付出，场面十分感人，令人难以忘怀",
        "，大家都说这是一支值得信赖的好队伍啊。",
    ]
    narrow = [
        "菜市场里人来人往，摊",
        "主们忙着招呼顾客，新",
        "鲜的蔬菜摆满了摊位，",
        "价格也比较实惠，市民",
        "们都挑选了自己喜欢的",
        "蔬菜，满意地回家了。",
    ]
    text = "\n\n".join(x for row in zip(wide, narrow, strict=True) for x in row) + "\n"
    got = streams(text)
    assert "".join(wide) in got
    assert "".join(narrow) in got


def test_column_goes_on_over_its_paragraph_end_at_the_period() -> None:
    # two columns in turn; column a's paragraph ends at a full line, its next one starts
    # short by the lost indent two segments on (the period)
    texts = [
        "下课以后，同学们来到",
        "医院门诊大厅里，几位",
        "操场锻炼，十分热闹。",
        "护士耐心地为病人指引",
        "老师在一旁看着学",
        "方向，大厅秩序井然，",
    ]
    segs = [seg(2 * k + 1, t) for k, t in enumerate(texts)]
    succ = [2, 3, -1, 5, -1, -1]
    has_pred = [False, False, True, True, False, True]
    columns._next_paragraphs(segs, succ, has_pred, [2] * 6, 10)
    assert succ[2] == 4
    assert has_pred[4]
    # a line that continues a sentence (starts with a comma) is no new paragraph
    segs[4] = seg(9, "，老师在一旁看着")
    succ, has_pred = [2, 3, -1, 5, -1, -1], [False, False, True, True, False, True]
    columns._next_paragraphs(segs, succ, has_pred, [2] * 6, 10)
    assert succ[2] == -1


def test_column_does_not_go_on_from_a_short_line_that_ends_no_sentence() -> None:
    # a short line without a final mark (a headline, a paper's name) ends no paragraph: the
    # paragraph one period on is not the next one of its column
    texts = ["南方日报", "医院门诊大厅里，几位", "下课以后，同学们来到", "护士耐心地为病人指引"]
    segs = [seg(2 * k + 1, t) for k, t in enumerate(texts)]
    succ, has_pred = [-1, 3, -1, -1], [False, False, False, True]
    columns._next_paragraphs(segs, succ, has_pred, [2] * 4, 10)
    assert succ[0] == -1


def test_lines_of_one_box_stay_together_where_columns_take_turns() -> None:
    # pdfminer: two columns in turn, each line a box of its own between blank lines, and a
    # caption of two lines set together (one box) in between; its second line, short after
    # the full stop, would otherwise be taken as the next line of a column
    text = (
        "村里的农民们都忙着下\n\n今年新种的优质稻谷产\n\n田插秧，家家户户都忙\n\n"
        "量比去年高出两成，村\n\n图为村民在田间插秧。\n碌身影随处可见。\n\n"
        "碌着，一派繁忙的景\n\n民的收入也跟着涨了。\n\n象。\n"
    )
    got = streams(text)
    assert "图为村民在田间插秧。碌身影随处可见。" in got
    assert "村里的农民们都忙着下田插秧，家家户户都忙碌着，一派繁忙的景象。" in got
    assert "今年新种的优质稻谷产量比去年高出两成，村民的收入也跟着涨了。" in got


def test_box_of_a_headline_and_its_byline_continues_no_column() -> None:
    # columns in turn; one column goes on elsewhere, and a headline as wide as a column, set
    # together with its byline (one box), stands where its next line would be and reads on
    text = (
        "村里的农民们都忙着下\n\n今年新种的优质稻谷产\n\n田插秧，家家户户都忙\n\n"
        "量比去年高出两成，村\n\n碌着，一派繁忙的景\n\n民生实事件件落到实处\n本报记者 王芳\n\n"
        "象。\n"
    )
    got = streams(text)
    assert "民生实事件件落到实处本报记者 王芳" in got
    assert "今年新种的优质稻谷产量比去年高出两成，村" in got


def test_caption_box_set_wider_than_the_column_neither_takes_nor_gives_a_column() -> None:
    # columns of 10 in turn; a caption of four lines set 11 wide (one box) stands where the
    # first column's next line would be, and its last line ends a sentence as a paragraph does
    text = (
        "村里的农民们都忙着下\n\n今年新种的优质稻谷产\n\n田插秧，男女老少都来\n\n"
        "量比去年高出两成，村\n\n"
        "在村东头的水田里，村民\n们正在插秧，一派繁忙的\n景象，人人脸上带着笑，\n都说今年有盼头。\n\n"
        "帮忙，一派繁忙的景\n\n民的收入也跟着涨了。\n\n象。\n"
    )
    got = streams(text)
    assert (
        "在村东头的水田里，村民们正在插秧，一派繁忙的景象，人人脸上带着笑，都说今年有盼头。" in got
    )
    assert "村里的农民们都忙着下田插秧，男女老少都来帮忙，一派繁忙的景象。" in got


def test_lexicon_cache_of_another_environment_is_kept_unless_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(tmp_path))
    other, stale = tmp_path / "lexicon-0000000000000000.txt", tmp_path / "lexicon-1111111111111111.txt"
    other.write_text("another virtualenv's words", encoding="utf-8")
    stale.write_text("words nobody wrote for two months", encoding="utf-8")
    old = time.time() - 60 * 24 * 3600
    os.utime(stale, (old, old))
    columns.lexicon.__wrapped__()  # no cache of its own yet: builds and writes one
    assert other.exists()
    assert not stale.exists()
    assert len(list(tmp_path.glob("lexicon-*.txt"))) == 2


def test_letter_spaced_run_beside_a_column_line_is_cut() -> None:
    # a headline's letter-spaced tail and the next column's line, one space apart
    assert split_line("小区居民在夜里 节 日 快 乐 !", 10, cut_runs=True) == [
        "小区居民在夜里",
        "节 日 快 乐 !",
    ]
    # a short name beside a spaced role stays with it (a byline)
    assert split_line("本 报 记 者 王明", 10, cut_runs=True) == ["本 报 记 者 王明"]


def test_stray_spaces_keep_spaced_runs_with_their_words() -> None:
    # random spaces inside words: single characters stand alone on most lines
    stray = [
        Line(i + 1, t)
        for i, t in enumerate(
            [
                "广 东消防发 布 消息 称",
                "在 抓 紧 完成最后的扫尾",
                "工 人日夜赶 工",
                "大 桥九 月可望竣 工",
            ]
        )
    ]
    assert stray_spaces(stray)
    assert len({s.number for s in segment_lines(stray, 10)}) == 4
    assert [s.text for s in segment_lines(stray, 10) if s.number == 2] == [
        "在 抓 紧 完成最后的扫尾"
    ]
    clean = [Line(1, "番 禺 居 民 楼 深 夜 失 火"), Line(2, "小区居民在夜里 节 日 快 乐 !")]
    assert not stray_spaces(clean)
    assert [s.text for s in segment_lines(clean, 10)][1:] == ["小区居民在夜里", "节 日 快 乐 !"]


def test_a_mark_hanging_past_the_column_leaves_its_line_as_full_as_the_column() -> None:
    # one line a box, two columns in turn: …3亿| 元，…老街、 is one column although the
    # second line, its 、 hung past the column's end, measures a cell wider than the column
    # and the first (narrow digits) a bit less than it
    a = ["今年全市财政共安排了", "城区改造专项资金3亿", "元，其中七成用于老街、", "小区和背街的路面修缮。"]
    b = ["医院门诊大厅里，几位", "护士耐心地为病人指引", "方向，大厅秩序井然，", "病人们都很满意。"]
    text = "\n\n".join(x for row in zip(a, b, strict=True) for x in row) + "\n"
    got = streams(text)
    assert "".join(a) in got
    assert "".join(b) in got


def test_a_line_a_link_skipped_goes_back_between_the_two_it_stands_between() -> None:
    # 0 -> 2 was taken first (its join reads on best), leaving 1, printed between them, with
    # no link at all; 0 -> 1 -> 2 reads on as well, so 1 is the line the link skipped
    scored = {(0, 1): 0.96, (1, 2): 1.1, (0, 2): 1.9, (3, 4): 1.2}
    succ = columns._match(scored, 5)
    assert succ == [2, -1, -1, 4, -1]
    has_pred = [False, False, True, False, True]
    columns._insert_strays(scored, succ, has_pred)
    assert succ == [1, 2, -1, 4, -1]
    assert has_pred == [False, True, True, False, True]
    # a segment that has a link of its own stays where it is
    scored[(1, 3)] = 1.0
    succ, has_pred = [2, 3, -1, -1, -1], [False, False, True, True, False]
    columns._insert_strays(scored, succ, has_pred)
    assert succ == [2, 3, -1, -1, -1]


def test_a_number_cut_at_a_line_end_reads_on_into_its_digits_or_its_unit() -> None:
    bi, tri = _no_stats()
    lex: frozenset[str] = frozenset()
    assert columns.join_score("工程于2021", "年开工建设", bi, tri, lex) == 1.0
    assert columns.join_score("共拆除违建40", "余处，新建", bi, tri, lex) == 1.0
    assert columns.join_score("收购中晚稻9.", "6万吨。", bi, tri, lex) == 1.0
    # a line of another column that starts with a word of its own: no evidence
    assert columns.join_score("共拆除违建40", "市民纷纷表示", bi, tri, lex) == 0.0


def test_a_dateline_cut_before_its_last_word_goes_on_where_that_word_opens_a_line() -> None:
    # pdftotext mixed two columns line by line; the dateline's 电 opens the line after the
    # next, and the line right under the cut reads on as well by its width; but a dateline
    # goes on with 电, 讯 or 消息 and nothing else, whatever spaces its credits hold
    bi, tri = _no_stats()
    lex: frozenset[str] = frozenset()
    text = "新华社北京9月11日\n今年以来，多地把职\n电（记者 龚雪宁、蓝启\n江门消息 12月14日\n"
    segs = segment_lines(split_lines(text), 11)
    assert [columns.seg_text(s) for s in segs][:2] == ["新华社北京9月11日", "今年以来，多地把职"]
    assert columns.link_score(segs[0], segs[1], 1, 11, bi, tri, lex, True, False) == 0.0
    assert columns.link_score(segs[0], segs[2], 2, 11, bi, tri, lex, True, False) > 1.5
    segs = segment_lines(split_lines("中国台湾网12月21日\n江门消息 12月14日\n"), 11)
    assert columns.link_score(segs[0], segs[1], 1, 11, bi, tri, lex, False, False) > 1.5
    # a date ending a body line is no dateline: it may go on into any line
    segs = segment_lines(split_lines("工程将于9月11日\n竣工验收，届时\n"), 11)
    assert columns.link_score(segs[0], segs[1], 1, 11, bi, tri, lex, False, False) > 0.0
    # cut before the day's 日, it goes on only where 日 and the rest open a line; and no
    # column goes on into a dateline
    text = "保障。在跨境投资上，\n中国台湾网12月21\n可在外汇结算、商事登\n日江门消息 12月14日，\n"
    body, cut, other, rest = segment_lines(split_lines(text), 11)
    assert columns.link_score(cut, rest, 2, 11, bi, tri, lex, True, False) > 1.5
    assert columns.link_score(cut, other, 1, 11, bi, tri, lex, True, False) == 0.0
    assert columns.link_score(body, cut, 1, 11, bi, tri, lex, True, False) == 0.0
    # a lead's text cut before 日 is no dateline (本报讯 截至10月18|日，…)
    lead, after = segment_lines(split_lines("本报讯 截至10月18\n日，全市已收购\n"), 11)
    assert columns.link_score(lead, after, 1, 11, bi, tri, lex, False, False) > 0.0


def test_a_stray_space_in_a_full_body_line_does_not_make_it_a_headline() -> None:
    # on a page with few spaced lines a spaced line is a headline or byline and links to
    # no body line; a full, punctuated line with one space between two Han characters is a
    # body line the extractor left a space in
    bi, tri = _no_stats()
    lex: frozenset[str] = frozenset()
    text = "近日，为纵深推进“百千\n万工程”，按照义工 联\n清洁四大行动的工作部署\n"
    a, b, c = segment_lines(split_lines(text), 11)
    assert columns.link_score(a, b, 1, 11, bi, tri, lex, True, False) > 0.0
    assert columns.link_score(b, c, 1, 11, bi, tri, lex, True, False) > 0.0
    # a headline and a byline keep their spaces
    for spaced in ("聚 众 智", "记者 张婉仪 通讯员 伍嘉欣"):
        (seg,) = segment_lines(split_lines(spaced + "\n"), 11)
        assert columns.link_score(seg, c, 1, 11, bi, tri, lex, True, False) == 0.0, spaced


def test_credits_closing_before_a_leads_text_are_spaced_only_inside_their_brackets() -> None:
    # 渊 实习生/闵悦）记者近 | 日从市城管局获悉: the spaces are the credit's, the line goes on
    # as the lead's text; and the spaced credit line above still goes on into it
    bi, tri = _no_stats()
    lex: frozenset[str] = frozenset()
    text = "图 记者/张婉仪 通讯员/\n伍嘉欣） 近日，为纵深推\n进“百千万工程”，按照\n"
    credit, closing, body = segment_lines(split_lines(text), 11)
    assert columns.link_score(closing, body, 1, 11, bi, tri, lex, True, False) > 0.0
    assert columns.link_score(credit, closing, 1, 11, bi, tri, lex, True, False) > 0.0
    # a whole credit in brackets, or none closing first, leaves a spaced line spaced
    for spaced in ("（记者 王平 李明）", "记者 王平） 李明 摄"):
        (seg,) = segment_lines(split_lines(spaced + "\n"), 11)
        assert columns.link_score(seg, body, 1, 11, bi, tri, lex, True, False) == 0.0, spaced


def test_a_bracket_left_open_goes_on_where_the_next_line_closes_it() -> None:
    # 本报讯（通讯员 林 | 启航 记者 戴明远）记者6: the closing line beats an unrelated body line
    # nearer to it (pdfminer: each printed line a box of its own, columns in turn)
    bi, tri = _no_stats()
    lex: frozenset[str] = frozenset()
    text = "本报讯（通讯员 林\n\n调整后，12路延伸至\n\n启航 记者 戴明远）记者6\n"
    lead, other, closing = segment_lines(split_lines(text), 11)
    closes = columns.link_score(lead, closing, 2, 11, bi, tri, lex, True, False)
    # by as much as a word across the join would give
    assert closes > columns.link_score(lead, other, 1, 11, bi, tri, lex, True, False) + 0.5


def test_on_a_page_with_stray_spaces_a_body_wide_line_is_a_body_line_punctuated_or_not() -> None:
    # three full lines with one stray space and a comma tell the extractor leaves spaces
    # here; then 城区改造专项 资金三亿, body-wide with no mark, is a body line too; a byline
    # wider than the column, a letter-spaced headline and a date before its weekday keep
    # their spaces (a byline of body width does not: telling it by its role words scored
    # lower on the degraded fixture pages)
    body = [
        "今年全市财政共安 排了", "城区改造专项 资金三亿", "元，其中七成 用于老街", "小区和背街的路 面修缮，",
        "余下的用于 新建公园，",
    ]
    kept = ["本报记者 李明 通讯员 王芳", "聚 众 智 献 良 策", "2024年9月2日 星期一"]
    segs = segment_lines(split_lines("\n".join(body + kept) + "\n"), 10)
    sides = columns._unspace_strays([columns._side(s, 0.0, 10) for s in segs], 10)
    assert [t.spaced for t in sides] == [False] * len(body) + [True] * len(kept)
    # with only two such lines nothing tells the spaces are stray: the unpunctuated line
    # keeps its mark
    segs = segment_lines(split_lines("\n".join(body[:4]) + "\n"), 10)
    sides = columns._unspace_strays([columns._side(s, 0.0, 10) for s in segs], 10)
    assert [t.spaced for t in sides] == [True, True, False, False]


def test_letter_spaced_headline_and_a_line_of_spaced_words_stay_apart() -> None:
    kicker = seg(1, "对门着了火 醉汉仍酣睡")
    title = seg(3, "番 禺 居 民 楼 深 夜 失 火")
    rest = seg(4, "名 被 困 群 众 获 救")
    assert link_score(kicker, title, 2, 10, *_no_stats(), spaced_apart=True) == 0.0
    # the letter-spaced title's own wrap still goes on
    assert link_score(title, rest, 1, 10, *_no_stats(), spaced_apart=True) > 0.0
