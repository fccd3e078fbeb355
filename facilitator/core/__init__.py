"""The domain core: workshops, participants, notes and their rules. Imports no Qt."""
