"""Printed forms of datelines, credits, captions, jumps and furniture that papers use, each
read from a small hand-written excerpt, next to a body sentence that must stay body text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import normalize
from newsclean.classify import (
    CAPTION_RE,
    DATELINE_RE,
    _caption_marked,
    _is_lead,
    is_jump,
    jump_direction,
    looks_like_byline,
    looks_like_caption,
    looks_like_furniture,
    parse_credit_lead,
    parse_credits,
    parse_lead,
    split_editor_notes,
    split_trailing_credit,
)


def _lead(raw: str) -> tuple[str | None, list[tuple[str, str]], str]:
    lead = parse_lead(normalize(raw), raw)
    assert lead is not None, raw
    return lead.dateline, [(c.role, c.name) for c in lead.credits], lead.rest


# ----------------------------------------------------------------------------- datelines
@pytest.mark.parametrize(
    ("raw", "dateline", "credits"),
    [
        # a paper known by a short name (南都, 深晚) or its news app (潮新闻), before its reporters
        ("南都讯 记者李明 通讯员张华 近日，广州市举行活动。", "南都讯", [("记者", "李明"), ("通讯员", "张华")]),
        ("潮新闻讯（记者 李明）近日，杭州市举行活动。", "潮新闻讯", [("记者", "李明")]),
        # a roundup from several sources
        ("本报综合报道 近日，多地举行活动。", "本报综合报道", []),
        ("综合新华社、央视新闻报道 近日，多地举行活动。", "综合新华社、央视新闻报道", []),
        ("本報綜合外電報導 美國總統今天發表演說。", "本報綜合外電報導", []),
        # Hong Kong papers end the credit or the dateline in 報道
        ("大公報訊 記者李明報道：行政長官今天出席活動。", "大公報訊", [("記者", "李明")]),
        ("【星島日報報道】行政長官今天出席活動。", "星島日報報道", []),
        # two reporters before the place
        ("〔記者王小明、李華／台中報導〕市府今天召開會議。", "記者王小明、李華／台中報導", [("記者", "王小明"), ("記者", "李華")]),
        # a date in Chinese numerals
        ("新华社北京七月十五日电 近日，北京市举行活动。", "新华社北京七月十五日电", []),
    ],
)
def test_dateline_forms(raw: str, dateline: str, credits: list[tuple[str, str]]) -> None:
    got = _lead(raw)
    assert got[:2] == (dateline, credits)
    assert not got[2].startswith(("记者", "記者", " "))


@pytest.mark.parametrize(
    "text",
    [
        "通讯员李明说，要做好工作。",
        "喜讯传来，全村人都很高兴。",
        "综合新华社报道，近日多地举行活动。",
        "综合媒体报道称，近日多地举行活动。",
        "综合考虑各方面因素，会议决定推迟举行。",
        "综合施策的做法被媒体报道后，引起关注。",
        "资讯发达的今天，记者的工作方式也在变化。",
    ],
)
def test_body_sentences_are_no_datelines(text: str) -> None:
    assert parse_lead(text) is None


def test_a_hard_wrapped_lead_of_a_short_named_paper_opens_its_article() -> None:
    # one printed column line per text line: the lead's first line must read as a lead
    page = (
        "城区新增三条公交线路方便市民出行\n\n"
        "南都讯 记者李明 通讯员\n张华 近日，广州市新开\n通三条公交线路，方便\n沿线市民出行。\n"
        "　　据介绍，三条线路\n均采用新能源公交车。\n"
    )
    (a,) = newsclean.parse(page).articles
    assert (a.title, a.dateline) == ("城区新增三条公交线路方便市民出行", "南都讯")
    assert [c.name for c in a.credits] == ["李明", "张华"]


# ----------------------------------------------------------------------------- bylines
@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("本报特约记者 李明", [("特约记者", "李明")]),
        # the media a reporter serves is no role of its own (the development set writes 记者, 記者);
        # a rank or a posting is: 首席记者, 特派記者
        ("全媒体记者 李明", [("记者", "李明")]),
        ("江门日报全媒體記者 李明", [("記者", "李明")]),
        ("融媒體記者 李明 首席記者 王芳", [("記者", "李明"), ("首席記者", "王芳")]),
        ("首席记者 李明 特约记者 王芳", [("首席记者", "李明"), ("特约记者", "王芳")]),
        ("本报特约通讯员 张华", [("特约通讯员", "张华")]),
        ("■ 特约撰稿人 李明", [("特约撰稿人", "李明")]),
        ("文·图/李明", [("记者", "李明")]),
        ("李明 文/图", [("记者", "李明")]),
        ("本版撰文 李明", [("撰文", "李明")]),
        ("本报记者 李明 采写", [("记者", "李明")]),
        ("本报记者 李明采写", [("记者", "李明")]),
        ("文 | 李明", [("记者", "李明")]),
        ("（李明 张华）", [("作者", "李明"), ("作者", "张华")]),
        ("（欧阳晓峰）", [("作者", "欧阳晓峰")]),
    ],
)
def test_byline_forms_papers_print(text: str, credits: list[tuple[str, str]]) -> None:
    assert looks_like_byline(text)
    assert [(c.role, c.name) for c in parse_credits(text)] == credits


@pytest.mark.parametrize("text", ["（据新华社）", "据新华社电", "（本报综合）", "来源：人民日报", "（据《人民日报》）"])
def test_a_source_note_stands_as_a_byline_naming_no_one(text: str) -> None:
    assert looks_like_byline(text)
    assert parse_credits(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "（全文完）",
        "（王府井）",
        "（未完待续）",
        "（一）",
        "特约记者站",
        "春日游记",
        "据了解",
        "据报道",
        "来源广泛",
        "本版文章",
        "文化 | 生活",
    ],
)
def test_lines_like_these_bylines_are_none(text: str) -> None:
    assert not looks_like_byline(text)


def test_names_alone_in_brackets_after_the_text_credit_the_article() -> None:
    page = (
        "城区新增三条公交线路\n\n"
        "本报讯 近日，市区举行活动，各有关部门负责同志参加会议并就下一步工作作了具体部署。\n\n"
        "会议要求，各部门要落实责任，确保各项工作有序推进。\n\n"
        "（马澜 杨成）\n"
    )
    doc = newsclean.parse(page)
    (a,) = doc.articles
    assert [c.name for c in a.credits] == ["马澜", "杨成"]
    assert not doc.leftovers


# ----------------------------------------------------------------------------- captions
@pytest.mark.parametrize(
    "text",
    [
        "图①：改建后的文化广场。",
        "图2：改建后的文化广场。",
        "改建后的文化广场。图片来源：城东区融媒体中心",
        "改建后的文化广场。摄影/李明",
        "改建後的文化廣場。記者李明／攝影",
        "改建后的文化广场。本报记者 李明/摄",
        "改建後的文化廣場。（中央社）",
        "改建後的文化廣場。（中央社記者李明攝 115年3月10日）",
        "改建後的文化廣場。（圖／城東區公所提供）",
        "改建后的文化广场。（视频截图）",
        "改建后的文化广场。视觉中国",
        "改建后的文化广场。人民视觉",
    ],
)
def test_caption_forms_papers_print(text: str) -> None:
    assert looks_like_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "他拿出手机截图给记者看。",
        "图书馆开放时间调整",
        "该作品获得摄影比赛一等奖（获奖名单见附件）",
        "摄影爱好者纷纷前来拍摄。",
        "据了解，图片来源于网络的作品不能参赛。",
    ],
)
def test_body_sentences_about_pictures_are_no_captions(text: str) -> None:
    assert not looks_like_caption(text)


@pytest.mark.parametrize("credit", ["摄影/孟凡舟", "記者孟凡舟／攝影", "记者 孟凡舟/摄"])
def test_a_photo_credit_with_a_slash_on_its_own_block_ends_the_caption(credit: str) -> None:
    page = (
        "城区新增三条公交线路\n\n"
        "本报讯（记者 马澜）近日，市区举行活动，各有关部门负责同志参加会议并作了部署。\n\n"
        "5月17日，市民在新贯通的滨河步道上散步。\n\n"
        f"{credit}\n\n"
        "会议要求，各部门要落实责任，确保各项工作有序推进，切实把各项措施落到实处。\n"
    )
    (a,) = newsclean.parse(page).articles
    # as with 记者 孟凡舟 摄: the caption whole, after the article's text
    assert [b.type.value for b in a.blocks] == ["paragraph", "paragraph", "caption"]
    assert a.blocks[2].text.startswith("5月17日")
    assert a.blocks[2].text.endswith(("攝影", "摄", "孟凡舟"))


_NEW_CAPTION_PIECES = [
    *"图圖①2：:/／（）()摄攝影中央社年月日 1。",
    "图片来源",
    "摄影",
    "李明",
    "截图",
    "视觉中国",
    "IC photo",
    "提供",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NEW_CAPTION_PIECES), max_size=10).map("".join))
def test_the_new_caption_ends_taken_apart_find_the_same(text: str) -> None:
    assert _caption_marked(text) == bool(CAPTION_RE.search(text))


# ----------------------------------------------------------------------------- furniture
@pytest.mark.parametrize(
    "text",
    [
        "版式设计 何一鸣",
        "值班编委 何一鸣",
        "責任編輯／林曉峰",
        "责任编辑 林晓峰 | 美术编辑 周雨桐",
        "一审：林晓峰 二审：周雨桐 三审：何一鸣",
        "编审 林晓峰 校对 何一鸣",
        # a header naming its paper and section in words of any kind, with a date and a page
        "2024年7月16日 星期二 A4 焦點",
        "明報 2024年7月16日 星期二 A03 港聞",
        "中華民國113年7月16日 星期二 A4 政治",
        "城东晚报 2024年7月16日 周二 A5 城事",
        "www.cdrb.com.cn",
    ],
)
def test_furniture_forms_papers_print(text: str) -> None:
    assert looks_like_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "一审：法院认为被告人的行为已构成诈骗罪。",
        "设计师何一鸣介绍了新馆的布局。",
        "7月16日 星期二 城东新区将举行招聘会",
        "2024年7月16日 城东新区启动改造",
        "焦点 关注 民生",
        # a count after a date in text whose extractor set digits apart is no page number
        "2024年7月16日 城东新区 15 个项目",
        "登录www.cdrb.com.cn即可查询。",
    ],
)
def test_text_with_dates_names_or_addresses_is_no_furniture(text: str) -> None:
    assert not looks_like_furniture(text)


# ----------------------------------------------------------------------------- jumps
@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("（下转A4版·城东新区启动改造）", "to"),
        ("（續見A4版）", "to"),
        ("（續A1版）", "from"),
        ("（续第1版）", "from"),
    ],
)
def test_jump_forms_papers_print(text: str, direction: str) -> None:
    assert is_jump(text)
    assert jump_direction(text) == direction


@pytest.mark.parametrize("text", ["（见第4版）", "续写新篇章", "（详见A4版相关报道）", "继续阅读第4版"])
def test_references_to_pages_are_no_jumps(text: str) -> None:
    assert not is_jump(text)


# ----------------------------------------------------------------------------- more leads
def test_a_posted_reporter_naming_himself_in_the_lead() -> None:
    lead = parse_credit_lead("本报驻东京记者 林晓峰 报道：日本政府15日宣布新措施。")
    assert lead is not None
    assert [(c.role, c.name) for c in lead.credits] == [("记者", "林晓峰")]
    assert lead.rest == "日本政府15日宣布新措施。"
    assert parse_credit_lead("本报驻东京记者站今天成立，记者林晓峰报道：") is None


def test_an_agency_dateline_with_a_place_and_no_date() -> None:
    assert _lead("新华社北京电（记者林晓峰）近日，北京市举行活动。")[:2] == (
        "新华社北京电",
        [("记者", "林晓峰")],
    )
    assert parse_lead("新华社记者电话采访了他。") is None
    assert parse_lead("新华社北京分社（记者站）今天举行活动。") is None


# ----------------------------------------------------------------------------- false positives
@pytest.mark.parametrize("text", ["记者 手记", "记者　观察", "■记者 手记"])
def test_a_column_named_after_reporters_is_no_byline(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize("text", ["上图书馆查资料的市民越来越多。", "下图书馆的台阶时要小心。"])
def test_a_sentence_starting_with_shangtu_is_no_caption(text: str) -> None:
    assert not looks_like_caption(text)
    assert looks_like_caption("上图：" + text)


# ----------------------------------------------------------------------------- second round
def test_a_dateline_on_a_line_of_its_own_heads_the_text_under_it() -> None:
    # (the sentence under it is no caption cut out of an unfinished paragraph)
    page = (
        "市府推動老舊社區改造工程\n\n"
        "〔記者王小明／台北報導〕\n\n"
        "昨天上午，市府召開老舊社區改造工作推進會，會議部署了下一階段的改造任務。\n\n"
        "與會人員圍繞相關議題進行了深入討論，並就下一步工作提出了具體意見。\n\n"
        "據了解，該項目計劃於今年年底前完工，屆時將惠及周邊三萬餘名居民。\n"
    )
    (a,) = newsclean.parse(page).articles
    assert (a.dateline, [c.name for c in a.credits]) == ("記者王小明／台北報導", ["王小明"])
    assert [b.type.value for b in a.blocks] == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("李明 摄影报道", [("摄影", "李明")]),
        ("本报记者 李明 摄影报道", [("记者", "李明")]),
        ("口述：李明 整理：本报记者 张华", [("口述", "李明"), ("记者", "张华")]),
        ("视频/李明 海报/张华", [("视频", "李明"), ("海报", "张华")]),
        ("文字/李明 摄影/张华", [("记者", "李明"), ("摄影", "张华")]),
    ],
)
def test_more_byline_forms(text: str, credits: list[tuple[str, str]]) -> None:
    assert looks_like_byline(text)
    assert [(c.role, c.name) for c in parse_credits(text)] == credits


@pytest.mark.parametrize("text", ["视频会议召开", "■ 现场", "□ 江门", "海报设计大赛", "口述历史"])
def test_words_of_multimedia_credits_without_a_slash_are_no_bylines(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "改建后的文化广场。（图片由受访者提供）",
        "改建后的文化广场。网络图片",
        "改建後的文化廣場。（資料照）",
        "改建後的文化廣場。（取自城東區公所臉書）",
        "改建後的文化廣場。（翻攝畫面）",
        "改建後的文化廣場。（美聯社）",
        "改建後的文化廣場。（路透）",
    ],
)
def test_more_caption_forms(text: str) -> None:
    assert looks_like_caption(text)


@pytest.mark.parametrize(
    "text", ["会议结束。（新华社）", "该书由出版社提供。", "數據取自官方網站。", "他在网络图片库中找到了这张照片。"]
)
def test_a_brief_ending_in_its_agency_is_no_caption(text: str) -> None:
    assert not looks_like_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "2024年7月16日 星期二 要闻·综合 A03",
        "A03 要闻/综合",
        "城东日报 | 2024年7月16日 | A03",
        "第A03版：要闻",
        "城东新闻网 www.cdnews.cn",
        "CHENGDONG DAILY",
        "2024年7月16日／星期二／A4",
    ],
)
def test_header_fields_parted_by_bars_slashes_and_dots(text: str) -> None:
    assert looks_like_furniture(text)


@pytest.mark.parametrize("text", ["城东·印象", "要闻/评论员文章", "NBA", "第3版：本报评论员文章发表"])
def test_titles_with_dots_and_slashes_are_no_furniture(text: str) -> None:
    assert not looks_like_furniture(text)


_NEW_LEAD_PIECES = [
    *"（）()【】〔〕 ，。、／电電讯訊7月15日",
    "南都讯",
    "本报综合报道",
    "綜合外電報導",
    "新华社、",
    "央视新闻",
    "報道",
    "报导",
    "新华社北京电",
    "七月十五日",
    "记者",
    "記者王小明",
    "通讯",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NEW_LEAD_PIECES), max_size=8).map("".join))
def test_the_dateline_ends_rule_out_no_new_dateline(text: str) -> None:
    # line_role and classify test _is_lead: its quick test of the dateline's last word must
    # let every new form through
    assert _is_lead(text) == bool(DATELINE_RE.match(text))


def test_a_columnist_named_after_a_box_under_the_headline() -> None:
    page = (
        "老城更新要留住烟火气\n\n"
        "□ 李明\n\n"
        "老城更新，既要改善居住条件，也要留住街巷里的烟火气，这需要更多耐心和智慧。\n\n"
        "■ 常态化\n\n"
        "更新不是一阵风，而要形成长效机制，让居民的意见贯穿始终。\n"
    )
    (a,) = newsclean.parse(page).articles
    assert [(c.role, c.name) for c in a.credits] == [("作者", "李明")]
    # the same shape in the text is a marked intertitle
    assert [b.type.value for b in a.blocks] == ["paragraph", "intertitle", "paragraph"]


def test_names_before_wentu_in_brackets_end_the_text_as_its_credit() -> None:
    text, credits = split_trailing_credit("活动将持续到本月底。（李明 文/图）", "活动将持续到本月底。（李明 文/图）")
    assert (text, [(c.role, c.name) for c in credits]) == ("活动将持续到本月底。", [("记者", "李明")])


_LAST = "记者了解到，新规将于下月起正式实施，并将广泛征求居民的意见。"


@pytest.mark.parametrize(
    ("tail", "credits"),
    [
        ("□李明", [("作者", "李明")]),  # as □ 李明 under a headline reads
        ("□ 李明 王芳", [("作者", "李明"), ("作者", "王芳")]),
        ("□本报记者 李明", [("记者", "李明")]),
        ("□文/李明 图/王芳", [("记者", "李明"), ("摄影", "王芳")]),
        ("（文/李明 图/王芳）", [("记者", "李明"), ("摄影", "王芳")]),
        ("（李明/文 王芳/图）", [("记者", "李明"), ("摄影", "王芳")]),
        ("（记者 李明/文 王芳/图）", [("记者", "李明"), ("摄影", "王芳")]),
    ],
)
def test_a_credit_after_the_last_sentence_leaves_the_text(
    tail: str, credits: list[tuple[str, str]]
) -> None:
    head = "市民热议新规出台\n\n近日，我市出台了关于加强老旧小区改造的新规定，广大市民纷纷表示支持。\n\n"
    for page in (head + _LAST + tail + "\n", head + _LAST + "\n\n" + tail + "\n"):  # glued, own line
        doc = newsclean.parse(page)
        (a,) = doc.articles
        assert [(c.role, c.name) for c in a.credits] == credits, page
        assert [(b.type.value, b.text) for b in a.blocks][-1] == ("paragraph", _LAST), page
        assert not doc.leftovers


def test_a_box_mark_and_a_word_after_the_text_stay_in_it() -> None:
    # 小结 is a word, no name: the line is the text's own
    assert split_trailing_credit(_LAST + "□小结") == (_LAST + "□小结", ())
    # a photographer alone in brackets still ends a caption
    assert looks_like_caption("市民在公园游玩。（记者 李明 摄）")
    assert not looks_like_caption(_LAST + "（文/李明 图/王芳）")


@pytest.mark.parametrize("note", ["（编辑 李明）", "（责任编辑：李明）"])
def test_an_editor_in_brackets_after_the_text_is_no_credit(note: str) -> None:
    assert split_trailing_credit("活动将持续到本月底。" + note)[1] == ()


@pytest.mark.parametrize("line", ["（編輯：林克倫）1150310", "（责任编辑：李明）", "（编辑 李明）"])
def test_an_editor_note_on_a_line_of_its_own_is_furniture(line: str) -> None:
    assert looks_like_furniture(line)
    assert not looks_like_furniture("（编辑部供稿）")


@pytest.mark.parametrize(
    "note",
    [
        "【编辑：王小红】",
        "（责任编辑：王小红）",
        "编辑：王小红",
        "（编辑 王小红）",
        "责编：王小红 校对：李明",
        "（编辑：王小红 校对：李明）",
    ],
)
def test_an_editor_note_in_the_text_is_furniture_and_the_text_stays(note: str) -> None:
    head = "市民热议新规出台\n\n近日，我市出台了关于加强老旧小区改造的新规定，广大市民纷纷表示支持。\n\n"
    for page in (head + _LAST + note + "\n", head + _LAST + "\n\n" + note + "\n"):  # glued, own line
        doc = newsclean.parse(page)
        (a,) = doc.articles
        assert a.blocks[-1].text == _LAST, page
        assert a.credits == ()
        assert [f.replace(" ", "") for f in doc.furniture] == [note.replace(" ", "")], page
        assert not doc.leftovers


def test_an_editor_note_between_two_sentences_leaves_both_whole() -> None:
    text, notes = split_editor_notes("会议结束。【编辑：王小红】下周再议。")
    assert (text, notes) == ("会议结束。下周再议。", ["【编辑：王小红】"])
    # not a note: a bracket of the text's own, an editorial office, a word in a sentence
    for text in ("会议结束。（编辑部供稿）", "他说：“编辑：王小红”", "编辑：王小红说，会议结束。"):
        assert split_editor_notes(text) == (text, [])


def test_an_editor_note_takes_the_date_stamp_after_it() -> None:
    # 中央社 ends a story with its editor and a date stamp (民國 year, month, day)
    text, notes = split_editor_notes("不必再跟公車搶路」。（編輯：卓怡萱）1131120")
    assert (text, notes) == ("不必再跟公車搶路」。", ["（編輯：卓怡萱）1131120"])
    # digits that go on into the text are the text's
    text, notes = split_editor_notes("會議結束。（編輯：卓怡萱）2024年起實施。")
    assert (text, notes) == ("會議結束。2024年起實施。", ["（編輯：卓怡萱）"])


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("经济日报-中国经济网记者 李明", [("记者", "李明")]),
        ("工人日报－中工网记者 李明 通讯员 张华", [("记者", "李明"), ("通讯员", "张华")]),
    ],
)
def test_a_reporter_of_two_joined_organisations(text: str, credits: list[tuple[str, str]]) -> None:
    assert looks_like_byline(text)
    assert [(c.role, c.name) for c in parse_credits(text)] == credits


@pytest.mark.parametrize("text", ["城东——记者的一天", "改革开放——记者眼中的变化", "城东新区-记者站揭牌"])
def test_a_headline_and_subtitle_about_reporters_is_no_byline(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(("text", "direction"), [("（下轉A8）", "to"), ("（轉B2）", "to"), ("（上接A1）", "from")])
def test_a_jump_to_a_page_code_without_ban(text: str, direction: str) -> None:
    # Hong Kong and Taiwan papers print the page's code alone in the note
    assert is_jump(text)
    assert jump_direction(text) == direction


@pytest.mark.parametrize("text", ["（下转4）", "（见A8）", "（A8）", "（转A股）"])
def test_a_code_in_brackets_is_no_jump_without_its_word(text: str) -> None:
    assert not is_jump(text)


def test_a_jump_to_a_page_code_ends_its_article_continued() -> None:
    page = "灣區新聞\n\n舊區重建諮詢展開\n\n【本報訊】市建局昨日公布方案，並展開諮詢。\n\n（下轉A8）\n"
    (a,) = newsclean.parse(page).articles
    assert a.continued_to
    assert [b.text for b in a.blocks] == ["市建局昨日公布方案，並展開諮詢。"]


@pytest.mark.parametrize(
    "line", ["第6版 文体", "A6 港聞", "B12 財經", "要闻 第3版", "第A03版 简讯", "临川都市报", "南川晨報"]
)
def test_header_pieces_on_lines_of_their_own_are_furniture(line: str) -> None:
    # pdfminer gives each field of a header its own box: the page with its section, the paper
    assert looks_like_furniture(line)


@pytest.mark.parametrize("line", ["G20 峰会", "C919 首飞", "A股 大涨", "喜报", "捷报频传"])
def test_headlines_with_codes_or_reports_are_no_header_pieces(line: str) -> None:
    assert not looks_like_furniture(line)
