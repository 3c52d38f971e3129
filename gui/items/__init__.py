"""pyqtgraph items: one item per grid, the highlight overlay, captions and pure hit-testing."""
