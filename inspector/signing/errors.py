"""The one exception type of the signing layer: a problem to show the user in one line."""

from __future__ import annotations

from ..messages import Refusal


class SigningError(Refusal):
    """Keys, certificates, the bureau CA or a PDF signature: something the user must fix.

    Made from a plain message or from a template of :mod:`inspector.messages` and its values,
    which the app translates (see ``inspector/ui/refusals.py``)."""


class WrongPassphrase(SigningError):
    """The passphrase does not open the key file."""
