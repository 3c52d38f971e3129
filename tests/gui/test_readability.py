"""Readable from the back of a classroom: measured on the painted window.

Every size here is read from pixels (the window rendered as ``convt-lab
render`` renders it: the output grid's cells found by their fill colour) or
from widget geometry (a label's height against the height its text needs),
never from a layout attribute.  Goals: lesson output cells of at least 40 px
at 1280x720 and 60 px at 1920x1080, the 9x9 checkerboard at least 24 px at
1280x720; a larger font never makes cells smaller; step text and arithmetic
are never clipped, and in presentation mode are at least as large as the
numbers in the cells.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QColor, QFont, QFontInfo
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from convt_lab import core
from convt_lab.gui.i18n import catalogue, install_language
from convt_lab.gui.main_window import MainWindow
from convt_lab.gui.model.document import Document
from convt_lab.gui.state import LabState
from convt_lab.gui.theme import LIGHT
from tests.gui.helpers import said

LESSON = core.ConvTParams()
CHECKERBOARD = core.ConvTParams(input_size=(4, 4))  # k3, s2 -> 9x9
RECT = core.ConvTParams(input_size=(4, 4), kernel_size=(2, 5), stride=(2, 3))
CROP = core.ConvTParams(input_size=(4, 4), padding=(3, 3))
LANGUAGES = ["en", "zh"] if catalogue("zh") is not None and catalogue("zh").exists() else ["en"]


@pytest.fixture
def build(qtbot):
    """Make a window as ``convt-lab render`` does: a document, a size, shown and fitted."""
    app = QCoreApplication.instance()
    base_font = QFont(QApplication.font())

    def make(params=LESSON, size=(1280, 720), scale=1.0, language="en", step=5,
             presentation=False) -> MainWindow:
        QApplication.setFont(base_font)
        install_language(app, language)
        doc = Document(params=params, font_scale=scale, language=language, step=step)
        window = MainWindow(LabState(doc))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        if presentation:
            window.set_presentation(True)
            QApplication.processEvents()
            window.setGeometry(0, 0, *size)  # the offscreen "screen" is smaller than a projector
        settle(qtbot, window, size)
        return window

    yield make
    QApplication.setFont(base_font)
    install_language(app, "en")


def settle(qtbot, window, size) -> None:
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2000)
    qtbot.wait(200)  # layouts, the fit after the resize, the presentation timer
    QApplication.processEvents()


def picture(window) -> np.ndarray:
    """The window as painted: an (H, W, 3) array."""
    image = window.grab().toImage().convertToFormat(window.grab().toImage().Format.Format_RGB888)
    ptr = image.constBits()
    row = image.bytesPerLine()
    data = np.frombuffer(ptr, np.uint8, row * image.height()).reshape(image.height(), row)
    return data[:, : 3 * image.width()].reshape(image.height(), image.width(), 3).copy()


def near(pixels: np.ndarray, colour: str, tol: int = 6) -> np.ndarray:
    c = QColor(colour)
    return (np.abs(pixels.astype(int) - (c.red(), c.green(), c.blue())) <= tol).all(axis=-1)


def grid_region(window) -> tuple[int, int, int, int]:
    """The grids' canvas, in window pixels: left, top, right, bottom."""
    viewport = window.grids.viewport()
    top_left = viewport.mapTo(window, QPoint(0, 0))
    return top_left.x(), top_left.y(), top_left.x() + viewport.width(), top_left.y() + viewport.height()


def output_cells(window, pixels=None) -> tuple[float, tuple[int, int, int, int], int, int]:
    """The output grid found by its fill colour: cell size in px, its box, rows, cols.

    The cell size is the grid's width over the number of cells counted
    along a line just under its top edge, where no number is written; the
    rows follow from the height, cells being square.
    """
    pixels = picture(window) if pixels is None else pixels
    x0, y0, x1, y1 = grid_region(window)
    mask = near(pixels[y0:y1, x0:x1], LIGHT.output)
    ys, xs = np.nonzero(mask)
    assert len(xs), "no output cell painted"
    top, bottom, left, right = ys.min(), ys.max(), xs.min(), xs.max()
    runs = lambda line: int(np.count_nonzero(np.diff(line.astype(int)) == 1) + line[0])  # noqa: E731
    cols = runs(mask[top + 3, left:right + 1])
    cell = (right - left + 1) / cols
    rows = round((bottom - top + 1) / cell)  # cells are square
    return cell, (x0 + left, y0 + top, x0 + right, y0 + bottom), rows, cols


def clipped(label) -> bool:
    """Whether a word-wrapped label is shorter than its text, or cut by what holds it."""
    needs = label.heightForWidth(label.width())
    shown = label.visibleRegion().boundingRect().height()
    return label.height() < needs or shown < label.height()


def scrolls(widget) -> bool:
    """Whether a scroll area around ``widget`` shows a scroll bar."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and (
            parent.verticalScrollBar().isVisible() or parent.horizontalScrollBar().isVisible()
        ):
            return True
        parent = parent.parentWidget()
    return False


# -- cell size --------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size, least", [((1280, 720), 40), ((1920, 1080), 60)])
def test_lesson_cells_are_large(build, language, size, least) -> None:
    window = build(size=size, language=language)
    cell, _, rows, cols = output_cells(window)
    assert (rows, cols) == (5, 5)
    assert cell >= least, (size, language, cell)


def test_checkerboard_cells_are_large(build) -> None:
    window = build(CHECKERBOARD)
    cell, _, rows, cols = output_cells(window)
    assert (rows, cols) == (9, 9)
    assert cell >= 24, cell


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_larger_font_never_makes_cells_smaller(build, language, size) -> None:
    base = build(size=size, language=language)
    cell, _, _, _ = output_cells(base)
    text = QFontInfo(base.lesson.body.font()).pixelSize()
    base.close()
    for scale in (1.5, 2.0):
        window = build(size=size, language=language, scale=scale)
        bigger, _, _, _ = output_cells(window)
        assert bigger >= cell - 0.5, (scale, bigger, cell)
        assert QFontInfo(window.lesson.body.font()).pixelSize() > text
        window.close()


def test_numbers_are_written_in_every_cell_of_a_wide_case(build) -> None:
    """Input 4x4, kernel 2x5, stride 2x3: small cells, but every cell has its number."""
    window = build(RECT)
    pixels = picture(window)
    cell, (left, top, _, _), rows, cols = output_cells(window, pixels)
    assert (rows, cols) == (8, 14)
    dark = near(pixels, LIGHT.text, tol=90)
    for r in range(rows):
        for c in range(cols):
            y, x = int(top + (r + 0.25) * cell), int(left + (c + 0.2) * cell)
            inside = dark[y:int(y + 0.5 * cell), x:int(x + 0.6 * cell)]
            assert inside.any(), f"no number drawn in output cell ({r}, {c}) of {cell:.1f} px"


def test_small_cells_still_show_one_and_two_digit_numbers(build) -> None:
    """Input 6x6, kernel 5, stride 3, p 1 at 1280x720: 14 px cells.  x's values 1..36 are written."""
    from convt_lab.core import Role

    window = build(core.ConvTParams(input_size=(6, 6), kernel_size=(5, 5), stride=(3, 3),
                                    padding=(1, 1)))
    grids = window.grids
    cell = grids.cell_pixels("input")
    assert 13.5 <= cell < 15.6, cell  # the size this is about: below 0.45 * cell = 7 px digits
    pixels = picture(window)
    corner = grids.viewport().mapTo(window, QPoint(0, 0))
    dark = near(pixels, LIGHT.text, tol=90)
    fill = QColor(LIGHT.roles[Role.INPUT])
    for r in range(6):
        for c in range(6):
            middle = grids.cell_centre("input", r, c)
            y, x = corner.y() + middle.y(), corner.x() + middle.x()
            half = int(cell * 0.3)
            assert dark[y - half:y + half, x - half:x + half].any(), (r, c, cell)
            # ... inside a cell still painted in x's fill around the digits
            assert QColor(*[int(v) for v in pixels[y - int(0.42 * cell), x]]).name() == fill.name()


def test_grids_fill_the_canvas(build) -> None:
    """No wide empty margins: the picture reaches near two opposite edges of the canvas."""
    for params in (LESSON, CHECKERBOARD, RECT, CROP):
        window = build(params)
        pixels = picture(window)
        x0, y0, x1, y1 = grid_region(window)
        ink = ~near(pixels[y0:y1, x0:x1], LIGHT.background, tol=3)
        hint = window.grids.hint.geometry()  # the zoom hint sits in a corner
        ink[hint.top():, hint.left():] = False
        ys, xs = np.nonzero(ink)
        width, height = x1 - x0, y1 - y0
        spans = ((xs.max() - xs.min()) / width, (ys.max() - ys.min()) / height)
        assert max(spans) >= 0.9, (params, spans)
        window.close()


# -- text that is never clipped -------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scale, presentation", [(1.0, False), (2.0, False), (1.0, True)])
def test_step_text_is_never_clipped(build, qtbot, language, scale, presentation) -> None:
    for params in (LESSON, RECT):
        window = build(params, language=language, scale=scale, presentation=presentation)
        for step in range(5):
            window.state.set_step(step)
            qtbot.wait(50)
            for label in (window.lesson.title, window.lesson.body, window.arithmetic):
                assert label.isVisible()
                assert not clipped(label), (step, label.objectName(), label.text()[:40])
                assert not scrolls(label)
        window.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_side_panel_shows_whole_without_scrolling(build, language) -> None:
    window = build(language=language)
    assert window.side.isVisible()
    assert not window.side.verticalScrollBar().isVisible()
    legend = window.legend
    bottom = legend.mapTo(window, QPoint(0, legend.height())).y()
    assert bottom <= window.statusBar().mapTo(window, QPoint(0, 0)).y()


def test_large_font_side_panel_yields_and_comes_back(build) -> None:
    window = build(scale=2.0)
    assert not window.side.isVisible()
    window.side.button.click()
    assert window.side.isVisible()
    window.side.button.click()
    assert not window.side.isVisible()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_presentation_text_is_as_large_as_the_numbers(build, language, size) -> None:
    window = build(size=size, language=language, presentation=True)
    assert not window.side.isVisible() and not window.menuBar().isVisible()
    cell, _, _, _ = output_cells(window)
    numbers = window.grids.number_px("output")
    assert numbers >= 0.4 * cell  # the read-out agrees with the cells painted
    for label in (window.lesson.title, window.lesson.body, window.arithmetic):
        assert QFontInfo(label.font()).pixelSize() >= int(numbers), label.objectName()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_presentation_cells_keep_their_size_at_a_larger_font(build, qtbot, language, size) -> None:
    """Presentation mode sizes its text by the cell numbers: the font scale takes no cell room."""
    plain = build(size=size, language=language)
    text = QFontInfo(plain.lesson.body.font()).pixelSize()  # the step text at 1x
    plain.close()
    base = build(size=size, language=language, step=4, presentation=True)
    cell, _, _, _ = output_cells(base)
    base.close()
    for scale in (1.5, 2.0):
        window = build(size=size, language=language, scale=scale, step=4, presentation=True)
        bigger, _, _, _ = output_cells(window)
        assert bigger >= cell - 0.5, (scale, bigger, cell)
        numbers = window.grids.number_px("output")
        for label in (window.lesson.title, window.lesson.body, window.arithmetic):
            assert QFontInfo(label.font()).pixelSize() >= int(numbers), label.objectName()
        # Leaving presentation mode gives the window its larger text back.
        window.set_presentation(False)
        window.resize(*size)
        qtbot.waitUntil(lambda: QFontInfo(window.lesson.body.font()).pixelSize()
                        >= scale * text - 1, timeout=2000)
        window.close()


@pytest.mark.parametrize("name, grid", [("overlap", "overlap"), ("scatter", "full"), ("transposed", "y")])
def test_presentation_text_follows_the_numbers_of_the_tab_in_front(build, qtbot, name, grid) -> None:
    """Presenting another tab: the step text and the sum match that tab's numbers."""
    from convt_lab.gui.items.grid_item import number_px

    window = build()
    window.show_view(name)  # the tab in front when presenting starts
    qtbot.wait(50)
    window.set_presentation(True)
    QApplication.processEvents()
    window.setGeometry(0, 0, 1280, 720)
    qtbot.wait(250)
    view = window.views[name]
    numbers = number_px(view.cell_pixels(grid), view.items[grid].widest)
    assert numbers >= 14  # a projector's numbers: the case this is about
    for label in (window.lesson.title, window.lesson.body, window.arithmetic):
        assert QFontInfo(label.font()).pixelSize() >= int(numbers), (name, label.objectName())


def test_overlap_legend_matches_the_map(build, qtbot) -> None:
    """The overlap key's strongest swatch is the colour of the most-reached cell."""
    window = build(CHECKERBOARD)
    window.show_view("overlap")
    qtbot.wait(100)
    view = window.views["overlap"]
    view.fit()
    qtbot.wait(50)
    counts = window.state.result.overlap
    i, j = np.unravel_index(np.argmax(counts), counts.shape)
    point = view.cell_centre("overlap", int(i), int(j))
    corner = view.viewport().mapTo(window, QPoint(0, 0))
    pixels = picture(window)
    y, x = corner.y() + point.y() - int(0.3 * view.cell_pixels("overlap")), corner.x() + point.x()
    painted = QColor(*[int(v) for v in pixels[y, x]])
    strongest = [c for kind, c, text in window.legend.entries("overlap") if kind == "fill"][2]
    assert max(abs(a - b) for a, b in zip(painted.getRgb()[:3], QColor(strongest).getRgb()[:3])) <= 3


def test_subpixel_legend_names_the_phase_colours_painted(build, qtbot) -> None:
    """Sub-pixel's output is coloured by phase: its key shows those colours, as painted.

    The lesson's phases: y[0,0] is phase (0,0) and y[0,1] phase (0,1), as
    i mod s and j mod s say with s = 2.
    """
    window = build()
    window.show_view("subpixel")
    qtbot.wait(100)
    view = window.views["subpixel"]
    pixels = picture(window)
    corner = view.viewport().mapTo(window, QPoint(0, 0))
    fills = [c for kind, c, text in window.legend.entries("subpixel") if kind == "fill"]
    texts = [text for kind, c, text in window.legend.entries("subpixel")]
    assert not any("output value" in text for text in texts)
    phases = fills[2]  # one colour per phase, in reading order: (0,0), (0,1), (1,0), (1,1)
    assert isinstance(phases, list) and len(set(phases)) == 4
    # The key's square shows the four, as quarters in the phases' places.
    from PySide6.QtWidgets import QLabel

    squares = [w for w in window.legend.findChildren(QLabel) if w.pixmap() is not None
               and not w.pixmap().isNull()]
    square = squares[2].grab().toImage()
    side = square.width()
    for n, key in enumerate(phases):
        c = square.pixelColor(int((0.3 + 0.4 * (n % 2)) * side), int((0.3 + 0.4 * (n // 2)) * side))
        assert max(abs(a - b) for a, b in zip(c.getRgb()[:3], QColor(key).getRgb()[:3])) <= 3
    for (i, j), key in (((0, 0), phases[0]), ((0, 1), phases[1]), ((1, 0), phases[2]),
                        ((1, 1), phases[3])):
        point = view.cell_centre("output", i, j)
        y = corner.y() + point.y() - int(0.35 * view.cell_pixels("output"))
        painted = QColor(*[int(v) for v in pixels[y, corner.x() + point.x()]])
        assert max(abs(a - b) for a, b in zip(painted.getRgb()[:3], QColor(key).getRgb()[:3])) <= 3


def test_a_long_step_folds_behind_more_and_keeps_its_formula(build, qtbot) -> None:
    """Rectangular, op on both axes, font 2x: the "why" lines fold; the formula stays."""
    params = core.ConvTParams((4, 4), (2, 5), (2, 3), (1, 1), (1, 2))
    window = build(params, scale=2.0, step=3)
    lesson = window.lesson
    whole = lesson.full_text().split("\n")
    shown = lesson.body.text().split("\n")
    assert lesson.more.isVisible() and 1 <= len(shown) < len(whole)
    assert shown == whole[: len(shown)]  # the first lines, whole
    assert not clipped(lesson.body)
    numbers = window.grids.number_px("output")
    assert numbers >= 7  # the grids keep readable numbers
    lesson.more.click()
    qtbot.wait(50)
    # Unfolded, the whole text is there, in a label as tall as its text; a text taller
    # than 30 % of the window scrolls (at 2x on 720 lines this long cannot all be shown).
    assert lesson.body.text() == lesson.full_text()
    assert lesson.body.height() >= lesson.body.heightForWidth(lesson.body.width())
    assert lesson.scroll.height() <= 0.3 * window.height() + 1
    lesson.more.click()
    qtbot.wait(50)
    assert lesson.body.text().split("\n") == shown


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_arithmetic_is_painted_whole(build, language, size) -> None:
    """The longest sum of a 5x5 kernel wraps inside its panel: ink on every line, none cut off.

    Read from the panel's pixels: the text's ink starts at the top, ends above
    the bottom edge with background below it, and reaches the right margin
    no further than the panel's width.
    """
    params = core.ConvTParams((5, 5), (5, 5), (1, 1), (0, 0), (0, 0), (1, 1))
    window = build(params, size, language=language)
    window.state.select(("output", 4, 4))  # all 25 taps land on input values
    QApplication.processEvents()
    panel = window.arithmetic
    text = panel.text()
    assert text.count("x[") == 25  # the whole sum, one term per tap
    pixels = picture(panel)
    background = pixels[1, 1]
    ink = (np.abs(pixels.astype(int) - background.astype(int)) > 60).any(axis=-1)
    rows = np.nonzero(ink.any(axis=1))[0]
    cols = np.nonzero(ink.any(axis=0))[0]
    assert len(rows) and len(cols)
    height = pixels.shape[0]
    assert rows[-1] < height - 2, "the last line touches the bottom edge: clipped"
    assert cols[-1] < pixels.shape[1] - 1, "a line runs off the right edge"
    # The sum wraps: its ink spans several lines, and the panel is as tall as a word-wrapping
    # QLabel with the same text, font and width needs (Qt's own layout as the reference).
    line = panel.fontMetrics().lineSpacing()
    assert rows[-1] - rows[0] >= 2 * line
    from PySide6.QtWidgets import QLabel

    reference = QLabel(text)
    reference.setFont(panel.font())
    reference.setWordWrap(True)
    reference.setMargin(4)
    assert panel.height() >= reference.heightForWidth(panel.width()) - 2


def test_presentation_on_a_screen_the_window_fills(build) -> None:
    """Going full screen on a screen the window already fills resizes nothing.

    The panels are built again for presentation mode's text and laid out
    when shown; the grids must still fill their canvas, at every font
    scale alike, and the text follow their numbers.
    """
    screen = QApplication.primaryScreen().geometry().size()
    size = (screen.width(), screen.height())
    cells = {}
    for scale in (1.0, 2.0):
        window = build(size=size, scale=scale, step=4, presentation=True)
        cells[scale] = output_cells(window)[0]
        numbers = window.grids.number_px("output")
        for label in (window.lesson.title, window.lesson.body, window.arithmetic):
            assert QFontInfo(label.font()).pixelSize() >= int(numbers), label.objectName()
        window.close()
    assert cells[2.0] >= cells[1.0] - 0.5, cells


def test_the_crop_colour_shows_from_the_step_that_crops(build, qtbot) -> None:
    """Step 2 inserts zeros; the crop is step 3's news, so its colour waits until then."""
    from convt_lab.core import Role

    window = build(CROP, step=2)
    grids = window.grids

    def painted(row, col):
        point = grids.cell_centre("zero_inserted", row, col)
        corner = grids.viewport().mapTo(window, QPoint(0, 0))
        y = corner.y() + point.y() - int(0.35 * grids.cell_pixels("zero_inserted"))
        return QColor(*[int(v) for v in picture(window)[y, corner.x() + point.x()]]).name()

    # P = d(k-1) - p = 2 - 3 = -1: row 0 and column 0 of the zero-inserted grid are cropped.
    # (0, 0) holds x[0,0]; (0, 1) an inserted zero.
    assert painted(0, 0) == QColor(LIGHT.roles[Role.INPUT]).name()
    assert painted(0, 1) == QColor(LIGHT.roles[Role.INSERTED]).name()
    window.state.set_step(2)  # step 3
    qtbot.wait(50)
    assert painted(0, 0) == painted(0, 1) == QColor(LIGHT.roles[Role.CROPPED]).name()
    assert painted(2, 2) == QColor(LIGHT.roles[Role.INPUT]).name()  # x[1,1], kept
    window.state.set_step(1)  # back to step 2: the crop is not told yet
    qtbot.wait(50)
    assert painted(0, 0) == QColor(LIGHT.roles[Role.INPUT]).name()


def test_a_picture_taken_right_after_a_tab_change_shows_one_legend(build) -> None:
    """The legend's old keys leave at once: a PNG drawn before Qt deletes them (an export,
    a video frame) must not show two legends written over each other."""
    from PySide6.QtWidgets import QLabel

    window = build()
    window.show_view("matrix")  # no events processed between the change and the picture
    shown = [w for w in window.legend.findChildren(QLabel) if w.isVisible() and w.text()]
    assert [w.text() for w in shown] == [t for _, _, t in window.legend.entries("matrix")]
