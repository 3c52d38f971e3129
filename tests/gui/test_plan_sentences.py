"""The Plan tab's sentences, in English and Chinese, against tests/reference.py's definitions.

A Conv2d with ``padding='same'`` pads d(k − 1) in all, the smaller half first
(``same_pads``); its size on an axis is where the kernel fits in the padded
row (``conv_windows``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def _click_row(qtbot, view: PlanView, row: int) -> None:
    rect = view.table.visualItemRect(view.table.item(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opening_a_same_row_with_an_even_kernel_says_it_pads_unevenly(qtbot, language) -> None:
    """The size is known and small; 'same' pads d(k − 1) unevenly, and the lesson shows a
    Conv2d as a ConvTranspose2d, whose padding is the same on both sides."""
    for k in (2, 4):
        state = LabState()
        view = show(qtbot, PlanView(state))
        view.source.setPlainText(f"Conv2d(3, 8, {k}, padding='same')")
        view.input_size.setText("3x5x5")
        n = conv_windows(5, *same_pads(k, 1), k, 1)
        assert view.table.item(0, 2).text() == f"8{TIMES}{n}{TIMES}{n}" == f"8{TIMES}5{TIMES}5"
        before, after = same_pads(k, 1)
        assert before != after
        params = state.params
        _click_row(qtbot, view, 0)
        assert state.params == params  # nothing was opened
        said = {
            "en": f"Line 1 can't be drawn: padding='same' pads the height and the width by "
                  f"1\u00b7({k} \u2212 1) = {before + after} each, {before} on the top and left "
                  f"and {after} on the bottom and right, and the lesson shows a Conv2d as a "
                  f"ConvTranspose2d, whose padding is the same on both sides.",
            "zh": f"第 1 行无法绘制：padding='same' 在高度和宽度方向上各填充 1\u00b7({k} \u2212 1) = "
                  f"{before + after}：上方和左侧 {before}、下方和右侧 {after}，而课程把 Conv2d "
                  f"显示为 ConvTranspose2d，它两侧的填充总是一样多。",
        }[language]
        assert view.opened.text() == said


def test_opening_a_same_row_names_the_uneven_axis(qtbot, language) -> None:
    view = _plan(qtbot, "Conv2d(3, 8, kernel_size=(3, 2), padding='same')", "3x5x5")
    assert same_pads(3, 1) == (1, 1) and same_pads(2, 1) == (0, 1)  # only the width is uneven
    assert not view.open_row(0)
    assert view.opened.text().startswith({
        "en": "Line 1 can't be drawn: padding='same' pads the width by 1\u00b7(2 \u2212 1) = 1, "
              "0 on the left and 1 on the right,",
        "zh": "第 1 行无法绘制：padding='same' 在宽度方向上共填充 1\u00b7(2 \u2212 1) = 1：左侧 0、右侧 1，",
    }[language]), view.opened.text()
    # An odd kernel pads d(k − 1) evenly: the row opens, as its transpose with that padding.
    view.source.setPlainText("Conv2d(3, 8, kernel_size=3, padding='same', dilation=2)")
    assert view.open_row(0)
    assert view.state.params.padding == (same_pads(3, 2)[0],) * 2 == (2, 2)


def test_opening_a_row_too_large_to_draw_says_so(qtbot, language) -> None:
    # (1 − 1)·1 − 2·0 + 1·(200 − 1) + 0 + 1 = 200 on a 1×1 input, beyond the lesson's 128.
    view = _plan(qtbot, "ConvTranspose2d(1, 1, kernel_size=200)", "1x1x1")
    assert view.table.item(0, 2).text() == f"1{TIMES}200{TIMES}200"
    assert not view.open_row(0)
    assert view.opened.text() == {
        "en": "Line 1 can't be drawn: even scaled down, it is larger than the lesson draws "
              "(at most 128 cells a side).",
        "zh": "第 1 行无法绘制：即使缩小，它也比课程能画的更大（每边最多 128 格）。",
    }[language]


# -- counts: a count of 1 has its own sentence ---------------------------------------
MISMATCH = {"en": ": PyTorch would stop there (a skip connection concatenated in forward() "
                  "doesn't show in the printed model).",
            "zh": "通道数不匹配：PyTorch 会在那里报错（在 forward() 中拼接的跳跃连接不会出现在打印的模型里）。"}


def test_summary_of_one_layer_one_mismatch_one_skipped_line(qtbot, language) -> None:
    view = _plan(qtbot, "Conv2d(3, 8, 3)", "3x9x9")
    n = conv_windows(9, 0, 0, 3, 1)
    assert view.summary.text() == {"en": f"1 layer; the network's output is 8{TIMES}{n}{TIMES}{n}.",
                                   "zh": f"共 1 层；网络的输出是 8{TIMES}{n}{TIMES}{n}。"}[language]
    # Line 2 is skipped, line 3 expects 1 channel and gets 8 (each run of it named once).
    view.source.setPlainText("Conv2d(3, 8, 3)\nFoo()\n(2-3): 2 x BatchNorm2d(1)")
    assert view.table.rowCount() == 4
    assert view.table.item(2, 3).text() == {"en": "BatchNorm2d expects 1 input channel, but gets 8",
                                            "zh": "BatchNorm2d 需要 1 个输入通道，实际得到 8 个"}[language]
    assert view.summary.text() == {
        "en": f"3 layers; the network's output is 8{TIMES}{n}{TIMES}{n}. Channel mismatch at line 3"
              + MISMATCH["en"] + " Skipped line 2.",
        "zh": f"共 3 层；网络的输出是 8{TIMES}{n}{TIMES}{n}。第 3 行" + MISMATCH["zh"] + "跳过的行：2。",
    }[language]


def test_summary_of_several_mismatches_and_skipped_lines(qtbot, language) -> None:
    view = _plan(qtbot, "Conv2d(3, 8, 3)\nFoo()\nBatchNorm2d(7)\nBar()\nBatchNorm2d(7)\n"
                        "BatchNorm2d(7)", "3x9x9")
    text = view.summary.text()
    assert text.startswith({"en": "4 layers; ", "zh": "共 4 层；"}[language]), text
    assert {"en": "Channel mismatch at lines 3, 5, 6" + MISMATCH["en"] + " Skipped lines 2, 4.",
            "zh": "第 3、5、6 行" + MISMATCH["zh"] + "跳过的行：2、4。"}[language] in text, text


def test_pixel_shuffle_on_one_channel_is_said_in_the_singular(qtbot, language) -> None:
    view = _plan(qtbot, "PixelShuffle(2)", "1x8x8")
    assert 1 % 2 ** 2 != 0  # PyTorch refuses C not divisible by r²
    assert view.table.item(0, 3).text() == {
        "en": "1 channel is not divisible by upscale_factor\u00b2 = 4",
        "zh": "1 个通道不能被 upscale_factor\u00b2 = 4 整除"}[language]
