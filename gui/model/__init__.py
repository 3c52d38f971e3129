"""The document and everything computed from it, without Qt: the session codec, presets, fills and the PyTorch snippet."""
