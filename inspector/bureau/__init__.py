"""The bureau server: receives signed evaluations, hands out rubrics, the school roster,
assignments and review results. ASGI (FastAPI on uvicorn); SQLite by default, PostgreSQL for
larger deployments — the same SQL and the same tests on both.

- ``database``: connections and transactions for both engines;
- ``schema``: the migrations;
- ``service``: :class:`Bureau`, the rules (pure Python over a database: no HTTP), made of
  ``people`` (users, tokens, enrolment), ``catalogue`` (rubrics, roster, assignments, the pull),
  ``files``, ``submissions`` (and reviews, report checks), ``register`` (certificates) and
  ``team_relay``; ``common`` holds what they share;
- ``server``: the HTTP API over the service;
- ``report_checks``: signed PDF reports checked in the background.

See docs/sync-protocol.md.
"""
