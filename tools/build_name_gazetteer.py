#!/usr/bin/env python3
"""Derives DoxGuard's compact name gazetteer from the shared lexicons (stdlib only).

Usage (from the repository root):
    python3 tools/build_name_gazetteer.py [LEXICON_DIR]

LEXICON_DIR defaults to ../shared/data/lexicons relative to the repository root. Writes:
    src/DoxGuard.Core/Lexicons/Data/names-first.txt      name<TAB>weight<TAB>flags   (given names)
    src/DoxGuard.Core/Lexicons/Data/names-last.txt       name<TAB>weight             (surnames)
    src/DoxGuard.Core/Lexicons/Data/names-nicknames.txt  nickname<TAB>canonical given name
    src/DoxGuard.Core/Lexicons/ATTRIBUTION-names.md
Then run tools/build_name_table.py, which compiles the lists into Data/names.bin, the table DoxGuard loads.

Weights are 1 (rare) .. 9 (very common) on a roughly logarithmic scale, so the recognizer can ask a rare
name for more evidence. Flag 'c' marks a given name that is also the name of towns in 3+ US states (Austin, Dallas):
alone it is more likely the place. Names are stored lower-case with accents folded, as NameNormalizer folds them.
The output is deterministic (sorted), so re-running the tool on the same inputs changes nothing.
"""
import csv
import math
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "src", "DoxGuard.Core", "Lexicons", "Data")
ATTRIBUTION = os.path.join(ROOT, "src", "DoxGuard.Core", "Lexicons", "ATTRIBUTION-names.md")
SPANISH = os.path.join(ROOT, "tools", "data", "names-es.tsv")

# The SSA list holds every name given to 5+ babies in any year since 1880; under this peak yearly count the
# entries are mostly misspellings and one-off words, which cost precision for little recall.
SSA_MIN_PEAK = 20
# The 1990 census list ends in tens of thousands of surnames shared by a handful of families; beyond this rank
# they add size without helping (an unknown capitalised surname after a known given name is accepted anyway).
SURNAME_MAX_RANK = 60000
CITY_MIN_STATES = 3
# Overrides for well-known nicknames the frequency rule gets wrong (bill has both william and robert as parents).
NICKNAME_FIXES = {"bill": "william", "billy": "william", "robbie": "robert", "nate": "nathan", "terry": "terrence"}


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.strip().lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def first_weight(census_pct: float, ssa_peak: int) -> int:
    # Both scales are mapped onto a log scale and the stronger evidence wins.
    w_census = 0 if census_pct <= 0 else 4 + math.log10(census_pct / 0.001) * 1.6
    w_ssa = 0 if ssa_peak <= 0 else math.log10(ssa_peak / 10.0) * 2.0
    return max(1, min(9, int(round(max(w_census, w_ssa)))))


def last_weight(pct: float, rank: int) -> int:
    if pct > 0:
        return max(4, min(9, int(round(4 + math.log10(pct / 0.001) * 1.8))))
    return 3 if rank <= 30000 else 2


def read_census(path):
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 4:
                yield parts[0], float(parts[1]), int(parts[3])


def main() -> int:
    if len(sys.argv) > 1:
        lex = os.path.abspath(sys.argv[1])
    else:
        # ../shared from the main checkout; ../../shared from a git worktree under a sibling folder (wt/<name>).
        lex = next((p for p in (os.path.join(ROOT, "..", "shared", "data", "lexicons"),
                                os.path.join(ROOT, "..", "..", "shared", "data", "lexicons")) if os.path.isdir(p)),
                   os.path.join(ROOT, "..", "shared", "data", "lexicons"))
        lex = os.path.abspath(lex)
    if not os.path.isdir(lex):
        print(f"lexicon directory not found: {lex}", file=sys.stderr)
        return 2

    census_first = {}
    for fname in ("dist.male.first", "dist.female.first"):
        for name, pct, _ in read_census(os.path.join(lex, "us-census-names-1990", fname)):
            key = fold(name)
            census_first[key] = max(census_first.get(key, 0.0), pct if pct > 0 else 0.0005)

    ssa_peak = {}
    with open(os.path.join(lex, "ssa-first-names", "maxoccurbysex.txt"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) >= 3 and row[2].isdigit():
                key = fold(row[0])
                ssa_peak[key] = max(ssa_peak.get(key, 0), int(row[2]))

    first = {}
    for key in set(census_first) | {k for k, v in ssa_peak.items() if v >= SSA_MIN_PEAK}:
        if len(key) >= 2 and key.isalpha():
            first[key] = first_weight(census_first.get(key, 0.0), ssa_peak.get(key, 0))

    last = {}
    for name, pct, rank in read_census(os.path.join(lex, "us-census-names-1990", "dist.all.last")):
        key = fold(name)
        if rank <= SURNAME_MAX_RANK and len(key) >= 2 and key.isalpha():
            last[key] = max(last.get(key, 0), last_weight(pct, rank))
    with open(os.path.join(lex, "us-census-surnames-2010-top1000", "Names_2010Census_Top1000.csv"), encoding="utf-8-sig") as f:
        for row in csv.reader(f):
            if len(row) > 3 and row[1].strip().isdigit():
                key = fold(row[0])
                per100k = float(row[3].replace(",", ""))
                last[key] = max(last.get(key, 0), last_weight(per100k / 1000.0, int(row[1])))

    nick_pairs = []
    with open(os.path.join(lex, "nicknames", "names.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) == 3 and row[1].strip() == "has_nickname":
                nick_pairs.append((fold(row[0]), fold(row[2])))

    spanish_nicks = []
    with open(SPANISH, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            kind, key = parts[0], fold(parts[1])
            if kind == "first":
                first[key] = max(first.get(key, 0), 6)
            elif kind == "last":
                last[key] = max(last.get(key, 0), 6)
            elif kind == "nick":
                spanish_nicks.append((key, fold(parts[2])))
                first[key] = max(first.get(key, 0), 5)

    # Nicknames: the source lists "canonical has_nickname nick" pairs but also some reversed and noisy ones
    # (bill -> robert). A nickname maps to the most frequent name that lists it, and only when that name is
    # more frequent than the nickname itself; chains (danny -> dan -> daniel) are followed a few steps.
    def freq(n):
        return census_first.get(n, 0.0) * 1e4 + ssa_peak.get(n, 0) / 100.0

    parents = {}
    for canon, nick in nick_pairs:
        if canon != nick:
            parents.setdefault(nick, set()).add(canon)
    nick_map = {}
    for nick, cands in parents.items():
        best = max(sorted(cands), key=freq)
        if freq(best) > freq(nick):
            nick_map[nick] = best
    for nick in list(nick_map):
        seen, target = {nick}, nick_map[nick]
        while target in nick_map and nick_map[target] not in seen and len(seen) < 4:
            seen.add(target)
            target = nick_map[target]
        nick_map[nick] = target
    for nick, canon in spanish_nicks:
        nick_map[nick] = canon
    # The source's noisy pairs make a few frequent nicknames resolve to the wrong, more frequent name.
    nick_map.update(NICKNAME_FIXES)
    for nick in nick_map:
        first.setdefault(nick, 4)

    # A given name counts as a city name when towns in several states bear it (Austin, Dallas, Madison): the
    # list holds every hamlet, and a one-off town called Kevin or Laura says nothing about the word.
    city_states = {}
    with open(os.path.join(lex, "us-cities-states", "us_cities.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            city_states.setdefault(fold(row["CITY"]), set()).add(row["STATE_CODE"])
    cities = {name for name, states in city_states.items() if len(states) >= CITY_MIN_STATES}

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "names-first.txt"), "w", encoding="utf-8", newline="\n") as f:
        for key in sorted(first):
            f.write(f"{key}\t{first[key]}\t{'c' if key in cities else ''}\n")
    with open(os.path.join(OUT_DIR, "names-last.txt"), "w", encoding="utf-8", newline="\n") as f:
        for key in sorted(last):
            f.write(f"{key}\t{last[key]}\n")
    with open(os.path.join(OUT_DIR, "names-nicknames.txt"), "w", encoding="utf-8", newline="\n") as f:
        for key in sorted(nick_map):
            f.write(f"{key}\t{nick_map[key]}\n")

    with open(ATTRIBUTION, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"""# Name gazetteer: sources and attribution

The files `Data/names-first.txt`, `Data/names-last.txt` and `Data/names-nicknames.txt` are derived by
`tools/build_name_gazetteer.py` (run `python3 tools/build_name_gazetteer.py [LEXICON_DIR]` from the repository
root) from the sources below. Only folded lower-case names, a 1-9 frequency weight and a city flag are kept;
no raw file is copied. `Data/words-common.txt` and `tools/data/names-es.tsv` are written by the DoxGuard authors.
`Data/names.bin` holds the same given names, surnames and common words as one precomputed hash table, compiled
from the text lists by `tools/build_name_table.py` (run it after this script); it is what DoxGuard loads.

| Source | Licence | Used for |
|---|---|---|
| US Social Security Administration national baby names (via github.com/hackerb9/ssa-baby-names, `maxoccurbysex.txt`) | US federal government work, public domain | given names with peak yearly count >= {SSA_MIN_PEAK} |
| US Census Bureau, 1990 census frequent names (via github.com/nullstyle/name-database: `dist.male.first`, `dist.female.first`, `dist.all.last`) | US federal government work, public domain | given-name weights; surnames up to rank {SURNAME_MAX_RANK} |
| US Census Bureau, 2010 census top 1,000 surnames (via github.com/Tharusha-dev/namesProject) | US federal government work, public domain | surname weights |
| carltonnorthern/nicknames `names.csv` | Apache License 2.0 | nickname -> canonical given name |
| kelvins/US-Cities-Database `us_cities.csv` | MIT (Copyright (c) 2017 Kelvin S. do Prado) | the city flag on given names |

Counts in this build: {len(first)} given names, {len(last)} surnames, {len(nick_map)} nicknames.
""")
    print(f"given names {len(first)}, surnames {len(last)}, nicknames {len(nick_map)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
