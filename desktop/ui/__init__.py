"""Widgets: render model state and forward user intent; no business rules."""
