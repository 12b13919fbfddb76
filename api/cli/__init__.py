"""The command line: `coalition-graph ...` (typer + rich)."""
