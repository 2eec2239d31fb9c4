"""Input errors: a file copydesk cannot read, worded for the person who has to fix it."""
from __future__ import annotations


class InputError(Exception):
    """A file that cannot be checked (binary, not UTF-8, too large, bad front matter).

    ``skip`` errors are warnings (an empty file): the run goes on and the exit status is
    unaffected; other input errors make the run end with status 2 after the other files.
    """

    def __init__(self, message: str, *, skip: bool = False) -> None:
        super().__init__(message)
        self.skip = skip
