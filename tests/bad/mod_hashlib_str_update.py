import hashlib
h = hashlib.sha256()
h.update('text')
