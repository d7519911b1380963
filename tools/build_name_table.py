#!/usr/bin/env python3
"""Compiles the name gazetteer's text lists into one binary hash table (stdlib only).

Usage (from the repository root, after tools/build_name_gazetteer.py):
    python3 tools/build_name_table.py

Reads  src/DoxGuard.Core/Lexicons/Data/names-first.txt, names-last.txt, words-common.txt
Writes src/DoxGuard.Core/Lexicons/Data/names.bin

Why: parsing ~85,000 text rows into a Dictionary cost ~0.3 s of every process start. The table below is loaded
with one read and read in place (MemoryMarshal), so start-up pays for a copy of ~2 MB and nothing else. The text
lists stay the reviewable source; NameGazetteerTests checks that the table says exactly what they say.

Layout, little-endian:
    header   8 x int32: magic 'DGNT', version 1, capacity (power of two), entries, chars, first rows, last rows, 0
    slots    capacity x 8 bytes: int32 key offset (in chars), uint8 key length (0 = empty), uint8 given-name
             weight, uint8 surname weight, uint8 flags (1 common word, 2 city-like given name)
    chars    UTF-16 code units of the keys, lower-case and folded
Slots are an open-addressing table probed linearly from FNV-1a (32-bit, over the UTF-16 code units) masked by
capacity - 1; NameGazetteer.Hash must compute the same function.
The output is deterministic (keys are inserted in sorted order).
"""
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "src", "DoxGuard.Core", "Lexicons", "Data")
OUT = os.path.join(DATA, "names.bin")
MAGIC = 0x544E4744  # 'DGNT'
VERSION = 1
COMMON_BIT = 1
CITY_BIT = 2

# Folded forms of U+00C0..U+017F, the same table as TextFold.Latin (NFD minus combining marks).
LATIN = ("aaaaaaaceeeeiiiidnoooooxouuuuytsaaaaaaaceeeeiiiidnooooo/ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiii"
         "iiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs")


def fold(text: str) -> str:
    out = []
    for c in text:
        o = ord(c)
        if o < 0x80:
            out.append(c.lower())
        elif 0xC0 <= o <= 0x17F:
            out.append(LATIN[o - 0xC0])
        else:
            out.append(c.lower())
    return "".join(out)


def rows(name):
    # Same rules as the text loader it replaces: skip blank and '#' lines; key up to the first tab, else trimmed.
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        text = f.read()
    for line in text.split("\n"):
        if not line or line[0] == "#":
            continue
        tab = line.find("\t")
        if tab < 0:
            yield line.strip(), ""
        else:
            yield line[:tab], line[tab + 1:]


def digit(text: str) -> int:
    return ord(text[0]) - 48 if text and "0" <= text[0] <= "9" else 1


def fnv1a(key: str) -> int:
    h = 2166136261
    for c in key:
        h ^= ord(c)
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def main() -> int:
    # Keys compare case-insensitively at run time, so they are stored lower-case and merged that way here.
    words = {}
    first_rows = 0
    for key, rest in rows("names-first.txt"):
        tab = rest.find("\t")
        weight = digit(rest if tab < 0 else rest[:tab])
        city = tab >= 0 and "c" in rest[tab + 1:]
        words[key.lower()] = [weight, 0, CITY_BIT if city else 0]
        first_rows += 1
    last_rows = 0
    for key, rest in rows("names-last.txt"):
        entry = words.setdefault(key.lower(), [0, 0, 0])
        entry[1] = digit(rest)
        last_rows += 1
    for key, _ in rows("words-common.txt"):
        entry = words.setdefault(fold(key).lower(), [0, 0, 0])
        entry[2] |= COMMON_BIT

    for key in words:
        if not 0 < len(key) <= 255 or any(ord(c) > 0xFFFF for c in key):
            print(f"key unusable in the table: {key!r}", file=sys.stderr)
            return 1

    capacity = 1
    while capacity < len(words) * 2:
        capacity *= 2
    slots = [None] * capacity
    chars = []
    offset = 0
    for key in sorted(words):
        i = fnv1a(key) & (capacity - 1)
        while slots[i] is not None:
            i = (i + 1) & (capacity - 1)
        w = words[key]
        slots[i] = (offset, len(key), w[0], w[1], w[2])
        chars.append(key)
        offset += len(key)

    blob = "".join(chars).encode("utf-16-le")
    with open(OUT, "wb") as f:
        f.write(struct.pack("<8i", MAGIC, VERSION, capacity, len(words), offset, first_rows, last_rows, 0))
        empty = struct.pack("<iBBBB", 0, 0, 0, 0, 0)
        f.write(b"".join(empty if s is None else struct.pack("<iBBBB", *s) for s in slots))
        f.write(blob)
    print(f"{OUT}: {len(words)} keys, {capacity} slots, {offset} chars", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
