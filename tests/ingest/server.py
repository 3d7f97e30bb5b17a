"""A local HTTP server with well-behaved and hostile pages, for the fetcher tests (127.0.0.1 only)."""

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import pages


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: Counter = Counter()
    times: list = []
    posted: list = []

    def log_message(self, *args):  # quiet
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    failing_hook: list = []  # statuses the webhook answers first, one per POST (then 200)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if Handler.failing_hook:
            self.send(Handler.failing_hook.pop(0), b"no", "text/plain")
            return
        Handler.posted.append(body)
        self.send(200, b"ok", "text/plain")

    def do_GET(self):
        path = self.path.split("?")[0]
        Handler.hits[path] += 1
        Handler.times.append((path, time.monotonic()))
        host = f"http://{self.headers['Host']}"
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in ("/article", "/private/article") or path.startswith("/story/"):
            self.send(200, pages.html_page(url=host + path).encode())
        elif path == "/feed":
            feed = pages.rss_feed(2).replace("https://news.example", host)
            self.send(200, feed.encode(), "application/rss+xml")
        elif path == "/bomb":
            self.send(200, pages.BILLION_LAUGHS.encode(), "application/xml")
        elif path == "/missing":
            self.send(404, b"not here")
        elif path == "/busy":
            if Handler.hits[path] % 3:
                self.send(429, b"slow down", headers=[("Retry-After", "0")])
            else:
                self.send(200, pages.html_page().encode())
        elif path == "/broken":
            self.send(500, b"oops")
        elif path == "/loop-a":
            self.send(302, headers=[("Location", "/loop-b")])
        elif path == "/loop-b":
            self.send(302, headers=[("Location", "/loop-a")])
        elif path == "/moved":
            self.send(301, headers=[("Location", "/article")])
        elif path == "/slow-headers":  # a header line every 0.4 s, for ever: no read waits long
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for number in range(1000):
                    time.sleep(0.4)
                    self.wfile.write(b"X-Drip-%d: x\r\n" % number)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/silent":
            time.sleep(5)  # never answers within the client's timeout
            self.send(200, b"too late")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for _ in range(100_000):
                    chunk = b"<p>more and more</p>" * 500
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(100_000_000))
            self.end_headers()
            try:
                self.wfile.write(b"<p>" * 1000)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self.send(404, b"no")


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client that hangs up on purpose is no error here
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def start() -> tuple[ThreadingHTTPServer, str]:
    Handler.hits = Counter()
    Handler.times = []
    Handler.posted = []
    server = _Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
