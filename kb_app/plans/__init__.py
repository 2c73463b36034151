"""Action plans: the plan model, its operations, the gap analysis and the ``.wwplan`` file format.

Pure Python (standard library and jsonschema); the GUI and the exporters build on it.
"""
