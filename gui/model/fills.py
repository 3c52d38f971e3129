"""Value fills for the input and the kernel (pure NumPy).

Each takes a shape: (H, W) for one grid, or a whole tensor such as
(C_in, H, W); ``delta`` puts its 1 in the centre of every 2-D slice.
"""

from __future__ import annotations

import numpy as np

__all__ = ["FILLS", "arange", "delta", "ones", "random_ints"]


def ones(shape: tuple[int, ...]) -> np.ndarray:
    return np.ones(shape)


def arange(shape: tuple[int, ...]) -> np.ndarray:
    """1, 2, ..., n in reading order, as in the lesson."""
    return np.arange(1, int(np.prod(shape)) + 1, dtype=np.float64).reshape(shape)


def random_ints(shape: tuple[int, ...], seed: int, low: int = -3, high: int = 5) -> np.ndarray:
    """Integers in [low, high] from a seeded generator: the same seed, the same values."""
    return np.random.default_rng(seed).integers(low, high + 1, size=shape).astype(np.float64)


def delta(shape: tuple[int, ...]) -> np.ndarray:
    """A single 1 at the centre cell (rounded up and left): the kernel that copies."""
    out = np.zeros(shape)
    out[..., (shape[-2] - 1) // 2, (shape[-1] - 1) // 2] = 1.0
    return out


FILLS = {"ones": ones, "arange": arange, "delta": delta}
