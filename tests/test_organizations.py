"""Organization extraction: one row per phenomenon, each asserting the exact records of one sentence."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unionnews
from unionnews.extract.organizations import OrganizationExtractor
from unionnews.lexicon.user import Lexicon

Row = tuple[str, str, str, str]  # text, name, kind, role


def _orgs(text: str, city: str | None = None, lexicon: Lexicon | None = None) -> set[Row]:
    bulletin = unionnews.parse(text, city=city, lexicon=lexicon)
    out: set[Row] = set()
    for article in bulletin.articles:
        for org in article.organizations:
            assert bulletin.text[org.span.start : org.span.end] == org.text
            out.add((org.text, org.name, org.kind, org.role))
    return out


CASES: list[tuple[str, str, str | None, set[Row]]] = [
    # -- suffixes and kinds ----------------------------------------------------------------------
    ("union-city", "近日，广州市总工会召开全委会议。", None, {("广州市总工会", "广州市总工会", "union", "mentioned")}),
    ("union-province", "浙江省总工会日前印发通知。", None, {("浙江省总工会", "浙江省总工会", "union", "mentioned")}),
    (
        "union-district",
        "4月8日，武侯区总工会开展普法宣传。",
        None,
        {("武侯区总工会", "武侯区总工会", "union", "mentioned")},
    ),
    (
        "union-county",
        "近日，桐庐县总工会组织职工体检。",
        None,
        {("桐庐县总工会", "桐庐县总工会", "union", "mentioned")},
    ),
    (
        "union-industry",
        "会上，市能源工会作交流发言。",
        "重庆",
        {("市能源工会", "重庆市能源工会", "union", "mentioned")},
    ),
    (
        "union-sector",
        "当天，市教科文卫体工会开展慰问。",
        "济南",
        {("市教科文卫体工会", "济南市教科文卫体工会", "union", "mentioned")},
    ),
    (
        "union-women",
        "市总工会女职工委员会开展关爱活动。",
        "武汉",
        {("市总工会女职工委员会", "武汉市总工会女职工委员会", "union", "mentioned")},
    ),
    (
        "union-committee",
        "江苏省教育工会委员会印发通知。",
        None,
        {("江苏省教育工会委员会", "江苏省教育工会委员会", "union", "mentioned")},
    ),
    (
        "union-federation",
        "近日，市直机关工联会开展活动。",
        "沈阳",
        {("市直机关工联会", "沈阳市直机关工联会", "union", "mentioned")},
    ),
    ("union-bare-gonglianhui", "工联会组织会员参观学习。", None, {("工联会", "工联会", "union", "mentioned")}),
    ("party-committee", "对此，郑州市委作出部署。", None, {("郑州市委", "郑州市委", "party", "mentioned")}),
    ("party-school", "近日，青岛市委党校举办培训班。", None, {("青岛市委党校", "青岛市委党校", "party", "mentioned")}),
    (
        "government-bureau",
        "会同杭州市人力社保局开展检查。",
        None,
        {("杭州市人力社保局", "杭州市人力社保局", "government", "co-organizer")},
    ),
    (
        "government-commission",
        "日前，市卫健委印发方案。",
        "成都",
        {("市卫健委", "成都市卫健委", "government", "mentioned")},
    ),
    (
        "government-department",
        "广东省人力资源和社会保障厅发布通知。",
        None,
        {("广东省人力资源和社会保障厅", "广东省人力资源和社会保障厅", "government", "mentioned")},
    ),
    (
        "government-office",
        "近日，大连市政府办公室印发意见。",
        None,
        {("大连市政府办公室", "大连市政府办公室", "government", "mentioned")},
    ),
    ("school-university", "来自四川大学的专家授课。", None, {("四川大学", "四川大学", "school", "mentioned")}),
    (
        "school-college",
        "西南政法大学商学院教师参加活动。",
        None,
        {("西南政法大学商学院", "西南政法大学商学院", "school", "participant")},
    ),
    (
        "school-primary",
        "两江新区人和小学开展劳动教育。",
        None,
        {("两江新区人和小学", "两江新区人和小学", "school", "mentioned")},
    ),
    (
        "school-middle",
        "近日，洛阳市第一中学举办讲座。",
        None,
        {("洛阳市第一中学", "洛阳市第一中学", "school", "mentioned")},
    ),
    (
        "school-academy",
        "湖北中医药学院的志愿者参与服务。",
        None,
        {("湖北中医药学院", "湖北中医药学院", "school", "participant")},
    ),
    (
        "enterprise-company",
        "国网重庆市电力公司南川供电公司组织抢修。",
        None,
        {("国网重庆市电力公司南川供电公司", "国网重庆市电力公司南川供电公司", "enterprise", "mentioned")},
    ),
    (
        "enterprise-central-parent-before-a-place",
        "由市总工会主办，中车株洲电力机车有限公司承办。",
        "株洲",
        {
            ("市总工会", "株洲市总工会", "union", "organizer"),
            ("中车株洲电力机车有限公司", "中车株洲电力机车有限公司", "enterprise", "host"),
        },
    ),
    (
        "place-unions-as-staff-are-no-name",
        "市总工会召开2024年南宁市工会机关干部培训会。",
        "南宁",
        {("市总工会", "南宁市总工会", "union", "mentioned")},
    ),
    (
        "enterprise-group",
        "职工代表走进山东能源集团。",
        None,
        {("山东能源集团", "山东能源集团", "enterprise", "mentioned")},
    ),
    (
        "enterprise-bank",
        "中国工商银行宁波分行工会开展活动。",
        None,
        {("中国工商银行宁波分行工会", "中国工商银行宁波分行工会", "union", "mentioned")},
    ),
    (
        "enterprise-branch",
        "上海电气集团股份有限公司开展比武。",
        None,
        {("上海电气集团股份有限公司", "上海电气集团股份有限公司", "enterprise", "mentioned")},
    ),
    (
        "association-research",
        "重庆市工人运动研究会召开理事会。",
        None,
        {("重庆市工人运动研究会", "重庆市工人运动研究会", "association", "mentioned")},
    ),
    (
        "association-foundation",
        "渝北职工帮扶基金会捐赠物资。",
        None,
        {("渝北职工帮扶基金会", "渝北职工帮扶基金会", "association", "mentioned")},
    ),
    (
        "association-chamber",
        "会上，市工商联介绍经验。",
        "长沙",
        {("市工商联", "长沙市工商联", "association", "mentioned")},
    ),
    (
        "association-society",
        "南京市劳动模范协会组织劳模宣讲。",
        None,
        {("南京市劳动模范协会", "南京市劳动模范协会", "association", "mentioned")},
    ),
    (
        "institution-palace",
        "活动在市劳动人民文化宫举行。",
        "北京",
        {("市劳动人民文化宫", "北京市劳动人民文化宫", "institution", "venue")},
    ),
    (
        "institution-center",
        "南川区森林草原火灾预防中心开展演练。",
        None,
        {("南川区森林草原火灾预防中心", "南川区森林草原火灾预防中心", "institution", "mentioned")},
    ),
    (
        "institution-subcenter",
        "永川区职工活动中心三教分中心揭牌。",
        None,
        {("永川区职工活动中心三教分中心", "永川区职工活动中心三教分中心", "institution", "mentioned")},
    ),
    (
        "institution-hospital",
        "武汉市第一医院医护人员参加义诊。",
        None,
        {("武汉市第一医院", "武汉市第一医院", "institution", "participant")},
    ),
    # -- left boundaries -----------------------------------------------------------------------------
    ("left-you", "本次活动由苏州市总工会主办。", None, {("苏州市总工会", "苏州市总工会", "union", "organizer")}),
    (
        "left-zai",
        "培训班在温州市职工服务中心开班。",
        None,
        {("温州市职工服务中心", "温州市职工服务中心", "institution", "mentioned")},
    ),
    ("left-zoujin", "宣讲团走进福田区总工会。", None, {("福田区总工会", "福田区总工会", "union", "mentioned")}),
    (
        "left-yaoqing",
        "邀请济南市劳动模范协会参与。",
        None,
        {("济南市劳动模范协会", "济南市劳动模范协会", "association", "participant")},
    ),
    ("left-year", "2023年海淀区总工会共开展活动20场。", None, {("海淀区总工会", "海淀区总工会", "union", "mentioned")}),
    ("left-quanshi", "全市工会要坚持服务职工。", None, set()),
    ("left-verb", "要切实增强做好工会工作的责任感。", None, set()),
    ("left-place-inside", "做好广东工会宣传工作。", None, {("广东工会", "广东工会", "union", "mentioned")}),
    (
        "left-verb-phrase-segmented",
        "认真学习西南政法大学的经验。",
        None,
        {("西南政法大学", "西南政法大学", "school", "mentioned")},
    ),
    (
        "left-verbal-noun-kept",
        "职工来到劳动人民文化宫观看演出。",
        None,
        {("劳动人民文化宫", "劳动人民文化宫", "institution", "mentioned")},
    ),
    ("excluded-each-after-stop", "请各区总工会认真抓好落实。", None, set()),
    ("excluded-slogan-verb", "为广州高质量发展贡献工会力量。", None, set()),
    (
        "traditional-joint-organizer",
        "本會與臺北市勞動局合辦職業安全講座。",
        None,
        {("臺北市勞動局", "台北市劳动局", "government", "co-organizer")},
    ),
    # a body's session names the body (the meeting itself is no organization)
    (
        "union-session-abbr-names-the-body",
        "市总工会十六届三次全委会议召开。",
        "重庆",
        {("市总工会", "重庆市总工会", "union", "mentioned")},
    ),
    ("excluded-congress", "中国工会第十八次全国代表大会在北京召开。", None, set()),
    (
        "officer-title-not-body",
        "上海市总工会党组书记、主席出席会议。",
        None,
        {("上海市总工会", "上海市总工会", "union", "participant")},
    ),
    (
        "place-with-stop-character",
        "河北省石家庄市长安区人民政府办公室印发通知。",
        None,
        {("河北省石家庄市长安区人民政府办公室", "河北省石家庄市长安区人民政府办公室", "government", "mentioned")},
    ),
    ("excluded-generic-community", "社区工会要发挥作用。", None, set()),
    ("excluded-quoted-brand", "打造“智慧工会”品牌。", None, set()),
    (
        "named-community",
        "近日，朝阳门社区工会开展义诊。",
        None,
        {("朝阳门社区工会", "朝阳门社区工会", "union", "mentioned")},
    ),
    (
        "each-covers-only-its-item",
        "各区县总工会、市级产业工会、市直机关工联会负责同志参加培训。",
        "重庆",
        {("市直机关工联会", "重庆市直机关工联会", "union", "participant")},
    ),
    (
        "district-from-article",
        "西湖区总工会联合区应急管理局开展慰问。区总工会相关负责人表示将持续做好服务。",
        "杭州",
        {
            ("西湖区总工会", "西湖区总工会", "union", "mentioned"),
            ("区应急管理局", "西湖区应急管理局", "government", "co-organizer"),
            ("区总工会", "西湖区总工会", "union", "mentioned"),
        },
    ),
    ("excluded-nationwide-generic", "全国工会系统开展学习。", None, set()),
    # -- coordination and aliases -----------------------------------------------------------------
    (
        "coordinated-five",
        "江北区、沙坪坝区、永川区、武隆区、忠县总工会作交流发言。",
        None,
        {
            ("江北区", "江北区总工会", "union", "mentioned"),
            ("沙坪坝区", "沙坪坝区总工会", "union", "mentioned"),
            ("永川区", "永川区总工会", "union", "mentioned"),
            ("武隆区", "武隆区总工会", "union", "mentioned"),
            ("忠县总工会", "忠县总工会", "union", "mentioned"),
        },
    ),
    (
        "coordinated-two-heads",
        "市委党校校工会、校妇委会联合开展活动。",
        None,
        {("市委党校校工会", "市委党校校工会", "union", "mentioned"), ("校妇委会", "校妇委会", "union", "mentioned")},
    ),
    (
        "coordinated-list-of-names",
        "鼓楼区总工会、玄武区总工会参加比赛。",
        None,
        {
            ("鼓楼区总工会", "鼓楼区总工会", "union", "participant"),
            ("玄武区总工会", "玄武区总工会", "union", "participant"),
        },
    ),
    (
        "alias-parenthesised",
        "市企业联合会(企业家协会)参加会议。",
        None,
        {("市企业联合会(企业家协会)", "市企业联合会", "association", "participant")},
    ),
    # -- exclusions --------------------------------------------------------------------------------
    ("excluded-each", "各区县总工会负责人参加会议。", None, set()),
    ("excluded-counted", "41个区县总工会作交流发言。", None, set()),
    ("excluded-grassroots", "基层工会要做好服务。", None, set()),
    ("excluded-level", "市级产业工会负责同志参会。", None, set()),
    ("excluded-team", "朝阳区职工代表队获得冠军。", None, set()),
    (
        "session-names-the-body",
        "全国总工会十八届二次执委会召开。",
        None,
        {("全国总工会", "中华全国总工会", "union", "mentioned")},
    ),
    ("party-plenum-names-the-body", "深入落实市委六届五次全会精神。", None, {("市委", "市委", "party", "mentioned")}),
    ("excluded-digital", "推进数字工会建设。", None, set()),
    # -- abbreviations and city --------------------------------------------------------------------
    ("abbr-quanzong", "积极争取全总支持。", None, {("全总", "中华全国总工会", "union", "supporter")}),
    ("abbr-national", "全国总工会印发意见。", None, {("全国总工会", "中华全国总工会", "union", "mentioned")}),
    ("abbr-shizong-city", "市总召开党组会议。", "重庆", {("市总", "重庆市总工会", "union", "mentioned")}),
    ("abbr-shizong-no-city", "市总召开党组会议。", None, {("市总", "市总", "union", "mentioned")}),
    ("abbr-shengzong", "省总召开会议。", "成都", {("省总", "四川省总工会", "union", "mentioned")}),
    (
        "province-inferred",
        "山东省总工会召开会议。省人社厅负责同志出席。",
        None,
        {
            ("山东省总工会", "山东省总工会", "union", "mentioned"),
            ("省人社厅", "山东省人社厅", "government", "participant"),
        },
    ),
    (
        "city-inferred",
        "宁波市总工会召开会议。宁波市职工踊跃参与。市总工会领导出席。",
        None,
        {("宁波市总工会", "宁波市总工会", "union", "mentioned"), ("市总工会", "宁波市总工会", "union", "participant")},
    ),
    ("city-given-with-shi", "市总工会召开会议。", "上海市", {("市总工会", "上海市总工会", "union", "mentioned")}),
    (
        "district-inferred",
        "近日，武侯区总工会开展活动。\n武侯区总工会组织培训。\n武侯区总工会召开会议。\n区总负责同志讲话，区总工会要求抓好落实。",
        "成都",
        {
            ("武侯区总工会", "武侯区总工会", "union", "mentioned"),
            ("区总", "武侯区总工会", "union", "mentioned"),
            ("区总工会", "武侯区总工会", "union", "mentioned"),
        },
    ),
    # -- roles ---------------------------------------------------------------------------------------
    (
        "role-organizer-host",
        "比赛由深圳市总工会主办，南山区总工会承办。",
        None,
        {("深圳市总工会", "深圳市总工会", "union", "organizer"), ("南山区总工会", "南山区总工会", "union", "host")},
    ),
    (
        "role-joint-organizers",
        "活动由杭州市总工会、杭州市妇联主办。",
        None,
        {
            ("杭州市总工会", "杭州市总工会", "union", "organizer"),
            ("杭州市妇联", "杭州市妇联", "association", "organizer"),
        },
    ),
    (
        "role-co-organizer",
        "比赛由盘锦市职工技协协办。",
        None,
        {("盘锦市职工技协", "盘锦市职工技协", "association", "co-organizer")},
    ),
    (
        "role-venue",
        "决赛在郑州市工人文化宫举行。",
        None,
        {("郑州市工人文化宫", "郑州市工人文化宫", "institution", "venue")},
    ),
    (
        "role-participant",
        "成都市总工会参加了本次活动。",
        None,
        {("成都市总工会", "成都市总工会", "union", "participant")},
    ),
    (
        "role-shared-by-list",
        "山东省总工会联合省人社厅、省教育厅举办大赛。",
        None,
        {
            ("山东省总工会", "山东省总工会", "union", "mentioned"),
            ("省人社厅", "山东省人社厅", "government", "co-organizer"),
            ("省教育厅", "山东省教育厅", "government", "co-organizer"),
        },
    ),
    (
        "left-place-after-verb",
        "职工代表参观郑州大学第一附属医院。",
        None,
        {("郑州大学第一附属医院", "郑州大学第一附属医院", "institution", "mentioned")},
    ),
    (
        "parent-company-union",
        "华为技术有限公司工会组织职工参加健步走。",
        None,
        {("华为技术有限公司工会", "华为技术有限公司工会", "union", "participant")},
    ),
    (
        "street-union",
        "近日，五里店街道总工会开展送清凉活动。",
        None,
        {("五里店街道总工会", "五里店街道总工会", "union", "mentioned")},
    ),
    ("township-union", "柳城镇工会举办技能比武。", None, {("柳城镇工会", "柳城镇工会", "union", "mentioned")}),
    (
        "parent-bank-branch",
        "中国建设银行股份有限公司上海市分行参加会议。",
        None,
        {("中国建设银行股份有限公司上海市分行", "中国建设银行股份有限公司上海市分行", "enterprise", "participant")},
    ),
    (
        "party-department",
        "湖北省武汉市江岸区委组织部开展培训。",
        None,
        {("湖北省武汉市江岸区委组织部", "湖北省武汉市江岸区委组织部", "party", "mentioned")},
    ),
    (
        "role-labels",
        "主办单位：浙江省总工会\n承办单位：温州市总工会、温州市鹿城区总工会",
        None,
        {
            ("浙江省总工会", "浙江省总工会", "union", "organizer"),
            ("温州市总工会", "温州市总工会", "union", "host"),
            ("温州市鹿城区总工会", "温州市鹿城区总工会", "union", "host"),
        },
    ),
    (
        "role-support-far-is-not",
        "成都市总工会积极争取全总支持。",
        None,
        {("成都市总工会", "成都市总工会", "union", "mentioned"), ("全总", "中华全国总工会", "union", "supporter")},
    ),
    # -- generalisation to unseen bulletins (issue 5 follow-up) ----------------------------------------
    (
        "coordinated-item-after-stop-word",
        "调研组深入鼓楼区、台江区总工会调研。",
        None,
        {
            ("鼓楼区", "鼓楼区总工会", "union", "mentioned"),
            ("台江区总工会", "台江区总工会", "union", "mentioned"),
        },
    ),
    (
        "coordinated-item-kept-word",
        "南开区、和平区总工会共同开展活动。",
        None,
        {("南开区", "南开区总工会", "union", "mentioned"), ("和平区总工会", "和平区总工会", "union", "mentioned")},
    ),
    (
        "place-opening-with-stop",
        "于洪区总工会组织职工参观。",
        None,
        {("于洪区总工会", "于洪区总工会", "union", "mentioned")},
    ),
    (
        "place-opening-with-stop-after-you",
        "由从化区总工会主办。",
        None,
        {("从化区总工会", "从化区总工会", "union", "organizer")},
    ),
    (
        "place-ending-in-dou",
        "花都区总工会举办技能比赛。",
        None,
        {("花都区总工会", "花都区总工会", "union", "mentioned")},
    ),
    (
        "no-place-from-stop-and-area",
        "继续与特区政府沟通。",
        None,
        {("特区政府", "特区政府", "government", "mentioned")},
    ),
    (
        "localiser-opens-clause",
        "近日，中通客车股份有限公司工会开展职工培训。",
        None,
        {("中通客车股份有限公司工会", "中通客车股份有限公司工会", "union", "mentioned")},
    ),
    (
        "shared-prefix-list",
        "市总工会联合市人社局、财政局、住建局开展检查。",
        "济南",
        {
            ("市总工会", "济南市总工会", "union", "mentioned"),
            ("市人社局", "济南市人社局", "government", "co-organizer"),
            ("财政局", "济南市财政局", "government", "co-organizer"),
            ("住建局", "济南市住建局", "government", "co-organizer"),
        },
    ),
    (
        "shared-prefix-district",
        "莲都区总工会联合区人社局、司法局开展宣传。",
        None,
        {
            ("莲都区总工会", "莲都区总工会", "union", "mentioned"),
            ("区人社局", "莲都区人社局", "government", "co-organizer"),
            ("司法局", "莲都区司法局", "government", "co-organizer"),
        },
    ),
    (
        "department-of-union",
        "市总工会权益保障部负责人介绍。",
        "合肥",
        {("市总工会权益保障部", "合肥市总工会权益保障部", "union", "mentioned")},
    ),
    (
        "department-of-company",
        "授予常州地铁集团有限公司运营分公司乘务二部“青年文明号”称号。",
        None,
        {
            (
                "常州地铁集团有限公司运营分公司乘务二部",
                "常州地铁集团有限公司运营分公司乘务二部",
                "enterprise",
                "mentioned",
            )
        },
    ),
    (
        "cadres-no-department",
        "市总工会干部职工参加活动。",
        "合肥",
        {("市总工会", "合肥市总工会", "union", "participant")},
    ),
    ("department-needs-parent", "会议部署了下一步工作。", None, set()),
    ("excluded-congress-short", "深入学习中国工会十八大精神。", None, set()),
    ("excluded-publication", "温州工会简报第5期", None, set()),
    ("excluded-counted-parenthesised", "全市12个县（市）区总工会参加培训。", None, set()),
    (
        "kept-word-gaodeng",
        "由长春医学高等专科学校承办。",
        None,
        {("长春医学高等专科学校", "长春医学高等专科学校", "school", "host")},
    ),
    (
        "kept-word-zhongji",
        "会同市中级人民法院开展调解。",
        "南昌",
        {("市中级人民法院", "南昌市中级人民法院", "government", "co-organizer")},
    ),
    (
        "kept-word-jiuye",
        "宝山区就业促进中心开展招聘。",
        None,
        {("宝山区就业促进中心", "宝山区就业促进中心", "institution", "mentioned")},
    ),
    (
        "kept-word-bureau-with-he",
        "市工业和信息化局参加座谈。",
        "无锡",
        {("市工业和信息化局", "无锡市工业和信息化局", "government", "participant")},
    ),
    (
        "lianhe-inside-name",
        "近日，北京联合大学工会开展活动。",
        None,
        {("北京联合大学工会", "北京联合大学工会", "union", "mentioned")},
    ),
    (
        "lianhe-verb",
        "杭州市总工会联合市妇联开展活动。",
        None,
        {
            ("杭州市总工会", "杭州市总工会", "union", "mentioned"),
            ("市妇联", "杭州市妇联", "association", "co-organizer"),
        },
    ),
    (
        "conjunction-inside-name",
        "香港金融及保险业职工总会参加。",
        None,
        {("香港金融及保险业职工总会", "香港金融及保险业职工总会", "association", "participant")},
    ),
    (
        "conjunction-before-name",
        "邀请省劳模及区人社局负责人参加。",
        None,
        {("区人社局", "区人社局", "government", "participant")},
    ),
    ("excluded-students", "资助困难职工子女大学新生200名。", None, set()),
    ("excluded-common-noun-school", "他从技工学校毕业后进入公司工作。", None, set()),
    ("excluded-area-noun", "覆盖辖区基层工会80个。", None, set()),
    ("excluded-bare-government", "积极向政府建言献策。", None, set()),
    (
        "weak-government-with-place",
        "區政府勞工處跟進個案。",
        None,
        {("區政府勞工處", "区政府劳工处", "government", "mentioned")},
    ),
    (
        "management-committee",
        "由经开区总工会和经开区管委会共同出资。",
        None,
        {
            ("经开区总工会", "经开区总工会", "union", "mentioned"),
            ("经开区管委会", "经开区管委会", "government", "mentioned"),
        },
    ),
    (
        "management-office",
        "宁波市三江河道管理所职工参加比赛。",
        None,
        {("宁波市三江河道管理所", "宁波市三江河道管理所", "institution", "participant")},
    ),
    (
        "alias-name-without-alias",
        "苏州市职工服务中心（市职工帮扶中心）开展活动。",
        None,
        {("苏州市职工服务中心（市职工帮扶中心）", "苏州市职工服务中心", "institution", "mentioned")},
    ),
    (
        "place-ending-in-zhong",
        "，榆中县总工会举办培训班。",
        None,
        {("榆中县总工会", "榆中县总工会", "union", "mentioned")},
    ),
    ("no-place-inside-phrase", "在活动中县总工会表示欢迎。", None, {("县总工会", "县总工会", "union", "mentioned")}),
    (
        "kept-word-jingfei",
        "审议了市总工会经费审查委员会工作报告。",
        "太原",
        {("市总工会经费审查委员会", "太原市总工会经费审查委员会", "union", "mentioned")},
    ),
    (
        "kept-word-zhidao-zhongxin",
        "由市总工会主办，市就业指导中心承办。",
        "南宁",
        {
            ("市总工会", "南宁市总工会", "union", "organizer"),
            ("市就业指导中心", "南宁市就业指导中心", "institution", "host"),
        },
    ),
    (
        "kept-word-shichang",
        "会同市市场监督管理局开展检查。",
        "贵阳",
        {("市市场监督管理局", "贵阳市市场监督管理局", "government", "co-organizer")},
    ),
    ("not-ending-daju", "服务兰州高质量发展大局。", None, set()),
    ("excluded-contest-category", "获得小学组一等奖。", None, set()),
    ("stop-verb-dial", "可拨打区总工会热线咨询。", None, {("区总工会", "区总工会", "union", "mentioned")}),
    (
        "taiwan-national-university-department",
        "國立政治大學勞工研究所教授主講。",
        None,
        {("國立政治大學勞工研究所", "国立政治大学劳工研究所", "institution", "mentioned")},
    ),
    # -- bodies found in fresh bulletins (county-level city, district, village) ----------------------
    (
        "body-before-its-session",
        "溧阳市总工会十届三次全委会议召开。",
        None,
        {("溧阳市总工会", "溧阳市总工会", "union", "mentioned")},
    ),
    ("congress-after-name-is-no-body", "学习中国工会第十八次全国代表大会精神。", None, set()),
    ("red-cross", "市红十字会开展救护培训。", "常州", {("市红十字会", "常州市红十字会", "association", "mentioned")}),
    (
        "residents-committee",
        "幸福社区居委会协办。",
        None,
        {("幸福社区居委会", "幸福社区居委会", "government", "co-organizer")},
    ),
    ("village-committee", "王家村村委会协办。", None, {("王家村村委会", "王家村村委会", "government", "co-organizer")}),
    ("peoples-congress", "区人大领导出席。", None, {("区人大", "区人大", "government", "participant")}),
    ("deputy-is-no-congress", "市人大代表张某出席。", None, set()),
    (
        "community-is-no-district",
        "幸福社区居委会承办，区人大参加。",
        None,
        {
            ("幸福社区居委会", "幸福社区居委会", "government", "host"),
            ("区人大", "区人大", "government", "participant"),
        },
    ),
    (
        "list-item-naming-its-own-place",
        "由市人力社保局、市经信局联合主办。",
        "绍兴",
        {
            ("市人力社保局", "绍兴市人力社保局", "government", "organizer"),
            ("市经信局", "绍兴市经信局", "government", "organizer"),
        },
    ),
    (
        "place-in-brackets-inside-a-company",
        "海洋石油工程（青岛）有限公司工会开展活动。",
        None,
        {("海洋石油工程（青岛）有限公司工会", "海洋石油工程（青岛）有限公司工会", "union", "mentioned")},
    ),
    (
        "place-in-brackets-after-a-stop",
        "职工在中国石化销售（北京）有限公司参观。",
        None,
        {("中国石化销售（北京）有限公司", "中国石化销售（北京）有限公司", "enterprise", "mentioned")},
    ),
    (
        "known-body-hong-kong",
        "會於下月約見勞工及福利局官員。",
        None,
        {("勞工及福利局", "劳工及福利局", "government", "mentioned")},
    ),
    (
        "known-body-beside-a-federation",
        "港九勞工社團聯會聯同職業安全健康局舉辦講座。",
        None,
        {
            ("港九勞工社團聯會", "港九劳工社团联会", "association", "mentioned"),
            ("職業安全健康局", "职业安全健康局", "government", "mentioned"),
        },
    ),
    (
        "known-body-ministry",
        "人力资源和社会保障部发布通知。",
        None,
        {("人力资源和社会保障部", "人力资源和社会保障部", "government", "mentioned")},
    ),
    (
        "lianhe-right-before-the-ending",
        "本會與臺北市立聯合醫院合作辦理健檢。",
        None,
        {("臺北市立聯合醫院", "台北市立联合医院", "institution", "mentioned")},
    ),
    (
        "lianhe-verb-between-two-names",
        "区总工会联合区人社局举办招聘会。",
        None,
        {("区总工会", "区总工会", "union", "mentioned"), ("区人社局", "区人社局", "government", "co-organizer")},
    ),
    ("generic-new-employment-union-federation", "推动建立新就业形态劳动者工会联合会。", None, set()),
    ("this-company-union-is-a-reference", "该公司工会荣获“全国五一劳动奖状”。", None, set()),
    ("our-unit-union-is-a-reference", "本单位工会开展活动。", None, set()),
    (
        "city-beginning-with-an-excluded-word",
        "近日，本溪市总工会开展活动。",
        None,
        {("本溪市总工会", "本溪市总工会", "union", "mentioned")},
    ),
    (
        "city-with-a-stop-character",
        "近日，呼和浩特市总工会开展活动。",
        None,
        {("呼和浩特市总工会", "呼和浩特市总工会", "union", "mentioned")},
    ),
    (
        "representatives-name-the-body",
        "区总工会代表参加。",
        None,
        {("区总工会", "区总工会", "union", "participant")},
    ),
    ("congress-of-the-unions-is-no-body", "市总工会代表大会召开。", "西安", set()),
    ("delegation-is-no-body", "市总工会代表团赴港交流。", "深圳", set()),
    ("cppcc-member-is-no-body", "市政协委员张某参加调研。", None, set()),
    (
        "audit-committee-short",
        "市总工会经审会召开会议。",
        "厦门",
        {("市总工会经审会", "厦门市总工会经审会", "union", "mentioned")},
    ),
    (
        "women-committee-short",
        "市总女职委开展关爱活动，区总工会女工委举办讲座。",
        "厦门",
        {
            ("市总女职委", "厦门市总女职委", "union", "mentioned"),
            ("区总工会女工委", "区总工会女工委", "union", "mentioned"),
        },
    ),
    (
        "union-federation-is-a-union",
        "长沙市建筑业工会联合会召开会员代表大会。",
        None,
        {("长沙市建筑业工会联合会", "长沙市建筑业工会联合会", "union", "mentioned")},
    ),
    (
        "joint-general-union-through-lianhe",
        "澳門工會聯合總會開展活動，澳門街坊會聯合總會協辦。",
        None,
        {
            ("澳門工會聯合總會", "澳门工会联合总会", "union", "mentioned"),
            ("澳門街坊會聯合總會", "澳门街坊会联合总会", "association", "co-organizer"),
        },
    ),
    (
        "alliance-with-a-place",
        "香港職工會聯盟發表聲明。",
        None,
        {("香港職工會聯盟", "香港职工会联盟", "association", "mentioned")},
    ),
    ("alliance-without-a-place", "成立产业工人创新联盟。", None, set()),
    (
        "branch-with-a-place-after-its-parent",
        "招商银行股份有限公司成都分行开展志愿服务。",
        None,
        {("招商银行股份有限公司成都分行", "招商银行股份有限公司成都分行", "enterprise", "mentioned")},
    ),
    (
        "branch-union-with-a-place-inside",
        "交通银行股份有限公司杭州分行工会开展活动。",
        None,
        {("交通银行股份有限公司杭州分行工会", "交通银行股份有限公司杭州分行工会", "union", "mentioned")},
    ),
    (
        "school-campus-with-a-place",
        "清华大学深圳国际研究生院举办论坛。",
        None,
        {("清华大学深圳国际研究生院", "清华大学深圳国际研究生院", "institution", "mentioned")},
    ),
    (
        "known-body-as-parent",
        "台北市產業總工會與勞動部勞動力發展署合作辦理職業訓練課程。",
        None,
        {
            ("台北市產業總工會", "台北市产业总工会", "union", "mentioned"),
            ("勞動部勞動力發展署", "劳动部劳动力发展署", "government", "mentioned"),
        },
    ),
    (
        "shidai-inside-a-company",
        "宁德时代新能源科技股份有限公司工会获得表彰。",
        None,
        {("宁德时代新能源科技股份有限公司工会", "宁德时代新能源科技股份有限公司工会", "union", "mentioned")},
    ),
    (
        "parent-with-a-stop-character",
        "株洲中车时代电气股份有限公司举办技能比武。",
        None,
        {("株洲中车时代电气股份有限公司", "株洲中车时代电气股份有限公司", "enterprise", "mentioned")},
    ),
    (
        "new-era-before-a-name",
        "奋进新时代市总工会召开会议。",
        "重庆",
        {("市总工会", "重庆市总工会", "union", "mentioned")},
    ),
    (
        "role-xietong-before",
        "市总工会协同市司法局开展法律援助。",
        "郑州",
        {
            ("市总工会", "郑州市总工会", "union", "mentioned"),
            ("市司法局", "郑州市司法局", "government", "co-organizer"),
        },
    ),
    ("excluded-owned-by-the-city", "市属国有企业工会负责人参加培训。", "南京", set()),
    ("excluded-two-levels", "市、区两级工会共投入资金500万元。", None, set()),
    ("square-is-a-venue", "在工人文化宫广场举行启动仪式。", None, set()),
    # -- traditional and user lexicon ---------------------------------------------------------------
    ("traditional", "近日，廣州市總工會舉辦培訓。", None, {("廣州市總工會", "广州市总工会", "union", "mentioned")}),
    # -- fourth pass: public institutions, enterprise units, universities, cross-strait bodies -----------
    (
        "new-era-after-a-place",
        "江北区新时代文明实践中心组织志愿者开展活动。",
        None,
        {("江北区新时代文明实践中心", "江北区新时代文明实践中心", "institution", "mentioned")},
    ),
    (
        "workshop-after-its-factory",
        "攀钢集团钒钛公司炼铁分厂电修车间开展技术比武。",
        None,
        {("攀钢集团钒钛公司炼铁分厂电修车间", "攀钢集团钒钛公司炼铁分厂电修车间", "enterprise", "mentioned")},
    ),
    ("workshop-alone-is-no-name", "生产车间开展技术比武，检修车间代表队获得冠军。", None, set()),
    (
        "region-word-with-a-stop",
        "华中科技大学工会举办教职工运动会。",
        None,
        {("华中科技大学工会", "华中科技大学工会", "union", "mentioned")},
    ),
    (
        "branch-after-a-federation",
        "香港工会联合会九龙东服务中心举办活动。",
        None,
        {("香港工会联合会九龙东服务中心", "香港工会联合会九龙东服务中心", "institution", "mentioned")},
    ),
    (
        "friendship-associations",
        "中华全国台湾同胞联谊会与市台联共同主办交流会，市海峡两岸交流促进会协办。",
        "福州",
        {
            ("中华全国台湾同胞联谊会", "中华全国台湾同胞联谊会", "association", "organizer"),
            ("市台联", "福州市台联", "association", "organizer"),
            ("市海峡两岸交流促进会", "福州市海峡两岸交流促进会", "association", "co-organizer"),
        },
    ),
    ("platform-is-no-taiwan-league", "搭建平台联动各方资源。", None, set()),
    (
        "party-working-committee",
        "高新区管委会党工委书记出席。",
        None,
        {("高新区管委会党工委", "高新区管委会党工委", "party", "participant")},
    ),
    (
        "community-workstation",
        "粤海街道高新区社区工作站开展活动。",
        None,
        {("粤海街道高新区社区工作站", "粤海街道高新区社区工作站", "institution", "mentioned")},
    ),
    # -- fifth pass: enterprise-internal units, placed abbreviations, teams -----------------------------
    (
        "factory-union-whole",
        "近日，洛阳轴承厂工会举办职工技能比武。",
        None,
        {("洛阳轴承厂工会", "洛阳轴承厂工会", "union", "mentioned")},
    ),
    (
        "branch-factory-named-by-its-process",
        "6月2日，锻压分厂工会、热处理分厂工会联合举办技术比武。",
        None,
        {
            ("锻压分厂工会", "锻压分厂工会", "union", "mentioned"),
            ("热处理分厂工会", "热处理分厂工会", "union", "mentioned"),
        },
    ),
    (
        "section-after-its-factory",
        "冲压厂工会联合厂安全科、分厂设备科开展安全知识竞赛。",
        None,
        {
            ("冲压厂工会", "冲压厂工会", "union", "mentioned"),
            ("厂安全科", "厂安全科", "enterprise", "co-organizer"),
            ("分厂设备科", "分厂设备科", "enterprise", "co-organizer"),
        },
    ),
    ("subject-is-no-section", "该校本科、学科建设和比赛分文科、理科两个组别。", None, set()),
    ("factory-verb-is-no-name", "新进厂职工参加培训，回厂后分享心得。", None, set()),
    ("factory-offices-are-no-name", "各分（子）公司、厂处工会主席参加会议。", None, set()),
    (
        "verb-between-union-and-company",
        "按照规定，厂工会推荐申报集团公司“金牌工人”。",
        None,
        {("厂工会", "厂工会", "union", "mentioned")},
    ),
    ("office-building-is-no-office", "分工会将学院办公楼二楼闲置用房改造为活动室。", None, set()),
    (
        "placed-city-abbreviation",
        "上饶市总工会、吉安市总分别举办宣讲报告会。",
        None,
        {
            ("上饶市总工会", "上饶市总工会", "union", "mentioned"),
            ("吉安市总", "吉安市总工会", "union", "mentioned"),
        },
    ),
    (
        "placed-province-and-district-abbreviations",
        "黑龙江省总、二七区总开展送温暖活动。",
        None,
        {
            ("黑龙江省总", "黑龙江省总工会", "union", "mentioned"),
            ("二七区总", "二七区总工会", "union", "mentioned"),
        },
    ),
    ("abbreviation-needs-a-known-place", "要求省总各部门。", None, {("省总", "省总", "union", "mentioned")}),
    ("total-is-no-abbreviation", "全市总体经济平稳，城市总体规划，总量居全省前列，市总书记。", None, set()),
    (
        "school-own-union-and-offices",
        "泉城大学工会通讯\n泉城大学工会　编\n\n5月8日，校工会联合教务处、人事处、校医院举办健康讲座。",
        None,
        {
            ("校工会", "泉城大学工会", "union", "mentioned"),
            ("教务处", "教务处", "other", "co-organizer"),
            ("人事处", "人事处", "other", "co-organizer"),
            ("校医院", "泉城大学校医院", "institution", "co-organizer"),
        },
    ),
    (
        "women-committee-after-its-union",
        "集团公司工会女工委与市总工会女职工部联合举办讲座。",
        "太原",
        {
            ("集团公司工会女工委", "集团公司工会女工委", "union", "mentioned"),
            ("市总工会女职工部", "太原市总工会女职工部", "union", "mentioned"),
        },
    ),
    (
        "college-branch-unions-sharing-a-body",
        "机械工程学院、文学院和化学化工学院分工会被评为“模范分工会”。",
        None,
        {
            ("机械工程学院", "机械工程学院分工会", "union", "mentioned"),
            ("文学院", "文学院分工会", "union", "mentioned"),
            ("化学化工学院分工会", "化学化工学院分工会", "union", "mentioned"),
        },
    ),
    (
        "college-of-two-disciplines",
        "会上，数学与统计学院王芳、信息科学与工程学院分工会作交流发言。",
        None,
        {
            ("数学与统计学院", "数学与统计学院", "school", "mentioned"),
            ("信息科学与工程学院分工会", "信息科学与工程学院分工会", "union", "mentioned"),
        },
    ),
    ("branch-union-needs-its-unit", "全校24个分工会、机关分工会和“先进分工会”创建活动。", None, set()),
    # -- sixth pass: Macao federation, county lists, slogans ------------------------------------------
    (
        "industries-share-a-city-and-union",
        "珠海市饮食业、旅游业工会联合举办技能比赛。",
        None,
        {
            ("珠海市饮食业", "珠海市饮食业工会", "union", "mentioned"),
            ("旅游业工会", "珠海市旅游业工会", "union", "mentioned"),
        },
    ),
    (
        "macao-federation-abbreviation",
        "工聯總會日前舉辦會員大會。",
        None,
        {("工聯總會", "澳门工会联合总会", "association", "mentioned")},
    ),
    (
        "macao-federation-committees",
        "工聯總會婦女事務委員會與工聯總會青年委員會聯合舉辦親子活動。",
        None,
        {
            ("工聯總會婦女事務委員會", "澳门工会联合总会妇女事务委员会", "union", "mentioned"),
            ("工聯總會青年委員會", "澳门工会联合总会青年委员会", "union", "mentioned"),
        },
    ),
    (
        "macao-federation-department",
        "工聯總會權益部統計，今年共處理個案三百宗。",
        None,
        {("工聯總會權益部", "澳门工会联合总会权益部", "association", "mentioned")},
    ),
    (
        "macao-federation-centre",
        "學員可向工聯職業技能培訓中心查詢報名詳情。",
        None,
        {("工聯職業技能培訓中心", "工联职业技能培训中心", "institution", "participant")},
    ),
    (
        "practitioners-keep-their-stop",
        "澳門博彩從業員職工會理事長表示，會繼續爭取僱員權益。",
        None,
        {("澳門博彩從業員職工會", "澳门博彩从业员职工会", "union", "mentioned")},
    ),
    (
        "industries-share-place-and-union",
        "澳門建築業、物業管理業職工會聯合舉辦講座。",
        None,
        {
            ("澳門建築業", "澳门建筑业职工会", "union", "mentioned"),
            ("物業管理業職工會", "澳门物业管理业职工会", "union", "mentioned"),
        },
    ),
    (
        "industries-share-place-and-union-simplified",
        "澳门饮食业、酒店业职工会举办座谈会。",
        None,
        {
            ("酒店业职工会", "澳门酒店业职工会", "union", "mentioned"),
            ("澳门饮食业", "澳门饮食业职工会", "union", "mentioned"),
        },
    ),
    (
        "macao-standing-committee",
        "工聯總會代表在社會協調常設委員會會議上提出意見。",
        None,
        {
            ("工聯總會", "澳门工会联合总会", "association", "mentioned"),
            ("社會協調常設委員會", "社会协调常设委员会", "government", "mentioned"),
        },
    ),
    (
        "macao-social-security-fund",
        "【本報訊】社會保障基金上月公布，養老金已調升。",
        None,
        {("社會保障基金", "社会保障基金", "government", "mentioned")},
    ),
    ("social-security-fund-is-money-in-simplified", "各地要加强社会保障基金监管。", None, set()),
    (
        "township-list-shares-union",
        "东关镇、南湖乡、北山乡总工会开展慰问活动。",
        None,
        {
            ("南湖乡", "南湖乡总工会", "union", "mentioned"),
            ("东关镇", "东关镇总工会", "union", "mentioned"),
            ("北山乡总工会", "北山乡总工会", "union", "mentioned"),
        },
    ),
    (
        "brigade-in-a-list",
        "市人社局、住建局、劳动保障监察支队开展欠薪专项检查。",
        "宁波",
        {
            ("劳动保障监察支队", "宁波市劳动保障监察支队", "government", "mentioned"),
            ("市人社局", "宁波市人社局", "government", "mentioned"),
            ("住建局", "宁波市住建局", "government", "mentioned"),
        },
    ),
    (
        "brigade-after-its-bureau",
        "县公安局交警大队开展交通安全宣传。",
        None,
        {("县公安局交警大队", "县公安局交警大队", "government", "mentioned")},
    ),
    ("slogan-ending-in-university", "开展“送温暖进工地·助力圆梦大学”活动。", None, set()),
    ("title-before-union", "会议表彰了一批先进乡镇工会和优秀企业工会。", None, set()),
    (
        "report-to-county-union",
        "各乡镇工会要将名单报县总工会审核。",
        None,
        {("县总工会", "县总工会", "union", "mentioned")},
    ),
    (
        "report-up-to-city-union",
        "请于月底前上报市总工会。",
        "重庆",
        {("市总工会", "重庆市总工会", "union", "mentioned")},
    ),
    ("learnt-in-the-contest-no-school", "他把比赛中学到的好做法带回车队。", None, set()),
    (
        "youth-committee",
        "市总工会青年委员会举办交流会。",
        "杭州",
        {("市总工会青年委员会", "杭州市总工会青年委员会", "union", "mentioned")},
    ),
    (
        "team-name-holds-no-name",
        "南昌大学第一附属医院代表队获得团体一等奖。",
        None,
        set(),
    ),
    # -- seventh pass: 兵团, Beijing streets, Shenzhen lists ------------------------------------------
    (
        "corps-division-union",
        "6月8日，新疆生产建设兵团第八师总工会举办职工运动会，八师总工会主席王磊出席。",
        None,
        {
            ("八师总工会", "八师总工会", "union", "participant"),
            ("新疆生产建设兵团第八师总工会", "新疆生产建设兵团第八师总工会", "union", "mentioned"),
        },
    ),
    (
        "corps-division-hospital",
        "第八师医院和第一师医院的医护人员参加义诊。",
        None,
        {
            ("第一师医院", "第一师医院", "institution", "participant"),
            ("第八师医院", "第八师医院", "institution", "participant"),
        },
    ),
    (
        "corps-regiment-unions",
        "比赛期间，八师一二一团工会和一四三团工会组织职工到场助威。",
        None,
        {
            ("一四三团工会", "一四三团工会", "union", "mentioned"),
            ("八师一二一团工会", "八师一二一团工会", "union", "mentioned"),
        },
    ),
    (
        "corps-farm-unions-share-division",
        "十二师三坪农场工会和五一农场工会还组织职工助威。",
        None,
        {
            ("五一农场工会", "十二师五一农场工会", "union", "mentioned"),
            ("十二师三坪农场工会", "十二师三坪农场工会", "union", "mentioned"),
        },
    ),
    (
        "company-group-in-brackets",
        "会上，北京首都旅游（集团）有限责任公司工会作交流发言。",
        None,
        {("北京首都旅游（集团）有限责任公司工会", "北京首都旅游（集团）有限责任公司工会", "union", "mentioned")},
    ),
    (
        "year-before-district-union",
        "2019年度东城区总工会工作会议召开。",
        None,
        {("东城区总工会", "东城区总工会", "union", "mentioned")},
    ),
    (
        "unions-work-of-a-district",
        "会议表彰了2019年度东城区工会工作先进单位。",
        None,
        set(),
    ),
    (
        "street-list-shares-street",
        "和平里、安定门、交道口街道总工会开展慰问。",
        None,
        {
            ("交道口街道总工会", "交道口街道总工会", "union", "mentioned"),
            ("和平里", "和平里街道总工会", "union", "mentioned"),
            ("安定门", "安定门街道总工会", "union", "mentioned"),
        },
    ),
    (
        "street-list-month-char",
        "德胜、新街口、月坛街道总工会组织职工参观。",
        None,
        {
            ("德胜", "德胜街道总工会", "union", "mentioned"),
            ("新街口", "新街口街道总工会", "union", "mentioned"),
            ("月坛街道总工会", "月坛街道总工会", "union", "mentioned"),
        },
    ),
    (
        "street-named-xiang",
        "区总工会会同松岗、西乡、福永街道总工会成立专班。",
        None,
        {
            ("区总工会", "区总工会", "union", "mentioned"),
            ("松岗", "松岗街道总工会", "union", "co-organizer"),
            ("福永街道总工会", "福永街道总工会", "union", "co-organizer"),
            ("西乡", "西乡街道总工会", "union", "co-organizer"),
        },
    ),
    (
        "verb-phrase-street-union",
        "区总工会把政治建设摆在首位，建立党组成员联系街道总工会制度。",
        None,
        {("区总工会", "区总工会", "union", "mentioned")},
    ),
    (
        "generic-street-union",
        "区总工会以街道总工会为依托开展工作。",
        None,
        {("区总工会", "区总工会", "union", "mentioned")},
    ),
    (
        "list-item-holds-he",
        "区总工会会同区人力资源局、工业和信息化局开展检查。",
        "深圳",
        {
            ("区人力资源局", "区人力资源局", "government", "co-organizer"),
            ("区总工会", "区总工会", "union", "mentioned"),
            ("工业和信息化局", "区工业和信息化局", "government", "co-organizer"),
        },
    ),
    (
        "innovation-bureau",
        "区总工会联合区人力资源局、科技创新局开展活动。",
        None,
        {
            ("区人力资源局", "区人力资源局", "government", "co-organizer"),
            ("区总工会", "区总工会", "union", "mentioned"),
            ("科技创新局", "区科技创新局", "government", "co-organizer"),
        },
    ),
    (
        "new-situation-slogan",
        "奋力开创新局，区总工会召开会议。",
        None,
        {("区总工会", "区总工会", "union", "mentioned")},
    ),
    # -- eighth pass: Taiwan unions, rest homes, venues, quoted titles ---------------------------------
    (
        "taiwan-enterprise-union-after-its-company",
        "港都客運股份有限公司企業工會理事長陳志明表示，將持續推動勞資協商。",
        None,
        {("港都客運股份有限公司企業工會", "港都客运股份有限公司企业工会", "union", "mentioned")},
    ),
    (
        "taiwan-industrial-union-after-its-company",
        "中華電信股份有限公司產業工會與台灣電力股份有限公司工會共同舉辦研習。",
        None,
        {
            ("中華電信股份有限公司產業工會", "中华电信股份有限公司产业工会", "union", "mentioned"),
            ("台灣電力股份有限公司工會", "台湾电力股份有限公司工会", "union", "mentioned"),
        },
    ),
    (
        "not-generic-enterprise-unions",
        "加强非公企业工会建设，推动企业工会规范化。",
        None,
        set(),
    ),
    (
        "harbour-city-word-holds-du",
        "本會與高雄港都醫院合作辦理會員健康檢查。",
        None,
        {("高雄港都醫院", "高雄港都医院", "institution", "mentioned")},
    ),
    (
        "abbreviation-before-members-is-no-federation",
        "大會推選出席全產總會員代表大會之代表。",
        None,
        set(),
    ),
    (
        "quoted-title-ending-like-a-union-is-an-award",
        "該會去年即榮獲勞動部112年度「全國績優工會」，另有兩會獲評“市级模范职工之家”。",
        None,
        {("勞動部", "劳动部", "government", "mentioned")},
    ),
    (
        "union-rest-home-with-a-place-holding-a-city",
        "组织劳模赴省总工会峨眉山职工疗休养院开展疗休养。",
        None,
        {("省总工会峨眉山职工疗休养院", "省总工会峨眉山职工疗休养院", "institution", "mentioned")},
    ),
    (
        "union-rest-home-under-its-union",
        "职工赴省总工会黄山职工疗休养院疗养。",
        None,
        {("省总工会黄山职工疗休养院", "省总工会黄山职工疗休养院", "institution", "mentioned")},
    ),
    (
        "finance-university-union",
        "西南财经大学工会、上海财经大学工会参加交流。",
        None,
        {
            ("上海财经大学工会", "上海财经大学工会", "union", "participant"),
            ("西南财经大学工会", "西南财经大学工会", "union", "participant"),
        },
    ),
    (
        "remote-area-schools-generic",
        "为边远地区学校建设职工书屋，为偏远山区学校送去图书。",
        None,
        set(),
    ),
    (
        "report-to-after-its-object",
        "各单位于月底前将宣传情况报省教育工会。",
        None,
        {("省教育工会", "省教育工会", "union", "mentioned")},
    ),
    (
        "committee-central-task-and-study-group",
        "全区工会要围绕区委中心工作，区委中心组召开学习会。",
        None,
        {("区委", "区委", "party", "mentioned")},
    ),
    (
        "venue-hall-inside-its-organization",
        "活动在区职工服务中心多功能厅举行，培训在市工人文化宫报告厅举办。",
        None,
        {
            ("区职工服务中心", "区职工服务中心", "institution", "venue"),
            ("市工人文化宫", "市工人文化宫", "institution", "venue"),
        },
    ),
    # -- ninth pass: Hong Kong bodies, English aliases, venues, railway units ---------------------------
    (
        "alias-english-name",
        "本會促請勞工處（Labour Department）盡快修例。",
        None,
        {("勞工處（Labour Department）", "劳工处", "government", "mentioned")},
    ),
    (
        "alias-english-abbreviation",
        "社會福利署（SWD）聯同本會舉辦講座，勞工處派員出席。",
        None,
        {
            ("社會福利署（SWD）", "社会福利署", "government", "mentioned"),
            ("勞工處", "劳工处", "government", "participant"),
        },
    ),
    (
        "alias-english-person-is-no-alias",
        "工聯會會長陳先生（Mr. Chan）出席。",
        None,
        {("工聯會", "工联会", "union", "mentioned")},
    ),
    (
        "known-hong-kong-bodies",
        "本會將約見立法會議員，機場管理局督導員何志豪亦出席，天文台昨日發出酷熱天氣警告。",
        None,
        {
            ("立法會", "立法会", "government", "mentioned"),
            ("機場管理局", "机场管理局", "government", "participant"),
            ("天文台", "天文台", "government", "mentioned"),
        },
    ),
    ("observatory-simplified-needs-its-place", "紫金山天文台举办科普讲座。", None, set()),
    ("venue-exhibition-centre", "本會假九龍灣國際展貿中心舉行周年晚宴，政府應資助中小型物流公司。", None, set()),
    ("generic-small-companies", "本会促请小型物流公司改善工作环境。", None, set()),
    (
        "railway-depot-after-its-group-company",
        "春运期间，中国铁路北京局集团有限公司石家庄车务段组织职工培训。",
        None,
        {
            (
                "中国铁路北京局集团有限公司石家庄车务段",
                "中国铁路北京局集团有限公司石家庄车务段",
                "enterprise",
                "mentioned",
            )
        },
    ),
    (
        "railway-depot-union",
        "郑州机务段工会开展技能比武。",
        None,
        {("郑州机务段工会", "郑州机务段工会", "union", "mentioned")},
    ),
    (
        "railway-depots-share-a-head-after-bare-cities",
        "北京、天津、石家庄客运段工会举办联谊赛。",
        None,
        {
            ("北京", "北京客运段工会", "union", "mentioned"),
            ("天津", "天津客运段工会", "union", "mentioned"),
            ("石家庄客运段工会", "石家庄客运段工会", "union", "mentioned"),
        },
    ),
    (
        "bare-city-before-a-strong-name-is-no-item",
        "游客来自北京、上海交通大学。",
        None,
        {("上海交通大学", "上海交通大学", "school", "mentioned")},
    ),
    ("railway-depot-alone-is-generic", "全段共有12个车间，段工会开展慰问。", None, set()),
    (
        "industry-unions-by-level-are-a-class",
        "全市各县（市）区、市直产业工会的16支代表队参赛，市产业工会负责组织。",
        None,
        set(),
    ),
    (
        "industry-union-named-by-its-industry",
        "石家庄市直产业工会和市能源产业工会开展活动。",
        None,
        {("市能源产业工会", "石家庄市能源产业工会", "union", "mentioned")},
    ),
    # -- tenth pass: lists of cities, prefectures, verbs and localisers before names --------------------
    (
        "bare-cities-share-the-level-of-the-last-item",
        "绵阳、德阳、广元市总工会获得优秀组织奖。",
        None,
        {
            ("绵阳", "绵阳市总工会", "union", "mentioned"),
            ("德阳", "德阳市总工会", "union", "mentioned"),
            ("广元市总工会", "广元市总工会", "union", "mentioned"),
        },
    ),
    (
        "bare-cities-before-a-city-ending-in-zhou",
        "5月8日，宁波、温州、台州市海员工会联合开展船员慰问活动。",
        None,
        {
            ("宁波", "宁波市海员工会", "union", "mentioned"),
            ("温州", "温州市海员工会", "union", "mentioned"),
            ("台州市海员工会", "台州市海员工会", "union", "mentioned"),
        },
    ),
    (
        "list-item-written-in-full-elsewhere-is-that-name",
        "石岩、松岗、沙井街道总工会分别开展慰问。松岗街道总工会主席李某某说，今年将继续开展。",
        "深圳",
        {
            ("石岩", "石岩街道总工会", "union", "mentioned"),
            ("沙井街道总工会", "沙井街道总工会", "union", "mentioned"),
            ("松岗街道总工会", "松岗街道总工会", "union", "mentioned"),
        },
    ),
    (
        "list-item-named-in-full-only-in-a-team-stays",
        "青岛、烟台市总工会获得优秀组织奖，青岛市总工会代表队获得团体一等奖。",
        None,
        {("青岛", "青岛市总工会", "union", "mentioned"), ("烟台市总工会", "烟台市总工会", "union", "mentioned")},
    ),
    (
        "prefecture-written-as-bare-zhou-with-shared-prefix",
        "近日，恩施土家族苗族自治州总工会召开全委会。州总工会联合州人社局、民政局开展帮扶。",
        None,
        {
            ("恩施土家族苗族自治州总工会", "恩施土家族苗族自治州总工会", "union", "mentioned"),
            ("州总工会", "恩施土家族苗族自治州总工会", "union", "mentioned"),
            ("州人社局", "恩施土家族苗族自治州人社局", "government", "co-organizer"),
            ("民政局", "恩施土家族苗族自治州民政局", "government", "co-organizer"),
        },
    ),
    (
        "league-and-banner-written-bare",
        "锡林郭勒盟总工会举办培训班，盟总工会负责人出席。4月2日，鄂托克旗总工会开展送清凉活动，旗总工会主席带队。",
        None,
        {
            ("锡林郭勒盟总工会", "锡林郭勒盟总工会", "union", "mentioned"),
            ("盟总工会", "锡林郭勒盟总工会", "union", "participant"),
            ("鄂托克旗总工会", "鄂托克旗总工会", "union", "mentioned"),
            ("旗总工会", "鄂托克旗总工会", "union", "mentioned"),
        },
    ),
    ("whole-prefecture-is-no-name", "全州总工会系统干部参加培训。", None, set()),
    (
        "verb-of-contact-before-a-bare-level",
        "有关问题请咨询市总工会法律服务中心，也可联系省总工会权益保障部。",
        "长沙",
        {
            ("市总工会法律服务中心", "长沙市总工会法律服务中心", "institution", "mentioned"),
            ("省总工会权益保障部", "湖南省总工会权益保障部", "union", "mentioned"),
        },
    ),
    (
        "no-province-but-the-known-ones",
        "此事已请示省总工会办公室。",
        "长沙",
        {("省总工会办公室", "湖南省总工会办公室", "government", "mentioned")},
    ),
    (
        "mountain-holding-a-city-is-kept-whole",
        "来自长白山管委会的职工代表参加比赛。",
        None,
        {("长白山管委会", "长白山管委会", "government", "participant")},
    ),
    (
        "street-named-with-shi-takes-no-city",
        "市桥、东环街道总工会举办招聘会。",
        "广州",
        {
            ("市桥", "市桥街道总工会", "union", "mentioned"),
            ("东环街道总工会", "东环街道总工会", "union", "mentioned"),
        },
    ),
    ("indefinite-factory-is-no-name", "他在村里一家纺织厂打工，后来进了一所职业学校。", None, set()),
    (
        "club-named-by-its-place",
        "当天，青岛职工俱乐部举办象棋比赛，活动在市工人俱乐部举行。",
        "青岛",
        {
            ("青岛职工俱乐部", "青岛职工俱乐部", "association", "mentioned"),
            ("市工人俱乐部", "青岛市工人俱乐部", "association", "venue"),
        },
    ),
    ("club-without-place-is-a-kind", "他参加了篮球俱乐部的训练。", None, set()),
    (
        "localiser-after-a-city-opens-the-company-name",
        "洛阳中信重工机械股份有限公司工会组织职工培训，郑州中原纺织集团有限公司挡车工张丽获评先进个人。",
        None,
        {
            ("洛阳中信重工机械股份有限公司工会", "洛阳中信重工机械股份有限公司工会", "union", "mentioned"),
            ("郑州中原纺织集团有限公司", "郑州中原纺织集团有限公司", "enterprise", "mentioned"),
        },
    ),
    (
        "unit-named-only-in-a-team-name",
        "市中心医院急诊科护理团队获评“青年文明号”。",
        "襄阳",
        {("市中心医院", "襄阳市中心医院", "institution", "mentioned")},
    ),
    # -- eleventh pass: mines, Inner Mongolia, platforms, industry unions, verbs and persons after names --
    (
        "mine-named-by-its-village",
        "5月8日，平顶山天安煤业集团工会在新华煤矿召开现场会，大庄煤矿工会作了表态发言。",
        "平顶山",
        {
            ("大庄煤矿工会", "大庄煤矿工会", "union", "mentioned"),
            ("新华煤矿", "新华煤矿", "enterprise", "venue"),
            ("平顶山天安煤业集团工会", "平顶山天安煤业集团工会", "union", "mentioned"),
        },
    ),
    (
        "mines-share-their-head-in-a-list",
        "杨村、王营、孙庄煤矿工会分别组织职工观看警示教育片。",
        None,
        {
            ("王营", "王营煤矿工会", "union", "mentioned"),
            ("杨村", "杨村煤矿工会", "union", "mentioned"),
            ("孙庄煤矿工会", "孙庄煤矿工会", "union", "mentioned"),
        },
    ),
    (
        "mine-in-full-is-no-list-item",
        "新华煤矿、十矿、大庄煤矿负责人参加会议。",
        None,
        {("大庄煤矿", "大庄煤矿", "enterprise", "participant"), ("新华煤矿", "新华煤矿", "enterprise", "mentioned")},
    ),
    (
        "office-of-a-company-by-its-field",
        "集团公司工会联合集团公司安全监察局开展检查，平煤集团公司通风处派员参加。",
        None,
        {
            ("集团公司工会", "集团公司工会", "union", "mentioned"),
            ("平煤集团公司通风处", "平煤集团公司通风处", "enterprise", "participant"),
            ("集团公司安全监察局", "集团公司安全监察局", "enterprise", "co-organizer"),
        },
    ),
    (
        "section-of-a-mine-before-its-team",
        "王营煤矿运输科运输班组获评先进班组。",
        None,
        {("王营煤矿运输科", "王营煤矿运输科", "enterprise", "mentioned")},
    ),
    (
        "sumu-and-gacha-unions",
        "额仁淖尔苏木工会、巴彦宝力格嘎查工会组织牧民开展技能培训，苏木工会联合苏木卫生院开展义诊。",
        None,
        {
            ("额仁淖尔苏木工会", "额仁淖尔苏木工会", "union", "mentioned"),
            ("巴彦宝力格嘎查工会", "巴彦宝力格嘎查工会", "union", "mentioned"),
            ("苏木卫生院", "苏木卫生院", "institution", "co-organizer"),
            ("苏木工会", "苏木工会", "union", "mentioned"),
        },
    ),
    (
        "sumu-list-shares-its-level",
        "苏尼特左旗总工会在那日图、达来、赛罕高毕苏木工会的基础上推进工会建设。",
        None,
        {
            ("苏尼特左旗总工会", "苏尼特左旗总工会", "union", "mentioned"),
            ("赛罕高毕苏木工会", "赛罕高毕苏木工会", "union", "mentioned"),
            ("达来", "达来苏木工会", "union", "mentioned"),
            ("那日图", "那日图苏木工会", "union", "mentioned"),
        },
    ),
    (
        "ri-inside-a-mongolian-name",
        "乌日根塔拉苏木工会慰问困难牧民。",
        None,
        {("乌日根塔拉苏木工会", "乌日根塔拉苏木工会", "union", "mentioned")},
    ),
    (
        "sumu-gacha-together-are-generic",
        "推进苏木嘎查工会规范化建设，今日嘎查工会干部参加培训。",
        None,
        {("嘎查工会", "嘎查工会", "union", "participant")},
    ),
    (
        "dichu-is-a-verb-after-a-place",
        "太仆寺旗地处阴山北麓，太仆寺旗总工会组织职工参加。",
        None,
        {("太仆寺旗总工会", "太仆寺旗总工会", "union", "participant")},
    ),
    (
        "platforms-by-trade-name",
        "市总工会与美团、饿了么、京东、顺丰等平台企业召开座谈会，货拉拉骑手王强获评优秀司机。",
        "郑州",
        {
            ("顺丰", "顺丰", "enterprise", "mentioned"),
            ("饿了么", "饿了么", "enterprise", "mentioned"),
            ("市总工会", "郑州市总工会", "union", "mentioned"),
            ("美团", "美团", "enterprise", "mentioned"),
            ("京东", "京东", "enterprise", "mentioned"),
            ("货拉拉", "货拉拉", "enterprise", "mentioned"),
        },
    ),
    (
        "trade-name-inside-a-word-or-an-app",
        "他在北京东路开店，用美团APP点餐，参加“饿了么杯”比赛。",
        None,
        set(),
    ),
    (
        "industry-unions-after-a-bare-level",
        "会上，市网约车行业、外卖配送行业工会联合会揭牌成立。",
        "贵阳",
        {
            ("市网约车行业", "贵阳市网约车行业工会联合会", "union", "mentioned"),
            ("外卖配送行业工会联合会", "贵阳市外卖配送行业工会联合会", "union", "mentioned"),
        },
    ),
    (
        "chengzhong-district-in-a-list",
        "6月，城中区、城西区总工会开展送清凉活动。",
        "西宁",
        {("城中区", "城中区总工会", "union", "mentioned"), ("城西区总工会", "城西区总工会", "union", "mentioned")},
    ),
    (
        "district-with-a-localiser-after-a-city",
        "郑州市中原区总工会、济南市市中区总工会开展交流。",
        None,
        {
            ("济南市市中区总工会", "济南市市中区总工会", "union", "mentioned"),
            ("郑州市中原区总工会", "郑州市中原区总工会", "union", "mentioned"),
        },
    ),
    (
        "qizhong-before-a-bare-district-union",
        "会议要求，其中区总工会负责人发言。",
        None,
        {("区总工会", "区总工会", "union", "mentioned")},
    ),
    (
        "primary-and-secondary-schools-are-generic",
        "郑州市中小学开展安全教育，全市中小学校参加。",
        None,
        set(),
    ),
    (
        "verb-after-a-school",
        "1991年我从宜宾市第二技工学校毕业进厂，后来回厂担任班长。",
        None,
        {("宜宾市第二技工学校", "宜宾市第二技工学校", "school", "mentioned")},
    ),
    (
        "teacher-and-name-end-the-first-school",
        "郑州市第七中学教师李娜和实验中学教师王芳分获一等奖和二等奖。",
        None,
        {("郑州市第七中学", "郑州市第七中学", "school", "mentioned"), ("实验中学", "实验中学", "school", "mentioned")},
    ),
    (
        "training-hall-of-a-school-is-a-venue",
        "比赛在河南工业大学实训中心举行，包头职业技术学院训练中心协办。",
        None,
        {
            ("河南工业大学", "河南工业大学", "school", "venue"),
            ("包头职业技术学院", "包头职业技术学院", "school", "co-organizer"),
        },
    ),
    (
        "banners-with-a-localiser-in-a-list",
        "乌拉特前旗、乌拉特中旗、鄂托克前旗总工会开展职工技能比武，会议前旗总工会作了部署。",
        None,
        {
            ("乌拉特中旗", "乌拉特中旗总工会", "union", "mentioned"),
            ("旗总工会", "鄂托克前旗总工会", "union", "mentioned"),
            ("乌拉特前旗", "乌拉特前旗总工会", "union", "mentioned"),
            ("鄂托克前旗总工会", "鄂托克前旗总工会", "union", "mentioned"),
        },
    ),
    (
        "three-character-village-mines",
        "大柳塔煤矿、补连塔煤矿工会联合开展“安康杯”竞赛。",
        None,
        {
            ("补连塔煤矿工会", "补连塔煤矿工会", "union", "mentioned"),
            ("大柳塔煤矿", "大柳塔煤矿工会", "union", "mentioned"),
        },
    ),
    (
        "kinds-of-mine-are-no-names",
        "该煤矿、小煤矿、国有煤矿都要开展安全检查。",
        None,
        set(),
    ),
    (
        "trade-names-with-their-business",
        "滴滴出行、京东物流负责人参加座谈。",
        None,
        {("滴滴出行", "滴滴出行", "enterprise", "participant"), ("京东物流", "京东物流", "enterprise", "participant")},
    ),
    (
        "a-demonstrative-before-sumu-is-no-name",
        "那些苏木工会要加强规范化建设。",
        None,
        set(),
    ),
    (
        "trade-name-as-a-word-of-its-own",
        "职工们点点滴滴的付出，滴滴答答的雨声。",
        None,
        set(),
    ),
    # -- twelfth pass: bare county names in lists, words going on after an ending, 所属 ------------------
    (
        "bare-counties-share-the-level-of-the-last-item",
        "4月2日，州总工会召开会议，阜康、吉木萨尔、玛纳斯、呼图壁县总工会作交流发言。",
        None,
        {
            ("州总工会", "州总工会", "union", "mentioned"),
            ("阜康", "阜康县总工会", "union", "mentioned"),
            ("吉木萨尔", "吉木萨尔县总工会", "union", "mentioned"),
            ("玛纳斯", "玛纳斯县总工会", "union", "mentioned"),
            ("呼图壁县总工会", "呼图壁县总工会", "union", "mentioned"),
        },
    ),
    (
        "bare-county-level-cities-then-counties",
        "会上，敦化、和龙市总工会和安图县总工会分别发言。",
        None,
        {
            ("敦化", "敦化市总工会", "union", "mentioned"),
            ("和龙市总工会", "和龙市总工会", "union", "mentioned"),
            ("安图县总工会", "安图县总工会", "union", "mentioned"),
        },
    ),
    (
        "a-common-noun-before-a-county-union-is-no-county",
        "慰问品由企业、门源县总工会共同筹集。",
        None,
        {("门源县总工会", "门源县总工会", "union", "mentioned")},
    ),
    (
        "central-task-of-a-government",
        "全县各级工会紧紧围绕县委、县政府中心工作，积极建功立业。",
        None,
        {("县委", "县委", "party", "mentioned"), ("县政府", "县政府", "government", "mentioned")},
    ),
    ("central-city-is-no-centre", "为建设鄂西南区域性中心城市贡献力量。", None, set()),
    ("factory-affairs-is-no-factory", "各区要做好推荐申报“河南省厂务公开民主管理示范单位”的准备。", None, set()),
    ("a-new-situation-is-no-bureau", "努力开创恩施工会工作新局面。", None, set()),
    ("union-worker-is-a-title", "她被评为“襄阳市优秀工会工作者”，他被评为“荆州市优秀工会积极分子”。", None, set()),
    (
        "subordinate-is-no-part-of-the-name",
        "公司所属热电分公司、运输分公司派代表参加。",
        None,
        {
            ("热电分公司", "热电分公司", "enterprise", "participant"),
            ("运输分公司", "运输分公司", "enterprise", "participant"),
        },
    ),
    (
        "a-broadcaster-is-an-institution",
        "州总工会联合珲春市广播电视台举办职工朗诵比赛。",
        None,
        {
            ("州总工会", "州总工会", "union", "mentioned"),
            ("珲春市广播电视台", "珲春市广播电视台", "institution", "co-organizer"),
        },
    ),
    (
        "a-research-office-of-a-union",
        "（区总工会研究室供稿）",
        None,
        {("区总工会研究室", "区总工会研究室", "institution", "mentioned")},
    ),
    (
        "a-former-ministry-by-its-full-name",
        "2004年，原劳动和社会保障部印发通知。",
        None,
        {("劳动和社会保障部", "劳动和社会保障部", "government", "mentioned")},
    ),
    ("pastoral-area-unions-are-generic", "牧区工会建到牧民家门口", None, set()),
    ("a-verb-before-a-compound-ending-in-factory", "协助关厂职工讨回欠薪", None, set()),
    (
        "a-verb-inside-the-span-before-a-station",
        "区总工会在全市率先实现社区工会服务站全覆盖，并在城东街道设立服务站。",
        None,
        {("区总工会", "区总工会", "union", "mentioned")},
    ),
    (
        "an-officer-acting-for-the-union-is-no-part-of-a-name",
        "县总工会主席李某某代表县总工会常委会作工作报告。",
        None,
        {("县总工会", "县总工会", "union", "mentioned")},
    ),
    (
        "a-branch-named-by-its-region-after-its-parent",
        "勞動部勞動力發展署中南區分署分署長出席。",
        None,
        {("勞動部勞動力發展署中南區分署", "劳动部劳动力发展署中南区分署", "government", "participant")},
    ),
    (
        "a-committee-of-this-union",
        "本會青年工作委員會將舉辦聯誼活動。",
        None,
        {("青年工作委員會", "青年工作委员会", "union", "mentioned")},
    ),
    (
        "a-herders-committee-union-by-its-village",
        "去年，红石村牧委会工会被州总工会评为“先进基层工会”。",
        None,
        {
            ("红石村牧委会工会", "红石村牧委会工会", "union", "mentioned"),
            ("州总工会", "州总工会", "union", "mentioned"),
        },
    ),
    ("unions-of-a-kind-of-committee-are-generic", "乡镇要推进牧委会工会和村委会工会建设。", None, set()),
    (
        "a-day-written-right-before-a-union-is-no-part-of-it",
        "3月8日市总工会举办女职工健康讲座，4月2日县总工会开展送法活动。",
        None,
        {("市总工会", "市总工会", "union", "mentioned"), ("县总工会", "县总工会", "union", "mentioned")},
    ),
    (
        "ri-inside-a-county-name",
        "会上，甘德、达日县总工会作交流发言。",
        None,
        {
            ("甘德", "甘德县总工会", "union", "mentioned"),
            ("达日县总工会", "达日县总工会", "union", "mentioned"),
        },
    ),
    (
        "ri-after-a-day-word-is-a-day",
        "次日县总工会召开座谈会。",
        None,
        {("县总工会", "县总工会", "union", "mentioned")},
    ),
    (
        "party-committee-and-government-written-together",
        "县委县政府高度重视，区委区人大区政府领导出席。",
        None,
        {
            ("县委", "县委", "party", "mentioned"),
            ("县政府", "县政府", "government", "mentioned"),
            ("区委", "区委", "party", "participant"),
            ("区人大", "区人大", "government", "participant"),
            ("区政府", "区政府", "government", "participant"),
        },
    ),
    (
        "a-womens-committee-of-the-union-just-named",
        "该会女职工委员会组织单身职工联谊活动。",
        None,
        {("女职工委员会", "女职工委员会", "union", "mentioned")},
    ),
    ("this-union-committee-alone-is-no-name", "本会委员会定期开会。", None, set()),
    (
        "a-newspaper-with-its-place",
        "州广播电视台、州报社记者进行了采访。",
        None,
        {
            ("州广播电视台", "州广播电视台", "institution", "mentioned"),
            ("州报社", "州报社", "institution", "mentioned"),
        },
    ),
]


@pytest.mark.parametrize(("text", "city", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_organizations(text: str, city: str | None, expected: set[Row]) -> None:
    assert _orgs(text, city) == expected


def test_every_listed_city_and_province_names_its_union() -> None:
    """A place name holding a stop or excluded word (茂名, 呼和浩特, 本溪, 汉中) must not cut its union's name."""
    from unionnews.lexicon import load_lines

    pipeline = unionnews.Pipeline()
    places = [(line.split()[0], "市") for line in load_lines("places_cities")]
    places += [(p, "省") for p in load_lines("places_provinces")]
    wrong = []
    for place, level in places:
        name = f"{place}{level}总工会"
        b = pipeline.parse(f"测试简报\n\n近日，{name}开展活动。", reference_date="2024-06-28")
        if [o.text for a in b.articles for o in a.organizations] != [name]:
            wrong.append(name)
    assert wrong == []


def test_user_lexicon_adds_alias() -> None:
    lexicon = Lexicon(organizations={"渝工娘家": "重庆市总工会职工服务中心"})
    assert _orgs("渝工娘家开展服务。", lexicon=lexicon) == {
        ("渝工娘家", "重庆市总工会职工服务中心", "other", "mentioned")
    }


def test_pickles_for_worker_processes() -> None:
    extractor = OrganizationExtractor()
    assert isinstance(pickle.loads(pickle.dumps(extractor)), OrganizationExtractor)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="市区县总工会委局由在与和、，。重庆广州大学公司集团各个1二", max_size=40))
def test_spans_index_the_text(text: str) -> None:
    bulletin = unionnews.parse(text or "。")
    for article in bulletin.articles:
        for org in article.organizations:
            assert bulletin.text[org.span.start : org.span.end] == org.text
            assert org.span.end > org.span.start


MASTHEAD_CASES = [
    (
        "publisher",
        "工会工作简报\n第3期\n西宁市总工会办公室　2022年6月1日\n\n正文标题\n\n5月30日，市总工会召开会议。\n",
        ["西宁市总工会办公室"],
    ),
    ("union-name-line", "银川市总工会\n工会简报\n第7期\n\n正文标题\n\n5月30日，市总工会召开会议。\n", ["银川市总工会"]),
    (
        "web-stamp-source",
        "某市总工会召开全委会\n发布时间：2026-02-27 09:30　来源：乌鲁木齐市总工会办公室\n\n2月26日，市总工会召开全委会。\n",
        ["乌鲁木齐市总工会办公室"],
    ),
    ("publication-name-is-no-organization", "银川工会简报\n第7期\n\n正文标题\n\n5月30日，市总工会召开会议。\n", []),
    # a bare place and 工会 as the name line is the bulletin's name (a union writes its place's level: 市总工会)
    (
        "bare-place-union-name-line",
        "喀什工会\n2018年第3期\n喀什市总工会办公室　2018年3月9日\n\n正文标题\n\n3月8日，市总工会召开会议。\n",
        ["喀什市总工会办公室"],
    ),
]


def test_masthead_publisher_names_the_city() -> None:
    """A county-level city (not in the city list) publishing its own bulletin: its 市总工会 is its own, not the
    prefecture's that the distribution footer names."""
    text = "工作简报\n第3期\n溧阳市总工会办公室编　2019年4月12日\n\n市总工会召开会议\n\n3月28日，市总工会召开会议。\n\n报：常州市总工会\n"
    b = unionnews.parse(text)
    assert b.metadata.city == "溧阳"
    assert {(o.text, o.name) for a in b.articles for o in a.organizations} == {("市总工会", "溧阳市总工会")}


def test_masthead_publisher_names_the_district() -> None:
    text = (
        "鼓楼工会\n2017年第22期\n鼓楼区总工会编印　2017年12月8日\n\n区总工会开展活动\n\n12月1日，区总工会开展活动。\n"
    )
    b = unionnews.parse(text)
    assert {(o.text, o.name) for a in b.articles for o in a.organizations} == {("区总工会", "鼓楼区总工会")}


def test_federation_masthead_names_its_own_departments() -> None:
    """總會宣傳部 in the federation's own newsletter is the federation's 宣傳部 (the masthead names it)."""
    text = "工聯會訊\n第三百期\n澳門工會聯合總會宣傳部　編印　2024年9月10日\n\n會務動態\n\n【本報訊】總會宣傳部負責人介紹會務。\n"
    b = unionnews.parse(text)
    assert {(o.text, o.name) for o in b.organizations} == {("澳門工會聯合總會宣傳部", "澳门工会联合总会宣传部")}
    assert {(o.text, o.name) for a in b.articles for o in a.organizations} == {("總會宣傳部", "澳门工会联合总会宣传部")}


def test_province_bulletin_has_no_city() -> None:
    """A province's bulletin names many cities; none of them is where its 市总工会 abbreviations point."""
    text = "工会信息\n第3期\n山东省总工会办公室　2024年6月28日\n\n济宁市总工会开展活动\n\n日前，济宁市总工会开展活动，市总工会领导出席。\n"
    b = unionnews.parse(text)
    assert b.metadata.city is None
    assert ("市总工会", "市总工会") in {(o.text, o.name) for a in b.articles for o in a.organizations}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MASTHEAD_CASES], ids=[c[0] for c in MASTHEAD_CASES])
def test_masthead_organizations(text: str, expected: list[str]) -> None:
    """The masthead's publisher is named in no article, so it is a bulletin-level record."""
    b = unionnews.parse(text)
    assert [o.text for o in b.organizations] == expected
    for o in b.organizations:
        assert b.text[o.span.start : o.span.end] == o.text
