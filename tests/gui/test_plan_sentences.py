"""The Plan tab's sentences against definitions written in tests/reference.py, in English and Chinese.

A Conv2d with ``padding='same'`` pads d(k − 1) in all, the smaller half first
(``same_pads``); its size on an axis is where the kernel fits in the padded
row (``conv_windows``).
"""

from __future__ import annotations

from convt_lab.gui.state import LabState
from convt_lab.gui.views.plan_view import PlanView
from tests.gui.helpers import show
from tests.reference import conv_windows, same_pads

TIMES = "\u00d7"


def _plan(qtbot, text: str, size: str) -> PlanView:
    view = show(qtbot, PlanView(LabState()))
    view.source.setPlainText(text)
    view.input_size.setText(size)
    return view


def test_wanted_size_at_a_same_layer_names_the_size_it_gives(qtbot, language) -> None:
    view = _plan(qtbot, "Conv2d(3, 8, 3, padding='same')", "3x5x5")
    view.target.setText("6x6")
    now, base = conv_windows(5, *same_pads(3, 1), 3, 1), conv_windows(5, 0, 0, 3, 1)
    assert (now, base) == (5, 3)
    said = {"en": f"({now} now, {base} with padding 0), so 6 is never reached",
            "zh": f"（现在是 {now}，填充为 0 时是 {base}），所以永远得不到 6"}[language]
    assert view.answer.text().count(said) == 2, view.answer.text()  # height and width


def test_same_with_an_even_kernel_keeps_a_size_no_whole_padding_gives(qtbot, language) -> None:
    view = _plan(qtbot, "Conv2d(3, 8, 2, padding='same')", "3x5x5")
    now = conv_windows(5, *same_pads(2, 1), 2, 1)
    assert same_pads(2, 1) == (0, 1) and now == 5
    assert not any(conv_windows(5, p, p, 2, 1) == 5 for p in range(10))
    view.target.setText(f"{now}x{now}")
    assert view.answer.text() == {"en": f"Line 1 gives 5{TIMES}5 with padding='same'.",
                                  "zh": f"第 1 行取 padding='same' 即得到 5{TIMES}5。"}[language]
    # 7 has 5's parity: 'same' gives 5, whole paddings 4, 6, 8, …
    view.target.setText("7x7")
    text = view.answer.text()
    assert [conv_windows(5, p, p, 2, 1) for p in range(3)] == [4, 6, 8]
    for said in {"en": ["(4 with padding 0) and padding='same' gives 5, so 7 is never reached"],
                 "zh": ["（填充为 0 时是 4），而 padding='same' 得到 5，所以永远得不到 7"]}[language]:
        assert text.count(said) == 2, text
    assert "5 now" not in text and "现在是" not in text
    # 5 high and 6 wide: only 'same' gives 5, and it keeps the width 5 too; 6 wide alone
    # is padding 1, so only the height is named.
    assert conv_windows(5, 1, 1, 2, 1) == 6
    view.target.setText("5x6")
    text = view.answer.text()
    assert text.startswith({
        "en": f"Line 1 can't reach 5{TIMES}6 on the height: only padding='same' gives 5 (",
        "zh": f"第 1 行在高度方向上得不到 5{TIMES}6：只有 padding='same' 能得到 5（"}[language]), text
    assert ("on the width" if language == "en" else "宽度方向上") not in text
