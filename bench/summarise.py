#!/usr/bin/python3
"""summarise.py — turn bench/run.sh's raw.tsv into Markdown tables with ratios.

raw.tsv columns: size, tool, phase, seconds ("-" = not done), peak RSS MiB, note.
Ratio = peer seconds / actornet seconds, both from this run (> 1: actornet faster).
"""
import statistics
import sys
from collections import defaultdict

ORDER = ["tiny", "10k", "50k", "100k", "1m", "10m"]
PEERS = ["igraph", "python-igraph", "networkx", "graph-tool"]
PHASES = ["load", "simplify", "degree", "pagerank", "betweenness", "betweenness_approx", "betweenness_sampled",
          "closeness", "leiden", "louvain", "write_graphml", "write_dot", "report"]


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def main():
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    runs = defaultdict(list)     # (size, tool, phase) -> [(seconds, peak, note)]
    for row in rows:
        row += [""] * (6 - len(row))
        size, tool, phase, seconds, peak, note = row[:6]
        runs[(size, tool, phase)].append((number(seconds), number(peak), note))
    def rank(size):
        base = size[: -len("-opaque")] if size.endswith("-opaque") else size
        return (ORDER.index(base) if base in ORDER else 99, size != base)

    sizes = sorted({k[0] for k in runs}, key=rank)

    def median(size, tool, phase):
        values = [r for r in runs.get((size, tool, phase), []) if r[0] is not None]
        if not values:
            return None, None
        return statistics.median(v[0] for v in values), max(v[1] or 0 for v in values)

    def fmt(seconds):
        if seconds is None:
            return "—"
        if seconds < 0.01:
            return "%.4f" % seconds
        return "%.3f" % seconds if seconds < 10 else "%.1f" % seconds

    print("\n## Loading (median of the repeated loads; peak RSS of the process)\n")
    print("| file | size | SAX2 floor | actornet | actornet / floor | igraph C | igraph C / actornet "
          "| python-igraph* | NetworkX* | graph-tool* |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        byte_rows = runs.get((size, "file", "bytes"))
        mib = byte_rows[0][0] / 1048576 if byte_rows else 0
        floor, floor_peak = median(size, "sax_floor", "load")
        ours, ours_peak = median(size, "actornet_load", "load")
        ig, ig_peak = median(size, "igraph_load", "load")
        cells = []
        for peer in ("python-igraph", "networkx", "graph-tool"):
            t, p = median(size, peer, "load")
            cells.append("%s s, %.0f MiB (%.1f×)" % (fmt(t), p or 0, t / ours) if t and ours else "—")
        print("| %s | %.0f MiB | %s s | %s s, %.0f MiB | %s | %s | %s |" % (
            size, mib, fmt(floor), fmt(ours), ours_peak or 0,
            "%.2f×" % (ours / floor) if ours and floor else "—",
            "%s s, %.0f MiB" % (fmt(ig), ig_peak or 0) if ig else "—",
            "%.2f×" % (ig / ours) if ig and ours else "—") + " " + " | ".join(cells) + " |")
    print("\n\\* one load each, inside the phase runs below (includes no import time); ratio = peer / actornet.")
    print("\n### Loading, CPU time (user + sys of the whole process, median; steadier than wall time on a busy machine)\n")
    print("| file | SAX2 floor | actornet | actornet / floor | igraph C | igraph C / actornet |")
    print("|---|---|---|---|---|---|")
    for size in sizes:
        floor, _ = median(size, "sax_floor_cpu", "load")
        ours, _ = median(size, "actornet_cpu", "load")
        ig, _ = median(size, "igraph_cpu", "load")
        if floor is None and ours is None:
            continue
        print("| %s | %s s | %s s | %s | %s s | %s |" % (
            size, fmt(floor), fmt(ours), "%.2f×" % (ours / floor) if ours and floor else "—", fmt(ig),
            "%.2f×" % (ig / ours) if ig and ours else "—"))

    # growth: actornet's seconds (and microseconds per tie) and peak RSS by size
    ties = {}
    for size in sizes:
        for r in runs.get((size, "actornet", "load"), []) + runs.get((size, "actornet_load", "load"), []):
            if "edges" in r[2]:
                ties[size] = int(r[2].split(",")[1].split()[0])
    grow = [s_ for s_ in sizes if s_ in ties and not s_.endswith("-opaque")]
    if grow:
        print("\n## Growth (actornet; seconds, µs per tie, peak RSS MiB; load = median of the repeats)\n")
        print("| phase | " + " | ".join("%s (%s ties)" % (s_, "{:,}".format(ties[s_])) for s_ in grow) + " |")
        print("|---" * (len(grow) + 1) + "|")
        for phase in PHASES:
            cells, any_value = [], False
            for size in grow:
                tool = "actornet_load" if phase == "load" else "actornet"
                t, p = median(size, tool, phase)
                if t is None:
                    cells.append("—")
                    continue
                any_value = True
                cells.append("%s s, %.2f µs/tie, %.0f MiB" % (fmt(t), t / ties[size] * 1e6, p or 0))
            if any_value:
                print("| %s | %s |" % (phase, " | ".join(cells)))

    h2h = [size for size in sizes if any(k[0] == size and k[1] == "actornet_h2h" for k in runs)]
    if h2h:
        print("\n## Head to head (REPEAT runs interleaved, median wall seconds; ratio = igraph C / actornet)\n")
        print("| file | phase | actornet | actornet, 1 thread | igraph C | ratio | runs |")
        print("|---|---|---|---|---|---|---|")
        for size in h2h:
            for phase in ("betweenness", "write_graphml", "write_dot"):
                ours, _ = median(size, "actornet_h2h", phase)
                if ours is None:
                    continue
                one, _ = median(size, "actornet_h2h", phase + "_1thread")
                ig, _ = median(size, "igraph_h2h", phase)
                count = len(runs.get((size, "actornet_h2h", phase), []))
                print("| %s | %s | %s s | %s | %s s | %s | %d |" % (
                    size, phase, fmt(ours), fmt(one) + " s" if one else "—", fmt(ig),
                    "%.2f×" % (ig / ours) if ig and ours else "—", count))
        for size in h2h:
            for tool in ("actornet_h2h", "igraph_h2h"):
                for check in ("valid_graphml", "valid_dot"):
                    for r in runs.get((size, tool, check), []):
                        print("\n- %s %s %s: %s" % (size, tool[:-4], check, r[2]), end="")
        print()

    for size in sizes:
        tools = [t for t in ["actornet"] + PEERS if any(k[0] == size and k[1] == t for k in runs)]
        if "actornet" not in tools:
            continue
        print("\n## %s: phases (seconds; peak RSS MiB so far in that process; ratio = peer / actornet)\n" % size)
        print("| phase | " + " | ".join(tools) + " |")
        print("|---" * (len(tools) + 1) + "|")
        for phase in PHASES:
            if not any((size, t, phase) in runs for t in tools):
                continue
            ours, ours_peak = median(size, "actornet", phase)
            cells = []
            for tool in tools:
                entries = runs.get((size, tool, phase))
                t, p = median(size, tool, phase)
                if t is None:
                    note = entries[0][2] if entries else ""
                    cells.append("—" + (" (%s)" % note if note else ""))
                elif tool == "actornet":
                    cells.append("%s s, %.0f MiB" % (fmt(t), p or 0))
                else:
                    ratio = " (%.2f×)" % (t / ours) if ours else ""
                    cells.append("%s s, %.0f MiB%s" % (fmt(t), p or 0, ratio))
            print("| %s | %s |" % (phase, " | ".join(cells)))
        notes = [(phase, r[2]) for phase in PHASES for r in runs.get((size, "actornet", phase), []) if r[2]]
        stopped = [(t, r[2]) for t in tools for r in runs.get((size, t, "stopped"), [])]
        for phase, note in notes:
            print("\n- actornet %s: %s" % (phase, note), end="")
        for tool, note in stopped:
            print("\n- %s stopped: %s" % (tool, note), end="")
        print()


if __name__ == "__main__":
    main()
