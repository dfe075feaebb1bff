"""The ``amtsstube`` command line: its own room, Qt-free except where it starts the GUI.

:mod:`desktop.cli.main` parses the arguments and ends every command the same way; :mod:`desktop.cli.commands` holds
one module per subcommand (``add_parser`` and its handlers); the rest are what several commands share: the login,
the database, argument types, failures and argparse's German.
"""
