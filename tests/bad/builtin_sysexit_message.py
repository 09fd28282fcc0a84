import sys
sys.exit('exiting with a message')
