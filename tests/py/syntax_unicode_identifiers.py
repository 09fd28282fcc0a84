café = 1
π = 3.14159
日本 = 'japan'
print(café, π, 日本)
def naïve(ñ):
    return ñ * 2
print(naïve(2))
s = 'é€😀'
print(len(s), s[1], f'{s}!')
