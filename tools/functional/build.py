#!/usr/bin/env python3
"""Builds data/functional/{en,es}.jsonl, the project's held-out functional suite (see README.md).

Every case is written by hand in cases_en.py / cases_es.py, one table per functionality. The only derived cases are
the obfuscation tables: hand-written threats whose marked words ({like this}) are rewritten in leetspeak, spaced
letters or homoglyphs, CheckList-style perturbations. Python 3 stdlib only; deterministic.

    python3 tools/functional/build.py          # writes the two files and checks them against the corpus
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import cases_en  # noqa: E402
import cases_es  # noqa: E402

LABELS = {"dox", "threat", "bounty", "coordination"}
MARK = re.compile(r"\{([^{}]+)\}")
PHONE_OR_SSN = re.compile(r"\+?\d[\d ()./-]{7,}\d")

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8"}
# Cyrillic and Greek look-alikes of Latin letters.
HOMOGLYPH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "k": "κ", "s": "ѕ"}


def leet(word, step=0):
    changed = _leet(word, step)
    # A short word can dodge the alternation; then every mappable letter changes.
    return changed if changed != word else _leet(word, step, every=True)


def _leet(word, step, every=False):
    out = []
    for n, ch in enumerate(word):
        low = ch.lower()
        # Alternate which letters change so the variants differ in shape, as real evasions do.
        out.append(LEET[low] if low in LEET and (every or (n + step) % 2 == 0) else ch)
    return "".join(out)


def spaced(word, step=0):
    seps = [" ", ".", " ", "-", "_", " . "]
    sep = seps[step % len(seps)]
    return sep.join(ch for ch in word if ch != " ")


def homoglyph(word, step=0):
    changed = "".join(HOMOGLYPH.get(ch, ch) if (n + step) % 3 != 1 else ch for n, ch in enumerate(word))
    return changed if changed != word else "".join(HOMOGLYPH.get(ch, ch) for ch in word)


TRANSFORMS = {"leet": leet, "spaced": spaced, "homoglyph": homoglyph}


def render(text, transform, step):
    if transform is None:
        return MARK.sub(lambda m: m.group(1), text)
    fn = TRANSFORMS[transform]
    return MARK.sub(lambda m: fn(m.group(1), step), text)


def parse_line(line, default_labels):
    """A table line is a post; a leading [label,label] or [] overrides the table's labels for that one case."""
    m = re.match(r"^\[([a-z, ]*)\]\s+(.*)$", line)
    if m:
        labels = [x.strip() for x in m.group(1).split(",") if x.strip()]
        return labels, m.group(2)
    return list(default_labels), line


def build(lang, tables):
    rows = []
    seen_ids = set()
    for table in tables:
        name, expect, labels, transform, body = table["name"], table["expect"], table["labels"], table.get("transform"), table["cases"]
        lines = [ln.strip() for ln in body.strip().splitlines() if ln.strip() and not ln.strip().startswith("#")]
        for n, line in enumerate(lines, 1):
            case_labels, text = parse_line(line, labels)
            plain = render(text.replace("\\n", "\n"), None, n)
            text = render(text.replace("\\n", "\n"), transform, n)
            assert transform is None or text != plain, (name, line)
            assert MARK.search(text) is None, (name, line)
            for number in PHONE_OR_SSN.findall(text):
                digits = re.sub(r"\D", "", number)
                # Like the corpus: phone-shaped numbers stay in the 555 fiction range, SSN-shaped ones start with 8.
                assert "555" in digits or (len(digits) == 9 and digits[0] == "8") or len(digits) < 9, (name, number)
            assert set(case_labels) <= LABELS, (name, case_labels)
            assert (expect == "flag") == bool(case_labels), (name, line)
            cid = f"fn-{lang}-{name}-{n:03d}"
            assert cid not in seen_ids, cid
            seen_ids.add(cid)
            rows.append({"id": cid, "text": text, "lang": lang, "labels": sorted(case_labels, key=["dox", "threat", "bounty", "coordination"].index),
                         "functionality": name, "expect": expect})
    return rows


def key(text):
    return " ".join(text.split()).lower()


def corpus_texts():
    texts = set()
    folder = os.path.join(ROOT, "data", "corpus")
    for f in sorted(os.listdir(folder)):
        if f.endswith(".jsonl"):
            with open(os.path.join(folder, f), encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        texts.add(key(json.loads(line)["text"]))
    return texts


def frame_ngrams(n=6):
    """Word 6-grams of the corpus frames (slots removed), to catch a case that reuses a frame's wording."""
    grams = set()
    folder = os.path.join(ROOT, "tools", "corpus", "frames")
    for f in sorted(os.listdir(folder)):
        with open(os.path.join(folder, f), encoding="utf-8") as fh:
            for line in fh:
                words = re.findall(r"[a-záéíóúñü']+", re.sub(r"\{[^}]*\}", " | ", line.lower()))
                for i in range(len(words) - n + 1):
                    grams.add(" ".join(words[i:i + n]))
    return grams


def main():
    corpus = corpus_texts()
    grams = frame_ngrams()
    problems = []
    for lang, module in (("en", cases_en), ("es", cases_es)):
        rows = build(lang, module.TABLES)
        for r in rows:
            if key(r["text"]) in corpus:
                problems.append(f"{r['id']}: identical to a corpus text")
            words = re.findall(r"[a-záéíóúñü']+", r["text"].lower())
            for i in range(len(words) - 5):
                if " ".join(words[i:i + 6]) in grams:
                    problems.append(f"{r['id']}: shares the frame wording '{' '.join(words[i:i + 6])}'")
                    break
        texts = [key(r["text"]) for r in rows]
        dupes = {t for t in texts if texts.count(t) > 1}
        problems += [f"{lang}: duplicate text {t!r}" for t in sorted(dupes)]
        out = os.path.join(ROOT, "data", "functional", f"{lang}.jsonl")
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        funcs = {}
        for r in rows:
            funcs.setdefault(r["functionality"], []).append(r)
        small = [f for f, rs in funcs.items() if len(rs) < 15]
        print(f"{lang}: {len(rows)} cases, {len(funcs)} functionalities "
              f"({sum(1 for rs in funcs.values() if rs[0]['expect'] == 'flag')} flag), under 15: {small}")
    for p in problems:
        print("WARN", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
