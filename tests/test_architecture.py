"""The house's import rules, checked on the source (every module parsed with ``ast``, none imported).

- A pure module (``PURE``) imports neither ``storage`` nor ``handlers``, not even through other modules.
- Nothing under ``assistant/`` imports ``handlers`` except the composition root (``COMPOSITION_ROOTS``).
- Nothing under ``storage/`` imports ``handlers``, not even through other modules.
- Only the service (``UNIT_OF_WORK_OWNER``) opens the unit of work (``storage/unit_of_work.py``).

Imports under ``if TYPE_CHECKING:`` are allowed: they never run. Imports inside functions count.
"""

from __future__ import annotations

import ast
import gc
from collections import deque
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("assistant", "handlers", "storage")

#: Modules that must not reach storage or a channel (paths or globs; ones that don't exist are skipped).
PURE = (
    "assistant/parsing/*", "assistant/rules/*", "assistant/request.py", "assistant/booking.py",
    "assistant/decision.py", "assistant/deciding.py", "assistant/replies.py", "assistant/listing.py",
    "assistant/outgoing.py", "assistant/ports.py", "assistant/tokens.py", "assistant/config.py",
    "assistant/exporting.py", "assistant/summary/report.py", "assistant/summary/render.py",
    "assistant/summary/facts.py", "assistant/effects.py", "assistant/composing.py", "assistant/inbound.py",
    "assistant/labels.py", "assistant/chat.py", "assistant/mail_headers.py", "assistant/bounded.py",
    "assistant/control_chars.py", "assistant/identity.py", "assistant/sending_caps.py", "assistant/traces.py",
)
#: The modules under assistant/ that wire the channels in.
COMPOSITION_ROOTS = ("assistant/runner.py", "assistant/check.py")   # the service; ``assistant check``'s probes
#: The one module that opens the unit of work.
UNIT_OF_WORK_OWNER = "assistant/service.py"
UNIT_OF_WORK = "unit_of_work"


@dataclass(frozen=True)
class Import:
    """One import statement's target, as a dotted name, and where it is."""

    target: str
    line: int


@dataclass(frozen=True)
class Module:
    """A module of the code: its dotted name, its file (relative to the repository) and its syntax tree."""

    name: str
    path: str
    tree: ast.Module

    @property
    def is_package(self) -> bool:
        return self.path.endswith("__init__.py")

    def __repr__(self) -> str:
        return self.path


def _module_name(relative: Path) -> str:
    parts = relative.with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Module]:
    """Every module under the three packages, by dotted name."""
    found: dict[str, Module] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT)
            name = _module_name(relative)
            found[name] = Module(name, relative.as_posix(), _parse(path.read_text("utf-8"), str(relative)))
    return found


def _parse(source: str, filename: str) -> ast.Module:
    """``ast.parse`` with the garbage collector held off: a ResourceWarning raised (as an error, by the
    suite's warning filter) from a finaliser that runs inside the AST constructor makes CPython 3.11 fail
    with "AST constructor recursion depth mismatch" instead of reporting the leak where it belongs."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(source, filename)
    finally:
        if enabled:
            gc.enable()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _absolute(node: ast.ImportFrom, module: Module) -> str:
    """The package a ``from ... import`` reads from, relative imports resolved."""
    if not node.level:
        return node.module or ""
    package = module.name.split(".") if module.is_package else module.name.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: Module) -> list[Import]:
    """What a module imports when it runs (``from a import b`` gives ``a.b``: b may be a module)."""
    found: list[Import] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:   # the ``else`` of ``if TYPE_CHECKING`` runs
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend(Import(alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module)
            found.extend(Import(base if alias.name == "*" else f"{base}.{alias.name}", node.lineno)
                         for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(module.tree)
    return found


def _known(target: str) -> list[str]:
    """The modules of the code that importing ``target`` runs: the longest known prefix and its packages."""
    parts = target.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in modules():
            return [".".join(parts[:i]) for i in range(1, end + 1) if ".".join(parts[:i]) in modules()]
    return []


def _shown(target: str) -> str:
    """The module an import names (``storage.summary`` for ``from storage.summary import SummaryFacts``)."""
    known = _known(target)
    return known[-1] if known else target


def _in(target: str, packages: tuple[str, ...]) -> bool:
    return target.split(".")[0] in packages


def _path_to(start: Module, forbidden: tuple[str, ...]) -> list[str] | None:
    """The shortest chain of imports from ``start`` to a module in the ``forbidden`` packages, if any."""
    came_from: dict[str, str | None] = {start.name: None}
    queue = deque([start.name])
    while queue:
        name = queue.popleft()
        for imp in imports_of(start if name == start.name else modules()[name]):
            for reached in reversed(_known(imp.target) or [imp.target]):   # the module itself first
                if reached in came_from:
                    continue
                came_from[reached] = name
                if _in(reached, forbidden):
                    chain = [reached]
                    while (previous := came_from[chain[-1]]) is not None:
                        chain.append(previous)
                    return chain[::-1]
                if reached in modules():
                    queue.append(reached)
    return None


def _backwards(module: Module, forbidden: tuple[str, ...]) -> list[str]:
    """The module's imports of ``forbidden`` packages, direct ones with their line, then one indirect chain."""
    direct = list(dict.fromkeys(f"{module.path}:{imp.line} imports {_shown(imp.target)}"
                                for imp in imports_of(module) if _in(imp.target, forbidden)))
    if direct:
        return direct
    chain = _path_to(module, forbidden)
    return [f"{module.path} imports {chain[-1]} through {' → '.join(chain[1:-1])}"] if chain else []


def _matching(patterns: tuple[str, ...]) -> list[Module]:
    return [m for m in modules().values() if any(fnmatch(m.path, p) for p in patterns)]


def test_the_walker_sees_every_package_and_every_pure_module_that_exists() -> None:
    assert {m.split(".")[0] for m in modules()} == set(PACKAGES)
    assert len(_matching(PURE)) >= 20   # the parser and the rules at least


def test_pure_modules_import_neither_storage_nor_handlers() -> None:
    problems = [p for m in _matching(PURE) for p in _backwards(m, ("storage", "handlers"))]
    assert not problems, "pure modules reach storage or a channel:\n" + "\n".join(problems)


def test_only_the_composition_root_under_assistant_imports_handlers() -> None:
    problems = list(dict.fromkeys(f"{m.path}:{imp.line} imports {_shown(imp.target)}"
                                  for m in _matching(("assistant/*",)) if m.path not in COMPOSITION_ROOTS
                                  for imp in imports_of(m) if _in(imp.target, ("handlers",))))
    assert not problems, "the core imports a channel (only the composition roots may):\n" + "\n".join(problems)


def test_storage_imports_no_handlers() -> None:
    problems = [p for m in _matching(("storage/*",)) for p in _backwards(m, ("handlers",))]
    assert not problems, "storage reaches a channel:\n" + "\n".join(problems)


def _opens_unit_of_work(module: Module) -> list[str]:
    """Calls of ``unit_of_work(...)``, and imports of the name (an alias would hide a call)."""
    found = []
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name == UNIT_OF_WORK:
                found.append(f"{module.path}:{node.lineno} calls {UNIT_OF_WORK}(")
        elif isinstance(node, ast.ImportFrom) and any(a.name == UNIT_OF_WORK for a in node.names):
            found.append(f"{module.path}:{node.lineno} imports {UNIT_OF_WORK}")
    return found


def test_only_the_service_opens_the_unit_of_work() -> None:
    assert _opens_unit_of_work(modules()[_module_name(Path(UNIT_OF_WORK_OWNER))]), "the service opens it"
    problems = [p for m in modules().values() if m.path != UNIT_OF_WORK_OWNER for p in _opens_unit_of_work(m)]
    assert not problems, "a unit of work opened outside the service:\n" + "\n".join(problems)


# -- the walker itself, on made-up code: it must see what the rules are about --------------------------


def _made_up(source: str, name: str = "assistant.rules.fake", path: str = "assistant/rules/fake.py") -> Module:
    return Module(name, path, ast.parse(source))


@pytest.mark.parametrize(("source", "expected"), [
    ("import storage.models", ["storage.models"]),
    ("from storage.models import Registration", ["storage.models.Registration"]),
    ("from storage import models", ["storage.models"]),
    ("def f():\n    from handlers.maildir import open_maildir", ["handlers.maildir.open_maildir"]),
    ("from ..booking import Book", ["assistant.booking.Book"]),
    ("from . import base", ["assistant.rules.base"]),
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from storage.models import Registration",
     ["typing.TYPE_CHECKING"]),
    ("import typing\nif typing.TYPE_CHECKING:\n    import storage\nelse:\n    import handlers",
     ["typing", "handlers"]),
])
def test_the_walker_reads_imports_as_python_runs_them(source: str, expected: list[str]) -> None:
    assert [i.target for i in imports_of(_made_up(source))] == expected


def test_the_walker_finds_an_indirect_import_and_names_the_chain() -> None:
    pure = _made_up("from assistant.service import Service")   # the service opens storage
    [problem] = _backwards(pure, ("storage",))
    assert problem.startswith("assistant/rules/fake.py imports storage.") and "through assistant.service" in problem


def test_the_walker_finds_a_unit_of_work_opened_elsewhere() -> None:
    rogue = _made_up("from storage.unit_of_work import unit_of_work as uow\n"
                     "async def f(db):\n    async with uow(db):\n        pass\n"
                     "async def g(db):\n    async with storage.unit_of_work.unit_of_work(db):\n        pass\n")
    assert _opens_unit_of_work(rogue) == ["assistant/rules/fake.py:1 imports unit_of_work",
                                          "assistant/rules/fake.py:6 calls unit_of_work("]
