from array import array
a = array('B', [1, 2])
a.append(256)
