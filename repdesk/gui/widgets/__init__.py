"""Reusable pieces of the window: charts, checklists, search boxes."""
