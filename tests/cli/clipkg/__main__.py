import sys
print("clipkg main", __name__, __package__, sys.argv[0].endswith("__main__.py"))
