x = 1
s = """never
ends
