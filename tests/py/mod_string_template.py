import string
from string import Template, Formatter
t = Template("$who likes ${what} for $$5, $who!")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}), t.get_identifiers(), t.is_valid())
print(Template("$a and $b").safe_substitute(a=1), Template("$ bad").safe_substitute(), Template("${a}b").substitute(a="x"))
try:
    Template("$a").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    Template("line\nab $ x").substitute(x=1)
except ValueError as e:
    print(e)
class Pct(Template):
    delimiter = "%"
print(Pct("%x is %%").substitute(x=5), Template("$x").substitute({"x": 1}, x=2))
f = Formatter()
print(f.format("{0} {1!r:>6} {name.real} {lst[1]} {{x}} {2:{w}}", 1, "a", 3, name=5, lst=[7, 8], w=4))
print(list(f.parse("a{0}b{x!r:>3}c{{")), f.format("{} {}", 1, 2))
print(string.capwords(" hello  world "), string.capwords("a-b c-d", "-"), string.ascii_letters, string.punctuation, repr(string.whitespace), string.hexdigits, string.octdigits)
class Up(Formatter):
    def format_field(self, v, spec):
        return super().format_field(v, spec).upper()
print(Up().format("{} {x}", "abc", x="def"))
