"""Normalising: one row per change, each asserting the normalised text and the map back to the original."""

from __future__ import annotations

import pytest

import unionnews
from unionnews.normalize import normalize
from unionnews.script import is_traditional, other_script, simplified_view

CASES = [
    ("crlf", "甲\r\n乙", "甲\n乙"),
    ("cr", "甲\r乙", "甲\n乙"),
    ("form-feed", "甲\f乙", "甲\n乙"),
    ("line-separator", "甲\u2028乙", "甲\n乙"),
    ("nbsp", "甲\u00a0乙", "甲 乙"),
    ("ideographic-space", "\u3000\u3000甲", "  甲"),
    ("zero-width", "甲\u200b乙\u200d丙\ufeff", "甲乙丙"),
    ("soft-hyphen", "ab\u00adc", "abc"),
    # a joiner inside a word of a script shaped by it is part of its spelling (Persian, Uyghur, Mongolian)
    ("joiner-in-arabic-script-stays", "فدراسیون\u200cکارگران 甲\u200c乙", "فدراسیون\u200cکارگران 甲乙"),
    ("joiner-in-mongolian-stays", "ᠮᠣᠩ\u200dᠭᠣᠯ a\u200db", "ᠮᠣᠩ\u200dᠭᠣᠯ ab"),
    ("full-width-digits", "２０２４年１２月２日", "2024年12月2日"),
    ("full-width-letters", "ＡＢＣｘｙｚ", "ABCxyz"),
    ("chinese-punctuation-stays", "“三个一批”，（一）：；！？", "“三个一批”，（一）：；！？"),
    ("nothing-to-do", "市总工会召开会议。", "市总工会召开会议。"),
    ("html-tags-dropped", '<p style="text-indent:2em">甲<strong>乙</strong><br/>丙</p>', "甲乙丙"),
    ("html-space-entities-one-space", "&nbsp;&nbsp;甲&emsp;乙&#12288;丙&NBSP", "  甲 乙 丙 "),
    ("unknown-angle-brackets-and-other-entities-stay", "<十四五>规划&amp;<5>", "<十四五>规划&amp;<5>"),
    (
        "html-paragraphs-on-one-line-end-lines",
        "<p>甲。</p><div class=x>乙。</div><hr/>丙。</p>\n",
        "甲。\n乙。\n丙。\n",
    ),
    ("html-paragraph-per-line-gets-no-extra-lines", "<p>甲。</p>\n<p> 乙。&nbsp;</p>\n", "甲。\n 乙。 \n"),
    ("html-run-of-breaks-is-a-blank-line", "甲。<br><br/> 乙。<br>丙。<br><br>\n", "甲。\n\n 乙。丙。\n"),
]


@pytest.mark.parametrize(("original", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_normalize(original: str, expected: str) -> None:
    norm = normalize(original)
    assert norm.text == expected
    b = unionnews.Bulletin(text=norm.text, offsets=norm.runs)
    for i, ch in enumerate(norm.text):
        src = original[b.original_offset(i)]
        assert src == ch or ch in " \n" or ord(src) - 0xFEE0 == ord(ch)


def test_original_span_of_a_record_after_normalising() -> None:
    original = "\ufeff１２月２日，\u3000市总工会召开会议。\r\n"
    b = unionnews.parse(original)
    para = b.articles[0].paragraphs[0]
    where = b.original_span(para.span)
    assert original[where.start : where.end] == "１２月２日，\u3000市总工会召开会议。"


SCRIPT = [
    ("traditional", "臺北市產業總工會舉辦勞動節大會", True, "台北市产业总工会举办劳动节大会"),
    ("simplified", "台北市产业总工会举办劳动节大会", False, None),
    ("one-marker-is-not-enough", "重庆市总工会会议（會）", False, None),
    # one short Traditional sentence: 門 別 區 勞 務 數 are all markers
    ("short-macao-sentence", "澳門特別行政區政府勞工事務局公布數據。", True, "澳门特别行政区政府劳工事务局公布数据。"),
    ("short-hong-kong-headline", "勞工處公布最新失業率", True, None),
    ("short-taiwan-headline", "本會辦理會員健康檢查", True, None),
]


@pytest.mark.parametrize(("text", "traditional", "view"), [c[1:] for c in SCRIPT], ids=[c[0] for c in SCRIPT])
def test_script(text: str, traditional: bool, view: str | None) -> None:
    assert is_traditional(text) is traditional
    if view is not None:
        out = simplified_view(text)
        assert out == view
        assert len(out) == len(text)


def test_traditional_bulletin_keeps_characters_as_written() -> None:
    b = unionnews.parse("會務動態\n■5月3日，本會召開第十屆第二次理事會議。\n■5月6日，本會與市勞動局合辦講習。\n")
    assert b.metadata.script == "traditional"
    assert [a.column for a in b.articles] == ["會務動態", "會務動態"]
    assert b.articles[0].paragraphs[0].text == "5月3日，本會召開第十屆第二次理事會議。"


OTHER_SCRIPT = [
    ("uyghur", "ئۈرۈمچى ئىشچىلار ئۇيۇشمىسى", True),
    ("mongolian", "ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠠᠵᠢᠯᠴᠢᠳ", True),
    ("tibetan-vowel-signs-count-as-letters", "བོད་ལྗོངས་ལས་བཟོ་ཚོགས་པ།", True),
    ("korean", "연변공회", True),
    ("english", "TRADE UNION BULLETIN", True),
    ("english-issue-line", "Trade Union Bulletin No. 4", True),
    ("one-han-character-makes-it-chinese", "FTU 工聯會", False),
    ("chinese", "乌鲁木齐工会", False),
    ("a-number-with-few-letters", "No. 4", False),
    ("a-phone-number", "Tel: 0991-2345678", False),
    ("a-page-number", "- 3 -", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in OTHER_SCRIPT], ids=[c[0] for c in OTHER_SCRIPT])
def test_other_script(text: str, expected: bool) -> None:
    """Lines wholly in another script: a name's or headline's form beside the Chinese one. opencc keeps them as
    they are."""
    assert other_script(text) is expected
    assert simplified_view(text) == text.replace("工聯會", "工联会")


def test_bulletin_in_several_scripts_loses_nothing() -> None:
    text = (
        "延边工会\n연변공회\nᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ\nབོད་ལྗོངས།\nفدراسیون\u200cکارگران\n第7期\n\n州總工會舉辦運動會\nYanbian holds games\n\n"
        "7月10日，州總工會舉辦職工運動會。\n"
    )
    b = unionnews.parse(text)
    assert b.metadata.script == "traditional"
    assert (
        "".join(f.text for f in b.masthead if f.field == "title")
        == "延边工会연변공회ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯབོད་ལྗོངས།فدراسیون\u200cکارگران"
    )
    assert b.articles[0].subtitle is not None and b.articles[0].subtitle.text == "Yanbian holds games"
