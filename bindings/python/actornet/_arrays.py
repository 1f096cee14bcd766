"""Arrays across the C boundary: numpy when it is importable, plain lists otherwise.

The C side always fills a caller-allocated buffer in one call (no per-element
ctypes calls). With numpy the buffer *is* the result array (zero copy); without
numpy it is a ctypes array turned into a list in one C-level conversion.
"""
import ctypes

try:
    import numpy
except ImportError:  # numpy is optional
    numpy = None

HAVE_NUMPY = numpy is not None


class DoubleBuffer:
    """``count`` doubles for a C function to fill: ``.pointer`` for C, ``.result()`` after."""

    __slots__ = ("_storage", "pointer", "count")

    def __init__(self, count):
        self.count = count
        if HAVE_NUMPY:
            self._storage = numpy.empty(count, dtype=numpy.float64)
            self.pointer = self._storage.ctypes.data_as(ctypes.POINTER(ctypes.c_double))
        else:
            self._storage = (ctypes.c_double * max(count, 1))()
            self.pointer = ctypes.cast(self._storage, ctypes.POINTER(ctypes.c_double))

    def result(self):
        """The filled values: a numpy float64 array, or a list of floats."""
        if HAVE_NUMPY:
            return self._storage
        return self._storage[:self.count]


class IntegerBuffer:
    """``count`` int64 values for a C function to fill."""

    __slots__ = ("_storage", "pointer", "count")

    def __init__(self, count):
        self.count = count
        if HAVE_NUMPY:
            self._storage = numpy.empty(count, dtype=numpy.int64)
            self.pointer = self._storage.ctypes.data_as(ctypes.POINTER(ctypes.c_int64))
        else:
            self._storage = (ctypes.c_int64 * max(count, 1))()
            self.pointer = ctypes.cast(self._storage, ctypes.POINTER(ctypes.c_int64))

    def result(self):
        """The filled values: a numpy int64 array, or a list of ints."""
        if HAVE_NUMPY:
            return self._storage
        return self._storage[:self.count]


def doubles_in(values, count):
    """A (keep-alive, pointer) pair passing `values` (any sequence or array) as const double *."""
    if HAVE_NUMPY:
        array = numpy.ascontiguousarray(values, dtype=numpy.float64)
        if array.shape != (count,):
            raise ValueError("expected %d values, got shape %s" % (count, array.shape))
        return array, array.ctypes.data_as(ctypes.POINTER(ctypes.c_double))
    values = list(values)
    if len(values) != count:
        raise ValueError("expected %d values, got %d" % (count, len(values)))
    storage = (ctypes.c_double * max(count, 1))(*values)
    return storage, ctypes.cast(storage, ctypes.POINTER(ctypes.c_double))


def integers_in(values, count):
    """A (keep-alive, pointer) pair passing `values` as const int64_t *."""
    if HAVE_NUMPY:
        array = numpy.ascontiguousarray(values, dtype=numpy.int64)
        if array.shape != (count,):
            raise ValueError("expected %d values, got shape %s" % (count, array.shape))
        return array, array.ctypes.data_as(ctypes.POINTER(ctypes.c_int64))
    values = [int(v) for v in values]
    if len(values) != count:
        raise ValueError("expected %d values, got %d" % (count, len(values)))
    storage = (ctypes.c_int64 * max(count, 1))(*values)
    return storage, ctypes.cast(storage, ctypes.POINTER(ctypes.c_int64))


def to_list(values):
    """A plain Python list (of Python numbers) from an array or list."""
    if HAVE_NUMPY and isinstance(values, numpy.ndarray):
        return values.tolist()
    return list(values)


def copy_int64(pointer, count):
    """Copy `count` int64 values from C memory: numpy array (one memcpy) or list."""
    if count <= 0:
        return numpy.empty(0, dtype=numpy.int64) if HAVE_NUMPY else []
    if HAVE_NUMPY:
        return numpy.ctypeslib.as_array(pointer, shape=(count,)).copy()
    return pointer[:count]


def copy_double(pointer, count):
    """Copy `count` doubles from C memory: numpy array (one memcpy) or list."""
    if count <= 0:
        return numpy.empty(0, dtype=numpy.float64) if HAVE_NUMPY else []
    if HAVE_NUMPY:
        return numpy.ctypeslib.as_array(pointer, shape=(count,)).copy()
    return pointer[:count]
