"""Parse pages beyond one machine with Dask (``pip install 'newsclean[dask]'``).

Dask is imported when these functions are called, never when newsclean is imported, so the
base install does not need it.  The work is :func:`newsclean.batch.parse_record`, a pure,
picklable function of a page's bytes, so the bag runs on any scheduler: threads, processes,
a ``distributed.LocalCluster`` or a real cluster (``Client("tcp://scheduler:8786")``).  The
workers must see the paths (a shared file system), and have newsclean installed.

The records are those of ``newsclean parse --format jsonl``: ``{"source", **to_dict()}``, or
``{"source", "error"}`` for an input that failed; a failure never stops the bag.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from .batch import expand_inputs, parse_record
from .options import Options

__all__ = ["parse_bag", "write_jsonl"]

DEFAULT_PARTITION_SIZE = 64
"""Pages per partition: a few seconds of work per task, few enough tasks for the scheduler."""


def parse_bag(
    paths: Iterable[str],
    *,
    options: Options | None = None,
    meta: bool = False,
    partition_size: int = DEFAULT_PARTITION_SIZE,
) -> Any:
    """Return a lazy ``dask.bag.Bag`` of batch records, one per page, in input order.

    ``paths`` may hold files, directories and globs, expanded as the CLI does (on the client,
    so the order is fixed before anything runs).  Nothing is computed until the bag is.
    """
    db = _dask_bag()
    sources = list(expand_inputs(list(paths)))
    bag = db.from_sequence(sources, partition_size=max(1, partition_size))
    return bag.map(partial(parse_record, options=options or Options(), meta=meta))


def write_jsonl(
    paths: Iterable[str],
    out_dir: str | os.PathLike[str],
    *,
    options: Options | None = None,
    meta: bool = False,
    partition_size: int = DEFAULT_PARTITION_SIZE,
) -> list[str]:
    """Parse ``paths`` and write the records as ``out_dir/part-00000.jsonl``, … (UTF-8).

    Each partition is written by the worker that parsed it; the parts hold the inputs in
    order, so concatenating them in name order gives the CLI's ``--format jsonl`` output.
    Uses the current Dask scheduler (a ``distributed.Client`` if one is active).
    Returns the paths of the files written.
    """
    os.makedirs(out_dir, exist_ok=True)
    bag = parse_bag(paths, options=options, meta=meta, partition_size=partition_size)
    lines = bag.map(_to_line)
    pattern = os.path.join(os.fspath(out_dir), "part-*.jsonl")
    written: Sequence[str] = lines.to_textfiles(
        pattern, name_function=_part_name, encoding="utf-8", last_endline=True
    )
    # parts left by an earlier run over more partitions would be read as this run's output
    keep = {os.path.abspath(p) for p in written}
    for stale in glob.glob(pattern):
        if os.path.abspath(stale) not in keep:
            os.remove(stale)
    return sorted(written)


def _dask_bag() -> Any:
    """``dask.bag``, imported on first use; its API is untyped, so ``Any`` stops here."""
    import dask.bag

    return dask.bag


def _to_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _part_name(index: int) -> str:
    return f"{index:05d}"
