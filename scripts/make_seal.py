#!/usr/bin/env python3
"""Draw the bureau's seal image for certificates: resources/seals/bureau-seal.png.

    python scripts/make_seal.py                      # 杭州市余杭区教育局, 1000 × 1000 px
    python scripts/make_seal.py --name 杭州市教育局 --out /tmp/city-seal.png

A red round official-style seal (a ring, a five-pointed star in the middle, the body's name
along the upper edge in the bundled WenQuanYi Micro Hei font) with a transparent background,
drawn by inspector.exports.certificate.draw_seal (Pillow). The PNG is committed as a resource;
run this only to draw it again. It is a stand-in: a certificate that must carry the body's
real seal is stamped by hand, or uses the body's authorised electronic seal image instead
(certificate_pdf(..., seal_png=...)).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector.exports.certificate import SEAL_FILE, SEAL_ISSUER, draw_seal  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default=SEAL_ISSUER, help=f"the body (default {SEAL_ISSUER})")
    parser.add_argument("--size", type=int, default=1000, help="pixels (default 1000)")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "seals" / SEAL_FILE)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    draw_seal(args.name, args.size).save(args.out, format="PNG", optimize=True)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
