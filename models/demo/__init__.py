"""The demo town's seed data: staff accounts and cases in every state, for ``make run``, ``amtsstube demo`` and
the screenshots. Demo material only: nothing of the product imports it (an import-linter contract checks it)."""
