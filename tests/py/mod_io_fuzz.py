import io, random
rnd = random.Random(5)
pieces = ['a', 'bc\n', '\r\n', 'é\r', 'xyz', '\n', '', '𝄞q']
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    b = io.BytesIO()
    log = []
    for step in range(60):
        op = rnd.randint(0, 7)
        if op <= 2:
            p = rnd.choice(pieces); log.append(s.write(p)); b.write(p.encode())
        elif op == 3:
            pos = rnd.randint(0, 12); log.append((s.seek(pos), b.seek(pos)))
        elif op == 4:
            log.append((s.read(rnd.randint(-1, 4)), b.read(rnd.randint(-1, 4))))
        elif op == 5:
            log.append((s.readline(), b.readline(rnd.choice([-1, 2]))))
        elif op == 6:
            log.append((s.tell(), b.tell(), s.truncate(rnd.choice([None, 3, 20])), b.truncate(rnd.choice([None, 3, 20]))))
        else:
            log.append((s.getvalue(), b.getvalue()))
    print(repr(nl), log, s.newlines)
