"""Qt's item-data roles and two alignments as plain ints, for the code on the start-up path.

The first time Python names anything in PySide6's ``Qt`` namespace (``Qt.ItemDataRole``,
``Qt.AlignmentFlag`` …), PySide6 builds all of its ~130 enums at once: some 16 ms of a cold
start. The home list, which the first frame shows, uses these values instead, so that ``Qt``
is built after the first frame. They are Qt's own values, fixed for Qt 6 (a test compares them
with ``Qt``); models may return them as ints, as Qt reads roles and alignments as ints.
"""

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole
FONT = 6  # Qt.ItemDataRole.FontRole
TEXT_ALIGNMENT = 7  # Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = 9  # Qt.ItemDataRole.ForegroundRole
USER = 0x0100  # Qt.ItemDataRole.UserRole

ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | AlignVCenter
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter)
