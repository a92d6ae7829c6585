"""Suggest what a sender's answer to "how are we connected?" means, for the user to confirm.

Pure Python, no Django: a weighted set of phrase rules in several languages.
Each rule votes for one outcome; the outcome with most weight wins, the
heaviest phrase that voted for it is shown as the evidence, and the
confidence falls when another outcome also got votes. A bare "sorry" weighs
little because people apologise for a missing note and then explain; "wrong
person" or "by mistake" weighs a lot.

Text is matched case- and accent-insensitively ("desole" finds "DÉSOLÉ"),
and the phrase returned is the original text, so the page can quote it.
Chinese and Japanese have no spaces between words, so their phrases are
matched without word boundaries, and a reply is "short" by its characters as
well as its words: one unspaced sentence is not a one-word brush-off.

An apology for the invitation's manners (no note, a late answer) is not an
apology for a mistake: it is blanked out before the rules vote, so the
reason that usually follows it decides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

EXPLAINED = "explained"
APOLOGISED = "apologised"
CURT = "curt"
OUTCOMES = (EXPLAINED, APOLOGISED, CURT)

# A reply this short with no other cue is a brush-off ("k", "ok.", "Fine."): at most
# this many words, and this many characters, so three long words are no brush-off.
SHORT_ANSWER_WORDS = 3
SHORT_ANSWER_CHARS = 24
SHORT_ANSWER_WEIGHT = 2
# Chinese and Japanese words are one to three characters; two is a fair average.
CJK_CHARS_PER_WORD = 2
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Suggestion:
    outcome: str  # one of OUTCOMES, or "" when the answer gives no clue
    phrase: str
    start: int
    end: int
    confidence: float  # 0..1


NO_SUGGESTION = Suggestion(outcome="", phrase="", start=0, end=0, confidence=0.0)


# (outcome, weight, pattern); patterns are written for casefolded text without accents.
_RULES: list[tuple[str, int, str]] = [
    # A real explanation: how they know the user, or what they want from them.
    (
        EXPLAINED,
        3,
        r"(?:we )?(?:first )?met (?:you |each other )?(?:at|in|during|on|through|via)\b"
        r"|we (?:first )?met\b",
    ),
    (EXPLAINED, 3, r"(?:nice|great|good|lovely) (?:meeting|to meet|chatting|talking)"),
    (EXPLAINED, 2, r"we (?:spoke|talked|chatted)\b"),
    (
        EXPLAINED,
        3,
        r"we (?:worked|work|studied|were|are) (?:together|both|on the same|in the same"
        r"|at the same)",
    ),
    (EXPLAINED, 3, r"(?:i|we) (?:work|worked|am working|used to work) (?:at|for|in|with)\b"),
    (
        EXPLAINED,
        3,
        r"(?:former|old|ex-?) ?(?:colleague|classmate|coworker|co-worker|teammate|student)s?",
    ),
    (EXPLAINED, 2, r"colleague|classmate|coworker|teammate"),
    (
        EXPLAINED,
        3,
        r"(?:suggested|recommended|introduced|referred)\b|(?:he|she|they) (?:said|told me)\b",
    ),
    (EXPLAINED, 3, r"mutual (?:friend|contact|colleague|acquaintance)"),
    (
        EXPLAINED,
        3,
        r"i(?:'m| am) (?:hiring|recruiting|looking for|organi[sz]ing|writing|building"
        r"|working on|researching|putting together|planning)\b",
    ),
    (
        EXPLAINED,
        3,
        r"(?:would love|i'd love|wanted|want|hoping|hope) to (?:ask|chat|talk|invite|discuss"
        r"|speak|learn|hear|collaborate|introduce)\b",
    ),
    (
        EXPLAINED,
        3,
        r"(?:read|saw|seen|watched|heard|enjoyed|liked|follow) your (?:article|post|talk"
        r"|paper|presentation|book|work|comment|podcast|webinar|research|blog)",
    ),
    (EXPLAINED, 3, r"(?:studied|graduated) (?:at|from|together|with)\b|alumn(?:us|a|i|ae)\b"),
    (EXPLAINED, 2, r"class of \d{2,4}"),
    # the sender places themself: "I'm the one who organised...", "you gave the talk"
    (EXPLAINED, 2, r"i(?:'m| am| was) the (?:one|person|guy|woman|man) (?:who|that)\b"),
    (EXPLAINED, 2, r"you (?:gave|ran|hosted|chaired|led) (?:the|a|our|that) \w+"),
    (
        EXPLAINED,
        2,
        r"(?:same|your) (?:class|street|building|gym|club|neighbourhood|neighborhood)\b",
    ),
    (EXPLAINED, 1, r"recogni[sz]ed you\b"),
    (
        EXPLAINED,
        2,
        r"(?:same|your) (?:team|company|group|school|university|department|panel|project"
        r"|conference|event|course|programme|program|lab)\b",
    ),
    (
        EXPLAINED,
        2,
        r"(?:your|the|a) (?:role|position|job|vacancy|opening|opportunity|partnership"
        r"|collaboration)\b",
    ),
    (EXPLAINED, 2, r"(?:about|regarding|re) your\b|reaching out (?:about|because|regarding)"),
    (EXPLAINED, 2, r"would you be (?:open|interested|available)|the person to (?:talk|speak|ask)"),
    (EXPLAINED, 1, r"because\b"),
    (EXPLAINED, 3, r"we both (?:spoke|attended|presented|work|worked|studied|were|are|know)\b"),
    (
        EXPLAINED,
        2,
        r"i(?:'m| am) (?:a|an|the) (?:\w+ ){0,3}(?:at|for|with|from)\b"
        r"|(?:role|position|vacancy|opening)s?\b",
    ),
    (
        EXPLAINED,
        3,
        r"(?:was|were|attended) (?:at )?your (?:webinar|talk|session|workshop|course|lecture"
        r"|presentation|class)|(?:a|one|some|my) (?:follow[- ]up )?questions? (?:on|about|for)\b",
    ),
    (
        EXPLAINED,
        3,
        r"(?:would|i'd|we'd) like to (?:ask|chat|talk|invite|discuss|speak|learn|hear"
        r"|collaborate|introduce|meet|interview|feature|partner|offer|share|propose|work)\b",
    ),
    (EXPLAINED, 2, r"(?:a|an|our|my|the|new|your) (?:[\w-]+ ){0,2}?project\b"),
    # They run something the user took part in, or the user did something for them.
    (
        EXPLAINED,
        3,
        r"(?:i|we) (?:run|organi[sz]e|co-?organi[sz]e|lead|host|co-?host|chair|moderate"
        r"|coordinate|curate|founded|started|edit) (?:(?:the|a|an|our|my|this) )?"
        r"(?:[\w'&-]+ ){0,4}?(?:group|meetup|community|club|podcast|conference|event|network"
        r"|forum|society|association|newsletter|series|chapter|circle|summit|show|channel)s?\b",
    ),
    (
        EXPLAINED,
        3,
        r"you (?:spoke|presented|talked|gave (?:a|the|your) (?:talk|keynote|presentation"
        r"|workshop|lecture)|were (?:a |the )?(?:speaker|panel+ist|guest|judge|mentor))"
        r" (?:at|to|for|in|on|with)\b",
    ),
    (
        EXPLAINED,
        3,
        r"you (?:reviewed|mentored|interviewed|taught|supervised|coached|advised|examined"
        r"|assessed|judged|hired|trained|onboarded|edited|marked|graded|refereed|tutored)"
        r" (?:me|my|us|our)\b",
    ),
    # Someone else thought they should talk: a manager, a colleague, a friend.
    (
        EXPLAINED,
        3,
        r"(?:thought|think|thinks|said|suggested|felt|mentioned) (?:that )?(?:we|you and i|i)"
        r" (?:should|could|might|ought to) (?:talk|chat|speak|meet|connect|get in touch)",
    ),
    (
        EXPLAINED,
        3,
        r"(?:my|our) (?:manager|boss|team ?lead|director|mentor|professor|supervisor|lecturer"
        r"|tutor|co-?founder|colleague|friend) (?:[\w'-]+ ){0,6}?(?:asked|told|wanted"
        r"|suggested|recommended|mentioned|said|thought|pointed)\b",
    ),
    # ... in other languages.
    (EXPLAINED, 3, r"nos conocimos|nos conhecemos|ci siamo conosciuti|coincidimos"),
    (
        EXPLAINED,
        3,
        r"(?:poznali|spotkali|widzieli)(?:śmy|ście) się|(?:pracowali|studiowali|rozmawiali)"
        r"(?:śmy|ście)\b",
    ),
    (EXPLAINED, 3, r"(?:trabajamos|estudiamos|trabalhamos|estudamos) juntos"),
    (EXPLAINED, 3, r"abbiamo (?:lavorato|studiato) insieme"),
    (EXPLAINED, 3, r"(?:nous nous sommes|on s'est) (?:rencontres?|croises?|vus)"),
    (EXPLAINED, 3, r"(?:nous avons|on a|j'ai) (?:travaille|etudie)\b"),
    (EXPLAINED, 3, r"je travaille (?:chez|a|pour|dans)\b|rencontres? (?:a|lors)\b"),
    (EXPLAINED, 2, r"collegue|companer[oa]|compagn[oa] di|collega"),
    (EXPLAINED, 3, r"kennengelernt|getroffen\b|(?:zusammen|gemeinsam) (?:gearbeitet|studiert)"),
    (EXPLAINED, 3, r"ich arbeite (?:bei|fur|an|im)\b|kolleg(?:e|in|en)\b"),
    (EXPLAINED, 3, r"(?:ihren|deinen) (?:vortrag|artikel|beitrag)|eine frage (?:zu|zum|zur|an)\b"),
    (EXPLAINED, 2, r"(?:hatte|habe) eine frage|pick your brain|your (?:career|experience|advice)"),
    (EXPLAINED, 3, r"elkaar (?:ontmoet|gesproken)|samen (?:gewerkt|gestudeerd)"),
    # "Together" in any of the languages: people say where they overlapped.
    (
        EXPLAINED,
        2,
        r"(?:were|was|worked|studied|played|volunteered) together\b"
        r"|ensemble\b|juntos\b|juntas\b|insieme\b|zusammen\b|samen\b|razem\b|tillsammans\b",
    ),
    # An apology for a mistake: the invitation was not meant for the user.
    (APOLOGISED, 4, r"wrong (?!with\b|to\b|about\b|of\b)\w+"),
    (APOLOGISED, 4, r"(?:by|in) (?:mistake|error|accident)\b|mistakenly|accidental(?:ly)?\b"),
    (APOLOGISED, 4, r"unintentional(?:ly)?\b|my (?:bad|mistake|fault|error)\b"),
    (
        APOLOGISED,
        3,
        r"mixed (?:you )?up|mix-?up|confused you with|mistook you|thought you were"
        r" (?:someone|somebody|a different|another)|someone else\b|somebody else\b",
    ),
    (
        APOLOGISED,
        3,
        r"(?:didn't|did not|never) mean to\b|meant to (?:invite|send|connect|add)\b",
    ),
    (
        APOLOGISED,
        3,
        r"(?:whole|entire|all my) (?:address book|contact list|contacts)"
        r"|imported my contacts|sent (?:it |them )?automatically",
    ),
    (APOLOGISED, 3, r"sorry (?:for|about) the (?:confusion|mix-?up|trouble|noise|spam)"),
    (APOLOGISED, 2, r"(?:please )?ignore (?:it|this|that|the invitation|my invitation)\b"),
    # Taking the invitation back reads as an apology only next to one; alone, or after
    # a terse "fine," it is a huff (see the CURT rules).
    (
        APOLOGISED,
        4,
        r"(?:sorry|apolog\w*|oops|whoops|my bad)\b.{0,80}?\b(?:withdr[ae]w|remov|cancel|retract)",
    ),
    (APOLOGISED, 2, r"sorry to (?:bother|disturb)"),
    (APOLOGISED, 1, r"sorry\b|apolog\w*|oops\b|whoops\b"),
    (APOLOGISED, 4, r"par erreur|me suis trompee?\b|trompee? de (?:personne|profil)"),
    (APOLOGISED, 3, r"(?:une|mon) erreur|(?:un|mi) error\b"),
    (
        APOLOGISED,
        2,
        r"no (?:te|le) conozco|je ne (?:vous|te) connais pas|(?:don't|do not) know you",
    ),
    (APOLOGISED, 1, r"desolee?s?\b|pardon\b|excusez"),
    (APOLOGISED, 4, r"versehen\b|versehentlich|falsche[nrs]? (?:person|profil|kontakt)"),
    (APOLOGISED, 3, r"verwechselt|irrtum(?:lich)?\b"),
    (APOLOGISED, 1, r"entschuldig\w*|tut mir leid"),
    (APOLOGISED, 4, r"por (?:error|equivocacion|engano)|me equivoque|persona equivocada"),
    (APOLOGISED, 4, r"per (?:errore|sbaglio|ongeluk|abuis)|verkeerde (?:persoon|profiel)"),
    (APOLOGISED, 1, r"perdon\b|lo siento|disculp\w*|desculp\w*|scusa\w*|mi dispiace|excuses\b"),
    (
        APOLOGISED,
        4,
        r"(?:przez )?pomyłk\w*|pomylił\w*|przez przypadek|przypadkiem|niechcący"
        r"|(?:złą|niewłaściwą|inną) osob\w*|nie (?:do )?tej osoby",
    ),
    (APOLOGISED, 2, r"nie znam (?:cię|pana|pani|państwa)\b"),
    (APOLOGISED, 1, r"przepraszam\w*|wybacz\w*|sorki\b"),
    # A curt or hurt brush-off: no reason given, and annoyance at being asked.
    (CURT, 3, r"never ?mind|forget (?:it|about it|that|i (?:ever )?asked)\b|don'?t bother\b"),
    (CURT, 3, r"(?:don't|do not) owe you|none of your business|not your business"),
    (CURT, 3, r"whatever\b|who (?:cares|asks)\b|your loss\b"),
    (CURT, 3, r"leave me alone|stop (?:messaging|contacting|bothering) me|go away\b"),
    (CURT, 3, r"why (?:does it|would it|should it) matter|does it matter|why do you (?:care|ask)"),
    (CURT, 3, r"just (?:accept|ignore|decline|delete)\b|(?:accept|connect) or (?:don'?t|not)\b"),
    (CURT, 3, r"interrogation|questionnaire|background check|don'?t (?:connect|accept) then"),
    (
        CURT,
        3,
        r"(?:just )?(?:want(?:ed)? to )?(?:grow|expand|build) my network"
        r"|it(?:'?s| is) (?:just |only )?(?:linkedin|a (?:click|connection|network))\b"
        r"|i connect with (?:everyone|everybody|anyone|all)",
    ),
    (CURT, 3, r"(?:how )?(?:rude|arrogant|pretentious|snobbish|condescending)\b"),
    (CURT, 2, r"no (?:need|reason)\b|not (?:worth|interested)\b|no thanks\b|seriously\b"),
    (
        CURT,
        2,
        r"(?:i'?ll|i will|i'?m going to|let me) (?:just )?(?:withdraw|remove|cancel|retract)"
        r"|^(?:fine|ok(?:ay)?|right|alright|noted)\b\W",
    ),
    (CURT, 1, r"really\?"),
    (CURT, 2, r"just (?:wanted to )?(?:connect|networking)\b"),
    (CURT, 1, r"wow\b"),
    (CURT, 3, r"needs? a reason|(?:have|need) to (?:explain|justify)|linkedin is (?:for|about)"),
    (CURT, 2, r"excuse me\?|(?:just )?being (?:friendly|nice|polite)|open[- ]minded"),
    (CURT, 3, r"laisse[rz]? tomber|peu importe|tant pis|c'est linkedin\b"),
    (CURT, 3, r"vergiss es|vergessen sie es|schon gut\b|egal\b"),
    (CURT, 3, r"olvidal[oa]|olvidel[oa]|da igual|no importa|non importa|lascia (?:perdere|stare)"),
    (CURT, 3, r"esquece\b|deixa pra la\b|laat maar\b|maakt niet uit"),
]

# Chinese and Japanese, matched anywhere: their words are not separated by spaces (or \b).
_UNSPACED_RULES: list[tuple[str, int, str]] = [
    (
        EXPLAINED,
        3,
        r"お会いし|会いました|会った|お会いでき|出会っ|お話しし|話しました|ご一緒|一緒に(?:働|仕事"
        r"|勉強|登壇|参加)|同僚|同期|ご紹介|紹介(?:され|して|いただ|を受け)|講演|登壇",
    ),
    (
        EXPLAINED,
        3,
        r"我[们們]在.{1,30}?(?:见过|見過|见面|見面|认识|認識|遇到|聊过|聊過)"
        r"|我[们們](?:之前|以前|曾经|曾經)?(?:见过|見過|认识|認識)"
        r"|(?:一起|共同)(?:工作|学习|學習|共事|读书|讀書)|同事|(?:介绍|介紹|推荐|推薦)"
        r"|想(?:和|跟|与|與)(?:你|您)(?:聊|谈|談|讨论|討論|合作|交流)",
    ),
    (
        APOLOGISED,
        4,
        r"間違え|間違い|間違っ|誤って|誤送信|手違い|人違い|押し間違"
        r"|[发發加点點误誤搞弄认認]错|[发發加点點误誤搞弄认認]錯|误[发加点]|誤[發加點]|不小心|手滑",
    ),
    (
        APOLOGISED,
        1,
        r"申し訳|すみません|すいません|ごめん|失礼しました|抱歉|不好意思|对不起|對不起",
    ),
    (
        CURT,
        3,
        r"算了|随便|隨便|无所谓|無所謂|不用了|别问|別問|どうでもいい|もういい|関係ない",
    ),
]

# Apologies for how the invitation was sent, not for sending it (see the module docstring).
_NOT_A_MISTAKE = (
    r"(?:sorry|apolog\w*|forgive me|pardon)\b,? (?:for|about) (?:not (?:adding|writing"
    r"|including|leaving|sending|attaching|putting)|forgetting|the (?:missing|empty|blank|bare"
    r"|lack of(?: a)?|absent|generic)|no|leaving out the|sending (?:it|this|an?|the)"
    r"(?: invite| invitation| request)? without)\b[^.!?\n]{0,40}?"
    r"\b(?:note|message|intro|introduction|context|explanation|words?)s?\b"
    r"|should have (?:added|written|included|left|sent|attached) (?:a |an |some )?"
    r"(?:note|message|intro|context|explanation)"
    r"|(?:sorry|apolog\w*) (?:for|about) (?:the|my) (?:late|slow|delayed) (?:reply|response"
    r"|answer)|sorry for the delay"
    r"|przepraszam za (?:brak|brakującą) (?:notatki|wiadomości|opisu|wstępu|notatkę)"
)


def _fold_pattern(pattern: str) -> str:
    # Patterns are written with their accents and kana; text is matched folded (see _fold).
    # Only non-ASCII is folded: casefolding would turn \W into \w.
    return "".join(char if char.isascii() else _fold(char)[0] for char in pattern)


def _compiled(
    rules: list[tuple[str, int, str]], prefix: str
) -> list[tuple[str, int, re.Pattern[str]]]:
    return [
        (outcome, weight, re.compile(prefix + "(?:" + _fold_pattern(p) + ")"))
        for outcome, weight, p in rules
    ]


def _fold(text: str) -> tuple[str, list[int]]:
    """Casefold and strip accents, remembering where each folded character came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text.translate(_APOSTROPHES)):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for piece in part.casefold():
                folded.append(piece)
                origin.append(index)
    return "".join(folded), origin


_COMPILED = [*_compiled(_RULES, r"\b"), *_compiled(_UNSPACED_RULES, "")]
_COMPILED_NOT_A_MISTAKE = re.compile(r"\b(?:" + _fold_pattern(_NOT_A_MISTAKE) + ")")


def _is_short(answer: str) -> bool:
    stripped = answer.strip()
    unspaced = len(_CJK.findall(stripped))
    words = len(_CJK.sub(" ", stripped).split()) + unspaced / CJK_CHARS_PER_WORD
    return words <= SHORT_ANSWER_WORDS and len(stripped) <= SHORT_ANSWER_CHARS


def suggest_outcome(answer: str) -> Suggestion:
    """Read the sender's answer and say which outcome it looks like, and why."""
    if not answer.strip():
        return NO_SUGGESTION
    folded, origin = _fold(answer)
    # Spaces keep every other character where it was, so `origin` still maps back.
    folded = _COMPILED_NOT_A_MISTAKE.sub(lambda match: " " * len(match.group()), folded)
    scores = dict.fromkeys(OUTCOMES, 0)
    best: dict[str, tuple[int, int, int]] = {}  # outcome -> (weight, start, end) of its evidence
    for outcome, weight, pattern in _COMPILED:
        for match in pattern.finditer(folded):
            if match.end() == match.start():
                continue
            scores[outcome] += weight
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            if outcome not in best or weight > best[outcome][0]:
                best[outcome] = (weight, start, end)
    if not any(scores.values()):
        if not _is_short(answer):
            return NO_SUGGESTION
        scores[CURT] = SHORT_ANSWER_WEIGHT
        stripped = answer.strip()
        start = answer.index(stripped)
        best[CURT] = (SHORT_ANSWER_WEIGHT, start, start + len(stripped))
    # On a tie the earlier outcome wins: an explanation is worth the user's second look.
    ranked = sorted(OUTCOMES, key=lambda outcome: -scores[outcome])
    winner, runner_up = ranked[0], ranked[1]
    top, second = scores[winner], scores[runner_up]
    _, start, end = best[winner]
    return Suggestion(
        outcome=winner,
        phrase=answer[start:end],
        start=start,
        end=end,
        confidence=round(top / (top + second + 1), 2),
    )
