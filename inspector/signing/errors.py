"""The one exception type of the signing layer: a problem to show the user in one line."""

from __future__ import annotations


class SigningError(Exception):
    """Keys, certificates, the bureau CA or a PDF signature: something the user must fix.

    Made from a plain message or from a template of :mod:`inspector.messages` and its values,
    which the app translates (see ``inspector/ui/refusals.py``)."""

    def __init__(self, template: str, **values: object):
        from ..messages import render

        self.template, self.values = template, values
        super().__init__(render(template, values))


class WrongPassphrase(SigningError):
    """The passphrase does not open the key file."""
