"""Subprocesses (Leones' own implementation).

Process creation, pipes and waiting are in the native module _subprocess
(src/lib/subprocess_native.c: fork/exec, a poll() loop for communicate,
waitpid). This module gives them CPython's interface: Popen, run,
call, check_call, check_output, getoutput/getstatusoutput, CompletedProcess,
CalledProcessError, TimeoutExpired, PIPE, DEVNULL and STDOUT.

Timeouts: communicate(timeout=) raises TimeoutExpired and may be called
again to resume; run(timeout=) kills the child first, as CPython.
start_new_session runs setsid() in the child. Not supported: preexec_fn, pass_fds.
"""

import _subprocess
import os
import time

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "getoutput",
           "getstatusoutput", "run", "CalledProcessError", "CompletedProcess", "SubprocessError",
           "TimeoutExpired"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 6: "SIGABRT", 8: "SIGFPE", 9: "SIGKILL",
                 11: "SIGSEGV", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM"}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call/check_output/run(check=True) for a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = -self.returncode
            name = _SIGNAL_NAMES.get(sig)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, sig)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, sig)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "CompletedProcess(" + ", ".join(parts) + ")"

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _stream_mode(spec, which):
    """Popen's stdin/stdout/stderr argument -> the native module's code."""
    if spec is None:
        return -1
    if spec == PIPE:
        return -2
    if spec == DEVNULL:
        return -3
    if spec == STDOUT:
        if which != 2:
            raise ValueError("STDOUT can only be used for stderr")
        return -4
    if isinstance(spec, int):
        if spec < 0:
            raise ValueError("bad file descriptor %d" % spec)
        return spec
    if hasattr(spec, "fileno"):
        if hasattr(spec, "flush"):
            spec.flush()
        return spec.fileno()
    raise TypeError("bad stream argument: %r" % (spec,))


def _fsarg(a):
    if isinstance(a, (str, bytes)):
        return a
    if hasattr(a, "__fspath__"):
        return a.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(a).__name__)


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported by Leones")
        if pass_fds:
            raise NotImplementedError("subprocess: pass_fds is not supported by Leones")
        self.args = args
        self.returncode = None
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        if shell:
            if isinstance(args, (str, bytes)):
                argv = ["/bin/sh", "-c", args]
            else:
                argv = ["/bin/sh", "-c"] + list(args)
            if executable is not None:
                argv[0] = executable
        elif isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            argv = [_fsarg(args)]
        else:
            argv = [_fsarg(a) for a in args]
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                if isinstance(k, str) and "=" in k:
                    raise ValueError("illegal environment variable name")
                envlist.append("%s=%s" % (k, v) if isinstance(k, str) else k + b"=" + v)
        if cwd is not None:
            cwd = _fsarg(cwd)
        modes = (_stream_mode(stdin, 0), _stream_mode(stdout, 1), _stream_mode(stderr, 2))
        self.pid, fin, fout, ferr = _subprocess.spawn(argv, executable if not shell else None, cwd, envlist,
                                                      *modes, new_session=bool(start_new_session))
        self._fds = [fin, fout, ferr]
        self.stdin = self.stdout = self.stderr = None
        if fin >= 0:
            self.stdin = open(fin, "w" if self.text_mode else "wb", closefd=False,
                              encoding=self.encoding if self.text_mode else None)
        if fout >= 0:
            self.stdout = open(fout, "r" if self.text_mode else "rb", closefd=False,
                               encoding=self.encoding if self.text_mode else None)
        if ferr >= 0:
            self.stderr = open(ferr, "r" if self.text_mode else "rb", closefd=False,
                               encoding=self.encoding if self.text_mode else None)

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                try:
                    f.close()
                except OSError:
                    pass
        self._close_fds()
        self.wait()

    def _close_fds(self):
        for i, fd in enumerate(self._fds):
            if fd >= 0:
                _subprocess.close(fd)
                self._fds[i] = -1

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        return data.decode(self.encoding, self.errors).replace("\r\n", "\n").replace("\r", "\n")

    def communicate(self, input=None, timeout=None):
        comm = getattr(self, "_comm", None)
        if comm is None:
            if input is not None and self._fds[0] < 0:
                raise ValueError("Cannot send input after starting communication")
            if input is not None and self.text_mode:
                input = input.encode(self.encoding, self.errors)
            elif input is not None and not isinstance(input, bytes):
                input = bytes(input)
            if self.stdin is not None:
                try:
                    self.stdin.flush()
                except (OSError, ValueError):
                    pass
            # what is being collected, so that a call after a timeout resumes
            comm = self._comm = {"input": input, "out": [] if self._fds[1] >= 0 else None,
                                 "err": [] if self._fds[2] >= 0 else None}
        if self._fds == [-1, -1, -1]:
            # nothing to exchange: only the wait can time out
            self.wait(timeout)
            return None, None
        out, err, state = _subprocess.communicate(self._fds[0], self._fds[1], self._fds[2], comm["input"], timeout)
        if out:
            comm["out"].append(out)
        if err:
            comm["err"].append(err)
        if state is not None:
            fin, fout, ferr, written = state
            for k, fd in ((1, fout), (2, ferr)):
                if fd < 0 and self._fds[k] >= 0:
                    _subprocess.close(self._fds[k])
            self._fds = [fin, fout, ferr]
            if comm["input"] is not None:
                comm["input"] = comm["input"][written:]
            raise TimeoutExpired(self.args, timeout, output=b"".join(comm["out"]) if comm["out"] else None,
                                 stderr=b"".join(comm["err"]) if comm["err"] else None)
        self._fds[0] = -1  # closed by communicate: the child has seen EOF
        for f in (self.stdin, self.stdout, self.stderr):
            if f is not None:
                try:
                    f.close()
                except (OSError, ValueError):
                    pass
        self._close_fds()
        self.wait()
        return self._decode(self._collected(comm["out"])), self._decode(self._collected(comm["err"]))

    @staticmethod
    def _collected(parts):
        return None if parts is None else b"".join(parts)

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.wait(self.pid, True)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            self.returncode = _subprocess.wait(self.pid, False)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while True:
            rc = _subprocess.wait(self.pid, True)
            if rc is not None:
                self.returncode = rc
                return rc
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(delay, remaining, 0.05))
            delay *= 2

    def send_signal(self, sig):
        if self.returncode is None:
            _subprocess.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if kwargs.get("input") is None and kwargs.get("stdin") is None and "input" in kwargs:
        kwargs["input"] = "" if kwargs.get("text") or kwargs.get("universal_newlines") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
