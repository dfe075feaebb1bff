"""Document generation (reportlab PDFs in DIN 5008 layout) and the printer adapter.

Everything here renders without Qt so it runs headless and fast; only :mod:`printing.printer_adapter` uses Qt's
print support to reach real printers.
"""
