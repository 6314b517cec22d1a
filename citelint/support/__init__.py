"""Checking claims against the abstracts they cite: numbers, key terms, support scores.

The modules are imported one by one where they are used, so this package imports nothing.
"""
