try:
    raise ValueError('handled')
except ValueError as e:
    print('caught', e)
import sys
sys.exit(0)
