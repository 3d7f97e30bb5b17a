"""The REST API and the web dashboard, served together by ``pactwatch serve``."""

from .app import ApiSettings, app_from_env, create_app

__all__ = ["ApiSettings", "app_from_env", "create_app"]
