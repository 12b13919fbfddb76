"""The curated reference layer (data/reference/): files -> node and claim records."""
