"""ConvT Lab's tests; a package so that modules share tests.reference."""
