"""Performance benchmarks for Ankle Guide (issue 8): `python -m benchmarks`, see benchmarks/README.md.

Not part of the pytest run. The orchestrator never imports Qt: every figure is measured by a probe module
run in a fresh subprocess (`python -m benchmarks.probe_*`), against a throwaway set of user folders.
"""
