"""The analyst's report (include/actornet/report.h): findings, tables, diagrams and one
self-contained HTML page from one call — what ``actornet report`` writes.

>>> net = actornet.load("data/proxy-network.graphml")
>>> print(net.report("out/"))          # writes out/report.html, report.json, actors.csv, ...
>>> findings = net.report_data()       # report.json as a dict, no files written
>>> findings["actors"]
"""
import json
import os
from ctypes import byref, c_size_t, c_void_p

from . import _ffi
from ._ffi import encode, lib
from .notebook import ReportSummary
from .views import strings


def _report_options(sources, targets, chain_relations, top_k, key_players, chain_k,
                    chain_max_length, max_chains, seed, replicates, dropout, directed, size_by,
                    draw_limit, render, render_timeout, class_column, label_column,
                    relation_column, confidence_column, input_name, progress, exact_limit, lens,
                    chain_lens, time_respecting):
    options = _ffi.ReportOptions()
    options.version = _ffi.ReportOptions.VERSION
    keep = []
    for field, values in (("from_", sources), ("to", targets),
                          ("chain_relations", chain_relations)):
        kept, pointer = strings(values, field)
        keep.append(kept)
        setattr(options, field, pointer)
    options.top_k = int(top_k)
    options.key_players = int(key_players)
    options.chain_k = int(chain_k)
    options.chain_max_length = int(chain_max_length)
    options.max_chains = int(max_chains)
    options.seed = _ffi.ReportOptions.DEFAULT_SEED if seed is None else int(seed)
    options.replicates = int(replicates)
    options.dropout = float(dropout)
    options.directed = 1 if directed else 0
    options.size_by = encode(size_by, "size_by")
    options.draw_limit = int(draw_limit)
    options.render = 1 if render else 0
    options.render_timeout = float(render_timeout)
    options.class_column = encode(class_column, "class_column")
    options.label_column = encode(label_column, "label_column")
    options.relation_column = encode(relation_column, "relation_column")
    options.confidence_column = encode(confidence_column, "confidence_column")
    options.exact_limit = float(exact_limit)
    options.lens = None if lens is None else encode(lens, "lens")
    options.chain_lens = None if chain_lens is None else encode(chain_lens, "chain_lens")
    if time_respecting not in (None, True, False):
        raise TypeError("time_respecting must be None (automatic), True or False, not %r" % (time_respecting,))
    options.time_respecting = -1 if time_respecting is None else int(time_respecting)
    if input_name is not None:
        options.input_name = encode(os.fsdecode(input_name), "input_name")
    errors = []
    if progress is not None:
        def relay(data, step, number, total):
            if errors:
                return
            try:
                progress(step.decode("utf-8", "replace") if step else "", number, total)
            except BaseException as error:     # cannot unwind through C: re-raised after
                errors.append(error)
        callback = _ffi.REPORT_PROGRESS(relay)
        options.progress = callback
        keep.append(callback)
    return options, keep, errors


_DEFAULTS = dict(sources=None, targets=None, chain_relations=None, top_k=10, key_players=3,
                 chain_k=3, chain_max_length=5, max_chains=12, seed=None, replicates=100,
                 dropout=0.2, directed=False, size_by="betweenness", draw_limit=300,
                 render=True, render_timeout=60.0, class_column="type", label_column="label",
                 relation_column="relation", confidence_column="confidence", input_name=None,
                 progress=None, exact_limit=1e8, lens="auto", chain_lens="auto", time_respecting=None)

_OPTIONS_DOC = """
        Options (defaults as ``actornet report``):
            sources, targets:   ids the chains start and end at (default: every `state`;
                                the attack events).
            chain_relations:    relations chains may use (default: ties of agency).
            top_k (10), key_players (3), chain_k (3), chain_max_length (5), max_chains (12).
            seed (42), replicates (100), dropout (0.2): the randomised steps.
            directed (False): centrality follows stored directions.
            size_by ('betweenness'), draw_limit (300), render (True: run Graphviz when on
            PATH), render_timeout (60 s): diagrams.
            class_column, label_column, relation_column, confidence_column.
            input_name:         the input's name shown in the report (default: the file
                                the network was loaded from).
            progress:           callable(step, number, total) called before each long step.
            exact_limit (1e8):  above nodes x ties = exact_limit the report uses its scalable
                                methods (approximate betweenness, sampled harmonic, a key-player
                                candidate pool, fewer replicates) and says so under "methods";
                                0: always, float("inf"): never.
            lens ('auto'):      lens of actors, brokers, communities, key players and
                                robustness: 'auto' (cooperation when the vocabulary gives the
                                network meaning), 'none' (the network as stored) or a preset
                                ('all', 'cooperation', 'conflict', 'influence').
            chain_lens ('auto'): lens of chains ('auto': influence, as above).
            time_respecting (None): chains in time order; None: when a chain lens is active
                                and ties are dated.
"""


class ReportMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def report(self, directory, **options):
        """Analyse the network and write the report into `directory` (created when missing):
        report.html, report.json, network.graphml, actors.csv, communities.csv, chains.csv
        and the diagrams. Returns the terminal summary text (a
        :class:`actornet.notebook.ReportSummary`: a str that Jupyter shows as the report page).

        >>> print(net.report("proxy-report", replicates=200, seed=1))
        """
        unknown = set(options) - set(_DEFAULTS)
        if unknown:
            raise TypeError("unknown report option(s): %s" % ", ".join(sorted(unknown)))
        settings = dict(_DEFAULTS, **options)
        c_options, keep, errors = _report_options(**settings)
        summary = c_void_p()
        try:
            lib.an_report_write(self._handle, encode(os.fsdecode(directory), "directory"),
                                byref(c_options), byref(summary))
        finally:
            del keep
            if errors:
                lib.an_free(summary)
                raise errors[0]
        size = c_size_t(len(_ffi.ctypes.string_at(summary.value))) if summary.value \
            else c_size_t(0)
        return ReportSummary(_ffi.take_buffer(summary, size).decode("utf-8", "surrogateescape"),
                             directory)

    def report_data(self, **options):
        """Compute the report and return report.json as a dict, writing no files.

        >>> data = net.report_data(replicates=0)
        >>> sorted(data)
        """
        unknown = set(options) - set(_DEFAULTS)
        if unknown:
            raise TypeError("unknown report option(s): %s" % ", ".join(sorted(unknown)))
        settings = dict(_DEFAULTS, **options)
        c_options, keep, errors = _report_options(**settings)
        buffer, size = c_void_p(), c_size_t()
        try:
            lib.an_report_json(byref(buffer), byref(size), self._handle, byref(c_options))
        finally:
            del keep
            if errors:
                lib.an_free(buffer)
                raise errors[0]
        return json.loads(_ffi.take_buffer(buffer, size).decode("utf-8", "surrogateescape"))


for _method in (ReportMethods.report, ReportMethods.report_data):
    _method.__doc__ = _method.__doc__.rstrip() + "\n" + _OPTIONS_DOC
del _method
