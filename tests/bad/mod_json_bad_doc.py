import json
json.loads('{"key": [1, 2}')
