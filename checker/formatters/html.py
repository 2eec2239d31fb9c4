"""One self-contained HTML page an editor can open: ``copydesk check --format html -o report.html``.

The page has no external assets (inline CSS, no script). At the top, counts by category
and severity and a table of the files; then each article with findings, its text on the
left with every finding highlighted and every related span ("introduced here") marked,
and its findings on the right, each linked to its span and to its related spans. All
article text, messages and paths are escaped: an article containing ``<script>`` shows it.
Articles without findings are listed by name only, so a large batch stays readable.
"""
from __future__ import annotations

import datetime as _dt
from html import escape
from typing import Any, Iterable, TextIO

from ..findings import SEVERITIES
from ._html_article import marks_for, render_findings, render_text
from ._html_style import CSS


class Formatter:
    """Renders each file's section as it finishes and writes the page at the end.

    Args:
        out: where the page goes (``-o report.html``).
        err: where input errors are also reported.
        rules: the run's rules, for their descriptions in the finding list.
    """

    streams = False
    wants_rules = True
    needs_document = True

    def __init__(self, out: TextIO, err: TextIO, *, rules: Iterable[Any] = ()) -> None:
        self.out, self.err = out, err
        self.rules = {rule.id: rule for rule in rules}
        self.sections: list[str] = []
        self.rows: list[str] = []
        self.clean: list[str] = []
        self.problems: list[str] = []
        self.counts: dict[str, dict[str, int]] = {}

    def start(self) -> None:
        pass

    def file(self, result) -> None:
        if result.error:
            print(f"{result.path}: {'warning' if result.skipped else 'error'}: {result.error}", file=self.err)
            self.problems.append(f"<li><code>{escape(result.path)}</code>: {escape(result.error)}</li>")
            return
        self.problems.extend(f"<li><code>{escape(result.path)}</code>: {escape(w)}</li>"
                             for w in result.warnings)
        for finding in result.findings:
            by_severity = self.counts.setdefault(finding.category, dict.fromkeys(SEVERITIES, 0))
            by_severity[finding.severity] = by_severity.get(finding.severity, 0) + 1
        if not result.findings:
            self.clean.append(escape(result.path))
            return
        number = len(self.sections) + 1
        prefix = f"a{number}"
        severities = {s: sum(f.severity == s for f in result.findings) for s in SEVERITIES}
        self.rows.append(f'<tr><td><a href="#{prefix}">{escape(result.path)}</a></td>'
                         f'<td>{escape(result.language or "")}</td>'
                         + "".join(f'<td class="n">{severities[s]}</td>' for s in SEVERITIES) + "</tr>")
        findings = list(result.findings)
        document = result.document
        if document is not None:
            text_html = render_text(document, marks_for(findings, prefix))
        else:
            text_html = '<p class="other">(the article text is not available)</p>'
        meta = [f"language {result.language}"] if result.language else []
        if result.date:
            meta.append(f"published {result.date} ({result.date_source})")
        meta.append(f"{result.words} words")
        self.sections.append(
            f'<section class="article" id="{prefix}"><h2>{escape(result.path)}</h2>'
            f'<p class="meta">{escape(" · ".join(meta))}</p>'
            f'<div class="columns"><article class="text" lang="{escape(result.language or "")}">'
            f'{text_html}</article><aside><h3 class="meta">{len(findings)} '
            f'finding{"s" if len(findings) != 1 else ""}</h3>'
            f'{render_findings(findings, prefix, self.rules)}</aside></div></section>')

    def _summary_table(self) -> str:
        if not self.counts:
            return ""
        rows = []
        for category in sorted(self.counts):
            counts = self.counts[category]
            rows.append(f"<tr><td>{escape(category)}</td>"
                        + "".join(f'<td class="n">{counts.get(s, 0)}</td>' for s in SEVERITIES)
                        + f'<td class="n">{sum(counts.values())}</td></tr>')
        totals = [sum(c.get(s, 0) for c in self.counts.values()) for s in SEVERITIES]
        rows.append("<tr><th>all</th>" + "".join(f'<th class="n">{n}</th>' for n in totals)
                    + f'<th class="n">{sum(totals)}</th></tr>')
        head = "".join(f"<th>{s}</th>" for s in SEVERITIES)
        return (f'<table class="by-category"><caption>Findings by category and severity</caption>'
                f"<tr><th>category</th>{head}<th>total</th></tr>{''.join(rows)}</table>")

    def finish(self, summary) -> None:
        headline = (f"{summary.findings} finding{'s' if summary.findings != 1 else ''} in "
                    f"{summary.files} file{'s' if summary.files != 1 else ''}"
                    if summary.findings else f"No findings in {summary.files} file{'s' if summary.files != 1 else ''}")
        files_table = ""
        if self.rows:
            head = "".join(f"<th>{s}</th>" for s in SEVERITIES)
            files_table = (f'<table class="files"><caption>Articles with findings</caption>'
                           f"<tr><th>article</th><th>language</th>{head}</tr>{''.join(self.rows)}</table>")
        clean = (f'<p class="clean">No findings in: {", ".join(self.clean)}.</p>' if self.clean else "")
        problems = (f'<h2>Files copydesk could not fully check</h2><ul class="problems">'
                    f'{"".join(self.problems)}</ul>' if self.problems else "")
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="copydesk">
<title>copydesk report: {escape(headline)}</title>
<style>{CSS}</style>
</head>
<body>
<header class="page">
<h1>copydesk report</h1>
<p class="lede">{escape(headline)} · {summary.errors} errors, {summary.warnings} warnings,
{summary.infos} infos · generated {escape(_dt.datetime.now().strftime("%Y-%m-%d %H:%M"))}.
Highlighted words are linked to the finding that explains them; dotted words are the places a
finding refers to ("introduced here", "stated earlier").</p>
<div class="summary">{self._summary_table()}{files_table}</div>
{clean}
</header>
<main>
{problems}
{"".join(self.sections)}
</main>
</body>
</html>
"""
        self.out.write(page)
