"""A command line that names a command builds only that command's module (``plan list`` starts
faster); the map from commands to modules must name every command, or one would be missing."""

from __future__ import annotations

import argparse
import sys

import pytest

from app import cli


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_command_is_mapped_to_the_module_that_registers_it():
    for module, commands in cli.COMMAND_MODULES.items():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        __import__(f"app.cli.{module}", fromlist=["register"]).register(sub)
        assert set(sub.choices) == set(commands), module
    everything = _commands(cli.build_parser())
    assert everything == {c for commands in cli.COMMAND_MODULES.values() for c in commands}


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "x.db", "plan", "list", "--year", "2017"],
        ["plan", "--db", "x.db", "list"],
        ["--json", "--db=x.db", "backup", "--out", "b.db"],
        ["--db", "plan", "donors", "find", "刘"],  # a database file named like a command
    ],
)
def test_a_named_command_parses_as_with_every_command(argv):
    assert vars(cli.parse(argv)) == vars(cli.build_parser().parse_args(argv))


def test_plan_list_imports_no_other_command_module(monkeypatch):
    for name in [m for m in sys.modules if m.startswith("app.cli.")]:
        monkeypatch.delitem(sys.modules, name)
    cli.parse(["--db", "x.db", "plan", "list"])
    loaded = {m for m in sys.modules if m.startswith("app.cli.") and m != "app.cli.argtypes"}
    assert loaded == {"app.cli.plan"}


def test_an_unknown_command_is_refused_naming_the_commands():
    with pytest.raises(cli.KnownError, match="roster"):
        cli.parse(["nonsense"])


def test_no_command_parses_the_options_alone_and_imports_no_command_module(monkeypatch):
    for name in [m for m in sys.modules if m.startswith("app.cli.")]:
        monkeypatch.delitem(sys.modules, name)
    args = cli.parse(["--db", "x.db"])
    assert args.command is None and str(args.db) == "x.db"
    assert not [m for m in sys.modules if m.startswith("app.cli.")]
