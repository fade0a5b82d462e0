"""The Reports area: charts of the method's numbers and the weekly summary for managers."""
