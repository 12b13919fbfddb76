"""The language of a document: the extraction engine's detector (EN/ES/FR by function words;
None when the text is too short or too mixed to tell), used for whole files and for each post."""

from __future__ import annotations

from ingest.extract.language import detect_language

__all__ = ["detect_language"]
