"""The citizens' portal of the demo town: realistic, reproducible submissions (people, forms of every service,
attachments, bank details) sent through a FIT-Connect sender to the local delivery service (:mod:`sync.sandbox`).

Demo and test material only: nothing of the product imports it (an import-linter contract checks it)."""
