"""HTML rendering (stage: render): one small module per output kind."""
