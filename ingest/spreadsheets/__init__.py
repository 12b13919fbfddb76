"""Member lists kept in spreadsheets: read and check a sheet, match its names, diff, apply.

read -> match -> diff are separate steps so that each can be tested without a database; the
command `coalition-graph import members` (api/cli/imports.py) ties them to the graph.
"""
