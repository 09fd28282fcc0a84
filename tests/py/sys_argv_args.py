# args: alpha "beta gamma" 3
import sys
print(sys.argv[1:], sys.argv[0])
print(len(sys.argv), type(sys.argv[0]).__name__)
print(sys.orig_argv[-3:] == sys.argv[1:])
