"""The HTML report: self-contained, escaped, findings highlighted and linked; then in Chromium.

The browser test loads the page in headless Chromium (Debian's ``chromium`` driven by
Playwright), follows a finding's links to its span and to its related span, checks that an
article's ``<script>`` is shown as text and never run, and saves a screenshot.
"""
from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from checker.engine import FileResult
from checker.findings import Finding, Related
from checker.formatters import Summary, get_formatter
from checker.readers import read_text

STORY = ("---\nlang: en\n---\n\n# Harbour plan <b>approved</b>\n\n"
         "Khalil Hamdane, the mayor, spoke on Monday.\n\n"
         "\"We will not leave,\" Khadem said. Readers wrote <script>document.title='pwned'</script> "
         "& `<img src=x onerror=alert(1)>`.\n")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def story_result() -> FileResult:
    document = read_text(STORY, path="news/story.md")
    start = STORY.index("Khadem")
    intro = STORY.index("Khalil Hamdane")
    line = STORY[:start].count("\n") + 1
    variant = Finding(rule="speakers.variant", category="speakers", severity="warning",
                      message="Khadem <is> not Khalil Hamdane", line=line, column=1, end_line=line,
                      end_column=7, offset=start, length=6, text="Khadem",
                      related=(Related(intro, 14, 7, 1, "Khalil Hamdane", "introduced here"),),
                      suggestions=("Khalil Hamdane",))
    day = STORY.index("Monday")
    unanchored = Finding(rule="timeline.relative", category="timeline", severity="info",
                         message="Monday: which one?", line=7, column=35, end_line=7, end_column=41,
                         offset=day, length=6, text="Monday")
    return FileResult(path="news/story.md", language="en", findings=(unanchored, variant),
                      document=document, words=20)


def report(*results: FileResult) -> str:
    out = io.StringIO()
    formatter = get_formatter("html")(out, io.StringIO())
    summary = Summary()
    formatter.start()
    for result in results:
        summary.add(result)
        formatter.file(result)
    formatter.finish(summary)
    return out.getvalue()


def test_page_is_self_contained_and_escaped():
    page = report(story_result(), FileResult(path="clean<1>.md", language="fr"),
                  FileResult(path="bad.md", error="not UTF-8 <here>"))
    assert not re.search(r"<(script|link|img|iframe)\b", page, re.I)
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "&lt;script&gt;" in page and "document.title=&#x27;pwned&#x27;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.replace("<span class=\"mk\">", "").replace("</span>", "")
    assert "Khadem &lt;is&gt; not Khalil Hamdane" in page
    assert "clean&lt;1&gt;.md" in page and "not UTF-8 &lt;here&gt;" in page


def test_highlights_and_links_point_at_each_other():
    page = report(story_result())
    assert '<a class="hl sev-warning" data-findings="a1-1" href="#item-a1-1">Khadem</a>' in page
    assert '<a class="rel" href="#item-a1-1">Khalil Hamdane</a>' in page
    assert '<span class="anchor" id="a1-1-r0"></span>' in page
    assert '<li class="finding sev-warning" id="item-a1-1">' in page
    assert '<a class="to-text" href="#a1-1">' in page and '<a class="to-related" href="#a1-1-r0">' in page
    for target in set(re.findall(r'href="#([^"]+)"', page)):
        assert f'id="{target}"' in page, target


def test_summary_by_category_and_severity():
    page = report(story_result())
    table = page[page.index('<table class="by-category">'):]
    table = table[:table.index("</table>")]
    assert "<tr><td>speakers</td><td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">0</td>" in table
    assert "<tr><td>timeline</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td>" in table


def test_overlapping_spans_keep_every_anchor():
    result = story_result()
    start = STORY.index("Khalil")
    overlap = Finding(rule="speakers.title", category="speakers", severity="error", message="m",
                      line=7, column=1, end_line=7, end_column=7, offset=start, length=6, text="Khalil")
    page = report(FileResult(path="s.md", language="en", findings=(overlap,) + result.findings,
                             document=result.document))
    for anchor in ("a1-0", "a1-1", "a1-2", "a1-2-r0"):
        assert f'id="{anchor}"' in page
    assert '<a class="hl sev-error" data-findings="a1-0" href="#item-a1-0">Khalil</a>' in page


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def test_report_in_headless_chromium(browser, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(report(story_result(), FileResult(path="clean.md", language="en")), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    assert page.title().startswith("copydesk report")
    assert "pwned" not in page.title()
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert "<script>document.title='pwned'</script>" in page.inner_text("article.text")
    assert page.locator("a.hl").count() == 2 and page.locator("a.rel").count() == 1
    highlight = page.locator("a.hl.sev-warning")
    assert highlight.inner_text() == "Khadem"
    colour = highlight.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator('li#item-a1-1 a.to-related').click()
    assert page.evaluate("location.hash") == "#a1-1-r0"
    assert page.evaluate("document.querySelector(':target').id") == "a1-1-r0"
    page.locator('li#item-a1-1 a.to-text').click()
    assert page.evaluate("document.querySelector(':target').id") == "a1-1"
    highlight.click()
    assert page.evaluate("document.querySelector(':target').id") == "item-a1-1"
    assert page.locator("li#item-a1-1").is_visible()
    assert all(url.startswith("file://") for url in requests), requests
    shot = Path(os.environ.get("COPYDESK_SCREENSHOT_DIR", tmp_path)) / "html-report.png"
    page.goto(path.as_uri())
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    page.close()
