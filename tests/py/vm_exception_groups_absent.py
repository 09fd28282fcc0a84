class E(Exception):
    pass
class F(E):
    pass
for cls in (E, F, Exception):
    try:
        raise cls("x")
    except F:
        print("F")
    except E:
        print("E")
    except Exception:
        print("Exception")
try:
    raise F
except (KeyError, E) as e:
    print(type(e).__name__)
