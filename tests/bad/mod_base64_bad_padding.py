import base64
print(base64.b64decode('YWJj'))
base64.b64decode('YWJ')
