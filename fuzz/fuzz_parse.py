"""Fuzz ``newsclean.parse`` and ``newsclean.normalize`` for a long run, outside CI (issue #6).

    python fuzz/fuzz_parse.py --examples 20000 --seed 1           # every target
    python fuzz/fuzz_parse.py --target bytes --target text -n 5000  # some of them

Targets (the inputs come from hypothesis; newspaper-like text from ``tests/strategies.py``):

* ``bytes``: arbitrary bytes, and generated pages encoded (UTF-8, GB18030, Big5-HKSCS, UTF-16,
  with or without a BOM), then corrupted or turned into mojibake;
* ``text``: arbitrary ``str`` (lone surrogates included);
* ``page``: generated pages (``page()``, ``structured_page()``), as ``str``;
* ``mixed``: page lines mixed with hostile fragments (open brackets, quotes, commas, captions,
  jump notes, replacement characters) and arbitrary text;
* ``flat``: generated pages whose line breaks were lost (made one space, or removed);
* ``normalize``: ``normalize`` alone on arbitrary text and generated pages.

Each ``parse`` case draws its options (``script``: keep, simplified, traditional, s2twp;
``errors``: replace, strict; ``encoding`` for bytes; ``explain``) and checks that

* nothing but :class:`newsclean.DecodeError` (only with ``errors="strict"``) and
  :class:`newsclean.UnsupportedInputError` (only for bytes with a binary magic number) escapes;
* ``Document.check`` passes on the normalized input (run on the ``script="keep"`` document;
  a document converted to simplified or traditional must hold as many letters, digits and
  Han characters; s2twp replaces words, so it is not counted);
* parsing twice gives the same JSON, and a sample of cases gives the same JSON in two fresh
  processes with hash seeds 1 and 2 (``--cross-process``);
* ``Document.from_dict(json.loads(doc.to_json(meta=True))) == doc``, and the plain contract
  ``to_dict()`` survives a JSON round trip.

``normalize`` cases check that no exception escapes and that no Han character is lost.

A failure is shrunk by hypothesis to a minimal input; the target is then run again with the
next seed, ignoring that failure, to look for others, until ``--examples`` cases have run.
The report gives, per failure, the minimal input, its options, the traceback head and a
one-line reproducer. Exit status 1 when any failure was found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from strategies import newspaper_line, page, structured_page  # noqa: E402

import newsclean  # noqa: E402
from newsclean import DecodeError, Document, UnsupportedInputError  # noqa: E402
from newsclean.decode import sniff_binary  # noqa: E402

SCRIPTS = ("keep", "simplified", "traditional", "s2twp")
# Conversions that keep the length of what they convert; s2twp swaps whole words for Taiwan's
# (控件 -> 控制項), so only these are held to the same count of characters.
CHARACTER_LEVEL = ("simplified", "traditional")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "big5hkscs", "utf-16", "utf-16-le", "utf-16-be")
FORCED = (None, None, None, None, "gbk", "big5", "utf-8", "utf-16")  # options.encoding
HOSTILE = ("（", "“", '"', "，", ",", "（（（", "“““", '"""', "））", "”", "图为", "记者 李明 摄")
HOSTILE += ("（上接第1版）", "（下转A4版）", "\ufffd", "\u3000", "\r", "——", "□", "…", "\x00", "\t")
_COUNTED_RE = regex.compile(r"[^\W_]")
_HAN_RE = regex.compile(r"\p{Han}")


# ----------------------------------------------------------------------------- inputs
def _options(*, for_bytes: bool) -> st.SearchStrategy[dict[str, Any]]:
    fields: dict[str, st.SearchStrategy[Any]] = {
        "script": st.sampled_from(SCRIPTS),
        "explain": st.booleans(),
    }
    if for_bytes:
        fields["errors"] = st.sampled_from(("replace", "strict"))
        fields["encoding"] = st.sampled_from(FORCED)
    return st.fixed_dictionaries(fields)


@st.composite
def _encoded_page(draw: st.DrawFn) -> bytes:
    """A generated page as bytes: encoded, maybe with bytes corrupted or as mojibake."""
    text = draw(st.one_of(page(), structured_page()))
    enc = draw(st.sampled_from(ENCODINGS))
    data = text.encode(enc, "replace")
    how = draw(st.sampled_from(("clean", "clean", "corrupt", "cut", "mojibake")))
    if how == "corrupt" and data:
        for _ in range(draw(st.integers(1, 4))):
            i = draw(st.integers(0, len(data) - 1))
            data = data[:i] + bytes([draw(st.integers(0, 255))]) + data[i + 1 :]
    elif how == "cut" and data:
        data = data[: draw(st.integers(0, len(data)))]
    elif how == "mojibake":
        wrong = draw(st.sampled_from(("gbk", "latin-1", "cp1252", "big5")))
        data = text.encode("utf-8").decode(wrong, "replace").encode("utf-8")
    return data


def _any_text(max_size: int = 3000) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=max_size),
        st.text(st.characters(exclude_categories=()), max_size=200),  # lone surrogates too
    )


@st.composite
def _mixed_page(draw: st.DrawFn) -> str:
    pieces = st.one_of(newspaper_line(), st.sampled_from(HOSTILE), st.text(max_size=20))
    lines = draw(st.lists(st.lists(pieces, max_size=4).map("".join), max_size=30))
    return draw(st.sampled_from(("\n", "\n\n", "\r\n"))).join(lines)


@dataclass(frozen=True)
class Target:
    name: str
    inputs: st.SearchStrategy[Any]
    check: Callable[..., None]


# ----------------------------------------------------------------------------- checks
def _counted(doc: Document) -> int:
    return len(_COUNTED_RE.findall("".join(doc.text_pieces())))


def _input_text(data: str | bytes, opts: dict[str, Any]) -> str:
    if isinstance(data, str):
        return data
    return newsclean.decode(
        data, encoding=opts.get("encoding"), errors=opts.get("errors", "replace")
    ).text


def check_parse(data: str | bytes, opts: dict[str, Any]) -> None:
    """The properties of one parse case; raises on the first one broken."""
    try:
        doc = newsclean.parse(data, **opts)
    except DecodeError:
        assert isinstance(data, bytes), "DecodeError for a str input"
        assert opts.get("errors") == "strict", "DecodeError with errors='replace'"
        return
    except UnsupportedInputError:
        assert isinstance(data, bytes), "UnsupportedInputError for a str input"
        assert sniff_binary(data) is not None, "UnsupportedInputError without a binary magic"
        return
    text = _input_text(data, opts)
    keep = doc if opts["script"] == "keep" else newsclean.parse(data, **opts | {"script": "keep"})
    keep.check(newsclean.normalize(text))
    if opts["script"] in CHARACTER_LEVEL:
        assert _counted(doc) == _counted(keep), (
            f"script={opts['script']}: {_counted(doc)} letters/digits/Han after conversion, "
            f"{_counted(keep)} before"
        )
    as_json = doc.to_json(meta=True)
    assert newsclean.parse(data, **opts).to_json(meta=True) == as_json, "not deterministic"
    assert Document.from_dict(json.loads(as_json)) == doc, "to_json(meta=True) round trip"
    plain = doc.to_dict()
    assert Document.from_dict(json.loads(json.dumps(plain))).to_dict() == plain, (
        "to_dict() round trip"
    )


def check_normalize(text: str) -> None:
    """normalize in both modes: no exception, no Han character lost or added."""
    want = Counter(_HAN_RE.findall(text))
    for keep_layout in (False, True):
        out = newsclean.normalize(text, keep_layout=keep_layout)
        assert isinstance(out, str)
        assert Counter(_HAN_RE.findall(out)) == want, f"Han characters changed ({keep_layout=})"
    assert newsclean.normalize_and_explain(text)[0] == newsclean.normalize(text), (
        "normalize_and_explain differs from normalize"
    )


TARGETS = {
    t.name: t
    for t in (
        Target(
            "bytes",
            st.tuples(
                st.one_of(st.binary(max_size=3000), _encoded_page()), _options(for_bytes=True)
            ),
            check_parse,
        ),
        Target("text", st.tuples(_any_text(), _options(for_bytes=False)), check_parse),
        Target(
            "page",
            st.tuples(st.one_of(page(), structured_page()), _options(for_bytes=False)),
            check_parse,
        ),
        Target("mixed", st.tuples(_mixed_page(), _options(for_bytes=False)), check_parse),
        Target(
            "flat",  # a page whose line breaks were lost: made one space, or gone
            st.tuples(
                st.tuples(st.one_of(page(), structured_page()), st.sampled_from((" ", ""))).map(
                    lambda p: p[1].join(p[0].split())
                ),
                _options(for_bytes=False),
            ),
            check_parse,
        ),
        Target(
            "normalize",
            st.one_of(_any_text(), page(), _mixed_page()).map(lambda t: (t, None)),
            lambda text, _: check_normalize(text),
        ),
    )
}


# ----------------------------------------------------------------------------- running
@dataclass
class Failure:
    key: str
    data: Any
    opts: dict[str, Any] | None
    error: str
    trace: list[str]


@dataclass
class Run:
    target: Target
    cases: int = 0
    failures: dict[str, Failure] = field(default_factory=dict)
    shrunk: set[str] = field(default_factory=set)  # reported by hypothesis: skipped from then on
    samples: list[tuple[Any, Any]] = field(default_factory=list)
    seconds: float = 0.0


def _key(e: BaseException) -> str:
    """Tell failures apart: the check that failed, or where in newsclean the error was raised."""
    frames = traceback.extract_tb(e.__traceback__)
    inside = [f for f in frames if "/newsclean/" in f.filename.replace(os.sep, "/")]
    if isinstance(e, AssertionError) and inside and inside[-1].name == "check":
        return "AssertionError: characters lost (Document.check)"
    if isinstance(e, AssertionError) and not inside:
        return f"AssertionError: {str(e).split(':')[0][:60]}"
    where = inside[-1] if inside else frames[-1]
    return f"{type(e).__name__} at {Path(where.filename).name}:{where.name}:{where.lineno}"


def run_target(target: Target, examples: int, seed: int, samples: int) -> Run:
    """Run ``examples`` cases of ``target``; after each failure found, go on with the next seed."""
    run = Run(target)
    t0 = time.perf_counter()
    for attempt in range(100):
        if run.cases >= examples:
            break

        @settings(
            max_examples=examples - run.cases,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
            report_multiple_bugs=False,
            print_blob=False,
        )
        @hypothesis_seed(seed + attempt)
        @given(target.inputs)
        def case(args: tuple[Any, Any]) -> None:
            data, opts = args
            run.cases += 1
            if len(run.samples) < samples:
                run.samples.append((data, opts))
            try:
                target.check(data, opts)
            except Exception as e:
                key = _key(e)
                if key in run.shrunk:
                    return  # found and shrunk by an earlier attempt: look for others
                trace = traceback.format_exception(e)
                error = f"{type(e).__name__}: {e}"[:500]
                # the last one recorded is the one hypothesis shrank to
                run.failures[key] = Failure(key, data, opts, error, trace)
                raise

        try:
            case()
        except Exception as e:
            key = _key(e)
            if key not in run.failures:  # hypothesis's own error, e.g. a flaky failure
                run.failures[key] = Failure(key, None, None, f"{type(e).__name__}: {e}"[:500], [])
            run.shrunk.add(key)
    run.seconds = time.perf_counter() - t0
    return run


def _digest(data: Any, opts: Any) -> str | None:
    """A hash of what one case gives; ``None`` if it raises (a failure reported elsewhere)."""
    try:
        if opts is None:
            out = newsclean.normalize(data)
        else:
            try:
                out = newsclean.parse(data, **opts).to_json(meta=True)
            except (DecodeError, UnsupportedInputError) as e:
                out = type(e).__name__
    except Exception:
        return None
    return hashlib.sha256(out.encode("utf-8", "surrogatepass")).hexdigest()


def cross_process(samples: list[tuple[Any, Any]]) -> list[int] | str:
    """Indices of samples whose result differs between two fresh processes, hash seeds 1 and 2.

    Both children load the code as it is now, so an edit of ``src`` during a long run does not
    show up as a difference (as it would against this process, which loaded it at the start).
    Returns the child's error instead if one cannot run (twice: ``src`` may be mid-edit).
    """
    digests = []
    for hash_seed in ("1", "2"):
        for _ in range(2):
            p = subprocess.run(
                [sys.executable, __file__, "--replay"],
                input=pickle.dumps(samples),
                capture_output=True,
                env=dict(os.environ, PYTHONHASHSEED=hash_seed),
                check=False,
            )
            if p.returncode == 0:
                break
        else:
            return p.stderr.decode("utf-8", "replace")[-2000:]
        digests.append(pickle.loads(p.stdout))
    return [i for i, (a, b) in enumerate(zip(*digests, strict=True)) if a != b]


def _replay() -> None:
    samples = pickle.loads(sys.stdin.buffer.read())
    sys.stdout.buffer.write(pickle.dumps([_digest(d, o) for d, o in samples]))


def _show(value: Any, limit: int = 3000) -> str:
    r = repr(value)
    return r if len(r) <= limit else r[:limit] + f"... ({len(r)} chars)"


def report(runs: list[Run], drift: dict[str, list[int] | str]) -> int:
    total = sum(r.cases for r in runs)
    print(f"\n{total} cases run")
    for r in runs:
        print(
            f"  {r.target.name:10} {r.cases:7} cases  {len(r.failures)} failure(s)  {r.seconds:.0f} s"
        )
    n = 0
    for r in runs:
        for f in r.failures.values():
            n += 1
            print(f"\n=== failure {n}: target {r.target.name}: {f.key}")
            print(f"input:   {_show(f.data)}")
            print(f"options: {f.opts}")
            print(f"error:   {f.error}")
            print("traceback (innermost frames):")
            print("".join(f.trace[-6:]).rstrip())
            if f.opts is None:
                print(f"repro:   newsclean.normalize({_show(f.data)})")
            else:
                print(f"repro:   newsclean.parse({_show(f.data)}, **{f.opts!r})")
    for name, bad in drift.items():
        if isinstance(bad, str):
            n += 1
            print(f"\n=== failure {n}: target {name}: the cross-process check could not run")
            print(bad.rstrip())
            continue
        run = next(r for r in runs if r.target.name == name)
        for i in bad[:5]:
            n += 1
            data, opts = run.samples[i]
            print(f"\n=== failure {n}: target {name}: differs between hash seeds 1 and 2")
            print(f"input:   {_show(data)}\noptions: {opts}")
    if not n:
        print("no failures")
    return 1 if n else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", "--examples", type=int, default=2000, help="cases per target")
    ap.add_argument("--seed", type=int, default=0, help="hypothesis seed (then seed+1, ...)")
    ap.add_argument(
        "--target", action="append", choices=sorted(TARGETS), help="repeatable; default all"
    )
    ap.add_argument(
        "--cross-process",
        type=int,
        default=200,
        metavar="K",
        help="re-run the first K cases of each target in a process with another hash seed",
    )
    ap.add_argument("--replay", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.replay:
        _replay()
        return 0
    runs = []
    drift: dict[str, list[int] | str] = {}
    for name in args.target or list(TARGETS):
        print(f"{name}: {args.examples} cases, seed {args.seed} ...", flush=True)
        run = run_target(TARGETS[name], args.examples, args.seed, args.cross_process)
        runs.append(run)
        print(f"{name}: {run.cases} cases, {len(run.failures)} failure(s)", flush=True)
        if run.samples:
            drift[name] = cross_process(run.samples)
    return report(runs, drift)


if __name__ == "__main__":
    sys.exit(main())
