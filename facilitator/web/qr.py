"""QR codes for the join address, by segno (pure Python): a matrix the window draws with Qt,
and an SVG for the page."""

from __future__ import annotations


def qr_matrix(text: str) -> list[list[bool]]:
    """Dark (True) and light modules, without the quiet zone (the drawing adds it)."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return [[bool(v) for v in row] for row in code.matrix_iter(border=0)]


def qr_svg(text: str, scale: int = 4) -> str:
    """An inline <svg> element (no XML declaration), black on white, with its quiet zone."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return code.svg_inline(scale=scale, border=4, dark="#000", light="#fff")
