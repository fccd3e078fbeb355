"""Files that go out and come in: briefs from templates, bounded rendering, CSV, the graph picture, atomic writes."""
