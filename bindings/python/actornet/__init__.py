"""actornet: analyse covert actor networks from Python.

A pure-Python (ctypes) binding to the actornet C library: the GraphML reader
and writers, the network model with typed attributes, views, every analysis
(centrality, cohesion, communities, brokerage, key players, typed paths,
evidence robustness), the report, and conversion to and from NetworkX.
Per-node results cross in one C call each and are numpy arrays when numpy is
importable (plain lists otherwise).

>>> import actornet
>>> net = actornet.load("data/proxy-network.graphml")
>>> net.betweenness().top(5)                 # [(id, score), ...], highest first
>>> net.communities(method="leiden", seed=1).groups()
>>> net.shortest_path("iran", "husayniyyun")[0].hops
>>> G = net.to_networkx()                    # and back: actornet.from_networkx(G)

The C library is found through ACTORNET_LIBRARY, the build tree, or the
installed prefix; ``actornet.library_path`` says which file was loaded (see
``actornet._library`` for the exact search order).
"""
from . import _ffi
from ._arrays import HAVE_NUMPY
from ._errors import (AlgorithmError, EmptyNetworkError, Error, ExistsError, FileError,
                      FormatError, InvalidArgumentError, LimitError, MisuseError, NotFoundError,
                      CancelledError, OutOfMemoryError, ParseError, RangeError,
                      TypeMismatchError,
                      UnsupportedError, VersionError)
from .brokerage import ROLES, Brokerage
from .centrality import MEASURES
from .cohesion import Cliques
from .communities import METHODS, PartitionComparison, compare_partitions
from .keyplayers import OBJECTIVES, KeyPlayers, WhatIf, WhatIfState
from .network import Column, Edge, Network, load, loads
from .constructors import from_networkx, from_pandas
from .csv_import import import_csv
from .paths import Path, Paths
from .progress import Progress, progress
from .positions import (CUG_CONDITIONS, EQUIVALENCE_MEASURES, LINKAGES, QAP_NULLS, TRIAD_TYPES,
                        Blockmodel, CohesiveBlock, CorePeriphery, CugTest, Dendrogram, Positions,
                        QapCorrelation, QapRegression, cug_measures, hierarchical_clustering,
                        qap_correlation, qap_linear, qap_logistic, structural_equivalence_matrices)
from .results import Partition, Scores
from .timeline import Periods, Reach, Timeline
from .robustness import PartitionRobustness, RankingRobustness
from .validate import Vocabulary, data_file

#: Version of this Python package (it follows the C library's version).
__version__ = "0.2.0"

#: The file (or soname) the C library was loaded from.
library_path = _ffi.library_path

#: The loaded C library's version string, e.g. "0.2.0".
library_version = _ffi.lib.an_version_string().decode("ascii")

__all__ = [
    "load", "loads", "import_csv", "from_networkx", "from_pandas", "data_file", "Network", "Edge", "Column", "Scores",
    "Partition", "PartitionComparison", "compare_partitions", "Cliques", "Brokerage",
    "KeyPlayers", "WhatIf", "WhatIfState", "Path", "Paths", "RankingRobustness",
    "PartitionRobustness", "Vocabulary", "MEASURES", "METHODS", "ROLES", "OBJECTIVES",
    "Error", "OutOfMemoryError", "InvalidArgumentError", "MisuseError", "FileError",
    "ParseError", "FormatError", "UnsupportedError", "LimitError", "NotFoundError",
    "ExistsError", "TypeMismatchError", "RangeError", "AlgorithmError", "VersionError",
    "EmptyNetworkError", "CancelledError", "progress", "Progress", "HAVE_NUMPY", "library_path", "library_version", "__version__",
    "Positions", "Dendrogram", "Blockmodel", "CorePeriphery", "CohesiveBlock", "CugTest",
    "QapCorrelation", "QapRegression", "hierarchical_clustering", "qap_correlation", "qap_linear",
    "qap_logistic", "structural_equivalence_matrices", "cug_measures", "EQUIVALENCE_MEASURES",
    "LINKAGES", "TRIAD_TYPES", "QAP_NULLS", "CUG_CONDITIONS", "Timeline", "Periods", "Reach",
]
