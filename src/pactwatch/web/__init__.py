"""The dashboard: server-rendered pages (Jinja2) with charts drawn as SVG in Python; no JavaScript, no CDN."""
