"""The one exception type of the signing layer: a problem to show the user in one line."""

from __future__ import annotations


class SigningError(Exception):
    """Keys, certificates, the bureau CA or a PDF signature: something the user must fix."""


class WrongPassphrase(SigningError):
    """The passphrase does not open the key file."""
