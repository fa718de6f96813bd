"""The signing layer: inspectors' keys, the bureau's CA, and PAdES signatures on reports.

Nothing here imports Qt; pyHanko is imported only by the functions that need it.
"""

from __future__ import annotations

from .ca import ca_certificate, ca_crl, ca_index, ca_init, ca_issue, ca_revoke, load_crls
from .errors import SigningError, WrongPassphrase
from .keys import (
    Identity,
    bureau_ca_path,
    default_key_path,
    init_keys,
    install_certificate,
    installed_crls,
    load_identity,
    read_certificate,
    read_csr,
)
from .pdf import (
    SignatureReport,
    SignResult,
    VerificationReport,
    add_signature_fields,
    sign_pdf,
    signature_fields,
    verify_pdf,
)

__all__ = [
    "Identity", "SignResult", "SignatureReport", "SigningError", "VerificationReport",
    "WrongPassphrase", "add_signature_fields", "bureau_ca_path", "ca_certificate", "ca_crl",
    "ca_index", "ca_init", "ca_issue", "ca_revoke", "default_key_path", "init_keys",
    "install_certificate", "installed_crls", "load_crls", "load_identity", "read_certificate", "read_csr",
    "sign_pdf", "signature_fields", "verify_pdf",
]
