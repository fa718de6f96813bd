"""The files a team exchanges, as read and written: a signed invitation (JSON) and a member's
scoresheet (a zip: the signed ``scoresheet.json`` and the photos it refers to), and the answers
a scoresheet holds, checked against the rubric."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages as msg
from ..scoring import loads_answers_json, parse_answer
from ..store.database import StoreError
from ..sync.canonical import canonical_bytes

if TYPE_CHECKING:
    from ..rubrics import Rubric

INVITATION = "inspector.team-invitation/1"
SCORESHEET = "inspector.scoresheet/1"


def write_file(envelope: dict, path: str | Path) -> Path:
    from ..signing._util import atomic_write

    atomic_write(Path(path), canonical_bytes(envelope))
    return Path(path)


def read_file(path: str | Path) -> dict:
    try:
        return json.loads(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise StoreError(msg.NOT_A_TEAM_FILE, path=str(path), detail=str(exc)) from None



def read_scoresheet(path: str | Path) -> tuple[dict, dict[str, bytes]]:
    """(the signed scoresheet, its files by SHA-256) from a scoresheet file."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            envelope = json.loads(zf.read("scoresheet.json"))
            files = {name.split("/", 1)[1]: zf.read(name) for name in zf.namelist()
                     if name.startswith("files/") and not name.endswith("/")}
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise StoreError(msg.NOT_A_SCORESHEET_FILE, path=str(path), detail=str(exc)) from None
    return envelope, files



def sheet_answers(rubric: Rubric, payload: dict) -> tuple[dict, dict]:
    from ..scoring import AnswerError

    answers, notes = {}, {}
    for code, record in payload.get("answers", {}).items():
        try:
            value = (None if record.get("value") is None
                     else parse_answer(rubric, code, loads_answers_json(record["value"])))
        except (AnswerError, ValueError) as exc:
            raise StoreError(msg.SHEET_ANSWER_REFUSED, item=code, detail=str(exc),
                             member=str(payload.get("member", {}).get("id"))) from None
        if value is not None:
            answers[code] = value
        if record.get("note"):
            notes[code] = record["note"]
    return answers, notes

