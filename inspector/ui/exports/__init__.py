"""Documents leaving the app: exporting the report and the workbook, signing the report, and
the handwritten signature that goes behind the signature stamp.

- :class:`~.export_dialog.ExportDialog`: PDF report (with empty signature fields) or workbook,
  written off the GUI thread to a temporary file that replaces the target only when complete;
- :class:`~.sign_dialog.SignDialog`: what will be signed, by whom, in which field; signs off the
  GUI thread and marks a finalized evaluation signed;
- :class:`~.signature_pad.SignaturePad` and :class:`~.signature_pad.SignaturePadDialog`: draw
  the handwritten signature with a mouse, touchpad, pen or finger.

Import the modules themselves: this package imports nothing, so that the evaluation page can
load the dialogs only when they are first used.
"""
