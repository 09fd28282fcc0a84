#!/usr/bin/env python3
"""Leones test runner.

Suites:
  tests/py/*.py    differential tests: stdout, exit status and (on failure)
                   the last stderr line must equal what CPython 3.11 printed,
                   recorded in the .exp file beside each script.
  tests/bad/*.py   bad input (malformed programs, runtime errors, huge values):
                   same comparison; a crash (signal) or a hang always fails.
  tests/jit/*.py   JIT assertions (the script checks leones.jit_stats() and
                   exits non-zero on failure); .exp recorded from Leones' spec.
  tests/c/*.c      C unit tests, linked against the runtime's objects; pass
                   when they exit 0.
  tests/cli/*.cli  command-line tests: the file holds the arguments (shell
                   syntax, one line) given to the interpreter, run in
                   tests/cli with NAME.stdin on standard input if present;
                   compared like tests/py against CPython (the program's
                   own path is replaced by PROG in the stderr line).

Expectation file format (NAME.exp beside NAME.py):
  # exit: N
  # stderr-last: LINE        (only when N != 0)
  # ---
  <stdout verbatim>

A script may have NAME.stdin (fed on standard input) and a first-line
comment `# args: a b c` (command-line arguments after the script).
Every Python test runs once per JIT mode (LEONES_TEST_MODES, default: all
modes the binary supports). Ends with the line "N passed, N failed".
"""
import argparse
import concurrent.futures
import glob
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON = os.environ.get("CPYTHON", "/usr/bin/python3")
TIMEOUT = float(os.environ.get("LEONES_TEST_TIMEOUT", "60"))
MODES = {"off": ["-X", "jit=off"], "default": [], "stress": ["-X", "jit-stress"]}
PY_SUITES = ["py", "bad", "jit"]


def script_args(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    if first.startswith("# args:"):
        return shlex.split(first[len("# args:"):])
    return []


def run(cmd, path, extra_env=None):
    stdin_path = path[:-3] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    if extra_env:
        env.update(extra_env)
    try:
        p = subprocess.run(cmd + [os.path.basename(path)] + script_args(path), stdin=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           cwd=os.path.dirname(path), timeout=TIMEOUT, env=env)
        # Paths under the checkout are recorded as <ROOT>, so expectations hold in any clone.
        out = p.stdout.decode("utf-8", "replace").replace(ROOT, "<ROOT>")
        err = p.stderr.decode("utf-8", "replace").replace(ROOT, "<ROOT>")
        return p.returncode, out, err
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


def last_line(s):
    lines = [l for l in s.splitlines() if l.strip()]
    return lines[-1].rstrip() if lines else ""


def format_exp(rc, out, err):
    head = "# exit: %s\n" % rc
    if rc != 0:
        head += "# stderr-last: %s\n" % last_line(err)
    return head + "# ---\n" + out


def parse_exp(text):
    rc, errlast = None, None
    head, _, out = text.partition("# ---\n")
    for line in head.splitlines():
        if line.startswith("# exit: "):
            word = line[len("# exit: "):].strip()
            rc = int(word) if word.lstrip("-").isdigit() else word
        elif line.startswith("# stderr-last: "):
            errlast = line[len("# stderr-last: "):]
    return rc, errlast, out


def cli_args(path):
    with open(path, encoding="utf-8") as f:
        return shlex.split(f.read().strip())


def run_cli(exe, path, extra=()):
    """Run `exe <args of NAME.cli>`; returns (rc, out, last stderr line with exe replaced by PROG)."""
    stdin_path = path[:-4] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        p = subprocess.run([exe] + list(extra) + cli_args(path), stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, cwd=os.path.dirname(path), timeout=TIMEOUT, env=env)
        err = p.stderr.decode("utf-8", "replace").replace(exe, "PROG").replace(ROOT, "<ROOT>")
        return p.returncode, p.stdout.decode("utf-8", "replace").replace(ROOT, "<ROOT>"), err
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


def check_py(leones, path, mode):
    exp_path = os.path.splitext(path)[0] + ".exp"
    if not os.path.exists(exp_path):
        return False, "no expectation file (make regen-expected)"
    with open(exp_path, encoding="utf-8") as f:
        rc_exp, err_exp, out_exp = parse_exp(f.read())
    if path.endswith(".cli"):
        rc, out, err = run_cli(leones, path, MODES[mode])
    else:
        rc, out, err = run([leones] + MODES[mode], path)
    if rc == "timeout":
        return False, "timeout after %ss" % TIMEOUT
    if isinstance(rc, int) and rc < 0:
        return False, "killed by signal %d\n%s" % (-rc, err[-2000:])
    problems = []
    if rc != rc_exp:
        problems.append("exit status %s, expected %s" % (rc, rc_exp))
    if out != out_exp:
        problems.append(diff(out_exp, out))
    if rc_exp != 0 and err_exp is not None and last_line(err) != err_exp:
        problems.append("stderr last line:\n  got:      %s\n  expected: %s" % (last_line(err), err_exp))
    if problems and err and rc != rc_exp:
        problems.append("stderr:\n" + err[-1500:])
    return not problems, "\n".join(problems)


def diff(a, b):
    import difflib
    d = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "expected", "got", lineterm="", n=2))
    if len(d) > 40:
        d = d[:40] + ["... (%d more lines)" % (len(d) - 40)]
    return "\n".join(d)


def c_tests(leones):
    """Build each tests/c/*.c against the runtime objects (all but main.o)."""
    build = os.path.dirname(os.path.abspath(leones))
    objs = [o for o in glob.glob(os.path.join(build, "obj", "src", "**", "*.o"), recursive=True)
            if not o.endswith(os.sep + "main.o")]
    results = []
    for src in sorted(glob.glob(os.path.join(ROOT, "tests", "c", "*.c"))):
        name = os.path.basename(src)[:-2]
        exe = os.path.join(build, "ctest_%s_%d" % (name, os.getpid()))
        cc = os.environ.get("CC", "gcc")
        flags = os.environ.get("CTEST_FLAGS", "").split()
        cmd = [cc, "-std=gnu11", "-g", "-O1", "-I" + os.path.join(ROOT, "src"), "-I" + os.path.join(ROOT, "include")] + flags + [
            src] + objs + ["-o", exe, "-lgmp", "-ledit", "-lutf8proc", "-lpcre2-8", "-lZydis", "-lcrypto", "-lm"]
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode != 0:
            results.append(("c/" + name, False, "build failed:\n" + p.stdout.decode()[-3000:]))
            continue
        try:
            p = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT, cwd=ROOT)
            ok = p.returncode == 0
            results.append(("c/" + name, ok, "" if ok else p.stdout.decode()[-3000:]))
        except subprocess.TimeoutExpired:
            results.append(("c/" + name, False, "timeout"))
        finally:
            if os.path.exists(exe):
                os.remove(exe)
    return results


def bench_selftest():
    """The benchmark runner's own unit tests (table, medians, ratios; no real benchmarks)."""
    try:
        p = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "selftest.py")], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=TIMEOUT, cwd=ROOT)
        ok = p.returncode == 0
        return ("bench/selftest", ok, "" if ok else p.stdout.decode()[-3000:])
    except subprocess.TimeoutExpired:
        return ("bench/selftest", False, "timeout")


def regen(paths):
    for path in paths:
        if path.endswith(".cli"):
            rc, out, err = run_cli(CPYTHON, path)
        else:
            rc, out, err = run([CPYTHON], path)
        with open(os.path.splitext(path)[0] + ".exp", "w", encoding="utf-8") as f:
            f.write(format_exp(rc, out, err))
        print("recorded", os.path.relpath(path, ROOT), "exit", rc)


def supported_modes(leones):
    wanted = os.environ.get("LEONES_TEST_MODES")
    if wanted:
        return wanted.split(",")
    try:
        p = subprocess.run([leones, "-c", "import leones; print(leones.jit_available)"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=10)
        if p.stdout.strip() == b"True":
            return ["off", "default", "stress"]
    except (OSError, subprocess.TimeoutExpired):
        pass
    return ["default"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--leones", default=os.path.join(ROOT, "build", "leones"))
    ap.add_argument("--regen", action="store_true", help="record .exp files with CPython")
    ap.add_argument("-j", type=int, default=max(2, (os.cpu_count() or 2) * 2))
    ap.add_argument("-v", action="store_true", help="show each test")
    ap.add_argument("filters", nargs="*", help="substrings of test paths to run")
    a = ap.parse_args()

    scripts = []
    for suite in PY_SUITES:
        scripts += sorted(glob.glob(os.path.join(ROOT, "tests", suite, "*.py")))
    scripts += sorted(glob.glob(os.path.join(ROOT, "tests", "cli", "*.cli")))
    if a.filters:
        scripts = [s for s in scripts if any(f in s for f in a.filters)]
    if a.regen:
        regen([s for s in scripts if "/tests/jit/" not in s])
        return 0

    leones = os.path.abspath(a.leones)
    modes = supported_modes(leones)
    jobs = [(s, m) for s in scripts for m in modes]
    results = []
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        futs = {ex.submit(check_py, leones, s, m): (s, m) for s, m in jobs}
        for f in concurrent.futures.as_completed(futs):
            s, m = futs[f]
            ok, msg = f.result()
            name = os.path.relpath(s, os.path.join(ROOT, "tests"))
            results.append((name + ("" if len(modes) == 1 else " [%s]" % m), ok, msg))
    if not a.filters or any(f.startswith("c/") for f in a.filters):
        results += c_tests(leones)
    if not a.filters or any(f.startswith("bench") for f in a.filters):
        results.append(bench_selftest())
    results.sort()
    passed = sum(1 for r in results if r[1])
    failed = len(results) - passed
    for name, ok, msg in results:
        if not ok:
            print("FAIL", name)
            if msg:
                print("    " + msg.replace("\n", "\n    "))
        elif a.v:
            print("ok  ", name)
    print("modes: %s" % ",".join(modes))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
