"""Jupyter display: HTML for networks, results, paths and the report.

Every data value (ids, labels, class and relation names, citations) is treated as
hostile: it reaches the page only through :func:`escape` (``&<>"'`` escaped), inside
text or a quoted attribute. Drawings are Graphviz SVG embedded as an ``<img>`` data URI,
so nothing in them can run a script or load a resource; pages (the report, the
explorer) are shown in a sandboxed ``<iframe srcdoc>``. Nothing is fetched from a
network: the sortable tables use a few lines of inline JavaScript in each header's
``onclick`` (no data in it), and read fine without it.
"""
import base64
import html
import itertools
import math
import os
import shutil
import subprocess

#: Rows a result table shows in a notebook (``to_pandas()`` has them all).
MAX_ROWS = 50
#: The largest network drawn in its HTML view (nodes, edges).
DRAW_LIMIT = (300, 1200)
#: Seconds Graphviz may take for a drawing.
DRAW_TIMEOUT = 20.0

_counter = itertools.count(1)

# Sort the rows of the clicked header's table by that column; numbers by data-v
# (NaN last), text otherwise; a second click reverses. Holds no data.
_SORT = ("var t=this.closest('table'),b=t.tBodies[0],i=this.cellIndex,"
         "d=this.getAttribute('data-d')==='a'?'d':'a',r=Array.prototype.slice.call(b.rows);"
         "this.setAttribute('data-d',d);"
         "function k(x){var c=x.cells[i],v=c.getAttribute('data-v');"
         "return v===null?c.textContent:(v===''?NaN:parseFloat(v));}"
         "r.sort(function(x,y){var p=k(x),q=k(y),s;"
         "if(typeof p==='number'){if(p!==p)return q!==q?0:1;if(q!==q)return -1;s=p-q;}"
         "else s=String(p).localeCompare(String(q));return d==='a'?s:-s;});"
         "r.forEach(function(e){b.appendChild(e);});")

_STYLE = ("<style>.an-table{border-collapse:collapse;font-size:12px}"
          ".an-table th,.an-table td{padding:2px 8px;border-bottom:1px solid #ddd;"
          "text-align:left}.an-table td.n{text-align:right;font-variant-numeric:tabular-nums}"
          ".an-table th{cursor:pointer;background:#f4f4f4}.an-note{color:#555;font-size:12px}"
          "</style>")


def escape(value):
    """Any value as HTML text, safe in element content and in quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _number_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return "%.6g" % value
    return str(value)


def _plain(value):
    item = getattr(value, "item", None)
    return item() if item is not None and not isinstance(value, (list, tuple, dict)) else value


def _cell(kind, value):
    value = _plain(value)
    if value is None:
        return '<td data-v="" class="n"><i>NA</i></td>' if kind in ("float", "int") \
            else "<td><i>NA</i></td>"
    if kind in ("float", "int") and isinstance(value, (int, float)) and \
            not isinstance(value, bool):
        key = "" if isinstance(value, float) and math.isnan(value) else repr(float(value))
        return '<td class="n" data-v="%s">%s</td>' % (escape(key), escape(_number_text(value)))
    if isinstance(value, (list, tuple)):
        value = ", ".join(_number_text(_plain(v)) if not isinstance(v, str) else v
                          for v in value)
    return "<td>%s</td>" % escape(_number_text(value) if not isinstance(value, str) else value)


def _order(table):
    """Row positions, by table.sort descending (NaN and NA last) when set."""
    rows = range(table.row_count)
    if table.sort is None:
        return list(rows)
    column = next(c for c in table.columns if c.name == table.sort)
    values = [_plain(v) for v in column.values]

    def key(i):
        v = values[i]
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return (1, 0.0)
        return (0, -float(v))
    return sorted(rows, key=key)


def table_html(table, extra="", max_rows=None):
    """A :class:`actornet._table.Table` as an HTML table (sortable by clicking a header)."""
    max_rows = MAX_ROWS if max_rows is None else max_rows
    order = _order(table)
    shown = order[:max_rows]
    table_id = "an-t%d" % next(_counter)
    parts = [_STYLE, '<div class="an-result">']
    if table.title:
        parts.append("<strong>%s</strong>" % escape(table.title))
    if table.meta:
        parts.append('<div class="an-note">%s</div>' % escape(
            "; ".join("%s: %s" % (k, _number_text(_plain(v))) for k, v in table.meta.items())))
    parts.append('<table class="an-table" id="%s"><thead><tr>' % table_id)
    headers = ([table.index_name or ""] if table.index is not None else []) + \
        [c.name for c in table.columns]
    for name in headers:
        parts.append('<th onclick="%s" title="sort">%s</th>' % (escape(_SORT), escape(name)))
    parts.append("</tr></thead><tbody>")
    for i in shown:
        parts.append("<tr>")
        if table.index is not None:
            parts.append("<td>%s</td>" % escape(table.index[i]))
        for column in table.columns:
            parts.append(_cell(column.kind, column.values[i]))
        parts.append("</tr>")
    parts.append("</tbody></table>")
    if len(order) > len(shown):
        parts.append('<div class="an-note">%d of %d rows shown%s; '
                     '<code>.to_pandas()</code> has them all.</div>'
                     % (len(shown), len(order),
                        " (highest %s first)" % escape(table.sort) if table.sort else ""))
    if extra:
        parts.append(extra)
    parts.append("</div>")
    return "".join(parts)


# ---- drawings -------------------------------------------------------------------

def svg_image(dot_text, engine="dot", timeout=DRAW_TIMEOUT, alt="network drawing"):
    """Render DOT with Graphviz and return an ``<img>`` holding the SVG as a data URI, or
    None when Graphviz is missing, fails or times out. An SVG inside ``<img>`` cannot run
    scripts, follow links or load anything."""
    program = shutil.which(engine) or shutil.which("dot")
    if program is None:
        return None
    arguments = [program, "-Tsvg"]
    if os.path.basename(program) == "dot" and engine != "dot":
        arguments.append("-K" + engine)
    try:
        done = subprocess.run(arguments, input=dot_text.encode("utf-8"), capture_output=True,
                              timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or not done.stdout:
        return None
    data = base64.b64encode(done.stdout).decode("ascii")
    return '<img alt="%s" style="max-width:100%%" src="data:image/svg+xml;base64,%s"/>' % (
        escape(alt), data)


# ---- networks ---------------------------------------------------------------------

def _counts_html(title, counts, limit=12):
    if not counts:
        return ""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    text = ", ".join("%s %s" % (escape(name), escape(count)) for name, count in items[:limit])
    if len(items) > limit:
        text += ", &hellip; (%d more)" % (len(items) - limit)
    return "<tr><th>%s</th><td>%s</td></tr>" % (escape(title), text)


def network_html(network, draw=True):
    """The HTML view of a :class:`actornet.Network`: size, direction, classes, relations,
    confidence levels, years, and a drawing when it is small enough (:data:`DRAW_LIMIT`)."""
    if network.closed:
        return "<p>actornet.Network (closed)</p>"
    summary = network.summary()
    n, m = network.node_count, network.edge_count
    parts = [_STYLE, '<div class="an-network"><strong>actornet.Network</strong>',
             '<table class="an-table">',
             "<tr><th>source</th><td>%s</td></tr>" % escape(network.source_name or "(in memory)"),
             "<tr><th>size</th><td>%s actors, %s ties, %s</td></tr>" % (
                 escape(n), escape(m), escape(network.direction))]
    parts.append(_counts_html("classes", _as_counts(summary.get("classes"))))
    parts.append(_counts_html("relations", _as_counts(summary.get("relations"))))
    parts.append(_counts_html("confidence", _as_counts(summary.get("confidence"))))
    years = summary.get("years")
    if isinstance(years, dict) and years.get("min") is not None:
        parts.append("<tr><th>years</th><td>%s&ndash;%s</td></tr>" % (
            escape(years.get("min")), escape(years.get("max"))))
    components = summary.get("components")
    if isinstance(components, dict) and "weak" in components:
        parts.append("<tr><th>components</th><td>%s (largest: %s actors)</td></tr>" % (
            escape(components["weak"]), escape(components.get("largest_weak"))))
    warnings = network.warnings
    if warnings:
        parts.append("<tr><th>warnings</th><td>%s</td></tr>" % escape(len(warnings)))
    parts.append("</table>")
    if draw and 0 < n <= DRAW_LIMIT[0] and m <= DRAW_LIMIT[1]:
        image = svg_image(network.to_dot_string(graph_attributes={
            "overlap": "false", "fontsize": "10"}), engine="neato")
        if image is not None:
            parts.append(image)
    elif draw and n > 0:
        parts.append('<div class="an-note">not drawn: more than %d actors or %d ties</div>'
                     % DRAW_LIMIT)
    parts.append("</div>")
    return "".join(parts)


def _as_counts(value):
    """A {name: count} dict from the summary's classes/relations entry (dict or list)."""
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if isinstance(v, (int, float))}
    if isinstance(value, list):
        counts = {}
        for item in value:
            if isinstance(item, dict) and "name" in item:
                counts[item["name"]] = item.get("count", "")
        return counts
    return {}


class NotebookMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def _repr_html_(self):
        return network_html(self)


# ---- paths -------------------------------------------------------------------------

_HOP_FIELDS = ("relation", "year", "confidence", "source", "locator")


def path_html(path, number=None):
    """One chain: its actors, then each hop with its tie and citation."""
    title = "chain %d: " % number if number is not None else "chain: "
    parts = ['<div class="an-path"><strong>%s%s</strong> <span class="an-note">(%s hops, '
             'distance %s)</span>' % (escape(title), escape(" \u2192 ".join(path.nodes)),
                                      escape(path.length), escape(_number_text(path.distance))),
             '<table class="an-table"><thead><tr><th>#</th><th>from</th><th>to</th>'
             + "".join("<th>%s</th>" % escape(f) for f in _HOP_FIELDS)
             + "<th>other ties</th></tr></thead><tbody>"]
    for i, hop in enumerate(path.hops, 1):
        alternatives = hop.get("alternatives") or []
        parts.append("<tr><td>%d</td><td>%s</td><td>%s</td>%s<td>%s</td></tr>" % (
            i, escape(hop.get("from")), escape(hop.get("to")),
            "".join("<td>%s</td>" % escape("" if hop.get(f) is None else hop.get(f))
                    for f in _HOP_FIELDS),
            escape(len(alternatives)) if alternatives else ""))
    parts.append("</tbody></table></div>")
    return "".join(parts)


def paths_html(paths):
    """Every chain of a :class:`actornet.Paths`, or a line saying there is none."""
    parts = [_STYLE, '<div class="an-paths">']
    head = "%d chain%s from %s to %s" % (len(paths), "" if len(paths) == 1 else "s",
                                         paths.source, paths.target)
    parts.append("<strong>%s</strong>" % escape(head))
    if paths.truncated:
        parts.append(' <span class="an-note">(the search stopped at a limit: more exist)</span>')
    for number, path in enumerate(paths[:MAX_ROWS], 1):
        parts.append(path_html(path, number))
    if len(paths) > MAX_ROWS:
        parts.append('<div class="an-note">%d more chains not shown</div>'
                     % (len(paths) - MAX_ROWS))
    parts.append("</div>")
    return "".join(parts)


# ---- pages (the report, the explorer) ------------------------------------------------

def page_html(path, height=700, scripts=False):
    """An HTML page file shown inside a sandboxed iframe (``srcdoc``): the report
    (no scripts: ``sandbox=""``) or the explorer (``scripts=True``: ``allow-scripts``,
    still without same-origin access to the notebook). The page must be self-contained
    (the report's and the explorer's are)."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8", "replace")
    sandbox = "allow-scripts" if scripts else ""
    return ('<iframe sandbox="%s" style="width:100%%;height:%dpx;border:1px solid #ccc" '
            'srcdoc="%s"></iframe>' % (sandbox, int(height), escape(text)))


class Page:
    """A page file that Jupyter shows inline (``_repr_html_``), e.g. ``report.html``."""

    def __init__(self, path, height=700, scripts=False):
        self.path = os.fspath(path)
        self.height = height
        self.scripts = scripts

    def _repr_html_(self):
        return page_html(self.path, self.height, self.scripts)

    def __repr__(self):
        return "Page(%r)" % self.path


class ReportSummary(str):
    """What :meth:`Network.report` returns: the terminal summary (a str, so ``print`` works
    as before) that also knows its directory; in Jupyter it shows ``report.html`` inline.
    ``.page()`` is that page, ``.explorer()`` the explorer page when the report has one."""

    def __new__(cls, text, directory):
        self = super().__new__(cls, text)
        self.directory = os.fspath(directory)
        return self

    def page(self, height=700):
        """report.html as a :class:`Page`."""
        return Page(os.path.join(self.directory, "report.html"), height)

    def explorer(self, height=700):
        """explorer.html (interactive; runs its own scripts in the sandbox) as a
        :class:`Page`; FileNotFoundError when this report has none."""
        path = os.path.join(self.directory, "explorer.html")
        if not os.path.isfile(path):
            raise FileNotFoundError("no explorer page in %s" % self.directory)
        return Page(path, height, scripts=True)

    def _repr_html_(self):
        path = os.path.join(self.directory, "report.html")
        if not os.path.isfile(path):
            return "<pre>%s</pre>" % escape(str(self))
        return page_html(path)


def show(path, height=700, scripts=None):
    """A :class:`Page` for any report directory or page file: a directory shows its
    report.html; ``explorer.html`` runs its scripts (sandboxed) unless scripts=False."""
    path = os.fspath(path)
    if os.path.isdir(path):
        path = os.path.join(path, "report.html")
    if scripts is None:
        scripts = os.path.basename(path) == "explorer.html"
    return Page(path, height, scripts)
