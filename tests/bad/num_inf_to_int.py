print(round(float('-inf')))
