"""One frozen object holding every option and heuristic threshold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Script = Literal["keep", "simplified", "traditional"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Options for :func:`newsclean.parse`; vary them with ``dataclasses.replace``.

    Attributes:
        encoding: decode bytes with this codec instead of detecting one.
        errors: ``"replace"`` (default) keeps going on undecodable bytes and reports how many
            characters were replaced; ``"strict"`` raises :class:`newsclean.DecodeError`.
        script: ``"keep"`` (default) leaves the page's script alone; ``"simplified"`` or
            ``"traditional"`` convert it with OpenCC, or name an OpenCC config (``"s2tw"``).
            Names in credits and datelines are never converted.
        pangu_spacing: add a space between Chinese and Latin letters or digits (off: mainland
            print style has none).
        max_title_chars: a line longer than this is never taken for a headline.
        join_threshold: the lowest score at which two column pieces are rejoined into one
            paragraph (0..1). Lower joins more, and risks gluing unrelated paragraphs.
        explain: record every step that changed something in ``Document.trace``.
    """

    encoding: str | None = None
    errors: Literal["strict", "replace"] = "replace"
    script: str = "keep"
    pangu_spacing: bool = False
    max_title_chars: int = 48
    join_threshold: float = 0.5
    explain: bool = False


DEFAULT_OPTIONS = Options()
