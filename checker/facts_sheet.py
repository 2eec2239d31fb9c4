"""``copydesk facts`` as a sheet an editor can hold against the story: who is in it (every
mention, every quote), which figures it states and who gives them, and which day each date
resolves to. Built from the same rows as the JSON form, so the two never disagree; fields
an extractor adds later show up in the JSON first and here when they are worth reading.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

_LANGUAGES = {"en": "English", "fr": "French"}


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _person_name(mentions: list[dict[str, Any]]) -> str:
    """The longest full name among a person's mentions, else the longest mention."""
    full = [m for m in mentions if m.get("form") in ("full", "title+full")]
    return max((m.get("name") or m["text"] for m in (full or mentions)), key=len)


def render_sheet(entry: dict[str, Any], document: Any) -> str:
    """The sheet of one file: a header, then people, quotes without a speaker, figures,
    dates and sources, each line starting with the story's line number."""
    def line_of(row: dict[str, Any]) -> int:
        return document.line_col(row["offset"])[0]

    rows = entry["facts"]
    language = _LANGUAGES.get(entry["language"], entry["language"])
    date = entry["date"] or "unknown (no front matter date, no dateline; --date sets one)"
    source = f" ({entry['date_source']})" if entry.get("date_source") else ""
    out = [f"{entry['path']} — {language}, published {date}{source}"]

    people: dict[str, list[dict[str, Any]]] = defaultdict(list)
    quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["type"] == "person":
            people[row["person"]].append(row)
        elif row["type"] == "quote":
            quotes[row.get("speaker") or ""].append(row)
    if people:
        out += ["", "People"]
        names = {person: _person_name(mentions) for person, mentions in people.items()}
        # another spelling of a person (variant_of) is listed under that person too
        variants: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for mentions in people.values():
            for m in mentions:
                if m.get("variant_of") in people:
                    variants[m["variant_of"]].append(m)
        for person, mentions in people.items():
            full = [m for m in mentions if m.get("form") in ("full", "title+full")]
            name = names[person]
            places = ", ".join(f"line {line_of(m)} ({m.get('form', '?')}: {m['text']})" for m in mentions)
            note = "" if full else "  — never named in full"
            like = {names[m["variant_of"]] for m in mentions if m.get("variant_of") in names}
            if like:
                note += f"; another spelling of {', '.join(sorted(like))}?"
            out.append(f"  {name}{note}")
            out.append(f"      mentions: {places}")
            if variants.get(person):
                out.append("      other spellings: " + ", ".join(
                    f"line {line_of(m)} ({m['text']})" for m in variants[person]))
            for quote in quotes.get(person, ()):
                cue = (quote.get("cue") or {}).get("text")
                out.append(f"      quoted, line {line_of(quote)}: {_short(quote['text'])}"
                           + (f" ({cue})" if cue else ""))
    spoken = {p for p in quotes if p and p not in people}
    unlinked = quotes.get("", []) + [q for p in spoken for q in quotes[p]]
    if unlinked:
        out += ["", "Quotes without a named person"]
        for quote in sorted(unlinked, key=lambda q: q["offset"]):
            who = quote.get("source") or "no speaker"
            out.append(f"  line {line_of(quote)}: {_short(quote['text'])} — {who}")
    figures = [r for r in rows if r["type"] == "quantity"]
    if figures:
        out += ["", "Figures"]
        for row in figures:
            what = " ".join(str(x) for x in (row.get("value"), row.get("unit") or "", row.get("noun") or "") if x)
            hedge = "about " if row.get("approximate") else ""
            if row.get("exempt"):   # a date's day, an age, a score...: never asked for a source
                sourced = f"not a claim ({row['exempt']})"
            else:
                sourced = "sourced" if row.get("sourced") else "no source in its sentence"
            out.append(f"  line {line_of(row)}: {row['text']!r} = {hedge}{what}; {sourced}")
    dates = [r for r in rows if r["type"] == "time"]
    if dates:
        out += ["", "Dates"]
        for row in dates:
            why = row.get("year_basis")
            said = "year written" if why == "written" else f"year from {why}" if why else ""
            out.append(f"  line {line_of(row)}: {row['text']!r} → {row.get('value')}"
                       + (f" ({said})" if said else ""))
    sources = [r for r in rows if r["type"] == "attribution"]
    if sources:
        out += ["", "Sources named"]
        for row in sources:
            out.append(f"  line {line_of(row)}: {row.get('source') or '?'} ({_short(row['text'], 50)})")
    others = [r for r in rows if r["type"] not in ("person", "quote", "quantity", "time", "attribution")]
    if others:
        out += ["", "Other facts"]
        for row in others:
            out.append(f"  line {line_of(row)}: {row['type']}: {_short(row['text'])}")
    return "\n".join(out) + "\n"
