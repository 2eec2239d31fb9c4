"""Extractors: one module per kind of fact, each exposing ``extract(document, facts)``.

A module here named ``foo.py`` is the extractor ``foo``; modules starting with ``_`` are
private helpers. Extractors read ``document.prose`` (same offsets as the original text)
and the language knowledge in ``facts.locale``; they never modify anything.
"""
