def t(v):
    try:
        if v == 0:
            raise ValueError('zero')
        if v == 1:
            raise KeyError('one')
        if v == 2:
            return 1 / 0
        r = 'ok'
    except ValueError as e:
        r = 'value:' + str(e)
    except (KeyError, IndexError) as e:
        r = 'lookup:' + repr(e)
    except Exception:
        r = 'other'
    else:
        r += '+else'
    return r
print([t(v) for v in range(4)])
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('wrong')
except TypeError as e:
    print('outer caught', e)
try:
    pass
except:
    pass
else:
    print('else ran')
