#!/usr/bin/env python3
"""Assembles dist/ from the optimised wasm, its JS glue, the style sheet and the templates.

dist/screener.html is the whole widget in one document: style, glue, start-up and the wasm
bytes (one character per byte, see wasm_literals) are inlined, so an opaque-origin sandboxed
frame never has to fetch anything and the document can run under `connect-src 'none'`. The CSP allows exactly the
document's inline scripts and styles by their SHA-256 hashes, and nothing else. The output depends only on the inputs (no dates, no paths),
so two builds of the same source give the same bytes; the hashes printed at the end let anyone
check a downloaded copy.
"""
import base64
import collections
import hashlib
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def sha256_b64(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# Bytes that cannot stand for themselves inside a JS string in an HTML <script>: NUL (the HTML
# parser replaces it), CR and LF (line ends are normalised, and end a JS string), the quote and
# the backslash (JS), and "<" (so no "</script" or "<!--" can appear).
UNSAFE = {0x00, 0x0A, 0x0D, 0x22, 0x5C, 0x3C}
# What stands for a byte in the literal, best first: the 122 characters that take one byte in
# UTF-8 and are safe in the script (U+0001-U+007F but the unsafe ones), then U+0080-U+00FF
# (two bytes in UTF-8, still one in the browser's memory: a string of code points up to U+00FF
# is stored one byte per character, and parses faster than one with any character above),
# and last, for the six rarest byte values, escapes of the unsafe characters.
ESCAPES = {0x00: "\\x00", 0x0A: "\\n", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\", 0x3C: "\\x3c"}
STAND_INS = (
    [chr(c) for c in range(0x01, 0x80) if c not in UNSAFE]
    + [chr(c) for c in range(0x80, 0x100)]
    + [ESCAPES[c] for c in sorted(UNSAFE)]
)


def wasm_literals(data: bytes) -> tuple[str, str]:
    """The wasm bytes as a JS string of one character per byte, and the table to read it back.

    Base64 would hide the byte patterns from gzip and cost about 30 % after compression; one
    character per byte keeps them. But a character above U+007F takes two bytes in UTF-8, and
    wasm is full of high bytes (LEB128), so byte-for-character costs about 10 % after gzip. So
    the most frequent byte values get the one-byte characters, the next ones two-byte
    characters, the rarest six an escape (see STAND_INS). The table's character b stands for
    byte b; ties go by byte value, so the output stays reproducible.
    """
    counts = collections.Counter(data)
    by_use = sorted(range(256), key=lambda b: (-counts[b], b))
    stand_in = [""] * 256
    for rank, b in enumerate(by_use):
        stand_in[b] = STAND_INS[rank]
    return "".join(stand_in), "".join(stand_in[b] for b in data)


def main() -> int:
    glue_path, wasm_path = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    dist = ROOT / "dist"
    # Start empty, so no file of an earlier build lingers in dist/ or in its SHA256SUMS.
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir()

    glue = glue_path.read_text(encoding="utf-8")
    boot = (ROOT / "src/embed/boot.js").read_text(encoding="utf-8")
    table, literal = wasm_literals(wasm_path.read_bytes())
    script = f"{glue}\nconst WASM_TABLE = \"{table}\";\nconst WASM_BYTES = \"{literal}\";\n{boot}"
    style = (ROOT / "style/screener.css").read_text(encoding="utf-8")

    template = (ROOT / "index.html").read_text(encoding="utf-8")
    for marker in ("{{CSP}}", "{{STYLE}}", "{{SCRIPT}}"):
        if template.count(marker) != 1:
            sys.exit(f"index.html must contain {marker} exactly once")
    # An inlined text must not be able to end its element early.
    for text, end in ((style, "</style"), (script, "</script"), (script, "<!--")):
        if end in text.lower():
            sys.exit(f"the inlined text contains {end!r}")
    page = template.replace("{{STYLE}}", style).replace("{{SCRIPT}}", script)

    # Every inline script and style of the document, the template's own small ones included,
    # is allowed by its hash; an element added later (by anyone) is not.
    scripts = re.findall(r"<script(?: [^>]*)?>(.*?)</script>", page, flags=re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, flags=re.S)
    hashes = lambda texts: " ".join(f"'sha256-{sha256_b64(t)}'" for t in texts)
    # No report-uri/report-to: a violation report would itself be a request leaving the device.
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {hashes(scripts)} 'wasm-unsafe-eval'",
        f"style-src {hashes(styles)}",
        "img-src data:",
        "connect-src 'none'",
        "form-action 'none'",
        "base-uri 'none'",
    ])
    page = page.replace("{{CSP}}", csp)
    (dist / "screener.html").write_text(page, encoding="utf-8")
    (dist / "csp.txt").write_text(csp + "\n", encoding="utf-8")

    shutil.copyfile(ROOT / "src/embed/embed.js", dist / "embed.js")
    for page_path in sorted((ROOT / "demo").iterdir()):
        if page_path.is_file():
            shutil.copyfile(page_path, dist / page_path.name)

    lines = []
    for f in sorted(dist.iterdir()):
        if f.is_file() and f.name != "SHA256SUMS":
            lines.append(f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}")
    (dist / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("SHA-256 of dist/:")
    print("\n".join("  " + l for l in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
