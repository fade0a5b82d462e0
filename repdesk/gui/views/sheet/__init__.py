"""The customer detail sheet window and its pages."""
