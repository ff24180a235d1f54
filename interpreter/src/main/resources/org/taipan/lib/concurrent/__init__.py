"""The concurrent package: only concurrent.futures so far."""
