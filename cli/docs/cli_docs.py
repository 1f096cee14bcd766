#!/usr/bin/env python3
"""Man pages and shell completion for `actornet`, generated from its own --help.

The built tool's help text is the one source: `actornet --help` (commands, exit
status, environment) and `actornet COMMAND --help` (synopsis, description,
arguments, options, examples; printed by cli/cli_args.c). So a page or a completion
can never disagree with the tool it was built with; tests/cli_docs checks the result.

    cli_docs.py --list cli/command_list.h          the command names, one a line
    cli_docs.py --actornet BUILD/cli/actornet --outdir DIR
        writes DIR/actornet.1, DIR/actornet-COMMAND.1 for each command,
        DIR/actornet (bash-completion's file name for the command) and DIR/_actornet (zsh)

Standard library only (runs under meson's Python at build time).
"""
import argparse
import os
import re
import subprocess
import sys

SECTION = re.compile(r"^([a-z][a-z ]*):$")
OPTION = re.compile(r"^  (?:-(\w), |    )--([A-Za-z0-9][A-Za-z0-9-]*)"
                    r"(?: ([A-Z][A-Za-z0-9_,.\[\]{}|:-]*))?(?: +(.*))?$")
POSITIONAL = re.compile(r"^  ([A-Z][A-Z0-9_.{},]*) +\((required|optional)\)$")
COMMAND = re.compile(r"^  ([a-z][a-z0-9_-]*) +(.*)$")

# Words offered for options whose values are names (the help says them in prose).
CHOICES = {
    "measure": "degree in_degree out_degree strength betweenness closeness harmonic "
               "eigenvector pagerank hub authority coreness constraint effective_size",
    "method": "leiden louvain infomap walktrap label_propagation edge_betweenness",
    "objective": "fragmentation distance_fragmentation reach distance_reach modularity cpm",
    "direction": "auto undirected out in both",
    "missing": "group exclude",
    "size-by": "degree betweenness closeness harmonic eigenvector pagerank",
    "lens": "auto all cooperation conflict influence none",
}
NODE_VALUES = ("ID", "IDS", "ID,...", "ID[,ID...]")
DIRECTORY_VALUES = ("DIR",)
NETWORK_INPUTS = ("FILE", "IN")


# ---- reading the help ----------------------------------------------------------------

def run_help(actornet, *command):
    result = subprocess.run([actornet, *command, "--help"], capture_output=True, text=True,
                            check=False, env=dict(os.environ, LC_ALL="C.UTF-8"))
    if result.returncode != 0:
        raise SystemExit("%s %s --help failed (%d): %s" % (actornet, " ".join(command),
                                                          result.returncode, result.stderr))
    return result.stdout


def parse_command_help(text):
    """{synopsis: [lines], description, arguments: [(name, required)], options: [dict],
    examples}"""
    lines = text.rstrip("\n").split("\n")
    if not lines or not lines[0].startswith("usage: "):
        raise SystemExit("unexpected help text: %r" % text[:80])
    page = {"synopsis": [lines[0][len("usage: "):]], "description": [], "arguments": [],
            "options": [], "examples": []}
    rest = lines[1:]
    while rest and rest[0].startswith(" ") and rest[0].strip():   # a wrapped synopsis
        page["synopsis"].append(rest.pop(0))
    section = "description"
    for line in rest:
        heading = SECTION.match(line)
        if heading and heading.group(1) in ("arguments", "options", "examples"):
            section = heading.group(1)
            continue
        if section == "description":
            page["description"].append(line)
        elif section == "arguments":
            match = POSITIONAL.match(line)
            if match:
                page["arguments"].append((match.group(1), match.group(2) == "required"))
        elif section == "options":
            match = OPTION.match(line)
            if match:
                page["options"].append({"short": match.group(1), "long": match.group(2),
                                        "value": match.group(3),
                                        "help": (match.group(4) or "").strip()})
            elif line.strip() and page["options"]:
                page["options"][-1]["help"] += " " + line.strip()
        else:
            page["examples"].append(line)
    page["description"] = _trim(page["description"])
    page["examples"] = _trim(page["examples"])
    return page


def parse_main_help(text):
    """{commands: [(name, summary)], sections: {title: [lines]}, description: [lines]}"""
    lines = text.rstrip("\n").split("\n")
    result = {"synopsis": lines[0][len("usage: "):].split("    ")[0], "commands": [],
              "description": [], "exit": [], "environment": []}
    part = "description"
    for line in lines[1:]:
        if line == "commands:":
            part = "commands"
            continue
        if line.startswith("exit status:"):
            part = "exit"
        elif line.startswith("reader limits"):
            part = "environment"
        elif line.startswith("actornet ") and part == "environment":
            continue
        if part == "commands":
            match = COMMAND.match(line)
            if match:
                result["commands"].append((match.group(1), match.group(2)))
            elif not line.strip():
                part = "after"
        elif part in ("description", "exit", "environment"):
            result[part].append(line)
    for key in ("description", "exit", "environment"):
        result[key] = _trim(result[key])
    return result


def _trim(lines):
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def command_names(command_list):
    with open(command_list, encoding="utf-8") as handle:
        return re.findall(r"^AN_CLI_COMMAND\((\w+),", handle.read(), re.M)


# ---- man pages ------------------------------------------------------------------------

def roff_text(text):
    """Text safe in a roff line: backslashes, leading dots/quotes, hyphens."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def roff_block(lines):
    """Preformatted lines (tables, examples) kept as they are."""
    out = [".nf"]
    for line in lines:
        out.append(roff_text(line) if line.strip() else ".sp")
    out.append(".fi")
    return out


def man_header(name, summary, version):
    return ['.\\" Generated by cli/docs/cli_docs.py from `%s --help`; do not edit.'
            % name.replace("-", " ", 1),
            '.TH "%s" 1 "" "actornet %s" "actornet manual"' % (name.upper(), version),
            ".SH NAME", "%s \\- %s" % (roff_text(name), roff_text(summary))]


ENVIRONMENT = [
    ("ACTORNET_MAX_DEPTH, ACTORNET_MAX_VALUE_BYTES, ACTORNET_MAX_KEYS",
     None),   # from the main help
    ("ACTORNET_THREADS", "caps the worker threads of every library routine (loading, "
                         "betweenness, key players, the report's sampling); results never "
                         "depend on it."),
    ("ACTORNET_DATA_DIR", "where the bundled networks and vocabulary are looked up first."),
]


def environment_section(main):
    out = [".SH ENVIRONMENT", ".TP", ".B ACTORNET_MAX_DEPTH, ACTORNET_MAX_VALUE_BYTES, "
           "ACTORNET_MAX_KEYS", roff_text(" ".join(l.strip() for l in main["environment"]))]
    for name, text in ENVIRONMENT[1:]:
        out += [".TP", ".B " + name, roff_text(text)]
    return out


def progress_paragraph():
    return [".SH PROGRESS",
            roff_text("Work that runs longer than a second (loading a big file, betweenness, "
                      "key players, robustness, communities on large networks, the report) "
                      "shows one progress line on standard error when it is a terminal; "
                      "-q/--quiet turns it off, together with load warnings.")]


def command_page(name, summary, page, main, version):
    out = man_header("actornet-" + name, summary, version)
    out += [".SH SYNOPSIS"] + roff_block(page["synopsis"])
    if page["description"]:
        out += [".SH DESCRIPTION"] + roff_block(page["description"])
    if page["arguments"]:
        out.append(".SH ARGUMENTS")
        for argument, required in page["arguments"]:
            out += [".TP", ".I " + roff_text(argument), "(required)" if required else "(optional)"]
    out.append(".SH OPTIONS")
    for option in page["options"]:
        parts = []
        if option["short"]:
            parts.append("\\fB\\-%s\\fR, " % option["short"])
        parts.append("\\fB\\-\\-%s\\fR" % roff_text(option["long"]))
        if option["value"]:
            parts.append(" \\fI%s\\fR" % roff_text(option["value"]))
        out += [".TP", "".join(parts), roff_text(option["help"])]
    if page["examples"]:
        out += [".SH EXAMPLES"] + roff_block(page["examples"])
    out += [".SH EXIT STATUS", roff_text(" ".join(l.strip() for l in main["exit"]))]
    out += progress_paragraph()
    out += environment_section(main)
    out += [".SH SEE ALSO", "\\fBactornet\\fR(1)"]
    return "\n".join(out) + "\n"


def main_page(main, version):
    out = man_header("actornet", "analyse actor networks", version)
    out += [".SH SYNOPSIS", "\\fBactornet\\fR \\fICOMMAND\\fR [\\fIARGS\\fR...]",
            ".br", "\\fBactornet\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR",
            ".br", "\\fBactornet \\-\\-version\\fR"]
    out += [".SH DESCRIPTION", roff_text(" ".join(l.strip() for l in main["description"]))]
    out.append(".SH COMMANDS")
    for name, summary in main["commands"]:
        out += [".TP", "\\fBactornet\\-%s\\fR(1)" % roff_text(name), roff_text(summary)]
    out += [".SH EXIT STATUS", roff_text(" ".join(l.strip() for l in main["exit"]))]
    out += progress_paragraph()
    out += environment_section(main)
    out += [".SH SEE ALSO", ", ".join("\\fBactornet\\-%s\\fR(1)" % roff_text(n)
                                      for n, _ in main["commands"])]
    return "\n".join(out) + "\n"


# ---- completion -----------------------------------------------------------------------

def _kind(option):
    value = option["value"]
    if value is None:
        return "flag"
    if option["long"] in CHOICES:
        return "choice"
    if value in NODE_VALUES or option["long"] in ("from", "to", "remove", "ego"):
        return "node"
    if value in DIRECTORY_VALUES or option["long"] == "output":
        return "directory"
    if value == "TSV" or value.endswith("FILE"):
        return "file"
    return "value"


def bash_script(commands, pages):
    out = ["# bash completion for actornet; generated by cli/docs/cli_docs.py from "
           "`actornet --help`.",
           "# Commands, options, option values (measures, methods, ...), GraphML files, and",
           "# node ids of the FILE on the command line for --from/--to/--remove/--ego.",
           "",
           "_actornet_node_ids()",
           "{",
           "    local word file",
           "    for word in \"${COMP_WORDS[@]:2}\"; do",
           "        case \"$word\" in",
           "            *.graphml|*.xml) [[ -f $word ]] && { file=$word; break; } ;;",
           "        esac",
           "    done",
           "    [[ -n $file ]] || return 0",
           "    # cheap: only files up to 20 MB, one <node> per line as every writer does",
           "    [[ $(stat -c %s -- \"$file\" 2>/dev/null || echo 0) -le 20000000 ]] || return 0",
           "    sed -n 's/.*<node[^>]* id=\"\\([^\"]*\\)\".*/\\1/p' -- \"$file\" 2>/dev/null",
           "}",
           "",
           "_actornet()",
           "{",
           "    local cur prev command",
           "    cur=${COMP_WORDS[COMP_CWORD]}",
           "    prev=${COMP_WORDS[COMP_CWORD-1]}",
           "    COMPREPLY=()",
           "    if (( COMP_CWORD == 1 )); then",
           "        COMPREPLY=( $(compgen -W \"%s --help --version\" -- \"$cur\") )"
           % " ".join(commands),
           "        return 0",
           "    fi",
           "    command=${COMP_WORDS[1]}",
           "    local options= values= kind=",
           "    case \"$command\" in"]
    for name in commands:
        page = pages[name]
        words = []
        for option in page["options"]:
            words.append("--" + option["long"])
            if option["short"]:
                words.append("-" + option["short"])
        out.append("        %s)" % name)
        out.append("            options=\"%s\"" % " ".join(words))
        cases = {}
        for option in page["options"]:
            kind = _kind(option)
            if kind == "flag":
                continue
            names = ["--" + option["long"]] + (["-" + option["short"]] if option["short"] else [])
            if kind == "choice":
                cases.setdefault("choice:" + CHOICES[option["long"]], []).extend(names)
            else:
                cases.setdefault(kind, []).extend(names)
        out.append("            case \"$prev\" in")
        for kind, names in cases.items():
            if kind.startswith("choice:"):
                action = "values=\"%s\"; kind=words" % kind[len("choice:"):]
            else:
                action = "kind=%s" % kind
            out.append("                %s) %s ;;" % ("|".join(names), action))
        out.append("            esac ;;")
    out += ["        *) return 0 ;;",
            "    esac",
            "    case \"$kind\" in",
            "        words) COMPREPLY=( $(compgen -W \"$values\" -- \"$cur\") ); return 0 ;;",
            "        node)",
            "            local IFS=$'\\n'",
            "            COMPREPLY=( $(compgen -W \"$(_actornet_node_ids)\" -- \"$cur\") ); return 0 ;;",
            "        directory) COMPREPLY=( $(compgen -d -- \"$cur\") ); return 0 ;;",
            "        file) COMPREPLY=( $(compgen -f -- \"$cur\") ); return 0 ;;",
            "        value) return 0 ;;",
            "    esac",
            "    if [[ $cur == -* ]]; then",
            "        COMPREPLY=( $(compgen -W \"$options --help\" -- \"$cur\") )",
            "        return 0",
            "    fi",
            "    # positional arguments: GraphML inputs, outputs by extension, directories",
            "    COMPREPLY=( $(compgen -d -- \"$cur\") $(compgen -f -X '!*.@(graphml|xml|dot|gv|csv)' -- \"$cur\") )",
            "}",
            "",
            "shopt -s extglob 2>/dev/null",
            "complete -o filenames -F _actornet actornet"]
    return "\n".join(out) + "\n"


def _zsh_quote(text):
    return text.replace("\\", "\\\\").replace("'", "'\\''").replace("[", "\\[") \
        .replace("]", "\\]").replace(":", "\\:")


def zsh_script(commands, summaries, pages):
    out = ["#compdef actornet",
           "# zsh completion for actornet; generated by cli/docs/cli_docs.py from "
           "`actornet --help`.",
           "",
           "_actornet_node_ids() {",
           "  local word file",
           "  for word in $words; do",
           "    if [[ $word == *.(graphml|xml) && -f $word ]]; then file=$word; break; fi",
           "  done",
           "  [[ -n $file ]] || return 1",
           "  (( $(zstat +size -- $file 2>/dev/null || stat -c %s -- $file) <= 20000000 )) "
           "|| return 1",
           "  local -a ids",
           "  ids=( ${(f)\"$(sed -n 's/.*<node[^>]* id=\"\\([^\"]*\\)\".*/\\1/p' -- $file "
           "2>/dev/null)\"} )",
           "  compadd -a ids",
           "}",
           "",
           "_actornet() {",
           "  local -a commands",
           "  commands=("]
    for name in commands:
        out.append("    '%s:%s'" % (name, _zsh_quote(summaries.get(name, ""))))
    out += ["  )",
            "  if (( CURRENT == 2 )); then",
            "    _describe -t commands 'actornet command' commands",
            "    return",
            "  fi",
            "  local command=$words[2]",
            "  shift words; (( CURRENT-- ))",
            "  case $command in"]
    for name in commands:
        page = pages[name]
        specs = []
        for option in page["options"]:
            kind = _kind(option)
            text = _zsh_quote(option["help"])
            if kind == "flag":
                action = ""
            elif kind == "choice":
                action = ":%s:(%s)" % (option["value"] or "value", CHOICES[option["long"]])
            elif kind == "node":
                action = ":node id:_actornet_node_ids"
            elif kind == "directory":
                action = ":directory:_files -/"
            elif kind == "file":
                action = ":file:_files"
            else:
                action = ":%s: " % _zsh_quote(option["value"])
            if option["short"]:
                specs.append("'(-%s --%s)'{-%s,--%s}'[%s]%s'" % (
                    option["short"], option["long"], option["short"], option["long"], text,
                    action))
            else:
                specs.append("'--%s[%s]%s'" % (option["long"], text, action))
        for position, (argument, required) in enumerate(page["arguments"], 1):
            pattern = "*.(graphml|xml)" if argument in NETWORK_INPUTS else \
                "*.(graphml|xml|dot|gv|csv)"
            specs.append("'%s%d:%s:_files -g \"%s\"'" % ("" if required else ":", position,
                                                         argument, pattern))
        out.append("    %s)" % name)
        out.append("      _arguments -s \\")
        for spec in specs:
            out.append("        %s \\" % spec)
        out.append("        '(- *)'{-h,--help}'[show the help]' ;;")
    out += ["  esac",
            "}",
            "",
            "_actornet \"$@\""]
    return "\n".join(out) + "\n"


# ---- main --------------------------------------------------------------------------------

def generate(actornet, outdir):
    main = parse_main_help(run_help(actornet))
    version_text = subprocess.run([actornet, "--version"], capture_output=True, text=True,
                                  check=True).stdout.split()
    version = version_text[-1] if version_text else "?"
    commands = [name for name, _ in main["commands"]]
    summaries = dict(main["commands"])
    pages = {name: parse_command_help(run_help(actornet, name)) for name in commands}
    os.makedirs(outdir, exist_ok=True)
    files = {"actornet.1": main_page(main, version),
             "actornet": bash_script(commands, pages),
             "_actornet": zsh_script(commands, summaries, pages)}
    for name in commands:
        files["actornet-%s.1" % name] = command_page(name, summaries[name], pages[name], main,
                                                     version)
    for name, text in files.items():
        path = os.path.join(outdir, name)
        temporary = path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", metavar="COMMAND_LIST_H")
    parser.add_argument("--actornet", metavar="BIN")
    parser.add_argument("--outdir", metavar="DIR")
    args = parser.parse_args()
    if args.list:
        print("\n".join(command_names(args.list)))
        return 0
    if not (args.actornet and args.outdir):
        parser.error("--actornet and --outdir are needed")
    generate(args.actornet, args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
