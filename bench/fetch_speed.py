"""Fetch throughput against a local HTTP server (127.0.0.1), with the per-host rate limit off and on.

    python bench/fetch_speed.py [--pages 200] [--rate 0.05]
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pactwatch.ingest.fetch import Fetcher, FetchOptions

PAGE = ("<!doctype html><html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        "<p>Korea and Chile signed a memorandum on lithium refining on Tuesday, story number {n}.</p>"
        + "<p>Filler paragraph about supply chains and research exchanges.</p>" * 40 + "</article></body></html>")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()  # headers and body go out in two writes: without this, delayed ACKs cost ~40 ms each
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self):
        body = (b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt"
                else PAGE.format(n=self.path.rsplit("/", 1)[-1]).encode())
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rate", type=float, default=0.05, help="seconds between requests to the host")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for label, interval in (("rate limit off", 0.0), (f"rate limit {args.rate:g} s/host", args.rate)):
        with Fetcher(FetchOptions(allow_private=True, per_host_interval=interval, cache_dir=None)) as fetcher:
            start = time.perf_counter()
            size = sum(len(fetcher.fetch(f"{base}/story/{label[:4]}/{i}").data) for i in range(args.pages))
            seconds = time.perf_counter() - start
        print(f"{label:<24} {args.pages} pages ({size / 1e6:.1f} MB) in {seconds:.2f} s: "
              f"{args.pages / seconds:.1f} pages/s")
    server.shutdown()


if __name__ == "__main__":
    main()
