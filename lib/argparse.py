"""Command-line parsing (Leones' own implementation of argparse's common use).

ArgumentParser keeps a list of Action objects. parse_known_args classifies
each argument as an option (O), a value (A) or '--', then walks them: option
strings (with '=' values, attached short values and bundled short flags)
consume their values according to nargs, and each run of values between
options is matched against the remaining positional actions with a regular
expression over that O/A pattern ('?', '*', '+' as quantifiers), taking as
many actions as can match, as CPython does (so a '*' positional matched
before an option does not receive values after it). Help and usage text are laid out as CPython's HelpFormatter
does (help column at most 24, width from $COLUMNS or 80, minus 2); errors
print the usage and "prog: error: ..." to stderr and exit with status 2.

Supported: store, store_const, store_true, store_false, append,
append_const, extend, count, help, version, BooleanOptionalAction; nargs
None, N, '?', '*', '+', REMAINDER; type, choices, default, required,
metavar, dest; argument groups, mutually exclusive groups, subparsers,
set_defaults, fromfile_prefix_chars; parse_intermixed_args behaves as
parse_args.
"""

import os
import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "Action", "BooleanOptionalAction",
           "FileType", "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "ONE_OR_MORE", "OPTIONAL",
           "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = []
        star = {}
        for k, v in self.__dict__.items():
            if k.isidentifier():
                parts.append("%s=%r" % (k, v))
            else:
                star[k] = v
        if star:
            parts.append("**%r" % (star,))
        return "Namespace(%s)" % ", ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar if isinstance(action.metavar, str) else action.metavar[0]
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


# ------------------------------------------------------------------ actions

class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help",
                 "metavar"]
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kw):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such "
                             "as store true or store const may be more appropriate")
        super().__init__(option_strings, dest, nargs=nargs, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required, help=help)


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        parser._print_message(_expand_help_text(version, {"prog": parser.prog}) + "\n", sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith("--"):
                strings.append("--no-" + s[2:])
        super().__init__(strings, dest, nargs=0, default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            args = {"parser_name": parser_name, "choices": ", ".join(map(repr, self._name_parser_map))}
            raise ArgumentError(self, "unknown parser %(parser_name)r (choices: %(choices)s)" % args)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault("_UNRECOGNIZED_ARGS_ATTR", [])
            getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR").extend(arg_strings)


_ACTIONS = {None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
            "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
            "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
            "version": _VersionAction, "extend": _ExtendAction, "parsers": _SubParsersAction}


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return sys.stdin
            return sys.stdout
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        return "FileType(%r)" % self._mode


# ------------------------------------------------------------------ formatting

class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill(self, text, width, indent):
        return "\n".join(indent + line for line in _wrap(" ".join(text.split()), width))

    def _split_lines(self, text, width):
        return _wrap(" ".join(text.split()), width)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    pass


def _wrap(text, width):
    """Greedy word wrap (textwrap.wrap on whitespace-collapsed text)."""
    words = text.split()
    lines = []
    cur = ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
        while len(cur) > width:
            lines.append(cur[:width])
            cur = cur[width:]
    if cur:
        lines.append(cur)
    return lines


def _expand_help_text(text, params):
    return text % params if "%" in text else text


class _Group:
    def __init__(self, container, title=None, description=None, exclusive=False, required=False):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []
        self.exclusive = exclusive
        self.required = required
        self._display = None  # for a mutually exclusive group inside an argument group

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, _group=self, **kwargs)
        return action

    def add_argument_group(self, *args, **kwargs):
        return self._container.add_argument_group(*args, **kwargs)

    def add_mutually_exclusive_group(self, required=False):
        return self._container.add_mutually_exclusive_group(required=required, _parent=self)

    def set_defaults(self, **kwargs):
        self._container.set_defaults(**kwargs)


# ------------------------------------------------------------------ parser

class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "python"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._positionals = _Group(self, "positional arguments")
        self._optionals = _Group(self, "options")
        self._groups = [self._positionals, self._optionals]
        self._mutex_groups = []
        self._subparsers = None
        self._has_negative_number_optionals = []
        if add_help:
            p = prefix_chars[0]
            self.add_argument(p + "h", p * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction):
                    continue
                self._add_action(action, None)
            self._defaults.update(parent._defaults)

    # ---- building

    def add_argument(self, *args, _group=None, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.pop("dest")
            kwargs["dest"] = dest
            option_strings = []
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
            if "required" in kwargs and kwargs.get("nargs") in (OPTIONAL, ZERO_OR_MORE) and \
                    kwargs.get("required") and "default" not in kwargs and kwargs.get("nargs") == OPTIONAL:
                pass
        else:
            option_strings = []
            long_strings = []
            for s in args:
                if not s or s[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r" % (s, chars))
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars:
                    long_strings.append(s)
            dest = kwargs.pop("dest", None)
            if dest is None:
                first = long_strings[0] if long_strings else option_strings[0]
                dest = first.lstrip(chars)
                if not dest:
                    raise ValueError("dest= is required for options like %r" % first)
                dest = dest.replace("-", "_")
            kwargs["dest"] = dest
        if "default" not in kwargs:
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if not callable(action_name) or \
            isinstance(action_name, str) else action_name
        if isinstance(action_class, str):
            raise ValueError("unknown action %r" % (action_class,))
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(option_strings, **kwargs)
        if not option_strings and action.nargs == ZERO_OR_MORE and "default" not in kwargs:
            pass
        self._add_action(action, _group)
        return action

    def _add_action(self, action, group):
        for s in action.option_strings:
            if s in self._option_map:
                raise ArgumentError(action, "conflicting option string: %s" % s)
        for s in action.option_strings:
            self._option_map[s] = action
            if _looks_negative(s):
                self._has_negative_number_optionals.append(True)
        self._actions.append(action)
        if group is not None and group.exclusive:
            group._group_actions.append(action)
            group = group._display
        if group is None:
            group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def add_argument_group(self, title=None, description=None, **kwargs):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False, _parent=None):
        g = _Group(self, exclusive=True, required=required)
        g._display = _parent if _parent is not None and not _parent.exclusive else None
        if g._display is not None:
            # actions are shown in the parent group, not in positionals/options
            g._display_only = True
        self._mutex_groups.append(g)
        return g

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        title = kwargs.pop("title", None)
        description = kwargs.pop("description", None)
        if "prog" not in kwargs:
            kwargs["prog"] = self._usage_prefix_for_subparsers()
        kwargs.setdefault("parser_class", type(self))
        action = _SubParsersAction(option_strings=[], **kwargs)
        if title is not None or description is not None:
            g = self.add_argument_group(title or "subcommands", description)
            g._group_actions.append(action)
            self._actions.append(action)
        else:
            self._add_action(action, None)
        self._subparsers = action
        return action

    def _usage_prefix_for_subparsers(self):
        parts = [self.prog]
        for a in self._actions:
            if not a.option_strings and a.required and not isinstance(a, _SubParsersAction):
                parts.append(self._metavar_list(a)[0] if a.nargs is None else self._format_args(a))
        return " ".join(parts)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_intermixed_args(self, args=None, namespace=None):
        return self.parse_args(args, namespace)

    def parse_known_intermixed_args(self, args=None, namespace=None):
        return self.parse_known_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if self.fromfile_prefix_chars is not None:
            args = self._read_args_from_files(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if self.exit_on_error:
                self.error(str(err))
            raise
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _is_option(self, s):
        if not s or s[0] not in self.prefix_chars:
            return False
        if s in self._option_map:
            return True
        if len(s) == 1:
            return False
        if "=" in s and s.split("=", 1)[0] in self._option_map:
            return True
        if _looks_negative(s) and not self._has_negative_number_optionals:
            return False
        if " " in s:
            return False
        return True

    def _match_option(self, s):
        """-> (action, option_string, explicit_arg) or None for an unknown option."""
        if s in self._option_map:
            return self._option_map[s], s, None
        chars = self.prefix_chars
        if "=" in s:
            name, arg = s.split("=", 1)
            if name in self._option_map:
                return self._option_map[name], name, arg
        if self.allow_abbrev and len(s) > 2 and s[1] in chars:
            name = s.split("=", 1)[0]
            arg = s.split("=", 1)[1] if "=" in s else None
            matches = [o for o in self._option_map if o.startswith(name) and len(o) > 1 and o[1] in chars]
            if len(matches) > 1:
                self.error("ambiguous option: %s could match %s" % (name, ", ".join(matches)))
            if len(matches) == 1:
                return self._option_map[matches[0]], matches[0], arg
        if len(s) > 2 and s[1] not in chars:
            short = s[:2]
            if short in self._option_map:
                return self._option_map[short], short, s[2:]
        return None

    def _parse_known_args(self, args, namespace):
        import re as _re_mod
        extras = []
        seen = set()
        seen_non_default = set()
        conflicts = {}
        for g in self._mutex_groups:
            for a in g._group_actions:
                conflicts.setdefault(a, []).extend(x for x in g._group_actions if x is not a)

        def take(action, values, option_string):
            seen.add(action)
            argument_values = self._get_values(action, values)
            if argument_values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s" % _action_name(other))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        # one letter per argument: O an option, A a value, - the '--' marker
        # (everything after it is a value); positionals are matched against
        # this pattern the way CPython does, chunk by chunk between options
        kinds = []
        after_dashes = False
        for s_ in args:
            if after_dashes:
                kinds.append("A")
            elif s_ == "--":
                kinds.append("-")
                after_dashes = True
            elif self._is_option(s_):
                kinds.append("O")
            else:
                kinds.append("A")
        pattern = "".join(kinds)
        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            for k in range(len(positionals), 0, -1):
                rx = "".join(self._nargs_pattern(a) for a in positionals[:k])
                m = _re_mod.match(rx, pattern[start:])
                if m is not None:
                    for action, text in zip(positionals[:k], m.groups()):
                        take(action, args[start:start + len(text)], None)
                        start += len(text)
                    del positionals[:k]
                    break
            return start

        option_indices = [i for i, k in enumerate(pattern) if k == "O"]
        i = 0
        while option_indices and i <= option_indices[-1]:
            nxt = min(j for j in option_indices if j >= i)
            if i != nxt:
                end = consume_positionals(i)
                if end > i:
                    i = end
                    continue
                i = end
            if i not in option_indices:
                extras.extend(args[i:nxt])
                i = nxt
            i = self._consume_option(args, i, take, extras)
        i = consume_positionals(i)
        extras.extend(args[i:])
        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif action.default is not None and isinstance(action.default, str) and \
                        hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error("the following arguments are required: %s" % ", ".join(required))
        for g in self._mutex_groups:
            if g.required and not any(a in seen_non_default for a in g._group_actions):
                names = [_action_name(a) for a in g._group_actions if a.help is not SUPPRESS]
                self.error("one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _read_args_from_files(self, args):
        """Replaces each @file argument by the file's lines (one argument per line)."""
        out = []
        for a in args:
            if not a or a[0] not in self.fromfile_prefix_chars:
                out.append(a)
                continue
            try:
                with open(a[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                self.error(str(err))
            out.extend(self._read_args_from_files(lines))
        return out

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            rx = "(-*A-*)"
        elif nargs == OPTIONAL:
            rx = "(-*A?-*)"
        elif nargs == ZERO_OR_MORE:
            rx = "(-*[A-]*)"
        elif nargs == ONE_OR_MORE:
            rx = "(-*A[A-]*)"
        elif nargs == REMAINDER:
            rx = "([-AO]*)"
        elif nargs == PARSER:
            rx = "(-*A[-AO]*)"
        elif nargs == SUPPRESS:
            rx = "(-*-*)"
        else:
            rx = "(-*%s-*)" % "-*".join("A" * nargs)
        return rx

    def _consume_option(self, args, i, take, extras):
        """Handles the option at args[i]; returns the index after its values."""
        s = args[i]
        m = self._match_option(s)
        if m is None:
            extras.append(s)
            return i + 1
        action, option_string, explicit = m
        i += 1
        if explicit is not None:
            if action.nargs == 0:
                # bundled short flags: -xyz
                if len(option_string) == 2 and option_string[1] not in self.prefix_chars:
                    take(action, [], option_string)
                    rest = explicit
                    while rest:
                        o = self.prefix_chars[0] + rest[0]
                        a2 = self._option_map.get(o)
                        if a2 is None:
                            raise ArgumentError(action, "ignored explicit argument %r" % rest)
                        if a2.nargs == 0:
                            take(a2, [], o)
                            rest = rest[1:]
                        elif rest[1:]:
                            take(a2, self._check_count(a2, [rest[1:]]), o)
                            rest = ""
                        else:
                            take(a2, self._consume(a2, args, i, None), o)
                            i = self._last_index
                            rest = ""
                    return i
                raise ArgumentError(action, "ignored explicit argument %r" % explicit)
            take(action, self._check_count(action, [explicit]), option_string)
            return i
        values = self._consume(action, args, i, None)
        take(action, values, option_string)
        return self._last_index

    def _consume(self, action, args, i, _unused):
        """Values for an option from args[i:], by nargs; sets self._last_index."""
        nargs = action.nargs
        avail = []
        j = i
        while j < len(args) and not self._is_option(args[j]) and args[j] != "--":
            avail.append(args[j])
            j += 1
        if nargs is None:
            if not avail:
                raise ArgumentError(action, "expected one argument")
            vals = avail[:1]
        elif nargs == OPTIONAL:
            vals = avail[:1]
        elif nargs == ZERO_OR_MORE:
            vals = avail
        elif nargs == ONE_OR_MORE:
            if not avail:
                raise ArgumentError(action, "expected at least one argument")
            vals = avail
        elif nargs == REMAINDER:
            vals = args[i:]
        elif nargs == 0:
            vals = []
        else:
            if len(avail) < nargs:
                raise ArgumentError(action, "expected %d argument%s" % (nargs, "" if nargs == 1 else "s"))
            vals = avail[:nargs]
        self._last_index = i + len(vals)
        return vals

    def _check_count(self, action, vals):
        if action.nargs not in (None, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, REMAINDER) and action.nargs != 1:
            raise ArgumentError(action, "expected %d arguments" % action.nargs)
        return vals

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and "--" in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove("--")
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            if action.default is None:
                value = []
            self._check_value(action, value) if isinstance(value, str) else None
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        elif action.nargs == 0:
            value = None
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        if type_func == "int":
            type_func = int
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, "__name__", repr(type_func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # ---- help

    def _metavar_list(self, action, default=None):
        if action.metavar is not None:
            m = action.metavar
        elif action.choices is not None:
            m = "{" + ",".join(map(str, action.choices)) + "}"
        else:
            m = default if default is not None else action.dest
        return m if isinstance(m, tuple) else (m,)

    def _format_args(self, action, default=None):
        mv = self._metavar_list(action, default)

        def get(k):
            return mv[k] if len(mv) > 1 else mv[0]

        nargs = action.nargs
        if nargs is None:
            return get(0)
        if nargs == OPTIONAL:
            return "[%s]" % get(0)
        if nargs == ZERO_OR_MORE:
            if len(mv) == 2:
                return "[%s [%s ...]]" % mv
            return "[%s ...]" % get(0)
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % (get(0), get(1) if len(mv) > 1 else get(0))
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % get(0)
        if nargs == SUPPRESS:
            return ""
        return " ".join([get(k) for k in range(nargs)])

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar_list(action)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ", ".join("%s %s" % (o, args) for o in action.option_strings)

    def _usage_parts(self):
        opt_parts = []
        pos_parts = []
        done = set()
        for action in self._actions:
            if action.help is SUPPRESS or action in done:
                continue
            group = None
            for g in self._mutex_groups:
                if action in g._group_actions and len(g._group_actions) > 1:
                    group = g
            if group is not None:
                items = []
                for a in group._group_actions:
                    if a.help is SUPPRESS:
                        continue
                    done.add(a)
                    items.append(self._usage_item(a, bare=True))
                text = " | ".join(items)
                text = "(%s)" % text if group.required else "[%s]" % text
                (opt_parts if group._group_actions[0].option_strings else pos_parts).append(text)
                continue
            if action.option_strings:
                opt_parts.append(self._usage_item(action))
            else:
                if isinstance(action, _SubParsersAction):
                    pos_parts.append(self._format_args(action))
                    continue
                part = self._format_args(action)
                if part:
                    pos_parts.append(part)
        return opt_parts, pos_parts

    def _usage_item(self, action, bare=False):
        if isinstance(action, BooleanOptionalAction):
            text = action.format_usage()
        elif action.nargs == 0:
            text = action.option_strings[0]
        elif not action.option_strings:
            text = self._format_args(action)
            return text
        else:
            text = "%s %s" % (action.option_strings[0], self._format_args(action, action.dest.upper()))
        if not action.required and not bare:
            text = "[%s]" % text
        return text

    def format_usage(self):
        return self._format_usage_text() + "\n"

    def _format_usage_text(self):
        prefix = "usage: "
        if self.usage is not None:
            return prefix + _expand_help_text(self.usage, {"prog": self.prog})
        formatter = self.formatter_class(self.prog)
        opt_parts, pos_parts = self._usage_parts()
        usage = " ".join([s for s in [self.prog] + opt_parts + pos_parts if s])
        text_width = formatter._width
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + " ".join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        prog = self.prog
        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return prefix + "\n".join(lines)

    def format_help(self):
        formatter = self.formatter_class(self.prog)
        width = formatter._width
        out = [self._format_usage_text() + "\n"]
        if self.description:
            out.append("\n" + formatter._fill(self.description, width, "") + "\n")
        # invocation widths decide the help column
        sections = []
        for g in self._groups:
            actions = [a for a in g._group_actions if a.help is not SUPPRESS]
            if not actions and not g.description:
                continue
            sections.append((g, actions))
        max_len = 0
        for g, actions in sections:
            for a in actions:
                max_len = max(max_len, len(self._invocation(a)) + 2)
                if isinstance(a, _SubParsersAction):
                    for sub in a._get_subactions():
                        max_len = max(max_len, len(self._invocation(sub)) + 4)
        help_position = min(max_len + 2, formatter._max_help_position)
        help_width = max(width - help_position, 11)
        for g, actions in sections:
            out.append("\n%s:\n" % g.title if g.title else "\n")
            if g.description:
                out.append(formatter._fill(g.description, width - 2, "  ") + "\n\n" if actions else
                           formatter._fill(g.description, width - 2, "  ") + "\n")
            for a in actions:
                out.append(self._format_action(formatter, a, 2, help_position, help_width))
                if isinstance(a, _SubParsersAction):
                    for sub in a._get_subactions():
                        out.append(self._format_action(formatter, sub, 4, help_position, help_width))
        if self.epilog:
            out.append("\n" + formatter._fill(self.epilog, width, "") + "\n")
        return "".join(out)

    def _format_action(self, formatter, action, indent, help_position, help_width):
        header = self._invocation(action)
        action_width = help_position - indent - 2
        help = formatter._get_help_string(action) if action.help else None
        if not help:
            return " " * indent + header + "\n"
        params = dict(vars(action), prog=self.prog)
        for k in list(params):
            if params[k] is SUPPRESS:
                del params[k]
        if params.get("choices") is not None:
            params["choices"] = ", ".join(map(str, params["choices"]))
        help = _expand_help_text(help, params)
        lines = formatter._split_lines(help, help_width)
        if len(header) <= action_width:
            first = " " * indent + header.ljust(action_width) + "  "
            text = first + (lines[0] if lines else "") + "\n"
        else:
            text = " " * indent + header + "\n"
            if lines:
                text += " " * help_position + lines[0] + "\n"
        for line in lines[1:]:
            text += " " * help_position + line + "\n"
        return text

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            (file or sys.stderr).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _looks_negative(s):
    if not s.startswith("-") or len(s) < 2:
        return False
    try:
        float(s[1:]) if s[1:] not in ("inf", "nan", "infinity") else None
        return s[1:] not in ("inf", "nan", "infinity")
    except ValueError:
        return False
