import array
print(array.array('i', [1]))
array.array('x', [1])
