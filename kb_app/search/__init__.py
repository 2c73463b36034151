"""Full-text search: Dutch analysis, the Whoosh schema and index builder, and ``SearchService``.

This package is the only importer of whoosh. Callers speak ``SearchQuery``/``SearchResult``.
"""
