"""How the command line shows results and errors."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from pydantic import ValidationError
from rich.console import Console
from rich.panel import Panel
from typer._click.exceptions import ClickException, NoArgsIsHelpError  # typer vendors click
from typer.core import TyperGroup

from graph.dates import DATE_GRAMMAR, why_not_a_date
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
    except (ServiceUnavailable, SessionExpired) as exc:
        err_console.print(
            f"error: Neo4j is not reachable ({one_line(exc)})",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(1) from exc


def one_line(exc: BaseException) -> str:
    """An exception as one line: its type and the first line of its message."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def load_settings(factory: Callable[[], Settings]) -> Settings:
    with clear_errors():
        return factory()


def bad_input(option: str, problem: str) -> NoReturn:
    """A typo in what the user typed: one line naming the option, and exit code 2 (click's code
    for usage errors), never a traceback."""
    err_console.print(f"Error: {option}: {problem}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def checked_paths(paths: Sequence[Path]) -> None:
    """A path named on the command line that does not exist is a typo: one line on stderr per
    path and exit code 2 (a usage error) before anything is read or written."""
    missing = [path for path in paths if not path.exists()]
    for path in missing:
        err_console.print(
            f"error: no such file or folder: {path} (nothing was read)",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if missing:
        raise typer.Exit(2)


class OneLineErrors(TyperGroup):
    """The top command: click's own usage errors (an unknown command or option, a missing
    argument, a number out of range) as one line on stderr and exit code 2, like bad_input,
    instead of a usage block and a framed panel."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(
                args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra
            )
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError as exc:  # the help is printed already
            sys.exit(exc.exit_code)
        except ClickException as exc:
            sys.exit(_usage_error(exc))
        except typer.Abort:
            err_console.print("Aborted.", markup=False, highlight=False)
            sys.exit(1)
        # Without standalone mode click returns typer.Exit's code, or a command's None.
        sys.exit(code if isinstance(code, int) else 0)


def _usage_error(exc: ClickException) -> int:
    message = " ".join(exc.format_message().split())
    path = getattr(getattr(exc, "ctx", None), "command_path", None)
    hint = f" (see '{path} --help')" if path else ""
    err_console.print(f"Error: {message}{hint}", markup=False, highlight=False, soft_wrap=True)
    return exc.exit_code


def checked_date(text: str | None, option: str = "--as-of") -> str | None:
    """The one date grammar of every command (graph.dates); None when not given."""
    if not text:
        return None
    problem = why_not_a_date(text)
    if problem:
        bad_input(option, problem)
    return text


DATE_HELP = f"{DATE_GRAMMAR}; a partial date means its first day."
AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help=f"Links valid on this date: {DATE_HELP}")
]
