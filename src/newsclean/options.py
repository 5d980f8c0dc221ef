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

    def __post_init__(self) -> None:
        """Refuse a value of the wrong type or out of range, naming the option."""
        # names are checked here, once, so that a typo fails the job up front instead of
        # turning every record of a batch or a cluster run into an error
        from .convert import check_script
        from .decode import check_encoding

        if self.encoding is not None:
            if not isinstance(self.encoding, str):
                raise ValueError(f"encoding must be a codec name or None, not {self.encoding!r}")
            check_encoding(self.encoding)
        if self.errors not in ("strict", "replace"):
            raise ValueError(f"errors must be 'strict' or 'replace', not {self.errors!r}")
        if not isinstance(self.script, str):
            raise ValueError(f"script must be a string, not {self.script!r}")
        if self.script != "keep":
            check_script(self.script)
        for name in ("pangu_spacing", "explain"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be True or False, not {getattr(self, name)!r}")
        mtc = self.max_title_chars
        if isinstance(mtc, bool) or not isinstance(mtc, int) or mtc < 1:
            raise ValueError(f"max_title_chars must be a positive int, not {mtc!r}")
        jt = self.join_threshold
        if isinstance(jt, bool) or not isinstance(jt, (int, float)) or not 0.0 <= jt <= 1.0:
            raise ValueError(f"join_threshold must be a number from 0 to 1, not {jt!r}")


DEFAULT_OPTIONS = Options()
