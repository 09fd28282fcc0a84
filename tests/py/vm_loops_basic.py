# for/while loops with else, break, continue
total = 0
for i in range(10):
    if i == 3:
        continue
    if i == 8:
        break
    total += i
else:
    print("no break")
print(total)
for i in range(3):
    pass
else:
    print("else ran", i)
n = 0
while n < 5:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n < 2:
        break
print(n)
for x in []:
    print("never")
else:
    print("empty else")
