#!/usr/bin/env python3
"""Writes dist/configure.html, the configurator: the page template, its style and script, and
the settings checker (configure/: the widget's own parser compiled to a small wasm module,
inlined as base64) in one document that works from the file system as well as from a server.

Its policy allows exactly its one script and one style by hash, the checker's compilation, and
frames of its own folder (the preview); nothing can connect anywhere. It also carries, for the
snippets it writes, the version, the widget's policy (dist/csp.txt) and the Subresource
Integrity hash of dist/embed.js, so it must run after the widget's own build. The output
depends only on its inputs, so builds are reproducible.

    configure.py <glue.js> <checker.wasm>
"""
import base64
import hashlib
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def sha(name: str, data: bytes) -> str:
    return base64.b64encode(hashlib.new(name, data).digest()).decode("ascii")


def version() -> str:
    found = re.search(r'^version = "([^"]+)"', (ROOT / "Cargo.toml").read_text(), re.M)
    if not found:
        sys.exit("configure.py: no version in Cargo.toml")
    return found.group(1)


def main() -> None:
    glue_path, wasm_path = map(pathlib.Path, sys.argv[1:3])
    glue = glue_path.read_text()
    if "function __wbg_init" not in glue or "export function check" not in glue:
        sys.exit("configure.py: the checker's glue has no __wbg_init or check; did wasm-bindgen change?")
    embed = (DIST / "embed.js").read_bytes()
    build = {
        "version": version(),
        "csp": (DIST / "csp.txt").read_text().strip(),
        "sri": "sha384-" + sha("sha384", embed),
    }
    wasm = base64.b64encode(wasm_path.read_bytes()).decode("ascii")
    page = ROOT / "configure"
    # The glue is an ES module; the page's script follows it in the same inline module, so it
    # calls `check` directly. Compiling from bytes (never a fetch) is what lets the page run
    # from the file system and under connect-src 'none'.
    script = (
        glue
        + "\nconst BUILD = " + json.dumps(build) + ";\n"
        + 'await __wbg_init({ module_or_path: Uint8Array.from(atob("' + wasm + '"), (c) => c.charCodeAt(0)) });\n'
        + (page / "page.js").read_text()
    )
    style = (page / "page.css").read_text()
    csp = (
        "default-src 'none'; script-src 'sha256-" + sha("sha256", script.encode()) + "' 'wasm-unsafe-eval'; "
        "style-src 'sha256-" + sha("sha256", style.encode()) + "'; frame-src 'self'; img-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    html = (page / "page.html").read_text()
    for name, value in (("csp", csp), ("version", build["version"]), ("style", style), ("script", script)):
        if "{{" + name + "}}" not in html:
            sys.exit(f"configure.py: the page template has no {{{{{name}}}}}")
        # The script last, so nothing in it is taken for a placeholder.
        html = html.replace("{{" + name + "}}", value)
    if "</script" in script.lower() or "</style" in style.lower():
        sys.exit("configure.py: the script or style would end its element early")
    out = DIST / "configure.html"
    out.write_text(html)
    print(f"configure.html: {len(html.encode())} bytes; embed.js integrity {build['sri']}")


if __name__ == "__main__":
    main()
