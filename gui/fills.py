"""Value fills for the input and the kernel (pure NumPy)."""

from __future__ import annotations

import numpy as np

__all__ = ["FILLS", "arange", "delta", "ones", "random_ints"]


def ones(shape: tuple[int, int]) -> np.ndarray:
    return np.ones(shape)


def arange(shape: tuple[int, int]) -> np.ndarray:
    """1, 2, ..., H*W in reading order, as in the lesson."""
    return np.arange(1, shape[0] * shape[1] + 1, dtype=np.float64).reshape(shape)


def random_ints(shape: tuple[int, int], seed: int, low: int = -3, high: int = 5) -> np.ndarray:
    """Integers in [low, high] from a seeded generator: the same seed, the same values."""
    return np.random.default_rng(seed).integers(low, high + 1, size=shape).astype(np.float64)


def delta(shape: tuple[int, int]) -> np.ndarray:
    """A single 1 at the centre cell (rounded up and left): the kernel that copies."""
    out = np.zeros(shape)
    out[(shape[0] - 1) // 2, (shape[1] - 1) // 2] = 1.0
    return out


FILLS = {"ones": ones, "arange": arange, "delta": delta}
