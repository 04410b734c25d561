#!/usr/bin/env python3
"""A Parley negotiator in Python, speaking the plug-in protocol of docs/plugin-protocol.md.

It is a time-dependent concession agent (Faratin, Sierra & Jennings, "Negotiation decision
functions for autonomous agents", 1998): its target utility falls from its best to its reservation
value as time runs out, target(t) = r + (best - r) * (1 - t ** (1 / e)). It offers the acceptable
package whose utility is closest above the target, accepts an offer or text worth at least the
target, and answers a mediator's text with amendments that each raise its own utility.

Only Python's standard library is used. Run it with Parley:

    parley run examples/job-offer.yaml \
        --negotiator candidate="process:python3 examples/agents/python/agent.py --e 0.5"

Options: --e E (concession exponent: below 1 holds firm, above 1 concedes early; default 1).
Anything written to standard error appears in Parley's fault messages; standard output carries the
protocol only.
"""

import argparse
import itertools
import json
import random
import sys

PROTOCOL_VERSION = 1
MAX_ENUMERATED = 200_000  # larger spaces are sampled
SAMPLE = 20_000


class Preferences:
    """The party's own preferences, as the start message gives them."""

    def __init__(self, message):
        self.issues = []  # (id, [values])
        for issue in message["issues"]:
            if "values" in issue:
                values = list(issue["values"])
            else:
                r = issue["range"]
                values = list(range(r["min"], r["max"] + 1, r["step"]))
            self.issues.append((issue["id"], values))
        self.position = {issue_id: i for i, (issue_id, _) in enumerate(self.issues)}
        prefs = message["preferences"]
        self.reservation = prefs["reservation"]
        self.utility_spec = prefs["utility"]
        self.red_lines = prefs["red_lines"]

    def values(self, outcome):
        """Value indices to {issue id: value}."""
        return {issue_id: values[v] for (issue_id, values), v in zip(self.issues, outcome)}

    def indices(self, described):
        """{issue id: value} to a tuple of value indices."""
        return tuple(values.index(described[issue_id]) for issue_id, values in self.issues)

    def utility(self, outcome):
        spec = self.utility_spec
        if spec["type"] == "additive":
            total = 0.0
            for (issue_id, _), v in zip(self.issues, outcome):
                total += spec["weights"][issue_id] * spec["scores"][issue_id][v]
            return min(1.0, total)
        if spec["type"] == "hyper-rectangles":
            described = self.values(outcome)
            return min(1.0, self._function(spec["root"], described) / spec["max_utility"])
        raise ValueError("unknown utility type " + spec["type"])

    def _function(self, function, described):
        parts = [self._rectangle(r, described) for r in function["rectangles"]]
        parts += [self._function(c, described) * c["weight"] for c in function["children"]]
        aggregation = function["aggregation"]
        if aggregation == "sum":
            return sum(parts)
        return min(parts) if aggregation == "min" else max(parts)

    @staticmethod
    def _rectangle(rectangle, described):
        inside = all(b["min"] <= described[b["issue"]] <= b["max"] for b in rectangle["bounds"])
        match = rectangle["match"]
        counts = match == "always" or (inside if match == "inside" else not inside)
        return rectangle["utility"] * rectangle["weight"] if counts else 0.0

    def allowed(self, outcome):
        """Whether the outcome breaks none of the party's red lines."""
        described = self.values(outcome)

        def matches(condition):
            return all(described[issue] in values for issue, values in condition.items())

        for line in self.red_lines:
            if "forbid" in line and matches(line["forbid"]):
                return False
            if "require" in line and not matches(line["require"]):
                return False
            if "if" in line and matches(line["if"]) and not matches(line["then"]):
                return False
        return True

    def acceptable(self, outcome):
        return self.allowed(outcome) and self.utility(outcome) >= self.reservation


class Agent:
    def __init__(self, exponent):
        self.exponent = exponent

    def start(self, message):
        self.prefs = Preferences(message)
        rng = random.Random(message["seed"])
        sizes = [len(values) for _, values in self.prefs.issues]
        total = 1
        for size in sizes:
            total *= size
        if total <= MAX_ENUMERATED:
            candidates = itertools.product(*[range(s) for s in sizes])
        else:
            candidates = {tuple(rng.randrange(s) for s in sizes) for _ in range(SAMPLE)}
        scored = [(self.prefs.utility(o), o) for o in candidates if self.prefs.acceptable(o)]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        self.bids = scored  # best first
        self.best = scored[0][0] if scored else 1.0

    def target(self, progress):
        r = self.prefs.reservation
        return r + (self.best - r) * (1.0 - progress ** (1.0 / self.exponent))

    def bid(self, progress):
        """The acceptable package whose utility is closest above the target (None if none)."""
        target = self.target(progress)
        chosen = None
        for utility, outcome in self.bids:
            if utility < target and chosen is not None:
                break
            chosen = outcome
        return chosen

    def good_enough(self, outcome, progress):
        return self.prefs.acceptable(outcome) and self.prefs.utility(outcome) >= self.target(progress)

    def act(self, request):
        progress = request["progress"]
        bid = self.bid(progress)
        if request["kind"] == "turn":
            offer = request["standing_offer"]
            if offer is not None and self.good_enough(self.prefs.indices(offer), progress):
                return {"action": "accept"}
            if bid is None:
                return {"action": "walk-away", "reason": "nothing is acceptable to me"}
            return {"action": "offer", "outcome": self.prefs.values(bid)}
        text = self.prefs.indices(request["text"])
        if self.good_enough(text, progress):
            return {"action": "accept"}
        if bid is None:
            return {"action": "reject", "reason": "nothing is acceptable to me"}
        own = self.prefs.utility(text)
        amendments = []
        for position, (issue_id, values) in enumerate(self.prefs.issues):
            if bid[position] == text[position]:
                continue
            changed = text[:position] + (bid[position],) + text[position + 1:]
            if self.prefs.utility(changed) > own:
                amendments.append({"issue": issue_id, "value": values[bid[position]],
                                   "reason": "better for me"})
        if not amendments:
            return {"action": "reject", "reason": "below my target"}
        return {"action": "amend", "amendments": amendments}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--e", type=float, default=1.0, help="concession exponent (> 0)")
    args = parser.parse_args()
    if args.e <= 0:
        parser.error("--e must be > 0")
    agent = Agent(args.e)

    def send(message):
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    send({"type": "hello", "protocol_version": PROTOCOL_VERSION, "name": "python-time-dependent"})
    for line in sys.stdin:
        message = json.loads(line)
        kind = message["type"]
        if kind == "end":
            break
        if kind == "observe":
            continue  # this agent does not learn from events
        try:
            if kind == "start":
                agent.start(message)
                send({"type": "ready", "id": message["id"]})
            elif kind == "act":
                reply = agent.act(message["request"])
                reply.update({"type": "action", "id": message["id"]})
                send(reply)
        except Exception as error:  # report, then carry on: Parley ends the run with a fault
            send({"type": "error", "id": message.get("id"), "message": repr(error)})


if __name__ == "__main__":
    main()
