"""Translations of the desktop: ``amtsstube_de.ts`` (edited) and ``amtsstube_de.qm`` (compiled by lrelease)."""
