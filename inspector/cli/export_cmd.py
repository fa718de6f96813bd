"""``export pdf | xlsx | rollup``: an evaluation leaves the laptop as documents."""

from __future__ import annotations

from pathlib import Path

from .common import CommandError, open_store
from .sign_cmd import _key_option, _passphrase_option, _signing_errors, passphrase


def register(sub) -> None:
    export = sub.add_parser("export", help="the signed PDF report and Excel workbooks")
    esub = export.add_subparsers(dest="export_command", metavar="KIND", required=True)

    pdf = esub.add_parser("pdf", help="the PDF report, with a signature field per signer")
    pdf.add_argument("evaluation", metavar="EVAL")
    pdf.add_argument("out", type=Path, metavar="OUT.pdf")
    pdf.add_argument("--sign", action="store_true",
                     help="sign it at once with your key (the first field: the team lead)")
    pdf.add_argument("--role", default="", help="your role, shown in the signature stamp")
    pdf.add_argument("--image", metavar="SIGNATURE.png", help="your handwritten signature")
    _key_option(pdf)
    _passphrase_option(pdf)
    pdf.set_defaults(handler=_signing_errors(cmd_pdf))

    xlsx = esub.add_parser("xlsx", help="one workbook for one or more evaluations")
    xlsx.add_argument("evaluations", nargs="+", metavar="EVAL")
    xlsx.add_argument("out", type=Path, metavar="OUT.xlsx")
    xlsx.set_defaults(handler=cmd_xlsx)

    rollup = esub.add_parser("rollup", help="the district roll-up workbook")
    rollup.add_argument("out", type=Path, metavar="OUT.xlsx")
    rollup.add_argument("--status")
    rollup.add_argument("--family")
    rollup.add_argument("--town")
    rollup.set_defaults(handler=cmd_rollup)


def cmd_pdf(args) -> int:
    from ..exports.pdf_fonts import MissingGlyph
    from ..exports.signable_report import write_signable_report

    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        evaluation = store.evaluations.get(eid)
        if args.sign and evaluation.is_draft:
            raise CommandError("a draft cannot be signed: finalize it first (eval finalize)")
        try:
            layout, fields = write_signable_report(store, eid, args.out)
        except MissingGlyph as exc:
            raise CommandError(str(exc)) from None
        print(f"{args.out}: {layout.pages} pages, signature fields {', '.join(fields)}")
        if args.sign:
            from ..signing.keys import load_identity
            from ..signing.pdf import sign_pdf

            identity = load_identity(args.key, passphrase(args, "INSPECTOR_PASSPHRASE",
                                                          "passphrase of your signing key"))
            sign_pdf(args.out, args.out, identity, role=args.role, certify=True,
                     signature_image=args.image)
            if evaluation.status == "finalized":
                from ..sync.outbox import record_signed

                record_signed(store, eid, args.out, identity)  # signed, and queued for the bureau
            print(f"signed by {identity.name}")
    return 0


def cmd_xlsx(args) -> int:
    from ..exports.workbook import export_evaluation

    with open_store() as store:
        ids = [store.evaluations.resolve(ref) for ref in args.evaluations]
        export_evaluation(store, ids, args.out)
    print(f"{args.out}: {len(ids)} evaluation(s)")
    return 0


def cmd_rollup(args) -> int:
    from ..exports.rollup import export_rollup

    with open_store() as store:
        export_rollup(store, args.out, status=args.status, family=args.family, town=args.town)
    print(f"{args.out}: written")
    return 0
