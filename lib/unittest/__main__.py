"""python -m unittest [-v] [-q] [-f] [names...]: runs the named tests
(modules, classes or methods by dotted name), or with no names the tests
discovered in test*.py files under the current directory."""

import sys

from unittest import main

sys.argv[0] = "python -m unittest"
main(module=None)
