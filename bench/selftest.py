# bench/selftest.py — checks the comparison runner's logic (bench/run) on
# canned data: output parsing, medians, result checks, failure states,
# speedups and their wording, geometric means, the printed table and the HTML
# report. Runs no benchmark (one trivial child process checks run_once).
# Usage: python3 bench/selftest.py   (prints "N passed, N failed"; exit 1 on failure)
import importlib.machinery
import importlib.util
import math
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
loader = importlib.machinery.SourceFileLoader("bench_run", os.path.join(HERE, "run"))
spec = importlib.util.spec_from_loader("bench_run", loader)
run = importlib.util.module_from_spec(spec)
loader.exec_module(run)

passed = 0
failed = 0


def check(name, got, expected):
    global passed, failed
    if got == expected:
        passed += 1
    else:
        failed += 1
        print("FAIL %s: got %r, expected %r" % (name, got, expected))


def canned(total, result="R", labeled=None, status="ok", rss=1024, wall=None, error=""):
    labeled = labeled or {}
    return {
        "status": status,
        "total": total,
        "labeled": dict(labeled),
        "labels": list(labeled),
        "result": result,
        "iters": [],
        "wall": wall if wall is not None else (total or 0.0) + 0.05,
        "rss_kb": rss,
        "error": error,
    }


# --- parsing the protocol lines
parsed = run.parse_output("hello\niter: 0.5\niter: 0.25\ntime loop: 0.1\ntime gen: 0.2\ntime: 0.75\nresult: 42 [1, 2]\n")
check("parse iters", parsed["iters"], [0.5, 0.25])
check("parse total", parsed["total"], 0.75)
check("parse labeled", parsed["labeled"], {"loop": 0.1, "gen": 0.2})
check("parse labels order", parsed["labels"], ["loop", "gen"])
check("parse result", parsed["result"], "42 [1, 2]")
check("parse jit", run.parse_output("jit: loops=2 bridges=9 note=x\n")["jit"], {"loops": 2, "bridges": 9, "note": "x"})
check("parse empty", run.parse_output("garbage\ntime: x\n")["total"], None)

# --- medians, geometric mean
check("median odd", run.median([3.0, 1.0, 2.0]), 2.0)
check("median even", run.median([4.0, 1.0, 2.0, 3.0]), 2.5)
check("median empty", run.median([]), None)
check("geomean", round(run.geomean([2.0, 8.0]), 12), 4.0)
check("geomean skips None", round(run.geomean([None, 9.0, 1.0]), 12), 3.0)
check("geomean empty", run.geomean([]), None)

# --- ratio wording
check("ratio faster", run.format_ratio(12.34), "12.3x")
check("ratio big", run.format_ratio(123.4), "123x")
check("ratio one", run.format_ratio(1.0), "1.0x")
check("ratio slower", run.format_ratio(0.5), "2.0x slower")
check("ratio much slower", run.format_ratio(1 / 250.0), "250x slower")
check("ratio none", run.format_ratio(None), "")
check("seconds", run.format_seconds(0.4771), "0.477 s")
check("seconds small", run.format_seconds(0.000123), "0.00012 s")
check("memory", run.format_memory(8 * 1024), "8.0 MB")

# --- one program, plain rows: medians per runtime, ratios, failures, wrong results
results = {
    "python3": [canned(1.0), canned(1.2), canned(0.9)],
    "leones": [canned(0.1), canned(0.3), canned(0.2)],
    "leones-nojit": [canned(None, status="failed", error="exit 1: NotImplementedError: x")],
    "pypy3": [canned(0.5, result="other")],
    "c": [canned(None, wall=0.05)],
}
rows = run.summarize("prog", results)
check("one row", [r for r, _ in rows], ["prog"])
cells = rows[0][1]
check("python3 median", cells["python3"]["seconds"], 1.0)
check("leones median", cells["leones"]["seconds"], 0.2)
check("leones speedup", round(run.speedup(cells, "leones"), 9), 5.0)
check("failed status", cells["leones-nojit"]["status"], "failed")
check("failed no speedup", run.speedup(cells, "leones-nojit"), None)
check("wrong result", cells["pypy3"]["status"], "wrong")
check("wall fallback", cells["c"]["seconds"], 0.05)
check("c speedup", round(run.speedup(cells, "c"), 9), 20.0)
check("cell text", run.cell_text(cells, "leones"), "0.2 s  5.0x")
check("cell text baseline", run.cell_text(cells, "python3"), "1 s")

# --- absent runtime, timeout
results2 = {"python3": [canned(2.0)], "leones": [], "pypy3": [canned(None, status="timeout", error="no exit")]}
cells2 = run.summarize("other", results2)[0][1]
check("absent", cells2["leones"]["status"], "absent")
check("timeout", cells2["pypy3"]["status"], "timeout")
check("absent text", run.cell_text(cells2, "leones"), "absent")

# --- labeled rows (several ways in one program); a runtime with only some ways
results3 = {
    "python3": [canned(0.6, "808950", {"loop": 0.1, "generator": 0.2, "iterator": 0.3})] * 3,
    "leones": [canned(0.06, "808950", {"loop": 0.02, "generator": 0.02, "iterator": 0.02})] * 3,
    "c": [canned(0.01, "808950", {"loop": 0.01})],
}
rows3 = run.summarize("pythagorean", results3)
check("labeled rows", [r for r, _ in rows3], ["pythagorean loop", "pythagorean generator", "pythagorean iterator"])
check("labeled seconds", rows3[1][1]["python3"]["seconds"], 0.2)
check("labeled speedup", round(run.speedup(rows3[2][1], "leones"), 9), 15.0)
check("labeled n/a", rows3[1][1]["c"]["status"], "n/a")
check("labeled c loop", round(run.speedup(rows3[0][1], "c"), 9), 10.0)

# --- geometric means over rows
all_rows = rows + rows3
means = run.geomeans(all_rows, ["python3", "leones", "c"])
expected_leones = math.exp((math.log(5.0) + math.log(5.0) + math.log(10.0) + math.log(15.0)) / 4)
check("geomean leones", round(means["leones"][0], 9), round(expected_leones, 9))
check("geomean leones count", means["leones"][1], 4)
check("geomean c count", means["c"][1], 2)
check("geomean python3", round(means["python3"][0], 9), 1.0)

# --- printed table
lines = run.table_lines(all_rows, ["python3", "leones", "leones-nojit", "pypy3", "c"])
text = "\n".join(lines)
check("table header", lines[0].split()[:3], ["program", "python3", "leones"])
check("table has failed", "failed" in text, True)
check("table has wrong", "wrong" in text, True)
check("table geomean line", lines[-1].startswith("geometric mean"), True)
check("table geomean leones", ("%s (4)" % run.format_ratio(expected_leones)) in lines[-1], True)
check("table rows", len(lines), 2 + len(all_rows) + 2)
memory = run.table_lines(all_rows, ["python3", "leones"], memory=True)
check("memory table", "1.0 MB" in memory[2], True)
check("failure lines", len(run.failure_lines(all_rows, ["leones-nojit", "pypy3"])), 2)

# --- targets of TARGETS.md decided from canned rows
seed_runs = {
    "pi": {"python3": [canned(1.0, "P")], "leones": [canned(0.01, "P", rss=900)], "c": [canned(0.008, "P")]},
    "pi_blocked": {"python3": [canned(1.5, "P")], "leones": [canned(0.03, "P", rss=900)]},
    "data_driven": {"python3": [canned(0.04, "D")], "leones": [dict(canned(0.02, "D", rss=900), jit={"loops": 3, "bridges": 30})]},
}
seed_rows = []
for name in ("pi", "pi_blocked", "data_driven"):
    seed_rows += run.summarize(name, seed_runs[name])
seed_rows += rows3
verdicts = {}
for target, measured, verdict in run.target_checks(seed_rows):
    verdicts.setdefault(target.split(":")[0], verdict)  # the first check of each program
check("target pi met", verdicts["pi"], "met")
check("target blocked missed", verdicts["pi_blocked"], "missed")
check("target data_driven missed", verdicts["data_driven"], "missed")
check("target pythagorean missed", verdicts["pythagorean"], "missed")  # 0.02 s vs C 0.01 s: 2x C
check("target readpoly no data", verdicts["readpoly"], "no data")
pieces = [v for t, m, v in run.target_checks(seed_rows) if "compiled pieces" in t]
check("target compiled pieces met", pieces, ["met"])
check("target memory met", verdicts["peak memory <= python3's on each program"], "met")

# --- reference figures of TARGETS.md
ref = run.reference_rows(seed_rows)
check("reference rows", [r for r, _ in ref], ["pi", "pi_blocked", "data_driven", "pythagorean loop", "pythagorean generator", "pythagorean iterator"])
check("reference pi", ref[0][1], [("python3", 1.0, 0.68), ("c", 0.008, 0.006)])
check("reference line", "+47%" in run.reference_lines(seed_rows)[1], True)

# --- HTML report: self-contained, has the charts and the table
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "report.html")
    warm = {"pi": {"leones": [0.5, 0.1, 0.01], "python3": [0.5, 0.5, 0.5]}}
    run.write_report(path, all_rows, ["python3", "leones", "leones-nojit", "pypy3", "c"], {"python3": "Python 3.11"}, "test machine", warm, "canned")
    with open(path) as page:
        report = page.read()
check("report svg", report.count("<svg") >= 2, True)
check("report no script", "<script" not in report, True)
check("report no network", "http://" not in report.replace("http://www.w3.org/2000/svg", ""), True)
check("report machine", "test machine" in report, True)
check("report table", "pythagorean generator" in report and "failed" in report, True)
check("report polyline", "<polyline" in report, True)

# --- run_once on trivial commands (no benchmark)
ok = run.run_once([sys.executable, "-c", "print('time: 0.5'); print('result: 7')"], 20)
check("run_once ok", (ok["status"], ok["total"], ok["result"]), ("ok", 0.5, "7"))
check("run_once rss", ok["rss_kb"] is not None and ok["rss_kb"] > 0, True)
silent = run.run_once([sys.executable, "-c", "pass"], 20)
check("run_once silent is failed", silent["status"], "failed")
check("run_once silent allowed", run.run_once([sys.executable, "-c", "pass"], 20, expect_output=False)["status"], "ok")
bad = run.run_once([sys.executable, "-c", "raise SystemExit(3)"], 20)
check("run_once failed", bad["status"], "failed")
# 11 is SIGSEGV on Linux (no `signal` import: Leones, running this, has no signal module yet)
crash = run.run_once([sys.executable, "-c", "import os; os.kill(os.getpid(), 11)"], 20)
check("run_once crash", (crash["status"], crash["error"].startswith("crashed with SIGSEGV")), ("failed", True))
check("exit description", run.exit_description(1), "exit 1")
slow = run.run_once([sys.executable, "-c", "import time; time.sleep(30)"], 0.5)
check("run_once timeout", slow["status"], "timeout")

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
