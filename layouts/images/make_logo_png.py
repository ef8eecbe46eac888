#!/usr/bin/python3
"""Draws office-logo.png, the raster twin of office-logo.svg, with Pillow (python3-pil).

The corners outside the rounded square are transparent, so the PNG carries an alpha channel.
Run from this folder with Debian's Python: /usr/bin/python3 make_logo_png.py
"""
from PIL import Image, ImageDraw

SCALE = 4  # 64 CSS pixels -> 256 pixels: sharp at 12 pt tall and more
BLUE, WHITE, GOLD = (0x1F, 0x3A, 0x5F, 255), (255, 255, 255, 255), (0xD4, 0xA0, 0x17, 255)


def s(*values):
    return [v * SCALE for v in values]


image = Image.new("RGBA", (64 * SCALE, 64 * SCALE), (0, 0, 0, 0))
draw = ImageDraw.Draw(image)
draw.rounded_rectangle(s(1, 1, 63, 63), radius=9 * SCALE, fill=BLUE)
draw.ellipse(s(15, 11, 49, 45), outline=WHITE, width=3 * SCALE)
draw.ellipse(s(24.5, 11, 39.5, 45), outline=WHITE, width=2 * SCALE)
for y, x0, x1 in ((28, 15, 49), (19, 18, 46), (37, 18, 46)):
    draw.line(s(x0, y, x1, y), fill=WHITE, width=int(1.6 * SCALE))
draw.rounded_rectangle(s(12, 51, 52, 56), radius=int(1.5 * SCALE), fill=GOLD)
image.save("office-logo.png", optimize=True)
