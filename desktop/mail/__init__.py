"""Outgoing mail: the print queue, the mail book and their menu."""
