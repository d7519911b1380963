#!/usr/bin/env python3
"""Builds the labelled harm corpus data/corpus/*.jsonl from the hand-written frames in tools/corpus/frames/.

Deterministic: the same frames give byte-identical output (`python3 tools/corpus/build.py`).

Frame files are named <lang>_<family>.txt. Inside:
  ;; comment
  @@ category=<name>; labels=<a,b>; kind=<positive|hard_negative|negative>; n=<variants per frame>[; case=upper]
  one frame per line; {slot} fillers (see slots.py; {name2} is a second person); [a|b|c] picks one option;
  a literal \\n is a line break. Lines up to the next @@ share the header.
Every frame line is one wording family: its variants share a `group`, and the train/test split is decided per
group, so no family leaks from train to test.
"""
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import noise  # noqa: E402
import slots  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
FRAMES = os.path.join(ROOT, "tools", "corpus", "frames")
OUT = os.path.join(ROOT, "data", "corpus")
LABELS = ("dox", "threat", "bounty", "coordination")
KINDS = ("positive", "hard_negative", "negative")
TEST_PERCENT = 20
SEED = 20261128

SLOT = re.compile(r"\{([a-z]+[0-9]?)\}")
CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def group_rank(group):
    return hashlib.sha256(f"{SEED}:{group}".encode()).hexdigest()


def assign_splits(groups):
    """Stratified by frame file: in each file, the TEST_PERCENT of groups with the lowest hash go to test.

    A pure hash threshold left some label x language cells with only ~10% of their groups in test; ranking inside
    each file gives every family (and so every label and language) its share, and stays deterministic."""
    ordered = sorted(groups, key=group_rank)
    n_test = max(1, round(len(ordered) * TEST_PERCENT / 100))
    return {g: ("test" if i < n_test else "train") for i, g in enumerate(ordered)}


def parse_header(line, where):
    meta = {}
    for part in line[2:].split(";"):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition("=")
        meta[k.strip()] = v.strip()
    labels = [x for x in meta.get("labels", "").split(",") if x]
    for x in labels:
        if x not in LABELS:
            raise SystemExit(f"{where}: unknown label {x}")
    kind = meta.get("kind", "positive" if labels else "hard_negative")
    if kind not in KINDS:
        raise SystemExit(f"{where}: unknown kind {kind}")
    if (kind == "positive") != bool(labels):
        raise SystemExit(f"{where}: kind {kind} does not agree with labels {labels}")
    if "category" not in meta:
        raise SystemExit(f"{where}: header without category")
    return {"category": meta["category"], "labels": labels, "kind": kind, "n": int(meta.get("n", "6")),
            "upper": meta.get("case") == "upper"}


def read_frames(path):
    header = None
    out = []
    with open(path, encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith(";;"):
                continue
            if line.startswith("@@"):
                header = parse_header(line, f"{path}:{i}")
                continue
            if header is None:
                raise SystemExit(f"{path}:{i}: frame before any @@ header")
            out.append((line.strip(), header))
    return out


MALE_EN = re.compile(r"\b(he|him|his|he's|himself|guy|man|husband|bro|dude)\b", re.I)
FEMALE_EN = re.compile(r"\b(she|her|hers|she's|herself|woman|lady|wife|gf|girl)\b", re.I)
ES_MASC_ROLE = re.compile(r"\b(el|del|al|ese|este|un|otro|aquel) \{role\}")
ES_FEM_ROLE = re.compile(r"\b(la|esa|esta|una|otra|aquella) \{role\}")


ES_FEM_NOUN = re.compile(r"\b(la|esa|una|a la|de la) (periodista|funcionaria|vecina|señora|jueza|concejala|maestra|"
                         r"streamer|enfermera|abogada|regidora|diputada|alcaldesa|madre buscadora|activista|ex|"
                         r"secretaria|tiktoker|youtuber|policía|agente)\b")
ES_MASC_NOUN = re.compile(r"\b(el|del|al|ese|este) (tipo|vato|chabón|maestro|juez|guardia|agente|oficial|concejal|"
                          r"periodista|pastor|poli|policía|regidor|diputado|alcalde|señor|vecino|man)\b")


def frame_gender(frame, lang):
    """The first person's sex as the frame's own words imply it, so pronouns and names agree."""
    if lang == "en":
        bare = re.sub(r"\{[^}]*\}", "", frame)
        # "his wife" / "her husband": the possessive decides, not the relative.
        m = re.search(r"\b(he|him|his|himself|she|her|herself)\b", bare, re.I)
        if m:
            return "m" if m.group(1).lower() in ("he", "him", "his", "himself") else "f"
        return None
    if ES_FEM_ROLE.search(frame) or ES_FEM_NOUN.search(frame):
        return "f"
    if ES_MASC_ROLE.search(frame) or ES_MASC_NOUN.search(frame):
        return "m"
    return None


def render(frame, lang, rng):
    cache = {}
    if lang == "es":
        frame = ES_FEM_ROLE.sub(lambda m: f"{m.group(1)} {{rolef}}", frame)
    frame = frame.replace("{role}s", "{roles}")
    resolve = slots.make_slot(lang, rng, cache, frame_gender(frame, lang))
    text = frame
    # Options first, so an option may itself contain slots.
    while True:
        m = CHOICE.search(text)
        if not m:
            break
        opts = m.group(1).split("|")
        text = text[:m.start()] + opts[rng.randrange(len(opts))] + text[m.end():]
    text = SLOT.sub(lambda m: resolve(m.group(1)), text)
    if lang == "es":
        # Fillers such as "el kínder" after "a"/"de" need the contraction a native writer uses.
        text = re.sub(r"\b([Aa]) el ", r"\1l ", text)
        text = re.sub(r"\b([Dd]e) el ", r"\1l ", text)
    return text.replace("\\n", "\n")


def build():
    files = sorted(f for f in os.listdir(FRAMES) if f.endswith(".txt"))
    records_by_file = {}
    seen_text = set()
    stats = {}
    for fname in files:
        stem = fname[:-4]
        lang, family = stem.split("_", 1)
        frames = read_frames(os.path.join(FRAMES, fname))
        recs = []
        for fi, (frame, h) in enumerate(frames, 1):
            group = f"{lang}-{family.replace('_', '-')}-f{fi:03d}"
            rng = random.Random(f"{SEED}:{group}:{frame}")
            has_var = bool(SLOT.search(frame) or CHOICE.search(frame))
            want = h["n"] if has_var else max(1, min(h["n"], 4))
            got = 0
            for _ in range(want * 6):
                if got >= want:
                    break
                text = render(frame, lang, rng)
                if h["upper"]:
                    text = text.upper()
                # The first rendering stays clean; the rest get surface noise (case, typos, emoji, obfuscation).
                if got > 0 or not has_var:
                    text = noise.apply(text, lang, h["kind"], h["labels"], rng, strong=(got > 0))
                text = text.strip()
                if not (5 <= len(text) <= 600):
                    continue
                key = text.lower()
                if key in seen_text:
                    continue
                seen_text.add(key)
                got += 1
                recs.append({"text": text, "lang": lang, "labels": list(h["labels"]), "kind": h["kind"],
                             "category": h["category"], "group": group, "split": None})
            stats[group] = got
        splits = assign_splits({r["group"] for r in recs})
        for r in recs:
            r["split"] = splits[r["group"]]
        records_by_file[stem] = recs

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".jsonl"):
            os.remove(os.path.join(OUT, f))
    total = 0
    for stem, recs in records_by_file.items():
        lang, family = stem.split("_", 1)
        path = os.path.join(OUT, f"{lang}-{family.replace('_', '-')}.jsonl")
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for i, r in enumerate(recs, 1):
                rec = {"id": f"{lang}-{family.replace('_', '-')}-{i:04d}", **r}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        total += len(recs)
    return records_by_file, total


def frame_counts():
    """Frames per (language, label) and hard-negative frames per language, as the README reports them."""
    counts = {}
    for fname in sorted(f for f in os.listdir(FRAMES) if f.endswith(".txt")):
        lang = fname.split("_", 1)[0]
        for _, h in read_frames(os.path.join(FRAMES, fname)):
            for key in h["labels"] + [h["kind"]]:
                counts[(lang, key)] = counts.get((lang, key), 0) + 1
    return counts


def tables(records_by_file):
    allr = [r for recs in records_by_file.values() for r in recs]
    fc = frame_counts()
    out = []
    out.append("| | en train | en test | es train | es test | total | frames en | frames es |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for key in LABELS + KINDS:
        def match(r):
            return key in r["labels"] if key in LABELS else r["kind"] == key
        cells = [sum(match(r) and r["lang"] == lang and r["split"] == sp for r in allr)
                 for lang in ("en", "es") for sp in ("train", "test")]
        out.append(f"| {key} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} | "
                   f"{fc.get(('en', key), 0)} | {fc.get(('es', key), 0)} |")
    cells = [sum(r["lang"] == lang and r["split"] == sp for r in allr) for lang in ("en", "es") for sp in ("train", "test")]
    out.append("| **all posts** | " + " | ".join(str(c) for c in cells) + f" | {len(allr)} | | |")
    groups = {r["group"] for r in allr}
    test_groups = {r["group"] for r in allr if r["split"] == "test"}
    hard = sum(r["kind"] == "hard_negative" for r in allr)
    out.append("")
    out.append(f"Groups (wording families): {len(groups)}, of which {len(test_groups)} in test. "
               f"Hard negatives: {hard} of {len(allr)} ({100 * hard / len(allr):.1f}%); "
               + ", ".join(f"{lang}: {100 * sum(r['kind'] == 'hard_negative' and r['lang'] == lang for r in allr) / max(1, sum(r['lang'] == lang for r in allr)):.1f}%"
                           for lang in ("en", "es")) + ".")
    files = []
    for stem, recs in records_by_file.items():
        lang, family = stem.split("_", 1)
        files.append(f"| `{lang}-{family.replace('_', '-')}.jsonl` | {len(recs)} |")
    return "\n".join(out), "\n".join(files)


def write_readme(records_by_file):
    counts, files = tables(records_by_file)
    with open(os.path.join(ROOT, "tools", "corpus", "README.template.md"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("{{COUNTS}}", counts).replace("{{FILES}}", files)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(counts)


if __name__ == "__main__":
    recs, _ = build()
    write_readme(recs)
