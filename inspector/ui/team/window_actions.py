"""The 专家组 menu's actions, for the application window (which keeps one line per action).

The merge view and handing in act on the evaluation open in the evaluation page when it is a
team evaluation (or a member's scoresheet); otherwise they ask which one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store import StoreError
from ...team import workflow as tw
from ..refusals import refusal_text
from . import common
from .member_actions import tell

if TYPE_CHECKING:
    from ..app_window import AppWindow

translate = QCoreApplication.translate


def open_evaluation_id(window: AppWindow) -> str | None:
    """The evaluation shown in the evaluation page, if it is the page on screen."""
    session = getattr(window.pages.currentWidget(), "session", None)
    return session.id if session is not None else None


def new_team(window: AppWindow):
    from .new_team_dialog import NewTeamDialog

    dialog = NewTeamDialog(window.store, window.catalog, window)
    dialog.created.connect(lambda _id: window.home.refresh())
    dialog.joined.connect(window.open_evaluation)
    dialog.open()
    return dialog


def show_merge(window: AppWindow, evaluation_id: str | None = None):
    """The lead's merge view of a team evaluation (None when there is none to show)."""
    from .merge_dialog import TeamMergeDialog

    store = window.store
    if evaluation_id is None:
        shown = open_evaluation_id(window)
        if shown is not None and tw.team(store, shown) is not None:
            evaluation_id = shown
        else:
            evaluation_id = common.choose(
                window, translate("TeamWindow", "Merge scoresheets"),
                translate("TeamWindow", "Team evaluation:"), common.team_evaluations(store))
    if evaluation_id is None:
        if not common.team_evaluations(store):
            tell(window, translate("TeamWindow", "There is no team evaluation led from this "
                                                 "laptop. Create one with New team "
                                                 "evaluation…"))
        return None
    dialog = TeamMergeDialog(store, evaluation_id, window)
    dialog.changed.connect(lambda eid: reload_if_shown(window, eid))
    dialog.finalized.connect(lambda eid: (reload_if_shown(window, eid), window.home.refresh()))
    dialog.open()
    return dialog


def reload_if_shown(window: AppWindow, evaluation_id: str) -> None:
    """The evaluation page shows the merged answers as they are now."""
    if open_evaluation_id(window) == evaluation_id:
        window.evaluation.open(evaluation_id)


def join(window: AppWindow, path: str | Path | None = None) -> str | None:
    from .member_actions import join_team

    sheet_id = join_team(window, window.store, path)
    if sheet_id is not None:
        window.home.refresh()
        window.open_evaluation(sheet_id)
        window.statusBar().showMessage(
            translate("TeamWindow", "Joined the team: your scoresheet is open."), 8000)
    return sheet_id


def hand_in(window: AppWindow, path: str | Path | None = None,
            passphrase: str | None = None) -> Path | None:
    from .member_actions import hand_in as write

    store = window.store
    shown = open_evaluation_id(window)
    if shown is not None and tw.membership(store, shown) is not None:
        sheet_id = shown
    else:
        sheet_id = common.choose(window, translate("TeamWindow", "Hand in my scoresheet"),
                                 translate("TeamWindow", "Scoresheet:"),
                                 common.member_scoresheets(store))
    if sheet_id is None:
        if not common.member_scoresheets(store):
            tell(window, translate("TeamWindow", "You have not joined a team on this laptop. "
                                                 "Join one with Join a team… first."))
        return None
    return write(window, store, sheet_id, path, passphrase)


def send_through_bureau(window: AppWindow, passphrase: str | None = None,
                        wait: bool = False) -> bool:
    """Through the bureau, when there is a network: the lead's invitation to the members (for
    a team evaluation), or the member's signed scoresheet to the lead (for a scoresheet). The
    open evaluation decides which; otherwise the inspector picks. The next sync at the other
    end applies it (joining, or importing the scoresheet)."""
    from ...sync.config import load_config
    from ..tasks import run_in_background

    store = window.store
    config = load_config(store.data_dir)
    if config is None:
        tell(window, translate("TeamWindow", "This laptop is not enrolled with the bureau: "
                                             "enrol it first (Sync → Outbox and sync…), or "
                                             "exchange the files by USB stick."), True)
        return False
    shown = open_evaluation_id(window)
    if shown is None or (tw.team(store, shown) is None
                         and tw.membership(store, shown) is None):
        shown = common.choose(window, translate("TeamWindow", "Send through the bureau"),
                              translate("TeamWindow", "Evaluation:"),
                              common.team_evaluations(store) + common.member_scoresheets(store))
    if shown is None:
        return False
    identity, problem = common.ask_identity(window, store, passphrase,
                                            translate("TeamWindow", "Sign and send"))
    if identity is None:
        if problem:
            tell(window, problem, True)
        return False
    try:
        envelope = (tw.invitation(store, shown, identity) if tw.team(store, shown) is not None
                    else tw.scoresheet(store, shown, identity))
    except StoreError as exc:
        tell(window, refusal_text(exc), True)
        return False
    data_dir = store.data_dir

    def send():  # pool thread: network only (photos are read from the files folder)
        from types import SimpleNamespace

        from ...sync.client import SyncClient

        with SyncClient(config.url, config.token) as client:
            return client.send_team_file(SimpleNamespace(data_dir=data_dir), envelope)

    def done(answer: dict) -> None:
        tell(window, translate("TeamWindow", "Sent through the bureau to %1; they receive it "
                                             "on their next sync.")
             .replace("%1", "、".join(answer.get("recipients", []))))

    def failed(message: str) -> None:
        tell(window, translate("TeamWindow", "Not sent: %1").replace(
            "%1", message.strip().splitlines()[-1] if message.strip() else ""), True)

    if wait:  # tests: the same steps, on this thread
        try:
            done(send())
        except Exception as exc:  # noqa: BLE001 - reported as in the app
            failed(refusal_text(exc))
            return False
        return True
    run_in_background(send, done, failed)
    return True
