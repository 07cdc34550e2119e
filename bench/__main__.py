"""``python -m bench``: the scale benchmark (see :mod:`bench.run`)."""
import sys

from .run import main

sys.exit(main())
