from array import array
print(array('u', 'abc'))
array('i', 'abc')
