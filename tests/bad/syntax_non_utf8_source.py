x = "ÿ"
print(x)
