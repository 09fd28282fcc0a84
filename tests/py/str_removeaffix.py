print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "abc".removeprefix(""), "abc".removeprefix("abc"))
print("body_suffix".removesuffix("_suffix"), "body".removesuffix("y"), "abc".removesuffix(""), "éa€".removesuffix("€"), "éa€".removeprefix("é"))
try: "a".removeprefix(1)
except TypeError as e: print("TypeError", e)
