"""The report's stylesheet, inlined so the page needs nothing but itself."""

CSS = """
:root { --error: #b3261e; --warning: #b26a00; --info: #1a5fb4; --ink: #1d1d1f; --muted: #5f6368;
        --paper: #fdfcf8; --line: #e4e1d8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink);
       background: var(--paper); }
header.page, main { max-width: 1200px; margin: 0 auto; padding: 0 1.5rem; }
header.page { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 0; word-break: break-all; }
.lede, .where, .meta { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; }
table { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: .9rem; margin: .8rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .7rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary { display: flex; flex-wrap: wrap; gap: 2rem; }
section.article { margin: 2rem 0; padding-top: 1rem; border-top: 3px double var(--line); }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
.text { background: #fff; border: 1px solid var(--line); padding: 1rem 1.4rem; border-radius: 4px; }
.text h3 { font-size: 1.15rem; }
.text blockquote { border-left: 3px solid var(--line); margin-left: 0; padding-left: 1rem; }
.text p.dateline { font-variant: small-caps; }
.text .mk { color: #9a968c; font-family: ui-monospace, monospace; font-size: .85em; }
.text p.other { color: var(--muted); font-size: .9rem; }
a.hl { color: inherit; text-decoration: none; border-bottom: 2px solid; border-radius: 2px; }
a.hl.sev-error { background: #fbe3e1; border-color: var(--error); }
a.hl.sev-warning { background: #fff0cc; border-color: var(--warning); }
a.hl.sev-info { background: #e2ecfb; border-color: var(--info); }
a.rel { color: inherit; text-decoration: none; border-bottom: 2px dotted var(--muted);
        background: #eeece6; }
.anchor { scroll-margin-top: 40vh; }
.anchor:target::after { content: "\\25B6"; color: var(--error); font-size: .8em; }
ol.findings { list-style: none; padding: 0; margin: 0; font-family: system-ui, sans-serif; font-size: .92rem; }
li.finding { border: 1px solid var(--line); border-left: 5px solid; border-radius: 4px; padding: .5rem .8rem;
             margin-bottom: .7rem; background: #fff; scroll-margin-top: 30vh; }
li.finding:target { box-shadow: 0 0 0 3px #9ec1f5; }
li.finding.sev-error { border-left-color: var(--error); }
li.finding.sev-warning { border-left-color: var(--warning); }
li.finding.sev-info { border-left-color: var(--info); }
li.finding p { margin: .3rem 0; }
.badge { display: inline-block; color: #fff; border-radius: 3px; padding: 0 .4rem; font-size: .8rem;
         text-transform: uppercase; letter-spacing: .03em; }
.badge.sev-error { background: var(--error); }
.badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); }
code { font-size: .85rem; background: #f1efe8; padding: 0 .25rem; border-radius: 3px; }
ul.related { margin: .2rem 0; padding-left: 1.2rem; }
.problems li { color: var(--error); }
.clean { color: var(--muted); }
q { quotes: "\\201C" "\\201D"; }
@media print { .columns { grid-template-columns: 1fr; } a { color: inherit; } }
"""
