"""Exceptions newsclean raises on purpose. Anything else escaping is a bug."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class DecodeError(NewscleanError, ValueError):
    """Bytes that cannot be decoded in strict mode.

    Attributes:
        encoding: the codec that was tried.
        offset: the byte offset of the first undecodable byte.
        snippet: the bytes around it.
    """

    def __init__(self, encoding: str, offset: int, snippet: bytes, reason: str = "") -> None:
        self.encoding = encoding
        self.offset = offset
        self.snippet = snippet
        self.reason = reason
        msg = f"could not decode as {encoding} at byte {offset} ({snippet!r})"
        super().__init__(msg + (f": {reason}" if reason else ""))


class UnsupportedInputError(NewscleanError, ValueError):
    """Input that is not text at all (a PDF, an image, an archive...)."""

    def __init__(self, looks_like: str) -> None:
        self.looks_like = looks_like
        super().__init__(f"input looks like {looks_like}, not text; extract its text first")
