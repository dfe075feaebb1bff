"""argparse in German: its own words (usage, help, error messages) come from a gettext catalogue shipped here.

argparse fetches every one of its texts through the module-level names ``_`` and ``ngettext`` (bound to
:func:`gettext.gettext`; the Python documentation's "How to translate the argparse output"). Pointing these two names
at the German catalogue ``argparse_de.mo`` translates all of them — help of every subcommand and every error —
without depending on the user's locale or on gettext's process-wide text domain. ``AMTSSTUBE_LANG=en`` keeps
argparse English, as it keeps the rest of Amtsstube English. Qt-free, like the rest of the command line.
"""

from __future__ import annotations

import argparse
import gettext
import os
from importlib import resources

CATALOGUE = "argparse_de.mo"
LANG_ENV = "AMTSSTUBE_LANG"  # the same switch as desktop.core.translations.german_wanted


def german_wanted() -> bool:
    return not os.environ.get(LANG_ENV, "de").strip().lower().startswith("en")


def catalogue() -> gettext.GNUTranslations:
    with resources.files("desktop.cli").joinpath(CATALOGUE).open("rb") as stream:
        return gettext.GNUTranslations(stream)


def install() -> None:
    """Make argparse speak German (unless English was asked for); harmless to call twice."""
    namespace = vars(argparse)
    if not german_wanted():
        namespace["_"], namespace["ngettext"] = gettext.gettext, gettext.ngettext
        return
    german = catalogue()
    namespace["_"], namespace["ngettext"] = german.gettext, german.ngettext
