print("{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("x", "y"), "{a} {b}".format(a=1, b=2), "{0} {x}".format(9, x=8))
print("{{}} {{{}}} {{{{".format(5), "}}{{", "{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("q"))
class O:
    attr = "A"
    items = {"k": "v", 1: "one"}
print("{0.attr} {0.items[k]} {0.items[1]} {1[2]} {2[x]}".format(O, [0, 1, 2], {"x": "X"}))
print("{:>{}}|{:{}{}}|{:.{prec}f}".format("a", 4, "b", "^", 5, 3.14159, prec=2), "{0:{1}}".format("z", 3))
print("{:5}|{:<5}|{:^5}|{:>5}|{:*^7}|{:.2}".format("ab", "cd", "ef", "gh", "ij", "klm"))
print("{:d} {:5d} {:x} {:,} {:_b} {:+.2f} {:.1%} {:e} {:g}".format(42, 7, 255, 1234567, 10, 2.5, 0.125, 1234.5, 0.0001))
print("{0[0]}{0[1]}".format("ab"), "{x.real}".format(x=3), "é{}€".format("ü"), "{}".format(None), "{:}".format(1))
print("{}".format([1, "a"]), "{0}".format({"a": 1}), "x".format(1, 2, k=3), "{0:}{1:}".format(1, 2))
