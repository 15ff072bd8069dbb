"""Reading: a path, bytes or str in; decoded text, the encoding found and the file's sha256 out.

The encoding is decided in this order, and the first rule that applies wins:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. NUL bytes without a BOM → not text;
3. strict UTF-8;
4. strict GB18030 and strict Big5; when both decode, the one whose text has more common Chinese
   characters (Big5 read as GB18030, and the reverse, gives rare characters);
5. otherwise → not text.

A decoded text with a large share of control characters is not text either. Every failure raises
:class:`~unionnews.errors.NotTextError` naming the file and the reason. Detection can be replaced by passing
``encoding=`` explicitly.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from unionnews.errors import NotTextError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Frequent characters of Chinese news text, in both scripts. Only used to tell GB18030 from Big5: the wrong
# guess decodes to rare characters, so the count of these separates the two.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业"
    "本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利"
    "比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
    "总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干"
    "做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共"
    "权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张"
    "信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验"
    "连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写"
    "存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙"
    "們這個國會發動產說時對過來開關還進從後經學業長為與區縣屆獎參賽員於組織團體務幹當選舉職歷屬實際導議題"
)
_COMMON_RE = re.compile("[" + "".join(sorted(_COMMON)) + "]")  # counts them in C
_CONTROL = re.compile("[\x01-\x08\x0e-\x1f]")  # control characters text files never contain
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x20)])
# Encodings in which a byte below 0x80 only ever stands for that ASCII character (never inside a multi-byte
# one): a file in them with none of _CONTROL_BYTES has no control character, which one bytes.translate tells.
_ASCII_SAFE = frozenset(("utf-8", "utf-8-sig", "gb18030", "big5"))


@dataclass(frozen=True)
class Decoded:
    """The decoded text of one input and what is known of where it came from."""

    text: str
    encoding: str
    sha256: str
    path: str | None = None


def read(
    source: str | bytes | os.PathLike[str],
    *,
    encoding: str | None = None,
    allow_empty: bool = False,
    name: str | None = None,
) -> Decoded:
    """Decode a bulletin from a path, bytes or an already decoded ``str``.

    A ``str`` is taken as the text itself, not as a path: pass a :class:`pathlib.Path` to read a file.
    """
    path: str | None = None
    if isinstance(source, str):
        label = name or "<text>"
        text = source
        enc = "str"
        raw = text.encode("utf-8", "surrogatepass")
        digest = hashlib.sha256(raw).hexdigest()
        _check_text(text, label, allow_empty, raw)
        return Decoded(text=text, encoding=enc, sha256=digest, path=None)
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name or "<bytes>"
    else:
        path = os.fspath(source)
        label = name or path
        try:
            data = Path(path).read_bytes()
        except IsADirectoryError:
            raise NotTextError(label, "is a directory") from None
        except FileNotFoundError:
            raise NotTextError(label, "no such file") from None
        except OSError as exc:
            raise NotTextError(label, f"cannot be read ({exc.strerror or exc})") from None
    digest = hashlib.sha256(data).hexdigest()
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise NotTextError(label, f"cannot be decoded as {encoding} ({exc})") from None
        enc = encoding
    else:
        text, enc = _detect(data, label)
    _check_text(text, label, allow_empty, data if encoding is None and enc in _ASCII_SAFE else None)
    return Decoded(text=text, encoding=enc, sha256=digest, path=path)


def _detect(data: bytes, label: str) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc.removesuffix("-sig")), enc
            except UnicodeDecodeError as exc:
                raise NotTextError(
                    label, f"starts with a {enc} byte-order mark but is not {enc} ({exc.reason})"
                ) from None
    if b"\x00" in data:
        raise NotTextError(label, "contains NUL bytes (binary data, or UTF-16 without a byte-order mark)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded: list[tuple[str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            decoded.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise NotTextError(label, "undecodable: not UTF-8, UTF-16, GB18030/GBK or Big5")
    if len(decoded) == 1:  # only one decodes: nothing to weigh
        return decoded[0]
    # both decode: the one with more common characters, GB18030 on a tie
    counts = [len(_COMMON_RE.findall(text)) for text, _ in decoded]
    return decoded[0] if counts[0] >= counts[1] else decoded[1]


def _check_text(text: str, label: str, allow_empty: bool, raw: bytes | None = None) -> None:
    """``raw``: the text in one of the _ASCII_SAFE encodings, when at hand (a cheaper control-character test)."""
    if not allow_empty and (not text or text.isspace()):
        raise NotTextError(label, "empty")
    if "\x00" in text:
        raise NotTextError(label, "contains NUL characters")
    if not text or (raw is not None and len(raw.translate(None, _CONTROL_BYTES)) == len(raw)):
        return
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise NotTextError(label, "binary data: too many control characters")
