# leading comment

x = 1  # trailing comment


def f():
    # comment inside

    y = 2
        # oddly indented comment
    return y

print(x, f())
