"""Intake from FIT-Connect in the GUI: the background controller, its status, the rejected submissions and the demo
delivery service.
"""
