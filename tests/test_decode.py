"""Tests for newsclean.decode: BOMs, codec choice, errors, binary sniffing, mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Literal

import opencc
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsclean
from newsclean.decode import (
    Decoded,
    _looks_like_gbk_mojibake,
    chinese_score,
    decode,
    repair_mojibake,
    sniff_binary,
)
from newsclean.errors import DecodeError, UnsupportedInputError

SEED = Path("/work/shared/seed/000_5ed934dff04333be.txt")

SHORT_SIMPLIFIED = [
    "区委常委会会议召开",
    "疫情防控工作",
    "发布会在江门举行",
    "江门日报讯",
    "全市经济工作会议",
]
SHORT_TRADITIONAL = [
    "區委常委會會議召開",
    "疫情防控工作",
    "發佈會在江門舉行",
    "立法會議員選舉",
    "香港特區政府",
]

# Clean sentences: none of them may ever be "repaired".
CLEAN_SIMPLIFIED = [
    "区委常委会会议召开，研究部署疫情防控工作。",
    "7月15日，区委书记聂加伟主持召开区委常委会会议。",
    "区人大常委会主任余志坚、政协副主席邹德昌列席会议。",
    "全力做好防反弹防输入工作",
    "江门日报讯（记者/何榕 见习记者/郑凯瑜）",
    "今年上半年，全市地区生产总值同比增长3.2%。",
    "市民可拨打12345热线咨询。",
    "他说：“我们一定要把这件事做好。”",
    "会议强调，要坚持人民至上、生命至上。",
    "据统计，截至6月底，全省累计接种疫苗超过1亿剂次。",
    "本报讯 昨日上午，第十届读书节在市图书馆开幕。",
    "NBA总决赛第三场，湖人队以108比102获胜。",
    "华为发布新款Mate手机，售价5999元起。",
    "北京时间8月1日晚，中国女排3:0战胜对手。",
    "新会陈皮产业年产值突破100亿元。",
    "台山市委书记带队检查防汛工作。",
    "开平碉楼与村落被列入《世界遗产名录》。",
    "恩平市举办温泉旅游文化节。",
    "鹤山市召开乡村振兴工作推进会。",
    "蓬江区新增3个省级示范村。",
    "江海区高新技术企业达到300家。",
    "国务院常务会议部署稳就业保民生措施。",
    "教育部：今年高考报名人数达1078万。",
    "气象台发布暴雨橙色预警信号。",
    "市场监管部门开展食品安全专项检查。",
    "医院开通绿色通道，方便老年人就医。",
    "学校要落实“双减”政策，减轻学生负担。",
    "这是一个非常重要的历史时刻。",
    "他们在田野里辛勤劳动，迎来了丰收。",
    "小明今天早上七点起床，然后去学校上课。",
    "图为市民在公园里晨练。（记者 李明 摄）",
    "责任编辑：王芳",
    "第3版 要闻",
    "2020年7月16日 星期四 农历五月廿六",
    "广东省江门市蓬江区建设路1号",
    "截至记者发稿时，事故原因仍在调查中。",
    "消防员用了半个小时才把火扑灭。",
    "公安机关依法对嫌疑人采取刑事强制措施。",
    "人民法院一审判决被告人有期徒刑三年。",
    "研究生招生考试将于12月举行。",
    "大湾区建设为港澳青年提供了广阔舞台。",
    "深中通道建成后，从中山到深圳只需30分钟。",
    "春节期间，全市接待游客120万人次。",
    "中秋节前夕，社区志愿者为独居老人送月饼。",
    "足球比赛因雷雨天气推迟进行。",
    "乒乓球世界杯在成都落下帷幕。",
    "我国成功发射一颗通信卫星。",
    "科学家在南海发现新的深海物种。",
    "银行下调存款利率0.25个百分点。",
    "股市收盘，上证指数上涨1.2%。",
    "房价连续三个月环比下降。",
    "电动汽车销量同比增长近一倍。",
    "农民工工资支付情况专项检查启动。",
    "垃圾分类新规将于下月起实施。",
    "地铁二号线预计年底通车。",
    "高速公路春运期间免收小型客车通行费。",
    "请广大市民注意防暑降温。",
    "读者来信：小区停车难问题何时解决？",
    "评论员文章：让创新成为发展第一动力",
    "副刊·文艺：故乡的小河",
    "乾隆年间，这里是著名的商埠。",
    "干部要干事，干成事，不出事。",
    "后来，他又回到了家乡的工厂里。",
    "面条、饺子和包子都是北方的传统面食。",
    "他拿到了一等奖，高兴得跳了起来！",
    "你吃饭了吗？我还没吃呢。",
    "“一带一路”倡议提出十周年。",
    "联合国秘书长古特雷斯发表讲话。",
    "美国总统宣布新的关税措施。",
    "日本东京奥运会推迟至2021年举行。",
]
CLEAN_LATIN_MIX = [
    "Café au lait 和 croissant 是法式早餐。",
    "São Paulo 是巴西最大的城市。",
    "Zürich 和 Genève 位于瑞士。",
    "naïve 一词源自法语。",
    "Müller 先生说：“Danke schön！”",
    "CEO Tim Cook 访问上海。",
    "iPhone 15 Pro Max 售价 9999 元。",
    "COVID-19 疫情影响全球经济。",
    "GDP growth was 3.2% in Q2.",
    "Email: news@jmrb.com · Tel: 0750-1234567",
    "The quick brown fox jumps over the lazy dog.",
    "Él está en la estación de Córdoba.",
    "Ça va très bien, merci.",
    "Åsa och Björn bor i Göteborg.",
    "50 °C · 3 × 4 = 12 · ± 0.5 · 10 µm",
    "© 2020 江门日报社 版权所有",
    "价格：€20 / £18 / ¥150",
    "α粒子和β射线",
    "第Ⅲ卷 ①②③",
    "Ａ版 全角字母与数字１２３",
]


def _traditional(sentences: list[str]) -> list[str]:
    conv = opencc.OpenCC("s2tw")
    return [conv.convert(s) for s in sentences]


CLEAN_TRADITIONAL = _traditional(CLEAN_SIMPLIFIED)
CLEAN_ALL = (
    CLEAN_SIMPLIFIED
    + CLEAN_TRADITIONAL
    + CLEAN_LATIN_MIX
    + [s.replace("，", ", ") + " (Xinhua)" for s in CLEAN_SIMPLIFIED]
)

# Frequent Traditional characters (all in Big5) for the Big5 round-trip property.
COMMON_TRADITIONAL = (
    "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學"
    "對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面"
    "公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部"
    "正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關"
    "區委常議召疫防控報記香港臺灣選舉政府經濟"
)


def test_clean_sentence_count() -> None:
    assert len(set(CLEAN_ALL)) >= 200


# ---------------------------------------------------------------- BOMs and UTF


def test_utf8_without_bom() -> None:
    d = decode("区委常委会会议召开".encode())
    assert d == Decoded("区委常委会会议召开", "utf-8")


def test_utf8_with_bom_is_stripped() -> None:
    d = decode(codecs.BOM_UTF8 + "新闻 news".encode())
    assert (d.text, d.encoding, d.bom) == ("新闻 news", "utf-8", True)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_and_utf32_boms(bom: bytes, codec: str) -> None:
    text = "區委常委會會議召開 2020"
    d = decode(bom + text.encode(codec))
    assert (d.text, d.encoding, d.bom) == (text, codec, True)


def test_empty_and_ascii() -> None:
    assert decode(b"") == Decoded("", "utf-8")
    assert decode(b"hello\n").text == "hello\n"


def test_utf16_without_bom_is_found() -> None:
    text = "Page 1: 区委常委会会议召开，研究部署疫情防控工作。"
    d = decode(text.encode("utf-16-le"))
    assert (d.text, d.encoding) == (text, "utf-16-le")


def test_short_big5_that_passes_for_two_byte_utf8_is_big5() -> None:
    # a8c6 a8c6 a4d6 acdb a143 c5a5: all but the first byte read as two-byte UTF-8 (ƨ, ...)
    d = decode("事事少相。聽".encode("big5"))
    assert (d.text, d.encoding) == ("事事少相。聽", "big5hkscs")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_cut_by_one_byte_keeps_its_text(codec: str) -> None:
    text = "区委常委会会议召开\n本报讯 昨天，区委常委会召开会议，研究部署工作。\n"
    d = decode(text.encode(codec)[:-1], errors="replace")
    assert (d.encoding, d.replaced) == (codec, 1)  # the cut character, and only it
    assert d.text[:-1] == text[:-1]
    with pytest.raises(DecodeError):
        decode(text.encode(codec)[:-1])


# ---------------------------------------------------------------- GB18030 / Big5


@pytest.mark.parametrize("text", SHORT_SIMPLIFIED)
@pytest.mark.parametrize("codec", ["gb2312", "gbk", "gb18030"])
def test_short_gb_round_trip(text: str, codec: str) -> None:
    d = decode(text.encode(codec))
    assert (d.text, d.encoding) == (text, "gb18030")


@pytest.mark.parametrize("text", SHORT_TRADITIONAL)
@pytest.mark.parametrize("codec", ["big5", "big5hkscs"])
def test_short_big5_round_trip(text: str, codec: str) -> None:
    d = decode(text.encode(codec))
    assert (d.text, d.encoding) == (text, "big5hkscs")


def test_hkscs_characters() -> None:
    text = "佢哋喺度食緊飯"  # Cantonese: 哋 and 喺 are HKSCS-only
    with pytest.raises(UnicodeEncodeError):
        text.encode("big5")
    d = decode(text.encode("big5hkscs"))
    assert (d.text, d.encoding) == (text, "big5hkscs")


def test_gb18030_four_byte_characters() -> None:
    text = "𠮷野家和€符号，以及é"  # needs GB18030's four-byte sequences
    d = decode(text.encode("gb18030"))
    assert (d.text, d.encoding) == (text, "gb18030")


def _seed() -> str:
    if not SEED.exists():  # pragma: no cover
        pytest.skip("seed page not available")
    return SEED.read_text(encoding="utf-8")


def test_seed_page_in_each_codec() -> None:
    page = _seed()
    assert decode(page.encode()).text == page
    assert decode(page.encode("gbk")).encoding == "gb18030"
    assert decode(page.encode("gbk")).text == page
    assert decode(page.encode("gb18030")).text == page
    trad = "".join(
        c for c in opencc.OpenCC("s2hk").convert(page) if c.encode("big5hkscs", "replace") != b"?"
    )
    for codec in ("big5hkscs", "utf-16", "utf-8-sig"):
        d = decode(trad.encode(codec))
        assert d.text == trad, codec
    d = decode(trad.encode("big5hkscs"))
    assert d.encoding == "big5hkscs"
    assert d.confidence > 0.9


def test_every_window_of_the_seed_page() -> None:
    """Every 6- and 10-character run of a real page, as GBK and as Big5, decodes right."""
    han = "".join(c for c in _seed() if "\u4e00" <= c <= "\u9fff" or c in "，。、")
    trad = opencc.OpenCC("s2tw").convert(han)
    wrong = []
    for size in (6, 10):
        for i in range(0, len(han) - size, 3):
            simplified, traditional = han[i : i + size], trad[i : i + size]
            if decode(simplified.encode("gbk")).text != simplified:
                wrong.append(simplified)
            if _decodes(traditional.encode("big5", "replace"), "big5"):
                data = traditional.encode("big5", "replace")
                if "?" not in data.decode("big5") and decode(data).text != traditional:
                    wrong.append(traditional)
    assert wrong == []


def test_long_texts_in_each_codec() -> None:
    simplified = "\n".join(CLEAN_SIMPLIFIED[:40])
    traditional = "\n".join(CLEAN_TRADITIONAL[:40])
    assert decode(simplified.encode("gbk")).text == simplified
    assert decode(traditional.encode("big5", "replace")).encoding == "big5hkscs"


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


@given(st.text(st.characters(codec="utf-8"), min_size=1))
def test_utf8_round_trip(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # a leading U+FEFF is read as a BOM
    assume(repair_mojibake(text)[1] is None)  # and mojibake is repaired on purpose
    assert decode(text.encode("utf-8")).text == text


@given(st.text(st.characters(codec="gb18030"), min_size=1))
def test_gb18030_round_trip(text: str) -> None:
    data = text.encode("gb18030")
    # Bytes that are also valid UTF-8 are read as UTF-8 by design (ADR 0002).  Bytes
    # that are also valid Big5-HKSCS are decided by how Chinese the two readings look,
    # which random symbols cannot tell apart ("÷" in GBK is "‾" in Big5): that choice
    # is tested on real text (test_every_window_of_the_seed_page, the short headlines).
    assume(not _decodes(data, "utf-8"))
    assume(not _decodes(data, "big5hkscs"))
    assume(repair_mojibake(text)[1] is None)
    assert decode(data).text == text


@given(st.text(st.sampled_from(COMMON_TRADITIONAL + "，。「」"), min_size=6))
def test_big5_round_trip_common_traditional(text: str) -> None:
    d = decode(text.encode("big5"))
    assert (d.text, d.encoding) == (text, "big5hkscs")


# ---------------------------------------------------------------- every encoding, down to a headline

# Hand-written texts in three sizes; the GB18030 ones hold a character GBK lacks (𠮷, the
# Yoshinoya form of 吉, and 㙟, CJK extension A), the Big5-HKSCS ones one Big5 lacks
# (埗 in 深水埗, Cantonese 佢哋喺咗, 邨).
_SIMPLIFIED_SIZES = {
    "paragraph": "全市经济工作会议昨日召开。会议指出，今年上半年全市地区生产总值同比增长3.2%，"
    "工业投资和社会消费品零售总额稳步回升。会议要求，各地各部门要坚持稳中求进，"
    "确保完成全年目标任务。",
    "sentence": "市民可拨打12345热线咨询办理进度。",
    "headline": "江门侨乡新貌",
}
_TRADITIONAL_SIZES = {
    "paragraph": "天文台昨日發出八號烈風或暴風信號，全港學校停課。運輸署表示，"
    "巴士及渡輪服務將逐步暫停，市民應留在安全地方，避免前往海旁。",
    "sentence": "立法會財務委員會今日討論撥款申請。",
    "headline": "颱風警告生效",
}
_GB18030_SIZES = {
    "paragraph": "日本连锁餐厅𠮷野家在江门开设首家门店。店名中的“𠮷”字上部为“土”，"
    "不在GBK字符集中，只能用GB18030的四字节编码表示。开业首日，不少市民排队品尝。",
    "sentence": "㙟头村的村道改造工程本月完工，全长3.5公里。",
    "headline": "𠮷野家开新店",
}
_HKSCS_SIZES = {
    "paragraph": "深水埗新街市今日開幕，檔主話佢哋等咗好耐。街坊喺度買餸，"
    "都話地方光猛咗好多，唔使再喺街邊企。",
    "sentence": "屯門邨重建計劃下月展開諮詢。",
    "headline": "深水埗新街市",
}
# (name, codec that writes the bytes, BOM, Decoded.encoding expected, texts)
_ENCODING_TABLE = [
    ("utf-8", "utf-8", b"", "utf-8", _SIMPLIFIED_SIZES),
    ("utf-8 with BOM", "utf-8", codecs.BOM_UTF8, "utf-8", _SIMPLIFIED_SIZES),
    ("utf-16-le with BOM", "utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le", _SIMPLIFIED_SIZES),
    ("utf-16-be with BOM", "utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be", _TRADITIONAL_SIZES),
    ("gbk", "gbk", b"", "gb18030", _SIMPLIFIED_SIZES),
    ("gb18030 beyond gbk", "gb18030", b"", "gb18030", _GB18030_SIZES),
    ("big5", "big5", b"", "big5hkscs", _TRADITIONAL_SIZES),
    ("big5-hkscs beyond big5", "big5hkscs", b"", "big5hkscs", _HKSCS_SIZES),
]
ENCODING_CASES = [
    pytest.param(codec, bom, expected, text, id=f"{name}/{size}")
    for name, codec, bom, expected, sizes in _ENCODING_TABLE
    for size, text in sizes.items()
]


def test_encoding_table_texts() -> None:
    for _, _, _, _, sizes in _ENCODING_TABLE:
        assert len(sizes["headline"]) == 6
    for text in _GB18030_SIZES.values():
        with pytest.raises(UnicodeEncodeError):
            text.encode("gbk")
    for text in _HKSCS_SIZES.values():
        with pytest.raises(UnicodeEncodeError):
            text.encode("big5")


@pytest.mark.parametrize(("codec", "bom", "expected", "text"), ENCODING_CASES)
def test_decode_each_encoding_down_to_a_headline(
    codec: str, bom: bytes, expected: str, text: str
) -> None:
    d = decode(bom + text.encode(codec))
    assert d == Decoded(text, expected, bom=bool(bom), confidence=d.confidence)
    assert d.confidence >= 0.99


# ---------------------------------------------------------------- given encoding, errors


def test_given_encoding_is_used() -> None:
    data = "区委".encode("gbk")
    assert decode(data, encoding="gbk") == Decoded("区委", "gb18030")
    assert decode("區委".encode("big5"), encoding="big5").encoding == "big5hkscs"
    assert decode(b"caf\xe9", encoding="latin-1").text == "café"
    d = decode(codecs.BOM_UTF16_BE + "新闻".encode("utf-16-be"), encoding="utf-16")
    assert (d.text, d.encoding, d.bom) == ("新闻", "utf-16-be", True)


def test_given_encoding_strict_and_replace() -> None:
    data = "区委".encode("gbk") + b"\xff"
    with pytest.raises(DecodeError) as err:
        decode(data, encoding="gbk")
    assert (err.value.encoding, err.value.offset) == ("gb18030", 4)
    d = decode(data, encoding="gbk", errors="replace")
    assert (d.text, d.replaced) == ("区委\ufffd", 1)


def test_unknown_given_encoding() -> None:
    with pytest.raises(DecodeError, match="unknown text encoding"):
        decode(b"abc", encoding="no-such-codec")


def test_bad_errors_argument() -> None:
    with pytest.raises(ValueError, match="errors"):
        decode(b"abc", errors="ignore")  # type: ignore[arg-type]


def test_strict_error_names_encoding_and_offset() -> None:
    data = b"abc\xff\xfe\xfd\xfc\xff\xff"
    with pytest.raises(DecodeError) as err:
        decode(data)
    e = err.value
    assert e.encoding in ("utf-8", "gb18030", "big5hkscs")
    assert e.offset >= 3
    assert e.snippet
    assert e.snippet in data


def test_utf8_with_a_stray_byte() -> None:
    text = "区委常委会会议召开，研究部署疫情防控工作。" * 5
    data = text.encode() + b"\xe5\x8f"  # a cut character at the end
    with pytest.raises(DecodeError) as err:
        decode(data)
    assert (err.value.encoding, err.value.offset) == ("utf-8", len(text.encode()))
    d = decode(data, errors="replace")
    assert d.text == text + "\ufffd"
    assert (d.encoding, d.replaced) == ("utf-8", 1)


def test_replace_mode_counts_replacements() -> None:
    data = "江门日报".encode("gbk") + b"\xff" + "讯".encode("gbk") + b"\x80"
    d = decode(data, errors="replace")
    assert d.encoding == "gb18030"
    assert d.replaced == d.text.count("\ufffd") >= 1
    assert d.text.startswith("江门日报")


@pytest.mark.parametrize("text", ["銆", "鐨", "涓"])
def test_gbk_that_is_a_cut_utf8_character(text: str) -> None:
    # E3 80 is a UTF-8 character cut by the end of the data, not UTF-8 with a stray byte
    # (found by test_gb18030_round_trip with more examples).
    d = decode(text.encode("gb18030"))
    assert (d.text, d.encoding) == (text, "gb18030")


def test_valid_utf8_is_utf8() -> None:
    # GBK bytes that happen to be valid UTF-8 are ambiguous; the policy reads UTF-8.
    assert decode("路".encode("gbk")) == Decoded("·", "utf-8")


# ---------------------------------------------------------------- binary sniffing


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (or DOCX/XLSX/EPUB)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
    ],
)
def test_sniff_binary(data: bytes, what: str) -> None:
    assert sniff_binary(data) == what
    with pytest.raises(UnsupportedInputError) as err:
        decode(data)
    assert err.value.looks_like == what


@pytest.mark.parametrize("data", [b"", b"PDF", "区委".encode(), codecs.BOM_UTF16_LE + b"a\x00"])
def test_sniff_binary_text(data: bytes) -> None:
    assert sniff_binary(data) is None


# ---------------------------------------------------------------- mojibake


def _gbk_mojibake(text: str) -> str | None:
    """``text`` as UTF-8 read as GBK, if that round-trips losslessly."""
    try:
        bad = text.encode().decode("gbk")
        if bad.encode("gb18030").decode() != text:  # pragma: no cover
            return None
    except UnicodeError:
        return None
    return bad


def _gbk_mojibake_cases() -> list[str]:
    """Phrases (4 to 10 characters) of the clean sentences whose GBK mojibake is lossless."""
    cases: list[str] = []
    for sentence in CLEAN_SIMPLIFIED + CLEAN_TRADITIONAL:
        for size in (4, 6, 10):
            for i in range(0, len(sentence) - size + 1, 2):
                phrase = sentence[i : i + size]
                if (
                    sum(c > "\x7f" for c in phrase) >= 2
                    and _gbk_mojibake(phrase)
                    and phrase not in cases
                ):
                    cases.append(phrase)
    return cases


GBK_MOJIBAKE_CASES = ["全力做好防反弹防输入工作", *_gbk_mojibake_cases()]


def test_there_are_gbk_mojibake_cases() -> None:
    assert len(GBK_MOJIBAKE_CASES) >= 30


@pytest.mark.parametrize("text", GBK_MOJIBAKE_CASES)
def test_repairs_utf8_read_as_gbk(text: str) -> None:
    bad = _gbk_mojibake(text)
    assert bad is not None
    assert repair_mojibake(bad) == (text, "utf-8 read as gbk")
    d = decode(bad.encode())  # mojibake that was saved again as UTF-8
    assert (d.text, d.repaired) == (text, "utf-8 read as gbk")


def test_repairs_known_gbk_example() -> None:
    assert repair_mojibake("鍏ㄥ姏鍋氬ソ闃插弽寮归槻杈撳叆宸ヤ綔") == (
        "全力做好防反弹防输入工作",
        "utf-8 read as gbk",
    )


@pytest.mark.parametrize("text", ["发布会在江门举行", "區委常委會會議召開", "café", "Müller 先生"])
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_repairs_utf8_read_as_cp1252(text: str, codec: str) -> None:
    bad = text.encode().decode(codec, "replace")
    assume_lossless = "\ufffd" not in bad
    fixed, what = repair_mojibake(bad)
    if assume_lossless:
        assert (fixed, what) == (text, "utf-8 read as cp1252")
    else:  # cp1252 has no character for a few bytes: those runs stay as they were
        assert what == "utf-8 read as cp1252" or fixed == bad


def test_repairs_cp1252_runs_inside_clean_text() -> None:
    bad = "新闻：" + "发布会".encode().decode("latin-1") + " à Paris, cafÃ©"
    assert repair_mojibake(bad) == ("新闻：发布会 à Paris, café", "utf-8 read as cp1252")
    d = decode(bad.encode())
    assert (d.text, d.repaired) == ("新闻：发布会 à Paris, café", "utf-8 read as cp1252")


@pytest.mark.parametrize("text", CLEAN_ALL)
def test_never_repairs_clean_text(text: str) -> None:
    assert repair_mojibake(text) == (text, None)
    assert decode(text.encode()).repaired is None


def test_never_repairs_clean_text_that_round_trips() -> None:
    # Strings whose GB18030 bytes are valid UTF-8: the round trip succeeds but the
    # result is not more Chinese-like, so it is refused.
    candidates = [chr(c) for c in range(0x4E00, 0x9FA6)]
    round_trips = []
    for a in candidates[::7]:
        try:
            a.encode("gb18030").decode("utf-8")
        except UnicodeDecodeError:
            continue
        round_trips.append(a)
    assert round_trips  # some do exist
    for s in round_trips:
        assert repair_mojibake(s) == (s, None)
        assert repair_mojibake(s * 3 + "，" + s) == (s * 3 + "，" + s, None)


def test_repair_of_a_long_run_is_whole() -> None:
    # time is measured by bench/ (its adversarial inputs), never asserted here
    bad = "发布会 ".encode().decode("latin-1") * 2000
    fixed, _ = repair_mojibake(bad)
    assert fixed == "发布会 " * 2000


# ---------------------------------------------------------------- lossy GBK mojibake (issue #3)

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
FIXTURE_PAGES = sorted([*PAGES.glob("*.txt"), *PAGES.glob("*.bin")])
# How an upstream GBK decoder marks a byte it could not pair: (codec, mark).  Python's
# gbk also loses a byte of every pair GBK leaves unassigned; gb18030 maps those to the
# private use area and only loses the last byte of an odd-length run.  "?" is what the
# U+FFFD becomes when the mojibake is saved again in GBK.
UPSTREAM = [("gb18030", "\ufffd"), ("gbk", "\ufffd"), ("gb18030", "?"), ("gbk", "?")]
_LOST_BYTES: list[tuple[int, int]] = []


def _record_lost_bytes(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _LOST_BYTES.append((exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("newsclean-test-record", _record_lost_bytes)


def _lossy_gbk_mojibake(text: str, codec: str, mark: str = "\ufffd") -> tuple[str, str]:
    """``text`` as UTF-8 read as ``codec``, lost bytes marked, and what a repair can give back.

    The latter is ``text`` with U+FFFD for each character that lost a byte.
    """
    _LOST_BYTES.clear()
    bad = text.encode().decode(codec, "newsclean-test-record")
    lost = {i for start, end in _LOST_BYTES for i in range(start, end)}
    expected, pos = [], 0
    for ch in text:
        size = len(ch.encode())
        expected.append("\ufffd" if lost.intersection(range(pos, pos + size)) else ch)
        pos += size
    return bad.replace("\ufffd", mark), "".join(expected)


def _gbk_label(lost: int) -> str:
    if not lost:
        return "utf-8 read as gbk"
    return f"utf-8 read as gbk ({lost} character{'s' * (lost != 1)} lost upstream, left as U+FFFD)"


def _fixture_text(page: Path) -> str:
    return decode(page.read_bytes()).text


def test_there_are_fixture_pages() -> None:
    assert {p.suffix for p in FIXTURE_PAGES} == {".txt", ".bin"}
    assert len(FIXTURE_PAGES) >= 8


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: p.name)
@pytest.mark.parametrize(("codec", "mark"), UPSTREAM, ids=["gb18030", "gbk", "gb18030?", "gbk?"])
def test_repairs_lossy_gbk_mojibake_of_each_fixture_page(page: Path, codec: str, mark: str) -> None:
    text = _fixture_text(page)
    bad, expected = _lossy_gbk_mojibake(text, codec, mark)
    lost = expected.count("\ufffd")
    assert lost  # every page has odd-length runs: the whole-text round trip fails
    with pytest.raises(UnicodeDecodeError):
        bad.encode("gb18030").decode("utf-8")
    assert repair_mojibake(bad) == (expected, _gbk_label(lost))
    d = decode(bad.encode())  # the mojibake saved again as UTF-8
    assert (d.text, d.encoding, d.replaced, d.repaired) == (
        expected,
        "utf-8",
        lost,
        _gbk_label(lost),
    )


def test_lossy_gbk_mojibake_keeps_u_fffd_where_a_byte_was_lost() -> None:
    # 举 ends an odd-length run: its last byte had no partner and was lost upstream.
    assert repair_mojibake("鍙戝竷浼氬湪姹熼棬涓�\n") == ("发布会在江门�\n", _gbk_label(1))
    assert repair_mojibake("鍙戝竷浼氬湪姹熼棬涓?\n") == ("发布会在江门�\n", _gbk_label(1))
    # 。 (E3 80 82) lost its last byte; a second "?" is a question mark: 銆 (E3 80) lacks
    # only one byte, and a mark stands for one byte.
    bad = "鍏ㄥ姏鍋氬ソ闃插弽寮归槻杈撳叆宸ヤ綔銆?\n"
    assert repair_mojibake(bad) == ("全力做好防反弹防输入工作�\n", _gbk_label(1))
    assert repair_mojibake(bad.replace("?", "??")) == (
        "全力做好防反弹防输入工作�?\n",
        _gbk_label(1),
    )
    # 者 (E8 80 85) lost two bytes to Python's gbk (80 and 85 both start bad pairs): two
    # marks, one character.
    assert repair_mojibake("璁拌?? 鏉庢槑\n") == ("记� 李明\n", _gbk_label(1))


def test_lossy_gbk_mojibake_keeps_real_question_marks() -> None:
    text = "记者问：这是真的吗?\n他说：是的!真的?\n会议什么时候召开?\n"
    for codec, mark in UPSTREAM:
        bad, expected = _lossy_gbk_mojibake(text, codec, mark)
        fixed, what = repair_mojibake(bad)
        assert fixed == expected, (codec, mark)
        assert fixed.count("?") == text.count("?")
        assert what == _gbk_label(expected.count("\ufffd"))


def test_lossy_gbk_mojibake_below_a_clean_header() -> None:
    header = "江门日报 2020年7月16日 星期四\n第3版 要闻\n"
    body = "区委常委会会议召开，研究部署疫情防控工作。\n7月15日，区委书记主持召开会议。\n"
    bad, expected = _lossy_gbk_mojibake(body, "gb18030")
    fixed, what = repair_mojibake(header + bad)
    assert fixed == header + expected
    assert what == _gbk_label(expected.count("\ufffd"))


def test_parse_reports_characters_lost_in_mojibake() -> None:
    text = "区委常委会会议召开\n\n本报讯 7月15日，区委书记主持召开区委常委会会议。\n"
    bad, expected = _lossy_gbk_mojibake(text, "gbk")
    lost = expected.count("\ufffd")
    doc = newsclean.parse(bad.encode())
    assert (doc.articles[0].title, doc.encoding) == (expected.split("\n")[0], "utf-8")
    assert [(w.stage, w.action, w.detail) for w in doc.warnings if w.stage == "decode"] == [
        ("decode", "replaced", f"{lost} undecodable characters replaced"),
        ("decode", "mojibake", f"repaired: {_gbk_label(lost)}"),
    ]


@given(
    st.text(st.sampled_from(COMMON_TRADITIONAL + "区委会议召开报讯，。、“”：？！（） \n12aB?.,")),
    st.sampled_from(UPSTREAM),
)
def test_lossy_gbk_repair_is_never_wrong(text: str, upstream: tuple[str, str]) -> None:
    # Ends in "。\n": at the very end of its input Python's gb18030 decoder also swallows
    # the ASCII after a lone lead byte (an unfinished four-byte code), which no repair sees.
    text += "。\n"
    bad, expected = _lossy_gbk_mojibake(text, *upstream)
    fixed, what = repair_mojibake(bad)
    assert fixed in (bad, expected)
    if fixed != bad:
        assert what == _gbk_label(expected.count("\ufffd"))


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: p.name)
def test_never_repairs_a_fixture_page(page: Path) -> None:
    d = decode(page.read_bytes())
    assert (d.repaired, d.replaced) == (None, 0)
    assert repair_mojibake(d.text) == (d.text, None)
    # The cheap pre-check already says no: a clean page costs a few microseconds.
    assert not _looks_like_gbk_mojibake(d.text)


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: p.name)
def test_never_repairs_a_window_of_a_fixture_page(page: Path) -> None:
    text = _fixture_text(page)
    repaired = [
        window
        for size in (2, 3, 4, 6, 9, 12)
        for i in range(0, max(1, len(text) - size + 1), 1 if size <= 6 else 3)
        if repair_mojibake(window := text[i : i + size])[1] is not None
    ]
    assert repaired == []


@pytest.mark.parametrize("text", CLEAN_ALL)
def test_never_repairs_clean_text_with_replacement_marks(text: str) -> None:
    half = len(text) // 2
    for marked in (text + "?", "\ufffd" + text, text[:half] + "\ufffd?" + text[half:]):
        assert repair_mojibake(marked) == (marked, None)


def test_chinese_score_orders_readings() -> None:
    page = "\n".join(CLEAN_TRADITIONAL)
    data = page.encode("big5", "replace")
    assert chinese_score(data.decode("big5hkscs")) > chinese_score(
        data.decode("gb18030", "replace")
    )


# ---------------------------------------------------------------- mixed encodings, line by line

# Pages from different sources concatenated: each part keeps its characters, and what was
# done is reported (Decoded.mixed, a "mixed-encodings" warning), never "lost upstream".
_MIX_UTF8 = "区委常委会会议召开\n本报讯（记者 李明）昨天，区委召开常委会会议，研究部署防疫工作。\n"
_MIX_GBK = "江门日报讯 市政府举行新闻发布会，介绍全市疫情防控情况。\n会议要求各部门加强协调。\n"
_MIX_BIG5 = "天文台昨日發出八號烈風信號，全港學校停課。\n運輸署表示，巴士服務將逐步暫停。\n"


@pytest.mark.parametrize(
    ("parts", "encoding", "mixed"),
    [
        (((_MIX_UTF8, "utf-8"), (_MIX_GBK, "gbk")), "utf-8", (("utf-8", 2), ("gb18030", 2))),
        (((_MIX_GBK, "gbk"), (_MIX_UTF8, "utf-8")), "gb18030", (("gb18030", 2), ("utf-8", 2))),
        (((_MIX_UTF8, "utf-8"), (_MIX_BIG5, "big5")), "utf-8", (("utf-8", 2), ("big5hkscs", 2))),
        (
            ((_MIX_UTF8, "utf-8"), (_GB18030_SIZES["paragraph"] + "\n", "gb18030")),
            "utf-8",
            (("utf-8", 2), ("gb18030", 1)),
        ),
        (
            ((_MIX_UTF8, "utf-8"), (_MIX_GBK, "gbk"), (_MIX_UTF8 * 3, "utf-8")),
            "utf-8",
            (("utf-8", 8), ("gb18030", 2)),
        ),
        # three: GB18030 and Big5-HKSCS each decode the other's bytes without an error, so
        # each line goes by the reading that looks like Chinese
        (
            ((_MIX_UTF8, "utf-8"), (_MIX_GBK, "gbk"), (_MIX_BIG5, "big5")),
            "utf-8",
            (("utf-8", 2), ("gb18030", 2), ("big5hkscs", 2)),
        ),
    ],
    ids=["utf-8+gbk", "gbk+utf-8", "utf-8+big5", "utf-8+gb18030", "utf-8+gbk+utf-8", "utf-8+gbk+big5"],
)
@pytest.mark.parametrize("errors", ["strict", "replace"])
def test_mixed_encodings_keep_every_character(
    parts: tuple[tuple[str, str], ...],
    encoding: str,
    mixed: tuple[tuple[str, int], ...],
    errors: Literal["strict", "replace"],
) -> None:
    text = "".join(t for t, _ in parts)
    data = b"".join(t.encode(codec) for t, codec in parts)
    d = decode(data, errors=errors)
    assert (d.text, d.encoding, d.replaced, d.repaired, d.mixed) == (
        text,
        encoding,
        0,
        None,
        mixed,
    )


def test_mixed_encodings_with_crlf() -> None:
    for end in ("\r\n", "\r"):  # Windows, and old Mac line ends
        utf8, gbk = _MIX_UTF8.replace("\n", end), _MIX_GBK.replace("\n", end)
        d = decode(utf8.encode() + gbk.encode("gbk"))
        assert (d.text, d.mixed) == (utf8 + gbk, (("utf-8", 2), ("gb18030", 2)))
        assert decode(gbk.encode("gbk") + utf8.encode()).text == gbk + utf8


def test_mixed_encodings_after_a_utf8_bom() -> None:
    d = decode(codecs.BOM_UTF8 + _MIX_UTF8.encode() + _MIX_GBK.encode("gbk"))
    assert (d.text, d.bom, d.mixed) == (_MIX_UTF8 + _MIX_GBK, True, (("utf-8", 2), ("gb18030", 2)))


def test_mixed_encodings_with_a_line_truly_broken() -> None:
    # one GBK line has a byte no codec decodes: only that character is lost
    gbk = _MIX_GBK.encode("gbk")
    cut = gbk.index("发布会".encode("gbk"))
    data = _MIX_UTF8.encode() + gbk[:cut] + b"\xff" + gbk[cut:]
    d = decode(data, errors="replace")
    assert d.text == _MIX_UTF8 + _MIX_GBK.replace("发布会", "\ufffd发布会")
    assert (d.replaced, d.repaired, d.mixed) == (1, None, (("utf-8", 2), ("gb18030", 2)))
    with pytest.raises(DecodeError, match="line 3 is in none of the encodings") as err:
        decode(data)
    assert (err.value.encoding, err.value.offset) == ("gb18030", len(_MIX_UTF8.encode()) + cut)
    # a UTF-8 line cut short in a mixed file stays UTF-8
    utf8 = _MIX_UTF8.encode()
    data = utf8[:-2] + b"\n" + gbk
    d = decode(data, errors="replace")
    assert d.text == _MIX_UTF8[:-2] + "\ufffd\n" + _MIX_GBK
    assert (d.encoding, d.replaced) == ("utf-8", 1)
    with pytest.raises(DecodeError) as err:
        decode(data)
    assert (err.value.encoding, err.value.offset) == ("utf-8", len(utf8) - 4)


def test_a_stray_byte_in_utf8_is_no_gbk_line() -> None:
    # b"\xe5\x8f" (a cut 发) also reads as GBK 鍙, but nothing there reads as Chinese
    data = _MIX_UTF8.encode() + b"\xe5\x8f\n" + _MIX_UTF8.encode()
    d = decode(data, errors="replace")
    assert (d.text, d.encoding, d.replaced, d.mixed) == (
        _MIX_UTF8 + "\ufffd\n" + _MIX_UTF8,
        "utf-8",
        1,
        (),
    )
    with pytest.raises(DecodeError, match="otherwise valid UTF-8"):
        decode(data)


def test_parse_reports_mixed_encodings_and_loses_nothing() -> None:
    data = ("标题在此\n\n" + _MIX_UTF8).encode() + _MIX_GBK.encode("gbk")
    doc = newsclean.parse(data)
    assert [(w.action, w.detail) for w in doc.warnings if w.stage == "decode"] == [
        ("mixed-encodings", "mixed encodings, decoded line by line: 3 lines UTF-8, 2 lines GB18030")
    ]
    doc.check(newsclean.normalize("标题在此\n\n" + _MIX_UTF8 + _MIX_GBK))


_MIX_ALPHABET = (
    "区委常委会议召开本报讯记者李明昨天研究部署防疫工作江门日报市政府举行新闻发布介绍全情况"
    + "，。、“”：（） 12aB\n"
)


@given(st.text(st.sampled_from(_MIX_ALPHABET)), st.text(st.sampled_from(_MIX_ALPHABET)))
def test_utf8_text_then_gbk_text_decodes_back(first: str, second: str) -> None:
    text = first + "\n" + second
    gbk = second.encode("gbk")
    # by design (ADR 0002) a line that is valid UTF-8 is UTF-8: GBK 全 (c8 ab) reads ȫ
    assume(all(ln.isascii() or not _decodes(ln, "utf-8") for ln in gbk.splitlines()))
    assume(repair_mojibake(text)[1] is None)  # mojibake is repaired on purpose
    data = first.encode() + b"\n" + gbk
    assert decode(data).text == text
    assert decode(data, errors="replace") == decode(data)
