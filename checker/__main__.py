"""``python -m checker`` is the ``copydesk`` command."""
import sys

from .cli import main

sys.exit(main())
