"""What every part of the GUI stands on: the task runner, the workspace, translations, labels, logging and Qt
workarounds. Imports nothing else of desktop/.
"""
