"""Static site generator for searchable Chinese news archives."""

__version__ = "0.1.0"
