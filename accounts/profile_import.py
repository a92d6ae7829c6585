"""Merging what a data export says about the user into their profile.

The export only ever adds: a name, organisation, school or connection the
user typed is never overwritten, and aliases are never touched. Rows the
export created itself (from_export) follow later exports' "current" flag.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from accounts.models import Affiliation, AffiliationKind, Connection, User
from triage.chunking import chunked
from triage.importers.records import AffiliationRecord, ConnectionRecord, ProfileData
from triage.importers.text import web_address

CHUNK_SIZE = 1000


@dataclass
class ProfileMergeResult:
    name_filled: bool = False
    affiliations_added: int = 0
    affiliations_updated: int = 0
    connections_added: int = 0
    connections_updated: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.name_filled
            or self.affiliations_added
            or self.affiliations_updated
            or self.connections_added
            or self.connections_updated
        )


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def merge_profile(user: User, profile: ProfileData) -> ProfileMergeResult:
    """Add the export's name, affiliations and connections to the user's; run in a transaction."""
    result = ProfileMergeResult()
    result.name_filled = _fill_name(user, profile)
    _merge_affiliations(user, profile.affiliations, result)
    _merge_connections(user, profile.connections, result)
    return result


def _fill_name(user: User, profile: ProfileData) -> bool:
    fields = []
    if not user.first_name and profile.first_name:
        user.first_name = profile.first_name[:150]
        fields.append("first_name")
    if not user.last_name and profile.last_name:
        user.last_name = profile.last_name[:150]
        fields.append("last_name")
    if fields:
        user.save(update_fields=fields)
    return bool(fields)


def _merge_affiliations(
    user: User, records: list[AffiliationRecord], result: ProfileMergeResult
) -> None:
    # One entry per place: several positions at one company are one organisation,
    # current if any of them is.
    wanted: dict[tuple[str, str], AffiliationRecord] = {}
    for record in records:
        if record.kind not in AffiliationKind.values or not record.name.strip():
            continue
        key = (record.kind, _fold(record.name))
        earlier = wanted.get(key)
        if earlier is None or (record.current and not earlier.current):
            wanted[key] = record
    if not wanted:
        return
    known: dict[tuple[str, str], Affiliation] = {}
    for affiliation in Affiliation.objects.filter(owner=user):
        for name in (affiliation.name, *affiliation.aliases):
            known.setdefault((affiliation.kind, _fold(str(name))), affiliation)
    for key, record in wanted.items():
        existing = known.get(key)
        if existing is None:
            created = Affiliation.objects.create(
                owner=user,
                kind=record.kind,
                name=record.name[:200],
                current=record.current and record.kind == AffiliationKind.ORGANISATION,
                from_export=True,
            )
            known[key] = created
            result.affiliations_added += 1
        elif (
            existing.from_export
            and existing.kind == AffiliationKind.ORGANISATION
            and existing.current != record.current
        ):
            existing.current = record.current
            existing.save(update_fields=["current"])
            result.affiliations_updated += 1


def _merge_connections(
    user: User, records: list[ConnectionRecord], result: ProfileMergeResult
) -> None:
    if not records:
        return
    by_url: dict[str, Connection] = {}
    by_name: dict[str, Connection] = {}
    for connection in Connection.objects.filter(owner=user):
        if connection.profile_url:
            by_url.setdefault(_url_key(connection.profile_url), connection)
        by_name.setdefault(_fold(connection.full_name), connection)
    new: list[Connection] = []
    changed: dict[int, Connection] = {}
    for record in records:
        # The profile page links each connection: javascript: or data: must never get there.
        if record.profile_url and not web_address(record.profile_url):
            record = replace(record, profile_url="")
        existing = (by_url.get(_url_key(record.profile_url)) if record.profile_url else None) or (
            by_name.get(_fold(record.full_name))
        )
        if existing is None:
            connection = Connection(
                owner=user,
                full_name=record.full_name[:200],
                profile_url=record.profile_url[:500],
                company=record.company[:200],
                position=record.position[:200],
                connected_on=record.connected_on,
            )
            new.append(connection)
            by_name[_fold(record.full_name)] = connection
            if record.profile_url:
                by_url[_url_key(record.profile_url)] = connection
            continue
        if existing.pk is not None and _fill_blanks(existing, record):
            changed[existing.pk] = existing
    for chunk in chunked(new, CHUNK_SIZE):
        Connection.objects.bulk_create(chunk)
    if changed:
        Connection.objects.bulk_update(
            list(changed.values()),
            ["profile_url", "company", "position", "connected_on"],
            batch_size=CHUNK_SIZE,
        )
    result.connections_added += len(new)
    result.connections_updated += len(changed)


def _fill_blanks(connection: Connection, record: ConnectionRecord) -> bool:
    """Only empty fields take the export's value; what the user typed stays."""
    filled = False
    for field, value in (
        ("profile_url", record.profile_url[:500]),
        ("company", record.company[:200]),
        ("position", record.position[:200]),
    ):
        if value and not getattr(connection, field):
            setattr(connection, field, value)
            filled = True
    if record.connected_on and connection.connected_on is None:
        connection.connected_on = record.connected_on
        filled = True
    return filled


def _url_key(url: str) -> str:
    return url.strip().rstrip("/").casefold()
