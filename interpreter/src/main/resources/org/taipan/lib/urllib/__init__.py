"""URL handling (Taipan provides urllib.parse only)."""
