"""Cleaning what people type or paste before it is stored."""

import pytest

from facilitator.core.domain.text import (
    clean_field,
    clean_note_text,
    clean_text,
    cleaning_message,
)


@pytest.mark.parametrize("bad", ["\x00", "\x1b", "\ufffe", "\uffff", "\ud800", "\udfff"])  # noqa: PT014 - two different lone surrogates
def test_forbidden_character_is_removed_and_counted(bad):
    result = clean_text(f"a{bad}b")
    assert result.text == "ab"
    assert result.removed == 1
    assert result.changed


@pytest.mark.parametrize("pasted", ["\x0b", "\x0c"])
def test_vertical_tab_and_form_feed_become_newline(pasted):
    result = clean_text(f"line one{pasted}line two")
    assert result.text == "line one\nline two"
    assert result.removed == 1


def test_several_bad_characters_are_all_counted():
    result = clean_text("\x00a\x0bb\x1bc\ud83d")
    assert result.text == "a\nbc"
    assert result.removed == 4


@pytest.mark.parametrize("kept", ["\t", "\n", "\r", "\x7f"])
def test_tab_newline_carriage_return_and_delete_are_kept(kept):
    result = clean_text(f"a{kept}b")
    assert result.text == f"a{kept}b"
    assert result.removed == 0


@pytest.mark.parametrize("text", [
    "We need more 🚌 buses 👩🏽‍🦽 and 🇬🇧 flags",
    "مرحبا بالعالم، نحتاج إلى حافلات",
    "שלום, אנחנו צריכים עוד אוטובוסים",
    "mixed English and العربية in one line",
    "cafe\u0301 and n\u0303 and a\u030a",
    "漢字とかな",
])
def test_unusual_but_valid_text_round_trips_exactly(text):
    result = clean_text(text)
    assert result.text == text
    assert result.removed == 0
    assert not result.changed


def test_combining_characters_are_not_normalised():
    assert clean_text("e\u0301").text == "e\u0301"  # not folded into "é" (U+00E9)
    assert clean_text("\u00e9").text == "\u00e9"


@pytest.mark.parametrize("blank", ["", " ", "   \n\t  ", "\x0b\x0c", "\x00 \x1b"])
def test_whitespace_only_note_becomes_empty(blank):
    assert clean_note_text(blank).text == ""


def test_note_is_trimmed_outside_but_kept_inside():
    result = clean_note_text("  first line\n\n  second  line \n")
    assert result.text == "first line\n\n  second  line"
    assert result.removed == 0


def test_field_loses_line_breaks_and_extra_spaces():
    assert clean_field("  Table\n 3\x0b\tnorth  ") == "Table 3 north"
    assert clean_field(None) == ""
    assert clean_field("   ") == ""


def test_cleaning_message_uses_singular_and_plural():
    assert cleaning_message(1).startswith("1 character ")
    assert cleaning_message(3).startswith("3 characters ")
