"""pactwatch: technology-cooperation facts from news, with evidence."""

from pathlib import Path

__version__ = "0.1.0"


def samples_folder() -> Path:
    """The sample articles shipped inside the package (written for pactwatch; see its README.md)."""
    return Path(__file__).resolve().parent / "samples"
