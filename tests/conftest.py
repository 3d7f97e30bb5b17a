import pytest

from pactwatch.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for the whole run: loading the lexicons takes a moment."""
    return Extractor()
