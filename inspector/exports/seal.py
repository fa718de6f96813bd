"""The red round seal printed on certificates: the bundled image of the bureau's seal, or one
drawn with Pillow for another issuing body (scripts/make_seal.py draws the bundled one)."""

from __future__ import annotations

import io
import math
import random

from .. import paths
from .certificate_record import BUREAU

SEAL_FILE = "bureau-seal.png"
SEAL_ISSUER = BUREAU  # the name on resources/seals/bureau-seal.png
SEAL_RED = (205, 22, 28)


def draw_seal(name: str, size: int = 1000, *, seed: int = 7):
    """A red round seal image (RGBA): a ring, a five-pointed star in the middle and ``name``
    along the upper edge, in the bundled font, with the uneven ink of a real stamp."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

    font_path = str(paths.fonts_dir() / "wqy-microhei.ttc")
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c = size / 2
    ring = size * 0.04
    outer = size / 2 - size * 0.01
    draw.ellipse([c - outer, c - outer, c + outer, c + outer], fill=255)
    inner = outer - ring
    draw.ellipse([c - inner, c - inner, c + inner, c + inner], fill=0)

    # the star
    r_star = size * 0.19
    points = []
    for i in range(10):
        r = r_star if i % 2 == 0 else r_star * 0.382
        a = math.radians(-90 + 36 * i)
        points.append((c + r * math.cos(a), c + size * 0.015 + r * math.sin(a)))
    draw.polygon(points, fill=255)

    # the name along the upper arc, each character upright towards the rim
    chars = [ch for ch in name if not ch.isspace()]
    n = len(chars)
    font_size = int(size * (0.145 if n <= 9 else max(0.085, 0.145 * 9 / n)))
    font = ImageFont.truetype(font_path, font_size, index=0)
    r_text = inner - size * 0.03 - font_size * 0.55
    span = min(250.0, max(150.0, n * 26.0))  # degrees of arc the name takes
    step = span / max(n - 1, 1)
    for i, ch in enumerate(chars):
        angle = -span / 2 + i * step if n > 1 else 0.0  # 0 = top, clockwise positive
        tile = Image.new("L", (int(font_size * 1.6), int(font_size * 1.6)), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, fill=255, font=font,
                                  anchor="mm")
        # characters are drawn condensed, as on an official seal
        tile = tile.resize((int(tile.width * 0.82), tile.height), Image.Resampling.LANCZOS)
        tile = tile.filter(ImageFilter.MaxFilter(_odd(font_size / 22)))  # seal strokes are bold
        tile = tile.rotate(-angle, resample=Image.Resampling.BICUBIC, expand=True)
        a = math.radians(angle)
        x = c + r_text * math.sin(a) - tile.width / 2
        y = c - r_text * math.cos(a) - tile.height / 2
        mask.paste(255, (int(round(x)), int(round(y))), tile)

    # uneven ink: speckles where the paper did not take it, softened edges
    rng = random.Random(seed)
    noise = Image.new("L", (size // 8, size // 8))
    noise.putdata([255 if rng.random() > 0.06 else rng.randrange(60, 200)
                   for _ in range(noise.width * noise.height)])
    noise = noise.resize((size, size), Image.Resampling.BICUBIC)
    grain = Image.new("L", (size, size))
    grain.putdata([255 if rng.random() > 0.03 else 90 for _ in range(size * size)])
    mask = ImageChops.multiply(mask, noise)
    mask = ImageChops.multiply(mask, grain.filter(ImageFilter.GaussianBlur(0.8)))
    mask = mask.filter(ImageFilter.GaussianBlur(size / 900))
    alpha = mask.point(lambda v: int(v * 0.9))
    seal = Image.new("RGBA", (size, size), (*SEAL_RED, 0))
    seal.putalpha(alpha)
    return seal


def _odd(value: float) -> int:
    n = max(1, int(round(value)))
    return n if n % 2 else n + 1


def seal_png_for(issuer: str) -> bytes:
    """PNG bytes of the seal of one body: the bundled image for the bureau, else drawn."""
    bundled = paths.resources_dir() / "seals" / SEAL_FILE
    if issuer == SEAL_ISSUER and bundled.exists():
        return bundled.read_bytes()
    out = io.BytesIO()
    draw_seal(issuer, 600).save(out, format="PNG")
    return out.getvalue()
