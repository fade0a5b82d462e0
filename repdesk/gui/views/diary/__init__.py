"""The prospect diary area (目标客户探询的个人日记): the entry row, the period's rows, printing."""
