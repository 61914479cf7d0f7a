"""worksFor as news writes it, in sentences written from the patterns (none from the
seed pages): the post before or after the name, several posts, several names after one
post, a body named earlier in the sentence. The post is kept on the relation."""

from __future__ import annotations

import pytest

from kg.extract.base import Context
from kg.lexicon.divisions import by_code
from kg.model import Predicate as P
from tests.conftest import article

HEBEI = Context(province=by_code()["130000000000"], city=by_code()["130100000000"])


def works(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    return {(r.subject[1], r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR}


@pytest.mark.parametrize("text, expected", [
    ("省生态环境厅副厅长刘建华出席会议。", {("刘建华", "河北省生态环境厅", "副厅长")}),
    ("刘建华,省生态环境厅副厅长。", {("刘建华", "河北省生态环境厅", "副厅长")}),
    ("刘建华(省生态环境厅副厅长)介绍了有关情况。", {("刘建华", "河北省生态环境厅", "副厅长")}),
    ("会上,赵海燕(市市场监督管理局局长)通报了检查结果。", {("赵海燕", "石家庄市市场监督管理局", "局长")}),
    ("省生态环境厅厅长、党组书记刘建华主持会议。",
     {("刘建华", "河北省生态环境厅", "厅长"), ("刘建华", "河北省生态环境厅党组", "书记")}),
    ("省生态环境厅副厅长张伟、李强出席。",
     {("张伟", "河北省生态环境厅", "副厅长"), ("李强", "河北省生态环境厅", "副厅长")}),
    ("省交通运输厅副厅长孙明、王海涛、周立新参加调研。",
     {("孙明", "河北省交通运输厅", "副厅长"), ("王海涛", "河北省交通运输厅", "副厅长"),
      ("周立新", "河北省交通运输厅", "副厅长")}),
    ("石家庄市公安局召开发布会,该局局长王志强表示,将加大执法力度。",
     {("王志强", "石家庄市公安局", "局长")}),
    ("省水利厅发布汛情通报,该厅厅长陈立军要求各地严阵以待。", {("陈立军", "河北省水利厅", "厅长")}),
    ("唐山钢铁集团有限责任公司召开发布会,该公司副总经理李明介绍了新产品。",
     {("李明", "唐山钢铁集团有限责任公司", "副总经理")}),
])
def test_works_for_with_the_post(pipeline, text, expected):
    assert expected <= works(pipeline, text)


@pytest.mark.parametrize("text, body", [
    ("河北大学党委书记郭建国、校长王志刚出席开学典礼。", ("Organization", "河北大学")),
    ("太钢集团党委书记、董事长盛更红出席会议。", ("Company", "太钢集团")),
    ("省生态环境厅党组书记、厅长刘建华主持会议。", ("Agency", "河北省生态环境厅")),
])
def test_the_body_of_a_party_organ_is_of_its_own_kind(pipeline, text, body):
    """The post held in the body a Party committee or group belongs to is held in a node of
    the body's own kind (a university, a firm), not in an agency of the same name."""
    x = pipeline.extract_article(article(text), HEBEI)
    held = {r.object for r in x.relations if r.predicate is P.WORKS_FOR}
    assert body in held
    assert not any(name == body[1] and kind != body[0] for kind, name in held)


@pytest.mark.parametrize("text, expected", [
    ("省生态环境厅党组书记、厅长刘建华主持会议。",
     {("刘建华", "河北省生态环境厅党组", "书记"), ("刘建华", "河北省生态环境厅", "厅长")}),
    ("河北大学党委书记郭建国、校长王志刚出席开学典礼。",
     {("郭建国", "河北大学党委", "书记"), ("王志刚", "河北大学", "校长")}),
    # a member of the Party group, and the body's post after it
    ("省工信厅党组成员、副厅长孙凯出席会议并讲话。",
     {("孙凯", "河北省工业和信息化厅党组", "成员"), ("孙凯", "河北省工业和信息化厅", "副厅长")}),
    # a standing deputy's post after the Party group's
    ("河北省妇女联合会党组书记、常务副主席李娟主持会议。",
     {("李娟", "河北省妇女联合会党组", "书记"), ("李娟", "河北省妇女联合会", "常务副主席")}),
    # ... and where the body's name stops before 党组, the post named with it is the group's too
    ("唐山市总工会党组书记、常务副主席周强讲话。",
     {("周强", "唐山市总工会党组", "书记"), ("周强", "唐山市总工会", "常务副主席")}),
])
def test_the_party_group_holds_only_the_party_posts(pipeline, text, expected):
    found = works(pipeline, text)
    assert expected <= found
    assert not {x for x in found if x[1].endswith(("党组", "党委")) and x[2] in ("厅长", "书记、厅长", "校长")}


@pytest.mark.parametrize("text, expected", [
    ("工业和信息化部新闻发言人、运行监测协调局局长赵明介绍了有关情况。", ("赵明", "工业和信息化部", "新闻发言人")),
    ("中国人民银行石家庄中心支行行长李国强出席。", ("李国强", "中国人民银行石家庄中心支行", "行长")),
    ("石家庄市中级人民法院副庭长张立新介绍了案件审理情况。", ("张立新", "石家庄市中级人民法院", "副庭长")),
])
def test_posts_of_spokesmen_bankers_and_judges(pipeline, text, expected):
    assert expected in works(pipeline, text)


# (新华社 is 新华通讯社 by the lexicon's standard name, as a national body is by its own)
@pytest.mark.parametrize("text, expected", [
    ("新华社记者张小明报道,国家发展改革委近日印发通知。", {("张小明", "新华通讯社", "记者")}),
    ("据经济日报记者李红梅了解,该项目已完工。", {("李红梅", "经济日报", "记者")}),
    ("光明日报通讯员王小军、记者刘晓东报道", {("王小军", "光明日报", "通讯员"), ("刘晓东", "光明日报", "记者")}),
    ("河北日报记者 周立新 通讯员 孙明", {("周立新", "河北日报", "记者"), ("孙明", "河北日报", "通讯员")}),
    ("新华社石家庄5月6日电(记者王海涛)国务院近日印发通知。", {("王海涛", "新华通讯社", "记者")}),
    ("新华社北京 5 月 6 日电（记者 王海涛、李明）", {("王海涛", "新华通讯社", "记者"), ("李明", "新华通讯社", "记者")}),
])
def test_reporters_work_for_the_outlet_that_names_them(pipeline, text, expected):
    assert expected <= works(pipeline, text)


@pytest.mark.parametrize("text", [
    "本报讯(记者 刘晓东)近日,省教育厅印发通知。",  # 本报: the paper is not named
    "发展才是硬道理,省里要求各地落实。",
    "王晓红认为,这项改革很有意义。",
])
def test_no_post_no_relation(pipeline, text):
    assert works(pipeline, text) == set()


def facts(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    return {(r.subject[1], r.predicate, r.object[1]) for r in x.relations}


@pytest.mark.parametrize("text, expected", [
    ("河北钢铁集团有限公司位于石家庄市。", ("河北钢铁集团有限公司", P.LOCATED_IN, "石家庄市")),
    ("华北制药集团有限责任公司地处石家庄市,是全国大型制药企业。",
     ("华北制药集团有限责任公司", P.LOCATED_IN, "石家庄市")),
    ("石家庄某某新能源有限公司正式落户邢台市。", ("石家庄某某新能源有限公司", P.LOCATED_IN, "邢台市")),
    ("位于保定市的河北大学附属医院参加了培训。", ("河北大学附属医院", P.LOCATED_IN, "保定市")),
    ("来自我市的石家庄某某科技有限公司参展。", ("石家庄某某科技有限公司", P.LOCATED_IN, "石家庄市")),
    ("湖南省长沙市岳麓区举办招聘会。", ("岳麓区", P.LOCATED_IN, "长沙市")),
    # the nearest of a chain of places: the district, not the city before it
    ("坐落在保定市竞秀区的河北大学附属医院参加了培训。", ("河北大学附属医院", P.LOCATED_IN, "竞秀区")),
    # where the firm's headquarters or registered seat is
    ("云岭药业集团股份有限公司总部位于昆明市呈贡区。", ("云岭药业集团股份有限公司", P.LOCATED_IN, "呈贡区")),
    ("唐山某某钢铁有限公司注册地位于唐山市丰南区。", ("唐山某某钢铁有限公司", P.LOCATED_IN, "丰南区")),
])
def test_located_in(pipeline, text, expected):
    assert expected in facts(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("《河北省数据条例》由省人大常委会发布。", ("河北省数据条例", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    # 经 after the title: the body that passed it comes after it
    ("《河北省数字乡村促进条例》经省人大常委会第九次会议审议通过。",
     ("河北省数字乡村促进条例", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    ("《石家庄市养犬管理条例》经市人大常委会表决通过,自明年起施行。",
     ("石家庄市养犬管理条例", P.ISSUED_BY, "石家庄市人民代表大会常务委员会")),
    ("经省政府同意,省发展改革委印发《河北省碳达峰实施方案》。",
     ("河北省碳达峰实施方案", P.ISSUED_BY, "河北省发展和改革委员会")),
    ("省卫生健康委员会、省医疗保障局联合印发《关于推进分级诊疗的意见》。",
     ("关于推进分级诊疗的意见", P.ISSUED_BY, "河北省医疗保障局")),
    ("近日,国家市场监督管理总局出台《网络交易监督管理办法》。",
     ("网络交易监督管理办法", P.ISSUED_BY, "国家市场监督管理总局")),
    ("石家庄市政府办公室日前下发《关于加强城市管理的通知》。",
     ("关于加强城市管理的通知", P.ISSUED_BY, "石家庄市人民政府办公室")),
    ("省商务厅会同省发展改革委制定了《河北省促进消费实施方案》。",
     ("河北省促进消费实施方案", P.ISSUED_BY, "河北省发展和改革委员会")),
    # a law in parts: its part after the title
    ("最高人民法院发布《关于审理网络消费纠纷案件适用法律若干问题的规定(一)》。",
     ("关于审理网络消费纠纷案件适用法律若干问题的规定(一)", P.ISSUED_BY, "最高人民法院")),
    # a title given without its marks, right after the verb that issues it
    ("中国人民银行、国家金融监督管理总局发布关于调整个人住房贷款最低首付款比例政策的通知。",
     ("关于调整个人住房贷款最低首付款比例政策的通知", P.ISSUED_BY, "国家金融监督管理总局")),
    ("省住房城乡建设厅近日印发关于加强住宅工程质量管理的若干规定,自明年起施行。",
     ("关于加强住宅工程质量管理的若干规定", P.ISSUED_BY, "河北省住房和城乡建设厅")),
])
def test_issued_by(pipeline, text, expected):
    assert expected in facts(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("省教育厅开展“双减”督导专项行动。", {("双减督导专项行动", "河北省教育厅")}),
    ("衡水市公安局夏季治安打击整治行动正式启动。", {("夏季治安打击整治行动", "衡水市公安局")}),
    ("省科协与省教育厅联合开展“科技进校园”活动。",
     {("科技进校园活动", "河北省科学技术协会"), ("科技进校园活动", "河北省教育厅")}),
    ("省总工会主办、省妇联承办“巾帼建功”劳动竞赛。",
     {("巾帼建功劳动竞赛", "河北省总工会"), ("巾帼建功劳动竞赛", "河北省妇女联合会")}),
    ("省科协与省教育厅联合举办全省青少年科技创新大赛。",
     {("全省青少年科技创新大赛", "河北省科学技术协会"), ("全省青少年科技创新大赛", "河北省教育厅")}),
    ("保定市人民政府启动“净化空气”专项行动。", {("净化空气专项行动", "保定市人民政府")}),
    # 该局 as the subject: the 局 named before
    ("记者从邯郸市市场监督管理局获悉,该局联合市公安局开展食品安全专项整治行动。",
     {("食品安全专项整治行动", "邯郸市市场监督管理局"), ("食品安全专项整治行动", "邯郸市公安局")}),
])
def test_organized_by_each_body(pipeline, text, expected):
    found = {(s, o) for s, p, o in facts(pipeline, text) if p is P.ORGANIZED_BY}
    assert expected <= found


@pytest.mark.parametrize("text, expected", [
    ("石家庄市公安局召开新闻发布会,局长王志强表示,将加大执法力度。", ("王志强", "石家庄市公安局", "局长")),
    ("省水利厅召开防汛会议,厅长陈立军要求各地严阵以待。", ("陈立军", "河北省水利厅", "厅长")),
    ("唐山市生态环境局通报情况,副局长刘海波介绍了整改进展。", ("刘海波", "唐山市生态环境局", "副局长")),
])
def test_a_post_alone_is_held_in_the_body_named_before(pipeline, text, expected):
    assert expected in works(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("国务院副总理张国华出席开幕式并致辞。", ("张国华", "国务院", "副总理")),
    ("全国人大常委会副委员长王立民率队检查。", ("王立民", "全国人民代表大会常务委员会", "副委员长")),
    ("青岛海尔智家股份有限公司副总裁李攀介绍了新产品。", ("李攀", "青岛海尔智家股份有限公司", "副总裁")),
    # an appointment: the post after the name
    ("经研究决定,任命王志军同志为市交通运输局局长。", ("王志军", "石家庄市交通运输局", "局长")),
    ("张立华任省生态环境厅副厅长,分管大气污染防治工作。", ("张立华", "河北省生态环境厅", "副厅长")),
    # a short biography before the post held now (a notice of appointment)
    ("王立新,男,1970年生,现任河北某某建设集团有限公司董事长。", ("王立新", "河北某某建设集团有限公司", "董事长")),
    ("李红,女,汉族,1975年3月生,中共党员,现任省生态环境厅副厅长。", ("李红", "河北省生态环境厅", "副厅长")),
    ("拟任市财政局局长的孙建军同志,现任市审计局局长。", ("孙建军", "石家庄市审计局", "局长")),
    ("赵海涛,现任河北某某物流有限公司总经理。", ("赵海涛", "河北某某物流有限公司", "总经理")),
    # posts in bodies listed with 、 after an appointment
    ("刘强同志任邢台市委常委、组织部部长。", ("刘强", "中共邢台市委组织部", "部长")),
    ("王志军任市交通运输局局长、党组书记。", ("王志军", "石家庄市交通运输局", "局长")),
    # a division's head taken after the name, its government's (and a body's post listed after it)
    ("孙立新,现任沧州市副市长。", ("孙立新", "沧州市人民政府", "副市长")),
    ("任命郑海涛、马志强为廊坊市副市长。", ("郑海涛", "廊坊市人民政府", "副市长")),
    ("周海龙同志任定州市副市长、市公安局局长。", ("周海龙", "定州市公安局", "局长")),
    # the post a name's brackets say it holds now
    ("经公示,吴建国同志(现任承德市科技局副局长)拟提拔为正处级领导干部。", ("吴建国", "承德市科学技术局", "副局长")),
    # a committee's posts listed together, and a department or a bureau after them
    ("经省委研究决定,周建平同志任中共保定市委委员、常委、书记。", ("周建平", "中共保定市委", "委员、常委、书记")),
    ("吴立新同志任中共承德市委委员、常委、宣传部部长。", ("吴立新", "中共承德市委宣传部", "部长")),
    ("沧州市委常委、副市长、公安局局长韩志刚出席会议。", ("韩志刚", "沧州市公安局", "局长")),
    # a customs house's head
    ("石家庄海关关长张立华带队调研。", ("张立华", "石家庄海关", "关长")),
])
def test_the_posts_of_national_leaders_and_appointments(pipeline, text, expected):
    assert expected in works(pipeline, text)


@pytest.mark.parametrize("text, person, body, post", [
    # a unit of the body between its name and the post: the post keeps it where the
    # body's mention does not take it in (the body's name and the post, read on, say it)
    ("河北医科大学第二医院心内科主任王立军介绍了救治情况。", "王立军", "河北医科大学", "心内科主任"),
    ("石家庄市公安局交通管理局副局长孙海涛说,将严查酒驾。", "孙海涛", "石家庄市公安局", "副局长"),
    ("河北大学新闻学院院长刘建国出席开幕式。", "刘建国", "河北大学", "院长"),
    ("国家统计局城市司副司长张明华解读了数据。", "张明华", "国家统计局", "城市司副司长"),
    ("省生态环境厅办公室主任李晓红通报了情况。", "李晓红", "河北省生态环境厅", "主任"),
    # ... or 的 between the body and the post, or the name holding it
    ("记者采访了省教育厅的工作人员李晓红。", "李晓红", "河北省教育厅", "工作人员"),
    ("来自省教育厅的王立新处长介绍了情况。", "王立新", "河北省教育厅", "处长"),
    # ... the body's other name in brackets before the unit
    ("石家庄市第四医院(石家庄市妇产医院)产科主任张丽华说。", "张丽华", "石家庄市第四医院", "产科主任"),
    # a former post
    ("省交通运输厅原副厅长周立新接受审查。", "周立新", "河北省交通运输厅", "原副厅长"),
    ("国家能源局原局长赵建平出席论坛。", "赵建平", "国家能源局", "原局长"),
    # a standing, rotating or acting post
    ("星海电子股份有限公司轮值董事长郑海涛发表主题演讲。", "郑海涛", "星海电子股份有限公司", "轮值董事长"),
    ("蓝鲸科技集团有限公司常务副总裁孙立伟出席签约仪式。", "孙立伟", "蓝鲸科技集团有限公司", "常务副总裁"),
    ("省民政厅原常务副厅长马志强接受审查。", "马志强", "河北省民政厅", "原常务副厅长"),
    # ... and former posts, the mark before the body's name (not 前 ending 目前)
    ("原省民政厅党组书记、厅长马志强接受审查。", "马志强", "河北省民政厅", "厅原厅长"),
    ("省交通运输厅原党组成员、副厅长周立新接受审查。", "周立新", "河北省交通运输厅", "厅原副厅长"),
    # a post in the body's Party group, named with it after the body's own post, is held there
    ("省财政厅厅长、党组书记王立新出席会议。", "王立新", "河北省财政厅党组", "党组书记"),
    ("市人大常委会副主任、党组副书记赵海涛出席。", "赵海涛", "石家庄市人民代表大会常务委员会党组", "党组副书记"),
    ("目前省应急管理厅厅长王立新表示将加强检查。", "王立新", "河北省应急管理厅", "厅厅长"),
    ("法院公开宣判原邢台市人民政府副市长孙海涛受贿案。", "孙海涛", "邢台市人民政府", "政府原副市长"),
    # the deputy head of a corps or detachment
    ("国家统计局河北调查总队副总队长王丽表示,居民收入稳步增长。", "王丽", "国家统计局河北调查总队", "副总队长"),
    ("市公安局交警支队副支队长刘洋介绍了情况。", "刘洋", "石家庄市公安局交警支队", "副支队长"),
    # the next name's own post in the same body
    ("省公安厅厅长王志刚、副厅长陈海波出席。", "陈海波", "河北省公安厅", "副厅长"),
    ("国家林业和草原局局长刘宏伟、副局长李春林参加调研。", "李春林", "国家林业和草原局", "副局长"),
    # 书记 after a body that reaches past 党委书记's start: the Party committee's post
    # (or, where the body's mention stops before 党委, the firm's 党委书记)
    ("河北钢铁集团有限公司党委书记张建国主持会议。", "张建国", "河北钢铁集团有限公司", "党委书记"),
])
def test_works_for_past_a_unit_a_former_post_or_a_list(pipeline, text, person, body, post):
    held = {(b, p) for s, b, p in works(pipeline, text) if s == person}
    assert any(b.startswith(body) and (b + p).endswith(post) for b, p in held), held


@pytest.mark.parametrize("text, expected", [
    ("邢台市副市长王建军出席开工仪式。", ("王建军", "邢台市人民政府", "副市长")),
    ("省委常委、常务副省长刘明主持会议。", ("刘明", "河北省人民政府", "常务副省长")),
    ("副市长张海涛、市公安局局长赵强出席发布会。", ("张海涛", "石家庄市人民政府", "副市长")),
    ("正定县县长李志强介绍了项目进展。", ("李志强", "正定县人民政府", "县长")),
    ("辛集市市长孙立新表示,将优化营商环境。", ("孙立新", "辛集市人民政府", "市长")),
    ("市委书记、市长王刚调研重点项目。", ("王刚", "石家庄市人民政府", "市长")),
    ("邢台市副市长、市公安局局长周强通报了案情。", ("周强", "邢台市人民政府", "副市长")),
    # the division of the body the joined posts open with, not the article's city
    ("保定市委常委、副市长陈立新出席签约仪式。", ("陈立新", "保定市人民政府", "副市长")),
    # an autonomous region's chair and vice-chair, an autonomous prefecture's head
    ("宁夏回族自治区副主席马文华会见了考察团。", ("马文华", "宁夏回族自治区人民政府", "副主席")),
    ("西藏自治区主席严金海出席开幕式。", ("严金海", "西藏自治区人民政府", "主席")),
    ("甘孜藏族自治州州长刘德明调研。", ("刘德明", "甘孜藏族自治州人民政府", "州长")),
])
def test_heads_of_a_division_work_for_its_government(pipeline, text, expected):
    assert expected in works(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    # a league's head and deputy work for its administrative office (Inner Mongolia's 盟)
    ("锡林郭勒盟行政公署副盟长李刚出席会议。", ("李刚", "锡林郭勒盟行政公署", "副盟长")),
    ("兴安盟行政公署盟长张伟主持召开专题会议。", ("张伟", "兴安盟行政公署", "盟长")),
    # ... as a prefecture's commissioner works for its (Xinjiang's 地区)
    ("和田地区行政公署专员艾尔肯·吐尼亚孜调研农村饮水工程。", ("艾尔肯·吐尼亚孜", "和田地区行政公署", "专员")),
])
def test_a_leagues_head_works_for_its_office(pipeline, text, expected):
    assert expected in works(pipeline, text)


@pytest.mark.parametrize("text", [
    "石家庄市市长热线今年受理群众来电3万件。",  # no name after the post
    "邢台市副市长级干部参加了培训。",
    "他曾任省长助理,王明出席。",
    "河北省政协主席张明出席会议。",  # a CPPCC's chair, not an autonomous region's
])
def test_no_head_of_government_without_a_name_after_the_post(pipeline, text):
    assert not any(body.endswith("人民政府") for _, body, _ in works(pipeline, text))


def test_a_post_someone_is_relieved_of_is_held_no_more(pipeline):
    # a former post, as 原 marks one before it (市交通运输局原局长李建华)
    held = works(pipeline, "免去李建华同志的市交通运输局局长职务。")
    assert {(person, post) for person, _, post in held} == {("李建华", "原局长")}, held


def test_a_divisions_head_is_no_post_of_the_party_committee_before_it(pipeline):
    held = works(pipeline, "保定市委常委、副市长陈立新出席签约仪式。")
    assert ("陈立新", "中共保定市委", "常委") in held
    assert not any(body == "中共保定市委" and "副市长" in post for _, body, post in held), held


def test_a_head_after_a_named_government_works_for_that_one_not_the_articles(pipeline):
    # set in Hebei, the text names Guangdong's government before the post
    held = works(pipeline, "广东省人民政府副省长张新表示,将加快建设科技创新中心。")
    assert ("张新", "广东省人民政府", "副省长") in held
    assert not any(body == "河北省人民政府" for _, body, _ in held), held


def test_a_government_named_only_by_its_head_is_in_the_graph(tmp_path):
    from kg.pipeline import build

    page = tmp_path / "pages" / "news.txt"
    page.parent.mkdir()
    page.write_text("河北日报讯 邢台市副市长王建军出席开工仪式。\n", encoding="utf-8")
    built = build([page.parent], tmp_path / "out", formats=("ttl",))
    entity = next(e for e in built.corpus.entities if e.name == "邢台市人民政府")
    assert entity.type.value == "Agency" and entity.articles == ()
    assert any(r.object == ("Agency", "邢台市人民政府") and r.post == "副市长" for r in built.corpus.relations)


def test_a_government_given_by_the_setting_alone_is_in_the_graph():
    from kg.link import assemble_corpus
    from kg.model import Article
    from kg.pipeline import Pipeline

    # the province comes from the article's setting only; no place is named in the text
    x = Pipeline().extract_article(Article("a", "a.txt", 1, "", "常务副省长刘明出席开工仪式。"), HEBEI)
    corpus = assemble_corpus([x], [])
    assert ("Agency", "河北省人民政府") in {e.key for e in corpus.entities}
    assert any(r.object == ("Agency", "河北省人民政府") for r in corpus.relations)


def test_the_body_of_a_party_group_is_in_the_graph_though_unnamed(pipeline):
    """省生态环境厅党组书记、厅长刘建华: the 厅 is named only through its Party group; the
    graph still holds it, as an agency, and 刘建华 works for it."""
    from kg.link import assemble_corpus

    x = pipeline.extract_article(article("省生态环境厅党组书记、厅长刘建华主持会议。"), HEBEI)
    corpus = assemble_corpus([x], [])
    names = {(e.type.value, e.name) for e in corpus.entities}
    assert ("Agency", "河北省生态环境厅") in names
    assert {(r.subject[1], r.object[1]) for r in corpus.relations} >= {("刘建华", "河北省生态环境厅")}
