"""Offline extraction of entities and relations from text (EN/ES/FR): no network, no model."""
