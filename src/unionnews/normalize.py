"""Normalising: one text to match on, and a map from each of its characters back to the decoded file.

What changes: CRLF and CR line endings → LF; form feeds and Unicode line separators → LF; non-breaking,
ideographic and other spaces → a plain space; zero-width characters and stray BOMs are dropped (not a joiner
inside a word of Arabic, Mongolian, Tibetan or Indic script, which is part of its spelling); full-width
ASCII letters and digits → half-width. Chinese punctuation is kept as written. Text copied from a web page
keeps its HTML: known tags (<p>, <br/>, <strong>, <span style=…>) are dropped, and a space entity (&nbsp;,
&emsp;, &#12288;) becomes one space (its other characters dropped). Nothing is ever inserted, so each
normalised character has exactly one original offset.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Characters removed: zero-width ones, and the CR of a CRLF pair. Everything else changes one for one. A zero-width
# (non-)joiner after a letter of a script that shapes its letters by them (the Arabic script of Uyghur, Kazakh and
# Persian, Mongolian, Tibetan, the Indic scripts) is part of the word and stays; elsewhere it is copy debris.
_JOINING = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\u0f00-\u0fff\u1800-\u18af\ufb50-\ufdff\ufe70-\ufefe"
_DELETE = re.compile(rf"\r(?=\n)|[\u200b\u2060\ufeff\u00ad]+|(?<![{_JOINING}])[\u200c\u200d]+")
# The specification of the one-for-one changes; _translate applies them (tests check they agree).
_ONE_FOR_ONE = str.maketrans(
    {
        **dict.fromkeys(map(ord, "\r\f\v\u2028\u2029\u0085"), "\n"),  # other line breaks
        **dict.fromkeys(map(ord, "\u00a0\u1680\u202f\u205f\u3000"), " "),  # spaces
        **{cp: " " for cp in range(0x2000, 0x200B)},
        **{cp: chr(cp - 0xFEE0) for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))},
    }
)
# str.translate with a dict table looks every character up in Python (about 0.1 s per MB). Instead one C-level
# search finds the first character to change, str.replace changes all of its kind at once, and the search
# goes on from there: a text is scanned once, plus one fast replace per distinct character that occurs.
_REPLACEMENT = {chr(cp): repl for cp, repl in _ONE_FOR_ONE.items()}
_CHANGED = re.compile("[" + re.escape("".join(sorted(_REPLACEMENT))) + "]")
# Characters _DELETE can match: when none occurs (the usual case) the text is kept whole.
_DELETABLE = ("\r", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
# HTML left in a web copy: only tags a page's article text is written in (an unknown <…> may be text), and the
# space entities; a space entity keeps its first character, as a space. Tried when the text holds "<" or "&".
# A page saved with its paragraphs on one line (<p>…</p><p>…</p>) ends a line where a block ends: a block tag
# (<p>, </p>, </div>, <hr>, …) or a run of <br>s between text on one line becomes a line break (a run of <br>s
# two: a blank line), kept at the tag's first characters; a single <br> inside a paragraph is dropped.
_BLOCK = r"(?:p|div|h[1-6]|li|tr|section|article|header|footer|blockquote|figure|figcaption|center|table|ul|ol)"
_TAG = (
    r"</?(?:p|br|div|span|strong|b|em|i|u|font|section|a|img|h[1-6]|li|ul|ol|table|tbody|thead|tr|td|th|center"
    r"|sup|sub|small|big|blockquote|article|header|footer|label|figure|figcaption|hr|o:p)\b[^<>\n]{0,500}>"
)
_SPACE_ENTITY = r"&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xa0);?"
_HTML = re.compile(
    rf"(?P<block></{_BLOCK}\s*>|<(?:{_BLOCK}|hr)\b[^<>\n]{{0,500}}>)"
    r"|(?P<breaks><br\b[^<>\n]{0,500}>(?:[ \t]*<br\b[^<>\n]{0,500}>)+)"
    rf"|{_TAG}|(?P<space>{_SPACE_ENTITY})",
    re.IGNORECASE,
)
_DELETE_HTML = re.compile(_DELETE.pattern + "|" + _HTML.pattern, re.IGNORECASE)
# Nothing but spaces, tags and space entities up to the end of the line: a block tag there ends no line.
_LINE_END = re.compile(rf"(?:[ \t\r]+|{_TAG}|{_SPACE_ENTITY})*(?:\n|\Z)", re.IGNORECASE)


def _translate(text: str) -> str:
    """``text.translate(_ONE_FOR_ONE)``, fast."""
    m = _CHANGED.search(text)
    while m is not None:
        ch = m.group()
        text = text.replace(ch, _REPLACEMENT[ch])  # same length, and no replacement is itself in _CHANGED
        m = _CHANGED.search(text, m.start())
    return text


@dataclass(frozen=True)
class Normalized:
    """Normalised text and its runs ``(text_start, original_start, length)``."""

    text: str
    runs: list[tuple[int, int, int]]


def normalize(original: str) -> Normalized:
    """Normalise ``original`` and keep the offset map (see module docstring)."""
    html = ("<" in original or "&" in original) and _HTML.search(original) is not None
    if not html and not any(ch in original for ch in _DELETABLE):
        return Normalized(text=_translate(original), runs=[(0, 0, len(original))] if original else [])
    pieces: list[str] = []
    runs: list[tuple[int, int, int]] = []
    pos = 0
    length = 0
    text_on_line = False  # (html) whether the output's current line holds text yet
    for m in (_DELETE_HTML if html else _DELETE).finditer(original):
        if m.start() > pos:
            runs.append((length, pos, m.start() - pos))
            chunk = original[pos : m.start()]
            pieces.append(chunk)
            length += m.start() - pos
            if html:
                nl = chunk.rfind("\n")
                tail = chunk[nl + 1 :]
                text_on_line = (text_on_line and nl < 0) or (tail != "" and not tail.isspace())
        if html:
            if m.group("space"):  # &nbsp; → the space it shows, mapped to its "&"
                runs.append((length, m.start(), 1))
                pieces.append(" ")
                length += 1
            elif (m.group("block") or m.group("breaks")) and text_on_line and not _LINE_END.match(original, m.end()):
                # each break is kept at a tag's "<": a run of <br>s gives two (a blank line), its first two tags
                starts = (m.start(), original.index("<", m.start() + 1)) if m.group("breaks") else (m.start(),)
                for at in starts:
                    runs.append((length, at, 1))
                    pieces.append("\n")
                    length += 1
                text_on_line = False
        pos = m.end()
    if pos < len(original) or not runs:
        runs.append((length, pos, len(original) - pos))
        pieces.append(original[pos:])
    text = "".join(pieces) if len(pieces) != 1 else pieces[0]
    return Normalized(text=_translate(text), runs=[r for r in runs if r[2] > 0])


def compose(runs: list[tuple[int, int, int]], inner: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Map runs of a text derived from the normalised one (``inner``) through the normaliser's ``runs``."""
    if not runs:
        return inner
    if len(runs) == 1 and runs[0][:2] == (0, 0):  # nothing was deleted: the map is the identity
        return list(inner)
    if len(inner) == 1 and inner[0][:2] == (0, 0):  # nothing was reordered: the normaliser's own map
        return list(runs)
    result: list[tuple[int, int, int]] = []
    starts = [r[0] for r in runs]
    for t_start, mid_start, n in inner:
        done = 0
        while done < n:
            at = mid_start + done
            i = max(bisect.bisect_right(starts, at) - 1, 0)
            r_t, r_o, r_n = runs[i]
            take = min(n - done, r_t + r_n - at) if at < r_t + r_n else n - done
            orig = r_o + (at - r_t)
            if result and result[-1][0] + result[-1][2] == t_start + done and result[-1][1] + result[-1][2] == orig:
                prev = result[-1]
                result[-1] = (prev[0], prev[1], prev[2] + take)
            else:
                result.append((t_start + done, orig, take))
            done += take
    return result
