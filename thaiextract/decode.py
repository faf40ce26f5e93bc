"""Bytes → text: UTF-8, UTF-16 (with a BOM, or without one when the text is plausible), or the
legacy Thai code pages TIS-620/cp874 only when the result is plausibly Thai. Anything else is a
:class:`DecodeError` naming the likely problem; a caller may force an encoding instead.

Also :func:`format_size`, the one way sizes are written in messages.
"""

from __future__ import annotations

import codecs
import re

from .errors import DecodeError

# Thai vowel and tone marks written above or below a consonant: they never follow a Latin letter
# in Thai text, but Latin-1 "é" (0xE9) read as cp874 is mai tho: "café" → "caf้".
_THAI_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_MISPLACED_MARK = re.compile(r"[^\u0e01-\u0e4e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def format_size(size: int) -> str:
    """A size that shows its number: "5,000 bytes", "12.3 KB", "20.0 MB" (decimal units)."""
    if size < 10_000:
        return f"{size:,} byte" + ("" if size == 1 else "s")
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < scale * 1000:
            return f"{size / scale:.1f} {unit}"
    return f"{size / 1e12:,.1f} TB"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; ``encoding`` forces a codec (no guessing).

    The BOM of UTF-8 stays in the text so that offsets match what ``open(path,
    encoding="utf-8").read()`` gives; the normaliser drops it before matching.
    """
    if encoding is not None:
        return _forced(data, encoding)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 at byte {exc.start:,}") from None
    # UTF-16 without a BOM: ASCII in it gives NUL bytes, Thai gives 0x0E bytes (U+0E01 is
    # 01 0E), and neither byte is in UTF-8 text. A NUL anywhere (not only in the first 8 KB)
    # is binary when the bytes do not read as UTF-16.
    if b"\x00" in data or b"\x0e" in data:
        guess = utf16_without_bom(data)
        if guess is not None:
            return guess
        if b"\x00" in data:
            raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
        return text, "utf-8-sig" if text.startswith("\ufeff") else "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    legacy = _thai_code_page(data)
    if legacy is not None:
        return legacy
    byte = f"byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start:,}"
    if _latin_in_thai_clothes(data):
        raise DecodeError(
            f"not UTF-8 ({byte}), and not Thai: read as TIS-620 it puts Thai vowel marks on "
            "Latin letters (Latin-1 or another Western encoding? force one with --encoding)")
    raise DecodeError(f"not UTF-8, UTF-16 or Thai TIS-620/cp874 text ({byte})")


def _forced(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
        return data.decode(name), name
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset "
                          f"{exc.start:,})") from None


def _thai_code_page(data: bytes) -> tuple[str, str] | None:
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return None
    if not plausibly_thai(text):
        return None
    # TIS-620 is cp874 without the few Windows punctuation marks in 0x80–0x9F.
    return text, "cp874" if any(0x80 <= b <= 0x9F for b in data) else "tis-620"


def plausibly_thai(text: str) -> bool:
    """Legacy bytes decoded as cp874 should read as Thai: mostly Thai among the non-ASCII
    characters, a fair share of Thai among the letters, vowel marks on Thai consonants (not on
    Latin letters), few control characters."""
    high = [c for c in text if ord(c) > 0x7F]
    if not high:
        return False
    thai = sum(1 for c in high if "\u0e00" <= c <= "\u0e7f")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f\v")
    marks = len(_THAI_MARKS.findall(text))
    misplaced = len(_MISPLACED_MARK.findall(text))
    thai_letters = len(_THAI_LETTER.findall(text))
    letters = thai_letters + len(_LATIN_LETTER.findall(text))
    return (thai >= 0.9 * len(high) and controls <= len(text) // 100
            and misplaced <= 0.02 * marks and thai_letters >= 0.2 * letters)


def _latin_in_thai_clothes(data: bytes) -> bool:
    """Whether ``data`` read as cp874 puts Thai marks on Latin letters ("caf้"): the Latin-1
    mistake, worth its own message."""
    text = data.decode("cp874", errors="replace")
    return _MISPLACED_MARK.search(text) is not None


def utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``data`` as UTF-16 LE or BE without a BOM when one reading is plausible text (Thai,
    ASCII and common punctuation, at least 95 %); None otherwise."""
    if len(data) < 2 or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        plain = sum(1 for c in text if (c.isascii() and (c.isprintable() or c in "\n\r\t"))
                    or "\u0e00" <= c <= "\u0e7f" or "\u2000" <= c <= "\u206f")
        if plain >= 0.95 * len(text):
            return text, codec
    return None
