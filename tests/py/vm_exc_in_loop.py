results = []
for i in range(6):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(-int(str(e)))
        if i == 5:
            break
    finally:
        results.append("f")
print(results)
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print(count)
