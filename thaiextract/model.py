"""Typed records that flow one way through the pipeline.

Every fact carries ``text``, ``start``, ``end`` and ``sentence``: half-open code-point offsets into
the *original* input (``input[start:end] == text``) and the cleaned text of the sentence it came
from. Inside the pipeline, extractors and the linker work in one coordinate system, the
normalised text (:meth:`Prepared.anchor` fills the fields with normalised offsets); the anchor
stage (``anchor.py``) maps every fact and mention to the original input once, at the end.

``KINDS`` is the one table of the kinds of fact: output key, fact class, names. The document's
fields, ``--only``, the renderers and the schema derive from it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the original input where a fact is named."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PersonMention(Mention):
    """A mention of a person, with the title and position written at that place."""

    title: str | None = None
    position: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingMention(Mention):
    """A mention of a meeting, with the ordinal and date (ISO) given at that place."""

    ordinal: int | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the normalised view (``nstart``/``nend``) and in the original."""

    nstart: int
    nend: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    """Fields shared by every fact. Subclasses add their own, never rename these."""

    kind: ClassVar[str] = "fact"
    text: str
    start: int
    end: int
    sentence: str
    rule: str = ""  # which pattern or rule found it
    evidence: tuple[str, ...] = ()  # the cue words it rests on (title, role, head word …)

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(frozen=True, slots=True)
class DateFact(Fact):
    kind: ClassVar[str] = "date"
    value: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    end_value: str | None = None  # same form, for ranges
    era: str | None = None  # "BE", "CE" or None when no year was written
    granularity: str = "day"  # "day", "week" (Monday–Sunday), "month", "quarter" or "year"
    valid: bool = True  # False for impossible calendar dates (31 มิถุนายน)
    weekday: str | None = None  # weekday as written, e.g. "พฤหัสบดี"
    weekday_matches: bool | None = None  # None when no weekday was written
    time: str | None = None  # "10:30" or "14:00-16:00"
    relative: bool = False  # resolved against the document date (วันนี้, เมื่อวานนี้ …)
    year_inferred: bool = False  # the year was not written; taken from the document date
    past_cue: bool = False  # เมื่อวันที่ / ที่ผ่านมา: a past-tense event
    part: str | None = None  # "early"/"mid"/"late"/"end": ต้น/กลาง/ปลาย/สิ้น before it ("สิ้นปี 2566")


@dataclass(frozen=True, slots=True)
class PersonFact(Fact):
    kind: ClassVar[str] = "person"
    name: str = ""  # given name and surname, no title
    title: str | None = None  # stacked title as written, e.g. "พล.ต.อ.ดร."
    position: str | None = None  # as written
    position_expanded: str | None = None  # abbreviations expanded (รมว. → รัฐมนตรีว่าการกระทรวง)
    organization: str | None = None
    given_name: str | None = None
    surname: str | None = None
    mentions: tuple[PersonMention, ...] = ()
    positions: tuple[str, ...] = ()  # every differing position the text gives, nearest first
    title_expanded: str | None = None  # each title in full (พล.ต.อ. → พลตำรวจเอก)


@dataclass(frozen=True, slots=True)
class OrganizationFact(Fact):
    kind: ClassVar[str] = "organization"
    name: str = ""
    abbreviation: str | None = None
    mentions: tuple[Mention, ...] = ()
    abbreviations: tuple[str, ...] = ()  # every known abbreviation, Thai and English
    category: str | None = None  # ministry, department, agency, bank, party …


@dataclass(frozen=True, slots=True)
class MeetingFact(Fact):
    kind: ClassVar[str] = "meeting"
    name: str = ""
    ordinal: int | None = None
    date: str | None = None
    end_date: str | None = None
    location: str | None = None
    online: bool = False
    participants: tuple[str, ...] = ()
    english_name: str | None = None
    acronym: str | None = None
    mentions: tuple[MeetingMention, ...] = ()
    session: str | None = None  # the year or session after the ordinal: "2567" of ครั้งที่ 2/2567


@dataclass(frozen=True, slots=True)
class InitiativeFact(Fact):
    kind: ClassVar[str] = "initiative"
    name: str = ""
    initiative_kind: str = ""  # serialised as "kind": app, centre, plan, measure, project …
    launched: str | None = None
    owner: str | None = None
    english_name: str | None = None
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = Fact.to_dict(self)
        data["kind"] = data.pop("initiative_kind")
        return data


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of fact: its output key, record class and the names users may give it."""

    key: str  # output key of a Document and name in --only: "people"
    singular: str  # one fact: "person"
    fact: type[Fact]
    title: str  # heading in tables and the HTML view
    aliases: tuple[str, ...] = ()


# The kinds in output order (a Document's fields, tables, CSV rows).
KINDS: tuple[Kind, ...] = (
    Kind("dates", "date", DateFact, "Dates"),
    Kind("people", "person", PersonFact, "People", ("persons",)),
    Kind("meetings", "meeting", MeetingFact, "Meetings"),
    Kind("initiatives", "initiative", InitiativeFact, "Initiatives"),
    Kind("organizations", "organization", OrganizationFact, "Organizations",
         ("orgs", "organisations", "organisation")),
)
KIND_BY_KEY: dict[str, Kind] = {k.key: k for k in KINDS}
FACT_KINDS: dict[str, type[Fact]] = {k.key: k.fact for k in KINDS}


@dataclass(frozen=True, slots=True)
class Document:
    """The result for one input document."""

    source: str
    document_date: str | None = None
    document_date_source: str | None = None  # "option", "metadata", "dateline", "lead" or None
    encoding: str | None = None
    dates: tuple[DateFact, ...] = ()
    people: tuple[PersonFact, ...] = ()
    meetings: tuple[MeetingFact, ...] = ()
    initiatives: tuple[InitiativeFact, ...] = ()
    organizations: tuple[OrganizationFact, ...] = ()
    id: str | None = None  # record id for JSONL input
    only: tuple[str, ...] | None = field(default=None, compare=False)
    text: str | None = field(default=None, compare=False, repr=False)  # original input; not output

    def facts(self) -> dict[str, tuple[Fact, ...]]:
        return {key: getattr(self, key) for key in FACT_KINDS}

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source}
        if self.id is not None:
            data["id"] = self.id
        data["document_date"] = self.document_date
        data["document_date_source"] = self.document_date_source
        data["encoding"] = self.encoding
        for key, facts in self.facts().items():
            if self.only is None or key in self.only:
                data[key] = [f.to_dict() for f in facts]
        return data


# Serialisation runs once per fact for every document: each class gets a converter with its field
# names built in (dataclasses.fields builds a tuple on every call), and plain values skip the
# type tests.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, bool, float, type(None)})


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _as_dict(obj: Any) -> dict[str, Any]:
    """A dataclass instance as a dict of plain values (what ``_plain`` makes of it)."""
    cls = type(obj)
    converter = _CONVERTERS.get(cls)
    if converter is None:
        converter = _CONVERTERS[cls] = _converter(cls)
    return converter(obj)


def _converter(cls: type) -> Any:
    """A function ``obj -> {field: plain value}`` for one dataclass, with the field names written
    into its code: no per-field lookup or call, and scalars are only type-tested."""
    names = _field_names(cls)
    if not all(name.isidentifier() and not name.startswith("__") for name in names):
        return lambda obj: {name: _plain(getattr(obj, name)) for name in names}
    items = ", ".join(
        f"{name!r}: (v if (v := obj.{name}).__class__ in scalars else plain(v))" for name in names
    )
    namespace: dict[str, Any] = {"scalars": _SCALARS, "plain": _plain}
    # Built from the class's own field names only, checked to be identifiers above.
    exec(f"def convert(obj):\n    return {{{items}}}\n", namespace)
    return namespace["convert"]


_CONVERTERS: dict[type, Any] = {}


def _plain(value: Any) -> Any:
    cls = type(value)
    if cls in _SCALARS:
        return value
    converter = _CONVERTERS.get(cls)
    if converter is not None:  # a dataclass seen before (Mention)
        return converter(value)
    if isinstance(value, tuple):
        return [v if v.__class__ in _SCALARS else _plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _as_dict(value)
    return value
