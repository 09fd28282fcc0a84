exec('a = = 1')
