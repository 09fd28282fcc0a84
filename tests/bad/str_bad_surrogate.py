print("a\udcff".encode())
