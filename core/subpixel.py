"""The stride phases of a transposed convolution (the "sub-pixel" view).

Input r with tap a lands on output ``i = r·s + a·d − p`` (per axis), so
``i ≡ a·d − p (mod s)``: output rows of one phase ``q = i mod s`` receive
only the taps with ``a·d ≡ q + p (mod s)``.  Within phase q, row ``m``
(``i = m·s + q``) is

    out[m·s + q] = Σ_a w[a] · x[m + (q + p − a·d)/s]

an ordinary stride-1 correlation of x with a sub-kernel (the phase's taps at
the offsets ``(q + p − a·d)/s``).  The s_h·s_w phases interleave into the
output, which is why a transposed convolution equals a stride-1 convolution
to s_h·s_w channels followed by ``PixelShuffle`` (Shi et al., "Real-Time
Single Image and Video Super-Resolution Using an Efficient Sub-Pixel
Convolutional Neural Network", 2016).  Phases with different tap counts get
different amounts of signal: the checkerboard of Odena, Dumoulin & Olah,
"Deconvolution and Checkerboard Artifacts" (Distill, 2016).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .params import AxisSteps, ConvTParams

__all__ = ["AxisPhase", "Phase", "axis_phases", "phase_map", "phase_output", "phases"]


@dataclass(frozen=True)
class AxisPhase:
    """One phase q of one axis: its output rows and its taps with their input offsets."""

    q: int
    rows: tuple[int, ...]   #: output indices i ≡ q (mod s), ascending
    taps: tuple[int, ...]   #: kernel taps a with a·d ≡ q + p (mod s), ascending
    offsets: tuple[int, ...]  #: (q + p − a·d)/s per tap: phase row m reads x[m + offset]


def axis_phases(steps: AxisSteps) -> list[AxisPhase]:
    """The s phases of one axis, q = 0 .. s − 1."""
    s, d, p = steps.stride, steps.dilation, steps.padding
    out = []
    for q in range(s):
        taps = tuple(a for a in range(steps.kernel) if (a * d - q - p) % s == 0)
        out.append(AxisPhase(q, tuple(range(q, steps.output, s)), taps,
                             tuple((q + p - a * d) // s for a in taps)))
    return out


@dataclass(frozen=True)
class Phase:
    """One 2-D phase (q_h, q_w): the product of a height phase and a width phase."""

    rows: AxisPhase
    cols: AxisPhase

    @property
    def key(self) -> tuple[int, int]:
        return (self.rows.q, self.cols.q)

    @property
    def tap_count(self) -> int:
        return len(self.rows.taps) * len(self.cols.taps)

    @property
    def shape(self) -> tuple[int, int]:
        """The phase's own output size (its rows × its columns of the output)."""
        return (len(self.rows.rows), len(self.cols.rows))

    def sub_kernel(self, weight: np.ndarray) -> np.ndarray:
        """The phase's taps of ``weight``, ``(len(row taps), len(col taps))``."""
        return np.asarray(weight)[np.ix_(self.rows.taps, self.cols.taps)]


def phases(params: ConvTParams) -> list[Phase]:
    """All s_h·s_w phases, row-major in (q_h, q_w)."""
    hs, ws = params.axes
    return [Phase(r, c) for r in axis_phases(hs) for c in axis_phases(ws)]


def phase_map(params: ConvTParams) -> np.ndarray:
    """``(H_out, W_out)``: the index ``q_h·s_w + q_w`` of each output cell's phase."""
    (oh, ow), (sh, sw) = params.output_size, params.stride
    return (np.arange(oh) % sh)[:, None] * sw + (np.arange(ow) % sw)[None, :]


def _axis_taps(phase: AxisPhase, n: int) -> list[tuple[int, slice, slice]]:
    """(tap, phase rows, input rows) for the rows of the phase that read inside x."""
    out = []
    length = len(phase.rows)
    for a, t in zip(phase.taps, phase.offsets):
        m0, m1 = max(0, -t), min(length, n - t)
        if m0 < m1:
            out.append((a, slice(m0, m1), slice(m0 + t, m1 + t)))
    return out


def phase_output(phase: Phase, x: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """The phase's part of the output, computed as its own stride-1 correlation.

    ``out[m, l] = Σ w[a, b] · x[m + t_a, l + t_b]`` over the phase's taps, where
    ``t`` are the offsets; x is zero outside its grid.  Interleaving every
    phase (``out[q_h::s_h, q_w::s_w] = phase_output(...)``) gives the
    transposed convolution without bias.
    """
    x = np.asarray(x, np.float64)
    weight = np.asarray(weight, np.float64)
    out = np.zeros(phase.shape)
    for a, mr, xr in _axis_taps(phase.rows, x.shape[0]):
        for b, mc, xc in _axis_taps(phase.cols, x.shape[1]):
            out[mr, mc] += weight[a, b] * x[xr, xc]
    return out
