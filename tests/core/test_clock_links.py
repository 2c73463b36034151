"""The one clock for stored timestamps and the one list of link schemes the app follows."""

import datetime as dt

import pytest

from kb_app.core.clock import now
from kb_app.core.links import SAFE_PREFIXES, SAFE_SCHEMES, is_safe_link


def test_now_is_utc_to_the_second():
    stamp = now()
    parsed = dt.datetime.fromisoformat(stamp)
    assert parsed.utcoffset() == dt.timedelta(0) and parsed.microsecond == 0
    assert abs(dt.datetime.now(dt.UTC) - parsed) < dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    ("href", "safe"),
    [
        ("https://www.loketgezondleven.nl", True),
        ("http://example.org", True),
        ("mailto:info@example.org", True),
        ("  HTTPS://EXAMPLE.ORG", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,x", False),
        ("ftp://example.org", False),
        ("https:evil", False),
        ("", False),
        ("/relative", False),
    ],
)
def test_only_web_and_mail_links_are_safe(href, safe):
    assert is_safe_link(href) is safe


def test_prefixes_and_schemes_say_the_same():
    assert tuple(prefix.split(":")[0] for prefix in SAFE_PREFIXES) == SAFE_SCHEMES
