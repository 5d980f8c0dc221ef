"""group_articles on hand-built, already classified RawBlock sequences."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import BlockType, Credit, Kind, RawBlock, group_articles


def _b(
    text: str,
    kind: Kind,
    line: int,
    *,
    open_end: bool = False,
    gap: int = 0,
) -> RawBlock:
    return RawBlock(text, (line, line), kind, open_end=open_end, gap_before=gap)


T, P, B, IT, C, J, F = (
    Kind.TITLE,
    Kind.PARAGRAPH,
    Kind.BYLINE,
    Kind.INTERTITLE,
    Kind.CAPTION,
    Kind.JUMP,
    Kind.FURNITURE,
)


def test_group_articles_headline_opens_an_article() -> None:
    g = group_articles(
        [
            _b("区领导检查疫情防控工作", T, 1),
            _b("近日，区委书记到外海检查工作。", P, 2),
            _b("区慈善会派发暖心包", T, 3),
            _b("7月7日，区慈善会发布倡议书。", P, 4),
        ]
    )
    assert [a.title for a in g.articles] == ["区领导检查疫情防控工作", "区慈善会派发暖心包"]
    assert [[b.text for b in a.blocks] for a in g.articles] == [
        ["近日，区委书记到外海检查工作。"],
        ["7月7日，区慈善会发布倡议书。"],
    ]


def test_group_articles_lead_gives_dateline_and_credits() -> None:
    g = group_articles(
        [
            _b("区领导检查疫情防控工作", T, 1),
            _b("江门日报讯（记者/李雨溪）近日，区委书记到外海检查工作。", P, 2),
        ]
    )
    a = g.articles[0]
    assert a.dateline == "江门日报讯"
    assert a.credits == (Credit("记者", "李雨溪"),)
    assert a.blocks[0].text == "近日，区委书记到外海检查工作。"


def test_group_articles_byline_attaches_to_the_headline() -> None:
    g = group_articles(
        [
            _b("分秒必争抢抓“黄金24小时”", T, 1),
            _b("□文/图 江门日报记者 蔡昭璐", B, 2),
            _b("通讯员 吴慧敏", B, 3),
            _b("火速集结，争分夺秒，围追堵截！", P, 4),
        ]
    )
    assert len(g.articles) == 1
    assert g.articles[0].credits == (Credit("记者", "蔡昭璐"), Credit("通讯员", "吴慧敏"))
    assert g.articles[0].dateline is None


def test_group_articles_two_headlines_make_title_and_subtitle() -> None:
    g = group_articles(
        [
            _b("小巷里的微改造", T, 1),
            _b("——老城区居民的幸福新生活", T, 2),
            _b("走进小巷，青石板路干净整洁。", P, 3),
        ]
    )
    a = g.articles[0]
    assert (a.title, a.subtitle, a.kicker) == ("小巷里的微改造", "老城区居民的幸福新生活", None)


def test_group_articles_jump_from_sets_continued_from() -> None:
    g = group_articles(
        [
            _b("老旧小区改造提速", T, 1),
            _b("（上接A1版）", J, 2),
            _b("据介绍，今年全区共有28个老旧小区纳入改造计划。", P, 3),
        ]
    )
    a = g.articles[0]
    assert a.continued_from is True
    assert a.continued_to is False
    assert g.furniture == ("（上接A1版）",)


def test_group_articles_jump_to_sets_continued_to() -> None:
    g = group_articles(
        [
            _b("夏粮收购有序推进", T, 1),
            _b("本报讯（记者 周航）连日来，各网点开秤收购夏粮。", P, 2),
            _b("（下转A3版）", J, 3),
        ]
    )
    a = g.articles[0]
    assert (a.continued_from, a.continued_to) == (False, True)
    assert g.furniture == ("（下转A3版）",)


def test_group_articles_jump_inside_paragraph_is_taken_out() -> None:
    g = group_articles(
        [
            _b("夏粮收购有序推进", T, 1),
            _b("本报讯（记者 周航）各网点开秤收购夏粮。（下转A3版）", P, 2),
        ]
    )
    a = g.articles[0]
    assert a.blocks[0].text == "各网点开秤收购夏粮。"
    assert a.continued_to is True
    assert "（下转A3版）" in g.furniture


def test_group_articles_open_paragraph_is_continued_to() -> None:
    g = group_articles(
        [
            _b("夏粮收购有序推进", T, 1),
            _b("本报讯 连日来，各网点开秤收购夏粮，粮食部门优化服务流程", P, 2, open_end=True),
        ]
    )
    assert g.articles[0].continued_to is True


def test_group_articles_a_photo_story_after_an_open_paragraph_leaves_it_continued() -> None:
    # the caption belongs to the next headline's picture: it cut nothing of the story above
    g = group_articles(
        [
            _b("夏粮收购有序推进", T, 1),
            _b("本报讯 连日来，各网点开秤收购夏粮，粮食部门优化服务流程，同时", P, 2, open_end=True),
            _b("美丽乡村入画来", T, 3),
            _b("图为游客在村口拍照留念。记者 李明 摄", C, 4),
        ]
    )
    assert g.articles[0].continued_to is True


@pytest.mark.parametrize(
    "text",
    [
        "他说：“我们一定要把这件事做好。”",  # closing quote after the final mark
        "会议还审议了其他事项。（完）",  # a note in brackets after it
        "会议审议了其他事项（详见第二版。）",  # closing bracket after the final mark
        "他說：「好。」",
    ],
)
def test_group_articles_final_mark_then_closer_is_not_continued(text: str) -> None:
    # open_end comes from the raw line (layout); the normalized text is what ends the article
    g = group_articles([_b("夏粮收购有序推进", T, 1), _b(text, P, 2, open_end=True)])
    assert g.articles[0].continued_to is False


def test_group_articles_caption_after_an_open_paragraph_is_not_continued() -> None:
    # a picture cut the paragraph: its open end says nothing of a continuation elsewhere
    blocks = [
        _b("夏粮收购有序推进", T, 1),
        _b("本报讯 连日来，各网点开秤收购夏粮，粮食部门优化服务流程", P, 2, open_end=True),
        _b("图为农户在收购点售粮。记者 周航 摄", C, 3),
    ]
    a = group_articles(blocks).articles[0]
    assert ([b.type for b in a.blocks], a.continued_to) == (
        [BlockType.PARAGRAPH, BlockType.CAPTION],
        False,
    )
    # the paragraph goes on after the picture: the caption no longer ends it
    more = _b("延长收购时间，农户售粮更加便捷", P, 4, open_end=True)
    assert group_articles([*blocks, more]).articles[0].continued_to is True


_LEAD = (  # long paragraphs: a page with a paragraph per line
    "区委常委会会议召开\n\n本报讯（记者 李明）7月15日，区委书记主持召开区委常委会会议，"
    "传达学习上级有关会议精神，研究部署当前疫情防控工作。\n\n会议指出，当前疫情形势严峻复杂，"
    "各级各部门要切实增强责任感和紧迫感，坚决克服麻痹思想和侥幸心理。\n\n"
)
_OPEN = "会议要求，要严格落实各项防控措施，加强重点场所管理，做好物资储备，全力以赴\n"


@pytest.mark.parametrize(
    ("last", "continued"),
    [
        ('他说:"我们一定要把这件事做好,全力以赴。"\n', False),  # “…。” once normalized
        ("会议要求，要严格落实各项防控措施，加强重点场所管理.\n", False),  # 。 once normalized
        (_OPEN, True),
        (_OPEN + "\n图为会议现场。记者 李明 摄\n", False),
    ],
    ids=["ascii-quote", "ascii-period", "open", "open-then-caption"],
)
def test_parse_continued_to_of_the_last_paragraph(last: str, continued: bool) -> None:
    doc = newsclean.parse(_LEAD + last)
    assert doc.meta["mode"] == "lines"
    assert doc.articles[-1].continued_to is continued


def test_group_articles_intertitle_goes_before_the_next_paragraph() -> None:
    g = group_articles(
        [
            _b("分秒必争抢抓黄金时间", T, 1),
            _b("火速集结，争分夺秒！", P, 2),
            _b("2小时内火速集结", IT, 3),
            _b("7月7日，区委迅速响应。", P, 4),
        ]
    )
    assert [(b.type, b.text) for b in g.articles[0].blocks] == [
        (BlockType.PARAGRAPH, "火速集结，争分夺秒！"),
        (BlockType.INTERTITLE, "2小时内火速集结"),
        (BlockType.PARAGRAPH, "7月7日，区委迅速响应。"),
    ]


def test_group_articles_orphan_intertitle_is_a_leftover() -> None:
    g = group_articles([_b("标题在此", T, 1), _b("正文在此。", P, 2), _b("巾帼不让须眉", IT, 3)])
    assert [lo.text for lo in g.leftovers] == ["巾帼不让须眉"]


def test_group_articles_open_paragraph_is_joined_with_its_continuation() -> None:
    g = group_articles(
        [
            _b("分秒必争抢抓黄金时间", T, 1),
            _b("流调溯源是疫情控制的“最强", P, 2, open_end=True),
            _b("大脑”，讲求快速。", P, 3),
        ]
    )
    assert [b.text for b in g.articles[0].blocks] == ["流调溯源是疫情控制的“最强大脑”，讲求快速。"]


def test_group_articles_block_that_began_a_paragraph_in_its_column_continues_nothing() -> None:
    # untangled columns: the column ends in mid-sentence (…密切相); the next block in reading
    # order stands in another column stream right after a paragraph that ended there, so it
    # begins a paragraph of its own, though nothing in its words says so
    cut = "当天早上，我们早早就赶到了会场，心情既激动又自豪，与同学们密切相"
    fresh = "另一位代表是医疗卫生界的梁代表，她勉励大家多锻炼身体。"
    blocks = [
        _b("江门优质教育资源将越来越多", T, 1),
        _b(cut, P, 2, open_end=True),
        RawBlock(fresh, (3, 3), P, follows_end=True),
    ]
    assert [b.text for b in group_articles(blocks).articles[0].blocks] == [cut, fresh]
    # the same text with nothing known of its column is joined, as in any hard-wrapped text
    blocks[2] = _b(fresh, P, 3)
    assert [b.text for b in group_articles(blocks).articles[0].blocks] == [cut + fresh]
    # and a text that cannot begin a sentence goes on with the cut paragraph all the same
    blocks[2] = RawBlock("关。听完报告，我们更加相信。", (3, 3), P, follows_end=True)
    assert [b.text for b in group_articles(blocks).articles[0].blocks] == [
        cut + "关。听完报告，我们更加相信。"
    ]


def test_group_articles_headline_printed_inside_a_joined_lead_is_an_intertitle() -> None:
    # pdfminer set an intertitle's box between the two halves of a lead cut in its credits;
    # classify joined the lead around it (lines 3-6), so the short heading at line 4 stands
    # inside that paragraph: no new article starts there
    lead = "本报讯（记者 周晓岚）5月17日，滨河步道最后一段完成验收，实现全线贯通。"
    blocks = [
        _b("滨河步道全线贯通", T, 1),
        RawBlock(lead, (3, 6), P),
        _b("夜间照明同步升级", T, 4),
        _b("记者在现场看到，新装的路灯采用暖色光源。", P, 8),
    ]
    g = group_articles(blocks)
    assert [a.title for a in g.articles] == ["滨河步道全线贯通"]
    assert [(b.type, b.text) for b in g.articles[0].blocks] == [
        (BlockType.PARAGRAPH, "5月17日，滨河步道最后一段完成验收，实现全线贯通。"),
        (BlockType.INTERTITLE, "夜间照明同步升级"),
        (BlockType.PARAGRAPH, "记者在现场看到，新装的路灯采用暖色光源。"),
    ]
    # where columns were untangled, spans overlap everywhere and tell nothing of this
    mixed = group_articles(blocks, mixed=True)
    assert [a.title for a in mixed.articles] == ["滨河步道全线贯通", "夜间照明同步升级"]


def test_group_articles_caption_assigned_by_topic_and_placed_last() -> None:
    g = group_articles(
        [
            _b("流调人员连续作战", T, 1),
            _b("流调溯源指挥中心里，流调人员连续作战，流调队伍昼夜不息。", P, 2),
            _b("区慈善会派发暖心包", T, 3),
            _b("区慈善会募集捐款，累计派发暖心包4882个，暖心包送到群众手中。", P, 4),
            _b("流调人员吃住在流调溯源指挥中心。", C, 6, gap=3),
        ]
    )
    flu, charity = g.articles
    assert flu.blocks[-1] == flu.blocks[-1].__class__(
        BlockType.CAPTION, "流调人员吃住在流调溯源指挥中心。", (6, 6)
    )
    assert all(b.type is not BlockType.CAPTION for b in charity.blocks)


def test_group_articles_furniture_collected_in_order() -> None:
    g = group_articles(
        [
            _b("江门日报 2022年7月16日", F, 1),
            _b("标题在此", T, 2),
            _b("正文在此。", P, 3),
            _b("责任编辑：王芳", F, 4),
        ]
    )
    assert g.furniture == ("江门日报 2022年7月16日", "责任编辑：王芳")
    assert g.leftovers == ()


def test_group_articles_trailing_credit_taken_from_last_paragraph() -> None:
    g = group_articles([_b("标题在此", T, 1), _b("会议结束。（通讯员 邱玉珍）", P, 2)])
    a = g.articles[0]
    assert a.blocks[0].text == "会议结束。"
    assert a.credits == (Credit("通讯员", "邱玉珍"),)


def test_group_articles_mid_sentence_start_sets_continued_from() -> None:
    g = group_articles(
        [_b("打好疫情防控主动仗", T, 1), _b("杂，奥密克戎BA.5正在成为主要毒株。", P, 2)]
    )
    assert g.articles[0].continued_from is True


def test_group_articles_lead_without_headline_still_makes_an_article() -> None:
    g = group_articles([_b("本报讯（记者 李明）昨天，会议召开。", P, 1)])
    assert len(g.articles) == 1
    assert g.articles[0].title == ""
    assert g.articles[0].dateline == "本报讯"
    assert any(w.action == "no-headline" for w in g.warnings)


def test_group_articles_duplicate_credits_removed() -> None:
    g = group_articles(
        [
            _b("标题在此", T, 1),
            _b("记者 李明", B, 2),
            _b("本报讯（记者 李明）昨天，会议召开。", P, 3),
        ]
    )
    assert g.articles[0].credits == (Credit("记者", "李明"),)


def test_group_articles_empty() -> None:
    g = group_articles([])
    assert (g.articles, g.furniture, g.leftovers) == ((), (), ())


def test_group_articles_credits_after_a_body_belong_to_it() -> None:
    g = group_articles(
        [
            _b("广东投入千余名消防救援人员", T, 1),
            _b("广东消防发布消息称，全力投入抢险救援。", P, 2),
            _b("文/本报记者：黎嘉恒 通讯员：粤消宣", B, 3),
            _b("长江大桥九月可望竣工", T, 4),
            _b("本报讯 武汉长江大桥工地上，建设者们正在抓紧扫尾。", P, 5),
        ]
    )
    assert [a.title for a in g.articles] == ["广东投入千余名消防救援人员", "长江大桥九月可望竣工"]
    assert [c.name for c in g.articles[0].credits] == ["黎嘉恒", "粤消宣"]
    assert g.articles[1].credits == ()


def test_group_articles_photo_story_keeps_its_caption() -> None:
    g = group_articles(
        [
            _b("区领导检查疫情防控工作", T, 1),
            _b("本报讯 近日，区委书记到外海街道检查疫情防控工作。", P, 2),
            _b("我们的伟大祖国", T, 3),
            _b("访问团日前深入山区村寨。图为团员看望烈士家属。", C, 4),
            _b("外海街道要守住外防输入关口，做好疫情防控。", P, 5),
        ]
    )
    assert [a.title for a in g.articles] == ["区领导检查疫情防控工作", "我们的伟大祖国"]
    photo = g.articles[1]
    assert [(b.type, b.text) for b in photo.blocks] == [
        (BlockType.CAPTION, "访问团日前深入山区村寨。图为团员看望烈士家属。")
    ]
    assert g.articles[0].blocks[-1].text == "外海街道要守住外防输入关口，做好疫情防控。"


def test_group_articles_warns_of_a_join_across_other_text_with_no_sign_of_a_cut() -> None:
    flu = "流调溯源指挥中心的流调人员连续作战，流调队伍"
    blocks = [
        _b("流调人员连续作战", T, 1),
        _b(flu, P, 2, open_end=True),
        _b("区慈善会派发暖心包", T, 3),
        _b("7月7日，区慈善会发布倡议书，募集暖心包。", P, 4),
        _b("流调人员昼夜不息，流调溯源指挥中心灯火通明。", P, 5),
    ]
    g = group_articles(blocks)
    assert g.articles[0].blocks[0].text.startswith(flu)
    assert [w.action for w in g.warnings] == ["low-confidence-join"]
    # a second half that plainly goes on (a particle first) is joined without a warning
    blocks[4] = _b("的流调人员昼夜不息，流调溯源指挥中心灯火通明。", P, 5)
    assert group_articles(blocks).warnings == ()


def test_group_articles_headline_printed_after_its_text() -> None:
    g = group_articles(
        [
            _b("区领导检查疫情防控工作", T, 1),
            _b("本报讯 近日，区委书记到外海街道检查工作。", P, 2),
            _b("本报讯 据长江日报消息：大桥工地上，建设者们正在扫尾。", P, 3),
            _b("长江大桥九月可望竣工", T, 4),
        ]
    )
    assert [a.title for a in g.articles] == ["区领导检查疫情防控工作", "长江大桥九月可望竣工"]
    assert g.articles[1].blocks[0].text.startswith("据长江日报消息")


def test_group_articles_text_starting_with_a_particle_is_continued_from_elsewhere() -> None:
    g = group_articles([_b("的工作。区委书记强调，要做好防控工作。", P, 1)])
    assert g.articles[0].continued_from


def test_group_articles_two_headline_lines() -> None:
    def heads(*lines: str) -> tuple[str | None, str, str | None]:
        blocks = [_b(h, T, i + 1) for i, h in enumerate(lines)]
        blocks.append(_b("本报讯 昨天，会议召开。", P, len(lines) + 1))
        a = group_articles(blocks).articles[0]
        return a.kicker, a.title, a.subtitle

    # a kicker (引题) over the title, as papers print it
    assert heads("对门着了火 醉汉仍酣睡", "番禺居民楼深夜失火") == (
        "对门着了火 醉汉仍酣睡",
        "番禺居民楼深夜失火",
        None,
    )
    # a subtitle after a dash
    assert heads("稻菽飘香话丰年", "——写在丰收节到来之际") == (None, "稻菽飘香话丰年", "写在丰收节到来之际")
    # one headline wrapped inside a word
    assert heads("新会赴深圳推介招商，签约项目总投", "资逾200亿元") == (
        None,
        "新会赴深圳推介招商，签约项目总投资逾200亿元",
        None,
    )




def test_group_articles_three_headline_lines_without_a_dash() -> None:
    def heads(*lines: str) -> tuple[str | None, str, str | None]:
        blocks = [_b(h, T, i + 1) for i, h in enumerate(lines)]
        blocks.append(_b("本报讯 昨天，会议召开。", P, len(lines) + 1))
        a = group_articles(blocks).articles[0]
        return a.kicker, a.title, a.subtitle

    # kicker (引题), title, deck: each on its line
    assert heads("聚焦民生实事", "我市老旧小区改造全面提速", "今年将完成改造项目120个") == (
        "聚焦民生实事",
        "我市老旧小区改造全面提速",
        "今年将完成改造项目120个",
    )
    # a title over a deck wrapped over two lines (inside a word, or after its comma): the
    # deck is one subtitle, and the title stays the main headline
    assert heads("我市老旧小区改造全面提速", "今年将完成改造项目120个，惠及居", "民3万户") == (
        None,
        "我市老旧小区改造全面提速",
        "今年将完成改造项目120个，惠及居民3万户",
    )
    assert heads("我市老旧小区改造全面提速", "今年将完成改造项目120个，", "惠及居民3万户") == (
        None,
        "我市老旧小区改造全面提速",
        "今年将完成改造项目120个，惠及居民3万户",
    )
    # kicker, title and a wrapped deck: the deck's halves join with no space between them
    assert heads("聚焦民生实事", "老旧小区改造提速", "今年将完成改造项目120个，惠及居", "民3万户") == (
        "聚焦民生实事",
        "老旧小区改造提速",
        "今年将完成改造项目120个，惠及居民3万户",
    )

def test_group_articles_column_name_on_the_title_line_is_the_kicker() -> None:
    def heads(title: str) -> tuple[str | None, str]:
        a = group_articles([_b(title, T, 1), _b("本报讯 昨天，步道贯通。", P, 2)]).articles[0]
        return a.kicker, a.title

    assert heads("【今日关注】滨河步道全线贯通") == ("【今日关注】", "滨河步道全线贯通")
    assert heads("■ 民生观察 滨河步道全线贯通") == ("■ 民生观察", "滨河步道全线贯通")
    # brackets that are part of the headline stay in it
    assert heads("《产经》一天登3文 矢板明夫解读") == (None, "《产经》一天登3文 矢板明夫解读")
    assert heads("■滨河步道全线贯通") == (None, "■滨河步道全线贯通")


def test_group_articles_credits_cut_into_two_boxes_after_the_dateline() -> None:
    # pdfminer cut the lead after its first credit: 本报讯 记者黎晓文 | 通讯员伍教宣报道：…
    g = group_articles(
        [
            _b("新增三所公办幼儿园", T, 1),
            _b("本报讯 记者黎晓文", P, 2),
            _b("通讯员伍教宣报道：记者近日从区教育局获悉，该区将新增3所幼儿园。", P, 3),
        ]
    )
    (a,) = g.articles
    assert a.dateline == "本报讯"
    assert a.credits == (Credit("记者", "黎晓文"), Credit("通讯员", "伍教宣"))
    assert [b.text for b in a.blocks] == ["记者近日从区教育局获悉，该区将新增3所幼儿园。"]


def test_group_articles_a_paragraph_after_the_lead_is_no_credit_without_reported() -> None:
    g = group_articles(
        [
            _b("新增三所公办幼儿园", T, 1),
            _b("本报讯 记者黎晓文", P, 2),
            _b("通讯员们近日走访了全区各幼儿园。", P, 3),
        ]
    )
    (a,) = g.articles
    assert a.credits == (Credit("记者", "黎晓文"),)
    assert [b.text for b in a.blocks] == ["通讯员们近日走访了全区各幼儿园。"]


def test_group_articles_a_caption_printed_inside_an_article_is_its_own() -> None:
    # the caption shares a place name (北岭) with the next story, nothing with its own
    g = group_articles(
        [
            _b("前三季度全市经济增长", T, 1),
            _b("10月20日，市统计局发布前三季度全市经济运行情况，经济总量同比增长6.1%。", P, 2),
            _b("图为工人在北岭经开区一家企业的车间里作业。", C, 3),
            _b("前三季度，规模以上工业增加值同比增长8.4%，增速居全省前列。", P, 4),
            _b("秋粮收购有序推进", T, 5),
            _b("在北岭粮库收购现场，前来售粮的车辆排成一列，工作人员有序引导车辆过磅。", P, 6),
            _b("北岭粮库今年新建了两座仓房，北岭全市储粮能力提高到十万吨。", P, 7),
        ]
    )
    assert [[b.type.value for b in a.blocks] for a in g.articles] == [
        ["paragraph", "paragraph", "caption"],
        ["paragraph", "paragraph"],
    ]


def test_group_articles_a_caption_between_articles_goes_by_its_words() -> None:
    # printed after the first story ends: no article encloses it, the words decide
    g = group_articles(
        [
            _b("前三季度全市经济增长", T, 1),
            _b("10月20日，市统计局发布前三季度全市经济运行情况，地区生产总值同比增长6.1%。", P, 2),
            _b("秋粮收购有序推进", T, 3),
            _b("图为北岭粮库收购现场，售粮车辆排成一列。", C, 4),
            _b("在北岭粮库收购现场，前来售粮的车辆排成一列，工作人员有序引导车辆过磅。", P, 5),
        ]
    )
    assert [[b.type.value for b in a.blocks] for a in g.articles] == [
        ["paragraph"],
        ["paragraph", "caption"],
    ]


# ------------------------------------------------------------- headlines printed side by side
_SIDE_BY_SIDE = """东港日报

{heads}

本报讯 港区今天表示，辖内将新增公共充电桩一百二十座，方便电动汽车车主就近充电。

本报讯 停业半年的渔港早市昨天重新开张，二百多个摊位全部完成改造，市民纷纷前来选购海鲜。
"""


@pytest.mark.parametrize("heads", ["港区新增充电桩\n渔港早市重开", "港区新增充电桩 渔港早市重开"])
def test_headlines_given_together_go_to_the_leads_under_them(heads: str) -> None:
    # two briefs side by side: the extractor gives both headlines (on two lines, or on one
    # with a space between), then both texts; each headline goes to the text sharing its words
    doc = newsclean.parse(_SIDE_BY_SIDE.format(heads=heads))
    got = [(a.kicker, a.title, a.blocks[0].text[:4]) for a in doc.articles]
    assert got == [(None, "港区新增充电桩", "港区今天"), (None, "渔港早市重开", "停业半年")]


def test_headlines_stay_when_a_lead_shares_none_of_their_words() -> None:
    # a kicker over a title, then an untitled brief about something else: nothing moves
    page = _SIDE_BY_SIDE.format(heads="绿色出行再提速\n港区新增充电桩").replace("渔港早市", "社区食堂")
    page = page.replace("海鲜", "饭菜").replace("渔港", "社区")
    arts = newsclean.parse(page).articles
    assert [(a.kicker, a.title) for a in arts] == [("绿色出行再提速", "港区新增充电桩"), (None, "")]


def test_best_owners_gives_every_article_a_headline() -> None:
    from newsclean.articles import _best_owners

    # the second headline shares as much with the first text as with the second: it goes to
    # the second, which has no other; a headline no text shares is left to its neighbours
    assert _best_owners([[0.5, 0.0, 0.0], [0.1, 0.1, 0.0], [0.0, 0.0, 0.8]], 3) == [0, 1, 2]
    assert _best_owners([[0.0, 0.0], [0.5, 0.0], [0.0, 0.6]], 2) == [None, 0, 1]
    assert _best_owners([[0.5, 0.2], [0.4, 0.0]], 2) == [1, 0]
    assert _best_owners([[0.5, 0.0], [0.4, 0.0]], 2) is None  # the second text shares none


_ROW_OF_FOUR = """东港日报

港区新增充电桩

渔港早市重开

社区食堂开张

本报讯 港区今天表示，辖内将新增公共充电桩一百二十座，方便车主就近充电。

图书馆延时开放

本报讯 停业半年的渔港早市昨天重新开张，二百多个摊位全部完成改造。

本报讯 老街首家社区食堂昨天开张，首日接待老人三百余人次。

本报讯 市图书馆从下月起延时开放，每晚闭馆时间推迟到九点。
"""


def test_a_row_of_headlines_goes_out_past_a_column_foot_headline() -> None:
    # three briefs side by side: their headlines come first; the first column's foot holds a
    # fourth brief's headline (图书馆延时开放), read before the second column's lead; each
    # headline goes to the text sharing its words
    doc = newsclean.parse(_ROW_OF_FOUR)
    got = [(a.kicker, a.title, a.blocks[0].text[:4]) for a in doc.articles]
    assert got == [
        (None, "港区新增充电桩", "港区今天"),
        (None, "渔港早市重开", "停业半年"),
        (None, "社区食堂开张", "老街首家"),
        (None, "图书馆延时开放", "市图书馆"),
    ]


def test_a_row_of_headlines_goes_out_to_more_leads_only_where_each_finds_its_text() -> None:
    # three headlines, four leads: each headline goes to the text that shares it, the fourth
    # lead stays untitled; where one headline is shared by no text, nothing moves
    page = _ROW_OF_FOUR.replace("图书馆延时开放\n\n", "")
    got = [a.title for a in newsclean.parse(page).articles]
    assert got == ["港区新增充电桩", "渔港早市重开", "社区食堂开张", ""]
    page = page.replace("社区食堂开张", "秋风送爽")
    got = [a.title for a in newsclean.parse(page).articles]
    assert got[1:] == ["", "", ""]


def test_best_owners_partial_gives_each_headline_an_article_of_its_own() -> None:
    from newsclean.articles import _best_owners

    shares = [[0.5, 0.0, 0.0, 0.0], [0.0, 0.4, 0.0, 0.0], [0.0, 0.0, 0.0, 0.7]]
    assert _best_owners(shares, 4, partial=True) == [0, 1, 3]
    assert _best_owners(shares, 4) is None  # the third article would get none
    assert _best_owners([[0.5, 0.0, 0.0], [0.0, 0.0, 0.0]], 3, partial=True) is None


def test_an_answer_goes_to_the_article_whose_question_was_just_read() -> None:
    # the answer shares its words (市城管局有关负责人) with the story beside the interview,
    # but 答：… answers the 问：… that ends the interview: it goes on there
    g = group_articles(
        [
            _b("新增10个口袋公园", T, 1),
            _b("市城管局有关负责人表示，明年将继续在老城区见缝插绿。", P, 2),
            _b("老旧小区改造提速", T, 3),
            _b("今年以来，我市启动老旧小区改造项目42个。", P, 4),
            _b("问：改造资金从哪里来？", P, 5),
            _b("答：市城管局有关负责人介绍，资金由财政补助和居民自筹。", P, 6),
        ]
    )
    assert [b.text[:2] for b in g.articles[1].blocks] == ["今年", "问：", "答："]
    assert len(g.articles[0].blocks) == 1


def test_a_lead_printed_after_its_storys_end_takes_the_headline_and_goes_first() -> None:
    # pdfminer gave the story's last box (its first line full: it began in mid-paragraph)
    # between the headline and the lead; the lead, with no headline of its own, is that
    # headline's, and the story reads from it
    end = RawBlock("工业增长的贡献率超过六成。", (3, 4), P, open_start=True)
    g = group_articles(
        [
            _b("前三季度全市经济增长6.1%", T, 1),
            end,
            _b("市统计局有关负责人表示，全年经济有望保持稳中向好的态势。", P, 6),
            _b("本报讯（记者 柯文斌）10月20日，市统计局发布前三季度经济运行情况。", P, 8),
            _b("分产业看，第三产业增加值增长5.6%。", P, 10),
        ]
    )
    (a,) = g.articles
    assert a.title == "前三季度全市经济增长6.1%"
    assert a.dateline == "本报讯"
    assert [b.text[:2] for b in a.blocks] == ["10", "分产", "工业", "市统"]
    # a story whose first box began a paragraph is a story of its own: the lead opens another
    g = group_articles(
        [
            _b("前三季度全市经济增长6.1%", T, 1),
            _b("市统计局有关负责人表示，全年经济有望保持稳中向好的态势。", P, 3),
            _b("本报讯（记者 柯文斌）10月20日，市统计局发布前三季度经济运行情况。", P, 5),
        ]
    )
    assert len(g.articles) == 2


def test_a_storys_end_printed_above_its_lead_closes_it_after_what_follows_the_lead() -> None:
    # the story's text printed after the lead may go to the headline's draft by its words
    # before the lead joins it; the end printed at the top still comes last
    end = RawBlock("工业增长的贡献率超过六成。", (3, 4), P, open_start=True)
    g = group_articles(
        [
            _b("前三季度全市经济增长6.1%", T, 1),
            end,
            _b("市统计局有关负责人表示，全市工业经济有望保持稳中向好的态势。", P, 6),
            _b("本报讯（记者 柯文斌）10月20日，市统计局发布前三季度经济运行情况。", P, 8),
            _b("分产业看，第三产业增加值增长5.6%。", P, 10),
            _b("工业投资持续回暖", IT, 12),
            _b("其中，全市工业经济的贡献率稳中向好，有望保持态势。", P, 14),
        ]
    )
    (a,) = g.articles
    assert [b.text[:3] for b in a.blocks] == ["10月", "分产业", "工业投", "其中，", "工业增", "市统计"]


def test_a_paragraph_left_open_goes_on_in_the_end_printed_above_the_lead() -> None:
    # …对规模以上 | 工业增长的贡献率超过六成。: the box at the top finishes the sentence
    end = RawBlock("工业增长的贡献率超过六成。", (3, 4), P, open_start=True)
    cut = RawBlock("其中，三大产业合计增长12.6%，对规模以上", (14, 16), P, open_end=True)
    g = group_articles(
        [
            _b("前三季度全市经济增长6.1%", T, 1),
            end,
            _b("市统计局有关负责人表示，全市工业经济有望保持稳中向好的态势。", P, 6),
            _b("本报讯（记者 柯文斌）10月20日，市统计局发布前三季度经济运行情况。", P, 8),
            _b("工业投资持续回暖", IT, 12),
            cut,
        ]
    )
    (a,) = g.articles
    assert [b.text[:3] for b in a.blocks] == ["10月", "工业投", "其中，", "市统计"]
    assert a.blocks[2].text == "其中，三大产业合计增长12.6%，对规模以上工业增长的贡献率超过六成。"


def test_an_indented_block_begins_a_paragraph_an_open_one_does_not_take() -> None:
    # 交通运输部有关负责人介绍，… under a story's open paragraph (…对规模以上): its first line
    # short by the indent says a paragraph begins, though 上|交 makes a word
    from newsclean.rejoin import continues_cut

    text = "交通运输部有关负责人介绍，外贸航线持续加密。"
    assert continues_cut(RawBlock(text, (9, 12), P), text)
    assert not continues_cut(RawBlock(text, (9, 12), P, indented=True), text)
    # ...unless the text plainly goes on (、巫丹，…)
    rest = "、巫丹，组成了流调小组。"
    assert continues_cut(RawBlock(rest, (9, 12), P, indented=True), rest)


def test_text_after_a_from_jump_line_opens_a_continued_article() -> None:
    # （上接第1版） over a paragraph: a story continued from another page starts here, though
    # its text shares words with the story read just before (粮, 收购)
    g = group_articles(
        [
            _b("秋粮收购有序推进", T, 1),
            _b("截至10月18日，全市已收购中晚稻9.6万吨，粮食收购网点运转正常。", P, 2),
            _b("（上接第1版）", J, 3),
            _b("收购网点延长营业时间，确保农民售粮不排长队。", P, 4),
        ]
    )
    assert len(g.articles) == 2
    assert g.articles[1].continued_from
    assert g.articles[1].blocks[0].text.startswith("收购网点")
    assert "（上接第1版）" in g.furniture


def test_a_trailing_credit_cut_at_a_line_end_is_taken_once_its_halves_join() -> None:
    # untangled columns: the credit's bracket closes in the next block, joined by rejoin
    g = group_articles(
        [
            _b("台湾真晨报驻粤记者来江门交流", T, 1),
            _b("许文德表示，会多宣传两地往来。（中国台湾网江门市台办通讯员 邱玉珍", P, 2, open_end=True),
            _b("汤敏仪）", P, 3),
        ],
        mixed=True,
    )
    (a,) = g.articles
    assert [b.text for b in a.blocks] == ["许文德表示，会多宣传两地往来。"]
    assert a.credits == (Credit("通讯员", "邱玉珍"), Credit("通讯员", "汤敏仪"))


def test_a_headline_stranded_on_a_mixed_page_goes_to_the_lead_that_shares_its_words() -> None:
    blocks = [
        _b("南方报人基层过大年", T, 1),
        _b("一户人家，一座村庄。", P, 2),
        _b("区慈善会派发暖心包", T, 3),
        _b("7月7日，区慈善会发布倡议书，号召社会各界踊跃捐款。", P, 4),
        _b("南方日报讯 春节长假里，南方报人一边返乡过年，一边沉到基层，记下基层过大年的新春故事。", P, 5),
    ]
    got = [(a.title, a.dateline) for a in group_articles(blocks, mixed=True).articles]
    assert got == [("区慈善会派发暖心包", None), ("南方报人基层过大年", "南方日报讯")]
    # the lead may come first, its headline later
    first = [blocks[4], *blocks[2:4], *blocks[:2]]
    got = [(a.title, a.dateline) for a in group_articles(first, mixed=True).articles]
    assert got == [("南方报人基层过大年", "南方日报讯"), ("区慈善会派发暖心包", None)]
    # columns read in turn, not mixed: the headline keeps its own text, the lead stays apart
    got = [(a.title, a.dateline) for a in group_articles(blocks).articles]
    assert got == [("南方报人基层过大年", None), ("区慈善会派发暖心包", None), ("", "南方日报讯")]


def test_on_a_mixed_page_the_title_is_the_headline_whose_words_the_text_uses() -> None:
    heads = ["献良策", "欢度双节来台山", "江门优质教育资源将越来越多"]
    text = "我们更加相信：今后江门的优质教育资源会越来越多。"
    blocks = [_b(h, T, k) for k, h in enumerate(heads, 1)] + [_b(text, P, 4)]
    (a,) = group_articles(blocks, mixed=True).articles
    assert (a.kicker, a.title) == ("献良策 欢度双节来台山", "江门优质教育资源将越来越多")
    # columns one after another: kicker, title, deck as printed
    (a,) = group_articles(blocks).articles
    assert (a.kicker, a.title, a.subtitle) == ("献良策", "欢度双节来台山", "江门优质教育资源将越来越多")


def test_on_a_mixed_page_two_headlines_that_fit_each_others_text_change_places() -> None:
    blocks = [
        _b("区慈善会派发暖心包", T, 1),
        _b("本报讯 春节长假里，南方报人一边返乡过年，一边沉到基层，记下过大年的新春故事。", P, 2),
        _b("南方报人基层过大年", T, 3),
        _b("7月7日，区慈善会发布倡议书，号召社会各界为困难群众派发暖心包。", P, 4),
    ]
    got = [(a.title, a.dateline) for a in group_articles(blocks, mixed=True).articles]
    assert got == [("南方报人基层过大年", "本报讯"), ("区慈善会派发暖心包", None)]
    # columns one after another: each headline stays over the text printed under it
    got = [(a.title, a.dateline) for a in group_articles(blocks).articles]
    assert got == [("区慈善会派发暖心包", "本报讯"), ("南方报人基层过大年", None)]
