import struct
for f in 'bBhHiIlLqQnN':
  for o in ['', '<']:
    if o and f in 'nN': continue
    for v in [2**63, -2**63-1, 2**64, -1, 2**40, -2**40]:
        try: struct.pack(o+f, v); r='ok'
        except struct.error as e: r=str(e)
        print(o+f, v, r)
for o in '<>!=':
  for f in 'bBhHiIlLqQ':
    for v in [2**64, 2**63, 2**40, 2**32, 65536, 256, 128, -1, -129, -2**31-1, -2**40, -2**63-1]:
        try: struct.pack(o+f, v); r='ok'
        except struct.error as e: r=str(e)
        print(o+f, v, r)
