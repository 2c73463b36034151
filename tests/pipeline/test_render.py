from kb_app.pipeline.render import raw_html_lines, render


def test_internal_links_become_app_links():
    result = render(
        "Zie [contact](principe:contact-onder-voorwaarden) en [Kiva](interventie:kiva)."
    )
    assert 'href="kb://principle/contact-onder-voorwaarden"' in result.html
    assert 'href="kb://intervention/kiva"' in result.html
    assert result.links == [("principle", "contact-onder-voorwaarden"), ("intervention", "kiva")]


def test_raw_html_is_escaped_never_passed_through():
    body = "Tekst <b>vet</b>\n\n<script>alert(1)</script>\n\n<img src=x onerror=y>"
    result = render(body)
    assert "<script>" not in result.html and "<b>" not in result.html
    assert "&lt;script&gt;" in result.html
    assert raw_html_lines(body) == [1, 3, 5]  # validation names each line
    assert raw_html_lines("Zie <https://a.nl> en <mailto:a@b.nl>; 3 < 4") == []


def test_unsafe_link_loses_its_target():
    result = render("[klik](javascript:alert(1)) [mail](mailto:a@b.nl) [web](https://x.nl)")
    assert "javascript" not in result.html
    assert result.bad_links == ["javascript:alert(1)"]
    assert 'href="mailto:a@b.nl"' in result.html


def test_sections_and_plain_text():
    result = render("## Doel\n\nEen *doel*.\n\n## Aanpak\n\n- stap een\n- stap twee\n")
    assert result.sections == {
        "Doel": "<p>Een <em>doel</em>.</p>",
        "Aanpak": "<ul>\n<li>stap een</li>\n<li>stap twee</li>\n</ul>",
    }
    assert result.text == "Doel\nEen doel.\nAanpak\nstap een\nstap twee"


def test_rendering_does_not_leak_between_documents():
    render("[a]: https://a.nl\n\nmet [a] referentie")
    second = render("zonder [a] referentie")
    assert "https://a.nl" not in second.html
