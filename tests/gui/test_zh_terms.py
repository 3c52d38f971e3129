"""The Chinese catalogue speaks one terminology in the lesson's sentences.

Read straight from the .ts source, so a wrong word fails here whatever the
window happens to show.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "convt_lab_zh_CN.ts"
#: The contexts of the lesson's narrative: steps, captions, arithmetic, views' sentences, card.
CONTEXTS = {"lesson", "misconceptions", "MisconceptionsDialog", "texts", "RoundTripPanel", "OverlapView", "presets"}


def translations() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (ctx.find("name").text, m.find("source").text, m.find("translation").text or "")
        for ctx in root
        for m in ctx.findall("message")
        if ctx.find("name").text in CONTEXTS
    ]


@pytest.mark.parametrize(
    "bad, why",
    [
        (re.compile(r"空洞(?!率)"), "空洞 means dilation; cells nothing reaches are 空位"),
        (re.compile(r"还原"), "the round trip asks whether the size comes back: 尺寸能否回到"),
        (re.compile(r"裁剪"), "a crop is 裁掉 n 行/列"),
        (re.compile(r"：："), "no double colon"),
        (re.compile(r"都被填充裁掉"), "say 都落在被 p 裁掉的边框里"),
        (re.compile(r"(?<![\w)])-\d"), "a minus sign is U+2212"),
    ],
)
def test_no_off_terminology(bad, why) -> None:
    found = [(ctx, src, zh) for ctx, src, zh in translations() if bad.search(zh)]
    assert not found, (why, found)


def test_output_padding_and_dilation_are_introduced_with_their_chinese_names() -> None:
    step1 = {src: zh for ctx, src, zh in translations() if ctx == "lesson"}
    first = next(zh for src, zh in step1.items() if src.startswith("x is {size}"))
    assert "输出填充 op（output_padding）" in first
    assert "膨胀率（空洞率）d" in first
