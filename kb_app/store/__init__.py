"""Storage: the read-only content database (written at build time) and the user database."""
