#!/usr/bin/env python3
"""Writes a response log (JSONL) with N generated responses for a survey definition.

Usage: generate.py SURVEY.json N OUT.jsonl [--seed S]

Answers follow each question's type and options; questions with a
`visibleIf` are left out now and then. About 2 % of responses are revised
(a second submit), 0.5 % voided, and 3 % leave a draft first, so the log
exercises the same bookkeeping as a real one. Stands in for
`survey generate` in the benchmark, with a fixed seed for repeatable files.
"""
import json
import random
import sys


def answer(question, rng):
    kind = question["type"]
    if kind == "text":
        return rng.choice(["", "Grundschule am Bach", "Gymnasium Nord", "keine Anmerkungen", "Bitte mehr Fortbildungen."]) or "—"
    if kind == "number":
        low = question.get("min", 0)
        high = question.get("max", low + 200)
        if question.get("integer"):
            return rng.randint(int(low), int(min(high, low + 1500)))
        return round(rng.uniform(low, min(high, 1000)), 1)
    if kind == "single":
        values = [o["value"] for o in question["options"]]
        if "other" in question and rng.random() < 0.03:
            return {"value": "other", "other": "Sonstiges"}
        return rng.choice(values)
    if kind == "multiple":
        values = [o["value"] for o in question["options"]]
        chosen = [v for v in values if rng.random() < 0.4] or [values[0]]
        if "maxSelected" in question:
            chosen = chosen[: question["maxSelected"]]
        return chosen
    if kind == "boolean":
        return rng.random() < 0.6
    if kind == "scale":
        scale = question["scale"]
        if scale.get("notApplicable") and rng.random() < 0.05:
            return "na"
        return rng.randint(scale["from"], scale["to"])
    if kind == "matrix":
        cells = question["cells"] if "cells" in question else {"scale": question.get("scale")}
        result = {}
        for row in question["rows"]:
            if "scale" in question:
                scale = question["scale"]
                result[row["value"]] = "na" if scale.get("notApplicable") and rng.random() < 0.05 else rng.randint(scale["from"], scale["to"])
            else:
                result[row["value"]] = rng.choice([o["value"] for o in question["options"]])
        return result
    if kind == "ranking":
        values = [o["value"] for o in question["options"]]
        rng.shuffle(values)
        return values[: question.get("rankCount", len(values))]
    if kind == "date":
        return "2026-%02d-%02d" % (rng.randint(8, 11), rng.randint(1, 28))
    return None


def main():
    survey_path, count, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    seed = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--seed" else 1
    rng = random.Random(seed)
    survey = json.load(open(survey_path, encoding="utf-8"))
    questions = [q for page in survey["pages"] for q in page["questions"] if q["type"] != "note"]
    seq = 0

    def record(kind, response, revision, answers=None, reason=None):
        nonlocal seq
        seq += 1
        line = {"kind": kind, "seq": seq, "response": response, "revision": revision,
                "time": "2026-11-%02dT%02d:%02d:%02dZ" % (rng.randint(16, 30), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)),
                "definition": "4f6c0e", "participant": "p%07d" % int(response[1:])}
        if reason is not None:
            line["reason"] = reason
        if answers is not None:
            line["answers"] = answers
        return json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"

    def answers():
        result = {}
        for q in questions:
            if "visibleIf" in q and rng.random() < 0.2:
                continue
            if rng.random() < 0.03:
                continue
            result[q["id"]] = answer(q, rng)
        return result

    with open(out_path, "w", encoding="utf-8") as out:
        revised = []
        for n in range(count):
            response = "r%07d" % n
            revision = 1
            if rng.random() < 0.03:
                out.write(record("draft", response, revision, answers={}))
                revision += 1
            out.write(record("submit", response, revision, answers=answers()))
            if rng.random() < 0.02:
                revised.append((response, revision + 1))
            if len(revised) > 50:
                for earlier, rev in revised:
                    if rng.random() < 0.2:
                        out.write(record("void", earlier, rev, reason="doppelt erfasst"))
                    else:
                        out.write(record("submit", earlier, rev, answers=answers()))
                revised = []


if __name__ == "__main__":
    main()
