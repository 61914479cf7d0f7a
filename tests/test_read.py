import json
from pathlib import Path

import pytest

from kg.errors import GraphError, InputError
from kg.load import load_graph
from kg.read import read_page, read_pages, split_articles
from tests.conftest import SEEDS, article

PAGE = """本报太原12月25日讯(记者 王龙飞)近日,省委办公厅、省政府办公厅印发《关于推动消费品工业高质量发展的实施意见》。

(下转第2版)

# 省应急管理厅对两企业作出行政处罚

本报讯 3月21日,省应急管理厅在其官网发布了公告。

(阎铁浩)

总编一室 8222668 | 时政部 8222101 | 区县部 8222121

零售:每份2元
"""


def test_seeds_split_into_articles_with_source_and_title():
    pages, problems = read_pages([SEEDS])
    assert problems == []
    articles = [a for p in pages for a in p.articles]
    assert len(pages) == 5
    assert len(articles) >= 25
    assert all(a.source.endswith(".txt") and a.title for a in articles)
    assert len({a.id for a in articles}) == len(articles)


def test_dateline_byline_and_date():
    (first, second) = split_articles(PAGE, "p.txt")
    assert first.dateline_place == "太原"
    assert (first.month, first.day) == (12, 25)
    assert first.date == "--12-25"
    assert first.bylines == ("王龙飞",)
    assert "下转第2版" in first.notes and "下转" not in first.text
    assert second.title == "省应急管理厅对两企业作出行政处罚"
    assert (second.month, second.day) == (3, 21)
    assert second.bylines == ("阎铁浩",)


def test_furniture_is_dropped():
    text = "".join(a.text for a in split_articles(PAGE, "p.txt"))
    assert "8222668" not in text and "零售" not in text


def test_a_pages_folio_and_credits_are_dropped():
    page = ("河北日报 2026年12月4日 星期五 第3版 要闻\n\n"
            " 本报讯(记者 孙静)12月3日,省人大常委会会议闭幕。\n\n"
            "责任编辑:赵某 美术编辑:钱某\n")
    (art,) = split_articles(page, "p.txt")
    assert "星期五" not in art.text and "河北日报" not in art.title + art.text and "编辑" not in art.text
    # ... but not a note that the article goes on from a page, nor a headline naming a weekday
    (art,) = split_articles("(上接第1版)省人大常委会会议闭幕。\n", "p.txt")
    assert "上接第1版" in art.notes
    (art,) = split_articles("星期五起全市实行错峰上下班\n\n本报讯 市政府发布通告。\n", "p.txt")
    assert art.title == "星期五起全市实行错峰上下班"


@pytest.mark.parametrize("folio", ["第5版 综合", "第 3 版:要闻", "A3版 经济"])
def test_a_pages_number_alone_with_its_section_is_no_headline(folio):
    page = f"福建日报\n{folio}\n\n本报讯(记者 郑某)近日,莆田市生态环境局对一家鞋业公司罚款8万元。\n"
    (art,) = split_articles(page, "p.txt")
    assert "版" not in art.title + art.text


def test_a_pages_particulars_in_text_are_neither_headline_nor_body():
    # a page of text copied from a site: its source and time under the headline, its editors
    # below the text
    page = ("省政府召开常务会议\n来源:湖南日报 2026-12-04 08:30\n\n"
            "12月3日,省长王某某主持召开省政府常务会议,研究部署安全生产工作。\n\n"
            "编辑:张某 校对:李某某 审核:王某\n(责任编辑:赵某)\n")
    (art,) = split_articles(page, "p.txt")
    assert art.title == "省政府召开常务会议"
    assert art.text == "省政府召开常务会议\n12月3日,省长王某某主持召开省政府常务会议,研究部署安全生产工作。"


@pytest.mark.parametrize("trail", ["首页 > 政务公开 > 通知公告", "当前位置:首页>新闻中心>部门动态",
                                   "网站首页 » 通知公告"])
def test_a_sites_trail_of_sections_is_no_part_of_the_headline(trail):
    # a notice copied from a site: the trail of its sections above its title, which runs on
    # over its lines
    page = (f"{trail}\n关于开展冬季安全生产大检查的通知\n各县(市、区)应急管理局:\n"
            "为深入贯彻落实上级部署,决定开展冬季安全生产大检查。\n某某市应急管理局\n2026年11月28日\n")
    (art,) = split_articles(page, "p.txt")
    assert art.title == "关于开展冬季安全生产大检查的通知"
    assert "首页" not in art.text


@pytest.mark.parametrize("mark", ["广告", "【广告】", "(广告)", "·广 告·"])
def test_an_advertisement_after_an_article_is_no_part_of_it(mark):
    # an advertisement's mark on its own line, then the advertisement's block: the firm it
    # names and its slogan are not the article's text
    page = ("我市出台措施支持小店发展\n\n本报讯(记者 马某)日前,市政府办公室印发若干措施,支持个体工商户发展。\n"
            "截至11月底,全市登记在册个体工商户达68万户。\n\n"
            f"{mark}\n\n洛阳某某装饰工程有限公司\n诚招合作伙伴 共创美好未来\n")
    (art,) = split_articles(page, "p.txt")
    assert art.text.endswith("68万户。")
    assert "某某装饰" not in art.text


def test_each_item_of_a_column_of_briefs_is_an_article():
    # items each opened by the column's mark, some closed by a byline, some not
    page = ("简讯\n\n●12月4日,省委常委、常务副省长孙某赴襄阳调研安全生产工作。(记者 周某)\n"
            "●日前,大冶市市场监督管理局对大冶某某药房有限公司作出罚款2万元的行政处罚。\n"
            "●湖北省农业科学院与华中农业大学签订战略合作协议。\n")
    arts = split_articles(page, "p.txt")
    assert [a.text.count("●") for a in arts] == [1, 1, 1]
    assert arts[2].title == "湖北省农业科学院与华中农业大学签订战略合作协议"


def test_marked_points_inside_an_article_stay_in_it():
    page = ("我市出台十项措施\n\n本报讯 日前,市政府印发若干措施。主要内容如下:\n"
            "●降低企业用电成本。\n●加大金融支持力度。\n")
    (art,) = split_articles(page, "p.txt")
    assert art.text.count("●") == 2


def test_a_papers_masthead_names_the_page_and_opens_no_article():
    from kg.read import newspaper_page

    page = newspaper_page("洛阳日报\n2026年12月5日 星期六 第2版\n\n我市召开安全生产工作会议\n\n"
                          "本报讯(记者 马某)12月4日,全市安全生产工作会议召开。\n", "p.txt")
    (art,) = page.articles
    assert page.paper == "洛阳日报" and art.title == "我市召开安全生产工作会议" and "日报" not in art.text
    # a paper named in an article's text is no masthead
    page = newspaper_page("本报讯 据洛阳日报报道,全市安全生产工作会议召开。\n", "p.txt")
    assert page.paper is None


@pytest.mark.parametrize("masthead", ["香港文匯報", "大公報", "文汇报", "中国青年报"])
def test_a_masthead_in_traditional_characters_or_of_another_kind_opens_no_article(masthead):
    from kg.read import newspaper_page

    page = newspaper_page(f"{masthead}\n\n特區政府推出新一輪消費券計劃\n\n"
                          "本報訊(記者 陳某)特區政府昨日宣布推出新一輪電子消費券計劃。\n", "p.txt")
    (art,) = page.articles
    assert page.paper == masthead and masthead not in art.title


def test_a_byline_of_names_set_apart_by_spaces_lists_them():
    page = "走进县域看发展\n\n本报记者 王某 李某某\n\n初冬时节,走进平遥县古陶镇,处处是忙碌景象。\n"
    (art,) = split_articles(page, "p.txt")
    assert art.title == "走进县域看发展" and art.bylines == ("王某", "李某某")
    (art,) = split_articles(page.replace("本报记者 王某 李某某", "记者 王海涛 通讯员 李明"), "p.txt")
    assert art.bylines == ("王海涛", "李明")


def test_brief_items_closed_by_their_bylines_with_roles_are_articles_each():
    page = ("简讯\n\n■ 12月3日,市教育局召开全市中小学安全工作会议。(记者 李某)\n\n"
            "■ 近日,市文化广电和旅游局公布了非遗项目名录。(记者 王某 通讯员 张某)\n")
    first, second = split_articles(page, "p.txt")
    assert first.bylines == ("李某",) and second.bylines == ("王某", "张某")
    assert second.title == "市文化广电和旅游局公布了非遗项目名录"


def test_a_bodys_last_line_with_its_continuation_note_is_no_headline():
    page = ("全县推进文旅融合发展\n\n本报讯 初冬时节,古陶镇处处是忙碌景象。\n\n"
            "平遥县委书记刘某某表示,全县将持续推进文旅融合发展。(下转第3版)\n")
    (art,) = split_articles(page, "p.txt")
    assert art.title == "全县推进文旅融合发展" and art.text.endswith("文旅融合发展。")
    assert art.notes == ("下转第3版",)


def test_a_captions_credit_makes_it_no_headline():
    page = ("全县推进文旅融合发展\n\n本报讯 初冬时节,古陶镇处处是忙碌景象。\n\n"
            "图为平遥古城夜景。 本报记者 赵某 摄\n\n古城迎来冬季旅游旺季\n\n本报讯 12月5日,平遥古城游客如织。\n")
    first, second = split_articles(page, "p.txt")
    assert "图为平遥古城夜景" in first.text and second.title == "古城迎来冬季旅游旺季"


def test_a_headline_ending_in_a_quoted_term_before_a_dateline_opens_its_article():
    page = ("邢台两家企业入选国家级“绿色工厂”\n\n"
            "本报邢台11月20日讯(记者 周某)邢台市两家企业入选国家级绿色工厂名单。\n\n"
            "打好“组合拳”\n\n该市还出台了一揽子支持政策,记者王某某说:“成效明显。”\n\n"
            "全市推广“一网通办”\n\n本报讯(记者 吴某)11月19日,全市政务服务工作会议召开。\n")
    first, second = split_articles(page, "p.txt")
    assert first.title == "邢台两家企业入选国家级“绿色工厂”" and first.bylines == ("周某",)
    # a short line ending so with the body going on is a heading inside the article
    assert "打好“组合拳”" in first.text and "成效明显" in first.text
    assert second.title == "全市推广“一网通办”" and second.bylines == ("吴某",)


def test_a_notice_printed_between_articles_is_an_article_of_its_own():
    # its title a line of its own however short its neighbours; its addressees and its
    # opening, ending in a colon, no headline; the date under its signature ends it
    page = ("淄博一企业违法排污被罚\n\n本报淄博12月2日讯(记者 石某)近日,淄博市生态环境局对一家化工企业罚款25万元。\n"
            "该公司负责人表示,将立即停产整改。\n"
            "潍坊市人民政府关于任免工作人员的通知\n各县市区人民政府,市政府各部门:\n市政府决定:\n"
            "任命张某某为潍坊市教育局局长;\n免去李某某的潍坊市应急管理局副局长职务。\n潍坊市人民政府\n2026年11月28日\n"
            "临沂市沂南县:红色文旅带火乡村\n本报临沂12月2日讯(记者 杜某)沂南县接待游客突破800万人次。\n")
    first, notice, third = split_articles(page, "p.txt")
    assert "潍坊" not in first.text
    assert notice.title == "潍坊市人民政府关于任免工作人员的通知" and notice.date == "2026-11-28"
    assert "各县市区人民政府" in notice.text and "任命张某某" in notice.text
    assert third.title == "临沂市沂南县:红色文旅带火乡村" and third.bylines == ("杜某",)


def test_a_long_notices_title_heads_it_and_its_number_opens_its_body():
    # a title too long for a headline is the notice's all the same; the number under it is
    # no headline of the addressees' paragraph
    page = ("湖南省人民政府办公厅关于印发湖南省促进低空经济高质量发展若干政策措施的通知\n湘政办发〔2026〕12号\n"
            "各市州人民政府,省政府各厅委、各直属机构:\n《若干政策措施》已经省人民政府同意,现印发给你们,请认真贯彻执行。\n"
            "湖南省人民政府办公厅\n2026年11月20日\n")
    (notice,) = split_articles(page, "p.txt")
    assert notice.title == "湖南省人民政府办公厅关于印发湖南省促进低空经济高质量发展若干政策措施的通知"
    assert notice.text.split("\n")[1] == "湘政办发〔2026〕12号" and notice.date == "2026-11-20"


def test_a_headline_under_a_notices_signature_heads_its_attachment():
    # the measures a notice issues, printed under its signature and date: their own article
    page = ("湖南省人民政府办公厅关于印发湖南省促进低空经济发展若干措施的通知\n"
            "各市州人民政府,省政府各厅委:\n《湖南省促进低空经济发展若干措施》已经省人民政府同意,现印发给你们。\n"
            "湖南省人民政府办公厅\n2026年11月20日\n"
            "湖南省促进低空经济发展若干措施\n"
            "为加快发展低空经济,推动低空产业集聚发展,特制定如下措施。\n"
            "一、实施低空基础设施建设工程,由省发展改革委牵头负责。\n")
    notice, measures = split_articles(page, "p.txt")
    assert notice.date == "2026-11-20" and notice.text.endswith("2026年11月20日")
    assert measures.title == "湖南省促进低空经济发展若干措施" and measures.text.startswith(measures.title)


def test_a_news_sites_dateline_is_read_as_a_papers():
    page = ("河北出台措施支持民营经济发展\n\n人民网石家庄12月3日电(记者 张某)近日,河北省人民政府印发《若干措施》。\n\n"
            "邯郸举办招商推介会\n\n河北新闻网讯(记者 王某某)12月2日,邯郸市举办招商推介会。\n\n"
            "电网建设提速\n\n国家电网公司发布消息,今年投资创新高。\n")
    first, second, third = split_articles(page, "p.txt")
    assert (first.dateline_place, first.bylines, first.month, first.day) == ("石家庄", ("张某",), 12, 3)
    assert (second.bylines, second.month, second.day) == (("王某某",), 12, 2)
    # (a firm's 电网 with no date before its 消息 is no site)
    assert third.dateline_place is None and third.text.endswith("国家电网公司发布消息,今年投资创新高。")


def test_year_from_a_dated_signature():
    page = "本报讯 3月21日,省政府新闻办举行发布会。\n\n太原市迎泽区消防救援大队\n2024年3月20日\n"
    (art,) = split_articles(page, "p.txt")
    assert art.date == "2024-03-21"


def test_a_pages_folio_dates_its_articles():
    page = ("邯郸日报 2026年1月6日 星期二 第2版 要闻\n\n全市召开文明城市创建推进会\n\n"
            "本报讯(记者 赵某 通讯员 钱某某)1月5日,全市文明城市创建推进会召开。\n\n"
            "冬季供暖运行平稳\n\n本报讯 入冬以来,全市供暖运行平稳,群众满意度持续提升。\n\n"
            "回眸二〇二五\n\n本报邯郸12月30日讯(通讯员 孙某某)全年新增城镇就业5万人。\n")
    first, second, third = split_articles(page, "p.txt")
    # a dateline's names each after their role; its date in the year
    assert first.date == "2026-01-05" and first.bylines == ("赵某", "钱某某")
    assert second.date == "2026-01-06"  # no date in its dateline: the day
    assert third.date == "2025-12-30" and third.bylines == ("孙某某",)  # December, in a January issue
    # no folio: no year but a signature's
    (art,) = split_articles("本报讯 3月21日,省政府新闻办举行发布会。\n", "p.txt")
    assert art.date == "--03-21"


def test_an_untitled_articles_title_is_its_first_clause_past_its_dateline():
    page = (" 本报保定11月26日讯(记者 吴某某 通讯员 周某)11月25日,保定市召开民营经济发展大会,"
            "会议表彰了一批优秀企业。\n")
    (art,) = split_articles(page, "p.txt")
    assert art.title == "保定市召开民营经济发展大会" and art.date == "--11-26"


def test_a_notice_with_no_dateline_is_of_the_date_signed_at_its_end():
    page = ("保定市人民政府办公室\n关于做好今冬明春供暖工作的通知\n\n"
            "各县(市、区)人民政府,市政府有关部门:\n现将有关事项通知如下,请认真贯彻落实。\n\n"
            "保定市人民政府办公室\n2025年10月28日\n")
    (art,) = split_articles(page, "p.txt")
    assert art.date == "2025-10-28"


def test_headline_after_its_article_goes_to_it():
    page = ("本报太原12月25日讯(记者 张剑雯)近日,省食品安全委员会办公室联合省教育厅"
            "在全省开展校园食品安全排查整治专项行动。\n\n"
            "我省5部门联手\n开展校园食品安全整治行动\n\n"
            "本报太原12月25日讯(记者 王佳丽)近日,省应急管理厅在其官网发布了公告。\n")
    first, second = split_articles(page, "p.txt")
    assert first.title == "我省5部门联手 开展校园食品安全整治行动"
    assert "王佳丽" in second.bylines


def _one_penalty(pipeline, page: str):
    """The one article of ``page`` and the one penalty extracted from it."""
    (art,) = split_articles(page, "p.txt")
    (penalty,) = pipeline.extract_article(art).penalties
    return art, penalty


def test_a_penalty_decisions_fields_stay_in_its_one_article(pipeline):
    # a decision as regulators publish it: its fields one a line, its measures one a line
    page = ("保定市市场监督管理局行政处罚决定书\n保市监罚〔2024〕12号\n\n"
            "当事人:保定某某商贸有限公司\n统一社会信用代码:91130600MA0XXXXXXX\n"
            "住所:保定市竞秀区某某路18号\n法定代表人:赵某某\n\n"
            "经查,当事人销售不合格电线电缆,违法所得0.6万元。\n"
            "依据《中华人民共和国产品质量法》第四十九条的规定,本局决定对当事人作出如下行政处罚:\n"
            "一、没收违法所得6000元;\n二、罚款人民币4.8万元。\n")
    art, penalty = _one_penalty(pipeline, page)
    assert "当事人:保定某某商贸有限公司\n统一社会信用代码" in art.text
    assert (penalty.authority[1], penalty.party[1], penalty.fine_yuan) == (
        "保定市市场监督管理局", "保定某某商贸有限公司", 48000)


def test_a_decisions_party_is_where_its_seat_field_puts_it(pipeline):
    page = ("保定市市场监督管理局行政处罚决定书\n保市监罚〔2024〕12号\n\n"
            "当事人:保定某某商贸有限公司\n统一社会信用代码:91130600MA0XXXXXXX\n"
            "住所:保定市竞秀区某某路18号\n法定代表人:赵某某\n\n"
            "经查,当事人销售不合格电线电缆。依据《中华人民共和国产品质量法》第四十九条,本局决定罚款人民币4.8万元。\n")
    (art,) = split_articles(page, "p.txt")
    located = _related(pipeline, art, "locatedIn")
    assert ("保定某某商贸有限公司", "竞秀区", None) in located, located
    # a person's home address (住址) is no seat, and a second party's seat is its own
    text = ("当事人:王某某\n住址:保定市莲池区某某街3号\n"
            "当事人:保定某某物流有限公司\n地址:保定市满城区某某路5号\n本局决定对其罚款1万元。")
    located = _related(pipeline, article(text), "locatedIn")
    assert {r for r in located if "市" not in r[0] and "区" not in r[0]} == {("保定某某物流有限公司", "满城区", None)}


def _related(pipeline, art, predicate: str) -> set[tuple[str, str, str | None]]:
    """(subject, object, post) of each ``predicate`` relation extracted from ``art``."""
    return {(r.subject[1], r.object[1], r.post) for r in pipeline.extract_article(art).relations
            if r.predicate.value == predicate}


def test_a_decisions_measures_after_its_bare_opening_are_one_decision(pipeline):
    # 本局决定: and its measures a line each, the fine in the last
    page = ("沧州市生态环境局行政处罚决定书\n\n当事人:沧州某某化工有限公司\n法定代表人:孙某某\n\n"
            "经查,当事人超标排放大气污染物。\n依据《中华人民共和国大气污染防治法》第九十九条,本局决定:\n"
            "一、责令改正违法行为;\n二、罚款人民币20万元。\n")
    _, penalty = _one_penalty(pipeline, page)
    assert (penalty.party[1], penalty.fine_yuan) == ("沧州某某化工有限公司", 200000)


def test_a_decision_made_in_the_bodys_own_name_is_the_signatorys_on_the_date_below(pipeline):
    # the body named nowhere above its decision (本局决定), only in the signature under it
    page = ("行政处罚决定书\n衡市监罚〔2025〕31号\n\n当事人:衡水某某食品有限公司\n法定代表人:李某某\n\n"
            "经查,当事人生产不符合食品安全标准的食品。依据《中华人民共和国食品安全法》第一百二十四条,"
            "本局决定对当事人作出如下行政处罚:\n1.没收违法所得2000元;\n2.罚款人民币6万元。\n\n"
            "衡水市市场监督管理局\n2025年9月20日\n")
    art, penalty = _one_penalty(pipeline, page)
    assert art.text.endswith("衡水市市场监督管理局\n2025年9月20日")
    assert (penalty.authority[1], penalty.party[1], penalty.fine_yuan, penalty.decision_date) == (
        "衡水市市场监督管理局", "衡水某某食品有限公司", 60000, "2025-09-20")
    # a body signing below a text that is no notice of penalties and decides in no body's
    # own name is not taken for the decider
    unsigned = page.replace("行政处罚决定书", "情况通报").replace("本局决定", "决定")
    assert _one_penalty(pipeline, unsigned)[1].authority is None


def test_a_decisions_officer_field_names_who_heads_its_party(pipeline):
    page = ("当事人:沧州某某化工有限公司\n住所:沧州市运河区某某路8号\n法定代表人:孙某某\n\n"
            "经查,当事人超标排放大气污染物,本局决定对当事人罚款人民币20万元。\n\n"
            "当事人:个体工商户王某某\n经营者:王某某\n")
    (art,) = split_articles(page, "p.txt")
    works = _related(pipeline, art, "worksFor")
    assert works == {("孙某某", "沧州某某化工有限公司", "法定代表人")}, works


def test_a_table_of_decisions_is_read_a_decision_a_row(pipeline):
    page = ("衡水市生态环境局2024年11月行政处罚信息公开\n\n"
            "序号  当事人  违法行为  处罚依据  处罚结果\n"
            "1  衡水某某化工有限公司  超标排放  《中华人民共和国大气污染防治法》第九十九条  罚款5万元\n"
            "2\t衡水某某橡胶有限公司\t未批先建\t《中华人民共和国环境影响评价法》第三十一条\t罚款12万元\n")
    (art,) = split_articles(page, "p.txt")
    assert "当事人:衡水某某化工有限公司" in art.text and "序号" not in art.text
    found = {(p.authority[1], p.party[1], p.fine_yuan, p.legal_basis[0].law)
             for p in pipeline.extract_article(art).penalties}
    assert found == {("衡水市生态环境局", "衡水某某化工有限公司", 50000, "中华人民共和国大气污染防治法"),
                     ("衡水市生态环境局", "衡水某某橡胶有限公司", 120000, "中华人民共和国环境影响评价法")}, found


def test_a_markdown_table_of_decisions_is_read_a_decision_a_row():
    page = ("衡水市生态环境局行政处罚信息公开\n\n| 序号 | 当事人 | 违法行为 | 处罚结果 |\n|---|---|---|---|\n"
            "| 1 | 衡水某某化工有限公司 | 超标排放 | 罚款5万元 |\n")
    (art,) = split_articles(page, "p.md")
    assert art.text.endswith("当事人:衡水某某化工有限公司\n违法行为类型:超标排放\n处罚内容:罚款5万元"), art.text


def test_a_tables_fine_column_in_ten_thousands_gives_the_fine(pipeline):
    page = ("沧州市市场监督管理局行政处罚信息公示\n\n"
            "序号  当事人名称  处罚类别  罚款金额（万元）\n"
            "1  沧州某某食品有限公司  罚款、没收违法所得  3.5\n")
    art, penalty = _one_penalty(pipeline, page)
    assert (penalty.authority[1], penalty.party[1], penalty.fine_yuan) == (
        "沧州市市场监督管理局", "沧州某某食品有限公司", 35000)
    assert art.text[penalty.evidence.start:penalty.evidence.end].endswith("3.5")  # the fine's own field


def test_a_table_naming_no_result_stays_as_printed():
    page = "序号  单位名称  负责人  地址\n1  某某超市  王某  某某路\n附近还有其他商店。\n"
    (art,) = split_articles(page, "p.txt")
    assert art.text.startswith("序号单位名称") and "当事人" not in art.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_encodings(tmp_path, encoding):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode(encoding))
    page = read_page(path)
    assert page.articles[0].bylines == ("王龙飞",)


def test_full_width_text_is_normalised(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("本报讯　３月２１日，省政府印发了《山西省落实〈空气质量持续改善行动计划〉实施方案》。" * 2,
                    encoding="utf-8")
    assert "3月21日," in read_page(path).articles[0].text


def test_a_programme_in_straight_quotes_is_found(pipeline, tmp_path):
    # web pages (and full-width ＂, which width makes straight) quote names with straight quotes
    text = '本报讯 大同市开展＂百日攻坚＂安全生产大检查活动。太原市启动"蓝天保卫战"专项行动。'
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    [x] = pipeline.extract_page(read_page(tmp_path / "page.txt"))[0]
    assert {"百日攻坚安全生产大检查活动", "蓝天保卫战专项行动"} <= {m.canonical for m in x.mentions}


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"   \n\n", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x80\x81\xff" * 20, "cannot decode"),
    (b"This is an English text file with no Chinese at all, surely not a page.", "not a newspaper page"),
    # a sentence is too short to be a page, and the message says by how much
    ("省教育厅招生录取工作正式启动".encode(), "fewer than 20 Chinese characters"),
])
def test_bad_files_get_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_page(path)
    message = str(info.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_bad_files_do_not_lose_the_good_ones(tmp_path):
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    pages, problems = read_pages([tmp_path, tmp_path / "missing.txt"])
    assert [p.source for p in pages] == ["good.txt"]
    assert {Path(p.where).name for p in problems} == {"empty.txt", "missing.txt"}


NEWS_LINES = "\n".join([
    '{"title": "河北出台新规", "text": "新华社石家庄5月6日电(记者王海涛)近日,省生态环境厅印发《河北省大气污染防治'
    '行动方案》。石家庄市、保定市、邯郸市将率先落实。", "date": "2024-05-06"}',
    "not json at all",
    '{"title": "no body"}',
    '{"content": "近日,省市场监督管理局对某某科技有限公司处以罚款20万元。广州市、深圳市、佛山市等地同步开展检查。"}',
])


def test_news_collected_one_article_a_line(tmp_path):
    (tmp_path / "news.jsonl").write_text(NEWS_LINES, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    pages, problems = read_pages([tmp_path])
    news = next(p for p in pages if p.source == "news.jsonl")
    first, second = news.articles
    assert (first.title, first.date, first.dateline_place, first.bylines) == ("河北出台新规", "2024-05-06", "石家庄",
                                                                             ("王海涛",))
    # an untitled line's title is its first clause, past a word of time opening it (近日,)
    assert first.text.startswith("河北出台新规\n新华社") and second.title.startswith("省市场监督管理局")
    # the bad lines are named, file and line, and the good ones kept
    assert sorted((Path(p.where).name, p.message.split(" ")[0]) for p in problems) == [
        ("news.jsonl:2", "not"), ("news.jsonl:3", "no")]
    assert {p.source for p in pages} == {"news.jsonl", "page.txt"}


def test_markup_in_a_news_lines_text_is_read_for_its_text(tmp_path):
    path = tmp_path / "crawled.jsonl"
    record = {"title": "市应急管理局部署冬季安全工作",
              "content": "<p>近日,太原市应急管理局召开会议。</p><p style=\"text-indent:2em\">"
                         "局长王某某&nbsp;出席。</p>"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = read_page(path).articles
    assert art.text == "市应急管理局部署冬季安全工作\n近日,太原市应急管理局召开会议。\n局长王某某出席。"


def test_news_lines_are_situated_one_by_one(pipeline, tmp_path):
    """省 in each collected article is the province that article names, not the file's."""
    (tmp_path / "news.jsonl").write_text(NEWS_LINES, encoding="utf-8")
    corpus = pipeline.build([tmp_path / "news.jsonl"])
    names = {e.name for e in corpus.entities}
    assert {"河北省生态环境厅", "广东省市场监督管理局"} <= names, names


def test_a_file_of_no_good_lines_is_one_problem(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError, match="no article"):
        read_page(path)


@pytest.mark.parametrize("name, content, problem", [
    ("missing.ttl", None, "no such graph file"),
    ("bad.ttl", "this is not turtle <<<", "cannot be read as turtle"),
    ("graph.xyz", "", "unknown graph format"),
])
def test_bad_graph_files(tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphError, match=problem):
        load_graph(path)


def test_same_file_name_in_two_folders_stays_two_pages(pipeline, tmp_path):
    for folder, text in (("a", "001_8e2f6d24ccc070f4.txt"), ("b", "004_e34eac57d2895c48.txt")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text((SEEDS / text).read_text(encoding="utf-8"), encoding="utf-8")
    paths = [tmp_path / "a", tmp_path / "b"]
    corpus = pipeline.build(paths)
    ids = corpus.extractions.ids()
    assert len(ids) == len(set(ids))
    assert len({a.source for a in corpus.extractions.articles()}) == 2
    assert ids == pipeline.build(paths).extractions.ids()  # the same input, the same ids


def test_what_cannot_be_a_page_is_named(tmp_path):
    """Dangling links, pipes and link loops in a folder or named directly: one line each."""
    import os

    pages = tmp_path / "pages"
    (pages / "2024" / "03").mkdir(parents=True)
    (pages / "2024" / "03" / "deep.TXT").write_text(PAGE, encoding="utf-8")  # subfolder, upper-case suffix
    (pages / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(pages / "pipe.txt")
    (pages / "loop").symlink_to(pages)  # a link back up: not followed
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    found, problems = read_pages([pages, tmp_path / "a.txt", pages / "pipe.txt"])
    assert [p.source for p in found] == ["deep.TXT"]
    said = {Path(p.where).name: p.message for p in problems}
    assert "dangling" in said["dangling.txt"]
    assert "not a regular file" in said["pipe.txt"]
    assert "loop" in said["a.txt"]
    assert all("\n" not in m for m in said.values())


@pytest.mark.parametrize("content, expected", [
    ("\ufeff" + PAGE, "utf-16"),      # UTF-16 with its mark is decoded, not called binary
])
def test_utf16_pages_are_read(tmp_path, content, expected):
    path = tmp_path / "page.txt"
    path.write_bytes(content.encode(expected))
    assert read_page(path).articles[0].text.startswith("本报太原")


def test_a_nul_byte_anywhere_is_binary(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-8") * 3 + b"\x00" + PAGE.encode("utf-8"))
    with pytest.raises(InputError, match="binary"):
        read_page(path)


def test_a_few_bad_bytes_in_utf8_are_not_read_as_gbk(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-8").replace("近日".encode(), b"\xbd\xfc", 1))  # 近 in GBK
    page = read_page(path)
    assert "省委办公厅" in page.articles[0].text  # not mojibake
    assert len(page.problems) == 1 and "U+FFFD" in page.problems[0].message


def test_whitespace_only_says_so(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(b"  \n\t\n")
    with pytest.raises(InputError, match="only whitespace"):
        read_page(path)


WEB_PAGE = """<!DOCTYPE html>
<html><head><title>河北日报</title><style>p{color:red}</style>
<script>var x = "本报讯 这段脚本不是新闻";</script></head>
<body><h1>河北出台大气污染防治新规</h1>
<p>本报石家庄5月6日讯(记者王海涛)近日,河北省生态环境厅印发《河北省大气污染防治行动方案》。</p>
<p>省生态环境厅副厅长刘建华表示,将加大执法力度。&nbsp;石家庄市、保定市将率先落实。</p>
</body></html>
"""


@pytest.mark.parametrize("name", ["page.html", "saved-as.txt"])
def test_a_web_page_is_read_for_its_text(tmp_path, name):
    path = tmp_path / name
    path.write_text(WEB_PAGE, encoding="utf-8")
    page = read_page(path)
    text = "\n".join(a.text for a in page.articles)
    assert "<" not in text and "DOCTYPE" not in text and "color:red" not in text
    assert "脚本" not in text  # a script's text is no article
    assert "河北省生态环境厅印发《河北省大气污染防治行动方案》" in text
    assert page.articles[0].bylines == ("王海涛",)


SITE_PAGE = """<!DOCTYPE html>
<html><head><title>省应急管理厅部署冬季安全生产工作_河北省应急管理厅</title></head><body>
<div><a href="/">首页</a><a href="/a">机构概况</a><a href="/b">政务公开</a></div>
<div>当前位置:首页 > 新闻中心 > 工作动态</div>
<h2>省应急管理厅部署冬季安全生产工作</h2>
<div>发布时间:2026-11-20 10:30  来源:河北省应急管理厅  浏览次数:215</div>
<p>近日,河北省应急管理厅召开会议,部署冬季安全生产工作。</p>
<div>分享到:微信 微博</div>
<div>主办单位:河北省应急管理厅 地址:石家庄市某某路1号<br>冀ICP备12345678号 冀公网安备13010002000000号</div>
</body></html>
"""


def test_a_sites_page_is_read_from_the_headline_its_title_names(tmp_path):
    """Navigation before the headline and the site's footer are no article; the page's
    publication date dates it."""
    path = tmp_path / "site.html"
    path.write_text(SITE_PAGE, encoding="utf-8")
    (article,) = read_page(path).articles
    assert article.title == "省应急管理厅部署冬季安全生产工作"
    assert article.text.endswith("河北省应急管理厅召开会议,部署冬季安全生产工作。")
    assert "首页" not in article.text and "ICP" not in article.text and "浏览次数" not in article.text
    assert (article.year, article.month, article.day) == (2026, 11, 20)


@pytest.mark.parametrize("particulars", ["发布时间:2026-11-20 来源:县应急管理局", "来源:正定县人民政府 作者:王某",
                                         "信息来源:县应急管理局"])
def test_a_sites_particulars_under_the_headline_are_neither_headline_nor_body(tmp_path, particulars):
    path = tmp_path / "county.html"
    path.write_text(f"""<html><head><title>正定县部署冬季森林防火工作_正定县人民政府</title></head><body>
<h1>正定县部署冬季森林防火工作</h1><div>{particulars}</div>
<p>11月19日,正定县召开冬季森林防火工作部署会,县应急管理局局长王某通报了防火形势。</p></body></html>""",
                    encoding="utf-8")
    (article,) = read_page(path).articles
    assert article.title == "正定县部署冬季森林防火工作"
    assert "来源" not in article.text, article.text


TABLE_PAGE = """<!DOCTYPE html>
<html><head><title>邯郸市市场监督管理局行政处罚信息公示_邯郸市人民政府</title></head><body>
<h1>邯郸市市场监督管理局行政处罚信息公示</h1>
<p>现将我局近期作出的行政处罚信息公示如下:</p>
<table>
<tr><th>序号</th><th>当事人名称</th><th>违法事实</th><th>处罚依据</th><th>处罚内容</th></tr>
<tr><td>1</td><td>邯郸某某食品有限公司</td><td>生产不符合食品安全标准的食品</td>
<td>《中华人民共和国食品安全法》第一百二十四条</td><td>没收违法所得并罚款5万元</td></tr>
<tr><td>2</td><td>邯郸市某某超市</td><td>经营超过保质期的食品</td>
<td>《中华人民共和国食品安全法》第一百二十四条</td><td>罚款1万元</td></tr>
</table></body></html>
"""


def test_a_web_pages_table_of_decisions_is_read_a_decision_a_row(pipeline, tmp_path):
    """A table's cells are set apart as a printed table's are: its rows are decisions, not
    one line running a row's number into its party's name (1邯郸某某食品有限公司)."""
    path = tmp_path / "table.html"
    path.write_text(TABLE_PAGE, encoding="utf-8")
    (article,) = read_page(path).articles
    assert "当事人:邯郸某某食品有限公司" in article.text
    found = {(p.authority[1], p.party[1], p.fine_yuan) for p in pipeline.extract_article(article).penalties}
    assert found == {("邯郸市市场监督管理局", "邯郸某某食品有限公司", 50000),
                     ("邯郸市市场监督管理局", "邯郸市某某超市", 10000)}, found


RECORD_PAGE = """<html><head><meta charset="utf-8"><title>行政处罚信息_信用中国(山西太原)</title></head><body>
<div class="nav">首页 > 信用信息 > 行政处罚</div><h2>行政处罚信息</h2><table>
<tr><th>行政相对人名称</th><td>太原某某建材有限公司</td></tr>
<tr><th>行政处罚决定书文号</th><td>并环罚字〔2026〕21号</td></tr>
<tr><th>处罚依据</th><td>《中华人民共和国大气污染防治法》第一百一十五条</td></tr>
<tr><th>处罚内容</th><td>罚款人民币2万元</td></tr>
<tr><th>处罚决定日期</th><td>2026/11/18</td></tr>
<tr><th>处罚机关</th><td>太原市生态环境局</td></tr>
</table><div class="footer">主办单位:太原市发展和改革委员会</div></body></html>"""


def test_a_web_pages_record_of_fields_in_a_table_gives_its_decision(pipeline, tmp_path):
    """A table's rows of a field's name and its value are the record's field lines, each
    its own (not run on into the site's footer, 处罚机关:X局主办单位:Y)."""
    path = tmp_path / "record.html"
    path.write_text(RECORD_PAGE, encoding="utf-8")
    (article,) = read_page(path).articles
    assert "\n处罚机关:太原市生态环境局" in article.text and "行政相对人名称:太原某某建材有限公司\n" in article.text
    (p,) = pipeline.extract_article(article).penalties
    assert (p.authority[1], p.party[1], p.fine_yuan, p.decision_date) == (
        "太原市生态环境局", "太原某某建材有限公司", 20000, "2026-11-18")


def test_a_traditional_script_page_is_read_in_simplified(pipeline, tmp_path):
    """Extraction reads simplified script; the printed forms stay as aliases and the
    evidence quotes the page as printed, at the same offsets."""
    printed = ("本報石家莊5月6日訊(記者王海濤)近日,河北省生態環境廳印發《河北省大氣污染防治行動方案》。"
               "河北鋼鐵集團有限公司位於石家莊市。\n")
    path = tmp_path / "trad.txt"
    path.write_text(printed, encoding="utf-8")
    article = read_page(path).articles[0]
    assert article.original is not None and article.original.startswith("本報")
    assert article.text.startswith("本报石家庄") and len(article.text) == len(article.original)
    corpus = pipeline.build([path])
    entities = {e.name: e for e in corpus.entities}
    assert "河北钢铁集团有限公司" in entities and "河北鋼鐵集團有限公司" in entities["河北钢铁集团有限公司"].aliases
    assert "河北省大气污染防治行动方案" in entities
    located = next(r for r in corpus.relations if r.subject[1] == "河北钢铁集团有限公司")
    assert article.printed[located.evidence.start:located.evidence.end].startswith("河北鋼鐵")


def test_a_simplified_page_is_left_as_it_is():
    page = read_page(SEEDS / "000_0c49425b2632829b.txt")
    assert all(a.original is None for a in page.articles)


ARTICLE = ("河北日报讯(记者王海涛)5月6日，河北省生态环境厅召开全省环境执法工作会议，"
           "部署今年大气污染防治攻坚行动。")


def test_a_page_of_ads_and_tables_is_no_article(tmp_path):
    page = tmp_path / "classifieds.txt"
    page.write_text("分类广告\n房屋出租\n长风街精装两室一厅出租，月租2500元。联系电话：13912345678\n"
                    "遗失声明\n赵某不慎遗失身份证一张，声明作废。\n"
                    "钱某遗失石家庄某某商贸有限公司公章一枚，特此声明。\n"
                    "今日行情\n代码  名称  收盘价  涨跌幅\n600519  贵州茅台  1688.00  +1.20%\n"
                    "000858  五粮液  145.30  -0.50%\n本版广告热线：0311-4223333\n", encoding="utf-8")
    with pytest.raises(InputError, match="no article body found"):
        read_page(page)


@pytest.mark.parametrize("table", [
    "代码  名称  收盘价  涨跌幅\n600519  贵州茅台  1688.00  +1.20%\n000001  平安银行  11.02  -0.36%",
    "品名 单位 今日价 昨日价\n猪肉 元/公斤 26.5 27.0\n鸡蛋 元/公斤 9.8 9.6",
    "地区\t一季度\t二季度\t增速\n石家庄\t1,203\t1,350\t12.2%",
    "城市　空气质量指数　首要污染物\n邯郸　156　PM2.5\n邢台　149　PM2.5",
    "1号线 06:00 23:00 2元",
])
def test_tables_are_not_read_as_text(table):
    """Rows of figures and the head over them are page furniture; the article stays whole."""
    (article,) = split_articles(f"全省环境执法会议召开\n{ARTICLE}\n{table}\n", "p.txt")
    assert article.text.endswith("攻坚行动。")


@pytest.mark.parametrize("notice", [
    "遗失声明",
    "孙某遗失身份证，号码130102199001011234，声明作废。",
    "保定市某某建材有限公司遗失营业执照副本，特此声明。",
    "减资公告",
    "本版广告热线：0311-88886666",
])
def test_classified_notices_are_not_read_as_text(notice):
    (article,) = split_articles(f"全省环境执法会议召开\n{ARTICLE}\n{notice}\n", "p.txt")
    assert notice not in article.text and "声明" not in article.text


def test_an_article_too_long_is_skipped_and_named(tmp_path):
    """An article past MAX_ARTICLE characters is one line naming it; the rest is built."""
    page = tmp_path / "page.txt"
    page.write_text(f"全省环境执法会议召开\n{ARTICLE}\n\n无标点长文\n{'某' * 350_000}\n", encoding="utf-8")
    read = read_page(page)
    assert [a.index for a in read.articles] == [1]
    (problem,) = read.problems
    assert problem.where == f"{page}: article 2" and "350,0" in problem.message
    alone = tmp_path / "alone.txt"
    alone.write_text(f"无标点长文\n{'某' * 350_000}\n", encoding="utf-8")
    with pytest.raises(InputError, match="more than an article's"):
        read_page(alone)


def test_a_large_file_of_news_lines_is_read_in_stretches(tmp_path, monkeypatch):
    """A .jsonl larger than a stretch is read a stretch at a time (no size cap): every
    good line an article, ids and problems counting the file's lines, as read whole."""
    import kg.read

    lines = [json.dumps({"title": f"第{n}条", "text": f"河北省生态环境厅第{n}次印发通知。"}, ensure_ascii=False)
             for n in range(1, 201)]
    lines[99] = "{not json"
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = read_page(path)
    monkeypatch.setattr(kg.read, "STRETCH_BYTES", 1000)
    sources = list(kg.read.read_sources(path))
    assert len(sources) > 5 and all(len(s.data) < 1200 for s in sources)
    pages = [kg.read.page_of(s) for s in sources]
    assert [a.id for p in pages for a in p.articles] == [a.id for a in whole.articles]
    assert [a.text for p in pages for a in p.articles] == [a.text for a in whole.articles]
    assert [x.where for p in pages for x in p.problems] == [f"{path}:100"] == [x.where for x in whole.problems]
    monkeypatch.setattr(kg.read, "MAX_BYTES", 1000)  # the cap is for pages, not for news lines
    with pytest.raises(InputError, match="larger than"):
        read_page(path)
    assert sum(len(p.articles) for p in map(kg.read.page_of, kg.read.read_sources(path))) == 199


def test_a_large_news_file_builds_as_one(pipeline, tmp_path, monkeypatch):
    import kg.read

    lines = [json.dumps({"text": f"山西省应急管理厅对太原某某化工有限公司罚款{n}万元。"}, ensure_ascii=False)
             for n in range(1, 61)]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = pipeline.build([path])
    monkeypatch.setattr(kg.read, "STRETCH_BYTES", 500)
    assert len(list(kg.read.read_sources(path))) > 5
    streamed = pipeline.build([path])
    assert streamed == whole
