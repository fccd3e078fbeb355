"""Which address of this laptop phones on the same Wi-Fi (or its hotspot) can reach.

The room listens on one address of the laptop, never on every network at once unless the
facilitator asks for it (``--host 0.0.0.0``) and is told so.
"""

from __future__ import annotations

import ipaddress

EVERY_NETWORK = ("0.0.0.0", "::")


def lan_addresses() -> list[str]:
    """The laptop's IPv4 addresses on local networks, the likeliest first (private ranges of
    Wi-Fi and hotspots), loopback last."""
    import ifaddr

    found: list[ipaddress.IPv4Address] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str):
                try:
                    address = ipaddress.IPv4Address(ip.ip)
                except ValueError:
                    continue
                if not address.is_link_local and address not in found:
                    found.append(address)

    def rank(address: ipaddress.IPv4Address) -> tuple[int, str]:
        if address.is_loopback:
            return (3, str(address))
        if address in ipaddress.IPv4Network("192.168.0.0/16"):
            return (0, str(address))
        if address.is_private:
            return (1, str(address))
        return (2, str(address))

    return [str(a) for a in sorted(found, key=rank)] or ["127.0.0.1"]


def default_host() -> str:
    return lan_addresses()[0]


def shown_host(host: str) -> str:
    """The address to give phones for a server bound to ``host``."""
    return default_host() if host in EVERY_NETWORK else host


def reachable_by_phones(host: str) -> bool:
    try:
        return not ipaddress.ip_address(shown_host(host)).is_loopback
    except ValueError:
        return True  # a host name: the facilitator knows it
