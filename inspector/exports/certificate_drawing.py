"""The printed certificate: one A4 landscape page with a red and gold frame, a faint rosette,
the school, title and grade, the signed QR code with the certificate's particulars, and the
issuing body's seal, name and date (fonts embedded)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from . import qr_payload
from .certificate_record import CertificateError, CertificateRecord, check_drawable
from .seal import seal_png_for

RED = (0.62, 0.09, 0.09)
GOLD = (0.72, 0.55, 0.22)
INK = (0.12, 0.1, 0.1)
GREY = (0.3, 0.28, 0.28)
CN_DIGITS = "〇一二三四五六七八九"


def chinese_date(iso: str) -> str:
    """2025-11-30 → 二〇二五年十一月三十日 (the style of a signature date)."""
    day = date.fromisoformat(iso)

    def small(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ((CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
                + (CN_DIGITS[ones] if ones else ""))

    year = "".join(CN_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


def arabic_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.year}年{day.month}月{day.day}日"


def certificate_pdf(record: CertificateRecord, out_path, seal_png: Path | bytes | None = None,
                    ) -> Path:
    """Write the certificate as a one-page A4 landscape PDF (fonts embedded). ``seal_png``
    is the seal image; by default the bundled bureau seal, or for another issuer a seal
    drawn with its name (one per body for a joint issuer 甲、乙)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    from .pdf_fonts import register_fonts

    body_font, _fallback = register_fonts()
    fields = record.fields()  # the signed text is what gets printed
    for name in ("school", "title", "grade", "number", "issuer"):
        check_drawable(fields[name], name)
    out = Path(out_path)
    width, height = landscape(A4)
    c = rl_canvas.Canvas(str(out), pagesize=(width, height), pageCompression=1,
                         initialFontName=body_font)  # no stray, unembedded Helvetica
    c.setTitle(f"{fields['title']}证书 {fields['number']}")
    c.setAuthor(fields["issuer"])
    c.setSubject(f"{fields['school']} — {fields['title']}")
    c.setCreator("余杭区教育督导评估工具")

    _guilloche(c, width / 2, height / 2 + 20)
    _frame(c, width, height)
    cx = width / 2

    _line(c, cx, height - 122, "证书", 50, color=RED, align="centre", bold=1.2, space=40)
    c.setStrokeColorRGB(*GOLD)
    c.setLineWidth(0.8)
    for side in (-1, 1):
        x0 = cx + side * 78
        c.line(x0, height - 106, x0 + side * 90, height - 106)
        c.line(x0, height - 110, x0 + side * 70, height - 110)

    school = fields["school"]
    size = _fit(school, 26, 560)
    _line(c, cx, height - 198, school, size, color=INK, align="centre", bold=0.45)
    w = _width(school, size)
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.6)
    c.line(cx - w / 2 - 12, height - 206, cx + w / 2 + 12, height - 206)
    _line(c, cx, height - 244, "经评估，被认定为", 18, color=INK, align="centre", space=2)
    title = fields["title"]
    _line(c, cx, height - 300, title, _fit(title, 38, 600), color=RED, align="centre",
          bold=0.9, space=4)
    y = height - 342
    grade = fields["grade"]
    if grade not in title:
        _line(c, cx, y, f"评估等级：{grade}", 16, color=INK, align="centre", space=1)
        y -= 32
    _line(c, cx, y, "特发此证。", 16, color=INK, align="centre", space=2)

    # the QR code and the certificate's particulars, bottom left
    png, _version = qr_payload.qr_png(record.qr_text, scale=6, border=2)
    qr_size = 128
    qr_x, qr_y = 84, 78
    c.drawImage(ImageReader(io.BytesIO(png)), qr_x, qr_y, qr_size, qr_size)
    _line(c, qr_x + qr_size / 2, qr_y - 11, "扫码验证", 9, color=GREY, align="centre", space=3)
    details = [f"证书编号：{fields['number']}", f"发证日期：{arabic_date(fields['issued_on'])}"]
    if fields.get("recheck_on"):
        details.append(f"复核日期：{arabic_date(fields['recheck_on'])}前")
    details.append(f"学校代码：{fields['school_code']}")
    ty = qr_y + qr_size - 26
    for text in details:
        _line(c, qr_x + qr_size + 16, ty, text, 10.5, color=GREY)
        ty -= 19

    # the issuing body and the date, bottom right, under the seal: drawn after it, so that
    # the text stays legible through the "ink" as under a real stamp
    bodies = [b for b in fields["issuer"].split("、") if b.strip()]
    right_cx = width - 225
    top = 150 + 12 * (len(bodies) - 1)
    date_y = top - 26 * len(bodies) - 2
    seal_d = 119  # 42 mm, the size of a county-level official seal
    seals: list[bytes]
    if seal_png is not None:
        seals = [seal_png if isinstance(seal_png, bytes) else Path(seal_png).read_bytes()]
    else:
        seals = [seal_png_for(body) for body in bodies[:2]]
    centre_y = (top + date_y) / 2 + 4
    offsets = [0.0] if len(seals) == 1 else [-seal_d * 0.42, seal_d * 0.42]
    for png_bytes, dx in zip(seals, offsets, strict=False):
        c.drawImage(ImageReader(io.BytesIO(png_bytes)), right_cx + dx - seal_d / 2,
                    centre_y - seal_d / 2, seal_d, seal_d, mask="auto")
    by = top
    for body in bodies:
        _line(c, right_cx, by, body, _fit(body, 17, 300), color=INK, align="centre", space=1)
        by -= 26
    _line(c, right_cx, date_y, chinese_date(fields["issued_on"]), 15, color=INK,
          align="centre", space=1)
    c.showPage()
    try:
        c.save()
    except OSError as exc:
        raise CertificateError(f"cannot write {out}: {exc.strerror or exc}") from None
    return out


def _width(text: str, size: float, space: float = 0.0) -> float:
    from .pdf_fonts import text_width

    return text_width(text, size) + space * max(len(text) - 1, 0)


def _fit(text: str, size: float, width: float) -> float:
    while size > 8 and _width(text, size) > width:
        size -= 0.5
    return size


def _line(c, x: float, y: float, text: str, size: float, *, color=INK, align: str = "left",
          bold: float = 0.0, space: float = 0.0) -> None:
    """One line in the bundled fonts; ``bold`` strokes the glyphs (the font has no bold face),
    ``space`` adds letter spacing."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_fonts import font_runs

    runs = font_runs(text)
    total = _width(text, size, space)
    if align in ("centre", "center"):
        x -= total / 2
    elif align == "right":
        x -= total
    c.saveState()
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    if bold:
        c.setLineWidth(bold)
        c.setLineJoin(1)
    for font, run in runs:
        c.setFont(font, size)
        c.drawString(x, y, run, mode=2 if bold else 0, charSpace=space)
        x += stringWidth(run, font, size) + space * len(run)
    c.restoreState()


def _frame(c, width: float, height: float) -> None:
    """A double red border, a gold meander (回纹) band and an inner hairline."""
    c.saveState()
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(4)
    c.rect(18, 18, width - 36, height - 36)
    c.setLineWidth(1.2)
    c.rect(25.5, 25.5, width - 51, height - 51)
    band_in, band = 30.0, 14.0
    c.setStrokeColorRGB(*GOLD)
    c.setLineWidth(1.0)
    c.setLineJoin(0)
    c.setLineCap(2)
    x0, y0 = band_in, band_in
    x1, y1 = width - band_in, height - band_in
    w, h = x1 - x0, y1 - y0
    for ox, oy, angle, length in ((x0, y0, 0, w), (x1, y0, 90, h), (x1, y1, 180, w),
                                  (x0, y1, 270, h)):
        c.saveState()
        c.translate(ox, oy)
        c.rotate(angle)
        _meander(c, length, band)
        c.restoreState()
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(0.8)
    inset = band_in + band + 4
    c.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    c.restoreState()


def _meander(c, length: float, band: float) -> None:
    """One side of the band in a frame where x runs along the side and y into the page;
    the corner square at x = 0 is drawn too."""
    pad = 1.6
    # the corner: a square with a square inside (回)
    c.rect(pad, pad, band - 2 * pad, band - 2 * pad)
    c.rect(band * 0.33, band * 0.33, band * 0.34, band * 0.34)
    start, end = band + 1.5, length - band - 1.5
    count = max(1, round((end - start) / (band * 1.05)))
    unit = (end - start) / count
    top, bottom = band - pad, pad
    path = c.beginPath()
    path.moveTo(start, bottom)
    for i in range(count):
        u = start + i * unit
        s = unit / 10
        # a square spiral rising from the base line, then back to it
        path.lineTo(u + 1 * s, bottom)
        path.lineTo(u + 1 * s, top)
        path.lineTo(u + 8 * s, top)
        path.lineTo(u + 8 * s, bottom + (top - bottom) * 0.28)
        path.lineTo(u + 3.5 * s, bottom + (top - bottom) * 0.28)
        path.lineTo(u + 3.5 * s, bottom + (top - bottom) * 0.68)
        path.lineTo(u + 5.8 * s, bottom + (top - bottom) * 0.68)
        path.moveTo(u + 1 * s, bottom)
        path.lineTo(u + unit, bottom)
    c.drawPath(path, stroke=1, fill=0)


def _guilloche(c, cx: float, cy: float) -> None:
    """A faint rosette behind the text (hard to copy by hand; prints as a light tint)."""
    c.saveState()
    c.setStrokeColorRGB(0.95, 0.91, 0.81)
    c.setLineWidth(0.3)
    for i in range(30):
        c.saveState()
        c.translate(cx, cy)
        c.rotate(i * 6)
        c.ellipse(-185, -58, 185, 58, stroke=1, fill=0)
        c.restoreState()
    c.setStrokeColorRGB(0.95, 0.91, 0.81)
    for r in (194, 199):
        c.circle(cx, cy, r, stroke=1, fill=0)
    c.restoreState()
