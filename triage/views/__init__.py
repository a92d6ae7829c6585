"""Triage views, one module per page family; each parses input, calls a service, renders."""
