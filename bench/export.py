"""How fast the commissioner brief is exported (the insight graph picture included).

Builds workshops of 200 and 2,000 notes in a temporary folder - note texts are a fixed-seed
sample of ../shared/data/short-texts/stackoverflow.tsv, 12 participants in 4 groups, 4
activities - groups them with "Suggest themes", promotes the five largest themes to insights
and adds three solutions; then times `export_brief` with the shipped commissioner template
(median of three runs) and checks that every note is in the appendix. The template is filled
in a child process (core/documents/render.py); its peak memory is printed beside the limit.

    python bench/export.py [--sizes 200 2000]
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docx import Document

from facilitator.core.analysis.suggestion import suggest
from facilitator.core.documents.brief import export_brief, resolve_template
from facilitator.core.documents.render import DEFAULT_LIMITS
from facilitator.core.domain.steps import Step
from facilitator.core.domain.workshop import NoteRow, Workshop
from facilitator.core.storage.store import create_workshop

DATA = Path(__file__).resolve().parents[2] / "shared/data/short-texts/stackoverflow.tsv"
TARGET_SECONDS = {2000: 3.0}
GROUPS = ("resident", "service user", "professional", "commissioner")


def build(folder: Path, size: int) -> Workshop:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    texts = [line.partition("\t")[2] for line in random.Random(size).sample(lines, size)]
    create_workshop(folder / f"bench{size}.workshop", f"Benchmark {size}",
                    commissioner="Bench Council").close()
    from facilitator.core.storage.store import open_store

    workshop = Workshop(open_store(folder / f"bench{size}.workshop"))
    for i in range(12):
        workshop.add_participant(f"P{i}", group=GROUPS[i % 4], consent_quote=i % 3 > 0)
    workshop.import_notes([NoteRow(i + 2, t, participant=f"P{i % 12}",
                                   activity=f"Activity {i % 4}", step=Step(1 + i % 3))
                           for i, t in enumerate(texts)])
    synthesis = workshop.synthesis
    synthesis.apply_suggestion(suggest(synthesis.suggestion_input()))
    insights = [synthesis.promote_theme(t.id).id
                for t in sorted(synthesis.themes(), key=lambda t: -t.size)[:5]]
    workshop.set_step(Step.DEVELOP)
    for i in range(3):
        synthesis.add_solution(f"Solution {i + 1}", insight_ids=insights[i:i + 2])
    return workshop


def appendix_count(path: Path) -> int:
    return sum(len(t.rows) - 1 for t in Document(str(path)).tables
               if [c.text for c in t.rows[0].cells] == ["Note", "Who", "Group", "Step"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    args = parser.parse_args()
    import docxtpl
    import matplotlib

    print(f"Python {platform.python_version()}, docxtpl {docxtpl.__version__}, "
          f"matplotlib {matplotlib.__version__}")
    template = resolve_template("commissioner")
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for size in args.sizes:
            workshop = build(folder, size)
            times = []
            for run in range(3):
                out = folder / f"brief{size}-{run}.docx"
                start = time.perf_counter()
                export_brief(workshop, template, out)
                times.append(time.perf_counter() - start)
            notes = appendix_count(out)
            ok = notes == size
            failed |= not ok
            target = TARGET_SECONDS.get(size)
            goal = f" (target < {target:g} s)" if target else ""
            print(f"{size:6d} notes: median {statistics.median(times):.2f} s, "
                  f"max {max(times):.2f} s{goal}; {out.stat().st_size / 1024:.0f} KB; "
                  f"appendix holds {notes} notes{'' if ok else ' - MISMATCH'}")
            workshop.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB; of a process filling the template: "
          f"{child:.0f} MB (limit {DEFAULT_LIMITS.megabytes} MB of address space)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
