class C(list, dict): pass
