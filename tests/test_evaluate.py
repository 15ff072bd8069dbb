"""Evaluation: the scorer follows gold-format.md, one row per matching rule; gold errors; the `eval` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from unionnews.cli import main
from unionnews.errors import GoldFormatError
from unionnews.evaluation import (
    below_floors,
    evaluate,
    floors_of,
    load_gold,
    parse_gold,
    read_floors,
    score_document,
    write_floors,
)
from unionnews.evaluation.system import SysArticle, SysAward, SysCount, SysDate, SysOrganization, SystemView

DATA = Path(__file__).resolve().parent / "data" / "gold"


def _gold(**fields: Any) -> dict[str, Any]:
    return {"id": "doc", "reference_date": "2023-06-20", **fields}


def _tally(field: str, gold: dict[str, Any], system: SystemView, maximum: bool = False) -> tuple[int, int, int]:
    prf = score_document(parse_gold(gold), system, maximum=maximum).fields[field]
    return prf.tp, prf.fp, prf.fn


D, Org, C, A = SysDate, SysOrganization, SysCount, SysAward

# (id, field, gold entries, system view, (tp, fp, fn))
MATCHING: list[tuple[str, str, list[dict[str, Any]], SystemView, tuple[int, int, int]]] = [
    # -- dates: same edtf, one text contains the other; no value → not scored ------------------------------
    (
        "date-same",
        "dates",
        [{"text": "6月8日", "edtf": "2023-06-08"}],
        SystemView(dates=(D("6月8日", "2023-06-08"),)),
        (1, 0, 0),
    ),
    (
        "date-system-longer",
        "dates",
        [{"text": "6月8日", "edtf": "2023-06-08"}],
        SystemView(dates=(D("6月8日上午", "2023-06-08"),)),
        (1, 0, 0),
    ),
    (
        "date-gold-longer",
        "dates",
        [{"text": "2023年6月8日", "edtf": "2023-06-08"}],
        SystemView(dates=(D("6月8日", "2023-06-08"),)),
        (1, 0, 0),
    ),
    (
        "date-other-value",
        "dates",
        [{"text": "6月8日", "edtf": "2023-06-08"}],
        SystemView(dates=(D("6月8日", "2022-06-08"),)),
        (0, 1, 1),
    ),
    (
        "date-disjoint-text",
        "dates",
        [{"text": "6月8日", "edtf": "2023-06-08"}],
        SystemView(dates=(D("8日", "2023-06-08"), D("本月8日", "2023-06-08"))),
        (1, 1, 0),
    ),
    (
        "date-system-null-not-scored",
        "dates",
        [{"text": "近日", "edtf": None}],
        SystemView(dates=(D("近日", None),)),
        (0, 0, 0),
    ),
    (
        "date-one-to-one",
        "dates",
        [{"text": "2019年", "edtf": "2019"}],
        SystemView(dates=(D("2019年", "2019"), D("2019年", "2019"))),
        (1, 1, 0),
    ),
    (
        "date-nfkc-fullwidth",
        "dates",
        [{"text": "12月3日", "edtf": "2016-12-03"}],
        SystemView(dates=(D("１２月３日", "2016-12-03"),)),
        (1, 0, 0),
    ),
    (
        "date-optional-found",
        "dates",
        [{"text": "今年", "edtf": "2019", "optional": True}],
        SystemView(dates=(D("今年", "2019"),)),
        (0, 0, 0),
    ),
    ("date-optional-missed", "dates", [{"text": "今年", "edtf": "2019", "optional": True}], SystemView(), (0, 0, 0)),
    # -- organizations: text or canonical name equals the gold text or an alt; system deduplicated by text --
    (
        "org-text",
        "organizations",
        [{"text": "安宁区总工会"}],
        SystemView(organizations=(Org("安宁区总工会", "安宁区总工会"),)),
        (1, 0, 0),
    ),
    (
        "org-alt",
        "organizations",
        [{"text": "市企业联合会(企业家协会)", "alt": ["市企业联合会"]}],
        SystemView(organizations=(Org("市企业联合会"),)),
        (1, 0, 0),
    ),
    (
        "org-canonical-name",
        "organizations",
        [{"text": "兰州市总工会"}],
        SystemView(organizations=(Org("市总工会", "兰州市总工会"),)),
        (1, 0, 0),
    ),
    (
        "org-part-is-no-match",
        "organizations",
        [{"text": "国网甘肃省电力公司兰州供电公司"}],
        SystemView(organizations=(Org("兰州供电公司"),)),
        (0, 1, 1),
    ),
    (
        "org-dedup-by-text",
        "organizations",
        [{"text": "红古区总工会"}],
        SystemView(organizations=(Org("红古区总工会"), Org("红古区总工会"))),
        (1, 0, 0),
    ),
    (
        "org-whitespace",
        "organizations",
        [{"text": "五华区总工会"}],
        SystemView(organizations=(Org("五华区\n总工会"),)),
        (1, 0, 0),
    ),
    (
        "org-nfkc-brackets",
        "organizations",
        [{"text": "市企业联合会(企业家协会)"}],
        SystemView(organizations=(Org("市企业联合会（企业家协会）"),)),
        (1, 0, 0),
    ),
    (
        "org-optional-not-extra",
        "organizations",
        [{"text": "市总", "optional": True}],
        SystemView(organizations=(Org("市总", "昆明市总工会"),)),
        (0, 0, 0),
    ),
    (
        "org-required-before-optional",
        "organizations",
        [
            {"text": "全总", "alt": ["中华全国总工会"], "optional": True},
            {"text": "全国总工会", "alt": ["中华全国总工会"]},
        ],
        SystemView(organizations=(Org("全国总工会", "中华全国总工会"),)),
        (1, 0, 0),
    ),
    (
        "org-greedy-first-fit",  # gold 昆明市总工会 takes the system's 市总 (same name); its own text is left over
        "organizations",
        [{"text": "市总工会"}, {"text": "市总", "optional": True}, {"text": "昆明市总工会"}],
        SystemView(
            organizations=(
                Org("市总工会", "昆明市总工会"),
                Org("市总", "昆明市总工会"),
                Org("昆明市总工会", "昆明市总工会"),
            )
        ),
        (2, 1, 0),
    ),
    # -- counts: same value and unit ----------------------------------------------------------------------
    (
        "count-value-unit",
        "counts",
        [{"text": "300余名选手", "value": 300, "unit": "名", "approximate": True, "role": "participants"}],
        SystemView(counts=(C("300余名", 300, "名", True, "participants"),)),
        (1, 0, 0),
    ),
    (
        "count-other-unit",
        "counts",
        [{"text": "120余人", "value": 120, "unit": "人"}],
        SystemView(counts=(C("120余人次", 120, "人次"),)),
        (0, 1, 1),
    ),
    (
        "count-other-value",
        "counts",
        [{"text": "近2万人次", "value": 20000, "unit": "人次"}],
        SystemView(counts=(C("近2万人次", 2, "人次"),)),
        (0, 1, 1),
    ),
    (
        "count-role-not-needed-to-match",
        "counts",
        [{"text": "12名选手", "value": 12, "unit": "名", "role": "winners"}],
        SystemView(counts=(C("12名选手", 12, "名", False, "other"),)),
        (1, 0, 0),
    ),
    # -- awards: quote marks stripped, gold award inside the system's, one winner contains the other ---------
    (
        "award-same",
        "awards",
        [{"winner": "城关区代表队", "award": "团体一等奖"}],
        SystemView(awards=(A("城关区代表队", "团体一等奖"),)),
        (1, 0, 0),
    ),
    (
        "award-quotes-stripped",
        "awards",
        [{"winner": "12名选手", "award": "兰州市技术能手"}],
        SystemView(awards=(A("12名选手", "“兰州市技术能手”"),)),
        (1, 0, 0),
    ),
    (
        "award-gold-inside-system",
        "awards",
        [{"winner": "城关区代表队", "award": "一等奖"}],
        SystemView(awards=(A("城关区代表队", "团体一等奖"),)),
        (1, 0, 0),
    ),
    (
        "award-system-inside-gold-no",
        "awards",
        [{"winner": "城关区代表队", "award": "团体一等奖"}],
        SystemView(awards=(A("城关区代表队", "一等奖"),)),
        (0, 1, 1),
    ),
    (
        "award-winner-contained",
        "awards",
        [{"winner": "七里河区代表队", "award": "亚军"}],
        SystemView(awards=(A("兰州市七里河区代表队", "亚军"),)),
        (1, 0, 0),
    ),
    (
        "award-winner-alt",
        "awards",
        [{"winner": "五华区总工会等6个单位", "alt": ["6个单位"], "award": "先进集体"}],
        SystemView(awards=(A("6个先进单位", "先进集体"),)),
        (0, 1, 1),
    ),
    (
        "award-winner-alt-hit",
        "awards",
        [{"winner": "五华区总工会等6个单位", "alt": ["五华区总工会"], "award": "先进集体"}],
        SystemView(awards=(A("五华区总工会", "先进集体"),)),
        (1, 0, 0),
    ),
    (
        "award-other-winner",
        "awards",
        [{"winner": "城关区代表队", "award": "冠军"}],
        SystemView(awards=(A("安宁区代表队", "冠军"),)),
        (0, 1, 1),
    ),
    (
        "award-optional",
        "awards",
        [{"winner": "获奖单位及个人", "award": "2022年度先进表彰", "optional": True}],
        SystemView(),
        (0, 0, 0),
    ),
]


@pytest.mark.parametrize(
    ("field", "gold", "system", "expected"), [c[1:] for c in MATCHING], ids=[c[0] for c in MATCHING]
)
def test_matching(field: str, gold: list[dict[str, Any]], system: SystemView, expected: tuple[int, int, int]) -> None:
    assert _tally(field, _gold(**{field: gold}), system) == expected


def test_maximum_matching_pairs_what_first_fit_leaves_over() -> None:
    gold = _gold(organizations=[{"text": "市总工会"}, {"text": "市总", "optional": True}, {"text": "昆明市总工会"}])
    system = SystemView(
        organizations=(
            Org("市总工会", "昆明市总工会"),
            Org("市总", "昆明市总工会"),
            Org("昆明市总工会", "昆明市总工会"),
        )
    )
    assert _tally("organizations", gold, system, maximum=True) == (2, 0, 0)


def test_count_accuracies_and_participants_f1() -> None:
    gold = _gold(
        counts=[
            {"text": "300余名选手", "value": 300, "unit": "名", "approximate": True, "role": "participants"},
            {"text": "12名选手", "value": 12, "unit": "名", "role": "winners"},
            {"text": "6个单位", "value": 6, "unit": "个", "role": "winners"},
        ]
    )
    system = SystemView(
        counts=(
            C("300余名选手", 300, "名", False, "participants"),  # approximate wrong, role right
            C("12名选手", 12, "名", False, "participants"),  # approximate right, role wrong
            C("9位劳模", 9, "位", False, "participants"),  # a false positive: no pair, no accuracy
        )
    )
    doc = score_document(parse_gold(gold), system)
    assert (doc.count_pairs, doc.approximate_ok, doc.role_ok) == (2, 1, 1)
    assert (doc.participants.tp, doc.participants.fp, doc.participants.fn) == (1, 2, 0)


STRUCTURE: list[tuple[str, dict[str, Any], tuple[SysArticle, ...], dict[str, Any]]] = [
    (
        "all-right",
        {
            "articles": [
                {"column": "建功立业", "kicker": "技能比武展风采", "headline": "大赛落幕", "captions": ["图为比赛现场"]}
            ]
        },
        (SysArticle("建功立业", "技能比武展风采", "大赛落幕", ("正文。",), ("图为比赛现场",)),),
        {"headline": (1, 0, 0), "kicker": (1, 0, 0), "captions": (1, 0, 0), "columns_ok": 1},
    ),
    (
        "kicker-as-headline",
        {"articles": [{"column": None, "kicker": "技能比武展风采", "headline": "大赛落幕"}]},
        (SysArticle(None, None, "技能比武展风采"), SysArticle(None, None, "大赛落幕")),
        {"headline": (1, 1, 0), "kicker": (0, 0, 1), "captions": (0, 0, 0), "columns_ok": 1},
    ),
    (
        "columns-in-reading-order",  # a lost article shifts the columns of those after it
        {"articles": [{"column": "要闻"}, {"column": "基层动态"}, {"column": "基层动态"}]},
        (SysArticle("要闻"), SysArticle("要闻"), SysArticle("基层动态")),
        {"columns_ok": 2},
    ),
    (
        "headline-whitespace-nfkc",
        {"articles": [{"headline": "昆明市总工会召开2019年全委会议"}]},
        (SysArticle(headline="昆明市总工会召开 ２０１９年全委会议"),),
        {"headline": (1, 0, 0)},
    ),
    (
        "joined-inside-one-paragraph",
        {"articles": [{}], "joined": ["为职工搭建更多", "持续推动"]},
        (SysArticle(paragraphs=("将持续推动改革，为职工 搭建更多舞台。",)),),
        {"joins_ok": 2},
    ),
    (
        "joined-left-broken",  # a line break left between the halves is not a join
        {"articles": [{}], "joined": ["为职工搭建更多"]},
        (SysArticle(paragraphs=("将持续推动改革，为职工\n搭建更多舞台。",)),),
        {"joins_ok": 0},
    ),
    (
        "joined-across-paragraphs",
        {"articles": [{}], "joined": ["为职工搭建更多"]},
        (SysArticle(paragraphs=("将持续推动改革，为职工", "搭建更多舞台。")),),
        {"joins_ok": 0},
    ),
]


@pytest.mark.parametrize(("gold", "articles", "expected"), [c[1:] for c in STRUCTURE], ids=[c[0] for c in STRUCTURE])
def test_structure(gold: dict[str, Any], articles: tuple[SysArticle, ...], expected: dict[str, Any]) -> None:
    st = score_document(parse_gold(_gold(structure=gold)), SystemView(articles=articles)).structure
    assert st is not None
    for key, want in expected.items():
        got = (st.parts[key].tp, st.parts[key].fp, st.parts[key].fn) if key in st.parts else getattr(st, key)
        assert got == want, key


# -- gold files ------------------------------------------------------------------------------------------

BAD_GOLD: list[tuple[str, Any, str]] = [
    ("not-object", [], "JSON object"),
    ("no-id", {"dates": []}, "'id'"),
    ("bad-reference", {"id": "x", "reference_date": "2023年6月"}, "ISO date"),
    ("list-not-list", {"id": "x", "dates": {"text": "6月8日"}}, "'dates' must be a list"),
    ("entry-not-object", {"id": "x", "organizations": ["市总工会"]}, "organizations[0]"),
    ("date-no-text", {"id": "x", "dates": [{"edtf": "2023"}]}, "dates[0]: 'text'"),
    ("count-value-text", {"id": "x", "counts": [{"text": "三百人", "value": "300", "unit": "人"}]}, "'value'"),
    ("count-bad-role", {"id": "x", "counts": [{"text": "3人", "value": 3, "unit": "人", "role": "winner"}]}, "'role'"),
    ("optional-not-bool", {"id": "x", "organizations": [{"text": "市总", "optional": "yes"}]}, "'optional'"),
    ("alt-not-list", {"id": "x", "organizations": [{"text": "市总", "alt": [1]}]}, "'alt'"),
    ("award-no-winner", {"id": "x", "awards": [{"award": "一等奖"}]}, "'winner'"),
    ("structure-articles", {"id": "x", "structure": {"articles": {}}}, "'articles'"),
]


@pytest.mark.parametrize(("data", "message"), [c[1:] for c in BAD_GOLD], ids=[c[0] for c in BAD_GOLD])
def test_bad_gold_is_a_gold_format_error(data: Any, message: str) -> None:
    with pytest.raises(GoldFormatError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_gold(data)


def test_unreadable_gold_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"id": "broken", ', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"broken\.json"):
        load_gold(bad)


def test_gold_file_loads() -> None:
    gold = load_gold(DATA / "lz-2023-brief.json")
    assert gold.id == "lz-2023-brief" and str(gold.reference_date) == "2023-06-20"
    assert gold.organizations[1].alt == ("兰州市职工文化宫",)
    assert gold.structure is not None and gold.structure.joined == ("为职工搭建更多",)


# -- running the library ---------------------------------------------------------------------------------


def test_evaluate_reads_texts_in_any_encoding_next_to_the_gold() -> None:
    report = evaluate([DATA])  # a folder: every *.json, texts beside them (one is GBK)
    assert [d.id for d in report.documents] == ["km-2019-notes", "lz-2023-brief"]
    assert not [d.error for d in report.documents if d.error]
    st = report.structure()
    assert st is not None and st.parts["headline"].tp == 2 and st.joins_ok == 1


def test_missing_text_scores_as_nothing_found(tmp_path: Path) -> None:
    gold = tmp_path / "gone.json"
    gold.write_text(json.dumps(_gold(id="gone", organizations=[{"text": "市总工会"}])), encoding="utf-8")
    report = evaluate([gold])
    assert report.documents[0].error and "no such file" in report.documents[0].error
    assert report.total("organizations").fn == 1


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps({"id": "same"}), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="same"):
        evaluate([tmp_path])


# -- floors ----------------------------------------------------------------------------------------------


def test_floors_round_down_and_round_trip(tmp_path: Path) -> None:
    assert floors_of({"dates": 0.8567, "awards": 1.0, "counts_role_accuracy": None}) == {"dates": 0.85, "awards": 1.0}
    path = tmp_path / "baseline.json"
    write_floors(path, {"dates": 0.8567}, note="test")
    assert read_floors(path) == {"dates": 0.85}
    assert below_floors({"dates": 0.8567}, read_floors(path)) == []


def test_bad_baseline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text('{"dates": 85}', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="dates"):
        read_floors(path)


# -- the command -----------------------------------------------------------------------------------------


def test_eval_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(DATA), "--json", "--show"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2 and data["matching"] == "greedy"
    assert set(data) >= {"dates", "organizations", "counts", "awards", "counts_participants", "structure", "show"}
    assert data["structure"]["lz-2023-brief"]["joins"] == "1/1"


@pytest.fixture
def harder_gold(tmp_path: Path) -> Path:
    """The Kunming gold plus an organization its text never names: a miss whatever the extractors do."""
    gold = json.loads((DATA / "km-2019-notes.json").read_text(encoding="utf-8"))
    gold["organizations"].append({"text": "昆明市不存在协会"})
    (tmp_path / "km-2019-notes.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "km-2019-notes.txt").write_bytes((DATA / "km-2019-notes.txt").read_bytes())
    return tmp_path


def test_eval_table_and_show(harder_gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(harder_gold / "km-2019-notes.json"), "--show"]) == 0
    out = capsys.readouterr().out
    assert "--- km-2019-notes organizations" in out and "miss" in out and "昆明市不存在协会" in out


def test_eval_baseline_gate_exit_1(harder_gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    floors = tmp_path / "baseline.json"  # beside the gold, and not read as one
    floors.write_text('{"_note": "impossible", "structure.headline": 1.0, "organizations": 1.0}', encoding="utf-8")
    assert main(["eval", str(harder_gold), "--texts", str(harder_gold), "--baseline", str(floors)]) == 1
    err = capsys.readouterr().err
    assert "organizations" in err and "structure.headline" not in err


def test_eval_write_baseline_then_pass(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    assert main(["eval", str(DATA), "--write-baseline", str(floors)]) == 0
    assert main(["eval", str(DATA), "--baseline", str(floors)]) == 0


def test_eval_bad_gold_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    assert main(["eval", str(tmp_path / "x.json")]) == 2
    assert main(["eval", str(tmp_path / "nowhere")]) == 2
    assert "no such gold file" in capsys.readouterr().err


def test_eval_missing_text_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.json").write_text('{"id": "x"}', encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 1
    assert "x.txt" in capsys.readouterr().err
