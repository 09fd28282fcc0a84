"""json.encoder: the encoder class, defined in the json package itself."""

from json import JSONEncoder

__all__ = ["JSONEncoder"]
