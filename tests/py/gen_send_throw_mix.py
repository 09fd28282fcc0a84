def worker():
    results = []
    while True:
        try:
            job = yield results
        except ValueError as e:
            results.append("err:" + str(e))
            continue
        if job is None:
            return results
        results.append(job * 2)
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(5)
try:
    w.send(None)
except StopIteration as e:
    print(e.value)
