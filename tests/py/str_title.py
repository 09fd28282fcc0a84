for s in ["they're bill's friends", "hello   world", "a1b2 c3d4", "HELLO", "ǆungla", "o'neil", "x-ray vision", "σσσ", "élan vital"]:
    print(s.title(), s.title().istitle(), s.istitle())
