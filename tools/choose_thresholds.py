#!/usr/bin/env python3
"""Chooses the policy's thresholds (config/policy.json) from out-of-fold scores, never from the held-out split.

Usage:
  ./doxguard train --validation-scores /tmp/oof.jsonl
  python3 tools/choose_thresholds.py /tmp/oof.jsonl

The scores file holds every train post scored by a model that never saw its wording family (3 folds by family). The
rule (docs/classifier.md, Calibration): per label, the pooled threshold maximises the mean of the two languages' F1 on
a 0.025 grid (ties toward 0.5); a language takes its own optimum only when that is at least as good as the pooled
threshold in each of three parts of the families (split by a hash of the family name), so a per-language choice has to
hold on families it was not read off. Prints per-label F1 curves and the chosen thresholds as JSON.
"""
import hashlib
import json
import sys

LABELS = ("dox", "threat", "bounty", "coordination")
LANGUAGES = ("en", "es")
GRID = [round(0.2 + 0.025 * i, 3) for i in range(17)]


def part(group):
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % 3


def f1(rows, label, threshold):
    tp = fp = fn = 0
    for r in rows:
        predicted = r["scores"][label] >= threshold
        gold = label in r["gold"]
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    return 2 * tp / max(1, 2 * tp + fp + fn)


def best(score):
    return max(GRID, key=lambda t: (score(t), -abs(t - 0.5)))


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    by_lang = {lang: [r for r in rows if r["lang"] == lang] for lang in LANGUAGES}
    pooled = {label: best(lambda t, l=label: sum(f1(by_lang[g], l, t) for g in LANGUAGES)) for label in LABELS}
    chosen = {}
    for lang in LANGUAGES:
        rs = by_lang[lang]
        parts = [[r for r in rs if part(r["group"]) == k] for k in range(3)]
        chosen[lang] = {}
        for label in LABELS:
            own = best(lambda t, l=label: f1(rs, l, t))
            holds = all(f1(p, label, own) >= f1(p, label, pooled[label]) for p in parts)
            chosen[lang][label] = own if holds else pooled[label]
            curve = " ".join(f"{t}:{f1(rs, label, t):.3f}" for t in GRID[::2])
            print(f"{lang} {label:13s} own {own} pooled {pooled[label]} -> {chosen[lang][label]}  | {curve}")
        macro = sum(f1(rs, label, chosen[lang][label]) for label in LABELS) / len(LABELS)
        print(f"{lang} out-of-fold macro-F1 at the chosen thresholds: {macro:.4f}")
    print(json.dumps({"default": pooled, **chosen}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
