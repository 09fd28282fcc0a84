class A:
    x = 1
    y = undefined_in_class_body
