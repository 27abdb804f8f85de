"""Reading one message's text (e-mail body or chat message) into a ParsedRequest.

The channel-specific entry points in ``parser`` hand over the cut-up body; this module
reads intent, sessions, people, organisation, diet and language from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import NamedTuple

from assistant.config import Config, Organisation
from assistant.parsing.answer import affirmation, our_reading
from assistant.parsing.automatic import declined_by_click
from assistant.parsing.dates import FULL_MONTHS, SHORT_MONTHS
from assistant.parsing.diet import find_diet, only_asked_about
from assistant.parsing.given_names import lexicon
from assistant.parsing.intent import (
    IntentReading,
    asked_hypothetically,
    asks_change,
    asks_how,
    asks_someone_added,
    asks_us_to_act,
    carries_cue,
    classify,
    diet_recorded,
    diet_taken_off,
    diet_to_note,
    diet_withdrawn,
    diet_withdrawn_at,
    hedged_stand_in,
    miswrote_earlier,
    offer_accepted,
    only_cannot_come,
    only_withdraws,
    other_event,
    others_held,
    our_mistake_only,
    private_note,
    resent,
    shown_not_asked,
    signs_up,
    signs_up_now,
    signup_left_to_others,
    struck_then_added,
    subject_registers,
    told_given_up,
    whole_request,
)
from assistant.parsing.language import detect_language
from assistant.parsing.names import (
    address_tokens,
    clean_name,
    display_name,
    full_name,
    matches_address,
    name_from_address,
    name_key,
    same_name,
    without_symbols,
)
from assistant.parsing.organisations import OrgIndex, elsewhere, org_index, same_firm
from assistant.parsing.people import (
    EMAIL,
    NameHit,
    StopWords,
    address_meant,
    addresses_in,
    companion,
    display_affiliation,
    find_names,
    given_beside,
    introduces,
    joins_too,
    names_in,
    passed_it_on,
    renamed_another,
    reported_signup,
    rows_turned,
    sender_attends,
    sender_joining,
    sender_leaving,
    sender_stays,
    writer_named,
    writer_undecided,
    writes_as_i,
)
from assistant.parsing.people_opinion import doubts_people
from assistant.parsing.prefilter import quick
from assistant.parsing.quoting import BodyParts, split_body
from assistant.parsing.second_opinion import doubts, opinion, stated_intent
from assistant.parsing.sessions import Mention, find_mention, next_instead, none_after, numbered_lists
from assistant.parsing.subject import is_reply, strip_prefixes
from assistant.parsing.text import NAMED_ROW, fold, sentences, words
from assistant.parsing.themes import ThemeIndex
from assistant.parsing.unnamed import unnamed
from assistant.parsing.whose import (
    Spot,
    diets,
    diets_corrected,
    employers,
    organisations,
    writer_tells_own_diet,
)
from assistant.request import Intent, ParsedRequest, Person, Role, Sender, Unsure

#: An address asked for, in mail a reply quotes ("Har du Jonas e-postadress?", "Could you send us her address?").
_ADDRESS_ASKED = re.compile(r"\b(?:(?:e-?post|mejl|mail|e-?mail)-?)?(?:adress\w*|address(?:es)?)\b[^?\n]{0,40}\?")
_POINTER = re.compile(r"\b(?:nedan|nedanfor|below|forward(?:ed|ing)|vidarebefordra\w*|(?:han|hon|de) namner|"
                      r"i (?:mejlet|mailet|meddelandet)|in the (?:e-?mail|message)|enligt (?:mejlet|mailet)|"
                      # one's earlier mail sent again ("skickar min anmälan igen", "I'm resending my registration")
                      r"(?:skickar|skicka|sander|skickade) (?:\w+ ){0,3}igen|re-?send\w*|send(?:ing)? (?:\w+ ){0,3}again|"
                      # passed on by the writer for its writer ("Ulla bad mig skicka vidare detta", "sänder vidare Pers
                      # mejl", "passing this on for Eva"), not to the writer ("Anders skickade den vidare till mig")
                      r"(?:skicka|skickar|sanda|sander|slussa|slussar) (?:\w+ ){0,2}vidare(?! till (?:mig|oss)\b)|"
                      r"pass(?:ing)? (?:\w+ ){0,2}on(?! to (?:me|us)\b)|"
                      # a registry's or office's forward "for action" ("För kännedom och åtgärd", "för handläggning",
                      # "till er för vidare handläggning", "för besvarande", "for your action")
                      r"for (?:kannedom (?:och|&) )?(?:(?:vidare|fortsatt|eventuell|er|din) )?(?:atgard|handlaggning|"
                      r"besvarande)|for (?:your |further )?(?:action|handling))\b")
#: Mail forwarded to the writer, not by them ("jag fick inbjudan vidarebefordrad av min chef", "it was forwarded to me
#: by my manager"), or our invitation pointed to ("the invitation below"): the writer's own request above it, nothing
#: below to read as another's (folded).
_FORWARDED_TO_WRITER = re.compile(r"\b(?:fick|fatt|har fatt|got|received|was|were|has been) (?:\w+ ){0,3}?"
                                  r"(?:vidarebefordra\w*|forwarded)(?: (?:till mig|av|fran|to me|by|from)\b)?|"
                                  r"\b(?:vidarebefordra\w*|forwarded) (?:till mig|to me)\b|"
                                  # the invitation pointed to below it ("the invitation below", "inbjudan nedan")
                                  r"\b(?:inbjudan|inbjudningen|invitation) (?:nedan|below)\b")
#: The most characters of a sign-off a diet is looked for in ("/tove lindholm, rättvik. äter vego"): a chat's short
#: tail, not a mail's signature block.
_SIGN_OFF_REACH = 120
#: An address moved to ("byta till jobbadressen eva@orsa.se", "ändra till min nya adress: ...", "change it to my work
#: address ..."): an e-mail address written after an address word (folded text).
_ADDRESS_MOVED = re.compile(r"\b(?:\w*adress\w*|\w*address\w*|e-?post\w*|e-?mail\w*|\w*mejl\w*|\w*mail\w*)\b[^.!?@]{0,30}"
                            r"[\w.+-]+@[\w-]+\.[\w.-]+")
#: Busy elsewhere on the day ("i maj är jag på ett annat uppdrag", "har ett annat åtagande", "är på kurs", "I have
#: another commitment in May"): folded text.
_ELSEWHERE = (r"\bannat (?:uppdrag|atagande|engagemang)|\bannan (?:konferens|kurs|resa|tjanst\w*)\b|"
              r"\bpa (?:kurs|konferens)\b|\buppbokad\b|\b(?:other|another) (?:commitments?|engagements?|assignments?|"
              r"conference)\b|"
              # a full calendar ("i november är kalendern full för dem", "är det fullt i kalendrarna", "22/2 är det
              # fullbokat för oss", "our calendars are full"); not a session asked about as full ("är 3 maj fullbokad?")
              r"\b(?:kalend\w*|almanack\w*|calendars?|diar(?:y|ies)) (?:ar |is |are )?(?:\w+ )?full\b|"
              r"\bfullt? i (?:\w+ )?(?:kalend\w*|almanack\w*)|\bar det (?:\w+ )?fullbokat for (?:oss|mig|dem|henne|honom)\b")
_STAYS_AWAY = quick(re.compile(r"krock|\bkan (?:\w+ )?(?:inte|ej)\b|\bledig|semester|tjanstledig|franvarande|"
                         r"aterkommer|kollega ta|can'?t|cannot|not able|holiday|vacation|\baway\b|clash|conflict|" + _ELSEWHERE))
_REMOVAL = quick(re.compile(r"\bstryk|\bavanmal|\bavboka|\b(?:hinner|kommer|ska|skall) (?:\w+ ){0,2}(?:inte|ej)\b|\bkrock|\bclash|\bskip|\bdrop\b|\bhoppa\w* over\b|\bkan (?:\w+ )?(?:inte|ej)\b|\b(?:jag|vi) (?:inte|ej) kan\b|\bklarar (?:\w+ )?(?:inte|ej)\b|can'?t|cannot|cancel|remove|"
                      r"i stallet for|istallet for|instead of|\b(?:ar|redan) anmald|registered for|\bfran\b|\bfrom\b|"
                      # dropping out, taking off ("hoppar av 22 februari", "ta bort mig från 3 maj")
                      r"\bhopp(?:a|ar|er) (?:\w+ )?av\b|\b(?:ta|tar|plocka|plockar) (?:\w+ ){0,2}bort\b|"
                      # no longer wanted ("vill inte längre vara med på 22/2", "ska inte delta 3 maj längre")
                      r"\b(?:vill|ska|skall) (?:\w+ ){0,2}(?:inte|ej) (?:\w+ ){0,2}(?:vara med|va med|delta|ga|komma)\b|"
                      # the day no longer suits ("3 maj går tyvärr inte längre", "21/9 passar inte", "May no longer
                      # works"), the person unable ("she will not be able to attend on ...", "unable to come")
                      r"\b(?:gar|passar|funkar|fungerar) (?:\w+ ){0,2}(?:inte|ej)\b|\b(?:doesn'?t|does not|no longer) "
                      r"(?:work|suit)|\bnot (?:be )?able\b|\bunable\b|won'?t|\bwill not\b|"
                      # "det blir tyvärr inte 22/2 för mig", "blir det ingen 3 maj", "blir inget 29 nov": that day off
                      r"\bblir (?:\w+ ){0,2}(?:inte|ej|ingen|inget)\b|"
                      # a clause that denies what it names ("..., inte maj och feb som jag skrev", ", not the 21st")
                      # ... or opens after a colon ("jag vill byta: inte 21/9, istället 22/2")
                      r"(?:^|:)\W*(?:(?:och|men|and|but) )?(?:inte|ej|not)\b"))
#: "i stället för den 29/11 kommer jag ...": the words right after the marker name what is given up.
_INSTEAD_OF = re.compile(r"\s*(?:istallet for|i stallet for|instead of|rather than|snarare an)\s+(?:\S+\s+){0,3}\S+")
#: A clause stating the sessions one holds now ("jag är anmäld till 3 maj och 21/9", "I'm registered for ...").
_HELD = re.compile(r"\b(?:ar|e|redan|star|blev) (?:anmald|bokad|registrerad)|\b(?:anmald|bokad|registrerad) (?:till|pa|for)\b|"
                   # said bare at the opening, as in a chat ("anmäld 3 maj, ändra till ...")
                   r"^\W*(?:anmald|bokad|registrerad) (?=\d|den \d)|\bstar kvar\b|\bkvarstar\b|"
                   r"\b(?:(?:jag|vi) (?:ar|e)|(?:ar|e) (?:jag|vi)) kvar (?:pa|i|till)\b|"
                   r"\b(?:jag|vi) star (?:\w+ )?(?:pa|med pa)\b|"
                   # "anmälde mig tidigare till ...", "bokade oss redan i höstas på ...", "har anmält mig till ...":
                   # a signup made before
                   r"\b(?:anmalde|registrerade|bokade|(?:har|hade) (?:anmalt|registrerat|bokat)) (?:mig|oss) "
                   r"(?:(?!inte\b|ej\b)\w+ ){0,3}(?:till|pa|for)\b|"
                   r"\b(?:registered|signed up|booked) (?:for|on)\b|"
                   # made by another ("Tove registered me for all sessions", "my boss signed us up for ...")
                   r"\b(?:(?:registered|booked|enrolled) (?:me|us)|signed (?:me|us) up) (?:\w+ ){0,2}(?:for|on|to)\b|"
                   # the calendar invitation accepted before ("tackade ja i kalendern till 3 maj", "I accepted the
                   # calendar invite for May"; not "jag tackar ja till ...", a signup now)
                   r"\b(?:tackade|tackat) ja (?:(?!inte\b|ej\b)\w+ ){0,3}(?:till|pa|for)\b|"
                   r"\baccepted (?:the |your )?(?:calendar |meeting )?(?:invitation|invite) (?:for|to)\b")
#: A clause saying the writer keeps the sessions it names ("maj kommer jag på som vanligt", "3 maj står fast", "februari
#: går bra", "I'll still attend May"), or asks them kept ("behåll maj och februari", "vill behålla 3 maj").
_KEPT = quick(re.compile(r"\bsom (?:vanligt|planerat|tidigare|forut)\b|\bstar fast\b|\bbehall(?:er|a)?\b|"
                   # (not the polite condition "om det går bra", "om det passar bra": leave asked, nothing kept)
                   r"(?<!\bom det )(?<!\bif that )\b(?:gar|funkar|fungerar|passar) (?:fortfarande |fint |utmarkt )?"
                   r"(?:bra|fint|fortfarande)\b|"
                   r"\b(?:as planned|as usual|as before)\b|\bstill (?:\w+ )?(?:attend|come|coming|fine|ok|on|works?)\b|"
                   r"\b(?:i'?ll|i will|we'?ll|we will) still\b|\bkeep(?:ing)?\b"))
_DENIED = re.compile(r"\b(?:inte|ej|not|never)\b|n'?t\b")
#: A session named before, by a pronoun ("byta den mot 29/11", "swap it for November").
_PRONOUN = re.compile(r"den|det|dem|dom|denna|it|that|that one|them")
#: The swap verb slipped one key, "byra" (folded also "byrå", an agency), or its "t" doubled, "bytta" (also a tub),
#: only in the swap's own shape: a date, then "mot"/"till" ("byra 21/9 mot 29/11", "bytta 3 maj mot 21 sept"); folded.
_SLIPPED_SWAP = r"(?:byra|bytta)(?= (?:den )?\d{1,2}(?:[/.]\d{1,2}|\s+[a-z]{3,9}) (?:mot|till)\b)"
_FROM_TO = re.compile(r"\b(?:fran|from|fr(?!\.?\s?o\.?\s?m))\b(.+?)\b(?:till|to|mot|for|for att ga pa)\b(.+)|"
                      # "byta 3/5 till 29/11", "switch 21/9 to 22/2", "flytta mig 21/9 -> 29/11"
                      # (not over a "från"/"from": the move from there is read by the first form)
                      r"\b(?:byta|byter|byt|" + _SLIPPED_SWAP + r"|swap|exchange|trade|switch|flytta|"
                      r"flyttar|flyta|flytar|andra)\b"
                      r"((?:(?!\b(?:fran|from|fr)\b).)+?)\b(?:mot|for|till|to)\b(.+)|"
                      r"(.+?)(?:->|→|=>|⇒)(.+)|"
                      # a sentence of two sessions, an arrow between them written "till" ("21/9 -> 29/11, går det?")
                      r"^\W*(\d{1,2}[/.]\d{1,2}|\d{1,2} [a-z]{3,9}) till (\d{1,2}[/.]\d{1,2}|\d{1,2} [a-z]{3,9})"
                      r"(?=\s*(?:[,.!?]|tack\b|please\b|pls\b|$))|"
                      # the swap's noun before the sessions ("Byte: september -> november", "ändring 3/5 till 21/9")
                      r"\b(?:byte|andring)\W{1,3}((?:den )?(?:\d|(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))"
                      r"[^.?!]{0,25}?)\b(?:till|mot)\b(.+)")
#: A sentence saying the writer cannot come to sessions it names (subtracted from a signup).
#: After a kind of leave: the span it starts or ends at ("from June", "till och med april"), not the day it covers.
_LEAVE_SPAN = (r"(?!\s+(?:(?:hela )?(?:fran|from|fr o m|fr\.o\.m\.?|efter|after|starting|since|sedan|until|till|"
               r"to|tom|t o m|t\.o\.m\.?|fram|through|in till|up to)\b))")
_ABSENT = quick(re.compile(r"\bkan (?:\w+ ){0,2}(?:inte|ej)\b|\bkommer (?:\w+ ){0,2}(?:inte|ej)\b|\bmissar\b|krock|"
                     # the negation before the verb, as a clause it opens has it ("glömde säga att jag inte kan 3 maj")
                     r"\batt (?:jag|vi) (?:tyvarr |dessvarre )?(?:inte|ej) (?:kan|kommer|hinner|klarar)\b|"
                     r"\bhinner (?:\w+ ){0,2}(?:inte|ej)\b|\bklarar (?:\w+ )?(?:inte|ej)\b|"
                     # the negation carried by the subject ("none of us can make it in May", "ingen av oss kan i juni")
                     r"\b(?:none|neither|no one|nobody) of (?:us|them|you)\b|\b(?:ingen|inget|inga) av (?:oss|dem|er)\b|"
                     r"can'?t|cannot|\bnot (?:be )?able\b|won'?t|will not|\bmiss\b|clash|conflict|"
                     # sessions skipped ("hoppar över träffarna i november", "februariträffen står jag över", "we'll
                     # skip the February one")
                     r"\bhopp(?:a|ar) (?:\w+ )?over\b|\bst(?:a|ar) (?:\w+ )?over\b|\bskip(?:s|ping)?\b|\bsammanfaller\b|\bcoincides?\b|"
                     # the day does not work ("21/9 går inte", "februari passar inte", "Sept doesn't work")
                     r"\b(?:gar|passar|funkar|fungerar) (?:\w+ )?(?:inte|ej)\b|\b(?:doesn'?t|does not) (?:work|suit)\b|"
                     r"\bhar (?:(?:tyvarr|dessvarre|nog|jag|vi|hon|han)\s+){0,2}(?:inte|ej|ingen) (?:mojlighet|tid)\b|\bundantag\b|"
                     # away on the day: on holiday, on leave, travelling, busy
                     r"\bsemester\b|\bbortrest|\btjanste?resa|\bupptagen\b|\bon (?:holiday|vacation|leave)\b|"
                     # off work ("första veckan i maj är jag ledig", "hon är ledig den dagen")
                     # (a person off: not "om en plats blir ledig", a place free)
                     r"\b(?:jag|vi|hon|han|hen|de|dom) (?:ar|e|blir) (?:\w+ )?ledig\b|"
                     r"\b(?:ar|e|blir) (?:jag|vi|hon|han|hen|de|dom) (?:\w+ )?ledig\b|"
                     # a kind of leave, whoever is on it ("i maj är Roger föräldraledig", "on parental leave")
                     # (not a leave starting or ending later: "on parental leave from June", "föräldraledig till mars")
                     r"\b(?:foraldra|tjanst|sjuk|pappa|mamma)ledig\b" + _LEAVE_SPAN + "|"
                     r"\bon (?:parental|sick|maternity|paternity|study|unpaid) leave\b" + _LEAVE_SPAN + "|"
                     # away, busy, travelling or abroad ("I am abroad in May", "i maj är jag utomlands")
                     r"\b(?:away|busy|travell?ing|abroad|overseas|utomlands)\b|"
                     # prevented, or the day too early for someone ("är jag förhindrad", "the first one is too early
                     # for her", "maj är för tidigt för honom")
                     r"\bforhindrad\w*|\bprevented\b|\btoo early\b|\bfor tidig\w*|" + _ELSEWHERE))
#: The writer saying they take part ("jag kör på alla fyra", "själv går jag på 3 maj", "I'll attend all of them").
_SELF_ATTENDS = re.compile(r"\b(?:jag|vi|i|we)\s+(?:(?:vill|ska|kommer att|tanker|will|would like to|want to|am going to)"
                           r"\s+)?(?:kor pa|kommer pa|gar pa|deltar|ar med|hanger med|attend|join|come to)\b|"
                           r"\b(?:sjalv|myself)\b.*\b(?:kommer|gar|deltar|attend|join|come)\b|\b(?:i'll|we'll) (?:attend|join)\b")
#: Another person's own sessions said in a signup ("Siv kan bara den 22 februari", "hon kommer bara på 3 maj", "Per can
#: only make 29 November", "she will attend in May"): one more person's choice, the union is signed up (folded text).
_OTHER_ATTENDS = re.compile(r"\b(?:kan|kommer|gar|deltar|har mojlighet)\s+(?:\w+\s+)?(?:bara|endast|enbart)\b|"
                            # wanting only some ("Eva vill bara gå på den sista", "ska endast komma i maj")
                            r"\b(?:vill|ska)\s+(?:bara|endast|enbart)\s+(?:ga|komma|delta|vara med)\b|"
                            # every session for one ("Per Ek kommer på alla", "hon går på samtliga")
                            r"\b(?:kommer|gar|deltar)\s+(?:pa|till|i)\s+(?:alla|samtliga)\b|"
                            r"\b(?:kan|ska|vill)\s+(?:ga|komma|delta|vara med)\s+(?:pa|i)\b|"
                            r"\b(?:can|could|will)\s+only\b|\bonly\s+(?:can|make|attend|come|join)\b|"
                            r"\b(?:can|will)\s+(?:attend|make|come to|join)\b|"
                            r"\b(?:hon|han|hen|de|dom|she|he|they)\s+"
                            r"(?:(?:vill|ska|kommer att|will|would like to|wants? to)\s+)?"
                            r"(?:kommer pa|gar pa|deltar (?:pa|i)|ar med pa|attends?|joins?|comes? to)\b|"
                            # a colleague coming too, to sessions of their own ("Jonas kommer också, på alla fyra")
                            r"\b(?:kommer|gar|deltar) (?:ocksa|aven|med),? (?:pa|till|i) (?:alla|samtliga|\d)|"
                            # one of them coming to a session more ("Eva kommer även 21 september", "Per går också i
                            # november"); not all of them ("vi kommer även ...")
                            r"(?<!\bvi )(?<!\bwe )\b(?:kommer|gar|deltar)\s+(?:(?:hon|han|hen)\s+)?(?:ocksa|aven|dessutom)\s+"
                            r"(?:(?:pa|till|i|den)\s+)?(?!med\b|att\b)\w|"
                            # the same in a clause of the one named ("kollegan Per Ek, som även kommer 21 september")
                            r"\bsom (?:ocksa|aven|dessutom) (?:kommer|gar|deltar) (?:(?:pa|till|i|den)\s+)?(?!med\b|att\b|fran\b)\w")
#: One's own sessions or signup spoken of ("mina träffar", "my registration", "anmäld till", "signed up for").
_MINE = re.compile(r"\b(?:mina|min|mitt|vara|my|our|anmald\w*|registrerad\w*|bokad\w*|signed up|registered|booked)\b")
#: A sentence asked, not stated.
_ASKED = re.compile(r"\?\s*$")
#: When a new name or address is wanted by, a month alone ("bra om namnskylten blir rätt i maj", "before May"): the
#: time a change is due, no session asked for (folded).
_WHEN_DUE = re.compile(r"\b(?:blir|ar|star|kommer|syns|finns|be|is|shows?)\b[^.!?]{0,20}\b(?:ratt|korrekt|right|"
                       r"correct|uppdaterad\w*|updated)\b[^.!?]{0,12}\b(?:i|till|infor|before|by|in|for)\s+"
                       r"(?:" + "|".join(sorted({*FULL_MONTHS, *SHORT_MONTHS}, key=len, reverse=True)) + r")\b")
#: A substitution between two other people ("X tar hennes plats", "in his place", "ersätter honom").
_THIRD_PERSON_PLACE = re.compile(r"\b(?:hans|hennes|his|her|their|deras|honom|henne|\w+s (?:plats|stalle))\b")
#: Another's place taken over ("jag tar hans plats", "I'll go in her place", "i Annas ställe").
_OTHERS_PLACE = re.compile(r"\b(?:hans|hennes|hens|his|her|their|deras|\w+s) (?:plats|stalle|place|spot|seat)\b")
#: A third person's place or substitute spoken of ("ersättare för Anna", "i hennes ställe", "a stand-in for Tom"): the
#: one given up is neither the writer nor the one named as joining.
_ANOTHER_REPLACED = re.compile(r"\b(?:ersattare|vikarie|substitute|replacement|stand-in) (?:for|till) (?!mig\b|oss\b|me\b|us\b)\w|"
                               r"\b(?:hans|hennes|hens|his|her) (?:plats|stalle|place|spot|seat)\b")
#: A clause where the writer of a substitution says what they keep ("jag går på 3/5 men ...", "I'll attend May 3").
_SELF_GOES = re.compile(r"\b(?:jag|i)\s+(?:(?!inte\b|ej\b|not\b|can'?t\b|kan\b)\w+\s+)?(?:gar pa|kommer pa|tar|deltar|"
                        r"behaller|attend|go to|keep|will take)\b(?!\s+(?:inte|ej|not)\b)|"
                        # the verb first ("maj kommer jag på själv", "den första går jag på")
                        r"\b(?:kommer|gar|deltar|tar) jag (?:(?!inte\b|ej\b)\w+ )?(?:pa|med)\b|\bbehaller jag\b")

#: The writer going instead, the place left unsaid ("Per kan inte, jag går i stället", "jag åker istället för honom",
#: "I'll go instead"): folded.
_SELF_INSTEAD = re.compile(r"\b(?:jag|i|i'll)\s+(?:(?!inte\b|ej\b|not\b|kan\b|can'?t\b)\w+\s+)?"
                           r"(?:gar|kommer|aker|deltar|hoppar in|kliver in|go|come|attend|join)\s+(?:dit\s+|there\s+)?"
                           r"(?:i stallet|istallet|instead)\b")

#: The person given up for another: named right after "i stället för", "instead of", "ersätter", or right before
#: "ersätts av", "is replaced by"; or the one the writer took over from at work ("jag har ersatt Per Ek som
#: planerare", "jag efterträdde Eva Lind", "jag vikarierar för Tom Berg", "I have replaced Tom Berg").
_REPLACED_BEFORE = quick(re.compile(r"(?:i stallet for|istallet for|instead of|in place of|ersatter|replaces|replacing|will replace|"
                              r"\b(?:har|hade|have|has|had) (?:\w+ )?(?:ersatt|eftertratt|replaced|succeeded)|\bersatte|"
                              r"\beftertrader|\beftertradde|\bsucceeded|\bam replacing|\bam covering for)\s+$"))
#: ... or the one the writer stands in for, where they work perhaps between ("jag vikarierar som planerare på Orsa
#: kommun för Eva Lind", "I'm covering for Tom Berg").
_STOOD_IN_FOR = re.compile(r"\b(?:vikarierar|vikarierande|ar vikarie|stand(?:ing)? in|covering)\b[^.!?;]{0,60}?\b(?:for|till)\s+$")


def _replaced_before(folded_sentence: str, at: int) -> bool:
    """Whether the name at ``at`` is of the one replaced, by the words right before it ("i stället för", "ersätter",
    "jag har ersatt", "jag vikarierar på Orsa kommun för")."""
    return bool(_REPLACED_BEFORE.search(folded_sentence[max(0, at - 30):at])
                or _STOOD_IN_FOR.search(folded_sentence[max(0, at - 90):at]))
#: In a substitution, the one struck off the list beside one added ("STRYK: Per Holm" / "LÄGG TILL: Eva Strand").
_STRUCK_BEFORE = re.compile(r"^\W*(?:stryk|ta bort|remove|strike|delete)\W*$")
#: ... or struck in the same sentence as another is added ("stryk Per Ek och lägg till Eva Lind").
_STRUCK_INLINE = re.compile(r"\b(?:stryk|ta bort|remove|strike|delete)\s+(?:(?:min kollega|kollegan|my colleague)\s+)?$")
_REPLACED_AFTER = quick(re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?"
                             # a relative clause between ("Per Ek, som var anmäld till alla träffar, ersätts av ...")
                             r"(?:,\s*(?:som|who)\s[^,.;:!?()]{0,60},\s*)?"
                             # where they work between ("hos oss på lst", "på vår enhet", "from our team", "från samma
                             # avdelning som jag")
                             r"(?:(?:hos|pa|fran|vid|at|from|in) (?:(?:var|vart|min|mitt|samma|our|my|the|same) )?\S+\s+"
                             r"(?:(?:som jag|as me|as i)\s+)?){0,2}"
                             r"(?:ersatts|byts ut|(?:is|will be|gets) replaced|"
                             r"kan (?:\w+ )?(?:inte|ej)|kommer (?:\w+ )?(?:inte|ej)|(?:har )?(?:fatt |far )?forhinder|"
                             r"ar (?:sjuk|forhindrad|bortrest)|har slutat|slutar|slutade|can'?t|cannot|is (?:ill|sick|unable)|"
                             # on leave, retired, another job ("Per Ek går på föräldraledighet", "är tjänstledig i
                             # höst", "har gått i pension", "har bytt jobb")
                             r"(?:gar|ar) (?:pa|i) (?:foraldraledighet|tjanstledighet|pension|studieledighet)|"
                             r"(?:har )?gatt i pension|ar (?:foraldraledig|tjanstledig|studieledig|sjukskriven|pensionerad)|"
                             r"(?:har )?(?:bytt|byter) (?:jobb|arbete|tjanst|arbetsgivare)|"
                             # not going ("Per Ek går inte på 3 maj", "Eva deltar inte"), leaving ("Tom has left")
                             r"(?:gar|deltar) (?:\w+ )?(?:inte|ej)|(?:has |had )?left|won'?t|will not|is not (?:going|coming|attending))\b"))


#: The writer telling of a signup they made for another, the name to follow ("jag anmälde Eva Lind ...", "vi har
#: anmält ...", "I signed up ..."): folded, at the end of what stands before the name.
_SIGNED_UP_BY_WRITER = re.compile(r"\b(?:jag|vi|i|we)\s+(?:(?:har|hade|have|had|redan|already|tidigare)\s+){0,2}"
                                  r"(?:anmalde|anmalt|bokade|bokat|registrerade|registrerat|skrev upp|signed up|"
                                  r"registered|booked)\s+$")
#: ... who, by a pronoun in the clause after, is away ("men hon kan inte längre", "men han har bytt jobb", "but she
#: can't come"): folded, from the name's end.
_PRONOUN_AWAY = quick(re.compile(r"[^.!?]{0,50}?\b(?:men|but|och|and|dock)\s+(?:(?:nu|tyvarr|now|unfortunately)\s+)?"
                           r"(?:hon|han|hen|she|he)\b(?=" + _REPLACED_AFTER.pattern
                           + r"|\s+(?:har |has )?(?:(?:nu|tyvarr) )?(?:bytt (?:jobb|arbete|tjanst)|changed jobs))|"
                           # the verb first ("men nu kan hon inte", "men tyvärr kommer han inte")
                           r"[^.!?]{0,50}?\b(?:men|och|dock)\s+(?:nu|tyvarr|da|sa)\s+(?:kan|kommer|hinner)\s+"
                           r"(?:hon|han|hen)\s+(?:\w+\s+)?(?:inte|ej)\b"))


def _signed_up_away(folded_sentence: str, start: int, end: int) -> bool:
    """Whether the name between ``start`` and ``end`` is of one the writer signed up and who, said by a pronoun, is
    away ("jag anmälde Eva Lind till 3 maj men hon kan inte längre")."""
    return bool(_SIGNED_UP_BY_WRITER.search(folded_sentence[max(0, start - 40):start])
                and _PRONOUN_AWAY.match(folded_sentence, end))


#: ... or, the name the subject of the clause before, right before "och ersätts av" ("Sofia Wik har fått nya
#: arbetsuppgifter och ersätts av ...", "Tom Berg has changed jobs and is replaced by ..."): folded, from the name's end.
_REPLACED_LATER = quick(re.compile(r"[^.!?,;:()]{0,60}?\s(?:och|and)\s+(?:(?:darfor|dessutom|so|therefore|will|is)\s+)?"
                             r"(?:ersatts|byts ut|be replaced|(?:is|will be|gets) replaced)\s+(?:av|mot|by|with)\b"))


def _replaced(folded_sentence: str, hit: NameHit) -> bool:
    """Whether the person at ``hit`` is the one a substitution gives up (there, or where the sentence names them again:
    "vår anmälan (Per Ek och Eva Lind): Eva Lind ersätts av ...")."""
    # (the name as written there: in full, or the given name alone when the full name is said elsewhere)
    written = hit.name if folded_sentence.startswith(fold(hit.name).lower(), hit.start) else hit.name.split()[0]
    again = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(fold(hit.name).lower())}(?![\w-])", folded_sentence)
             if m.start() > hit.start] if written == hit.name else []
    for start in (hit.start, *again):
        end = start + len(written)
        if (_replaced_before(folded_sentence, start)
                or _STRUCK_BEFORE.match(folded_sentence[:start])
                or _STRUCK_INLINE.search(folded_sentence[max(0, start - 20):start])
                or _REPLACED_AFTER.match(folded_sentence, end) or _REPLACED_LATER.match(folded_sentence, end)
                or _signed_up_away(folded_sentence, start, end)):
            return True
    return False


#: A clause giving the reason for a change ("Med anledning av ändrade arbetsuppgifter i höst ...", "due to ...").
_REASON = re.compile(r"\W*(?:med anledning av|pa grund av|pga|p\.g\.a\.?|because of|due to|owing to|on account of)\b")

_CLAUSE = re.compile(r",(?!\s*(?:det galler|dvs\.?|det vill saga|narmare bestamt|that is|i\.e\.?)\s+(?:den\s+|the\s+)?\d)|"
                     # (not before a date restating what is before: "till hösten, det gäller 21 sept", "dvs. 21/9")
                     r";| men | but | sa | so | utan (?!att\b)| och stryk| and remove|"
                     # "stryk X och sätt upp mig på Y", "drop X and add me to Y": the second verb opens a clause
                     r" och (?=(?:(?:i stallet|istallet|sen|sedan|ocksa|aven) )?(?:(?:satt|satta|skriv|skriva) upp |"
                     r"lagg(?:a)? till |boka ))| and (?=(?:(?:instead|then|also) )?(?:put|add|book|sign) )|"
                     r"(?=\b(?:istallet for|i stallet for|instead of|rather than|snarare an)\b)|"
                     # an emoji between two thoughts in chat ("det blir inte 22/2 😕 kan ni flytta mig till ...")
                     r"[\u2600-\u27bf\U0001f300-\U0001faff]+(?:\s+|$)|"
                     # a long dash between two thoughts ("I will miss May – I will still come to the rest"), not a range
                     r" [–—] (?!\d)|"
                     # a bracket giving an absence ("the 21/9 and 29/11 sessions (I'm travelling in May and in
                     # February)", "3 maj och 21/9 (i november är jag bortrest)"): its own clause
                     r" \((?=[^()]{0,80}\b(?:travell?ing|away|bortrest|semester|ledig|tjanstledig|on leave|on holiday|"
                     r"busy|upptagen|kan inte|kan jag inte|can'?t|cannot|missar|miss|krockar)\b[^()]{0,80}\))"
                     # (and names a day or month of its own: not "May 3 (a wedding - can't miss that one!)")
                     r"(?=[^()]{0,160}?(?:\d|\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\b)"
                     r"[^()]*\))")
#: A sentence of dates and an "also" only ("22/2 o 29/11 också ja", "and 29/11 too please"): folded text.
_MORE_DATES = quick(re.compile(r"\W*(?:(?:och|o|and|samt|plus)\s+)?(?:(?:den|the)\s+)?\d{1,2}[/.]\d{1,2}"
                         r"(?:\s*(?:,|och|o|and|&|samt)\s*(?:(?:den|the)\s+)?\d{1,2}[/.]\d{1,2})*\s*"
                         r"(?:ocksa|aven|oxa|med|too|also|as well)\b[\s\w]{0,12}?\W*"))
#: A sentence opening with an exception ("Men inte i september.", "Fast inte den 29/11.", "Dock inte i feb", "Utom
#: den första.", "Except the one in May.", "But not in November."): folded text.
_EXCEPTION_OPENS = re.compile(r"\W*(?:(?:men|fast|dock|but)\s+(?:inte|ej|not)|utom|forutom|except|excluding)\b")
#: A bracket closed, then a capital: where one line of a list run into a sentence ends ("... den 21/9 (semester) Lotta
#: ...").
_BRACKET_BREAK = re.compile(r"(?<=\))\s+(?=[A-ZÅÄÖ])")
#: A spaced dash between two thoughts ("de tre första – den i februari krockar"), not a range ("3 maj - 21/9").
_DASH = re.compile(r" [–—-] (?!\d)")

#: A sentence saying someone's signup stays as it is ("min kollegas anmälan gäller som förut"): names there are
#: not part of the request.
#: A signup said to stand as it is ("gäller som förut", "är oförändrad", "remains unchanged").
_STILL_STANDS = (r"galler (?:som )?(?:forut|fortfarande|som tidigare|som vanligt)|ar oforandrade?|paverkas inte|still stands|"
                 r"remains (?:the same|unchanged|as it is)|(?:is|stays|are|stay) unchanged|is not affected|"
                 # signed up as before ("Per Holm är anmäld som förut", "Eva is still registered as before")
                 r"(?:ar|star) (?:\w+ )?(?:anmald\w*|registrerad\w*) som (?:forut|tidigare|vanligt|planerat|innan)|"
                 r"(?:is|are) (?:still )?(?:registered|signed up|booked) as (?:before|planned|usual)")
_CONTINUES = r"continues? (?:\w+ )?as (?:before|planned|usual)"
_UNCHANGED = re.compile(r"\b(?:" + _STILL_STANDS + r"|star kvar|kvarstar|"
                        # remaining signed up ("Malin Ros är kvar som anmäld", "Eva remains registered")
                        # ("Emma och Niklas ska vara kvar som anmälda")
                        r"(?:ar|ska vara|skall vara|forblir) kvar som (?:\w+ )?(?:anmald\w*|deltagare|registrerad\w*)|"
                        # staying as before ("Erik Sjö ska vara kvar som tidigare", "Eva är kvar som förut")
                        r"(?:ar|ska vara|skall vara|blir|forblir) kvar som (?:forut|tidigare|vanligt|planerat|innan)|"
                        r"(?:remains|is still) (?:registered|signed up|booked)|"
                        # going on as before ("Johan och Karolina fortsätter som förut", "they continue as before")
                        r"(?:fortsatter|fortsatta) (?:\w+ )?som (?:forut|tidigare|vanligt|planerat|innan)|"
                        + _CONTINUES + r")\b")


#: ... of those a cancellation leaves as they are: not where a session is said to remain ("3 maj står kvar").
_AS_BEFORE = re.compile(r"\b(?:" + _STILL_STANDS + r"|"
                        r"(?:fortsatter|fortsatta|gar|kommer|deltar) (?:\w+ )?som (?:forut|tidigare|planerat|innan)|"
                        + _CONTINUES + r")\b")


#: Someone going on as usual or as planned ("Per Holm kommer som vanligt", "mina kollegor går som planerat", "Eva
#: still comes as planned"): folded.
_GOES_AS_BEFORE = re.compile(r"\b(?:gar|kommer|deltar|fortsatter|ar med) (?:\w+ )?som (?:forut|tidigare|vanligt|"
                             r"planerat|innan|bestamt)\b|\b(?:comes?|is coming|attends?|goes|is going|continues?) "
                             r"(?:\w+ )?as (?:before|planned|usual)\b")


#: Where what is said of a name ends: a sentence's end the splitter left (after an address), a new clause.
_SAID_OF_END = re.compile(r"[.!?;](?:\s|$)|,\s+(?:och|o|men|medan|sa|and|but|while|jag|vi|hon|han|hen|de|dom|i|we|he|"
                          r"she|they)\b|\s(?:men|but|medan|while)\s")


#: A signup told as made before ("vi anmälde tre från Mora", "Anmälde mig + Per Ek", "we registered").
_SIGNED_UP_BEFORE = re.compile(r"\b(?:anmalde|anmaldes|hade anmalt|har anmalt|registrerade|registrerades|registered|"
                               r"signed up)\b")
#: The rest of those signed up going on as before ("vi andra kommer som vanligt", "de övriga går som planerat", "the
#: rest of us come as planned"): folded.
_REST_AS_BEFORE = re.compile(r"\b(?:vi|de|dom) (?:andra|ovriga)\b[^.!?;]{0,30}?\b(?:kommer|gar|deltar|ar med|fortsatter)"
                             r" (?:\w+ )?som (?:vanligt|planerat|forut|tidigare|innan|bestamt)\b|"
                             # the others' signups standing ("övriga anmälningar gäller som förut", "de andras anmälan
                             # står kvar")
                             r"\b(?:(?:de|dom) )?(?:andra|ovriga)s? (?:anmalning\w*|anmalan|platse?r?n?a?)\b[^.!?;]{0,20}?"
                             r"\b(?:galler|star|ligger|ar|kvarstar)(?: \w+)? (?:som (?:forut|tidigare|innan|planerat|vanligt)|"
                             r"kvar|oforandrad\w*)\b|"
                             r"\b(?:the rest of us|the others|we others)\b[^.!?;]{0,30}?\b(?:come|attend|go|continue)"
                             r"\w* (?:\w+ )?as (?:usual|planned|before)\b")


def _given_as_before(folded_sentence: str, given: str) -> bool:
    """Whether a sentence names the given name (a pattern) only as one going on as before ("Jag och Per kommer som
    planerat", "Per och jag deltar som vanligt"), asking nothing and denying nothing."""
    at = re.search(rf"\b{given}\b", folded_sentence)
    if at is None or asks_change(folded_sentence) or _DENIED.search(folded_sentence):
        return False
    end = _SAID_OF_END.search(folded_sentence, at.end())
    return bool(_GOES_AS_BEFORE.search(folded_sentence[at.start():end.start() if end else len(folded_sentence)]))


#: The rest of those signed up, as a subject ("vi andra står kvar", "the rest of us remain booked"): folded.
_THE_REST = re.compile(r"\b(?:(?:vi|de|dom) (?:andra|ovriga)|resten(?: av oss)?|the rest(?: of us)?|the others|we others)\b")


def _unchanged_of(folded_sentence: str, hit: NameHit) -> bool:
    """Whether the sentence naming ``hit`` says a signup stands, not only the rest's after the name ("Stryk Jonas Ek
    från 3 maj, vi andra står kvar": Jonas is struck)."""
    m = _UNCHANGED.search(folded_sentence)
    if m is None or _THE_REST.search(folded_sentence, hit.start + len(hit.name), m.start()):
        return False
    # nor where the name's own clause asks a change ("Stryk Per Holm från 21/9, han är anmäld som förut till resten")
    start = max((e.end() for e in _SAID_OF_END.finditer(folded_sentence, 0, hit.start)), default=0)
    end = _SAID_OF_END.search(folded_sentence, hit.start + len(hit.name))
    return not asks_change(folded_sentence[start:end.start() if end else len(folded_sentence)])


def _aside_clause(folded_sentence: str, hit: NameHit) -> str:
    """What a sentence says of the name at ``hit``: when the name is listed in brackets named nowhere else in it, the
    bracket and what it glosses ("med hänvisning till vår anmälan (Per Ek, Eva Lind och Tom Berg)" in "... vill jag
    meddela en ändring: Tom Berg ersätts av ..."); otherwise the whole sentence."""
    opened = folded_sentence.rfind("(", 0, hit.start)
    closed = folded_sentence.find(")", hit.start)
    if opened < 0 or closed < 0 or ")" in folded_sentence[opened:hit.start]:
        return folded_sentence
    name = fold(hit.name).lower()
    if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", folded_sentence[closed:]):
        return folded_sentence
    start = max((e.end() for e in _SAID_OF_END.finditer(folded_sentence, 0, opened)), default=0)
    return folded_sentence[start:closed + 1]


def _goes_as_before(folded_sentence: str, hit: NameHit) -> bool:
    """Whether the name is of one said to go on as usual ("Min kollega Per Holm kommer som vanligt", "Per Holm och Eva
    Lind går som planerat"), in what is said of them (not "Daniel Öhrn, daniel.ohrn@…. Malin går som planerat"), and
    not to be away from some of it ("går som vanligt på 3 maj men kan inte 21/9")."""
    end = _SAID_OF_END.search(folded_sentence, hit.start + len(hit.name))
    said = folded_sentence[hit.start:end.start() if end else len(folded_sentence)]
    return bool(_GOES_AS_BEFORE.search(said)) and not _DENIED.search(folded_sentence)


#: Someone replaced, spoken of as "her" or "him" ("Per Ek ersätter henne på de två sista", "tar hans plats i höst",
#: "Tom replaces her"): folded.
_PRONOUN_REPLACED = re.compile(r"\b(?:ersatter|ersatts av|replaces|replacing) (?:henne|honom|hen|her|him)\b|"
                               r"\bi (?:hennes|hans|hens) stalle\b|\b(?:tar|tar over) (?:hennes|hans|hens) plats|"
                               r"\b(?:takes?|taking) (?:over )?(?:her|his) (?:place|seat|spot)")


def _replaced_next(folded: list[str], hit: NameHit, hits: list[NameHit]) -> bool:
    """Whether the one named alone in a sentence is replaced, as "her" or "him", in the next one ("Eva går som
    planerat i maj, men hon byter tjänst i höst. Per Ek ersätter henne på de två sista."): going as planned only
    until then, part of the substitution."""
    alone = all(h.sentence != hit.sentence or name_key(h.name) == name_key(hit.name) for h in hits)
    return alone and 0 <= hit.sentence < len(folded) - 1 and bool(_PRONOUN_REPLACED.search(folded[hit.sentence + 1]))


#: The writer's own places or sessions, named as what another takes ("Per tar mina platser 3/5 och 29/11", "Eva går på
#: mina träffar", "Tom will take my sessions").
_MY_PLACES = re.compile(r"\b(?:mina?|mitt|my)\s+(?:\w+\s+)?(?:plats(?:en|er|erna)?|traff(?:ar|arna)?|tillfallen|anmalan|"
                        r"places?|spots?|seats?|sessions?|registration)\b")
#: The writer not coming ("jag kan tyvärr inte komma längre", "I can't make it").
#: ("i" only as the English "I": "Eva Ek i Vansbro kan inte" is said of Eva, in Vansbro.)
_WRITER_AWAY = re.compile(r"\bjag\s+(?:\w+\s+)?(?:kan|kommer|hinner|can|will)\s+(?:\w+\s+)?(?:inte|ej|not)\b|"
                          r"\bi\s+(?:\w+\s+)?(?:can|will)\s+(?:\w+\s+)?not\b|"
                          r"\b(?:jag|i)\s+(?:\w+\s+)?(?:can'?t|cannot|won'?t)\b")


def _handed_over(folded: list[str], third: list[NameHit]) -> bool:
    """Whether a writer's cancellation that the intent model reads as a change hands the places over: the writer
    not coming, and one other named where the writer's own places are taken ("jag kan inte komma längre men min
    kollega Viktor Lund tar mina platser 3/5 och 29/11"): a substitution, the writer the one leaving."""
    named = {name_key(h.name) for h in third}
    if len(named) != 1 or not any(_WRITER_AWAY.search(f) for f in folded):
        return False
    return all(h.sentence >= 0 and _MY_PLACES.search(folded[h.sentence], h.start + len(h.name))
               and not _replaced(folded[h.sentence], h) for h in third)


_WE = re.compile(r"\b(?:jag|vi|i|we)\b")


def _others_as_before(own: list[str], folded: list[str], mentions: list[Mention]) -> set[int]:
    """The sentences naming sessions that say the writer's signup and others' go on as before ("Jag och Helena går
    som förut på alla fyra", "Vi andra kommer som planerat på alla träffar"),
    when another sentence names sessions too (the ones the request is about); none that asks or takes anyone off."""
    before = {i for i, f in enumerate(folded) if mentions[i].any and _AS_BEFORE.search(f) and _WE.search(f)
              and not _ASKED.search(own[i]) and not _DENIED.search(f) and not _REMOVAL.search(f)}
    if not before or not any(m.any for i, m in enumerate(mentions) if i not in before):
        return set()
    return before


def _without_others_as_before(reading: IntentReading, own: list[str], folded: list[str],
                              mentions: list[Mention]) -> tuple[list[str], list[Mention]]:
    """A cancellation's sentences less those (blanked, the places kept) saying the signups of others go on as before
    ("Sara Ek följer inte med 22/2. Jag och Helena går som förut på alla fyra."): their sessions are not given up."""
    if reading.intent != Intent.CANCEL:
        return own, mentions
    before = {i for i in _others_as_before(own, folded, mentions) if i not in reading.cue}
    if not before:
        return own, mentions
    return ([("" if i in before else s) for i, s in enumerate(own)],
            [(Mention() if i in before else m) for i, m in enumerate(mentions)])


def _without_writers_maybe(own: list[str], folded: list[str], mentions: list[Mention],
                           third: list[NameHit]) -> tuple[list[str], list[Mention]]:
    """A signup of others less the sentences (blanked) leaving the writer's own coming open ("Själv hoppas jag kunna
    följa med på första träffen"): the sessions those name are the writer's maybe, not the others' choice."""
    maybe = {i for i, f in enumerate(folded) if writer_undecided(f) and not any(h.sentence == i for h in third)}
    if not maybe:
        return own, mentions
    return ([("" if i in maybe else s) for i, s in enumerate(own)],
            [(Mention() if i in maybe else m) for i, m in enumerate(mentions)])


@dataclass
class MessageText:
    """The parts of one message the reader needs."""

    parts: BodyParts
    sender: Sender
    subject: str = ""
    is_reply: bool = False
    ignore_names: set[tuple[str, ...]] = field(default_factory=set)
    ignore_addresses: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


class _Tables:
    """What is derived once from a config: alias index, stop words, session dates."""

    def __init__(self, config: Config) -> None:
        self.orgs: OrgIndex = org_index(config)
        self.sessions = tuple(s.date for s in config.event.sessions)
        #: how many sessions each place (folded) holds: "träffen i Falun" names one only where one is held there
        self.held_at: dict[str, int] = {}
        for session in config.event.sessions:
            for word in words(fold(session.place).lower()):
                self.held_at[word] = self.held_at.get(word, 0) + 1
        extra: set[str] = set()
        texts = [config.event.name] + [s.title + " " + s.place for s in config.event.sessions]
        places: set[str] = set()
        for org in config.organisations:
            texts += [org.name, *org.aliases]
            places.update(fold(w) for text in (org.name, *org.aliases) for w in words(text))
        for text in texts:
            extra.update(fold(w) for w in words(text))
        from assistant.parsing.dates import FULL_MONTHS, SHORT_MONTHS
        extra.update(FULL_MONTHS)
        extra.update(SHORT_MONTHS)
        self.stop = StopWords(extra, places)
        self.own_addresses = {config.event.contact.lower(), *(e.lower() for e in config.organisers.emails)}
        self.own_names = {name_key(n) for n in (name_from_address(a) for a in self.own_addresses) if n}
        self.themes = ThemeIndex(config)
        self.event_word = fold(config.event.name).split(" ")[0].strip(" -,.:")

    def mention(self, text: str, base: dt.date) -> Mention:
        """The sessions ``text`` refers to, by date, order, season or theme."""
        return find_mention(text, self.sessions, base, self.themes)


_TABLES: dict[int, tuple[Config, _Tables]] = {}


def tables(config: Config) -> _Tables:
    """The cached tables of ``config``."""
    entry = _TABLES.get(id(config))
    if entry is None or entry[0] is not config:
        if len(_TABLES) > 16:
            _TABLES.clear()
        entry = (config, _Tables(config))
        _TABLES[id(config)] = entry
    return entry[1]


def _resolve(mentions: list[Mention], sessions: tuple[dt.date, ...]) -> set[dt.date]:
    chosen: set[dt.date] = set()
    minus: set[dt.date] = set()
    whole = False
    for m in mentions:
        chosen |= m.dates
        minus |= m.minus
        whole = whole or m.whole
    if whole or (minus and not chosen):
        chosen |= set(sessions)
    return chosen - minus


#: Our confirmation quoted in a reply: "Du är anmäld till:", "You are registered for:" (the sessions follow).
#: Matched on the text as written (a long quote is not folded for it).
_CONFIRMED = re.compile(r"\b(?:du|ni) (?:är|ar|har) (?:nu )?(?:anmäld|anmald|registrerad|bokad)\w*(?: (?:till|på|pa|för|for)\b)?|"
                        r"\b(?:you are|you're|you have been) (?:now )?(?:registered|booked|signed up)\b(?: (?:for|to|on)\b)?|"
                        # our own replies: one line a person and session ("- Anmäld till måndag 3 maj 2027 ...")
                        r"^[>\s]*[-–•*]\s*(?:(?:redan )?anmäld till|(?:already )?registered for)\b|"
                        # our confirmation's list of sessions ("Dina träffar:", "Your sessions:")
                        r"\b(?:dina|era) träffar:|\byour sessions:",
                        re.IGNORECASE | re.MULTILINE)
_LIST_ITEM = re.compile(r"\s*(?:[-*•·–]|\d+[.)]\s)")
#: The opening of our confirmation ("Tack för din anmälan ... Vi har registrerat följande:", "Thank you for your
#: registration"), and its field of sessions on a line of its own ("Träffar: 3 maj 2027, 21 september 2027").
_CONFIRMATION_HEAD = re.compile(r"\b(?:tack för din anmälan|vi har registrerat följande|thank you for your "
                                r"registration|we have registered the following)\b", re.IGNORECASE)
_SESSIONS_FIELD = re.compile(r"^[>\s]*(?:träffar|sessions)[ \t]*:", re.IGNORECASE | re.MULTILINE)


def _listed_for(quoted: str, names: list[str], tab: _Tables, base: dt.date) -> set[dt.date]:
    """The sessions a quoted list gives the people named, one line a person ("Per Ek – 3 maj, 21 sept"): those on
    their lines; none unless each of them has such a line."""
    lines = [line.lstrip("> \t") for line in quoted.split("\n")]
    held: set[dt.date] = set()
    for name in names:
        key = fold(name).lower()
        mine = [tab.mention(line, base) for line in lines if fold(line).lower().lstrip(" -*•·–").startswith(key)]
        if not (mine := [m for m in mine if m.any]):
            return set()
        held |= _resolve(mine, tab.sessions)
    return held


def _confirmed(quoted: str, tab: _Tables, base: dt.date) -> set[dt.date]:
    """The sessions a quoted confirmation says the writer holds: those on its line and the list right under it."""
    found = _CONFIRMED.search(quoted)
    if found is None and _CONFIRMATION_HEAD.search(quoted[:2000]):
        found = _SESSIONS_FIELD.search(quoted)  # our confirmation's fields ("Vi har registrerat följande: ... Träffar: …")
    if found is None:
        return set()
    lines = [line.lstrip("> \t") for line in quoted[found.end():].split("\n")]
    if not tab.mention(lines[0], base).any and not lines[0].rstrip().endswith(":"):
        # a lead-in running over a line before its list ("Du är anmäld till följande träffar i DalaLab – Planering
        # för hållbarhet och\nutvecklingskraft:"): the list under the line that ends it
        ends = next((k for k, line in enumerate(lines[1:3], 1) if line.rstrip().endswith(":")
                     and not tab.mention(line, base).any), None)
        if ends is not None:
            lines = lines[ends:]
    first = tab.mention(lines[0], base)
    held = _resolve([first], tab.sessions) if first.any else set()
    gap = False
    for line in lines[1:]:
        if not line:
            gap = True
            continue
        mention = tab.mention(line, base)
        if not (mention.any and (_LIST_ITEM.match(line) or len(line.split()) <= 8)):
            break
        if gap and held and not (_LIST_ITEM.match(line) or line[:1].isdigit()):
            break       # past a blank line only the list goes on (an HTML list's items come apart so)
        gap = False
        held |= _resolve([mention], tab.sessions)
    return held


#: Bare session numbers a list of them is moved to, right after it (" till 1, 3", " to 3 and 4").
_MOVED_TO_NUMBERS = re.compile(r"\s+(?:till|to|mot)\s+[1-9](?:\s*(?:,|\+|&|och|and)\s*[1-9])*\b(?!\s*[/.:]?\s*\d)")


def _clauses(sentence: str) -> list[str]:
    """A sentence cut at commas, semicolons, "men", "but" ... and before "i stället för"; not at the commas of a list
    of session numbers ("träff 1, 2 och 4")."""
    folded = fold(sentence)
    lists = numbered_lists(folded)
    # the numbers a numbered set is moved to ("från träff 1, 2 till 1, 3"): one list with it
    lists = [(a, m.end()) if (m := _MOVED_TO_NUMBERS.match(folded, b)) else (a, b) for a, b in lists]
    seps = [m.span() for m in _CLAUSE.finditer(folded) if not any(a < m.start() < b for a, b in lists)]
    if ")" in sentence and len(folded) == len(sentence):
        # lines run together ("Per kan inte 3/5 (kurs) Eva kan inte 21/9 (semester)"): a bracket closed before a
        # capital opens the next clause
        seps = sorted(seps + [m.span() for m in _BRACKET_BREAK.finditer(sentence)])
        seps = [sep for i, sep in enumerate(seps) if i == 0 or sep[0] >= seps[i - 1][1]]
    cuts = [0] + [c for sep in seps for c in sep] + [len(sentence)]
    return [sentence[a:b] for a, b in zip(cuts[::2], cuts[1::2])]


def _dashed(clause: str, tab: _Tables, base: dt.date) -> list[str]:
    """A clause cut at spaced dashes when every part names a session ("de tre första – den i februari krockar");
    whole when a part names none ("May 3 (a wedding - can't miss that one)")."""
    if " " not in clause or not _DASH.search(clause):
        return [clause]
    cuts = [0] + [c for m in _DASH.finditer(clause) for c in (m.start(), m.end())] + [len(clause)]
    parts = [clause[a:b] for a, b in zip(cuts[::2], cuts[1::2])]
    return parts if all(tab.mention(p, base).any for p in parts) else [clause]


#: An absence placed now ("she's away on a course this week", "är bortrest just nu"): why someone else writes, not
#: the sessions the clause names (when those are more than a week off).
_AWAY_NOW = re.compile(r"\b(?:this|that) week\b|\b(?:right )?now\b|\bat (?:the|this) moment\b|\bcurrently\b|"
                       r"\b(?:denna|den har|i) vecka[n]?\b|\bjust nu\b|\bfor (?:tillfallet|narvarande)\b")
_NEAR = dt.timedelta(days=7)


def _away_now(folded_clause: str, mention: Mention, base: dt.date) -> bool:
    """Whether a clause's absence is one of now, not of the sessions it names."""
    return bool(_AWAY_NOW.search(folded_clause)) and bool(mention.dates) and min(mention.dates) > base + _NEAR


#: An absence said of the sessions other than those named ("övriga datum krockar", "resten passar inte", "de andra
#: träffarna går inte", "the other dates clash"): it declines the others, not the sessions the clause names. Folded.
_OTHERS_ABSENT = re.compile(
    r"\b(?:ovriga|resterande|aterstaende|resten|(?:de|dom) (?:\w+ )?andra|the (?:other|remaining|rest)|others)\b"
    r"(?: (?:datum\w*|traff\w*|tillfall\w*|dates|days|sessions|meetings|ones|of (?:them|the \w+)))?"
    r"(?: (?:\w+ ){0,2}?)?(?:krock\w*|clash\w*|conflict\w*|(?:gar|passar|funkar|fungerar) (?:\w+ )?(?:inte|ej)\b|"
    r"(?:don'?t|do not) (?:work|suit)\b)")


#: A condition ("om det blir för många från Mora så kan jag stå över september", "if need be"): only offered.
_IF = re.compile(r"\b(?:om|ifall|if)\b")


def _only_absent(sentence: str, tab: _Tables, base: dt.date) -> bool:
    """Whether a sentence names sessions only as ones the writer cannot come to ("21 september krockar med en kurs, så
    räkna bort den") or strikes from the signup ("stryk novemberträffen, krockar med budgetarbete", "ta bort 22/2"),
    none as wanted ("jag är tjänstledig i september, så 3 maj och 29/11", "stryk 3 maj och lägg till 29/11")."""
    folded = fold(sentence)
    if _STRUCK_OUT.search(folded) and not _STRUCK_BUT.search(folded):
        return True
    wanted, absent = _wanted_and_absent([sentence], tab, base)
    return bool(absent) and not wanted


#: Sessions struck from the writer's own signup ("stryk novemberträffen", "räkna bort 22/2", "ta bort den", "drop
#: the May one").
_STRUCK_OUT = re.compile(r"\b(?:stryk|stryka|rakna bort|ta bort|tag bort|plocka bort|skippa|exkludera|remove|drop|"
                         r"take off|leave out|count out)\b")
#: Another session wanted beside the one struck ("... och lägg till 29/11", "istället", "but add November").
_STRUCK_BUT = re.compile(r"\b(?:istallet|i stallet|instead|lagg\w* till|add|garna|but|men)\b")


def _given_up_later(own: list[str], own_mentions: list[Mention], cue_at: list[int], tab: _Tables,
                    base: dt.date) -> list[int]:
    """The writer's sentences after a signup of the writer alone that give up one of its sessions, setting no
    condition ("Jag anmäler mig till alla fyra. ... PS. Såg nu att 22 februari krockar med budgetdagen, så räkna bort
    den."): the signup less it. (Not where anyone else is named or spoken of: whose sessions those are is for the
    readings of each one's own.)"""
    if not cue_at:
        return []
    later = [i for i, s in enumerate(own) if i > min(cue_at) and i not in cue_at and i < len(own_mentions)
             and not own_mentions[i].whole and "?" not in s and (_ABSENT.search(f := fold(s)) or _STRUCK_OUT.search(f))
             and not _IF.search(f)
             and not _NOT_ABSENT.search(f)
             and (not own_mentions[i].dates if own_mentions[i].minus else _only_absent(s, tab, base))]
    if later and any(_OTHER_SPOKEN_OF.search(fold(s)) or _named(s, i, tab) for i, s in enumerate(own)):
        return []
    return later


#: Verbs right after a given name that open a sentence as its subject ("Per kan inte 21/9", "Eva missar maj").
_SUBJECT_VERBS = frozenset({"kan", "kommer", "har", "ska", "skall", "vill", "ar", "e", "gar", "deltar", "missar", "blir",
                            "hinner", "klarar", "far", "can", "will", "is", "has", "misses"})


def _named(sentence: str, index: int, tab: _Tables) -> bool:
    """Whether a sentence names someone, in full or by a capitalised given name ("Per kan inte 21/9")."""
    if names_in(sentence, index, tab.stop):
        return True
    said = words(sentence)
    # (a given name opening the sentence only as its subject: "Per kan inte", not "Inga allergier")
    return any(w[:1].isupper() and fold(w) in lexicon() and (k > 0 or (k + 1 < len(said) and fold(said[k + 1]) in
                                                                      _SUBJECT_VERBS)) for k, w in enumerate(said))


#: Another spoken of beside the writer: a pronoun or a role ("hon", "min kollega", "chefen", "my colleague").
_OTHER_SPOKEN_OF = re.compile(r"\b(?:henne|honom|hen|hennes|hans|han|hon|him|her|his|he|she|they|kolleg\w*|"
                              r"medarbetar\w*|chef\w*|colleague\w*|manager\w*|boss)\b|"
                              # "de"/"dom" as "they" ("de andra två kan inte"), not as the article of sessions ("de tre
                              # första", "de senare träffarna")
                              r"\b(?:de|dom)\b(?! (?:(?:tva|tre|fyra) )?(?:forsta|sista|senare|traff\w*|tillfall\w*)\b)")
#: An absence denied or not of a session ("krockar inte längre", "ingen krock", "kan inte komma ihåg om ...").
_NOT_ABSENT = re.compile(r"\bkrock\w* (?:\w+ )?(?:inte|ej)\b|\bingen krock|\bno (?:longer )?(?:clash|conflict)|"
                         r"\b(?:ihag|minnas|hitta|remember|recall|find)\b")


def _wanted_and_absent(cue: list[str], tab: _Tables, base: dt.date) -> tuple[list[Mention], set[dt.date]]:
    """In a signup's sentences, the sessions asked for and those the writer says they cannot come to, clause by
    clause ("jag vill gärna vara med, men kan tyvärr inte 21/9"); an absence said of the others ("3 maj och 29
    november (övriga datum krockar)") declines none of those named."""
    wanted: list[Mention] = []
    absent: set[dt.date] = set()
    for clause in (d for sentence in cue for c in _clauses(sentence) for d in _dashed(c, tab, base)):
        mention = tab.mention(clause, base)
        if not mention.any:
            continue
        folded_clause = fold(clause)
        if "rest" in folded_clause or "ovrig" in folded_clause or "andra" in folded_clause or "other" in folded_clause:
            folded_clause = _OTHERS_ABSENT.sub(" ", folded_clause)
        if (_ABSENT.search(folded_clause) and mention.dates and not mention.whole
                and not _away_now(fold(clause), mention, base)):
            absent |= mention.dates - mention.minus
        elif wanted and mention.dates and not mention.whole and _NOT_OPENS.match(folded_clause):
            absent |= mention.dates     # "kan komma även den 29 november, men inte den 22 februari": the verb before
        else:
            wanted.append(mention)
    return wanted, absent


#: A clause that only goes on listing dates ("cancel 21 September, 29 November and 22 February"): it takes the role
#: of the clause before it.
_DATE_WORD = re.compile(r"\d{1,4}(?::?[ea]|st|nd|rd|th)?|och|o|and|samt|den|the|of|ocksa|also|too|"
                        r"for|mig|oss|me|us|please|pls|tack|thanks|you|as|well")


def _date_list(folded_clause: str) -> bool:
    """Whether a clause holds nothing but dates and the words that join them."""
    tokens = re.findall(r"[a-z0-9:]+", folded_clause)
    return bool(tokens) and all(_DATE_WORD.fullmatch(t) or t in FULL_MONTHS or t in SHORT_MONTHS for t in tokens)


#: What opens a clause drawn from the one before ("..., så han tar de tre senare", "so she'll take ...").
_THEREFORE = re.compile(r"\W*(?:sa|so|darfor|therefore)\b|"
                        # "..., men han vill i stället gå på 21/9 och 29/11", "but she'll come in November instead"
                        r"\W*(?:men|but)\b[^,.;:!?]*\b(?:i stallet|istallet|instead)\b")


def _reason(sentence: str, clause: str) -> bool:
    """Whether ``clause`` of ``sentence`` is an absence another clause draws its choice from ("kan inte 3 maj, så
    ...", "kan inte 3 maj, men vill i stället gå på 21/9")."""
    if not _ABSENT.search(fold(clause)):
        return False
    at = sentence.find(clause)
    return at >= 0 and bool(_THEREFORE.match(fold(sentence), at + len(clause)))


#: A clause narrowing one's going to some sessions ("hon kommer bara på 21/9", "she will only join on ..."): beside
#: a cancellation, the sessions kept (folded text).
_ONLY = re.compile(r"\b(?:bara|endast|enbart|only)\b")
#: A clause saying one comes to the sessions it names ("men 22 feb kommer jag", "Per går på 21/9", "I'll attend in
#: May"): beside a cancellation, those kept (folded text; not when denied or absent).
_COMING = re.compile(r"\b(?:kommer|deltar|narvarar)\b(?! (?:\w+ )?att\b)|\bgar (?:\w+ )?(?:pa|dit)\b|\b(?:ar|e) (?:\w+ )?med\b|"
                     r"\b(?:attend(?:ing)?|join(?:ing)?|come|coming)\b|\bbe there\b")
#: A clause saying what stands is right or kept ("allt stämmer", "resten gäller", "everything else is fine"), or
#: that one comes: of a clause naming all but some in a cancellation, those excepted are given up (folded text).
_STANDS = re.compile(r"\b(?:stammer|galler|kvarstar|star kvar|ok|okej|fine|stands?|correct)\b|"
                     r"\b(?:gar|funkar|fungerar|passar) (?:\w+ )?(?:bra|fint)\b|\bworks?\b|" + _COMING.pattern)
#: The sessions other than those named, given up ("stryk mig från resten", "avanmäl mig från de övriga träffarna",
#: "remove me from the rest", "cancel the other sessions"): in a clause naming none (folded text).
_REST_GIVEN_UP = re.compile(
    r"\b(?:resten|(?:de |dom )?(?:ovriga|andra|aterstaende|kvarvarande)(?: traff\w*| tillfall\w*| datum\w*)?|the rest|"
    r"the others|the (?:other|remaining) (?:sessions|dates|meetings|ones))\s*"
    r"(?:av (?:dem|traff\w*|tillfall\w*)|of (?:them|the sessions))?\s*(?:tack|please|thanks)?\W*$")


class _Roles(NamedTuple):
    """The dates of a message's clauses by role: the new choice, those given up, those held now (``kept``: those of
    them said as kept, not only as booked), and whether "the rest" is given up."""
    target: set[dt.date]
    removed: set[dt.date]
    held: set[dt.date]
    kept: set[dt.date]
    rest_given_up: bool
    rest_kept: bool = False
    #: a move's new set said whole, overlapping the old one ("från träff 1+2 till 1+4"): two sessions or more
    moved_whole: frozenset[dt.date] = frozenset()


#: The other sessions, as kept ("men kommer på resten", "övriga tre kommer jag på", "still on for the rest", "är med på
#: dom andra"): in a cancellation, a clause naming no date that keeps the rest (folded text).
_REST_WORD = re.compile(r"\b(?:resten|ovriga|(?:de|dom) (?:\w+ )?andra|(?:de|dom) (?:tva|tre) (?:andra|ovriga)|"
                        r"andra (?:tva|tre)|the rest|the others|the other (?:\w+ )?(?:sessions|dates|meetings|ones)|"
                        r"the remaining|the other (?:two|three))\b")


#: A pronoun for the sessions the clause before names ("så den kan jag inte gå på", "det hinner jag inte", "I can't
#: make that one"): folded text.
_GIVEN_UP_PRONOUN = re.compile(r"\b(?:den|det|dem|dom|dit)\s+(?:\w+\s+)?(?:jag|vi|hon|han|hen|de|dom)\s+(?:\w+\s+)?"
                               r"(?:inte|ej)\b|\b(?:can'?t|cannot|won'?t|will not)\s+(?:make|attend|do|come to|join)\s+"
                               r"(?:it|that one|that|them)\b")


#: What was meant, said after what was ticked or written ("..., men jag menade bara vårens och höstens träffar",
#: "egentligen menade jag 3 maj", "but I only meant the autumn ones"): folded text.
_MEANT = re.compile(r"\b(?:menade|meant)\b")


#: The noun of a set of session numbers, before its first number ("träff 1+2", "sessions 2 and 3").
_NOUN_BEFORE_NUMBER = re.compile(r"\s*([a-z]+)\s+\d")


#: A session named before, referred back to by a noun ("från den träffen", "from that session"): folded.
_THAT_ONE = re.compile(r"(?:den|denna|det|detta|that|this)\s+(?:traffen|tillfallet|motet|dagen|datumet|session|"
                       r"meeting|date|day|one)")


#: One coming only to some sessions now ("kan bara gå på första träffen", "hinner bara med februari"): folded.
_ONLY_COMING = re.compile(r"\b(?:kan|hinner|kommer|gar|deltar|can|will)\s+(?:\w+\s+)?(?:bara|endast|enbart|only)\b")


def _held_all_given_up(roles: _Roles, every: set[dt.date]) -> set[dt.date]:
    """The sessions a whole withdrawal gives up when the writer says which they hold ("stryk mig från DalaLab, jag var
    anmäld till 3 maj och 21/9": those two), or none: nothing else chosen, kept or given up."""
    if roles.held and roles.removed == every and not (roles.target or roles.kept or roles.rest_kept):
        return set(roles.held)
    return set()


#: A clause opening with its negation ("inte 3 maj och 22/2", "men inte ...", "not the first and the last"): folded.
_NOT_OPENS = re.compile(r"\W*(?:(?:och|men|and|but)\s+)?(?:inte|ej|not)\b(?!\s+(?:bara|endast|enbart|heller|only|just|"
                        r"either)\b)")


#: The writer in a sentence ("jag", "mig", "vi", "oss", "min", "my", "we"): folded.
_WRITER_WORD = re.compile(r"\b(?:jag|mig|vi|oss|min|mitt|mina|vart|vara|we|us|me|my|our|myself)\b")


def _anothers_stands(folded_sentence: str) -> bool:
    """Whether a (folded) sentence only says another's signup stands as it is ("Daniel är anmäld till alla sedan
    tidigare och det gäller fortfarande", "Daniel remains registered for all four"), the writer not in it."""
    return (bool(_UNCHANGED.search(folded_sentence)) and not asks_change(folded_sentence)
            and not _WRITER_WORD.search(folded_sentence))


def _clause_dates(own: list[str], tab: _Tables, base: dt.date, cancel: bool = False) -> _Roles:
    """Dates named as the new choice, as the ones given up and as the ones held now, clause by clause (``cancel``:
    of a cancellation, where a clause going only to some sessions, or coming to them, names those kept)."""
    target: set[dt.date] = set()
    removed: set[dt.date] = set()
    held: set[dt.date] = set()
    kept: set[dt.date] = set()
    rest = False
    rest_kept = False
    moved_whole: set[dt.date] = set()
    before: set[dt.date] = set()
    for sentence in own:
        sentence_before = before          # the sessions the sentence before named last ("Den 21/9 har jag ... .")
        before = set()                    # the sessions the sentence's clause before names ("byta den mot ...")
        role: set[dt.date] | None = None  # where the clause before put its dates (a plain list after it goes there too)
        plain: set[dt.date] = set()
        chosen_here: set[dt.date] = set()      # what the sentence's clauses so far put among the new choice
        for clause in _clauses(sentence):
            here = tab.mention(clause, base)
            if after := next_instead(clause, before or sentence_before, tab.sessions):
                here = Mention(dates=after)     # "kan inte 21/9, kan jag ta nästa istället?": the one after 21/9
            if chosen_here and here.any and _MEANT.search(fold(clause)) and not here.minus:
                # "kryssade i alla fyra, men jag menade bara vårens och höstens träffar": what was ticked is what is
                # held, what was meant the new choice
                target -= chosen_here
                held |= chosen_here
                chosen_here = set()
            named_before, before = before, (_resolve([here], tab.sessions) if here.any else before)
            # the dates the clause before names as such (not "allt utom 3 maj": those it leaves out)
            plain_before, plain = plain, (set(here.dates) if here.any and not (here.minus or here.whole) else
                                          set() if here.any else plain)
            if role is not None and here.dates and _date_list(fold(clause)):
                role |= _resolve([here], tab.sessions)
                continue
            role = None
            instead = _INSTEAD_OF.match(fold(clause))
            if instead is not None:
                given_up = tab.mention(clause[:instead.end()], base)
                taken_up = tab.mention(clause[instead.end():], base)
                if given_up.any and taken_up.any:
                    removed |= _resolve([given_up], tab.sessions)
                    target |= _resolve([taken_up], tab.sessions)
                    continue
            move = _FROM_TO.search(fold(clause))
            if move is not None:
                g = next(i for i in (1, 3, 5, 7, 9) if move.group(i) is not None)
                old_part = tab.mention(clause[move.start(g):move.end(g)], base)
                new_part = tab.mention(clause[move.start(g + 1):], base)
                if old_part.any and not new_part.any:     # "från första träffen till den andra": read as a whole
                    whole = _resolve([tab.mention(clause, base)], tab.sessions)
                    new_part.dates = whole - _resolve([old_part], tab.sessions)
                    # bare numbers after the old set's noun ("från träff 1+2 till 1+4"): read under that noun
                    noun = _NOUN_BEFORE_NUMBER.match(move.group(g))
                    if noun is not None and (numbered := _resolve(
                            [tab.mention(noun.group(1) + " " + clause[move.start(g + 1):], base)], tab.sessions)):
                        new_part.dates = numbered & whole
                if not old_part.any and new_part.any and named_before and _PRONOUN.fullmatch(move.group(g).strip()):
                    old_part.dates = set(named_before)  # "21/9 krockar, så jag vill byta den mot 29/11"
                    target -= named_before
                elif (not old_part.any and new_part.any and not named_before and sentence_before
                      and _THAT_ONE.fullmatch(move.group(g).strip())):
                    # "Den 21/9 har jag styrelsemöte. Kan ni flytta mig från den träffen till 29 november?": the
                    # session the sentence before names
                    old_part.dates = set(sentence_before)
                    target -= sentence_before
                elif not old_part.any and new_part.any and (
                        old := _resolve([here], tab.sessions) - _resolve([new_part], tab.sessions)):
                    old_part.dates = old    # "swap from may 3 to ...": a date read only beside its "from"
                if old_part.any and new_part.any:
                    removed |= (gone := _resolve([old_part], tab.sessions))
                    target |= (new := _resolve([new_part], tab.sessions))
                    if len(new) >= 2 and new & gone:
                        moved_whole |= new
                    continue
            folded = fold(clause)
            if _REASON.match(folded) and not _REMOVAL.search(folded):
                continue    # "med anledning av ändrade uppgifter i höst ...": the why, no session chosen
            if not here.any and plain_before and _REMOVAL.search(folded) and _GIVEN_UP_PRONOUN.search(folded):
                # "Nu har vi fått budgetberedning lagd på den 29:e, så den kan jag inte gå på": those named before
                target -= plain_before
                removed |= plain_before
                continue
            if not here.any:
                rest = rest or bool(_REMOVAL.search(folded) and _REST_GIVEN_UP.search(folded))
                rest_kept = rest_kept or bool(cancel and _REST_WORD.search(folded) and not _DENIED.search(folded)
                                              and (_COMING.search(folded) or _KEPT.search(folded)
                                                   or _HELD.search(folded)))
                continue
            dates = _resolve([here], tab.sessions)
            if (cancel and here.minus and not here.dates and _STANDS.search(folded) and not _DENIED.search(folded)
                    and not _REMOVAL.search(folded)):
                # "allt stämmer utom den 22 feb", "I'll come to all except May": beside a cancellation, the ones
                # excepted from what stands are those given up
                removed |= here.minus
                kept |= dates
                role = held
            elif _KEPT.search(folded) and not _DENIED.search(folded):
                role = held     # "maj och februari kommer jag på som vanligt": kept beside those given up
                kept |= dates
            elif (_HELD.search(folded) or others_held(folded)) and not _REMOVAL.search(_HELD.sub("", folded)):
                role = held     # (others' too: "jag skrev att Per och Eva ska på alla träffar, men de ska bara ...")
            elif _REMOVAL.search(folded):
                role = removed
                if len(chosen_here) >= 2 and len(dates) >= 2 and _NOT_OPENS.match(folded) and not dates <= chosen_here:
                    # a list set against the one written before ("3 maj och 21/9, inte 3 maj och 22/2"): the one on
                    # both stays chosen, only the old list's own are given up
                    dates = dates - chosen_here
            elif cancel and not _DENIED.search(folded) and (
                    _ONLY.search(folded) or (_COMING.search(folded) and not _ABSENT.search(folded))):
                role = held     # "..., så hon kommer bara på 21/9", "men 22 feb kommer jag": kept beside those given up
                kept |= dates
            else:
                role = target
                chosen_here |= dates
            role |= dates
    return _Roles(target, removed, held, kept, rest, rest_kept, frozenset(moved_whole))


#: The sessions said as the result of a change or correction ("Det ska vara 3 maj och 29/11", "Då blir det 21/9 och
#: 29/11 för mig", "it should be May 3 and November 29", "that leaves me with ..."): the dates must follow it alone.
_STATED = re.compile(
    r"\b(?:(?:det|de|datumen|traffarna) (?:ska|skall|skulle|borde) (?:\w+ )?(?:vara|sta|bli)|"
    r"(?:ska|skall|skulle|borde) det (?:\w+ )?(?:vara|sta|bli)|(?:(?:da|sa) )?(?:blir det|det blir)|"
    r"(?:ratt|korrekt|riktigt)a? (?:(?:datum|traffar|tillfallen) )?(?:ar|blir)|"
    r"(?:it|that|this|they|which) (?:should|would) (?:\w+ )?(?:be|say|read|have been)|should (?:say|read)|"
    r"(?:that|which|so that|this) (?:makes|leaves) (?:it|me|us|her|him)(?: with)?|"
    r"the (?:right|correct) (?:dates?|sessions?) (?:are|is|would be))\b")
_STATED_WORD = re.compile(r"i|stallet|istallet|instead|alltsa|da|nu|now|then|sa|bara|only|just|kvar|traffarna|"
                          r"sessions|dates|datumen|ju|egentligen|actually|"
                          # "höstens två träffar, alltså ...", "the two autumn sessions, i.e. ..."
                          r"traff|traffen|traffar|tillfalle|tillfallen|tillfallena|session|meetings?|de|dem|"
                          r"tva|tre|fyra|two|three|four|hostens|varens|vinterns|autumn|spring|winter|forsta|sista|"
                          r"first|last|dvs|ie|e|g|namligen|namely|"
                          r"(?:host|var|vinter)(?:ens|en|s)?(?:traff|tillfall)\w*")
#: The result of a change said as where one goes or is left on ("så att jag bara går på ...", "så hon går på 3/5, 21/9
#: och 29/11", "so that I only attend ...", "so I'll attend ..."): stated only with "bara"/"only" or two sessions or
#: more.
_STATED_GOES = re.compile(
    r"\b(?:sa|alltsa|da|so|so that|which means)(?: att)? (?:jag|vi|hon|han|hen|de|dom|i|we|she|he|they)"
    r"(?:'ll|'d|'m| will| would| am| ska| kommer att)? (?:(?:bara|endast|enbart|only|just|istallet|i stallet|da|nu|now|"
    r"then) )?(?:gar pa|gar till|kommer pa|kommer till|deltar (?:pa|i|vid)|ar med pa|(?:be )?attend(?:s|ing)?|"
    r"(?:go(?:es)?|come|comes|be going|be coming) to|(?:be )?join(?:s|ing)?|"
    # where one is left on ("så att jag bara står (kvar) på ...", "så att jag endast är anmäld till ...", "so I'm
    # only down for ...", "so that I'm only registered for ...")
    r"(?:star|sta) (?:kvar )?(?:pa|for|till)|(?:ar|blir) (?:anmald|registrerad|bokad) (?:till|pa|for)|"
    r"(?:be )?(?:down|registered|signed up|booked) for)\b")
#: A change asked to a set ("Ändra till 3 maj och 29 november", "kan ni ändra det till 21/9 och 29/11", "change it to
#: May and November"): stated, as where one goes, only with two sessions or more ("flytta mig till 29/11" is a swap).
_STATED_TO = re.compile(r"\b(?:andra|andrar|byt|byta|flytta|change|move)(?: (?:det|den|mig|oss|anmalan|min anmalan|it|me|"
                        r"us|my registration))? (?:till|to)\b")
_ONLY_WORD = re.compile(r"\b(?:bara|endast|enbart|only|just)\b")
#: Where a result said stops: what is given up is named after it ("3 maj i stället för 21/9", "May, not September").
_STATED_STOP = re.compile(r"\b(?:i stallet for|istallet for|instead of|rather than|snarare an|inte|ej|not|utom|"
                          r"except)\b")


def _stated(own: list[str], tab: _Tables, base: dt.date) -> set[dt.date]:
    """The sessions a message says it comes to after a change ("Det ska vara 3 maj och 29 november."): the dates
    right after such words, up to the first comma-part that says more than dates ("..., inte 21 september")."""
    out: set[dt.date] = set()
    for sentence in own:
        folded = fold(sentence)
        found = _STATED.search(folded)
        goes = None if found is not None else (_STATED_GOES.search(folded) or _STATED_TO.search(folded))
        found = found or goes
        if found is None:
            continue
        end = found.end()
        stop = _STATED_STOP.search(folded, found.end())
        for part in folded[found.end():stop.start() if stop else len(folded)].split(","):
            tokens = re.findall(r"[a-z0-9:]+", part)
            if not all(_DATE_WORD.fullmatch(t) or _STATED_WORD.fullmatch(t) or t in FULL_MONTHS or t in SHORT_MONTHS
                       for t in tokens):
                break
            end += len(part) + 1
        mention = tab.mention(sentence[found.end():end], base)     # as written: "May 3rd", not "may 3rd"
        if goes is not None and len(mention.dates) < 2 and not _ONLY_WORD.search(goes.group(0)):
            continue    # "så jag går på 29/11": one session taken, not the whole set after the change
        if mention.dates and not mention.minus:
            out |= mention.dates
    return out


#: A session named by a demonstrative ("avanmäl honom från den träffen", "that session", "det tillfället"): the one
#: the sentence before names (folded text).
_THAT_SESSION = re.compile(r"\b(?:den|denna|det|detta|samma|that|this|the same)\s+(?:traffen|tillfallet|motet|dagen|"
                           r"datumet|gangen|session|meeting|date|day)\b|"
                           # several ("de två träffarna", "dessa tillfällen", "dom träffarna", "those two sessions")
                           r"\b(?:de|dom|dessa|desamma|samma|those|these|the same)\s+"
                           r"(?:(?P<count>tva|tre|two|three)\s+)?(?:traffarna|traffar|tillfallena|tillfallen|motena|"
                           r"datumen|dagarna|gangerna|sessions|meetings|dates|days)\b")
_COUNTS = {"tva": 2, "two": 2, "tre": 3, "three": 3}
_REFER_BACK = 2         # how many sentences back such a session is looked for
#: A sentence saying sessions stay booked ("3 maj och 22 februari kvarstår", "Övriga träffar gäller som tidigare",
#: "May and February remain unchanged"): beside a cancellation that names none, the ones cancelled are the rest.
_STAYS = re.compile(r"\bkvarstar\b|\bstar (?:kvar|fast)\b|\bgaller (?:som )?(?:tidigare|forut|fortfarande|vanligt)\b|"
                    r"\bsom planerat\b|\boforandrad|\b(?:remains?|stays?) (?:booked|unchanged|as (?:it is|before))\b|"
                    r"\bstill stands?\b")


def _referred_back(cue: list[int], own: list[str], own_mentions: list[Mention], tab: _Tables,
                   base: dt.date) -> list[Mention]:
    """The sentences' mentions, a cue sentence naming "den träffen" given the sessions of the sentence before: of its
    last clause naming dates when the whole sentence names more ("anmäld till alla fyra men har förhinder 21/9. Per
    går i mitt ställe just den gången")."""
    out = list(own_mentions)
    for i in cue:
        if i >= len(own) or out[i].any or not (that := _THAT_SESSION.search(fold(own[i]))):
            continue
        at = next((j for j in range(i - 1, max(0, i - _REFER_BACK) - 1, -1) if own_mentions[j].any), None)
        if at is None:
            continue
        before = own_mentions[at]
        if before.whole or before.minus:
            before = next((m for m in reversed([tab.mention(c, base) for c in _clauses(own[at])]) if m.any), before)
        if (before.dates and not before.whole and not before.minus
                and len(before.dates) == _COUNTS.get(that.group("count") or "", len(before.dates))):
            out[i] = Mention(dates=set(before.dates))
    return out


def _others_than_named(cue: list[int], own_mentions: list[Mention], every: set[dt.date]) -> set[dt.date]:
    """Of a change whose cue asks for "the others" and names no session ("Kan du lägga tillbaka mig på de andra
    tre?"): every session but those the other sentences name by date (the one meant, not "alla träffar")."""
    if not any(i < len(own_mentions) and own_mentions[i].others and not own_mentions[i].any for i in cue):
        return set()
    named = set().union(*(m.dates for i, m in enumerate(own_mentions) if i not in cue))
    return every - named if named else set()


#: A swap of sessions said ("byta", "byter", "flytta mig", "swap", "switch", "move me"): folded text.
_SWAP_WORD = re.compile(r"\bbyt(?:a|er|e|t)?\b|"
                        r"\b" + _SLIPPED_SWAP + r"|"
                        r"\bfly(?:tt|t)a (?:mig|oss|henne|honom|hen|dem|min|var)\b|"
                        r"\bswap\w*|\bswitch\w*|\bmove (?:me|us|her|him|them|my|our)\b|"
                        r"\bi stallet\b|\bistallet\b|\binstead\b")
#: The writer speaking for several people ("både jag och min kollega", "jag och Per", "we both", "my colleague and
#: I"): folded text.
_SEVERAL = re.compile(r"\b(?:bade|both)\b|\b(?:jag|ja) (?:o|och|samt) (?!\d)\w+|"
                      r"\b(?:vi|we) (?:bada|tva|all|alla|both|two)\b|"
                      r"\b\w+ (?:and|&) (?:i|me)\b|\bme and \w+")
#: What opens a restatement of the words before it ("..., dvs. de tre sista träffarna", "i.e. the last three"): a
#: sentence cut after it goes on in the next.
_RESTATES = re.compile(r"\b(?:dvs|d\.\s?v\.\s?s|alltsa|i\.\s?e|ie|namligen|t\.\s?ex|e\.\s?g)\.?$")


def _restated(own: list[str], own_mentions: list[Mention]) -> tuple[list[str], list[Mention]]:
    """The sentences and their mentions, one cut at "dvs." joined to the words after it ("tar över min plats från
    september, dvs. de tre sista träffarna": those three)."""
    text, out = list(own), list(own_mentions)
    for i in range(len(own) - 1):
        nxt = own[i + 1].lstrip()
        if _RESTATES.search(fold(own[i]).rstrip()) and nxt[:1].islower() and own_mentions[i + 1].any:
            text[i] = own[i] + " " + nxt
            out[i] = Mention(dates=own_mentions[i].dates | own_mentions[i + 1].dates,
                             whole=own_mentions[i].whole or own_mentions[i + 1].whole,
                             minus=own_mentions[i].minus | own_mentions[i + 1].minus)
    return text, out


def _writer_keeps(folded: str) -> bool:
    """Whether an (accent-folded) sentence of a substitution tells the sessions the writer keeps ("själv kommer jag på
    3 maj", "I will still attend in November"), not those handed over."""
    return bool((_SELF_GOES.search(folded) or _KEPT.search(folded)) and not _OTHERS_PLACE.search(folded)
                and not _ABSENT.search(folded))


def _kept_rest(own: list[str], own_mentions: list[Mention]) -> set[dt.date]:
    """The sessions a message says stay booked, when no other sentence of it names a session by date."""
    kept: set[dt.date] = set()
    for s, m in zip(own, own_mentions):
        if not m.dates:
            continue
        folded = fold(s)
        if not _STAYS.search(folded) or _DENIED.search(folded) or m.whole or m.minus:
            return set()
        kept |= m.dates
    return kept


#: The sessions one holds, whichever they are ("alla träffar jag är anmäld till", "alla mina träffar", "all the
#: sessions I'm registered for", "all my sessions"): not a statement of which (folded text).
_HELD_ONES = re.compile(
    r"\b(?:alla|samtliga|all|every)\s+(?:(?:of\s+)?(?:the|de)\s+)?(?:traff\w*|tillfall\w*|sessions?|meetings?|dates)\s+"
    r"(?:som\s+|that\s+|which\s+)?(?:jag|vi|hon|han|hen|de|i|we|she|he|they)(?:'m|'re|\s+(?:ar|e|am|is|are|har|"
    r"have|has|was|were))?\s+(?:\w+\s+)?(?:anmal[dt]\w*|anmalde|registrera[dt]\w*|registrerade|boka[dt]\w*|bokade|"
    r"registered|booked|signed)\b|"
    r"\b(?:alla|samtliga)\s+(?:mina|vara|hennes|hans)\s+(?:traff|tillfall)\w*|\ball\s+(?:of\s+)?(?:my|our|her|his)\s+"
    r"(?:sessions|meetings|dates)\b")


#: A signup held already, said in passing ("jag är ju redan anmäld till alla träffarna", "står redan på alla fyra",
#: "I'm already registered for all sessions"): held, not asked for (folded text).
_ALREADY_HELD = re.compile(r"\bredan (?:(?:ar|e|blivit) )?(?:anmald\w*|registrerad\w*|bokad\w*|inskriven|uppskriven|pa|med pa)\b|"
                           # made by the writer ("vi har redan anmält oss till maj", "jag har redan bokat mig")
                           r"\bredan (?:anmalt|registrerat|bokat) (?:oss|mig)\b|"
                           r"\balready (?:registered|signed up|booked|enrolled|down|on)\b|"
                           # told as known, "ju" ("Tobias och jag går ju bara på maj", "jag är ju med på 3 maj")
                           r"\b(?:gar|kommer|deltar|star|ar|e)(?: jag| vi)? ju (?:(?:bara|endast|enbart|redan|ocksa|aven|med)\s+){0,2}"
                           r"(?:pa|till|i)\b")


#: Asking for more than what is held ("... och vill även gå på 21/9", "but would like to join in May too"): folded.
_WANTS_MORE = re.compile(r"\b(?:vill|ska|skulle|onskar|gar|kommer|deltar|want|wants|would|will|like|attend|join)\b")


def _held_only(folded_sentence: str) -> bool:
    """Whether a sentence only says a signup is held already ("jag och Per är redan anmälda från Orsa", "Per and I
    are already registered"), asking for nothing."""
    return (bool(_ALREADY_HELD.search(folded_sentence)) and not _WANTS_MORE.search(_ALREADY_HELD.sub(" ", folded_sentence))
            and not signs_up(folded_sentence) and not asks_change(folded_sentence))


#: The writer's own signup said to be held, no "redan" needed ("jag är anmäld till alla fyra", "I'm registered for
#: all of them"): folded.
_WRITER_HELD = re.compile(r"\b(?:jag|vi) (?:ar|e) (?:redan |ju )?(?:anmald\w*|registrerad\w*|bokad\w*|inskriven|"
                          r"uppskriven)\b|\b(?:i'm|i am|we're|we are) (?:already )?(?:registered|signed up|booked)\b")


def _held_said(folded: str) -> bool:
    """Whether a (folded) sentence or clause says a signup is held, asking nothing to be taken off it."""
    return bool(_ALREADY_HELD.search(folded) and not _REMOVAL.search(_ALREADY_HELD.sub(" ", folded))
                or _WRITER_HELD.search(folded) and not _REMOVAL.search(_WRITER_HELD.sub(" ", folded)))


def _standing_left_out(own: list[str], own_mentions: list[Mention], tab: _Tables, base: dt.date) -> list[Mention]:
    """In a signup, the sessions of a sentence saying a signup stands as it was ("min anmälan gäller som förut (3/5
    och 22/2)", "my own booking remains unchanged", "jag är anmäld till alla fyra") are held, not asked for: left out
    when another sentence, or another clause of the same ("jag är anmäld till alla fyra, men min kollega Per Ek kommer
    bara på 3 maj"), names the sessions asked for ("nu vill även min kollega vara med i september")."""
    own_mentions, split = list(own_mentions), set()
    for i, (s, m) in enumerate(zip(own, own_mentions)):
        clauses = _clauses(s) if m.any and _held_said(fold(s)) else []
        held = [c for c in clauses if _held_said(fold(c))]
        rest = ", ".join(c for c in clauses if c not in held)
        if held and (asked := tab.mention(rest, base)).any:
            own_mentions[i] = asked     # the clause asking, without the one saying what is held
            split.add(i)
    standing = {i for i, (s, m) in enumerate(zip(own, own_mentions))
                if m.any and i not in split and ((_UNCHANGED.search(f := fold(s)) or _STAYS.search(f))
                                                 and not _REMOVAL.search(f) or _held_said(f))}
    if not standing or not any(m.any for i, m in enumerate(own_mentions) if i not in standing):
        return own_mentions
    return [Mention() if i in standing else m for i, m in enumerate(own_mentions)]


#: Our confirmation said to be wrong ("I bekräftelsen står alla fyra", "the confirmation lists all four", "in your
#: confirmation I'm down for ..."): what it shows is not what was asked for (folded text).
_CONFIRMATION_WORD = re.compile(r"\bbekraftelse\w*|\bconfirmation\b")
#: A signup said to have asked only for some sessions ("jag anmälde mig bara till 3 maj", "I only signed up for May
#: 3", "I registered just for ..."): beside a confirmation said to list more, the sessions wanted (folded text).
_ASKED_ONLY = re.compile(
    r"\b(?:anmalde|bokade|registrerade|valde|kryssade)(?: (?:mig|oss|i|for))? (?:\w+ )?(?:bara|endast|enbart)\b|"
    r"\b(?:only|just) (?:signed up|registered|booked|asked|applied|chose|ticked)\b|"
    r"\b(?:signed up|registered|booked|asked|applied) (?:(?:myself|us|me) )?(?:only|just)\b")


def _asked_only(own: list[str], tab: _Tables, base: dt.date) -> set[dt.date]:
    """The sessions the clauses saying one asked only for some name ("men jag anmälde mig bara till 3 maj"), or said
    to be what one signed up for beside a denial of what was shown ("Det var inte det jag skrev. Jag anmälde mig till
    21/9")."""
    asked: set[dt.date] = set()
    told = {own[i] for i in shown_not_asked([fold(s) for s in own])}
    for clause in (c for s in own for c in _clauses(s) if s in told) if told else ():
        if (here := tab.mention(clause, base)).any:
            asked |= _resolve([here], tab.sessions)
    for clause in (c for s in own for c in _clauses(s)):
        folded = fold(clause)
        if _ASKED_ONLY.search(folded) and not _DENIED.search(folded) and (here := tab.mention(clause, base)).any:
            asked |= _resolve([here], tab.sessions)
    return asked


def _attends_apart(sentence: str) -> bool:
    """Whether a sentence says one person's own sessions ("Jens kan gå på alla", "jag kör på alla fyra", "Anna can
    attend all of them"), not asked nor stayed away from."""
    folded = fold(sentence)
    return bool((_SELF_ATTENDS.search(folded) or _OTHER_ATTENDS.search(folded))
                and not _ABSENT.search(folded) and not _ASKED.search(sentence))


#: A clause telling the sessions one takes, the verb before the dates ("Björn Sahlin tar 21 september och 22 februari",
#: "jag kör 3 maj", "Eva kommer 3 maj och 22 februari"): folded.
_TAKES_DATES = re.compile(r"\b(?:tar|kor|kommer|gar|deltar)\s+(?:(?:bara|endast|pa|till|den)\s+){0,2}\d")


def _taken_apart(sentence: str, tab: _Tables, base: dt.date) -> list[Mention]:
    """The clauses of a sentence each telling one person's own sessions ("Anna Vik tar 3 maj och 29 november, Björn
    Sahlin tar 21 september och 22 februari"): their mentions, when two or more do; else none."""
    takes = [c for c in _clauses(sentence) if _TAKES_DATES.search(fold(c))]
    return [tab.mention(c, base) for c in takes] if len(takes) > 1 else []


#: Where one person's part of a sentence begins after another's, the verb perhaps said once ("Maja Ström vill gå 21/9
#: och Olof Dahl 29/11", "Anmäler mig själv till alla, och Olof Dahl till maj", "... och kollegan Bo Ek på alla"):
#: before a person (a full name, perhaps after a role word, or the writer) and the sessions said for them.
_PERSON_PART = re.compile(r"(?:,\s*(?:(?:och|samt|and)\s+)?|\s+(?:och|samt|and)\s+)(?=(?:(?:min|mitt|vår|vårt|my|our)\s+)?"
                          r"(?:(?:kolleg\w*|colleague|chef\w*|medarbetare\w*)\s+)?"
                          r"(?:mig själv|jag själv|[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+)\s+"
                          r"(?:(?:bara|endast|också|även|only)\s+)?(?:till|på|den|for|on|\d))")

#: A clause opening with the one it speaks of ("men han kan bara ...", "hon kommer bara ...", "Per Ek går bara ...").
_PERSON_OPENS = re.compile(r"\s*(?:(?:men|och|fast|but|and)\s+)?(?:han|hon|hen|he|she|(?:min|vår|my|our)\s+\w+|"
                           r"[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+)\b")


def _parts_apart(sentence: str, tab: _Tables, base: dt.date) -> list[Mention]:
    """The parts of a sentence each telling one person's own sessions: cut before another person and what is said for
    them (``_PERSON_PART``), or clauses of which one after the first says one person's own ("..., och min kollega Olof Dahl hänger
    med, men han kan bara komma i maj"): their mentions, when two or more parts name sessions; else none."""
    cuts = [m.start() for m in _PERSON_PART.finditer(sentence)]
    if cuts:
        parts = [sentence[a:b] for a, b in zip([0, *cuts], [*cuts, len(sentence)])]
    else:
        parts = _clauses(sentence)
        if not any(_attends_apart(c) and _PERSON_OPENS.match(c) for c in parts[1:]):
            return []   # (not a list of dates cut at its commas: "på den första, tredje och fjärde")
    mentions = [m for m in (tab.mention(p, base) for p in parts) if m.any]
    return mentions if len(mentions) > 1 else []


#: A row of a list opening with one person's name ("- Eva Ek, eva.ek@mora.se (3/5)", "Per Ek – alla träffar"): what
#: opens it (folded), the given name after any list mark.
_ROW_OPENING = re.compile(r"[\W\d_]*([a-z]+(?:-[a-z]+)?)\b")
#: Words saying a sentence speaks of the writer or of several (folded): no one person's row.
_NOT_ONE = re.compile(r"\b(?:jag|mig|vi|oss|sjalv|bada|tillsammans|me|we|us|myself|both|together)\b")


def _one_persons_row(sentence: str, firsts: set[str]) -> bool:
    """Whether a sentence opens with the given name of one of a signup's people and names no other, nor the writer
    or a group by a pronoun ("- Eva Ek, eva.ek@mora.se (3/5, 21/9)", "Per Ek – bara 29 november"): that one's own
    sessions."""
    folded = fold(sentence).lower()
    opening = _ROW_OPENING.match(folded)
    return (opening is not None and opening[1] in firsts and not _NOT_ONE.search(folded)
            and firsts.intersection(words(folded)) == {opening[1]})


def each_their_own(own: list[str], mentions: list[Mention], sessions: tuple[dt.date, ...],
                   tab: _Tables | None = None, base: dt.date | None = None, firsts: frozenset[str] = frozenset()) -> bool:
    """Whether people of one signup are told apart to come to different sessions ("jag tar de två första. Min kollega
    Anna kommer bara på den sista", "Anna tar 3 maj, Björn tar 21 september", rows of a list each with their own):
    the reading books them all on the union, which is wrong for each, so it asks. ``firsts``: the given names of
    those signed up (folded)."""
    # (a session stayed away from, said of no one apart, is no one's own choice: "De deltar på den första, tredje och
    # fjärde. I september är det fullt i kalendrarna för oss alla"; one person's absence is read by _one_stays_away)
    named = [(m, s) for m, s in zip(mentions, own) if m.any and not _ABSENT.search(fold(s))]
    apart = [m for m, s in named if _attends_apart(s) or _one_persons_row(s, set(firsts))]
    if tab is not None and base is not None:
        split = [[(c, s) for c in _taken_apart(s, tab, base) or _parts_apart(s, tab, base)] or [(m, s)]
                 for m, s in named]
        if any(len(p) > 1 for p in split):
            # each clause its own person's sessions
            apart = apart + [c for p in split if len(p) > 1 for c, _ in p]
            named = [x for p in split for x in p]
    if not apart or len(named) < 2:
        return False
    chosen = {frozenset(_resolve([m], sessions)) for m, _ in named}
    return len(chosen - {frozenset()}) > 1


#: A signup left open by its writer ("men vet inte om min chef godkänner det. Återkommer!", "vet inte än om jag kan,
#: återkommer", "I'm not sure yet whether I can make it, will get back to you"): folded.
_LEFT_OPEN = re.compile(
    r"\b(?:vet (?:inte|ej)|inte sakert|osakert|inte klart|oklart) (?:\w+ )?(?:om|ifall|huruvida) (?:jag|vi|min chef|chefen|"
    r"min narmaste chef|ledningen|arbetsgivaren|det)\b[^.!?]{0,60}[.!?,]?\s*(?:\w+\s+){0,3}?(?:aterkommer|hor av mig|"
    r"hor av oss|meddelar|bekraftar)\b|"
    r"\b(?:not sure|don'?t know)(?: yet)? (?:whether|if) (?:i|we|my manager)\b[^.!?]{0,60}[.!?,]?\s*(?:\w+\s+){0,3}?"
    r"(?:(?:will|i'll|we'll) )?(?:get back|confirm|let you know)\b")


def _left_open(own_folded: str) -> bool:
    """Whether the writer leaves their signup open, to come back when they know: asked, not booked."""
    return bool(_LEFT_OPEN.search(own_folded))


#: A mailing list or newsletter ("avregistrera mig från nyhetsbrevet", "ta bort mig från sändlistan", "unsubscribe me
#: from the newsletter"): folded. Off one, the writer leaves no session.
_MAILING_LIST = re.compile(r"\b(?:nyhetsbrev\w*|utskick\w*|mejllist\w*|maillist\w*|sandlist\w*|e-?postlist\w*|"
                           r"mailing ?list\w*|newsletter\w*|distribution list\w*|prenumeration\w*|subscription\w*)\b")
#: The writer's signup or place named beside it ("min anmälan och nyhetsbrevet"): the event after all.
_SIGNUP_NOUN = re.compile(r"\b(?:anmalan|anmalningen|anmalningar\w*|plats\w*|traff\w*|dalalab|registration|"
                          r"place|session\w*)\b")


def _off_mailing_list(folded: str) -> bool:
    """Whether the text asks off a mailing list, its signup not named ("avregistrera mig från nyhetsbrevet")."""
    return bool(_MAILING_LIST.search(folded)) and not _SIGNUP_NOUN.search(folded)


#: Sessions meant as before, which the message does not show ("samma träffar som förra gången", "same sessions as
#: last time"), or one session by where it is held ("träffen i Falun", "the session in Falun"): folded.
_SAME_AS_LAST = re.compile(r"\bsamma (?:traffar|tillfallen|datum|sessioner|moten)\b[^.!?]{0,30}?"
                           r"\b(?:forra|senast|sist|tidigare|forut|innan)\b|\bsame (?:sessions|dates|meetings)\b"
                           r"[^.!?]{0,30}?\b(?:last|before|previous)\b")
_SESSION_AT = re.compile(r"\b(?:traffen|tillfallet|motet|sessionen|the session|the meeting)\s+(?:i|in|pa|at)\s+(\w+)")


def _one_not_told(own_folded: str, tab: _Tables) -> bool:
    """Whether a signup names its sessions only as before ("samma träffar som förra gången") or as the one held at a
    place that holds several ("träffen i Falun"): which ones is asked, not all booked."""
    return bool(_SAME_AS_LAST.search(own_folded)) or any(
        tab.held_at.get(m.group(1), 0) > 1 for m in _SESSION_AT.finditer(own_folded))


def _moved_nowhere(intent: Intent, change: str | None, named: bool) -> bool:
    """Whether a change of sessions names none ("kan jag byta till en annan träff?", "flytta min anmälan till en
    senare träff"): read as all of them, it would book every session; which one is meant is asked."""
    return intent == Intent.CHANGE and change == "sessions" and not named


#: A writer correcting what they just wrote ("Nej vänta, inte 29/11", "Eller förresten, 21/9 passar bättre",
#: "rättelse: 21 september menar jag", "sorry, I meant 21 Sept"): folded.
_SELF_CORRECTION = re.compile(r"\b(?:nej|nae|oj|oops|sorry|forlat)\W+(?:\w+\W+)?(?:vanta|vant|vanta nu|forresten|jag menar|"
                              r"menar jag|menade jag|i mean|i meant)\b|\beller forresten\b|\b(?:rattelse|rattning|"
                              r"correction)\b|\b(?:jag )?andrar mig\b|\b(?:menar|menade) jag\b|\bscratch that\b|"
                              r"\bi meant\b|\bmake that\b|\bactually\b")


def _corrects_itself(folded: list[str], mentions: list[Mention], sessions: set[dt.date],
                     series: tuple[dt.date, ...]) -> bool:
    """Whether a sentence naming sessions corrects those an earlier one names ("Anmäl mig till 3/5, 21/9 och 29/11.
    Nej vänta, inte 29/11.") and the reading does not hold just the corrected ones ("nej vänta, bara 22 feb" read as 22
    February is right): which stand is asked."""
    earlier = False
    for f, m in zip(folded, mentions):
        if earlier and m.any and _SELF_CORRECTION.search(f) and _resolve([m], series) != sessions:
            return True
        earlier = earlier or m.any
    return False


#: A signup's parts joined by "och", each its own person and sessions ("anmäl mig till 3 maj och min kollega Per Ek
#: till 21/9").
_AND_PART = re.compile(r"\s+(?:och|samt|and)\s+")
_PERSON_WORD = re.compile(r"\b(?:mig|jag|me|honom|henne|hen|him|her)\b")
#: The word before each part's sessions ("till 3 maj", "på de två sista", "to", "for"): folded.
_EACH_TO = re.compile(r"\b(?:till|pa|to|for)\b")


def _each_to_their_own(folded: str, firsts: set[str], tab: _Tables, base: dt.date) -> bool:
    """Whether a clause joins two people each with their own sessions ("mig till 3 maj och min kollega Per Ek till
    21/9", "jag deltar på alla och min kollega Per Ek på de två sista"): two parts, each naming someone of the signup
    (or "mig") and sessions that differ."""
    parts = _AND_PART.split(folded)
    if len(parts) < 2 or not _EACH_TO.search(folded):
        return False
    chosen = [frozenset(_resolve([tab.mention(p, base)], tab.sessions)) for p in parts
              if (_PERSON_WORD.search(p) or firsts.intersection(words(p)))]
    chosen = [c for c in chosen if c]
    return len(chosen) >= 2 and len(set(chosen)) > 1


#: The start of a clause before its subject ("men", "och", "tyvärr", "but").
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:men|but|och|and|dock|tyvarr|unfortunately|sa|so|fast|though)\s+)*")
#: A subject of many ("vi", "alla", "båda", "none of us"): they all stay away, no one apart.
#: One person's sessions said without a verb, after the name ("Anders bara i höst", "Eva only in May").
_ONLY_SOME = re.compile(r"\s+(?:\w+\s+)?(?:bara|endast|enbart|only|just)\b")
#: The others of a signup as a clause's subject ("de två", "de andra två", "dom andra", "kollegorna", "the other two").
_OTHERS_SUBJECT = re.compile(r"(?:(?:de|dom|the)\s+(?:andra\s+|other\s+)?(?:tva|tre|bada|two|three|both)|(?:de|dom)\s+andra|"
                             r"the\s+others|kollegorna|mina kollegor|my colleagues)\b")
#: One of a signup set apart from the rest, and their sessions said ("alla ... utom Tobias som bara kan den sista",
#: "everyone except Tom, who can only come in May"): folded, the given name.
_ALL_BUT_ONE = re.compile(r"\b(?:utom|forutom|except|but)\s+([a-z-]+)(?:\s+[a-z-]+)?,?\s+(?:som|who)?\s*(?:\w+\s+)?"
                          r"(?:bara|endast|enbart|only|just|inte|ej|not)\b")
#: Two given names joined as a clause's subject ("olle och malin").
_TWO_GIVEN = re.compile(r"([a-zåäöéü-]+)\s+(?:och|o|&|and)\s+([a-zåäöéü-]+)\b")
_MANY = re.compile(r"\b(?:vi|we|alla|samtliga|bada|both|all|ingen av oss|none of us|oss|us)\b")


def _one_stays_away(own: list[str], people: list[Person], writer_among: bool, tab: _Tables, base: dt.date) -> bool:
    """Whether one of several people signed up is said to miss sessions the others do not ("vill komma på alla
    träffar, men Anders kan inte i maj", "Anders missar tyvärr den 29/11", "jag kan inte i maj men Anders kan"), or to
    come only to some ("Jag kan alla datum, Anders bara i höst"): the clause opens with that one alone, by the given
    name (or "jag", the writer among them), and names a session; booking all on what is left, or on all, is wrong
    for one of them."""
    firsts = {fold(p.name.split()[0]).lower() for p in people if p.name}
    if writer_among:
        firsts.add("jag")
    for clause in (c for sentence in own for c in _clauses(sentence)):
        folded = fold(clause).lower()
        if _each_to_their_own(folded, firsts, tab, base):
            return True     # "anmäl mig till 3 maj och min kollega Per Ek till 21/9"
        rest = folded[_CLAUSE_OPENING.match(folded).end():]     # type: ignore[union-attr]
        if (len(people) > 1 and (but := _ALL_BUT_ONE.search(folded)) is not None and but[1] in firsts
                and tab.mention(clause, base).any):
            return True     # "Alla ska på samtliga träffar utom Tobias som bara kan den sista": one apart
        others = _OTHERS_SUBJECT.match(rest)
        if others is None and (pair := _TWO_GIVEN.match(rest)) is not None and {pair[1], pair[2]} <= firsts:
            others = pair
        if (others is not None and _ONLY_SOME.match(rest, others.end()) and writer_among and len(people) > 2
                and tab.mention(clause, base).any):
            return True     # "jag på alla, de två bara i höst", "olle och malin bara i höst": the others apart
        subject = words(rest)[:1]
        if (not subject or subject[0] not in firsts or not rest.startswith(subject[0]) or _MANY.search(folded)
                or len(firsts.intersection(words(folded))) > 1):
            continue    # not one person's clause ("jag och Anders kan inte i maj": both)
        if (_ABSENT.search(folded) or _ONLY_SOME.match(rest, len(subject[0]))) and tab.mention(clause, base).any:
            return True
    return False


def _each_ones_union(rest: list[Mention], apart: list[Mention], sessions: tuple[dt.date, ...]) -> set[dt.date]:
    """The sessions of several people's choices: those said apart each read alone ("jag kan alla utom feb. Jens kan
    gå på alla": all four, not the exception for both), the union; read together, as one choice, when any names
    only an exception ("Jag går på alla. Utom februari då." leaves February out)."""
    if any(not m.dates and not m.whole for m in rest + apart):
        return _resolve(rest + apart, sessions)
    return (_resolve(rest, sessions) if rest else set()).union(*(_resolve([m], sessions) for m in apart))


#: "All" said of the sessions ("alla utom maj", "all but February"): an exception then leaves out only from it.
_ALL_WORD = re.compile(r"\b(?:alla|samtliga|all|every)\b")


def _all_but(mentions: list[Mention], own_mentions: list[Mention], own: list[str]) -> list[Mention]:
    """``mentions`` with an exception alone read as all but it where its sentence says "all" ("Per kan gå på alla
    utom maj"), not where it only leaves out from what was said before ("Utom februari då.")."""
    sentence = {id(m): s for m, s in zip(own_mentions, own)}
    return [replace(m, whole=True) if m.minus and not m.dates and not m.whole
            and _ALL_WORD.search(fold(sentence.get(id(m), ""))) else m for m in mentions]


#: All but a session left out by a pronoun ("alla utom den", "alla andra än det", "all except that one", "all but
#: it"): folded text; the session is the one the sentence before names.
_ALL_BUT_THAT = re.compile(r"\b(?:alla|samtliga|all|every one)\s+(?:(?:andra|de andra|traffar\w*|sessions)\s+)?"
                           r"(?:utom|forutom|an|except|but|other than)\s+(?:den|det|denna|dem|dom|it|that(?: one)?|"
                           r"this(?: one)?)(?:\s+(?:traffen|tillfallet|gangen|session|meeting|one))?\s*[.!?]*$")


def _next_of_the_last(own: list[str], mentions: list[Mention], sessions: tuple[dt.date, ...]) -> list[Mention]:
    """``mentions`` with a sentence taking "the next one instead" of the sessions the sentence before gives up, after
    which none comes ("Jag kan inte 22/2. Kan jag ta nästa istället?"), read as ambiguous: which is meant is asked."""
    out = list(mentions)
    for i in range(1, len(own)):
        if not out[i].any and none_after(own[i], mentions[i - 1].dates, sessions):
            out[i] = Mention(ambiguous=True)
    return out


def _all_but_that(own_folded: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a sentence keeping all sessions but one a pronoun points back to ("Jag kan inte 3 maj. Ändra
    så att jag går på alla utom den.") read as all but the sessions the sentence before names by date."""
    out = list(mentions)
    for i, folded in enumerate(own_folded):
        if i == 0 or out[i].any or not _ALL_BUT_THAT.search(folded):
            continue
        before = mentions[i - 1]
        if before.dates and not before.whole and not before.minus:
            out[i] = Mention(whole=True, minus=set(before.dates))
    return out


#: Words referring back to a session the sentence before names ("byta den mot ...", "stryk mig från det", "move me
#: from it"): folded text.
_BACK_TO_IT = re.compile(r"\b(?:byt\w*|flytt\w*|stryk\w*|ta bort|avanmal\w*|avboka\w*|swap|switch|move|cancel|remove|"
                         r"drop|skip)\s+(?:(?:mig|oss|henne|honom|hen|me|us|her|him)\s+)?(?:(?:fran|from)\s+)?"
                         r"(?:den|det|dem|dom|it|that|them)\b")


def _busy_only(own: list[str], own_mentions: list[Mention]) -> set[int]:
    """The sentences naming sessions only as when the writer has something else on ("Den 21/9 har vi styrelsemöte.",
    ``Mention.busy``), no sentence after referring back to them ("... Vi avanmäler henne från det tillfället.")."""
    out: set[int] = set()
    for i, m in enumerate(own_mentions):
        if not m.busy or not m.dates or not m.dates <= m.busy or m.whole or m.minus:
            continue
        after = [fold(s) for s in own[i + 1:i + 1 + _REFER_BACK]]
        if not any(_THAT_SESSION.search(f) or _GIVEN_UP_PRONOUN.search(f) or _BACK_TO_IT.search(f) for f in after):
            out.add(i)
    return out


#: A closing restatement of the sessions alone ("Bara 29 november alltså.", "Endast 3/5 då.", "Only 22 February,
#: then."): folded text; the words between must be the sessions' own.
_SETTLED = re.compile(r"\W*(?:bara|endast|enbart|only|just)\s+(?P<dates>.+?)[\s,]*"
                      r"\b(?:alltsa|da|then|that is|i\.?\s?e)\W*")
#: The same said the other way round ("Alltså bara 29/11.", "Alltså endast 3 maj, tack.", "So only 22 February."):
#: folded text.
_SETTLED_FIRST = re.compile(r"\W*(?:alltsa|so)\W+(?:bara|endast|enbart|only|just)\s+(?P<dates>.+?)"
                            r"(?:[\s,]+(?:tack|thanks|please))?\W*")


#: The writer taking back what they just wrote, then the sessions alone ("nej vänta, bara 22 feb", "nä förresten,
#: bara 3/5", "no wait, only May 3"): folded text, up to the first word after "bara".
_SELF_CORRECTED = re.compile(r"\W*(?:nej|nae|na|neej|no|nope|sorry|oj|oops|forlat|rattelse|correction)\b\W*"
                             r"(?:(?:vanta|wait|forresten|jag menar|i mean|menar jag|actually)\b\W*)?"
                             r"(?:bara|endast|enbart|only|just)\s+")
_WORD_OR_MARK = re.compile(r"[a-z0-9:]+|[^\sa-z0-9:]+")


#: The writer taking back what they just wrote and saying what they meant ("nej vänta, 29 nov menar jag", "oj, 21/9
#: ska det vara", "sorry, 21 September I mean"), or, after such a taking back, the sessions said instead ("Ta 21 sep
#: och 22 feb istället."): folded text, the opening before the dates and the words after them.
_TAKEN_BACK = re.compile(r"\W*(?:nej|nae|na|neej|no|nope|sorry|oj|oops|forlat|rattelse|correction)\b\W*"
                         r"(?:(?:vanta|wait|forresten|actually)\b\W*)?")
_INSTEAD_OPENING = re.compile(r"\W*(?:(?:ta|tag|tar|valj|boka|anmal mig till|satt mig pa|skriv upp mig pa|make it|"
                              r"book me for|put me down for)\s+)?")
_MEANT_AFTER = re.compile(r"\W*(?:menar jag|jag menar|menade jag|ska det vara|skulle det vara|i mean|i meant|"
                          r"it should be|istallet|i stallet|instead)\b(?:\W*$|\s*[,;]\s)")
#: The same closing a sentence, or said as "då" ("maj och september då!", "21/9 then"): folded text.
_MEANT_CLOSING = re.compile(r"\W*(?:menar jag|jag menar|menade jag|ska det vara|skulle det vara|i mean|i meant|"
                            r"it should be|istallet|i stallet|instead|da|then)\W*$")
#: Where a clause of its own may start inside a sentence: after a mark that is no date's ("🙄", "!", "–").
_CLAUSE_MARK = re.compile(r"[^\w\s,/.:]\s*")


def _dates_from(sentence: str, folded: str, start: int, tab: _Tables, base: dt.date) -> tuple[set[dt.date], int]:
    """The sessions of the dates written from ``start`` on, up to the first word that is no date's, and where they
    end."""
    end = start
    for token in _WORD_OR_MARK.finditer(folded, start):
        word = token.group(0)
        if not (_DATE_WORD.fullmatch(word) or word in FULL_MONTHS or word in SHORT_MONTHS or word in ("/", ".", ",")):
            break
        end = token.end()
    m = tab.mention(sentence[start:end], base) if end > start else Mention()
    return (set() if m.whole or m.minus else set(m.dates)), end


def _corrected_to(sentence: str, tab: _Tables, base: dt.date) -> set[dt.date]:
    """The sessions a self-correction settles on ("nej vänta, bara 22 feb 🙈 jobbar i falun" → 22 February): the
    dates right after its "bara", up to the first word that is no date's."""
    folded = fold(sentence)
    found = _SELF_CORRECTED.match(folded)
    if found is None or len(folded) != len(sentence):
        return set()
    return _dates_from(sentence, folded, found.end(), tab, base)[0]


def _meant_instead(own: list[str], own_mentions: list[Mention], last: int, tab: _Tables,
                   base: dt.date) -> set[dt.date]:
    """The sessions a writer says they meant, in the last sentence naming any, after naming others ("anmäl mig till
    21 sep... nej vänta, 29 nov menar jag", "21 sep och 29 nov – nej vänta, 29 nov krockar. Ta 21 sep och 22 feb
    istället."): the sentence is the dates and a word saying they are the ones meant, opened by a taking back or
    after one."""
    sentence = own[last]
    folded = fold(sentence)
    if len(folded) != len(sentence) or not any(m.dates for m in own_mentions[:last]):
        return set()
    opened = _TAKEN_BACK.match(folded)
    if opened is None or opened.end() == 0:
        if not any(_SELF_CORRECTION.search(fold(s)) for s in own[:last]):
            return set()
        opened = _INSTEAD_OPENING.match(folded)
        assert opened is not None
    dates, end = _dates_from(sentence, folded, opened.end(), tab, base)
    if dates and (_MEANT_AFTER.match(folded, end) or _MEANT_CLOSING.fullmatch(folded, end)):
        return dates
    # the sessions meant as the sentence's closing clause ("nej vänta, nov krockar 🙄 maj och september då!")
    for mark in _CLAUSE_MARK.finditer(folded, opened.end()):
        dates, end = _dates_from(sentence, folded, mark.end(), tab, base)
        if dates and _MEANT_CLOSING.fullmatch(folded, end):
            return dates
    return set()


#: A taking back inside a sentence, no stop before it ("boka mig på 3 maj nej vänta 21 september menar jag", "29/11 no
#: wait 22/2 I mean"): folded text; the sentence is read as two there, as if a stop stood before it.
_TAKEN_BACK_INSIDE = re.compile(r"\s(?=(?:nej|nae|neej|no|oj|oops|sorry)\W+(?:vanta|wait|forresten|actually)\b)")


def _taken_back_inside(own: list[str], own_mentions: list[Mention], tab: _Tables,
                       base: dt.date) -> tuple[list[str], list[Mention]]:
    """The sentences, the last one naming sessions cut in two at a taking back inside it when both parts name some
    ("anmäler mig till 21/9 nej vänta 29/11 menade jag"); else as they are."""
    last = next((i for i in range(len(own) - 1, -1, -1) if own_mentions[i].any), None)
    if last is None:
        return own, own_mentions
    sentence = own[last]
    folded = fold(sentence)
    if len(folded) != len(sentence) or ("vanta" not in folded and "wait" not in folded and "forresten" not in folded
                                        and "actually" not in folded):
        return own, own_mentions
    cut = _TAKEN_BACK_INSIDE.search(folded)
    if cut is None:
        return own, own_mentions
    before, after = sentence[:cut.start()], sentence[cut.end():]
    first, second = tab.mention(before, base), tab.mention(after, base)
    if not (first.dates and second.dates):
        return own, own_mentions
    return own[:last] + [before, after] + own[last + 1:], own_mentions[:last] + [first, second] + own_mentions[last + 1:]


#: A taking back, then the sessions meant said as a cleft ("nej förresten, det är 29 november som krockar", "nej vänta,
#: det gäller 3 maj", "oj förlåt, det är 21/9 jag menar", "sorry, it's 22 February I meant"): folded text, the opening
#: before the dates; after them "som"/"jag"/"that"... or the clause's end (``_CLEFT_AFTER``).
_CLEFT_TAKEN_BACK = re.compile(r"\W*(?:nej|nae|na|neej|no|nope|sorry|oj|oops|hoppsan|forlat|ursakta|rattelse|"
                               r"korrigering|correction)\b\W*"
                               # perhaps with what was wrong said ("oj, fel datum,", "nej jag skrev fel,", "sorry my
                               # mistake,")
                               r"(?:(?:vanta|wait|forresten|actually|forlat|sorry|fel (?:datum|dag|manad)|skrev fel|"
                               r"jag skrev fel|fel av mig|my (?:mistake|bad)|wrong date)\b\W*)?"
                               r"(?:det (?:ar|galler|var)|it'?s|it is|it was)\s+"
                               r"(?:(?:ju|egentligen|faktiskt|alltsa|really|actually)\s+)?")
_CLEFT_AFTER = re.compile(r"\s*(?:[,.;:!?()]|$)|\s+(?:som|jag|vi|that|which|i|we)\b")


def _date_runs(sentence: str) -> list[tuple[int, int]]:
    """Where runs of date words stand in a sentence ("21 september", "3/5 och 21/9"): each opened by a number or a
    month's name, up to the first word that is no date's (folded text, one to one with the sentence)."""
    folded = fold(sentence)
    runs: list[tuple[int, int]] = []
    start = end = -1
    for token in _WORD_OR_MARK.finditer(folded):
        word = token.group(0)
        dated = word[:1].isdigit() or word in FULL_MONTHS or word in SHORT_MONTHS
        if start < 0 and dated:
            start, end = token.start(), token.end()
        elif start >= 0 and (dated or _DATE_WORD.fullmatch(word) or word in ("/", ".", ",")):
            end = token.end() if dated or word in ("/", ".") else end
        elif start >= 0:
            runs.append((start, end))
            start = -1
    if start >= 0:
        runs.append((start, end))
    return runs


def _cleft_corrected(own: list[str], own_mentions: list[Mention], tab: _Tables,
                     base: dt.date) -> tuple[list[str], list[Mention], bool]:
    """The sentences with the sessions a cleft taking back names put in place of those named just before it ("Jag
    måste avanmäla mig från 21 september... nej förresten, det är 29 november som krockar": from 29 November), in
    the nearest sentence before naming other sessions by date; and whether one was."""
    split, split_mentions = _taken_back_inside(own, own_mentions, tab, base)
    text, mentions = list(split), list(split_mentions)
    found = False
    for i, sentence in enumerate(text):
        folded = fold(sentence)
        opened = _CLEFT_TAKEN_BACK.match(folded)
        if opened is None or len(folded) != len(sentence):
            continue
        dates, end = _dates_from(sentence, folded, opened.end(), tab, base)
        end = len(folded[:end].rstrip(" ,"))     # "det gäller 29/11, inte september": the comma ends the clause
        if not dates or not _CLEFT_AFTER.match(folded, end):
            continue
        j = next((k for k in range(i - 1, -1, -1) if mentions[k].any), None)
        if j is None:
            continue
        before = mentions[j]
        if not before.dates or before.whole or before.minus or before.dates & dates or len(fold(text[j])) != len(text[j]):
            continue
        runs = [(a, b) for a, b in _date_runs(text[j]) if set(tab.mention(text[j][a:b], base).dates) == before.dates]
        if not runs:
            continue
        a, b = runs[-1]
        text[j] = text[j][:a] + sentence[opened.end():end] + text[j][b:]
        mentions[j] = tab.mention(text[j], base)
        found = True
    return (text, mentions, True) if found else (own, own_mentions, False)


def corrected_to_meant(own: list[str], own_mentions: list[Mention], tab: _Tables, base: dt.date) -> bool:
    """Whether the sessions are those a writer said they meant after taking back others (``_meant_instead``): read,
    and asked about, since what the taking back leaves of the earlier ones is the writer's to confirm."""
    own, own_mentions = _taken_back_inside(own, own_mentions, tab, base)
    last = next((i for i in range(len(own) - 1, -1, -1) if own_mentions[i].any), None)
    return last is not None and bool(_meant_instead(own, own_mentions, last, tab, base))


def _settled(own: list[str], own_mentions: list[Mention], tab: _Tables, base: dt.date) -> set[dt.date]:
    """The sessions of a closing "Bara X alltså" when it is the last sentence naming any, or of a self-correction
    there after a sentence naming others ("anmäl mig till 3 maj och 22 feb. nej vänta, bara 22 feb")."""
    own, own_mentions = _taken_back_inside(own, own_mentions, tab, base)
    last = next((i for i in range(len(own) - 1, -1, -1) if own_mentions[i].any), None)
    if last is None:
        return set()
    if any(m.dates for m in own_mentions[:last]) and (corrected := _corrected_to(own[last], tab, base)):
        return corrected
    if meant := _meant_instead(own, own_mentions, last, tab, base):
        return meant
    found = _SETTLED.fullmatch(fold(own[last])) or _SETTLED_FIRST.fullmatch(fold(own[last]))
    if found is None or not all(_DATE_WORD.fullmatch(t) or t in FULL_MONTHS or t in SHORT_MONTHS
                                for t in re.findall(r"[a-z0-9:]+", found.group("dates"))):
        return set()
    m = tab.mention(own[last], base)
    return set() if m.whole or m.minus else set(m.dates)


#: What our confirmation (or we) said, reported ("I bekräftelsen står det att ...", "Ni har skrivit att ...", "the
#: confirmation says ...", "you wrote that ..."): folded text.
_REPORTED = re.compile(
    r"\b(?:(?:star|stod) (?:det )?att|(?:ni|du) (?:har |hade )?(?:skrev|skrivit) att|(?:har|hade) (?:ni|du) skrivit att|"
    r"bekraftelse\w* (?:som )?(?:sager|visar|anger)|(?:the|your) confirmation (?:that )?(?:says|said|shows|lists|states)|"
    r"(?:it|that) says|you (?:wrote|have written|put down|put) that)\b")
#: What was asked for, said against it ("men jag bad om 22 februari", "men jag anmälde mig till ...", "but I signed up
#: for ..."): folded text.
_ASKED_AGAINST = re.compile(
    r"\W*(?:(?:men|but)\s+)?(?:jag|vi|i|we)\s+(?:\w+\s+)?(?:anmalde|bad|bokade|valde|kryssade|skrev|menade|ville|"
    r"asked|signed|registered|booked|chose|ticked|wrote|meant|wanted)\b")

_BUT = re.compile(r"\b(?:men|but)\b")
#: What the writer asked for, told ("jag anmälde mig till ...", "vi bad om ...", "I signed up for ..."): folded.
_ASKED_FOR = re.compile(r"\b(?:jag|vi|i|we)\s+(?:\w+\s+)?(?:anmalde|bad om|valde|kryssade|asked for|signed up|"
                        r"registered for|chose|ticked)\b")
#: What was reported denied, opening the next sentence ("Det stämmer inte –", "Det är fel,", "That's wrong -", "This is
#: not correct."): folded text; what was asked for follows (``_ASKED_AGAINST``).
_REPORT_DENIED = re.compile(
    r"\W*(?:(?:nej|men|no|but)\W+)?(?:(?:det|detta|den|that|this|it)\s+(?:(?:stammer|ar|var)\s+(?:inte|ej)"
    r"(?:\s+(?:ratt|riktigt|korrekt))?|(?:ar|var)\s+fel|(?:is|was)\s+(?:not\s+(?:right|correct|true)|wrong|incorrect)|"
    r"(?:isn'?t|wasn'?t)\s+(?:right|correct|true))|(?:that'?s|thats)\s+(?:not\s+(?:right|correct|true)|wrong|"
    r"incorrect))\b")


def _unreported(own: list[str], own_mentions: list[Mention], tab: _Tables, base: dt.date) -> list[Mention]:
    """The mentions, less the sessions of a clause reporting what our confirmation says ("Ni har skrivit att jag är
    anmäld till 3 maj, men jag bad om 22 februari"): when a "men" clause right after it tells what was asked for, that
    clause is wrong, not what is held nor asked for."""
    out = list(own_mentions)
    for i, (s, m) in enumerate(zip(own, own_mentions)):
        if not m.dates or m.whole or m.minus or not _REPORTED.search(folded := fold(s)) or not _HELD.search(folded):
            continue
        parts = [c for c in _clauses(s) if c.strip()]
        starts: list[int] = []
        for c in parts:
            starts.append(s.index(c, starts[-1] + 1 if starts else 0))
        ends = [a + len(c) for a, c in zip(starts, parts)]
        for k in range(len(parts) - 1):
            said = fold(parts[k])
            if (_REPORTED.search(said) and _HELD.search(said) and _ASKED_AGAINST.match(fold(parts[k + 1]))
                    and _BUT.search(fold(s[ends[k]:starts[k + 1]]))
                    and tab.mention(parts[k], base).dates and tab.mention(parts[k + 1], base).dates):
                rest = tab.mention(" ".join(parts[:k] + parts[k + 1:]), base)
                if rest.dates:
                    out[i] = rest
                break
        else:
            # "... en bekräftelse som säger att jag är anmäld till 29 november. Det stämmer inte – jag anmälde mig till
            # 21 september": the report denied in the next sentence, which tells what was asked for
            after = fold(own[i + 1]) if i + 1 < len(own) else ""
            if ((denied := _REPORT_DENIED.match(after)) and _ASKED_AGAINST.match(after, denied.end())
                    and own_mentions[i + 1].dates):
                out[i] = tab.mention(" ".join(c for c in parts if not (_REPORTED.search(fold(c))
                                                                       and _HELD.search(fold(c)))), base)
    return out


#: A withdrawal the writer tells as done before ("jag avanmälde mig från DalaLab i januari", "vi strök oss före jul",
#: "I withdrew from the programme in December", "I had cancelled my place"): in a signup, what was, not what is asked
#: for (folded text).
_WITHDREW_BEFORE = re.compile(
    r"\b(?:jag|vi|i|we)\s+(?:(?:har|hade|have|had|redan|already|ju)\s+)*(?:avanmalde|avanmalt|avbokade|avbokat|strok|"
    r"strukit|hoppade av|lamnade aterbud|drog tillbaka|cancell?ed|withdrew|withdrawn|unregistered|deregistered|"
    r"dropped out|pulled out)\b")


def _withdrawal_told(own: list[str], own_mentions: list[Mention], tab: _Tables,
                     base: dt.date) -> tuple[list[str], list[Mention]]:
    """In a signup, the sentences less the clauses telling a withdrawal made before ("Jag avanmälde mig från DalaLab i
    januari, men nu kan jag komma på första träffen den 3 maj ändå"): those name no session asked for, when the rest
    of the message names some (else what was withdrawn from is what is asked back: "avanmälde mig från 21/9, men kan
    ändå. Anmäl mig till den igen")."""
    out, mentions = list(own), list(own_mentions)
    for i, (sentence, m) in enumerate(zip(own, own_mentions)):
        if not m.any or not _WITHDREW_BEFORE.search(fold(sentence)):
            continue
        kept = sentence
        at = 0
        for clause in _clauses(sentence):
            start = sentence.find(clause, at) if clause else -1
            if start < 0:
                continue
            at = start + len(clause)
            if _WITHDREW_BEFORE.search(fold(clause)):
                kept = kept[:start] + " " * len(clause) + kept[start + len(clause):]
        if kept != sentence:
            out[i], mentions[i] = kept, tab.mention(kept, base)
    if not any(m.any for m in mentions):
        return own, own_mentions
    return out, mentions


#: The writer's signup given up by a possessive ("withdraw my registration", "avboka min anmälan"): folded.
_MY_SIGNUP_GIVEN_UP = re.compile(r"\b(?:cancel\w*|withdraw\w*|avboka\w*|aterkall\w*)\s+(?:my|min|mitt)\s+"
                                 r"(?:registration|booking|signup|sign-up|place|spot|seat|anmalan|plats)\b")


def _told_signup_given_up(own: list[str], own_mentions: list[Mention]) -> list[Mention]:
    """In a cancellation, "my registration" given up after the writer told what it holds ("I registered for the
    session on 22 February 2028 … so I must withdraw my registration"): that signup, not the whole series."""
    if not any(m.dates and not m.whole and _SIGNED_UP_BEFORE.search(fold(s).lower())
               for s, m in zip(own, own_mentions)):
        return own_mentions
    return [replace(m, whole=False) if m.whole and not m.dates and _MY_SIGNUP_GIVEN_UP.search(fold(s).lower()) else m
            for s, m in zip(own, own_mentions)]


def _sessions(reading: IntentReading, own: list[str], own_mentions: list[Mention], forwarded: list[str],
              pointer: bool, tab: _Tables, base: dt.date, subject: str,
              held_before: set[dt.date] | None = None, confirmed: bool = True,
              thread: list[list[str]] | None = None, forwarded_signup: bool = False) -> tuple[set[dt.date], bool]:
    """The sessions a message is about, and whether it named any (see ``_sessions_read``): a signup's or a change of
    sessions', less those named only as when the writer has something else on; a closing "Bara X alltså" settles
    them."""
    intent = reading.intent
    declined: set[dt.date] = set()
    # "avanmäla mig från 21 september... nej förresten, det är 29 november som krockar": from 29 November
    own, own_mentions, _ = _cleft_corrected(own, own_mentions, tab, base)
    if intent == Intent.REGISTER:
        own, own_mentions = _withdrawal_told(own, own_mentions, tab, base)
    if intent == Intent.CANCEL:
        own_mentions = _told_signup_given_up(own, own_mentions)
    if intent == Intent.REGISTER or (intent == Intent.CHANGE and reading.change in (None, "sessions")):
        own_mentions = _unreported(own, own_mentions, tab, base)
        if not reading.adds and (settled := _settled(own, own_mentions, tab, base)):
            return settled, True    # "..., men jag anmälde mig till 29 november. Bara 29 november alltså."
        if busy := _busy_only(own, own_mentions):
            # "Kan du ändra min anmälan till alla utom den i november? Den 29/11 har vi fullmäktige.": the why
            declined = set().union(*(own_mentions[i].busy for i in busy))
            own = ["" if i in busy else s for i, s in enumerate(own)]
            own_mentions = [Mention() if i in busy else m for i, m in enumerate(own_mentions)]
    if intent == Intent.REGISTER and (later := _given_up_later(own, own_mentions, list(reading.cue), tab, base)):
        # "Jag anmäler mig till alla fyra. ... PS. 22 februari krockar med budgetdagen, så räkna bort den": left out
        declined |= set().union(*(own_mentions[i].dates | own_mentions[i].minus for i in later))
        own = ["" if i in later else s for i, s in enumerate(own)]
        own_mentions = [Mention() if i in later else m for i, m in enumerate(own_mentions)]
    if intent == Intent.REGISTER or (intent == Intent.CHANGE and reading.change in (None, "sessions")):
        for i, m in enumerate(own_mentions):
            if m.busy and m.dates - m.busy and not m.whole and not m.minus:
                # "only may + sept, in nov we're on a study trip": the sessions asked for beside those busy
                declined |= m.busy & m.dates
                own_mentions[i] = replace(m, dates=m.dates - m.busy)
    sessions, named = _sessions_read(reading, own, own_mentions, forwarded, pointer, tab, base, subject, held_before,
                                     confirmed, thread, forwarded_signup)
    if (named and subject and len(sessions) > 1 and any(m.ambiguous for m in own_mentions)
            and len(subject_dates := tab.mention(subject, base).dates) == 1 and subject_dates < sessions):
        # "21 november" in the text (21 Sep or 29 Nov?), "29 november" in the subject: that one (not a subject of two,
        # "Lägga till höstens träff", which settles nothing)
        sessions = set(subject_dates)
    if declined and sessions - declined:
        return sessions - declined, True
    if declined and not named and set(tab.sessions) - declined:
        return set(tab.sessions) - declined, True
    return sessions, named


def _sessions_read(reading: IntentReading, own: list[str], own_mentions: list[Mention], forwarded: list[str],
                   pointer: bool, tab: _Tables, base: dt.date, subject: str,
                   held_before: set[dt.date] | None = None, confirmed: bool = True,
                   thread: list[list[str]] | None = None, forwarded_signup: bool = False) -> tuple[set[dt.date], bool]:
    """The sessions a message is about, and whether it named any (the text first, then the subject).

    ``held_before``: the sessions a quoted confirmation shows the writer holds (kept when sessions are added);
    ``confirmed``: whether they come from our confirmation (what is booked), not the writer's own signup quoted (what
    was asked for once: a bare swap over it gives only the new session); ``forwarded_signup``: whether the forward
    is another's message (not the writer's own, nor ours)."""
    every = set(tab.sessions)
    intent = reading.intent
    if intent in (Intent.QUESTION, Intent.UNKNOWN, Intent.ERASURE, Intent.AUTO_REPLY):
        return set(), False
    own_folded = " ".join(fold(s) for s in own)
    own, own_mentions = _restated(own, own_mentions)
    if reading.adds:
        if intent == Intent.CHANGE and (stated := _stated(own, tab, base)):
            return stated, True     # "stryk 21/9 och lägg till 22/2. Då blir det 3/5 och 22/2": said whole
        if intent == Intent.CHANGE:
            # a swap and an addition ("anmäld till 3 maj men måste byta, kan jag få 21/9 i stället? Lägg till 29/11
            # också"), or one of those held struck beside the one added ("anmäld till 3 maj och 21/9. Ta bort 21/9
            # och lägg till 29/11"): the sessions after it, the one given up not among them
            target, removed, held, _, _, _, _ = _clause_dates(own, tab, base)
            if (target and (removed or held) and not (target & (removed | held))
                    and (_SWAP_WORD.search(own_folded) or (removed and removed <= held))):
                return (target | (held - removed if removed else set())), True
        # the sessions held and those added, less those the writer says they still cannot come to ("februari kan
        # jag fortfarande inte", "21/9 går inte")
        # (not another's signup said to stand: "Daniel är anmäld till alla sedan tidigare och det gäller fortfarande")
        wanted, not_coming = _wanted_and_absent([s for m, s in zip(own_mentions, own) if m.any
                                                 and not _anothers_stands(fold(s))], tab, base)
        named = _resolve(wanted, tab.sessions) | (held_before or set())
        if named and any(m.others for m in own_mentions):
            named = set(every)  # "Jag står på första träffen. Lägg till de tre övriga också": those and the others
        return named - not_coming, True
    if (intent == Intent.CHANGE and reading.change is None and (stated := _stated(own, tab, base))
            and stated & (held := _clause_dates(own, tab, base).held) and stated != held):
        # "Jag är anmäld till 21/9 och 29/11, det ska vara 21/9 och 22/2": the set said after those held is the set
        # after the change
        return stated, True
    if (intent == Intent.CHANGE and reading.change == "sessions"
            and (the_others := _others_than_named(reading.cue, own_mentions, every))):
        # "avanmäld från alla träffar, men jag menade bara 3 maj. Lägg tillbaka mig på de andra tre", "jag kan inte 3
        # maj, flytta mig till de andra": the sessions after the change are the others
        return the_others, True
    if reading.change == "sessions" or intent == Intent.CANCEL:
        target, removed, held, kept, rest, rest_kept, moved_whole = _clause_dates(own, tab, base,
                                                                                 cancel=intent == Intent.CANCEL)
        if stated := _stated(own, tab, base):
            if intent == Intent.CHANGE and stated & (held | (held_before or set())):
                # "jag står på 3 maj och 21/9. Det ska vara 3 maj och 29 november": the sessions after, said whole
                # (not "det skulle vara 21/9, inte 29/11": one replaced, the others kept)
                return stated, True
            if intent == Intent.CHANGE and not held_before and not held and stated >= target - removed:
                # "vill vara med på 3 maj också. Så hon går på 3/5, 21/9 och 29/11": the whole set after the change
                return stated, True
            if intent == Intent.CANCEL:
                held |= stated          # "..., så blir det bara 21/9 för mig": beside a cancellation, those kept
        if (intent == Intent.CHANGE and not removed
                and (_CONFIRMATION_WORD.search(own_folded) or shown_not_asked([fold(s) for s in own]))
                and (asked := _asked_only(own, tab, base))):
            # "I bekräftelsen står alla fyra, men jag anmälde mig bara till 3 maj och 21/9": those asked for
            return asked, True
        if (intent == Intent.CHANGE and confirmed and held_before and removed & held_before and target - removed
                and not (_SWAP_WORD.search(own_folded) and not held and _SEVERAL.search(own_folded))):
            # (not a swap for several people at once: "både jag och min kollega vill byta 21/9 mot 22/2"; the
            # confirmation is the writer's alone, the others' sessions are not in it: only the new one)
            # a correction over our quoted confirmation: the sessions held, one replaced, the others kept
            return (held_before | held | target) - removed, True
        if intent == Intent.CANCEL and rest and kept and not removed and (booked := (held - kept) or every) - kept:
            return booked - kept, True  # "anmäld till alla fyra men kan bara 3/5 och 21/9. Stryk mig från resten"
        if intent == Intent.CANCEL and (given_up := _held_all_given_up(_Roles(target, removed, held, kept, rest,
                                                                              rest_kept), every)):
            return given_up, True
        if held and removed:     # "anmäld till 3/5 och 21/9; byter 21/9 mot 29/11": the whole set after
            return (removed if intent == Intent.CANCEL else (held | target) - removed), True
        if (intent == Intent.CANCEL and (rest_kept or held or kept) and (gone := (target | removed) - kept)
                and gone < every):
            # a partial withdrawal: what is named beside the sessions kept or held ("klarar inte 3 maj men kommer på
            # resten", "anmäld till alla fyra, men 21/9 har vi planeringsdag. Övriga kommer jag på"), not the rest
            return gone, True
        if intent == Intent.CHANGE and moved_whole and moved_whole == target and not held:
            return set(moved_whole), True   # "byt från träff 1+2 till 1+4": the new set said whole, over the old
        if intent == Intent.CHANGE and target - removed - held:
            return target - removed - held, True
        if intent == Intent.CHANGE and target and (target < held or target < removed):
            # the signup narrowed to some of the sessions held ("anmäld till alla fyra men kan bara de två sista",
            # "i stället för alla fyra går jag bara på de två första"): those left
            return target, True
    if intent == Intent.REGISTER:
        own_mentions = _standing_left_out(own, own_mentions, tab, base)
    said_here = own_mentions
    if intent in (Intent.REGISTER, Intent.CANCEL) or reading.change == "substitute":
        own_mentions = _referred_back(reading.cue, own, own_mentions, tab, base)
    cue_at = list(reading.cue)
    if intent == Intent.REGISTER and cue_at:
        # a sentence of nothing but more dates and an "also" ("22/2 o 29/11 också ja", "and 29/11 too"): more of the
        # signup, though it carries no cue of its own
        cue_at += [i for i, (m, s) in enumerate(zip(own_mentions, own))
                   if i not in cue_at and m.dates and not (m.minus or m.whole) and _MORE_DATES.fullmatch(fold(s))]
        # an exception in a sentence of its own right after the signup ("Anmäl mig till alla träffar. Men inte i
        # september.", "Fast inte den 29/11."): part of it, that session left out
        cue_at += [i for i, (m, s) in enumerate(zip(own_mentions, own))
                   if i not in cue_at and i - 1 in cue_at and m.minus and not (m.dates or m.whole)
                   and _EXCEPTION_OPENS.match(fold(s))]
    cue = [own_mentions[i] for i in cue_at if i < len(own_mentions) and own_mentions[i].any]
    if not cue and intent == Intent.CANCEL and (kept := _kept_rest(own, own_mentions)) and every - kept:
        return every - kept, True     # "avanmäls från träffarna under ledigheten; 3 maj och 22 feb kvarstår"
    if (reading.change == "substitute" and not cue
            and any((m := tab.mention(c, base)).others and not m.any and _OTHERS_PLACE.search(fold(c))
                    for i in reading.cue if i < len(own) for c in _clauses(own[i]))
            and (kept_only := _resolve([m for i, m in enumerate(said_here) if i not in reading.cue and m.dates
                                        and _ONLY_COMING.search(fold(own[i]))], tab.sessions))):
        # "Elin kan bara gå på första träffen. Johan tar hennes plats på de tre övriga": the others than those the one
        # leaving still comes to
        return (every - kept_only) or every, True
    if cue and reading.change == "substitute":
        # not what the writer keeps ("jag går på 3/5 men ..."), but what the writer takes over ("jag tar hans plats")
        # (nor what the one leaving keeps "som planerat" beside it: "Hon är med den 3 maj som planerat, men från och med
        # september tar Per hennes plats")
        taken = [(m, bool(_HELD.search(fold(c)) or (_KEPT.search(fold(c)) and not _DENIED.search(fold(c)))),
                  _reason(own[i], c)) for i in reading.cue if i < len(own)
                 for c in _clauses(own[i])
                 if not (_SELF_GOES.search(fold(c)) and not _OTHERS_PLACE.search(fold(c)))
                 and (m := tab.mention(c, base)).any]
        # a day the substitute cannot come, given as the reason for those taken ("han kan inte 3 maj, så han tar de
        # tre senare"): not a session taken
        if any(reason for _, _, reason in taken) and not all(reason for _, _, reason in taken):
            taken = [t for t in taken if not t[2]]
        # what one held before ("jag är anmäld till alla fyra, men från september tar Per över"), unless nothing else
        # names what is taken over
        taken_over = [m for m, held, _ in taken if not held] or [m for m, _, _ in taken]
        if taken_over and any(tab.mention(c, base).others for i in reading.cue if i < len(own)
                              for c in _clauses(own[i])):
            # "Emma går på första träffen i maj, och Johan tar de tre andra": one takes those named, another the
            # others, so together every session
            return every, True
        if taken_over:
            return _resolve(taken_over, tab.sessions), True
        # "Per går i mitt ställe just den gången": the session the sentence before names
        if referred := [own_mentions[i] for i in reading.cue if i < len(own) and own_mentions[i] is not said_here[i]]:
            return _resolve(referred, tab.sessions), True
    said = [own[i] for i in cue_at if i < len(own) and own_mentions[i].any]
    if cue and intent == Intent.REGISTER and any(_ABSENT.search(fold(s)) for s in said):
        wanted, not_coming = _wanted_and_absent(said, tab, base)
        if not_coming:
            return ((_resolve(wanted, tab.sessions) if wanted else every) - not_coming) or every, True
    if cue and intent == Intent.REGISTER:
        # per person: the writer's own sessions said apart from the signup of others ("jag kör på alla fyra. Anmäl
        # Per till den sista"): the union
        apart = [m for m, s in zip(own_mentions, own) if m.any and s not in said and _attends_apart(s)]
        if apart:
            return _each_ones_union(_all_but(cue, own_mentions, own), _all_but(apart, own_mentions, own),
                                    tab.sessions) or every, True
    if (cue and intent == Intent.REGISTER and pointer and forwarded_signup and forwarded
            and all(_FIRST_PERSON.search(f) and _MINE_TOO.search(f) for f in (fold(s) for s in said))
            and any(signs_up(f) and _FIRST_PERSON.search(f) for f in (fold(s) for s in forwarded))):
        # another's signup forwarded, and the writer's own for some sessions beside it ("Vidarebefordrar Kalles
        # anmälan nedan. Själv vill jag också anmäla mig, men bara till 3 maj"): each one's sessions, the union
        fwd_said = [s for s in forwarded if tab.mention(s, base).any and not _ASKED.search(s)]
        wanted, not_coming = _wanted_and_absent(fwd_said, tab, base) if fwd_said else ([], set())
        theirs = (_resolve(wanted, tab.sessions) if wanted else every) - not_coming
        return (_resolve(cue, tab.sessions) or every) | theirs, True
    if cue and intent in (Intent.REGISTER, Intent.CANCEL):
        return _resolve(cue, tab.sessions) or every, True
    absent: set[dt.date] = set()
    if intent == Intent.REGISTER:
        mentions: list[Mention] = []
        for i, (m, s) in enumerate(zip(own_mentions, own)):
            if not m.any:
                continue
            folded = fold(s)
            away = _STAYS_AWAY.search(folded)
            if away and not m.minus and (parts := [(c, tab.mention(c, base)) for c in _clauses(s)]) and all(
                    not _STAYS_AWAY.search(fold(c)) for c, cm in parts if cm.any):
                # "bara 3 maj tills vidare, vi återkommer om hösten", "21/9 passar, resten är jag ledig": the clause
                # that stays away names no session, those named are asked for
                away = None
            only_absent = False
            if i not in reading.cue and m.dates and not m.whole and _ABSENT.search(folded) and not _ASKED.search(s):
                # (not in a question: "will I keep up if I miss the first one?" says no absence)
                # "jag kan inte 3 maj men gärna 21/9": clause by clause, the sessions declined and those asked for
                wanted, not_coming = _wanted_and_absent([s], tab, base)
                absent |= not_coming if wanted or not_coming else m.dates - m.minus
                # "den 21 september sammanfaller med fullmäktige", "21/9 missar jag": the sentence asks for none
                only_absent = not wanted and bool(not_coming) and not_coming >= m.dates - m.minus
                if away:
                    mentions.extend(wanted)
            if (not away or m.minus) and not only_absent:
                mentions.append(m)  # "all bar February - I'm away that week": the sentence leaves it out itself
    else:
        # a new diet or address "for all the sessions I'm registered for" ("gäller alla träffar jag är anmäld till")
        # names the sessions held, none asked for
        mentions = [m for m, s in zip(own_mentions, own) if m.any and not (
            reading.change in ("diet", "details") and (m.whole and _HELD_ONES.search(fold(s))
                                                       or _ASKED.search(s) and not _MINE.search(fold(s))
                                                       or reading.change == "details" and _WHEN_DUE.search(fold(s))
                                                       and not re.search(r"\d", s)))]
        # (nor a question beside a new diet or address, of no sessions of one's own: "blir det lunch alla dagar eller
        # bara i maj?" asks for none; "kan ni notera det till mina träffar (3 maj och 21/9)?" tells them)
        if reading.change == "substitute":
            # "... Per går i mitt ställe. Själv kommer jag på 3 maj och 22/2": what the writer keeps is not handed over
            handed = [m for m, s in zip(own_mentions, own) if m.any and not _writer_keeps(fold(s))]
            mentions = handed or mentions
    if not mentions and pointer and intent == Intent.REGISTER and (each := _each_ones(thread or [], tab, base)):
        return each, True   # "anmäl Kalle och Ida till de träffar de själva skriver" over their replies: the union
    if (not mentions and pointer and forwarded and intent == Intent.CANCEL
            and (given_up := _held_all_given_up(_clause_dates(forwarded, tab, base, cancel=True), every))):
        return given_up, True   # another's whole withdrawal forwarded, beside the sessions they held
    if not mentions and pointer and forwarded and reading.change not in ("diet", "details"):
        # (not a new name or address over a forwarded confirmation: the sessions it shows are held, none asked for)
        fwd_mentions = [tab.mention(s, base) for s in forwarded]
        fwd_cue = [m for m, s in zip(fwd_mentions, forwarded) if m.any and carries_cue(fold(s))]
        mentions = fwd_cue or [m for m in fwd_mentions if m.any]
        fwd_said = [s for m, s in zip(fwd_mentions, forwarded) if m.any]
        if any(_ABSENT.search(fold(s)) for s in fwd_said):
            # "vill gå på träff 3 och 4. I maj hinner vi inte": the sessions asked for, less those they cannot
            wanted, not_coming = _wanted_and_absent(fwd_said, tab, base)
            if wanted:
                absent |= not_coming
    if not mentions and subject and (subject_mention := tab.mention(subject, base)).any:
        mentions = [subject_mention]
    if mentions:
        # each one's own sessions said apart from the rest ("jag kan alla utom feb. Per kan gå på alla"): the union
        listed = {id(m) for m in mentions} if intent == Intent.REGISTER and len(mentions) > 1 else set()
        apart = [m for m, s in zip(own_mentions, own) if id(m) in listed and _attends_apart(s)]
        if apart:
            alone = {id(m) for m in apart}
            others = [m for m in mentions if id(m) not in alone]
            chosen = _each_ones_union(_all_but(others, own_mentions, own), _all_but(apart, own_mentions, own),
                                      tab.sessions) or every
        else:
            chosen = _resolve(mentions, tab.sessions) or every
        if (intent in (Intent.REGISTER, Intent.CHANGE) and reading.change != "substitute"
                and any(m.others and not _KEPT.search(fold(s)) for m, s in zip(own_mentions, own))):
            chosen = set(every)     # "Jag står på första träffen. Lägg till de tre övriga också": those and the others
        return (chosen - absent) or chosen, True
    if absent and every - absent:
        return every - absent, True
    if intent == Intent.REGISTER and (hedged := set().union(*(m.hedged for m in own_mentions))):
        return hedged, True     # "jag kommer kanske också på 3 maj", no other session named: the one hedged
    if intent == Intent.CHANGE and reading.change in ("diet", "details"):
        # a new diet, name or address names no session: the sessions held stay as they are, none is asked for (a
        # change with no sessions; what a quoted confirmation shows is held already, not asked for now)
        return set(), False
    return every, False


#: The writer's own part said beside another's ("själv vill jag också", "jag vill även anmäla mig", "I'd like to
#: come too"): folded.
_MINE_TOO = re.compile(r"\b(?:sjalv|ocksa|aven|oxa|myself|too|as well|also)\b")

#: The line between two messages of a forwarded thread ("-----Ursprungligt meddelande-----", "-----Original
#: Message-----").
_THREAD_BREAK = re.compile(r"^\s*-{2,}\s*(?:ursprungligt meddelande|original message|originalmeddelande|"
                           r"ursprungligt e-postmeddelande|forwarded message|vidarebefordrat meddelande)\s*-{2,}\s*$",
                           re.IGNORECASE | re.MULTILINE)


def _others_messages(parts: BodyParts, sender_email: str | None) -> list[list[str]]:
    """The sentences of each message of a forwarded thread but the writer's own, when the thread's messages can be
    told apart and matched to their From: lines (in order); none otherwise."""
    blocks = [b for b in _THREAD_BREAK.split(parts.forwarded) if b.strip()]
    if len(blocks) < 2 or len(blocks) != len(parts.quoted_people):
        return []
    own = (sender_email or "").lower()
    return [sentences(b) for b, (_, address) in zip(blocks, parts.quoted_people) if not own or address.lower() != own]


def _each_ones(thread: list[list[str]], tab: _Tables, base: dt.date) -> set[dt.date]:
    """The union of the sessions each message of a thread asks for, less those its writer says they cannot come to
    ("jag vill gärna gå på 3 maj och 21/9 ... februariträffen krockar"; "första veckan i maj är jag ledig, så för min
    del blir det bara 21/9 och 29/11"): empty unless two messages or more name sessions."""
    every = set(tab.sessions)
    each: list[set[dt.date]] = []
    for message in thread:
        said = [s for s in message if tab.mention(s, base).any and not _ASKED.search(s)]
        if not said:
            continue
        wanted, not_coming = _wanted_and_absent(said, tab, base)
        each.append((_resolve(wanted, tab.sessions) if wanted else every) - not_coming)
    return set().union(*each) if len([e for e in each if e]) >= 2 else set()


def _name_in_text(address: str, parts: BodyParts, tab: _Tables) -> str | None:
    """A name for a sender whose address holds none: a full name in the text sharing its first word."""
    first = address.split("@", 1)[0].split(".")[0].lower()
    for text in (parts.signature, parts.own):
        for sentence in sentences(text)[::-1]:
            for name, _, _ in names_in(sentence, 0, tab.stop):
                if fold(name.split()[0]) == fold(first):
                    return name
    return None


_INTRO = re.compile(r"\b(?:jag heter|mitt namn (?:ar|är)|my name is|i am|i'm|this is|det (?:ar|är) jag|här (?:ar|är)|"
                    r"har (?:ar|är)|namn:|name:)\s+", re.IGNORECASE)


#: "Jag är" before a name, the name then ending its clause ("Jag är Olena Shevchuk, Falu kommun"): not "jag är Evas chef".
_INTRO_I_AM = re.compile(r"\b(?:jag|ja) (?:är|ar|e)\s+", re.IGNORECASE)
_INTRO_I_AM_END = re.compile(r"\s*(?:[,.!;:–-]|\s(?:från|fran|på|pa|hos|vid|och|from|at)\b|$)", re.IGNORECASE)
#: A name followed by "här" at the start of a sentence ("Nour El-Din Haddad här, Region Dalarna").
_GREETING_ONLY = re.compile(r"\W*(?:(?:hej|hejsan|hallå|halla|hello|hi|hey|tjena|tja)\b\W*)?", re.IGNORECASE)
_HERE_AFTER = re.compile(r"\s+(?:här|har|here)\s*(?:[,.!;:–-]|(?:från|fran|på|pa|from|at)\b)", re.IGNORECASE)


def _self_introduction(parts: BodyParts, tab: _Tables) -> str | None:
    """A full name the writer gives as their own ("Jag heter Anna Berg", "my name is ...", "Jag är Anna Berg, Mora",
    "Anna Berg här, ...")."""
    for text in (parts.greeting, parts.own):
        for m in _INTRO.finditer(text):
            rest = text[m.end():m.end() + 60]
            found = names_in(rest, 0, tab.stop)
            if found and found[0][1] == 0:
                return found[0][0]
        for m in _INTRO_I_AM.finditer(text):
            rest = text[m.end():m.end() + 60]
            found = names_in(rest, 0, tab.stop)
            if found and found[0][1] == 0 and _INTRO_I_AM_END.match(rest, found[0][2]):
                return found[0][0]
    for sentence in sentences(parts.greeting + "\n\n" + parts.own[:600])[:4]:
        sentence = sentence[:100]       # the name opens the sentence
        if not _HERE_AFTER.search(sentence):
            continue                    # no "här" after anything: no name to look for (names_in is the costly part)
        found = names_in(sentence, 0, tab.stop)
        if found and _GREETING_ONLY.fullmatch(sentence[:found[0][1]]) and _HERE_AFTER.match(sentence, found[0][2]):
            return found[0][0]
    return None


def _own_name_in_full(given: str, introduced: str) -> bool:
    """Whether a name the writer introduces themselves by is their display name in full: the display name in
    another script ("Олена Шевчук" writing "Jag är Olena Shevchuk"), or the same name with a word more ("Nour
    Haddad" writing "Nour El-Din Haddad här"), or with the words shortened to their initials written out ("Jan vd Berg"
    writing "Jan van der Berg här")."""
    if not any("a" <= c <= "z" for c in fold(given)) and any("a" <= c <= "z" for c in fold(introduced)):
        return True
    shown, full = name_key(given), name_key(introduced)
    return (len(full) > len(shown) >= 2 and full[0] == shown[0] and full[-1] == shown[-1]
            and (all(w in full for w in shown)
                 or "".join(shown[1:-1]) == "".join(w[0] for w in full[1:-1])))


_NEW_NAME = re.compile(r"\b(?:heter (?:nu|numera|sedan \w+)|my name is now|my new name is|mitt nya namn (?:ar|är)|"
                       r"is now called|nytt namn(?: (?:ar|är))?:?|new name(?: is)?:?|(?:new|nytt) surname(?: is)?:?)\s+",
                       re.IGNORECASE)


def _new_name(parts: BodyParts, tab: _Tables) -> str | None:
    """The name a writer says they now go by ("heter numera Anna Ek", "my name is now ...")."""
    for m in _NEW_NAME.finditer(parts.own):
        found = names_in(parts.own[m.end():m.end() + 60], 0, tab.stop)
        if found and found[0][1] == 0:
            return found[0][0]
    return None


#: Words of a sender that is an office, not a person ("kansli@", "registrator@", "Stadsbyggnadskontoret").
_OFFICE = re.compile(r"kansli|registrator|\binfo\b|\bpost\b|kontor|forvaltning|reception|kontakt|\badmin|"
                     r"sekretariat|avdelning|enhet|\bhr\b|personal|office|department")


def _function_mailbox(name: str | None, address: str, tab: _Tables) -> bool:
    """Whether a sender is a shared mailbox: no person's name in the address, and none (or an office's, or an
    organisation's) as display name."""
    if name_from_address(address) is not None:
        return False
    return (name is None or len(name.split()) < 2 or bool(tab.orgs.mentions(name))
            or bool(_OFFICE.search(fold(name + " " + address.split("@", 1)[0]))))


def _office_account(name: str | None, tab: _Tables) -> bool:
    """Whether a chat display name is an office's, not a person's: of two or more words, the first naming an
    organisation ("Ludvika Plan", "Mora Samhällsbyggnad", "Region Dalarna GIS"); a place as a surname stays a
    person's ("Stina Mora")."""
    words = (name or "").split()
    return len(words) >= 2 and bool(tab.orgs.mentions(words[0]))


def _signed_by(signature: str, mailbox: str, tab: _Tables) -> tuple[str, str] | None:
    """The person (name, address) who signs a shared mailbox's message with their own address."""
    for m in EMAIL.finditer(signature):
        address = m.group(0).lower().rstrip(".")
        if address == mailbox.lower() or address in tab.own_addresses:
            continue
        name = display_name(None, address, signature)
        if name is not None:
            return name, address
    return None


#: A person spoken of in the third person ("kan ni avanmäla henne?", "he has left").
_THIRD_PERSON = re.compile(r"\b(?:henne|honom|hen|hennes|hans|han|hon|him|her|his|he|she)\b")


def _given_key(name: str, address: str) -> str:
    """The folded given name of a header's writer (from the address when the header gives no name), or ""."""
    key = name_key((display_name(name, address) if name else name_from_address(address)) or "")
    return key[0] if key else ""


def _forwarded_writer(parts: BodyParts, sender_email: str | None, tab: _Tables) -> tuple[str, str] | None:
    """(display name as written, address) of the forwarded message's writer, unless it is the sender or us."""
    if not parts.quoted_people:
        return None
    name, address = parts.quoted_people[0]
    # in a chain forwarded more than once, the one the writer names by the given name ("Bekräfta gärna direkt till
    # Johan" over Karl's forward of Johan's mail), else the latest forwarder
    own = set(words(fold(parts.own)))
    named = [(n, a) for n, a in parts.quoted_people[1:]
             if a != (sender_email or "").lower() and a not in tab.own_addresses and _given_key(n, a) in own]
    if len(named) == 1 and _given_key(name, address) not in own:
        name, address = named[0]
    if address == (sender_email or "").lower() or address in tab.own_addresses:
        return None
    return name, address


#: Someone asking that the writer take part ("hon vill att jag också anmäls", "Per bad mig gå", "he asked me to
#: sign up"): the one asking is spoken of, not signed up.
_WANTS_WRITER_HINT = re.compile(r"\b(?:vill|onskar|ville|bett|bad|ber|wants?|wanted|asked|asks)\b")
_WANTS_WRITER = re.compile(r"\b(?:han|hon|hen|he|she|[a-z][\w-]+)\s+(?:(?:har|hade|has|had)\s+)?(?:vill|onskar|ville|bett|bad|ber|"
                           r"wants?|wanted|asked|asks|would like)\s+(?:(?:att|to|that)\s+)?(?:jag|mig|mej|me|i)\b")

#: A comparison with a third person ("samma träffar som han", "the same sessions as her").
_SAME_AS = re.compile(r"\b(?:samma|same)\b[^.!?]{0,40}?\b(?:som|as)\s+(?:han|hon|hen|him|her|he|she)\b")


def _forwarded_subject(parts: BodyParts, folded: list[str], sender_email: str | None, tab: _Tables) -> NameHit | None:
    """The writer of a forwarded message whom the forwarder speaks of ("Lisa har slutat, avanmäl henne")."""
    writer = _forwarded_writer(parts, sender_email, tab)
    if writer is None:
        return None
    name, address = writer
    author = display_name(name, address) if name else name_from_address(address)
    if author is None:
        return None
    # (in the genitive too: "jag tar Görans platser")
    first = re.compile(rf"\b{re.escape(fold(author.split()[0]))}s?\b")
    # the one who wants the writer signed up is no participant ("han vill att jag anmäls", "Ola bad mig anmäla mig")
    folded = [_WANTS_WRITER.sub(" ", f) if _WANTS_WRITER_HINT.search(f) else f for f in folded]
    # a comparison with the writer asks nothing about them ("till samma träffar som han", "the same days as her")
    folded = [_SAME_AS.sub(" ", f) for f in folded]
    # nor the one who passed the invitation on ("Magnus at Region Dalarna forwarded your invitation to me")
    folded = [f for f in folded if not passed_it_on(f, fold(author.split()[0]).lower())]
    if not any(carries_cue(f) and (_THIRD_PERSON.search(f) or first.search(f)) for f in folded):
        return None     # spoken of only beside the request ("Ola hör av sig själv om han vill")
    if _cited(" ".join(folded), fold(author.split()[0])):
        return None     # "jag är kollegan som Ola nämnde nedan"
    return NameHit(author, address, -1)


#: A word of a request that may open a subject before a name ("Avregistrering Tove Eng", "Deltagare Per Ek").
_REQUEST_WORD = re.compile(r"(?:av)?(?:anmal|registrer|bok)\w*|stryk\w*|byte|andring\w*|ersatt\w*|deltagare|"
                           r"uppdatering|cancel\w*|registration|withdraw\w*|substitut\w*|change|update|participant")


#: After a name in the genitive: the place it is ("Idas plats", "Per Eks ställe", "Tom's place").
_WHOSE_PLACE = re.compile(r"(?<=s)\s+(?:plats|platsen|st[aä]lle|place|spot|seat)\b|(?<='s)\s+(?:place|spot|seat)\b", re.IGNORECASE)


def _without_request_words(name: str) -> str:
    """A name found in a subject less the request words before it, read as capitalised name words."""
    words = name.split()
    while len(words) > 2 and (_REQUEST_WORD.fullmatch(fold(words[0])) or carries_cue(fold(words[0]))):
        words = words[1:]
    return " ".join(words)


def _subject_people(msg: MessageText, folded: list[str], sender_name: str | None, sender_email: str | None,
                    ignore: set[tuple[str, ...]], stop: StopWords) -> list[NameHit]:
    """The people a subject names in full when the text speaks of them only by the given name or as "him"/"her"
    ("Avanmälan Lukas Berg" over "Lukas slutar, stryk honom"): each one whose given name a sentence of the request
    holds, or the one named, when such a sentence speaks of a third person; never the writer."""
    subject = strip_prefixes(msg.subject)
    if not subject or not any(c.isupper() for c in subject):
        return []
    # not whose place is taken ("Tar Idas plats", "Per Eks ställe"): the one leaving
    named = [n for n in map(_without_request_words, (n for n, _, end in names_in(subject, 0, stop)
                                                     if not _WHOSE_PLACE.match(subject, end)))
             if len(name_key(n)) >= 2 and name_key(n) not in ignore and name_key(n)[::-1] not in ignore
             and not (sender_name and name_key(n) == name_key(sender_name))
             and not (sender_email and matches_address(n, sender_email))]
    if not named:
        return []
    cues = [f for f in folded if carries_cue(f)]
    out = [n for n in named if any(re.search(rf"\b{re.escape(name_key(n)[0])}\b", f) for f in cues)]
    if not out and len(named) == 1 and any(_THIRD_PERSON.search(f) for f in cues):
        out = named
    return [NameHit(n, None, -1) for n in out]


def _forwarded_request(msg: MessageText, config: Config, received_at: dt.datetime,
                       tab: _Tables) -> ParsedRequest | None:
    """A forwarded message's own request, read as its writer's, when the forwarder adds none ("Se nedan.")."""
    found = _forwarded_writer(msg.parts, msg.sender.address, tab)
    if found is None:
        # the writer's own mail sent before to a wrong address, sent on ("jag skickade mejlet nedan till fel adress"):
        # its request is the writer's own
        own_mail = (msg.parts.quoted_people[0][1] == (msg.sender.address or "").lower() if msg.parts.quoted_people
                    else True)
        if not (own_mail and resent(fold(msg.parts.own))):
            return None
        writer = msg.sender
        names = tuple(n for n in (msg.sender.name, name_from_address(msg.sender.address or "")) if n)
    else:
        name, address = found
        writer = Sender("email", address, name or None)
        names = tuple(n for n in (name, name_from_address(address)) if n)
    inner = read_message(MessageText(parts=split_body(msg.parts.forwarded, "", names), sender=writer,
                                     subject=msg.subject, problems=msg.problems), config, received_at)
    if inner.intent in (Intent.UNKNOWN, Intent.QUESTION):
        return None
    return replace(inner, sender=msg.sender)


def _named_below(msg: MessageText, config: Config, received_at: dt.datetime, tab: _Tables,
                 asker: NameHit) -> list[NameHit]:
    """Those the writer of a forwarded signup names beside themselves ("Jonas Frisk och jag vill gärna gå ... Kan du
    anmäla oss?"), when the forwarder only points below: the others of the forwarded message's own reading."""
    inner = _forwarded_request(msg, config, received_at, tab)
    if inner is None or inner.intent != Intent.REGISTER or all(p.email != asker.email for p in inner.people):
        return []
    return [NameHit(p.name, p.email, -1) for p in inner.people
            if p.name and p.email != asker.email and name_key(p.name) != name_key(asker.name)]


_FIRST_PERSON = re.compile(r"\b(?:mig|jag|me|i|i'd|i'm|myself)\b")
#: The writer alone or among others ("jag och Per är redan anmälda", "hon kompletterar oss två som redan är anmälda").
_WRITER_AMONG = re.compile(r"\b(?:mig|jag|me|i|i'd|i'm|myself|oss|vi|we|us)\b")
#: The same, "i" only as the English pronoun before its verb: the Swedish preposition ("delta i", "i så fall") is none.
_FIRST_PERSON_ASKS = re.compile(r"\b(?:mig|mej|jag|me|i'd|i'm|i'll|i've|myself)\b|\bi\s+(?:would|want|wish|will|am|"
                                r"have|can|could|should|need|plan|hope|also|like|do|shall|may|might)\b")


def _forwarded_author(parts: BodyParts, forwarded: list[str], sender_email: str | None,
                      tab: _Tables) -> NameHit | None:
    """The writer of a forwarded message who asks, in it, to take part ("kan du anmäla mig ...")."""
    writer = _forwarded_writer(parts, sender_email, tab)
    if writer is None:
        return None
    name, address = writer
    if not any(carries_cue(f) and _FIRST_PERSON_ASKS.search(f) for f in (fold(s) for s in forwarded)):
        return None
    author = display_name(name, address) if name else name_from_address(address)
    if author and _cited(fold(parts.own), fold(author.split()[0])):
        return None
    return NameHit(author, address, -1) if author else None


#: The forwarded mail's writer cited as the one who wrote of the writer ("jag är den tredje som Olle skrev om nedan",
#: "as Olle mentioned below"), while the writer speaks of nobody else: the forward is context, its signup sent before.
_WROTE = r"\s+(?:\w+\s+)?(?:skrev|skriver|namnde|namner|berattade|wrote|writes|mentioned|mentions)\b"


def _cited(folded_own: str, first: str) -> bool:
    """Whether the own text names the forward's writer only as the one who wrote, and speaks of no third person, or
    as the one who pointed the writer to it ("Per tipsade om det men han hinner inte själv")."""
    if not _FIRST_PERSON.search(folded_own):
        return False
    if any(_pointed_here(folded_own[m.end():]) for m in re.finditer(rf"\b{re.escape(first)}\b", folded_own)):
        return True
    return bool(re.search(rf"\b{re.escape(first)}{_WROTE}", folded_own)) and not _THIRD_PERSON.search(folded_own)


#: What follows the name of one who pointed the writer here ("... sa att jag skulle skriva här", "... tipsade om
#: det", "... tipsade mig om DalaLab", "... told me to write"): folded.
_POINTED = re.compile(r"\s+(?:har\s+|has\s+)?(?:sa|sade|sagt|tipsade|tipsat|tipsar|rekommenderade|rekommenderat|"
                      r"foreslog|foreslagit|told|suggested|recommended|tipped)\s+(?:\w+\s+)?(?:mig|jag|me|i|om|about)\b"
                      r"(?P<rest>[^.!?]*)")


def _pointed_here(after: str) -> bool:
    """Whether the folded text right after a name says that one pointed the writer here, asking nothing for
    themselves in that clause (not "sa att jag skulle anmäla honom också", "tipsade om det och hon vill också")."""
    m = _POINTED.match(after)
    if m is None:
        return False
    clause = re.split(r"\b(?:men|but)\b|[,;]", m.group("rest"), maxsplit=1)[0]
    return not _THIRD_PERSON.search(clause)


#: A label naming the one who approved a signup, the name after it: a label of a few words, one of approving or the
#: manager in charge ("Ansvarig chef: Eva Ek (godkänt 2027-02-10)", "Godkänd av chef:", "Chef som godkänt:",
#: "Chefens godkännande:", "Beslutsattestant:", "Approved by:"), or "godkänt av" right before the name, no colon
#: ("Godkänt av Per Holm 2027-02-10"); not a label of those taking part ("Deltagare (godkända av chef):", "Också godkänd att delta:"). Folded, up
#: to the name.
_APPROVER_LABEL = re.compile(r"(?:^|\n)\W*(?!.*\b(?:delta|deltar|deltagare\w*|anmald\w*|vara med|participants?|attend\w*)\b)(?:[^\W\d_]+\s+){0,3}?"
                             r"(?:(?:ansvarig|narmaste|godkannande) chef|\w*godkan\w*|\w*attest\w*|bevilja[dt]|"
                             r"approv\w*|(?:line |approving )manager)(?:\s+[^\W\d_]+){0,3}\s*:\s*$|"
                             r"\b(?:godkan[dt]|attester(?:ad|at)|bevilja[dt]|approved)\s+(?:av|by)\s*$")


def _approver(hit: NameHit, own: list[str]) -> bool:
    """Whether ``hit`` is named as the approver of a signup, on a label line of its own."""
    return hit.sentence >= 0 and bool(_APPROVER_LABEL.search(fold(own[hit.sentence][:hit.start])))


def _pointed_writer_here(hit: NameHit, own: list[str], folded: list[str]) -> bool:
    """Whether the writer names ``hit`` only as the one who pointed them here ("Min kollega Eva Ek sa att jag skulle
    skriva här"): so in its sentence, and named in no other."""
    if hit.sentence < 0 or not _pointed_here(fold(own[hit.sentence][hit.start + len(hit.name):])):
        return False
    if joins_too(folded[hit.sentence + 1:hit.sentence + 2]):
        return False    # "Eva Ek tipsade mig om det. Hon vill också gå, så anmäl oss båda."
    given = re.escape(fold(hit.name.split()[0]).lower())
    return not any(re.search(rf"\b{given}s?\b", f) for j, f in enumerate(folded) if j != hit.sentence)


#: The forwarder asking to register those of a forwarded thread who said yes ("anmäl de två som svarat ja",
#: "register those who said yes"): each writer in the thread whose answer is a yes is one of the people.
_THOSE_WHO_SAID_YES = re.compile(r"\bde (?:\w+ )?som (?:har )?(?:svarat|sagt|tackat) ja\b|"
                                 r"\bde (?:\w+ )?som (?:har )?(?:anmalt intresse|vill (?:vara med|ga|folja med|delta|komma|aka))\b|"
                                 r"\b(?:those|the (?:\w+ )?(?:ones|people|colleagues)) (?:who|that) (?:have )?"
                                 r"(?:said|replied|answered) yes\b|\b(?:those|the ones) who (?:want|wish) to (?:come|attend|join)\b")
#: Where one message of a thread ends and the one before begins: a separator line or a header's From: line.
_MESSAGE_BREAK = re.compile(r"^[ \t>]*(?:-{2,}[^\n]{3,60}?-{2,}[ \t]*$|\**(?:från|fran|from|von|fra)\**[ \t]*:.*$)",
                            re.IGNORECASE | re.MULTILINE)
_THREAD_HEADER = re.compile(r"^[ \t>]*\**(?:skickat|sent|datum|date|till|to|kopia|cc|ämne|amne|subject|gesendet|an|"
                            r"betreff)\**[ \t]*:.*$", re.IGNORECASE | re.MULTILINE)

#: Two or more blank lines in a forward: where a header block was taken out.
_HEADERS_REMOVED = re.compile(r"\n[ \t>]*\n(?:[ \t>]*\n)+")


def _forwarded_yes(parts: BodyParts, folded: list[str], sender_email: str | None, tab: _Tables) -> list[NameHit]:
    """The writers of a forwarded (or quoted) thread who answered yes, when the writer asks to register those who
    did ("Anmäl de två som svarat ja"): each message of the thread read as its header's writer's answer."""
    if not parts.quoted_people or not any(_THOSE_WHO_SAID_YES.search(f) for f in folded):
        return []
    thread = parts.forwarded if parts.is_forward else parts.quoted
    chunks = [c.strip(" \t\n>") for c in _MESSAGE_BREAK.split(_THREAD_HEADER.sub("", thread))]
    chunks = [c for c in chunks if c]
    if len(chunks) == 1 and parts.is_forward:
        # a forward's header lines are taken out already: its messages part where they stood, at two blank lines
        chunks = [c for c in (c.strip(" \t\n>") for c in _HEADERS_REMOVED.split(thread)) if c]
    if len(chunks) not in (len(parts.quoted_people), len(parts.quoted_people) + 1):
        return []       # the messages cannot be told apart by their writers
    # (the writer may name them by the given name: "de som svarat ja är Emma och Viktor" takes Emma's "Jag vill! Men
    # 29/11 krockar nog" as her yes)
    told = set(words(" ".join(f for f in folded if _THOSE_WHO_SAID_YES.search(f))))
    out: list[NameHit] = []
    for (name, address), chunk in zip(parts.quoted_people, chunks):
        if address == (sender_email or "").lower() or address in tab.own_addresses:
            continue
        author = display_name(name, address) if name else name_from_address(address)
        said = affirmation(chunk)
        named = any(k in told for k in name_key(author or "")[:1])
        if said is False or not (said or named or sender_attends(fold(chunk), True)[0]):
            continue
        if author:
            out.append(NameHit(author, address, -1))
    return out


def _address_book(parts: BodyParts) -> dict[tuple[str, ...], str]:
    """The addresses the quoted and forwarded mail gives people: its headers' writers, and any address there made
    of a name ("Erik Halvorsen, erik.halvorsen@leksand.se" in the signup quoted below), by the name's key; and any
    address made of a name under the signature ("cc: ingela.norberg@hedemora.se" below the sign-off)."""
    book: dict[tuple[str, ...], str] = {}
    for text in (parts.quoted, parts.forwarded, parts.signature):
        for m in EMAIL.finditer(text) if "@" in text else ():
            address = m.group(0).lower().rstrip(".")
            name = name_from_address(address)
            if name is not None:
                book.setdefault(name_key(name), address)
    book.update({name_key(n): a for n, a in parts.copied_people if n and name_key(n) not in book})
    book.update({name_key(n): a for n, a in parts.quoted_people if n})
    # a From: line written surname first ("Strand Emil <emil.strand@…>"), its address the other way round
    book.update({name_key(n)[::-1]: a for n, a in parts.quoted_people
                 if n and len(name_key(n)) == 2 and address_tokens(a) == list(name_key(n)[::-1])
                 and name_key(n)[::-1] not in book})
    return book


def _recipients_to_ignore(msg: MessageText) -> tuple[set[tuple[str, ...]], set[str]]:
    """The names and addresses of the mail's other recipients, which name nobody the request is about, less
    those whose address the writer writes out in their own words: a mail sent to the colleagues it signs up
    as well as to us ("Till: Linnea; Ingela Sahlin" over "jag anmäler Ingela Sahlin (ingela.sahlin@...)")."""
    own = msg.parts.own
    written = ({m.group(0).lower().rstrip(".") for m in EMAIL.finditer(own)} & msg.ignore_addresses
               if "@" in own and msg.ignore_addresses else set())
    if not written:
        return msg.ignore_names, msg.ignore_addresses
    keys = {k for name in map(name_from_address, written) if name for k in (name_key(name), name_key(name)[::-1])}
    return msg.ignore_names - keys, msg.ignore_addresses - written


#: A colleague named by the given name alone beside the writer ("varken jag eller Rasmus kan", "Rasmus och jag",
#: "me and Tom").
_GIVEN_BESIDE_WRITER = re.compile(
    r"\b(?i:jag|mig|mej|i|me)\s+(?i:och|o|&|and|samt|eller|nor)\s+(?:(?i:min|my)\s+(?i:kollega|colleague)\s+)?"
    r"([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\b(?!\s+[A-ZÅÄÖÆØÉÜ])|"
    r"(?<![\w-])([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+"
    r"(?i:och|o|&|and|samt)\s+(?i:jag|mig|I|me)\b")

#: A given name alone as the subject of a clause ("Per kan ändå vara med", "Eva vill gå på alla").
_GIVEN_SUBJECT = re.compile(r"(?<![\w-])([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+(?:kan|ska|skall|vill|kommer|"
                            r"har|behover|behöver|tar|gar|går|deltar|can|will|would|wants|is)\b")
_CAPITAL_BEFORE = re.compile(r"[A-ZÅÄÖÆØÉÜ][\w'-]*\s+$")     # a surname's given name before it ("Per Ek och jag")
#: Compared with, their own signup standing ("... kommer på resten som planerat, liksom Lovisa och jag", "precis som
#: jag och Per", "just like Eva and me"): folded text before the given name.
_LIKE_BEFORE = re.compile(r"\b(?:liksom|precis som|likasa|i likhet med|just like)\s+"
                          r"(?:(?:jag|mig|i|me)\s+(?:och|o|&|and|samt)\s+)?$")
#: Given names alone after a word of signing up ("Anmäl gärna Kalle och Ida till ...", "please register Tom and Eva"):
#: each in full as the thread below names them.
_GIVEN_ASKED = re.compile(
    r"\b(?i:anmäl|anmal|anmäla|anmala|registrera|boka in|skriv upp|sign up|register|book)\s+"
    r"(?:(?i:gärna|garna|även|aven|också|ocksa|please|också)\s+)?"
    r"([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:\s*(?:,|och|o|&|and|samt)\s*[A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+)*)\b(?!\s+[A-ZÅÄÖÆØÉÜ])")
_GIVEN_IN_LIST = re.compile(r"[A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+")
#: One whose place another takes, by the given name in the genitive ("Bosse tar Karins plats", "går i Karins ställe",
#: "takes Karin's place").
_GIVEN_PLACE = re.compile(r"(?<![\w-])([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+)(?:s|'s) "
                          r"(?:plats|ställe|stalle|place|spot|seat)\b")

#: One a substitute replaces, by the given name alone ("går istället för Eva", "ersätter Karin", "instead of Tom").
_GIVEN_REPLACED = re.compile(r"\b(?i:i ?st[aä]llet f[oö]r|instead of|in place of|ers[aä]tter|replaces|replacing)\s+"
                             r"([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\b(?!\s+[A-ZÅÄÖÆØÉÜ])")
_REPLACED_HINT = re.compile(r"(?i:st[aä]llet|instead|place of|ers[aä]tter|replac)")
#: A given name alone opening a sentence as its subject ("Erik har fått nytt jobb", "Eva slutar i mars").
_GIVEN_OPENS = re.compile(r"\W*([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+(?:har|hade|slutar|ska|skall|kommer|kan|"
                          r"blir|gar|går|flyttar|är|ar|has|is|will|leaves|can)\b")
#: One named in the genitive ("Pers", "Karins", "Jonas"), a pronoun then saying they take part ("Pers möte har
#: flyttats, så han kan gå 21/9 ändå", "Eva's trip was cancelled, so she can come after all"): the name less its
#: genitive ending in 1, the ending in 2.
_OWNER_THEN_PRONOUN = re.compile(
    r"(?<![\w-])([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+?)('s|s'?|')\s+[a-zåäöæøéü]+\b[^.!?;]{0,50}?\b(?i:så|sa|och|so|and)\s+"
    r"(?i:han|hon|hen|he|she)\s+(?i:kan|ska|skall|kommer|can|will)\s+(?:\w+\s+)?(?i:gå|ga|komma|delta|vara med|"
    r"den|på|go|come|attend|join|make it)\b")
#: A signup word in the passive ("Eva ska inte anmälas", "Per kan strykas", "Tom should be registered"): folded.
_PASSIVE_SIGNUP = re.compile(r"\b(?:anmalas|avanmalas|registreras|avregistreras|bokas|avbokas|strykas|tas bort|"
                             r"be (?:registered|signed up|booked|removed|cancelled|canceled))\b")
#: A place taken, spoken of by a pronoun ("tar över hans plats", "går i hennes ställe", "takes her place"): folded.
_PRONOUN_PLACE = re.compile(r"\b(?:hans|hennes|hens|his|her)\s+(?:plats\w*|stalle|place|spot|seat)\b")


def _given_from_thread(own: list[str], relevant: list[bool], parts: BodyParts, hits: list[NameHit],
                       stop: StopWords, ignore: set[tuple[str, ...]]) -> list[NameHit]:
    """A colleague the writer names beside themselves by the given name alone in a sentence about taking part
    ("Varken jag eller Rasmus kan komma den 3 maj"), in full as the quoted or forwarded thread names them ("...
    registrerat dig och Rasmus Hägg", "Till: Wik Jenny; Hägg Rasmus"): when the thread has one such person."""
    thread = (parts.quoted + "\n" + parts.forwarded).strip()
    if not thread:
        return []
    known = {name_key(h.name)[0] for h in hits if name_key(h.name)}
    out: list[NameHit] = []
    found: list[tuple[str, str, int]] = []
    for i, sentence in enumerate(own):
        if relevant[i]:
            found.extend((given, sentence, i) for m in _GIVEN_BESIDE_WRITER.finditer(sentence)
                         for k, given in enumerate(m.groups(), 1) if given and given not in stop
                         and fold(given) not in known
                         and not (k == 2 and _CAPITAL_BEFORE.search(sentence, 0, m.start(2)))
                         and not _LIKE_BEFORE.search(fold(sentence[max(0, m.start() - 20):m.start(k)])))
        if relevant[i]:
            found.extend((given, sentence, i) for m in _GIVEN_ASKED.finditer(sentence)
                         for given in _GIVEN_IN_LIST.findall(m.group(1))
                         if given not in stop and fold(given) not in known)
        if relevant[i] and ("plats" in sentence or "tälle" in sentence or "talle" in sentence or "'s " in sentence):
            found.extend((m.group(1), sentence, i) for m in _GIVEN_PLACE.finditer(sentence)
                         if m.group(1) not in stop and fold(m.group(1)) not in known
                         and not _CAPITAL_BEFORE.search(sentence, 0, m.start(1)))
        if relevant[i] and _REPLACED_HINT.search(sentence):
            # the one a substitute goes instead of ("Ola Berg går istället för Eva på höstträffarna")
            found.extend((m.group(1), sentence, i) for m in _GIVEN_REPLACED.finditer(sentence)
                         if m.group(1) not in stop and fold(m.group(1)) not in known)
        if (i + 1 < len(own) and _PRONOUN_PLACE.search(fold(own[i + 1])) and (m := _GIVEN_OPENS.match(sentence))
                and m.group(1) not in stop and fold(m.group(1)) not in known):
            # the one leaving, the subject opening the sentence before their place is taken ("Erik har fått nytt jobb.
            # Fatima Haddad tar över hans plats")
            found.append((m.group(1), sentence, i))
        if _OWNER_THEN_PRONOUN.search(sentence):
            # the one a pronoun then says takes part, named before in the genitive ("Pers möte har flyttats, så han kan
            # gå 21/9 ändå"; "Jonas möte ...": the name itself may end in "s")
            found.extend((given, sentence, i) for m in _OWNER_THEN_PRONOUN.finditer(sentence)
                         for given in dict.fromkeys((m.group(1) + m.group(2).rstrip("'"), m.group(1)))
                         if given not in stop and fold(given) not in known
                         and not _CAPITAL_BEFORE.search(sentence, 0, m.start(1)))
        if (relevant[i] and _THEM.search(fold(sentence))) or _PASSIVE_SIGNUP.search(fold(sentence)):
            # the subject of a request about a third person ("Per kan ändå vara med, så anmäl honom", "Eva ska inte
            # anmälas")
            found.extend((m.group(1), sentence, i) for m in _GIVEN_SUBJECT.finditer(sentence)
                         if m.group(1) not in stop and fold(m.group(1)) not in known
                         and not _CAPITAL_BEFORE.search(sentence, 0, m.start(1)))
    if not found:
        return []
    named = [n for line in thread.split("\n") if line.strip() for n, _, _ in names_in(line, 0, stop)]
    named += [n for n, _ in parts.quoted_people if n and n not in named]     # the thread's writers, by its From: lines
    named += [n for n, _ in parts.copied_people if n and n not in named]     # and those its writers sent copies to
    book = _address_book(parts)
    for given, sentence, i in found:
        key = fold(given)
        same = {name_key(n): n for n in named if len(name_key(n)) == 2 and name_key(n)[0] == key}
        same.update({name_key(n)[::-1]: " ".join(n.split()[::-1]) for n in named
                     if len(name_key(n)) == 2 and name_key(n)[-1] == key and name_key(n)[::-1] not in same})
        if len(same) == 1:
            k, name = next(iter(same.items()))
            if k not in ignore and all(name_key(h.name) != k for h in out):
                out.append(NameHit(name, book.get(k) or book.get(k[::-1]), i, sentence.find(given)))
    return out



#: One on whose behalf the writer writes, in the genitive ("Jag skriver på Patrik Sunds vägnar", "å Eva Lunds
#: vägnar", "för Per Holms räkning"): the full name without its "s".
_ON_BEHALF_OF = re.compile(r"(?<![\w-])(?i:på|pa|å|för|for)\s+([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+"
                           r"([A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]*[a-zåäöæøéü](?:-[A-ZÅÄÖ][a-zåäö]+)?)s\s+(?i:vägnar|vagnar|räkning|rakning)\b")


_HE_OR_SHE = re.compile(r"\b(?:han|hon|hen|honom|henne|he|she|him|her)\b")


def _on_behalf_named(own: list[str], hits: list[NameHit], stop: StopWords,
                     ignore: set[tuple[str, ...]]) -> list[NameHit]:
    """The one on whose behalf the writer writes, named in the genitive, which the name finder leaves, when the text
    goes on to speak of them ("Jag skriver på Patrik Sunds vägnar. Han är sjukskriven ... stryk honom"); not one
    only written for while others are asked about ("... vägnar. Anmäl Anna Berg och Eva Lind")."""
    out: list[NameHit] = []
    for i, sentence in enumerate(own):
        if ("vägnar" not in sentence and "vagnar" not in sentence and "kning" not in sentence
                or not any(_HE_OR_SHE.search(fold(s)) for s in own[i:])):
            continue
        for m in _ON_BEHALF_OF.finditer(sentence):
            first, last = m.group(1), m.group(2)
            if first in stop or last in stop or last.endswith("s"):
                continue
            name = f"{first} {last}"
            key = name_key(name)
            if key in ignore or any(name_key(h.name) == key for h in [*hits, *out]):
                continue
            out.append(NameHit(name, None, i, m.start(1)))
    return out


#: A sentence of nothing but a full name and a word saying it restates one said before ("Per Holm alltså.", "Alltså
#: Per Holm.", "dvs. Per Holm", "Tom Berg, that is.", "I mean Tom Berg"), perhaps in lower case in chat.
_RESTATING_WORD = r"(?:allts[aå]|alts[aå]|dvs|d\.?\s?v\.?\s?s|i\.?\s?e|that is|i mean|jag menar|menar jag|n[aä]mligen)"
_RESTATED_NAME = re.compile(r"\W*(?:(?P<pre>" + _RESTATING_WORD + r")\W+)?"
                            r"(?P<first>[^\W\d_]{2,}(?:-[^\W\d_]+)?)\s+(?P<last>[^\W\d_]{2,}(?:-[^\W\d_]+)?)"
                            r"(?:\W+(?P<post>" + _RESTATING_WORD + r"))?\W*", re.IGNORECASE)


#: A full name told of one named before by the given name ("Oskar Lundmark heter han i efternamn", "Hon heter Eva Lind
#: förresten", "his full name is Tom Berg"): the sentence's opening.
_NAME_WORD = r"[^\W\d_]{2,}(?:-[^\W\d_]+)?"
_NAME_THEN_CALLED = re.compile(r"\W*(?P<first>" + _NAME_WORD + r")\s+(?P<last>" + _NAME_WORD + r")\s+(?:heter|ar namnet pa|"
                               r"är namnet på)\s+(?:han|hon|hen)\b", re.IGNORECASE)
_CALLED_THEN_NAME = re.compile(r"\W*(?:(?:och|men|så|sa|and|but|so)\s+)?(?:(?:han|hon|hen|he|she)\s+(?:heter|is called)|"
                               r"(?:hans|hennes|hens|his|her)\s+(?:(?:fulla|fullständiga|fullstandiga|full)\s+)?"
                               r"(?:namn|name)\s+(?:är|ar|is))\s+(?P<first>" + _NAME_WORD + r")\s+(?P<last>" + _NAME_WORD
                               + r")(?!\s*-?[^\W\d_])", re.IGNORECASE)


def _told_name(sentence: str) -> re.Match[str] | None:
    """The full name a sentence tells of one named before ("Oskar Lundmark heter han", "Han heter Oskar Lundmark"),
    or as a restatement alone ("Per Holm alltså.")."""
    if len(sentence) <= 60 and (m := _RESTATED_NAME.fullmatch(sentence)) is not None and (m.group("pre") or m.group("post")):
        return m
    return _NAME_THEN_CALLED.match(sentence) or _CALLED_THEN_NAME.match(sentence)


def _given_restated(own: list[str], relevant: list[bool], hits: list[NameHit], stop: StopWords,
                    ignore: set[tuple[str, ...]]) -> list[NameHit]:
    """A colleague named by the given name alone in a sentence about taking part, the full name said after the fact
    in a sentence of its own ("Per kan inte 21/9, jag går i stället. Per Holm alltså.", "Jag och Per kommer. Per Holm
    heter han."): the full name, where the given name is written."""
    known = {name_key(h.name)[0] for h in hits if name_key(h.name)}
    out: list[NameHit] = []
    for j, sentence in enumerate(own):
        if relevant[j] or len(sentence) > 200 or (m := _told_name(sentence)) is None:
            continue
        first, last = (sentence[m.start(g):m.end(g)] for g in ("first", "last"))
        if (first in stop or last in stop or first.lower() in stop or last.lower() in stop
                or first.islower() != last.islower() or not (first.islower() or (first[0].isupper() and last[0].isupper()))):
            continue
        name = f"{first} {last}" if not first.islower() else f"{first.title()} {last.title()}"
        key = name_key(name)
        if key in ignore or key[0] in known or any(name_key(h.name) == key for h in out):
            continue
        given = re.compile(rf"(?<![\w-]){re.escape(first)}(?![\w-])(?!\s+{re.escape(last)}\b)",
                           re.IGNORECASE if first.islower() else 0)
        at = next(((i, g.start()) for i in range(j) if relevant[i] for g in [given.search(own[i])] if g), None)
        if at is not None:
            out.append(NameHit(name, None, at[0], at[1]))
    return out


#: An erasure asked for another's data ("radera hans personuppgifter", "Per Eks uppgifter", "delete her details");
#: the writer's own ("mina uppgifter", "my data") keeps the writer in.
_ERASE_OTHERS = re.compile(r"\b(?:hans|hennes|hens|deras|his|her|their|(?!this\b|its\b|was\b|has\b|us\b|dess\b)[\w-]{2,}s|"
                           r"[\w-]+'s) (?:\w+ )?(?:\w*uppgifter|data|information|details|personal data)\b|\b(?:radera|ta bort|delete|remove|erase) (?:honom|henne|him|her)\b|"
                           # their names and addresses taken off ("att deras namn och e-postadresser tas bort")
                           r"\b(?:deras|their) (?:namn|names|(?:e-?post|mejl|mail|e-?mail)[- ]?adress\w*|address\w*)\b|"
                           # the data about another ("de personuppgifter om henne som ni har", "the data you hold about him")
                           r"\b(?:\w*uppgifter(?:na)?|data|information|details)\b[^.!?]{0,25}\b(?:om|kring|about|on|of) (?:honom|henne|hen|dem|him|her|them)\b|"
                           # ... about a colleague ("uppgifterna om min kollega Jonas Ek", "the data on my colleague")
                           r"\b(?:\w*uppgifter(?:na)?|data|information|details)\b[^.!?]{0,25}\b(?:om|kring|about|on|of) "
                           r"(?:min |var |my |our )?(?:kollega\w*|medarbetare\w*|colleague\w*|co-?worker\w*)")
#: The data about one named in full ("uppgifterna om Jonas Ek", "the data you hold on Jonas Ek"): unfolded text.
_ERASE_NAMED = re.compile(r"\b(?:\w*uppgifter(?:na)?|data|information|details)\b[^.!?]{0,25}\b(?:om|kring|about|on|of) "
                          r"[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ][\w-]+")
_ERASE_MINE = re.compile(r"\b(?:mina|vara|my|our) (?:\w+ )?(?:person)?(?:uppgifter|data|information|details)\b|"
                         r"\b(?:radera|ta bort|delete|remove|erase) (?:mig|oss|me|us)\b|"
                         # the data about the writer ("alla uppgifter om mig", "the data you hold about me")
                         r"\b(?:\w*uppgifter(?:na)?|data|information|details)\b[^.!?]{0,25}\b(?:om|kring|about|on|of) "
                         r"(?:mig|oss|me|us)\b")


#: The writer's data and another's both ("radera mina och Per Eks uppgifter", "my and Eva's data").
_ERASE_BOTH = re.compile(r"\b(?:mina|my) (?:egna |own )?(?:och|o|&|samt|and) (?:[\w-]+ ){0,3}?(?:[\w-]+s|[\w-]+'s) "
                         r"(?:\w+ )?(?:\w*uppgifter|data|information|details)\b")


#: The data of "us both" ("om oss båda", "radera oss båda", "våra uppgifter", "our data"): the writer's and that of
#: whoever the text counts with the writer.
_ERASE_US_BOTH = re.compile(r"\b(?:oss|us)\s+(?:bada|both|tva|two|tre|three|fyra|four|alla|all)\b|\b(?:vara|our)\s+(?:badas?\s+|both\s+)?"
                            r"(?:\w+ )?(?:person)?(?:uppgifter|data|information|details)\b")


def _counted_with_writer(folded_own: str, name: str) -> bool:
    """Whether a name is counted with the writer ("kollegan Per Ek och jag", "jag och Per Ek", "Per Ek and I", "mig och
    två kollegor, Per Ek och Eva Lind")."""
    n = re.escape(fold(name).lower())
    return bool(re.search(rf"\b{n}\s+(?:och|o|&|and)\s+(?:jag|i)\b|"
                          rf"\b(?:jag|i)\s+(?:och|o|&|and)\s+(?:[\w-]+\s+){{0,2}}{n}(?![\w-])|"
                          rf"\b(?:mig|me)\s+(?:och|o|&|and)\s+(?:\w+\s+){{0,4}}?(?:kollegor\w*|colleagues)\b[^.!?;]{{0,40}}?"
                          rf"\b{n}(?![\w-])", folded_own))


def _named_with_me(folded_own: str, name: str) -> bool:
    """Whether a name is the object beside the writer's ("mig och min kollega Per Ek", "me and Per Ek")."""
    n = re.escape(fold(name).lower())
    return bool(re.search(rf"\b(?:mig|me)\s+(?:och|o|&|and)\s+(?:[\w-]+\s+){{0,2}}{n}(?![\w-])", folded_own))


def _erasing_both(folded_own: str, third: list[NameHit], own_text: str = "") -> bool:
    """Whether an erasure is asked for the writer's data and that of another named ("mina uppgifter, och även Per
    Eks"; "om oss båda" with "kollegan Per Ek och jag"; "uppgifterna om mig och min kollega Per Ek", the name as
    written in ``own_text``, not words read as one: "ta bort mig och radera allt")."""
    if _ERASE_BOTH.search(folded_own):
        return True
    if _ERASE_US_BOTH.search(folded_own) and any(_counted_with_writer(folded_own, h.name) for h in third):
        return True
    if _ERASE_MINE.search(folded_own) and any(_named_with_me(folded_own, h.name) and h.name in own_text
                                              for h in third):
        return True     # "radera uppgifterna om mig och min kollega Per Ek", "delete me and my colleague Per Ek"
    return bool(_ERASE_MINE.search(folded_own)) and any(
        _genitive_of(h.name) and re.search(rf"\b(?:och|samt|and|&)\s+(?:(?:aven|ocksa|also)\s+)?"
                                           rf"{re.escape(fold(h.name).lower())}(?!\s+(?:vagnar|rakning)\b)(?![\w-])",
                                           folded_own)
        for h in third)


def _data_of(name: str, own: str) -> bool:
    """Whether ``name`` is written in the genitive right before the data it owns ("Jonas Eks uppgifter")."""
    return bool(_genitive_of(name)) and bool(re.search(re.escape(name) + r"\s+(?:\w+\s+)?(?:\w*uppgifter\w*|data)\b", own))


def _genitive_of(name: str) -> str:
    """A name written in the genitive, its surname ending in one "s" ("Per Eks"), else ""."""
    last = name.split()[-1] if name.split() else ""
    return name if len(name.split()) >= 2 and last.endswith("s") and not last.endswith("ss") else ""


def _erasing_another(folded_own: str, own: str = "") -> bool:
    """Whether an erasure is asked for someone else's data, not the writer's (``own``: the same text unfolded)."""
    return (bool(_ERASE_OTHERS.search(folded_own) or _ERASE_NAMED.search(own))
            and not _ERASE_MINE.search(folded_own))


#: The details (address, name) of someone other than the writer being put right ("hans adress", "kollegans
#: mejladress", "her e-mail address"); a named person's are found by their name in the genitive ("Tobias adress").
_DETAIL = (r"(?:(?:e-?post|mejl|mail|e-?mail)[- ]?)?(?:adress(?:en|er|erna)?|address(?:es)?|namn(?:et|en)?|names?|"
           r"efternamn|surnames?)\b")
_DETAILS = r"(?:\w+ )?" + _DETAIL
_ANOTHERS_DETAILS = re.compile(r"\b(?:hans|hennes|hens|sin|sitt|his|her|deras|their|kollegans|kollegas|kollegornas|colleague'?s|"
                               r"colleagues') " + _DETAILS + "|"
                               # "hans mejl är per.ek2@orsa.se", "her e-mail is ..."
                               r"\b(?:hans|hennes|hens|his|her) (?:mejl|mail|e-?post|e-?mail) (?:ar|is)\b")


def _anothers_details(folded_own: str, third: list[NameHit], sender_email: str | None = None) -> bool:
    """Whether a change of details puts right the details of those named, not the writer's: "jag stavade fel på
    Tobias adress", "Per Eks mejladress ska vara ...", "her address was wrong"."""
    if not third or _ERASE_MINE.search(folded_own) or re.search(r"\b(?:min|mitt|my|mina) (?:nya |gamla |new |old )?" + _DETAIL, folded_own):
        return False
    if _ANOTHERS_DETAILS.search(folded_own):
        return True
    if renamed_another(folded_own):
        return True     # "Linda Persson … heter nu Linda Ek": the new name and address are hers, not the writer's
    if (all(h.email and h.email != sender_email for h in third)
            and re.search(r"\b(?:kolleg\w*|colleagues?|deras|their)\b", folded_own)):
        return True     # "uppgifterna om mina kollegor: Per Ek – per.ek@orsa.se, ...": each one's own address
    forms = {fold(f) for h in third for f in (h.name, h.name.split()[0])}
    return any(re.search(rf"\b{re.escape(f)}(?:s|'s|')? " + _DETAILS, folded_own)
               # "Eva Lind, som jag anmälde i mars, har fått ny e-postadress", "Per Ek has a new address"
               or re.search(rf"\b{re.escape(f)}(?:,[^,.!?]{{0,60}},)? (?:har |has )?(?:fatt|fick|got|gotten|har|has) "
                            r"(?:en |an? )?(?:ny|nya|new) " + _DETAIL, folded_own) for f in forms)


def _whose_place(own: list[str], folded: list[str], tab: _Tables, sender_name: str | None,
                 sender_email: str | None) -> list[NameHit]:
    """The one whose place a writer takes when the sentence saying so names them only as "him"/"her" ("Johan Ek
    is double-booked ... I'll go in his place"): the last other person named in full before it."""
    joining = next((i for i, f in enumerate(folded) if sender_joining(f)), len(own) - 1)
    for i in range(joining, -1, -1):
        for name, start, _ in names_in(own[i], i, tab.stop)[::-1]:
            if len(name_key(name)) < 2 or (sender_name and name_key(name) == name_key(sender_name)) \
                    or (sender_email and matches_address(name, sender_email)):
                continue
            return [NameHit(name, None, i, start)]
    return []


#: The line a chat client puts over a message pasted from someone else ("[Forwarded from Eva Ek]", "Vidarebefordrat
#: från Eva Ek:"); the paragraph under it is that person's voice, not the writer's.
_PASTED_HEADER = re.compile(r"^[ \t]*\[?(?:forwarded from|vidarebefordrat (?:meddelande )?fr[aå]n|videresendt fra)\s+"
                            r"(?P<who>[^\n\]]{2,60})\]?:?[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)


def _pasted_forward(text: str, folded: list[str], stop: StopWords) -> tuple[set[int], list[NameHit]]:
    """The indices of ``sentences(text)`` that belong to a message pasted under a forward line (up to the next
    blank line): "jag" there is its writer, and the forwarder greeted there ("hej Camilla") takes no part; and
    the writers of such messages who ask in them to take part ("kan du anmäla mig ...")."""
    out: set[int] = set()
    authors: list[NameHit] = []
    for m in _PASTED_HEADER.finditer(text) if "orward" in text or "idarebefordra" in text or "idere" in text else ():
        end = text.find("\n\n", m.end())
        first = len(sentences(text[:m.start()]))
        block = range(first, first + len(sentences(text[m.start():end if end >= 0 else len(text)])))
        out.update(block)
        named = names_in(m.group(0).strip(), first, stop)
        if named and any(carries_cue(folded[i]) and _FIRST_PERSON.search(folded[i]) for i in block if i < len(folded)):
            authors.append(NameHit(named[0][0], None, first, -1))
    return out, authors


#: The writer and someone else together ("Jag och Elin Strand kommer ...", "me and my colleague ...").
_WITH_SELF = re.compile(r"\b(?:jag|mig|me|i) (?:\([^)]{0,30}\) )?(?:och|o|and|&|samt|\+)\s|\b(?:jag|mig|me|i) \([^)]{0,30}\),|\s(?:och|o|and|&) (?:jag|mig|me|i)\b|"
                        r"\b(?:tillsammans med|together with|along with) |"
                        # the writer first in a list of given names ("jag, Lisa och Ahmed kommer")
                        r"\b(?:jag|mig|me|i), [^\W\d_]+ (?:och|o|and|&|samt)\s")

#: The writer coming together with others, with or without the sessions ("Från Orsa kommer jag, Eva Ek, tillsammans med
#: Per Holm och Ali Nur", "I'm coming along with my colleagues Tom Berg and Sara Lind"): folded; "jag" is looked for
#: apart.
_COMES_WITH = re.compile(r"\b(?:kommer|deltar|gar|ar med|vill vara med|come|coming|attend\w*|join\w*)\b[^.!?]{0,60}?"
                         r"\b(?:tillsammans med|ihop med|together with|along with)\s")
_I_HERE = re.compile(r"\b(?:jag|i|i'm|i'll)\b")
#: A name right after a verb striking or adding it ("stryk Per Ek och lägg till Eva Lind", "remove Tom Berg"): the one
#: struck or added.
_NAME_STRUCK_OR_ADDED = re.compile(r"\b(?i:stryk|ta(?:\s+(?:d[aä]rf[oö]r|allts[aå]|d[aä]rmed|d[aå]|ocks[aå]|[aä]ven|nu|"
                                   r"g[aä]rna))?\s+bort|l[aä]gg till|remove|add)\s+"
                                   # perhaps a word between ("Stryk därför Anna Lund och Bo Eriksson", "stryk alltså
                                   # Per Holm", "lägg till även Eva Lind"), or inside ("Ta därför bort Per Ek")
                                   r"(?:(?i:d[aä]rf[oö]r|allts[aå]|d[aä]rmed|d[aå]|ocks[aå]|[aä]ven|nu|g[aä]rna|"
                                   r"therefore|also|then|now|too)\s+)?[A-ZÅÄÖÆØÉÜ][^\W\d_]+"
                                   r"(?:-[A-ZÅÄÖ][^\W\d_]+)? [A-ZÅÄÖÆØÉÜ][\w-]+\b")
#: The writer first in a list of those a group is ("jag (Maria Eng) + Ali Yusuf + två till", "jag, Per Ek och Eva Lind"):
#: folded, after a sentence telling of the group.
_WRITER_FIRST_IN_LIST = re.compile(r"\s*(?:jag|mig|me|i)\b\s*(?:\([^)]{0,40}\)\s*)?(?:\+|,|&|och\s|o\s|and\s|samt\s)")
#: Someone said to come along ("sanna öberg från oss hänger med också", "Per Ek följer med på alla fyra"): folded.
_COMES_ALONG = re.compile(r"\b(?:hanger|foljer) (?:(?:ocksa|aven|garna) )?med\b|\bhakar (?:(?:ocksa|aven) )?pa\b")

#: Where "vi" are from, between the word and its verb ("vi från Leksand blir tre", "vi på Orsa kommun är två"): folded.
_WE_FROM = r"(?:(?:fran|pa|i|har i|har pa|har fran) (?:[\w-]+ ){1,3}?)"
#: A sentence about a group taking part ("vi blir fyra: ...", "följande deltar", "we'll be three").
_GROUP = re.compile(r"\b(?:vi (?:" + _WE_FROM + r")?(?:(?:vill|ska|skulle) )?(?:blir|ar|kommer|e|vara|bli) (?:\w+ )?"
                    r"(?:tva|tre|fyra|fem|sex|\d)|"
                    r"(?:vill|ska|skulle|kommer) vi (?:\w+ )?(?:vara|bli) (?:\w+ )?(?:tva|tre|fyra|fem|sex|\d)|"
                    r"vi (?:tva|tre|fyra|fem|sex)\b|"
                    r"we(?:'ll| will)? (?:be|are) (?:two|three|four|five|six|\d)|foljande|the following|"
                    r"deltagare|deltagarna|participants|attendees)\b")

#: Names listed after a colon ("här är Säters anmälan: Emil Hult och Sofia Grahn").
_NAMES_LISTED = re.compile(r":\s*[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)? [A-ZÅÄÖÉ][a-zåäöéü]+")


#: A numbered list's number left alone when the text is cut into sentences ("1.").
_NUMBER_ALONE = re.compile(r"\s*\d{1,2}[.)]\s*")
#: A line introducing a list of people ("Anmälan för:", "Deltagare:", "Names:"), or a count of them to be added
#: ("Lägg gärna till två till från oss:", "lägg till följande:", "please add these three:").
_LIST_HEAD = re.compile(r"\b(?:anmal\w*|deltag\w*|namn\w*|personer|participants?|attendees?|names?|registration)\b|"
                        r"\b(?:lagg|lagga) (?:\w+ )?till (?:ytterligare |aven |ocksa )?(?:tva|tre|fyra|fem|sex|\d+|"
                        r"foljande|dessa|nagra)\b|\badd (?:\w+ )?(?:two|three|four|five|\d+|the following|these)\b")


#: A line saying whom the request concerns, a list of them after it ("Det gäller:", "Detta gäller följande
#: personer:", "It concerns:"): folded.
_WHOM_HEAD = quick(re.compile(r"\W*(?:(?:det|detta|anmalan|avanmalan|andringen|det hela) )?(?:galler|ror|avser|beror)"
                        r"(?: (?:foljande|dessa|de har|oss)(?: \w+)?)?\s*:\s*|"
                        r"\W*(?:this|it|that|the (?:change|cancellation|registration)) (?:concerns|is for|applies to|"
                        r"covers)(?: (?:the following|these)(?: \w+)?)?\s*:\s*"))


def _nothing_asked(own: list[str], reading: IntentReading) -> bool:
    """Whether the writer's own words ask nothing: no question mark, no question the rules read ("Vi är fyra som vill
    gå hela DalaLab: 1. ... 2. ..."); a signup of people named so is no question, whatever the subject asks."""
    return reading.question is None and not any("?" in s for s in own)


def _relevant(own: list[str], folded: list[str], mentions: list[Mention]) -> list[bool]:
    """Sentences where names are people taking part: cue sentences, list items, table rows, lists after ':',
    and sentences naming sessions for the writer together with someone else."""
    out: list[bool] = []
    listing = False
    numbered = False    # the sentence before was a list's number alone ("1."): this one is the item
    headed = False      # the sentence before introduced a list ("Här kommer Faluns anmälningar.")
    grouped = False     # the sentence before told of a group ("vi blir 4 från regionen på träffen 21/9.")
    for sentence, f, mention in zip(own, folded, mentions):
        short = len(sentence.split()) <= 8
        flag = (carries_cue(f) or bool(re.match(r"\s*(?:[-*•·]|\d{1,2}[.)])\s", sentence)) or "|" in sentence
                or (listing and (short or _row(sentence, mention.any))) or numbered or (mention.any and bool(_WITH_SELF.search(f))) or bool(_GROUP.search(f))
                or (bool(_COMES_WITH.search(f)) and bool(_I_HERE.search(f)))
                or (mention.any and bool(_COMES_ALONG.search(f)))
                or (grouped and bool(_WRITER_FIRST_IN_LIST.match(f)))
                or bool(_NAME_STRUCK_OR_ADDED.search(sentence))
                or bool(_NAMES_LISTED.search(sentence)) or bool(_PUT_FORWARD.search(sentence))
                or (_COMING_HINT.search(f) is not None and _COMING_AFTER_OPENING.match(sentence) is not None)
                # a signup the writer made for another, who is away ("jag anmälde Eva Lind men hon kan inte längre")
                or any(_signed_up_away(f, m.start(), m.end()) for m in _NAME_HINT_FULL.finditer(sentence)))
        here = bool(_LIST_HEAD.search(f))
        listing = ((sentence.rstrip().endswith(":") and (flag or here or headed or bool(_WHOM_HEAD.fullmatch(f))))
                   or (listing and (short or _row(sentence, mention.any))))
        numbered = bool(_NUMBER_ALONE.fullmatch(sentence))
        headed = here
        grouped = bool(_GROUP.search(f))
        out.append(flag or (mention.any and bool(_NAMED_TAKES_PART.search(sentence) or _SIGNUP_HEADED.match(f)
                                                 or _NAME_MOVED.search(sentence))))
    # a request that speaks of people by a pronoun alone ("stryk dem", "kan ni avanmäla henne?"): the sentence before
    # names them (not when the request names one of them itself: "Tiina har förhinder, så stryk henne")
    for i in range(1, len(out)):
        if (out[i] and not out[i - 1] and carries_cue(folded[i])
                and (_THEM.search(folded[i]) or _THEY_WANT.match(folded[i])
                 or (_US_ALL.search(folded[i]) and _WITH_SELF.search(folded[i - 1])))
                and _NAME_HINT.search(own[i - 1])
                and not any(re.search(rf"\b{fold(w)}\b", folded[i])
                            for w in re.findall(r"\b[A-ZÅÄÖÆØÉÜ][a-zåäöæøéü]+(?= [A-ZÅÄÖÆØÉÜ])", own[i - 1]))):
            out[i - 1] = True
    # a signup the writer made before for several, one of them told of later by the given name ("I december anmälde
    # jag Per Ek, Eva Lind och Ola Berg. Eva är vegan ..."): the names are of those the request may be about (when
    # the sentence telling of one is no cue of its own, which finds the one by the given name itself)
    for i in range(len(out) - 1):
        if not out[i] and _SIGNED_BEFORE_BY_WRITER.search(folded[i]):
            givens = {fold(m.group(0).split()[0]).lower() for m in _NAME_HINT_FULL.finditer(own[i])}
            out[i] = any(not out[j] and re.search(rf"\b{re.escape(g)}s?\b", folded[j])
                         for g in givens for j in range(i + 1, len(out)))
    return out


#: A signup the writer made before ("anmälde jag", "vi har anmält"): folded.
_SIGNED_BEFORE_BY_WRITER = re.compile(r"\b(?:anmalde|registrerade|bokade) (?:jag|vi)\b|"
                                      r"\b(?:jag|vi) (?:har |hade )?(?:anmalde|anmalt|registrerade|bokade)\b")


#: A name followed, near it, by a verb of taking part or staying away ("Tomas Wiklund ska vara med 3 maj", "varken Eva
#: Ek eller Per Holm kan delta den 22/2"): in a sentence naming a session, the people it is about.
_NAMED_TAKES_PART = re.compile(r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+\b[^.!?]{0,40}?\b(?:(?i:ska|skall|vill|kommer|kan|kunna|"
                               r"will|would|can|[oö]nskar|wish(?:es)?|wants?)\b[^.!?]{0,20}?\b(?i:vara med|delta|deltaga|n[aä]rvara|medverka|attend|join|"
                               r"take part|participate)\b|"
                               # the infinitive of going right after the names, its modal before them ("nu kan hela
                               # gruppen – Eva Ek och Per Holm – även gå på träffen i februari")
                               r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+\s*[–—-]?\s+(?i:(?:[aä]ven|ocks[aå])\s+)?"
                               r"(?i:g[aå] p[aå]|komma p[aå]|komma till|delta (?:p[aå]|i))\s|"
                               # or going, said straight ("Karin Lindqvist kommer på alla träffar", "Per Ek och Eva Lind
                               # deltar 3 maj", "Ola Berg ska gå på de två första", "Tom Ek attends all four")
                               r"(?i:kommer|deltar|g[aå]r|[aä]r med|ska g[aå]|attends?|is (?:coming|attending|joining))"
                               r"\s+(?i:(?:inte|ej|bara|endast|ocks[aå]|[aä]ven|g[aä]rna|only|also|not)\s+)?"
                               r"(?i:p[aå]|till|den|on|to|the|all|both|alla|b[aå]da|\d)(?![\w-])"
                               r"(?!(?i:[^.!?]{0,12}\b(?:pension|f[oö]r[aä]ldraledig|tj[aä]nstledig|semester|sjukskriv))))|"
                               # sessions taken, in everyday words ("Anna Vik tar 3 maj och 29 november", "Per Ek kör de
                               # två första")
                               r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+\s+(?i:tar|k[oö]r)\s+(?i:(?:bara|endast|ocks[aå]|"
                               r"[aä]ven)\s+)?(?:\d|(?i:alla|samtliga|b[aå]da|(?:de|dom) (?:tv[aå]|tre|f[oö]rsta|sista)|"
                               r"den (?:f[oö]rsta|andra|tredje|fj[aä]rde|sista))\b)|"
                               # the verb first, after what opens the sentence ("Från oss kommer Eva Ek och Per Holm på
                               # de två höstträffarna", "I maj deltar Tom Berg")
                               r"\b(?i:kommer|deltar|g[aå]r)\s+[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+"
                               r"(?:\s+(?i:och|o|samt|&)\s+[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+)?"
                               r"\s+(?i:(?:ocks[aå]|[aä]ven|g[aä]rna)\s+)?(?i:p[aå]|till|den|alla|b[aå]da|\d)(?![\w-])|"
                               # the modal first ("Förutom mig vill också Lena Dahl vara med på alla träffar")
                               # (each perhaps with a title in brackets: "vill Eva Ek (planerare) och Per Holm (GIS)
                               # vara med")
                               r"\b(?i:vill|ska|skall|kan)\s+(?i:(?:ocks[aå]|[aä]ven|g[aä]rna|nu)\s+)?"
                               r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+(?:\s*\([^()]{1,40}\))?"
                               r"(?:\s+(?i:och|o|samt|&)\s+[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+(?:\s*\([^()]{1,40}\))?)?"
                               r"\s+(?i:(?:ocks[aå]|[aä]ven|g[aä]rna)\s+)?(?i:vara med|delta|deltaga|komma|f[oö]lja med|"
                               r"h[aä]nga med|g[aå] p[aå])\b")
#: One or more named as those the writer puts forward, a session named or not: sent ("Från Orsa skickar vi Eva Ek och
#: Per Holm på alla träffar", "I hans ställe skickar vi Eva Ek, eva.ek@…", "We're sending Eva Ek and Per Holm to ..."),
#: chosen ("Det blir Eva Ek och Per Holm som representerar Orsa", "Det får bli ...", "Vi har utsett Eva Ek att ..."), written for ("jag skriver åt min man Per Holm", "å min mans vägnar, Per Holm") or wishing to sign up, the writer passing it on ("ett samtal från Eva Ek, planerare hos oss, som
#: vill anmäla sig"); not one whose mail is sent on ("skickar Per Eks mejl vidare").
_NAMES = (r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)? [A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
          r"(?:\s*(?:,|(?i:och|o|samt|&|and))\s*[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)? "
          r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?)*")
_PUT_FORWARD = re.compile(r"\b(?i:skickar|skicka|s[aä]nder|s[aä]nda|utser|utse|utsett|uts[aå]g|nominerar|nominera|"
                          r"nominerat|delegerar|send|sending|nominate|nominating)\s+(?:(?i:vi|jag)\s+)?" + _NAMES
                          + r"(?=\s*[,.;:(]|\s+(?i:p[aå]|till|som|i|att|to|for|as)\b)|"
                          r"\b(?i:det (?:blir|f[aå]r bli|kommer att bli|ska bli))\s+" + _NAMES + r"\s+(?i:som)\b|"
                          r"\b(?i:[aå]|p[aå])\s+(?i:min|mitt|v[aå]r|mina|v[aå]ra)\s+[\w-]+s\s+(?i:v[aä]gnar),?\s+" + _NAMES + "|"
                          r"\b(?i:skriver|mejlar|mailar|h[oö]r av mig|messar)\s+(?i:[aå]t|f[oö]r)\s+(?i:min|mitt|v[aå]r|mina|v[aå]ra)\s+[\w-]+\s+" + _NAMES + "|"
                          + _NAMES + r",(?:(?!\b(?i:men|but)\b)[^.!?]){0,60}?\b(?i:som)\s+(?i:vill|skulle vilja|[oö]nskar)\s+"
                          r"(?i:g[aä]rna\s+)?(?i:anm[aä]la sig|delta|vara med)\b")
#: The verb of coming second, after what opens the sentence, the names its subject after it ("Från oss kommer Anna
#: Lund och Bo Ek.", "Från vår förvaltning deltar Karin Holm", "Till höstens träffar kommer Lisa Strand från oss", "Från
#: Orsa kommer jag och Bo Ek"): those named are coming, a session named or not; not "Från och med maj kommer Per Ek att
#: vara kontaktperson", "I maj går Per Ek i pension"; a title or role may stand before the name ("Från Mora kommun
#: deltar planarkitekt Eva Ek", "Från oss kommer vår nya planerare Per Ek"), not a word denying it ("kommer inte").
_COMING_AFTER_OPENING = re.compile(r"\W*(?i:fr[aå]n|till|i|p[aå]|under|vid|hos)\s+(?:[\w-]+\s+){0,4}?"
                                   r"(?i:kommer|deltar|g[aå]r)\s+(?:(?i:ocks[aå]|[aä]ven|d[aå]|nu|g[aä]rna)\s+)?"
                                   r"(?:(?i:jag|mig)\s*(?:,|\s(?i:och|o|samt|&))\s*)?"
                                   r"(?:(?!(?:inte|ej|aldrig|heller|tyv[aä]rr|d[aä]remot|att)\b)[a-zåäöéü][\w-]*\s+){0,3}"
                                   r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][\w-]+\b"
                                   r"(?!\s+att\s+(?!(?:delta|komma|vara med|n[aä]rvara|medverka|g[aå])\b))"
                                   r"(?!(?i:[^.!?]{0,12}\b(?:pension|f[oö]r[aä]ldraledig|tj[aä]nstledig|semester|"
                                   r"sjukskriv)))")
_COMING_HINT = re.compile(r"\b(?:kommer|deltar|gar)\b")
#: A sentence headed as a signup ("Anmälan från Avesta kommun: Per Ek och Eva Berg till 21/9"), naming sessions.
_SIGNUP_HEADED = re.compile(r"\s*(?:anmalan|anmalningar|registrering|registration|sign-?up)\b(?! (?:\w+ )?(?:stangde|stanger|closes?))")
#: A list's line opening with a name written surname first ("Nyström, Kajsa  trafikplanerare  22 februari ...").
_ROW_START = re.compile(r"\s*[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?, [A-ZÅÄÖÆØÉÜ][^\W\d_]+\b")


def _row(sentence: str, sessions_named: bool) -> bool:
    """Whether a sentence under a list's head is a row of it, however long: surname first ("Nyström, Kajsa
    trafikplanerare ..."), or the name first with sessions told ("Eva Lind, miljöstrateg – bara första träffen i
    Falun, 3 maj"; not a signature's "Eva Lind, nämndsekreterare, Orsa kommun, Box 23 ..." below the list)."""
    return bool(_ROW_START.match(sentence) or (sessions_named and NAMED_ROW.match(sentence)))


#: "stryk oss båda", "avanmäl oss alla tre", "remove us both": the writer and those named with them the sentence before
#: ("Karin Ek och jag måste dra oss ur"). Folded.
_US_ALL = re.compile(r"\b(?:oss|us)\s+(?:bada|bagge|alla|tva|tre|both|all)\b")
#: A name just after a verb moving it ("flytta Bengt Holm från den första träffen till den tredje", "move Eva Ek from
#: May to September"): in a sentence naming sessions, the one moved.
_NAME_MOVED = re.compile(r"\b(?i:flytta|flyttar|byt|byta|boka om|move|switch|transfer)\s+(?:(?i:min|mitt|v[aå]r|my|our)\s+"
                         r"(?i:kollega|colleague)\s+)?[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)? [A-ZÅÄÖÆØÉÜ][\w-]+\b"
                         r"(?=[^.!?]{0,20}?\b(?i:fr[aå]n|from)\b)")
#: A person spoken of by a pronoun ("stryk dem", "anmäl henne", "register him").
_THEM = re.compile(r"\b(?:dem|dom|henne|honom|hen|them|him|her)\b")
#: ... or by a pronoun as the subject wanting or taking part ("Hon vill delta på samtliga tillfällen", "He'd like to
#: attend all four"): folded, at the sentence's start (not "Han tyckte att jag skulle anmäla mig").
_THEY_WANT = re.compile(r"\W*(?:(?:och|men|and|but|sa|so) )?(?:hon|han|hen|de|dom|she|he|they)(?:'d| would| will)?\s+"
                        r"(?:(?:vill|ska|skall|kommer|onskar|tanker|planerar|deltar|gar|kan|like|wants?|wishes|plans?|"
                        r"is going|are going|intends?|needs?|hopes?)\b)")
#: A full name, by its capitals.
_NAME_HINT = re.compile(r"[A-ZÅÄÖÆØÉÜ][^\W\d_]+ [A-ZÅÄÖÆØÉÜ][^\W\d_]")
#: ... the whole of it.
_NAME_HINT_FULL = re.compile(r"\b[A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)? [A-ZÅÄÖÆØÉÜ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?\b")


_GREETED_FROM = re.compile(r"\b(?:fran|from)\b(.*)")


def _greeted_from(greeting: str) -> str:
    """The part of a greeting line that names the writer's side ("Hej från Orsa!"); the rest names whom it
    greets ("Dear Region Dalarna")."""
    found = _GREETED_FROM.search(fold(greeting))
    return found.group(1) if found else ""


def _surnames_hidden(text: str, names: list[str | None], tab: _Tables) -> str:
    """``text`` with the people's names whose surname is a place blanked out ("Per Mora från Leksand": Leksand is
    where he is from, Mora only his name)."""
    for name in names:
        key = name_key(name) if name else ()
        if len(key) < 2 or key[-1] not in tab.stop.places:
            continue
        folded, wanted = fold(text), fold(name or "")
        if len(folded) != len(text):
            continue
        at = folded.find(wanted)
        while at >= 0:
            end = at + len(wanted)
            if not folded[end:end + 1].isalnum():
                text = text[:at] + " " * len(wanted) + text[end:]
            at = folded.find(wanted, end)
    return text


def _organisation_of(address: str | None, fallback: Organisation | None, tab: _Tables) -> str | None:
    """A configured domain's organisation, else the one the text names (any other domain decides nothing)."""
    chosen = tab.orgs.for_address(address) or fallback
    return chosen.name if chosen is not None else None


#: A new address given in a change of details ("ändra till eva.lund@orsa.se", "my new address is ...", "ändra till
#: jobbadressen i stället: eva.lund@orsa.se", "change it to my work address instead: ...").
_NEW_ADDRESS = re.compile(r"\b(?:(?:till|to)(?: (?:min|mitt|my|the|den) ?)?(?: ?(?:\w+ )?(?:\w*adress(?:en)?|\w*address|"
                          r"\w*mejl(?:en)?|\w*mail(?:en)?|e-?post(?:en)?))?|"
                          r"ny(?:a)? (?:e-?post|mejl|mail)?-?adress(?:en)?(?: ar)?|new (?:e-?mail )?address(?: is)?|"
                          # "vi har fått nya adresser, min är nu eva@orsa.se", "mine is now ..." (not "min gamla är")
                          r"(?:min|mitt|mine|my)(?: (?:e-?post|mejl|mail|e-?mail)?-?(?:adress|address))? (?:ar|is) "
                          r"(?:nu|numera|now)|"
                          # "använd gärna sanna.moberg@orsa.se framöver", "please use my work address ... instead"
                          r"(?:anvand|use)(?: (?:garna|hellre|fortsattningsvis|framover|i ?stallet|istallet|please|"
                          r"instead|from now on|min|mitt|my|den|the|nya?|new|\w*adress(?:en)?|\w*address|"
                          r"\w*mejl(?:en)?|\w*mail(?:en)?|e-?post(?:en)?))*)"
                          r"(?: i ?stallet| instead)?:?\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
#: Before "till"/"to" an address: mail that went there, the old address ("bekräftelsen gick till ...", "was sent to").
_DELIVERED = re.compile(r"\b(gick|gar|skickades|skickas|skickats|skickad|kom|kommer|hamnade|landade|went|goes|"
                        r"sent|arrived|came)\s+$")
#: ... in the present, followed by "i stället"/"instead": where mail is to go from now on.
_GOES_FROM_NOW = frozenset({"gar", "skickas", "kommer", "goes"})
_INSTEAD = re.compile(r"\b(?:i ?stallet|instead)\b")
#: Everything to go to an address from now on, perhaps said where it is first ("allt går till jobbet på Orsa kommun:
#: eva.ek@orsa.se", "att allt skickas till eva.ek@orsa.se", "send everything to ...").
_EVERYTHING_TO = re.compile(r"\b(?:allt|everything)\b (?:\w+ ){0,2}(?:ga|gar|skickas|kommer|go|goes|be sent|is sent)\b "
                            r"(?:\w+ ){0,2}(?:till|to)\b[^.!?@]{0,40}?[\s:]([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
#: Words of an address no longer the writer's ("min gamla adress är ...", "my old e-mail is ...").
_OLD_ADDRESS = re.compile(r"\b(?:gaml\w*|old|tidigare|forra|davarande|forutvarande|previous|former|privat\w*|private)\b")


def _old_address_of_another(hit: NameHit, hits: list[NameHit], folded: str) -> bool:
    """Whether a hit is only an address called old ("den gamla eva.l@…", "her old address eva.l@…"), named after it,
    beside another hit of the same given name with an address of its own."""
    if not hit.email or not (at := folded.find(hit.email)) >= 0:
        return False
    if not _OLD_ADDRESS.search(folded[max(0, at - 25):at]):
        return False
    given = fold((hit.name or "").split()[0]) if hit.name else ""
    surname = fold(hit.name.split()[-1]) if hit.name and len(hit.name.split()) >= 2 else ""
    # (or of the same surname: "Tobbe Wik" made of the private tobbe.wik@…, beside Tobias Wik's work address)
    return any(h is not hit and h.email and h.email != hit.email
               and (fold(h.name.split()[0]) == given or (surname and fold(h.name.split()[-1]) == surname)) for h in hits)


def _new_address(folded: str) -> str | None:
    """The new address a change of details gives, not one that mail went to before."""
    if everything := _EVERYTHING_TO.search(folded):
        return everything.group(1)  # "vill hellre att allt går till jobbet på Orsa kommun: eva.ek@orsa.se"
    for m in _NEW_ADDRESS.finditer(folded):
        delivered = _DELIVERED.search(folded[max(0, m.start() - 20):m.start()])
        if not delivered or (delivered.group(1) in _GOES_FROM_NOW and _INSTEAD.search(m.group(0))):
            return m.group(1)     # (not "gick till …", but "så att allt går till min jobbadress i stället: …")
    return None


#: The writer joined to a name as another person ("anmäl mig och Cecilia af Klint", "Eva Ek och jag"), folded.
_WRITER_AND = re.compile(r"\b(?:mig|mej|jag|me|i)\s+(?:och|o|&|and)\s+$")
_AND_WRITER = re.compile(r"\s+(?:och|o|&|and)\s+(?:jag|mig|mej|i|me)\b")


def _given_in_full(name: str | None, hits: list[NameHit], folded: list[str]) -> str | None:
    """A chat writer known only by their given name ("Fatima") and one person of that given name written in full in
    the text ("anmäl mig: Fatima Al-Hassan, ..."): the writer's full name; else ``name`` as it is. Not one the text
    joins to the writer as another ("anmäl mig och Cecilia af Klint")."""
    key = name_key(name or "")
    if len(key) != 1:
        return name

    def beside_writer(h: NameHit) -> bool:
        f = folded[h.sentence] if 0 <= h.sentence < len(folded) and h.start >= 0 else ""
        return bool(f) and bool(_WRITER_AND.search(f, max(0, h.start - 12), h.start)
                                or _AND_WRITER.match(f, h.start + len(h.name)))
    fuller = {name_key(h.name): h for h in hits if len(name_key(h.name)) >= 2 and name_key(h.name)[0] == key[0]}
    if len(fuller) != 1:
        return name
    hit = next(iter(fuller.values()))
    return name if beside_writer(hit) else hit.name


def _fits_writer(name: str | None, address: str) -> bool:
    """Whether an address is the writer's by their name: made of it, or of the given name alone, of given name and
    surname run together, or of the given name's initials and the surname ("po.strom@…" for "Per-Olof Ström")."""
    if not name:
        return False
    if matches_address(name, address):
        return True
    key = name_key(name)
    if len(key) < 2:
        return False
    local = re.sub(r"[._-]", "", fold(address.split("@", 1)[0]).lower())
    given, surname = key[0].replace("-", ""), key[-1].replace("-", "")
    initials = "".join(p[:1] for p in key[0].split("-"))
    return len(local) >= 3 and local in (given, given + surname, initials + surname, surname + given)


#: A right address given in a correction ("rätt är eva.ek@orsa.se", "the correct address is ..."): the writer's when
#: it carries their name (a colleague's may be corrected so as well).
_RIGHT_ADDRESS = re.compile(r"\b(?:(?:ratt|korrekt|right|correct)(?: (?:e-?post|mejl|mail|e-?mail)?-?"
                            r"(?:adress(?:en)?|address))? (?:ar|is|blir)|"
                            # "det ska vara eva.ek@orsa.se", "it should be ..."
                            r"(?:det|den|adressen|it|that|the address) (?:ska|skall|borde|should) (?:ju )?(?:vara|be))"
                            r":?\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
#: The writer's own address given in the text ("min jobbadress är eva.ek@orsa.se", "använd min jobbmejl ...", "my work
#: e-mail is ..."): theirs, when it carries their name.
_MY_ADDRESS = re.compile(r"(?:\b(?:min|my)(?: \w+)? (?:\w*adress(?:en)?|\w*address|e-?post(?:adress)?|\w*mejl|\w*mail|"
                         r"e-?mail)(?: (?:ar|is|blir))?:?|"
                         # the address the writer's signup is under ("jag är anmäld med eva.ek@…", "I'm registered
                         # under …")
                         r"\bjag ar (?:\w+ )?(?:anmald|registrerad|bokad) (?:med|pa|under|som)(?: adressen)?|"
                         r"\bi(?:'m| am) (?:\w+ )?(?:registered|signed up|booked) (?:with|under|as))"
                         r"\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
#: A word between "min" and the address noun that makes the address another's ("min kollegas mejl", "min chefs
#: adress"): a genitive.
_ANOTHERS = re.compile(r"\bmin \w+s (?:\w*adress|\w*mejl|\w*mail|e-?post)")


def _said_mine(folded: str) -> str | None:
    """The address a writer says is theirs ("my email is ta@firma.se", "min e-post är …", "my e-mail: …"), whatever
    it is made of; None when there is none, or it is called old or said to be another's ("min kollegas mejl är …")."""
    mine = _MY_ADDRESS.search(folded)
    if mine is None or _OLD_ADDRESS.search(mine.group(0)) or _ANOTHERS.search(mine.group(0)):
        return None
    return address_meant(folded, mine.end(1)) or mine.group(1).rstrip(".")


#: The line introducing a quoted mail ("Den 5 dec. 2026 21:54 skrev Eva Lund <eva.lund@orsa.se>:", "On ... wrote:").
_ATTRIBUTION = re.compile(r"^[^\n]*\b(?:skrev|wrote|schrieb)\b[^\n]*$|^\s*(?:fran|from)\s*:[^\n]*$", re.MULTILINE)


#: The sessions of a signup quoted below, named by reference ("anmäl mig också till samma två träffar", "samma
#: tillfällen som Sofie", "the same sessions please"): folded text.
#: The sessions of a quoted confirmation referred to ("samma träffar som i bekräftelsen", "de datum som står nedan",
#: "the sessions in your confirmation"): folded text. A change of name or address that names none keeps them as they are
#: ("kommer på träffarna som tidigare"): no session then.
_HELD_REFERRED = re.compile(r"\b(?:bekraftelse\w*|confirmation)\b[^.!?]{0,40}\b(?:traff\w*|tillfall\w*|"
                            r"datum\w*|sessions?|dates|meetings)\b|"
                            r"\b(?:traff\w*|tillfall\w*|datum\w*|sessions?|dates|meetings)\b[^.!?]{0,40}"
                            r"\b(?:bekraftelse\w*|confirmation|nedan|below)\b")
_SAME_SESSIONS = re.compile(
    r"\bsamma (?:(?:tva|tre|fyra|\d) )?(?:traffar(?:na)?|tillfallen(?:a)?|datum(?:en)?|dagar(?:na)?|"
    r"sessioner(?:na)?)\b|\bthe same (?:(?:two|three|four|\d) )?(?:sessions|dates|meetings|days)\b")


#: The subject line in the header block of a quoted mail ("Ämne: Anmälan DalaLab Borlänge"), folded.
_QUOTED_SUBJECT = re.compile(r"^[> \t]*(?:amne|subject)[ \t]*:[ \t]*(.+)$", re.MULTILINE)


def _own_signup_quoted(quoted: str, sender_email: str | None, tab: _Tables, base: dt.date,
                       sender_name: str | None = None) -> set[dt.date]:
    """The sessions of the writer's own earlier signup quoted under a reply ("Hej! Anmäler mig till 21/9 och 29/11"),
    all of them when it names none; empty when the quoted mail is someone else's or no signup. The quoted mail is
    the writer's by their address in its attribution line, or by their full name ("Från: Eva Lund"); it is a signup
    by its words or by its own subject line ("Ämne: Anmälan DalaLab Borlänge"). ``sender_email`` None: anyone's."""
    head = fold(quoted[:300])
    found = _ATTRIBUTION.search(head)
    if found is None or (sender_email is not None and not (sender_email.lower() in found.group(0) or (
            sender_name and full_name(sender_name) and fold(sender_name).lower() in found.group(0)))):
        return set()
    text = quoted[found.end():found.end() + 1500]
    titled = _QUOTED_SUBJECT.search(head, found.end())
    if not (any(signs_up(fold(s)) for s in sentences(text))
            or (titled and not is_reply(titled.group(1)) and subject_registers(titled.group(1)))):
        return set()
    mentions = [m for m in (tab.mention(s, base) for s in sentences(text)) if m.any]
    return _resolve(mentions, tab.sessions) if mentions else set(tab.sessions)


def _given_up_before(name: str, folded: list[str], reading: IntentReading) -> bool:
    """Whether the text speaks of ``name`` as the one who gave the place up before: named in a sentence telling of
    it (not one taking the place), in the genitive ("tar Eva Eks plats", "taking over Eva Ek's place"), or after
    "i stället för"/"instead of"/"ersätter" ("går i stället för Eva Ek")."""
    key = fold(name).lower()
    for i, f in enumerate(folded):
        at = f.find(key)
        while at >= 0:
            if ((i in reading.told and (i not in reading.cue or told_given_up(f, at)))
                    or f[at + len(key):at + len(key) + 2] == "s " or f[at + len(key):at + len(key) + 3] == "'s "
                    or _replaced_before(f, at)):
                return True     # "Eftersom Leo Hjort hoppade av vill vi anmäla ...": told, though the sentence asks
            at = f.find(key, at + 1)
    return False


#: After a name in the genitive, folded: the place or work taken from them ("Eva Eks plats", "Tove Berg's place").
_PLACE_AFTER = re.compile(r"'?s (?:plats|platsen|stalle|uppdrag|tjanst|place|spot|seat|role|job)\b")


#: Others said to hold a signup already ("att Eva Lund och Per Ek redan är anmälda", "står redan anmäld", "are already
#: registered"): folded.
_SAID_HELD = re.compile(r"\bredan (?:(?:ar|e|star) )?(?:anmald\w*|registrerad\w*|bokad\w*|inskriven|inskrivna|uppskriven|"
                        r"uppskrivna|pa listan)\b|\b(?:is|are) already (?:registered|signed up|booked|enrolled|on the list)\b|"
                        # a place or signup of their own ("har redan en plats", "anmälde sig redan", "has already signed
                        # up", "already has a place")
                        r"\b(?:har|hade) redan (?:en|sin|ett|egen) (?:plats|anmalan|bokning)\b|"
                        r"\b(?:har|hade) redan (?:anmalt|registrerat|bokat) sig\b|\b(?:anmalde|registrerade) sig redan\b|"
                        r"\b(?:has|have|had) already (?:got )?(?:a|her|his|their) (?:place|seat|spot)\b|"
                        r"\balready (?:has|have|had) (?:a|her|his|their) (?:place|seat|spot)\b|"
                        r"\b(?:has|have|had) already (?:registered|signed up|booked)\b")
#: Another added to the signups held ("nu vill vi lägga till en tredje", "please add Eva Ek"): folded.
_ADDS_ONE = re.compile(r"\b(?:lagg(?:a|er)? till|laggs till|tillkommer|add|adding)\b")
#: A third person spoken of again ("anmäl henne även till 21/9", "add them too"): folded.
_THIRD_AGAIN = re.compile(r"\b(?:henne|honom|hen|dem|dom|him|her|them|hennes|deras|his|their)\b")


#: Where a clause of its own begins in a sentence ("..., så det gäller bara mig", "; men ..."): folded.
_CLAUSE_CUT = re.compile(r"[;]|,?\s\b(?:sa|men|but|so)\b(?=\s)")


def _held_already(hit: NameHit, folded: list[str]) -> bool:
    """Whether a signup names ``hit`` only to say they hold a signup already ("Jag vet att Eva Lund och Per Ek redan är
    anmälda. Jag vill ändå anmäla mig"): in a sentence saying so and asking nothing, named nowhere else, with no third
    person spoken of again, and another sentence asking for something or telling the group that comes ("Vi blir två
    till: jag och Per Holm. Vår tredje, Eva Ek, är redan anmäld.")."""
    if hit.sentence < 0:
        return False
    here = folded[hit.sentence]
    rest = [f for j, f in enumerate(folded) if j != hit.sentence]
    opened, closed = here.rfind("(", 0, hit.start), here.find(")", hit.start)
    if 0 <= opened and closed > hit.start and ")" not in here[opened:hit.start]:
        # said in brackets beside the signup ("Jag och Per vill anmäla oss (Eva Ek har redan en plats)."; not the
        # brackets naming those the sentence says hold one: "Två av oss är redan anmälda (jag och Per Lundin)")
        if _SAID_HELD.search(here, opened, closed):
            here, rest = here[opened + 1:closed], [*rest, here[:opened] + here[closed + 1:]]
    else:
        # in its own clause ("Eva Ek har redan anmält sig, så det gäller bara mig och Per Holm": Eva's, not Per's)
        cuts = [0, *(m.start() for m in _CLAUSE_CUT.finditer(here)), len(here)]
        start, end = next((a, b) for a, b in pairwise(cuts) if a <= hit.start < b or b == len(here))
        here, rest = here[start:end], [*rest, here[:start] + " " + here[end:]]
    if (not _SAID_HELD.search(here) or _WANTS_MORE.search(_SAID_HELD.sub(" ", here)) or signs_up(here)
            or asks_change(here)):
        return False
    given = re.escape(fold(hit.name.split()[0]).lower())
    return (not any(re.search(rf"\b{given}s?\b", f) or _THIRD_AGAIN.search(f) for f in rest)
            and any(signs_up(f) or asks_change(f) or _ADDS_ONE.search(f) or _GROUP.search(f) for f in rest))


def _place_taken(name: str, folded: list[str]) -> bool:
    """Whether a signup speaks of ``name`` only as the one whose place is taken ("I'm taking over Tove Berg's place",
    "går i stället för Leo Holm", "ersätter Leo Holm"): every time it is named."""
    key = fold(name).lower()
    found = False
    for f in folded:
        at = f.find(key)
        while at >= 0:
            if not (_PLACE_AFTER.match(f, at + len(key)) or _replaced_before(f, at)):
                return False
            found = True
            at = f.find(key, at + 1)
    return found


#: The writer's approval of others' signup, no signup of their own ("OK från mig, anmäl ...", "fine by me"); or the
#: writer as a go-between for mail ("skicka informationen via mig", "kallelser kan gå genom mig", "send it through me"),
#: or as the one another's signup was sent to ("Anna skickade sin anmälan till mig av misstag", "he sent it to me").
_APPROVED_BY_ME = re.compile(r"\b(?:skickade|skickat|mejlade|mejlat|mailade|mailat|sent|e-?mailed|mailed|forwarded)\s+"
                            r"(?:(?!mig\b|me\b)\w+\s+){0,3}?(?:till|to)\s+(?:mig|mej|me)\b|"
                            r"\b(?:ok|okej|okay|godkant|klart|fine|approved)\s+(?:fran|for|av|by|from|with)\s+(?:mig|mej|me)\b|"
                            r"\b(?:det ar|it'?s|that'?s) (?:ok|okej|okay|fine|godkant) (?:for|med|by|with) (?:mig|mej|me)\b|"
                            r"\b(?:via|genom|through|by way of)\s+(?:mig|mej|me)\b")
#: The writer set aside as signed up before ("utöver mig (redan anmäld)", "förutom mig, som redan är anmäld,", "besides
#: me (already registered)"): no part of a signup of others.
_SET_ASIDE = re.compile(r"\b(?:utover|forutom|besides|apart from|in addition to)\s+(?:mig|mej|me)\b[^.!?]{0,25}?"
                        r"\b(?:redan|already)\b[^.!?]{0,12}?\b(?:anmald|registrerad|bokad|registered|signed up|booked)\b|"
                        # the writer named as the signup's contact ("Kontaktperson för anmälan är undertecknad", "jag är
                        # kontaktperson", "I am the contact person"): no word of their coming
                        r"\bkontaktperson(?:en)?\b(?: (?:for|till|i) \w+)? (?:ar|blir) (?:undertecknad|jag)\b|"
                        r"\b(?:jag|undertecknad) (?:ar|blir) kontaktperson\b|\bi (?:am|will be) (?:the )?contact(?: person)?\b")


#: "kan jag också anmäla min kollega ...", "could I also register my colleague ...": the "also" goes with the act (a
#: signup of another besides the writer's own), not with the writer (whom "jag också" would otherwise put in). Folded.
_ALSO_SIGNS_UP = re.compile(r"\b(jag|ja|i)\s+(?:ocksa|aven|oxa|also)\s+(?=(?:(?:vill|ska|kan|fa|garna|like to|want to)\s+)?"
                            r"(?:anmala|registrera|boka|skriva upp|lagga till|lagga in|register|sign up|add|book|enrol+)\s+"
                            r"(?!mig\b|mej\b|oss\b|me\b|us\b|myself\b|mig sjalv\b))")
#: The header lines of a quoted mail ("Skickat: den 4 mars 2027 15:40", "Från: ...", "Date: ..."): no session named.
_QUOTE_HEADER = re.compile(r"^[>\s]*(?:från|fran|skickat|datum|till|ämne|amne|kopia|from|sent|date|to|subject|cc)\s*:.*$",
                           re.IGNORECASE | re.MULTILINE)


#: The writer's own name or address spoken of ("mitt efternamn", "my surname", "min mejladress"): folded.
_OWN_DETAIL = re.compile(r"\b(?:mitt|min|my)\s+(?:\w+\s+)?(?:efternamn|fornamn|namn|name|surname|last name|first name|"
                         r"(?:e-?post|mejl|mail|e-?mail)?-?adress|(?:e-?mail )?address)\b")


#: The writer not coming to a session, the verb first or the subject first ("själv kan jag inte 29/11", "jag hinner
#: inte den 21/9", "I can't make 21/9"): folded.
_WRITER_DROPS = re.compile(r"\bjag\s+(?:\w+\s+)?(?:kan|kommer|hinner|can|will)\s+(?:\w+\s+)?(?:inte|ej|not)\b|"
                           r"\bi\s+(?:\w+\s+)?(?:can|will)\s+(?:\w+\s+)?not\b|"     # (not "Eva i Vansbro kan inte")
                           r"\b(?:kan|kommer|hinner|har) jag (?:\w+ )?(?:inte|ej)\b|\b(?:jag|i)\s+(?:\w+\s+)?(?:can'?t|cannot|won'?t)\b")
#: Where what is said of another's signup ends and the writer's own follows ("... gäller som förut, men själv ...").
_BUT_SELF = re.compile(r"(?:,\s*|\s)(?:men|but)\s")


#: A message this short may be an answer to our question: the full names it writes are kept (``_names_written``).
_SHORT = 400
#: The most words a bare yes to our question has ("Ja, det stämmer. Tack så mycket!").
_BARE_YES = 12


def _names_written(own: list[str], stop: StopWords) -> tuple[str, ...]:
    """The full names (two words or more) written in the writer's own sentences, in order."""
    return tuple(name for i, sentence in enumerate(own) for name, _, _ in names_in(sentence, i, stop)
                 if len(name.split()) >= 2)


def _writer_drops(folded: list[str], mentions: list[Mention], pasted: set[int], as_before: set[int], tab: _Tables,
                  base: dt.date) -> bool:
    """Whether a cancellation says the writer is the one not coming to a session it names, in a clause of its own
    past what is said of another's signup standing ("min kollegas anmälan gäller som förut men själv kan jag inte
    29/11"): the writer is among its people, though "själv ... inte" reads as the writer staying out."""
    for i, f in enumerate(folded):
        if i in pasted or i in as_before or not mentions[i].dates:
            continue
        if (stands := _UNCHANGED.search(f)) is not None:
            split = [m.end() for m in _BUT_SELF.finditer(f) if m.start() > stands.start()]
            f = f[split[0]:] if split else ""
        if f and not _UNCHANGED.search(f) and _WRITER_DROPS.search(f) and tab.mention(f, base).dates:
            return True
    return False


#: One session given up and another taken instead in one sentence ("vill inte längre 22/2 men gärna 29/11 istället").
#: The writer among those said to hold a signup ("vi tre som är anmälda", "Anna Lund och jag står anmälda"): folded.
_WE = re.compile(r"\b(?:vi|oss|jag|mig|vara|var|we|us|i)\b")
#: The writer's own signup asked widened ("kan du lägga till oss på dem?", "lägg till mig på 29/11", "add us to the
#: autumn sessions"): folded, not someone new added ("lägg till Julia").
_ADD_US = re.compile(r"\b(?:lagga|lagg|satta|satt|skriva|skriv|boka|ta med) (?:till |upp |in )?(?:oss|mig)\b"
                     r"(?! (?:och|samt)\b)|\badd (?:us|me)\b(?! and\b)")
_SWAPPED_INSTEAD = re.compile(r"\b(?:inte|ej)\b[^.!?]{0,60}\b(?:men|but)\b[^.!?]{0,60}\b(?:istallet|i stallet|instead)\b")


#: Others told to write to someone themselves ("skicka själva ett mejl till", "mejla henne själva", "anmäl er själva
#: till", "write to ... yourselves"): folded, the one written to after it.
_WRITE_YOURSELVES = re.compile(r"\b(?:skicka|mejla|maila|skriv|anmal|kontakta|send|write|e-?mail|contact)\b"
                               r"(?: \w+){0,2} (?:sjalva|yourselves)\b|\b(?:sjalva|yourselves)\b(?: \w+){0,2} "
                               r"(?:skicka|mejla|maila|skriva|anmala|kontakta|send|write|e-?mail|contact)\b")


def _others_told_to_write(folded: list[str], organisers: set[tuple[str, ...]]) -> bool:
    """Whether the writer tells others to write to the organiser themselves, the organiser named by the given name
    in that sentence ("ni som vill: skicka själva ett mejl till Linnea"): mail to colleagues, the organiser in copy."""
    givens = {key[0] for key in organisers if key}
    if any(carries_cue(f) and _FIRST_PERSON_ASKS.search(f) for f in folded):
        return False    # the writer's own request beside it ("anmäl mig till 3 maj; de andra mejlar Linnea själva")
    return any(_WRITE_YOURSELVES.search(f) and givens & set(words(f)) for f in folded)


#: The writer's place taken by another ("Per Ek tar min plats", "går i mitt ställe", "takes my place", "in my place"):
#: folded.
_TAKES_MY_PLACE = re.compile(r"\b(?:tar|tar over|far|ska ta|kommer att ta|takes?|will take|gets?)\s+(?:min|mitt|my)\s+"
                             r"(?:plats|platser|place|spot|seat)\b|\bi mitt stalle\b|\bin my (?:place|stead)\b|"
                             r"\binstead of me\b")


#: The most words of a writer's own text that the intent model is taken to read too little in.
_FEW_WORDS = 4


def _rules_stand(other: Intent, reading: IntentReading, folded: list[str], own: list[str], named: bool,
                 sessions_named: bool, forward: bool = False, over_our_question: bool = False) -> bool:
    """Whether the rules' reading stands over the intent model's sure ``other`` one (``doubts`` still marks the intent
    unsure, so it is asked about either way): where the rules read what the model's words cannot tell.
    ``over_our_question``: the message answers our question stating a reading (nothing registered of it yet)."""
    return (
        # "Nej, jag menade 29 november, inte 21 september" under our "Vi uppfattade: ... Stämmer det?": a signup not
        # yet made, corrected, is a signup; the model reads a change of one held
        (other == Intent.CHANGE and reading.intent == Intent.REGISTER and over_our_question)
        # "som dataskyddsombud begär jag att deras uppgifter raderas: Ek, Per (per.ek@orsa.se) ...": data asked erased,
        # no session named; the list of people tells the model of a signup the words never ask for
        or (reading.intent == Intent.ERASURE and other in (Intent.REGISTER, Intent.CHANGE) and not sessions_named)
        # the other reading the writer offers: "kan jag ta 22/2 i så fall? annars stryk mig från nov", the swap is
        # asked first, the cancellation only its fallback
        or other == reading.either
        # a question of what a request would allow: "om jag anmäler mig nu, kan jag skicka en kollega senare?" holds
        # signup words the rules read as asked about, which the model reads as a signup
        or (reading.intent == Intent.QUESTION and other in (Intent.REGISTER, Intent.CANCEL, Intent.CHANGE)
            and asked_hypothetically(folded))
        # "Hur kan jag avboka min plats på 3 maj?": how to do it asked, the rules read a question (no act beside it);
        # the model reads the act from its words
        or (reading.intent == Intent.QUESTION and other in (Intent.REGISTER, Intent.CANCEL, Intent.CHANGE)
            and asks_how(folded))
        # "vi har skickat inbjudan vidare till förvaltningen, som själva anmäler de som ska delta": the signup left to
        # others, which the model reads from its signup words as one made
        or (reading.intent == Intent.UNKNOWN and other == Intent.REGISTER and signup_left_to_others(folded))
        # "kan du anmäla Lisa till alla fyra?": a signup or removal of someone named asked of us, not only a question
        or (other == Intent.QUESTION and reading.intent in (Intent.REGISTER, Intent.CANCEL) and named
            and (asks_us_to_act(folded) or _nothing_asked(own, reading)))
        # "kan du boka in Per Lundin på 3 maj?": the same with a session named, in words the model finds no request in
        or (other == Intent.UNKNOWN and reading.intent in (Intent.REGISTER, Intent.CANCEL) and named and sessions_named
            and asks_us_to_act(folded))
        # "Några saker: 1. ... ? 2. ... ? 3. Apropå DalaLab: jag anmäler mig och min kollega till höstens träffar.":
        # a signup in the writer's own words among questions of other matters, which the model reads as a question
        or (other == Intent.QUESTION and reading.intent == Intent.REGISTER and sessions_named
            and signs_up_now(folded))
        # "kan vi lägga till Per Ek också?": a signup of the one named, not a change of a signup held
        or (other == Intent.CHANGE and reading.intent == Intent.REGISTER and named and asks_someone_added(folded))
        # "min kollega Per Ek vill också vara med, på samma sätt som jag": a colleague added in a statement, a signup
        or (other == Intent.CHANGE and reading.intent == Intent.REGISTER and named
            and any(_ANOTHER_ALSO_JOINS.search(f) for f in folded))
        # "jag är anmäld till alla fyra, men min kollega Per Ek kommer bara på 3 maj": the writer's own signup only
        # stated, beside another coming to sessions of their own, a signup of that one
        or (other == Intent.CHANGE and reading.intent == Intent.REGISTER and named and sessions_named
            and any(_held_said(f) for f in folded)
            and any(_OTHER_ATTENDS.search(c) and not _held_said(c) for s in own for c in map(fold, _clauses(s))))
        # "jag är anmäld till alla fyra men kan inte den 29/11": that session given up (a cancel of it, as the
        # corpus labels it), which the model reads as a change of the signup held
        # (not with another asked for instead: "... men har fått förhinder då. Kan han gå i februari i stället?")
        or (other == Intent.CHANGE and reading.intent == Intent.CANCEL and sessions_named
            and any(_HELD.search(f) for f in folded) and not any(_INSTEAD.search(f) for f in folded))
        # "I'm sick and can't come on 3 May": a session given up, no signup word anywhere; the model reads the session
        # named as a signup; or "Jag avanmäler mig därför från träffen den 3 maj" in a complaint, no signup word
        or (other == Intent.REGISTER and reading.intent == Intent.CANCEL and sessions_named
            and (only_cannot_come(folded) or only_withdraws(folded)))
        # "avanmäl mig från 21 september, men Per Ek tar min plats": a place handed to one named, the model reads the
        # withdrawal alone
        or (other == Intent.CANCEL and reading.intent == Intent.CHANGE and reading.change == "substitute" and named
            and any(_TAKES_MY_PLACE.search(f) for f in folded))
        # "vi tre som är anmälda till 3 maj vill gå på höstens träffar också. Kan du lägga till oss på dem?": a signup
        # held, said in words, widened by the sessions added; the model reads those asked for as a new signup
        or (other == Intent.REGISTER and reading.intent == Intent.CHANGE and reading.change == "sessions"
            and reading.adds and sessions_named and any(_HELD.search(f) and _WE.search(f) for f in folded)
            and any(_ADD_US.search(f) for f in folded))
        # "Jag skrev fel i förra mejlet: det ska vara första och tredje träffen": the signup sent corrected, which the
        # model reads from the sessions named as a new signup
        or (other == Intent.REGISTER and reading.intent == Intent.CHANGE and reading.change == "sessions"
            and sessions_named and miswrote_earlier(folded))
        # "vill inte längre vara med på 22/2 men gärna på 29/11 istället": a session swapped, not two booked
        or (other == Intent.REGISTER and reading.intent == Intent.CHANGE and reading.change == "sessions"
            and any(_SWAPPED_INSTEAD.search(f) for f in folded))
        # "Återbud", "avanmäler mig": a withdrawal in a few words of the writer's own, too few for the model, which
        # reads no request in them
        or (other == Intent.UNKNOWN and reading.intent == Intent.CANCEL and only_withdraws(folded)
            and len(" ".join(folded).split()) <= _FEW_WORDS)
        # "avregistrera mig från nyhetsbrevet": off a mailing list, no session left; the model reads a cancellation
        or (other == Intent.CANCEL and reading.intent == Intent.QUESTION and not sessions_named
            and _off_mailing_list(" ".join(folded)))
        # "går det att stå på reservlistan?": a place on the waiting list asked for, a signup
        or (other == Intent.QUESTION and reading.intent == Intent.REGISTER
            and any("?" in f and _WAITLISTED.search(f) for f in folded))
        # "Per kan inte den 3/5. I hans ställe kommer Eva Ek": a substitute named, not only one who cannot come
        or (other == Intent.CANCEL and reading.change == "substitute" and named
            and any(_IN_PLACE.search(f) for f in folded))
        # "se nedan – Per har slutat, stryk honom från alla träffar" over his forwarded signup: the writer's own words
        # strike the one the forward signed up; the model reads the forwarded signup
        or (other == Intent.REGISTER and reading.intent == Intent.CANCEL and forward
            and any(_STRIKES.search(f) for f in folded) and not any(_SIGNS_UP_HERE.search(f) for f in folded))
        # "ps kan ni skriva upp mig som glutenfri": a diet recorded in a signup's words, no session named
        or (other == Intent.REGISTER and reading.change == "diet" and not sessions_named and diet_recorded(folded))
        # "I'm registered for all four. I've gone vegan – could you note that? Also, is the first meeting in Swedish?":
        # a diet told as news and asked noted, the side question beside it asks nothing instead of it
        or (other == Intent.QUESTION and reading.intent == Intent.CHANGE and diet_to_note(folded))
        # "i ett av era mejl står det fel datum (22 september i stället för 21)", nothing asked: a complaint of our
        # mistake, no session asked for or moved, whatever the words of dates and "instead" tell the model
        or (reading.intent == Intent.UNKNOWN and other in (Intent.REGISTER, Intent.CHANGE, Intent.CANCEL)
            and bool(our_mistake_only(folded)))
        # "Tack för bekräftelsen! Kan jag få en kalenderinbjudan?": a question over our confirmation, no session, person
        # or change named: the sessions it quotes are held, nothing is asked to change
        or (other == Intent.CHANGE and reading.intent == Intent.QUESTION and not named and not sessions_named
            and any(_THANKS_CONFIRMED.search(f) for f in folded) and not any(_CHANGE_WORD.search(f) for f in folded))
        # "STRYK: Per Ek / LÄGG TILL: Eva Lund": one struck and another added, a substitution; the model reads the
        # one added as a signup
        or (other == Intent.REGISTER and reading.intent == Intent.CHANGE and reading.change == "substitute" and named
            and (any(_STRUCK_LINE.search(f) for f in folded) and any(_ADDED_LINE.search(f) for f in folded)
                 or any(struck_then_added(f) for f in folded)))
        # "Lisa Berg ersätter Tom Hill på alla träffar", "Per Ek replaces Eva Lund": one named in another named's
        # place, a substitution; the model reads the newcomer as a signup
        or (other == Intent.REGISTER and reading.intent == Intent.CHANGE and reading.change == "substitute" and named
            and any(_NAMED_REPLACES.search(s) for s in own))
        # "jag börjar på Region Dalarna ... vill gärna vara kvar på samma tillfällen som nu. Min nya adress blir ...":
        # the details of a signup held changed; the model reads the new organisation and address as a signup
        or (other == Intent.REGISTER and reading.intent == Intent.CHANGE and reading.change == "details"
            and any(_STAYS_ON.search(f) for f in folded)))


#: A signup said to have gone wrong, or meant to be only part of what was booked ("det blev fel", "jag ville bara",
#: "menade bara", "kan du ändra?", "that's wrong, I only wanted"), folded.
_SIGNUP_CORRECTED = re.compile(r"\b(?:(?:blev|blivit|ar|var|gick) (?:\w+ ){0,2}fel|(?:ville|menade|onskade) (?:\w+ )?(?:bara|endast)|"
                               r"(?:kan|kunde) (?:du|ni) (?:\w+ )?(?:andra|ratta)|(?:is|was|went) wrong|"
                               r"only (?:meant|wanted))\b")
#: A view on the event given ("lämna en synpunkt", "some feedback", "ett klagomål", "tycker att ni borde"), folded.
_VIEW_GIVEN = re.compile(r"\b(?:synpunkt\w*|feedback|klagomal\w*|kritik|complaint|(?:tycker|anser) (?:\w+ )?att ni "
                         r"(?:ska|borde|bor)|ni borde (?:tanka om|se over)|"
                         # "jag vill framföra att det är orimligt ...", "det borde ni tänka på till nästa år"
                         r"(?:vill|ville) (?:bara |garna )?(?:framfora|papeka)|orimlig\w*|oacceptab\w*|"
                         r"(?:borde|bor) ni (?:\w+ ){0,2}(?:tanka|fundera|se over|overvaga)|ni (?:borde|bor) (?:\w+ ){0,3}"
                         r"(?:nasta (?:gang|ar|omgang))|(?:want|wish|would like) to (?:complain|point out)|unreasonable)\b")
#: The writer's own signup said to stand ("jag är anmäld och kommer ändå", "I'm registered and will come anyway").
#: The venue arranged for a session ("Jag har bokat konferenslokalen på Regionhuset för 3 maj, 60 platser", "I've booked
#: the conference room for 3 May"): the organisers' own errand, no one taking part (folded).
_VENUE_BOOKED = re.compile(r"\b(?:jag|vi) har (?:nu |redan )?(?:bokat|reserverat|ordnat) (?:\w+ ){0,2}?(?:konferens\w*|"
                           r"lokal(?:en|erna)?|moteslokal\w*|motesrum\w*|sal(?:en)?|horsal\w*|rum(?:met)?)\b|"
                           r"\b(?:i|we)(?:'ve| have) (?:now |already )?(?:booked|reserved) (?:\w+ ){0,2}?(?:venue|room|hall)\b")
_SIGNUP_STANDS = re.compile(r"\b(?:jag|vi) (?:ar|star) (?:ju |redan )?(?:anmald\w*|registrerad\w*|med) (?:och|men|,) "
                            r"(?:\w+ ){0,2}(?:kommer|deltar|gar|ar med)(?: (?:anda|som planerat|anyway|forstas)|"
                            # ("jag är anmäld och kommer, men ...": the signup stands, the view follows)
                            r"(?=, men\b))\b|"
                            r"\bi'?m (?:registered|signed up) and (?:will )?(?:come|attend|be there) anyway\b")
#: Someone other than the writer said to come too ("min kollega Per Ek vill också vara med", "Eva ska också delta").
_ANOTHER_ALSO_JOINS = re.compile(r"\b(?!(?:jag|vi|du|ni|man)\b)\w+ (?:vill|ska|skulle vilja|kommer (?:att )?) ?"
                                 r"(?:ocksa|aven|med) (?:vara med|komma|delta|ga|folja med|hanga (?:med|pa)|anmalas)\b")
#: A place on a waiting list asked for ("stå på reservlistan", "sätta mig på väntelistan", "put me on the waiting list").
_WAITLISTED = re.compile(r"\b(?:sta|stalla (?:mig|oss) |satta (?:mig|oss) |skriva upp (?:mig|oss) )?(?:pa|i) (?:en |er )?"
                         r"(?:reservlista|vantelista|kolista|reservplats)\w*|\b(?:put|add) (?:me|us) (?:on|to) (?:the |a |your )?"
                         r"waiting ?list\b")
#: One who takes another's place ("i hans ställe", "i Pers ställe", "som ersättare", "vikarierar").
_IN_PLACE = re.compile(r"\bi (?:hans|hennes|deras|\w+s) stalle\b|\bersattare\b|\bvikarie\w*|\bin (?:his|her|their) place\b")
#: Someone struck from the signup by the writer ("stryk honom", "ta bort henne från alla träffar", "avanmäl Per",
#: "stryk Per Ek"): the one struck, a pronoun or a name of one or two words (folded).
_STRIKES = re.compile(r"\b(?:stryk|stryka|ta bort|avanmal|avanmala|avboka|remove|cancel) (\w+(?: \w+)?)\b")


def _strikes_one(folded: list[str], people: list[Person]) -> bool:
    """Whether a signup of several also strikes one of them by name ("Anmäl mig och stryk Per Ek"): two requests in
    one, which one reading cannot hold."""
    names = {fold(p.name) for p in people if p.name}
    firsts = {n.split()[0] for n in names}
    for f in folded:
        for m in _STRIKES.finditer(f):
            struck = m.group(1)
            if struck in names or struck.split()[0] in firsts:
                return True
    return False


#: One named replacing another named ("Lisa Berg ersätter Tom Hill", "Per Ek replaces Eva Lund", "Sara Lind will
#: replace Jonas Berg"): written with capitals.
_NAMED_REPLACES = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé-]+ (?:ersätter|ersatter|replaces|is replacing|"
                             r"will replace) [A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé-]+\b")
#: A list correction striking one and adding another ("STRYK: Per Ek" / "LÄGG TILL: Eva Lund", "Remove: ... Add:
#: ..."): the strike and the addition, each a heading of its own line or clause (folded).
_STRUCK_LINE = re.compile(r"(?:^|[\n.;(])\W{0,3}(?:stryk|strykes|ta bort|tas bort|remove|strike|delete)\W{0,3}:")
_ADDED_LINE = re.compile(r"(?:^|[\n.;(])\W{0,3}(?:lagg till|laggs till|tillkommer|ny|nya|add|new)\W{0,3}:")
#: The writer asks to stay on the signup held ("vill gärna vara kvar i DalaLab", "stå kvar på mina träffar", "på
#: samma tillfällen som nu", "would like to stay on"): folded.
_STAYS_ON = re.compile(r"\b(?:vara|va|sta|stanna|fa vara|fa sta) kvar\b|"
                       r"\bsamma (?:tillfallen|traffar|datum|platser) som (?:nu|forut|tidigare|innan)\b|"
                       r"\bstay (?:on|registered|signed up)\b|\bremain (?:registered|signed up|on)\b|"
                       r"\bthe same sessions as (?:now|before)\b")
#: A signup made in the writer's own words ("jag anmäler", "anmäl henne", "skickar den vidare").
_SIGNS_UP_HERE = re.compile(r"\b(?:anmal|anmaler|anmala|anmaldes? inte|skickar (?:den|anmalan) vidare|kom (?:\w+ )?aldrig fram)\b")

#: Thanks for our confirmation ("tack för bekräftelsen", "thanks for the confirmation").
_THANKS_CONFIRMED = re.compile(r"\btack(?:ar|ade)? (?:\w+ )?for (?:\w+ )?bekraftelse\w*|"
                               r"\bthanks? (?:you )?for (?:\w+ )?confirm\w*")
#: A word of changing something ("ändra", "byta", "stryk", "instead", "wrong").
_CHANGE_WORD = re.compile(r"\b(?:andr\w*|byt\w*|stryk\w*|lagg\w* till|flytt\w*|uppdater\w*|ratt\w*|korriger\w*|"
                          r"istallet|i stallet|fel|felaktig\w*|ta bort|avanmal\w*|avboka\w*|change\w*|swap\w*|move|"
                          r"update\w*|correct\w*|instead|wrong|remove\w*|cancel\w*|add)\b")


#: A word of the writer correcting what they just wrote ("förlåt", "nej vänta", "menar jag", "ska det vara", "sorry, I
#: mean"): folded.
_MISWRITTEN = re.compile(r"\b(?:forlat|sorry|oops|oj|nej vanta|no wait|rattelse|correction|menar jag|jag menar|menade jag|"
                         r"ska det vara|skulle det vara|i mean|i meant)\b")


#: The surname corrected right after a name, alone ("Eva Lindh (förlåt, Lind ska det vara)", "Per Holm – oj, Holmén
#: menar jag", "Tom Berg (sorry, I mean Borg)"): as written, the corrected surname in group "surname".
_SURNAME_CORRECTED = re.compile(
    r"\s*[(,–—-]\s*(?i:förlåt|forlat|sorry|oj|oops|nej vänta|nej vanta|rättelse|rattelse)[,:]?\s+"
    r"(?:(?i:ska det vara|det ska vara|menar jag|jag menar|i mean|it should be)\s+(?P<surname>[A-ZÅÄÖÆØÉÜ][\w'-]+)"
    r"|(?P<before>[A-ZÅÄÖÆØÉÜ][\w'-]+)\s+(?i:ska det (?:vara|stå)|skulle det vara|menar jag|menade jag))\b")


def _surname_corrected(own: list[str], hit: NameHit) -> NameHit:
    """A name found with its surname put right where the writer corrects it just after ("Eva Lindh (förlåt, Lind ska
    det vara)"): the name as corrected."""
    if hit.sentence < 0 or hit.start < 0 or len(hit.name.split()) < 2:
        return hit
    m = _SURNAME_CORRECTED.match(own[hit.sentence], hit.start + len(hit.name))
    if m is None:
        return hit
    return replace(hit, name=" ".join([*hit.name.split()[:-1], m.group("surname") or m.group("before")]))


def _without_miswritten(own: list[str], folded: list[str], hits: list[NameHit]) -> list[NameHit]:
    """The names found, without one the writer corrects where it is written: a later name in the same sentence with
    the same given name and a word of correction between ("kollegan Therese Nyström – förlåt, Therese Nyberg menar
    jag", "Per Lund, nej vänta, Per Lind"): one person, the name as corrected; a surname corrected alone right after
    ("Eva Lindh (förlåt, Lind ska det vara)") is put right."""
    if not any(_MISWRITTEN.search(f) for f in folded):
        return hits
    wrong: set[int] = set()
    for k, first in enumerate(hits):
        if first.sentence < 0 or first.start < 0 or len(key := name_key(first.name)) < 2:
            continue
        for later in hits[k + 1:]:
            other = name_key(later.name)
            if (later.sentence == first.sentence and later.start > first.start and len(other) >= 2
                    and other[0] == key[0] and other != key
                    and _MISWRITTEN.search(fold(own[first.sentence][first.start:later.start]))):
                wrong.add(k)
                break
    # (the surname put right only where no name follows with it: "Therese Nyström – förlåt, NYBERG menar jag, Therese
    # Nyberg" is read by the name written out after)
    return [_surname_corrected(own, h) for k, h in enumerate(hits) if k not in wrong]


def _attending_text(folded: list[str], said_of: list[int]) -> str:
    """The sentences the writer's attending is read from, without what only passes others' words on ("skickade via
    mig") and with "jag också" before a signup of another read as the act's "also" ("kan jag också anmäla Per")."""
    return _ALSO_SIGNS_UP.sub(r"\1 ", _SET_ASIDE.sub(" ", _APPROVED_BY_ME.sub(" ", " ".join(folded[i] for i in said_of))))


def read_message(msg: MessageText, config: Config, received_at: dt.datetime) -> ParsedRequest:
    """Read intent, people, sessions, diet and language from a message's parts."""
    tab = tables(config)
    base = (received_at if received_at.tzinfo else received_at.replace(tzinfo=config.event.tz)
            ).astimezone(config.event.tz).date()
    parts = msg.parts
    if (not msg.is_reply and msg.subject and not re.search(r"\w", parts.own) and not parts.forwarded
            and whole_request(fold(msg.subject))):
        # the whole request in the subject, the body only a signature ("Anmäler mig till alla träffar" – "--")
        parts = replace(parts, own=strip_prefixes(msg.subject))
    clicked_no = bool(msg.subject) and not parts.forwarded and declined_by_click(msg.subject, parts.own + "\n"
                                                                                   + parts.signature)
    if clicked_no:
        # "Avböjt: DalaLab träff 4" and no words of the sender's own: the meeting the subject names is what is given up
        parts = replace(parts, own=msg.subject.split(":", 1)[1].strip() + ".", signature="")
    own = sentences(parts.own)
    folded = [fold(s) for s in own]
    own_folded = " ".join(folded)
    forwarded = sentences(parts.forwarded) if parts.forwarded else []
    pointer = bool(forwarded) and bool(_POINTER.search(_FORWARDED_TO_WRITER.sub(" ", own_folded)))
    mentions = _next_of_the_last(own, _all_but_that(folded, [tab.mention(s, base) for s in own]), tab.sessions)
    diet = find_diet(parts.own) or (find_diet(parts.forwarded) if pointer else None)
    signed_diet = (diet is None and _SIGN_OFF_REACH >= len(parts.signature) and parts.signature.count("\n") < 2
                   and (diet := find_diet(parts.signature)) is not None)    # "... /tove, rättvik. äter vego"

    relevant = _relevant(own, folded, mentions)
    # (a sentence saying the writer and others go on as before: "Per Holm kommer inte 29/11. Jag och Eva går som förut
    # på alla fyra" withdraws Per; it signs nobody up, and those it names are no part of the request)
    as_before = _others_as_before(own, folded, mentions)
    ignore_names, ignore_addresses = _recipients_to_ignore(msg)
    hits = find_names(own, relevant, tab.stop, ignore_names | tab.own_names, ignore_addresses | tab.own_addresses)
    hits += _given_from_thread(own, relevant, parts, hits, tab.stop, ignore_names | tab.own_names)
    hits += _given_restated(own, relevant, hits, tab.stop, ignore_names | tab.own_names)
    hits += _on_behalf_named(own, hits, tab.stop, ignore_names | tab.own_names)
    hits += given_beside(own, relevant, hits, tab.stop, ignore_names | tab.own_names,      # "jag och Ahmed"
                         tuple(name for name, _ in parts.quoted_people))
    hits = _without_miswritten(own, folded, hits)     # "Lena Berg – förlåt, Lena Borg menar jag"
    # one along only to help the writer ("min personliga assistent, Eva Ek"): no participant; whether they need a place
    # of their own is asked
    companions = [h for h in hits if h.sentence >= 0 and companion(own[h.sentence], h)]
    hits = [h for h in hits if h not in companions]
    sender = msg.sender
    sender_name = (display_name(sender.name, sender.address, parts.signature + "\n" + "\n".join(parts.own.split("\n")[-3:]))
                   if sender.channel == "email"
                   else clean_name(without_symbols(sender.name)))
    if sender.channel != "email" and _office_account(sender_name, tab):
        sender_name = None      # "Ludvika Plan", "Orsa Bygg": an office's account, the writer perhaps named in the text
    sender_email = sender.address if sender.channel == "email" else None
    if sender_name is None and sender_email:
        sender_name = _name_in_text(sender_email, parts, tab)
    given = clean_name(without_symbols(sender.name))     # None for no name, and for one that is no name (an address, a formula)
    mailbox = bool(sender_email and _function_mailbox(sender_name, sender_email, tab))
    introduced = _self_introduction(parts, tab)
    if introduced and (given is None or len(given.split()) < 2 or _own_name_in_full(given, introduced)):
        sender_name = introduced
    if not mailbox and (sender.channel != "email" or not full_name(sender_name)):
        # a nickname, an emoji, "Henrik S", "Kalle" signing "Karl": the name the writer gives in the text
        sender_name = writer_named(sender_name, parts.greeting, parts.own, parts.signature, tab.stop) or sender_name
    if mailbox and sender_email:
        # the person who signs with their own address, else who says who they are (their address from the text)
        signed = _signed_by(parts.signature, sender_email, tab)
        introduced = None if signed else writer_named(None, parts.greeting, parts.own, parts.signature, tab.stop,
                                                      signed=False)
        sender_name, sender_email = signed or ((introduced, None) if introduced else (sender_name, sender_email))
        if sender_name and sender_email == sender.address:
            # one the text names as on a form, with an address of their own beside ("Namn: Eva Ek / E-post:
            # eva.ek@…"), taken for the writer: that address is theirs, not the shared mailbox's
            sender_email = next((h.email for h in hits if h.email and same_name(h.name, sender_name)), sender_email)
    if sender.channel != "email" and not mailbox:
        sender_name = _given_in_full(sender_name, hits, folded)
    hits = rows_turned(own, hits, sender_name, sender_email)     # "Hansson Eva" / "Holm Tobias" from Eva Hansson
    third: list[NameHit] = []
    kept_on: list[NameHit] = []
    sender_hit: NameHit | None = None
    pasted, pasted_by = _pasted_forward(parts.own, folded, tab.stop)
    hits += [a for a in pasted_by if all(name_key(h.name) != name_key(a.name) for h in hits)]
    for hit in hits:
        if ((sender_name and same_name(hit.name, sender_name))
                or (sender_email and (hit.email == sender_email or matches_address(hit.name, sender_email)))
                or (sender.channel != "email" and not sender_email and hit.email and _fits_writer(sender_name, hit.email))):
            if hit.sentence in pasted:
                continue    # greeted in a message pasted from someone else
            sender_email = sender_email or hit.email
            sender_hit = sender_hit or hit
            continue
        if hit.sentence >= 0 and (_unchanged_of(folded[hit.sentence], hit) or hit.sentence in as_before
                                  or _goes_as_before(folded[hit.sentence], hit)) and not _replaced_next(folded, hit, hits):
            continue
        given_name = re.escape(fold(hit.name.split()[0]).lower())
        told = [j for j, f in enumerate(folded) if j != hit.sentence and re.search(rf"\b{given_name}s?\b", f)]
        if (told and hit.sentence >= 0 and not asks_change(_aside_clause(folded[hit.sentence], hit))
                and all(_UNCHANGED.search(folded[j]) and not asks_change(folded[j]) for j in told)):
            continue    # "Per och Eva anmäldes till 3 maj ... Evas anmälan är oförändrad": Eva's signup is not changed
        if hit.sentence >= 0 and _SIGNED_UP_BEFORE.search(folded[hit.sentence]) and (
                (told and all(_given_as_before(folded[j], given_name) for j in told))
                or (not told and any(_REST_AS_BEFORE.search(f) for f in folded))):
            # named in a signup made before, and then only as going on as planned ("Vi anmälde tre (jag, Per Ek och
            # Eva Lind). Eva kan inte. Jag och Per kommer som planerat"; "... vi andra kommer som vanligt")
            kept_on.append(hit)
        third.append(hit)
    if kept_on and len(kept_on) < len(third):
        third = [h for h in third if h not in kept_on]
    if sender.channel != "email" and not sender_email and "@" in parts.own + parts.signature:
        # a chat writer's own address written in the text ("mejl m.rask@vansbro.se om ni behöver", "kristoffer@…")
        sender_email = next((a for a in (m.group(0).lower().rstrip(".") for m in EMAIL.finditer(
            parts.own + "\n" + parts.signature)) if _fits_writer(sender_name, a)), None) or _said_mine(own_folded)
    # the writer named only to say who they are ("Jenny Sahlin, Ludvika.") is not thereby one taking part
    sender_named = sender_hit is not None and not introduces(own, sender_hit.sentence, tab.stop)
    if (sender_named and sender_hit is not None and reported_signup(folded[sender_hit.sentence])
            and sender_stays(own_folded)):
        sender_named = False    # "Vi anmälde Eva Ek, Per Holm och mig ... Per och jag står kvar": signed up before
    if not third and parts.quoted_people:
        third.extend(_forwarded_yes(parts, folded, sender_email, tab))
    named_here = bool(third)    # someone the writer names (or the thread's yes-sayers), not only the forward's writer
    if not third and parts.is_forward:
        asker = _forwarded_author(parts, forwarded, sender_email, tab) if pointer else None
        author = asker or _forwarded_subject(parts, folded, sender_email, tab)
        if author is not None:
            third.append(author)
        if asker is not None:
            third.extend(_named_below(msg, config, received_at, tab, asker))
    if not third and pasted and (label := _PASTED_HEADER.search(parts.own)):
        # "Vidarebefordrat från Karin Ek: > kan du anmäla mig?": the one whose message is pasted, named nowhere else
        pasted_author = clean_name(label.group("who").strip(" \t]:"))
        if pasted_author and not (sender_name and name_key(pasted_author) == name_key(sender_name)):
            third.append(NameHit(pasted_author, None, len(sentences(parts.own[:label.start()])), 0))
    if not third and msg.subject:
        third.extend(_subject_people(msg, folded, sender_name, sender_email, ignore_names | tab.own_names, tab.stop))
    book = _address_book(parts)
    third = [NameHit(h.name, h.email or book.get(name_key(h.name)), h.sentence, h.start) for h in third]

    subject_folded = "" if msg.is_reply else fold(msg.subject)
    held_before = _confirmed(parts.quoted, tab, base) if parts.quoted else set()
    confirmed = bool(held_before)
    if not held_before and msg.is_reply and parts.quoted and sender_email:
        held_before = _own_signup_quoted(parts.quoted, sender_email, tab, base, sender_name)
    reading = classify([("" if i in as_before else s) for i, s in enumerate(own)],
                       [("" if i in as_before else f) for i, f in enumerate(folded)], subject_folded,
                       any(m.any for i, m in enumerate(mentions) if i not in as_before), diet is not None,
                       lambda i: any(h.sentence == i for h in third), held_elsewhere=bool(held_before))
    if (confirmed and not third and any(m.dates for m in mentions)
            and any(_SIGNUP_CORRECTED.search(f) for f in folded)
            and (reading.intent == Intent.REGISTER
                 # "Här har det nog blivit fel. Jag anmälde mig till 3 maj och 21 september, inte november. ... Kan ni
                 # rätta det?": read as the session given up, or as a question; what was asked for is said
                 or reading.intent in (Intent.CANCEL, Intent.QUESTION)
                 and any(_ASKED_FOR.search(f) and m.dates for f, m in zip(folded, mentions)))):
        # "det blev visst fel, jag ville bara anmäla mig till den första. Kan du ändra?" over our confirmation: the
        # signup held corrected to the sessions named (or the others given up: asked)
        reading = IntentReading(Intent.CHANGE, "sessions", cue=reading.cue, question=reading.question,
                                either=Intent.CANCEL)
    if (reading.intent in (Intent.REGISTER, Intent.CHANGE) and not third
            and (not any(m.dates for m in mentions) or not reading.cue)
            and _VIEW_GIVEN.search(own_folded) and _SIGNUP_STANDS.search(own_folded)):
        # "Jag vill lämna en synpunkt: ... alla träffar ligger i Falun ... Jag är anmäld och kommer ändå, men tycker
        # att ni ska tänka om": a view on the event from one whose signup stands, nothing to book or change
        reading = IntentReading(Intent.UNKNOWN)
    if (reading.intent == Intent.REGISTER and not third and _VENUE_BOOKED.search(own_folded)
            and not any(signs_up(f) for f in folded) and not _SELF_ATTENDS.search(own_folded)):
        # "Jag har bokat konferenslokalen på Regionhuset för 3 maj, 60 platser, med fika 09.30": the venue arranged for
        # a session, the organisers' own errand; no one signs up
        reading = IntentReading(Intent.UNKNOWN)
    if reading.intent == Intent.UNKNOWN and pointer and forwarded:
        # "Hej Linnea, se nedan." over a forwarded chain: the request is the forwarded one's
        passed = classify(forwarded, [fold(f) for f in forwarded], subject_folded,
                          any(tab.mention(f, base).any for f in forwarded), diet is not None, lambda i: False)
        if passed.intent in (Intent.CANCEL, Intent.REGISTER, Intent.CHANGE):
            # (whose it is, in a chain forwarded more than once that the writer names no one of, is asked: the last
            # forwarder may be the one found, not the one who wrote the request)
            reading = IntentReading(passed.intent, passed.change, question=passed.question,
                                    tentative=len({a for _, a in parts.quoted_people}) > 1
                                    and not any(h.sentence >= 0 for h in third))
    if reading.intent == Intent.CANCEL and reading.either == Intent.CHANGE and third:
        # "Min kollega Hanna Ek kanske kan gå i mitt ställe, men hon har inte bestämt sig": the stand-in only maybe,
        # no part of the cancellation
        third = [h for h in third if h.sentence < 0 or not hedged_stand_in(folded[h.sentence])]
    if reading.intent == Intent.CANCEL and reading.change is None and _handed_over(folded, third):
        # "jag kan inte komma längre men Viktor Lund tar mina platser": the places handed over, a substitution
        reading = IntentReading(Intent.CHANGE, "substitute", cue=reading.cue, question=reading.question)
    if reading.intent == Intent.CANCEL and not any(m.any for m in mentions) and _off_mailing_list(own_folded):
        # "avregistrera mig från nyhetsbrevet": off a mailing list, not the event; for the organisers to see (one
        # asking to be taken off "er sändlista" asks for an erasure, as before)
        reading = IntentReading(Intent.QUESTION, question=parts.own.strip()[:500])
    if ((reading.intent in (Intent.CANCEL, Intent.QUESTION, Intent.UNKNOWN)
         # (nor a signup read only from "min anmälan": "jag är inte längre vegan, ändra det i min anmälan")
         or (reading.intent == Intent.REGISTER and not signs_up(own_folded))
         # (nor a change of sessions naming none: "äter inte längre vegansk kost, kan ni ändra min anmälan?")
         or (reading.intent == Intent.CHANGE and reading.change == "sessions"))
            and not third and not any(m.any for m in mentions) and diet_taken_off(own_folded)):
        # "Kan ni ta bort glutenfri kost från min anmälan?": the diet taken off, not the signup (nor only a question)
        reading = IntentReading(Intent.CHANGE, "diet", cue=[i for i, f in enumerate(folded) if diet_taken_off(f)],
                                question=reading.question)
    no_diet = False
    if reading.change == "diet" and (withdrawn := diet_withdrawn_at(own_folded)) >= 0:
        # "det står glutenfri på mig, men jag har ingen specialkost": the diet recorded in error goes; a need told
        # after the withdrawal ("hon är inte längre vegetarian men har nötallergi") is the new diet
        diet = find_diet(" ".join(own)[withdrawn:])
        no_diet = diet is None
    if (reading.change == "sessions" and not reading.adds and not any(m.any for m in mentions)
            and _ADDRESS_MOVED.search(own_folded)):
        # "kan ni byta till jobbadressen eva@orsa.se?": no session moved, an address changed
        reading = replace(reading, change="details")
    answered = (reading.intent == Intent.UNKNOWN and msg.is_reply and "@" in parts.own and len(own_folded.split()) <= 30
                and bool(_ADDRESS_ASKED.search(fold(parts.quoted[:3000]))))
    if answered:
        # "Ja, den är per.ek@orsa.se" under our "Har du Pers e-postadress?": the address asked for, given
        reading = IntentReading(Intent.CHANGE, "details", [i for i, f in enumerate(folded) if "@" in f])
    offer_taken = (reading.intent == Intent.UNKNOWN and msg.is_reply and bool(parts.quoted)
                   and offer_accepted(own_folded, fold(parts.quoted[:3000])))
    if offer_taken:
        # "Ja, absolut! Jag tar den." under our "... nu finns en plats ledig för er kommun. Vill du ha den?": the place
        # offered taken, a signup for the sessions the offer names
        reading = IntentReading(Intent.REGISTER, cue=list(range(len(folded))))
    our_stated = our_reading(parts.quoted) if msg.is_reply and parts.quoted and not parts.forwarded else None
    if (our_stated and reading.intent == Intent.UNKNOWN and affirmation(parts.own or parts.greeting) is True
            and len(own_folded.split()) <= _BARE_YES and not any(m.any for m in mentions) and not third):
        # "Ja, det stämmer. Tack!" above our "Vi uppfattade: anmälan av dig till ..., kost: ... Stämmer det?": the
        # reading it confirms is the request; its sessions are ours, not named by the writer (the service, finding
        # our question answered, completes the reading it asked about with the yes)
        confirmed_reading = read_message(MessageText(parts=BodyParts(own=our_stated, signature=parts.signature),
                                                     sender=msg.sender, problems=list(msg.problems)),
                                         config, received_at)
        if (confirmed_reading.intent == Intent.REGISTER and diet is not None and confirmed_reading.diet is None
                and len(confirmed_reading.people) == 1):
            # "ja stämmer. glutenfri kost tack": a diet told with the yes goes with the one signed up
            confirmed_reading = replace(confirmed_reading, diet=diet,
                                        people=tuple(replace(p, diet=diet) for p in confirmed_reading.people))
        if confirmed_reading.intent in (Intent.REGISTER, Intent.CANCEL, Intent.CHANGE):
            return replace(confirmed_reading, sessions_named=False, answer=True, subject=msg.subject or None,
                           language=detect_language(parts.own), names_written=(), addresses_written=(),
                           written=parts.own if len(parts.own) <= _SHORT else "", mentioned=())
    second = opinion(msg.subject, parts.own, parts.forwarded)      # the intent model's, read once
    either = reading.either     # the other reading the writer offers beside the rules' one (change or cancellation)
    if (other := stated_intent(reading.intent, second)) is not None and not _rules_stand(
            other, reading, folded, own, bool(third), any(m.any for m in mentions), bool(parts.is_forward),
            over_our_question=our_stated is not None):
        # the model reads another intent and is sure of it: its reading is stated, and asked about before acting
        asked = next((s for s in own if "?" in s), None) if other == Intent.QUESTION else None
        reading = IntentReading(other, cue=reading.cue, question=reading.question or asked, tentative=True)
    if clicked_no:
        # (whatever the rules and the model read into the meeting's name; a click may be a slip: the cancellation is
        # asked about, never acted on as it stands)
        reading = IntentReading(Intent.CANCEL, cue=list(range(len(own))), tentative=True)
    if (reading.intent in (Intent.REGISTER, Intent.QUESTION) and not third and not sender_named
            and "?" not in parts.own and _others_told_to_write(folded, tab.own_names)):
        # "Påminner om sista anmälningsdag. Ni som vill gå: skicka själva ett mejl till Linnea (kopia här)": colleagues
        # told to write to the organiser themselves, the organiser only in copy; nothing asked of us
        # (whatever the intent model reads into the dates and the signup words)
        reading = IntentReading(Intent.UNKNOWN)
    if (reading.intent == Intent.CHANGE and reading.change is None and not any(m.any for m in mentions)
            and _OWN_DETAIL.search(own_folded)):
        # "ni har skrivit mitt efternamn som Jonsson ... kan ni rätta det?" (a change the model states): the writer's
        # name or address corrected, no session asked for
        reading = replace(reading, change="details")
    elif (reading.intent == Intent.CHANGE and reading.change is None and diet is not None
          and not any(m.any for m in mentions) and not third):
        # "btw jag e vegan nu, kan ni ändra det?" (a change the model states): a diet told as news, no session asked for
        reading = replace(reading, change="diet")
    if third and any(_pointed_writer_here(h, own, folded) for h in third):
        third = [h for h in third if not _pointed_writer_here(h, own, folded)]  # "Eva Ek sa att jag skulle skriva här"
    if reading.intent == Intent.REGISTER and any(_approver(h, own) for h in third):
        third = [h for h in third if not _approver(h, own)]     # "Ansvarig chef: Eva Ek (godkänt 2027-02-10)"
    if reading.intent == Intent.REGISTER and third and any(_held_already(h, folded) for h in third):
        # "Jag vet att Annika Sjödin och Robert Lind redan är anmälda ... Jag vill ändå anmäla mig": those signed up
        # already are no part of the signup
        third = [h for h in third if not _held_already(h, folded)]
    if reading.intent == Intent.REGISTER and reading.told and third:
        # "Som Per skrev förra veckan kan han inte komma. Jag tar hans plats": who gave the place up before, or whose
        # place or work is taken ("har tagit över Eva Eks uppdrag"), is no part of the new signup
        gone = {name_key(h.name) for h in third if _given_up_before(h.name, folded, reading)}
        if len(gone) < len({name_key(h.name) for h in third}) or sender_name:
            third = [h for h in third if name_key(h.name) not in gone]
    elif reading.intent == Intent.REGISTER and third:
        # a plain signup by a newcomer "taking over Tove Berg's place": whose place it was is no participant
        gone = {name_key(h.name) for h in third if _place_taken(h.name, folded)}
        if gone and (len(gone) < len({name_key(h.name) for h in third})
                     or (sender_name and (sender_hit is not None or sender_attends(own_folded, True)[0]))):
            third = [h for h in third if name_key(h.name) not in gone]
    if (reading.intent == Intent.QUESTION and not any(m.any for m in mentions) and not third
            and private_note(own_folded, fold((parts.own + "\n" + parts.signature).strip()[-160:]), fold(msg.subject))):
        # "Kan Olle följa med er till simhallen på fredag? ... Kram Malin": a private note to a namesake, not ours
        reading = IntentReading(Intent.UNKNOWN)
    misdirected = (reading.intent == Intent.REGISTER
                   and other_event(folded, reading.cue, fold(msg.subject), tab.event_word))
    if misdirected:     # a signup for another event that shares a date ("till Länsstyrelsens tillsynsdag 3 maj")
        reading = IntentReading(Intent.UNKNOWN)
    # a shared mailbox passing on a request, naming nobody itself ("Vidarebefordrar nedanstående enligt önskemål"):
    # the forwarded message's own request, read as its writer's
    passed_on = mailbox and pointer and not named_here and not sender_named
    if ((reading.intent == Intent.UNKNOWN or passed_on) and parts.is_forward and parts.forwarded
            and msg.sender.channel == "email"):
        inner = _forwarded_request(msg, config, received_at, tab)
        if inner is not None:
            return inner
    own_s, mentions_s = _without_others_as_before(reading, own, folded, mentions)
    if reading.intent == Intent.REGISTER and third:
        own_s, mentions_s = _without_writers_maybe(own_s, folded, mentions_s, third)
    # a request about the forwarded writer alone that speaks of "den träffen" ("kan du ta bort henne från den
    # träffen?"): the session is the one the forward names
    that_one = (not pointer and parts.is_forward and bool(third) and all(h.sentence == -1 for h in third)
                and not any(m.any for m in mentions) and bool(_THAT_SESSION.search(own_folded)))
    sessions, named = _sessions(reading, own_s, mentions_s, forwarded, pointer or that_one, tab, base,
                                msg.subject if subject_folded else "", held_before, confirmed,
                                _others_messages(parts, sender_email) if pointer else None,
                                pointer and _forwarded_writer(parts, sender_email, tab) is not None)
    if (reading.intent == Intent.CANCEL and third and parts.quoted and not any(m.dates or m.minus for m in mentions)
            and (listed := _listed_for(parts.quoted, [h.name for h in third], tab, base))):
        # "Vi drar tillbaka anmälan för Per Ek" over a confirmation listing "Per Ek – 3 maj, 21 sept": his sessions
        sessions, named = listed, True
    if offer_taken and not any(m.any for m in mentions) and (offered := _resolve(
            [tab.mention(s, base) for s in sentences(_QUOTE_HEADER.sub("", parts.quoted[:3000]))], tab.sessions)):
        sessions, named = offered, True     # the sessions of the place offered, in the mail quoted
    if (reading.intent in (Intent.REGISTER, Intent.CHANGE) and parts.quoted and not any(m.any for m in mentions)
            and _SAME_SESSIONS.search(own_folded)
            and (quoted_signup := held_before or _own_signup_quoted(parts.quoted, None, tab, base))):
        sessions, named = set(quoted_signup), True  # "jag hakar på Sofies anmälan, anmäl mig till samma två träffar"
    if (reading.change in ("details", "diet") and held_before and not any(m.dates for m in mentions)
            and _HELD_REFERRED.search(own_folded)):
        sessions = set(held_before)     # "samma träffar som i bekräftelsen", "datumen nedan stämmer": those held stay
    if reading.change == "details":
        sender_name = _new_name(parts, tab) or sender_name
        new_address = _new_address(own_folded)
        stated = next((m.group(1) for m in (_MY_ADDRESS.search(own_folded), _RIGHT_ADDRESS.search(own_folded))
                       if m and sender_name and matches_address(sender_name, m.group(1))
                       and re.search(r" (?:ar|is|blir):?\s", m.group(0)) and not _OLD_ADDRESS.search(m.group(0))), None)
        if stated:
            sender_email = stated   # "gick till olle.ek@…, men min adress är oliver.ek@…": the one the writer says is theirs
        elif new_address and (sender_email or sender.channel != "email") and new_address != (sender_email or "").lower():
            sender_email = new_address     # "kan ni ändra till eva.lund@orsa.se?": the address from now on
        elif (right := _RIGHT_ADDRESS.search(own_folded)) and sender_name and matches_address(sender_name, right.group(1)):
            sender_email = right.group(1)           # "skrev fel adress ... rätt är eva.ek@orsa.se"
    elif (sender_email and sender_name and (mine := _MY_ADDRESS.search(own_folded))
          and (meant := address_meant(own_folded, mine.end(1)) or mine.group(1)) != sender_email.lower()
          and matches_address(sender_name, meant) and not _OLD_ADDRESS.search(mine.group(0))):
        # "skriver från privata mobilen, min jobbadress är eva.ek@orsa.se": that one (or the one put in its place:
        # "jag är anmäld med anna.wik@… – nej förresten, anna.wiik@…")
        sender_email = meant

    known_names = [sender_name, *(h.name for h in third)]
    # a signature naming a body outside the list ("Länsstyrelsen Gävleborg") beats the address's domain and the text
    signed_elsewhere = tab.orgs.signed_elsewhere(parts.signature)
    text_org = None if signed_elsewhere else (
        tab.orgs.employer(_surnames_hidden(parts.own, known_names, tab), _surnames_hidden(parts.signature, known_names, tab),
                          _greeted_from(parts.greeting))
        or tab.orgs.best(display_affiliation(sender.name or "", tab.stop)[1]))     # "Jenny på Lst"
    sender_org_obj = (None if signed_elsewhere else tab.orgs.for_address(sender_email)) or text_org
    sender_org = sender_org_obj.name if sender_org_obj is not None else None
    people: list[Person] = []
    spots: list[Spot] = []
    unsure: list[Unsure] = []
    several = False     # the sessions asked about may be more than one ("samma träffar som förra gången")
    missing = 0     # people said to come but not named ("jag och min kollega")
    intent = reading.intent
    if intent in (Intent.REGISTER, Intent.CANCEL, Intent.CHANGE, Intent.ERASURE):
        erase_both = intent == Intent.ERASURE and bool(third) and _erasing_both(own_folded, third, " ".join(own))
        erase_other = intent == Intent.ERASURE and bool(third) and not erase_both and _erasing_another(own_folded,
                                                                                                      " ".join(own))
        if (reading.change == "substitute" and not third and sender_joining(own_folded)
                and not sender_leaving(own_folded)):
            third = _whose_place(own, folded, tab, sender_name, sender_email)
        if erase_both:      # "mina uppgifter, och även Lennart Bodins": the name without its genitive "s"
            third = [replace(h, name=h.name[:-1]) if _genitive_of(h.name) else h for h in third]
        elif erase_other:   # "radera min kollega Jonas Eks uppgifter": the same
            third = [replace(h, name=h.name[:-1]) if _data_of(h.name, " ".join(own)) else h for h in third]
        others = (third if erase_other or erase_both or (reading.change == "details" and (
                      _anothers_details(own_folded, third, sender_email) or (answered and all(h.email != sender_email for h in third))))
                  else [] if intent == Intent.ERASURE or reading.change == "details" else third)
        if reading.change == "details" and len(others) >= 2:
            # "Eva Lind har fått ny adress: eva.lind@… (den gamla eva.l@… slutar fungera)": the old address is no one
            kept = [h for h in others if not _old_address_of_another(h, others, own_folded)]
            others = kept or others
        beside = organisations(own, [Spot(h.sentence, h.start, h.start + len(h.name)) for h in others], tab.orgs,
                               [same_firm(h.email, sender_email, tab.orgs) for h in others])
        stated = employers(own, [(h.name, h.email) for h in others], tab.orgs, sender_org_obj, folded_sentences=folded)
        orgs = [employer.name if employer is not None else
                _organisation_of(h.email, org or (None if elsewhere(h.email, sender_email, tab.orgs) else sender_org_obj), tab)
                for h, org, employer in zip(others, beside, stated)]
        sender_spot = Spot(sender_hit.sentence, sender_hit.start) if sender_hit is not None else Spot()
        if reading.change == "substitute":
            replaced = [h for h in others if h.sentence >= 0 and _replaced(folded[h.sentence], h)] if len(others) >= 2 else []
            joining = ([h for h in others if h not in replaced] if replaced
                       else [h for h in others if h.sentence in reading.cue] or others[-1:])
            cue_text = " ".join(folded[i] for i in reading.cue if i < len(folded))
            third_party = bool(replaced) or (len(others) >= 2 and bool(_THIRD_PERSON_PLACE.search(cue_text)))
            writer_joins = bool(others) and (sender_joining(own_folded)     # "Per kan inte, jag går i hans ställe"
                                             or (bool(_SELF_INSTEAD.search(own_folded)) and not sender_leaving(own_folded)
                                                 and all(h.sentence >= 0 and _replaced(folded[h.sentence], h)
                                                         for h in others)))
            if writer_joins:
                joining = []
            # "en ersättare för Anna: Per Ek", "Per Ek går i hennes ställe": the one leaving is someone else
            another_leaves = len(others) == 1 and bool(_ANOTHER_REPLACED.search(cue_text))
            leaving_sender = not writer_joins and (sender_leaving(own_folded)
                                                   or (not third_party and not another_leaves
                                                       and all(h in joining for h in others)
                                                       and not (others and sender_stays(own_folded))))
            if writer_joins or leaving_sender or not others:
                people.append(Person(sender_name, sender_email, sender_org, Role.JOINING if writer_joins else Role.LEAVING))
                spots.append(sender_spot)
            for h, org in zip(others, orgs):
                people.append(Person(h.name, h.email, org, Role.JOINING if h in joining else Role.LEAVING))
                spots.append(Spot(h.sentence, h.start))
        else:
            # a sentence saying the writer's signup stays as it is ("Eva och jag står kvar") does not put them in
            said_of = [i for i, f in enumerate(folded) if i not in pasted and i not in as_before
                       and (not _UNCHANGED.search(f) or asks_change(f))]
            attends, sure = sender_attends(_attending_text(folded, said_of), bool(others))
            held_only = ([i for i in said_of if _held_only(folded[i]) and _WRITER_AMONG.search(folded[i])]
                         if intent == Intent.REGISTER and others else [])
            if held_only and attends:
                # nor, in a signup of others, one saying the writer holds a signup already ("Jag och Per är redan
                # anmälda. Nu vill även Sara Nord vara med"): the writer takes part only if another sentence says so
                attends, sure = sender_attends(
                    _attending_text(folded, [i for i in said_of if i not in held_only]), bool(others))
            if held_only and not attends:
                sure = True     # the writer's signup said to be held ("vi har redan anmält oss"): not one added to it
            if not attends and others and any(_SET_ASIDE.search(folded[i]) for i in said_of):
                sure = True     # "utöver mig (redan anmäld) vill Lena Dahl följa med": the writer is booked already
            if intent == Intent.CANCEL and not attends and not erase_other and _writer_drops(folded, mentions, pasted,
                                                                                             as_before, tab, base):
                attends = True  # "min kollegas anmälan gäller som förut men själv kan jag inte 29/11": the writer's own
            if (mailbox and others and not sender_named and sender_email is not None and sender_email == sender.address
                    and not writes_as_i(parts.own)):
                attends, sure = False, True     # a shared mailbox sending for those it names ("Vi är två från Orsa:
                #                                 - Eva Ek, … - Per Holm, …"): its "vi" is theirs, the mailbox no one
            own_diet = reading.change == "diet" and diet is not None and writer_tells_own_diet(own)
            if (sender_named or attends or own_diet or erase_both) and not erase_other:   # "själv är jag glutenfri"
                people.append(Person(sender_name, sender_email, sender_org))
                spots.append(sender_spot)
            if not (sender_named or sure) and intent == Intent.REGISTER:
                unsure.append(Unsure.SENDER_ATTENDS)
            people.extend(Person(h.name, h.email, org) for h, org in zip(others, orgs))
            spots.extend(Spot(h.sentence, h.start) for h in others)
        writer = next((k for k, p in enumerate(people) if p.email == sender_email and p.name == sender_name), None)
        firsts = [fold(p.name.split()[0]) if p.name else "" for p in people]
        if diet is not None:
            needs_told = own + sentences(parts.signature) if signed_diet else own     # (a chat's sign-off: whose)
            people = [replace(p, diet=d) for p, d in zip(people, diets(needs_told, spots, firsts, writer))]
            if diets_corrected(own):    # "PS. det är Johan som är vegetarian, inte jag": the diets as corrected
                diet = ", ".join(dict.fromkeys(p.diet for p in people if p.diet)) or None
        if reading.change == "diet":     # a diet told for whom it is told ("min kollega Oliver är laktosintolerant")
            # (and those sent on with an address of their own written here: "Per Ek – per.ek@orsa.se")
            # (and one whose diet is told taken off: "Erik är inte längre vegetarian utan äter allt")
            people = [p for p in people if p.diet or (p.email and p.email != sender_email
                                                      and p.email in parts.own.lower())
                      or _diet_dropped_for(p.name, folded)] or people[:1]
        if (reading.tentative or doubts(intent, second)   # (a second opinion)
                or (intent == Intent.REGISTER and len(people) > 1 and _strikes_one(folded, people))):
            # (a signup that strikes one of those it names: "Anmäl mig, Lena Holm, och stryk Per Ek")
            unsure.append(Unsure.INTENT)
        if either is not None and intent in (Intent.CHANGE, Intent.CANCEL):
            unsure.append(Unsure.CHANGE_OR_CANCEL)  # changed or given up: the writer offers both
        if reading.held_unseen:
            unsure += [Unsure.INTENT, Unsure.SESSIONS]  # a session added to a signup not shown: what it was is asked
        elif any(m.ambiguous for m in mentions) or (intent == Intent.REGISTER and not any(m.any for m in mentions)
                                                    and _one_not_told(own_folded, tab)):
            unsure.append(Unsure.SESSIONS)
            several = bool(_SAME_AS_LAST.search(own_folded))   # "samma träffar som förra gången": which ones
        if intent == Intent.REGISTER and _left_open(own_folded) and Unsure.INTENT not in unsure:
            unsure.append(Unsure.INTENT)        # "vet inte om min chef godkänner det. Återkommer!": not yet a signup
        if (intent == Intent.CHANGE and reading.change == "substitute" and people and Unsure.PEOPLE not in unsure
                and not ({Role.JOINING, Role.LEAVING} <= {p.role for p in people})):
            unsure.append(Unsure.PEOPLE)    # "kan min kollega ta min plats 3 maj?": who takes it is not named
        if _moved_nowhere(intent, reading.change, named):
            unsure.append(Unsure.SESSIONS)      # "kan jag byta till en annan träff?": to which?
        if (_corrects_itself(folded, mentions, set(sessions), tab.sessions)
                or corrected_to_meant(own_s, mentions_s, tab, base) or _cleft_corrected(own_s, mentions_s, tab, base)[2]):
            unsure.append(Unsure.CORRECTED)     # "Nej vänta, inte 29/11": which sessions stand is asked
        if intent == Intent.REGISTER and len(people) > 1 and (
                each_their_own(own_s, mentions_s, tab.sessions, tab, base,
                               frozenset(fold(p.name.split()[0]).lower() for p in people if p.name))
                or _one_stays_away(own_s, people, writer is not None, tab, base)):
            unsure.append(Unsure.EACH_OWN)      # each their own sessions: booked on the union, wrong for each
        if intent == Intent.REGISTER and people:
            others_named = len(people) - (1 if writer is not None else 0)
            missing = unnamed(" ".join(own), own_folded, len(people), others_named)
            if missing:
                unsure.append(Unsure.UNNAMED)   # "jag och min kollega": the colleague's name is asked for
        if companions and Unsure.PEOPLE not in unsure:
            unsure.append(Unsure.PEOPLE)    # one along to help the writer: whether they take a place is asked
        elif doubts_people(own, tab.stop, people, intent, msg.sender):
            unsure.append(Unsure.PEOPLE)    # the people model reads someone otherwise than the rules (a second opinion)
        elif any(p.by_given_name for p in people if p.name != sender_name):
            unsure.append(Unsure.PEOPLE)    # one named by the given name alone ("jag och Ahmed"): asked for in full
        unplaced = [p for p in people if p.organisation is None]
        if unplaced and (tab.orgs.unknown_named(parts.own + "\n" + parts.signature)
                         or any(elsewhere(p.email, sender_email, tab.orgs) for p in unplaced)
                         or tab.orgs.may_count_as_listed(parts.own)):   # "det kommunala bolaget i Falun"
            unsure.append(Unsure.ORGANISATION)
        elif (any(tab.orgs.for_address(p.email) is None for p in people)
              and tab.orgs.joint(parts.own + "\n" + parts.signature)):
            unsure.append(Unsure.ORGANISATION)  # "förvaltningen Falun Borlänge", no address to tell which of the two
    problems = list(msg.problems)
    if intent == Intent.UNKNOWN and not problems:
        problems.append("no request recognised in the text")
    return ParsedRequest(
        intent=intent,
        people=tuple(people),
        sessions=tuple(sorted(sessions)),
        diet=diet if intent in (Intent.REGISTER, Intent.CHANGE) or (
            intent == Intent.QUESTION and not only_asked_about(parts.own)) else None,   # "finns det veganskt för ...?"
        sender=msg.sender,
        language=detect_language(parts.own or parts.forwarded),
        sessions_named=named,
        question=reading.question if intent != Intent.UNKNOWN else None,
        change=reading.change,
        problems=tuple(problems),
        subject=msg.subject or None,
        unsure=tuple(unsure),
        answer=affirmation(parts.own or parts.greeting),
        names_written=_names_written(own, tab.stop) if len(parts.own) <= _SHORT else (),
        addresses_written=addresses_in(parts.own) if len(parts.own) <= _SHORT else (),
        written=parts.own if len(parts.own) <= _SHORT else "",
        mentioned=tuple(sorted({d for m in mentions for d in m.dates})) if len(parts.own) <= _SHORT else (),
        unnamed=missing,
        no_diet=no_diet and intent == Intent.CHANGE,
        several=several and Unsure.SESSIONS in unsure,
        maybe=tuple(sorted(set().union(*(m.hedged for m in mentions)) - set(sessions)))
        if intent == Intent.REGISTER and named else (),
        released=_released(intent, reading.change, named, own_s, set(sessions), tab, base),
    )


def _diet_dropped_for(name: str | None, folded: list[str]) -> bool:
    """Whether a sentence naming one by the given name says their diet is no longer needed ("Erik är inte längre
    vegetarian utan äter allt"): a diet change for them, though they are left with none."""
    if not name:
        return False
    given = re.compile(rf"(?<![\w-]){re.escape(fold(name.split()[0]).lower())}(?![\w-])")
    return any(given.search(f) and diet_withdrawn(f) for f in folded)


def _released(intent: Intent, change: str | None, named: bool, own: list[str], sessions: set[dt.date], tab: _Tables,
              base: dt.date) -> tuple[dt.date, ...]:
    """The sessions a change of sessions names as given up ("byta 3 maj mot 29 november": 3 maj): with them known, the
    sessions held but not named stay held (the parse contract's sessions of a bare swap are only the new one)."""
    if intent != Intent.CHANGE or change != "sessions" or not named or not sessions:
        return ()
    return tuple(sorted(_clause_dates(own, tab, base).removed - sessions))
