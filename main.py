#!/usr/bin/env python3
"""Start the inspector's evaluation app (no arguments) or run a headless command.

    python main.py                 # open the app
    python main.py --help          # the headless commands
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) == 1:  # the app: straight to it, without the commands' parser
        from inspector.app import main as app

        sys.exit(app())
    from inspector.cli import main

    sys.exit(main())
