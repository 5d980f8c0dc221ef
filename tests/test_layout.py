"""Layout: raw lines in each extractor's style -> paragraph blocks with their open flags.

The excerpts are made up for these tests (columns of 8-10 cells).
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import parse
from newsclean.classify import line_role
from newsclean.columns import split_line
from newsclean.layout import detect_mode, find_blocks, interleaved, untangle, unwrap
from newsclean.lines import split_lines
from newsclean.model import Line


def blocks(text: str) -> list[tuple[str, bool, bool]]:
    return [(b.text, b.open_start, b.open_end) for b in find_blocks(split_lines(text))]


def test_detect_mode_paragraph_per_line() -> None:
    text = "标题\n\n" + "这是一整段文字，一段占一行。" * 4 + "\n\n" + "另一段文字也占一行。" * 5
    assert detect_mode(split_lines(text)) == "lines"


def test_detect_mode_wrapped() -> None:
    text = "\n".join(["今年春天来得早，田里"] * 10)
    assert detect_mode(split_lines(text)) == "wrapped"


def test_detect_mode_empty() -> None:
    assert detect_mode([]) == "lines"


def test_hard_wrapped_paragraph_pair() -> None:
    text = (
        "今年春天来得早，村里的\n"
        "农户们早早下田翻地，准\n"
        "备播种。\n"
        "村干部介绍说，今年全村\n"
        "计划种植水稻三百亩。\n"
    )
    assert blocks(text) == [
        ("今年春天来得早，村里的农户们早早下田翻地，准备播种。", True, False),
        ("村干部介绍说，今年全村计划种植水稻三百亩。", True, False),
    ]


def test_paragraph_cut_at_column_end_is_open() -> None:
    text = "村干部介绍说，今年全村\n计划种植水稻三百亩，比\n"
    (only,) = find_blocks(split_lines(text))
    assert only.open_end


def test_wide_headline_wrapped_over_two_lines() -> None:
    text = (
        "全市春耕生产全面铺开，三百亩水稻田今天开始\n"
        "机械化播种\n"
        "今年春天来得早，村里的\n"
        "农户们早早下田翻地，准\n"
        "备播种。\n"
    )
    got = [t for t, _, _ in blocks(text)]
    assert got[0] == "全市春耕生产全面铺开，三百亩水稻田今天开始机械化播种"
    assert got[1] == "今年春天来得早，村里的农户们早早下田翻地，准备播种。"


def with_roles(text: str) -> list[str]:
    return [b.text for b in find_blocks(split_lines(text), role=line_role)]


BODY = "今年春天来得早，村里的\n农户们早早下田翻地，准\n备播种。\n"


def test_wide_headline_then_indented_first_line() -> None:
    # the first line is short by the lost indent and the next one is full: a new paragraph
    text = (
        "全市春耕生产全面铺开三百亩水稻\n"
        "记者3月2日走进\n"
        "村里，看见农户们早\n"
        "早下田翻地，村干部\n"
        "介绍说，今年全村计\n"
        "划种植水稻三百亩。\n"
    )
    got = with_roles(text)
    assert got[0] == "全市春耕生产全面铺开三百亩水稻"
    assert got[1] == "记者3月2日走进村里，看见农户们早早下田翻地，村干部介绍说，今年全村计划种植水稻三百亩。"


def test_byline_and_furniture_lines_stand_alone() -> None:
    text = "责任编辑：李明\n春耕正当时\n本报记者 王芳\n" + BODY + "（下转A2版）\n"
    assert with_roles(text) == [
        "责任编辑：李明",
        "春耕正当时",
        "本报记者 王芳",
        "今年春天来得早，村里的农户们早早下田翻地，准备播种。",
        "（下转A2版）",
    ]


def test_byline_wrapped_over_lines_keeps_its_names() -> None:
    text = "春耕正当时\n文/本报小记者 黄欣\n妍 周若溪 林子航\n" + BODY
    got = with_roles(text)
    assert got[1] == "文/本报小记者 黄欣妍 周若溪 林子航"
    assert got[2].startswith("今年春天")


def test_subtitle_and_lead_lines_start_blocks() -> None:
    text = "春耕正当时\n——全市三百亩水稻田开始播种\n本报讯（记者 王芳）昨\n日，村里的农户们早早\n下田翻地，准备播种。\n"
    got = with_roles(text)
    assert got[:2] == ["春耕正当时", "——全市三百亩水稻田开始播种"]
    assert got[2] == "本报讯（记者 王芳）昨日，村里的农户们早早下田翻地，准备播种。"


def test_two_columns_alternating_with_blank_lines() -> None:
    # pdfminer without box flow: column A and column B, one line each in turn
    a = ["下课以后，同学们来到操", "场上锻炼身体，有的跑步", "有的跳绳，十分热闹。"]
    b = ["医院门诊大厅里，几位护", "士耐心地为病人指引方向", "，大厅秩序井然。"]
    text = "\n\n".join(x for pair in zip(a, b, strict=True) for x in pair) + "\n"
    got = [t for t, _, _ in blocks(text)]
    assert "".join(a) in got
    assert "".join(b) in got


def test_two_columns_side_by_side_on_one_line() -> None:
    # pdftotext reading order: two column lines on one text line, one space between them
    text = (
        "学校操场上，同学们正在 医院门诊大厅里，护士们\n"
        "进行体育锻炼，有的跑步 耐心地为病人指引方向，\n"
        "有的跳绳，十分热闹。 秩序井然，环境整洁。\n"
    )
    got = [t for t, _, _ in blocks(text)]
    assert "学校操场上，同学们正在进行体育锻炼，有的跑步有的跳绳，十分热闹。" in got
    assert "医院门诊大厅里，护士们耐心地为病人指引方向，秩序井然，环境整洁。" in got


def test_side_by_side_blocks_come_in_the_order_their_first_lines_were_printed() -> None:
    # column A's second paragraph starts below column B's first: it comes after it, not
    # before it (where A's stream started)
    text = (
        "学校操场上，同学们正在 医院门诊大厅里，护士们\n"
        "进行体育锻炼，很热闹。 耐心地为病人指引方向，\n"
        "课间休息时，老师们 秩序井然，环境整洁。\n"
        "也来到操场上散步聊天。\n"
    )
    assert [t for t, _, _ in blocks(text)] == [
        "学校操场上，同学们正在进行体育锻炼，很热闹。",
        "医院门诊大厅里，护士们耐心地为病人指引方向，秩序井然，环境整洁。",
        "课间休息时，老师们也来到操场上散步聊天。",
    ]


def test_split_line_keeps_bylines_and_spaced_headlines() -> None:
    assert split_line("记者 李明 通讯员 王芳", 10) == ["记者 李明 通讯员 王芳"]
    assert split_line("春 耕 正 当 时", 10) == ["春 耕 正 当 时"]
    assert split_line("有的跳绳，十分热闹  秩序井然，环境整洁", 10) == [
        "有的跳绳，十分热闹",
        "秩序井然，环境整洁",
    ]




def test_lead_credits_cut_inside_brackets_go_on() -> None:
    text = "春耕正当时\n信息时报讯（记者 苏晓\n岚）10月21日，村里的\n农户们早早下田翻地，准\n备播种。\n"
    got = with_roles(text)
    assert got[1] == "信息时报讯（记者 苏晓岚）10月21日，村里的农户们早早下田翻地，准备播种。"


def test_full_byline_line_wraps_onto_the_next() -> None:
    text = (
        "春耕正当时\n文/本报新花城记者：黎嘉\n恒 通讯员：粤消宣\n今年春天来得早，村里的\n"
        "农户们早早下田翻地，准\n备播种。\n"
    )
    got = with_roles(text)
    assert got[1] == "文/本报新花城记者：黎嘉恒 通讯员：粤消宣"
    assert got[2].startswith("今年春天")


def test_indented_first_line_may_end_in_a_colon() -> None:
    text = "春耕正当时\n本报讯 据新华社消息：\n今年春天来得早，村里的\n农户们早早下田翻地，准\n备播种。\n"
    assert with_roles(text)[1] == "本报讯 据新华社消息：今年春天来得早，村里的农户们早早下田翻地，准备播种。"


def test_open_bracket_goes_on_into_a_credit_line() -> None:
    text = (
        "春耕正当时\n江门日报讯 （文/图\n记者/张婉仪 通讯员/伍嘉\n欣）近日，村里的农户\n"
        "们早早下田翻地，准备\n播种。\n"
    )
    got = with_roles(text)
    assert got[1] == "江门日报讯 （文/图记者/张婉仪 通讯员/伍嘉欣）近日，村里的农户们早早下田翻地，准备播种。"


def test_caption_wider_than_the_column_starts_on_a_line_as_wide() -> None:
    body = "今年春天来得早，村里\n的农户们早早下田翻地\n，准备播种。村干部介\n绍说，今年全村计划种\n植水稻三百亩。\n"
    # its first line is a cell wider than the column, the next one wider still
    caption = "西南访问团日前深入山区\n的少数民族村寨看望家属。\n"
    got = [t for t, _, _ in blocks(body + "伟大祖国\n" + caption)]
    assert "西南访问团日前深入山区的少数民族村寨看望家属。" in got


def test_unwrap_text_box_ending_at_a_sentence_end_inside_a_paragraph_stays_open() -> None:
    # pdfminer's boxes, each between blank lines: a box may end where a sentence does, inside
    # a paragraph; the next box's first line is full (no indent), so the paragraph goes on
    lines = [
        Line(1, "他以优良的成绩参加高考，可"),
        Line(2, "没过多久，一纸通知书到了他"),
        Line(3, "手上。这无疑又是当头一棒。"),
        Line(4, ""),
        Line(5, "他痛苦、伤心、迷惘，冲向沙"),
        Line(6, "洲上的那片桑树林。"),
        Line(7, ""),
        Line(8, "正在这个时候，身后传"),
        Line(9, "来一个熟悉而又慈祥的声音。"),
    ]
    blocks = unwrap(lines)
    assert [(b.text[:4], b.open_end) for b in blocks] == [
        ("他以优良", True),
        ("他痛苦、", False),
        ("正在这个", False),
    ]


def test_untangle_keeps_a_footer_line_whole() -> None:
    # two columns side by side (pdftotext reading order), then the page's footer, whose fields
    # stand as far apart as the columns do
    left = ["村里的农民们都忙着下", "田插秧，家家户户都忙", "碌着，一派繁忙的景象。"]
    right = ["今年新种的优质稻谷产", "量比去年高出两成，村", "民的收入也跟着涨了。"]
    rows = [f"{a} {b}" for a, b in zip(left * 3, right * 3, strict=True)]
    text = "\n".join([*rows, "责任编辑 林峰 美术编辑 谭健 校对 麦敏"]) + "\n"
    lines = split_lines(text)
    blocks = find_blocks(lines, role=line_role, mixed=True)
    assert "责任编辑 林峰 美术编辑 谭健 校对 麦敏" in [b.text for b in blocks]


def test_untangle_marks_a_paragraph_begun_after_another_ended_in_its_column() -> None:
    # two columns side by side (pdftotext reading order); the left one holds two paragraphs
    left = ["村里的农民们都忙着下", "田插秧，家家户户都忙", "碌着，景象繁忙。"]
    left += ["乡亲们说，今年的", "日子越过越红火了，大", "家都很高兴。"]
    right = ["今年新种的优质稻谷产", "量比去年高出两成，村", "民的收入也跟着涨了。"]
    right += ["新修的机耕路通到了田", "头，农机进出方便多了", "，村民们都说好走。"]
    rows = [f"{a} {b}" for a, b in zip(left, right, strict=True)]
    found = find_blocks(split_lines("\n".join(rows) + "\n"), role=line_role, mixed=True)
    assert [(b.text[:4], b.follows_end) for b in found] == [
        ("村里的农", False),
        ("今年新种", False),
        ("乡亲们说", True),
    ]


def test_pdftotext_layout_columns_are_untangled_by_where_they_stand() -> None:
    # pdftotext -layout: two columns kept in place, far apart (a Han character is two spaces
    # wide), lines as long as a page's paragraphs; the right column goes on alone after the
    # left one ends, its lines then led by the spaces where the left column stood
    left = [
        "村里的农民们都忙着下", "田插秧，家家户户都忙", "碌着，一派繁忙的景象",
        "，乡亲们盘算着明年再", "多种几亩地，日子越过", "越红火。",
    ]
    right = [
        "新修的机耕路通到了田", "头，农机进出方便多了", "，村民们都说好，村口",
        "的文化广场上，每天傍", "晚都有人跳舞、下棋，", "热热闹闹，孩子们在一",
        "旁追逐嬉戏，老人们坐", "在树下晒着太阳聊天。",
    ]
    rows = []
    for k, b in enumerate(right):
        a = left[k] if k < len(left) else ""
        rows.append(a + " " * (44 - 2 * len(a)) + b)
    lines = split_lines("\n".join(rows) + "\n")
    assert interleaved(lines)
    assert [b.text for b in find_blocks(lines, role=line_role)] == [
        "".join(left),
        "".join(right),
    ]
    # a page of one paragraph per line is no layout
    para = "今年新种的优质稻谷产量比去年高出两成，村民的收入也跟着涨了，大家都很高兴。"
    assert not interleaved(split_lines("\n\n".join([para] * 8) + "\n"))


def test_a_paragraphs_first_line_in_a_box_of_its_own_goes_on_into_the_next_box() -> None:
    # pdfminer may set an indented first line apart as its own text box (blank lines between
    # boxes); short by just the indent, with a clause begun in it, it opens the paragraph
    texts = [
        "社区食堂开张",
        "",
        "□文/图 记者 蒋雨桐",
        "",
        "5月16日，位于老街",
        "",
        "东段的青溪首家社区食堂",
        "正式开张，首日接待就餐",
        "居民三百余人次。",
        "",
        "食堂由街道引入专业餐饮",
        "企业运营，每天供应三餐。",
    ]
    blocks = find_blocks(split_lines("\n".join(texts)), role=line_role)
    first = next(b for b in blocks if b.text.startswith("5月16日"))
    assert first.open_end
    # a short headline box over a full line stays closed: it holds no clause
    heading = next(b for b in blocks if b.text == "社区食堂开张")
    assert not heading.open_end


def test_a_date_and_a_comma_open_a_sentence_not_a_headline() -> None:
    from newsclean.classify import looks_like_headline

    assert not looks_like_headline("5月16日，位于老街")
    assert not looks_like_headline("2月24日晚23时30分许，番禺区")
    assert looks_like_headline("5月16日起城区新增三条公交线路")


def test_a_note_in_brackets_after_the_last_sentence_ends_the_paragraph() -> None:
    # …通车。（据新华社）: the sentence is over, the paragraph (and its article) too
    page = "大桥全线完工\n\n本报讯 昨天，长江大桥全线完工，正式通车。（据新华社）\n"
    assert [b.open_end for b in find_blocks(split_lines(page))] == [False, False]
    assert not parse(page).articles[0].continued_to
    # a bracket that follows no sentence's end leaves the paragraph open: …各村（社区）
    page = "大桥全线完工\n\n本报讯 昨天，区里组织各村（社区）\n"
    assert parse(page).articles[0].continued_to


def test_unwrap_takes_no_body_line_into_a_byline_that_ended() -> None:
    # hard-wrapped: a whole byline (…／台中報導) over body lines that carry no mark yet
    lines = ["港區圖書館夜間開放", "記者黃詠晴、簡子豪／台中報導", "市立圖書館港區分館"]
    lines += ["自下月起延長開放時", "間，每週二至週六開", "放到晚上九點，方便", "上班族下班後借閱。"]
    article = parse("\n".join(lines)).articles[0]
    assert article.bylines == ("記者黃詠晴、簡子豪／台中報導",)
    assert [b.text for b in article.blocks] == [
        "市立圖書館港區分館自下月起延長開放時間，每週二至週六開放到晚上九點，方便上班族下班後借閱。"
    ]


def test_unwrap_sets_a_marked_intertitle_apart_however_wide() -> None:
    # ■ 老街区成了新“网红” nearly fills the column: by width alone it runs into the next line
    lines = [
        Line(1, "成为新亮点。滨江夜游、"),
        Line(2, "线路一票难求。"),
        Line(3, "■ 老街区成了新“网红”"),
        Line(4, "“第一次来南江，没"),
        Line(5, "想到老城区这么有味道。”"),
        Line(6, "来自邻省的游客褚晓婷说。"),
    ]
    got = [b.text for b in unwrap(lines, role=line_role)]
    assert got[1:] == ["■ 老街区成了新“网红”", "“第一次来南江，没想到老城区这么有味道。”来自邻省的游客褚晓婷说。"]


def test_unwrap_a_caption_marked_with_a_triangle_cuts_the_paragraph_it_stands_in() -> None:
    # the paragraph's first line (its indent lost) ends the column; the ▲ caption and its
    # credit come before the paragraph goes on: the first line stays open for its rest
    lines = [
        Line(1, "水井巷和东山口。"),
        Line(2, "据统计，假期全市A"),
        Line(3, "▲5月3日，游客在骑楼街"),
        Line(4, "参观游览。记者 甘永豪"),
        Line(5, "摄"),
        Line(6, "级旅游景区共接待游客61"),
        Line(7, ".2万人次，其中江心岛、"),
        Line(8, "白鹤山等景区位居前列。"),
    ]
    got = [(b.text, b.open_end) for b in unwrap(lines, role=line_role)]
    assert got[1] == ("据统计，假期全市A", True)
    assert got[2][0].startswith("▲5月3日")
    assert got[2][0].endswith("摄")


def test_a_paragraph_cut_by_a_marked_caption_is_whole_again() -> None:
    # the first line, 据统计，今年假期全市, is short by just its lost indent
    page = (
        "“五一”假期城区接待游客逾百万人次\n"
        "今年假期，夜间消费成为新\n亮点，部分热门线路一票难\n求。\n"
        "据统计，今年假期全市\n"
        "▲5月3日，游客在骑楼街参\n观游览。记者 甘永豪 摄\n"
        "A级旅游景区接待游客61.2\n万人次，其中江心岛、白鹤\n山等景区客流量位居前列。\n"
    )
    (a,) = parse(page).articles
    assert [(b.type.value, b.text) for b in a.blocks] == [
        ("paragraph", "今年假期，夜间消费成为新亮点，部分热门线路一票难求。"),
        ("paragraph", "据统计，今年假期全市A级旅游景区接待游客61.2万人次，其中江心岛、白鹤山等景区客流量位居前列。"),
        ("caption", "▲5月3日，游客在骑楼街参观游览。记者甘永豪摄"),
    ]


def test_unwrap_a_caption_opening_with_tuwei_after_a_paragraph_is_apart() -> None:
    lines = [
        Line(1, "分产业看，第一产业"),
        Line(2, "增加值同比增长3.8%，第"),
        Line(3, "二产业增加值增长7.2%，"),
        Line(4, "第三产业增加值增长5.6%。"),
        Line(5, "图为工人在北岭经开区一"),
        Line(6, "家企业的生产线上作业。"),
    ]
    got = [b.text for b in unwrap(lines, role=line_role)]
    assert got == [
        "分产业看，第一产业增加值同比增长3.8%，第二产业增加值增长7.2%，第三产业增加值增长5.6%。",
        "图为工人在北岭经开区一家企业的生产线上作业。",
    ]


def test_unwrap_keeps_tuwei_inside_a_caption_and_mid_sentence() -> None:
    # a caption's own first sentence, then 图为: one caption
    caption = [
        Line(1, "西南访问团日前深入山区"),
        Line(2, "的少数民族村寨看望家属。"),
        Line(3, "图为访问团团员正在看望"),
        Line(4, "一位烈士的家属。"),
    ]
    assert len(unwrap(caption, role=line_role)) == 1
    # …指着地|图为我们讲解: a word across the break, no caption
    body = [
        Line(1, "村支书老周热情地接待了"),
        Line(2, "我们，他站在村口，指着地"),
        Line(3, "图为我们讲解村里的规划，"),
        Line(4, "一说就是半个多小时。"),
    ]
    assert len(unwrap(body, role=line_role)) == 1


def test_unwrap_a_tuwei_caption_cutting_a_full_line_in_mid_sentence_is_apart() -> None:
    # 呼|圖為: no word runs across the break, so the picture cut the sentence here
    lines = [
        Line(1, "醫院管理局數字顯示，"),
        Line(2, "過去一週急症室每日平均"),
        Line(3, "求診人次較上週增加約一"),
        Line(4, "成，其中不少是感冒及呼"),
        Line(5, "圖為義工為獨居長者送上"),
        Line(6, "毛毯和暖包。"),
        Line(7, "吸道感染的長者。"),
    ]
    got = [b.text for b in unwrap(lines, role=line_role)]
    assert got == [
        "醫院管理局數字顯示，過去一週急症室每日平均求診人次較上週增加約一成，其中不少是感冒及呼",
        "圖為義工為獨居長者送上毛毯和暖包。",
        "吸道感染的長者。",
    ]


def test_unwrap_a_deck_of_phrases_set_apart_by_a_space_is_a_headline_of_its_own() -> None:
    # a kicker of two phrases (寒流來襲 長者保暖成焦點) as full as the column: no body line
    # holds such a space, so it is no paragraph's first line running into the title
    lines = [
        Line(1, "寒流來襲 長者保暖成焦點"),
        Line(2, "社福機構加密探訪獨居長者"),
        Line(3, "——義工每日上門或致電問候"),
        Line(4, "【本報訊】天文台預"),
        Line(5, "測，今明兩日市區氣溫將"),
        Line(6, "降至攝氏8度，新界低窪"),
        Line(7, "地區更低。"),
    ]
    got = [b.text for b in unwrap(lines, role=line_role)]
    assert got[:2] == ["寒流來襲 長者保暖成焦點", "社福機構加密探訪獨居長者"]
    # on a page whose lines are full of stray spaces, a space tells nothing
    strays = [Line(k + 8, "市 民在公园里散步，天气 很好") for k in range(4)]
    assert unwrap(lines + strays, role=line_role)[0].text.startswith("寒流來襲 長者保暖成焦點社福")


def test_unwrap_a_tuwei_caption_under_a_one_column_headline_is_apart() -> None:
    lines = [
        Line(1, "新增10个口袋公园"),
        Line(2, "图为市民在新建成的西河"),
        Line(3, "口袋公园内休闲。"),
        Line(4, "本报讯（记者/焦文"),
        Line(5, "渊）记者近日从市城管局"),
        Line(6, "获悉，口袋公园已完工。"),
    ]
    got = [b.text for b in unwrap(lines, role=line_role)]
    assert got[:2] == ["新增10个口袋公园", "图为市民在新建成的西河口袋公园内休闲。"]


def test_unwrap_a_first_line_box_and_a_short_last_line_box_are_one_paragraph() -> None:
    # pdfminer gave each line of a two-line paragraph its own box
    lines = [
        Line(1, "已完工19个。"),
        Line(2, ""),
        Line(3, "问：改造资金从哪里"),
        Line(4, ""),
        Line(5, "来？"),
        Line(6, ""),
        Line(7, "答：市住建局有关负"),
        Line(8, "责人介绍，资金由财政补"),
        Line(9, "助共同承担。"),
    ]
    blocks = unwrap(lines, role=line_role)
    assert [(b.text, b.open_end) for b in blocks][1:3] == [("问：改造资金从哪里", True), ("来？", False)]


@pytest.mark.parametrize(
    ("first", "rest"),
    [("新航站楼建筑面积约", "9.2万平方米，设计年旅"), ("当天江水温度只有8", "摄氏度，年龄最大的参")],
)
def test_a_first_line_box_cut_inside_a_quantity_is_a_paragraph(first: str, rest: str) -> None:
    # 面积约|9.2万, 只有8|摄氏度: a number runs across the boxes' break; no headline ends so
    page = f"本报讯 机场改扩建工程新航站楼主体结构顺利封顶，比原计划提前18天。\n\n{first}\n\n"
    page += f"{rest}\n客吞吐量1200万人次，建\n成后将与现有航站楼通过\n连廊相接。\n"
    lines = split_lines(page)
    blocks = unwrap(lines, role=line_role)
    assert [b.open_end for b in blocks[1:3]] == [True, False]
    arts = parse(page).articles
    assert [b.text[: len(first) + 1] for b in arts[0].blocks][1:] == [first + rest[0]]


def test_unwrap_marks_a_block_whose_first_line_is_short_by_the_indent() -> None:
    lines = [
        Line(1, "其中，电子信息、新能源"),
        Line(2, "和高端装备三大产业合计"),
        Line(3, "增长12.6%，对规模以上"),
        Line(4, ""),
        Line(5, "交通运输部有关负"),
        Line(6, "责人介绍，外贸航线持续"),
        Line(7, "加密，效率不断提升。"),
        Line(8, ""),
        Line(9, "工业增长的贡献率超过六"),
        Line(10, "成，居全省前列。"),
    ]
    got = [(b.text[:4], b.indented) for b in unwrap(lines, role=line_role)]
    assert got == [("其中，电", False), ("交通运输", True), ("工业增长", False)]


def test_unwrap_short_paragraphs_at_a_columns_foot_keep_the_pages_column() -> None:
    # a column of 11 cells; at its foot only two-line paragraphs, whose short first and last
    # lines would vote the column down to 8 or 9 and make 首日接待就餐居民三 a full line
    lines = [
        Line(1, "本报讯 今年我市新"),
        Line(2, "建的10个口袋公园已全部"),
        Line(3, "完工，并向市民开放公园"),
        Line(4, "内设置了健身步道和儿童"),
        Line(5, "游乐设施，方便居民休闲"),
        Line(6, "锻炼，受到市民的欢迎。"),
        Line(7, "市城管局表示，明年"),
        Line(8, "将继续推进口袋公园建设"),
        Line(9, "工作，让更多居民受益。"),
        Line(10, "食堂每天供应早、午、"),
        Line(11, "晚三餐。"),
        Line(12, "六十岁以上老人就餐"),
        Line(13, "可享受八折优惠。"),
        Line(14, "首日接待就餐居民三"),
        Line(15, "百余人次。"),
        Line(16, "老人们纷纷点赞，"),
        Line(17, "称赞饭菜可口。"),
        Line(18, "街道办负责人说，"),
        Line(19, "将听取意见。"),
        Line(20, "下一步还将增设"),
        Line(21, "送餐服务。"),
    ]
    got = [b.text[:4] for b in unwrap(lines, role=line_role)]
    assert got == ["本报讯 ", "市城管局", "食堂每天", "六十岁以", "首日接待", "老人们纷", "街道办负", "下一步还"]
    from newsclean.columns import ends_final, width
    from newsclean.layout import _column_widths

    col = _column_widths([width(ln.text) for ln in lines], [ends_final(ln.text) for ln in lines])
    assert col[-9:-1] == [11.0] * 8  # (the last line votes alone: a short line ends it)


def test_unwrap_a_wide_columns_last_paragraph_over_narrow_columns_stays_whole() -> None:
    # the lead story's 17-cell column ends where briefs of 11 cells begin: its last lines are
    # voted the narrow width, and the first would count as wider than its column (a headline)
    wide = ["调节供水量，与传统漫灌相比，每亩可", "节水三成左右。去年试点区域的早稻亩"]
    lines = [Line(k + 1, t) for k, t in enumerate(wide)]
    lines += [Line(3, "产提高了近百斤。"), Line(4, "今年，全市计划新建高标准农田1.2"), Line(5, "万亩，年底前全部完工。")]
    narrow = ["通勤定制公交再添5条线路", "本报讯（记者 温可", "心）3月11日，汀州公交", "集团新开通5条通勤定制",
              "公交线路，连接城东、城", "南多个大型居住区和高新", "区、金融街等就业集中区", "域。定制公交实行“一人",
              "一座”，乘客需提前一天", "通过小程序预约，票价按", "里程计算，最高不超过6", "元，月底前还将加开。"]
    lines += [Line(k + 6, t) for k, t in enumerate(narrow)]
    got = [b.text for b in unwrap(lines, role=line_role)]
    assert "今年，全市计划新建高标准农田1.2万亩，年底前全部完工。" in got
    # a headline there as wide, spanning the narrow columns, has no clause and no full line of
    # the wide column under it: it stays apart
    lines[3] = Line(4, "城区通勤定制公交再添五条线路")
    lines[4] = Line(5, "本报讯 记者从市公交集")
    got = [b.text for b in unwrap(lines, role=line_role)]
    assert "城区通勤定制公交再添五条线路" in got


def test_a_credited_caption_as_wide_as_the_column_starts_after_a_word_that_needs_more() -> None:
    # …书店和 | 改造前的东陵第二纱厂厂 | 房。资料图片 | 咖啡馆签约入驻…: no width, date or 图为
    # tells where the caption starts; the line ending on 和 is the paragraph's, cut there
    from newsclean.layout import _caption_start

    cur = [
        Line(1, "园区运营方负责人邢"),
        Line(2, "晓蕾介绍，目前已有二十"),
        Line(3, "多家设计工作室、书店和"),
        Line(4, "改造前的东陵第二纱厂厂"),
        Line(5, "房。资料图片"),
    ]
    assert _caption_start(cur, "咖啡馆签约入驻，预计五", 11.0) == 3
    # a run that opens as captions do is the caption's (11月8日，乘客在 | 临江新城站乘车。)
    dated = [Line(1, "11月8日，乘客在"), Line(2, "临江新城站乘车。"), Line(3, "记者 钱立群 摄")]
    assert _caption_start(dated, "了。”", 11.0) == 0
    # one line above is no paragraph to tell apart (去年艺术节期间，演员在 | 村口舞台…)
    short = [Line(1, "去年艺术节期间，演员在"), Line(2, "村口舞台为村民演出。资"), Line(3, "料图片")]
    assert _caption_start(short, "带来了传统剧目", 11.0) == 0


_BRIEFS = (
    "北岭日报 2024年10月21日 星期一 第3版 民生\n\n"
    "老城区新增10个口袋公园\n\n"
    "记者近日获悉，我市新建的10个口袋公园已全部完工。\n\n"
    "这些口袋公园面积在500至3000平方米之间。\n\n"
    "秋粮收购有序推进\n\n"
    "本报讯 截至10月18日，全市已收购中晚稻9.6万吨。\n\n"
    "收购网点延长了营业时间。（记者 谭永福 通讯员 粮宣）\n\n"
    "港口吞吐量创新高\n\n"
    "据新华社电 前三季度沿海港口吞吐量2.4亿标准箱。\n\n"
    "（新华社记者 潘晴）\n\n"
    "社区食堂开张\n\n"
    "5月16日，青溪首家社区食堂正式开张。\n"
)


def test_short_paragraphs_one_a_line_are_paragraph_per_line_text() -> None:
    # no line is long, but most end a sentence: paragraphs, not a column's lines
    lines = [ln for ln in split_lines(_BRIEFS) if ln.text]
    assert detect_mode(lines) == "lines"
    assert not interleaved(split_lines(_BRIEFS))
    doc = parse(_BRIEFS)
    assert [a.title for a in doc.articles] == [
        "老城区新增10个口袋公园", "秋粮收购有序推进", "港口吞吐量创新高", "社区食堂开张"
    ]
    assert [[c.name for c in a.credits] for a in doc.articles] == [[], ["谭永福", "粮宣"], ["潘晴"], []]


def test_a_column_of_hard_wrapped_lines_is_still_wrapped() -> None:
    # many lines end a sentence here (4 of 9), but those are the column's shorter lines
    column = (
        "今年春天来得早，村里\n的农户们早早下田翻地\n准备播种。\n村干部介绍说，今年全\n"
        "村计划种植水稻三百亩\n比去年多出五十亩。\n全村还新建了两座育秧\n大棚，引进了新品种。\n"
        "村民都很高兴。\n"
    )
    lines = [ln for ln in split_lines(column) if ln.text]
    assert sum(ln.text.endswith("。") for ln in lines) >= 0.35 * len(lines)
    assert detect_mode(lines) == "wrapped"


def test_column_width_is_read_from_the_lines_that_stop_mid_sentence() -> None:
    # short paragraphs: most lines are first lines (short by the indent) or last ones
    # (anywhere short): only lines cut in mid-sentence show the column, 11 cells
    column = [
        "本报讯 今年我市新",
        "建的10个口袋公园已全部",
        "完工，并向市民开放。",
        "这些公园面积在500",
        "至3000平方米之间。",
        "公园内设置了健身步",
        "道和儿童游乐设施。",
        "市城管局表示，明年",
        "将继续推进。",
    ]
    got = [b.text for b in unwrap([Line(k, t) for k, t in enumerate(column, 1)], role=line_role)]
    assert got == [
        "本报讯 今年我市新建的10个口袋公园已全部完工，并向市民开放。",
        "这些公园面积在500至3000平方米之间。",
        "公园内设置了健身步道和儿童游乐设施。",
        "市城管局表示，明年将继续推进。",
    ]


def test_a_masthead_cut_in_three_is_no_sign_of_columns_side_by_side() -> None:
    text = "北岭日报 2024年10月23日 星期三 第4版 简讯\n" + "\n".join(
        ["城区新增10个口袋公园", "本报讯 今年我市新", "建的10个口袋公园已全部", "完工，并向市民开放。"] * 8
    )
    assert not interleaved(split_lines(text))


def test_a_line_with_two_marks_hung_past_the_column_is_full_not_wide() -> None:
    # kinsoku pushes both ” and ， past the column's end: the line is full, its paragraph goes on
    text = (
        "县文化部门介绍，今年\n"
        "的演出剧目由各村提前点\n"
        "单，文化部门按需“配菜”，\n"
        "让送戏下乡的演出更对群\n"
        "众胃口。\n"
    )
    assert [t for t, _, _ in blocks(text)] == [
        "县文化部门介绍，今年的演出剧目由各村提前点单，文化部门按需“配菜”，让送戏下乡的演出更对群众胃口。"
    ]


def test_a_marked_intertitle_as_wide_as_the_column_stands_alone() -> None:
    # full lines on either side: only the mark (■, no sentence mark) says it is a heading
    text = (
        "各地持续开展系列招聘活\n"
        "动，累计举办招聘会三万\n"
        "场，发布岗位信息千万条。\n"
        "■技能培训向新兴产业倾斜\n"
        "今年以来，多地把职\n"
        "业技能培训与产业发展需\n"
        "求紧密结合。\n"
    )
    got = [b.text for b in find_blocks(split_lines(text), role=line_role)]
    assert got == [
        "各地持续开展系列招聘活动，累计举办招聘会三万场，发布岗位信息千万条。",
        "■技能培训向新兴产业倾斜",
        "今年以来，多地把职业技能培训与产业发展需求紧密结合。",
    ]


def test_a_marked_list_item_holding_a_sentence_is_body_text() -> None:
    # a list item opens a block of its own, and goes on to its sentence's end
    text = "各地要做好以下工作：\n●加强组织领导，压实各\n方责任。\n"
    got = [b.text for b in find_blocks(split_lines(text), role=line_role)]
    assert got == ["各地要做好以下工作：", "●加强组织领导，压实各方责任。"]


def test_a_first_line_whose_comma_hangs_past_the_column_starts_a_paragraph() -> None:
    # short by the indent, its comma hanging, the line measures one cell short of the column
    text = (
        "县里今年共新修农村公路\n"
        "三百公里，惠及沿线群众。\n"
        "据县交通运输局统计，\n"
        "全县农村公路总里程已超\n"
        "过两千公里。\n"
    )
    assert [t for t, _, _ in blocks(text)] == [
        "县里今年共新修农村公路三百公里，惠及沿线群众。",
        "据县交通运输局统计，全县农村公路总里程已超过两千公里。",
    ]


def test_a_full_byline_line_does_not_take_the_first_line_under_it() -> None:
    # the byline fills the column, but the line under it is a paragraph's first line (a long
    # run of Han with no space), not the rest of a name
    text = (
        "乡 村 书 屋 开 门\n本报记者 钟念慈 柏一鸣\n第五届江城乡村读书\n"
        "节昨日在桃坞镇开幕。本\n届读书节为期一个月，市\n内六家书店将走进各村。\n"
    )
    got = with_roles(text)
    assert got[1] == "本报记者 钟念慈 柏一鸣"
    assert got[2] == "第五届江城乡村读书节昨日在桃坞镇开幕。本届读书节为期一个月，市内六家书店将走进各村。"


def test_a_first_line_with_its_closing_quote_hung_is_no_headline() -> None:
    # one cell short of the column, as a headline may be, but its sentence goes on
    text = (
        "近两千名市民冒雨前来聆\n"
        "听。\n"
        "音乐会以“家乡的河”\n"
        "为主题，演奏了十余首民\n"
        "族器乐作品，赢得现场观\n"
        "众阵阵掌声。\n"
    )
    assert [t for t, _, _ in blocks(text)] == [
        "近两千名市民冒雨前来聆听。",
        "音乐会以“家乡的河”为主题，演奏了十余首民族器乐作品，赢得现场观众阵阵掌声。",
    ]


def test_a_headline_with_a_quote_one_cell_short_of_the_column_stands_alone() -> None:
    text = (
        "近两千名市民冒雨前来聆\n"
        "听。\n"
        "江门掀起“招商热浪”\n"
        "全员参与招商，引进更多\n"
        "附加值高的优质项目。\n"
    )
    assert [t for t, _, _ in blocks(text)][1] == "江门掀起“招商热浪”"


def test_a_first_line_ending_in_an_enumeration_comma_is_no_headline() -> None:
    text = (
        "近两千名市民冒雨前来聆\n"
        "听。\n"
        "各地围绕高校毕业生、\n"
        "农民工等重点群体，持续\n"
        "开展系列招聘活动。\n"
    )
    assert [t for t, _, _ in blocks(text)] == [
        "近两千名市民冒雨前来聆听。",
        "各地围绕高校毕业生、农民工等重点群体，持续开展系列招聘活动。",
    ]


def test_a_caption_with_no_credit_inside_a_cut_paragraph_is_set_apart() -> None:
    # the block would end at the caption's sentence, but the next line is full and goes on
    # in mid-sentence: the picture cut the paragraph, and its caption opens with a date
    text = (
        "城北农贸市场里人头攒动。\n"
        "摊主的摊位上摆满了刚从\n"
        "地里采摘的豇豆、苦瓜\n"
        "6月2日，市民在城北农贸\n"
        "市场选购时令蔬菜。\n"
        "和空心菜。他说，今年本\n"
        "地蔬菜上市比往年早。\n"
    )
    assert blocks(text) == [
        ("城北农贸市场里人头攒动。摊主的摊位上摆满了刚从地里采摘的豇豆、苦瓜", True, True),
        ("6月2日，市民在城北农贸市场选购时令蔬菜。", True, False),
        ("和空心菜。他说，今年本地蔬菜上市比往年早。", True, False),
    ]
    (a,) = newsclean.parse("蔬菜供应充足\n" + text).articles
    assert [(b.type.value, b.text) for b in a.blocks] == [
        ("paragraph", "城北农贸市场里人头攒动。摊主的摊位上摆满了刚从地里采摘的豇豆、苦瓜和空心菜。他说，今年本地蔬菜上市比往年早。"),
        ("caption", "6月2日，市民在城北农贸市场选购时令蔬菜。"),
    ]


def test_headline_decks_about_as_wide_stay_apart() -> None:
    # kicker and title, both wider than the column and about as wide, no word across the
    # break: two decks, not one headline wrapped by its measure
    text = (
        "稳就业政策组合拳持续发力\n"
        "前8个月城镇新增就业980万\n"
        "今年以来，各地围绕\n"
        "重点群体持续开展招\n"
        "聘活动，成效明显。\n"
    )
    assert [t for t, _, _ in blocks(text)][:2] == ["稳就业政策组合拳持续发力", "前8个月城镇新增就业980万"]


def test_a_wide_headline_wrapped_inside_a_word_stays_whole() -> None:
    text = (
        "全市春耕生产全面铺开水稻田开始机\n"
        "械化播种全市粮食生产形势总体良好\n"
        "今年以来，各地围绕\n"
        "春耕生产持续开展农\n"
        "机服务，成效明显。\n"
    )
    assert blocks(text)[0][0] == "全市春耕生产全面铺开水稻田开始机械化播种全市粮食生产形势总体良好"


# a column of 8 characters: headings are as wide as the column, or a first line is
_NARROW = [
    "分钟，首班车6:00",
    "发车，末班车23:0",
    "0发车。",
    "换乘更方便",
    "北延段开通后，",
    "3号线与1号线、5",
    "号线实现换乘。",
    "客流有望快速增长",
    "北岭地铁集团",
    "运营分公司负责人",
    "表示，客流还将快",
    "速增长。",
    "河滨公园菊展开幕",
    "本报讯 第十",
    "二届河滨公园菊花",
    "展昨日开幕。",
]


def test_unwrap_sets_apart_headings_as_wide_as_a_narrow_column() -> None:
    blocks = unwrap([Line(k, t) for k, t in enumerate(_NARROW, 1)], role=line_role)
    assert [b.text for b in blocks] == [
        "分钟，首班车6:00发车，末班车23:00发车。",
        "换乘更方便",
        "北延段开通后，3号线与1号线、5号线实现换乘。",
        "客流有望快速增长",
        "北岭地铁集团运营分公司负责人表示，客流还将快速增长。",
        "河滨公园菊展开幕",
        "本报讯 第十二届河滨公园菊花展昨日开幕。",
    ]
    # under a heading, a first line whose comma hangs (so it looks full) starts a paragraph
    assert not blocks[2].open_start


def test_unwrap_a_first_line_box_runs_on_where_a_word_crosses_the_break() -> None:
    # pdfminer boxed 本届菊展共展 with the lines above it: the word 展出 crosses into the next box
    lines = [
        Line(1, "持续至11月30日。"),
        Line(2, "本届菊展共展"),
        Line(3, ""),
        Line(4, "出菊花品种600余"),
        Line(5, "个，并首次设置夜"),
        Line(6, "间灯光展区。"),
    ]
    blocks = unwrap(lines, role=line_role)
    assert [(b.text, b.open_end) for b in blocks][1] == ("本届菊展共展", True)


def test_a_date_after_a_word_that_needs_its_object_is_no_caption() -> None:
    # …定于今年夏天，即在|6月1日…: an ordinary wrap, though a full line goes on after it
    text = (
        "各区体育局积极组织选手组队训练，据\n"
        "悉，本届运动会定于今年夏天，即在\n"
        "6月1日在市体育馆开幕。\n"
        "市体育局有关负责人介绍，本届运动\n"
        "会共设28个大项，参赛运动员超过三\n"
        "千人。\n"
    )
    got = [b.text for b in find_blocks(split_lines(text), role=line_role)]
    assert "6月1日在市体育馆开幕。" not in got
    assert any(t.endswith("即在6月1日在市体育馆开幕。") for t in got)


def test_a_caption_on_the_last_line_of_the_text_takes_only_its_own_lines() -> None:
    # a picture at the column's foot cut the paragraph (…文创街|…): its credit is the last line
    lines = ["西塘村位于城东，是一座有三", "百多年历史的古村落。近年来，", "村里引入社会资本，修缮古民居"]
    lines += ["二十余座，打造民宿和文创街", "3月5日，游客在西塘村古民", "居前拍照留念。文旅局供图"]
    got = [(b.lines, b.open_end) for b in unwrap([Line(k, t) for k, t in enumerate(lines, 1)], role=line_role)]
    assert got == [((1, 4), True), ((5, 6), False)]


def test_a_credited_caption_set_wider_than_the_column_starts_where_its_lines_stand_out() -> None:
    # hard-wrapped, no blank lines (pdftotext -raw): a picture cut the paragraph after 施工;
    # its caption, one cell wider than the 11-cell column, ends in a photo credit. Nothing in
    # the words marks where the caption starts (…施工|民眾在…): its measure does
    lines = ["新車道分別位於民權", "東路、基隆路及市民大道", "沿線。交通局指出，施工"]
    lines += ["民眾在台北市河濱自行車道", "騎車。中央社記者倪孟璇攝", "期間將採夜間分段作業，"]
    lines += ["並在路口派員疏導交通。"]
    got = unwrap([Line(k, t) for k, t in enumerate(lines, 1)], role=line_role)
    assert [(b.lines, b.open_end) for b in got] == [((1, 3), True), ((4, 5), False), ((6, 7), False)]


def test_a_story_set_wider_than_the_body_column_has_its_full_first_lines_run_on() -> None:
    # a 17-cell story over a page of 11-cell columns: its full first line after a caption
    # goes on in mid-paragraph, as in the body's columns (the caption set apart, the halves
    # of the paragraph it cut whole again)
    wide = ["三万亩高标准农田迎来春灌", "3月11日，在汀州市南岗镇的高标", "准农田里，一座座智能泵站正在为刚刚"]
    wide += ["翻耕的田块输送灌溉用水。今年，全市", "三万亩高标准农田全面启动春灌，比去", "年提前了一周。"]
    wide += ["市农业农村局农田建设科科长滕晓", "峰介绍，智能泵站可根据土壤墒情自动"]
    wide += ["3月11日，农户在南岗镇查看智能泵站", "运行情况。", "调节供水量，与传统漫灌相比，每亩可"]
    wide += ["节水三成左右。去年试点区域的早稻亩", "产提高了近百斤。"]
    narrow = ["植树节义务植树", "本报讯 3月12日是植", "树节。当天上午，400余", "名市民志愿者来到汀江北"]
    narrow += ["岸，义务栽下香樟、银杏", "等苗木2000余株。今年，", "全市计划完成植树造林1.5"]
    narrow += ["万亩，新建城市绿道20公", "里，建成后将串连多个公", "园和滨江步道，方便市民", "休闲健身。"]
    narrow += ["通勤定制公交再添线路", "本报讯 3月11日，汀州", "公交集团新开通5条通勤"]
    narrow += ["定制公交线路，连接城东", "、城南多个大型居住区和", "高新区、金融街等就业集"]
    narrow += ["中区域。定制公交实行一", "人一座，乘客需提前一天", "预约，票价按里程计算，"]
    narrow += ["最高不超过6元，预约人数", "较多的线路还将加开班车。"]
    a = newsclean.parse("\n".join(wide + narrow) + "\n").articles[0]
    assert [b.type.value for b in a.blocks] == ["paragraph", "paragraph", "caption"]
    assert a.blocks[1].text.endswith("墒情自动调节供水量，与传统漫灌相比，每亩可节水三成左右。去年试点区域的早稻亩产提高了近百斤。")


def test_a_wire_lead_cut_before_its_place_starts_a_block_under_its_headline() -> None:
    # -raw gives the headline and the lead's first line with no blank line between them
    lines = ["北市再添三條自行車道", "（中央社記者倪孟璇", "台北20日電）台北市政府", "交通局今天宣布。"]
    got = unwrap([Line(k, t) for k, t in enumerate(lines, 1)], role=line_role)
    assert [b.text for b in got] == ["北市再添三條自行車道", "（中央社記者倪孟璇台北20日電）台北市政府交通局今天宣布。"]


def test_unwrap_a_bracket_cut_by_a_box_end_goes_on_into_the_next_box() -> None:
    # pdfminer cut the wire lead's bracket in two boxes: the dateline is whole again
    lines = [
        Line(1, "（中央社記者簡如"),
        Line(2, ""),
        Line(3, "君花蓮1日電）太魯閣國"),
        Line(4, "家公園管理處今天宣布。"),
    ]
    assert [b.text for b in unwrap(lines, role=line_role)] == [
        "（中央社記者簡如君花蓮1日電）太魯閣國家公園管理處今天宣布。"
    ]


def test_column_that_stops_mid_word_goes_on_into_the_column_printed_beside_its_top() -> None:
    # one line a box, two columns in turn: column 2 (3 lines) stands beside the top of
    # column 1 (5 lines), so its first line (义。…, no sentence begins so) comes out before
    # column 1's last line (…很有意), which it goes on from
    col1 = ["学校上周组织同学们到", "敬老院看望老人，大家", "一起打扫卫生、表演节", "目，老人们笑得合不拢", "嘴，大家都认为很有意"]
    col2 = ["义。活动结束后，同学", "们还约定下个月再来，", "继续为老人们做好事。"]
    order = [col1[0], col2[0], col1[1], col2[1], col1[2], col2[2], col1[3], col1[4]]
    blocks = untangle(split_lines("\n\n".join(order) + "\n"))
    assert [b.text for b in blocks] == ["".join(col1 + col2)]


def test_a_column_line_cut_at_a_stray_space_is_no_sign_of_columns_side_by_side() -> None:
    # pdftotext -raw: one column after another. The masthead is wide, and one column line,
    # wider than the column by its hanging marks, has a stray space: cut there its pieces
    # look like two columns, but together they are no wider than one column line
    col = [
        "花莲太鲁阁步道分段重", "新开放，每日限制入园", "人数一千五百人。管理", "处长表示：“请游",
        "客入园 前务必上网预约。”", "近日旅游旺季带来人潮", "，周边民宿订房率已回", "升。山区早晚温差大，",
        "游客应携带保暖衣物，", "并随时注意天气资讯。",
    ]
    page = "东港日报 2024年12月2日 星期一 A4 两岸\n" + "\n".join(col) + "\n"
    assert split_line(col[4], 10.0, cut_runs=True) == ["客入园", "前务必上网预约。”"]
    assert not interleaved(split_lines(page))
    # two columns' lines on one line are twice as wide: those are columns side by side
    mixed = "\n".join(a + " " + b for a, b in zip(col, col[1:] + col[:1], strict=True))
    assert interleaved(split_lines(mixed + "\n"))


def test_a_first_line_with_stray_spaces_under_a_full_byline_is_no_more_names() -> None:
    # the byline fills its line, so its names may go on; but 第五 届江城乡村艺 术 is the
    # paragraph's first line with stray spaces, not a name and more credits
    lines = [
        "艺术节送戏下乡", "本报记者 钟念慈 柏一 鸣", "第五 届江城乡村艺 术",
        "节9月11日在桃坞镇开幕。", "本届艺术节为期一个月，", "市内六个专业院团走进全",
        "市五十个行政村演出。",
    ]
    blocks = find_blocks(split_lines("\n".join(lines) + "\n"), role=line_role)
    assert any(b.text.startswith("第五") and "开幕" in b.text for b in blocks)
    # a byline's next line of more credits still goes on
    assert newsclean.layout._names_after("怡 图/江门日报记者 麦")
    assert newsclean.layout._names_after("恒 通讯员：粤消宣")
    assert not newsclean.layout._names_after("第五 届江城乡村艺 术")


def test_an_untangled_line_linked_to_none_and_wider_than_a_column_is_wide() -> None:
    # one line a box, two columns in turn, a headline over them: wider than a column, it
    # continues no column and is marked wide (a headline's), as unwrap marks one in a column
    col1 = ["学校上周组织同学们到", "敬老院看望老人，大家", "一起打扫卫生、表演节", "目，老人们笑得合不拢"]
    col2 = ["医院门诊大厅里，几位", "护士耐心地为病人指引", "方向，大厅秩序井然，", "病人们排队有序挂号。"]
    head = "三江口村自办小报，架起民意政策连心桥"
    order = [head] + [x for pair in zip(col1, col2, strict=True) for x in pair]
    blocks = untangle(split_lines("\n\n".join(order) + "\n"))
    assert (blocks[0].text, blocks[0].wide) == (head, True)
