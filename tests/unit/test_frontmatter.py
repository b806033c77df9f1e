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


def test_a_front_matter_nested_beyond_any_need_is_a_problem_not_a_crash(tmp_path):
    """libyaml has no limit on nesting and crashed the whole process at 100,000 levels: the build must stop with a
    message instead. In a child process, so that a crash fails this test rather than ending the test run."""
    import subprocess
    import sys

    script = ("import pathlib, sys\nfrom kennisbank.content import frontmatter\n"
              "for text in ('a: ' + '[' * 100000 + ']' * 100000, 'a:\\n' + '- ' * 100000 + 'x'):\n"
              "    path = pathlib.Path(sys.argv[1])\n"
              "    path.write_text('---\\n' + text + '\\n---\\nTekst\\n', encoding='utf-8')\n"
              "    source, problems = frontmatter.read(path, 'docs/pagina.md')\n"
              "    print(source is None, problems[0].line, problems[0].message[:36])\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pagina.md")], check=False, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.splitlines() == ["True 1 de front matter is geen geldige YAML"] * 2
