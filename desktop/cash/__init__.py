"""The cash desk (Kasse): taking fees at the counter with a receipt, and the day's report with its closing."""
