"""newsclean: clean, structured articles from the raw text of Chinese newspaper pages.

>>> import newsclean
>>> doc = newsclean.parse("区慈善会派发“暖心包”\\n江门日报讯(记者/陈婵)7月7日,共募集24.41万元。")
>>> doc.articles[0].credits[0].name, doc.articles[0].blocks[0].text
('陈婵', '7月7日，共募集24.41万元。')
"""

from .articles import Grouped, group_articles
from .classify import classify, line_role
from .convert import convert_script, detect_script
from .decode import Decoded, decode
from .errors import DecodeError, NewscleanError, UnsupportedInputError
from .layout import find_blocks, interleaved
from .lines import split_lines, unflatten
from .model import (
    Article,
    Block,
    BlockType,
    Credit,
    Document,
    Kind,
    Leftover,
    Line,
    RawBlock,
    Step,
)
from .normalize import normalize, normalize_and_explain
from .options import Options
from .pipeline import normalize_blocks, normalize_headlines, parse

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "BlockType",
    "Credit",
    "DecodeError",
    "Decoded",
    "Document",
    "Grouped",
    "Kind",
    "Leftover",
    "Line",
    "NewscleanError",
    "Options",
    "RawBlock",
    "Step",
    "UnsupportedInputError",
    "__version__",
    "classify",
    "convert_script",
    "decode",
    "detect_script",
    "find_blocks",
    "group_articles",
    "interleaved",
    "line_role",
    "normalize",
    "normalize_and_explain",
    "normalize_blocks",
    "normalize_headlines",
    "parse",
    "split_lines",
    "unflatten",
]
