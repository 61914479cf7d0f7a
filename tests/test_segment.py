"""The segmenter's own cut gives exactly the words jieba's cut gives."""

from __future__ import annotations

from itertools import islice

import jieba
import pytest
from jieba import finalseg

from kg.recognise.corpora import read_boson, read_tagged
from kg.segment import Segmenter, Tokenizer, hmm_cut
from tests.conftest import SHARED

CORPORA = SHARED / "corpora"
WORDS = ("河北省生态环境厅", "阳泉市矿区人民政府", "雄安新区管理委员会")


@pytest.fixture(scope="module")
def tokenizers() -> tuple[jieba.Tokenizer, Tokenizer]:
    theirs, ours = jieba.Tokenizer(), Tokenizer()
    for tokenizer in (theirs, ours):
        tokenizer.initialize()
        for word in WORDS:
            tokenizer.add_word(word, freq=10)
    return theirs, ours


@pytest.mark.parametrize("text", [
    "河北省生态环境厅副厅长刘某出席会议。",
    "阳泉市矿区人民政府发布通知，要求各单位做好防汛工作。",
    "",
    " \t\u3000",
    "a  b\r\n c\td",
    "ABC-123.45%的增长，iPhone 15 Pro Max 售价 5999 元",
    "的的的的的了了了",
    "王小二和李大嘴在雄安新区管理委员会门口碰面",
    "2024年1-11月，全省规模以上工业增加值同比增长4.2%。",
    "“十四五”规划纲要（草案）——《关于加快建设全国统一大市场的意见》",
])
def test_the_same_words_as_jieba(tokenizers, text):
    theirs, ours = tokenizers
    assert ours.words(text) == list(theirs.cut(text, HMM=True))
    assert ours.words_many([text]) == [ours.words(text)]


def test_texts_cut_together_are_cut_as_alone(tokenizers):
    """Blocks of texts cut together do not reach into each other, nor into the text
    after; one text of many blocks, empty texts, a long block and a one-character one."""
    theirs, ours = tokenizers
    texts = ["河北省生态环境厅", "", "副厅长刘某", "出席会议。阳泉市矿区人民政府", "发布通知", "鑫",
             "中华人民共和国" * 40, "  ", "雄安新区管理委员会门口"]
    assert ours.words_many(texts) == [list(theirs.cut(t, HMM=True)) for t in texts]


def test_a_dictionary_whose_words_share_a_key_is_cut_text_by_text(monkeypatch):
    """Should two of a dictionary's words ever share a key, the texts are cut one by
    one in the plain loop: the same words, no failure."""
    from kg import segment

    def shared(freq, total):
        raise ValueError("two of the dictionary's words share a key")

    ours = Tokenizer()
    ours.initialize()
    monkeypatch.setattr(segment._Dictionary, "of", shared)
    texts = ["河北省生态环境厅副厅长刘某出席会议。", "阳泉市矿区人民政府发布通知"]
    assert ours.words_many(texts) == [ours.words(t) for t in texts]


def test_a_word_added_after_cutting_is_cut_with(tokenizers):
    """The arrays ``words_many`` reads are made again when the dictionary changes."""
    _, ours = tokenizers
    text = "甲乙丙丁戊己庚辛有限公司成立"
    ours.words_many([text])
    ours.add_word("甲乙丙丁戊己庚辛有限公司", freq=10)
    try:
        assert ours.words_many([text])[0][0] == "甲乙丙丁戊己庚辛有限公司"
        assert ours.words_many([text]) == [ours.words(text)]
    finally:
        ours.del_word("甲乙丙丁戊己庚辛有限公司")


@pytest.mark.skipif(not (CORPORA / "boson.jsonl").exists(), reason="needs ../shared/corpora")
def test_the_same_words_as_jieba_on_news(tokenizers):
    """Every Boson document and the first MSRA test sentences, cut both ways."""
    theirs, ours = tokenizers
    texts = [s.text for s in read_boson(CORPORA / "boson.jsonl")]
    texts += [s.text for s in islice(read_tagged(CORPORA / "msra_test.txt", separator="\t"), 1000)]
    differ = [t for t in texts if ours.words(t) != list(theirs.cut(t, HMM=True))]
    assert not differ, differ[:3]
    together = ours.words_many(texts)
    differ = [t for t, cut in zip(texts, together, strict=True) if cut != list(theirs.cut(t, HMM=True))]
    assert not differ, differ[:3]


@pytest.mark.parametrize("text", [
    "张三丰", "的", "刘某某在杭州市西湖区蒋村街道", "iPhone15售价5999.5%涨", "abc 12.5%，的了", "",
    "鑫鑫鑫鑫", "\u4e00\u9fd5\u9fd6", "习近平主持召开中央全面深化改革委员会第三次会议",
])
def test_the_hmm_cut_is_jiebas(text):
    assert hmm(text) == list(finalseg.cut(text))


@pytest.mark.skipif(not (CORPORA / "boson.jsonl").exists(), reason="needs ../shared/corpora")
def test_the_hmm_cut_is_jiebas_on_news():
    """Every Boson document, whole and in short stretches (the stretches the segmenter
    hands the HMM are a few characters long)."""
    texts = [s.text for s in read_boson(CORPORA / "boson.jsonl")]
    texts += [t[i:i + n] for t in texts[:500] for i in range(0, len(t), 7) for n in (2, 3, 5)]
    differ = [t for t in texts if hmm(t) != list(finalseg.cut(t))]
    assert not differ, differ[:3]


def hmm(text: str) -> list[str]:
    out: list[str] = []
    hmm_cut(text, out)
    return out


def test_tokens_are_the_words_in_place():
    segmenter = Segmenter()
    text = "省教育厅招生录取工作正式启动 2025"
    tokens = segmenter(text)
    assert "".join(text[s:e] for s, e in tokens.spans) == text
    assert [e for _, e in tokens.spans[:-1]] == [s for s, _ in tokens.spans[1:]]
    assert tokens.edges == frozenset(x for span in tokens.spans for x in span)
    assert segmenter("").spans == ()


def test_the_dictionary_is_read_once_and_kept(tmp_path, monkeypatch):
    """What is read from jieba's dictionary is kept in the temporary folder: a second
    process reads it back instead (the same value), a damaged copy is read again, and
    a folder that cannot be written costs only the time."""
    import tempfile

    from kg.lexicon import kept_from_dictionary

    calls = []

    def first_words(fh) -> dict[str, str]:
        calls.append(1)
        return {line.split()[0].decode("utf-8"): "seen" for line in islice(fh, 5)}

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    read = kept_from_dictionary("test", first_words, dict)
    assert len(read) == 5 and kept_from_dictionary("test", first_words, dict) == read and len(calls) == 1
    (kept,) = tmp_path.glob("kg-jieba-test.*.marshal")
    kept.write_bytes(b"\x00not marshal")
    assert kept_from_dictionary("test", first_words, dict) == read and len(calls) == 2
    assert kept_from_dictionary("test", first_words, list) == read and len(calls) == 3  # not of its kind
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    assert kept_from_dictionary("test", first_words, dict) == read and len(calls) == 4


def test_the_kept_prefix_dictionary_is_jiebas():
    ours, theirs = Tokenizer(), jieba.Tokenizer()
    ours.initialize()
    theirs.initialize()
    assert ours.FREQ == theirs.FREQ and ours.total == theirs.total
