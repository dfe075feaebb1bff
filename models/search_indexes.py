"""Indexes that speed up a name search where the database can have them, and that the models do not declare.

On PostgreSQL a GIN index over trigrams (extension ``pg_trgm``) answers "the search name contains this word"
without reading every row; the migration that creates them (0013) leaves them out where the extension cannot be
had. Since they may or may not exist, the comparison of the migrated schema with the models leaves them aside.
"""

from __future__ import annotations

#: index name → (table, column)
TRIGRAM_INDEXES = {
    "ix_people_search_name_trgm": ("people", "search_name"),
    "ix_residents_search_name_trgm": ("residents", "search_name"),
}
