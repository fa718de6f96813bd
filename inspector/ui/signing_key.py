"""This laptop's signing key and the bureau's CA certificate, as the dialogs that sign or check
files use them (team invitations and scoresheets, sync files)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .refusals import refusal_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..signing.keys import Identity
    from ..store import Store

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def key_path(store: Store) -> Path:
    from ..signing.keys import KEY_FILE

    return store.data_dir / "keys" / KEY_FILE


def my_id_and_name(store: Store) -> tuple[str, str] | None:
    """The inspector id (serialNumber) and name of this laptop's signing certificate, if any."""
    from cryptography.x509.oid import NameOID

    from ..signing._util import common_name, name_attr
    from ..signing.errors import SigningError
    from ..signing.keys import read_certificate

    try:
        cert = read_certificate(key_path(store))
    except (SigningError, OSError, ValueError):
        return None
    member_id = name_attr(cert.subject, NameOID.SERIAL_NUMBER)
    return (member_id, common_name(cert)) if member_id else None


def bureau_ca(store: Store):
    """The bureau's root certificate once installed (``keys/bureau-ca.pem``), else None."""
    from ..signing._util import read_certs
    from ..signing.keys import BUREAU_CA_FILE

    path = store.data_dir / "keys" / BUREAU_CA_FILE
    return read_certs(path)[0] if path.exists() else None


def ask_identity(parent: QWidget, store: Store, passphrase: str | None,
                 title: str) -> tuple[Identity | None, str]:
    """(the opened signing identity, "") or (None, why not); asks for the passphrase when
    none is given ((None, "") when the inspector cancels)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from ..signing.errors import SigningError
    from ..signing.keys import load_identity

    if passphrase is None:
        passphrase, ok = QInputDialog.getText(
            parent, title, translate("SigningKey", "Passphrase of your signing key:"),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None, ""
    try:
        return load_identity(key_path(store), passphrase), ""
    except (SigningError, OSError) as exc:
        return None, refusal_text(exc)
