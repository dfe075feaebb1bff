"""Headless subcommands of ``amtsstube`` for scripts and admins. None of them imports Qt for its work."""
