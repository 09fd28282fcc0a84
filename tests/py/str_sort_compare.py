words = ["banana", "Apple", "cherry", "apple", "Éclair", "éclair", "zebra", "Zebra", "ß", "ss", "€", "", "a", "aa", "a\x00", "\U0001f600", "\uffff", "\ud800"]
print(sorted(words))
print(sorted(words, key=str.lower)[:6], sorted(words, key=len)[:4])
print(max(words), min(words), "a" < "a\x00" < "aa", "\uffff" < "\U00010000", "\ud7ff" < "\ud800" < "\ue000")
print([w for w in words if w > "b"])
