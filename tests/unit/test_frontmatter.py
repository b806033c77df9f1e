from kennisbank.content import frontmatter


def read(tmp_path, content):
    path = tmp_path / "pagina.md"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return frontmatter.read(path, "docs/pagina.md")


def test_fields_keep_their_line_numbers_and_dates_stay_text(tmp_path):
    source, problems = read(tmp_path, "---\ntitle: Titel\n\ndatum: 2026-11-28\n---\nTekst\n")
    assert problems == []
    assert source.field_lines == {"title": 2, "datum": 4}
    assert source.meta["datum"] == "2026-11-28"
    assert source.body == "Tekst\n" and source.body_line == 6


def test_a_field_twice_is_a_problem_on_its_second_line(tmp_path):
    _, problems = read(tmp_path, "---\ntitle: A\ntitle: B\n---\n")
    assert [str(p) for p in problems] == ["docs/pagina.md:3: het veld 'title' staat er twee keer in (ook op regel 2). "
                                          "Houd er één over."]


def test_yaml_error_names_the_line_and_a_fix(tmp_path):
    _, problems = read(tmp_path, "---\ntype: artikel\ntitle: Vrijwilligers: zo\n---\n")
    assert problems[0].line == 3
    assert "tussen aanhalingstekens" in problems[0].message


def test_a_list_instead_of_fields_is_a_problem(tmp_path):
    _, problems = read(tmp_path, "---\n- a\n- b\n---\n")
    assert "moet uit velden bestaan" in problems[0].message


def test_windows_line_ends_and_a_bom_are_accepted(tmp_path):
    source, problems = read(tmp_path, "\ufeff---\r\ntitle: Titel\r\n---\r\nTekst\r\n")
    assert problems == [] and source.meta == {"title": "Titel"}


def test_bad_byte_is_located(tmp_path):
    _, problems = read(tmp_path, b"---\ntitle: A\n---\n\nCaf\xe9\n")
    assert problems[0].line == 5 and "UTF-8" in problems[0].message
