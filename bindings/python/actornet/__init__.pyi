import os
from typing import Any, Iterable, Sequence
from ._arrays import HAVE_NUMPY as HAVE_NUMPY
from ._errors import AlgorithmError as AlgorithmError, CancelledError as CancelledError, EmptyNetworkError as EmptyNetworkError, Error as Error, ExistsError as ExistsError, FileError as FileError, FormatError as FormatError, InvalidArgumentError as InvalidArgumentError, LimitError as LimitError, MisuseError as MisuseError, NotFoundError as NotFoundError, OutOfMemoryError as OutOfMemoryError, ParseError as ParseError, RangeError as RangeError, TypeMismatchError as TypeMismatchError, UnsupportedError as UnsupportedError, VersionError as VersionError
from .brokerage import Brokerage as Brokerage, ROLES as ROLES
from .centrality import MEASURES as MEASURES
from .cohesion import Cliques as Cliques
from .communities import METHODS as METHODS, PartitionComparison as PartitionComparison, compare_partitions as compare_partitions
from .constructors import from_networkx as from_networkx, from_pandas as from_pandas
from .csv_import import import_csv as import_csv
from .keyplayers import KeyPlayers as KeyPlayers, OBJECTIVES as OBJECTIVES, WhatIf as WhatIf, WhatIfState as WhatIfState
from .network import Column as Column, Edge as Edge, Network as Network, load as load, loads as loads
from .paths import Path as Path, Paths as Paths
from .progress import Progress as Progress, progress as progress
from .results import Partition as Partition, Scores as Scores
from .timeline import Periods as Periods, Reach as Reach, Timeline as Timeline
from .robustness import PartitionRobustness as PartitionRobustness, RankingRobustness as RankingRobustness
from .validate import Vocabulary as Vocabulary, data_file as data_file

__version__: str
library_path: Any
library_version: Any
