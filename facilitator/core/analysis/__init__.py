"""Reading the notes: words and meaning, suggesting themes and naming them, the insight graph, voice balance."""
