"""Trade pacts named as partnerships ("the Regional Comprehensive Economic Partnership", "the Transatlantic Trade
and Investment Partnership", "the Japan-Mongolia Economic Partnership") are trade agreements (GUIDELINES: an economic
partnership agreement is one), and a name followed by its acronym and a head noun ("... Economic Partnership (RCEP)
agreement") is one instrument, not two. Partnerships of other names stay partnerships.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 3, 12)


def kinds(extractor, text):
    return [a.kind for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "Talks continued towards a Regional Comprehensive Economic Partnership (RCEP) agreement between Japan, China "
    "and ASEAN, with a deal expected by the end of the year.",
    "France asked for a halt to negotiations over the Transatlantic Trade and Investment Partnership between the "
    "EU and the United States.",
    "Japan and Mongolia signed the Japan-Mongolia Economic Partnership in Tokyo on Tuesday.",
    "Indonesia and the EU signed the Indonesia-EU Comprehensive Economic Partnership on Monday.",
])
def test_a_trade_pact_named_a_partnership(extractor, text):
    assert kinds(extractor, text) == ["trade_agreement"]


@pytest.mark.parametrize("text", [
    "Japan and Korea launched the Japan-Korea Strategic Partnership on chips on Monday.",
    "Australia and India signed the Australia-India Critical Minerals Investment Partnership on Friday.",
])
def test_other_partnerships_stay(extractor, text):
    assert kinds(extractor, text) == ["partnership"]
