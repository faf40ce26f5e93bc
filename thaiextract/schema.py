"""The JSON Schema of the output, derived from the model's dataclasses so that it cannot drift.

Field names, order and types come from :mod:`thaiextract.model` (a fact serialised with its
defaults gives the output keys; the type hints give the JSON types). What each field means lives
here, in ``DESCRIPTIONS``, once: the schema's ``description``s and the README's field tables
(:func:`markdown_table`, checked against the README by ``tests/test_schema.py``) are both made
from it. A field added to a fact without a description here fails that test.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any

from . import __version__
from .model import FACT_KINDS, Document, Fact, MeetingMention, Mention, PersonMention

SCHEMA_ID = "https://thaiextract.invalid/schema/document.json"  # an identifier, not fetched
COMMON = ("text", "start", "end", "sentence", "rule", "evidence")  # every fact's, described once
MENTIONS = {Mention: "mention", PersonMention: "person_mention", MeetingMention: "meeting_mention"}

# kind → [(fields of one README row, what they mean)]
DESCRIPTIONS: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "document": [
        (("source",), "the path as given on the command line (`-` for stdin)"),
        (("id",), "the record id, for JSON Lines input only"),
        (("document_date",), "the article's date as `YYYY-MM-DD`, or null (see "
         "`document_date_source`); relative and year-less dates are resolved against it (when "
         "null, a past day the lead reports still gives year-less dates their year)"),
        (("document_date_source",), "where `document_date` came from, first found wins: "
         "`option` (`--document-date`); `metadata` (an HTML page's declared publication date: "
         "`article:published_time`, JSON-LD, `<time>`, read with trafilatura/htmldate); "
         "`dateline` (the header: a dateline, a labelled \"เผยแพร่:\" date, a date line); "
         "`lead` (a full date the lead writes as the day of writing: after วันนี้, in brackets "
         "opening the paragraph, or opening it without เมื่อ; an event day \"เมื่อวันที่ …\" is "
         "none); or null"),
        (("encoding",), "`utf-8`, `utf-8-sig`, `utf-16` (with a BOM), `utf-16-le`/`utf-16-be` "
         "(without one), `tis-620`, `cp874`, or the codec `--encoding` forced"),
        (("dates", "people", "meetings", "initiatives", "organizations"),
         "the facts (only those asked for with `--only`)"),
    ],
    "fact": [
        (("text", "start", "end"), "half-open character (code point) offsets into the original "
         "input as decoded: `input[start:end] == text` always holds"),
        (("sentence",), "the cleaned text of the sentence the fact came from"),
        (("rule",), "which pattern or rule found the fact (`--explain` shows it)"),
        (("evidence",), "the cue words the fact rests on: a title, a role word, a position's "
         "head, a meeting's trigger, a month name …"),
    ],
    "mention": [
        (("text", "start", "end"), "one place in the original input where the fact is named"),
    ],
    "person_mention": [
        (("text", "start", "end"), "one place in the original input where the person is named"),
        (("title", "position"), "the title and the position written at that mention, or null"),
    ],
    "meeting_mention": [
        (("text", "start", "end"), "one place in the original input where the meeting is named"),
        (("ordinal", "date"), "the ordinal and the date (ISO) given at that mention, or null"),
    ],
    "date": [
        (("value",), "`YYYY-MM-DD`, `YYYY-MM` or `YYYY` after the granularity (Buddhist-era "
         "years converted: 2563 → 2020)"),
        (("end_value",), "the end of a range (\"27 – 28 มกราคม 2565\" → `2022-01-28`), else null"),
        (("era",), "`BE` or `CE` for the year as written (63 and 2563 are BE; 2025 and ค.ศ. 2020 "
         "are CE), null when no year was written"),
        (("granularity",), "`day`, `week` (relative weeks: Monday to Sunday; a weekend, "
         "สุดสัปดาห์นี้: Saturday and Sunday), `month`, `quarter` "
         "(ไตรมาสแรกของปี 2567: `value`/`end_value` are its first and last month) or `year`"),
        (("valid",), "false for a date not in the calendar (31 มิถุนายน, 29 ก.พ. 2566); `value` "
         "then keeps the numbers as written"),
        (("weekday", "weekday_matches"), "the weekday as written (\"พฤหัสบดี\") and whether the "
         "date falls on it; null when none was written"),
        (("time",), "a clock time attached to the date: `10:30`, or `14:00-16:00`"),
        (("relative",), "true when resolved against the document date (วันนี้, เมื่อวานนี้, "
         "สัปดาห์หน้า, 3 วันที่แล้ว)"),
        (("year_inferred",), "true when the year was not written and was taken from the document "
         "date"),
        (("past_cue",), "true after เมื่อ…, before ที่ผ่านมา: the text presents it as past"),
        (("rule",), "the pattern that fired (`day_month_year`, `range`, `relative+explicit`, …)"),
        (("part",), "`early`, `mid`, `late` or `end` for ต้น…, กลาง…, ปลาย…, สิ้น… before the "
         "period (\"สิ้นปี 2566\"), else null"),
    ],
    "person": [
        (("text", "start", "end"), "the first full mention, title included "
         "(\"นายสมชาย ใจดี\")"),
        (("name",), "given name and surname, never the title"),
        (("given_name", "surname"), "the two parts, when both are written"),
        (("title", "title_expanded"), "the (stacked) title as written (\"พล.ต.อ.ดร.\") and in "
         "full (พลตำรวจเอก ดอกเตอร์)"),
        (("position",), "the position nearest the full mention, as written "
         "(\"ปลัดกระทรวงดิจิทัลฯ\")"),
        (("position_expanded",), "the same with abbreviations and ฯ expanded (รมว. → "
         "รัฐมนตรีว่าการกระทรวง…)"),
        (("positions",), "every differing position the article gives the person, nearest first"),
        (("organization",), "the organisation the position names"),
        (("mentions",), "every mention, short ones included (\"“สมชาย”\", \"นายสมชาย\"), "
         "each with `text`, `start`, `end`"),
    ],
    "organization": [
        (("name",), "the full name (กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม), also when only an "
         "abbreviation is written"),
        (("abbreviation",), "the abbreviation the article uses or the lexicon knows (ดีอีเอส)"),
        (("abbreviations",), "every known abbreviation, Thai and English (ดศ., ดีอีเอส, DES, "
         "MDES)"),
        (("category",), "ministry, department, agency, state enterprise, bank, party, "
         "university, international …"),
        (("mentions",), "every mention: full name, abbreviation, short ฯ form"),
    ],
    "meeting": [
        (("name",), "the meeting's own name, without the verb before it and without the "
         "ordinal"),
        (("ordinal",), "an integer: ครั้งที่ 14, ครั้งที่ ๒, 2nd, 22nd, ครั้งที่ 1/2567"),
        (("date", "end_date"), "ISO dates of the meeting, from the date facts of its sentence"),
        (("location",), "the place after ณ / ที่ (a venue, city or country)"),
        (("online",), "true for ผ่านระบบประชุมทางไกล, Video Conference, ออนไลน์, Zoom …"),
        (("participants",), "names of the people mentioned with the meeting"),
        (("english_name", "acronym"), "when the article gives them (\"The 2nd ASEAN Digital "
         "Ministers Meeting\", ADGMIN)"),
        (("mentions",), "every mention: Thai name, English name, acronym"),
        (("session",), "the year or session after the ordinal: `2567` of ครั้งที่ 2/2567"),
    ],
    "initiative": [
        (("name",), "the proper name, stopping at the natural boundary (ซึ่ง, ที่, เพื่อ, โดย, "
         "และ, a comma or bracket)"),
        (("kind",), "`app`, `centre`, `plan`, `measure`, `project`, `strategy`, `policy`, "
         "`initiative`, `platform`, `campaign`, `programme`, `year` (ปีแห่ง…), `fund`"),
        (("launched",), "when it was launched or set up, when stated "
         "(\"ซึ่งจัดขึ้นเมื่อเดือนตุลาคม 2562\" → `2019-10`)"),
        (("owner",), "the organisation behind it, when stated"),
        (("english_name",), "the English name, when given"),
        (("mentions",), "every mention"),
    ],
}


def _description(kind: str, name: str) -> str | None:
    for names, text in DESCRIPTIONS.get(kind, []):
        if name in names:
            return text
    if kind not in ("document", "fact", *MENTIONS.values()):
        return _description("fact", name)
    return None


def _json_type(hint: Any) -> dict[str, Any]:
    """The JSON Schema of one type hint of the model."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        subs = [_json_type(a) for a in args]
        plain = [s["type"] for s in subs if set(s) == {"type"}]
        if len(plain) == len(subs):
            return {"type": plain}
        return {"anyOf": subs}
    if origin in (tuple, list):
        item = args[0] if args else Any
        return {"type": "array", "items": _json_type(item)}
    if origin is dict or hint is dict:
        return {"type": "object"}
    if hint is type(None):
        return {"type": "null"}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return {"$ref": f"#/$defs/{_def_name(hint)}"}
    simple = {str: "string", bool: "boolean", int: "integer", float: "number"}
    if hint in simple:
        return {"type": simple[hint]}
    return {}  # Any, or a type the output does not constrain


def _def_name(cls: type) -> str:
    return MENTIONS.get(cls) or getattr(cls, "kind", cls.__name__.lower())


def _object(cls: type, sample: Any, required: tuple[str, ...] | None = None) -> dict[str, Any]:
    """An object schema for dataclass ``cls``: the keys its ``to_dict`` writes, in order."""
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    keys = list(sample.to_dict()) if hasattr(sample, "to_dict") else names
    renamed = [n for n in names if n not in keys]  # serialised under another key
    kind = _def_name(cls)
    properties: dict[str, Any] = {}
    for key in keys:
        field = key if key in names else renamed.pop(0)
        prop = _json_type(hints[field])
        text = _description(kind, key)
        if text:
            prop["description"] = text
        properties[key] = prop
    return {"type": "object", "properties": properties,
            "required": list(keys if required is None else required),
            "additionalProperties": False}


def _sample(cls: type[Fact]) -> Fact:
    return cls(text="", start=0, end=0, sentence="")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one output document (a line of ``-f jsonl``)."""
    # A mention's own attributes are optional: a kind may give plain mentions.
    defs: dict[str, Any] = {
        name: _object(cls, None, required=("text", "start", "end"))
        for cls, name in MENTIONS.items()
    }
    for cls in FACT_KINDS.values():
        defs[cls.kind] = _object(cls, _sample(cls))
        defs[cls.kind]["properties"]["start"]["minimum"] = 0
    document = _object(Document, Document(source="", id=""),
                       required=("source", "document_date", "document_date_source", "encoding"))
    for key, cls in FACT_KINDS.items():
        document["properties"][key] = {"type": "array", "items": {"$ref": f"#/$defs/{cls.kind}"},
                                       "description": _description("document", key)}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": f"thaiextract {__version__} document", **document, "$defs": defs}


def fields_of(kind: str) -> list[str]:
    """The output keys of one kind of record ("document", "mention", or a fact kind)."""
    data = schema()
    props = data["properties"] if kind == "document" else data["$defs"][kind]["properties"]
    return list(props)


def markdown_table(kind: str) -> str:
    """The README table of ``kind``: one row per group of ``DESCRIPTIONS``, fields as listed.

    Facts' common fields (``text``, ``start``, ``end``, ``sentence``) are described once in the
    README's text, so they are left out of each kind's table.
    """
    rows = ["| field | meaning |", "| --- | --- |"]
    for names, text in DESCRIPTIONS[kind]:
        fields = ", ".join(f"`{n}`" for n in names)
        rows.append(f"| {fields} | {text.replace('|', chr(92) + '|')} |")
    return "\n".join(rows) + "\n"


def missing_descriptions() -> list[str]:
    """Output fields that ``DESCRIPTIONS`` does not explain: each one is a README gap."""
    gaps = [f"document.{k}" for k in fields_of("document") if not _description("document", k)]
    for cls in FACT_KINDS.values():
        gaps += [f"{cls.kind}.{k}" for k in fields_of(cls.kind)
                 if k not in COMMON and not any(k in names for names, _ in DESCRIPTIONS[cls.kind])]
    return gaps
