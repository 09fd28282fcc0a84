# os.getloadavg(): three non-negative floats, the 1, 5 and 15 minute averages.
import os

load = os.getloadavg()
print(type(load).__name__, len(load), [type(x).__name__ for x in load], all(x >= 0.0 for x in load))
try:
    os.getloadavg(1)
except TypeError as error:
    print("TypeError", error)
