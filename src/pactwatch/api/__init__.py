"""The REST API and the web dashboard, served together by ``pactwatch serve``."""

from .app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app"]
