"""Headline decks on hand-made pages: where one headline ends and the next begins."""

from __future__ import annotations

import newsclean
from newsclean import Credit, Kind, RawBlock, classify, group_articles
from newsclean.classify import line_role, parse_credits
from newsclean.layout import unwrap
from newsclean.model import Line


def _blk(text: str, line: int, kind: Kind = Kind.PARAGRAPH, **kw: bool) -> RawBlock:
    """A one-line block as layout gives it, its raw text kept."""
    return RawBlock(text, (line, line), kind, raw=text, **kw)


def test_unwrap_ends_a_subtitle_line_before_the_next_headline() -> None:
    lines = [
        Line(1, "城区新增三条公交线路"),
        Line(2, "——方便市民出行的又一项民生实事"),
        Line(3, "乡村书屋开门迎客"),
    ]
    blocks = unwrap(lines, role=line_role)
    assert [b.text for b in blocks][-2:] == ["——方便市民出行的又一项民生实事", "乡村书屋开门迎客"]


def test_unwrap_goes_on_with_a_subtitle_cut_inside_a_word() -> None:
    lines = [Line(1, "——记扎根山区三十年的乡村教"), Line(2, "师王秀英")]
    assert [b.text for b in unwrap(lines, role=line_role)] == ["——记扎根山区三十年的乡村教师王秀英"]


def test_a_headline_after_a_subtitle_opens_another_article() -> None:
    g = group_articles(
        [
            _blk("城区新增三条公交线路", 1, Kind.TITLE),
            _blk("——方便市民出行的又一项民生实事", 2, Kind.TITLE),
            _blk("乡村书屋开门迎客", 3, Kind.TITLE),
            _blk("本报讯 近日，蓬江区又有十家乡村书屋开门迎客。", 4, Kind.PARAGRAPH),
        ]
    )
    assert [(a.title, a.subtitle) for a in g.articles] == [
        ("城区新增三条公交线路", "方便市民出行的又一项民生实事"),
        ("乡村书屋开门迎客", None),
    ]


# pdftotext -raw gives a box as the PDF drew it: here a story's text, then its headline, kicker
# and subtitle, then the next story, a picture's headline and caption.
_BODY_FIRST = """\
本报讯 据市交通局消息：
城区三条新公交线路今天起试
运行，沿线居民出行可少换乘
一到两次。
新线路途经多个大型居住区和
学校，早晚高峰加密班次，平
均每十分钟一班。
方便出行 惠及民生
城区新增三条公交线路
——沿线居民出行可少换乘一到两次
江畔新景
江边步道改造完工，市民傍晚
在此散步纳凉。记者 李明 摄
"""


def test_headline_printed_after_its_text_goes_to_it() -> None:
    doc = newsclean.parse(_BODY_FIRST)
    bus, photo = doc.articles
    assert bus.dateline == "本报讯"
    assert bus.subtitle == "沿线居民出行可少换乘一到两次"
    assert "城区新增三条公交线路" in bus.title
    assert bus.blocks[0].text.startswith("据市交通局消息：城区三条新公交线路今天起试运行")
    assert photo.title == "江畔新景"
    assert [b.type.value for b in photo.blocks] == ["caption"]


# a column 13 cells wide; a paragraph's first line lost its 2-cell indent
_BEFORE = [
    "今年国庆假期一口气放八",
    "天，各地文旅活动精彩纷呈，",
    "市民和游客都能在这里体味侨",
    "乡深厚的文化底蕴，饱览山海",
    "热热闹闹过个长假！",
]
_AFTER = ["过节的味道已经很浓了。放假", "时我打算带家里人来这里逛逛", "玩玩。”"]


def test_unwrap_keeps_an_intertitle_off_the_short_first_line_under_it() -> None:
    texts = [*_BEFORE, "国庆中秋节庆活动扎堆来", "“西门墟这里人气好旺，", *_AFTER]
    blocks = unwrap([Line(n, t) for n, t in enumerate(texts, 1)], role=line_role)
    assert [b.text for b in blocks][1:] == [
        "国庆中秋节庆活动扎堆来",
        "“西门墟这里人气好旺，过节的味道已经很浓了。放假时我打算带家里人来这里逛逛玩玩。”",
    ]


def test_unwrap_joins_a_paragraph_whose_first_line_lost_its_indent() -> None:
    texts = [*_BEFORE, "“西门墟这里人气好旺，", *_AFTER]
    blocks = unwrap([Line(n, t) for n, t in enumerate(texts, 1)], role=line_role)
    assert [b.text for b in blocks][1:] == [
        "“西门墟这里人气好旺，过节的味道已经很浓了。放假时我打算带家里人来这里逛逛玩玩。”",
    ]


def test_caption_of_context_then_tu_wei_is_one_caption() -> None:

    # the captions set wider than the body column, as under a picture
    got = classify(
        [
            _blk("乡村书屋开门迎客", 1),
            _blk("近日，蓬江区又有十家乡村书屋开门迎客。", 2, wide=True),
            _blk("图为村民在书屋里看书。", 3, wide=True),
            _blk("图为孩子们在书屋做作业。记者 李明 摄", 4, wide=True),
        ]
    )
    assert [(b.kind, b.text) for b in got][1:] == [
        (Kind.CAPTION, "近日，蓬江区又有十家乡村书屋开门迎客。图为村民在书屋里看书。"),
        (Kind.CAPTION, "图为孩子们在书屋做作业。记者 李明 摄"),
    ]


def test_byline_cut_inside_names_takes_the_rests_printed_blocks_later() -> None:

    got = classify(
        [
            _blk("城区新增三条公交线路", 1),
            _blk("本报讯 城区三条新公交线路今天起试运行，沿线居民出行更方便。", 2),
            _blk("文/江门日报记者：陈", 3),
            _blk("图/江门日报记者：李", 4),
            _blk("到6月17日为止，", 5),
            _blk("晓东 通讯员：交宣", 6),
            _blk("明 通讯员：交宣", 7),
        ]
    )
    bylines = [b for b in got if b.kind is Kind.BYLINE]
    assert [parse_credits(b.raw) for b in bylines] == [
        (Credit("记者", "陈晓东"), Credit("通讯员", "交宣")),
        (Credit("记者", "李明"), Credit("通讯员", "交宣")),
    ]
    assert [b.text for b in got if b.kind is not Kind.BYLINE][-1] == "到6月17日为止，"
    # a stray space inside the role of a rest (通讯 员) changes nothing
    spaced = classify([_blk("本报讯 城区公交线路今天起试运行。", 1), _blk("文/记者：陈", 2), _blk("晓东 通讯 员：交宣", 3)])
    assert [parse_credits(b.raw) for b in spaced if b.kind is Kind.BYLINE] == [
        (Credit("记者", "陈晓东"), Credit("通讯员", "交宣"))
    ]


# hard-wrapped text, a column 13 cells wide: a caption's last line, then a headline one cell
# short of the column, then a story going on from another page (its first line full)
_JUMPED = [
    "市民在新开放的江边步道上散",
    "步。",
    "开年江门掀起“招商热浪”",
    "全员参与招商，引进更多附加",
    "值高、科技含量高、市场前景",
    "广阔的优质项目。全会刚闭幕",
    "市长就带队赶赴深圳洽谈。",
]


def test_unwrap_sets_a_headline_one_cell_short_of_the_column_apart() -> None:
    blocks = unwrap([Line(n, t) for n, t in enumerate(_JUMPED, 1)], role=line_role)
    assert [b.text[:6] for b in blocks] == ["市民在新开放", "开年江门掀起", "全员参与招商"]
    assert blocks[2].open_start  # its first line is full: it goes on from elsewhere
    # rebuilt column streams are too rough for this
    mixed = unwrap([Line(n, t) for n, t in enumerate(_JUMPED, 1)], role=line_role, headings=False)
    assert [b.text[:6] for b in mixed] == ["市民在新开放", "开年江门掀起"]


def test_a_heading_over_text_that_goes_on_mid_paragraph_is_a_title() -> None:

    blocks = [
        RawBlock("本报讯 市民在新开放的江边步道上散步，享受春日好时光。", (1, 2), Kind.PARAGRAPH),
        RawBlock("开年江门掀起“招商热浪”", (3, 3), Kind.PARAGRAPH),
        RawBlock("全员参与招商，引进更多优质项目。", (4, 5), Kind.PARAGRAPH, open_start=True),
    ]
    assert classify(blocks)[1].kind is Kind.TITLE
    # an intertitle heads a paragraph's start; untangled streams can't tell where one starts
    assert classify(blocks, mixed=True)[1].kind is Kind.INTERTITLE


def test_unfinished_last_paragraph_goes_before_its_own_continuation_printed_first() -> None:
    g = group_articles(
        [
            _blk("全市消防员连夜救援", 1, Kind.TITLE),
            _blk("本报讯 昨夜暴雨，全市消防员连夜出动救援。", 2, Kind.PARAGRAPH),
            _blk("全市各级消防队伍共接到警情二百多起。", 3, Kind.PARAGRAPH, open_start=True),
            _blk("眼下，救援力量仍在各地待命。", 4, Kind.PARAGRAPH),
            _blk("到今天6时为止，", 5, Kind.PARAGRAPH),
        ]
    )
    assert [x.text for x in g.articles[0].blocks] == [
        "昨夜暴雨，全市消防员连夜出动救援。",
        "到今天6时为止，全市各级消防队伍共接到警情二百多起。",
        "眼下，救援力量仍在各地待命。",
    ]
    assert any("printed after it" in s.detail for s in g.trace)


def test_byline_names_wrapped_over_lines_printed_between_other_lines() -> None:

    got = classify(
        [
            _blk("人代会上的青苹果", 1),
            _blk("文/江门日报小记者 黄", 2),
            _blk("他痛苦、伤心、迷惘、绝", 3),
            _blk("欣妍 周若溪 林子航", 4),
            _blk("下午，我们兵分几路采访代表。", 5),
            _blk("赵俊熙 何宇", 6),
            _blk("轩", 7),
            _blk("我们采访的另一位代表，是医疗卫生界的梁慧珍。", 8),
        ]
    )
    byline = next(b for b in got if b.kind is Kind.BYLINE)
    assert [c.name for c in parse_credits(byline.raw)] == [
        "黄欣妍",
        "周若溪",
        "林子航",
        "赵俊熙",
        "何宇轩",
    ]
    # a line of words set apart by 、 is no line of names
    assert any(b.text == "他痛苦、伤心、迷惘、绝" for b in got)


def test_lead_cut_inside_its_credits_and_printed_after_its_text() -> None:

    blocks = classify(
        [
            _blk("乡村书屋开门迎客", 1),
            _blk("近日，蓬江区又有十家乡村书屋开门迎客，村民在家门口就能借书。", 2),
            _blk("书屋管理员说，开放第一周就借出了三百多本书。", 3),
            _blk("江门日报讯（文/图 记", 4),
            _blk("2024年9月2日 星期一", 5),
            _blk("者/张晓 通讯员/李文）", 6),
        ]
    )
    assert [b.text for b in blocks if b.text.startswith("江门日报讯")] == [
        "江门日报讯（文/图 记者/张晓 通讯员/李文）"
    ]
    g = group_articles(blocks)
    assert len(g.articles) == 1
    a = g.articles[0]
    assert (a.title, a.dateline) == ("乡村书屋开门迎客", "江门日报讯")
    assert a.credits == (Credit("记者", "张晓"), Credit("通讯员", "李文"))


def test_unwrap_ends_a_caption_at_its_credit_line_and_the_cut_paragraph_goes_on() -> None:
    # hard-wrapped: a caption of two lines and its credit stand between the halves of a
    # paragraph cut inside a word (便|民设施)
    texts = [
        "家住河畔社区的退休教师罗桂",
        "芬几乎每天傍晚都来散步。",
        "据悉，步道沿线的便",
        "5月17日傍晚，市民在新",
        "贯通的滨河步道上散步。",
        "记者 孟凡舟 摄",
        "民设施和绿化养护将交由属地",
        "街道统一管理。",
    ]
    blocks = unwrap([Line(n, t) for n, t in enumerate(texts, 1)], role=line_role)
    assert [b.text for b in blocks][1:] == [
        "据悉，步道沿线的便",
        "5月17日傍晚，市民在新贯通的滨河步道上散步。记者 孟凡舟 摄",
        "民设施和绿化养护将交由属地街道统一管理。",
    ]
    assert line_role("记者 孟凡舟 摄") == "photo"


_CUT_BY_PICTURE = [
    "县文旅局负责人介绍，",
    "今年全县已修缮古民居四十",
    "余栋，新建乡村书屋十二家，",
    "累计接待游客超过三十万人",
]
_AFTER_PICTURE = ["次，带动村民增收近千万元。", "下一步，县里还将推出", "古村夜游等新线路。"]


def test_unwrap_ends_a_caption_at_a_credit_printed_after_its_last_sentence() -> None:
    # the credit ends the caption's last line (…留念。文旅局供图): the caption starts at the
    # line that starts a sentence, and the paragraph it cut goes on after it (人|次)
    texts = [*_CUT_BY_PICTURE, "3月5日，游客在西塘村古民", "居前拍照留念。文旅局供图", *_AFTER_PICTURE]
    blocks = unwrap([Line(n, t) for n, t in enumerate(texts, 1)], role=line_role)
    assert [(b.text, b.open_end) for b in blocks] == [
        ("县文旅局负责人介绍，今年全县已修缮古民居四十余栋，新建乡村书屋十二家，累计接待游客超过三十万人", True),
        ("3月5日，游客在西塘村古民居前拍照留念。文旅局供图", False),
        ("次，带动村民增收近千万元。", False),
        ("下一步，县里还将推出古村夜游等新线路。", False),
    ]
    (a,) = newsclean.parse("古村焕新颜\n" + "\n".join(texts)).articles
    assert [(b.type.value, b.text) for b in a.blocks] == [
        (
            "paragraph",
            "县文旅局负责人介绍，今年全县已修缮古民居四十余栋，新建乡村书屋十二家，累计接待游客超过"
            "三十万人次，带动村民增收近千万元。",
        ),
        ("paragraph", "下一步，县里还将推出古村夜游等新线路。"),
        ("caption", "3月5日，游客在西塘村古民居前拍照留念。文旅局供图"),
    ]


def test_unwrap_ends_a_caption_at_a_credit_run_on_into_the_next_line() -> None:
    # the credit begun after the caption's sentence runs on into a short line (资|料图片); the
    # caption starts after the line that ends a clause (…十二家，)
    texts = [
        *_CUT_BY_PICTURE[:3],
        "修缮后的古民居前，村民晾",
        "晒秋收的辣椒。资",
        "料图片",
        "累计接待游客超过三十万人",
        "次。",
    ]
    blocks = unwrap([Line(n, t) for n, t in enumerate(texts, 1)], role=line_role)
    assert [b.text for b in blocks] == [
        "县文旅局负责人介绍，今年全县已修缮古民居四十余栋，新建乡村书屋十二家，",
        "修缮后的古民居前，村民晾晒秋收的辣椒。资料图片",
        "累计接待游客超过三十万人次。",
    ]


def test_a_whole_caption_line_under_page_furniture_stands_apart() -> None:
    texts = ["责任编辑：谭健 美编：林峰", "推介会活动现场。受访供图", "本报讯 昨日，全市秋季招商推介会在", "深圳举行。"]
    blocks = unwrap([Line(n, t) for n, t in enumerate(texts, 1)], role=line_role)
    assert [b.text for b in blocks][:2] == ["责任编辑：谭健 美编：林峰", "推介会活动现场。受访供图"]


def test_a_traditional_paragraph_cut_inside_a_word_by_a_captioned_photo_goes_on_after_it() -> None:
    # jieba's words are Simplified: the lexicon carries their Traditional forms (銷售), or the
    # cut word is not seen and the first half of the paragraph is taken for the caption's
    page = "\n".join(
        [
            "漁港早市昨日重開",
            "本報訊 停業半年的東港",
            "漁港早市昨日重新開張，四",
            "十多個攤位整齊排列，漁民",
            "清晨捕撈的海鮮直接上架銷",
            "4月8日晨，市民在漁港早市",
            "選購海鮮。記者 ",
            "陳志明 攝",
            "售。早市管理處表示，改造",
            "後的市場增設了排水溝和遮",
            "雨棚，攤位租金維持不變。",
        ]
    )
    (a,) = newsclean.parse(page).articles
    assert [(b.type.value, b.text) for b in a.blocks] == [
        (
            "paragraph",
            "停業半年的東港漁港早市昨日重新開張，四十多個攤位整齊排列，漁民清晨捕撈的海鮮直接上架"
            "銷售。早市管理處表示，改造後的市場增設了排水溝和遮雨棚，攤位租金維持不變。",
        ),
        ("caption", "4月8日晨，市民在漁港早市選購海鮮。記者陳志明攝"),
    ]


def test_text_output_keeps_every_deck_of_a_headline() -> None:
    page = "方便出行 惠及民生\n城区新增三条公交线路\n——沿线居民出行可少换乘\n\n本报讯 城区三条新公交线路今天起试运行，沿线居民出行可少换乘一到两次。\n"
    text = newsclean.parse(page).to_text()
    assert text.splitlines()[:3] == [
        "方便出行 惠及民生",
        "城区新增三条公交线路",
        "——沿线居民出行可少换乘",
    ]


def test_a_first_line_in_a_box_of_its_own_with_its_quote_hung_is_no_headline() -> None:
    # pdfminer: the indented first line is a box of its own, one cell short of the column
    # with its closing quote hung, as a headline may be; its sentence goes on in the next box
    page = (
        "秋夜音乐会\n\n本报讯 11月2日晚，市民乐\n团秋季音乐会在江滨公园\n露天剧场举行，近两千名\n"
        "市民冒着细雨前来聆听。\n\n音乐会以“家乡的河”\n\n为主题，演奏了十余首民\n"
        "族器乐作品，赢得现场观\n众阵阵掌声。\n"
    )
    (a,) = newsclean.parse(page).articles
    assert a.title == "秋夜音乐会"
    assert [b.text for b in a.blocks][1] == "音乐会以“家乡的河”为主题，演奏了十余首民族器乐作品，赢得现场观众阵阵掌声。"


_BODY = (
    "本报讯 近日，我市出台了关于加强老旧小区改造的新规定，明确了改造的范围、标准和资金来源，"
    "广大市民纷纷表示支持，认为这是一件实实在在的民生好事。\n"
    "记者了解到，新规将于下月起正式实施，各区将结合实际制定具体方案，并在改造前充分征求居民的"
    "意见，确保改造工作顺利推进、群众满意。\n"
    "据介绍，今年全市计划改造的老旧小区主要集中在老城区，涉及供水、供电、燃气、道路和绿化等"
    "多个方面，总投资预计超过十亿元。\n"
)


def test_a_deck_line_ending_in_a_comma_stays_in_its_headline() -> None:
    # the deck wraps after its comma: the line is no paragraph, and the line under it no title
    page = "我市老旧小区改造全面提速\n今年将完成改造项目120个，\n惠及居民3万户\n" + _BODY
    (a,) = newsclean.parse(page).articles
    assert (a.kicker, a.title, a.subtitle) == (
        None,
        "我市老旧小区改造全面提速",
        "今年将完成改造项目120个，惠及居民3万户",
    )
    assert a.blocks[0].text.startswith("近日，")
    # a title wrapped after its comma, at the page's top or under a finished story
    for top in ("", _BODY):
        page = top + "稳字当头抓项目，\n老旧小区改造全面提速\n" + _BODY
        a = newsclean.parse(page).articles[-1]
        assert (a.kicker, a.title, a.subtitle) == (None, "稳字当头抓项目，老旧小区改造全面提速", None)
    # a sentence's opening is no headline
    page = "老旧小区改造全面提速\n" + _BODY + "据介绍，\n社区议事会\n" + _BODY
    assert [a.title for a in newsclean.parse(page).articles] == ["老旧小区改造全面提速", "社区议事会"]


def test_a_kicker_ending_in_a_colon_over_the_title() -> None:
    page = "聚焦民生实事：\n我市老旧小区改造全面提速\n今年将完成改造项目120个\n" + _BODY
    (a,) = newsclean.parse(page).articles
    assert (a.kicker, a.title, a.subtitle) == (
        "聚焦民生实事：",
        "我市老旧小区改造全面提速",
        "今年将完成改造项目120个",
    )
    # a speaker's label over the text stays an intertitle
    page = "我市老旧小区改造全面提速\n" + _BODY + "居民代表李明：\n改造以后，我们的生活方便多了。\n"
    (a,) = newsclean.parse(page).articles
    assert [b.type.value for b in a.blocks][-2:] == ["intertitle", "paragraph"]


def test_a_title_wrapped_after_a_bare_count_is_one_title() -> None:
    # a clause that is only a count (20个) wants its noun on the next line
    page = "新会赴深圳推介招商，20个\n签约项目总投资逾200亿元\n" + _BODY
    (a,) = newsclean.parse(page).articles
    assert (a.kicker, a.title) == (None, "新会赴深圳推介招商，20个签约项目总投资逾200亿元")
    # a count after its noun can end a line: a kicker over its title
    page = "新增高新技术企业120家\n我市创新主体持续壮大\n" + _BODY
    (a,) = newsclean.parse(page).articles
    assert (a.kicker, a.title) == ("新增高新技术企业120家", "我市创新主体持续壮大")


def test_a_headline_beside_another_goes_to_the_text_continued_under_a_jump_line() -> None:
    # two headlines in a row, one story's lead, then a story continued from page 1: the
    # headline that shares its words (收购) is the continued story's, not a kicker
    page = (
        "秋粮收购有序推进\n\n沿海港口集装箱吞吐量创新高\n\n"
        "新华社上海10月20日电（记者 潘晴）记者从交通运输部获悉，前三季度沿海港口集装箱吞吐量同比增长7.9%。\n\n"
        "（上接第1版）\n\n"
        "收购网点延长营业时间，确保农民售粮不排长队。截至10月18日，全市已收购中晚稻9.6万吨。\n"
    )
    got = [(a.kicker, a.title, a.dateline, a.continued_from) for a in newsclean.parse(page).articles]
    assert got == [
        (None, "沿海港口集装箱吞吐量创新高", "新华社上海10月20日电", False),
        (None, "秋粮收购有序推进", None, True),
    ]
    # a kicker whose words the continued story happens to use too stays over its own title
    page = (
        "聚焦高质量发展\n\n前三季度全市经济增长6.1%\n\n"
        "本报讯（记者 柯文斌）前三季度全市地区生产总值同比增长6.1%，经济高质量发展态势良好。\n\n"
        "（上接第1版）\n\n"
        "会议要求，各地要推动高质量发展，抓好秋冬种各项工作，确保农民增收。\n"
    )
    got = [(a.kicker, a.title) for a in newsclean.parse(page).articles]
    assert got == [("聚焦高质量发展", "前三季度全市经济增长6.1%"), (None, "")]


def test_a_long_deck_under_a_short_title_is_its_subtitle_without_a_dash() -> None:
    # a title is set large, so short; a line twice as long under it is its deck
    page = "稻菽飘香话丰年\n写在第二个中国农民丰收节到来之际\n" + _BODY
    (a,) = newsclean.parse(page).articles
    assert (a.kicker, a.title, a.subtitle) == (None, "稻菽飘香话丰年", "写在第二个中国农民丰收节到来之际")
    # a title under a kicker is no deck: about as long, or not that long
    page = "对门着了火 醉汉仍酣睡\n番禺居民楼深夜失火 15名被困群众获救\n" + _BODY
    (a,) = newsclean.parse(page).articles
    assert (a.kicker, a.title) == ("对门着了火 醉汉仍酣睡", "番禺居民楼深夜失火 15名被困群众获救")


def test_an_intertitle_right_before_a_jump_line_stays_with_the_story_it_heads() -> None:
    # the section under ■… goes on on page A4: the line is no kicker of the next story
    page = (
        "城区新增三条公交线路\n本报讯 城区三条新公交线路今天起试运行，沿线居民出行更方便。\n"
        "■ 线路还将继续优化\n（下转A4版）\n"
        "秋粮收购有序推进\n本报讯 今年我市秋粮收购工作有序推进，收购网点延长了营业时间。\n"
    )
    first, second = newsclean.parse(page).articles
    assert [(b.type.value, b.text) for b in first.blocks][-1] == ("intertitle", "■ 线路还将继续优化")
    assert first.continued_to
    assert (second.kicker, second.title) == (None, "秋粮收购有序推进")
