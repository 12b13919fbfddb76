"""The front doors: the HTTP API (FastAPI) and the command line (api.cli), over graph.queries."""
