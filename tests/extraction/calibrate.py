#!/usr/bin/env python3
"""Precision of extracted directives by confidence band, on the shared dev set.

usage: calibrate.py SHARED_DIR PRED_DIR [--signals]

PRED_DIR holds NAME.json predictions (`briefdesk extract … --json --out PRED_DIR`), each
directive with its `confidence`. A prediction counts as right when the shared scorer
(SHARED_DIR/eval/score.py) pairs it with a gold directive (core or not), with the
scorer's own matching rules. Printed for half A (1st, 3rd … gold file in name order),
half B and the whole set, as `make score` splits them: set weights on one half, read the
other. Nothing of the articles is printed.
"""
import importlib.util
import json
import sys
from pathlib import Path

BANDS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01)]


def load_scorer(shared):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def outcomes(score, gold_files, pred_dir):
    """(confidence, right) of every predicted directive."""
    out = []
    for gf in gold_files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        pf = pred_dir / gf.name
        pred = json.loads(pf.read_text(encoding="utf-8")) if pf.exists() else {}
        pv, gv = pred.get("directives") or [], gold.get("directives") or []
        matched = {i for i, _ in score.pair(pv, gv, score.directive_match)}
        out += [(float(p.get("confidence", 0.0)), i in matched) for i, p in enumerate(pv)]
    return out


# The badge's bands in the UI (ui/src/lib/directives/confidence.ts).
UI_BANDS = [(0.0, 0.5), (0.5, 0.75), (0.75, 1.01)]


def table(name, rows):
    print(f"== {name}: {len(rows)} directives, precision {sum(r for _, r in rows) / max(1, len(rows)):.3f}")
    print(f"{'confidence':>12} {'n':>5} {'right':>6} {'precision':>10}")
    for band in BANDS + [None] + UI_BANDS:
        if band is None:
            print("  badge bands (low / medium / high):")
            continue
        lo, hi = band
        band = [r for c, r in rows if lo <= c < hi]
        p = f"{sum(band) / len(band):.3f}" if band else "-"
        print(f"{lo:5.2f}–{min(hi, 1.0):<5.2f} {len(band):>5} {sum(band):>6} {p:>10}")
    # Below / above the median: the doubtful half must be wrong more often.
    cs = sorted(c for c, _ in rows)
    if cs:
        med = cs[len(cs) // 2]
        low = [r for c, r in rows if c < med]
        high = [r for c, r in rows if c >= med]
        if low and high:
            print(f"below median {med:.2f}: {sum(low) / len(low):.3f} ({len(low)})   "
                  f"at or above: {sum(high) / len(high):.3f} ({len(high)})")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    shared, pred = Path(sys.argv[1]), Path(sys.argv[2])
    score = load_scorer(shared)
    gold = sorted((shared / "corpus" / "dev" / "gold").glob("*.json"))
    halves = {"half A": gold[0::2], "half B": gold[1::2], "whole dev set": gold}
    for name, files in halves.items():
        table(f"{name} ({len(files)} articles)", outcomes(score, files, pred))


if __name__ == "__main__":
    main()
