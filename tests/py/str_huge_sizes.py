for f in [lambda: 'a'.center(2**62), lambda: 'a'.ljust(2**40), lambda: format('a', '%d' % 2**40), lambda: '%*s' % (2**40, 'a'), lambda: '%2000000000000s' % 'a', lambda: 'a'.zfill(2**40), lambda: 'a\tb'.expandtabs(2**40), lambda: b'a'.center(2**40), lambda: 'a'.center(2**64), lambda: format(5, '2000000000000'), lambda: "%2000000000000d" % 5, lambda: b"%2000000000000d" % 5]:
  try: f(); print('ok')
  except Exception as e: print(type(e).__name__, e)
