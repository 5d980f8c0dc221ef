"""Recognise what a block is: furniture, jump note, headline, byline, caption, lead, paragraph.

The recognisers are small named functions over one block's (normalized) text; ``classify``
runs them in a fixed order (furniture and jump notes first, since a date or page number would
otherwise look like a short headline) and uses the neighbouring blocks only to tell a headline
from an intertitle.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from .columns import ends_final, lexicon, number_runs_on, spans_word
from .lines import wider_than
from .model import Credit, Kind, RawBlock, raw_block_with
from .rejoin import opens_with_particle, sentence_goes_on, starts_mid_sentence, word_across
from .uniclass import is_han

# Kind's members under module names, for the per-block loops: on Python 3.11 each ``Kind.X``
# goes through the enum metaclass's __getattr__ hook, ~5x the cost of a plain attribute.
# They are the members themselves: ``is`` and ``in`` tests are unchanged.
_FURNITURE, _JUMP, _TITLE, _BYLINE = Kind.FURNITURE, Kind.JUMP, Kind.TITLE, Kind.BYLINE
_PARAGRAPH, _INTERTITLE, _CAPTION = Kind.PARAGRAPH, Kind.INTERTITLE, Kind.CAPTION

_H = r"\p{Han}"

# ---------------------------------------------------------------------------- furniture
_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
_FURNITURE_TOKEN_RE = regex.compile(
    rf"""^(?:
        {_DATE}
      | (?:{_DATE})(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]  # no space: 2024年9月12日星期四
      | (?:中華民國|中华民国|民國|民国)\d{{2,3}}年\d{{1,2}}月\d{{1,2}}日  # Taiwan's year
      | (?:https?://|www\.)[\w.\-/]+  # the paper's web address
      | (?:星期|周|週|禮拜|礼拜)[一二三四五六日天]
      | (?:农历|農曆)\p{{Han}}{{2,12}}
      | 第?[A-Z]{{0,2}}\d{{1,3}}版?
      | 第[一二三四五六七八九十百]+版
      | [A-Z]{{1,2}}\d{{0,3}}(?:版)?
      | \p{{Han}}{{0,8}}(?:日报|晚报|时报|早报|商报|青年报|法制报|都市报|晨报|快报|导报|日報|晚報|時報|早報|商報|都市報|晨報|快報|導報|聯合報|联合报|新闻网|新聞網)
      | [A-Z][A-Z&'.\-]{{2,20}}  # the paper's name in capitals: CHENGDONG DAILY
      | (?:今日|本版)\d{{1,3}}版
      | \p{{Han}}{{0,4}}(?:版|新闻|新聞|要闻|要聞|综合|綜合|社会|社會|经济|經濟|国际|國際|体育|體育|文化|副刊|时评|時評|观察|觀察|专版|專版|特刊)
    )$""",
    regex.VERBOSE,
)
# the editors' line: 责任编辑：X, or with spaces only (责任编辑 林峰 美术编辑 谭健 校对 麦敏),
# or bars between the fields (责任编辑 林峰 | 美术编辑 谭健); 一审/二审/三审 name who reviewed
_EDITOR_ROLE_WORDS = (
    "责任编辑", "責任編輯", "版面编辑", "版面編輯", "责编", "責編", "编辑", "編輯", "美编", "美編",
    "美术编辑", "美術編輯", "责任校对", "責任校對", "校对", "校對",
    "版式设计", "版式設計", "美术设计", "美術設計", "视觉设计", "視覺設計", "版式", "组版", "組版",
    "排版", "制版", "製版",
    "新闻热线", "新聞熱線", "值班编辑", "值班編輯", "值班编委", "值班編委", "值班主任", "主编", "主編",
    "图片编辑", "圖片編輯",
    "编审", "編審", "终审", "終審", "审读", "審讀", "设计", "設計",
)  # fmt: skip
_EDITOR_ROLES = "(?:" + "|".join(_EDITOR_ROLE_WORDS) + ")"
# 一审：X 二审：Y: as a field only before a name and the line's end or the next field (一审：
# 法院认为… begins a court report)
_REVIEW_NUMBERS = "一二三"
_REVIEW = rf"(?:[{_REVIEW_NUMBERS}][审審])"
_EDITOR_NEXT = rf"(?:\s*$|\s*[|｜丨]|\s+(?:{_EDITOR_ROLES}|{_REVIEW}))"
_EDITOR_RE = regex.compile(
    rf"^(?:本版)?(?:{_EDITOR_ROLES}(?:\s*[:：/／]|\s+\p{{Han}}{{2,4}}{_EDITOR_NEXT})"
    rf"|{_REVIEW}\s*[:：]?\s*\p{{Han}}{{2,4}}{_EDITOR_NEXT})"
)
# the editor in brackets on a line of its own after the text, as the agencies print it, with
# the date and time after it: （編輯：林克倫）1150310; some papers print it in 【】: 【编辑：X】
_EDITOR_NAMED = rf"{_EDITOR_ROLES}(?:\s*[:：/／]\s*|\s+){_H}{{2,4}}"
# one field or more: （编辑：X 校对：Y）
_EDITOR_BRACKETED = rf"[（(【〔]{_EDITOR_NAMED}(?:[\s|｜；;，,]*{_EDITOR_NAMED})*[）)】〕]"
_EDITOR_NOTE_RE = regex.compile(rf"{_EDITOR_BRACKETED}\d{{0,12}}")
# the first character of every match of _EDITOR_RE: 本版, a role, or a review's number
_EDITOR_STARTS = frozenset("本" + _REVIEW_NUMBERS + "".join(w[0] for w in _EDITOR_ROLE_WORDS))


def _editor_line(text: str) -> bool:
    """``_EDITOR_RE.match(text) is not None``; most lines are ruled out by their first
    character, without a call of the pattern."""
    return text[:1] in _EDITOR_STARTS and _EDITOR_RE.match(text) is not None


def _editor_note(text: str) -> bool:
    """``_EDITOR_NOTE_RE.fullmatch(text.strip()) is not None``: a note opens with a bracket,
    and most lines hold none."""
    return (
        ("（" in text or "(" in text or "【" in text or "〔" in text)
        and _EDITOR_NOTE_RE.fullmatch(text.strip()) is not None
    )


_SECTION_RE = regex.compile(rf"^{_H}{{2,4}}$")

# ---------------------------------------------------------------------------- jump notes
_JUMP_DIR = r"(?P<dir>上接|接上|紧接|緊接|下转|下轉|转|轉|续见|續見|续|續|接)"
_JUMP_CORE = (
    rf"{_JUMP_DIR}\s*(?:第\s*)?(?:[A-Z]{{0,2}}\s*\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*版"
)
# in brackets the page's code may stand without 版, as Hong Kong and Taiwan papers print it:
# （下轉A8）, （轉B2）; a bare number without 版 is no page
_JUMP_CODE = rf"{_JUMP_DIR}\s*[A-Z]{{1,2}}\s*\d{{1,3}}(?!\d)"
# after the page, where on it (头条) or the article's name there (·城东新区启动改造)
JUMP_RE = regex.compile(
    rf"[（(]\s*(?:{_JUMP_CORE}|{_JUMP_CODE})(?:\p{{Han}}{{0,6}}|[·・]\p{{Han}}{{1,16}})?\s*[）)]"
)
# the same note on a line of its own without brackets, maybe after a mark: ◆下转A4版
_BARE_JUMP_RE = regex.compile(rf"[◆◇▲△■□●○►▶→]?\s*{_JUMP_CORE}")
_CONTINUED_FROM = ("上接", "接上", "紧接", "緊接", "接", "续", "續")

# ---------------------------------------------------------------------------- credits
# Longest first, so that 见习记者 wins over 记者.
ROLES = ("全媒体记者", "融媒体记者", "全媒體記者", "融媒體記者", "见习记者", "實習記者", "实习记者", "首席记者", "特派记者", "特派記者", "摄影记者", "攝影記者", "本报记者", "本報記者", "小记者", "小記者", "見習記者", "首席記者", "記者", "记者", "通讯员", "通訊員", "实习生", "實習生", "摄影", "攝影", "摄像", "攝像", "统筹", "統籌", "策划", "策劃", "撰文", "作者", "特约评论员", "特約評論員", "评论员", "評論員", "编译", "編譯", "整理", "制图", "製圖", "文/图", "文／图", "图/文", "圖/文", "文/圖", "文·图", "文·圖", "图·文", "圖·文", "特约记者", "特約記者", "特约通讯员", "特約通訊員", "特约撰稿人", "特約撰稿人", "撰稿人")
# 文 and 图 name a role only when a slash or colon follows (文/X), never inside a name (区文联);
# so do the words of a multimedia report's credits (文字/X 视频/Y 海报/Z, 口述：X)
# 记者会, 记者站, 记者节, 记者证, 记者团 are things, not a reporter's credit
_MEDIA_ROLES = ("文字", "视频", "視頻", "海报", "海報", "口述")
_ROLE_ALT = (
    "(?:"
    + "|".join(regex.escape(r) for r in sorted(ROLES, key=len, reverse=True))
    + r")(?![会會站节節证證团團])|(?:"
    + "|".join(_MEDIA_ROLES)
    + r"|[文图圖])(?=\s*[/／:：|｜丨])"
)
_ROLE_RE = regex.compile(rf"(?:{_ROLE_ALT})")
# the Han roles with a single space allowed between their characters (记 者, 通 讯员)
_ROLE_SPACED_RE = regex.compile(
    "|".join(
        " ?".join(map(regex.escape, r))
        for r in sorted(ROLES, key=len, reverse=True)
        if regex.fullmatch(r"\p{Han}{2,}", r)
    )
)
# an organisation printed before a role: 江门日报记者, 新华社记者
# (本版撰文 X: the page's own writer, as 本报记者 is the paper's)
_ORG_SUFFIX_RE = regex.compile(
    r"(?:报|報|社|台|网|網|刊|中心|站|新闻|新聞|客户端|客戶端|融媒|传媒|傳媒|[+＋]|^本版)$"
)
# a bar stands for the slash in some papers' bylines: 文 | 李明
_SEP_KEEP_RE = regex.compile(r"([\s、，,/／:：·|｜丨]+)")
_HAN_CHAR_RE = regex.compile(r"\p{Han}")
_LONE_WORDS = frozenset("摄攝文图圖等")  # one character standing alone for itself (记者 马澜 摄)
# common surnames: used only to split two names printed without a separator (林慧玲周航)
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
    "曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈"
    "夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔"
    "向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦"
    "俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍"
    "鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇"
    "戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫"
    "寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺区區"
)
_COMPOUND_SURNAMES = frozenset(
    ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐", "慕容",
     "夏侯", "端木", "公孙", "公孫", "司徒", "长孙", "長孫", "宇文", "尉迟", "尉遲")
)
_DEFAULT_ROLE = "作者"

# the same note inside a paragraph, after a sentence (…的意见。【编辑：X】), or the editors'
# fields with colons after the last sentence (…的意见。编辑：X 校对：Y)
_EDITOR_FIELD = rf"{_EDITOR_ROLES}\s*[:：/／]\s*{_H}{{2,4}}"
_EDITOR_INLINE_RE = regex.compile(
    rf"(?<=[。！？!?”’」…])[ \u3000]*(?:(?:{_EDITOR_BRACKETED}"
    # a space that set the name apart may have been closed (（编辑 王红） -> （编辑王红）): then
    # the name must start with a surname (not （编辑部供稿）)
    rf"|[（(【〔]{_EDITOR_ROLES}[{''.join(sorted(_SURNAMES))}]{_H}{{1,2}}[）)】〕])"
    # 中央社's date stamp after the note goes with it (（編輯：卓怡萱）1131120)
    r"(?:\d{7}(?=\s|$))?"
    rf"|{_EDITOR_FIELD}(?:[ \u3000]*{_EDITOR_FIELD})*[ \u3000]*$)"
)
_EDITOR_WORD_RE = re.compile("|".join(_EDITOR_ROLE_WORDS))  # in every match of the pattern


def split_editor_notes(text: str) -> tuple[str, list[str]]:
    """Take the editor's note printed in a paragraph after a sentence out of it: it is the
    page's furniture, as on a line of its own, and the text around it stays as it is.

    >>> split_editor_notes("会议结束。【编辑：王小红】")
    ('会议结束。', ['【编辑：王小红】'])
    >>> split_editor_notes("他说：“编辑：王小红”")[1]
    []
    """
    if not _EDITOR_WORD_RE.search(text):
        return text, []  # most paragraphs name no editor
    notes = [m.group(0).strip() for m in _EDITOR_INLINE_RE.finditer(text)]
    if not notes:
        return text, []
    return _EDITOR_INLINE_RE.sub("", text).rstrip(), notes


_FIVE_SIX_HAN_RE = regex.compile(rf"{_H}{{5,6}}")


def split_names(text: str) -> list[str]:
    """Split a run of names: by separators, and two names printed together by surname.

    >>> split_names("林慧玲周航")
    ['林慧玲', '周航']
    >>> split_names("黄欣妍 周若溪、区政协")
    ['黄欣妍', '周若溪', '区政协']
    """
    out: list[str] = []
    pieces = _SEP_KEEP_RE.split(text)  # parts and the separators between them, in turn
    pending = ""  # one character set apart by a stray space: the start of the next name
    for i in range(0, len(pieces), 2):
        part = pending + pieces[i].strip("□■●◎▲（）()[]【】")
        pending = ""
        if not part:
            continue
        # no name has one character: one cut off by a stray space (区雅 琳) goes with the
        # name beside it, across a space only
        before = pieces[i - 1] if i else ""
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        if len(part) == 1 and _HAN_CHAR_RE.match(part) and part not in _LONE_WORDS:
            # most names have two or three characters: a name of two takes it first
            joins_before = bool(out) and before.isspace() and len(out[-1]) <= 3
            joins_after = after.isspace() and i + 2 < len(pieces) and len(pieces[i + 2]) <= 3
            if joins_before and (len(out[-1]) <= 2 or not joins_after):
                out[-1] += part
                continue
            if joins_after:
                pending = part
                continue
        if _FIVE_SIX_HAN_RE.fullmatch(part):
            # 3+2, 2+3, 3+3: split where a surname starts a plausible second name
            for cut in (3, 2) if len(part) == 5 else (3,):
                if part[cut] in _SURNAMES and part[0] in _SURNAMES:
                    out += [part[:cut], part[cut:]]
                    break
            else:
                out.append(part)
        else:
            out.append(part)
    return out


def _looks_like_names(text: str) -> bool:
    """Only people's names: each of 2-4 characters, starting with a surname, no common word
    (王府井, 黄山 are places) and no role (``（林晓峰 周航）``, not ``（全文完）``)."""
    names = split_names(text)
    return bool(names) and all(
        2 <= len(n) <= 4
        and (n[0] in _SURNAMES or n[:2] in _COMPOUND_SURNAMES)
        and _HAN_NAME_RE.fullmatch(n) is not None
        and n not in lexicon()
        and _ROLE_RE.search(n) is None
        and n[-1] not in "完续續"
        for n in names
    )


_HAN_NAME_RE = regex.compile(rf"{_H}+")
# names, then the words for having written the text and taken the pictures: 李明 文/图
_NAMES_BY_RE = regex.compile(
    rf"(?P<names>{_H}{{2,4}}(?:[ \u3000、]+{_H}{{2,4}}){{0,3}})\s*"
    r"(?:文/图|文／图|图/文|圖/文|文/圖|文·图|文·圖|图·文|圖·文|(?P<photo>摄影报道|攝影報導|攝影報道))"
)
# each name followed by what that person did: 李明/文 王芳/图 (the text's writer and the
# photographer, as 文/李明 图/王芳 prints them the other way round)
_NAME_SLASH_BY_RE = regex.compile(rf"(?P<name>{_H}{{2,4}})\s*[/／]\s*(?P<by>[文图圖])(?!\p{{Han}})")
_NAMES_SLASH_BY_RE = regex.compile(rf"(?:{_H}{{2,4}}\s*[/／]\s*[文图圖](?:\s+|$))+")


def _may_name_by(text: str) -> bool:
    """Whether :data:`_NAMES_BY_RE` can match: most lines hold neither 文 nor 摄影报道."""
    return "文" in text or "影报" in text or "影報" in text


_SEG_SEP_END_RE = regex.compile(r"[\s/／:：、|｜丨]$")
_SEG_HEAD_RE = regex.compile(r"^[\s/／:：|｜丨]*(?P<names>.*?)(?P<org>\S*)$")


def _close_role_spaces(text: str) -> str:
    """Close a stray space inside a role (记 者, 通讯 员, 统 筹): its halves are no names."""
    if " " not in text:
        return text
    return _ROLE_SPACED_RE.sub(lambda m: m.group().replace(" ", ""), text)


def parse_credits(text: str) -> tuple[Credit, ...]:
    """Read credits printed as role/name runs.

    >>> parse_credits("记者/何榕 见习记者/郑凯瑜")
    (Credit(role='记者', name='何榕'), Credit(role='见习记者', name='郑凯瑜'))
    >>> [c.name for c in parse_credits("□文/图 江门日报记者 蔡昭璐")]
    ['蔡昭璐']
    >>> parse_credits("全媒体记者黎嘉恒通讯员消宣")[1]
    Credit(role='通讯员', name='消宣')
    """
    text = _close_role_spaces(text.strip().lstrip("□■●◎▲◆◇★").strip())
    if text.lstrip("（(").startswith(_SOURCE_NOTE_HEADS) and _SOURCE_NOTE_RE.fullmatch(
        text.strip("（）()")
    ):
        return ()  # （据新华社）: where the report came from, no one's name
    if _may_name_by(text) and (n := _NAMES_BY_RE.fullmatch(text)) and _looks_like_names(n["names"]):
        role = "摄影" if n["photo"] else "记者"
        return tuple(Credit(role, name) for name in split_names(n["names"]))
    # 李明/文 王芳/图: the writer is a 记者, the photographer 摄影, as in 文/李明 图/王芳
    did = {}
    if "/" in text or "／" in text:
        did = {m["name"]: m["by"] for m in _NAME_SLASH_BY_RE.finditer(text)}
    matches = _name_ends_kept(text, list(_ROLE_RE.finditer(text)))
    if not matches:
        return tuple(
            Credit(_by_role(did.get(n), _DEFAULT_ROLE), n) for n in split_names(text) if _is_name(n)
        )
    out: list[Credit] = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        seg = text[m.end() : end]
        role = m.group(0)
        by = role in _BY_ROLES
        if by and k + 1 < len(matches) and _OUTLET_RE.search(_STRAY_SPACE_RE.sub("", seg)):
            continue  # 文/广州日报新花城 记者：X: the outlet of the role after it
        if k + 1 < len(matches) and not _SEG_SEP_END_RE.search(seg):
            # directly before the next role: 江门日报|记者 is an organisation, not a name;
            # after 文/ it is always a description of the next role (文/江门日报青苹果小记者 X)
            head = _SEG_HEAD_RE.match(seg)
            if head and (by or _ORG_SUFFIX_RE.search(head["org"])):
                seg = head["names"]
        if by:
            if not seg.strip(" /／:：|｜丨"):
                continue  # 文/图 江门日报记者 X: the role that names someone comes next
            role = "记者" if role not in ("图", "圖") else "摄影"
        for name in split_names(seg):
            if len(name) >= 4 and name[-2:] in _WROTE_WORDS:
                name = name[:-2]  # 李明采写, printed without a space
            elif 3 <= len(name) <= 5 and name[-1] in "摄攝":
                name = name[:-1]  # （新华社记者 李明摄）, printed without a space
            if _is_name(name) and _fits_role(name, role):
                out.append(Credit(_by_role(did.get(name), _plain_role(role)), name))
    return tuple(out)


def _by_role(by: str | None, role: str) -> str:
    """The role of a name printed before what the person did (李明/文, 王芳/图)."""
    if by is None:
        return role
    if by != "文":
        return "摄影"
    return "记者" if role == _DEFAULT_ROLE else role


# an organisation may be a correspondent (通讯员 市公安局); a reporter's or photographer's name
# longer than four characters is one run into the text beside it (周晓夜间照明同步升级岚, where
# two columns mixed), unless it is a transliteration (阿卜杜·热合曼) or in Latin letters
_ORG_ROLES = frozenset(("通讯员", "通訊員", "特约通讯员", "特約通訊員", "作者", "整理", "编译", "編譯"))
_NAME_MARK_RE = regex.compile(r"[·•・．A-Za-z]")


def _fits_role(name: str, role: str) -> bool:
    return len(name) <= 4 or role in _ORG_ROLES or _NAME_MARK_RE.search(name) is not None


def _name_ends_kept(text: str, matches: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """Drop a 文/图 glued to a name and followed by where it was reported from: 記者陳大文／
    台北報導 names 陳大文, not 陳大 and a writer."""
    kept = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        if (
            m.group(0) in _BY_ROLES
            and m.start() > 0
            and is_han(text[m.start() - 1])
            and _REPORTED_FROM_RE.search(text[m.end() : end].strip(" /／:："))
        ):
            continue
        kept.append(m)
    return kept


# the paper (本报记者) or the media it serves (全媒体记者: print, web and app alike) before a
# role says nothing of what the person did: the role is 记者, as the development set writes it
_OUR_PAPER_RE = regex.compile(r"^(?:本报|本報|全媒体|全媒體|融媒体|融媒體)")
# words that name a paper, a station or an app, never a person
_OUTLET_RE = regex.compile(
    r"日报|日報|晚报|晚報|时报|時報|报社|報社|新闻|新聞|电视台|電視台|客户端|客戶端|融媒"
)
# words for who wrote or took the pictures: the name after them has the role of 记者 or 摄影
_BY_ROLES = frozenset(
    ("文", "文字", "图", "圖", "文/图", "文／图", "图/文", "圖/文", "文/圖", "文·图", "文·圖", "图·文", "圖·文")
)
_NOT_IN_NAME_RE = regex.compile(r"[\d。，,；;！？!?]")
_REPORTED_FROM_RE = regex.compile(r"(?:报道|報導|报导|報道|电|電|讯|訊)$")


def _plain_role(role: str) -> str:
    return _OUR_PAPER_RE.sub("", role) or role


def _is_name(s: str) -> bool:
    # 北京報導 / 台北电 after a name says where the report came from: not a person; 摄 after
    # one (记者 马澜 摄) says what the person did
    return (
        1 <= len(s) <= 12
        and not _NOT_IN_NAME_RE.search(s)
        and not _REPORTED_FROM_RE.search(s)
        and s not in _PHOTO_VERBS
        and s not in _WROTE_WORDS
        and s not in _BY_ROLES  # 李明/文 王芳/图: what each did, printed after the name
    )


_PHOTO_VERBS = frozenset(("摄", "攝", "摄影", "攝影"))
# 本报记者 李明 采写: what the named person did, printed after the name
_WROTE_WORDS = frozenset(
    ("采写", "採寫", "撰写", "撰寫", "执笔", "執筆", "供稿", "采访", "採訪", "摄影报道", "攝影報導")
)
_APART = frozenset(" \u3000/／:：|｜丨")


# 文/X, 图/X, 摄影：X: roles that the role pattern leaves to the slash or colon after them
_SLASH_ROLE_RE = regex.compile(
    r"(?:文|图|圖|摄影|攝影|统筹|統籌|策划|策劃|文字|视频|視頻|海报|海報|口述)\s*[/／:：|｜丨]"
)
# a role and one word glued to it or set apart, nothing else on the line: 记者观察, 记者 手记,
# 记者李明
_GLUED_WORD_RE = regex.compile(r"[□■●◎]?\s*\p{Han}+(?:[ \u3000]+\p{Han}+)?")


_WHOLE_BRACKETS_RE = regex.compile(r"[（(](?P<inner>[^（）()]+)[）)]")
# an organisation's reporter posted somewhere: 本报驻广州记者, 新华社驻香港记者
_POSTED_RE = regex.compile(r"(?:报|報|社|台|网|網)(?:驻|駐)\p{Han}{1,8}$")

_BYLINE_MARKS = "□■●◎◆◇★"
_CREDIT_HEADS = ("文", "图", "圖", "摄影", "攝影", "统筹", "統籌", "策划", "策劃", *_MEDIA_ROLES)
_BYLINE_START_RE = regex.compile(
    rf"^[{_BYLINE_MARKS}]|^(?:{'|'.join(_CREDIT_HEADS)})\s*[/／:：|｜丨]"
    # an organisation may be two joined by a dash: 经济日报-中国经济网记者 X; an app may end
    # in a plus: 南方+记者 X
    rf"|^(?:\p{{Han}}{{0,10}}(?:[-－—]{{1,2}}\p{{Han}}{{1,10}})?[+＋]?(?:{_ROLE_ALT}))"
)
# Every match of _BYLINE_START_RE holds one of these: a mark, a credit's first word, a role
# (each branch of _ROLE_ALT is one of ROLES, _MEDIA_ROLES, 文, 图 or 圖). A line holding none
# is ruled out by one scan of ``re`` for literals (~0.2 us), instead of the pattern, which
# tries up to ten characters and then every role before failing (~4 us a line).
_BYLINE_NEEDLE_RE = re.compile(
    "|".join(
        map(
            re.escape,
            sorted({*_BYLINE_MARKS, *_CREDIT_HEADS, *ROLES}, key=len, reverse=True),
        )
    )
)


def _byline_start(text: str) -> bool:
    """``_BYLINE_START_RE.search(text) is not None``, most lines ruled out without it."""
    return _BYLINE_NEEDLE_RE.search(text) is not None and _BYLINE_START_RE.search(text) is not None



_SENTENCE_MARK_RE = re.compile(r"[。，,；;！？!?“”]")  # re: a plain class, scanned ~2x quicker


def looks_like_byline(text: str) -> bool:
    """A line made of credits only: ``□文/图 江门日报记者 蔡昭璐``, ``通讯员 吴慧敏``.

    >>> looks_like_byline("通讯员 吴慧敏"), looks_like_byline("通讯员吴慧敏说，要做好工作。")
    (True, False)
    >>> looks_like_byline("新华社记者"), looks_like_byline("新华社消息")
    (True, False)
    """
    if wider_than(text, 60) or _SENTENCE_MARK_RE.search(text):
        return False
    text = _close_role_spaces(text)
    if b := _WHOLE_BRACKETS_RE.fullmatch(text.strip()):
        text = b["inner"]  # （本报记者 马澜） on a line of its own, after the text
        if _looks_like_names(text):
            return True  # （马澜 杨成）: the writers' names alone, after the text
    if text.lstrip().startswith(_SOURCE_NOTE_HEADS) and _SOURCE_NOTE_RE.fullmatch(text.strip()):
        return True  # （据新华社）, 来源：人民日报: the source, printed where a byline stands
    if _may_name_by(text) and (n := _NAMES_BY_RE.fullmatch(text.strip())) and _looks_like_names(
        n["names"]
    ):
        return True  # 李明 文/图
    if _NAMES_SLASH_BY_RE.fullmatch(text.strip()) and _looks_like_names(
        _NAME_SLASH_BY_RE.sub(r"\g<name>", text.strip())
    ):
        return True  # 李明/文 王芳/图
    if not _byline_start(text):
        return False
    first = _ROLE_RE.search(text)
    if first is None and not _SLASH_ROLE_RE.search(text):
        return False  # ■ 现场 / ●聚焦民生: a box mark before no role is an intertitle's
    glued = text[first.end() :].strip() if first is not None else ""
    if (
        glued
        and _GLUED_WORD_RE.fullmatch(text.strip())
        and glued[0] not in _SURNAMES
        and glued in lexicon()
    ):
        return False  # 记者观察: a column's name, a word where a reporter's name would be
    prefix = text[: first.start()].strip(" □■●◎◆◇★/／:：") if first else ""
    after = text[first.end() : first.end() + 1] if first else ""
    posted = bool(prefix) and not _ORG_SUFFIX_RE.search(prefix)
    if posted and not (_POSTED_RE.search(prefix) and after in _APART):
        # a headline about a reporter (台湾真晨报驻粤记者来访), unless a reporter posted
        # somewhere is named apart from the role (本报驻广州记者 李明)
        return False
    if first is not None and text[first.end() : first.end() + 1].isdigit():
        return False  # 记者10月22日上午走进…: a sentence that starts with the reporter
    credits = parse_credits(text)
    if not credits:
        # the role alone, its names printed elsewhere or not at all: 新华社记者, 本报记者
        return first is not None and not text[first.end() :].strip()
    # 本报驻广州记者 李明, but not 台湾真晨报驻粤记者来江门交流 (a headline about a reporter)
    longest = 4 if posted else 6
    return all(len(c.name) <= longest for c in credits)


# ---------------------------------------------------------------------------- datelines
_PAPER = (
    r"\p{Han}{1,10}?(?:日报|晚报|时报|早报|商报|日報|晚報|時報|早報|商報|报|報|网|網|社|台|电视台|電視台|"
    r"新闻|新聞)"  # news apps of the papers: 潮新闻讯, 极目新闻讯
)
_AGENCY = (
    r"(?:新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中央社|路透社|法新社|美联社|"
    r"美聯社|共同社|本报|本報|\p{Han}{2,8}(?:日报|日報|晚报|晚報|报|報))"
)
# any news site (新华网) is an agency only before a date: 据南方电网电力… is a sentence
_SITE = r"\p{Han}{1,6}(?:网|網)"
# a month or day in digits, or in Chinese numerals as older and Hong Kong papers print them
# (七月十五日); full-width digits are narrowed before
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十〇]{1,3})"
_DAY = rf"\p{{Han}}{{0,8}}?{_NUM}月?{_NUM}日"
# the sources a roundup names: 综合新华社、央视新闻报道
_SOURCE = r"\p{Han}{1,8}?(?:社|网|網|报|報|台|新闻|新聞|媒体|媒體)"
_SOURCES = rf"{_SOURCE}(?:[、和及与與]{_SOURCE}){{0,5}}"
# the end of a report's source: 报道 (報導 in Taiwan, 報道 in Hong Kong, 报导)
_REPORTED = r"(?:报道|報導|報道|报导)"
DATELINE_RE = regex.compile(
    rf"""^(?:
        [【〔\[（(]\s*(?P<bracketed>[^】〕\]）)]{{2,24}}?(?:讯|訊|消息|{_REPORTED}|电|電))\s*[】〕\]）)]
      | (?P<agency>(?:{_AGENCY}|{_SITE})(?:记者|記者)?(?P<aname>\p{{Han}}{{2,4}}?)?{_DAY}(?:\p{{Han}}{{0,6}}?)?(?:电|電|消息|讯|訊))
      | (?P<nodate>(?:新华社|新華社|中新社|中央社)(?!记者|記者)\p{{Han}}{{2,6}}?(?:电|電))(?=\s*[（(])
      | (?P<paper>(?:本报|本報|{_PAPER})(?:\p{{Han}}{{0,8}}?{_NUM}月{_NUM}日)?(?:讯|訊))
      | (?P<short>\p{{Han}}{{2,6}}?(?<!通)(?:讯|訊))(?=\s*[（(]?\s*(?:{_ROLE_ALT}))
      | (?P<roundup>(?:本报|本報|{_PAPER})?(?:综合|綜合)(?:{_SOURCES})?(?:外电|外電)?(?:{_REPORTED}|消息))(?![，,。称稱后後显顯指])
      | (?P<net>\p{{Han}}{{2,10}}?\d{{1,2}}月\d{{1,2}}日\p{{Han}}{{0,6}}?消息)
      | (?P<netnow>(?!互联网|互聯網|因特网|因特網|万维网|萬維網)\p{{Han}}{{1,6}}(?:网|網)消息)(?=\s*(?:[:：]|[（(][^（）()]{{1,20}}[）)]\s*[:：]))
      | (?P<via>(?:据|據)(?:{_AGENCY}(?:{_DAY})?|{_SITE}{_DAY})(?:电|電))
    )""",
    regex.VERBOSE,
)
# where a report came from, on a line of its own after the text or under the headline
_SOURCE_NOTE_HEADS = ("据", "據", "综合", "綜合", "本报综合", "本報綜合", "来源", "來源")
_SOURCE_NOTE_RE = regex.compile(
    rf"""(?:据|據)\s*(?:《[^《》]{{1,12}}》|{_AGENCY}|{_SITE}|{_SOURCE}|{_H}{{2,8}}?(?:客户端|客戶端))
         (?:电|電|消息|{_REPORTED})?
       | (?:本报|本報)?(?:综合|綜合)(?:{_SOURCES})?(?:外电|外電)?(?:{_REPORTED}|消息)?
       | (?:来源|來源)\s*[：:]\s*(?:《[^《》]{{1,12}}》|{_H}{{2,12}})""",
    regex.VERBOSE,
)
_PAREN_CREDIT_RE = regex.compile(r"\s*[（(](?P<inner>[^（）()]{1,60})[）)]")
_LOOSE_CREDIT_RE = regex.compile(
    rf"\s+(?P<inner>(?:(?:{_ROLE_ALT})\s*[/／]?\s*\p{{Han}}{{2,4}}(?:[\s、]\p{{Han}}{{2,4}})*(?:\s+|$))+)"
)
# credits after a dateline are read within this many characters: they are short, and the
# patterns' nested repeats must not scan a long run of name-like text to its end
_CREDIT_REACH = 80
# a name starts with no role: else 记者记者… splits into roles and names in exponentially
# many ways, each tried before the match fails (0.1 s within the 80 characters)
_NAME = rf"(?!{_ROLE_ALT})\p{{Han}}{{2,4}}?"
_REPORTS_CREDIT_RE = regex.compile(
    rf"\s*(?P<inner>(?:(?:{_ROLE_ALT})\s*[/／]?\s*{_NAME}(?:[\s、]{_NAME})*[\s、，,]*)+?)"
    rf"{_REPORTED}[：:]?"
)


# a lead's box that ends after its credits: roles and names only, to the end
_CREDITS_ONLY_RE = regex.compile(
    rf"\s*(?:(?:{_ROLE_ALT})\s*[/／]?\s*{_NAME}(?:[\s、]{_NAME})*\s*)+"
)


def parse_credit_lead(text: str) -> Lead | None:
    """A lead that names its reporters with no dateline: ``本报记者 李明 报道：近日，…``.

    >>> parse_credit_lead("本报记者李明报道：近日，会议召开。").credits
    (Credit(role='记者', name='李明'),)
    >>> parse_credit_lead("记者从市公安局获悉，近日破获一起案件。") is None
    True
    >>> parse_credit_lead("记者近日报道：会议召开。") is None
    True
    """
    posted = _POSTED_LEAD_RE.match(text)
    at = posted.end() if posted else 0  # 本报驻东京记者 李明 报道：
    rc = _REPORTS_CREDIT_RE.match(text, at, at + _CREDIT_REACH)
    if (
        rc is None
        or not _ROLE_RE.match(text[at:].lstrip())
        or not rc.group(0).rstrip().endswith(("：", ":"))
    ):
        return None
    credits = parse_credits(rc["inner"])
    # with no dateline to vouch for it, every name must start with a surname: 记者近日报道：
    # names no one
    if not credits or any(c.name[0] not in _SURNAMES for c in credits):
        return None
    return Lead(None, credits, text[rc.end() :].lstrip(), text[: rc.end()].strip())


# a paper's reporter posted somewhere, before the role: 本报驻东京, 新华社驻香港
_POSTED_LEAD_RE = regex.compile(r"\s*\p{Han}{1,8}?(?:报|報|社|台)(?:驻|駐)\p{Han}{1,6}?(?=记者|記者)")


def _loose_credit_as_printed(
    text: str, raw: str, pos: int
) -> tuple[tuple[Credit, ...], int] | None:
    """Credits set apart by spaces after a dateline, found in ``raw`` (as printed) after
    ``text[:pos]``; return them and where the rest starts in ``text``."""
    # the same characters, spaces aside, stand before the credits in both
    need = sum(1 for c in text[:pos] if not c.isspace())
    at = seen = 0
    while at < len(raw) and seen < need:
        seen += not raw[at].isspace()
        at += 1
    lc = _LOOSE_CREDIT_RE.match(raw, at, at + _CREDIT_REACH)
    if not lc:
        return None
    credits = parse_credits(lc["inner"])
    need = sum(1 for c in raw[at : lc.end()] if not c.isspace())
    end = pos
    while end < len(text) and need:
        need -= not text[end].isspace()
        end += 1
    if not credits or any(c.name not in text[pos:end] for c in credits):
        return None  # normalization changed the credits' characters: leave them in the text
    if end >= len(text) and not all(_looks_like_names(c.name) for c in credits):
        return None  # nothing after it to set the name apart: 记者日前 names no one
    return credits, end


_AGENCY_NAME_RE = regex.compile(r"(?:记者|記者)(?P<rest>\p{Han}{4,8}?)\d")
# 記者王小明／台北報導, also two reporters: 記者王小明、李華／台中報導
_REPORTER_FROM_RE = regex.compile(
    rf"(?P<role>记者|記者)\s*(?P<name>{_H}{{2,4}}(?:[、\s]{_H}{{2,4}}){{0,3}})\s*[/／]\s*{_H}{{2,8}}(?:{_REPORTED}|電|电)"
)
_NAMES_RE = regex.compile(rf"{_H}{{2,4}}(?:[、\s]{_H}{{2,4}})*")


@dataclass(frozen=True, slots=True)
class Lead:
    """What was found at the head of a lead paragraph."""

    dateline: str | None
    credits: tuple[Credit, ...]
    rest: str
    credit_text: str = ""  # the credits as printed, kept so that nothing is lost


def parse_lead(text: str, raw: str | None = None) -> Lead | None:
    """Split a lead paragraph into dateline, credits and the text after them.

    >>> lead = parse_lead("江门日报讯（记者/何榕 见习记者/郑凯瑜）7月15日，区委书记主持召开会议。")
    >>> lead.dateline, [c.name for c in lead.credits], lead.rest[:5]
    ('江门日报讯', ['何榕', '郑凯瑜'], '7月15日')
    >>> parse_lead("新华社北京7月15日电 记者从有关部门获悉。").dateline
    '新华社北京7月15日电'
    """
    # most paragraphs hold no dateline end, and ``in`` says so faster than the pattern fails
    m = DATELINE_RE.match(text) if _DATELINE_END_RE.search(text) else None
    if not m:
        return None
    dateline = m["bracketed"] or m.group(0)
    credits: tuple[Credit, ...] = ()
    if n := _REPORTER_FROM_RE.fullmatch(dateline):
        credits = tuple(Credit(n["role"], name) for name in split_names(n["name"]))
    elif n := _AGENCY_NAME_RE.search(dateline):
        rest = n["rest"]
        # 蔡佩珊台北: a name of 2-3 characters, then the place
        name = rest[:3] if len(rest) >= 5 else rest[:2]
        credits = (Credit("記者" if "記" in dateline else "记者", name),)
    pos = credit_start = m.end()
    pc = _PAREN_CREDIT_RE.match(text, pos=pos)
    # 央视网消息（新闻联播）：the brackets name the programme it comes from, not people
    bare_names = m["netnow"] is None
    if (
        (pc
        and _ROLE_RE.search(pc["inner"]))
        or (pc and bare_names and _NAMES_RE.fullmatch(pc["inner"]))
    ):
        credits += parse_credits(_raw_group(raw, pc["inner"]))
        pos = pc.end()
    elif pc and not bare_names:
        dateline += pc.group(0).strip()  # 央视网消息（新闻联播）: where it came from
        pos = credit_start = pc.end()
    elif (lc := _LOOSE_CREDIT_RE.match(text, pos, pos + _CREDIT_REACH)) and (
        lc.end() < len(text) or all(_looks_like_names(c.name) for c in parse_credits(lc["inner"]))
    ):
        credits += parse_credits(lc["inner"])
        pos = lc.end()
    elif rc := _REPORTS_CREDIT_RE.match(text, pos, pos + _CREDIT_REACH):
        # 羊城晚报讯 记者李明、通讯员张华报道：
        credits += parse_credits(rc["inner"])
        pos = rc.end()
    elif raw and (loose := _loose_credit_as_printed(text, raw, pos)):
        # 本报讯 记者 李明 通讯员 张华 近日…: the spaces that set the names apart are closed
        # in the normalized text; they are read as printed
        found, pos = loose
        credits += found
    if credits and (rc := _REPORTS_CREDIT_RE.match(text, pos, pos + _CREDIT_REACH)):
        # 本报讯 记者李明 通讯员张华报道：the loose names stop at a space, the rest go on
        credits += parse_credits(rc["inner"])
        pos = rc.end()
    elif (
        not credits
        and _CREDITS_ONLY_RE.fullmatch(text, pos)
        and (found := parse_credits(text[pos:]))
        and all(_looks_like_names(c.name) for c in found)  # not 记者日前, 记者获悉
    ):
        # the lead's box holds its credits and no more (本报讯 记者黎 晓文: a stray space
        # inside the name kept the spaced reading from finding it)
        credits, pos = found, len(text)
    rest = text[pos:].lstrip(" :：\u3000")
    return Lead(dateline.strip(), credits, rest, text[credit_start:pos].strip())


_SPACES_RE = regex.compile(r"\s+")
_BRACKETED_RE = regex.compile(r"[（(]([^（）()]{1,80})[）)]")


def _is_lead(text: str) -> bool:
    """``parse_lead(text) is not None``, without reading the credits: the dateline decides.

    Every dateline ends in one of :data:`_DATELINE_ENDS`; most paragraphs hold none, and
    ``in`` says so faster than the pattern fails.
    """
    return _DATELINE_END_RE.search(text) is not None and DATELINE_RE.match(text) is not None


_DATELINE_ENDS = ("讯", "訊", "消息", "报道", "報導", "報道", "报导", "电", "電")  # every branch of DATELINE_RE
# any of them, in one scan by first character (re): ~2x quicker than seven ``in`` tests
# through a generator
_DATELINE_END_RE = re.compile("|".join(map(re.escape, _DATELINE_ENDS)))


def _raw_group(raw: str | None, inner: str) -> str:
    """The same bracketed group as printed: normalization closes the spaces between names."""
    if raw:
        squeezed = _SPACES_RE.sub("", inner)
        for m in _BRACKETED_RE.finditer(raw):
            if _SPACES_RE.sub("", m.group(1)).replace("/", "／") == squeezed.replace("/", "／"):
                return m.group(1)
    return inner


_TRAILING_CREDIT_RE = regex.compile(
    r"[（(](?P<inner>[^（）()]{2,40})[）)]\s*$|(?<=[。！？”])[ \u3000]+(?P<inner2>\p{Han}{2,4}(?:[ 、]\p{Han}{2,4})?)$"
    # a box mark before the writer's credit, glued to the last sentence: …的意见。□李明,
    # …的意见。□本报记者 李明
    r"|(?<=[。！？”])[ \u3000]*□[ \u3000]*(?P<boxed>[^。！？!?□\n]{2,30})$"
)


_BOXED_END_RE = regex.compile(r"□[ \u3000]*(?P<names>[^。！？!?□\n]{2,30})$")
_SPACED_NAME_END_RE = regex.compile(
    r"(?<=[。！？”])[ \u3000]+(?P<name>\p{Han}{2,4}(?:[ 、]\p{Han}{2,4})?|\p{Han}(?: \p{Han}){1,2})\s*$"
)
_BARE_NAMES_RE = regex.compile(rf"{_H}{{2,4}}(?:[、\s]{_H}{{2,4}})+|{_H}{{2,3}}")
_INNER_MARK_RE = regex.compile(r"[。，,；;！？]")


def _ends_in_han(text: str) -> bool:
    return is_han(text[-1:])


def _may_end_in_credit(text: str) -> bool:
    """Whether :data:`_TRAILING_CREDIT_RE` can match ``text``, without searching it.

    The pattern ends (at the end, or before a final line break) in a closing bracket and
    white space, or in a Han character; most paragraphs end in a full stop, and looking at
    the end says so faster than a search through the whole text fails.
    """
    return text.rstrip()[-1:] in ("）", ")") or _ends_in_han(
        text[:-1] if text.endswith("\n") else text
    )


def split_trailing_credit(text: str, raw: str | None = None) -> tuple[str, tuple[Credit, ...]]:
    """Take a credit printed at the end of the last paragraph: ``…往来。（通讯员 邱玉珍）``.

    >>> split_trailing_credit("会议结束。（马澜、杨成）")
    ('会议结束。', (Credit(role='作者', name='马澜'), Credit(role='作者', name='杨成')))
    >>> split_trailing_credit("共募集24.41万元（其中网络捐款525人次）")[1]
    ()
    >>> split_trailing_credit("敬请关注。乔岩", raw="敬请关注。 乔岩")
    ('敬请关注。', (Credit(role='作者', name='乔岩'),))
    """
    m = _TRAILING_CREDIT_RE.search(text) if _may_end_in_credit(text) else None
    if not m and raw:
        # normalization closed the space before a bare name (…关注。 乔岩): read it as printed
        r = _SPACED_NAME_END_RE.search(raw) if _ends_in_han(raw.rstrip()) else None
        name = regex.sub(r"\s+", "", r["name"]) if r else ""
        if r and text.endswith(name) and ends_final(text[: -len(name)]):
            parts = r["name"].replace("、", " ").split()
            if len(parts[0]) == 1:
                parts = [name]  # 乔 岩: one name, with the extractor's stray space
            names = tuple(Credit("作者", n) for n in parts)
            return text[: -len(name)].rstrip(), names
        return text, ()
    if not m or m.start() == 0 or not ends_final(text[: m.start()]):
        return text, ()
    if boxed := m["boxed"]:
        printed = _BOXED_END_RE.search(raw.rstrip()) if raw else None
        if printed and _SPACES_RE.sub("", printed["names"]) == _SPACES_RE.sub("", boxed):
            boxed = printed["names"]  # normalization closed the spaces between the names
        found = parse_credits(boxed) if _looks_like_names(boxed) or looks_like_byline(boxed) else ()
        return (text[: m.start()].rstrip(), found) if found else (text, ())
    inner = _close_role_spaces(_raw_group(raw, m["inner"]) if m["inner"] else m["inner2"])
    if _EDITOR_RE.match(inner):
        return text, ()  # （编辑 林晓峰）: who edited it, no one who wrote it
    # （马澜、杨成）, or names before 文/图: （李明 文/图）
    bare = (
        _BARE_NAMES_RE.fullmatch(inner)
        or (_may_name_by(inner) and _NAMES_BY_RE.fullmatch(inner))
        or _NAMES_SLASH_BY_RE.fullmatch(inner)  # （李明/文 王芳/图）
    )
    role = _ROLE_RE.search(inner)
    if not (bare or (role and not _INNER_MARK_RE.search(inner))):
        return text, ()
    credits = parse_credits(inner[role.start() :] if role and not bare else inner)
    if not credits:
        return text, ()
    return text[: m.start()].rstrip(), credits


# ---------------------------------------------------------------------------- captions
# How a caption starts: 图为…, 上图：…, ▲…, and numbered pictures (图①…, 图1：…, 图一：…)
_CAPTION_HEADS = (
    "图为", "圖為", "图：", "圖：", "▲", "△",
    # 上图：…, 左图为…; not 上图书馆…
    *(f"{p}{t}{c}" for p in "上下左右" for t in "图圖" for c in ("：", ":", "为", "為", " ", "\u3000")),
    *(f"{t}{n}" for t in "图圖" for n in "①②③④⑤⑥⑦⑧⑨⑩"),
    *(f"{t}{n}{c}" for t in "图圖" for n in "123456789一二三四五六七八九" for c in "：:"),
)
# their first characters: a set lookup rules out most texts before the ~70 prefixes are tried
_CAPTION_HEAD_FIRSTS = frozenset(h[0] for h in _CAPTION_HEADS)
# How a caption ends: the photographer or the picture's source, perhaps in brackets
_CAPTION_ENDS = rf"""
        {_H}{{2,4}}\s*(?:摄|攝)|供图|供圖|资料图片|資料圖片|资料图|資料圖|新华社发|新華社發|
        新华社记者\p{{Han}}{{2,4}}摄|\p{{Han}}{{0,10}}照片[）)]?|图片来源\p{{Han}}{{0,10}}|
        \(图片\)|（图片）|（圖片）
      | (?:图片来源|圖片來源|图源|圖源)[：:]\s*{_H}{{1,20}}
      | (?:摄影|攝影)\s*[/／:：]\s*{_H}{{2,4}}
      | {_H}{{2,4}}\s*[/／]\s*(?:摄|攝)(?:影)?
      | (?:图|圖)\s*[/／]\s*{_H}{{1,16}}
      | [（(](?:图|圖)\s*[/／:：][^（）()]{{1,20}}[）)]
      | [（(]中央社[）)]
      | [（(][^（）()]{{1,12}}(?:摄|攝)[\s\d年月日./-]{{0,16}}[）)]  # （中央社記者X攝 115年3月10日）
      | (?:视频|視頻|网络|網絡|网页|網頁)?(?:截图|截圖)
      | 视觉中国|視覺中國|人民视觉|人民視覺|东方IC|東方IC|IC\s?photo|CFP|网络图片|網絡圖片|網路圖片
      | [（(](?:图片|圖片|照片)由[^（）()]{{1,16}}提供[）)]
      | [（(](?:本报|本報)?(?:资料照|資料照)[）)]
      | [（(](?:取自|翻攝|翻摄)[^（）()]{{0,20}}[）)]
      # the foreign agencies Taiwan's papers credit under a picture (not 新华社: a brief ends so)
      | [（(](?:美聯社|美联社|路透|路透社|法新社|歐新社|欧新社|共同社|彭博|達志影像|达志影像)[）)]
"""
CAPTION_RE = regex.compile(
    rf"""(?:
        ^(?:{"|".join(map(regex.escape, _CAPTION_HEADS))})
      | (?:{_CAPTION_ENDS})[）)]?$
      | 图为|圖為
      | [（(]圖取自
    )""",
    regex.VERBOSE,
)


# CAPTION_RE taken apart, so that a body paragraph costs a few C-speed tests instead of a
# regex tried at each of its positions: the heads (^...), the marks found anywhere, and the
# ends ($...), matched backwards from the end only (a REVERSE match is anchored there; ``$``
# also matches before a final line break, hence ``\n?``).
_CAPTION_ANYWHERE = ("图为", "圖為", "（圖取自", "(圖取自")
_CAPTION_ANYWHERE_RE = re.compile("|".join(map(re.escape, _CAPTION_ANYWHERE)))  # one scan
_CAPTION_END_RE = regex.compile(
    rf"(?:{_CAPTION_ENDS})[）)]?\n?\Z", regex.VERBOSE | regex.REVERSE
)


def _caption_marked(text: str) -> bool:
    """``CAPTION_RE.search(text)``, found without searching."""
    return (
        (text[:1] in _CAPTION_HEAD_FIRSTS and text.startswith(_CAPTION_HEADS))
        or _CAPTION_ANYWHERE_RE.search(text) is not None
        or _CAPTION_END_RE.match(text) is not None
    )


def looks_like_caption(text: str) -> bool:
    """A photo caption: ``…。记者 X 摄``, ``图为…``, ``…。受访供图``.

    >>> looks_like_caption("推介会活动现场。受访供图"), looks_like_caption("会议指出，要做好工作。")
    (True, False)
    """
    if text.startswith(("▲", "△")) and not _SENTENCE_MARK_RE.search(text) and len(text) <= 16:
        return False  # ▲聚焦民生实事: a marked intertitle; a caption says what the picture shows
    if (w := _WRITER_CREDIT_END_RE.search(text)) and ends_final(text[: w.start()]):
        text = text[: w.start()]  # …。（文/李明 图/王芳）: the article's credits, not a picture's
    return not wider_than(text, 160) and _caption_marked(text)


# brackets (or a box mark) after the text that credit a writer (文/X, X/文) besides any
# photographer (（记者 X 摄） is a caption's)
_WRITER = r"(?:(?<!\p{Han})文\s*[/／:：]|[/／]\s*文(?!\p{Han}))"
_WRITER_CREDIT_END_RE = regex.compile(
    rf"[（(][^（）()摄攝]*{_WRITER}[^（）()摄攝]*[）)]\s*$"
    rf"|□[^。！？!?□（）()摄攝]*{_WRITER}[^。！？!?□（）()摄攝]*$"  # …的意见。□文/X 图/Y
)


# ---------------------------------------------------------------------------- headlines
# (?<!\s): a run of spaces is tried once, from its start, not from each of its spaces
_SUBTITLE_RE = regex.compile(r"(?<!\s)\s*(?:——|--|─{2}|—)\s*(?=\S)")


def _is_range(text: str, start: int, end: int) -> bool:
    """A dash between two numbers is a range (9:00—17:00, 5—8日), not a subtitle's mark."""
    return start > 0 and end < len(text) and text[start - 1].isdigit() and text[end].isdigit()


def split_subtitle(text: str) -> tuple[str, str | None]:
    """Split ``title ——subtitle``.

    >>> split_subtitle("分秒必争抢抓“黄金24小时” ——致敬与病毒赛跑的流调人")
    ('分秒必争抢抓“黄金24小时”', '致敬与病毒赛跑的流调人')
    >>> split_subtitle("展馆9:00—17:00开放"), split_subtitle("奋斗2024——写在新年之际")
    (('展馆9:00—17:00开放', None), ('奋斗2024', '写在新年之际'))
    """
    m = next(
        (m for m in _SUBTITLE_RE.finditer(text) if not _is_range(text, m.start(), m.end())), None
    )
    if not m or m.start() == 0:
        return text, None
    return text[: m.start()].rstrip(), text[m.end() :].strip() or None


_PART_BREAK_RE = regex.compile(r"[ \t]{2,}|\u3000+")


def normalize_headline(
    raw: str, normalize: Callable[[str], str], *, stray_spaces: bool = False
) -> str:
    """Normalize a headline, keeping one space between its parts.

    Letter-spaced parts (``稻 菽 飄 香``) are closed up; parts are told apart by a wider gap.
    On a page whose extractor scattered spaces (``stray_spaces``), a single space says
    nothing and goes too (``架 起民意`` -> ``架起民意``).

    >>> normalize_headline("艺 术 节   送 戏 下 乡", lambda s: s)
    '艺术节 送戏下乡'
    >>> normalize_headline("对门着了火 醉汉仍酣睡", lambda s: s)
    '对门着了火 醉汉仍酣睡'
    >>> from newsclean import normalize
    >>> normalize_headline("三江口村自办小报,架 起民意政策连心桥", normalize, stray_spaces=True)
    '三江口村自办小报，架起民意政策连心桥'
    """
    parts = []
    for part in _PART_BREAK_RE.split(raw.strip()):
        tokens = part.split()
        if not tokens:
            continue
        singles = sum(len(t) == 1 for t in tokens)
        if len(tokens) >= 3 and singles >= 0.6 * len(tokens):
            parts.append(normalize("".join(tokens)))  # letter-spaced: 1 5 名 is 15名
        elif stray_spaces:
            parts.append(normalize(" ".join(tokens)))  # its space rules close Han gaps
        else:
            parts.append(" ".join(normalize(t) for t in tokens))
    return " ".join(p for p in parts if p)


# a sentence's opening: 期间，/ 当天，/ a date, 5月16日， or 2月24日晚23时30分许，
_OPENING_RE = regex.compile(r"\p{Han}{1,4}[，,]|(?:\d{4}年)?\d{1,2}月\d{1,2}日[^，,。]{0,10}[，,]")
_LIST_END_RE = regex.compile(r"[，,、；;]$")
_HAN_RE = regex.compile(_H)


_TAIL_RE = regex.compile(r"\p{Han}{1,2}[。！？!?”」]+")
# an interview's question or answer, an editor's note: labels that open body text
_QA_MARKS = tuple(f"{q}{c}" for q in ("问", "答", "問", "Q", "A", "编者按", "編者按") for c in "：:")


def looks_like_headline(text: str, *, max_chars: int = 48) -> bool:
    """Short, with no sentence inside it: a headline or an intertitle candidate.

    >>> looks_like_headline("2小时内火速集结"), looks_like_headline("他说：“好。”")
    (True, False)
    >>> looks_like_headline("5月16日，位于老街")  # a paragraph's first line (its own box)
    False
    """
    if not text or wider_than(text, max_chars) or "。" in text or text.endswith(("…", "...")):
        return False
    if text.startswith(_QA_MARKS):
        return False  # 问：改造资金从哪里来？ / 编者按：老旧小区改 are part of the text
    if _TAIL_RE.fullmatch(text):
        return False  # 来？ a sentence's last word or two, cut off from it
    if _OPENING_RE.match(text):
        return False  # 期间，… / 当天，…: a sentence opening, not a headline
    if _LIST_END_RE.search(text) or text.count("、") > 1:
        return False
    commas = text.count("，") + text.count(",")
    if commas > 1 or (commas and wider_than(text, 36)):
        return False
    if _unbalanced(text):
        return False  # 疫情控制的“最强: a line cut inside a quotation is body text
    return bool(_HAN_RE.search(text))


_PAIRS = (("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("「", "」"), ("(", ")"))


def _unbalanced(text: str) -> bool:
    return any(text.count(a) != text.count(b) for a, b in _PAIRS)


_PAPER_OR_PAGE_RE = regex.compile(r"\d|日报|晚报|时报|都市报|晨报|快报|导报|報|版|www\.|https?://")


def _dated_furniture(text: str) -> bool:
    """A header line that opens with a full date (2024年9月12日星期四): closed up, it reads
    the same (a paper's name closed up onto a dateline, 本报讯据长江日报, would not)."""
    return _FULL_DATE_RE.match(text) is not None and looks_like_furniture(text)


def looks_like_furniture(text: str) -> bool:
    """Page header or footer: paper name, date, page number, section, editor line.

    >>> looks_like_furniture("2025年9月28日 星期日 A09 綜合"), looks_like_furniture("责任编辑：谭健")
    (True, True)
    >>> looks_like_furniture("责任编辑 林峰 美术编辑 谭健 校对 麦敏"), looks_like_furniture("校对 黄丽")
    (True, True)
    """
    if _editor_line(text) or _editor_note(text):
        return True
    if len(text) > 60:
        return False  # before splitting: most blocks are long paragraphs
    tokens = (
        [t for t in _FIELD_SEP_RE.split(text) if t]
        if _FIELD_SEP_CHARS_RE.search(text)
        else text.split()
    )
    if not tokens:
        return False
    for k in range(1, len(tokens)):
        # header fields, then the editors on the same line: A05 经济 责任编辑：何思远 …
        # the joined tokens start with tokens[k] (none is empty): ruled out by it, unjoined
        if tokens[k][:1] in _EDITOR_STARTS and _editor_line(" ".join(tokens[k:])):
            return all(map(_furniture_token, tokens[:k]))
    if all(map(_furniture_token, tokens)):
        return bool(_PAPER_OR_PAGE_RE.search(text) or len(tokens) > 1)
    if len(tokens) == 2 and (
        (_HEADER_PAGE_RE.fullmatch(tokens[0]) and _SECTION_RE.match(tokens[1]))
        or (_SECTION_RE.match(tokens[0]) and _HEADER_PAGE_RE.fullmatch(tokens[1]))
    ):
        return True  # the header's page and section, a line of their own: 第6版 文体, A6 港聞
    if len(tokens) < 3 or not _DIGIT_RE.search(text):
        return False  # no room for a date and a page number besides a word
    odd = [t for t in tokens if not _furniture_token(t)]
    # a header with a full date and a page number may name its paper and section in words
    # of any kind: 明報 2024年7月16日 星期二 A03 港聞, 2024年7月16日 星期二 A4 焦點
    return (
        len(odd) <= 2
        and len(tokens) >= len(odd) + 2
        and all(_HEADER_WORD_RE.fullmatch(t) for t in odd)
        and any(_FULL_DATE_RE.fullmatch(t) for t in tokens)
        and any(_PAGE_NUMBER_RE.fullmatch(t) for t in tokens)
    )


# what parts a header's fields besides spaces: bars, slashes and dots between words (要闻·综合,
# 2024年7月16日／星期二／A4), a colon after the page (第A03版：要闻)
_FIELD_SEP_CHARS_RE = re.compile(r"[|｜丨／·・/：:]")
_DIGIT_RE = re.compile(r"\d")
_FIELD_SEP_RE = regex.compile(
    r"\s+|[|｜丨／·・]|(?<=\p{Han})/|/(?=\p{Han})|(?<=版)[：:]"
)
_HEADER_WORD_RE = regex.compile(rf"{_H}{{2,6}}")
_FULL_DATE_RE = regex.compile(
    r"(?:\d{4}年|(?:中華民國|中华民国|民國|民国)?\d{2,3}年)\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
)
# a page number as headers print it (A03, 第5版, 05), not a count in a sentence (15 个项目)
_PAGE_NUMBER_RE = regex.compile(r"第?[A-Z]{1,2}\d{1,3}版?|第?\d{1,3}版|0\d|第[一二三四五六七八九十]+版")


# a page number that a section's name may follow on a line of its own: 第6版, A6, B12,
# 第A03版 (not G20 or C919, which name other things)
_HEADER_PAGE_RE = regex.compile(
    r"第\d{1,3}版|第[一二三四五六七八九十]+版|第?[A-D]\d{1,2}版|[A-D]\d{1,2}|0\d"
)


# What a token of _FURNITURE_TOKEN_RE can end with if it ends in a common Han character (a
# date's 日, a weekday, 版, 报, a section's last character), and punctuation none ends with.
_FURNITURE_LAST = frozenset("日一二三四五六天版报報闻聞合会會济濟际際育化刊评評察网網")
_NEVER_LAST = frozenset("，。、；：？！“”‘’（）《》…—")


def _furniture_token(token: str) -> bool:
    """``_FURNITURE_TOKEN_RE.match(token)``, most tokens ruled out by their last character.

    Only the lunar date (农历…) ends in any Han character; every other branch ends in a
    digit, a capital, or one of :data:`_FURNITURE_LAST`. Most short lines are headlines
    and text, their first token ending otherwise: the pattern, a long alternation, is
    then not run.
    """
    c = token[-1:]
    if (("\u4e00" <= c <= "\u9fff" and c not in _FURNITURE_LAST) or c in _NEVER_LAST) and (
        not token.startswith(("农历", "農曆"))
    ):
        return False
    return _FURNITURE_TOKEN_RE.match(token) is not None


# a photo's credit on a line of its own, ending its caption: 记者 孟凡舟 摄, 新华社发
_PHOTO_CREDIT_RE = regex.compile(
    rf"^(?:\p{{Han}}{{0,8}}(?:{_ROLE_ALT})\s*[/／:：]?\s*)?{_H}{{2,4}}\s*(?:摄|攝)$"
    r"|^(?:新华社发|新華社發|\p{Han}{0,8}供图|\p{Han}{0,8}供圖|资料图片|資料圖片)$"
    # 摄影/李明, 記者林曉峰／攝影, 李明/摄
    rf"|^(?:摄影|攝影)\s*[/／:：]\s*{_H}{{2,4}}$"
    rf"|^(?:\p{{Han}}{{0,8}}(?:{_ROLE_ALT})\s*)?{_H}{{2,4}}\s*[/／]\s*(?:摄|攝)(?:影)?$"
)


# a character every photo credit holds: most lines hold none, and the pattern is not run
_PHOTO_MARKS_RE = re.compile("[摄攝发發供资資]")


def _is_photo_credit(text: str) -> bool:
    """A photo credit alone, bare or in brackets: 记者 李明 摄, （中央社記者簡如君攝）."""
    t = text.strip()
    if t[:1] in "（(" and t[-1:] in "）)":
        t = t[1:-1].strip()
    return _PHOTO_CREDIT_RE.match(t) is not None
# the last sentence end on a line, and what follows it
_LAST_FINAL_RE = regex.compile(r"[。！？!?][”’」』]?(?P<tail>[^。！？!?]{1,20})$")
# a bare name and 摄 after a sentence (…。随后拍摄) is as likely the text's own verb: inside a
# line, 摄 counts only with a role or a space before it (记者 李明 摄, 李明 摄)
_BARE_NAME_SHOT_RE = regex.compile(rf"^{_H}{{2,4}}(?:摄|攝)$")


def photo_credit_end(text: str) -> bool:
    """Does a caption end on this hard-wrapped line, its credit printed after its last
    sentence (…咨询岗位信息。新华社发)?

    >>> photo_credit_end("岗位信息。新华社发"), photo_credit_end("村民演出。随后拍摄")
    (True, False)
    """
    m = _LAST_FINAL_RE.search(text.rstrip())
    if not m:
        return False
    tail = m["tail"].strip()
    return (
        _PHOTO_MARKS_RE.search(tail) is not None
        and _PHOTO_CREDIT_RE.match(tail) is not None
        and not _BARE_NAME_SHOT_RE.match(tail)
    )


# a bracketed agency dateline opening a line, cut before its place and date
# (（中央社記者倪孟璇 | 台北20日電）…): a lead starts there
_AGENCY_OPENS_RE = regex.compile(r"[（(](?:中央社|新华社|新華社|中新社)(?:记者|記者)")


def line_role(text: str) -> str | None:
    """What a hard-wrapped line is by its content alone, for unwrapping (see layout.LineRole).

    >>> line_role("责任编辑：周敏"), line_role("本报记者 柯文斌"), line_role("——青年工人的坎坷经历")
    ('alone', 'byline', 'subtitle')
    >>> line_role("本报讯（记者 李明）昨天，"), line_role("的院子里，看见一位村民")
    ('lead', None)
    >>> line_role("记者 孟凡舟 摄"), line_role("■ 老街区成了新“网红”"), line_role("▲5月3日，游客")
    ('photo', 'heading', 'marked')
    >>> line_role("图为工人在生产线上")
    'figure'
    """
    t = text.strip()
    if not t:
        return None
    if is_jump(t) or looks_like_furniture(t):
        return "alone"
    # (closing stray spaces leaves the first character, which is no space, as it is)
    if " " in t and t[:1] in _EDITOR_STARTS and _editor_line(_STRAY_SPACE_RE.sub("", t)):
        return "alone"  # 責任 編輯：吳佩珊: a stray space inside the editors' field
    if t.startswith(("——", "--")):
        return "subtitle"
    if _PHOTO_MARKS_RE.search(t) and (
        _is_photo_credit(t)
        or photo_credit_end(t)
        # （中央社 記者簡如君攝）: a stray space inside the credit
        or (" " in t and _is_photo_credit(_STRAY_SPACE_RE.sub("", t)))
    ):
        return "photo"
    if looks_like_byline(t):
        return "byline"
    if _is_lead(t) or _AGENCY_OPENS_RE.match(t):
        return "lead"
    if (
        t[:1] in _HEADING_STARTS
        and _MARKED_HEADING_RE.match(t)
        and looks_like_headline(t, max_chars=24)
        and "，" not in t
    ):
        return "heading"
    if t[:1] in _BLOCK_MARKS:
        return "marked"
    if t.startswith(("图为", "圖為", "图中", "圖中")):
        return "figure"
    return None


# one space between two Han characters: a stray one (fields are set apart by more, or by
# a colon or a digit)
_STRAY_SPACE_RE = regex.compile(r"(?<=\p{Han}) (?=\p{Han})")
# a box mark, or 【】 round the whole line: set apart from the text as a heading, however
# nearly it fills the column (■ 老街区成了新“网红”, 【家门口的赛场】)
_HEADING_MARKS = "■□◆◇●◎★☆▶►"
_MARKED_HEADING_RE = regex.compile(rf"[{_HEADING_MARKS}]\s*\p{{Han}}|【[^【】]+】$")
# what a line matched by it starts with (it is only ever matched at the start)
_HEADING_STARTS = frozenset(_HEADING_MARKS + "【")
# a mark that opens a block (a caption's ▲, a list item's ●): never inside a paragraph
_BLOCK_MARKS = frozenset("■□◆◇●◎★☆▶►▲△▼▽")


def is_jump(text: str) -> bool:
    """A whole-line jump note: （上接第1版） / （下转A4版） / ◆下转第4版."""
    if "版" not in text and not text.rstrip().endswith(("）", ")")):
        return False  # a note has 版 or brackets: most lines are ruled out without the patterns
    text = text.strip()
    return JUMP_RE.fullmatch(text) is not None or _BARE_JUMP_RE.fullmatch(text) is not None


def jump_direction(text: str) -> str:
    """``"from"`` for 上接, ``"to"`` for 下转."""
    m = JUMP_RE.search(text) or _BARE_JUMP_RE.search(text)
    return "from" if m and m["dir"] in _CONTINUED_FROM else "to"


# ---------------------------------------------------------------------------- classify
def classify(
    blocks: Sequence[RawBlock], *, max_title_chars: int = 48, mixed: bool = False
) -> tuple[RawBlock, ...]:
    """Give every raw block its kind, looking at its neighbours where it must.

    ``mixed``: the blocks were untangled from columns mixed line by line, so where a block
    starts (in mid-paragraph or not) is a guess, not a sign.
    """
    kinds: list[Kind] = []
    for b in blocks:
        t = b.text
        if is_jump(t):
            kinds.append(_JUMP)
        elif looks_like_furniture(b.raw or t) or (
            b.raw and b.raw != t and (_editor_line(t) or _dated_furniture(t))
        ):
            # as printed (the spaces between fields count); an editors' line or a dated
            # header also with stray spaces closed (責任 編輯：X, 2024年9月12日 星期 四)
            kinds.append(_FURNITURE)
        elif looks_like_byline(b.raw or t) or (
            kinds and kinds[-1] in (_TITLE, _BYLINE) and _marked_names(t)
        ):
            kinds.append(_BYLINE)
        elif _is_lead(t):
            kinds.append(_PARAGRAPH)
        elif looks_like_caption(t) or _stands_under_picture(b) or _wide_sentences(b):
            kinds.append(_CAPTION)
        elif looks_like_headline(t, max_chars=max_title_chars):
            kinds.append(_TITLE)
        else:
            kinds.append(_PARAGRAPH)
    # Section names (社会, 要闻) stand alone at the top or bottom: a short headline-like block
    # before any body text or after the last one is furniture; so is one over a page header
    # line anywhere (pdfminer may give the header mid-page): a headline's text follows it.
    body = [i for i, k in enumerate(kinds) if k is _PARAGRAPH]
    first_body, last_body = (body[0], body[-1]) if body else (len(kinds), -1)
    for i, b in enumerate(blocks):
        if kinds[i] is _TITLE and _SECTION_RE.match(b.text):
            nxt = _next_kind(kinds, i)
            prev = kinds[i - 1] if i else None
            if (
                (i < first_body and (nxt in (_TITLE, _FURNITURE, None) or prev is _FURNITURE))
                or (i > last_body and nxt is not _CAPTION)  # over a caption: a picture's
                or _by_header(blocks, kinds, i)
            ):
                kinds[i] = _FURNITURE
    # headline or intertitle: decided by what stands around it
    spaced = _blank_separated(blocks)
    tails = _far_tails(blocks, kinds)  # taken before the loop turns titles into other kinds
    reopen: set[int] = set()
    # body text that looks like a headline first: a headline or intertitle is told by the
    # kinds of the blocks around it
    for i, b in enumerate(blocks):
        if kinds[i] is not _TITLE:
            continue
        if _CUT_CLAUSE_RE.search(b.text):
            kinds[i] = _PARAGRAPH
            reopen.add(i)  # short as the line is, its sentence goes on
        elif (
            b.open_end
            and not b.wide  # wider than a column: no column's line, cut at its end
            and (_cut_paragraph(blocks, kinds, i) or _finished_far_on(blocks, tails, i))
        ):
            kinds[i] = _PARAGRAPH  # 来自香港的20多家|新闻机构: a cut paragraph, not a title
        elif _SAYS_RE.search(b.text):
            kinds[i] = _PARAGRAPH  # 陳阿嬌笑著說：, a sentence going on into the quote
        elif b.indented and _CLAUSE_MARK_RE.search(b.text):
            # a first line short by the indent over a full one, and a clause: a paragraph's
            # start (a wrapped headline fills its first line)
            kinds[i] = _PARAGRAPH
    for i, b in enumerate(blocks):
        if kinds[i] is not _TITLE:
            continue
        if b.text.endswith(("：", ":")):
            kinds[i] = _INTERTITLE  # 代表容国栋：, a speaker's label; headlines do not end so
        elif not _is_title(blocks, kinds, i, spaced=spaced, mixed=mixed):
            kinds[i] = _INTERTITLE
    for i in range(len(blocks)):
        if kinds[i] in (_TITLE, _INTERTITLE) and _signs_off(blocks, kinds, i):
            kinds[i] = _BYLINE
        elif mixed:
            continue  # untangled columns put a lead's first piece between headlines
        elif kinds[i] is _PARAGRAPH and _headline_wrapped(blocks, kinds, i, max_title_chars):
            kinds[i] = _TITLE
        elif (
            kinds[i] is _INTERTITLE
            and blocks[i].text.endswith(("：", ":"))
            and i + 1 < len(blocks)
            and kinds[i + 1] is _TITLE
            and not _SAYS_RE.search(blocks[i].text)
        ):
            kinds[i] = _TITLE  # 聚焦民生实事：over a headline: a kicker, not a speaker's label
    if not mixed:
        for i in range(1, len(blocks) - 1):
            if kinds[i] is _PARAGRAPH and _between_halves(blocks, kinds, i):
                kinds[i] = _CAPTION
    # a block already of its kind (most: PARAGRAPH is the default) is kept, not copied
    out = [
        b if b.kind is k else raw_block_with(b, text=b.text, kind=k, raw=b.raw)
        for b, k in zip(blocks, kinds, strict=True)
    ]
    for i in reopen:
        out[i] = dataclasses.replace(out[i], open_end=True)
    # pieces an extractor gave apart: a byline or a lead cut in two, a caption in two
    return _join_captions(_join_cut_leads(_join_cut_bylines(out)))


# a clause's mark inside a block
_CLAUSE_MARK_RE = regex.compile(r"[，、；,;]")


def _between_halves(blocks: Sequence[RawBlock], kinds: Sequence[Kind], i: int) -> bool:
    """Is block ``i`` one short whole sentence, starting afresh, set between a paragraph left
    unfinished and a block that goes on in mid-sentence? Then it stands where a picture cut
    the paragraph: a caption printed with no mark (6月2日，市民在…选购时令蔬菜。)."""
    b, before, after = blocks[i], blocks[i - 1], blocks[i + 1]
    if not (
        kinds[i - 1] is _PARAGRAPH
        and kinds[i + 1] is _PARAGRAPH
        and before.open_end
        and not ends_final(before.text)
        and not _dateline_only(before.text)
        # hard-wrapped lines whose first is short by its indent begin a paragraph
        and (after.open_start or after.lines[1] == after.lines[0])
    ):
        return False
    if _caption_then_rest(b.text, after.text):
        return True
    # a sentence that opens no way in particular (市民在…挑选图书。) where the block after it
    # plainly finishes the cut one (轮换一|次。) and it does not; long enough to say what a
    # picture shows (not 来？, a question's last word)
    return (
        len(b.text) >= _CAPTION_MIN
        and starts_mid_sentence(b.text) <= 0.5
        and (word_across(before.text, after.text) or starts_mid_sentence(after.text) >= 0.95)
        and not word_across(before.text, b.text)
        and _caption_then_rest(b.text, after.text, afresh=False)
    )


def _caption_then_rest(text: str, after: str, *, afresh: bool = True) -> bool:
    """Is ``text`` one short whole sentence (starting afresh, if ``afresh``) and ``after`` a
    block going on in mid-sentence: a caption set where a picture cut a paragraph, and the
    paragraph's rest?"""
    return (
        len(text) <= _CAPTION_MAX
        and ends_final(text)
        and text.count("。") + text.count("！") + text.count("？") == 1
        and not _is_lead(text)
        and (not afresh or starts_mid_sentence(text) <= 0.1)
        and starts_mid_sentence(after) >= 0.5
        and not _is_lead(after)
    )


def _marked_names(text: str) -> bool:
    """A box mark and names (□ 李明): a columnist's byline under a headline; in the text the
    same shape is a marked intertitle (■ 常态化), so only the place tells."""
    return text[:1] in "□■●◎" and _looks_like_names(text[1:].strip())


def _headline_wrapped(blocks: Sequence[RawBlock], kinds: Sequence[Kind], i: int, limit: int) -> bool:
    """A headline line ending in a comma over another headline line: a headline or deck
    wrapped after its comma (…改造全面提速 | 今年完成改造项目120个，| 惠及居民3万户), not a
    paragraph. Above it stands a headline, the page's top or furniture, or a finished story.
    It holds one clause: a paragraph cut at a column end (…一位码头工人表示，) holds more."""
    t = blocks[i].text
    if not (
        i < len(blocks) - 1
        and kinds[i + 1] is _TITLE
        and t.endswith(("，", ","))
        and not _CLAUSE_MARK_RE.search(t[:-1])
        and looks_like_headline(t[:-1], max_chars=limit)
        and not _OPENING_RE.match(t)  # 据介绍，: a sentence's opening
        and not _is_lead(t)
    ):
        return False
    prev = i - 1
    while prev >= 0 and kinds[prev] in (_FURNITURE, _JUMP):
        prev -= 1
    return (
        prev < 0
        or kinds[prev] is _TITLE
        or (kinds[prev] is _PARAGRAPH and ends_final(blocks[prev].text))
    )


def _signs_off(blocks: Sequence[RawBlock], kinds: Sequence[Kind], i: int) -> bool:
    """A box mark and names after the last paragraph of a story (…的意见。| □李明): its
    writer signing off, not an intertitle, which always has text under it."""
    if not _marked_names(blocks[i].text):
        return False
    prev = next(
        (kinds[j] for j in range(i - 1, -1, -1) if kinds[j] not in (_FURNITURE, _JUMP)), None
    )
    return prev in (_PARAGRAPH, _CAPTION) and _next_kind(kinds, i) in (None, _TITLE, _JUMP)


def _dateline_only(text: str) -> bool:
    """A dateline on a line of its own (〔記者王小明／台北報導〕): it ends no sentence, yet the
    text under it starts one."""
    if not _is_lead(text):
        return False
    lead = parse_lead(text)
    return lead is not None and not lead.rest


def _merged(a: RawBlock, b: RawBlock, kind: Kind, *, raw: str | None = None) -> RawBlock:
    """One block of ``a`` and the later ``b`` (two pieces of one printed thing)."""
    if raw is None:
        raw = (a.raw or a.text) + (b.raw or b.text)
    span = (a.lines[0], b.lines[1])
    return RawBlock(
        a.text + b.text,
        span,
        kind,
        a.open_start,
        b.open_end,
        a.gap_before,
        raw,
        a.wide or b.wide,
        a.follows_end,
        a.indented,
    )


def _depth(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _join_cut_leads(blocks: list[RawBlock]) -> list[RawBlock]:
    """A lead cut inside its bracketed credits (江门日报讯（文/图 记 … 者/张婉仪 通讯员/伍嘉欣）),
    its rest given a few blocks on, is one paragraph again: the first later block that closes
    the bracket, with no sentence before the close, is that rest."""
    out = list(blocks)
    i = 0
    while i < len(out):
        a = out[i]
        if a.kind is _PARAGRAPH and _depth(a.text) > 0 and _is_lead(a.text):
            for j in range(i + 1, min(len(out), i + 5)):
                b = out[j]
                close = min((k for k in (b.text.find("）"), b.text.find(")")) if k >= 0), default=-1)
                if b.kind in (_FURNITURE, _JUMP) or close < 0 or _depth(b.text) >= 0:
                    continue
                if _SENTENCE_MARK_RE.search(b.text[:close]):
                    continue
                out[i] = _merged(a, b, _PARAGRAPH)
                del out[j]
                break
        i += 1
    return out


# a byline that ends one character into a name (记者：黎): names have two or more
_CUT_NAME_END_RE = regex.compile(rf"(?:{_ROLE_ALT})\s*[：:/／]?\s*{_H}\Z")
# ...and the rest of that name starting a short line, alone, before more names or before the
# next role (嘉恒 通讯员：…, 欣妍 周若溪 林子航)
_NAME_REST_RE = regex.compile(
    rf"\A{_H}{{1,3}}(?:[ \u3000]+{_H}{{1,4}})*\s*(?:\Z|(?:{_ROLE_ALT}))"
)
# a line of names only: the byline's names going on (赵俊熙 区雅琳 钟晓彤 何宇)
_NAMES_ONLY_RE = regex.compile(rf"\A{_H}{{1,4}}(?:[ \u3000]+{_H}{{1,4}})*\s*\Z")
_BYLINE_REACH = 10


def _join_cut_bylines(blocks: list[RawBlock]) -> list[RawBlock]:
    """A byline wrapped inside a name whose next lines an extractor gave a few blocks on
    (文/记者：黎 … 嘉恒 通讯员：粤消宣; 小记者 黄 … 欣妍 周若溪 … 何宇 … 轩) is one byline;
    several take their rests in order."""
    cut = [
        i
        for i, b in enumerate(blocks)
        if b.kind is _BYLINE and _CUT_NAME_END_RE.search(b.raw or b.text)
    ]
    if not cut:
        return blocks
    parts: dict[int, list[int]] = {}  # byline block -> the blocks that go on with it
    used: set[int] = set()
    for i in cut:
        pos, pattern = i, _NAME_REST_RE
        while True:
            j = next(
                (
                    j
                    for j in range(pos + 1, min(len(blocks), pos + _BYLINE_REACH))
                    if j not in used
                    and blocks[j].kind not in (_FURNITURE, _JUMP, _BYLINE)
                    and not wider_than(blocks[j].text, 24)
                    and pattern.match(_close_role_spaces(blocks[j].raw or blocks[j].text))
                ),
                None,
            )
            if j is None:
                break
            parts.setdefault(i, []).append(j)
            used.add(j)
            if not _NAMES_ONLY_RE.match(blocks[j].raw or blocks[j].text):
                break  # a role follows the names: the byline's lines end there
            pos, pattern = j, _NAMES_ONLY_RE
    if not parts:
        return blocks
    merged: dict[int, RawBlock] = {}
    for i, js in parts.items():
        a = blocks[i]
        for n, j in enumerate(js):
            b = blocks[j]
            raw, piece = a.raw or a.text, (b.raw or b.text).strip()
            # a name cut in two closes up; whole names on the next line stay apart
            whole = n and len(raw.split()[-1]) > 1 and len(piece.split()[0]) > 1
            a = _merged(a, b, _BYLINE, raw=raw + (" " if whole else "") + piece)
        merged[i] = a
    return [merged.get(i, b) for i, b in enumerate(blocks) if i not in used]


def _join_captions(blocks: list[RawBlock]) -> tuple[RawBlock, ...]:
    """One caption printed as a sentence of context and then 图为…, found as two, is one."""
    out: list[RawBlock] = []
    for i, b in enumerate(blocks):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind is _CAPTION
            and b.kind is _CAPTION
            and b.text.startswith(("图为", "圖為"))
            and b.lines[0] - prev.lines[1] <= 2
            and prev.text.endswith(("。", "！"))
            and not _caption_marked(prev.text)
        ):
            out[-1] = _merged(prev, b, _CAPTION)
        elif (
            prev is not None
            and prev.kind in (_PARAGRAPH, _CAPTION)
            and b.kind is _BYLINE
            and _is_photo_credit(b.raw or b.text)
            and b.lines[0] - prev.lines[1] <= 2
            and len(prev.text) <= _CAPTION_MAX
            and ends_final(prev.text)
            and not _caption_marked(prev.text)
            and _stands_apart(out, blocks, i)
        ):
            # a photo's credit on a block of its own (记者 孟凡舟 摄) ends the caption above it
            out[-1] = _merged(prev, b, _CAPTION)
        else:
            out.append(b)
    return tuple(out)


# a caption is a sentence or two; a longer block over a photo credit is the article's text
_CAPTION_MAX = 80
_CAPTION_MIN = 8


def _stands_apart(out: Sequence[RawBlock], blocks: Sequence[RawBlock], i: int) -> bool:
    """Is the block over the photo credit ``blocks[i]`` (``out[-1]``) apart from the text it
    could end: not under a body paragraph, or with the article's text going on after the
    credit? A short last paragraph over a credit at an article's end is kept as text."""
    before = out[-2] if len(out) > 1 else None
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return (before is None or before.kind is not _PARAGRAPH) or (
        after is not None and after.kind is _PARAGRAPH
    )


_CLAUSE_MARK_RE = regex.compile(r"[，,；;]")
# a clause of one character after a comma ends no headline: the line was cut (…提醒，乘|客可…)
_CUT_CLAUSE_RE = regex.compile(r"[，,；;]\p{Han}$")
# a verb of saying before the colon: the line introduces a quote, it labels nothing
_SAYS_RE = regex.compile(
    r"(?:说|說|表示|指出|介绍|介紹|称|稱|认为|認為|问|問|道|强调|強調|坦言|透露|回忆|回憶|建议|建議)[：:]$"
)


def _cut_paragraph(blocks: Sequence[RawBlock], kinds: Sequence[Kind], i: int) -> bool:
    """Is headline-like block ``i`` the first half of a paragraph cut at a column end?

    A headline may be followed by a body cut mid-sentence (杂，…: continued from another page),
    but never by a particle, which needs the words before it, nor by the rest of a word it cut
    (…上午的外|交部例行記者會…), perhaps with a caption or a page line between.
    """
    pictured = False  # a caption stands between the halves
    name_cut = _NAME_CUT_RE.search(blocks[i].text) is not None  # …市人大代表姚|春燕在…
    for j in range(i + 1, min(len(blocks), i + 4)):
        if kinds[j] in (_CAPTION, _FURNITURE, _JUMP):
            continue
        if kinds[j] is not _PARAGRAPH:
            return False
        nxt = blocks[j].text
        if j == i + 1 and (opens_with_particle(nxt) or number_runs_on(blocks[i].text, nxt)):
            return True  # …面积约|9.2万平方米, …只有8|摄氏度: the sentence goes on
        if name_cut and is_han(nxt[:1]) and not _is_lead(nxt):
            return True  # the rest of the name, however the sentence goes on
        # a lead or a plain sentence opening starts text of its own (工|本报讯 is no 工本)
        fresh = _is_lead(nxt) or starts_mid_sentence(nxt) <= 0.1
        # a clause cut where a text box ends (or where a picture cut it, its caption
        # between), the next box going on in mid-paragraph
        clause = (blocks[j].open_start or pictured) and _CLAUSE_MARK_RE.search(
            blocks[i].text
        ) is not None
        if not fresh and (
            clause
            or word_across(blocks[i].text, nxt)
            or (blocks[j].open_start and sentence_goes_on(blocks[i].text, nxt))
        ):
            return True
        if pictured or not _caption_between(blocks, i, j):
            return False
        pictured = True
    return False


# a person's title or calling, then one surname's character: a name cut at a line's end
# (…市人大代表姚 | 春燕在…); no headline ends so
_PERSON_NOUNS = (
    "代表", "委员", "委員", "书记", "書記", "主任", "市长", "市長", "县长", "縣長", "区长", "區長",
    "镇长", "鎮長", "村长", "村長", "局长", "局長", "处长", "處長", "科长", "科長", "校长", "校長",
    "院长", "院長", "所长", "所長", "站长", "站長", "厂长", "廠長", "会长", "會長", "队长", "隊長",
    "主席", "经理", "經理", "总监", "總監", "负责人", "負責人", "教授", "医生", "醫生", "老师",
    "老師", "记者", "記者", "民警", "市民", "村民", "居民", "师傅", "師傅", "阿姨", "大爷", "大爺",
)
_NAME_CUT_RE = regex.compile(
    "(?:" + "|".join(_PERSON_NOUNS) + ")[" + "".join(sorted(_SURNAMES)) + r"]\Z"
)


def _caption_between(blocks: Sequence[RawBlock], i: int, j: int) -> bool:
    """Is block ``j``, after headline-like block ``i``, one short sentence set where a picture
    cut a paragraph, the block after it going on in mid-sentence (…可根据土壤墒情自动 |
    3月11日，农户在…查看…。 | 调节供水量，…)?"""
    return (
        j + 1 < len(blocks)
        and not ends_final(blocks[i].text)
        # (the half above is a headline-like line: how the caption opens is not asked)
        and _caption_then_rest(blocks[j].text, blocks[j + 1].text, afresh=False)
    )


# how many blocks further on the rest of a paragraph cut at a column end is looked for
_FAR_REACH = 60


def _far_tails(blocks: Sequence[RawBlock], kinds: Sequence[Kind]) -> list[int]:
    """The paragraphs that may finish a cut far above: not the first under a headline or
    byline, in page order (for :func:`_finished_far_on`)."""
    return [
        j
        for j in range(1, len(blocks))
        if kinds[j] is _PARAGRAPH and kinds[j - 1] not in (_TITLE, _BYLINE)
    ]


def _finished_far_on(blocks: Sequence[RawBlock], tails: Sequence[int], i: int) -> bool:
    """Is headline-like block ``i`` a paragraph cut inside a word, finished further down the page
    after other articles (…林郁慧在上午的外 … 交部例行記者會上指出，…)?

    Only a long word across the cut counts (外|交部), with the cut not at a word's end, and only
    a paragraph that starts mid-sentence and does not open an article (``tails``).
    """
    head = blocks[i].text
    lex = lexicon()
    if head[-2:] in lex or " " in head:
        return False
    end = head[-3:]
    for k in range(bisect.bisect_right(tails, i), len(tails)):
        j = tails[k]
        if j >= i + _FAR_REACH:
            break
        tail = blocks[j].text
        if spans_word(end, tail[:3], lex) > 1.0 and starts_mid_sentence(tail) >= 0.5:
            return True
    return False


def _stands_under_picture(b: RawBlock) -> bool:
    """One sentence alone after a wide gap (where the picture was) is its caption."""
    return (
        b.gap_before >= 3
        and not wider_than(b.text, 80)
        and b.text.count("。") <= 1
        and b.text.endswith(("。", "！", "”"))
        and not _is_lead(b.text)
    )


def _wide_sentences(b: RawBlock) -> bool:
    """Sentences set wider than the body column: a caption under a picture (body text keeps
    to its column, and a headline has no full stop)."""
    return b.wide and not wider_than(b.text, 120) and ends_final(b.text) and "。" in b.text


def _by_header(blocks: Sequence[RawBlock], kinds: Sequence[Kind], i: int) -> bool:
    """Does a page header's date or page number stand right before or after block ``i``, and
    no text right after it (a short headline after the header heads the text under it)?"""
    if i + 1 < len(kinds) and kinds[i + 1] not in (_FURNITURE, _JUMP, _TITLE):
        return False
    return any(
        0 <= j < len(kinds)
        and kinds[j] is _FURNITURE
        and not _EDITOR_RE.match(blocks[j].text)
        and _HEADER_FIELD_RE.search(blocks[j].text) is not None
        for j in (i - 1, i + 1)
    )


# a date (2024年9月2日) or a page number (第2版, A07) in a page header
_HEADER_FIELD_RE = regex.compile(r"\d{4}年\d{1,2}月\d{1,2}日|第\s*\d+\s*版|^[A-Z]\d{1,2}$")


def _next_kind(kinds: Sequence[Kind], i: int) -> Kind | None:
    for j in range(i + 1, len(kinds)):  # no slice: a copy of the rest per block is quadratic
        if kinds[j] not in (_FURNITURE, _JUMP):
            return kinds[j]
    return None


_SPACED_HAN_RE = regex.compile(rf"{_H}[”’」]?\s+[“‘「]?{_H}")


def _blank_separated(blocks: Sequence[RawBlock]) -> bool:
    """Does the page leave a blank line between its blocks (paragraph-per-line e-paper text)?"""
    if len(blocks) < 6:
        return False
    return sum(1 for b in blocks[1:] if b.gap_before) >= 0.7 * (len(blocks) - 1)


def _closes_story(blocks: Sequence[RawBlock], kinds: Sequence[Kind], i: int) -> bool:
    """Is the byline ``blocks[i]`` printed after its story's text (（新华社记者 潘晴）), not
    under an editor's note or a first paragraph (编者按：… | 本报记者 X | a heading)?"""
    if not i or kinds[i - 1] not in (_PARAGRAPH, _CAPTION):
        return False
    if _WHOLE_BRACKETS_RE.fullmatch(blocks[i].text.strip()):
        return True
    # two blocks of text or more since the last headline
    k, text_blocks = i - 1, 0
    while k >= 0 and kinds[k] is not _TITLE:
        text_blocks += kinds[k] in (_PARAGRAPH, _CAPTION)
        k -= 1
    return text_blocks >= 2 and not blocks[i - 1].text.startswith(("编者按", "編者按"))


def _is_title(
    blocks: Sequence[RawBlock],
    kinds: Sequence[Kind],
    i: int,
    *,
    spaced: bool = False,
    mixed: bool = False,
) -> bool:
    text = blocks[i].text
    nxt = next(
        (j for j in range(i + 1, len(blocks)) if kinds[j] not in (_FURNITURE, _JUMP)), None
    )
    prev = next(
        (j for j in range(i - 1, -1, -1) if kinds[j] not in (_FURNITURE, _JUMP)), None
    )
    if nxt is None:
        return False  # nothing follows: a stray line, not an article
    if opens_with_particle(blocks[nxt].text):
        return False  # the next block finishes a sentence: this one is body text too
    # a jump line between this block and the next: where does it send the reader?
    went = (
        jump_direction(" ".join(blocks[j].text for j in range(i + 1, nxt)))
        if any(k is _JUMP for k in kinds[i + 1 : nxt])
        else None
    )
    if went == "to" and not mixed and prev is not None and kinds[prev] is _PARAGRAPH:
        return False  # …text | ■ 小标题 | （下转A4版）: its section goes on on that page
    if blocks[i].wide:
        return True  # wider than its column: it spans columns, as headlines do
    if i and kinds[i - 1] is _JUMP and jump_direction(blocks[i - 1].text) == "from":
        return True  # （上接第1版） just above: the rest of an article starts here
    if kinds[nxt] in (_TITLE, _BYLINE) or _is_lead(blocks[nxt].text):
        return True
    if kinds[nxt] is _CAPTION:
        return True  # a headline over a picture; an intertitle heads text
    if nxt == i + 1 and blocks[nxt].open_start and not mixed:
        return True  # an intertitle heads a new paragraph; text going on mid-paragraph was jumped to
    if went == "from":
        return True
    if prev is None or kinds[prev] in (_FURNITURE, _JUMP):
        return True
    if kinds[prev] is _TITLE:
        return True
    if kinds[prev] is _BYLINE and _closes_story(blocks, kinds, prev):
        return True  # credits printed after a story's text close it: a new story starts
    # where blocks stand apart, a heading set right on top of its text heads a section of it
    if spaced and nxt == i + 1 and not blocks[nxt].gap_before and kinds[nxt] is _PARAGRAPH:
        return False
    # an intertitle never interrupts a sentence: after an unfinished paragraph, it is a headline
    if kinds[prev] is _PARAGRAPH and blocks[prev].open_end:
        return True
    if _SUBTITLE_RE.search(text) or _SPACED_HAN_RE.search(text):
        return True
    return wider_than(text, 16)
