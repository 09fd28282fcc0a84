import sys
first = sys.stdin.readline()
print(repr(first))
print(repr(input()))
print(repr(input('prompt> ')))
rest = sys.stdin.read()
print(repr(rest))
try:
    input()
except EOFError as e:
    print('EOFError', e)
