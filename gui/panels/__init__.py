"""The widgets around the grids: parameters, channels, the lesson's steps, the arithmetic, the legend, the animation bar and the cell editor."""
