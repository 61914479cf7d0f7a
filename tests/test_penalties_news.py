"""Penalties as ordinary news reports them, in sentences written from the patterns (none
from the seed pages): the party, the fine in any numerals, the measures, the legal basis,
and the deciding body only where the text names it."""

from __future__ import annotations

import pytest

from kg.extract.base import Context
from kg.lexicon.divisions import by_code
from kg.model import Article
from kg.validate import validate
from tests.conftest import article

ZHEJIANG = Context(province=by_code()["330000000000"])


def penalties(pipeline, text):
    x = pipeline.extract_article(article(text), ZHEJIANG)
    return [(p.authority[1] if p.authority else None, p.party[1], p.fine_yuan) for p in x.penalties]


@pytest.mark.parametrize("text, expected", [
    ("杭州某某食品有限公司因销售过期食品被罚款3万元。", [(None, "杭州某某食品有限公司", 30000)]),
    # a fine's ticket, as news writes one; the party's kind before its withheld name no part of it
    ("湖州市市场监督管理局对涉事企业湖州某某食品有限公司开出20万元罚单。",
     [("湖州市市场监督管理局", "湖州某某食品有限公司", 200000)]),
    ("嘉兴市生态环境局向嘉兴某某化工有限公司开出一张50万元的罚单。",
     [("嘉兴市生态环境局", "嘉兴某某化工有限公司", 500000)]),
    ("交警部门共开出罚单3000余张。", []),
    ("宁波市市场监督管理局对宁波某某贸易有限公司处以5000元罚款。",
     [("宁波市市场监督管理局", "宁波某某贸易有限公司", 5000)]),
    ("经调查,广州市生态环境局决定对广州某某化工有限公司进行罚款10万元。",
     [("广州市生态环境局", "广州某某化工有限公司", 100000)]),
    ("深圳某某科技有限公司被没收违法所得2000元并处罚款1万元。", [(None, "深圳某某科技有限公司", 10000)]),
    ("成都市应急管理局对成都某某建材有限公司作出罚款2万元的行政处罚。",
     [("成都市应急管理局", "成都某某建材有限公司", 20000)]),
    ("温州市市场监督管理局对温州某某电器有限公司罚款5万元,对温州某某灯具有限公司罚款3万元。",
     [("温州市市场监督管理局", "温州某某电器有限公司", 50000),
      ("温州市市场监督管理局", "温州某某灯具有限公司", 30000)]),
    ("某某矿业有限公司被责令停产停业,并处罚款50万元。", [(None, "某某矿业有限公司", 500000)]),
    # a party after 对 that jieba joined to the party's first character (对县|某某…)
    ("县应急管理局对县某某化工有限公司罚款3万元。", [("县应急管理局", "县某某化工有限公司", 30000)]),
    # a person after 对 and their part in the case; a fine of fines and confiscations together
    ("金华市交通运输局对金华某某运输有限公司处2万元罚款,对驾驶员李某处200元罚款。",
     [("金华市交通运输局", "金华某某运输有限公司", 20000), ("金华市交通运输局", "李某", 200)]),
    # a public criticism alone of a firm (of a person, an official's handling: none)
    ("浙江省住房和城乡建设厅对浙江某某建设集团有限公司予以通报批评。",
     [("浙江省住房和城乡建设厅", "浙江某某建设集团有限公司", None)]),
    ("市纪委对市水利局局长王某予以通报批评。", []),
    # a warning alone
    ("宁波某某会计师事务所被宁波市财政局处以警告。", [("宁波市财政局", "宁波某某会计师事务所", None)]),
    # parties each named before 被 (after 因 and the cause, a comma in it)
    ("嘉兴某某建设有限公司因未按规定报告生产安全事故,被浙江省应急管理厅罚款100万元,公司主要负责人赵某被处上一年年收入60%的罚款。",
     [("浙江省应急管理厅", "嘉兴某某建设有限公司", 1000000), ("浙江省应急管理厅", "赵某", None)]),
    # ... or the law's words for those responsible, or a post
    ("嘉兴市生态环境局对嘉兴某某化工有限公司罚款20万元,对直接负责的主管人员张某罚款5万元。",
     [("嘉兴市生态环境局", "嘉兴某某化工有限公司", 200000), ("嘉兴市生态环境局", "张某", 50000)]),
    ("中国证监会对某某科技股份有限公司罚款300万元,对董事长王某罚款100万元。",
     [("中国证券监督管理委员会", "某某科技股份有限公司", 3000000), ("中国证券监督管理委员会", "王某", 1000000)]),
    ("国家金融监督管理总局浙江监管局对某某农村商业银行股份有限公司罚款80万元,对时任行长刘某给予警告并处罚款5万元。",
     [("国家金融监督管理总局浙江监管局", "某某农村商业银行股份有限公司", 800000),
      ("国家金融监督管理总局浙江监管局", "刘某", 50000)]),
    ("湖州市生态环境局对湖州某某家具有限公司罚没款共计12.5万元。",
     [("湖州市生态环境局", "湖州某某家具有限公司", 125000)]),
    # parties listed together and fined in turn after the list, or each the same
    ("绍兴市市场监督管理局分别对绍兴某某超市有限公司、绍兴某某商贸有限公司罚款1万元和2万元。",
     [("绍兴市市场监督管理局", "绍兴某某超市有限公司", 10000),
      ("绍兴市市场监督管理局", "绍兴某某商贸有限公司", 20000)]),
    ("分别对丽水某某超市有限公司、丽水某某商贸有限公司罚款3万元。",  # at the text's start
     [(None, "丽水某某超市有限公司", 30000), (None, "丽水某某商贸有限公司", 30000)]),
    ("衢州市生态环境局对衢州某某化工有限公司、衢州某某建材有限公司分别罚款3万元。",
     [("衢州市生态环境局", "衢州某某化工有限公司", 30000),
      ("衢州市生态环境局", "衢州某某建材有限公司", 30000)]),
    ("台州市市场监督管理局对台州某某药业有限公司处以罚款人民币叁万元。",
     [("台州市市场监督管理局", "台州某某药业有限公司", 30000)]),
    ("中国证监会对某某地产集团有限公司作出行政处罚决定,罚款41.75亿元。",
     [("中国证券监督管理委员会", "某某地产集团有限公司", 4175000000)]),
    # a firm's officer named after it with their post is the party, in its place or beside it
    ("衢州市应急管理局对衢州某某建筑工程有限公司负责人张某处以罚款3万元。",
     [("衢州市应急管理局", "张某", 30000)]),
    ("舟山市应急管理局对舟山某某船舶修造有限公司及其主要负责人李某分别处以罚款20万元和2万元。",
     [("舟山市应急管理局", "舟山某某船舶修造有限公司", 200000), ("舟山市应急管理局", "李某", 20000)]),
    # a name withheld with nothing before it: a name, not 某 (a, some) before a firm
    ("县市场监管局对某某超市有限公司处以罚款5000元,对其法定代表人王某处以罚款1000元。",
     [("县市场监管局", "某某超市有限公司", 5000), ("县市场监管局", "王某", 1000)]),
    # ... with a verb inside it, which would end a name with no part withheld
    ("湖州市自然资源和规划局对某某房地产开发有限公司非法占用土地的行为罚款280万元。",
     [("湖州市自然资源和规划局", "某某房地产开发有限公司", 2800000)]),
    # a shop, a station or a farm whose name is withheld is a firm, with its place if one is named
    ("湖州市消防救援支队对湖州某某商场消防设施未保持完好有效的行为罚款1万元。",
     [("湖州市消防救援支队", "湖州某某商场", 10000)]),
    ("县市场监管局对某某大药房销售劣药的行为罚款2万元。", [("县市场监管局", "某某大药房", 20000)]),
    ("嘉兴市综合行政执法局对某某烧烤店占道经营的行为处以罚款500元。",
     [("嘉兴市综合行政执法局", "某某烧烤店", 500)]),
    ("县生态环境局对某某石材加工厂未批先建的行为罚款5万元。", [("县生态环境局", "某某石材加工厂", 50000)]),
    ("县文化市场综合执法大队对某某网吧接纳未成年人的行为罚款3000元。",
     [("县文化市场综合执法大队", "某某网吧", 3000)]),
    ("成都某某汽车维修服务部露天喷漆,龙泉驿区生态环境局对其罚款1.5万元。",
     [("成都市龙泉驿区生态环境局", "成都某某汽车维修服务部", 15000)]),
    ("区市场监管局对某某家电维修部未明码标价的行为罚款500元。", [("区市场监管局", "某某家电维修部", 500)]),
    ("执法人员在县城某某加油站检查时发现问题,该加油站被罚款5万元。", [(None, "某某加油站", 50000)]),
    # ... and so is a mine or a quarry (a mining firm's trade, 某某矿业, is read with its legal form)
    ("县应急管理局对某某铁矿未按规定开展安全培训的行为罚款3万元。", [("县应急管理局", "某某铁矿", 30000)]),
    ("市应急管理局依据《中华人民共和国安全生产法》对某某煤矿罚款20万元。", [("市应急管理局", "某某煤矿", 200000)]),
    ("县自然资源局对某某采石场非法采矿行为罚没款12万元。", [("县自然资源局", "某某采石场", 120000)]),
    ("某某矿业有限公司因超层越界开采被罚款50万元。", [(None, "某某矿业有限公司", 500000)]),
    # a name withheld as notices withhold it is a name, even before a bare 公司
    ("嘉兴市生态环境局对某某纸业公司罚款20万元。", [("嘉兴市生态环境局", "某某纸业公司", 200000)]),
    # a person named as 当事人 before the decision, which names them only as 其
    ("当事人陈某某在丽水市莲都区无证经营。丽水市莲都区市场监督管理局责令其停止违法行为,并处罚款2000元。",
     [("丽水市莲都区市场监督管理局", "陈某某", 2000)]),
    # the body the report comes from is not the one that decided
    ("记者从浙江省应急管理厅获悉,湖州市应急管理局对湖州某某化工有限公司处以罚款8万元。",
     [("湖州市应急管理局", "湖州某某化工有限公司", 80000)]),
    # ... unless it is the only one named
    ("据嘉兴市市场监督管理局消息,该局对嘉兴某某食品有限公司处以罚款2万元。",
     [("嘉兴市市场监督管理局", "嘉兴某某食品有限公司", 20000)]),
    # the body whose inspection found the breach, in the sentence before the decision
    ("杭州市生态环境局执法人员在检查中发现,杭州某某化工有限公司未正常运行污染防治设施。"
     "依据《中华人民共和国大气污染防治法》第一百零八条规定,对该公司处以罚款10万元。",
     [("杭州市生态环境局", "杭州某某化工有限公司", 100000)]),
    ("宁波市市场监督管理局在日常巡查中发现宁波某某食品有限公司销售过期食品。该公司被罚款5000元。",
     [("宁波市市场监督管理局", "宁波某某食品有限公司", 5000)]),
    # the body that seized the case, in the sentence before a decision that names none
    ("拱北海关近日查获一起走私冻品案,涉案货值300万元。珠海某某贸易有限公司因申报不实被处以罚款20万元。",
     [("拱北海关", "珠海某某贸易有限公司", 200000)]),
    ("宁波市公安局某分局民警巡逻时发现线索。宁波某某物流有限公司被罚款1万元。",
     [(None, "宁波某某物流有限公司", 10000)]),
    # a firm the decision points back to (对该公司), and a person it names besides: each its own fine
    ("岳阳某某化工有限公司发生一起爆炸事故。岳阳市应急管理局对该公司处以罚款80万元,对公司主要负责人李某某处以罚款6万元。",
     [("岳阳市应急管理局", "岳阳某某化工有限公司", 800000), ("岳阳市应急管理局", "李某某", 60000)]),
    # a unit deciding under the short name of its own the text gave it in full before
    ("沧州市生态环境局渤海新区分局近日对沧州某某化工有限公司立案调查。渤海新区分局对该公司处以罚款15万元。",
     [("沧州市生态环境局渤海新区分局", "沧州某某化工有限公司", 150000)]),
    # a person named after their part in the case (当事人)
    ("温州市交通运输局查处一起非法营运案件,对当事人张某罚款1万元。",
     [("温州市交通运输局", "张某", 10000)]),
    # ... or after a part jieba does not end before the name (驾驶员|张|某处: 张 a measure word)
    ("丽水市交通运输局对驾驶员张某处3万元罚款。", [("丽水市交通运输局", "张某", 30000)]),
    ("台州市交通运输局对驾驶员张某某处5000元罚款。", [("台州市交通运输局", "张某某", 5000)]),
    # a national regulator's provincial office whose last character jieba joins to 对 (局对)
    ("国家矿山安全监察局浙江局对湖州某某矿业有限公司罚款95万元。",
     [("国家矿山安全监察局浙江局", "湖州某某矿业有限公司", 950000)]),
    # an order that is a penalty of its own, with no fine and no other measure (责令停产整顿)
    ("国家矿山安全监察局浙江局对衢州某某矿业有限公司某煤矿责令停产整顿。",
     [("国家矿山安全监察局浙江局", "衢州某某矿业有限公司", None)]),
    # parties listed each with its own fine after a decision's opening
    ("嘉兴市市场监督管理局对涉事的2家企业分别处以罚款:嘉兴某某食品有限公司罚款5万元,嘉兴某某商贸有限公司罚款3万元。",
     [("嘉兴市市场监督管理局", "嘉兴某某食品有限公司", 50000),
      ("嘉兴市市场监督管理局", "嘉兴某某商贸有限公司", 30000)]),
    # a person named after a long part in the firm's case (对该公司直接负责的主管人员)
    ("湖州市生态环境局对湖州某某化工有限公司处以罚款45万元,对该公司直接负责的主管人员王某某处以罚款4.5万元。",
     [("湖州市生态环境局", "湖州某某化工有限公司", 450000), ("湖州市生态环境局", "王某某", 45000)]),
    # a confiscation alone, a penalty of its own too (没收违法所得, 没收非法财物); none with no party
    ("某某便利店因销售假冒卷烟被没收违法所得。", [(None, "某某便利店", None)]),
    ("县农业农村局对某某农资店销售假种子的行为作出没收非法财物的决定。", [("县农业农村局", "某某农资店", None)]),
    ("对此类违法行为,可以没收违法所得。", []),
    # a reporter credited before the decision is no party; a shop with no name gives no penalty
    ("(记者 王晓丽)11月28日,杭州市上城区市场监督管理局对辖区一家餐饮店作出罚款2万元的处罚决定。", []),
    # a fine set as a share or a multiple of an amount, which the text does not give in yuan
    ("湖州市应急管理局对湖州某某电子有限公司主要负责人张某处以上一年年收入40%的罚款。",
     [("湖州市应急管理局", "张某", None)]),
    ("衢州市市场监督管理局对衢州某某食品有限公司处以货值金额五倍的罚款。",
     [("衢州市市场监督管理局", "衢州某某食品有限公司", None)]),
    # ... of a contract's price, the amount summed after it (共计, 计)
    ("温州市住房和城乡建设局对温州某某房地产开发有限公司处以合同价款百分之二的罚款,共计46万元。",
     [("温州市住房和城乡建设局", "温州某某房地产开发有限公司", 460000)]),
    ("温州某某建筑工程有限公司擅自施工,被温州市住房和城乡建设局处以工程合同价款1%的罚款,计3.2万元。",
     [("温州市住房和城乡建设局", "温州某某建筑工程有限公司", 32000)]),
    # a decision listing its measures runs on through the items' semicolons, and one made in
    # the body's own name (本局) is the body's its notice opens with
    ("绍兴市市场监督管理局行政处罚决定书。当事人绍兴某某电器有限公司销售不合格插座。本局决定作出如下行政处罚:"
     "1.没收违法所得3000元;2.罚款人民币4万元。", [("绍兴市市场监督管理局", "绍兴某某电器有限公司", 40000)]),
    ("舟山市生态环境局对两家企业作出如下处罚:对舟山某某水产有限公司罚款6万元;对舟山某某船舶修造有限公司罚款4万元。",
     [("舟山市生态环境局", "舟山某某水产有限公司", 60000), ("舟山市生态环境局", "舟山某某船舶修造有限公司", 40000)]),
    # a list that does not decide keeps each item's party and fine, the body opening it deciding
    ("金华市应急管理局通报如下:金华某某五金有限公司未开展安全培训,被罚款3万元;金华某某纺织有限公司未设置警示标志,被罚款2万元。",
     [("金华市应急管理局", "金华某某五金有限公司", 30000), ("金华市应急管理局", "金华某某纺织有限公司", 20000)]),
    # a licence revoked, 依法 and no other word opening the decision
    ("温州市市场监督管理局依法吊销温州某某药业有限公司药品经营许可证。",
     [("温州市市场监督管理局", "温州某某药业有限公司", None)]),
    ("台州市市场监督管理局依法吊销台州某某餐饮管理有限公司营业执照。",
     [("台州市市场监督管理局", "台州某某餐饮管理有限公司", None)]),
    # a warning with no party named decides nothing
    ("市场监管部门提醒,无证经营将被依法吊销营业执照。", []),
    # a bank whose name is withheld, and a firm's branch at a place after its name
    ("浙江银保监局对某某村镇银行罚款30万元。", [("浙江银保监局", "某某村镇银行", 300000)]),
    ("浙江银保监局对某某银行杭州分行罚款50万元。", [("浙江银保监局", "某某银行杭州分行", 500000)]),
    ("国家金融监督管理总局浙江监管局对中国某某银行股份有限公司温州分行罚款30万元。",
     [("国家金融监督管理总局浙江监管局", "中国某某银行股份有限公司温州分行", 300000)]),
    # decisions a semicolon parts go on with the body that made the first; a full stop ends them
    ("中国证监会对浙江某某股份有限公司作出行政处罚,责令改正,给予警告,并处以200万元罚款;"
     "对时任总经理王某某给予警告,并处以80万元罚款。",
     [("中国证券监督管理委员会", "浙江某某股份有限公司", 2000000), ("中国证券监督管理委员会", "王某某", 800000)]),
    ("嘉兴市生态环境局对嘉兴某某印染有限公司罚款12万元;对嘉兴某某化纤有限公司罚款6万元。",
     [("嘉兴市生态环境局", "嘉兴某某印染有限公司", 120000), ("嘉兴市生态环境局", "嘉兴某某化纤有限公司", 60000)]),
    ("嘉兴市生态环境局对嘉兴某某印染有限公司罚款12万元。另据报道,嘉兴某某化纤有限公司被罚款6万元。",
     [("嘉兴市生态环境局", "嘉兴某某印染有限公司", 120000), (None, "嘉兴某某化纤有限公司", 60000)]),
    # a decision that points back to the body of its kind named before (该局, 该委)
    ("湖州市市场监督管理局公布了一批典型案例。湖州某某电器有限公司销售不合格电热毯,该局依法对其罚款3万元。",
     [("湖州市市场监督管理局", "湖州某某电器有限公司", 30000)]),
    ("省发展改革委近日通报了一起违规建设案件。某某能源有限公司未批先建,该委依法对其罚款10万元。",
     [("浙江省发展和改革委员会", "某某能源有限公司", 100000)]),
])
def test_news_style_penalties(pipeline, text, expected):
    assert penalties(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "法院依法判决被告人李某犯盗窃罪,判处有期徒刑一年,并处罚金3000元,没收违法所得。",
    "邢台市中级人民法院以受贿罪判处被告人王某有期徒刑五年,并处罚金人民币50万元。",
    "王某某因涉嫌寻衅滋事被杭州市公安局西湖区分局刑事拘留。",  # a criminal detention
])
def test_a_courts_criminal_sentence_is_no_administrative_penalty(pipeline, text):
    assert not pipeline.extract_article(article(text)).penalties


def test_an_unrelated_body_is_no_authority(pipeline):
    text = ("市教育局召开会议部署开学工作。另据报道,湖州某某建材有限公司因违规排污被罚款8万元。")
    assert penalties(pipeline, text) == [(None, "湖州某某建材有限公司", 80000)]


def test_measures_and_legal_basis(pipeline):
    text = ("经查,嘉兴某某餐饮管理有限公司违反了《中华人民共和国食品安全法》第三十四条的规定。"
            "依据《中华人民共和国食品安全法》第一百二十四条第一款,嘉兴市市场监督管理局对其处以警告并罚款人民币壹万元。")
    (p,) = pipeline.extract_article(article(text), ZHEJIANG).penalties
    assert p.authority == ("Agency", "嘉兴市市场监督管理局") and p.fine_yuan == 10000
    assert set(p.measures) >= {"警告", "罚款"}
    assert ("中华人民共和国食品安全法", "第一百二十四条第一款") in {(b.law, b.provision) for b in p.legal_basis}
    assert ("中华人民共和国食品安全法", "第三十四条") in {(b.law, b.provision) for b in p.violated}


@pytest.mark.parametrize("text, basis", [
    # a law cited without its marks, with its provisions or without
    ("县市场监管局依据食品安全法第一百二十四条对某某超市罚款5万元。", {("食品安全法", "第一百二十四条")}),
    ("县应急管理局依据安全生产法第九十九条第二项、第一百零一条对某某公司罚款3万元。",
     {("安全生产法", "第九十九条第二项"), ("安全生产法", "第一百零一条")}),
    ("县市场监管局依据食品安全法对某某超市罚款5万元。", {("食品安全法", None)}),
    # ... the police's law, cited so for a detention
    ("县公安局依照治安管理处罚法第二十六条规定,对违法行为人王某处以行政拘留10日。",
     {("治安管理处罚法", "第二十六条")}),
])
def test_a_law_cited_without_its_marks_is_the_decisions_basis(pipeline, text, basis):
    (p,) = pipeline.extract_article(article(text), ZHEJIANG).penalties
    assert {(b.law, b.provision) for b in p.legal_basis} == basis


@pytest.mark.parametrize("text, measures, fine", [
    ("丽水市市场监督管理局依法吊销丽水某某食品有限公司《食品经营许可证》,并处罚款5万元。",
     {"吊销许可证件", "罚款"}, 50000),
    ("驾驶人陈某因酒后驾驶机动车,被杭州市公安局交通警察支队处以罚款2000元、暂扣机动车驾驶证6个月的处罚。",
     {"暂扣许可证件", "罚款"}, 2000),
    # orders of the environmental impact and land laws
    ("温州市生态环境局对温州某某建材有限公司未批先建的行为,责令停止建设,并处罚款12万元。",
     {"责令停止建设", "罚款"}, 120000),
    ("宁波市自然资源和规划局对李某非法占用耕地建房的行为作出责令限期拆除、罚款1.2万元的处罚决定。",
     {"责令限期拆除", "罚款"}, 12000),
    # the police's administrative detention of a person (治安管理处罚法), no fine
    ("杭州市公安局西湖区分局依法对违法行为人张某处以行政拘留10日。", {"行政拘留"}, None),
])
def test_measures_the_law_names(pipeline, text, measures, fine):
    """A licence revoked or suspended by its own name is the measure the law names."""
    (p,) = pipeline.extract_article(article(text), ZHEJIANG).penalties
    assert set(p.measures) == measures and p.fine_yuan == fine


def test_a_law_s_declared_short_name_is_the_law_and_its_provisions_follow_it(pipeline):
    text = ("经查,湖州某某建材有限公司未如实记录安全生产教育和培训情况。依据《中华人民共和国安全生产法》"
            "(以下简称《安全生产法》)第九十七条第四项,湖州市应急管理局对其处以罚款2万元。"
            "该公司同时违反了《安全生产法》第二十八条的规定。")
    x = pipeline.extract_article(article(text), ZHEJIANG)
    assert {m.canonical for m in x.mentions if m.type.value == "Law"} == {"中华人民共和国安全生产法"}
    (p,) = x.penalties
    assert [(b.law, b.provision) for b in p.legal_basis] == [("中华人民共和国安全生产法", "第九十七条第四项")]


@pytest.mark.parametrize("text, provision", [
    ("依据《中华人民共和国食品安全法》第一百二十四条第一款第(三)项的规定,湖州市市场监督管理局对湖州某某食品有限公司"
     "处以罚款5万元。", "第一百二十四条第一款第(三)项"),
    ("依据《中华人民共和国安全生产法》第九十九条第（二）项,嘉兴市应急管理局对嘉兴某某化工有限公司处以罚款3万元。",
     "第九十九条第(二)项"),
])
def test_a_provisions_item_in_brackets(pipeline, text, provision):
    """An item numbered in brackets (第(三)项), as the laws number them, is part of the provision."""
    (p,) = pipeline.extract_article(article(text), ZHEJIANG).penalties
    assert [b.provision for b in p.legal_basis] == [provision]


@pytest.mark.parametrize("text, basis", [
    # a law cited again by its kind alone is the last law of that kind cited before
    ("经查,湖州某某印染有限公司违反了《中华人民共和国水污染防治法》第二十一条的规定。"
     "湖州市生态环境局依据该法第八十三条第二项的规定,对其处以罚款15万元。",
     {("中华人民共和国水污染防治法", "第八十三条第二项")}),
    ("经查,丽水某某食品有限公司违反了《浙江省食品小作坊小餐饮小食杂店管理条例》第十条和《中华人民共和国食品安全法》"
     "第三十四条的规定。丽水市市场监督管理局根据上述条例第四十一条,对其处以罚款2000元。",
     {("浙江省食品小作坊小餐饮小食杂店管理条例", "第四十一条")}),
])
def test_a_law_cited_again_by_its_kind(pipeline, text, basis):
    (p,) = pipeline.extract_article(article(text), ZHEJIANG).penalties
    assert {(b.law, b.provision) for b in p.legal_basis} == basis


@pytest.mark.parametrize("text, basis", [
    # the sentence after a decision giving its basis, referring back to it
    ("温州市市场监督管理局对温州某某超市销售过期食品一案作出行政处罚,没收违法所得600元,并处罚款5000元。"
     "该局依据《中华人民共和国食品安全法》第一百二十四条作出上述决定。",
     {("中华人民共和国食品安全法", "第一百二十四条")}),
    ("衢州某某化工有限公司被衢州市生态环境局罚款12万元。以上处罚依据《中华人民共和国大气污染防治法》第一百零八条作出。",
     {("中华人民共和国大气污染防治法", "第一百零八条")}),
    # ... or to its party as it cites a law (责令该企业整改 by the same provisions)
    ("丽水某某化工有限公司因未设置安全警示标志,被丽水市应急管理局罚款3万元。"
     "该局依据《中华人民共和国安全生产法》第九十九条,责令该企业立即整改。",
     {("中华人民共和国安全生产法", "第九十九条")}),
    # ... not a law the next sentence cites for something else
    ("温州某某超市因销售过期食品被罚款5000元。市场监管部门提醒,《中华人民共和国食品安全法》第三十四条禁止销售超过保质期的食品。",
     set()),
])
def test_a_decisions_basis_in_the_sentence_after_it(pipeline, text, basis):
    (p,) = pipeline.extract_article(article(text), ZHEJIANG).penalties
    assert {(b.law, b.provision) for b in p.legal_basis} == basis


def test_a_body_a_report_comes_from_decides_the_cases_it_says_it_handled(pipeline):
    # 记者从X局获悉,该局…查处…: the cases listed after it (其中…被罚款) are that body's
    text = ("记者从嘉兴市生态环境局获悉,今年以来,该局共查处环境违法案件120宗。"
            "其中,嘉兴某某印染有限公司因超标排放废水,被处以罚款42万元。")
    assert penalties(pipeline, text) == [("嘉兴市生态环境局", "嘉兴某某印染有限公司", 420000)]


def test_a_penaltys_publicity_gives_its_body_and_basis_in_fields(pipeline, tmp_path):
    from kg.read import read_page

    page = tmp_path / "gs.txt"
    page.write_text("湖州市生态环境局行政处罚信息公示\n\n行政相对人名称:湖州某某化工有限公司\n"
                    "统一社会信用代码:91330500MA0XXXXXXX\n处罚事由:未按照规定设置大气污染物排放口\n"
                    "处罚依据:《中华人民共和国大气污染防治法》第一百条\n处罚内容:罚款人民币5万元\n"
                    "处罚机关:湖州市生态环境局\n", encoding="utf-8")
    (article,) = read_page(page).articles
    (p,) = pipeline.extract_article(article, ZHEJIANG).penalties
    assert (p.authority[1], p.party[1], p.fine_yuan) == ("湖州市生态环境局", "湖州某某化工有限公司", 50000)
    assert [(b.law, b.provision) for b in p.legal_basis] == [("中华人民共和国大气污染防治法", "第一百条")]


def test_a_publicitys_records_each_give_their_own_decision_whatever_their_fields_order(pipeline, tmp_path):
    # records opening with the decision's number, the party's field in the middle, a blank
    # line between them: each record its own party, fine, measures, body and basis
    from kg.read import read_page

    record = ("行政处罚决定书文号:杭市监罚〔2026〕{n}号\n处罚类别:{kind}\n处罚决定日期:2026年11月2{n}日\n"
              "处罚内容:{what}\n行政相对人名称:{party}\n统一社会信用代码:91330100MA0XXXXXX{n}\n"
              "处罚依据:《中华人民共和国{law}》第一百二十四条\n处罚机关:{body}\n")
    page = tmp_path / "xy.txt"
    page.write_text("行政处罚信息公示\n\n" + record.format(
        n=1, kind="罚款", what="罚款人民币3万元", party="杭州某某药房有限公司", law="药品管理法",
        body="杭州市市场监督管理局") + "\n" + record.format(
        n=2, kind="警告、罚款", what="警告,罚款人民币5000元", party="杭州市某某超市", law="食品安全法",
        body="杭州市西湖区市场监督管理局"), encoding="utf-8")
    (article,) = read_page(page).articles
    found = [(p.authority[1], p.party[1], p.fine_yuan, p.measures, p.legal_basis[0].law)
             for p in pipeline.extract_article(article, ZHEJIANG).penalties]
    assert found == [
        ("杭州市市场监督管理局", "杭州某某药房有限公司", 30000, ("罚款",), "中华人民共和国药品管理法"),
        ("杭州市西湖区市场监督管理局", "杭州市某某超市", 5000, ("警告", "罚款"), "中华人民共和国食品安全法")]


def test_a_penalty_without_a_named_authority_still_validates(pipeline):
    from kg.assemble import assemble
    from kg.link import assemble_corpus

    x = pipeline.extract_article(Article(id="t-1", source="t.txt", index=1, title="罚单",
                                         text="罚单\n杭州某某食品有限公司因销售过期食品被罚款3万元。"), ZHEJIANG)
    assert x.penalties and x.penalties[0].authority is None
    report = validate(assemble(assemble_corpus([x], [])).store())
    assert report.conforms, report.text()


def test_cases_an_agency_publishes_are_its_where_they_name_no_other(pipeline):
    # an article publishing a body's cases (X局公布一批典型案例): each penalty that names no
    # deciding body is that body's; a case naming its own stays its own
    text = ("宁波市市场监管局公布一批价格违法典型案例\n12月3日,宁波市市场监管局公布一批典型案例。"
            "案例一:宁波某某超市有限公司虚构原价,被罚款5万元。"
            "案例二:余姚市市场监管局对余姚某某商行哄抬价格行为罚款2万元。")
    x = pipeline.extract_article(article(text, title="宁波市市场监管局公布一批价格违法典型案例"), ZHEJIANG)
    assert {(p.authority[1] if p.authority else None, p.party[1]) for p in x.penalties} == {
        ("宁波市市场监督管理局", "宁波某某超市有限公司"), ("余姚市市场监督管理局", "余姚某某商行")}
    # ... and not where the article publishes none
    plain = "12月3日,宁波某某超市有限公司因虚构原价被罚款5万元。宁波市市场监管局提醒消费者注意。"
    assert penalties(pipeline, plain) == [(None, "宁波某某超市有限公司", 50000)]
