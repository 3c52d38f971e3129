"""ConvT Lab's engine: PyTorch-exact transposed convolution, step by step.

Pure NumPy; nothing here imports Qt.  See :func:`conv_transpose2d` for the
computation and :func:`walkthrough` for every grid of the lesson.
"""

if __name__ != "convt_lab.core":  # a second copy under a bare name would hold other classes
    raise ImportError("import convt_lab.core, not core: the repository's core/ folder is "
                      "installed as convt_lab.core (pip install -e .)")


from .channels import MAX_CHANNELS, ChannelSetup, channel_output, channel_terms
from .engine import conv_transpose2d
from .errors import RULES, ParamError
from .params import (
    FIELDS,
    LIMITS,
    GRID_SIDES,
    MAX_OUTPUT,
    MAX_SIDE,
    AxisSteps,
    ConvTParams,
    check_limits,
    valid_range,
)
from .roundtrip import RoundTripRow, conv2d_output_size, preimage, roundtrip
from .walkthrough import Role, Walkthrough, walkthrough

__all__ = [
    "MAX_CHANNELS",
    "ChannelSetup",
    "channel_output",
    "channel_terms",
    "FIELDS",
    "LIMITS",
    "GRID_SIDES",
    "MAX_OUTPUT",
    "MAX_SIDE",
    "RULES",
    "AxisSteps",
    "ConvTParams",
    "ParamError",
    "Role",
    "RoundTripRow",
    "Walkthrough",
    "check_limits",
    "conv2d_output_size",
    "conv_transpose2d",
    "preimage",
    "roundtrip",
    "valid_range",
    "walkthrough",
]
