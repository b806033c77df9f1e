"""Malformed and hostile files: `make check` and the site build name each one, in Dutch, without a traceback."""
import random

from check_helpers import check_root, run_check  # noqa: F401 - check_root is a fixture

from conftest import FIXTURE_FILES, make_site, page, run_build

FM = "---\ntitle: Titel\ndescription: Samenvatting.\ntype: pagina\n"


def hostile_files() -> dict[str, bytes | str]:
    rng = random.Random(20261128)
    deep = "[" * 5000 + "]" * 5000
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9))
    return {
        "leeg.md": "",
        "alleen-spaties.md": "   \n\n\t\n",
        "willekeurige-bytes.md": bytes(rng.randrange(256) for _ in range(4096)),
        "nul-byte.md": FM + "---\n\nTekst\x00tekst\n",
        "latin-1.md": (FM + "---\n\nCaf\xe9\n").encode("latin-1"),
        "utf-16.md": (FM + "---\n\nTekst\n").encode("utf-16"),
        "geen-front-matter.md": "# Titel\n\nTekst\n",
        "niet-afgesloten.md": FM + "\nTekst\n",
        "lege-front-matter.md": "---\n---\n\nTekst\n",
        "lijst-als-front-matter.md": "---\n- title\n- type\n---\n",
        "tekst-als-front-matter.md": "---\nalleen tekst\n---\n",
        "tab.md": "---\ntitle: Titel\n\ttype: pagina\n---\n",
        "open-aanhalingsteken.md": '---\ntitle: "Titel\ntype: pagina\n---\n',
        "open-blokhaak.md": "---\ntitle: Titel\nthemas: [a, b\n---\n",
        "dubbel-veld.md": FM + "title: Nog een\n---\n",
        "alias-bom.md": "---\n" + laughs + "title: *j\ntype: pagina\ndescription: x\n---\n",
        "diep-genest.md": "---\ntitle: " + deep + "\n---\n",
        "python-tag.md": '---\ntitle: !!python/object/apply:os.system ["echo oeps"]\ntype: pagina\ndescription: '
                         'x\n---\n',
        "getal-als-veldnaam.md": FM + "1: een\n---\n",
        "titel-als-lijst.md": "---\ntitle: [a, b]\ndescription: x\ntype: pagina\n---\n",
        "type-leeg.md": "---\ntitle: T\ndescription: x\ntype:\n---\n",
        "type-als-lijst.md": "---\ntitle: T\ndescription: x\ntype: [pagina]\n---\n",
        "datum-30-februari.md": page("artikel", datum="2026-02-30"),
        "datum-in-woorden.md": page("artikel", datum="morgen"),
        "hoofdstuk-negatief.md": page("hoofdstuk", hoofdstuk=-1),
        "themas-als-tekst.md": page("artikel", themas="leefbaarheid"),
        "onbekend-thema.md": page("artikel", themas="[onbekend]"),
        "onbekend-veld.md": page(kleur="rood"),
        "script.md": page(body="<script>document.cookie</script>\n"),
        "iframe.md": page(body='<iframe src="https://example.org"></iframe>\n'),
        "img-onerror.md": page(body="<img src=x onerror=alert(1)>\n"),
        "svg-onload.md": page(body="<svg onload=alert(1)></svg>\n"),
        "javascript-link.md": page(body="[Lees](javascript:alert(1))\n"),
        "data-link.md": page(body="[Lees](data:text/html,<script>alert(1)</script>)\n"),
        "attr-list-onclick.md": page(body='[Lees](/index.md){ onclick="alert(1)" }\n'),
        "style.md": page(body="<style>body{display:none}</style>\n"),
        "buiten-de-site.md": page(body="[Geheim](../../../../etc/passwd)\n"),
        "heel-groot.md": page("artikel", themas="[onbekend]", body="Een zin van een paar woorden. " * 200_000),
        "heel-lange-regel.md": page(body="x" * 2_000_000 + " [weg](weg.md)\n"),
    }


HOSTILE = hostile_files()


def test_there_are_at_least_thirty_hostile_files():
    assert len(HOSTILE) >= 30


def test_check_names_every_hostile_file_without_a_traceback(check_root):
    (check_root / "docs" / "index.md").write_text(page(title="Start"), encoding="utf-8")
    for name, data in HOSTILE.items():
        path = check_root / "dossiers" / "buurtkracht" / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    code, output = run_check(check_root, "--zonder-spelling")
    assert code == 1
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if "waarschuwing" not in line]
    missing = [name for name in HOSTILE if not any(f"dossiers/buurtkracht/{name}" in line for line in errors)]
    assert missing == []


def test_site_build_names_every_hostile_file_without_a_traceback(tmp_path):
    files = {**FIXTURE_FILES, **{f"dossiers/buurtkracht/{name}": data for name, data in HOSTILE.items()}}
    build = run_build(make_site(tmp_path, files))
    assert build.returncode != 0
    assert "Traceback" not in build.output
    missing = [name for name in HOSTILE if f"dossiers/buurtkracht/{name}" not in build.output]
    assert missing == []
