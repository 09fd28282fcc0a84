VALUE = 'namespace inner'
