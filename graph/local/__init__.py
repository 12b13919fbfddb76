"""A local Neo4j Community server provisioned from Maven jars and run on loopback.

Used whenever NEO4J_URI is unset: `jars` resolves the pinned version once into a cache folder,
`java` picks a JDK the version runs on, `home` lays out conf/data/logs and the password,
`server` starts, waits for and stops the JVM, `admin` runs neo4j-admin (password, dump, load).
"""

from graph.local.errors import LocalServerError

__all__ = ["LocalServerError"]
