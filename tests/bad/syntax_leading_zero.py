print(007)
