"""Domain model, errors and paths: the standard-library-only heart every layer shares."""
