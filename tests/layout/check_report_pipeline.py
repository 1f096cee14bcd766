"""libnet/report/ is a pipeline, not a circle (libnet/report/README.md).

    options -> gather (analyses) -> model -> renderers -> output directory

Every source and header of libnet/report/ has a stage (STAGES below; a new
file must be given one). A file may include the headers of, and call the
functions defined in, only the stages below its own (ALLOWED), plus its own
file group (a renderer split over several files: diagram_*, explorer_*).
In particular the gather stage never includes a renderer's or a section
writer's header nor calls one, a section writer or renderer never calls the
gather stage, and no renderer calls another renderer. On top of that, the
graph of includes and the graph of calls between files must have no cycle.

Calls are found by reading the C sources: every function defined in one
report file (at the start of a line, with a body) and called by name in
another (comments, strings and character constants removed first).

Usage: check_report_pipeline.py REPORT_DIR. Prints one line per violation and
"cases: N passed, M failed" (one case per rule checked); exits 1 on any.
"""
import os
import re
import sys

# stage of every file; the stages, bottom first, are
#   format   formatting helpers and palette, knowing nothing of the report
#   model    the model (an_i_report) and its read-only accessors
#   output   the pipeline's record: progress, files written, diagrams rendered
#   gather   calls the analyses, fills the model
#   sections one section of the model in one format, into a buffer
#   render   one output each, from the model
#   driver   report.c: runs the pipeline
STAGES = {
    "report_format.h": "format", "report_format.c": "format",
    "report_palette.h": "format", "report_palette.c": "format",
    "svg_clean.c": "format",
    "report_model.h": "model", "report_model.c": "model", "report_shorten.c": "model",
    "report_output.h": "output", "report_output.c": "output",
    "report_gather.h": "gather", "report_options.c": "gather", "findings.c": "gather",
    "report_lenses.c": "gather", "report_scale.c": "gather", "chains.c": "gather",
    "report_positions.c": "gather", "report_context.c": "gather", "report_conflict.c": "gather",
    "report_timeline.c": "gather",
    "report_sections.h": "sections", "section_lenses.c": "sections", "section_positions.c": "sections",
    "section_context.c": "sections", "section_conflict.c": "sections", "section_timeline.c": "sections",
    "report_internal.h": "render", "report_json.c": "render", "report_text.c": "render",
    "report_html.c": "render", "report_tables.c": "render", "report_timeline_files.c": "render",
    "diagram_internal.h": "render", "diagram_style.c": "render", "diagram_render.c": "render",
    "explorer_internal.h": "render", "explorer_data.c": "render", "explorer_layout.c": "render",
    "explorer_page.c": "render",
    "report.c": "driver",
}
# what each stage may use (include or call), besides its own file group
ALLOWED = {
    "format": set(),
    "model": {"format"},
    "output": {"format", "model"},
    "gather": {"format", "model", "output"},
    "sections": {"format", "model"},
    "render": {"format", "model", "output", "sections"},
    "driver": {"format", "model", "output", "gather", "sections", "render"},
}
# Within a stage a file may include the stage's header. The files of the lower stages and of the
# gather stage call one another (findings.c runs the steps); the section writers do not. A renderer
# is one file or one group of files and, of the renderers' headers, includes report_internal.h and
# its own group's.
SHARED_IN_STAGE = {"format": None, "model": None, "output": None, "gather": None,
                   "render": {"report_internal.h"}}
GROUPS = [("diagram_", "diagram"), ("explorer_", "explorer")]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
NOISE = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
DEFINITION = re.compile(r'^[A-Za-z_][\w \t\*]*?\b([A-Za-z_]\w*)\s*\(([^;{}]*)\)\s*\{', re.M)
CALL = re.compile(r'\b([A-Za-z_]\w*)\s*\(')


def group(name):
    for prefix, label in GROUPS:
        if name.startswith(prefix):
            return label
    return name


def may_use(user, used):
    """1 when file `user` may include or call into file `used`."""
    if user == used or group(user) == group(used):
        return True
    s, t = STAGES[user], STAGES[used]
    if t in ALLOWED[s]:
        return True
    if s == t and used.endswith(".h") and s != "render":
        return True  # a stage's own header: its interface (a renderer's is report_internal.h, below)
    if s == t and s in SHARED_IN_STAGE:
        shared = SHARED_IN_STAGE[s]
        return shared is None or used in shared
    return False


def strip(text):
    return NOISE.sub(lambda m: "" if m.group(0).startswith("/") else '""', text)


def cycles(edges):
    """Strongly connected components with more than one file (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def check(sources, directory):
    """The cases: one list of problems each (empty when the case passes)."""
    names = sorted(sources)
    cases = []
    cases.append(["%s: no stage (add it to STAGES in %s)" % (n, os.path.basename(__file__))
                  for n in names if n not in STAGES])
    cases.append(["%s: in STAGES but not in %s" % (n, directory) for n in sorted(STAGES) if n not in sources])
    known = [n for n in names if n in STAGES]

    includes = {n: {h for h in INCLUDE.findall(sources[n]) if h in STAGES and h != n} for n in known}
    cases.append(["%s (%s) includes %s (%s)" % (n, STAGES[n], h, STAGES[h])
                  for n in known for h in sorted(includes[n]) if not may_use(n, h)])

    stripped = {n: strip(sources[n]) for n in known}
    defined = {}
    for n in known:
        if n.endswith(".c"):
            for m in DEFINITION.finditer(stripped[n]):
                static = re.match(r"\s*static\b", m.group(0))  # file-local: not callable from another file
                if not static and m.group(1) not in ("if", "for", "while", "switch", "return", "sizeof"):
                    defined.setdefault(m.group(1), n)
    calls = {n: {} for n in known}
    for n in (n for n in known if n.endswith(".c")):
        for m in CALL.finditer(stripped[n]):
            target = defined.get(m.group(1))
            if target and target != n:
                calls[n].setdefault(target, set()).add(m.group(1))
    cases.append(["%s (%s) calls %s in %s (%s)" % (n, STAGES[n], ", ".join(sorted(f)), t, STAGES[t])
                  for n in known for t, f in sorted(calls[n].items()) if not may_use(n, t)])

    cases.append(["include cycle: " + " <-> ".join(c) for c in cycles(includes)])
    cases.append(["call cycle: " + " <-> ".join(c) for c in cycles({n: set(c) for n, c in calls.items()})])
    # the checker must see the pipeline it checks: the driver calls the gather stage and a renderer
    driver = calls.get("report.c", {})
    cases.append([] if any(STAGES[t] == "gather" for t in driver) and any(STAGES[t] == "render" for t in driver)
                 else ["report.c: no call into the gather stage or a renderer found (is the call finder broken?)"])
    return cases


# Breaks the checker must catch, applied to a copy of the sources: (file, text appended, what it breaks).
BREAKS = [
    ("report_text.c", "\nvoid an_i_break(void);\nvoid an_i_break(void) { an_i_report_to_html(0, 0); }\n",
     "a renderer calling another renderer"),
    ("report_timeline.c", "\nstatic void broken(void) { an_i_report_timeline_text(0, 0); }\n",
     "the gather stage calling a section writer"),
    ("chains.c", '\n#include "report_internal.h"\n', "the gather stage including the renderers' header"),
    ("report_model.c", "\nstatic void broken(void) { an_i_report_chains(0); }\n",
     "the model calling the gather stage (a call cycle)"),
]


def main():
    directory = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "libnet/report")
    names = sorted(n for n in os.listdir(directory) if n.endswith((".c", ".h")))
    sources = {n: open(os.path.join(directory, n), encoding="utf-8").read() for n in names}
    passed = failed = 0
    for problems in check(sources, directory):
        for p in problems:
            print(p)
        failed += bool(problems)
        passed += not problems
    # the checker itself: each break must fail some case
    for name, text, what in BREAKS:
        broken = dict(sources)
        broken[name] = broken.get(name, "") + text
        if any(check(broken, directory)):
            passed += 1
        else:
            print("self-check: %s (in %s) is not caught" % (what, name))
            failed += 1
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
