"""The binding against the headers: every struct mirrored in _ffi has the C layout, every
public function is declared, and the enum values the binding hard-codes are the C ones."""
import ctypes
import os
import re
import shutil
import subprocess

import pytest

import actornet
from actornet import _ffi
from conftest import ROOT

INCLUDE = os.path.join(ROOT, "include")


def structures():
    """(C struct name, ctypes class) for every struct the binding mirrors."""
    found = []
    for value in vars(_ffi).values():
        if isinstance(value, type) and issubclass(value, ctypes.Structure) and value.__doc__:
            match = re.search(r"struct (an_\w+)", value.__doc__)
            if match:
                found.append((match.group(1), value))
    return found


def includes():
    """Every public header, not only those the umbrella header lists yet."""
    headers = sorted(os.listdir(os.path.join(INCLUDE, "actornet")))
    return ['#include "actornet/%s"' % h for h in headers if h.endswith(".h")]


def compile_and_run(tmp_path, source):
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        pytest.skip("no C compiler")
    c_file, program = tmp_path / "probe.c", tmp_path / "probe"
    c_file.write_text(source)
    built = subprocess.run([compiler, "-std=c11", "-I", INCLUDE, str(c_file), "-o",
                            str(program)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    return subprocess.run([str(program)], check=True, capture_output=True,
                          text=True).stdout.split()


def test_struct_layouts_match_the_headers(tmp_path):
    lines = ["#include <stdio.h>", "#include <stddef.h>"] + includes() + ["int main(void) {"]
    expected = []
    for c_name, cls in structures():
        lines.append('printf("%%zu\\n", sizeof(%s));' % c_name)
        expected.append(("sizeof", c_name, ctypes.sizeof(cls)))
        for field, _ in cls._fields_:
            c_field = field.rstrip("_")
            lines.append('printf("%%zu\\n", offsetof(%s, %s));' % (c_name, c_field))
            expected.append((c_name, field, getattr(cls, field).offset))
    lines += ["return 0;", "}"]
    got = compile_and_run(tmp_path, "\n".join(lines))
    assert len(got) == len(expected)
    mismatches = [(what, field, python, int(c)) for (what, field, python), c in
                  zip(expected, got) if python != int(c)]
    assert mismatches == []


def test_enum_values_match_the_headers(tmp_path):
    checks = {
        "AN_VALUE_MISSING": 2, "AN_EEMPTY": -16, "AN_TYPE_STRING": 5, "AN_DOMAIN_EDGE": 2,
        "AN_MIXED": 2, "AN_PARALLEL_KEEP": 1, "AN_AS_UNDIRECTED": 1,
        "AN_EFFECTIVE_SIZE": actornet.MEASURES.index("effective_size"),
        "AN_CORENESS": actornet.MEASURES.index("coreness"),
        "AN_COMMUNITY_EDGE_BETWEENNESS": actornet.METHODS.index("edge_betweenness"),
        "AN_LEIDEN_CPM": 1, "AN_COMPONENTS_STRONG": 1, "AN_ROLE_TOTAL": 5,
        "AN_BROKERAGE_MISSING_EXCLUDE": 1, "AN_KP_DISTANCE_REACH": 3, "AN_KP_IN": 3,
        "AN_UNDATED_DROP": 1, "AN_EGO_IN": 2,
        "AN_CENTRALITY_DEFAULT_SEED": _ffi.CentralityOptions.DEFAULT_SEED,
        "AN_COMMUNITY_DEFAULT_SEED": _ffi.CommunityOptions.DEFAULT_SEED,
        "AN_REPORT_DEFAULT_SEED": _ffi.ReportOptions.DEFAULT_SEED,
    }
    for c_name, cls in structures():
        if hasattr(cls, "VERSION"):
            checks[c_name.upper().replace("AN_", "AN_", 1) + "_VERSION"] = cls.VERSION
    lines = ["#include <stdio.h>"] + includes() + ["int main(void) {"]
    lines += ['printf("%%lld\\n", (long long)(%s));' % name for name in checks]
    lines += ["return 0;", "}"]
    got = [int(v) for v in compile_and_run(tmp_path, "\n".join(lines))]
    assert dict(zip(checks, got)) == checks


def header_functions():
    names = set()
    for header in os.listdir(os.path.join(INCLUDE, "actornet")):
        with open(os.path.join(INCLUDE, "actornet", header), encoding="utf-8") as f:
            names.update(re.findall(r"AN_API[^;(]*?\b(an_\w+)\s*\(", f.read()))
    return names


def test_every_public_function_is_declared():
    declared = set(_ffi.SIGNATURES)
    assert header_functions() - declared == set()
    assert declared - header_functions() == set()


def test_every_declared_function_is_exported():
    assert _ffi.missing_functions() == []
