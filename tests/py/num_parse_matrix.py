try:
    print("int('aAbb')", repr(int('aAbb')))
except Exception as ex:
    print("int('aAbb')", type(ex).__name__, ex)
try:
    print("int('aAbb', 0)", repr(int('aAbb', 0)))
except Exception as ex:
    print("int('aAbb', 0)", type(ex).__name__, ex)
try:
    print("int('aAbb', 7)", repr(int('aAbb', 7)))
except Exception as ex:
    print("int('aAbb', 7)", type(ex).__name__, ex)
try:
    print("float('aAbb')", repr(float('aAbb')))
except Exception as ex:
    print("float('aAbb')", type(ex).__name__, ex)
try:
    print("complex('aAbb')", repr(complex('aAbb')))
except Exception as ex:
    print("complex('aAbb')", type(ex).__name__, ex)
try:
    print("float.fromhex('aAbb')", repr(float.fromhex('aAbb')))
except Exception as ex:
    print("float.fromhex('aAbb')", type(ex).__name__, ex)
try:
    print("int('.3Be_\\tnan')", repr(int('.3Be_\tnan')))
except Exception as ex:
    print("int('.3Be_\\tnan')", type(ex).__name__, ex)
try:
    print("int('.3Be_\\tnan', 0)", repr(int('.3Be_\tnan', 0)))
except Exception as ex:
    print("int('.3Be_\\tnan', 0)", type(ex).__name__, ex)
try:
    print("int('.3Be_\\tnan', 8)", repr(int('.3Be_\tnan', 8)))
except Exception as ex:
    print("int('.3Be_\\tnan', 8)", type(ex).__name__, ex)
try:
    print("float('.3Be_\\tnan')", repr(float('.3Be_\tnan')))
except Exception as ex:
    print("float('.3Be_\\tnan')", type(ex).__name__, ex)
try:
    print("complex('.3Be_\\tnan')", repr(complex('.3Be_\tnan')))
except Exception as ex:
    print("complex('.3Be_\\tnan')", type(ex).__name__, ex)
try:
    print("float.fromhex('.3Be_\\tnan')", repr(float.fromhex('.3Be_\tnan')))
except Exception as ex:
    print("float.fromhex('.3Be_\\tnan')", type(ex).__name__, ex)
try:
    print("int('.b_1')", repr(int('.b_1')))
except Exception as ex:
    print("int('.b_1')", type(ex).__name__, ex)
try:
    print("int('.b_1', 0)", repr(int('.b_1', 0)))
except Exception as ex:
    print("int('.b_1', 0)", type(ex).__name__, ex)
try:
    print("int('.b_1', 16)", repr(int('.b_1', 16)))
except Exception as ex:
    print("int('.b_1', 16)", type(ex).__name__, ex)
try:
    print("float('.b_1')", repr(float('.b_1')))
except Exception as ex:
    print("float('.b_1')", type(ex).__name__, ex)
try:
    print("complex('.b_1')", repr(complex('.b_1')))
except Exception as ex:
    print("complex('.b_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('.b_1')", repr(float.fromhex('.b_1')))
except Exception as ex:
    print("float.fromhex('.b_1')", type(ex).__name__, ex)
try:
    print("int('5X61e5')", repr(int('5X61e5')))
except Exception as ex:
    print("int('5X61e5')", type(ex).__name__, ex)
try:
    print("int('5X61e5', 0)", repr(int('5X61e5', 0)))
except Exception as ex:
    print("int('5X61e5', 0)", type(ex).__name__, ex)
try:
    print("int('5X61e5', 16)", repr(int('5X61e5', 16)))
except Exception as ex:
    print("int('5X61e5', 16)", type(ex).__name__, ex)
try:
    print("float('5X61e5')", repr(float('5X61e5')))
except Exception as ex:
    print("float('5X61e5')", type(ex).__name__, ex)
try:
    print("complex('5X61e5')", repr(complex('5X61e5')))
except Exception as ex:
    print("complex('5X61e5')", type(ex).__name__, ex)
try:
    print("float.fromhex('5X61e5')", repr(float.fromhex('5X61e5')))
except Exception as ex:
    print("float.fromhex('5X61e5')", type(ex).__name__, ex)
try:
    print("int('1Xn6e')", repr(int('1Xn6e')))
except Exception as ex:
    print("int('1Xn6e')", type(ex).__name__, ex)
try:
    print("int('1Xn6e', 0)", repr(int('1Xn6e', 0)))
except Exception as ex:
    print("int('1Xn6e', 0)", type(ex).__name__, ex)
try:
    print("int('1Xn6e', 7)", repr(int('1Xn6e', 7)))
except Exception as ex:
    print("int('1Xn6e', 7)", type(ex).__name__, ex)
try:
    print("float('1Xn6e')", repr(float('1Xn6e')))
except Exception as ex:
    print("float('1Xn6e')", type(ex).__name__, ex)
try:
    print("complex('1Xn6e')", repr(complex('1Xn6e')))
except Exception as ex:
    print("complex('1Xn6e')", type(ex).__name__, ex)
try:
    print("float.fromhex('1Xn6e')", repr(float.fromhex('1Xn6e')))
except Exception as ex:
    print("float.fromhex('1Xn6e')", type(ex).__name__, ex)
try:
    print("int('inf')", repr(int('inf')))
except Exception as ex:
    print("int('inf')", type(ex).__name__, ex)
try:
    print("int('inf', 0)", repr(int('inf', 0)))
except Exception as ex:
    print("int('inf', 0)", type(ex).__name__, ex)
try:
    print("int('inf', 16)", repr(int('inf', 16)))
except Exception as ex:
    print("int('inf', 16)", type(ex).__name__, ex)
try:
    print("float('inf')", repr(float('inf')))
except Exception as ex:
    print("float('inf')", type(ex).__name__, ex)
try:
    print("complex('inf')", repr(complex('inf')))
except Exception as ex:
    print("complex('inf')", type(ex).__name__, ex)
try:
    print("float.fromhex('inf')", repr(float.fromhex('inf')))
except Exception as ex:
    print("float.fromhex('inf')", type(ex).__name__, ex)
try:
    print("int('_1')", repr(int('_1')))
except Exception as ex:
    print("int('_1')", type(ex).__name__, ex)
try:
    print("int('_1', 0)", repr(int('_1', 0)))
except Exception as ex:
    print("int('_1', 0)", type(ex).__name__, ex)
try:
    print("int('_1', 2)", repr(int('_1', 2)))
except Exception as ex:
    print("int('_1', 2)", type(ex).__name__, ex)
try:
    print("float('_1')", repr(float('_1')))
except Exception as ex:
    print("float('_1')", type(ex).__name__, ex)
try:
    print("complex('_1')", repr(complex('_1')))
except Exception as ex:
    print("complex('_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('_1')", repr(float.fromhex('_1')))
except Exception as ex:
    print("float.fromhex('_1')", type(ex).__name__, ex)
try:
    print("int('-0inf')", repr(int('-0inf')))
except Exception as ex:
    print("int('-0inf')", type(ex).__name__, ex)
try:
    print("int('-0inf', 0)", repr(int('-0inf', 0)))
except Exception as ex:
    print("int('-0inf', 0)", type(ex).__name__, ex)
try:
    print("int('-0inf', 2)", repr(int('-0inf', 2)))
except Exception as ex:
    print("int('-0inf', 2)", type(ex).__name__, ex)
try:
    print("float('-0inf')", repr(float('-0inf')))
except Exception as ex:
    print("float('-0inf')", type(ex).__name__, ex)
try:
    print("complex('-0inf')", repr(complex('-0inf')))
except Exception as ex:
    print("complex('-0inf')", type(ex).__name__, ex)
try:
    print("float.fromhex('-0inf')", repr(float.fromhex('-0inf')))
except Exception as ex:
    print("float.fromhex('-0inf')", type(ex).__name__, ex)
try:
    print("int('5oi8IA8_')", repr(int('5oi8IA8_')))
except Exception as ex:
    print("int('5oi8IA8_')", type(ex).__name__, ex)
try:
    print("int('5oi8IA8_', 0)", repr(int('5oi8IA8_', 0)))
except Exception as ex:
    print("int('5oi8IA8_', 0)", type(ex).__name__, ex)
try:
    print("int('5oi8IA8_', 2)", repr(int('5oi8IA8_', 2)))
except Exception as ex:
    print("int('5oi8IA8_', 2)", type(ex).__name__, ex)
try:
    print("float('5oi8IA8_')", repr(float('5oi8IA8_')))
except Exception as ex:
    print("float('5oi8IA8_')", type(ex).__name__, ex)
try:
    print("complex('5oi8IA8_')", repr(complex('5oi8IA8_')))
except Exception as ex:
    print("complex('5oi8IA8_')", type(ex).__name__, ex)
try:
    print("float.fromhex('5oi8IA8_')", repr(float.fromhex('5oi8IA8_')))
except Exception as ex:
    print("float.fromhex('5oi8IA8_')", type(ex).__name__, ex)
try:
    print("int('9')", repr(int('9')))
except Exception as ex:
    print("int('9')", type(ex).__name__, ex)
try:
    print("int('9', 0)", repr(int('9', 0)))
except Exception as ex:
    print("int('9', 0)", type(ex).__name__, ex)
try:
    print("int('9', 7)", repr(int('9', 7)))
except Exception as ex:
    print("int('9', 7)", type(ex).__name__, ex)
try:
    print("float('9')", repr(float('9')))
except Exception as ex:
    print("float('9')", type(ex).__name__, ex)
try:
    print("complex('9')", repr(complex('9')))
except Exception as ex:
    print("complex('9')", type(ex).__name__, ex)
try:
    print("float.fromhex('9')", repr(float.fromhex('9')))
except Exception as ex:
    print("float.fromhex('9')", type(ex).__name__, ex)
try:
    print("int('xi-_o')", repr(int('xi-_o')))
except Exception as ex:
    print("int('xi-_o')", type(ex).__name__, ex)
try:
    print("int('xi-_o', 0)", repr(int('xi-_o', 0)))
except Exception as ex:
    print("int('xi-_o', 0)", type(ex).__name__, ex)
try:
    print("int('xi-_o', 16)", repr(int('xi-_o', 16)))
except Exception as ex:
    print("int('xi-_o', 16)", type(ex).__name__, ex)
try:
    print("float('xi-_o')", repr(float('xi-_o')))
except Exception as ex:
    print("float('xi-_o')", type(ex).__name__, ex)
try:
    print("complex('xi-_o')", repr(complex('xi-_o')))
except Exception as ex:
    print("complex('xi-_o')", type(ex).__name__, ex)
try:
    print("float.fromhex('xi-_o')", repr(float.fromhex('xi-_o')))
except Exception as ex:
    print("float.fromhex('xi-_o')", type(ex).__name__, ex)
try:
    print("int('1')", repr(int('1')))
except Exception as ex:
    print("int('1')", type(ex).__name__, ex)
try:
    print("int('1', 0)", repr(int('1', 0)))
except Exception as ex:
    print("int('1', 0)", type(ex).__name__, ex)
try:
    print("int('1', 8)", repr(int('1', 8)))
except Exception as ex:
    print("int('1', 8)", type(ex).__name__, ex)
try:
    print("float('1')", repr(float('1')))
except Exception as ex:
    print("float('1')", type(ex).__name__, ex)
try:
    print("complex('1')", repr(complex('1')))
except Exception as ex:
    print("complex('1')", type(ex).__name__, ex)
try:
    print("float.fromhex('1')", repr(float.fromhex('1')))
except Exception as ex:
    print("float.fromhex('1')", type(ex).__name__, ex)
try:
    print("int('0bOnan')", repr(int('0bOnan')))
except Exception as ex:
    print("int('0bOnan')", type(ex).__name__, ex)
try:
    print("int('0bOnan', 0)", repr(int('0bOnan', 0)))
except Exception as ex:
    print("int('0bOnan', 0)", type(ex).__name__, ex)
try:
    print("int('0bOnan', 16)", repr(int('0bOnan', 16)))
except Exception as ex:
    print("int('0bOnan', 16)", type(ex).__name__, ex)
try:
    print("float('0bOnan')", repr(float('0bOnan')))
except Exception as ex:
    print("float('0bOnan')", type(ex).__name__, ex)
try:
    print("complex('0bOnan')", repr(complex('0bOnan')))
except Exception as ex:
    print("complex('0bOnan')", type(ex).__name__, ex)
try:
    print("float.fromhex('0bOnan')", repr(float.fromhex('0bOnan')))
except Exception as ex:
    print("float.fromhex('0bOnan')", type(ex).__name__, ex)
try:
    print("int('_7+9 ')", repr(int('_7+9 ')))
except Exception as ex:
    print("int('_7+9 ')", type(ex).__name__, ex)
try:
    print("int('_7+9 ', 0)", repr(int('_7+9 ', 0)))
except Exception as ex:
    print("int('_7+9 ', 0)", type(ex).__name__, ex)
try:
    print("int('_7+9 ', 2)", repr(int('_7+9 ', 2)))
except Exception as ex:
    print("int('_7+9 ', 2)", type(ex).__name__, ex)
try:
    print("float('_7+9 ')", repr(float('_7+9 ')))
except Exception as ex:
    print("float('_7+9 ')", type(ex).__name__, ex)
try:
    print("complex('_7+9 ')", repr(complex('_7+9 ')))
except Exception as ex:
    print("complex('_7+9 ')", type(ex).__name__, ex)
try:
    print("float.fromhex('_7+9 ')", repr(float.fromhex('_7+9 ')))
except Exception as ex:
    print("float.fromhex('_7+9 ')", type(ex).__name__, ex)
try:
    print("int('j1n 76-')", repr(int('j1n 76-')))
except Exception as ex:
    print("int('j1n 76-')", type(ex).__name__, ex)
try:
    print("int('j1n 76-', 0)", repr(int('j1n 76-', 0)))
except Exception as ex:
    print("int('j1n 76-', 0)", type(ex).__name__, ex)
try:
    print("int('j1n 76-', 2)", repr(int('j1n 76-', 2)))
except Exception as ex:
    print("int('j1n 76-', 2)", type(ex).__name__, ex)
try:
    print("float('j1n 76-')", repr(float('j1n 76-')))
except Exception as ex:
    print("float('j1n 76-')", type(ex).__name__, ex)
try:
    print("complex('j1n 76-')", repr(complex('j1n 76-')))
except Exception as ex:
    print("complex('j1n 76-')", type(ex).__name__, ex)
try:
    print("float.fromhex('j1n 76-')", repr(float.fromhex('j1n 76-')))
except Exception as ex:
    print("float.fromhex('j1n 76-')", type(ex).__name__, ex)
try:
    print("int('0ojoXe5')", repr(int('0ojoXe5')))
except Exception as ex:
    print("int('0ojoXe5')", type(ex).__name__, ex)
try:
    print("int('0ojoXe5', 0)", repr(int('0ojoXe5', 0)))
except Exception as ex:
    print("int('0ojoXe5', 0)", type(ex).__name__, ex)
try:
    print("int('0ojoXe5', 36)", repr(int('0ojoXe5', 36)))
except Exception as ex:
    print("int('0ojoXe5', 36)", type(ex).__name__, ex)
try:
    print("float('0ojoXe5')", repr(float('0ojoXe5')))
except Exception as ex:
    print("float('0ojoXe5')", type(ex).__name__, ex)
try:
    print("complex('0ojoXe5')", repr(complex('0ojoXe5')))
except Exception as ex:
    print("complex('0ojoXe5')", type(ex).__name__, ex)
try:
    print("float.fromhex('0ojoXe5')", repr(float.fromhex('0ojoXe5')))
except Exception as ex:
    print("float.fromhex('0ojoXe5')", type(ex).__name__, ex)
try:
    print("int('B4iIA1.5')", repr(int('B4iIA1.5')))
except Exception as ex:
    print("int('B4iIA1.5')", type(ex).__name__, ex)
try:
    print("int('B4iIA1.5', 0)", repr(int('B4iIA1.5', 0)))
except Exception as ex:
    print("int('B4iIA1.5', 0)", type(ex).__name__, ex)
try:
    print("int('B4iIA1.5', 16)", repr(int('B4iIA1.5', 16)))
except Exception as ex:
    print("int('B4iIA1.5', 16)", type(ex).__name__, ex)
try:
    print("float('B4iIA1.5')", repr(float('B4iIA1.5')))
except Exception as ex:
    print("float('B4iIA1.5')", type(ex).__name__, ex)
try:
    print("complex('B4iIA1.5')", repr(complex('B4iIA1.5')))
except Exception as ex:
    print("complex('B4iIA1.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('B4iIA1.5')", repr(float.fromhex('B4iIA1.5')))
except Exception as ex:
    print("float.fromhex('B4iIA1.5')", type(ex).__name__, ex)
try:
    print("int('-9JxjXf')", repr(int('-9JxjXf')))
except Exception as ex:
    print("int('-9JxjXf')", type(ex).__name__, ex)
try:
    print("int('-9JxjXf', 0)", repr(int('-9JxjXf', 0)))
except Exception as ex:
    print("int('-9JxjXf', 0)", type(ex).__name__, ex)
try:
    print("int('-9JxjXf', 8)", repr(int('-9JxjXf', 8)))
except Exception as ex:
    print("int('-9JxjXf', 8)", type(ex).__name__, ex)
try:
    print("float('-9JxjXf')", repr(float('-9JxjXf')))
except Exception as ex:
    print("float('-9JxjXf')", type(ex).__name__, ex)
try:
    print("complex('-9JxjXf')", repr(complex('-9JxjXf')))
except Exception as ex:
    print("complex('-9JxjXf')", type(ex).__name__, ex)
try:
    print("float.fromhex('-9JxjXf')", repr(float.fromhex('-9JxjXf')))
except Exception as ex:
    print("float.fromhex('-9JxjXf')", type(ex).__name__, ex)
try:
    print("int('Fe_7O0Je')", repr(int('Fe_7O0Je')))
except Exception as ex:
    print("int('Fe_7O0Je')", type(ex).__name__, ex)
try:
    print("int('Fe_7O0Je', 0)", repr(int('Fe_7O0Je', 0)))
except Exception as ex:
    print("int('Fe_7O0Je', 0)", type(ex).__name__, ex)
try:
    print("int('Fe_7O0Je', 16)", repr(int('Fe_7O0Je', 16)))
except Exception as ex:
    print("int('Fe_7O0Je', 16)", type(ex).__name__, ex)
try:
    print("float('Fe_7O0Je')", repr(float('Fe_7O0Je')))
except Exception as ex:
    print("float('Fe_7O0Je')", type(ex).__name__, ex)
try:
    print("complex('Fe_7O0Je')", repr(complex('Fe_7O0Je')))
except Exception as ex:
    print("complex('Fe_7O0Je')", type(ex).__name__, ex)
try:
    print("float.fromhex('Fe_7O0Je')", repr(float.fromhex('Fe_7O0Je')))
except Exception as ex:
    print("float.fromhex('Fe_7O0Je')", type(ex).__name__, ex)
try:
    print("int(' +N4a')", repr(int(' +N4a')))
except Exception as ex:
    print("int(' +N4a')", type(ex).__name__, ex)
try:
    print("int(' +N4a', 0)", repr(int(' +N4a', 0)))
except Exception as ex:
    print("int(' +N4a', 0)", type(ex).__name__, ex)
try:
    print("int(' +N4a', 8)", repr(int(' +N4a', 8)))
except Exception as ex:
    print("int(' +N4a', 8)", type(ex).__name__, ex)
try:
    print("float(' +N4a')", repr(float(' +N4a')))
except Exception as ex:
    print("float(' +N4a')", type(ex).__name__, ex)
try:
    print("complex(' +N4a')", repr(complex(' +N4a')))
except Exception as ex:
    print("complex(' +N4a')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +N4a')", repr(float.fromhex(' +N4a')))
except Exception as ex:
    print("float.fromhex(' +N4a')", type(ex).__name__, ex)
try:
    print("int('XJ')", repr(int('XJ')))
except Exception as ex:
    print("int('XJ')", type(ex).__name__, ex)
try:
    print("int('XJ', 0)", repr(int('XJ', 0)))
except Exception as ex:
    print("int('XJ', 0)", type(ex).__name__, ex)
try:
    print("int('XJ', 36)", repr(int('XJ', 36)))
except Exception as ex:
    print("int('XJ', 36)", type(ex).__name__, ex)
try:
    print("float('XJ')", repr(float('XJ')))
except Exception as ex:
    print("float('XJ')", type(ex).__name__, ex)
try:
    print("complex('XJ')", repr(complex('XJ')))
except Exception as ex:
    print("complex('XJ')", type(ex).__name__, ex)
try:
    print("float.fromhex('XJ')", repr(float.fromhex('XJ')))
except Exception as ex:
    print("float.fromhex('XJ')", type(ex).__name__, ex)
try:
    print("int('_ Jj8671')", repr(int('_ Jj8671')))
except Exception as ex:
    print("int('_ Jj8671')", type(ex).__name__, ex)
try:
    print("int('_ Jj8671', 0)", repr(int('_ Jj8671', 0)))
except Exception as ex:
    print("int('_ Jj8671', 0)", type(ex).__name__, ex)
try:
    print("int('_ Jj8671', 36)", repr(int('_ Jj8671', 36)))
except Exception as ex:
    print("int('_ Jj8671', 36)", type(ex).__name__, ex)
try:
    print("float('_ Jj8671')", repr(float('_ Jj8671')))
except Exception as ex:
    print("float('_ Jj8671')", type(ex).__name__, ex)
try:
    print("complex('_ Jj8671')", repr(complex('_ Jj8671')))
except Exception as ex:
    print("complex('_ Jj8671')", type(ex).__name__, ex)
try:
    print("float.fromhex('_ Jj8671')", repr(float.fromhex('_ Jj8671')))
except Exception as ex:
    print("float.fromhex('_ Jj8671')", type(ex).__name__, ex)
try:
    print("int('.5')", repr(int('.5')))
except Exception as ex:
    print("int('.5')", type(ex).__name__, ex)
try:
    print("int('.5', 0)", repr(int('.5', 0)))
except Exception as ex:
    print("int('.5', 0)", type(ex).__name__, ex)
try:
    print("int('.5', 36)", repr(int('.5', 36)))
except Exception as ex:
    print("int('.5', 36)", type(ex).__name__, ex)
try:
    print("float('.5')", repr(float('.5')))
except Exception as ex:
    print("float('.5')", type(ex).__name__, ex)
try:
    print("complex('.5')", repr(complex('.5')))
except Exception as ex:
    print("complex('.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('.5')", repr(float.fromhex('.5')))
except Exception as ex:
    print("float.fromhex('.5')", type(ex).__name__, ex)
try:
    print("int('J9672_1')", repr(int('J9672_1')))
except Exception as ex:
    print("int('J9672_1')", type(ex).__name__, ex)
try:
    print("int('J9672_1', 0)", repr(int('J9672_1', 0)))
except Exception as ex:
    print("int('J9672_1', 0)", type(ex).__name__, ex)
try:
    print("int('J9672_1', 7)", repr(int('J9672_1', 7)))
except Exception as ex:
    print("int('J9672_1', 7)", type(ex).__name__, ex)
try:
    print("float('J9672_1')", repr(float('J9672_1')))
except Exception as ex:
    print("float('J9672_1')", type(ex).__name__, ex)
try:
    print("complex('J9672_1')", repr(complex('J9672_1')))
except Exception as ex:
    print("complex('J9672_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('J9672_1')", repr(float.fromhex('J9672_1')))
except Exception as ex:
    print("float.fromhex('J9672_1')", type(ex).__name__, ex)
try:
    print("int('\\t')", repr(int('\t')))
except Exception as ex:
    print("int('\\t')", type(ex).__name__, ex)
try:
    print("int('\\t', 0)", repr(int('\t', 0)))
except Exception as ex:
    print("int('\\t', 0)", type(ex).__name__, ex)
try:
    print("int('\\t', 8)", repr(int('\t', 8)))
except Exception as ex:
    print("int('\\t', 8)", type(ex).__name__, ex)
try:
    print("float('\\t')", repr(float('\t')))
except Exception as ex:
    print("float('\\t')", type(ex).__name__, ex)
try:
    print("complex('\\t')", repr(complex('\t')))
except Exception as ex:
    print("complex('\\t')", type(ex).__name__, ex)
try:
    print("float.fromhex('\\t')", repr(float.fromhex('\t')))
except Exception as ex:
    print("float.fromhex('\\t')", type(ex).__name__, ex)
try:
    print("int('j')", repr(int('j')))
except Exception as ex:
    print("int('j')", type(ex).__name__, ex)
try:
    print("int('j', 0)", repr(int('j', 0)))
except Exception as ex:
    print("int('j', 0)", type(ex).__name__, ex)
try:
    print("int('j', 2)", repr(int('j', 2)))
except Exception as ex:
    print("int('j', 2)", type(ex).__name__, ex)
try:
    print("float('j')", repr(float('j')))
except Exception as ex:
    print("float('j')", type(ex).__name__, ex)
try:
    print("complex('j')", repr(complex('j')))
except Exception as ex:
    print("complex('j')", type(ex).__name__, ex)
try:
    print("float.fromhex('j')", repr(float.fromhex('j')))
except Exception as ex:
    print("float.fromhex('j')", type(ex).__name__, ex)
try:
    print("int('2_1')", repr(int('2_1')))
except Exception as ex:
    print("int('2_1')", type(ex).__name__, ex)
try:
    print("int('2_1', 0)", repr(int('2_1', 0)))
except Exception as ex:
    print("int('2_1', 0)", type(ex).__name__, ex)
try:
    print("int('2_1', 8)", repr(int('2_1', 8)))
except Exception as ex:
    print("int('2_1', 8)", type(ex).__name__, ex)
try:
    print("float('2_1')", repr(float('2_1')))
except Exception as ex:
    print("float('2_1')", type(ex).__name__, ex)
try:
    print("complex('2_1')", repr(complex('2_1')))
except Exception as ex:
    print("complex('2_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('2_1')", repr(float.fromhex('2_1')))
except Exception as ex:
    print("float.fromhex('2_1')", type(ex).__name__, ex)
try:
    print("int('0b5_b 0')", repr(int('0b5_b 0')))
except Exception as ex:
    print("int('0b5_b 0')", type(ex).__name__, ex)
try:
    print("int('0b5_b 0', 0)", repr(int('0b5_b 0', 0)))
except Exception as ex:
    print("int('0b5_b 0', 0)", type(ex).__name__, ex)
try:
    print("int('0b5_b 0', 8)", repr(int('0b5_b 0', 8)))
except Exception as ex:
    print("int('0b5_b 0', 8)", type(ex).__name__, ex)
try:
    print("float('0b5_b 0')", repr(float('0b5_b 0')))
except Exception as ex:
    print("float('0b5_b 0')", type(ex).__name__, ex)
try:
    print("complex('0b5_b 0')", repr(complex('0b5_b 0')))
except Exception as ex:
    print("complex('0b5_b 0')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b5_b 0')", repr(float.fromhex('0b5_b 0')))
except Exception as ex:
    print("float.fromhex('0b5_b 0')", type(ex).__name__, ex)
try:
    print("int('O64.nan')", repr(int('O64.nan')))
except Exception as ex:
    print("int('O64.nan')", type(ex).__name__, ex)
try:
    print("int('O64.nan', 0)", repr(int('O64.nan', 0)))
except Exception as ex:
    print("int('O64.nan', 0)", type(ex).__name__, ex)
try:
    print("int('O64.nan', 36)", repr(int('O64.nan', 36)))
except Exception as ex:
    print("int('O64.nan', 36)", type(ex).__name__, ex)
try:
    print("float('O64.nan')", repr(float('O64.nan')))
except Exception as ex:
    print("float('O64.nan')", type(ex).__name__, ex)
try:
    print("complex('O64.nan')", repr(complex('O64.nan')))
except Exception as ex:
    print("complex('O64.nan')", type(ex).__name__, ex)
try:
    print("float.fromhex('O64.nan')", repr(float.fromhex('O64.nan')))
except Exception as ex:
    print("float.fromhex('O64.nan')", type(ex).__name__, ex)
try:
    print("int('-f8JE71')", repr(int('-f8JE71')))
except Exception as ex:
    print("int('-f8JE71')", type(ex).__name__, ex)
try:
    print("int('-f8JE71', 0)", repr(int('-f8JE71', 0)))
except Exception as ex:
    print("int('-f8JE71', 0)", type(ex).__name__, ex)
try:
    print("int('-f8JE71', 8)", repr(int('-f8JE71', 8)))
except Exception as ex:
    print("int('-f8JE71', 8)", type(ex).__name__, ex)
try:
    print("float('-f8JE71')", repr(float('-f8JE71')))
except Exception as ex:
    print("float('-f8JE71')", type(ex).__name__, ex)
try:
    print("complex('-f8JE71')", repr(complex('-f8JE71')))
except Exception as ex:
    print("complex('-f8JE71')", type(ex).__name__, ex)
try:
    print("float.fromhex('-f8JE71')", repr(float.fromhex('-f8JE71')))
except Exception as ex:
    print("float.fromhex('-f8JE71')", type(ex).__name__, ex)
try:
    print("int('7e5')", repr(int('7e5')))
except Exception as ex:
    print("int('7e5')", type(ex).__name__, ex)
try:
    print("int('7e5', 0)", repr(int('7e5', 0)))
except Exception as ex:
    print("int('7e5', 0)", type(ex).__name__, ex)
try:
    print("int('7e5', 36)", repr(int('7e5', 36)))
except Exception as ex:
    print("int('7e5', 36)", type(ex).__name__, ex)
try:
    print("float('7e5')", repr(float('7e5')))
except Exception as ex:
    print("float('7e5')", type(ex).__name__, ex)
try:
    print("complex('7e5')", repr(complex('7e5')))
except Exception as ex:
    print("complex('7e5')", type(ex).__name__, ex)
try:
    print("float.fromhex('7e5')", repr(float.fromhex('7e5')))
except Exception as ex:
    print("float.fromhex('7e5')", type(ex).__name__, ex)
try:
    print("int(' +A6e3')", repr(int(' +A6e3')))
except Exception as ex:
    print("int(' +A6e3')", type(ex).__name__, ex)
try:
    print("int(' +A6e3', 0)", repr(int(' +A6e3', 0)))
except Exception as ex:
    print("int(' +A6e3', 0)", type(ex).__name__, ex)
try:
    print("int(' +A6e3', 7)", repr(int(' +A6e3', 7)))
except Exception as ex:
    print("int(' +A6e3', 7)", type(ex).__name__, ex)
try:
    print("float(' +A6e3')", repr(float(' +A6e3')))
except Exception as ex:
    print("float(' +A6e3')", type(ex).__name__, ex)
try:
    print("complex(' +A6e3')", repr(complex(' +A6e3')))
except Exception as ex:
    print("complex(' +A6e3')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +A6e3')", repr(float.fromhex(' +A6e3')))
except Exception as ex:
    print("float.fromhex(' +A6e3')", type(ex).__name__, ex)
try:
    print("int('i+o3')", repr(int('i+o3')))
except Exception as ex:
    print("int('i+o3')", type(ex).__name__, ex)
try:
    print("int('i+o3', 0)", repr(int('i+o3', 0)))
except Exception as ex:
    print("int('i+o3', 0)", type(ex).__name__, ex)
try:
    print("int('i+o3', 16)", repr(int('i+o3', 16)))
except Exception as ex:
    print("int('i+o3', 16)", type(ex).__name__, ex)
try:
    print("float('i+o3')", repr(float('i+o3')))
except Exception as ex:
    print("float('i+o3')", type(ex).__name__, ex)
try:
    print("complex('i+o3')", repr(complex('i+o3')))
except Exception as ex:
    print("complex('i+o3')", type(ex).__name__, ex)
try:
    print("float.fromhex('i+o3')", repr(float.fromhex('i+o3')))
except Exception as ex:
    print("float.fromhex('i+o3')", type(ex).__name__, ex)
try:
    print("int('0xe')", repr(int('0xe')))
except Exception as ex:
    print("int('0xe')", type(ex).__name__, ex)
try:
    print("int('0xe', 0)", repr(int('0xe', 0)))
except Exception as ex:
    print("int('0xe', 0)", type(ex).__name__, ex)
try:
    print("int('0xe', 36)", repr(int('0xe', 36)))
except Exception as ex:
    print("int('0xe', 36)", type(ex).__name__, ex)
try:
    print("float('0xe')", repr(float('0xe')))
except Exception as ex:
    print("float('0xe')", type(ex).__name__, ex)
try:
    print("complex('0xe')", repr(complex('0xe')))
except Exception as ex:
    print("complex('0xe')", type(ex).__name__, ex)
try:
    print("float.fromhex('0xe')", repr(float.fromhex('0xe')))
except Exception as ex:
    print("float.fromhex('0xe')", type(ex).__name__, ex)
try:
    print("int(' +6-7JOaj')", repr(int(' +6-7JOaj')))
except Exception as ex:
    print("int(' +6-7JOaj')", type(ex).__name__, ex)
try:
    print("int(' +6-7JOaj', 0)", repr(int(' +6-7JOaj', 0)))
except Exception as ex:
    print("int(' +6-7JOaj', 0)", type(ex).__name__, ex)
try:
    print("int(' +6-7JOaj', 2)", repr(int(' +6-7JOaj', 2)))
except Exception as ex:
    print("int(' +6-7JOaj', 2)", type(ex).__name__, ex)
try:
    print("float(' +6-7JOaj')", repr(float(' +6-7JOaj')))
except Exception as ex:
    print("float(' +6-7JOaj')", type(ex).__name__, ex)
try:
    print("complex(' +6-7JOaj')", repr(complex(' +6-7JOaj')))
except Exception as ex:
    print("complex(' +6-7JOaj')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +6-7JOaj')", repr(float.fromhex(' +6-7JOaj')))
except Exception as ex:
    print("float.fromhex(' +6-7JOaj')", type(ex).__name__, ex)
try:
    print("int('3bnoJ+')", repr(int('3bnoJ+')))
except Exception as ex:
    print("int('3bnoJ+')", type(ex).__name__, ex)
try:
    print("int('3bnoJ+', 0)", repr(int('3bnoJ+', 0)))
except Exception as ex:
    print("int('3bnoJ+', 0)", type(ex).__name__, ex)
try:
    print("int('3bnoJ+', 16)", repr(int('3bnoJ+', 16)))
except Exception as ex:
    print("int('3bnoJ+', 16)", type(ex).__name__, ex)
try:
    print("float('3bnoJ+')", repr(float('3bnoJ+')))
except Exception as ex:
    print("float('3bnoJ+')", type(ex).__name__, ex)
try:
    print("complex('3bnoJ+')", repr(complex('3bnoJ+')))
except Exception as ex:
    print("complex('3bnoJ+')", type(ex).__name__, ex)
try:
    print("float.fromhex('3bnoJ+')", repr(float.fromhex('3bnoJ+')))
except Exception as ex:
    print("float.fromhex('3bnoJ+')", type(ex).__name__, ex)
try:
    print("int('iiJ-Jon1')", repr(int('iiJ-Jon1')))
except Exception as ex:
    print("int('iiJ-Jon1')", type(ex).__name__, ex)
try:
    print("int('iiJ-Jon1', 0)", repr(int('iiJ-Jon1', 0)))
except Exception as ex:
    print("int('iiJ-Jon1', 0)", type(ex).__name__, ex)
try:
    print("int('iiJ-Jon1', 7)", repr(int('iiJ-Jon1', 7)))
except Exception as ex:
    print("int('iiJ-Jon1', 7)", type(ex).__name__, ex)
try:
    print("float('iiJ-Jon1')", repr(float('iiJ-Jon1')))
except Exception as ex:
    print("float('iiJ-Jon1')", type(ex).__name__, ex)
try:
    print("complex('iiJ-Jon1')", repr(complex('iiJ-Jon1')))
except Exception as ex:
    print("complex('iiJ-Jon1')", type(ex).__name__, ex)
try:
    print("float.fromhex('iiJ-Jon1')", repr(float.fromhex('iiJ-Jon1')))
except Exception as ex:
    print("float.fromhex('iiJ-Jon1')", type(ex).__name__, ex)
try:
    print("int('_j')", repr(int('_j')))
except Exception as ex:
    print("int('_j')", type(ex).__name__, ex)
try:
    print("int('_j', 0)", repr(int('_j', 0)))
except Exception as ex:
    print("int('_j', 0)", type(ex).__name__, ex)
try:
    print("int('_j', 36)", repr(int('_j', 36)))
except Exception as ex:
    print("int('_j', 36)", type(ex).__name__, ex)
try:
    print("float('_j')", repr(float('_j')))
except Exception as ex:
    print("float('_j')", type(ex).__name__, ex)
try:
    print("complex('_j')", repr(complex('_j')))
except Exception as ex:
    print("complex('_j')", type(ex).__name__, ex)
try:
    print("float.fromhex('_j')", repr(float.fromhex('_j')))
except Exception as ex:
    print("float.fromhex('_j')", type(ex).__name__, ex)
try:
    print("int('2fe')", repr(int('2fe')))
except Exception as ex:
    print("int('2fe')", type(ex).__name__, ex)
try:
    print("int('2fe', 0)", repr(int('2fe', 0)))
except Exception as ex:
    print("int('2fe', 0)", type(ex).__name__, ex)
try:
    print("int('2fe', 2)", repr(int('2fe', 2)))
except Exception as ex:
    print("int('2fe', 2)", type(ex).__name__, ex)
try:
    print("float('2fe')", repr(float('2fe')))
except Exception as ex:
    print("float('2fe')", type(ex).__name__, ex)
try:
    print("complex('2fe')", repr(complex('2fe')))
except Exception as ex:
    print("complex('2fe')", type(ex).__name__, ex)
try:
    print("float.fromhex('2fe')", repr(float.fromhex('2fe')))
except Exception as ex:
    print("float.fromhex('2fe')", type(ex).__name__, ex)
try:
    print("int('B35AaIo6')", repr(int('B35AaIo6')))
except Exception as ex:
    print("int('B35AaIo6')", type(ex).__name__, ex)
try:
    print("int('B35AaIo6', 0)", repr(int('B35AaIo6', 0)))
except Exception as ex:
    print("int('B35AaIo6', 0)", type(ex).__name__, ex)
try:
    print("int('B35AaIo6', 8)", repr(int('B35AaIo6', 8)))
except Exception as ex:
    print("int('B35AaIo6', 8)", type(ex).__name__, ex)
try:
    print("float('B35AaIo6')", repr(float('B35AaIo6')))
except Exception as ex:
    print("float('B35AaIo6')", type(ex).__name__, ex)
try:
    print("complex('B35AaIo6')", repr(complex('B35AaIo6')))
except Exception as ex:
    print("complex('B35AaIo6')", type(ex).__name__, ex)
try:
    print("float.fromhex('B35AaIo6')", repr(float.fromhex('B35AaIo6')))
except Exception as ex:
    print("float.fromhex('B35AaIo6')", type(ex).__name__, ex)
try:
    print("int('0b+98X')", repr(int('0b+98X')))
except Exception as ex:
    print("int('0b+98X')", type(ex).__name__, ex)
try:
    print("int('0b+98X', 0)", repr(int('0b+98X', 0)))
except Exception as ex:
    print("int('0b+98X', 0)", type(ex).__name__, ex)
try:
    print("int('0b+98X', 8)", repr(int('0b+98X', 8)))
except Exception as ex:
    print("int('0b+98X', 8)", type(ex).__name__, ex)
try:
    print("float('0b+98X')", repr(float('0b+98X')))
except Exception as ex:
    print("float('0b+98X')", type(ex).__name__, ex)
try:
    print("complex('0b+98X')", repr(complex('0b+98X')))
except Exception as ex:
    print("complex('0b+98X')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b+98X')", repr(float.fromhex('0b+98X')))
except Exception as ex:
    print("float.fromhex('0b+98X')", type(ex).__name__, ex)
try:
    print("int('8J')", repr(int('8J')))
except Exception as ex:
    print("int('8J')", type(ex).__name__, ex)
try:
    print("int('8J', 0)", repr(int('8J', 0)))
except Exception as ex:
    print("int('8J', 0)", type(ex).__name__, ex)
try:
    print("int('8J', 36)", repr(int('8J', 36)))
except Exception as ex:
    print("int('8J', 36)", type(ex).__name__, ex)
try:
    print("float('8J')", repr(float('8J')))
except Exception as ex:
    print("float('8J')", type(ex).__name__, ex)
try:
    print("complex('8J')", repr(complex('8J')))
except Exception as ex:
    print("complex('8J')", type(ex).__name__, ex)
try:
    print("float.fromhex('8J')", repr(float.fromhex('8J')))
except Exception as ex:
    print("float.fromhex('8J')", type(ex).__name__, ex)
try:
    print("int('F\\tbOfB9.')", repr(int('F\tbOfB9.')))
except Exception as ex:
    print("int('F\\tbOfB9.')", type(ex).__name__, ex)
try:
    print("int('F\\tbOfB9.', 0)", repr(int('F\tbOfB9.', 0)))
except Exception as ex:
    print("int('F\\tbOfB9.', 0)", type(ex).__name__, ex)
try:
    print("int('F\\tbOfB9.', 8)", repr(int('F\tbOfB9.', 8)))
except Exception as ex:
    print("int('F\\tbOfB9.', 8)", type(ex).__name__, ex)
try:
    print("float('F\\tbOfB9.')", repr(float('F\tbOfB9.')))
except Exception as ex:
    print("float('F\\tbOfB9.')", type(ex).__name__, ex)
try:
    print("complex('F\\tbOfB9.')", repr(complex('F\tbOfB9.')))
except Exception as ex:
    print("complex('F\\tbOfB9.')", type(ex).__name__, ex)
try:
    print("float.fromhex('F\\tbOfB9.')", repr(float.fromhex('F\tbOfB9.')))
except Exception as ex:
    print("float.fromhex('F\\tbOfB9.')", type(ex).__name__, ex)
try:
    print("int('-X7')", repr(int('-X7')))
except Exception as ex:
    print("int('-X7')", type(ex).__name__, ex)
try:
    print("int('-X7', 0)", repr(int('-X7', 0)))
except Exception as ex:
    print("int('-X7', 0)", type(ex).__name__, ex)
try:
    print("int('-X7', 36)", repr(int('-X7', 36)))
except Exception as ex:
    print("int('-X7', 36)", type(ex).__name__, ex)
try:
    print("float('-X7')", repr(float('-X7')))
except Exception as ex:
    print("float('-X7')", type(ex).__name__, ex)
try:
    print("complex('-X7')", repr(complex('-X7')))
except Exception as ex:
    print("complex('-X7')", type(ex).__name__, ex)
try:
    print("float.fromhex('-X7')", repr(float.fromhex('-X7')))
except Exception as ex:
    print("float.fromhex('-X7')", type(ex).__name__, ex)
try:
    print("int('F3I.f3Ine5')", repr(int('F3I.f3Ine5')))
except Exception as ex:
    print("int('F3I.f3Ine5')", type(ex).__name__, ex)
try:
    print("int('F3I.f3Ine5', 0)", repr(int('F3I.f3Ine5', 0)))
except Exception as ex:
    print("int('F3I.f3Ine5', 0)", type(ex).__name__, ex)
try:
    print("int('F3I.f3Ine5', 36)", repr(int('F3I.f3Ine5', 36)))
except Exception as ex:
    print("int('F3I.f3Ine5', 36)", type(ex).__name__, ex)
try:
    print("float('F3I.f3Ine5')", repr(float('F3I.f3Ine5')))
except Exception as ex:
    print("float('F3I.f3Ine5')", type(ex).__name__, ex)
try:
    print("complex('F3I.f3Ine5')", repr(complex('F3I.f3Ine5')))
except Exception as ex:
    print("complex('F3I.f3Ine5')", type(ex).__name__, ex)
try:
    print("float.fromhex('F3I.f3Ine5')", repr(float.fromhex('F3I.f3Ine5')))
except Exception as ex:
    print("float.fromhex('F3I.f3Ine5')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 2)", repr(int('', 2)))
except Exception as ex:
    print("int('', 2)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('8a\\t_1')", repr(int('8a\t_1')))
except Exception as ex:
    print("int('8a\\t_1')", type(ex).__name__, ex)
try:
    print("int('8a\\t_1', 0)", repr(int('8a\t_1', 0)))
except Exception as ex:
    print("int('8a\\t_1', 0)", type(ex).__name__, ex)
try:
    print("int('8a\\t_1', 36)", repr(int('8a\t_1', 36)))
except Exception as ex:
    print("int('8a\\t_1', 36)", type(ex).__name__, ex)
try:
    print("float('8a\\t_1')", repr(float('8a\t_1')))
except Exception as ex:
    print("float('8a\\t_1')", type(ex).__name__, ex)
try:
    print("complex('8a\\t_1')", repr(complex('8a\t_1')))
except Exception as ex:
    print("complex('8a\\t_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('8a\\t_1')", repr(float.fromhex('8a\t_1')))
except Exception as ex:
    print("float.fromhex('8a\\t_1')", type(ex).__name__, ex)
try:
    print("int('Fo\\ta0j.5')", repr(int('Fo\ta0j.5')))
except Exception as ex:
    print("int('Fo\\ta0j.5')", type(ex).__name__, ex)
try:
    print("int('Fo\\ta0j.5', 0)", repr(int('Fo\ta0j.5', 0)))
except Exception as ex:
    print("int('Fo\\ta0j.5', 0)", type(ex).__name__, ex)
try:
    print("int('Fo\\ta0j.5', 16)", repr(int('Fo\ta0j.5', 16)))
except Exception as ex:
    print("int('Fo\\ta0j.5', 16)", type(ex).__name__, ex)
try:
    print("float('Fo\\ta0j.5')", repr(float('Fo\ta0j.5')))
except Exception as ex:
    print("float('Fo\\ta0j.5')", type(ex).__name__, ex)
try:
    print("complex('Fo\\ta0j.5')", repr(complex('Fo\ta0j.5')))
except Exception as ex:
    print("complex('Fo\\ta0j.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('Fo\\ta0j.5')", repr(float.fromhex('Fo\ta0j.5')))
except Exception as ex:
    print("float.fromhex('Fo\\ta0j.5')", type(ex).__name__, ex)
try:
    print("int('Nxbinan')", repr(int('Nxbinan')))
except Exception as ex:
    print("int('Nxbinan')", type(ex).__name__, ex)
try:
    print("int('Nxbinan', 0)", repr(int('Nxbinan', 0)))
except Exception as ex:
    print("int('Nxbinan', 0)", type(ex).__name__, ex)
try:
    print("int('Nxbinan', 8)", repr(int('Nxbinan', 8)))
except Exception as ex:
    print("int('Nxbinan', 8)", type(ex).__name__, ex)
try:
    print("float('Nxbinan')", repr(float('Nxbinan')))
except Exception as ex:
    print("float('Nxbinan')", type(ex).__name__, ex)
try:
    print("complex('Nxbinan')", repr(complex('Nxbinan')))
except Exception as ex:
    print("complex('Nxbinan')", type(ex).__name__, ex)
try:
    print("float.fromhex('Nxbinan')", repr(float.fromhex('Nxbinan')))
except Exception as ex:
    print("float.fromhex('Nxbinan')", type(ex).__name__, ex)
try:
    print("int('N0ajN.5')", repr(int('N0ajN.5')))
except Exception as ex:
    print("int('N0ajN.5')", type(ex).__name__, ex)
try:
    print("int('N0ajN.5', 0)", repr(int('N0ajN.5', 0)))
except Exception as ex:
    print("int('N0ajN.5', 0)", type(ex).__name__, ex)
try:
    print("int('N0ajN.5', 16)", repr(int('N0ajN.5', 16)))
except Exception as ex:
    print("int('N0ajN.5', 16)", type(ex).__name__, ex)
try:
    print("float('N0ajN.5')", repr(float('N0ajN.5')))
except Exception as ex:
    print("float('N0ajN.5')", type(ex).__name__, ex)
try:
    print("complex('N0ajN.5')", repr(complex('N0ajN.5')))
except Exception as ex:
    print("complex('N0ajN.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('N0ajN.5')", repr(float.fromhex('N0ajN.5')))
except Exception as ex:
    print("float.fromhex('N0ajN.5')", type(ex).__name__, ex)
try:
    print("int('0xXx9+')", repr(int('0xXx9+')))
except Exception as ex:
    print("int('0xXx9+')", type(ex).__name__, ex)
try:
    print("int('0xXx9+', 0)", repr(int('0xXx9+', 0)))
except Exception as ex:
    print("int('0xXx9+', 0)", type(ex).__name__, ex)
try:
    print("int('0xXx9+', 2)", repr(int('0xXx9+', 2)))
except Exception as ex:
    print("int('0xXx9+', 2)", type(ex).__name__, ex)
try:
    print("float('0xXx9+')", repr(float('0xXx9+')))
except Exception as ex:
    print("float('0xXx9+')", type(ex).__name__, ex)
try:
    print("complex('0xXx9+')", repr(complex('0xXx9+')))
except Exception as ex:
    print("complex('0xXx9+')", type(ex).__name__, ex)
try:
    print("float.fromhex('0xXx9+')", repr(float.fromhex('0xXx9+')))
except Exception as ex:
    print("float.fromhex('0xXx9+')", type(ex).__name__, ex)
try:
    print("int('0x.5')", repr(int('0x.5')))
except Exception as ex:
    print("int('0x.5')", type(ex).__name__, ex)
try:
    print("int('0x.5', 0)", repr(int('0x.5', 0)))
except Exception as ex:
    print("int('0x.5', 0)", type(ex).__name__, ex)
try:
    print("int('0x.5', 36)", repr(int('0x.5', 36)))
except Exception as ex:
    print("int('0x.5', 36)", type(ex).__name__, ex)
try:
    print("float('0x.5')", repr(float('0x.5')))
except Exception as ex:
    print("float('0x.5')", type(ex).__name__, ex)
try:
    print("complex('0x.5')", repr(complex('0x.5')))
except Exception as ex:
    print("complex('0x.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x.5')", repr(float.fromhex('0x.5')))
except Exception as ex:
    print("float.fromhex('0x.5')", type(ex).__name__, ex)
try:
    print("int('0x7.5')", repr(int('0x7.5')))
except Exception as ex:
    print("int('0x7.5')", type(ex).__name__, ex)
try:
    print("int('0x7.5', 0)", repr(int('0x7.5', 0)))
except Exception as ex:
    print("int('0x7.5', 0)", type(ex).__name__, ex)
try:
    print("int('0x7.5', 2)", repr(int('0x7.5', 2)))
except Exception as ex:
    print("int('0x7.5', 2)", type(ex).__name__, ex)
try:
    print("float('0x7.5')", repr(float('0x7.5')))
except Exception as ex:
    print("float('0x7.5')", type(ex).__name__, ex)
try:
    print("complex('0x7.5')", repr(complex('0x7.5')))
except Exception as ex:
    print("complex('0x7.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x7.5')", repr(float.fromhex('0x7.5')))
except Exception as ex:
    print("float.fromhex('0x7.5')", type(ex).__name__, ex)
try:
    print("int('oF6Ij')", repr(int('oF6Ij')))
except Exception as ex:
    print("int('oF6Ij')", type(ex).__name__, ex)
try:
    print("int('oF6Ij', 0)", repr(int('oF6Ij', 0)))
except Exception as ex:
    print("int('oF6Ij', 0)", type(ex).__name__, ex)
try:
    print("int('oF6Ij', 16)", repr(int('oF6Ij', 16)))
except Exception as ex:
    print("int('oF6Ij', 16)", type(ex).__name__, ex)
try:
    print("float('oF6Ij')", repr(float('oF6Ij')))
except Exception as ex:
    print("float('oF6Ij')", type(ex).__name__, ex)
try:
    print("complex('oF6Ij')", repr(complex('oF6Ij')))
except Exception as ex:
    print("complex('oF6Ij')", type(ex).__name__, ex)
try:
    print("float.fromhex('oF6Ij')", repr(float.fromhex('oF6Ij')))
except Exception as ex:
    print("float.fromhex('oF6Ij')", type(ex).__name__, ex)
try:
    print("int('0o')", repr(int('0o')))
except Exception as ex:
    print("int('0o')", type(ex).__name__, ex)
try:
    print("int('0o', 0)", repr(int('0o', 0)))
except Exception as ex:
    print("int('0o', 0)", type(ex).__name__, ex)
try:
    print("int('0o', 8)", repr(int('0o', 8)))
except Exception as ex:
    print("int('0o', 8)", type(ex).__name__, ex)
try:
    print("float('0o')", repr(float('0o')))
except Exception as ex:
    print("float('0o')", type(ex).__name__, ex)
try:
    print("complex('0o')", repr(complex('0o')))
except Exception as ex:
    print("complex('0o')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o')", repr(float.fromhex('0o')))
except Exception as ex:
    print("float.fromhex('0o')", type(ex).__name__, ex)
try:
    print("int('-ann\\t.x0')", repr(int('-ann\t.x0')))
except Exception as ex:
    print("int('-ann\\t.x0')", type(ex).__name__, ex)
try:
    print("int('-ann\\t.x0', 0)", repr(int('-ann\t.x0', 0)))
except Exception as ex:
    print("int('-ann\\t.x0', 0)", type(ex).__name__, ex)
try:
    print("int('-ann\\t.x0', 7)", repr(int('-ann\t.x0', 7)))
except Exception as ex:
    print("int('-ann\\t.x0', 7)", type(ex).__name__, ex)
try:
    print("float('-ann\\t.x0')", repr(float('-ann\t.x0')))
except Exception as ex:
    print("float('-ann\\t.x0')", type(ex).__name__, ex)
try:
    print("complex('-ann\\t.x0')", repr(complex('-ann\t.x0')))
except Exception as ex:
    print("complex('-ann\\t.x0')", type(ex).__name__, ex)
try:
    print("float.fromhex('-ann\\t.x0')", repr(float.fromhex('-ann\t.x0')))
except Exception as ex:
    print("float.fromhex('-ann\\t.x0')", type(ex).__name__, ex)
try:
    print("int('3inf')", repr(int('3inf')))
except Exception as ex:
    print("int('3inf')", type(ex).__name__, ex)
try:
    print("int('3inf', 0)", repr(int('3inf', 0)))
except Exception as ex:
    print("int('3inf', 0)", type(ex).__name__, ex)
try:
    print("int('3inf', 2)", repr(int('3inf', 2)))
except Exception as ex:
    print("int('3inf', 2)", type(ex).__name__, ex)
try:
    print("float('3inf')", repr(float('3inf')))
except Exception as ex:
    print("float('3inf')", type(ex).__name__, ex)
try:
    print("complex('3inf')", repr(complex('3inf')))
except Exception as ex:
    print("complex('3inf')", type(ex).__name__, ex)
try:
    print("float.fromhex('3inf')", repr(float.fromhex('3inf')))
except Exception as ex:
    print("float.fromhex('3inf')", type(ex).__name__, ex)
try:
    print("int('_')", repr(int('_')))
except Exception as ex:
    print("int('_')", type(ex).__name__, ex)
try:
    print("int('_', 0)", repr(int('_', 0)))
except Exception as ex:
    print("int('_', 0)", type(ex).__name__, ex)
try:
    print("int('_', 16)", repr(int('_', 16)))
except Exception as ex:
    print("int('_', 16)", type(ex).__name__, ex)
try:
    print("float('_')", repr(float('_')))
except Exception as ex:
    print("float('_')", type(ex).__name__, ex)
try:
    print("complex('_')", repr(complex('_')))
except Exception as ex:
    print("complex('_')", type(ex).__name__, ex)
try:
    print("float.fromhex('_')", repr(float.fromhex('_')))
except Exception as ex:
    print("float.fromhex('_')", type(ex).__name__, ex)
try:
    print("int('- j3 Afinan')", repr(int('- j3 Afinan')))
except Exception as ex:
    print("int('- j3 Afinan')", type(ex).__name__, ex)
try:
    print("int('- j3 Afinan', 0)", repr(int('- j3 Afinan', 0)))
except Exception as ex:
    print("int('- j3 Afinan', 0)", type(ex).__name__, ex)
try:
    print("int('- j3 Afinan', 2)", repr(int('- j3 Afinan', 2)))
except Exception as ex:
    print("int('- j3 Afinan', 2)", type(ex).__name__, ex)
try:
    print("float('- j3 Afinan')", repr(float('- j3 Afinan')))
except Exception as ex:
    print("float('- j3 Afinan')", type(ex).__name__, ex)
try:
    print("complex('- j3 Afinan')", repr(complex('- j3 Afinan')))
except Exception as ex:
    print("complex('- j3 Afinan')", type(ex).__name__, ex)
try:
    print("float.fromhex('- j3 Afinan')", repr(float.fromhex('- j3 Afinan')))
except Exception as ex:
    print("float.fromhex('- j3 Afinan')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 8)", repr(int('', 8)))
except Exception as ex:
    print("int('', 8)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('e3Nn')", repr(int('e3Nn')))
except Exception as ex:
    print("int('e3Nn')", type(ex).__name__, ex)
try:
    print("int('e3Nn', 0)", repr(int('e3Nn', 0)))
except Exception as ex:
    print("int('e3Nn', 0)", type(ex).__name__, ex)
try:
    print("int('e3Nn', 2)", repr(int('e3Nn', 2)))
except Exception as ex:
    print("int('e3Nn', 2)", type(ex).__name__, ex)
try:
    print("float('e3Nn')", repr(float('e3Nn')))
except Exception as ex:
    print("float('e3Nn')", type(ex).__name__, ex)
try:
    print("complex('e3Nn')", repr(complex('e3Nn')))
except Exception as ex:
    print("complex('e3Nn')", type(ex).__name__, ex)
try:
    print("float.fromhex('e3Nn')", repr(float.fromhex('e3Nn')))
except Exception as ex:
    print("float.fromhex('e3Nn')", type(ex).__name__, ex)
try:
    print("int(' +8a7J.')", repr(int(' +8a7J.')))
except Exception as ex:
    print("int(' +8a7J.')", type(ex).__name__, ex)
try:
    print("int(' +8a7J.', 0)", repr(int(' +8a7J.', 0)))
except Exception as ex:
    print("int(' +8a7J.', 0)", type(ex).__name__, ex)
try:
    print("int(' +8a7J.', 16)", repr(int(' +8a7J.', 16)))
except Exception as ex:
    print("int(' +8a7J.', 16)", type(ex).__name__, ex)
try:
    print("float(' +8a7J.')", repr(float(' +8a7J.')))
except Exception as ex:
    print("float(' +8a7J.')", type(ex).__name__, ex)
try:
    print("complex(' +8a7J.')", repr(complex(' +8a7J.')))
except Exception as ex:
    print("complex(' +8a7J.')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +8a7J.')", repr(float.fromhex(' +8a7J.')))
except Exception as ex:
    print("float.fromhex(' +8a7J.')", type(ex).__name__, ex)
try:
    print("int('n985N3')", repr(int('n985N3')))
except Exception as ex:
    print("int('n985N3')", type(ex).__name__, ex)
try:
    print("int('n985N3', 0)", repr(int('n985N3', 0)))
except Exception as ex:
    print("int('n985N3', 0)", type(ex).__name__, ex)
try:
    print("int('n985N3', 36)", repr(int('n985N3', 36)))
except Exception as ex:
    print("int('n985N3', 36)", type(ex).__name__, ex)
try:
    print("float('n985N3')", repr(float('n985N3')))
except Exception as ex:
    print("float('n985N3')", type(ex).__name__, ex)
try:
    print("complex('n985N3')", repr(complex('n985N3')))
except Exception as ex:
    print("complex('n985N3')", type(ex).__name__, ex)
try:
    print("float.fromhex('n985N3')", repr(float.fromhex('n985N3')))
except Exception as ex:
    print("float.fromhex('n985N3')", type(ex).__name__, ex)
try:
    print("int('E 79 b\\t')", repr(int('E 79 b\t')))
except Exception as ex:
    print("int('E 79 b\\t')", type(ex).__name__, ex)
try:
    print("int('E 79 b\\t', 0)", repr(int('E 79 b\t', 0)))
except Exception as ex:
    print("int('E 79 b\\t', 0)", type(ex).__name__, ex)
try:
    print("int('E 79 b\\t', 2)", repr(int('E 79 b\t', 2)))
except Exception as ex:
    print("int('E 79 b\\t', 2)", type(ex).__name__, ex)
try:
    print("float('E 79 b\\t')", repr(float('E 79 b\t')))
except Exception as ex:
    print("float('E 79 b\\t')", type(ex).__name__, ex)
try:
    print("complex('E 79 b\\t')", repr(complex('E 79 b\t')))
except Exception as ex:
    print("complex('E 79 b\\t')", type(ex).__name__, ex)
try:
    print("float.fromhex('E 79 b\\t')", repr(float.fromhex('E 79 b\t')))
except Exception as ex:
    print("float.fromhex('E 79 b\\t')", type(ex).__name__, ex)
try:
    print("int('0obIA+XN- ')", repr(int('0obIA+XN- ')))
except Exception as ex:
    print("int('0obIA+XN- ')", type(ex).__name__, ex)
try:
    print("int('0obIA+XN- ', 0)", repr(int('0obIA+XN- ', 0)))
except Exception as ex:
    print("int('0obIA+XN- ', 0)", type(ex).__name__, ex)
try:
    print("int('0obIA+XN- ', 8)", repr(int('0obIA+XN- ', 8)))
except Exception as ex:
    print("int('0obIA+XN- ', 8)", type(ex).__name__, ex)
try:
    print("float('0obIA+XN- ')", repr(float('0obIA+XN- ')))
except Exception as ex:
    print("float('0obIA+XN- ')", type(ex).__name__, ex)
try:
    print("complex('0obIA+XN- ')", repr(complex('0obIA+XN- ')))
except Exception as ex:
    print("complex('0obIA+XN- ')", type(ex).__name__, ex)
try:
    print("float.fromhex('0obIA+XN- ')", repr(float.fromhex('0obIA+XN- ')))
except Exception as ex:
    print("float.fromhex('0obIA+XN- ')", type(ex).__name__, ex)
try:
    print("int('-1')", repr(int('-1')))
except Exception as ex:
    print("int('-1')", type(ex).__name__, ex)
try:
    print("int('-1', 0)", repr(int('-1', 0)))
except Exception as ex:
    print("int('-1', 0)", type(ex).__name__, ex)
try:
    print("int('-1', 16)", repr(int('-1', 16)))
except Exception as ex:
    print("int('-1', 16)", type(ex).__name__, ex)
try:
    print("float('-1')", repr(float('-1')))
except Exception as ex:
    print("float('-1')", type(ex).__name__, ex)
try:
    print("complex('-1')", repr(complex('-1')))
except Exception as ex:
    print("complex('-1')", type(ex).__name__, ex)
try:
    print("float.fromhex('-1')", repr(float.fromhex('-1')))
except Exception as ex:
    print("float.fromhex('-1')", type(ex).__name__, ex)
try:
    print("int('+j')", repr(int('+j')))
except Exception as ex:
    print("int('+j')", type(ex).__name__, ex)
try:
    print("int('+j', 0)", repr(int('+j', 0)))
except Exception as ex:
    print("int('+j', 0)", type(ex).__name__, ex)
try:
    print("int('+j', 7)", repr(int('+j', 7)))
except Exception as ex:
    print("int('+j', 7)", type(ex).__name__, ex)
try:
    print("float('+j')", repr(float('+j')))
except Exception as ex:
    print("float('+j')", type(ex).__name__, ex)
try:
    print("complex('+j')", repr(complex('+j')))
except Exception as ex:
    print("complex('+j')", type(ex).__name__, ex)
try:
    print("float.fromhex('+j')", repr(float.fromhex('+j')))
except Exception as ex:
    print("float.fromhex('+j')", type(ex).__name__, ex)
try:
    print("int('0a6611E\\t1')", repr(int('0a6611E\t1')))
except Exception as ex:
    print("int('0a6611E\\t1')", type(ex).__name__, ex)
try:
    print("int('0a6611E\\t1', 0)", repr(int('0a6611E\t1', 0)))
except Exception as ex:
    print("int('0a6611E\\t1', 0)", type(ex).__name__, ex)
try:
    print("int('0a6611E\\t1', 16)", repr(int('0a6611E\t1', 16)))
except Exception as ex:
    print("int('0a6611E\\t1', 16)", type(ex).__name__, ex)
try:
    print("float('0a6611E\\t1')", repr(float('0a6611E\t1')))
except Exception as ex:
    print("float('0a6611E\\t1')", type(ex).__name__, ex)
try:
    print("complex('0a6611E\\t1')", repr(complex('0a6611E\t1')))
except Exception as ex:
    print("complex('0a6611E\\t1')", type(ex).__name__, ex)
try:
    print("float.fromhex('0a6611E\\t1')", repr(float.fromhex('0a6611E\t1')))
except Exception as ex:
    print("float.fromhex('0a6611E\\t1')", type(ex).__name__, ex)
try:
    print("int('II')", repr(int('II')))
except Exception as ex:
    print("int('II')", type(ex).__name__, ex)
try:
    print("int('II', 0)", repr(int('II', 0)))
except Exception as ex:
    print("int('II', 0)", type(ex).__name__, ex)
try:
    print("int('II', 36)", repr(int('II', 36)))
except Exception as ex:
    print("int('II', 36)", type(ex).__name__, ex)
try:
    print("float('II')", repr(float('II')))
except Exception as ex:
    print("float('II')", type(ex).__name__, ex)
try:
    print("complex('II')", repr(complex('II')))
except Exception as ex:
    print("complex('II')", type(ex).__name__, ex)
try:
    print("float.fromhex('II')", repr(float.fromhex('II')))
except Exception as ex:
    print("float.fromhex('II')", type(ex).__name__, ex)
try:
    print("int('i4F')", repr(int('i4F')))
except Exception as ex:
    print("int('i4F')", type(ex).__name__, ex)
try:
    print("int('i4F', 0)", repr(int('i4F', 0)))
except Exception as ex:
    print("int('i4F', 0)", type(ex).__name__, ex)
try:
    print("int('i4F', 16)", repr(int('i4F', 16)))
except Exception as ex:
    print("int('i4F', 16)", type(ex).__name__, ex)
try:
    print("float('i4F')", repr(float('i4F')))
except Exception as ex:
    print("float('i4F')", type(ex).__name__, ex)
try:
    print("complex('i4F')", repr(complex('i4F')))
except Exception as ex:
    print("complex('i4F')", type(ex).__name__, ex)
try:
    print("float.fromhex('i4F')", repr(float.fromhex('i4F')))
except Exception as ex:
    print("float.fromhex('i4F')", type(ex).__name__, ex)
try:
    print("int('e')", repr(int('e')))
except Exception as ex:
    print("int('e')", type(ex).__name__, ex)
try:
    print("int('e', 0)", repr(int('e', 0)))
except Exception as ex:
    print("int('e', 0)", type(ex).__name__, ex)
try:
    print("int('e', 36)", repr(int('e', 36)))
except Exception as ex:
    print("int('e', 36)", type(ex).__name__, ex)
try:
    print("float('e')", repr(float('e')))
except Exception as ex:
    print("float('e')", type(ex).__name__, ex)
try:
    print("complex('e')", repr(complex('e')))
except Exception as ex:
    print("complex('e')", type(ex).__name__, ex)
try:
    print("float.fromhex('e')", repr(float.fromhex('e')))
except Exception as ex:
    print("float.fromhex('e')", type(ex).__name__, ex)
try:
    print("int('-1A7eXO7_1')", repr(int('-1A7eXO7_1')))
except Exception as ex:
    print("int('-1A7eXO7_1')", type(ex).__name__, ex)
try:
    print("int('-1A7eXO7_1', 0)", repr(int('-1A7eXO7_1', 0)))
except Exception as ex:
    print("int('-1A7eXO7_1', 0)", type(ex).__name__, ex)
try:
    print("int('-1A7eXO7_1', 8)", repr(int('-1A7eXO7_1', 8)))
except Exception as ex:
    print("int('-1A7eXO7_1', 8)", type(ex).__name__, ex)
try:
    print("float('-1A7eXO7_1')", repr(float('-1A7eXO7_1')))
except Exception as ex:
    print("float('-1A7eXO7_1')", type(ex).__name__, ex)
try:
    print("complex('-1A7eXO7_1')", repr(complex('-1A7eXO7_1')))
except Exception as ex:
    print("complex('-1A7eXO7_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('-1A7eXO7_1')", repr(float.fromhex('-1A7eXO7_1')))
except Exception as ex:
    print("float.fromhex('-1A7eXO7_1')", type(ex).__name__, ex)
try:
    print("int('A9f')", repr(int('A9f')))
except Exception as ex:
    print("int('A9f')", type(ex).__name__, ex)
try:
    print("int('A9f', 0)", repr(int('A9f', 0)))
except Exception as ex:
    print("int('A9f', 0)", type(ex).__name__, ex)
try:
    print("int('A9f', 36)", repr(int('A9f', 36)))
except Exception as ex:
    print("int('A9f', 36)", type(ex).__name__, ex)
try:
    print("float('A9f')", repr(float('A9f')))
except Exception as ex:
    print("float('A9f')", type(ex).__name__, ex)
try:
    print("complex('A9f')", repr(complex('A9f')))
except Exception as ex:
    print("complex('A9f')", type(ex).__name__, ex)
try:
    print("float.fromhex('A9f')", repr(float.fromhex('A9f')))
except Exception as ex:
    print("float.fromhex('A9f')", type(ex).__name__, ex)
try:
    print("int('0boaBO5 3')", repr(int('0boaBO5 3')))
except Exception as ex:
    print("int('0boaBO5 3')", type(ex).__name__, ex)
try:
    print("int('0boaBO5 3', 0)", repr(int('0boaBO5 3', 0)))
except Exception as ex:
    print("int('0boaBO5 3', 0)", type(ex).__name__, ex)
try:
    print("int('0boaBO5 3', 16)", repr(int('0boaBO5 3', 16)))
except Exception as ex:
    print("int('0boaBO5 3', 16)", type(ex).__name__, ex)
try:
    print("float('0boaBO5 3')", repr(float('0boaBO5 3')))
except Exception as ex:
    print("float('0boaBO5 3')", type(ex).__name__, ex)
try:
    print("complex('0boaBO5 3')", repr(complex('0boaBO5 3')))
except Exception as ex:
    print("complex('0boaBO5 3')", type(ex).__name__, ex)
try:
    print("float.fromhex('0boaBO5 3')", repr(float.fromhex('0boaBO5 3')))
except Exception as ex:
    print("float.fromhex('0boaBO5 3')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 2)", repr(int('', 2)))
except Exception as ex:
    print("int('', 2)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int(' BIi')", repr(int(' BIi')))
except Exception as ex:
    print("int(' BIi')", type(ex).__name__, ex)
try:
    print("int(' BIi', 0)", repr(int(' BIi', 0)))
except Exception as ex:
    print("int(' BIi', 0)", type(ex).__name__, ex)
try:
    print("int(' BIi', 7)", repr(int(' BIi', 7)))
except Exception as ex:
    print("int(' BIi', 7)", type(ex).__name__, ex)
try:
    print("float(' BIi')", repr(float(' BIi')))
except Exception as ex:
    print("float(' BIi')", type(ex).__name__, ex)
try:
    print("complex(' BIi')", repr(complex(' BIi')))
except Exception as ex:
    print("complex(' BIi')", type(ex).__name__, ex)
try:
    print("float.fromhex(' BIi')", repr(float.fromhex(' BIi')))
except Exception as ex:
    print("float.fromhex(' BIi')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 8)", repr(int('', 8)))
except Exception as ex:
    print("int('', 8)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('9AI')", repr(int('9AI')))
except Exception as ex:
    print("int('9AI')", type(ex).__name__, ex)
try:
    print("int('9AI', 0)", repr(int('9AI', 0)))
except Exception as ex:
    print("int('9AI', 0)", type(ex).__name__, ex)
try:
    print("int('9AI', 8)", repr(int('9AI', 8)))
except Exception as ex:
    print("int('9AI', 8)", type(ex).__name__, ex)
try:
    print("float('9AI')", repr(float('9AI')))
except Exception as ex:
    print("float('9AI')", type(ex).__name__, ex)
try:
    print("complex('9AI')", repr(complex('9AI')))
except Exception as ex:
    print("complex('9AI')", type(ex).__name__, ex)
try:
    print("float.fromhex('9AI')", repr(float.fromhex('9AI')))
except Exception as ex:
    print("float.fromhex('9AI')", type(ex).__name__, ex)
try:
    print("int('-88ABIA')", repr(int('-88ABIA')))
except Exception as ex:
    print("int('-88ABIA')", type(ex).__name__, ex)
try:
    print("int('-88ABIA', 0)", repr(int('-88ABIA', 0)))
except Exception as ex:
    print("int('-88ABIA', 0)", type(ex).__name__, ex)
try:
    print("int('-88ABIA', 36)", repr(int('-88ABIA', 36)))
except Exception as ex:
    print("int('-88ABIA', 36)", type(ex).__name__, ex)
try:
    print("float('-88ABIA')", repr(float('-88ABIA')))
except Exception as ex:
    print("float('-88ABIA')", type(ex).__name__, ex)
try:
    print("complex('-88ABIA')", repr(complex('-88ABIA')))
except Exception as ex:
    print("complex('-88ABIA')", type(ex).__name__, ex)
try:
    print("float.fromhex('-88ABIA')", repr(float.fromhex('-88ABIA')))
except Exception as ex:
    print("float.fromhex('-88ABIA')", type(ex).__name__, ex)
try:
    print("int('A+o')", repr(int('A+o')))
except Exception as ex:
    print("int('A+o')", type(ex).__name__, ex)
try:
    print("int('A+o', 0)", repr(int('A+o', 0)))
except Exception as ex:
    print("int('A+o', 0)", type(ex).__name__, ex)
try:
    print("int('A+o', 7)", repr(int('A+o', 7)))
except Exception as ex:
    print("int('A+o', 7)", type(ex).__name__, ex)
try:
    print("float('A+o')", repr(float('A+o')))
except Exception as ex:
    print("float('A+o')", type(ex).__name__, ex)
try:
    print("complex('A+o')", repr(complex('A+o')))
except Exception as ex:
    print("complex('A+o')", type(ex).__name__, ex)
try:
    print("float.fromhex('A+o')", repr(float.fromhex('A+o')))
except Exception as ex:
    print("float.fromhex('A+o')", type(ex).__name__, ex)
try:
    print("int('ijo.6I')", repr(int('ijo.6I')))
except Exception as ex:
    print("int('ijo.6I')", type(ex).__name__, ex)
try:
    print("int('ijo.6I', 0)", repr(int('ijo.6I', 0)))
except Exception as ex:
    print("int('ijo.6I', 0)", type(ex).__name__, ex)
try:
    print("int('ijo.6I', 2)", repr(int('ijo.6I', 2)))
except Exception as ex:
    print("int('ijo.6I', 2)", type(ex).__name__, ex)
try:
    print("float('ijo.6I')", repr(float('ijo.6I')))
except Exception as ex:
    print("float('ijo.6I')", type(ex).__name__, ex)
try:
    print("complex('ijo.6I')", repr(complex('ijo.6I')))
except Exception as ex:
    print("complex('ijo.6I')", type(ex).__name__, ex)
try:
    print("float.fromhex('ijo.6I')", repr(float.fromhex('ijo.6I')))
except Exception as ex:
    print("float.fromhex('ijo.6I')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 16)", repr(int('', 16)))
except Exception as ex:
    print("int('', 16)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int(' +8459N')", repr(int(' +8459N')))
except Exception as ex:
    print("int(' +8459N')", type(ex).__name__, ex)
try:
    print("int(' +8459N', 0)", repr(int(' +8459N', 0)))
except Exception as ex:
    print("int(' +8459N', 0)", type(ex).__name__, ex)
try:
    print("int(' +8459N', 8)", repr(int(' +8459N', 8)))
except Exception as ex:
    print("int(' +8459N', 8)", type(ex).__name__, ex)
try:
    print("float(' +8459N')", repr(float(' +8459N')))
except Exception as ex:
    print("float(' +8459N')", type(ex).__name__, ex)
try:
    print("complex(' +8459N')", repr(complex(' +8459N')))
except Exception as ex:
    print("complex(' +8459N')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +8459N')", repr(float.fromhex(' +8459N')))
except Exception as ex:
    print("float.fromhex(' +8459N')", type(ex).__name__, ex)
try:
    print("int('0b1+j 30x1')", repr(int('0b1+j 30x1')))
except Exception as ex:
    print("int('0b1+j 30x1')", type(ex).__name__, ex)
try:
    print("int('0b1+j 30x1', 0)", repr(int('0b1+j 30x1', 0)))
except Exception as ex:
    print("int('0b1+j 30x1', 0)", type(ex).__name__, ex)
try:
    print("int('0b1+j 30x1', 16)", repr(int('0b1+j 30x1', 16)))
except Exception as ex:
    print("int('0b1+j 30x1', 16)", type(ex).__name__, ex)
try:
    print("float('0b1+j 30x1')", repr(float('0b1+j 30x1')))
except Exception as ex:
    print("float('0b1+j 30x1')", type(ex).__name__, ex)
try:
    print("complex('0b1+j 30x1')", repr(complex('0b1+j 30x1')))
except Exception as ex:
    print("complex('0b1+j 30x1')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b1+j 30x1')", repr(float.fromhex('0b1+j 30x1')))
except Exception as ex:
    print("float.fromhex('0b1+j 30x1')", type(ex).__name__, ex)
try:
    print("int('02JfF')", repr(int('02JfF')))
except Exception as ex:
    print("int('02JfF')", type(ex).__name__, ex)
try:
    print("int('02JfF', 0)", repr(int('02JfF', 0)))
except Exception as ex:
    print("int('02JfF', 0)", type(ex).__name__, ex)
try:
    print("int('02JfF', 16)", repr(int('02JfF', 16)))
except Exception as ex:
    print("int('02JfF', 16)", type(ex).__name__, ex)
try:
    print("float('02JfF')", repr(float('02JfF')))
except Exception as ex:
    print("float('02JfF')", type(ex).__name__, ex)
try:
    print("complex('02JfF')", repr(complex('02JfF')))
except Exception as ex:
    print("complex('02JfF')", type(ex).__name__, ex)
try:
    print("float.fromhex('02JfF')", repr(float.fromhex('02JfF')))
except Exception as ex:
    print("float.fromhex('02JfF')", type(ex).__name__, ex)
try:
    print("int('5\\t')", repr(int('5\t')))
except Exception as ex:
    print("int('5\\t')", type(ex).__name__, ex)
try:
    print("int('5\\t', 0)", repr(int('5\t', 0)))
except Exception as ex:
    print("int('5\\t', 0)", type(ex).__name__, ex)
try:
    print("int('5\\t', 16)", repr(int('5\t', 16)))
except Exception as ex:
    print("int('5\\t', 16)", type(ex).__name__, ex)
try:
    print("float('5\\t')", repr(float('5\t')))
except Exception as ex:
    print("float('5\\t')", type(ex).__name__, ex)
try:
    print("complex('5\\t')", repr(complex('5\t')))
except Exception as ex:
    print("complex('5\\t')", type(ex).__name__, ex)
try:
    print("float.fromhex('5\\t')", repr(float.fromhex('5\t')))
except Exception as ex:
    print("float.fromhex('5\\t')", type(ex).__name__, ex)
try:
    print("int('o2oOiB.j')", repr(int('o2oOiB.j')))
except Exception as ex:
    print("int('o2oOiB.j')", type(ex).__name__, ex)
try:
    print("int('o2oOiB.j', 0)", repr(int('o2oOiB.j', 0)))
except Exception as ex:
    print("int('o2oOiB.j', 0)", type(ex).__name__, ex)
try:
    print("int('o2oOiB.j', 16)", repr(int('o2oOiB.j', 16)))
except Exception as ex:
    print("int('o2oOiB.j', 16)", type(ex).__name__, ex)
try:
    print("float('o2oOiB.j')", repr(float('o2oOiB.j')))
except Exception as ex:
    print("float('o2oOiB.j')", type(ex).__name__, ex)
try:
    print("complex('o2oOiB.j')", repr(complex('o2oOiB.j')))
except Exception as ex:
    print("complex('o2oOiB.j')", type(ex).__name__, ex)
try:
    print("float.fromhex('o2oOiB.j')", repr(float.fromhex('o2oOiB.j')))
except Exception as ex:
    print("float.fromhex('o2oOiB.j')", type(ex).__name__, ex)
try:
    print("int('O5OB6bOnan')", repr(int('O5OB6bOnan')))
except Exception as ex:
    print("int('O5OB6bOnan')", type(ex).__name__, ex)
try:
    print("int('O5OB6bOnan', 0)", repr(int('O5OB6bOnan', 0)))
except Exception as ex:
    print("int('O5OB6bOnan', 0)", type(ex).__name__, ex)
try:
    print("int('O5OB6bOnan', 36)", repr(int('O5OB6bOnan', 36)))
except Exception as ex:
    print("int('O5OB6bOnan', 36)", type(ex).__name__, ex)
try:
    print("float('O5OB6bOnan')", repr(float('O5OB6bOnan')))
except Exception as ex:
    print("float('O5OB6bOnan')", type(ex).__name__, ex)
try:
    print("complex('O5OB6bOnan')", repr(complex('O5OB6bOnan')))
except Exception as ex:
    print("complex('O5OB6bOnan')", type(ex).__name__, ex)
try:
    print("float.fromhex('O5OB6bOnan')", repr(float.fromhex('O5OB6bOnan')))
except Exception as ex:
    print("float.fromhex('O5OB6bOnan')", type(ex).__name__, ex)
try:
    print("int('0o E+Of')", repr(int('0o E+Of')))
except Exception as ex:
    print("int('0o E+Of')", type(ex).__name__, ex)
try:
    print("int('0o E+Of', 0)", repr(int('0o E+Of', 0)))
except Exception as ex:
    print("int('0o E+Of', 0)", type(ex).__name__, ex)
try:
    print("int('0o E+Of', 16)", repr(int('0o E+Of', 16)))
except Exception as ex:
    print("int('0o E+Of', 16)", type(ex).__name__, ex)
try:
    print("float('0o E+Of')", repr(float('0o E+Of')))
except Exception as ex:
    print("float('0o E+Of')", type(ex).__name__, ex)
try:
    print("complex('0o E+Of')", repr(complex('0o E+Of')))
except Exception as ex:
    print("complex('0o E+Of')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o E+Of')", repr(float.fromhex('0o E+Of')))
except Exception as ex:
    print("float.fromhex('0o E+Of')", type(ex).__name__, ex)
try:
    print("int('0bX34aJ6')", repr(int('0bX34aJ6')))
except Exception as ex:
    print("int('0bX34aJ6')", type(ex).__name__, ex)
try:
    print("int('0bX34aJ6', 0)", repr(int('0bX34aJ6', 0)))
except Exception as ex:
    print("int('0bX34aJ6', 0)", type(ex).__name__, ex)
try:
    print("int('0bX34aJ6', 16)", repr(int('0bX34aJ6', 16)))
except Exception as ex:
    print("int('0bX34aJ6', 16)", type(ex).__name__, ex)
try:
    print("float('0bX34aJ6')", repr(float('0bX34aJ6')))
except Exception as ex:
    print("float('0bX34aJ6')", type(ex).__name__, ex)
try:
    print("complex('0bX34aJ6')", repr(complex('0bX34aJ6')))
except Exception as ex:
    print("complex('0bX34aJ6')", type(ex).__name__, ex)
try:
    print("float.fromhex('0bX34aJ6')", repr(float.fromhex('0bX34aJ6')))
except Exception as ex:
    print("float.fromhex('0bX34aJ6')", type(ex).__name__, ex)
try:
    print("int('0oefO+bAinf')", repr(int('0oefO+bAinf')))
except Exception as ex:
    print("int('0oefO+bAinf')", type(ex).__name__, ex)
try:
    print("int('0oefO+bAinf', 0)", repr(int('0oefO+bAinf', 0)))
except Exception as ex:
    print("int('0oefO+bAinf', 0)", type(ex).__name__, ex)
try:
    print("int('0oefO+bAinf', 7)", repr(int('0oefO+bAinf', 7)))
except Exception as ex:
    print("int('0oefO+bAinf', 7)", type(ex).__name__, ex)
try:
    print("float('0oefO+bAinf')", repr(float('0oefO+bAinf')))
except Exception as ex:
    print("float('0oefO+bAinf')", type(ex).__name__, ex)
try:
    print("complex('0oefO+bAinf')", repr(complex('0oefO+bAinf')))
except Exception as ex:
    print("complex('0oefO+bAinf')", type(ex).__name__, ex)
try:
    print("float.fromhex('0oefO+bAinf')", repr(float.fromhex('0oefO+bAinf')))
except Exception as ex:
    print("float.fromhex('0oefO+bAinf')", type(ex).__name__, ex)
try:
    print("int('eE+bXbN.')", repr(int('eE+bXbN.')))
except Exception as ex:
    print("int('eE+bXbN.')", type(ex).__name__, ex)
try:
    print("int('eE+bXbN.', 0)", repr(int('eE+bXbN.', 0)))
except Exception as ex:
    print("int('eE+bXbN.', 0)", type(ex).__name__, ex)
try:
    print("int('eE+bXbN.', 36)", repr(int('eE+bXbN.', 36)))
except Exception as ex:
    print("int('eE+bXbN.', 36)", type(ex).__name__, ex)
try:
    print("float('eE+bXbN.')", repr(float('eE+bXbN.')))
except Exception as ex:
    print("float('eE+bXbN.')", type(ex).__name__, ex)
try:
    print("complex('eE+bXbN.')", repr(complex('eE+bXbN.')))
except Exception as ex:
    print("complex('eE+bXbN.')", type(ex).__name__, ex)
try:
    print("float.fromhex('eE+bXbN.')", repr(float.fromhex('eE+bXbN.')))
except Exception as ex:
    print("float.fromhex('eE+bXbN.')", type(ex).__name__, ex)
try:
    print("int('JFinf')", repr(int('JFinf')))
except Exception as ex:
    print("int('JFinf')", type(ex).__name__, ex)
try:
    print("int('JFinf', 0)", repr(int('JFinf', 0)))
except Exception as ex:
    print("int('JFinf', 0)", type(ex).__name__, ex)
try:
    print("int('JFinf', 8)", repr(int('JFinf', 8)))
except Exception as ex:
    print("int('JFinf', 8)", type(ex).__name__, ex)
try:
    print("float('JFinf')", repr(float('JFinf')))
except Exception as ex:
    print("float('JFinf')", type(ex).__name__, ex)
try:
    print("complex('JFinf')", repr(complex('JFinf')))
except Exception as ex:
    print("complex('JFinf')", type(ex).__name__, ex)
try:
    print("float.fromhex('JFinf')", repr(float.fromhex('JFinf')))
except Exception as ex:
    print("float.fromhex('JFinf')", type(ex).__name__, ex)
try:
    print("int('4\\t2I-N4')", repr(int('4\t2I-N4')))
except Exception as ex:
    print("int('4\\t2I-N4')", type(ex).__name__, ex)
try:
    print("int('4\\t2I-N4', 0)", repr(int('4\t2I-N4', 0)))
except Exception as ex:
    print("int('4\\t2I-N4', 0)", type(ex).__name__, ex)
try:
    print("int('4\\t2I-N4', 36)", repr(int('4\t2I-N4', 36)))
except Exception as ex:
    print("int('4\\t2I-N4', 36)", type(ex).__name__, ex)
try:
    print("float('4\\t2I-N4')", repr(float('4\t2I-N4')))
except Exception as ex:
    print("float('4\\t2I-N4')", type(ex).__name__, ex)
try:
    print("complex('4\\t2I-N4')", repr(complex('4\t2I-N4')))
except Exception as ex:
    print("complex('4\\t2I-N4')", type(ex).__name__, ex)
try:
    print("float.fromhex('4\\t2I-N4')", repr(float.fromhex('4\t2I-N4')))
except Exception as ex:
    print("float.fromhex('4\\t2I-N4')", type(ex).__name__, ex)
try:
    print("int('8_+Af8x6')", repr(int('8_+Af8x6')))
except Exception as ex:
    print("int('8_+Af8x6')", type(ex).__name__, ex)
try:
    print("int('8_+Af8x6', 0)", repr(int('8_+Af8x6', 0)))
except Exception as ex:
    print("int('8_+Af8x6', 0)", type(ex).__name__, ex)
try:
    print("int('8_+Af8x6', 36)", repr(int('8_+Af8x6', 36)))
except Exception as ex:
    print("int('8_+Af8x6', 36)", type(ex).__name__, ex)
try:
    print("float('8_+Af8x6')", repr(float('8_+Af8x6')))
except Exception as ex:
    print("float('8_+Af8x6')", type(ex).__name__, ex)
try:
    print("complex('8_+Af8x6')", repr(complex('8_+Af8x6')))
except Exception as ex:
    print("complex('8_+Af8x6')", type(ex).__name__, ex)
try:
    print("float.fromhex('8_+Af8x6')", repr(float.fromhex('8_+Af8x6')))
except Exception as ex:
    print("float.fromhex('8_+Af8x6')", type(ex).__name__, ex)
try:
    print("int('-BeXA')", repr(int('-BeXA')))
except Exception as ex:
    print("int('-BeXA')", type(ex).__name__, ex)
try:
    print("int('-BeXA', 0)", repr(int('-BeXA', 0)))
except Exception as ex:
    print("int('-BeXA', 0)", type(ex).__name__, ex)
try:
    print("int('-BeXA', 36)", repr(int('-BeXA', 36)))
except Exception as ex:
    print("int('-BeXA', 36)", type(ex).__name__, ex)
try:
    print("float('-BeXA')", repr(float('-BeXA')))
except Exception as ex:
    print("float('-BeXA')", type(ex).__name__, ex)
try:
    print("complex('-BeXA')", repr(complex('-BeXA')))
except Exception as ex:
    print("complex('-BeXA')", type(ex).__name__, ex)
try:
    print("float.fromhex('-BeXA')", repr(float.fromhex('-BeXA')))
except Exception as ex:
    print("float.fromhex('-BeXA')", type(ex).__name__, ex)
try:
    print("int('3nnOn8_1')", repr(int('3nnOn8_1')))
except Exception as ex:
    print("int('3nnOn8_1')", type(ex).__name__, ex)
try:
    print("int('3nnOn8_1', 0)", repr(int('3nnOn8_1', 0)))
except Exception as ex:
    print("int('3nnOn8_1', 0)", type(ex).__name__, ex)
try:
    print("int('3nnOn8_1', 7)", repr(int('3nnOn8_1', 7)))
except Exception as ex:
    print("int('3nnOn8_1', 7)", type(ex).__name__, ex)
try:
    print("float('3nnOn8_1')", repr(float('3nnOn8_1')))
except Exception as ex:
    print("float('3nnOn8_1')", type(ex).__name__, ex)
try:
    print("complex('3nnOn8_1')", repr(complex('3nnOn8_1')))
except Exception as ex:
    print("complex('3nnOn8_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('3nnOn8_1')", repr(float.fromhex('3nnOn8_1')))
except Exception as ex:
    print("float.fromhex('3nnOn8_1')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 36)", repr(int('', 36)))
except Exception as ex:
    print("int('', 36)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('0o0.. B2')", repr(int('0o0.. B2')))
except Exception as ex:
    print("int('0o0.. B2')", type(ex).__name__, ex)
try:
    print("int('0o0.. B2', 0)", repr(int('0o0.. B2', 0)))
except Exception as ex:
    print("int('0o0.. B2', 0)", type(ex).__name__, ex)
try:
    print("int('0o0.. B2', 2)", repr(int('0o0.. B2', 2)))
except Exception as ex:
    print("int('0o0.. B2', 2)", type(ex).__name__, ex)
try:
    print("float('0o0.. B2')", repr(float('0o0.. B2')))
except Exception as ex:
    print("float('0o0.. B2')", type(ex).__name__, ex)
try:
    print("complex('0o0.. B2')", repr(complex('0o0.. B2')))
except Exception as ex:
    print("complex('0o0.. B2')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o0.. B2')", repr(float.fromhex('0o0.. B2')))
except Exception as ex:
    print("float.fromhex('0o0.. B2')", type(ex).__name__, ex)
try:
    print("int('+5_I41Einf')", repr(int('+5_I41Einf')))
except Exception as ex:
    print("int('+5_I41Einf')", type(ex).__name__, ex)
try:
    print("int('+5_I41Einf', 0)", repr(int('+5_I41Einf', 0)))
except Exception as ex:
    print("int('+5_I41Einf', 0)", type(ex).__name__, ex)
try:
    print("int('+5_I41Einf', 36)", repr(int('+5_I41Einf', 36)))
except Exception as ex:
    print("int('+5_I41Einf', 36)", type(ex).__name__, ex)
try:
    print("float('+5_I41Einf')", repr(float('+5_I41Einf')))
except Exception as ex:
    print("float('+5_I41Einf')", type(ex).__name__, ex)
try:
    print("complex('+5_I41Einf')", repr(complex('+5_I41Einf')))
except Exception as ex:
    print("complex('+5_I41Einf')", type(ex).__name__, ex)
try:
    print("float.fromhex('+5_I41Einf')", repr(float.fromhex('+5_I41Einf')))
except Exception as ex:
    print("float.fromhex('+5_I41Einf')", type(ex).__name__, ex)
try:
    print("int('-XB967j')", repr(int('-XB967j')))
except Exception as ex:
    print("int('-XB967j')", type(ex).__name__, ex)
try:
    print("int('-XB967j', 0)", repr(int('-XB967j', 0)))
except Exception as ex:
    print("int('-XB967j', 0)", type(ex).__name__, ex)
try:
    print("int('-XB967j', 8)", repr(int('-XB967j', 8)))
except Exception as ex:
    print("int('-XB967j', 8)", type(ex).__name__, ex)
try:
    print("float('-XB967j')", repr(float('-XB967j')))
except Exception as ex:
    print("float('-XB967j')", type(ex).__name__, ex)
try:
    print("complex('-XB967j')", repr(complex('-XB967j')))
except Exception as ex:
    print("complex('-XB967j')", type(ex).__name__, ex)
try:
    print("float.fromhex('-XB967j')", repr(float.fromhex('-XB967j')))
except Exception as ex:
    print("float.fromhex('-XB967j')", type(ex).__name__, ex)
try:
    print("int('0o--jB')", repr(int('0o--jB')))
except Exception as ex:
    print("int('0o--jB')", type(ex).__name__, ex)
try:
    print("int('0o--jB', 0)", repr(int('0o--jB', 0)))
except Exception as ex:
    print("int('0o--jB', 0)", type(ex).__name__, ex)
try:
    print("int('0o--jB', 36)", repr(int('0o--jB', 36)))
except Exception as ex:
    print("int('0o--jB', 36)", type(ex).__name__, ex)
try:
    print("float('0o--jB')", repr(float('0o--jB')))
except Exception as ex:
    print("float('0o--jB')", type(ex).__name__, ex)
try:
    print("complex('0o--jB')", repr(complex('0o--jB')))
except Exception as ex:
    print("complex('0o--jB')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o--jB')", repr(float.fromhex('0o--jB')))
except Exception as ex:
    print("float.fromhex('0o--jB')", type(ex).__name__, ex)
try:
    print("int('0b')", repr(int('0b')))
except Exception as ex:
    print("int('0b')", type(ex).__name__, ex)
try:
    print("int('0b', 0)", repr(int('0b', 0)))
except Exception as ex:
    print("int('0b', 0)", type(ex).__name__, ex)
try:
    print("int('0b', 36)", repr(int('0b', 36)))
except Exception as ex:
    print("int('0b', 36)", type(ex).__name__, ex)
try:
    print("float('0b')", repr(float('0b')))
except Exception as ex:
    print("float('0b')", type(ex).__name__, ex)
try:
    print("complex('0b')", repr(complex('0b')))
except Exception as ex:
    print("complex('0b')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b')", repr(float.fromhex('0b')))
except Exception as ex:
    print("float.fromhex('0b')", type(ex).__name__, ex)
try:
    print("int('-1B')", repr(int('-1B')))
except Exception as ex:
    print("int('-1B')", type(ex).__name__, ex)
try:
    print("int('-1B', 0)", repr(int('-1B', 0)))
except Exception as ex:
    print("int('-1B', 0)", type(ex).__name__, ex)
try:
    print("int('-1B', 36)", repr(int('-1B', 36)))
except Exception as ex:
    print("int('-1B', 36)", type(ex).__name__, ex)
try:
    print("float('-1B')", repr(float('-1B')))
except Exception as ex:
    print("float('-1B')", type(ex).__name__, ex)
try:
    print("complex('-1B')", repr(complex('-1B')))
except Exception as ex:
    print("complex('-1B')", type(ex).__name__, ex)
try:
    print("float.fromhex('-1B')", repr(float.fromhex('-1B')))
except Exception as ex:
    print("float.fromhex('-1B')", type(ex).__name__, ex)
try:
    print("int('xb')", repr(int('xb')))
except Exception as ex:
    print("int('xb')", type(ex).__name__, ex)
try:
    print("int('xb', 0)", repr(int('xb', 0)))
except Exception as ex:
    print("int('xb', 0)", type(ex).__name__, ex)
try:
    print("int('xb', 36)", repr(int('xb', 36)))
except Exception as ex:
    print("int('xb', 36)", type(ex).__name__, ex)
try:
    print("float('xb')", repr(float('xb')))
except Exception as ex:
    print("float('xb')", type(ex).__name__, ex)
try:
    print("complex('xb')", repr(complex('xb')))
except Exception as ex:
    print("complex('xb')", type(ex).__name__, ex)
try:
    print("float.fromhex('xb')", repr(float.fromhex('xb')))
except Exception as ex:
    print("float.fromhex('xb')", type(ex).__name__, ex)
try:
    print("int('A-')", repr(int('A-')))
except Exception as ex:
    print("int('A-')", type(ex).__name__, ex)
try:
    print("int('A-', 0)", repr(int('A-', 0)))
except Exception as ex:
    print("int('A-', 0)", type(ex).__name__, ex)
try:
    print("int('A-', 7)", repr(int('A-', 7)))
except Exception as ex:
    print("int('A-', 7)", type(ex).__name__, ex)
try:
    print("float('A-')", repr(float('A-')))
except Exception as ex:
    print("float('A-')", type(ex).__name__, ex)
try:
    print("complex('A-')", repr(complex('A-')))
except Exception as ex:
    print("complex('A-')", type(ex).__name__, ex)
try:
    print("float.fromhex('A-')", repr(float.fromhex('A-')))
except Exception as ex:
    print("float.fromhex('A-')", type(ex).__name__, ex)
try:
    print("int('9njn')", repr(int('9njn')))
except Exception as ex:
    print("int('9njn')", type(ex).__name__, ex)
try:
    print("int('9njn', 0)", repr(int('9njn', 0)))
except Exception as ex:
    print("int('9njn', 0)", type(ex).__name__, ex)
try:
    print("int('9njn', 36)", repr(int('9njn', 36)))
except Exception as ex:
    print("int('9njn', 36)", type(ex).__name__, ex)
try:
    print("float('9njn')", repr(float('9njn')))
except Exception as ex:
    print("float('9njn')", type(ex).__name__, ex)
try:
    print("complex('9njn')", repr(complex('9njn')))
except Exception as ex:
    print("complex('9njn')", type(ex).__name__, ex)
try:
    print("float.fromhex('9njn')", repr(float.fromhex('9njn')))
except Exception as ex:
    print("float.fromhex('9njn')", type(ex).__name__, ex)
try:
    print("int('ae5')", repr(int('ae5')))
except Exception as ex:
    print("int('ae5')", type(ex).__name__, ex)
try:
    print("int('ae5', 0)", repr(int('ae5', 0)))
except Exception as ex:
    print("int('ae5', 0)", type(ex).__name__, ex)
try:
    print("int('ae5', 8)", repr(int('ae5', 8)))
except Exception as ex:
    print("int('ae5', 8)", type(ex).__name__, ex)
try:
    print("float('ae5')", repr(float('ae5')))
except Exception as ex:
    print("float('ae5')", type(ex).__name__, ex)
try:
    print("complex('ae5')", repr(complex('ae5')))
except Exception as ex:
    print("complex('ae5')", type(ex).__name__, ex)
try:
    print("float.fromhex('ae5')", repr(float.fromhex('ae5')))
except Exception as ex:
    print("float.fromhex('ae5')", type(ex).__name__, ex)
try:
    print("int('AxEOE_x')", repr(int('AxEOE_x')))
except Exception as ex:
    print("int('AxEOE_x')", type(ex).__name__, ex)
try:
    print("int('AxEOE_x', 0)", repr(int('AxEOE_x', 0)))
except Exception as ex:
    print("int('AxEOE_x', 0)", type(ex).__name__, ex)
try:
    print("int('AxEOE_x', 16)", repr(int('AxEOE_x', 16)))
except Exception as ex:
    print("int('AxEOE_x', 16)", type(ex).__name__, ex)
try:
    print("float('AxEOE_x')", repr(float('AxEOE_x')))
except Exception as ex:
    print("float('AxEOE_x')", type(ex).__name__, ex)
try:
    print("complex('AxEOE_x')", repr(complex('AxEOE_x')))
except Exception as ex:
    print("complex('AxEOE_x')", type(ex).__name__, ex)
try:
    print("float.fromhex('AxEOE_x')", repr(float.fromhex('AxEOE_x')))
except Exception as ex:
    print("float.fromhex('AxEOE_x')", type(ex).__name__, ex)
try:
    print("int('E0Jo.')", repr(int('E0Jo.')))
except Exception as ex:
    print("int('E0Jo.')", type(ex).__name__, ex)
try:
    print("int('E0Jo.', 0)", repr(int('E0Jo.', 0)))
except Exception as ex:
    print("int('E0Jo.', 0)", type(ex).__name__, ex)
try:
    print("int('E0Jo.', 7)", repr(int('E0Jo.', 7)))
except Exception as ex:
    print("int('E0Jo.', 7)", type(ex).__name__, ex)
try:
    print("float('E0Jo.')", repr(float('E0Jo.')))
except Exception as ex:
    print("float('E0Jo.')", type(ex).__name__, ex)
try:
    print("complex('E0Jo.')", repr(complex('E0Jo.')))
except Exception as ex:
    print("complex('E0Jo.')", type(ex).__name__, ex)
try:
    print("float.fromhex('E0Jo.')", repr(float.fromhex('E0Jo.')))
except Exception as ex:
    print("float.fromhex('E0Jo.')", type(ex).__name__, ex)
try:
    print("int('0b0A1')", repr(int('0b0A1')))
except Exception as ex:
    print("int('0b0A1')", type(ex).__name__, ex)
try:
    print("int('0b0A1', 0)", repr(int('0b0A1', 0)))
except Exception as ex:
    print("int('0b0A1', 0)", type(ex).__name__, ex)
try:
    print("int('0b0A1', 16)", repr(int('0b0A1', 16)))
except Exception as ex:
    print("int('0b0A1', 16)", type(ex).__name__, ex)
try:
    print("float('0b0A1')", repr(float('0b0A1')))
except Exception as ex:
    print("float('0b0A1')", type(ex).__name__, ex)
try:
    print("complex('0b0A1')", repr(complex('0b0A1')))
except Exception as ex:
    print("complex('0b0A1')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b0A1')", repr(float.fromhex('0b0A1')))
except Exception as ex:
    print("float.fromhex('0b0A1')", type(ex).__name__, ex)
try:
    print("int('0oB')", repr(int('0oB')))
except Exception as ex:
    print("int('0oB')", type(ex).__name__, ex)
try:
    print("int('0oB', 0)", repr(int('0oB', 0)))
except Exception as ex:
    print("int('0oB', 0)", type(ex).__name__, ex)
try:
    print("int('0oB', 7)", repr(int('0oB', 7)))
except Exception as ex:
    print("int('0oB', 7)", type(ex).__name__, ex)
try:
    print("float('0oB')", repr(float('0oB')))
except Exception as ex:
    print("float('0oB')", type(ex).__name__, ex)
try:
    print("complex('0oB')", repr(complex('0oB')))
except Exception as ex:
    print("complex('0oB')", type(ex).__name__, ex)
try:
    print("float.fromhex('0oB')", repr(float.fromhex('0oB')))
except Exception as ex:
    print("float.fromhex('0oB')", type(ex).__name__, ex)
try:
    print("int('0x_0j')", repr(int('0x_0j')))
except Exception as ex:
    print("int('0x_0j')", type(ex).__name__, ex)
try:
    print("int('0x_0j', 0)", repr(int('0x_0j', 0)))
except Exception as ex:
    print("int('0x_0j', 0)", type(ex).__name__, ex)
try:
    print("int('0x_0j', 36)", repr(int('0x_0j', 36)))
except Exception as ex:
    print("int('0x_0j', 36)", type(ex).__name__, ex)
try:
    print("float('0x_0j')", repr(float('0x_0j')))
except Exception as ex:
    print("float('0x_0j')", type(ex).__name__, ex)
try:
    print("complex('0x_0j')", repr(complex('0x_0j')))
except Exception as ex:
    print("complex('0x_0j')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x_0j')", repr(float.fromhex('0x_0j')))
except Exception as ex:
    print("float.fromhex('0x_0j')", type(ex).__name__, ex)
try:
    print("int(' +8+16OI')", repr(int(' +8+16OI')))
except Exception as ex:
    print("int(' +8+16OI')", type(ex).__name__, ex)
try:
    print("int(' +8+16OI', 0)", repr(int(' +8+16OI', 0)))
except Exception as ex:
    print("int(' +8+16OI', 0)", type(ex).__name__, ex)
try:
    print("int(' +8+16OI', 2)", repr(int(' +8+16OI', 2)))
except Exception as ex:
    print("int(' +8+16OI', 2)", type(ex).__name__, ex)
try:
    print("float(' +8+16OI')", repr(float(' +8+16OI')))
except Exception as ex:
    print("float(' +8+16OI')", type(ex).__name__, ex)
try:
    print("complex(' +8+16OI')", repr(complex(' +8+16OI')))
except Exception as ex:
    print("complex(' +8+16OI')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +8+16OI')", repr(float.fromhex(' +8+16OI')))
except Exception as ex:
    print("float.fromhex(' +8+16OI')", type(ex).__name__, ex)
try:
    print("int('F33')", repr(int('F33')))
except Exception as ex:
    print("int('F33')", type(ex).__name__, ex)
try:
    print("int('F33', 0)", repr(int('F33', 0)))
except Exception as ex:
    print("int('F33', 0)", type(ex).__name__, ex)
try:
    print("int('F33', 8)", repr(int('F33', 8)))
except Exception as ex:
    print("int('F33', 8)", type(ex).__name__, ex)
try:
    print("float('F33')", repr(float('F33')))
except Exception as ex:
    print("float('F33')", type(ex).__name__, ex)
try:
    print("complex('F33')", repr(complex('F33')))
except Exception as ex:
    print("complex('F33')", type(ex).__name__, ex)
try:
    print("float.fromhex('F33')", repr(float.fromhex('F33')))
except Exception as ex:
    print("float.fromhex('F33')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 16)", repr(int('', 16)))
except Exception as ex:
    print("int('', 16)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('0oBe inf')", repr(int('0oBe inf')))
except Exception as ex:
    print("int('0oBe inf')", type(ex).__name__, ex)
try:
    print("int('0oBe inf', 0)", repr(int('0oBe inf', 0)))
except Exception as ex:
    print("int('0oBe inf', 0)", type(ex).__name__, ex)
try:
    print("int('0oBe inf', 16)", repr(int('0oBe inf', 16)))
except Exception as ex:
    print("int('0oBe inf', 16)", type(ex).__name__, ex)
try:
    print("float('0oBe inf')", repr(float('0oBe inf')))
except Exception as ex:
    print("float('0oBe inf')", type(ex).__name__, ex)
try:
    print("complex('0oBe inf')", repr(complex('0oBe inf')))
except Exception as ex:
    print("complex('0oBe inf')", type(ex).__name__, ex)
try:
    print("float.fromhex('0oBe inf')", repr(float.fromhex('0oBe inf')))
except Exception as ex:
    print("float.fromhex('0oBe inf')", type(ex).__name__, ex)
try:
    print("int('\\tBOBBIO2')", repr(int('\tBOBBIO2')))
except Exception as ex:
    print("int('\\tBOBBIO2')", type(ex).__name__, ex)
try:
    print("int('\\tBOBBIO2', 0)", repr(int('\tBOBBIO2', 0)))
except Exception as ex:
    print("int('\\tBOBBIO2', 0)", type(ex).__name__, ex)
try:
    print("int('\\tBOBBIO2', 16)", repr(int('\tBOBBIO2', 16)))
except Exception as ex:
    print("int('\\tBOBBIO2', 16)", type(ex).__name__, ex)
try:
    print("float('\\tBOBBIO2')", repr(float('\tBOBBIO2')))
except Exception as ex:
    print("float('\\tBOBBIO2')", type(ex).__name__, ex)
try:
    print("complex('\\tBOBBIO2')", repr(complex('\tBOBBIO2')))
except Exception as ex:
    print("complex('\\tBOBBIO2')", type(ex).__name__, ex)
try:
    print("float.fromhex('\\tBOBBIO2')", repr(float.fromhex('\tBOBBIO2')))
except Exception as ex:
    print("float.fromhex('\\tBOBBIO2')", type(ex).__name__, ex)
try:
    print("int('B2i5O')", repr(int('B2i5O')))
except Exception as ex:
    print("int('B2i5O')", type(ex).__name__, ex)
try:
    print("int('B2i5O', 0)", repr(int('B2i5O', 0)))
except Exception as ex:
    print("int('B2i5O', 0)", type(ex).__name__, ex)
try:
    print("int('B2i5O', 7)", repr(int('B2i5O', 7)))
except Exception as ex:
    print("int('B2i5O', 7)", type(ex).__name__, ex)
try:
    print("float('B2i5O')", repr(float('B2i5O')))
except Exception as ex:
    print("float('B2i5O')", type(ex).__name__, ex)
try:
    print("complex('B2i5O')", repr(complex('B2i5O')))
except Exception as ex:
    print("complex('B2i5O')", type(ex).__name__, ex)
try:
    print("float.fromhex('B2i5O')", repr(float.fromhex('B2i5O')))
except Exception as ex:
    print("float.fromhex('B2i5O')", type(ex).__name__, ex)
try:
    print("int('Bex99')", repr(int('Bex99')))
except Exception as ex:
    print("int('Bex99')", type(ex).__name__, ex)
try:
    print("int('Bex99', 0)", repr(int('Bex99', 0)))
except Exception as ex:
    print("int('Bex99', 0)", type(ex).__name__, ex)
try:
    print("int('Bex99', 2)", repr(int('Bex99', 2)))
except Exception as ex:
    print("int('Bex99', 2)", type(ex).__name__, ex)
try:
    print("float('Bex99')", repr(float('Bex99')))
except Exception as ex:
    print("float('Bex99')", type(ex).__name__, ex)
try:
    print("complex('Bex99')", repr(complex('Bex99')))
except Exception as ex:
    print("complex('Bex99')", type(ex).__name__, ex)
try:
    print("float.fromhex('Bex99')", repr(float.fromhex('Bex99')))
except Exception as ex:
    print("float.fromhex('Bex99')", type(ex).__name__, ex)
try:
    print("int('BOx6')", repr(int('BOx6')))
except Exception as ex:
    print("int('BOx6')", type(ex).__name__, ex)
try:
    print("int('BOx6', 0)", repr(int('BOx6', 0)))
except Exception as ex:
    print("int('BOx6', 0)", type(ex).__name__, ex)
try:
    print("int('BOx6', 36)", repr(int('BOx6', 36)))
except Exception as ex:
    print("int('BOx6', 36)", type(ex).__name__, ex)
try:
    print("float('BOx6')", repr(float('BOx6')))
except Exception as ex:
    print("float('BOx6')", type(ex).__name__, ex)
try:
    print("complex('BOx6')", repr(complex('BOx6')))
except Exception as ex:
    print("complex('BOx6')", type(ex).__name__, ex)
try:
    print("float.fromhex('BOx6')", repr(float.fromhex('BOx6')))
except Exception as ex:
    print("float.fromhex('BOx6')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 2)", repr(int('', 2)))
except Exception as ex:
    print("int('', 2)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 16)", repr(int('', 16)))
except Exception as ex:
    print("int('', 16)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('5+ i9AeO')", repr(int('5+ i9AeO')))
except Exception as ex:
    print("int('5+ i9AeO')", type(ex).__name__, ex)
try:
    print("int('5+ i9AeO', 0)", repr(int('5+ i9AeO', 0)))
except Exception as ex:
    print("int('5+ i9AeO', 0)", type(ex).__name__, ex)
try:
    print("int('5+ i9AeO', 36)", repr(int('5+ i9AeO', 36)))
except Exception as ex:
    print("int('5+ i9AeO', 36)", type(ex).__name__, ex)
try:
    print("float('5+ i9AeO')", repr(float('5+ i9AeO')))
except Exception as ex:
    print("float('5+ i9AeO')", type(ex).__name__, ex)
try:
    print("complex('5+ i9AeO')", repr(complex('5+ i9AeO')))
except Exception as ex:
    print("complex('5+ i9AeO')", type(ex).__name__, ex)
try:
    print("float.fromhex('5+ i9AeO')", repr(float.fromhex('5+ i9AeO')))
except Exception as ex:
    print("float.fromhex('5+ i9AeO')", type(ex).__name__, ex)
try:
    print("int('28')", repr(int('28')))
except Exception as ex:
    print("int('28')", type(ex).__name__, ex)
try:
    print("int('28', 0)", repr(int('28', 0)))
except Exception as ex:
    print("int('28', 0)", type(ex).__name__, ex)
try:
    print("int('28', 7)", repr(int('28', 7)))
except Exception as ex:
    print("int('28', 7)", type(ex).__name__, ex)
try:
    print("float('28')", repr(float('28')))
except Exception as ex:
    print("float('28')", type(ex).__name__, ex)
try:
    print("complex('28')", repr(complex('28')))
except Exception as ex:
    print("complex('28')", type(ex).__name__, ex)
try:
    print("float.fromhex('28')", repr(float.fromhex('28')))
except Exception as ex:
    print("float.fromhex('28')", type(ex).__name__, ex)
try:
    print("int(' +7.8EE')", repr(int(' +7.8EE')))
except Exception as ex:
    print("int(' +7.8EE')", type(ex).__name__, ex)
try:
    print("int(' +7.8EE', 0)", repr(int(' +7.8EE', 0)))
except Exception as ex:
    print("int(' +7.8EE', 0)", type(ex).__name__, ex)
try:
    print("int(' +7.8EE', 2)", repr(int(' +7.8EE', 2)))
except Exception as ex:
    print("int(' +7.8EE', 2)", type(ex).__name__, ex)
try:
    print("float(' +7.8EE')", repr(float(' +7.8EE')))
except Exception as ex:
    print("float(' +7.8EE')", type(ex).__name__, ex)
try:
    print("complex(' +7.8EE')", repr(complex(' +7.8EE')))
except Exception as ex:
    print("complex(' +7.8EE')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +7.8EE')", repr(float.fromhex(' +7.8EE')))
except Exception as ex:
    print("float.fromhex(' +7.8EE')", type(ex).__name__, ex)
try:
    print("int('B4F+Io9E')", repr(int('B4F+Io9E')))
except Exception as ex:
    print("int('B4F+Io9E')", type(ex).__name__, ex)
try:
    print("int('B4F+Io9E', 0)", repr(int('B4F+Io9E', 0)))
except Exception as ex:
    print("int('B4F+Io9E', 0)", type(ex).__name__, ex)
try:
    print("int('B4F+Io9E', 2)", repr(int('B4F+Io9E', 2)))
except Exception as ex:
    print("int('B4F+Io9E', 2)", type(ex).__name__, ex)
try:
    print("float('B4F+Io9E')", repr(float('B4F+Io9E')))
except Exception as ex:
    print("float('B4F+Io9E')", type(ex).__name__, ex)
try:
    print("complex('B4F+Io9E')", repr(complex('B4F+Io9E')))
except Exception as ex:
    print("complex('B4F+Io9E')", type(ex).__name__, ex)
try:
    print("float.fromhex('B4F+Io9E')", repr(float.fromhex('B4F+Io9E')))
except Exception as ex:
    print("float.fromhex('B4F+Io9E')", type(ex).__name__, ex)
try:
    print("int('JxF_E')", repr(int('JxF_E')))
except Exception as ex:
    print("int('JxF_E')", type(ex).__name__, ex)
try:
    print("int('JxF_E', 0)", repr(int('JxF_E', 0)))
except Exception as ex:
    print("int('JxF_E', 0)", type(ex).__name__, ex)
try:
    print("int('JxF_E', 7)", repr(int('JxF_E', 7)))
except Exception as ex:
    print("int('JxF_E', 7)", type(ex).__name__, ex)
try:
    print("float('JxF_E')", repr(float('JxF_E')))
except Exception as ex:
    print("float('JxF_E')", type(ex).__name__, ex)
try:
    print("complex('JxF_E')", repr(complex('JxF_E')))
except Exception as ex:
    print("complex('JxF_E')", type(ex).__name__, ex)
try:
    print("float.fromhex('JxF_E')", repr(float.fromhex('JxF_E')))
except Exception as ex:
    print("float.fromhex('JxF_E')", type(ex).__name__, ex)
try:
    print("int('f_b6')", repr(int('f_b6')))
except Exception as ex:
    print("int('f_b6')", type(ex).__name__, ex)
try:
    print("int('f_b6', 0)", repr(int('f_b6', 0)))
except Exception as ex:
    print("int('f_b6', 0)", type(ex).__name__, ex)
try:
    print("int('f_b6', 36)", repr(int('f_b6', 36)))
except Exception as ex:
    print("int('f_b6', 36)", type(ex).__name__, ex)
try:
    print("float('f_b6')", repr(float('f_b6')))
except Exception as ex:
    print("float('f_b6')", type(ex).__name__, ex)
try:
    print("complex('f_b6')", repr(complex('f_b6')))
except Exception as ex:
    print("complex('f_b6')", type(ex).__name__, ex)
try:
    print("float.fromhex('f_b6')", repr(float.fromhex('f_b6')))
except Exception as ex:
    print("float.fromhex('f_b6')", type(ex).__name__, ex)
try:
    print("int('0o78NbJ+')", repr(int('0o78NbJ+')))
except Exception as ex:
    print("int('0o78NbJ+')", type(ex).__name__, ex)
try:
    print("int('0o78NbJ+', 0)", repr(int('0o78NbJ+', 0)))
except Exception as ex:
    print("int('0o78NbJ+', 0)", type(ex).__name__, ex)
try:
    print("int('0o78NbJ+', 8)", repr(int('0o78NbJ+', 8)))
except Exception as ex:
    print("int('0o78NbJ+', 8)", type(ex).__name__, ex)
try:
    print("float('0o78NbJ+')", repr(float('0o78NbJ+')))
except Exception as ex:
    print("float('0o78NbJ+')", type(ex).__name__, ex)
try:
    print("complex('0o78NbJ+')", repr(complex('0o78NbJ+')))
except Exception as ex:
    print("complex('0o78NbJ+')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o78NbJ+')", repr(float.fromhex('0o78NbJ+')))
except Exception as ex:
    print("float.fromhex('0o78NbJ+')", type(ex).__name__, ex)
try:
    print("int('F1+F1')", repr(int('F1+F1')))
except Exception as ex:
    print("int('F1+F1')", type(ex).__name__, ex)
try:
    print("int('F1+F1', 0)", repr(int('F1+F1', 0)))
except Exception as ex:
    print("int('F1+F1', 0)", type(ex).__name__, ex)
try:
    print("int('F1+F1', 36)", repr(int('F1+F1', 36)))
except Exception as ex:
    print("int('F1+F1', 36)", type(ex).__name__, ex)
try:
    print("float('F1+F1')", repr(float('F1+F1')))
except Exception as ex:
    print("float('F1+F1')", type(ex).__name__, ex)
try:
    print("complex('F1+F1')", repr(complex('F1+F1')))
except Exception as ex:
    print("complex('F1+F1')", type(ex).__name__, ex)
try:
    print("float.fromhex('F1+F1')", repr(float.fromhex('F1+F1')))
except Exception as ex:
    print("float.fromhex('F1+F1')", type(ex).__name__, ex)
try:
    print("int('-JOB0n.+')", repr(int('-JOB0n.+')))
except Exception as ex:
    print("int('-JOB0n.+')", type(ex).__name__, ex)
try:
    print("int('-JOB0n.+', 0)", repr(int('-JOB0n.+', 0)))
except Exception as ex:
    print("int('-JOB0n.+', 0)", type(ex).__name__, ex)
try:
    print("int('-JOB0n.+', 16)", repr(int('-JOB0n.+', 16)))
except Exception as ex:
    print("int('-JOB0n.+', 16)", type(ex).__name__, ex)
try:
    print("float('-JOB0n.+')", repr(float('-JOB0n.+')))
except Exception as ex:
    print("float('-JOB0n.+')", type(ex).__name__, ex)
try:
    print("complex('-JOB0n.+')", repr(complex('-JOB0n.+')))
except Exception as ex:
    print("complex('-JOB0n.+')", type(ex).__name__, ex)
try:
    print("float.fromhex('-JOB0n.+')", repr(float.fromhex('-JOB0n.+')))
except Exception as ex:
    print("float.fromhex('-JOB0n.+')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 2)", repr(int('', 2)))
except Exception as ex:
    print("int('', 2)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('I806Xa-0')", repr(int('I806Xa-0')))
except Exception as ex:
    print("int('I806Xa-0')", type(ex).__name__, ex)
try:
    print("int('I806Xa-0', 0)", repr(int('I806Xa-0', 0)))
except Exception as ex:
    print("int('I806Xa-0', 0)", type(ex).__name__, ex)
try:
    print("int('I806Xa-0', 8)", repr(int('I806Xa-0', 8)))
except Exception as ex:
    print("int('I806Xa-0', 8)", type(ex).__name__, ex)
try:
    print("float('I806Xa-0')", repr(float('I806Xa-0')))
except Exception as ex:
    print("float('I806Xa-0')", type(ex).__name__, ex)
try:
    print("complex('I806Xa-0')", repr(complex('I806Xa-0')))
except Exception as ex:
    print("complex('I806Xa-0')", type(ex).__name__, ex)
try:
    print("float.fromhex('I806Xa-0')", repr(float.fromhex('I806Xa-0')))
except Exception as ex:
    print("float.fromhex('I806Xa-0')", type(ex).__name__, ex)
try:
    print("int('XJBN ')", repr(int('XJBN ')))
except Exception as ex:
    print("int('XJBN ')", type(ex).__name__, ex)
try:
    print("int('XJBN ', 0)", repr(int('XJBN ', 0)))
except Exception as ex:
    print("int('XJBN ', 0)", type(ex).__name__, ex)
try:
    print("int('XJBN ', 2)", repr(int('XJBN ', 2)))
except Exception as ex:
    print("int('XJBN ', 2)", type(ex).__name__, ex)
try:
    print("float('XJBN ')", repr(float('XJBN ')))
except Exception as ex:
    print("float('XJBN ')", type(ex).__name__, ex)
try:
    print("complex('XJBN ')", repr(complex('XJBN ')))
except Exception as ex:
    print("complex('XJBN ')", type(ex).__name__, ex)
try:
    print("float.fromhex('XJBN ')", repr(float.fromhex('XJBN ')))
except Exception as ex:
    print("float.fromhex('XJBN ')", type(ex).__name__, ex)
try:
    print("int('a1E')", repr(int('a1E')))
except Exception as ex:
    print("int('a1E')", type(ex).__name__, ex)
try:
    print("int('a1E', 0)", repr(int('a1E', 0)))
except Exception as ex:
    print("int('a1E', 0)", type(ex).__name__, ex)
try:
    print("int('a1E', 36)", repr(int('a1E', 36)))
except Exception as ex:
    print("int('a1E', 36)", type(ex).__name__, ex)
try:
    print("float('a1E')", repr(float('a1E')))
except Exception as ex:
    print("float('a1E')", type(ex).__name__, ex)
try:
    print("complex('a1E')", repr(complex('a1E')))
except Exception as ex:
    print("complex('a1E')", type(ex).__name__, ex)
try:
    print("float.fromhex('a1E')", repr(float.fromhex('a1E')))
except Exception as ex:
    print("float.fromhex('a1E')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 2)", repr(int('', 2)))
except Exception as ex:
    print("int('', 2)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int(' +Jj')", repr(int(' +Jj')))
except Exception as ex:
    print("int(' +Jj')", type(ex).__name__, ex)
try:
    print("int(' +Jj', 0)", repr(int(' +Jj', 0)))
except Exception as ex:
    print("int(' +Jj', 0)", type(ex).__name__, ex)
try:
    print("int(' +Jj', 2)", repr(int(' +Jj', 2)))
except Exception as ex:
    print("int(' +Jj', 2)", type(ex).__name__, ex)
try:
    print("float(' +Jj')", repr(float(' +Jj')))
except Exception as ex:
    print("float(' +Jj')", type(ex).__name__, ex)
try:
    print("complex(' +Jj')", repr(complex(' +Jj')))
except Exception as ex:
    print("complex(' +Jj')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +Jj')", repr(float.fromhex(' +Jj')))
except Exception as ex:
    print("float.fromhex(' +Jj')", type(ex).__name__, ex)
try:
    print("int('85bA5nan')", repr(int('85bA5nan')))
except Exception as ex:
    print("int('85bA5nan')", type(ex).__name__, ex)
try:
    print("int('85bA5nan', 0)", repr(int('85bA5nan', 0)))
except Exception as ex:
    print("int('85bA5nan', 0)", type(ex).__name__, ex)
try:
    print("int('85bA5nan', 36)", repr(int('85bA5nan', 36)))
except Exception as ex:
    print("int('85bA5nan', 36)", type(ex).__name__, ex)
try:
    print("float('85bA5nan')", repr(float('85bA5nan')))
except Exception as ex:
    print("float('85bA5nan')", type(ex).__name__, ex)
try:
    print("complex('85bA5nan')", repr(complex('85bA5nan')))
except Exception as ex:
    print("complex('85bA5nan')", type(ex).__name__, ex)
try:
    print("float.fromhex('85bA5nan')", repr(float.fromhex('85bA5nan')))
except Exception as ex:
    print("float.fromhex('85bA5nan')", type(ex).__name__, ex)
try:
    print("int('EeN')", repr(int('EeN')))
except Exception as ex:
    print("int('EeN')", type(ex).__name__, ex)
try:
    print("int('EeN', 0)", repr(int('EeN', 0)))
except Exception as ex:
    print("int('EeN', 0)", type(ex).__name__, ex)
try:
    print("int('EeN', 16)", repr(int('EeN', 16)))
except Exception as ex:
    print("int('EeN', 16)", type(ex).__name__, ex)
try:
    print("float('EeN')", repr(float('EeN')))
except Exception as ex:
    print("float('EeN')", type(ex).__name__, ex)
try:
    print("complex('EeN')", repr(complex('EeN')))
except Exception as ex:
    print("complex('EeN')", type(ex).__name__, ex)
try:
    print("float.fromhex('EeN')", repr(float.fromhex('EeN')))
except Exception as ex:
    print("float.fromhex('EeN')", type(ex).__name__, ex)
try:
    print("int('EnJi9\\t ')", repr(int('EnJi9\t ')))
except Exception as ex:
    print("int('EnJi9\\t ')", type(ex).__name__, ex)
try:
    print("int('EnJi9\\t ', 0)", repr(int('EnJi9\t ', 0)))
except Exception as ex:
    print("int('EnJi9\\t ', 0)", type(ex).__name__, ex)
try:
    print("int('EnJi9\\t ', 36)", repr(int('EnJi9\t ', 36)))
except Exception as ex:
    print("int('EnJi9\\t ', 36)", type(ex).__name__, ex)
try:
    print("float('EnJi9\\t ')", repr(float('EnJi9\t ')))
except Exception as ex:
    print("float('EnJi9\\t ')", type(ex).__name__, ex)
try:
    print("complex('EnJi9\\t ')", repr(complex('EnJi9\t ')))
except Exception as ex:
    print("complex('EnJi9\\t ')", type(ex).__name__, ex)
try:
    print("float.fromhex('EnJi9\\t ')", repr(float.fromhex('EnJi9\t ')))
except Exception as ex:
    print("float.fromhex('EnJi9\\t ')", type(ex).__name__, ex)
try:
    print("int('i E33B06_1')", repr(int('i E33B06_1')))
except Exception as ex:
    print("int('i E33B06_1')", type(ex).__name__, ex)
try:
    print("int('i E33B06_1', 0)", repr(int('i E33B06_1', 0)))
except Exception as ex:
    print("int('i E33B06_1', 0)", type(ex).__name__, ex)
try:
    print("int('i E33B06_1', 8)", repr(int('i E33B06_1', 8)))
except Exception as ex:
    print("int('i E33B06_1', 8)", type(ex).__name__, ex)
try:
    print("float('i E33B06_1')", repr(float('i E33B06_1')))
except Exception as ex:
    print("float('i E33B06_1')", type(ex).__name__, ex)
try:
    print("complex('i E33B06_1')", repr(complex('i E33B06_1')))
except Exception as ex:
    print("complex('i E33B06_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('i E33B06_1')", repr(float.fromhex('i E33B06_1')))
except Exception as ex:
    print("float.fromhex('i E33B06_1')", type(ex).__name__, ex)
try:
    print("int('B 61')", repr(int('B 61')))
except Exception as ex:
    print("int('B 61')", type(ex).__name__, ex)
try:
    print("int('B 61', 0)", repr(int('B 61', 0)))
except Exception as ex:
    print("int('B 61', 0)", type(ex).__name__, ex)
try:
    print("int('B 61', 36)", repr(int('B 61', 36)))
except Exception as ex:
    print("int('B 61', 36)", type(ex).__name__, ex)
try:
    print("float('B 61')", repr(float('B 61')))
except Exception as ex:
    print("float('B 61')", type(ex).__name__, ex)
try:
    print("complex('B 61')", repr(complex('B 61')))
except Exception as ex:
    print("complex('B 61')", type(ex).__name__, ex)
try:
    print("float.fromhex('B 61')", repr(float.fromhex('B 61')))
except Exception as ex:
    print("float.fromhex('B 61')", type(ex).__name__, ex)
try:
    print("int('xjbO6I7n')", repr(int('xjbO6I7n')))
except Exception as ex:
    print("int('xjbO6I7n')", type(ex).__name__, ex)
try:
    print("int('xjbO6I7n', 0)", repr(int('xjbO6I7n', 0)))
except Exception as ex:
    print("int('xjbO6I7n', 0)", type(ex).__name__, ex)
try:
    print("int('xjbO6I7n', 16)", repr(int('xjbO6I7n', 16)))
except Exception as ex:
    print("int('xjbO6I7n', 16)", type(ex).__name__, ex)
try:
    print("float('xjbO6I7n')", repr(float('xjbO6I7n')))
except Exception as ex:
    print("float('xjbO6I7n')", type(ex).__name__, ex)
try:
    print("complex('xjbO6I7n')", repr(complex('xjbO6I7n')))
except Exception as ex:
    print("complex('xjbO6I7n')", type(ex).__name__, ex)
try:
    print("float.fromhex('xjbO6I7n')", repr(float.fromhex('xjbO6I7n')))
except Exception as ex:
    print("float.fromhex('xjbO6I7n')", type(ex).__name__, ex)
try:
    print("int('n2F')", repr(int('n2F')))
except Exception as ex:
    print("int('n2F')", type(ex).__name__, ex)
try:
    print("int('n2F', 0)", repr(int('n2F', 0)))
except Exception as ex:
    print("int('n2F', 0)", type(ex).__name__, ex)
try:
    print("int('n2F', 8)", repr(int('n2F', 8)))
except Exception as ex:
    print("int('n2F', 8)", type(ex).__name__, ex)
try:
    print("float('n2F')", repr(float('n2F')))
except Exception as ex:
    print("float('n2F')", type(ex).__name__, ex)
try:
    print("complex('n2F')", repr(complex('n2F')))
except Exception as ex:
    print("complex('n2F')", type(ex).__name__, ex)
try:
    print("float.fromhex('n2F')", repr(float.fromhex('n2F')))
except Exception as ex:
    print("float.fromhex('n2F')", type(ex).__name__, ex)
try:
    print("int('-e5')", repr(int('-e5')))
except Exception as ex:
    print("int('-e5')", type(ex).__name__, ex)
try:
    print("int('-e5', 0)", repr(int('-e5', 0)))
except Exception as ex:
    print("int('-e5', 0)", type(ex).__name__, ex)
try:
    print("int('-e5', 8)", repr(int('-e5', 8)))
except Exception as ex:
    print("int('-e5', 8)", type(ex).__name__, ex)
try:
    print("float('-e5')", repr(float('-e5')))
except Exception as ex:
    print("float('-e5')", type(ex).__name__, ex)
try:
    print("complex('-e5')", repr(complex('-e5')))
except Exception as ex:
    print("complex('-e5')", type(ex).__name__, ex)
try:
    print("float.fromhex('-e5')", repr(float.fromhex('-e5')))
except Exception as ex:
    print("float.fromhex('-e5')", type(ex).__name__, ex)
try:
    print("int('_BJ6Xae5')", repr(int('_BJ6Xae5')))
except Exception as ex:
    print("int('_BJ6Xae5')", type(ex).__name__, ex)
try:
    print("int('_BJ6Xae5', 0)", repr(int('_BJ6Xae5', 0)))
except Exception as ex:
    print("int('_BJ6Xae5', 0)", type(ex).__name__, ex)
try:
    print("int('_BJ6Xae5', 2)", repr(int('_BJ6Xae5', 2)))
except Exception as ex:
    print("int('_BJ6Xae5', 2)", type(ex).__name__, ex)
try:
    print("float('_BJ6Xae5')", repr(float('_BJ6Xae5')))
except Exception as ex:
    print("float('_BJ6Xae5')", type(ex).__name__, ex)
try:
    print("complex('_BJ6Xae5')", repr(complex('_BJ6Xae5')))
except Exception as ex:
    print("complex('_BJ6Xae5')", type(ex).__name__, ex)
try:
    print("float.fromhex('_BJ6Xae5')", repr(float.fromhex('_BJ6Xae5')))
except Exception as ex:
    print("float.fromhex('_BJ6Xae5')", type(ex).__name__, ex)
try:
    print("int('5X\\t2X.')", repr(int('5X\t2X.')))
except Exception as ex:
    print("int('5X\\t2X.')", type(ex).__name__, ex)
try:
    print("int('5X\\t2X.', 0)", repr(int('5X\t2X.', 0)))
except Exception as ex:
    print("int('5X\\t2X.', 0)", type(ex).__name__, ex)
try:
    print("int('5X\\t2X.', 2)", repr(int('5X\t2X.', 2)))
except Exception as ex:
    print("int('5X\\t2X.', 2)", type(ex).__name__, ex)
try:
    print("float('5X\\t2X.')", repr(float('5X\t2X.')))
except Exception as ex:
    print("float('5X\\t2X.')", type(ex).__name__, ex)
try:
    print("complex('5X\\t2X.')", repr(complex('5X\t2X.')))
except Exception as ex:
    print("complex('5X\\t2X.')", type(ex).__name__, ex)
try:
    print("float.fromhex('5X\\t2X.')", repr(float.fromhex('5X\t2X.')))
except Exception as ex:
    print("float.fromhex('5X\\t2X.')", type(ex).__name__, ex)
try:
    print("int('BnJ+x_28')", repr(int('BnJ+x_28')))
except Exception as ex:
    print("int('BnJ+x_28')", type(ex).__name__, ex)
try:
    print("int('BnJ+x_28', 0)", repr(int('BnJ+x_28', 0)))
except Exception as ex:
    print("int('BnJ+x_28', 0)", type(ex).__name__, ex)
try:
    print("int('BnJ+x_28', 7)", repr(int('BnJ+x_28', 7)))
except Exception as ex:
    print("int('BnJ+x_28', 7)", type(ex).__name__, ex)
try:
    print("float('BnJ+x_28')", repr(float('BnJ+x_28')))
except Exception as ex:
    print("float('BnJ+x_28')", type(ex).__name__, ex)
try:
    print("complex('BnJ+x_28')", repr(complex('BnJ+x_28')))
except Exception as ex:
    print("complex('BnJ+x_28')", type(ex).__name__, ex)
try:
    print("float.fromhex('BnJ+x_28')", repr(float.fromhex('BnJ+x_28')))
except Exception as ex:
    print("float.fromhex('BnJ+x_28')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 16)", repr(int('', 16)))
except Exception as ex:
    print("int('', 16)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('nan')", repr(int('nan')))
except Exception as ex:
    print("int('nan')", type(ex).__name__, ex)
try:
    print("int('nan', 0)", repr(int('nan', 0)))
except Exception as ex:
    print("int('nan', 0)", type(ex).__name__, ex)
try:
    print("int('nan', 2)", repr(int('nan', 2)))
except Exception as ex:
    print("int('nan', 2)", type(ex).__name__, ex)
try:
    print("float('nan')", repr(float('nan')))
except Exception as ex:
    print("float('nan')", type(ex).__name__, ex)
try:
    print("complex('nan')", repr(complex('nan')))
except Exception as ex:
    print("complex('nan')", type(ex).__name__, ex)
try:
    print("float.fromhex('nan')", repr(float.fromhex('nan')))
except Exception as ex:
    print("float.fromhex('nan')", type(ex).__name__, ex)
try:
    print("int('OE')", repr(int('OE')))
except Exception as ex:
    print("int('OE')", type(ex).__name__, ex)
try:
    print("int('OE', 0)", repr(int('OE', 0)))
except Exception as ex:
    print("int('OE', 0)", type(ex).__name__, ex)
try:
    print("int('OE', 2)", repr(int('OE', 2)))
except Exception as ex:
    print("int('OE', 2)", type(ex).__name__, ex)
try:
    print("float('OE')", repr(float('OE')))
except Exception as ex:
    print("float('OE')", type(ex).__name__, ex)
try:
    print("complex('OE')", repr(complex('OE')))
except Exception as ex:
    print("complex('OE')", type(ex).__name__, ex)
try:
    print("float.fromhex('OE')", repr(float.fromhex('OE')))
except Exception as ex:
    print("float.fromhex('OE')", type(ex).__name__, ex)
try:
    print("int('e6O73ne5')", repr(int('e6O73ne5')))
except Exception as ex:
    print("int('e6O73ne5')", type(ex).__name__, ex)
try:
    print("int('e6O73ne5', 0)", repr(int('e6O73ne5', 0)))
except Exception as ex:
    print("int('e6O73ne5', 0)", type(ex).__name__, ex)
try:
    print("int('e6O73ne5', 36)", repr(int('e6O73ne5', 36)))
except Exception as ex:
    print("int('e6O73ne5', 36)", type(ex).__name__, ex)
try:
    print("float('e6O73ne5')", repr(float('e6O73ne5')))
except Exception as ex:
    print("float('e6O73ne5')", type(ex).__name__, ex)
try:
    print("complex('e6O73ne5')", repr(complex('e6O73ne5')))
except Exception as ex:
    print("complex('e6O73ne5')", type(ex).__name__, ex)
try:
    print("float.fromhex('e6O73ne5')", repr(float.fromhex('e6O73ne5')))
except Exception as ex:
    print("float.fromhex('e6O73ne5')", type(ex).__name__, ex)
try:
    print("int('0xJe5fE7.')", repr(int('0xJe5fE7.')))
except Exception as ex:
    print("int('0xJe5fE7.')", type(ex).__name__, ex)
try:
    print("int('0xJe5fE7.', 0)", repr(int('0xJe5fE7.', 0)))
except Exception as ex:
    print("int('0xJe5fE7.', 0)", type(ex).__name__, ex)
try:
    print("int('0xJe5fE7.', 7)", repr(int('0xJe5fE7.', 7)))
except Exception as ex:
    print("int('0xJe5fE7.', 7)", type(ex).__name__, ex)
try:
    print("float('0xJe5fE7.')", repr(float('0xJe5fE7.')))
except Exception as ex:
    print("float('0xJe5fE7.')", type(ex).__name__, ex)
try:
    print("complex('0xJe5fE7.')", repr(complex('0xJe5fE7.')))
except Exception as ex:
    print("complex('0xJe5fE7.')", type(ex).__name__, ex)
try:
    print("float.fromhex('0xJe5fE7.')", repr(float.fromhex('0xJe5fE7.')))
except Exception as ex:
    print("float.fromhex('0xJe5fE7.')", type(ex).__name__, ex)
try:
    print("int('5752J6Onan')", repr(int('5752J6Onan')))
except Exception as ex:
    print("int('5752J6Onan')", type(ex).__name__, ex)
try:
    print("int('5752J6Onan', 0)", repr(int('5752J6Onan', 0)))
except Exception as ex:
    print("int('5752J6Onan', 0)", type(ex).__name__, ex)
try:
    print("int('5752J6Onan', 7)", repr(int('5752J6Onan', 7)))
except Exception as ex:
    print("int('5752J6Onan', 7)", type(ex).__name__, ex)
try:
    print("float('5752J6Onan')", repr(float('5752J6Onan')))
except Exception as ex:
    print("float('5752J6Onan')", type(ex).__name__, ex)
try:
    print("complex('5752J6Onan')", repr(complex('5752J6Onan')))
except Exception as ex:
    print("complex('5752J6Onan')", type(ex).__name__, ex)
try:
    print("float.fromhex('5752J6Onan')", repr(float.fromhex('5752J6Onan')))
except Exception as ex:
    print("float.fromhex('5752J6Onan')", type(ex).__name__, ex)
try:
    print("int('iIxaE-iN')", repr(int('iIxaE-iN')))
except Exception as ex:
    print("int('iIxaE-iN')", type(ex).__name__, ex)
try:
    print("int('iIxaE-iN', 0)", repr(int('iIxaE-iN', 0)))
except Exception as ex:
    print("int('iIxaE-iN', 0)", type(ex).__name__, ex)
try:
    print("int('iIxaE-iN', 2)", repr(int('iIxaE-iN', 2)))
except Exception as ex:
    print("int('iIxaE-iN', 2)", type(ex).__name__, ex)
try:
    print("float('iIxaE-iN')", repr(float('iIxaE-iN')))
except Exception as ex:
    print("float('iIxaE-iN')", type(ex).__name__, ex)
try:
    print("complex('iIxaE-iN')", repr(complex('iIxaE-iN')))
except Exception as ex:
    print("complex('iIxaE-iN')", type(ex).__name__, ex)
try:
    print("float.fromhex('iIxaE-iN')", repr(float.fromhex('iIxaE-iN')))
except Exception as ex:
    print("float.fromhex('iIxaE-iN')", type(ex).__name__, ex)
try:
    print("int(' +_ xEbj_1')", repr(int(' +_ xEbj_1')))
except Exception as ex:
    print("int(' +_ xEbj_1')", type(ex).__name__, ex)
try:
    print("int(' +_ xEbj_1', 0)", repr(int(' +_ xEbj_1', 0)))
except Exception as ex:
    print("int(' +_ xEbj_1', 0)", type(ex).__name__, ex)
try:
    print("int(' +_ xEbj_1', 7)", repr(int(' +_ xEbj_1', 7)))
except Exception as ex:
    print("int(' +_ xEbj_1', 7)", type(ex).__name__, ex)
try:
    print("float(' +_ xEbj_1')", repr(float(' +_ xEbj_1')))
except Exception as ex:
    print("float(' +_ xEbj_1')", type(ex).__name__, ex)
try:
    print("complex(' +_ xEbj_1')", repr(complex(' +_ xEbj_1')))
except Exception as ex:
    print("complex(' +_ xEbj_1')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +_ xEbj_1')", repr(float.fromhex(' +_ xEbj_1')))
except Exception as ex:
    print("float.fromhex(' +_ xEbj_1')", type(ex).__name__, ex)
try:
    print("int('0x2i8IBn')", repr(int('0x2i8IBn')))
except Exception as ex:
    print("int('0x2i8IBn')", type(ex).__name__, ex)
try:
    print("int('0x2i8IBn', 0)", repr(int('0x2i8IBn', 0)))
except Exception as ex:
    print("int('0x2i8IBn', 0)", type(ex).__name__, ex)
try:
    print("int('0x2i8IBn', 8)", repr(int('0x2i8IBn', 8)))
except Exception as ex:
    print("int('0x2i8IBn', 8)", type(ex).__name__, ex)
try:
    print("float('0x2i8IBn')", repr(float('0x2i8IBn')))
except Exception as ex:
    print("float('0x2i8IBn')", type(ex).__name__, ex)
try:
    print("complex('0x2i8IBn')", repr(complex('0x2i8IBn')))
except Exception as ex:
    print("complex('0x2i8IBn')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x2i8IBn')", repr(float.fromhex('0x2i8IBn')))
except Exception as ex:
    print("float.fromhex('0x2i8IBn')", type(ex).__name__, ex)
try:
    print("int('0o9e5')", repr(int('0o9e5')))
except Exception as ex:
    print("int('0o9e5')", type(ex).__name__, ex)
try:
    print("int('0o9e5', 0)", repr(int('0o9e5', 0)))
except Exception as ex:
    print("int('0o9e5', 0)", type(ex).__name__, ex)
try:
    print("int('0o9e5', 36)", repr(int('0o9e5', 36)))
except Exception as ex:
    print("int('0o9e5', 36)", type(ex).__name__, ex)
try:
    print("float('0o9e5')", repr(float('0o9e5')))
except Exception as ex:
    print("float('0o9e5')", type(ex).__name__, ex)
try:
    print("complex('0o9e5')", repr(complex('0o9e5')))
except Exception as ex:
    print("complex('0o9e5')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o9e5')", repr(float.fromhex('0o9e5')))
except Exception as ex:
    print("float.fromhex('0o9e5')", type(ex).__name__, ex)
try:
    print("int('XfJ')", repr(int('XfJ')))
except Exception as ex:
    print("int('XfJ')", type(ex).__name__, ex)
try:
    print("int('XfJ', 0)", repr(int('XfJ', 0)))
except Exception as ex:
    print("int('XfJ', 0)", type(ex).__name__, ex)
try:
    print("int('XfJ', 36)", repr(int('XfJ', 36)))
except Exception as ex:
    print("int('XfJ', 36)", type(ex).__name__, ex)
try:
    print("float('XfJ')", repr(float('XfJ')))
except Exception as ex:
    print("float('XfJ')", type(ex).__name__, ex)
try:
    print("complex('XfJ')", repr(complex('XfJ')))
except Exception as ex:
    print("complex('XfJ')", type(ex).__name__, ex)
try:
    print("float.fromhex('XfJ')", repr(float.fromhex('XfJ')))
except Exception as ex:
    print("float.fromhex('XfJ')", type(ex).__name__, ex)
try:
    print("int('FJ')", repr(int('FJ')))
except Exception as ex:
    print("int('FJ')", type(ex).__name__, ex)
try:
    print("int('FJ', 0)", repr(int('FJ', 0)))
except Exception as ex:
    print("int('FJ', 0)", type(ex).__name__, ex)
try:
    print("int('FJ', 2)", repr(int('FJ', 2)))
except Exception as ex:
    print("int('FJ', 2)", type(ex).__name__, ex)
try:
    print("float('FJ')", repr(float('FJ')))
except Exception as ex:
    print("float('FJ')", type(ex).__name__, ex)
try:
    print("complex('FJ')", repr(complex('FJ')))
except Exception as ex:
    print("complex('FJ')", type(ex).__name__, ex)
try:
    print("float.fromhex('FJ')", repr(float.fromhex('FJ')))
except Exception as ex:
    print("float.fromhex('FJ')", type(ex).__name__, ex)
try:
    print("int('2+4.eXnan')", repr(int('2+4.eXnan')))
except Exception as ex:
    print("int('2+4.eXnan')", type(ex).__name__, ex)
try:
    print("int('2+4.eXnan', 0)", repr(int('2+4.eXnan', 0)))
except Exception as ex:
    print("int('2+4.eXnan', 0)", type(ex).__name__, ex)
try:
    print("int('2+4.eXnan', 8)", repr(int('2+4.eXnan', 8)))
except Exception as ex:
    print("int('2+4.eXnan', 8)", type(ex).__name__, ex)
try:
    print("float('2+4.eXnan')", repr(float('2+4.eXnan')))
except Exception as ex:
    print("float('2+4.eXnan')", type(ex).__name__, ex)
try:
    print("complex('2+4.eXnan')", repr(complex('2+4.eXnan')))
except Exception as ex:
    print("complex('2+4.eXnan')", type(ex).__name__, ex)
try:
    print("float.fromhex('2+4.eXnan')", repr(float.fromhex('2+4.eXnan')))
except Exception as ex:
    print("float.fromhex('2+4.eXnan')", type(ex).__name__, ex)
try:
    print("int('2-N6a ')", repr(int('2-N6a ')))
except Exception as ex:
    print("int('2-N6a ')", type(ex).__name__, ex)
try:
    print("int('2-N6a ', 0)", repr(int('2-N6a ', 0)))
except Exception as ex:
    print("int('2-N6a ', 0)", type(ex).__name__, ex)
try:
    print("int('2-N6a ', 16)", repr(int('2-N6a ', 16)))
except Exception as ex:
    print("int('2-N6a ', 16)", type(ex).__name__, ex)
try:
    print("float('2-N6a ')", repr(float('2-N6a ')))
except Exception as ex:
    print("float('2-N6a ')", type(ex).__name__, ex)
try:
    print("complex('2-N6a ')", repr(complex('2-N6a ')))
except Exception as ex:
    print("complex('2-N6a ')", type(ex).__name__, ex)
try:
    print("float.fromhex('2-N6a ')", repr(float.fromhex('2-N6a ')))
except Exception as ex:
    print("float.fromhex('2-N6a ')", type(ex).__name__, ex)
try:
    print("int(' ')", repr(int(' ')))
except Exception as ex:
    print("int(' ')", type(ex).__name__, ex)
try:
    print("int(' ', 0)", repr(int(' ', 0)))
except Exception as ex:
    print("int(' ', 0)", type(ex).__name__, ex)
try:
    print("int(' ', 2)", repr(int(' ', 2)))
except Exception as ex:
    print("int(' ', 2)", type(ex).__name__, ex)
try:
    print("float(' ')", repr(float(' ')))
except Exception as ex:
    print("float(' ')", type(ex).__name__, ex)
try:
    print("complex(' ')", repr(complex(' ')))
except Exception as ex:
    print("complex(' ')", type(ex).__name__, ex)
try:
    print("float.fromhex(' ')", repr(float.fromhex(' ')))
except Exception as ex:
    print("float.fromhex(' ')", type(ex).__name__, ex)
try:
    print("int('-37On2Oe')", repr(int('-37On2Oe')))
except Exception as ex:
    print("int('-37On2Oe')", type(ex).__name__, ex)
try:
    print("int('-37On2Oe', 0)", repr(int('-37On2Oe', 0)))
except Exception as ex:
    print("int('-37On2Oe', 0)", type(ex).__name__, ex)
try:
    print("int('-37On2Oe', 36)", repr(int('-37On2Oe', 36)))
except Exception as ex:
    print("int('-37On2Oe', 36)", type(ex).__name__, ex)
try:
    print("float('-37On2Oe')", repr(float('-37On2Oe')))
except Exception as ex:
    print("float('-37On2Oe')", type(ex).__name__, ex)
try:
    print("complex('-37On2Oe')", repr(complex('-37On2Oe')))
except Exception as ex:
    print("complex('-37On2Oe')", type(ex).__name__, ex)
try:
    print("float.fromhex('-37On2Oe')", repr(float.fromhex('-37On2Oe')))
except Exception as ex:
    print("float.fromhex('-37On2Oe')", type(ex).__name__, ex)
try:
    print("int('12x0nan')", repr(int('12x0nan')))
except Exception as ex:
    print("int('12x0nan')", type(ex).__name__, ex)
try:
    print("int('12x0nan', 0)", repr(int('12x0nan', 0)))
except Exception as ex:
    print("int('12x0nan', 0)", type(ex).__name__, ex)
try:
    print("int('12x0nan', 8)", repr(int('12x0nan', 8)))
except Exception as ex:
    print("int('12x0nan', 8)", type(ex).__name__, ex)
try:
    print("float('12x0nan')", repr(float('12x0nan')))
except Exception as ex:
    print("float('12x0nan')", type(ex).__name__, ex)
try:
    print("complex('12x0nan')", repr(complex('12x0nan')))
except Exception as ex:
    print("complex('12x0nan')", type(ex).__name__, ex)
try:
    print("float.fromhex('12x0nan')", repr(float.fromhex('12x0nan')))
except Exception as ex:
    print("float.fromhex('12x0nan')", type(ex).__name__, ex)
try:
    print("int('\\tXnj3 f')", repr(int('\tXnj3 f')))
except Exception as ex:
    print("int('\\tXnj3 f')", type(ex).__name__, ex)
try:
    print("int('\\tXnj3 f', 0)", repr(int('\tXnj3 f', 0)))
except Exception as ex:
    print("int('\\tXnj3 f', 0)", type(ex).__name__, ex)
try:
    print("int('\\tXnj3 f', 7)", repr(int('\tXnj3 f', 7)))
except Exception as ex:
    print("int('\\tXnj3 f', 7)", type(ex).__name__, ex)
try:
    print("float('\\tXnj3 f')", repr(float('\tXnj3 f')))
except Exception as ex:
    print("float('\\tXnj3 f')", type(ex).__name__, ex)
try:
    print("complex('\\tXnj3 f')", repr(complex('\tXnj3 f')))
except Exception as ex:
    print("complex('\\tXnj3 f')", type(ex).__name__, ex)
try:
    print("float.fromhex('\\tXnj3 f')", repr(float.fromhex('\tXnj3 f')))
except Exception as ex:
    print("float.fromhex('\\tXnj3 f')", type(ex).__name__, ex)
try:
    print("int('0x4XXa 30j')", repr(int('0x4XXa 30j')))
except Exception as ex:
    print("int('0x4XXa 30j')", type(ex).__name__, ex)
try:
    print("int('0x4XXa 30j', 0)", repr(int('0x4XXa 30j', 0)))
except Exception as ex:
    print("int('0x4XXa 30j', 0)", type(ex).__name__, ex)
try:
    print("int('0x4XXa 30j', 8)", repr(int('0x4XXa 30j', 8)))
except Exception as ex:
    print("int('0x4XXa 30j', 8)", type(ex).__name__, ex)
try:
    print("float('0x4XXa 30j')", repr(float('0x4XXa 30j')))
except Exception as ex:
    print("float('0x4XXa 30j')", type(ex).__name__, ex)
try:
    print("complex('0x4XXa 30j')", repr(complex('0x4XXa 30j')))
except Exception as ex:
    print("complex('0x4XXa 30j')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x4XXa 30j')", repr(float.fromhex('0x4XXa 30j')))
except Exception as ex:
    print("float.fromhex('0x4XXa 30j')", type(ex).__name__, ex)
try:
    print("int('jn')", repr(int('jn')))
except Exception as ex:
    print("int('jn')", type(ex).__name__, ex)
try:
    print("int('jn', 0)", repr(int('jn', 0)))
except Exception as ex:
    print("int('jn', 0)", type(ex).__name__, ex)
try:
    print("int('jn', 36)", repr(int('jn', 36)))
except Exception as ex:
    print("int('jn', 36)", type(ex).__name__, ex)
try:
    print("float('jn')", repr(float('jn')))
except Exception as ex:
    print("float('jn')", type(ex).__name__, ex)
try:
    print("complex('jn')", repr(complex('jn')))
except Exception as ex:
    print("complex('jn')", type(ex).__name__, ex)
try:
    print("float.fromhex('jn')", repr(float.fromhex('jn')))
except Exception as ex:
    print("float.fromhex('jn')", type(ex).__name__, ex)
try:
    print("int('AB79X')", repr(int('AB79X')))
except Exception as ex:
    print("int('AB79X')", type(ex).__name__, ex)
try:
    print("int('AB79X', 0)", repr(int('AB79X', 0)))
except Exception as ex:
    print("int('AB79X', 0)", type(ex).__name__, ex)
try:
    print("int('AB79X', 7)", repr(int('AB79X', 7)))
except Exception as ex:
    print("int('AB79X', 7)", type(ex).__name__, ex)
try:
    print("float('AB79X')", repr(float('AB79X')))
except Exception as ex:
    print("float('AB79X')", type(ex).__name__, ex)
try:
    print("complex('AB79X')", repr(complex('AB79X')))
except Exception as ex:
    print("complex('AB79X')", type(ex).__name__, ex)
try:
    print("float.fromhex('AB79X')", repr(float.fromhex('AB79X')))
except Exception as ex:
    print("float.fromhex('AB79X')", type(ex).__name__, ex)
try:
    print("int('0ba.5')", repr(int('0ba.5')))
except Exception as ex:
    print("int('0ba.5')", type(ex).__name__, ex)
try:
    print("int('0ba.5', 0)", repr(int('0ba.5', 0)))
except Exception as ex:
    print("int('0ba.5', 0)", type(ex).__name__, ex)
try:
    print("int('0ba.5', 36)", repr(int('0ba.5', 36)))
except Exception as ex:
    print("int('0ba.5', 36)", type(ex).__name__, ex)
try:
    print("float('0ba.5')", repr(float('0ba.5')))
except Exception as ex:
    print("float('0ba.5')", type(ex).__name__, ex)
try:
    print("complex('0ba.5')", repr(complex('0ba.5')))
except Exception as ex:
    print("complex('0ba.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('0ba.5')", repr(float.fromhex('0ba.5')))
except Exception as ex:
    print("float.fromhex('0ba.5')", type(ex).__name__, ex)
try:
    print("int('4fJ')", repr(int('4fJ')))
except Exception as ex:
    print("int('4fJ')", type(ex).__name__, ex)
try:
    print("int('4fJ', 0)", repr(int('4fJ', 0)))
except Exception as ex:
    print("int('4fJ', 0)", type(ex).__name__, ex)
try:
    print("int('4fJ', 36)", repr(int('4fJ', 36)))
except Exception as ex:
    print("int('4fJ', 36)", type(ex).__name__, ex)
try:
    print("float('4fJ')", repr(float('4fJ')))
except Exception as ex:
    print("float('4fJ')", type(ex).__name__, ex)
try:
    print("complex('4fJ')", repr(complex('4fJ')))
except Exception as ex:
    print("complex('4fJ')", type(ex).__name__, ex)
try:
    print("float.fromhex('4fJ')", repr(float.fromhex('4fJ')))
except Exception as ex:
    print("float.fromhex('4fJ')", type(ex).__name__, ex)
try:
    print("int('_1')", repr(int('_1')))
except Exception as ex:
    print("int('_1')", type(ex).__name__, ex)
try:
    print("int('_1', 0)", repr(int('_1', 0)))
except Exception as ex:
    print("int('_1', 0)", type(ex).__name__, ex)
try:
    print("int('_1', 2)", repr(int('_1', 2)))
except Exception as ex:
    print("int('_1', 2)", type(ex).__name__, ex)
try:
    print("float('_1')", repr(float('_1')))
except Exception as ex:
    print("float('_1')", type(ex).__name__, ex)
try:
    print("complex('_1')", repr(complex('_1')))
except Exception as ex:
    print("complex('_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('_1')", repr(float.fromhex('_1')))
except Exception as ex:
    print("float.fromhex('_1')", type(ex).__name__, ex)
try:
    print("int(' 337fe5')", repr(int(' 337fe5')))
except Exception as ex:
    print("int(' 337fe5')", type(ex).__name__, ex)
try:
    print("int(' 337fe5', 0)", repr(int(' 337fe5', 0)))
except Exception as ex:
    print("int(' 337fe5', 0)", type(ex).__name__, ex)
try:
    print("int(' 337fe5', 36)", repr(int(' 337fe5', 36)))
except Exception as ex:
    print("int(' 337fe5', 36)", type(ex).__name__, ex)
try:
    print("float(' 337fe5')", repr(float(' 337fe5')))
except Exception as ex:
    print("float(' 337fe5')", type(ex).__name__, ex)
try:
    print("complex(' 337fe5')", repr(complex(' 337fe5')))
except Exception as ex:
    print("complex(' 337fe5')", type(ex).__name__, ex)
try:
    print("float.fromhex(' 337fe5')", repr(float.fromhex(' 337fe5')))
except Exception as ex:
    print("float.fromhex(' 337fe5')", type(ex).__name__, ex)
try:
    print("int('0b22EjifI4_1')", repr(int('0b22EjifI4_1')))
except Exception as ex:
    print("int('0b22EjifI4_1')", type(ex).__name__, ex)
try:
    print("int('0b22EjifI4_1', 0)", repr(int('0b22EjifI4_1', 0)))
except Exception as ex:
    print("int('0b22EjifI4_1', 0)", type(ex).__name__, ex)
try:
    print("int('0b22EjifI4_1', 2)", repr(int('0b22EjifI4_1', 2)))
except Exception as ex:
    print("int('0b22EjifI4_1', 2)", type(ex).__name__, ex)
try:
    print("float('0b22EjifI4_1')", repr(float('0b22EjifI4_1')))
except Exception as ex:
    print("float('0b22EjifI4_1')", type(ex).__name__, ex)
try:
    print("complex('0b22EjifI4_1')", repr(complex('0b22EjifI4_1')))
except Exception as ex:
    print("complex('0b22EjifI4_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b22EjifI4_1')", repr(float.fromhex('0b22EjifI4_1')))
except Exception as ex:
    print("float.fromhex('0b22EjifI4_1')", type(ex).__name__, ex)
try:
    print("int(' +iB')", repr(int(' +iB')))
except Exception as ex:
    print("int(' +iB')", type(ex).__name__, ex)
try:
    print("int(' +iB', 0)", repr(int(' +iB', 0)))
except Exception as ex:
    print("int(' +iB', 0)", type(ex).__name__, ex)
try:
    print("int(' +iB', 8)", repr(int(' +iB', 8)))
except Exception as ex:
    print("int(' +iB', 8)", type(ex).__name__, ex)
try:
    print("float(' +iB')", repr(float(' +iB')))
except Exception as ex:
    print("float(' +iB')", type(ex).__name__, ex)
try:
    print("complex(' +iB')", repr(complex(' +iB')))
except Exception as ex:
    print("complex(' +iB')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +iB')", repr(float.fromhex(' +iB')))
except Exception as ex:
    print("float.fromhex(' +iB')", type(ex).__name__, ex)
try:
    print("int('-_1')", repr(int('-_1')))
except Exception as ex:
    print("int('-_1')", type(ex).__name__, ex)
try:
    print("int('-_1', 0)", repr(int('-_1', 0)))
except Exception as ex:
    print("int('-_1', 0)", type(ex).__name__, ex)
try:
    print("int('-_1', 7)", repr(int('-_1', 7)))
except Exception as ex:
    print("int('-_1', 7)", type(ex).__name__, ex)
try:
    print("float('-_1')", repr(float('-_1')))
except Exception as ex:
    print("float('-_1')", type(ex).__name__, ex)
try:
    print("complex('-_1')", repr(complex('-_1')))
except Exception as ex:
    print("complex('-_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('-_1')", repr(float.fromhex('-_1')))
except Exception as ex:
    print("float.fromhex('-_1')", type(ex).__name__, ex)
try:
    print("int('e_bj')", repr(int('e_bj')))
except Exception as ex:
    print("int('e_bj')", type(ex).__name__, ex)
try:
    print("int('e_bj', 0)", repr(int('e_bj', 0)))
except Exception as ex:
    print("int('e_bj', 0)", type(ex).__name__, ex)
try:
    print("int('e_bj', 36)", repr(int('e_bj', 36)))
except Exception as ex:
    print("int('e_bj', 36)", type(ex).__name__, ex)
try:
    print("float('e_bj')", repr(float('e_bj')))
except Exception as ex:
    print("float('e_bj')", type(ex).__name__, ex)
try:
    print("complex('e_bj')", repr(complex('e_bj')))
except Exception as ex:
    print("complex('e_bj')", type(ex).__name__, ex)
try:
    print("float.fromhex('e_bj')", repr(float.fromhex('e_bj')))
except Exception as ex:
    print("float.fromhex('e_bj')", type(ex).__name__, ex)
try:
    print("int('NJiX6IAinf')", repr(int('NJiX6IAinf')))
except Exception as ex:
    print("int('NJiX6IAinf')", type(ex).__name__, ex)
try:
    print("int('NJiX6IAinf', 0)", repr(int('NJiX6IAinf', 0)))
except Exception as ex:
    print("int('NJiX6IAinf', 0)", type(ex).__name__, ex)
try:
    print("int('NJiX6IAinf', 16)", repr(int('NJiX6IAinf', 16)))
except Exception as ex:
    print("int('NJiX6IAinf', 16)", type(ex).__name__, ex)
try:
    print("float('NJiX6IAinf')", repr(float('NJiX6IAinf')))
except Exception as ex:
    print("float('NJiX6IAinf')", type(ex).__name__, ex)
try:
    print("complex('NJiX6IAinf')", repr(complex('NJiX6IAinf')))
except Exception as ex:
    print("complex('NJiX6IAinf')", type(ex).__name__, ex)
try:
    print("float.fromhex('NJiX6IAinf')", repr(float.fromhex('NJiX6IAinf')))
except Exception as ex:
    print("float.fromhex('NJiX6IAinf')", type(ex).__name__, ex)
try:
    print("int('03e.5')", repr(int('03e.5')))
except Exception as ex:
    print("int('03e.5')", type(ex).__name__, ex)
try:
    print("int('03e.5', 0)", repr(int('03e.5', 0)))
except Exception as ex:
    print("int('03e.5', 0)", type(ex).__name__, ex)
try:
    print("int('03e.5', 7)", repr(int('03e.5', 7)))
except Exception as ex:
    print("int('03e.5', 7)", type(ex).__name__, ex)
try:
    print("float('03e.5')", repr(float('03e.5')))
except Exception as ex:
    print("float('03e.5')", type(ex).__name__, ex)
try:
    print("complex('03e.5')", repr(complex('03e.5')))
except Exception as ex:
    print("complex('03e.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('03e.5')", repr(float.fromhex('03e.5')))
except Exception as ex:
    print("float.fromhex('03e.5')", type(ex).__name__, ex)
try:
    print("int('_jNn-o6')", repr(int('_jNn-o6')))
except Exception as ex:
    print("int('_jNn-o6')", type(ex).__name__, ex)
try:
    print("int('_jNn-o6', 0)", repr(int('_jNn-o6', 0)))
except Exception as ex:
    print("int('_jNn-o6', 0)", type(ex).__name__, ex)
try:
    print("int('_jNn-o6', 16)", repr(int('_jNn-o6', 16)))
except Exception as ex:
    print("int('_jNn-o6', 16)", type(ex).__name__, ex)
try:
    print("float('_jNn-o6')", repr(float('_jNn-o6')))
except Exception as ex:
    print("float('_jNn-o6')", type(ex).__name__, ex)
try:
    print("complex('_jNn-o6')", repr(complex('_jNn-o6')))
except Exception as ex:
    print("complex('_jNn-o6')", type(ex).__name__, ex)
try:
    print("float.fromhex('_jNn-o6')", repr(float.fromhex('_jNn-o6')))
except Exception as ex:
    print("float.fromhex('_jNn-o6')", type(ex).__name__, ex)
try:
    print("int('-4')", repr(int('-4')))
except Exception as ex:
    print("int('-4')", type(ex).__name__, ex)
try:
    print("int('-4', 0)", repr(int('-4', 0)))
except Exception as ex:
    print("int('-4', 0)", type(ex).__name__, ex)
try:
    print("int('-4', 2)", repr(int('-4', 2)))
except Exception as ex:
    print("int('-4', 2)", type(ex).__name__, ex)
try:
    print("float('-4')", repr(float('-4')))
except Exception as ex:
    print("float('-4')", type(ex).__name__, ex)
try:
    print("complex('-4')", repr(complex('-4')))
except Exception as ex:
    print("complex('-4')", type(ex).__name__, ex)
try:
    print("float.fromhex('-4')", repr(float.fromhex('-4')))
except Exception as ex:
    print("float.fromhex('-4')", type(ex).__name__, ex)
try:
    print("int('_B__7FN')", repr(int('_B__7FN')))
except Exception as ex:
    print("int('_B__7FN')", type(ex).__name__, ex)
try:
    print("int('_B__7FN', 0)", repr(int('_B__7FN', 0)))
except Exception as ex:
    print("int('_B__7FN', 0)", type(ex).__name__, ex)
try:
    print("int('_B__7FN', 7)", repr(int('_B__7FN', 7)))
except Exception as ex:
    print("int('_B__7FN', 7)", type(ex).__name__, ex)
try:
    print("float('_B__7FN')", repr(float('_B__7FN')))
except Exception as ex:
    print("float('_B__7FN')", type(ex).__name__, ex)
try:
    print("complex('_B__7FN')", repr(complex('_B__7FN')))
except Exception as ex:
    print("complex('_B__7FN')", type(ex).__name__, ex)
try:
    print("float.fromhex('_B__7FN')", repr(float.fromhex('_B__7FN')))
except Exception as ex:
    print("float.fromhex('_B__7FN')", type(ex).__name__, ex)
try:
    print("int('.3+N957O')", repr(int('.3+N957O')))
except Exception as ex:
    print("int('.3+N957O')", type(ex).__name__, ex)
try:
    print("int('.3+N957O', 0)", repr(int('.3+N957O', 0)))
except Exception as ex:
    print("int('.3+N957O', 0)", type(ex).__name__, ex)
try:
    print("int('.3+N957O', 16)", repr(int('.3+N957O', 16)))
except Exception as ex:
    print("int('.3+N957O', 16)", type(ex).__name__, ex)
try:
    print("float('.3+N957O')", repr(float('.3+N957O')))
except Exception as ex:
    print("float('.3+N957O')", type(ex).__name__, ex)
try:
    print("complex('.3+N957O')", repr(complex('.3+N957O')))
except Exception as ex:
    print("complex('.3+N957O')", type(ex).__name__, ex)
try:
    print("float.fromhex('.3+N957O')", repr(float.fromhex('.3+N957O')))
except Exception as ex:
    print("float.fromhex('.3+N957O')", type(ex).__name__, ex)
try:
    print("int('8XJe 987')", repr(int('8XJe 987')))
except Exception as ex:
    print("int('8XJe 987')", type(ex).__name__, ex)
try:
    print("int('8XJe 987', 0)", repr(int('8XJe 987', 0)))
except Exception as ex:
    print("int('8XJe 987', 0)", type(ex).__name__, ex)
try:
    print("int('8XJe 987', 8)", repr(int('8XJe 987', 8)))
except Exception as ex:
    print("int('8XJe 987', 8)", type(ex).__name__, ex)
try:
    print("float('8XJe 987')", repr(float('8XJe 987')))
except Exception as ex:
    print("float('8XJe 987')", type(ex).__name__, ex)
try:
    print("complex('8XJe 987')", repr(complex('8XJe 987')))
except Exception as ex:
    print("complex('8XJe 987')", type(ex).__name__, ex)
try:
    print("float.fromhex('8XJe 987')", repr(float.fromhex('8XJe 987')))
except Exception as ex:
    print("float.fromhex('8XJe 987')", type(ex).__name__, ex)
try:
    print("int('iea7_6')", repr(int('iea7_6')))
except Exception as ex:
    print("int('iea7_6')", type(ex).__name__, ex)
try:
    print("int('iea7_6', 0)", repr(int('iea7_6', 0)))
except Exception as ex:
    print("int('iea7_6', 0)", type(ex).__name__, ex)
try:
    print("int('iea7_6', 16)", repr(int('iea7_6', 16)))
except Exception as ex:
    print("int('iea7_6', 16)", type(ex).__name__, ex)
try:
    print("float('iea7_6')", repr(float('iea7_6')))
except Exception as ex:
    print("float('iea7_6')", type(ex).__name__, ex)
try:
    print("complex('iea7_6')", repr(complex('iea7_6')))
except Exception as ex:
    print("complex('iea7_6')", type(ex).__name__, ex)
try:
    print("float.fromhex('iea7_6')", repr(float.fromhex('iea7_6')))
except Exception as ex:
    print("float.fromhex('iea7_6')", type(ex).__name__, ex)
try:
    print("int('Xi0eXi')", repr(int('Xi0eXi')))
except Exception as ex:
    print("int('Xi0eXi')", type(ex).__name__, ex)
try:
    print("int('Xi0eXi', 0)", repr(int('Xi0eXi', 0)))
except Exception as ex:
    print("int('Xi0eXi', 0)", type(ex).__name__, ex)
try:
    print("int('Xi0eXi', 2)", repr(int('Xi0eXi', 2)))
except Exception as ex:
    print("int('Xi0eXi', 2)", type(ex).__name__, ex)
try:
    print("float('Xi0eXi')", repr(float('Xi0eXi')))
except Exception as ex:
    print("float('Xi0eXi')", type(ex).__name__, ex)
try:
    print("complex('Xi0eXi')", repr(complex('Xi0eXi')))
except Exception as ex:
    print("complex('Xi0eXi')", type(ex).__name__, ex)
try:
    print("float.fromhex('Xi0eXi')", repr(float.fromhex('Xi0eXi')))
except Exception as ex:
    print("float.fromhex('Xi0eXi')", type(ex).__name__, ex)
try:
    print("int('1O')", repr(int('1O')))
except Exception as ex:
    print("int('1O')", type(ex).__name__, ex)
try:
    print("int('1O', 0)", repr(int('1O', 0)))
except Exception as ex:
    print("int('1O', 0)", type(ex).__name__, ex)
try:
    print("int('1O', 7)", repr(int('1O', 7)))
except Exception as ex:
    print("int('1O', 7)", type(ex).__name__, ex)
try:
    print("float('1O')", repr(float('1O')))
except Exception as ex:
    print("float('1O')", type(ex).__name__, ex)
try:
    print("complex('1O')", repr(complex('1O')))
except Exception as ex:
    print("complex('1O')", type(ex).__name__, ex)
try:
    print("float.fromhex('1O')", repr(float.fromhex('1O')))
except Exception as ex:
    print("float.fromhex('1O')", type(ex).__name__, ex)
try:
    print("int('5xxB')", repr(int('5xxB')))
except Exception as ex:
    print("int('5xxB')", type(ex).__name__, ex)
try:
    print("int('5xxB', 0)", repr(int('5xxB', 0)))
except Exception as ex:
    print("int('5xxB', 0)", type(ex).__name__, ex)
try:
    print("int('5xxB', 36)", repr(int('5xxB', 36)))
except Exception as ex:
    print("int('5xxB', 36)", type(ex).__name__, ex)
try:
    print("float('5xxB')", repr(float('5xxB')))
except Exception as ex:
    print("float('5xxB')", type(ex).__name__, ex)
try:
    print("complex('5xxB')", repr(complex('5xxB')))
except Exception as ex:
    print("complex('5xxB')", type(ex).__name__, ex)
try:
    print("float.fromhex('5xxB')", repr(float.fromhex('5xxB')))
except Exception as ex:
    print("float.fromhex('5xxB')", type(ex).__name__, ex)
try:
    print("int(' +j3')", repr(int(' +j3')))
except Exception as ex:
    print("int(' +j3')", type(ex).__name__, ex)
try:
    print("int(' +j3', 0)", repr(int(' +j3', 0)))
except Exception as ex:
    print("int(' +j3', 0)", type(ex).__name__, ex)
try:
    print("int(' +j3', 8)", repr(int(' +j3', 8)))
except Exception as ex:
    print("int(' +j3', 8)", type(ex).__name__, ex)
try:
    print("float(' +j3')", repr(float(' +j3')))
except Exception as ex:
    print("float(' +j3')", type(ex).__name__, ex)
try:
    print("complex(' +j3')", repr(complex(' +j3')))
except Exception as ex:
    print("complex(' +j3')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +j3')", repr(float.fromhex(' +j3')))
except Exception as ex:
    print("float.fromhex(' +j3')", type(ex).__name__, ex)
try:
    print("int('E2oe5')", repr(int('E2oe5')))
except Exception as ex:
    print("int('E2oe5')", type(ex).__name__, ex)
try:
    print("int('E2oe5', 0)", repr(int('E2oe5', 0)))
except Exception as ex:
    print("int('E2oe5', 0)", type(ex).__name__, ex)
try:
    print("int('E2oe5', 7)", repr(int('E2oe5', 7)))
except Exception as ex:
    print("int('E2oe5', 7)", type(ex).__name__, ex)
try:
    print("float('E2oe5')", repr(float('E2oe5')))
except Exception as ex:
    print("float('E2oe5')", type(ex).__name__, ex)
try:
    print("complex('E2oe5')", repr(complex('E2oe5')))
except Exception as ex:
    print("complex('E2oe5')", type(ex).__name__, ex)
try:
    print("float.fromhex('E2oe5')", repr(float.fromhex('E2oe5')))
except Exception as ex:
    print("float.fromhex('E2oe5')", type(ex).__name__, ex)
try:
    print("int('j0oX24')", repr(int('j0oX24')))
except Exception as ex:
    print("int('j0oX24')", type(ex).__name__, ex)
try:
    print("int('j0oX24', 0)", repr(int('j0oX24', 0)))
except Exception as ex:
    print("int('j0oX24', 0)", type(ex).__name__, ex)
try:
    print("int('j0oX24', 7)", repr(int('j0oX24', 7)))
except Exception as ex:
    print("int('j0oX24', 7)", type(ex).__name__, ex)
try:
    print("float('j0oX24')", repr(float('j0oX24')))
except Exception as ex:
    print("float('j0oX24')", type(ex).__name__, ex)
try:
    print("complex('j0oX24')", repr(complex('j0oX24')))
except Exception as ex:
    print("complex('j0oX24')", type(ex).__name__, ex)
try:
    print("float.fromhex('j0oX24')", repr(float.fromhex('j0oX24')))
except Exception as ex:
    print("float.fromhex('j0oX24')", type(ex).__name__, ex)
try:
    print("int('1+ oBj')", repr(int('1+ oBj')))
except Exception as ex:
    print("int('1+ oBj')", type(ex).__name__, ex)
try:
    print("int('1+ oBj', 0)", repr(int('1+ oBj', 0)))
except Exception as ex:
    print("int('1+ oBj', 0)", type(ex).__name__, ex)
try:
    print("int('1+ oBj', 36)", repr(int('1+ oBj', 36)))
except Exception as ex:
    print("int('1+ oBj', 36)", type(ex).__name__, ex)
try:
    print("float('1+ oBj')", repr(float('1+ oBj')))
except Exception as ex:
    print("float('1+ oBj')", type(ex).__name__, ex)
try:
    print("complex('1+ oBj')", repr(complex('1+ oBj')))
except Exception as ex:
    print("complex('1+ oBj')", type(ex).__name__, ex)
try:
    print("float.fromhex('1+ oBj')", repr(float.fromhex('1+ oBj')))
except Exception as ex:
    print("float.fromhex('1+ oBj')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 16)", repr(int('', 16)))
except Exception as ex:
    print("int('', 16)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('0xe')", repr(int('0xe')))
except Exception as ex:
    print("int('0xe')", type(ex).__name__, ex)
try:
    print("int('0xe', 0)", repr(int('0xe', 0)))
except Exception as ex:
    print("int('0xe', 0)", type(ex).__name__, ex)
try:
    print("int('0xe', 2)", repr(int('0xe', 2)))
except Exception as ex:
    print("int('0xe', 2)", type(ex).__name__, ex)
try:
    print("float('0xe')", repr(float('0xe')))
except Exception as ex:
    print("float('0xe')", type(ex).__name__, ex)
try:
    print("complex('0xe')", repr(complex('0xe')))
except Exception as ex:
    print("complex('0xe')", type(ex).__name__, ex)
try:
    print("float.fromhex('0xe')", repr(float.fromhex('0xe')))
except Exception as ex:
    print("float.fromhex('0xe')", type(ex).__name__, ex)
try:
    print("int('a')", repr(int('a')))
except Exception as ex:
    print("int('a')", type(ex).__name__, ex)
try:
    print("int('a', 0)", repr(int('a', 0)))
except Exception as ex:
    print("int('a', 0)", type(ex).__name__, ex)
try:
    print("int('a', 16)", repr(int('a', 16)))
except Exception as ex:
    print("int('a', 16)", type(ex).__name__, ex)
try:
    print("float('a')", repr(float('a')))
except Exception as ex:
    print("float('a')", type(ex).__name__, ex)
try:
    print("complex('a')", repr(complex('a')))
except Exception as ex:
    print("complex('a')", type(ex).__name__, ex)
try:
    print("float.fromhex('a')", repr(float.fromhex('a')))
except Exception as ex:
    print("float.fromhex('a')", type(ex).__name__, ex)
try:
    print("int('0b08jj.E')", repr(int('0b08jj.E')))
except Exception as ex:
    print("int('0b08jj.E')", type(ex).__name__, ex)
try:
    print("int('0b08jj.E', 0)", repr(int('0b08jj.E', 0)))
except Exception as ex:
    print("int('0b08jj.E', 0)", type(ex).__name__, ex)
try:
    print("int('0b08jj.E', 2)", repr(int('0b08jj.E', 2)))
except Exception as ex:
    print("int('0b08jj.E', 2)", type(ex).__name__, ex)
try:
    print("float('0b08jj.E')", repr(float('0b08jj.E')))
except Exception as ex:
    print("float('0b08jj.E')", type(ex).__name__, ex)
try:
    print("complex('0b08jj.E')", repr(complex('0b08jj.E')))
except Exception as ex:
    print("complex('0b08jj.E')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b08jj.E')", repr(float.fromhex('0b08jj.E')))
except Exception as ex:
    print("float.fromhex('0b08jj.E')", type(ex).__name__, ex)
try:
    print("int('0b9_e-+A')", repr(int('0b9_e-+A')))
except Exception as ex:
    print("int('0b9_e-+A')", type(ex).__name__, ex)
try:
    print("int('0b9_e-+A', 0)", repr(int('0b9_e-+A', 0)))
except Exception as ex:
    print("int('0b9_e-+A', 0)", type(ex).__name__, ex)
try:
    print("int('0b9_e-+A', 8)", repr(int('0b9_e-+A', 8)))
except Exception as ex:
    print("int('0b9_e-+A', 8)", type(ex).__name__, ex)
try:
    print("float('0b9_e-+A')", repr(float('0b9_e-+A')))
except Exception as ex:
    print("float('0b9_e-+A')", type(ex).__name__, ex)
try:
    print("complex('0b9_e-+A')", repr(complex('0b9_e-+A')))
except Exception as ex:
    print("complex('0b9_e-+A')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b9_e-+A')", repr(float.fromhex('0b9_e-+A')))
except Exception as ex:
    print("float.fromhex('0b9_e-+A')", type(ex).__name__, ex)
try:
    print("int('0b498n')", repr(int('0b498n')))
except Exception as ex:
    print("int('0b498n')", type(ex).__name__, ex)
try:
    print("int('0b498n', 0)", repr(int('0b498n', 0)))
except Exception as ex:
    print("int('0b498n', 0)", type(ex).__name__, ex)
try:
    print("int('0b498n', 2)", repr(int('0b498n', 2)))
except Exception as ex:
    print("int('0b498n', 2)", type(ex).__name__, ex)
try:
    print("float('0b498n')", repr(float('0b498n')))
except Exception as ex:
    print("float('0b498n')", type(ex).__name__, ex)
try:
    print("complex('0b498n')", repr(complex('0b498n')))
except Exception as ex:
    print("complex('0b498n')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b498n')", repr(float.fromhex('0b498n')))
except Exception as ex:
    print("float.fromhex('0b498n')", type(ex).__name__, ex)
try:
    print("int('o2')", repr(int('o2')))
except Exception as ex:
    print("int('o2')", type(ex).__name__, ex)
try:
    print("int('o2', 0)", repr(int('o2', 0)))
except Exception as ex:
    print("int('o2', 0)", type(ex).__name__, ex)
try:
    print("int('o2', 36)", repr(int('o2', 36)))
except Exception as ex:
    print("int('o2', 36)", type(ex).__name__, ex)
try:
    print("float('o2')", repr(float('o2')))
except Exception as ex:
    print("float('o2')", type(ex).__name__, ex)
try:
    print("complex('o2')", repr(complex('o2')))
except Exception as ex:
    print("complex('o2')", type(ex).__name__, ex)
try:
    print("float.fromhex('o2')", repr(float.fromhex('o2')))
except Exception as ex:
    print("float.fromhex('o2')", type(ex).__name__, ex)
try:
    print("int(' +j_1')", repr(int(' +j_1')))
except Exception as ex:
    print("int(' +j_1')", type(ex).__name__, ex)
try:
    print("int(' +j_1', 0)", repr(int(' +j_1', 0)))
except Exception as ex:
    print("int(' +j_1', 0)", type(ex).__name__, ex)
try:
    print("int(' +j_1', 16)", repr(int(' +j_1', 16)))
except Exception as ex:
    print("int(' +j_1', 16)", type(ex).__name__, ex)
try:
    print("float(' +j_1')", repr(float(' +j_1')))
except Exception as ex:
    print("float(' +j_1')", type(ex).__name__, ex)
try:
    print("complex(' +j_1')", repr(complex(' +j_1')))
except Exception as ex:
    print("complex(' +j_1')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +j_1')", repr(float.fromhex(' +j_1')))
except Exception as ex:
    print("float.fromhex(' +j_1')", type(ex).__name__, ex)
try:
    print("int('9eEjEXE1')", repr(int('9eEjEXE1')))
except Exception as ex:
    print("int('9eEjEXE1')", type(ex).__name__, ex)
try:
    print("int('9eEjEXE1', 0)", repr(int('9eEjEXE1', 0)))
except Exception as ex:
    print("int('9eEjEXE1', 0)", type(ex).__name__, ex)
try:
    print("int('9eEjEXE1', 7)", repr(int('9eEjEXE1', 7)))
except Exception as ex:
    print("int('9eEjEXE1', 7)", type(ex).__name__, ex)
try:
    print("float('9eEjEXE1')", repr(float('9eEjEXE1')))
except Exception as ex:
    print("float('9eEjEXE1')", type(ex).__name__, ex)
try:
    print("complex('9eEjEXE1')", repr(complex('9eEjEXE1')))
except Exception as ex:
    print("complex('9eEjEXE1')", type(ex).__name__, ex)
try:
    print("float.fromhex('9eEjEXE1')", repr(float.fromhex('9eEjEXE1')))
except Exception as ex:
    print("float.fromhex('9eEjEXE1')", type(ex).__name__, ex)
try:
    print("int('0xb NAA8e5')", repr(int('0xb NAA8e5')))
except Exception as ex:
    print("int('0xb NAA8e5')", type(ex).__name__, ex)
try:
    print("int('0xb NAA8e5', 0)", repr(int('0xb NAA8e5', 0)))
except Exception as ex:
    print("int('0xb NAA8e5', 0)", type(ex).__name__, ex)
try:
    print("int('0xb NAA8e5', 2)", repr(int('0xb NAA8e5', 2)))
except Exception as ex:
    print("int('0xb NAA8e5', 2)", type(ex).__name__, ex)
try:
    print("float('0xb NAA8e5')", repr(float('0xb NAA8e5')))
except Exception as ex:
    print("float('0xb NAA8e5')", type(ex).__name__, ex)
try:
    print("complex('0xb NAA8e5')", repr(complex('0xb NAA8e5')))
except Exception as ex:
    print("complex('0xb NAA8e5')", type(ex).__name__, ex)
try:
    print("float.fromhex('0xb NAA8e5')", repr(float.fromhex('0xb NAA8e5')))
except Exception as ex:
    print("float.fromhex('0xb NAA8e5')", type(ex).__name__, ex)
try:
    print("int('ef1-a3e')", repr(int('ef1-a3e')))
except Exception as ex:
    print("int('ef1-a3e')", type(ex).__name__, ex)
try:
    print("int('ef1-a3e', 0)", repr(int('ef1-a3e', 0)))
except Exception as ex:
    print("int('ef1-a3e', 0)", type(ex).__name__, ex)
try:
    print("int('ef1-a3e', 7)", repr(int('ef1-a3e', 7)))
except Exception as ex:
    print("int('ef1-a3e', 7)", type(ex).__name__, ex)
try:
    print("float('ef1-a3e')", repr(float('ef1-a3e')))
except Exception as ex:
    print("float('ef1-a3e')", type(ex).__name__, ex)
try:
    print("complex('ef1-a3e')", repr(complex('ef1-a3e')))
except Exception as ex:
    print("complex('ef1-a3e')", type(ex).__name__, ex)
try:
    print("float.fromhex('ef1-a3e')", repr(float.fromhex('ef1-a3e')))
except Exception as ex:
    print("float.fromhex('ef1-a3e')", type(ex).__name__, ex)
try:
    print("int('+')", repr(int('+')))
except Exception as ex:
    print("int('+')", type(ex).__name__, ex)
try:
    print("int('+', 0)", repr(int('+', 0)))
except Exception as ex:
    print("int('+', 0)", type(ex).__name__, ex)
try:
    print("int('+', 2)", repr(int('+', 2)))
except Exception as ex:
    print("int('+', 2)", type(ex).__name__, ex)
try:
    print("float('+')", repr(float('+')))
except Exception as ex:
    print("float('+')", type(ex).__name__, ex)
try:
    print("complex('+')", repr(complex('+')))
except Exception as ex:
    print("complex('+')", type(ex).__name__, ex)
try:
    print("float.fromhex('+')", repr(float.fromhex('+')))
except Exception as ex:
    print("float.fromhex('+')", type(ex).__name__, ex)
try:
    print("int('OBEeJN')", repr(int('OBEeJN')))
except Exception as ex:
    print("int('OBEeJN')", type(ex).__name__, ex)
try:
    print("int('OBEeJN', 0)", repr(int('OBEeJN', 0)))
except Exception as ex:
    print("int('OBEeJN', 0)", type(ex).__name__, ex)
try:
    print("int('OBEeJN', 36)", repr(int('OBEeJN', 36)))
except Exception as ex:
    print("int('OBEeJN', 36)", type(ex).__name__, ex)
try:
    print("float('OBEeJN')", repr(float('OBEeJN')))
except Exception as ex:
    print("float('OBEeJN')", type(ex).__name__, ex)
try:
    print("complex('OBEeJN')", repr(complex('OBEeJN')))
except Exception as ex:
    print("complex('OBEeJN')", type(ex).__name__, ex)
try:
    print("float.fromhex('OBEeJN')", repr(float.fromhex('OBEeJN')))
except Exception as ex:
    print("float.fromhex('OBEeJN')", type(ex).__name__, ex)
try:
    print("int('X5N- N-3')", repr(int('X5N- N-3')))
except Exception as ex:
    print("int('X5N- N-3')", type(ex).__name__, ex)
try:
    print("int('X5N- N-3', 0)", repr(int('X5N- N-3', 0)))
except Exception as ex:
    print("int('X5N- N-3', 0)", type(ex).__name__, ex)
try:
    print("int('X5N- N-3', 2)", repr(int('X5N- N-3', 2)))
except Exception as ex:
    print("int('X5N- N-3', 2)", type(ex).__name__, ex)
try:
    print("float('X5N- N-3')", repr(float('X5N- N-3')))
except Exception as ex:
    print("float('X5N- N-3')", type(ex).__name__, ex)
try:
    print("complex('X5N- N-3')", repr(complex('X5N- N-3')))
except Exception as ex:
    print("complex('X5N- N-3')", type(ex).__name__, ex)
try:
    print("float.fromhex('X5N- N-3')", repr(float.fromhex('X5N- N-3')))
except Exception as ex:
    print("float.fromhex('X5N- N-3')", type(ex).__name__, ex)
try:
    print("int(' +B.a156xI1')", repr(int(' +B.a156xI1')))
except Exception as ex:
    print("int(' +B.a156xI1')", type(ex).__name__, ex)
try:
    print("int(' +B.a156xI1', 0)", repr(int(' +B.a156xI1', 0)))
except Exception as ex:
    print("int(' +B.a156xI1', 0)", type(ex).__name__, ex)
try:
    print("int(' +B.a156xI1', 16)", repr(int(' +B.a156xI1', 16)))
except Exception as ex:
    print("int(' +B.a156xI1', 16)", type(ex).__name__, ex)
try:
    print("float(' +B.a156xI1')", repr(float(' +B.a156xI1')))
except Exception as ex:
    print("float(' +B.a156xI1')", type(ex).__name__, ex)
try:
    print("complex(' +B.a156xI1')", repr(complex(' +B.a156xI1')))
except Exception as ex:
    print("complex(' +B.a156xI1')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +B.a156xI1')", repr(float.fromhex(' +B.a156xI1')))
except Exception as ex:
    print("float.fromhex(' +B.a156xI1')", type(ex).__name__, ex)
try:
    print("int('X7')", repr(int('X7')))
except Exception as ex:
    print("int('X7')", type(ex).__name__, ex)
try:
    print("int('X7', 0)", repr(int('X7', 0)))
except Exception as ex:
    print("int('X7', 0)", type(ex).__name__, ex)
try:
    print("int('X7', 36)", repr(int('X7', 36)))
except Exception as ex:
    print("int('X7', 36)", type(ex).__name__, ex)
try:
    print("float('X7')", repr(float('X7')))
except Exception as ex:
    print("float('X7')", type(ex).__name__, ex)
try:
    print("complex('X7')", repr(complex('X7')))
except Exception as ex:
    print("complex('X7')", type(ex).__name__, ex)
try:
    print("float.fromhex('X7')", repr(float.fromhex('X7')))
except Exception as ex:
    print("float.fromhex('X7')", type(ex).__name__, ex)
try:
    print("int('F\\t0 1nan')", repr(int('F\t0 1nan')))
except Exception as ex:
    print("int('F\\t0 1nan')", type(ex).__name__, ex)
try:
    print("int('F\\t0 1nan', 0)", repr(int('F\t0 1nan', 0)))
except Exception as ex:
    print("int('F\\t0 1nan', 0)", type(ex).__name__, ex)
try:
    print("int('F\\t0 1nan', 7)", repr(int('F\t0 1nan', 7)))
except Exception as ex:
    print("int('F\\t0 1nan', 7)", type(ex).__name__, ex)
try:
    print("float('F\\t0 1nan')", repr(float('F\t0 1nan')))
except Exception as ex:
    print("float('F\\t0 1nan')", type(ex).__name__, ex)
try:
    print("complex('F\\t0 1nan')", repr(complex('F\t0 1nan')))
except Exception as ex:
    print("complex('F\\t0 1nan')", type(ex).__name__, ex)
try:
    print("float.fromhex('F\\t0 1nan')", repr(float.fromhex('F\t0 1nan')))
except Exception as ex:
    print("float.fromhex('F\\t0 1nan')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 2)", repr(int('', 2)))
except Exception as ex:
    print("int('', 2)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('F1j')", repr(int('F1j')))
except Exception as ex:
    print("int('F1j')", type(ex).__name__, ex)
try:
    print("int('F1j', 0)", repr(int('F1j', 0)))
except Exception as ex:
    print("int('F1j', 0)", type(ex).__name__, ex)
try:
    print("int('F1j', 8)", repr(int('F1j', 8)))
except Exception as ex:
    print("int('F1j', 8)", type(ex).__name__, ex)
try:
    print("float('F1j')", repr(float('F1j')))
except Exception as ex:
    print("float('F1j')", type(ex).__name__, ex)
try:
    print("complex('F1j')", repr(complex('F1j')))
except Exception as ex:
    print("complex('F1j')", type(ex).__name__, ex)
try:
    print("float.fromhex('F1j')", repr(float.fromhex('F1j')))
except Exception as ex:
    print("float.fromhex('F1j')", type(ex).__name__, ex)
try:
    print("int('-+')", repr(int('-+')))
except Exception as ex:
    print("int('-+')", type(ex).__name__, ex)
try:
    print("int('-+', 0)", repr(int('-+', 0)))
except Exception as ex:
    print("int('-+', 0)", type(ex).__name__, ex)
try:
    print("int('-+', 36)", repr(int('-+', 36)))
except Exception as ex:
    print("int('-+', 36)", type(ex).__name__, ex)
try:
    print("float('-+')", repr(float('-+')))
except Exception as ex:
    print("float('-+')", type(ex).__name__, ex)
try:
    print("complex('-+')", repr(complex('-+')))
except Exception as ex:
    print("complex('-+')", type(ex).__name__, ex)
try:
    print("float.fromhex('-+')", repr(float.fromhex('-+')))
except Exception as ex:
    print("float.fromhex('-+')", type(ex).__name__, ex)
try:
    print("int('0oB1J-_')", repr(int('0oB1J-_')))
except Exception as ex:
    print("int('0oB1J-_')", type(ex).__name__, ex)
try:
    print("int('0oB1J-_', 0)", repr(int('0oB1J-_', 0)))
except Exception as ex:
    print("int('0oB1J-_', 0)", type(ex).__name__, ex)
try:
    print("int('0oB1J-_', 16)", repr(int('0oB1J-_', 16)))
except Exception as ex:
    print("int('0oB1J-_', 16)", type(ex).__name__, ex)
try:
    print("float('0oB1J-_')", repr(float('0oB1J-_')))
except Exception as ex:
    print("float('0oB1J-_')", type(ex).__name__, ex)
try:
    print("complex('0oB1J-_')", repr(complex('0oB1J-_')))
except Exception as ex:
    print("complex('0oB1J-_')", type(ex).__name__, ex)
try:
    print("float.fromhex('0oB1J-_')", repr(float.fromhex('0oB1J-_')))
except Exception as ex:
    print("float.fromhex('0oB1J-_')", type(ex).__name__, ex)
try:
    print("int('X8 bFFA')", repr(int('X8 bFFA')))
except Exception as ex:
    print("int('X8 bFFA')", type(ex).__name__, ex)
try:
    print("int('X8 bFFA', 0)", repr(int('X8 bFFA', 0)))
except Exception as ex:
    print("int('X8 bFFA', 0)", type(ex).__name__, ex)
try:
    print("int('X8 bFFA', 8)", repr(int('X8 bFFA', 8)))
except Exception as ex:
    print("int('X8 bFFA', 8)", type(ex).__name__, ex)
try:
    print("float('X8 bFFA')", repr(float('X8 bFFA')))
except Exception as ex:
    print("float('X8 bFFA')", type(ex).__name__, ex)
try:
    print("complex('X8 bFFA')", repr(complex('X8 bFFA')))
except Exception as ex:
    print("complex('X8 bFFA')", type(ex).__name__, ex)
try:
    print("float.fromhex('X8 bFFA')", repr(float.fromhex('X8 bFFA')))
except Exception as ex:
    print("float.fromhex('X8 bFFA')", type(ex).__name__, ex)
try:
    print("int('0b\\tI9')", repr(int('0b\tI9')))
except Exception as ex:
    print("int('0b\\tI9')", type(ex).__name__, ex)
try:
    print("int('0b\\tI9', 0)", repr(int('0b\tI9', 0)))
except Exception as ex:
    print("int('0b\\tI9', 0)", type(ex).__name__, ex)
try:
    print("int('0b\\tI9', 7)", repr(int('0b\tI9', 7)))
except Exception as ex:
    print("int('0b\\tI9', 7)", type(ex).__name__, ex)
try:
    print("float('0b\\tI9')", repr(float('0b\tI9')))
except Exception as ex:
    print("float('0b\\tI9')", type(ex).__name__, ex)
try:
    print("complex('0b\\tI9')", repr(complex('0b\tI9')))
except Exception as ex:
    print("complex('0b\\tI9')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b\\tI9')", repr(float.fromhex('0b\tI9')))
except Exception as ex:
    print("float.fromhex('0b\\tI9')", type(ex).__name__, ex)
try:
    print("int('5')", repr(int('5')))
except Exception as ex:
    print("int('5')", type(ex).__name__, ex)
try:
    print("int('5', 0)", repr(int('5', 0)))
except Exception as ex:
    print("int('5', 0)", type(ex).__name__, ex)
try:
    print("int('5', 7)", repr(int('5', 7)))
except Exception as ex:
    print("int('5', 7)", type(ex).__name__, ex)
try:
    print("float('5')", repr(float('5')))
except Exception as ex:
    print("float('5')", type(ex).__name__, ex)
try:
    print("complex('5')", repr(complex('5')))
except Exception as ex:
    print("complex('5')", type(ex).__name__, ex)
try:
    print("float.fromhex('5')", repr(float.fromhex('5')))
except Exception as ex:
    print("float.fromhex('5')", type(ex).__name__, ex)
try:
    print("int('44')", repr(int('44')))
except Exception as ex:
    print("int('44')", type(ex).__name__, ex)
try:
    print("int('44', 0)", repr(int('44', 0)))
except Exception as ex:
    print("int('44', 0)", type(ex).__name__, ex)
try:
    print("int('44', 16)", repr(int('44', 16)))
except Exception as ex:
    print("int('44', 16)", type(ex).__name__, ex)
try:
    print("float('44')", repr(float('44')))
except Exception as ex:
    print("float('44')", type(ex).__name__, ex)
try:
    print("complex('44')", repr(complex('44')))
except Exception as ex:
    print("complex('44')", type(ex).__name__, ex)
try:
    print("float.fromhex('44')", repr(float.fromhex('44')))
except Exception as ex:
    print("float.fromhex('44')", type(ex).__name__, ex)
try:
    print("int('0bJ3E_')", repr(int('0bJ3E_')))
except Exception as ex:
    print("int('0bJ3E_')", type(ex).__name__, ex)
try:
    print("int('0bJ3E_', 0)", repr(int('0bJ3E_', 0)))
except Exception as ex:
    print("int('0bJ3E_', 0)", type(ex).__name__, ex)
try:
    print("int('0bJ3E_', 16)", repr(int('0bJ3E_', 16)))
except Exception as ex:
    print("int('0bJ3E_', 16)", type(ex).__name__, ex)
try:
    print("float('0bJ3E_')", repr(float('0bJ3E_')))
except Exception as ex:
    print("float('0bJ3E_')", type(ex).__name__, ex)
try:
    print("complex('0bJ3E_')", repr(complex('0bJ3E_')))
except Exception as ex:
    print("complex('0bJ3E_')", type(ex).__name__, ex)
try:
    print("float.fromhex('0bJ3E_')", repr(float.fromhex('0bJ3E_')))
except Exception as ex:
    print("float.fromhex('0bJ3E_')", type(ex).__name__, ex)
try:
    print("int('EeN49inf')", repr(int('EeN49inf')))
except Exception as ex:
    print("int('EeN49inf')", type(ex).__name__, ex)
try:
    print("int('EeN49inf', 0)", repr(int('EeN49inf', 0)))
except Exception as ex:
    print("int('EeN49inf', 0)", type(ex).__name__, ex)
try:
    print("int('EeN49inf', 2)", repr(int('EeN49inf', 2)))
except Exception as ex:
    print("int('EeN49inf', 2)", type(ex).__name__, ex)
try:
    print("float('EeN49inf')", repr(float('EeN49inf')))
except Exception as ex:
    print("float('EeN49inf')", type(ex).__name__, ex)
try:
    print("complex('EeN49inf')", repr(complex('EeN49inf')))
except Exception as ex:
    print("complex('EeN49inf')", type(ex).__name__, ex)
try:
    print("float.fromhex('EeN49inf')", repr(float.fromhex('EeN49inf')))
except Exception as ex:
    print("float.fromhex('EeN49inf')", type(ex).__name__, ex)
try:
    print("int('0o2O')", repr(int('0o2O')))
except Exception as ex:
    print("int('0o2O')", type(ex).__name__, ex)
try:
    print("int('0o2O', 0)", repr(int('0o2O', 0)))
except Exception as ex:
    print("int('0o2O', 0)", type(ex).__name__, ex)
try:
    print("int('0o2O', 7)", repr(int('0o2O', 7)))
except Exception as ex:
    print("int('0o2O', 7)", type(ex).__name__, ex)
try:
    print("float('0o2O')", repr(float('0o2O')))
except Exception as ex:
    print("float('0o2O')", type(ex).__name__, ex)
try:
    print("complex('0o2O')", repr(complex('0o2O')))
except Exception as ex:
    print("complex('0o2O')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o2O')", repr(float.fromhex('0o2O')))
except Exception as ex:
    print("float.fromhex('0o2O')", type(ex).__name__, ex)
try:
    print("int('..JA')", repr(int('..JA')))
except Exception as ex:
    print("int('..JA')", type(ex).__name__, ex)
try:
    print("int('..JA', 0)", repr(int('..JA', 0)))
except Exception as ex:
    print("int('..JA', 0)", type(ex).__name__, ex)
try:
    print("int('..JA', 2)", repr(int('..JA', 2)))
except Exception as ex:
    print("int('..JA', 2)", type(ex).__name__, ex)
try:
    print("float('..JA')", repr(float('..JA')))
except Exception as ex:
    print("float('..JA')", type(ex).__name__, ex)
try:
    print("complex('..JA')", repr(complex('..JA')))
except Exception as ex:
    print("complex('..JA')", type(ex).__name__, ex)
try:
    print("float.fromhex('..JA')", repr(float.fromhex('..JA')))
except Exception as ex:
    print("float.fromhex('..JA')", type(ex).__name__, ex)
try:
    print("int('0b\\t27jinf')", repr(int('0b\t27jinf')))
except Exception as ex:
    print("int('0b\\t27jinf')", type(ex).__name__, ex)
try:
    print("int('0b\\t27jinf', 0)", repr(int('0b\t27jinf', 0)))
except Exception as ex:
    print("int('0b\\t27jinf', 0)", type(ex).__name__, ex)
try:
    print("int('0b\\t27jinf', 36)", repr(int('0b\t27jinf', 36)))
except Exception as ex:
    print("int('0b\\t27jinf', 36)", type(ex).__name__, ex)
try:
    print("float('0b\\t27jinf')", repr(float('0b\t27jinf')))
except Exception as ex:
    print("float('0b\\t27jinf')", type(ex).__name__, ex)
try:
    print("complex('0b\\t27jinf')", repr(complex('0b\t27jinf')))
except Exception as ex:
    print("complex('0b\\t27jinf')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b\\t27jinf')", repr(float.fromhex('0b\t27jinf')))
except Exception as ex:
    print("float.fromhex('0b\\t27jinf')", type(ex).__name__, ex)
try:
    print("int('O7O6X4')", repr(int('O7O6X4')))
except Exception as ex:
    print("int('O7O6X4')", type(ex).__name__, ex)
try:
    print("int('O7O6X4', 0)", repr(int('O7O6X4', 0)))
except Exception as ex:
    print("int('O7O6X4', 0)", type(ex).__name__, ex)
try:
    print("int('O7O6X4', 8)", repr(int('O7O6X4', 8)))
except Exception as ex:
    print("int('O7O6X4', 8)", type(ex).__name__, ex)
try:
    print("float('O7O6X4')", repr(float('O7O6X4')))
except Exception as ex:
    print("float('O7O6X4')", type(ex).__name__, ex)
try:
    print("complex('O7O6X4')", repr(complex('O7O6X4')))
except Exception as ex:
    print("complex('O7O6X4')", type(ex).__name__, ex)
try:
    print("float.fromhex('O7O6X4')", repr(float.fromhex('O7O6X4')))
except Exception as ex:
    print("float.fromhex('O7O6X4')", type(ex).__name__, ex)
try:
    print("int('9')", repr(int('9')))
except Exception as ex:
    print("int('9')", type(ex).__name__, ex)
try:
    print("int('9', 0)", repr(int('9', 0)))
except Exception as ex:
    print("int('9', 0)", type(ex).__name__, ex)
try:
    print("int('9', 8)", repr(int('9', 8)))
except Exception as ex:
    print("int('9', 8)", type(ex).__name__, ex)
try:
    print("float('9')", repr(float('9')))
except Exception as ex:
    print("float('9')", type(ex).__name__, ex)
try:
    print("complex('9')", repr(complex('9')))
except Exception as ex:
    print("complex('9')", type(ex).__name__, ex)
try:
    print("float.fromhex('9')", repr(float.fromhex('9')))
except Exception as ex:
    print("float.fromhex('9')", type(ex).__name__, ex)
try:
    print("int('53eIoO ')", repr(int('53eIoO ')))
except Exception as ex:
    print("int('53eIoO ')", type(ex).__name__, ex)
try:
    print("int('53eIoO ', 0)", repr(int('53eIoO ', 0)))
except Exception as ex:
    print("int('53eIoO ', 0)", type(ex).__name__, ex)
try:
    print("int('53eIoO ', 2)", repr(int('53eIoO ', 2)))
except Exception as ex:
    print("int('53eIoO ', 2)", type(ex).__name__, ex)
try:
    print("float('53eIoO ')", repr(float('53eIoO ')))
except Exception as ex:
    print("float('53eIoO ')", type(ex).__name__, ex)
try:
    print("complex('53eIoO ')", repr(complex('53eIoO ')))
except Exception as ex:
    print("complex('53eIoO ')", type(ex).__name__, ex)
try:
    print("float.fromhex('53eIoO ')", repr(float.fromhex('53eIoO ')))
except Exception as ex:
    print("float.fromhex('53eIoO ')", type(ex).__name__, ex)
try:
    print("int('-- j2--4')", repr(int('-- j2--4')))
except Exception as ex:
    print("int('-- j2--4')", type(ex).__name__, ex)
try:
    print("int('-- j2--4', 0)", repr(int('-- j2--4', 0)))
except Exception as ex:
    print("int('-- j2--4', 0)", type(ex).__name__, ex)
try:
    print("int('-- j2--4', 36)", repr(int('-- j2--4', 36)))
except Exception as ex:
    print("int('-- j2--4', 36)", type(ex).__name__, ex)
try:
    print("float('-- j2--4')", repr(float('-- j2--4')))
except Exception as ex:
    print("float('-- j2--4')", type(ex).__name__, ex)
try:
    print("complex('-- j2--4')", repr(complex('-- j2--4')))
except Exception as ex:
    print("complex('-- j2--4')", type(ex).__name__, ex)
try:
    print("float.fromhex('-- j2--4')", repr(float.fromhex('-- j2--4')))
except Exception as ex:
    print("float.fromhex('-- j2--4')", type(ex).__name__, ex)
try:
    print("int('Ib1fj')", repr(int('Ib1fj')))
except Exception as ex:
    print("int('Ib1fj')", type(ex).__name__, ex)
try:
    print("int('Ib1fj', 0)", repr(int('Ib1fj', 0)))
except Exception as ex:
    print("int('Ib1fj', 0)", type(ex).__name__, ex)
try:
    print("int('Ib1fj', 8)", repr(int('Ib1fj', 8)))
except Exception as ex:
    print("int('Ib1fj', 8)", type(ex).__name__, ex)
try:
    print("float('Ib1fj')", repr(float('Ib1fj')))
except Exception as ex:
    print("float('Ib1fj')", type(ex).__name__, ex)
try:
    print("complex('Ib1fj')", repr(complex('Ib1fj')))
except Exception as ex:
    print("complex('Ib1fj')", type(ex).__name__, ex)
try:
    print("float.fromhex('Ib1fj')", repr(float.fromhex('Ib1fj')))
except Exception as ex:
    print("float.fromhex('Ib1fj')", type(ex).__name__, ex)
try:
    print("int('je9')", repr(int('je9')))
except Exception as ex:
    print("int('je9')", type(ex).__name__, ex)
try:
    print("int('je9', 0)", repr(int('je9', 0)))
except Exception as ex:
    print("int('je9', 0)", type(ex).__name__, ex)
try:
    print("int('je9', 16)", repr(int('je9', 16)))
except Exception as ex:
    print("int('je9', 16)", type(ex).__name__, ex)
try:
    print("float('je9')", repr(float('je9')))
except Exception as ex:
    print("float('je9')", type(ex).__name__, ex)
try:
    print("complex('je9')", repr(complex('je9')))
except Exception as ex:
    print("complex('je9')", type(ex).__name__, ex)
try:
    print("float.fromhex('je9')", repr(float.fromhex('je9')))
except Exception as ex:
    print("float.fromhex('je9')", type(ex).__name__, ex)
try:
    print("int(' +a35nij')", repr(int(' +a35nij')))
except Exception as ex:
    print("int(' +a35nij')", type(ex).__name__, ex)
try:
    print("int(' +a35nij', 0)", repr(int(' +a35nij', 0)))
except Exception as ex:
    print("int(' +a35nij', 0)", type(ex).__name__, ex)
try:
    print("int(' +a35nij', 16)", repr(int(' +a35nij', 16)))
except Exception as ex:
    print("int(' +a35nij', 16)", type(ex).__name__, ex)
try:
    print("float(' +a35nij')", repr(float(' +a35nij')))
except Exception as ex:
    print("float(' +a35nij')", type(ex).__name__, ex)
try:
    print("complex(' +a35nij')", repr(complex(' +a35nij')))
except Exception as ex:
    print("complex(' +a35nij')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +a35nij')", repr(float.fromhex(' +a35nij')))
except Exception as ex:
    print("float.fromhex(' +a35nij')", type(ex).__name__, ex)
try:
    print("int('0o\\tA9J')", repr(int('0o\tA9J')))
except Exception as ex:
    print("int('0o\\tA9J')", type(ex).__name__, ex)
try:
    print("int('0o\\tA9J', 0)", repr(int('0o\tA9J', 0)))
except Exception as ex:
    print("int('0o\\tA9J', 0)", type(ex).__name__, ex)
try:
    print("int('0o\\tA9J', 7)", repr(int('0o\tA9J', 7)))
except Exception as ex:
    print("int('0o\\tA9J', 7)", type(ex).__name__, ex)
try:
    print("float('0o\\tA9J')", repr(float('0o\tA9J')))
except Exception as ex:
    print("float('0o\\tA9J')", type(ex).__name__, ex)
try:
    print("complex('0o\\tA9J')", repr(complex('0o\tA9J')))
except Exception as ex:
    print("complex('0o\\tA9J')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o\\tA9J')", repr(float.fromhex('0o\tA9J')))
except Exception as ex:
    print("float.fromhex('0o\\tA9J')", type(ex).__name__, ex)
try:
    print("int('e0xFBX1')", repr(int('e0xFBX1')))
except Exception as ex:
    print("int('e0xFBX1')", type(ex).__name__, ex)
try:
    print("int('e0xFBX1', 0)", repr(int('e0xFBX1', 0)))
except Exception as ex:
    print("int('e0xFBX1', 0)", type(ex).__name__, ex)
try:
    print("int('e0xFBX1', 36)", repr(int('e0xFBX1', 36)))
except Exception as ex:
    print("int('e0xFBX1', 36)", type(ex).__name__, ex)
try:
    print("float('e0xFBX1')", repr(float('e0xFBX1')))
except Exception as ex:
    print("float('e0xFBX1')", type(ex).__name__, ex)
try:
    print("complex('e0xFBX1')", repr(complex('e0xFBX1')))
except Exception as ex:
    print("complex('e0xFBX1')", type(ex).__name__, ex)
try:
    print("float.fromhex('e0xFBX1')", repr(float.fromhex('e0xFBX1')))
except Exception as ex:
    print("float.fromhex('e0xFBX1')", type(ex).__name__, ex)
try:
    print("int('Bbn79\\t')", repr(int('Bbn79\t')))
except Exception as ex:
    print("int('Bbn79\\t')", type(ex).__name__, ex)
try:
    print("int('Bbn79\\t', 0)", repr(int('Bbn79\t', 0)))
except Exception as ex:
    print("int('Bbn79\\t', 0)", type(ex).__name__, ex)
try:
    print("int('Bbn79\\t', 2)", repr(int('Bbn79\t', 2)))
except Exception as ex:
    print("int('Bbn79\\t', 2)", type(ex).__name__, ex)
try:
    print("float('Bbn79\\t')", repr(float('Bbn79\t')))
except Exception as ex:
    print("float('Bbn79\\t')", type(ex).__name__, ex)
try:
    print("complex('Bbn79\\t')", repr(complex('Bbn79\t')))
except Exception as ex:
    print("complex('Bbn79\\t')", type(ex).__name__, ex)
try:
    print("float.fromhex('Bbn79\\t')", repr(float.fromhex('Bbn79\t')))
except Exception as ex:
    print("float.fromhex('Bbn79\\t')", type(ex).__name__, ex)
try:
    print("int('no 0f')", repr(int('no 0f')))
except Exception as ex:
    print("int('no 0f')", type(ex).__name__, ex)
try:
    print("int('no 0f', 0)", repr(int('no 0f', 0)))
except Exception as ex:
    print("int('no 0f', 0)", type(ex).__name__, ex)
try:
    print("int('no 0f', 8)", repr(int('no 0f', 8)))
except Exception as ex:
    print("int('no 0f', 8)", type(ex).__name__, ex)
try:
    print("float('no 0f')", repr(float('no 0f')))
except Exception as ex:
    print("float('no 0f')", type(ex).__name__, ex)
try:
    print("complex('no 0f')", repr(complex('no 0f')))
except Exception as ex:
    print("complex('no 0f')", type(ex).__name__, ex)
try:
    print("float.fromhex('no 0f')", repr(float.fromhex('no 0f')))
except Exception as ex:
    print("float.fromhex('no 0f')", type(ex).__name__, ex)
try:
    print("int('+BX')", repr(int('+BX')))
except Exception as ex:
    print("int('+BX')", type(ex).__name__, ex)
try:
    print("int('+BX', 0)", repr(int('+BX', 0)))
except Exception as ex:
    print("int('+BX', 0)", type(ex).__name__, ex)
try:
    print("int('+BX', 36)", repr(int('+BX', 36)))
except Exception as ex:
    print("int('+BX', 36)", type(ex).__name__, ex)
try:
    print("float('+BX')", repr(float('+BX')))
except Exception as ex:
    print("float('+BX')", type(ex).__name__, ex)
try:
    print("complex('+BX')", repr(complex('+BX')))
except Exception as ex:
    print("complex('+BX')", type(ex).__name__, ex)
try:
    print("float.fromhex('+BX')", repr(float.fromhex('+BX')))
except Exception as ex:
    print("float.fromhex('+BX')", type(ex).__name__, ex)
try:
    print("int('N-9631F')", repr(int('N-9631F')))
except Exception as ex:
    print("int('N-9631F')", type(ex).__name__, ex)
try:
    print("int('N-9631F', 0)", repr(int('N-9631F', 0)))
except Exception as ex:
    print("int('N-9631F', 0)", type(ex).__name__, ex)
try:
    print("int('N-9631F', 2)", repr(int('N-9631F', 2)))
except Exception as ex:
    print("int('N-9631F', 2)", type(ex).__name__, ex)
try:
    print("float('N-9631F')", repr(float('N-9631F')))
except Exception as ex:
    print("float('N-9631F')", type(ex).__name__, ex)
try:
    print("complex('N-9631F')", repr(complex('N-9631F')))
except Exception as ex:
    print("complex('N-9631F')", type(ex).__name__, ex)
try:
    print("float.fromhex('N-9631F')", repr(float.fromhex('N-9631F')))
except Exception as ex:
    print("float.fromhex('N-9631F')", type(ex).__name__, ex)
try:
    print("int('8\\tBi11')", repr(int('8\tBi11')))
except Exception as ex:
    print("int('8\\tBi11')", type(ex).__name__, ex)
try:
    print("int('8\\tBi11', 0)", repr(int('8\tBi11', 0)))
except Exception as ex:
    print("int('8\\tBi11', 0)", type(ex).__name__, ex)
try:
    print("int('8\\tBi11', 8)", repr(int('8\tBi11', 8)))
except Exception as ex:
    print("int('8\\tBi11', 8)", type(ex).__name__, ex)
try:
    print("float('8\\tBi11')", repr(float('8\tBi11')))
except Exception as ex:
    print("float('8\\tBi11')", type(ex).__name__, ex)
try:
    print("complex('8\\tBi11')", repr(complex('8\tBi11')))
except Exception as ex:
    print("complex('8\\tBi11')", type(ex).__name__, ex)
try:
    print("float.fromhex('8\\tBi11')", repr(float.fromhex('8\tBi11')))
except Exception as ex:
    print("float.fromhex('8\\tBi11')", type(ex).__name__, ex)
try:
    print("int('B7b')", repr(int('B7b')))
except Exception as ex:
    print("int('B7b')", type(ex).__name__, ex)
try:
    print("int('B7b', 0)", repr(int('B7b', 0)))
except Exception as ex:
    print("int('B7b', 0)", type(ex).__name__, ex)
try:
    print("int('B7b', 7)", repr(int('B7b', 7)))
except Exception as ex:
    print("int('B7b', 7)", type(ex).__name__, ex)
try:
    print("float('B7b')", repr(float('B7b')))
except Exception as ex:
    print("float('B7b')", type(ex).__name__, ex)
try:
    print("complex('B7b')", repr(complex('B7b')))
except Exception as ex:
    print("complex('B7b')", type(ex).__name__, ex)
try:
    print("float.fromhex('B7b')", repr(float.fromhex('B7b')))
except Exception as ex:
    print("float.fromhex('B7b')", type(ex).__name__, ex)
try:
    print("int('0x0A966nj')", repr(int('0x0A966nj')))
except Exception as ex:
    print("int('0x0A966nj')", type(ex).__name__, ex)
try:
    print("int('0x0A966nj', 0)", repr(int('0x0A966nj', 0)))
except Exception as ex:
    print("int('0x0A966nj', 0)", type(ex).__name__, ex)
try:
    print("int('0x0A966nj', 2)", repr(int('0x0A966nj', 2)))
except Exception as ex:
    print("int('0x0A966nj', 2)", type(ex).__name__, ex)
try:
    print("float('0x0A966nj')", repr(float('0x0A966nj')))
except Exception as ex:
    print("float('0x0A966nj')", type(ex).__name__, ex)
try:
    print("complex('0x0A966nj')", repr(complex('0x0A966nj')))
except Exception as ex:
    print("complex('0x0A966nj')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x0A966nj')", repr(float.fromhex('0x0A966nj')))
except Exception as ex:
    print("float.fromhex('0x0A966nj')", type(ex).__name__, ex)
try:
    print("int('47')", repr(int('47')))
except Exception as ex:
    print("int('47')", type(ex).__name__, ex)
try:
    print("int('47', 0)", repr(int('47', 0)))
except Exception as ex:
    print("int('47', 0)", type(ex).__name__, ex)
try:
    print("int('47', 7)", repr(int('47', 7)))
except Exception as ex:
    print("int('47', 7)", type(ex).__name__, ex)
try:
    print("float('47')", repr(float('47')))
except Exception as ex:
    print("float('47')", type(ex).__name__, ex)
try:
    print("complex('47')", repr(complex('47')))
except Exception as ex:
    print("complex('47')", type(ex).__name__, ex)
try:
    print("float.fromhex('47')", repr(float.fromhex('47')))
except Exception as ex:
    print("float.fromhex('47')", type(ex).__name__, ex)
try:
    print("int('0x.1E_\\t.1')", repr(int('0x.1E_\t.1')))
except Exception as ex:
    print("int('0x.1E_\\t.1')", type(ex).__name__, ex)
try:
    print("int('0x.1E_\\t.1', 0)", repr(int('0x.1E_\t.1', 0)))
except Exception as ex:
    print("int('0x.1E_\\t.1', 0)", type(ex).__name__, ex)
try:
    print("int('0x.1E_\\t.1', 7)", repr(int('0x.1E_\t.1', 7)))
except Exception as ex:
    print("int('0x.1E_\\t.1', 7)", type(ex).__name__, ex)
try:
    print("float('0x.1E_\\t.1')", repr(float('0x.1E_\t.1')))
except Exception as ex:
    print("float('0x.1E_\\t.1')", type(ex).__name__, ex)
try:
    print("complex('0x.1E_\\t.1')", repr(complex('0x.1E_\t.1')))
except Exception as ex:
    print("complex('0x.1E_\\t.1')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x.1E_\\t.1')", repr(float.fromhex('0x.1E_\t.1')))
except Exception as ex:
    print("float.fromhex('0x.1E_\\t.1')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 2)", repr(int('', 2)))
except Exception as ex:
    print("int('', 2)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('fb')", repr(int('fb')))
except Exception as ex:
    print("int('fb')", type(ex).__name__, ex)
try:
    print("int('fb', 0)", repr(int('fb', 0)))
except Exception as ex:
    print("int('fb', 0)", type(ex).__name__, ex)
try:
    print("int('fb', 8)", repr(int('fb', 8)))
except Exception as ex:
    print("int('fb', 8)", type(ex).__name__, ex)
try:
    print("float('fb')", repr(float('fb')))
except Exception as ex:
    print("float('fb')", type(ex).__name__, ex)
try:
    print("complex('fb')", repr(complex('fb')))
except Exception as ex:
    print("complex('fb')", type(ex).__name__, ex)
try:
    print("float.fromhex('fb')", repr(float.fromhex('fb')))
except Exception as ex:
    print("float.fromhex('fb')", type(ex).__name__, ex)
try:
    print("int('x -E')", repr(int('x -E')))
except Exception as ex:
    print("int('x -E')", type(ex).__name__, ex)
try:
    print("int('x -E', 0)", repr(int('x -E', 0)))
except Exception as ex:
    print("int('x -E', 0)", type(ex).__name__, ex)
try:
    print("int('x -E', 16)", repr(int('x -E', 16)))
except Exception as ex:
    print("int('x -E', 16)", type(ex).__name__, ex)
try:
    print("float('x -E')", repr(float('x -E')))
except Exception as ex:
    print("float('x -E')", type(ex).__name__, ex)
try:
    print("complex('x -E')", repr(complex('x -E')))
except Exception as ex:
    print("complex('x -E')", type(ex).__name__, ex)
try:
    print("float.fromhex('x -E')", repr(float.fromhex('x -E')))
except Exception as ex:
    print("float.fromhex('x -E')", type(ex).__name__, ex)
try:
    print("int('9j86a')", repr(int('9j86a')))
except Exception as ex:
    print("int('9j86a')", type(ex).__name__, ex)
try:
    print("int('9j86a', 0)", repr(int('9j86a', 0)))
except Exception as ex:
    print("int('9j86a', 0)", type(ex).__name__, ex)
try:
    print("int('9j86a', 7)", repr(int('9j86a', 7)))
except Exception as ex:
    print("int('9j86a', 7)", type(ex).__name__, ex)
try:
    print("float('9j86a')", repr(float('9j86a')))
except Exception as ex:
    print("float('9j86a')", type(ex).__name__, ex)
try:
    print("complex('9j86a')", repr(complex('9j86a')))
except Exception as ex:
    print("complex('9j86a')", type(ex).__name__, ex)
try:
    print("float.fromhex('9j86a')", repr(float.fromhex('9j86a')))
except Exception as ex:
    print("float.fromhex('9j86a')", type(ex).__name__, ex)
try:
    print("int('6b\\tF0e_1')", repr(int('6b\tF0e_1')))
except Exception as ex:
    print("int('6b\\tF0e_1')", type(ex).__name__, ex)
try:
    print("int('6b\\tF0e_1', 0)", repr(int('6b\tF0e_1', 0)))
except Exception as ex:
    print("int('6b\\tF0e_1', 0)", type(ex).__name__, ex)
try:
    print("int('6b\\tF0e_1', 16)", repr(int('6b\tF0e_1', 16)))
except Exception as ex:
    print("int('6b\\tF0e_1', 16)", type(ex).__name__, ex)
try:
    print("float('6b\\tF0e_1')", repr(float('6b\tF0e_1')))
except Exception as ex:
    print("float('6b\\tF0e_1')", type(ex).__name__, ex)
try:
    print("complex('6b\\tF0e_1')", repr(complex('6b\tF0e_1')))
except Exception as ex:
    print("complex('6b\\tF0e_1')", type(ex).__name__, ex)
try:
    print("float.fromhex('6b\\tF0e_1')", repr(float.fromhex('6b\tF0e_1')))
except Exception as ex:
    print("float.fromhex('6b\\tF0e_1')", type(ex).__name__, ex)
try:
    print("int('A')", repr(int('A')))
except Exception as ex:
    print("int('A')", type(ex).__name__, ex)
try:
    print("int('A', 0)", repr(int('A', 0)))
except Exception as ex:
    print("int('A', 0)", type(ex).__name__, ex)
try:
    print("int('A', 7)", repr(int('A', 7)))
except Exception as ex:
    print("int('A', 7)", type(ex).__name__, ex)
try:
    print("float('A')", repr(float('A')))
except Exception as ex:
    print("float('A')", type(ex).__name__, ex)
try:
    print("complex('A')", repr(complex('A')))
except Exception as ex:
    print("complex('A')", type(ex).__name__, ex)
try:
    print("float.fromhex('A')", repr(float.fromhex('A')))
except Exception as ex:
    print("float.fromhex('A')", type(ex).__name__, ex)
try:
    print("int('-XeFF.5')", repr(int('-XeFF.5')))
except Exception as ex:
    print("int('-XeFF.5')", type(ex).__name__, ex)
try:
    print("int('-XeFF.5', 0)", repr(int('-XeFF.5', 0)))
except Exception as ex:
    print("int('-XeFF.5', 0)", type(ex).__name__, ex)
try:
    print("int('-XeFF.5', 16)", repr(int('-XeFF.5', 16)))
except Exception as ex:
    print("int('-XeFF.5', 16)", type(ex).__name__, ex)
try:
    print("float('-XeFF.5')", repr(float('-XeFF.5')))
except Exception as ex:
    print("float('-XeFF.5')", type(ex).__name__, ex)
try:
    print("complex('-XeFF.5')", repr(complex('-XeFF.5')))
except Exception as ex:
    print("complex('-XeFF.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('-XeFF.5')", repr(float.fromhex('-XeFF.5')))
except Exception as ex:
    print("float.fromhex('-XeFF.5')", type(ex).__name__, ex)
try:
    print("int(' +')", repr(int(' +')))
except Exception as ex:
    print("int(' +')", type(ex).__name__, ex)
try:
    print("int(' +', 0)", repr(int(' +', 0)))
except Exception as ex:
    print("int(' +', 0)", type(ex).__name__, ex)
try:
    print("int(' +', 7)", repr(int(' +', 7)))
except Exception as ex:
    print("int(' +', 7)", type(ex).__name__, ex)
try:
    print("float(' +')", repr(float(' +')))
except Exception as ex:
    print("float(' +')", type(ex).__name__, ex)
try:
    print("complex(' +')", repr(complex(' +')))
except Exception as ex:
    print("complex(' +')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +')", repr(float.fromhex(' +')))
except Exception as ex:
    print("float.fromhex(' +')", type(ex).__name__, ex)
try:
    print("int('OFXib')", repr(int('OFXib')))
except Exception as ex:
    print("int('OFXib')", type(ex).__name__, ex)
try:
    print("int('OFXib', 0)", repr(int('OFXib', 0)))
except Exception as ex:
    print("int('OFXib', 0)", type(ex).__name__, ex)
try:
    print("int('OFXib', 16)", repr(int('OFXib', 16)))
except Exception as ex:
    print("int('OFXib', 16)", type(ex).__name__, ex)
try:
    print("float('OFXib')", repr(float('OFXib')))
except Exception as ex:
    print("float('OFXib')", type(ex).__name__, ex)
try:
    print("complex('OFXib')", repr(complex('OFXib')))
except Exception as ex:
    print("complex('OFXib')", type(ex).__name__, ex)
try:
    print("float.fromhex('OFXib')", repr(float.fromhex('OFXib')))
except Exception as ex:
    print("float.fromhex('OFXib')", type(ex).__name__, ex)
try:
    print("int('37A44x2 ')", repr(int('37A44x2 ')))
except Exception as ex:
    print("int('37A44x2 ')", type(ex).__name__, ex)
try:
    print("int('37A44x2 ', 0)", repr(int('37A44x2 ', 0)))
except Exception as ex:
    print("int('37A44x2 ', 0)", type(ex).__name__, ex)
try:
    print("int('37A44x2 ', 8)", repr(int('37A44x2 ', 8)))
except Exception as ex:
    print("int('37A44x2 ', 8)", type(ex).__name__, ex)
try:
    print("float('37A44x2 ')", repr(float('37A44x2 ')))
except Exception as ex:
    print("float('37A44x2 ')", type(ex).__name__, ex)
try:
    print("complex('37A44x2 ')", repr(complex('37A44x2 ')))
except Exception as ex:
    print("complex('37A44x2 ')", type(ex).__name__, ex)
try:
    print("float.fromhex('37A44x2 ')", repr(float.fromhex('37A44x2 ')))
except Exception as ex:
    print("float.fromhex('37A44x2 ')", type(ex).__name__, ex)
try:
    print("int('Xe0\\t5+')", repr(int('Xe0\t5+')))
except Exception as ex:
    print("int('Xe0\\t5+')", type(ex).__name__, ex)
try:
    print("int('Xe0\\t5+', 0)", repr(int('Xe0\t5+', 0)))
except Exception as ex:
    print("int('Xe0\\t5+', 0)", type(ex).__name__, ex)
try:
    print("int('Xe0\\t5+', 36)", repr(int('Xe0\t5+', 36)))
except Exception as ex:
    print("int('Xe0\\t5+', 36)", type(ex).__name__, ex)
try:
    print("float('Xe0\\t5+')", repr(float('Xe0\t5+')))
except Exception as ex:
    print("float('Xe0\\t5+')", type(ex).__name__, ex)
try:
    print("complex('Xe0\\t5+')", repr(complex('Xe0\t5+')))
except Exception as ex:
    print("complex('Xe0\\t5+')", type(ex).__name__, ex)
try:
    print("float.fromhex('Xe0\\t5+')", repr(float.fromhex('Xe0\t5+')))
except Exception as ex:
    print("float.fromhex('Xe0\\t5+')", type(ex).__name__, ex)
try:
    print("int('-NF9')", repr(int('-NF9')))
except Exception as ex:
    print("int('-NF9')", type(ex).__name__, ex)
try:
    print("int('-NF9', 0)", repr(int('-NF9', 0)))
except Exception as ex:
    print("int('-NF9', 0)", type(ex).__name__, ex)
try:
    print("int('-NF9', 8)", repr(int('-NF9', 8)))
except Exception as ex:
    print("int('-NF9', 8)", type(ex).__name__, ex)
try:
    print("float('-NF9')", repr(float('-NF9')))
except Exception as ex:
    print("float('-NF9')", type(ex).__name__, ex)
try:
    print("complex('-NF9')", repr(complex('-NF9')))
except Exception as ex:
    print("complex('-NF9')", type(ex).__name__, ex)
try:
    print("float.fromhex('-NF9')", repr(float.fromhex('-NF9')))
except Exception as ex:
    print("float.fromhex('-NF9')", type(ex).__name__, ex)
try:
    print("int('0b')", repr(int('0b')))
except Exception as ex:
    print("int('0b')", type(ex).__name__, ex)
try:
    print("int('0b', 0)", repr(int('0b', 0)))
except Exception as ex:
    print("int('0b', 0)", type(ex).__name__, ex)
try:
    print("int('0b', 2)", repr(int('0b', 2)))
except Exception as ex:
    print("int('0b', 2)", type(ex).__name__, ex)
try:
    print("float('0b')", repr(float('0b')))
except Exception as ex:
    print("float('0b')", type(ex).__name__, ex)
try:
    print("complex('0b')", repr(complex('0b')))
except Exception as ex:
    print("complex('0b')", type(ex).__name__, ex)
try:
    print("float.fromhex('0b')", repr(float.fromhex('0b')))
except Exception as ex:
    print("float.fromhex('0b')", type(ex).__name__, ex)
try:
    print("int('0o54j54')", repr(int('0o54j54')))
except Exception as ex:
    print("int('0o54j54')", type(ex).__name__, ex)
try:
    print("int('0o54j54', 0)", repr(int('0o54j54', 0)))
except Exception as ex:
    print("int('0o54j54', 0)", type(ex).__name__, ex)
try:
    print("int('0o54j54', 36)", repr(int('0o54j54', 36)))
except Exception as ex:
    print("int('0o54j54', 36)", type(ex).__name__, ex)
try:
    print("float('0o54j54')", repr(float('0o54j54')))
except Exception as ex:
    print("float('0o54j54')", type(ex).__name__, ex)
try:
    print("complex('0o54j54')", repr(complex('0o54j54')))
except Exception as ex:
    print("complex('0o54j54')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o54j54')", repr(float.fromhex('0o54j54')))
except Exception as ex:
    print("float.fromhex('0o54j54')", type(ex).__name__, ex)
try:
    print("int('b2 J.5')", repr(int('b2 J.5')))
except Exception as ex:
    print("int('b2 J.5')", type(ex).__name__, ex)
try:
    print("int('b2 J.5', 0)", repr(int('b2 J.5', 0)))
except Exception as ex:
    print("int('b2 J.5', 0)", type(ex).__name__, ex)
try:
    print("int('b2 J.5', 2)", repr(int('b2 J.5', 2)))
except Exception as ex:
    print("int('b2 J.5', 2)", type(ex).__name__, ex)
try:
    print("float('b2 J.5')", repr(float('b2 J.5')))
except Exception as ex:
    print("float('b2 J.5')", type(ex).__name__, ex)
try:
    print("complex('b2 J.5')", repr(complex('b2 J.5')))
except Exception as ex:
    print("complex('b2 J.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('b2 J.5')", repr(float.fromhex('b2 J.5')))
except Exception as ex:
    print("float.fromhex('b2 J.5')", type(ex).__name__, ex)
try:
    print("int('nan')", repr(int('nan')))
except Exception as ex:
    print("int('nan')", type(ex).__name__, ex)
try:
    print("int('nan', 0)", repr(int('nan', 0)))
except Exception as ex:
    print("int('nan', 0)", type(ex).__name__, ex)
try:
    print("int('nan', 2)", repr(int('nan', 2)))
except Exception as ex:
    print("int('nan', 2)", type(ex).__name__, ex)
try:
    print("float('nan')", repr(float('nan')))
except Exception as ex:
    print("float('nan')", type(ex).__name__, ex)
try:
    print("complex('nan')", repr(complex('nan')))
except Exception as ex:
    print("complex('nan')", type(ex).__name__, ex)
try:
    print("float.fromhex('nan')", repr(float.fromhex('nan')))
except Exception as ex:
    print("float.fromhex('nan')", type(ex).__name__, ex)
try:
    print("int('XJa13X.j')", repr(int('XJa13X.j')))
except Exception as ex:
    print("int('XJa13X.j')", type(ex).__name__, ex)
try:
    print("int('XJa13X.j', 0)", repr(int('XJa13X.j', 0)))
except Exception as ex:
    print("int('XJa13X.j', 0)", type(ex).__name__, ex)
try:
    print("int('XJa13X.j', 2)", repr(int('XJa13X.j', 2)))
except Exception as ex:
    print("int('XJa13X.j', 2)", type(ex).__name__, ex)
try:
    print("float('XJa13X.j')", repr(float('XJa13X.j')))
except Exception as ex:
    print("float('XJa13X.j')", type(ex).__name__, ex)
try:
    print("complex('XJa13X.j')", repr(complex('XJa13X.j')))
except Exception as ex:
    print("complex('XJa13X.j')", type(ex).__name__, ex)
try:
    print("float.fromhex('XJa13X.j')", repr(float.fromhex('XJa13X.j')))
except Exception as ex:
    print("float.fromhex('XJa13X.j')", type(ex).__name__, ex)
try:
    print("int('5')", repr(int('5')))
except Exception as ex:
    print("int('5')", type(ex).__name__, ex)
try:
    print("int('5', 0)", repr(int('5', 0)))
except Exception as ex:
    print("int('5', 0)", type(ex).__name__, ex)
try:
    print("int('5', 7)", repr(int('5', 7)))
except Exception as ex:
    print("int('5', 7)", type(ex).__name__, ex)
try:
    print("float('5')", repr(float('5')))
except Exception as ex:
    print("float('5')", type(ex).__name__, ex)
try:
    print("complex('5')", repr(complex('5')))
except Exception as ex:
    print("complex('5')", type(ex).__name__, ex)
try:
    print("float.fromhex('5')", repr(float.fromhex('5')))
except Exception as ex:
    print("float.fromhex('5')", type(ex).__name__, ex)
try:
    print("int('-n76eO0e5')", repr(int('-n76eO0e5')))
except Exception as ex:
    print("int('-n76eO0e5')", type(ex).__name__, ex)
try:
    print("int('-n76eO0e5', 0)", repr(int('-n76eO0e5', 0)))
except Exception as ex:
    print("int('-n76eO0e5', 0)", type(ex).__name__, ex)
try:
    print("int('-n76eO0e5', 2)", repr(int('-n76eO0e5', 2)))
except Exception as ex:
    print("int('-n76eO0e5', 2)", type(ex).__name__, ex)
try:
    print("float('-n76eO0e5')", repr(float('-n76eO0e5')))
except Exception as ex:
    print("float('-n76eO0e5')", type(ex).__name__, ex)
try:
    print("complex('-n76eO0e5')", repr(complex('-n76eO0e5')))
except Exception as ex:
    print("complex('-n76eO0e5')", type(ex).__name__, ex)
try:
    print("float.fromhex('-n76eO0e5')", repr(float.fromhex('-n76eO0e5')))
except Exception as ex:
    print("float.fromhex('-n76eO0e5')", type(ex).__name__, ex)
try:
    print("int('a5o80\\t')", repr(int('a5o80\t')))
except Exception as ex:
    print("int('a5o80\\t')", type(ex).__name__, ex)
try:
    print("int('a5o80\\t', 0)", repr(int('a5o80\t', 0)))
except Exception as ex:
    print("int('a5o80\\t', 0)", type(ex).__name__, ex)
try:
    print("int('a5o80\\t', 2)", repr(int('a5o80\t', 2)))
except Exception as ex:
    print("int('a5o80\\t', 2)", type(ex).__name__, ex)
try:
    print("float('a5o80\\t')", repr(float('a5o80\t')))
except Exception as ex:
    print("float('a5o80\\t')", type(ex).__name__, ex)
try:
    print("complex('a5o80\\t')", repr(complex('a5o80\t')))
except Exception as ex:
    print("complex('a5o80\\t')", type(ex).__name__, ex)
try:
    print("float.fromhex('a5o80\\t')", repr(float.fromhex('a5o80\t')))
except Exception as ex:
    print("float.fromhex('a5o80\\t')", type(ex).__name__, ex)
try:
    print("int('0o5Ej0nNBn')", repr(int('0o5Ej0nNBn')))
except Exception as ex:
    print("int('0o5Ej0nNBn')", type(ex).__name__, ex)
try:
    print("int('0o5Ej0nNBn', 0)", repr(int('0o5Ej0nNBn', 0)))
except Exception as ex:
    print("int('0o5Ej0nNBn', 0)", type(ex).__name__, ex)
try:
    print("int('0o5Ej0nNBn', 16)", repr(int('0o5Ej0nNBn', 16)))
except Exception as ex:
    print("int('0o5Ej0nNBn', 16)", type(ex).__name__, ex)
try:
    print("float('0o5Ej0nNBn')", repr(float('0o5Ej0nNBn')))
except Exception as ex:
    print("float('0o5Ej0nNBn')", type(ex).__name__, ex)
try:
    print("complex('0o5Ej0nNBn')", repr(complex('0o5Ej0nNBn')))
except Exception as ex:
    print("complex('0o5Ej0nNBn')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o5Ej0nNBn')", repr(float.fromhex('0o5Ej0nNBn')))
except Exception as ex:
    print("float.fromhex('0o5Ej0nNBn')", type(ex).__name__, ex)
try:
    print("int('\\t7Ji 81')", repr(int('\t7Ji 81')))
except Exception as ex:
    print("int('\\t7Ji 81')", type(ex).__name__, ex)
try:
    print("int('\\t7Ji 81', 0)", repr(int('\t7Ji 81', 0)))
except Exception as ex:
    print("int('\\t7Ji 81', 0)", type(ex).__name__, ex)
try:
    print("int('\\t7Ji 81', 16)", repr(int('\t7Ji 81', 16)))
except Exception as ex:
    print("int('\\t7Ji 81', 16)", type(ex).__name__, ex)
try:
    print("float('\\t7Ji 81')", repr(float('\t7Ji 81')))
except Exception as ex:
    print("float('\\t7Ji 81')", type(ex).__name__, ex)
try:
    print("complex('\\t7Ji 81')", repr(complex('\t7Ji 81')))
except Exception as ex:
    print("complex('\\t7Ji 81')", type(ex).__name__, ex)
try:
    print("float.fromhex('\\t7Ji 81')", repr(float.fromhex('\t7Ji 81')))
except Exception as ex:
    print("float.fromhex('\\t7Ji 81')", type(ex).__name__, ex)
try:
    print("int('FX')", repr(int('FX')))
except Exception as ex:
    print("int('FX')", type(ex).__name__, ex)
try:
    print("int('FX', 0)", repr(int('FX', 0)))
except Exception as ex:
    print("int('FX', 0)", type(ex).__name__, ex)
try:
    print("int('FX', 7)", repr(int('FX', 7)))
except Exception as ex:
    print("int('FX', 7)", type(ex).__name__, ex)
try:
    print("float('FX')", repr(float('FX')))
except Exception as ex:
    print("float('FX')", type(ex).__name__, ex)
try:
    print("complex('FX')", repr(complex('FX')))
except Exception as ex:
    print("complex('FX')", type(ex).__name__, ex)
try:
    print("float.fromhex('FX')", repr(float.fromhex('FX')))
except Exception as ex:
    print("float.fromhex('FX')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 36)", repr(int('', 36)))
except Exception as ex:
    print("int('', 36)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('fb')", repr(int('fb')))
except Exception as ex:
    print("int('fb')", type(ex).__name__, ex)
try:
    print("int('fb', 0)", repr(int('fb', 0)))
except Exception as ex:
    print("int('fb', 0)", type(ex).__name__, ex)
try:
    print("int('fb', 7)", repr(int('fb', 7)))
except Exception as ex:
    print("int('fb', 7)", type(ex).__name__, ex)
try:
    print("float('fb')", repr(float('fb')))
except Exception as ex:
    print("float('fb')", type(ex).__name__, ex)
try:
    print("complex('fb')", repr(complex('fb')))
except Exception as ex:
    print("complex('fb')", type(ex).__name__, ex)
try:
    print("float.fromhex('fb')", repr(float.fromhex('fb')))
except Exception as ex:
    print("float.fromhex('fb')", type(ex).__name__, ex)
try:
    print("int('2XBN4.')", repr(int('2XBN4.')))
except Exception as ex:
    print("int('2XBN4.')", type(ex).__name__, ex)
try:
    print("int('2XBN4.', 0)", repr(int('2XBN4.', 0)))
except Exception as ex:
    print("int('2XBN4.', 0)", type(ex).__name__, ex)
try:
    print("int('2XBN4.', 7)", repr(int('2XBN4.', 7)))
except Exception as ex:
    print("int('2XBN4.', 7)", type(ex).__name__, ex)
try:
    print("float('2XBN4.')", repr(float('2XBN4.')))
except Exception as ex:
    print("float('2XBN4.')", type(ex).__name__, ex)
try:
    print("complex('2XBN4.')", repr(complex('2XBN4.')))
except Exception as ex:
    print("complex('2XBN4.')", type(ex).__name__, ex)
try:
    print("float.fromhex('2XBN4.')", repr(float.fromhex('2XBN4.')))
except Exception as ex:
    print("float.fromhex('2XBN4.')", type(ex).__name__, ex)
try:
    print("int('e1XBb')", repr(int('e1XBb')))
except Exception as ex:
    print("int('e1XBb')", type(ex).__name__, ex)
try:
    print("int('e1XBb', 0)", repr(int('e1XBb', 0)))
except Exception as ex:
    print("int('e1XBb', 0)", type(ex).__name__, ex)
try:
    print("int('e1XBb', 2)", repr(int('e1XBb', 2)))
except Exception as ex:
    print("int('e1XBb', 2)", type(ex).__name__, ex)
try:
    print("float('e1XBb')", repr(float('e1XBb')))
except Exception as ex:
    print("float('e1XBb')", type(ex).__name__, ex)
try:
    print("complex('e1XBb')", repr(complex('e1XBb')))
except Exception as ex:
    print("complex('e1XBb')", type(ex).__name__, ex)
try:
    print("float.fromhex('e1XBb')", repr(float.fromhex('e1XBb')))
except Exception as ex:
    print("float.fromhex('e1XBb')", type(ex).__name__, ex)
try:
    print("int(' +-BEif.6 ')", repr(int(' +-BEif.6 ')))
except Exception as ex:
    print("int(' +-BEif.6 ')", type(ex).__name__, ex)
try:
    print("int(' +-BEif.6 ', 0)", repr(int(' +-BEif.6 ', 0)))
except Exception as ex:
    print("int(' +-BEif.6 ', 0)", type(ex).__name__, ex)
try:
    print("int(' +-BEif.6 ', 7)", repr(int(' +-BEif.6 ', 7)))
except Exception as ex:
    print("int(' +-BEif.6 ', 7)", type(ex).__name__, ex)
try:
    print("float(' +-BEif.6 ')", repr(float(' +-BEif.6 ')))
except Exception as ex:
    print("float(' +-BEif.6 ')", type(ex).__name__, ex)
try:
    print("complex(' +-BEif.6 ')", repr(complex(' +-BEif.6 ')))
except Exception as ex:
    print("complex(' +-BEif.6 ')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +-BEif.6 ')", repr(float.fromhex(' +-BEif.6 ')))
except Exception as ex:
    print("float.fromhex(' +-BEif.6 ')", type(ex).__name__, ex)
try:
    print("int('1')", repr(int('1')))
except Exception as ex:
    print("int('1')", type(ex).__name__, ex)
try:
    print("int('1', 0)", repr(int('1', 0)))
except Exception as ex:
    print("int('1', 0)", type(ex).__name__, ex)
try:
    print("int('1', 8)", repr(int('1', 8)))
except Exception as ex:
    print("int('1', 8)", type(ex).__name__, ex)
try:
    print("float('1')", repr(float('1')))
except Exception as ex:
    print("float('1')", type(ex).__name__, ex)
try:
    print("complex('1')", repr(complex('1')))
except Exception as ex:
    print("complex('1')", type(ex).__name__, ex)
try:
    print("float.fromhex('1')", repr(float.fromhex('1')))
except Exception as ex:
    print("float.fromhex('1')", type(ex).__name__, ex)
try:
    print("int('3EoAjnb3')", repr(int('3EoAjnb3')))
except Exception as ex:
    print("int('3EoAjnb3')", type(ex).__name__, ex)
try:
    print("int('3EoAjnb3', 0)", repr(int('3EoAjnb3', 0)))
except Exception as ex:
    print("int('3EoAjnb3', 0)", type(ex).__name__, ex)
try:
    print("int('3EoAjnb3', 36)", repr(int('3EoAjnb3', 36)))
except Exception as ex:
    print("int('3EoAjnb3', 36)", type(ex).__name__, ex)
try:
    print("float('3EoAjnb3')", repr(float('3EoAjnb3')))
except Exception as ex:
    print("float('3EoAjnb3')", type(ex).__name__, ex)
try:
    print("complex('3EoAjnb3')", repr(complex('3EoAjnb3')))
except Exception as ex:
    print("complex('3EoAjnb3')", type(ex).__name__, ex)
try:
    print("float.fromhex('3EoAjnb3')", repr(float.fromhex('3EoAjnb3')))
except Exception as ex:
    print("float.fromhex('3EoAjnb3')", type(ex).__name__, ex)
try:
    print("int('0o')", repr(int('0o')))
except Exception as ex:
    print("int('0o')", type(ex).__name__, ex)
try:
    print("int('0o', 0)", repr(int('0o', 0)))
except Exception as ex:
    print("int('0o', 0)", type(ex).__name__, ex)
try:
    print("int('0o', 8)", repr(int('0o', 8)))
except Exception as ex:
    print("int('0o', 8)", type(ex).__name__, ex)
try:
    print("float('0o')", repr(float('0o')))
except Exception as ex:
    print("float('0o')", type(ex).__name__, ex)
try:
    print("complex('0o')", repr(complex('0o')))
except Exception as ex:
    print("complex('0o')", type(ex).__name__, ex)
try:
    print("float.fromhex('0o')", repr(float.fromhex('0o')))
except Exception as ex:
    print("float.fromhex('0o')", type(ex).__name__, ex)
try:
    print("int('A-eo7x7f.5')", repr(int('A-eo7x7f.5')))
except Exception as ex:
    print("int('A-eo7x7f.5')", type(ex).__name__, ex)
try:
    print("int('A-eo7x7f.5', 0)", repr(int('A-eo7x7f.5', 0)))
except Exception as ex:
    print("int('A-eo7x7f.5', 0)", type(ex).__name__, ex)
try:
    print("int('A-eo7x7f.5', 2)", repr(int('A-eo7x7f.5', 2)))
except Exception as ex:
    print("int('A-eo7x7f.5', 2)", type(ex).__name__, ex)
try:
    print("float('A-eo7x7f.5')", repr(float('A-eo7x7f.5')))
except Exception as ex:
    print("float('A-eo7x7f.5')", type(ex).__name__, ex)
try:
    print("complex('A-eo7x7f.5')", repr(complex('A-eo7x7f.5')))
except Exception as ex:
    print("complex('A-eo7x7f.5')", type(ex).__name__, ex)
try:
    print("float.fromhex('A-eo7x7f.5')", repr(float.fromhex('A-eo7x7f.5')))
except Exception as ex:
    print("float.fromhex('A-eo7x7f.5')", type(ex).__name__, ex)
try:
    print("int('J2 ')", repr(int('J2 ')))
except Exception as ex:
    print("int('J2 ')", type(ex).__name__, ex)
try:
    print("int('J2 ', 0)", repr(int('J2 ', 0)))
except Exception as ex:
    print("int('J2 ', 0)", type(ex).__name__, ex)
try:
    print("int('J2 ', 7)", repr(int('J2 ', 7)))
except Exception as ex:
    print("int('J2 ', 7)", type(ex).__name__, ex)
try:
    print("float('J2 ')", repr(float('J2 ')))
except Exception as ex:
    print("float('J2 ')", type(ex).__name__, ex)
try:
    print("complex('J2 ')", repr(complex('J2 ')))
except Exception as ex:
    print("complex('J2 ')", type(ex).__name__, ex)
try:
    print("float.fromhex('J2 ')", repr(float.fromhex('J2 ')))
except Exception as ex:
    print("float.fromhex('J2 ')", type(ex).__name__, ex)
try:
    print("int('5I')", repr(int('5I')))
except Exception as ex:
    print("int('5I')", type(ex).__name__, ex)
try:
    print("int('5I', 0)", repr(int('5I', 0)))
except Exception as ex:
    print("int('5I', 0)", type(ex).__name__, ex)
try:
    print("int('5I', 2)", repr(int('5I', 2)))
except Exception as ex:
    print("int('5I', 2)", type(ex).__name__, ex)
try:
    print("float('5I')", repr(float('5I')))
except Exception as ex:
    print("float('5I')", type(ex).__name__, ex)
try:
    print("complex('5I')", repr(complex('5I')))
except Exception as ex:
    print("complex('5I')", type(ex).__name__, ex)
try:
    print("float.fromhex('5I')", repr(float.fromhex('5I')))
except Exception as ex:
    print("float.fromhex('5I')", type(ex).__name__, ex)
try:
    print("int('X\\t3 IIOj')", repr(int('X\t3 IIOj')))
except Exception as ex:
    print("int('X\\t3 IIOj')", type(ex).__name__, ex)
try:
    print("int('X\\t3 IIOj', 0)", repr(int('X\t3 IIOj', 0)))
except Exception as ex:
    print("int('X\\t3 IIOj', 0)", type(ex).__name__, ex)
try:
    print("int('X\\t3 IIOj', 16)", repr(int('X\t3 IIOj', 16)))
except Exception as ex:
    print("int('X\\t3 IIOj', 16)", type(ex).__name__, ex)
try:
    print("float('X\\t3 IIOj')", repr(float('X\t3 IIOj')))
except Exception as ex:
    print("float('X\\t3 IIOj')", type(ex).__name__, ex)
try:
    print("complex('X\\t3 IIOj')", repr(complex('X\t3 IIOj')))
except Exception as ex:
    print("complex('X\\t3 IIOj')", type(ex).__name__, ex)
try:
    print("float.fromhex('X\\t3 IIOj')", repr(float.fromhex('X\t3 IIOj')))
except Exception as ex:
    print("float.fromhex('X\\t3 IIOj')", type(ex).__name__, ex)
try:
    print("int('Joi\\t.2\\tX1')", repr(int('Joi\t.2\tX1')))
except Exception as ex:
    print("int('Joi\\t.2\\tX1')", type(ex).__name__, ex)
try:
    print("int('Joi\\t.2\\tX1', 0)", repr(int('Joi\t.2\tX1', 0)))
except Exception as ex:
    print("int('Joi\\t.2\\tX1', 0)", type(ex).__name__, ex)
try:
    print("int('Joi\\t.2\\tX1', 36)", repr(int('Joi\t.2\tX1', 36)))
except Exception as ex:
    print("int('Joi\\t.2\\tX1', 36)", type(ex).__name__, ex)
try:
    print("float('Joi\\t.2\\tX1')", repr(float('Joi\t.2\tX1')))
except Exception as ex:
    print("float('Joi\\t.2\\tX1')", type(ex).__name__, ex)
try:
    print("complex('Joi\\t.2\\tX1')", repr(complex('Joi\t.2\tX1')))
except Exception as ex:
    print("complex('Joi\\t.2\\tX1')", type(ex).__name__, ex)
try:
    print("float.fromhex('Joi\\t.2\\tX1')", repr(float.fromhex('Joi\t.2\tX1')))
except Exception as ex:
    print("float.fromhex('Joi\\t.2\\tX1')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 8)", repr(int('', 8)))
except Exception as ex:
    print("int('', 8)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('. _')", repr(int('. _')))
except Exception as ex:
    print("int('. _')", type(ex).__name__, ex)
try:
    print("int('. _', 0)", repr(int('. _', 0)))
except Exception as ex:
    print("int('. _', 0)", type(ex).__name__, ex)
try:
    print("int('. _', 2)", repr(int('. _', 2)))
except Exception as ex:
    print("int('. _', 2)", type(ex).__name__, ex)
try:
    print("float('. _')", repr(float('. _')))
except Exception as ex:
    print("float('. _')", type(ex).__name__, ex)
try:
    print("complex('. _')", repr(complex('. _')))
except Exception as ex:
    print("complex('. _')", type(ex).__name__, ex)
try:
    print("float.fromhex('. _')", repr(float.fromhex('. _')))
except Exception as ex:
    print("float.fromhex('. _')", type(ex).__name__, ex)
try:
    print("int('B75xeAi')", repr(int('B75xeAi')))
except Exception as ex:
    print("int('B75xeAi')", type(ex).__name__, ex)
try:
    print("int('B75xeAi', 0)", repr(int('B75xeAi', 0)))
except Exception as ex:
    print("int('B75xeAi', 0)", type(ex).__name__, ex)
try:
    print("int('B75xeAi', 36)", repr(int('B75xeAi', 36)))
except Exception as ex:
    print("int('B75xeAi', 36)", type(ex).__name__, ex)
try:
    print("float('B75xeAi')", repr(float('B75xeAi')))
except Exception as ex:
    print("float('B75xeAi')", type(ex).__name__, ex)
try:
    print("complex('B75xeAi')", repr(complex('B75xeAi')))
except Exception as ex:
    print("complex('B75xeAi')", type(ex).__name__, ex)
try:
    print("float.fromhex('B75xeAi')", repr(float.fromhex('B75xeAi')))
except Exception as ex:
    print("float.fromhex('B75xeAi')", type(ex).__name__, ex)
try:
    print("int('-j')", repr(int('-j')))
except Exception as ex:
    print("int('-j')", type(ex).__name__, ex)
try:
    print("int('-j', 0)", repr(int('-j', 0)))
except Exception as ex:
    print("int('-j', 0)", type(ex).__name__, ex)
try:
    print("int('-j', 2)", repr(int('-j', 2)))
except Exception as ex:
    print("int('-j', 2)", type(ex).__name__, ex)
try:
    print("float('-j')", repr(float('-j')))
except Exception as ex:
    print("float('-j')", type(ex).__name__, ex)
try:
    print("complex('-j')", repr(complex('-j')))
except Exception as ex:
    print("complex('-j')", type(ex).__name__, ex)
try:
    print("float.fromhex('-j')", repr(float.fromhex('-j')))
except Exception as ex:
    print("float.fromhex('-j')", type(ex).__name__, ex)
try:
    print("int('0nENN0')", repr(int('0nENN0')))
except Exception as ex:
    print("int('0nENN0')", type(ex).__name__, ex)
try:
    print("int('0nENN0', 0)", repr(int('0nENN0', 0)))
except Exception as ex:
    print("int('0nENN0', 0)", type(ex).__name__, ex)
try:
    print("int('0nENN0', 2)", repr(int('0nENN0', 2)))
except Exception as ex:
    print("int('0nENN0', 2)", type(ex).__name__, ex)
try:
    print("float('0nENN0')", repr(float('0nENN0')))
except Exception as ex:
    print("float('0nENN0')", type(ex).__name__, ex)
try:
    print("complex('0nENN0')", repr(complex('0nENN0')))
except Exception as ex:
    print("complex('0nENN0')", type(ex).__name__, ex)
try:
    print("float.fromhex('0nENN0')", repr(float.fromhex('0nENN0')))
except Exception as ex:
    print("float.fromhex('0nENN0')", type(ex).__name__, ex)
try:
    print("int('Xfj_E2')", repr(int('Xfj_E2')))
except Exception as ex:
    print("int('Xfj_E2')", type(ex).__name__, ex)
try:
    print("int('Xfj_E2', 0)", repr(int('Xfj_E2', 0)))
except Exception as ex:
    print("int('Xfj_E2', 0)", type(ex).__name__, ex)
try:
    print("int('Xfj_E2', 16)", repr(int('Xfj_E2', 16)))
except Exception as ex:
    print("int('Xfj_E2', 16)", type(ex).__name__, ex)
try:
    print("float('Xfj_E2')", repr(float('Xfj_E2')))
except Exception as ex:
    print("float('Xfj_E2')", type(ex).__name__, ex)
try:
    print("complex('Xfj_E2')", repr(complex('Xfj_E2')))
except Exception as ex:
    print("complex('Xfj_E2')", type(ex).__name__, ex)
try:
    print("float.fromhex('Xfj_E2')", repr(float.fromhex('Xfj_E2')))
except Exception as ex:
    print("float.fromhex('Xfj_E2')", type(ex).__name__, ex)
try:
    print("int('3A5X\\t9 6e5')", repr(int('3A5X\t9 6e5')))
except Exception as ex:
    print("int('3A5X\\t9 6e5')", type(ex).__name__, ex)
try:
    print("int('3A5X\\t9 6e5', 0)", repr(int('3A5X\t9 6e5', 0)))
except Exception as ex:
    print("int('3A5X\\t9 6e5', 0)", type(ex).__name__, ex)
try:
    print("int('3A5X\\t9 6e5', 8)", repr(int('3A5X\t9 6e5', 8)))
except Exception as ex:
    print("int('3A5X\\t9 6e5', 8)", type(ex).__name__, ex)
try:
    print("float('3A5X\\t9 6e5')", repr(float('3A5X\t9 6e5')))
except Exception as ex:
    print("float('3A5X\\t9 6e5')", type(ex).__name__, ex)
try:
    print("complex('3A5X\\t9 6e5')", repr(complex('3A5X\t9 6e5')))
except Exception as ex:
    print("complex('3A5X\\t9 6e5')", type(ex).__name__, ex)
try:
    print("float.fromhex('3A5X\\t9 6e5')", repr(float.fromhex('3A5X\t9 6e5')))
except Exception as ex:
    print("float.fromhex('3A5X\\t9 6e5')", type(ex).__name__, ex)
try:
    print("int('-6\\t')", repr(int('-6\t')))
except Exception as ex:
    print("int('-6\\t')", type(ex).__name__, ex)
try:
    print("int('-6\\t', 0)", repr(int('-6\t', 0)))
except Exception as ex:
    print("int('-6\\t', 0)", type(ex).__name__, ex)
try:
    print("int('-6\\t', 2)", repr(int('-6\t', 2)))
except Exception as ex:
    print("int('-6\\t', 2)", type(ex).__name__, ex)
try:
    print("float('-6\\t')", repr(float('-6\t')))
except Exception as ex:
    print("float('-6\\t')", type(ex).__name__, ex)
try:
    print("complex('-6\\t')", repr(complex('-6\t')))
except Exception as ex:
    print("complex('-6\\t')", type(ex).__name__, ex)
try:
    print("float.fromhex('-6\\t')", repr(float.fromhex('-6\t')))
except Exception as ex:
    print("float.fromhex('-6\\t')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 16)", repr(int('', 16)))
except Exception as ex:
    print("int('', 16)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
try:
    print("int('I.n+Xiinf')", repr(int('I.n+Xiinf')))
except Exception as ex:
    print("int('I.n+Xiinf')", type(ex).__name__, ex)
try:
    print("int('I.n+Xiinf', 0)", repr(int('I.n+Xiinf', 0)))
except Exception as ex:
    print("int('I.n+Xiinf', 0)", type(ex).__name__, ex)
try:
    print("int('I.n+Xiinf', 2)", repr(int('I.n+Xiinf', 2)))
except Exception as ex:
    print("int('I.n+Xiinf', 2)", type(ex).__name__, ex)
try:
    print("float('I.n+Xiinf')", repr(float('I.n+Xiinf')))
except Exception as ex:
    print("float('I.n+Xiinf')", type(ex).__name__, ex)
try:
    print("complex('I.n+Xiinf')", repr(complex('I.n+Xiinf')))
except Exception as ex:
    print("complex('I.n+Xiinf')", type(ex).__name__, ex)
try:
    print("float.fromhex('I.n+Xiinf')", repr(float.fromhex('I.n+Xiinf')))
except Exception as ex:
    print("float.fromhex('I.n+Xiinf')", type(ex).__name__, ex)
try:
    print("int(' 4\\t7F1')", repr(int(' 4\t7F1')))
except Exception as ex:
    print("int(' 4\\t7F1')", type(ex).__name__, ex)
try:
    print("int(' 4\\t7F1', 0)", repr(int(' 4\t7F1', 0)))
except Exception as ex:
    print("int(' 4\\t7F1', 0)", type(ex).__name__, ex)
try:
    print("int(' 4\\t7F1', 2)", repr(int(' 4\t7F1', 2)))
except Exception as ex:
    print("int(' 4\\t7F1', 2)", type(ex).__name__, ex)
try:
    print("float(' 4\\t7F1')", repr(float(' 4\t7F1')))
except Exception as ex:
    print("float(' 4\\t7F1')", type(ex).__name__, ex)
try:
    print("complex(' 4\\t7F1')", repr(complex(' 4\t7F1')))
except Exception as ex:
    print("complex(' 4\\t7F1')", type(ex).__name__, ex)
try:
    print("float.fromhex(' 4\\t7F1')", repr(float.fromhex(' 4\t7F1')))
except Exception as ex:
    print("float.fromhex(' 4\\t7F1')", type(ex).__name__, ex)
try:
    print("int('22_5f')", repr(int('22_5f')))
except Exception as ex:
    print("int('22_5f')", type(ex).__name__, ex)
try:
    print("int('22_5f', 0)", repr(int('22_5f', 0)))
except Exception as ex:
    print("int('22_5f', 0)", type(ex).__name__, ex)
try:
    print("int('22_5f', 7)", repr(int('22_5f', 7)))
except Exception as ex:
    print("int('22_5f', 7)", type(ex).__name__, ex)
try:
    print("float('22_5f')", repr(float('22_5f')))
except Exception as ex:
    print("float('22_5f')", type(ex).__name__, ex)
try:
    print("complex('22_5f')", repr(complex('22_5f')))
except Exception as ex:
    print("complex('22_5f')", type(ex).__name__, ex)
try:
    print("float.fromhex('22_5f')", repr(float.fromhex('22_5f')))
except Exception as ex:
    print("float.fromhex('22_5f')", type(ex).__name__, ex)
try:
    print("int('O1o')", repr(int('O1o')))
except Exception as ex:
    print("int('O1o')", type(ex).__name__, ex)
try:
    print("int('O1o', 0)", repr(int('O1o', 0)))
except Exception as ex:
    print("int('O1o', 0)", type(ex).__name__, ex)
try:
    print("int('O1o', 36)", repr(int('O1o', 36)))
except Exception as ex:
    print("int('O1o', 36)", type(ex).__name__, ex)
try:
    print("float('O1o')", repr(float('O1o')))
except Exception as ex:
    print("float('O1o')", type(ex).__name__, ex)
try:
    print("complex('O1o')", repr(complex('O1o')))
except Exception as ex:
    print("complex('O1o')", type(ex).__name__, ex)
try:
    print("float.fromhex('O1o')", repr(float.fromhex('O1o')))
except Exception as ex:
    print("float.fromhex('O1o')", type(ex).__name__, ex)
try:
    print("int('3A.\\t+21')", repr(int('3A.\t+21')))
except Exception as ex:
    print("int('3A.\\t+21')", type(ex).__name__, ex)
try:
    print("int('3A.\\t+21', 0)", repr(int('3A.\t+21', 0)))
except Exception as ex:
    print("int('3A.\\t+21', 0)", type(ex).__name__, ex)
try:
    print("int('3A.\\t+21', 36)", repr(int('3A.\t+21', 36)))
except Exception as ex:
    print("int('3A.\\t+21', 36)", type(ex).__name__, ex)
try:
    print("float('3A.\\t+21')", repr(float('3A.\t+21')))
except Exception as ex:
    print("float('3A.\\t+21')", type(ex).__name__, ex)
try:
    print("complex('3A.\\t+21')", repr(complex('3A.\t+21')))
except Exception as ex:
    print("complex('3A.\\t+21')", type(ex).__name__, ex)
try:
    print("float.fromhex('3A.\\t+21')", repr(float.fromhex('3A.\t+21')))
except Exception as ex:
    print("float.fromhex('3A.\\t+21')", type(ex).__name__, ex)
try:
    print("int('9')", repr(int('9')))
except Exception as ex:
    print("int('9')", type(ex).__name__, ex)
try:
    print("int('9', 0)", repr(int('9', 0)))
except Exception as ex:
    print("int('9', 0)", type(ex).__name__, ex)
try:
    print("int('9', 8)", repr(int('9', 8)))
except Exception as ex:
    print("int('9', 8)", type(ex).__name__, ex)
try:
    print("float('9')", repr(float('9')))
except Exception as ex:
    print("float('9')", type(ex).__name__, ex)
try:
    print("complex('9')", repr(complex('9')))
except Exception as ex:
    print("complex('9')", type(ex).__name__, ex)
try:
    print("float.fromhex('9')", repr(float.fromhex('9')))
except Exception as ex:
    print("float.fromhex('9')", type(ex).__name__, ex)
try:
    print("int('I1X9xf')", repr(int('I1X9xf')))
except Exception as ex:
    print("int('I1X9xf')", type(ex).__name__, ex)
try:
    print("int('I1X9xf', 0)", repr(int('I1X9xf', 0)))
except Exception as ex:
    print("int('I1X9xf', 0)", type(ex).__name__, ex)
try:
    print("int('I1X9xf', 16)", repr(int('I1X9xf', 16)))
except Exception as ex:
    print("int('I1X9xf', 16)", type(ex).__name__, ex)
try:
    print("float('I1X9xf')", repr(float('I1X9xf')))
except Exception as ex:
    print("float('I1X9xf')", type(ex).__name__, ex)
try:
    print("complex('I1X9xf')", repr(complex('I1X9xf')))
except Exception as ex:
    print("complex('I1X9xf')", type(ex).__name__, ex)
try:
    print("float.fromhex('I1X9xf')", repr(float.fromhex('I1X9xf')))
except Exception as ex:
    print("float.fromhex('I1X9xf')", type(ex).__name__, ex)
try:
    print("int('0x-Ja02a')", repr(int('0x-Ja02a')))
except Exception as ex:
    print("int('0x-Ja02a')", type(ex).__name__, ex)
try:
    print("int('0x-Ja02a', 0)", repr(int('0x-Ja02a', 0)))
except Exception as ex:
    print("int('0x-Ja02a', 0)", type(ex).__name__, ex)
try:
    print("int('0x-Ja02a', 8)", repr(int('0x-Ja02a', 8)))
except Exception as ex:
    print("int('0x-Ja02a', 8)", type(ex).__name__, ex)
try:
    print("float('0x-Ja02a')", repr(float('0x-Ja02a')))
except Exception as ex:
    print("float('0x-Ja02a')", type(ex).__name__, ex)
try:
    print("complex('0x-Ja02a')", repr(complex('0x-Ja02a')))
except Exception as ex:
    print("complex('0x-Ja02a')", type(ex).__name__, ex)
try:
    print("float.fromhex('0x-Ja02a')", repr(float.fromhex('0x-Ja02a')))
except Exception as ex:
    print("float.fromhex('0x-Ja02a')", type(ex).__name__, ex)
try:
    print("int('xf205jFO')", repr(int('xf205jFO')))
except Exception as ex:
    print("int('xf205jFO')", type(ex).__name__, ex)
try:
    print("int('xf205jFO', 0)", repr(int('xf205jFO', 0)))
except Exception as ex:
    print("int('xf205jFO', 0)", type(ex).__name__, ex)
try:
    print("int('xf205jFO', 2)", repr(int('xf205jFO', 2)))
except Exception as ex:
    print("int('xf205jFO', 2)", type(ex).__name__, ex)
try:
    print("float('xf205jFO')", repr(float('xf205jFO')))
except Exception as ex:
    print("float('xf205jFO')", type(ex).__name__, ex)
try:
    print("complex('xf205jFO')", repr(complex('xf205jFO')))
except Exception as ex:
    print("complex('xf205jFO')", type(ex).__name__, ex)
try:
    print("float.fromhex('xf205jFO')", repr(float.fromhex('xf205jFO')))
except Exception as ex:
    print("float.fromhex('xf205jFO')", type(ex).__name__, ex)
try:
    print("int('AjJF')", repr(int('AjJF')))
except Exception as ex:
    print("int('AjJF')", type(ex).__name__, ex)
try:
    print("int('AjJF', 0)", repr(int('AjJF', 0)))
except Exception as ex:
    print("int('AjJF', 0)", type(ex).__name__, ex)
try:
    print("int('AjJF', 2)", repr(int('AjJF', 2)))
except Exception as ex:
    print("int('AjJF', 2)", type(ex).__name__, ex)
try:
    print("float('AjJF')", repr(float('AjJF')))
except Exception as ex:
    print("float('AjJF')", type(ex).__name__, ex)
try:
    print("complex('AjJF')", repr(complex('AjJF')))
except Exception as ex:
    print("complex('AjJF')", type(ex).__name__, ex)
try:
    print("float.fromhex('AjJF')", repr(float.fromhex('AjJF')))
except Exception as ex:
    print("float.fromhex('AjJF')", type(ex).__name__, ex)
try:
    print("int('o06')", repr(int('o06')))
except Exception as ex:
    print("int('o06')", type(ex).__name__, ex)
try:
    print("int('o06', 0)", repr(int('o06', 0)))
except Exception as ex:
    print("int('o06', 0)", type(ex).__name__, ex)
try:
    print("int('o06', 16)", repr(int('o06', 16)))
except Exception as ex:
    print("int('o06', 16)", type(ex).__name__, ex)
try:
    print("float('o06')", repr(float('o06')))
except Exception as ex:
    print("float('o06')", type(ex).__name__, ex)
try:
    print("complex('o06')", repr(complex('o06')))
except Exception as ex:
    print("complex('o06')", type(ex).__name__, ex)
try:
    print("float.fromhex('o06')", repr(float.fromhex('o06')))
except Exception as ex:
    print("float.fromhex('o06')", type(ex).__name__, ex)
try:
    print("int('0oO')", repr(int('0oO')))
except Exception as ex:
    print("int('0oO')", type(ex).__name__, ex)
try:
    print("int('0oO', 0)", repr(int('0oO', 0)))
except Exception as ex:
    print("int('0oO', 0)", type(ex).__name__, ex)
try:
    print("int('0oO', 16)", repr(int('0oO', 16)))
except Exception as ex:
    print("int('0oO', 16)", type(ex).__name__, ex)
try:
    print("float('0oO')", repr(float('0oO')))
except Exception as ex:
    print("float('0oO')", type(ex).__name__, ex)
try:
    print("complex('0oO')", repr(complex('0oO')))
except Exception as ex:
    print("complex('0oO')", type(ex).__name__, ex)
try:
    print("float.fromhex('0oO')", repr(float.fromhex('0oO')))
except Exception as ex:
    print("float.fromhex('0oO')", type(ex).__name__, ex)
try:
    print("int(' +F')", repr(int(' +F')))
except Exception as ex:
    print("int(' +F')", type(ex).__name__, ex)
try:
    print("int(' +F', 0)", repr(int(' +F', 0)))
except Exception as ex:
    print("int(' +F', 0)", type(ex).__name__, ex)
try:
    print("int(' +F', 16)", repr(int(' +F', 16)))
except Exception as ex:
    print("int(' +F', 16)", type(ex).__name__, ex)
try:
    print("float(' +F')", repr(float(' +F')))
except Exception as ex:
    print("float(' +F')", type(ex).__name__, ex)
try:
    print("complex(' +F')", repr(complex(' +F')))
except Exception as ex:
    print("complex(' +F')", type(ex).__name__, ex)
try:
    print("float.fromhex(' +F')", repr(float.fromhex(' +F')))
except Exception as ex:
    print("float.fromhex(' +F')", type(ex).__name__, ex)
try:
    print("int('')", repr(int('')))
except Exception as ex:
    print("int('')", type(ex).__name__, ex)
try:
    print("int('', 0)", repr(int('', 0)))
except Exception as ex:
    print("int('', 0)", type(ex).__name__, ex)
try:
    print("int('', 8)", repr(int('', 8)))
except Exception as ex:
    print("int('', 8)", type(ex).__name__, ex)
try:
    print("float('')", repr(float('')))
except Exception as ex:
    print("float('')", type(ex).__name__, ex)
try:
    print("complex('')", repr(complex('')))
except Exception as ex:
    print("complex('')", type(ex).__name__, ex)
try:
    print("float.fromhex('')", repr(float.fromhex('')))
except Exception as ex:
    print("float.fromhex('')", type(ex).__name__, ex)
