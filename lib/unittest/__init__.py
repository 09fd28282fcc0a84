"""Unit testing (Leones' own implementation of unittest's common use).

TestCase runs one test method between setUp/tearDown and reports to a
TestResult; the assert* methods raise AssertionError with CPython's
messages, including the ndiff listing for strings, sequences and dicts
(unittest/_diff.py; cut to maxDiff characters as CPython does).
TestLoader collects test* methods in sorted order; TextTestRunner prints
the dots / verbose lines, the failure tracebacks (frames of this module
left out, as CPython does) and "Ran N tests in T.TTTs" / "OK" / "FAILED
(failures=N)" to stderr; main() runs the TestCases of __main__ and exits
with status 0 or 1.
"""

import sys
import time as _time

from unittest import _diff

__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
           "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure", "TextTestResult"]

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class SkipTest(Exception):
    """Raise to skip the current test."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


# ------------------------------------------------------------------ decorators

def skip(reason):
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(test_item, "__name__", "skip_wrapper")
            skip_wrapper.__doc__ = getattr(test_item, "__doc__", None)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item

    if isinstance(reason, type(skip)):
        test_item = reason
        reason = ""
        return decorator(test_item)
    return decorator


def _id(obj):
    return obj


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ------------------------------------------------------------------ results

class TestResult:
    _previousTestFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, "unexpectedSuccesses") or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        return _format_exception(exctype, value, tb)

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (strclass(self.__class__), self.testsRun, len(self.errors),
                                                      len(self.failures))


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return None


def _format_exception(exctype, value, tb):
    """The traceback text of a test failure, without this module's frames."""
    lines = []
    chain = []
    v = value
    seen = set()
    while v is not None and id(v) not in seen:
        seen.add(id(v))
        chain.append(v)
        if v.__cause__ is not None:
            v = v.__cause__
        elif v.__context__ is not None and not v.__suppress_context__:
            v = v.__context__
        else:
            v = None
    chain.reverse()
    for k, exc in enumerate(chain):
        if k:
            prev = chain[k - 1]
            if exc.__cause__ is prev:
                lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
            else:
                lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
        t = exc.__traceback__ if exc is not value else tb
        frames = []
        while t is not None:
            if "__unittest" not in t.tb_frame.f_globals:
                frames.append(t)
            t = t.tb_next
        if frames:
            lines.append("Traceback (most recent call last):\n")
            for fr in frames:
                code = fr.tb_frame.f_code
                lines.append('  File "%s", line %d, in %s\n' % (code.co_filename, fr.tb_lineno, code.co_name))
                src = _source_line(code.co_filename, fr.tb_lineno)
                if src:
                    lines.append("    %s\n" % src)
        name = type(exc).__qualname__
        mod = type(exc).__module__
        if mod not in ("builtins", "__main__"):
            name = mod + "." + name
        text = str(exc)
        lines.append("%s: %s\n" % (name, text) if text else "%s\n" % name)
    return "".join(lines)


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.stream.write(arg)
        self.stream.write("\n")


class TextTestResult(TestResult):
    _newline = True
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return "\n".join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # a subtest's status goes on its own indented line
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _result(self, long, short, test=None):
        if self.showAll:
            self._write_status(test, long)
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._result("ok", ".", test)

    def addError(self, test, err):
        super().addError(test, err)
        self._result("ERROR", "E", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._result("FAIL", "F", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            if issubclass(err[0], test.failureException):
                self._result("FAIL", "F", subtest)
            else:
                self._result("ERROR", "E", subtest)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._result("skipped {0!r}".format(reason), "s", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._result("expected failure", "x", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._result("unexpected success", "u", test)

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        unexpected = getattr(self, "unexpectedSuccesses", ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        start = _time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = _time.perf_counter() - start
        result.printErrors()
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", taken))
        self.stream.writeln()
        expected_fails = len(result.expectedFailures)
        unexpected_successes = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        elif run == 0 and not skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected_fails:
            infos.append("expected failures=%d" % expected_fails)
        if unexpected_successes:
            infos.append("unexpected successes=%d" % unexpected_successes)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ------------------------------------------------------------------ TestCase

class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None, callable_obj=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None
        self.obj_name = None
        if callable_obj is not None:
            self.obj_name = getattr(callable_obj, "__name__", str(callable_obj))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        if exc_type is None:
            if self.obj_name:
                self._fail("{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self._fail("{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        import re
        pattern = self.expected_regex
        if isinstance(pattern, str):
            pattern = re.compile(pattern)
        if not pattern.search(str(exc_value)):
            self._fail('"{}" does not match "{}"'.format(pattern.pattern, str(exc_value)))
        return True

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


class _AssertWarnsContext:
    """assertWarns/assertWarnsRegex: records warnings while the block runs."""

    def __init__(self, expected, test_case, expected_regex=None, msg=None, callable_obj=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.obj_name = getattr(callable_obj, "__name__", None) if callable_obj is not None else None
        self.warning = self.filename = self.lineno = None
        self.warnings = []

    def __enter__(self):
        import warnings
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None:
                import re
                pattern = self.expected_regex
                if isinstance(pattern, str):
                    pattern = re.compile(pattern)
                if not pattern.search(str(w)):
                    continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return True
        if first_matching is not None:
            pattern = self.expected_regex if isinstance(self.expected_regex, str) else self.expected_regex.pattern
            self._fail('"{}" does not match "{}"'.format(pattern, str(first_matching)))
        if self.obj_name:
            self._fail("{} not triggered by {}".format(exc_name, self.obj_name))
        self._fail("{} not triggered".format(exc_name))

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            params_desc = ", ".join("{}={!r}".format(k, v) for (k, v) in self.params.items())
            parts.append("({})".format(params_desc))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


_subtest_msg_sentinel = object()


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.sub = _SubTest(case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        result = self.case._current_result
        if exc_type is None:
            if result is not None:
                result.addSubTest(self.case, self.sub, None)
            return False
        if issubclass(exc_type, SkipTest):
            if result is not None:
                result.addSkip(self.sub, str(exc))
            self.case._subtest_failed = True  # the test as a whole is not reported as a success
            return True
        if result is None:
            return False
        result.addSubTest(self.case, self.sub, (exc_type, exc, tb))
        self.case._subtest_failed = True
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._testMethodDoc = "No test"
        self._cleanups = []
        self._current_result = None
        self._subtest_failed = False
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        self._current_result = result
        self._subtest_failed = False
        try:
            testMethod = getattr(self, self._testMethodName)
            cls = self.__class__
            if getattr(cls, "__unittest_skip__", False) or getattr(testMethod, "__unittest_skip__", False):
                why = getattr(cls, "__unittest_skip_why__", "") or getattr(testMethod, "__unittest_skip_why__", "")
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(testMethod, "__unittest_expecting_failure__", False) or \
                getattr(self, "__unittest_expecting_failure__", False)
            outcome = self._run_phases(result, testMethod, expecting_failure)
            try:
                self.doCleanups()
            except Exception:
                result.addError(self, sys.exc_info())
                outcome = "error"
            if outcome == "success" and not self._subtest_failed:
                if expecting_failure:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            return result
        finally:
            result.stopTest(self)
            self._current_result = None

    def _run_phases(self, result, testMethod, expecting_failure):
        try:
            self.setUp()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return "skip"
        except KeyboardInterrupt:
            raise
        except BaseException:
            result.addError(self, sys.exc_info())
            return "error"
        outcome = "success"
        try:
            testMethod()
        except SkipTest as e:
            result.addSkip(self, str(e))
            outcome = "skip"
        except KeyboardInterrupt:
            raise
        except self.failureException:
            if expecting_failure:
                result.addExpectedFailure(self, sys.exc_info())
                outcome = "xfail"
            else:
                result.addFailure(self, sys.exc_info())
                outcome = "fail"
        except BaseException:
            if expecting_failure:
                result.addExpectedFailure(self, sys.exc_info())
                outcome = "xfail"
            else:
                result.addError(self, sys.exc_info())
                outcome = "error"
        try:
            self.tearDown()
        except KeyboardInterrupt:
            raise
        except BaseException:
            result.addError(self, sys.exc_info())
            outcome = "error"
        return outcome

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return "%s : %s" % (standardMsg, msg)
        except UnicodeDecodeError:
            return "%s : %s" % (safe_repr(standardMsg), safe_repr(msg))

    # ---- assertions

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if first == second:
            return
        t = type(first)
        if t is type(second):
            if t is list:
                return self.assertListEqual(first, second, msg)
            if t is tuple:
                return self.assertTupleEqual(first, second, msg)
            if t is dict:
                return self.assertDictEqual(first, second, msg)
            if t in (set, frozenset):
                return self.assertSetEqual(first, second, msg)
            if t is str:
                return self.assertMultiLineEqual(first, second, msg)
        standardMsg = "%s != %s" % _common_shorten_repr(first, second)
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = "%s != %s within %s delta (%s difference)" % (safe_repr(first), safe_repr(second),
                                                                       safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = "%s != %s within %r places (%s difference)" % (safe_repr(first), safe_repr(second),
                                                                        places, safe_repr(diff))
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = "%s == %s within %s delta (%s difference)" % (safe_repr(first), safe_repr(second),
                                                                       safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s" % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s" % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        if seq1 == seq2:
            return
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = "First %s has no length.    Non-sequence?" % seq_type_name
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = "Second %s has no length.    Non-sequence?" % seq_type_name
        if differing is None:
            seq1_repr, seq2_repr = _common_shorten_repr(seq1, seq2)
            elements = (seq_type_name.capitalize(), seq1_repr, seq2_repr)
            differing = "%ss differ: %s != %s\n" % elements
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += "\nUnable to index element %d of first %s\n" % (i, seq_type_name)
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += "\nUnable to index element %d of second %s\n" % (i, seq_type_name)
                    break
                if item1 != item2:
                    differing += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _common_shorten_repr(item1,
                                                                                                         item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 > len2:
                differing += "\nFirst %s contains %d additional elements.\n" % (seq_type_name, len1 - len2)
                try:
                    differing += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += "Unable to index element %d of first %s\n" % (len2, seq_type_name)
            elif len1 < len2:
                differing += "\nSecond %s contains %d additional elements.\n" % (seq_type_name, len2 - len1)
                try:
                    differing += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += "Unable to index element %d of second %s\n" % (len1, seq_type_name)
        diff = "\n" + "\n".join(_diff.ndiff(_diff.pformat(seq1).splitlines(), _diff.pformat(seq2).splitlines()))
        raise self.failureException(self._formatMessage(msg, self._truncateMessage(differing, diff)))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ("\nDiff is %s characters long. Set self.maxDiff to None to see it." % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append("Items in the first set but not the second:")
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append("Items in the second set but not the first:")
            for item in difference2:
                lines.append(repr(item))
        raise self.failureException(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            standardMsg = "%s != %s" % _common_shorten_repr(d1, d2)
            diff = "\n" + "\n".join(_diff.ndiff(_diff.pformat(d1).splitlines(), _diff.pformat(d2).splitlines()))
            standardMsg = self._truncateMessage(standardMsg, diff)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > 2 ** 16 or len(second) > 2 ** 16:
                standardMsg = "%s != %s" % _common_shorten_repr(first, second)
                raise self.failureException(self._formatMessage(msg, standardMsg))
            firstlines = first.splitlines(keepends=True)
            secondlines = second.splitlines(keepends=True)
            if len(firstlines) == 1 and first.strip("\r\n") == first:
                firstlines = [first + "\n"]
                secondlines = [second + "\n"]
            standardMsg = "%s != %s" % _common_shorten_repr(first, second)
            diff = "\n" + "".join(_diff.ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        missing = []
        for x in first_seq:
            c1 = sum(1 for y in first_seq if y == x)
            c2 = sum(1 for y in second_seq if y == x)
            if c1 != c2 and (c1, c2, x) not in missing:
                missing.append((c1, c2, x))
        for x in second_seq:
            c1 = sum(1 for y in first_seq if y == x)
            c2 = sum(1 for y in second_seq if y == x)
            if c1 != c2 and (c1, c2, x) not in missing:
                missing.append((c1, c2, x))
        if missing:
            standardMsg = "Element counts were not equal:\n"
            lines = ["First has %d, Second has %d:  %r" % diff for diff in missing]
            diffMsg = "\n".join(lines)
            raise self.failureException(self._formatMessage(msg, standardMsg + diffMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            raise self.failureException(self._formatMessage(msg, "%s is not %s" % (safe_repr(expr1),
                                                                                   safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            raise self.failureException(self._formatMessage(msg, "unexpectedly identical: %s" % safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            raise self.failureException(self._formatMessage(msg, "%s is not None" % safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            raise self.failureException(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            raise self.failureException(self._formatMessage(msg, "%s not found in %s" % (safe_repr(member),
                                                                                         safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            raise self.failureException(self._formatMessage(msg, "%s unexpectedly found in %s" % (
                safe_repr(member), safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            raise self.failureException(self._formatMessage(msg, "%s is not an instance of %r" % (safe_repr(obj),
                                                                                                  cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            raise self.failureException(self._formatMessage(msg, "%s is an instance of %r" % (safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            raise self.failureException(self._formatMessage(msg, "%s not greater than %s" % (safe_repr(a),
                                                                                             safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            raise self.failureException(self._formatMessage(msg, "%s not greater than or equal to %s" % (
                safe_repr(a), safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            raise self.failureException(self._formatMessage(msg, "%s not less than %s" % (safe_repr(a),
                                                                                          safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            raise self.failureException(self._formatMessage(msg, "%s not less than or equal to %s" % (
                safe_repr(a), safe_repr(b))))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = "Regex matched: %r matches %r in %r" % (text[match.start():match.end()],
                                                                  unexpected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertRaises(self, expected_exception, *args, **kwargs):
        if not args:
            msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function" % (next(iter(kwargs)),))
            return _AssertRaisesContext(expected_exception, self, msg=msg)
        callable_obj, *args = args
        with _AssertRaisesContext(expected_exception, self, callable_obj=callable_obj):
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        if not args:
            msg = kwargs.pop("msg", None)
            return _AssertRaisesContext(expected_exception, self, expected_regex, msg=msg)
        callable_obj, *args = args
        with _AssertRaisesContext(expected_exception, self, expected_regex, callable_obj=callable_obj):
            callable_obj(*args, **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return self._warns(expected_warning, None, args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return self._warns(expected_warning, expected_regex, args, kwargs)

    def _warns(self, expected, regex, args, kwargs):
        ctx = _AssertWarnsContext(expected, self, regex, kwargs.pop("msg", None) if not args else None,
                                  args[0] if args else None)
        if not args:
            return ctx
        callable_obj, *rest = args
        with ctx:
            callable_obj(*rest, **kwargs)

    def assertLogs(self, logger=None, level=None):
        raise NotImplementedError("TestCase.assertLogs is not supported by Leones' unittest")

    # 3.11 still has the deprecated aliases
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnless = assert_ = assertTrue
    failIf = assertFalse


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    """Reprs for a "first != second" message: long ones keep their common
    start abbreviated so that the differing parts stay visible."""
    reprs = tuple(map(safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return reprs
    n = 0
    shortest = min(map(len, reprs))
    while n < shortest and all(r[n] == reprs[0][n] for r in reprs):
        n += 1
    common = reprs[0][:n]
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(common, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _shorten(common, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN +
                               _MIN_END_LEN)


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)


# ------------------------------------------------------------------ suites and loading

class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result, debug=False):
        # setUpClass/tearDownClass around each run of consecutive tests of one class
        current_class = None
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = test.__class__
                if cls is not current_class:
                    self._tear_down_class(current_class, result)
                    current_class = cls
                    self._set_up_class(cls, result)
                if cls._classSetupFailed:
                    continue
                test(result)
                if result.failfast and (result.failures or result.errors):
                    result.shouldStop = True
            else:
                self._tear_down_class(current_class, result)
                current_class = None
                test(result)
        self._tear_down_class(current_class, result)
        return result

    def _set_up_class(self, cls, result):
        cls._classSetupFailed = False
        if getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls.setUpClass()
        except SkipTest as e:
            cls._classSetupFailed = True
            result.addSkip(_ErrorHolder("setUpClass (%s)" % strclass(cls)), str(e))
        except Exception:
            cls._classSetupFailed = True
            result.addError(_ErrorHolder("setUpClass (%s)" % strclass(cls)), sys.exc_info())

    def _tear_down_class(self, cls, result):
        if cls is None or cls._classSetupFailed or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls.tearDownClass()
        except Exception:
            result.addError(_ErrorHolder("tearDownClass (%s)" % strclass(cls)), sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = []
        for name in dir(testCaseClass):
            if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                names.append(name)
        names.sort()
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase and \
                    obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__(".".join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
        raise TypeError("don't know how to make test from: %s" % obj)

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """Tests of the modules matching `pattern` under start_dir (packages
        with an __init__.py are entered), imported with start_dir on sys.path."""
        import os
        start_dir = os.path.abspath(start_dir)
        if start_dir not in sys.path:
            sys.path.insert(0, start_dir)
        suites = []
        for name in self._discover_names(start_dir, "", pattern):
            __import__(name)
            suites.append(self.loadTestsFromModule(sys.modules[name], pattern=pattern))
        return self.suiteClass(suites)

    def _discover_names(self, directory, prefix, pattern):
        import os
        names = []
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isdir(path):
                if entry.isidentifier() and os.path.isfile(os.path.join(path, "__init__.py")):
                    names.extend(self._discover_names(path, prefix + entry + ".", pattern))
            elif entry.endswith(".py") and _fnmatch(entry, pattern) and entry[:-3].isidentifier():
                names.append(prefix + entry[:-3])
        return names

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


def _fnmatch(name, pattern):
    """Shell-style match of '*' and '?' (all discover() patterns need)."""
    import re
    rx = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(rx, name) is not None


def _usage(prog):
    return ("usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]\n"
            "%s[tests ...]\n" % (prog, " " * (len(prog) + 8)))


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module]
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = bool(failfast)
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.defaultTest = defaultTest
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        for a in argv[1:]:
            if a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a in ("-f", "--failfast"):
                self.failfast = True
            elif a.startswith("-"):
                sys.stderr.write(_usage(argv[0] if argv else "python"))
                sys.stderr.write("%s: error: unrecognized arguments: %s\n" % (argv[0], a))
                sys.exit(2)
            else:
                names.append(a)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        elif self.defaultTest is not None:
            d = self.defaultTest
            self.test = self.testLoader.loadTestsFromNames([d] if isinstance(d, str) else d, self.module)
        elif self.module is None:
            self.test = self.testLoader.discover(".")
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=self.failfast)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
