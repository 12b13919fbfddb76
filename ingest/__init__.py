"""Sources -> records -> batches in the graph: curated data, spreadsheets, documents."""
