"""Widgets and dialogs that more than one feature uses: error dialogs, notice bar, tables, PDF preview, printer choice,
letter printing.
"""
