import math
print(math.exp(10000))
