"""The ``pactwatch`` command. Each command is a thin ``*_cli`` wrapper that parses arguments, calls a
library function and turns library errors into clear messages and exit codes."""

from . import extract_cmd, kb_cmd, watch_cmd  # noqa: F401  (they register their commands)
from .app import app

__all__ = ["app"]
