import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known pangram, used for type-setting and testing of fonts; supercalifragilisticexpialidocious words break."
for w in (10, 20, 35, 70):
    print(textwrap.wrap(t, w))
print(textwrap.fill(t, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(t, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap(t, 25, max_lines=3))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("  x\n\ty\n")), repr(textwrap.dedent("   \n  a\n  b")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.wrap("a\tb\tc  d\ne", 5), textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.wrap("abcdefghijklmnop", 5), textwrap.wrap("abcdefghij", 5, break_long_words=False))
print(textwrap.wrap("Hello there. How are you? fine.", 14, fix_sentence_endings=True))
print(textwrap.wrap("super-long-hyphenated-word-here ok", 12), textwrap.wrap("x-y 12-34 a--b", 4))
w = textwrap.TextWrapper(width=15, break_on_hyphens=False, drop_whitespace=False)
print(w.wrap("well-known  text wrapping module"))
