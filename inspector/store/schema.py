"""The database schema, as an ordered list of migrations (sqlite-utils migrations).

Never edit a migration once it has shipped: add a new one. ``tests/data/db/`` keeps a database
saved by each released schema, and a test upgrades each of them.

The rules that protect the record live in the database itself, as triggers, so that no code
path — not even direct SQL — can rewrite history:

* the event log is append-only;
* a finalized (or later) evaluation cannot change, except moving forward in its lifecycle
  (finalized → signed → submitted) and being marked superseded once by its reopened revision;
* answers, findings and attachment links of a non-draft evaluation cannot change;
* a certificate is permanent: never changed, never deleted, so its number is never reused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration must run (it costs
    from sqlite_utils import Database  # ~100 ms of start-up: see migration_set)
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "inspector"

SCHOOL_TYPES = ("kindergarten", "primary", "junior", "nine_year", "high")
STATUSES = ("draft", "finalized", "signed", "submitted")
FINDING_KINDS = ("strength", "problem", "rectification")
VISIT_KINDS = ("regular", "random", "special", "complaint", "formal", "recheck", "self")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def m001_initial(db: Database) -> None:
    db.execute(f"""
        CREATE TABLE schools (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            type TEXT NOT NULL CHECK (type IN {_in(SCHOOL_TYPES)}),
            town TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE inspectors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '责任督学',
            phone TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE rubrics (
            hash TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            family TEXT NOT NULL,
            definition TEXT NOT NULL,
            stored_at TEXT NOT NULL
        )""")
    db.execute(f"""
        CREATE TABLE evaluations (
            id TEXT PRIMARY KEY,
            school_code TEXT NOT NULL REFERENCES schools(code),
            rubric_hash TEXT NOT NULL REFERENCES rubrics(hash),
            kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN {_in(VISIT_KINDS)}),
            visit_date TEXT NOT NULL,
            team TEXT NOT NULL DEFAULT '[]',
            created_by TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN {_in(STATUSES)}),
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            supersedes TEXT REFERENCES evaluations(id),
            superseded_by TEXT REFERENCES evaluations(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finalized_at TEXT,
            finalized_by TEXT,
            result TEXT
        )""")
    db.execute("CREATE INDEX evaluations_school ON evaluations(school_code)")
    db.execute("CREATE INDEX evaluations_status ON evaluations(status)")
    db.execute("""
        CREATE TABLE answers (
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            code TEXT NOT NULL,
            value TEXT,
            self_value TEXT,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, code)
        )""")
    db.execute(f"""
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            code TEXT,
            kind TEXT NOT NULL CHECK (kind IN {_in(FINDING_KINDS)}),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            deadline TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX findings_evaluation ON findings(evaluation_id)")
    db.execute("""
        CREATE TABLE attachments (
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            code TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            filename TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, code, sha256)
        )""")
    db.execute("""
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            evaluation_id TEXT,
            code TEXT,
            field TEXT NOT NULL,
            old TEXT,
            new TEXT,
            reason TEXT
        )""")
    db.execute("CREATE INDEX events_evaluation ON events(evaluation_id, seq)")

    # --- the record cannot be rewritten: enforced here, not only in code -----------------
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER events_append_only_{action.lower()} BEFORE {action} ON events
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END""")
    frozen = ("school_code", "rubric_hash", "kind", "visit_date", "team", "created_by",
              "revision", "supersedes", "created_at", "finalized_at", "finalized_by", "result")
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in frozen)
    db.execute(f"""
        CREATE TRIGGER evaluations_frozen BEFORE UPDATE ON evaluations
        WHEN OLD.status <> 'draft' AND (
            {changed}
            OR NOT (NEW.status = OLD.status
                    OR (OLD.status = 'finalized' AND NEW.status = 'signed')
                    OR (OLD.status = 'signed' AND NEW.status = 'submitted'))
            OR (OLD.superseded_by IS NOT NULL AND NEW.superseded_by IS NOT OLD.superseded_by))
        BEGIN SELECT RAISE(ABORT, 'evaluation is finalized and cannot change'); END""")
    db.execute("""
        CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON evaluations
        WHEN OLD.status <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'evaluation is finalized and cannot be deleted'); END""")
    for table in ("answers", "findings", "attachments"):
        for action, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            db.execute(f"""
                CREATE TRIGGER {table}_frozen_{action.lower()} BEFORE {action} ON {table}
                WHEN (SELECT status FROM evaluations WHERE id = {row}.evaluation_id) <> 'draft'
                BEGIN SELECT RAISE(ABORT, 'evaluation is finalized and cannot change'); END""")


def m002_search_and_resume(db: Database) -> None:
    """Chinese search over schools (trigram FTS) and where each evaluation was left."""
    db["schools"].enable_fts(["name", "town", "address", "code"], create_triggers=True,
                             tokenize="trigram")
    db.execute("""
        CREATE TABLE evaluation_cursor (
            evaluation_id TEXT PRIMARY KEY REFERENCES evaluations(id),
            code TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")


def m003_summaries(db: Database) -> None:
    """A cache of each evaluation's figures for lists (the home screen): no scoring needed to
    show 1,000 evaluations. ``updated_at`` is the evaluation's own ``updated_at`` the figures
    were computed for; a different value means stale. Never authoritative: finalized
    evaluations keep their frozen result in ``evaluations.result``."""
    db.execute("""
        CREATE TABLE evaluation_summaries (
            evaluation_id TEXT PRIMARY KEY REFERENCES evaluations(id),
            updated_at TEXT NOT NULL,
            total TEXT NOT NULL,
            max TEXT NOT NULL,
            percent TEXT NOT NULL,
            grade TEXT NOT NULL,
            passed INTEGER NOT NULL,
            answered INTEGER NOT NULL,
            answerable INTEGER NOT NULL
        )""")


def m004_certificates(db: Database) -> None:
    """Certificates (证书) issued for passed evaluations. A certificate is permanent: its row
    can never change or be deleted, so its number is never reused. ``sequence`` counts per
    issuer and year; ``payload`` is the canonical JSON that was signed and ``signature`` its
    signature (base64url), together the content of the certificate's QR code."""
    db.execute("""
        CREATE TABLE certificates (
            number TEXT PRIMARY KEY CHECK (length(trim(number)) > 0),
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            issuer TEXT NOT NULL CHECK (length(trim(issuer)) > 0),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
            sequence INTEGER NOT NULL CHECK (sequence >= 1),
            school_code TEXT NOT NULL,
            school TEXT NOT NULL,
            grade TEXT NOT NULL,
            title TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            recheck_on TEXT,
            payload TEXT NOT NULL,
            signature TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            UNIQUE (issuer, year, sequence)
        )""")
    db.execute("CREATE INDEX certificates_evaluation ON certificates(evaluation_id)")
    db.execute("""
        CREATE TRIGGER certificates_only_for_finalized BEFORE INSERT ON certificates
        WHEN coalesce((SELECT status FROM evaluations WHERE id = NEW.evaluation_id), 'draft')
             = 'draft'
        BEGIN SELECT RAISE(ABORT, 'a certificate needs a finalized evaluation'); END""")
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER certificates_permanent_{action.lower()} BEFORE {action} ON certificates
            BEGIN SELECT RAISE(ABORT, 'a certificate is permanent and cannot change'); END""")


OUTBOX_STATES = ("waiting", "sent", "accepted", "returned", "conflict", "refused")


def m005_sync(db: Database) -> None:
    """Sync with the bureau. ``signed_reports``: the signed PDF of each signed evaluation
    (kept in the attachment store by digest). ``outbox``: one row per signed evaluation, made
    in the same transaction that marks it signed; ``body`` is the signed submission, never
    changed; the row's state follows the bureau's answers. ``pulled``: what the bureau handed
    out (assignments, review results), by kind and key."""
    db.execute("""
        CREATE TABLE signed_reports (
            evaluation_id TEXT PRIMARY KEY REFERENCES evaluations(id),
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            signed_at TEXT NOT NULL,
            signed_by TEXT NOT NULL DEFAULT ''
        )""")
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER signed_reports_permanent_{action.lower()} BEFORE {action}
            ON signed_reports
            BEGIN SELECT RAISE(ABORT, 'a signed report is permanent'); END""")
    db.execute(f"""
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            evaluation_id TEXT NOT NULL UNIQUE REFERENCES evaluations(id),
            body TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            blobs TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN {_in(OUTBOX_STATES)}),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            server_id TEXT,
            receipt TEXT,
            review_comment TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TRIGGER outbox_body_permanent BEFORE UPDATE ON outbox
        WHEN NEW.body IS NOT OLD.body OR NEW.sha256 IS NOT OLD.sha256
             OR NEW.evaluation_id IS NOT OLD.evaluation_id
        BEGIN SELECT RAISE(ABORT, 'a submission never changes once signed'); END""")
    db.execute("CREATE INDEX outbox_state ON outbox(state, next_attempt_at)")
    db.execute("""
        CREATE TABLE pulled (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        )""")


TEAM_MODES = ("parallel", "split")


def m006_team(db: Database) -> None:
    """Expert-team evaluations. On the lead's laptop: ``team_evaluations`` (the merged
    evaluation's team, mode and merge policy; ``team_id`` is the first revision's id and
    stays when the evaluation is reopened as a new revision), ``team_scoresheets`` (every signed scoresheet
    imported, never changed; a newer one from the same member replaces the older, which stays
    as history) and ``team_settlements`` (the lead's decisions, with reasons). On a member's
    laptop: ``team_memberships`` links the member's own scoresheet to the team."""
    db.execute(f"""
        CREATE TABLE team_evaluations (
            evaluation_id TEXT PRIMARY KEY REFERENCES evaluations(id),
            team_id TEXT NOT NULL,
            lead_id TEXT NOT NULL,
            members TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN {_in(TEAM_MODES)}),
            policy TEXT NOT NULL,
            threshold TEXT NOT NULL,
            trim_min INTEGER NOT NULL,
            ownership TEXT NOT NULL DEFAULT '{{}}',
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE team_scoresheets (
            id INTEGER PRIMARY KEY,
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            member_id TEXT NOT NULL,
            digest TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            envelope TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            replaced_by INTEGER REFERENCES team_scoresheets(id),
            UNIQUE (evaluation_id, digest)
        )""")
    db.execute("""
        CREATE TRIGGER team_scoresheets_kept BEFORE UPDATE ON team_scoresheets
        WHEN NEW.envelope IS NOT OLD.envelope OR NEW.digest IS NOT OLD.digest
             OR NEW.member_id IS NOT OLD.member_id OR OLD.replaced_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'an imported scoresheet is kept as it was'); END""")
    db.execute("""
        CREATE TRIGGER team_scoresheets_no_delete BEFORE DELETE ON team_scoresheets
        BEGIN SELECT RAISE(ABORT, 'an imported scoresheet is kept as it was'); END""")
    db.execute("""
        CREATE TABLE team_settlements (
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            code TEXT NOT NULL,
            value TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            settled_at TEXT NOT NULL,
            settled_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, code)
        )""")
    for action, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        db.execute(f"""
            CREATE TRIGGER team_settlements_frozen_{action.lower()} BEFORE {action}
            ON team_settlements
            WHEN (SELECT status FROM evaluations WHERE id = {row}.evaluation_id) <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'evaluation is finalized and cannot change'); END""")
    db.execute("""
        CREATE TABLE team_memberships (
            evaluation_id TEXT PRIMARY KEY REFERENCES evaluations(id),
            team_id TEXT NOT NULL UNIQUE,
            member_id TEXT NOT NULL,
            invitation TEXT NOT NULL,
            joined_at TEXT NOT NULL
        )""")


# The figures a roll-up needs from a frozen result, as one compact JSON array:
# [total, max, percent, grade, passed, [veto codes], [[area code, area score], …]].
FROZEN_FIGURES_SQL = (
    "json_array(json_extract({r}, '$.total'), json_extract({r}, '$.max'), "
    "json_extract({r}, '$.percent'), json_extract({r}, '$.grade'), "
    "json_extract({r}, '$.passed'), json_extract({r}, '$.veto'), "
    "(SELECT json_group_array(json_array(json_extract(a.value, '$.code'), "
    "json_extract(a.value, '$.score'))) FROM json_each({r}, '$.areas') a))")


def m007_frozen_figures(db: Database) -> None:
    """A compact copy of each frozen result's figures (see FROZEN_FIGURES_SQL), written when an
    evaluation is finalized, so that a district roll-up of a thousand evaluations does not
    parse a thousand full results. Permanent like the result it copies."""
    db.execute("""
        CREATE TABLE frozen_figures (
            evaluation_id TEXT PRIMARY KEY REFERENCES evaluations(id),
            figures TEXT NOT NULL
        )""")
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER frozen_figures_permanent_{action.lower()} BEFORE {action}
            ON frozen_figures
            BEGIN SELECT RAISE(ABORT, 'the figures of a frozen result cannot change'); END""")
    db.execute("INSERT INTO frozen_figures(evaluation_id, figures) SELECT id, "
               + FROZEN_FIGURES_SQL.format(r="result")
               + " FROM evaluations WHERE result IS NOT NULL")


def m008_team_findings(db: Database) -> None:
    """Findings an expert team's evaluation carries from its members' scoresheets: whose
    scoresheet each came from (NULL for the evaluation's own), so that a member's newer
    scoresheet replaces that member's findings instead of adding to them."""
    db.execute("ALTER TABLE findings ADD COLUMN from_member TEXT")


def m009_list_order(db: Database) -> None:
    """The evaluations by visit date, newest first: the list's order, so that its first
    screenful (the app's start-up) reads a hundred rows instead of sorting them all."""
    db.execute("CREATE INDEX evaluations_visit ON evaluations(visit_date DESC)")


MIGRATIONS_IN_ORDER = (m001_initial, m002_search_and_resume, m003_summaries, m004_certificates,
                       m005_sync, m006_team, m007_frozen_figures, m008_team_findings,
                       m009_list_order)
SCHEMA_VERSION = len(MIGRATIONS_IN_ORDER)


def migration_set() -> Migrations:
    """The migrations as a sqlite-utils migration set (imports sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for function in MIGRATIONS_IN_ORDER:
        migrations()(function)
    return migrations


def pending_migrations(conn) -> list[str]:
    """Names of the migrations not yet applied — plain SQL, without importing sqlite-utils."""
    applied: set[str] = set()
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone():
        applied = {name for (name,) in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return [f.__name__ for f in MIGRATIONS_IN_ORDER if f.__name__ not in applied]
