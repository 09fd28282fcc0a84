counter = 0
def bump():
    global counter
    counter += 1
    return counter
_hidden = 'h'
visible = 'v'
