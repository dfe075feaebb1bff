"""German messages for the errors of models/, sync/ and printing/, chosen by the error's type and fields; Qt-free,
shared by the GUI and the command line.
"""
