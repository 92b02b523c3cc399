"""The one error type for failures a user can fix (a missing file, a broker
that does not answer, a bad setting).  `diplo` prints its message on one line
and exits non-zero, without a traceback; anything else is a bug and keeps its
traceback."""

from __future__ import annotations


class UserError(Exception):
    """An expected failure, with a message that says what to do about it."""

    exit_code = 1
