"""``convt-lab worksheet``: practice exercises as a printable PDF, answer key on separate pages.

One A4 page per exercise: the case, the input and kernel values, the five
questions with room to answer, and an empty ruled grid big enough to draw the
padded grid and the output by hand (its size is not the answer, so it gives
nothing away).  The answer key follows on pages of its own, so a teacher can
print the exercises alone.  Written with Qt's own ``QPdfWriter``; Chinese text
uses whatever CJK font fontconfig offers (WenQuanYi Micro Hei on the
classroom machines).
"""

from __future__ import annotations

import argparse
import os
import sys

from convt_lab.gui.io.cli_types import MAX_LINE, _shown
from convt_lab.gui.model.files import atomic_write

__all__ = ["HELP", "WorksheetError", "add_arguments", "export_worksheet", "run", "write_worksheet"]

HELP = "write practice exercises from a seed as a printable PDF worksheet with an answer key"
RULED = 16  # cells per side of the empty grid: the largest padded grid of a case is 15
DPI = 300


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from convt_lab.gui.io.quiz_command import add_common

    add_common(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")


class WorksheetError(OSError):
    """The worksheet was not written; ``str(err)`` names the file and the reason.

    Attributes
    ----------
    path : str
        The file asked for.
    reason : str
        Why it was not written (the system's reason, without file names).
    kept : bool
        Whether a file of that name was there before; it is then unchanged.
    """

    def __init__(self, path: str, reason: str, kept: bool):
        text = f"{path} was not written: {reason}"
        if kept:
            text += " (the old file is unchanged)"
        super().__init__(text)
        self.path, self.reason, self.kept = path, reason, kept

    def __str__(self) -> str:
        return self.args[0]


def _table(painter, values, left: int, top: int, cell: int) -> int:
    """Draw ``values`` as a grid of numbered cells; returns the bottom edge."""
    from PySide6.QtCore import QRect, Qt

    from convt_lab.gui.items.cells import format_value

    rows, cols = values.shape
    for r in range(rows):
        for c in range(cols):
            rect = QRect(left + c * cell, top + r * cell, cell, cell)
            painter.drawRect(rect)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, format_value(values[r, c]))
    return top + rows * cell


def _ruled(painter, left: int, top: int, cell: int, n: int) -> None:
    from PySide6.QtCore import QLine
    from PySide6.QtGui import QPen

    painter.save()
    pen = QPen(painter.pen())
    pen.setWidth(2)
    pen.setColor("#9a9a9a")
    painter.setPen(pen)
    for k in range(n + 1):
        painter.drawLine(QLine(left, top + k * cell, left + n * cell, top + k * cell))
        painter.drawLine(QLine(left + k * cell, top, left + k * cell, top + n * cell))
    painter.restore()


def write_worksheet(items, path: str, title: str) -> int:
    """Write the exercises and their answer key to ``path``; returns the number of pages.

    The PDF is made in memory, then written with
    :func:`convt_lab.gui.model.files.atomic_write` (a unique temporary file,
    every write and the fsync checked, then a rename), so a failed write
    never leaves half a worksheet, nor touches the file that was there.

    Needs a QGuiApplication.

    Raises
    ------
    WorksheetError
        If the file cannot be written; a file of that name is unchanged.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    path = os.fspath(path)
    kept = os.path.lexists(path)
    if os.path.isdir(path):
        raise WorksheetError(path, "it is a folder", False)
    content = QByteArray()
    buffer = QBuffer(content)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise WorksheetError(path, "the PDF could not be made in memory", kept)
    pages = _paint(items, buffer, title)
    buffer.close()
    data = bytes(content.data())
    if pages is None or not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
        raise WorksheetError(path, "the PDF could not be made", kept)
    try:
        atomic_write(path, data)
    except OSError as err:
        raise WorksheetError(path, err.strerror or type(err).__name__, kept) from None
    return pages


def _paint(items, device, title: str) -> int | None:
    """Paint the worksheet as a PDF on ``device``; the number of pages, None if it cannot start."""
    from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    from convt_lab.gui.practice_text import answer_lines, case_line, questions

    writer = QPdfWriter(device)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("ConvT Lab")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        return None
    try:
        area = writer.pageLayout().paintRectPixels(DPI)
        width = area.width()
        body = QFont("WenQuanYi Micro Hei")
        body.setPointSizeF(11)
        head = QFont(body)
        head.setPointSizeF(15)
        head.setBold(True)
        line = int(11 / 72 * DPI * 1.7)
        pages = 0

        def text(y: int, s: str, font=body, height: int = line) -> int:
            painter.setFont(font)
            rect = QRect(0, y, width, height * 4)
            bound = painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, s)
            painter.drawText(rect, Qt.TextFlag.TextWordWrap, s)
            return y + max(bound.height(), height)

        for n, ex in enumerate(items):
            if n:
                writer.newPage()
            pages += 1
            y = text(0, f"{title} \u2014 " + QCoreApplication.translate("practice", "Exercise {n}").format(n=ex.number), head, int(line * 1.3))
            y = text(y, QCoreApplication.translate("practice", "Name: ____________________   Class: ________"))
            y = text(y + line // 2, case_line(ex))
            painter.setFont(body)
            cell = int(line * 1.2)
            top = y + line // 2
            text(top, "x")
            bottom = _table(painter, ex.x, cell, top, cell)
            wx = cell * (ex.x.shape[1] + 3)
            painter.drawText(QRect(wx, top, width, line), 0, "w")
            bottom = max(bottom, _table(painter, ex.w, wx + cell, top, cell))
            y = bottom + line
            for q, s in enumerate(questions(ex)):
                y = text(y, f"{q + 1}. {s}")
                y += int(line * 1.1)  # room to write
            ruled = min((area.height() - y - line) // RULED, width // RULED)
            y = text(y, QCoreApplication.translate("practice", "Work space: draw the zero-inserted and padded grids, then slide the kernel."))
            _ruled(painter, 0, y + line // 3, ruled, RULED)
        # The answer key starts on a page of its own.
        writer.newPage()
        pages += 1
        y = text(0, f"{title} \u2014 " + QCoreApplication.translate("practice", "Answer key"), head, int(line * 1.3))
        for ex in items:
            block = [QCoreApplication.translate("practice", "Exercise {n}: {case}").format(n=ex.number, case=case_line(ex))]
            block += [f"    {q + 1}. {a}" for q, a in enumerate(answer_lines(ex))]
            need = line * (len(block) + 1)
            if y + need > area.height():
                writer.newPage()
                pages += 1
                y = 0
            for s in block:
                y = text(y, s)
            y += line // 2
    finally:
        painter.end()
    return pages


def _up(folder: str):
    """``folder`` and the folders above it, nearest first."""
    while True:
        yield folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def run(args: argparse.Namespace) -> int:
    out = args.output
    if not out.strip():
        print("convt-lab worksheet: error: -o: the file name is empty; name the .pdf file to write",
              file=sys.stderr)
        return 2
    if not out.lower().endswith(".pdf") or out.replace("\\", "/").rsplit("/", 1)[-1] == ".pdf":
        print(f"convt-lab worksheet: error: -o {_shown(out, 200)}: write a .pdf file",
              file=sys.stderr)
        return 2
    shown = _shown(out, 200)
    folder = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(folder):
        blocking = next((f for f in _up(folder) if os.path.exists(f) and not os.path.isdir(f)), None)
        why = (f"{_shown(blocking, 200)} is a file, not a folder" if blocking
               else "its folder does not exist")
        print(f"convt-lab worksheet: error: -o {shown}: {why}", file=sys.stderr)
        return 2
    if os.path.isdir(out):
        print(f"convt-lab worksheet: error: -o {shown} is a folder: name the .pdf file to write",
              file=sys.stderr)
        return 2
    from convt_lab.gui.io.display import draw_offscreen

    draw_offscreen()  # no display needed, whatever QT_QPA_PLATFORM says
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from convt_lab.gui.i18n import install_language
    from convt_lab.gui.model.practice import exercises

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if not isinstance(app, QGuiApplication):  # fonts and PDF painting need the GUI part of Qt
        print("convt-lab worksheet: error: Qt was started without its GUI part", file=sys.stderr)
        return 1
    language = getattr(args, "lang", None) or "en"
    if not install_language(app, language):
        print(f"convt-lab worksheet: warning: no {language} translation found; using English",
              file=sys.stderr)
    items = exercises(args.seed, args.count, args.difficulty)
    title = QCoreApplication.translate("practice", "ConvT Lab worksheet, seed {seed}").format(
        seed=args.seed)
    try:
        pages = write_worksheet(items, out, title)
    except OSError as err:
        line = f"convt-lab worksheet: error: {err}"
        print(line if len(line) <= MAX_LINE else line[:MAX_LINE] + "\u2026", file=sys.stderr)
        return 1
    print(out, f"({pages} pages)")
    return 0


def export_worksheet(window) -> None:
    """File ▸ Print worksheet…: ask for a seed and a count, then a PDF file name."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from convt_lab.gui.model.practice import exercises

    seed, ok = QInputDialog.getInt(window, QCoreApplication.translate("practice", "Worksheet"),
                                   QCoreApplication.translate("practice", "Seed (the same seed gives the whole class the same exercises):"),
                                   1, 0, 2**31 - 1)
    if not ok:
        return
    count, ok = QInputDialog.getInt(window, QCoreApplication.translate("practice", "Worksheet"), QCoreApplication.translate("practice", "Number of exercises:"), 5, 1, 50)
    if not ok:
        return
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("practice", "Save worksheet"), f"worksheet-{seed}.pdf",
                                          QCoreApplication.translate("practice", "PDF files (*.pdf)"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    title = QCoreApplication.translate("practice", "ConvT Lab worksheet, seed {seed}").format(seed=seed)
    try:
        pages = write_worksheet(exercises(seed, count, "mixed"), path, title)
    except WorksheetError as err:
        text = QCoreApplication.translate("practice", "{path} was not written: {reason}.").format(
            path=err.path, reason=err.reason)
        if err.kept:
            text += " " + QCoreApplication.translate("practice", "The old file is unchanged.")
        QMessageBox.warning(window, QCoreApplication.translate("practice", "Worksheet"), text)
        return
    window.statusBar().showMessage(QCoreApplication.translate("practice", "Wrote {path} ({pages} pages).").format(path=path, pages=pages), 8000)
