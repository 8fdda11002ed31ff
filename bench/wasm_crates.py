"""Sums twiggy's `top --format csv` (on stdin) by crate, so the largest dependencies show."""
import collections
import csv
import re
import sys

SECTIONS = ("data", "elem", "type", "import", "export", "table", "global", "code[", "memory", "custom section")
totals = collections.Counter()
for row in csv.DictReader(sys.stdin):
    name, size = row["Name"], int(row["ShallowSize"])
    if name.startswith('"function names"') or name.startswith('"data names"') or name.startswith('"local names"'):
        continue  # only in the named copy; the shipped wasm has no names
    if name.startswith(SECTIONS):
        key = "(data segments)" if name.startswith("data") else "(" + name.split("[")[0].split(" ")[0] + ")"
    else:
        # The first path segment names the crate: "yew::dom_bundle::…", "<alloc::rc::Rc<T> as …>".
        m = re.search(r"([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::", name.lstrip("<&*( "))
        key = m.group(1) if m else "(other)"
        if re.search(r"core(\[[0-9a-f]+\])?::fmt", name):
            key = "core::fmt (formatting)"
    totals[key] += size
whole = sum(totals.values())
for key, size in totals.most_common(14):
    print(f"{size:8d} B {100 * size / whole:5.1f} %  {key}")
print(f"{whole:8d} B total")
