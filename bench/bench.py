"""Benchmark newsclean: throughput against ftfy, stage shares, memory, scaling, bad inputs.

    python bench/bench.py                 # full: ~10 MB corpus, median of 5 runs
    python bench/bench.py --quick         # ~1 MB, 3 runs, smaller adversarial inputs
    python bench/bench.py --json OUT      # also write every figure as JSON
    python bench/bench.py --profile       # cProfile the pipeline on the corpus, print hotspots

The corpus is built in memory from ``fixtures/pages/*`` only (never from the evaluation set):
the pages are repeated with their blocks shuffled until there are ~10 MB of UTF-8, and the
same pages are encoded as GBK and, converted to Traditional with OpenCC, as Big5-HKSCS.
A second corpus, the hand-made extractor-style pages of ``fixtures/extractors/`` (hard-wrapped
and with columns mixed line by line) repeated whole to ~1 MB, measures the column untangling.
Speed is reported as a ratio against ``ftfy.fix_text`` run on the same text in the same
process, so the figures mean the same on any machine.  Nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsclean
from newsclean import pipeline
from newsclean.convert import convert_script
from newsclean.decode import decode
from newsclean.options import DEFAULT_OPTIONS, Options

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "fixtures" / "pages"
EXTRACTORS_DIR = ROOT / "fixtures" / "extractors"
# the styles whose lines are printed column lines: mixed (the first two) or hard-wrapped
EXTRACTOR_STYLES = ("pdfminer-noflow", "pdftotext-layout", "pdfminer", "pdftotext-raw")
MB = 1_000_000
TARGETS = {"utf-8": 12.0, "gbk": 8.0, "big5": 8.0}
SCALING_LIMIT = 12.0
STAGES = (*pipeline.STAGES, "serialize")


@dataclass(frozen=True)
class Config:
    """How big and how often: the full run, or ``--quick``."""

    corpus_bytes: int
    runs: int
    stage_sample: int  # every n-th page for the stage breakdown
    scaling_n: int
    adversarial_scale: float  # 1.0 = the sizes of the issue
    timeout: float  # per adversarial subprocess
    extractor_bytes: int  # the extractor-style corpus


FULL = Config(10 * MB, 5, 4, 16, 1.0, 180.0, 1 * MB)
QUICK = Config(1 * MB, 3, 2, 8, 0.1, 60.0, 1 * MB)


# ---------------------------------------------------------------------------------- corpus


@dataclass
class Corpus:
    """The same pages as text and as bytes in one encoding."""

    name: str
    texts: list[str]
    data: list[bytes]
    dropped_chars: int = 0

    @property
    def nbytes(self) -> int:
        return sum(map(len, self.data))


def load_sources() -> list[str]:
    """The text of every page in ``fixtures/pages`` (``.txt``/``.bin``, any encoding)."""
    paths = sorted(p for p in PAGES_DIR.iterdir() if p.suffix in (".txt", ".bin"))
    if not paths:
        sys.exit(f"bench: no pages in {PAGES_DIR}")
    return [decode(p.read_bytes(), errors="replace").text for p in paths]


def shuffle_page(text: str, rng: random.Random) -> str:
    """A page like ``text``: its first block (the headline) kept, the other blocks shuffled."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    head, rest = blocks[:1], blocks[1:]
    rng.shuffle(rest)
    return "\n\n".join(head + rest) + "\n"


def build_texts(
    sources: Sequence[str], target_bytes: int, *, page_bytes: tuple[int, int] = (8_000, 24_000)
) -> list[str]:
    """Pages until ``target_bytes`` of UTF-8, each 8-24 kB like a real broadsheet page.

    A page is fixture pages drawn at random (a seeded generator: the corpus is the same on
    every run), each with its blocks shuffled, until it reaches its drawn size.
    """
    rng = random.Random(5)
    texts: list[str] = []
    total = 0
    while total < target_bytes:
        want = rng.randint(*page_bytes)
        parts: list[str] = []
        size = 0
        while size < want:
            part = shuffle_page(rng.choice(sources), rng)
            parts.append(part)
            size += len(part.encode("utf-8"))
        page = "\n".join(parts)
        texts.append(page)
        total += len(page.encode("utf-8"))
    return texts


def encodable(text: str, encoding: str) -> tuple[str, int]:
    """``text`` without the characters ``encoding`` cannot encode, and how many were dropped.

    Dropping (rather than ``errors="replace"``) keeps the bytes valid in the codec, so the
    benchmark measures decoding real GBK/Big5, not pages full of ``?``.
    """
    try:
        text.encode(encoding)
        return text, 0
    except UnicodeEncodeError:
        pass
    kept = []
    for ch in text:
        try:
            ch.encode(encoding)
        except UnicodeEncodeError:
            continue
        kept.append(ch)
    return "".join(kept), len(text) - len(kept)


def extractor_corpus(target_bytes: int) -> Corpus:
    """The extractor-style pages of ``fixtures/extractors/`` repeated whole (never shuffled:
    their lines are what the column untangling works on) until ``target_bytes``."""
    paths = sorted(
        p for p in EXTRACTORS_DIR.glob("*.txt") if p.name.split(".")[1] in EXTRACTOR_STYLES
    )
    if not paths:
        sys.exit(f"bench: no extractor pages in {EXTRACTORS_DIR}")
    pages = [p.read_bytes() for p in paths]
    data: list[bytes] = []
    while sum(map(len, data)) < target_bytes:
        data += pages
    return Corpus("extract", [decode(d).text for d in data], data)


def build_corpora(texts: Sequence[str]) -> list[Corpus]:
    """UTF-8, GBK and Big5-HKSCS copies of ``texts``.

    The Big5 pages are converted to Traditional first with OpenCC ``s2tw``: plain ``s2t``
    gives variants such as 爲 that Big5 lacks (Big5 pages print 為), which would be dropped.
    """
    corpora = [Corpus("utf-8", list(texts), [t.encode("utf-8") for t in texts])]
    for name, codec, convert in (("gbk", "gbk", False), ("big5", "big5hkscs", True)):
        out_texts, out_data, dropped = [], [], 0
        for t in texts:
            src = convert_script(t, to="s2tw") if convert else t
            kept, n = encodable(src, codec)
            out_texts.append(kept)
            out_data.append(kept.encode(codec))
            dropped += n
        corpora.append(Corpus(name, out_texts, out_data, dropped))
    return corpora


# ---------------------------------------------------------------------------------- timing


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    """Median wall time of ``runs`` calls of ``fn`` (a collection before each)."""
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def paired_median_times(
    a: Callable[[], object], b: Callable[[], object], runs: int
) -> tuple[tuple[float, list[float]], tuple[float, list[float]]]:
    """Median times of ``a`` and of ``b``, run alternately so that a busy machine slows both."""
    times_a: list[float] = []
    times_b: list[float] = []
    for _ in range(runs):
        times_a += median_time(a, 1)[1]
        times_b += median_time(b, 1)[1]
    return (statistics.median(times_a), times_a), (statistics.median(times_b), times_b)


def parse_all(data: Iterable[bytes]) -> None:
    for d in data:
        newsclean.parse(d)


def ftfy_all(texts: Iterable[str]) -> None:
    import ftfy

    for t in texts:
        ftfy.fix_text(t)


def throughput(corpora: Sequence[Corpus], runs: int) -> list[dict[str, Any]]:
    """parse() on each corpus' bytes vs ftfy.fix_text() on the same text, median of runs.

    The two are timed alternately (parse, ftfy, parse, ...) so that their ratio holds even
    when other work on the machine slows some of the runs.
    """
    rows = []
    for c in corpora:
        (parse_s, parse_runs), (ftfy_s, ftfy_runs) = paired_median_times(
            lambda c=c: parse_all(c.data), lambda c=c: ftfy_all(c.texts), runs
        )
        nbytes = c.nbytes
        rows.append(
            {
                "encoding": c.name,
                "pages": len(c.data),
                "bytes": nbytes,
                "chars": sum(map(len, c.texts)),
                "dropped_chars": c.dropped_chars,
                "parse_s": parse_s,
                "parse_runs": parse_runs,
                "parse_mb_s": nbytes / MB / parse_s,
                "parse_pages_s": len(c.data) / parse_s,
                "ftfy_s": ftfy_s,
                "ftfy_runs": ftfy_runs,
                "ftfy_pages_s": len(c.data) / ftfy_s,
                # same pages, same text: the ratio of throughputs is the ratio of times
                "ratio": ftfy_s / parse_s,
                "target": TARGETS.get(c.name),
            }
        )
    return rows


NORMALIZE_MODES = (("default", False), ("keep_layout", True))


def normalize_all(texts: Iterable[str], *, keep_layout: bool) -> None:
    for t in texts:
        newsclean.normalize(t, keep_layout=keep_layout)


def normalize_throughput(corpus: Corpus, runs: int) -> list[dict[str, Any]]:
    """newsclean.normalize() vs ftfy.fix_text() on the same text, median of runs (issue #3).

    Both are text -> text clean-ups; ``keep_layout=True`` is the mode ``parse`` runs on the
    whole page (it keeps lines and spaces), the default the one it runs on each block.
    """
    rows = []
    nbytes = sum(len(t.encode("utf-8")) for t in corpus.texts)
    for mode, keep_layout in NORMALIZE_MODES:
        (norm_s, norm_runs), (ftfy_s, ftfy_runs) = paired_median_times(
            lambda k=keep_layout: normalize_all(corpus.texts, keep_layout=k),
            lambda: ftfy_all(corpus.texts),
            runs,
        )
        rows.append(
            {
                "encoding": corpus.name,
                "mode": mode,
                "bytes": nbytes,
                "normalize_s": norm_s,
                "normalize_runs": norm_runs,
                "normalize_mb_s": nbytes / MB / norm_s,
                "ftfy_s": ftfy_s,
                "ftfy_runs": ftfy_runs,
                "ftfy_mb_s": nbytes / MB / ftfy_s,
                "ratio": ftfy_s / norm_s,
            }
        )
    return rows


# ---------------------------------------------------------------------------------- stages


@dataclass
class StageClock:
    """Seconds spent per stage, summed over pages."""

    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    last: float = field(default_factory=time.perf_counter)

    def start(self) -> None:
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] += now - self.last
        self.last = now


def parse_in_stages(raw: bytes, clock: StageClock, opts: Options = DEFAULT_OPTIONS) -> str:
    """``newsclean.parse`` with a lap per stage (the real pipeline, with a clock); its JSON."""
    clock.start()
    doc = pipeline._parse(raw, opts, clock.lap)
    out = doc.to_json()
    clock.lap("serialize")
    return out


def decode_per_page(corpora: Sequence[Corpus], runs: int) -> list[dict[str, Any]]:
    """``newsclean.decode`` alone over each corpus (detection included): time per page."""
    rows = []
    for c in corpora:
        t, _ = median_time(lambda c=c: [newsclean.decode(d) for d in c.data], runs)
        rows.append({"input": c.name, "pages": len(c.data), "us_per_page": 1e6 * t / len(c.data)})
    return rows


def print_decode(rows: Sequence[dict[str, Any]], runs: int) -> None:
    print(f"\nDecode: newsclean.decode(bytes) per page, median of {runs} runs")
    for r in rows:
        print(f"  {r['input']:6} {r['us_per_page']:8.1f} us/page  ({r['pages']} pages)")


def stage_shares(corpora: Sequence[Corpus], every: int) -> dict[str, dict[str, float]]:
    """Seconds and share per stage, for every ``every``-th page of each corpus."""
    out = {}
    for c in corpora:
        clock = StageClock()
        for d in c.data[::every]:
            parse_in_stages(d, clock)
        total = sum(clock.seconds.values())
        out[c.name] = {s: clock.seconds[s] for s in STAGES} | {"total": total}
    return out


# ---------------------------------------------------------------------------------- memory


def peak_memory(corpus: Corpus) -> dict[str, Any]:
    """tracemalloc peak for the largest page, and for the corpus streamed page by page."""
    largest = max(corpus.data, key=len)
    gc.collect()
    tracemalloc.start()
    newsclean.parse(largest).to_json()
    _, page_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()
    tracemalloc.start()
    written = 0
    for d in corpus.data:
        written += len(newsclean.parse(d).to_json())  # serialized, then dropped: streaming
    _, stream_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "largest_page_bytes": len(largest),
        "largest_page_peak": page_peak,
        "stream_pages": len(corpus.data),
        "stream_bytes": corpus.nbytes,
        "stream_peak": stream_peak,
        "stream_output_chars": written,
    }


# ---------------------------------------------------------------------------------- scaling


def scaling(texts: Sequence[str], n: int, runs: int) -> dict[str, Any]:
    """Time to parse N and 10N distinct pages; the ratio should stay near 10 (limit 12)."""
    pages = [t.encode("utf-8") for t in texts]
    while len(pages) < 10 * n:
        pages += pages
    small, large = pages[:n], pages[: 10 * n]
    t_small, _ = median_time(lambda: parse_all(small), runs)
    t_large, _ = median_time(lambda: parse_all(large), runs)
    ratio = t_large / t_small
    return {
        "n": n,
        "t_n": t_small,
        "t_10n": t_large,
        "ratio": ratio,
        "limit": SCALING_LIMIT,
        "ok": ratio <= SCALING_LIMIT,
    }


# ---------------------------------------------------------------------------------- adversarial

_CAPTIONS = ("图为活动现场。记者 李明 摄", "推介会活动现场。受访供图", "▲志愿者在社区服务")
_HEADLINES = ("区委常委会会议召开", "全力做好防反弹防输入工作", "2小时内火速集结", "稻菽飘香")


def _fill(unit: str, nbytes: int) -> bytes:
    data = (unit * (nbytes // len(unit.encode("utf-8")) + 1)).encode("utf-8")[:nbytes]
    return data.decode("utf-8", "ignore").encode("utf-8")  # no character cut in half


def adversarial_input(name: str, size: int) -> bytes:
    """The pathological page ``name`` at ``size`` (bytes, or lines for ``one_char_lines``)."""
    if name == "single_line":
        flat = "".join(load_sources()).replace("\n", "").replace("\r", "")
        return _fill(flat, size)
    if name == "unbalanced_quotes":
        return _fill('他说"好的，“今天「明天（', size)
    if name == "ascii_commas":
        return b"," * size
    if name == "one_char_lines":
        return "字\n".encode() * size
    if name == "headline_lines":
        return _fill("".join(f"{h}\n\n" for h in _HEADLINES), size)
    if name == "caption_lines":
        return _fill("".join(f"{c}\n\n" for c in _CAPTIONS), size)
    raise ValueError(name)


ADVERSARIAL = (  # name, full size, unit
    ("single_line", 10 * MB, "B"),
    ("unbalanced_quotes", 1 * MB, "B"),
    ("ascii_commas", 1 * MB, "B"),
    ("one_char_lines", 100_000, "lines"),
    ("headline_lines", 1 * MB, "B"),
    ("caption_lines", 1 * MB, "B"),
)


def run_child(name: str, size: int) -> None:
    """In the subprocess: build the input, time one parse, print JSON."""
    data = adversarial_input(name, size)
    gc.collect()
    t0 = time.perf_counter()
    doc = newsclean.parse(data)
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "bytes": len(data), "articles": len(doc.articles)}))


def time_child(name: str, size: int, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", name, str(size)]
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"size": size, "seconds": None, "error": f"timeout after {timeout:.0f} s"}
    if p.returncode != 0:
        tail = (p.stderr.strip().splitlines() or ["?"])[-1]
        return {"size": size, "seconds": None, "error": f"exit {p.returncode}: {tail}"}
    res: dict[str, Any] = json.loads(p.stdout)
    return {"size": size, "wall": time.perf_counter() - t0} | res


def adversarial(scale: float, timeout: float) -> list[dict[str, Any]]:
    """Each pathological input at x/4 and x, each in a subprocess with a time limit."""
    rows = []
    for name, full, unit in ADVERSARIAL:
        size = max(4, int(full * scale))
        quarter = time_child(name, size // 4, timeout)
        whole = time_child(name, size, timeout)
        ratio = None
        if quarter.get("seconds") and whole.get("seconds"):
            ratio = whole["seconds"] / (4 * quarter["seconds"])
        rows.append(
            {"name": name, "unit": unit, "quarter": quarter, "whole": whole, "linearity": ratio}
        )
    return rows


# ---------------------------------------------------------------------------------- profile


def profile(corpora: Sequence[Corpus], every: int, top: int = 30) -> str:
    """cProfile of parse() over a sample of each corpus: functions by own time.

    One page is parsed first, unprofiled: the lexicon is loaded once per process (up to a
    second when its cache file is missing) and would otherwise top the list.
    """
    prof = cProfile.Profile()
    sample = [d for c in corpora for d in c.data[::every]]
    newsclean.parse(sample[0])
    prof.enable()
    for d in sample:
        newsclean.parse(d).to_json()
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


# ---------------------------------------------------------------------------------- report


def _ms(s: float | None) -> str:
    if s is None:
        return "—"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def _size(n: int, unit: str = "B") -> str:
    if unit != "B":
        return f"{n:,} {unit}"
    return f"{n / MB:.2f} MB" if n >= MB // 10 else f"{n / 1000:.0f} kB"


def print_throughput(rows: Sequence[dict[str, Any]], runs: int, title: str = "Throughput") -> None:
    print(f"\n{title}: parse(bytes) vs ftfy.fix_text(same text), median of {runs} runs")
    head = (
        f"{'input':<7}{'pages':>6}{'MB':>7}{'parse':>10}{'MB/s':>8}{'pages/s':>9}"
        f"{'ftfy':>10}{'ftfy pg/s':>10}{'parse/ftfy':>11}{'target':>8}  "
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        target = "—" if r["target"] is None else f"{r['target']:.0f}x"
        ok = "" if r["target"] is None else "ok" if r["ratio"] >= r["target"] else "BELOW"
        print(
            f"{r['encoding']:<7}{r['pages']:>6}{r['bytes'] / MB:>7.2f}{_ms(r['parse_s']):>10}"
            f"{r['parse_mb_s']:>8.2f}{r['parse_pages_s']:>9.1f}{_ms(r['ftfy_s']):>10}"
            f"{r['ftfy_pages_s']:>10.1f}{r['ratio']:>10.2f}x{target:>8}  {ok}"
        )
    for r in rows:
        if r["dropped_chars"]:
            print(f"  ({r['encoding']}: {r['dropped_chars']} unencodable characters dropped)")


def print_normalize(rows: Sequence[dict[str, Any]], runs: int) -> None:
    print(f"\nNormalize: normalize(text) vs ftfy.fix_text(same text), median of {runs} runs")
    head = (
        f"{'input':<7}{'mode':<13}{'MB':>6}{'normalize':>11}{'MB/s':>8}"
        f"{'ftfy':>10}{'MB/s':>8}{'normalize/ftfy':>16}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['encoding']:<7}{r['mode']:<13}{r['bytes'] / MB:>6.2f}{_ms(r['normalize_s']):>11}"
            f"{r['normalize_mb_s']:>8.2f}{_ms(r['ftfy_s']):>10}{r['ftfy_mb_s']:>8.2f}"
            f"{r['ratio']:>15.2f}x"
        )


def print_stages(shares: dict[str, dict[str, float]], every: int) -> None:
    print(f"\nTime share per stage (1 page in {every} of each corpus)")
    names = list(shares)
    print(f"{'stage':<18}" + "".join(f"{n:>16}" for n in names))
    for s in (*STAGES, "total"):
        cells = []
        for n in names:
            sec, total = shares[n][s], shares[n]["total"]
            cells.append(f"{_ms(sec):>9} {100 * sec / total:>5.1f}%")
        print(f"{s:<18}" + "".join(f"{c:>16}" for c in cells))


def print_memory(mem: dict[str, Any]) -> None:
    print("\nPeak memory (tracemalloc, UTF-8)")
    print(
        f"  largest page  {_size(mem['largest_page_bytes'])}: "
        f"peak {mem['largest_page_peak'] / MB:.2f} MB "
        f"({mem['largest_page_peak'] / mem['largest_page_bytes']:.0f}x the page)"
    )
    print(
        f"  whole corpus  {mem['stream_pages']} pages, {_size(mem['stream_bytes'])} streamed "
        f"page by page: peak {mem['stream_peak'] / MB:.2f} MB"
    )


def print_scaling(sc: dict[str, Any]) -> None:
    print("\nScaling (UTF-8 pages, median)")
    print(
        f"  N={sc['n']}: {_ms(sc['t_n'])}   10N={10 * sc['n']}: {_ms(sc['t_10n'])}   "
        f"ratio {sc['ratio']:.2f} (limit {sc['limit']:.0f})  {'ok' if sc['ok'] else 'OVER'}"
    )


def print_adversarial(rows: Sequence[dict[str, Any]], timeout: float) -> None:
    print(f"\nAdversarial inputs (one parse per subprocess, limit {timeout:.0f} s)")
    head = f"{'input':<20}{'x/4':>16}{'time':>11}{'x':>16}{'time':>11}{'linearity':>11}"
    print(head)
    print("-" * len(head))
    for r in rows:
        q, w = r["quarter"], r["whole"]
        lin = "—" if r["linearity"] is None else f"{r['linearity']:.2f}"
        print(
            f"{r['name']:<20}{_size(q['size'], r['unit']):>16}{_ms(q.get('seconds')):>11}"
            f"{_size(w['size'], r['unit']):>16}{_ms(w.get('seconds')):>11}{lin:>11}"
        )
        for part in (q, w):
            if part.get("error"):
                print(f"    {_size(part['size'], r['unit'])}: {part['error']}")
    print("  linearity = time(x) / (4 x time(x/4)); 1.0 is linear, 4.0 quadratic")


# ---------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="~1 MB corpus, 3 runs, small inputs")
    ap.add_argument("--json", metavar="OUT", help="write all figures as JSON here ('-' = stdout)")
    ap.add_argument("--profile", action="store_true", help="only profile the pipeline")
    ap.add_argument("--no-adversarial", action="store_true", help="skip the subprocess inputs")
    ap.add_argument("--child", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        run_child(args.child[0], int(args.child[1]))
        return 0
    cfg = QUICK if args.quick else FULL
    t_start = time.perf_counter()
    texts = build_texts(load_sources(), cfg.corpus_bytes)
    corpora = build_corpora(texts)
    if args.profile:
        print(profile(corpora, cfg.stage_sample))
        return 0

    import ftfy

    print(
        f"newsclean {newsclean.__version__}, ftfy {ftfy.__version__}, "
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs"
    )
    print(
        f"corpus: {len(texts)} pages from {PAGES_DIR.relative_to(ROOT)} "
        f"({', '.join(f'{c.name} {c.nbytes / MB:.2f} MB' for c in corpora)})"
    )

    results: dict[str, Any] = {"config": cfg.__dict__, "pages": len(texts)}
    results["throughput"] = throughput(corpora, cfg.runs)
    print_throughput(results["throughput"], cfg.runs)
    extract = extractor_corpus(cfg.extractor_bytes)
    results["extractor_throughput"] = throughput([extract], cfg.runs)
    print_throughput(results["extractor_throughput"], cfg.runs, "Extractor-style pages")
    print(
        f"  ({len(extract.data)} pages: {EXTRACTORS_DIR.relative_to(ROOT)}/*"
        f"{{{','.join(EXTRACTOR_STYLES)}}}.txt, repeated whole)"
    )
    results["normalize"] = normalize_throughput(corpora[0], cfg.runs)
    print_normalize(results["normalize"], cfg.runs)
    results["decode"] = decode_per_page(corpora, cfg.runs)
    print_decode(results["decode"], cfg.runs)
    results["stages"] = stage_shares(corpora, cfg.stage_sample)
    print_stages(results["stages"], cfg.stage_sample)
    results["memory"] = peak_memory(corpora[0])
    print_memory(results["memory"])
    results["scaling"] = scaling(texts, cfg.scaling_n, cfg.runs)
    print_scaling(results["scaling"])
    if not args.no_adversarial:
        results["adversarial"] = adversarial(cfg.adversarial_scale, cfg.timeout)
        print_adversarial(results["adversarial"], cfg.timeout)
    results["bench_seconds"] = time.perf_counter() - t_start
    print(f"\nbench took {results['bench_seconds']:.0f} s")
    if args.json:
        text = json.dumps(results, indent=1) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
