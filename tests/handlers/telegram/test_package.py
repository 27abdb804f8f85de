"""The Telegram package's house rules, read from its source: it reads through the service and writes
only through the service's methods, and importing it changes nothing in the process."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "handlers" / "telegram"
MODULES = sorted(PACKAGE.glob("*.py"))


def test_the_package_is_the_modules_the_house_names() -> None:
    assert {p.stem for p in MODULES} >= {"__init__", "bot", "turn", "conversation", "commands", "texts", "sender"}
    assert (PACKAGE / "__init__.py").read_text("utf-8").strip() == ""


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_transaction_or_session_is_opened_here(module: Path) -> None:
    tree = ast.parse(module.read_text("utf-8"))
    called = {node.func.attr for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert not called & {"sessions", "begin", "begin_nested"}, module.name     # db.sessions(), session.begin()
    assert "db" not in attributes, module.name                                # service.db: reading() instead
    assert not imported & {"unit_of_work", "reading", "AsyncSession", "RegistrationRepository",
                           "ConversationRepository", "ConfirmationRepository"}, module.name


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_importing_a_module_changes_no_environment(module: Path) -> None:
    tree = ast.parse(module.read_text("utf-8"))
    top_level_calls = [node for stmt in tree.body if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                           ast.ClassDef))
                       for node in ast.walk(stmt) if isinstance(node, ast.Call)]
    assert not any("environ" in ast.unparse(call) for call in top_level_calls), module.name
