"""Sync with the bureau in the app: the background runner, the status in the status bar, the
outbox dialog and enrolment. The work itself is :mod:`inspector.sync` (no Qt)."""
