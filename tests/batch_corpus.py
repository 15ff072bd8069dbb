"""Bulletins made up for the batch tests: many distinct files from a few templates, and broken files.

The texts are written for these tests in the style of real bulletins (cities, columns, mastheads vary);
each number makes a different file content, so every file has its own sha256.
"""

from __future__ import annotations

from pathlib import Path

CITIES = ("济南", "长沙", "昆明", "兰州", "太原", "合肥", "南宁", "呼和浩特")
COLUMNS = ("工作动态", "基层风采", "职工之家", "劳模风采")


def bulletin(i: int) -> str:
    """Bulletin number ``i``: a masthead, one or two columns, two or three articles."""
    city = CITIES[i % len(CITIES)]
    year = 2015 + i % 10
    month = 1 + i % 12
    text = [
        f"{city}工会工作简报",
        f"{year}年第{i + 1}期",
        f"{city}市总工会办公室编        {year}年{month}月{1 + i % 27}日",
        "",
        COLUMNS[i % len(COLUMNS)],
        "",
        f"{city}市总工会召开第{i % 9 + 1}次职工代表座谈会",
        "",
        f"{month}月{2 + i % 20}日，{city}市总工会召开职工代表座谈会，{30 + i % 50}名一线职工代表参加会议。"
        f"会议听取了职工对{city}市产业工人队伍建设改革的意见建议。",
        "",
        f"{city}市总工会表彰优秀班组",
        "",
        f"会上，{city}市总工会对{10 + i % 7}个优秀班组进行了表彰，{city}市第{i % 5 + 1}建筑工程有限公司工会获得“先进基层工会”称号。",
    ]
    if i % 3 == 0:
        text += [
            "",
            "基层简讯",
            "",
            f"●{month}月{3 + i % 20}日，{city}市教育工会举办青年教师技能竞赛，{40 + i}名教师参赛。",
            f"●近日，{city}市交通运输工会开展“送清凉”活动，慰问一线职工{100 + i}人次。",
        ]
    return "\n".join(text) + "\n"


def write_corpus(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """``n`` bulletins in ``folder`` (nested two deep, in several encodings), sorted by path."""
    paths = []
    for i in range(start, start + n):
        sub = folder / f"{2015 + i % 10}" / f"{1 + i % 12:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"bulletin-{i:05d}.txt"
        encoding = ("utf-8", "gb18030", "utf-16")[i % 3]
        path.write_bytes(bulletin(i).encode(encoding))
        paths.append(path)
    return sorted(paths)


def write_bad_files(folder: Path) -> dict[str, str]:
    """One file for each way an input can be broken → the ``kind`` its error must have."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(" \n\u3000\n".encode())
    # lead bytes with no valid trail byte: not UTF-8, not GB18030/GBK, not Big5
    (folder / "bad-gbk.txt").write_bytes("职工".encode("gbk") + b"\x81\x20\xfe\x7f\x80" * 20)
    (folder / "huge-line.txt").write_bytes(("职工之家" * 40_000).encode("utf-8"))
    return {
        "binary.txt": "not_text",
        "empty.txt": "not_text",
        "blank.txt": "not_text",
        "bad-gbk.txt": "not_text",
        "huge-line.txt": "too_large",
    }
