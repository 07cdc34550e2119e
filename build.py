#!/usr/bin/env python3
"""Build the news archive site: ``python build.py`` (see ``python build.py --help``)."""
import sys
from pathlib import Path

try:
    from newsarchive.cli import exit_now, main
except ImportError:  # running from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
    from newsarchive.cli import exit_now, main

if __name__ == "__main__":
    exit_now(main())
