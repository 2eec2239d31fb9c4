"""``python -m checker`` is the ``copydesk`` command."""
import sys

from .cli import console

sys.exit(console())
