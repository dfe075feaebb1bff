"""Benchmarks: ``python -m bench`` (or ``make bench``) runs them all and prints their figures.

Each figure is the median of several runs, next to a baseline measured in the same run on the same machine.
"""
