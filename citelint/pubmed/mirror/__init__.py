"""A local PubMed mirror: NLM's baseline and update files in one SQLite database.

``source`` streams records out of PubMed XML files, ``rows`` turns them into rows (in
worker processes with ``--jobs``), ``store`` lays the tables out and turns
records into rows and back, ``write`` builds and updates the database, ``query`` answers the
resolver's ESearch, EFetch and ECitMatch questions from it, and ``resolve`` puts the mirror
between the cache and E-utilities.
"""
