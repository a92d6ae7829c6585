"""Rules from blind sets 118-125: connections named the way people name them (another
form of the first name, a middle name or initial, the surname alone or with a title or
honorific), and the other kinds each set showed. Each kind has its near miss beside it.
The wordings are new, not the sets' sentences."""

from __future__ import annotations

import dataclasses

import pytest

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, judge, rules

PEOPLE = dataclasses.replace(
    PROFILE,
    connections=(
        "Margaret Olsen",
        "Jonathan Feld",
        "Bartholomew Quist",
        "Hiroko Watanabe",
        "Will Okonjo",
        "Alexander Petrov",
        "Lena Marsh",
        "Tomas Marsh",
    ),
)


def _named(message: str) -> tuple[bool, tuple[str, ...]]:
    """Whether the rules find a common connection, and the names they could not place."""
    verdict = judge(message, profile=PEOPLE, second_opinion=False)
    claimed = tuple(c.claimed for c in verdict.unverified if c.kind == "common_connection")
    return verdict.reasons["common_connection"], claimed


@pytest.mark.parametrize(
    ("message", "connection"),
    [
        ("Maggie Olsen suggested I reach out about your platform work.", "Margaret Olsen"),
        ("Jon Feld's recommendation brought me to your profile.", "Jonathan Feld"),
        ("Sasha Petrov said you are the person to ask about SRE hiring.", "Alexander Petrov"),
        ("William Okonjo told me to say hello.", "Will Okonjo"),
        ("Jonathan R. Feld passed me your name last week.", "Jonathan Feld"),
        ("Margaret Anne Olsen thought we should talk.", "Margaret Olsen"),
        ("Dr Quist suggested I get in touch with you.", "Bartholomew Quist"),
        ("Watanabe-san recommended you warmly.", "Hiroko Watanabe"),
        ("Quist mentioned your talk on build caching.", "Bartholomew Quist"),
    ],
)
def test_a_connection_named_another_way_is_the_connection(message: str, connection: str) -> None:
    verdict = judge(message, profile=PEOPLE, second_opinion=False)
    assert verdict.reasons["common_connection"] is True
    assert connection in {f.matched for f in verdict.findings if f.label == "common_connection"}


@pytest.mark.parametrize(
    "message",
    [
        "Maggie Olsson suggested I reach out.",  # another surname
        "Marcus Olsen suggested I reach out.",  # another first name
        "Marsh suggested I reach out.",  # two connections are Marshes
        "Dr Quinlan suggested I get in touch.",  # nobody's surname
    ],
)
def test_a_name_that_is_not_one_connection_stays_a_claim(message: str) -> None:
    found, claimed = _named(message)
    assert found is False
    assert claimed


def test_a_short_surname_alone_needs_a_title() -> None:
    # "Kim suggested" may be a Kim; "Dr Kim" is Noah Kim
    assert (
        judge("Kim suggested I reach out.", second_opinion=False).reasons["common_connection"]
        is False
    )
    assert (
        judge("Dr Kim suggested I reach out.", second_opinion=False).reasons["common_connection"]
        is True
    )


@pytest.mark.parametrize(
    "message",
    [
        "You're the project lead I keep hearing about.",
        "We're the rollout partner of choice for platform teams.",
    ],
)
def test_a_contraction_is_not_a_regarding(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is False


def test_a_small_word_before_the_surname_is_not_a_middle_name() -> None:
    # "told Jonathan and Feld" has no middle name: "and" is written small
    verdict = judge("I told Margret and Olsen about it.", profile=PEOPLE, second_opinion=False)
    assert verdict.reasons["common_connection"] is False


# --- organisations served, not worked at; schools and groups not the sender's ---------------


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("", "Account Executive, Brightline | Vendor to Globex Cloud"),
        ("", "Client Partner (Initech account), Acme Data"),
        ("I'm on the data team at Initech's main competitor, happy to swap notes.", ""),
        ("I was at Globex too! Well, only as a visitor on a tour.", ""),
        ("We provide contract testers to several Globex teams - small world.", ""),
    ],
)
def test_a_firm_served_or_competed_with_is_not_the_senders(message: str, headline: str) -> None:
    assert rules(message, headline).reasons["same_organisation"] is False


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("", "Account Executive, Globex Cloud"),
        ("I'm on the data team at Initech, happy to swap notes.", ""),
        ("I was at Globex too! Great years.", ""),
        ("Ich habe drei Jahre bei Initech gearbeitet.", ""),
        ("Fellow Initech escapee here, how is life on the other side?", ""),
        # a job named after a customer or an account is still a job there
        ("I joined Initech as a customer success manager.", ""),
        ("", "Globex Cloud Account Executive"),
        ("", "Senior Talent Partner for Globex Cloud"),
        ("Noah introduced me to Kafka when I worked at Initech.", ""),
        ("Initech alum here - I ran their graduate programme for years.", ""),
    ],
)
def test_the_senders_own_firm_still_counts(message: str, headline: str) -> None:
    assert rules(message, headline).reasons["same_organisation"] is True


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("Southern Cross alum here - studied nursing at the Gold Coast campus.", ""),
        ("Fellow Southern Cross alum!", "BA student, Southern Cross University"),
    ],
)
def test_an_alum_of_a_school_named_like_the_firm_is_an_unverified_school(
    message: str, headline: str
) -> None:
    verdict = rules(message, headline)
    assert verdict.reasons["same_organisation"] is False
    assert verdict.queue == "query"
    assert "alumni" in {claim.kind for claim in verdict.unverified}


def test_an_alum_of_the_firm_itself_still_counts() -> None:
    verdict = rules("Southern Cross alum here - eight years on the credit desk.")
    assert verdict.reasons["same_organisation"] is True


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("My lab at UT Austin works on compilers; could we talk?", ""),
        ("I coordinate alumni events at KCL.", ""),
        ("", "Alumni Programme Officer, UniMelb"),
        ("I coordinate a course at KCL, though I studied in Leeds.", ""),
        ("I coordinate a course at KCL and did my best to find you.", ""),
    ],
)
def test_staff_of_a_school_are_not_its_alumni(message: str, headline: str) -> None:
    # (and "studied" or "did my" said of something else does not make them so)
    assert rules(message, headline).reasons["alumni"] is False


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("I coordinate a course at KCL (did my BSc there too).", ""),
        ("I coordinated the chess club at KCL during my undergrad.", ""),
        ("", "MSc student, UniMelb"),
        ("Também sou ex-aluna da UT Austin!", ""),
    ],
)
def test_study_at_the_school_still_counts(message: str, headline: str) -> None:
    assert rules(message, headline).reasons["alumni"] is True


@pytest.mark.parametrize(
    "message",
    [
        "I've been meaning to join the Austin Python Meetup for ages.",
        "Could you introduce me to whoever organises the talks at APUG?",
    ],
)
def test_a_group_only_meant_to_join_or_asked_into_is_not_shared(message: str) -> None:
    assert rules(message).reasons["shared_group"] is False


def test_a_regular_of_the_group_shares_it() -> None:
    assert rules("I'm a regular at the Austin Python Meetup.").reasons["shared_group"] is True


# --- meetings in Danish, Norwegian and Swedish ------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Vi mødtes på konferencen i Aarhus.",
        "Takk for en hyggelig prat på messen!",
        "Tack för senast!",
        "Dejligt at møde dig i går.",
    ],
)
def test_a_nordic_meeting_is_a_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


def test_a_nordic_talk_only_seen_is_not() -> None:
    assert rules("Jeg så dit foredrag på YouTube.").reasons["met_in_person"] is False


# --- what the recipient is asked for ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Gostaria muito da sua opinião.",
        "Me encantaría conocer tu punto de vista.",
        "J'aimerais bien avoir ton avis sur mon parcours.",
        "Ich würde gerne Ihre Einschätzung hören.",
        "Ψάχνω μερικές συμβουλές για την ομάδα μας.",
        "Vorremmo invitarla alla nostra giornata di orientamento.",
        "Connecting re the payroll migration - I've just joined the project.",
        "Can you send me the vendor shortlist you mentioned?",
        "Would be great to sync up soon about what your team learned.",
        "Our client is hiring its first Head of Platform; package c. $220k. Interested?",
    ],
)
def test_an_ask_of_the_recipient_is_an_opportunity(message: str) -> None:
    verdict = rules(message)
    assert verdict.reasons["specific_opportunity"] is True
    assert verdict.pitch is False


def test_an_invitation_to_the_network_is_not_an_opportunity() -> None:
    verdict = rules("Vorremmo invitarla nella nostra rete su LinkedIn.")
    assert verdict.reasons["specific_opportunity"] is False


# --- pitches, scams and abuse ----------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Exhibitor registration is $3,400 and includes a booth and two passes.",
        "The co-host slot costs $400 per episode.",
        "The gold sponsor package is $15k with a booth.",
        "Il nostro corso online sulla vendita è in promozione a 99 €.",
        "Realizamos auditorías SEO desde 300 €.",
        "Nuestro equipo ofrece diseño por una fracción del costo.",
        "Делаем сайты по доступным ценам.",
        "Our scheduling tool is trusted by 3,000+ teams worldwide.",
        "Are you looking for a dedicated QA partner?",
        "Most data teams we speak with overspend on storage.",
        "Our agent typically halves the cloud bill.",
        "Your online store is losing mobile visitors every day.",
        "Could I show your data team a quick demo next week?",
        "Enviamos uma proposta sem compromisso?",
        "Speaker registration is EUR 2,950.",
        "Exhibitor package $12k includes a booth. Book a free demo today.",
    ],
)
def test_the_senders_offer_is_a_pitch(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    "message",
    [
        "We pay a speaker fee of $2,000 and cover travel for our summit.",
        "We'll pay a speaker fee of $2,000 and cover travel for our summit.",
        "My course at KCL was on distributed systems, which is how I found your talk.",
        "Flights were super cheap so I'm finally visiting Austin.",
        "I built Initech's deploy pipeline, used by 400 engineers daily.",
        "Trabajo en Madrid desde 2019. Europa me encanta.",
    ],
)
def test_pay_to_the_recipient_or_a_course_taken_is_no_pitch(message: str) -> None:
    assert rules(message).pitch is False


@pytest.mark.parametrize(
    "message",
    [
        "Please assist me to release funds worth $4.5M from a dormant account; you keep 25%.",
        "Please pay £60 for the starter uniform on day one.",
        "Kindly pay GBP 120 for the training kit.",
        "Log in using your company credentials to access the document.",
        "Make 400 a day at home. Dear candidate, apply now.",
        "I find you very charming and want to know you better. Write me at rosie.m@yahoo.com",
        "You're a clueless coach and your clients deserve better.",
        "Your team is a circus and so are you.",
        "Enjoy being irrelevant.",
        "Guys like you only got hired because of who you know.",
    ],
)
def test_scams_and_abuse_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


def test_praise_is_not_abuse() -> None:
    assert rules("You're a brilliant coach and your clients are lucky.").spam is False


def test_forms_of_a_name_are_read_within_one_group_only() -> None:
    from triage.classifier.given_names import are_forms_of_one_name

    assert are_forms_of_one_name("chris", "christine")
    assert are_forms_of_one_name("chris", "christopher")
    assert not are_forms_of_one_name("christopher", "christine")  # not through "Chris"
    assert not are_forms_of_one_name("carl", "karl")
