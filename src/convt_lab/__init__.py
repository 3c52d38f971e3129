"""ConvT Lab (转置卷积实验室): PyTorch's ConvTranspose2d, step by step.

The repository keeps ``core/``, ``gui/`` and ``resources/`` at its top level;
``pyproject.toml`` installs them as ``convt_lab.core`` (pure NumPy),
``convt_lab.gui`` (Qt) and ``convt_lab.resources`` (icons, translations).
"""

__version__ = "0.2.0"
