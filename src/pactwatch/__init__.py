"""pactwatch: technology-cooperation facts from news, with evidence."""

__version__ = "0.1.0"
