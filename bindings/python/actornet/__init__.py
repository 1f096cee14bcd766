"""actornet: analyse covert actor networks from Python.

A pure-Python (ctypes) binding to the actornet C library: the GraphML reader
and writers, the network model with typed attributes, and the analyses, with
results as numpy arrays when numpy is importable.

>>> import actornet
>>> net = actornet.load("data/proxy-network.graphml")
>>> net.betweenness().top(5)                 # [(id, score), ...], highest first
>>> G = net.to_networkx()                    # and back: actornet.from_networkx(G)

The C library is found through ACTORNET_LIBRARY, the build tree, or the
installed prefix; ``actornet.library_path`` says which file was loaded (see
``actornet._library`` for the exact search order).
"""
from . import _ffi
from ._errors import (AlgorithmError, EmptyNetworkError, Error, ExistsError, FileError,
                      FormatError, InvalidArgumentError, LimitError, MisuseError, NotFoundError,
                      OutOfMemoryError, ParseError, RangeError, TypeMismatchError,
                      UnsupportedError, VersionError)
from .network import Column, Edge, Network, load, loads
from .networkx_bridge import from_networkx
from .results import Partition, Scores
from .communities import PartitionComparison, compare_partitions
from .cohesion import Cliques
from .robustness import PartitionRobustness, RankingRobustness
from .validate import Vocabulary, data_file
from .brokerage import Brokerage
from .keyplayers import KeyPlayers, WhatIf, WhatIfState
from . import brokerage, centrality, communities, keyplayers  # noqa: F401  (name tables)

#: Version of this Python package (it follows the C library's version).
__version__ = "0.1.0"

#: The file or soname the C library was loaded from.
library_path = _ffi.library_path

#: The loaded C library's version string, e.g. "0.1.0".
library_version = _ffi.lib.an_version_string().decode("ascii")

from ._arrays import HAVE_NUMPY  # noqa: E402  (True when results are numpy arrays)

__all__ = [
    "load", "loads", "from_networkx", "Network", "Edge", "Column", "Scores", "Partition",
    "PartitionComparison", "compare_partitions", "Cliques", "RankingRobustness",
    "PartitionRobustness", "Vocabulary", "data_file", "Brokerage", "KeyPlayers", "WhatIf",
    "WhatIfState",
    "Error", "OutOfMemoryError", "InvalidArgumentError", "MisuseError", "FileError",
    "ParseError", "FormatError", "UnsupportedError", "LimitError", "NotFoundError",
    "ExistsError", "TypeMismatchError", "RangeError", "AlgorithmError", "VersionError",
    "EmptyNetworkError", "library_path", "library_version", "__version__",
]
