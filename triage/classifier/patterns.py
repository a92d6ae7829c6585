"""Phrase patterns, compiled once at import.

Every pattern runs on folded text (see normalise.py): lowercase, no accents, straight
apostrophes. The patterns describe ways of saying something, in several languages, not
particular sentences; names are never written here (they come from the profile).
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .normalise import fold
from .prefilter import CJK, GatedPatterns


def _compile(*alternatives: str) -> GatedPatterns:
    return GatedPatterns(alternatives)


# The start of a sum of money, by symbol or by code: "$2,950", "A$990", "EUR 2,950", "GBP120"
_MONEY = r"(?:(?:us|aud?|nz|c)?[$£€]\s?|\b(?:usd|aud|eur|gbp|chf|nzd|cad)\s?)\d"


# --- met in person ---------------------------------------------------------------------

MET_IN_PERSON = _compile(
    # a ride or course done side by side; a walk-and-talk
    # (a course done together is a claim of study, not a meeting)
    r"\bwe\s+did\s+(?:the|a|an)\s+(?:(?!course|degree|mba|class|programme|program|module|semester|"
    r"diploma)[\w'-]+\s+){1,6}?together\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+the\s+walk(?:-and-talk|\s+and\s+talk)?\b",
    # Portuguese "we talked by video call / last month"
    r"\bconversamos\s+(?:por|pela|pelo|na|no|em|durante|via|ontem|semana)\b",
    # seated together; a one-to-one slot the recipient gave
    r"\bwe\s+sat\s+(?:next\s+to|beside|opposite|across\s+from)\s+(?:each\s+other|one\s+another)\b",
    r"\b(?:enjoyed|thanks?\s+(?:you\s+)?for|loved)\s+(?:your|the)\s+office\s+hours\b",
    # Danish, Norwegian, Swedish: "we met at", "thanks for a nice chat at", "good to meet you"
    r"\bvi\s+(?:m[øo]dtes|m[øo]ttes|traffades|hilste\s+pa)\b",
    r"\b(?:tak|takk|tack)\s+for\s+(?:en\s+|ett\s+|et\s+)?(?:rigtig\s+|veldig\s+|riktigt\s+)?"
    r"(?:fin|god|godt|hyggelig|trevlig|givande|kjempefin|sp(?:æ|ae)ndende|spennende)\s+(?:prat|snak|samtale|"
    r"samtal|mote|m[øo]de|m[øo]te|kaffe|lunsj|frokost|lunch)\b|\b(?:tak|takk|tack)\s+for\s+(?:sidst|"
    r"sist|senast)\b",
    r"\b(?:godt|dejligt|rart|hyggeligt?|kjekt|fint)\s+(?:at|a)\s+m[øo](?:de|te)\s+(?:dig|deg)\b",
    # Hebrew "the Zoom call", Hungarian "it was good to talk with you", a lift given
    r"\bשיחת\s+ה?(?:זום|טלפון|וידאו)\b|\b(?:jo|orulok|nagyon\s+jo)\s+volt\s+(?:beszelgetni|"
    r"talalkozni|megismerni)\b|\b(?:thanks|cheers|thank\s+you)\s+for\s+the\s+(?:lift|ride)\b",
    # Hebrew and Russian "we met", "we crossed paths"; Dutch "had time to call"
    r"\b(?:נפגשנו|הכרנו)\b|\bмы\s+(?:пересеклись|познакомились|встречались|виделись)\b|"
    r"\btijd\s+had\s+om\s+te\s+bellen\b",
    # a friend's party: "at Kavya's housewarming", "at isabel torres's wedding"
    r"\b(?:at|from)\s+[\w-]+(?:\s+[\w-]+)?'s?\s+(?:wedding|housewarming|birthday|bbq|barbecue|"
    r"leaving\s+do|farewell|engagement|baby\s+shower|dinner\s+party)\b",
    # Dutch: "thanks for the good (Teams) call yesterday"
    r"\b(?:bedankt|dank)\s+voor\s+het\s+(?:fijne\s+|leuke\s+|goede\s+|prettige\s+)?"
    r"(?:teams-|zoom-|telefonische\s+)?(?:gesprek|kennismakingsgesprek)\b",
    # a tour given, a coffee shared, a workshop run for the sender's team
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+(?:showing|taking)\s+(?:us|me|our\s+\w+)\s+"
    r"(?:round|around)\b",
    r"\b(?:lovely|good|great|nice|fun)\s+to\s+(?:grab|have|share)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:coffee|flat\s+white|drink|beer|lunch|breakfast|tea|bite)\s+with\s+you\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+(?:running|delivering|leading|facilitating)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:workshop|session|training|offsite)\s+(?:for|with)\s+(?:our|my|us)\b",
    # an interview or a chat had, in Italian, Portuguese and Tagalog
    r"\bgrazie\s+(?:mille\s+|ancora\s+)?per\s+(?:il|la|l')\s*(?:\w+\s+)?(?:colloquio|chiacchierata|"
    r"caffe|incontro|chiamata|pranzo|visita|call|videochiamata|telefonata|riunione|cena)\b|\be\s+stato\s+un\s+piacere\s+(?:parlare|"
    r"chiacchierare)\b",
    r"\b(?:a\s+gente|nos)\s+(?:conversou|conversamos|falou|falamos|papeou|papeamos)\s+(?:no|na|em|"
    r"durante|ontem)\b",
    r"\bnagkakilala\s+(?:tayo|kami)\b|\bnagkita\s+tayo\b",
    # the recipient judged, mentored or hosted the sender's team; a panel both sat on
    r"\byou\s+(?:judged|mentored|coached|interviewed)\s+(?:our|my|me|us)\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+|so\s+much\s+)?for\s+(?:judging|mentoring|coaching|hosting|"
    r"having)\s+(?:our|my|me|us)\b",
    r"\bi\s+was\s+(?:the|a|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:panell?ists?|co-?speakers?|"
    r"co-?presenters?|co-?hosts?)\b",
    r"\bi\s+was\s+(?:in|at|on)\s+your\s+(?:breakout\s+|small\s+|discussion\s+)?(?:group|table|pod)\b",
    r"\bshar(?:ed|ing)\s+(?:the|a)\s+(?:stage|panel|table|stand|booth)\s+with\s+(?:you|u)\b",
    # talking on a train, cards handed over, the school gate
    r"\bwe\s+got\s+(?:talking|chatting)\b|\b(?:you\s+gave\s+me|i\s+gave\s+you)\s+(?:your|my)\s+"
    r"(?:business\s+)?card\b|\bschool\s+gates?\b",
    r"\b(?:thanks?|thx|cheers|appreciate)\s+(?:you\s+)?(?:again\s+)?(?:for\s+)?(?:jumping|hopping|"
    r"getting)\s+on\s+(?:zoom|teams|a\s+call|the\s+phone)\b",
    # a call is a meeting: "we've spoken on Teams a few times", "we talked over Zoom"
    r"\b(?:we'?ve|we\s+have|we)\s+(?:already\s+)?(?:spoken|talked|chatted|spoke)\s+(?:a\s+few\s+times\s+|"
    r"briefly\s+|before\s+|once\s+|twice\s+)?(?:on|over|via)\s+(?:ms\s+)?(?:teams|zoom|the\s+phone|"
    r"skype|webex|google\s+meet)\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+making\s+(?:the\s+)?time\s+(?:between|during|at|on|"
    r"after|before|yesterday|today|last|this)\b",
    # other languages: Turkish, Polish, Portuguese, Spanish, French, Dutch, German, Italian
    r"\btan[iı]s(?:t[iı]k|m[iı]st[iı]k|t[iı]g[iı]m[iı]za|t[iı]g[iı]ma)\b",
    r"\bpozna(?:l|ł)(?:ismy|ysmy|em|am)\s+sie\b|\bsie\s+pozna(?:l|ł)(?:ismy|ysmy)\b",
    r"\b(?:obrigad[oa]|agradeco)\s+(?:mais\s+uma\s+vez\s+)?(?:pela|pelo)\s+(?:nossa\s+|nosso\s+)?"
    r"(?:chamada|conversa|reuniao|call|visita|cafe|almoco|encontro|papo)\b",
    r"\b(?:adorei|gostei\s+(?:muito\s+)?d[ae]|amei)\s+(?:a\s+)?nossa\s+(?:conversa|reuniao|troca|"
    r"chamada|papo)\b|\b(?:me\s+encanto|disfrute)\s+(?:nuestra|la)\s+(?:charla|conversacion|reunion|"
    r"llamada)\b",
    r"\b(?:compartir|partilhar|compartilhar)\s+(?:la\s+|a\s+)?(?:mesa|escenario|palco|panel|stand)\s+"
    r"(?:contigo|con\s+usted|com\s+voce|consigo)\b",
    r"\bmerci\s+(?:encore\s+|beaucoup\s+)?pour\s+(?:le|la|les)\s+(?:\w+\s+)?(?:cafe|dejeuner|echange|"
    r"visite|accueil|appel|rencontre)\b",
    r"\b(?:bedankt|dank\s+je|dank\s+u)\s+(?:wel\s+)?voor\s+(?:de|het|ons|je|uw)\s+(?:\w+\s+)?"
    r"(?:koffie|gesprek|lunch|call|rondleiding|bezoek|kennismaking)\b|\b(?:bedankt|dank\s+je|"
    r"dank\s+u)\s+(?:wel\s+)?voor\s+de\s+workshop\s+bij\s+ons\b",
    r"\b(?:danke|vielen\s+dank)\s+fur\s+die\s+(?:\w+\s+)?(?:fuhrung|besichtigung|einladung\s+ins|"
    r"zeit\s+am|gastfreundschaft)\b",
    r"\bwe(?:'ve|\s+have)?\s+(?:briefly\s+|already\s+|actually\s+|just\s+|first\s+|finally\s+|all\s+)?met\b",
    r"\b(?:lovely|nice|great|good|fun|wonderful)\s+(?:seeing|meeting|chatting\s+with|talking\s+(?:to|with))\s+"
    r"(?:you|u)\s+(?:at|in|on|during|last|yesterday|again|earlier|the\s+other)\b",
    r"\bmet\s+(?:you|u|ya|briefly)\b",
    # (not "crossed paths at Westpac back in the day": colleagues there, said of a firm)
    # (nor "I'm sure we've crossed paths": a guess)
    r"(?<!probably\s)(?<!maybe\s)(?<!might\shave\s)(?<!must\shave\s)(?<!sure\swe've\s)"
    r"(?<!sure\swe\shave\s)(?<!bet\swe've\s)(?<!think\swe've\s)(?<!sure\s)(?<!think\s)(?<!bet\s)"
    r"(?<!sure\swe\s)(?<!think\swe\s)(?<!bet\swe\s)\b(?:we\s+)?crossed\s+paths\b"
    r"(?!\s+(?:on|via)\s+(?:twitter|x|linkedin|slack|discord|reddit|github|here)\b|\s+online\b)"
    r"(?!\s+(?:at|in|with)\s+(?:[\w&'-]+\s+){1,3}?(?:back\s+in\s+the\s+day|"
    r"in\s+the\s+(?:late|early|mid)\b|years\s+ago|(?:19|20)\d\d|when\s+(?:i|we)\s+(?:was|were)))|\bput\s+a\s+face\s+to\s+the\s+(?:name|avatar|voice|email|profile)\b|"
    # (not "Noah and I sat next to each other": that is someone else)
    r"(?<!and\si\s)(?<!&\si\s)\bsat\s+(?:next\s+to|beside|opposite|across\s+from)\s+"
    r"(?:each\s+other|you|u|ya)\b",
    # sharing a table, a panel or a ride is being in the same room
    # (a word may come between for a table or a panel, "the same breakout table", not for a
    # ride: "the same Qantas flight" is as often two strangers on one plane)
    r"\b(?:on|at)\s+the\s+same\s+(?:flight|bus|shuttle|(?:[\w-]+\s+)?(?:table|panel|stand|course|"
    r"workshop))\b|"
    r"\bshared\s+(?:a|an|the)\s+(?:table|panel|stage|cab|taxi|ride|booth|lift|uber|lyft|car)\b|"
    r"\b(?:at|on)\s+your\s+table\b",
    # the one who asked the speaker a question, or whose call they took
    r"\bi\s+was\s+the\s+(?:one|guy|girl|person|woman|man)\s+(?:(?:who|that)\s+)?(?:asked|asking|"
    r"spoke|speaking|chatted|sat|brought|gave|talked|talking)\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+(?:taking|returning|picking\s+up)\s+my\s+call\b",
    r"\bintroduced\s+us\s+(?:at|during|after|last|yesterday|in\s+person|"
    r"(?:on|over)(?!\s+(?:e-?mail|linkedin|slack|text|whatsapp|dm|messages?)\b))\b",
    # a conversation at a place or event, and what people do when they meet
    r"\b(?:fun|good|great|nice|lovely|quick|brief|short|interesting|brilliant)\s+"
    r"(?:chat|conversation|catch-?up|natter|yarn)\s+(?:at|by|during|over|after|on|in|"
    r"yesterday|last|this)\b",
    r"\b(?:following\s+up\s+on|further\s+to|re:?)\s+our\s+(?:\w+\s+)?(?:chat|conversation|call|"
    r"meeting|coffee|talk|catch-?up|lunch)\b",
    r"\b(?:bump|bumping|bumped|running|ran)\s+into\s+(?:you|u|ya)\b|"
    r"\b(?:sit|sitting|seated|standing)\s+(?:next\s+to|beside|opposite|across\s+from)\s+(?:you|u)\b|"
    r"\bhosting\s+(?:our|my|the)\s+table\b|"
    r"\b(?:good|great|nice|lovely|fun)\s+to\s+(?:finally\s+)?(?:chat|talk|speak|catch\s+up)\s+(?:with\s+you\s+)?"
    r"(?:at|during|after|over|on|in|yesterday|last|this)\b|"
    r"\b(?:swapped|exchanged|swap|exchange)\s+(?:business\s+)?cards\b|"
    r"\bgave\s+me\s+a\s+(?:lift|ride)\b|\b(?:lovely|nice|great|good)\s+to\s+(?:meet|see)\s+you\s+"
    r"(?:at|in|on|during|last|yesterday)\b",
    # Spanish and Portuguese introductions, German and Swedish meetings, Indonesian chats
    r"\bnos\s+(?:presento|presentaron|presentou|apresentou|apresentaram)\b",
    r"\b(?:foi|e|fue)\s+(?:muito\s+)?(?:otimo|bom|um\s+prazer|incrivel|genial|un\s+placer)\s+"
    r"(?:falar|conversar|charlar|hablar)\s+(?:com|contigo|con)\b",
    r"\b(?:sassen|saßen|standen)\b[^.!?]{0,60}?\bnebeneinander\b|\bneben\s+(?:ihnen|dir)\b",
    r"\b(?:trevligt|kul|roligt)\s+att\s+(?:ses|traffas)\b|\bvi\s+(?:sags|traffades)\b",
    r"\b(?:senang|seneng)\s+(?:sekali\s+|banget\s+)?(?:bisa\s+)?(?:ngobrol|bertemu|ketemu|"
    r"berbincang|mengobrol)\b",
    r"\b(?:kita|kami)\s+(?:sempat\s+|pernah\s+|sudah\s+|udah\s+)?(?:ketemu|bertemu|berjumpa|ngobrol|"
    r"mengobrol|berbincang|kenalan|berkenalan)\s+(?:di|pas|saat|waktu|kemarin)\b",
    # Swahili: "we met", "we saw each other", "we talked"
    r"\b(?:tulikutana|tulionana|tulizungumza)\b",
    # Arabic, as folded: "we met", "honoured / glad to meet you"
    r"\bالتقينا\b|\b(?:تشرفت|سعدت)\s+(?:بلقايك|بلقايكم|بمقابلتك|بالتعرف\s+عليك)",
    r"\b(?:loved|enjoyed|appreciated)\s+(?:meeting|chatting\s+with|talking\s+(?:to|with)|"
    r"speaking\s+with|catching\s+up\s+with)\s+(?:you|u)\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+(?:jumping|hopping|getting)\s+on\s+"
    r"(?:the|a|our|that)\s+(?:[\w-]+\s+)?(?:call|zoom|teams|meet|phone|video\s+call)\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+(?:your\s+time|taking\s+the\s+time|making\s+time)\s+"
    r"(?:on|at|during|in)\s+(?:the|our|this|today's|yesterday's|\w+day's)\s+(?:[\w-]+\s+)?"
    r"(?:call|zoom|phone|meeting|chat|event|workshop|session|visit)\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+|so\s+much\s+)?for\s+meeting\s+(?:me|up|with\s+me)\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+(?:the|your)\s+time\s+(?:on|at|over|during)\s+(?:the\s+)?"
    r"(?:teams|zoom|call|phone|meet|video)\b",
    # (not "always great to meet X people": a pleasantry about a kind of person)
    r"(?<!always\s)\b(?:great|gr8|good|nice|lovely|wonderful|fantastic|glad|fun|brilliant|pleasure)\s+"
    r"(?:to\s+)?(?:finally\s+)?(?:meet(?:ing)?|chatting|talking|speaking|catching\s+up)\b"
    r"(?!\s+(?:you\s+)?(?:virtually|online|here|(?:some|one)\s*day|soon|sometime)\b)"
    r"(?!\s+(?:other|more|fellow|new|like-minded|people|folks|everyone|others|another|"
    r"an?\s+(?:fellow|other)|one\s+of)\b)"
    # (not a stranger's "Nice to meet you Tom. I am an HR professional from Cairo": a
    # greeting before a self-introduction, with no place or time)
    r"(?!\s+you(?:\s+[\w'-]+)?[.,!]*\s+(?:i\s+am|i'm|im|my\s+name\s+is|this\s+is)\b)",
    r"\ba\s+pleasure\s+(?:meeting|to\s+meet|chatting|speaking)\b",
    r"\b(?:thanks|thank\s+you|thx|thnx|tks|ty|cheers)\s+(?:again\s+)?for\s+(?:the|our|your|"
    r"\w+day's|yesterday's|today's|this\s+morning's|last\s+night's)\s+(?:\w+\s+)?"
    r"(?:coffee|call|chat|meeting|lunch|drinks?|conversation|advice|catch[- ]?up|tour|visit|zoom|"
    r"video\s+call|hangout|walkthrough)\b",
    # a welcome at an event, not a new starter's "thanks for the warm welcome"
    r"\bthanks?\s+(?:you\s+)?for\s+the\s+(?:warm\s+|kind\s+)?welcome\s+at\b",
    r"\bthanks?\s+(?:you\s+)?for\s+letting\s+me\s+(?:corner|grab|collar|steal|ambush)\s+you\b",
    r"\b(?:merci|merci\s+beaucoup)\s+pour\s+(?:notre|cet|cette|l'|votre)\s*(?:\w+\s+)?(?:echange|"
    r"rencontre|discussion|conversation|appel|accueil|cafe|dejeuner)\b",
    r"\bcoincidimos\s+(?:en|el|la|ayer)\b(?!\s+(?:el\s+|la\s+)?(?:grupo|comunidad|foro|red|slack|canal))",
    r"\b(?:met|talked|chatted|spoke)\s+in\s+person\b",
    r"\bcatching\s+up\s+(?:at|during|over|after|in)\b",
    r"\bi\s+asked\s+(?:you\s+)?(?:the|a|that)\s+(?:[\w-]+\s+){0,3}?question\b",
    r"\b(?:after|following|since)\s+our\s+(?:\w+\s+){0,2}?"
    r"(?:coffee|call|chat|meeting|lunch|conversation|catch[- ]?up|talk|visit|sessions?|"
    r"workshops?)\b",
    r"\b(?:enjoyed|loved)\s+(?:our|the)\s+(?:\w+\s+)?(?:chat|conversation|call|coffee|meeting|lunch|"
    r"debate|discussion|exchange|natter)\b(?!\s+(?:on|in)\s+(?:the\s+|your\s+|our\s+)?(?:forum|slack|"
    r"thread|comments|linkedin|twitter|reddit|discord|channel|group\s+chat))",
    r"\bwe\s+(?:discussed|talked\s+about|spoke|chatted)\b",
    r"\bas\s+(?:we\s+)?discussed\b",
    r"\bthanks?\s+(?:you\s+)?(?:again\s+)?for\s+(?:taking\s+the\s+time|making\s+(?:the\s+)?time)\s+"
    r"to\s+(?:chat|talk|speak|meet)\b",
    # went up to the speaker after a talk: that is meeting, unlike only watching it
    r"\bcame\s+(?:up|over)\s+(?:to\s+you\s+)?after(?:wards)?\b",
    r"\b(?:bumped|ran)\s+into\s+(?:you|each\s+other)\b",
    # an interview is a meeting, whichever side asked the questions
    r"\binterviewed\s+with\s+you\b|\byou\s+interviewed\s+me\b",
    # French
    r"\bnous\s+nous\s+sommes\s+(?:\w+\s+)?(?:rencontre|croise|vu|parle)",
    r"\b(?:nous\s+avons|nous\s+avions|on\s+a|on\s+avait)\s+(?:\w+\s+)?(?:echange|discute|parle|bavarde)\s+"
    r"(?:quelques\s+(?:minutes|mots)\s+|d'\w+\s+|de\s+\w+\s+|du\s+\w+\s+)?"
    r"(?:lors|a|au|pendant|hier|apres|ensemble)\b",
    r"\bon\s+s'est\s+(?:\w+\s+)?(?:rencontre|croise|recroise|vu|revu|parle)",
    r"\b(?:ravie?|enchantee?|heureux|heureuse)\s+de\s+(?:vous|t')\s*(?:avoir\s+)?(?:rencontre|croise)",
    r"\bsuite\s+a\s+notre\s+(?:echange|rencontre|appel|cafe|discussion|conversation|dejeuner)",
    r"\b(?:d'avoir|avoir)\s+fait\s+(?:votre|ta)\s+connaissance\b",
    r"\b(?:ravie?|heureux|heureuse|contente?)\s+d'avoir\s+(?:echange|discute|parle|bavarde)\b",
    # Spanish
    r"\bnos\s+(?:conocimos|vimos|encontramos)\b",
    r"\b(?:encantad[oa]\s+de|fue\s+un\s+(?:placer|gusto))\s+(?:haberte\s+|haberle\s+)?conocer",
    r"\bun\s+(?:gusto|placer)\s+(?:haberte|haberle)\s+conocid[oa]\b",
    r"\b(?:danke|vielen\s+dank)\s+(?:nochmal\s+|nochmals\s+|noch\s+einmal\s+|erneut\s+)?fur\s+"
    r"(?:das|unser|den|unseren)\s+(?:\w+\s+)?(?:gesprach|treffen|telefonat|austausch|kaffee|"
    r"videogesprach|telefongesprach|videocall|call)\b",
    # "wir haben letzte Woche beim Abendessen kurz gesprochen": talked at a place
    r"\bwir\s+haben\b(?![^.!?]{0,40}?\b(?:nie|nicht|noch\s+nie)\b)[^.!?]{0,60}?\b(?:beim|bei\s+der|"
    r"bei\s+dem|auf\s+der|auf\s+dem|nach\s+dem|am\s+rande)\b[^.!?]{0,60}?\b(?:gesprochen|geplaudert|"
    r"unterhalten)\b",
    r"\b(?:fun|good|great|nice|lovely|interesting)\s+(?:chat|conversation|talk)\s+about\s+"
    r"(?:[\w-]+\s+){1,3}?(?:at|during|after)\b",
    r"\b(?:tras|despues\s+de)\s+nuestra\s+(?:reunion|charla|llamada|conversacion)",
    # thanks for the call or meeting had (not "tu charla": a talk only watched)
    r"\bgracias\s+(?:de\s+nuevo\s+|otra\s+vez\s+|nuevamente\s+)?por\s+(?:la|el|nuestra|nuestro)\s+"
    r"(?:\w+\s+)?(?:llamada|videollamada|reunion|charla|cafe|visita|conversacion|almuerzo|comida|"
    r"entrevista|call)\b",
    # "we talked at/after/yesterday" in Spanish and Portuguese (not "hablamos pronto")
    r"\b(?:hablamos|charlamos|platicamos|conversamos|falamos)\s+(?:brevemente\s+|rapidamente\s+)?"
    r"(?:en\s+el|en\s+la|no|na|ayer|ontem|durante|despues|depois|tras|un\s+rato|um\s+pouco)\b",
    # German
    r"\bhaben\s+uns\b(?![^.!?]{0,40}?\b(?:nie|nicht|noch\s+nie|bisher\s+nicht|leider\s+nie)\b)"
    r"[^.!?]{0,100}?\b(?:getroffen|kennengelernt|gesehen|gesprochen|unterhalten)\b",
    r"\buns\b[^.!?]{0,60}?\bvorgestellt\b",
    r"\b(?:schon|freut\s+mich),?\s+(?:dich|sie|euch)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:kennengelernt|getroffen|gesehen|kennenzulernen)",
    r"\bnach\s+unserem\s+(?:gesprach|treffen|telefonat|austausch)",
    r"\bdass\s+wir\s+uns\b[^.!?]{0,80}?\b(?:kennengelernt|getroffen|gesprochen|unterhalten)\s+haben\b",
    # Portuguese
    r"\b(?:a\s+gente|nos)\s+se\s+conhec\w*",
    r"\bconhecemo-nos\b|\bnos\s+conhecemos\b",
    # "I met you" in Portuguese and Spanish
    r"\bconheci-(?:te|o|a|vos)\b|\b(?:te|o|a)\s+conheci\b|\bte\s+conoci\b",
    r"\b(?:foi|e)\s+(?:muito\s+)?(?:um\s+prazer|otimo|bom|incrivel|legal)\s+(?:te\s+|lhe\s+)?conhece",
    # Dutch
    r"\bwe\s+hebben\s+elkaar\b(?![^.!?]{0,30}?\b(?:nooit|niet|nog\s+niet)\b)[^.!?]{0,40}?"
    r"\b(?:ontmoet|gesproken|gezien)\b",
    r"\bwe\s+(?:ontmoetten|spraken)\s+elkaar\b",
    r"\bleuk\s+(?:om\s+)?(?:je|u|jullie)\s+(?:\w+\s+){0,6}?(?:ontmoet|gesproken|gezien|"
    r"te\s+(?:spreken|ontmoeten|zien))\b",
    # Italian
    r"\bci\s+siamo\s+(?:\w+\s+)?(?:conosciut|incontrat|vist|sentit|parlat)\w*",
    r"\b(?:averti|averla|avervi)\s+(?:\w+\s+)?(?:conosciut|incontrat)\w*",
    r"\b(?:piacere|e\s+stato\s+un\s+piacere)\s+(?:di\s+)?(?:averti\s+)?conoscert\w*",
    r"\babbiamo\s+(?:\w+\s+)?(?:parlato|chiacchierato)\s+(?:a|al|alla|durante|dopo|ieri)\b",
    # Polish ("ł" has no decomposition, so both spellings), Swedish
    r"\bpoznalismy\s+sie\b|\bmi[lł]o\s+(?:by[lł]o\s+)?(?:cie|pana|pania|was)\s+"
    r"(?:poznac|spotkac)\b|\bmi[lł]o\s+by[lł]o\s+(?:porozmawiac|pogadac)\b",
    r"\bvi\s+(?:traffades|traffade|sags|pratade|snackade)\b|\btrevligt\s+att\s+"
    r"(?:traffas|(?:traffa|prata\s+med)\s+(?:dig|er))\b",
)


def _cjk(*phrases: str) -> re.Pattern[str]:
    """Phrases in Japanese, Chinese or Hindi, folded as texts are (folding drops the
    voicing marks, "で" becomes "て", and the virama), as one pattern. Kept out of the
    gated sets, whose literals are whole words, while a run of CJK text is one long word
    and Devanagari words break at their vowel signs."""
    return re.compile("|".join(fold(phrase).folded for phrase in phrases))


# Text with any CJK, Devanagari, Tamil or Thai character is worth a look with the _cjk
# patterns.
HAS_CJK = re.compile(f"[{CJK}\u0900-\u097f\u0b80-\u0bff\u0e00-\u0e7f]")

# Meeting in Japanese and Chinese: past or "-te" forms only ("お会いできれば" is a wish).
MET_IN_PERSON_CJK = _cjk(
    r"(?:통화|미팅|만남|커피챗|줌\s*통화)\s*감사",  # Korean "thanks for the call / meeting"
    r"만나서\s*반가웠",
    r"お会いでき(?:て|た)",
    r"お会いしました",
    r"お会いした",
    r"お話し?でき(?:て|た)",
    r"お話し?しました",
    r"お話し(?:した)(?!い)",
    r"お目にかかれ(?:て|た)",
    r"名刺交換",
    # (not "很高兴认识你", "glad to get to know you", which opens a stranger's first note)
    r"很高兴(?:見到|见到)(?:你|您|了你|了您)",
    r"认识(?:你|您)(?:很|非常|真)?(?:高兴|开心|荣幸)",
    r"(?:会上|时)认识了?(?:你|您)",
    r"交换(?:过|了)?名片",
    # "we (last month) at ... met / chatted", in either script; "we chatted at lunch"; one table
    # (not "we have never / not yet met": 没, 未, 从未, 还没 before the verb; nor "我们在做",
    # "we are building", which is not "we, at")
    r"我[们們](?:上[个個]月|上周|上週|昨天|去年|今天|前几天|前幾天)?(?:在|于|於)(?!做|找|招|开发|開發|建|打造)"
    r"[^。！？没沒未]{0,40}?(?:见过|見過|聊过|聊過|(?<!希望)(?<!想)(?:认识|認識))",
    r"我[们們][^。！？，,没沒未]{0,12}(?:聊过|聊過|见过面|見過面)",
    r"同桌",
    # Hindi "we had met", "met at"
    r"(?<!नहीं )(?<!ना )मिले थे",
    r"(?:和|跟|与)(?:你|您)(?:聊了|聊过|聊得|见过|见了面|交流了)",
    r"ご一緒(?:でき|し)(?:て|た|ました)",
    r"मिलकर (?:बहुत )?(?:अच्छा|खुशी)",
    r"ได้คุยกัน",  # Thai "we got to talk"
    r"मुलाकात हुई",
)
# A request about the recipient's work: hear their views, be taught, a talk.
OPPORTUNITY_CJK = _cjk(
    # Chinese "(we) are looking for an outside coach / consultant / speaker"
    r"(?:正在|在)找[^。！？]{0,10}(?:教练|顾问|讲师|专家|负责人|总监|经理)",
    r"ご相談させて",
    r"सवाल पूछना",
    r"(?:ご経験|お考え|ご知見)を(?:ぜひ)?(?:伺|お聞き)",
    r"正在招聘",
    r"想请(?:一位|您)",
    r"お話を(?:伺|お聞き)",
    r"ご意見を(?:伺|お聞かせ)",
    r"教えていただけ",
    r"ご講演(?:を|の)(?:お願い|ご依頼)",
    r"想(?:请教|请您)",
    # Hindi: a role, recruiting for it, looking for (coaching, advice)
    r"भूमिका",
    r"भर्ती कर",
    r"(?:ढूँढ|ढूंढ) रह",
    r"सलाह (?:चाहि|लेना)",
    # Chinese "invite you (as a guest)", not "to join my network"; Japanese "shall we do it
    # together"; Korean "I have something to ask"; Tamil "advice", "we are looking for"
    r"邀(?:请|請)您(?:作为|作為|担任|擔任|参加|參加|分享|来|來|演讲|演講|出席)",
    r"一緒に[^。！？]{0,20}?(?:やりませんか|しませんか|取り組みませんか)",
    r"여쭤",
    r"ஆலோசனை",
    r"தேடுகிறோம்",
)

# The sender's own offer, in Japanese, Chinese, Korean or Hindi: "our company provides",
# "value for money", "free trial", "let us introduce [our service]".
PITCH_CJK = _cjk(
    r"\d+\s*분\s*데모",  # Korean "a 15-minute demo"
    r"솔루션을\s*소개",  # "introduce our solution"
    # Korean "from 500 pounds", "a demo date"; Japanese "would you see a demo"; Hindi "at
    # cheap rates"
    r"\d[\d,]*\s*(?:파운드|달러|원|유로)부터",
    r"데모\s*(?:일정|시연|를\s*보여)",
    r"デモを(?:ご覧|お見せ|ご案内)",
    r"सस्ती दर",
    r"सस्ते (?:दाम|रेट)",
    # Japanese: "we (our firm) do X", "from 200,000 yen a month", "let us explain"
    r"弊社(?:で|は)[^。！？]{0,40}(?:行っております|代行|開発)",
    r"月額[\d,]+万?円",
    r"ご説明させて",
    # Thai: "free trial", "special price", "free consultation"
    r"ทดลองใช้ฟรี",
    r"ราคาพิเศษ",
    r"คำปรึกษาฟรี",
    r"कम कीमत",
    r"रेट लिस्ट",
    r"सेवाएँ देते",
    r"सेवाएं देते",
    r"합리적인\s*(?:비용|가격)",
    r"아웃소싱\s*업체",
    r"特別価格",
    r"特别价格",
    r"早割",
    r"ご提案させていただ",
    r"弊社の[^。！？]{0,30}(?:ご提案|提供|ツール|サービス)",
    r"带单",
    r"수수료[^.!?。]{0,12}\d+\s?%",
    r"(?:我们|我司|本公司)(?:公司)?(?:专业)?提供",
    r"性价比",
    r"欢迎(?:合作|咨询|洽谈)",
    r"免费(?:试用|咨询|体验|评估|报价)",
    r"优惠价",
    r"外包(?:公司|服务)",
    r"数字货币",
    r"每(?:周|天|月)收益",
    r"किफायती",
    r"价格(?:非常|十分)?(?:优惠|实惠)",
    r"获取更多客户",
    r"가입하시면",
    # Tamil: "at a low price", "provides a service"
    r"குறைந்த விலையில்",
    r"சேவை வழங்கு",
    r"弊社(?:で|は)[^。！？]{0,40}(?:提供|サービス|ご提案)",
    r"サービスを(?:提供|ご提供)",
    r"ご紹介させて",
    r"無料(?:で|の)?(?:トライアル|お試し|診断|相談|デモ)",
    r"서비스를\s*제공",
    r"무료(?:\s*(?:체험|상담|데모)|!|입니다|로\s*제공)",
    r"सेवाएं प्रदान",
    r"सेवाएँ प्रदान",
    # Hindi "10% profit every week", "from home"; Japanese "may I send you our materials",
    # "cut costs by 50%"; Korean "apply for a demo"; Chinese "headhunting firm", "the fee
    # is 20%"; Thai "cheap price", "work from home", "good income", "a return of"
    r"\d+\s?% (?:मुनाफ़ा|मुनाफा|रिटर्न)",
    r"घर बैठे",
    r"資料を(?:お送り|送付)",
    r"コストを\d+\s?%削減",
    r"데모\s*신청",
    r"猎头公司",
    r"收费(?:为|是)?[^。！？]{0,10}\d+\s?%",
    r"ราคาถูก",
    r"ทำงานที่บ้าน",
    r"รายได้ดี",
    r"ผลตอบแทน",
    r"मुफ्त (?:डेमो|ट्रायल|परामर्श)",
    r"[$₹]\s?\d[\d,.]*\s*प्रति (?:घंटा|घंटे)",  # "$5 per hour"
)

# Paid to like videos, earning by the day: the job scams of Chinese-language notes.
SCAM_CJK = _cjk(
    # Korean: "returns guaranteed", "20% every week"
    r"수익(?:을|를)?\s*보장",
    r"매(?:주|월|일)\s*\d+\s?%\s*(?:의\s*)?(?:수익|이자|배당)",
    r"日赚",
    r"给视频点赞",
    r"点赞(?:赚钱|兼职|任务)",
    r"刷单",
)

# Weak signs of a scam in Japanese, Chinese or Korean: a messaging app, a soldier abroad,
# a compliment on a photo or smile, a steady weekly return. Two make a scam, as in English.
SCAM_WEAK_CJK = _cjk(
    r"微信",
    r"왓츠앱",
    r"텔레그램",
    r"미군",
    r"아름다운",
    r"미소",
    r"亲爱的",
    r"稳定收益",
    r"每(?:周|天|日|月)[^。！？]{0,6}\d+\s?%",
    r"遗产",
    r"유산",
    r"交朋友",
    r"照片很美",
    r"加我(?:whatsapp|telegram|line|微信)",
)

# A short note in Japanese, Chinese or Korean that only asks to connect on the network:
# the stock texts there ("LinkedInでつながりたいと思います"). Longer notes say more.
CJK_STOCK_LIMIT = 30
CJK_CONNECT = _cjk(
    r"ネットワーク",
    r"つなが",
    r"繋が",
    r"つながり",
    r"人脈",
    r"联系",
    r"人脉",
    r"网络",
    r"網絡",
    r"网路",
    r"领英",
    r"建立联系",
    r"联络",
    r"네트워크",
    r"인맥",
    r"일촌",
    r"연결",
)
CJK_PUNCTUATION = re.compile(r"[\s。、！？!?.,・〜~\-]+")

# Said before a meeting phrase in the same sentence, it makes the meeting hypothetical.
HYPOTHETICAL = re.compile(
    # "time we met properly": a wish
    r"\b(?:about|high)\s+time\b|(?:^|[.!?]\s*|\bit'?s\s+)time\b|"
    r"\b(?:never|not|n't|yet\s+to|hope\s+to|hoping\s+to|would|'d|love\s+to|like\s+to|keen\s+to|"
    r"want\s+to|wish|looking\s+forward\s+to|if|maybe|might|may\s+have|must\s+have|perhaps|possibly|jamais|nie|nunca|nooit|mai|"
    r"farebbe|sarebbe|vorrei|gustaria|encantaria|aimerais|voudrais|wurde|mochte|gostaria|adoraria|"
    r"magari|forse|quizas|quiza|tal\s+vez|peut-etre|vielleicht|misschien|talvez|probably)\b[^.!?]*$"
)

# Things that look like reasons but are not (kept as evidence for the summary).
NEAR_MISS = _compile(
    r"\b(?:saw|seen|watched|caught|heard|attended|loved|enjoyed|read|liked|follow)\s+"
    r"(?:your|you)\b[^.!?]{0,25}?\b(?:talk|keynote|presentation|post|article|blog|webinar|"
    r"podcast|session|panel|video|newsletter|comment|take|speak|present|work)\w*",
    r"\b\d+\s+(?:mutual|shared|common)\s+(?:connections?|contacts?)\b",
    r"\b\d+\s+(?:gemeenschappelijke|gedeelde)\s+(?:connecties|contacten)\b",
    r"\b\d+\s+(?:relations?|contacts?)\s+(?:en\s+commun|communs?)\b",
    r"\b\d+\s+(?:conexiones|contactos)\s+en\s+comun\b",
    r"\b\d+\s+gemeinsame\s+(?:kontakte|kontakten|verbindungen)\b",
    r"\b\d+\s+(?:conexoes|contatos|contactos)\s+em\s+comum\b",
    r"\b\d+\s+(?:collegamenti|contatti)\s+in\s+comune\b",
    r"\b(?:grow|expand|growing|expanding)\s+(?:our|my|your)\s+(?:professional\s+)?networks?\b",
    r"\bhelp\s+each\s+other\s+grow\b|\bgrow\s+together\b|\belkaar\s+helpen\s+groeien\b",
)

# --- claims of an affiliation (the named thing follows the cue) ---------------------------

# The sender says they work or worked there; matched against the text before a mention.
ORGANISATION_BEFORE = re.compile(
    r"(?:\bex-?\s*|\bex\s+(?:di|de|da|do|del|della|dello|van|von|bei)\s+(?:la\s+|l')?|"
    r"\bformer(?:ly)?\s+(?:at\s+|with\s+)?|\bfellow\s+|"
    r"\b(?:worked|work|working|was|were|been|overlapped|started|starting|interned)"
    # not "what worked for Northwind", which is about what was effective there
    r"(?<!what\sworked)(?<!that\sworked)(?<!it\sworked)(?<!which\sworked)(?<!what\swork)"
    # not "how it would work for X", which is about the recipient's firm (checked after
    # the word, so the look-behinds run only where it matched)
    r"(?<!would\swork)(?<!could\swork)(?<!will\swork)(?<!it\swork)(?<!might\swork)\s+"
    r"(?:together\s+|both\s+|also\s+|there\s+)?(?:at|for|in)\s+(?:the\s+)?|"
    r"\b(?:i|we)\s+(?:both\s+|also\s+)?worked\s+with\s+you\s+(?:at|for|in)\s+(?:the\s+)?|"
    r"\bjoin(?:ed|ing)?\s+(?:the\s+)?|\bnew\s+(?:to|at)\s+(?:the\s+)?|"
    r"\b(?:transferred|transferring|moved|moving|relocated|relocating)\s+(?:over\s+)?(?:to|into)\s+"
    r"(?:the\s+)?|\bkennen\s+uns\s+(?:noch\s+)?(?:von|aus)\s+(?:der\s+|dem\s+)?|"
    r"\bcrossed\s+paths\s+(?:at|in)\s+(?:the\s+)?|"
    r"\bi'?m\s+(?:now\s+|also\s+|currently\s+|still\s+)?(?:at|in|with)\s+(?:the\s+)?|"
    r"\bi\s+am\s+(?:now\s+|also\s+|currently\s+)?(?:at|in|with)\s+(?:the\s+)?|"
    r"\bhere\s+at\s+|\bcame\s+(?:up\s+)?through\s+(?:the\s+)?|\bback\s+at\s+|"
    r"\b(?:our|my)\s+(?:time|days|years)\s+at\s+|\bwe\s+(?:were\s+)?both\s+at\s+|"
    r"\bdid\s+(?:some\s+|my\s+)?time\s+at\s+|\bspent\s+(?:[\w-]+\s+){0,2}?(?:years?|months|time)\s+at\s+|"
    r"\btravaill\w*\s+(?:ensemble\s+)?(?:chez|a)\s+|\bancien(?:ne)?s?\s+(?:de\s+|d'|du\s+|chez\s+)|"
    # French "(je suis) passée par l'Initech": worked there for a time
    r"\bpasse(?:e|s|es)?\s+(?:aussi\s+)?par\s+(?:l'|la\s+|le\s+|les\s+|chez\s+)?|"
    r"\btrabaj\w*\s+(?:junt[oa]s\s+)?(?:en|para)\s+|\btrabalh\w*\s+(?:junt[oa]s\s+)?(?:na|no|em|para)\s+|"
    r"\b(?:zusammen|fruher|ehemals)\s+bei\s+(?:der\s+|dem\s+)?|\b(?:samen|vroeger)\s+bij\s+|\boud-|"
    r"\blavorat\w*\s+(?:insieme\s+|anch'?\s*io\s+|anche\s+io\s+|anche\s+)?(?:in|da|presso|a|per)\s+|"
    # "I was on the enterprise team at X", "we're part of the sales org at X"
    r"\b(?:i\s+was|i\s+am|i'm|we\s+were|we\s+are|we're)\s+(?:also\s+|still\s+|both\s+)?"
    r"(?:on|in|part\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:team|office|desk|"
    r"department|dept|division|org|unit|squad|programme|program)\s+(?:at|in|with)\s+(?:the\s+)?|"
    r"\bich\s+(?:war|arbeite|arbeitete|bin|habe)\s+(?:[\w-]+\s+){0,5}?bei\s+(?:der\s+|dem\s+)?|"
    # "danach zwei Jahre bei Hadley (gearbeitet)"
    r"\b(?:jahre|jahren|jahr|monate|monaten|zeit)\s+(?:lang\s+)?bei\s+(?:der\s+|dem\s+)?|"
    r"\bpracowa[lł]\w*\s+(?:tez\s+|razem\s+|kiedys\s+)?(?:w|dla)\s+|"
    r"\b(?:waren|war)\s+(?:damals\s+|beide\s+|auch\s+|zusammen\s+){0,3}bei\s+(?:der\s+|dem\s+)?|"
    r"\bbosse\w*\s+(?:ensemble\s+)?chez\s+|\b(?:teammates|colleagues|coworkers|co-workers)\s+"
    r"(?:at|in)\s+(?:the\s+)?|\bزملاء\s+في\s+|\bعملت\s+(?:في|لدى)\s+|"
    r"\b(?:it'?s\s+me|the\s+one)\s+from\s+|\b(?:i|who|finally|just|recently)\s+left\s+|"
    # "you hired me into"
    r"\b(?:hired|recruited|brought|onboarded)\s+me\s+(?:into|onto|to|at)\s+(?:the\s+)?|"
    # "I'm the new platform PM at", "I'm a hiring manager in"
    r"\bi'?m\s+(?:the|a|an|one\s+of\s+the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:pm|manager|engineer|lead|director|"
    r"head|analyst|recruiter|designer|developer|sre|scientist|intern|hire|starter|joiner|partner|"
    r"associate|consultant|coordinator|specialist|officer|executive|vp|cto|ceo|cfo|coo)s?\s+(?:at|in|with|"
    r"for)\s+(?:the\s+)?|"
    # "we were colleagues at", in en, pt, es, it, de, fr
    r"\b(?:we\s+were\s+colleagues|fomos\s+colegas|fuimos\s+(?:companeros|colegas)|siamo\s+stati\s+colleghi|"
    r"waren\s+kollegen|etions\s+collegues)\s+(?:at|no|na|em|en|in|da|alla|al|bei|chez|a)\s+(?:the\s+|der\s+|"
    r"dem\s+)?|"
    r"\b(?:desks?|rows?|seats?|floors?)\s+(?:from|away\s+from|next\s+to|behind)\s+you\s+at\s+|"
    r"\bshared\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:desk|office|team|pod|floor|rota|rotation)\s+(?:at|in)\s+|"
    r"\bik\s+(?:zat|werk|werkte|was|ben|heb)\s+(?:[\w-]+\s+){0,3}?bij\s+(?:de\s+|het\s+)?|"
    r"\b(?:j'etais|je\s+suis|j'ai\s+(?:[\w-]+\s+){0,2}?travaille|je\s+travaill\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?chez\s+|"
    r"\b(?:estuve|estaba|estive|estava)\s+(?:tambien\s+|tambem\s+)?(?:en|na|no|em)\s+|"
    r"\b(?:ero|sono\s+stat[oa]|lavoro)\s+(?:anch'?\s*io\s+|anche\s+)?(?:in|da|presso|alla|al)\s+|"
    r"\b(?:jobbade|arbetade|jobbet|arbejdede|arbeidet|werkte|werkten)\s+(?:ihop\s+|sammen\s+|samen\s+|"
    r"tillsammans\s+|ocksa\s+|ogsa\s+)?(?:pa|hos|bij|i|for)\s+|"
    r"(?:عملنا|عملت|اشتغلت|اشتغلنا)\s+(?:معا\s+|سويا\s+)?(?:في|لدى|مع)\s+|"
    # Greek "we worked (together) at", Chinese "I (used to) ... at"
    r"(?:δουλεψα|δουλεψαμε|εργαστηκα|εργαστηκαμε)\s+(?:μαζι\s+)?(?:στη|στην|στο|στον|για)\s+|"
    r"我(?:以前|之前|曾经|曾|也)在\s?|\b(?:tung|da)\s+lam\s+(?:viec\s+)?(?:o|tai|cho)\s+)$"
)
# Said just before "the <org> ... team", the team is the recipient's ("a demo for the
# Northwind TA team"), not the sender's.
RECIPIENT_TEAM_BEFORE = re.compile(
    r"\b(?:for|to|with|help|helping|support|supporting|your|see|visit|visiting|meet|meeting|"
    r"tour\s+of|(?:a)?round|visit\s+to|hosting\s+(?:us|me|our\s+(?:[\w-]+\s+)?(?:team|group|class))\s+at|"
    r"you\s+(?:sized|built|grew|scaled|ran|run|led|lead|structured|organi[sz]ed|managed|rebuilt|"
    r"hired|doubled|set\s+up))\s+(?:the\s+|your\s+)?$"
)
ORGANISATION_AFTER = re.compile(
    # "the Northwind comms team", "Southern Cross, credit team, 2nd floor"
    # Japanese "at X, on the same (team)", "together at X" ("で同じ", "で一緒に"), as folded:
    # folding drops the voicing marks
    r"^\s*(?:て|ては)(?:同し|一緒に)|"
    r"^,?\s*(?:[\w-]+\s+){0,2}?(?:team|desk|office|floor|squad|crew|branch|cohort|intake)\b"
    r"(?!\s+(?:at|of)\b)|"
    # "Coralbay retail sales, 2008 to 2012": a stint there
    r"^\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s*(?:19|20)\d\d\s*(?:to|-|until)\s*(?:19|20)\d\d\b|"
    r"^(?:'s)?\s*(?:alum(?:ni|na|nus|s)?|days|colleagues?|offsite|off-site|all[- ]hands|reunion|"
    r"person\s+here|folks?\s+here|people\s+here|here\s+too|veteran|old[- ]timer|"
    r"family(?!\s+(?:day|fun\s+day|picnic|event|open\s+day|barbecue|bbq))|escapee|refugee|survivor|"
    r"expat|boomerang)\b|"
    # "Brightwater Birmingham class of 2014": an intake there
    r"^\s+(?:[\w-]+\s+)?(?:class|intake|cohort)\s+of\s+(?:19|20)\d\d\b|"
    # Turkish: "Initech'te ... calıstım" (worked at); Chinese, Japanese, Korean: "X的同事"
    # (a colleague at X), "X時代" (my X days), "Xで働いて", "X에서 일했" (worked at X)
    r"^'?(?:de|da|te|ta)\b[^.!?]{0,40}?\bcal[iı]s|"
    r"^[^\s.!?。！？]{0,8}?(?:的同事|的前同事|时代|時代|で働|に勤め)|"
    r"^[^.!?。！？]{0,15}?(?:におりました|にいました|に在籍|で勤務|共事|一起工作|工作过|实习过)|^[^.!?。]{0,12}?에서\s?(?:같이\s?|함께\s?)?(?:일했|근무)"
)
# The named body belongs to others the sender serves, places, targets or lists: "we place
# KCL and Leeds graduates", "reaching out to Monash alumni", "I represent a KCL-educated
# director", "lots of SLA members use our tool", "swag for meetups like Austin Python", "down
# the road from King's".
OTHERS_BEFORE = re.compile(
    r"\b(?:we|i)\s+(?:place|hire|recruit|supply|target)\s+(?:[\w-]+\s+){0,3}?$|"
    r"\breach(?:ing)?\s+out\s+to\s+(?!(?:[\w-]+\s+)?fellow\b)(?:[\w-]+\s+){0,2}?$|\bi\s+represent\s+(?:a|an)\s+$|"
    r"\bwe\s+(?:make|sell|supply|provide|print)\b[^.!?]{0,60}?\b(?:for|to|like|such\s+as|including)\s+"
    r"(?:the\s+)?$|"
    r"\b(?:down\s+the\s+road|round\s+the\s+corner|next\s+door)\s+from\s+(?:the\s+)?$"
)
# ...or after it: "SLA members use our tool" (a member list seen is a member's view, though).
OTHERS_AFTER = re.compile(
    r"\s+members\s+(?:already\s+)?(?:use|love|buy|trust|get|save|rely\s+on)\b"
)
ASPIRATION_BEFORE = re.compile(
    # "looking to join UKIRN", "my application for the M.Tech at IIT Madras"
    r"\b(?:looking|hoping|planning|keen)\s+to\s+join\s+(?:the\s+)?$|\bapplication\s+for\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:at|to)\s+(?:the\s+)?$|\bapplying\s+(?:to|for)\s+(?:[\w.-]+\s+){0,3}?(?:at\s+)?(?:the\s+)?$|"
    r"(?:\b(?:love|like|hope|hoping|want|wish|plan(?:ning)?|aim(?:ing)?|dream(?:ing|ed|t)?)\s+"
    r"(?:to|of)\s+(?:work|working|study|studying|join|joining|get\s+into|apply)\b|"
    r"\b(?:thinking|thought|considering|wondering|deciding)\s+(?:of\s+|about\s+|whether\s+to\s+|"
    r"if\s+i\s+should\s+)?(?:[\w-]+\s+){0,5}?(?:join|joining|apply|applying|study|studying|enrol\w*)\b|"
    r"\b(?:should|could|might|may)\s+i\s+(?:join|apply)\b|\bi\s+(?:might|may|could)\s+(?:\w+\s+)?join\b|"
    r"\b(?:going\s+to|plan\s+to|hope\s+to|gonna)\s+join\b|\bhow\s+(?:do|can|could)\s+i\s+join\b|"
    r"\b(?:interested\s+in|worth)\s+joining\b|\babout\s+to\s+(?:join|apply)\b|"
    # "I've been meaning to join X", "I keep meaning to go along to X"
    r"\bmeaning\s+to\s+(?:join|apply|go\s+along|check\s+out|get\s+to)\b|"
    # "keen to join X once I move", "I'd love to get involved with X", "heard great things about"
    r"\b(?:keen|eager|excited|dying)\s+to\s+(?:join|get\s+into|get\s+involved\s+with)\b|"
    r"\bget\s+involved\s+(?:with|in)\b|\bheard\s+(?:great|good|so\s+many|amazing)\s+things\s+about\b|"
    r"\b(?:penser?|pense|envisage)\s+(?:a\s+)?(?:rejoindre|adherer|integrer)\b|"
    r"\b(?:pensando|pienso|penso|considerando)\s+(?:en|em|di|de)?\s*"
    r"(?:unirme|entrar|participar|aderir|iscrivermi)\b|"
    r"\b(?:uberlege|uberlegen|denke\s+daruber\s+nach)\b|\boverweeg\w*\b|"
    r"\b(?:applying|applied|interviewing)\s+(?:to|at|for)\b|"
    # "going to my first Austin Python Meetup next month": a newcomer, not yet a member
    r"\b(?:going\s+to|attending|at|joining)\s+(?:my|our)\s+(?:very\s+)?first\s+$)[^.!?]*$"
)
# Said just before a school or organisation, the sender denies sharing it ("I didn't
# study at KCL", "I was never at Initech", "not quite UniMelb")...
DENIED_BEFORE = re.compile(
    r"(?:\b(?:didn'?t|did\s+not|don'?t|do\s+not|doesn'?t|never|wasn'?t|was\s+not|weren'?t|were\s+not|"
    r"haven'?t|have\s+not|not)\s+(?:actually\s+|really\s+|ever\s+|even\s+)?(?:(?:study|studied|go|gone|went|attend|"
    r"attended|work|worked|been|be|get\s+into|got\s+into)\s+)?(?:(?:at|to|in|for|with|from)\s+)?|"
    r"\bnot\s+quite\s+|\bnot\s+to\s+be\s+confused\s+with\s+)(?:the\s+)?$"
)
# Said soon after a claim or a meeting, it takes it back ("we met at the summit... just
# kidding", "fellow IIT Madras... just kidding, I'm from NIT Trichy").
JOKING_BEFORE = re.compile(
    r"\b(?:basically|practically|virtually|honorary|pretty\s+much|sort\s+of|kind\s+of|"
    r"unofficial(?:ly)?|adopted|almost|nearly|presque|quasi|casi|praticamente|bijna)\s+(?:an?\s+)?$"
)
# The recipient's own affiliation, seen on their profile: "spotted PTF on your profile".
ON_THE_RECIPIENTS_PROFILE = re.compile(
    r"\s+(?:on|in)\s+your\s+(?:profile|headline|bio|cv|resume)\b"
)
TAKEN_BACK_AFTER = re.compile(r"[^!?]{0,60}?\b(?:just|only)\s+(?:kidding|joking)\b", re.IGNORECASE)
# ...unless it follows: "not at Initech any more" is having been there.
NO_LONGER_AFTER = re.compile(r"\s*(?:any\s*more|these\s+days|now)\b")
# A meeting still to come, or only wished for ("looking forward to meeting you at the
# assessment day", "hope to meet you at"): the rules say no meeting yet, and the learned
# model, which reads "meeting" as one, may not say otherwise.
WISHED_MEETING = _compile(
    # "must be time we met", "about time we met"
    r"(?<!last\s)(?<!first\s)(?<!next\s)\b(?:time|about\s+time|high\s+time)\s+(?:that\s+)?we\s+"
    r"(?:finally\s+|actually\s+)?met\b",
    r"\b(?:look(?:ing)?\s+forward\s+to|hop(?:e|ing)\s+to|(?:would|'d)\s+(?:love|like)\s+to|"
    r"keen\s+to|can'?t\s+wait\s+to|excited\s+to|want\s+to|let'?s)\s+(?:finally\s+|actually\s+)?"
    r"(?:meet(?:ing)?|catch(?:ing)?\s+up|grab(?:bing)?\s+(?:a\s+)?(?:coffee|lunch))\b",
)
# Saying the two have not met: the learned model may not add a meeting then ("we were
# both at the World Tour - didn't get to chat", "we've never actually met").
NEVER_MET = _compile(
    # "wish we'd actually met", "did we ever actually meet?"
    r"\bwish\s+we'?d\s+(?:actually\s+|properly\s+|ever\s+)?met\b(?!\s+(?:sooner|earlier|before|years|ages))|"
    r"(?<!what\s)(?<!when\s)(?<!where\s)(?<!how\s)\bdid\s+we\s+(?:ever\s+)?(?:actually\s+)?meet\b",
    r"\b(?:didn'?t|did\s+not|never)\s+(?:get\s+to|got\s+to|manage\s+to)\s+(?:chat|talk|meet|"
    r"speak|say\s+hi)\b|\b(?:we'?ve|we\s+have|we)\s+never\s+(?:actually\s+)?met\b|"
    r"\bhaven'?t\s+(?:actually\s+)?met\b|"
    # "dommage qu'on n'ait pas pu discuter", "no pudimos hablar", "nicht dazu gekommen"
    r"\bn'?(?:ait|ai|avons|a)\s+pas\s+pu\s+(?:discuter|parler|se\s+parler|echanger)\b|"
    r"\bno\s+(?:pudimos|pude|llegamos\s+a)\s+(?:hablar|charlar|conversar|coincidir)\b|"
    r"\bnao\s+(?:conseguimos|deu\s+(?:para|pra))\s+(?:conversar|falar)\b|\bnicht\s+(?:dazu\s+)?gekommen\b|"
    r"\bnon\s+(?:siamo\s+riusciti|abbiamo\s+potuto)\s+(?:a\s+)?(?:parlare|chiacchierare)\b",
)
# Said before a school or organisation in the same sentence, it is about someone else
# ("my daughter studies at UT", "my manager used to work at Initech"), unless the sender
# is included ("my brother and I", "my old flatmate from our Leeds days").
SOMEONE_ELSE_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|mon|ma|mes|mi|mis|meine?|meinen|meu|minha|meus|minhas|mijn|onze|"
    r"mio|mia|miei|mie)\s+(?:[\w-]+\s+)?(?:daughters?|sons?|kids?|children|child|wife|husband|"
    r"brothers?|sisters?|mum|mom|mother|dad|father|parents?|niece|nephew|cousin|"
    r"fille|fils|enfants?|femme|mari|frere|soeur|hij[oa]s?|espos[oa]|herman[oa]s?|tochter|"
    r"sohn|kinder|bruder|schwester|filh[oa]s?|marido|irma|irmao|dochter|zoon|kinderen|vrouw|"
    r"broer|zus|figli[oa]?|moglie|marito|fratello|sorella|manager|boss|colleagues?|friends?|flatmate|"
    r"roommate|co-?founder|mentor|partner|founder|ceo|cto|coo|primo|prima|tio|tia|amigo|amiga|"
    r"girlfriend|boyfriend|fianc[eé]e?|"
    r"novio|novia|namorad[oa]|cousine|oncle|tante|copain|copine|vetter|freund|freundin|"
    r"cugin[oa]|amic[oa]|zio|zia)\b(?![^.!?]*\b(?:(?:and|&)\s+(?:i|me)|our|we)\b)"
    r"[^.!?]{0,60}$|"
    r"\b(?:he|she|they)\s+(?:is|are|was|were|'s|studies|studied|works|worked|went)\b[^.!?]{0,30}$|"
    # "Yusuf mentioned you two worked together at X": the recipient and someone else
    r"\byou\s+(?:two|both|guys)\b[^.!?]{0,30}$|"
    r"\b(?:he|she|they|him|her|them)\s+and\s+you\b[^.!?]{0,30}$|"
    # other people's school or firm: "we run bootcamps with students from Monash and X"
    r"\b(?<!fellow\s)(?:students|graduates|grads|interns|candidates|trainees|hires)\s+(?:from|at|of)\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?$|"
    # grads the sender works with, hires or places: "I work with a lot of Melbourne Uni grads"
    r"\b(?:a\s+lot\s+of|lots\s+of|plenty\s+of|many|several|hire|hires|hiring|hired|place|places|placed|"
    r"placing|recruit\w*|work\s+with|supports?|serves?|coach(?:es)?)\s+(?:(?:[\w-]+\s+){0,2}?(?:a\s+lot\s+of|"
    r"lots\s+of|many)\s+)?$|"
    # candidates the sender represents: "two ex-Hooli SREs"
    r"\b(?:represent|representing|placing|have|got)\s+(?:an?|two|three|four|five|\d+|some|several)\s+"
    r"(?:[\w-]+\s+){0,3}?\(?ex-?\s*$"
)
# "I was one of your SDRs at Southern Cross": the sender worked there, under the recipient
WORKED_UNDER_RECIPIENT_BEFORE = re.compile(
    r"\b(?:i\s+was|i'?m|i\s+used\s+to\s+be)\s+(?:one\s+of\s+)?your\s+(?:[\w-]+\s+){0,2}?"
    r"(?:at|in|with)\s+(?:the\s+)?$|"
    # "joining your team at", "I was one of the new AEs in your", "I was the intern on your team at"
    r"\bjoin(?:ing|ed)?\s+your\s+(?:[\w-]+\s+)?(?:team|squad|org|group|department|desk)\s+(?:at|in)\s+"
    r"(?:the\s+)?$|"
    r"\bi\s+was\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:aes?|sdrs?|bdrs?|interns?|"
    r"analysts?|engineers?|grads?|graduates?|trainees?|hires?|starters?|reps?|recruiters?|associates?|"
    r"managers?|juniors?)\s+(?:in|on)\s+your\s+"
    r"(?:(?:team|desk|squad|academy|programme|program|cohort)\s+(?:at|in)\s+(?:the\s+)?)?$"
)
STUDY_CUES = re.compile(
    r"\b(?:alum\w*|grad\w*|undergrad\w*|postgrad\w*|sophomore|freshman|fresher|"
    r"(?:first|second|third|final)[- ]year|[1-4](?:st|nd|rd|th)[- ]year|"
    r"student\w*|stud(?:y|ied|ying)|class\s+of|degree|mba|msc|bsc|phd|"
    r"masters?|bachelors?|campus|semester|lectures?|course|fellow|before\s+that|back\s+then|"
    r"(?:batch|class|course|cohort)[- ]?mates?|(?:both|also)\s+went\s+to|"
    r"careers?\s+(?:fair|evening|night|day)|reunion|estudi\w*|etudi\w*|ancien\w*|studi\w*|"
    # Vietnamese, as folded: "former student", "student", "graduated", "studied at"
    r"cuu\s+sinh\s+vien|sinh\s+vien|tot\s+nghiep|hoc\s+(?:o|tai)|"
    # romanised Tamil "I studied"
    r"padich\w*|padiththe\w*)\b|"
    r"'\d\d\b|\b(?:19|20)\d\d\b|"
    + "|".join(
        fold(word).folded
        # Hindi "studied", "student", "studies"; Chinese and Japanese "alumni",
        # "classmate", "graduate"; Korean "alumni", "graduation"; Tamil "studied"
        for word in (
            *("पढ़", "छात्र", "पढ़ाई", "校友", "同学", "同學", "卒業", "동문", "졸업"),
            *("படித்", "படிச்"),
        )
    )
)
# A group named only as something watched online ("saw the APUG talk on YouTube"), or with
# its membership denied ("not a member myself"), is not common ground; membership said
# in the same sentence still is.
NOT_A_MEMBER = _compile(
    r"\bnot\s+(?:a\s+)?member\b|\b(?:i'?m|i\s+am)\s+not\s+(?:in|part\s+of)\b|\bnever\s+(?:made\s+it|been)\b[^.!?]{0,20}?\bin\s+person\b|"
    r"\bnon\s+sono\s+(?:un\s+)?membro\b|\bno\s+soy\s+miembro\b|\bne\s+suis\s+pas\s+membre\b|"
    r"\bkein\s+mitglied\b|\bgeen\s+lid\b|\bnao\s+sou\s+membro\b"
)
WATCHED_ONLINE = re.compile(
    r"\b(?:watch\w*|saw|seen|caught|follow\w*|view\w*|listen\w*|visto|vi|vu|gesehen|guardat\w*|"
    r"assisti\w*|bekeken|gekeken)\b[^.!?]*\b(?:youtube|livestream|live\s?stream|linkedin\s+live|"
    r"recordings?|podcast|channel|replay|posts|feed|newsletter|page|webinar)\b|\b(?:youtube|livestream|linkedin\s+live|recordings?|podcast|channel|"
    r"replay)\b[^.!?]*\b(?:watch\w*|saw|seen|follow\w*|view\w*|listen\w*|visto|vu|gesehen)\b"
)
# "you're in the SLA group, right?": the recipient's ("your APUG talk" was heard by a member)
RECIPIENTS_GROUP_BEFORE = re.compile(
    r"\b(?:you'?re|you\s+are|u\s+r)\s+(?:also\s+)?(?:in|a\s+member\s+of|part\s+of|with)\s+(?:the\s+)?$"
)
MEMBER_WORDS = re.compile(
    r"\b(?:member|members|joined|fellow|regular|attend\w*|organi[sz]\w*|volunteer\w*|"
    r"membro|miembro|membre|mitglied|lid)\b"
)
# A name followed by these is the audience of an offer ("PTF members get 10% off", "King's
# alumni get a special rate"), not the sender's own.
AUDIENCE_AFTER = re.compile(
    r"(?:'s)?(?:\s+[\w-]+)?\s+(?:members?|alumni|alums|grads|graduates|staff|employees|people|folks|"
    r"community)(?:\s+(?:in|at|of|from)\s+(?:the\s+)?[\w-]+)?[:,]?\s+"
    r"(?:can\s+now\s+|now\s+)?(?:get|gets|can|qualify|receive|save|enjoy|are\s+eligible|pay|join|"
    r"are\s+in\s+(?:hot\s+|high\s+|huge\s+)?demand)\b|"
    # a sponsor or supplier of the body, not one of its members
    r"(?:\s+[\w-]+)?\s+(?:sponsors?|vendors?|suppliers?|advertisers?)\b"
)
# "special offer for X members", "exclusive for X", "offering X alumni"
AUDIENCE_BEFORE = re.compile(
    r"\b(?:offers?|offering|discounts?|deals?|rates?|exclusive|special|available)\s+(?:\w+\s+){0,2}?"
    r"(?:for|to)\s+(?:all\s+)?(?:the\s+)?$|\boffering\s+(?:all\s+)?$"
)
# Where someone the sender asks to meet is: "introduce me to whoever runs events at X"
INTRODUCTION_TO_BEFORE = re.compile(
    r"\b(?:introduce|intro)\s+(?:me|us)\s+to\s+(?:[\w'-]+\s+){0,5}?(?:at|in|from)\s+(?:the\s+)?$"
)
# "as a member of the UT Austin alumni community you qualify": said of the recipient
AS_THE_RECIPIENT_BEFORE = re.compile(
    r"\bas\s+(?:a|an)\s+(?!fellow\b)(?:valued\s+)?(?:member|alumn\w+|graduate|grad)\s+of\s+(?:the\s+)?$"
)
# "as a Monash grad you'll appreciate...", "as an ex-Brightwater guy you know...": the
# recipient, when "you" follows ("as a fellow Monash grad, you'll know" is shared)
AS_A_BEFORE = re.compile(r"\bas\s+(?:a|an)\s+(?:ex-?|former\s+)?$")
YOU_AFTER = re.compile(
    r"(?:[\s-]+[\w'-]+){0,2}\s*,?\s+(?:you|u)(?:'ll|'d|'re|'ve|\s+(?:know|will|would|can|must|might|"
    r"are|get|probably|understand|appreciate|love))\b"
)
# A connection named only as someone whose post, talk or endorsement the sender saw
# ("saw Noah Kim's talk", "Hannah Wright endorsed you") is no common connection.
ONLY_SEEN_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:post|posts|talk|podcast|article|video|comment|webinar|newsletter|"
    r"thread|tweet)\b|\s+(?:tagged|endorsed|shared|liked|reposted|retweeted)\s+(?:you|your)\b|"
    r"\s+(?:on|via)\s+(?:twitter|x|youtube|instagram|tiktok|substack)\b|\s+through\s+(?:his|her|their)\s+"
    r"(?:blog|posts?|podcast|newsletter|videos?|talks?)\b|"
    # "Ben Okafor is one of your connections, right?": the recipient's, asked about
    r"(?:'s|\s+is)\s+(?:one\s+of\s+)?(?:your|ur)\s+connections?\b"
)
ONLY_SEEN_BEFORE = re.compile(
    r"\b(?:saw|seen|read|watched|listen(?:ed|ing)?\s+to|listener\s+of)\s+$|\bi\s+(?:only\s+)?follow\s+$|"
    r"\b(?:you'?re|you\s+are)\s+connected\s+(?:with|to)\s+$|\b(?:introduce\s+me\s+to|since\s+you\s+know|"
    r"you\s+and)\s+$|\bdon'?t\s+(?:actually\s+|really\s+|personally\s+)?know\s+$"
)
# The sender sold to the firm, so was never one of its people ("I sold HSA its printers").
CUSTOMER_BEFORE = re.compile(
    r"\b(?:sold|supplied|pitched|quoted|invoiced)\s+$|"
    # what the sender supplies to the firm: "we supply temp staff to a few Northwind sites"
    r"\b(?:did|do|does|handled|ran|designed|built)\s+(?:the|their|all\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:branding|marketing|website|campaigns?|pr|audits?|design|advertising|ads|recruitment|hiring|"
    r"payroll|catering|events|video|photography)\s+for\s+(?:the\s+)?$|"
    r"\b(?:supply|supplies|supplying|sell|sells|selling|provide|provides|providing)\s+"
    r"(?:[\w-]+\s+){1,4}?(?:to|for)\s+(?:a\s+few\s+|several\s+|many\s+|some\s+|most\s+)?"
    r"(?:of\s+)?(?:the\s+)?$"
)
# A pitch cue that only says what the sender supplies ("we supply", "our agency provides"):
# no pitch when what follows is the recipient's own firm as the customer (rules.py).
SUPPLIER_SAYS = re.compile(
    r"(?:we|(?:our|my)\s+(?:agency|firm|company|team|business))\s+(?:already\s+)?(?:supply|supplies|provide|"
    r"provides|sell|sells)\b"
)
# The firm as the sender's customer, competitor or other party, not the sender's
# employer: "Globex's biggest competitor", "I was at SCB too! Well, as a customer".
_NOT_A_ROLE_AFTER = (
    # (not "as a customer success manager", "a user researcher": a job there)
    r"(?!\s+(?:success|research\w*|experience|support|service\w*|partner\w*|manager|engineer\w*|"
    r"advocate|insights?|relations|care|lead|director|representative|rep|operations|ops)\b)"
)
OTHER_PARTY_AFTER = re.compile(
    r"'s\s+(?:[\w-]+\s+){0,2}?(?:competitors?|rivals?|competition|clients?|customers?|suppliers?|"
    r"vendors?)\b|"
    r"(?:[^.!?]{0,20}[.!?]*\s+(?:well|ok|okay|ha|haha|lol)?[,.]?\s*(?:only\s+|just\s+)?as\s+an?\s+"
    r"(?:customer|client|visitor|guest|patient|user|shopper|supplier|vendor)\b"
    # "a long-time Coralbay Telecom customer"
    r"|\s+(?:customer|client|user|subscriber|supplier|vendor)s?\b)" + _NOT_A_ROLE_AFTER
)
# In a headline, a firm the sender serves is not one they work at: "Partner to
# Northwind Pharma", "Vendor to Globex Cloud"; nor, anywhere, is a firm that is the
# sender's account: "Account Manager (Globex account)", "I look after the Globex
# relationship".
HEADLINE_SERVES_BEFORE = re.compile(
    r"\b(?:partner|reseller)\s+to\s+(?:the\s+)?$|\b(?:vendor|supplier|provider|agency|contractor)\s+"
    r"(?:to|for|of)\s+(?:the\s+)?$|\b(?:serving|supplying|selling\s+to)\s+(?:the\s+)?$"
)
ACCOUNT_AFTER = re.compile(
    r"\s+(?:account|relationship)\b(?!\s+(?:executive|exec|manager|management|director|lead|partner|"
    r"officer|team|specialist|coordinator|owner|planner|banker|bankers|banking)\b)"
)
# A guest of the school, not one who studied there: "visiting researcher at KCL", "ricercatrice
# ... in visita a UT" (a visiting student did study there, and a visit may be a reunion).
VISITING_BEFORE = re.compile(
    r"\b(?:(?:visiting|guest)\s+(?:researcher|scholar|professor|fellow|lecturer|speaker|academic)\s+"
    r"(?:at|in)|(?:ricercat\w+|professor\w*|docente)\s+(?:\w+\s+){0,3}?in\s+visita\s+(?:a|al|alla|presso)|"
    r"(?:gastforscher\w*|gastprofessor\w*|gastwissenschaftler\w*)\s+(?:an|am|bei))\s+(?:the\s+)?$"
)
ALUM_AFTER = re.compile(r"(?:'s)?\s*alum(?:ni|na|nus|s)?\b")
# Said after a school that the sender works at: they studied there too ("did my MBA
# there", "and also an alum"); not "noticed you're a KCL graduate"
STUDIED_THERE_AFTER = re.compile(
    r"\b(?:did\s+my\s+(?:[\w-]+\s+){0,2}?(?:degree|ba|bsc|msc|mba|phd|masters?|bachelor\w*|undergrad\w*|"
    r"doctorate|studies)\s+there|(?<!you\s)(?<!u\s)(?:studied|graduated)\s+there|(?:also|myself)\s+(?:an?\s+)?"
    r"(?:alum\w*|graduate|grad)|during\s+my\s+(?:undergrad\w*|degree|studies|phd|masters|mba))\b"
)
# Study itself, not the word "alum" (which a firm's former staff use too)
STUDIED_CUES = re.compile(
    r"\b(?:stud(?:y|ied|ying)|degree|class\s+of|graduated|graduating|universit\w+|college|campus|"
    r"bachelor\w*|masters?|mba|semester|lectures?)\b"
)
# A school the sender only hopes for, or was turned down by
WISH_AFTER = re.compile(
    r"\s+is\s+on\s+my\s+(?:short\s*)?list\b|(?:'s)?\s+applications?\s+(?:got\s+|was\s+)?(?:rejected|"
    r"turned\s+down|declined|denied)\b"
)
# A school's name followed by one of its services is said by its staff ("KCL careers team
# here", "the Monash admissions office").
STAFF_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:careers?|admissions|alumni\s+(?:relations|office|engagement)|recruitment|outreach|"
    r"employer\s+(?:engagement|relations)|events|marketing|hr|it|library|research\s+office|"
    r"development|fundraising|placements?)\s+(?:team|office|service|services|department|dept|unit)\b"
)
# A place-name school followed by one of these is the town, not the school ("our Leeds
# office", "Monash site").
PLACE_AFTER = re.compile(
    r"\s*(?:office|offices|branch|site|hq|headquarters|hub|plant|store|depot|studio|warehouse|"
    r"lab|clinic|hospital|team|campus)\b(?!\s+(?:tour|visit|club)\b)"
)
SECOND_PERSON_BEFORE = re.compile(
    r"\b(?:your|ur|you'?re|you\s+are|you\s+were|u\s+were|u\s+are|you'?ve|you\s+have|"
    r"you\s+(?:studied|went|graduated|work|worked|teach|taught|joined|left|run|ran|lead|led|interviewed))\b"
    r"[^.!?,;]{0,25}$"
)
# "a half day at UT", "the careers fair at KCL": the school is where something happens.
# After a school's name, an event held there ("at the Monash Business School breakfast").
VENUE_AFTER = re.compile(
    r"\s+(?:breakfast|dinner|lunch|event|conference|summit|panel|fair|careers\s+fair|"
    r"hackathon|workshop|networking\s+(?:event|night|evening)|talk|lecture|open\s+day)\b"
)
AT_THE_BEFORE = re.compile(r"\bat\s+(?:the\s+|a\s+)?$")
VENUE_BEFORE = re.compile(
    r"\b(?:day|evening|night|event|lunch|dinner|breakfast|fair|hackathon|conference|summit|"
    r"workshop|panel|bootcamp)\s+(?:at|in)\s+(?:the\s+)?$|\b(?:held|hosted|run)\s+(?:at|in)\s+(?:the\s+)?$|"
    # the same in es, fr, de, pt, it, nl: "en la feria de empleo de la Universidad de Leeds"
    r"\b(?:feria|jornada|evento|conferencia|congreso|foire|salon|soiree|journee|forum|messe|"
    r"tagung|konferenz|feira|fiera|convegno|giornata|beurs|bijeenkomst)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:de\s+la|del|de|en\s+la|en|a\s+la|au|a\s+l'|a|an\s+der|der|des|na|no|da|do|della|dell'|"
    r"alla|all'|van\s+de|bij)\s*$"
)
ALUMNI_WORDS = re.compile(
    r"\b(?:alum\w*|grad\w*|studied|student\w*|class\s+of|estudi\w+|egresad\w+|exalumn\w+|"
    r"ancien\w*|etudi\w+|diplom\w+|studiert\w*|absolvent\w*|estudei|formad[oa]|studiat\w*|"
    r"laureat\w*|gestudeerd)\b"
)
WORK_CONTEXT_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|hiring|recruit\w*|partner\w*|teach\w*|taught|lectur\w*|sessional|"
    r"lead|leads|leading|direct|directs|convene|convenes|"
    r"staff|run|runs|"
    r"running|careers?|programmes?|"
    r"employed|officer|manager|placements?|engagement|relations|admissions|outreach|"
    r"fundraising|advancement|look(?:s|ing)?\s+after|professor|adjunct|faculty|dean|tutor\w*|"
    r"coordinate|coordinates|coordinating|coordinator|(?:my|our)\s+(?:lab|research\s+group|department))"
    # up to "at", "for"..., not past a word of study ("worked with many, and studied at")
    r"\b(?:(?!stud|grad)[^.!?]){0,60}?\b(?:at|for|with|from|in)\s+(?:the\s+)?$|"
    # "I run the Leeds alumni mentoring scheme", "putting together the Monash alumni night"
    r"\b(?:run|runs|running|organi[sz]\w*|coordinat\w*|manag\w*|put(?:ting)?\s+together|lead|leads|"
    r"leading)\s+(?:the|our)\s+$"
)
# "studied in Melbourne", "grew up in Leeds": a place name after "in" is the town
TOWN_BEFORE = re.compile(
    r"\b(?:stud(?:y|ied|ying)|grew\s+up|live[ds]?|living|based|born|raised|from)\s+"
    r"(?:here\s+)?in\s+$|\boriginally\s+from\s+$"
)
TOWN_AFTER = re.compile(r"\s+originally\b")
ALSO_NEARBY = re.compile(
    r"\b(?:too|as\s+well|also|fellow|both|like\s+me|same\s+as\s+me|moi\s+aussi|tambien|auch|"
    r"ook|anche)\b"
)

# A headline that names a school shows study there only with one of these words. (Headline
# patterns are plain: gating a text costs a look-up of its words for every phrase set, worth it
# for a note that many sets scan, not for a headline that two do.)
STUDY_WORDS = re.compile(
    r"\b(?:student|studying|alum(?:ni|na|nus)?|graduate|grad|undergrad\w*|postgrad\w*|sophomore|"
    r"freshman|mba|msc|bsc|phd|"
    r"candidate|class\s+of|etudiant\w*|estudiante|student\w*|studente|aluno|aluna)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:relations|engagement|officer|office|affairs|coordinator|manager|outreach|services|"
    r"advis[eo]r|support|recruitment|success|experience|counsel+or|administration))"
)

# In a headline, a degree or a class year beside a school says the sender studied there
# ("BCom (UniMelb)", "KCL Law '21", "ECE '18, IIT Madras"). Not "MA" or "BS": a US state, slang.
HEADLINE_DEGREE = re.compile(
    r"\b(?:ba|bsc|bcom|bcomm|beng|btech|bba|llb|llm|meng|mtech|mphil|dphil|mres|msci)\b|'\d\d\b"
)

# A degree written straight after a school in a headline ("UT Austin MS"): beside the
# name, "MS" and "MA" are degrees, not a state.
DEGREE_AFTER_SCHOOL = re.compile(
    r"\s*(?:ms|ma|bs|ba|mba|phd|msc|bsc|meng|beng|mphil|llm|llb|bcom)\b"
)

# Cue, then a capitalised name: a claim whatever the profile says.
SHARED_ORGANISATION_CUES = _compile(
    r"\bworked\s+together\s+(?:at|for|in)\s+(?:the\s+)?",
    r"\bwe\s+(?:both\s+)?worked\s+(?:both\s+)?(?:at|for)\s+(?:the\s+)?",
    r"\b(?:were|was)\s+(?:both|together)\s+(?:at|in)\s+(?:the\s+)?",
    r"\b(?:we|were\s+we|weren't\s+we)\s+(?:were\s+)?both\s+(?:at|from)\s+(?:the\s+)?",
    r"\boverlapped\s+(?:at|in)\s+(?:the\s+)?",
    r"\b(?:another|also|both)\s+ex-?\s*",
    r"\bfellow\s+ex-?\s*",
    r"\bcolleagues?\s+(?:at|from)\s+",
    r"\btravaille\s+ensemble\s+(?:chez|a)\s+",
    r"\btrabajamos\s+junt[oa]s\s+en\s+",
    r"\btrabalhamos\s+juntos\s+(?:na|no|em)\s+",
    r"\bzusammen\s+bei\s+",
    r"\bsamen\s+bij\s+",
    r"\blavorato\s+insieme\s+(?:in|da|presso|a)\s+",
)
SCHOOL_CUES = _compile(
    r"\bstudied\s+(?:\w+\s+)?(?:at|in)\s+(?:the\s+)?",
    r"\bstudying\s+at\s+(?:the\s+)?",
    r"\bgraduated\s+(?:from|at)\s+(?:the\s+)?",
    r"\balumn(?:us|a|i)\s+of\s+(?:the\s+)?",
    r"\bancien(?:ne)?s?\s+(?:eleve\s+)?(?:de\s+l'|de\s+la\s+|de\s+|d'|du\s+)",
    r"\b(?:j'ai\s+)?(?:aussi\s+)?etudie\s+(?:a\s+l'|a\s+la\s+|au\s+|a\s+)",
    r"\b(?:estudie|estudiamos)\s+(?:tambien\s+|los\s+dos\s+|las\s+dos\s+|juntos\s+|juntas\s+)?en\s+"
    r"(?:la\s+|el\s+)?",
    r"\b(?:egresad[oa]|exalumn[oa]|ex-alumn[oa])\s+de(?:l|\s+la)?\s+",
    r"\b(?:ex-?alun[oa]|antig[oa]\s+alun[oa])\s+(?:d[oa]|da|de)\s+",
    r"\b(?:estudei|estudamos)\s+(?:tambem\s+|os\s+dois\s+|as\s+duas\s+|juntos\s+|juntas\s+)?(?:na|no|em)\s+",
    r"\bhabe\s+(?:auch\s+)?(?:an\s+der|am|an\s+dem|in)\s+",
    r"\bheb\s+(?:ook\s+)?(?:aan|op)\s+(?:de\s+|het\s+)?",
    r"\b(?:ho|abbiamo)\s+studiato\s+(?:anch'?\s*io\s+|anche\s+io\s+|entramb[ie]\s+|insieme\s+)?"
    r"(?:all'|alla|al|presso\s+(?:il\s+|la\s+|l')?|a)\s*",
    r"\bdiplome(?:e)?s?\s+(?:de\s+l'|de\s+la\s+|de\s+|d'|du\s+)",
    r"\b(?:me\s+gradue|me\s+licencie|titulad[oa])\s+(?:en|de)\s+(?:la\s+|el\s+)?",
    r"\b(?:absolvent(?:in)?|alumnus|alumna)\s+(?:der|des|von|van|de)\s+(?:de\s+|het\s+)?",
    r"\b(?:me\s+formei|formei-me|formad[oa])\s+(?:tambem\s+)?(?:na|no|em|pela|pelo)\s+",
    r"\b(?:afgestudeerd|studeerde)\s+(?:ook\s+)?(?:aan|bij|in|op)\s+(?:de\s+|het\s+)?",
    r"\b(?:laureat[oa]|mi\s+sono\s+laureat[oa])\s+(?:anch'?\s*io\s+)?"
    r"(?:all'|alla|al|presso|a|in)\s*",
)
GROUP_CUES = _compile(
    r"\bmembers?\s+of\s+(?:the\s+)?",
    r"\bmembre\s+(?:de\s+la\s+|du\s+|de\s+l'|de\s+|d')",
    r"\bmiembro\s+(?:de\s+la\s+|del\s+|de\s+)",
    r"\bmembro\s+(?:da\s+|do\s+|de\s+|del\s+|della\s+|dell')",
    r"\bmitglied\s+(?:in\s+der\s+|im\s+|bei\s+|der\s+|des\s+)",
    r"\blid\s+van\s+(?:de\s+|het\s+)?",
)

# --- specific opportunity ------------------------------------------------------------------

# An invitation to join the sender's network is the stock text, not an opportunity.
_NOT_THE_NETWORK = r"(?![^.!?]{0,40}\b(?:network|linkedin|reseau|red|netzwerk|rede|netwerk|rete)\b)"

OPPORTUNITY = _compile(
    r"\b(?:quiet|discreet|confidential)\s+approach\b|\bany\s+interest\s+in\s+(?:hearing|learning|chatting|"
    r"talking)\s+(?:about|more)\b",
    # advice asked: "any advice on what you'd do", French "vous demander conseil", es, de, it, pt;
    # German "about a coaching for my team"
    r"\bany\s+advice\s+on\s+(?:what|how)\s+you\b",
    r"\b(?:vous|te)\s+demander\s+(?:conseil|votre\s+avis|ton\s+avis)\b|\bpedir(?:te|le)\s+(?:un\s+)?consejo\b|"
    r"\b(?:sie|dich)\s+um\s+(?:rat|ihren\s+rat|deinen\s+rat)\s+(?:fragen|bitten)\b|\bchieder(?:ti|le)\s+"
    r"(?:un\s+)?consiglio\b|\bpedir\s+(?:o\s+)?(?:seu|teu)\s+conselho\b",
    r"\bwegen\s+(?:eines|einer)\s+(?:coachings?|workshops?|trainings?|beratung|projekts?|zusammenarbeit)\b",
    # a confidential chat about a role; a tender to bid on; the recipient's work featured
    r"\bfancy\s+a\s+(?:confidential|discreet)\s+(?:chat|call|conversation|coffee)\b",
    r"\b(?:tender|rfp|rfq)\s+(?:documents?|pack|brief|invitation|process)\b|\binvitation\s+to\s+tender\b|"
    r"\b(?:request\s+for\s+(?:proposals?|tenders?|quotations?))\b",
    r"(?<!a\s)(?<!the\s)(?<!new\s)(?<!one\s)\bfeature\s+your\s+(?:post|work|story|article|talk|project|"
    r"research|writing|piece)\b",
    # Vietnamese "invite you to be (the keynote speaker)"; Arabic "open to a (confidential)
    # conversation", Czech "we are looking for advice", German "win you for our panel"
    r"\bmoi\s+(?:ong|ba|anh|chi|ban)\s+(?:lam|tham\s+gia|phat\s+bieu|chia\s+se)\b",
    r"\bمنفتح\w*\s+على\s+(?:محادثة|فرصة|دور)|\bمحادثة\s+سرية\b",
    r"\bhledame\s+(?:radu|konzultant\w*|kouc\w*|odbornik\w*|lektor\w*)\b",
    r"\b(?:sie|dich)\s+(?:gerne?\s+)?fur\s+(?:unsere?[nmrs]?|das|die|den)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:podium|"
    r"panel|vortrag|keynote|projekt|beirat|jury|interview|studie|workshop|diskussion|runde|konferenz)"
    r"[\w-]*\s+(?:[\w-]+\s+){0,4}?gewinnen\b",
    # a colleague's request: "connect w u re the ATS migration", "sync on how your team
    # does on-call", "can you send me the agency list you mentioned?"
    r"(?<!')\b(?:re|regarding)\s+(?:the|our|your|ur)\s+(?:[\w-]+\s+){0,2}?(?:migration|rollout|roll-out|"
    r"implementation|integration|rebuild|redesign|launch|project|programme|program|rfp|tender)\b",
    r"\bsync\s+(?:up\s+)?(?:sometime\s+|soon\s+)?(?:on|about)\s+(?:how|what)\s+(?:your|ur)\b",
    r"\b(?:can|could)\s+(?:you|u)\s+send\s+(?:me|us)\s+(?:the|that)\s+(?:[\w-]+\s+){0,4}?(?:you|u)\s+"
    r"mentioned\b",
    # a role being filled: "our client is replacing its Director of TA"
    r"\b(?:is|are)\s+(?:replacing|recruiting|appointing|hiring)\s+(?:its|their|a|an)\s+(?:new\s+|first\s+)?"
    r"(?:head|director|vp|chief|lead|manager)\s+of\b",
    # "may I ask you two questions" in it, es, pt, fr, de
    r"\bposso\s+(?:farti|farle|te\s+fazer|lhe\s+fazer|fazer-te)\s+(?:due|alcune|qualche|duas|"
    r"algumas|umas)\s+(?:domand\w*|pergunt\w*)\b|\bpuedo\s+hacerte\s+(?:un\s+par\s+de|dos|unas|"
    r"algunas)\s+preguntas\b|\bpuis-je\s+vous\s+poser\s+(?:deux|quelques)\s+questions\b|"
    r"\bdarf\s+ich\s+(?:dir|ihnen)\s+(?:zwei|ein\s+paar)\s+fragen\s+stellen\b",
    r"\bi'?m\s+hiring\s+you\b|(?:[$£€]\s?\d{2,3}k|\d{2,3}k\s?(?:gbp|usd|eur|aud))\s+(?:base|"
    r"salary|ote|package)\b|\b(?:want|would\s+like|looking)\s+to\s+hire\s+(?:you|coaching|a\s+coach|"
    r"your\s+services)\b",
    # asked to give time or expertise: "would you consider acting as an expert witness",
    # "might you be willing to contribute", "would you consider volunteering as a mentor"
    r"\b(?:would|might|could)\s+you\s+(?:ever\s+)?consider\s+(?:volunteering|mentoring|running|"
    r"speaking|joining|serving|acting|giving|hosting|judging|contributing|being|leading|chairing)\b|"
    r"\b(?:might|would|could)\s+you\s+be\s+(?:willing|open|able|happy|interested)\s+to\s+"
    r"(?:contribute|speak|share|join|review|mentor|advise|judge|talk|write|present|take\s+part|"
    r"attend|complete|joining|speaking|sharing|contributing|(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|call|chat|conversation|questionnaire|survey))\b",
    r"\b(?:would|'d)\s+love\s+(?:for\s+)?you\s+to\s+(?:give|speak|present|join|keynote|host|judge|"
    r"lead|run|open|chair|moderate)\b|\bwould\s+value\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?"
    r"(?:your\s+(?:counsel|advice|input|views?|perspective|thoughts|expertise|time)|call\s+with\s+"
    r"you)\b",
    # in Spanish, Russian, Dutch, Arabic: "count on you for the panel", "we are looking
    # for a coach", "may I interview you", "conduct an interview"
    r"\bcontar\s+contigo\s+(?:en|como|para)\b|\b(?:мы\s+)?ищем\s+(?:коуча|"
    r"тренера|консультанта|эксперта|специалиста|руководителя|директора|спикера|ментора)\b|"
    r"\bmogen\s+interviewen\b|\binterviewen\s+over\b|\bاجراء\s+مقابلة\b",
    r"\b(?:bolehkah\s+saya|boleh\s+saya)\s+(?:\w+\s+)?(?:mewawancarai|bertanya|meminta)\b|"
    r"\bmewawancarai\s+anda\b",
    r"\b(?:im|jej|jemu|mu)\s+przedstawic\b|\bzaproponowac\s+(?:warsztat|wystapienie|wspolprac\w*)\b",
    r"\b(?:te|le)\s+podria\s+(?:hacer|preguntar)\b|\bunas\s+(?:pocas\s+)?preguntas\b|\bmi\s+tesis\b",
    r"\bco-maintain\w*\b|\bshared\s+roadmap\b",
    r"\b(?:zou|zouden)\s+(?:[\w-]+\s+){1,2}?(?:daarvoor|ervoor|hiervoor)\s+openstaan\b|"
    r"\b(?:we\s+zoeken|zoeken\s+we|wir\s+suchen|buscamos|procuramos|cerchiamo)\s+(?:een|einen|eine|"
    r"un|una|um|uma)\s+(?:[\w-]+\s+)?partner\w*\b",
    r"\bsto\s+seguendo\s+(?:la\s+)?ricerca\b|\bproprio\s+cio\s+che\s+cerchiamo\b|"
    r"\bchiamata\s+riservata\b",
    r"\b(?:love|like|want)\s+you\s+to\s+do\s+(?:a\s+|an\s+|\d+\s+)?(?:talk|session|minutes|mins|slot|"
    r"keynote|workshop)\b",
    r"\b(?:dich|sie)\s+(?:sehr\s+)?(?:gern|gerne)\s+als\s+(?:sprecher\w*|referent\w*|keynote\w*|"
    r"speaker\w*|gast\w*|mentor\w*)\b",
    r"\b(?:hattest|hatten|hast|haben)\s+(?:du|sie)\s+(?:\d+|zehn|funfzehn|zwanzig|dreissig)\s+minuten\b",
    r"\b(?:want|like|love|keen|hoping|looking)\s+to\s+partner\s+with\b",
    r"\b(?:keen|like|love|want)\s+to\s+(?:chat|talk)\s+about\s+(?:[\w-]+\s+){0,2}?(?:coaching|"
    r"training|mentoring|advice|hiring|a\s+role|the\s+role|a\s+project)\b",
    r"\bhonou?red\s+to\s+have\s+you\s+as\b",
    r"\b(?:would\s+you\s+like|want|fancy)\s+a\s+(?:seat|spot|place)\b|\bwould\s+you\s+be\s+(?:keen|game)\b",
    r"\bte\s+gustaria\s+(?:ser|participar|dar|hablar|unirte|colaborar|presentar)\b|\bpodrias\s+"
    r"(?:contarme|explicarme|compartir|recomendarme|ayudarme)\b",
    r"\bhatten\s+sie\b[^.!?]{0,40}?\b(?:zeit|minuten)\b",
    r"(?:\bwould|'d)\s+(?:love|like|value|appreciate)\s+(?:a|an)\s+(?:candid|honest|frank|quick|"
    r"practitioner'?s?|user'?s?)\s+(?:[\w-]+\s+)?(?:view|take|opinion|perspective)\b",
    # a need of the sender's that the recipient's work answers
    r"\b(?:want|need|looking\s+for|after)\s+an?\s+(?:outside|external|fresh|independent|expert)\s+"
    r"(?:view|perspective|eye|opinion|pair\s+of\s+eyes|take)\b",
    # Not "pick your brain sometime": an ask with no time or topic to it is a pleasantry.
    r"\bpick\s+your\s+brains?\b(?![^.!?]{0,60}?\bsome\s?time\b)",
    r"\b(?:hear(?:ing)?|chat(?:ting)?|talk(?:ing)?|learn(?:ing)?)\s+(?:more\s+)?(?:about|abt|re)\s+"
    r"(?:a|an|this|the|our)\s+(?:[\w&/-]+\s+){0,4}?(?:role|position|opening|vacancy|job)\b",
    r"\b(?:talk|chat|speak)\s+about\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:engagement|project|"
    r"collaboration)\b|\b(?:book|have|grab|set\s+up)\s+a\s+(?:quick\s+|short\s+)?(?:chat|call|"
    r"conversation)\s+about\s+(?:our|my)\s+(?:[\w-]+\s+)?(?:team|teams|programme|program|plan|"
    r"project|hiring|onboarding)\b",
    r"\b(?:run|put)\s+(?:a\s+few|a\s+couple\s+of|some|two|three|four|five|\d+)\s+(?:quick\s+)?"
    r"questions\s+(?:past|by|to)\s+you\b|\bi'?m\s+reporting\s+on\b",
    # the same in Polish, German, Dutch, Portuguese and Spanish
    r"\bszukamy\s+(?:[\w-]+\s+){0,2}?(?:trener|konsultant|doradc|ekspert|prelegent|mentor|"
    r"specjalist|kandydat|osob)\w*",
    r"\b(?:wir\s+suchen|suchen\s+wir|und\s+suchen|we\s+zoeken|zoeken\s+we|buscamos|procuramos|"
    r"cerchiamo|nous\s+cherchons)\s+(?:[\w'-]+\s+){0,3}?[\w-]*(?:coaching|training|keynote|"
    r"workshop|programm|programa|programma|spreker|speaker)[\w-]*",
    r"\bzou\s+(?:je|u)\s+(?:\w+\s+)?willen\s+(?:spreken|presenteren|meedoen|deelnemen|beantwoorden)\b|"
    r"\b(?:een\s+paar|enkele)\s+vragen\b|\bsparren\s+over\b",
    r"\b(?:gostariamos\s+de|queriamos|nos\s+gustaria|quisieramos|we'?d\s+like\s+to)\s+"
    r"(?:entender|saber|aprender|ouvir|understand|learn)\s+(?:como|how)\b",
    # (not "Zusammenarbeit" alone: a new colleague looks forward to working together)
    r"\b(?:parceria|partenariat|alianza\s+estrategica)\b",
    # a question or request about the recipient's work
    r"\b(?:could|can|may|might)\s+i\s+(?:\w+\s+)?"
    r"(?:ask|quote|interview|get\s+(?:a|your)|pick|buy\s+you|send\s+you\s+the\s+brief|"
    r"share\s+the\s+brief)\b",
    r"\b(?:could|can|would)\s+you\s+(?:\w+\s+)?(?:introduce|intro|connect\s+me|advise|share|"
    r"tell\s+me|explain|walk\s+me|give\s+(?:me|us)\s+(?:a\s+)?(?:quote|comment|steer|pointers?))\b",
    r"\b(?:hire|engage|book|bring\s+in|commission)\s+you\b|\bpay\s+(?:you|your)\b",
    r"\bwhat\s+(?:do|would)\s+you\s+charge\b|\byour\s+(?:day\s+)?(?:rates?|fees?)\s+(?:for|are)\b",
    r"\bdo\s+you\s+(?:run|offer|do|provide|take\s+on)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:workshops?|training|coaching|sessions?|consulting|mentoring|talks?|engagements?)\b",
    r"\b(?:writing|working\s+on|researching|preparing)\s+(?:an?|my|our|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:article|piece|story|report|book|chapter|paper|thesis|dissertation|study|feature|column|"
    r"newsletter|case\s+study)\b",
    r"\b(?:introduce|intro)\s+me\s+to\b",
    # offering the recipient an introduction (not to the sender's own product)
    r"\b(?:introduce|intro)\s+you\s+to\s+(?!(?:our|my)\s+(?:[\w-]+\s+)?(?:product|platform|tool|"
    r"service|solution|app|software|agency|offer)|(?:our|my)\s+(?:company|firm|team|services)\b)",
    r"\b(?:would|do|could|might)\s+you\s+have\s+(?:\d+|a\s+few|fifteen|twenty|thirty|half\s+an)\s*"
    r"(?:min|mins|minutes|hours?)\b",
    r"\b(?:looking\s+for|need|seeking|after)\s+(?:someone|somebody|a\s+person|an\s+expert)\s+to\s+"
    r"(?:run|lead|deliver|coach|train|help|advise|mentor|speak|facilitate|review)\b",
    r"\b(?:love|like|get|have|grab)\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:quote|comment)\s+from\s+you\b",
    r"\bdo\s+(?:you|your\s+team)\s+(?:still\s+|also\s+)?(?:use|prefer|recommend|measure|track)\b"
    # "do you use Hangouts?" asks for a private channel, not about the recipient's work
    r"(?!\s+(?:google\s+)?(?:hangouts|whatsapp|telegram|signal|wechat|kik|snapchat|instagram|line)\b)",
    r"\bhear\s+more\s+about\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:role|opening|position|vacancy)\b",
    # a joint piece of work with the recipient
    # (spelled out, so the gate is the joined word or "co" as a word, not every "co..." word)
    r"\bco-(?:design|deliver|host|create|author|present|run|teach|facilitate|organi[sz]e|write)\w*\b",
    r"\b(?:codesign|codeliver|cohost|cocreate|coauthor|copresent|corun|coteach|cofacilitate|"
    r"coorganise|coorganize|cowrite)\w*\b",
    # "how you organised X" in other languages
    r"\b(?:como|comment|wie|hoe|come)\s+(?:voces|voce|vous|ihr|sie|jullie|u|voi|ustedes|vosotros|tu|"
    r"seu|sua|su|sus|votre|vos|euer|eure|ihre|jouw|uw|il\s+tuo|la\s+tua|il\s+vostro)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:organi[sz]\w*|estrutur\w*|estructur\w*|structur\w*|strukturi\w*|"
    r"gestructureerd|struttur\w*|mede\w*|midi\w*|mesur\w*|gemessen|gemeten|misur\w*|montar\w*|"
    r"migr\w*|escal\w*|contrat\w*|recrut\w*|gerenci\w*|gestion\w*|gere[zr]?|aufgebaut|opgebouwd|"
    r"construi\w*|constru\w*|geschaald|skaliert|manej\w*|lidaram|gestit\w*)\b",
    # the sender's profile of the role fits the recipient, in other languages
    r"\b(?:ihr|dein|votre|ton|su|tu|seu|teu|je|uw|jouw|il\s+(?:suo|tuo))\s+(?:\w+\s+)?"
    r"(?:profil|perfil|profiel|profilo|parcours|werdegang|trayectoria|percurso)\s+"
    r"(?:passt|correspond|encaja|corresponde|se\s+ajusta|past|sluit|e\s+perfetto|combacia)\b",
    r"\b(?:hatten|waren)\s+sie\s+(?:interesse|interessiert)\b|\bseriez-vous\s+(?:ouverte?|interessee?)\b|"
    r"\b(?:estarias?|estaria)\s+(?:abiert[oa]|interesad[oa])\b|\bteria\s+interesse\b|"
    r"\b(?:zou|heb)\s+(?:je|u)\s+interesse\b|\bsaresti\s+(?:interessat[oa]|disponibile)\b",
    r"\bwould\s+you\s+be\s+(?:\w+\s+)?(?:willing|open|interested|up\s+for|available)\b"
    # (not open "to hearing about opportunities", in general, or to connecting)
    r"(?!\s+(?:to|in)\s+(?:hearing\s+(?:about|of)\s+|exploring\s+)?(?:new\s+|other\s+|future\s+|exciting\s+)?"
    r"(?:opportunities|options|openings|connecting|networking)\b)",
    r"(?:\bwould|'d)\s+(?:really\s+|greatly\s+|so\s+)?(?:love|value|appreciate|welcome|like)\s+"
    r"(?:to\s+get\s+|to\s+hear\s+|to\s+have\s+)?(?:your|some\s+of\s+your)\s+(?:\w+\s+)?"
    r"(?:take|thoughts|perspective|input|views?|advice|opinion|feedback|insights?|"
    r"expertise|guidance)\b",
    r"(?:\bwould|'d)\s+(?:love|value|appreciate)\s+(?:\d+|a\s+few|fifteen|twenty|thirty)\s+"
    r"(?:min|mins|minutes|hours?)\b",
    r"\b(?:love|like|want)\s+(?:to\s+)?(?:interview|quote|feature)\s+you\b",
    r"\b(?:love|like|want)\s+(?:to\s+)?have\s+you\b"
    r"(?!\s+(?:in|on|as\s+part\s+of)\s+(?:my|our)\s+(?:professional\s+)?network)",
    r"\b(?:love|like|want)\s+you\s+(?:to\s+speak|to\s+present|to\s+join|on)\b",
    r"\binterview\s+(?:you|a\s+handful|a\s+few)\b",
    r"\b(?:give|get|provide|offer)\s+(?:me\s+|us\s+)?(?:a|your)\s+(?:short\s+|quick\s+|brief\s+)?comment\b",
    r"\bhow\s+(?:did|do|does|has|have)\s+(?:your|you)\b",
    r"\bhow\s+(?:you|your\s+(?:team|company|org|group))(?:'ve|\s+have)?\s+(?:\w+\s+)?"
    r"(?:structur|measur|buil|handl|approach|decid|run|ran|scal|manag|set\s+up|organi[sz]|"
    r"hir|design|roll|migrat|split|kept|keep|ship|onboard|priorit|think|thought)\w*",
    r"(?<!don't\s)(?<!dont\s)\bask\s+(?:you\s+)?(?:about|how|a\s+(?:few|couple)|(?:two|three|some|a\s+few)\s+"
    r"(?:quick\s+)?questions)\b",
    # (not "keen to hear how your pilot goes": a pleasantry about the recipient's news)
    r"\b(?:would\s+love|keen|curious)\s+to\s+(?:hear|learn|understand)\s+(?:how|what|why|about)\b"
    r"(?![^.!?]{0,40}\b(?:goes|went|turns\s+out|pans\s+out)\b)",
    r"\btalk\s+to\s+you\s+(?:before|about)\b",
    r"\b(?:you'?re|you\s+are|you'd\s+be|you\s+would\s+be)\s+the\s+(?:right\s+|best\s+|ideal\s+|"
    r"perfect\s+|obvious\s+)?(?:person|one)\s+to\s+(?:talk|ask|speak)\b",
    r"\b(?:may|can|could)\s+i\s+send\s+(?:you\s+)?(?:a|the)\s+(?:short\s+|quick\s+|brief\s+)?"
    r"(?:outline|brief|details|overview|agenda)\b|\bcould\s+you\s+(?:lead|run|host|chair|facilitate|"
    r"moderate|judge|mentor)\s+(?:a|an|the|our)\b|"
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?would\s+you\s+(?:suggest|recommend)\b|"
    r"\byour\s+eyes\s+on\b",
    r"\b(?:love|like|want)\s+you\s+to\s+(?:chair|host|lead|judge|moderate|run|mentor|keynote|"
    r"review|write)\b|\b(?:love|like)\s+a\s+guest\s+(?:post|blog|article|column)\b|"
    r"\bany\s+chance\s+of\s+a\s+(?:short|quick|brief)\s+(?:call|chat)\b|\bwant\s+a\s+coach\b|"
    r"\bon\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?mandate\b|\bspeak\s+in\s+confidence\b",
    r"\b(?:could|can|may|might)\s+i\s+(?:grab|steal|borrow|have|book)\s+(?:\d+|a\s+few|fifteen|"
    r"twenty|thirty|half\s+an|an|a)\s*(?:min|mins|minutes|hours?|moment)\b",
    r"\bthe\s+(?:right\s+|best\s+)?(?:[\w-]+\s+)?(?:person|one|coach|expert|advis[oe]r|mentor)\s+"
    r"to\s+(?:talk|ask|speak)\s+to\b",
    r"\bbring(?:ing)?\s+you\s+(?:in|on\s+board|onboard|aboard)\b",
    r"\b(?:invite|inviting)\s+you\s+to\s+(?:speak|deliver|present|give|join|be|keynote|host|lead|"
    r"run|judge|teach|mentor|contribute|facilitate|chair|moderate|an?|our|the)\b"
    + _NOT_THE_NETWORK,
    r"\bwould\s+you\s+(?:like|want|be\s+keen|care)\s+to\s+(?:speak|give|present|join|deliver|"
    r"host|lead|run|teach|mentor|judge|contribute|write|chair|moderate|be\s+(?:on|part|our))\b",
    r"\b(?:give|deliver|run|host)\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}?(?:talk|lecture|"
    r"keynote|workshop|masterclass|session|presentation|training)\s+(?:on|for|at|to|about)\b",
    r"\b(?:rfp|rfq|tender|request\s+for\s+(?:proposals?|quotes?|tender))\b",
    r"\b(?:join|joining|sit\s+on|be\s+on|seat\s+on)\s+(?:our|the|an?|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:advisory\s+board|board|steering\s+committee|committee|advisory\s+(?:panel|council)|jury)\b",
    r"\badvisory\s+board\b|\badvie?s\w*[- ]?(?:panel|raad)\b",
    r"\b(?:working\s+on|running|leading|conducting|retained\s+on|handling)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:search|mandate|assignment)\b",
    r"\b(?:you(?:'d|\s+would)?\s+be|you'?re|you\s+are|your\s+(?:[\w-]+\s+){0,4}?"
    r"(?:background|profile|experience|mix|track\s+record))\s+(?:is\s+)?(?:a\s+)?"
    r"(?:strong|great|perfect|ideal|natural|excellent)\s+fit\b",
    # other languages: hiring, looking for someone like the recipient, wanting to hear how
    r"\b(?:nous\s+recrutons|je\s+recrute|recrutons\s+un|estamos\s+(?:contratando|buscando\s+un)|"
    r"wir\s+stellen\s+(?:\w+\s+)?ein|stellen\s+(?:\w+\s+)?ein|we\s+werven|"
    r"stiamo\s+(?:assumendo|cercando\s+un)|estamos\s+a\s+recrutar)\b",
    r"\b(?:wir\s+suchen|suchen\s+wir|und\s+suchen|we\s+zoeken|wij\s+zoeken|zoeken\s+we|zoeken\s+wij|ik\s+zoek|"
    r"zoek|ich\s+suche|buscamos|"
    r"procuramos|cerchiamo|nous\s+(?:re)?cherchons|je\s+(?:re)?cherche)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:coach|trainer\w*|mentor\w*|berater\w*|adviseur|consultant\w*|consultor\w*|consulente|"
    r"formateur|formatrice|sprecher\w*|referent\w*|spreker\w*|ponente|palestrante|relat(?:ore|rice)|"
    r"intervenant\w*|iemand|jemand\w*|alguien|alguem|qualcuno|quelqu'un|head|director\w*|"
    r"directeur|directrice|leiter\w*|vp)\b",
    r"\b(?:adoraria|gostaria\s+de|me\s+encantaria|j'aimerais|je\s+voudrais|wurde\s+gerne|"
    r"mochte\s+gerne|zou\s+graag|wil\s+graag|mi\s+piacerebbe|vorrei)\s+"
    r"(?:ouvir|saber|entender|escuchar|savoir|comprendre|entendre|horen|weten|horen|erfahren|"
    r"wissen|sapere|capire)\s*,?\s*(?:como|comment|wie|hoe|come)\b",
    r"\b(?:invitarte|invitarla|invitarle|vous\s+inviter|t'inviter|sie\s+einladen|dich\s+einladen|"
    r"convida-la|convida-lo|convida-los|o\s+convidar|a\s+convidar|te\s+convidar|convidar\s+voce|je\s+uitnodigen|u\s+uitnodigen|invitarti|invitarla)\s+"
    r"(?:a|para|om|voor|als|zu|zum|zur|come)\b" + _NOT_THE_NETWORK,
    r"\bdo\s+you\s+have\s+(?:any\s+)?(?:availability|capacity|time|space)\b",
    # "we'd like you as keynote speaker" in it, es, pt, fr, de, nl; "I could use a mentor"
    r"\b(?:ti|vi|la|le|te|lo)\s+(?:invitiamo|invitamos|convidamos)\b|\bvous\s+invitons\b|"
    r"\bwir\s+laden\s+(?:dich|sie|euch)\b|\bwe\s+nodigen\s+(?:je|u)\b" + _NOT_THE_NETWORK,
    r"\b(?:could\s+(?:really\s+)?use|(?:am|i'?m)\s+looking\s+for|need)\s+a\s+mentor\b",
    # buying the recipient's own service: "any chance you run workshops for a team of 8?"
    r"\b(?:do|would|could|any\s+chance)\s+(?:you|u)\s+(?:run|offer|deliver|do)\s+(?:\w+\s+)?"
    r"(?:workshops?|training|coaching|sessions|programs?|programmes?)\s+(?:for|with)\b|"
    r"\b(?:want|need|like|request)\s+a\s+(?:quote|proposal)\s+from\s+you\b|\bsend\s+(?:me\s+|us\s+)?your\s+"
    r"(?:rates|fees|pricing|rate\s+card)\b",
    # a position or a panel offered, in es, pt, fr, de, it, tr, vi
    r"\b(?:hablarte|hablarle|contarte|contarle|falar|te\s+parler|vous\s+parler|parlarti|parlarle)\s+"
    r"(?:de|sobre|d'|di)\s*(?:un|una|uma|une)\s+(?:puesto|vacante|posicion|vaga|posicao|poste|"
    r"posizione|oportunidad|oportunidade|opportunite|opportunita|proyecto|projeto|projet|progetto)\b|"
    r"\binteresse\s+an\s+(?:einem|einer|unserem|unserer)\s+(?:[\w-]+\s+)?(?:panel|vortrag|workshop|"
    r"keynote|podium\w*|rolle|position|stelle|projekt|zusammenarbeit|mandat)\b",
    r"\b(?:kocluk|egitim|danismanl[iı]k|mentorluk|konusmac[iı])\s+(?:[\w-]+\s+){0,2}?ar[iı]yoruz\b|"
    r"\bbirkac\s+sorum\s+(?:var|olacak)\b|\bxin\s+(?:chi|anh|ban)\s+(?:loi\s+khuyen|y\s+kien|tu\s+van)\b|"
    r"\bmencari\s+(?:penceramah|pembicara|mentor|jurulatih|perunding)\b|\bsudi\s+berkongsi\b|\bmoi\s+(?:chi|anh|ban)\s+(?:lam|tham\s+gia|phat\s+bieu|"
    r"chia\s+se|dien\s+thuyet)\b",
    r"\b(?:looking\s+for|hiring|recruiting|seeking)\s+(?:an?\s+)?(?:new\s+)?(?:senior\s+|sr\.?\s+)?"
    r"(?:head|director|vp|"
    r"chief|principal|staff|lead)\s+(?:of|for)\b",
    r"\byour\s+(?:[\w'-]+\s+){0,3}?(?:background|profile|experience|work|track\s+record)\s+"
    r"(?:really\s+)?stands?\s+out\b",
    # a role
    r"\b(?:role|position|opening|vacancy|job|seat)\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+"
    r"(?:hiring|recruiting|filling|looking)\b",
    r"\b(?:hiring|recruiting)\s+(?:for\s+)?(?:a|an|our)\s+(?:new\s+|first\s+|next\s+)?"
    r"(?:head|director|vp|chief|lead|senior|principal|manager|cto|cfo|ceo|coo)\b",
    r"\bretained\s+(?:on|for|by)\s+(?:a|an|the)\b|\bretained\s+to\s+(?:find|hire|fill|search)\b|"
    r"\b(?:record|do|tape)\s+an\s+episode\s+with\s+you\b|\bguest-lecture\b",
    r"\bwould\s+you\s+consider\s+(?:a|an|\w+ing)\b|"
    r"\bwould\s+you\s+(?:lead|run|host|chair|facilitate|moderate|teach|judge|mentor|keynote|write)\s+"
    r"(?:the|a|an|our|one|it|this)\b|\bhave\s+you\s+(?:keynote|speak|present|lead|host|mentor|"
    r"judge|join\s+us|on\s+(?:our|the))\b|\bkeen\s+to\s+(?:mentor|speak|judge|advise|present)\b|"
    r"\b(?:an?\s+)?(?:ideal|perfect|obvious|natural)\s+(?:mentor|speaker|judge|panell?ist|guest|"
    r"advis[oe]r|candidate)\b|\bediting\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}?(?:series|issue|"
    r"book|report|collection|anthology)\b|\bcase\s+study\b",
    r"\bpaid\s+(?:[\w-]+\s+){0,2}?(?:engagement|project|workshop|session|consultation|gig)\b",
    r"\b(?:discuss|talk|agree)\s+(?:your\s+)?(?:fees|rates|dates)\b|\bopen\s+to\s+a\s+move\b|"
    r"\bset\s+up\s+a\s+(?:three-way|3-way|joint|group)\s+(?:call|chat|intro)\b|\bcompare\s+notes\b"
    r"(?!\s+(?:sometime|some\s+time|one\s+day|someday|at\s+some\s+point)\b)",
    r"\b(?:fits?|suits?|matches)\s+your\s+(?:\w+\s+)?(?:background|profile|experience|skills?)\b",
    r"\byour\s+(?:\w+\s+){0,4}?(?:background|profile|experience)\s+(?:fits|suits|matches)\b",
    r"\bexactly\s+the\s+profile\b",
    r"\b(?:perfect|ideal|right\s+person)\s+for\s+the\s+(?:[\w-]+\s+){0,6}?(?:role|position|job|opening)\b",
    r"\bright\s+person\s+for\b",
    r"\b(?:share|send\s+you|send\s+over)\s+the\s+(?:brief|job\s+spec|jd)\b",
    r"\b(?:advisory|board|mentoring|speaking)\s+(?:role|seat|position|engagement|gig)\b",
    r"\bpaid\s+advisory\b",
    r"\bopen\s+to\s+a\s+confidential\b",
    r"\binterested\s+in\s+hearing\s+more\b",
    # speaking, panels, features
    r"\b(?:like|love|want|invite)\s+(?:you|an?\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:on|for)\s+"
    r"(?:a|our|the|my)\s+(?:[\w-]+\s+){0,2}?panel\b",
    r"\bto\s+(?:join|speak\s+on|sit\s+on|be\s+on)\s+(?:a|our|the|my)\s+(?:[\w-]+\s+){0,2}?panel\b",
    r"\b(?:an?|as)\s+(?:[\w-]+\s+)?(?:voice|speaker|panell?ist|keynote\s+speaker|moderator|judge|"
    r"guest)\s+(?:on|for|at)\s+(?:the|our)\b",
    r"\bfeature\s+you\b|\bmember\s+spotlight\b|\bguest\s+on\s+(?:our|my)\b",
    r"\bpropose\s+a\s+session\b",
    # projects, partnerships, research, engagements
    r"\bworking\s+group\b",
    r"\bwould\s+love\s+\w+\s+represented\b",
    r"\b(?:partnership|co-branded|cobranded|joint\s+(?:programme|program|project|study|research|webinar))\b",
    r"\bcollaborat\w+\s+(?:on|with\s+you\s+on)\b",
    r"\bwant\s+to\s+contribute\b",
    r"\b(?:my|our|a)\s+(?:[\w-]+\s+){0,2}?(?:study|research|survey|thesis|dissertation|capstone|"
    r"chapter|article|piece|story)\s+(?:on|about|into|with)\b",
    r"\b(?:for|of)\s+my\s+(?:thesis|dissertation|capstone|research)\b",
    r"\bwriting\s+(?:on|about)\b",
    r"\b(?:looking\s+for|after|need|seeking)\s+(?:an?\s+|two\s+|a\s+couple\s+of\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:coach|advisor|adviser|mentor|speaker|trainer|facilitator|consultant)s?\b",
    r"\b(?:good|great|perfect)\s+fit\s+for\s+(?:me|us|our)\b",
    # other languages: roles, talks, interviews, questions
    # (a round table or talk the sender attended is not one; taking part in one is)
    r"\b(?:pourriez-vous|puis-je\s+vous\s+(?:poser|demander)|votre\s+avis\s+sur|"
    r"(?:participer|intervenir)\s+a\s+(?:une|notre|la)\s+table\s+ronde|"
    r"intervenir\s+(?:a|lors|sur))\b",
    r"\b(?:vacante|ponente|(?:participar|hablar|intervenir)\s+en\s+(?:una|nuestra|la)\s+mesa\s+"
    r"redonda|entrevistarte|podria\s+(?:preguntarte|hacerte)|(?:tu|su)\s+opinion\s+sobre)\b",
    r"\b(?:offene\s+stelle|eine\s+stelle\s+als|(?:einen|ein|unseren)\s+(?:\w+\s+)?vortrag|"
    r"vortrag\s+(?:halten|geben)|(?:an|fur)\s+(?:unserer|einer|der)\s+podiumsdiskussion|"
    r"ihre\s+meinung|darf\s+ich\s+(?:sie|dich)\s+(?:\w+\s+)?fragen)\b",
    r"\b(?:vaga\s+de|palestrar|(?:uma|dar|fazer)\s+palestra|posso\s+(?:te\s+)?perguntar|"
    r"sua\s+opiniao\s+sobre)\b",
    r"\b(?:vacature|spreker|mag\s+ik\s+(?:je|u)\s+(?:iets\s+)?vragen|(?:jouw|uw)\s+mening\s+over)\b",
    # the recipient's opinion or advice asked for, in pt, es, it, fr, de, el: "gostaria
    # muito da sua opiniao", "me encantaria conocer tu opinion", "Psachno symvoules"
    r"\b(?:gostaria|adoraria|queria)\s+(?:muito\s+)?(?:de\s+(?:ouvir|saber|ter)\s+)?(?:a\s+|da\s+)?"
    r"(?:sua|tua)\s+(?:opiniao|visao|perspectiva|conselho|ajuda|experiencia)\b",
    r"\b(?:me\s+gustaria|me\s+encantaria|quisiera)\s+(?:conocer\s+|saber\s+|escuchar\s+|tener\s+)?"
    r"(?:tu|su)\s+(?:opinion|consejo|punto\s+de\s+vista|perspectiva|experiencia)\b",
    r"\b(?:mi\s+piacerebbe|vorrei|gradirei)\s+(?:avere\s+|sentire\s+|conoscere\s+)?(?:il\s+tuo|il\s+suo|"
    r"la\s+tua|la\s+sua)\s+(?:parere|opinione|consiglio|punto\s+di\s+vista)\b",
    r"\b(?:j'aimerais|je\s+voudrais|j'adorerais)\s+(?:bien\s+)?(?:avoir\s+)?(?:ton|votre)\s+(?:avis|"
    r"conseil|point\s+de\s+vue|regard)\b",
    r"\b(?:wurde|mochte)\s+(?:gerne?\s+)?(?:ihre|deine)\s+(?:meinung|einschatzung|sicht|rat)\b",
    r"(?:ψαχνω|ζηταω|θελω)\s+(?:\w+\s+)?συμβουλ\w*|θα\s+(?:ειχεσ|ειχατε)\s+\d+\s+λεπτα",
    # Italian "we would like to invite Northwind to our career day"
    r"\bvorremmo\s+invitar(?:e|la|ti|vi|lo)\b" + _NOT_THE_NETWORK,
    r"\b(?:posizione\s+(?:di|come)|relatore|relatrice|intervistarti|posso\s+chiederti|"
    r"la\s+tua\s+opinione\s+su)\b",
    # asking the recipient to take a part: mentor, speaker, judge...
    r"\b(?:open|willing|available)\s+to\s+(?:mentor(?:ing)?|speak(?:ing)?|advis(?:e|ing)|"
    r"coach(?:ing)?|judg(?:e|ing)|review(?:ing)?)\b",
    r"\bjoin\s+(?:us\s+)?as\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:speaker|panell?ist|judge|"
    r"mentor|moderator|advis[oe]r|guest|host|keynote|trainer|facilitator)\b",
    r"\b(?:love|like|want|have)\s+you\s+as\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:mentor|"
    r"speaker|judge|guest|advis[oe]r|panell?ist|moderator|coach|host|keynote|trainer)\b",
    r"\b(?:you'?d|you\s+would|you\s+could|would\s+you|could\s+you)\s+(?:be\s+(?:able|happy|"
    r"willing)\s+to\s+)?(?:speak|present|mentor|judge|moderate|keynote|guest\s+lecture)\b",
    # a question about how the recipient (or their organisation) does their work
    r"\bhow\s+(?:[\w-]+\s+){1,2}?(?:runs?|ran|handles?|handled|structures?|structured|"
    r"organi[sz]es|organi[sz]ed|manages?|managed|scaled?|built|builds|keeps?|kept)\s+"
    r"(?:its|their|your)\b",
    r"\bwhy\s+(?:did|do|does)\s+(?:you|your\s+team)\b",
    r"\b(?:a\s+)?quick\s+(?:question|q|qn|qs|questions)\s+(?:for\s+you|about|on|re|regarding|"
    r"from)\b|\b(?:question|q)\s*:|"
    r"\bquick\s+(?:question|q|qn)\s*[-:?!]",
    r"\b(?:hear|learn)\s+(?:about\s+|from\s+)?your\s+(?:[\w-]+\s+)?(?:experiences?|insights?|"
    r"lessons|approach|take|advice)\b",
    r"\b(?:sync|talk|chat)\s+(?:up\s+)?(?:on|about)\s+your\s+(?:[\w-]+\s+){0,3}?(?:open\s+)?"
    r"(?:reqs|requisitions|roles|positions|vacancies|openings|headcount|hiring|team|project)\b",
    # a role for the recipient
    r"\b(?:looking\s+for|hiring|seeking|need)\s+(?:a|an)\s+(?:fractional|interim|contract|"
    r"freelance|part-time|full-time|permanent|founding)\b",
    r"\b(?:hiring|recruiting)\s+(?:for\s+)?(?:our|their|its)\s+(?:first|next|new)\s+",
    r"\byou'?d\s+be\s+(?:ideal|perfect|the\s+right\s+person)\b",
    r"\bwould\s+(?:that|this|it)\s+(?:be\s+of\s+)?interest\s+you\b",
    # the same in other languages: time for an exchange, your advice, your experience
    r"\b(?:hattest|hatten|hast|haben)\s+(?:du|sie)\s+(?:\w+\s+)?(?:zeit|lust)\b"
    r"(?![^.!?]{0,30}\b(?:auszutauschen|austauschen|vernetzen|kennenzulernen)\b)",
    r"\b(?:tendrias|tendria|tienes|tiene|terias|teria|tem|tens)\s+(?:\d+|unos|uns|cinco|diez|"
    r"quince|veinte|treinta|dez|quinze|vinte|trinta)\s+minutos\b",
    r"\b(?:tu|su|tus|sus)\s+consejos?\b|\b(?:seu|teu)s?\s+conselhos?\b|\bvos\s+conseils\b|"
    r"\b(?:deinen|ihren)\s+rat\b|\bil\s+tuo\s+consiglio\b|\b(?:jouw|uw)\s+advies\b",
    r"\b(?:skulle|vill)\s+(?:garna|galna)\s+(?:hora|fraga|lara\s+mig|prata)\b",
    r"\b(?:un\s+)?(?:tuo|suo|vostro)\s+parere\b|\b(?:\d+|dieci|quindici|venti|trenta)\s+minuti\s+"
    r"(?:la|questa|nella|il|per)\b",
    # podcasts, interviews, programmes with the recipient
    r"\b(?:join|come\s+on|be\s+on|guest\s+on)\s+(?:[\w-]+\s+){0,4}?(?:for\s+)?(?:an?|one)\s+"
    r"(?:[\w-]+\s+){0,2}?episode\b|\bwould\s+you\s+come\s+on\b|"
    r"\bguest\s+on\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:podcast|show)\b",
    r"\bwould\s+you\s+(?:do|take|give|record)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:interview|talk|"
    r"keynote|workshop|session|episode|masterclass)\b",
    r"\b(?:research|user|customer|expert)\s+interviews?\b",
    r"\b(?:explore|discuss|scope)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:program|programme|engagement|"
    r"project|partnership|collaboration|workshop|contract|pilot)\s+with\s+you\b",
    # a short ask for the recipient's time ("20 minutes?", "half an hour of advice")
    r"\b(?:\d+|fifteen|twenty|thirty|forty-five)\s(?:min|mins|minutes)\b(?=[^.!?]{0,30}\?)|"
    r"(?<=\d-)\b(?:min|mins|minutes)\b(?=[^.!?]{0,30}\?)|"
    r"\bhalf\s+an\s+hour\s+(?:of\s+(?:your\s+)?(?:advice|time|brain)|on|with\s+you)\b|"
    r"\b(?:minutes|mins|hour)\s+of\s+your\s+(?:brain|time|advice|wisdom)\b|\bscoping\s+call\b",
    r"\b(?:would|will|could)\s+you\s+(?:talk|speak)\s+to\s+(?:us|our)\b|\bon\s+the\s+record\b|"
    r"\btalk\s+to\s+our\s+(?:[\w-]+\s+){0,2}?(?:students|team|members|phds|graduates|cohort|"
    r"interns|managers|staff)\b",
    r"\bjoin\s+(?:our|the|a|my)\s+(?:[\w-]+\s+){0,2}?(?:panel|study|survey|benchmark\w*|board|"
    r"cohort\s+of\s+mentors)\b|\bjoin\s+this\s+year's\b|"
    r"\b(?:nominated|recommended|suggested|put)\s+you\s+(?:forward\s+)?as\s+(?:a|an|our)\b|"
    r"\bup\s+for\s+a\s+(?:[\w-]+\s+){0,2}?(?:slot|talk|session|chat|call|panel)\b|"
    r"\bsend\s+you\s+a\s+(?:short\s+|quick\s+)?(?:[\w-]+\s+)?survey\b",
    r"\b(?:want|like|love|need|value)\s+your\s+(?:team's\s+)?(?:input|view|views|steer|feedback)\b|"
    r"\bhow\s+are\s+you\s+(?:handling|managing|approaching|dealing\s+with|tackling|running)\b",
    # a talk, a panel seat, mentoring, in more languages
    r"\b(?:que\s+dieras|que\s+diera|dar|impartir)\s+una\s+(?:charla|ponencia|conferencia|platica)\b|"
    r"\bposto\s+(?:libero\s+)?(?:nel|al|sul)\s+(?:panel|palco|tavolo)\b|\bsaresti\s+perfett[oa]\b|"
    r"\b(?:bir\s+sorum\s+var|sorum\s+olacak)\b|\bне\s+могли\s+бы\s+вы\b|\bстать\s+(?:моим\s+)?"
    r"(?:ментором|наставником)\b|\b(?:aapki|aapka)\s+(?:advice|salah|madad|help)\b",
    # asking for a slice of the recipient's time, or their view on a piece of work
    r"\b(?:could|can)\s+you\s+spare\s+(?:me\s+)?(?:\d+|a\s+few|fifteen|twenty|thirty|half\s+an|"
    r"an|a)\b",
    r"\b(?:review|weigh\s+in\s+on|give\s+feedback\s+on|comment\s+on|sanity[- ]check)\s+"
    r"(?:the|our|my|a)\s+(?:[\w-]+\s+){0,3}?(?:design|doc|docs|rfc|proposal|draft|spec|paper|"
    r"chapter|manuscript|roadmap|architecture|plan)\b",
    r"\bdid\s+you\s+(?:end\s+up|ever|manage\s+to|decide|go\s+with|choose|settle\s+on)\b",
    r"\b(?:a\s+)?talk\s+from\s+you\b|\bcall\s+for\s+(?:papers|speakers|proposals)\b|\bcfp\b|"
    r"\b(?:hold|save|reserve|keep)\s+(?:you\s+)?a\s+(?:speaking\s+|keynote\s+)?(?:slot|spot)\b",
    # a search brief or mandate the sender works on, which is the recipient's next role
    r"\b(?:working\s+on|running|leading|handling)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?brief\b",
    # research, writing or a thesis that needs the recipient, in other languages
    r"\b(?:je\s+(?:prepare|redige|realise|mene|travaille\s+sur)|j'ecris|estoy\s+(?:escribiendo|"
    r"preparando|haciendo|investigando)|estou\s+(?:a\s+escrever|escrevendo|a\s+preparar|"
    r"preparando|fazendo)|ich\s+schreibe|schreibe\s+(?:gerade|derzeit)|ik\s+schrijf|"
    r"sto\s+(?:scrivendo|preparando|facendo))\s+(?:[\w'-]+\s+){0,5}?(?:these|memoire|article|"
    r"livre|enquete|etude|rapport|tesis|articulo|libro|estudio|informe|tese|dissertacao|artigo|"
    r"estudo|abschlussarbeit|masterarbeit|bachelorarbeit|doktorarbeit|dissertation|artikel|"
    r"studie|buch|scriptie|onderzoek|boek|tesi|articolo|ricerca)\b",
    r"\baccepteriez-vous\b|\bun\s+(?:court\s+)?entretien\s+(?:de\s+\d+|avec\s+vous)\b|"
    r"\b(?:une?\s+)?(?:interview|entrevista|entretien)\s+(?:de|van|von|di)\s+\d+\s+(?:min|minutes|"
    r"minutos|minuten|minuti)\b",
    # asking the recipient for advice, in other languages
    r"\b(?:qualche|un|dei|alcuni)\s+(?:tuo\s+|suo\s+)?consigli\w*\b|\bchieder(?:ti|le)\s+"
    r"(?:un\s+)?consiglio\b|\b(?:pedirte|pedirle|pedir)\s+(?:un\s+)?consejo\b|"
    r"\b(?:algun|unos|algunos)\s+consejos?\b|\b(?:pedir|pedir-lhe|pedir-te)\s+(?:um\s+)?conselho\b|"
    r"\b(?:alguns|uns)\s+conselhos\b|\b(?:demander|solliciter)\s+(?:vos|ton|votre|un)\s+"
    r"(?:conseils?|avis)\b|\bum\s+(?:ihren\s+|deinen\s+)?rat\s+(?:fragen|bitten)\b|"
    r"\b(?:om\s+)?advies\s+(?:vragen|over)\b",
    # taking on the recipient's services
    r"\bcontratar\s+(?:a\s+|o\s+|os\s+|as\s+)?(?:sua|seu|seus|suas|su|sus|tu|tus)\b|"
    r"\bcontrata-(?:la|lo|te)\b|\bcontratarte\b|\bcontratarla\b|\bcontratarle\b|"
    r"\bfaire\s+appel\s+a\s+(?:vous|toi|vos\s+services)\b|\b(?:sie|dich)\s+(?:zu\s+)?"
    r"(?:beauftragen|engagieren|buchen)\b|\b(?:u|je)\s+(?:in\s+)?(?:te\s+)?(?:huren|inhuren|"
    r"inschakelen)\b|\b(?:ingaggiarti|ingaggiarla|affidarti|affidarle)\b",
)

# --- pitch, spam, abuse ---------------------------------------------------------------------

_PRODUCT_NOUNS = (
    r"(?:platform|product|tool|software|solution|service|services|agency|firm|app|bot|"
    r"programme|program|course|cohort|accelerator|masterclass|offering|strategy|team|"
    r"add-on|addon|plugin|module|suite|feature|features|extension)"
)
# What a seller sells (not "our team", which a recruiter hiring the recipient says too).
_SOLD_NOUNS = (
    r"(?:platform|product|tool|software|solution|service|services|app|bot|add-on|addon|"
    r"plugin|module|suite|extension|offering|package|packages|catalogue|catalog|model|"
    r"proposition|rpo|copilot)"
)
PITCH = _compile(
    # a fee to appear: "guests contribute $600 towards production"
    r"\b(?:guests?|speakers?|nominees?|participants?|panell?ists?)\s+(?:contribute|pay)\s+"
    + _MONEY,
    # a free first session and last places, in de, fr, es, it: "Erstgespräch gratis",
    # "dernières places", "rejoignez notre formation"
    r"\b(?:erstgesprach|erstberatung)\s+(?:gratis|kostenlos)\b|\bkostenlose[sn]?\s+(?:erstgesprach|erstberatung)\b|"
    r"\bprimera\s+sesion\s+gratis\b|\bprima\s+sessione\s+gratuita\b|\bpremiere\s+seance\s+offerte\b",
    r"\bdernieres\s+places\b|\bultim[io]s?\s+(?:posti|plazas|lugares|vagas)\b|\brejoignez\s+notre\s+(?:formation|"
    r"programme|masterclass|bootcamp)\b",
    # an agency's fee as a "partnership": "Northwind sends us its roles and we fill them at 18%"
    r"\bwe\s+(?:fill|place|source)\s+(?:them|roles|positions|your\s+(?:roles|vacancies|positions))\s+(?:at|for)\s+"
    r"(?:just\s+|only\s+)?\d+\s?%",
    # a reseller's deal: "become a reseller of our app - buy 50 licences at wholesale"
    r"\bbecome\s+(?:a|an|our)\s+(?:reseller|distributor|affiliate|franchisee)\b|(?:^|[.!?,-]\s*)buy\s+\d+\s+"
    r"(?:licen[cs]es|seats|units)\b",
    # a price for this month only; good prices in hr, pl, cs, pt, es, it
    r"[$£€]\s?\d[\d,.]*\s+(?:this\s+(?:month|week)\s+only|for\s+a\s+limited\s+time)\b",
    # (with the offer before them: "a pricing strategy of competitive prices" is a job)
    r"\b(?:po\s+povoljnim\s+cijenama|w\s+atrakcyjn\w+\s+cen\w+|za\s+vyhodn\w+\s+cen\w+|(?:e|com|a|por)\s+"
    r"preco\s+(?:otimo|competitivo|imbativel)|(?:a|con|ofrecemos)\s+(?:un\s+)?precios?\s+(?:competitivos?|"
    r"inmejorables?)|(?:a|con|offriamo)\s+prezzi?\s+(?:competitiv[oi]|imbattibil[ei]))\b",
    # a product slot bought: followers by the thousand, an award or feature to "claim" for a
    # fee, a fee to appear; a rival tool asked about; savings promised; free months of rent;
    # a quote offered; few places left; "let's talk about our scanner"
    r"\b\d[\d,.]*k?\s+(?:real\s+|genuine\s+|active\s+|targeted\s+)?(?:followers|likes|subscribers)\s+"
    r"(?:for|from|at)\s+" + _MONEY,
    r"\bclaim\s+your\s+(?:[\w-]+\s+){0,5}?(?:for|at)\s+" + _MONEY,
    r"(?<!no\s)(?<!without\s)\b(?:production|participation|listing|nomination|entry|feature)\s+(?:contribution|"
    r"fee)\b",
    r"\b(?:is|are)\s+(?:you|[\w-]+)\s+(?:happy|satisfied)\s+with\s+(?:its|your|their)\s+current\s+(?:ats|crm|"
    r"provider|vendor|supplier|"
    r"tool|system|platform|agency|solution|software|scanner|bank|broker)\b",
    r"\b(?:could|can|will|would)\s+save\s+(?:your|you)\s+(?:[\w-]+\s+){0,3}?\d+\s?%",
    r"\b\d+\s+months?\s+(?:rent[- ]free|free\s+rent)\b",
    # (a named firm offered a quote; "would you like a quote?" may be a journalist's)
    r"\b(?:would|does|shall)\s+(?:(?!you\b)[\w-]+\s+(?:like|want)\s+a\s+(?:free\s+)?(?:quote|estimate)|you\s+"
    r"(?:like|want)\s+a\s+(?:free\s+(?:quote|estimate)|quote\s+for\s+(?:your|a|the)))\b",
    r"\blet'?s\s+talk\s+about\s+our\s+(?:new\s+)?(?:product|tool|scanner|app|software|offer)s?\b(?!\s+\w)",
    r"\b(?:quedan|solo\s+quedan|restent|il\s+reste|nur\s+noch|restano|restam)\s+(?:solo\s+|seulement\s+)?\d+\s+"
    r"(?:plazas|places|platze|posti|vagas|lugares)\b",
    # at a low price, in it, es, pt, fr; French qualified appointments, paid by results;
    # German "a short demo (next week)"
    r"\b(?:a\s+prezzo\s+(?:basso|ridotto|conveniente)|a\s+(?:bajo|buen)\s+precio|a\s+preco\s+(?:baixo|"
    r"acessivel)|a\s+petit\s+prix|prix\s+imbattables?)\b",
    r"\brendez-vous\s+qualifies\b|\bpaiement\s+au\s+resultat\b",
    r"\b(?:eine|unsere)\s+(?:kurze|kostenlose|unverbindliche)\s+demo\b",
    # A free check of the recipient's roof, site or books; a rebate they "could qualify for";
    # a rival's price beaten; a price per table, stand or booth of the sender's event
    r"\b(?:offering|offer|doing|do|providing|provide|running|run|booking|book)\s+(?:you\s+)?(?:a\s+)?free\s+"
    r"(?:[\w-]+\s+){0,2}?(?:inspections?|audits?|assessments?|health\s+checks?|valuations?|estimates?|"
    r"site\s+surveys?)\b",
    r"\byour\s+(?:business|company|firm|clinic|practice|home|house|property|office|team)\s+(?:could|may|"
    r"might|would)\s+(?:qualify|be\s+eligible)\s+for\s+(?:a\s+|our\s+)?(?:free|rebates?|grants?|subsid\w+|"
    r"tax\s+credits?|government\s+funding)\b",
    r"\bbeat\s+(?:[\w-]+'?s?\s+)?(?:pric(?:es|ing)|quotes?|rates?|fees?)\s+by\b",
    r"\b(?:tables?|stands?|booths?|exhibitor\s+spaces?|sponsorships?)\s+(?:of\s+\w+\s+)?(?:are|is|cost|costs|"
    r"start\s+at|starts\s+at|from)\s+" + _MONEY,
    # A free quote and "our company offers" in
    # Greek; in Arabic an investment opportunity (not its "our company provides": the
    # school an Arabic note names is beyond the matcher, and a pitch with no reason found
    # declines); in Turkish a low fee
    r"\bδωρεαν\s+(?:προσφορα|δοκιμη|επιδειξη|συμβουλευτικη|αξιολογηση)\b|\bη\s+εταιρεια\s+μας\s+"
    r"(?:προσφερει|παρεχει)\b",
    r"\bفرص\w*\s+استثماري\w*",
    r"\b(?:dusuk|uygun)\s+(?:ucret\w*|fiyat\w*|maliyet\w*)\b|\bucretsiz\s+(?:demo|deneme|danismanlik|"
    r"analiz|teklif)\b",
    # "Want a catalogue?", "could I quote Northwind for your next 100 hires?" (not "could I
    # quote you in my piece"; nor "now I sell commercial property", which says what the
    # sender does)
    r"\bwant\s+(?:a|our|the|my)\s+(?:catalogue|catalog|brochure|price\s+list|rate\s+card)\b",
    r"\b(?:could|can|may)\s+i\s+quote\s+(?:you|[\w-]+)\s+for\s+(?:your\s+)?(?:next\s+)?\d+\b",
    # "I thought I'd share our DBS check service", "9% returns", "book a free review"
    r"\bshare\s+our\s+(?:[\w-]+\s+){0,3}?(?:service|services|product|offering|solution)\s+with\s+you\b",
    r"\b\d+(?:\.\d+)?\s?%\s+(?:annual\s+|yearly\s+|guaranteed\s+)?returns?\b",
    r"\bbook\s+(?:a|your)\s+free\s+(?:[\w-]+\s+)?(?:review|health\s?check|session|consult\w*)\b",
    # a seller's follow-ups: "can I send a 2-min video?", "we have new capacity in Round Rock"
    r"\b(?:send|share)\s+(?:you\s+)?(?:a|our|my)\s+(?:quick\s+|short\s+)?"
    r"(?:\d+[- ]?min(?:ute)?s?\s+)?(?:video|loom|walkthrough|demo\s+video)\b"
    r"(?!\s+(?:of|from)\s+(?:my|the|our)\s+(?:talk|keynote|panel|session|presentation|lecture))",
    r"\bwe\s+(?:have|now\s+have)\s+(?:new|spare|extra|more|available)\s+(?:capacity|inventory|slots|stock)\b",
    # the sender's paid challenge or course: "join my 30-day LinkedIn challenge, GBP 97"
    r"\bjoin\s+my\s+(?:[\w-]+\s+){0,3}?(?:challenge|course|programme|program|cohort|masterclass|bootcamp|"
    r"mastermind|community)\b[^.!?]{0,30}?" + _MONEY,
    # at advantageous or competitive rates, in ro, fr, es, pt, it
    r"\b(?:la|a|at|aux|ai|com|con|em|en)\s+(?:tarife|tarifs|tarifas|tariffe|preturi|prix|precios|precos|"
    r"prezzi)\s+(?:avantajoase|avantageux|avantajosos|vantaggiosi|competitiv[oiea]s?|competitive|"
    r"accesibile|reduse|bajos|bassi|baixos|imbattables|mici)\b",
    # a fee the recipient would pay to be featured, to speak or to co-host: "speaker
    # registration is EUR 2,950", "a co-host seat is $990", "we just need the $1,200
    # production contribution"
    r"\b(?:registration|participation|production|listing|feature|sponsorship|exhibitor|delegate)\s+"
    r"(?:(?:fee|contribution|cost|package)s?\s+)?(?:is|are|of|costs?)\s+(?:only\s+|just\s+)?"
    + _MONEY,
    r"\b(?:co-?host(?:ing)?|speaker|speaking|panel(?:list)?|vip|feature|keynote)\s+(?:seat|slot|spot|package|"
    r"place)\s+(?:is|costs?)\s+(?:only\s+|just\s+)?" + _MONEY,
    r"\bneed\s+(?:the|a|your)\s+" + _MONEY + r"[\d,.]*\s+(?:[\w-]+\s+)?(?:contribution|"
    r"fee|deposit|payment)\b",
    # the sender's course at a price: "my course ... on offer at 149 EUR this week only"
    r"\b(?:my|our|il\s+mio|il\s+nostro|mi|nuestro|mon|notre|mein|unser|mijn|onze|meu|nosso|moj|nasz)\s+"
    r"(?:new\s+|online\s+|nuovo\s+|nuevo\s+|nouveau\s+|neuer\s+|novo\s+)?(?:course|corso|curso|cours|"
    r"kurs|cursus|masterclass|bootcamp|formation|formazione|workshop|ebook|e-book)\b[^.!?]{0,90}?"
    r"(?:[$£€]\s?\d|\d[\d.,]*\s?(?:€|eur\b|euros?\b|usd\b|z[lł]\b|z[lł]oty\w*|pln\b|kr\b|chf\b))",
    # a service priced "from" a sum, in other languages: "od 2 000 zl", "ab 990 EUR"
    r"\b(?:od|ab|vanaf|desde|a\s+partir\s+de|a\s+partire\s+da)\s+"
    r"(?:\d{1,3}(?:[ .,]\d{3})*(?:,\d\d)?\s?"
    r"(?:€|eur\b|euros?\b|z[lł]\b|z[lł]oty\w*|pln\b|kr\b|chf\b|usd\b)|[$£€]\s?\d)",
    # selling on price: "at a fraction of the cost" in other languages, "at low rates"
    r"\b(?:por|a|per|zu|para|pour)\s+(?:una|uma|une|einem|um)\s+(?:fraccion|fracao|fraction|bruchteil|"
    r"frazione)\s+(?:del|do|de|der|du)\s+(?:costo|custo|cout|kosten|precio|preco|prezzo|prix)\b|"
    r"\bпо\s+(?:низким|доступным|выгодным|приятным)\s+(?:ставкам|ценам)\b|"
    r"\b(?:at|for)\s+(?:very\s+)?(?:low|competitive|affordable|unbeatable)\s+(?:rates|prices)\b",
    # the seller's proof: "trusted by 200+ companies", "12 years, 500+ projects"
    r"\b(?:trusted|loved|chosen)\s+by\s+(?:over\s+|more\s+than\s+)?\d[\d,]*\+?\s+(?:companies|"
    r"teams|customers|brands|businesses|organi[sz]ations|clients|engineers|developers)\b|"
    r"\bused\s+by\s+(?:over\s+|more\s+than\s+)?\d[\d,]*\+?\s+(?:companies|customers|brands|businesses|"
    r"organi[sz]ations|clients)\b|\b(?:booked|served|helped|delivered|landed|won)\s+\d[\d,]*\+\s+(?:projects|"
    r"clients|customers|brands|businesses)\b",
    # "Looking for a reliable software partner?", "most platform teams we talk to"
    r"(?:^|[.!?]\s+)(?:are\s+you\s+)?looking\s+for\s+(?:a\s+)?(?:reliable|trusted|affordable|top|"
    r"dedicated)\s+(?:[\w-]+\s+){0,2}?(?:partner|vendor|agency|team|developers?|supplier)\s*\?",
    r"\bmost\s+(?:[\w-]+\s+){0,2}?(?:teams|companies|leaders|orgs|firms)\s+(?:we|i)\s+(?:talk|speak)\s+"
    r"(?:to|with)\b",
    r"\b(?:typically|usually|often)\s+(?:halves|cuts|reduces|slashes|trims)\s+(?:the|your|their)\s+"
    r"(?:[\w-]+\s+)?(?:bill|costs?|spend|invoice)\b",
    # a website's faults found for a fixer's offer: "your site is losing traffic due to 52
    # technical errors", "very cheap"
    r"\b(?:website|site|page|store)\s+is\s+(?:losing|missing|leaking)\s+(?:[\w-]+\s+){0,2}?(?:traffic|"
    r"customers|visitors|leads|sales|rankings?)\b|\b\d+\s+(?:technical|seo|critical)\s+(?:errors|"
    r"issues)\b|\b(?:very|super)\s+cheap\s+(?:cost|price|rates?)\b|\b(?:very|super)\s+cheap\s*[.!]*\s*$",
    r"\bour\s+(?:[\w-]+\s+){0,4}?(?:platform|tool|software|app|product|solution)\s+(?:lets|helps|"
    r"allows|enables)\s+(?:you|your|teams|companies|firms|[\w-]+\s+(?:hire|cut|save|scale))\b",
    r"\bneed\s+more\s+(?:leads|clients|customers|traffic|sales\s+meetings|demos)\b\s*\?|"
    r"\bod\s+\d[\d.,]*\s?(?:usd|eur|kc|czk|\$|€)\s*/\s*hod\b|\bnase\s+[\w-]+\s+firma\s+nabizi\b",
    r"\bmanaged\s+(?:crypto|forex|trading|bitcoin)\s+account\b|\b(?:check\s+out|buy|grab)\s+my\s+"
    r"(?:new\s+)?(?:e-?book|book|course|album)\b|\b5-star\s+reviews?\b|\bwe'?ve\s+built\s+something\b|"
    r"\bif\s+\w+(?:\s+\w+)?\s+could\s+use\s+it\b|\bto\s+demo\s+(?:it|this)\b",
    # a fee recruiter's candidate and terms; a studio's trade for firms like the recipient's
    r"\b(?:terms|fee|fees)\s+(?:would\s+be|is|are)\s+(?:our\s+)?(?:usual\s+|standard\s+)?\d+\s?%|"
    r"\bi'?m\s+representing\s+an?\s+(?:[\w-]+\s+){0,4}?(?:who|candidate)\b|\bwe\s+(?:shoot|make|"
    r"produce|film|design|create)\s+(?:[\w-]+\s+){1,3}?for\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|"
    r"brands|businesses|clients|employers)\b",
    r"\b(?:want|like|love)\s+to\s+see\s+our\s+(?:[\w-]+\s+){0,3}?(?:scanner|tool|platform|product|"
    r"app|software|solution|suite|dashboard)\b|\bpackages?\s+(?:from|start\s+at|starting\s+at)\s+"
    r"(?:usd\s?|aud\s?|eur\s?|gbp\s?|us\$|a\$|[$£€])\s?\d|\bbook\s+you\s+(?:in\s+for\s+)?(?:a|an)\s+"
    r"(?:viewing|site\s+visit|showroom\s+visit)\b",
    r"\brecruiting\s+"
    r"resellers\b|\breseller\s+(?:programme|program|partners?)\b|\bearn\s+(?:usd\s?|aud\s?|eur\s?|"
    r"gbp\s?|us\$|[$£€])\s?\d[\d,.]*\s+(?:per|for\s+each|a|an)\s+(?:sign-?up|referral|client|"
    r"customer|lead|sale|introduction)\b|\brecommend\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:service|"
    r"product|platform|app|tool|software)\s+to\s+your\b",
    r"\b(?:could|can|may)\s+i\s+show\s+you\s+how\s+(?:other\s+)?(?:teams|companies|firms|leaders|"
    r"orgs|organisations|organizations|managers)\s+like\s+yours\b|\b(?:love|like|want)\s+(?:\w+\s+)"
    r"{1,2}as\s+a\s+(?:customer|client)\b|\bi'?m\s+(?:now\s+)?selling\b",
    # a commission for selling the sender's product on; a loan with no questions asked
    r"\b(?:earn\s+(?:a\s+)?\d+\s?%\s+(?:recurring\s+|lifetime\s+)?|\d+\s?%\s+(?:recurring|lifetime)\s+)"
    r"(?:commission|revenue\s+share)\b|"
    r"\baffiliate\s+(?:pack|programme|program|scheme|link|kit)\b",
    r"\bno\s+credit\s+checks?\b|\bapprovals?\s+in\s+\d+\s?(?:h|hrs?|hours)\b",
    # A price for the sender's own work: "i fix it for $99", a fee to process an award
    r"\bi\s+(?:can\s+)?(?:fix|do|build|design|make|redo|rebuild|write)\s+(?:[\w-]+\s+){0,3}?"
    r"for\s+(?:just\s+|only\s+)?[$£€]\s?\d|\b(?:processing|admin|administration|handling|listing|"
    r"registration|membership|entry|induction|joining|application)\s+fee\s+of\s+(?:usd\s?|aud\s?|eur\s?|gbp\s?|us\$|[$£€])\s?\d",
    r"\b(?:speaker|sponsor|sponsorship|exhibitor|delegate)\s+package\s+(?:of|at|is|costs?)\s+"
    r"(?:usd\s?|aud\s?|eur\s?|gbp\s?|us\$|[$£€])\s?\d",
    r"\bour\s+(?:terms|rates|fees|prices)\s+are\s+(?:highly\s+|very\s+|extremely\s+)?competitive\b|"
    r"\bpresent\s+our\s+(?:[\w-]+\s+){0,3}?(?:proposition|offering|services|solution|capabilities)\b",
    # a demonstration offered to the recipient's team, however politely put
    r"\b(?:arrange|schedule|book|set\s+up|organise|organize)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:walkthrough|walk-through|briefing|demo|demonstration)\s+for\s+you\s+and\s+your\s+team\b",
    # the last places on a paid programme, in other languages (as folded: "platze", "ł" kept)
    r"\bnur\s+noch\s+\d+\s+(?:platze|platz|tickets|termine)\b|\bnog\s+(?:maar\s+|slechts\s+)?\d+\s+"
    r"(?:plekken|plaatsen|tickets)\b|\b(?:solo|solamente)\s+quedan\s+\d+\s+(?:plazas|lugares|cupos)\b|"
    r"\brestam\s+(?:apenas\s+|so\s+)?\d+\s+vagas\b|\bplus\s+que\s+\d+\s+places\b|\b(?:solo|ultimi)\s+"
    r"\d+\s+posti\b|\bzostał[oy]?\s+(?:tylko\s+)?\d+\s+miejsc\b|\bsadece\s+\d+\s+kontenjan\b|"
    r"\bосталось\s+(?:всего\s+|только\s+)?\d+\s+мест\b|\btinggal\s+\d+\s+(?:slot|kursi|tempat)\b",
    # prices "from" or "per hour" in Turkish, German, Indonesian, Russian; a quote or a
    # capability deck in Vietnamese (as folded)
    r"\b\d[\d.,]*\s?(?:dolar|euro|avro|tl|lira|usd)(?:dan|den|'dan|'den)\s+basl[iı]y\w*|"
    r"\bfiyatlar[iı]?(?:m[iı]z)?\s+(?:\w+\s+)?\d|"
    r"\bmulai\s+(?:dari\s+)?(?:rp\.?\s?|usd\s?|[$€£])\d|[$€£]\s?\d[\d.,]*\s*(?:per|/)\s*"
    r"(?:jam|bulan)\b|\bот\s+\d[\d\s.,]*\s?(?:руб\w*|доллар\w*|евро|\$|€)",
    r"\bchi\s+phi\s+chi\b|\bho\s+so\s+nang\s+luc\b|\bbao\s+gia\b",
    r"\bwant\s+(?:free\s+)?early\s+access\b|\bwe\s+built\s+an?\s+(?:ai|bot|tool|app|platform)\s+that\b",
    r"\bi\s+(?:design|build|create|make)\s+(?:[\w-]+\s+){0,3}?(?:websites?|logos?|decks|videos|apps)\s+"
    r"for\b|\bcan\s+i\s+send\s+(?:you\s+)?(?:a\s+few|some)\s+examples\b",
    r"\bnase\s+firma\s+(?:[\w-]+\s+){0,3}?nabizi\b|\bvyhodn\w+\s+(?:sazb|cen)\w*",
    r"\b(?:passes|tickets|seats|places)\s+are\s+(?:just\s+|only\s+)?[$£€]\s?\d|\bonly\s+\d+\s+"
    r"(?:remain|left)\b",
    r"\bfree\s+\d+[- ]day\s+(?:pilot|trial)\b|\bfree\s+(?:sandbox|workspace|instance|tier)\b",
    r"\b(?:verified|targeted)\s+(?:email|contact|b2b)\s+(?:lists?|databases?)\b|\bemail\s+lists\b|"
    r"\bspecial\s+(?:price|offer|rate)\b|\bwant\s+a\s+(?:free\s+)?sample\b",
    r"\bour\s+agency\s+(?:places|supplies|provides|offers|finds)\b|\b(?:pay|paying|offer|earn)\s+"
    r"(?:you\s+)?(?:a\s+)?(?:\d+\s?%\s+)?referral\s+bonus\b",
    r"\b(?:course|programme|program|cohort|workshop|bootcamp|masterclass)\s+is\s+(?:just\s+|only\s+)?"
    r"(?:aud|usd|eur|gbp|[$£€])\s?\d|\breply\s+['\"]?yes['\"]?\s+(?:for|to\s+get)\b",
    # the sender's firm, what it does for a price, and its usual terms
    r"\bnotre\s+(?:cabinet|societe|entreprise|equipe|agence|start-?up|studio)\s+(?:propose|offre|"
    r"accompagne|aide|fournit|vend|developpe)\b|\bau\s+forfait\b|\bforfait\s+de\s+\d",
    r"\bunser\w*\s+[\w-]*(?:plattform|losung|software|agentur|produkt)\s+(?:senkt|reduziert|spart|"
    r"steigert|automatisiert|hilft|liefert|verdoppelt)\b|\bprodukt-?demo\w*\b|\bdemo-?termin\w*\b",
    r"\b(?:our|my)\s+(?:[\w:-]+\s+){0,4}?(?:blueprint|framework|formula|playbook|method|coaching|"
    r"programme|program|course|autoscaler)\s+(?:fixes|solves|gets|guarantees|has\s+a)\b",
    r"\bor\s+your\s+money\s+back\b|\bmoney-back\b|\b(?:\d+|two|three|four|five|a\s+few|only\s+\w+)\s+"
    r"(?:slots|spots|places|seats)\s+(?:open|left|available|remaining)\b|\b\d+[- ](?:week|month)\s+"
    r"wait-?list\b|\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:got\s+)?(?:\d+|two|three|a\s+few)\s+"
    r"(?:spots|places|seats|slots)\b",
    r"\b(?:contribution|charge|cost)\s+of\s+(?:(?:a|au|us|nz)?[$£€]|usd|aud|eur|gbp)\s?\d",
    r"\b(?:tenemos|temos|contamos\s+con)\s+(?:\d+\s+)?(?:ingenieros|desarrolladores|programadores|"
    r"engenheiros|desenvolvedores|candidatos|perfiles|perfis)\b",
    r"\b(?:tarifas|precios|costos|costes|precos|custos)\s+(?:hasta\s+(?:un\s+)?|ate\s+)?\d+\s?%\s+"
    r"(?:menores|mas\s+bajos|inferiores|mais\s+baixos|menos)\b|\b(?:rates|prices|costs?|fees)\s+"
    r"\d+\s?%\s+(?:lower|less|cheaper|below)\b",
    r"\bsecure\s+your\s+(?:table|stand|booth|ticket)\b|[$£€]\s?\d[\d,.]*\s*(?:\+|plus)\s*vat\b",
    r"\b(?:\d+[- ]?min(?:ute)?s?|short|quick)\s+demonstration\b|\barrange\s+a\s+(?:[\w-]+\s+)?"
    r"demonstration\b",
    r"\b(?:bulk|volume)\s+discounts?\b|\bmin(?:imum)?\.?\s+order\b",
    r"\bi\s+run\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:firm|agency|studio|consultancy|boutique|"
    r"business|company|practice)\s+for\b",
    r"\bi'?ve\s+(?:since\s+|just\s+|recently\s+)?(?:launched|started|set\s+up|opened)\s+(?:a|an|my)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:consultancy|agency|studio|firm|practice|boutique)\b",
    r"\b(?:shall|can|may|could)\s+i\s+send\s+(?:you\s+)?(?:our|my|the)\s+(?:showreel|portfolio|"
    r"terms|credentials|capabilities)\b|\b(?:usual|standard|normal)\s+terms\s+apply\b|"
    r"\bwant\s+(?:the|their|his|her)\s+(?:cvs?|resumes?)\b",
    r"\b(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+got\s+(?:an?\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:specialists|candidates|engineers|contractors|consultants|developers)\b",
    r"\bpreferred\s+(?:supplier|vendor|agency)\s+(?:list|panel)\b|\bour\s+fill\s+rate\b",
    r"\bour\s+(?:[\w-]+\s+)?clients?\s+(?:got|saw|get|see|achieved|doubled|tripled|cut|saved)\b|"
    r"\b(?:fancy|want|like)\s+(?:to\s+)?see(?:ing)?\s+how\b",
    r"\bfree\s+(?:early\s+)?access\b|\bour\s+(?:[\w-]+\s+){0,3}?(?:platform|tool|app|product|"
    r"software)\s+is\s+(?:in\s+beta|now\s+live|live)\b",
    r"\b(?:could|might|would)\s+(?:use|benefit\s+from)\s+(?:us|our\s+(?:help|services|support|"
    r"product|tool|platform))\b|\breferral\s+(?:arrangement|agreement|fee)\b",
    r"\b(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+helped\s+(?:over\s+|more\s+than\s+)?\d+\+?\s+"
    r"(?:[\w-]+\s+)?(?:coaches|companies|clients|founders|teams|businesses|brands|agencies|startups|"
    r"firms|professionals|leaders|managers|recruiters|consultants)\b|\bfilling\s+your\s+calendar\b",
    r"\b\d+\s?%\s+(?:a|per|each|every)\s+(?:month|week|day)\b|\bjoin\s+(?:today|now)\s+for\b",
    r"\btry\s+(?:it|us)\s+(?:free|for\s+free)\b|\bno\s+(?:credit\s+)?card\s+(?:needed|required)\b|"
    r"\bfree\s+for\s+\d+\s+days\b|\bwho\s+use\s+[\w-]+\s+(?:close|get|save|see|win|book)\s+\d+\s?%",
    r"\b(?:seats?|places?|spots?)\s+(?:are\s+)?reserved\s+for\s+(?:[\w-]+\s+){0,2}?(?:buyers|"
    r"executives|decision[- ]makers|customers|prospects)\b|\b(?:shall|can|may)\s+i\s+rsvp\s+you\b",
    r"\bwe\s+(?:design|develop|produce|redesign)\s+(?!together\b)[\w-]+",
    r"\bwe\s+can\s+(?:redesign|rebuild|build|develop|design|fix|improve|optimi[sz]e)\s+your\b",
    r"\bfree\s+(?:\d+[- ]min(?:ute)?s?\s+)?(?:walkthrough|walk-through)\b|"
    r"\b(?:could|can|may)\s+i\s+show\s+you\s+(?:what|how)\s+we\b|\bfirst\s+(?:month|week|session|consultation|lesson|class)\s+"
    r"(?:is\s+)?free\b",
    r"\bour\s+[\w-]+\s+(?:fixes|solves|eliminates|prevents)\s+(?:that|this|it|the)\b|"
    r"\bdemo\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\b",
    r"(?<!could\s)(?<!can\s)(?<!shall\s)(?<!should\s)(?<!may\s)(?<!might\s)"
    r"\bwe\s+(?:sell|offer|provide|supply|place|book|make|build|handle|ghostwrite|automate|"
    r"deliver|specialise|specialize)\b(?![^.!?]{0,25}\b(?:together|jointly)\b)",
    r"\bwe\s+help\s+(?!you\b)(?:[\w-]+\s+){1,4}?(?:get|grow|scale|book|win|land|cut|save|hire|"
    r"generate|close|automate|increase|boost|migrate|reduce|modernise|modernize|find)\b",
    r"\b(?:at\s+no\s+cost|free\s+of\s+charge|no\s+obligation)\b",
    r"\bi\s+help\s+(?:[\w-]+\s+){1,4}?(?:\d+x|monetis\w*|monetiz\w*|get|grow|scale|book|win|land|cut|save|automate|fill|"
    r"generate|close|increase|boost)\b",
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:a\s+|an\s+)?"
    # "I'm moving from agency to in-house" says where the sender was, not what they sell
    # nor does "I'm writing about agency life"
    r"(?:(?!(?:from|to|at|in|into|with|for|leaving|left|moving|not|ex|about|on|writing|"
    r"researching|covering|talking|thinking|reading)\b)[\w+-]+\s+){0,3}?"
    r"(?:agency|provider|consultancy|vendor|studio|freelancer|reseller|outsourcing\s+firm|"
    r"dev\s+shop|virtual\s+assistant)\b(?!-)",  # (not "a vendor-neutral working group")
    rf"\b(?:our|my)\s+(?:[\w-]+\s+){{0,4}}?{_PRODUCT_NOUNS}(?:\s+[\w-]+){{0,2}}?\s+"
    r"(?:can|will|cuts?|saves?|helps?|has\s+helped|provides?|automates?|delivers?|starts?|gives?)\b",
    r"\bsponsored\s+by\s+our\b",
    r"\bour\s+[\w-]+\s+(?:integrates|automates|cuts|saves|reduces|helps|lets|enables|delivers|"
    r"boosts|increases|doubles|triples)\b",
    r"\b(?:mastermind|intake\s+starts|next\s+cohort|enrol(?:l)?ment\s+(?:opens|closes)|want\s+in\?)",
    r"\b(?:show|give|send)\s+(?:you|your\s+(?:[\w-]+\s+){0,2}?team)\s+a\s+(?:quick\s+|short\s+|free\s+)?"
    r"demo\b",
    r"\b(?:free|complimentary)\s+(?:\d+-day\s+)?(?:trial|audit|sample|demo|consultation|"
    r"assessment|strategy\s+call|report|reel)\b",
    r"\b\d+-day\s+(?:free\s+)?trial\b",
    r"\b(?:book|schedule)\s+(?:you\s+)?(?:a|in\s+a)\s+(?:quick\s+)?demo\b",
    r"\b(?:quick|short|\d+[- ]?min(?:ute)?s?)\s+demo\b|\bdemos?\?",
    r"\b(?:early[- ]?bird|spots?\s+left|seats?\s+left|places?\s+left|spaces?\s+left|"
    r"onboarding\s+spots|"
    r"limited\s+(?:spots|seats|offer)|this\s+week\s+only)\b",
    r"\b(?:rate\s+card|case\s+studies|brochure|price\s+list|share\s+(?:our\s+)?rates|cheap\s+rates|"
    r"low\s+price|competitive\s+(?:rates|pricing|fees?)|fee\s+competitive|fee\s+on\s+request|"
    r"our\s+fee|\d+%\s+fees?|fee\s+on\s+placement|of\s+first[- ]year|production\s+fee|"
    r"no\s+upfront\s+fees?|pay\s+per\s+(?:meeting|lead|click|hire)|per\s+hire)\b",
    r"\b(?:investment\s+opportunity|guaranteed\s+(?:\d+%\s+)?(?:monthly\s+|weekly\s+)?"
    r"(?:returns?|profits?|income)|\d+%\s+(?:weekly|daily|monthly)|passive\s+income|forex|"
    r"crypto\s+(?:arbitrage|fund|trading|signals)|trading\s+bot|financial\s+freedom)\b",
    r"\b(?:best|lowest|unbeatable|wholesale|discounted)\s+(?:prices?|rates|deals)\b|"
    r"\bfree\s+(?:delivery|shipping|installation)\b|\bguaranteed\b|"
    r"\b(?:first|1st)\s+page\s+(?:ranking|of\s+google|on\s+google)|\bpage\s+(?:1|one)\s+(?:of|on)\s+google\b",
    r"\bi\s+(?:can|will|could)\s+(?:provide|offer|deliver|supply)\s+(?:you|your)\b",
    # asking the recipient to invest in the sender's company
    r"\b(?:raising|closing)\s+(?:a|an|our|my)\s+(?:[\w-]+\s+)?(?:round|raise)\b|"
    r"\bangel\s+(?:cheque|check|investment|ticket)\b|\binvest\s+in\s+(?:my|our)\s+(?:startup|company|"
    r"round|fund|business)\b",
    r"\b(?:let\s+me|i'?ll|i\s+can|happy\s+to)\s+show\s+you\s+(?:the|my|our|this|a)\s+(?:exact\s+|simple\s+|"
    r"proven\s+)?(?:system|framework|method|strategy|process|blueprint|formula|playbook)\b|"
    r"\bhigh[- ]ticket\b",
    # a recruiter's fee, with words between ("Unser Honorar betragt 20 %")
    r"\b(?:honorar|honoraires|honorarios|honorario|onorario|provisie|commissie|fee)\w*\s+"
    r"(?:[\w-]+\s+){1,3}?\d+\s?%",
    r"\b\d+\s?%\s+(?:of\s+(?:the\s+)?(?:annual|base|first)|des\s+jahres\w*|du\s+salaire|del\s+salario|"
    r"do\s+salario|van\s+het\s+(?:jaar)?salaris|della\s+ral|dello\s+stipendio)",
    # (not "a sales bootcamp held at the uni": an event the sender speaks at)
    r"\b(?:paid\s+masterclass|bootcamp(?!\s+(?:grad\w*|alum\w*|student|graduate|held|hosted|run\s+by))|"
    r"(?:cohort|programme|program)\s+starts|building\s+a\s+course)\b",
    r"(?<!working\s)(?<!work\s)\boffshore\b(?!\s+(?:rig|platform|in|on)\b)",
    r"\b(?:outsourc\w+|nearshore|white[- ]label|lead[- ]?gen\w*|lead\s+generation|"
    r"dev\s+shop|staff\s+augmentation|dedicated\s+[\w-]+\s+pods)\b",
    # "I have / represent / I'm representing a superb director"
    r"\b(?:(?:i|we)\s+(?:currently\s+)?(?:have|represent)|(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:currently\s+)?"
    r"representing)\s+(?:an?\s+|\d+\s+|two\s+|three\s+|four\s+|"
    r"five\s+)(?:[\w-]+\s+){0,4}?(?:candidates?|engineers|managers|aes|sres|developers|talent|"
    r"profiles)\b|\b(?:(?:i|we)\s+(?:currently\s+)?(?:have|represent)|(?:i'?m|we'?re|i\s+am|we\s+are)\s+"
    r"(?:currently\s+)?representing)\s+(?:an?\s+|\d+\s+|two\s+|three\s+|"
    r"four\s+|five\s+)(?:[\w-]+\s+){0,4}?(?:heads?|directors?)\b"
    # not a role to fill: "I have a 6-month interim Head of Resourcing assignment"
    r"(?!\s+of\s+(?:[\w&-]+\s+){0,3}?(?:assignment|mandate|brief|role|position)\b)",
    r"\b(?:i|we)\s+place\b",
    # (not "we'd like to sponsor your workshop series": an offer to the recipient)
    r"\blike\s+to\s+sponsor\b(?!\s+(?:your|you)\b)|\bpackages\s+start\b",
    # the recipient's firm asked to sponsor: "would Northwind sponsor the category? £6,000 gets
    # your logo"
    r"\b(?:would|could|will)\s+(?!we\b|i\b|love\b|like\b|be\b)(?:[\w-]+\s+){1,2}?sponsor\s+(?:the|our|a|an)\b"
    r"(?!\s+(?:visa|h-?1b|work\s+permit))|" + _MONEY + r"[\d,.]*k?\s+gets\s+(?:you|your)\b",
    r"\bdm\s+me\b|\bcontact\s+me\s+on\s+(?:telegram|whatsapp)\b|\blink\s+in\s+(?:my\s+)?(?:profile|bio)\b",
    r"\bdm\s+[a-z]+\s+for\b",
    r"\bkindly\s+revert\b",
    r"\b(?:bitcoin|btc|crypto|forex|signals?|defi|staking|mining)\b[^.!?]{0,40}?"
    r"\b(?:show\s+you|teach\s+you|join|earn|profits?|returns?|made|make)\b|"
    r"\b(?:made|earn(?:ed)?|make|making)\s+[$£€]\s?\d[\d,.]*\s*k?\b[^.!?]{0,30}?"
    r"\b(?:trading|bitcoin|crypto|forex|investing|signals|mining|weekly|daily|monthly)\b",
    r"\b(?:commission|comision|comissao|provision|provisie|commissione|honoraires|honorarios|"
    r"fee|fees)\s+(?:de\s+|van\s+|von\s+|di\s+|of\s+|is\s+|just\s+|only\s+)*\d+\s?%",
    r"[$£€]\s?\d[\d,.]*\s*k?\s+(?:[\w-]+\s+)?(?:fee|package|listing|membership|placement)\b|"
    r"\b(?:fee|package|listing|membership)\s+of\s+[$£€]\s?\d",
    r"\bsecure\s+your\s+(?:spot|place|seat|profile|feature|listing|award|nomination)\b",
    r"\b(?:resell|white-label|distribute|refer)\s+our\b|\bour\s+(?:partner|sales|pitch)\s+deck\b|"
    r"\b\d+\s?%\s+(?:margin|commission|referral\s+fee|revenue\s+share|rev\s+share)\b",
    r"\b(?:plaquette|brochure|folleto|catalogo|broschure|prospekt|folder|depliant)\b",
    r"\b(?:leads?|contactos|contatos|kontakte|contatti)\s+(?:b2b\s+)?(?:qualificad|cualificad|"
    r"qualifiziert|gekwalificeerd|qualificat|verificad|verifizier|geverifieerd|verificat|verifies)\w*",
    r"\b(?:posso\s+te\s+mostrar|puedo\s+mostrarte|puis-je\s+vous\s+montrer|"
    r"darf\s+ich\s+(?:ihnen|dir)\s+zeigen|mag\s+ik\s+(?:je|u)\s+laten\s+zien|posso\s+mostrarti)\b",
    r"\b(?:geramos|generamos|generons|generieren|genereren|generiamo)\s+(?:\d+\s+)?(?:b2b-?\s*)?(?:leads?|"
    r"reunioes|reuniones|rendez-vous|termine|afspraken|appuntamenti)\b",
    r"\b(?:i'?ll|i\s+will|let\s+me)\s+(?:send\s+you\s+a\s+free|show\s+you\s+how)\b",
    r"\bshow\s+you\s+how\s+(?:we|to|i|our|your|you)\b",
    r"\b(?:shall|can|may|could)\s+i\s+send\s+(?:you\s+)?(?:the|our|a|my)\s+"
    r"(?:brochure|reel|deck|rate|pricing|case|portfolio|free|audit|syllabus)\b",
    r"\b(?:send|share)\s+(?:you\s+)?(?:their\s+)?(?:cvs|resumes)\b|\bwant\s+their\s+profiles\b",
    r"\bwant\s+the\s+(?:link|syllabus)\b",
    r"\b(?:explore|discuss)\s+working\s+with\b|\bpilot\?",
    r"\bwe\s+could\s+(?:feed|help|save|support|get|boost)\b",
    r"\b(?:cuts?|saves?|reduces?|slash(?:es)?)\s+(?:[\w-]+\s+){0,2}?(?:by\s+)?\d+%",
    r"\bcut\s+time[- ]to[- ]hire\b|\bqualified\s+(?:buyers|leads|prospects)\b",
    r"\b\d+x\s+(?:their|your|my)\b|\b\d+k\s+followers\b",
    r"(?:\b(?:starting|start|from|only|just|at|with)\s+(?:at\s+)?)[$£€]\s?\d",
    # a price, not a size ("deals under $20k")
    r"(?<!under\s)(?<!over\s)(?<!below\s)(?<!above\s)(?<!than\s)(?<!around\s)(?<!about\s)"
    r"[$£€]\s?\d[\d,.]*\s*(?:k\b|/\s?hr|/\s?hour|/\s?month|/\s?mo\b|per\s+(?:month|hour|hire))",
    r"\b\d+%\s+(?:off|lower\s+cost|cheaper|discount)\b",
    r"\b(?:half|a\s+fraction\s+of)\s+the\s+(?:price|cost)\b|\bprice\s+comparison\b|"
    r"\bfree\s+pilot\b|\b(?:doubles|triples)\s+(?:your\s+)?[\w-]+\s+(?:rates?|revenue|pipeline)\b",
    # French, Spanish, German, Portuguese, Dutch, Italian
    r"\bnous\s+(?:proposons|offrons|vendons|aidons)\b|\bnotre\s+(?:solution|agence|offre|"
    r"plateforme|logiciel)\b|\bessai\s+gratuit\b|\bdevis\b",
    r"\bofrecemos\b|\bnuestr[oa]s?\s+(?:servicios|soluciones?|plataforma|agencia)\b|"
    r"\bgeneracion\s+de\s+leads\b|\bprueba\s+gratuita\b",
    r"\bwir\s+(?:bieten|verkaufen|vermitteln)\b|\bunsere\s+(?:losung|agentur|dienstleistung\w*|"
    r"plattform|software)\b|\bkostenlose[nrs]?\s+(?:test|demo|beratung|probe)\w*\b",
    r"\btemos\s+uma\s+(?:solucao|plataforma|ferramenta)\b|\bdemonstracao\b|"
    r"\boferecemos\b|\bnossa\s+(?:empresa|solucao|agencia|plataforma)\b|\bnossos\s+servicos\b|"
    r"\bteste\s+gratis\b",
    r"\bdemo\s+(?:geven|laten\s+zien|plannen|inplannen)\b|"
    r"\bwij\s+(?:bouwen|bieden|leveren|verkopen|helpen)\b|\bscherpe\s+tarieven\b|"
    r"\bonze\s+(?:diensten|oplossing|software)\b|\bgratis\s+(?:proef\w*|demo|adviesgesprek)\b",
    r"\b(?:walk\s+you\s+through|tell\s+you\s+(?:more\s+)?about|hear(?:ing)?\s+(?:more\s+)?about|"
    rf"introduce\s+you\s+to|try)\s+(?:our|my)\s+(?:[\w-]+\s+){{0,3}}?{_SOLD_NOUNS}\b",
    rf"\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:launching|rolling\s+out|releasing)\s+(?:a|an|our|my)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_SOLD_NOUNS}\b",
    r"\b(?:send|give|offer)\s+you\s+(?:a|an)\s+(?:free\s+)?(?:trial|sample|quote|discount)\b",
    # (not "now I sell commercial property": the sender's job, said in passing)
    r"(?<!now\s)\b(?:i|we)\s+(?:offer|sell)\b(?![^.!?]{0,25}\b(?:together|jointly)\b)",
    r"\b(?:free|complimentary|no-cost)\s+(?:[\w-]+\s+)?(?:discovery|intro|introductory|clarity|"
    r"strategy|consultation)\s+(?:call|session|meeting)\b",
    r"\b(?:thinking|considering)\s+(?:of|about)\s+(?:buying|selling|refinancing|renovating|"
    r"switching|upgrading|outsourcing|investing)\b",
    r"\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+love\s+to\s+help\s+you\s+(?:find|buy|sell|grow|"
    r"get|save|scale|book|land|win|boost|automate)\b",
    r"\b(?:inclusion|listing|entry|placement|membership|sponsorship|advert\w*|tickets?)\b"
    r"[^.!?]{0,20}?[$£€]\s?\d",
    r"\b\d+\s?%\s+(?:flat\s+|fixed\s+|success\s+|placement\s+|finder'?s\s+)fee\b",
    # the seller's own catalogue, not the "service catalog" the recipient's team runs
    r"\b(?:our|my|unser\w*|mein\w*|notre|nos|nuestro|nosso|il\s+nostro|onze|naszym|nasz)\s+"
    r"(?:[\w-]+\s+)?(?:katalog|catalogue|catalog)\b|\b(?:send|share|sende|envoyer|enviar)\s+(?:you\s+|"
    r"ihnen\s+|dir\s+)?(?:the|a|our|den|unseren|le|el|o)\s+(?:katalog|catalogue|catalog)\b|"
    r"\b(?:dm|email|e-mail|mail|whatsapp|forward)\s+you\s+(?:the|a|our)\s+(?:katalog|catalogue|catalog)\b|"
    r"\bdarf\s+ich\s+(?:ihnen|dir)\s+(?:unser|mein)\w*\b",
    # the sender's clients, fees and prices
    r"\b(?:to|on)\s+our\s+(?:client|customer)\s+(?:list|roster|base)\b",
    r"\b(?:roles|placements|hires|positions|candidates)\s+at\s+\d+\s?%",
    r"\d[\d,.]*\s?[$£€]\s?/\s?(?:h|hr|hour|godz|std|uur|ora)\b",
    r"\b(?:mitad|la\s+mitad)\s+del?\s+(?:costo|coste|precio)\b|\bmetade\s+do\s+(?:custo|preco)\b|"
    r"\bmoitie\s+(?:du\s+)?prix\b|\bhalve(?:n|rt)?\s+(?:de\s+)?(?:kosten|prijs)\b",
    r"\b\d+\s*(?:min\w*|dakika\w*|minuten|minutos|minuti)\s+(?:\w+\s+)?demo\b",
    r"\bwe(?:'ve|\s+have)\s+(?:just\s+)?(?:built|launched|created)\s+(?:an?|our)\s+(?:[\w-]+\s+){0,3}?"
    rf"{_SOLD_NOUNS}\b",
    # "I help X do Y" and "shall I send you info" in other languages
    r"\b(?:ayudo|ayudamos|ajudo|ajudamos|aiuto|aiutiamo|ich\s+helfe|ik\s+help|j'aide)\s+"
    r"(?:a\s+|as\s+|os\s+|aos\s+|las\s+|los\s+|le\s+|les\s+)?[\w-]+\s+(?:a|to|om|zu|de|ad)\s+\w+",
    r"\b(?:te|le|les)\s+(?:mando|envio|paso)\s+(?:mas\s+)?(?:info|informacion|el\s+folleto)\b|"
    r"\b(?:te|lhe)\s+(?:mando|envio)\s+(?:mais\s+)?(?:info|informacoes)\b",
    r"\b(?:przes[lł]ac|wys[lł]ac)\s+(?:\w+\s+)?oferte\b|\bdostarczamy\b",
    # (not "wir bauen unser Employer Branding neu auf": rebuilding their own)
    r"\bwir\s+(?:bauen|liefern|entwickeln|produzieren|helfen)\b(?![^.!?]{0,25}\bgemeinsam\b)"
    r"(?!\s+(?:unser|unsere|unseren)\b[^.!?]{0,60}?\bauf\b)"
    r"(?!\s+(?:gerade\s+|derzeit\s+|aktuell\s+|jetzt\s+)?(?:ein|eine|einen|unser|unsere|das|die)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]*(?:team|abteilung|buro|standort|niederlassung)\b)",
    r"\bsiamo\s+un[a']?\s*(?:agenzia|societa|azienda)\b|\bfee\s+competitive\b|"
    r"\bpossiamo\s+(?:proporle|proporti|offrirle|offrirti)\b|\boffriamo\b|\bprova\s+gratuita\b",
    # what the sender's firm supplies, with proof from "our last client"
    r"\bmy\s+(?:firm|company|agency|team|studio|consultancy|business)\s+(?:in\s+\w+\s+)?"
    r"(?:supplies|provides|"
    r"offers|sells|places|builds|runs|delivers|specialises|specializes)\b|"
    r"\bour\s+(?:last|latest|recent|biggest)\s+client\b|\bour\s+clients?\s+(?:got|saw|get|see|"
    r"achieved|doubled|tripled)\b",
    r"\b(?:send|share)\s+(?:you\s+)?(?:a\s+|our\s+|the\s+)?(?:proposal|pricing|prices|quote|"
    r"rate\s+card)\b|\b(?:free|no-obligation)\s+quote\b|\bkindly\s+share\s+(?:your\s+)?"
    r"requirements?\b|\bshall\s+i\s+send\s+(?:you\s+)?(?:the\s+|some\s+|more\s+)?details\b",
    r"\b(?:at|for)\s+(?:a\s+)?(?:very\s+)?(?:low|lowest|affordable|competitive)\s+(?:cost|price|rates?)\b|"
    r"\bwe\s+are\s+(?:a\s+|the\s+)?(?:leading|top-rated|top|best|award-winning|trusted|premier)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:company|agency|firm|provider|partner|studio)\b",
    r"\b(?:pre-?)?vetted\s+(?:[\w-]+\s+)?(?:devs|developers|engineers|candidates|talent|"
    r"freelancers|contractors)\b|\bno\s+fees?\s+(?:until|unless)\b|\bor\s+you\s+(?:don'?t|do\s+not)"
    r"\s+pay\b|\bguarantee\s+\d+\b|\bcourtesy\s+of\s+our\b|\breserve\s+you\s+a\s+(?:seat|spot|place)\b",
    r"\bi\s+can\s+(?:rebuild|build|fix|redesign|do|deliver|write|make)\s+(?:it|that|this|yours)\s+"
    r"for\s+(?:just\s+|only\s+)?[$£€]\s?\d",
    r"\bcan\s+i\s+show\s+you\s+how\b|\bwe\s+run\s+(?:[\w-]+\s+){1,3}?(?:campaigns|outreach|ads)\b",
    # more calls to action and terms of the sender's offer
    r"\b(?:erfolgsbasiert|erfolgsabhangig)\w*\b|\bqualifizierte\s+(?:b2b-)?(?:termine|leads|"
    r"gesprache)\b",
    r"\bfree\s+(?:[\w-]+\s+)?(?:seat|licen[cs]e|month|account)s?\b|\bbook\s+you\s+in\s+for\s+a\s+"
    r"(?:quick\s+|short\s+)?demo\b|\b(?:save|hold)\s+(?:you\s+)?a\s+(?:seat|spot|place)\b|\bfree\s+for\s+qualified\b|"
    r"\bdemo\s+(?:this|next)\s+week\b|\bpitch\s+you\s+(?:a|an|our|my)\b|\breferral\s+deal\b|"
    r"\b(?:could|can|may)\s+i\s+show\s+you\s+(?:a|our|the)\s+(?:sample|demo|dashboard|product|tool)\b|"
    r"\bsend\s+(?:you\s+)?(?:over\s+)?(?:our\s+|my\s+)?rates\b|\btarifs\s+(?:tres\s+)?competitifs\b|"
    r"\b\d+\s?%\s+on\s+placement\b|\bsee\s+(?:the\s+|their\s+)?cvs\b",
    r"\b\d+\+?\s+(?:discovery|sales|booked)\s+calls\b|\bfill\s+their\s+calendars?\b|"
    r"\bexhibitor\s+(?:stands?|booths?|space)\b|\b\d+\s?%\s+sold\b|\bcheapest\s+(?:price|rates?)\b|"
    r"\bcheck\s+(?:out\s+)?(?:my|our)\s+portfolio\b|\b(?:very\s+)?affordable\s+(?:price|rates?|"
    r"packages?)\b|\b(?:please|kindly)\s+share\s+(?:your\s+)?requirements?\b",
    r"\badvertise\s+your\b|\b(?:first|1st)\s+(?:\w+\s+)?(?:adverts?|ads|listings?|posts)\s+"
    r"(?:are\s+)?free\b|\bset\s+up\s+your\s+account\b|\bsend\s+over\s+(?:our\s+|the\s+)?"
    r"(?:pricing|prices|rate\s+card|proposal|brochure)\b|\bhalf[- ]price\b|\blink\s+below\b",
    r"\b\d+[- ](?:hour|day|week)\s+turnaround\b|\blow\s+minimums\b|"
    r"\bsecure\s+your\s+(?:\w+'s\s+)?(?:package|spot|place|seat)\b",
    r"\bour\s+(?:[\w-]+\s+){0,3}?(?:tool|platform|app|software|assessments?|product|service)\s+"
    r"(?:runs|works|predicts|handles|finds|writes|scores|screens)\b",
    r"\bset\s+up\s+a\s+(?:quick\s+|short\s+)?demo\b|\bfor\s+a\s+flat\s+[$£€]|\bwant\s+a\s+quote\b|"
    r"\bopen\s+to\s+a\s+(?:quick\s+|short\s+)?demo\b|\bleaving\s+\d+\s?%\s+on\s+the\s+table\b|"
    r"\bfree\s+(?:training|masterclass|webinar|workshop|guide|ebook)\b|\bon\s+autopilot\b|"
    r"\bcomment\s+['\"]?[a-z]+['\"]?\s+(?:for|below|to\s+get)\b|\bcheap\s+price\b|"
    r"\b(?:la\s+nostra\s+agenzia|listino(?:\s+prezzi)?)\b|\bwe\s+fill\s+(?:\w+\s+)?calendars\b|"
    r"\bpay\s+(?:only\s+)?(?:for|per)\s+shows?\b|\bbacklinks\b|\breply\s+for\s+(?:the\s+)?"
    r"(?:package|price|prices|pricing)\b|\b\d+\s?%\s+(?:less|cheaper|lower)\s+than\b",
    r"\b\d+\+?\s+(?:[\w-]+\s+){0,2}?(?:discovery|sales)\s+calls\b",
    # ghostwriters, appointment setters, RPO boutiques, preferred-supplier pitches
    r"\bi\s+(?:ghostwrite|ghost-write|write\s+posts|run\s+ads|book\s+meetings|set\s+appointments)\b|"
    r"\bappointment\s+setter\b|\bbook\s+(?:you\s+)?\d+\s+(?:calls|meetings|appointments|demos)\b|"
    r"\b\d+(?:\.\d+)?x\s+(?:impressions|engagement|reach|leads|followers|views|pipeline|revenue)\b",
    r"\b(?:be\s+on\s+your|join\s+your|a\s+place\s+on\s+your|slot\s+on\s+your)\s+(?:preferred\s+)?"
    r"(?:supplier\s+|vendor\s+|agency\s+)?(?:list|psl|panel|roster)\b|"
    r"\bpsl\s+(?:slot|place|spot|position)\b|\brpo\s+(?:boutique|provider|firm|"
    r"partner|agency)\b",
    r"(?<!no\s)(?<!without\s)(?<!waived\s)\b(?:nomination|entry|listing|registration|application|submission|award)\s+fee\b|"
    r"\b(?:package|fee|price|cost|investment)\s+is\s+(?:just\s+|only\s+)?(?:[$£€]|aud|usd|eur|gbp)\s?\d",
    r"\bi\s+help\s+you\s+(?:build|grow|get|land|scale|launch|create)\b|"
    r"\b(?:made|earned|make|earn)\s+\d[\d.,]*\s*(?:btc|eth|bitcoin|usdt)\b|\barbitrage\s+bot\b",
    r"\bproposer\s+une\s+(?:demo|demonstration|presentation\s+de\s+notre)\b|"
    r"\b(?:notre|nuestra|nuestro|nossa|nosso)\s+(?:[\w-]+\s+){0,2}?(?:herramienta|ferramenta|outil|"
    r"ats|crm|saas|logiciel)\b|\bprueba\s+gratis\b|\bteste\s+gratis\b",
    r"\b(?:a\s+gente\s+)?(?:gera|geramos|gerar)\s+\d+\s+(?:reunioes|leads|clientes)\b|"
    r"\bgarantido\s+ou\b|\breunioes\s+qualificadas\b",
    r"\bprzedstawi\w*\s+(?:nasza\s+)?ofert\w*\b|\bspecjalizuje\s+sie\b|\bsoftware\s+house\b",
    r"\bajans\w*\b|\bucretsiz\s+(?:bir\s+)?(?:analiz|deneme|demo|gorusme|danismanlik)\b",
    r"\bcung\s+cap\s+(?:cac\s+)?dich\s+vu\b|\bbao\s+gia\b|\bchi\s+phi\s+thap\b",
    r"\bالعملات\s+الرقمية\b|\bمضاعفة\s+(?:اموالك|ارباحك|دخلك)\b",
    # something the sender built, and a few minutes to show it
    rf"\bwe\s+(?:built|made|created|developed)\s+(?:an?|our|the)\s+(?:[\w-]+\s+){{0,3}}?{_SOLD_NOUNS}\b",
    r"\b(?:min|mins|minutes)\s+to\s+(?:show|walk)\s+you\b",
    r"\b(?:want|like)\s+to\s+see\s+(?:a|some|our)\s+(?:free\s+|quick\s+)?(?:samples?|examples|"
    r"demo|case\s+stud\w+|portfolio|mock-?ups?)\b",
    # a price in a currency code ("AUD 600 flat", "from USD 1,950")
    r"\b(?:from|only|just|at|starting\s+at|for\s+just)\s+(?:aud|usd|eur|gbp|inr|cad|nzd|sgd|chf|"
    r"sek|nok|dkk|pln|brl|mxn|aed|rs\.?)\s?\d",
    r"\b(?:aud|usd|eur|gbp|inr|cad|nzd|sgd|chf|sek|nok|dkk|pln|brl|mxn|aed)\s?\d[\d,.]*\s*k?\s+"
    r"(?:flat|per\s+(?:month|post|hire|seat|user)|a\s+(?:month|post|seat)|/\s?(?:month|mo)\b|fee)",
    # a recruiter offering candidates on the agency's terms
    r"\b(?:no|our|my|a|low|flat)\s+(?:placement|finder'?s|agency|success|recruitment)\s+fees?\b|"
    r"\b(?:placement|finder'?s|success)\s+fees?\s+(?:of|is|on|after|from)\b|\bpre-?vetted\b|"
    r"\bon\s+our\s+(?:standard\s+|usual\s+|normal\s+)?(?:terms|t&cs|rates)\b|"
    r"\b(?:share|send)\s+(?:you\s+)?(?:the|his|her|their)\s+(?:cv|resume|cvs|resumes)\b|"
    r"\b(?:got|have)\s+(?:a|an|two|three|four|\d+|a\s+few|several)\s+(?:[\w-]+\s+){0,4}?"
    r"on\s+the\s+market\b",
    # "we are an agency" in other languages: the sender sells a service
    r"\bwir\s+sind\s+(?:eine?|ein)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:beratung|agentur|dienstleister|"
    r"anbieter|vermittlung|vermittler|softwarehaus)\b|\bauf\s+erfolgsbasis\b|"
    r"\bkostenlose[nrs]?\s+(?:audit|analyse|check|erstgesprach|potenzialanalyse|workshop)\w*\b|"
    r"\b(?:senken|reduzieren|sparen|steigern|verdoppeln|senkt|reduziert|spart|steigert|verdoppelt)\b"
    r"[^.!?]{0,40}?\bum\s+\d+\s?%",
    r"\bnous\s+sommes\s+une?\s+(?:[\w-]+\s+){0,2}?(?:agence|cabinet|prestataire|editeur|"
    r"societe\s+de\s+(?:conseil|services))\b|\b(?:audit|diagnostic)\s+(?:gratuit|offert)\b",
    r"\bsomos\s+(?:una?|uma)\s+(?:[\w-]+\s+){0,2}?(?:agencia|consultora|consultoria|proveedor|"
    r"fornecedor|empresa\s+de\s+(?:servicios|servicos|desarrollo|desenvolvimento|marketing|"
    r"software|outsourcing|consultoria))\b|\b(?:auditoria|consultoria|diagnostico)\s+"
    r"(?:gratuita|gratis|gratuito)\b",
    r"\b(?:wij|we)\s+zijn\s+een\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:bureau|dienstverlener|leverancier|"
    r"consultancy)\b|\bgratis\s+(?:audit|scan|analyse)\b",
    r"\bvi\s+(?:hjalper|erbjuder|levererar|saljer)\b|\btesta\s+gratis\b|"
    r"\bgratis\s+i\s+\d+\s+dagar\b",
    r"\b(?:oferujemy|pomagamy\s+firmom|darmow\w+\s+(?:audyt|konsultacj\w*|demo|test\w*))\b",
    # Czech and Slovak: "we offer development / services", "at great prices"
    r"\bponukame\s+(?:[\w-]+\s+){0,2}?(?:vyvoj|sluzb|rieseni|sprav|marketing)\w*|\bnabizime\s+"
    r"(?:[\w-]+\s+){0,2}?(?:vyvoj|sluzb|reseni|sprav|marketing)\w*|\bza\s+(?:skvel|vyhodn|nizk|"
    r"super|bezkonkurencn)\w*\s+cen\w*",
    r"\b(?:hizmet\w*\s+)?sunuyoruz\b|\bsunmaktay\w*\b|\buygun\s+fiyat\w*\b|"
    r"\b(?:hizmet|urun|cozum)\w*\s+(?:[\w-]+\s+)?tanitmak\b|"
    r"\bucretsiz\s+(?:deneme|demo|analiz|danismanlik|gorusme)\b",
    r"\b(?:modal\s+kecil|untung\s+besar|peluang\s+bisnis)\b|\b(?:pulangan|keuntungan|imbal\s+hasil)\s+"
    r"\d+(?:[.,]\d+)?\s?%",
    r"\b(?:kami\s+(?:menawarkan|menyediakan|membantu\s+perusahaan)|gratis\s+uji\s+coba|coba\s+gratis|"
    r"gratis\s+selama)\b",
    # Arabic: "we are a company", "we offer services", "at competitive prices", "free"
    # (as folded: the hamza dropped), "our fees"
    r"\bنحن\s+شركة\b|\bنقدم\s+(?:لكم\s+|لك\s+)?(?:خدمات|حلول|افضل)|\bباسعار\s+"
    r"(?:منافسة|مناسبة|مخفضة|رمزية|مميزة|تنافسية|رخيصة)|\b(?:استشارة|تجربة)\s+مجانية\b|\bرسومنا\b",
    # Russian: "we offer", "our company", "free", "join my team", passive income (as folded)
    r"\bпассивн\w+\s+доход\w*|\bприсоединиться\s+к\s+моеи\s+команде\b|"
    r"\b(?:мы\s+предлагаем|предлагаем\s+услуги|наша\s+компания\s+(?:предлагает|оказывает)|"
    r"бесплатн\w+\s+(?:аудит|консультаци\w*|демо|пробн\w+))\b",
    # A seller's terms in any language: a discount, a first session free, a price per hour
    # or "from" a price, special or member prices, a quote offered, a paid award package.
    r"\b\d{1,2}\s?%\s+(?:de\s+)?(?:discount|off|desconto|descuento|rabatt|remise|sconto|korting|"
    r"indirim)\b|%\s?\d{1,2}\s+indirim\w*|\b(?:desconto|descuento|rabatt|remise|sconto|korting)\s+(?:de\s+|von\s+|del\s+)?"
    r"\d{1,2}\s?%",
    r"\b(?:first|1st)\s+(?:session|consultation|lesson|month)\s+(?:is\s+)?(?:free|on\s+us|"
    r"complimentary)\b|\b(?:primeira\s+sessao|primera\s+sesion|premiere\s+seance|prima\s+sessione|"
    r"erste[ns]?\s+(?:sitzung|termin|stunde)|eerste\s+sessie|ilk\s+seans)\b",
    r"[$£€]\s?\d[\d,.]*\s*(?:/\s?h|/\s?hr|per\s+hour|an\s+hour|de\s+l'heure|por\s+hora|pro\s+stunde|"
    r"all'ora|per\s+uur|saat\s+basi|per\s+jam)\b|[$£€]\s?\d[\d,.]*\s+flat\b|\b\d[\d,.]*\s?(?:[$£€]|eur|euros?)\s+(?:de\s+l'heure|par\s+heure|por\s+hora|"
    r"pro\s+stunde|die\s+stunde|all'ora|per\s+uur)\b",
    r"\ba\s+partir\s+de\s+(?:r\$|us\$|[$£€])\s?\d|\ba\s+partir\s+de\s+\d[\d.,]*\s?(?:€|\$|eur|"
    r"euros?|reais|(?:dolares|dollars|usd|pesos)\b)|\bab\s+\d[\d.,]*\s?(?:€|eur|euro|aud|usd|chf|gbp|dollar)\b|"
    r"\bvanaf\s+(?:€|eur)\s?\d|\bdesde\s+(?:usd|eur|us\$|r\$|[$€£])\s?\d",
    # "we charge 15%", "35% below local prices", "a small investment of $650"
    r"\bwe\s+(?:only\s+)?charge\s+(?:just\s+|only\s+)?(?:\d|[$£€])|\b\d+\s?%\s+(?:below|cheaper\s+than|"
    r"under|less\s+than)\s+(?:local\s+|market\s+|usual\s+|your\s+)?(?:prices|rates|cost)\b|"
    r"\b(?:small|modest|one-time|nominal)\s+(?:investment|fee|contribution|cost)\s+(?:of\s+)?"
    r"(?:usd\s?|aud\s?|us\$|[$£€])\s?\d",
    # "we sell ... at a discount" in es, pt, fr, de, it, nl
    r"\b(?:vendemos|vendons|vendiamo|verkopen\s+wij|wir\s+verkaufen|verkaufen\s+wir)\b|\b(?:con\s+descuento|"
    r"com\s+desconto|avec\s+remise|mit\s+rabatt|con\s+sconto|met\s+korting)\b",
    # Urdu: "at cheap prices"
    r"\bسستے\s+داموں\b",
    r"\bpre-ipo\b|\b\d+x\s+(?:expected|target|targeted|projected)\s+(?:returns?\b)?|\b\d+x\s+returns?\b",
    # a recruiter's fee, a quote sent unasked, a place on the buyer's supplier list
    r"\b(?:at|for)\s+an?\s+\d+\s?%\s+(?:fee|commission)\b|\bsend\s+(?:you|[\w-]+)\s+a\s+(?:group\s+|free\s+)?"
    r"quote\b|\bpreferred[- ]suppliers?\b|\b(?:on|onto)\s+(?:your|[\w'-]+'s|[\w-]+)\s+psl\b",
    # money for the sender's own venture: "can you invest or introduce me to investors?"
    r"\b(?:can|could|would)\s+you\s+(?:consider\s+)?invest(?:ing)?\b(?!\s+(?:some\s+|a\s+little\s+|\d+\s+)?"
    r"(?:time|minutes|an\s+hour))|\binvest\s+in\s+(?:my|our)\s+(?:startup|company|round|business|venture)\b",
    # "we'd love to quote", "so I can show you our analytics tool"
    r"\b(?:we'?d|we\s+would)\s+(?:love|like|be\s+happy)\s+to\s+quote\b(?!\s+you\b)|\bshow\s+you\s+our\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tool|platform|product|app|software|solution|suite)\b",
    # a course of the sender's own, growth promised, samples free, money made fast
    r"\b(?:our|my)\s+paid\s+(?:[\w-]+\s+){0,3}?(?:masterclass|course|programme|program|workshop|"
    r"bootcamp|cohort|membership|community|mastermind)\b|\b(?:double|triple|10x|2x|3x)\s+(?:your|ur)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:revenue|sales|income|leads|pipeline|bookings|profits?|clients)\b",
    r"\bfirst\s+(?:\d+|one|two|three|five|ten)\s+(?:[\w-]+\s+)?(?:free|on\s+us)\b|\b(?:quieres|queres|"
    r"quer|vuoi|veux-tu|voulez-vous|willst\s+du|wil\s+je|want\s+to)\s+(?:ganar|ganhar|guadagnare|gagner|"
    r"verdienen|earn|make)\s+(?:\w+\s+)?(?:dinero|dinheiro|soldi|argent|geld|money)\b",
    r"\b(?:daily|trading|crypto)\s+signals\b|\bsenales\s+(?:diarias|de\s+trading)\b|\bsinais\s+"
    r"(?:diarios|de\s+trading)\b|\b\d+(?:[.,]\d+)?\s?%\s+(?:de\s+)?(?:rendite|rendement|rendimento|"
    r"rendimiento|rentabilidad|rentabilidade|retorno)\b|\banlagemoglichkeit\w*",
    # a fee charged, in pt, es, fr, de, nl: "nossa consultoria cobra so 12%"
    r"\b(?:cobra|cobramos|cobran|cobro|facturons|berechnen|rekenen)\s+(?:so|solo|apenas|nur|seulement|"
    r"slechts|alleen|un|une|ein|eine|een)?\s*\d+\s?%",
    # money on the side, sold as a way of life: "earn while you sleep", "extra income"
    r"\bearn(?:ing)?\s+(?:money\s+)?while\s+(?:you|u)\s+sleep\b|\breplaced\s+my\s+(?:\w+\s+)?"
    r"(?:salary|income|paycheck|day\s+job)\b|\b(?:extra|side|second)\s+income\b|\b(?:penghasilan|"
    r"pendapatan)\s+tambahan\b|\b(?:renda|ingresos|ingreso)\s+(?:extra|pasivos?|passiva)\b|"
    r"\brevenus?\s+(?:passifs?|complementaires?)\b|\b(?:passives|zusatzliches)\s+einkommen\b|"
    r"\bek\s+gelir\b",
    r"\b(?:zu\s+)?sonderpreis\w*\b|\bprecios\s+especiales\b|\bprecos\s+especiais\b|\bprix\s+"
    r"(?:speciaux|preferentiels|imbattables)\b|\bprezzi\s+speciali\b|\bat\s+(?:member|members'?|"
    r"discounted|preferential)\s+(?:rates|prices|pricing)\b",
    r"\bquer\s+(?:um\s+)?orcamento\b|\bquiere[s]?\s+(?:un\s+)?presupuesto\b|\b(?:orcamento|"
    r"presupuesto|preventivo|angebot|propuesta|proposta|proposition|devis|offerte)\s+(?:gratis|"
    r"gratuit[oae]?|sem\s+compromisso|sin\s+compromiso|senza\s+impegno|sans\s+engagement|"
    r"kostenlos|unverbindlich|vrijblijvend)\b|\bno[- ]obligation\s+(?:proposal|audit|assessment)\b",
    r"\b(?:prezzo\s+(?:di\s+)?lancio|precio\s+de\s+lanzamiento|prix\s+de\s+lancement|preco\s+de\s+"
    r"lancamento|einfuhrungspreis|introductieprijs|launch\s+price)\b|\bfree\s+(?:home\s+)?(?:valuation|"
    r"appraisal|estimate)\b",
    r"\b(?:finalist|winner|winners|nominee|nomination|award|listing)\s+(?:package|fee|kit|bundle)\b|"
    r"\b(?:2|two)-for-(?:1|one)\b|\bgrab\s+(?:yours|your\s+(?:pass|ticket|seat|spot|copy))\b",
)

# Asking for the recipient's unpaid help is not selling them anything, whatever the
# sender runs ("we run a free bootcamp... would you consider volunteering as a mentor").
ASKS_UNPAID_HELP = _compile(
    r"\b(?:volunteer(?:ing)?\s+(?:as|to|your)|pro\s+bono|give\s+(?:your\s+|some\s+)?time\s+to|"
    r"donate\s+(?:your\s+|some\s+)?time)\b"
)

# A fee the recipient is paid, for a consultation or their time, is no sale to them.
RECIPIENT_IS_PAID = _compile(
    r"\bpaid\s+(?:consultation|expert\s+call|call|interview|engagement|advisory\s+(?:call|role|"
    r"session))\b(?!-)|\b(?:book|hire|invite|want)\s+you\s+for\s+a\s+paid\b|\bpaid\s+at\s+"
    r"(?:usd\s?|aud\s?|us\$|[$£€])\s?\d|\bno\s+fees?\s+(?:in\s+either\s+direction|either\s+way|"
    r"on\s+either\s+side)\b|\bcompensation\s+is\b|\bi'?m\s+hiring\s+you\b|\bhonorarium\b|"
    r"\bpaid\s+at\s+your\s+(?:usual\s+)?rate\b|"
    r"\bwe(?:\s+will|'ll)?\s+pay\s+(?:you\s+)?(?:a|an|the|our)\s+(?:speaker'?s?\s+|speaking\s+|"
    r"consulting\s+|advisory\s+)?(?:fee|honorarium|stipend)\b|"
    # a role's pay, in thousands: "package c. GBP 140k", "base up to $180,000" (not "the
    # speaker package is $2,950" or "gold package is $10k", which the recipient would pay)
    r"\b(?:(?:salary|base|ote|total\s+comp|compensation)\s+(?:of\s+|is\s+)?(?:c\.\s?|circa\s+|around\s+|"
    r"up\s+to\s+|~\s?)?|package\s+(?:of\s+)?(?:c\.\s?|circa\s+|around\s+|up\s+to\s+|~\s?))"
    r"(?:(?:us|aud?)?[$£€]\s?|(?:usd|aud|eur|gbp)\s?)\d{2,3}(?:k\b|,\d{3}\b)|\byour\s+time\s+"
    r"would\s+(?:of\s+course\s+)?be\s+(?:remunerated|compensated|paid)\b|"
    # travel paid by the host; a quote or rates asked of the recipient;
    # nothing paid either way
    r"\bwe\s+(?:will\s+|'ll\s+)?cover\s+(?:your\s+)?(?:travel|flights|"
    r"accommodation|expenses)\b|\b(?:want|need|like|request)\s+a\s+(?:quote|proposal)\s+from\s+you\b|"
    r"\bsend\s+(?:me\s+|us\s+)?your\s+(?:rates|fees|pricing|prices|rate\s+card)\b|\bwhat\s+(?:are|would\s+be)\s+"
    r"your\s+(?:rates|fees)\b|\bno\s+(?:cost|fees?)\s+(?:either\s+way|in\s+either\s+direction|on\s+either\s+side|"
    r"to\s+either)\b"
)

# Follow-ups the recipient asked for are not unsolicited.
SOLICITED = _compile(
    r"\b(?:we\s+discussed|as\s+discussed|you\s+asked\s+(?:for|about)|as\s+promised|"
    r"per\s+our\s+(?:call|conversation))\b"
)

SCAM_STRONG = _compile(
    r"\binvestment\s+secrets?\b",
    r"\b(?:a|an)\s+(?:good|lucrative|confidential|private|urgent)\s+business\s+(?:proposal|deal|transaction)\b",
    # a document "shared with you", behind a link and a login
    # (not "my portfolio - view it here: janedoe.com")
    r"\bshared\s+with\s+you\b[^!?\n]{0,80}?\b(?:login|sign[- ]?in)\s+(?:required|needed)\b",
    # a prize won, to claim at a link
    r"\byou(?:'ve|\s+have)?\s+won\s+(?:a|an)\s+" + _MONEY,
    r"\bclaim\s+(?:it|yours|your\s+[\w-]+)\s+(?:at|via|through)\s+(?:the\s+)?link\b",
    # crypto staked "to verify commitment" before a job
    r"\bstake\s+\d[\d.,]*\s*(?:eth|btc|usdt|usdc|sol|bnb)\b",
    # a day's pay for nothing: "rate apps and earn $300-$800/day"; money multiplied in a week
    r"\b(?:earn|make)\s+(?:up\s+to\s+)?[$£€₹]\s?\d[\d,.]*(?:\s?-\s?[$£€₹]?\d[\d,.]*)?\s*(?:/|per\s+|a\s+)"
    r"(?:day|week|hour)\b",
    r"\bturn\s+[$£€₹]\s?\d[\d,.]*k?\s+into\s+[$£€₹]\s?\d[\d,.]*k?\s+(?:in|within)\s+(?:a|one|two|three|ten|\d+)\s+"
    r"(?:days?|weeks?|months?)\b",
    # "a trusted foreign partner to receive a contract payment"
    r"\b(?:trusted|reliable|honest|trustworthy)\s+(?:foreign\s+|overseas\s+)?partner\s+to\s+(?:receive|"
    r"transfer|move|claim|hold)\b",
    # a partner from a named country for a sum: "a trusted UK partner to receive contract funds"
    r"\b(?:trusted|reliable|honest|trustworthy)\s+[\w-]+\s+partner\s+to\s+(?:receive|transfer|move|claim|"
    r"hold)\s+(?:[\w-]+\s+){0,3}?(?:funds?|payments?|money|sums?|proceeds)\b",
    # a trusted person for a sum: "a reliable individual to receive a $4M transfer"
    r"\b(?:trusted|reliable|honest|trustworthy)\s+(?:person|individual|associate)\s+to\s+(?:receive|"
    r"transfer|move|claim|hold)\s+(?:[\w$£€.,-]+\s+){0,4}?(?:funds|payments?|money|transfer|inheritance|"
    r"fortune|consignment)\b",
    # help moving a fortune out of a country: "help moving my late husband's funds"
    r"\b(?:help|assist\w*)\s+(?:(?:in|with)\s+)?(?:moving|transferring|taking)\s+(?:my\s+|our\s+|the\s+|"
    r"his\s+|her\s+)?(?:late\s+)?(?:[\w-]+'s\s+)?(?:funds|fortune|inheritance|money|savings|estate|"
    r"gold)\s+(?:out\s+of\s+(?:the\s+|my\s+|his\s+|her\s+)?country|abroad|overseas)\b",
    # Arabic "a trusted partner to receive (the funds)"
    r"\bموثوق\w*\s+لاستلام\b",
    # easy money: "I earn 2000 euro daily with a trading bot"; a prize to claim at a link
    r"\b(?:i\s+)?(?:earn|make|verdien|verdiene|ganho|gano|guadagno|gagne)\s+(?:dagelijks|daily|every\s+day|"
    r"per\s+day|a\s+day|al\s+dia|todos\s+os\s+dias|ogni\s+giorno|taglich|par\s+jour)\s+(?:\d|[$£€])",
    r"\bclaim\s+(?:it\s+|yours\s+|your\s+[\w-]+\s+)?(?:here|now|at)\s*:?\s*(?:https?://|bit\.ly|tinyurl)",
    # a one-time code or password asked for: "OTP share karo", "confirm by entering your
    # password here", "fill in your bank details"
    r"\b(?:otp|one[- ]time\s+(?:password|code))\s+(?:share|bhej\w*|send|bata\w*|de\s+do|dijiye)\b"
    r"(?!\s+(?:service|api|flow|module|feature|policy|logic))",
    r"(?<!never\s)(?<!don't\s)(?<!not\s)\b(?:by\s+)?(?:entering|enter|re-?enter|type|typing|confirm|verify)\s+"
    r"your\s+(?:password|login\s+details|credentials|pin|otp)\s+(?:here|below|at\s+(?:this|the)\s+link|"
    r"via\s+(?:this|the)\s+link)\b|(?<!never\s)(?<!don't\s)(?<!not\s)\b(?:fill\s+in\s+|reply\s+with\s+|"
    r"send\s+(?:me\s+|us\s+)?)your\s+(?:full\s+name\s+and\s+)?(?:bank|card|account)\s+details\b",
    # a windfall: "you have been chosen to receive a $250,000 grant"
    r"\b(?:chosen|selected)\s+to\s+receive\s+(?:a|an|the)\s+" + _MONEY,
    # an estate that "shares your surname" and has no heir
    r"\b(?:shares?|sharing|bears?)\s+your\s+(?:surname|last\s+name|family\s+name)\b|\bno\s+heirs?\s+(?:has|have|"
    r"came|come|was|were)\b",
    # help to receive a sum: "I need your help to receive funds of $2.7M"
    r"\b(?:help|assist)\s+(?:me\s+|us\s+)?(?:to\s+)?(?:move|transfer|receive|claim|release)\s+"
    r"(?:the\s+|some\s+)?(?:funds?|money|sum|inheritance|payment)\s+(?:of|worth|totall?ing)\s+"
    r"(?:us\s?|usd\s?)?[$£€]?\s?\d",
    # a fee for a job's kit: "kindly pay GBP 120 for the training kit (refundable)"
    r"\bpay\s+" + _MONEY + r"[\d,.]*\s+(?:[\w-]+\s+)?for\s+(?:the|a|your)\s+"
    r"(?:training|starter|onboarding|equipment|registration|activation|laptop|uniform)\b",
    # phishing: "log in with your work email to view"
    r"\blog\s*(?:in|on)\s+(?:with|using)\s+(?:your\s+)?(?:work\s+|company\s+|corporate\s+|office\s+|"
    r"microsoft\s+|outlook\s+|google\s+)?(?:email|e-mail|credentials|password|account|login)\s+"
    r"(?:details\s+)?to\s+(?:view|access|open|download|see|read|unlock)\b",
    # a job offered, then a deposit to start it
    r"\bpay\s+(?:the|a|an|your)\s+(?:[$£€]\s?\d[\d,.]*\s+)?(?:refundable\s+)?(?:equipment|training|"
    r"onboarding|processing|activation|registration|visa|starter\s+kit)\s+(?:deposit|fee|charge)\b",
    # help to move a sum: the advance-fee scam however it is dressed
    r"\b(?:help|assist)\s+(?:me\s+|us\s+)?(?:to\s+)?(?:move|transfer|receive|claim|release)\s+"
    r"(?:the\s+|this\s+|a\s+)?(?:sum\s+of\s+)?(?:us\s?|usd\s?)?[$£€]\s?\d",
    r"\bunclaimed\s+(?:estate|funds?|inheritance|fortune|deposit)\b|\bbearing\s+your\s+(?:sur)?name\b",
    r"\bclaim\s+your\s+(?:[$£€]\s?[\d,.]+\s+)?(?:voucher|gift\s+card|reward|prize|bonus)\b|\b(?:bring|move|"
    r"transfer)\s+my\s+(?:funds|money|fortune|inheritance)\b|\b\d+\s?%\s+(?:reward|commission|share)\s+for\s+you\b",
    # extortion: "I know what you did... send £500 in bitcoin or I tell HR"
    r"\bi\s+know\s+what\s+you\s+did\b|\bsend\s+(?:[$£€]\s?\d[\d,.]*\s+)?in\s+(?:bitcoin|btc|crypto|usdt)\b|"
    r"\bor\s+i(?:'ll|\s+will)?\s+(?:tell|inform|expose|report\s+you\s+to)\b",
    # a stranger's estate: "the estate of late Mr. X", "who died without heir"
    r"\b(?:estate|funds?|fortune|assets|account)\s+of\s+(?:the\s+|my\s+)?late\s+(?:mr|mrs|ms|dr|client)\b|"
    r"\bdied\s+(?:without|with\s+no)\s+(?:an?\s+)?(?:heirs?|next\s+of\s+kin|will)\b",
    r"\b(?:selected|chosen|eligible)\s+for\s+(?:a|an)\s+(?:[$£€]\s?\d+\s+)?(?:[\w-]+\s+)?(?:gift\s+card|"
    r"voucher)\b|\bclaim\s+within\b",
    r"\b(?:consignment|next\s+of\s+kin|inheritance|beneficiary|trust\s+you\s+with|kind\s+eyes|"
    r"oil\s+rig|peace\s*-?\s*keeping|reply\s+(?:me|urgently)|send\s+me\s+your\s+(?:details|number))\b",
    r"\bmove\s+(?:my|the|these|some)\s+(?:funds|money|gold|fortune|savings)\b|\bfunds?\s+transfer\b",
    r"\b(?:box|boxes|bars?|crate|trunk)\s+of\s+(?:gold|cash|diamonds|money|dollars)\b|\b(?:your|ur)\s+"
    r"(?:late|deceased)\s+(?:relative|uncle|aunt|father|mother|cousin|kin|grand\w+|client)\b",
    r"\bon\s+(?:telegram|kik|snapchat|snap|wechat|instagram|insta)\s*[:@]|\bclaim\s+(?:it\s+)?"
    r"(?:here|now)\b",
    r"\badd\s+me\s+on\s+(?:snap\w*|whatsapp|telegram|kik|instagram|insta|wechat|hangouts?)\b",
    r"\b(?:you\s+look|u\s+look|are\s+you|r\s+u)\s+(?:so\s+)?(?:lonely|single)\b",
    r"\b(?:you\s+look|u\s+look|you\s+are|you're)\s+(?:so\s+|very\s+|really\s+)?(?:beautiful|"
    r"gorgeous|pretty|handsome|stunning|sexy|cute)\b",
    r"\b(?:confidential|private|lucrative)\s+business\s+(?:proposal|deal|transaction)\b|"
    r"\bof\s+mutual\s+benefit\b[^.!?]{0,40}?\b(?:kindly|reply|details)\b",
    r"\b(?:account|profile)\s+(?:will\s+be|has\s+been|is\s+being|is)\s+(?:temporarily\s+)?"
    r"(?:suspended|locked|restricted|disabled|closed|deactivated)\b",
    r"\b(?:verify|confirm|validate)\s+your\s+(?:identity|account|login|password|credentials)\b",
    r"\b(?:account|profile)\s+(?:has\s+been|was|is)\s+(?:flagged|compromised|limited|on\s+hold)\b",
    r"\bor\s+(?:it|your\s+(?:account|profile))\s+will\s+be\s+(?:suspended|locked|closed|deleted|"
    r"restricted|deactivated)\b",
    r"\b(?:you'?ve|you\s+have)\s+won\b|\bclaim\s+your\s+(?:prize|reward|winnings)\b",
    r"\b(?:sign|log)\s*-?\s*in\s+(?:here\s+)?to\s+(?:view|open|access|download|see)\b|"
    r"\bvia\s+(?:the|this)\s+secure\s+link\b|\bpassword:\s*\w+|\b(?:download|install)\s+(?:our|the|this)\s+"
    r"(?:[\w-]+\s+)?(?:app|tool|software|client|plugin)\s+from\s+(?:this|the|our)\s+link\b|"
    r"\b(?:daily|weekly)\s+earnings?\b|\bwork\s+from\s+home\s+job\b",
    r"\b(?:avoid|prevent)\s+(?:the\s+|a\s+)?(?:permanent\s+)?(?:account|profile)\s+(?:deletion|"
    r"suspension|closure|termination|deactivation|removal)\b|\b(?:billing|payment)\s+(?:has\s+)?failed\b",
    r"\b(?:contact|message|text|write\s+to|reach)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:manager|agent|team|recruiter|department|hr)\s+on\s+(?:telegram|whatsapp|signal|wechat)\b",
    # Asking a stranger for what opens their bank account or identity.
    # ("never share your bank details" is a warning)
    r"(?<!never\s)(?<!don't\s)(?<!not\s)\b(?:send|share|provide|confirm|submit|enter|reply\s+with)\s+"
    r"(?:us\s+|me\s+)?(?:a\s+(?:copy|scan|photo)\s+of\s+)?(?:your\s+)?(?:(?:[\w-]+\s+){1,3}?(?:and|&)\s+)?"
    r"(?:bank(?:ing)?\s+(?:details|account|info\w*)|ssn|social\s+security\s+number|"
    r"passport\s+(?:copy|details|number|scan)|card\s+(?:details|number))\b",
    # A fee to be paid before a job, a visa, a parcel or a prize is released.
    r"\bpay\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:(?:aud|usd|gbp|eur|inr|[$£€₹])\s?\d[\d,.]*\s+)?"
    r"(?:[\w-]+\s+)?(?:processing|onboarding|registration|activation|application|joining|visa|"
    r"training|security|release)\s+fees?\b",
    r"\bpay\s+(?:aud|usd|gbp|eur|inr|[$£€₹])\s?\d[\d,.]*\s+(?:[\w-]+\s+)?(?:clearance|customs|"
    r"release|processing|activation)\b|\b(?:held|stuck|detained)\s+(?:at|in|by)\s+customs\b",
    r"\b(?:pay|send|buy|purchase|pick\s+up|grab|get\s+me)\b[^.!?]{0,40}?\bgift\s+cards?\b",
    r"\bprivate\s+(?:pics|photos|pictures|videos)\b|"
    r"\bfree\s+(?:iphone|ipad|macbook|airpods|playstation|ps5|gift\s+card)\b|\b(?:credentials|password|"
    r"account|access)\s+(?:will\s+)?expires?\s+(?:today|tonight|soon|in\s+\d+)\b|\byour\s+(?:[\w-]+\s+)?"
    r"(?:certificate|password|sso|login|mailbox|licen[cs]e)\s+(?:will\s+)?expires?\s+(?:today|tonight|in\s+\d+\s*"
    r"(?:hours?|h))\b|\bre-?(?:verify|validate)\s+(?:at|here|now|your)\b",
    r"[$£€]\s?\d[\d,.]*\s?(?:m|million|k|bn)?\s+(?:that\s+|which\s+)?(?:is\s+|remains\s+|lies\s+|"
    r"sits\s+)?unclaimed\b|"
    r"\b(?:late|deceased)\s+(?:\w+\s+)?(?:client|customer|relative|investor|businessman|partner)\b"
    r"[^.!?]{0,30}?\byour\s+(?:sur|last\s+|family\s+)?name\b",
    # The same in es, fr, pt, de, it, nl: bank details asked for, an inheritance in the
    # recipient's name, a dead client with their surname, money unclaimed, an oil rig.
    r"\b(?:coordonnees\s+bancaires|datos\s+bancarios|dados\s+bancarios|bankdaten|bankverbindung|"
    r"kontodaten|coordinate\s+bancarie|dati\s+bancari|bankgegevens)\b",
    r"\b(?:heritage|herencia|heranca|erbschaft|eredita|erfenis)\b[^.!?]{0,50}?\b(?:a\s+votre\s+nom|"
    r"a\s+su\s+nombre|em\s+seu\s+nome|a\s+suo\s+nome|auf\s+ihren\s+namen|op\s+uw\s+naam|millions?|"
    r"millones|milhoes|millionen|milioni|miljoen)\b",
    r"\b(?:fallecid[oa]|decede|falecid[oa]|verstorbene[nr]?|defunt[oa]|overleden)\b[^.!?]{0,40}?"
    r"\b(?:apellido|nom\s+de\s+famille|meme\s+nom|sobrenome|nachnamen?|cognome|achternaam)\b",
    r"\b(?:sin\s+reclamar|non\s+reclamee?s?|nao\s+reclamad[oa]s?|nicht\s+beansprucht|non\s+reclamat[ie]|"
    r"niet\s+opgeeist)\b",
    r"\b(?:plataforma\s+petrolera|plateforme\s+petroliere|bohrinsel|piattaforma\s+petrolifera|"
    r"olieplatform|plataforma\s+de\s+petroleo)\b",
    # Phishing: the network's name misspelt in a link, or its own features offered by a stranger.
    r"\blinked[l1]n\b|\bl[i1]nked[i1]n-[\w-]+\.[a-z]{2,}\b|\bsee\s+who\s+(?:viewed|visited|"
    r"checked)\s+your\s+profile\b|\bto\s+avoid\s+losing\s+(?:your\s+|all\s+)?(?:account|"
    r"connections|profile|access|contacts|data)\b",
    r"\b(?:log\s*in|sign\s*in|login)\s+with\s+your\s+(?:[\w-]+\s+)?(?:credentials|password)\b|"
    r"\bre-?authenticate\s+your\s+(?:[\w-]+\s+)?(?:sso|account|session|login|credentials)\b|"
    r"\bto\s+avoid\s+(?:a\s+|the\s+)?lock-?out\b|"
    r"\bunusual\s+(?:sign-?\s?in|log-?\s?in|login|account)\s+(?:activity|attempts?)\b|"
    r"\breset\s+your\s+password\s+(?:within|here|now|at\s+once|immediately|using|via|at)\b",
    # a greeting by a pet name: "hello gorgeous", "hi pretty lady"
    r"\b(?:hi|hello|hey|dear|good\s+(?:day|morning|evening))\s+(?:my\s+)?(?:beautiful|gorgeous|"
    r"pretty(?:\s+lady)?|handsome|sexy|cutie|angel|sweetheart|sweetie|darling)\b",
    # a fee for the checks before a job starts; pay by the day for no skill
    r"\bpay\s+(?:aud|usd|gbp|eur|inr|[$£€₹])\s?\d[\d,.]*\s+(?:for|as|towards)\s+(?:the\s+|a\s+|an\s+|"
    r"your\s+)?(?:[\w-]+\s+)?(?:verification|background\s+checks?|processing|registration|"
    r"onboarding|training|visa|clearance|certification|equipment|activation|security\s+deposit)\b",
    r"\b(?:one-time|one\s+time|small|refundable)\s+(?:[$£€₹]\s?\d[\d,.]*\s+)?(?:onboarding|registration|"
    r"processing|activation|training|application|joining|verification)\s+(?:fee|donation|payment|deposit)\b|"
    r"\b(?:buy|purchase)\s+(?:the\s+|your\s+|"
    r"an?\s+)?(?:[\w-]+\s+)?(?:laptop|equipment|software|kit)\s+from\s+(?:our|the|an?)\s+(?:[\w-]+\s+)?"
    r"vendor\b",
    # a business proposal with a sum of money in it
    r"\bbusiness\s+(?:proposal|deal|transaction)\b[^!?]{0,60}?(?:us\$|usd|[$£€])\s?\d",
    # guaranteed returns, in en, es, pt, fr, de, it, ru (as folded)
    r"\b(?:guaranteed|garantizada|garantida|garantie|garantiert[ea]?|garantita)\s+(?:returns?|profits?|"
    r"income|rentabilidad|rentabilidade|rendement|rendite|rendimento)\b|\b(?:rentabilidad|rentabilidade|"
    r"rendement|rendite|rendimento)\s+(?:garantizada|garantida|garanti|garantiert|garantito)\b|"
    r"\bгарантированн\w+\s+доходност\w*",
    # paid to like videos; a fortune to transfer; gold bars; a "free gift" to claim; an MLM
    r"\blike\s+(?:video|videos)\s+(?:youtube|tiktok)\b|\blike\s+(?:youtube|tiktok)\s+videos?\b|"
    r"\brp\s?\d[\d.,]*\s*(?:juta\s+|ribu\s+)?per\s+hari\b|\btransfer\b[^.!?]{0,20}?(?:us\$|usd|[$£€])\s?"
    r"\d[\d.,]*\s?(?:m|million)\b|\bgold\s+bars?\b|\bclaim\s+your\s+(?:free\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:gift|reward|prize|voucher|bonus)\b|\bwork\s+from\s+your\s+phone\b",
    r"\b(?:payment|funds?|transfer|inheritance|sum|amount)\s+(?:is\s+|are\s+)?(?:pending|waiting|held|"
    r"awaiting\s+release)\s+in\s+your\s+name\b|\bto\s+release\s+(?:the|your)\s+(?:funds|payment|money)\b",
    # Hindi in Latin script: "earn from home"
    r"\bghar\s+(?:baithe|se)\s+(?:[\w₹,.]+\s+){0,4}?(?:kamaye\w*|kamao|kamaiye|income)\b",
    r"\breceive\s+(?:a|the|my|this)\s+(?:package|parcel|consignment|box|funds|shipment)\s+(?:for|on\s+behalf\s+of)\s+"
    r"me\b",
    r"\b(?:earn|make)\s+(?:up\s+to\s+)?[$£€₹]\s?\d[\d,.]*(?:\s*(?:-|to)\s*[$£€₹]?\s?\d[\d,.]*)?\s*"
    r"(?:daily|a\s+day|per\s+day|/\s?day|weekly|a\s+week|per\s+week)\b",
)
SCAM_WEAK = _compile(
    # a stranger's opener: "hi dear" with no name, "looking for friends" (not "your profile
    # caught my eye", which recruiters write too)
    r"^\s*(?:hi|hello|hey)\s+dear\s*(?:[,!.]|$)",
    r"\b(?:looking|searching)\s+for\s+(?:new\s+|good\s+|real\s+)?friends\b",
    r"\bhow\s+(?:was|is)\s+(?:your|ur)\s+day\b|\bcan\s+we\s+be\s+(?:good\s+)?friends\b",
    # pay by the week from home, a stranger's interest, a private address to write to
    r"\d[\d,.]*\s*(?:/|per|a)\s*(?:week|wk|hour|hr|day)\s+(?:from|at)\s+home\b",
    r"\b(?:want|like|love|wish)\s+to\s+know\s+you\s+better\b|\bi\s+find\s+you\s+(?:very\s+|so\s+|"
    r"really\s+)?(?:interesting|attractive|charming|handsome|cute)\b",
    r"\b(?:write|email|mail|contact|reach)\s+me\s+(?:at|on|via)\s+[\w.+-]+@(?:gmail|yahoo|hotmail|outlook|"
    r"aol|proton|icloud)\b|\bdear\s+candidate\b",
    r"\b(?:trustworthy|god-?fearing|reliable|honest)\s+(?:person|individual|partner|gentleman|"
    r"man|woman|soul)\b|\b(?:someone|somebody)\s+(?:trustworthy|honest|reliable)\b|"
    # a soldier abroad, and a parcel to take in for them
    r"\b(?:us|american|british|un)\s+(?:soldier|army\s+officer|marine|peacekeeper)\b|\b(?:receive|recieve|"
    r"collect|keep)\s+(?:a|the|this|my)\s+(?:package|parcel|consignment|box|luggage)\s+(?:for|on\s+behalf\s+of)\s+"
    r"me\b|\breply\s+with\s+your\s+(?:phone|mobile|whatsapp|cell)\s+number\b|"
    r"\b(?:with\s+)?little\s+time\s+left\s+to\s+live\b|\bwith\s+little\s+time\s+left\b",
    # a return promised by the week or month, or guaranteed, in any of many languages
    r"\b\d+(?:[.,]\d+)?\s?%\s+(?:(?:per|a|an|al|ao|por|par|pro|in|na|в|each|every)\s+)?(?:week|month|"
    r"day|semana|mes|dia|mois|semaine|jour|woche|monat|tag|settimana|mese|giorno|maand|dag|hafta|"
    r"ay|gun|месяц|неделю|день|тиждень|місяць|weekly|monthly|daily|mensual|semanal|diario|mensal|diaria|mensuel|"
    r"hebdomadaire|quotidien|wochentlich|monatlich|taglich|mensile|settimanale|giornaliero|"
    r"wekelijks|maandelijks|dagelijks|haftal[iı]k|ayl[iı]k|gunluk|ежемесячно|еженедельно|"
    r"ежедневно|اسبوعيا|شهريا|يوميا|per\s+minggu|per\s+bulan|seminggu|sebulan)\b",
    r"\b(?:garantizad[oa]s?|garantid[oa]s?|garantiert\w*|garantit[oa]|gegarandeerd|"
    r"гарантирован\w*|гарантован\w*|مضمون\w*|dijamin)\b",
    # endearments and compliments in other languages
    r"\b(?:can[iı]m|querida|cherie|liebling|tesoro|дорогая|милая|красив\w+|симпатичн\w+|"
    r"одинок\w+|عزيزتي|حبيبتي|جميلة|cantik)\b",
    r"\b(?:bm'de|nato'da)\s+gorevli\b",
    # an inheritance, and millions, in other languages
    r"\b(?:ارثا?|ميراثا?|تركة|herencia|heranca|erbschaft|eredita|erfenis|miras\w*|наследств\w+|"
    r"warisan)\b",
    r"\b(?:مليون|ملايين|millones|milhoes|millionen|milioni|miljoen|milyon|миллион\w*|juta)\b",
    # the tax office's final demand and the trip off the network to pay it
    r"\b(?:result\s+in|face|avoid)\s+legal\s+action\b|"
    r"\boutstanding\s+(?:liability|debt|balance|tax)\b",
    r"\b(?:you'?re|ur|you\s+are|u\s+r)\s+in\s+(?:this|the|a)\s+(?:video|vid|clip|photo|pic)\b",
    r"\b(?:hello|hi|my|good\s+day|good\s+morning|greetings)\s+dear\b",
    r"\bhandsome\b",
    r"\b(?:know|knowing)\s+you\s+(?:better|more|closer)\b",
    r"\b(?:i\s+am|i'm|am)\s+(?:a\s+)?single\b|\byou\s+look\s+(?:so\s+|very\s+)?kind\b|"
    r"\b(?:on\s+duty|deployed|stationed|posted|serving)\s+in\b|\bkindly\s+(?:reply|respond|send|"
    r"get\s+back|revert)\b|\ba\s+business\s+proposal\s+for\s+you\b|\b(?:and|am|i'?m)\s+(?:very\s+|so\s+|quite\s+|"
    r"really\s+)?lonely\b|\b(?:something\s+important|share\s+\w+)\s+privately\b|"
    r"\bemail\s+me\s+please\b",
    r"\b(?:like|love|want)\s+(?:us\s+)?to\s+be\s+(?:your\s+)?friends?\b",
    # alone, and after a true friendship, in it, es, fr, de, pt
    r"\b(?:sono\s+sol[ao]|estoy\s+sol[ao]|je\s+suis\s+seule?|ich\s+bin\s+(?:so\s+)?einsam|"
    r"estou\s+sozinh[ao])\b|\b(?:vera|verdadera|verdadeira|vraie|wahre)\s+(?:amicizia|amistad|amizade|"
    r"amitie|freundschaft)\b",
    r"\bare\s+you\s+on\s+(?:whatsapp|telegram|hangouts|signal|wechat|kik)\b",
    r"\b(?:use|on|have)\s+(?:google\s+)?hangouts\b",
    r"\bbeautiful\b",
    r"\bwhatsapp\b",
    r"\btelegram\b",
    r"\bhow\s+(?:are|r)\s+(?:you|u)\s+(?:doing\s+)?today\b|\bhow\s+is\s+your\s+day\s+going\b",
    r"\byou\s+seem\s+(?:very\s+|so\s+|really\s+)?(?:nice|kind|sweet|lovely|caring)\b",
    r"\burgent(?:ly)?\b",
    r"\bgod\s+bless\b",
    r"\byour\s+details\b",
    r"\bwidow(?:er|ed)?\b",
    # a uniform abroad, which is one sign however it is put ("a navy engineer on deployment")
    r"\b(?:army|military|navy|naval|marine|un|united\s+nations)\s+(?:doctor|surgeon|general|officer|"
    r"nurse|engineer|contractor|captain|sergeant|colonel)\b(?:[^.!?]{0,30}?\bon\s+(?:a\s+)?"
    r"(?:deployment|(?:peace(?:keeping)?\s+)?mission)\b)?",
    r"\bon\s+(?:a\s+)?(?:deployment|peace(?:keeping)?\s+mission|un\s+mission)\b",
    r"\b(?:talk|chat|speak|write|email|text)\s+(?:\w+\s+)?privately\b|\bmy\s+private\s+(?:email|"
    r"e-mail|mail|number|line)\b",
    r"\bno\s+experience\s+(?:needed|required|necessary)\b",
    r"\b(?:you|u)\s+look\s+(?:so\s+|very\s+|really\s+)?(?:amazing|lovely|great|stunning|nice|hot)\s+"
    r"in\s+(?:your|ur|the|that)\s+(?:profile\s+)?(?:photo|picture|pic)s?\b|"
    r"\bbored\s+tonight\b|\bsaw\s+your\s+(?:photo|picture|pic)\b|\bhey\s+girl\b|\bambitious\s+(?:women|mums|moms|ladies)\b|"
    r"\byou\s+(?:will\s+)?get\s+\d+\s?%(?!\s+off)",
    r"\b(?:i\s+)?feel\s+(?:like\s+)?we\s+(?:have|share)\s+(?:a\s+)?(?:connection|bond|spark)\b|"
    r"\bwrite\s+(?:to\s+)?me\s+(?:on|at|via)\s+my\s+(?:private\s+|personal\s+)?(?:e-?mail|number)\b|"
    r"\b(?:want|looking\s+for|seeking)\s+(?:a\s+)?(?:friendship|soulmate|life\s+partner)\b|"
    r"\b(?:your|ur)\s+smile\b|\blooking\s+at\s+your\s+(?:photo|picture|pic|profile\s+photo)s?\b",
    r"\b(?:talk|chat|text|write)\s+(?:me\s+|to\s+me\s+)?on\s+(?:hangouts?|whatsapp|telegram|kik|wechat)\b",
    r"\b(?:kind|caring|honest)\s+(?:and\s+(?:kind|caring|honest)\s+)?(?:woman|man|lady|person|friend)\b",
    r"\b(?:you\s+have|you'?ve|you\s+are|you're)\s+(?:been\s+)?(?:selected|shortlisted|chosen|picked)\b",
    # a messaging app in another script, to take the talk off the network
    r"\bبريدي\s+الخاص\b|\bمبلغ\s+كبير\b|\bواتساب\b|\bتيليجرام\b|\b(?:ватсап\w*|вотсап\w*|телеграм\w*|واتس\s+اب|تلغرام|تليغرام)\b",
    r"[$£€]\s?\d[\d,.]*\s*(?:/\s?|per\s+|a\s+|an\s+)(?:week|wk|day|hr|hour)\b",
    r"\b(?:sweetie|sweetheart|honey|babe|dearest)\b",
    r"\b(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|cutt\.ly|is\.gd)/",
    r"\b(?:within|in)\s+(?:24|48|72)\s+hours\b",
    r"\b(?:check|open|view|sign|review)\s+(?:this|the)\s+(?:doc|document|file|invoice|pdf)\s+(?:i|we)\s+"
    r"shared\b|\b[\w-]+-[\w-]+\.(?:info|xyz|top|click|online|site|live|icu|buzz)\b",
    r"\b(?:message|text|dm|contact)\s+me\s+on\s+(?:telegram|whatsapp|kik|snapchat|wechat|signal)\b",
    r"\bprofile\s+pic(?:ture)?\b",
    r"\b(?:hola|ola|oi|ciao|salut|hallo|hoi)\s+(?:querid[ao]|bella|bello|guap[ao]|lind[ao]|hermos[ao]|"
    r"bonit[ao]|carino|amor|cherie|ma\s+belle|schatz|schoonheid)\b|\b(?:vi|he\s+visto)\s+tu\s+foto\b|\b(?:viud[oa]|veuf|veuve|vidvo|witwer|witwe|vedov[oa]|weduwnaar)\b",
    r"\b(?:sei|eres|es|bist|e|ben\s+je)\s+(?:molto\s+|muy\s+|tres\s+|sehr\s+|muito\s+|erg\s+)?"
    r"(?:carina|bonita|bella|guapa|jolie|belle|hubsch|linda|mooi)\b|\b(?:vuoi\s+essere\s+mi[ao]|"
    r"quieres\s+ser\s+mi|veux-tu\s+etre\s+mon|queres\s+ser\s+meu|willst\s+du\s+mein)\b",
    r"\b(?:escribeme|escreva-me|ecris-moi|scrivimi|schreib\s+mir)\s+(?:por|pelo|sur|su|sul|al|per|auf|bei|"
    r"en|no)\s+(?:mi\s+|mio\s+|meu\s+|mon\s+|mein\s+)?"
    r"(?:whatsapp|telegram|signal|wechat)\b",
)
ABUSE = _compile(
    r"(?<!nobody\s)(?<!no\sone\s)(?<!never\s)\b(?:should|must)\s+be\s+(?:embarrassed|ashamed)\s*(?:[.!]|$)",
    r"\b(?:people|women|men|folks|someone|somebody)\s+like\s+you\s+(?:don'?t|do\s+not|shouldn'?t|should\s+not)\s+"
    r"belong\b|\b(?:disgusting|disgraceful|shameful)\s+(?:behaviou?r|conduct|attitude|people|company|"
    r"treatment)\b",
    # insults aimed at the recipient or their people ("Globex engineers are arrogant idiots",
    # "Scam artists."), not a post about scam artists
    r"\b(?:are|you|you're|ur|r)\s+(?:all\s+|just\s+|such\s+)?(?:a\s+bunch\s+of\s+)?(?:[\w-]+\s+)?(?:idiots|"
    r"morons|losers|hypocrites|bastards|imbeciles|clowns|scam\s+artists|useless|incompetent|clueless)\b(?!\s+\w)|"
    r"(?:^|[.!?]\s*)scam\s+artists?\s*[.!]",
    r"\b(?:your|ur)\s+(?:[\w'-]+\s+){0,2}?(?:posts?|content|advice|coaching|talks?|videos?|courses?|workshops?|"
    r"programme|program|service|methods?|platform|product|tool|app|software)\s+(?:is|are|was|were)\s+(?:just\s+|"
    r"pure\s+|total\s+|utter\s+)?(?:rubbish|garbage|trash|worthless|toxic|the\s+dumbest\s+thing)\b|"
    r"\b(?:garbage|trash|rubbish|toxic|useless|pathetic|a\s+joke|a\s+fraud)\s+and\s+so\s+are\s+you\b|\b(?:your\s+(?:[\w-]+\s+){0,3}?(?:was|is)|this\s+is|"
    r"that\s+is|that\s+was)\s+the\s+dumbest\s+thing\b",
    # "nobody needs you", "your coaching posts are pure fluff", "whoever runs X should be fired"
    r"\bnobody\s+(?:in\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:needs|listens\s+to|cares\s+about|reads|wants)\s+(?:you|u)\b",
    r"\b(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:posts?|content|advice|coaching|talks?|videos?|courses?|programme|"
    r"program|service)\s+(?:is|are)\s+(?:just\s+|pure\s+|total\s+|utter\s+|all\s+)?(?:linkedin\s+)?fluff\b",
    r"\bwhoever\s+[^.!?]{0,60}?\bshould\s+(?:all\s+)?be\s+(?:fired|sacked)\b",
    r"\b(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:posts?|content|advice|coaching|videos?|talks?)\s+(?:are|is)\s+"
    r"(?:so\s+|just\s+)?(?:cringe|cringey|cringeworthy|trash|embarrassing|pathetic)\b",
    r"\b(?:everyone|people|real\s+[\w-]+|the\s+(?:whole\s+)?industry)\s+laughs?\s+at\s+(?:you|u)\b|"
    r"\byour\s+(?:[\w-]+\s+)?(?:fluff|drivel|bullshit|twaddle|claptrap)\b",
    # a put-down of the recipient in their trade: "you're a useless recruiter", "your
    # hiring is a shambles and so are you", "hope u enjoy being useless", "people like
    # you only got promoted because..."
    r"\b(?:you'?re|you\s+are|youre|ur|u\s+r)\s+(?:a|an|such\s+a|just\s+a)\s+(?:useless|incompetent|"
    r"clueless|gatekeeping|lazy|pathetic|terrible|awful|lousy|worthless|arrogant|spineless)\s+[\w-]+",
    r"\b(?:shambles|joke|mess|circus|farce|disaster|disgrace)\s+and\s+so\s+are\s+(?:you|u)\b",
    r"\benjoy\s+being\s+(?:so\s+)?(?:useless|irrelevant|incompetent|a\s+(?:failure|fraud|gatekeeper|"
    r"hypocrite|nobody))\b",
    r"\b(?:women|people|guys|men|folks|girls)\s+like\s+(?:you|u)\s+(?:only|just)\s+(?:got|get|gets)\s+"
    r"(?:promoted|hired|the\s+job)\b",
    # a parting shot: "Do better.", "Must be nice." closing the note
    r"(?:^|[.!?]\s+)(?:do\s+better|must\s+be\s+nice|log\s+off|grow\s+up|get\s+lost)\s*[.!]*\s*$",
    # wishing the recipient's whole firm ill: "hope your whole team gets what it deserves"
    r"\bhope\s+(?:your|ur)\s+(?:whole\s+|entire\s+)?(?:team|company|firm|business|clients|customers|"
    r"department)\s+(?:gets?\s+what\s+(?:it|they)\s+deserves?|fails?|falls\s+apart|collapses|goes\s+(?:under|"
    r"bust)|sees?\s+through\s+"
    r"(?:you|u))\b|\b(?:another|just\s+another)\s+(?:[\w-]+\s+)?(?:guru|grifter|snake\s+oil)\b|"
    r"\b(?:your|ur)\s+profile\s+is\s+(?:fake|a\s+joke|a\s+lie)\b|\bdo\s+nothing\s+all\s+day\b|"
    # French: "coaches like you sell hot air", "stop polluting LinkedIn", "bogus advice"
    r"\b(?:coachs?|recruteurs?|managers?|gens)\s+comme\s+vous\s+(?:vendent|sont|ne\s+font)\b|"
    r"\bvendent\s+du\s+vent\b|\barretez\s+de\s+polluer\b|\bconseils\s+bidons?\b|"
    r"\benjoy\s+your\s+(?:ivory\s+tower|layoffs?|redundanc\w+|unemployment)\b|"
    r"\b(?:engineers|managers|recruiters|people|staff|coaches)\s+are\s+(?:all\s+)?(?:incompetent|useless|"
    r"clueless|idiots|clowns)\b|\b(?:useless|incompetent|clueless)\s+(?:engineers|managers|recruiters|"
    r"coaches)\b|\byou\s+included\s*[.!]*\s*$|"
    r"\bbeing\s+a\s+(?:parasite|leech|vulture|fraud|clown|hypocrite)\b|"
    r"\b(?:managers|recruiters|coaches|leaders|founders|executives|bosses)\s+like\s+you\s+are\s+"
    r"(?:ruining|destroying|killing|the\s+problem|why)\b|\btypical\s+(?:\w+\s+)?(?:arrogance|entitlement|incompetence)\b",
    r"\b(?:recruiters|managers|people|engineers|coaches|leaders)\s+like\s+you\s+(?:ghost|ruin|"
    r"exploit|rip\s+off|screw|lie\s+to|use)\b",
    r"\b(?:arrogant|lazy|greedy|useless|entitled)\s+people\s+like\s+you\b|\bpeople\s+like\s+you\s+"
    r"are\s+(?:ruining|destroying|killing|the\s+problem|why)\b|\bdo\s+your\s+(?:job|jobs)\s*(?:[.!]|$)",
    r"\bthanks\s+for\s+nothing\b|\bhope\s+(?:someone|somebody|they|one\s+day\s+someone)\s+"
    r"(?:treats|does\s+the\s+same\s+to)\s+you\b|\benjoy\s+your\s+['\"]?[\w\s-]{0,30}['\"]?\s+career\b",
    r"\b(?:are|is|r|were|was)\s+(?:(?:all|just|only|mere)\s+)?diversity\s+hires?\b",
    # "maybe learn to engineer before managing people": a put-down, not advice
    r"\b(?:maybe|perhaps)\s+learn\s+(?:how\s+)?to\b|\b(?:try\s+to|go)\s+learn\s+(?:how\s+)?to\s+\w+"
    r"(?:\s+\w+){0,3}?\s+before\b",
    r"\b(?:is|are)\s+(?:frankly\s+|simply\s+|a\s+)?(?:contemptible|a\s+farce|disgraceful)\b|"
    r"\bdo\s+not\s+expect\s+civility\b",
    r"\bis\s+a\s+rort\b|\b(?:you'?ve|you\s+have)\s+ripped\s+off\b|\bpeople\s+like\s+you\s+"
    r"(?:shouldn'?t|should\s+not|should\s+never|don'?t\s+deserve)\b",
    r"\b(?:are|is|r)\s+(?:all\s+)?(?:parasites|leeches|vultures|bottom[- ]feeders)\b|"
    r"\bhope\s+you\s+(?:can\s+)?sleep\s+(?:well\s+)?at\s+night\b|\b(?:should\s+be|are)\s+ashamed\s+"
    r"of\s+(?:yourself|yourselves)\b",
    r"\bget\s+a\s+real\s+job\b|\b(?:recycled|utter|complete)\s+(?:nonsense|rubbish|drivel|tripe|junk|"
    r"trash|garbage)\b|\benjoy\s+your\s+fake\s+\w+|\b(?:unfollowing|blocking)\s+and\s+reporting\s+you\b|\bdo\s+your\s+job\s+"
    r"instead\b|\bclowns\b",
    r"\b(?:hypocrite|idiot|moron|pathetic|scum|loser|clown|disgrace|bastard|go\s+to\s+hell|"
    r"shame\s+on\s+you|stop\s+spamming|are\s+a\s+joke|what'?s\s+wrong\s+with|cowards?|spineless|"
    r"thieves|crooks)\b",
    r"\bdo\s+(?:us|everyone|the\s+world|the\s+industry)\s+(?:all\s+)?a\s+favou?r\s+and\s+(?:quit|"
    r"resign|retire|leave|go\s+away|disappear)\b",
    r"\bgarbage\b(?!\s+collect)",
    r"\bso-called\s+(?:coaching|advice|expert\w*|consult\w*|service|help)\b",
    r"\bhope\s+(?:someone|they|somebody|your\s+boss)\s+(?:fires|sacks|sues)\s+you\b|\bhope\s+(?:\w+\s+)"
    r"{1,4}gets?\s+['‘’]?(?:laid\s+off|fired|sacked|restructured|made\s+redundant|axed)\b",
    # "you should be fired", "you managers are all frauds", "Total fraud.", "what a joke you are"
    r"\b(?:you|u)\s+should\s+(?:all\s+)?be\s+(?:fired|sacked|locked\s+up|banned)\b(?!\s+for\s+being)|\blike\s+you\s+should\s+be\s+"
    r"(?:fired|sacked|banned|kicked\s+off|thrown\s+off|struck\s+off)\b|"
    r"\b(?:frauds|scammers|clowns|parasites|crooks|charlatans|leeches|vultures|grifters)\s+like\s+(?:you|u)\b"
    r"(?!\s+(?:described|said|mentioned|wrote|posted|explained|warned|flagged|called|talked|exposed))|"
    # "do everyone a favour and log off"
    r"\bdo\s+(?:us\s+all|everyone|the\s+world|the\s+rest\s+of\s+us)\s+a\s+favou?r\s+and\s+(?:log\s+off|quit|"
    r"retire|disappear|delete\s+your|shut\s+up|go\s+away)\b|\byou\s+(?:\w+\s+)?(?:are|r)\s+all\s+(?:frauds|idiots|clowns|scammers|liars|"
    r"parasites|crooks|useless|incompetent|clueless)\b",
    r"(?<![\w\s])\s*\b(?:total|complete|absolute|utter)\s+(?:fraud|joke|disgrace|clown|scam)[.!,]|"
    r"\bwhat\s+a\s+(?:joke|fraud|clown|disgrace)\s+you\s+are\b|\btypical\s+(?:useless|lazy|arrogant|"
    r"incompetent|clueless)\s+\w+|\bincompetent\s+people\s+everywhere\b",
    # contempt for women in the job, and a stranger's remarks on looks
    r"\bwomen\s+(?:like\s+you\s+)?(?:shouldn'?t|should\s+not|can'?t|don'?t\s+belong|only)\b|"
    r"\b(?:look|be)\s+(?:better|prettier|nicer)\s+if\s+you\s+smiled?\b|\bsmile\s+more,?\s+"
    r"(?:sweetheart|sweetie|love|darling|honey)\b",
    r"\b(?:who|that)\s+ruins?\s+(?:teams|lives|companies|careers|people)\b|"
    r"\bhope\s+you\s+enjoy\s+your\s+(?:bonus|money|promotion)\b",
    r"\b(?:you|you\s+managers|you\s+people|you\s+guys|you\s+recruiters)\s+are\s+(?:clueless|"
    r"idiots|useless|a\s+joke|pathetic|arrogant|incompetent|the\s+worst|scum|a\s+disgrace)\b|"
    r"\bis\s+a\s+(?:pyramid|ponzi)\s+scheme\b|\b(?:your|this)\s+(?:[\w-]+\s+)?is\s+a\s+(?:scam|"
    r"fraud|con|joke)\b",
    r"(?<![\w\s])\s*\b(?:useless|disgusting|pathetic)[.!]",
    # "Fraud." said as a sentence of its own, not "the fraud team"
    r"(?<![\w\s])\s*\bfraud[.!]",
    r"\b(?:fuck|fck)\w*|\bshit(?:ty)?\b",
    r"\bhope\s+(?:\w+\s+){1,2}(?:goes\s+under|fails|dies|burns|goes\s+bust|crashes|collapses|"
    r"implodes|gets\s+hacked)\b",
    r"\b(?:you'?re|you\s+are|ur|u\s+r)\s+(?:a|an|such\s+a)\s+(?:fraud|fake|liar|grifter|"
    r"con\s+artist|scam\s+artist|charlatan|scammer|snake\s+oil\s+salesman)\b|\b(?:scammer|charlatan)s?\b",
    r"\b(?:idiota|imbecil|connard|arschloch|klootzak|stronzo)\b",
    r"\b(?:waardeloze?|nutzlose[rn]?|unfahige[rn]?|incompetente|inutil|inutile|nul(?:le)?)\s+(?:recruiter|"
    r"recruteur|recruteuse|reclutador|recrutador|reclutatore|manager|engineer|ingeniero|ingenieur|"
    r"coach|personaler)\b|\bwat\s+een\s+(?:waardeloze|slechte|nutteloze)\b",
    r"\bhire\s+(?:some\s+)?(?:engineers|people|someone|staff|recruiters)\s+who\s+(?:know|can\s+actually|"
    r"actually)\b",
    # "recruiters like you ruin careers"; "...are the reason this industry is broken" (not
    # "people like you are the reason I joined")
    r"\blike\s+you\s+(?:ruin|ruined|destroy|destroyed|poison|wreck|wrecked|kill|killed)\w*\b",
    r"\blike\s+you\s+are\s+(?:the\s+reason|why)\b[^.!?]{0,50}?\b(?:broken|toxic|dying|failing|"
    r"sucks|rotten|a\s+mess|hates?|down\s+the\s+drain|going\s+under|ruined|worse)\b",
    # an insult noun with a word of contempt before it: "you greedy fraud"
    r"\byou\s+(?:(?:heartless|greedy|lying|useless|pathetic|arrogant|incompetent|clueless|"
    r"absolute|total|utter|complete|shameless|worthless|fake|sad|smug)\s+){1,2}(?:fraud|hypocrite|"
    r"idiot|clown|fake|liar|parasite|vulture|coward|joke|failure|loser|snake|grifter|charlatan|"
    r"moron|hack)\b",
    # what the recipient does, called a racket or a grift, quotation marks and all
    r"\b(?:your|this)\s+(?:['\u2018\u2019\"\u201c\u201d]?[\w-]+['\u2018\u2019\"\u201c\u201d]?\s+){1,3}"
    r"is\s+(?:a|an|just\s+a)\s+(?:scam|fraud|con|joke|racket|rort|grift|ponzi\s+scheme)\b|"
    r"\bis\s+a\s+(?:racket|grift)\s+for\b",
    r"(?<![\w\s])\s*\b(?:embarrassing|laughable|shameful|disgraceful|worthless|clueless|incompetent)[.!]",
    r"\byour\s+(?:[\w-]+\s+){0,2}(?:nonsense|drivel|rubbish|tripe|crap|propaganda|garbage)(?![\w-])|"
    r"\b(?:nobody|no\s+one|no-one)\s+cares\s*(?:[.!,]|$)",
    r"\byou\s+(?:personally\s+|yourself\s+|of\s+all\s+people\s+)?should\s+be\s+"
    r"(?:so\s+|very\s+|deeply\s+)?ashamed\b",
    r"\byour\s+(?:['\w-]+\s+){0,3}(?:is|are)\s+(?:\w+\s+)?(?:rubbish|garbage|trash|drivel|nonsense|crap)\b|"
    r"\b(?:being|getting|get)\s+ripped\s+off\b",
    r"\bworst\s+(?:recruiter|manager|coach|engineer|boss|leader|human)\s+(?:in|i'?ve|ever)\b|"
    r"\bkarma\s+(?:is\s+coming|will\s+get\s+you)\b",
    # "Sue Harmon is a fraud" (not "is a fraud alert"); "you got that job because of quotas"
    r"\bis\s+a\s+(?:fraud|scammer|charlatan|con\s+artist|liar)\b(?!\s+(?:alert|team|analyst|"
    r"investigator|risk|case|detection|prevention|specialist|squad)\b)|\b(?:you|u|she|he)\s+(?:only\s+)?"
    r"(?:got|get|gets|landed)\s+(?:that|the|your|this|her|his)\s+(?:[\w-]+\s+)?(?:job|role|position|"
    r"promotion)\s+because\s+of\s+(?:diversity|quotas?|who\s+you\s+know|your\s+(?:gender|looks)|luck)\b",
    # Hindi in Latin script: "useless people", "rubbish", "worthless"
    r"\bbekaa?r\s+(?:log|insaan|manager|recruiter)\b|\bghatiya\b|\bnikamm[ae]\b|\bbakwaa?s\b",
    # "you are a useless manager"; "you parasite" (not "thank you fraud team")
    r"\b(?:you|u)\s+(?:are|r|'re)\s+(?:a|an|such\s+a)\s+(?:useless|incompetent|terrible|pathetic|"
    r"clueless|lousy|awful|worthless|horrible|disgraceful|shameless)\s+\w+|\bdiversity\s+hire\b",
    r"\b(?:you|u)\s+(?:[a-z]+\s+)?(?:parasite|vulture|leech|hypocrite|idiot|moron|clown|loser|coward|"
    r"snake|grifter|charlatan|parrot|puppet|shill|sellout|muppet|scumbag|fraud|liar)s?\b"
    r"(?!\s+(?:team|detection|prevention|alerts?|department|investigations?|risk|unit|squad|ops)\b)",
    r"\b(?:joke|scam|fraud|trash|garbage|useless|pathetic|disgrace|racket|show)\b[^.!?]{0,20}?\band\s+so\s+"
    r"(?:are|is|r)\s+(?:you|your|u)\b",
    r"\bhope\s+(?:you|u)\s+(?:lose|get\s+(?:fired|sacked|laid\s+off))\b|\bstop\s+(?:clogging|"
    r"spamming|flooding|polluting)\s+(?:up\s+)?my\s+feed\b|\brecycled\s+(?:advice|platitudes|slogans)\b",
    r"\byour\s+(?:['\w-]+\s+){0,3}(?:is|are)\s+(?:a\s+)?(?:dumpster\s+fire|train\s*wreck|disaster)\b|"
    r"(?<![\w\s])\s*\b(?:disgusting|shameful|pathetic|appalling)\s+(?:behaviou?r|treatment|conduct)[.!]|"
    r"(?<![\w\s])\s*\bincompetent,\s+(?:all\s+of\s+you|the\s+lot\s+of\s+you|every\s+one\s+of\s+you)\b",
    r"\byou\s+should\s+(?:not|never)\s+be\s+(?:managing|leading|allowed|in\s+charge|hiring|"
    r"coaching|working|a\s+manager)\b",
    # threats: where the recipient lives or sits, their address spread, being found
    r"\bi\s+know\s+where\s+(?:your\s+(?:office|house|home|kids|family)|the\s+\w+\s+office)\b|"
    r"\bi'?ll\s+(?:keep\s+(?:sending|messaging|writing|inviting)|be\s+waiting\s+(?:outside|for\s+you)|"
    r"post\s+about\s+how)\b|\bbackstabb\w*\b|\bgrift(?:er|ers|ing)?\b|"
    r"\byour\s+home\s+(?:postcode|post\s+code|zip\s*code)\b|"
    r"\byour\s+home\s+address\b|\bi\s+know\s+(?:where|which\s+\w+)\b[^.!?]{0,40}?\byou\s+"
    r"(?:live|work|go|park|sit|eat|drink|train)\b|\bi'?ll\s+find\s+you\b|\byou\s+blocked\s+me\b|"
    r"\bkeep\s+\w+ing\b[^.!?]{0,60}?\band\s+see\s+what\s+happens\s*(?:[.!]|$)",
    # a stranger's advances
    r"\b(?:you|u)\s+(?:are|r|look)\s+(?:so\s+|really\s+|very\s+)?(?:hot|sexy)\b|\b(?:are|r)\s+(?:you|u)\s+"
    r"married\b|\bsend\s+(?:me\s+)?(?:a\s+)?(?:pic|photo|picture)s?\s+(?:of\s+(?:you|yourself|u)|without|"
    r"in\s+your)\b|\bsend\s+(?:me\s+)?(?:a\s+)?selfie\b|\bwanna\s+"
    r"take\s+(?:you|u)\s+out\b|\bdon'?t\s+ignore\s+me\b",
    # "you are a fraud / incompetent" in es, pt, fr, de, it; "people like you are the lowest"
    r"\b(?:eres|es\s+usted|voce\s+e|tu\s+es|vous\s+etes|du\s+bist|sie\s+sind|sei)\s+(?:un|una|um|uma|"
    r"une?|ein|eine|einen)\s+(?:[\w-]+\s+)?(?:estafador[a]?|incompetente|inutil|fraude|mentiros[oa]|ladron[a]?|"
    r"golpista|fraudeur|fraudeuse|escroc|menteur|menteuse|incompetent|betruger(?:in)?|lugner(?:in)?|"
    r"truffatore|truffatrice|bugiard[oa]|idiot[a]?)\b",
    r"\b(?:no\s+valen|nao\s+valem|ne\s+valent)\s+nada\b|\bvender\s+humo\b|\bojala\s+te\s+"
    r"(?:despidan|echen)\b|\b(?:sind|bist)\s+das\s+letzte\b",
)

# --- stock network texts --------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+")


class Hints:
    """Substrings without which a costlier scan cannot match."""

    def __init__(self, *substrings: str) -> None:
        self.substrings = substrings

    def found_in(self, text: str) -> bool:
        # A few `in` tests beat one regex alternation, which tries every position (and a
        # plain loop beats any() over a generator, called this often).
        for substring in self.substrings:  # noqa: SIM110 (see above)
            if substring in text:
                return True
        return False


# Words a network's stock invitation is made of, in en, fr, es, de, pt, nl, it. A message
# made only of these (plus greetings and names) and at least one network word is stock.
STOCK_WORDS = frozenset(
    [
        "here",
        "this",
        "is",
        "i",
        "id",
        "d",
        "would",
        "like",
        "love",
        "to",
        "add",
        "you",
        "your",
        "my",
        "me",
        "the",
        "a",
        "professional",
        "network",
        "linkedin",
        "on",
        "join",
        "include",
        "including",
        "invitation",
        "invite",
        "connect",
        "connecting",
        "with",
        "invite",
        "inviting",
        "want",
        "wish",
        "be",
        "happy",
        "glad",
        "please",
        "kindly",
        "contactos",
        "contatos",
        "contacts",
        "accept",
        "invitation",
        "request",
        "of",
        "in",
        "into",
        "lets",
        "let",
        "s",
        "us",
        "am",
        "im",
        "j",
        "je",
        "aimerais",
        "voudrais",
        "souhaiterais",
        "souhaite",
        "veux",
        "vous",
        "te",
        "t",
        "inviter",
        "rejoindre",
        "mon",
        "ma",
        "votre",
        "reseau",
        "professionnel",
        "sur",
        "ajouter",
        "m",
        "connecter",
        "mettre",
        "en",
        "relation",
        "avec",
        "faire",
        "partie",
        "du",
        "de",
        "gustaria",
        "quisiera",
        "anadirte",
        "agregarte",
        "anadirle",
        "agregarle",
        "anadirlo",
        "agregarlo",
        "anadirla",
        "agregarla",
        "invitarte",
        "mi",
        "red",
        "profesional",
        "conectar",
        "contigo",
        "con",
        "usted",
        "unirme",
        "tu",
        "su",
        "formar",
        "parte",
        "ich",
        "mochte",
        "wurde",
        "sie",
        "dich",
        "gerne",
        "gern",
        "zu",
        "meinem",
        "meinen",
        "beruflichen",
        "beruflichem",
        "netzwerk",
        "auf",
        "bei",
        "hinzufugen",
        "mich",
        "mit",
        "ihnen",
        "dir",
        "vernetzen",
        "mein",
        "aufnehmen",
        "einladen",
        "dem",
        "ihr",
        "dein",
        "ihrem",
        "deinem",
        "beitreten",
        "gostaria",
        "adiciona",
        "adicionar",
        "la",
        "lo",
        "voce",
        "minha",
        "rede",
        "profissional",
        "no",
        "na",
        "convidar",
        "sua",
        "fazer",
        "da",
        "com",
        "adicionarte",
        "ik",
        "wil",
        "zou",
        "je",
        "u",
        "graag",
        "toevoegen",
        "aan",
        "mijn",
        "professionele",
        "netwerk",
        "op",
        "uitnodigen",
        "voor",
        "worden",
        "connecten",
        "met",
        "verbinden",
        "jou",
        "uw",
        "jouw",
        "deel",
        "van",
        "vorrei",
        "aggiungerti",
        "aggiungerla",
        "aggiungere",
        "ti",
        "alla",
        "mia",
        "rete",
        "professionale",
        "su",
        "collegarmi",
        "lei",
        "invitarti",
        "entrare",
        "nella",
        "di",
        "far",
        "tua",
        # Polish, Swedish and Turkish stock texts
        "chciałbym",
        "chciałabym",
        "chcialbym",
        "chcialabym",
        "dodac",
        "cie",
        "ciebie",
        "pana",
        "pania",
        "do",
        "mojej",
        "moich",
        "swojej",
        "sieci",
        "siec",
        "kontaktow",
        "zawodowej",
        "zawodowych",
        "w",
        "serwisie",
        "dołaczyc",
        "dolaczyc",
        "jag",
        "vill",
        "garna",
        "lagga",
        "till",
        "dig",
        "mitt",
        "professionella",
        "natverk",
        "pa",
        "ansluta",
        "sizi",
        "seni",
        "deki",
        "profesyonel",
        "agıma",
        "agima",
        "eklemek",
        "istiyorum",
        "baglanmak",
    ]
)


def _tokens_of(*sentences: str) -> frozenset[str]:
    """The folded words of some sentences, as the stock-text test splits a message (in
    Devanagari that splits at vowel signs, the same way for the stock text and a message)."""
    return frozenset(word for s in sentences for word in WORD.findall(fold(s).folded))


# The network's stock note, and the usual ways of writing it, in scripts and languages the
# list above lacks: Arabic, Hindi (Devanagari and romanised), Russian, Indonesian,
# Vietnamese, and a Dutch and a formal German word order.
_MORE_STOCK_SENTENCES = (
    "أود إضافتك إلى شبكتي المهنية على لينكدإن",
    "أرغب في إضافتك إلى شبكتي المهنية على LinkedIn",
    "أريد إضافتك الى شبكة معارفي المهنية",
    "أود أن أضيفك إلى شبكتي المهنية",
    "أود التواصل معك على لينكد إن",
    "मैं आपको LinkedIn पर अपने पेशेवर नेटवर्क में जोड़ना चाहूँगा चाहूंगा चाहूँगी चाहूंगी",
    "मैं आपको अपने प्रोफेशनल नेटवर्क में जोड़ना चाहता चाहती हूँ हूं",
    "मैं आपसे जुड़ना चाहूँगा लिंक्डइन",
    "main aapke professional network se judna chahta chahti chahunga hoon hu",
    "main aapko LinkedIn par apne professional network mein jodna chahta chahti chahunga hoon hu",
    "Ich würde mich freuen, Sie dich in mein berufliches Netzwerk auf LinkedIn aufzunehmen",
    "Я хотел хотела бы добавить вас тебя в свою мою профессиональную сеть контактов в LinkedIn",
    "Хочу добавить вас в свою профессиональную сеть в LinkedIn",
    "Я хотів хотіла б додати вас до своєї професійної мережі в LinkedIn",
    "Szeretnélek felvenni a szakmai kapcsolataim közé a LinkedInen",
    "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn",
    "Tôi muốn thêm bạn vào mạng lưới chuyên nghiệp của tôi trên LinkedIn",
    "Graag voeg ik je toe aan mijn professionele netwerk op LinkedIn",
    "Ik zou je graag willen toevoegen aan mijn professionele netwerk op LinkedIn",
    "Me gustaría agregarte a mi red de contactos profesionales en LinkedIn",
    # the usual wordings in es, pt, it, de, sv, vi, sw, ta, el, th
    "Quiero añadirte a mi red de contactos profesionales en LinkedIn",
    "Quisiera sumarte a mi red de contactos en LinkedIn",
    "Me gustaría que formaras parte de mi red profesional en LinkedIn",
    "Quero adicionar você à minha rede profissional no LinkedIn",
    "Gostaria de o adicionar à minha rede de contactos profissionais",
    "Mi piacerebbe aggiungerti alla mia rete professionale su LinkedIn",
    "Ich würde Sie gern als Kontakt auf LinkedIn hinzufügen",
    "Jag skulle vilja lägga till dig i mitt professionella nätverk på LinkedIn",
    "Jag vill gärna ansluta till ditt nätverk på LinkedIn, jag vill gärna ha kontakt med dig",
    # "my connections", "become part of", "expand my network"; German "here on LinkedIn";
    # Portuguese "very much" and the sign-off "a hug"
    "I'd like to add you to my LinkedIn connections, to my connections on LinkedIn",
    "I'd be happy to become part of your professional network",
    "Would love to connect and expand my network",
    "Gerne würde ich mich mit Ihnen dir hier auf LinkedIn vernetzen",
    "Quero muito fazer parte da sua rede de contatos profissionais. Abraço, abraços, um abraço",
    "Ich lade Sie dich ein, sich meinem beruflichen Netzwerk anzuschließen",
    "Jeg vil gerne gjerne forbinde koble kobles meg mig til dit ditt netværk nettverk",
    "Tôi muốn kết nối với bạn trên LinkedIn",
    "Ningependa kukuongeza kwenye mtandao wangu wa kitaaluma kwenye LinkedIn",
    "உங்களை என் LinkedIn நெட்வொர்க்கில் சேர்க்க விரும்புகிறேன்",
    "Θα ήθελα να σας προσθέσω στο επαγγελματικό μου δίκτυο στο LinkedIn",
    "Θα ήθελα να συνδεθούμε στο LinkedIn",
    "ผมอยากเชื่อมต่อกับคุณบน LinkedIn ฉันอยากเชื่อมต่อ",
    # cs, sk, ro, he, pl, fi, da, nb, and Portuguese with the object pronoun joined on
    "Rád Ráda bych si vás tě přidal přidala do své profesní sítě na LinkedInu",
    "Rád Rada by som si vás ťa pridal pridala do svojej profesijnej siete na LinkedIne",
    "Aș dori să vă te adaug în rețeaua mea profesională de pe LinkedIn",
    "אשמח להוסיף אותך לרשת המקצועית שלי ב-LinkedIn ברצוני בלינקדאין",
    "Chciałbym Chciałabym dodać Cię Pana Panią do mojej sieci zawodowej kontaktów na LinkedIn",
    "Haluaisin lisätä sinut ammatilliseen verkostooni LinkedInissä",
    "Jeg vil gerne tilføje føje dig til mit professionelle netværk på LinkedIn",
    "Mi piacerebbe aggiungerla aggiungerti ai miei collegamenti su LinkedIn",
    "Jeg vil gjerne legge deg til i mitt profesjonelle nettverk på LinkedIn",
    "Gostaria de incluí-la incluí-lo incluir você na minha rede profissional do LinkedIn",
    "Ik nodig je uit om lid te worden van mijn netwerk op LinkedIn",
    "Gostaria de me conectar com você",
    "Me gustaría conectar conectarme contigo con usted",
    "Je souhaiterais aimerais me connecter avec vous toi",
    "Vorrei collegarmi con te lei",
    "Ik wil graag met je u connecten",
    "Me encantaría añadirte a mi red profesional",
    "Je serais ravi ravie de vous compter parmi mes relations sur LinkedIn",
    "I'd like to be part of your professional network",
    "ฉันต้องการเพิ่มคุณในเครือข่ายมืออาชีพของฉันบน LinkedIn ผมต้องการเพิ่มคุณในเครือข่ายมืออาชีพของผมบน",
    # bn, tl, ur, ta
    "আমি আপনাকে LinkedIn-এ আমার পেশাদার নেটওয়ার্কে যোগ করতে চাই",
    "Gusto kitang idagdag sa aking propesyonal na network sa LinkedIn",
    "میں آپ کو LinkedIn پر اپنے پیشہ ورانہ نیٹ ورک میں شامل کرنا چاہتا چاہتی ہوں",
    "LinkedIn-இல் உங்களை என் தொழில்முறை வலையமைப்பில் சேர்க்க விரும்புகிறேன்",
    "ฉันต้องการเพิ่มคุณเข้าในเครือข่ายมืออาชีพของฉันบน LinkedIn",
    "Saya ingin menambah menjemput anda menyertai ke rangkaian profesional saya di LinkedIn",
    "உங்களை எனது என் தொழில்முறை நெட்வொர்க்கில் சேர்க்க விரும்புகிறேன்",
)
_MORE_STOCK_GREETINGS = (
    "مرحبا مرحباً أهلا السلام عليكم تحية طيبة नमस्ते नमस्कार जी namaste ji "
    "Здравствуйте Привет Добрый день Halo Selamat pagi siang Chào bạn anh chị Xin "
    "Olá Oi Habari Γεια σου σας Ευχαριστώ வணக்கம் สวัสดีครับ สวัสดีค่ะ Groet Groeten Guten Tag "
    "Szia Jó napot Вітаю Ahoj Dobrý den Bună ziua Hei Moi Hej Hallå שלום"
)
STOCK_WORDS = STOCK_WORDS | _tokens_of(*_MORE_STOCK_SENTENCES)
_LONG_STOCK_WORDS = tuple(w for w in STOCK_WORDS if len(w) >= 5)


def is_stock_word_typo(word: str) -> bool:
    """One edit from a stock word of five letters or more ("profesional", "conect")."""
    if len(word) < 5:
        return False
    found = process.extractOne(word, _LONG_STOCK_WORDS, scorer=Levenshtein.distance, score_cutoff=1)
    return found is not None


NETWORK_WORDS = frozenset(
    [
        "network",
        "linkedin",
        "invitation",
        "reseau",
        "red",
        "netzwerk",
        "vernetzen",
        "rede",
        "netwerk",
        "rete",
        "sieci",
        "siec",
        "natverk",
        "agıma",
        "agima",
        *_tokens_of("شبكتي شبكة لينكدإن नेटवर्क लिंक्डइन сеть сети мережі jaringan lưới"),
        "linkedinen",
        "kapcsolataim",
        *_tokens_of("LinkedInu LinkedIne LinkedInissä sítě siete rețeaua לרשת בלינקדאין"),
        *_tokens_of("rangkaian நெட்வொர்க்கில் เครือข่ายมืออาชีพของฉันบน"),
        *_tokens_of("verkostooni netværk nettverk kontakt conectar conectarme connecter"),
        "collegarmi",
        "collegamenti",
        "connecten",
    ]
)
# The stock formulas that name no network ("I'd like to connect with you", "please accept
# my invitation to connect"): they count as one.
CONNECT_FORMULA = re.compile(r"\b(?:like\s+to\s+connect|invitation\s+to\s+connect)\b")
NETWORK_HINTS = Hints(
    "net",
    "linkedin",
    "reseau",
    "red",
    "rede",
    "rete",
    "invitation",
    "siec",
    "natverk",
    "agıma",
    "agima",
    *_tokens_of("شبك لينكد नेटवर сет jaringan lưới sítě siete rețea רשת לינקד verkost"),
    *("kontakt", "conectar", "connecter", "collegarmi", "collegamenti", "connecten", "rangkaian"),
    *_tokens_of("நெட்வொர்க் เครือข่าย"),
)
GREETING_WORDS = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "dear",
        "hiya",
        "hej",
        "greetings",
        "there",
        "all",
        "good",
        "morning",
        "afternoon",
        "evening",
        "day",
        "bonjour",
        "salut",
        "bonsoir",
        "hola",
        "buenos",
        "buenas",
        "dias",
        "tardes",
        "hallo",
        "guten",
        "tag",
        "liebe",
        "lieber",
        "ola",
        "oi",
        "bom",
        "dia",
        "ciao",
        "buongiorno",
        "salve",
        "hoi",
        "beste",
        "goedemorgen",
        "goedendag",
        "mr",
        "ms",
        "mrs",
        "miss",
        "dr",
        "sir",
        "madam",
        "mme",
        "monsieur",
        "madame",
        "sr",
        "sra",
        "herr",
        "frau",
        "signor",
        "signora",
        "dott",
        "thanks",
        "thank",
        "regards",
        "best",
        "cheers",
        "merci",
        "cordialement",
        "saludos",
        "gracias",
        "grusse",
        "viele",
        "danke",
        "obrigado",
        "obrigada",
        "abracos",
        "groeten",
        "bedankt",
        "grazie",
        "saluti",
        "cordiali",
        "kind",
        "warm",
        "sincerely",
        "dzien",
        "dobry",
        "merhaba",
        *_tokens_of(_MORE_STOCK_GREETINGS),
    ]
)
GREETING = re.compile(
    # a greeting drawn out in a hurry counts as well: "hii", "heyy", "hellooo"
    r"(?:^|[.!?\n]\s*)(?:hi+|hey+|hello+|dear|hiya+|good\s+(?:morning|afternoon|day)|g'day|"
    r"bonjour|salut|hola|hallo|ola|oi|ciao|hoi|beste|ahoj|czesc|zdravo|szia|hei|terve|salve|selam|"
    r"dobry\s+den|dzien\s+dobry)"
    r"[\s,!]+([^\W\d_][\w'-]*)"
)

# --- people named as referrers ---------------------------------------------------------------

_NAME_PART = r"[A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ]"
PERSON_NAME = re.compile(rf"(?<![\w'’-]){_NAME_PART}(?:\s+{_NAME_PART}){{0,2}}(?![\w'’-])")
_REFERRAL_VERBS = (
    r"(?:suggested|mentioned|said|says|recommended|referred|pointed|passed|gave|tells|told|"
    r"thinks|thought|introduced|asked|sent|encouraged|speaks|put\s+me|reckons|reckoned|swears|"
    r"mi\s+ha\s+(?:detto|consigliato|suggerito|parlato)|me\s+(?:dijo|recomend[oó]|habl[oó])|"
    r"me\s+(?:disse|indicou|falou)|m'a\s+(?:dit|conseill[eé]|recommand[eé]|parl[eé])|"
    r"hat\s+mir\s+(?:gesagt|empfohlen|erz[aä]hlt|von)|meinte|meint|falou|gaf\s+me|zei\s+dat|raadde\s+me)"
)
# Substrings without which the costlier name scans cannot match (checked with `in`).
REFERRER_HINTS = Hints(
    "suggest",
    "mention",
    "said",
    "says",
    "recommend",
    "refer",
    "point",
    "passed",
    "gave",
    "tell",
    "told",
    "think",
    "thought",
    "introduc",
    "asked",
    "sent",
    "encourag",
    "speaks",
    "put me",
    "reckon",
    "swears",
    "mi ha ",
    "me dij",
    "me recom",
    "me disse",
    "me indic",
    "m'a ",
    "hat mir",
    "gaf me",
    "zei dat",
    "raadde",
    "meint",
    "falou",
    " is my ",
    "and i ",
    "'s ",
)
ALUMNI_HINTS = Hints("alum", "grad", "student")
GROUP_HINTS = Hints(
    "group",
    "club",
    "guild",
    "network",
    "community",
    "meetup",
    "forum",
    "society",
    "association",
    "chapter",
    "circle",
    "collective",
    "slack",
)


def mentions_any(text: str, hints: Hints) -> bool:
    return hints.found_in(text)


REFERRAL_AFTER = re.compile(
    rf"(?:'s?\s+(?:recommendation|suggestion|advice|birthday|party|leaving|wedding|bbq|"
    rf"barbecue|farewell|housewarming|dinner)|\s+and\s+I\b|"
    # family and colleagues: "Tara Quinn's cousin", "Oscar Lindqvist is my brother"
    rf"(?:'s?|\s+is\s+my)\s+(?:old\s+|former\s+|little\s+|big\s+|younger\s+|older\s+)?(?:brother|"
    rf"sister|cousin|husband|wife|partner|son|daughter|mum|mom|dad|mother|father|uncle|aunt|niece|"
    rf"nephew|manager|boss|flatmate|housemate|neighbou?r|colleague|mentor|mentee|best\s+friend)\b|"
    rf"(?:\s+and\s+{_NAME_PART}(?:\s+{_NAME_PART}){{0,2}})?(?:\s+\([^()]{{1,40}}\))?"
    rf"\s+(?:both\s+|also\s+)?"
    rf"{_REFERRAL_VERBS}\b)"
)
REFERRED_PERSON = re.compile(
    rf"(?<![\w'’-]){_NAME_PART}(?:\s+{_NAME_PART}){{0,2}}(?={REFERRAL_AFTER.pattern})"
)
NOT_A_PERSON = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "dear",
        "good",
        "great",
        "the",
        "we",
        "i",
        "my",
        "our",
        "your",
        "fellow",
        "thanks",
        "best",
        "kind",
        "regards",
        "happy",
        "would",
        "could",
        "just",
        "hope",
        "also",
        "he",
        "she",
        "they",
        "it",
        "someone",
        "everyone",
        "anyone",
        "nobody",
        "this",
        "that",
        "there",
        "here",
        "my",
        "manager",
        "boss",
        "team",
        "friend",
        "colleague",
        "cheers",
        "hola",
        "bonjour",
        "hallo",
        "ciao",
        "ola",
        "oi",
        "hoi",
        "so",
        "and",
        "but",
        "if",
        "when",
        "im",  # "I'm Tara Quinn's cousin"
        "ive",
    ]
)

NOT_A_GROUP = frozenset({"linkedin", "professional", "my", "your", "our", "the"})

# The named thing after a claim cue: capitalised words, with small joining words.
CLAIMED_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][\w'&.-]*)(?:\s+(?:(?:of|de|di|du|da|del|der|the|for|at|and|&|in)\s+)?"
    r"[A-ZÀ-Þ][\w'&-]*){0,5}"
)
NAME_BEFORE_GROUP_NOUN = re.compile(
    r"((?:[A-ZÀ-Þ][\w'&-]*\s+){1,5})(?i:group|club|guild|network|community|meetup|forum|"
    r"society|association|chapter|circle|collective|slack)\b"
)
NAME_BEFORE_ALUMNI_NOUN = re.compile(
    r"((?:[A-ZÀ-Þ][\w'&-]*\s+){1,4}(?:[a-z][\w-]*\s+)?)(?:alum(?:na|nus|ni)?|grad(?:uate)?|student)\b"
    r"(?!\s+(?:scheme|program|programme|roles?|jobs?|hiring|intake|recruitment|trainees?))"
)
SCHOOL_WORDS = re.compile(
    r"\b(?:uni\w*|college|school|institut\w*|polytechnic|politecnico|ecole|escuela|"
    r"hochschule|academy)\b"
)
