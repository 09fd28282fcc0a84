import sys
c = compile('1 + 1', '<stdin>', 'single')
exec(c)
c = compile('x = 5', '<stdin>', 'single')
exec(c)
print(x)
exec(compile('None', '<stdin>', 'single'))
exec(compile('"s"', '<stdin>', 'single'))
