"""Use cases the GUI and the CLI call: plain Python, no Qt."""
