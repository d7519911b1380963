#!/usr/bin/env python3
"""Derives the compact address gazetteer embedded in DoxGuard.Core from the shared lexicons.

Usage: python3 tools/build_address_gazetteer.py [LEXICONS_DIR]
LEXICONS_DIR defaults to ../shared/data/lexicons relative to the repository root. Writes
src/DoxGuard.Core/Lexicons/Data/address-*.txt (see src/DoxGuard.Core/Lexicons/ATTRIBUTION-address.md).
Only the standard library is used so the tool runs anywhere the repository builds.
"""

import csv
import os
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "src", "DoxGuard.Core", "Lexicons", "Data")

# USPS Publication 28, Appendix C1: primary street suffix name -> standard abbreviation. libpostal's
# en/street_types.txt is a superset but does not mark which synonym USPS prints, so the canonical form comes
# from here; suffixes outside C1 keep their libpostal canonical word, upper-cased.
USPS_SUFFIX = {
    "alley": "ALY", "annex": "ANX", "arcade": "ARC", "avenue": "AVE", "bayou": "BYU", "beach": "BCH",
    "bend": "BND", "bluff": "BLF", "bottom": "BTM", "boulevard": "BLVD", "branch": "BR", "bridge": "BRG",
    "brook": "BRK", "brooks": "BRKS", "burg": "BG", "burgs": "BGS", "bypass": "BYP", "camp": "CP",
    "canyon": "CYN", "cape": "CPE", "causeway": "CSWY", "center": "CTR", "centers": "CTRS", "circle": "CIR",
    "circles": "CIRS", "cliff": "CLF", "cliffs": "CLFS", "common": "CMN", "commons": "CMNS", "corner": "COR",
    "corners": "CORS", "course": "CRSE", "court": "CT", "courts": "CTS", "cove": "CV", "creek": "CRK",
    "crescent": "CRES", "crest": "CRST", "crossing": "XING", "crossroad": "XRD", "crossroads": "XRDS",
    "curve": "CURV", "dale": "DL", "divide": "DV", "drive": "DR", "estate": "EST", "estates": "ESTS",
    "expressway": "EXPY", "extension": "EXT", "extensions": "EXTS", "fall": "FALL", "falls": "FLS",
    "ferry": "FRY", "field": "FLD", "fields": "FLDS", "flat": "FLT", "flats": "FLTS", "ford": "FRD",
    "freeway": "FWY", "garden": "GDN", "gardens": "GDNS", "gateway": "GTWY", "glen": "GLN", "green": "GRN",
    "grove": "GRV", "harbor": "HBR", "harbors": "HBRS", "haven": "HVN", "heights": "HTS", "highway": "HWY",
    "hill": "HL", "hills": "HLS", "hollow": "HOLW", "inlet": "INLT", "island": "IS", "islands": "ISS",
    "isle": "ISLE", "junction": "JCT", "junctions": "JCTS", "key": "KY", "keys": "KYS", "knoll": "KNL",
    "knolls": "KNLS", "land": "LAND", "landing": "LNDG", "lane": "LN", "light": "LGT", "loaf": "LF",
    "loop": "LOOP", "mall": "MALL", "manor": "MNR", "meadow": "MDW", "meadows": "MDWS", "mews": "MEWS",
    "mill": "ML", "mills": "MLS", "motorway": "MTWY", "mount": "MT", "oval": "OVAL", "overpass": "OPAS",
    "park": "PARK", "parkway": "PKWY", "parkways": "PKWY", "pass": "PASS", "passage": "PSGE", "path": "PATH",
    "pike": "PIKE", "pine": "PNE", "pines": "PNES", "place": "PL", "plain": "PLN", "plains": "PLNS",
    "plaza": "PLZ", "point": "PT", "port": "PRT", "ports": "PRTS", "prairie": "PR", "radial": "RADL",
    "ramp": "RAMP", "ranch": "RNCH", "rapid": "RPD", "rapids": "RPDS", "rest": "RST", "ridge": "RDG",
    "ridges": "RDGS", "road": "RD", "roads": "RDS", "route": "RTE", "row": "ROW", "run": "RUN",
    "shoal": "SHL", "shoals": "SHLS", "shore": "SHR", "shores": "SHRS", "skyway": "SKWY", "spring": "SPG",
    "springs": "SPGS", "spur": "SPUR", "square": "SQ", "squares": "SQS", "stravenue": "STRA", "street": "ST",
    "streets": "STS", "summit": "SMT", "terrace": "TER", "throughway": "TRWY", "trace": "TRCE", "track": "TRAK",
    "trafficway": "TRFY", "trail": "TRL", "trailer": "TRLR", "tunnel": "TUNL", "turnpike": "TPKE",
    "underpass": "UPAS", "union": "UN", "unions": "UNS", "valley": "VLY", "valleys": "VLYS", "viaduct": "VIA",
    "view": "VW", "views": "VWS", "village": "VLG", "vista": "VIS", "walk": "WALK", "way": "WAY", "ways": "WAYS",
    "well": "WL", "wells": "WLS",
}

# Synonyms that are ordinary English words or too short to mean "street" on their own in a post; the
# canonical USPS abbreviation is always kept (so "St" still maps), these only drop the extra spellings.
SUFFIX_SYNONYM_STOP = {
    "a", "c", "e", "i", "l", "n", "o", "s", "t", "w", "x", "av.", "to", "in", "on", "at", "of", "is", "it", "me",
    "my", "no", "so", "up", "us", "we", "he", "be", "do", "go", "or", "an", "as", "by", "if", "am", "ok",
    "cut", "end", "top", "dip", "gap", "bay", "bank", "back", "belt", "bowl", "brace", "break", "claim", "close",
    "cross", "down", "edge", "exit", "fare", "follow", "front", "head", "line", "link", "little", "lot", "number",
    "part", "pocket", "private", "reach", "return", "rise", "ride", "right", "ring", "round", "service", "slip",
    "space", "steps", "strip", "tower", "towers", "trees", "turn", "yard", "block", "county", "state", "range",
    "sound", "stairs", "waters", "rocks", "limits", "oaks", "palms", "pond", "pier", "elm", "fern", "farm",
    "farms", "ground", "grounds", "heath", "hub", "quad", "villa", "villas", "shunt", "concord", "amble",
    "ladder", "maze", "nook", "outlet", "pursuit", "reserve", "ranae", "lynne", "neaves", "priors", "rosebowl",
    "tarn", "tor", "wade", "crief", "cul", "mile", "plateau", "peninsula", "township", "access", "approach",
    # Short spellings that are words, state codes or titles in posts ("la" in "Paseo de la Reforma", "GA", "Mr").
    "art", "hi", "id", "la", "pk", "ex", "ga", "va", "md", "mr", "ro", "rn", "tr", "vl", "wk", "fy", "fl", "gr",
    "ih", "ids", "com", "con", "cm", "div", "out", "ent", "exp", "bot", "bri", "gra", "gro", "fit", "ra", "ch",
    "ce", "ci", "fd", "gn", "ht", "lt", "mew", "dns", "al", "dv", "bl", "bd", "rw", "quy", "rt", "vue", "cen",
}

# Eight compass points; libpostal's "eastern", "upper"... are not USPS directionals.
DIRECTIONS = {
    "north": "N", "south": "S", "east": "E", "west": "W",
    "northeast": "NE", "northwest": "NW", "southeast": "SE", "southwest": "SW",
}
# "no" (north) and "so" (south) are far more often English words than directions.
DIRECTION_SYNONYM_STOP = {"no", "so", "nth", "sth"}

# USPS Publication 28, Appendix C2 secondary unit designators, for the libpostal unit/level concepts that have
# one. "#" is canonicalized to APT: in posts "#4B" after a home address nearly always is an apartment, and the
# registry must see "Apt 4B" and "#4B" as the same unit (USPS prints "#" only when the designator is unknown).
USPS_UNIT = {
    "apartment": "APT", "building": "BLDG", "floor": "FL", "suite": "STE", "unit": "UNIT", "room": "RM",
    "lot": "LOT", "space": "SPC", "trailer": "TRLR", "penthouse": "PH", "office": "OFC", "hangar": "HNGR",
    "lobby": "LBBY", "pier": "PIER", "slip": "SLIP", "stop": "STOP",
    # Spanish (es/unit_types_numbered.txt, es/level_types_numbered.txt).
    "apartamento": "APT", "departamento": "APT", "oficina": "OFC", "interior": "INT", "piso": "FL",
    "planta": "FL", "puerta": "PTA", "unidad": "UNIT", "casa": "CASA", "lote": "LOT", "letra": "LETRA",
}
UNIT_SYNONYM_STOP = {"o", "off", "u", "un", "se", "we", "ho", "hs", "l", "/ l", "/ f", "p", "pi", "pl", "in",
                     "at", "dep", "cn", "of", "lev", "sl", "su", "str", "ap", "int", "casa", "letra", "lt", "lote"}
EXTRA_UNITS = {"APT": ["#", "nº", "n°", "dept", "dpt"], "STE": ["suit"], "FL": ["flr"],
               "UNIT": ["unt"], "BLDG": ["bld"]}

# Spanish via types: canonical codes follow the Spanish cadastre's abbreviations (CL calle, AV avenida, PS
# paseo...), the forms people write on envelopes; others keep their libpostal canonical word, upper-cased.
ES_VIA_CODE = {
    "calle": "CL", "avenida": "AV", "paseo": "PS", "plaza": "PZ", "carretera": "CR", "camino": "CM",
    "ronda": "RD", "gran vía": "GV", "travesía": "TR", "callejón": "CJ", "carrera": "KR", "calzada": "CZ",
    "bulevar": "BV", "diagonal": "DG", "transversal": "TV", "pasaje": "PJ", "glorieta": "GL", "rambla": "RB",
    "circuito": "CTO", "cerrada": "CDA", "privada": "PRIV", "prolongación": "PROL", "periferico": "PERIF",
    "andador": "AND", "autopista": "AU", "vía": "VIA", "via": "VIA", "alameda": "ALAM", "malecón": "MALEC",
}
# Short spellings kept although under three letters: the ones posts really use.
ES_SHORT_KEEP = {"av", "cl", "c/", "kr", "dg", "tv", "pº", "p°", "gv", "cr", "cra", "cll", "avd", "avda"}
ES_VIA_STOP = {"call", "cr", "auto", "paso", "ver", "send", "ret", "sector", "banda", "costera", "vista", "puente", "pueblo",
               "particular", "muelle", "camping", "ext", "extension", "extensión", "carril", "parque", "ruta",
               "pas", "pso", "pseo", "cno", "cmo", "cer", "rin", "int", "cint", "cant", "pant", "trans"}


def read_concepts(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = [p.strip().lower() for p in line.rstrip("\n").split("|")]
            parts = [p for p in parts if p]
            if parts:
                yield parts


def squash(s):
    # "c /" and "av /" are libpostal's spelling of "c/", "av/".
    return s.replace(" /", "/").strip()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def write(name, lines, header):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {header}\n# Generated by tools/build_address_gazetteer.py; do not edit by hand.\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{name}: {len(lines)} lines, {os.path.getsize(path)} bytes")


def main():
    src = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data", "lexicons"))
    if len(sys.argv) <= 1 and not os.path.isdir(src):
        # A git worktree sits deeper than the main checkout: look further up for the same shared folder.
        up = REPO
        while not os.path.isdir(src) and os.path.dirname(up) != up:
            up = os.path.dirname(up)
            src = os.path.join(up, "shared", "data", "lexicons")
    if not os.path.isdir(src):
        sys.exit(f"lexicons folder not found: {src} (pass it as the first argument)")
    lp = os.path.join(src, "address-dictionaries-libpostal")
    os.makedirs(OUT, exist_ok=True)

    # Street suffixes: CANON <tab> U|X (in USPS C1 or not) <tab> spellings.
    suffixes = []
    for parts in read_concepts(os.path.join(lp, "en", "street_types.txt")):
        head = parts[0]
        if " " in head:
            continue  # "county road", "us highway": handled as highway forms by the recognizer
        if head in SUFFIX_SYNONYM_STOP and head not in USPS_SUFFIX:
            continue
        canon = USPS_SUFFIX.get(head, head.upper())
        spellings = []
        for p in [head, canon.lower()] + parts[1:]:
            p = squash(p)
            if " " in p or p in spellings:
                continue
            if p != canon.lower() and (len(p) < 2 or p in SUFFIX_SYNONYM_STOP):
                continue
            spellings.append(p)
        suffixes.append(f"{canon}\t{'U' if head in USPS_SUFFIX else 'X'}\t{'|'.join(spellings)}")
    write("address-street-suffixes.txt", suffixes,
          "US street suffixes: USPS canonical, U = in USPS Pub 28 C1 / X = libpostal only, spellings")

    directions = []
    for parts in read_concepts(os.path.join(lp, "en", "directionals.txt")):
        if parts[0] not in DIRECTIONS:
            continue
        canon = DIRECTIONS[parts[0]]
        spellings = [canon.lower()]
        for p in parts:
            p = p.replace(" ", "")
            if p not in spellings and p not in DIRECTION_SYNONYM_STOP:
                spellings.append(p)
        directions.append(f"{canon}\t{'|'.join(spellings)}")
    write("address-directionals.txt", directions, "US directionals: canonical, spellings (spaces removed)")

    units = {}
    for lang in ("en", "es"):
        for fname in ("unit_types_numbered.txt", "level_types_numbered.txt"):
            for parts in read_concepts(os.path.join(lp, lang, fname)):
                canon = USPS_UNIT.get(parts[0])
                if canon is None:
                    continue
                bucket = units.setdefault(canon, [canon.lower()])
                for p in parts:
                    p = squash(p)
                    if p not in bucket and p not in UNIT_SYNONYM_STOP and len(p) >= 2 and " " not in p:
                        bucket.append(p)
    for canon, extra in EXTRA_UNITS.items():
        bucket = units.setdefault(canon, [canon.lower()])
        bucket.extend(e for e in extra if e not in bucket)
    write("address-units.txt", [f"{c}\t{'|'.join(s)}" for c, s in sorted(units.items())],
          "Unit designators (USPS C2 canonical; '#' -> APT), English and Spanish spellings")

    vias = []
    for parts in read_concepts(os.path.join(lp, "es", "street_types.txt")):
        head = parts[0]
        if " " in head and head != "gran vía":
            continue
        if head in ES_VIA_STOP:
            continue
        canon = ES_VIA_CODE.get(head, fold(head).upper())
        spellings = []
        for p in parts:
            p = squash(p)
            if " " in p or p in ES_VIA_STOP or p in spellings:
                continue
            if len(p.rstrip("/")) < 3 and p not in ES_SHORT_KEEP:
                continue
            spellings.append(p)
            folded = fold(p)
            if folded != p and folded not in spellings:
                spellings.append(folded)
        if head == "gran vía":
            spellings = ["granvía", "granvia"]  # the recognizer joins "gran" + "vía"
        if spellings:
            vias.append(f"{canon}\t{'|'.join(spellings)}")
    vias.append("PRIV\tprivada|priv")
    write("address-es-via-types.txt", vias, "Spanish via types: canonical code, spellings")

    states = {}
    with open(os.path.join(src, "us-zipcodes", "all_us_states.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            states[row["abbr"].strip().upper()] = row["name"].strip()
    cities = {}
    with open(os.path.join(src, "us-cities-states", "us_cities.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["STATE_CODE"].strip().upper()
            states.setdefault(code, row["STATE_NAME"].strip())
            cities.setdefault(code, set()).add(row["CITY"].strip().lower())
    zip3 = {}
    with open(os.path.join(src, "us-zipcodes", "all_us_zipcodes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, state, city = row["code"].strip(), row["state"].strip().upper(), row["city"].strip().lower()
            if len(code) != 5 or not code.isdigit() or state not in states:
                continue
            cities.setdefault(state, set()).add(city)
            zip3.setdefault(code[:3], set()).add(state)
    write("address-states.txt", [f"{a}\t{n}" for a, n in sorted(states.items())], "US states: USPS code, name")
    write("address-cities.txt", [f"{s}\t{'|'.join(sorted(c))}" for s, c in sorted(cities.items()) if c],
          "US cities and ZIP place names by state (lower case)")
    write("address-zip3.txt", [f"{z}\t{'|'.join(sorted(s))}" for z, s in sorted(zip3.items())],
          "ZIP prefixes (first three digits) and the states they serve")


if __name__ == "__main__":
    main()
