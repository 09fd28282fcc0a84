"""General functions for HTML manipulation (Leones): escape.

escape() replaces the characters with a meaning in HTML by character
references. unescape() (and html.entities, the 2 231 HTML5 named references
it needs) is not there yet: html.unescape raises AttributeError."""

__all__ = ["escape"]


def escape(s, quote=True):
    """Replace &, < and > (and, when quote is true, " and ') by HTML-safe sequences."""
    s = s.replace("&", "&amp;")  # first, so the other replacements are not escaped again
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s
