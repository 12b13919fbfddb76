"""Documents in, relations out: read files, split them into documents, extract, and load claims.

readers    .txt/.md/.html/.pdf -> the stored text (what every offset points into) and warnings
metadata   title, date and author read from the text; dates in EN/ES/FR
segments   one DocumentSegment per post when a page holds several
language   detect_language (the extraction engine's)
extraction the extraction engine with a gazetteer (shipped reference data, optionally the graph)
records    an extraction -> Document nodes, candidate nodes and claims
ingestion  `coalition-graph ingest`: files and folders through ingest.writer.write
contract   `coalition-graph extract --json`: the stable JSON of docs/documents.md
corrections the review queue and the corrections (accept, reject, retract, remove, merge, split)
"""
