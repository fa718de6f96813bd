"""The bundled Chinese fonts for PDFs, and the check that no character is ever lost.

reportlab draws a character the font lacks as nothing at all, silently. So every text that
goes into a PDF passes through :func:`check_text` (or a helper that calls it):

* the body font is WenQuanYi Micro Hei (GBK and the common ideographs);
* characters only Droid Sans Fallback Full has (CJK Extension A, such as 䶮 in a name) are
  drawn with that font instead — :func:`font_runs` splits a text into runs of one font;
* a character in neither font stops the build with :class:`MissingGlyph`, which names it.

Both fonts have TrueType outlines, so reportlab subsets and embeds them (never STSong-Light,
which is not embedded and shows as boxes on a machine without Chinese fonts). Registration
happens once per process; later calls cost a dictionary look-up.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from xml.sax.saxutils import escape

from .. import paths

BODY_FONT = "InspectorBody"  # WenQuanYi Micro Hei
FALLBACK_FONT = "InspectorFallback"  # Droid Sans Fallback Full
BODY_FILE = "wqy-microhei.ttc"
BODY_SUBFONT = 0  # the proportional face; 1 is "WenQuanYi Micro Hei Mono"
FALLBACK_FILE = "DroidSansFallbackFull.ttf"
FONT_LABELS = {BODY_FONT: "WenQuanYi Micro Hei", FALLBACK_FONT: "Droid Sans Fallback Full"}

# Invisible format characters (zero-width spaces and joiners, direction marks, variation
# selectors, the BOM): they have no glyph to draw and carry no text, so they are dropped
# rather than refused. Tabs become spaces; other control characters are dropped.
_IGNORABLE = frozenset([0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF, *range(0x200B, 0x2010),
                        *range(0x202A, 0x202F), *range(0x2060, 0x2070), *range(0xFE00, 0xFE10),
                        *range(0xE0100, 0xE01F0)])

_lock = threading.Lock()
_registered = False


class MissingGlyph(ValueError):
    """A character that neither bundled font can draw; the PDF is not written."""

    def __init__(self, char: str, where: str = ""):
        self.char = char
        self.where = where
        place = f" in {where}" if where else ""
        super().__init__(
            f"cannot write the PDF: the character '{char}' (U+{ord(char):04X}){place} is in none "
            f"of the bundled fonts ({', '.join(FONT_LABELS.values())}); replace it with a "
            f"common character or remove it")


def register_fonts() -> tuple[str, str]:
    """Register the body and fallback fonts with reportlab (once); return their names."""
    global _registered
    if _registered:
        return BODY_FONT, FALLBACK_FONT
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            folder = paths.fonts_dir()
            pdfmetrics.registerFont(TTFont(BODY_FONT, str(folder / BODY_FILE),
                                           subfontIndex=BODY_SUBFONT))
            pdfmetrics.registerFont(TTFont(FALLBACK_FONT, str(folder / FALLBACK_FILE)))
            # Neither font has a bold or italic face: <b>/<i> in a paragraph keep the face.
            for name in (BODY_FONT, FALLBACK_FONT):
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(name, bold, italic, name)
            _registered = True
    return BODY_FONT, FALLBACK_FONT


@lru_cache(maxsize=1)
def _cmaps() -> tuple[frozenset[int], frozenset[int]]:
    """The code points each font maps to a glyph (read once with fontTools)."""
    from fontTools.ttLib import TTFont as FTFont

    folder = paths.fonts_dir()
    sets = []
    for file, index in ((BODY_FILE, BODY_SUBFONT), (FALLBACK_FILE, None)):
        kwargs = {"fontNumber": index} if index is not None else {}
        font = FTFont(str(folder / file), lazy=True, **kwargs)
        try:
            sets.append(frozenset(font.getBestCmap()))
        finally:
            font.close()
    return sets[0], sets[1]


def clean(text: str) -> str:
    """The text as it will be drawn: tabs as spaces, invisible format characters dropped,
    line breaks kept as "\\n" (other control characters dropped)."""
    if text.isprintable() and _IGNORABLE.isdisjoint(map(ord, text)):
        return text
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        cp = ord(ch)
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif cp in _IGNORABLE or (cp < 0x20 or 0x7F <= cp < 0xA0):
            continue
        else:
            out.append(ch)
    return "".join(out)


def font_for(char: str, where: str = "") -> str:
    """The font that draws ``char``: the body font when it can, else the fallback."""
    body, fallback = _cmaps()
    cp = ord(char)
    if cp in body or char == "\n":
        return BODY_FONT
    if cp in fallback:
        return FALLBACK_FONT
    raise MissingGlyph(char, where)


def check_text(text: str, where: str = "") -> None:
    """Raise :class:`MissingGlyph` for the first character of ``text`` that no bundled font
    has (``where`` says which part of the report it is in)."""
    body, fallback = _cmaps()
    for ch in clean(text):
        cp = ord(ch)
        if cp not in body and cp not in fallback and ch != "\n":
            raise MissingGlyph(ch, where)


def font_runs(text: str, where: str = "") -> list[tuple[str, str]]:
    """``text`` (cleaned and checked) as (font name, run) pairs, in order."""
    body, _fallback = _cmaps()
    text = clean(text)
    if all(ord(ch) in body for ch in text):  # the common case: one run
        return [(BODY_FONT, text)] if text else []
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = font_for(ch, where)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def markup(text: str, where: str = "") -> str:
    """``text`` as reportlab paragraph markup: escaped, checked, runs the body font lacks set
    in the fallback font, line breaks as <br/>."""
    parts = []
    for font, run in font_runs(text, where):
        run = escape(run).replace("\n", "<br/>")
        parts.append(run if font == BODY_FONT else f'<font face="{font}">{run}</font>')
    return "".join(parts)


def text_width(text: str, size: float, where: str = "") -> float:
    """The width in points of ``text`` drawn with :func:`draw_text` at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return sum(stringWidth(run, font, size) for font, run in font_runs(text, where))


def draw_text(canvas, x: float, y: float, text: str, size: float, *, where: str = "",
              align: str = "left") -> float:
    """Draw one line on a canvas, switching to the fallback font where needed. ``align`` is
    left, centre or right (``x`` is then the centre or the right end). Returns the width."""
    register_fonts()
    text = text.replace("\n", " ")
    runs = font_runs(text, where)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [stringWidth(run, font, size) for font, run in runs]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align in ("centre", "center"):
        x -= total / 2
    for (font, run), width in zip(runs, widths, strict=True):
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += width
    return total


def text_shapes(x: float, y: float, text: str, size: float, *, where: str = "",
                color=None, align: str = "left") -> list:
    """The same line as reportlab.graphics String shapes (for charts in a Drawing)."""
    from reportlab.graphics.shapes import String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    runs = font_runs(text.replace("\n", " "), where)
    widths = [stringWidth(run, font, size) for font, run in runs]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align in ("centre", "center"):
        x -= total / 2
    shapes = []
    for (font, run), width in zip(runs, widths, strict=True):
        kwargs = {"fillColor": color} if color is not None else {}
        shapes.append(String(x, y, run, fontName=font, fontSize=size, **kwargs))
        x += width
    return shapes


# Characters that must not begin a line (they stay at the end of the line before, even if
# they overhang a little), and ones that must not end a line.
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’%‰℃·…—～,.;:?!)]}")
_NO_LINE_END = frozenset("（《「『【〔〈“‘([{")


@lru_cache(maxsize=1)
def _body_widths():
    """The body font's advance widths (1/1000 em) by code point, and its default width."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(BODY_FONT).face
    return face.charWidths, face.defaultWidth


def wrap_body_text(text: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` (already cleaned, all in the body font) that fit ``width`` points at
    ``size``: the text's own line breaks are kept, CJK text breaks between any two characters
    (not before closing or after opening punctuation), Latin words break at spaces when they
    can. The same rules as reportlab's CJK paragraph wrapping, for table cells drawn as plain
    strings (a Paragraph per cell costs ten times as much)."""
    widths, default = _body_widths()
    limit = width * 1000 / size
    out: list[str] = []
    for line in text.split("\n"):
        start = 0
        used = 0.0
        space = -1  # the last space in the current line
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            w = widths.get(ord(ch), default)
            if used + w > limit and i > start:
                cut = i
                if ch != " " and ch.isascii() and line[i - 1].isascii() and space > start:
                    cut = space + 1  # a Latin word moves to the next line whole
                else:  # closing punctuation takes the character before it along
                    while cut - 1 > start and line[cut] in _NO_LINE_START:
                        cut -= 1
                    if cut - 1 > start and line[cut - 1] in _NO_LINE_END:
                        cut -= 1
                out.append(line[start:cut].rstrip(" "))
                start = cut
                while start < n and line[start] == " ":
                    start += 1
                used = sum(widths.get(ord(c), default) for c in line[start:i])
                space = line.rfind(" ", start, i)
                if start > i:
                    i = start
                    continue
            if ch == " ":
                space = i
            used += w
            i += 1
        out.append(line[start:])
    return out


def fit_text(text: str, size: float, width: float, where: str = "") -> str:
    """``text`` shortened with "…" so that it fits in ``width`` points."""
    if text_width(text, size, where) <= width:
        return text
    while text and text_width(text + "…", size, where) > width:
        text = text[:-1]
    return text + "…"

