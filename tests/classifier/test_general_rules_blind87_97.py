"""Rules from blind sets 87-97: connections named by an initial, a nickname, a swapped
pair of letters or as family ("Tara Quinn's cousin"), and the look-alikes that are
other people; the network's stock note in more languages; romance, estate and investor
scams and put-downs in new words; sellers' terms in Turkish, Czech and Hindi and money
on the side; a role, a panel or the recipient's own service asked for in more
languages; a call as a meeting, and not having talked as none; teaching at a school is
not studying there; a group only watched online, or whose membership is denied, is not
common ground; an acronym the note spells out as another body is that body's. Each kind
has its near miss beside it. The wordings are new, not the sets' sentences."""

from __future__ import annotations

import dataclasses

import pytest

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, judge, rules

CONNECTED = dataclasses.replace(
    PROFILE,
    connections=(
        *PROFILE.connections,
        "Rachel Stein",
        "Sam Patel",
        "Hamish McLeod",
        "Kylie Tran",
        "Sophie Martin",
        "Sam Ahmed",
    ),
)


def _connection_of(message: str) -> bool:
    return judge(message, profile=CONNECTED, second_opinion=False).reasons["common_connection"]


# --- people named many ways ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, N. Kim mentioned you know platform teams inside out.",
        "Grace O. said I should ask you about on-call rotas.",
        "Hi Priya - Noah K suggested we talk about Backstage.",
        "Rach Stein thinks you'd be the right person to ask about SRE hiring.",
        "Sammy Patel pointed me your way for advice on internal platforms.",
        "Hamish McLoed suggested I get in touch about your migration.",
        "Hi Priya, I'm Noah Kim's cousin - he said you wouldn't mind a hello.",
        "Grace O'Brien is my old manager and sends her best!",
    ],
)
def test_a_connection_named_by_initial_nickname_slip_or_relation_counts(message: str) -> None:
    assert _connection_of(message) is True


@pytest.mark.parametrize(
    "message",
    [
        # a look-alike is another person: a short surname, or the known one with an "s"
        "Kylie Tan suggested we connect.",
        "Sophie Martins mentioned your name.",
        # another first name with a known surname, or a longer name that is not a pet form
        "Paul Stein said you know everyone in Austin.",
        "Samir Patel recommended you.",
        # a one-letter word after a first name, in small letters, is no initial
        "I told Sam a story about your talk and he laughed.",
    ],
)
def test_look_alike_people_and_stray_letters_are_not_connections(message: str) -> None:
    assert _connection_of(message) is False


def test_an_initial_two_connections_share_names_neither() -> None:
    profile = dataclasses.replace(PROFILE, connections=("Noah Kim", "Nina Kim"))
    verdict = judge("N. Kim suggested I reach out.", profile=profile, second_opinion=False)
    assert verdict.reasons["common_connection"] is False


# --- the stock note in more languages ------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Ráda bych si tě přidala do své profesní sítě na LinkedInu.",
        "Rád by som si vás pridal do svojej profesijnej siete na LinkedIne.",
        "Aș dori să te adaug în rețeaua mea profesională de pe LinkedIn.",
        "ברצוני להוסיף אותך לרשת המקצועית שלי בלינקדאין",
        "Chciałabym dodać Panią do mojej sieci kontaktów na LinkedIn.",
        "Haluaisin lisätä sinut ammatilliseen verkostooni LinkedInissä.",
        "Jeg vil gerne tilføje dig til mit professionelle netværk på LinkedIn.",
        "Jeg vil gjerne legge deg til i mitt profesjonelle nettverk på LinkedIn.",
        "Olá Priya, gostaria de incluí-la na minha rede profissional do LinkedIn.",
        "Namaste Priya ji, main aapke professional network se judna chahti hoon.",
    ],
)
def test_the_stock_note_in_more_languages_is_generic(message: str) -> None:
    verdict = rules(message)
    assert verdict.generic is True
    assert verdict.queue == "query"


def test_a_stock_opening_with_an_offer_after_it_is_not_stock() -> None:
    verdict = rules("Rád bych si vás přidal do sítě - nabízíme vývoj aplikací za výhodné ceny.")
    assert verdict.generic is False
    assert verdict.pitch is True


# --- scams and put-downs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I'm a doctor posted in Libya and so lonely here. Text me on WhatsApp?",
        "You look lovely in your profile picture. Are you on Telegram? Urgently need a friend.",
        "I act for the estate of the late Dr. Fischer, who died with no heirs. Reply for details.",
        "أرجو التواصل عبر بريدي الخاص بخصوص مبلغ كبير يا عزيزتي",
        "Your advice wrecked my pipeline. Total joke, just like your whole programme.",
        "Just another LinkedIn guru recycling other people's posts. Grow up.",
        "Typical recruiter entitlement. You never even replied.",
        "I hope your company goes under after what you did to my application.",
        "three weeks and no answer from your team. do your job",
    ],
)
def test_scams_and_put_downs_in_new_words_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "I hope your team gets the budget it deserves this year - congrats on the launch!",
        "Where did you grow up? I think we went to the same school in Chennai.",
        "I was posted to the Austin office last year and would love to compare notes.",
        "Moving to a new city can feel lonely; your meetup helped me a lot. Thank you!",
    ],
)
def test_kind_notes_with_the_same_words_are_not_spam(message: str) -> None:
    assert rules(message).spam is False


# --- sellers' terms and money on the side --------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Merhaba Priya, ürünlerimizi tanıtmak isterim, bu ay %20 indirim var.",
        "Dobrý den, nabízíme správu sociálních sítí za výhodné ceny.",
        "नमस्ते Priya, हमारे डेवलपर $8 प्रति घंटे पर उपलब्ध हैं।",
        "Need a new logo? $299 flat, delivered in two days.",
        "Ever wondered how to earn while you sleep? DM me and I'll show you.",
        "Looking for extra income? My team is growing and I'd love to show you how.",
    ],
)
def test_sellers_terms_and_side_income_are_pitches(message: str) -> None:
    assert_declined_as_pitch(message)


def test_a_salary_mentioned_in_a_job_offer_is_not_a_flat_price() -> None:
    verdict = rules("Priya, we're hiring a Staff Engineer - would you consider a move?")
    assert verdict.pitch is False


# --- a role, a panel, a piece or the recipient's service asked for -------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya, would you write a guest post for our engineering blog?",
        "Do you run coaching sessions for small platform teams? We have six engineers.",
        "Hola Priya, me gustaría contarte sobre una vacante de Staff Engineer.",
        "Hallo Priya, hättest du Interesse an einer Keynote auf unserer Konferenz?",
        "Merhaba Priya, ekibimiz için mentorluk programı arıyoruz.",
        "Chào chị Priya, em muốn mời chị tham gia hội thảo của chúng em.",
    ],
)
def test_a_request_for_the_recipients_work_is_an_opportunity(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


def test_asking_whether_the_recipient_runs_for_fun_is_no_opportunity() -> None:
    verdict = rules("Do you run? I saw you at the Austin half marathon results page.")
    assert verdict.reasons["specific_opportunity"] is False


# --- calls, and not having talked ----------------------------------------------------------------


def test_talking_over_a_video_call_is_a_meeting() -> None:
    assert rules("We've talked over Zoom a couple of times about SLOs.").reasons["met_in_person"]


@pytest.mark.parametrize(
    "message",
    [
        "We've never spoken on Zoom, but I follow your posts.",
        "On était tous les deux à la KubeCon, dommage qu'on n'ait pas pu discuter !",
        "Estuvimos en la misma charla pero no pudimos hablar.",
    ],
)
def test_not_having_talked_is_no_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is False


# --- schools and organisations -------------------------------------------------------------------


def test_teaching_at_a_school_is_not_studying_there() -> None:
    verdict = rules("I taught a tutorial at UniMelb last year - great students.")
    assert verdict.reasons["alumni"] is False


def test_a_weekday_after_an_organisations_name_does_not_make_it_another_firm() -> None:
    verdict = rules("I worked at Globex Monday to Friday for six years before the move.")
    assert verdict.reasons["same_organisation"] is True


# --- groups watched online, acronyms spelled out -----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I watched the Austin Python Meetup livestream last night - great talk!",
        "Hola Priya, vi la charla del Austin Python Meetup en YouTube.",
        "Priya, I came across the APUG group recently, though I'm not a member myself.",
    ],
)
def test_a_group_watched_online_or_not_joined_is_not_common_ground(message: str) -> None:
    verdict = rules(message)
    assert verdict.reasons["shared_group"] is False
    assert verdict.queue == "query"


@pytest.mark.parametrize(
    "message",
    [
        "Fellow Austin Python Meetup member - I watched your talk's recording twice!",
        "Priya, I'm producing a podcast for the Austin Python Meetup - would you be a guest?",
    ],
)
def test_a_member_who_also_watched_online_shares_the_group(message: str) -> None:
    assert rules(message).reasons["shared_group"] is True


def test_an_acronym_spelled_out_as_another_body_after_a_claim_is_that_bodys() -> None:
    verdict = rules("Priya, I'm in the SLA as well - the Software Leaders Association, Dallas.")
    assert verdict.reasons["shared_group"] is False
    assert [claim.kind for claim in verdict.unverified] == ["shared_group"]


# --- more of the same kinds, in more languages --------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Ciao Priya, abbiamo studiato insieme all'University of Melbourne!",
        "Hola Priya, estudiamos juntas en la University of Melbourne, ¿te acuerdas?",
    ],
)
def test_we_both_studied_there_in_other_languages_is_alumni(message: str) -> None:
    assert rules(message).reasons["alumni"] is True


def test_almost_a_school_is_not_that_school() -> None:
    assert rules("Je suis à Texas State, presque UT Austin !").reasons["alumni"] is False


@pytest.mark.parametrize(
    "message",
    [
        "Priya, we've probably crossed paths on Twitter somewhere.",
        "Loved the discussion on the Slack channel about SLOs yesterday.",
        "Oi Priya, te vi no meetup mas não deu pra conversar.",
        "Ciao Priya, forse ci siamo già visti a qualche evento!",
    ],
)
def test_online_or_only_maybe_is_no_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is False


@pytest.mark.parametrize(
    "message",
    [
        "Guten Tag, ich würde dich gern als Kontakt hinzufügen.",
        "Oi, gostaria de me conectar com você.",
        "Bonjour, je souhaiterais me connecter avec vous.",
        "Ik nodig je uit om lid te worden van mijn netwerk op LinkedIn.",
    ],
)
def test_connect_formulas_without_the_networks_name_are_stock(message: str) -> None:
    assert rules(message).generic is True


@pytest.mark.parametrize(
    "message",
    [
        "Priya, ti invitiamo come relatrice al nostro meetup di Milano.",
        "Hoi Priya, wij zoeken een Head of Platform voor ons team in Utrecht.",
        "Hi Priya, I'm new to platform work and could really use a mentor - any chance of a chat?",
    ],
)
def test_invited_as_speaker_a_role_or_mentoring_is_an_opportunity(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Priya, want to make money with crypto? My Telegram has daily signals.",
        "Hallo Priya, 12 % Rendite im Jahr mit unserer Anlagemöglichkeit in Immobilien.",
        "Olá Priya, nossa agência cobra apenas 10% por contratação.",
        "Priya, I can double your team's sales pipeline in 60 days. Interested?",
        "Try our code review service - first three pull requests free.",
        "Join our paid engineering leadership mastermind - $1,200 for six weeks.",
    ],
)
def test_money_made_fast_fees_and_the_senders_paid_courses_are_pitches(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hello dear Priya, I am a nurse serving in Yemen. Kindly reply to my private email.",
        "Ciao, sono sola e cerco una vera amicizia. Scrivimi sul mio WhatsApp.",
        "Priya, women like you don't belong in tech. Quit.",
        "Your profile is fake and your posts are recycled nonsense.",
        "Les recruteurs comme vous vendent du vent.",
    ],
)
def test_more_scams_and_put_downs_decline(message: str) -> None:
    assert_declined_as_spam(message)


def test_kindly_in_a_genuine_request_alone_is_not_spam() -> None:
    assert rules("Priya, kindly reply when you can - I'd love your view on our SLOs.").spam is False


# --- look-alike names after a claim, and one-word names used for another firm ------------------


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Priya, we were both at Southern Cross University, weren't we?", "same_organisation"),
        ("I'm a member of Sales Leaders Australia too - small world.", "shared_group"),
    ],
)
def test_a_look_alike_name_after_a_claim_cue_is_unverified(message: str, reason: str) -> None:
    verdict = rules(message)
    assert verdict.reasons[reason] is False
    assert verdict.queue == "query"


def test_a_typo_after_a_claim_cue_still_counts() -> None:
    assert rules("I'm a member of Sales Leadershp Australia as well!").reasons["shared_group"]


def test_a_one_word_name_the_headline_uses_for_another_firm_means_that_firm() -> None:
    verdict = rules("Hi Priya, fellow Initech person here!", "Recruiter, Initech Logistics")
    assert verdict.reasons["same_organisation"] is False
    assert rules("Hi Priya, fellow Initech person here!", "Recruiter").reasons["same_organisation"]


# --- more put-downs, and claims in Tamil, Chinese and Greek --------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Three rejections from your team. Enjoy your fake title.",
        "Recycled junk in every post. Unfollowing and reporting you.",
    ],
)
def test_more_put_downs_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("வணக்கம் Priya, நானும் UT Austin-இல் படித்தேன்!", "alumni"),
        ("Vanakkam Priya, UT Austin-la naanum padichen!", "alumni"),
        ("Priya你好，我以前在Initech工作过，很高兴联系你。", "same_organisation"),
        ("Γεια σου Priya, δουλέψαμε μαζί στην Initech το 2015!", "same_organisation"),
    ],
)
def test_studied_and_worked_there_in_tamil_chinese_and_greek(message: str, reason: str) -> None:
    assert rules(message).reasons[reason] is True
