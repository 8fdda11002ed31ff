#!/usr/bin/env python3
"""Assembles dist/ from the optimised wasm, its JS glue, the style sheet and the templates.

dist/screener.html is the whole widget in one document: style, glue, start-up and the wasm
bytes (deflated, as base64, see packed_wasm) are inlined, so an opaque-origin sandboxed
frame never has to fetch anything and the document can run under `connect-src 'none'`. The CSP allows exactly the
document's inline scripts and styles by their SHA-256 hashes, and nothing else. The output depends only on the inputs (no dates, no paths),
so two builds of the same source give the same bytes; the hashes printed at the end let anyone
check a downloaded copy.
"""
import base64
import hashlib
import pathlib
import re
import shutil
import sys

import zopfli.zopfli  # from PyPI, pinned in scripts/setup.sh

ROOT = pathlib.Path(__file__).resolve().parent.parent


def sha256_b64(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def packed_wasm(data: bytes) -> str:
    """The wasm bytes as base64 of their zlib stream, which boot.js unpacks with the browser's
    own DecompressionStream("deflate").

    Zopfli writes a standard zlib stream about 5 % smaller than gzip -9 can, and the
    transfer's own gzip then takes base64 back to within 1 % of the stream's size. The
    document is 12 KB smaller after gzip than with the bytes inlined one character per byte
    (bench/size.md, change 6); the unpacking is native and takes a few milliseconds. Zopfli
    is deterministic, so the output stays reproducible.
    """
    return base64.b64encode(zopfli.zopfli.compress(data, numiterations=15)).decode("ascii")


def main() -> int:
    glue_path, wasm_path = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    dist = ROOT / "dist"
    # Start empty, so no file of an earlier build lingers in dist/ or in its SHA256SUMS.
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir()

    glue = glue_path.read_text(encoding="utf-8")
    boot = (ROOT / "src/embed/boot.js").read_text(encoding="utf-8")
    script = f"{glue}\nconst WASM_DEFLATED = \"{packed_wasm(wasm_path.read_bytes())}\";\n{boot}"
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
