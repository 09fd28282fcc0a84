"""Warning control (Leones): warn, filters, catch_warnings.

warn() finds the calling frame `stacklevel` levels up, then the first filter
matching (message regex, category, module regex, line).  Filters are tuples
(action, message_re, category, module_re, lineno) in the list `filters`,
most recent first, as documented.  "default" shows a warning once per
location, using the `__warningregistry__` dict in the caller's globals;
"module" once per module, "once" once per text and category overall.
Messages go to sys.stderr in CPython's format:
    file:line: Category: message
      source line
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A user-replaced showwarning() takes precedence over the default printer.
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class _PrefixMatcher:
    """Matches a literal prefix; used for metacharacter-free patterns when the re module is unavailable."""

    def __init__(self, text, ignore_case):
        self.text = text.lower() if ignore_case else text
        self.ignore_case = ignore_case

    def match(self, s):
        if self.ignore_case:
            s = s.lower()
        return True if s.startswith(self.text) else None


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        if any(c in pattern for c in ".^$*+?{}[]\\|()"):
            raise NotImplementedError("warnings filters with regular expressions need the re module")
        return _PrefixMatcher(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg_re = _compile(message, True) if message else None
    mod_re = _compile(module, False) if module else None
    _add_filter(action, msg_re, category, mod_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _is_internal_frame(frame):
    return "importlib" in frame.f_code.co_filename and "_bootstrap" in frame.f_code.co_filename


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def _match(regex, text):
    return regex is None or regex.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_match(msg, text) and issubclass(category, cat) and _match(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Save and restore the filters and showwarning(); with record=True, collect warnings in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            mod.showwarning = lambda *a, **k: log.append(WarningMessage(*a, **k))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning


def _install_default_filters():
    # CPython's release-build defaults: deprecations are hidden except when
    # triggered directly by __main__.
    filters.append(("default", None, DeprecationWarning, _check_regex_exact("__main__"), 0))
    filters.append(("ignore", None, DeprecationWarning, None, 0))
    filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
    filters.append(("ignore", None, ImportWarning, None, 0))
    filters.append(("ignore", None, ResourceWarning, None, 0))


class _ExactName:
    """A tiny matcher for the default __main__ filter, avoiding importing re at startup."""

    def __init__(self, name):
        self.name = name

    def match(self, text):
        return True if text == self.name else None

    def __repr__(self):
        return "re.compile('%s')" % self.name

    def __eq__(self, other):
        return isinstance(other, _ExactName) and other.name == self.name

    def __hash__(self):
        return hash(self.name)


def _check_regex_exact(name):
    return _ExactName(name)


def _apply_warnoptions():
    for arg in getattr(sys, "warnoptions", ()):
        parts = [s.strip() for s in arg.split(":")]
        if len(parts) > 5:
            continue
        while len(parts) < 5:
            parts.append("")
        action, message, category, module, lineno = parts
        for a in _ACTIONS:
            if a.startswith(action or "default"):
                action = a
                break
        cat = Warning
        if category:
            import builtins
            cat = getattr(builtins, category, Warning)
        try:
            ln = int(lineno) if lineno else 0
        except ValueError:
            ln = 0
        import re
        filterwarnings(action, re.escape(message) if message else "", cat,
                       (re.escape(module) + r"\Z") if module else "", ln)


_install_default_filters()
_apply_warnoptions()
