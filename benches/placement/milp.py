"""The exact integer programme for a placement instance (the JSON format of
`convene place --input`), built on the PyPI package conference-scheduler's
model and solved by CBC (through PuLP) and by HiGHS (highspy), each with a
time limit. Prints one JSON line per solver: objective, time, status, bound.

conference-scheduler has no objective of this kind; it is added here, so that
both solvers and convene minimise the same thing:
  missed   = sum over people p and rounds r of y[p, r], with
             y[p, r] >= (topics of round r that p marked) - 1, y >= 0;
  overflow = sum over topic t and cell s of max(0, |interested t| - capacity s) x[t, s];
  moves    = sum over topics t with a previous cell of 1 - x[t, previous t];
  total    = w_missed missed + w_overflow overflow + w_moves moves.
Conveners: for each convener and round, at most one of their topics
(conference-scheduler's pairwise clash constraints would say the same with
many more rows). Languages, pins and unavailability: slots the event may not
use are in its `unavailability`, which conference-scheduler's availability
constraint reads.

Usage: milp.py INSTANCE.json [--time-limit 120]
"""

import argparse
import datetime
import json
import sys
import time

import pulp
from conference_scheduler.lp_problem import constraints as cs_constraints
from conference_scheduler.lp_problem import utils as cs_utils
from conference_scheduler.resources import Event, Shape, Slot


def build(instance):
    rounds = [r["id"] for r in instance["rounds"]]
    spaces = instance["spaces"]
    topics = instance["topics"]
    weights = {"missed": 1.0, "overflow": 0.5, "moves": 2.0, **instance.get("weights", {})}
    start = datetime.datetime(2027, 1, 1, 9, 0)
    slots, cell = [], []
    for ri, r in enumerate(rounds):
        for s in spaces:
            slots.append(Slot(venue=s["id"], starts_at=start + datetime.timedelta(hours=ri),
                              duration=60, capacity=s["capacity"], session=r))
            cell.append((r, s["id"]))
    absent = {(u["person"], u["round"]) for u in instance.get("unavailable", [])}
    pinned = {p["topic"]: (p["round"], p["space"]) for p in instance.get("pinned", [])}
    previous = {p["topic"]: (p["round"], p["space"]) for p in instance.get("previous", [])}
    events = []
    for t in topics:
        blocked = set()
        for j, (r, s) in enumerate(cell):
            space = spaces[j % len(spaces)]
            language_ok = (t.get("language") is None or space.get("languages") is None
                           or t["language"] in space["languages"])
            convener_ok = all((c, r) not in absent for c in t.get("conveners", []))
            pin_ok = t["id"] not in pinned or pinned[t["id"]] == (r, s)
            if not (language_ok and convener_ok and pin_ok):
                blocked.add(slots[j])
        events.append(Event(name=t["id"], duration=60, demand=0, unavailability=list(blocked)))

    problem = pulp.LpProblem("placement", pulp.LpMinimize)
    X = cs_utils.variables(Shape(len(events), len(slots)))
    for constraint in cs_constraints.all_constraints(events, slots, X, summation_type="lpsum"):
        problem += constraint.condition
    # One topic per convener and round.
    by_convener = {}
    for ti, t in enumerate(topics):
        for c in t.get("conveners", []):
            by_convener.setdefault(c, []).append(ti)
    for c, ts in by_convener.items():
        if len(ts) < 2:
            continue
        for ri, r in enumerate(rounds):
            problem += pulp.lpSum(X[ti, j] for ti in ts for j, (rr, _) in enumerate(cell) if rr == r) <= 1
    # Missed interests.
    marked = {}
    for ti, t in enumerate(topics):
        for p in set(t.get("interested", [])):
            marked.setdefault(p, []).append(ti)
    y = []
    for p, ts in marked.items():
        if len(ts) < 2:
            continue
        for r in rounds:
            v = pulp.LpVariable(f"y_{len(y)}", lowBound=0)
            y.append(v)
            problem += v >= pulp.lpSum(X[ti, j] for ti in ts for j, (rr, _) in enumerate(cell) if rr == r) - 1
    overflow = pulp.lpSum(
        max(0, len(set(t.get("interested", []))) - slots[j].capacity) * X[ti, j]
        for ti, t in enumerate(topics) for j in range(len(slots))
        if max(0, len(set(t.get("interested", []))) - slots[j].capacity) > 0)
    moves = pulp.lpSum(1 - X[ti, cell.index(previous[t["id"]])]
                       for ti, t in enumerate(topics) if t["id"] in previous)
    problem += weights["missed"] * pulp.lpSum(y) + weights["overflow"] * overflow + weights["moves"] * moves
    return problem


def solve(instance, solver_name, time_limit):
    problem = build(instance)
    if solver_name == "cbc":
        solver = pulp.PULP_CBC_CMD(timeLimit=time_limit, msg=False)
    else:
        solver = pulp.HiGHS(timeLimit=time_limit, msg=False)
    started = time.monotonic()
    status = problem.solve(solver)
    took = time.monotonic() - started
    objective = pulp.value(problem.objective)
    bound = None
    if solver_name == "highs":
        try:
            bound = problem.solverModel.getInfo().mip_dual_bound
        except Exception:  # an older highspy: no bound reported
            bound = None
    return {
        "solver": solver_name,
        "status": pulp.LpStatus[status],
        "objective": objective,
        "seconds": round(took, 2),
        "bound": bound,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("instance")
    parser.add_argument("--time-limit", type=int, default=120)
    parser.add_argument("--solvers", default="cbc,highs")
    args = parser.parse_args()
    with open(args.instance) as f:
        instance = json.load(f)
    for name in args.solvers.split(","):
        print(json.dumps({"instance": args.instance, **solve(instance, name, args.time_limit)}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
