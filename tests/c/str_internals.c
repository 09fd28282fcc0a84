/* str_internals.c — checks of the text area (str methods, %-format, str.format,
 * codecs, bytes/bytearray) through the C API, independent of the compiler. */
#include "runtime.h"
#include "obj/strimpl.h"
static int fails = 0;
static void check(const char *label, Value v, const char *expect) {
    const char *got;
    char buf[512];
    if (v == VERR) { Value e = err_fetch(); snprintf(buf, sizeof buf, "EXC %s: %s", obj_typename(e), str_cstr(obj_str(e))); got = buf; }
    else got = str_cstr(obj_repr(v));
    if (strcmp(got, expect) != 0) { printf("FAIL %s\n  got:    %s\n  expect: %s\n", label, got, expect); fails++; }
}
static Value S(const char *s) { return str_from_cstr(s); }
static Value B(const char *s) { return bytes_new(s, strlen(s)); }
static Value I(int64_t i) { return v_fromint(i); }
static Value F(double d) { return v_fromfloat(d); }
#define T(...) tuple_pack(__VA_ARGS__)
static Value call(Value o, const char *m, size_t n, ...) { Value a[8]; va_list ap; va_start(ap, n); for (size_t i=0;i<n;i++) a[i]=va_arg(ap, Value); va_end(ap); return obj_callmethod(o, m, a, n); }
int main(int argc, char **argv) {
    vm_init(argc, argv);
    check("pf1", str_percent_format(S("%f|%.2f|%e|%.3E|%g|%G|%#g|%10.2f|%-10.1e|%+f|% .1f|%010.2f"), T(12, F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25),F(-2.25))),
      "'-2.250000|-2.25|-2.250000e+00|-2.250E+00|-2.25|-2.25|-2.25000|     -2.25|-2.2e+00  |-2.250000|-2.2|-000002.25'");
    check("pf2", str_percent_format(S("%f %F %e"), T(3, F(1.0/0.0), F(-1.0/0.0), F(0.0/0.0))), "'inf -INF nan'");
    check("pi", str_percent_format(S("%x %X %o %#x %#X %#o|%x|%#x|%08.3x|%5d|%-5d|%05d|%+d|% d"), T(14, I(255),I(255),I(8),I(255),I(255),I(8),I(-255),I(-255),I(7),I(1),I(2),I(3),I(4),I(5))),
      "'ff FF 10 0xff 0XFF 0o10|-ff|-0xff|00000007|    1|2    |00003|+4| 5'");
    check("pi2", str_percent_format(S("%d %i %u"), T(3, I(42), I(-7), F(3.99))), "'42 -7 3'");
    check("pstar", str_percent_format(S("%*d|%-*d|%.*f|%*.*f"), T(9, I(5),I(1),I(5),I(2),I(2),F(3.14159),I(8),I(3),F(2.71828))), "'    1|2    |3.14|   2.718'");
    Value d = dict_new(); dict_set(d, S("name"), S("Bob")); dict_set(d, S("age"), I(30));
    check("pmap", str_percent_format(S("%(name)s is %(age)d %%"), d), "'Bob is 30 %'");
    check("pmap2", str_percent_format(S("%(a)s %s"), d), "EXC KeyError: 'a'");
    check("perr1", str_percent_format(S("%y"), I(1)), "EXC ValueError: unsupported format character 'y' (0x79) at index 1");
    check("perr2", str_percent_format(S("%s %s"), I(1)), "EXC TypeError: not enough arguments for format string");
    check("perr3", str_percent_format(S("%s"), T(2, I(1), I(2))), "EXC TypeError: not all arguments converted during string formatting");
    check("perr4", str_percent_format(S("%d"), S("a")), "EXC TypeError: %d format: a real number is required, not str");
    check("perr5", str_percent_format(S("%x"), F(1.5)), "EXC TypeError: %x format: an integer is required, not float");
    check("perr6", str_percent_format(S("%c"), I(-1)), "EXC OverflowError: %c arg not in range(0x110000)");
    check("perr7", str_percent_format(S("%"), EmptyTuple), "EXC ValueError: incomplete format");
    check("perr8", str_percent_format(S("%(a"), d), "EXC ValueError: incomplete format key");
    check("perr9", str_percent_format(S("%f"), S("x")), "EXC TypeError: must be real number, not str");
    check("pbig", str_percent_format(S("%d %x %020d"), T(3, int_from_string("1000000000000000000000000000000", 31, 10), int_from_string("1180591620717411303424",22,10), int_from_string("-1000000000000000",17,10))),
      "'1000000000000000000000000000000 400000000000000000 -0001000000000000000'");
    check("pstr", str_percent_format(S("%.3s|%5.1s|%3c|%-3c|"), T(4, S("é€ab"), S("€uro"), S("é"), I(65))), "'é€a|    €|  é|A  |'");
    check("plist", str_percent_format(S("%s"), list_new(0)), "'[]'");
    check("pg", str_percent_format(S("%.0f %.0f %.0f %#.0f %.0e %.15g %.17g %10.3g|"), T(8, F(0.5),F(1.5),F(2.5),F(3.0),F(15.0),F(0.1),F(0.1),F(1234567.0))), "'0 2 2 3. 2e+01 0.1 0.10000000000000001   1.23e+06|'");
    /* str.format */
    check("f1", call(S("{} {} {}"), "format", 3, I(1), S("a"), F(2.5)), "'1 a 2.5'");
    check("f2", call(S("{0} {1} {0}"), "format", 2, S("x"), S("y")), "'x y x'");
    check("f3", call(S("{{}} {{{}}} {{{{"), "format", 1, I(5)), "'{} {5} {{'");
    check("f4", call(S("{!r} {!s} {!a}"), "format", 3, S("é"), S("é"), S("é")), "\"'é' é '\\\\xe9'\"");
    check("f5", call(S("{:>{}}|{:{}{}}|"), "format", 5, S("a"), I(4), S("b"), S("^"), I(5)), "'   a|  b  |'");
    check("f6", call(S("{0[0]}{0[1]}|{1[k]}"), "format", 2, S("ab"), d), "EXC KeyError: 'k'");
    check("f7", call(S("{0[name]}|{1[1]}"), "format", 2, d, list_from_array((Value[]){I(7), I(8)}, 2)), "'Bob|8'");
    check("f8", call(S("{} {0}"), "format", 2, I(1), I(2)), "EXC ValueError: cannot switch from automatic field numbering to manual field specification");
    check("f9", call(S("{0} {}"), "format", 2, I(1), I(2)), "EXC ValueError: cannot switch from manual field specification to automatic field numbering");
    check("f10", call(S("{1}"), "format", 1, I(1)), "EXC IndexError: Replacement index 1 out of range for positional args tuple");
    check("f11", call(S("{"), "format", 0), "EXC ValueError: Single '{' encountered in format string");
    check("f12", call(S("}"), "format", 0), "EXC ValueError: Single '}' encountered in format string");
    check("f13", call(S("{0!x}"), "format", 1, I(1)), "EXC ValueError: Unknown conversion specifier x");
    check("f14", call(S("{0!}"), "format", 1, I(1)), "EXC ValueError: unmatched '{' in format spec");
    check("f15", call(S("{0.}"), "format", 1, I(1)), "EXC ValueError: Empty attribute in format string");
    check("f16", call(S("{0[}"), "format", 1, I(1)), "EXC ValueError: expected '}' before end of string");
    check("f17", call(S("{0[0]x}"), "format", 1, I(1)), "EXC ValueError: Only '.' or '[' may follow ']' in format field specifier");
    check("f18", call(S("{:{:{}}}"), "format", 3, I(1), I(2), I(3)), "EXC ValueError: Max string recursion exceeded");
    check("f19", call(S("{!r"), "format", 1, I(1)), "EXC ValueError: unmatched '{' in format spec");
    check("f20", call(S("{a"), "format", 0), "EXC ValueError: expected '}' before end of string");
    check("f21", call(S("x}y"), "format", 0), "EXC ValueError: Single '}' encountered in format string");
    check("f22", call(S("{:d}"), "format", 1, S("a")), "EXC ValueError: Unknown format code 'd' for object of type 'str'");
    check("f23", call(S("{0:x<}"), "format", 1, S("a")), "'a'");
    /* codecs */
    check("c1", call(S("héllo €"), "encode", 2, S("ascii"), S("replace")), "b'h?llo ?'");
    check("c2", call(S("héllo €"), "encode", 2, S("ascii"), S("backslashreplace")), "b'h\\\\xe9llo \\\\u20ac'");
    check("c3", call(S("héllo €"), "encode", 2, S("ascii"), S("xmlcharrefreplace")), "b'h&#233;llo &#8364;'");
    check("c4", call(S("héllo €"), "encode", 2, S("latin-1"), S("ignore")), "b'h\\xe9llo '");
    check("c5", call(B("\xff\xfe" "ab"), "decode", 2, S("utf-8"), S("replace")), "'��ab'");
    check("c6", call(B("a\xff" "b"), "decode", 2, S("utf-8"), S("surrogateescape")), "'a\\udcffb'");
    check("c7", call(call(B("a\xff" "b"), "decode", 2, S("utf-8"), S("surrogateescape")), "encode", 2, S("utf-8"), S("surrogateescape")), "b'a\\xffb'");
    check("c8", call(call(B("a\xff" "b"), "decode", 2, S("utf-8"), S("surrogateescape")), "encode", 0), "EXC UnicodeEncodeError: 'utf-8' codec can't encode character '\\udcff' in position 1: surrogates not allowed");
    check("c9", call(B("\xe2\x82"), "decode", 0), "EXC UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    check("c10", call(B("\xe2\x82" "a"), "decode", 0), "EXC UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    check("c11", call(B("\xed\xa0\x80"), "decode", 0), "EXC UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    check("c12", call(B("\xed\xa0\x80"), "decode", 2, S("utf-8"), S("replace")), "'���'");
    check("c13", call(B("\xf0\x90\x80"), "decode", 2, S("utf-8"), S("replace")), "'�'");
    check("c14", call(S("éé"), "encode", 1, S("ascii")), "EXC UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
    check("c15", call(S("x"), "encode", 1, S("nope")), "EXC LookupError: unknown encoding: nope");
    check("c16", call(B("\xe9"), "decode", 1, S("ascii")), "EXC UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)");
    check("c17", call(B("\xc3\xa9"), "decode", 1, S("UTF8")), "'é'");
    check("c18", call(S("a\xed\xb3\xbf"), "encode", 2, S("utf-8"), S("surrogatepass")), "b'a\\xed\\xb3\\xbf'");
    /* bytes */
    check("b1", call(B("hello world hello"), "find", 1, I(111)), "4");
    check("b2", call(B("  a  b c "), "split", 0), "[b'a', b'b', b'c']");
    check("b3", call(B(" a b c "), "rsplit", 2, VNONE, I(1)), "[b' a b', b'c']");
    check("b4", call(B("abc"), "replace", 2, B(""), B("-")), "b'-a-b-c-'");
    check("b5", call(B("abc"), "replace", 3, B(""), B("-"), I(1)), "b'-abc'");
    check("b6", call(B("ab"), "center", 2, I(7), B("*")), "b'***ab**'");
    check("b7", call(B("-42"), "zfill", 1, I(5)), "b'-0042'");
    check("b8", call(bytes_new("\x00\x25\x4a\x6f\x94\xb9\xde", 7), "hex", 2, S("-"), I(2)), "'00-254a-6f94-b9de'");
    check("b9", call(bytes_new("\x00\x25\x4a\x6f\x94\xb9\xde", 7), "hex", 2, S(" "), I(-2)), "'0025 4a6f 94b9 de'");
    check("b10", bytes_percent_format(B("%s %d %x %c %c %r %a %%"), T(7, B("bs"), I(42), I(255), I(65), B("B"), B("r"), S("é")), false), "b\"bs 42 ff A B b'r' '\\\\xe9' %\"");
    check("b11", bytes_percent_format(B("%s"), S("str"), false), "EXC TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    check("b12", call(B("a"), "find", 1, S("a")), "EXC TypeError: argument should be integer or bytes-like object, not 'str'");
    check("b13", obj_binop(B("a"), S("a"), BINOP_ADD), "EXC TypeError: can't concat str to bytes");
    check("b14", obj_getitem(B("abc"), I(5)), "EXC IndexError: index out of range");
    check("b15", call(B("they're"), "title", 0), "b\"They'Re\"");
    Value ba = bytearray_new("hello", 5);
    call(ba, "append", 1, I(33)); call(ba, "extend", 1, B(" w")); call(ba, "insert", 2, I(0), I(62));
    check("ba1", ba, "bytearray(b'>hello! w')");
    obj_setitem(ba, slice_new(I(1), I(3), VNONE), B("XYZ"));
    check("ba2", ba, "bytearray(b'>XYZllo! w')");
    obj_delitem(ba, slice_new(VNONE, VNONE, I(3)));
    check("ba3", ba, "bytearray(b'XYll! ')");
    check("ba4", obj_setitem(ba, slice_new(VNONE, VNONE, I(2)), B("x")) < 0 ? VERR : VNONE, "EXC ValueError: attempt to assign bytes of size 1 to extended slice of size 3");
    check("ba5", call(ba, "pop", 1, I(50)), "EXC IndexError: pop index out of range");
    check("ba6", obj_inplace(ba, B("++"), BINOP_ADD), "bytearray(b'XYll! ++')");
    check("ba7", obj_hash(ba, &(bool){0}) == -1 ? VERR : VNONE, "EXC TypeError: unhashable type: 'bytearray'");
    check("bfh", call(v_fromptr(&BytesType), "fromhex", 1, S("de ad")), "b'\\xde\\xad'");
    check("bfh2", call(v_fromptr(&BytesType), "fromhex", 1, S("a")), "EXC ValueError: non-hexadecimal number found in fromhex() arg at position 1");
    check("bmk", call(v_fromptr(&BytesType), "maketrans", 2, B("a"), B("bc")), "EXC ValueError: maketrans arguments must have same length");
    /* str methods */
    check("s1", call(S("a,b,,c"), "rsplit", 2, S(","), I(1)), "['a,b,', 'c']");
    check("s2", call(S("  a  b   c  "), "rsplit", 2, VNONE, I(1)), "['  a  b', 'c']");
    check("s3", call(S("  a  b   c  "), "split", 2, VNONE, I(1)), "['a', 'b   c  ']");
    check("s4", call(S("one\ntwo\r\nthree\rfour\xc2\x85x"), "splitlines", 1, VTRUE), "['one\\n', 'two\\r\\n', 'three\\r', 'four\\x85', 'x']");
    check("s5", call(S("abc"), "center", 1, I(8)), "'  abc   '");
    check("s6", call(S("ab"), "center", 2, I(9), S("*")), "'****ab***'");
    check("s7", call(S("a\tb\tc"), "expandtabs", 0), "'a       b       c'");
    check("s8", call(S("abc"), "replace", 2, S(""), S("-")), "'-a-b-c-'");
    check("s9", call(S("aé"), "replace", 2, S(""), S(".")), "'.a.é.'");
    check("s10", call(S("abc"), "replace", 3, S(""), S("-"), I(2)), "'-a-bc'");
    check("s11", call(S("ﬁne"), "title", 0), "'Fine'");
    check("s12", call(S("ǅemal"), "swapcase", 0), "'ǅEMAL'");
    check("s13", call(S("İstanbul"), "lower", 0), "'i̇stanbul'");
    check("s14", call(S("ΐ"), "upper", 0), "'Ϊ́'");
    check("s15", call(S("abcabc"), "rfind", 3, S("b"), I(0), I(4)), "1");
    check("s16", call(S("éàé"), "count", 1, S("é")), "2");
    check("s17", call(S("Ⅻ"), "lower", 0), "'ⅻ'");
    check("s18", call(S("12"), "zfill", 1, I(5)), "'00012'");
    check("s19", str_repr(S("\xed\xb3\xbf")), "\"'\\\\udcff'\"");
    printf("%d failures\n", fails);
    return fails != 0;
}
