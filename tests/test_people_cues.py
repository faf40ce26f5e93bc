"""Untitled names beside crime, sports, family and entertainment roles, and a descriptor glued
between the role and the name ("กองหน้าดาวรุ่ง", "นักแสดงหนุ่มชาวเกาหลี")."""

from __future__ import annotations

import pytest

from thaiextract.pipeline import extract

# (sentence, name, position)
CUED = [
    ("ตำรวจตามจับ มือปืน สมศักดิ์ แก้วกล้า ได้ที่บ้านพัก", "สมศักดิ์ แก้วกล้า", None),
    ("นักเขียน ปราบดา หยุ่น เปิดตัวหนังสือเล่มใหม่", "ปราบดา หยุ่น", "นักเขียน"),
    ("ดารา ณเดชน์ คูกิมิยะ ร่วมงานเปิดตัวภาพยนตร์", "ณเดชน์ คูกิมิยะ", None),
    ("กองหน้าดาวรุ่ง สุภโชค สารชาติ ยิงประตูชัย", "สุภโชค สารชาติ", None),
]


@pytest.mark.parametrize(("sentence", "name", "position"), CUED,
                         ids=["gunman", "writer", "star", "descriptor-after-role"])
def test_an_untitled_name_beside_a_role(sentence: str, name: str, position: str | None) -> None:
    (person,) = extract(sentence, only="people").people
    assert (person.name, person.title, person.position, person.rule) == (
        name, None, position, "role-cue")
    assert sentence[person.start : person.end] == person.text == name

