"""A recipient profile for the classifier tests (plain dataclasses, no database)."""

from __future__ import annotations

from triage.classifier import Affiliation, InvitationInput, ProfileInput, Verdict, classify

PROFILE = ProfileInput(
    full_name="Priya Raman",
    first_name="Priya",
    nicknames=("Pri",),
    organisations=(
        Affiliation("Globex Cloud", ("Globex",), current=True),
        Affiliation("Initech", ("Initech Systems",)),
        Affiliation("Southern Cross Bank", ("SCB", "Southern Cross")),
    ),
    schools=(
        Affiliation("University of Texas at Austin", ("UT Austin", "UT", "UTexas")),
        Affiliation("University of Melbourne", ("Melbourne Uni", "UniMelb")),
        Affiliation("King's College London", ("KCL", "King's")),
    ),
    groups=(
        Affiliation("Austin Python Meetup", ("Austin Python", "APUG")),
        Affiliation("Sales Leadership Australia", ("SLA group",)),
    ),
    connections=("Noah Kim", "Grace O'Brien", "Zoë Adams"),
)


def judge(
    message: str = "",
    headline: str = "",
    profile: ProfileInput = PROFILE,
    *,
    second_opinion: bool = True,
) -> Verdict:
    """The verdict on a note from a stranger; `second_opinion=False` is the rules' alone."""
    invitation = InvitationInput("Sam Doe", headline=headline, message=message)
    return classify(invitation, profile, second_opinion=second_opinion)


def rules(message: str, headline: str = "") -> Verdict:
    """The rules' verdict alone, without the learned model's second opinion."""
    return judge(message, headline, second_opinion=False)


def assert_declined_as_spam(message: str) -> None:
    """The rules call the note spam, a scam or abuse, and decline it for that."""
    verdict = rules(message)
    assert verdict.spam is True
    assert verdict.queue == "decline"


def assert_declined_as_pitch(message: str) -> None:
    """The rules read the note as the sender's pitch, and decline it for that."""
    verdict = rules(message)
    assert verdict.pitch is True
    assert verdict.queue == "decline"
