"""How the command line shows results and errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.panel import Panel

from graph.local.errors import LocalServerError
from graph.settings import Settings

console = Console()
err_console = Console(stderr=True)


@contextmanager
def clear_errors() -> Iterator[None]:
    """Turn the errors a user can act on into one readable paragraph and exit code 1."""
    try:
        yield
    except LocalServerError as exc:
        err_console.print(Panel(exc.message, title="Neo4j", border_style="red"))
        if exc.log_tail:
            err_console.print(exc.log_tail, markup=False, highlight=False)
        raise typer.Exit(1) from exc
    except ValidationError as exc:
        err_console.print(Panel(str(exc), title="Settings", border_style="red"))
        raise typer.Exit(2) from exc


def load_settings(factory: Callable[[], Settings]) -> Settings:
    with clear_errors():
        return factory()
