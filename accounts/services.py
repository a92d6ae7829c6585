from __future__ import annotations

import logging

from django.db import transaction
from kombu.exceptions import OperationalError as BrokerError

from accounts.models import Affiliation, AffiliationKind, User
from triage.classifier import Affiliation as ClassifierAffiliation
from triage.classifier import ProfileInput

logger = logging.getLogger(__name__)


def profile_for_classifier(user: User) -> ProfileInput:
    """The user's profile as the plain, hashable data the classifier takes."""
    by_kind: dict[str, list[ClassifierAffiliation]] = {kind: [] for kind in AffiliationKind.values}
    for affiliation in Affiliation.objects.filter(owner=user).order_by("kind", "name"):
        by_kind[affiliation.kind].append(
            ClassifierAffiliation(
                name=affiliation.name,
                aliases=tuple(affiliation.aliases),
                current=affiliation.current,
            )
        )
    connections = tuple(user.connections.order_by("full_name").values_list("full_name", flat=True))
    return ProfileInput(
        full_name=user.get_full_name() or user.display_name or user.username,
        first_name=user.first_name
        or (user.display_name.split(" ")[0] if user.display_name else ""),
        nicknames=tuple(user.nicknames),
        organisations=tuple(by_kind[AffiliationKind.ORGANISATION]),
        schools=tuple(by_kind[AffiliationKind.SCHOOL]),
        groups=tuple(by_kind[AffiliationKind.GROUP]),
        connections=connections,
        no_reason_queue=user.no_reason_queue,
    )


def profile_changed(user: User) -> None:
    """Re-classify the user's invitations in the background, after commit."""
    transaction.on_commit(lambda: _queue_reclassification(user.pk))


def _queue_reclassification(user_id: int) -> None:
    # Imported here: triage.tasks imports this module through the classification service.
    from triage.services.classification import mark_for_reclassification
    from triage.tasks import reclassify_user

    try:
        reclassify_user.delay(user_id)
    except (BrokerError, OSError) as error:
        # The profile is saved either way. Marked pending here, the rows are queued by the
        # periodic sweep once the broker is back, instead of keeping stale verdicts.
        logger.warning("Could not queue reclassification for user %s (%s).", user_id, error)
        mark_for_reclassification(user_id)
