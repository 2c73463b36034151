"""Exports of plans and workshop kits: one document model, one writer per format.

``builder`` and ``kit`` turn a plan and the library into a ``document.Document``; ``markdown``,
``html`` and ``docx`` write it. PDF is Qt's printing of the HTML and lives in ``kb_app.gui.pdf``
because only the GUI layer may import Qt.
"""
