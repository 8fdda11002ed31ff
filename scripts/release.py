"""Packs a release of the built dist/ into target/dist-release/ (run by scripts/release.sh).

It writes, for the version in Cargo.toml:
  care-screener-<version>.tar.gz and .zip   the same folder care-screener-<version>/: the
                                            served files, the configurator, the policy, the
                                            licences, HOSTING.md, embed.js.sri, package.json
                                            (npm) and SHA256SUMS over all of them
  care-screener-wordpress-<version>.zip     the plugin in wordpress/care-screener/ with the
                                            served files in its assets/
  SHA256SUMS                                over the three archives

The archives are reproducible: entries sorted, every mtime the release time (SOURCE_DATE_EPOCH
if set, else the last commit's time), owner 0:0, modes 0644/0755, gzip without a timestamp or
a file name. Only the standard library (no `zip` tool). The same dist/ and the same commit give
byte-identical archives; the files inside are identical whatever the zlib, which alone could
compress them differently.
"""
import base64
import gzip
import hashlib
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
OUT = ROOT / "target" / "dist-release"
PLUGIN = ROOT / "wordpress" / "care-screener"
TEMPLATE = ROOT / "scripts" / "HOSTING.md.in"

# What a center serves (screener.html, embed.js), writes its settings with (configure.html) and
# needs for the headers (csp.txt): copied from dist/ as they are.
FROM_DIST = ["screener.html", "embed.js", "configure.html", "csp.txt"]
LICENCES = ["LICENSE-MIT", "LICENSE-APACHE"]
# The plugin carries what it serves, and the policy for its headers.
# The plugin's copy of the widget: the document under a name no server sends as a page (the
# plugin serves it itself, with its headers; opened directly it is only text), and its policy.
# No embed.js: the plugin inserts the plain frame (wordpress/care-screener/care-screener.php).
PLUGIN_ASSETS = {"screener.html": "screener.txt", "csp.txt": "csp.txt"}
# The oldest time a zip entry can carry (1980-01-01), used when there is no commit to date by.
FALLBACK_EPOCH = 315532800


def fail(message: str) -> "None":
    sys.exit(f"release: {message}")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sums(files: dict) -> bytes:
    """sha256sum's format: one `<hex>  <name>` line per file, sorted by name."""
    return "".join(f"{sha256(files[name])}  {name}\n" for name in sorted(files)).encode()


def release_time() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True)
        return int(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        print(f"release: no git commit to date the archives by; using {FALLBACK_EPOCH} (set SOURCE_DATE_EPOCH to choose)")
        return FALLBACK_EPOCH


def check_dist() -> dict:
    """The files taken from dist/, each checked against dist/SHA256SUMS where it is listed
    there (so a file edited after the build is not released as built)."""
    missing = [name for name in FROM_DIST if not (DIST / name).is_file()]
    if missing:
        fail(f"missing in dist/: {', '.join(missing)}. Build first (./scripts/build.sh, or run "
             f"./scripts/release.sh without RELEASE_SKIP_BUILD=1).")
    files = {name: (DIST / name).read_bytes() for name in FROM_DIST}
    listed = {}
    if (DIST / "SHA256SUMS").is_file():
        for line in (DIST / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
            digest, _, name = line.partition("  ")
            listed[name] = digest
    for name, data in files.items():
        if name in listed and listed[name] != sha256(data):
            fail(f"dist/{name} does not match dist/SHA256SUMS (changed after the build); rebuild.")
    return files


def plugin_files() -> dict:
    """wordpress/care-screener/, without hidden files and without an assets/ of its own: the
    plugin's assets come from dist/, fresh."""
    if not PLUGIN.is_dir():
        fail(f"the WordPress plugin folder {PLUGIN.relative_to(ROOT)}/ is missing.")
    files = {}
    for path in sorted(PLUGIN.rglob("*")):
        rel = path.relative_to(PLUGIN)
        if any(part.startswith(".") for part in rel.parts) or rel.parts[0] == "assets":
            continue
        if path.is_file():
            files[rel.as_posix()] = path.read_bytes()
    if not files:
        fail(f"the WordPress plugin folder {PLUGIN.relative_to(ROOT)}/ is empty.")
    return files


def package_json(version: str, description: str, names: list) -> bytes:
    manifest = {
        "name": "care-screener",
        "version": version,
        "description": description,
        "license": "MIT OR Apache-2.0",
        "keywords": ["addiction", "substance-use", "screening", "self-assessment", "treatment",
                     "level-of-care", "privacy", "widget", "iframe", "embed", "webassembly"],
        "files": names,
    }
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()


def hosting_md(version: str, sri: str, csp: str) -> bytes:
    text = TEMPLATE.read_text(encoding="utf-8")
    for key, value in (("@VERSION@", version), ("@SRI@", sri), ("@CSP@", csp)):
        if key not in text:
            fail(f"{TEMPLATE.relative_to(ROOT)} has no {key}")
        text = text.replace(key, value)
    leftover = re.search(r"@[A-Z_]+@", text)
    if leftover:
        fail(f"{TEMPLATE.relative_to(ROOT)}: unknown placeholder {leftover.group()}")
    return text.encode()


def tree(top: str, files: dict) -> list:
    """(path, bytes or None for a folder) for the folder `top`, its subfolders and its files,
    sorted by path."""
    entries = {top + "/": None}
    for name, data in files.items():
        parts = name.split("/")
        for n in range(1, len(parts)):
            entries[f"{top}/{'/'.join(parts[:n])}/"] = None
        entries[f"{top}/{name}"] = data
    return sorted(entries.items())


def tar_gz(entries: list, mtime: int) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path, data in entries:
            info = tarfile.TarInfo(path.rstrip("/"))
            info.mtime, info.uid, info.gid, info.uname, info.gname = mtime, 0, 0, "", ""
            if data is None:
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            else:
                info.mode, info.size = 0o644, len(data)
                tar.addfile(info, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
        gz.write(raw.getvalue())
    return out.getvalue()


def zip_bytes(entries: list, mtime: int) -> bytes:
    stamp = time.gmtime(max(mtime, FALLBACK_EPOCH))[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for path, data in entries:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.create_system = 3  # Unix, so the modes below are read
            if data is None:
                info.external_attr = (0o40755 << 16) | 0x10
                zf.writestr(info, b"")
            else:
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data, compresslevel=9)
    return out.getvalue()


def main() -> int:
    cargo = tomllib.loads((ROOT / "Cargo.toml").read_text(encoding="utf-8"))["package"]
    version, description = cargo["version"], cargo["description"]
    served = check_dist()
    plugin = plugin_files()
    licences = {name: (ROOT / name).read_bytes() for name in LICENCES}
    mtime = release_time()

    sri = "sha384-" + base64.b64encode(hashlib.sha384(served["embed.js"]).digest()).decode()
    csp = served["csp.txt"].decode("utf-8").strip()
    package = dict(served)
    package.update(licences)
    package["embed.js.sri"] = (sri + "\n").encode()
    package["HOSTING.md"] = hosting_md(version, sri, csp)
    names = sorted(package) + ["SHA256SUMS", "package.json"]
    package["package.json"] = package_json(version, description, sorted(names))
    package["SHA256SUMS"] = sums(package)

    wordpress = dict(plugin)
    wordpress.update({f"assets/{to}": served[name] for name, to in PLUGIN_ASSETS.items()})
    wordpress.update(licences)

    top = f"care-screener-{version}"
    archives = {
        f"{top}.tar.gz": tar_gz(tree(top, package), mtime),
        f"{top}.zip": zip_bytes(tree(top, package), mtime),
        f"care-screener-wordpress-{version}.zip": zip_bytes(tree("care-screener", wordpress), mtime),
    }

    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    for name, data in archives.items():
        (OUT / name).write_bytes(data)
    (OUT / "SHA256SUMS").write_bytes(sums(archives))

    print(f"care-screener {version}: {OUT.relative_to(ROOT)}/ (dated {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(mtime))})")
    for name in sorted(archives):
        print(f"  {sha256(archives[name])}  {name}  ({len(archives[name]):,} bytes)")
    print(f"  embed.js integrity: {sri}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
