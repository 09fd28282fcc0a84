import sys
print("climod", __name__, sys.argv[0].endswith("climod.py"), sys.argv[1:])
