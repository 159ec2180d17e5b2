"""Evaluation commands: score Rashomon against gold data (``rashomon eval …``)."""
