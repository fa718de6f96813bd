"""The home screen: every evaluation on this laptop, searchable and filterable.

``HomePanel`` (the page) shows a ``HomeModel`` (the rows) and opens the new-evaluation and
history dialogs; the main window opens an evaluation when the panel asks for it.
"""
