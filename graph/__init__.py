"""The Neo4j side: settings, the local server, connections, the schema and every Cypher query."""
