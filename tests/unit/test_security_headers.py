import base64
import hashlib

from kennisbank import security_headers as sh


def sha(text: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def test_hashes_only_the_inline_scripts_a_browser_runs():
    html = """<script>var a = 1;</script>
    <script type="module">import x from "./x.js";</script>
    <script src="bundle.js"></script>
    <script id="__config" type="application/json">{"a": 1}</script>
    <script type="application/ld+json">{"@type": "Article"}</script>
    <SCRIPT TYPE="text/javascript">
      var b = "é";
    </SCRIPT>"""
    assert sh.inline_script_hashes(html) == {
        sha("var a = 1;"), sha('import x from "./x.js";'), sha('\n      var b = "é";\n    '),
    }


def test_only_reviewed_scripts_are_allowed_and_others_are_named(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text("<script>theme()</script>")
    (tmp_path / "a" / "index.html").write_text("<script>theme()</script><script>alert(1)</script>")
    assert sh.unreviewed_scripts(tmp_path, {sha("theme()")}) == {sha("alert(1)"): "a/index.html"}


def test_the_reviewed_list_is_read_without_its_comments(tmp_path):
    (tmp_path / "list.txt").write_text("# comment\n'sha256-abc=' what it does\n\n")
    assert sh.reviewed_script_hashes(tmp_path / "list.txt") == {"'sha256-abc='"}
    assert len(sh.reviewed_script_hashes()) >= 1  # the shipped list


def test_policy_allows_scripts_by_hash_and_never_inline():
    policy = sh.content_security_policy({"'sha256-abc='"})
    directives = dict(part.split(" ", 1) for part in policy.split("; "))
    assert directives["script-src"] == "'self' 'sha256-abc=' 'wasm-unsafe-eval'"  # Pagefind's WebAssembly
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "'unsafe-eval'" not in policy


def test_the_meta_policy_leaves_out_what_a_meta_element_cannot_say():
    policy = sh.content_security_policy({"'sha256-abc='"}, for_meta=True)
    assert "frame-ancestors" not in policy and "'sha256-abc='" in policy


def test_host_files_say_the_same_headers(tmp_path):
    (tmp_path / "index.html").write_text("<script>go()</script>")
    written = sh.write_host_files(tmp_path, {sha("go()")})
    assert [path.relative_to(tmp_path).as_posix() for path in written] == [sh.NETLIFY_HEADERS, sh.NGINX_SNIPPET]
    netlify = (tmp_path / sh.NETLIFY_HEADERS).read_text()
    nginx = (tmp_path / sh.NGINX_SNIPPET).read_text()
    for name, value in sh.security_headers({sha("go()")}):
        assert f"  {name}: {value}\n" in netlify
        assert f'add_header {name} "{value}" always;\n' in nginx
    assert sha("go()") in netlify
    assert "location = /_headers { return 404; }" in nginx and "location ^~ /_host/ { return 404; }" in nginx
    for header in ("Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"):
        assert header in netlify
