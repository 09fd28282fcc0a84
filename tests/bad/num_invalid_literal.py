print(int('12abc'))
