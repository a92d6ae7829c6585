"""The outcome suggested from a pasted answer: a pure function, tested on answers of many kinds.

The answers below were written before the rules, in the voices people really
answer in (short, long, polite, annoyed, several languages), so the figures
say something about answers the rules have not seen.
"""

from __future__ import annotations

import pytest

from triage.outcome_suggestion import (
    APOLOGISED,
    CURT,
    EXPLAINED,
    Suggestion,
    suggest_outcome,
)

EXPLANATIONS = [
    "Hi Alice, we met at the Pharma Talent Forum dinner in March, I was sitting next to you!",
    "Sorry, should have added a note. I work in the QA team at Northwind, two floors up from you.",
    "Good question! Ben Okafor suggested I get in touch about your stability-testing work.",
    "I'm hiring a clinical data lead and your background looked like a great fit. "
    "Would you be open to a chat?",
    "We studied together at Leeds, chemistry class of 2012. Hope you're well!",
    "I read your article on batch release and wanted to ask you a couple of questions about it.",
    "We were on the same panel at BioConnect last year, I was the moderator.",
    "Hola Alice, nos conocimos en el congreso de Barcelona, hablamos de ensayos clínicos.",
    "Bonjour, nous avons travaillé ensemble chez Sanofi en 2019, dans l'équipe qualité.",
    "Hallo Alice, wir haben uns auf der Konferenz in Basel kennengelernt.",
    "I'm organising a meetup on regulatory affairs in Leeds and would love you to speak.",
    "Hi! I'm a former colleague of Ben's and he said you're the person to talk to about GMP "
    "audits.",
]

APOLOGIES = [
    "Oops, sorry! Wrong Alice, I meant to invite a friend with the same name.",
    "Apologies, that was sent by mistake. Please ignore it.",
    "My bad, I clicked on the wrong profile. I'll withdraw the invitation.",
    "Sorry for the confusion, I mixed you up with someone from my old team.",
    "So sorry, LinkedIn sent invitations to my whole address book without asking me.",
    "Désolé, c'était une erreur de ma part, je me suis trompé de personne.",
    "Entschuldigung, die Einladung war ein Versehen.",
    "Perdón, te envié la invitación por error.",
    "Ah, I thought you were someone else. Sorry to bother you!",
]

CURT_REPLIES = [
    "Never mind.",
    "It's LinkedIn, I just want to grow my network. Forget it.",
    "Wow. Don't bother then.",
    "Why does it matter? Just accept or don't.",
    "No reason. Whatever.",
    "I connect with everyone in my industry, no need for an interrogation.",
    "Laisse tomber.",
    "Vergiss es einfach.",
    "Seriously? Who asks that?",
    "k",
]

# Two later rounds, written after the first rules and run before any rule was
# added for them (round two: 7 of 14 right, round three: 9 of 14 right, the
# misses being "no suggestion" except one); kept so the rules added since stay right.
LATER_ROUNDS = [
    ("We both spoke at the ISPE conference in Dublin, I gave the talk after yours.", EXPLAINED),
    ("I am a recruiter at Hays and have a QA manager role that might interest you.", EXPLAINED),
    ("I was at your webinar last week and had a follow up question on CAPA.", EXPLAINED),
    ("Ciao Alice, ci siamo conosciuti al convegno di Milano.", EXPLAINED),
    ("Our kids go to the same school, I think we chatted at the summer fair.", EXPLAINED),
    ("Guten Tag, ich habe Ihren Vortrag in Frankfurt gehört und hätte eine Frage.", EXPLAINED),
    (
        "Thanks for asking. I am moving into pharmacovigilance and your career path is exactly "
        "what I am aiming for, could I pick your brain?",
        EXPLAINED,
    ),
    ("Lo siento, no te conozco, fue un error.", APOLOGISED),
    ("Desculpe, enviei por engano.", APOLOGISED),
    ("Oh dear, that is embarrassing, I confused you with my cousin.", APOLOGISED),
    ("Uit mijn contacten geïmporteerd, excuses, per abuis verstuurd.", APOLOGISED),
    (
        "Sorry, I was connecting with all the speakers from the event list and added you by "
        "accident.",
        APOLOGISED,
    ),
    ("Excuse me? I was being friendly.", CURT),
    ("Not everyone needs a reason to connect. Bye.", CURT),
    ("I think you should be more open minded, LinkedIn is for networking.", CURT),
    ("I don't owe you an explanation.", CURT),
    ("Sure, forget I ever asked.", CURT),
    ("Pfff. Ok.", CURT),
]

# Round four, written later still and run before its rules: 16 of 20 right. The four
# misses ("Fine, I will withdraw it.", "Really? It is just LinkedIn.", a French
# "together", a withdrawal with no apology) led to general rules: taking the
# invitation back counts as an apology only beside one, "together" in any language.
ROUND_FOUR = [
    ("Fine, I will withdraw it.", CURT),
    ("Wow. Most people just click accept.", CURT),
    ("Oh sorry, I meant to invite a different Sam Lee!", APOLOGISED),
    ("Apologies, my phone sent invites to my whole address book.", APOLOGISED),
    (
        "Hi! We were on the same panel at DevOpsDays Sydney last spring, you asked about SLOs. "
        "I run platform at Canva and would love to swap notes.",
        EXPLAINED,
    ),
    (
        "I am hiring a head of data for a fintech in Melbourne and your background fits. "
        "Happy to share the brief.",
        EXPLAINED,
    ),
    ("Never mind then.", CURT),
    ("Really? It is just LinkedIn.", CURT),
    ("Perdón, me equivoqué de persona.", APOLOGISED),
    ("Entschuldigung, falsche Person.", APOLOGISED),
    ("Nous étions ensemble chez Capgemini en 2019, dans l'équipe data.", EXPLAINED),
    ("My mistake, sorry to bother you.", APOLOGISED),
    (
        "Priya Raman suggested I get in touch, she said you are the person to ask about "
        "platform teams.",
        EXPLAINED,
    ),
    ("whatever", CURT),
    ("How rude.", CURT),
    (
        "Sorry for the missing note! We met at the Melbourne AI meetup, I was the one asking "
        "about evals.",
        EXPLAINED,
    ),
    ("Oops, clicked the wrong button. Please ignore.", APOLOGISED),
    ("Sure, no worries, I will remove it.", CURT),
    ("Oh, apologies, I will cancel the invitation right away.", APOLOGISED),
    ("Forget it.", CURT),
]

# Round five, after a review: what people say about a shared context (they run a
# group the user spoke at, the user reviewed their work, a manager sent them), a
# reason given after an apology for the bare invitation, and apologies and
# explanations in Polish, Japanese and Chinese. Each is matched by a rule about
# the kind of phrase, not by its own words.
ROUND_FIVE = [
    ("Hello! I would like to talk to you about a project we are starting in Bristol.", EXPLAINED),
    ("Hi, I'd like to chat about a research project on batch analytics.", EXPLAINED),
    ("I organise the Leeds women in data meetup where you spoke in April.", EXPLAINED),
    ("I co-host the Release Notes podcast and we would like to have you on.", EXPLAINED),
    ("You spoke at our company offsite last autumn, I was in the front row.", EXPLAINED),
    ("You gave a talk at our chapter in Porto and I wanted to follow up.", EXPLAINED),
    ("You reviewed my pull request on the validation library last month.", EXPLAINED),
    ("You mentored me during the graduate scheme in 2019.", EXPLAINED),
    ("My boss thought we should get in touch before the summit.", EXPLAINED),
    ("My manager suggested I reach out, he thinks you could help with our audit.", EXPLAINED),
    (
        "Apologies for sending the invite without a note! I edit a newsletter on QA and "
        "would like to feature your work.",
        EXPLAINED,
    ),
    ("Sorry for the bare invitation. We met at the Basel conference dinner.", EXPLAINED),
    ("Przepraszam, to była pomyłka, chciałem zaprosić kogoś innego.", APOLOGISED),
    ("Przepraszam, kliknąłem przez przypadek.", APOLOGISED),
    ("Dzień dobry, poznaliśmy się na targach w Poznaniu.", EXPLAINED),
    ("申し訳ございません、別の方と間違えて申請してしまいました。", APOLOGISED),
    ("すみません、押し間違えました。", APOLOGISED),
    ("昨年の学会でお会いしました。その節はありがとうございました。", EXPLAINED),
    ("不好意思，我点错了，请忽略。", APOLOGISED),
    ("抱歉打扰，我加错人了。", APOLOGISED),
    ("你好，我们在深圳的技术大会上见过，当时聊了测试自动化。", EXPLAINED),
    ("算了，无所谓。", CURT),
]

# What the rules still get wrong, kept visible rather than deleted: sarcasm has no
# phrase to find.
KNOWN_MISSES = [
    ("You are clearly too important for the rest of us.", CURT),
]

LABELLED = (
    [(text, EXPLAINED) for text in EXPLANATIONS]
    + [(text, APOLOGISED) for text in APOLOGIES]
    + [(text, CURT) for text in CURT_REPLIES]
    + LATER_ROUNDS
    + ROUND_FOUR
    + ROUND_FIVE
)


def _right(cases: list[tuple[str, str]]) -> int:
    return sum(suggest_outcome(text).outcome == expected for text, expected in cases)


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_it_suggests_the_outcome_a_person_would_pick(text: str, expected: str) -> None:
    suggestion = suggest_outcome(text)

    assert suggestion.outcome == expected, (text, suggestion)


def test_overall_accuracy_on_the_answers_written_for_it() -> None:
    right = _right(LABELLED)

    assert right / len(LABELLED) >= 0.9


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_the_phrase_is_a_real_span_of_the_answer(text: str, expected: str) -> None:
    suggestion = suggest_outcome(text)

    assert suggestion.phrase
    assert text[suggestion.start : suggestion.end] == suggestion.phrase


@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_the_known_misses_are_still_missed(text: str, expected: str) -> None:
    # When one starts passing, move it to LATER_ROUNDS so the report stays true.
    assert suggest_outcome(text).outcome != expected


def test_an_apology_for_a_missing_note_with_a_reason_is_an_explanation() -> None:
    suggestion = suggest_outcome("Sorry for not writing a note! We met at the Leeds meetup.")

    assert suggestion.outcome == EXPLAINED
    assert "met at" in suggestion.phrase.lower()


def test_an_apology_for_a_mistake_beats_a_bare_sorry() -> None:
    suggestion = suggest_outcome("Sorry, I sent that to the wrong person.")

    assert suggestion.outcome == APOLOGISED
    assert "wrong person" in suggestion.phrase.lower()


def test_accents_and_case_do_not_hide_a_phrase() -> None:
    plain = suggest_outcome("desole, c'etait une erreur")
    accented = suggest_outcome("DÉSOLÉ, C'ÉTAIT UNE ERREUR")

    assert plain.outcome == accented.outcome == APOLOGISED
    assert accented.phrase.isupper()


def test_a_clear_answer_is_more_confident_than_a_mixed_one() -> None:
    clear = suggest_outcome("Apologies, I sent that invitation by mistake, wrong person.")
    mixed = suggest_outcome("Sorry, wrong person? No wait, we met at the conference.")

    assert clear.confidence > mixed.confidence
    assert 0 < mixed.confidence < 1
    assert clear.confidence <= 1


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_nothing_to_read_gives_no_suggestion(text: str) -> None:
    assert suggest_outcome(text) == Suggestion(outcome="", phrase="", start=0, end=0, confidence=0)


def test_a_long_friendly_answer_with_no_cue_is_not_called_curt() -> None:
    suggestion = suggest_outcome(
        "Thanks for getting back to me, hope your week is going well and the weather is kind."
    )

    assert suggestion.outcome != CURT


@pytest.mark.parametrize(
    "text",
    [
        "我们是在去年的展会上认识的吗",
        "先週のイベントで名刺を交換した者です",
        "谢谢你的邀请，很高兴认识你",
        "ご連絡ありがとうございます、よろしくお願いします",
    ],
)
def test_one_unspaced_sentence_is_not_a_one_word_brush_off(text: str) -> None:
    # Chinese and Japanese put no spaces between words: split() sees "one word".
    assert suggest_outcome(text).outcome != CURT


@pytest.mark.parametrize("text", ["好的", "はい。", "ok", "Pfff. Ok."])
def test_a_truly_short_reply_is_still_curt_in_any_script(text: str) -> None:
    assert suggest_outcome(text).outcome == CURT


def test_three_long_words_are_not_a_brush_off() -> None:
    assert suggest_outcome("Absolutely wonderful, congratulations!").outcome != CURT


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for not adding a note!",
        "Apologies for the late reply.",
        "Sorry for the missing message, ",
    ],
)
def test_an_apology_for_the_invitations_manners_alone_is_no_mistake(text: str) -> None:
    assert suggest_outcome(text).outcome != APOLOGISED


def test_a_mistake_after_an_apology_for_the_note_is_still_a_mistake() -> None:
    suggestion = suggest_outcome("Sorry for the missing note, and sorry: wrong person entirely!")

    assert suggestion.outcome == APOLOGISED
    assert suggestion.phrase == "wrong person"


@pytest.mark.parametrize(
    "answer",
    [
        "I'm the one who ran the hiring clinic at the summit, you gave the keynote.",
        "Our dogs go to the same club on Saturdays, I recognised you there!",
    ],
)
def test_a_sender_who_places_themself_has_explained(answer: str) -> None:
    assert suggest_outcome(answer).outcome == "explained"


def test_being_told_to_go_away_is_curt() -> None:
    assert suggest_outcome("Not sure who you are, leave me alone.").outcome == "curt"
