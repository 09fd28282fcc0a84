for width in (1, 5, 10):
    for prec in (0, 2):
        print("[{:{w}.{p}f}] [{:>{w}}] [{:^{w}.{p}}]".format(3.14159, "ab", "xyzw", w=width, p=prec))
print("{0:{1}{2}{3}}".format(42, "*", ">", 8), "{:{}}".format("a", ""), "{0:{fill}{align}16}".format("t", fill="-", align="^"))
print(f"{'x':{'*'}^{7}}", f"{3.5:{'+'}{10}.{2}e}")
