"""classify's recognisers, one behaviour per test, with negative examples."""

from __future__ import annotations

import dataclasses

import pytest

import newsclean
from newsclean import Credit, Kind, RawBlock, classify
from newsclean.classify import (
    is_jump,
    jump_direction,
    line_role,
    looks_like_byline,
    looks_like_caption,
    looks_like_furniture,
    looks_like_headline,
    normalize_headline,
    parse_credit_lead,
    parse_credits,
    parse_lead,
    split_names,
    split_subtitle,
    split_trailing_credit,
)


def _same(s: str) -> str:
    return s


# ----------------------------------------------------------------------------- parse_lead
def test_parse_lead_paper_dateline_with_bracketed_credits() -> None:
    lead = parse_lead("江门日报讯（记者/何榕 见习记者/郑凯瑜）7月15日，区委书记主持召开会议。")
    assert lead is not None
    assert lead.dateline == "江门日报讯"
    assert lead.credits == (Credit("记者", "何榕"), Credit("见习记者", "郑凯瑜"))
    assert lead.rest == "7月15日，区委书记主持召开会议。"


@pytest.mark.parametrize(
    ("text", "credits", "rest"),
    [
        # loose names up to a space, then more names up to 报道：
        ("本报讯 记者黎晓文 通讯员伍教宣报道：记者近日获悉", [("记者", "黎晓文"), ("通讯员", "伍教宣")], "记者近日获悉"),
        # the lead's box ends after the names (the rest of the lead is in the next box)
        ("本报讯 记者黎晓文", [("记者", "黎晓文")], ""),
        # a word after 记者 that is no name stays in the text
        ("本报讯 记者节当天，市民", [], "记者节当天，市民"),
    ],
)
def test_parse_lead_unbracketed_credits(text: str, credits: list[tuple[str, str]], rest: str) -> None:
    lead = parse_lead(text, text)
    assert lead is not None
    assert [(c.role, c.name) for c in lead.credits] == credits
    assert lead.rest == rest


def test_parse_lead_organisation_as_correspondent() -> None:
    lead = parse_lead("江门日报讯（记者/陈婵 通讯员/区政协）为深入贯彻落实。")
    assert lead is not None
    assert lead.credits == (Credit("记者", "陈婵"), Credit("通讯员", "区政协"))
    assert lead.rest == "为深入贯彻落实。"


def test_parse_lead_ascii_brackets() -> None:
    lead = parse_lead("江门日报讯(记者/李雨溪)近日,区委书记到外海检查。")
    assert lead is not None
    assert lead.dateline == "江门日报讯"
    assert [c.name for c in lead.credits] == ["李雨溪"]
    assert lead.rest.startswith("近日")


def test_parse_lead_benbao() -> None:
    lead = parse_lead("本报讯（记者 李明）昨天，会议召开。")
    assert lead is not None
    assert (lead.dateline, lead.credits, lead.rest) == (
        "本报讯",
        (Credit("记者", "李明"),),
        "昨天，会议召开。",
    )


def test_parse_lead_benbao_without_credits() -> None:
    lead = parse_lead("本报讯 昨天，会议召开。")
    assert lead is not None
    assert (lead.dateline, lead.credits, lead.rest) == ("本报讯", (), "昨天，会议召开。")


def test_parse_lead_xinhua_agency_dateline() -> None:
    lead = parse_lead("新华社北京7月15日电 记者从有关部门获悉，会议召开。")
    assert lead is not None
    assert lead.dateline == "新华社北京7月15日电"
    assert lead.credits == ()
    assert lead.rest == "记者从有关部门获悉，会议召开。"


def test_parse_lead_xinhua_with_bracketed_reporter() -> None:
    lead = parse_lead("新华社北京7月15日电（记者王明）记者从有关部门获悉。")
    assert lead is not None
    assert lead.dateline == "新华社北京7月15日电"
    assert [c.name for c in lead.credits] == ["王明"]


def test_parse_lead_cna_reporter_inside_dateline() -> None:
    lead = parse_lead("中央社記者蔡佩珊台北10日電 立法院今天三讀通過修正案。")
    assert lead is not None
    assert lead.dateline == "中央社記者蔡佩珊台北10日電"
    assert lead.credits == (Credit("記者", "蔡佩珊"),)
    assert lead.rest == "立法院今天三讀通過修正案。"


def test_parse_lead_bracketed_liberty_times_dateline() -> None:
    lead = parse_lead("〔即時新聞/綜合報導〕中央氣象署今天表示，午後有雨。")
    assert lead is not None
    assert lead.dateline == "即時新聞/綜合報導"
    assert lead.rest == "中央氣象署今天表示，午後有雨。"


def test_parse_lead_loose_credits_after_dateline() -> None:
    lead = parse_lead("南方日报讯 记者 王明 通讯员 李华 日前，会议召开。")
    assert lead is not None
    assert lead.credits == (Credit("记者", "王明"), Credit("通讯员", "李华"))
    assert lead.rest == "日前，会议召开。"


@pytest.mark.parametrize(
    "text",
    [
        "区委书记聂加伟主持召开会议。",
        "记者从有关部门获悉，会议召开。",
        "聂加伟指出，在市委、市政府的坚强领导下。",
        "",
        "（上接第1版）",
    ],
)
def test_parse_lead_none_for_plain_body(text: str) -> None:
    assert parse_lead(text) is None


def test_parse_lead_keeps_later_brackets_in_the_text() -> None:
    lead = parse_lead("江门日报讯（记者/陈婵）共募集捐款24.41万元（其中网络捐款525人次）。")
    assert lead is not None
    assert lead.rest == "共募集捐款24.41万元（其中网络捐款525人次）。"


# ----------------------------------------------------------------------------- credits
def test_parse_credits_role_slash_name_pairs() -> None:
    assert parse_credits("记者/何榕 见习记者/郑凯瑜") == (
        Credit("记者", "何榕"),
        Credit("见习记者", "郑凯瑜"),
    )


def test_parse_credits_through_stray_spaces() -> None:
    # pages with random spaces between Han characters cut roles and names too
    assert parse_credits("记 者 李明 通 讯员 张华") == (
        Credit("记者", "李明"),
        Credit("通讯员", "张华"),
    )
    # no name has one character: one cut off by a space goes with the name beside it
    assert [c.name for c in parse_credits("文/江门日报小记者 黄欣妍 区雅 琳 何 宇轩")] == [
        "黄欣妍",
        "区雅琳",
        "何宇轩",
    ]
    # names set apart by other marks, or long enough, stay apart
    assert [c.name for c in parse_credits("记者 李明、王 芳")] == ["李明", "王芳"]
    assert [c.name for c in parse_credits("记者 欧阳明 王芳")] == ["欧阳明", "王芳"]


def test_parse_credits_drops_organisation_before_role() -> None:
    assert parse_credits("□文/图 江门日报记者 蔡昭璐") == (Credit("记者", "蔡昭璐"),)


def test_parse_credits_names_printed_without_separator() -> None:
    assert parse_credits("全媒体记者黎嘉恒通讯员消宣") == (
        Credit("记者", "黎嘉恒"),
        Credit("通讯员", "消宣"),
    )


def test_parse_credits_two_names_under_one_role() -> None:
    assert parse_credits("记者 林慧玲周航") == (Credit("记者", "林慧玲"), Credit("记者", "周航"))


def test_parse_credits_benbao_prefix_removed_from_role() -> None:
    assert parse_credits("本报记者 李明") == (Credit("记者", "李明"),)


def test_parse_credits_text_and_photo_roles() -> None:
    assert parse_credits("文/张三 图/李四") == (Credit("记者", "张三"), Credit("摄影", "李四"))


def test_parse_credits_what_each_did_after_the_name() -> None:
    # 李明/文 王芳/图: the 文 and 图 after a slash say what each did; they are nobody's names,
    # and they map as 文/李明 图/王芳 do: the photographer is 摄影
    assert parse_credits("记者 李明/文 王芳/图") == (Credit("记者", "李明"), Credit("摄影", "王芳"))
    assert parse_credits("李明/文 王芳/圖") == (Credit("记者", "李明"), Credit("摄影", "王芳"))
    assert looks_like_byline("李明/文 王芳/图")


def test_parse_credits_no_reporter_named_by_a_run_of_text() -> None:
    # two columns mixed on one line run a name into the other column's words; an organisation
    # may still be a correspondent
    assert parse_credits("记者 周晓夜间照明同步升级岚 通讯员 韩子墨") == (Credit("通讯员", "韩子墨"),)
    assert parse_credits("通讯员 江门市公安局") == (Credit("通讯员", "江门市公安局"),)
    assert parse_credits("记者 欧阳明月") == (Credit("记者", "欧阳明月"),)


def test_parse_credits_empty() -> None:
    assert parse_credits("") == ()


def test_split_names_by_surname() -> None:
    assert split_names("林慧玲周航") == ["林慧玲", "周航"]


def test_split_names_by_separators() -> None:
    assert split_names("黄欣妍 周若溪、区政协") == ["黄欣妍", "周若溪", "区政协"]
    assert split_names("王明，李华") == ["王明", "李华"]


@pytest.mark.parametrize("name", ["聂加伟", "区政协", "欧阳娜娜", "何榕"])
def test_split_names_keeps_a_single_name(name: str) -> None:
    assert split_names(name) == [name]


def test_split_names_ignores_empty_parts() -> None:
    assert split_names("  、 ") == []


# ----------------------------------------------------------------------------- bylines
@pytest.mark.parametrize(
    "text",
    [
        "通讯员 吴慧敏",
        "□文/图 江门日报记者 蔡昭璐",
        "记者 李明 通讯员 王华",
        "本报记者 李明",
        "摄影：王明",
    ],
)
def test_looks_like_byline_credit_lines(text: str) -> None:
    assert looks_like_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "通讯员吴慧敏说，要做好工作。",
        "区领导检查疫情防控工作",
        "记者从有关部门获悉",
        "2小时内火速集结",
        "",
    ],
)
def test_looks_like_byline_rejects_body_and_headlines(text: str) -> None:
    assert not looks_like_byline(text)


def test_looks_like_byline_rejects_press_conference() -> None:
    assert not looks_like_byline("记者会在北京举行")


# ----------------------------------------------------------------------------- captions
@pytest.mark.parametrize(
    "text",
    [
        "推介会活动现场。受访供图",
        "图为志愿者在派发物资。",
        "志愿者在派发物资。 记者 李明 摄",
        "▲志愿者在派发物资。",
        "志愿者在派发物资。资料图片",
    ],
)
def test_looks_like_caption_caption_markers(text: str) -> None:
    assert looks_like_caption(text)


@pytest.mark.parametrize(
    "text",
    ["会议指出，要做好工作。", "区领导检查疫情防控工作", "摄影家协会会员深入抗疫一线。", ""],
)
def test_looks_like_caption_rejects_body(text: str) -> None:
    assert not looks_like_caption(text)


def test_looks_like_caption_rejects_long_text() -> None:
    assert not looks_like_caption("图为" + "志愿者在派发物资，" * 30 + "。")


# ----------------------------------------------------------------------------- furniture
@pytest.mark.parametrize(
    "text",
    [
        "责任编辑：谭健",
        "编辑/王芳",
        "江门日报",
        "A05",
        "第3版",
        "江门日报 2022年7月16日 星期六 A2 江海新闻",
        "版面编辑：闵楚涵 校对：沙立新",
    ],
)
def test_looks_like_furniture_headers_and_footers(text: str) -> None:
    assert looks_like_furniture(text)


def test_looks_like_furniture_date_page_and_bare_section() -> None:
    assert looks_like_furniture("2025年9月28日 星期日 A09 綜合")


@pytest.mark.parametrize(
    "text",
    [
        "区委书记聂加伟主持召开会议。",
        "疫情防控",
        "7月15日，区委书记",
        "2小时内火速集结",
        "巾帼不让须眉",
    ],
)
def test_looks_like_furniture_rejects_text(text: str) -> None:
    assert not looks_like_furniture(text)


# ----------------------------------------------------------------------------- jumps
@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("（上接第1版）", "from"),
        ("(上接A1版)", "from"),
        ("（下转A4版）", "to"),
        ("（转第3版）", "to"),
        ("（下转A4版头条）", "to"),
        # on a line of their own: without brackets, after a mark, 紧接 for "continued from"
        ("下转第4版", "to"),
        ("◆下转A4版", "to"),
        ("上接A1版", "from"),
        ("（紧接A1版）", "from"),
        ("緊接第1版", "from"),
    ],
)
def test_is_jump_whole_line_notes(text: str, direction: str) -> None:
    assert is_jump(text)
    assert jump_direction(text) == direction


@pytest.mark.parametrize(
    "text",
    [
        "（上接第1版）据介绍",
        "（记者 李明）",
        "（其中网络捐款525人次）",
        "",
        "下转第4版的报道",
        "转载自第4版的文章，以下为全文。",
    ],
)
def test_is_jump_rejects_non_notes(text: str) -> None:
    assert not is_jump(text)


def test_is_jump_chinese_numeral_page() -> None:
    assert is_jump("（上接第一版）")


# ----------------------------------------------------------------------------- headlines
def test_split_subtitle_double_dash() -> None:
    assert split_subtitle("分秒必争抢抓“黄金24小时” ——致敬与病毒赛跑的流调人") == (
        "分秒必争抢抓“黄金24小时”",
        "致敬与病毒赛跑的流调人",
    )


@pytest.mark.parametrize("text", ["区领导检查疫情防控工作", "——致敬", "气温-5℃", "COVID-19疫情"])
def test_split_subtitle_none_without_a_dash_between(text: str) -> None:
    assert split_subtitle(text) == (text, None)


def test_split_subtitle_keeps_time_range() -> None:
    assert split_subtitle("展馆9:00—17:00开放") == ("展馆9:00—17:00开放", None)


def test_normalize_headline_closes_letter_spacing() -> None:
    assert normalize_headline("稻 菽 飘 香", _same) == "稻菽飘香"


def test_normalize_headline_keeps_one_space_between_parts() -> None:
    assert normalize_headline("艺 术 节   送 戏 下 乡", _same) == "艺术节 送戏下乡"
    assert normalize_headline("疫情防控\u3000人人有责", _same) == "疫情防控 人人有责"


def test_normalize_headline_keeps_single_space_of_two_part_title() -> None:
    assert normalize_headline("对门着了火 醉汉仍酣睡", _same) == "对门着了火 醉汉仍酣睡"


def test_normalize_headline_strips_and_empties() -> None:
    assert normalize_headline("  标题  ", _same) == "标题"
    assert normalize_headline("", _same) == ""


def test_normalize_headline_applies_normalizer_to_parts() -> None:
    assert normalize_headline("区委常委会会议召开,研究部署", lambda s: s.replace(",", "，")) == (
        "区委常委会会议召开，研究部署"
    )


def test_looks_like_headline_short_phrase() -> None:
    assert looks_like_headline("2小时内火速集结")


@pytest.mark.parametrize(
    "text", ["他说：“好。”", "疫情控制的“最强", "全省、全市、全区", "", "一" * 60]
)
def test_looks_like_headline_rejects_sentences_and_fragments(text: str) -> None:
    assert not looks_like_headline(text)


# ----------------------------------------------------------------------------- trailing credit
def test_split_trailing_credit_bare_names() -> None:
    text, credits = split_trailing_credit("会议结束。（马澜、杨成）")
    assert text == "会议结束。"
    assert [c.name for c in credits] == ["马澜", "杨成"]


def test_split_trailing_credit_with_roles() -> None:
    text, credits = split_trailing_credit("会议结束。（本报记者 李明 通讯员 王华）")
    assert text == "会议结束。"
    assert credits == (Credit("记者", "李明"), Credit("通讯员", "王华"))


@pytest.mark.parametrize(
    "text",
    [
        "共募集24.41万元（其中网络捐款525人次）",
        "会议结束。（完）",
        "（马澜）",
        "他来自广州市（今年5月）。",
        "区慈善会共募集捐款（含网络捐款）",
    ],
)
def test_split_trailing_credit_leaves_other_brackets(text: str) -> None:
    assert split_trailing_credit(text) == (text, ())


# ----------------------------------------------------------------------------- classify
def _blocks(*texts: str) -> list[RawBlock]:
    return [RawBlock(t, (i + 1, i + 1)) for i, t in enumerate(texts)]


def _kinds(*texts: str) -> list[Kind]:
    return [b.kind for b in classify(_blocks(*texts))]


def test_classify_kinds_of_a_small_page() -> None:
    kinds = _kinds(
        "江门日报 2022年7月16日 星期六 A2 江海新闻",
        "区领导检查疫情防控工作",
        "本报讯（记者 李明）昨天，会议召开。",
        "巾帼不让须眉",
        "流调“跑”得快，才能打得赢。",
        "（下转A4版）",
        "责任编辑：谭健",
    )
    assert kinds == [
        Kind.FURNITURE,
        Kind.TITLE,
        Kind.PARAGRAPH,
        Kind.INTERTITLE,
        Kind.PARAGRAPH,
        Kind.JUMP,
        Kind.FURNITURE,
    ]


def test_classify_byline_after_headline() -> None:
    kinds = _kinds("分秒必争抢抓“黄金24小时”", "通讯员 吴慧敏", "火速集结，争分夺秒！")
    assert kinds == [Kind.TITLE, Kind.BYLINE, Kind.PARAGRAPH]


def test_classify_returns_new_blocks() -> None:
    blocks = _blocks("标题在此", "本报讯 昨天，会议召开。")
    out = classify(blocks)
    assert blocks[0].kind is Kind.PARAGRAPH  # inputs untouched
    assert out[0].kind is Kind.TITLE
    assert classify([]) == ()


def test_classify_section_name_between_header_lines_is_furniture() -> None:
    out = classify(
        _blocks(
            "江门日报", "第7版", "社会", "推介会活动现场。受访供图", "区领导检查疫情防控工作",
            "本报讯（记者 李明）昨天，会议召开。",
        )
    )
    assert [b.kind for b in out][:3] == [Kind.FURNITURE] * 3


def test_classify_section_name_beside_a_header_mid_page_is_furniture() -> None:
    # pdfminer may give the page header between two articles' text: the section name over
    # its date line is furniture there too, but a short headline over its text is not
    out = classify(
        _blocks(
            "区领导检查疫情防控工作",
            "本报讯（记者 李明）昨天，会议召开。会上通报了近期工作。",
            "社会",
            "2024年9月2日 星期一",
            "第2版",
            "促发展",
            "本报讯（记者 王芳）昨天，座谈会召开。与会者交流了经验。",
        )
    )
    assert [b.kind for b in out] == [
        Kind.TITLE,
        Kind.PARAGRAPH,
        Kind.FURNITURE,
        Kind.FURNITURE,
        Kind.FURNITURE,
        Kind.TITLE,
        Kind.PARAGRAPH,
    ]


def test_classify_wide_block_of_sentences_is_a_caption() -> None:
    wide = RawBlock("在小学一带，家长志愿服务队以“大手拉小手”方式清洁巡查。", (3, 4), wide=True)
    narrow = RawBlock(wide.text, (3, 4))
    head = RawBlock("区领导检查疫情防控工作", (1, 1))
    lead = RawBlock("本报讯（记者 李明）昨天，会议召开。", (2, 2))
    assert classify([head, lead, wide])[2].kind is Kind.CAPTION
    assert classify([head, lead, narrow])[2].kind is Kind.PARAGRAPH


def test_classify_wide_headline_is_never_an_intertitle() -> None:
    blocks = [
        RawBlock("区领导检查疫情防控工作", (1, 1)),
        RawBlock("本报讯（记者 李明）昨天，会议召开。", (2, 2)),
        RawBlock("三个离不开道出兄弟情", (3, 3)),
        RawBlock("合作？今后两地将如何解决民生问题。", (4, 4)),
    ]
    assert classify(blocks)[2].kind is Kind.INTERTITLE
    blocks[2] = RawBlock("三个离不开道出兄弟情", (3, 3), wide=True)
    assert classify(blocks)[2].kind is Kind.TITLE


def test_classify_headline_over_a_picture() -> None:
    kinds = _kinds(
        "区领导检查疫情防控工作",
        "本报讯（记者 李明）昨天，会议召开。",
        "我们的伟大祖国",
        "访问团日前深入山区村寨。图为团员看望烈士家属。",
        "会议还强调，要压实责任。",
    )
    assert kinds[2:4] == [Kind.TITLE, Kind.CAPTION]


def test_split_trailing_credit_bare_name_after_a_space_as_printed() -> None:
    text, credits = split_trailing_credit("敬请关注。乔岩", raw="敬请关注。 乔岩")
    assert (text, [c.name for c in credits]) == ("敬请关注。", ["乔岩"])
    # without the printed space the last characters are text, not a name
    assert split_trailing_credit("敬请关注。乔岩", raw="敬请关注。乔岩")[1] == ()


def test_classify_speaker_label_and_its_heading_are_intertitles() -> None:
    kinds = _kinds(
        "聚众智 献良策 促发展",
        "本报讯（记者 李明）昨天，市政协举行大会发言。",
        "民革市委会代表李明：",
        "对标一流塑造营商环境",
        "眼下，各地在营商环境上的较量已不再局限于政策。",
    )
    assert kinds[2:4] == [Kind.INTERTITLE, Kind.INTERTITLE]


def test_classify_first_half_of_a_word_cut_across_a_caption_is_body() -> None:
    blocks = _blocks(
        "台日关系协会副秘书长林郁慧在上午的外",
        "林郁慧现任协会副秘书长。（本报档案照片）",
        "交部例行记者会上指出，台湾与日本比邻而居。",
    )
    blocks[0] = RawBlock(blocks[0].text, (1, 1), open_end=True)
    assert [b.kind for b in classify(blocks)] == [Kind.PARAGRAPH, Kind.CAPTION, Kind.PARAGRAPH]
    # a lead starts text of its own even if two characters across happen to make a word
    head = _blocks("架钢轨铺桥面工人日夜赶工", "本报讯 据长江日报消息：大桥工地上，建设者正在扫尾。")
    head[0] = RawBlock(head[0].text, (1, 1), open_end=True)
    assert classify(head)[0].kind is Kind.TITLE


def test_classify_heading_under_a_continued_from_note_is_a_title() -> None:
    kinds = _kinds(
        "区领导检查疫情防控工作",
        "本报讯（记者 李明）昨天，会议召开。",
        "（上接A01版）",
        "三个离不开道出兄弟情",
        "合作？今后两地将如何解决民生问题。",
    )
    assert kinds[2:4] == [Kind.JUMP, Kind.TITLE]


def test_classify_clause_cut_at_a_box_end_is_body() -> None:
    blocks = [
        RawBlock("一位老人死死抱住路灯杆等待救援，消防员在", (1, 2), open_end=True),
        RawBlock("激流中架起“生命绳”，把老人送到安全的地方。", (4, 6), open_start=True),
    ]
    assert [b.kind for b in classify(blocks)] == [Kind.PARAGRAPH, Kind.PARAGRAPH]
    # the same heading before a paragraph that starts afresh stays a heading
    blocks[1] = RawBlock("近日，消防员在激流中架起“生命绳”，把老人送到安全的地方。", (4, 6), open_start=True)
    assert classify(blocks)[0].kind is not Kind.PARAGRAPH


def test_normalize_headline_letter_spaced_digits_close_up_on_a_scattered_page() -> None:
    assert normalize_headline("番 禺 居 民 楼 失 火 1 5 名 获 救", _same, stray_spaces=True) == "番禺居民楼失火15名获救"


def test_parse_lead_dateline_via_an_agency() -> None:
    lead = parse_lead("据新华社北京7月15日电（记者 李明）国家统计局今天发布数据。")
    assert lead is not None
    assert (lead.dateline, lead.credits, lead.rest) == (
        "据新华社北京7月15日电",
        (Credit("记者", "李明"),),
        "国家统计局今天发布数据。",
    )
    assert parse_lead("據中央社台北10日電 行政院今天表示。").dateline == "據中央社台北10日電"
    # "according to a report" in a sentence is no dateline
    assert parse_lead("据新华社报道，国家统计局今天发布数据。") is None


def test_line_ending_in_a_verb_of_saying_and_a_colon_is_no_intertitle() -> None:
    def blk(text: str, line: int) -> RawBlock:
        return RawBlock(text, (line, line), Kind.PARAGRAPH, open_end=True)

    got = classify(
        [
            blk("渔港早市昨日重新开张，四十多个摊位整齐排列。", 1),
            blk("老摊商陈阿娇笑着说：", 2),
            blk("“地方干净了，客人也多了。”", 3),
            blk("民革江门市委会代表容国栋：", 4),
            blk("眼下，各地在营商环境上的较量已不再局限于拼政策优惠。", 5),
        ]
    )
    assert [b.kind for b in got] == [
        Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.INTERTITLE, Kind.PARAGRAPH
    ]


def test_short_line_ending_in_a_one_character_clause_is_a_cut_paragraph() -> None:
    got = classify(
        [
            RawBlock("两条公交线路今起调整", (1, 1), Kind.PARAGRAPH),
            RawBlock("记者从市公交集团获悉，两条线路自6月3日起调整走向。", (2, 2), Kind.PARAGRAPH),
            RawBlock("市公交集团提醒，乘", (3, 3), Kind.PARAGRAPH),
            RawBlock("客可通过小程序查询车辆实时位置。", (5, 5), Kind.PARAGRAPH),
        ]
    )
    assert got[2].kind is Kind.PARAGRAPH
    assert got[2].open_end  # its sentence goes on in the next block


@pytest.mark.parametrize(
    ("raw", "dateline", "credits", "rest"),
    [
        # credits set apart by spaces only: the normalized text has closed the spaces
        (
            "南方日报讯 记者/李明 通讯员/张华 近日，广州市举行活动。",
            "南方日报讯",
            [("记者", "李明"), ("通讯员", "张华")],
            "近日，",
        ),
        (
            "本报讯 记者 李明 通讯员 张华 近日，广州市举行活动。",
            "本报讯",
            [("记者", "李明"), ("通讯员", "张华")],
            "近日，",
        ),
        # … 报道：
        (
            "羊城晚报讯 记者李明、通讯员张华报道：近日，广州市举行活动。",
            "羊城晚报讯",
            [("记者", "李明"), ("通讯员", "张华")],
            "近日，",
        ),
        ("本报讯 记者李明报道：近日，广州市举行活动。", "本报讯", [("记者", "李明")], "近日，"),
        # a reporter who is the subject of the sentence is no credit
        ("本报讯 记者从市公安局获悉，近日破获一起案件。", "本报讯", [], "记者从市"),
    ],
)
def test_parse_lead_reads_credits_printed_without_brackets(
    raw: str, dateline: str, credits: list[tuple[str, str]], rest: str
) -> None:
    from newsclean import normalize

    lead = parse_lead(normalize(raw), raw)
    assert lead is not None
    assert lead.dateline == dateline
    assert [(c.role, c.name) for c in lead.credits] == credits
    assert lead.rest.startswith(rest)


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("本报驻广州记者 李明", [("记者", "李明")]),
        ("新华社驻香港记者 王小明 李华", [("记者", "王小明"), ("记者", "李华")]),
        ("（本报记者 马澜）", [("记者", "马澜")]),
        ("（记者 马澜 通讯员 杨成）", [("记者", "马澜"), ("通讯员", "杨成")]),
        ("记者 马澜 摄", [("记者", "马澜")]),
    ],
)
def test_byline_forms(text: str, credits: list[tuple[str, str]]) -> None:
    assert looks_like_byline(text)
    assert [(c.role, c.name) for c in parse_credits(text)] == credits


@pytest.mark.parametrize("text", ["台湾真晨报驻粤记者来江门交流", "台湾真晨报驻粤记者来访", "（上接第1版）"])
def test_headlines_about_reporters_are_no_bylines(text: str) -> None:
    assert not looks_like_byline(text)


def test_a_bracketed_credit_line_after_the_text_credits_the_article() -> None:
    page = (
        "区领导检查疫情防控工作\n\n"
        "近日，市区举行活动，各有关部门负责同志参加会议并就下一步工作作了具体部署和安排。\n\n"
        "（本报记者 马澜）\n"
    )
    doc = newsclean.parse(page)
    (a,) = doc.articles
    assert [(c.role, c.name) for c in a.credits] == [("记者", "马澜")]
    assert not doc.leftovers


def test_header_fields_and_editors_on_one_line_are_furniture() -> None:
    assert looks_like_furniture("A05 经济 责任编辑：何思远 美编：林青 校对：王华")
    assert looks_like_furniture("2024年6月3日 星期一 第5版 责任编辑 何思远")
    assert not looks_like_furniture("记者 李明 责任编辑：王五")  # a byline is no header field


def test_a_photo_credit_on_its_own_block_ends_the_caption_above_it() -> None:
    out = classify(
        _blocks(
            "城区新增三条公交线路",
            "本报讯（记者 马澜）近日，市区举行活动，各有关部门负责同志参加会议并作了部署。",
            "5月17日，市民在新贯通的滨河步道上散步。",
            "记者 孟凡舟 摄",
            "会议要求，各部门要落实责任，确保各项工作有序推进，切实把各项措施落到实处。",
        )
    )
    assert [(b.kind, b.text) for b in out][2:] == [
        (Kind.CAPTION, "5月17日，市民在新贯通的滨河步道上散步。记者 孟凡舟 摄"),
        (Kind.PARAGRAPH, "会议要求，各部门要落实责任，确保各项工作有序推进，切实把各项措施落到实处。"),
    ]


@pytest.mark.parametrize(
    ("raw", "dateline", "credits", "rest"),
    [
        ("央视网消息：近日，广州市举行活动。", "央视网消息", [], "近日，"),
        ("央视网消息（新闻联播）：近日，广州市举行活动。", "央视网消息（新闻联播）", [], "近日，"),
        ("新华网北京7月15日电（记者李明）近日，广州市举行活动。", "新华网北京7月15日电", [("记者", "李明")], "近日，"),
        ("〔記者王小明／台北報導〕行政院今天召開會議。", "記者王小明／台北報導", [("記者", "王小明")], "行政院"),
    ],
)
def test_parse_lead_more_dateline_forms(
    raw: str, dateline: str, credits: list[tuple[str, str]], rest: str
) -> None:
    from newsclean import normalize

    lead = parse_lead(normalize(raw), raw)
    assert lead is not None
    assert (lead.dateline, [(c.role, c.name) for c in lead.credits]) == (dateline, credits)
    assert lead.rest.startswith(rest)


@pytest.mark.parametrize("text", ["人民网消息称，近日广州市举行活动。", "据人民网消息，近日广州市举行活动。"])
def test_a_website_quoted_in_a_sentence_is_no_dateline(text: str) -> None:
    assert parse_lead(text) is None


@pytest.mark.parametrize(
    "text", ["据南方电网电力调度控制中心统计，用电量创新高。", "据互联网电商平台数据，销量大增。"]
)
def test_a_word_ending_in_wang_before_dian_is_no_agency(text: str) -> None:
    # 据…网 then 电力/电商: no dateline 据…电 (a site is an agency only before a date)
    assert parse_lead(text) is None
    assert parse_lead("据新华网7月15日电 近日，广州市举行活动。") is not None


def test_a_lead_naming_its_reporter_without_a_dateline() -> None:
    page = (
        "城区新增三条公交线路\n\n"
        "本报记者 李明 报道：近日，广州市举行活动，各有关部门负责同志参加会议并作了部署和安排。\n"
    )
    (a,) = newsclean.parse(page).articles
    assert (a.dateline, [(c.role, c.name) for c in a.credits]) == (None, [("记者", "李明")])
    assert a.blocks[0].text.startswith("近日，")


def test_a_short_last_paragraph_over_a_photo_credit_stays_text() -> None:
    # the credit under an article's last paragraph is a picture's somewhere: the paragraph
    # is the article's text, not the picture's caption
    out = classify(
        _blocks(
            "城区新增三条公交线路",
            "本报讯（记者 马澜）近日，市区举行活动，各有关部门负责同志参加会议并作了部署。",
            "会议要求，各部门要落实责任，确保各项工作有序推进，切实把各项措施落到实处。",
            "活动将持续到本月底。",
            "记者 孟凡舟 摄",
        )
    )
    assert out[3].kind is Kind.PARAGRAPH
    assert out[3].text == "活动将持续到本月底。"


@pytest.mark.parametrize("text", ["互联网消息：今天，会议召开。", "因特网消息：今天，会议召开。"])
def test_the_internet_is_no_news_site(text: str) -> None:
    assert parse_lead(text) is None


@pytest.mark.parametrize("text", ["记者近日报道：会议召开。", "记者调查报道：会议召开。", "记者们纷纷报道：会议召开。"])
def test_a_credit_lead_without_a_dateline_needs_names(text: str) -> None:
    assert parse_credit_lead(text) is None


def test_a_whole_sentence_between_the_halves_of_a_cut_paragraph_is_a_caption() -> None:
    # paragraph-per-line text: a picture cut the paragraph, and its caption bears no mark
    blocks = _blocks(
        "夏季果蔬供应充足价格平稳",
        "6月2日一早，城北农贸市场里人头攒动。摊主的摊位上摆满了刚从地里采摘的豇豆、苦瓜",
        "6月2日，市民在城北农贸市场选购时令蔬菜。",
        "和空心菜。他说，今年本地蔬菜上市比往年早了一周左右，最新鲜的菜不到中午就卖完了。",
    )
    blocks[1] = dataclasses.replace(blocks[1], open_end=True)  # as find_blocks marks it
    out = classify(blocks)
    assert [b.kind for b in out] == [Kind.TITLE, Kind.PARAGRAPH, Kind.CAPTION, Kind.PARAGRAPH]
    # the same page through parse: the halves are one paragraph, the caption apart
    page = "\n\n".join(b.text for b in blocks) + "\n"
    (a,) = newsclean.parse(page).articles
    assert [b.type.value for b in a.blocks] == ["paragraph", "caption"]


def test_a_plain_sentence_between_halves_is_a_caption_where_the_block_after_ends_the_cut_word() -> None:
    # 市民在… opens no way in particular (not 6月2日，…), but 次。 can only finish 轮换一|次
    def kinds(middle: str, rest: str) -> list[Kind]:
        blocks = _blocks("街头“口袋书屋”增至50个", "每个书屋藏书约300册，由图书馆每月轮换一", middle, rest)
        blocks[1] = dataclasses.replace(blocks[1], open_end=True)  # as find_blocks marks it
        return [b.kind for b in classify(blocks)]

    assert kinds("市民在东陵公园的“口袋书屋”挑选图书。", "次。")[2] is Kind.CAPTION
    # the sentence itself finishing the cut word is the paragraph's rest
    assert kinds("次性借阅的图书不超过五本。", "次。")[2] is Kind.PARAGRAPH
    # and where the block after starts as anything might, nothing tells
    assert kinds("市民在东陵公园的“口袋书屋”挑选图书。", "馆员每周巡查。")[2] is Kind.PARAGRAPH


def test_a_headline_like_half_cut_by_a_picture_under_an_intertitle_is_a_paragraph() -> None:
    # an intertitle over a paragraph that a picture cut before any full stop: the first half
    # reads like a long headline (a clause, no final mark), but after its caption the text
    # goes on in mid-sentence; the intertitle heads that paragraph, no new article starts
    blocks = _blocks(
        "三万亩高标准农田迎来春灌",
        "3月11日，一座座智能泵站正在为刚刚翻耕的田块输送灌溉用水，比去年提前了一周。",
        "节水又增产",
        "市农业农村局农田建设科科长滕晓峰介绍，智能泵站可根据土壤墒情自动",
        "3月11日，农户在南岗镇查看智能泵站运行情况。",
        "调节供水量，与传统漫灌相比，每亩可节水三成左右。",
    )
    blocks[3] = dataclasses.replace(blocks[3], open_end=True)  # as find_blocks marks it
    out = classify(blocks)
    assert [b.kind for b in out] == [
        Kind.TITLE, Kind.PARAGRAPH, Kind.INTERTITLE, Kind.PARAGRAPH, Kind.CAPTION, Kind.PARAGRAPH
    ]
    page = "\n\n".join(b.text for b in blocks) + "\n"
    (a,) = newsclean.parse(page).articles
    assert [b.type.value for b in a.blocks] == ["paragraph", "intertitle", "paragraph", "caption"]
    assert a.blocks[2].text.endswith("自动调节供水量，与传统漫灌相比，每亩可节水三成左右。")


def test_a_new_paragraph_after_a_finished_one_is_no_caption() -> None:
    out = classify(
        _blocks(
            "夏季果蔬供应充足价格平稳",
            "6月2日一早，城北农贸市场里人头攒动，摊主的摊位上摆满了刚从地里采摘的豇豆。",
            "6月3日，市民在城北农贸市场选购时令蔬菜。",
            "和往年相比，今年本地蔬菜上市早了一周左右，最新鲜的菜不到中午就卖完了。",
        )
    )
    assert out[2].kind is Kind.PARAGRAPH


def test_hard_wrapped_lines_that_begin_a_paragraph_leave_the_sentence_before_them_a_paragraph() -> None:
    # pdfminer boxes: 据…统计，| 今年前八个月…行业。| a paragraph whose first line is short
    # by its indent (the block starts a paragraph: not open_start). The sentence between is
    # the cut paragraph's second half, not a caption standing between its halves
    blocks = _blocks(
        "审批提速为企业减负",
        "据市发展改革委统计，",
        "今年前八个月，全市新增技改项目127个，完成投资额同比增长18.6%。",
        "市工业和信息化局有关负责人表示，下一步将继续梳理企业反映集中的问题。",
    )
    blocks[1] = dataclasses.replace(blocks[1], open_end=True)
    blocks[2] = dataclasses.replace(blocks[2], open_start=True, lines=(3, 5))
    blocks[3] = dataclasses.replace(blocks[3], lines=(6, 8))
    assert classify(blocks)[2].kind is Kind.PARAGRAPH
    # the block after, cut from a column line in mid-paragraph, leaves it a caption
    blocks[3] = dataclasses.replace(blocks[3], open_start=True)
    assert classify(blocks)[2].kind is Kind.CAPTION


@pytest.mark.parametrize("text", ["■ 现场", "●聚焦民生", "■现场直击■", "记者观察", "记者手记"])
def test_marked_intertitles_and_column_names_are_no_bylines(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize("text", ["记者李明", "通讯员粤消宣", "□本报记者王芳", "新华社记者"])
def test_a_role_glued_to_a_name_is_still_a_byline(text: str) -> None:
    assert looks_like_byline(text)


def test_a_short_marked_line_is_an_intertitle_not_a_caption() -> None:
    assert not looks_like_caption("▲聚焦民生实事")
    assert looks_like_caption("▲市民在新贯通的滨河步道上散步。")


@pytest.mark.parametrize("mark", ["■ 现场", "●聚焦民生", "记者观察", "▲聚焦民生实事"])
def test_marked_intertitles_in_a_page(mark: str) -> None:
    page = "\n\n".join(
        [
            "城区新增三条公交线路",
            "本报讯（记者 马澜）近日，市区举行活动，各有关部门负责同志参加会议并作了具体部署。",
            "会议要求，各部门要落实责任，确保各项工作有序推进，切实把各项措施落到实处。",
            mark,
            "与会人员表示，将认真贯彻会议精神，结合实际抓好落实，推动各项工作取得新成效。",
        ]
    )
    (a,) = newsclean.parse(page + "\n").articles
    assert [b.type.value for b in a.blocks] == ["paragraph", "paragraph", "intertitle", "paragraph"]
    assert [c.name for c in a.credits] == ["马澜"]


def test_a_commentator_byline() -> None:
    assert looks_like_byline("本报评论员")
    assert [(c.role, c.name) for c in parse_credits("本报特约评论员 李明")] == [("特约评论员", "李明")]


def test_parse_lead_credits_alone_in_the_box_with_a_stray_space() -> None:
    # printed 本报讯 记者黎 晓文; normalized, the stray spaces are closed
    lead = parse_lead("本报讯记者黎晓文", "本报讯 记者黎 晓文")
    assert lead is not None
    assert lead.credits == (Credit("记者", "黎晓文"),)
    assert lead.rest == ""


def test_an_editors_line_with_a_stray_space_is_furniture() -> None:
    assert line_role("責任 編輯：吳佩珊") == "alone"
    assert line_role("本報訊 據長江日報") != "alone"  # closed up, it would read as a paper's name
    (b,) = classify([RawBlock("責任編輯：吳佩珊", (9, 9), raw="責任 編輯：吳佩珊")])
    assert b.kind is Kind.FURNITURE


@pytest.mark.parametrize(
    "text", ["文/广州日报新花城 记者：黎嘉恒 通讯员：粤消宣", "文/广 州日报新花城 记者：黎嘉恒 通讯员：粤消宣"]
)
def test_parse_credits_an_outlet_after_wen_names_no_one(text: str) -> None:
    # 文/ then the outlet of the reporter named after it (a stray space inside it or not)
    assert parse_credits(text) == (Credit("记者", "黎嘉恒"), Credit("通讯员", "粤消宣"))


def test_a_sentence_that_starts_with_the_reporter_and_a_date_is_no_byline() -> None:
    # a stray space (走 进三) made the rest look like a name after the role
    assert not looks_like_byline("记者１０月２２日上午走 进三")
    assert not looks_like_byline("记者10月22日上午走 进三")
    assert looks_like_byline("记者 李明")


def test_a_stray_space_inside_a_role_leaves_the_credit_whole() -> None:
    assert looks_like_byline("□统 筹/邝颖 谭志恒")
    assert parse_credits("□统 筹/邝颖 谭志恒") == (Credit("统筹", "邝颖"), Credit("统筹", "谭志恒"))
    text = "多宣传江台之间的经贸和文化往来。（中国台湾网江门市台办通讯员邱玉珍汤敏仪）"
    raw = "多宣 传江台之间的经贸和文化 往 来。(中国台湾 网江门市台办通讯 员 邱玉珍 汤敏仪)"
    assert split_trailing_credit(text, raw) == (
        "多宣传江台之间的经贸和文化往来。",
        (Credit("通讯员", "邱玉珍"), Credit("通讯员", "汤敏仪")),
    )


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("南方+记者 黄敏", [("记者", "黄敏")]),  # an app's name ends in a plus
        ("澎湃新闻记者 李明", [("记者", "李明")]),  # an outlet ending in 新闻
        ("◆香港文匯報記者 陳大文", [("記者", "陳大文")]),  # ◆ as the byline's mark
        ("記者陳大文／台北報導", [("記者", "陳大文")]),  # a name ending in 文 before ／place報導
    ],
)
def test_bylines_of_outlets_and_marks(line: str, credits: list[tuple[str, str]]) -> None:
    assert looks_like_byline(line)
    assert [(c.role, c.name) for c in parse_credits(line)] == credits


def test_a_headline_about_a_reporter_is_still_no_byline() -> None:
    assert not looks_like_byline("台湾真晨报驻粤记者来江门交流")
    assert not looks_like_byline("◆下转第4版")


@pytest.mark.parametrize("text", ["问：改造资金从哪里来？", "答：还在研究。", "Q：什么时候开放？", "来？", "了。", "编者按：老旧小区改"])
def test_questions_answers_and_cut_off_tails_are_no_headlines(text: str) -> None:
    assert not looks_like_headline(text)


def test_a_cut_off_tail_joins_the_paragraph_it_ends() -> None:
    page = (
        "老旧小区改造资金有了着落\n\n"
        "本报讯 今年以来，我市启动老旧小区改造项目42个，涉及居民1.3万户。\n\n"
        "问：改造资金从哪里\n\n"
        "来？\n\n"
        "答：市住建局有关负责人介绍，资金由财政补助、居民自筹和社会资本共同承担。\n"
    )
    (a,) = newsclean.parse(page).articles
    assert [b.text for b in a.blocks][1] == "问：改造资金从哪里来？"


@pytest.mark.parametrize(
    "line", ["选购海鲜。新华社发", "在舞台上演出。主办方供图", "拍照留念。記者 陳志明 攝", "合影。资料图片"]
)
def test_a_line_ending_in_a_caption_credit_after_a_sentence_is_a_photo_credit(line: str) -> None:
    assert line_role(line) == "photo"


@pytest.mark.parametrize("line", ["村民演出。随后拍摄", "新华社发布消息", "资料图片显示，"])
def test_a_line_ending_in_text_is_no_photo_credit(line: str) -> None:
    assert line_role(line) is None


@pytest.mark.parametrize("word", ["日前", "获悉", "昨日"])
def test_a_lead_box_ending_in_a_word_after_the_role_names_no_one(word: str) -> None:
    lead = parse_lead(f"本报讯 记者{word}", f"本报讯 记者{word}")
    assert lead is not None
    assert lead.credits == ()
    assert lead.rest == f"记者{word}"


def test_a_byline_under_an_editors_note_does_not_close_the_story() -> None:
    page = (
        "老街焕新颜\n\n"
        "编者按：老街改造是民生工程，本报今起推出系列报道，关注老街改造中的新做法、新变化，敬请关注。\n\n"
        "本报记者 李明 王芳\n\n"
        "烟火气回来了\n\n"
        "近日，记者走访老街发现，街面整洁了，商铺也多了起来，居民纷纷点赞，不少老街坊说，这才是记忆中老街该有的样子。\n\n"
        "“以前一到晚上就黑灯瞎火，现在热闹多了。”在老街住了三十多年的居民陈阿姨说。\n"
    )
    (a,) = newsclean.parse(page).articles
    assert [b.text for b in a.blocks if b.type.value == "intertitle"] == ["烟火气回来了"]


@pytest.mark.parametrize("credit", ["（中央社記者簡如君攝）", "（新华社记者 李明 摄）", "记者 李明 摄"])
def test_a_photo_credit_alone_bare_or_in_brackets_is_a_photo_line(credit: str) -> None:
    assert line_role(credit) == "photo"


@pytest.mark.parametrize("line", ["（中央社 記者簡如君攝）", "（记者 李 明 摄）", "新华社 记者李明摄"])
def test_a_photo_credit_with_a_stray_space_still_ends_its_caption(line: str) -> None:
    assert line_role(line) == "photo"
    # a sentence that mentions taking photos is none
    assert line_role("他们在比赛中 拍摄了许多照片") is None


@pytest.mark.parametrize("line", ["2024年9月12日星期四", "2024-09-12星期四", "2024年9月12日星期四 第5版"])
def test_a_date_glued_to_its_weekday_is_a_header(line: str) -> None:
    assert looks_like_furniture(line)
    assert not looks_like_furniture("会议定于9月12日星期四召开")


def test_a_dated_header_with_a_stray_space_in_its_weekday_is_furniture() -> None:
    (b,) = classify([RawBlock("2024年9月12日星期四", (3, 3), raw="2024年9月12日 星期 四")])
    assert b.kind is Kind.FURNITURE
    # closed up, a lead is no paper's name
    (b,) = classify([RawBlock("本報訊據長江日報消息：武漢長江大橋工地上。", (3, 3), raw="本報訊 據長江日報消息：武漢長江大橋工地上。")])
    assert b.kind is not Kind.FURNITURE


def test_a_wide_headline_with_a_comma_over_text_going_on_is_no_cut_paragraph() -> None:
    # a line wider than its column is no column line cut at its end, even with a clause mark
    # and text after it that goes on mid-sentence (an article continued from another page)
    head = RawBlock("三江口村自办小报，架起民意政策连心桥", (1, 1), open_end=True, wide=True)
    body = RawBlock("……接着，他穿过桑林，跑过一片稻田，来到村口。", (2, 3), open_start=True)
    for mixed in (False, True):
        assert classify([head, body], mixed=mixed)[0].kind is Kind.TITLE
    narrow = dataclasses.replace(head, wide=False)
    assert classify([narrow, body], mixed=True)[0].kind is Kind.PARAGRAPH


@pytest.mark.parametrize(
    ("text", "name"),
    [("（中央社記者簡如君攝）", "簡如君"), ("（新华社记者 李明摄）", "李明"), ("记者 孟凡舟 摄", "孟凡舟")],
)
def test_a_photo_credit_printed_without_a_space_names_the_photographer(text: str, name: str) -> None:
    assert [c.name for c in parse_credits(text)] == [name]


def test_a_bare_name_after_the_last_sentence_may_hold_a_stray_space() -> None:
    # printed 乔岩; the extractor left a space inside the name as well as before it
    text, raw = "系列报道自今日起陆续刊出，敬请关注。乔岩", "系列 报道 自今日起陆续刊 出,敬请 关注。 乔 岩"
    assert split_trailing_credit(text, raw) == ("系列报道自今日起陆续刊出，敬请关注。", (Credit("作者", "乔岩"),))
    # two names stay two
    assert split_trailing_credit("敬请关注。乔岩王芳", "敬请关注。 乔岩 王芳")[1] == (
        Credit("作者", "乔岩"),
        Credit("作者", "王芳"),
    )


def test_a_half_ending_in_a_calling_and_a_surname_is_a_name_cut_in_two() -> None:
    # …市人大代表姚 | (caption) | 春燕在…: a calling then one surname's character ends no
    # headline; the block after, starting in Han and no lead, holds the rest of the name
    def kinds(rest: str) -> list[Kind]:
        blocks = _blocks(
            "社区议事厅里话民生",
            "3月5日，城东社区的议事厅里坐满了居民，大家围绕加装电梯各抒己见。",
            "来自基层的市人大代表姚",
            "居民在议事厅发言。 记者 林晓 摄",
            rest,
        )
        blocks[2] = dataclasses.replace(blocks[2], open_end=True)  # as find_blocks marks it
        return [b.kind for b in classify(blocks)]

    assert kinds("春燕在会上说，加装电梯要算好每一户的账。")[2] is Kind.PARAGRAPH
    # a dateline after it opens an article of its own: nothing tells the half goes on
    assert kinds("本报讯 市图书馆昨日开放夜间阅览。")[2] is not Kind.PARAGRAPH


def test_an_indented_block_with_a_clause_is_no_headline() -> None:
    # 市农业农村局…科长滕晓|峰介绍，…自动: a first line short by the indent over a full one
    # begins a paragraph, however short its text and whatever follows it
    def kinds(indented: bool) -> list[Kind]:
        blocks = _blocks(
            "三万亩高标准农田迎来春灌",
            "3月11日，一座座智能泵站正在为刚刚翻耕的田块输送灌溉用水。",
            "市农业农村局科长滕晓峰介绍，智能泵站可根据墒情自动",
            "通勤定制公交再添5条线路",
            "本报讯 3月11日，汀州公交集团新开通5条通勤定制公交线路。",
        )
        blocks[2] = dataclasses.replace(blocks[2], open_end=True, indented=indented)
        return [b.kind for b in classify(blocks)]

    assert kinds(True)[2] is Kind.PARAGRAPH
    assert kinds(False)[2] is Kind.TITLE  # without the indent, nothing tells
