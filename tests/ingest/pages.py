"""Web pages, feeds and archives built for the tests, in our own words."""

import io
from datetime import datetime

ARTICLE = [
    "Chile and South Korea signed a memorandum of understanding on lithium refining in Santiago on Tuesday.",
    "Under the agreement, the Korea Institute for Advancement of Technology will fund joint pilot plants with "
    "Chilean universities, and the two governments will set up a US$50 million battery research fund by 2028.",
    "Officials said the fund would back projects that pair Korean cathode makers with Chilean mining firms.",
    "The memorandum also covers the training of engineers and the exchange of researchers.",
]

CHROME_TOP = """<header><nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Tech</a></li>
<li><a href="/world">World</a></li><li><a href="/login">Sign in</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div class="ad">Advertisement: Buy the new phone today, 20% off!</div></header>"""
CHROME_BOTTOM = """<aside><h3>You may also like</h3><ul><li><a href="/a">Japan and Brazil sign $5 billion chip fund</a></li>
<li><a href="/b">India and France launch quantum alliance</a></li></ul></aside>
<div class="share">Share: Facebook | Twitter | LinkedIn | Email</div>
<section class="comments"><h3>Leave a Comment</h3><p>Please disable your AdBlocker to comment.</p></section>
<footer><p>© 2026 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>"""


def html_page(paragraphs=ARTICLE, title="Chile and Korea sign lithium deal", date="2026-06-02",
              url="https://news.example/2026/06/chile-korea-lithium", links: int = 0) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    extra = "".join(f'<a href="/l/{i}">link {i}</a> ' for i in range(links))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:title" content="{title}"><meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="{date}T09:00:00Z"><link rel="canonical" href="{url}">
</head><body>{CHROME_TOP}<main><article><h1>{title}</h1><p class="byline">By Jane Reporter</p>
{body}</article></main><div class="links">{extra}</div>{CHROME_BOTTOM}</body></html>"""


def rss_feed(items: int = 2) -> str:
    entries = "".join(f"""<item><title>Story {i}: Korea and Chile expand lithium ties</title>
<link>https://news.example/story/{i}</link><guid>https://news.example/story/{i}</guid>
<pubDate>Tue, 0{i + 1} Jun 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>{ARTICLE[0]}</p><p>{ARTICLE[i % len(ARTICLE)]}</p>]]></description></item>"""
                      for i in range(items))
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example News</title>
<link>https://news.example/</link><description>Tech news</description>{entries}</channel></rss>"""


def atom_feed() -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Example Atom</title><id>urn:example</id><updated>2026-06-02T10:00:00Z</updated>
<entry><title>Atom story</title><id>urn:example:1</id><link href="https://news.example/atom/1"/>
<updated>2026-06-02T10:00:00Z</updated><content type="html">&lt;p&gt;{ARTICLE[0]}&lt;/p&gt;</content></entry></feed>"""


BILLION_LAUGHS = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>"""


def warc_archive(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": datetime(2026, 6, 2).isoformat() + "Z"})
        writer.write_record(record)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    return out.getvalue()


FRENCH = ("Le Chili et la Corée du Sud ont signé mardi un protocole d'accord sur le raffinage du lithium. "
          "Les deux gouvernements vont créer un fonds de recherche de cinquante millions de dollars. "
          "Les responsables ont déclaré que le fonds soutiendrait des projets communs entre entreprises. ") * 3
