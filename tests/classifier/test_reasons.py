"""Each "why" reason, its near misses, and claims the profile cannot confirm."""

from __future__ import annotations

from tests.classifier.helpers import judge


def true_reasons(message: str = "", headline: str = "") -> set[str]:
    return set(judge(message, headline).true_reasons)


def test_met_in_person_at_an_event() -> None:
    assert "met_in_person" in true_reasons("Hi Priya, we met at KubeCon in the hallway track.")


def test_met_in_person_after_a_call_or_coffee() -> None:
    assert "met_in_person" in true_reasons("Thanks for the coffee last week, Priya!")
    assert "met_in_person" in true_reasons("Good catching up on the call yesterday.")


def test_seeing_a_talk_or_reading_a_post_is_not_meeting() -> None:
    assert true_reasons("Hi Priya, I watched your talk at PlatformCon. Great stuff!") == set()
    assert true_reasons("Read your post on SLOs, very useful. Connecting!") == set()


def test_a_meeting_that_has_not_happened_is_not_meeting() -> None:
    assert "met_in_person" not in true_reasons("We've never met, but I'd love to meet you.")
    assert "met_in_person" not in true_reasons("Would be great to meet you at a conference.")


def test_same_organisation_from_the_message() -> None:
    verdict = judge("Hi Priya, I used to work at Initech too, on the billing team.")
    assert verdict.reasons["same_organisation"]
    found = [f for f in verdict.findings if f.label == "same_organisation"]
    assert found[0].matched == "Initech"


def test_same_organisation_from_the_headline_alone() -> None:
    verdict = judge("", headline="Staff SRE at Globex Cloud")
    assert verdict.reasons["same_organisation"]
    assert verdict.queue == "accept"
    assert not verdict.generic


def test_a_similar_name_is_not_the_same_organisation() -> None:
    assert true_reasons(headline="Account Executive at Globex Logistics") == set()
    assert true_reasons(headline="Engineer at Globe Telecom") == set()
    assert true_reasons(headline="Sales Manager at Southern Cross Travel") == set()


def test_naming_the_recipients_employer_is_not_working_there() -> None:
    assert true_reasons("Hi Priya, saw you're at Globex now, congrats!") == set()


def test_shared_group_by_alias() -> None:
    verdict = judge("Hi Priya, I'm in APUG too. Would love to connect.")
    assert verdict.reasons["shared_group"]


def test_common_connection_named_and_in_the_profile() -> None:
    verdict = judge("Hi Priya, Noah Kim suggested I reach out.")
    assert verdict.reasons["common_connection"]
    assert verdict.queue == "accept"


def test_common_connection_matches_accents_and_apostrophes() -> None:
    assert "common_connection" in true_reasons("Zoe Adams said we should talk.")
    assert "common_connection" in true_reasons("Grace O’Brien mentioned you.")


def test_a_mutual_connection_count_is_not_a_common_connection() -> None:
    verdict = judge("We have 42 mutual connections, so I thought we should connect!")
    assert not any(verdict.reasons.values())
    assert verdict.queue == "query"


def test_alumni_by_alias_in_lowercase_and_abbreviated() -> None:
    assert "alumni" in true_reasons("hey priya, fellow utexas grad here!")
    assert "alumni" in true_reasons("Hi Priya, a Melb Uni alum here too.")


def test_working_at_a_school_is_not_studying_there() -> None:
    assert true_reasons(headline="Lecturer at King's College London") == set()
    assert "alumni" in true_reasons(headline="MSc student, King's College London")


def test_another_school_with_the_same_first_word_is_not_alumni() -> None:
    verdict = judge("Hi Priya, I'm a Kings Cross Academy graduate.")
    assert not verdict.reasons["alumni"]


def test_specific_opportunity_a_role() -> None:
    verdict = judge(
        "Hi Priya, we have a VP Engineering role in Austin that fits your platform background."
    )
    assert verdict.reasons["specific_opportunity"]
    assert verdict.purpose


def test_specific_opportunity_a_question_about_the_recipients_work() -> None:
    assert "specific_opportunity" in true_reasons(
        "Hi Priya, how did your team migrate off Jenkins? I'm about to do the same."
    )


def test_specific_opportunity_a_speaking_invitation() -> None:
    assert "specific_opportunity" in true_reasons(
        "Hi Priya, we'd love you on our closing panel at DevOpsDays Austin."
    )


def test_growing_networks_is_not_an_opportunity() -> None:
    assert true_reasons("Let's connect and grow our networks!") == set()
    assert true_reasons("Let's help each other grow!") == set()


def test_a_pitch_is_not_an_opportunity() -> None:
    verdict = judge("Hi Priya, our observability platform cuts costs by 60%. 20 min demo?")
    assert verdict.pitch
    assert not verdict.reasons["specific_opportunity"]
    assert verdict.queue == "decline"


def test_unverified_school_claim_is_recorded_and_queried() -> None:
    verdict = judge("Hi Priya, fellow Stanford alum here! Let's connect.")
    assert not verdict.reasons["alumni"]
    assert [(c.kind, c.claimed) for c in verdict.unverified] == [("alumni", "Stanford")]
    assert verdict.referenced
    assert verdict.queue == "query"


def test_unverified_organisation_claim() -> None:
    verdict = judge("Hi Priya, we worked together at Telstra back in 2012.")
    assert [(c.kind, c.claimed) for c in verdict.unverified] == [("same_organisation", "Telstra")]
    assert verdict.queue == "query"


def test_unverified_group_claim() -> None:
    verdict = judge("Hey Priya, as a fellow member of the Melbourne Sales Guild, let's connect.")
    assert [c.kind for c in verdict.unverified] == ["shared_group"]
    assert not verdict.reasons["shared_group"]


def test_unverified_person_claim() -> None:
    verdict = judge("Hi Priya, Sarah Lindqvist said we should connect.")
    assert [(c.kind, c.claimed) for c in verdict.unverified] == [
        ("common_connection", "Sarah Lindqvist")
    ]
    assert verdict.queue == "query"


def test_an_unverified_claim_beside_a_true_reason_still_accepts() -> None:
    verdict = judge("Hi Priya, we met at the Austin Python meetup. Weren't we both at Google?")
    assert verdict.reasons["met_in_person"]
    assert verdict.unverified
    assert verdict.queue == "accept"


def test_multilingual_meetings() -> None:
    for message in (
        "Bonjour Priya, nous nous sommes rencontrées à la conférence de Lyon.",
        "Hola Priya, nos conocimos en la PyCon de Austin.",
        "Hallo Priya, wir haben uns letzte Woche auf der Messe kennengelernt.",
        "Oi Priya, a gente se conheceu na PyTexas!",
        "Hoi Priya, we hebben elkaar ontmoet op KubeCon.",
        "Ciao Priya, ci siamo conosciuti al meetup di Austin.",
    ):
        assert "met_in_person" in true_reasons(message), message


def test_a_wish_to_work_or_study_there_is_not_a_shared_past() -> None:
    assert true_reasons("I'd love to work at Globex one day. Any tips?") == set()
    assert true_reasons("Hi Priya, hoping to study at UT Austin next year.") == set()


def test_a_school_named_like_a_place_needs_a_sign_of_study() -> None:
    assert "alumni" in true_reasons("Hi Priya, UTexas class of 2012 here.")
    assert "alumni" not in true_reasons("Hi Priya, UTexas football is on tonight!")
