"""The Scatter view's counts in words: how many stamps or steps are added, and what comes next.

The picked pair has one stamp per input cell; other input channels of the
group and the bias follow as one step each (see :mod:`scatter_steps`).  A
count that can be 1 (one stamp, one other channel) has a singular sentence of
its own, so no language has to make a plural from a number.

The strings keep the tr context ``ScatterView``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from convt_lab.gui.items.cells import format_value
from convt_lab.gui.texts import channel_symbols

__all__ = ["done_text", "extra_plan", "status_text"]


def done_text(count: int, total: int, extra: bool) -> str:
    """The running sum's caption line: how many steps or stamps are added so far."""
    if extra:  # the stamps and at least one more step: never a single step
        return QCoreApplication.translate("ScatterView", "{n} of {total} steps added").format(
            n=count, total=total)
    if total == 1:
        return QCoreApplication.translate("ScatterView", "{n} of 1 stamp added").format(n=count)
    return QCoreApplication.translate("ScatterView", "{n} of {total} stamps added").format(
        n=count, total=total)


def extra_plan(extra: list) -> str:
    """What follows the stamps, so the sum can end at the main view's output."""
    channels = [c for kind, c, _, _ in extra if kind == "channel"]
    # A list separator of its own, so Chinese can write 0、2.
    others = QCoreApplication.translate("ScatterView", ", ").join(str(c) for c in channels)
    has_bias = any(kind == "bias" for kind, _, _, _ in extra)
    if len(channels) == 1 and has_bias:
        return QCoreApplication.translate(
            "ScatterView", "Then input channel {c} of the group and the bias.").format(c=others)
    if len(channels) == 1:
        return QCoreApplication.translate(
            "ScatterView", "Then input channel {c} of the group.").format(c=others)
    if channels and has_bias:
        return QCoreApplication.translate(
            "ScatterView", "Then input channels {cs} of the group and the bias.").format(cs=others)
    if channels:
        return QCoreApplication.translate(
            "ScatterView", "Then input channels {cs} of the group.").format(cs=others)
    return QCoreApplication.translate("ScatterView", "Then the bias.")


def status_text(wt, count: int, stamps: int, total: int, extra: list) -> str:
    """The line under the canvas: what the last step added, or how to start."""
    if count == 0:
        if stamps == 1:
            text = QCoreApplication.translate(
                "ScatterView", "Empty canvas: press Play or Step to add the stamp.")
        else:
            text = QCoreApplication.translate(
                "ScatterView",
                "Empty canvas: press Play or Step to add the stamps in reading order.")
        return text + " " + extra_plan(extra) if extra else text
    if count > stamps:
        kind, c, _, _ = extra[count - stamps - 1]
        if kind == "bias":
            return QCoreApplication.translate(
                "ScatterView",
                "Step {n} of {total}: the bias b[{o}] = {v} is added to every output cell."
            ).format(n=count, total=total, o=c, v=format_value(wt.bias))
        return QCoreApplication.translate(
            "ScatterView",
            "Step {n} of {total}: input channel {c} of the group, scattered with its "
            "kernel slice w[{c}, {k}], is added whole."
        ).format(n=count, total=total, c=c, k=wt.setup.weight_index(c, wt.pick[1])[1])
    r, c = divmod(count - 1, wt.x.shape[1])
    values = {"r": r, "c": c, "v": format_value(wt.x[r, c]),
              "i": r * wt.params.stride[0], "j": c * wt.params.stride[1]}
    if not wt.setup.single:  # name the channel and the kernel slice, as the Lesson tab does
        values.update(channel_symbols(wt))
        if stamps == 1:
            return QCoreApplication.translate(
                "ScatterView",
                "The only stamp is added: {x}[{r},{c}] = {v} times the kernel {w}, its corner at "
                "({i}, {j}) on the full canvas."
            ).format(**values)
        return QCoreApplication.translate(
            "ScatterView",
            "{n} of {total} stamps added; the last one is {x}[{r},{c}] = {v} times the kernel {w}, "
            "its corner at ({i}, {j}) on the full canvas."
        ).format(n=count, total=stamps, **values)
    if stamps == 1:
        return QCoreApplication.translate(
            "ScatterView",
            "The only stamp is added: x[{r},{c}] = {v} times the kernel, its corner at "
            "({i}, {j}) on the full canvas."
        ).format(**values)
    return QCoreApplication.translate(
        "ScatterView",
        "{n} of {total} stamps added; the last one is x[{r},{c}] = {v} times the kernel, "
        "its corner at ({i}, {j}) on the full canvas."
    ).format(n=count, total=stamps, **values)
