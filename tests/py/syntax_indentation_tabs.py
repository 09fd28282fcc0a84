if True:
	x = 1
	if x:
		print("tabs", x)
if True:
  y = 2
  print("two spaces", y)
print("done")
