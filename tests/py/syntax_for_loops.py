for i in range(3):
    print(i)
else:
    print('done')
for i in []:
    print('never')
else:
    print('empty else')
for c in 'abc':
    if c == 'b':
        break
else:
    print('no')
print(c)
total = 0
for i in range(10):
    for j in range(10):
        if j > i:
            break
        total += j
print(total)
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v)
