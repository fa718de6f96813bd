"""Enrolling this laptop with the bureau (shared by the command line and the app).

The laptop sends its certificate request with a one-time code; the bureau answers with the
certificate it issued (installed into the signing key file, replacing the self-signed one),
its CA certificate and revocation list, and an access token (kept in ``sync.json``).
"""

from __future__ import annotations

from pathlib import Path

from .. import messages as msg
from ..signing import keys
from .client import SyncClient, SyncError
from .config import SyncConfig, save_config


def enroll(url: str, code: str, passphrase: str, *, key_path: str | Path | None = None,
           data_dir: Path | None = None) -> SyncConfig:
    """Raises SyncError (network, refused code) or SigningError (no key, wrong passphrase)."""
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise SyncError(msg.BUREAU_ADDRESS_SCHEME)
    csr = keys.read_csr(key_path)  # SigningError: create the signing key first
    keys.load_identity(key_path, passphrase)  # a wrong passphrase fails before the code is used
    with SyncClient(url) as client:
        answer = client.enroll(code.strip(), csr)
    keys.install_certificate(answer["certificate"] + answer["ca_certificate"], passphrase,
                             path=key_path)
    inspector = answer["inspector"]
    config = SyncConfig(url, answer["token"], inspector["id"], inspector.get("name", ""))
    save_config(config, data_dir)
    if answer.get("crl"):
        folder = Path(key_path).parent if key_path else keys.keys_dir()
        (folder / keys.BUREAU_CRL_FILE).write_text(answer["crl"], "ascii")
    return config
