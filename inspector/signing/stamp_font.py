"""The font of the visible signature stamp: a small, cached, 1000-unitsPerEm TrueType file.

pyHanko 0.38 lays out stamp text wrongly with fonts whose unitsPerEm is not 1000, and the
bundled WenQuanYi Micro Hei (a .ttc) has 2048. Rescaling the whole font takes ~9 s and parsing
it on every signature ~0.8 s, so instead each stamp gets a subset holding only the characters
it needs (the stamp's labels, ASCII, and the signer's name and role), taken from face 0 of the
collection, stripped of hinting and rescaled to 1000 units. The subset is cached in
``data_home()/cache/stamp-fonts/`` under a hash of its characters: the first signature by a
given person costs ~0.3 s, later ones nothing. Characters WenQuanYi lacks (CJK Ext-A, such as
䶮) are merged in from the bundled Droid Sans Fallback.
"""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

from .. import paths
from ._util import atomic_write

FONT_VERSION = "2"  # bump when the recipe changes, so that old cached subsets are not reused
BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "签名人角色时间：（）·、，。—"
PRIMARY = ("wqy-microhei.ttc", 0)
FALLBACK = ("DroidSansFallbackFull.ttf", None)
_lock = threading.Lock()
_cmaps: dict[str, set[int]] = {}


def cache_dir() -> Path:
    return paths.data_home() / "cache" / "stamp-fonts"


def _open(file: str, index: int | None):
    from fontTools.ttLib import TTCollection, TTFont

    path = paths.fonts_dir() / file
    if index is None:
        return TTFont(str(path), lazy=True)
    return TTCollection(str(path), lazy=True).fonts[index]


def _cmap(file: str, index: int | None) -> set[int]:
    if file not in _cmaps:
        _cmaps[file] = set(_open(file, index).getBestCmap())
    return _cmaps[file]


def stamp_font(text: str) -> Path:
    """A font file covering ``text`` (plus ASCII and the stamp labels), for pyHanko."""
    chars = "".join(sorted(set(BASE_CHARS + text) - {"\n", "\r", "\t"}))
    digest = hashlib.sha256(f"{FONT_VERSION}\0{chars}".encode()).hexdigest()[:24]
    out = cache_dir() / f"{digest}.ttf"
    if out.exists():
        return out
    with _lock:
        if not out.exists():
            atomic_write(out, _build(chars))
    return out


def _subset(font, chars: str, *, layout: bool):
    from fontTools import subset
    from fontTools.ttLib.scaleUpem import scale_upem

    options = subset.Options()
    options.hinting = False  # instructions do not survive rescaling, and PDFs do not need them
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    if not layout:  # fontTools' merger cannot reconcile these between the two fonts
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "vhea", "vmtx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    return font


def _save(font) -> bytes:
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def _build(chars: str) -> bytes:
    present = _cmap(*PRIMARY)
    missing = "".join(c for c in chars if ord(c) not in present)
    if missing:
        missing = "".join(c for c in missing if ord(c) in _cmap(*FALLBACK))
    if not missing:  # the usual case: WenQuanYi has every character
        return _save(_subset(_open(*PRIMARY), chars, layout=True))
    from fontTools.merge import Merger

    main = _subset(_open(*PRIMARY), "".join(c for c in chars if ord(c) in present),
                   layout=False)
    extra = _subset(_open(*FALLBACK), missing, layout=False)
    parts = [io.BytesIO(_save(main)), io.BytesIO(_save(extra))]
    return _save(Merger().merge(parts))
