"""The GraphML type a column gets from the Python values it will hold (shared by the
NetworkX and pandas readers)."""
import numbers

from . import _errors


def column_type(name, values):
    """'boolean' (only bools), 'long' (ints and bools), 'double' (numbers with a float),
    'string' (only str; also for no values). Raises TypeMismatchError when strings and
    numbers mix, TypeError for a value of another type."""
    kinds = set()
    for value in values:
        if isinstance(value, bool) or type(value).__name__ == "bool_":
            kinds.add("boolean")
        elif isinstance(value, numbers.Integral):
            if not -2 ** 63 <= int(value) < 2 ** 63:
                raise OverflowError("attribute %r holds %d, outside the signed 64-bit range actornet stores "
                                    "(give it as a float or a string)" % (name, int(value)))
            kinds.add("long")
        elif isinstance(value, numbers.Real):
            kinds.add("double")
        elif isinstance(value, str):
            kinds.add("string")
        else:
            raise TypeError("attribute %r holds a %s value (%r); actornet stores bool, int, "
                            "float and str" % (name, type(value).__name__, value))
    if not kinds or kinds == {"string"}:
        return "string"
    if kinds == {"boolean"}:
        return "boolean"
    if kinds <= {"boolean", "long"}:
        return "long"
    if kinds <= {"boolean", "long", "double"}:
        return "double"
    raise _errors.TypeMismatchError(
        "attribute %r mixes strings and numbers; make its values one type" % name,
        code=_errors.AN_ETYPE, status="AN_ETYPE")
