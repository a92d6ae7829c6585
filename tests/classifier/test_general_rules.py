"""General rules added so the classifier holds on invitations written by other people."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge
from triage.classifier import Affiliation, InvitationInput, ProfileInput, classify

BARE_PROFILE = ProfileInput(
    full_name="Alice Moss",
    first_name="Alice",
    organisations=(Affiliation("Harbour Freight Pty Ltd"),),
    schools=(Affiliation("Monash University"), Affiliation("University of Melbourne")),
    groups=(Affiliation("Women in Tech Group"),),
    connections=("Noah Kim", "Rory Fitz", "Sam Lee", "Sam Okoro"),
)


def bare(message: str, sender: str = "Ann Smith") -> set[str]:
    verdict = classify(InvitationInput(sender, message=message), BARE_PROFILE)
    return set(verdict.true_reasons)


# --- names without their generic words ----------------------------------------------------


def test_a_claimed_name_equal_to_the_distinctive_part_of_an_entry_verifies() -> None:
    assert bare("Hi Alice, fellow Monash alum here!") == {"alumni"}
    assert bare("Hi Alice, Melbourne University grad here too.") == {"alumni"}
    assert bare("Hi Alice, fellow Melbourne grad (BCom '08).") == {"alumni"}


def test_a_longer_or_different_name_stays_unverified() -> None:
    verdict = classify(
        InvitationInput("Ann Smith", message="Hi Alice, fellow Monash Health alum here!"),
        BARE_PROFILE,
    )
    assert verdict.true_reasons == ()
    assert [claim.kind for claim in verdict.unverified] == ["alumni"]


def test_a_distinctive_word_in_running_text_is_not_a_claim() -> None:
    assert bare("Hi Alice, fellow Melbourne sales professional here - let's connect!") == set()


def test_a_distinctive_part_shared_by_two_entries_resolves_neither() -> None:
    profile = ProfileInput(
        full_name="Alice Moss",
        schools=(Affiliation("Monash University"), Affiliation("Monash College")),
    )
    verdict = classify(InvitationInput("Ann", message="Fellow Monash alum here!"), profile)
    assert not verdict.reasons["alumni"]


# --- people named by first name -------------------------------------------------------------


def test_a_first_name_shared_by_no_other_connection_verifies() -> None:
    verdict = classify(
        InvitationInput("Ann Smith", message="Hi Alice, Noah suggested I reach out."),
        BARE_PROFILE,
    )
    assert verdict.reasons["common_connection"]
    found = [f for f in verdict.findings if f.label == "common_connection"]
    assert found[0].matched == "Noah Kim"


def test_an_ambiguous_or_unknown_first_name_is_an_unverified_claim() -> None:
    for message in ("Hi Alice, Sam suggested I reach out.", "Hi Alice, Steve said hi."):
        verdict = classify(InvitationInput("Ann Smith", message=message), BARE_PROFILE)
        assert not verdict.reasons["common_connection"]
        assert [c.kind for c in verdict.unverified] == ["common_connection"]


def test_a_possessive_first_name_is_a_reference() -> None:
    assert "common_connection" in bare("Good to meet you at Rory's wedding, Alice!")


def test_the_senders_own_first_name_is_not_a_referral() -> None:
    verdict = classify(
        InvitationInput("Noah Park", message="Noah here - said I'd connect. Cheers"),
        BARE_PROFILE,
    )
    assert not verdict.reasons["common_connection"]
    assert verdict.unverified == ()


# --- someone else's affiliation, and wishes ------------------------------------------------


def test_a_relatives_school_is_not_alumni() -> None:
    assert judge("Hi Priya, my daughter studies at UT and loves it.").true_reasons == ()
    assert judge("hi priya my son is starting at UT Austin in september").true_reasons == ()


def test_a_relative_together_with_the_sender_still_counts() -> None:
    assert "alumni" in judge("My brother and I both studied at UT Austin!").true_reasons


def test_thinking_of_joining_a_group_is_not_membership() -> None:
    assert judge("Hi Priya, I'm thinking of joining Austin Python - worth it?").true_reasons == ()
    assert judge("Considering joining APUG, is it any good?").true_reasons == ()
    assert "shared_group" in judge("I've just joined Austin Python too!").true_reasons


# --- working somewhere, in other words -----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I was on the payments team at Initech when you were there.",
        "Hallo Priya, ich war auch bei Initech, im Team Berlin.",
        "Hoi Priya, ik zat ook bij Initech (2015-2018).",
        "Bonjour Priya, j'étais aussi chez Initech à l'époque.",
    ],
)
def test_saying_you_worked_there_in_other_words(message: str) -> None:
    assert "same_organisation" in judge(message).true_reasons


def test_someone_elses_team_at_the_recipients_firm_is_not_a_shared_past() -> None:
    message = "Hi Priya, I'd love to show the platform team at Globex our tool."
    assert "same_organisation" not in judge(message).true_reasons


def test_studied_there_in_other_languages() -> None:
    assert "alumni" in bare("Bonjour Alice, je suis aussi diplômée de Monash !")
    assert "alumni" in judge("Ciao Priya, ho studiato anch'io all'UT Austin!").true_reasons


# --- meeting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "priya, met u at the apug meetup last wk",
        "Loved meeting you at the hack night, Priya!",
        "Thanks for jumping on the Zoom with our team yesterday, Priya.",
    ],
)
def test_meetings_said_casually(message: str) -> None:
    assert "met_in_person" in judge(message).true_reasons


def test_great_to_meet_other_people_is_not_meeting_the_recipient() -> None:
    message = "Hi Priya, always great to meet other UT grads in tech."
    assert "met_in_person" not in judge(message).true_reasons


# --- opportunities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Dear Priya, I'd like to invite you to deliver a guest lecture to our MSc cohort.",
        "Hi Priya! Would you like to give a talk at our March session?",
        "Connecting so I can send you the RFP for our platform tender.",
        "Would you consider joining our advisory board?",
        "I'm working on a VP Engineering search for a fintech. Could we speak?",
        "Hi Priya, he said you're the coach to talk to about on-call.",
        "Bonjour Priya, nous recrutons un VP Platform à Paris.",
        "Hallo Priya, wir suchen einen Berater für unser Plattformteam.",
        "Hoi Priya, ik bouw een team op en zoek een coach.",
        "Oi Priya, adoraria ouvir como vocês estruturaram o on-call.",
    ],
)
def test_concrete_opportunities_in_other_words(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"]


def test_an_invitation_to_join_the_network_is_stock_not_an_opportunity() -> None:
    verdict = judge("J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.")
    assert not verdict.reasons["specific_opportunity"]
    assert verdict.generic


# --- pitches, scams, abuse -----------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Notre cabinet place des profils pharma avec une commission de 15 %.",
        "You've been shortlisted for our Top 50! Secure your profile with a £495 fee.",
        "Partnership opportunity: Globex could resell our Kubernetes at a 20% margin.",
        "Olá Priya, geramos 50 leads qualificados por mês. Posso te mostrar como?",
        "I made $45,000 last month trading bitcoin. I can show you how.",
    ],
)
def test_pitches_dressed_as_opportunities_are_pitches(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch
    assert verdict.queue == "decline"


@pytest.mark.parametrize(
    "message",
    [
        "Your account will be suspended within 24 hours. Verify your identity here: bit.ly/x",
        "hi sweetie, u look lonely. add me on snap",
        "you're a fraud and your coaching is a scam.",
    ],
)
def test_phishing_romance_and_abuse_are_declined(message: str) -> None:
    verdict = judge(message)
    assert verdict.spam
    assert verdict.queue == "decline"


def test_a_scam_asking_for_a_reply_is_not_a_sales_pitch() -> None:
    verdict = judge("Hello dear, I need someone trustworthy to move my funds. kindly reply")
    assert verdict.queue == "decline"
    assert not verdict.pitch


# --- stock text with slips ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'd like to ad you to my profesional network on Linkedin",
        "Hi Priya, Sam Doe here - I'd like to add you to my professional network.",
    ],
)
def test_stock_text_with_typos_or_a_self_introduction_is_generic(message: str) -> None:
    verdict = judge(message)
    assert verdict.generic
    assert verdict.queue == "query"


def test_a_real_note_with_network_words_is_not_stock() -> None:
    assert not judge("I'd like to add you to my network of platform engineers").generic


def test_meetings_said_in_passing() -> None:
    assert "met_in_person" in judge("We crossed paths at the APUG dinner, Priya!").true_reasons
    message = "Priya, we sat next to each other at the awards - good to put a face to the name."
    assert "met_in_person" in judge(message).true_reasons
    maybe = "Hi Priya, we might have crossed paths on campus."
    assert "met_in_person" not in judge(maybe).true_reasons


def test_a_role_or_engagement_asked_about_directly() -> None:
    role = (
        "Hi Priya, we're looking for a Director of Infrastructure and your background stands out."
    )
    assert judge(role).reasons["specific_opportunity"]
    booking = "Hi Priya, do you have availability in June for a workshop with our team?"
    assert judge(booking).reasons["specific_opportunity"]


def test_price_led_offers_are_pitches() -> None:
    assert judge("Managed Postgres at half the price of RDS. Free pilot?").pitch
