"""余杭区教育督导评估工具 — the inspector's evaluation app.

The package is split into a pure core that never imports Qt widgets
(:mod:`inspector.rubrics`, :mod:`inspector.scoring`, :mod:`inspector.store`, …)
and a thin user interface on top (:mod:`inspector.ui`, :mod:`inspector.app`).
"""

__version__ = "0.1.0"
