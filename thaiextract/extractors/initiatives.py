"""Placeholder: filled in by the initiatives issue."""

from __future__ import annotations


def extract(doc, facts):  # noqa: ANN001, ANN201
    return []
