def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(v) for v in (-5, 0, 5, 50)])
if 1: print('inline')
if 0: pass
else: print('else inline')
x = 3
if x: y = 1; z = 2; print(y + z)
