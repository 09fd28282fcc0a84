"""json.decoder: the decoder classes, defined in the json package itself."""

from json import JSONDecodeError, JSONDecoder

__all__ = ["JSONDecoder", "JSONDecodeError"]
