"""Rules from blind sets 30-36: scams, abuse, sellers' terms in other languages, stock
texts, and a degree or class year in a headline. Each kind has its near miss beside it."""

from __future__ import annotations

import pytest

from .helpers import judge


def queue(message: str, headline: str = "") -> str:
    return judge(message, headline, second_opinion=False).queue


# --- scams: what they ask a stranger for ------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya, your application for the remote tester post is approved. Share your passport "
        "scan and banking details to finish onboarding.",
        "You qualify for a 2026 loyalty bonus of $3,000. Provide your bank account to receive it.",
        "Offer confirmed! Pay the $120 registration fee today to reserve your laptop.",
        "Your package is stuck at customs. Pay USD 45 clearance at the link to release it.",
        "Buy two $100 Apple gift cards and send the codes to start your contract.",
        "As executor, I hold £4.1M that remains unclaimed by any heir.",
        "I am a solicitor for a deceased investor who shared your family name.",
        "My dear, I have a box of gold for you, I only need your address.",
        "Your linkedln access expires tonight: renew at linkedin-secure-check.info",
        "See who viewed your profile this week: bit.ly/views-now",
        "Act now to avoid losing your connections after the upgrade.",
    ],
)
def test_what_a_scam_asks_for_declines_it(message: str) -> None:
    assert queue(message) == "decline"


@pytest.mark.parametrize(
    "message",
    [
        # A real recruiter's next step, a paid event, a real colleague's banking job.
        "Hi Priya, we'd love you to interview for our platform lead role; we pay the travel.",
        "Hi Priya, registration for the APUG summer social is free, hope to see you there!",
        "Hi Priya, I run payments at a bank and would value your view on our platform migration.",
        "Hi Priya, I work on LinkedIn's own infrastructure team and loved your platform talk.",
    ],
)
def test_their_near_misses_are_not_scams(message: str) -> None:
    assert judge(message).spam is False


def test_a_handle_to_message_elsewhere_is_a_scam_but_the_app_named_alone_is_weak() -> None:
    assert queue("hi priya, nice profile pic. message me on telegram @anna_x") == "decline"
    assert (
        judge("Hi Priya, the Austin Python group chat moved to Telegram, see you there.").spam
        is False
    )


# --- abuse ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "You ghosted me after the final round. Cowards, the lot of you.",
        "Hope your whole platform team gets laid off.",
        "Your outage ruined my launch. I hope your cluster crashes again.",
        "Do everyone a favour and resign.",
        "Rejected again without feedback. Disgusting.",
        "Engineers like you are thieves.",
    ],
)
def test_abuse_declines(message: str) -> None:
    assert queue(message) == "decline"


def test_a_word_that_only_sounds_harsh_is_not_abuse() -> None:
    assert (
        judge("Hi Priya, I was disgusting at Kubernetes until your workshop, thanks!").spam is False
    )
    assert judge("Hi Priya, hope your team gets the headcount you asked for!").spam is False


# --- sellers' terms, in any language -------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hola Priya, ofrezco clases de inglés técnico, 30% de descuento este mes.",
        "Oi Priya, faço revisão de currículos, primeira sessão grátis!",
        "Bonjour Priya, traductrice freelance à 25 € de l'heure, disponible dès lundi.",
        "Olá Priya, criamos aplicativos a partir de R$ 4.000. Quer um orçamento?",
        "Hallo Priya, Coworking-Plätze in Austin zu Sonderpreisen für Entwickler.",
        "Priya, your nomination is confirmed - the winner package is $450.",
        "Priya, two-for-one tickets to the cloud expo end tonight. Grab yours!",
    ],
)
def test_a_sellers_terms_make_a_pitch(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch is True
    assert verdict.queue == "decline"


def test_a_price_mentioned_without_selling_is_no_pitch() -> None:
    # A question about the recipient's work, with a number in it.
    verdict = judge("Hi Priya, how did Globex cut its cloud bill by 30% - was it the autoscaler?")
    assert verdict.pitch is False


# --- stock texts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Guten Tag, ich würde mich freuen, Sie in mein berufliches Netzwerk auf LinkedIn "
        "aufzunehmen.",
        "Namaste Priya, main aapko LinkedIn par apne professional network mein jodna chahta hoon.",
    ],
)
def test_more_ways_of_writing_the_stock_note(message: str) -> None:
    verdict = judge(message)
    assert verdict.generic is True
    assert verdict.queue == "query"


def test_the_german_words_in_a_note_of_its_own_are_not_stock() -> None:
    verdict = judge("Hallo Priya, ich würde mich freuen, Sie beim Austin Python Meetup zu treffen.")
    assert verdict.generic is False


# --- a degree or class year beside a school in the headline -------------------------------


@pytest.mark.parametrize("headline", ["BCom (UniMelb) | Analyst", "KCL Law '19 | Paralegal"])
def test_a_degree_or_class_year_in_the_headline_is_alumni(headline: str) -> None:
    verdict = judge("", headline=headline)
    assert verdict.reasons["alumni"] is True
    assert verdict.queue == "accept"


def test_working_at_the_school_is_still_not_alumni() -> None:
    verdict = judge("", headline="Facilities Manager, King's College London")
    assert verdict.reasons["alumni"] is False


# --- a school as the venue, in other languages ---------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hola Priya, nos conocimos en la feria de empleo de la Universidad de Melbourne.",
        "Salut Priya, on s'est croisés au salon des métiers de King's College London.",
    ],
)
def test_a_fair_held_at_the_school_is_a_meeting_not_study_there(message: str) -> None:
    assert judge(message).true_reasons == ("met_in_person",)


def test_a_fair_at_the_school_said_by_one_who_studied_there_is_both() -> None:
    verdict = judge(
        "Hola Priya, yo también estudié allí: nos vimos en la feria de empleo de la "
        "Universidad de Melbourne."
    )
    assert set(verdict.true_reasons) == {"met_in_person", "alumni"}


# --- scams and abuse in other languages (blind37-42) ------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Bonjour Priya, merci de m'envoyer vos coordonnées bancaires pour recevoir le prix.",
        "Hola Priya, soy notario: una herencia de 2 millones está a su nombre.",
        "Gentile Priya, un cliente defunto con il suo stesso cognome ha lasciato un conto.",
        "Olá Priya, há 1,2 milhões não reclamados num banco de Lisboa.",
        "Hola querida, soy viudo y trabajo lejos. Escríbeme por WhatsApp.",
        "Ciao bella, sei molto carina. Vuoi essere mia amica? Scrivimi su Telegram.",
        "Priya, wat een waardeloze recruiter ben jij.",
        "Maybe hire engineers who actually know Kubernetes next time.",
    ],
)
def test_scams_and_abuse_in_other_languages_decline(message: str) -> None:
    assert queue(message) == "decline"


def test_a_word_of_those_in_an_honest_note_is_not_a_scam() -> None:
    # "Dear" and a messaging app in an honest note from a group member: one weak sign.
    assert (
        judge("Hola querida Priya, soy del Austin Python Meetup, ¡nos vemos el jueves!").spam
        is False
    )
    assert (
        judge("Bonjour Priya, l'héritage de Globex en ingénierie de plateforme m'inspire.").spam
        is False
    )


@pytest.mark.parametrize(
    "message",
    [
        "Beste Priya, wij bouwen dashboards voor teams, vanaf €900 per project.",
        "Ciao Priya, corso di Kubernetes in 30 giorni, prezzo lancio 99 €!",
        "Oi Priya, gestão do seu perfil a partir de 200 dólares por mês.",
        "Hi Priya, homes in Austin are moving fast - want a free valuation of yours?",
    ],
)
def test_more_sellers_terms_make_a_pitch(message: str) -> None:
    assert judge(message).pitch is True


# --- brain-picking with no time or topic --------------------------------------------------


def test_picking_a_brain_sometime_is_a_pleasantry_not_an_opportunity() -> None:
    verdict = judge("Hi Priya, would love to pick your brain sometime!", second_opinion=False)
    assert verdict.reasons["specific_opportunity"] is False


def test_picking_a_brain_for_a_set_time_is_still_an_opportunity() -> None:
    message = "Hi Priya, could I pick your brain for 20 minutes on paved roads?"
    verdict = judge(message, second_opinion=False)
    assert verdict.reasons["specific_opportunity"] is True
