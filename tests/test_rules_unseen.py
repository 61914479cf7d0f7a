"""Every rule family on sentences written from its pattern, set in other provinces and
ministries (none is from the seed pages), with the traps that once fooled them.

The context is Hebei and its capital, so 省 and 市 resolve to 河北省 and 石家庄市.
"""

from __future__ import annotations

import pytest

from kg.extract.base import Context
from kg.lexicon.divisions import by_code
from kg.model import EntityType as T
from kg.model import Predicate as P
from tests.conftest import article

HEBEI = Context(province=by_code()["130000000000"], city=by_code()["130100000000"])


def read_as(text, name, label="AGENCY", confidence=0.9):
    """The recogniser's span over ``name`` in ``text``, as it would read it."""
    from kg.recognise.model import Tagged

    start = text.index(name)
    return Tagged(start, start + len(name), label, confidence)


@pytest.mark.parametrize("text", [
    # 乡 opening a word after a county is no town's (召开|乡村: no town 召开乡)
    "平山县召开乡村振兴工作推进会。",
    "威县举办乡村旅游文化节。",
    "涞源县推动乡风文明建设。",
    "威县召开乡村村庄规划工作会。",  # (a village's name is no 村 itself)
])
def test_no_town_where_its_乡_opens_another_word(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    assert [m.text for m in x.mentions if m.type is T.PLACE] == [text[:text.index("县") + 1]]


@pytest.mark.parametrize("text, body", [
    # a preposition glued to the level's character by jieba (从省|水利厅 cut 从省|水利厅)
    ("记者从省水利厅了解到,今年全省将新建水库3座。", "省水利厅"),
    ("记者从市交通运输局了解到,明年将新开公交线路5条。", "市交通运输局"),
])
def test_a_body_named_by_its_level_after_a_preposition(pipeline, text, body):
    x = pipeline.extract_article(article(text), Context())
    assert (T.AGENCY, body) in {(m.type, m.text) for m in x.mentions}


def extract(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    names = {(m.type, m.canonical) for m in x.mentions}
    facts = {(r.subject[1], r.predicate, r.object[1]) for r in x.relations}
    return names, facts


@pytest.mark.parametrize("text, expected", [
    # places: full names, a district cut from its level word, a common-word district after its city
    ("河北省石家庄市长安区建设北大街街道组织居民参加活动。", [(T.PLACE, "长安区"), (T.PLACE, "石家庄市")]),
    ("太原市小店区北格镇举行农民丰收节。", [(T.PLACE, "小店区"), (T.PLACE, "北格镇")]),
    # a district made since 2017, in its city
    ("长治市潞州区举行重点项目集中开工仪式。", [(T.PLACE, "潞州区")]),
    ("阳泉市矿区人民政府发布通知。", [(T.AGENCY, "阳泉市矿区人民政府")]),
    # a division written in full inside a body's or a document's name is a place of the article
    ("长沙市岳麓区消防救援大队开展消防检查。",
     [(T.AGENCY, "长沙市岳麓区消防救援大队"), (T.PLACE, "长沙市"), (T.PLACE, "岳麓区")]),
    ("近日,省卫生健康委员会印发《邯郸市医疗机构管理实施细则》。", [(T.PLACE, "邯郸市")]),
    ("井陉县城关镇人民政府组织开展防汛演练。", [(T.AGENCY, "井陉县城关镇人民政府"), (T.PLACE, "城关镇")]),
    # a national body's unit the recogniser reads whole, though its name opens with 全 (全国)
    ("全国人大常委会法制工作委员会发言人王某某介绍,草案将提请审议。",
     [(T.AGENCY, "全国人民代表大会常务委员会法制工作委员会")]),
    ("全国人大常委会办公厅举行新闻发布会。", [(T.AGENCY, "全国人民代表大会常务委员会办公厅")]),
    # 市 after a named city's body and what it acts on (对) is that city's, as after a join word
    ("邢台市纪委监委对市自然资源和规划局原副局长王某立案审查调查。", [(T.AGENCY, "邢台市自然资源和规划局")]),
    ("邢台市纪委监委给予市水利局原副局长王某开除党籍处分。", [(T.AGENCY, "邢台市水利局")]),
    ("衡水市人民政府对市教育局等5个部门通报表扬。", [(T.AGENCY, "衡水市教育局")]),
    # 新建 a district's name (南昌市新建区), not the verb that ends a name
    ("南昌市新建区第一中学举行开学典礼。", [(T.ORGANIZATION, "南昌市新建区第一中学")]),
    # a branch of a firm whose name has a part withheld is named from the firm's start
    ("石家庄某某餐饮管理有限公司桥西分店被责令停业整顿。", [(T.COMPANY, "石家庄某某餐饮管理有限公司桥西分店")]),
    ("保定某某物流有限公司涿州分公司被处以罚款。", [(T.COMPANY, "保定某某物流有限公司涿州分公司")]),
    # ... and an autonomous prefecture by its short name and 州, at the head of a body's name
    ("湖北省恩施州利川市市场监督管理局开展食品安全检查。", [(T.PLACE, "恩施土家族苗族自治州")]),
    ("甘孜州康定市人民医院开展巡回义诊。", [(T.PLACE, "甘孜藏族自治州"), (T.PLACE, "康定市")]),
    # a county's bureau joined by 会同 to the body before it; 会同县 itself, where it is one
    ("正定县应急管理局会同县交通运输局开展检查。", [(T.AGENCY, "正定县交通运输局")]),
    ("正定县召开会议,由县应急管理局牵头,会同县林业局开展检查。", [(T.AGENCY, "县林业局")]),
    ("湖南省怀化市会同县人民政府召开会议。", [(T.PLACE, "会同县")]),
    # the towns listed after the first
    ("涉县井店镇、偏城镇等6个乡镇遭受冰雹灾害。", [(T.PLACE, "井店镇"), (T.PLACE, "偏城镇")]),
    # a town whose 镇 or 乡 stands again to open its head's post
    ("涉县井店镇镇长王某某主持会议。", [(T.PLACE, "井店镇")]),
    # an institution named after a subdistrict whose name jieba cuts apart (龙|都|街道社区)
    ("鹿泉区龙都街道社区卫生服务中心开展义诊活动。", [(T.ORGANIZATION, "鹿泉区龙都街道社区卫生服务中心")]),
    # a programme after 推出 is named from the verb on, the body before the verb kept
    ("河北省图书馆推出“书香燕赵”全民阅读活动。",
     [(T.ORGANIZATION, "河北省图书馆"), (T.PROGRAM, "书香燕赵全民阅读活动")]),
    # a firm's name with a part withheld begins after its role in a case or a project
    ("衡水市中级人民法院判处被告单位衡水某某化工有限公司罚金10万元。", [(T.COMPANY, "衡水某某化工有限公司")]),
    ("用人单位石家庄某某科技有限公司拖欠农民工工资被立案查处。", [(T.COMPANY, "石家庄某某科技有限公司")]),
    # a town whose 乡 opens the town's committee in jieba's word (解放|乡党委)
    ("平山县解放乡党委书记王刚出席。", [(T.PLACE, "解放乡")]),
    # bodies: a standard name after a place, 省/市 resolved in context, a clause-long body
    ("湖南省长沙市岳麓区人民政府发布公告。", [(T.AGENCY, "长沙市岳麓区人民政府")]),  # (a district after its city)
    ("近日,省卫生健康委员会印发《河北省医疗机构管理实施细则》。", [(T.AGENCY, "河北省卫生健康委员会")]),
    ("市市场监督管理局对辖区内餐饮单位开展检查。", [(T.AGENCY, "石家庄市市场监督管理局")]),
    # 区 or 县 before a body joined to a body of a named district or county: that one's
    ("石家庄市长安区市场监督管理局联合区消防救援大队开展检查。", [(T.AGENCY, "石家庄市长安区消防救援大队")]),
    ("井陉县应急管理局联合县卫健局开展检查。", [(T.AGENCY, "井陉县卫生健康局")]),
    ("正定县行政审批局联合县自然资源和规划局召开会议。",
     [(T.AGENCY, "正定县行政审批局"), (T.AGENCY, "正定县自然资源和规划局")]),
    # a county's media centre, as every county has had since 2018
    ("平遥县融媒体中心与山西日报社签署合作协议。", [(T.ORGANIZATION, "平遥县融媒体中心")]),
    # a city's or county's bureau of culture, broadcasting and tourism, as merged since 2019
    ("保定市文化广电和旅游局组织开展文物安全检查。", [(T.AGENCY, "保定市文化广电和旅游局")]),
    # a province's court is its high court; a district's is its people's court
    ("省司法厅将会同省法院、省检察院开展专项行动。",
     [(T.AGENCY, "河北省高级人民法院"), (T.AGENCY, "河北省人民检察院")]),
    ("邯郸市丛台区人民法院审结一起合同纠纷案件。", [(T.AGENCY, "邯郸市丛台区人民法院")]),
    ("省推进农村人居环境整治工作领导小组召开会议。", [(T.AGENCY, "河北省推进农村人居环境整治工作领导小组")]),
    ("国务院办公厅印发《关于进一步优化营商环境的意见》。", [(T.AGENCY, "国务院办公厅")]),
    ("中央政府将继续支持香港发展经济、改善民生。", [(T.AGENCY, "国务院")]),  # the Central People's Government
    ("省委常委会召开会议,传达学习全会精神。", [(T.AGENCY, "中共河北省委常委会")]),  # as 中共河北省委 is named
    # a place the recogniser found, and the word for its government after it
    ("加拿大政府宣布自下月起提高钢材关税。", [(T.AGENCY, "加拿大政府")]),
    ("邯郸警方近日破获一起电信诈骗案。", [(T.AGENCY, "邯郸警方")]),
    # a sub-district's office named with its places, as a district's bodies are (its city first)
    ("河北省石家庄市长安区建设北大街街道办事处组织居民参加活动。",
     [(T.AGENCY, "石家庄市长安区建设北大街街道办事处")]),
    # a unit the recogniser found of a body the lexicon names
    ("国务院发展研究中心发布报告。", [(T.AGENCY, "国务院发展研究中心")]),
    ("省教育厅招生办公室发布通知。", [(T.AGENCY, "河北省教育厅招生办公室")]),
    ("教育部高等教育司负责人介绍了有关情况。", [(T.AGENCY, "教育部高等教育司")]),  # a ministry's department
    ("国家卫生健康委员会疾病预防控制局副局长雷正龙介绍了有关情况。",       # a commission's bureau
     [(T.AGENCY, "国家卫生健康委员会疾病预防控制局")]),
    # companies and organisations by their endings, a place-led factory, a list of firms
    ("记者从唐山钢铁集团有限责任公司获悉,该公司今年产量增长。", [(T.COMPANY, "唐山钢铁集团有限责任公司")]),
    ("石家庄新华区某某商贸有限公司被罚款3万元。", [(T.COMPANY, "石家庄新华区某某商贸有限公司")]),
    ("太原化工厂始建于1958年。", [(T.COMPANY, "太原化工厂")]),
    ("邢台市培育冀峰、华瑞等5家企业上市。", [(T.COMPANY, "冀峰"), (T.COMPANY, "华瑞")]),
    # a party's role in a case ends the name read leftwards from its legal form
    ("原告张某某诉被告沧州某某建筑工程有限公司拖欠工程款。", [(T.COMPANY, "沧州某某建筑工程有限公司")]),
    ("世界卫生组织发布报告。", [(T.ORGANIZATION, "世界卫生组织")]),
    # international organisations and democratic parties by their standard or short names;
    # a party's committee at its centre or at a place (省 resolved), not the CPC's committee
    ("东盟各国外长在雅加达举行会议,世卫组织派员出席。",
     [(T.ORGANIZATION, "东南亚国家联盟"), (T.ORGANIZATION, "世界卫生组织")]),
    ("民进中央在京召开全会。", [(T.ORGANIZATION, "中国民主促进会中央委员会")]),
    ("民盟邯郸市委组织专家下乡义诊。", [(T.ORGANIZATION, "中国民主同盟邯郸市委员会")]),
    ("民革省委会召开理论学习会。", [(T.ORGANIZATION, "中国国民党革命委员会河北省委员会")]),
    ("九三学社河北省委员会举办科普讲座。", [(T.ORGANIZATION, "九三学社河北省委员会")]),
    # a national agency's office at a place, and its unit, as one agency
    ("国家税务总局河北省税务局第一稽查局对某商贸公司作出处理决定。",
     [(T.AGENCY, "国家税务总局河北省税务局第一稽查局")]),
    ("国家税务总局沧州市税务局召开新闻发布会。", [(T.AGENCY, "国家税务总局沧州市税务局")]),
    # ... also where the national name and the place's first character make a word (局|长治)
    # and a verb after the unit ends in a unit's character (依法查处)
    ("国家税务总局长治市税务局稽查局依法查处一起虚开发票案件。", [(T.AGENCY, "国家税务总局长治市税务局稽查局")]),
    # 市 right after a body of another city that joins it is that city, not the article's
    ("邢台市市场监督管理局联合市公安局开展专项整治。", [(T.AGENCY, "邢台市公安局")]),
    ("唐山市教育局、市财政局联合发文。", [(T.AGENCY, "唐山市财政局")]),
    ("记者从保定市市场监督管理局获悉,该局联合市公安局开展专项整治。", [(T.AGENCY, "保定市公安局")]),  # 该局
    # a body written without its place in a list after a body of a named place is that place's,
    # and after a post held at a named place and 、
    ("唐山市财政局、教育局联合印发通知。", [(T.AGENCY, "唐山市教育局")]),
    ("邯郸市丛台区发改局、住建局、卫健委联合开展检查。",
     [(T.AGENCY, "邯郸市丛台区住房和城乡建设局"), (T.AGENCY, "邯郸市丛台区卫生健康委员会")]),
    ("湖北省财政厅和教育厅联合下达专项资金。", [(T.AGENCY, "湖北省教育厅")]),
    ("唐山市副市长、公安局局长张三出席。", [(T.AGENCY, "唐山市公安局")]),
    # a district's public security bureau, written as the city's 分局 of it
    ("邢台市信都区城市管理局联合区公安分局开展夜间施工噪音整治。", [(T.AGENCY, "邢台市信都区公安分局")]),
    # a body read with the next across 联合 after its ending is the first alone
    ("石家庄市桥西区振头街道办事处联合辖区派出所开展反诈宣传。", [(T.AGENCY, "石家庄市桥西区振头街道办事处")]),
    ("保定市竞秀区先锋街道联合辖区派出所开展消防安全检查。", [(T.AGENCY, "保定市竞秀区先锋街道")]),
    # a national body's branch at a place
    ("中国人民银行石家庄中心支行发布一季度金融数据。", [(T.AGENCY, "中国人民银行石家庄中心支行")]),
    ("中国科学院武汉分院与湖北大学签署合作协议。", [(T.ORGANIZATION, "中国科学院武汉分院")]),
    ("河北大学附属医院参加了培训。", [(T.ORGANIZATION, "河北大学附属医院")]),
    ("燕山大学与廊坊市签署合作协议。", [(T.ORGANIZATION, "燕山大学")]),      # a university by its name
    ("石家庄铁道大学举办招聘会。", [(T.ORGANIZATION, "石家庄铁道大学")]),
    # people: after a post, opening a clause before speech, in a list, in a byline
    ("省发展改革委副主任张建国表示,全省将继续加大投资。", [(T.PERSON, "张建国")]),
    ("王晓红认为,这项改革很有意义。", [(T.PERSON, "王晓红")]),
    ("参加会议的有李明辉、王建军、孙志强等同志。", [(T.PERSON, "李明辉"), (T.PERSON, "孙志强")]),
    ("本报石家庄6月3日讯(记者刘文博、赵丽)全省夏粮收购开始。", [(T.PERSON, "刘文博"), (T.PERSON, "赵丽")]),
    # a party's role in a case before the name
    ("原告张某某诉被告沧州某某建筑工程有限公司拖欠工程款。", [(T.PERSON, "张某某")]),
    ("检察院以盗窃罪将犯罪嫌疑人王某某批准逮捕。", [(T.PERSON, "王某某")]),
    # after a date, the name after it; a province's own organs' kindergarten is one body
    ("2024年度石家庄某某科技有限公司纳税超过1亿元。", [(T.COMPANY, "石家庄某某科技有限公司")]),
    ("河北省省级机关幼儿园举办亲子活动。", [(T.ORGANIZATION, "河北省省级机关幼儿园")]),
    # a post's last character before a surname is no compound surname's first (会长|孙某某: 会|长孙 to jieba)
    ("河北省律师协会会长孙某某当选为中华全国律师协会副会长。", [(T.PERSON, "孙某某")]),
    # a withheld name whose surname jieba glues to the preposition before it (对涂, 对冶)
    ("县检察院依法对涂某某以涉嫌受贿罪提起公诉。", [(T.PERSON, "涂某某")]),
    ("市公安局依法对冶某某处以行政拘留10日。", [(T.PERSON, "冶某某")]),
    # documents and programmes: titles, a report named after its body
    ("国务院办公厅印发《关于进一步优化营商环境的意见》。", [(T.PROGRAM, "关于进一步优化营商环境的意见")]),
    ("根据《中华人民共和国食品安全法》第一百二十二条规定。", [(T.LAW, "中华人民共和国食品安全法")]),
    ("省应急管理厅印发《河北省地震应急预案》。", [(T.PROGRAM, "河北省地震应急预案")]),  # a contingency plan
    # a judicial interpretation is law the courts apply
    ("最高人民法院、最高人民检察院联合发布《关于办理非法采矿刑事案件适用法律若干问题的解释》。",
     [(T.LAW, "关于办理非法采矿刑事案件适用法律若干问题的解释")]),
    ("省教育厅印发《2025年全省教育工作要点》。", [(T.PROGRAM, "2025年全省教育工作要点")]),
    ("廊坊市人民政府工作报告提出,今年要抓好十件大事。", [(T.PROGRAM, "廊坊市人民政府工作报告")]),
    ("衡水市公安局夏季治安打击整治行动正式启动。", [(T.PROGRAM, "夏季治安打击整治行动")]),
    # what the body did to it, before a 的, is not the name of what it launches
    ("由省文化和旅游厅主办、保定市文化和旅游局承办的“燕赵文旅惠民季”活动正式启动。",
     [(T.PROGRAM, "燕赵文旅惠民季活动")]),
    # a short quoted campaign right after the verb that starts it
    ("省人力资源和社会保障厅联合省总工会启动“春风行动”,为农民工提供就业服务。", [(T.PROGRAM, "春风行动")]),
    ("市教育局开展“护苗行动”专项检查。", [(T.PROGRAM, "护苗行动")]),
    # ... and after the verb and a year
    ("省生态环境厅组织开展2024年“清废行动”专项检查。", [(T.PROGRAM, "清废行动")]),
    ("市公安局启动2025年度“净网行动”。", [(T.PROGRAM, "净网行动")]),
    # ... or with its year after its ending, inside the quotes
    ("省生态环境厅开展“清废行动2026”,排查固体废物堆存点位。", [(T.PROGRAM, "清废行动2026")]),
    ("市人社局启动“春风行动·2026”,搭建供需对接平台。", [(T.PROGRAM, "春风行动·2026")]),
    # an outline of a plan (规划纲要), quoted or not
    ("全面落实“十四五”规划纲要。", [(T.PROGRAM, "十四五规划纲要")]),
    ("认真贯彻落实健康河北建设规划纲要。", [(T.PROGRAM, "健康河北建设规划纲要")]),
    # the year's plan and budget laid before a congress
    ("会议审议了河北省2023年国民经济和社会发展计划执行情况的报告。",
     [(T.PROGRAM, "河北省2023年国民经济和社会发展计划")]),
    ("关于2024年全市和市本级预算执行情况与2025年全市和市本级预算草案的报告",
     [(T.PROGRAM, "2024年全市和市本级预算"), (T.PROGRAM, "2025年全市和市本级预算")]),
    ("大会批准了2025年中央和地方预算。", [(T.PROGRAM, "2025年中央和地方预算")]),
    ("浙江省2024年全省和省本级预算执行情况良好。", [(T.PROGRAM, "浙江省2024年全省和省本级预算")]),
    ("审查2024年国民经济和社会发展计划执行情况。", [(T.PROGRAM, "2024年国民经济和社会发展计划")]),
    ("国家医保局会同国家卫生健康委开展医保基金管理突出问题专项整治。",          # a campaign of rectification
     [(T.PROGRAM, "医保基金管理突出问题专项整治")]),
    ("该市开展“清朗·网络直播”专项整治行动,查处违规账号200余个。",              # programme words in a row
     [(T.PROGRAM, "清朗·网络直播专项整治行动")]),
    # a place's office of the commission for civilisation (文明办)
    ("市委宣传部联合市文明办开展“文明家庭”评选活动。", [(T.AGENCY, "石家庄市精神文明建设指导委员会办公室")]),
    # a CPPCC committee by its full title, the place inside; a congress's term is no part of its name
    ("政协第十三届河北省委员会第三次会议在石家庄开幕。", [(T.AGENCY, "中国人民政治协商会议河北省委员会")]),
    ("政协邢台市委员会主席王学军率队视察。", [(T.AGENCY, "中国人民政治协商会议邢台市委员会")]),
    ("邢台市第十五届人大常委会第二十次会议召开。", [(T.AGENCY, "邢台市人民代表大会常务委员会")]),
    # an institution a province or city has one of, by 省 or 市 alone
    ("省图书馆、省美术馆等公共文化场馆免费开放。",
     [(T.ORGANIZATION, "河北省图书馆"), (T.ORGANIZATION, "河北省美术馆")]),
    # a province's or city's academies, observatory and hospitals, named by 省 or 市 alone
    ("省农科院专家在田间讲解小麦管理技术。", [(T.ORGANIZATION, "河北省农业科学院")]),
    ("市气象台发布大风蓝色预警。", [(T.ORGANIZATION, "石家庄市气象台")]),
    ("省社科院研究员刘洋认为,乡村振兴要靠人才。", [(T.ORGANIZATION, "河北省社会科学院")]),
    ("省人民医院组织医疗队驰援灾区。", [(T.ORGANIZATION, "河北省人民医院")]),
    ("河北工业大学与省科学技术厅共建重点实验室。", [(T.AGENCY, "河北省科学技术厅")]),  # 共建 ends it
    ("记者从市人民医院获悉,该院新开设了夜间门诊。", [(T.ORGANIZATION, "石家庄市人民医院")]),
    ("市第一人民医院完成首例心脏移植手术。", [(T.ORGANIZATION, "石家庄市第一人民医院")]),
    # a place's work-safety committee and its office by their short names
    ("省安委会决定在全省开展安全生产大检查。", [(T.AGENCY, "河北省安全生产委员会")]),
    ("市安委办通报了今年以来全市安全生产形势。", [(T.AGENCY, "石家庄市安全生产委员会办公室")]),
    # a province's heritage bureau after the body it joins; a residents' committee
    ("省文化和旅游厅联合省文物局举办文化遗产日活动。", [(T.AGENCY, "河北省文物局")]),
    ("裕华区槐底街道槐北社区居委会组织志愿者开展环境整治。",
     [(T.ORGANIZATION, "裕华区槐底街道槐北社区居委会")]),
    # the Youth League's committee of a place by its short name (团市委, not the Party's 市委)
    ("市总工会、市妇联、团市委联合举办青年联谊活动。", [(T.ORGANIZATION, "共青团石家庄市委")]),
    # an institution's ending that jieba reads as one word with the post after it (中学教师)
    ("全国人大代表、邢台市威县第三中学教师刘娜建议加强乡村教师队伍建设。", [(T.ORGANIZATION, "邢台市威县第三中学")]),
    ("河北某某大学教授李明认为,要重视基础研究。", [(T.ORGANIZATION, "河北某某大学")]),
    # an ordinal inside an institution's name
    ("河北医科大学第四医院肿瘤科专家李强为患者义诊。", [(T.ORGANIZATION, "河北医科大学第四医院")]),
    # flood-control headquarters, national and local, and national coordinating bodies, by short names
    ("国家防总办公室、应急管理部会商研判强降雨形势。", [(T.AGENCY, "国家防汛抗旱总指挥部办公室")]),
    ("省防指决定将防汛应急响应提升至Ⅰ级。", [(T.AGENCY, "河北省防汛抗旱指挥部")]),
    ("国务院安委会派出工作组赴事故现场。", [(T.AGENCY, "国务院安全生产委员会")]),
    ("国家减灾委针对河北启动四级救灾应急响应。", [(T.AGENCY, "国家减灾委员会")]),
    # national ones by their short names
    ("中国社科院发布年度经济形势报告。", [(T.ORGANIZATION, "中国社会科学院")]),
    ("中国地震台网正式测定,唐山市古冶区发生3.5级地震。", [(T.ORGANIZATION, "中国地震台网中心")]),
    ("市融媒体中心推出系列报道。", [(T.ORGANIZATION, "石家庄市融媒体中心")]),
    # a body word before a verb its last character would make a word with (局|部署)
    ("省市场监管局部署开展“铁拳”行动。", [(T.AGENCY, "河北省市场监督管理局")]),
    # a firm's name that opens with a place jieba reads as a verb (保定)
    ("市市场监督管理局对保定某某药房有限公司销售过期药品的行为罚款5万元。",
     [(T.COMPANY, "保定某某药房有限公司")]),
    # a Party committee's department after a post in the committee is that committee's
    ("邢台市委常委、组织部部长刘振国出席会议。", [(T.AGENCY, "中共邢台市委组织部")]),
    ("鹿泉区委原常委、宣传部部长赵某某接受审查调查。", [(T.AGENCY, "中共石家庄市鹿泉区委宣传部")]),  # a former member's
    ("市委常委、政法委书记张海军主持会议。", [(T.AGENCY, "中共石家庄市委政法委")]),
    # ... and a county's, with no county named, the article's own as its 县委 is
    ("县委常委、宣传部长郑学伟出席活动。", [(T.AGENCY, "县委宣传部")]),
    # a body's own Party group or committee written alone after its head's post
    ("邯郸市市场监督管理局局长、党组书记王海波接受采访。", [(T.AGENCY, "邯郸市市场监督管理局党组")]),
    ("河北大学校长、党委副书记李四海出席。", [(T.AGENCY, "河北大学党委")]),
    # a place's Party school by its Party committee's short name (市委党校, 县委党校)
    ("平山县委党校组织学员赴西柏坡开展现场教学。", [(T.ORGANIZATION, "中共平山县委党校")]),
    ("市委党校举办中青年干部培训班。", [(T.ORGANIZATION, "中共石家庄市委党校")]),
    # a local financial regulator by its name after the 2023 reform
    ("中国人民银行河北省分行与省地方金融管理局联合召开座谈会。", [(T.AGENCY, "河北省地方金融管理局")]),
    # a body named for two countries joined by a dash
    ("巴基斯坦—中国友好协会会长率团访问河北。", [(T.ORGANIZATION, "巴基斯坦—中国友好协会")]),
    # ... but a name withheld after 一家 is a firm's
    ("近日,一家某某科技有限公司因虚假宣传被罚款。", [(T.COMPANY, "某某科技有限公司")]),
    ("石家庄市友协会见了秘鲁—中国友好协会代表团。", [(T.ORGANIZATION, "秘鲁—中国友好协会")]),
    # a county's cultural centre and a community's health centre named by their place
    ("正定县文化馆举办非遗展演。", [(T.ORGANIZATION, "正定县文化馆")]),
    ("石家庄市长安区建北街道社区卫生服务中心开展义诊活动。",
     [(T.ORGANIZATION, "石家庄市长安区建北街道社区卫生服务中心")]),
    # a national body and its unit, where the body's last character and the unit's first are a
    # post too (水利部长 is a word to jieba, but not as it cuts here)
    ("水利部长江水利委员会召开防汛工作会议。", [(T.AGENCY, "水利部长江水利委员会")]),
    # a body of a district's level after one opening with that district and a join word is
    # that district's, where no template read the first (a street's office, split from it)
    ("衡水市桃城区河东街道办事处联合区消防救援大队开展消防演练。", [(T.AGENCY, "衡水市桃城区消防救援大队")]),
    # a county's government named by its level alone, where the article names no county
    ("县委、县政府高度重视安全生产工作。", [(T.AGENCY, "县委"), (T.AGENCY, "县政府")]),
    # a subdistrict (街道) after its district, as a town is, and its office and Party committee
    ("邯郸市丛台区光明桥街道办事处开展消防安全检查。",
     [(T.PLACE, "光明桥街道"), (T.AGENCY, "邯郸市丛台区光明桥街道办事处")]),
    ("保定市竞秀区先锋街道办联合辖区派出所开展反诈宣传。", [(T.AGENCY, "保定市竞秀区先锋街道办事处")]),
    ("石家庄市桥西区友谊街道党工委组织党员开展志愿服务。",
     [(T.AGENCY, "中共石家庄市桥西区友谊街道工作委员会")]),
    ("唐山市路北区乔屯街道、文化路街道等5个街道参加评比。", [(T.PLACE, "乔屯街道"), (T.PLACE, "文化路街道")]),
    # bodies acting together before a verb opening with 会 (联合|会商), not a federation
    ("黄河水利委员会水文局和山东黄河河务局联合会商。", [(T.AGENCY, "山东黄河河务局")]),
    ("中国气象局国家气候中心联合会商,发布年度气候预测。", [(T.AGENCY, "中国气象局国家气候中心")]),
    ("省总工会、省妇女联合会联合举办表彰大会。", [(T.ORGANIZATION, "河北省妇女联合会")]),
    # 团市委 after a city's name, short or full, is that city's League committee
    ("临沂团市委组织青年志愿者开展环保活动。", [(T.ORGANIZATION, "共青团临沂市委")]),
    ("山东省临沂市团市委举办青年创业大赛。", [(T.ORGANIZATION, "共青团临沂市委")]),
    # a farmers' cooperative's trade, a verb, inside its name; a particle jieba glued to the name
    ("阜平县的种植大户王建国成立了鑫农种植专业合作社。", [(T.COMPANY, "鑫农种植专业合作社")]),
    ("记者走进金穗种植专业合作社,理事长张海介绍了经验。", [(T.COMPANY, "金穗种植专业合作社")]),
    # a city's short name before a word its level's word opens (邢台|市场监管局): the body is the city's;
    # not where a body's name goes on from the level's word (山西|省委)
    ("邢台市场监管局开展食品安全专项检查。", [(T.AGENCY, "邢台市市场监督管理局")]),
    ("山西省委召开常委会会议。", [(T.AGENCY, "中共山西省委")]),
    # a surname and withheld marks before a firm's name are a person, not the firm's opening
    ("河北省人民政府国有资产监督管理委员会党委书记、主任王某某到开滦集团调研。",
     [(T.PERSON, "王某某"), (T.COMPANY, "开滦集团")]),
    # a place that opens a firm's name, whatever jieba tags it (大连, an adverb to jieba)
    ("大连市生态环境局对大连某某化工有限公司罚款10万元。", [(T.COMPANY, "大连某某化工有限公司")]),
    # what one body does to a firm, before the place its name opens with, is not in the name
    ("石家庄市商务局表彰石家庄某某商贸有限公司等10家企业。", [(T.COMPANY, "石家庄某某商贸有限公司")]),
    ("衡水市应急管理局约谈衡水某某化工有限公司主要负责人。", [(T.COMPANY, "衡水某某化工有限公司")]),
    ("沧州市市场监管局依法查处沧州某某食品有限公司。", [(T.COMPANY, "沧州某某食品有限公司")]),
    ("邢台市人力资源和社会保障局责令邢台某某建筑工程有限公司支付拖欠的工资。",
     [(T.COMPANY, "邢台某某建筑工程有限公司")]),
    ("保定市市场监管局依法吊销某某餐饮有限公司营业执照。", [(T.COMPANY, "某某餐饮有限公司")]),
    # a town whose 镇 jieba glued to the village's first character after it (镇上|村, 镇余|村)
    ("平山县岗南镇上村开展人居环境整治。", [(T.PLACE, "岗南镇")]),
    ("浙江省湖州市安吉县天荒坪镇余村村党支部书记汪某某介绍了村里的发展变化。", [(T.PLACE, "天荒坪镇")]),
    ("山西省平遥县段村镇东游驾村入选中国传统村落名录。", [(T.PLACE, "段村镇")]),
    ("井陉县天长镇小作村入选中国传统村落名录。", [(T.PLACE, "天长镇")]),     # (jieba: 镇小作村)
    # a maternal and child health hospital (保健院) ends an organisation's name
    ("沧州市妇幼保健院院长王某表示,医院将开设夜间门诊。", [(T.ORGANIZATION, "沧州市妇幼保健院")]),
    # a town's name of four characters jieba reads as one word
    ("阿拉善左旗巴彦浩特镇党委书记张某某介绍情况。", [(T.PLACE, "巴彦浩特镇")]),
    # a town right under a city with no districts or counties
    ("中山市小榄镇人民政府发布防汛通告。", [(T.PLACE, "小榄镇")]),
    ("儋州市那大镇、和庆镇等地开展人居环境整治。", [(T.PLACE, "那大镇"), (T.PLACE, "和庆镇")]),
    # a bare Party organ after a body and 原 is that body's
    ("邢台市襄都区教育局原党组书记、局长陈某某被开除党籍和公职。", [(T.AGENCY, "邢台市襄都区教育局党组")]),
    # a joint venture's partners joined by a hyphen
    ("一汽-大众汽车有限公司华北基地在天津投产。", [(T.COMPANY, "一汽-大众汽车有限公司")]),
    # a trade that is a title right before a firm's or an organisation's ending is in its name
    ("河北某某律师事务所律师王某表示,将依法维权。", [(T.COMPANY, "河北某某律师事务所"), (T.PERSON, "王某")]),
    ("石家庄某某会计师事务所出具了审计报告。", [(T.COMPANY, "石家庄某某会计师事务所")]),
    # a withheld name before a place whose name holds a shop's word is no shop (小店区)
    ("督导组组长王某某到小店区、晋源区检查安全生产工作。", [(T.PLACE, "小店区"), (T.PERSON, "王某某")]),
    # a short name of a division of the article's province opens a firm's name, though jieba
    # reads it as a verb or a word of its own (辛集, 正定, 大名)
    ("县市场监管局对辛集某某皮革有限公司罚款3万元。", [(T.COMPANY, "辛集某某皮革有限公司")]),
    ("正定某某食品有限公司被责令停产整顿。", [(T.COMPANY, "正定某某食品有限公司")]),
    # ... where the recogniser's name begins after it (辛集|东明皮革有限公司: 东明 a county's short name)
    ("辛集东明皮革有限公司成立于2005年。", [(T.COMPANY, "辛集东明皮革有限公司")]),
    # ... or from a brand in Latin letters the recogniser's name begins after
    ("OPPO广东移动通信有限公司在东莞举行新品发布会。", [(T.COMPANY, "OPPO广东移动通信有限公司")]),
    # ... or from a group's name jieba's dictionary holds as a proper name
    ("国家电网山东省电力有限公司今年完成电网投资180亿元。", [(T.COMPANY, "国家电网山东省电力有限公司")]),
    # a Party committee's inspection team is an agency of the committee's
    ("市委第二巡察组向市卫健委党组反馈巡察情况。", [(T.AGENCY, "中共石家庄市委第二巡察组")]),
    ("按照省委统一部署,省委第三巡视组近日进驻邢台市开展常规巡视。", [(T.AGENCY, "中共河北省委第三巡视组")]),
    # the Youth League's committee is an organisation whatever its name ends in
    ("活动由共青团邯郸市委员会指导,邯郸某某文化传媒有限公司协办。", [(T.ORGANIZATION, "共青团邯郸市委员会")]),
    # a project named as its clause's subject, then what happens to it
    ("河北某某环保科技有限公司年产10万吨再生资源综合利用项目在沧州临港经济技术开发区开工建设。",
     [(T.PROGRAM, "河北某某环保科技有限公司年产10万吨再生资源综合利用项目")]),
    ("总投资50亿元的石家庄某某数据中心项目日前签约落地。", [(T.PROGRAM, "石家庄某某数据中心项目")]),
    # ... a work of engineering so too, and the words that open the clause are not the name's
    ("由某某建工集团承建的邯郸市会展中心二期工程顺利通过竣工验收。", [(T.PROGRAM, "邯郸市会展中心二期工程")]),
    ("京雄高速公路河北段工程全线贯通。", [(T.PROGRAM, "京雄高速公路河北段工程")]),
    ("全市签约项目20个,其中沧州某某化工新材料项目已投产。", [(T.PROGRAM, "沧州某某化工新材料项目")]),
    ("目前某某新能源电池项目已开工建设。", [(T.PROGRAM, "某某新能源电池项目")]),
    ("某某县教师周转房项目建成投用。", [(T.PROGRAM, "某某县教师周转房项目")]),
    # ... an organisation at a project's head is named too, as a firm or an agency is
    ("邢台市人民医院新院区项目投入使用。",
     [(T.ORGANIZATION, "邢台市人民医院"), (T.PROGRAM, "邢台市人民医院新院区项目")]),
    # a discipline commission's group stationed in a body is the commission's, named with that body
    ("中央纪委国家监委驻教育部纪检监察组召开警示教育大会。", [(T.AGENCY, "中央纪委国家监委驻教育部纪检监察组")]),
    ("邢台市纪委监委派驻市教育局纪检监察组开展专项监督。", [(T.AGENCY, "邢台市纪委监委派驻邢台市教育局纪检监察组")]),
    # a division inside a word jieba's dictionary holds whole with its province's or city's name
    ("上海市浦东新区人民政府与某某集团签署合作协议。", [(T.PLACE, "浦东新区"), (T.PLACE, "上海市")]),
    ("云南省楚雄彝族自治州人民政府印发通知。", [(T.PLACE, "楚雄彝族自治州")]),
    # a body's name written in full is its standard name, not another province's for the same office
    ("丛台区行政审批局局长孙某某介绍情况。", [(T.AGENCY, "邯郸市丛台区行政审批局")]),
    # a unit another body owns (所属), named with its own place
    ("秦皇岛海关所属山海关海关查获一批走私冻品。", [(T.AGENCY, "秦皇岛海关"), (T.AGENCY, "山海关海关")]),
    # a body's bare name that needs a place, listed with national bodies, is the national one
    ("商务部、发改委、证监会联合发布通知。", [(T.AGENCY, "国家发展和改革委员会")]),
    ("财政部、国资委联合印发《中央企业财务决算报告管理办法》。", [(T.AGENCY, "国务院国有资产监督管理委员会")]),
    # ... or with its own name (a rare word), read apart from its owner
    ("天津海关所属新港海关查获一起走私冻品案。", [(T.AGENCY, "天津海关"), (T.AGENCY, "新港海关")]),
    ("黄埔海关所属新塘海关查获走私案。", [(T.AGENCY, "新塘海关")]),
    # bureaus cities and counties merged, and the data bureaus of the 2023 reform, by their standard names
    ("市教育和体育局组织开展校园安全检查。", [(T.AGENCY, "石家庄市教育和体育局")]),
    ("开封市行政审批和政务信息管理局开展业务培训。", [(T.AGENCY, "开封市行政审批和政务信息管理局")]),
    ("市科工信局局长王某某介绍情况。", [(T.AGENCY, "石家庄市科学技术和工业信息化局")]),
    ("省数据局印发《河北省公共数据授权运营管理办法》。", [(T.AGENCY, "河北省数据局")]),
    # an award or a founding verb ends a name (获批, 荣获, 设立, 下设)
    ("故城县某某蔬菜专业合作社获批国家级农民合作社示范社。", [(T.COMPANY, "故城县某某蔬菜专业合作社")]),
    ("沧州某某实业公司投资设立某某新材料有限公司。", [(T.COMPANY, "某某新材料有限公司")]),
    ("邯郸某某控股集团下设某某商贸有限公司。", [(T.COMPANY, "某某商贸有限公司")]),
    # a family farm or a ranch whose name a notice withholds is a firm
    ("丰宁满族自治县某某家庭农场被罚款5000元。", [(T.COMPANY, "丰宁满族自治县某某家庭农场")]),
    # a name right after a dateline, the space between them gone, opens after it
    ("本报讯辛集市某某皮革制品有限公司获评省级专精特新企业。", [(T.COMPANY, "辛集市某某皮革制品有限公司")]),
    ("新华社石家庄11月2日电河北某某建材有限公司被罚款5万元。", [(T.COMPANY, "河北某某建材有限公司")]),
    ("本报邯郸3月5日讯邯郸某某科技有限公司获评高新技术企业。", [(T.COMPANY, "邯郸某某科技有限公司")]),
    # a development zone's committees, named after the zone, the second listed after the first
    ("中国(河北)自由贸易试验区曹妃甸片区管理委员会发布首批制度创新案例。",
     [(T.AGENCY, "中国(河北)自由贸易试验区曹妃甸片区管理委员会")]),
    ("沧州渤海新区党工委、管委会联合印发通知。", [(T.AGENCY, "沧州渤海新区党工委"), (T.AGENCY, "沧州渤海新区管委会")]),
    # ... and a zone's department, its bureau
    ("会上,唐山高新区科技创新局与某某科技有限公司签署合作协议。", [(T.AGENCY, "唐山高新区科技创新局")]),
    ("雄安新区改革发展局副局长李某介绍。", [(T.AGENCY, "雄安新区改革发展局")]),
    # a Japanese or Korean firm's legal form
    ("日本松下电器产业株式会社社长津贺一宏访华。", [(T.COMPANY, "日本松下电器产业株式会社")]),
    ("韩国现代汽车株式会社与某某集团签署合作协议。", [(T.COMPANY, "韩国现代汽车株式会社")]),
    # a firm's name reads on past its full legal form into a unit of the firm, not into a deed
    ("邢台某某科技有限公司投资建设新厂。", [(T.COMPANY, "邢台某某科技有限公司")]),
    ("衡水某某橡胶有限公司新建工厂投产。", [(T.COMPANY, "衡水某某橡胶有限公司")]),
    ("某某证券股份有限公司石家庄分公司开业。", [(T.COMPANY, "某某证券股份有限公司石家庄分公司")]),
    ("某某集团有限公司第二水泥厂停产检修。", [(T.COMPANY, "某某集团有限公司第二水泥厂")]),
    ("河北某某钢铁有限公司炼钢厂开展安全检查。", [(T.COMPANY, "河北某某钢铁有限公司炼钢厂")]),
    # a word of where (区内, 县内, 园区内) before a name its place or a withheld part opens is no part of it
    ("区内邢台某某微电子有限公司等12家企业入选名单。", [(T.COMPANY, "邢台某某微电子有限公司")]),
    ("县内某某建材有限公司被责令停产整顿。", [(T.COMPANY, "某某建材有限公司")]),
    ("园区内河北某某科技有限公司开展应急演练。", [(T.COMPANY, "河北某某科技有限公司")]),
    ("杭州某某室内设计有限公司开业。", [(T.COMPANY, "杭州某某室内设计有限公司")]),
    # a body's team is no body: the body is named
    ("邢台市人民医院骨科专家团队成功完成一例高难度手术。", [(T.ORGANIZATION, "邢台市人民医院")]),
    # a project listed before 等一批…项目 whose name ends in 项目 keeps it once
    ("其中,邢台某某新能源有限公司储能电站项目、某某光伏电池片项目等一批重大项目相继投产。",
     [(T.PROGRAM, "邢台某某新能源有限公司储能电站项目")]),
    # a special administrative region's government is no people's government
    ("香港特别行政区政府与广东省人民政府签署合作协议。", [(T.AGENCY, "香港特别行政区政府")]),
    ("澳门特别行政区政府经济财政司司长李明出席论坛。", [(T.AGENCY, "澳门特别行政区政府经济财政司")]),
    # a body after 该市, 该县 is of the place of that level named last; after 我市, 本市 or
    # 其市 (a person's) of the article's
    ("芜湖市发生一起命案。案发后,该市公安局和镜湖分局迅速成立专案组。", [(T.AGENCY, "芜湖市公安局")]),
    ("保定市涞源县召开大会,该县人民政府发布通告。", [(T.AGENCY, "涞源县人民政府")]),
    ("我市公安局破获一起电信诈骗案。", [(T.AGENCY, "石家庄市公安局")]),
    ("本市教育局发布中考招生通知。", [(T.AGENCY, "石家庄市教育局")]),
    ("任命王某为市公安局副局长,免去其市交通运输局副局长职务。", [(T.AGENCY, "石家庄市交通运输局")]),
    # a Party committee and its government written together, no word between: both, the
    # second of the first's place
    ("邢台市委市政府召开全市经济工作会议。", [(T.AGENCY, "中共邢台市委"), (T.AGENCY, "邢台市人民政府")]),
    ("县委县政府大力实施乡村振兴战略。", [(T.AGENCY, "县委"), (T.AGENCY, "县政府")]),
    # an inspection team the centre or a Party committee sends is an agency, a unit of it
    ("中央第二生态环境保护督察组向河北省反馈督察情况。", [(T.AGENCY, "中央第二生态环境保护督察组")]),
    ("国务院第十督查组到河北开展实地督查。", [(T.AGENCY, "国务院第十督查组")]),
    # a new round of a programme is named so (新一轮千亿斤粮食产能提升行动, the state's own name)
    ("省农业农村厅启动实施新一轮千亿斤粮食产能提升行动。", [(T.PROGRAM, "新一轮千亿斤粮食产能提升行动")]),
    # short names listed before a programme's share its ending
    ("省生态环境厅部署深入打好蓝天、碧水、净土保卫战。",
     [(T.PROGRAM, "蓝天保卫战"), (T.PROGRAM, "碧水保卫战"), (T.PROGRAM, "净土保卫战")]),
    # ... the body after a joining verb the sentence opens with an adverb, or before a verb
    # that founds another
    ("高新区将联合电子科技大学、四川大学共建人工智能创新中心。", [(T.ORGANIZATION, "电子科技大学")]),
    ("该公司并联合河北工业大学成立研究院。", [(T.ORGANIZATION, "河北工业大学")]),
    ("开发区将联合燕山大学共建研究院。", [(T.ORGANIZATION, "燕山大学")]),
    # a body named by its level and what it does, its words common ones: the county's own
    ("县职业技术教育中心学生获奖。", [(T.ORGANIZATION, "县职业技术教育中心")]),
    ("县农业技术推广中心技术员李某说,今年小麦长势良好。", [(T.ORGANIZATION, "县农业技术推广中心")]),
    # a factory named by its place and its trade
    ("邯郸市峰峰矿区印刷厂今年完成技改。", [(T.COMPANY, "邯郸市峰峰矿区印刷厂")]),
    # a town of four characters jieba reads as rare words, before its committee
    ("喀什地区疏附县托克扎克镇党委书记艾尔肯·吐尔逊介绍了当地发展情况。", [(T.PLACE, "托克扎克镇")]),
    # Xinjiang's prefectures by their short names (伊犁哈萨克自治州, no 族 after its people)
    ("伊犁州霍城县萨尔布拉克镇镇长阿依古丽说。", [(T.PLACE, "伊犁哈萨克自治州"), (T.PLACE, "萨尔布拉克镇")]),
    # a body of two parties joined by a dash, the second a lexicon's body (东盟)
    ("中国—东盟商务理事会执行理事长许宁宁表示。", [(T.ORGANIZATION, "中国—东盟商务理事会")]),
    # a town before its east or west, which jieba reads as one word with its 镇 (镇东)
    ("舟山市普陀区东极镇东福山岛上的居民不足百人。", [(T.PLACE, "东极镇")]),
    # bodies joined in a notice's title, each named in full
    ("中共中央办公厅、国务院办公厅关于做好元旦春节期间有关工作的通知",
     [(T.AGENCY, "中共中央办公厅"), (T.AGENCY, "国务院办公厅")]),
])
def test_finds(pipeline, text, expected):
    names, _ = extract(pipeline, text)
    for item in expected:
        assert item in names, (item, names)


@pytest.mark.parametrize("text, not_expected", [
    ("今年以来全市长江干流水质稳定保持Ⅱ类。", (T.PERSON, "江干流")),       # 全市|长江, no 市长
    # a joining verb after an adverb or a conjunction is the sentence's, not a name's first
    # word; a body founded after a body's name is none of its name
    ("高新区将联合电子科技大学、四川大学共建人工智能创新中心。", (T.ORGANIZATION, "联合电子科技大学")),
    ("该公司并联合河北工业大学成立研究院。", (T.ORGANIZATION, "河北工业大学成立研究院")),
    ("该公司并联合河北工业大学成立研究院。", (T.ORGANIZATION, "研究院")),
    ("市商务局、发改委联合开展检查。", (T.AGENCY, "国家发展和改革委员会")),  # listed with a city's body
    ("全省长江流域禁渔工作有序推进。", (T.PERSON, "江流域")),
    ("太原市小店区北格镇举行农民丰收节。", (T.PLACE, "区北格镇")),          # a town cut from its district
    ("全省共有钢铁、焦化等100余家企业。", (T.COMPANY, "钢铁")),              # trades, not firms
    ("特区政府将推出新一轮电子消费券计划。", (T.COMPANY, "新一轮电子")),      # a round, no brand
    ("全县实施精准招商行动和市场环境优化行动。", (T.PROGRAM, "精准招商行动和市场环境优化行动")),  # two
    ("各市生态环境局要加强执法监管。", (T.AGENCY, "石家庄市生态环境局")),     # every city's
    ("全市公安机关开展夏季治安打击整治行动。", (T.AGENCY, "石家庄市公安局")),
    ("邢台某某科技有限公司投资建设新厂。", (T.COMPANY, "邢台某某科技有限公司投资建设新厂")),
    ("邢台市人民医院骨科专家团队成功完成一例高难度手术。", (T.ORGANIZATION, "邢台市人民医院骨科专家团队")),
    ("唐山某某钢铁股份有限公司投资建设新工厂。", (T.COMPANY, "唐山某某钢铁股份有限公司投资建设新工厂")),
    ("全省共有钢铁、焦化等100余家企业。", (T.COMPANY, "焦化")),
    ("全市共有纺织、印染等80余家企业。", (T.COMPANY, "纺织")),
    ("各市、县人民政府要加强组织领导。", (T.AGENCY, "县人民政府")),      # a list of generic bodies
    ("全国性行业协会商会要发挥作用。", (T.ORGANIZATION, "全国性行业协会商会")),  # every one of a kind
    ("今年全省将新建改扩建幼儿园300所。", (T.ORGANIZATION, "新建改扩建幼儿园")),  # what is built, no name
    ("新华区和长安区的街道办事处负责人参加会议。", (T.PLACE, "和长安区的街道")),  # no subdistrict's name
    ("各设区市人民政府要加强组织领导。", (T.AGENCY, "石家庄市人民政府")),  # a kind of city, no one city
    ("全省11个地级市政府均已出台实施方案。", (T.AGENCY, "石家庄市人民政府")),
    ("村里的专业合作社带动农户增收。", (T.COMPANY, "专业合作社")),        # a kind of firm, no name
    ("全市融媒体中心负责人介绍了相关情况。", (T.ORGANIZATION, "全市融媒体中心")),  # no name
    ("全市融媒体中心负责人介绍了相关情况。", (T.ORGANIZATION, "石家庄市融媒体中心")),
    ("各市图书馆延长开放时间。", (T.ORGANIZATION, "石家庄市图书馆")),
    ("镇上的农民合作社种植了500亩玉米。", (T.COMPANY, "农民合作社")),
    ("由省文化和旅游厅主办、保定市文化和旅游局承办的“燕赵文旅惠民季”活动正式启动。",
     (T.PROGRAM, "承办的燕赵文旅惠民季活动")),
    ("某茶业集团与一家银行携手推出理财产品。", (T.COMPANY, "某茶业集团")),  # a firm described, no name
    ("李村从去年开始实施垃圾分类。", (T.PERSON, "李村")),                    # a village, not a person
    ("张庄表示将继续做好服务。", (T.PERSON, "张庄")),
    ("联想公司发言人周三称,新款电脑将于下月上市。", (T.PERSON, "周三称")),    # a weekday, not a name
    ("大家都说“这次活动”办得很好。", (T.PROGRAM, "这次活动")),               # a short quote, no verb before it
    ("会议要求发布关于本次活动的消息。", (T.PROGRAM, "关于本次活动的消息")),       # no document's ending word
    ("省教育厅招生录取工作正式启动。", (T.PROGRAM, "招生录取工作")),          # generic work, not a programme
    ("市卫健委防汛工作全面启动。", (T.PROGRAM, "防汛工作")),
    ("邯郸市城区内交通拥堵。", (T.PLACE, "城区")),                          # a common word, not a district
    ("国家统计局局长康义介绍了经济运行情况。", (T.AGENCY, "国家统计局局长")),  # a post, not a bureau
    ("邯郸学院举办招聘会。", (T.PLACE, "邯郸市")),                       # a short name inside a name
    ("石家庄市长安区城乡建设局发布通知。", (T.PLACE, "城乡")),               # not a town after its district
    ("正定县乡镇企业局开展检查。", (T.PLACE, "乡镇")),
    ("正定县所辖乡镇全部完成任务。", (T.PLACE, "所辖乡镇")),
    ("正定县乡镇长培训班开班。", (T.PLACE, "乡镇")),
    ("会议由县委副书记、代县长高某某主持。", (T.PLACE, "代县")),
    ("涉县组织干部送温暖下乡。", (T.PLACE, "送温暖下乡")),  # a phrase, not a town's name
    # a caption's position in brackets is no byline's name
    ("图为市委书记王某某(左二)在企业调研。", (T.PERSON, "左二")),
    ("图为王某某(右一)、李某(左三)在车间调研。", (T.PERSON, "左三")),
    # a country's name is no person's, to the rules or to the recogniser
    ("汤加表示将继续加强与中国的合作。", (T.PERSON, "汤加")),
    ("文莱认为,双方合作潜力巨大。", (T.PERSON, "文莱")),
    ("马拉维新政府成立后不久,第一次召开内阁会议。", (T.PERSON, "马拉维")),
    # a bureau held with another bureau's post is a body of its own, not a unit of the first
    ("香港特区政府民政事务局局长、政制事务局局长李某出席。", (T.AGENCY, "香港特区政府民政事务局政制事务局")),
    # a body's board or standing organ by its word alone names no body
    ("邢台市工商业联合会召开第三届执委会。", (T.ORGANIZATION, "执委会")),
    ("省慈善总会召开第五届理事会第二次会议。", (T.ORGANIZATION, "第五届理事会")),
    ("涉县井店镇、城镇居民收入稳步增长。", (T.PLACE, "城镇")),                # "urban", not a town
    ("灯塔工厂建设稳步推进。", (T.COMPANY, "灯塔工厂")),                     # a kind of factory
    ("这是一所综合性大学,也是研究型大学。", (T.ORGANIZATION, "综合性大学")),  # kinds of university
    ("这是一所综合性大学,也是研究型大学。", (T.ORGANIZATION, "研究型大学")),
    ("他在一所私立大学任教。", (T.ORGANIZATION, "私立大学")),
    ("今年预算安排了200亿元,2024年预算执行良好。", (T.PROGRAM, "2024年预算")),  # a budget of no scope
    ("民进党当局拒不承认九二共识。", (T.ORGANIZATION, "中国民主促进会")),      # 民进党 is not 民进
    ("民盟邯郸市委组织专家下乡义诊。", (T.AGENCY, "中共邯郸市委")),            # a party's committee, not the CPC's
    ("民革省委会召开理论学习会。", (T.AGENCY, "中共河北省委")),
    ("邢台市市场监督管理局联合市公安局开展专项整治。", (T.AGENCY, "石家庄市公安局")),
    ("记者从保定市市场监督管理局获悉,该局联合市公安局开展专项整治。", (T.AGENCY, "石家庄市公安局")),
    ("唐山市教育局、县公安局联合开展检查。", (T.AGENCY, "唐山市公安局")),  # 县 names another place
    ("保定市竞秀区先锋街道联合辖区派出所开展消防安全检查。", (T.AGENCY, "保定市竞秀区先锋街道联合辖区派出所")),
    ("国家税务总局长治市税务局稽查局依法查处一起虚开发票案件。",
     (T.AGENCY, "国家税务总局长治市税务局稽查局依法查处")),                # 查处 is a verb, not a 处
    ("淄博市张店区马尚街道联合区卫健局开展义诊进社区活动。",              # two bodies, not one
     (T.AGENCY, "淄博市张店区马尚街道联合区卫健局")),
    ("全县各乡镇卫生院均已完成标准化改造。", (T.ORGANIZATION, "全县各乡镇卫生院")),  # every one of a kind
    ("社区卫生服务中心为老人开展义诊。", (T.ORGANIZATION, "社区卫生服务中心")),     # no name
    ("公司董事长王传福表示,将继续加大研发投入。", (T.COMPANY, "公司")),        # a legal form alone
    ("村党群服务中心里,老人们正在下棋。", (T.AGENCY, "村党群服务中心")),      # a village's, unnamed
    ("市场监管部门对当事人王某处以罚款500元。", (T.AGENCY, "石家庄市场监管部门")),  # 市场 opens no city's body
    ("邢台市市场监督管理局会同县公安局开展联合执法。",                        # 会同 joins, 会同县 is no county here
     (T.AGENCY, "邢台市市场监督管理局会同县公安局")),
    ("邢台市市场监督管理局会同县公安局开展联合执法。", (T.PLACE, "会同县")),
    ("正定县召开会议,由县应急管理局牵头,会同县林业局开展检查。", (T.PLACE, "会同县")),
    ("豫政办〔2023〕21号文件要求,各地要加强统筹。", (T.AGENCY, "豫政办")),  # a document number's code
    ("按照国办函[2023]8号文件精神抓好落实。", (T.AGENCY, "国务院办公厅")),
    ("原告李某诉西安某某餐饮管理有限公司劳动争议一案已审结。",            # a party withheld, then the firm sued
     (T.COMPANY, "李某诉西安某某餐饮管理有限公司")),
    ("省人民医院组织医疗队驰援灾区。", (T.ORGANIZATION, "河北省人民医院组织医疗队")),  # what it does
    ("河北工业大学与省科学技术厅共建重点实验室。", (T.AGENCY, "河北省科学技术厅共建重点实验室")),
    ("市总工会、市妇联、团市委联合举办青年联谊活动。", (T.AGENCY, "中共石家庄市委")),  # the League's
    ("记者从市人民医院获悉,该院新开设了夜间门诊。", (T.ORGANIZATION, "从市人民医院")),  # a preposition
    ("年轻人很难专注于某个爱好。", (T.PERSON, "于某")),  # 于 a preposition before 某个, not a surname
    ("丰华县政府召开常务会议。", (T.AGENCY, "县政府")),  # a county the divisions do not know, not the article's
    ("全县政府系统干部参加培训。", (T.AGENCY, "县政府")),  # every government of the county
    ("长江委水文局联合会商,研判长江流域汛情。", (T.ORGANIZATION, "长江委水文局联合会")),
    ("该县培育了一批农民专业合作社。", (T.COMPANY, "农民专业合作社")),  # a kind of firm, no name
    ("邢台市信都区主要街道两侧的广告牌已全部拆除。", (T.PLACE, "主要街道")),  # streets, not a subdistrict
    ("石家庄市新华区部分街道实施交通管制。", (T.PLACE, "部分街道")),
    ("正定县所辖街道全部完成老旧小区改造。", (T.PLACE, "所辖街道")),
    ("邯郸市丛台区光明桥街道办理民生实事120件。",                           # 办理 is a verb
     (T.AGENCY, "邯郸市丛台区光明桥街道办事处")),
    ("村党支部书记、村委会主任王某说,今年村里修了3条路。", (T.ORGANIZATION, "村委会")),  # no village named
    ("长安区建北街道跃进社区党委书记、居委会主任刘芳走访老人。", (T.ORGANIZATION, "居委会")),  # but the community's
    ("中国—东盟博览会在南宁开幕。", (T.ORGANIZATION, "中国—东南亚国家联盟")),  # ASEAN is no country
    ("中国某某集团有限公司总部设在北京。", (T.AGENCY, "中国某某集团有限公司总部")),  # a firm's seat
    # a firm or school described after 一家, 一所, not named (the rules' endings)
    ("夫妻俩返乡创业,开办了一家农产品电商公司。", (T.COMPANY, "农产品电商公司")),
    ("爱心人士在山区援建了一所电商学校。", (T.ORGANIZATION, "电商学校")),
    # a name's surname again opening a form of address after it (李强|李总) is no part of it
    ("下面有请河北某某集团董事长李强李总致辞。", (T.PERSON, "李强李")),
    ("邢台某某公司总经理张伟张总介绍了企业发展情况。", (T.PERSON, "张伟张")),
    # a headline of two characters is no photo's credit
    ("简讯\n近日,市教育局召开全市中小学安全工作会议。", (T.PERSON, "简讯")),
    # a court's verb ends a withheld firm's name read back (jieba tags 一审判决 a name)
    ("邢台市中级人民法院一审判决河北某某房地产开发有限公司支付工程款。",
     (T.COMPANY, "邢台市中级人民法院一审判决河北某某房地产开发有限公司")),
    # a trade before a firm's ending with no name before it is a kind of firm
    ("年报须经境内会计师事务所审计。", (T.COMPANY, "境内会计师事务所")),
    # an issuer's code before a document's number names no person
    ("河北省教育厅关于做好学生资助工作的通知\n冀教财〔2026〕15号\n各市教育局:", (T.PERSON, "冀教财")),
    # ... a name read inside a longer code, before its last characters
    ("行政处罚决定书 冀石市监罚〔2025〕128号\n当事人:石家庄某某餐饮管理有限公司", (T.PERSON, "冀石市")),
    # no town of five characters read out of a word going on past its 乡 (住房和城乡建设局)
    ("邢台市襄都区住房和城乡建设局副局长王某出席。", (T.PLACE, "住房和城乡")),
    # the body heading a document named after it is the longest there, not the government too
    ("河北省人民政府办公厅关于印发河北省数字经济发展规划的通知", (T.AGENCY, "河北省人民政府")),
    # projects counted, or a kind of project described, are named by no project
    ("今年以来,全市共有120个项目开工建设。", (T.PROGRAM, "全市共有120个项目")),
    ("今年以来,全省共有300项工程开工。", (T.PROGRAM, "全省共有300项工程")),
    ("全市重点工程开工建设。", (T.PROGRAM, "全市重点工程")),
    ("全市实施省市重点项目326个,完成投资1200亿元。", (T.PROGRAM, "省市重点项目")),
    ("今年全县实施重大民生工程12项。", (T.PROGRAM, "重大民生工程")),
    # ... projects starting together are named by none, and a clause with a person by their post is theirs
    ("正定县2025年第二季度重大项目集中开工。", (T.PROGRAM, "正定县2025年第二季度重大项目")),
    ("县委书记赵某某宣布项目开工。", (T.PROGRAM, "县委书记赵某某宣布项目")),
    ("市长孙立新宣布项目正式开工。", (T.PROGRAM, "市长孙立新宣布项目")),
    ("邢台市与某某集团签约的新能源汽车零部件项目落地任泽区。", (T.PROGRAM, "新能源汽车零部件项目")),
    # what is done at a place, read back from a factory's ending (扩建工厂 one word to jieba)
    ("某某集团宣布在唐山扩建工厂。", (T.COMPANY, "唐山扩建工厂")),
    # a short title that is a document's kind alone names nothing where no full title came before
    ("《意见》提出,到2027年,全省单位生产总值能耗比2020年下降15%。", (T.PROGRAM, "意见")),
    # a date before a name is the sentence's, not the name's
    ("2024年度石家庄某某科技有限公司纳税超过1亿元。", (T.COMPANY, "2024年度石家庄某某科技有限公司")),
    ("2025年度省级重点实验室建设名单公布。", (T.ORGANIZATION, "2025年度省级重点实验室")),
    # a rank alone before a body's ending names a kind of body, no one body
    ("认定省级重点实验室12家。", (T.ORGANIZATION, "省级重点实验室")),
    ("全省新增国家级示范合作社15家。", (T.ORGANIZATION, "国家级示范合作社")),
    ("该中心被评为国家重点实验室。", (T.ORGANIZATION, "国家重点实验室")),
    # a firm owned by another is named after the word that says so (旗下, 所属, 下属)
    ("河北某某集团有限公司旗下某某科技有限公司被罚款2万元。", (T.COMPANY, "河北某某集团有限公司旗下某某科技有限公司")),
    ("邢台某某集团有限公司所属某某物流有限公司开展安全培训。", (T.COMPANY, "邢台某某集团有限公司所属某某物流有限公司")),
    ("河北省律师协会会长孙某某当选为中华全国律师协会副会长。", (T.PERSON, "长孙某某")),
    ("市政府所属部门要加强协调。", (T.AGENCY, "市政府所属部门")),
    # a zone or a port opening a clause before a speech verb is no person (高新区: a name to jieba)
    ("高新区认为,创新是第一动力。", (T.PERSON, "高新区")),
    ("黄骅港强调,要确保安全生产。", (T.PERSON, "黄骅港")),
    # a surname and a form of address names no one (王大妈, 李大哥)
    ("村民王大妈笑着说,现在的日子越过越红火。", (T.PERSON, "王大妈")),
    ("李大哥一家今年种了30亩大棚蔬菜。", (T.PERSON, "李大哥")),
    # what is done to a factory at a place, one word with its 厂 to jieba (建厂, 设厂), names no firm
    ("该集团计划在沧州建厂。", (T.COMPANY, "沧州建厂")),
    ("某某科技股份有限公司在昆山投资设厂。", (T.COMPANY, "昆山投资设厂")),
    # ... nor where the word after the places is a deed no name holds (投产, 开工)
    ("某某汽车股份有限公司在唐山市丰南区投产新工厂。", (T.COMPANY, "唐山市丰南区投产新工厂")),
    # a bank's word before 间 is "interbank": no bank
    ("上海银行间同业拆放利率小幅上行。", (T.COMPANY, "上海银行")),
    # ... nor a new factory built there
    ("某某(中国)有限公司在厦门投资建设新工厂。", (T.COMPANY, "厦门投资建设新工厂")),
    # a surname after a preposition is no withheld name where the preposition makes a word with it
    ("对于某些企业存在的问题,要严格把关。", (T.PERSON, "于某")),
    ("各部门要严格把关某些关键环节。", (T.PERSON, "关某")),
    # no town of four characters where common words run up to 乡 or 镇
    ("该县组织全县乡镇党委书记参加培训。", (T.PLACE, "组织全县乡镇")),
    # money within a budget is no budget
    ("下达2026年中央预算内投资计划。", (T.PROGRAM, "2026年中央预算")),
    # a short name read across two words, opening inside one and ending inside the next
    ("该项目存在未批先建行为。", (T.COMPANY, "建行")),
    # a grade before a body's ending names a kind of body
    ("良渚博物院获评国家一级博物馆。", (T.ORGANIZATION, "国家一级博物馆")),
    ("中共中央办公厅、国务院办公厅关于做好元旦春节期间有关工作的通知", (T.AGENCY, "国务院")),
])
def test_traps(pipeline, text, not_expected):
    names, _ = extract(pipeline, text)
    assert not_expected not in names, names


@pytest.mark.parametrize("text, expected", [
    ("近日,省卫生健康委员会印发《河北省医疗机构管理实施细则》。",
     ("河北省医疗机构管理实施细则", P.ISSUED_BY, "河北省卫生健康委员会")),
    ("国务院办公厅印发《关于进一步优化营商环境的意见》。",
     ("关于进一步优化营商环境的意见", P.ISSUED_BY, "国务院办公厅")),
    ("廊坊市人民政府工作报告提出,今年要抓好十件大事。", ("廊坊市人民政府工作报告", P.ISSUED_BY, "廊坊市人民政府")),
    ("省应急管理厅印发《河北省地震应急预案》。", ("河北省地震应急预案", P.ISSUED_BY, "河北省应急管理厅")),
    # a law revised and passed by the congress that makes it
    ("《河北省水污染防治条例》经河北省第十四届人民代表大会常务委员会第九次会议修订通过。",
     ("河北省水污染防治条例", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    # the bodies a programme's next words say hold it together
    ("“书香燕赵”全民阅读活动由省委宣传部、省文化和旅游厅联合主办。",
     ("书香燕赵全民阅读活动", P.ORGANIZED_BY, "河北省文化和旅游厅")),
    ("“万村清洁”行动由省委农办统一组织。", ("万村清洁行动", P.ORGANIZED_BY, "中共河北省委农村工作领导小组办公室")),
    ("“燕赵好人”评选活动由省文明办、省总工会共同组织。", ("燕赵好人评选活动", P.ORGANIZED_BY, "河北省总工会")),
    # where the one body a sentence opens with lies, said in a later clause of its own
    ("河北某某机械有限公司成立于2008年,位于沧州市泊头市。", ("河北某某机械有限公司", P.LOCATED_IN, "泊头市")),
    # a notice of issue names its document whole (和 and all), in its headline (its lines joined, as
    # the reader joins them) or its own 《》
    ("保定市人民政府办公室 关于印发保定市推进设备更新和消费品以旧换新工作方案的通知",
     ("保定市推进设备更新和消费品以旧换新工作方案", P.ISSUED_BY, "保定市人民政府办公室")),
    ("为贯彻落实《国务院关于印发〈空气质量持续改善行动计划〉的通知》,结合我市实际,制定本方案。",
     ("空气质量持续改善行动计划", P.ISSUED_BY, "国务院")),
    # a technical code (规程) and a guide (指引) are documents too
    ("住房和城乡建设部发布《城镇燃气管道检测技术规程》。",
     ("城镇燃气管道检测技术规程", P.ISSUED_BY, "住房和城乡建设部")),
    ("省市场监管局印发《河北省企业反垄断合规指引》。",
     ("河北省企业反垄断合规指引", P.ISSUED_BY, "河北省市场监督管理局")),
    # ... and measures titled 举措 (若干举措, 服务举措)
    ("江西省人民政府办公厅印发《关于进一步优化营商环境的若干举措》。",
     ("关于进一步优化营商环境的若干举措", P.ISSUED_BY, "江西省人民政府办公厅")),
    ("衡水市公安局夏季治安打击整治行动正式启动。", ("夏季治安打击整治行动", P.ORGANIZED_BY, "衡水市公安局")),
    # a campaign of inspection or remedy (专项检查, 专项督查, 专项治理)
    ("县市场监管局开展校园周边食品安全专项检查。", ("校园周边食品安全专项检查", P.ORGANIZED_BY, "县市场监管局")),
    ("市水务局启动河道采砂专项治理。", ("河道采砂专项治理", P.ORGANIZED_BY, "石家庄市水务局")),
    ("省发展改革委副主任张建国表示,全省将继续加大投资。", ("张建国", P.WORKS_FOR, "河北省发展和改革委员会")),
    ("河北省石家庄市长安区建设北大街街道组织居民参加活动。", ("长安区", P.LOCATED_IN, "石家庄市")),
    ("吉林省延边朝鲜族自治州应急管理局开展安全检查。", ("延边朝鲜族自治州", P.LOCATED_IN, "吉林省")),
    ("省纪委监委驻省卫生健康委纪检监察组组长孙某某参加会议。",
     ("孙某某", P.WORKS_FOR, "河北省纪委监委驻河北省卫生健康委员会纪检监察组")),
    # a title in its marks named after the body that issues it
    ("省委办公厅、省政府办公厅转发了《省委组织部关于进一步激励干部担当作为的意见》。",
     ("省委组织部关于进一步激励干部担当作为的意见", P.ISSUED_BY, "中共河北省委组织部")),
    ("会议传达学习了《国务院办公厅关于进一步优化政务服务提升行政效能的意见》。",
     ("国务院办公厅关于进一步优化政务服务提升行政效能的意见", P.ISSUED_BY, "国务院办公厅")),
    # ... and the bodies joined to it there, issuing it together
    ("《省财政厅、省农业农村厅关于加强涉农资金管理的通知》近日印发。",
     ("省财政厅、省农业农村厅关于加强涉农资金管理的通知", P.ISSUED_BY, "河北省农业农村厅")),
    # the document a notice of issue names is issued by the notice's body
    ("河北省人民政府关于印发河北省国土空间规划(2021—2035年)的通知",
     ("河北省国土空间规划(2021—2035年)", P.ISSUED_BY, "河北省人民政府")),
    ("邢台市人民政府办公室关于印发邢台市物业管理办法的通知",
     ("邢台市物业管理办法", P.ISSUED_BY, "邢台市人民政府办公室")),
    ("阳泉市矿区举办招聘会。", ("矿区", P.LOCATED_IN, "阳泉市")),
    ("长治市潞州区举行重点项目集中开工仪式。", ("潞州区", P.LOCATED_IN, "长治市")),
    ("长沙市岳麓区消防救援大队开展消防检查。", ("岳麓区", P.LOCATED_IN, "长沙市")),
    # a division's head after its government named in the sentence is that government's
    ("湖南长沙县人民政府召开常务会议,县长刘建军主持。", ("刘建军", P.WORKS_FOR, "长沙县人民政府")),
    ("邢台市人民政府召开常务会议,市长王刚主持。", ("王刚", P.WORKS_FOR, "邢台市人民政府")),
    ("邯郸市丛台区光明桥街道办主任李华介绍了情况。", ("李华", P.WORKS_FOR, "邯郸市丛台区光明桥街道办事处")),
    # 校党委 after a university named before is its Party committee; 校长 is the university's
    ("河北大学举行开学典礼。校党委书记李明、校长王华出席。", ("李明", P.WORKS_FOR, "河北大学党委")),
    ("河北大学举行开学典礼。校党委书记李明、校长王华出席。", ("王华", P.WORKS_FOR, "河北大学")),
    ("民盟邯郸市委主委刘建华主持会议。", ("刘建华", P.WORKS_FOR, "中国民主同盟邯郸市委员会")),
    # 该局 in a later sentence: the last body of that kind the article named before
    ("邢台市市场监督管理局召开全市食品安全工作会议。该局局长刘明说,将加大执法力度。",
     ("刘明", P.WORKS_FOR, "邢台市市场监督管理局")),
    # a unit of a body read from the lexicon is named after the body's full name
    ("省发展改革委党组书记、主任李明主持会议。", ("李明", P.WORKS_FOR, "河北省发展和改革委员会党组")),
    ("省发展改革委党组书记、主任李明主持会议。", ("李明", P.WORKS_FOR, "河北省发展和改革委员会")),
    # a body's head written with the body's last character once: 外交部长, 公安局长
    ("外交部长王毅会见来访的法国客人。", ("王毅", P.WORKS_FOR, "外交部")),
    ("邢台市公安局长刘强带队检查。", ("刘强", P.WORKS_FOR, "邢台市公安局")),
    ("河北省副省长、公安厅厅长李明出席会议。", ("李明", P.WORKS_FOR, "河北省公安厅")),  # the 厅 of the 省 of the post
    # a firm's founder, a hospital's physicians
    ("河北某某科技有限公司创始人张伟表示,公司将扩大生产。", ("张伟", P.WORKS_FOR, "河北某某科技有限公司")),
    ("河北某某科技有限公司CEO王强表示,公司将扩大生产。", ("王强", P.WORKS_FOR, "河北某某科技有限公司")),
    # the head of an international organisation
    ("世界卫生组织总干事谭德塞在日内瓦举行记者会。", ("谭德塞", P.WORKS_FOR, "世界卫生组织")),
    # posts of a firm's boards
    ("省长会见了星河集团董事会主席陈立一行。", ("陈立", P.WORKS_FOR, "星河集团")),
    ("河北某某股份有限公司董事会秘书刘洋介绍了分红方案。", ("刘洋", P.WORKS_FOR, "河北某某股份有限公司")),
    ("团省委书记王磊在会上讲话。", ("王磊", P.WORKS_FOR, "共青团河北省委")),
    ("河北某某大学教授李明认为,要重视基础研究。", ("李明", P.WORKS_FOR, "河北某某大学")),
    # a district's head after its city's name and the district's: the government so named
    ("石家庄市桥西区区长刘静调研老旧小区改造工作。", ("刘静", P.WORKS_FOR, "石家庄市桥西区人民政府")),
    # a second post after the first and 、: its 市 is the first body's or place's
    ("廊坊市委宣传部部长、市文明办主任刘晓宁出席活动。",
     ("刘晓宁", P.WORKS_FOR, "廊坊市精神文明建设指导委员会办公室")),
    ("邢台市副市长、市公安局局长王刚带队检查。", ("王刚", P.WORKS_FOR, "邢台市公安局")),
    ("邯郸市市场监督管理局局长、市食安办主任赵明介绍。", ("赵明", P.WORKS_FOR, "邯郸市食品安全委员会办公室")),
    # a commander of a headquarters; an engineer of a service
    ("国家防总副总指挥王刚在保定检查防汛工作。", ("王刚", P.WORKS_FOR, "国家防汛抗旱总指挥部")),
    ("市防汛抗旱指挥部指挥长李强主持会商。", ("李强", P.WORKS_FOR, "石家庄市防汛抗旱指挥部")),
    ("邯郸市气象局高级工程师赵丽介绍了今年的气候特点。", ("赵丽", P.WORKS_FOR, "邯郸市气象局")),
    # professional grades, and judges, procurators and lawyers by their titles
    ("邢台市农业农村局高级农艺师王建平在田间讲解玉米病虫害防治技术。", ("王建平", P.WORKS_FOR, "邢台市农业农村局")),
    ("河北某某职业技术学院讲师李娜获评全省教学能手。", ("李娜", P.WORKS_FOR, "河北某某职业技术学院")),
    ("保定市竞秀区人民法院法官王晓燕公开宣判了此案。", ("王晓燕", P.WORKS_FOR, "保定市竞秀区人民法院")),
    ("邯郸市丛台区人民检察院检察官陈晨介绍了案件办理情况。", ("陈晨", P.WORKS_FOR, "邯郸市丛台区人民检察院")),
    ("唐山市路南区人民法院法官助理韦明介绍了案件审理情况。", ("韦明", P.WORKS_FOR, "唐山市路南区人民法院")),
    ("县政府出台《关于加快推进乡村振兴的实施意见》。", ("关于加快推进乡村振兴的实施意见", P.ISSUED_BY, "县政府")),
    # a head's assistant is a post in the head's body
    ("石家庄市第一医院院长助理刘伟介绍了医院改革情况。", ("刘伟", P.WORKS_FOR, "石家庄市第一医院")),
    ("邯郸市公安局局长助理赵刚通报了案件侦破情况。", ("赵刚", P.WORKS_FOR, "邯郸市公安局")),
    # a body's name scanned on from a template stops at a word jieba glued 对 onto (监委|对市|住建局)
    ("市纪委监委对市住建局原副局长王某某进行了立案审查调查。", ("王某某", P.WORKS_FOR, "石家庄市住房和城乡建设局")),
    # a board's chair works for the firm (董事局主席 as 董事会主席)
    ("新奥集团董事局主席王玉锁出席论坛。", ("王玉锁", P.WORKS_FOR, "新奥集团")),
    # a profile's sex (and more) in brackets between the name and the post
    ("李红(女),邢台市教育局副局长。", ("李红", P.WORKS_FOR, "邢台市教育局")),
    ("张强(男,汉族,1970年生),石家庄市发展和改革委员会主任。", ("张强", P.WORKS_FOR, "石家庄市发展和改革委员会")),
    # a former post in a body: the body's own name, not one with 原 (former) in it
    ("省住建厅原党组书记、厅长李某某接受纪律审查和监察调查。", ("李某某", P.WORKS_FOR, "河北省住房和城乡建设厅")),
    # a congress's standing committee passes a regulation by vote
    ("省人大常委会表决通过了《河北省生态环境保护条例》。",
     ("河北省生态环境保护条例", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    # a body read on from a template stops where the next body's name begins, past a verb
    ("邯郸市峰峰矿区纪委监委给予区自然资源局副局长刘某某政务记过处分。",
     ("刘某某", P.WORKS_FOR, "邯郸市峰峰矿区自然资源局")),  # (the district of the body giving the sanction)
    # a former head of a division's government, 原 between the division and the post
    ("衡水市中级人民法院公开宣判深州市原市长贾某某受贿案。", ("贾某某", P.WORKS_FOR, "深州市人民政府")),
    ("湖南省衡阳市原副市长王某某被提起公诉。", ("王某某", P.WORKS_FOR, "衡阳市人民政府")),
    # a bare unit after a body and its posts joined by 、 or 兼 is that body's
    ("正定县公安局副局长、交警大队大队长李某某带队开展夜查行动。", ("李某某", P.WORKS_FOR, "正定县公安局交警大队")),
    ("市公安局党委委员、副局长兼交警支队支队长王某某介绍情况。", ("王某某", P.WORKS_FOR, "石家庄市公安局交警支队")),
    # ... and a mayor after the short name (邢台|市长)
    ("邢台市长王某某主持召开市政府常务会议。", ("王某某", P.WORKS_FOR, "邢台市人民政府")),
    ("赞皇县许亭乡乡长刘某某介绍情况。", ("刘某某", P.WORKS_FOR, "赞皇县许亭乡人民政府")),
    # ... and a unit named by its ending word alone (办公厅)
    ("省政府副秘书长、办公厅主任周某主持新闻发布会。", ("周某", P.WORKS_FOR, "河北省人民政府办公厅")),
    # a hospital's unit of up to ten characters between the hospital and the post
    ("河北医科大学第二医院呼吸与危重症医学科主任医师王某某提醒老年人接种疫苗。",
     ("王某某", P.WORKS_FOR, "河北医科大学第二医院")),
    # ... and a town's head after its Party committee's post and 、
    ("平山县西柏坡镇党委书记王某某、镇长李某某带队检查。", ("李某某", P.WORKS_FOR, "平山县西柏坡镇人民政府")),
    ("平山县西柏坡镇党委副书记、镇长王某某介绍了情况。", ("王某某", P.WORKS_FOR, "平山县西柏坡镇人民政府")),
    ("河北省图书馆推出“书香燕赵”全民阅读活动。", ("书香燕赵全民阅读活动", P.ORGANIZED_BY, "河北省图书馆")),
    # a law's promulgation formula names its maker after 由, the clause before 公布
    ("《河北省优化营商环境条例》已由河北省第十四届人民代表大会常务委员会第十次会议于2026年11月20日通过,现予公布。",
     ("河北省优化营商环境条例", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    # a programme the next clause says who runs
    ("石家庄市开展“蓝天保卫”行动,由市生态环境局牵头组织实施。", ("蓝天保卫行动", P.ORGANIZED_BY, "石家庄市生态环境局")),
    ("石家庄市实施“人才强市”计划,由市人社局和市科技局共同推进。",
     ("人才强市计划", P.ORGANIZED_BY, "石家庄市科学技术局")),
    ("石家庄市启动“城市更新”行动,由市住建局具体负责。", ("城市更新行动", P.ORGANIZED_BY, "石家庄市住房和城乡建设局")),
    # a programme's name holding 与 or 和 after no programme's name of its own is one name
    ("省教育厅实施义务教育薄弱环节改善与能力提升工程。",
     ("义务教育薄弱环节改善与能力提升工程", P.ORGANIZED_BY, "河北省教育厅")),
    # a programme a body puts in force (推行), and a census (普查) a programme
    ("省民政厅在全省推行“一老一小”服务项目。", ("一老一小服务项目", P.ORGANIZED_BY, "河北省民政厅")),
    ("市统计局组织开展第五次全国经济普查。", ("第五次全国经济普查", P.ORGANIZED_BY, "石家庄市统计局")),
    # ... or right after it, when it began written before 由 or before what the bodies did
    ("“百校结百村”行动由省教育厅、省农业农村厅联合发起。", ("百校结百村行动", P.ORGANIZED_BY, "河北省农业农村厅")),
    ("“河湖清四乱”行动由省水利厅于2018年启动实施。", ("河湖清四乱行动", P.ORGANIZED_BY, "河北省水利厅")),
    ("“净土”专项行动于2026年3月由市生态环境局、市公安局联合开展。", ("净土专项行动", P.ORGANIZED_BY, "石家庄市公安局")),
    ("为期一个月的“清朗·网络直播”专项行动由省委网信办牵头开展。",
     ("清朗·网络直播专项行动", P.ORGANIZED_BY, "中共河北省委网络安全和信息化委员会办公室")),
    # after a comma, the same post's deputy in the body of the name before
    ("河北省卫生健康委员会主任王某,副主任李某出席发布会。", ("李某", P.WORKS_FOR, "河北省卫生健康委员会")),
    ("市人大常委会主任张某,副主任李某、王某出席会议。", ("王某", P.WORKS_FOR, "石家庄市人民代表大会常务委员会")),
    # ... its secretary-general, and a post in its Party group or committee
    ("省政协副主席王某,秘书长刘某出席开幕式。", ("刘某", P.WORKS_FOR, "中国人民政治协商会议河北省委员会")),
    ("省发展改革委党组书记、主任王某,党组成员、副主任李某出席。", ("李某", P.WORKS_FOR, "河北省发展和改革委员会")),
    ("省发展改革委党组书记、主任王某,党组成员、副主任李某出席。", ("李某", P.WORKS_FOR, "河北省发展和改革委员会党组")),
    ("省委书记张某,副书记李某,常委王某出席。", ("王某", P.WORKS_FOR, "中共河北省委")),
    # a chair listed after a post in an autonomous region's Party committee chairs its government
    ("广西壮族自治区党委常委、常务副主席李某主持会议。", ("李某", P.WORKS_FOR, "广西壮族自治区人民政府")),
    ("新疆维吾尔自治区党委常委、副主席王某出席。", ("王某", P.WORKS_FOR, "新疆维吾尔自治区人民政府")),
    # a village's committee by its word alone after the village's Party organ and its post
    ("阜平县龙泉关镇骆驼湾村党支部书记、村委会主任顾某某介绍了村里的发展。",
     ("顾某某", P.WORKS_FOR, "阜平县龙泉关镇骆驼湾村村委会")),
    ("长安区建北街道跃进社区党委书记、居委会主任刘芳带领网格员走访独居老人。",
     ("刘芳", P.WORKS_FOR, "石家庄市长安区建北街道跃进社区居委会")),
    # ... as a subdistrict's office after its working committee, a zone's after its own
    ("余杭区仓前街道党工委书记、办事处主任李明介绍情况。", ("李明", P.WORKS_FOR, "杭州市余杭区仓前街道办事处")),
    ("石家庄高新区党工委书记、管委会主任王军介绍园区招商情况。", ("王军", P.WORKS_FOR, "石家庄高新区管委会")),
    # ... or the organ's own body, named in full before it
    ("沧州临港经济技术开发区管理委员会党工委委员、管委会副主任赵某介绍项目进展。",
     ("赵某", P.WORKS_FOR, "沧州临港经济技术开发区管理委员会")),
    # a firm's Party committee written right after the firm's name, before a deputy's post
    # in it: the committee's, and the firm's own post the firm's
    ("河北建工集团有限责任公司党委副书记、总经理刘海涛介绍了项目进展。",
     ("刘海涛", P.WORKS_FOR, "河北建工集团有限责任公司党委")),
    ("河北建工集团有限责任公司党委副书记、总经理刘海涛介绍了项目进展。",
     ("刘海涛", P.WORKS_FOR, "河北建工集团有限责任公司")),
    # a subdistrict's body by 街道 alone opening a clause is the one subdistrict's named before
    ("裕华区槐底街道开展义诊活动。街道党工委书记刘某出席。",
     ("刘某", P.WORKS_FOR, "中共石家庄市裕华区槐底街道工作委员会")),
    ("近日,长安区建北街道组织居民参加活动。街道办事处主任王某介绍了情况。",
     ("王某", P.WORKS_FOR, "石家庄市长安区建北街道办事处")),
    # one person's posts in two bodies, the first body's before a comma
    ("省发展改革委党组成员、副主任,省能源局局长王某某出席会议。",
     ("王某某", P.WORKS_FOR, "河北省发展和改革委员会")),
    ("省委宣传部副部长,省新闻出版局局长赵某在开幕式上致辞。",
     ("赵某", P.WORKS_FOR, "中共河北省委宣传部")),
    ("省应急管理厅副厅长,省地震局党组书记、局长孙某某通报震情。",
     ("孙某某", P.WORKS_FOR, "河北省应急管理厅")),
    # a deputy chair of a congress's committee
    ("省人大财政经济委员会副主任委员张某某出席会议。", ("张某某", P.WORKS_FOR, "河北省人民代表大会财政经济委员会")),
    # each name listed after a division's head's post holds it
    ("副市长赵某某、孙某某出席开幕式。", ("孙某某", P.WORKS_FOR, "石家庄市人民政府")),
    ("邢台市副市长王某、李某到企业调研。", ("李某", P.WORKS_FOR, "邢台市人民政府")),
    # a town named again on its own, or listed after another of its county, is that county's
    ("涉县井店镇召开冬季防火会议。井店镇镇长孙某某主持。", ("孙某某", P.WORKS_FOR, "涉县井店镇人民政府")),
    ("鹿泉区上庄镇开展活动。上庄镇党委书记李某某出席。", ("李某某", P.WORKS_FOR, "中共石家庄市鹿泉区上庄镇委")),
    ("井陉县城关镇、天长镇等地开展活动。天长镇镇长王某介绍情况。", ("王某", P.WORKS_FOR, "井陉县天长镇人民政府")),
    ("井陉县城关镇、天长镇等地开展活动。", ("天长镇", P.LOCATED_IN, "井陉县")),
    # a division's head listed after a post in its Party committee, the name before them
    ("王某某,男,1971年生,现任邢台市信都区委副书记、区长。", ("王某某", P.WORKS_FOR, "邢台市信都区人民政府")),
    # ... the profile's posts in sentences of their own after its first
    ("刘某某,男,汉族,1973年5月生,研究生学历。曾任衡水市委常委。现任承德市委副书记、市长。",
     ("刘某某", P.WORKS_FOR, "中共承德市委")),
    ("刘某某,女,1975年生。现任省教育厅副厅长。", ("刘某某", P.WORKS_FOR, "河北省教育厅")),
    ("东莞市长安镇党委书记陈某某主持会议。", ("陈某某", P.WORKS_FOR, "中共东莞市长安镇委")),
    # a school's head or Party secretary by 校 alone, opening a clause: the school named last before
    ("燕山大学举行开学典礼。校党委书记刘某某、校长戴某某出席。", ("刘某某", P.WORKS_FOR, "燕山大学党委")),
    ("燕山大学举行开学典礼。校党委书记刘某某、校长戴某某出席。", ("戴某某", P.WORKS_FOR, "燕山大学")),
    ("邯郸市第一中学召开家长会,校长王某介绍了学校情况。", ("王某", P.WORKS_FOR, "邯郸市第一中学")),
    ("河北工程大学与邯郸市签署合作协议。副校长李某某代表学校签约。", ("李某某", P.WORKS_FOR, "河北工程大学")),
    ("邢台市委党校举办中青年干部培训班,常务副校长赵某某作开班动员。", ("赵某某", P.WORKS_FOR, "中共邢台市委党校")),
    # ... or after its Party committee's secretary, in the school
    ("华北理工大学党委书记王某某,校长孙某某出席活动。", ("孙某某", P.WORKS_FOR, "华北理工大学")),
    # a post the name is elected to or takes after it, besides the post before it
    ("河北某某药业股份有限公司董事长吴某某当选为河北省医药行业协会副会长。",
     ("吴某某", P.WORKS_FOR, "河北省医药行业协会")),
    ("省财政厅厅长张某当选为省人大常委会委员。", ("张某", P.WORKS_FOR, "河北省人民代表大会常务委员会")),
    # a post taken in a body's new term (新一届), the term's word no part of the body's name
    ("李某某当选为新一届市工商联主席。", ("李某某", P.WORKS_FOR, "石家庄市工商业联合会")),
    ("某某公司董事长王某当选为新一届省企业家协会会长。", ("王某", P.WORKS_FOR, "河北省企业家协会")),
    # a congress's meeting passing a law named right after it
    ("河北省第十四届人民代表大会常务委员会第十次会议于2024年7月30日通过《河北省数据条例》,现予公布。",
     ("河北省数据条例", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    ("河北省第八届人民代表大会常务委员会第二十次会议通过了《河北省河道管理条例》。",
     ("河北省河道管理条例", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    ("邢台市人大常委会第二十次会议通过《邢台市文明行为促进条例》。",
     ("邢台市文明行为促进条例", P.ISSUED_BY, "邢台市人民代表大会常务委员会")),
    # a division's head written with the level's word once (衡水市长: 衡水市 and 市长)
    ("岳阳市长李某某到企业调研。", ("李某某", P.WORKS_FOR, "岳阳市人民政府")),
    # the one body a sentence opens with lies in the place a later clause puts it, a zone
    # of the place named after it
    ("新奥集团股份有限公司,位于廊坊市经济技术开发区,是一家清洁能源企业。",
     ("新奥集团股份有限公司", P.LOCATED_IN, "廊坊市")),
    # a post at the body the clause before is at (在X公司,总经理王某)
    ("在湖南某某机械有限公司,总经理周某某介绍了企业转型情况。", ("周某某", P.WORKS_FOR, "湖南某某机械有限公司")),
    # an officer written in brackets right after a firm (X公司(法定代表人:王某))
    ("某某商贸有限公司(法定代表人:赵某)因未按规定公示年报被列入经营异常名录。",
     ("赵某", P.WORKS_FOR, "某某商贸有限公司")),
    # the body a person serves in, then the post with the unit of it (王某曾在X任Y学院院长)
    ("王某某曾在燕山大学任机械工程学院院长。", ("王某某", P.WORKS_FOR, "燕山大学")),
    ("李某某现在省委组织部任干部一处处长。", ("李某某", P.WORKS_FOR, "中共河北省委组织部")),
    # the body a person comes from, before the post (来自X的研究员王某)
    ("来自湖南大学的教授刘某某作了主旨报告。", ("刘某某", P.WORKS_FOR, "湖南大学")),
    # a government's rules passed by its executive meeting, the document first (已经…审议通过)
    ("《长沙市物业管理办法》已经2026年3月5日长沙市人民政府第12次常务会议审议通过,现予公布。",
     ("长沙市物业管理办法", P.ISSUED_BY, "长沙市人民政府")),
    # ... the promulgation formula of a government's rules (已经…通过,现予公布), and the rules
    # named right after the number of its order
    ("《石家庄市城市绿化管理办法》已经市政府第8次常务会议通过,现予公布。",
     ("石家庄市城市绿化管理办法", P.ISSUED_BY, "石家庄市人民政府")),
    ("省人民政府令第12号《河北省耕地保护办法》自2027年1月1日起施行。",
     ("河北省耕地保护办法", P.ISSUED_BY, "河北省人民政府")),
    # a place written before its own level's word and organ is that organ's place (平山县县委)
    ("赞皇县县委书记李某某主持会议。", ("李某某", P.WORKS_FOR, "中共赞皇县委")),
    ("邯郸市市委书记张某主持会议。", ("张某", P.WORKS_FOR, "中共邯郸市委")),
    # a division's head after 该市, 该县: of the division of that level named last; a head
    # listed after another's, with a post of its own, of the same division
    ("邢台市宁晋县召开大会,该市副市长李某出席。", ("李某", P.WORKS_FOR, "邢台市人民政府")),
    ("保定市涞源县召开大会,该县县长李某、副县长王某出席。", ("王某", P.WORKS_FOR, "涞源县人民政府")),
    # an acting head's post (代县长), and no county 代县 read out of it
    ("会议由涉县县委副书记、代县长高某某主持。", ("高某某", P.WORKS_FOR, "涉县人民政府")),
    ("经研究,李某某任平山县委副书记、县长。", ("李某某", P.WORKS_FOR, "平山县人民政府")),
    # a meeting as the subject of the sentence after the one naming it and its body
    ("浙江省人大常委会第十五次会议今天闭幕。会议表决通过了《浙江省数字经济促进条例》。",
     ("浙江省数字经济促进条例", P.ISSUED_BY, "浙江省人民代表大会常务委员会")),
    ("市政府召开第三十次常务会议。会议审议通过了《石家庄市物业管理办法》。",
     ("石家庄市物业管理办法", P.ISSUED_BY, "石家庄市人民政府")),
    # a post now held after the posts held before (曾任…,现任…)
    ("李某某曾任唐山市副市长,现任河北省发展改革委副主任。", ("李某某", P.WORKS_FOR, "河北省发展和改革委员会")),
    ("王某历任县教育局局长、县委办主任,现任平山县委常委。", ("王某", P.WORKS_FOR, "中共平山县委")),
    # a firm or an organisation right after 我市 or 我省 is the article's city's or province's
    ("我市某某重工集团有限公司自主研发的新型掘进机成功下线。", ("某某重工集团有限公司", P.LOCATED_IN, "石家庄市")),
    ("我省河北某某职业技术学院入选国家“双高计划”。", ("河北某某职业技术学院", P.LOCATED_IN, "河北省")),
    # a professor's post listed before a supervisor's title
    ("河北农业大学教授、博士生导师张某某应邀作报告。", ("张某某", P.WORKS_FOR, "河北农业大学")),
    # a place in a note in brackets after the name (位于)
    ("石家庄某某汽车配件有限公司(位于藁城区)被评为省级专精特新企业。",
     ("石家庄某某汽车配件有限公司", P.LOCATED_IN, "藁城区")),
    ("河北某某学院(位于保定市)今年招生5000人。", ("河北某某学院", P.LOCATED_IN, "保定市")),
    # a firm whose seat is set (设在) at a place
    ("河北某某物流有限公司总部设在廊坊市广阳区。", ("河北某某物流有限公司", P.LOCATED_IN, "广阳区")),
    ("设在石家庄的河北某某研究院已建成投用。", ("河北某某研究院", P.LOCATED_IN, "石家庄市")),
    # a profile's post (现任) after its sex, people, birth, home, schooling and party, a
    # party named among them opening no post
    ("王某某,男,汉族,1975年3月生,河北保定人,大学学历,中共党员,现任邢台市人民政府副市长。",
     ("王某某", P.WORKS_FOR, "邢台市人民政府")),
    ("张某,民盟盟员,现任河北某某医院副院长。", ("张某", P.WORKS_FOR, "河北某某医院")),
    # a kindergarten's head, a forecaster
    ("河北省第二实验幼儿园园长刘某参加研讨会。", ("刘某", P.WORKS_FOR, "河北省第二实验幼儿园")),
    ("河北省气象台首席预报员王某某提醒,未来三天有大风降温。", ("王某某", P.WORKS_FOR, "河北省气象台")),
    # a court's own committee after a post in it and 、 is the court's
    ("邢台市中级人民法院副院长、审判委员会委员张某出席新闻发布会。",
     ("张某", P.WORKS_FOR, "邢台市中级人民法院审判委员会")),
    # a firm written again with 公司 for its legal form and without its group's name
    ("河北某某集团沧州港务有限责任公司新建泊位通过验收。据沧州港务公司总经理王某介绍,吞吐能力将增加。",
     ("王某", P.WORKS_FOR, "河北某某集团沧州港务有限责任公司")),
    # a skilled worker's grade or a workshop's head is a post in the firm
    ("唐山某某钢铁有限公司高级技师刘某某带领团队攻克技术难题。", ("刘某某", P.WORKS_FOR, "唐山某某钢铁有限公司")),
    ("河北某某汽车零部件有限公司车间主任王某某介绍,生产线已全面投产。",
     ("王某某", P.WORKS_FOR, "河北某某汽车零部件有限公司")),
    # a post after the body's Party group's and 、 is held in the body itself
    ("刘某某,男,1972年5月出生,研究生学历,现任河北省水利厅党组成员、副厅长。", ("刘某某", P.WORKS_FOR, "河北省水利厅")),
    ("任命赵某为衡水市教育局党组书记、局长。", ("赵某", P.WORKS_FOR, "衡水市教育局")),
    # a body's other or short name in brackets between it and the post
    ("中国石油化工集团有限公司(中国石化)董事长马某某到河北调研。", ("马某某", P.WORKS_FOR, "中国石油化工集团有限公司")),
    ("河北某某集团有限公司(以下简称“某某集团”)董事长王某表示,集团将扩大投资。",
     ("王某", P.WORKS_FOR, "河北某某集团有限公司")),
    # a document named after its body whose name ends in a kind of plan or measure
    ("河北省人民政府办公厅关于加快推进低空经济发展的实施意见",
     ("河北省人民政府办公厅关于加快推进低空经济发展的实施意见", P.ISSUED_BY, "河北省人民政府办公厅")),
    ("邢台市人民政府关于支持民营经济高质量发展的若干措施",
     ("邢台市人民政府关于支持民营经济高质量发展的若干措施", P.ISSUED_BY, "邢台市人民政府")),
    # a post taken by other verbs (兼任, 调任), in a year, or named as a post (一职)
    ("王某某兼任邢台市应急管理局局长。", ("王某某", P.WORKS_FOR, "邢台市应急管理局")),
    ("张某某于2021年调任沧州市人民政府副市长。", ("张某某", P.WORKS_FOR, "沧州市人民政府")),
    ("王某担任河北某某中学校长一职。", ("王某", P.WORKS_FOR, "河北某某中学")),
    # a body's chief statistician, a hospital's head nurse, a civil servant's rank
    ("市统计局总统计师刘某某解读一季度经济数据。", ("刘某某", P.WORKS_FOR, "石家庄市统计局")),
    ("县人民医院护士长王某带领护理团队参加比赛。", ("王某", P.WORKS_FOR, "县人民医院")),
    ("市委办公室四级主任科员李某某负责会议记录。", ("李某某", P.WORKS_FOR, "中共石家庄市委办公室")),
    # a division's head among posts listed before a comma and a post in the government's Party group
    ("省委副书记、省长,省政府党组书记王某某主持召开会议。", ("王某某", P.WORKS_FOR, "河北省人民政府")),
    ("邢台市委副书记、市长,市政府党组书记李某某出席会议。", ("李某某", P.WORKS_FOR, "邢台市人民政府")),
    # names listed before the post they take after them share it
    ("决定任命周某某、吴某某为邢台市人民政府副市长。", ("周某某", P.WORKS_FOR, "邢台市人民政府")),
    ("会议任命王某、李某为河北省教育厅副厅长。", ("王某", P.WORKS_FOR, "河北省教育厅")),
    # a post with its rank or its terms in brackets after it
    ("赵某某同志任邯郸市人民政府副秘书长(正处级)。", ("赵某某", P.WORKS_FOR, "邯郸市人民政府")),
    ("李某任涉县人民政府副县长(挂职)。", ("李某", P.WORKS_FOR, "涉县人民政府")),
    # a long profile: the year one joined the Party, work or school in clauses of their own
    ("孙某某,女,汉族,1976年9月生,河北辛集人,1998年7月参加工作,1997年6月加入中国共产党,在职研究生学历,"
     "现任衡水市人民政府副市长。", ("孙某某", P.WORKS_FOR, "衡水市人民政府")),
    # a body placed by what it is (是一所位于P的), by its seat (注册地在P), or by a place and 的
    ("河北某某医院是一所位于唐山市路北区的三级甲等医院。", ("河北某某医院", P.LOCATED_IN, "路北区")),
    ("河北某某电子有限公司注册地在廊坊市固安县。", ("河北某某电子有限公司", P.LOCATED_IN, "固安县")),
    ("廊坊某某物流有限公司是一家注册在廊坊市广阳区的物流企业。", ("廊坊某某物流有限公司", P.LOCATED_IN, "广阳区")),
    ("沧州市运河区的河北某某管道有限公司获评省级专精特新企业。", ("河北某某管道有限公司", P.LOCATED_IN, "运河区")),
    # a head's post alone opening a sentence, held in the body of its kind named before
    ("近日,市应急管理局召开会议。局长王某某出席并讲话。", ("王某某", P.WORKS_FOR, "石家庄市应急管理局")),
    # a team's head coach
    ("河北女排主教练张某某介绍了备战情况。", ("张某某", P.WORKS_FOR, "河北女排")),
    # a clause of bodies alone, set apart by a comma, is the subject of the clause after it
    ("市生态环境局联合市公安局、市人民检察院,在全市开展危险废物环境违法犯罪专项打击行动。",
     ("危险废物环境违法犯罪专项打击行动", P.ORGANIZED_BY, "石家庄市人民检察院")),
    ("近日,省教育厅、省卫生健康委,在全省中小学开展“护苗”专项行动。",
     ("护苗专项行动", P.ORGANIZED_BY, "河北省教育厅")),
    ("省委办公厅、省政府办公厅,近日联合印发《河北省乡村振兴促进办法》。",
     ("河北省乡村振兴促进办法", P.ISSUED_BY, "河北省人民政府办公厅")),
    # the body whose meeting a clause holds passes the document the next clause opens with
    ("12月5日,省长王某某主持召开省政府常务会议,审议通过《河北省加快发展银发经济若干措施》。",
     ("河北省加快发展银发经济若干措施", P.ISSUED_BY, "河北省人民政府")),
    # a firm registered or founded at a place
    ("河北某某新能源有限公司在邢台市宁晋县注册成立,注册资本5亿元。",
     ("河北某某新能源有限公司", P.LOCATED_IN, "宁晋县")),
    # a congress's standing committee passing a decision, its title unmarked, no meeting named
    ("省人大常委会通过了关于加强白洋淀生态环境保护的决定。",
     ("关于加强白洋淀生态环境保护的决定", P.ISSUED_BY, "河北省人民代表大会常务委员会")),
    # a notice's title unmarked, after bodies joined by 、: each issues it
    ("浙江省科学技术厅、浙江省财政厅关于下达2026年省级科技发展专项资金的通知",
     ("浙江省科学技术厅、浙江省财政厅关于下达2026年省级科技发展专项资金的通知", P.ISSUED_BY, "浙江省科学技术厅")),
    ("浙江省科学技术厅、浙江省财政厅关于下达2026年省级科技发展专项资金的通知",
     ("浙江省科学技术厅、浙江省财政厅关于下达2026年省级科技发展专项资金的通知", P.ISSUED_BY, "浙江省财政厅")),
])
def test_relations(pipeline, text, expected):
    _, facts = extract(pipeline, text)
    assert expected in facts, facts


@pytest.mark.parametrize("text, town, times", [
    ("涉县井店镇召开冬季防火会议。井店镇镇长孙某某主持。", "井店镇", 2),
    ("鹿泉区宜安镇、铜冶镇等地开展活动。铜冶镇、宜安镇干部参加。", "铜冶镇", 2),
    ("赞皇县新村乡召开会议。新村乡镇企业发展迅速。", "新村乡", 1),  # its 乡 opens 乡镇企业
    # a community named after its town, its first character glued to the town's 镇 (镇南|太湖)
    ("湖州市吴兴区八里店镇南太湖社区开展活动。", "八里店镇", 1),
    # named again between two mentions under its county too
    ("涉县井店镇召开会议。井店镇镇长孙某主持。涉县井店镇党委书记赵某讲话。井店镇干部参加。", "井店镇", 4),
])
def test_a_town_named_again_on_its_own(pipeline, text, town, times):
    x = pipeline.extract_article(article(text), HEBEI)
    assert sum(m.type is T.PLACE and m.text == town for m in x.mentions) == times


@pytest.mark.parametrize("text, town, head", [
    # a town named alone before its head's post, no county before it; its name where a word starts
    ("云岩镇副镇长王某上微博发布了这一信息。", "云岩镇", ("王某", "云岩镇人民政府", "副镇长")),
    ("据岗南镇镇长赵某介绍,全镇已完成播种。", "岗南镇", ("赵某", "岗南镇人民政府", "镇长")),
    ("大柳树镇镇长刘某说,今年粮食增产。", "大柳树镇", ("刘某", "大柳树镇人民政府", "镇长")),
    ("西沟乡乡长李某带队检查。", "西沟乡", ("李某", "西沟乡人民政府", "乡长")),
])
def test_a_town_named_before_its_heads_post(pipeline, text, town, head):
    x = pipeline.extract_article(article(text), HEBEI)
    assert [m.text for m in x.mentions if m.type is T.PLACE] == [town]
    assert head in {(r.subject[1], r.object[1], r.post) for r in x.relations}


@pytest.mark.parametrize("text, town, county", [
    # a town named alone before the word placing it in its district or county
    ("西柏坡镇位于平山县中部,是革命圣地。", "西柏坡镇", "平山县"),
    ("南甸镇地处正定县北部,交通便利。", "南甸镇", "正定县"),
    ("北马乡隶属于容城县,下辖15个行政村。", "北马乡", "容城县"),
])
def test_a_town_placed_in_its_county(pipeline, text, town, county):
    names, facts = extract(pipeline, text)
    assert (T.PLACE, town) in names and (town, P.LOCATED_IN, county) in facts


def test_a_county_placed_in_its_city(pipeline):
    _, facts = extract(pipeline, "井陉县隶属于石家庄市,位于太行山东麓。")
    assert ("井陉县", P.LOCATED_IN, "石家庄市") in facts


def test_a_town_is_no_county_placing_a_body(pipeline):
    # a town's 位于 a county names no town where no county follows (全镇位于 is no name)
    names, _ = extract(pipeline, "全镇位于平山县中部。")
    assert not any(t is T.PLACE and n.endswith("镇") for t, n in names)


@pytest.mark.parametrize("text", ["该镇镇长李某说。", "各乡镇长参加会议。", "全乡乡长、村支书参加培训。"])
def test_no_town_named_by_a_word_that_points_or_counts(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    assert not [m for m in x.mentions if m.type is T.PLACE], x.mentions


@pytest.mark.parametrize("text, expected, not_expected", [
    # ... not where the place is of what follows it, nor where two bodies open the sentence
    ("河北某某机械有限公司成立于2008年,位于泊头市的新厂区已投产。", ("泊头市", P.LOCATED_IN, "河北省"),
     ("河北某某机械有限公司", P.LOCATED_IN, "泊头市")),
    ("河北某某机械有限公司与邢台某某铸造有限公司合作,位于邢台市信都区。", ("信都区", P.LOCATED_IN, "邢台市"),
     ("河北某某机械有限公司", P.LOCATED_IN, "信都区")),
    # a document named after its body is issued by the longest body its name opens with
    ("河北省人民政府办公厅关于印发河北省数字经济发展规划的通知",
     ("河北省人民政府办公厅关于印发河北省数字经济发展规划的通知", P.ISSUED_BY, "河北省人民政府办公厅"),
     ("河北省人民政府办公厅关于印发河北省数字经济发展规划的通知", P.ISSUED_BY, "河北省人民政府")),
    # a body of the county's own after a county body's post is no unit of that body
    ("县应急管理局局长、县消防救援大队大队长刘某出席会议。",
     ("刘某", P.WORKS_FOR, "县消防救援大队"), ("刘某", P.WORKS_FOR, "县应急管理局县消防救援大队")),
    # a former mayor of a county-level city is that city's, not the article's city's
    ("衡水市中级人民法院公开宣判深州市原市长贾某某受贿案。",
     ("贾某某", P.WORKS_FOR, "深州市人民政府"), ("贾某某", P.WORKS_FOR, "石家庄市人民政府")),
    # ... but not a post of another kind (the mayor is no Party committee's)
    # ... not a chair after a post in another body's Party group
    ("省政协党组副书记、副主席王某出席。",
     ("王某", P.WORKS_FOR, "中国人民政治协商会议河北省委员会"), ("王某", P.WORKS_FOR, "河北省人民政府")),
    # ... nor a Party post in a body that is no Party committee
    ("市委宣传部部长张某,常委李某出席。",
     ("张某", P.WORKS_FOR, "中共石家庄市委宣传部"), ("李某", P.WORKS_FOR, "中共石家庄市委宣传部")),
    ("市委书记张某,副市长李某出席开幕式。",
     ("李某", P.WORKS_FOR, "石家庄市人民政府"), ("李某", P.WORKS_FOR, "中共石家庄市委")),
    # a division's head listed after its Party committee's secretary is its government's only
    ("鹿泉区委书记张某、区长李某出席。",
     ("李某", P.WORKS_FOR, "石家庄市鹿泉区人民政府"), ("李某", P.WORKS_FOR, "中共石家庄市鹿泉区委")),
    # a comma after a name, not a post, closes that person's posts
    ("省财政厅厅长张某,省审计厅厅长李某出席。",
     ("李某", P.WORKS_FOR, "河北省审计厅"), ("李某", P.WORKS_FOR, "河北省财政厅")),
    # a division's head with no division before the post: the division of the body of
    # its level the sentence named before, not the article's
    ("邢台市市长李某、副市长王某出席。",
     ("王某", P.WORKS_FOR, "邢台市人民政府"), ("王某", P.WORKS_FOR, "石家庄市人民政府")),
    ("天津市委书记陈某,市长张某出席。",
     ("张某", P.WORKS_FOR, "天津市人民政府"), ("张某", P.WORKS_FOR, "石家庄市人民政府")),
    ("邢台市公安局召开全市安全生产会议,副市长李某出席。",
     ("李某", P.WORKS_FOR, "邢台市人民政府"), ("李某", P.WORKS_FOR, "石家庄市人民政府")),
    # ... and the name listed after a head's with a post of its own holds only that
    ("副市长赵某、市委秘书长李某出席。",
     ("李某", P.WORKS_FOR, "中共石家庄市委"), ("李某", P.WORKS_FOR, "石家庄市人民政府")),
    # the body leading (牵头) in the clause before one that opens with 会同 or 联合 issues
    # the document that clause's verb issues: issued, not a programme run
    ("由市发展改革委牵头,会同有关部门制定了《石家庄市数字经济促进方案》。",
     ("石家庄市数字经济促进方案", P.ISSUED_BY, "石家庄市发展和改革委员会"),
     ("石家庄市数字经济促进方案", P.ORGANIZED_BY, "石家庄市发展和改革委员会")),
    ("省工业和信息化厅牵头,会同省财政厅印发《河北省中小企业纾困办法》。",
     ("河北省中小企业纾困办法", P.ISSUED_BY, "河北省工业和信息化厅"),
     ("河北省中小企业纾困办法", P.ORGANIZED_BY, "河北省工业和信息化厅")),
    # one who succeeds (接替, 接任) another takes the post; the other does not
    ("王某某接替李某某担任市体育局局长。",
     ("王某某", P.WORKS_FOR, "石家庄市体育局"), ("李某某", P.WORKS_FOR, "石家庄市体育局")),
    # a document approved (已经市政府同意), not passed, is issued by who prints it
    ("市政府办公室关于印发石家庄市物流业发展方案的通知。《石家庄市物流业发展方案》已经市政府同意,现印发给你们。",
     ("石家庄市物流业发展方案", P.ISSUED_BY, "石家庄市人民政府办公室"),
     ("石家庄市物流业发展方案", P.ISSUED_BY, "石家庄市人民政府")),
    # a meeting's body issues what 会议 passes in a later sentence, no body named before it
    ("省人大常委会第八次会议闭幕。省长王某出席。会议表决通过了《河北省河湖保护条例》。",
     ("河北省河湖保护条例", P.ISSUED_BY, "河北省人民代表大会常务委员会"),
     ("河北省河湖保护条例", P.ISSUED_BY, "河北省人民政府")),
    # a programme another clause of the sentence runs is not passed with the document before it
    ("省政府召开常务会议。会议审议通过了《河北省河道管理办法》,决定由省水利厅牵头启动实施“清河”行动。",
     ("清河行动", P.ORGANIZED_BY, "河北省水利厅"), ("清河行动", P.ISSUED_BY, "河北省人民政府")),
    ("市政府发布《石家庄市节水实施方案》,同时启动实施全民节水行动。",
     ("石家庄市节水实施方案", P.ISSUED_BY, "石家庄市人民政府"), ("全民节水行动", P.ISSUED_BY, "石家庄市人民政府")),
])
def test_relation_traps(pipeline, text, expected, not_expected):
    _, facts = extract(pipeline, text)
    assert expected in facts and not_expected not in facts, facts


@pytest.mark.parametrize("text, expected", [
    # the post after the name, the body right before the name
    ("市卫健委李某主任介绍了有关情况。", {("李某", "石家庄市卫生健康委员会", "主任")}),
    ("河北师范大学刘某某副教授团队研发了新技术。", {("刘某某", "河北师范大学", "副教授")}),
    ("在县委王某某书记的陪同下,调研组一行来到现场。", {("王某某", "县委", "书记")}),
    # ... and the names listed after it with posts of their own
    ("省人社厅孙某某厅长、吴某副厅长出席会议。",
     {("孙某某", "河北省人力资源和社会保障厅", "厅长"), ("吴某", "河北省人力资源和社会保障厅", "副厅长")}),
    ("市公安局王某局长和李某副局长带队检查。",
     {("王某", "石家庄市公安局", "局长"), ("李某", "石家庄市公安局", "副局长")}),
    # ... not 代表 as a verb, nor a name with no post after it
    ("省财政厅李某代表省政府作预算报告。", set()),
    ("记者从市住建局李某处了解到,项目已开工。", set()),
])
def test_a_post_after_the_name_is_held_in_the_body_before_it(pipeline, text, expected):
    x = pipeline.extract_article(article(text), HEBEI)
    assert {(r.subject[1], r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR} == expected


@pytest.mark.parametrize("text, issued", [
    ("市生态环境局公布一起环境违法案件:河北某某化工有限公司超标排放大气污染物,违反了《中华人民共和国大气污染防治法》"
     "第十八条。", set()),
    ("省市场监管局发布消费提示,依据《中华人民共和国消费者权益保护法》,消费者可以要求退货。", set()),
    # ... and the document the verb issues is still issued
    ("省政府印发《河北省促进民营经济发展若干措施》,依据《中华人民共和国中小企业促进法》制定。",
     {"河北省促进民营经济发展若干措施"}),
    # a body other than a congress passing nothing through a document (通过: by way of)
    ("省教育厅通过《关于加强学校安全工作的通知》部署冬季安全工作。", set()),
])
def test_a_law_cited_after_an_issuing_verb_is_not_issued(pipeline, text, issued):
    _, facts = extract(pipeline, text)
    assert {f[0] for f in facts if f[1] is P.ISSUED_BY} == issued, facts


def test_a_body_that_approves_a_document_does_not_issue_it(pipeline):
    _, facts = extract(pipeline, "《石家庄市促进消费若干措施》由市商务局牵头起草,经市政府同意后印发。")
    assert ("石家庄市促进消费若干措施", P.ISSUED_BY, "石家庄市人民政府") not in facts, facts


@pytest.mark.parametrize("text", [
    "为配合省公安厅,全市开展了“净网2026”专项行动。",
    "在省委、省政府的领导下,全省开展了“双随机、一公开”专项检查行动。",
])
def test_a_clause_a_body_closes_after_a_preposition_is_no_subject(pipeline, text):
    _, facts = extract(pipeline, text)
    assert not [f for f in facts if f[1] is P.ORGANIZED_BY], facts


@pytest.mark.parametrize("text, organizer", [
    # the sentence's first subject acts in its second clause, which opens with the action
    ("省教育厅深入落实“双减”政策,开展校外培训机构专项治理。", "河北省教育厅"),
    ("县消防大队深入辖区,集中开展“消防安全进万家”活动。", "县消防大队"),
    # ... or with a decision's word and the body's own division as the scope
    ("省教育厅近日印发通知,决定在全省开展中小学校园安全专项整治行动。", "河北省教育厅"),
    # ... not where the second clause names another actor, or the action is asked of others
    ("省教育厅召开会议,要求各地开展校外培训机构专项治理。", None),
    ("在省委领导下,全市开展“清风”行动。", None),
])
def test_a_subject_carried_to_the_next_clause_runs_its_programme(pipeline, text, organizer):
    _, facts = extract(pipeline, text)
    assert {f[2] for f in facts if f[1] is P.ORGANIZED_BY} == ({organizer} if organizer else set()), facts


@pytest.mark.parametrize("text, issuer", [
    # the sentence's first subject issues in its second clause, an adverb opening it, the
    # sentence opening with its date or not
    ("12月5日,唐山高新区管委会召开新闻发布会,正式发布《唐山高新区机器人产业发展三年行动计划》。", "唐山高新区管委会"),
    ("省工业和信息化厅召开新闻发布会,随后发布《河北省工业设备更新实施方案》。", "河北省工业和信息化厅"),
    # ... not where the second clause names another issuer
    ("12月5日,市政府新闻办举行发布会,市工信局发布《石家庄市制造业数字化转型实施方案》。", "石家庄市工业和信息化局"),
])
def test_a_subject_carried_to_the_next_clause_issues_its_document(pipeline, text, issuer):
    _, facts = extract(pipeline, text)
    assert {f[2] for f in facts if f[1] is P.ISSUED_BY} == {issuer}, facts


@pytest.mark.parametrize("text, people", [
    # the speaker after a quotation closes, a name that is also a word
    ("“我们要把服务做在前面。”常胜笑着说。", {"常胜"}),
    ("“今年收成比往年好。”高峰说。", {"高峰"}),
    # two names joined before their count
    ("据了解,石磊和武松两人均为退役军人。", {"石磊", "武松"}),
    # ... not a word and a character after it, nor a pronoun, nor things counted
    ("“不买还要被骂。”游客们希望有关方面管好。", set()),
    ("“这是好事。”他说。", set()),
    ("城市和乡村两者兼顾。", set()),
])
def test_people_named_by_the_quotation_they_close_or_their_count(pipeline, text, people):
    names, _ = extract(pipeline, text)
    assert {n for t, n in names if t is T.PERSON} == people, names


def test_a_firms_post_beside_its_party_committees_makes_the_owner_a_firm(pipeline):
    """The body a Party committee belongs to is a firm where a firm's post is held there and
    its name says nothing (中国一汽党委书记、董事长)."""
    x = pipeline.extract_article(article("中国一汽党委书记、董事长邱某某到河北调研。"), HEBEI)
    assert ("Company", "中国一汽") in {r.object for r in x.relations if r.post == "董事长"}, x.relations


def test_a_notice_issued_by_its_word_alone_issues_no_programme_after_it(pipeline):
    names, facts = extract(pipeline, "近日,省应急管理厅等六部门印发通知,部署开展城镇燃气安全专项整治行动。")
    assert (T.PROGRAM, "城镇燃气安全专项整治行动") in names, names
    assert not [f for f in facts if f[1] is P.ISSUED_BY], facts


@pytest.mark.parametrize("text, person", [
    # a name after a byline's role, past the space set before it (a name that is also a word)
    ("本报讯(记者 田野)近日,全县开展春耕备耕工作。", "田野"),
    # a compound surname with a given name of two characters, which the recogniser cuts at three
    ("本报讯(记者 欧阳明月 通讯员 司马青)连日来,全县开展春耕备耕工作。", "欧阳明月"),
    ("本报讯(通讯员 诸葛亮亮 记者 王芳)日前,县人民检察院开展检察开放日活动。", "诸葛亮亮"),
    ("本报讯(通讯员 上官婉儿)近日,县里举办农民丰收节。", "上官婉儿"),
    # a name withheld after a party's role in a case
    ("唐山市路北区人民法院以危险驾驶罪判处被告人张某拘役三个月。", "张某"),
    # ... and anywhere a surname opens a word before it (张 a measure word to jieba)
    ("黄某某将车辆停放在消防通道内,被处以警告。", "黄某某"),
    ("民警当场查获驾驶员张某。", "张某"),
    ("交警部门对驾驶人王某处以罚款200元。", "王某"),  # (jieba reads 人王 as a word)
    ("违法行为人刘某对处罚决定无异议。", "刘某"),
    # ... or glued by jieba to the character before it into no word (种植户|张某某: 户张)
    ("荔枝种植户张某某说,今年荔枝卖了好价钱。", "张某某"),
    # ... and after a title with a surname that is also a word of function (向, 由, 时)
    ("副县长向某某出席活动并致辞。", "向某某"),
    # ... or with a rarer surname the list leaves out, which jieba's dictionary tags a name
    ("阜平县人民政府县长阳某某作政府工作报告。", "阳某某"),
    ("办公室主任时某通报了案情。", "时某"),
    # a name before a speaker's 作 and what they deliver, which the name does not take in
    ("县长刘明作政府工作报告,县人大常委会主任王强主持会议。", "刘明"),
    ("区委书记孙立作重要讲话。", "孙立"),
    # a name that is a common word, after a post and before a verb of speech
    ("开发区管委会主任黄河介绍园区发展情况。", "黄河"),
    # a photo credit's 摄 after the name (the spaces round it gone, as a page is read)
    ("图为农民在田间收割小麦。\n本报记者田野摄", "田野"),
    # ... after an agency's reporter, a name jieba does not know read with 摄 as one word
    ("图为工人在车间检修设备。新华社记者刘洋摄", "刘洋"),
])
def test_a_name_after_a_post_or_in_a_byline(pipeline, text, person):
    names, _ = extract(pipeline, text)
    assert (T.PERSON, person) in names
    assert not any(t is T.PERSON and n != person and person.startswith(n) for t, n in names)


@pytest.mark.parametrize("text, pen_name, person", [
    # a correspondent given by a unit's pen name (the place's one-character name, a field's, 宣)
    ("本报讯(记者 郭某 通讯员 晋宣)12月5日,晋城市召开煤层气产业推进会。", "晋宣", "郭某"),
    ("本报讯(记者 沈某 通讯员 杭体宣)杭州亚运场馆全部向公众开放。", "杭体宣", "沈某"),
    # ... not a name of two characters whose surname is a place's name too
    ("本报讯(记者 王某 通讯员 苏宣)近日,县里举办农民丰收节。", None, "苏宣"),
])
def test_a_correspondents_pen_name_is_no_person(pipeline, text, pen_name, person):
    names, _ = extract(pipeline, text)
    assert (T.PERSON, person) in names and (T.PERSON, pen_name) not in names, names


@pytest.mark.parametrize("text, person, body", [
    # a party's role in a case names the person after it, who holds no post in the court
    ("邢台市信都区人民法院一审判处被告人李某某有期徒刑三年。", "李某某", "邢台市信都区人民法院"),
    ("保定市人民检察院依法对犯罪嫌疑人王某某提起公诉。", "王某某", "保定市人民检察院"),
    # a firm's actual controller holds no post in it (nor in the regulator)
    ("中国证监会湖北监管局对某某科技股份有限公司及其实际控制人王某某出具警示函。", "王某某",
     "中国证券监督管理委员会湖北监管局"),
])
def test_a_role_in_a_case_is_no_post(pipeline, text, person, body):
    names, facts = extract(pipeline, text)
    assert (T.PERSON, person) in names and (T.AGENCY, body) in names, names
    assert not [f for f in facts if f[1] is P.WORKS_FOR], facts


@pytest.mark.parametrize("recognised, rule, kept", [
    # the recogniser stretches a name back over a character no surname is: the rule's name stands
    ((0, 4, "稿王晓红"), (1, 4, "王晓红"), "王晓红"),
    ((0, 3, "据李明"), (1, 3, "李明"), "李明"),
    ((0, 4, "和张建国"), (1, 4, "张建国"), "张建国"),
    # over a surname, or a compound one, the recogniser's longer name stands
    ((0, 3, "欧阳明"), (1, 3, "阳明"), "欧阳明"),
    ((0, 4, "司马相如"), (2, 4, "相如"), "司马相如"),
    ((0, 3, "张三丰"), (1, 3, "三丰"), "张三丰"),
])
def test_a_recognised_name_stretched_over_a_non_surname_gives_way(recognised, rule, kept):
    from kg.extract.base import Candidate
    from kg.extract.recognised import RANK, fused

    span = Candidate(T.PERSON, *recognised, rank=RANK)
    found = fused([span], [Candidate(T.PERSON, *rule)])
    assert [c.canonical for c in found] == [kept]


@pytest.mark.parametrize("span, kept", [
    # a body named after the programme it runs: the recogniser's body stands
    ((T.AGENCY, 0, 14, "京津冀协同发展领导小组办公室"), ["京津冀协同发展领导小组办公室"]),
    ((T.AGENCY, 0, 11, "京津冀协同发展领导小组"), ["京津冀协同发展领导小组"]),
    # a span that reads on past the programme to no body's ending gives way to it
    ((T.ORGANIZATION, 0, 9, "京津冀协同发展战略"), ["京津冀协同发展"]),
])
def test_a_programme_a_bodys_name_opens_with_gives_way_to_the_body(span, kept):
    from kg.extract.base import Candidate
    from kg.extract.recognised import RANK, fused

    rule = Candidate(T.PROGRAM, 0, 7, "京津冀协同发展")
    found = fused([Candidate(*span, rank=RANK)], [rule])
    assert [c.canonical for c in found] == kept


@pytest.mark.parametrize("recognised, kept", [
    # a firm's branch named after the firm's full name, which the recogniser cuts in two at the
    # firm's legal form: the rules' one name stands
    ([(0, 12, "中国石油化工股份有限公司"), (12, 19, "沧州炼化分公司")], ["中国石油化工股份有限公司沧州炼化分公司"]),
    ([(0, 12, "中国石油化工股份有限公司")], ["中国石油化工股份有限公司沧州炼化分公司"]),
    # cut elsewhere, or a span of the whole, the recogniser's names stand
    ([(0, 14, "中国石油化工股份有限公司沧州")], ["中国石油化工股份有限公司沧州"]),
    ([(0, 19, "中国石油化工股份有限公司沧州炼化分公司")], ["中国石油化工股份有限公司沧州炼化分公司"]),
])
def test_a_firms_branch_the_recogniser_cuts_at_the_firm_stays_whole(recognised, kept):
    from kg.extract.base import Candidate
    from kg.extract.recognised import RANK, fused

    rule = Candidate(T.COMPANY, 0, 19, "中国石油化工股份有限公司沧州炼化分公司")
    found = fused([Candidate(T.COMPANY, *span, rank=RANK) for span in recognised], [rule])
    assert [c.canonical for c in found] == kept


@pytest.mark.parametrize("name, taken", [
    # what a person's name looks like: Chinese names, transliterations with or without
    # their middle dots, Latin names each word capitalised
    ("王晓红", True),
    ("欧阳明月", True),
    ("梅赫曼帕拉斯特", True),
    ("弗拉基米尔·普京", True),
    ("保罗•盖蒂", True),
    ("菲利普·西摩尔·霍夫曼", True),
    ("安德烈-舍甫琴科", True),  # sports pages join a transliteration with a hyphen
    ("让-保罗·萨特", True),
    ("Erik", True),
    ("Steve Niles", True),
    # and what it does not
    ("李村", False),  # a village
    ("王老师", False),  # a surname and a form of address
    ("共同推进区域协调发展", False),  # a clause, not a name
    ("GDP", False),
    ("xigua", False),  # a player's handle
    ("·普京", False),
])
def test_a_recognised_person_is_taken_where_it_looks_like_a_name(name, taken):
    from kg.extract.recognised import recognised
    from kg.recognise.model import Tagged

    text = f"据{name}介绍"
    found = recognised([Tagged(1, 1 + len(name), "PERSON", 0.99)], text, HEBEI)
    assert [c.canonical for c in found] == ([name] if taken else [])


@pytest.mark.parametrize("text, name, confidence, taken", [
    # an organisation whose name ends as only a school's, a hospital's or an institute's does
    # is taken from 0.5 up (在清华大学|任土木工程系教授, split at the 任)
    ("在清华大学任土木工程系教授的父亲常年不在家。", "清华大学", 0.65, True),
    ("伯明翰大学在科学研究方面享有声誉。", "伯明翰大学", 0.55, True),
    # ... not below it, nor another organisation below the bar
    ("伯明翰大学在科学研究方面享有声誉。", "伯明翰大学", 0.45, False),
    ("某某电竞俱乐部宣布解散。", "某某电竞俱乐部", 0.65, False),
])
def test_an_organisation_with_a_schools_ending_is_taken_less_sure(text, name, confidence, taken):
    from kg.extract.recognised import recognised

    found = recognised([read_as(text, name, "ORGANIZATION", confidence)], text, HEBEI)
    assert [c.canonical for c in found] == ([name] if taken else [])


@pytest.mark.parametrize("text, name, taken", [
    # a site's name before the word for the site reads like a person's, and is none
    ("阿拉善盟额济纳旗胡杨林景区接待游客50万人次。", "胡杨林", False),
    ("市民在白云公园晨练。", "白云", False),
    # ... but a person's former home is the person's
    ("游客参观鲁迅故居。", "鲁迅", True),
])
def test_a_recognised_person_before_a_sites_word_is_none(text, name, taken):
    from kg.extract.recognised import recognised

    found = recognised([read_as(text, name, "PERSON", 0.99)], text, HEBEI)
    assert [c.canonical for c in found] == ([name] if taken else [])


@pytest.mark.parametrize("span, name", [
    # a post or title the recogniser reads into the end of a name is no part of it
    ("黄庆学院士", "黄庆学"),
    ("周明远教授", "周明远"),
    ("刘芳研究员", "刘芳"),
    # ... but a name may end as a title does, after a surname alone
    ("李冠军", "李冠军"),
    ("欧阳冠军", "欧阳冠军"),
])
def test_a_recognised_name_ends_before_a_title(span, name):
    from kg.extract.recognised import recognised
    from kg.recognise.model import Tagged

    text = f"据{span}介绍"
    found = recognised([Tagged(1, 1 + len(span), "PERSON", 0.99)], text, HEBEI)
    assert [c.canonical for c in found] == [name]


@pytest.mark.parametrize("rule_type, kept", [
    # a name the rules read as a firm's from its context (宏达、瑞丰等5家企业) stays a firm
    (T.COMPANY, T.COMPANY),
    (T.AGENCY, T.AGENCY),
    (T.ORGANIZATION, T.ORGANIZATION),
])
def test_a_recognised_person_does_not_replace_a_body_of_the_same_characters(rule_type, kept):
    from kg.extract.base import Candidate
    from kg.extract.recognised import RANK, fused

    span = Candidate(T.PERSON, 3, 5, "瑞丰", rank=RANK)
    found = fused([span], [Candidate(rule_type, 3, 5, "瑞丰")])
    assert [c.type for c in found] == [kept]
    # a longer person over a rule's shorter name still stands where nothing protects it
    longer = fused([Candidate(T.PERSON, 2, 5, "王瑞丰", rank=RANK)], [Candidate(rule_type, 3, 5, "瑞丰")])
    assert [c.type for c in longer] == [T.PERSON]


@pytest.mark.parametrize("text", ["局长向记者介绍了有关情况。", "副市长由衷地感谢大家。"])
def test_a_word_of_function_after_a_post_opens_no_name(pipeline, text):
    names, _ = extract(pipeline, text)
    assert not [n for t, n in names if t is T.PERSON], names


@pytest.mark.parametrize("text", ["王书记一行察看了项目建设现场。", "张主任表示,将进一步加大帮扶力度。"])
def test_a_surname_and_a_post_is_a_form_of_address_not_a_name(pipeline, text):
    names, _ = extract(pipeline, text)
    assert not [n for t, n in names if t is T.PERSON], names


def test_a_bodys_declared_short_name_names_it_wherever_written_again(pipeline):
    text = "邢台某某环保科技有限公司(以下简称“某某环保”)因超标排放被罚款10万元。某某环保表示将立即整改。"
    x = pipeline.extract_article(article(text), HEBEI)
    again = [m for m in x.mentions if m.text == "某某环保"]
    assert len(again) == 2 and {m.canonical for m in again} == {"邢台某某环保科技有限公司"}, x.mentions
    # ... but not a short name that is a common word
    text = "某某科技股份有限公司(以下简称“公司”)发布公告。公司董事会审议通过了议案。"
    x = pipeline.extract_article(article(text), HEBEI)
    assert not [m for m in x.mentions if m.text == "公司"], x.mentions


@pytest.mark.parametrize("text, short, full", [
    ("中国石油化工集团有限公司(中国石化)与河北省政府签署合作协议。中国石化将加大在冀投资。", "中国石化",
     "中国石油化工集团有限公司"),
    ("河北某某钢铁集团有限公司(某某钢铁)发布公告。某某钢铁表示,将按期完成超低排放改造。", "某某钢铁",
     "河北某某钢铁集团有限公司"),
])
def test_a_bodys_short_name_in_brackets_alone_names_it(pipeline, text, short, full):
    """A body's short name in brackets right after it, its characters the name's in their
    order, names the body there and wherever the text writes it again."""
    x = pipeline.extract_article(article(text), HEBEI)
    again = [m for m in x.mentions if m.text == short]
    assert len(again) == 2 and {m.canonical for m in again} == {full}, x.mentions


def test_a_place_in_brackets_after_a_firm_is_no_short_name_of_it(pipeline):
    text = "石家庄某某科技有限公司(石家庄)与省科技厅签约。石家庄高新区将提供配套服务。"
    x = pipeline.extract_article(article(text), HEBEI)
    assert {m.type for m in x.mentions if m.text == "石家庄"} == {T.PLACE}, x.mentions


@pytest.mark.parametrize("text, firms", [
    # firms listed before 等企业 with no count, the words of time or place opening the list left out
    ("今年该县京安集团、骄阳电器、金龙工贸、陕西路达等企业共捐资11万元。",
     {"京安集团", "骄阳电器", "金龙工贸", "陕西路达"}),
    ("组织美团、饿了么等知名企业座谈。", {"美团", "饿了么"}),
    # ... of a kind of firms, after the body joining them
    ("市商务局联合京东、苏宁易购等平台企业发放家电消费券。", {"京东", "苏宁易购"}),
    # ... not trades listed before a kind of firms
    ("钢铁、焦化等龙头企业完成超低排放改造。", set()),
    # ... not trades listed before a field's firms
    ("支持医药制剂、酿品、日用玻璃等领域企业开展技术改造。", set()),
    ("钢铁、焦化、化工等企业要加快转型。", set()),
])
def test_firms_listed_before_their_word(pipeline, text, firms):
    names, _ = extract(pipeline, text)
    assert {n for t, n in names if t is T.COMPANY} == firms, names


def test_a_firm_in_a_list_of_firms_is_not_made_a_person(pipeline):
    names, _ = extract(pipeline, "培育宏达、瑞丰等5户企业进入国家企业技术中心名单。")
    assert (T.COMPANY, "瑞丰") in names and (T.PERSON, "瑞丰") not in names


@pytest.mark.parametrize("name, label, expected", [
    # …中心 ends a firm's unit or business as readily as a public body's: the label stands
    ("光大银行信用卡中心", "COMPANY", T.COMPANY),
    ("新东方留学咨询中心", "COMPANY", T.COMPANY),
    ("邯郸市疾病预防控制中心", "AGENCY", T.AGENCY),
    ("绿色未来环境教育中心", "ORGANIZATION", T.ORGANIZATION),
    # …网 a firm's website as readily as a news organisation's
    ("途牛旅游网", "COMPANY", T.COMPANY),
    ("中国政府网", "AGENCY", T.AGENCY),
    # nor does an ending after a single character: a brand's name, not a unit's
    ("万科", "COMPANY", T.COMPANY),
    ("中行", "COMPANY", T.COMPANY),
    ("美军", "AGENCY", T.AGENCY),
    # a longer ending still decides, and so do the others
    ("华北能源研究中心", "COMPANY", T.ORGANIZATION),
    ("人事统计科", "COMPANY", T.AGENCY),
    ("邯郸市财政局", "COMPANY", T.AGENCY),
    ("冀中能源股份有限公司", "AGENCY", T.COMPANY),
    # a Party branch is an organ of the Party, a village's or a firm's
    ("南湖区凤桥镇新民村党总支", "ORGANIZATION", T.AGENCY),
    ("平山县岗南镇上村党支部", "ORGANIZATION", T.AGENCY),
    # an international organisation is an organisation, not an organ of a state
    ("世界卫生组织", "AGENCY", T.ORGANIZATION),
    ("上海合作组织", "AGENCY", T.ORGANIZATION),
    # a unit named after an association or a people's organisation is the organisation's
    ("中国篮协竞赛部", "AGENCY", T.ORGANIZATION),
    ("中国足协纪律委员会", "AGENCY", T.ORGANIZATION),
    ("湖南省妇联权益部", "AGENCY", T.ORGANIZATION),
    ("中华全国总工会办公厅", "AGENCY", T.ORGANIZATION),
    # and so is a hospital's or a school's department
    ("湘潭市中心医院神经内科", "AGENCY", T.ORGANIZATION),
    ("河北大学教务处", "AGENCY", T.ORGANIZATION),
    # but not its Party organ, nor the CPPCC's committee (协商会议 holds no 商会), nor the
    # administration of a place named after a school
    ("中国钢铁工业协会党委", "AGENCY", T.AGENCY),
    ("重庆大学城管理委员会", "AGENCY", T.AGENCY),
    ("中国人民政治协商会议第八届全国委员会", "AGENCY", T.AGENCY),
    # a commission's office is the state's or the Party's, whatever the recogniser read
    ("中央财经委员会办公室", "ORGANIZATION", T.AGENCY),
    ("湖南省安全生产委员会办公室", "ORGANIZATION", T.AGENCY),
    ("国务院学位委员会办公室", "AGENCY", T.AGENCY),
    # an association's commission's office is the association's
    ("中国足协纪律委员会办公室", "AGENCY", T.ORGANIZATION),
    # a level's word before an ending is no brand's first character: the ending decides
    ("县融媒体中心", "AGENCY", T.ORGANIZATION),
    ("区图书馆", "COMPANY", T.ORGANIZATION),
])
def test_a_recognised_body_is_typed_by_a_deciding_ending_else_by_its_label(name, label, expected):
    from kg.extract.recognised import recognised
    from kg.recognise.model import Tagged

    text = f"据{name}消息"
    (found,) = recognised([Tagged(1, 1 + len(name), label, 0.99)], text, HEBEI)
    assert (found.canonical, found.type) == (name, expected)


def reported(name, label, confidence=0.99):
    """What the fusion takes of the recogniser's ``label`` for ``name`` in 据…消息."""
    from kg.extract.recognised import recognised
    from kg.recognise.model import Tagged

    return recognised([Tagged(1, 1 + len(name), label, confidence)], f"据{name}消息", HEBEI)


@pytest.mark.parametrize("name, label, taken", [
    # a firm's department is not a ministry: no agency, and a company where read as one
    ("钢铁公司制造部", "AGENCY", None),
    ("润泽地产市场部", "COMPANY", T.COMPANY),
    ("华夏银行信贷部", "ORGANIZATION", None),
    # …部 of the state, and a firm's other units, as before
    ("商务部", "AGENCY", T.AGENCY),
    ("人事部", "AGENCY", T.AGENCY),
    ("河北省委组织部", "AGENCY", T.AGENCY),
    ("钢铁公司工会", "ORGANIZATION", T.ORGANIZATION),
])
def test_a_firms_department_is_not_taken_for_a_ministry(name, label, taken):
    found = reported(name, label)
    assert [(x.canonical, x.type) for x in found] == ([(name, taken)] if taken else [])


@pytest.mark.parametrize("name, label, taken", [
    # a congress by its number, a plenary session, a summit or forum: meetings, not bodies
    ("中共十九大", "ORGANIZATION", False),
    ("十九届四中全会", "ORGANIZATION", False),
    ("桥西区五大", "AGENCY", False),
    ("中国—东盟商务峰会", "ORGANIZATION", False),
    ("博鳌亚洲论坛", "ORGANIZATION", False),
    ("中国国际进口博览会", "COMPANY", False),
    # a congress by the number of its session is a meeting; by its term's, the body
    ("中国共产党第二十次全国代表大会", "AGENCY", False),
    ("河北省第十一次党代会", "AGENCY", False),
    ("第十四届全国人民代表大会", "AGENCY", True),
    # a congress as a body, and bodies whose names hold a number
    ("石家庄市人民代表大会", "AGENCY", True),
    ("河北师范大学", "ORGANIZATION", True),
    ("第四十一中学", "ORGANIZATION", True),
    # a park or a development zone is neither a place (GUIDELINES) nor a body
    ("石家庄高新区", "AGENCY", False),
    ("正定数字经济产业园", "ORGANIZATION", False),
    ("中关村软件园", "COMPANY", False),
    # a park's company or administration is a body
    ("高新区管委会", "AGENCY", True),
    ("软件园发展有限公司", "COMPANY", True),
    # brackets a name opens it closes
    ("生态环境部(应对气候变化司", "AGENCY", False),
    ("中国银行(香港)有限公司", "COMPANY", True),
    ("河北钢铁集团（唐钢）", "COMPANY", True),
    # a word ending in 局 that is no bureau; bureaus whose names end so
    ("新闻出版业大变局", "AGENCY", False),
    ("区域协调发展新格局", "AGENCY", False),
    ("沧州市财政局", "AGENCY", True),
    ("石家庄市价格局", "AGENCY", True),
    ("香港行政局", "AGENCY", True),
])
def test_a_meeting_a_zone_or_a_broken_bracket_is_not_taken_for_a_body(name, label, taken):
    assert [x.canonical for x in reported(name, label)] == ([name] if taken else [])


@pytest.mark.parametrize("name, label, confidence, taken", [
    ("唐山陶瓷促进会", "ORGANIZATION", 0.75, True),   # an organisation from 0.7
    ("唐山陶瓷促进会", "ORGANIZATION", 0.65, False),
    ("唐山陶瓷研究所", "ORGANIZATION", 0.55, True),   # ... one ending as only an institute's does from 0.5
    ("唐山陶瓷研究所", "ORGANIZATION", 0.45, False),
    ("唐山陶瓷研究所", "AGENCY", 0.55, True),         # an agency from 0.5
    ("唐山陶瓷研究所", "AGENCY", 0.45, False),
    ("唐山陶瓷有限公司", "COMPANY", 0.65, True),      # a company from 0.6
    ("唐山陶瓷有限公司", "COMPANY", 0.55, False),
])
def test_the_floor_of_each_type(name, label, confidence, taken):
    assert bool(reported(name, label, confidence)) == taken


@pytest.mark.parametrize("name, confidence, taken", [
    # below 0.8 an agency needs a proper part: a place's name, a rare word
    ("俄罗斯国防部", 0.55, True),
    ("新加坡金融管理局", 0.7, True),
    ("评选委员会", 0.7, False),      # a prize's committee, no body's name
    ("街道办事处", 0.7, False),
    # from 0.8 the recogniser's word stands
    ("评选委员会", 0.85, True),
])
def test_an_agency_the_recogniser_is_less_sure_of_needs_a_proper_part(pipeline, name, confidence, taken):
    from kg.extract.recognised import _has_proper_part, recognised
    from kg.recognise.model import Tagged

    text = f"据{name}消息"
    tokens, words = pipeline.segmenter(text), pipeline.segmenter

    def proper(start, end):
        return _has_proper_part(text, tokens, start, end, words.frequency, words.tag)

    found = recognised([Tagged(1, 1 + len(name), "AGENCY", confidence)], text, HEBEI, proper=proper)
    assert [x.canonical for x in found] == ([name] if taken else [])


@pytest.mark.parametrize("text, written, canonical", [
    # the country's name before a national body's: that body, its mention the whole name
    ("中国外交部发言人表示,中方对此表示关注。", "中国外交部", "外交部"),
    ("据中华人民共和国科学技术部消息,项目已获批复。", "中华人民共和国科学技术部", "科学技术部"),
    ("中国国务院总理出席开幕式。", "中国国务院", "国务院"),
    # another country's is another body
    ("美国国务院发言人表示关注。", "美国国务院", "美国国务院"),
])
def test_the_countrys_name_before_a_national_body(pipeline, text, written, canonical):
    x = pipeline.extract_article(article(text), HEBEI)
    agencies = [(text[m.start:m.end], m.canonical) for m in x.mentions if m.type is T.AGENCY]
    assert agencies == [(written, canonical)]


@pytest.mark.parametrize("written, canonical", [
    # the short forms national news gives national bodies (Xinhua's usage)
    ("国家市场监管总局", "国家市场监督管理总局"),
    ("国家金融监管总局", "国家金融监督管理总局"),
    ("中央纪委", "中共中央纪律检查委员会"),
    ("国家监委", "国家监察委员会"),
    ("国家网信办", "国家互联网信息办公室"),
    ("中国民航局", "中国民用航空局"),
    ("中央文明办", "中央精神文明建设指导委员会办公室"),
])
def test_a_national_bodys_short_form_is_that_body(pipeline, written, canonical):
    text = f"{written}近日通报了一批典型案例。"
    x = pipeline.extract_article(article(text), HEBEI)
    assert [(text[m.start:m.end], m.canonical) for m in x.mentions if m.type is T.AGENCY] == [(written, canonical)]


@pytest.mark.parametrize("text, written, canonical", [
    # the central news organisations by the names they sign with: organisations, not agencies
    ("据央视报道,应急管理部已派出工作组赶赴现场。", "央视", "中央广播电视总台"),
    ("新华社北京12月4日电(记者 王琦)国家统计局4日发布数据。", "新华社", "新华通讯社"),
    ("中新社记者从国家林草局获悉,全国森林覆盖率持续提高。", "中新社", "中国新闻社"),
])
def test_a_news_organisations_short_name(pipeline, text, written, canonical):
    x = pipeline.extract_article(article(text), HEBEI)
    assert (written, T.ORGANIZATION, canonical) in {(text[m.start:m.end], m.type, m.canonical) for m in x.mentions}


@pytest.mark.parametrize("text, merged, parts", [
    # national bodies printed one after another, the joint issuers of national documents
    ("中共中央办公厅国务院办公厅印发《关于加强基层治理的意见》。", "中共中央办公厅国务院办公厅",
     [("中共中央办公厅", "AGENCY"), ("国务院办公厅", "AGENCY")]),
    ("中办国办印发通知。", "中办国办", [("中办", "AGENCY"), ("国办", "AGENCY")]),
    ("据中央纪委国家监委通报,案件已移送审查起诉。", "中央纪委国家监委",
     [("中央纪委", "AGENCY"), ("国家监委", "AGENCY")]),
    ("全国妇联共青团中央联合开展活动。", "全国妇联共青团中央",
     [("全国妇联", "ORGANIZATION"), ("共青团中央", "ORGANIZATION")]),
    # one body's own name, a unit of one, and a body the lexicon does not know: as they are
    ("国务院国资委召开会议。", "国务院国资委", [("国务院国资委", "AGENCY")]),
    ("全国人大常委会办公厅发布公告。", "全国人大常委会办公厅", [("全国人大常委会办公厅", "AGENCY")]),
    ("财政部驻河北监管局开展检查。", "财政部驻河北监管局", [("财政部驻河北监管局", "AGENCY")]),
])
def test_national_bodies_written_together_are_as_many_bodies(pipeline, text, merged, parts):
    from kg.extract.recognised import national_names, written_together

    split = written_together([read_as(text, merged)], national_names(pipeline.gazetteer.hits(text)))
    assert [(text[s.start:s.end], s.label) for s in split] == parts
    assert all(s.confidence == 0.9 for s in split)


@pytest.mark.parametrize("text, merged, parts", [
    # two bodies read as one across 联合 or 会同, the next opening with its place's level: both
    ("县人社局联合县总工会开展专场招聘会。", "县人社局联合县总工会",
     [("县人社局", "ORGANIZATION"), ("县总工会", "ORGANIZATION")]),
    ("区城管执法局会同区市场监管局开展整治。", "区城管执法局会同区市场监管局",
     [("区城管执法局", "AGENCY"), ("区市场监管局", "AGENCY")]),
    # ... the first alone where the next has no place; a federation's 联合会 is one name
    ("鹭江街道办事处联合辖区派出所开展宣传。", "鹭江街道办事处联合辖区派出所", [("鹭江街道办事处", "AGENCY")]),
    ("省工商业联合会举办民营企业家座谈会。", "省工商业联合会", [("省工商业联合会", "ORGANIZATION")]),
    # ... and across 和, 与 or 及 after a body's ending; not 马鞍山市和县, a city and its county
    ("县教育局和县财政局联合发文。", "县教育局和县财政局", [("县教育局", "AGENCY"), ("县财政局", "AGENCY")]),
    ("马鞍山市和县人民政府召开会议。", "马鞍山市和县人民政府", [("马鞍山市和县人民政府", "AGENCY")]),
])
def test_bodies_read_across_a_join_word_are_split_there(text, merged, parts):
    from kg.extract.recognised import at_joins

    split = at_joins([read_as(text, merged, parts[0][1])], text)
    assert [(text[s.start:s.end], s.label) for s in split] == parts


@pytest.mark.parametrize("text, read, label, kept", [
    # a verb read into a body's end, which jieba joins to the ending (海关监管)
    ("太原海关监管进出口货物总值同比增长。", "太原海关监管", "AGENCY", "太原海关"),
    ("省公安厅交警总队执法检查了一批车辆。", "省公安厅交警总队执法", "AGENCY", "省公安厅交警总队"),
    # ... the verb an organisation's ending too (组织), after a body's ending
    ("省贸促会山东分会组织企业参展。", "省贸促会山东分会组织", "ORGANIZATION", "省贸促会山东分会"),
    ("县计生协会组织志愿者入户走访。", "县计生协会组织", "ORGANIZATION", "县计生协会"),
    ("世界卫生组织发布报告。", "世界卫生组织", "ORGANIZATION", "世界卫生组织"),
    # ... not a firm's end, nor one where what is left ends in one character that ends no body
    ("阿里巴巴集团控股发布公告。", "阿里巴巴集团控股", "COMPANY", "阿里巴巴集团控股"),
    ("竞游ECL电子竞技冠军联赛开幕。", "竞游ECL电子竞技冠军联赛", "ORGANIZATION", "竞游ECL电子竞技冠军联赛"),
])
def test_a_verb_read_into_a_bodys_end_is_cut_off(pipeline, text, read, label, kept):
    from kg.extract.recognised import without_trailing_verb

    [span] = without_trailing_verb([read_as(text, read, label)], text, pipeline.segmenter.tag)
    assert text[span.start:span.end] == kept


@pytest.mark.parametrize("text, read, taken", [
    # a unit's name read as a person's: a common word and a unit's ending
    ("市中心医院院长助理、呼吸科主任张某带领团队出诊。", "呼吸科", False),
    ("市财政局财务处处长李某介绍预算执行情况。", "财务处", False),
    # ... not a name whose given name ends as a unit does
    ("王建科主任介绍了有关情况。", "王建科", True),
])
def test_a_units_name_is_no_persons(pipeline, text, read, taken):
    from kg.extract.recognised import without_units_as_people

    words = pipeline.segmenter
    kept = without_units_as_people([read_as(text, read, "PERSON")], text, words.frequency, words.tag)
    assert bool(kept) is taken


@pytest.mark.parametrize("text, merged, parts", [
    # a body read across a verb to a body opening with its place's level: both
    ("县卫健委督促县人民医院落实整改措施。", "县卫健委督促县人民医院",
     [("县卫健委", "ORGANIZATION"), ("县人民医院", "ORGANIZATION")]),
    ("区政府责成区住建局限期整改。", "区政府责成区住建局", [("区政府", "AGENCY"), ("区住建局", "AGENCY")]),
    # ... or across a verb no name holds (共建): both
    ("河北大学与保定市第一中心医院共建临床医学联合实验室。", "保定市第一中心医院共建临床医学联合实验室",
     [("保定市第一中心医院", "ORGANIZATION"), ("临床医学联合实验室", "ORGANIZATION")]),
    # ... or across the 任 of a post taken in it: both
    ("王某某曾在河北大学任经济学院院长。", "河北大学任经济学院",
     [("河北大学", "ORGANIZATION"), ("经济学院", "ORGANIZATION")]),
    # ... not a name with no verb in it, nor one whose verb no level follows
    ("市委组织部召开会议。", "市委组织部", [("市委组织部", "AGENCY")]),
    ("河北某某科技有限责任公司今年营收增长。", "河北某某科技有限责任公司", [("河北某某科技有限责任公司", "COMPANY")]),
    ("市政府督查室通报了检查结果。", "市政府督查室", [("市政府督查室", "AGENCY")]),
])
def test_bodies_read_across_a_verb_are_split_there(pipeline, text, merged, parts):
    from kg.extract.recognised import at_verbs

    split = at_verbs([read_as(text, merged, parts[0][1])], text, pipeline.segmenter(text))
    assert [(text[s.start:s.end], s.label) for s in split] == parts


@pytest.mark.parametrize("text, name, kind", [
    # a board the recogniser reads as an agency is its owner's kind: a firm's (by its ending
    # or a listed short name) a company's
    ("新奥集团董事局主席王玉锁出席论坛。", "新奥集团董事局", T.COMPANY),
    ("格力电器董事会审议通过了该议案。", "格力电器董事会", T.COMPANY),
    # ... another's an organisation's, never an agency's (局, 会 end agencies' names)
    ("某某基金会董事会批准了资助计划。", "某某基金会董事会", T.ORGANIZATION),
])
def test_a_board_is_of_its_owners_kind(text, name, kind):
    from kg.extract.recognised import recognised

    found = recognised([read_as(text, name, confidence=0.95)], text, Context())
    assert [(c.type, text[c.start:c.end]) for c in found] == [(kind, name)]


@pytest.mark.parametrize("text, read, body", [
    # a body read on into a former unit or post (原, former) ends before it
    ("省住建厅原党组书记李某某接受审查。", "省住建厅原党组", "省住建厅"),
    ("某某研究院原党委书记王某被查。", "某某研究院原党委", "某某研究院"),
    ("县交通运输局原副局长张某被开除党籍。", "县交通运输局原副局长", "县交通运输局"),
    # ... not where 原 opens another word of the name
    ("香港高等法院原讼法庭作出判决。", "高等法院原讼法庭", "高等法院原讼法庭"),
])
def test_a_body_ends_before_a_former_post(text, read, body):
    from kg.extract.recognised import without_former

    cut = without_former([read_as(text, read)], text)
    assert [text[s.start:s.end] for s in cut] == [body]


@pytest.mark.parametrize("text, read, bodies", [
    # a body read on into a meeting of it ends before the meeting; a meeting alone is no body
    ("省政府常务会议研究部署冬春农田水利建设", "省政府常务会议研究部署", ["省政府"]),
    ("县政府党组会议研究安全生产工作。", "县政府党组会议", ["县政府"]),
    ("常务会议研究部署防汛工作。", "常务会议研究部署", []),
    # not the CPPCC, nor a conference centre or an organisation named after meetings
    ("中国人民政治协商会议第十四届全国委员会开幕。", "中国人民政治协商会议第十四届全国委员会",
     ["中国人民政治协商会议第十四届全国委员会"]),
    ("伊斯兰会议组织发表声明。", "伊斯兰会议组织", ["伊斯兰会议组织"]),
])
def test_a_body_ends_before_a_meeting_of_it(text, read, bodies):
    from kg.extract.recognised import before_meetings

    cut = before_meetings([read_as(text, read)], text)
    assert [text[s.start:s.end] for s in cut] == bodies


@pytest.mark.parametrize("text, unit, kind", [
    # a unit named after its body with two fields joined by 及, 与 or 和 in its name is one unit
    ("中国环境科学研究院大气污染及防治技术研究中心发布报告。", "中国环境科学研究院大气污染及防治技术研究中心",
     T.ORGANIZATION),
    ("省水利厅水资源及河湖管理处处长李某表示,河湖长制全面落实。", "河北省水利厅水资源及河湖管理处", T.AGENCY),
])
def test_a_unit_with_two_fields_joined_in_its_name_is_one(pipeline, text, unit, kind):
    names, _ = extract(pipeline, text)
    assert (kind, unit) in names, names


@pytest.mark.parametrize("text, bodies", [
    # not bodies listed with the word, a name between, nor a body named with its own place
    ("某某集团有限公司总裁王某和某某研究院院长李某签约。", {"某某集团有限公司", "某某研究院"}),
    ("河北大学学生及河北省环境监测中心工作人员参加活动。", {"河北大学", "河北省环境监测中心"}),
])
def test_bodies_joined_by_a_word_stay_apart(pipeline, text, bodies):
    names, _ = extract(pipeline, text)
    assert {n for t, n in names if t in (T.AGENCY, T.ORGANIZATION, T.COMPANY)} == bodies, names


def test_bodies_split_at_a_join_word_are_found_where_no_county_is_named(pipeline):
    names, _ = extract(pipeline, "县人社局联合县总工会开展专场招聘会。")
    assert {(T.AGENCY, "县人社局"), (T.ORGANIZATION, "县总工会")} <= names, names


@pytest.mark.parametrize("text, issuers", [
    ("中共中央国务院印发《关于全面推进乡村振兴的意见》。", {"中共中央", "国务院"}),
    ("中办国办印发《关于进一步加强青少年体育工作的意见》。", {"中共中央办公厅", "国务院办公厅"}),
])
def test_a_document_issued_by_national_bodies_written_together(pipeline, text, issuers):
    names, facts = extract(pipeline, text)
    document = text[text.index("《") + 1:text.index("》")]
    assert {o for s, p, o in facts if s == document and p is P.ISSUED_BY} == issuers
    assert {(T.AGENCY, name) for name in issuers} <= names


@pytest.mark.parametrize("text, bodies", [
    # a place's discipline commission and supervisory commission, written as one (纪委监委)
    ("据省纪委监委通报,3起典型问题已查处。", {"中共河北省纪律检查委员会", "河北省监察委员会"}),
    ("市纪委监委派出督导组赴各县开展督导。", {"中共石家庄市纪律检查委员会", "石家庄市监察委员会"}),
    ("邯郸市纪委监委公开通报了一批案例。", {"中共邯郸市纪律检查委员会", "邯郸市监察委员会"}),
])
def test_a_places_bodies_written_together_are_each_that_places(pipeline, text, bodies):
    names, _ = extract(pipeline, text)
    assert {(T.AGENCY, name) for name in bodies} <= names
    assert not any(t is T.AGENCY and "监委" in n and "纪" in n for t, n in names)


@pytest.mark.parametrize("text, read, name", [
    # a withheld name ends with its 某 or 某某: the copula after it is the sentence's
    ("经查,王某系某某公司员工。", "王某系", "王某"),
    ("犯罪嫌疑人张某某系无业人员。", "张某某系", "张某某"),
    ("欧阳某系该公司股东。", "欧阳某系", "欧阳某"),
    # ... but for the mark telling two such names apart
    ("王某甲与王某乙系兄弟。", "王某甲", "王某甲"),
])
def test_a_withheld_name_ends_with_its_mark(text, read, name):
    from kg.extract.recognised import recognised

    found = recognised([read_as(text, read, "PERSON", 0.99)], text, HEBEI)
    assert [c.canonical for c in found] == [name]


@pytest.mark.parametrize("text, name, label, taken", [
    # 一 (a, one) as a word of its own makes a description, not a name
    ("广州一家公司宣布裁员", "广州一家公司", "COMPANY", False),
    ("郑州一快递公司员工表示", "郑州一快递公司", "COMPANY", False),
    ("据南京一所中学的老师介绍", "南京一所中学", "ORGANIZATION", False),
    # ... and so where it opens the span (一|汽修厂: a car repair shop)
    ("他找到了一汽修厂的老板", "一汽修厂", "COMPANY", False),
    # so does a word of "a certain" (某位, 某个), unlike a name withheld (某某)
    ("据海军某部某位舰队司令介绍", "海军某部某位舰队", "AGENCY", False),
    ("东部某个省级部门负责人表示", "东部某个省级部门", "AGENCY", False),
    ("据河北某某科技有限公司介绍", "河北某某科技有限公司", "COMPANY", True),
    # inside a word of its own it is part of the name
    ("一汽大众公司发布新车", "一汽大众公司", "COMPANY", True),
    ("统一企业公布业绩", "统一企业", "COMPANY", True),
    ("长春第一汽车制造厂建成投产", "长春第一汽车制造厂", "COMPANY", True),
])
def test_a_body_with_an_indefinite_article_is_a_description(pipeline, text, name, label, taken):
    from kg.extract.recognised import indefinite_starts, recognised

    found = recognised([read_as(text, name, label, 0.99)], text, HEBEI,
                       indefinite=indefinite_starts(text, pipeline.segmenter(text)))
    assert [x.canonical for x in found] == ([name] if taken else [])


@pytest.mark.parametrize("name, confidence, taken", [
    # below 0.9 an organisation needs a proper part: a rare word, a name, or a place it opens with
    ("莲花小学", 0.85, True),       # 莲花 (a lotus) is common, and the short name of 莲花县
    ("长安中学", 0.85, True),
    ("育英中学", 0.85, True),
    ("标准编写小组", 0.85, False),  # no name in it
    ("评选委员会", 0.85, False),
    ("鞍钢", 0.85, False),
    # from 0.9 the recogniser's word stands: a short name jieba knows as a common noun
    ("鞍钢", 0.99, True),
    ("联想", 0.95, True),         # a verb to jieba (to associate)
    ("联想", 0.85, False),
])
def test_an_organisation_needs_a_proper_part(pipeline, name, confidence, taken):
    from kg.extract.recognised import _has_proper_part, place_starts, recognised
    from kg.recognise.model import Tagged

    text = f"据{name}消息"
    tokens, words = pipeline.segmenter(text), pipeline.segmenter

    def proper(start, end):
        return _has_proper_part(text, tokens, start, end, words.frequency, words.tag)

    found = recognised([Tagged(1, 1 + len(name), "ORGANIZATION", confidence)], text, HEBEI, proper=proper,
                       places=place_starts(pipeline.gazetteer.hits(text)))
    assert [x.canonical for x in found] == ([name] if taken else [])


@pytest.mark.parametrize("text, name, taken", [
    ("石家庄保定邢台三市率先试点", "石家庄保定邢台三市", False),
    ("冀州枣强两县联合执法", "冀州枣强两县", False),
    # places and then not their count: a body
    ("石家庄保定联合会成立", "石家庄保定联合会", True),
])
def test_places_in_a_row_with_their_count_are_not_a_body(pipeline, text, name, taken):
    from kg.extract.recognised import place_starts, recognised
    from kg.recognise.model import Tagged

    places = place_starts(pipeline.gazetteer.hits(text))
    found = recognised([Tagged(0, len(name), "COMPANY", 0.99)], text, HEBEI, places=places)
    assert [x.canonical for x in found] == ([name] if taken else [])


@pytest.mark.parametrize("text, start, name, taken", [
    ("学习贯彻党的十九届四中、五中全会精神", 9, "四中", False),
    ("石家庄二中、石家庄一中等学校参加比赛", 3, "二中", True),
])
def test_a_session_by_its_number_after_its_term_is_not_a_school(text, start, name, taken):
    from kg.extract.recognised import recognised
    from kg.recognise.model import Tagged

    found = recognised([Tagged(start, start + len(name), "ORGANIZATION", 0.99)], text, HEBEI)
    assert [x.canonical for x in found] == ([name] if taken else [])


@pytest.mark.parametrize("text, place, label, after, taken", [
    # a place, or a leader's name, and the word for its government: one agency
    ("加拿大政府宣布提高关税", "加拿大", "PLACE", None, ("加拿大政府", T.AGENCY)),
    ("邯郸警方破获一起电信诈骗案", "邯郸", "PLACE", None, ("邯郸警方", T.AGENCY)),
    ("据台湾当局透露", "台湾", "PLACE", None, ("台湾当局", T.AGENCY)),
    ("肥乡区人民政府发布通告", "肥乡区", "PLACE", None, ("肥乡区人民政府", T.AGENCY)),
    ("拉宾政府面临压力", "拉宾", "PERSON", None, ("拉宾政府", T.AGENCY)),
    # a person's 警方 is no body; a place the recogniser reads on into a longer name is
    # left to that name (政府采购网, an organisation from the place's end)
    ("张三警方", "张三", "PERSON", None, ("张三", T.PERSON)),
    ("加拿大政府采购网", "加拿大", "PLACE", "ORGANIZATION", None),
])
def test_a_place_and_the_word_for_its_government_are_one_agency(text, place, label, after, taken):
    from kg.extract.recognised import recognised
    from kg.recognise.model import Tagged

    start, end = text.index(place), text.index(place) + len(place)
    spans = [Tagged(start, end, label, 0.99)] + ([Tagged(end, len(text), after, 0.99)] if after else [])
    found = [(x.canonical, x.type) for x in recognised(spans, text, HEBEI) if x.start == start]
    assert found == ([taken] if taken else [])


@pytest.mark.parametrize("recognised, rule, kept", [
    # a recognised name that opens with a lexicon body's and ends as a body's name does
    # is a unit of that body: the longer name stands
    ("国务院发展研究中心", "国务院", ["国务院发展研究中心"]),
    ("国家发展改革委价格监测中心", "国家发展改革委", ["国家发展改革委价格监测中心"]),
    ("文化和旅游部党组", "文化和旅游部", ["文化和旅游部党组"]),
    ("石家庄市公安局交通警察支队", "石家庄市公安局", ["石家庄市公安局交通警察支队"]),
    # one that goes on past it to no body's ending, or starts before it, does not
    ("国务院总理", "国务院", ["国务院"]),
    ("印发国务院办公厅", "国务院办公厅", ["国务院办公厅"]),
    # nor one that joins another body to it
    ("石家庄市教育局联合市财政局", "石家庄市教育局", ["石家庄市教育局"]),
    ("商务部会同海关总署", "商务部", ["商务部"]),
    # nor one that goes on with what the body does (a name's ending is no such verb: 欧佩克组织)
    ("河北省人民医院组织医疗队", "河北省人民医院", ["河北省人民医院"]),
    ("欧佩克组织", "欧佩克", ["欧佩克组织"]),
])
def test_a_recognised_unit_of_a_lexicon_body_replaces_it(recognised, rule, kept):
    from kg.extract.base import Candidate
    from kg.extract.recognised import PROTECTED_RANK, RANK, fused

    start = recognised.index(rule)
    body = Candidate(T.AGENCY, start, start + len(rule), rule, rank=PROTECTED_RANK)
    span = Candidate(T.AGENCY, 0, len(recognised), recognised, rank=RANK)
    assert [c.canonical for c in fused([span], [body])] == kept


@pytest.mark.parametrize("confidence, taken", [
    (0.62, False),  # a unit named right after its body is no agency alone
    (0.9, True),    # unless the recogniser is sure of it
])
def test_an_unsure_agency_right_after_a_body_is_a_unit_of_it(confidence, taken):
    from kg.extract.recognised import recognised
    from kg.recognise.model import Tagged

    text = "河北医科大学第二医院心内科主任王立军介绍"
    spans = [Tagged(0, 10, "ORGANIZATION", 0.9), Tagged(10, 13, "AGENCY", confidence)]
    found = [x.canonical for x in recognised(spans, text, HEBEI)]
    assert found == ["河北医科大学第二医院"] + (["心内科"] if taken else [])


def test_the_tables_placeholder_rows_are_no_places(pipeline):
    """县 and 市辖区 group divisions in the statistical table (重庆's counties); read as
    places they set a page with 县文旅局 in 重庆, and 省 became 重庆市."""
    from kg.lexicon.divisions import by_name

    assert "县" not in by_name() and "市辖区" not in by_name()
    x = pipeline.extract_article(article("县文旅局举办乡村文化节,省人力资源和社会保障厅派员出席。"))
    names = {(m.type, m.canonical) for m in x.mentions}
    assert not any("重庆" in name for _, name in names), names


@pytest.mark.parametrize("text, kept, expected", [
    ("河北大学举行开学典礼。校党委书记李明出席。", [(T.ORGANIZATION, 0, 4, "河北大学")], "河北大学党委"),
    ("邢台市人民医院召开大会。院党委书记张伟讲话。", [(T.ORGANIZATION, 0, 7, "邢台市人民医院")], "邢台市人民医院党委"),
    ("唐山市应急管理局召开会议。局党组书记刘洋主持。", [(T.AGENCY, 0, 8, "唐山市应急管理局")], "唐山市应急管理局党组"),
    ("河北大学举行开学典礼。局党组书记刘洋出席。", [(T.ORGANIZATION, 0, 4, "河北大学")], None),  # no 局 before
    ("校党委书记李明出席。", [], None),                                                # no body before
])
def test_an_organ_named_by_its_bodys_word_is_that_bodys(text, kept, expected):
    from kg.extract.base import Candidate
    from kg.extract.recognised import back_referenced

    start = text.index("党") - 1
    organ = Candidate(T.AGENCY, start, start + 3, text[start:start + 3])
    found = back_referenced([organ], [Candidate(*k) for k in kept], text)
    assert [c.canonical for c in found] == ([expected] if expected else [])


@pytest.mark.parametrize("text, ending, name", [
    # a name walked left from its ending goes over an ordinal (a numeral to jieba)
    ("河北医科大学第四医院开展义诊", "医院", "河北医科大学第四医院"),
    ("中国第一汽车集团有限公司发布新车型", "有限公司", "中国第一汽车集团有限公司"),
    ("石家庄市第二中学举行开学典礼", "中学", "石家庄市第二中学"),
    # not over a count or a rank that is no ordinal alone
    ("全省第一家医院通过评审", "医院", "医院"),
    ("共有三家医院参加", "医院", "医院"),
])
def test_a_name_walked_left_keeps_an_ordinal(pipeline, text, ending, name):
    from kg.extract.base import extend_left

    at = text.index(ending)
    start = extend_left(text, pipeline.segmenter(text), at)
    assert text[start:at + len(ending)] == name


XINJIANG = Context(province=by_code()["650000000000"], city=by_code()["650100000000"])


@pytest.mark.parametrize("text, expected", [
    # 自治区 names the article's autonomous region as 省 names a province
    ("自治区人民政府办公厅印发《关于加强耕地保护的通知》。", (T.AGENCY, "新疆维吾尔自治区人民政府办公厅")),
    ("自治区发展改革委、自治区财政厅联合下达专项资金。", (T.AGENCY, "新疆维吾尔自治区财政厅")),
    ("自治区人大常委会副主任王强出席。", (T.AGENCY, "新疆维吾尔自治区人民代表大会常务委员会")),
    ("自治区图书馆举办阅读推广活动。", (T.ORGANIZATION, "新疆维吾尔自治区图书馆")),
    ("自治区推进乡村振兴工作领导小组办公室发布通知。",
     (T.AGENCY, "新疆维吾尔自治区推进乡村振兴工作领导小组办公室")),
    # its Party committee is 党委 in the press, 委员会 by its standard name (no 自治区委)
    ("自治区党委书记会见了客人。", (T.AGENCY, "中共新疆维吾尔自治区委员会")),
    ("西藏自治区党委办公厅印发通知。", (T.AGENCY, "中共西藏自治区委员会办公厅")),
    # and 区党委, which no district's committee is called (a district's is 区委)
    ("区党委办公厅、区政府办公厅联合印发《关于做好冬春农田水利建设的通知》。",
     (T.AGENCY, "中共新疆维吾尔自治区委员会办公厅")),
    ("区党委办公厅、区政府办公厅联合印发《关于做好冬春农田水利建设的通知》。",
     (T.AGENCY, "新疆维吾尔自治区人民政府办公厅")),
    ("区党委宣传部召开新闻发布会。", (T.AGENCY, "中共新疆维吾尔自治区委员会宣传部")),
])
def test_an_autonomous_regions_bodies_by_its_level_word(pipeline, text, expected):
    x = pipeline.extract_article(article(text), XINJIANG)
    assert expected in {(m.type, m.canonical) for m in x.mentions}


@pytest.mark.parametrize("text, expected", [
    ("自治区党委常委、宣传部部长王东出席开幕式。", ("王东", P.WORKS_FOR, "中共新疆维吾尔自治区委员会宣传部")),
    ("自治区政府副主席李明主持会议。", ("李明", P.WORKS_FOR, "新疆维吾尔自治区人民政府")),
    # a bare 自治区主席 after another region's name in the sentence is that region's
    ("西藏自治区党委书记王某、自治区主席李某出席。", ("李某", P.WORKS_FOR, "西藏自治区人民政府")),
    ("区党委常委、组织部部长赵刚出席会议。", ("赵刚", P.WORKS_FOR, "中共新疆维吾尔自治区委员会组织部")),
    # 自治区 alone before its chair, as 省 before a governor (the article's region's government)
    ("自治区主席艾尔肯·吐尼亚孜出席开幕式。", ("艾尔肯·吐尼亚孜", P.WORKS_FOR, "新疆维吾尔自治区人民政府")),
    ("区党委副书记、自治区副主席王某某主持会议。", ("王某某", P.WORKS_FOR, "新疆维吾尔自治区人民政府")),
    # a chair listed after the region's chair is the same region's
    ("自治区主席艾某、副主席马某出席。", ("马某", P.WORKS_FOR, "新疆维吾尔自治区人民政府")),
    ("西藏自治区主席严某、常务副主席多某出席。", ("多某", P.WORKS_FOR, "西藏自治区人民政府")),
])
def test_a_post_in_an_autonomous_regions_body(pipeline, text, expected):
    x = pipeline.extract_article(article(text), XINJIANG)
    assert expected in {(r.subject[1], r.predicate, r.object[1]) for r in x.relations}


@pytest.mark.parametrize("text, context", [
    # 区 or 市 ending a common word (社区, 园区, 超市) names no region, district or city
    ("乌鲁木齐市天山区幸福路街道长乐社区党委书记陈红带领网格员走访独居老人。", XINJIANG),
    ("石家庄市长安区召开会议。建华社区党委书记刘芳作交流发言。",
     Context(province=by_code()["130000000000"], city=by_code()["130100000000"], county=by_code()["130102000000"])),
])
def test_a_level_word_ending_a_common_word_names_no_place(pipeline, text, context):
    x = pipeline.extract_article(article(text), context)
    bodies = {m.canonical for m in x.mentions if m.type is T.AGENCY}
    assert not [b for b in bodies if b.startswith("中共") and "社区" not in b], bodies


def test_the_region_word_is_no_place_in_a_provinces_article(pipeline):
    # nor is its 区 the article's district: the name stays as written, the article's alone
    x = pipeline.extract_article(article("自治区政府副主席李明主持会议。"), HEBEI)
    assert (T.AGENCY, "自治区政府") in {(m.type, m.canonical) for m in x.mentions}


def test_a_districts_party_committee_is_still_its_own_in_a_region(pipeline):
    # a district's committee is 区委: 区党委 is the region's, 区委 stays the district's
    x = pipeline.extract_article(article("区党委宣传部和区委宣传部联合举办培训班。"), XINJIANG)
    canonicals = {m.canonical for m in x.mentions if m.type is T.AGENCY}
    assert [c for c in canonicals if c.startswith("中共新疆维吾尔自治区委员会")] == ["中共新疆维吾尔自治区委员会宣传部"]
    x = pipeline.extract_article(article("区党委宣传部召开新闻发布会。"), HEBEI)
    assert not any("自治区" in m.canonical for m in x.mentions)


@pytest.mark.parametrize("name, short", [
    ("广西壮族自治区", "广西"),
    ("新疆维吾尔自治区", "新疆"),            # its people's name has no 族
    ("黔东南苗族侗族自治州", "黔东南"),      # not 黔东 and a people 南苗族
    ("西双版纳傣族自治州", "西双版纳"),
    ("龙胜各族自治县", "龙胜"),
    ("鄂温克族自治旗", "鄂温克"),            # named after its people alone
    ("太原市", "太原"),
])
def test_an_autonomous_divisions_short_name_drops_its_peoples(name, short):
    from kg.lexicon.divisions import short_form

    assert short_form(name) == short


YUNNAN = Context(province=by_code()["530000000000"], city=by_code()["530100000000"])


@pytest.mark.parametrize("text, expected", [
    # an autonomous prefecture by its short name and 州, as the press writes it
    ("黔东南州从江县加榜乡的梯田进入收割季。", (T.PLACE, "黔东南苗族侗族自治州")),
    ("大理州人民政府与云南大学签订合作协议。", (T.AGENCY, "大理白族自治州人民政府")),
    ("德宏州公安局破获一起跨境电信诈骗案。", (T.AGENCY, "德宏傣族景颇族自治州公安局")),
])
def test_an_autonomous_prefecture_by_its_short_name(pipeline, text, expected):
    x = pipeline.extract_article(article(text), YUNNAN)
    assert expected in {(m.type, m.canonical) for m in x.mentions}


def test_a_city_whose_name_ends_in_zhou_is_no_prefecture(pipeline):
    x = pipeline.extract_article(article("杭州、徐州两地联合举办展会。"), YUNNAN)
    assert {m.canonical for m in x.mentions if m.type is T.PLACE} == {"杭州市", "徐州市"}


@pytest.mark.parametrize("text, expected", [
    # two posts of one person joined by 兼, as by 、
    ("河北某某集团董事长兼总经理张三介绍了企业情况。", ("张三", P.WORKS_FOR, "河北某某集团")),
    ("省财政厅党组书记兼厅长李四主持会议。", ("李四", P.WORKS_FOR, "河北省财政厅")),
    ("市委副书记兼政法委书记王五出席。", ("王五", P.WORKS_FOR, "中共石家庄市委")),
    # the committee's department after a post in it and 兼, the body's Party committee after its head's
    ("市委副书记兼政法委书记王五出席。", ("王五", P.WORKS_FOR, "中共石家庄市委政法委")),
    ("河北某某大学校长兼党委副书记赵六致辞。", ("赵六", P.WORKS_FOR, "河北某某大学党委")),
])
def test_posts_joined_by_jian(pipeline, text, expected):
    _, facts = extract(pipeline, text)
    assert expected in facts, facts


def test_a_bare_party_committee_opening_the_text_is_no_ones():
    from kg.extract.base import Candidate
    from kg.extract.recognised import of_the_body

    organ = Candidate(T.AGENCY, 0, 2, "党委")
    assert [c.canonical for c in of_the_body([organ], "党委书记李明出席。")] == ["党委"]


DALI = Context(province=by_code()["530000000000"], city=by_code()["532900000000"])  # a prefecture's paper


@pytest.mark.parametrize("text, expected", [
    # 州 is the article's prefecture, as 市 is its city
    ("州民宗委、州教育局联合举办培训班。", (T.AGENCY, "大理白族自治州教育局")),
    ("州人民政府印发《关于加快高原特色农业发展的意见》。", (T.AGENCY, "大理白族自治州人民政府")),
    ("州委书记杨国宗在会上讲话。", (T.AGENCY, "中共大理白族自治州委")),
])
def test_an_autonomous_prefectures_bodies_by_its_level_word(pipeline, text, expected):
    x = pipeline.extract_article(article(text), DALI)
    assert expected in {(m.type, m.canonical) for m in x.mentions}


def test_a_prefectures_head_works_for_its_government(pipeline):
    x = pipeline.extract_article(article("州长陈真永主持召开州政府常务会议。"), DALI)
    facts = {(r.subject[1], r.predicate, r.object[1]) for r in x.relations}
    assert ("陈真永", P.WORKS_FOR, "大理白族自治州人民政府") in facts


def test_zhou_is_no_place_where_the_articles_city_is_no_prefecture(pipeline):
    x = pipeline.extract_article(article("州教育局举办培训班。"), YUNNAN)
    assert (T.AGENCY, "州教育局") in {(m.type, m.canonical) for m in x.mentions}


@pytest.mark.parametrize("text, places, canonical", [
    # places written in full before an agency the recogniser found: named as the rules name it
    ("贵州省遵义市红花岗区教育体育局发布公告。", ("贵州省", "遵义市", "红花岗区"), "遵义市红花岗区教育体育局"),
    # a place written by its short name: the name stays as written (枣庄团市委 is no 枣庄市团市委)
    ("枣庄团市委发布公告。", ("枣庄",), "枣庄团市委"),
])
def test_a_recognised_agency_opening_with_places_is_named_after_them(text, places, canonical):
    from kg.extract.base import Candidate
    from kg.extract.bodies import PlacePrefixes
    from kg.extract.recognised import named_after_places
    from kg.lexicon.divisions import by_name

    found = []
    for written in places:
        start, division = text.index(written), by_name()[written if written[-1] in "省市区" else written + "市"]
        found.append(Candidate(T.PLACE, start, start + len(written), division.name, rank=1,
                               level=division.level, code=division.code))
    end = text.index("发布")
    body = Candidate(T.AGENCY, 0, end, text[:end])
    assert named_after_places([body], text, PlacePrefixes(found))[0].canonical == canonical


def test_an_acting_head_sets_no_article_in_the_county_read_out_of_it(pipeline):
    """代县长 is an acting head: the article naming 阜平县 is set there, not in 代县 too (a
    county of another province), so its 县委 and 县长 are 阜平县's."""
    x = pipeline.extract_article(article("阜平县召开经济工作会议。会议由县委副书记、代县长赵某某主持。"))
    works = {(r.subject[1], r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR}
    assert ("赵某某", "中共阜平县委", "副书记") in works
    assert ("赵某某", "阜平县人民政府", "代县长") in works


@pytest.mark.parametrize("text, person, body, post", [
    ("决定免去孙某某同志的市教育局局长职务。", "孙某某", "石家庄市教育局", "原局长"),
    ("免去李某某河北省发展和改革委员会副主任职务。", "李某某", "河北省发展和改革委员会", "原副主任"),
    ("张某某不再担任唐山市人民政府副市长职务。", "张某某", "唐山市人民政府", "原副市长"),
    ("免去赵某邢台市副市长职务。", "赵某", "邢台市人民政府", "原副市长"),
    ("王某同志辞去省作家协会主席职务。", "王某", "河北省作家协会", "原主席"),
])
def test_a_post_left_was_held(pipeline, text, person, body, post):
    """免去X的Y职务, X不再担任Y职务, X辞去Y职务: the post was X's, a former one now."""
    x = pipeline.extract_article(article(text), HEBEI)
    assert [(r.subject[1], r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR] \
        == [(person, body, post)]


@pytest.mark.parametrize("text, short, full", [
    # by the first characters of its name's words, without its legal form or its brackets,
    # less its province and a trade word
    ("邯郸钢铁集团有限责任公司召开职代会。邯钢集团今年产钢800万吨。", "邯钢集团", "邯郸钢铁集团有限责任公司"),
    ("阳泉煤业(集团)有限责任公司召开会议。阳煤集团今年产煤8000万吨。", "阳煤集团", "阳泉煤业(集团)有限责任公司"),
    ("山西焦煤集团有限责任公司发布年报。焦煤集团今年产煤1.8亿吨。", "焦煤集团", "山西焦煤集团有限责任公司"),
    ("山西建邦钢铁集团有限公司完成技改。建邦集团负责人表示,将扩大产能。", "建邦集团", "山西建邦钢铁集团有限公司"),
    ("冀中能源集团有限责任公司召开职代会。冀中能源集团董事长刘某作报告。", "冀中能源集团", "冀中能源集团有限责任公司"),
])
def test_a_group_written_short_is_the_firm_named_in_full(pipeline, text, short, full):
    x = pipeline.extract_article(article(text), HEBEI)
    assert {m.canonical for m in x.mentions if m.text == short} == {full}


@pytest.mark.parametrize("text, short, full", [
    # a firm written by its own name, less the province or city it opens with and the trade
    # words it ends in
    ("长城汽车股份有限公司公布销量数据。长城汽车前11个月销量增长12%。", "长城汽车", "长城汽车股份有限公司"),
    ("珠海格力电器股份有限公司发布年报。格力电器董事长董某讲话。", "格力电器", "珠海格力电器股份有限公司"),
    ("宁德时代新能源科技股份有限公司与厦门大学签约。宁德时代将投资。", "宁德时代", "宁德时代新能源科技股份有限公司"),
])
def test_a_firm_written_by_its_own_name_is_the_firm_named_in_full(pipeline, text, short, full):
    x = pipeline.extract_article(article(text), HEBEI)
    assert {m.canonical for m in x.mentions if m.text == short} == {full}


def test_a_firm_whose_name_opens_anothers_is_not_its_short_name(pipeline):
    # 时代 opens no name here: a short name keeps the full name's first characters
    x = pipeline.extract_article(article("宁德时代新能源科技股份有限公司与某某时代公司签约。"), HEBEI)
    assert {m.canonical for m in x.mentions if m.type is T.COMPANY} >= {"宁德时代新能源科技股份有限公司"}
    assert not any(m.text != m.canonical and m.canonical.startswith("宁德") for m in x.mentions)


def test_a_parent_group_is_not_its_units_short_name(pipeline):
    # a group whose name the firm's own opens with is the parent, not the firm written short
    x = pipeline.extract_article(article("中铁集团所属中铁十二局集团有限公司承建的项目开工。"), HEBEI)
    assert [m.canonical for m in x.mentions if m.text == "中铁集团"] == ["中铁集团"]


def test_a_post_in_that_group_is_in_the_group_named_before(pipeline):
    _, facts = extract(pipeline, "河北钢铁集团有限公司召开年度工作会议。该集团董事长于某表示,将加快转型。")
    assert ("于某", P.WORKS_FOR, "河北钢铁集团有限公司") in facts


def test_a_post_left_by_a_pronoun_is_the_last_names_before_it(pipeline):
    x = pipeline.extract_article(article("任命王某为市公安局副局长,免去其市交通运输局副局长职务。"), HEBEI)
    assert {(r.subject[1], r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR} == {
        ("王某", "石家庄市公安局", "副局长"), ("王某", "石家庄市交通运输局", "原副局长")}


@pytest.mark.parametrize("text, body, post", [
    # the military's bodies of defence mobilisation, named after their division, and their
    # commanders' posts
    ("湖南省军区司令员周某出席征兵工作会议。", "湖南省军区", "司令员"),
    ("省军区政治委员吴某带队检查民兵训练。", "河北省军区", "政治委员"),
    ("保定军分区副司令员孙某讲话。", "保定市军分区", "副司令员"),
    ("正定县人民武装部部长钱某介绍了征兵情况。", "正定县人民武装部", "部长"),
    ("县人武部政委冯某走访退役军人家庭。", "县人武部", "政委"),
])
def test_a_military_body_of_a_division_and_its_commanders(pipeline, text, body, post):
    x = pipeline.extract_article(article(text), HEBEI)
    assert (T.AGENCY, body) in {(m.type, m.canonical) for m in x.mentions}
    assert {(r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR} == {(body, post)}


@pytest.mark.parametrize("text, body, post", [
    # a fire or police unit's political officers
    ("鹿泉区消防救援大队特勤站指导员李某带领队员开展训练。", "石家庄市鹿泉区消防救援大队特勤站", "指导员"),
    ("市公安局新华分局教导员张某某介绍了案件情况。", "石家庄市公安局新华分局", "教导员"),
    ("市消防救援支队副政委王某检查冬季防火工作。", "石家庄市消防救援支队", "副政委"),
])
def test_a_fire_or_police_units_political_officers(pipeline, text, body, post):
    x = pipeline.extract_article(article(text), HEBEI)
    assert {(r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR} == {(body, post)}


@pytest.mark.parametrize("text, body", [
    # a court's divisions, circuit courts, tribunals and enforcement bureau are its units,
    # an ordinal numbering them
    ("最高人民法院第一巡回法庭公开开庭审理一起行政案件。", "最高人民法院第一巡回法庭"),
    ("市中级人民法院民一庭近日审结一起房屋买卖合同纠纷。", "石家庄市中级人民法院民一庭"),
    ("省高级人民法院刑事审判第二庭召开座谈会。", "河北省高级人民法院刑事审判第二庭"),
    ("藁城区人民法院廉州人民法庭巡回审理一起赡养纠纷。", "石家庄市藁城区人民法院廉州人民法庭"),
    # a tax bureau's stations, named after the national bureau's office at the place
    ("国家税务总局邯郸市丛台区税务局第二税务所为企业办理退税。", "国家税务总局邯郸市丛台区税务局第二税务所"),
    ("邯郸市丛台区税务局城区税务分局开展纳税服务。", "邯郸市丛台区税务局城区税务分局"),
    # ... and the national bureau's office at a place is no unit of the national bureau
    ("国家税务总局邯郸市税务局第一稽查局查处一起虚开发票案。", "国家税务总局邯郸市税务局第一稽查局"),
    # a county bureau's stations in its towns, their last character a word of its own to jieba
    ("赵县市场监督管理局北王里市场监督管理所执法人员开展检查。", "赵县市场监督管理局北王里市场监督管理所"),
    ("赵县司法局沙河店司法所开展普法宣传。", "赵县司法局沙河店司法所"),
    # the theatre commands and services the Central Military Commission commands, by the
    # press's names too
    ("东部战区新闻发言人就台岛周边演习发表谈话。", "中国人民解放军东部战区"),
    ("中国人民解放军北部战区组织联合演练。", "中国人民解放军北部战区"),
    ("火箭军某旅开展跨区机动训练。", "中国人民解放军火箭军"),
    ("解放军海军新闻发言人介绍了舰艇编队出访情况。", "中国人民解放军海军"),
])
def test_a_unit_or_a_military_body_is_named_whole(pipeline, text, body):
    names, _ = extract(pipeline, text)
    assert (T.AGENCY, body) in names


@pytest.mark.parametrize("text, person, unit", [
    # a unit whose last character jieba glues to the post after it (检查|室主任)
    ("市纪委监委第三监督检查室主任冯某带队督导。", "冯某", "石家庄市监察委员会第三监督检查室"),
    ("省财政厅预算处处长卫某作说明。", "卫某", "河北省财政厅预算处"),
])
def test_a_units_last_character_glued_to_its_post(pipeline, text, person, unit):
    _, facts = extract(pipeline, text)
    assert (person, P.WORKS_FOR, unit) in facts


def test_a_post_in_a_courts_division(pipeline):
    _, facts = extract(pipeline, "市中级人民法院民二庭庭长郑某介绍了案件审理情况。")
    assert ("郑某", P.WORKS_FOR, "石家庄市中级人民法院民二庭") in facts


@pytest.mark.parametrize("text, program, leads", [
    # a plan's measure, and the bodies the next sentence says lead it (not those assisting)
    ("一、实施县域龙头企业培育工程。省工业和信息化厅牵头,省财政厅配合,每年遴选50家企业。",
     "县域龙头企业培育工程", {"河北省工业和信息化厅"}),
    ("二、开展“乡村厕所革命”专项行动。由省农业农村厅负责,各市抓好落实。",
     "乡村厕所革命专项行动", {"河北省农业农村厅"}),
    ("三、开展“双随机、一公开”联合抽查行动。责任单位:市市场监管局、市商务局。",
     "双随机、一公开联合抽查行动", {"石家庄市市场监督管理局", "石家庄市商务局"}),
    # ... or a note in brackets right after it, or a clause saying so in its sentence
    ("实施农村供水保障提升行动(省水利厅牵头,省卫生健康委配合)。", "农村供水保障提升行动", {"河北省水利厅"}),
    ("组织实施“百校千企”对接工程,由市教育局、市工信局共同负责。", "百校千企对接工程",
     {"石家庄市教育局", "石家庄市工业和信息化局"}),
    # ... or the field naming them, in brackets or not
    ("实施制造业技术改造升级工程。(牵头单位:省工业和信息化厅;配合单位:省财政厅)", "制造业技术改造升级工程",
     {"河北省工业和信息化厅"}),
    ("开展“暖心助企”专项行动(责任单位:市发展改革委、市工信局)。", "暖心助企专项行动",
     {"石家庄市发展和改革委员会", "石家庄市工业和信息化局"}),
])
def test_a_measures_lead_bodies_run_it(pipeline, text, program, leads):
    _, facts = extract(pipeline, text)
    assert {o for s, p, o in facts if p is P.ORGANIZED_BY and s == program} == leads


@pytest.mark.parametrize("text", [
    # the person in charge of a body speaking after a programme is named leads nothing
    "全省部署开展安全生产大检查专项行动。省应急管理厅负责人表示,将严格执法。",
    "我省实施“千企转型”工程。省工信厅负责同志介绍,已有300家企业完成改造。",
    "开展安全生产专项行动(省应急管理厅负责人介绍,已检查企业500家)。",
])
def test_a_bodys_person_in_charge_leads_no_measure(pipeline, text):
    _, facts = extract(pipeline, text)
    assert not any(p is P.ORGANIZED_BY for _, p, _ in facts)


@pytest.mark.parametrize("text, person, organ", [
    # a body's Party organ written after another of its people and 、 is the body's
    ("河北大学校长康某、党委副书记刘某一同调研。", "刘某", "河北大学党委"),
    ("石家庄某某科技有限公司总经理孙某、党支部书记钱某陪同调研。", "钱某", "石家庄某某科技有限公司党支部"),
    ("省财政厅厅长王某、党组成员李某出席会议。", "李某", "河北省财政厅党组"),
])
def test_an_organ_after_another_of_its_people_is_the_bodys(pipeline, text, person, organ):
    _, facts = extract(pipeline, text)
    assert (person, P.WORKS_FOR, organ) in facts


@pytest.mark.parametrize("text", [
    # the items of a list of posts left, after its opening and colon, run on or a line each
    "免去:钱某的市财政局局长职务;冯某的市商务局副局长职务。",
    "决定免去:\n钱某的市财政局局长职务;\n冯某的市商务局副局长职务。",
])
def test_each_item_of_a_list_of_posts_left_was_held(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    assert {(r.subject[1], r.object[1], r.post) for r in x.relations if r.predicate is P.WORKS_FOR} == {
        ("钱某", "石家庄市财政局", "原局长"), ("冯某", "石家庄市商务局", "原副局长")}


def test_a_post_named_under_an_appointments_list_is_not_left(pipeline):
    x = pipeline.extract_article(article("任命:刘某为市教育局局长。周某的市教育局局长职务另有任用。"), HEBEI)
    assert not any(r.post and r.post.startswith("原") for r in x.relations)


@pytest.mark.parametrize("text, person, post", [
    # a State Council member's post written alone before a name is held in the State Council
    ("总理李强主持召开常务会议。", "李强", "总理"),
    ("会见时,国务委员王某表示欢迎。", "王某", "国务委员"),
    ("新华社北京12月5日电 副总理丁某5日在京会见外宾。", "丁某", "副总理"),
])
def test_a_state_council_members_post_alone_is_held_there(pipeline, text, person, post):
    x = pipeline.extract_article(article(text), HEBEI)
    assert (person, "国务院", post) in {(r.subject[1], r.object[1], r.post) for r in x.relations}


def test_another_countrys_prime_minister_is_not_the_state_councils(pipeline):
    x = pipeline.extract_article(article("印度总理莫迪访问中国。"), HEBEI)
    assert not any(r.object[1] == "国务院" for r in x.relations)


def test_the_state_council_a_post_names_is_an_entity_of_the_graph(pipeline):
    # no article names it: the link implies it, as a division's government, and the graph conforms
    from kg.assemble import assemble
    from kg.link import assemble_corpus
    from kg.model import EntityType
    from kg.validate import validate

    x = pipeline.extract_article(article("新华社北京12月5日电 副总理丁某5日在京会见外宾。"), HEBEI)
    corpus = assemble_corpus([x], [])
    assert (EntityType.AGENCY, "国务院") in {(e.type, e.name) for e in corpus.entities}
    report = validate(assemble(corpus).store())
    assert report.conforms, report.text()


@pytest.mark.parametrize("text, person, government", [
    # a governor's or mayor's assistant works for that division's government
    ("会议由市长助理、市公安局局长孙某主持。", "孙某", "石家庄市人民政府"),
    ("省长助理王某出席。", "王某", "河北省人民政府"),
    ("邯郸市市长助理李某介绍情况。", "李某", "邯郸市人民政府"),
])
def test_a_heads_assistant_works_for_the_government(pipeline, text, person, government):
    _, facts = extract(pipeline, text)
    assert (person, P.WORKS_FOR, government) in facts


@pytest.mark.parametrize("text, body, place", [
    # 该公司, 该企业 opening the clause that places a body: the body of that kind named before
    ("河北某某纺织有限公司成立于2010年。该公司位于衡水市桃城区,员工300余人。", "河北某某纺织有限公司", "桃城区"),
    ("邢台某某机械有限公司是省级龙头企业。目前该企业地处邢台市信都区。", "邢台某某机械有限公司", "信都区"),
    ("河北某某医院始建于1950年。该医院位于石家庄市桥西区。", "河北某某医院", "桥西区"),
])
def test_a_body_pointed_back_to_is_where_its_clause_places_it(pipeline, text, body, place):
    _, facts = extract(pipeline, text)
    assert (body, P.LOCATED_IN, place) in facts


def test_a_firm_founding_another_at_a_place_is_not_placed_there(pipeline):
    _, facts = extract(pipeline, "河北某某集团有限公司在石家庄成立研发中心。")
    assert not any(p is P.LOCATED_IN and s == "河北某某集团有限公司" for s, p, _ in facts), facts


def test_a_body_pointed_back_to_with_none_before_is_placed_nowhere(pipeline):
    _, facts = extract(pipeline, "该企业地处衡水市桃城区,是全市纳税大户。")
    assert not any(p is P.LOCATED_IN and s != "衡水市" and s != "桃城区" for s, p, _ in facts)


@pytest.mark.parametrize("text", [
    # a demonstrative jieba joins to the word before it: 该公司 is pointed back to, no firm's name
    "欧阳某某系该公司法定代表人。",
    "经查,张某某系该公司实际控制人。",
])
def test_a_firm_pointed_back_to_names_no_firm(pipeline, text):
    names, _ = extract(pipeline, text)
    assert not any(t is T.COMPANY for t, _ in names)


@pytest.mark.parametrize("text, body", [
    # a body named by its level alone, in an article that says nowhere where it is set: kept as
    # written, its unit read on (not the short form 县政府办 cut off inside 县政府办公室)
    ("市政府印发《关于加快发展夜间经济的若干措施》。", "市政府"),
    ("市政府办公室印发《政务服务事项负面清单》。", "市政府办公室"),
    ("县政府办公室关于做好防汛工作的通知", "县政府办公室"),
    ("区政府办公室组织开展应急演练。", "区政府办公室"),
])
def test_a_body_named_by_its_level_alone_with_no_setting(pipeline, text, body):
    x = pipeline.extract_article(article(text), Context())
    assert body in [m.text for m in x.mentions if m.type is T.AGENCY]


@pytest.mark.parametrize("text", ["各省市政府要高度重视。", "城市政府应当加强公共服务。"])
def test_every_citys_government_is_no_body_of_the_article(pipeline, text):
    x = pipeline.extract_article(article(text), Context())
    assert not [m for m in x.mentions if m.type is T.AGENCY]


def test_a_policy_documents_title_may_end_in_its_system(pipeline):
    names, facts = extract(pipeline, "省卫生健康委印发《医疗机构依法执业自查管理制度》。")
    assert ("医疗机构依法执业自查管理制度", P.ISSUED_BY, "河北省卫生健康委员会") in facts


@pytest.mark.parametrize("text, word", [
    # a city's short name that is an everyday word names no city alone
    ("欢迎各位来宾莅临指导。", "来宾"),
    ("与会来宾共同见证了签约仪式。", "来宾"),
    ("受消息面影响,黄金和白银价格双双上涨。", "白银"),
    ("祝全市人民新春快乐、阖家安康。", "安康"),
    ("双方与阿里云签署合作协议。", "阿里"),
])
def test_a_citys_short_name_that_is_an_everyday_word_is_no_place(pipeline, text, word):
    names, _ = extract(pipeline, text)
    assert not any(t is T.PLACE and name.startswith(word) for t, name in names), names


@pytest.mark.parametrize("text, city", [
    # ... after its province or in a list of places it does
    ("广西来宾大力发展糖业。", "来宾市"),
    ("兰州、白银两市签署合作协议。", "白银市"),
])
def test_a_citys_everyday_short_name_after_its_province_or_listed(pipeline, text, city):
    names, _ = extract(pipeline, text)
    assert (T.PLACE, city) in names


@pytest.mark.parametrize("text, programme, body", [
    # measures named by their count of articles
    ("深圳市前海管理局发布《前海跨境金融十条》。", "前海跨境金融十条", "深圳市前海管理局"),
    ("市商务局出台《稳外贸稳外资20条》。", "稳外贸稳外资20条", "石家庄市商务局"),
])
def test_measures_named_by_their_count_of_articles(pipeline, text, programme, body):
    names, facts = extract(pipeline, text)
    assert (programme, P.ISSUED_BY, body) in facts, facts


@pytest.mark.parametrize("text, programme, body", [
    # a white paper, its kind after its title, published by the body
    ("国务院新闻办公室发表《新时代的中国粮食安全》白皮书。", "新时代的中国粮食安全白皮书", "国务院新闻办公室"),
    ("生态环境部发布《中国应对气候变化的政策与行动》白皮书。", "中国应对气候变化的政策与行动白皮书", "生态环境部"),
])
def test_a_white_paper_is_a_document_of_its_publisher(pipeline, text, programme, body):
    names, facts = extract(pipeline, text)
    assert (programme, P.ISSUED_BY, body) in facts, facts


def test_an_article_of_a_law_cited_alone_is_no_programme(pipeline):
    names, _ = extract(pipeline, "依据《第十条》的规定处理。")
    assert not any(t is T.PROGRAM for t, _ in names)


@pytest.mark.parametrize("text, firm", [
    # a grid firm's unit named after its full name, the unit alone read as a body
    ("广东电网有限责任公司广州供电局完成迎峰度夏保电任务。", "广东电网有限责任公司广州供电局"),
    ("国网河北省电力有限公司石家庄供电分公司开展线路巡检。", "国网河北省电力有限公司石家庄供电分公司"),
])
def test_a_grid_firms_supply_unit_is_the_firms(pipeline, text, firm):
    names, _ = extract(pipeline, text)
    assert (T.COMPANY, firm) in names and not any(t is T.AGENCY for t, _ in names), names


@pytest.mark.parametrize("text, firm", [
    # a central builder's engineering bureau, named by the group's short name and 局, is a firm
    ("中建八局承建的体育中心项目顺利封顶。", "中建八局"),
    ("中交一公局与县政府签署合作协议。", "中交一公局"),
    ("中国铁建大桥局负责大桥主体施工。", "中国铁建大桥局"),
])
def test_a_central_builders_bureau_is_a_firm(pipeline, text, firm):
    names, _ = extract(pipeline, text)
    assert (T.COMPANY, firm) in names and (T.AGENCY, firm) not in names, names


@pytest.mark.parametrize("spans, kept", [
    # the bureau read less the first character of its group's short name is read whole
    ([(5, 8, "AGENCY")], [("中铁五局", "COMPANY")]),
    # a bureau of the state is none of theirs
    ([(0, 5, "AGENCY")], [("国家铁路局", "AGENCY")]),
])
def test_a_builders_bureau_read_short_is_read_whole(spans, kept):
    from kg.extract.recognised import builders_bureaus
    from kg.recognise.model import Tagged

    text = "国家铁路局与中铁五局座谈。" if spans[0][0] == 0 else "资质达到中铁五局要求。"
    out = builders_bureaus([Tagged(*span) for span in spans], text)
    assert [(text[s.start:s.end], s.label) for s in out] == kept


@pytest.mark.parametrize("text, held", [
    # a post taken now, an adverb of the present before the verb; not one once held
    ("孙某某目前担任省财政厅副厅长。", True),
    ("孙某某已任省财政厅副厅长。", True),
    # ... appointed to it, or taking it up
    ("孙某某被任命为省财政厅副厅长。", True),
    ("孙某某履新省财政厅副厅长。", True),
    ("孙某某曾担任省财政厅副厅长。", False),
    ("孙某某此前担任省财政厅副厅长。", False),
])
def test_a_post_held_now_or_once(pipeline, text, held):
    _, facts = extract(pipeline, text)
    assert (("孙某某", P.WORKS_FOR, "河北省财政厅") in facts) is held, facts


@pytest.mark.parametrize("text", [
    "邢台市信都区副区长孙某某出席。",
    "孙某某任邢台市信都区副区长。",
    "孙某某任信都区副区长。",
])
def test_a_districts_head_works_for_one_government_however_the_post_is_written(pipeline, text):
    _, facts = extract(pipeline, text)
    assert ("孙某某", P.WORKS_FOR, "邢台市信都区人民政府") in facts, facts


@pytest.mark.parametrize("text, person", [
    # a Tibetan name of two common elements, no surname in it, before 同志 (jieba's 格|桑次仁)
    ("格桑次仁同志任日喀则市委副书记。", "格桑次仁"),
    ("经研究,扎西多吉同志任那曲市副市长。", "扎西多吉"),
])
def test_a_tibetan_name_before_comrade_is_read_whole(pipeline, text, person):
    names, _ = extract(pipeline, text)
    assert (T.PERSON, person) in names and not any(
        t is T.PERSON and n != person and person.endswith(n) for t, n in names), names


@pytest.mark.parametrize("signature, issuer", [
    ("邢台市应急管理局\n2026年11月28日", "邢台市应急管理局"),
    ("石家庄市人民政府办公室\n2026年12月1日", "石家庄市人民政府办公室"),
])
def test_a_notice_heading_its_article_is_issued_by_the_body_signing_it(pipeline, signature, issuer):
    text = ("关于开展冬季安全生产大检查的通知\n各县(市、区)有关部门:\n"
            "为深入贯彻落实上级部署,决定在全市开展冬季安全生产大检查。现将有关事项通知如下。\n" + signature)
    names, facts = extract(pipeline, text)
    assert ("关于开展冬季安全生产大检查的通知", P.ISSUED_BY, issuer) in facts, facts


def test_a_notice_heading_its_article_with_no_signature_is_issued_by_no_one(pipeline):
    text = "关于开展冬季安全生产大检查的通知\n市应急管理局近日印发通知,部署冬季安全生产大检查。"
    names, facts = extract(pipeline, text)
    assert (T.PROGRAM, "关于开展冬季安全生产大检查的通知") in names
    assert not any(s == "关于开展冬季安全生产大检查的通知" for s, _, _ in facts), facts


@pytest.mark.parametrize("text, system", [
    # a system of chiefs answerable for rivers, forests or an industry's chain is a named policy
    ("我省全面推行林长制,设立各级林长2.3万名。", "林长制"),
    ("全面落实河湖长制,守护碧水清流。", "河湖长制"),
    ("市里推行重点产业链链长制。", "链长制"),
])
def test_a_system_of_chiefs_is_a_programme(pipeline, text, system):
    names, _ = extract(pipeline, text)
    assert (T.PROGRAM, system) in names, names


def test_a_chief_alone_is_no_programme(pipeline):
    names, _ = extract(pipeline, "他是一名村级河长,每周巡河两次。")
    assert not any(t is T.PROGRAM for t, _ in names)


def test_a_firm_is_where_its_registered_address_is(pipeline):
    _, facts = extract(pipeline, "承德某某旅游开发有限公司注册地址为承德市双桥区。")
    assert ("承德某某旅游开发有限公司", P.LOCATED_IN, "双桥区") in facts, facts


def test_a_short_name_declared_in_quotes_opens_no_programme(pipeline):
    text = "天津开发区管委会与中国电子信息产业集团有限公司(以下简称“中国电子”)签署战略合作协议。"
    names, _ = extract(pipeline, text)
    assert not any(t is T.PROGRAM for t, _ in names), names


@pytest.mark.parametrize("spans, kept", [
    # a body read on from its owner across 旗下 or 下属: the body after that word
    ([(0, 16, "COMPANY")], [("中电信创科技有限公司", "COMPANY")]),
    # the word too near the end to leave a body after it: the span stands
    ([(0, 9, "COMPANY")], [("中国电子旗下中电信", "COMPANY")]),
])
def test_a_body_read_on_from_its_owner_starts_after_the_word_of_belonging(spans, kept):
    from kg.extract.recognised import without_owner
    from kg.recognise.model import Tagged

    text = "中国电子旗下中电信创科技有限公司负责建设运营。"
    out = without_owner([Tagged(*span) for span in spans], text)
    assert [(text[s.start:s.end], s.label) for s in out] == kept


def test_a_heads_post_after_the_name_with_no_setting_names_no_government(pipeline):
    x = pipeline.extract_article(article("王某某县长出席会议并讲话。"), HEBEI)
    assert not [r for r in x.relations if r.predicate is P.WORKS_FOR], x.relations


def test_a_title_with_more_than_one_bracket_after_its_kind_is_a_document(pipeline):
    text = "国家发展改革委、商务部发布《外商投资准入特别管理措施(负面清单)(2026年版)》。"
    _, facts = extract(pipeline, text)
    assert ("外商投资准入特别管理措施(负面清单)(2026年版)", P.ISSUED_BY, "商务部") in facts, facts


@pytest.mark.parametrize("span, kept", [
    # a body read on over what it runs and the preposition before it: the body after it
    ((1, 22), "省政务服务管理办公室"),
    # read from the body on, it stands
    ((12, 22), "省政务服务管理办公室"),
])
def test_a_body_read_over_a_preposition_inside_starts_after_it(span, kept):
    from kg.extract.recognised import without_preposition
    from kg.recognise.model import Tagged

    text = "“冀时办”政务服务平台由省政务服务管理办公室建设运营。"
    (out,) = without_preposition([Tagged(*span, "AGENCY")], text)
    assert text[out.start:out.end] == kept


@pytest.mark.parametrize("text, departments", [
    # a committee's departments listed after one named with it: the same committee's
    ("省委组织部、宣传部、统战部联合举办培训班。", ["中共河北省委宣传部", "中共河北省委统战部"]),
    ("市委办公室、宣传部、政法委负责同志参加会议。", ["中共石家庄市委宣传部", "中共石家庄市委政法委员会"]),
])
def test_a_committees_departments_listed_after_one_of_them(pipeline, text, departments):
    names, _ = extract(pipeline, text)
    assert all((T.AGENCY, d) in names for d in departments), names


def test_departments_in_general_after_a_committees_are_none_of_its(pipeline):
    names, _ = extract(pipeline, "省委组织部、宣传部门要加强协作。")
    assert (T.AGENCY, "中共河北省委宣传部") not in names, names


@pytest.mark.parametrize("text, short, full", [
    # a short name declared bare after 简称, and written again
    ("河北省君乐宝乳业有限公司(简称君乐宝)是首批试点企业。君乐宝董事长魏某某表示欢迎。", "君乐宝",
     "河北省君乐宝乳业有限公司"),
    ("邢台某某环保科技有限公司(以下简称某某环保)被罚款10万元。某某环保表示将立即整改。", "某某环保",
     "邢台某某环保科技有限公司"),
])
def test_a_short_name_declared_bare_names_the_body(pipeline, text, short, full):
    x = pipeline.extract_article(article(text), HEBEI)
    again = [m for m in x.mentions if m.text == short]
    assert again and {m.canonical for m in again} == {full}, x.mentions


@pytest.mark.parametrize("text, person, body, post", [
    # a body's cadre or staff named after it works for it
    ("驻村第一书记、省农业农村厅干部唐某某告诉记者,村里变化很大。", "唐某某", "河北省农业农村厅", "干部"),
    ("市医保局工作人员李某介绍了报销流程。", "李某", "石家庄市医疗保障局", "工作人员"),
    # a head's post written right after the name: the article's province's or city's government
    ("王某某副省长出席会议并讲话。", "王某某", "河北省人民政府", "副省长"),
    ("会上,刘某某市长对下一步工作提出要求。", "刘某某", "石家庄市人民政府", "市长"),
    ("李某常务副市长主持召开专题会议。", "李某", "石家庄市人民政府", "常务副市长"),
    # a post the name is (系, 是), serves as (作为) or now is (,现为)
    ("刘某某系邢台市某某机械有限公司总经理。", "刘某某", "邢台市某某机械有限公司", "总经理"),
    ("孙某某作为县农业农村局局长,全程参与了项目论证。", "孙某某", "县农业农村局", "局长"),
    ("李某,现为省社科院研究员,长期从事区域经济研究。", "李某", "河北省社会科学院", "研究员"),
])
def test_a_post_held_as_the_sentence_writes_it(pipeline, text, person, body, post):
    x = pipeline.extract_article(article(text), HEBEI)
    assert any(r.subject[1] == person and r.object[1] == body and r.post == post for r in x.relations), x.relations


@pytest.mark.parametrize("text", [
    "王某是县农业农村局局长推荐的人选。",
    "刘某系某某公司总经理的妻子。",
])
def test_a_post_of_someone_else_after_is_is_none_of_the_names(pipeline, text):
    x = pipeline.extract_article(article(text), HEBEI)
    assert not [r for r in x.relations if r.predicate is P.WORKS_FOR], x.relations


def test_a_committees_policy_research_office_by_its_short_name(pipeline):
    _, facts = extract(pipeline, "会议由省委副秘书长、省委政研室主任张某某主持。")
    assert ("张某某", P.WORKS_FOR, "中共河北省委政策研究室") in facts, facts


def test_an_adverb_and_its_verb_jieba_reads_as_one_word_open_no_name(pipeline):
    names, _ = extract(pipeline, "我市全面完成“十四五”规划确定的主要目标任务。")
    assert (T.PROGRAM, "十四五规划") in names, names
