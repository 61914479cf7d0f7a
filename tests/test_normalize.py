import pytest

from kg.normalize import curl_quotes, drop_stray_spaces, rejoin_lines, sentence_spans, to_halfwidth


@pytest.mark.parametrize("raw, expected", [
    ("２０２５年（第一批）", "2025年(第一批)"),
    ("ＹＢ／Ｔ　６２３０", "YB/T 6230"),
    ("省应急管理厅", "省应急管理厅"),
])
def test_width(raw, expected):
    assert to_halfwidth(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("本报太原12月 25日讯（记者", "本报太原12月25日讯（记者"),
    ("到 2025 年年底", "到2025年年底"),
    ("Mini/Micro LED新型显示面板", "Mini/Micro LED新型显示面板"),
    ("U 型井工厂", "U型井工厂"),
])
def test_stray_spaces(raw, expected):
    assert drop_stray_spaces(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ('大同市开展"百日攻坚"安全生产大检查', "大同市开展“百日攻坚”安全生产大检查"),
    ('推进"放管服"改革和"两新"工作', "推进“放管服”改革和“两新”工作"),
    ('"PM2.5"浓度下降', '"PM2.5"浓度下降'),               # no Chinese inside: left as written
    ('他说:"今年要完成', '他说:"今年要完成'),             # a quote that runs on past the line
])
def test_straight_quotes_round_chinese_are_curled(raw, expected):
    assert curl_quotes(raw) == expected


def test_broken_word_is_rejoined():
    lines = ["本报太原12月25日讯(记者", "王龙飞)近日,省委办公厅、省政府", "办公厅印发《关于推动消费品工业",
             "高质量发展的实施意见》,明确提出"]
    (paragraph,) = rejoin_lines(lines)
    assert "省政府办公厅印发" in paragraph
    assert "《关于推动消费品工业高质量发展的实施意见》" in paragraph


def test_a_dateline_whose_byline_ends_its_line_runs_on_into_the_body():
    lines = ["本报北京11月30日讯(记者 张某)", "国务院国资委30日召开中央企业负责人", "会议。国务院国资委党委书记出席。"]
    assert rejoin_lines(lines) == ["".join(lines)]
    # ... but a closing byline after a sentence still ends its article
    lines = ["本报讯 全市今年新建公园12个。(记者 张某)", "市政府召开常务会议"]
    assert rejoin_lines(lines) == lines


def test_a_wide_line_inside_a_short_paragraph_runs_on():
    # a short article's column reads narrow by its headline and last line: a line wider than
    # that inside a paragraph is no headline
    lines = ["国家知识产权局与世界知识产权组织签署", "合作备忘录", "", "新华社日内瓦11月29日电(记者孙",
             "某某)国家知识产权局局长申某某29日", "在日内瓦与世界知识产权组织总干事邓某", "某签署合作备忘录。"]
    assert rejoin_lines(lines)[-1].endswith("总干事邓某某签署合作备忘录。")


@pytest.mark.parametrize("lines, joined", [
    # a line opening with one character and the mark closing its clause: the break cut a
    # word, however narrow the headline and signature lines above make the column read
    (["湖南省加快推进", "特色产业发展若干措施", "", "为贯彻落实省委、省政府关于县域经济的决策部",
      "署，推动特色产业集群提质增效，制定本措施。"],
     "为贯彻落实省委、省政府关于县域经济的决策部署，推动特色产业集群提质增效，制定本措施。"),
    (["市长王某", "", "全市上下要坚定信心推动经济高质量发",
      "展。"], "全市上下要坚定信心推动经济高质量发展。"),
])
def test_a_line_opening_with_the_end_of_a_cut_word_runs_on(lines, joined):
    assert joined in rejoin_lines(lines)


def test_a_line_opening_a_quotation_it_does_not_close_runs_on():
    # however narrow the column reads around it (its next line and a headline are short)
    lines = ["今年以来,省科技厅联合省工信厅开展", "“科技型中小企业成长计划”,全省新增", "高新技术企业1200家。",
             "某某生物科技有限公司总经理张某说:“政策", "红利实实在在,研发投入增长三成。”", "唐山港吞吐量创新高"]
    assert "某某生物科技有限公司总经理张某说:“政策红利实实在在,研发投入增长三成。”" in rejoin_lines(lines)


def test_a_line_ending_in_a_quoted_term_runs_on_as_wide_as_its_column():
    # a quoted term closing a full line is no sentence's end; a quoted sentence is
    lines = ["日,保定市竞秀区颍川街道办事处", "联合区消防救援大队开展冬季消防", "任吴鹏表示,将持续开展“清患”",
             "专项行动,确保辖区安全稳定。", "他说:“要把隐患消除在萌芽状态。”", "街道还将组织居民开展消防演练。"]
    paragraphs = rejoin_lines(lines)
    assert any("开展“清患”专项行动" in p for p in paragraphs)
    assert paragraphs[-1] == "街道还将组织居民开展消防演练。"


def test_a_section_head_is_no_cut_word():
    lines = ["全市上下要坚定信心推动经济高质量发展。", "一、加快培育龙头企业。"]
    assert rejoin_lines(lines) == lines


def test_a_notices_title_and_number_stand_alone():
    # a notice's title ends its paragraph however it was broken, and its number is a line of
    # its own
    lines = ["湖南省人民政府办公厅关于印发湖南省促进", "低空经济发展若干措施的通知", "", "湘政办发〔2026〕12号", "",
             "各市州人民政府，省政府各厅委、各直属机构："]
    title, number = rejoin_lines(lines)[:2]
    assert title == "湖南省人民政府办公厅关于印发湖南省促进低空经济发展若干措施的通知"
    assert number == "湘政办发〔2026〕12号"


def test_blank_line_inside_a_word_is_rejoined():
    lines = ["实施品种扩增行动。对科研单", "位和企业的创新研发投入按规定进", "", "行奖励,加大创新产品研发力度,力",
             "争2025年年底前在预制食品、特色"]
    assert "按规定进行奖励" in rejoin_lines(lines)[0]


def test_headline_is_not_glued_to_the_body():
    lines = ["量发展,助力制造业振兴升级。", "", "我省实施十大行动推动消费品工业高质量发展",
             "到2025年年底,全省消费品工业营业收入力争突破2200亿元", "", "环境就是民生,良好的生态环境是",
             "最普惠的民生福祉。多年来,我省坚持"]
    paragraphs = rejoin_lines(lines)
    assert "我省实施十大行动推动消费品工业高质量发展" in paragraphs
    assert any(p.startswith("环境就是民生") for p in paragraphs)


def test_a_notices_field_lines_are_not_joined():
    heading = ["石家庄市市场监督管理局行政处罚决定书", "石市监罚〔2024〕56号", ""]
    fields = ["当事人:石家庄某某商贸有限公司", "统一社会信用代码:91130100MA0XXXXXXX",
              "住所:石家庄市长安区某某路88号", "法定代表人:王某某"]
    body = ["", "经查,当事人于2024年3月至5月期间销售未取得产品质量认证的电线电缆,货值金额3.2万元,违法所得0.6万元。",
            "当事人的上述行为违反了《中华人民共和国产品质量法》第十三条的规定。"]
    assert rejoin_lines(heading + fields + body)[2:6] == fields


def test_markdown_heading_stands_alone():
    assert rejoin_lines(["# 十项措施推动空气质量持续改善", "本报讯 3月21日,省政府新闻办"]) == [
        "# 十项措施推动空气质量持续改善", "本报讯 3月21日,省政府新闻办"]


def test_sentences():
    text = "甲说。乙答！丙问？"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["甲说。", "乙答！", "丙问？"]


def test_a_lists_items_and_the_body_signing_below_them_stand_alone():
    # an attachment's list of firms, no punctuation closing its lines, over the signature
    lines = ["附件:2026年度专精特新中小企业名单", "1.石家庄某某科技有限公司", "2.唐山某某机械制造有限公司",
             "3.保定某某新能源股份有限公司", "河北省工业和信息化厅", "2026年12月1日"]
    assert rejoin_lines(lines) == lines


def test_a_decisions_first_measure_runs_on_from_its_opening():
    # the measure led into by 本局决定: is not split off by its number (each measure closes
    # at its semicolon, as any sentence does)
    lines = ["依据《食品安全法》第一百二十四条,本局决定:", "一、没收违法所得1.1万元;", "二、罚款人民币16万元。"]
    assert rejoin_lines(lines) == [lines[0] + lines[1], lines[2]]


def test_a_figure_opening_a_line_is_no_items_number():
    assert rejoin_lines(["全市粮食总产量同比增长", "1.5个百分点,创历史新高。"]) == [
        "全市粮食总产量同比增长1.5个百分点,创历史新高。"]
