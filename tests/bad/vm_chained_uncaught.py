try:
    {}["k"]
except KeyError:
    raise ValueError("during handling")
