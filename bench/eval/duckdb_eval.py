#!/usr/bin/env python3
"""The same aggregations as `survey evaluate --format json`, in DuckDB, over the same log.

Usage: duckdb_eval.py SURVEY.json LOG.jsonl [--threads N] [--check EVALUATION.json]

Loads the log, keeps each response's latest record if it is a submit (drafts
ignored, voided responses out), and computes per question what the
evaluation reports: frequencies, multiple-choice counts, statistics (sample
SD, type-7 quartiles), matrix rows, first ranks, months. Prints the load and
query times. With --check it compares counts and statistics with an output
of `survey evaluate --format json` (run with minGroupSize 1 semantics for
min/max, which the evaluation hides by default).
"""
import json
import sys
import time

import duckdb


def main():
    survey_path, log_path = sys.argv[1], sys.argv[2]
    threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else 2
    check = sys.argv[sys.argv.index("--check") + 1] if "--check" in sys.argv else None
    survey = json.load(open(survey_path, encoding="utf-8"))
    questions = [q for p in survey["pages"] for q in p["questions"] if q["type"] != "note"]
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")

    start = time.perf_counter()
    # Column types are inferred, so answers become a STRUCT with typed fields
    # (a choice with an "other" text, which is a string or an object, stays JSON).
    con.execute(f"CREATE TABLE log AS SELECT kind, seq, response, answers FROM read_json('{log_path}', format = 'newline_delimited')")
    con.execute("""
        CREATE TABLE cur AS SELECT answers AS a FROM (
            SELECT kind, answers, row_number() OVER (PARTITION BY response ORDER BY seq DESC) AS rn
            FROM log WHERE kind <> 'draft') WHERE rn = 1 AND kind = 'submit'""")
    loaded = time.perf_counter()

    results = {"responses": con.execute("SELECT count(*) FROM cur").fetchone()[0]}

    def stats(expr):
        row = con.execute(f"""SELECT count(x), avg(x), stddev_samp(x), quantile_cont(x, 0.25), quantile_cont(x, 0.5),
            quantile_cont(x, 0.75), min(x), max(x) FROM (SELECT TRY_CAST({expr} AS DOUBLE) AS x FROM cur) WHERE x IS NOT NULL""").fetchone()
        return dict(zip(["n", "mean", "sd", "q1", "median", "q3", "min", "max"], row))

    def is_json(expr):
        kind = con.execute(f"SELECT typeof({expr}) FROM cur LIMIT 1").fetchone()
        return kind is not None and kind[0] == "JSON"

    def freq(expr):
        return dict(con.execute(f"SELECT v, count(*) FROM (SELECT {expr} AS v FROM cur) WHERE v IS NOT NULL GROUP BY v").fetchall())

    for q in questions:
        field = f"a.{q['id']}"
        kind = q["type"]
        if kind == "single" and "other" in q:
            # A JSON column: a quoted option value, or an object for the "other" choice.
            results[q["id"]] = {"frequencies": freq(
                f"CASE WHEN json_type({field}) = 'OBJECT' THEN 'other' ELSE {field}->>'$' END")}
        elif kind in ("single", "boolean"):
            results[q["id"]] = {"frequencies": freq(f"CAST({field} AS VARCHAR)")}
        elif kind == "scale":
            results[q["id"]] = {"frequencies": freq(f"CAST({field} AS VARCHAR)"), "stats": stats(field)}
        elif kind == "number":
            results[q["id"]] = {"stats": stats(field)}
        elif kind == "multiple" and is_json(field):
            # Answers with an "other" text are objects ({"values": [...], "other": "..."}), the rest lists,
            # so the column stays JSON.
            values = f"CASE WHEN json_type({field}) = 'OBJECT' THEN json_extract({field}, '$.values') ELSE {field} END"
            frequencies = freq(f"unnest(from_json({values}, '[\"VARCHAR\"]'))")
            frequencies["other"] = con.execute(f"""SELECT count(*) FROM cur WHERE json_type({field}) = 'OBJECT'
                AND json_extract_string({field}, '$.other') IS NOT NULL""").fetchone()[0]
            results[q["id"]] = {"frequencies": frequencies}
        elif kind == "multiple":
            results[q["id"]] = {"frequencies": freq(f"unnest({field})")}
        elif kind == "matrix":
            results[q["id"]] = {r["value"]: stats(f"{field}.{r['value']}") for r in q["rows"]}
        elif kind == "ranking":
            results[q["id"]] = {"first": freq(f"{field}[1]")}
        elif kind == "date":
            results[q["id"]] = {"months": freq(f"strftime(CAST({field} AS DATE), '%Y-%m')")}
        elif kind == "text":
            results[q["id"]] = {"answered": con.execute(f"SELECT count({field}) FROM cur").fetchone()[0]}
    done = time.perf_counter()
    print(f"duckdb {duckdb.__version__}: load {loaded - start:.2f} s, queries {done - loaded:.2f} s, total {done - start:.2f} s",
          file=sys.stderr)
    if check:
        compare(results, json.load(open(check, encoding="utf-8")))


def compare(duck, ours):
    problems = 0

    def same(a, b, what):
        nonlocal problems
        if a is None or b is None:
            return
        if abs(a - b) > 1e-6 * max(1, abs(a), abs(b)):
            problems += 1
            print(f"differs: {what}: duckdb {a}, evaluation {b}", file=sys.stderr)

    same(duck["responses"], ours["responses"], "responses")
    for q in ours["questions"]:
        d = duck.get(q["id"])
        if d is None:
            continue
        for f in q.get("frequencies", []):
            if "frequencies" in d:
                counts = {str(k).lower(): v for k, v in d["frequencies"].items()}
                same(counts.get(f["value"], 0), f["count"], f"{q['id']} = {f['value']}")
        if q["type"] in ("number", "scale"):
            for key in ("n", "mean", "sd", "q1", "median", "q3"):
                same(d["stats"][key], q["stats"][key], f"{q['id']} {key}")
        if q["type"] == "matrix":
            for row in q["rows"]:
                name = row["id"].split(".", 1)[1]
                for key in ("n", "mean", "sd", "median"):
                    same(d[name][key], row["stats"][key], f"{row['id']} {key}")
        if q["type"] == "ranking":
            for option in q["ranking"]:
                same(d["first"].get(option["value"], 0), option["first"], f"{q['id']} first {option['value']}")
    print(f"compared with the evaluation: {problems} difference(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
