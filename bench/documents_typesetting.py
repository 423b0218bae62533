"""How long the documents service takes to typeset a 公文 per GB/T 9704-2012 (adapters/typesetting.py).

In one process, as the route calls it: the first PDF (which reads the system fonts), then N more of a
3-page and of a 30-page 正文, every paragraph different from the last run's: Typst memoises layout
across compilations in a process, and an unchanged paragraph would be laid out for free. Prints p50
and p99 per size, the page counts, and the process's peak resident memory. Issue 19's goal: p99 ≤ 1 s
for 3 pages.

`uv run --frozen python -m bench.documents_typesetting [--runs N]`
"""

from __future__ import annotations

import argparse
import io
import resource
import time
from datetime import date

import pypdfium2
from shuniu_documents.adapters.typesetting import Imprint, typeset
from shuniu_documents.domain.body import DocumentBody, Level, Paragraph
from shuniu_documents.domain.letterhead import Format, Letterhead

from bench.common import load_average, percentile

SENTENCE = "各乡镇人民政府县直各部门现将做好全县今冬明春农业生产工作的有关事项通知如下请认真贯彻执行"
PARAGRAPHS = {3: 8, 30: 125}  # paragraphs of three sentences that fill 3 and 30 pages of 正文
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
        Paragraph(f"{SENTENCE * 3}（{run}-{i}）。") for i in range(PARAGRAPHS[pages])
    ]
    return DocumentBody(
        title=f"关于做好全县今冬明春农业生产工作的通知（第{run}稿）",
        paragraphs=tuple(paragraphs),
        signatory="F县人民政府",
        written_on=date(2026, 12, 2),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    started = time.perf_counter()
    typeset(body(3, 0), IMPRINT)
    print(f"first PDF of the process (reads the fonts): {(time.perf_counter() - started) * 1000:.0f} ms")
    for pages in PARAGRAPHS:
        times, pdf = [], b""
        for run in range(1, runs + 1):
            started = time.perf_counter()
            pdf = typeset(body(pages, run), IMPRINT)
            times.append((time.perf_counter() - started) * 1000)
        printed = len(pypdfium2.PdfDocument(io.BytesIO(pdf)))
        print(
            f"{pages:>2} pages of 正文 ({printed} PDF pages), {runs} runs: "
            f"p50 {percentile(times, 50):.0f} ms, p99 {percentile(times, 99):.0f} ms"
        )
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print(f"load average: {load_average()}")


if __name__ == "__main__":
    main()
