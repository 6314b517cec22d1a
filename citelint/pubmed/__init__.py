"""Talking to NCBI's Entrez E-utilities: safe parsing of their answers, and the client."""
