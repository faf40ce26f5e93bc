"""Dates: every calendar date, month, year, range and relative date in Thai news, as ISO 8601.

The matcher is table-driven: month names and abbreviations, weekdays, era markers, relative words,
context cues and the small words of date grammar (labels, connectors) are data
(``lexicons/dates/``: months, weekdays, relative, eras, cues, words, not_year_after, quarters);
the year rules are in :mod:`thaiextract.era`. It runs on the normalised text (Thai digits are
already ASCII, dashes are "-"), and every fact records the rule that fired (``rule``) and the
cue words it rests on (``evidence``).

The package: ``patterns`` (the patterns, compiled once from the lexicons), ``months`` (month
names with their days, weekday and year), ``years`` (years and quarters), ``find`` (every
candidate, overlaps settled), ``times`` (clock times), ``resolve`` (values, eras, year inference,
relative dates).

What is found (``rule``)
------------------------
- ``day_month`` / ``day_month_year``: "27 มกราคม 2565", "15 มิ.ย. 63", "๑๒ มิ.ย. ๖๓", "17 ธ.ค.61",
  "10 มิ.ย. 2025" (CE), "15 มิถุนายน พ.ศ. 2563", "วันพฤหัสบดีที่ 27 มกราคม 2565". Abbreviations are
  also read without dots or with stray spaces ("มิ.ย .", "ม.ค", "มิย"); undotted and clipped forms
  ("ตุลา") need a day before them and no Thai letter after them. A day may be glued to the month
  or joined by a dash ("28ก.ค.61", "28-ก.ค.61"). English month names and abbreviations, as Thai
  pages print them: "12 June 2020", "June 12, 2020", "Jun 12", "May 2020" (never inside a Latin
  word: "Marche"; a lone "May" is not a date).
- ``day_range`` / ``range``: "27 – 28 มกราคม 2565", "1-3 มี.ค. 66", "30 พฤศจิกายน ถึง 2 ธันวาคม 2565",
  "28 ธ.ค.-4 ม.ค. 61" (the start falls in the year before), "มกราคม - มีนาคม 2567",
  "ช่วงเดือน ม.ค.-มี.ค. 67".
- ``quarter``: "ไตรมาสแรกของปี 2567", "ไตรมาสที่ 2/2566", "Q4/2566", "ไตรมาส 1 ปีหน้า": the
  whole expression is the span; ``value``/``end_value`` are its first and last month
  (2024-01 … 2024-03) and ``granularity`` is "quarter" (a month range says exactly which months,
  where a bare year would lose them). In a fiscal year ("ไตรมาส 1 ปีงบประมาณ 2567") the Thai
  government year starts on 1 October of the year before: 2023-10 … 2023-12. A quarter without
  a year ("ไตรมาสแรก") is not a date.
- ``month`` / ``month_year``: "ตุลาคม 2562", "ก.พ. 2562", "(ต้นเดือน)มีนาคม". A full month name may
  stand alone (its year comes from the article); an abbreviation alone needs เดือน before it or a
  year after it (ก.พ. is also the Civil Service Commission).
- ``year`` / ``year_range``: only with a cue or a marker: "ปี 2563", "พ.ศ. 2570", "ค.ศ. ๒๐๒๕",
  "พ.ศ. 2560 – 2564", "ปี 52". A number is never a year on its own, so counts, phone numbers,
  law sections, percentages, ordinals and amounts do not come out. Fiscal, crop, tax and
  account years ("ปีงบประมาณ 2566", "ปีการผลิต 2565/66", "ปี 65/66") are no calendar years and
  do not come out either (their quarters do). Two modern years of one era joined by a dash or
  ถึง, at most 30 years apart, are a range without a cue ("(2567 – 2570)"); not after
  มอก./เลขที่/มาตรา (``not_year_before``) or an English word ("Visit Thailand Year 2022-2023",
  a title), nor before a count or a unit ("2480-2495 MHz").
- ``event_year`` / ``season``: a bare four-digit year after a word that names an event, a season
  or an edition (``lexicons/dates/event_years.tsv``): "รัฐประหาร 2549", "ไทยลีก 2018",
  "Thailand Game Show 2023"; "ฤดูกาล 2023/24" is a season, the years 2023 … 2024. The span is
  the year, as for ปี; the event word is in ``evidence``. Not after a count word ("มหกรรม 2563 คน"),
  nor when a longer form names no event: an institution ("ศาลรัฐธรรมนูญ 2565",
  "มหาวิทยาลัยเทคโนโลยีแห่งเอเชีย 2566"), an amount ("500 ล้านยูโร 2024-2027").
  A past cue dates a bare year the same way ("ภาพถ่ายทางอากาศเมื่อ 2518": rule ``year``).
- ``year_list``: the later years of "ปี 2535 และ 2540", "ปี 2535, 2540 และ 2551" (four digits, the
  same era as the first; each its own fact, as ``day_list``).
- ``month_list``: the earlier months of "มกราคมและมีนาคม 2566", "มีนาคม, เมษายน และพฤษภาคม 2567"
  (each its own fact with the last one's year, as ``day_list``); two consecutive months are one
  ``range`` ("มกราคมและกุมภาพันธ์ 2566": 2023-01 … 2023-02).
- ``day_only``: a day without a month, with วันที่ before it and a tense cue right after it:
  "วันที่ 26-27 นี้", "เมื่อวันที่ 3 ที่ผ่านมา" (a day of the article's month, or of the next with
  นี้ / the last with ที่ผ่านมา; span the day numbers). "ในวันที่ 7" alone is no date.
- ``day_list``: the earlier days of "15 และ 18 มิถุนายน 2561", "5, 6 และ 7 ม.ค." (one fact a day,
  the span the day number alone; the last day keeps the month and year).
- ``numeric``: "28/06/61", "16/05/2559", "2020-06-12", "2020/06/12"; month/day order when the
  middle number cannot be a month ("9/28/2004"); a two-digit year below 40 is CE with slashes
  ("30/06/18" = 2018) and no year with dashes ("15-12-10" is a score).
- ``relative``: วันนี้, เมื่อวานนี้, พรุ่งนี้, ปีนี้, สัปดาห์หน้า, ปลายปีนี้, สุดสัปดาห์นี้ (its Saturday
  and Sunday), "ตั้งแต่ต้นปี" (this year), "เมื่อสัปดาห์ที่ผ่านมา" (only after เมื่อ) …;
  ``relative_count``: "3 วันที่แล้ว", "2 ปีก่อน"; ``relative_weekday``: "วันศุกร์นี้",
  "วันอังคารที่ผ่านมา". A number or ทุก/หลาย before the word makes it a duration
  ("3 ปีที่ผ่านมา", "ทุกวันนี้"), which is not a date. A counted range ("3-4 ปีที่แล้ว",
  "2-3 วันก่อน") is not a date either: "some years ago" names no year (ThaiNER leaves it
  untagged too), and half of it ("4 ปีที่แล้ว") would be a wrong one.
- ``relative+explicit``: "วันนี้ (12 มิถุนายน 2563)" is ONE fact spanning the whole expression, with
  the explicit date's value and ``relative`` False (the date is written, nothing is resolved). The
  written date is what a reader checks; two facts for one day would double-count it. ThaiNER tags
  the two parts separately (see ``bench/thainer_score.py``). A weekday works the same way:
  "วันจันทร์ (9 มี.ค.)" gets ``weekday`` and ``weekday_matches``.

Durations ("3 วัน", "6 เดือน", "1 ปี", "ภายใน 2-3 วันนี้") are not dates, nor is a day or month
of every year ("ในวันที่ 1 พฤษภาคมของทุกปี": ``recurring_after`` in ``dates/words.tsv``), a
standard number ("มอก. 2432-2555") or a case number ("อ.1234/2566"). A weekday after เมื่อ
("เมื่อวันเสาร์") is the last such day (``relative_weekday``); in brackets a weekday may lack
its วัน ("(ศุกร์ 3 พ.ย.)"). Scraped text that drops an abbreviation's dots and the space after
it ("28 มคว่า", "7มคที่ผ่านมา") is read with a day before it when no dictionary word longer
than the abbreviation starts there ("5 พยาบาล") and a dictionary word follows.

``part`` records ต้น/กลาง/ปลาย/สิ้น (and ช่วง…) before a month, a year or a relative word as
"early"/"mid"/"late"/"end": "สิ้นปี 2566" is the year 2566 (span "2566", as ปี stays outside a
bare year) with part "end"; "กลางปีนี้" (span with the modifier, as for every relative word) is
this year with part "mid"; "ต้นเดือนมีนาคม" is March with part "early". The value stays the
whole year or month: the text does not say which days "late" covers.

Spans
-----
A span covers the date as written: a weekday prefix ("วันพฤหัสบดีที่ 27 …"), era markers
(พ.ศ./ค.ศ.) and the year, and ต้น/ปลาย… of a relative word ("ปลายปีนี้"). Outside it: a bare วันที่
before a day, เดือน (and ต้นเดือน …) before a month name, เมื่อ, ปี before a bare year, trailing
นี้ / ที่ผ่านมา; ThaiNER draws the same lines, except that it leaves the weekday out. A range is
one span.

Values
------
``value`` (and ``end_value`` for ranges) is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` after the
granularity; relative weeks are ``granularity`` "week" with Monday as ``value`` and Sunday as
``end_value``. Impossible dates ("31 มิถุนายน", "30 ก.พ.", a range that ends before it starts)
keep the numbers as written in ``value`` and have ``valid`` False. ``era`` is the era of the year
as written ("BE" for 2563 and for 63, "CE" for 2025 and ค.ศ. 2020), None when no year was written;
a marker that contradicts its number ("ค.ศ. 2563") gives way to the number (see
:mod:`thaiextract.era`).

The article's date
------------------
The document-date stage (:mod:`thaiextract.document_date`) finds it before any extractor runs
(option, HTML metadata, header, lead); the extractor only reads ``doc.document_date``. Then:

- relative words resolve against it (value None when there is none);
- a date without a year takes the article's year, or the year before or after: with a past cue
  (เมื่อ…, …ที่ผ่านมา, …ที่แล้ว) the latest such date not after the article; with a future cue
  (…นี้, …ที่จะถึง) the first not before it; with neither, the nearest. An article of 5 January 2567
  that says "เมื่อวันที่ 28 ธ.ค. ที่ผ่านมา" means 2023-12-28. Such facts have ``year_inferred``.
- with no article date but a past day the lead reports ("เมื่อวันที่ 3 มีนาคม 2567 ที่ผ่านมา …",
  :func:`thaiextract.document_date.reported_day`), that day gives years only: a year-less date
  infers its year from it as above, a relative year (ปีนี้) is its year; relative days, weeks and
  months ("ล่าสุดวันนี้", "เมื่อวันเสาร์") and a bare "วันที่ 1 ที่ผ่านมา" stay without a value,
  as the article was written some days after it;
- with no article date and no reported day, a date without a year borrows one from the text
  (:mod:`.borrow`): from an event year right before it ("ชิงชนะเลิศแห่งเอเซีย 2009 ระหว่างวันที่
  9-16 พ.ค.นี้"), or from the written dates and event years around it when the two nearest
  agree, or when all of the article's agree; a relative year (ปีนี้) the same way; relative
  days and weeks stay without a value.

Times ("เวลา 10.30 น.", "14.00-16.00 น.") are attached to the nearest day-level date in the same
line (within 40 characters, before or after) as ``time`` "10:30" / "14:00-16:00".

dateparser
----------
Not used by the extractor any more. The calendar arithmetic of relative weeks, months and years
("2 เดือนที่แล้ว", "สัปดาห์หน้า", "ปีที่แล้ว", month-end clipping: 31 March minus one month is 29
February) is plain arithmetic on the standard calendar (:func:`resolve.shift`); a test checks it
against dateparser day by day over two years. dateparser does not find or read Thai calendar
dates either: 1.5 keeps Buddhist years as they are ("6 มิถุนายน 2554" → year 2554), reads "15 มิ.ย.
63" as 2063, returns None for Thai digits, for "วันที่ 15 มิ.ย. 2563" and for "15 มิถุนายน พ.ศ.
2563", and its ``search_dates`` gives no offsets and invents months for bare years. All of that
is done here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import DateFact
from .borrow import borrowed_year, lenders, story_year, year_base
from .find import candidates
from .resolve import resolve, resolve_relative

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping, Sequence

    from ...model import Fact
    from ...pipeline import Prepared
    from .candidate import Candidate


def extract(doc: Prepared, facts: Mapping[str, Sequence[Fact]]) -> list[DateFact]:
    """Every date of the document, resolved against its date (set before extractors run)."""
    out = []
    cands = candidates(doc.text)
    day = doc.document_date
    reported = None
    if day is None:
        # here: that module imports this package
        from ...document_date import reported_day

        reported = reported_day(doc.text, [(s.nstart, s.nend) for s in doc.sentences])
    found = lenders(cands, doc.text) if day is None and reported is None else []
    story = story_year(found)
    for c in cands:
        base = year_base(c, borrowed_year(c, found, doc.text, story)) if found else None
        out.append(DateFact(
            **doc.anchor(c.start, c.end),
            weekday=c.weekday[1] if c.weekday else None,
            time=c.time,
            past_cue=c.past,
            rule=c.rule,
            part=c.part,
            evidence=c.cues(),
            **_values(c, day, reported, base),
        ))
    return out


def _values(
    c: Candidate, day: dt.date | None, reported: dt.date | None, base: dt.date | None,
) -> dict[str, object]:
    """The values of ``c`` from the article's date ``day``; without one, from the day the lead
    reports or the year ``base`` stands for. A reported day is past when the article is
    written ("เมื่อวันที่ 3 มีนาคม 2567 ที่ผ่านมา … ล่าสุดวันนี้"), some days before it: it gives
    years (to "20 ก.พ. ที่ผ่านมา", ปีนี้), never a day, a week or a month, so วันนี้,
    เมื่อวันเสาร์ and "วันที่ 1 ที่ผ่านมา" stay without a value."""
    if day is None and reported is not None:
        if c.first is None:
            base = reported if c.rel is not None and c.rel[0] == "year" else None
        elif c.rule != "day_only":
            return resolve(c, reported)  # the tense cues count: the reported day is near "now"
    if c.first is None:
        values = resolve_relative(c, day or base)
        if base is not None and day is None:
            values["year_inferred"] = True
        return values
    return resolve(c, day, base)
