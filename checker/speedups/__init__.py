"""Speed-only helpers: each gives exactly the answer of the plain reading, faster.

``pattern_cache``
    ``regex.compile`` remembered on disk and in the process.
``data_cache``
    parsed rule and locale files and CLDR names remembered on disk (sealed, ``marshal``).
``digit_lead``
    how far before its first digit a pattern's match can start (the exemption scan starts there).
``word_trie``
    word lists as prefix-tree alternations.

Each has a test holding it to the plain reading; nothing here changes a finding.
"""
