"""Normalising: one text to match on, and a map from each of its characters back to the decoded file.

What changes: CRLF and CR line endings → LF; form feeds and Unicode line separators → LF; non-breaking,
ideographic and other spaces → a plain space; zero-width characters and stray BOMs are dropped; full-width
ASCII letters and digits → half-width. Chinese punctuation is kept as written. Nothing is ever inserted, so
each normalised character has exactly one original offset.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# One alternation of everything that needs a change; text between matches is copied as one run.
_CHANGE = regex.compile(
    r"\r\n?"  # line endings
    r"|[\f\v\u2028\u2029\u0085]"  # other line breaks
    r"|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # spaces
    r"|[\u200b-\u200d\u2060\ufeff\u00ad]"  # zero-width and soft hyphen: dropped
    r"|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"  # full-width digits and letters
)
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_BREAKS = frozenset("\f\v\u2028\u2029\u0085")


@dataclass(frozen=True)
class Normalized:
    """Normalised text and its runs ``(text_start, original_start, length)``."""

    text: str
    runs: list[tuple[int, int, int]]


def normalize(original: str) -> Normalized:
    """Normalise ``original`` and keep the offset map (see module docstring)."""
    out: list[str] = []
    runs: list[tuple[int, int, int]] = []
    pos = 0  # in original
    length = 0  # of output so far

    def copy(orig_start: int, piece: str) -> None:
        nonlocal length
        if not piece:
            return
        if runs:
            t0, o0, n0 = runs[-1]
            if t0 + n0 == length and o0 + n0 == orig_start:
                runs[-1] = (t0, o0, n0 + len(piece))
                out.append(piece)
                length += len(piece)
                return
        runs.append((length, orig_start, len(piece)))
        out.append(piece)
        length += len(piece)

    for m in _CHANGE.finditer(original):
        start = m.start()
        copy(pos, original[pos:start])
        ch = m.group()
        if ch[0] == "\r" or ch in _BREAKS:
            copy(start, "\n")
        elif ch in _DROP:
            pass
        elif "\uff10" <= ch <= "\uff5a":
            copy(start, chr(ord(ch) - 0xFEE0))
        else:
            copy(start, " ")
        pos = m.end()
    copy(pos, original[pos:])
    return Normalized(text="".join(out), runs=runs)


def compose(runs: list[tuple[int, int, int]], inner: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Map runs of a text derived from the normalised one (``inner``) through the normaliser's ``runs``."""
    if not runs:
        return inner
    result: list[tuple[int, int, int]] = []
    starts = [r[0] for r in runs]
    import bisect

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
