"""Bytes -> text: BOMs, UTF-8 fast path, GB18030 vs Big5-HKSCS, mojibake repair.

Policy (see ``docs/adr/0002-decode-policy.md``):

* a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
* otherwise strict UTF-8 is tried first, which is what almost every page is;
* otherwise the two Chinese legacy codecs are tried strictly, GB2312/GBK being
  read as GB18030 and Big5 as Big5-HKSCS (both supersets), and the survivors
  are ranked by how Chinese-like their text is (:func:`chinese_score`);
* chardet is only consulted when none of these decode, to catch the odd
  BOM-less UTF-16 page; it never runs on UTF-8, GBK or Big5 input;
* a file that no codec decodes without loss is tried line by line: lines in different
  encodings (UTF-8 pages concatenated with GBK or Big5 ones) each keep their characters;
* the result is passed through :func:`repair_mojibake`.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import regex

from .errors import DecodeError, UnsupportedInputError

__all__ = [
    "Decoded",
    "check_encoding",
    "chinese_score",
    "decode",
    "mixed_note",
    "repair_mojibake",
    "sniff_binary",
]


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how it was obtained.

    Attributes:
        text: the text, mojibake repaired.
        encoding: the codec used (Python's name: ``gb18030``, ``big5hkscs``, ``utf-16-le``).
        bom: whether a byte order mark decided the codec (it is not part of ``text``).
        replaced: how many characters of ``text`` are U+FFFD for bytes that could not be
            decoded: here (``errors="replace"``) or upstream (the bytes a GBK decoder lost
            in mojibake that was repaired).
        confidence: how sure the choice of codec is (1.0: no other codec decodes).
        repaired: what mojibake was repaired (``"utf-8 read as gbk"``), else ``None``.
        mixed: for a file whose lines come in different encodings (pages from several
            sources concatenated), decoded line by line: each codec used and how many
            lines (ASCII lines aside) it decoded, in order of first use
            (``(("utf-8", 2), ("gb18030", 3))``; :func:`mixed_note` describes it); ``encoding``
            is then the one that decoded most lines.  Empty for an ordinary file.
    """

    text: str
    encoding: str
    bom: bool = False
    replaced: int = 0
    confidence: float = 1.0
    repaired: str | None = None
    mixed: tuple[tuple[str, int], ...] = ()


# --------------------------------------------------------------------------- binary sniffing

# (magic, offset, description); checked in order, so longer magics come first.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"PK\x03\x04", 0, "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", 0, "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x07\x08", 0, "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Office document (DOC/XLS/PPT)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh91AY&SY", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"(\xb5/\xfd", 0, "a zstd archive"),
    (b"7z\xbc\xaf'\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x7fELF", 0, "an ELF executable"),
    (b"ftyp", 4, "an MP4/MOV/HEIC file"),
    (b"ID3", 0, "an MP3 file"),
    (b"OggS", 0, "an Ogg file"),
    (b"fLaC", 0, "a FLAC file"),
    (b"wOFF", 0, "a WOFF font"),
    (b"wOF2", 0, "a WOFF2 font"),
)


def sniff_binary(data: bytes) -> str | None:
    """Say what non-text file ``data`` looks like, by its magic number, else ``None``.

    >>> sniff_binary(b"%PDF-1.7 ...")
    'a PDF file'
    >>> sniff_binary(b"\\x89PNG\\r\\n\\x1a\\n....")
    'a PNG image'
    >>> sniff_binary("新闻".encode()) is None
    True
    """
    for magic, offset, what in _MAGIC:
        if data.startswith(magic, offset):
            return what
    return None


# --------------------------------------------------------------------------- Chinese-likeness

# ~680 of the most frequent Simplified characters (general and news vocabulary) and the
# Traditional forms of those that differ (s2t, s2tw and s2hk variants).
_TOP_SIMPLIFIED = (
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家"
    "学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经"
    "头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者"
    "向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气"
    "信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活"
    "难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清"
    "物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功"
    "指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强"
    "步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版"
    "双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志"
    "飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽剑讲布杀微怕母调局根曾准团段终乐切级克精"
    "哪官示冷域检证米验胡营具衣县置客型参照备依施案规模推企项投创育卫健康医疗疫防控测确诊病例患"
    "群副席召举署习贯彻介绍闻讯午晚继续促升障善坚支织况措策划标责键环节消输旅游农村乡境护态源居"
    "庭童疾毒苗核酸隔弹省镇街协察警律违犯罪嫌疑查增降亿币价销售费银融股票土积钟岁座辆套批类届号"
    "星春夏秋冬假昨晨夜左右港澳湾州圳佛珠莞福浙苏川湖河陕云贵辽宁吉龙蒙古疆藏甘肃徽庆津韩俄罗欧"
    "洲亚族希梦幸"
)
_TOP_TRADITIONAL = (
    "這來國個說們爲時會過學對裏後麼沒於還發當無開見經頭從動兩長樣現將與進實點種聲話兒問機給幾業"
    "間電門東聽氣關並內卻軍產萬體別處總場師書員華報馬張難數車應計親務臺記邊風戰幹許覺題統請愛讓"
    "認論喫義術結連遠資隊帶條變聯權該領傳紅決達辦運強區轉衆輕語滿寫識極黃臉錢黨設雙歷廣議際則單"
    "據導網專誰讀飛觀爭組視濟離雖編寶談隨盡劍講殺調準團終樂級檢證驗營縣參備規項創衛醫療測確診羣"
    "舉習貫徹紹聞訊繼續堅織況劃標責鍵環節輸遊農鄉護態彈鎮協違億幣價銷費銀積鍾歲輛類屆號灣蘇陝雲"
    "貴遼寧龍肅慶韓羅歐亞夢為著裡眾説衞"
)
_GOOD_PUNCT = "，。、；：？！“”‘’（）《》〈〉—…·「」『』【】％　"


def _codec_chars(codec: str, leads: range, trails: tuple[int, ...]) -> frozenset[str]:
    """Every character ``codec`` assigns to a two-byte code in ``leads`` x ``trails``."""
    # One decode of all pairs separated by newlines is ~20x faster than one per pair;
    # an unassigned pair turns into U+FFFD (plus maybe a stray char) and is dropped.
    blob = b"\n".join(bytes((hi, lo)) for hi in leads for lo in trails)
    return frozenset(
        s for s in blob.decode(codec, "replace").split("\n") if len(s) == 1 and s != "\ufffd"
    )


_GB_TRAILS = tuple(range(0xA1, 0xFF))
_BIG5_TRAILS = (*range(0x40, 0x7F), *range(0xA1, 0xFF))
#: GB2312 level 1: the 3755 most common Simplified characters.
GB2312_LEVEL1 = _codec_chars("gb2312", range(0xB0, 0xD8), _GB_TRAILS)
#: Big5 level 1: the ~5400 common Traditional characters.
BIG5_LEVEL1 = _codec_chars("big5", range(0xA4, 0xC6), _BIG5_TRAILS) | _codec_chars(
    "big5", range(0xC6, 0xC7), tuple(range(0x40, 0x7F))
)
_COMMON = GB2312_LEVEL1 | BIG5_LEVEL1
# Level 2 of each: less common but legitimate.
_KNOWN = _codec_chars("gb2312", range(0xD8, 0xF8), _GB_TRAILS) | _codec_chars(
    "big5", range(0xC9, 0xFA), _BIG5_TRAILS
)

# Per-character weights: common words score high, rare/odd characters negative.
_W_TOP, _W_COMMON, _W_PUNCT, _W_KNOWN, _W_HAN, _W_OTHER, _W_ODD, _W_RARE = (
    3,
    2,
    2,
    0,
    -1,
    -1,
    -2,
    -3,
)
_WEIGHT: dict[str, int] = dict.fromkeys(_KNOWN, _W_KNOWN)
_WEIGHT.update(dict.fromkeys(_COMMON, _W_COMMON))
_WEIGHT.update(dict.fromkeys(_GOOD_PUNCT, _W_PUNCT))
_WEIGHT.update(dict.fromkeys(_TOP_SIMPLIFIED + _TOP_TRADITIONAL, _W_TOP))
# Full-width digits and Latin letters are ordinary in Chinese print (full-width
# punctuation such as ，（）：, already weighted above, keeps its weight).
_WEIGHT.update({c: 1 for c in map(chr, range(0xFF01, 0xFF5F)) if c not in _WEIGHT})


def _weight(ch: str) -> int:
    """Weight of a non-ASCII character that is not in ``_WEIGHT``."""
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:
        return _W_HAN  # a Han character outside GB2312 and Big5: rare
    if (
        o < 0xA0  # C1 controls
        or 0x3400 <= o <= 0x4DBF  # CJK extension A
        or 0xE000 <= o <= 0xF8FF  # private use
        or 0xF900 <= o <= 0xFAFF  # compatibility ideographs
        or 0xAC00 <= o <= 0xD7FF  # Hangul
        or o >= 0xFFF0  # specials, U+FFFD, and everything astral
    ):
        return _W_RARE
    if (
        0x0370 <= o <= 0x04FF  # Greek, Cyrillic
        or 0x2460 <= o <= 0x27BF  # enclosed numbers, box drawing, shapes, dingbats
        or 0x3040 <= o <= 0x31FF  # kana, bopomofo, Hangul jamo
        or 0xFE10 <= o <= 0xFE6F  # vertical and small forms
    ):
        return _W_ODD
    if 0x3000 <= o <= 0x303F or 0x2010 <= o <= 0x206F:
        return 1  # other CJK / general punctuation
    return _W_OTHER


_SCORE_SAMPLE = 500  # characters: several hundred Han characters on a real page


def chinese_score(text: str, *, sample: int = _SCORE_SAMPLE) -> float:
    """How Chinese-like ``text`` is, from about -3 (garbage) to 3 (everyday Chinese).

    The mean weight of the non-ASCII characters in the first ``sample`` characters:
    frequent characters score 3, other GB2312/Big5 level-1 characters 2, rare Han,
    private-use, compatibility and stray script characters (what a wrong codec
    produces) score negative.  ASCII is ignored; text without non-ASCII scores 0.

    >>> chinese_score("区委常委会会议召开") > 2.5
    True
    >>> chinese_score("鍙戝竷浼氬湪") < 0.5
    True
    >>> chinese_score("plain ASCII")
    0.0
    """
    counts = Counter(text[:sample])
    total = n = 0
    get = _WEIGHT.get
    for ch, k in counts.items():
        if ch < "\x80":
            continue
        w = get(ch)
        total += k * (_weight(ch) if w is None else w)
        n += k
    return total / n if n else 0.0


# --------------------------------------------------------------------------- mojibake repair

# cp1252 character -> the Latin-1 character of the same byte (0x80-0x9F only differ).
_CP1252_TO_LATIN1 = {
    ord(c): chr(b)
    for b in range(0x80, 0xA0)
    if (c := bytes((b,)).decode("cp1252", "replace")) != "\ufffd"
}
# Characters standing for the bytes 0x80-0xBF (UTF-8 continuation bytes) when UTF-8 was
# read as Latin-1 (U+0080-U+00BF) or cp1252 (U+00A0-U+00BF and the cp1252 specials).
_CONT = "\x80-\xbf" + "".join(map(chr, _CP1252_TO_LATIN1))
_CP1252_RUN = re.compile(
    f"(?:[\xc2-\xdf][{_CONT}]|[\xe0-\xef][{_CONT}]{{2}}|[\xf0-\xf4][{_CONT}]{{3}})+"
)
_C1 = re.compile("[\x80-\x9f]")
_MOJIBAKE_LEAD = regex.compile("[\xc2-\xf4]")
_TO_LATIN1 = str.maketrans(_CP1252_TO_LATIN1)


def _fix_cp1252_run(m: re.Match[str]) -> str:
    run = m.group()
    try:
        fixed = run.translate(_TO_LATIN1).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return run
    # A "repair" into C1 controls is no repair: such runs were real text.
    return run if _C1.search(fixed) else fixed


def _repair_cp1252(text: str) -> str | None:
    """Undo UTF-8 read as Latin-1/cp1252, run by run; ``None`` if nothing changed."""
    if not _MOJIBAKE_LEAD.search(text):  # `regex` scans a class ~6x faster than `re`
        return None
    fixed = _CP1252_RUN.sub(_fix_cp1252_run, text)
    return None if fixed == text else fixed


# UTF-8 read as GBK is repaired run by run: a run is a stretch of non-ASCII characters
# (UTF-8 and GBK agree on ASCII, so no character spans two runs).  "?" belongs to runs:
# an upstream decoder writes it, or U+FFFD, for a byte it cannot pair (the last byte of
# an odd-length run, a pair GBK leaves unassigned).  That byte is lost for good, and the
# character it belonged to becomes U+FFFD; the rest of the run is still repaired.
_RUN = re.compile(r"[^\x00-\x3e\x40-\x7f]+")  # non-ASCII characters and "?"
_GBK_PROBE = 16  # characters of the first run probed on every page
_RUN_HEAD = re.compile(f"[^\\x00-\\x7f][^\\x00-\\x3e\\x40-\\x7f]{{0,{_GBK_PROBE - 1}}}")
_LOST_MARK = re.compile("([\ufffd?])")  # what an upstream decoder wrote for a lost byte
#: What the first two bytes of very frequent UTF-8 characters become when read as GBK:
#: 锛 (EF BC: ，：；（）！？), 銆 (E3 80: 。、「」《》), 涓 (E4 B8: 一上下不中个为主),
#: 鐨 (E7 9A: 的).  A page of such mojibake holds dozens of them, clean news hardly ever
#: one, and each test is a memchr-speed ``in``: about 1 µs for all four on a 16 KB page.
_GBK_TELLS = ("锛", "銆", "涓", "鐨")
_REPAIR_MARGIN = 0.5  # score gain a repair must bring
_REPAIR_MIN = 2.0  # and the score the repaired text must reach
# Clear runs (repaired runs passing the two tests above) must recover this many characters
# in all, or cover at least half of the non-ASCII characters (a short text: a headline, a
# name).  One short run of clean text that happens to re-encode to UTF-8 is never enough.
_GBK_MIN_RECOVERED = 4
# Characters of 2- and 4-byte UTF-8 sequences: Latin-1 to Arabic, and astral characters.
# A clean run that happens to re-encode to UTF-8 mostly becomes these (路 -> ·).
_NOT_CJK = re.compile("[\x80-\u07ff\U00010000-\U0010ffff]")
_CJK = re.compile("[\u0800-\ufffc]")  # characters of 3-byte UTF-8 sequences, but U+FFFD
_CONTROL = re.compile("[\x00\x80-\x9f]")  # NUL, C1: a repair into these is no repair
# UTF-8 lead byte -> length of its sequence (C0, C1 and F5-FF lead nothing).
_UTF8_LENGTH = {b: 2 if b < 0xE0 else 3 if b < 0xF0 else 4 for b in range(0xC2, 0xF5)}
_GBK_REPAIRED = "utf-8 read as gbk"  # the description in Decoded.repaired


def _cut_tail(b: bytes) -> tuple[int, int]:
    """Bytes present and bytes needed of a UTF-8 character cut at the end of ``b``."""
    for k in range(1, min(3, len(b)) + 1):
        c = b[-k]
        if not 0x80 <= c < 0xC0:  # not a continuation byte: ASCII or a lead byte
            need = _UTF8_LENGTH.get(c, 0)
            return (k, need) if k < need else (0, 0)
    return 0, 0


def _cut_head(b: bytes) -> int:
    """How many continuation bytes (at most 3) start ``b``: a character cut in front."""
    n = 0
    while n < 3 and n < len(b) and 0x80 <= b[n] < 0xC0:
        n += 1
    return n


def _gbk_pieces(run: str) -> list[bytes]:
    """``run`` re-encoded as GB18030 and cut at its lost-byte marks.

    U+FFFD always marks a lost byte; so does "?" where a UTF-8 character is cut on
    either side of it and still lacks bytes (each mark stands for one byte: Python's GBK
    decoders drop one byte per error); elsewhere "?" is a question mark, kept.
    Adjacent marks are one cut.
    """
    if "?" not in run:  # only U+FFFD: empty parts between marks join their cuts
        parts = run.split("\ufffd")
        last = len(parts) - 1
        return [p.encode("gb18030") for i, p in enumerate(parts) if p or i in (0, last)]
    parts = _LOST_MARK.split(run)
    pieces = [parts[0].encode("gb18030")]
    missing = 0  # bytes the character cut before the current mark still lacks
    for i in range(1, len(parts), 2):
        nxt = parts[i + 1].encode("gb18030")
        cur = pieces[-1]
        if cur:
            have, need = _cut_tail(cur)
            missing = need - have
        if parts[i] == "?" and missing <= 0 and not _cut_head(nxt):
            pieces[-1] = cur + b"?" + nxt  # a question mark
            continue
        missing -= 1
        if cur or len(pieces) == 1:
            pieces.append(nxt)
        else:  # nothing since the previous mark: the same cut
            pieces[-1] = nxt
    return pieces


def _fix_gbk_run(run: str, *, open_end: bool = False) -> tuple[str, int] | None:
    """Undo UTF-8 read as GBK in one run: ``(fixed, lost)``, or ``None`` if it is not that.

    Each piece between lost-byte marks must be valid UTF-8 but for the characters cut at
    the marks; each cut character becomes one U+FFFD, and ``lost`` counts them (one cut
    loses one character, or two when its two sides cannot be one character).
    ``open_end`` accepts a character cut at the very end (a probe that stops in a run).
    """
    try:
        if "\ufffd" not in run and "?" not in run and not open_end:  # the usual run
            fixed = run.encode("gb18030").decode("utf-8", "replace")
            return None if "\ufffd" in fixed or fixed == run else (fixed, 0)
        pieces = _gbk_pieces(run)
    except UnicodeEncodeError:  # a lone surrogate
        return None
    out: list[str] = []
    lost = have = need = head = 0
    last = len(pieces) - 1
    for j, piece in enumerate(pieces):
        if j:  # a cut: the character before it (have of need bytes) and the one after
            head = _cut_head(piece)
            n = 1 if have and head and have + head < need else max(1, bool(have) + bool(head))
            out.append("\ufffd" * n)
            lost += n
        have, need = _cut_tail(piece) if j < last or open_end else (0, 0)
        fixed = piece[head : len(piece) - have].decode("utf-8", "replace")
        if "\ufffd" in fixed:
            return None
        out.append(fixed)
    fixed = "".join(out)
    return None if fixed == run else (fixed, lost)


def _looks_like_gbk_mojibake(text: str) -> bool:
    """Cheap test that decides whether :func:`_repair_gbk` looks at the page at all.

    True when the page holds one of ``_GBK_TELLS`` or its first run re-encodes to UTF-8
    with a CJK character in it.  Clean text fails both: the tells are absent and the
    first run breaks UTF-8 at once, so a clean page costs a few µs whatever its size.
    """
    if any(tell in text for tell in _GBK_TELLS):
        return True
    m = _RUN_HEAD.search(text)
    if m is None:
        return False
    head = m.group()
    if "\ufffd" in head or "?" in head:
        fix = _fix_gbk_run(head, open_end=True)
        return fix is not None and _CJK.search(fix[0]) is not None
    try:
        b = head.encode("gb18030")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    fixed = b[: len(b) - _cut_tail(b)[0]].decode("utf-8", "replace")
    return "\ufffd" not in fixed and _CJK.search(fixed) is not None


def _gain(before: str, after: str) -> tuple[float, float]:
    """Chinese-likeness of ``after`` and how much it gained over ``before`` (U+FFFD aside)."""
    a = chinese_score(after.replace("\ufffd", ""))
    return a, a - chinese_score(before.replace("\ufffd", ""))


def _clearly_more_chinese(before: str, after: str) -> bool:
    score, gain = _gain(before, after)
    return gain >= _REPAIR_MARGIN and score >= _REPAIR_MIN


def _repair_gbk(text: str) -> tuple[str, int] | None:
    """Undo UTF-8 read as GBK/GB18030: ``(fixed, lost)``, else ``None``.

    A page that round-trips whole is repaired whole when it becomes clearly more
    Chinese-like.  Otherwise it is repaired run by run: a run that re-encodes to UTF-8
    (but for lost bytes) is *clear* mojibake when it becomes clearly more Chinese-like,
    and the page is repaired when its clear runs recover enough (``_GBK_MIN_RECOVERED``
    characters, or half the text).  The other runs that re-encode go along when they
    hold lost bytes, become CJK text, or become no less Chinese-like (a short run such as
    宀氾級 for 岚）, a rare name character and a parenthesis, scores lower than its
    mojibake); runs made only of lost characters go along too (浼� is 会 cut short).  A
    clean run that happens to re-encode fails all of these (路 -> ·).  ``lost`` counts
    the U+FFFD left for characters an upstream decoder lost.
    """
    if not _looks_like_gbk_mojibake(text):
        return None
    try:
        whole = text.encode("gb18030").decode("utf-8")
    except UnicodeError:
        pass
    else:  # lossless: the whole page or nothing
        if whole != text and "\x00" not in whole and _clearly_more_chinese(text, whole):
            return whole, 0
        return None
    repairs: list[tuple[int, int, str, int]] = []
    recovered = covered = total = 0
    for m in _RUN.finditer(text):
        run = m.group()
        total += len(run)
        fix = _fix_gbk_run(run)
        if fix is None:
            continue
        fixed, lost = fix
        kept = fixed.replace("\ufffd", "") if lost else fixed
        if not kept.isascii():  # else only lost characters (and ASCII) are left
            if _CONTROL.search(kept):
                continue
            if recovered < _GBK_MIN_RECOVERED and _clearly_more_chinese(run, kept):
                recovered += len(kept) - len(kept.encode("ascii", "ignore"))
                covered += len(run)
            elif not (lost or _NOT_CJK.search(kept) is None or _gain(run, kept)[1] >= 0):
                continue
        repairs.append((m.start(), m.end(), fixed, lost))
    if not recovered or (recovered < _GBK_MIN_RECOVERED and 2 * covered < total):
        return None
    out: list[str] = []
    pos = lost = 0
    for start, end, fixed, n_lost in repairs:
        out += (text[pos:start], fixed)
        pos = end
        lost += n_lost
    out.append(text[pos:])
    return "".join(out), lost


def _repair(text: str, *, latin: bool) -> tuple[str, str | None, int]:
    """:func:`repair_mojibake`, plus the count of lost characters left as U+FFFD.

    ``latin=False`` skips the Latin-1/cp1252 scan.
    """
    if text.isascii():
        return text, None, 0
    gbk = _repair_gbk(text)
    if gbk is not None:
        fixed, lost = gbk
        return fixed, _GBK_REPAIRED + (_lost_note(lost) if lost else ""), lost
    if latin:
        fixed_latin = _repair_cp1252(text)
        if fixed_latin is not None:
            return fixed_latin, "utf-8 read as cp1252", 0
    return text, None, 0


def _lost_note(lost: int) -> str:
    return f" ({lost} character{'s' * (lost != 1)} lost upstream, left as U+FFFD)"


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Undo text that was decoded with the wrong codec upstream.

    Handles UTF-8 read as GBK/GB18030 and UTF-8 read as Latin-1/cp1252, each run by
    run (a run of GBK mojibake is a stretch of non-ASCII characters; it is repaired when
    it re-encodes to UTF-8 and becomes clearly more Chinese-like, and the page as a whole
    must show enough such runs).  Returns the text and what was repaired, or the text
    unchanged and ``None``.  Linear in time; clean text costs a few microseconds.

    Bytes an upstream GBK decoder could not pair (U+FFFD, or "?" where a character is
    cut) are lost: the character they belonged to stays U+FFFD, the rest of the run is
    repaired, and the description says how many characters were lost
    (:func:`decode` also counts them in ``Decoded.replaced``).

    >>> repair_mojibake("鍏ㄥ姏鍋氬ソ闃插弽寮归槻杈撳叆宸ヤ綔")
    ('全力做好防反弹防输入工作', 'utf-8 read as gbk')
    >>> repair_mojibake("鍙戝竷浼氬湪姹熼棬涓�\\n")  # 发布会在江门举 read as GBK: 举 cut
    ('发布会在江门�\\n', 'utf-8 read as gbk (1 character lost upstream, left as U+FFFD)')
    >>> repair_mojibake("cafÃ©")
    ('café', 'utf-8 read as cp1252')
    >>> repair_mojibake("区委常委会会议召开")
    ('区委常委会会议召开', None)
    """
    fixed, what, _ = _repair(text, latin=True)
    return fixed, what


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy Chinese codecs are read as their supersets.
_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "utf-8-sig": "utf-8",
}
_CANDIDATES = ("gb18030", "big5hkscs")
# how much more Chinese another codec's reading of a line must look than the file's commoner
# codec's, in chinese_score units (a real reading scores ~3, the wrong codec's ~1 or less)
_PRIMARY_EDGE = 0.5
# What chardet may suggest when none of the above decodes.
_CHARDET_ENCODINGS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def check_encoding(encoding: str) -> str:
    """The codec's canonical name, or ``ValueError`` if it is not a text encoding.

    >>> check_encoding("GBK"), check_encoding("utf8")
    ('gbk', 'utf-8')
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise ValueError(f"unknown text encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name == "idna":
        raise ValueError(f"{encoding!r} is not a text encoding")  # rot13, base64, zlib ...
    return info.name


def _canonical(encoding: str) -> str:
    try:
        name = check_encoding(encoding)
    except ValueError:
        raise DecodeError(encoding, 0, b"", reason="unknown text encoding") from None
    return _SUPERSET.get(name, name)


def _error(
    encoding: str, exc: UnicodeDecodeError, data: bytes, shift: int, reason: str = ""
) -> DecodeError:
    off = exc.start
    return DecodeError(encoding, off + shift, data[max(0, off - 4) : off + 8], reason)


def _split_bom(data: bytes) -> tuple[str | None, bytes, int]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc.startswith("utf-32") and len(data) % 4:
                continue  # FF FE 00 00 is also a UTF-16 BOM followed by U+0000
            return enc, data[len(bom) :], len(bom)
    return None, data, 0


def _decode_as(
    body: bytes,
    encoding: str,
    errors: str,
    *,
    bom: bool,
    shift: int,
    confidence: float = 1.0,
    by_line: bool = False,
) -> Decoded:
    """``body`` in ``encoding``; ``by_line``: if that fails, try it as a mixed-encoding file."""
    try:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            mixed = _decode_lines(body, errors, shift, bom=bom) if by_line else None
            if mixed is not None:
                return mixed
            text = body.decode(encoding, errors)
    except UnicodeDecodeError as e:
        raise _error(encoding, e, body, shift) from None
    except UnicodeError as e:  # a codec that fails otherwise (a bad error handler for it)
        raise DecodeError(encoding, shift, body[:8], reason=str(e)) from None
    text, repaired, lost = _repair(text, latin=True)
    replaced = text.count("\ufffd") if errors == "replace" else lost
    return Decoded(text, encoding, bom, replaced, confidence, repaired)


def _given(data: bytes, encoding: str, errors: str) -> Decoded:
    enc = _canonical(encoding)
    bom_enc, body, shift = _split_bom(data)
    family = enc.replace("-le", "").replace("-be", "")
    if bom_enc is not None and bom_enc.startswith(family):
        enc = bom_enc  # "utf-16" + BOM -> the right byte order; the BOM itself is dropped
    else:
        body, shift = data, 0
        if enc in ("utf-16", "utf-32"):
            enc += "-le"
    return _decode_as(body, enc, errors, bom=shift > 0, shift=shift)


def _utf16_guess(body: bytes) -> str | None:
    """A BOM-less UTF-16 page has its NUL bytes (from ASCII) on one parity.

    An odd length is a file cut by one byte: the parity of the rest still tells.
    """
    body = body[: len(body) - len(body) % 2]
    even, odd = body[0::2].count(0), body[1::2].count(0)
    if odd > 4 * even + 2:
        return "utf-16-le"
    if even > 4 * odd + 2:
        return "utf-16-be"
    return None


def decode(
    data: bytes, *, encoding: str | None = None, errors: Literal["strict", "replace"] = "strict"
) -> Decoded:
    """Decode a page's bytes: BOM, else UTF-8, else the likelier of GB18030 and Big5-HKSCS.

    ``encoding`` forces a codec (GB2312/GBK are read as GB18030, Big5 as Big5-HKSCS).
    In strict mode undecodable bytes raise :class:`~newsclean.errors.DecodeError`
    naming the codec and byte offset; with ``errors="replace"`` the best candidate is
    decoded with U+FFFD and ``replaced`` counts them.  Non-text files (PDF, images,
    archives) raise :class:`~newsclean.errors.UnsupportedInputError`.  Mojibake in the
    result is repaired (see :func:`repair_mojibake`) and reported in ``repaired``.
    Bytes that no codec decodes whole without loss, because their lines come in different
    encodings (UTF-8 pages followed by GBK ones, say), are decoded line by line and
    reported in ``mixed``; only bytes no codec decodes count as undecodable.

    >>> decode("区委常委会会议召开".encode("gbk")).encoding
    'gb18030'
    >>> d = decode("區委常委會會議召開".encode("big5"))
    >>> d.text, d.encoding
    ('區委常委會會議召開', 'big5hkscs')
    >>> decode(b"\\xef\\xbb\\xbf\\xe6\\x96\\xb0\\xe9\\x97\\xbb")
    Decoded(text='新闻', encoding='utf-8', bom=True, replaced=0, confidence=1.0, repaired=None, mixed=())
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    looks_like = sniff_binary(data)
    if looks_like is not None:
        raise UnsupportedInputError(looks_like)
    if encoding is not None:
        return _given(data, encoding, errors)

    bom_enc, body, shift = _split_bom(data)
    if bom_enc is not None:
        # a UTF-8 page with a BOM may have pages in GBK or Big5 appended to it
        by_line = bom_enc == "utf-8"
        return _decode_as(body, bom_enc, errors, bom=True, shift=shift, by_line=by_line)

    # Fast path: strict UTF-8, the answer for almost every page; valid UTF-8 is always
    # taken as UTF-8 (a real GBK/Big5 page is never valid UTF-8 beyond a few characters).
    # Latin-1 mojibake needs U+00C2-U+00F4, i.e. the byte C3: a memchr-speed check.
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        return _decode_legacy(body, errors, shift, e)
    text, repaired, lost = _repair(text, latin=b"\xc3" in body)
    return Decoded(text, "utf-8", replaced=lost, repaired=repaired)


def _non_ascii_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


_HIGH_BYTES = bytes(range(0x80, 0x100))
_UTF8_PROBE = 4096  # bytes checked to tell "UTF-8 with a few bad bytes" from GBK/Big5
_PREFIX = 4096  # bytes decoded by every candidate codec to rank them
_utf8_replacing = codecs.getincrementaldecoder("utf-8")
_LEGACY_REASON = "not valid UTF-8, GB18030 or Big5-HKSCS; pass encoding= or errors='replace'"


# What a wrong Chinese codec tends to produce: Big5 punctuation read as GB18030 lands
# in the private use area, GB punctuation read as Big5 in bopomofo and vertical forms.
_WRONG_CODEC_MARK = regex.compile("[\ue000-\uf8ff\u3105-\u312f\ufe10-\ufe6f\ufffd]")


_MARK_SCAN = 2000  # characters


def _best(survivors: list[tuple[str, str]]) -> tuple[str, str, float]:
    """The most Chinese-like of several decodings, with a confidence.

    When exactly one decoding is free of wrong-codec marks it wins outright (a regex
    scan, a few microseconds per page); otherwise :func:`chinese_score` decides, ties
    going to the earlier candidate, and the confidence reflects the score margin.
    """
    if len(survivors) == 1:
        return (*survivors[0], 1.0)
    clean = [(enc, t) for enc, t in survivors if not _WRONG_CODEC_MARK.search(t, 0, _MARK_SCAN)]
    if len(clean) == 1:
        return (*clean[0], 0.99)
    scored = sorted(
        ((chinese_score(t), -i, enc, t) for i, (enc, t) in enumerate(survivors)), reverse=True
    )
    margin = scored[0][0] - scored[1][0]
    return scored[0][2], scored[0][3], round(0.5 + min(0.49, margin / 4), 3)


def _chardet_guess(body: bytes, errors: str = "strict") -> tuple[str, str, float, int] | None:
    """Ask chardet (restricted to UTF-16/32) about bytes no Chinese codec decodes."""
    import chardet

    guess = _utf16_guess(body)
    if guess is not None:
        confidence = 0.9
    else:
        res = chardet.detect(
            body,
            include_encodings=_CHARDET_ENCODINGS,
            no_match_encoding=_CHARDET_ENCODINGS[0],
            compat_names=False,
            prefer_superset=True,
        )
        guess, confidence = res["encoding"], float(res["confidence"] or 0.0)
        if guess not in _CHARDET_ENCODINGS or confidence < 0.5:
            return None
    try:
        text = body.decode(guess)
    except UnicodeDecodeError:
        if errors != "replace":
            return None
        text = body.decode(guess, "replace")  # a cut last character, say; counted below
    if chinese_score(text) <= 1.0:
        return None
    return guess, text, confidence, text.count("\ufffd")


_UTF8_TWO_BYTE_RE = re.compile("[\u0080-\u07ff]")
_UTF8_LONG_RE = re.compile("[\u0800-\ufffc\U00010000-\U0010ffff]")  # U+FFFD not counted


def _looks_like_utf8(body: bytes, error_at: int) -> bool:
    """Whether bytes that failed strict UTF-8 at ``error_at`` are UTF-8 with a few bad bytes.

    Looks at a window around the first error: a UTF-8 page with a stray byte or a cut
    character has only a few invalid sequences there, while GBK or Big5 read as UTF-8
    fails on nearly every character.
    """
    start = max(0, error_at - _UTF8_PROBE // 2)
    while start < error_at and 0x80 <= body[start] < 0xC0:
        start += 1  # don't start the window inside a character
    window = body[start : start + _UTF8_PROBE]
    # A character cut by the window's end is no error, one cut by the end of the page is
    # (GBK 銆, E3 80, is a cut UTF-8 character and nothing else).
    final = start + _UTF8_PROBE >= len(body)
    return _mostly_utf8(window, _utf8_replacing("replace").decode(window, final=final))


def _mostly_utf8(raw: bytes, chars: str) -> bool:
    """Whether ``chars``, ``raw`` decoded as UTF-8 with U+FFFD, is UTF-8 with a few bad bytes."""
    bad = chars.count("\ufffd")
    # GBK or Big5 pairs often pass for two-byte UTF-8 (Big5 a8c6 ac db: c6a8, acdb); a
    # Chinese UTF-8 page is mostly three-byte characters
    short = len(_UTF8_TWO_BYTE_RE.findall(chars))
    return bad * 10 <= _non_ascii_bytes(raw) and short <= len(_UTF8_LONG_RE.findall(chars))


_TAIL_LINES = 8  # ASCII lines skipped at the end of a page to find its last non-ASCII one


def _utf8_lines_around(body: bytes, error_at: int) -> bool:
    """Cheap test for UTF-8 lines in bytes that failed strict UTF-8 at ``error_at``: a
    whole non-ASCII line before that, or a last non-ASCII line that is valid UTF-8.

    A GBK or Big5 page fails UTF-8 at once and rarely has a line that is valid UTF-8.
    """
    if not body[: body.rfind(b"\n", 0, error_at) + 1].isascii():
        return True
    end = len(body)
    for _ in range(_TAIL_LINES):
        start = body.rfind(b"\n", 0, max(0, end - 1)) + 1
        line = body[start:end]
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return False
            return True
        if not start:
            break
        end = start
    return False


def _strict_prefix(body: bytes, encoding: str) -> str | None:
    """The strict decoding of the first few KB of ``body``, or ``None`` if it fails."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(body[:_PREFIX], final=False)
    except UnicodeDecodeError:
        return None


def _decode_legacy(
    body: bytes,
    errors: str,
    shift: int,
    utf8_error: UnicodeDecodeError,
) -> Decoded:
    """Everything that is not clean UTF-8 (nor has a BOM)."""
    failures: list[tuple[str, UnicodeDecodeError]] = []
    # Rank the candidates on the first few KB (cheap), then decode fully in that order.
    heads: list[tuple[str, str]] = []
    failures.append(("utf-8", utf8_error))
    if _looks_like_utf8(body, utf8_error.start):
        mixed = _decode_lines(body, errors, shift)  # UTF-8 with a few lines of GBK or Big5?
        if mixed is not None:
            return mixed
        if errors == "strict":
            reason = "invalid sequence(s) in otherwise valid UTF-8"
            raise _error("utf-8", utf8_error, body, shift, reason)
        u = body.decode("utf-8", "replace")
        text, repaired, _ = _repair(u, latin=True)
        return Decoded(text, "utf-8", False, text.count("\ufffd"), 1.0, repaired)
    for enc in _CANDIDATES:
        head = _strict_prefix(body, enc)
        if head is not None:
            heads.append((enc, head))
    while heads:
        enc, _, confidence = _best(heads)
        try:
            text = body.decode(enc)
        except UnicodeDecodeError as e:
            failures.append((enc, e))
            heads = [h for h in heads if h[0] != enc]
            continue
        fixed, repaired, lost = _repair(text, latin=True)
        # UTF-8 lines can pass for GB18030 or Big5; the lines are looked at only when cheap
        # tests say there may be some, so that a clean GBK or Big5 page does not pay
        if repaired is not None or _utf8_lines_around(body, utf8_error.start):
            mixed = _decode_lines(body, errors, shift)
            if mixed is not None:
                return mixed
        return Decoded(fixed, enc, False, lost, confidence, repaired)
    for enc in _CANDIDATES:
        if all(f[0] != enc for f in failures):
            try:
                body.decode(enc)
            except UnicodeDecodeError as e:
                failures.append((enc, e))
    guess = _chardet_guess(body, errors)
    if guess is not None:
        enc, text, confidence, replaced = guess
        return Decoded(text, enc, False, replaced, confidence)
    mixed = _decode_lines(body, errors, shift)
    if mixed is not None:
        return mixed
    if errors == "strict":
        enc, exc = max(failures, key=lambda f: f[1].start)
        raise _error(enc, exc, body, shift, _LEGACY_REASON)
    lossy = [(enc, body.decode(enc, "replace")) for enc in ("utf-8", *_CANDIDATES)]
    enc, text, confidence = _best(lossy)
    text, repaired, _ = _repair(text, latin=True)
    return Decoded(text, enc, False, text.count("\ufffd"), confidence, repaired)


# --------------------------------------------------------------------------- mixed encodings

# Each part of a mixed file must read at least this Chinese-like: real text scores 2 and
# more, UTF-8 bytes read as GBK or Big5 below 0.8 (the lines of every fixture page).
_MIXED_MIN_SCORE = 1.0
_CODEC_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5hkscs": "Big5-HKSCS"}


def mixed_note(mixed: tuple[tuple[str, int], ...]) -> str:
    """Describe :attr:`Decoded.mixed` for a warning.

    >>> mixed_note((("utf-8", 2), ("gb18030", 1)))
    'mixed encodings, decoded line by line: 2 lines UTF-8, 1 line GB18030'
    """
    parts = (f"{n} line{'s' * (n != 1)} {_CODEC_NAMES.get(enc, enc)}" for enc, n in mixed)
    return "mixed encodings, decoded line by line: " + ", ".join(parts)


def _decode_lines(body: bytes, errors: str, shift: int, *, bom: bool = False) -> Decoded | None:
    """Decode a file whose lines come in different encodings, each line on its own; ``None``
    if it is not such a file.

    A line that is valid UTF-8 is UTF-8 (ADR 0002), as is one that is UTF-8 but for a few
    bad bytes; any other line is read with the legacy codec that the file's other such lines
    point to (the likelier of GB18030 and Big5-HKSCS), and a line that codec cannot decode
    with whichever candidate reads it best.  The file is mixed only if that takes two codecs
    or more and each part reads as Chinese, so that a stray byte in a UTF-8 page does not
    become a "GBK line".  Only bytes that no candidate decodes are lost: U+FFFD, counted in
    ``replaced``, or in strict mode a :class:`DecodeError` at the first of them.  Linear:
    each line is decoded at most a few times.
    """
    lines = body.splitlines(keepends=True)  # \n and \r are never inside a GBK or Big5 code
    texts: list[str] = []
    used: list[str | None] = []  # each line's codec; None for ASCII
    legacy: list[int] = []
    lossy: list[int] = []
    for i, line in enumerate(lines):
        if line.isascii():
            texts.append(line.decode("ascii"))
            used.append(None)
            continue
        try:
            texts.append(line.decode("utf-8"))
            used.append("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        chars = line.decode("utf-8", "replace")
        if _mostly_utf8(line, chars):
            texts.append(chars)
            used.append("utf-8")
            lossy.append(i)
        else:
            texts.append("")
            used.append(None)
            legacy.append(i)
    if not legacy:
        return None
    joined = b"".join(lines[i] for i in legacy)[:_PREFIX]
    heads = [
        (enc, codecs.getincrementaldecoder(enc)("replace").decode(joined, final=False))
        for enc in _CANDIDATES
    ]
    primary, _, confidence = _best(heads)
    order = (primary, *(enc for enc in _CANDIDATES if enc != primary))
    for i in legacy:
        line = lines[i]
        readings = []
        for enc in order:
            try:
                readings.append((line.decode(enc), enc, False))
            except UnicodeDecodeError:
                readings.append((line.decode(enc, "replace"), enc, True))
        # each line by the reading that looks most like Chinese: GB18030 and Big5-HKSCS both
        # decode most byte pairs without error, so a line in the other one (a GBK line in a
        # file of Big5) decodes "strictly" into garbage. U+FFFD weighs -3, so a strict
        # reading wins unless it is garbage; the file's commoner codec wins near-ties
        text, enc, lost_here = max(
            readings,
            key=lambda r: chinese_score(r[0]) + (_PRIMARY_EDGE if r[1] == primary else 0.0),
        )
        texts[i], used[i] = text, enc
        if lost_here:
            lossy.append(i)
    counts = Counter(enc for enc in used if enc)
    utf8_text = "".join(t for t, enc in zip(texts, used, strict=True) if enc == "utf-8")
    if (
        len(counts) < 2
        or chinese_score("".join(texts[i] for i in legacy)) < _MIXED_MIN_SCORE
        or (utf8_text and chinese_score(utf8_text) < _MIXED_MIN_SCORE)
    ):
        return None
    mixed = tuple(counts.items())
    if lossy and errors == "strict":
        i = min(lossy)
        enc = used[i] or "utf-8"
        try:
            lines[i].decode(enc)
        except UnicodeDecodeError as e:
            off = sum(map(len, lines[:i])) + e.start
            reason = f"line {i + 1} is in none of the encodings of this file ({mixed_note(mixed)})"
            raise DecodeError(enc, off + shift, body[max(0, off - 4) : off + 8], reason) from None
    text, repaired, lost = _repair("".join(texts), latin=True)
    replaced = sum(texts[i].count("\ufffd") for i in lossy) + lost
    encoding = counts.most_common(1)[0][0]
    return Decoded(text, encoding, bom, replaced, confidence, repaired, mixed)
