"""Errors with one-line messages. The CLI prints ``source: message`` and carries on."""

from __future__ import annotations


class ThaiextractError(Exception):
    """Base class: ``str(error)`` is one line, fit for stderr."""


class InputError(ThaiextractError):
    """A path that cannot be read: missing, a directory with no matches, unreadable, too big."""


class DecodeError(InputError):
    """Bytes that are not UTF-8, UTF-16 with a BOM, or Thai TIS-620 / cp874 text."""


class UsageError(ThaiextractError):
    """Options that do not fit together (exit code 2)."""
