"""What every response of the server gets, and what every request must pass first (pure ASGI middleware).

- :class:`BodyLimit` reads a request body up to the limit before anything else sees the request (routing,
  authentication, parsing): a larger body, with a Content-Length or chunked, gets 413 as soon as the limit is
  passed, and the server never holds more than the limit.
- :class:`RejectNul` answers 422 to a path or query string carrying a NUL character, which no database
  column stores and no parameter needs.
- :class:`SecurityHeaders` adds a strict Content-Security-Policy (no scripts, no inline styles, nothing from
  elsewhere; the API docs page may load Swagger UI, the interactive network its own scripts from this server),
  ``X-Content-Type-Options: nosniff``, a frame policy and a referrer policy to every response, errors included.
- :class:`CatchAll` turns an unexpected exception into a JSON 500 answered on the same connection (the
  server's last-resort handler would close it).
- :func:`safe_url`: only ``http`` and ``https`` URLs are links; anything else (``javascript:``, ``data:``,
  ``vbscript:``, relative or malformed) is not.
"""

from __future__ import annotations

import json
import logging

from ..urls import safe_url  # noqa: F401 - re-exported for the templates

log = logging.getLogger("pactwatch.api")

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
# Swagger UI (assets served from the package, pactwatch.api.docs) starts with an inline script
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'")
# the interactive network (pactwatch.web.explore) runs its own scripts, served from here, and nothing inline
SCRIPTED_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                "base-uri 'none'; frame-ancestors 'none'")
POLICIES = {"/api/docs": DOCS_CSP, "/network/explore": SCRIPTED_CSP}
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
           (b"referrer-policy", b"no-referrer"), (b"cross-origin-opener-policy", b"same-origin")]


async def _send_json(send, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _send_json(send, 413, f"request body of {length.decode('latin-1')} bytes is over the "
                                               f"{self.max_body}-byte limit", [(b"connection", b"close")])
        if length is None and b"transfer-encoding" not in headers:
            return await self.app(scope, receive, send)  # no body
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return await _send_json(send, 413, f"request body over the {self.max_body}-byte limit",
                                        [(b"connection", b"close")])
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


class RejectNul:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            query = scope.get("query_string", b"").lower()
            if b"%00" in query or b"\x00" in query or "\x00" in scope.get("path", ""):
                return await _send_json(send, 422, "invalid request: a NUL character is not allowed in the path "
                                                   "or a parameter")
        return await self.app(scope, receive, send)


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        policy = POLICIES.get(scope.get("path"), CSP).encode()

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(b"content-security-policy", policy), *HEADERS]
                message = {**message, "headers": [*message.get("headers", []),
                                                  *(h for h in extra if h[0] not in present)]}
            await send(message)

        return await self.app(scope, receive, with_headers)


class CatchAll:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def watch(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:  # noqa: BLE001 - the last resort: answer, log, keep the connection
            log.exception("error serving %s", scope.get("path"))
            if started:
                raise
            await _send_json(send, 500, "internal error; the server log has the details")
