"""Application layer: services, rules, import/export. Pure Python: never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "献血办"
APP_ID = "xianxueban"
