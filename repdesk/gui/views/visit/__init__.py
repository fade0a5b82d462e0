"""The visit window: prepare a call (plan, checklists, talking points), then record it."""
