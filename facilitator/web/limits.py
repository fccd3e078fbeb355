"""Per-device rate limits: a token bucket for each phone (and each address that tries the
join code), so one phone flooding the room slows only itself."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class RateLimit:
    """``burst`` requests at once, then one every ``every`` seconds."""

    burst: int
    every: float
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def waiting(self, key: str, now: float | None = None) -> float:
        """The seconds to wait before the next request would be allowed (0: none), without
        counting one."""
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) / self.every)
        return 0.0 if tokens >= 1.0 else (1.0 - tokens) * self.every

    def allow(self, key: str, now: float | None = None) -> float:
        """0 when the request may go ahead, else the seconds to wait."""
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) / self.every)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > 10_000:  # forget the oldest rather than grow for ever
            for stale in sorted(self._buckets, key=lambda k: self._buckets[k][1])[:5_000]:
                del self._buckets[stale]
        return (1.0 - tokens) * self.every
