"""Pagefind's filter files in a fixed order, so that the same site gives the same bytes.

Pagefind 1.5.2 writes each filter's values in hash-map order, which changes from run to run (its maintainers say
so in Pagefind/pagefind#638), and names the files, its metadata file and the entry file's hash after that content.
Each filter file is "pagefind_dcd" + gzip-free CBOR: [filter name, [[value, [page numbers]], ...]]. This sorts the
values, names each file after its new content, and passes the new names on to the metadata and entry files.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def stabilise(bundle: Path) -> None:
    """Rewrite bundle's filter files sorted, with names (and the names that point to them) from their content."""
    bundle = Path(bundle)
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        renamed: dict[str, str] = {}
        for path in sorted((bundle / "filter").glob(f"{language}_*.pf_filter")):
            name, values = decode(path)
            data = _encode([name, sorted(values, key=lambda value: value[0])])
            path.unlink()  # before writing: the sorted file may well have the same name
            renamed[path.stem] = _write(bundle / "filter", language, 7, ".pf_filter", data)
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _renamed(decode(meta_path), renamed)
        meta_path.unlink()
        info["hash"] = _write(bundle, language, 10, ".pf_meta", _encode(meta), "pagefind.")
    entry_path.write_text(json.dumps(entry, separators=(",", ":")), encoding="utf-8")


def _write(folder: Path, language: str, digits: int, suffix: str, data: bytes, prefix: str = "") -> str:
    """Write data as Pagefind does (its signature, gzip) under a name from its content; return that name."""
    name = f"{language}_{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / f"{prefix}{name}{suffix}").write_bytes(gzip.compress(SIGNATURE + data, mtime=0))
    return name


def _renamed(value, names: dict[str, str]):
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        found = [_renamed(item, names) for item in value]
        # The list of filters ([name, file], ...) comes in hash-map order as well.
        if found and all(isinstance(item, list) and len(item) == 2 and item[1] in names.values() for item in found):
            found.sort()
        return found
    return value


def decode(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path.name} is geen bestand van Pagefind")
    value, end = _item(data, len(SIGNATURE))
    if end != len(data):
        raise ValueError(f"{path.name} heeft meer dan één waarde")
    return value


def _item(data: bytes, at: int):
    """One CBOR item at `at`: unsigned and negative integers, byte and text strings, arrays, maps, floats."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if major == 7:  # kept as written: a float's width matters to the reader in the browser
        size = {25: 2, 26: 4, 27: 8}.get(info, 0)
        return _Raw(data[at - 1:at + size]), at + size
    if info < 24:
        number = info
    else:
        size = 1 << (info - 24)
        number, at = int.from_bytes(data[at:at + size], "big"), at + size
    if major == 0:
        return number, at
    if major == 1:
        return -1 - number, at
    if major in (2, 3):
        chunk = data[at:at + number]
        return (chunk if major == 2 else chunk.decode("utf-8")), at + number
    items = []
    for _ in range(number * (2 if major == 5 else 1)):
        item, at = _item(data, at)
        items.append(item)
    return (dict(zip(items[::2], items[1::2], strict=True)) if major == 5 else items), at


class _Raw(bytes):
    """A CBOR item (a float, true, false, null) as its bytes."""


def _encode(value) -> bytes:
    if isinstance(value, _Raw):
        return bytes(value)
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        text = value.encode("utf-8")
        return _head(3, len(text)) + text
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(_encode(key) + _encode(item) for key, item in value.items())
    return _head(4, len(value)) + b"".join(_encode(item) for item in value)


def _head(major: int, number: int) -> bytes:
    if number < 24:
        return bytes([major << 5 | number])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if number < 1 << (8 * size):
            return bytes([major << 5 | info]) + number.to_bytes(size, "big")
    raise ValueError("te groot getal")
