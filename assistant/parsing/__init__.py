"""The free-text parser: raw channel input in, a ParsedRequest out (pure, no I/O)."""
