"""``python3 -m actornet COMMAND FILE ...``: the CLI's main commands from Python.

The same subcommand names and option names as the ``actornet`` tool (info, centrality,
communities, brokerage, keyplayers, whatif, paths, robustness, timeline, validate,
convert, report), computed through the binding: handy where only the Python package is installed
(a venv from ``pip install ./bindings/python``). Text tables by default, ``--json`` or
``--csv`` for scripts. Exit status as the CLI's: 0 success, 1 the input could not be
loaded or is invalid, 2 usage error, 3 an analysis or a write failed.
"""
import argparse
import csv
import json
import math
import sys

import actornet
from actornet import _errors

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def _list(text):
    return [part for part in text.split(",") if part] if text else None


def _number(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def _emit_json(data):
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False,
              default=_number)
    sys.stdout.write("\n")


def _emit_csv(header, rows):
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None or (isinstance(v, float) and math.isnan(v)) else
                         repr(v) if isinstance(v, float) else v for v in row])


def _emit_table(header, rows):
    text = [[str(h) for h in header]] + [
        ["%.6g" % v if isinstance(v, float) else "" if v is None else str(v) for v in row]
        for row in rows]
    widths = [max(len(r[i]) for r in text) for i in range(len(header))]
    for row in text:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


def _emit(args, header, rows, data):
    if getattr(args, "json", False):
        _emit_json(data)
    elif getattr(args, "csv", False):
        _emit_csv(header, rows)
    else:
        _emit_table(header, rows)


def _load(args):
    network = actornet.load(args.file)
    if not getattr(args, "quiet", False):
        for warning in network.warnings:
            print("actornet: warning: %s" % warning, file=sys.stderr)
    return network


# ---- commands -------------------------------------------------------------------------

def cmd_info(args):
    net = _load(args)
    if args.json:
        _emit_json(net.summary(args.class_column, args.relation))
    else:
        sys.stdout.write(net.summary_text(args.class_column, args.relation))
    return EXIT_OK


_DEFAULT_MEASURES = ("betweenness", "degree", "closeness", "eigenvector", "pagerank",
                     "constraint")


def cmd_centrality(args):
    net = _load(args)
    measures = _list(args.measure) or (list(actornet.MEASURES) if args.csv or args.json
                                       else list(_DEFAULT_MEASURES))
    table = net.centralities(measures, weight=args.weight, undirected=args.undirected,
                             parallel="keep" if args.keep_parallel else "collapse",
                             self_loops=args.self_loops, normalized=not args.raw,
                             damping=args.damping, lens=args.lens)
    ids = net.nodes
    columns = [table[m].to_list() for m in measures]
    rows = [[node] + [c[i] for c in columns] for i, node in enumerate(ids)]
    if not (args.csv or args.json):
        order = table[measures[0]].order()
        rows = [rows[i] for i in order]
        if args.top:
            rows = rows[:args.top]
    _emit(args, ["id"] + measures, rows,
          {m: dict(zip(ids, table[m].to_list())) for m in measures})
    return EXIT_OK


def cmd_communities(args):
    net = _load(args)
    partition = net.communities(method=args.method, seed=args.seed,
                                resolution=args.resolution, weight=args.weight,
                                undirected=args.undirected,
                                parallel="keep" if args.keep_parallel else "collapse", lens=args.lens)
    data = {"method": partition.method, "count": partition.count,
            "modularity": partition.modularity, "membership": partition.to_dict()}
    if args.compare:
        data["compare"] = net.compare_partitions(partition, args.compare)._asdict()
    if args.json or args.csv:
        _emit(args, ["id", "community"], list(partition.to_dict().items()), data)
        return EXIT_OK
    print("%s: %d communities, modularity %.4f" % (partition.method, partition.count,
                                                   partition.modularity))
    for number, members in enumerate(partition.groups()):
        print("  %d (%d): %s" % (number, len(members), ", ".join(members)))
    if args.compare:
        print("compared with %s: NMI %.4f, adjusted Rand %.4f" % (
            args.compare, data["compare"]["nmi"], data["compare"]["adjusted_rand"]))
    return EXIT_OK


def cmd_brokerage(args):
    net = _load(args)
    roles = net.brokerage(by=args.by, missing=args.missing, undirected=args.undirected,
                          expected=args.z)
    table = roles.table()
    rows = [[row["id"]] + [row[r] for r in actornet.ROLES] for row in table]
    if not (args.csv or args.json):
        rows.sort(key=lambda r: -r[-1])
        rows = rows[:args.top] if args.top else rows
    _emit(args, ["id"] + list(actornet.ROLES), rows, {"by": args.by, "actors": table})
    return EXIT_OK


def cmd_keyplayers(args):
    net = _load(args)
    found = net.key_players(args.k, objective=args.objective, m=args.m,
                            direction=args.direction, exact=args.exact,
                            candidates=args.candidates, seed=args.seed, threads=args.threads)
    data = found._asdict()
    if args.json:
        _emit_json(data)
    else:
        print("key players (%s): %s; score %.6g" % (found.objective, ", ".join(found.set),
                                                    found.score))
    return EXIT_OK


def cmd_whatif(args):
    net = _load(args)
    result = net.what_if(_list(args.remove) or [], direction=args.direction,
                         distances=not args.no_distances, threads=args.threads)
    rows = [[field, getattr(result.before, field), getattr(result.after, field),
             result.change[field]] for field in result.before._fields]
    _emit(args, ["measure", "before", "after", "change"], rows,
          {"removed": result.removed, "before": result.before._asdict(),
           "after": result.after._asdict(), "change": result.change})
    return EXIT_OK


def cmd_paths(args):
    net = _load(args)
    options = dict(relations=_list(args.relations), classes=_list(args.classes),
                   confidence=_list(args.confidence), undirected=args.undirected,
                   weight=args.weight, lens=args.lens,
                   time_respecting=True if args.time_respecting else False if args.any_time else None)
    if args.all:
        found = net.simple_paths(args.source, args.target, args.max_length,
                                 max_paths=args.limit, **options)
    elif args.k:
        found = net.k_shortest_paths(args.source, args.target, args.k, **options)
    else:
        found = net.shortest_path(args.source, args.target, **options)
    if args.json:
        sys.stdout.write(found.json if found.json.endswith("\n") else found.json + "\n")
    else:
        sys.stdout.write(found.text)
    return EXIT_OK


def cmd_robustness(args):
    net = _load(args)
    if args.communities:
        result = net.partition_robustness(method=args.method, replicates=args.replicates,
                                          dropout=args.dropout, level=args.level,
                                          seed=args.seed, weight=args.weight)
        data = {"replicates": result.replicates, "stated_nmi": result.stated_nmi,
                "mean_nmi": result.mean_nmi, "nmi_interval": list(result.nmi_interval),
                "stability": result.stability.to_dict()}
        if args.json:
            _emit_json(data)
        else:
            print("stated-only NMI %.4f; dropout mean NMI %.4f (%.4f-%.4f)" % (
                result.stated_nmi, result.mean_nmi, *result.nmi_interval))
        return EXIT_OK
    result = net.ranking_robustness(args.measure, replicates=args.replicates,
                                    dropout=args.dropout, level=args.level, top_k=args.top,
                                    seed=args.seed, weight=args.weight)
    table = result.table()
    header = ["id", "score", "rank", "stated_rank", "rank_low", "rank_high", "top_k_share"]
    rows = [[row[h] for h in header] for row in table]
    if not (args.csv or args.json):
        rows = rows[:args.top] if args.top else rows
    _emit(args, header, rows, {"measure": args.measure, "replicates": result.replicates,
                               "actors": table})
    return EXIT_OK


def _years(text, name):
    try:
        return [float(part) for part in text.split(",") if part]
    except ValueError:
        raise ValueError("%s takes years separated by commas, not %r" % (name, text)) from None


def _timeline_text(file, net, timeline, reach, top):
    from actornet.timeline import _label
    out = ["%s: %d actors, %d ties; lens: %s" % (file, net.node_count, net.edge_count,
                                                timeline.lens or "none"),
           "undated ties: %s (%d dated, %d undated; %d ties in no period)" % (
               timeline.undated, timeline.dated_ties, timeline.undated_ties,
               timeline.unplaced_ties), ""]
    header = ("period", "actors", "ties", "undated", "density", "comps", "largest", "comms",
              "enter", "leave")
    fields = ("actors", "ties", "undated_ties", "density", "components", "largest_component",
              "communities", "entering", "leaving")
    rows = [[_label(p)] + [("%.4f" % p[f] if p[f] is not None else "-") if f == "density"
                           else str(p[f]) for f in fields] for p in timeline.periods]
    widths = [max(len(r[i]) for r in [list(header)] + rows) for i in range(len(header))]
    for row in [list(header)] + rows:
        out.append("  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i])
                             for i, cell in enumerate(row)).rstrip())
    for measure in timeline.measures:
        out.append("")
        out.append("top %d by %s per period:" % (top, measure))
        scores = timeline.trajectory(measure)
        for p, period in enumerate(timeline.periods):
            ranked = sorted(((v[p], node) for node, v in scores.items() if v[p] is not None),
                            key=lambda item: -item[0])[:top]
            out.append("  %-12s %s" % (_label(period), ", ".join(
                "%s (%.4g)" % (node, value) for value, node in ranked) or "-"))
    out.append("")
    out.append("community events:")
    for event in timeline.events or []:
        before = _label(timeline.periods[event["period"] - 1])
        after = _label(timeline.periods[event["period"]])
        parts = []
        if event.get("before") is not None and event["before"] >= 0:
            parts.append("community %d of %s" % (event["before"], before))
        if event.get("after") is not None and event["after"] >= 0:
            parts.append("community %d of %s" % (event["after"], after))
        text = " -> ".join(parts)
        if len(parts) == 2:
            text += ", overlap %.2f" % event["jaccard"]
        out.append("  %s -> %s  %-9s %s" % (before, after, event["kind"], text))
    if not timeline.events:
        out.append("  none")
    if reach is not None:
        out.append("")
        out.append("forward reachable set of %s (time-respecting chains): %d actors"
                   % (reach.source, len(reach) - 1))
        for step in list(reach)[1:]:
            out.append("  %-30s %-11s %d hop%s, from %s -[%s]- (edge %s)" % (
                step["id"], "by %g" % step["arrival"] if step["arrival"] is not None else "undated",
                step["hops"], "" if step["hops"] == 1 else "s", step["from"], step["relation"],
                step["edge"]))
    return "\n".join(out) + "\n"


def cmd_timeline(args):
    net = _load(args)
    options = dict(width=args.width, phases=args.phases, gap=args.gap, undated=args.undated,
                   measures=_list(args.measure), normalized=args.normalized,
                   communities=not args.no_communities, threshold=args.threshold,
                   seed=args.seed, lens=args.lens)
    if args.sliding:
        sliding = _years(args.sliding, "--sliding")
        if len(sliding) != 2:
            raise ValueError("--sliding takes WIDTH,STEP (e.g. 5,1)")
        options["sliding"] = tuple(sliding)
    if args.breaks:
        options["breaks"] = _years(args.breaks, "--breaks")
    if args.from_ is not None or args.to is not None:
        options["years"] = (args.from_, args.to)
    timeline = net.timeline(**options)
    reach = None
    if args.reach:
        reach = net.reach(args.reach, undated=args.undated, years=options.get("years"),
                          lens=args.lens)
    if args.json:
        _emit_json({"file": args.file, "nodes": net.node_count, "ties": net.edge_count,
                    "direction": net.direction, "lens": timeline.lens,
                    "reach": json.loads(reach.json) if reach is not None else None,
                    "timeline": timeline.data})
    elif args.csv:
        sys.stdout.write(timeline.csv)
    else:
        sys.stdout.write(_timeline_text(args.file, net, timeline, reach, args.top))
    return EXIT_OK


def cmd_validate(args):
    net = _load(args)
    problems = net.validate(args.vocabulary)
    for problem in problems:
        print(problem)
    if not problems:
        print("%s: valid" % args.file)
    return EXIT_INPUT if problems else EXIT_OK


def cmd_convert(args):
    net = _load(args)
    lower = args.output.lower()
    if lower.endswith((".graphml", ".xml")):
        net.save_graphml(args.output)
    elif lower.endswith((".dot", ".gv")):
        net.save_dot(args.output)
    elif lower.endswith(".csv"):
        stem = args.output[:-4]
        net.save_csv(stem + ".nodes.csv", stem + ".edges.csv")
    else:
        print("actornet: convert: cannot tell the format of '%s' (.graphml, .dot, .csv)"
              % args.output, file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_report(args):
    if args.file is None:
        args.file = actornet.data_file("proxy-network.graphml")
    net = _load(args)
    progress = None
    if not args.quiet and sys.stderr.isatty():
        def progress(step, number, total):
            sys.stderr.write("\r\033[Kactornet: report: %s (%d/%d)" % (step, number, total))
            sys.stderr.flush()
    summary = net.report(args.output, seed=args.seed, replicates=args.replicates,
                         render=not args.no_render, progress=progress, lens=args.lens,
                         chain_lens=args.chain_lens)
    if progress is not None:
        sys.stderr.write("\r\033[K")
    sys.stdout.write(summary)
    return EXIT_OK


# ---- argument parsing -------------------------------------------------------------------


def lens_option(sub):
    """--lens as the CLI's: auto (default), none, or a preset (see `actornet lenses`)."""
    sub.add_argument("--lens", default="auto", metavar="LENS",
                     help="which actors and ties: auto (default), none, all, cooperation, conflict, "
                          "influence")

def _parser():
    parser = argparse.ArgumentParser(
        prog="python3 -m actornet",
        description="Analyse actor networks (the actornet CLI's main commands, through the "
                    "Python binding).")
    parser.add_argument("--version", action="version",
                        version="actornet %s (library %s)" % (actornet.__version__,
                                                              actornet.library_version))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    def command(name, run, summary, file_required=True):
        sub = commands.add_parser(name, help=summary, description=summary)
        sub.add_argument("file", metavar="FILE", nargs=None if file_required else "?")
        sub.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
        sub.set_defaults(run=run)
        return sub

    def outputs(sub, csv_too=True):
        sub.add_argument("--json", action="store_true", help="print JSON")
        if csv_too:
            sub.add_argument("--csv", action="store_true", help="print CSV")

    sub = command("info", cmd_info, "summarise a network")
    sub.add_argument("--class", dest="class_column", default="type", metavar="COLUMN")
    sub.add_argument("--relation", default="relation", metavar="COLUMN")
    outputs(sub, csv_too=False)

    sub = command("centrality", cmd_centrality, "who is central")
    sub.add_argument("-m", "--measure", metavar="M,...")
    sub.add_argument("-w", "--weight", metavar="COLUMN")
    sub.add_argument("--undirected", action="store_true")
    sub.add_argument("--keep-parallel", action="store_true")
    sub.add_argument("--self-loops", action="store_true")
    sub.add_argument("--raw", action="store_true")
    sub.add_argument("--damping", type=float, default=0.85, metavar="D")
    sub.add_argument("-k", "--top", type=int, default=10, metavar="K")
    lens_option(sub)
    outputs(sub)

    sub = command("communities", cmd_communities, "which factions exist")
    sub.add_argument("-m", "--method", default="leiden", metavar="M")
    sub.add_argument("-s", "--seed", type=int, default=42, metavar="N")
    sub.add_argument("-r", "--resolution", type=float, default=1.0, metavar="R")
    sub.add_argument("-w", "--weight", metavar="COLUMN")
    sub.add_argument("--undirected", action="store_true")
    sub.add_argument("--keep-parallel", action="store_true")
    sub.add_argument("-c", "--compare", metavar="ATTR")
    lens_option(sub)
    outputs(sub)

    sub = command("brokerage", cmd_brokerage, "Gould & Fernandez brokerage roles")
    sub.add_argument("--by", default="type", metavar="ATTR")
    sub.add_argument("--missing", default="group", choices=("group", "exclude"))
    sub.add_argument("--undirected", action="store_true")
    sub.add_argument("--z", action="store_true")
    sub.add_argument("-k", "--top", type=int, default=20, metavar="N")
    outputs(sub)

    sub = command("keyplayers", cmd_keyplayers, "the k actors that matter most")
    sub.add_argument("-k", "--k", type=int, required=True, metavar="K")
    sub.add_argument("-o", "--objective", default="fragmentation", choices=actornet.OBJECTIVES)
    sub.add_argument("-m", "--m", type=int, default=1, metavar="STEPS")
    sub.add_argument("--direction", default="auto",
                     choices=("auto", "undirected", "out", "in"))
    sub.add_argument("--exact", action="store_true")
    sub.add_argument("-c", "--candidates", type=int, metavar="C")
    sub.add_argument("--seed", type=int, default=1, metavar="N")
    sub.add_argument("--threads", type=int, metavar="N")
    outputs(sub, csv_too=False)

    sub = command("whatif", cmd_whatif, "remove actors: what changes")
    sub.add_argument("-r", "--remove", required=True, metavar="ID[,ID...]")
    sub.add_argument("--direction", default="auto",
                     choices=("auto", "undirected", "out", "in"))
    sub.add_argument("--no-distances", action="store_true")
    sub.add_argument("--threads", type=int, metavar="N")
    outputs(sub)

    sub = command("paths", cmd_paths, "cited chains between two actors")
    sub.add_argument("-f", "--from", dest="source", required=True, metavar="ID")
    sub.add_argument("-t", "--to", dest="target", required=True, metavar="ID")
    sub.add_argument("-k", "--k", type=int, metavar="N")
    sub.add_argument("-a", "--all", action="store_true")
    sub.add_argument("-L", "--max-length", type=int, default=4, metavar="L")
    sub.add_argument("--limit", type=int, default=1000, metavar="N")
    sub.add_argument("-r", "--relations", metavar="R,...")
    sub.add_argument("-c", "--classes", metavar="C,...")
    sub.add_argument("--confidence", metavar="C,...")
    sub.add_argument("-u", "--undirected", action="store_true")
    sub.add_argument("-w", "--weight", metavar="COLUMN")
    lens_option(sub)
    sub.add_argument("--time-respecting", action="store_true")
    sub.add_argument("--any-time", action="store_true")
    outputs(sub, csv_too=False)

    sub = command("robustness", cmd_robustness, "which conclusions survive doubtful evidence")
    sub.add_argument("-m", "--measure", default="betweenness", metavar="M")
    sub.add_argument("-c", "--communities", action="store_true")
    sub.add_argument("--method", default="leiden", metavar="M")
    sub.add_argument("-B", "--replicates", type=int, default=200, metavar="B")
    sub.add_argument("-p", "--dropout", type=float, default=0.2, metavar="P")
    sub.add_argument("--level", type=float, default=0.9, metavar="L")
    sub.add_argument("-k", "--top", type=int, default=10, metavar="K")
    sub.add_argument("--seed", type=int, default=1, metavar="N")
    sub.add_argument("--weight", metavar="COLUMN")
    outputs(sub)

    sub = command("timeline", cmd_timeline, "the network in periods: snapshots, trajectories, "
                  "community events, time-respecting reach")
    sub.add_argument("--width", type=float, default=None, metavar="W")
    sub.add_argument("--sliding", metavar="W,S")
    sub.add_argument("--breaks", metavar="Y1,Y2,...")
    sub.add_argument("--phases", action="store_true")
    sub.add_argument("--gap", type=int, default=1, metavar="G")
    sub.add_argument("--from", dest="from_", type=float, default=None, metavar="YEAR")
    sub.add_argument("--to", type=float, default=None, metavar="YEAR")
    sub.add_argument("--undated", default="drop", choices=("drop", "every", "actors"))
    sub.add_argument("-m", "--measure", metavar="M,...")
    sub.add_argument("--normalized", action="store_true")
    sub.add_argument("--no-communities", action="store_true")
    sub.add_argument("--threshold", type=float, default=0.3, metavar="J")
    sub.add_argument("--seed", type=int, default=None, metavar="N")
    sub.add_argument("--reach", metavar="ID")
    sub.add_argument("-k", "--top", type=int, default=5, metavar="K")
    lens_option(sub)
    outputs(sub)

    sub = command("validate", cmd_validate, "check a network against the data schema")
    sub.add_argument("--vocabulary", metavar="TSV")

    sub = command("convert", cmd_convert, "convert GraphML to GraphML, DOT or CSV")
    sub.add_argument("output", metavar="OUTPUT")

    sub = command("report", cmd_report, "the analyst's report (no FILE: bundled data)",
                  file_required=False)
    sub.add_argument("-o", "--output", default="actornet-report", metavar="DIR")
    lens_option(sub)
    sub.add_argument("--chain-lens", default="auto", metavar="LENS")
    sub.add_argument("--seed", type=int, default=None, metavar="N")
    sub.add_argument("-B", "--replicates", type=int, default=100, metavar="B")
    sub.add_argument("--no-render", action="store_true")
    return parser


def main(argv=None):
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else EXIT_OK
    try:
        return args.run(args)
    except (_errors.ParseError, _errors.FormatError, _errors.UnsupportedError,
            _errors.LimitError, _errors.FileError) as error:
        print("actornet: %s" % error, file=sys.stderr)
        return EXIT_INPUT
    except (_errors.NotFoundError, _errors.InvalidArgumentError, ValueError) as error:
        print("actornet: %s: %s" % (args.command, error), file=sys.stderr)
        return EXIT_USAGE
    except actornet.Error as error:
        print("actornet: %s" % error, file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
