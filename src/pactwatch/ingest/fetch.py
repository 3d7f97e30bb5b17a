"""Fetching pages and feeds politely and safely (httpx).

A :class:`Fetcher` gives every request a timeout, retries with backoff on
timeouts, 429 and 5xx (honouring Retry-After, within limits), waits between
requests to one host, sends an honest User-Agent, obeys robots.txt, follows a
bounded number of redirects (and refuses loops), stops reading a response at
a size cap or a total time limit, keeps a local cache so a rerun does not
fetch again, and refuses every address that is not a public one unless
``allow_private`` is set. The address check and the time limit live in the
connection itself (:mod:`.netguard`): the address checked is the address
connected to, and the limit covers connecting, the headers and the body.
Every failure is a :class:`FetchError` naming the URL and the reason.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
from platformdirs import user_cache_dir

from .. import __version__
from ..errors import InputError
from .netguard import REFUSED, GuardedTransport, deadline, refusal

USER_AGENT = f"pactwatch/{__version__} (news research; https://pypi.org/project/pactwatch/)"


class FetchError(InputError):
    """A URL that could not be fetched; ``item`` is the URL."""


@dataclass
class FetchOptions:
    timeout: float = 15.0  # seconds to connect, and between bytes
    total_timeout: float = 60.0  # seconds for a whole response, however slowly it drips
    retries: int = 3
    backoff: float = 0.5  # seconds, doubled each retry
    max_retry_after: float = 30.0
    per_host_interval: float = 1.0  # seconds between two requests to one host; 0 turns the limit off
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    allow_private: bool = False
    cache_dir: Path | None = field(default_factory=lambda: Path(user_cache_dir("pactwatch", appauthor=False)) / "http")


@dataclass
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str
    data: bytes
    from_cache: bool = False


class Fetcher:
    """Fetches URLs; reuse one for a run (it keeps the connection pool, robots rules and per-host clocks)."""

    def __init__(self, options: FetchOptions | None = None, client: httpx.Client | None = None):
        self.options = options or FetchOptions()
        timeout = httpx.Timeout(self.options.timeout)
        self.client = client or httpx.Client(timeout=timeout, follow_redirects=False,
                                             headers={"User-Agent": self.options.user_agent},
                                             transport=GuardedTransport(allow_private=self.options.allow_private))
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self.requests = 0  # made over the network (not from the cache)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ public

    def fetch(self, url: str) -> Fetched:
        """The body at ``url`` (after redirects), or :class:`FetchError`."""
        cached = self._from_cache(url)
        if cached is not None:
            return cached
        current, seen = url, set()
        for _ in range(self.options.max_redirects + 1):
            self._check_url(url, current)
            if current in seen:
                raise FetchError(url, f"redirect loop at {current}")
            seen.add(current)
            if self.options.respect_robots and not self._allowed(current):
                raise FetchError(url, f"robots.txt of {urlsplit(current).netloc} disallows it")
            status, headers, data = self._get(url, current)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                current = urljoin(current, headers["location"])
                continue
            if status >= 400:
                raise FetchError(url, f"HTTP {status}")
            fetched = Fetched(url, current, status, headers.get("content-type", ""), data)
            self._to_cache(fetched)
            return fetched
        raise FetchError(url, f"more than {self.options.max_redirects} redirects")

    def post(self, url: str, json: dict, timeout: float | None = None) -> httpx.Response:
        """POST ``json`` to ``url`` (a webhook) through the same guard: public addresses only unless
        ``allow_private``, no redirects, within the total time limit. Transport failures raise httpx errors."""
        self._check_url(url, url)
        with deadline(self.options.total_timeout):
            return self.client.post(url, json=json, timeout=timeout or self.options.timeout)

    # ------------------------------------------------------------------ steps

    def _check_url(self, url: str, current: str) -> None:
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, f"not an http(s) URL: {current}")
        if self.options.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                       proto=socket.IPPROTO_TCP)
        except socket.gaierror as error:
            raise FetchError(url, f"cannot resolve {parts.hostname}: {error.strerror}") from None
        for info in infos:  # a clear message early; the connection checks again what it connects to
            address = ipaddress.ip_address(info[4][0].split("%")[0])
            why = refusal(address)
            if why:
                raise FetchError(url, f"{parts.hostname} is not a public address ({address}: {why}); refused "
                                      "(--allow-private to fetch it)")

    def _wait_for(self, host: str) -> None:
        interval = self.options.per_host_interval
        if interval > 0:
            wait = self._last.get(host, 0.0) + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def _get(self, url: str, current: str, limit: int | None = None) -> tuple[int, dict, bytes]:
        """One GET with retries; the body read up to the size cap and within the total time limit."""
        limit = limit or self.options.max_bytes
        delay = self.options.backoff
        for attempt in range(self.options.retries + 1):
            self._wait_for(urlsplit(current).netloc)
            self.requests += 1
            began = time.monotonic()
            try:
                with deadline(self.options.total_timeout), self.client.stream("GET", current) as response:
                    headers = {k.lower(): v for k, v in response.headers.items()}
                    retryable = response.status_code == 429 or response.status_code >= 500
                    if retryable and attempt < self.options.retries:
                        retry_after = headers.get("retry-after", "")
                        wait = float(retry_after) if retry_after.isdigit() else delay
                        time.sleep(min(wait, self.options.max_retry_after))
                        delay *= 2
                        continue
                    if response.status_code >= 300:
                        return response.status_code, headers, b""
                    declared = headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > limit:
                        raise FetchError(url, f"response of {int(declared) / 1e6:.1f} MB is over the "
                                              f"{limit / 1e6:.1f} MB limit")
                    body, started = bytearray(), time.monotonic()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > limit:
                            raise FetchError(url, f"response larger than the {limit / 1e6:.1f} MB limit")
                        if time.monotonic() - started > self.options.total_timeout:
                            raise FetchError(url, f"response still coming after {self.options.total_timeout:.0f} s")
                    return response.status_code, headers, bytes(body)
            except (httpx.TimeoutException, httpx.TransportError) as error:
                if REFUSED in str(error):
                    raise FetchError(url, f"{error} (--allow-private to fetch it)") from None
                if time.monotonic() - began >= self.options.total_timeout - 0.05:  # the whole-exchange limit
                    raise FetchError(url, f"no complete response within {self.options.total_timeout:.0f} s "
                                          f"(timed out)") from None
                if attempt >= self.options.retries:
                    kind = "timed out" if isinstance(error, httpx.TimeoutException) else "connection failed"
                    raise FetchError(url, f"{kind} after {attempt + 1} tries ({type(error).__name__})") from None
                time.sleep(delay)
                delay *= 2
        raise FetchError(url, f"HTTP {response.status_code} after {self.options.retries + 1} tries")

    def _allowed(self, current: str) -> bool:
        parts = urlsplit(current)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            rules = urllib.robotparser.RobotFileParser()
            try:
                status, _, data = self._get(root + "/robots.txt", root + "/robots.txt", limit=500_000)
            except FetchError:
                self._robots[root] = None  # unreachable robots.txt: no rules to follow
            else:
                if status >= 400 or not data:
                    self._robots[root] = None
                else:
                    rules.parse(data.decode("utf-8", "replace").splitlines())
                    self._robots[root] = rules
        rules = self._robots[root]
        return rules is None or rules.can_fetch(self.options.user_agent, current)

    # ------------------------------------------------------------------ cache

    def _cache_path(self, url: str) -> Path | None:
        if self.options.cache_dir is None:
            return None
        return self.options.cache_dir / hashlib.sha256(url.encode()).hexdigest()

    def _from_cache(self, url: str) -> Fetched | None:
        path = self._cache_path(url)
        if path is None or not path.with_suffix(".json").exists():
            return None
        try:
            meta = json.loads(path.with_suffix(".json").read_text())
            return Fetched(url, meta["final_url"], meta["status"], meta["content_type"], path.read_bytes(),
                           from_cache=True)
        except (OSError, ValueError, KeyError):
            return None

    def _to_cache(self, fetched: Fetched) -> None:
        path = self._cache_path(fetched.url)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(fetched.data)
            path.with_suffix(".json").write_text(json.dumps({
                "final_url": fetched.final_url, "status": fetched.status, "content_type": fetched.content_type,
                "fetched_at": time.time()}))  # written last: an interrupted write is not taken as cached
        except OSError:
            pass  # a cache that cannot be written only costs a refetch
