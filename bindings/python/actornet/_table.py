"""One tabular description of every result, read by two renderers: pandas
(``to_pandas()``, pandas_support.py) and HTML for Jupyter (``_repr_html_``, notebook.py).

A result class mixes in :class:`TabularResult` and defines ``_table()`` returning a
:class:`Table`; it may define ``_html_table()`` when a notebook should see a different
(shorter, grouped) table than pandas gets, and ``_html_extra()`` for a paragraph of
HTML shown under it (already escaped). Nothing here imports pandas: it is loaded only
when ``to_pandas()`` is called.
"""
from collections import namedtuple

#: One column: its name, its kind ('float', 'int', 'bool', 'str' or 'object') and its
#: values in row order (a list or numpy array; None marks a missing value).
Column = namedtuple("Column", "name kind values")

KINDS = ("float", "int", "bool", "str", "object")


class Table:
    """Rows of typed columns.

    title:      a heading for the HTML view (plain text; escaped when shown).
    index:      row labels (node ids, measure names, ...) or None for 0, 1, ...
    index_name: the index's name ("id", ...).
    columns:    a list of :class:`Column`.
    meta:       scalars describing the whole result (modularity, replicates, ...);
                ``DataFrame.attrs`` in pandas, a line of "name: value" in HTML.
    series:     True when pandas should get a Series (one column) instead of a DataFrame.
    sort:       the column a notebook sorts by first (descending), or None for row order.
    """

    __slots__ = ("title", "index", "index_name", "columns", "meta", "series", "sort")

    def __init__(self, title, columns, index=None, index_name=None, meta=None, series=False,
                 sort=None):
        for column in columns:
            if column.kind not in KINDS:
                raise ValueError("column %r has kind %r" % (column.name, column.kind))
        self.title = title
        self.columns = list(columns)
        self.index = index
        self.index_name = index_name
        self.meta = dict(meta or {})
        self.series = series
        self.sort = sort

    @property
    def row_count(self):
        if self.index is not None:
            return len(self.index)
        return len(self.columns[0].values) if self.columns else 0


class TabularResult:
    """Mixed into result classes: ``to_pandas()`` and ``_repr_html_()`` from ``_table()``."""

    __slots__ = ()

    def _table(self):  # pragma: no cover - every result defines it
        raise NotImplementedError

    def _html_table(self):
        return self._table()

    def _html_extra(self):
        return ""

    def to_pandas(self):
        """This result as a pandas DataFrame (or Series for a single column), with typed
        columns, missing values as ``pd.NA`` and the result's scalars in ``.attrs``.
        Needs pandas (Debian: ``apt install python3-pandas``); ImportError otherwise."""
        from . import pandas_support
        return pandas_support.table_to_pandas(self._table())

    def _repr_html_(self):
        from . import notebook
        return notebook.table_html(self._html_table(), extra=self._html_extra())
