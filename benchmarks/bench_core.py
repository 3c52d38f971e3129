"""Time ``core.conv_transpose2d`` against PyTorch's, single-threaded.

Usage::

    python benchmarks/bench_core.py [--repeats N]

Single-channel 2-D inputs (torch gets them as (1, 1, H, W)), s = 2, p = 1,
for float64 and float32, 256x256 and 1024x1024 inputs, kernels 3 and 4.
Both libraries get the same random input; their outputs are checked to agree
before anything is timed.  Each figure is the median of ``N`` runs after three
warm-up rounds, timed with ``time.perf_counter``; core and torch take turns
within each round so both see the same allocator state.  torch is optional:
without it only the core's figures are printed.
"""

from __future__ import annotations

import os

# One thread everywhere, set before NumPy (and its BLAS) is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from convt_lab.core import conv_transpose2d  # noqa: E402

try:
    import torch  # noqa: E402
    import torch.nn.functional as F  # noqa: E402
except ImportError:
    torch = None  # type: ignore[assignment]

STRIDE, PADDING = 2, 1
SIZES = (256, 1024)
KERNELS = (3, 4)
DTYPES = (np.float64, np.float32)
TOLERANCE = {np.float64: (1e-10, 1e-10), np.float32: (1e-4, 1e-4)}


def median_ms(fns: list[Callable[[], Any]], repeats: int, warmup: int = 3) -> list[float]:
    """Median wall time of each ``fn()`` in milliseconds.

    The functions run in turn within each repeat (after ``warmup`` rounds), so
    they all see the same allocator and cache state: at 256x256 a run's time
    depends on whether the heap hands back fresh pages that must be faulted in.
    """
    for _ in range(warmup):
        for fn in fns:
            fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, bucket in zip(fns, times):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return [statistics.median(bucket) * 1e3 for bucket in times]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=11, help="timed runs per row (default 11)")
    args = parser.parse_args(argv)

    if torch is not None:
        torch.set_num_threads(1)
        print(f"torch {torch.__version__}, numpy {np.__version__}, 1 thread, "
              f"median of {args.repeats} runs")
    else:
        print(f"torch is absent: core figures only (numpy {np.__version__}, 1 thread, "
              f"median of {args.repeats} runs)")

    rng = np.random.default_rng(0)
    header = (f"{'dtype':<8} {'size':>9} {'k':>2} "
              f"{'core ms':>10} {'torch ms':>10} {'core/torch':>10}")
    print(header)
    print("-" * len(header))
    ratios: dict[Any, list[float]] = {dtype: [] for dtype in DTYPES}
    for dtype in DTYPES:
        for size in SIZES:
            for k in KERNELS:
                x = rng.standard_normal((size, size)).astype(dtype)
                w = rng.standard_normal((k, k)).astype(dtype)

                def run_core() -> np.ndarray:
                    return conv_transpose2d(x, w, stride=STRIDE, padding=PADDING)

                torch_text = ratio_text = "-"
                if torch is None:
                    (core_ms,) = median_ms([run_core], args.repeats)
                else:
                    tx = torch.from_numpy(x)[None, None]
                    tw = torch.from_numpy(w)[None, None]

                    def run_torch() -> Any:
                        with torch.no_grad():
                            return F.conv_transpose2d(tx, tw, stride=STRIDE, padding=PADDING)

                    ours, theirs = run_core(), run_torch()[0, 0].numpy()
                    rtol, atol = TOLERANCE[dtype]
                    if ours.shape != theirs.shape or not np.allclose(ours, theirs, rtol, atol):
                        print(f"error: core and torch disagree for {np.dtype(dtype).name} "
                              f"{size}x{size} k{k}", file=sys.stderr)
                        return 1
                    core_ms, torch_ms = median_ms([run_core, run_torch], args.repeats)
                    ratio = core_ms / torch_ms
                    ratios[dtype].append(ratio)
                    torch_text, ratio_text = f"{torch_ms:10.2f}", f"{ratio:10.2f}"
                print(f"{np.dtype(dtype).name:<8} {f'{size}x{size}':>9} {k:>2} "
                      f"{core_ms:10.2f} {torch_text:>10} {ratio_text:>10}")

    if torch is not None:
        worst = max(ratios[np.float64])
        verdict = "yes" if worst <= 1.0 else "no"
        print(f"every float64 row has core/torch <= 1.0: {verdict} (worst {worst:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
