"""Each extraction rule on real sentences from the seed pages and their traps."""

import pytest

from kg.extract.base import Context
from kg.extract.penalties import parse_yuan
from kg.lexicon.divisions import by_code
from kg.model import EntityType as T
from kg.model import Predicate as P
from tests.conftest import article


def found(pipeline, context, text):
    x = pipeline.extract_article(article(text), context)
    return {(m.type, m.canonical) for m in x.mentions}, x


@pytest.mark.parametrize("text, expected", [
    ("近日,省应急管理厅在其官网发布了公告。", (T.AGENCY, "山西省应急管理厅")),
    ("11月14日一早,市公安局全面强化体技能练兵工作。", (T.AGENCY, "太原市公安局")),
    ("近日,省委办公厅、省政府办公厅印发通知。", (T.AGENCY, "中共山西省委办公厅")),
    ("近日,省委办公厅、省政府办公厅印发通知。", (T.AGENCY, "山西省人民政府办公厅")),
    ("省发改委11月16日发布消息。", (T.AGENCY, "山西省发展和改革委员会")),
    ("省卫健委、省市场监管局在全省范围内开展行动。", (T.AGENCY, "山西省卫生健康委员会")),
    ("省卫健委、省市场监管局在全省范围内开展行动。", (T.AGENCY, "山西省市场监督管理局")),
    ("市公安局政治部副主任张峰介绍。", (T.AGENCY, "太原市公安局政治部")),
    ("太原市迎泽区消防救援大队决定在全区范围内开展工作。", (T.AGENCY, "太原市迎泽区消防救援大队")),
    ("省十四届人大三次会议开幕。", (T.AGENCY, "山西省人民代表大会")),
    ("省政协委员陈炳强表示。", (T.AGENCY, "中国人民政治协商会议山西省委员会")),
    ("为贯彻落实国务院《空气质量持续改善行动计划》,深入打好蓝天保卫战。", (T.AGENCY, "国务院")),
    ("由省总工会、共青团山西省委、省邮政管理局共同举办。", (T.ORGANIZATION, "共青团山西省委")),
    ("由省总工会、共青团山西省委、省邮政管理局共同举办。", (T.ORGANIZATION, "山西省总工会")),
    ("记者11月17日从太原理工大学获悉。", (T.ORGANIZATION, "太原理工大学")),
    ("春游的小学生走进晋祠博物馆,学习历史文化。", (T.ORGANIZATION, "晋祠博物馆")),
    ("中车永济电机有限公司、山西华兴铝业有限公司两家企业受到处罚。", (T.COMPANY, "中车永济电机有限公司")),
    ("来自我市的山西水塔醋业股份有限公司榜上有名。", (T.COMPANY, "山西水塔醋业股份有限公司")),
    ("巍阁(北京)品牌管理有限公司作为商标的合法权利人。", (T.COMPANY, "巍阁(北京)品牌管理有限公司")),
    ("太原、晋城两地获评中国气候宜居城市。", (T.PLACE, "太原市")),
    ("安泽等12地获评中国天然氧吧。", (T.PLACE, "安泽县")),
    ("调研组来到太谷区胡村镇实地考察。", (T.PLACE, "胡村镇")),
    ("省生态环境厅副厅长刘大山介绍。", (T.PERSON, "刘大山")),
    ("(尹哲、牛曙、薛志刚文/摄)", (T.PERSON, "薛志刚")),
    ("2020年5月,习近平总书记考察山西时强调。", (T.PERSON, "习近平")),
    ("在主席台就座的还有:王拥军、李金科、韦韬、郑连生等。", (T.PERSON, "郑连生")),
    ("违反了《安全生产法》第四十一条第二款的规定。", (T.LAW, "安全生产法")),
    ("依据《中华人民共和国消防法》《山西省消防条例》等法律法规。", (T.LAW, "山西省消防条例")),
    ("省政府印发了《山西省落实〈空气质量持续改善行动计划〉实施方案》。",
     (T.PROGRAM, "山西省落实空气质量持续改善行动计划实施方案")),
    ("实施品种扩增行动。对科研单位进行奖励。", (T.PROGRAM, "品种扩增行动")),
    ("今年,省生态环境厅把“一泓清水入黄河”工程作为举措。", (T.PROGRAM, "一泓清水入黄河工程")),
    ("在全省范围内开展为期6个月的校园食品安全排查整治专项行动。", (T.PROGRAM, "校园食品安全排查整治专项行动")),
    ("此外,我省还将实施精准招商行动、市场渠道拓展行动和市场环境优化行动。", (T.PROGRAM, "市场环境优化行动")),
    ("大力实施“百院兴医”“人才强卫”“中医药强市”等工程。", (T.PROGRAM, "人才强卫工程")),
    ("绿色低碳类两项行业标准YB/T 6230-2024《不锈钢单位产品能源消耗技术要求》发布。",
     (T.LAW, "不锈钢单位产品能源消耗技术要求")),
])
def test_entity(pipeline, shanxi, text, expected):
    names, _ = found(pipeline, shanxi, text)
    assert expected in names


@pytest.mark.parametrize("text, not_expected", [
    ("的哥吴师傅在太原开了10年出租车。", (T.PERSON, "吴师傅")),
    ("相关人员严格执行方案步骤和规程要求。", (T.PERSON, "严格执")),
    ("聚焦中西部地区乃至全国产业分工。", (T.PLACE, "中西部")),
    ("联系人:王老师,请与各市市场监管局联系。", (T.PERSON, "王老师")),
    ("联合文旅部门助力太原获评。", (T.AGENCY, "文化和旅游部")),
    ("太原大宁堂药业有限公司(品牌为大宁堂)榜上有名。", (T.PLACE, "大宁县")),
    ("到2025年,推动全省消费品工业实施十大行动。", (T.PROGRAM, "十大行动")),
    ("各市市场监管局首先自查自纠。", (T.AGENCY, "太原市市场监督管理局")),
])
def test_traps(pipeline, shanxi, text, not_expected):
    names, _ = found(pipeline, shanxi, text)
    assert not_expected not in names
    assert all(t is not not_expected[0] or not_expected[1] not in n for t, n in names)


def test_short_form_is_an_alias_of_the_full_name(pipeline, shanxi):
    _, x = found(pipeline, shanxi, "近日,省应急管理厅在其官网发布了公告。")
    (m,) = [m for m in x.mentions if m.canonical == "山西省应急管理厅"]
    assert m.text == "省应急管理厅"
    assert x.article.text[m.start:m.end] == "省应急管理厅"


def test_city_needs_a_city_context(pipeline):
    """市 is not resolved to a province: the body keeps the name as written, as its
    article's alone."""
    province_only = Context(province=by_code()["140000000000"])
    assert province_only.city is None
    _, x = found(pipeline, province_only, "市公安局政治部副主任张峰介绍。")
    agencies = [m for m in x.mentions if m.type is T.AGENCY]
    assert agencies and all(m.canonical.startswith("市公安局") for m in agencies)
    assert all(m.key == ("Agency", m.canonical, x.article.id) for m in agencies)


def relations(x):
    return {(r.subject[1], r.predicate, r.object[1]) for r in x.relations}


@pytest.mark.parametrize("text, expected", [
    ("近日,省委办公厅、省政府办公厅印发《关于推动消费品工业高质量发展的实施意见》。",
     ("关于推动消费品工业高质量发展的实施意见", P.ISSUED_BY, "山西省人民政府办公厅")),
    ("12月22日,省科技厅张榜公布了2023年度山西省科技重大专项计划“揭榜挂帅”(第一批)项目。",
     ("2023年度山西省科技重大专项计划揭榜挂帅(第一批)项目", P.ISSUED_BY, "山西省科学技术厅")),
    ("为贯彻落实国务院《空气质量持续改善行动计划》,深入打好蓝天保卫战。",
     ("空气质量持续改善行动计划", P.ISSUED_BY, "国务院")),
    ("两项行业标准YB/T 6230-2024《不锈钢单位产品能源消耗技术要求》,于2024年12月25日由工业和信息化部批准发布。",
     ("不锈钢单位产品能源消耗技术要求", P.ISSUED_BY, "工业和信息化部")),
    ("近日,省食品安全委员会办公室联合省教育厅、省公安厅在全省范围内开展为期6个月的校园食品安全排查整治专项行动。",
     ("校园食品安全排查整治专项行动", P.ORGANIZED_BY, "山西省公安厅")),
    ("日前,由省总工会、共青团山西省委、省邮政管理局共同举办的山西省第三届“三晋最美快递员”评选活动启动。",
     ("山西省第三届三晋最美快递员评选活动", P.ORGANIZED_BY, "共青团山西省委")),
    ("省生态环境厅副厅长刘大山介绍。", ("刘大山", P.WORKS_FOR, "山西省生态环境厅")),
    ("省政协委员、澳门社会发展研究会会长陈炳强表示。", ("陈炳强", P.WORKS_FOR, "澳门社会发展研究会")),
    ("省政协委员、澳门社会发展研究会会长陈炳强表示。",
     ("陈炳强", P.WORKS_FOR, "中国人民政治协商会议山西省委员会")),
    ("近日,记者在太原市杏花岭区零工市场看到。", ("杏花岭区", P.LOCATED_IN, "太原市")),
    ("太原、晋城两地获评中国气候宜居城市。", ("晋城市", P.LOCATED_IN, "山西省")),
    ("来自我市的山西水塔醋业股份有限公司榜上有名。", ("山西水塔醋业股份有限公司", P.LOCATED_IN, "太原市")),
])
def test_relation(pipeline, shanxi, text, expected):
    _, x = found(pipeline, shanxi, text)
    assert expected in relations(x)


def test_a_possessive_body_is_no_organiser(pipeline, shanxi):
    _, x = found(pipeline, shanxi, "按照省委省政府的决策部署,大力实施制造业振兴“229”工程。")
    assert not any(p is P.ORGANIZED_BY for _, p, _ in relations(x))


def test_relation_evidence_points_at_its_sentence(pipeline, shanxi):
    text = "前一句。省生态环境厅副厅长刘大山介绍。后一句。"
    _, x = found(pipeline, shanxi, text)
    (rel,) = [r for r in x.relations if r.predicate is P.WORKS_FOR]
    assert text[rel.evidence.start:rel.evidence.end] == "省生态环境厅副厅长刘大山介绍。"
    assert rel.post == "副厅长"


PENALTY = ("近日,省应急管理厅在其官网发布了《2023年山西省应急管理厅行政处罚公告第1号》,中车永济电机有限公司、"
           "山西华兴铝业有限公司两家企业受到处罚。公告指出,中车永济电机有限公司存在两项问题:一是011丙烷库房内"
           "未设置可燃报警仪,违反了《安全生产法》第四十一条第二款的规定。依据《安全生产法》第一百零二条、"
           "《工贸企业有限空间作业安全管理与监督暂行规定》第二十九条第1项的规定,对该单位作出责令限期改正,"
           "合并处人民币5万元罚款的行政处罚。公告指出,山西华兴铝业有限公司存在四项问题:一是外包单位焊工马育红"
           "证件过期,违反了《安全生产法》第三十条的规定。依据《安全生产法》第九十九条第2、3项的规定,"
           "对该单位作出责令限期改正,合并处人民币伍万元罚款的行政处罚。")


def test_penalties_one_per_party(pipeline, shanxi):
    _, x = found(pipeline, shanxi, PENALTY)
    first, second = x.penalties
    assert first.authority == ("Agency", "山西省应急管理厅")
    assert first.party == ("Company", "中车永济电机有限公司")
    assert second.party == ("Company", "山西华兴铝业有限公司")
    assert first.fine_yuan == second.fine_yuan == 50000
    assert {(b.law, b.provision) for b in first.legal_basis} == {
        ("安全生产法", "第一百零二条"), ("工贸企业有限空间作业安全管理与监督暂行规定", "第二十九条第1项")}
    assert ("安全生产法", "第四十一条第二款") in {(b.law, b.provision) for b in first.violated}
    assert "责令限期改正" in first.measures
    assert first.notice == "2023年山西省应急管理厅行政处罚公告第1号"
    assert first.decision_date is None  # the notice gives no date
    assert PENALTY[first.evidence.start:first.evidence.end].endswith("罚款的行政处罚。")


def test_decision_date(pipeline, shanxi):
    text = ("公告指出,某某化工有限公司未按规定设置警示标志。依据《安全生产法》第九十九条的规定,"
            "省应急管理厅于2024年3月12日对该单位作出罚款人民币3万元的行政处罚。")
    _, x = found(pipeline, shanxi, text)
    (penalty,) = x.penalties
    assert (penalty.decision_date, penalty.fine_yuan) == ("2024-03-12", 30000)
    assert penalty.party == ("Company", "某某化工有限公司")


def test_a_headline_is_no_decision(pipeline, shanxi):
    _, x = found(pipeline, shanxi, "省应急管理厅对两企业作出行政处罚\n分别为中车永济电机有限公司、山西华兴铝业有限公司")
    assert x.penalties == ()


@pytest.mark.parametrize("number, unit, yuan", [
    ("5", "万", 50000), ("1273", "万", 12730000), ("伍万", None, 50000), ("3000", None, 3000),
    ("一百二十", "万", 1200000), ("2.5", "万", 25000),
])
def test_amounts(number, unit, yuan):
    assert parse_yuan(number, unit) == yuan


@pytest.mark.parametrize("text, expected", [
    ("培育华翔、智奇等4户企业进入国家企业技术中心公示名单。", (T.COMPANY, "智奇")),
    ("成功招引晶科能源等一批旗舰企业和项目落地山西。", (T.COMPANY, "晶科能源")),
    ("钢铁行业推动晋南钢铁完成对星原钢铁的兼并重组。", (T.COMPANY, "星原钢铁")),
    ("2023年,锦波生物通过创新医疗器械审批。", (T.COMPANY, "锦波生物")),
    ("推动新昇300mm硅片、中电科碳化硅二期等2个集成电路重大项目落地实施。", (T.COMPANY, "新昇")),
    ("推动新昇300mm硅片、中电科碳化硅二期等2个集成电路重大项目落地实施。", (T.PROGRAM, "中电科碳化硅二期项目")),
    ("重大基础前沿与民生公益类项目3个,分别是:特优食用菌产业关键技术研究与应用示范;杂豆绿色高效栽培关键技术集成。",
     (T.PROGRAM, "杂豆绿色高效栽培关键技术集成")),
    ("人大在保证全面有效实施宪法法律中的重要作用。", (T.LAW, "宪法")),
    ("加固中央八项规定精神堤坝。", (T.LAW, "中央八项规定")),
    ("加强与长江经济带发展、黄河流域生态保护和高质量发展的融合联动。", (T.PROGRAM, "长江经济带发展")),
    ("由太原市农业农村局主办的“省校合作山西(太原)特优农产品高校行活动”在上海启动。",
     (T.PROGRAM, "省校合作山西(太原)特优农产品高校行活动")),
    ("市公安局政治部警察训练处副处长王瑞福说。", (T.AGENCY, "太原市公安局政治部警察训练处")),
    ("调研组来到太谷区胡村镇。", (T.PLACE, "太谷区")),
    ("就落实“空气质量持续改善行动计划”实施方案介绍相关情况。", (T.PROGRAM, "落实空气质量持续改善行动计划实施方案")),
])
def test_more_entities(pipeline, shanxi, text, expected):
    names, _ = found(pipeline, shanxi, text)
    assert expected in names


@pytest.mark.parametrize("text, not_expected", [
    ("现场销售通过快件物流配送。", (T.COMPANY, "快件物流")),
    ("加快发展新能源汽车产业。", (T.COMPANY, "新能源汽车")),
    ("太重轨道交通公司获评全球首座灯塔工厂。", (T.COMPANY, "灯塔工厂")),
    ("最后由北京冬奥会冠军苏翊鸣点燃主火炬。", (T.PLACE, "北京市")),
    ("研究制定稳定工业经济增长政策建议。", (T.PROGRAM, "稳定工业经济增长政策")),
    ("全面落实一揽子增量政策和存量政策。", (T.PROGRAM, "一揽子增量政策")),
])
def test_more_traps(pipeline, shanxi, text, not_expected):
    names, _ = found(pipeline, shanxi, text)
    assert not_expected not in names


@pytest.mark.parametrize("text, expected", [
    ("省人大常委会委员、农工委主任乔建军陪同调研。", ("乔建军", P.WORKS_FOR, "山西省人民代表大会常务委员会")),
    ("此外,省科协联合省教育厅开展“开学第一课”科普直播课,并与省直工委、省卫健委联合开展健康科普讲座进机关活动。",
     ("健康科普讲座进机关活动", P.ORGANIZED_BY, "山西省科学技术协会")),
        ("晋中市公安局夏季治安打击整治行动正式启动。", ("夏季治安打击整治行动", P.ORGANIZED_BY, "晋中市公安局")),
    ("太原金域临床检验所是我省首家第三方医学实验室。", ("太原金域临床检验所", P.LOCATED_IN, "山西省")),
    ("调研组来到太谷区胡村镇。", ("胡村镇", P.LOCATED_IN, "太谷区")),
])
def test_more_relations(pipeline, shanxi, text, expected):
    _, x = found(pipeline, shanxi, text)
    assert expected in relations(x)


def test_a_district_whose_city_is_not_named_is_placed_nowhere(pipeline, shanxi):
    _, x = found(pipeline, shanxi, "调研组来到太谷区胡村镇。")
    assert ("太谷区", P.LOCATED_IN, "山西省") not in relations(x)


def test_a_body_named_by_its_level_alone_is_its_articles_alone(pipeline):
    """区委 in two papers (no district named): two bodies, each its article's."""
    from kg.link import assemble_corpus

    texts = ["区委书记、区长刘明在全区经济工作会议上讲话。", "区委书记王强主持召开会议。"]
    done = [pipeline.extract_article(article(t, id=f"paper-{i}"), Context()) for i, t in enumerate(texts)]
    corpus = assemble_corpus(done, [])
    agencies = sorted((e.name, e.scope) for e in corpus.entities if e.type is T.AGENCY)
    assert agencies == [("区委", "paper-0"), ("区委", "paper-1")]


def test_a_body_named_by_province_unsaid_is_its_articles_alone(pipeline):
    """省统计局 where no article says which province: kept as written, one entity per
    article (two papers' 省统计局 need not be one body), while a name that says where it
    is (国家统计局) is one entity across them; a relation keeps to its article's body."""
    from kg.assemble import entity_iri
    from kg.link import assemble_corpus

    texts = ["省统计局昨天发布数据显示,全省工业增加值同比增长5%。",
             "据省统计局消息,国家统计局日前公布了各地粮食产量。"]
    done = [pipeline.extract_article(article(t, id=f"paper-{i}"), Context()) for i, t in enumerate(texts)]
    corpus = assemble_corpus(done, [])
    agencies = sorted((e.name, e.scope, e.articles) for e in corpus.entities if e.type is T.AGENCY)
    assert ("省统计局", "paper-0", ("paper-0",)) in agencies
    assert ("省统计局", "paper-1", ("paper-1",)) in agencies
    assert ("国家统计局", None, ("paper-1",)) in agencies
    iris = {entity_iri(e.key) for e in corpus.entities if e.name == "省统计局"}
    assert len(iris) == 2
    for x in done:
        for m in x.mentions:
            if m.canonical == "省统计局":
                assert corpus.keys[m.key] == ("Agency", "省统计局", x.article.id)


def test_the_division_table_holds_the_divisions_of_2017_and_of_2023_and_no_zones():
    from kg.lexicon.divisions import by_name, divisions

    names = by_name()
    # the names older news uses, and those of the districts made since
    assert names["长治县"].code == "140421000000" and names["潞城市"].code == "140481000000"
    assert names["潞州区"].parent == names["长治市"].code == "140400000000"
    assert names["太谷区"].parent == names["晋中市"].code
    assert names["襄都区"].code == "130502000000"  # a code whose name changed: the new one
    # the statistics' functional zones and administrative committees are no divisions
    # (county codes 71 to 79: 石家庄高新技术产业开发区, 北戴河新区), nor 大柴旦行政委员会
    assert not [d.name for d in divisions() if d.code[4] == "7" and d.code[6:] == "0" * 6]
    assert "大柴旦行政委员会" not in names and "浦东新区" in names


def _page_extractions(pipeline, tmp_path, text):
    from kg.read import read_page

    path = tmp_path / "county.txt"
    path.write_text(text, encoding="utf-8")
    extractions, _ = pipeline.extract_page(read_page(path))
    return extractions


def _page_bodies(pipeline, tmp_path, text):
    return [(m.text, m.canonical) for x in _page_extractions(pipeline, tmp_path, text) for m in x.mentions
            if m.type is T.AGENCY]


def test_a_bodys_区_or_县_is_the_one_district_or_county_its_article_names(pipeline, tmp_path):
    text = ("本报讯 12月3日,湖北省宜昌市夷陵区召开农业工作会议。会议指出,全区将实施“千亩良田”工程,"
            "由区农业农村局联合区财政局共同推进。县里的同志也参加了会议。\n")
    assert _page_bodies(pipeline, tmp_path, text) == [
        ("区农业农村局", "宜昌市夷陵区农业农村局"), ("区财政局", "宜昌市夷陵区财政局")]
    # with two districts named, 区 says neither
    two = text.replace("召开农业工作会议", "和点军区召开农业工作会议")
    assert not [name for _, name in _page_bodies(pipeline, tmp_path, two) if "区农业农村局" in name[1:]]


@pytest.mark.parametrize("text, canonical", [
    # a county's body by the county's own name, however the text writes it
    ("本报讯 12月3日,湖北省宜昌市远安县人民政府召开常务会议。远安县人民政府办公室和县政府各部门"
     "负责同志参加。\n", "远安县人民政府"),
    # a district's after its city's name (districts' names repeat from city to city)
    ("本报讯 12月3日,宜昌市夷陵区人民政府召开常务会议。夷陵区人民政府办公室和区政府各部门"
     "负责同志参加。\n", "宜昌市夷陵区人民政府"),
])
def test_a_county_or_districts_body_has_one_name_however_it_is_written(pipeline, tmp_path, text, canonical):
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert {name for _, name in bodies} == {canonical, canonical + "办公室"}, bodies
    assert len(bodies) == 3, bodies


def test_a_recognised_body_after_its_places_has_one_name_however_they_are_written(pipeline, tmp_path):
    # no template names the bureau (教育体育局): the recogniser finds it, the places name it
    text = ("本报讯 12月3日,贵州省遵义市红花岗区教育体育局发布招聘公告。记者从红花岗区教育体育局获悉,"
            "今年计划招聘教师200名。\n")
    assert {name for _, name in _page_bodies(pipeline, tmp_path, text)} == {"遵义市红花岗区教育体育局"}


def test_a_bodys_旗_is_the_one_banner_its_article_names(pipeline, tmp_path):
    # a banner is Inner Mongolia's county: its 旗委, 旗人民政府 as a county's 县委, 县人民政府
    text = ("本报讯 12月3日,内蒙古自治区鄂尔多斯市伊金霍洛旗召开生态保护工作会议。旗委书记王海出席会议,"
            "旗人民政府、旗林业和草原局负责同志参加。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("旗委", "中共伊金霍洛旗委") in bodies
    assert ("旗人民政府", "伊金霍洛旗人民政府") in bodies
    assert ("旗林业和草原局", "伊金霍洛旗林业和草原局") in bodies


def test_a_datelines_county_level_city_is_the_city_its_市_means(pipeline, tmp_path):
    text = " 本报孝义12月3日讯(记者 王芳)12月2日,市政府召开常务会议,市发改局负责人汇报了项目进展。\n"
    assert ("市发改局", "孝义市发展和改革局") in _page_bodies(pipeline, tmp_path, text)
    # a province-level city's dateline (北京) sets no city, as before
    beijing = text.replace("孝义", "北京")
    assert not [name for _, name in _page_bodies(pipeline, tmp_path, beijing) if name.startswith("北京市发")]


def test_a_district_or_county_head_works_for_the_government_of_the_one_its_article_names(pipeline, tmp_path):
    text = ("本报讯 12月3日,湖北省宜昌市夷陵区召开农业工作会议。区委副书记、区长李强主持会议,"
            "副区长王刚通报了工作进展。\n")
    works = {(r.subject[1], r.object[1], r.post) for x in _page_extractions(pipeline, tmp_path, text)
             for r in x.relations if r.predicate is P.WORKS_FOR}
    assert {("李强", "宜昌市夷陵区人民政府", "区长"), ("王刚", "宜昌市夷陵区人民政府", "副区长")} <= works, works


def test_with_no_city_from_page_or_dateline_市_or_州_is_the_one_city_its_article_names(pipeline, tmp_path):
    text = ("本报讯 12月3日,四川省绵阳市召开安全生产工作会议。市委书记曹立军出席会议,"
            "市应急管理局负责人作交流发言。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("市委", "中共绵阳市委") in bodies and ("市应急管理局", "绵阳市应急管理局") in bodies
    prefecture = "本报讯 四川省甘孜藏族自治州泸定县发生地震,州人民政府启动地震一级应急响应。\n"
    assert ("州人民政府", "甘孜藏族自治州人民政府") in _page_bodies(pipeline, tmp_path, prefecture)
    # with two cities named, 市 says neither
    two = text.replace("绵阳市召开", "绵阳市、德阳市召开")
    assert ("市委", "市委") in _page_bodies(pipeline, tmp_path, two)


def test_with_no_city_named_市_is_the_city_of_the_districts_its_article_names(pipeline, tmp_path):
    # a city paper's page of district news, its city never named
    text = (" 本报讯(记者 王晓)近日,小店区召开安全生产工作会议。\n\n"
            " 本报讯(通讯员 刘洋)市委常委、迎泽区委书记李某某到柳巷街道调研,区市场监管局负责人参加。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("市委", "中共太原市委") in bodies, bodies
    # with districts of two cities named, 市 says neither
    two = text.replace("到柳巷街道", "到潞州区")
    assert ("市委", "中共太原市委") not in _page_bodies(pipeline, tmp_path, two)


def test_a_papers_masthead_sets_its_province_and_city(pipeline, tmp_path):
    # a city paper's page printing its masthead, its city never named in an article
    text = ("洛阳日报\n\n本报讯(记者 马某)市应急管理局召开会议,市委常委赵某某出席。\n\n"
            "本报讯 省生态环境厅通报了一起案件。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("市应急管理局", "洛阳市应急管理局") in bodies and ("省生态环境厅", "河南省生态环境厅") in bodies, bodies
    # a provincial paper's: its province, whatever province the page names most
    text = ("河南日报\n\n本报讯 省发展改革委与北京市、天津市、河北省有关部门签订协议,北京市、河北省代表参加。\n")
    assert ("省发展改革委", "河南省发展和改革委员会") in _page_bodies(pipeline, tmp_path, text)


def test_a_municipalitys_市_is_the_municipality(pipeline, tmp_path):
    # a municipality has no city between it and its districts: its paper's 市 is itself
    text = ("天津日报\n\n本报讯(记者 孙某)市生态环境局启动专项检查。市委常委、副市长张某某到河西区调研。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("市生态环境局", "天津市生态环境局") in bodies and ("市委", "中共天津市委") in bodies, bodies


def test_a_page_whose_datelines_name_two_cities_is_no_city_paper(pipeline, tmp_path):
    # a provincial paper's page: one article's 全市 makes no city the page's
    text = (" 本报石家庄12月3日讯(记者 张明)省生态环境厅印发实施方案。\n\n"
            " 本报邯郸12月3日电(记者 李红)邯郸市市场监管局通报,今年全市共查处案件136件。\n\n"
            " 本报讯(通讯员 赵磊)衡水市冀州区委书记刘志强到周村镇调研,市农业农村局负责人参加。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("市农业农村局", "衡水市农业农村局") in bodies, bodies
    # a city paper's page, its datelines naming its own city, stays the city's
    city = text.replace("本报石家庄", "本报邯郸")
    assert ("市农业农村局", "邯郸市农业农村局") in _page_bodies(pipeline, tmp_path, city)


def test_a_provincial_papers_masthead_makes_no_article_s_全市_the_pages_city(pipeline, tmp_path):
    # one article datelined in one city, another naming a second city: each article's 市 is its own
    text = ("四川日报\n\n本报讯(记者 张某)成都市人民政府办公厅印发措施,成都市科学技术局负责人作解读。\n\n"
            " 本报泸州12月2日电(记者 孙某)泸州市召开全市优化营商环境工作会议,市委副书记、市长李某出席。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("市委", "中共泸州市委") in bodies and ("市委", "中共成都市委") not in bodies, bodies


def test_a_wire_story_from_another_province_is_set_where_it_was_filed(pipeline, tmp_path):
    text = ("河北日报\n\n江苏出台措施支持民营经济\n\n"
            "新华社南京11月19日电(记者 张某)江苏省人民政府办公厅近日印发措施,省发展改革委负责人作解读。\n\n"
            "我省推进清洁取暖\n\n本报讯(记者 李某)省住房和城乡建设厅召开会议,部署冬季清洁取暖工作。\n")
    bodies = _page_bodies(pipeline, tmp_path, text)
    assert ("省发展改革委", "江苏省发展和改革委员会") in bodies, bodies
    assert ("省住房和城乡建设厅", "河北省住房和城乡建设厅") in bodies, bodies
    # the paper's own correspondent filing from another city still writes of the paper's province
    own = text.replace("新华社南京11月19日电", "本报南京11月19日电")
    assert ("省发展改革委", "河北省发展和改革委员会") in _page_bodies(pipeline, tmp_path, own)


def test_a_body_named_by_区_or_县_alone_is_its_articles_alone():
    from kg.model import EntityType, entity_key, relative

    assert relative("区农业农村局") and relative("县公安局") and relative("省统计局") and relative("旗委")
    assert relative("旗公安局")
    assert not relative("区块") and not relative("宜昌市夷陵区财政局") and not relative("市场监管部门")
    assert entity_key(EntityType.AGENCY, "县公安局", "a-1") != entity_key(EntityType.AGENCY, "县公安局", "b-1")
