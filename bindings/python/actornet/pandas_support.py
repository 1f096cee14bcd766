"""pandas: networks and results as DataFrames, and networks from DataFrames.

pandas is optional: it is imported only when one of these functions runs, and its
absence raises an ImportError that says how to install it.

How values map (both ways):

========== ====================== =========================================
GraphML    pandas dtype            missing value
========== ====================== =========================================
boolean    ``boolean``             ``pd.NA``
int        ``Int32``               ``pd.NA``
long       ``Int64``               ``pd.NA``
float      ``Float64``             ``pd.NA`` (NaN stays a value: NaN)
double     ``Float64``             ``pd.NA`` (NaN stays a value: NaN)
string     ``string``              ``pd.NA``
========== ====================== =========================================

``DataFrame.attrs["graphml_types"]`` records each column's GraphML type, so a round
trip (``from_pandas(net.actors(), net.ties())``) keeps ``int`` apart from ``long`` and
``float`` apart from ``double``; ``attrs["graph"]`` (the graph attributes) and
``attrs["graph_id"]`` of ``actors()`` come back too. Absent values read as the column's
declared default, as everywhere in the binding; declared defaults themselves are not kept.

Reading DataFrames (:func:`frame_tables`): nullable dtypes map back as above; numpy
``bool`` → boolean, integers up to 32 bits → int, wider → long (``uint64`` values must
fit a signed 64-bit long), ``float32`` → float, ``float64`` → double, in which NaN
is read as missing (pandas' traditional marker; use ``Float64`` to keep NaN as a value),
``category`` and ``object`` columns by their values (all bool, all int, numbers,
or all str; a mixture raises TypeMismatchError), datetimes as ISO 8601 strings.
"""
import math
import numbers

from . import _errors
from ._value_types import column_type

#: The pandas dtype of each GraphML type.
DTYPES = {"boolean": "boolean", "int": "Int32", "long": "Int64", "float": "Float64",
          "double": "Float64", "string": "string"}

_STRUCTURE = ("from", "to", "directed", "edge_id")
_INT32 = (-2 ** 31, 2 ** 31 - 1)
_INT64 = (-2 ** 63, 2 ** 63 - 1)


def require_pandas():
    """The pandas module, or ImportError saying how to get it."""
    try:
        import pandas
    except ImportError as error:
        raise ImportError("this needs pandas, which is not installed (Debian: "
                          "apt install python3-pandas); actornet works without it otherwise") \
            from error
    return pandas


def _numpy():
    import numpy
    return numpy


# ---- values -> pandas arrays ---------------------------------------------------

def _nullable(pd, kind, values):
    """A pandas extension array of `kind` ('float', 'int', 'bool', 'str', 'object') from
    a list/array in which None marks a missing value (NaN in a float list stays NaN)."""
    numpy = _numpy()
    if kind == "float":
        if isinstance(values, numpy.ndarray):
            # A result array: NaN is the C library's "no value" (constraint of an isolate,
            # a stated rank without stated ties), so it reads as NA.
            data = values.astype(numpy.float64)
            return pd.arrays.FloatingArray(data, numpy.isnan(data))
        mask = numpy.array([v is None for v in values], dtype=bool)
        data = numpy.array([0.0 if v is None else float(v) for v in values], dtype=numpy.float64)
        return pd.arrays.FloatingArray(data, mask)
    if kind == "int":
        return pd.array(_as_list(values), dtype="Int64")
    if kind == "bool":
        return pd.array(_as_list(values), dtype="boolean")
    if kind == "str":
        return pd.array(_as_list(values), dtype="string")
    array = numpy.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        array[i] = value
    return array


def _as_list(values):
    tolist = getattr(values, "tolist", None)
    return tolist() if tolist is not None else list(values)


def _column_array(pd, type_name, values):
    """A typed pandas array for a network column of GraphML type `type_name`."""
    if type_name in ("float", "double"):
        return _nullable(pd, "float", values)
    return pd.array(values, dtype=DTYPES[type_name])


def table_to_pandas(table):
    """A :class:`actornet._table.Table` as a DataFrame (a Series when ``table.series``)."""
    pd = require_pandas()
    index = None
    if table.index is not None:
        index = pd.Index(list(table.index), name=table.index_name, dtype=object)
    if table.series:
        column = table.columns[0]
        result = pd.Series(_nullable(pd, column.kind, column.values), index=index,
                           name=column.name)
    else:
        data = {column.name: _nullable(pd, column.kind, column.values)
                for column in table.columns}
        result = pd.DataFrame(data, index=index)
        if index is None:
            result.index.name = table.index_name
    result.attrs.update(table.meta)
    return result


# ---- Network -> DataFrames -------------------------------------------------------

class PandasMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def actors(self):
        """The nodes as a pandas DataFrame: indexed by id (in file order), one typed column
        per node attribute (see :mod:`actornet.pandas_support` for the dtypes), missing
        values as ``pd.NA``; ``.attrs["graphml_types"]`` keeps each column's GraphML type.

        >>> actors = net.actors()
        >>> actors[actors["type"] == "state"]
        """
        pd = require_pandas()
        columns = self.columns("node")
        data = {c.name: _column_array(pd, c.type, self.values(c.name, "node")) for c in columns}
        frame = pd.DataFrame(data, index=pd.Index(self.nodes, name="id", dtype=object))
        frame.attrs["graphml_types"] = {c.name: c.type for c in columns}
        frame.attrs["graph"] = {name: value for name, value in self.graph_attributes.items()
                                if value is not None}
        if self.graph_id is not None:
            frame.attrs["graph_id"] = self.graph_id
        return frame

    def ties(self):
        """The edges as a pandas DataFrame, one row per edge in file order (the row label
        is the edge index): ``from``, ``to`` (node ids), ``directed`` (bool), ``edge_id``
        (the GraphML id or NA), then one typed column per edge attribute, missing values
        as ``pd.NA``. An edge attribute named like one of the first four is refused
        (ValueError) rather than silently shadowed.

        >>> ties = net.ties()
        >>> ties[ties["confidence"] == "reported"][["from", "to", "relation", "source"]]
        """
        pd = require_pandas()
        columns = self.columns("edge")
        clash = [c.name for c in columns if c.name in _STRUCTURE]
        if clash:
            raise ValueError("edge attribute(s) %s clash with the structural columns %s of "
                             "ties(); rename them first" % (", ".join(map(repr, clash)),
                                                            ", ".join(_STRUCTURE)))
        edges = self.edges
        data = {"from": pd.array([e.source for e in edges], dtype="string"),
                "to": pd.array([e.target for e in edges], dtype="string"),
                "directed": pd.array([e.directed for e in edges], dtype="boolean"),
                "edge_id": pd.array([e.id for e in edges], dtype="string")}
        for c in columns:
            data[c.name] = _column_array(pd, c.type, self.values(c.name, "edge"))
        frame = pd.DataFrame(data, index=pd.RangeIndex(len(edges), name="edge"))
        frame.attrs["graphml_types"] = {c.name: c.type for c in columns}
        return frame


# ---- DataFrames -> network tables --------------------------------------------------

def _missing(pd, value):
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _series_column(pd, name, series, recorded=None):
    """(GraphML type, [Python value or None, ...]) for one DataFrame column."""
    dtype = series.dtype
    kind = getattr(dtype, "kind", "O")
    nullable = isinstance(dtype, pd.api.extensions.ExtensionDtype)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        values = [None if _missing(pd, v) else v.isoformat() for v in series]
        return "string", values
    if isinstance(dtype, pd.CategoricalDtype):
        values = [None if _missing(pd, v) else v for v in series.astype(object)]
        type_name = column_type(name, [v for v in values if v is not None])
    elif pd.api.types.is_bool_dtype(dtype):
        type_name = "boolean"
        values = [None if _missing(pd, v) else bool(v) for v in series.astype(object)]
    elif pd.api.types.is_integer_dtype(dtype):
        size = dtype.itemsize if hasattr(dtype, "itemsize") else 8
        unsigned = getattr(dtype, "kind", "i") == "u"
        type_name = "int" if size < 4 or (size == 4 and not unsigned) else "long"
        values = [None if _missing(pd, v) else int(v) for v in series.astype(object)]
        for value in values:
            if value is not None and not _INT64[0] <= value <= _INT64[1]:
                raise _errors.TypeMismatchError(
                    "column %r: %d does not fit a 64-bit long" % (name, value),
                    code=_errors.AN_ETYPE, status="AN_ETYPE")
    elif pd.api.types.is_float_dtype(dtype):
        type_name = "float" if dtype.itemsize == 4 else "double"
        if nullable:
            mask = series.isna().to_numpy()
            raw = series.to_numpy(dtype="float64", na_value=0.0)
            values = [None if m else float(v) for v, m in zip(raw, mask)]
        else:
            values = [None if math.isnan(v) else float(v) for v in series.to_numpy()]
    elif pd.api.types.is_string_dtype(dtype) or kind == "O":
        values = [None if _missing(pd, v) else v for v in series]
        type_name = column_type(name, [v for v in values if v is not None])
        if type_name == "string" and any(v is not None and not isinstance(v, str)
                                         for v in values):
            values = [None if v is None else str(v) for v in values]
    else:
        raise TypeError("column %r has dtype %s, which actornet cannot store; convert it to "
                        "bool, int, float or str" % (name, dtype))
    if recorded in DTYPES and recorded != type_name:
        type_name = _recorded_type(name, type_name, recorded, values)
    return type_name, values


def _recorded_type(name, inferred, recorded, values):
    """The GraphML type a round trip recorded (attrs["graphml_types"]) when it still fits."""
    families = {"boolean": "b", "int": "i", "long": "i", "float": "f", "double": "f",
                "string": "s"}
    if families[inferred] != families[recorded]:
        return inferred
    if recorded == "int" and any(v is not None and not _INT32[0] <= v <= _INT32[1]
                                 for v in values):
        return inferred
    return recorded


def _frame_columns(pd, frame, skip, what):
    """[(name, type, values)] for every column of `frame` but those in `skip`."""
    recorded = frame.attrs.get("graphml_types", {}) if hasattr(frame, "attrs") else {}
    result = []
    for name in frame.columns:
        if name in skip:
            continue
        if not isinstance(name, str):
            raise TypeError("%s column names must be str, not %r" % (what, name))
        type_name, values = _series_column(pd, name, frame[name], recorded.get(name))
        result.append((name, type_name, values))
    return result


def _ids(pd, values, what):
    ids = []
    for row, value in enumerate(values):
        if _missing(pd, value):
            raise ValueError("%s row %d has no id" % (what, row))
        ids.append(value if isinstance(value, str) else str(value))
    return ids


def frame_tables(nodes=None, edges=None, directed=True, source=None, target=None,
                 node_id="id", edge_id="edge_id", directed_column="directed"):
    """Read node and edge DataFrames into the tables of
    :func:`actornet.constructors.build`: ``(directed, graph_data, columns, nodes, edges,
    graph_id)``.

    nodes: ids in column `node_id` (default "id"), else the index; ids are str()-ed.
    edges: endpoints in `source` / `target` (default: "from" / "to" as :meth:`ties`
        writes them, else "source" / "target" as NetworkX's ``to_pandas_edgelist``);
        an optional boolean `directed_column` (NA: the network's default, `directed`) and
        `edge_id` column (NA: no id).
    Node ids met only in `edges` become nodes after the listed ones, in order of first
    appearance.
    """
    pd = require_pandas()
    node_rows, node_columns = [], []
    graph_data, graph_columns, graph_id = {}, [], None
    attrs = getattr(nodes, "attrs", None) if nodes is not None else None
    if isinstance(attrs, dict):
        graph_data = {str(k): v for k, v in attrs.get("graph", {}).items()
                      if isinstance(v, (bool, numbers.Real, str))}
        graph_columns = [(name, column_type(name, [value]), None)
                         for name, value in graph_data.items()]
        if isinstance(attrs.get("graph_id"), str):
            graph_id = attrs["graph_id"]
    if nodes is not None:
        if node_id in nodes.columns:
            ids = _ids(pd, nodes[node_id], "nodes")
            skip = {node_id}
        else:
            ids = _ids(pd, nodes.index, "nodes")
            skip = set()
        columns = _frame_columns(pd, nodes, skip, "node")
        node_columns = [(name, type_name, None) for name, type_name, _ in columns]
        for row, node in enumerate(ids):
            node_rows.append((node, {name: values[row] for name, _, values in columns
                                     if values[row] is not None}))
    edge_rows, edge_columns = [], []
    if edges is not None:
        if source is None and target is None:
            source, target = ("from", "to") if "from" in edges.columns and "to" in \
                edges.columns else ("source", "target")
        for column in (source, target):
            if column not in edges.columns:
                raise ValueError("edges has no %r column (its columns: %s)"
                                 % (column, ", ".join(map(str, edges.columns))))
        sources = _ids(pd, edges[source], "edges")
        targets = _ids(pd, edges[target], "edges")
        skip = {source, target}
        flags = [None] * len(sources)
        if directed_column in edges.columns:
            skip.add(directed_column)
            flags = [None if _missing(pd, v) else bool(v) for v in edges[directed_column]]
        edge_ids = [None] * len(sources)
        if edge_id in edges.columns:
            skip.add(edge_id)
            edge_ids = [None if _missing(pd, v) else str(v) for v in edges[edge_id]]
        columns = _frame_columns(pd, edges, skip, "edge")
        edge_columns = [(name, type_name, None) for name, type_name, _ in columns]
        known = {node for node, _ in node_rows}
        for node in _interleave(sources, targets):
            if node not in known:
                known.add(node)
                node_rows.append((node, {}))
        for row in range(len(sources)):
            edge_rows.append((sources[row], targets[row], flags[row], edge_ids[row],
                              {name: values[row] for name, _, values in columns
                               if values[row] is not None}))
    return (bool(directed), graph_data, {"graph": graph_columns, "node": node_columns,
                                         "edge": edge_columns}, node_rows, edge_rows, graph_id)


def _interleave(sources, targets):
    for pair in zip(sources, targets):
        yield from pair
