print((1+1j) / 0j)
