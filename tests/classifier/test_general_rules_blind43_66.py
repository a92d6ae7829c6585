"""Rules from blind sets 43-66: abuse aimed at the recipient, threats and advances,
romance, phishing, job and fee scams, sellers' terms in more languages, meetings and
calls in more languages, an organisation's offices, affiliations denied, taken back or
someone else's, study in more words, stock notes in more wordings. Each kind has its
near miss beside it. The wordings are new, not the sets' sentences: a rule must carry
over to how the next writer puts it."""

from __future__ import annotations

import pytest

from .helpers import assert_declined_as_spam, judge, rules

# --- abuse ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Recruiters like you ruin people's careers.",
        "Managers like you are the reason this whole industry is broken.",
        "Thanks for nothing, you greedy fraud.",
        "Your 'mentoring circle' is a racket for people who never shipped anything.",
        "Platform engineering advice from you? Laughable.",
        "Stop posting your AI nonsense. Nobody cares.",
        "Priya, you should be ashamed after what your team did to us.",
        "Your platform talk is a grift and so are you.",
        "Priya aap jaise managers bekaar log hain.",
        "Priya, you are a terrible manager and everyone on your team knows it.",
        "Go back to consulting, you vulture.",
        "Your incident review process is a joke and so is your team.",
        "You should never be managing people. Resign.",
        "Eres una fraude, Priya. Tus charlas no valen nada.",
        "Du bist eine Betrügerin und deine Vorträge sind das Letzte.",
    ],
)
def test_abuse_aimed_at_the_recipient_declines(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, people like you are the reason I moved into platform work. Thank you!",
        "Hi Priya, nobody cares more about on-call health than you do, it shows in your posts.",
        "Hi Priya, your nonsense-free writing on incident reviews is a joy to read.",
        "Hi Priya, I'm ashamed to say I only just found your blog. Great series on SLOs.",
        "Hi Priya, is a tennis racket a fair trade for a coffee chat about Kubernetes?",
        "Hi Priya, thank you fraud team volunteers for the APUG talk on payments security!",
        "Hi Priya, Noah says you are a terrific manager. Could I ask about your on-call rota?",
        "Hola Priya, eres una referente para mí en ingeniería de plataformas.",
    ],
)
def test_warm_or_harmless_words_near_them_are_not_abuse(message: str) -> None:
    assert rules(message).spam is False


# --- scams ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        # romance: a pet-name greeting, or a uniform abroad and a private channel
        "Hello gorgeous, I could not stop looking at your photo.",
        "Hi there, I am a navy engineer on deployment overseas. Can we chat privately?",
        "Good day dear, I'm a widowed surgeon on a peace mission. Write me at my private email.",
        # phishing and fees
        "We noticed unusual login activity on your account. Reset your password at once.",
        "Congratulations on the offer! Pay £90 for the background check to proceed.",
        "Make $450 per day from your phone, no experience required.",
        "Session expired. Re-authenticate your account at globex-sso.site to avoid lockout.",
        "Priya, to see the offer letter, sign in with your Microsoft credentials at the link.",
        "Welcome aboard! Buy the work laptop from our approved vendor; we refund you next month.",
        "Dear Madam, I bring a confidential business proposal worth US$8.2M. Reply for details.",
        "Hola guapa, vi tu foto y me encantó tu sonrisa. Escríbeme por WhatsApp.",
    ],
)
def test_romance_phishing_and_fee_scams_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I served as a navy engineer on deployment before moving into SRE work.",
        "Hi Priya, our firm will pay for the background check and your travel to Austin.",
        "Hi Priya, your post on password reset flows was excellent.",
        "Hi Priya, beautiful talk at KubeCon on cluster upgrades.",
    ],
)
def test_their_near_misses_are_not_scams(message: str) -> None:
    assert rules(message).spam is False


# --- met in person, in more languages ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hola Priya, gracias por la videollamada de ayer sobre la migración.",
        "Ciao Priya, grazie per la call di stamattina, ti mando le slide.",
        "Ciao Priya, piacere di averti conosciuta al meetup di Torino.",
        "Hallo Priya, danke nochmals für das Telefonat gestern.",
        "Hallo Priya, wir haben letzte Woche beim Abendessen der Konferenz kurz gesprochen.",
        "Halo Priya, kita sempat ngobrol di acara makan siang kemarin.",
        "Habari Priya, tulikutana kwenye kongamano la teknolojia mwaka jana.",
        "Priya您好，在大会上认识您很高兴！",
    ],
)
def test_a_meeting_or_call_in_other_languages_is_met_in_person(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Hola Priya, me encantaría una llamada contigo el martes.",
        "Ciao Priya, vorrei fare una call con te la prossima settimana.",
        "Hallo Priya, wir haben noch nie miteinander gesprochen, aber ich lese Ihre Beiträge.",
        "Halo Priya, semoga kita bisa ketemu di acara berikutnya.",
    ],
)
def test_a_call_or_meeting_only_wished_for_is_not(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is False


# --- an affiliation the sender says they do not share -------------------------------------------


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Hi Priya, I didn't study at KCL myself, but I hire plenty of its grads.", "alumni"),
        ("Hi Priya, I never went to UT, but I've lived in Austin for years.", "alumni"),
        ("Hi Priya, I did not attend UniMelb; I was at RMIT.", "alumni"),
        ("Hi Priya, I was never at Initech, though I interviewed there.", "same_organisation"),
        ("Hi Priya, I never worked at Globex, but I know its platform team.", "same_organisation"),
    ],
)
def test_an_affiliation_the_sender_denies_is_not_a_reason(message: str, reason: str) -> None:
    verdict = judge(message)
    assert verdict.reasons[reason] is False
    assert verdict.queue == "query"


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, not at Initech any more, but we shared the on-call rota there in 2019.",
        "Hi Priya, no longer at Initech - I left in 2021 - but I remember your capacity talks.",
        "Hi Priya, I didn't stay long at Initech, but we overlapped on the storage team.",
    ],
)
def test_having_left_is_still_having_been_there(message: str) -> None:
    assert judge(message).reasons["same_organisation"] is True


# --- threats and advances ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Keep ignoring my messages and see what happens. I know which gym you go to.",
        "Reject my pull request again and I'll post your home address.",
        "You blocked me everywhere else, so I'll find you here.",
        "priya u r so hot, r u married? dont ignore me",
        "you look great in your profile picture, send me a pic of you at the beach",
    ],
)
def test_threats_and_advances_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, keep shipping those platform posts and see what happens to your follower count!",
        "Hi Priya, could you send me a photo of the APUG meetup whiteboard? I missed that part.",
        "Hi Priya, I know where you got that rollout idea - the SRE book! Loved your take on it.",
    ],
)
def test_their_near_misses_are_not_threats(message: str) -> None:
    assert rules(message).spam is False


# --- an organisation's office, a move into it, and what is not a claim -------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya! Initech Round Rock office, 2016 - I sat behind you on the storage desk.",
        "Priya, Southern Cross Sydney branch days! Hope you're well.",
        "Hi Priya, I just transferred to the Globex Dublin office from London. Say hi!",
        "Hi Priya, we crossed paths at Initech a while back, I was in billing.",
    ],
)
def test_an_office_of_the_organisation_or_a_move_into_it_is_same_organisation(message: str) -> None:
    assert rules(message).reasons["same_organisation"] is True


@pytest.mark.parametrize(
    "message",
    [
        # someone else's firm, the recipient's office toured, what was effective there
        "Hi Priya, Southern Cross Realty Group here - we manage offices near yours.",
        "Hi Priya, thanks for the tour of the Globex Austin office on Tuesday!",
        "Hi Priya, I'd love to hear what worked for Globex when you moved to Backstage.",
        "Hi Priya, I have two senior SREs (ex-Initech) available now. 20% fee on placement.",
        "Hi Priya, I might join Austin Python later this year. Connecting meanwhile!",
    ],
)
def test_near_misses_of_a_claim_are_not_one(message: str) -> None:
    verdict = rules(message)
    assert verdict.reasons["same_organisation"] is False
    assert verdict.reasons["shared_group"] is False


def test_crossing_paths_at_a_firm_back_then_is_not_a_meeting() -> None:
    assert (
        rules("Hi Priya, we crossed paths at Acme back in the day!").reasons["met_in_person"]
        is False
    )
    assert rules("Hi Priya, we crossed paths at the APUG social!").reasons["met_in_person"] is True


# --- study there: a year of study, a degree beside the school, not staff ------------------------


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("hi priya, utexas freshman here, could I ask about SRE internships?", ""),
        ("Hi Priya, second-year at KCL here, loved your talk.", ""),
        (
            "Hi Priya, I'd like to add you to my professional network.",
            "Data Engineer | UT Austin MS",
        ),
        ("Hi Priya!", "Undergrad, King's College London"),
    ],
)
def test_a_year_of_study_or_a_degree_beside_the_school_is_alumni(
    message: str, headline: str
) -> None:
    assert rules(message, headline).reasons["alumni"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I run the careers programme at KCL and would love you to speak to students.",
        "Hi Priya, I work in the UniMelb alumni office and we are planning a Texas event.",
    ],
)
def test_running_a_school_programme_is_working_there_not_studying(message: str) -> None:
    assert rules(message).reasons["alumni"] is False


def test_a_state_abbreviation_away_from_the_school_is_not_a_degree() -> None:
    headline = "Teacher, Jackson MS | UT Austin fan"
    assert rules("Hi Priya!", headline).reasons["alumni"] is False


# --- asks in more words and languages ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'm hosting six platform leads for dinner in May. Would you like a seat?",
        "Hola Priya, ¿te gustaría ser mentora en nuestro taller de Terraform?",
        "Hola Priya, ¿podrías contarme cómo migraron a Argo CD?",
        "Hallo Frau Raman, hätten Sie nächste Woche Zeit für ein kurzes Interview?",
        "Hi Priya, we're picking a service mesh and I'd love a candid practitioner view.",
    ],
)
def test_a_concrete_ask_is_a_specific_opportunity(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


# --- stock notes in more wordings -------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya Raman, I would like to connect with you.",
        "Hi Priya, please accept my invitation to connect.",
        "Olá Priya! Quero adicionar você à minha rede profissional no LinkedIn.",
        "Hola, quisiera sumarte a mi red de contactos en LinkedIn.",
        "Guten Tag, ich würde Sie gern als Kontakt auf LinkedIn hinzufügen.",
        "Hej Priya! Jag skulle vilja lägga till dig i mitt professionella nätverk på LinkedIn.",
        "Habari Priya, ningependa kukuongeza kwenye mtandao wangu wa kitaaluma kwenye LinkedIn.",
        "Hallo Priya, graag voeg ik je toe aan mijn professionele netwerk op LinkedIn. Groet, Sam",
    ],
)
def test_stock_notes_in_more_wordings_are_generic(message: str) -> None:
    verdict = rules(message)
    assert verdict.generic is True
    assert verdict.queue == "query"


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'd like to connect - your Backstage posts taught me a lot.",
        "Let's connect and grow together!",
        "Hola Priya, quiero que me cuentes cómo migraron a Argo CD.",
    ],
)
def test_a_note_that_says_more_is_not_stock(message: str) -> None:
    assert rules(message).generic is False


# --- from blind55-58: more abuse, scams and sellers' terms, a claim taken back -----------------


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for the rejection, you corporate puppet.",
        "stop connecting w everyone u fraud",
        "managers r parasites. hope u get fired",
        "globex is a joke and so r u",
        "Your platform group is a dumpster fire and everyone knows it.",
        "Ghosted after four rounds. Disgusting behaviour.",
        "Priya, your SRE team broke prod again. Incompetent, the lot of you.",
        "Dear Priya, a $2.3M sum is pending in your name. Send details to release the funds.",
        "hello dear, how r u today? i am new here and looking for friendship",
        "Priya ji, ghar baithe 40,000 monthly kamaye, WhatsApp karo.",
    ],
)
def test_more_abuse_and_scams_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, thank you fraud team leads for the APUG session on payment risk!",
        "Hi Priya, our old deploy pipeline was a dumpster fire until I read your post.",
        "Hi Priya, how are you doing with the Backstage migration? Could I ask about plugins?",
    ],
)
def test_their_near_misses_are_not_abuse_or_scams(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, we charge 12% of first-year salary - shall I send over CVs?",
        "Hi Priya, we host clusters at 40% below market rates. Can I quote for Globex?",
        "Hi Priya, there is a small investment of $500 to feature you on our podcast.",
        "Hola Priya, vendemos licencias de Kubernetes con descuento.",
        "Hola Priya, paquetes de patrocinio desde USD 2.000 para nuestro congreso.",
    ],
)
def test_sellers_terms_are_a_pitch(message: str) -> None:
    assert rules(message).pitch is True


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Hi Priya, fellow KCL alum... just kidding, I went to Leeds!", "alumni"),
        ("Hi Priya, we met at KubeCon... only joking, but I loved your talk.", "met_in_person"),
    ],
)
def test_a_claim_taken_back_is_not_a_reason(message: str, reason: str) -> None:
    assert rules(message).reasons[reason] is False


def test_a_claim_not_taken_back_stands() -> None:
    message = "Hi Priya, we met at KubeCon - kidding aside, your talk was the best of the day."
    assert rules(message).reasons["met_in_person"] is True


# --- from the labelled sets' remaining declines ------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya, your outage cost us a day. You should be fired.",
        "Rejected without an interview. You engineers are all clueless.",
        "Your platform advice cost us months. Total fraud.",
        "Typical arrogant manager, hope you enjoy your bonus.",
        "women shouldn't be running platform teams",
        "You'd look better if you smiled more, sweetheart.",
        "you ghosted me twice. i know where your office is",
        "Your quarterly review is ready. Log in here to view it: globex-hr-docs.net",
        "Please install our assessment app from this link to continue your application.",
        "Crypto fund with guaranteed returns of 20% a month. DM me.",
        "Hola, inversión con rentabilidad garantizada del 10% mensual.",
        "I need your help to transfer $9.5M, you get 35%.",
        "Claim your free Premium upgrade gift before midnight!",
        "Priya你好，我们招聘兼职，日赚200美元。",
    ],
)
def test_remaining_kinds_of_abuse_and_scam_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, our returns pipeline has guaranteed delivery SLAs - how do you test yours?",
        "Hi Priya, women should be running more platform teams - loved your talk on it!",
        "Hi Priya, I know where you got that idea: the Google SRE book. Great post!",
        "Hi Priya, you get 20% off APUG tickets with the member code, by the way.",
    ],
)
def test_their_near_misses_are_not_declined(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    "message",
    [
        "Hi Sue, we help coaches get more clients: 获取更多客户 with our ads.",
        "வணக்கம் Priya, எங்கள் நிறுவனம் குறைந்த விலையில் cloud சேவை வழங்குகிறது.",
    ],
)
def test_sellers_in_chinese_and_tamil_pitch(message: str) -> None:
    assert rules(message).pitch is True


@pytest.mark.parametrize(
    "message",
    [
        "Priya, it's your CFO, stuck in meetings. Pick up three gift cards and text me the codes.",
        "FREE iPhone for LinkedIn members today only!",
        "Your Globex password expires today. Re-verify at globex-login-help.net",
        "Buy the work laptop from our vendor first; you will be reimbursed.",
        "Fourth invite, Priya. I'll keep sending these until you answer.",
        "Priya, you spineless backstabber.",
        "Nice grift, Priya.",
        "Your meetup is a clown show and so are you.",
    ],
)
def test_more_scams_and_harassment_decline(message: str) -> None:
    assert_declined_as_spam(message)


def test_a_show_praised_beside_the_recipient_is_not_abuse() -> None:
    message = "Hi Priya, the APUG show-and-tell was great last week, and so are your slides!"
    assert rules(message).spam is False


def test_after_our_sessions_is_a_meeting() -> None:
    message = "Hi Priya, after our two mentoring sessions at APUG I wanted to say thanks."
    assert rules(message).reasons["met_in_person"] is True


# --- from blind64-66 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "reason", "expected"),
    [
        ("Hi Priya, we were on the same breakout table at APUG!", "met_in_person", True),
        ("Hi Priya, my manager used to work at Initech. Connect?", "same_organisation", False),
        ("Hi Priya, my manager and I both worked at Initech!", "same_organisation", True),
        (
            "Hi Priya, I did time at Initech (2015-17, billing). Small world!",
            "same_organisation",
            True,
        ),
        (
            "Hi Priya, I spent three years at Initech on the storage team.",
            "same_organisation",
            True,
        ),
        ("Chào chị Priya, em là cựu sinh viên KCL ạ.", "alumni", True),
    ],
)
def test_more_ways_of_saying_a_reason_or_not(message: str, reason: str, expected: bool) -> None:
    assert rules(message).reasons[reason] is expected


@pytest.mark.parametrize(
    "message",
    [
        "Ghosted again. You people are the worst.",
        "Your coaching is a pyramid scheme and you're at the top.",
        "Managers like you are why this industry is going down the drain.",
    ],
)
def test_more_abuse_declines(message: str) -> None:
    assert rules(message).queue == "decline"


def test_a_free_trial_in_indonesian_is_a_pitch() -> None:
    assert rules("Halo Priya, kami bantu tim platform. Mau coba gratis selama 2 minggu?").pitch


def test_someone_else_from_our_days_there_includes_the_sender() -> None:
    message = "Hi Priya, Noah Kim is my old flatmate from our KCL days and said we should connect."
    assert rules(message).reasons["alumni"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Priya Raman is a fraud. Everyone should know.",
        "Priya, you got that EM role because of who you know, not what you know.",
        "hey there, bored tonight? see my profile for private pics",
    ],
)
def test_a_named_fraud_a_job_got_because_of_and_private_pics_decline(message: str) -> None:
    assert rules(message).queue == "decline"


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, our new system is a fraud alert engine - could I ask how you scale yours?",
        "Hi Priya, I got the platform role because of your blog post on interviews - thank you!",
    ],
)
def test_their_near_misses_do_not(message: str) -> None:
    assert rules(message).spam is False
