"""The attribution cue scans with the standard library's engine (``_Scan.scan_fast`` and
``_Scan.scan_after_nonword``, issue 7) held to their reference, ``_Scan.scan``: the same
places (a few more where a control character the ``re`` engine counts as a space stands
between cue words), so that each cue pattern finds exactly the matches of its own
``finditer`` either way."""
from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st

from checker.extractors import attributions as module
from checker.locales import load_locale

_PIECES = ["said", "SAID", "Said", "unsaid", "says.", "selon", "SELON", "Selon", "d'après",
           "D’APRÈS", "according", "to", "According\u00a0to", "a", "indiqué", "A  INDIQUÉ",
           "police sources", "de source policière", "Élysée", "the", "minister", "told",
           "reporters", "½", "²said", "e\u0301", "\u0301selon", "a\u2003indiqué", "a\x1cindiqué", "according\x1fto", "_said", "3said",
           "été", "é", ",", ".", "«", "»", "\n", "12", "ont", "’", "-"]
_SEPARATORS = [" ", "  ", "", "\n", "\t", "\u00a0", "\x1c"]
_TEXT = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)),
                 max_size=30).map(lambda parts: "".join(a + b for a, b in parts))
_RE_ONLY_SPACES = "\x1c\x1d\x1e\x1f"


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(["en", "fr"]))
def test_fast_scan_finds_the_places_of_the_reference(text: str, lang: str) -> None:
    compiled = module.cues(load_locale(lang))
    assert compiled.scan is not None
    if compiled.scan.starts(text) is None:
        return   # not safe to scan lower-cased: the patterns run on their own
    low = text.lower()
    reference, fast = compiled.scan.scan(low), compiled.scan.scan_fast(low)
    assert set(reference) <= set(fast) and fast == sorted(fast)
    if not any(c in text for c in _RE_ONLY_SPACES):
        assert fast == reference
    if not any(module._re_word_only(c) for c in low):
        assert compiled.scan.scan_after_nonword(low) == fast
    saved = compiled.scan.seen[0]
    try:
        compiled.scan.seen[0] = module._FAST_AFTER   # the scans a long run uses
        assert compiled.scan.starts(text) == fast
    finally:
        compiled.scan.seen[0] = saved
    for pattern in (compiled.phrases, compiled.before, compiled.after):
        for start, end in ((0, len(text)), (3, max(3, len(text) - 2))):
            expected = [m.span() for m in pattern.finditer(text, start, end)]
            found = [m.span() for m in module._matches(pattern, text, start, end, fast)]
            assert found == expected, text


def test_word_test_is_the_boundary_of_the_pattern() -> None:
    """``_word(c)`` is False exactly where ``regex``'s ``\\b`` holds between ``c`` and a
    cue's first letter, for every character of the first 12,288 code points."""
    chars = [chr(i) for i in range(0x3000) if not 0xD800 <= i < 0xE000]
    for first in ("a", "s", "é"):
        text = "".join(c + first for c in chars)
        bounded = {m.start() for m in regex.finditer(rf"\b{first}", text)}
        for k, c in enumerate(chars):
            assert ((2 * k + 1) in bounded) == (not module._word(c)), hex(ord(c))
    # and where the re engine sees a word character, so does regex, but for a few
    assert not any(module._re_word_only(chr(i)) for i in range(128))
    assert module._re_word_only("½") and not module._re_word_only("é")


def test_scan_switches_engine_without_changing_attributions() -> None:
    """A story read before and after the switch gives the same attributions (en, fr)."""
    from checker.facts import Facts
    from checker.readers import read_text

    stories = {"en": "Twelve people died, police said. According to the mayor, it was late.",
               "fr": "Douze soldats ont été tués, a indiqué le ministère. Selon Al Mayadeen, non."}
    for lang, text in stories.items():
        locale = load_locale(lang)
        scan = module.cues(locale).scan
        saved = scan.seen[0]
        try:
            results = []
            for seen in (0, module._FAST_AFTER):
                scan.seen[0] = seen
                document = read_text(text, path="story.txt", lang=lang)
                results.append([a.to_json(document) for a in module.extract(document, Facts(document, locale))])
            assert results[0] == results[1] and len(results[0]) == 2
        finally:
            scan.seen[0] = saved


def test_cue_trees_from_the_disk_cache_are_the_built_ones(tmp_path, monkeypatch) -> None:
    """A second run takes the cue trees from the disk cache (no tree is built) and gets
    the very patterns the first run built; a stored value that is no tree is rebuilt."""
    from checker.speedups import data_cache
    from checker import locales
    from checker.speedups import word_trie

    def new_run() -> None:
        data_cache._save()
        monkeypatch.setattr(data_cache, "_stored", None)
        monkeypatch.setattr(data_cache, "_added", {})
        monkeypatch.setattr(data_cache, "_used", set())
        module.cues.cache_clear()

    def sources(lang: str) -> tuple[str, ...]:
        compiled = module.cues(load_locale(lang))
        return (compiled.phrases.pattern, compiled.before.pattern, compiled.after.pattern,
                compiled.continuation.pattern, compiled.scan.pattern.pattern, compiled.scan.body)

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("COPYDESK_CACHE", raising=False)
    monkeypatch.delenv("COPYDESK_REGEX_CACHE", raising=False)
    locales._load.cache_clear()
    try:
        new_run()
        built = {lang: sources(lang) for lang in ("en", "fr")}
        new_run()
        with monkeypatch.context() as patch:
            def refuse(*args, **kwargs):
                raise AssertionError("a cue tree was built although the cache holds it")
            patch.setattr(word_trie, "trie", refuse)
            assert {lang: sources(lang) for lang in ("en", "fr")} == built
        # a damaged entry (not a tree) is built again, to the same tree
        locale = load_locale("en")
        key = f"attribution-trees:{locale.path}"
        stamp = data_cache._stored[key][0]
        trees = data_cache.get(key, stamp)
        data_cache.put(key, stamp, {words: 0 for words in trees})
        module.cues.cache_clear()
        assert sources("en") == built["en"]
    finally:
        module.cues.cache_clear()
        locales._load.cache_clear()
