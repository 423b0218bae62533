"""How long the documents service takes to typeset a 公文 per GB/T 9704-2012, beside WeasyPrint
setting the same 正文 on the same page in the same run (issue 19: "choose on measured quality and
speed").

Each engine runs in a process of its own, so that its peak resident memory is its own: the first PDF
(which reads the system fonts), then N more of a 3-page and of a 30-page 正文, every paragraph's
Chinese text different from every earlier one's — Typst memoises layout across compilations in a
process, and an unchanged run of text would be laid out for free. Shuniu's figure is `typeset()` as the route calls it
(adapters/typesetting.py: Typst, 版头 and 版记 included); WeasyPrint's is the same title and
paragraphs as HTML with the same page, margins, font, size, line pitch and tracking in CSS, and no
版头 or 版记 (which only adds to Shuniu's time).

Quality is measured on each 30-page PDF with pdfplumber, against what the standard fixes (§5.2): a
full line of 28 characters, 22 lines on a full page, the 版心 37 mm from the top and 28 mm from the
left edge. Goal: p99 ≤ 1 s for 3 pages. Beside Typst's times, the time to write the OFD of its 3- and
30-page PDFs (shuniu_shared/ofd.py), which the OFD route adds to the typesetting, and what 用印 adds
to the 3-page 公文 in a process of its own: the PAdES seal and RSA-2048 signature on the PDF
(development certificate) and the SM2 seal on its OFD (GB/T 38540). Writes docs/bench/typesetting.md
and .json.

`uv run --frozen python -m bench.documents_typesetting [--runs N]`; `make bench` runs it too.
"""

from __future__ import annotations

import argparse
import html
import io
import multiprocessing
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pdfplumber
from shuniu_documents.adapters.signing import development_certificate, seal_as
from shuniu_documents.adapters.sm2_seal import development_sm2, seal_ofd
from shuniu_documents.adapters.typesetting import Imprint, typeset, typeset_for_sealing
from shuniu_documents.domain.body import DocumentBody, Level, Paragraph
from shuniu_documents.domain.letterhead import Format, Letterhead
from shuniu_shared.ofd import write_ofd
from shuniu_shared.typesetting import (
    AREA_HEIGHT,
    AREA_WIDTH,
    BODY_SIZE,
    CHARACTERS,
    DEFAULT_FONTS,
    LEFT,
    LINES,
    MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TITLE_SIZE,
    TOP,
)

from bench.common import machine, percentile, write_report

SENTENCE = "各乡镇人民政府县直各部门现将做好全县今冬明春农业生产工作的有关事项通知如下请认真贯彻执行"
PARAGRAPHS = {3: 8, 30: 125}  # paragraphs of three sentences that fill 3 and 30 pages of 正文
GOAL_MS = 1000  # p99 for 3 pages
IMPRINT = Imprint(
    letterhead=Letterhead.default(Format.DOCUMENT, "F县人民政府"),
    number="县府发〔2026〕7号",
    main_recipients=("各乡镇人民政府", "县直各部门"),
    copied=("县委办公室", "县人大常委会办公室"),
    printer="县政府办公室",
    printed_on=date(2026, 12, 3),
)


def body(pages: int, run: int) -> DocumentBody:
    paragraphs = [Paragraph("总体要求", Level.FIRST)] + [
        Paragraph(f"{rotated(SENTENCE * 3, run * 31 + i)}（{run}-{i}）。") for i in range(PARAGRAPHS[pages])
    ]
    return DocumentBody(
        title=f"关于做好全县今冬明春农业生产工作的通知（第{run}稿）",
        paragraphs=tuple(paragraphs),
        signatory="F县人民政府",
        written_on=date(2026, 12, 2),
    )


def rotated(text: str, by: int) -> str:
    """The sentence started elsewhere: Typst shapes a paragraph in runs of one script and memoises
    each run, so a Chinese run repeated word for word from an earlier document would cost nothing."""
    by %= len(text)
    return text[by:] + text[:by]


def with_typst(document: DocumentBody) -> bytes:
    return typeset(document, IMPRINT)


def with_weasyprint(document: DocumentBody) -> bytes:
    """The same page in CSS: A4, the 版心 156 × 225 mm at 37 mm / 28 mm, 3号 text on a pitch of
    225 mm / 22 and tracked so that 28 characters fill a line, as adapters/typesetting.py does."""
    import weasyprint  # a bench-only dependency: the service never imports it

    pitch_mm = AREA_HEIGHT / LINES
    tracking_pt = (AREA_WIDTH * MM - CHARACTERS * BODY_SIZE) / CHARACTERS - 0.001
    right, bottom = PAGE_WIDTH - LEFT - AREA_WIDTH, PAGE_HEIGHT - TOP - AREA_HEIGHT
    font = DEFAULT_FONTS["body"][0]
    paragraphs = "".join(
        f"<p>{html.escape(number)}{html.escape(paragraph.text)}</p>"
        for number, paragraph in zip(document.numbers, document.paragraphs, strict=True)
    )
    page = f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>
      @page {{ size: {PAGE_WIDTH}mm {PAGE_HEIGHT}mm; margin: {TOP}mm {right}mm {bottom}mm {LEFT}mm; }}
      body {{ margin: 0; font-family: "{font}"; font-size: {BODY_SIZE}pt; line-height: {pitch_mm}mm;
              letter-spacing: {tracking_pt}pt; text-align: justify; }}
      h1 {{ margin: 0; font-size: {TITLE_SIZE}pt; font-weight: 900; text-align: center;
            line-height: {pitch_mm * 1.5}mm; }}
      p {{ margin: 0; text-indent: 2em; }}
    </style></head><body><h1>{html.escape(document.title)}</h1>{paragraphs}
    <p style="text-align: right">{html.escape(document.signatory)}</p></body></html>"""
    pdf = weasyprint.HTML(string=page).write_pdf()
    assert isinstance(pdf, bytes)
    return pdf


ENGINES: dict[str, Callable[[DocumentBody], bytes]] = {"Typst": with_typst, "WeasyPrint": with_weasyprint}


def measure_engine(name: str, runs: int) -> dict[str, Any]:
    """In a child process: the engine's times, its 30-page PDF's measures, its peak memory."""
    render = ENGINES[name]
    started = time.perf_counter()
    render(body(3, 0))
    figures: dict[str, Any] = {"first_ms": (time.perf_counter() - started) * 1000}
    for pages in PARAGRAPHS:
        times, pdf = [], b""
        for run in range(1, runs + 1):
            started = time.perf_counter()
            pdf = render(body(pages, run))
            times.append((time.perf_counter() - started) * 1000)
        figures[f"pages_{pages}"] = {"p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99)}
        figures[f"pages_{pages}"] |= page_measures(pdf)
        if name == "Typst":  # the OFD is written from Shuniu's PDF (shuniu_shared/ofd.py), not WeasyPrint's
            write_ofd(pdf)  # the first loads fontTools and pdfminer's CMaps: not a route's time
            ofd_times = []
            for _ in range(min(runs, 10)):  # the same PDF each time: pdfplumber memoises nothing across files
                started = time.perf_counter()
                write_ofd(pdf)
                ofd_times.append((time.perf_counter() - started) * 1000)
            figures[f"pages_{pages}"] |= {
                "ofd_p50_ms": percentile(ofd_times, 50),
                "ofd_p99_ms": percentile(ofd_times, 99),
            }
    figures["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def measure_signing(runs: int) -> dict[str, Any]:
    """In a child process: 用印's two signatures on one 3-page 公文, each after a first unmeasured
    one (which loads pyHanko's and gmssl's code and reads the keys)."""
    pdf, place = typeset_for_sealing(body(3, 0), IMPRINT)
    assert place is not None  # the body has its 署名 and date
    ofd = write_ofd(pdf)
    organ, now = "F县人民政府", datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory(prefix="shuniu-bench-signing-") as scratch:
        certificate = development_certificate(Path(scratch) / "signing", organ)
        sm2 = development_sm2(Path(scratch) / "sm2", organ)
        timed: dict[str, Callable[[], bytes]] = {
            "pades": lambda: seal_as(certificate, pdf, place, organ),
            "sm2": lambda: seal_ofd(ofd, place, sm2, now),
        }
        figures: dict[str, Any] = {}
        for name, sign in timed.items():
            sign()
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                sign()
                times.append((time.perf_counter() - started) * 1000)
            figures |= {f"{name}_p50_ms": percentile(times, 50), f"{name}_p99_ms": percentile(times, 99)}
    return figures


def page_measures(pdf: bytes) -> dict[str, Any]:
    """What the standard fixes, read off the PDF: its pages, the length of a full line of 3号 text, the most
    such lines on one page, and where the first line of 正文 on page 2 (a full page) stands."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines_per_page: list[int] = []
        line_lengths: Counter[int] = Counter()
        for page in document.pages:
            body_chars = [c for c in page.chars if abs(c["size"] - BODY_SIZE) < 0.5 and c["text"].strip()]
            lines = Counter(round(c["top"]) for c in body_chars)
            lines_per_page.append(len(lines))
            line_lengths.update(lines.values())
        second = document.pages[1]
        chars = [c for c in second.chars if abs(c["size"] - BODY_SIZE) < 0.5]
        return {
            "pdf_pages": len(document.pages),
            "page_mm": [round(float(second.width) / MM, 1), round(float(second.height) / MM, 1)],
            # most lines of a long 正文 are full ones; the numerals of "（1-2）" are narrower than a 字
            "characters_per_line": line_lengths.most_common(1)[0][0],
            "lines_per_full_page": max(lines_per_page),
            "text_top_mm": round(min(float(c["top"]) for c in chars) / MM, 1),
            "text_left_mm": round(min(float(c["x0"]) for c in chars) / MM, 1),
        }


def run(runs: int) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter each: memory is the engine's
    figures = {}
    for name in ENGINES:
        with context.Pool(1) as pool:
            figures[name] = pool.apply(measure_engine, (name, runs))
    with context.Pool(1) as pool:
        signing = pool.apply(measure_signing, (min(runs, 10),))
    data = {"runs": runs, "engines": figures, "signing": signing, "machine": machine()}
    write_report("typesetting", report(data), data)
    return data


def report(data: dict[str, Any]) -> str:
    typst_, weasy = data["engines"]["Typst"], data["engines"]["WeasyPrint"]
    met = "met" if typst_["pages_3"]["p99_ms"] <= GOAL_MS else "**missed**"

    def row(label: str, key: Callable[[dict[str, Any]], Any], fixed: str = "") -> str:
        return f"| {label} | {key(typst_)} | {key(weasy)} | {fixed} |"

    def ms(pages: int, which: str) -> Callable[[dict[str, Any]], str]:
        return lambda engine: f"{engine[f'pages_{pages}'][f'{which}_ms']:.0f}"

    def ofd(pages: int, which: str) -> Callable[[dict[str, Any]], str]:
        return lambda engine: (
            f"{engine[f'pages_{pages}'][f'ofd_{which}_ms']:.0f}" if engine is typst_ else "—"
        )

    def signed(which: str) -> str:
        return f"{data['signing'][f'{which}_p50_ms']:.0f} / {data['signing'][f'{which}_p99_ms']:.0f}"

    def page(field: str) -> Callable[[dict[str, Any]], Any]:
        return lambda engine: engine["pages_30"][field]

    return "\n".join(
        [
            "# Typesetting a 公文 / 公文排版",
            "",
            f"`python -m bench.documents_typesetting` (bench/documents_typesetting.py), {data['runs']} runs "
            "per size, each engine in its own process. Shuniu is `typeset()` as the route calls it (Typst, "
            "with the 版头 and 版记); WeasyPrint sets the same title and paragraphs on the same page in CSS "
            "(no 版头 or 版记).",
            "",
            "| figure | Shuniu (Typst) | WeasyPrint | GB/T 9704 / goal |",
            "|---|---|---|---|",
            row("first PDF of a process (reads the fonts), ms", lambda e: f"{e['first_ms']:.0f}"),
            row("3 pages, p50 ms", ms(3, "p50")),
            row("3 pages, p99 ms", ms(3, "p99"), f"≤ {GOAL_MS} — {met}"),
            row("30 pages, p50 ms", ms(30, "p50")),
            row("30 pages, p99 ms", ms(30, "p99")),
            row(
                "OFD from the 3-page PDF, p50 / p99 ms", lambda e: f"{ofd(3, 'p50')(e)} / {ofd(3, 'p99')(e)}"
            ),
            row(
                "OFD from the 30-page PDF, p50 / p99 ms",
                lambda e: f"{ofd(30, 'p50')(e)} / {ofd(30, 'p99')(e)}",
            ),
            row(
                "用印: PAdES seal and RSA-2048 signature on the 3-page PDF, p50 / p99 ms",
                lambda e: signed("pades") if e is typst_ else "—",
            ),
            row(
                "用印: SM2 seal on its OFD (GB/T 38540), p50 / p99 ms",
                lambda e: signed("sm2") if e is typst_ else "—",
            ),
            row("peak resident memory, MiB", lambda e: f"{e['peak_rss_mib']:.0f}"),
            row("30-page 正文: PDF pages", page("pdf_pages")),
            row("page, mm", lambda e: " × ".join(map(str, e["pages_30"]["page_mm"])), "210 × 297"),
            row("characters in a full line", page("characters_per_line"), f"{CHARACTERS}"),
            row("lines on a full page", page("lines_per_full_page"), f"{LINES}"),
            row(
                "first line's top on page 2, mm",
                page("text_top_mm"),
                f"{TOP} (版心; the glyph sits a little lower)",
            ),
            row("text's left edge, mm", page("text_left_mm"), f"{LEFT} ± 1"),
            "",
            "Machine: {cpu}, {cores} cores, {memory_gib} GiB; Python {python}; load average {load} when the run "
            "ended (other work on the machine skews both columns alike).".format(**data["machine"]),
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    run(parser.parse_args().runs)


if __name__ == "__main__":
    main()
