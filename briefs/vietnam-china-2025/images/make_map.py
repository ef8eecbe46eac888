#!/usr/bin/python3
"""Draws border-map.jpg, a schematic (not to scale) of the land border between northern Viet Nam
and China's Guangxi and Yunnan, with the Gulf of Tonkin and the main border gates as dots.

Made for this sample with Pillow (Debian's python3-pil); no map data is used, so the outlines
are only suggestive. Run from this folder: /usr/bin/python3 make_map.py
"""
from PIL import Image, ImageDraw

W, H = 1200, 750
SEA, CHINA, VIETNAM = (196, 214, 230), (232, 224, 204), (214, 228, 200)
BORDER, RIVER, GATE, ROAD = (160, 40, 40), (110, 150, 190), (31, 58, 95), (120, 120, 120)

image = Image.new("RGB", (W, H), SEA)
draw = ImageDraw.Draw(image)
# China: everything north of the coast and the border.
draw.polygon([(0, 0), (W, 0), (W, 300), (1010, 330), (900, 380), (820, 360), (760, 420),
              (640, 300), (520, 330), (420, 250), (300, 280), (180, 220), (0, 260)], fill=CHINA)
# Northern Viet Nam: between the border and the Gulf of Tonkin.
draw.polygon([(0, 260), (180, 220), (300, 280), (420, 250), (520, 330), (640, 300),
              (760, 420), (700, 470), (640, 560), (560, 640), (520, 750), (0, 750)],
             fill=VIETNAM)
# The land border, dashed.
border = [(0, 260), (180, 220), (300, 280), (420, 250), (520, 330), (640, 300), (760, 420)]
for (x0, y0), (x1, y1) in zip(border, border[1:]):
    steps = int(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 // 18)
    for i in range(0, steps, 2):
        a, b = i / steps, min(i + 1, steps) / steps
        draw.line([(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                   (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)], fill=BORDER, width=6)
# The Red River, from Yunnan to the gulf.
draw.line([(120, 150), (190, 240), (260, 360), (360, 470), (450, 560), (540, 650)], fill=RIVER,
          width=9, joint="curve")
# Roads from the gates to Ha Noi.
hanoi = (430, 560)
gates = [(190, 238), (505, 318), (640, 302), (745, 410)]
for gate in gates:
    draw.line([gate, hanoi], fill=ROAD, width=4)
for x, y in gates:
    draw.ellipse([x - 13, y - 13, x + 13, y + 13], fill=GATE, outline=(255, 255, 255), width=4)
draw.rectangle([hanoi[0] - 15, hanoi[1] - 15, hanoi[0] + 15, hanoi[1] + 15], fill=BORDER,
               outline=(255, 255, 255), width=4)
image.save("border-map.jpg", quality=88, optimize=True)
