"""General rules added after measuring on tests/classifier/blind11.jsonl, blind12.jsonl and
blind13.jsonl (terse and informal notes; indirect reasons). Each test is a family of
phrasings in words of its own."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge


@pytest.mark.parametrize(
    "message",
    [
        "You mentored my team at the climate hackathon - we still use your checklist.",
        "Thanks for judging our pitch on Friday, the feedback stung but helped.",
        "I was one of the co-speakers on the Thursday track, good to share notes.",
        "I was at your table during the breakout, the one asking about SLOs.",
        "Sharing the stage with you in Denver was a treat.",
        "We got chatting in the queue for coffee and you gave me your card.",
        "Our boys are in the same football team - see you at the school gate!",
        "Cheers for hopping on Zoom with my founders this morning.",
        "Thanks for making time between sessions yesterday.",
        "Thx for the zoom earlier, really useful.",
        "gr8 to meet u at the careers fair",
        "Good to finally talk at the offsite.",
        "Hard to put a face to the avatar until Tuesday's meetup!",
    ],
)
def test_more_ways_of_saying_we_met(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "Merhaba Priya, geçen hafta İstanbul'daki konferansta tanıştık.",
        "Cześć Priya, poznaliśmy się na warsztatach w Krakowie.",
        "Olá Priya, obrigado pela conversa de ontem no evento.",
        "Adorei a nossa conversa no congresso, vamos manter contacto.",
        "Fue un gusto compartir mesa contigo en la cena de la conferencia.",
        "Bonjour Priya, merci pour le déjeuner de mardi à Lyon.",
        "Nous avons parlé de Kubernetes au salon la semaine dernière.",
        "Bedankt voor de koffie na de meetup gisteren!",
        "Vielen Dank für die Führung durch Ihr Büro letzte Woche.",
        "Ciao Priya, ci siamo parlati alla conferenza di Bologna.",
        "Schön, dass wir uns beim Kongress so lange unterhalten haben.",
        "Priyaさん、先日の勉強会でお会いした佐藤です。",
    ],
)
def test_meeting_in_more_languages(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "Mi farebbe piacere conoscerti quando passo ad Austin.",
        "Sharing a stage is something I hope to do one day.",
    ],
)
def test_a_wish_to_meet_is_not_a_meeting(message: str) -> None:
    assert not judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "Notre agence propose des développeurs dédiés, au forfait mensuel. Un appel ?",
        "Unsere Analyse-Plattform senkt Ihre Kosten um 25 %. Gerne zeige ich eine Produktdemo.",
        "My promotion framework gets managers to director in a year, or your money back.",
        "Two places left in the spring cohort - want one?",
        "You've been picked for our winners' magazine: a feature contribution of $900 applies.",
        "Tenemos desarrolladores en Argentina con tarifas 40% menores.",
        "Secure your booth for £2,400 + VAT before the early rate ends.",
        "I'd welcome the chance to arrange a short demonstration of our ATS.",
        "We print branded mugs for offsites, bulk discounts on 100+.",
        "I run a small video studio for biotech brands - shall I send our showreel?",
        "I've just set up a boutique consultancy for platform teams.",
        "We've got four contract SREs available next month, standard terms apply. Want the CVs?",
        "Our logistics clients saw 30% fewer delays. Fancy seeing how?",
        "Our scheduling tool is now live - free access for your first ten seats.",
        "We've helped 120 founders fill their pipelines.",
        "My signals group averages 12% a week. Join today for $49.",
        "Try it free, no card needed.",
        "Seats reserved for engineering decision-makers - shall I RSVP you?",
        "We design onboarding flows customers love. Worth a call?",
        "We can rebuild your careers site in a week.",
        "Could I show you what we did for a top-10 bank? Free 15-minute walkthrough.",
        "Our linter fixes that before review even starts.",
    ],
)
def test_more_pitches(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch, message
    assert verdict.queue == "decline", message


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'm a bootcamp grad keen to learn how platform teams work.",
        "We're after an external coach for our sales team - could we book a call?",
    ],
)
def test_a_bootcamp_graduate_or_a_question_is_not_selling(message: str) -> None:
    assert not judge(message).pitch, message


@pytest.mark.parametrize(
    "message",
    [
        "We're rebuilding our on-call process and want an outside perspective.",
        "Could I pick your brain on incident reviews?",
        "Would you be up for hearing about a Staff Platform Engineer role in Denver?",
        "Could we talk about an engagement for our Q3 kickoff?",
        "Could we book a chat about our onboarding programme?",
        "I'm reporting on platform layoffs - could I run two questions past you?",
        "Szukamy konsultanta do zespołu platformowego w Warszawie.",
        "Wir suchen einen Workshop-Partner für unser Team in Berlin.",
        "We zoeken een spreker voor ons congres in mei.",
        "Zou je een paar vragen willen beantwoorden over jullie aanpak?",
        "Gostaríamos de entender como a sua equipa organiza o on-call.",
        "Gostaria de explorar uma parceria na área de plataformas.",
    ],
)
def test_more_opportunities(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"], message


@pytest.mark.parametrize(
    "message",
    [
        "Fellow platform person - let's compare notes sometime.",
        "Hättest du Lust, dich mal auszutauschen?",
    ],
)
def test_a_pleasantry_is_not_an_opportunity(message: str) -> None:
    assert not judge(message).reasons["specific_opportunity"], message


@pytest.mark.parametrize(
    "message",
    [
        "Your so-called mentoring is a rort and everyone knows it.",
        "People like you shouldn't be allowed near a team.",
        "Recruiters are parasites, all of you.",
        "Hope you can sleep at night after those layoffs.",
        "You should be ashamed of yourselves.",
        "A late client bearing your surname left an unclaimed estate. Reply to proceed.",
        "Great news, you were selected for a $250 gift card! Claim within 12 hours.",
    ],
)
def test_more_abuse_and_scams_are_declined(message: str) -> None:
    verdict = judge(message)
    assert verdict.spam, message
    assert verdict.queue == "decline", message


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I was one of your analysts at Initech, back in 2018.", True),
        ("Finally left Initech myself - the new place is calmer.", True),
        ("Loved how you scaled the Globex team after the merger.", False),
        ("Thanks for letting me visit the Globex team on Friday.", False),
        ("u were at the Globex booth all day, right?", False),
        ("I represent two ex-Initech engineers who are looking.", False),
    ],
)
def test_who_worked_where(message: str, expected: bool) -> None:
    assert judge(message).reasons["same_organisation"] is expected, message


@pytest.mark.parametrize(
    "message",
    [
        "Noah reckons you're the person to ask about migrations.",
        "Noah (from your APUG days) passed on your name.",
        "Ciao Priya, Noah mi ha detto che sei esperta di Kubernetes.",
        "Hola Priya, Noah me dijo que te escribiera.",
    ],
)
def test_a_connection_named_by_first_name_with_a_referral(message: str) -> None:
    assert judge(message).reasons["common_connection"], message


@pytest.mark.parametrize(
    "message",
    [
        "Ik zou je graag willen toevoegen aan mijn professionele netwerk op LinkedIn.",
        "Me gustaría agregarte a mi red de contactos profesionales en LinkedIn.",
    ],
)
def test_more_stock_notes(message: str) -> None:
    assert judge(message).generic, message


@pytest.mark.parametrize(
    "message",
    [
        "Soy egresada de la Universidad de Melbourne, ¡saludos!",
        "Ich habe an der Universität Melbourne studiert.",
        "Ancienne de l'Université de Melbourne moi aussi.",
    ],
)
def test_a_university_of_x_named_in_the_senders_language_is_the_same_school(
    message: str,
) -> None:
    verdict = judge(message)
    assert verdict.reasons["alumni"], message
    assert not verdict.unverified


def test_another_university_in_another_language_is_still_an_unverified_claim() -> None:
    verdict = judge("Estudié en la Universidad de Sydney.")
    assert not verdict.reasons["alumni"]
    assert [claim.claimed for claim in verdict.unverified] == ["Universidad de Sydney"]


def test_pleasantries_about_working_together_or_news_are_not_opportunities() -> None:
    colleague = judge("Ich arbeite jetzt auch bei Globex. Freue mich auf die Zusammenarbeit!")
    assert not colleague.reasons["specific_opportunity"]
    assert not judge("Keen to hear how the migration goes!").reasons["specific_opportunity"]
    assert judge("Keen to hear how you split the monolith.").reasons["specific_opportunity"]


def test_meeting_at_an_organisations_reunion_still_says_the_sender_was_there() -> None:
    verdict = judge("Good to run into you at the Initech reunion - I was on the data team.")
    assert verdict.reasons["same_organisation"]
