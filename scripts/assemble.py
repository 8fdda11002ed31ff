#!/usr/bin/env python3
"""Assembles dist/ from the optimised wasm, its JS glue, the style sheet and the templates.

dist/screener.html is the whole widget in one document: style, glue, start-up and the wasm
bytes (packed with LZMA, as base64, see packed_wasm) are inlined, so an opaque-origin sandboxed
frame never has to fetch anything and the document can run under `connect-src 'none'`. The CSP allows exactly the
document's inline scripts and styles by their SHA-256 hashes, and nothing else. The output depends only on the inputs (no dates, no paths),
so two builds of the same source give the same bytes; the hashes printed at the end let anyone
check a downloaded copy.
"""
import base64
import hashlib
import lzma
import pathlib
import re
import shutil
import subprocess
import sys


ROOT = pathlib.Path(__file__).resolve().parent.parent


def sha256_b64(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def leb(n: int) -> bytes:
    """An unsigned LEB128 number, as wasm writes lengths and indices."""
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def short_name(i: int) -> str:
    """The i-th short JS identifier: a … z, A … Z, then two letters."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return letters[i] if i < len(letters) else short_name(i // len(letters) - 1) + letters[i % len(letters)]


def short_links(glue: str, wasm: bytes) -> tuple[str, bytes]:
    """The glue and the wasm with short names for what links them.

    wasm-bindgen names each import and export after the Rust item plus a 16-digit hash
    ("__wbg_addEventListener_70e3766f6252144d", "wasm_bindgen__convert__closures_____invoke__h…"),
    and every import repeats the module name "./care_screener_bg.js". The names are written
    in the wasm and again in the glue, and hashes do not compress: short names save about
    4 KB of the document after gzip (bench/size.md, change 7). Each name is replaced whole in
    both, and the build stops unless the glue gives each import exactly once and uses its
    name nowhere else.
    """
    def read_leb(at: int) -> tuple[int, int]:
        n = shift = 0
        while True:
            byte = wasm[at]
            n |= (byte & 0x7F) << shift
            at, shift = at + 1, shift + 7
            if byte < 0x80:
                return n, at

    def read_name(at: int) -> tuple[str, int]:
        size, at = read_leb(at)
        return wasm[at:at + size].decode("utf-8"), at + size

    def skip_limits(at: int) -> int:
        flags, at = read_leb(at)
        at = read_leb(at)[1]
        return read_leb(at)[1] if flags & 1 else at

    # What follows an import's names, by kind: a function's type index, a table's element
    # type and limits, a memory's limits, a global's type and mutability, a tag's type.
    skip_desc = {
        0: lambda at: read_leb(at)[1],
        1: lambda at: skip_limits(at + 1),
        2: skip_limits,
        3: lambda at: at + 2,
        4: lambda at: read_leb(at + 1)[1],
    }
    imports: dict[str, str] = {}
    exports: dict[str, str] = {}
    kept: list[str] = []
    short = lambda names, field: names.setdefault(field, short_name(len(imports) + len(exports)))
    out = bytearray(wasm[:8])
    at = 8
    while at < len(wasm):
        section = wasm[at]
        size, body = read_leb(at + 1)
        end = body + size
        if section in (2, 7):
            count, pos = read_leb(body)
            entries = bytearray(leb(count))
            for _ in range(count):
                if section == 2:
                    module, pos = read_name(pos)
                    field, pos = read_name(pos)
                    if module != "./care_screener_bg.js":
                        sys.exit(f"unexpected wasm import module {module!r}")
                    new = short(imports, field)
                    desc_start = pos
                    pos = skip_desc[wasm[pos]](pos + 1)
                    entries += leb(1) + b"m" + leb(len(new)) + new.encode() + wasm[desc_start:pos]
                else:
                    field, pos = read_name(pos)
                    desc_start = pos
                    pos = read_leb(pos + 1)[1]
                    # Only wasm-bindgen's generated names, which all have an underscore;
                    # "memory" and "start" stay, they are words of the glue's own too.
                    new = short(exports, field) if "_" in field else kept.append(field) or field
                    entries += leb(len(new)) + new.encode() + wasm[desc_start:pos]
            if pos != end:
                sys.exit(f"wasm section {section} was not read to its end")
            out += bytes([section]) + leb(len(entries)) + entries
        else:
            out += wasm[at:end]
        at = end

    if clash := set(kept) & set(exports.values()):
        sys.exit(f"a short name is also a kept export name: {clash}")
    glue, modules = re.subn(r'"\./care_screener_bg\.js": import0', "m: import0", glue)
    if modules != 1:
        sys.exit("the glue does not give its imports as \"./care_screener_bg.js\": import0")
    for old, new in imports.items():
        glue, n = re.subn(rf"(?<![\w$]){re.escape(old)}(?=: function)", new, glue)
        if n != 1:
            sys.exit(f"the glue gives the wasm's import {old!r} {n} times as `{old}: function`, not once")
    for old, new in exports.items():
        # Not every export is used by the glue (wasm-bindgen's __abort_handler is not). Where
        # the glue declares a function of its own under an export's name, that function and
        # its uses are renamed with it, to "$" and the short name, which nothing else in the
        # glue is called.
        glue = re.sub(rf"(?<=\bwasm\.){re.escape(old)}\b", new, glue)
        if re.search(rf"\bfunction {re.escape(old)}\(", glue):
            glue = re.sub(rf"(?<![\w$.'\"`]){re.escape(old)}(?![\w$'\"`:])", "$" + new, glue)
    for old in [*imports, *exports]:
        # Any other use of an old name (another property, a key, a quoted name) would reach
        # the wasm by a name it no longer has, so the build stops.
        if re.search(rf"(?<![\w$]){re.escape(old)}(?![\w$])", glue):
            sys.exit(f"the glue still uses {old!r} after renaming the wasm's links")
    return glue, bytes(out)


def without_exports(glue: str) -> str:
    """The glue as part of the one inline script, not a module of its own: its exports go, so
    terser drops what the start-up does not call. That is wasm-bindgen's asynchronous loader,
    which would fetch the wasm by URL (never used: the bytes are inlined), and the JS wrapper
    of `start`, which the wasm runs by itself when it is instantiated."""
    glue, n = re.subn(r"^export \{ initSync, __wbg_init as default \};\n", "", glue, flags=re.M)
    if n != 1:
        sys.exit("the glue does not end with `export { initSync, __wbg_init as default };`")
    glue = re.sub(r"^export function ", "function ", glue, flags=re.M)
    if re.search(r"^export\b", glue, flags=re.M):
        sys.exit("the glue exports something new; see without_exports")
    return glue


def minified(code: str) -> str:
    """The glue and the start-up script through terser (pinned in package.json): local names
    shortened, comments and dead code dropped; -2.6 KB of the document after gzip. Property
    names are left alone, so the links to the wasm keep their names."""
    terser = ROOT / "node_modules/.bin/terser"
    args = [str(terser), "--module", "--compress", "--mangle", "--comments", "false"]
    return subprocess.run(args, input=code, capture_output=True, text=True, check=True).stdout


# CSS's own whitespace (after its preprocessing, \r and \f are line breaks like \n). Python's
# \s matches more than this, which is one of the things css_pieces() refuses.
CSS_SPACE = " \t\n\r\f"


def css_pieces(css: str) -> list[tuple[str, str]]:
    """The sheet cut the way a browser reads it, as ("text" | "string" | "comment", piece)
    pairs, for compact_css to check its regexes against. The build stops on anything those
    regexes would read differently from a browser; each message names what was found.

    What the regexes assume, and why each matters:
    - No single-quoted string: the regexes keep only double-quoted strings as they are, so the
      inside of a single-quoted one would lose spaces, and a " in it would pair wrongly.
    - No backslash outside comments: the string regex would end a string at an escaped quote
      (\\"), and outside strings an escape can make a space or a { } ; , part of a name
      (".a\\ {", "\\,"), or a space end a hex escape ("\\31 "), which the space regexes ignore.
    - No "/*" in a string: the comment regex would cut from it to the next "*/", string or not.
      "*/" in a string is refused as well: harmless to the regex without a "/*" before it in a
      string, but then no comment mark is ever inside a string, which is easier to reason about.
    - Every string closed on its own line: a browser ends a string at a line break (and drops
      the declaration), while the regex would read on to the next " anywhere.
    - Every comment closed: a browser reads an open comment to the end of the sheet, while the
      regex would leave it and compact the text inside it.
    - Whitespace on at least one side of each comment: a browser separates the text either
      side of a comment, the regex joins it ("1px/**/2px" would become "1px2px").
    - No url(: an unquoted URL is one piece of text in which "/*" is no comment and spaces and
      ; , { } mean something else.
    - No other whitespace than CSS's outside strings: \\s would also turn a no-break space or a
      line separator (part of a name, for CSS) or a vertical tab (a character of its own) into
      a space.
    - No custom property with an empty value ("--x: ;"): without its space, "--x:;" is an
      invalid declaration for browsers that follow the first version of the variables spec.
    """
    def stop(at: int, what: str, text: str = css) -> None:
        line = text.count("\n", 0, at) + 1
        sys.exit(f"compact_css: the style sheet has {what} (line {line}), which its regexes would misread; see css_pieces in scripts/assemble.py")

    pieces: list[tuple[str, str]] = []
    text_start = at = 0
    while at < len(css):
        if css.startswith("/*", at):
            end = css.find("*/", at + 2)
            if end < 0:
                stop(at, "an unterminated comment")
            before, after = css[at - 1:at], css[end + 2:end + 3]
            if before and after and before not in CSS_SPACE and after not in CSS_SPACE:
                stop(at, "a comment between two non-space characters")
            kind, end = "comment", end + 2
        elif css[at] == '"':
            end = at + 1
            while end < len(css) and css[end] not in '"\\\n\r\f':
                end += 1
            if end < len(css) and css[end] == "\\":
                stop(end, "a backslash escape in a string")
            if end == len(css) or css[end] != '"':
                stop(at, "a double-quoted string that is not closed on its line")
            kind, end = "string", end + 1
            for mark in ("/*", "*/"):
                if mark in css[at:end]:
                    stop(at, f'"{mark}" inside a double-quoted string')
        elif css[at] == "'":
            stop(at, "a single-quoted string")
        elif css[at] == "\\":
            stop(at, "a backslash escape outside a string")
        else:
            at += 1
            continue
        if text_start < at:
            pieces.append(("text", css[text_start:at]))
        pieces.append((kind, css[at:end]))
        text_start = at = end
    if text_start < len(css):
        pieces.append(("text", css[text_start:]))

    # The rest is about the text outside strings and comments. Each string stands there as an
    # empty "" and each comment as its line breaks, so lines are counted as in the sheet. That
    # the regexes delete a comment instead makes no difference to what is looked for here,
    # since a comment has whitespace on one side at least.
    outside = "".join({"text": piece, "string": '""', "comment": "\n" * piece.count("\n")}[kind] for kind, piece in pieces)
    checks = [
        (r"(?i)url\(", "a url( function"),
        (rf"[^\S{CSS_SPACE}]", "whitespace that CSS does not count as whitespace"),
        (rf"--[\w-]+[{CSS_SPACE}]*:[{CSS_SPACE}]*[;}}]", "a custom property with an empty value"),
    ]
    for pattern, what in checks:
        if found := re.search(pattern, outside):
            stop(found.start(), f"{what} ({found.group()!r})", outside)
    return pieces


def same_sheet(before: list[tuple[str, str]], after: str) -> None:
    """Stops the build unless the compacted sheet (after) has no comment left, as many { and
    as many } outside strings as the sheet it came from (before, that sheet's css_pieces), and
    the same double-quoted strings in the same order. This checks the regexes' work rather
    than their input: a rule cut short or run into the next, or a string changed, shows here."""
    pieces = css_pieces(after)
    of_kind = lambda pieces, kind: [piece for k, piece in pieces if k == kind]
    if of_kind(pieces, "comment"):
        sys.exit("compact_css left a comment in the compacted sheet")
    for brace in "{}":
        was, now = (sum(text.count(brace) for text in of_kind(p, "text")) for p in (before, pieces))
        if was != now:
            sys.exit(f"compact_css changed the number of {brace!r} outside strings from {was} to {now}")
    if of_kind(before, "string") != of_kind(pieces, "string"):
        sys.exit("compact_css changed the double-quoted strings of the sheet or their order")


def compact_css(css: str) -> str:
    """The style sheet without its comments and layout whitespace (with the template's
    comments, -1.3 KB after gzip); the readable sheet stays in style/. Only spaces next to
    { } ; , go, which never change what a rule means, and nothing inside double quotes.
    The regexes are simple and right only for a sheet like this one: css_pieces stops the
    build on anything they would read differently from a browser (a single-quoted string, a
    comment mark in a string, a url(, an escape ...), and same_sheet checks what they made."""
    pieces = css_pieces(css)
    parts = re.split(r'("[^"]*")', re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(r"\s*([{};,])\s*", r"\1", re.sub(r"\s+", " ", parts[i]))
    compact = "".join(parts).strip()
    same_sheet(pieces, compact)
    return compact


# The LZMA settings of the packed wasm, which the decoder (unpack/src/lib.rs) is written for:
# lc=3 (a literal's context is the top 3 bits of the byte before it), lp=0 and pb=0 (no context
# from the position: wasm has no fixed-size records). Of the settings tried on this module these
# pack smallest; the default lc=3, lp=0, pb=2 is 0.4 KB larger. The dictionary holds the whole
# module, and preset 9 "extreme" searches hardest for matches.
LZMA_FILTERS = [{
    "id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME,
    "lc": 3, "lp": 0, "pb": 0, "nice_len": 273, "dict_size": 1 << 20,
}]


def packed_wasm(data: bytes) -> bytes:
    """The wasm as a raw LZMA1 stream (Python's lzma, i.e. liblzma), which the start-up unpacks
    with our own decoder (unpack/, src/embed/boot.js).

    LZMA packs this module 14 % smaller than Zopfli's deflate, the best the browsers' own
    DecompressionStream can unpack: 109.7 KB instead of 127.6 KB, measured on the same module
    (bench/size.md, change 12). The stream is checked here against liblzma's own decoder, so a
    build never ships a payload that does not unpack to the module.

    The packed bytes are reproducible for one liblzma version (Debian 12's 5.4.1 here, which
    Python's lzma module links): another version may pack the same module a little
    differently, so the document's SHA-256 would differ while it still unpacks to the same
    wasm.
    """
    if len(data) > LZMA_FILTERS[0]["dict_size"]:
        sys.exit("the wasm is larger than the LZMA dictionary; raise dict_size in LZMA_FILTERS")
    packed = lzma.compress(data, format=lzma.FORMAT_RAW, filters=LZMA_FILTERS)
    if lzma.decompress(packed, format=lzma.FORMAT_RAW, filters=LZMA_FILTERS) != data:
        sys.exit("the LZMA stream does not unpack to the wasm")
    return packed


def main() -> int:
    glue_path, wasm_path, unpack_path = (pathlib.Path(a) for a in sys.argv[1:4])
    dist = ROOT / "dist"
    # Start empty, so no file of an earlier build lingers in dist/ or in its SHA256SUMS.
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir()

    glue = glue_path.read_text(encoding="utf-8")
    boot = (ROOT / "src/embed/boot.js").read_text(encoding="utf-8")
    glue, wasm = short_links(glue, wasm_path.read_bytes())
    # The payload and its decoder are declared on their own line, outside what terser sees, so
    # the tests, the benchmark and anyone checking the document can find them as they are.
    b64 = lambda data: base64.b64encode(data).decode("ascii")
    payload = f'const UNPACK = "{b64(unpack_path.read_bytes())}", WASM_LZMA = "{b64(packed_wasm(wasm))}", WASM_SIZE = {len(wasm)};'
    script = f"{payload}\n{minified(without_exports(glue) + chr(10) + boot)}"
    style = compact_css((ROOT / "style/screener.css").read_text(encoding="utf-8"))

    # The template's comments are for whoever edits it, not for every visitor's download.
    template = re.sub(r"\n?<!--.*?-->", "", (ROOT / "index.html").read_text(encoding="utf-8"), flags=re.S)
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

    # dist/SHA256SUMS is written by build.sh once the configurator is in dist/ too.
    return 0


if __name__ == "__main__":
    sys.exit(main())
