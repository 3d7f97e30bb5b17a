"""/api/docs works offline: Chromium, with every request off the server refused, renders Swagger UI's list
of operations from assets served by pactwatch itself."""

import re

from .conftest import needs_chromium, only_the_server, shot

pytestmark = needs_chromium


def test_the_docs_page_names_only_its_own_assets(client):
    page = client.get("/api/docs")
    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']([^"']+)""", page.text) + re.findall(r"""url: *["']([^"']+)""", page.text)
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert "cdn" not in page.headers["content-security-policy"]


def test_swagger_ui_renders_offline(server, page):
    outside = only_the_server(page, server)
    page.goto(server + "/api/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    operations = page.locator(".swagger-ui .opblock").count()
    assert operations >= 14, operations
    assert "pactwatch" in page.locator(".swagger-ui .title").inner_text()
    page.locator(".opblock-summary-path", has_text="/api/agreements").first.click()
    page.wait_for_selector(".swagger-ui .responses-wrapper")
    assert "Page_AgreementOut_" in page.content() or "next" in page.locator(".responses-wrapper").inner_text()
    assert not outside, outside
    shot(page, "api-docs")
