"""Content packs: offline library updates (``.wwpack``) — build, check, install, roll back.

``pack`` reads and writes the pack file and trusts nothing in it; ``install`` swaps a checked
library into the user data folder; ``changes`` reports what an update changed for the user.
No Qt: the CLI and the window use the same functions.
"""
