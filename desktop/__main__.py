"""`python -m desktop` does what the `ankle-guide` command does."""

import sys

from desktop.cli import main

sys.exit(main())
