"""Rules from blind sets 75-78: names typed in a hurry (one letter wrong or a word cut
short), greetings drawn out, investment and romance scams in more languages and
scripts, sellers' prices and last places in more languages, requests for the
recipient's time put formally, put-downs, a friend's party as the place two people met.
Each kind has its near miss beside it. The wordings are new, not the sets' sentences: a
rule must carry over to how the next writer puts it."""

from __future__ import annotations

import pytest

from .helpers import assert_declined_as_pitch, assert_declined_as_spam, rules

# --- names typed in a hurry -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("im a regular at the austin pyhton meetup too, see u there", "shared_group"),
        ("ex-initec here, now at a tiny startup. say hi sometime", "same_organisation"),
        ("worked at southern corss bank before moving to austin, same as u", "same_organisation"),
        ("melb uni alum here!! keen to connect", "alumni"),
        ("grace obrein suggested i reach out to you about on-call", "common_connection"),
    ],
)
def test_a_name_with_one_slip_in_small_letters_still_counts(message: str, reason: str) -> None:
    verdict = rules(message)
    assert verdict.reasons[reason] is True
    assert verdict.queue == "accept"


@pytest.mark.parametrize(
    "message",
    [
        # capitalised, a look-alike is another firm's own name
        "Hi Priya, I run sales at Globe Cloud, the hosting company in Dallas.",
        # two slips, or a one-word name cut short, is another word
        "hi priya, i was at globe clod for a year, u?",
        "hi priya, i write init scripts all day lol. connect?",
        # a slip in a short word is too often another name ("Kim", "Kin")
        "noah kin said you know a lot about platform teams",
    ],
)
def test_look_alikes_and_short_words_are_not_the_profiles_names(message: str) -> None:
    verdict = rules(message)
    assert not any(verdict.reasons[name] for name in ("same_organisation", "common_connection"))
    assert verdict.queue != "accept"


@pytest.mark.parametrize(
    "message",
    ["hiii prii, quick q about SLOs", "heyy priyaa!! long time", "Hi Pryia, hope you're well"],
)
def test_a_drawn_out_greeting_or_a_slip_in_the_first_name_is_personal(message: str) -> None:
    assert rules(message).personal is True


def test_another_name_after_a_greeting_is_not_personal() -> None:
    assert rules("Hi Maya, hope you're well").personal is False


# --- scams in more languages ------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hola, invierte conmigo: 18% semanal garantizado. Escríbeme al WhatsApp.",
        "Здравствуйте! Доход 30% в неделю, подробности пишите в Телеграм.",
        "مرحبا، استثمر معنا واربح 12% شهريا. تواصل عبر واتساب",
        "您好，每月稳定收益8%，加我微信了解详情",
        "안녕하세요, 아름다운 프로필 사진이네요. 왓츠앱으로 연락해요",
        "Sayın Bay, akrabanız size 3 milyon dolarlık bir miras bıraktı.",
        "Could you assist us to release the sum of $1.8m held at the bank?",
        "omg is that u?? bit.ly/x7Qz you're in this video",
        "Your outstanding tax balance must be paid within 72 hours or you will face legal action.",
    ],
)
def test_scams_in_more_languages_and_scripts_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hola Priya, nuestro equipo creció un 20% mensual el año pasado. ¿Charlamos?",
        "Hi Priya, I'm on WhatsApp if that's easier, but here is fine. Loved your KubeCon talk.",
        "Hi Priya, could you help me move my team's services to Kubernetes? Happy to buy lunch.",
        "Hi Priya, you're in this video from the APUG meetup, great question at the end!",
        "Hi Priya, we fixed the outage within 48 hours thanks to your runbook post.",
    ],
)
def test_one_such_sign_alone_is_not_a_scam(message: str) -> None:
    assert rules(message).spam is False


# --- put-downs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Engineers like you are diversity hires, admit it.",
        "Maybe learn to write code before you lecture everyone else.",
        "Your interview process is frankly contemptible.",
        "You personally should be ashamed of that outage.",
        # hurt and curt
        "Thanks for nothing, Priya. Hope someone treats you the same way one day.",
        "Rejected again. Enjoy your 'engineering leadership' career.",
        "Your release broke prod twice this week. Maybe learn to test your code.",
        # contempt for people like the recipient
        "Entitled people like you are why nobody contributes any more.",
        "Your platform broke our release again. Do your job.",
    ],
)
def test_put_downs_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, maybe I should learn Go before my new role starts. Any advice?",
        "Hi Priya, we hire for diversity of background and would love your view on it.",
    ],
)
def test_the_same_words_without_the_put_down_are_not_abuse(message: str) -> None:
    assert rules(message).spam is False


# --- sellers' prices and last places ----------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "hi priya, i redo landing pages for $149, want a look?",
        "Priya, there is a one-time induction fee of EUR 450 for new members.",
        "Dear Priya, I would welcome the chance to schedule a tailored walkthrough for you and "
        "your team.",
        "Hallo Priya, mein Workshop startet im März – nur noch 3 Plätze frei!",
        "Hola Priya, nuestro curso empieza el lunes, solo quedan 5 plazas.",
        "Hallo Priya, unser Standard-Paket gibt es ab 1.200 CHF.",
        "Halo Priya, kami bantu desain logo mulai $20.",
        "Priya様、弊社のサービスを特別価格でご案内します。",
        "Priya님, 수수료는 첫해 연봉의 18%입니다.",
        "Hi Priya, earn 25% recurring commission by referring your network to us.",
        "Priya, business funding with no credit check, approvals in 24h.",
        "Dear Ms Raman, our terms are highly competitive; may I present our retained search "
        "proposition?",
        # selling through the recipient, or to them
        "Priya, we're looking for resellers: 20% recurring commission on every seat you bring.",
        "Hi Priya, refer teams to our uptime tool and earn USD 300 per sign-up.",
        "Hi Priya, could you recommend our incident tool to your engineering managers?",
        "Hi Priya, may I show you how teams like yours halve their cloud bill?",
        "Hi Priya, I'm selling observability licences these days, worth a chat?",
        "Priya, join our podcast! Guests make a contribution of USD 500 to production.",
        # a product shown, packages priced, a viewing booked
        "Hi Priya, I think you'd love to see our log retention dashboard. 15 minutes?",
        "Hi Priya, we make conference swag for meetups. Packages from $400.",
        "Hi Priya, our new offices are next to the station - can I book you a viewing?",
        "안녕하세요 Priya님, 합리적인 비용으로 개발 인력을 지원해 드립니다.",
        # soft sells
        "Hi Priya, we've built something platform teams love for exactly that. 10 minutes?",
        "Hi Priya, check out my new e-book on Kubernetes - a 5-star review would mean a lot!",
        "Priya, I'm representing a principal SRE (ex-Stripe) who is open to a move. Terms "
        "would be our usual 20%.",
        "Hi Priya, we film recruiting videos for tech companies. Could Globex use one?",
        "Hi Priya, my mentor showed me a managed crypto account that pays every week.",
        "Need more leads? 🚀",
        "Hi Priya, could I grab 20 minutes in your diary to demo it?",
        "Dobrý den Priyo, naše pražská firma nabízí vývojáře od 30 EUR/hod.",
        "नमस्ते Priya जी, हम बहुत कम कीमत पर ऐप डेवलपमेंट सेवाएँ देते हैं।",
    ],
)
def test_a_sellers_terms_are_a_pitch(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        (
            "Hi Priya, we run a free bootcamp for young engineers in Austin. Would you consider "
            "volunteering as a mentor this spring?",
            "specific_opportunity",
        ),
        (
            "Dear Ms Raman, my lab studies platform adoption. Might you be open to a short "
            "interview?",
            "specific_opportunity",
        ),
        (
            "Dear Ms Raman, might you consider acting as an expert witness in a patent matter?",
            "specific_opportunity",
        ),
        (
            "Priya, we'd love for you to moderate the closing panel at our platform day in May.",
            "specific_opportunity",
        ),
        (
            "Dear Priya, I would value an hour of your counsel on building a platform team.",
            "specific_opportunity",
        ),
    ],
)
def test_asking_for_the_recipients_time_is_an_opportunity_not_a_pitch(
    message: str, reason: str
) -> None:
    verdict = rules(message)
    assert verdict.reasons[reason] is True
    assert verdict.pitch is False
    assert verdict.queue == "accept"


# --- meetings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya! You were the one with the sourdough at Lena's housewarming.",
        "Hoi Priya, dank voor het prettige Teams-gesprek gisteren!",
        # Hebrew, Russian, Dutch
        "היי Priya, נפגשנו בכנס בתל אביב בשנה שעברה.",
        "Привет, Priya! Мы познакомились на конференции в Берлине.",
        "Hoi Priya, fijn dat je vorige week tijd had om te bellen.",
        # a Zoom call in Hebrew, Hungarian, Korean, a lift given
        "היי Priya, תודה על שיחת הזום אתמול!",
        "Szia Priya! Nagyon jó volt beszélgetni veled a konferencián.",
        "Priya님, 지난주 모임에서 만나서 반가웠어요!",
        "Cheers for the lift to the airport, Priya!",
    ],
)
def test_a_friends_party_or_a_call_is_a_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


def test_a_wish_to_meet_is_not_a_meeting() -> None:
    verdict = rules("We have 40 mutual connections, Priya! About time we met properly.")
    assert verdict.reasons["met_in_person"] is False
    assert verdict.queue == "query"


# --- an organisation in other languages' grammar; an acronym that is another body's ----------


@pytest.mark.parametrize(
    "message",
    [
        "Merhaba Priya, Initech'te iki yıl platform ekibinde çalıştım. Bağlantıda kalalım!",
        "Priya你好，我是以前Globex云平台组的同事，很高兴在这里遇到你。",
        "Priyaさん、Initech時代にお世話になった田中です。",
        "Priya님, 저도 Initech에서 일했어요. 반갑습니다!",
        # worked together, in Swedish, Arabic, Korean
        "Hej Priya! Vi jobbade ihop på Initech i två år.",
        "مرحبا Priya، عملنا معاً في Initech قبل سنوات.",
        "Priya님, 예전에 Initech 플랫폼 조직에서 같이 일했던 박민수입니다.",
    ],
)
def test_working_at_the_organisation_in_other_languages_is_same_organisation(
    message: str,
) -> None:
    verdict = rules(message)
    assert verdict.reasons["same_organisation"] is True
    assert verdict.queue == "accept"


def test_an_acronym_after_the_words_it_spells_is_that_bodys() -> None:
    assert rules("", "Inspector, State Compliance Board (SCB)").queue == "query"
    assert rules("", "Credit Analyst, Southern Cross Bank (SCB)").queue == "accept"
    assert rules("", "Credit Analyst, SCB").queue == "accept"


def test_an_inheritance_of_millions_in_arabic_is_a_scam() -> None:
    assert_declined_as_spam("عزيزي، ترك لك قريبك إرثاً بقيمة 5 مليون دولار.")


# --- from blind81: the pitch and opportunity boundary -----------------------------------------


def test_a_fee_paid_to_the_recipient_is_no_pitch() -> None:
    verdict = rules(
        "Hi Priya, a client of ours would like a one-hour paid consultation on platform teams. "
        "The fee is USD 700. Could I send details?"
    )
    assert verdict.pitch is False
    assert verdict.reasons["specific_opportunity"] is True
    assert verdict.queue == "accept"


def test_a_paid_bootcamp_sold_to_the_recipient_is_still_a_pitch() -> None:
    assert rules("Hi Priya, we run a paid interview-prep bootcamp, 25% off this month.").pitch


def test_an_event_held_at_the_school_is_no_claim_to_have_studied_there() -> None:
    verdict = rules("Priya, great to chat at the UT Austin careers fair last week!")
    assert verdict.reasons["alumni"] is False
    assert verdict.reasons["met_in_person"] is True
    assert rules("Priya, fellow UT Austin alum - great to chat at the alumni dinner!").reasons[
        "alumni"
    ]


def test_the_stock_note_in_russian_is_generic() -> None:
    verdict = rules("Хочу добавить вас в свою профессиональную сеть в LinkedIn.")
    assert verdict.generic is True
    assert verdict.queue == "query"


# --- from blind79-82: evidence easy to misread -------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'm practically a UT Austin alum, I've been to every home game since 2010.",
        "Hi Priya, I'm an honorary Globex alumna: my brother has worked there for years.",
        "Hi Priya, saw KCL on your profile and had to smile, it's my lab's favourite salt.",
        "Hi Priya, I'm in APUG too! (the Amateur Pottery Users Guild, not the Python one)",
        "Hi Priya, UT grad here as well - the University of Tulsa, that is.",
        "Hi Priya, I live right by the UT Austin campus, so we're practically neighbours.",
        "Hi Priya, we run bootcamps with students from UT Austin. Would Globex host one?",
        "Thanks for hosting us at the Globex office yesterday, Priya, a great visit.",
    ],
)
def test_an_affiliation_in_jest_the_recipients_or_another_bodys_is_no_reason(
    message: str,
) -> None:
    verdict = rules(message)
    assert not any(
        verdict.reasons[name] for name in ("alumni", "same_organisation", "shared_group")
    )


def test_sharing_what_was_seen_on_the_profile_is_still_a_claim() -> None:
    verdict = rules("Spotted UT Austin on your profile - I did my MSc there too.")
    assert verdict.reasons["alumni"] is True


def test_a_chapter_of_the_group_is_the_group() -> None:
    assert rules("Hi Priya, I run the APUG Round Rock chapter these days.").reasons["shared_group"]


def test_a_czech_greeting_with_the_vocative_is_personal() -> None:
    assert rules("Ahoj Priyo, rád bych se spojil.").personal is True


def test_a_meeting_guessed_at_is_not_a_meeting() -> None:
    verdict = rules("Hi Priya, we must have crossed paths at KubeCon at some point!")
    assert verdict.reasons["met_in_person"] is False
    assert rules("Hi Priya, we crossed paths at KubeCon last year!").reasons["met_in_person"]


# --- from blind83-86: the decline boundary, and more languages ---------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, we'd like to book you for a paid keynote at our Denver summit. The fee is "
        "USD 6,000 plus travel.",
        "Hi Priya, an investor client wants 30 minutes on platform teams. Paid at $450.",
        "Hi Priya, a fund wants a call on developer tooling. Compensation is $300/hr.",
        "Priya, our agency would like a referral arrangement with you: no fees in either "
        "direction.",
        "Priya. Not a sales note - I'm hiring you. Head of Platform, Series C, remote.",
    ],
)
def test_money_that_goes_to_the_recipient_is_no_pitch(message: str) -> None:
    verdict = rules(message)
    assert verdict.pitch is False
    assert verdict.queue != "decline"


def test_the_service_catalog_the_recipients_team_runs_is_no_pitch() -> None:
    verdict = rules("Hi Priya, we're moving to Backstage. How did you build the service catalog?")
    assert verdict.pitch is False
    assert rules("Hi Priya, can I email you our catalogue of cables?").pitch is True


@pytest.mark.parametrize(
    "message",
    [
        "Priya, your team's migration broke our pipeline for a week. Do better.",
        "Priya, I see you had time to post about mentoring but not to reply to me. Must be nice.",
        "Managers like you ghost people for a living.",
        "Congratulations, you're hired! Please pay the $150 equipment deposit to start.",
        "Dear friend, I am a widow with little time left and wish to leave $2M to a "
        "trustworthy person.",
        "Вітаю! Інвестуйте в наш фонд - гарантовано 10% на тиждень. Пишіть у Telegram.",
    ],
)
def test_parting_shots_and_scams_decline(message: str) -> None:
    assert_declined_as_spam(message)


def test_a_generated_acronym_needs_the_groups_context() -> None:
    # "APM" is made from Austin Python Meetup; it is also a kind of monitoring product.
    assert rules("Hi Priya, is Globex happy with its APM vendor?").reasons["shared_group"] is False
    assert rules("Hi Priya, see you at the next APM meetup!").reasons["shared_group"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Ciao Priya, posso farti due domande sul tuo team di piattaforma?",
        "Priyaさん、プラットフォームの立ち上げについてご相談させてください。",
    ],
)
def test_more_questions_about_the_recipients_work(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Я хотіла б додати вас до своєї професійної мережі в LinkedIn.",
        "Szia Priya! Szeretnélek felvenni a szakmai kapcsolataim közé a LinkedInen.",
    ],
)
def test_more_stock_notes(message: str) -> None:
    assert rules(message).generic is True


def test_greeted_by_surname_alone_is_personal() -> None:
    assert rules("oi raman, still alive? pub?").personal is True


def test_our_platform_lets_your_firm_do_it_is_a_pitch() -> None:
    assert_declined_as_pitch("Priya, our payroll platform lets Globex hire in 60 countries.")
    assert (
        rules("Priya, our platform team lets anyone deploy on Fridays - how does yours?").pitch
        is False
    )
