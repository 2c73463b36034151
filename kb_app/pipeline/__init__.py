"""Build time: read content files, validate them (collecting every problem), render Markdown, and
write the library (content.sqlite, search index, manifest)."""
