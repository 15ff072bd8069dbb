"""Structure (guidelines §5): one row per layout phenomenon, asserting the exact tree.

Fixture rows check whole bulletins in the layouts real archives vary (markers or none, CRLF, GBK, Big5,
UTF-16, masthead, stamps, page furniture, brief columns in every bullet style, captions, broken paragraphs);
inline rows isolate one phenomenon each.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import unionnews
from tests.conftest import FIXTURES, assert_invariants

# (column, kicker, headline, subtitle, number of paragraphs, captions, bullet)
Art = tuple[str | None, str | None, str | None, str | None, int, list[str], str | None]


def outline(b: unionnews.Bulletin) -> list[Art]:
    return [
        (
            a.column,
            a.kicker.text if a.kicker else None,
            a.headline.text if a.headline else None,
            a.subtitle.text if a.subtitle else None,
            len(a.paragraphs),
            [c.text for c in a.captions],
            a.bullet.text if a.bullet else None,
        )
        for a in b.articles
    ]


FIXTURE_CASES: list[dict[str, Any]] = [
    dict(
        id="plain-masthead-pagebreak-running-header",
        file="hz-2023-plain-masthead.txt",
        encoding="utf-8",
        metadata=dict(
            title="工会工作简报",
            issue="2023年第18期",
            total_issue="（总第356期）",
            publisher="杭州市总工会办公室",
            date=dt.date(2023, 5, 8),
            reference_source="masthead",
        ),
        articles=[
            ("要闻速递", "凝心聚力建新功", "杭州市举行2023年“五一”劳动节表彰大会", None, 2, ["图为表彰大会现场"], None),
            ("基层风采", None, "西湖区总工会开展“送清凉”活动", None, 2, [], None),
            ("一周动态", None, None, None, 1, [], "●"),
            ("一周动态", None, None, None, 1, [], "●"),
            ("一周动态", None, None, None, 1, [], "●"),
        ],
        furniture=["rule", "running_header", "page_number", "running_header", "page_number"],
        joined=["主力军作用"],
    ),
    dict(
        id="markdown-crlf-subtitle-brief-diamonds-numbered",
        file="gz-2024-markdown-crlf.txt",
        encoding="utf-8",
        metadata=dict(title="广州工会动态"),
        articles=[
            (
                "工作要闻",
                None,
                "广州市总工会召开2024年全市工会工作会议",
                "——部署全年重点任务，推动工会工作高质量发展",
                2,
                [],
                None,
            ),
            ("职工服务", "温暖回家路", "“工会送你回家过年”活动启动", None, 1, ["图为活动启动现场"], None),
            ("基层简讯", None, None, None, 1, [], "◆"),
            ("基层简讯", None, None, None, 1, ["图为招聘会现场"], "◆"),
            ("基层简讯", None, None, None, 1, [], "◆"),
            ("通知公告", None, None, None, 1, [], "1."),
            ("通知公告", None, None, None, 1, [], "2."),
        ],
        furniture=["markup"] * 9,
        joined=[],
    ),
    dict(
        id="gbk-crlf-masthead-chinese-enumerators-page",
        file="cd-2022-gbk.txt",
        encoding="gb18030",
        metadata=dict(title="成都市总工会", issue="第3期", publisher="成都市总工会办公室", date=dt.date(2022, 3, 15)),
        articles=[
            (None, "聚焦职工所需 办好暖心实事", "成都市总工会发布2022年服务职工十件实事", None, 2, [], None),
            ("基层动态", None, None, None, 1, [], "一、"),
            ("基层动态", None, None, None, 1, [], "二、"),
            ("基层动态", None, None, None, 1, [], "三、"),
        ],
        furniture=["page_number"],
        joined=["要求讲解压力管理方法，百余名职工"[2:] if False else "压力管理方法，百余名职工参加讲座"],
    ),
    dict(
        id="big5-traditional-squares",
        file="tw-2021-big5.txt",
        encoding="big5",
        metadata=dict(title="臺北市產業總工會會訊", issue="第45期", script="traditional"),
        articles=[
            (None, None, "勞工朋友齊聚一堂 慶祝五一勞動節", None, 2, [], None),
            ("會務動態", None, None, None, 1, [], "■"),
            ("會務動態", None, None, None, 1, [], "■"),
        ],
        furniture=[],
        joined=[],
    ),
    dict(
        id="web-page-stamp-subtitle-triangles",
        file="bj-2025-web-stamp.txt",
        encoding="utf-8",
        metadata=dict(date=dt.date(2025, 5, 7), reference_source="stamp"),
        articles=[
            (None, None, "北京市总工会开展“劳动者港湾”服务提质行动", "——推动服务站点从“有”向“优”转变", 2, [], None),
            ("职工动态", None, None, None, 1, [], "△"),
            ("职工动态", None, None, None, 1, [], "△"),
        ],
        furniture=[],
        joined=[],
    ),
    dict(
        id="bom-dotted-stamp-fullwidth-digits-zero-width",
        file="wh-2016-bom-fullwidth.txt",
        encoding="utf-8-sig",
        metadata=dict(date=dt.date(2016, 7, 4)),
        articles=[
            (None, None, "武汉市职工技能竞赛圆满落幕", None, 2, [], None),
            (None, None, None, None, 1, [], "▲"),
            (None, None, None, None, 1, [], "▲"),
        ],
        furniture=[],
        joined=["7月1日至3日", "共选派450名选手"],
    ),
    dict(
        id="utf16-indented-paragraphs",
        file="nj-2020-utf16.txt",
        encoding="utf-16-le",
        metadata=dict(title="南京市总工会工作简报"),
        articles=[(None, None, "南京市总工会举办职工创新成果展", None, 2, [], None)],
        furniture=[],
        joined=[],
    ),
]


@pytest.mark.parametrize("case", FIXTURE_CASES, ids=[c["id"] for c in FIXTURE_CASES])
def test_fixture_structure(case: dict[str, Any]) -> None:
    path = FIXTURES / case["file"]
    b = unionnews.Pipeline(extractors=[]).parse(path)
    assert b.source.encoding == case["encoding"]
    assert outline(b) == case["articles"]
    meta = b.metadata.model_dump()
    for key, value in case["metadata"].items():
        assert meta[key] == value, key
    assert [f.kind for f in b.furniture] == case["furniture"]
    paragraphs = [p.text for a in b.articles for p in a.paragraphs]
    for phrase in case["joined"]:
        assert any(phrase in p for p in paragraphs), phrase
    decoded = unionnews.read(path)
    assert_invariants(b, decoded.text)


def test_fixtures_parse_the_same_without_markers() -> None:
    """Archives without # markers: the levels come from the lines themselves."""
    text = unionnews.read(FIXTURES / "gz-2024-markdown-crlf.txt").text
    marked = unionnews.Pipeline(extractors=[]).parse(text)
    plain = unionnews.Pipeline(extractors=[]).parse(re.sub(r"(?m)^#+\s*", "", text))
    assert outline(plain) == outline(marked)


def brief(text: str) -> list[Art]:
    return outline(unionnews.Pipeline(extractors=[]).parse(text))


INLINE_CASES: list[tuple[str, str, list[Art]]] = [
    (
        "kicker-headline-plain",
        "一线建功\n某某区总工会举办技能比武\n\n5月1日，某某区总工会举办技能比武，80名职工参赛。\n",
        [(None, "一线建功", "某某区总工会举办技能比武", None, 1, [], None)],
    ),
    (
        "headline-subtitle-dash",
        "青岛市总工会启动职工疗休养\n——首批200名劳模工匠赴崂山疗休养\n\n6月3日，青岛市总工会启动2024年职工疗休养活动。\n",
        [(None, None, "青岛市总工会启动职工疗休养", "——首批200名劳模工匠赴崂山疗休养", 1, [], None)],
    ),
    (
        "kicker-headline-subtitle",
        "凝心聚力\n沈阳市总工会召开全委会\n——部署2023年重点工作\n\n1月9日，沈阳市总工会召开十五届三次全委会议。\n",
        [(None, "凝心聚力", "沈阳市总工会召开全委会", "——部署2023年重点工作", 1, [], None)],
    ),
    (
        "decorated-column",
        "【工作动态】\n\n济南市总工会开展送温暖活动\n\n1月5日，济南市总工会开展送温暖活动。\n",
        [("工作动态", None, "济南市总工会开展送温暖活动", None, 1, [], None)],
    ),
    (
        "caption-tu-wei",
        "郑州市职工运动会开幕\n\n9月1日，郑州市第五届职工运动会开幕。\n\n图为开幕式现场\n\n本届运动会设12个大项。\n",
        [(None, None, "郑州市职工运动会开幕", None, 2, ["图为开幕式现场"], None)],
    ),
    (
        "caption-plain-short-line-between-paragraphs",
        "合肥市总工会举办读书会\n\n4月23日，合肥市总工会举办职工读书分享会。\n\n职工读书分享会\n\n据悉，读书会将每月举办一期。\n",
        [(None, None, "合肥市总工会举办读书会", None, 2, ["职工读书分享会"], None)],
    ),
    (
        "second-article-after-lead",
        "甲区总工会举办培训\n\n3月1日，甲区总工会举办培训。\n\n乙县总工会慰问职工\n\n近日，乙县总工会慰问一线职工。\n",
        [(None, None, "甲区总工会举办培训", None, 1, [], None), (None, None, "乙县总工会慰问职工", None, 1, [], None)],
    ),
    (
        "brief-stars",
        "简讯\n★3月1日，甲区总工会召开会议。\n★3月2日，乙区总工会召开会议。\n",
        [("简讯", None, None, None, 1, [], "★"), ("简讯", None, None, None, 1, [], "★")],
    ),
    (
        "brief-parenthesised-numbers",
        "工作简讯\n（一）3月1日，甲区总工会召开会议。\n（二）3月2日，乙区总工会召开会议。\n",
        [("工作简讯", None, None, None, 1, [], "（一）"), ("工作简讯", None, None, None, 1, [], "（二）")],
    ),
    (
        "enumerated-points-inside-article-stay-paragraphs",
        "市总工会部署重点工作\n\n会议部署了三项重点工作：\n一、加强职工思想政治引领。\n二、深化产业工人队伍建设改革。\n",
        [(None, None, "市总工会部署重点工作", None, 3, [], None)],
    ),
    (
        "broken-paragraph-across-page-number",
        "厦门市总工会举办劳动竞赛\n\n8月2日，厦门市总工会举办全市职工劳动竞赛启动仪式，来自全市各行业的职工代表共\n\n- 5 -\n\n300余人参加了启动仪式。\n",
        [(None, None, "厦门市总工会举办劳动竞赛", None, 1, [], None)],
    ),
    (
        "no-headings-at-all",
        "3月1日，某市总工会召开会议。\n会议要求做好职工服务工作。\n",
        [(None, None, None, None, 2, [], None)],
    ),
    (
        "column-set-apart-by-blank-line-plain",
        "职工服务\n\n市职工服务中心推出一站式服务\n\n今年起，市职工服务中心整合服务窗口，为职工提供一站式服务。\n",
        [("职工服务", None, "市职工服务中心推出一站式服务", None, 1, [], None)],
    ),
    (
        "column-after-masthead-is-no-second-title",
        "某市工会简报\n第3期\n某市总工会办公室　2021年4月2日\n\n工作动态\n\n某市总工会召开全委会议\n\n4月1日，某市总工会召开全委会议。\n",
        [("工作动态", None, "某市总工会召开全委会议", None, 1, [], None)],
    ),
    (
        "masthead-name-ending-jianxun-with-department",
        "职工之家简讯\n某市总工会宣传教育部\n\n某市总工会启动金秋助学\n\n8月5日，某市总工会启动金秋助学活动。\n",
        [(None, None, "某市总工会启动金秋助学", None, 1, [], None)],
    ),
    (
        "headline-before-lead-with-date-in-first-clause",
        "某区总工会举办讲座\n\n4月2日，某区总工会举办安全讲座。\n\n某行业职工总会庆祝成立七十周年\n\n该会于4月30日举行庆祝活动，会员代表出席。\n",
        [
            (None, None, "某区总工会举办讲座", None, 1, [], None),
            (None, None, "某行业职工总会庆祝成立七十周年", None, 1, [], None),
        ],
    ),
    (
        "enumerator-before-a-date-is-no-decimal",
        "基层动态\n1.3月2日，甲区总工会举办招聘会。\n2.3月5日，乙区总工会举办志愿服务。\n",
        [("基层动态", None, None, None, 1, [], "1."), ("基层动态", None, None, None, 1, [], "2.")],
    ),
    (
        "running-header-repeating-the-masthead-name",
        "某市工会工作\n第2期\n\n某市总工会召开会议\n\n5月1日，某市总工会召开会议，会议强调要进一步把服务职工的各项工作落到实处，推动\n\n某市工会工作\n- 2 -\n\n全市工会工作高质量发展。\n",
        [(None, None, "某市总工会召开会议", None, 1, [], None)],
    ),
    (
        "byline-in-parentheses-is-body-text-not-a-kicker",
        "甲市总工会举办培训班\n\n5月1日，甲市总工会举办培训班。\n\n（甲市总工会组织部供稿）\n\n乙区总工会慰问职工\n\n5月3日，乙区总工会慰问一线职工。\n\n（通讯员 张明）\n",
        [
            (None, None, "甲市总工会举办培训班", None, 2, [], None),
            (None, None, "乙区总工会慰问职工", None, 2, [], None),
        ],
    ),
    (
        "enumerated-columns",
        "一、重要会议\n\n市总工会召开全委会\n\n5月1日，市总工会召开全委会。\n\n二、基层工作\n\n1.5月2日，甲区总工会举办活动。\n2.5月3日，乙区总工会举办活动。\n",
        [
            ("重要会议", None, "市总工会召开全委会", None, 1, [], None),
            ("基层工作", None, None, None, 1, [], "1."),
            ("基层工作", None, None, None, 1, [], "2."),
        ],
    ),
    (
        "column-between-bullets",
        "◆工作交流◆\n\n市总工会召开全委会\n\n5月1日，市总工会召开全委会。\n",
        [("工作交流", None, "市总工会召开全委会", None, 1, [], None)],
    ),
    (
        "web-page-breadcrumb-stamp-source-and-footer",
        "某市总工会\n首页 > 新闻中心 > 工会动态\n\n市总工会召开全委会\n发布时间：2026-02-27 09:30　来源：市总工会办公室\n\n2月26日，市总工会召开全委会。\n\n某市总工会 主办  05.03.2026\n",
        [(None, None, "市总工会召开全委会", None, 1, [], None)],
    ),
    (
        "markdown-bold-headings",
        "**工作动态**\n\n**某市总工会召开全委会**\n\n5月1日，某市总工会召开全委会。\n\n**某区总工会开展培训**\n\n5月2日，某区总工会开展培训。\n",
        [
            ("工作动态", None, "某市总工会召开全委会", None, 1, [], None),
            ("工作动态", None, "某区总工会开展培训", None, 1, [], None),
        ],
    ),
    (
        "markdown-image-line-is-markup-not-caption",
        "## 某市总工会召开全委会\n\n5月1日，某市总工会召开全委会。\n\n![图片](a.jpg)\n\n图为会议现场\n\n## 某区总工会开展培训\n\n5月2日，某区总工会开展培训。\n",
        [
            (None, None, "某市总工会召开全委会", None, 1, ["图为会议现场"], None),
            (None, None, "某区总工会开展培训", None, 1, [], None),
        ],
    ),
    (
        "masthead-name-spaced-out",
        "工 会 工 作 简 报\n第3期（总第58期）\n某市总工会办公室编　2019年4月12日\n\n【工作动态】\n\n市总工会召开会议\n\n3月28日，市总工会召开会议。\n",
        [("工作动态", None, "市总工会召开会议", None, 1, [], None)],
    ),
    (
        "jump-lines-are-furniture",
        "工作要闻\n\n区总工会启动送温暖活动\n\n12月4日，区总工会启动活动。\n\n（下转第2版）\n\n简讯\n一、12月1日，区总工会组织疗休养。\n二、11月下旬，区总工会开展普法讲座。\n\n（上接第1版）\n区总工会要求认真摸排。\n",
        [
            ("工作要闻", None, "区总工会启动送温暖活动", None, 1, [], None),
            ("简讯", None, None, None, 1, [], "一、"),
            ("简讯", None, None, None, 2, [], "二、"),
        ],
    ),
    (
        "distribution-footer-is-furniture",
        "区总工会慰问职工\n\n12月4日，区总工会慰问一线职工。\n\n报：市总工会，区委、区人大、区政府领导\n送：区委各部门\n发：各街道总工会（共印150份）\n",
        [(None, None, "区总工会慰问职工", None, 1, [], None)],
    ),
    (
        "table-of-contents-is-furniture",
        "本期导读\n◇区总工会举办书画展\n◇送温暖活动启动\n\n工作要闻\n\n区总工会举办书画展\n\n11月30日，区总工会举办书画展。\n",
        [("工作要闻", None, "区总工会举办书画展", None, 1, [], None)],
    ),
    (
        "contents-word-over-a-paragraph-is-no-contents",
        "导读\n市总工会召开全委会议，部署今年工作。\n",
        [(None, None, "导读", None, 1, [], None)],
    ),
    (
        "wechat-copy-account-line-platform-lines-and-credits",
        "点击蓝字 关注我们\n\n某市工会 2023-06-12 18:30 发表于浙江\n\n匠心筑梦 技能报国\n——某市职工技能竞赛落幕\n\n6月9日，某市职工技能竞赛举行。\n\n图片｜某区总工会\n编辑｜张某\n\n阅读原文\n",
        [(None, None, "匠心筑梦 技能报国", "——某市职工技能竞赛落幕", 3, [], None)],
    ),
    (
        "hard-wrapped-text-joins-every-full-line",
        "甲市总工会开展女职工节日活动\n3月8日，甲市总工会女职工委员会联合市妇联在南\n湖公园举办健步走活动，全市女职工代表500余人\n参加。活动现场还设置了法律咨询、健康义诊等摊\n位，为女职工提供“面对面”服务。\n3月上旬，甲市总工会还组织开展了女职工筛查公\n益项目，共为2000名困难女职工提供免费筛查。\n",
        [(None, None, "甲市总工会开展女职工节日活动", None, 2, [], None)],
    ),
    (
        "line-ending-on-a-comma-continues",
        "乙区总工会举办招聘会\n\n3月5日，乙区总工会举办农民工专场招聘会，\n共有86家企业进场招聘。\n",
        [(None, None, "乙区总工会举办招聘会", None, 1, [], None)],
    ),
    (
        "enumerated-headlines-over-paragraphs",
        "工作动态\n\n一、县总工会召开培训会\n9月25日，县总工会举办培训班。\n培训围绕工会法进行了讲解。\n\n二、县总工会开展助学活动\n9月上旬，县总工会为32名职工子女发放助学金。\n",
        [
            ("工作动态", None, "县总工会召开培训会", None, 2, [], "一、"),
            ("工作动态", None, "县总工会开展助学活动", None, 1, [], "二、"),
        ],
    ),
    (
        "numbered-sections-inside-a-headlined-article-stay-in-it",
        "市总工会召开全委会议\n\n5月8日，市总工会召开全委会议。会议指出：\n一、提高政治站位\n要深刻认识做好工会工作的重要意义。\n二、狠抓工作落实\n要把各项任务落到实处。\n",
        [(None, None, "市总工会召开全委会议", None, 5, [], None)],
    ),
    (
        "exclaimed-headline-over-a-subtitle-and-an-editors-note",
        "编者按：近年来，各级工会积极探索服务路径。现将有关做法刊发。\n\n奋斗新征程，建功新时代！\n——某镇总工会开展劳动竞赛侧记\n今年以来，某镇总工会开展劳动竞赛。\n",
        [(None, None, "奋斗新征程，建功新时代！", "——某镇总工会开展劳动竞赛侧记", 2, [], None)],
    ),
    (
        "bracketed-picture-news-column-each-item-with-its-caption",
        "【图片新闻】\n\n6月15日，市总工会开展安全生产月宣传活动。\n\n图为活动现场。\n\n6月18日，某区总工会组织应急救护培训。\n\n图为培训现场。\n",
        [
            ("图片新闻", None, None, None, 1, ["图为活动现场。"], None),
            ("图片新闻", None, None, None, 1, ["图为培训现场。"], None),
        ],
    ),
    (
        "unknown-masthead-name-above-the-issue-line",
        "职工之家\n\n2024年第6期　总第118期\n中共某市总工会机关委员会　主办　　2024年6月28日\n\n【要闻】\n\n市总工会召开推进会\n\n6月20日，市总工会召开推进会。\n",
        [("要闻", None, "市总工会召开推进会", None, 1, [], None)],
    ),
    (
        "speech-title-over-its-speaker-and-numbered-sections",
        "在全市工会工作推进会上的讲话\n市总工会党组书记、常务副主席　王某某\n\n同志们：\n今天召开推进会，我讲两点意见。\n一、充分肯定上半年工作成效\n全市工会开展宣讲活动1200余场。\n二、抓好下半年重点工作\n要深化产业工人队伍建设改革。\n",
        [(None, None, "在全市工会工作推进会上的讲话", None, 7, [], None)],
    ),
    (
        "a-list-of-months-opening-a-paragraph-is-no-item-number",
        "市总工会开展送清凉活动\n\n7、8月份，市总工会开展送清凉活动。\n",
        [(None, None, "市总工会开展送清凉活动", None, 1, [], None)],
    ),
    (
        "web-page-print-buttons-neighbour-links-and-share-bar",
        "区总工会举办职工篮球赛\n\n10月15日，区总工会举办职工篮球赛。\n\n【打印本页】【关闭窗口】\n\n上一篇：区总工会开展金秋助学活动\n下一篇：区总工会召开全委会议\n\n分享到：\n",
        [(None, None, "区总工会举办职工篮球赛", None, 1, [], None)],
    ),
    (
        "markdown-column-level-known-from-a-later-column-over-items",
        "## 职工服务\n\n**某市总工会开通维权热线**\n\n3月1日起，某市总工会开通职工维权热线。\n\n## 一周简讯\n\n1. 3月2日，甲区总工会举办招聘会。\n2. 3月4日，乙区总工会开展三八节活动。\n",
        [
            ("职工服务", None, "某市总工会开通维权热线", None, 1, [], None),
            ("一周简讯", None, None, None, 1, [], "1."),
            ("一周简讯", None, None, None, 1, [], "2."),
        ],
    ),
    (
        "bulletin-name-once-beside-a-page-number-is-a-running-header",
        "某市总工会开展安康杯竞赛\n\n5月20日，某市总工会召开安康杯竞赛动员部署会。各区县总工会、产业工会负责人\n— 3 —\n某市工会简报\n及重点企业工会主席共150余人参加会议。\n",
        [(None, None, "某市总工会开展安康杯竞赛", None, 1, [], None)],
    ),
    (
        "masthead-name-with-the-page-number-on-its-line-is-a-running-header",
        "某市总工会工作简报\n第4期\n某市总工会办公室　2020年3月20日\n\n市总工会筹措资金慰问医务人员\n\n3月以来，市总工会多方筹措资金120万元，对奋战在疫情防控一线的医务人员进行慰问，向全市28家医疗\n某市总工会工作简报　　　　　　2\n机构送去慰问品。\n\n市总工会助力企业稳岗\n\n3月18日，市总工会召开座谈会，20家企业负责人参加。\n某市总工会工作简报　　　　　　3\n",
        [
            (None, None, "市总工会筹措资金慰问医务人员", None, 1, [], None),
            (None, None, "市总工会助力企业稳岗", None, 1, [], None),
        ],
    ),
    (
        "wechat-account-name-above-its-date-line",
        "某区总工会\n2023-08-15 17:45 发表于重庆\n\n区总工会开展夏送清凉慰问活动\n\n8月14日，区总工会走访慰问一线职工。\n",
        [(None, None, "区总工会开展夏送清凉慰问活动", None, 1, [], None)],
    ),
    (
        "masthead-dated-by-month-with-a-committee-as-publisher",
        "青工之声\n第15期\n共青团某某公司委员会　　2017年10月\n\n公司举办青年技能比武\n\n10月12日，公司举办青年职工技能比武。\n",
        [(None, None, "公司举办青年技能比武", None, 1, [], None)],
    ),
    (
        "writer-under-their-unit-in-brackets-is-a-byline-not-a-caption",
        "【基层风采】\n\n某区总工会打造职工服务圈\n\n今年以来，某区总工会在辖区建成职工服务站点20个。\n\n（某区总工会　李明）\n",
        [("基层风采", None, "某区总工会打造职工服务圈", None, 2, [], None)],
    ),
    (
        "source-line-in-markdown-emphasis-is-a-byline",
        "**特别关注**\n\n**弘扬劳模精神**\n\n张某参加工作30年来，带领团队攻克技术难题40余项。\n\n*本文来源：某市总工会微信公众号*\n",
        [("特别关注", None, "弘扬劳模精神", None, 2, [], None)],
    ),
    (
        "photo-scene-line-before-brief-items-is-a-caption-and-undated-lead-items-are-briefs",
        "本会举办劳工权益讲座\n\n本会于3月15日举办劳工权益讲座，会员120人参加。\n\n讲座现场\n\n◆本会3月20日召开第十届第三次理事会。\n◆本会3月25日办理会员自强活动。\n",
        [
            (None, None, "本会举办劳工权益讲座", None, 1, ["讲座现场"], None),
            (None, None, None, None, 1, [], "◆"),
            (None, None, None, None, 1, [], "◆"),
        ],
    ),
    (
        "signature-over-the-closing-date-is-a-byline-and-section-heads-stay-whole",
        "某市总工会关于金秋助学活动的情况通报\n\n各区县总工会：\n　　今年7月至8月，市总工会开展金秋助学活动，共资助困难职工子女860名。\n　　一、高度重视，精心组织\n　　各级工会把金秋助学作为重要内容。\n　　二、精准识别，规范发放\n　　严格按照标准审核。\n\n某市总工会\n2024年9月10日\n",
        [(None, None, "某市总工会关于金秋助学活动的情况通报", None, 7, [], None)],
    ),
    (
        "bold-bullets-under-a-lone-bold-column",
        "**基层简讯**\n\n**◆**3月1日，甲区总工会召开会议。\n\n**◆**3月2日，乙区总工会召开会议。\n",
        [("基层简讯", None, None, None, 1, [], "◆"), ("基层简讯", None, None, None, 1, [], "◆")],
    ),
    (
        "web-copy-with-html-tags-and-nbsp",
        "<p><strong>市总工会召开全委会</strong></p>\n<p>&nbsp;&nbsp;5月1日，市总工会召开全委会。&nbsp;会议部署了全年工作。</p>\n"
        "<br>\n<p><strong>区总工会开展培训</strong></p>\n<p>&nbsp;&nbsp;5月2日，区总工会开展培训。<br/></p>\n",
        [(None, None, "市总工会召开全委会", None, 1, [], None), (None, None, "区总工会开展培训", None, 1, [], None)],
    ),
    (
        "headline-wrapped-over-two-lines",
        "某市总工会举办2024年全市职工职业技能大赛暨第五届\n“工匠杯”技能竞赛决赛\n\n5月10日，大赛决赛举行。\n",
        [(None, None, "某市总工会举办2024年全市职工职业技能大赛暨第五届\n“工匠杯”技能竞赛决赛", None, 1, [], None)],
    ),
    (
        "kicker-over-a-wrapped-headline",
        "喜迎五一 礼赞劳动\n某市总工会举办庆祝“五一”国际劳动节暨\n劳动模范先进事迹报告会\n\n4月28日，报告会举行。\n",
        [
            (
                None,
                "喜迎五一 礼赞劳动",
                "某市总工会举办庆祝“五一”国际劳动节暨\n劳动模范先进事迹报告会",
                None,
                1,
                [],
                None,
            )
        ],
    ),
    (
        "traditional-wrapped-headline-over-a-subtitle",
        "某區總工會舉辦2023年職工籃球賽暨第三屆\n「工會杯」友誼賽\n——共有16支隊伍參賽\n\n本會於10月舉辦比賽。\n",
        [(None, None, "某區總工會舉辦2023年職工籃球賽暨第三屆\n「工會杯」友誼賽", "——共有16支隊伍參賽", 1, [], None)],
    ),
    (
        "a-kicker-ending-on-a-full-phrase-stays-a-kicker",
        "奋进新时代\n某县总工会召开第十六次代表大会\n\n6月1日，大会召开。\n",
        [(None, "奋进新时代", "某县总工会召开第十六次代表大会", None, 1, [], None)],
    ),
    (
        "hong-kong-federation-name-over-a-month-issue",
        "港九勞工社團聯會\n二〇二三年十月號\n\n勞聯舉辦敬老活動\n\n勞聯於10月15日舉辦重陽敬老活動，約300名長者參與。\n",
        [(None, None, "勞聯舉辦敬老活動", None, 1, [], None)],
    ),
    (
        "ocr-ascii-full-stops-end-sentences",
        '柳州市总工会开展"送温暖"活动\n\n1月10日,柳州市总工会走访慰问困难职工120户.活动中,慰问组送上慰问金;\n\n'
        "鹿寨县总工会举办培训班\n\n1月12日,鹿寨县总工会举办基层工会主席培训班(第一期),共有80名工会干部参加.\n",
        [
            (None, None, '柳州市总工会开展"送温暖"活动', None, 1, [], None),
            (None, None, "鹿寨县总工会举办培训班", None, 1, [], None),
        ],
    ),
    (
        "old-style-masthead-full-width-rule-and-print-count",
        "工会工作简报\n\n第12期\n\n某某市总工会办公室　　　　　　　　2009年8月25日\n━━━━━━━━━━━━━━━━━━━━\n\n"
        "市总工会开展“金秋助学”活动\n\n8月20日，市总工会为286名困难职工子女发放助学金。\n"
        "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n报：省总工会\n发：各县区总工会\n（共印80份）\n",
        [(None, None, "市总工会开展“金秋助学”活动", None, 1, [], None)],
    ),
    (
        "enterprise-union-name-beside-its-issue-on-one-line",
        "工会简讯\n某工程局集团公司工会　　　　　　2023年第4期\n\n【工作动态】\n\n集团公司工会召开全委会\n\n"
        "4月12日，集团公司工会召开四届二次全委（扩大）会议。\n\n（集团公司工会办公室供稿）\n",
        [("工作动态", None, "集团公司工会召开全委会", None, 2, [], None)],
    ),
    (
        "unit-alone-in-brackets-closing-an-article-is-a-byline",
        "某某大学工会\n工作简报\n2021年第3期（总第45期）\n\n第六届教职工代表大会第三次会议召开\n\n"
        "4月20日，学校第六届教代会第三次会议召开，156名代表出席会议。\n\n（校工会）\n\n校工会举办羽毛球比赛\n\n"
        "4月24日，校工会举办教职工羽毛球比赛。\n\n（作者单位：体育学院分工会）\n",
        [
            (None, None, "第六届教职工代表大会第三次会议召开", None, 2, [], None),
            (None, None, "校工会举办羽毛球比赛", None, 2, [], None),
        ],
    ),
    (
        "editor-lines-and-a-follow-prompt-close-the-issue",
        "区总工会开展职工技能比武\n\n9月10日，区总工会举办职工技能比武，120名选手参赛。\n\n审核：王强　编辑：赵敏\n\n"
        "街道总工会开展慰问\n\n9月12日，街道总工会开展中秋慰问。\n\n本期编辑：张三\n扫码关注\n",
        [
            (None, None, "区总工会开展职工技能比武", None, 2, [], None),
            (None, None, "街道总工会开展慰问", None, 2, [], None),
        ],
    ),
    (
        "one-character-credits-with-a-slash-are-a-byline",
        "区总工会举办读书会\n\n4月23日，区总工会举办职工读书会，60名职工参加。\n\n文/李明　图/王刚\n\n"
        "镇总工会开展普法\n\n4月25日，镇总工会开展普法宣传活动。\n",
        [
            (None, None, "区总工会举办读书会", None, 2, [], None),
            (None, None, "镇总工会开展普法", None, 1, [], None),
        ],
    ),
    (
        "web-page-saved-with-its-paragraphs-on-one-line",
        "<p><strong>市总工会召开全委会</strong></p><p>&nbsp;&nbsp;5月1日，市总工会召开全委会。</p><p>会议部署了全年工作。</p>"
        "<p><strong>区总工会开展培训</strong></p><p>5月2日，区总工会开展培训，200名职工参加。<br><br>图为培训现场</p>\n",
        [
            (None, None, "市总工会召开全委会", None, 2, [], None),
            (None, None, "区总工会开展培训", None, 1, ["图为培训现场"], None),
        ],
    ),
    (
        "ocr-stray-spaces-inside-a-lead-cut-at-the-page-edge",
        "市 总 工 会 召 开 劳 模 座 谈 会\n\n4 月 28 日 , 市 总 工 会 召 开 劳 动 模 范 座 谈 会 , 来 自 全 市 各 条 战 线 的 30 名 劳 模 代 表 参\n"
        "加 座 谈 . 会 上 , 劳 模 代 表 交 流 了 心 得 体 会 .\n",
        [(None, None, "市 总 工 会 召 开 劳 模 座 谈 会", None, 1, [], None)],
    ),
    (
        "university-union-writer-under-a-short-unit-between-bracketed-columns",
        "某某理工大学工会\n工作简报\n第2期\n校工会办公室　　　　　　　　2022年4月30日\n\n【教代会动态】\n\n"
        "学校召开第七届教代会第二次会议\n\n4月22日，学校第七届教代会第二次会议召开，182名代表出席。\n\n（校工会　刘洋）\n\n"
        "【分会风采】\n\n机械学院分工会开展春季健步走\n\n4月26日，机械学院分工会组织60余名教职工开展健步走活动。\n",
        [
            ("教代会动态", None, "学校召开第七届教代会第二次会议", None, 2, [], None),
            ("分会风采", None, "机械学院分工会开展春季健步走", None, 1, [], None),
        ],
    ),
    (
        "headline-in-square-brackets-is-read-inside-them",
        "【市总工会召开党组理论学习中心组学习会】\n\n5月8日，市总工会召开学习会。\n\n《工会法》宣传月活动启动\n\n"
        "5月10日，市总工会启动《工会法》宣传月活动。\n",
        [
            (None, None, "市总工会召开党组理论学习中心组学习会", None, 1, [], None),
            (None, None, "《工会法》宣传月活动启动", None, 1, [], None),
        ],
    ),
    (
        "ocr-running-header-with-a-dotted-page-number-on-every-page",
        "天津工会简报\n第 15 期\n天津市总工会办公室　　　　2012年7月3日\n\n市总工会举办职工书画展\n\n"
        "6月28日, 市总工会在市劳动人民文化宫举办职工书画展, 展出作品200余幅, 吸引职工群众3000余人次\n"
        "天津工会简报　　　　　　　　·2·\n参观.\n\n区总工会开展送清凉\n\n7月1日, 河西区总工会开展夏季送清凉活动.\n"
        "天津工会简报　　　　　　　　·3·\n",
        [
            (None, None, "市总工会举办职工书画展", None, 1, [], None),
            (None, None, "区总工会开展送清凉", None, 1, [], None),
        ],
    ),
    (
        "numbered-column-over-bracket-numbered-headlined-items",
        "二、基层动态\n\n（一）甲县总工会开展技能竞赛\n\n6月10日，甲县总工会举办焊工技能竞赛，32名选手参赛。\n\n"
        "（二）乙县总工会慰问环卫工人\n\n6月12日，乙县总工会慰问环卫工人100名。\n",
        [
            ("基层动态", None, "甲县总工会开展技能竞赛", None, 1, [], "（一）"),
            ("基层动态", None, "乙县总工会慰问环卫工人", None, 1, [], "（二）"),
        ],
    ),
    (
        "masthead-note-on-who-may-read-the-issue-in-ascii-brackets",
        "长钢工会简报\n(内部资料 注意保存)\n第12期(总第103期)\n长江钢铁集团公司工会办公室编        二○○九年五月八日\n\n"
        "公司工会举办职工篮球赛\n\n5月5日,公司工会举办职工篮球赛,12支球队参赛.\n",
        [(None, None, "公司工会举办职工篮球赛", None, 1, [], None)],
    ),
    (
        "masthead-note-between-an-unknown-name-and-its-issue",
        "职工之声\n内部刊物\n第4期\n某电力公司工会　编　　　　2018年6月2日\n\n公司工会开展安全月活动\n\n"
        "6月1日，公司工会启动安全生产月活动。\n",
        [(None, None, "公司工会开展安全月活动", None, 1, [], None)],
    ),
    (
        "circle-marked-column-over-a-kicker-and-headline-then-one-after-an-article",
        "某某学院工会简讯\n2014年第3期\n\n◎ 教代会专栏\n\n凝心聚力谋发展\n学院召开教代会\n\n3月12日，学院召开第三届教代会。\n\n"
        "◎ 关爱服务\n\n工会举办春季运动会\n\n4月2日，工会举办春季运动会。\n",
        [
            ("教代会专栏", "凝心聚力谋发展", "学院召开教代会", None, 1, [], None),
            ("关爱服务", None, "工会举办春季运动会", None, 1, [], None),
        ],
    ),
    (
        "triangle-marked-column-right-under-a-paragraph-and-over-its-headline",
        "▲ 劳模风采\n记全国劳动模范张建国\n\n张建国是公司的一名焊工，二十年如一日扎根一线。\n▲ 权益维护\n"
        "区总工会开展法律援助进企业\n\n6月3日，区总工会开展法律援助进企业活动。\n",
        [
            ("劳模风采", None, "记全国劳动模范张建国", None, 1, [], None),
            ("权益维护", None, "区总工会开展法律援助进企业", None, 1, [], None),
        ],
    ),
    (
        "star-marked-short-name-over-items-is-their-column",
        "☆ 一周要事\n\n△ 3月1日，甲区总工会召开会议。\n△ 3月2日，乙区总工会召开会议。\n\n"
        "☆ 工会快报\n☆ 3月5日，丙区总工会召开会议。\n",
        [
            ("一周要事", None, None, None, 1, [], "△"),
            ("一周要事", None, None, None, 1, [], "△"),
            ("工会快报", None, None, None, 1, [], "☆"),
        ],
    ),
    (
        "short-item-among-items-and-bulleted-sections-of-an-article-stay-as-they-are",
        "◆ 3月1日，甲区总工会召开会议。\n◆ 乙区工会办书法展\n\n市总工会推进职工之家建设\n\n"
        "今年以来，市总工会多措并举推进职工之家建设。\n\n◆ 强化组织领导\n\n各级工会把职工之家建设列入重点工作。\n",
        [
            (None, None, None, None, 1, [], "◆"),
            (None, None, None, None, 1, [], "◆"),
            (None, None, "市总工会推进职工之家建设", None, 3, [], None),
        ],
    ),
    (
        "byline-in-ascii-brackets-closes-its-article-and-a-headline-in-ascii-quotes-follows",
        "基层动态\n\n起重机厂工会举办技术比武\n\n6月27日,起重机厂工会举办第三届职工技术比武,60名职工参加.\n(起重机厂工会供稿)\n\n"
        '热处理分厂"金点子"助力降本增效\n\n今年上半年,热处理分厂职工提出合理化建议126条.\n(热处理分厂工会供稿)\n\n'
        "运输部青年突击队显身手\n\n面对突发故障，运输部青年突击队连夜抢修。\n",
        [
            ("基层动态", None, "起重机厂工会举办技术比武", None, 2, [], None),
            ("基层动态", None, '热处理分厂"金点子"助力降本增效', None, 2, [], None),
            ("基层动态", None, "运输部青年突击队显身手", None, 1, [], None),
        ],
    ),
    (
        "photo-scene-line-set-apart-above-the-next-headline-is-a-caption",
        "区总工会举办运动会\n\n5月3日，区总工会举办运动会。\n（区总工会供稿）\n\n比赛现场\n\n镇工会开展慰问\n\n"
        "5月5日，镇工会开展慰问。\n\n市总工会召开全委会\n\n5月8日，市总工会召开全委会。\n\n与会人员合影\n\n基层动态\n"
        "◆ 5月9日，甲区总工会召开会议。\n",
        [
            (None, None, "区总工会举办运动会", None, 2, ["比赛现场"], None),
            (None, None, "镇工会开展慰问", None, 1, [], None),
            (None, None, "市总工会召开全委会", None, 1, ["与会人员合影"], None),
            ("基层动态", None, None, None, 1, [], "◆"),
        ],
    ),
    (
        "prize-list-one-per-line-under-a-colon-is-paragraphs-never-headings-or-joined",
        "区总工会举办职工厨艺大赛\n\n5月12日，区总工会举办第二届职工厨艺大赛，32名选手参赛。获奖名单如下：\n\n"
        "一等奖：张伟（区人民医院）\n二等奖：李娜（区实验中学）、王刚（区供电公司）\n三等奖：赵敏（区自来水公司）\n"
        "优秀组织奖：区卫健委工会、区教育局工会\n\n区总工会有关负责人表示，将继续举办此类活动。\n",
        [(None, None, "区总工会举办职工厨艺大赛", None, 6, [], None)],
    ),
    (
        "labelled-list-items-set-apart-by-blank-lines-and-a-credit-after-them",
        "市职工乒乓球赛落幕\n\n9月20日至22日，市职工乒乓球赛举行，共有15支代表队参赛。比赛结果如下：\n\n"
        "男子团体冠军：市电力公司代表队\n\n女子团体冠军：市教育局代表队\n\n体育道德风尚奖：市公安局代表队、市税务局代表队\n\n"
        "（市总工会宣传部供稿）\n",
        [(None, None, "市职工乒乓球赛落幕", None, 5, [], None)],
    ),
    (
        "names-alone-under-a-colon-one-under-another-or-each-after-a-blank-line",
        "市总工会表彰一批优秀工会干部\n\n3月8日，市总工会表彰2023年度优秀工会干部。名单如下：\n\n"
        "陈立明　市交通运输工会\n王海涛　市教育工会\n刘建华　高新区总工会\n\n会议要求，受表彰的同志要珍惜荣誉。\n\n"
        "县总工会命名一批职工之家\n\n近日，县总工会命名第二批县级模范职工之家，名单如下：\n\n县供电公司工会\n\n"
        "县第一高级中学工会\n\n城关镇总工会\n\n各单位要发挥示范作用。\n",
        [
            (None, None, "市总工会表彰一批优秀工会干部", None, 5, [], None),
            (None, None, "县总工会命名一批职工之家", None, 5, [], None),
        ],
    ),
    (
        "a-list-ends-at-the-next-headline-over-its-lead-and-at-a-photo-line",
        "市总工会举办技能竞赛\n\n10月10日，市总工会举办焊工技能竞赛。获奖名单如下：\n\n一等奖：张三（甲公司）\n"
        "二等奖：李四（乙公司）\n\n区总工会开展金秋助学\n\n8月20日，区总工会开展金秋助学活动。会议指出：\n\n"
        "街道总工会表彰技术能手\n\n6月1日，街道总工会表彰技术能手，名单如下：\n张三　市电力公司\n李四　市公交集团\n\n"
        "颁奖现场\n\n会议要求，受表彰的同志要珍惜荣誉。\n",
        [
            (None, None, "市总工会举办技能竞赛", None, 3, [], None),
            (None, None, "区总工会开展金秋助学", None, 1, [], None),
            (None, None, "街道总工会表彰技术能手", None, 4, ["颁奖现场"], None),
        ],
    ),
    (
        "roster-lines-under-a-section-head-are-whole-paragraphs-never-joined",
        "省职工技能大赛落幕\n\n5月28日，省职工技能大赛落幕。个人获奖名单如下：\n\n（一）电工\n\n"
        "一等奖：张三（甲公司）、李四（乙公司）\n\n（二）钳工\n\n一等奖：王五（丙公司）\n\n"
        "二等奖（2名）：赵六（丁公司）、孙七（戊公司）\n\n两个工种另有20名选手获得三等奖。\n",
        [(None, None, "省职工技能大赛落幕", None, 7, [], None)],
    ),
    (
        "labelled-list-in-a-text-without-blank-lines-ends-at-a-line-of-another-shape",
        "　　区总工会召开表彰大会\n　　2月5日，区总工会召开表彰大会。受表彰名单如下：\n"
        "　　先进集体：区人民医院工会、区城投公司工会\n　　先进个人：王某、李某、张某\n　　街道总工会开展慰问\n"
        "　　2月8日，街道总工会开展春节慰问活动。\n",
        [
            (None, None, "区总工会召开表彰大会", None, 3, [], None),
            (None, None, "街道总工会开展慰问", None, 1, [], None),
        ],
    ),
    (
        "wechat-photo-captions-after-triangles-and-arrows-lose-their-marker",
        "成都市举办职工趣味运动会\n\n5月18日，成都市总工会举办职工趣味运动会，600余名职工参加。\n\n▲活动现场\n\n"
        "比赛设拔河、跳绳等8个项目。\n\n▲职工参加拔河比赛\n\n△ 职工参加跳绳比赛\n\n"
        "▲5月18日，获奖职工代表合影留念\n\n↑ 培训现场\n\n↓ 下图为职工进行消防演练\n\n最终，市教育工会代表队获得团体第一名。\n",
        [
            (
                None,
                None,
                "成都市举办职工趣味运动会",
                None,
                3,
                [
                    "活动现场",
                    "职工参加拔河比赛",
                    "职工参加跳绳比赛",
                    "5月18日，获奖职工代表合影留念",
                    "培训现场",
                    "下图为职工进行消防演练",
                ],
                None,
            )
        ],
    ),
    (
        "triangle-photo-line-over-the-next-headline-or-among-diamond-items-is-a-caption",
        "区总工会举办书画展\n\n5月1日，区总工会举办职工书画展。\n\n▲活动现场\n\n街道总工会开展慰问\n\n"
        "5月3日，街道总工会开展慰问活动。\n\n一周动态\n\n◆3月1日，甲区总工会召开全委会议。\n\n▲会议现场\n\n"
        "◆3月2日，乙区总工会举办职工书法展。\n",
        [
            (None, None, "区总工会举办书画展", None, 1, ["活动现场"], None),
            (None, None, "街道总工会开展慰问", None, 1, [], None),
            ("一周动态", None, None, None, 1, ["会议现场"], "◆"),
            ("一周动态", None, None, None, 1, [], "◆"),
        ],
    ),
    (
        "triangle-items-with-a-sentence-or-dated-one-after-another-stay-items",
        "一周动态\n\n▲3月1日，甲区总工会召开全委会议，部署全年工作。\n▲丙区总工会日前开展普法宣传活动。\n▲丁区工会办书法展\n\n"
        "区总工会举办书画展\n\n5月1日，区总工会举办职工书画展。\n\n▲5月2日，甲街道工会召开会议\n▲5月3日，乙街道工会开展慰问\n",
        [
            ("一周动态", None, None, None, 1, [], "▲"),
            ("一周动态", None, None, None, 1, [], "▲"),
            ("一周动态", None, None, None, 1, [], "▲"),
            ("一周动态", None, "区总工会举办书画展", None, 1, [], None),
            ("一周动态", None, None, None, 1, [], "▲"),
            ("一周动态", None, None, None, 1, [], "▲"),
        ],
    ),
    (
        "markdown-wechat-copy-with-a-prize-list-and-a-triangle-caption",
        "## 以赛促学 以学促干\n\n5月12日，市总工会举办焊工技能竞赛。获奖名单如下：\n\n一等奖：张三（甲公司）\n\n"
        "二等奖：李四（乙公司）、王五（丙公司）\n\n▲ 颁奖现场\n\n## 区总工会开展金秋助学\n\n8月20日，区总工会开展金秋助学活动。\n",
        [
            (None, None, "以赛促学 以学促干", None, 3, ["颁奖现场"], None),
            (None, None, "区总工会开展金秋助学", None, 1, [], None),
        ],
    ),
    (
        "table-rows-under-a-colon-and-the-attachments-named-at-the-end-are-paragraphs",
        "【通报表彰】\n\n我县5名职工获表彰\n\n5月4日，县总工会印发表彰决定，5名职工获表彰。名单如下：\n\n"
        "序号\t姓名\t单位\n1\t王立新\t县人民医院\n2\t赵春梅\t县第一小学\n\n"
        "附件：1.县总工会表彰决定\n\u3000\u3000\u30002.2024年县职工技能竞赛获奖名单\n\n县总工会开展慰问\n\n"
        "5月6日，县总工会开展慰问。\n",
        [
            ("通报表彰", None, "我县5名职工获表彰", None, 6, [], None),
            ("通报表彰", None, "县总工会开展慰问", None, 1, [], None),
        ],
    ),
    # A name, headline or column given also in another script (Uyghur, Mongolian, Tibetan, Korean, English,
    # pinyin): the masthead's other form of the name is a masthead line (test_masthead_name_in_another_script); a
    # headline's translation is its subtitle (a paragraph when it has a ——subtitle, or translates the column);
    # never a column, kicker, headline or caption
    (
        "masthead-name-in-uyghur-under-the-chinese-name",
        "伊犁工会\nئىلى ئىشچىلار ئۇيۇشمىسى\n2019年第3期\n伊犁州总工会办公室　　2019年3月8日\n\n工作动态\n\n"
        "州总工会召开全委会\n\n3月5日，州总工会召开全委会。\n",
        [("工作动态", None, "州总工会召开全委会", None, 1, [], None)],
    ),
    (
        "masthead-name-in-uyghur-above-the-chinese-name",
        "ئاقسۇ ئىشچىلار ئۇيۇشمىسى\n阿克苏工会\n2016年第11期（总第87期）\n\n要闻\n\n地区总工会召开推进会\n\n"
        "11月2日，地区总工会召开推进会。\n",
        [("要闻", None, "地区总工会召开推进会", None, 1, [], None)],
    ),
    (
        "masthead-name-in-mongolian-script",
        "内蒙古工会简报\nᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠠᠵᠢᠯᠴᠢᠳ ᠤᠨ ᠡᠪ ᠨᠡᠶᠢᠭᠡᠮᠯᠡᠯ\n第12期\n内蒙古自治区总工会办公室　　2021年6月18日\n\n"
        "工会要闻\n\n自治区总工会召开党组会\n\n6月16日，自治区总工会召开党组会。\n",
        [("工会要闻", None, "自治区总工会召开党组会", None, 1, [], None)],
    ),
    (
        "masthead-name-in-tibetan-after-the-issue",
        "西藏工会\n2022年第5期\nབོད་ལྗོངས་ལས་བཟོ་ཚོགས་པ།\n\n区总工会开展送温暖\n\n1月20日，区总工会开展送温暖活动。\n",
        [(None, None, "区总工会开展送温暖", None, 1, [], None)],
    ),
    (
        "masthead-name-in-english-above-the-chinese-name",
        "TRADE UNION BULLETIN\n工会简报\n第4期\n\n工作动态\n\n市总工会召开全委会\n\n3月30日，市总工会召开全委会。\n",
        [("工作动态", None, "市总工会召开全委会", None, 1, [], None)],
    ),
    (
        "english-translation-under-hong-kong-headlines-is-the-subtitle",
        "工聯會會訊\n2023年第5期\n\n會務動態\n\n工聯會舉辦職安講座\nFTU holds talk on occupational safety\n\n"
        "【本報訊】工聯會於5月12日舉辦職安講座，逾百名會員出席。\n\n工聯會探訪長者\nFTU visits the elderly\n\n"
        "5月20日，工聯會探訪區內長者。\n",
        [
            ("會務動態", None, "工聯會舉辦職安講座", "FTU holds talk on occupational safety", 1, [], None),
            ("會務動態", None, "工聯會探訪長者", "FTU visits the elderly", 1, [], None),
        ],
    ),
    (
        "korean-and-uyghur-translations-above-or-under-a-headline-are-its-subtitle",
        "연길시 총공회 운동회 개최\n延吉市总工会举办运动会\n\n7月10日，延吉市总工会举办职工运动会。\n\n"
        "市总工会开展送清凉活动\nشەھەرلىك ئىشچىلار ئۇيۇشمىسى سالقىنلىق يەتكۈزدى\n\n7月20日，市总工会开展送清凉活动。\n",
        [
            (None, None, "延吉市总工会举办运动会", "연길시 총공회 운동회 개최", 1, [], None),
            (None, None, "市总工会开展送清凉活动", "شەھەرلىك ئىشچىلار ئۇيۇشمىسى سالقىنلىق يەتكۈزدى", 1, [], None),
        ],
    ),
    (
        "translation-of-a-column-or-after-a-dash-subtitle-is-a-paragraph",
        "工作动态\nWORK NEWS\n\n市总工会召开全委会\n\n3月30日，市总工会召开全委会。\n\n安全第一\n工聯會舉辦職安講座\n"
        "——逾百名會員出席\nFTU holds talk on occupational safety\n\n【本報訊】工聯會於5月12日舉辦職安講座。\n\n简讯\nBRIEFS\n"
        "★9月8日，区总工会举办竞赛。\n★9月9日，区总工会开展慰问。\n",
        [
            ("工作动态", None, "市总工会召开全委会", None, 2, [], None),
            ("工作动态", "安全第一", "工聯會舉辦職安講座", "——逾百名會員出席", 2, [], None),
            ("简讯", None, None, None, 2, [], "★"),
            ("简讯", None, None, None, 1, [], "★"),
        ],
    ),
    (
        "markdown-a-line-in-another-script-under-a-heading-is-its-subtitle-elsewhere-a-paragraph-not-a-caption",
        "## 工聯會舉辦職安講座\nFTU holds talk on occupational safety\n\n5月12日，工聯會舉辦職安講座。\n\n"
        "The event site\n\n## 工聯會探訪長者\n\n5月20日，工聯會探訪區內長者。\n",
        [
            (None, None, "工聯會舉辦職安講座", "FTU holds talk on occupational safety", 2, [], None),
            (None, None, "工聯會探訪長者", None, 1, [], None),
        ],
    ),
    (
        "a-line-in-another-script-between-paragraphs-is-a-paragraph-never-joined-to-chinese",
        "市总工会开展宣讲\n\n9月1日，市总工会开展宣讲活动，各族职工代表300余人参加，宣讲团成员用汉语和维吾尔语\n"
        "شەھەرلىك ئىشچىلار ئۇيۇشمىسى تەشۋىقات\n\n9月2日，宣讲团走进企业。\n\nThe event site\n\n9月3日，宣讲团走进社区。\n",
        [(None, None, "市总工会开展宣讲", None, 5, [], None)],
    ),
    (
        "commendation-notice-red-header-signature-and-attached-lists-are-one-article",
        "湖南省总工会文件\n\n湘工发〔2019〕8号\n\n湖南省总工会关于表彰2018年度全省工会宣传工作先进单位和先进个人的通报\n\n"
        "各市州总工会，省直各产业工会：\n\n经研究，决定对长沙市总工会等8个单位和张明等5名同志予以通报表扬。\n\n"
        "附件：2018年度全省工会宣传工作先进单位和先进个人名单\n\n湖南省总工会\n二〇一九年一月十五日\n\n附件\n\n"
        "2018年度全省工会宣传工作先进单位和先进个人名单\n\n一、先进单位（8个）\n\n"
        "长沙市总工会、株洲市总工会、湘潭市总工会、衡阳市总工会、\n邵阳市总工会、岳阳市总工会、常德市总工会、\n张家界市总工会\n\n"
        "二、先进个人（5名）\n\n张明（长沙市总工会）、李红（株洲市总工会）、王强（湘潭市总工会）、\n"
        "赵敏（衡阳市总工会）、钱进（邵阳市总工会）\n",
        # salutation, body, 附件 line, issuer, 附件, list title, 一、, list, 二、, list (the date is a stamp)
        [(None, None, "湖南省总工会关于表彰2018年度全省工会宣传工作先进单位和先进个人的通报", None, 10, [], None)],
    ),
    (
        "names-wrapped-over-lines-ending-on-a-list-comma-are-one-paragraph-ending-at-its-last-line",
        "市总工会召开劳模座谈会\n\n5月2日，市总工会召开劳模座谈会，会上公布了获奖名单：\n\n张三、李四、王五、\n赵六、孙七\n\n"
        "市总工会、市人社局、\n联合举办职工技能大赛\n\n6月1日，大赛在市职教中心开幕。\n",
        [
            (None, None, "市总工会召开劳模座谈会", None, 2, [], None),
            (None, None, "市总工会、市人社局、\n联合举办职工技能大赛", None, 1, [], None),
        ],
    ),
    (
        "cms-markdown-table-quote-link-and-list-items",
        "# 江北工会\n\n2025年第6期\n\n## 工会要闻\n\n**凝心聚力　共谋发展**\n\n### 区总工会召开十届三次全委会议\n\n"
        "6月3日，区总工会召开十届三次全委会议。\n\n| 单位 | 得分 |\n| --- | --- |\n| 观音桥街道总工会 | 98 |\n"
        "| 五里店街道总工会 | 95 |\n\n![](https://example.cn/a/1.png)\n图为会议现场\n\n"
        "> 区总工会主席指出：“要以更实的举措服务职工，\n让职工感受到工会就在身边。”\n\n> 职工代表表示：“很受鼓舞。”\n\n"
        "[阅读原文](https://example.cn/news/123.html)\n\n## 简讯\n\n"
        "- 6月5日，区总工会开展安全生产月宣传活动。\n- 6月8日，区总工会举办职工读书分享会。\n* 6月10日，区总工会慰问一线职工。\n",
        [
            ("工会要闻", "凝心聚力 共谋发展", "区总工会召开十届三次全委会议", None, 6, ["图为会议现场"], None),
            ("简讯", None, None, None, 1, [], "-"),
            ("简讯", None, None, None, 1, [], "-"),
            ("简讯", None, None, None, 1, [], "*"),
        ],
    ),
    (
        "plain-text-table-rows-list-items-and-link-lines-stay-in-their-article",
        "区总工会举办职工运动会\n\n5月20日，区总工会举办职工运动会，获奖名单如下：\n\n| 代表队 | 成绩 |\n|:---|---:|\n"
        "| 机关代表队 | 冠军 |\n| 教育代表队 | 亚军 |\n\n运动会设以下项目：\n\n- 拔河\n- 跳绳\n- 接力跑\n\n"
        "[相关报道：区总工会举办职工运动会](https://example.cn/b.html)\n\n[查看更多](https://example.cn/list.html)\n",
        [(None, None, "区总工会举办职工运动会", None, 9, [], None)],
    ),
    (
        "an-office-signs-a-notice-and-its-attachment-sections-and-space-separated-names-are-paragraphs",
        "中华全国总工会办公厅关于表扬2022年度工会信息工作先进单位的通报\n\n各省、自治区、直辖市总工会：\n\n"
        "经综合评定，决定对北京市总工会等5个单位予以通报表扬。\n\n附件：2022年度工会信息工作先进单位名单\n\n"
        "中华全国总工会办公厅\n2023年3月6日\n\n附件\n\n2022年度工会信息工作先进单位名单\n\n（一）直辖市（2个）\n\n"
        "北京市总工会　天津市总工会\n\n（二）省区（3个）\n\n河北省总工会　山西省总工会\n内蒙古自治区总工会\n\n"
        "工作动态\n\n市总工会召开全委会议\n\n5月1日，市总工会召开全委会议。\n",
        [
            # salutation, body, 附件 line, signing office, 附件, title, 2 section heads, 3 name lines (date: a stamp)
            (None, None, "中华全国总工会办公厅关于表扬2022年度工会信息工作先进单位的通报", None, 11, [], None),
            ("工作动态", None, "市总工会召开全委会议", None, 1, [], None),
        ],
    ),
    (
        "markdown-numbered-section-under-a-headline-and-an-emphasised-caption",
        "# 沙坪坝工会\n\n## 工作动态\n\n### 区总工会举办劳模事迹报告会\n\n5月6日，区总工会举办劳模事迹报告会。\n\n"
        "![报告会现场](https://example.cn/img/a.jpg)\n\n*图为报告会现场*\n\n#### 一、精心组织\n\n区总工会提前谋划，精心组织。\n\n"
        "#### 二、注重实效\n\n报告会形式新颖，反响热烈。\n\n### 区总工会慰问困难职工\n\n5月8日，区总工会走访慰问困难职工20户。\n",
        [
            ("工作动态", None, "区总工会举办劳模事迹报告会", None, 5, ["图为报告会现场"], None),
            ("工作动态", None, "区总工会慰问困难职工", None, 1, [], None),
        ],
    ),
    (
        "meeting-minutes-labelled-lines-are-paragraphs-and-the-document-number-furniture",
        "某某县总工会工作简报\n2016年第7期\n\n【会议纪要】\n\n县总工会第十五届经审委员会第二次会议纪要\n某工经〔2016〕3号\n\n"
        "会议时间：2016年6月2日下午3时\n会议地点：县总工会三楼会议室\n主持人：县总工会经审委主任刘某某\n"
        "出席：县总工会经审委委员、各基层工会经审委主任代表（共15人）\n记录人：张某\n\n"
        "6月2日，县总工会召开经审委员会会议，审议2015年度经费收支情况。会议议定事项如下：\n\n"
        "一、原则通过2015年度经费审查报告。\n\n二、下半年对12个基层工会开展经费审计。\n\n"
        "（根据县总工会办公室提供的会议纪要整理刊发）\n\n【基层动态】\n\n镇总工会举办职工篮球赛\n\n"
        "5月20日，镇总工会举办职工篮球赛，8支代表队参赛。\n",
        [
            ("会议纪要", None, "县总工会第十五届经审委员会第二次会议纪要", None, 9, [], None),
            ("基层动态", None, "镇总工会举办职工篮球赛", None, 1, [], None),
        ],
    ),
    (
        "press-release-marks-dateline-end-mark-and-media-contact-are-furniture",
        "海员职工通讯\n第12期\n\n【新闻稿】\n\n即时发布\n2019年5月2日（星期四）\n\n海员工会发布船员权益调查报告\n"
        "逾六成船员希望缩短合约期\n\n本会今日公布“船员工作状况”调查结果，共访问三百二十名船员。\n\n"
        "本会促请有关部门尽快检讨船员合约制度。\n\n（完）\n\n媒体查询：本会秘书处陈先生　电话：2123 4567\n\n"
        "即时发布\n2019年5月4日（星期六）\n\n海员工会举办开放日\n\n本会于5月4日举办开放日，约二百名市民参加。\n\n-END-\n",
        [
            ("新闻稿", None, "海员工会发布船员权益调查报告", "逾六成船员希望缩短合约期", 2, [], None),
            ("新闻稿", None, "海员工会举办开放日", None, 1, [], None),
        ],
    ),
    (
        "running-header-of-the-name-with-its-issue-keeps-out-of-the-joined-paragraph",
        "某某工会工作\n第5期（总第40期）\n某某市总工会办公室编　　2015年4月10日\n\n市总工会举办职工技能大赛\n\n"
        "4月8日，市总工会举办全市职工技能大赛，来自全市各行业的三百余名职工参加了钳工、电工和焊工三个工种的比赛，"
        "经过两天激烈角逐，共有\n\n- 2 -\n\n某某工会工作｜第5期\n\n三十名职工获得一等奖。\n",
        [(None, None, "市总工会举办职工技能大赛", None, 1, [], None)],
    ),
    (
        "subject-colon-headline-between-paragraphs-opens-an-article-a-scene-colon-line-stays-a-caption",
        "【基层风采】\n\n“夜班车”上的暖心班组\n\n普速车间夜班车组担当南京至郑州的夜间列车乘务工作。\n\n"
        "颁奖现场：段领导为班组代表颁奖\n\n班组连续三年被评为先进班组。\n\n动车二车间：让职工在公寓吃上热饭\n\n"
        "动车二车间常年在外段公寓待乘的职工有一百余人，车间工会今年在公寓开设了职工食堂。\n",
        [
            ("基层风采", None, "“夜班车”上的暖心班组", None, 2, ["颁奖现场：段领导为班组代表颁奖"], None),
            ("基层风采", None, "动车二车间：让职工在公寓吃上热饭", None, 1, [], None),
        ],
    ),
    (
        "organizer-lines-under-a-report-are-one-paragraph-each",
        "【赛事动态】\n\n全市职工乒乓球赛开赛\n\n9月12日，2019年全市职工乒乓球赛在市体育馆开赛，24支代表队参赛。\n"
        "主办单位：某某市总工会\n承办单位：某某市体育局\n协办单位：某某银行股份有限公司某某分行\n\n比赛为期三天。\n\n"
        "区总工会举办读书分享会\n\n4月23日，区总工会举办职工读书分享会。\n\n指导单位：区委宣传部\n主办：区总工会\n"
        "支持单位：区图书馆、新华书店某某分店\n\n共有60余名职工参加。\n",
        [
            ("赛事动态", None, "全市职工乒乓球赛开赛", None, 5, [], None),
            ("赛事动态", None, "区总工会举办读书分享会", None, 5, [], None),
        ],
    ),
    (
        "chronicle-entries-led-by-a-date-and-a-space-are-brief-articles-under-their-column",
        "某某工会通讯\n第12期\n\n工会大事记\n\n1月8日　市总工会召开十二届三次全委会议。\n\n"
        "2月中旬　市总工会开展春送岗位活动，提供岗位3000余个。\n\n3月5日　市总工会表彰一批女职工先进集体和个人。\n\n"
        "县工会大事记（摘编）\n\n2011年3月2日　县总工会召开全委会议\n2011年4月下旬　县总工会举办职工技能竞赛，120名职工参赛\n\n"
        "【大事记】\n\n5月8日  市总工会召开主席办公会。\n12月20日—21日  市总工会组织劳模疗休养。\n\n简讯\n\n● 5月1日，市总工会慰问劳模。\n",
        [
            ("工会大事记", None, None, None, 1, [], None),
            ("工会大事记", None, None, None, 1, [], None),
            ("工会大事记", None, None, None, 1, [], None),
            ("县工会大事记（摘编）", None, None, None, 1, [], None),
            ("县工会大事记（摘编）", None, None, None, 1, [], None),
            ("大事记", None, None, None, 1, [], None),
            ("大事记", None, None, None, 1, [], None),
            ("简讯", None, None, None, 1, [], "●"),
        ],
    ),
    (
        "dated-lines-with-a-space-under-a-headline-are-its-paragraphs-not-a-chronicle",
        "市总工会举办工会干部培训班\n\n5月6日，市总工会举办全市工会干部培训班，150名基层工会主席参加。培训安排如下：\n\n"
        "5月6日 报到\n5月7日 开班仪式\n5月8日 结业考试\n\n学员们表示收获很大。\n",
        [(None, None, "市总工会举办工会干部培训班", None, 5, [], None)],
    ),
    (
        "a-short-line-set-apart-over-a-headline-and-its-subtitle-is-a-column",
        "某某工会信息\n第3期\n\n本期特稿\n\n奋进的二〇一七\n——全区工会工作回眸\n\n2017年，全区各级工会紧紧围绕中心工作。\n\n"
        "年度回眸\n\n砥砺奋进的一年\n——区总工会2018年工作回顾\n\n2018年，区总工会团结带领全区职工建功立业。\n\n"
        "【要闻】\n\n凝心聚力\n市总工会召开全委会\n——部署今年重点工作\n\n3月1日，市总工会召开全委会。\n",
        [
            ("本期特稿", None, "奋进的二〇一七", "——全区工会工作回眸", 1, [], None),
            ("年度回眸", None, "砥砺奋进的一年", "——区总工会2018年工作回顾", 1, [], None),
            ("要闻", "凝心聚力", "市总工会召开全委会", "——部署今年重点工作", 1, [], None),
        ],
    ),
    (
        "a-photo-line-ending-on-a-scene-word-is-a-caption-even-over-a-dated-paragraph",
        "【职工之家】\n\n市总工会建成职工书屋30家\n\n今年以来，市总工会推进职工书屋建设，建成书屋30家。\n\n"
        "某某机械厂职工书屋一角\n\n3月上旬，市总工会又向基层配送图书5000册。\n\n劳模工作室助力技术攻关\n\n"
        "4月28日，市总工会命名劳模创新工作室12家。\n\n劳模工作室成员合影\n\n5月20日，工作室攻克了一项技术难题。\n\n"
        "职工书屋建设推进会召开\n\n3月5日，区总工会召开职工书屋建设推进会。\n",
        [
            ("职工之家", None, "市总工会建成职工书屋30家", None, 2, ["某某机械厂职工书屋一角"], None),
            ("职工之家", None, "劳模工作室助力技术攻关", None, 2, ["劳模工作室成员合影"], None),
            ("职工之家", None, "职工书屋建设推进会召开", None, 1, [], None),
        ],
    ),
    (
        "an-e-mail-newsletters-header-greeting-and-unsubscribe-line-are-no-articles",
        "发件人：某某市总工会办公室 <office@example.cn>\n收件人：各区县总工会\n发送时间：2022年3月4日（星期五）09:12\n"
        "主题：【工会周讯】2022年第9期\n\n各位同事：\n现将本期周讯发送给你们，请查收。\n\n------------------------\n"
        "工会周讯　2022年第9期\n某某市总工会办公室编\n------------------------\n\n【要闻】\n\n市总工会召开全委会议\n\n"
        "3月2日，市总工会召开十五届五次全委会议。\n\n会议审议了工作报告。\n\n【基层简讯】\n\n● 3月1日，区总工会慰问环卫工人。\n\n"
        "● 3月3日，县总工会举办培训班。\n\n------------------------\n如需退订本邮件，请回复“退订”。\n",
        [
            ("要闻", None, "市总工会召开全委会议", None, 2, [], None),
            ("基层简讯", None, None, None, 1, [], "●"),
            ("基层简讯", None, None, None, 1, [], "●"),
        ],
    ),
    (
        "a-box-drawn-table-borders-are-markup-each-row-a-paragraph-its-titled-line-a-caption",
        "芜湖市总工会举办叉车技能比武\n\n6月3日，芜湖市总工会举办全市叉车技能比武，32名选手参赛。\n\n附表：比武获奖名单\n"
        "╔══════╦════╗\n║单位　║名次║\n╠══════╬════╣\n║奇瑞汽车║第一名║\n╠══════╬════╣\n║海螺水泥║第二名║\n"
        "╚══════╩════╝\n\n市总工会召开全委会\n\n6月5日，市总工会召开全委会。\n",
        [
            (None, None, "芜湖市总工会举办叉车技能比武", None, 4, ["附表：比武获奖名单"], None),
            (None, None, "市总工会召开全委会", None, 1, [], None),
        ],
    ),
    (
        "a-box-drawn-table-without-a-title-stays-in-its-article",
        "某某县总工会表彰先进\n\n7月1日，县总工会表彰一批先进集体和个人。\n\n┌────┬────┐\n│单位│姓名│\n├────┼────┤\n"
        "│县医院│王芳│\n└────┴────┘\n",
        [(None, None, "某某县总工会表彰先进", None, 3, [], None)],
    ),
    (
        "a-pdf-text-wrapped-narrower-than-a-heading-keeps-its-lines-in-paragraphs-across-a-page-break",
        "　　　　　　赣州工会\n\n　　　　2019年第7期\n\n　　　　　　　　赣州市总工会开展夏送清凉活动\n\n"
        "　　7月10日至12日，赣州市总工会组织慰问组走进全市\n"
        "建筑工地、环卫站点和快递网点，为一线职工送去防暑降温\n"
        "用品。慰问组一行先后来到章贡区、南康区等地。在某某\n"
        "建筑工地，慰问组为120名建筑工人送去绿豆、毛巾、藿香\n\n　　　　　　　　— 1 —\n\f赣州工会　　　　　2019年第7期\n\n"
        "正气水等物品，叮嘱大家合理安排作业时间，注意防暑降温\n"
        "和安全生产。\n\n"
        "　　据了解，今年以来全市各级工会共投入送清凉资金，慰\n"
        "问一线职工1.5万人次，惠及户外劳动者3万余人，发放防\n"
        "暑降温用品2万余份，开展健康讲座和义诊活动二十余场。\n",
        [(None, None, "赣州市总工会开展夏送清凉活动", None, 2, [], None)],
    ),
    (
        "a-bracketed-name-over-a-profile-is-a-column-not-a-caption-of-the-article-above",
        "【劳模风采】\n\n王建华：扎根一线三十年\n\n王建华是某某钢铁公司的一名炉前工。\n\n【人物名片】\n\n"
        "王建华，男，1968年生，某某钢铁公司炼钢厂炉长，2015年获全国劳动模范称号。\n\n【工作动态】\n\n区总工会召开座谈会\n\n"
        "5月6日，区总工会召开座谈会。\n",
        [
            ("劳模风采", None, "王建华：扎根一线三十年", None, 1, [], None),
            ("人物名片", None, None, None, 1, [], None),
            ("工作动态", None, "区总工会召开座谈会", None, 1, [], None),
        ],
    ),
    (
        "a-bracketed-name-after-a-closing-byline-over-a-profile-is-a-column",
        "【身边榜样】\n\n焊花里的青春\n\n记者：您为什么选择焊工？\n\n李娜：因为喜欢。\n\n（某某区总工会供稿）\n\n【人物档案】\n\n"
        "李娜，女，1990年生，某某重工焊工，2020年被评为“市技术能手”。\n",
        [
            ("身边榜样", None, "焊花里的青春", None, 3, [], None),
            ("人物档案", None, None, None, 1, [], None),
        ],
    ),
    (
        "an-interviews-question-and-answer-turns-are-paragraphs-of-its-article",
        "【工匠访谈】\n\n把螺丝拧到极致\n——访全国技术能手李红\n\n近日，记者采访了某某汽车厂装配工李红。\n\n记者：您是怎么走上这条路的？\n\n"
        "李红：我从小就喜欢摆弄机器。\n\n记者：对年轻人有什么建议？\n\n李红：沉下心来，把每件小事做好。\n\n（区总工会宣传部供稿）\n",
        [("工匠访谈", None, "把螺丝拧到极致", "——访全国技术能手李红", 6, [], None)],
    ),
    (
        "a-figure-line-with-a-thousands-comma-is-no-clause-continued-by-the-next-column",
        "【数读】\n\n2023年全区工会帮扶成绩单\n\n●慰问困难职工1,200户\n●发放救助金360万元\n●培训农民工2,600人次\n\n【简讯】\n\n"
        "●3月5日，区总工会召开全委会。\n\n●3月8日，区总工会举办女职工讲座。\n",
        [
            ("数读", None, "2023年全区工会帮扶成绩单", None, 3, [], None),
            ("简讯", None, None, None, 1, [], "●"),
            ("简讯", None, None, None, 1, [], "●"),
        ],
    ),
    (
        "a-numbered-table-title-over-a-box-drawn-table-is-its-caption",
        "县总工会表彰优秀班组\n\n4月30日，县总工会表彰了一批优秀班组。\n\n表1：优秀班组名单\n┌──────┬────┐\n│班组　│单位│\n"
        "├──────┼────┤\n│焊接班│县机械厂│\n└──────┴────┘\n",
        [(None, None, "县总工会表彰优秀班组", None, 3, ["表1：优秀班组名单"], None)],
    ),
    (
        "emoji-column-heads-over-emoji-items-and-the-closing-follow-and-hashtag-lines-are-furniture",
        "三亚工会微周刊\n2023年第7期｜3月20日\n\n🌟 一周要闻\n\n▶️ 3月14日，市总工会召开全委会，部署全年工作。\n"
        "▶️ 3月16日，天涯区总工会为环卫工人送去春季慰问品。\n\n📢 服务提醒\n\n✔️ 3月份起，职工医疗互助报名通道开放。\n"
        "✔️ 工会会员可在小程序领取电影观影券。\n\n👇 长按识别二维码关注我们\n#三亚工会# #职工之家#\n",
        [
            ("一周要闻", None, None, None, 1, [], "▶️"),
            ("一周要闻", None, None, None, 1, [], "▶️"),
            ("服务提醒", None, None, None, 1, [], "✔️"),
            ("服务提醒", None, None, None, 1, [], "✔️"),
        ],
    ),
    (
        "emoji-markers-without-a-space-and-a-call-to-follow-without-a-marker",
        "工会微报\n2024年第3期\n\n🔥热点回顾\n\n🔸4月2日，市总工会举办“工匠讲堂”首场直播，在线观看1.2万人次。\n"
        "🔸4月3日，柳北区总工会走访慰问困难职工20户。\n\n💡温馨提示\n\n☑4月10日前，各基层工会报送年度经审报告。\n\n"
        "欢迎关注“柳州工会”视频号\n",
        [
            ("热点回顾", None, None, None, 1, [], "🔸"),
            ("热点回顾", None, None, None, 1, [], "🔸"),
            ("温馨提示", None, None, None, 1, [], "☑"),
        ],
    ),
    (
        "an-emoji-before-a-headline-is-its-decoration",
        "🎉 市总工会举办职工春晚\n\n1月20日，市总工会举办职工春晚，500余名职工观看演出。\n\n"
        "🏆 某某公司荣获全国五一劳动奖状\n\n4月28日，某某公司荣获全国五一劳动奖状。\n",
        [
            (None, None, "市总工会举办职工春晚", None, 1, [], "🎉"),
            (None, None, "某某公司荣获全国五一劳动奖状", None, 1, [], "🏆"),
        ],
    ),
    (
        "column-names-between-geta-marks-and-after-heavy-bars-or-blocks",
        "〓〓〓 工作动态 〓〓〓\n\n市总工会召开经审工作会议\n\n4月8日，市总工会召开全市工会经审工作会议。\n\n〓 简　讯 〓\n\n"
        "◆4月9日，涪城区总工会举办职工书法展。\n\n◆4月12日，游仙区总工会开展法律宣传。\n\n▍會務報導\n\n本會舉辦勞資關係講座\n\n"
        "3月7日，本會於會館舉辦勞資關係講座。\n\n█ 簡訊\n\n●3月10日，本會召開理監事會。\n",
        [
            ("工作动态", None, "市总工会召开经审工作会议", None, 1, [], None),
            ("简 讯", None, None, None, 1, [], "◆"),  # (text normalised: one space)
            ("简 讯", None, None, None, 1, [], "◆"),
            ("會務報導", None, "本會舉辦勞資關係講座", None, 1, [], None),
            ("簡訊", None, None, None, 1, [], "●"),
        ],
    ),
    (
        "a-calendar-of-slash-dates-under-a-barred-column-is-one-brief-per-line",
        "▌會務動態\n\n本會舉辦勞工權益講座\n\n10月9日，本會舉辦勞工權益講座，會員五十餘人參加。\n\n▌活動預告\n\n"
        "10/23（六）　會員健行活動（澄清湖，名額80人）\n11/6（六）　幹部研習營（本會會議室）\n11/20　勞資爭議處理說明會\n\n"
        "【行事曆】\n\n３／１９（六）　會員工會幹部講習\n４／２（六）－４／３（日）　會員旅遊活動\n",
        [
            ("會務動態", None, "本會舉辦勞工權益講座", None, 1, [], None),
            ("活動預告", None, None, None, 1, [], None),
            ("活動預告", None, None, None, 1, [], None),
            ("活動預告", None, None, None, 1, [], None),
            ("行事曆", None, None, None, 1, [], None),
            ("行事曆", None, None, None, 1, [], None),
        ],
    ),
    (
        "a-short-line-under-a-caption-over-a-since-last-year-lead-is-the-next-headline",
        "【工作动态】\n\n区总工会开展送温暖活动\n\n1月20日，区总工会走访慰问困难职工30户。\n\n图为慰问现场\n\n结对帮扶见成效\n\n"
        "去年以来，区总工会组织机关干部与困难职工结对帮扶。\n\n图为结对仪式\n\n女职工学习成长营开营\n\n"
        "前年以来，公司女职工委员会坚持每月举办一次学习活动。\n",
        [
            ("工作动态", None, "区总工会开展送温暖活动", None, 1, ["图为慰问现场"], None),
            ("工作动态", None, "结对帮扶见成效", None, 1, ["图为结对仪式"], None),
            ("工作动态", None, "女职工学习成长营开营", None, 1, [], None),
        ],
    ),
    (
        "a-short-line-under-a-marked-caption-over-a-paragraph-set-apart-is-the-next-headline",
        "【基层风采】\n\n某某公司工会开展技能比武\n\n3月5日，某某公司工会举办技能比武。\n\n图为比武现场\n\n车间里的“娘家人”\n\n"
        "在某某机械厂装配车间，工会小组长李红每天最早到岗。\n",
        [
            ("基层风采", None, "某某公司工会开展技能比武", None, 1, ["图为比武现场"], None),
            ("基层风采", None, "车间里的“娘家人”", None, 1, [], None),
        ],
    ),
    (
        "keycap-numbers-enumerate-items-and-a-copyright-line-is-furniture",
        "【数说一季度】\n\n1️⃣ 全市新建工会组织120家。\n2️⃣ 新发展会员3,000余人。\n\n© 2024 某某市总工会 版权所有\n",
        [
            ("数说一季度", None, None, None, 1, [], "1️⃣"),
            ("数说一季度", None, None, None, 1, [], "2️⃣"),
        ],
    ),
    ("empty", "", []),
    ("whitespace-only", " \n\u3000\n", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in INLINE_CASES], ids=[c[0] for c in INLINE_CASES])
def test_inline_structure(text: str, expected: list[Art]) -> None:
    assert brief(text) == expected
    assert_invariants(unionnews.Pipeline(extractors=[]).parse(text), text)


def test_broken_paragraph_is_joined_and_page_number_kept_out() -> None:
    text = INLINE_CASES[10][1]
    b = unionnews.Pipeline(extractors=[]).parse(text)
    para = b.articles[0].paragraphs[0].text
    assert "职工代表共300余人" in para
    assert "- 5 -" not in para
    assert [f.text for f in b.furniture] == ["- 5 -"]


def test_running_headers_met_once_keep_out_of_the_joined_paragraph() -> None:
    for name in (
        "bulletin-name-once-beside-a-page-number-is-a-running-header",
        "masthead-name-with-the-page-number-on-its-line-is-a-running-header",
    ):
        text = next(c[1] for c in INLINE_CASES if c[0] == name)
        b = unionnews.Pipeline(extractors=[]).parse(text)
        first = b.articles[0].paragraphs[0].text
        assert "负责人及重点企业" in first or "医疗机构送去" in first, first
        assert "running_header" in [f.kind for f in b.furniture]


def test_box_table_borders_are_furniture_and_a_pdf_wrap_joins_over_the_page_break() -> None:
    table = next(c[1] for c in INLINE_CASES if c[0].startswith("a-box-drawn-table-borders"))
    b = unionnews.Pipeline(extractors=[]).parse(table)
    assert [p.text for p in b.articles[0].paragraphs[1:]] == ["║单位 ║名次║", "║奇瑞汽车║第一名║", "║海螺水泥║第二名║"]
    assert [f.kind for f in b.furniture] == ["markup"] * 4
    wrapped = next(c[1] for c in INLINE_CASES if c[0].startswith("a-pdf-text-wrapped-narrower"))
    b = unionnews.Pipeline(extractors=[]).parse(wrapped)
    first = "".join(b.articles[0].paragraphs[0].text.split())
    assert "绿豆、毛巾、藿香正气水等物品" in first and "— 1 —" not in b.articles[0].paragraphs[0].text
    assert "防暑降温用品2万余份" in "".join(b.articles[0].paragraphs[1].text.split())


def test_press_release_and_minutes_furniture() -> None:
    """即时发布, （完）, -END-, 媒体查询：… and a document number are furniture; a release's dateline is its stamp."""
    cases = {c[0]: c[1] for c in INLINE_CASES}
    b = unionnews.Pipeline(extractors=[]).parse(
        cases["press-release-marks-dateline-end-mark-and-media-contact-are-furniture"]
    )
    assert [(f.kind, f.text) for f in b.furniture] == [
        ("markup", "即时发布"),
        ("markup", "（完）"),
        ("distribution", "媒体查询：本会秘书处陈先生 电话：2123 4567"),  # (text normalised: one space)
        ("markup", "即时发布"),
        ("markup", "-END-"),
    ]
    assert [(f.field, f.text) for f in b.masthead][2:4] == [("published", "2019年5月2日"), ("other", "（星期四）")]
    b = unionnews.Pipeline(extractors=[]).parse(
        cases["meeting-minutes-labelled-lines-are-paragraphs-and-the-document-number-furniture"]
    )
    assert [(f.kind, f.text) for f in b.furniture] == [("markup", "某工经〔2016〕3号")]
    assert b.articles[0].paragraphs[0].text == "会议时间：2016年6月2日下午3时"
    b = unionnews.Pipeline(extractors=[]).parse(
        cases["running-header-of-the-name-with-its-issue-keeps-out-of-the-joined-paragraph"]
    )
    assert b.articles[0].paragraphs[0].text.endswith("共有三十名职工获得一等奖。")


def test_new_media_digest_issue_line_and_closing_lines() -> None:
    """An issue line with a day but no year beside the year of its issue dates the issue; the call to follow and
    the hashtag line under the last item are furniture."""
    cases = {c[0]: c[1] for c in INLINE_CASES}
    b = unionnews.Pipeline(extractors=[]).parse(
        cases["emoji-column-heads-over-emoji-items-and-the-closing-follow-and-hashtag-lines-are-furniture"]
    )
    assert [(f.field, f.text) for f in b.masthead] == [
        ("title", "三亚工会微周刊"),
        ("issue", "2023年第7期"),
        ("other", "｜"),
        ("date", "3月20日"),
    ]
    assert (b.metadata.date, b.metadata.reference_source) == (dt.date(2023, 3, 20), "masthead")
    assert [(f.kind, f.text) for f in b.furniture] == [
        ("navigation", "👇 长按识别二维码关注我们"),
        ("navigation", "#三亚工会# #职工之家#"),
    ]
    assert [p.text for a in b.articles for p in a.paragraphs][:1] == ["3月14日，市总工会召开全委会，部署全年工作。"]
    # a day alone under a name, with no issue year beside it, is no masthead date: the lead of an item
    b = unionnews.Pipeline(extractors=[]).parse(
        "工会周报\n5月6日\n\n市总工会召开全委会\n\n5月6日，市总工会召开全委会。\n"
    )
    assert all(f.field != "date" for f in b.masthead)


def test_wechat_account_line_is_the_publication_stamp() -> None:
    b = unionnews.Pipeline(extractors=[]).parse(
        "某市工会 2023-06-12 18:30 发表于浙江\n\n某区总工会开展培训\n\n6月9日，某区总工会开展培训。\n"
    )
    assert (b.metadata.date, b.metadata.reference_source) == (dt.date(2023, 6, 12), "stamp")
    assert [(f.field, f.text) for f in b.masthead] == [
        ("publisher", "某市工会"),
        ("published", "2023-06-12 18:30"),
        ("other", "发表于浙江"),
    ]


def test_union_before_a_bare_date_is_the_masthead_publisher() -> None:
    b = unionnews.Pipeline(extractors=[]).parse(
        "工会信息\n第8期\n某某县总工会      2020年9月30日\n\n县总工会开展培训\n\n9月25日，县总工会开展培训。\n"
    )
    assert (b.metadata.publisher, b.metadata.date, b.metadata.reference_source) == (
        "某某县总工会",
        dt.date(2020, 9, 30),
        "masthead",
    )


def test_unknown_masthead_name_and_a_committee_as_publisher() -> None:
    b = unionnews.Pipeline(extractors=[]).parse(
        "职工之家\n\n2024年第6期　总第118期\n中共某市总工会机关委员会　主办　　2024年6月28日\n\n市总工会召开推进会\n\n6月20日，市总工会召开推进会。\n"
    )
    m = b.metadata
    assert (m.title, m.issue, m.total_issue, m.publisher, m.date) == (
        "职工之家",
        "2024年第6期",
        "总第118期",
        "中共某市总工会机关委员会",
        dt.date(2024, 6, 28),
    )


def test_masthead_dated_by_month_and_a_two_line_wechat_header() -> None:
    m = (
        unionnews.Pipeline(extractors=[])
        .parse(
            "青工之声\n第15期\n共青团某某公司委员会　　2017年10月\n\n公司举办技能比武\n\n10月12日，公司举办技能比武。\n"
        )
        .metadata
    )
    assert (m.title, m.issue, m.publisher, m.date) == ("青工之声", "第15期", "共青团某某公司委员会", None)
    b = unionnews.Pipeline(extractors=[]).parse(
        "某区总工会\n2023-08-15 17:45 发表于重庆\n\n区总工会开展慰问\n\n8月14日，区总工会开展慰问。\n"
    )
    assert (b.metadata.date, b.metadata.reference_source) == (dt.date(2023, 8, 15), "stamp")
    assert [f.field for f in b.masthead] == ["title", "published", "other"]


def test_masthead_date_in_the_minguo_calendar() -> None:
    b = unionnews.Pipeline(extractors=[]).parse(
        "勞工會訊\n第45期　中華民國112年5月10日出刊\n\n本會舉辦活動\n\n5月1日，本會舉辦活動。\n"
    )
    assert (b.metadata.issue, b.metadata.date) == ("第45期", dt.date(2023, 5, 10))


def _inline(name: str) -> str:
    return next(c[1] for c in INLINE_CASES if c[0] == name)


def test_masthead_notes_on_who_may_read_the_issue() -> None:
    """(内部资料 注意保存), 内部资料，免费交流, 仅供内部参考 under the name: masthead lines ('other' fields), so the
    issue, publisher and date under them are read too (they were captions of the first article)."""
    cases = [
        (
            _inline("masthead-note-on-who-may-read-the-issue-in-ascii-brackets"),
            ("长钢工会简报", "第12期", "(总第103期)", "长江钢铁集团公司工会办公室", dt.date(2009, 5, 8)),
        ),
        (
            "工会工作简报\n（内部资料　注意保存）\n2015年第3期（总第58期）\n某市总工会办公室　　　　2015年3月20日\n\n"
            "市总工会召开全委会\n\n3月18日，市总工会召开全委会。\n",
            ("工会工作简报", "2015年第3期", "（总第58期）", "某市总工会办公室", dt.date(2015, 3, 20)),
        ),
        (
            "某某大学工会通讯\n内部资料，免费交流\n2019年第1期\n\n校工会召开新春团拜会\n\n1月18日，校工会召开新春团拜会。\n",
            ("某某大学工会通讯", "2019年第1期", None, None, None),
        ),
        (
            "工会信息\n仅供内部参考\n第21期\n某区总工会办公室　　2020年11月3日\n\n区总工会开展普法宣传\n\n11月2日，区总工会开展普法宣传。\n",
            ("工会信息", "第21期", None, "某区总工会办公室", dt.date(2020, 11, 3)),
        ),
        (
            "煤矿工会简报\n第9期\n【内部资料】\n某矿业集团工会　　2016年9月1日\n\n集团工会开展夏送清凉\n\n8月30日，集团工会开展夏送清凉活动。\n",
            ("煤矿工会简报", "第9期", None, "某矿业集团工会", dt.date(2016, 9, 1)),
        ),
        (
            _inline("masthead-note-between-an-unknown-name-and-its-issue"),
            ("职工之声", "第4期", None, "某电力公司工会", dt.date(2018, 6, 2)),
        ),
    ]
    for text, expected in cases:
        b = unionnews.Pipeline(extractors=[]).parse(text)
        m = b.metadata
        assert (m.title, m.issue, m.total_issue, m.publisher, m.date) == expected, text
        assert len(b.articles) == 1 and not b.articles[0].captions and b.articles[0].kicker is None, text
        assert any(f.field == "other" and "内部" in f.text for f in b.masthead), text


def test_masthead_name_in_another_script() -> None:
    """The bulletin's name also written in another script, above or under the Chinese one, is a title field (an
    'other' field when it holds numbers, or stands away from the name); the metadata's title is the Chinese name,
    and the issue, publisher and date under it stay in the masthead (they were captions of the first article)."""
    cases = [
        (
            _inline("masthead-name-in-uyghur-under-the-chinese-name"),
            ("伊犁工会", "2019年第3期", "伊犁州总工会办公室"),
            [("title", "伊犁工会"), ("title", "ئىلى ئىشچىلار ئۇيۇشمىسى"), ("issue", "2019年第3期")],
        ),
        (
            _inline("masthead-name-in-uyghur-above-the-chinese-name"),
            ("阿克苏工会", "2016年第11期", None),
            [("title", "ئاقسۇ ئىشچىلار ئۇيۇشمىسى"), ("title", "阿克苏工会"), ("issue", "2016年第11期")],
        ),
        (
            _inline("masthead-name-in-mongolian-script"),
            ("内蒙古工会简报", "第12期", "内蒙古自治区总工会办公室"),
            [("title", "内蒙古工会简报"), ("title", "ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠠᠵᠢᠯᠴᠢᠳ ᠤᠨ ᠡᠪ ᠨᠡᠶᠢᠭᠡᠮᠯᠡᠯ"), ("issue", "第12期")],
        ),
        (
            _inline("masthead-name-in-tibetan-after-the-issue"),
            ("西藏工会", "2022年第5期", None),
            [("title", "西藏工会"), ("issue", "2022年第5期"), ("other", "བོད་ལྗོངས་ལས་བཟོ་ཚོགས་པ།")],
        ),
        (
            _inline("masthead-name-in-english-above-the-chinese-name"),
            ("工会简报", "第4期", None),
            [("title", "TRADE UNION BULLETIN"), ("title", "工会简报"), ("issue", "第4期")],
        ),
        (
            "延边工会\n연변공회\n2020年第7期（总第95期）\n延边州总工会办公室　　2020年7月15日\n\n延吉市总工会举办运动会\n\n"
            "7月10日，延吉市总工会举办职工运动会。\n",
            ("延边工会", "2020年第7期", "延边州总工会办公室"),
            [("title", "延边工会"), ("title", "연변공회"), ("issue", "2020年第7期")],
        ),
        (
            "春城工运\nCHUNCHENG GONGYUN\n2016年第2期\n\n市总工会召开全委会\n\n2月20日，市总工会召开全委会。\n",
            ("春城工运", "2016年第2期", None),
            [("title", "春城工运"), ("title", "CHUNCHENG GONGYUN"), ("issue", "2016年第2期")],
        ),
        (
            "TRADE UNION BULLETIN\n2018年第4期\n\n市总工会召开全委会\n\n3月30日，市总工会召开全委会。\n",
            ("TRADE UNION BULLETIN", "2018年第4期", None),
            [("title", "TRADE UNION BULLETIN"), ("issue", "2018年第4期")],
        ),
        (
            "工会简报\nTrade Union Bulletin   No. 4\n2018年第4期\n\n市总工会召开全委会\n\n3月30日，市总工会召开全委会。\n",
            ("工会简报", "2018年第4期", None),
            [("title", "工会简报"), ("other", "Trade Union Bulletin   No. 4"), ("issue", "2018年第4期")],
        ),
        (
            "香港工會聯合會\nThe Hong Kong Federation of Trade Unions\n2024年3月號\n\n工聯會舉辦講座\n\n"
            "【本報訊】工聯會於3月12日舉辦講座。\n",
            ("香港工會聯合會", "2024年3月號", None),
            [
                ("title", "香港工會聯合會"),
                ("title", "The Hong Kong Federation of Trade Unions"),
                ("issue", "2024年3月號"),
            ],
        ),
    ]
    for text, expected, fields in cases:
        b = unionnews.Pipeline(extractors=[]).parse(text)
        assert_invariants(b, text)
        assert (b.metadata.title, b.metadata.issue, b.metadata.publisher) == expected, text
        assert [(f.field, f.text) for f in b.masthead][: len(fields)] == fields, text
        assert all(not a.captions and a.kicker is None for a in b.articles), text


def test_cr_only_line_endings() -> None:
    text = "甲区总工会举办培训\r\r3月1日，甲区总工会举办培训。\r"
    assert brief(text) == [(None, None, "甲区总工会举办培训", None, 1, [], None)]


def test_user_column_words() -> None:
    lexicon = unionnews.Lexicon(columns=frozenset({"劳动者之声"}))
    text = "劳动者之声\n\n甲区总工会举办培训\n\n3月1日，甲区总工会举办培训。\n"
    b = unionnews.Pipeline(lexicon=lexicon, extractors=[]).parse(text)
    assert [c.name for c in b.columns] == ["劳动者之声"]


def test_hong_kong_masthead_issued_by_month() -> None:
    m = (
        unionnews.Pipeline(extractors=[])
        .parse("香港工會聯合會\n2024年3月號\n\n工聯會舉辦講座\n\n【本報訊】工聯會於3月12日舉辦講座。\n")
        .metadata
    )
    assert (m.title, m.issue, m.script) == ("香港工會聯合會", "2024年3月號", "traditional")


def test_an_enterprise_union_beside_its_issue_is_the_publisher() -> None:
    m = (
        unionnews.Pipeline(extractors=[])
        .parse(next(c[1] for c in INLINE_CASES if c[0].startswith("enterprise-union")))
        .metadata
    )
    assert (m.title, m.issue, m.publisher) == ("工会简讯", "2023年第4期", "某工程局集团公司工会")


def test_a_headline_line_never_wraps_over_page_furniture() -> None:
    """A line ending on 暨 or （ over page furniture: the next heading is no second half (it would claim the
    furniture's characters too)."""
    for text in (
        "某市总工会召开职工代表大会暨\n- 2 -\n区总工会开展慰问\n\n5月3日，区总工会开展慰问。\n",
        "一周动态\n一周动态\n000000000（\n一周动态\n## 某区总工会召开会议",
    ):
        b = unionnews.Pipeline(extractors=[]).parse(text)
        assert_invariants(b, text)
        assert all("\n" not in a.headline.text for a in b.articles if a.headline)


def test_bracketed_headline_keeps_its_brackets_as_markup() -> None:
    b = unionnews.Pipeline(extractors=[]).parse("【 市总工会召开学习会 】\n\n5月8日，市总工会召开学习会。\n")
    assert [(f.kind, f.text) for f in b.furniture] == [("markup", "【"), ("markup", " 】")]
    assert b.articles[0].headline is not None and b.articles[0].headline.text == "市总工会召开学习会"


def test_photo_caption_marker_is_markup() -> None:
    text = next(
        c[1] for c in INLINE_CASES if c[0] == "wechat-photo-captions-after-triangles-and-arrows-lose-their-marker"
    )
    b = unionnews.Pipeline(extractors=[]).parse(text)
    assert [f.text for f in b.furniture if f.kind == "markup"] == ["▲", "▲", "△", "▲", "↑", "↓"]


def test_red_header_and_publisher_contacts_are_masthead() -> None:
    """A notice's red header and number, and a newsletter's 發行： line with its phone and fax, are masthead
    fields; the notice's date under its issuer at the end is its stamp (the issuer a paragraph)."""
    text = next(c[1] for c in INLINE_CASES if c[0].startswith("commendation-notice-red-header"))
    b = unionnews.Pipeline(extractors=[]).parse(text)
    assert [(f.field, f.text) for f in b.masthead] == [
        ("title", "湖南省总工会文件"),
        ("issue", "湘工发〔2019〕8号"),
        ("date", "二〇一九年一月十五日"),
    ]
    assert b.metadata.date == dt.date(2019, 1, 15)
    b = unionnews.Pipeline(extractors=[]).parse(
        "臺中市總工會會訊\n第八十八期\n中華民國一百一十二年十月五日出刊\n"
        "發行：臺中市總工會　發行人：林志明　電話：（04）2222-3333　傳真：（04）2222-3334\n\n"
        "工會動態\n\n本會舉辦勞資關係研習會\n\n民國112年9月20日，本會舉辦研習會。\n"
    )
    assert [(f.field, f.text) for f in b.masthead][3:] == [
        ("publisher", "發行：臺中市總工會"),
        ("other", "發行人：林志明"),
        ("other", "電話：（04）2222-3333"),
        ("other", "傳真：（04）2222-3334"),
    ]
    assert b.metadata.publisher == "臺中市總工會"
    assert outline(b) == [("工會動態", None, "本會舉辦勞資關係研習會", None, 1, [], None)]


def test_cms_markdown_markers_are_markup_and_kept() -> None:
    """The table's delimiter row and a quote's > are markup, [阅读原文](…) navigation; no text keeps them."""
    text = next(c[1] for c in INLINE_CASES if c[0] == "cms-markdown-table-quote-link-and-list-items")
    b = unionnews.Pipeline(extractors=[]).parse(text)
    kinds = [(f.kind, f.text) for f in b.furniture if f.text.strip("#* ")]
    assert ("markup", "| --- | --- |") in kinds
    assert ("navigation", "[阅读原文](https://example.cn/news/123.html)") in kinds
    assert [f.text for f in b.furniture if f.text.startswith(">")] == ["> ", "> "]
    assert [p.text for p in b.articles[0].paragraphs] == [
        "6月3日，区总工会召开十届三次全委会议。",
        "| 单位 | 得分 |",
        "| 观音桥街道总工会 | 98 |",
        "| 五里店街道总工会 | 95 |",
        "区总工会主席指出：“要以更实的举措服务职工，让职工感受到工会就在身边。”",  # (a lazy continuation line)
        "职工代表表示：“很受鼓舞。”",
    ]
    assert_invariants(b, text)


def test_a_quote_over_marked_lines_is_one_paragraph_without_its_markers() -> None:
    """> on every line of a quote broken mid-sentence: one paragraph, each > markup (set before it)."""
    text = "## 市总工会开展送清凉活动\n\n## 基层动态\n\n7月10日，市总工会开展送清凉活动。\n\n> 环卫工人王师傅说：“感谢工会的关心，\n> 我们干劲更足了。”\n"
    b = unionnews.Pipeline(extractors=[]).parse(text)
    assert [p.text for p in b.articles[-1].paragraphs][-1] == "环卫工人王师傅说：“感谢工会的关心，我们干劲更足了。”"
    assert [f.text for f in b.furniture if f.text.startswith(">")] == ["> ", "> "]
    assert_invariants(b, text)


def test_mail_header_gives_the_publisher_and_the_issue_date() -> None:
    """An e-mail newsletter's sender is its publisher and its sending time its date; the greeting and the closing
    unsubscribe line are furniture (no paragraph of any article)."""
    text = (
        "From: 区总工会宣传部\n发件时间：2020年11月20日 15:00\n收件人：全区基层工会\n主题：区工会简讯第45期\n\n"
        "各位基层工会主席：\n您好！本期简讯如下。\n\n【工作动态】\n\n区总工会开展职工疗休养\n\n11月18日，区总工会组织劳模疗休养。\n\n"
        "本邮件为系统自动发送，请勿直接回复。\n"
    )
    b = unionnews.Pipeline(extractors=[]).parse(text)
    assert outline(b) == [("工作动态", None, "区总工会开展职工疗休养", None, 1, [], None)]
    assert b.metadata.publisher == "区总工会宣传部"
    assert b.metadata.date == dt.date(2020, 11, 20)
    assert [f.kind for f in b.furniture] == ["distribution", "distribution", "navigation"]
    assert_invariants(b, text)
