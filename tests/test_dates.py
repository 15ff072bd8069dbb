"""Date extraction (guidelines §1): one row per phenomenon, each asserting the exact records of one sentence.

A record is compared as (text, edtf, precision, relative, year_source, time_of_day). Sentences are written for
this project in the style of bulletins from many cities and years.
"""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unionnews
from unionnews.context import Context
from unionnews.extract.dates import DateExtractor, document_year
from unionnews.lexicon.user import Lexicon

Row = tuple[str, str | None, str | None, bool, str, str | None]
REF = "2024-12-05"


def _dates(text: str, ref: str | None = REF) -> list[Row]:
    bulletin = unionnews.parse(text, reference_date=ref)
    out: list[Row] = []
    for article in bulletin.articles:
        for d in article.dates:
            assert bulletin.text[d.span.start : d.span.end] == d.text
            out.append((d.text, d.edtf, d.precision, d.relative, d.year_source, d.time_of_day))
    return out


def r(text: str, edtf: str | None, precision: str | None, source: str = "reference", *, rel: bool = False,
      tod: str | None = None) -> Row:  # fmt: skip
    return (text, edtf, precision, rel, source, tod)


CASES: list[tuple[str, str, str | None, list[Row]]] = [
    # -- written forms ----------------------------------------------------------------------------
    ("ymd", "2023年6月15日，苏州市总工会举办技能竞赛。", REF, [r("2023年6月15日", "2023-06-15", "day", "written")]),
    ("md", "12月2日，合肥市总工会召开全委会议。", REF, [r("12月2日", "2024-12-02", "day")]),
    ("md-hao", "12月2号，石家庄市总工会走访企业。", REF, [r("12月2号", "2024-12-02", "day")]),
    ("month-fen", "11月份，全市开展安全生产月活动。", REF, [r("11月份", "2024-11", "month")]),
    ("ym", "2024年12月，西宁市总工会启动送温暖活动。", REF, [r("2024年12月", "2024-12", "month", "written")]),
    ("year", "2024年，全市新建职工之家30个。", REF, [r("2024年", "2024", "year", "written")]),
    ("year-in-name", "2023年长春市职工乒乓球赛落幕。", REF, [r("2023年", "2023", "year", "written")]),
    ("year-du", "表彰2023年度先进集体。", REF, [r("2023年度", "2023", "year", "written")]),
    ("iso", "本办法自2024-12-02起施行。", REF, [r("2024-12-02", "2024-12-02", "day", "written")]),
    (
        "dotted-range-hyphen",
        "活动时间：2024.05.01-2024.05.03。",
        REF,
        [r("2024.05.01-2024.05.03", "2024-05-01/2024-05-03", "day", "written")],
    ),
    ("dotted", "大会于2024.12.2在贵阳举行。", REF, [r("2024.12.2", "2024-12-02", "day", "written")]),
    ("slash", "报名截止2024/12/2。", REF, [r("2024/12/2", "2024-12-02", "day", "written")]),
    ("stamp-dmy", "印发日期：04.07.2016。", REF, [r("04.07.2016", "2016-07-04", "day", "written")]),
    ("pdf-spaces", "2024 年 12 月 2 日，召开全委会。", REF, [r("2024 年 12 月 2 日", "2024-12-02", "day", "written")]),
    ("school-year-range", "2024—2025学年职工子女助学。", REF, [r("2024—2025学年", "2024/2025", "year", "written")]),
    ("two-digit-year", "24年3月5日，市总工会召开会议。", REF, [r("24年3月5日", "2024-03-05", "day", "written")]),
    ("two-digit-duration", "他扎根一线工作24年。", REF, []),
    ("since-year", "2021年以来，全市累计培训职工5万人次。", REF, [r("2021年", "2021", "year", "written")]),
    ("year-then-chubu", "2024年初步建成服务站点120个。", REF, [r("2024年", "2024", "year", "written")]),
    # -- Chinese numerals -------------------------------------------------------------------------
    (
        "cn-ymd",
        "二〇二四年十二月二日，哈尔滨市总工会召开全委会。",
        REF,
        [r("二〇二四年十二月二日", "2024-12-02", "day", "written")],
    ),
    ("cn-md", "十二月二日，呼和浩特市总工会开展慰问。", REF, [r("十二月二日", "2024-12-02", "day")]),
    ("cn-yuanyue", "元月八日，市总工会走访困难职工。", "2025-01-20", [r("元月八日", "2025-01-08", "day")]),
    (
        "cn-circle-zero",
        "二○二二年五月三日，工会召开会议。",
        REF,
        [r("二○二二年五月三日", "2022-05-03", "day", "written")],
    ),
    ("cn-year", "二〇一七年，全市新建工会1260个。", REF, [r("二〇一七年", "2017", "year", "written")]),
    ("cn-bare-year", "“二○二二”职工读书月启动。", REF, [r("二○二二", "2022", "year", "written")]),
    (
        "cn-day-range",
        "十一月二十日至二十三日，培训班在大连举办。",
        REF,
        [r("十一月二十日至二十三日", "2024-11-20/2024-11-23", "day")],
    ),
    ("bare-year-in-name", "开展“2016一人发展一会员”活动。", REF, [r("2016", "2016", "year", "written")]),
    # -- ranges and lists -------------------------------------------------------------------------
    ("range-days", "11月27日至28日，培训班在昆明举办。", REF, [r("11月27日至28日", "2024-11-27/2024-11-28", "day")]),
    ("range-inline-days", "11月27-28日，竞赛在西安举行。", REF, [r("11月27-28日", "2024-11-27/2024-11-28", "day")]),
    (
        "range-months",
        "11月30日至12月2日，劳模疗休养在三亚举行。",
        REF,
        [r("11月30日至12月2日", "2024-11-30/2024-12-02", "day")],
    ),
    ("range-tilde", "11月30日～12月2日集中办理。", REF, [r("11月30日～12月2日", "2024-11-30/2024-12-02", "day")]),
    (
        "range-written-years",
        "2023年12月30日至2024年1月2日，开展送温暖活动。",
        REF,
        [r("2023年12月30日至2024年1月2日", "2023-12-30/2024-01-02", "day", "written")],
    ),
    (
        "range-across-year-turn",
        "12月30日至1月2日，全市工会开展新春慰问。",
        "2025-01-06",
        [r("12月30日至1月2日", "2024-12-30/2025-01-02", "day")],
    ),
    (
        "range-day-dash-after-month",
        "11月份，培训分两期举办，27日-28日为第一期。",
        REF,
        [r("11月份", "2024-11", "month"), r("27日-28日", "2024-11-27/2024-11-28", "day")],
    ),
    (
        "list-two-dates",
        "12月2日、3日，南宁市总工会分两批开展慰问。",
        REF,
        [r("12月2日", "2024-12-02", "day"), r("3日", "2024-12-03", "day")],
    ),
    ("range-month-words", "5月至7月，全市开展夏送清凉。", REF, [r("5月至7月", "2024-05/2024-07", "month")]),
    ("range-inline-months", "1-3月，全市新增会员2万人。", "2024-04-10", [r("1-3月", "2024-01/2024-03", "month")]),
    ("range-years", "《规划（2023—2025年）》印发。", REF, [r("2023—2025年", "2023/2025", "year", "written")]),
    ("range-end-in-window", "1至11月，全市新增会员3万人。", REF, [r("1至11月", "2024-01/2024-11", "month")]),
    ("range-ymonths", "2024年1—11月，全市办结案件。", REF, [r("2024年1—11月", "2024-01/2024-11", "month", "written")]),
    (
        "list-of-day-ranges-with-year",
        "2024年3月8日至10日、4月5日至7日，分两批举办。",
        REF,
        [
            r("2024年3月8日至10日", "2024-03-08/2024-03-10", "day", "written"),
            r("4月5日至7日", "2024-04-05/2024-04-07", "day", "written"),
        ],
    ),
    # -- time of day: part of the text, not of the value -------------------------------------------
    ("tod-afternoon", "12月2日下午，拉萨市总工会召开会议。", REF, [r("12月2日下午", "2024-12-02", "day", tod="下午")]),
    ("tod-clock", "12月2日14时30分，竞赛开幕。", REF, [r("12月2日14时30分", "2024-12-02", "day", tod="14时30分")]),
    (
        "day-alone-after-date",
        "12月3日，预赛举行。8日上午，决赛在银川举行。",
        REF,
        [r("12月3日", "2024-12-03", "day"), r("8日上午", "2024-12-08", "day", tod="上午")],
    ),
    (
        "day-alone-reference",
        "8日上午，杭州市总工会召开会议。",
        "2021-04-10",
        [r("8日上午", "2021-04-08", "day", tod="上午")],
    ),
    ("day-alone-last-month", "28日，福州市总工会举办读书会。", "2024-04-03", [r("28日", "2024-03-28", "day")]),
    ("day-alone-bare", "全市有3日未发生事故。", REF, []),
    (
        "day-alone-opens-clause-after-day",
        "大赛于3日开幕，5日闭幕。",
        "2024-06-10",
        [r("3日", "2024-06-03", "day"), r("5日", "2024-06-05", "day")],
    ),
    (
        "day-alone-opens-sentence",
        "5月10日，召开动员会；12日，举办培训班。15日，开展慰问。",
        "2024-06-20",
        [r("5月10日", "2024-05-10", "day"), r("12日", "2024-05-12", "day"), r("15日", "2024-05-15", "day")],
    ),
    (
        "day-alone-opens-sentence-comma",
        "会议部署了全年工作。12日，区总工会召开全委会。",
        "2024-06-20",
        [r("12日", "2024-06-12", "day")],
    ),
    (
        "day-alone-clause-duration",
        "6月3日开班，5日内完成培训，3日后结业。",
        "2024-06-20",
        [r("6月3日", "2024-06-03", "day")],
    ),
    (
        "this-month-day",
        "本月四日，太原市总工会召开会议。",
        "2022-09-20",
        [r("本月四日", "2022-09-04", "day", rel=True)],
    ),
    # -- parts of months and years: EDTF intervals --------------------------------------------------
    ("part-shangxun", "12月上旬，全市开展专项检查。", REF, [r("12月上旬", "2024-12-01/2024-12-10", "day")]),
    ("part-zhongxun", "将于12月中旬举办。", "2023-11-27", [r("12月中旬", "2023-12-11/2023-12-20", "day")]),
    (
        "part-xiaxun-leap",
        "2024年2月下旬，活动结束。",
        REF,
        [r("2024年2月下旬", "2024-02-21/2024-02-29", "day", "written")],
    ),
    ("part-month-end", "确保9月底前完成。", "2020-10-10", [r("9月底", "2020-09-21/2020-09-30", "day")]),
    ("part-zhongxiaxun", "4月中下旬，各区陆续开展。", "2024-04-30", [r("4月中下旬", "2024-04-11/2024-04-30", "day")]),
    (
        "part-range",
        "3月中旬至4月上旬，开展技能培训。",
        "2024-05-10",
        [r("3月中旬至4月上旬", "2024-03-11/2024-04-10", "day")],
    ),
    (
        "part-range-bare-end",
        "3月上旬至中旬，各区开展安全培训。",
        "2024-04-10",
        [r("3月上旬至中旬", "2024-03-01/2024-03-20", "day")],
    ),
    (
        "part-range-month-end",
        "5月初至月底，全市开展普法宣传。",
        "2024-06-03",
        [r("5月初至月底", "2024-05-01/2024-05-31", "day")],
    ),
    ("part-range-earlier-end", "3月下旬至上旬。", "2024-04-10", [r("3月下旬", "2024-03-21/2024-03-31", "day")]),
    (
        "range-day-to-part",
        "3月5日至4月中旬，全市开展技能比武。",
        "2024-04-30",
        [r("3月5日至4月中旬", "2024-03-05/2024-04-20", "day")],
    ),
    (
        "range-part-to-day",
        "12月下旬至1月10日，开展送温暖活动。",
        "2024-01-15",
        [r("12月下旬至1月10日", "2023-12-21/2024-01-10", "day")],
    ),
    (
        "month-word-after-part",
        "上月底，全市完成职工体检。当月，走访企业120家。",
        REF,
        [r("上月底", "2024-11-21/2024-11-30", "day", rel=True), r("当月", "2024-11", "month", rel=True)],
    ),
    ("part-year-start", "对照年初确定的目标。", REF, [r("年初", "2024-01/2024-02", "month", rel=True)]),
    ("part-year-end", "年底前实现全覆盖。", REF, [r("年底", "2024-11/2024-12", "month", rel=True)]),
    ("part-half-year", "下半年要抓好技能提升。", REF, [r("下半年", "2024-07/2024-12", "month", rel=True)]),
    ("part-this-half", "回顾今年上半年工作。", REF, [r("今年上半年", "2024-01/2024-06", "month", rel=True)]),
    ("part-next-half", "明年上半年启用。", "2016-11-21", [r("明年上半年", "2017-01/2017-06", "month", rel=True)]),
    (
        "part-quarter",
        "2024年第一季度，全市新建会员2万人。",
        REF,
        [r("2024年第一季度", "2024-01/2024-03", "month", "written")],
    ),
    (
        "part-first-season",
        "今年首季，转介就业逾千人。",
        "2022-05-03",
        [r("今年首季", "2022-01/2022-03", "month", rel=True)],
    ),
    ("part-this-year-end", "今年年底前建成。", REF, [r("今年年底", "2024-11/2024-12", "month", rel=True)]),
    ("part-year-end-short", "力争今年底完工。", "2025-01-06", [r("今年底", "2025-11/2025-12", "month", rel=True)]),
    # -- relative words ---------------------------------------------------------------------------
    ("this-year", "今年以来，全市新建驿站50个。", REF, [r("今年", "2024", "year", rel=True)]),
    ("last-year", "比去年增长12%。", REF, [r("去年", "2023", "year", rel=True)]),
    ("next-year", "明年将继续开展。", REF, [r("明年", "2025", "year", rel=True)]),
    ("year-before-last", "前年建成的驿站。", REF, [r("前年", "2022", "year", rel=True)]),
    ("since-last-year", "去年以来，累计服务职工10万人次。", "2025-01-06", [r("去年", "2024", "year", rel=True)]),
    ("this-month", "本月，全市开展普法宣传。", REF, [r("本月", "2024-12", "month", rel=True)]),
    ("last-month", "上月，全市新增会员500人。", REF, [r("上月", "2024-11", "month", rel=True)]),
    ("this-year-month", "今年5月启动以来，吸引众多职工参加。", REF, [r("今年5月", "2024-05", "month", rel=True)]),
    ("yesterday", "昨日，兰州市总工会召开会议。", REF, [r("昨日", "2024-12-04", "day", rel=True)]),
    (
        "day-before-yesterday",
        "前天下午，区总工会开展慰问。",
        REF,
        [r("前天下午", "2024-12-03", "day", rel=True, tod="下午")],
    ),
    ("not-day-before-yesterday", "目前天气转冷，此前天津市总工会已部署。", REF, []),
    ("last-month-ge", "上个月底，全市完成体检。", REF, [r("上个月底", "2024-11-21/2024-11-30", "day", rel=True)]),
    (
        "weekdays",
        "上周五，市总工会召开全委会；本周三，服务中心开放；下星期一将举办培训。",
        REF,
        [
            r("上周五", "2024-11-29", "day", rel=True),
            r("本周三", "2024-12-04", "day", rel=True),
            r("下星期一", "2024-12-09", "day", rel=True),
        ],
    ),
    ("weekday-no-reference", "上周五，市总工会召开全委会。", None, [r("上周五", None, None, "unknown", rel=True)]),
    ("weekday-counted", "本周三场比赛全部结束，本周日程已发布。", REF, []),
    (
        "next-day",
        "12月2日，竞赛开幕，次日进行决赛。",
        REF,
        [r("12月2日", "2024-12-02", "day"), r("次日", "2024-12-03", "day", rel=True)],
    ),
    (
        "same-year",
        "2019年3月，服务中心成立；同年5月投入使用。",
        REF,
        [r("2019年3月", "2019-03", "month", "written"), r("同年5月", "2019-05", "month", "written", rel=True)],
    ),
    ("recently-jinri", "近日，济南市总工会印发通知。", REF, [r("近日", None, None, "unknown", rel=True)]),
    ("recently-riqian", "日前，长沙市总工会召开会议。", REF, [r("日前", None, None, "unknown", rel=True)]),
    ("recently-jinqi", "近期将开展检查。", REF, [r("近期", None, None, "unknown", rel=True)]),
    ("recent-years", "近年来，全市工会不断创新。", REF, [r("近年来", None, None, "unknown", rel=True)]),
    ("that-day", "当天，职工们参观了展览。", REF, [r("当天", None, None, "unknown", rel=True)]),
    ("holiday-eve-not-riqian", "春节前夕，节日前走访。", REF, []),
    # -- lists: each item is a date of its own, taking the year of the item before it -----------------
    (
        "list-months-fen",
        "今年7、8月份，全市开展夏送清凉慰问。",
        "2024-09-05",
        [r("今年7", "2024-07", "month", rel=True), r("8月份", "2024-08", "month", rel=True)],
    ),
    (
        "list-months-written-year",
        "2022年7、8月，全市持续高温。",
        REF,
        [r("2022年7", "2022-07", "month", "written"), r("8月", "2022-08", "month", "written")],
    ),
    (
        "list-months-three",
        "全市于7、8、9月开展夏送清凉。",
        REF,
        [r("7", "2024-07", "month"), r("8", "2024-08", "month"), r("9月", "2024-09", "month")],
    ),
    (
        "list-months-he",
        "2019年3月和5月，分两批开展。",
        REF,
        [r("2019年3月", "2019-03", "month", "written"), r("5月", "2019-05", "month", "written")],
    ),
    ("list-not-enumerator", "会议部署了工作。1、2月份全市开展春风行动。", REF, [r("2月份", "2024-02", "month")]),
    (
        "list-days",
        "活动于12月2、3日举行。",
        "2024-12-10",
        [r("12月2", "2024-12-02", "day"), r("3日", "2024-12-03", "day")],
    ),
    (
        "list-cn-days",
        "十二月二、三日，召开会议。",
        "2024-12-10",
        [r("十二月二", "2024-12-02", "day"), r("三日", "2024-12-03", "day")],
    ),
    ("list-not-periods", "培训分1、2、3期举办。", REF, []),
    # -- quarters: EDTF intervals of months; a year-less quarter is the reference year's unless it begins more
    # than two months after the reference date
    (
        "quarter-cumulative",
        "前三季度，全市新增工会会员2.3万人。",
        "2024-10-20",
        [r("前三季度", "2024-01/2024-09", "month", rel=True)],
    ),
    (
        "quarter-range-inline",
        "一至三季度，全市累计帮扶困难职工500户。",
        "2024-10-20",
        [r("一至三季度", "2024-01/2024-09", "month", rel=True)],
    ),
    (
        "quarter-written-cumulative",
        "2023年前三季度，全市新建驿站20个。",
        "2024-01-10",
        [r("2023年前三季度", "2023-01/2023-09", "month", "written")],
    ),
    (
        "quarter-alone",
        "三季度，全市开展安全生产检查。",
        "2024-10-20",
        [r("三季度", "2024-07/2024-09", "month", rel=True)],
    ),
    (
        "quarter-last-year",
        "四季度，全市开展冬季送温暖。",
        "2025-01-10",
        [r("四季度", "2024-10/2024-12", "month", rel=True)],
    ),
    (
        "quarter-this-year",
        "一季度，全市开展春风行动。",
        "2025-01-10",
        [r("一季度", "2025-01/2025-03", "month", rel=True)],
    ),
    (
        "quarter-list",
        "全市第二、三季度开展劳动竞赛。",
        "2024-10-10",
        [r("第二", "2024-04/2024-06", "month", rel=True), r("三季度", "2024-07/2024-09", "month", rel=True)],
    ),
    (
        "quarter-list-written-year",
        "2023年一、二季度，全市新增会员。",
        REF,
        [r("2023年一", "2023-01/2023-03", "month", "written"), r("二季度", "2023-04/2023-06", "month", "written")],
    ),
    (
        "quarter-range-words",
        "一季度至三季度，全市新增会员。",
        "2024-10-20",
        [r("一季度至三季度", "2024-01/2024-09", "month", rel=True)],
    ),
    (
        "range-inline-months-fen",
        "1—9月份，全市工会经费收入增长5%。",
        "2024-10-10",
        [r("1—9月份", "2024-01/2024-09", "month")],
    ),
    # -- the Republic of China calendar: 民國 n年 is 1911 + n; a bare three-digit year only in a document that
    # uses that calendar (Traditional script, or 民國 written somewhere)
    (
        "roc-ymd",
        "民國112年5月1日，臺北市產業總工會舉辦勞動節大會。",
        "2023-05-10",
        [r("民國112年5月1日", "2023-05-01", "day", "written")],
    ),
    (
        "roc-chinese-numerals",
        "中華民國一百一十二年五月一日，本會召開會員代表大會。",
        "2023-05-10",
        [r("中華民國一百一十二年五月一日", "2023-05-01", "day", "written")],
    ),
    (
        "roc-year-du",
        "本會民國111年度工作報告經理事會通過。",
        "2023-03-10",
        [r("民國111年度", "2022", "year", "written")],
    ),
    (
        "roc-range",
        "本會於民國113年1月10日至12日辦理研習營。",
        "2024-01-20",
        [r("民國113年1月10日至12日", "2024-01-10/2024-01-12", "day", "written")],
    ),
    (
        "roc-bare-traditional",
        "高雄市總工會訊：112年5月1日舉行勞動節表揚大會。",
        "2023-05-10",
        [r("112年5月1日", "2023-05-01", "day", "written")],
    ),
    ("roc-bare-year-du", "依據110年度勞工教育計畫，開辦勞工講座。", None, [r("110年度", "2021", "year", "written")]),
    (
        "roc-bare-minguo-elsewhere",
        "民国112年度预算获通过。112年3月15日召开理事会。",
        "2023-04-10",
        [r("民国112年度", "2023", "year", "written"), r("112年3月15日", "2023-03-15", "day", "written")],
    ),
    ("roc-bare-not-without-calendar", "112年5月1日，召开会议。", REF, [r("5月1日", "2024-05-01", "day")]),
    (
        "roc-bare-not-after-minguo-period",
        "民国时期工人运动兴起。112年5月1日，召开会议。",
        REF,
        [r("5月1日", "2024-05-01", "day")],
    ),
    ("roc-numeric-dotted", "本會於112.05.01召開理監事會。", None, [r("112.05.01", "2023-05-01", "day", "written")]),
    (
        "roc-numeric-slash-range",
        "活動時間：112/5/1-112/5/3，地點：本會禮堂。",
        None,
        [r("112/5/1-112/5/3", "2023-05-01/2023-05-03", "day", "written")],
    ),
    ("roc-numeric-not-simplified", "版本112.5.1发布。", REF, []),
    ("roc-not-a-name", "中華民國全國總工會理事長出席。", "2023-05-10", []),
    (
        "weekday-note-in-range",
        "日期：3月5日（周二）至3月7日（周四）；3月12日(星期二)-14日，举办培训。",
        "2024-06-20",
        [
            r("3月5日（周二）至3月7日", "2024-03-05/2024-03-07", "day"),
            r("3月12日(星期二)-14日", "2024-03-12/2024-03-14", "day"),
        ],
    ),
    (
        "year-list-without-nian",
        "2010、2011、2012年，厂工会连续获评模范职工之家，分别为2011、2012人。",
        "2012-06-20",
        [
            r("2010", "2010", "year", "written"),
            r("2011", "2011", "year", "written"),
            r("2012年", "2012", "year", "written"),
        ],
    ),
    (
        "next-year-word",
        "2022年10月，驿站建成。次年3月扩建，翌年获评示范驿站。",
        "2024-06-20",
        [
            r("2022年10月", "2022-10", "month", "written"),
            r("次年3月", "2023-03", "month", "written", rel=True),
            r("翌年", "2024", "year", "written", rel=True),
        ],
    ),
    ("next-year-no-base", "次年，工会换届。", "2024-06-20", [r("次年", None, "year", "unknown", rel=True)]),
    ("not-next-year", "此次年会在厂区召开，首次年检顺利通过，每次年审都合格。", "2024-06-20", []),
    ("two-digit-year-last-century", "98年7月，他进厂当学徒。", REF, [r("98年7月", "1998-07", "month", "written")]),
    (
        "two-digit-year-leading-zero",
        "08年抗震救灾中，他带头捐款。",
        "2012-06-20",
        [r("08年", "2008", "year", "written")],
    ),
    (
        "two-digit-year-leading-zero-part",
        "早在05年底，厂工会就建起职工书屋。",
        "2012-06-20",
        [r("05年底", "2005-11/2005-12", "month", "written")],
    ),
    ("two-digit-year-not-decade", "80年代进厂，工作24年。", "2012-06-20", []),
    (
        "two-digit-year-chinese-zero",
        "全市工会○八年共发展会员3万人，〇九年度将再发展2万人。",
        "2008-12-30",
        [r("○八年", "2008", "year", "written"), r("〇九年度", "2009", "year", "written")],
    ),
    (
        "two-digit-year-chinese-zero-month",
        "据统计，零八年5月，全市职工踊跃捐款。",
        "2009-01-05",
        [r("零八年5月", "2008-05", "month", "written")],
    ),
    ("two-digit-chinese-not-inside-a-number", "全厂已安全运行一〇八年。", "2009-01-05", []),
    # -- year inference ---------------------------------------------------------------------------
    ("window-months-back", "竞赛于5月21日闭幕。", "2023-11-26", [r("5月21日", "2023-05-21", "day")]),
    ("window-year-boundary", "12月30日，市总工会开展慰问。", "2025-01-03", [r("12月30日", "2024-12-30", "day")]),
    ("window-two-ahead", "1月15日起接受报名。", REF, [r("1月15日", "2025-01-15", "day")]),
    ("window-past-month", "10月，全市举办职工运动会。", "2024-03-01", [r("10月", "2023-10", "month")]),
    ("future-marker", "大赛将于10月举行。", "2024-03-01", [r("10月", "2024-10", "month")]),
    (
        "document-year",
        "2020年兰州市职工技能大赛：8月25日开幕。",
        None,
        [r("2020年", "2020", "year", "written"), r("8月25日", "2020-08-25", "day", "document")],
    ),
    (
        "document-this-year",
        "2020年全市工会工作会议召开。今年，全市工会要抓好三件事。",
        None,
        [r("2020年", "2020", "year", "written"), r("今年", "2020", "year", "document", rel=True)],
    ),
    ("unknown-year", "12月2日，工会召开会议。", None, [r("12月2日", "XXXX-12-02", "day", "unknown")]),
    ("unknown-relative", "今年，工会召开会议。", None, [r("今年", None, "year", "unknown", rel=True)]),
    # -- not dates --------------------------------------------------------------------------------
    ("not-ordinal", "第六届职工运动会开幕。", REF, []),
    ("not-duration", "为期七天的培训班结业，为期7日。", REF, []),
    ("not-anniversary", "庆祝全总成立100周年。", REF, []),
    ("not-plan-period", "“十四五”规划收官。", REF, []),
    ("not-medal", "荣获五一劳动奖章。", REF, []),
    ("not-name-315", "开展“3·15”维权宣传。", REF, []),
    ("not-phone", "咨询电话：0871-63123456。", REF, []),
    ("not-amount", "拨付资金2024元，另有2024万元。", REF, []),
    ("not-count", "共有2000余人参加。", REF, []),
    ("not-within-days", "须在3日内办结。", REF, []),
    ("not-frequency", "坚持一月一次例会。", REF, []),
    ("not-recurring", "每年3月开展活动，每月5日为服务日。", REF, []),
    ("tod-not-evening-party", "12月2日晚会上，表彰先进。", REF, [r("12月2日", "2024-12-02", "day")]),
    ("not-young", "如今年轻人就业压力大。", REF, []),
    ("not-age", "65周岁以上年龄段。", REF, []),
    ("not-quarter-duration", "连续三个季度实现增长，每季度开展一次检查，好于上一季度。", REF, []),
    ("not-quarter-frequency", "坚持一季度一次例会。", REF, []),
    ("not-holidays", "元旦春节期间，市总工会走访慰问困难职工，“五一”前夕表彰劳模。", REF, []),
    ("holiday-with-year", "2024年元旦，全市职工迎新长跑举行。", REF, [r("2024年", "2024", "year", "written")]),
    (
        "part-window-by-its-days",  # last 12月中旬 is out of the window (only 12-22…31 are in), this one is in
        "各乡镇工会12月中旬前将名单报县总工会。",
        "2009-10-22",
        [r("12月中旬", "2009-12-11/2009-12-20", "day")],
    ),
    (
        "fiscal-year-short",
        "在2021/22年度财政预算下提供资助。",
        "2021-07-05",
        [r("2021/22年度", "2021/2022", "year", "written")],
    ),
    (
        "fiscal-year-slash",
        "2021/2022年度工作计划。",
        "2021-07-05",
        [r("2021/2022年度", "2021/2022", "year", "written")],
    ),
    (
        "bare-year-closing-name",
        "「傑出物流從業員選舉2021」結果揭曉。",
        "2021-07-05",
        [r("2021", "2021", "year", "written")],
    ),
    ("not-bare-year-count", "会员2021人参加。", "2021-07-05", []),
    (
        "plan-looks-ahead",  # decided, not reported: a little further ahead, as 将于 lets a date go
        "会议要求，3月下旬至5月底集中开展入会行动；会议决定，大赛于6月中旬开赛。",
        "2012-03-16",
        [r("3月下旬至5月底", "2012-03-21/2012-05-31", "day"), r("6月中旬", "2012-06-11/2012-06-20", "day")],
    ),
    (
        "relative-day-with-its-date",
        "特区政府今日（7月1日）公布授勋名单。",
        "2021-07-05",
        [r("7月1日", "2021-07-01", "day")],
    ),
    (
        "plan-far-in-the-sentence",
        "会议决定，由市总工会、市人力资源和社会保障局（市人社局）主办，市职业技能鉴定中心承办的2012年石家庄市职工职业技能大赛于6月中旬开赛。",
        "2012-03-16",
        [r("2012年", "2012", "year", "written"), r("6月中旬", "2012-06-11/2012-06-20", "day")],
    ),
    ("no-plan-looks-back", "6月中旬，大赛开赛。", "2012-03-16", [r("6月中旬", "2011-06-11/2011-06-20", "day")]),
    ("plan-not-moni", "模拟6月中旬的赛程。", "2012-03-16", [r("6月中旬", "2011-06-11/2011-06-20", "day")]),
    # a deadline (在/于 … 前) is what is to be done by then: it looks ahead as a plan does, unless told as met
    (
        "deadline-after-a-future-clause",
        "工会将于12月中旬举办演讲比赛，并在11月下旬前完成困难教职工建档工作。",
        "2022-09-16",
        [r("12月中旬", "2022-12-11/2022-12-20", "day"), r("11月下旬", "2022-11-21/2022-11-30", "day")],
    ),
    (
        "deadline-yu-di",
        "区总工会要求各基层工会于12月底前上报材料。",
        "2023-10-10",
        [r("12月底", "2023-12-21/2023-12-31", "day")],
    ),
    (
        "deadline-zai-shangxun",
        "各单位务必在5月上旬前报送推荐名单。",
        "2024-03-05",
        [r("5月上旬", "2024-05-01/2024-05-10", "day")],
    ),
    (
        "deadline-met-looks-back",
        "全市各级工会在12月底前完成了年度送温暖工作。",
        "2025-03-01",
        [r("12月底", "2024-12-21/2024-12-31", "day")],
    ),
    (
        "deadline-met-yi-daowei",
        "困难职工补助资金于1月底前全部发放到位。",
        "2025-03-01",
        [r("1月底", "2025-01-21/2025-01-31", "day")],
    ),
    ("not-lunar", "将于10月26日（农历九月初九）组织退休劳模登高。", "2024-10-22", [r("10月26日", "2024-10-26", "day")]),
    (
        "not-lunar-traditional",
        "10月3日（農曆八月十五）舉辦中秋聯歡。",
        "2009-10-22",
        [r("10月3日", "2009-10-03", "day")],
    ),
    # -- Traditional script: matched on the Simplified view, kept as written ------------------------
    (
        "traditional",
        "本月中旬，工聯會舉辦講座。",
        "2022-05-03",
        [r("本月中旬", "2022-05-11/2022-05-20", "day", rel=True)],
    ),
    # -- round 12: a calendar column's slash dates, a lunar 年初一 -------------------------------------
    (
        "slash-calendar-weekday",
        "１２／２１（六）　職工親子營\n１／４（週六）　會員大會",
        REF,
        [r("12／21", "2024-12-21", "day"), r("1／4", "2025-01-04", "day")],
    ),
    ("slash-ascii-weekday", "3/16(周六) 工会开放日", "2024-03-01", [r("3/16", "2024-03-16", "day")]),
    ("slash-fraction-no-date", "比赛以3/2的比分结束，完成率达到2/3。", REF, []),
    (
        "lunar-nian-chu-yi",
        "2月10日（龙年初一），工会干部慰问坚守岗位的职工。",
        "2024-02-20",
        [r("2月10日", "2024-02-10", "day")],
    ),
    ("lunar-nian-chu-san", "正月初一到年初三，工会干部坚守岗位。", "2024-02-20", []),
]


@pytest.mark.parametrize(("text", "ref", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dates(text: str, ref: str | None, expected: list[Row]) -> None:
    assert _dates(text, ref) == expected


def test_table_is_large() -> None:
    assert len(CASES) >= 80


def test_contents_entries_are_dated() -> None:
    """A table of contents is furniture, yet its entries name dates as the articles do (◇召开2018年度…)."""
    text = (
        "金华工会\n2019年第4期\n金华市总工会办公室编　2019年4月2日\n\n本期导读\n◇召开2018年度劳模座谈会\n◇简讯两则\n\n"
        "【工作动态】\n\n市总工会召开劳模座谈会\n\n3月28日，市总工会召开座谈会。\n"
    )
    b = unionnews.parse(text)
    assert [(d.text, d.edtf) for d in b.dates] == [
        ("2019年", "2019"),
        ("2019年4月2日", "2019-04-02"),
        ("2018年度", "2018"),
    ]


def test_start_and_end_cover_the_interval() -> None:
    b = unionnews.parse("12月下旬，工会开展慰问。", reference_date=REF)
    d = b.articles[0].dates[0]
    assert (d.start, d.end, d.rule) == (dt.date(2024, 12, 21), dt.date(2024, 12, 31), "m-part")


# A small bulletin published on 2025-01-03: every year-less date of every article, across the year turn.
YEAR_TURN = """工会工作简报
2025年第1期
合肥市总工会办公室编　　　　　　2025年1月3日

工作动态

合肥市总工会开展新春送温暖活动

12月30日，合肥市总工会启动新春送温暖活动。12月31日至1月2日，慰问组走访困难职工120户。

◆1月2日，蜀山区总工会举办职工书画展。
◆12月28日，包河区总工会召开全委会议。
◆1月15日起，全市开展“春风行动”。
◆将于3月举办职工技能大赛。
"""


def test_year_turn_bulletin() -> None:
    b = unionnews.parse(YEAR_TURN)
    assert b.metadata.reference_date == dt.date(2025, 1, 3)
    found = [(d.text, d.edtf, d.year_source) for a in b.articles for d in a.dates]
    assert found == [
        ("12月30日", "2024-12-30", "reference"),
        ("12月31日至1月2日", "2024-12-31/2025-01-02", "reference"),
        ("1月2日", "2025-01-02", "reference"),
        ("12月28日", "2024-12-28", "reference"),
        ("1月15日", "2025-01-15", "reference"),
        ("3月", "2025-03", "reference"),
    ]
    masthead = [(d.text, d.edtf, d.year_source) for d in b.dates]
    assert masthead == [("2025年", "2025", "written"), ("2025年1月3日", "2025-01-03", "written")]


def test_document_year_prefers_this_year_anchor_then_issue_then_most_written() -> None:
    assert document_year("今年是2019年。2018年……2018年……") == 2019
    assert document_year("2023年第18期　2022年……2022年") == 2023
    assert document_year("2024年……2024年……2025年") == 2024
    assert document_year("2024年……2025年") == 2024  # a tie goes to the earlier year
    assert document_year("没有年份") is None


def test_document_year_counts_republic_of_china_years() -> None:
    assert document_year("民國112年……民國一百一十二年……2022年") == 2023
    assert document_year("112年5月1日……112年度……2022年", roc=True) == 2023
    assert document_year("112年5月1日……112年度……2022年") == 2022  # bare years only where the calendar is used


def test_roc_bulletin_without_reference_takes_its_year() -> None:
    text = "臺北市產業總工會會訊\n\n民國112年勞動節大會隆重舉行\n\n5月1日，本會舉辦勞動節大會。"
    found = [(d.text, d.edtf, d.year_source) for a in unionnews.parse(text).articles for d in a.dates]
    assert ("5月1日", "2023-05-01", "document") in found


def test_document_year_is_computed_once_per_bulletin() -> None:
    b = unionnews.Pipeline(extractors=[]).parse("2020年工作会议召开。\n\n8月25日，竞赛开幕。", structure_only=True)
    ctx = Context(bulletin=b, view=b.text, reference_date=None, city=None, lexicon=Lexicon())
    extractor = DateExtractor()
    for article in b.articles:
        extractor(ctx, article)
    assert ctx.cache["dates.document_year"] == 2020


def test_pickles_for_worker_processes() -> None:
    extractor = pickle.loads(pickle.dumps(DateExtractor()))
    assert extractor.field == "dates"


ALPHABET = "年月日号旬初底末上中下半今去明前本同当次近昨至到-—～、，。：0123456789〇○一二三四五六七八九十廿元第为期周将于上午时分"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.sampled_from([None, "2024-12-05", "2025-01-03", "2016-02-29"]))
def test_random_text_spans_slice_to_text(text: str, ref: str | None) -> None:
    b = unionnews.parse(text, reference_date=ref)
    for record in [*b.dates, *(d for a in b.articles for d in a.dates)]:
        assert b.text[record.span.start : record.span.end] == record.text
        if record.start is not None and record.end is not None:
            assert record.start <= record.end
