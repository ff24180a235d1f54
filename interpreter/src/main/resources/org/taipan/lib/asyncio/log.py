"""The logger asyncio reports through (unretrieved exceptions, failing callbacks)."""

import logging

logger = logging.getLogger(__package__)
