"""Initiatives: named programmes, apps, centres, plans, measures, strategies, years of cooperation.

Two shapes, both compiled once per process from ``initiatives/triggers.tsv``:
- a Thai head (แอป…, ศูนย์…, แผนแม่บท…, มาตรการ…, โครงการ…, ปีแห่ง…) followed by a name that runs to a
  boundary (``meetings/boundaries.tsv``: ซึ่ง, ที่, เพื่อ, โดย, และ, a comma or bracket, the sentence
  end), a Latin name, or a quoted name. Classifier heads (แอป, แพลตฟอร์ม) are dropped from the name:
  "แอปไทยชนะ" is the app "ไทยชนะ". Whether the words after the head name anything is
  :mod:`.initiative_names`' question;
- an English name ending in a head word (… Center, … Masterplan 2025) or "… Year of …"
  (:mod:`.initiative_heads`, with the head lexicon and the candidate type).
``kind`` comes from the head.

The extractor returns one :class:`InitiativeCandidate` per naming, with its head's span. The link
stage (``link/initiatives.py``) decides what the other kinds bear on: a head inside an
organisation's name (ศูนย์… (ศบค.)) is a unit, not a scheme; the namings of one initiative are
merged; the owner and the launch date are read beside them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..corpus import dictionary_words
from ..model import InitiativeFact, OrganizationFact
from .initiative_extend import (
    bound_tail,
    cut_clause,
    first_word,
    goes_on_after_space,
    group_at,
    only_qualifier,
    quoted_whole_end,
    repeated_whole,
    run_on,
    trim_tail,
)
from .initiative_filters import (
    award_category,
    housing_estate,
    venue,
)
from .initiative_heads import InitiativeCandidate, english_candidates, heads
from .initiative_lists import item_title, list_items, numbered_item_end, quoted_in_context
from .initiative_marked import (
    OBSERVANCE_RE,
    QUOTED_RE,
    Head,
    Read,
    described_quoted,
    latin_siblings,
    read_latin,
    read_quoted,
)
from .initiative_names import (
    MAX_CORE,
    YEAR_RE,
    bare,
    descriptive,
    edition_end,
    has_object,
    lead_named,
    linked_length,
    name_words,
    opens_clause,
    opens_with_verb,
    verb_led,
    without_edition,
)
from .initiative_shapes import (
    becoming_end,
    before_owner_bank,
    inner_head,
    inner_heads,
    intake_end,
    negated_action,
    number_name,
    owner_bank_at,
    route_end,
    studied_after,
    target_clause,
)
from .scan import (
    ENG_SEQ,
    MAX_NAME,
    OrgIndex,
    at_word_boundary,
    clean_name,
    literal_finditer,
    scan,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..model import Fact
    from ..pipeline import Prepared

MAX_APP = 30  # app, platform and noun-compound names are short; a longer run is a clause
_LATIN_AFTER_RE = re.compile(rf"\s?({ENG_SEQ})")
_BRACKET_RE = re.compile(rf"\s*\(\s*(?:(?:The|the)\s+)?(?P<seq>{ENG_SEQ})\s*\)")
# An organisation's abbreviation between a head and a Latin name: "แอปพลิเคชัน ธ.ก.ส. A-Mobile".
_ABBREV_RE = re.compile(r"\s(?:[ก-ฮ]{1,4}\.){2,4}\s(?=[A-Z])")
# A project that is a meeting ("โครงการประชุมประชาคม ประจำปีงบประมาณ 2566", events6-034;
# "โครงการประชุมเชิงปฏิบัติการ…", ThaiNER): the gathering is the meeting, no scheme (a course,
# โครงการอบรม…, is one).
_MEETING_LED_RE = re.compile(r"(?:การ)?(?:ประชุม|สัมมนา|เสวนา)")
_NEW_SET_RE = re.compile(r"\s?(?:ชุด|ฉบับ|รอบ)ใหม่$")
_SITE_NUMBER_RE = re.compile(r"\s\d{1,4}(?![\d.,:/])")
_DURATION_RE = re.compile(r"\s?\d{1,3}\s?ปี$")  # a plan's length: "แผนยุทธศาสตร์ 5 ปี"
_OWNED_RE = re.compile(r"\s?ของ")  # "แผนฟื้นฟูกิจการของ รฟท.": an owner's plan


ESTATE_LIST_GAP = 60  # characters from one estate's head to the next one's in a list


def _thai_candidates(doc: Prepared, orgs: OrgIndex) -> list[InitiativeCandidate]:
    lex = heads()
    text = doc.text
    cands = []
    estates_until = -1  # an estate's name keeps a list of project names after it estates too
    for m in literal_finditer(lex.triggers, lex.trigger_auto, text):
        # A head inside a numbered item read whole is read too: the linker keeps it only when
        # the item is no scheme ("1) มาตรการกระตุ้นเศรษฐกิจผ่านโครงการคนละครึ่ง").
        if m.group() not in lex.th:
            continue
        ts, te = m.span()
        # A head inside a dictionary word is no head: แผน in แพทย์แผนไทย, ศูนย์ in จุดศูนย์ถ่วง.
        space = max(text.rfind(" ", 0, ts), text.rfind("\n", 0, ts)) + 1
        # A long head (โครงการ, แผนปฏิบัติการ) is no part of a longer word, though the tokeniser
        # may join it to the word before ("มีแผน|ปฏิบัติการ").
        if te - ts < 7 and not at_word_boundary(text, max(space, ts - 30), ts, te):
            continue
        sentence = doc.sentence_at(ts)
        limit = sentence.nend if sentence else len(text)
        if goes_on_after_space(text, limit) and (after := doc.sentence_at(limit + 1)):
            limit = after.nend  # a space the segmenter took for a sentence end
        head = Head(lex.th[m.group()], ts, te, sentence.nstart if sentence else 0, limit)
        # A contest's prize (รางวัลประกวด…) names the contest; any other head after รางวัล is
        # the award's category.
        if head.row["kind"] == "project" and (
            housing_estate(text, head.sstart, ts)
            or head.sstart <= estates_until - ESTATE_LIST_GAP < ts <= estates_until
        ):
            # "ในโครงการราชพฤกษ์การ์เด้นโฮม จนครราชสีมา และโครงการสวนผลไม้… โครงการพรหมสุข":
            # the estates of one list, in one sentence.
            estates_until = ts + ESTATE_LIST_GAP
            continue
        if head.row["kind"] != "campaign" and award_category(text, head.sstart, ts):
            continue
        if head.row["kind"] == "centre" and venue(text, head.sstart, ts):
            continue  # "ณ ศูนย์การเรียนรู้…": where something is done
        read = _read_thai(doc, head, orgs)
        item = _numbered_item(doc, head, read)
        if item is not None:
            read = item
        if read is not None:
            cand, end = read
            cands.append(cand)
            if cand.rule == "thai-head-latin":
                cands.extend(latin_siblings(doc, cand, end, head.limit))
            for s, e, name in list_items(doc, ts, end, head.sstart, head.limit, _opens_head(text)):
                cands.append(_bare_candidate(doc, s, e, name, cand, "list-shared-head"))
    return cands


def _numbered_item(
    doc: Prepared, h: Head, read: tuple[InitiativeCandidate, int] | None
) -> tuple[InitiativeCandidate, int] | None:
    """The candidate of a numbered list item that the head opens, named to the item's natural
    end (``initiative_lists``), when that runs past the name read after the head; else None.
    A classifier head (แอป…) names what follows it, no title."""
    if h.row["head"] == "drop" or (read is not None and read[0].rule != "thai-head"):
        return None
    end = numbered_item_end(doc.text, h.ts, read[1] if read else h.te)
    if end is None or (read is None and not item_title(doc.text, h.te, end)):
        return None
    name = without_edition(clean_name(doc.text[h.ts : end]))
    return _candidate(doc, h, (end, name, None, "list-numbered"))


def _bare_candidate(
    doc: Prepared, s: int, e: int, name: str, like: InitiativeCandidate | None, rule: str
) -> InitiativeCandidate:
    """A name written without a head: a list item sharing ``like``'s head, or a quoted name."""
    return InitiativeCandidate(
        **doc.anchor(s, e), rule=rule, evidence=like.evidence if like else ('"',), name=name,
        initiative_kind=like.initiative_kind if like else "project",
        mentions=(doc.mention(s, e),),
    )




def _read_thai(
    doc: Prepared, h: Head, orgs: OrgIndex
) -> tuple[InitiativeCandidate, int] | None:
    """The candidate a Thai head opens (a quoted, Latin or Thai name after it) and its end."""
    text, ts, te, limit = doc.text, h.ts, h.te, h.limit
    # The head stays in the name ("แอปพลิเคชันหมอพร้อม", "โครงการคนละครึ่ง"), and so does a
    # space after it ("แผนยุทธศาสตร์ ธปท. ปี 2566-2568"); quotation marks do not.
    head = text[ts:te] + (" " if text.startswith(" ", te) else "")
    quoted = QUOTED_RE.match(text, te, limit)
    abbrev = _ABBREV_RE.match(text, te, limit)  # "แอปพลิเคชัน ธ.ก.ส. A-Mobile"
    latin = _LATIN_AFTER_RE.match(text, abbrev.end() if abbrev else te, limit)
    whole = quoted_whole_end(text, ts, te, limit)
    read: Read | None
    if whole is not None:
        if name_words().generic.match(text, te, whole):
            return None  # “กิจกรรมเนื่องในวัน…”: a quoted description
        # “โครงการมหกรรมผ้าไหม ไหมไทยสู่เส้นทางโลก ปีที่ 10”
        read = whole, without_edition(clean_name(text[ts:whole])), None, "quoted-name"
    elif quoted:
        read = read_quoted(quoted, head)
    elif (described := described_quoted(text, te, limit)) is not None:
        # "มาตรการลดหย่อนภาษี “ช้อปดีมีคืน”": a descriptive head's words, then the quoted name.
        read = read_quoted(described, head + text[te : described.start()].strip() + " ")
    elif h.row["open"] != "noun" and (numbered := number_name(text, te, limit)) is not None:
        # "โครงการ 30 บาทรักษาทุกโรค", "โครงการ 1 อำเภอ 1 ชุมชนท่องเที่ยว": a name opening with
        # a number, which the scan ends at.
        name = without_edition(clean_name(head + text[te:numbered].strip()))
        read = numbered, name, None, "thai-head"
    elif latin:
        read = read_latin(text, h, head, abbrev, latin)
    else:
        thai = _thai_name(text, h, orgs)
        if thai is not None and h.row["head"] != "drop":
            whole = repeated_whole(text, ts, thai[0], _opens_head(text))
            thai = (whole, text[te:whole].strip()) if whole > thai[0] else thai
        read = None if thai is None else (
            thai[0], without_edition(clean_name(head + thai[1])), None, "thai-head"
        )
    return None if read is None else _candidate(doc, h, read)


def _candidate(doc: Prepared, h: Head, read: Read) -> tuple[InitiativeCandidate, int] | None:
    """The candidate of a name read after head ``h``, with an English name in brackets after
    it: "ศูนย์ต่อต้านข่าวปลอม (Anti-Fake News Center)"."""
    text, ts, te = doc.text, h.ts, h.te
    end, name, english, rule = read
    name = clean_name(name)
    if not name or _DURATION_RE.sub("", name) == text[ts:te]:
        # "ขับเคลื่อนแผนงานปี 2567", "ตามแผนยุทธศาสตร์ 5 ปี" (events6-036), "ตามแผนปฏิบัติการ
        # 5 ปี" (gov-007): the head and its edition or length name nothing.
        return None
    mentions = [doc.mention(ts, end)]
    bracket = _BRACKET_RE.match(text, end, h.limit)
    if bracket and english is None:
        english = clean_name(bracket.group("seq"))
        mentions.append(doc.mention(*bracket.span("seq")))
    return InitiativeCandidate(
        **doc.anchor(ts, end), rule=rule, evidence=(text[ts:te],), name=name,
        initiative_kind=h.row["kind"], english_name=english, mentions=tuple(mentions),
        head=(ts, te),
    ), end


def _thai_name(text: str, h: Head, orgs: OrgIndex) -> tuple[int, str] | None:
    """End and words of a Thai name after the head, or None when they name nothing."""
    te, limit = h.te, h.limit
    drop = h.row["head"] == "drop"
    if h.row["open"] == "named":  # กิจกรรม…: only a quoted or Latin name, or a course's intake
        # The segmenter may end a sentence at the space before สำหรับ: the line bounds it.
        line_end = len(text) if (nl := text.find("\n", te)) < 0 else nl
        intake = intake_end(text, h.ts, te, line_end) if h.row["kind"] == "programme" else None
        return None if intake is None else (intake, text[te:intake].strip())
    end, closed = scan(text, te, min(limit, te + MAX_NAME), natural_end=limit)
    if end == te and closed:
        # The scan took the start of a word for a stop ("มา" of นโยบายมารดาประชารัฐ): read on
        # after that word.
        # A name may open with a negated action: "นโยบายไม่ทิ้งใครไว้ข้างหลัง" (leave no one
        # behind); a negated state is a predicate (มาตรการไม่ดี, โครงการไม่มากนัก).
        first = te + 3 if text.startswith("ไม่", te) else first_word(text, te, limit)
        if first > te:
            end, closed = scan(text, first, min(limit, te + MAX_NAME), natural_end=limit)
            if first == te + 3 and not negated_action(text[first:end]):
                return None
    if not closed:
        return None
    numbered = _SITE_NUMBER_RE.match(text, te, limit) if h.row["kind"] == "centre" else None
    if end == te and numbered:  # "ศูนย์การเรียนรู้ 701": a numbered site of a scheme
        return numbered.end(), text[te : numbered.end()].strip()
    if not drop and h.row["kind"] != "centre":  # a centre's name ends at ใน (its location)
        end = becoming_end(text, te, run_on(text, te, end, limit, _opens_head(text)), limit,
                           _opens_head(text))
    lex = heads()
    end = trim_tail(text, te, inner_head(text, te, cut_clause(text, te, end), lex.triggers, lex.th))
    end = bound_tail(text, te, end)
    if not drop:
        end = edition_end(text, te, end, limit, orgs)
    end = before_owner_bank(text, te, end)
    core = text[te:end].strip(" -/")
    # "โครงการศึกษาความเหมาะสม โครงการก่อสร้างทางหลวง…": the study of a project is one scheme,
    # named up to the end of the project studied.
    studied = studied_after(text, core, end, limit)
    if studied:
        if studied.group(1) == "เส้นทาง":  # the route studied: "… เส้นทางรถไฟชุมพร-ระนอง"
            route = route_end(text, studied, limit)
            if route is not None:
                return route, text[te:route].strip()
        else:
            inner = Head(h.row, studied.start(1), studied.end(1), h.sstart, limit)
            read = _thai_name(text, inner, orgs)
            if read is not None:
                return read[0], text[te : read[0]].strip()
    if only_qualifier(core):
        return None  # "โครงการอันเนื่องมาจากพระราชดำริ": a kind of scheme
    served = group_at(core)
    if served and not _names(text, h, orgs, end - len(core) + served, core[:served]):
        return None  # "โครงการวิจัยของนักศึกษา": the group owns a generic project
    if not core or len(without_edition(core)) > (
        MAX_APP if drop or h.row["open"] == "noun" else MAX_CORE
    ):
        return None  # nothing, or a run-on clause rather than a name
    # "มาตรการแผนปฏิบัติงาน", "โครงการโครงการ…": a head right after a head; the inner one
    # is the candidate, if any. An inner head of cues.tsv (โครงการประกวด…, โครงการธนาคาร…)
    # stays in a scheme's name, never in an app's ("แอปพลิเคชันธนาคารกสิกรไทย": the bank's app).
    inner = heads().triggers.match(text, te)
    if inner and inner.group() in heads().th and (inner.group() not in inner_heads() or drop):
        return None
    # "มาตรการป้องกันโรค…และปฏิบัติตามมาตรการ D-M-H-T-T": cut before its own head repeated, the
    # words end in "ตาม" (in accordance with), whose object is that other scheme: a clause.
    # So does a target group whose relative clause the scan cut off (``target_clause``).
    clause = core.endswith("ตาม") and text.startswith(text[h.ts : te], end)
    if clause or target_clause(text, core, end):
        return None
    return (end, core) if _names(text, h, orgs, end, core) else None


def _names(text: str, h: Head, orgs: OrgIndex, end: int, core: str) -> bool:
    """Do the words ``core`` (``text[h.te:end]``) after the head name a scheme, or only say
    whose it is, describe it, or point back to it?"""
    ts, te, limit = h.ts, h.te, h.limit
    words = name_words()
    # "มาตรการบีโอไอ", "นโยบายกระทรวงพาณิชย์": an organisation alone says whose, not which (a
    # year after it does name one: แผนยุทธศาสตร์ ธปท. ปี 2566-2568).
    # A fund named by its owner is that fund (กองทุนอาเซียน).
    owner = orgs.end_at(te + (1 if text.startswith(" ", te) else 0))
    new_set = _NEW_SET_RE.search(text, te, end)  # "มาตรการบีโอไอชุดใหม่": the owner's new set
    if (
        owner is not None and owner >= (new_set.start() if new_set else end)
        and h.row["kind"] != "fund"
    ):
        return False
    # "โครงการธนาคารออมสินเพื่อสังคม": a bank right after the head owns the scheme, whatever
    # follows; a bank scheme keeps something (ธนาคารขยะ) and is no organisation.
    if owner_bank_at(text, te):
        return False
    if h.row["kind"] == "project" and _MEETING_LED_RE.match(core):
        return False
    if h.row["kind"] == "measure" and words.court.search(core):
        return False  # a court's interim measure (มาตรการคุ้มครองชั่วคราว)
    if h.row["kind"] == "campaign" and OBSERVANCE_RE.match(core):
        return False  # "แคมเปญวันวาเลนไทน์", "แคมเปญวันแม่": the occasion a campaign runs on
    if h.row["open"] == "noun":  # ธนาคารขยะ, not ธนาคารออมสิน: what the scheme keeps
        return words.banked.match(core) is not None
    # One word after a fund's head names it (กองทุนหมู่บ้าน); after other heads it is bare.
    if h.row["open"] != "yes" and h.row["kind"] != "fund" and bare(text, te, end, h.row["kind"]):
        return False
    # A year names an edition (ประจำปี 2561), and a phase a scheme run in phases (ระยะที่ 2);
    # a session number (ครั้งที่ 8/2559) does not.
    dated = YEAR_RE.search(words.session.sub(" ", core)) or words.phase.match(text, end, limit)
    undated = without_edition(core)
    if h.row["open"] == "yes" or re.search(r"[A-Za-z]", core) or (dated and undated == core):
        return True
    if dated and descriptive(undated):
        return False  # "แผนปฏิบัติการฉบับใหม่ ค.ศ.2021-2025": a year does not make a name
    if dated:
        return True
    # "ศูนย์เพื่อการพัฒนาเด็กเล็ก": เพื่อ after a centre or fund opens an official name, not a
    # purpose clause (scan kept it for the same reason).
    linked = linked_length(text, ts, te, core)
    rest = words.session.sub("", core[linked:]).strip()
    lead = None if linked else lead_named(core)
    if lead is False or descriptive(rest) or (not linked and words.generic.match(core)):
        return False
    if opens_clause(core):
        return False
    # "นโยบายด้านราคาข้าว": a policy "in the field of" something is the field, not a named
    # policy (named ones carry their own words: นโยบายมุ่งใต้ใหม่, นโยบายไม่ทิ้งใครไว้ข้างหลัง).
    if lead and h.row["kind"] == "policy" and words.lead.match(core).lastgroup == "lead2":
        return False
    if lead:  # "แผนแม่บทด้านการขนส่งและจราจร", "โครงการการลงทะเบียนเพื่อสวัสดิการแห่งรัฐ"
        return True
    # A descriptive head followed by a verb phrase ("มาตรการรับนักท่องเที่ยวจีน",
    # "โครงการค้ำประกันสินเชื่อสำหรับธุรกิจท่องเที่ยว") is how releases name their schemes; it
    # names nothing when the verb takes no object of its own ("มาตรการป้องกันตนเอง") or when it
    # counts works ("… 3 สาย").
    if h.row["open"] == "owned" and verb_led(core) and not _OWNED_RE.match(text, end, limit):
        return False  # "แผนลำเลียงหมูป่า", "แผนควบรวมกิจการ": what someone plans to do
    return not (
        h.row["open"] in ("strict", "owned")
        and ((not linked and words.strict.match(core)) or opens_with_verb(core))
        and (not verb_led(core) or not has_object(text, te, end, limit)
             or _verb_then_head(text, te))
    )


def _verb_then_head(text: str, te: int) -> bool:
    """"แผนการดำเนินโครงการ…", "มาตรการจัดทำแผน…": the verb's object is another scheme, which is
    the initiative (its own candidate); the phrase around it only says what is done with it."""
    tokens = dictionary_words(text[te : te + 30].split(" ", 1)[0])
    inner = heads().triggers.match(text, te + len(tokens[0])) if tokens else None
    return inner is not None and inner.group() in heads().th


def _opens_head(text: str):
    return lambda pos: heads().triggers.match(text, pos) is not None


def extract(doc: Prepared, facts: Mapping[str, Sequence[Fact]]) -> list[InitiativeFact]:
    """Every naming of an initiative, Thai heads first; the link stage merges and decides."""
    orgs = [o for o in facts.get("organizations", ()) if isinstance(o, OrganizationFact)]
    quoted = [
        _bare_candidate(doc, s, e, name, None, "quoted-in-context")
        for s, e, name in quoted_in_context(doc)
    ]
    return [*_thai_candidates(doc, OrgIndex(doc, orgs)), *english_candidates(doc), *quoted]


__all__ = ["InitiativeCandidate", "extract", "heads"]
