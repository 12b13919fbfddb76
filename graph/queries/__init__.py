"""Every Cypher statement of the project, as named functions with parameters.

Routers, loaders and the CLI call these; none of them holds Cypher of its own.
"""
