import hashlib
print(hashlib.new('sha256').name)
hashlib.new('sha257')
