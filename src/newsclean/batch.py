"""Batch work shared by the CLI, the Dask bag and a Spark job: inputs, records, ordered map.

Everything here is a pure function of its arguments (and of the files it is told to read), so
it runs the same in one process, in ``--jobs N`` worker processes or on a cluster.
"""

from __future__ import annotations

import glob
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from .errors import NewscleanError
from .model import Document
from .options import Options
from .pipeline import parse

__all__ = [
    "PAGE_SUFFIXES",
    "STDIN",
    "done_sources",
    "drop_partial_line",
    "error_message",
    "expand_inputs",
    "is_glob",
    "ordered_map",
    "parse_record",
    "parse_source",
]

PAGE_SUFFIXES = (".txt", ".bin")
STDIN = "-"
_AHEAD_PER_JOB = 4  # inputs in flight per worker process: enough to keep them busy, no more

_T = TypeVar("_T")
_R = TypeVar("_R")


# ------------------------------------------------------------------------------ inputs


def expand_inputs(inputs: Sequence[str]) -> Iterator[str]:
    """Yield files as given, directories walked for page files (sorted), globs expanded.

    ``-`` (stdin) is kept; a glob that matches nothing is yielded as it is, so that it is
    reported as an input that could not be read rather than silently dropped.
    """
    for item in inputs:
        if item == STDIN:
            yield item
        elif os.path.isdir(item):
            yield from _walk(item)
        elif is_glob(item) and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            for match in matches:  # a directory matched by a glob is walked like one named
                yield from _walk(match) if os.path.isdir(match) else [match]
            if not matches:
                yield item
        else:
            yield item


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(PAGE_SUFFIXES):
                yield os.path.join(root, name)


def is_glob(item: str) -> bool:
    """Is ``item`` a pattern for ``glob`` rather than a name?"""
    return any(ch in item for ch in "*?[")


def done_sources(path: str) -> set[str]:
    """The ``source`` of every complete line of an earlier JSONL output (for ``--resume``)."""
    done: set[str] = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short when the last run was killed
                if isinstance(record, dict) and isinstance(record.get("source"), str):
                    done.add(record["source"])
    except FileNotFoundError:
        pass
    return done


def drop_partial_line(path: str, *, chunk: int = 1 << 16) -> None:
    """Cut a last line that a killed run left without its newline, so appending is safe."""
    try:
        f = open(path, "rb+")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return
    with f:
        end = f.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            start = max(0, pos - chunk)
            f.seek(start)
            block = f.read(pos - start)
            if pos == end and block.endswith(b"\n"):
                return
            newline = block.rfind(b"\n")
            if newline >= 0:
                f.truncate(start + newline + 1)
                return
            pos = start
        f.truncate(0)


# ------------------------------------------------------------------------------ records


def _read(source: str, data: bytes | None) -> bytes:
    return data if data is not None else Path(source).read_bytes()


def parse_source(source: str, data: bytes | None, options: Options) -> Document:
    """Parse ``data``, or the file ``source`` names when ``data`` is None."""
    return parse(_read(source, data), options=options)


def error_message(e: Exception) -> str:
    """One line saying why an input failed, for its record and for stderr."""
    if isinstance(e, (OSError, NewscleanError, LookupError, ValueError)):
        return str(e) or type(e).__name__
    # a bug; one bad page must not stop a batch of thousands, so it is reported like the rest
    return f"internal error: {type(e).__name__}: {e}"


def parse_record(
    source: str, *, options: Options | None = None, meta: bool = False, data: bytes | None = None
) -> dict[str, Any]:
    """Parse one input into a batch record: ``{"source", **to_dict()}`` or ``{"source", "error"}``.

    This is the record of ``--format jsonl``, the Dask bag and the Spark recipe. It is a pure
    function of the file's bytes (or ``data``) and picklable, so any executor can run it.

    >>> parse_record("missing.txt")["error"]
    "[Errno 2] No such file or directory: 'missing.txt'"
    """
    opts = options or Options()
    try:
        doc = parse_source(source, data, opts)
    except Exception as e:
        return {"source": source, "error": error_message(e)}
    return {"source": source, **doc.to_dict(meta=meta or opts.explain)}


# ------------------------------------------------------------------------------ map


def ordered_map(
    fn: Callable[[_T], _R], items: Iterable[_T], *, jobs: int, ahead: int | None = None
) -> Iterator[_R]:
    """``map(fn, items)`` in ``jobs`` processes: results in input order, ``ahead`` in flight.

    Unlike ``Pool.imap`` this never runs more than ``ahead`` items ahead of the consumer, so
    a slow writer or a huge batch does not pile results up in memory.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    limit = ahead or jobs * _AHEAD_PER_JOB
    ex = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[Future[_R]] = deque()
    try:
        for item in items:
            pending.append(ex.submit(fn, item))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        ex.shutdown(wait=True, cancel_futures=True)
