"""Award extraction (guidelines §4): one row per phenomenon, each asserting the exact records of one text.

Rows are (id, text, expected) with expected a set of (winner, award, kind, event). A ``|`` in the text is a
line break, so a headline can name the event the body refers to (本次竞赛).
"""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unionnews
from unionnews.context import Context
from unionnews.extract.awards import AwardExtractor
from unionnews.link import link
from unionnews.model import Award, Count, Span, TextSpan

Row = tuple[str, str, str, str | None]  # winner, award, kind, event


def _awards(text: str) -> set[Row]:
    bulletin = unionnews.parse(text.replace("|", "\n"))
    out: set[Row] = set()
    for article in bulletin.articles:
        for award in article.awards:
            assert bulletin.text[award.winner.span.start : award.winner.span.end] == award.winner.text
            if "unpacked" not in award.rule:
                assert bulletin.text[award.award.span.start : award.award.span.end] == award.award.text
            out.add((award.winner.text, award.award.text, award.kind, award.event))
    return out


CASES: list[tuple[str, str, set[Row]]] = [
    # -- words outside the quote marks ---------------------------------------------------------------
    ("quoted-scope-before", "张三荣获全国“五一”劳动奖章。", {("张三", "全国五一劳动奖章", "honour", None)}),
    ("quoted-province-scope", "陈某荣获省“五一”巾帼标兵称号。", {("陈某", "省五一巾帼标兵", "title", None)}),
    (
        "quoted-then-more-award-words",
        "恒信化工有限公司等25家单位获评“安康杯”竞赛优胜单位。",
        {("恒信化工有限公司等25家单位", "安康杯竞赛优胜单位", "title", "“安康杯”竞赛")},
    ),
    ("quoted-year-before-is-no-award", "李四获评2022年度“最美职工”称号。", {("李四", "最美职工", "honour", None)}),
    (
        "assessment-grade",
        "杭州市总工会获评2023年度全省工会工作考核优秀等次。",
        {("杭州市总工会", "2023年度全省工会工作考核优秀等次", "rank", None)},
    ),
    # -- verbs ---------------------------------------------------------------------------------------
    ("verb-ronghuo", "最终，宁波市总工会代表队荣获冠军。", {("宁波市总工会代表队", "冠军", "rank", None)}),
    ("verb-huode", "比赛中，选手张伟获得个人一等奖。", {("张伟", "个人一等奖", "prize", None)}),
    ("verb-zhanhuo", "杭州市总工会斩获优秀组织奖。", {("杭州市总工会", "优秀组织奖", "prize", None)}),
    ("verb-duode", "经过三轮比拼，苏州代表队夺得亚军。", {("苏州代表队", "亚军", "rank", None)}),
    ("verb-zhaide", "青岛港集团代表队摘得金奖。", {("青岛港集团代表队", "金奖", "prize", None)}),
    ("verb-huoping", "王丽获评“最美女职工”。", {("王丽", "最美女职工", "title", None)}),
    (
        "verb-rongying",
        "成都市第一人民医院荣膺“全国五一劳动奖状”。",
        {("成都市第一人民医院", "全国五一劳动奖状", "honour", None)},
    ),
    ("verb-beipingwei", "陈静被评为全国劳动模范。", {("陈静", "全国劳动模范", "honour", None)}),
    ("verb-beishouyu", "刘强被授予“湖北五一劳动奖章”。", {("刘强", "湖北五一劳动奖章", "honour", None)}),
    (
        "verb-beimingmingwei",
        "武汉地铁集团运营分公司车辆中心被命名为“工人先锋号”。",
        {("武汉地铁集团运营分公司车辆中心", "工人先锋号", "honour", None)},
    ),
    ("verb-huo-chenghao", "赵刚获“金牌工人”称号。", {("赵刚", "金牌工人", "title", None)}),
    ("verb-weilie", "西安代表队位列团体总分第一名。", {("西安代表队", "团体总分第一名", "rank", None)}),
    (
        "verb-qude-diyiming",
        "长沙市总工会代表队取得团体第一名的好成绩。",
        {("长沙市总工会代表队", "团体第一名", "rank", None)},
    ),
    ("verb-yongduo", "南宁代表队勇夺季军。", {("南宁代表队", "季军", "rank", None)}),
    (
        "verb-shouyu-active",
        "市总工会决定授予黄海等10名同志“青岛市五一劳动奖章”。",
        {("黄海等10名同志", "青岛市五一劳动奖章", "honour", None)},
    ),
    (
        "verb-ping-by-body",
        "贵阳市公交集团修理厂被市总工会评为“工人先锋号”。",
        {("贵阳市公交集团修理厂", "工人先锋号", "honour", None)},
    ),
    ("verb-title-unquoted", "吴芳被评为优秀工会工作者。", {("吴芳", "优秀工会工作者", "honour", None)}),
    ("verb-title-plain", "马骏获评技术标兵。", {("马骏", "技术标兵", "title", None)}),
    # -- awards --------------------------------------------------------------------------------------
    ("award-tedeng", "沈阳鼓风机集团代表队荣获特等奖。", {("沈阳鼓风机集团代表队", "特等奖", "prize", None)}),
    ("award-silver", "李明摘得银奖。", {("李明", "银奖", "prize", None)}),
    ("award-bronze", "郑州代表队获得铜奖。", {("郑州代表队", "铜奖", "prize", None)}),
    ("award-rank-nth", "合肥代表队获得第五名。", {("合肥代表队", "第五名", "rank", None)}),
    ("award-team-prize", "江岸区代表队获得团体一等奖。", {("江岸区代表队", "团体一等奖", "prize", None)}),
    (
        "award-honour-gongrenxianfeng",
        "厦门航空机务班组荣获工人先锋号。",
        {("厦门航空机务班组", "工人先锋号", "honour", None)},
    ),
    (
        "award-title-with-tail",
        "孙丽荣获“三晋技术能手”荣誉称号。",
        {("孙丽", "三晋技术能手", "honour", None)},
    ),
    (
        "award-two-titles",
        "周杰荣获“金牌工人”和“岗位能手”称号。",
        {("周杰", "金牌工人", "title", None), ("周杰", "岗位能手", "title", None)},
    ),
    (
        "award-after-de",
        "许军获得了省人社厅颁发的科技进步奖。",
        {("许军", "科技进步奖", "prize", None)},
    ),
    (
        "award-two-verbs",
        "张军荣获冠军并获得最佳人气奖。",
        {("张军", "冠军", "rank", None), ("张军", "最佳人气奖", "prize", None)},
    ),
    (
        "award-each-count-tail",
        "九江选手获得二等奖和三等奖各1个。",
        {("九江选手", "二等奖", "prize", None), ("九江选手", "三等奖", "prize", None)},
    ),
    # -- winner lists and distribution --------------------------------------------------------------
    (
        "list-fenhuo-in-order",
        "鼓楼区代表队和玄武区代表队分获亚军和季军。",
        {("鼓楼区代表队", "亚军", "rank", None), ("玄武区代表队", "季军", "rank", None)},
    ),
    (
        "list-fenbie-huode",
        "周敏、吴涛分别获得二等奖和三等奖。",
        {("周敏", "二等奖", "prize", None), ("吴涛", "三等奖", "prize", None)},
    ),
    (
        "list-each-same-award",
        "唐亮、宋华、韩梅荣获一等奖。",
        {("唐亮", "一等奖", "prize", None), ("宋华", "一等奖", "prize", None), ("韩梅", "一等奖", "prize", None)},
    ),
    (
        "list-ji",
        "徐州矿务集团及淮北矿业集团获得优秀组织奖。",
        {("徐州矿务集团", "优秀组织奖", "prize", None), ("淮北矿业集团", "优秀组织奖", "prize", None)},
    ),
    (
        "list-yu",
        "蒋涛与沈洁并列获得第三名。",
        {("蒋涛", "第三名", "rank", None), ("沈洁", "第三名", "rank", None)},
    ),
    (
        "list-shared-head",
        "鞍山、抚顺、本溪代表队荣获二等奖。",
        {("鞍山", "二等奖", "prize", None), ("抚顺", "二等奖", "prize", None), ("本溪代表队", "二等奖", "prize", None)},
    ),
    (
        "list-he-inside-name",
        "省人力资源和社会保障厅代表队获得三等奖。",
        {("省人力资源和社会保障厅代表队", "三等奖", "prize", None)},
    ),
    (
        "list-named-group-distributed",
        "孙浩、马丽、朱军、胡斌等4名选手分别荣获焊工组、叉车组、电工组、钳工组一等奖。",
        {
            ("孙浩", "焊工组一等奖", "prize", None),
            ("马丽", "叉车组一等奖", "prize", None),
            ("朱军", "电工组一等奖", "prize", None),
            ("胡斌", "钳工组一等奖", "prize", None),
        },
    ),
    (
        "list-unnamed-group-as-written",
        "福州等10支队伍分获一、二、三等奖。",
        {("福州等10支队伍", "一、二、三等奖", "prize", None)},
    ),
    (
        "packed-team-prizes",
        "江门代表队分获团体一二等奖。",
        {("江门代表队", "团体一等奖", "prize", None), ("江门代表队", "团体二等奖", "prize", None)},
    ),
    (
        "packed-shared-prefix",
        "洪山区代表队和汉阳区代表队分获团体二等奖和三等奖。",
        {("洪山区代表队", "团体二等奖", "prize", None), ("汉阳区代表队", "团体三等奖", "prize", None)},
    ),
    (
        "packed-metals",
        "南昌代表队分别获得金、银、铜奖。",
        {
            ("南昌代表队", "金奖", "prize", None),
            ("南昌代表队", "银奖", "prize", None),
            ("南昌代表队", "铜奖", "prize", None),
        },
    ),
    (
        "group-counted",
        "同时，还有36名参赛选手被评为“优秀调解员”。",
        {("36名参赛选手", "优秀调解员", "title", None)},
    ),
    (
        "group-this-title",
        "市总工会开展“岗位能手”评选，孙浩、马丽等11名职工荣获此称号。",
        {("孙浩、马丽等11名职工", "岗位能手", "title", "“岗位能手”评选")},
    ),
    (
        "group-this-title-named-in-an-earlier-paragraph",
        "市总工会开展“最美职工”评选活动。\n张明、李华等11名职工荣获此称号。",
        {("张明、李华等11名职工", "最美职工", "honour", "“最美职工”评选")},
    ),
    ("group-you", "有3名职工获评“齐鲁工匠”。", {("3名职工", "齐鲁工匠", "title", None)}),
    # -- where the winner stands ---------------------------------------------------------------------
    (
        "winner-previous-clause",
        "经过激烈角逐，厦门港务集团代表队凭借扎实的功底，斩获一等奖。",
        {("厦门港务集团代表队", "一等奖", "prize", None)},
    ),
    ("winner-lead-adverb", "最终，兰州代表队一举夺得冠军。", {("兰州代表队", "冠军", "rank", None)}),
    ("winner-trailing-adverb", "成都代表队均获得二等奖。", {("成都代表队", "二等奖", "prize", None)}),
    ("winner-after-de", "来自湛江港集团的技术员林海获得一等奖。", {("林海", "一等奖", "prize", None)}),
    ("winner-role-before-name", "职工李四获得三等奖。", {("李四", "三等奖", "prize", None)}),
    ("winner-tongzhi", "曹阳同志荣获全国五一劳动奖章。", {("曹阳", "全国五一劳动奖章", "honour", None)}),
    (
        "winner-two-clauses",
        "大连代表队获得一等奖，锦州代表队获得二等奖。",
        {("大连代表队", "一等奖", "prize", None), ("锦州代表队", "二等奖", "prize", None)},
    ),
    # -- events --------------------------------------------------------------------------------------
    (
        "event-headline-reference",
        "2024年昆明市职工乒乓球赛圆满落幕|经过两天角逐，盘龙区代表队斩获本次比赛的一等奖。",
        {("盘龙区代表队", "一等奖", "prize", "2024年昆明市职工乒乓球赛")},
    ),
    (
        "event-first-sentence",
        "近日，“建功新时代”2023年太原市第五届职工运动会落下帷幕。小店区代表队荣获团体冠军。",
        {("小店区代表队", "团体冠军", "rank", "2023年太原市第五届职工运动会")},
    ),
    (
        "event-in-sentence",
        "昆明市总工会代表队在2023年云南省职工职业技能大赛中荣获一等奖。",
        {("昆明市总工会代表队", "一等奖", "prize", "2023年云南省职工职业技能大赛")},
    ),
    (
        "event-before-award",
        "李娜荣获第二届全国职工数字化应用技术技能大赛一等奖。",
        {("李娜", "一等奖", "prize", "第二届全国职工数字化应用技术技能大赛")},
    ),
    (
        "event-quoted-name",
        "近日，“安康杯”竞赛总结会召开。泉州港务公司荣获优胜单位奖。",
        {("泉州港务公司", "优胜单位奖", "prize", "“安康杯”竞赛")},
    ),
    (
        "event-traditional",
        "近日，廣州市職工籃球賽落幕，天河區代表隊榮獲冠軍。",
        {("天河區代表隊", "冠軍", "rank", "廣州市職工籃球賽")},
    ),
    # -- regressions (each a bug found on the fixtures) ----------------------------------------------
    (
        "pronoun-previous-person",
        "2016年，韩磊荣获“全国五一劳动奖章”；今年，他又被授予“辽宁省劳动模范”称号。",
        {("韩磊", "全国五一劳动奖章", "honour", None), ("韩磊", "辽宁省劳动模范", "honour", None)},
    ),
    ("conferred-wei-banfa", "市总工会还为8个单位颁发了优秀组织奖。", {("8个单位", "优秀组织奖", "prize", None)}),
    (
        "quoted-winner-after-relative",
        "去年，以他名字命名的“赵军数控创新工作室”获评全省示范性职工创新工作室。",
        {("赵军数控创新工作室", "全省示范性职工创新工作室", "honour", None)},
    ),
    (
        "title-holding-he",
        "“钱伟劳模创新工作室”被命名为浙江省劳模和工匠人才创新工作室。",
        {("钱伟劳模创新工作室", "浙江省劳模和工匠人才创新工作室", "title", None)},
    ),
    (
        "earlier-clause-person-with-predicate",
        "电工龙海峰操作规范、技术全面，最终摘得电工项目第一名。",
        {("龙海峰", "电工项目第一名", "rank", None)},
    ),
    (
        "group-from-first-member",
        "昆山市总工会副主席蔡琳等20名同志被评为“优秀女职工工作者”。",
        {("蔡琳等20名同志", "优秀女职工工作者", "title", None)},
    ),
    (
        "verb-binglie",
        "望城区代表队和宁乡县代表队并列团体三等奖。",
        {("望城区代表队", "团体三等奖", "prize", None), ("宁乡县代表队", "团体三等奖", "prize", None)},
    ),
    (
        "winner-zaizhi-not-preposition",
        "退休职工陈红及在职职工黄强分获冠军及亚军。",
        {("陈红", "冠军", "rank", None), ("黄强", "亚军", "rank", None)},
    ),
    (
        "event-quoted-short-name",
        "近日，市总工会举办「匠心筑梦」征文比赛颁奖典礼，邓军荣获一等奖。",
        {("邓军", "一等奖", "prize", "「匠心筑梦」征文比赛")},
    ),
    (
        "relative-winner-after-award",
        "市图书馆为获评“书香职工”的15名职工颁发了证书。",
        {("15名职工", "书香职工", "title", None)},
    ),
    ("not-count-in-statement", "协议覆盖会员三千余人，去年更荣膺“优秀工会”称号。", set()),
    ("not-huojiang-word", "市总工会将对获奖的先进个人优先推荐申报五一劳动奖章。", set()),
    ("not-pingxuan-verb", "全市共评选出“岗位能手”20名。", set()),
    # -- places shared in a list, anaphora, more verbs -----------------------------------------------
    (
        "places-shared-ming-no-di",
        "最终，市交通工会代表队夺得冠军，市教育工会代表队和市卫生工会代表队分列二、三名。",
        {
            ("市交通工会代表队", "冠军", "rank", None),
            ("市教育工会代表队", "第二名", "rank", None),
            ("市卫生工会代表队", "第三名", "rank", None),
        },
    ),
    (
        "places-shared-di-and-ming",
        "江北区代表队获得第一名，渝中区代表队和南岸区代表队分列第二、三名。",
        {
            ("江北区代表队", "第一名", "rank", None),
            ("渝中区代表队", "第二名", "rank", None),
            ("南岸区代表队", "第三名", "rank", None),
        },
    ),
    (
        "places-shared-with-prefix",
        "选手钟明、谭亮分获个人第一、第二名。",
        {("钟明", "个人第一名", "rank", None), ("谭亮", "个人第二名", "rank", None)},
    ),
    (
        "places-top-n-spread",
        "徐汇区代表队、黄浦区代表队、静安区代表队分获团体前三名。",
        {
            ("徐汇区代表队", "团体第一名", "rank", None),
            ("黄浦区代表队", "团体第二名", "rank", None),
            ("静安区代表队", "团体第三名", "rank", None),
        },
    ),
    ("places-top-n-one-winner", "晋城市代表队包揽了个人前三名。", {("晋城市代表队", "个人前三名", "rank", None)}),
    (
        "places-fenbie-before-any-verb",
        "枣庄代表队与威海代表队分别位列第二名和第三名。",
        {("枣庄代表队", "第二名", "rank", None), ("威海代表队", "第三名", "rank", None)},
    ),
    (
        "anaphor-gai-hui-traditional",
        "高雄市港口產業工會成立三十年。該會成立以來，協約涵蓋會員五千餘人，去年更榮膺勞動部「優良工會」殊榮。",
        {("高雄市港口產業工會", "優良工會", "title", None)},
    ),
    (
        "anaphor-gai-company-union",
        "南京港务集团有限公司工会成立于1995年。该公司工会荣获“全国五一劳动奖状”。",
        {("南京港务集团有限公司工会", "全国五一劳动奖状", "honour", None)},
    ),
    (
        "anaphor-gai-hospital-union",
        "福州市第二医院工会深化职工之家建设。该院工会被评为“全国模范职工之家”。",
        {("福州市第二医院工会", "全国模范职工之家", "honour", None)},
    ),
    (
        "anaphor-after-time-word",
        "徐州重型机械有限公司大力推进技术创新，去年该公司荣获“江苏省五一劳动奖状”。",
        {("徐州重型机械有限公司", "江苏省五一劳动奖状", "honour", None)},
    ),
    ("anaphor-unresolved", "该公司去年荣获“江苏省五一劳动奖状”。", set()),
    ("anaphor-wrong-kind", "徐州市总工会召开会议。该厂荣获“工人先锋号”。", set()),
    (
        "previous-clause-stops-at-its-verb",
        "张丽荣获一等奖，并被授予“市技术能手”称号。",
        {("张丽", "一等奖", "prize", None), ("张丽", "市技术能手", "honour", None)},
    ),
    ("verb-wending", "最终，太原钢铁集团代表队问鼎冠军。", {("太原钢铁集团代表队", "冠军", "rank", None)}),
    ("verb-chanlian", "大同煤矿集团代表队蝉联团体冠军。", {("大同煤矿集团代表队", "团体冠军", "rank", None)}),
    (
        "verb-pengde",
        "长治市总工会代表队捧得团体总分第一名奖杯。",
        {("长治市总工会代表队", "团体总分第一名奖杯", "prize", None)},
    ),
    # -- medal tallies, the award before its winner, listed prizes --------------------------------------
    (
        "medal-tally",
        "绵阳市代表队斩获2金1银。",
        {("绵阳市代表队", "2金", "prize", None), ("绵阳市代表队", "1银", "prize", None)},
    ),
    (
        "medal-count-after",
        "广元市代表团共斩获金牌12枚、银牌8枚。",
        {("广元市代表团", "金牌12枚", "prize", None), ("广元市代表团", "银牌8枚", "prize", None)},
    ),
    ("medal-count-before", "游泳运动员黄丽斩获3枚金牌。", {("黄丽", "3枚金牌", "prize", None)}),
    ("not-medal-bare-metal", "德阳代表队的金色奖杯格外醒目。", set()),
    (
        "award-first-you-winner",
        "经过激烈角逐，一等奖由石家庄市总工会代表队获得。",
        {("石家庄市总工会代表队", "一等奖", "prize", None)},
    ),
    (
        "award-first-bei-winner",
        "团体冠军被衡水市代表队夺得，沧州市代表队和廊坊市代表队分获亚军和季军。",
        {
            ("衡水市代表队", "团体冠军", "rank", None),
            ("沧州市代表队", "亚军", "rank", None),
            ("廊坊市代表队", "季军", "rank", None),
        },
    ),
    (
        "award-first-de-shi",
        "2024年保定市职工羽毛球赛落幕|获得本次比赛一等奖的是保定市电力公司代表队。",
        {("保定市电力公司代表队", "一等奖", "prize", "2024年保定市职工羽毛球赛")},
    ),
    (
        "award-first-de-you-colon",
        "荣获“优秀工会工作者”称号的有：唐山市总工会、邯郸市总工会。",
        {("唐山市总工会", "优秀工会工作者", "honour", None), ("邯郸市总工会", "优秀工会工作者", "honour", None)},
    ),
    (
        "listed-prizes",
        "本次竞赛评出一等奖：张晓、李刚；二等奖：王倩。",
        {("张晓", "一等奖", "prize", None), ("李刚", "一等奖", "prize", None), ("王倩", "二等奖", "prize", None)},
    ),
    (
        "listed-prizes-semicolons",
        "2023年菏泽市职工象棋比赛落幕|比赛决出团体冠军：菏泽市代表队；团体亚军：聊城市代表队、德州市代表队。",
        {
            ("菏泽市代表队", "团体冠军", "rank", "2023年菏泽市职工象棋比赛"),
            ("聊城市代表队", "团体亚军", "rank", "2023年菏泽市职工象棋比赛"),
            ("德州市代表队", "团体亚军", "rank", "2023年菏泽市职工象棋比赛"),
        },
    ),
    (
        "listed-prize-group",
        "优秀组织奖：市总工会等12个单位。",
        {("市总工会等12个单位", "优秀组织奖", "prize", None)},
    ),
    (
        "award-first-fenbie-traditional",
        "冠軍由九龍巴士職工隊奪得，亞軍和季軍分別由港鐵職工隊和中電職工隊獲得。",
        {
            ("九龍巴士職工隊", "冠軍", "rank", None),
            ("港鐵職工隊", "亞軍", "rank", None),
            ("中電職工隊", "季軍", "rank", None),
        },
    ),
    (
        "listed-prizes-traditional",
        "是次比賽評出一等獎：陳大文、李小明；二等獎：黃志偉。",
        {("陳大文", "一等獎", "prize", None), ("李小明", "一等獎", "prize", None), ("黃志偉", "二等獎", "prize", None)},
    ),
    (
        "anaphor-company-staff-is-a-person",
        "南方电网公司工会表彰先进，该公司员工张伟荣获一等奖。",
        {("张伟", "一等奖", "prize", None)},
    ),
    ("not-anaphor-person-title", "北京大学开展活动，该校长荣获“优秀校长”称号。", set()),
    ("not-listed-prize-counts", "本次竞赛设一等奖：3名，二等奖：5名，三等奖：10名。", set()),
    ("not-listed-ceremony", "颁奖：市总工会领导为获奖者颁奖。", set()),
    ("not-listed-rules", "奖励办法：一等奖奖励2000元。", set()),
    # -- not awards ----------------------------------------------------------------------------------
    ("not-certificate", "大会为劳模工匠代表颁发了聘书。", set()),
    ("not-flag", "市总工会为志愿服务队授旗。", set()),
    ("not-future", "沈阳代表队将获得参加全国总决赛的资格。", set()),
    ("not-future-title", "获得一等奖的选手将获得“南粤技术能手”称号。", set()),
    ("not-recommended", "拟推荐张三获得五一劳动奖章。", set()),
    ("not-no-winner", "表彰了获奖单位及个人。", set()),
    ("not-generic-winner", "参赛选手获得了奖品。", set()),
    ("not-pronoun", "他获得了一等奖。", set()),
    # -- second pass: whole competition paragraphs -------------------------------------------------------
    (
        "yici-distributes",
        "市建工集团代表队、市轨道集团代表队、市水务集团代表队依次获得团体一、二、三等奖。",
        {
            ("市建工集团代表队", "团体一等奖", "prize", None),
            ("市轨道集团代表队", "团体二等奖", "prize", None),
            ("市水务集团代表队", "团体三等奖", "prize", None),
        },
    ),
    (
        "packed-list-shares-prefix",
        "重钢集团代表队、长安汽车代表队分获团体一、二等奖。",
        {("重钢集团代表队", "团体一等奖", "prize", None), ("长安汽车代表队", "团体二等奖", "prize", None)},
    ),
    (
        "yu-date-before-venue",
        "市供电公司运维班长刘洪涛于2023年4月在全国劳模表彰大会上被授予“全国劳动模范”称号。",
        {("刘洪涛", "全国劳动模范", "honour", "全国劳模表彰大会")},
    ),
    ("yu-relative-day", "刘洪涛于去年被授予“全国劳动模范”称号。", {("刘洪涛", "全国劳动模范", "honour", None)}),
    ("yu-surname-kept", "于海荣获一等奖。", {("于海", "一等奖", "prize", None)}),
    (
        "list-each-with-own-unit",
        "市交通运输局的赵敏、国网某供电公司的孙磊获得二等奖。",
        {("赵敏", "二等奖", "prize", None), ("孙磊", "二等奖", "prize", None)},
    ),
    (
        "group-of-units-keeps-first-name",
        "王建军获得第一名，兰州石化等3家单位获得优秀组织奖。",
        {("王建军", "第一名", "rank", None), ("兰州石化等3家单位", "优秀组织奖", "prize", None)},
    ),
    (
        "granted-whole-list-then-count",
        "市总工会授予张华、李明、王军3名同志“市五一劳动奖章”。",
        {
            ("张华", "市五一劳动奖章", "honour", None),
            ("李明", "市五一劳动奖章", "honour", None),
            ("王军", "市五一劳动奖章", "honour", None),
        },
    ),
    (
        "list-with-deng-stays-group",
        "张华、李明等3名同志荣获“市五一劳动奖章”。",
        {("张华、李明等3名同志", "市五一劳动奖章", "honour", None)},
    ),
    (
        "listed-unit-space-person",
        "获奖名单如下：一等奖：江铃汽车 王磊；二等奖：洪都航空 李涛、江西铜业　张宇。",
        {("王磊", "一等奖", "prize", None), ("李涛", "二等奖", "prize", None), ("张宇", "二等奖", "prize", None)},
    ),
    (
        "group-after-gongyou",
        "我省共有15个集体获全国五一劳动奖状，32名个人获全国五一劳动奖章。",
        {("15个集体", "全国五一劳动奖状", "honour", None), ("32名个人", "全国五一劳动奖章", "honour", None)},
    ),
    ("group-after-you", "全市有3人获评“齐鲁工匠”。", {("3人", "齐鲁工匠", "title", None)}),
    (
        "winner-name-with-number",
        "市公交集团1路车队被授予“全国工人先锋号”，地铁3号线运营班组荣获“市级工人先锋号”称号。",
        {
            ("市公交集团1路车队", "全国工人先锋号", "honour", None),
            ("地铁3号线运营班组", "市级工人先锋号", "honour", None),
        },
    ),
    (
        "tuoying-erchu-cuts-winner",
        "最终有8名选手进入决赛，3名选手脱颖而出，获得“十佳讲解员”称号。",
        {("3名选手", "十佳讲解员", "title", None)},
    ),
    (
        "fenbie-one-winner-each",
        "株洲市代表队分别获得男子团体冠军和女子团体亚军。",
        {("株洲市代表队", "男子团体冠军", "rank", None), ("株洲市代表队", "女子团体亚军", "rank", None)},
    ),
    ("not-huodegan", "不断增强职工获得感和幸福感。", set()),
    ("not-vague-result", "我市代表队取得了优异成绩。", set()),
    ("not-huojiang-noun", "获奖作品将在市工人文化宫展出。", set()),
    # -- the bulletin's own place before a winner (我市, 本市, 全省, 我校) ----------------------------------
    ("scope-before-person", "我市张三荣获全国五一劳动奖章。", {("张三", "全国五一劳动奖章", "honour", None)}),
    ("scope-before-count", "我市3名职工获评“齐鲁大工匠”。", {("3名职工", "齐鲁大工匠", "title", None)}),
    ("scope-quan-before-count", "全市48名选手获得“技术能手”称号。", {("48名选手", "技术能手", "honour", None)}),
    ("scope-before-name", "我市长安汽车公司荣获一等奖。", {("长安汽车公司", "一等奖", "prize", None)}),
    ("scope-team-kept", "我市代表队荣获团体一等奖。", {("我市代表队", "团体一等奖", "prize", None)}),
    ("scope-no-vague-group", "我市职工取得了优异成绩，本单位员工荣获一等奖。", set()),
    (
        "honour-holding-he",
        "本市5家企业荣获全国模范劳动关系和谐企业。",
        {("5家企业", "全国模范劳动关系和谐企业", "honour", None)},
    ),
    # -- a work as the winner ------------------------------------------------------------------------
    ("work-bare", "作品《春风十里》荣获一等奖。", {("作品《春风十里》", "一等奖", "prize", None)}),
    ("work-title-only", "其中，《红旗渠》获一等奖。", {("《红旗渠》", "一等奖", "prize", None)}),
    (
        "work-with-author",
        "张三的作品《钢铁脊梁》获评优秀作品奖。",
        {("张三的作品《钢铁脊梁》", "优秀作品奖", "prize", None)},
    ),
    (
        "work-by-author",
        "由市一中教师李娜创作的《工匠之歌》荣获二等奖。",
        {("市一中教师李娜创作的《工匠之歌》", "二等奖", "prize", None)},
    ),
    (
        "work-cut-word-inside-title",
        "歌曲《在希望的田野上》荣获金奖。",
        {("歌曲《在希望的田野上》", "金奖", "prize", None)},
    ),
    # -- a category word shared by a packed list -------------------------------------------------------
    (
        "packed-shared-xiangmu",
        "赵强、孙丽、周涛分获钳工、电工、焊工项目第一名。",
        {
            ("赵强", "钳工项目第一名", "rank", None),
            ("孙丽", "电工项目第一名", "rank", None),
            ("周涛", "焊工项目第一名", "rank", None),
        },
    ),
    (
        "packed-shared-zu",
        "男子、女子组冠军分别由张三、李梅获得。",
        {("张三", "男子组冠军", "rank", None), ("李梅", "女子组冠军", "rank", None)},
    ),
    (
        "packed-own-category-kept",
        "王刚、李静分获焊工组、叉车组一等奖。",
        {("王刚", "焊工组一等奖", "prize", None), ("李静", "叉车组一等奖", "prize", None)},
    ),
    # -- enterprise and university units, titles after names, Hong Kong names ----------------------------
    (
        "unit-work-area",
        "鞍钢股份炼铁总厂二号高炉作业区荣获全国工人先锋号。",
        {("鞍钢股份炼铁总厂二号高炉作业区", "全国工人先锋号", "honour", None)},
    ),
    (
        "person-then-professor",
        "数学科学学院李敏教授荣获“全国三八红旗手”称号。",
        {("李敏", "全国三八红旗手", "honour", None)},
    ),
    (
        "federation-zonghui",
        "澳門工會聯合總會獲頒“優秀組織獎”。",
        {("澳門工會聯合總會", "優秀組織獎", "title", None)},
    ),
    ("not-appointment", "香港工會聯合會獲頒「勞工顧問委員會」委任。", set()),
    # -- fifth pass --------------------------------------------------------------------------------------
    (
        "second-statement-in-a-list",
        "比赛中，另有9名教师获得二等奖、12名教师获得三等奖。",
        {("9名教师", "二等奖", "prize", None), ("12名教师", "三等奖", "prize", None)},
    ),
    (
        "second-named-statement-in-a-list",
        "张三获得一等奖、李四获得二等奖。",
        {("张三", "一等奖", "prize", None), ("李四", "二等奖", "prize", None)},
    ),
    (
        "own-school-by-its-kind",
        "学校还被山东省教育工会评为2012年度“山东省高校模范教工之家”。",
        {("学校", "山东省高校模范教工之家", "title", None)},
    ),
    ("school-kind-with-a-modifier-is-no-winner", "各参赛学校获得优秀组织奖。", set()),
    # -- sixth pass: prize lines with units, numbered teams, the future, grantors, pronouns ------------
    (
        "listed-prize-with-its-count-in-brackets",
        "一等奖（3名）：赵丽、钱程、孙悦",
        {("赵丽", "一等奖", "prize", None), ("钱程", "一等奖", "prize", None), ("孙悦", "一等奖", "prize", None)},
    ),
    (
        "listed-items-with-and-without-notes",
        "优秀奖（3名）：赵丽（市公交集团）、钱程、孙悦（区妇幼保健院）",
        {("赵丽", "优秀奖", "prize", None), ("钱程", "优秀奖", "prize", None), ("孙悦", "优秀奖", "prize", None)},
    ),
    (
        "listed-winners-with-bracketed-units",
        "个人赛获奖名单如下：|一等奖：陈立明（宁波甬城公交有限公司）|二等奖：王海涛（宁波四明客运有限公司）|二等奖：刘建华（宁波公运集团第二分公司）",
        {("陈立明", "一等奖", "prize", None), ("刘建华", "二等奖", "prize", None), ("王海涛", "二等奖", "prize", None)},
    ),
    (
        "listed-winners-with-notes-in-one-entry",
        "决赛评出个人奖项。三等奖：赵强（温州市交通运输集团）、钱进（台州公交公司）。",
        {("钱进", "三等奖", "prize", None), ("赵强", "三等奖", "prize", None)},
    ),
    (
        "team-named-by-its-number",
        "他所在的12路班组去年被评为“宁波市工人先锋号”。",
        {("12路班组", "宁波市工人先锋号", "honour", None)},
    ),
    (
        "unit-after-its-member-is-the-winner",
        "王强所在的3号机组被评为“工人先锋号”。",
        {("3号机组", "工人先锋号", "honour", None)},
    ),
    ("future-grant-by-an-agent", "市总工会主席表示，获得一等奖的选手将由市总工会授予“技术能手”称号。", set()),
    ("future-passive-grant", "工会主席表示，前三名选手将被授予“技术能手”称号。", set()),
    (
        "grantor-between-verb-and-award",
        "李志明早前榮獲特區政府頒授勞績獎章，他表示榮譽屬於全體會員。",
        {("李志明", "勞績獎章", "honour", None)},
    ),
    ("grantor-with-de-unchanged", "陈志强荣获市政府颁发的劳动模范称号。", {("陈志强", "劳动模范", "honour", None)}),
    (
        "pronoun-is-the-winner-named-last-in-its-paragraph",
        "一等奖：陈立明|二等奖：郑国强|今年42岁的陈立明是公司技术骨干，他本人也曾获得“优秀驾驶员”称号。",
        {
            ("陈立明", "一等奖", "prize", None),
            ("陈立明", "优秀驾驶员", "title", None),
            ("郑国强", "二等奖", "prize", None),
        },
    ),
    (
        "categories-spread-over-winners",
        "张华、李明、王军分获文科组、理科组、工科组一等奖。",
        {
            ("王军", "工科组一等奖", "prize", None),
            ("李明", "理科组一等奖", "prize", None),
            ("张华", "文科组一等奖", "prize", None),
        },
    ),
    (
        "pronoun-is-the-winner-named-last-before-it",
        "电工项目方面，梁家豪及陈志伟分获一等奖及二等奖；中菜烹饪项目冠军由酒店业职工会会员何美仪夺得，她同时获颁“最佳创意奖”。",
        {
            ("陈志伟", "二等奖", "prize", None),
            ("何美仪", "中菜烹饪项目冠军", "rank", None),
            ("梁家豪", "一等奖", "prize", None),
            ("何美仪", "最佳创意奖", "title", None),
        },
    ),
    # -- seventh pass: names with a middle dot, 兵团 teams -------------------------------------------
    (
        "dotted-name-after-unit-and-job",
        "个人赛中，新疆众和股份有限公司电工阿不都拉·热合曼获电工项目第一名。",
        {("阿不都拉·热合曼", "电工项目第一名", "rank", None)},
    ),
    (
        "dotted-and-plain-names-share-out",
        "库尔勒市第二人民医院护士阿依努尔·买买提和自治区人民医院护士王芳分获护理项目第一名和第二名。",
        {("王芳", "护理项目第二名", "rank", None), ("阿依努尔·买买提", "护理项目第一名", "rank", None)},
    ),
    (
        "dotted-name-after-driver",
        "市公交集团驾驶员热依拉·买买提荣获“自治区巾帼建功标兵”称号。",
        {("热依拉·买买提", "自治区巾帼建功标兵", "honour", None)},
    ),
    (
        "dotted-name-alone",
        "阿依古丽·司马义荣获“全国五一巾帼标兵”称号。",
        {("阿依古丽·司马义", "全国五一巾帼标兵", "title", None)},
    ),
    (
        "dotted-official-no-award",
        "区总工会党组书记、常务副主席艾尔肯·买买提明宣布大赛开幕。",
        set(),
    ),
    (
        "tab-table-rows-name-wins-award-cell",
        "获奖名单如下：||序号\t姓名\t单位\t奖项||1\t王晓明\t南山区人民医院\t深圳市五一劳动奖章||2\t李红梅\t宝运物流有限公司\t南山区抗疫先锋",
        {("王晓明", "深圳市五一劳动奖章", "honour", None), ("李红梅", "南山区抗疫先锋", "title", None)},
    ),
    # -- eighth pass: commendation lists under their section heads, markdown tables ----------------------
    (
        "commendation-list-under-its-section-heads",
        "市总工会表彰一批先进||近日，市总工会印发决定，表彰先进。名单如下。||先进集体：||洛阳市总工会、开封市总工会、|"
        "郑州市金水区总工会。||优秀工会干部（2名）：||赵敏（洛阳市总工会）、钱进（开封市总工会）",
        {
            ("洛阳市总工会", "先进集体", "honour", None),
            ("开封市总工会", "先进集体", "honour", None),
            ("郑州市金水区总工会", "先进集体", "honour", None),
            ("赵敏", "优秀工会干部", "title", None),
            ("钱进", "优秀工会干部", "title", None),
        },
    ),
    (
        "commendation-list-numbered-head-names-unknown-surnames",
        "市总工会表彰一批先进||近日，市总工会印发决定，表彰2023年度全市工会工作先进个人。||一、先进个人（3名）||"
        "吉克阿呷（昭觉县总工会）、张伟（南岗区总工会）、|王强（哈尔滨工业大学工会）",
        {
            ("吉克阿呷", "先进个人", "title", None),
            ("张伟", "先进个人", "title", None),
            ("王强", "先进个人", "title", None),
        },
    ),
    (
        "commendation-heads-inside-one-paragraph",
        "经研究，决定予以表彰。先进集体：嘉兴市总工会、湖州市总工会。先进个人：陈刚（嘉兴市总工会）、周丽（湖州市总工会）。",
        {
            ("嘉兴市总工会", "先进集体", "honour", None),
            ("湖州市总工会", "先进集体", "honour", None),
            ("陈刚", "先进个人", "title", None),
            ("周丽", "先进个人", "title", None),
        },
    ),
    (
        "not-a-commendation-list-work-items-and-units",
        "区总工会召开会议||会议指出，要抓好以下工作。||一、主要工作（3项）||开展技能培训、组织劳动竞赛、推进职工之家建设|"
        "|二、参会单位（3个）||区人社局、区财政局、区教育局||参会人员：市总工会、市人社局、市财政局",
        set(),
    ),
    (
        "taiwan-union-and-its-chair-adverbs-before-the-verb",
        "南星鋼鐵股份有限公司企業工會完成團體協約簽署。該會去年即榮獲勞動部112年度「全國績優工會」，理事長李明德並獲頒「工會服務獎章」。",
        {
            ("南星鋼鐵股份有限公司企業工會", "全國績優工會", "title", None),
            ("李明德", "工會服務獎章", "title", None),
        },
    ),
    (
        "corps-regiment-team-zero-numeral",
        "最终，七师一三七团代表队获得冠军，一〇三团代表队获得亚军。",
        {("一〇三团代表队", "亚军", "rank", None), ("七师一三七团代表队", "冠军", "rank", None)},
    ),
    # -- ninth pass: English names in brackets, medals -------------------------------------------------
    (
        "english-name-after-winner-and-award",
        "香港物流及倉務職工會會長陳志強（Mr. Chan Chi-keung）獲頒榮譽勳章（MH），表揚他的貢獻。",
        {("陳志強", "榮譽勳章", "honour", None)},
    ),
    (
        "english-names-after-listed-winners",
        "機場管理局督導員何志豪（Mr. Ho）及貨車司機張文傑（Mr. Cheung）分獲銀獎及銅獎。",
        {("何志豪", "銀獎", "prize", None), ("張文傑", "銅獎", "prize", None)},
    ),
    ("medal-ending", "李明荣获一级勋章。", {("李明", "一级勋章", "honour", None)}),
    (
        "previous-clause-subject-of-a-copula",
        "张某某是医院急诊科的业务骨干，去年曾荣获“石家庄市三八红旗手”称号。",
        {("张某某", "石家庄市三八红旗手", "honour", None)},
    ),
    (
        "winner-name-holding-zi-lai-shui",
        "市供电公司代表队、市自来水公司代表队分获一等奖和二等奖。",
        {("市供电公司代表队", "一等奖", "prize", None), ("市自来水公司代表队", "二等奖", "prize", None)},
    ),
    ("winner-name-holding-zi-ran", "市自然资源局获得“先进集体”称号。", {("市自然资源局", "先进集体", "honour", None)}),
    (
        "places-top-n-without-prefix",
        "甲区代表队、乙区代表队和丙县代表队分获前三名。",
        {
            ("甲区代表队", "第一名", "rank", None),
            ("乙区代表队", "第二名", "rank", None),
            ("丙县代表队", "第三名", "rank", None),
        },
    ),
    (
        "previous-clause-list-before-taking-part",
        "市第一人民医院、市中心医院代表队参加全市护理技能竞赛，分获团体一等奖和二等奖。",
        {
            ("市第一人民医院", "团体一等奖", "prize", "全市护理技能竞赛"),
            ("市中心医院代表队", "团体二等奖", "prize", "全市护理技能竞赛"),
        },
    ),
    (
        "train-crews-named-by-train-number",
        "K588次列车乘务组和T27次列车乘务组分获一等奖和二等奖。",
        {("K588次列车乘务组", "一等奖", "prize", None), ("T27次列车乘务组", "二等奖", "prize", None)},
    ),
    (
        "train-crew-after-its-leader",
        "列车长王某某带领的G1234次乘务组获得一等奖。",
        {("G1234次乘务组", "一等奖", "prize", None)},
    ),
    # -- tenth pass: rosters run on, topics, pronouns of a profile, ships, groups of others -----------------
    (
        "listed-head-run-on-after-note",
        "一等奖：周志远（苏州轨道交通集团有限公司）、钱立（苏州热工研究院）二等奖（2名）：吴海（常熟电厂）、沈悦（昆山港务公司）",
        {
            ("周志远", "一等奖", "prize", None),
            ("钱立", "一等奖", "prize", None),
            ("吴海", "二等奖", "prize", None),
            ("沈悦", "二等奖", "prize", None),
        },
    ),
    (
        "listed-title-run-on-after-item",
        "先进集体（2个）：绍兴市公交集团、诸暨市总工会志愿服务队优秀工会干部（2名）：邵建国（柯桥区总工会）、何丽萍（上虞区总工会）",
        {
            ("绍兴市公交集团", "先进集体", "honour", None),
            ("诸暨市总工会志愿服务队", "先进集体", "honour", None),
            ("邵建国", "优秀工会干部", "title", None),
            ("何丽萍", "优秀工会干部", "title", None),
        },
    ),
    (
        "listed-next-paragraph-run-on-after-last-note",
        "三等奖：龚平（芜湖港务公司）、陶然（马鞍山钢铁公司）会上，市总工会主席作了讲话。",
        {("龚平", "三等奖", "prize", None), ("陶然", "三等奖", "prize", None)},
    ),
    (
        "topic-of-the-sentence-over-a-verb-opening",
        "乘务员崔晓燕扎根客运一线二十年，安全服务旅客百万人次，去年被省总工会授予“三晋巾帼标兵”称号。",
        {("崔晓燕", "三晋巾帼标兵", "title", None)},
    ),
    (
        "topic-after-a-time-clause-year-before-passive",
        "多年来，柳林镇工会坚持开展困难职工帮扶，建立职工诉求台账，2019年被市总工会评为“模范职工之家”。",
        {("柳林镇工会", "模范职工之家", "honour", None)},
    ),
    (
        "setting-clause-names-no-topic",
        "在上午的技能展示中，选手们轮番上场，由孟凡等4名职工组成的第二组表现突出，获得“最佳团队”。",
        {("第二组", "最佳团队", "title", None)},
    ),
    (
        "pronoun-of-a-profile",
        "贺建新，1972年出生，现任某钢铁公司轧钢车间主任。去年，贺建新带队攻克技术难题十余项。"
        "凭借精湛的技艺和强烈的责任心，他于2021年荣获全国五一劳动奖章，此前还曾获评“河北省劳动模范”。",
        {("贺建新", "全国五一劳动奖章", "honour", None), ("贺建新", "河北省劳动模范", "honour", None)},
    ),
    ("pronoun-named-once-is-no-profile", "凭借强烈的责任心，他于2021年荣获全国五一劳动奖章。", set()),
    (
        "ship-in-quote-marks",
        "他所在的“新华”轮今年被评为“青年文明号”。",
        {("“新华”轮", "青年文明号", "title", None)},
    ),
    (
        "person-with-counted-others",
        "车间主任韩雪获评“岗位能手”。会上，她与另外6名女职工一同当选“最美巾帼奋斗者”。",
        {
            ("韩雪", "岗位能手", "title", None),
            ("韩雪", "最美巾帼奋斗者", "title", None),
            ("另外6名女职工", "最美巾帼奋斗者", "title", None),
        },
    ),
    ("dangxuan-quoted-title", "孔令辉当选“十佳文明职工”。", {("孔令辉", "十佳文明职工", "title", None)}),
    ("dangxuan-office-is-no-award", "孔令辉当选为市总工会副主席。", set()),
    (
        "group-counted-last-note-after-award",
        "三个赛项另有18名选手获得优秀奖（名单附后）。",
        {("18名选手", "优秀奖", "prize", None)},
    ),
    (
        "title-named-after-its-contest",
        "江宁区总工会获评全市职工劳动竞赛组织工作先进单位。",
        {("江宁区总工会", "全市职工劳动竞赛组织工作先进单位", "title", "全市职工劳动竞赛")},
    ),
    # -- profiles, pronouns and time before the verb (round 11) ---------------------------------------
    (
        "profile-year-led-clauses",
        "【人物档案】|李国强，男，汉族，1968年3月生，中共党员，大连船舶重工集团有限公司电焊高级技师。"
        "2006年获“大连市技术能手”称号，2010年被评为“辽宁省劳动模范”，2013年荣获全国五一劳动奖章。",
        {
            ("李国强", "大连市技术能手", "honour", None),
            ("李国强", "辽宁省劳动模范", "honour", None),
            ("李国强", "全国五一劳动奖章", "honour", None),
        },
    ),
    (
        "pronoun-then-year-before-verb",
        "驾驶员刘红霞扎根公交一线十八年，安全行驶七十余万公里。她2014年被评为“湖北省劳动模范”，今年4月又荣获“全国五一劳动奖章”。",
        {("刘红霞", "湖北省劳动模范", "honour", None), ("刘红霞", "全国五一劳动奖章", "honour", None)},
    ),
    (
        "month-lead-keeps-earlier-winner",
        "公交集团驾驶员孙建平驾驶公交车二十年，安全行驶一百万公里，2016年被评为“宁夏回族自治区劳动模范”，"
        "今年5月又荣获“全国劳动模范”称号。",
        {("孙建平", "宁夏回族自治区劳动模范", "honour", None), ("孙建平", "全国劳动模范", "honour", None)},
    ),
    (
        "pronoun-topic-over-counted-clause",
        "会上，实验中学教师周丽萍作为代表发言。她从教二十六年，担任班主任二十年，先后带过的毕业生有1,200余名，"
        "去年被评为“江苏省优秀教师”。",
        {("周丽萍", "江苏省优秀教师", "title", None)},
    ),
    (
        "pronoun-clause-before-years",
        "会上，公交集团驾驶员赵建国作了典型发言。他驾驶公交车二十年，安全行驶一百二十万公里，"
        "2014年被评为“内蒙古自治区劳动模范”，今年4月又荣获“全国劳动模范”称号。",
        {("赵建国", "内蒙古自治区劳动模范", "honour", None), ("赵建国", "全国劳动模范", "honour", None)},
    ),
    (
        "thousands-comma-no-clause-break",
        "张三从事焊接工作二十年，培训的徒弟达1,200余名，去年荣获“全国技术能手”称号。",
        {("张三", "全国技术能手", "honour", None)},
    ),
    # -- mines' work areas, 为X授予, kind words, disciplines, names without a Han surname, tables ------
    (
        "mine-work-areas-distributed",
        "平顶山煤矿综采二队和新峰煤矿掘进一区分获区队组第一名和第二名。",
        {("平顶山煤矿综采二队", "区队组第一名", "rank", None), ("新峰煤矿掘进一区", "区队组第二名", "rank", None)},
    ),
    (
        "mine-work-area-not-district",
        "经评比，大同煤矿机电一队、塔山煤矿运输二区分获一、二等奖。",
        {("大同煤矿机电一队", "一等奖", "prize", None), ("塔山煤矿运输二区", "二等奖", "prize", None)},
    ),
    (
        "grant-with-wei-before",
        "市总工会为结构件车间焊接班等12个班组授予“工人先锋号”称号。",
        {("结构件车间焊接班等12个班组", "工人先锋号", "honour", None)},
    ),
    (
        "grant-with-xiang-before",
        "会上，市总工会向张明等5名职工授予“金牌工人”称号。",
        {("张明等5名职工", "金牌工人", "title", None)},
    ),
    (
        "bare-kind-word-quoted-before",
        "2019年，公司工会以他的名字成立了“刘明劳模创新工作室”。去年10月，工作室又被省总工会命名为“省级示范性劳模创新工作室”。",
        {("刘明劳模创新工作室", "省级示范性劳模创新工作室", "honour", None)},
    ),
    (
        "discipline-stays-in-award",
        "市直机关职工趣味运动会举行|一中代表队和二中代表队分获拔河比赛冠军和亚军。",
        {
            ("一中代表队", "拔河比赛冠军", "rank", "市直机关职工趣味运动会"),
            ("二中代表队", "拔河比赛亚军", "rank", "市直机关职工趣味运动会"),
        },
    ),
    ("discipline-single", "张三获得男子射箭比赛冠军。", {("张三", "男子射箭比赛冠军", "rank", "男子射箭比赛")}),
    (
        "transliterated-name-after-role",
        "摔跤比赛中，来自白音锡勒牧场的牧民选手额尔敦连胜五轮夺得冠军。",
        {("额尔敦", "冠军", "rank", "摔跤比赛")},
    ),
    (
        "transliterated-name-after-team-de",
        "男子射箭比赛冠军由镶黄旗总工会代表队的宝音摘得，他同时获得“最佳风尚奖”。",
        {("宝音", "男子射箭比赛冠军", "rank", "男子射箭比赛"), ("宝音", "最佳风尚奖", "title", "男子射箭比赛")},
    ),
    ("role-word-then-ordinary-words", "参赛选手全力以赴获得第一名。", set()),
    (
        "banner-names-not-persons",
        "正镶白旗、太仆寺旗总工会代表队分获团体第二名和第三名。",
        {("正镶白旗", "团体第二名", "rank", None), ("太仆寺旗总工会代表队", "团体第三名", "rank", None)},
    ),
    (
        "box-table-rows",
        "附表：获奖名单|┌────────┬──────┬────────┐|│ 单位 │ 姓名 │ 奖项 │|├────────┼──────┼────────┤|"
        "│ 包头钢铁公司 │ 张大勇 │ 焊工一等奖 │|├────────┼──────┼────────┤|│ 鄂尔多斯市第一医院 │ 其其格 │ 护理一等奖 │|"
        "└────────┴──────┴────────┘",
        {("张大勇", "焊工一等奖", "prize", None), ("其其格", "护理一等奖", "prize", None)},
    ),
    # -- round 12: Tibetan names after a role word, a common-word surname after an occupation ---------------
    (
        "tibetan-names-distributed",
        "在门源县首届牧民运动会上，皇城乡牧民措毛和苏吉滩乡牧民拉毛草分获女子赛跑第一名和第二名。",
        {("措毛", "女子赛跑第一名", "rank", "牧民运动会"), ("拉毛草", "女子赛跑第二名", "rank", "牧民运动会")},
    ),
    (
        "tibetan-name-four-characters",
        "在全县赛马会上，野牛沟乡牧民才让多杰获得男子走马第一名。",
        {("才让多杰", "男子走马第一名", "rank", None)},
    ),
    (
        "wordlike-surname-after-occupation",
        "全市导游技能大赛中，市旅游集团导游员全丽获得一等奖。",
        {("全丽", "一等奖", "prize", "全市导游技能大赛")},
    ),
    (
        "wordlike-surname-after-teacher",
        "市第二中学教师成丽荣获“优秀班主任”称号。",
        {("成丽", "优秀班主任", "title", None)},
    ),
    ("wordlike-surname-not-a-word", "该班组职工全员获得安全生产奖。", set()),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_awards(text: str, expected: set[Row]) -> None:
    assert _awards(text) == expected


#: Markdown pipe tables: rows as (id, text, expected) whose text keeps its | (lines broken with \n).
MARKDOWN_CASES: list[tuple[str, str, set[Row]]] = [
    (
        "markdown-table-unit-wins-its-place",
        "### 职工技能大赛落幕\n\n第五届职工技能大赛日前落幕，团体成绩如下：\n\n| 单位 | 参赛人数 | 名次 |\n"
        "|---|---|---|\n| 成都航天模塑股份有限公司 | 15 | 第一名 |\n| 青羊区总工会 | 8 | 优秀组织奖 |",
        {
            ("成都航天模塑股份有限公司", "第一名", "rank", "职工技能大赛"),
            ("青羊区总工会", "优秀组织奖", "prize", "职工技能大赛"),
        },
    ),
    (
        "markdown-table-person-column-over-unit",
        "获奖名单：\n\n| 序号 | 单位 | 姓名 | 奖项 |\n| :--- | :---: | --- | --- |\n| 1 | 南山区人民医院 | 王晓明 | 深圳市五一劳动奖章 |",
        {("王晓明", "深圳市五一劳动奖章", "honour", None)},
    ),
    ("markdown-table-without-award-column", "| 单位 | 参赛人数 |\n|---|---|\n| 西彭镇总工会 | 8 |", set()),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MARKDOWN_CASES], ids=[c[0] for c in MARKDOWN_CASES])
def test_markdown_table_awards(text: str, expected: set[Row]) -> None:
    bulletin = unionnews.parse(text)
    found = {(a.winner.text, a.award.text, a.kind, a.event) for art in bulletin.articles for a in art.awards}
    assert found == expected


def test_table_size() -> None:
    assert len(CASES) >= 40


def test_group_winner_takes_its_count_when_counts_exist() -> None:
    """48名参赛选手-like groups: link fills ``count`` once the counts extractor reports the group."""
    bulletin = unionnews.parse("同时，还有36名参赛选手被评为“优秀调解员”。")
    (article,) = bulletin.articles
    (award,) = article.awards
    if not article.counts:
        pytest.skip("the counts extractor reports nothing yet")
    assert award.count is not None
    assert award.count.value == 36


def test_link_attaches_hand_made_count() -> None:
    bulletin = unionnews.parse("有3名职工获评“齐鲁工匠”。")
    (article,) = bulletin.articles
    (award,) = article.awards
    start = bulletin.text.index("3名")
    count = Count(text="3名", span=Span(start=start, end=start + 2), value=3, unit="名", role="winners")
    article.counts = [count]
    article.awards = [award.model_copy(update={"count": None})]
    ctx = Context(bulletin=bulletin, view=bulletin.text, reference_date=None, city=None, lexicon=unionnews.Lexicon())
    link(ctx)
    assert article.awards[0].count == count


def test_link_leaves_named_winner_alone() -> None:
    bulletin = unionnews.parse("大连代表队获得一等奖，共有120名职工参赛。")
    (article,) = bulletin.articles
    start = bulletin.text.index("120名")
    article.counts = [Count(text="120名", span=Span(start=start, end=start + 4), value=120, unit="名")]
    ctx = Context(bulletin=bulletin, view=bulletin.text, reference_date=None, city=None, lexicon=unionnews.Lexicon())
    link(ctx)
    assert [a.count for a in article.awards] == [None]


def test_record_shape() -> None:
    bulletin = unionnews.parse("最终，宁波市总工会代表队荣获冠军。")
    (award,) = bulletin.articles[0].awards
    start = bulletin.text.index("宁波")
    assert award == Award(
        winner=TextSpan(text="宁波市总工会代表队", span=Span(start=start, end=start + 9)),
        award=TextSpan(text="冠军", span=Span(start=start + 11, end=start + 13)),
        kind="rank",
        event=None,
        span=Span(start=start, end=start + 13),
        rule="荣获:each",
    )


def test_pickles_for_worker_processes() -> None:
    assert isinstance(pickle.loads(pickle.dumps(AwardExtractor())), AwardExtractor)


@settings(max_examples=80, deadline=None)
@given(
    st.text(
        alphabet="荣获得分别被评为授予称号“”一二三等奖冠亚季军第名代表队选手职工张李王等10，,。、和及与本次竞赛市区",
        max_size=60,
    )
)
def test_random_text_spans_slice(text: str) -> None:
    bulletin = unionnews.parse(text or "。")
    for article in bulletin.articles:
        for award in article.awards:
            assert bulletin.text[award.winner.span.start : award.winner.span.end] == award.winner.text
            assert award.winner.text and award.award.text
            assert award.span.contains(award.winner.span)
            assert award.span.contains(award.award.span)
            if "unpacked" not in award.rule:
                assert bulletin.text[award.award.span.start : award.award.span.end] == award.award.text


def test_top_places_span_covers_the_phrase() -> None:
    """An unpacked 前三名 points at the phrase it came from, with or without a prefix (it pointed at 名 alone)."""
    bulletin = unionnews.parse("甲区代表队、乙区代表队和丙县代表队分获前三名。")
    spans = {(a.award.span.start, a.award.span.end) for a in bulletin.articles[0].awards}
    assert {bulletin.text[s:e] for s, e in spans} == {"前三名"}
