"""Count extraction (guidelines §3): one row per phenomenon, each asserting the exact records of one sentence."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unionnews
from unionnews.extract.counts import CountExtractor

Row = tuple[str, int, str, str, str | None, str]  # text, value, unit, qualifier, subject, role


def _counts(text: str) -> list[Row]:
    bulletin = unionnews.parse(text)
    out: list[Row] = []
    for article in bulletin.articles:
        for c in article.counts:
            assert bulletin.text[c.span.start : c.span.end] == c.text
            assert c.approximate == (c.qualifier != "exact")
            out.append((c.text, c.value, c.unit, c.qualifier, c.subject, c.role))
    return out


P, W, OT = "participants", "winners", "other"

CASES: list[tuple[str, str, list[Row]]] = [
    # -- Arabic digits, separators, decimals with 万 -------------------------------------------------
    ("arabic-ming", "共有320名职工参加比赛。", [("320名职工", 320, "名", "exact", "职工", P)]),
    ("thousands-separator", "全市1,200名一线职工报名参赛。", [("1,200名一线职工", 1200, "名", "exact", "一线职工", P)]),
    ("decimal-wan-renci", "活动累计服务职工1.2万人次。", [("职工1.2万人次", 12000, "人次", "exact", "职工", P)]),
    ("near-wan-renci", "线上直播吸引近3万人次观看。", [("近3万人次", 30000, "人次", "under", None, P)]),
    ("wan-yu-ren", "全省2万余人参加线上答题。", [("2万余人", 20000, "人", "over", None, P)]),
    ("yu-between-wan", "全区30余万职工受益。", []),
    ("yu-wan-ren", "惠及30余万人。", [("30余万人", 300000, "人", "over", None, P)]),
    ("fullwidth-digits", "全县１２０名工会干部参加培训。", [("120名工会干部", 120, "名", "exact", "工会干部", P)]),
    # -- Chinese numerals --------------------------------------------------------------------------
    ("cn-yibaiershi", "一百二十名农民工参加体检。", [("一百二十名农民工", 120, "名", "exact", "农民工", P)]),
    ("cn-liangqian-yu", "两千余人参加健步走活动。", [("两千余人", 2000, "人", "over", None, P)]),
    ("cn-baiyu", "百余名环卫工人参加座谈。", [("百余名环卫工人", 100, "名", "over", "环卫工人", P)]),
    ("cn-qianyu", "千余名职工群众观看演出。", [("千余名职工群众", 1000, "名", "over", "职工群众", P)]),
    ("cn-shiyu-zhi", "十余支代表队同台竞技。", [("十余支代表队", 10, "支", "over", "代表队", P)]),
    ("cn-shushi-jia", "数十家企业参与招聘。", [("数十家企业", 10, "家", "over", "企业", P)]),
    ("cn-sanwanyu-renci", "活动覆盖三万余人次。", [("三万余人次", 30000, "人次", "over", None, OT)]),
    ("cn-shiji", "十几名志愿者在现场服务。", [("十几名志愿者", 10, "名", "over", "志愿者", P)]),
    ("cn-shangqian", "上千名市民前来观看。", [("上千名市民", 1000, "名", "over", "市民", P)]),
    ("cn-liangwanwu", "两万五千名会员参与投票。", [("两万五千名会员", 25000, "名", "exact", "会员", P)]),
    ("cn-san-wei", "三位老劳模讲述奋斗故事。", [("三位老劳模", 3, "位", "exact", "老劳模", P)]),
    # -- qualifiers before and after ---------------------------------------------------------------
    ("total-gongji", "共计600余支队伍报名。", [("600余支队伍", 600, "支", "over", "队伍", P)]),
    ("over-chaoguo", "超过300人参加了开幕式。", [("超过300人", 300, "人", "over", None, P)]),
    ("over-yu", "逾500名青年职工报名。", [("逾500名青年职工", 500, "名", "over", "青年职工", P)]),
    ("under-jin", "近2000名师生观看了演出。", [("近2000名师生", 2000, "名", "under", "师生", P)]),
    ("under-budao", "不到50人的小微企业也建立了工会。", [("不到50人", 50, "人", "under", None, OT)]),
    ("about-yue", "约50人参加了讲座。", [("约50人", 50, "人", "about", None, P)]),
    ("about-zuoyou", "100人左右参加了活动。", [("100人左右", 100, "人", "about", None, P)]),
    ("over-yishang", "每场培训500人以上参加。", [("500人以上", 500, "人", "over", None, P)]),
    ("about-shangxia", "每期学员80人上下。", [("学员80人上下", 80, "人", "about", "学员", P)]),
    ("over-duo", "2200多名选手报名参与。", [("2200多名选手", 2200, "名", "over", "选手", P)]),
    ("range", "每组3至5人参加竞赛。", [("3至5人", 3, "人", "about", None, P)]),
    (
        "adjacent-figures",
        "七八十名职工参加义务劳动，两三百人观看，十七八名青年报名。",
        [
            ("七八十名职工", 70, "名", "about", "职工", P),
            ("两三百人", 200, "人", "about", None, P),
            ("十七八名青年", 17, "名", "about", "青年", P),
        ],
    ),
    # -- coordination and measure word after the noun ----------------------------------------------
    (
        "coordinated-list",
        "两地共10支队伍、118名选手参赛。",
        [("10支队伍", 10, "支", "exact", "队伍", P), ("118名选手", 118, "名", "exact", "选手", P)],
    ),
    (
        "coordinated-juxtaposed",
        "34支队伍500余名运动员展开角逐。",
        [("34支队伍", 34, "支", "exact", "队伍", P), ("500余名运动员", 500, "名", "over", "运动员", P)],
    ),
    (
        "measure-after-coverage",
        "驿站覆盖基层工会61个、会员7900余人。",
        [("基层工会61个", 61, "个", "exact", "基层工会", OT), ("会员7900余人", 7900, "人", "over", "会员", OT)],
    ),
    (
        "measure-after-connector",
        "全区基层工会达350个。",
        [("350个", 350, "个", "exact", "全区基层工会", OT)],
    ),
    ("measure-after-people", "参赛选手120名来自各行各业。", [("参赛选手120名", 120, "名", "exact", "参赛选手", P)]),
    (
        "and-conjunction",
        "41个区县总工会和7个市级产业工会作交流发言。",
        [
            ("41个区县总工会", 41, "个", "exact", "区县总工会", P),
            ("7个市级产业工会", 7, "个", "exact", "市级产业工会", P),
        ],
    ),
    ("subject-after-de", "有近2万人次的女职工参与其中。", [("近2万人次", 20000, "人次", "under", "女职工", P)]),
    ("subject-chain", "邀请9位劳模工匠、思政教师参加。", [("9位劳模工匠", 9, "位", "exact", "劳模工匠", P)]),
    (
        "subject-after-modifier",
        "100余名新就业形态劳动者参加活动。",
        [("100余名新就业形态劳动者", 100, "名", "over", "新就业形态劳动者", P)],
    ),
    # -- group measure words need a group or people noun -------------------------------------------
    # signing a contract is an outcome (coverage), not taking part in an activity: gold xiamen, taipei
    ("group-jia-qiye", "全市36家企业签订集体合同。", [("36家企业", 36, "家", "exact", "企业", OT)]),
    ("group-ge-jiating", "50个职工家庭参加亲子活动。", [("50个职工家庭", 50, "个", "exact", "职工家庭", P)]),
    ("group-dui-xinren", "28对新人喜结连理。", [("28对新人", 28, "对", "exact", "新人", P)]),
    ("group-zu-jiating", "12组家庭参加趣味运动会。", [("12组家庭", 12, "组", "exact", "家庭", P)]),
    ("group-hu-kunnan", "走访慰问困难职工家庭200户。", [("困难职工家庭200户", 200, "户", "exact", "困难职工家庭", P)]),
    ("group-zhi-fuwudui", "成立5支职工志愿服务队。", [("5支职工志愿服务队", 5, "支", "exact", "职工志愿服务队", OT)]),
    ("group-danwei", "全县20个单位参加比赛。", [("20个单位", 20, "个", "exact", "单位", P)]),
    # -- roles -------------------------------------------------------------------------------------
    ("role-winners-after", "48名参赛选手被评为“优秀协商员”。", [("48名参赛选手", 48, "名", "exact", "参赛选手", W)]),
    ("role-winners-rongho", "3支代表队荣获团体一等奖。", [("3支代表队", 3, "支", "exact", "代表队", W)]),
    ("role-winners-before", "大会表彰了50名先进个人。", [("50名先进个人", 50, "名", "exact", "先进个人", W)]),
    ("role-winners-huo", "另有6名选手获优秀奖。", [("6名选手", 6, "名", "exact", "选手", W)]),
    ("role-winners-huo-cishurong", "快递员张小龙等10人获此殊荣。", [("10人", 10, "人", "exact", None, W)]),
    (
        "role-winners-yiyi-biaozhang",
        "市总工会对表现突出的20个先进集体和50名先进个人予以表彰。",
        [("20个先进集体", 20, "个", "exact", "先进集体", W), ("50名先进个人", 50, "名", "exact", "先进个人", W)],
    ),
    ("role-shouhuo-no-prize", "300名职工收获满满。", [("300名职工", 300, "名", "exact", "职工", P)]),
    ("role-huozeng-served", "200名环卫工人获赠防暑降温用品。", [("200名环卫工人", 200, "名", "exact", "环卫工人", P)]),
    ("role-huoxi-no-prize", "全市120名职工获悉消息后踊跃报名。", [("120名职工", 120, "名", "exact", "职工", P)]),
    (
        "role-list-goes-on-after-comma",
        "会议表彰了市劳动模范98名、模范集体12个，市五一劳动奖章获得者50名。",
        [
            ("劳动模范98名", 98, "名", "exact", "劳动模范", W),
            ("模范集体12个", 12, "个", "exact", "模范集体", W),
            ("50名", 50, "名", "exact", None, W),
        ],
    ),
    (
        "role-stock-list-goes-on",
        "该公司共有员工2000多人，女职工800余人。",
        [("员工2000多人", 2000, "人", "over", "员工", OT), ("女职工800余人", 800, "人", "over", "女职工", OT)],
    ),
    (
        "role-list-ends-at-semicolon",
        "两千余名职工参与竞赛；新建基层工会组织85个。",
        [
            ("两千余名职工", 2000, "名", "over", "职工", P),
            ("基层工会组织85个", 85, "个", "exact", "基层工会组织", OT),
        ],
    ),
    (
        "role-final-is-taking-part",
        "最终有8名选手进入决赛，3名选手脱颖而出。",
        [("8名选手", 8, "名", "exact", "选手", P), ("3名选手", 3, "名", "exact", "选手", W)],
    ),
    ("role-bangshang-youming", "中建三局一公司工会等5家单位榜上有名。", [("5家单位", 5, "家", "exact", "单位", W)]),
    (
        "role-huode-shihui-no-prize",
        "协约涵盖会员三千五百余人获得实惠。",
        [("会员三千五百余人", 3500, "人", "over", "会员", OT)],
    ),
    ("role-capacity", "可同时容纳百余名职工开展活动。", [("百余名职工", 100, "名", "over", "职工", OT)]),
    ("role-membership", "该公司现有会员860人。", [("会员860人", 860, "人", "exact", "会员", OT)]),
    ("role-staff", "中心配备专职社工10名。", [("专职社工10名", 10, "名", "exact", "专职社工", OT)]),
    ("role-trained", "全区120名工会工作者参加培训。", [("120名工会工作者", 120, "名", "exact", "工会工作者", P)]),
    ("role-served", "累计服务100余名职工。", [("100余名职工", 100, "名", "over", "职工", P)]),
    ("role-attracted", "吸引了来自全省的18支队伍。", [("18支队伍", 18, "支", "exact", "队伍", P)]),
    ("role-after-verb", "共有100余名货车司机参与。", [("100余名货车司机", 100, "名", "over", "货车司机", P)]),
    ("role-default", "全校90余名女职工欢聚一堂。", [("90余名女职工", 90, "名", "over", "女职工", P)]),
    ("role-weak-total", "全市共有基层工会5000个。", [("基层工会5000个", 5000, "个", "exact", "基层工会", OT)]),
    ("qualifier-yue-inside-word", "现场签约260人。", [("260人", 260, "人", "exact", None, P)]),
    ("qualifier-jin-inside-word", "附近300名居民前来观看。", [("300名居民", 300, "名", "exact", "居民", P)]),
    ("role-winners-tongzhi", "5名同志被授予“五一劳动奖章”。", [("5名同志", 5, "名", "exact", "同志", W)]),
    ("role-not-inside-word", "辖区300余名女职工参加。", [("300余名女职工", 300, "名", "over", "女职工", P)]),
    (
        "stock-and-coverage",
        "全市建会企业1.2万家，覆盖职工80万人。",
        [("企业1.2万家", 12000, "家", "exact", "企业", OT), ("职工80万人", 800000, "人", "exact", "职工", OT)],
    ),
    ("cn-shubai", "数百名职工参加了开幕式。", [("数百名职工", 100, "名", "over", "职工", P)]),
    ("role-staff-members", "该工作室现有成员12人。", [("成员12人", 12, "人", "exact", "成员", OT)]),
    (
        "role-winners-list-after-noun",
        "表彰先进集体20个、先进个人50名。",
        [("先进集体20个", 20, "个", "exact", "先进集体", W), ("先进个人50名", 50, "名", "exact", "先进个人", W)],
    ),
    # -- not counts --------------------------------------------------------------------------------
    ("not-ordinal-jie", "第六届职工运动会开幕。", []),
    ("not-ordinal-pi", "第二批蹲点干部出发。", []),
    ("not-ranking", "她获得了前三名的好成绩。", []),
    ("not-duration", "为期七天，共3个月的培训。", []),
    ("not-area", "面积约1000平方米。", []),
    ("not-money", "发放慰问金50万元。", []),
    ("not-money-renminbi", "筹集5万人民币。", []),
    ("not-matches", "经过76场比赛。", []),
    ("not-events", "设置四个赛项。", []),
    ("not-places", "赴3个区县产业园区蹲点。", []),
    ("not-facilities", "建成20个职工之家。", []),
    ("not-percentage", "参与率达到95%。", []),
    ("not-year", "2024年工作总结。", []),
    ("not-quoted-name", "开展“百万职工技能大赛”活动。", []),
    ("not-quoted-count-name", "启动“千名工匠进校园”行动。", []),
    ("not-indefinite-yi", "打造一支高素质产业工人大军。", []),
    ("not-bare-qian", "千人健步走活动举行。", []),
    ("not-name-list", "公布获奖名单。", []),
    ("not-per-capita", "人均增收200元。", []),
    ("not-team-size", "举办5人制足球赛。", []),
    (
        "place-note-inside-noun",
        "全市9个区县（市）总工会参加比赛。",
        [("9个区县（市）总工会", 9, "个", "exact", "区县（市）总工会", P)],
    ),
    (
        "danshen-is-no-name-list",
        "工会为120名单身青年职工举办联谊会。",
        [("120名单身青年职工", 120, "名", "exact", "单身青年职工", P)],
    ),
    # -- roles from cues added after the fixture golds ----------------------------------------------
    ("role-made-up-of", "评委由12位专家组成。", [("12位专家", 12, "位", "exact", "专家", OT)]),
    ("people-noun-before-a-verb-zu", "班组由36名焊工组成。", [("36名焊工", 36, "名", "exact", "焊工", OT)]),
    ("role-quota", "本次疗休养名额200人，报满即止。", [("200人", 200, "人", "exact", None, OT)]),
    (
        "role-appointment-not-prize",
        "仪式上为30名职工志愿者颁发了聘书。",
        [("30名职工志愿者", 30, "名", "exact", "职工志愿者", OT)],
    ),
    ("role-inspected", "执法组共检查企业45家。", [("企业45家", 45, "家", "exact", "企业", P)]),
    ("employers-jia-yong-ren", "组织182家用人单位提供岗位。", [("182家用人单位", 182, "家", "exact", "用人单位", P)]),
    ("household-appliance-is-no-count", "为困难职工送去3家用电器。", []),
    ("role-entered-the-fair", "共有86家企业进场招聘。", [("86家企业", 86, "家", "exact", "企业", P)]),
    # -- verbs that are nouns too, and nouns that hold a verb ------------------------------------------
    (
        "verb-zuzhi-is-no-modifier",
        "区总工会组织职工600余人参观红岩革命纪念馆。",
        [("职工600余人", 600, "人", "over", "职工", P)],
    ),
    ("group-noun-counts-no-persons", "区总工会组织600余人参观。", [("600余人", 600, "人", "over", None, P)]),
    (
        "cue-inside-noun-songcanyuan",
        "吸纳快递员、外卖送餐员等1860名新就业形态劳动者加入工会。",
        [("1860名新就业形态劳动者", 1860, "名", "exact", "新就业形态劳动者", OT)],
    ),
    (
        "cue-inside-noun-jiuye",
        "全市新就业形态劳动者已有3.2万人加入工会。",
        [("3.2万人", 32000, "人", "exact", "全市新就业形态劳动者", OT)],
    ),
    ("cue-inside-noun-fuwuyuan", "家政服务员已有500人加入工会。", [("500人", 500, "人", "exact", "家政服务员", OT)]),
    (
        "connector-gongyou",
        "为新就业形态劳动者提供岗位的企业共有86家。",
        [("86家", 86, "家", "exact", "企业", OT)],
    ),
    ("connector-ge", "男女职工各10名参加比赛。", [("10名", 10, "名", "exact", "男女职工", P)]),
    ("household-names-a-family", "150户困难家庭收到慰问品。", [("150户困难家庭", 150, "户", "exact", "困难家庭", P)]),
    (
        "people-noun-fuwu-zhiyuanzhe",
        "区总工会为首批20名职工服务志愿者颁发了聘书。",
        [("20名职工服务志愿者", 20, "名", "exact", "职工服务志愿者", OT)],
    ),
    ("apprentices", "以他名字命名的工作室已带出徒弟15名。", [("徒弟15名", 15, "名", "exact", "徒弟", OT)]),
    # -- roles: award verbs, stock and deed verbs, the frame of the sentence ---------------------------
    (
        "role-winners-rongying",
        "哈电集团等10个集体荣膺“模范职工之家”称号。",
        [("10个集体", 10, "个", "exact", "集体", W)],
    ),
    (
        "role-winners-xihuo",
        "30余名优秀农民工喜获“最美职工”称号。",
        [("30余名优秀农民工", 30, "名", "over", "优秀农民工", W)],
    ),
    ("role-found-violating", "检查中发现12家企业未依法签订劳动合同。", [("12家企业", 12, "家", "exact", "企业", OT)]),
    (
        "role-place-of-a-facility",
        "市总工会在全市21个区县工会设立欠薪投诉窗口。",
        [("21个区县工会", 21, "个", "exact", "区县工会", OT)],
    ),
    ("role-rescued", "他先后从河中救起落水群众17人。", [("群众17人", 17, "人", "exact", "群众", OT)]),
    (
        "role-made-up-of-over-cue-before",
        "他带领由36名焊工组成的班组攻克技术难题。",
        [("36名焊工", 36, "名", "exact", "焊工", OT)],
    ),
    (
        "role-certificate-over-cue-before",
        "该会为服务满十年的15名资深干部颁发纪念状。",
        [("15名资深干部", 15, "名", "exact", "资深干部", OT)],
    ),
    ("role-prize-over-cue-before", "为参加比赛的10名选手颁发了奖杯。", [("10名选手", 10, "名", "exact", "选手", W)]),
    (
        "prize-quota-set",
        "赛事设一等奖3名、二等奖5名。",
        [("3名", 3, "名", "exact", None, OT), ("5名", 5, "名", "exact", None, OT)],
    ),
    (
        "prize-quota-awarded",
        "本届比赛决出一等奖5名、二等奖10名。",
        [("5名", 5, "名", "exact", None, W), ("10名", 10, "名", "exact", None, W)],
    ),
    (
        "qizhong-details-staff",
        "该公司共有员工2000多人，其中女职工800余人。",
        [("员工2000多人", 2000, "人", "over", "员工", OT), ("女职工800余人", 800, "人", "over", "女职工", OT)],
    ),
    (
        "qizhong-details-winners",
        "表彰50名先进个人，其中一线职工30名。",
        [("50名先进个人", 50, "名", "exact", "先进个人", W), ("一线职工30名", 30, "名", "exact", "一线职工", W)],
    ),
    ("not-ranking-after-xiangmu", "各项目前三名选手将获推荐。", []),
    ("role-winners-stood-out", "经过激烈角逐，共有15名选手脱颖而出。", [("15名选手", 15, "名", "exact", "选手", W)]),
    ("people-candidates", "各区县共推荐候选人48名。", [("候选人48名", 48, "名", "exact", "候选人", P)]),
    (
        "quoted-title-before-count",
        "共评选出“最美班组”10个、“岗位能手”50名、“工人先锋号”15个。",
        [
            ("“最美班组”10个", 10, "个", "exact", "“最美班组”", W),
            ("“岗位能手”50名", 50, "名", "exact", "“岗位能手”", W),
        ],
    ),
    ("quoted-thing-no-count", "命名“职工之家”20个。", []),
    (
        "modifier-huwai",
        "年均服务户外劳动者200万人次。",
        [("户外劳动者200万人次", 2000000, "人次", "exact", "户外劳动者", P)],
    ),
    ("digits-grouped-by-space", "共服务职工2 100余人次。", [("职工2 100余人次", 2100, "人次", "over", "职工", P)]),
    ("space-after-year-not-grouping", "2019 100名职工参加。", [("100名职工", 100, "名", "exact", "职工", P)]),
    ("lieqi-not-mingle", "32名列席代表参加会议。", [("32名", 32, "名", "exact", None, P)]),
    ("zubie-category-no-count", "比赛分文科、理科、工科三个组别。", []),
    (
        "status-word-modifies-noun",
        "全校2,380余名在职教职工和1,100余名离退休教职工将分批参加。",
        [
            ("2,380余名在职教职工", 2380, "名", "over", "在职教职工", P),
            ("1,100余名离退休教职工", 1100, "名", "over", "离退休教职工", P),
        ],
    ),
    (
        "role-winners-dui-reward",
        "分工会对提出优秀建议的23名职工给予了奖励。",
        [("23名职工", 23, "名", "exact", "职工", W)],
    ),
    (
        "role-other-verified-households",
        "共核定困难职工1,036户，其中特困职工215户。",
        [
            ("困难职工1,036户", 1036, "户", "exact", "困难职工", OT),
            ("特困职工215户", 215, "户", "exact", "特困职工", OT),
        ],
    ),
    ("role-other-can-reach", "预计每年可惠及约二百名会员。", [("约二百名会员", 200, "名", "about", "会员", OT)]),
    (
        "role-other-capacity-at-once",
        "母婴关爱室每天可同时为6名哺乳期女职工提供服务。",
        [("6名哺乳期女职工", 6, "名", "exact", "哺乳期女职工", OT)],
    ),
    ("role-other-family-described", "妻子长期患病，两个孩子还在上学。", [("两个孩子", 2, "个", "exact", "孩子", OT)]),
    ("role-family-taking-part", "全市共有120名孩子参加夏令营。", [("120名孩子", 120, "名", "exact", "孩子", P)]),
    (
        "role-nominated-not-winners",
        "本年度共有八十六名工友获雇主或同事提名。",
        [("八十六名工友", 86, "名", "exact", "工友", OT)],
    ),
    (
        "role-prize-quota-in-brackets",
        "二等奖（5名）：赵立新（甲公司）、孙明（乙公司）",
        [("5名", 5, "名", "exact", None, W)],
    ),
    ("people-players", "预计有约一百五十名球员参赛。", [("约一百五十名球员", 150, "名", "about", "球员", P)]),
    ("people-seafarers", "全船共有船员23名。", [("船员23名", 23, "名", "exact", "船员", OT)]),
    (
        "group-federations-of-unions",
        "全区推动成立行业工会联合会4家。",
        [("行业工会联合会4家", 4, "家", "exact", "行业工会联合会", OT)],
    ),
    ("pairs-of-mentors", "该公司共结成师徒对子46对。", [("师徒对子46对", 46, "对", "exact", "师徒对子", P)]),
    (
        "affiliated-unions",
        "来自十二个属会的一百二十名青年会员参加。",
        [
            ("十二个属会", 12, "个", "exact", "属会", P),
            ("一百二十名青年会员", 120, "名", "exact", "青年会员", P),
        ],
    ),
    (
        "modifiers-listed-before-noun",
        "全市18家公交、客运企业报名参赛。",
        [("18家公交、客运企业", 18, "家", "exact", "公交、客运企业", P)],
    ),
    ("places-listed-no-count", "全市3个区、5个县的职工参加。", []),
    ("role-other-size-class", "力争实现全区百人以上企业工会组织全覆盖。", [("百人以上", 100, "人", "over", None, OT)]),
    ("role-other-size-class-de", "推动300人以下的小微企业建会。", [("300人以下", 300, "人", "under", None, OT)]),
    (
        "list-heading-sizes",
        "共评出先进集体（12个）和先进个人（30名）。",
        [
            ("先进集体（12个）", 12, "个", "exact", "先进集体", W),
            ("先进个人（30名）", 30, "名", "exact", "先进个人", W),
        ],
    ),
    (
        "bracketed-size-not-honoured",
        "会员代表（120名）参加会议。",
        [("会员代表（120名）", 120, "名", "exact", "会员代表", P)],
    ),
    (
        "role-trained-members",
        "参训会员逾三千二百人次。",
        [("参训会员逾三千二百人次", 3200, "人次", "over", "参训会员", P)],
    ),
    (
        "role-other-thanks-certificate",
        "为担任讲座的8名专家学者颁发感谢状。",
        [("8名专家学者", 8, "名", "exact", "专家学者", OT)],
    ),
    (
        "colleges-as-groups",
        "全校17个学院的45名青年教师进入决赛。",
        [("17个学院", 17, "个", "exact", "学院", P), ("45名青年教师", 45, "名", "exact", "青年教师", P)],
    ),
    ("role-vaccinated", "已有三百多名会员接种第一剂疫苗。", [("三百多名会员", 300, "名", "over", "会员", P)]),
    ("role-other-nominees", "推荐王某等5名职工申报省五一劳动奖章。", [("5名职工", 5, "名", "exact", "职工", OT)]),
    (
        "role-other-traffic",
        "春运期间共发送旅客326.5万人次。",
        [("旅客326.5万人次", 3265000, "人次", "exact", "旅客", OT)],
    ),
    ("ten-is-a-count", "另有十名工友获颁优异奖。", [("十名工友", 10, "名", "exact", "工友", W)]),
    (
        "lieche-not-mingle",
        "6名乘警代表和12名列车长参加。",
        [("6名乘警代表", 6, "名", "exact", "乘警代表", P), ("12名列车长", 12, "名", "exact", "列车长", P)],
    ),
    ("not-ten-a-side", "开展十人制足球赛。", []),
    # -- an ASCII thousands comma ends no clause: the list's cue after it reaches every count ---------------
    (
        "thousands-comma-in-a-list-keeps-the-clause",
        "截至6月底，全市已有环卫工人2,400余名、保安员1,100余名、家政服务员3,200余名加入工会。",
        [
            ("环卫工人2,400余名", 2400, "名", "over", "环卫工人", OT),
            ("保安员1,100余名", 1100, "名", "over", "保安员", OT),
            ("家政服务员3,200余名", 3200, "名", "over", "家政服务员", OT),
        ],
    ),
    # -- a bare round figure as a verb's object counts the people it names ---------------------------
    (
        "round-figure-object",
        "区总工会邀请百名劳模工匠走进校园宣讲。",
        [("百名劳模工匠", 100, "名", "exact", "劳模工匠", P)],
    ),
    ("not-round-figure-event", "市总工会组织千人健步走活动。", []),
    ("not-round-figure-title", "他成为全市百名优秀技能人才之一。", []),
    # -- honoured with the giver between: 受到…表彰/表扬 ---------------------------------------------------
    (
        "role-winners-shoudao-giver",
        "28名一线职工受到省总工会通报表扬。",
        [("28名一线职工", 28, "名", "exact", "一线职工", W)],
    ),
    ("role-winners-shoudao-de", "全县15个班组受到集团公司的表彰和奖励。", [("15个班组", 15, "个", "exact", "班组", W)]),
    # -- person-times reached are who took part, though members covered are a stock figure -------------
    (
        "role-participants-reached-renci",
        "通过微信公众号推送普法信息，辐射职工12万人次。",
        [("职工12万人次", 120000, "人次", "exact", "职工", P)],
    ),
    # -- 为 the counted, a stock-figure verb after: they were served ---------------------------------
    (
        "role-participants-for-them-jiandang",
        "县总工会组织医生为辖区120户困难职工家庭建立了健康档案。",
        [("120户困难职工家庭", 120, "户", "exact", "困难职工家庭", P)],
    ),
    (
        "role-participants-for-them-jiandang-card",
        "工会联合卫生院为36名残疾职工建档立卡。",
        [("36名残疾职工", 36, "名", "exact", "残疾职工", P)],
    ),
    # -- a heading's phrases set apart by a space are clauses of their own -------------------------------
    (
        "heading-phrases-split-at-a-space",
        "全市焊工技能大赛落幕\n——三千余名职工参加初赛\u300026名选手获个人奖\n\n5月6日，全市焊工技能大赛落幕。\n",
        [("三千余名职工", 3000, "名", "over", "职工", P), ("26名选手", 26, "名", "exact", "选手", W)],
    ),
    (
        "headline-phrases-split-at-a-space",
        "百余名劳模走进校园\u300012名学生获奖学金\n\n6月1日，区总工会开展劳模进校园活动。\n",
        [("百余名劳模", 100, "名", "over", "劳模", P), ("12名学生", 12, "名", "exact", "学生", W)],
    ),
    # -- the counted noun 会员 is no stock cue of itself: people counted first, a stock after its noun ------
    (
        "role-participants-members-acting",
        "二百余名会员自发走上街头清扫积雪。",
        [("二百余名会员", 200, "名", "over", "会员", P)],
    ),
    ("role-other-members-stock", "该会会员3,200余人。", [("会员3,200余人", 3200, "人", "over", "会员", OT)]),
    # -- registered on a platform: a stock figure, unless a cue says they took part --------------------
    (
        "role-other-registered",
        "在线上平台注册的外卖骑手达1.5万人，其中活跃骑手约4,000人。",
        [("1.5万人", 15000, "人", "exact", "外卖骑手", OT), ("骑手约4,000人", 4000, "人", "about", "骑手", OT)],
    ),
    (
        "role-participants-registered-who-took-part",
        "全市注册志愿者3000余名参加了植树活动。",
        [("全市注册志愿者3000余名", 3000, "名", "over", "全市注册志愿者", P)],
    ),
    # -- round 12: 职代会 attendance, joining, draws, followers, planned intake, parts of a group --------
    (
        "role-delegates-entitled-present-attending",
        "会议应到职工代表168名，实到159名，列席代表12名。",
        [
            ("职工代表168名", 168, "名", "exact", "职工代表", OT),
            ("159名", 159, "名", "exact", None, P),
            ("代表12名", 12, "名", "exact", "代表", P),
        ],
    ),
    (
        "role-delegates-entitled-to-attend",
        "大会应出席代表95人，实际出席88人。",
        [("代表95人", 95, "人", "exact", "代表", OT), ("88人", 88, "人", "exact", None, P)],
    ),
    ("group-noun-yezhe", "该工会已与８家客运业者签订集体合同。", [("8家客运业者", 8, "家", "exact", "客运业者", OT)]),
    (
        "role-joining-the-union-is-no-service",
        "两江新区总工会走进物流园区，为60余名货车司机、快递员现场办理入会手续。",
        [("60余名货车司机", 60, "名", "over", "货车司机", OT)],
    ),
    ("role-prize-draw", "抽奖活动共抽取幸运网友30名。", [("网友30名", 30, "名", "exact", "网友", OT)]),
    ("role-planned-intake", "本会预计下半年再招收学员六十名。", [("学员六十名", 60, "名", "exact", "学员", OT)]),
    (
        "role-followers-and-sign-ups-in-quoted-app",
        "“职工之家”小程序本月新增注册会员1,800余人，公众号新增粉丝6,000人。",
        [
            ("新增注册会员1,800余人", 1800, "人", "over", "新增注册会员", OT),
            ("新增粉丝6,000人", 6000, "人", "exact", "新增粉丝", OT),
        ],
    ),
    (
        "role-seconded-cadres-form-teams",
        "市总工会抽调18名机关干部组成5个检查组，深入企业开展督查。",
        [("18名机关干部", 18, "名", "exact", "机关干部", P)],
    ),
    (
        "role-groups-formed-take-part",
        "各车间代表分别组成4个代表团参加分组讨论。",
        [("4个代表团", 4, "个", "exact", "代表团", P)],
    ),
    ("role-part-of-the-winners", "获奖职工中，女职工有二十六名。", [("二十六名", 26, "名", "exact", "女职工", W)]),
    (
        "role-part-of-the-contestants",
        "参赛选手中，青年职工有三十二名。",
        [("三十二名", 32, "名", "exact", "青年职工", P)],
    ),
    ("financial-numeral-in-a-place-name", "深入西陵区、伍家岗区、点军区总工会开展调研。", []),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES])
def test_counts(text: str, expected: list[Row]) -> None:
    assert _counts(text) == expected


def test_traditional_script() -> None:
    assert _counts("共有300餘名職工參加活動。") == [("300餘名職工", 300, "名", "over", "職工", P)]
    assert _counts("臺北市總工會舉辦勞動節慶祝大會，會上表揚了30位優秀勞工。") == [
        ("30位優秀勞工", 30, "位", "exact", "優秀勞工", W)
    ]


def test_traditional_measure_word_kept_as_written() -> None:
    assert _counts("共有42個會員工會參加。") == [("42個會員工會", 42, "個", "exact", "會員工會", P)]


def test_records_carry_the_rule() -> None:
    bulletin = unionnews.parse("覆盖基层工会61个，3至5人一组，120名职工参加。")
    rules = [c.rule for a in bulletin.articles for c in a.counts]
    assert rules == ["noun+number+unit", "range", "number+unit+noun"]


def test_nouns_fit_the_look_back() -> None:
    from unionnews.extract.counts import _MAX_NOUN, _lists

    assert max(map(len, _lists().head_set)) <= _MAX_NOUN


def test_extractor_pickles() -> None:
    extractor = pickle.loads(pickle.dumps(CountExtractor()))
    assert extractor.field == "counts"


ALPHABET = "0123456789,.１２一二两十百千万余多近约超过以上左右数第名位人次个家支组对户职工选手队伍代表工会会员参加被评为容纳“”，。、的\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_random_text_spans_slice_to_text(text: str) -> None:
    bulletin = unionnews.parse(text)
    for article in bulletin.articles:
        for c in article.counts:
            assert bulletin.text[c.span.start : c.span.end] == c.text
            assert c.value > 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "几约近过以上左右", max_size=120))
def test_hinted_search_finds_what_a_full_scan_finds(text: str) -> None:
    from unionnews.extract.counts import _COUNT, _matches

    assert [m.span() for m in _matches(text)] == [m.span() for m in _COUNT.finditer(text)]
