"""Benchmarks for Wat Werkt: search latency, start-up, build, export and memory (see __main__)."""
