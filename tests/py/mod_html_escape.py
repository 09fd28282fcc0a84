# html.escape: & first, then < >, and with quote=True the two quotes.
import html

print(html.escape("a < b && c > 'd' \"e\""))
print(html.escape("a < b && c > 'd' \"e\"", quote=False))
print(html.escape("&amp; already"), html.escape(""), html.escape("plain text ü"))
try:
    html.escape(None)
except AttributeError as error:
    print("AttributeError", error)
