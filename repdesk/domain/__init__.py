"""The sales method's vocabulary and rules: plain Python, standard library only."""
