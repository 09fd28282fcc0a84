import sys
print(sys.argv, sys.path[0].endswith("clipkg"), __file__.endswith("clipkg/script.py"))
import helper
print(helper.X)
