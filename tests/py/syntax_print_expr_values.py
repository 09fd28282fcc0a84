print(1, 2.5, 'str', [1, 'a'], (1,), {'a': 1}, {1}, None, True)
print(repr('quote\'s'), repr("dq\""), 'tab\there')
print(0.1, 1e16, 1e-5, 123456789.123, -0.0, float('inf'))
