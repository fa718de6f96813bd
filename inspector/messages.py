"""What the core says when it refuses something, written once in English, translated by the UI.

A refusal (:class:`~inspector.store.StoreError`, :class:`~inspector.scoring.AnswerError`)
keeps the template it was made from and the values that filled it in. Its ``str()`` is the
English text, which the commands print. The app translates the template with Qt (context
``CoreMessages``, see ``inspector/ui/refusals.py``) and fills in the same values, so that the
Chinese interface speaks Chinese when the core says no.

Templates use ``{name}`` fields (str.format). They are marked with ``QT_TRANSLATE_NOOP``, the
name pyside6-lupdate looks for, so that ``scripts/build_assets.py --update-translations``
collects them into the .ts files; the marker is defined here because the core does not
import Qt. A template's values are plain text already (numbers formatted, lists joined).
"""

from __future__ import annotations

CONTEXT = "CoreMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


def render(template: str, values: dict) -> str:
    """The template filled in (as is, when it has no values: a plain message)."""
    return template.format(**values) if values else template


class Refusal(Exception):
    """A refusal made from a template of this module and its values; its ``str()`` is the
    English text. ``code`` (the item it is about) is put in front. The store's, the signing
    layer's and sync's errors are refusals; the app translates them (ui/refusals.py)."""

    def __init__(self, template: str, *, code: str | None = None, **values: object):
        self.template, self.code, self.values = template, code, values
        text = render(template, values)
        super().__init__(f"{code}: {text}" if code else text)


# --- answers (inspector.scoring.answers; the item's code is put in front: "C1: …") -----------
NO_SUCH_ITEM = QT_TRANSLATE_NOOP("CoreMessages", "no such item in this rubric")
VETO_TAKES_BOOL = QT_TRANSLATE_NOOP(
    "CoreMessages", "a veto item takes true or false (true if the veto condition occurred), "
                    "got {got}")
PREREQUISITE_TAKES_BOOL = QT_TRANSLATE_NOOP(
    "CoreMessages", "a prerequisite takes true or false (true if it is met), got {got}")
GROUP_NOT_ANSWERABLE = QT_TRANSLATE_NOOP(
    "CoreMessages", "this is a group indicator; answer its items instead")
NA_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "CoreMessages", "this item cannot be marked not applicable (NA)")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "expected a number, got {got}")
NOT_FINITE = QT_TRANSLATE_NOOP("CoreMessages", "expected a finite number, got {got}")
SCORE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "CoreMessages", "score {value} is out of range 0–{maximum}")
SCORE_OFF_STEP = QT_TRANSLATE_NOOP(
    "CoreMessages", "score {value} is not a multiple of the step {step}")
PERCENT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "CoreMessages", "percent met {value} is out of range 0–100")
NOT_A_LEVEL = QT_TRANSLATE_NOOP("CoreMessages", "expected one of the levels {levels}, got {got}")
NOT_PASS_FAIL = QT_TRANSLATE_NOOP(
    "CoreMessages", "expected true (达标) or false (不达标), got {got}")
NOT_DEDUCTIONS = QT_TRANSLATE_NOOP("CoreMessages", "expected a list of deduction keys, got {got}")
UNKNOWN_DEDUCTION = QT_TRANSLATE_NOOP(
    "CoreMessages", "unknown deduction key '{key}' (known: {known})")
DEDUCTION_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "deduction '{key}' can only be listed once")
NOT_A_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "expected a written finding (text), got {got}")

# --- evaluations (inspector.store) -----------------------------------------------------------
NOT_DRAFT_REOPENED = QT_TRANSLATE_NOOP(
    "CoreMessages", "evaluation {id} is {status} and cannot change; it was reopened as {new}")
NOT_DRAFT = QT_TRANSLATE_NOOP(
    "CoreMessages", "evaluation {id} is {status} and cannot change; reopen it as a new "
                    "revision to change it")
TEAM_ANSWERS_ARE_MERGED = QT_TRANSLATE_NOOP(
    "CoreMessages", "evaluation {id} is an expert team's evaluation; its scores and notes are "
                    "the merge of the members' scoresheets. Settle the item instead (`team "
                    "settle`, or 专家组 → 合并评分表 in the app)")
ALREADY_ATTACHED = QT_TRANSLATE_NOOP("CoreMessages", "{name} is already attached to {target}")
ALREADY_ATTACHED_HERE = QT_TRANSLATE_NOOP(
    "CoreMessages", "{name} is already attached to this evaluation")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "cannot read {path}: {reason}")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP("CoreMessages", "{name} is larger than {megabytes} MB")
FINDING_NEEDS_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "a finding needs a text")
NOT_A_DATE = QT_TRANSLATE_NOOP("CoreMessages", "'{text}' is not a date (YYYY-MM-DD)")
STILL_A_DRAFT = QT_TRANSLATE_NOOP(
    "CoreMessages", "evaluation {id} is still a draft; it can be edited directly")
ALREADY_REOPENED = QT_TRANSLATE_NOOP(
    "CoreMessages", "evaluation {id} was already reopened as {new}")

# --- keys and certificates (inspector.signing) --------------------------------------------------
NO_SIGNING_KEY = QT_TRANSLATE_NOOP(
    "CoreMessages", "no signing key at {path} (create one with `keys init`)")
NOT_A_KEY_FILE = QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a PKCS#12 key file")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("CoreMessages", "wrong passphrase for {path}")
CERTIFICATE_EXPIRED = QT_TRANSLATE_NOOP("CoreMessages", "the certificate expired on {date}")
CERTIFICATE_NOT_FOR_KEY = QT_TRANSLATE_NOOP(
    "CoreMessages", "this certificate is not for your key (it was issued for another request)")
CERTIFICATE_SELF_SIGNED = QT_TRANSLATE_NOOP(
    "CoreMessages", "this is a self-signed certificate, not one issued by the bureau")

KEY_NAME_LENGTH = QT_TRANSLATE_NOOP("CoreMessages", "the name must have 1 to 64 characters")
KEY_ID_FORM = QT_TRANSLATE_NOOP(
    "CoreMessages", "the inspector id must have 1 to 64 letters, digits or - . / : ( )")
KEY_ORGANIZATION_LENGTH = QT_TRANSLATE_NOOP(
    "CoreMessages", "the organization must have 1 to 64 characters")
KEY_EXISTS = QT_TRANSLATE_NOOP(
    "CoreMessages", "a signing key already exists at {path}; replacing it would make your "
                    "certificate useless")
KEY_FILE_INCOMPLETE = QT_TRANSLATE_NOOP("CoreMessages", "{path} holds no key and certificate")
KEY_CERTIFICATE_MISMATCH = QT_TRANSLATE_NOOP(
    "CoreMessages", "{path}: the certificate does not belong to the key")
NO_CERTIFICATE_REQUEST = QT_TRANSLATE_NOOP(
    "CoreMessages", "no certificate request at {path} (create one with `keys init`)")
NO_CERTIFICATE_FOUND = QT_TRANSLATE_NOOP("CoreMessages", "no certificate found")
CERTIFICATE_NOT_FROM_CHAIN = QT_TRANSLATE_NOOP(
    "CoreMessages", "the certificate was not issued by the CA certificate given with it")
CERTIFICATE_NOT_FOR_SIGNING = QT_TRANSLATE_NOOP(
    "CoreMessages", "the certificate does not allow document signing (key usage "
                    "digitalSignature + nonRepudiation needed)")
PASSPHRASE_EMPTY = QT_TRANSLATE_NOOP("CoreMessages", "the passphrase must not be empty")
NOT_A_CERTIFICATE = QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a certificate (PEM or DER)")

# --- signing PDFs (inspector.signing.pdf) -----------------------------------------------------
FILE_UNWRITABLE = QT_TRANSLATE_NOOP("CoreMessages", "cannot write {path}: {reason}")
PDF_UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a readable PDF ({detail})")
PDF_ENCRYPTED = QT_TRANSLATE_NOOP(
    "CoreMessages", "{path} is encrypted; encrypted PDFs are not signed here")
PDF_NO_EMPTY_FIELD = QT_TRANSLATE_NOOP(
    "CoreMessages", "{path} has no empty signature field (signed: {signed})")
PDF_FIELD_SIGNED = QT_TRANSLATE_NOOP("CoreMessages", "the field {field} is already signed")
PDF_NO_SUCH_FIELD = QT_TRANSLATE_NOOP(
    "CoreMessages", "{path} has no signature field {field} (empty fields: {empty})")
PDF_CERTIFY_FIRST = QT_TRANSLATE_NOOP(
    "CoreMessages", "only the first signature can certify the document")
PDF_CANNOT_SIGN = QT_TRANSLATE_NOOP("CoreMessages", "cannot sign {path}: {detail}")
SIGNATURE_IMAGE_UNREADABLE = QT_TRANSLATE_NOOP(
    "CoreMessages", "cannot read the signature image {path}: {detail}")

# --- sync with the bureau (inspector.sync) ----------------------------------------------------
BUREAU_UNREACHABLE = QT_TRANSLATE_NOOP(
    "CoreMessages", "the bureau cannot be reached ({detail})")
BUREAU_TOKEN_REFUSED = QT_TRANSLATE_NOOP(
    "CoreMessages", "the bureau refused this laptop's access token (enrol again)")
BUREAU_ANSWERED = QT_TRANSLATE_NOOP(
    "CoreMessages", "the bureau answered HTTP {status}: {text}")
UPLOAD_REFUSED = QT_TRANSLATE_NOOP(
    "CoreMessages", "uploading file {digest}: the bureau answered HTTP {status}: {text}")
EVIDENCE_FILE_MISSING = QT_TRANSLATE_NOOP(
    "CoreMessages", "file {digest} is missing from this laptop: {detail}")
BUREAU_ADDRESS_SCHEME = QT_TRANSLATE_NOOP(
    "CoreMessages", "the bureau's address starts with https:// (or http:// on a test network)")

# --- expert teams (inspector.team) ------------------------------------------------------------
SHEET_OF_ANOTHER_TEAM = QT_TRANSLATE_NOOP(
    "CoreMessages", "this scoresheet belongs to another team evaluation")
NOT_A_MEMBER = QT_TRANSLATE_NOOP("CoreMessages", "{member} is not a member of this team")
SHEET_SIGNED_BY_OTHER = QT_TRANSLATE_NOOP(
    "CoreMessages", "the scoresheet of {member} is signed by {signer}")
SHEET_OTHER_RUBRIC = QT_TRANSLATE_NOOP(
    "CoreMessages", "the scoresheet was scored against another rubric version")
TEAM_CLOSED = QT_TRANSLATE_NOOP(
    "CoreMessages", "evaluation {id} is {status}: no more scoresheets")
SHEET_PHOTO_MISSING = QT_TRANSLATE_NOOP(
    "CoreMessages", "the photo {name} of this scoresheet is missing")
SHEET_PHOTO_CHANGED = QT_TRANSLATE_NOOP(
    "CoreMessages", "the photo {name} was changed after signing")
SETTLE_NEEDS_REASON = QT_TRANSLATE_NOOP(
    "CoreMessages", "say why (the reason goes into the audit trail)")
SETTLE_NEEDS_ANSWER = QT_TRANSLATE_NOOP("CoreMessages", "a settlement needs an answer")
SETTLE_CLOSED = QT_TRANSLATE_NOOP(
    "CoreMessages", "evaluation {id} is {status}; reopen it to settle again")
INVITATION_NOT_FROM_LEAD = QT_TRANSLATE_NOOP(
    "CoreMessages", "the invitation is not signed by the team's lead")
MEMBER_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "a member is listed twice")
TEAM_SIZE = QT_TRANSLATE_NOOP("CoreMessages", "a team has 2 to 9 members (the lead included)")
TEAM_MODE = QT_TRANSLATE_NOOP(
    "CoreMessages", "mode is parallel (everyone scores everything) or split (by area)")
SPLIT_NEEDS_OWNERS = QT_TRANSLATE_NOOP(
    "CoreMessages", "split work needs an owner for every area (missing: {missing})")
OWNED_AREAS_UNKNOWN = QT_TRANSLATE_NOOP(
    "CoreMessages", "owners are given for {areas}, which are not areas (一级指标) of this rubric")
OWNERS_NOT_MEMBERS = QT_TRANSLATE_NOOP("CoreMessages", "owners must be members: {owners}")
NOT_A_TEAM_FILE = QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a team file ({detail})")
NOT_A_SCORESHEET_FILE = QT_TRANSLATE_NOOP(
    "CoreMessages", "{path}: not a scoresheet file ({detail})")
SHEET_ANSWER_REFUSED = QT_TRANSLATE_NOOP(
    "CoreMessages", "scoresheet of {member}: {item}: {detail}")
