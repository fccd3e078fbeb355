"""Jinja's sandbox for filling templates, bounded: no value multiplied or joined past a
size limit, no huge power (a template is a program its author can get wrong)."""

from __future__ import annotations

from facilitator.core.locale import _, number

# The largest text or list one expression may make: a whole brief is far smaller.
MAX_VALUE_CHARS = 20 * 1024 * 1024
MAX_EXPONENT = 10_000


def sandbox():
    """Jinja's sandboxed environment, autoescaping, with operators that cannot make a
    value beyond MAX_VALUE_CHARS (``'x' * 10**10``) or a power beyond MAX_EXPONENT."""
    from jinja2.sandbox import SandboxedEnvironment, SecurityError

    class BoundedSandbox(SandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**", "+"})

        def call_binop(self, context, operator, left, right):
            if operator == "*":
                size, times = ((left, right) if isinstance(right, int) else (right, left))
                if (isinstance(size, (str, list, tuple)) and isinstance(times, int)
                        and len(size) * times > MAX_VALUE_CHARS):
                    raise SecurityError(_("a value longer than {limit} characters (a text or "
                                          "list multiplied)").format(
                                            limit=number(MAX_VALUE_CHARS, group=True)))
            elif operator == "**":
                if isinstance(right, (int, float)) and abs(right) > MAX_EXPONENT:
                    raise SecurityError(_("a power above {limit}").format(
                                            limit=number(MAX_EXPONENT, group=True)))
            elif operator == "+" and isinstance(left, (str, list)) and isinstance(
                    right, type(left)) and len(left) + len(right) > MAX_VALUE_CHARS:
                raise SecurityError(_("a value longer than {limit} characters").format(
                                        limit=number(MAX_VALUE_CHARS, group=True)))
            return super().call_binop(context, operator, left, right)

    return BoundedSandbox(autoescape=True)
