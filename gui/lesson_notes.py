"""The lesson's sentences about padding, cropping and output_padding, per axis.

Step 3 of the lesson builds the padded grid from the zero-inserted one: the
first side (top or left) gets P = d(k−1) − p rows or columns, the last side
(bottom or right) P + op; each is a pad of zeros when it is ≥ 0 and a crop
when it is < 0, exactly as ``core.walkthrough`` draws the grid.  Seen from
the scatter side, the full scatter result has (H−1)s + d(k−1) + 1 rows and
the output crops p from the top and p − op from the bottom, so an op row
holds sums only where its index in the op strip is < p (Dumoulin & Visin,
section 4.6; PyTorch's ``ConvTranspose2d`` note on ``output_padding``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from convt_lab.core import AxisSteps
from convt_lab.core.roundtrip import roundtrip

from convt_lab.gui.lesson_words import DOT, MINUS, factor, last_side, num, sentences, sides, unit

__all__ = ["full_text", "op_strip_text", "padding_text", "why_output_padding"]


def _side(opening: str, n: int, axis: str) -> str:
    """One side's amount: a pad of n zeros, nothing, or a crop of −n."""
    if n > 0:
        text = QCoreApplication.translate("lesson", "{side}: add {n} {unit} of zeros")
    elif n < 0:
        text = QCoreApplication.translate("lesson", "{side}: crop {n} {unit}")
    else:
        text = QCoreApplication.translate("lesson", "{side}: nothing added or cropped")
    return text.format(side=opening, n=abs(n), unit=unit(axis, abs(n)))


def padding_text(s: AxisSteps, axis: str) -> str:
    """P, what it does to each side, and the padded size, for one axis (or both)."""
    sym = "W" if axis == "W" else "H"
    both, first, _ = sides(axis)
    formula = (
        f"P = d(k{MINUS}1) {MINUS} p = {s.dilation}{DOT}{s.kernel - 1} {MINUS} {s.padding} = {num(s.pad)}"
    )
    if s.dilation == 1:
        formula += f" (= k {MINUS} p {MINUS} 1)"
    op = s.output_padding
    if op == 0:
        size = f"{sym}_new + 2P = {s.inserted} + 2{DOT}{factor(s.pad)} = {s.padded}"
        what = _side(both, s.pad, axis)
    else:
        size = (
            f"{sym}_new + 2P + op = {s.inserted} + 2{DOT}{factor(s.pad)} + {op} = {s.padded}"
        )
        what = QCoreApplication.translate(
            "lesson", "{first} (P = {p}); {last} (P + op = {p} + {op} = {q})"
        ).format(
            first=_side(first, s.pad, axis), last=_side(last_side(axis), s.pad + op, axis),
            p=num(s.pad), op=op, q=num(s.pad + op),
        )
    text = QCoreApplication.translate("lesson", "{formula}. {what}: {size}.").format(
        formula=formula, what=what, size=size)
    if s.pad < 0 < op:
        text = sentences(text, _given_back(s, axis))
    return text


def _given_back(s: AxisSteps, axis: str) -> str:
    """With a crop, op first gives back cropped rows, then adds zeros.

    The zero-inserted grid has Z rows; the first side crops its first |P|,
    the last side its last |P| without op and |P| − op with it.  op gives
    back the rows between, except those the first side's crop takes too
    (on a grid shorter than 2|P| the two crops overlap).
    """
    cropped, op, rows = -s.pad, s.output_padding, s.inserted
    side = last_side(axis)
    if cropped > rows:  # the first side's crop takes the whole grid and some of op's zeros
        added, eaten = op - cropped, cropped - rows
        return QCoreApplication.translate(
            "lesson",
            "{first} crops {c} {cunit}, more than the zero-inserted grid's {z} {zunit}: it takes "
            "all of the grid and {e} of the {a} {aunit} of zeros the {side} gets (P + op = {a}), "
            "leaving {n} {nunit} of zeros and none of the input."
        ).format(first=sides(axis)[1], c=cropped, cunit=unit(axis, cropped), z=rows,
                 zunit=unit(axis, rows), e=eaten, a=added, aunit=unit(axis, added), side=side,
                 n=added - eaten, nunit=unit(axis, added - eaten))
    back = max(0, min(rows, rows - cropped + op) - max(cropped, rows - cropped))
    zeros = max(0, op - cropped)
    overlap = max(0, 2 * cropped - rows)
    if overlap:
        if back:
            text = QCoreApplication.translate(
                "lesson",
                "The crops at the two ends overlap by {o} {ounit} (the zero-inserted grid has "
                "only {z} {zunit}), so at the {side}, op = {op} gives back only {b} of the {c} "
                "cropped {cunit}."
            )
        else:
            text = QCoreApplication.translate(
                "lesson",
                "The crops at the two ends overlap by {o} {ounit} (the zero-inserted grid has "
                "only {z} {zunit}), so at the {side}, op = {op} gives back none of the {c} "
                "cropped {cunit}."
            )
        text = text.format(o=overlap, ounit=unit(axis, overlap), z=rows, zunit=unit(axis, rows),
                           side=side, op=op, b=back, c=cropped, cunit=unit(axis, cropped))
        if zeros:
            added = QCoreApplication.translate(
                "lesson", "It adds op {m} |P| = {n} {unit} of zeros."
            ).format(m=MINUS, n=zeros, unit=unit(axis, zeros))
        else:
            added = QCoreApplication.translate("lesson", "It adds no zeros.")
        return sentences(text, added)
    if op <= cropped:
        return QCoreApplication.translate(
            "lesson",
            "At the {side}, op = {op} gives back {op} cropped {unit} of the zero-inserted grid: "
            "no new zeros."
        ).format(side=side, op=op, unit=unit(axis, op))
    return QCoreApplication.translate(
        "lesson",
        "At the {side}, op = {op} gives back the {c} cropped {unit} of the zero-inserted grid, "
        "then adds op {m} |P| = {z} {zunit} of zeros."
    ).format(side=side, op=op, c=cropped, unit=unit(axis, cropped), m=MINUS,
             z=op - cropped, zunit=unit(axis, op - cropped))


def op_strip_text(s: AxisSteps, axis: str) -> str:
    """What the op rows of the output hold: sums where index < p, else zeros (plus bias).

    Output row i is row i + p of the full scatter result, which has
    F = (H−1)s + d(k−1) + 1 rows; op's rows are those past F − p, where the
    crop would have begun.  When 2p > F the top crop reaches past F − p too,
    and the strip holds only what it leaves.
    """
    op, p = s.output_padding, s.padding
    if op == 0:
        return ""
    side = last_side(axis)
    if p == 0:
        return QCoreApplication.translate(
            "lesson",
            "Seen from the output: with p = 0 nothing is cropped, so the op strip of y "
            "({op} {unit} at the {side}) lies past the full scatter result, where no input "
            "lands: it is zeros (plus the bias)."
        ).format(op=op, side=side, unit=unit(axis, op))
    full = s.inserted + s.span - 1
    start, end = max(p, full - p), full - p + op  # the strip, in the full result's rows
    inside = max(0, min(full, end) - start)
    past = max(0, end - max(full, start))
    if start > full - p:
        return _overlapping_strip(s, axis, full, inside, past)
    if op <= p:
        text = QCoreApplication.translate(
            "lesson",
            "Seen from the output: op = {op} shrinks the {side} crop of the full scatter result "
            "from p = {p} to p {m} op = {q}, so the op strip of y ({op} {unit}) lies where the crop "
            "would have cut: its cells are worked out like any other cell."
        ).format(op=op, side=side, p=p, m=MINUS, q=p - op, unit=unit(axis, op))
        if not _landed(s, full - p, full - p + op):
            text = sentences(text, _no_input())
        # Zeros op adds to the padded grid (none when it only gives back cropped rows).
        if max(0, s.pad + op) > max(0, s.pad):
            text = sentences(text, QCoreApplication.translate(
                "lesson", "The zeros op adds are in the padded grid, not in y."))
        return text
    return QCoreApplication.translate(
        "lesson",
        "Seen from the output: op = {op} gives back the {p} {unit} that p = {p} cropped at the "
        "{side}, worked out like any other cell; past the full scatter result no input lands on "
        "the other op {m} p = {z} {zunit}: zeros (plus the bias)."
    ).format(op=op, side=side, p=p, unit=unit(axis, p), m=MINUS, z=past, zunit=unit(axis, past))


def _no_input() -> str:
    return QCoreApplication.translate(
        "lesson", "Here no input lands on the op strip (the stride and dilation pass it "
        "by): its cells are zeros (plus the bias).")


def _landed(s: AxisSteps, first: int, last: int) -> bool:
    """Whether any input lands on rows ``first`` to ``last − 1`` of the full scatter result.

    Input row r with kernel row a lands on row r·s + a·d.
    """
    return any(first <= r * s.stride + a * s.dilation < last
               for r in range(s.size) for a in range(s.kernel))


def op_cell_text(steps: tuple[AxisSteps, AxisSteps], row: int, col: int, bias: bool) -> str:
    """What output cell (row, col), in the op strip, holds: a sum, or no input at all.

    Output row i is row i + p of the full scatter result, which has
    F = (H−1)s + d(k−1) + 1 rows: the cell holds a sum where it lies inside
    that result on both axes (where p would have cropped), else only zeros
    (plus the bias).
    """
    inside = all(i + s.padding < s.inserted + s.span - 1 for s, i in zip(steps, (row, col)))
    if inside:
        return QCoreApplication.translate(
            "lesson", "in the output_padding strip, where p would have cropped: a sum like any "
            "other cell")
    if bias:
        return QCoreApplication.translate(
            "lesson", "in the output_padding strip, past the full scatter result: no input lands "
            "here, so it holds only the bias")
    return QCoreApplication.translate(
        "lesson", "in the output_padding strip, past the full scatter result: no input lands "
        "here, so it is 0")


def _overlapping_strip(s: AxisSteps, axis: str, full: int, inside: int, past: int) -> str:
    """The op strip when the crops of p at the two ends of the full result overlap (2p > F)."""
    p, op = s.padding, s.output_padding
    opening = QCoreApplication.translate(
        "lesson",
        "Seen from the output: the full scatter result has only {f} {funit}, so the crops of "
        "p = {p} at its two ends overlap, and y has only {h} {hunit}."
    ).format(f=full, funit=unit(axis, full), p=p, h=s.output, hunit=unit(axis, s.output))
    if inside:
        given = QCoreApplication.translate(
            "lesson",
            "Of the {p} {unit} p crops at the {side}, op = {op} gives back the {n} the other "
            "crop leaves: worked out like any other cell."
        ).format(p=p, unit=unit(axis, p), side=last_side(axis), op=op, n=inside)
        first = max(0, s.output - op) + p  # the strip's first row, in the full result's rows
        if not _landed(s, first, min(full, s.output + p)):
            given = sentences(given, _no_input())
    else:
        given = QCoreApplication.translate(
            "lesson", "Of the {p} {unit} p crops at the {side}, op = {op} gives back none."
        ).format(p=p, unit=unit(axis, p), side=last_side(axis), op=op)
    beyond = ""
    if past:
        beyond = QCoreApplication.translate(
            "lesson",
            "No input lands on y's {n} {unit} past the full scatter result: zeros (plus the bias)."
        ).format(n=past, unit=unit(axis, past))
    return sentences(opening, given, beyond)


def full_text(s: AxisSteps, axis: str) -> str:
    """Why P = d(k−1) − p: a full convolution, then p crops."""
    reach = s.dilation * (s.kernel - 1)
    if s.padding == 0:
        if reach == 0:
            return QCoreApplication.translate(
                "lesson", "With k = 1 the kernel is one cell: no border to add, and p = 0 crops nothing.")
        return QCoreApplication.translate(
            "lesson",
            "With p = 0 this is a \u201cfull\u201d convolution: P = d(k{m}1) = {r}, so the first "
            "window's far corner just touches the first input."
        ).format(m=MINUS, r=reach)
    p, pad = s.padding, s.pad
    why = QCoreApplication.translate(
        "lesson",
        "ConvTranspose2d's p takes away what p adds in the Conv2d(p = {p}) it is the transpose of."
    ).format(p=p)
    beyond = -pad > s.inserted  # each side's crop alone is more than the grid has
    if reach == 0:  # k = 1: no border of zeros for p to take, so it crops the grid itself
        if beyond:
            text = QCoreApplication.translate(
                "lesson",
                "With k = 1 the kernel is one cell and there is no border of zeros: p = {p} "
                "crops more of the zero-inserted grid than it has ({z} {zunit}), so no input is "
                "left, only the zeros op adds.").format(
                p=p, z=s.inserted, zunit=unit(axis, s.inserted))
            return sentences(text, why)
        if s.output_padding == 0:
            text = QCoreApplication.translate(
                "lesson",
                "With k = 1 the kernel is one cell and there is no border of zeros: p = {p} "
                "crops {p} {unit} of the zero-inserted grid itself from each side.")
        else:
            text = QCoreApplication.translate(
                "lesson",
                "With k = 1 the kernel is one cell and there is no border of zeros: p = {p} "
                "crops {p} {unit} of the zero-inserted grid itself from each side, before op "
                "gives any back.")
        return sentences(text.format(p=p, unit=unit(axis, p)), why)
    full = QCoreApplication.translate(
        "lesson", "P = d(k{m}1) = {r} would be the \u201cfull\u201d convolution.").format(m=MINUS, r=reach)
    op = s.output_padding
    if pad > 0 and op:
        what = QCoreApplication.translate(
            "lesson", "p = {p} takes {p} of its {r} {unit} of zeros away from each side, leaving "
            "{q}; op adds {op} more at the {side}."
        ).format(p=p, r=reach, unit=unit(axis, reach), q=pad, op=op, side=last_side(axis))
    elif pad > 0:
        what = QCoreApplication.translate(
            "lesson", "p = {p} takes {p} of its {r} {unit} of zeros away from each side, leaving {q}."
        ).format(p=p, r=reach, unit=unit(axis, reach), q=pad)
    elif pad == 0 and op:
        what = QCoreApplication.translate(
            "lesson", "p = {p} takes the whole border of zeros ({r} {unit}) away from each side: "
            "none remain but the {op} {opunit} op adds at the {side}."
        ).format(p=p, r=reach, unit=unit(axis, reach), op=op, opunit=unit(axis, op),
                 side=last_side(axis))
    elif pad == 0:
        what = QCoreApplication.translate(
            "lesson", "p = {p} takes the whole border of zeros ({r} {unit}) away from each side: none remain."
        ).format(p=p, r=reach, unit=unit(axis, reach))
    elif beyond:
        what = QCoreApplication.translate(
            "lesson",
            "p = {p} takes the whole border of zeros ({r} {unit}) away from each side and crops "
            "more of the zero-inserted grid than it has ({z} {zunit}), so no input is left, only "
            "the zeros op adds."
        ).format(p=p, r=reach, unit=unit(axis, reach), z=s.inserted, zunit=unit(axis, s.inserted))
    elif s.output_padding == 0:
        what = QCoreApplication.translate(
            "lesson",
            "p = {p} takes the whole border of zeros ({r} {unit}) away from each side, and crops {c} {cunit} "
            "of the zero-inserted grid itself."
        ).format(p=p, r=reach, unit=unit(axis, reach), c=-pad, cunit=unit(axis, -pad))
    else:  # op gives rows back at the last side: the crop is that of each side before it
        what = QCoreApplication.translate(
            "lesson",
            "p = {p} takes the whole border of zeros ({r} {unit}) away from each side, and crops {c} {cunit} "
            "of the zero-inserted grid itself, before op gives any back."
        ).format(p=p, r=reach, unit=unit(axis, reach), c=-pad, cunit=unit(axis, -pad))
    return sentences(full, what, why)


def _floor_formula(s: AxisSteps, n: int | str) -> str:
    """⌊(N + 2p − d(k−1) − 1)/s⌋ + 1 for this N, with the constant folded: ⌊(5 − 3)/2⌋ + 1."""
    c = 2 * s.padding - s.dilation * (s.kernel - 1) - 1
    if c == 0:  # nothing to fold: ⌊N/2⌋, not ⌊(N)/2⌋
        return f"\u230a{n}/{s.stride}\u230b + 1"
    inner = f"{n} + {c}" if c > 0 else f"{n} {MINUS} {-c}"
    return f"\u230a({inner})/{s.stride}\u230b + 1"


def why_output_padding(s: AxisSteps, axis: str) -> str:
    """Which sizes Conv2d maps back to H, and what every op PyTorch allows gives."""
    if max(s.stride, s.dilation) == 1:
        return ""
    h = s.size
    rows = [r for r in roundtrip(s) if r.valid]
    back = [r for r in rows if r.maps_back]
    conv = f"Conv2d(k={s.kernel}, s={s.stride}, p={s.padding}" + (
        f", d={s.dilation})" if s.dilation != 1 else ")"
    )
    # The general form, the layer's numbers in it, and the constant folded: the
    # ⌊(5 − 3)/2⌋ + 1 below then shows where its 3 comes from.
    general = " = ".join([
        f"\u230a(N + 2p {MINUS} d(k{MINUS}1) {MINUS} 1)/s\u230b + 1",
        f"\u230a(N + 2{DOT}{s.padding} {MINUS} {s.dilation}{DOT}({s.kernel}{MINUS}1) {MINUS} 1)"
        f"/{s.stride}\u230b + 1",
        _floor_formula(s, "N"),
    ])
    lines = [
        QCoreApplication.translate("lesson", "{conv} turns an input of size N into {formula}.").format(
            conv=conv, formula=general)
    ]
    if len(back) > 1:
        chain = " = ".join(_floor_formula(s, r.size) for r in back)
        if len(back) == 2:
            template = QCoreApplication.translate(
                "lesson", "{chain} = {h}: both {sizes} map to {h}, so op picks one: {picks}.")
        else:
            template = QCoreApplication.translate(
                "lesson", "{chain} = {h}: {sizes} all map to {h}, so op picks one: {picks}.")
        lines.append(template.format(
            chain=chain, h=h, sizes=_list([str(r.size) for r in back]),
            picks=QCoreApplication.translate("lesson", ", ").join(
                f"op = {r.output_padding} \u2192 {r.size}" for r in back),
        ))
    elif back:
        r = back[0]
        lines.append(QCoreApplication.translate(
            "lesson", "{formula} = {h}: only {n} maps to {h}, which op = {op} gives."
        ).format(formula=_floor_formula(s, r.size), h=h, n=r.size, op=r.output_padding))
    else:
        lines.append(QCoreApplication.translate(
            "lesson", "No size N \u2265 1 maps to {h}: op = 0 would give {n}."
        ).format(h=h, n=num(s.output - s.output_padding)))
    for r in rows:
        if not r.maps_back:
            lines.append(QCoreApplication.translate(
                "lesson",
                "op = {op} is allowed only because {op} < d = {d}: it gives {n}, and "
                "{formula} = {back}, not {h}."
            ).format(op=r.output_padding, d=s.dilation, n=r.size,
                     formula=_floor_formula(s, r.size), back=r.conv2d_size, h=h))
    lines.append(
        QCoreApplication.translate("lesson", "This layer uses op = {op}.").format(op=s.output_padding))
    return sentences(*lines)


def _list(items: list[str]) -> str:
    """"5 and 6", "5, 6 and 7"."""
    if len(items) == 1:
        return items[0]
    return QCoreApplication.translate("lesson", "{head} and {last}").format(
        head=QCoreApplication.translate("lesson", ", ").join(items[:-1]), last=items[-1])
