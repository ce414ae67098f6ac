#!/usr/bin/env python3
"""Draws ProgramBot's Teams icons with the standard library only (no PIL).

color.png   192x192: blue accent background, three white Gantt bars inside the
            120x120 safe area Teams asks for.
outline.png  32x32: the same bars in pure white (#FFFFFF) on a transparent background.

Run from anywhere: python3 manifest/icons/make-icons.py
"""
import os
import struct
import zlib

ACCENT = (0x25, 0x63, 0xEB)  # keep in step with accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # icons sit next to manifest.json


def write_png(path, width, height, pixels):
    """pixels: list of rows, each a list of (r, g, b, a) tuples."""
    raw = bytearray()
    for row in pixels:
        raw.append(0)  # filter type: none
        for r, g, b, a in row:
            raw += bytes((r, g, b, a))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", ihdr))
        f.write(chunk(b"IDAT", zlib.compress(bytes(raw), 9)))
        f.write(chunk(b"IEND", b""))


def in_rounded_rect(x, y, rect, radius):
    x0, y0, x1, y1 = rect
    if x < x0 or x >= x1 or y < y0 or y >= y1:
        return False
    cx = min(max(x, x0 + radius), x1 - radius)
    cy = min(max(y, y0 + radius), y1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def coverage(px, py, rects, radius, samples=4):
    """Fraction of the pixel covered by any bar (supersampled for smooth corners)."""
    hits = 0
    for sy in range(samples):
        for sx in range(samples):
            x = px + (sx + 0.5) / samples
            y = py + (sy + 0.5) / samples
            if any(in_rounded_rect(x, y, r, radius) for r in rects):
                hits += 1
    return hits / (samples * samples)


def color_icon():
    size = 192
    # Gantt bars (x0, y0, x1, y1), staggered like a schedule, within 36..156.
    bars = [(44, 52, 112, 74), (76, 85, 148, 107), (56, 118, 132, 140)]
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            c = coverage(x, y, bars, radius=8)
            rgb = tuple(round(a * (1 - c) + w * c) for a, w in zip(ACCENT, WHITE))
            row.append(rgb + (255,))
        rows.append(row)
    write_png(os.path.join(OUT, "color.png"), size, size, rows)


def outline_icon():
    size = 32
    # Pixel-aligned bars: every pixel is either opaque white or fully transparent.
    bars = [(5, 7, 19, 11), (11, 14, 27, 18), (8, 21, 23, 25)]
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            inside = any(x0 <= x < x1 and y0 <= y < y1 for x0, y0, x1, y1 in bars)
            # Transparent pixels are white too, so no validator sees a non-white colour.
            row.append(WHITE + (255 if inside else 0,))
        rows.append(row)
    write_png(os.path.join(OUT, "outline.png"), size, size, rows)


if __name__ == "__main__":
    color_icon()
    outline_icon()
    print("wrote", os.path.join(OUT, "color.png"), "and", os.path.join(OUT, "outline.png"))
