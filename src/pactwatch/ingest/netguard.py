"""The connection-level guard under every request the fetcher makes (httpx over httpcore).

The address check is bound to the connection actually made: the network
backend resolves the host name once, drops every address that is not a
global unicast one, and connects to one of the addresses it checked, so a
name that answers differently the second time (DNS rebinding) cannot slip a
private address in between a check and the connection. "Not global" covers
private, loopback, link-local, shared (100.64.0.0/10), IETF (192.0.0.0/24),
documentation, reserved, multicast and unspecified addresses, and an IPv6
address wrapping one of them (IPv4-mapped, 6to4, Teredo, NAT64).

Every read and write on a connection also stops at a deadline set for the
whole exchange (:func:`deadline`), so a server sending its headers one byte
every few seconds cannot hold a fetch past the total time limit.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpcore
import httpx

_DEADLINE: ContextVar[float | None] = ContextVar("pactwatch_fetch_deadline", default=None)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# not global by IANA's special-purpose registries, whatever this Python's ipaddress tables say
_SPECIAL = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "::/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64",
    "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10")]
REFUSED = "refused: not a public address"  # in every error the guard raises, so callers can tell it apart


def refusal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why ``address`` may not be connected to (None: a global unicast address, allowed)."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = [address.ipv4_mapped, address.sixtofour, address.teredo[1] if address.teredo else None]
        if address in _NAT64:
            inner.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        for wrapped in inner:
            if wrapped is not None and refusal(wrapped):
                return f"{address} wraps {wrapped}, {refusal(wrapped)}"
    if address.is_multicast:
        return "a multicast address"
    special = next((network for network in _SPECIAL if address.version == network.version and address in network),
                   None)
    if special is not None and not address.is_loopback and not address.is_link_local:
        return f"a special-purpose address ({special})"
    if not address.is_global:
        kind = ("loopback" if address.is_loopback else "link-local" if address.is_link_local
                else "unspecified" if address.is_unspecified else "private or reserved")
        return f"a {kind} address"
    return None


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every network operation of the requests made inside must finish within ``seconds`` from now."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _remaining(timeout: float | None, exc: type[Exception]) -> float | None:
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise exc("the total time limit for this request has passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A connection whose every operation respects the deadline."""

    def __init__(self, stream: httpcore.NetworkStream):
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _remaining(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _remaining(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        return _Stream(self._stream.start_tls(ssl_context, server_hostname,
                                              _remaining(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Resolves, checks and connects in one step; connections obey the deadline."""

    def __init__(self, allow_private: bool = False):
        self.allow_private = allow_private
        self._backend = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        timeout = _remaining(timeout, httpcore.ConnectTimeout)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
        except socket.gaierror as error:
            raise httpcore.ConnectError(f"cannot resolve {host}: {error.strerror}") from None
        addresses, refused = [], []
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
            why = None if self.allow_private else refusal(address)
            if why:
                refused.append(f"{address} is {why}")
            elif str(address) not in addresses:
                addresses.append(str(address))
        if not addresses:
            raise httpcore.ConnectError(f"{host}: {REFUSED} ({'; '.join(refused) or 'no address'})")
        last: Exception | None = None
        for address in addresses:
            try:
                stream = self._backend.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                   socket_options=socket_options)
                return _Stream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        raise last  # type: ignore[misc]

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Iterable | None = None):
        raise httpcore.ConnectError(f"unix sockets are not fetched ({path})")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool on the guarded backend (no proxies: the check would be moot)."""

    def __init__(self, allow_private: bool = False, **kwargs):
        super().__init__(**kwargs)
        self._pool._network_backend = GuardedBackend(allow_private)  # httpcore's documented backend hook
