"""Prints convene's answers beside CBC's and HiGHS's for each instance:
objective, time, and the gap to the best lower bound known (convene's
bound, or HiGHS's dual bound, whichever is higher)."""

import json
import pathlib
import sys

folder = pathlib.Path(sys.argv[1])
milp = {}
for line in (folder / "milp.jsonl").read_text().splitlines():
    row = json.loads(line)
    milp.setdefault(pathlib.Path(row["instance"]).stem, {})[row["solver"]] = row
times = {}
for line in (folder / "convene.tsv").read_text().splitlines()[1:]:
    cols = line.split("\t")
    times[cols[0]] = cols[-1]


def gap(value, bound):
    if value is None or bound is None:
        return "—"
    if value == 0:
        return "0%"
    return f"{100 * (value - bound) / value:.1f}%"


print("| instance | convene | ms | CBC | s | HiGHS | s | best bound | convene gap |")
print("|---|---|---|---|---|---|---|---|---|")
for path in sorted(folder.glob("*.convene.json")):
    name = path.name.removesuffix(".convene.json")
    ours = json.loads(path.read_text())
    cbc = milp.get(name, {}).get("cbc", {})
    highs = milp.get(name, {}).get("highs", {})
    if not ours["feasible"]:
        print(f"| {name} | infeasible: {ours['explanation']} | {times.get(name, '')} | {cbc.get('status', '')} | {cbc.get('seconds', '')} | {highs.get('status', '')} | {highs.get('seconds', '')} | | |")
        continue
    total = ours["score"]["total"]
    bounds = [b for b in [ours.get("lower_bound"), highs.get("bound")] if b is not None]
    best = max(bounds) if bounds else None

    def show(row):
        if row.get("objective") is None:
            return row.get("status", "—")
        return f"{row['objective']:.1f} ({row['status']})"

    print(f"| {name} | {total:.1f} | {times.get(name, '')} | {show(cbc)} | {cbc.get('seconds', '')} | {show(highs)} | {highs.get('seconds', '')} | {best if best is None else round(best, 1)} | {gap(total, best)} |")
