"""Which URLs pactwatch keeps and links to: absolute http(s) URLs only, on input and on output."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_url(value: object) -> str | None:
    """``value`` if it is an absolute http(s) URL with a host and no control characters, else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > 2000 or any(ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or not parts.hostname:
        return None
    return url
