"""Facilitator: a desktop toolkit for running co-design workshops on public services."""

__version__ = "0.1.0"
APP_NAME = "Facilitator"
