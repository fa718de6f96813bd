#!/usr/bin/env python3
"""Start the inspector's evaluation app (no arguments) or run a headless command.

    python main.py                 # open the app
    python main.py --help          # the headless commands
"""

import sys

from inspector.cli import main

if __name__ == "__main__":
    sys.exit(main())
