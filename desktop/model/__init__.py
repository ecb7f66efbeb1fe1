"""Pure-Python model: routines, zones, anatomy geometry, session engine, history.

Nothing here imports Qt (enforced by import-linter, see pyproject.toml).
"""
