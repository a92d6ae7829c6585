"""Business rules that write: imports, classification, triage moves, replies, outcomes.

Views and tasks call these; each function takes the owning user (or an id
scoped to one) so no write reaches another user's data.
"""
