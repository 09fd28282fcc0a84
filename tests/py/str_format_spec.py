for spec in ["", "10", "<10", ">10", "^10", "*^9", "€>5", ".2", "10.3", "^7.1", "0<5", "05", "s", "<0", "_<3"]:
    print(repr(spec), repr(format("héllo", spec)), repr(format("ab", spec)))
print(f"{'x':>4}|{'y':_^5}|{'zz':.1}|{'é':3}|")
for spec in ["d", "=5", "+", "#", ",", "_", "xx", "z", ".", "10,s", "+5s"]:
    try: format("a", spec)
    except ValueError as e: print(repr(spec), "ValueError", e)
