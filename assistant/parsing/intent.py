"""What a message wants: register, cancel, change, question, erasure or unknown.

Vocabulary lists of Swedish and English phrasings (formal mail and informal chat) are
matched on accent-folded sentences ("anmäler" and "anmaler" alike). The order of the
checks settles mixed messages: an erasure request wins, then a substitution, a move to
other sessions, a cancellation, a signup, a change of details or diet, a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.parsing.diet import diet_corrected
from assistant.parsing.prefilter import quick
from assistant.parsing.text import HEDGE_WORDS
from assistant.request import Intent

_ERASURE = quick(re.compile(
    r"\b(?:radera|raderar|raderas|ta bort|tar bort|tas bort|rensa|makulera)\b[^.?!]{0,60}"
    r"(?:uppgifter|\bdata|\binformation|adress|\buppgift)|"
    # taken off the organiser's registers, the data named first ("att deras namn tas bort ur era listor och register")
    r"\b(?:tas bort|raderas|stryks) (?:ur|fran) (?:era|ert|alla) (?:\w+ )?(?:\w*listor\b[^.?!]{0,20}\bregister|register)\b|"
    r"\b(?:ta|tar) bort (?:mig|mitt namn|min adress) (?:fran|ur) (?:era|ert|er|alla) "
    r"(?:\w*list\w*|register|utskick\w*|system\w*)|"
    r"\b(?:erase|delete|remove|purge)\b[^.?!]{0,60}\b(?:data|information|details|records)\b|"
    r"right to (?:be forgotten|erasure)|\barti(?:cle|kel) 17\b|ratten att bli glomd|"
    r"inte (?:finnas|vara|sta) (?:kvar )?(?:i|pa) (?:nagot|nagra|ert|era|er) (?:register|listor|lista)|"
    r"\bglom (?:mig|mina uppgifter)\b|"
    r"\b(?:bort|radera\w*|glomm?\w*|delete|erase|remove|forget)\b[^.?!]{0,40}\b(?:mina|all|alla|my) "
    r"(?:person)?(?:uppgifter|data|details)|\b(?:mina|my) (?:person)?(?:uppgifter|personal data|data)\b"
    r"[^.?!]{0,40}\b(?:bort|raderas|tas bort|deleted|erased|removed)\b|"
    # the data named first and asked wiped after ("om ni har sparat mina uppgifter i någon lista vill jag att ni
    # raderar dem", "if you have stored my details anywhere, please delete them")
    r"\b(?:mina|my) (?:person)?(?:uppgifter|personal data|data|details|information)\b[^.?!]{0,80}\b(?:radera\w*|"
    r"ta bort|tar bort|rensa\w*|delete|erase|remove)\b (?:dem|dom|de|them)\b|"
    r"\b(?:uppgifter|personuppgifter|data|information)\b[^.?!]{0,30}\b(?:raderas|tas bort|rensas|"
    r"be (?:deleted|erased|removed))\b|"
    # someone's data named, wiped in the passive further on, as a personnel office asks for a former employee ("vill
    # att alla hans personuppgifter i ert anmälningssystem raderas", "wants all her personal data in your system to be
    # deleted")
    r"\b(?:hans|hennes|hens|deras|his|her|their) (?:person)?(?:uppgifter|personal data|data|details)\b[^.?!]{0,80}"
    r"\b(?:raderas|tas bort|rensas|be (?:deleted|erased|removed))\b|"
    r"\b(?:radera|raderar|rensa|erase|delete)\s+(?:mig|oss|me|us)\b|"
    r"\b(?:ta|tar|stryk|stryka|remove)\s+(?:bort\s+)?(?:mig|oss|me|us|mitt namn|my name)\s+(?:helt\s+)?"
    r"(?:fran|ur|from)\s+(?:\w+\s+){0,2}(?:register\w*|system\w*|databas\w*|database\w*|records|"
    r"sandlist\w*|mailing ?list\w*|e-?postlist\w*|kontaktlist\w*|utskick\w*)|"
    r"\bforget (?:me|about me)\b|\b(?:delete|erase|remove|radera|ta bort|rensa)\b[^.?!]{0,30}\b(?:everything|"
    r"anything|all|allt|allting)\b[^.?!]{0,30}\b(?:about|on|om|of) (?:me|mig)\b|\bgdpr\b[^.?!]{0,60}\b(?:radera\w*|bort|delete\w*|erase\w*|remov\w*)|"
    r"\b(?:radera\w*|bort|delete\w*|erase\w*|remov\w*)\b[^.?!]{0,60}\bgdpr\b|"
    # nothing kept about the writer ("vill inte att ni sparar nåt om mig", "please don't keep anything about me",
    # "sluta spara mitt namn"), or the name and number wiped ("radera mitt namn o nummer", "delete my name and number")
    r"\b(?:vill (?:inte|ej)|(?:don'?t|do not)(?: want)?)(?: att)? (?:\w+ ){0,2}(?:spara|sparar|lagra|lagrar|ha kvar|"
    r"store|keep|save|hold)\b[^.?!]{0,40}(?:\bom mig\b|\babout me\b|\bmina (?:person)?uppgifter\b|"
    r"\bmy (?:personal )?(?:details|data|information|name|number)\b)|"
    r"\b(?:sluta|slutar) (?:att )?(?:spara|lagra)\b[^.?!]{0,20}\b(?:mig|mitt|mina)\b|"
    r"\bstop (?:storing|keeping|saving)\b[^.?!]{0,20}\b(?:me|my)\b|"
    r"\b(?:radera|raderar|ta bort|tar bort|rensa|delete|erase|remove)\b (?:\w+ ){0,2}(?:mitt|mina|my) "
    r"(?:(?:namn|name)(?: \w+){0,2} (?:o|och|and|&|samt) (?:mitt |min |my )?(?:nummer|tel\w*|mobil\w*|number|"
    r"phone\w*|adress|address)|(?:nummer|tel\w*|mobil\w*|number|phone\w*)(?: \w+){0,2} (?:o|och|and|&|samt) "
    r"(?:mitt |my )?(?:namn|name))\b"))
#: An organisation's place, not a person's ("han går i kommunens ställe", "tar förvaltningens plats"): a consultant
#: or stand-in registered for the organisation, no substitution.
_NOT_ORG = (r"(?!(?:kommunens|regionens|lansstyrelsens|forvaltningens|avdelningens|enhetens|organisationens|"
            r"myndighetens|kontorets|foretagets)\b)")
_SUBSTITUTE = re.compile(
    r"\b(?:i mitt stalle|i hans stalle|i hennes stalle|i (?!deras\b|vars\b|bades\b)" + _NOT_ORG + r"[a-z]+s stalle|istallet for (?:mig|honom|henne)|"
    r"i stallet for (?:mig|honom|henne)|tar (?:(?:garna|da|nu|darfor|alltsa|over) ){0,2}(?:min|mina|hans|hennes|" + _NOT_ORG + r"\w+s) plats(?:en|er|erna)?|"
    # the one who takes over named between ("tar min kollega Oskar Ek över min plats")
    r"\btar (?:\S+ ){1,5}over (?:min|mina|hans|hennes|" + _NOT_ORG + r"\w+s) plats(?:en|er|erna)?|"
    # ... or the verb first, after a fronted adverbial, the newcomer (and an address) named between ("från och med
    # oktober tar Per Ek (per.ek@orsa.se) hans plats"); not the place taken back or away ("tar tillbaka min plats"),
    # nor a list of places ("plats-lista")
    r"\btar (?!(?:\S+ )?(?:tillbaka|bort|med|ut|upp|inte|ej)\b)(?:\S+ ){1,4}?(?:min|mina|hans|hennes) plats(?:en|er|erna)?\b(?!-)|ta (?:over )?(?:min|mina|hans|hennes|" + _NOT_ORG + r"\w+s) plats(?:en|er|erna)?|"
    r"ersatter (?:mig|honom|henne|\w+)|ersatts (?:han |hon |hen |de |dom )?av|som ersattare|ersattare for|byte av deltagare|byta deltagare|"
    r"byter (?:ut|deltagare)|byt(?:a|er)? ut (?:mig|honom|henne) mot|(?:lamnar|lamna|ger|overlater|overlata|slapper|slappa) (?:\w+ )?(?:min|sin|hans|hennes|\w+s) "
    r"plats (?:(?:i|pa|vid) (?:\w+ ){1,2})?(?:till|at)|"
    # a replacement found, the one replaced told before ("nu har vi hittat en ersättare: Per Ek", "we have now found a
    # replacement: ...")
    r"(?:hittat|fatt|found|got) (?:en |a )?(?:ny |new )?(?:ersattare|replacement|substitute|vikarie)(?= *[:,(]| (?:som|who)\b)|"
    # the place passes to someone ("min plats går till min efterträdare", "his seat goes to his successor")
    r"plats(?:en)? (?:\w+ )?(?:gar|overgar|overlats|ges) (?:over )?(?:till|at)(?! spillo)|"
    r"place (?:goes|will go|passes) (?:over )?to|seat (?:goes|will go|passes) (?:over )?to|"
    # (an address between the successor and the verb: "hennes efterträdare Per Ek, per.ek@orsa.se, tar över")
    r"eftertradare\b(?!(?:[^.!?]|\.\w){0,80}\b(?:inte|ej)\b)(?:[^.!?]|\.\w){0,80}\b(?:tar over|tar|gar pa|kommer|deltar|delta|over)|"
    r"successor\b(?!(?:[^.!?]|\.\w){0,80}\bnot\b)(?:[^.!?]|\.\w){0,80}\b(?:will|takes?|attends?|goes)|"
    # the signup taken over ("Per tar över hennes anmälan", "he takes over her registration")
    r"\b(?:tar|ta|tagit) over (?:\w+ )?(?:anmalan|anmalningen|platsen|platser|platserna)|"
    r"\btakes? over (?:\w+ )?(?:registration|place|spot|seat)s?|"
    # sessions of the one leaving taken over ("Per tar därför över mina två sista träffar", "she takes over his sessions")
    r"\b(?:tar|ta|tagit)(?: \w+)? over (?:min|mina|hans|hennes|hens|deras) (?:\w+ ){0,3}(?:traff\w*|tillfall\w*|platser)|"
    r"\b(?:takes?|taking|took|will take) over (?:my|his|her|their) (?:\w+ ){0,3}(?:sessions|meetings|dates)|"
    r"in my place|in (?:his|her) place|instead of (?:me|him|her)|"
    # (in the third person too: "Ahmed takes her place", "Anna is taking his place"; not the past told of one already
    # in it: "Per, who took over my seat, is vegetarian")
    r"(?:take|takes|taking) (?:over )?(?:my|his|her|their) "
    r"(?:place|spot|seat)|(?:replaces?|replacing) (?:me|him|her)|"
    # one named replacing another named ("Lisa Berg replaces Tom Hill", "Per Ek is replacing Eva Lund"), as "ersätter
    # X"; not a thing replaced ("the new form replaces the old one")
    r"\b(?:replaces|replacing|will replace) (?!(?:the|a|an|it|this|that|these|those|our|your|their|its|any|all|every|"
    r"old|older|earlier|previous|former|one|ones)\b)[a-z][a-z-]+ [a-z][a-z-]+\b(?! (?:form|list|version)\b)|(?:is|will be|be) replaced by|as (?:a |my )?(?:substitute|replacement)|"
    r"substitute for|replacement for|successor (?:to|for)|eftertradare (?:till|for)|swap (?:me|places)|"
    r"(?:give|hand|pass) (?:over )?(?:my|his|her) (?:place|spot|seat) to|"
    # the place taken over, said in the passive ("hans plats tas över av Hilda", "hans plats tas av Hilda", "platsen
    # övertas av ...", "her place
    # will be taken over by ...")
    r"plats(?:en|er|erna)? (?:(?:i|pa|vid) (?:\w+ ){1,2})?(?:tas over|tas|overtas|kommer att tas(?: over)?) av|"
    r"(?:place|spot|seat) (?:\w+ ){0,2}(?:is|will be|gets) taken (?:over )?by)\b")
_INSTEAD = re.compile(r"\b(?:istallet|i stallet|instead)\b")
#: More sessions than the one or few held, all said ("istället för bara den i nov", "instead of only May").
_INSTEAD_OF_ONLY = re.compile(r"\b(?:(?:i stallet|istallet) for (?:bara|endast|enbart)|instead of (?:only|just))\b")
#: Another session preferred ("vill hellre gå på 21/9", "föredrar novemberträffen", "would rather attend in May").
_RATHER = re.compile(r"\b(?:hellre|foredrar|rather|prefers?)\b")
#: A substitution word denied ("ingen ersätter honom", "no replacement", "vi skickar ingen annan", "ingen som kan ta
#: hans plats", "nobody who could take her place"): no substitution.
_DENIED = re.compile(r"\b(?:ingen|inget|nobody|no one|noone)\s+(?:\w+\s+){0,3}$|\b(?:inte|ej|aldrig|no|not|never)\s+(?:\w+\s+)?$")
#: Another session preferred to the one held ("vill hellre gå 21/9", "kommer 29/11 i stället", "would rather"):
#: said beside a signup held, a move to other sessions.
_PREFER = re.compile(r"\b(?:hellre|istallet|i stallet|instead|rather|helst|prefer\w*|foredrar)\b")
#: Nothing decided yet, the writer to come back ("jag återkommer när jag vet säkert", "hör av mig när jag fått besked",
#: "I'll get back to you once I know", "inget är bestämt än"): a move asked beside it is only asked.
_UNDECIDED = re.compile(
    r"\b(?:jag|vi) (?:aterkommer|hor av (?:mig|oss)|meddelar|far aterkomma|skriver igen|ager av mig)(?: \w+){0,2} "
    r"(?:nar|sa snart|sa fort|om|efter att) (?:jag|vi) (?:\w+ )?(?:vet|fatt|far veta|fatt veta|har fatt|far besked)\b|"
    r"\b(?:i|we)(?:'ll| will| shall) (?:get back|let you know|confirm|write again|be in touch)(?: \w+){0,2} "
    r"(?:when|once|as soon as|if) (?:i|we) (?:\w+ )?(?:know|hear|have heard|find out)\b|"
    r"\b(?:inget|ingenting|inte) (?:ar )?(?:bestamt|klart|beslutat) (?:annu|an|just nu)\b|"
    r"\bnothing (?:is )?(?:decided|certain|settled|confirmed) yet\b")
#: One's own signup struck as such ("stryk alla mina anmälningar", "ta bort min anmälan", "makulera vår anmälan",
#: "please delete my registration"; bare: "ta bort anmälan tack"), folded; with the data itself asked erased ("radera
#: min anmälan och mina uppgifter") an erasure reads first.
_OWN_SIGNUP_STRUCK = (r"(?:(?:stryk|stryka|ta bort|tar bort|radera|makulera|makulerar|annullera|annullerar) (?:alla |hela )?"
                      r"(?:(?:min|mina|mitt|var|vara|vart) anmal(?:an|ning|ningen|ningar|ningarna)|"
                      r"anmal(?:an|ningen|ningarna)\b(?! (?:av|for|pa|om) )(?! (?:\w+ )?(?:\w+kost|gluten\w*|laktos\w*|vegan\w*|"
                      r"vegetari\w*|allergi\w*)))|"
                      r"(?:delete|remove|drop|void|scrap) (?:all )?(?:my|our) (?:registrations?|bookings?|sign-?ups?))")
#: A month by the letters it opens with, in Swedish or English ("maj", "May", "sept", "novemberträffen"'s "nov").
_MONTH = r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"
#: A session as a move names it: a date ("3 maj", "21/9") or a month, alone or as its session's ("septembertraffen").
_SESSION_REF = r"(?:den |the )?(?:\d{1,2}(?:[/.]\d{1,2}\b|\s+[a-z]{3,9}\b)|" + _MONTH + r"[a-z]*\b)"
_MOVE = quick(re.compile(
    # one session to another after a swap word ("ändra 3 maj till 22 feb", "Byte: september till november", an arrow
    # written "till": "Change 21 Sept -> 29 Nov"), or as a sentence of its own ("21/9 -> 29/11, går det?"); not
    # "de andra" (the others)
    r"(?:(?:\b(?:byte|andring|change|move|switch|swap|reschedule)|(?<!\bde )(?<!\bdom )(?<!\balla )\bandra)\b"
    r"[^.?!]{0,30}?" + _SESSION_REF + r" (?:till|to) " + _SESSION_REF + r"|"
    r"^\W*" + _SESSION_REF + r" till " + _SESSION_REF + r"(?:\s*(?:[,.!?]|tack\b|please\b|pls\b)|\s*$))|"
    # the swap verb slipped one key, "byra" (also "byrå", an agency, folded), or its "t" doubled, "bytta" (also a tub),
    # only in the swap's own shape: a date, "mot"/"till" and another date ("byra 21/9 mot 29/11", "bytta 3 maj mot 21 sep")
    r"\b(?:byra|bytta) (?:den )?\d{1,2}(?:[/.]\d{1,2}|\s+[a-z]{3,9}) (?:mot|till) (?:den )?\d|"
    # "ändra (det) till" a session, the one held named before it ("jag är anmäld till 21/9, ändra till 3 maj", "ändra
    # datumet till 29 november"); not a diet or anything else changed to ("ändra till vegetarisk", "ändra till 2 personer")
    r"(?<!\bde )(?<!\bdom )(?<!\balla )\b(?:andra|andrar)\b (?:(?:det|den|detta|datumet|dagen|traffen|tillfallet|"
    r"bokningen|platsen|mig|oss) )?(?:(?:garna|snalla|istallet|i stallet|bara|da|nu) )?till (?:den |traffen (?:den )?)?"
    r"(?:\d{1,2}(?:[/.]\d{1,2}\b|:?e? " + _MONTH + r")|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
    r"oktober|november|december|jan|feb|apr|aug|sept?|okt|nov|dec)(?:traff\w*|\b))|"
    # (not one's details or diet changed: "byta organisation och adress till den här", "byt mejladress till ...", "byt
    # min kost från vegetarisk till vegan")
    r"\b(?:byta|byter|flytta|flyttar|boka om|omboka|byt|andra (?:min anmalan|mig))\b(?! (?:min |mina |mitt |er |ert )?"
    r"(?:organisation|adress|mejl|mail|e-?post|namn|efternamn|arbetsgivare|uppgifter|kontaktuppgifter|jobb|tjanst|"
    r"arbete|arbetsplats|kost|specialkost|diet|allergi|matpreferens|mat\b)\w*)"
    r"[^.?!]{0,40}\btill\b(?! ?\S*@)|"
    # the ones moved (or none) named between the verb and the sessions ("flytta Nils Ågren och Greta Holm från träffen 3/5 till
    # 21/9", "move my colleagues Tom Hill and Sara Lind from the May session to 21 September")
    # (the one-t slip "flyta" too: "vill flyta från 21 sept till 29 nov"; a date or session after both words keeps
    # "mötet ska flyta på bra" out)
    r"\b(?:flytta|flyttar|flyta|flytar|byta|byter|byt|boka om|andra|andrar|move|switch|transfer|change)\b[^.?!]{0,60}?\b(?:fran|from) "
    r"(?:den |the |traffen |tillfallet )?(?:\d|\w*traff\w*|\w*tillfall\w*|(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|"
    r"oct|nov|dec)\w*)[^.?!]{0,25}?\b(?:till|to) (?:den |the )?(?:\d|\w*traff\w*|\w*tillfall\w*|(?:jan|feb|mar|apr|maj|"
    r"may|jun|jul|aug|sep|okt|oct|nov|dec)\w*)|"
    # from a session told by its theme to another ("switch from the session on uncertainties (Nov 29) to the
    # accessibility one in February", "byta från träffen om osäkerheter (29 nov) till den i februari")
    r"\b(?:switch|move|swap|transfer|change)\b(?: \w+){0,2} from the (?:session|meeting|one)\b[^.?!;]{0,80}?\bto the\b"
    r"[^.?!,;]{0,40}?\b(?:session|meeting|one)\b|"
    r"\b(?:byta|byter|byt|flytta|flyttar)\b(?: \w+){0,2} fran (?:traffen|tillfallet|sessionen)\b[^.?!;]{0,80}?\btill "
    r"(?:den|traffen|tillfallet|sessionen)\b|"
    r"\b(?:byta|byter|byt)\b[^.?!]{0,40}\bmot\b[^.?!]{0,30}(?:traff\w*|tillfall\w*|den|\d|"
    r"\b(?:jan|feb|mars|april|maj|jun|jul|aug|sep|okt|nov|dec)\w*)|"
    # the swap said bare ("jag vill byta: inte 21/9, istället 22/2")
    r"\b(?:byta|byter|byt)\b[^.?!]{0,20}\b(?:inte|ej)\b[^.?!]{0,30}\b(?:istallet|i stallet)\b[^.?!]{0,10}\d|"
    r"\b(?:swap|exchange|trade)\b[^.?!]{0,40}\bfor\b[^.?!]{0,30}\b(?:session|meeting|one|the|\d)|"
    # (within one clause: not "I'm moving back to Norway, so I won't be able to attend the sessions")
    r"\b(?:switch|move|change|swap|transfer)\b[^.?!,;]{0,40}\bto\b[^.?!,;]{0,30}\b(?:session|meeting|one|\d|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|jan|feb|sept?|oct|nov|dec)|"
    # (not an address given up: "använd min jobbmejl ... istället för den gamla eva@hotmail.com")
    r"\b(?:i stallet|istallet) for (?:bara |endast |enbart )?(?!den (?:gamla|privata|felaktiga)\b|[^.?!@]{0,30}@)"
    r"(?:den|de|alla|samtliga|\w*traff\w*|\w*tillfall\w*|\w+ens|\d)|"
    r"\binstead of (?:only |just )?(?!the old\b|[^.?!@]{0,30}@)(?:the|\d)|"
    # (an adverb between: "ändra gärna min anmälan", "ändra därför vår anmälan")
    r"\bandra (?:(?:garna|snalla|bara|nu|darfor|alltsa|da) )?(?:min|var|hennes|hans) anmalan\b|"
    r"\bchange my (?:registration|booking|sessions?)\b|"
    # one session given up and another taken in one breath: "skip September, take the February one instead"
    # ("take me off May and put me down for November instead", "stryk mig från maj och skriv upp mig på 29/11 i stället")
    r"\b(?:skip|drop|stryk|hoppa\w* over|take (?:me|us|him|her) off|remove (?:me|us|him|her) from|"
    r"(?:ta|tar) bort (?:mig|oss|honom|henne) (?:fran|pa)|" + _OWN_SIGNUP_STRUCK + r")\b[^.?!]{0,40}\b(?:take|ta|tar|choose|valj\w*|"
    r"put (?:me|us|him|her) (?:down|in)|sign (?:me|us|him|her) up|add (?:me|us|him|her)|"
    r"(?:skriv|satt|lagg) (?:upp |in |till )?(?:mig|oss|honom|henne))\b[^.?!]{0,40}"
    r"\b(?:instead|istallet|i stallet)\b|"
    # ("stryk mig från 3 maj (krockar) och lägg till 29 november", "kan du stryka mig från 21/9 och i stället lägga
    # till 22/2?", "drop the May one and add November")
    r"\b(?:stryk\w* (?:mig|oss)|skip|drop (?:me|us)|take (?:me|us) off|remove (?:me|us) from|"
    r"(?:ta|tar) bort (?:mig|oss) (?:fran|pa)|" + _OWN_SIGNUP_STRUCK + r")\b[^.?!]{0,60}\b(?:lagg\w* till|add)\b (?:\w+ ){0,3}"
    r"(?:\d|traff|tillfall|session|meeting|jan|feb|mars|april|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"))
_CANCEL_STRONG = re.compile(
    r"\bavanmal\w*|\bavboka\w*|\bavbokning(?:en)?\b|\baterbud\b|\bstryk(?:er)? (?:(?:ni|du) )?(?:mig|oss|henne|honom|dem|[a-z]+ [a-z]+ fran)\b|"
    r"\bstryka (?:mig|oss|henne|honom|dem)\b|"
    r"\b(?:ta|tar) (?:(?:darfor|alltsa|darmed|da|ocksa|aven|nu|garna) )?bort (?:mig|oss|henne|honom|dem|\w+ \w+) (?:fran|ur)\b|"
    # the writer taken off what was named before, by a word pointing back ("ta bort mig därifrån", "plocka bort mig
    # ifrån den", "take me off it", "remove me from the waitlist"); not a thing taken off ("ta bort min adress därifrån")
    r"\b(?:(?:ta|tar|plocka|plockar) (?:(?:darfor|alltsa|darmed|da|ocksa|aven|nu|garna) )?bort|stryk|stryka) (?:mig|oss) "
    r"(?:darifran|harifran|ifran|fran (?:den|dem|det|listan|den listan))\b|"
    r"\b(?:take|get) (?:me|us) off (?:of )?(?:it|that|this|there|that one|the (?:\w+ )?\w*list)\b|"
    r"\bremove (?:me|us) from (?:it|that|this|there|that one|the (?:\w+ )?\w*list)\b|"
    r"\bhoppa[r]?(?: (?:jag|vi|hon|han|hen|de))?(?: (?:darfor|tyvarr|dessvarre|alltsa|nog|da|ocksa|aven|tyvar))? av\b|\bcancel\w*|\bwithdraw\w*|\bunregister\w*|\bderegister\w*|"
    r"\bdrop(?:ping)? out\b|\bremove (?:me|us|him|her) from (?:the )?(?:\w+ )?(?:list|session|registration|meeting)|"
    # formal and administrative words: "härmed återkallas anmälan", "ska avregistreras", "drar tillbaka anmälan"
    r"\baterkall\w*|\bavregistrer\w*|\b(?:dra|drar|dras|drog|dragit) (?:\w+ ){0,3}tillbaka (?:\w+ ){0,2}anmal(?:an|ning)\w*|"
    # (the subject between verb and particle: "drar Orsa kommun tillbaka sina anmälningar", "tar vi tillbaka vår anmälan")
    r"\b(?:ta|tar|tog|tagit) (?:\w+ ){0,3}tillbaka (?:\w+ ){0,2}anmal(?:an|ning)\w*|"
    r"\banmalan\w* (?:\w+ ){0,3}(?:dras|tas) tillbaka\b|\bretract\w*|\brevok\w*|"
    r"\b(?:remove|take|stryk|stryka|strykas|stryks|ta bort|tar bort|plocka bort)\b[^.?!]{0,40}\b(?:from|off|fran|ur|pa) "
    r"(?:the |your |that |this |those |these |den |dessa |alla |samtliga |all (?:the )?)?"
    # (the session told by its number: "stryka Per från första träffen", "take her off the last session")
    r"(?:(?:forsta|andra|tredje|fjarde|sista|nasta|kommande|first|second|third|fourth|last|next|upcoming) )?"
    # (or by its date or month: "take me off the 21 September session", "remove her from the May 3 meeting")
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{1,2}(?:st|nd|rd|th)?)?|"
    r"\d{1,2}/\d{1,2}) (?=session|meeting))?"
    r"(?:list\w*|participant\w*|attendee\w*|deltagar\w*|anmal\w*|session\w*|meetings?\b|registration\w*|traff\w*|"
    r"tillfall\w*)|"
    # the writer pulling out in other words ("Jag drar mig ur", "Ställ in min anmälan", "Count me out")
    r"\b(?:dra|drar|drog|dragit) (?:mig|oss) ur\b|\bcount (?:me|us) out\b|"
    r"\bstall(?:a|er)? in (?:min|mitt|var|vart) (?:anmalan|plats|deltagande|bokning)\b|"
    # the writer off a session named ("Please take me off 21 September", "take us off the May one"), or a session
    # the writer wants struck ("men vill nu stryka 21/9", "jag måste tyvärr stryka novemberträffen")
    r"\btake (?:me|us) off (?:of )?(?:the )?(?:\d|" + _MONTH + r"[a-z]*\b)|"
    r"\b(?:vill|maste|behover|far|ska) (?:(?:nu|tyvarr|darfor|alltsa|garna|dessvarre) )?stryka (?:den )?"
    r"(?:\d{1,2}(?:[/.]\d{1,2}\b| " + _MONTH + r")|\w*traff\w*|" + _MONTH + r"[a-z]*\b)|"
    # someone struck from a signup told by whose it is ("stryka Per Ek från Leksands anmälan", "ta bort Eva från vår
    # anmälan", "remove Tom Ek from Mora's registration"); not a diet struck ("ta bort glutenfri kost från min anmälan")
    r"\b(?:stryk|stryka|ta bort|tar bort|plocka bort|remove|take) (?!\w*(?:kost|allergi|diet|gluten|laktos|vegan|vegetar)|sig\b)"
    r"(?:\w+ ){1,2}(?:fran|ur|from|off) (?:var|vart|vara|er|ert|min|mitt|our|my|[a-z]+s|[a-z]+'s) "
    r"(?:anmal\w*|deltagar\w*|list\w*|registration\w*|bokning\w*)|"
    # someone struck from a session told by its date, month or a compound ("stryk Tove från 3 maj", "kan du ta bort
    # Tove från majträffen?", "stryka Per Ek från 21/9"); not a diet struck ("ta bort glutenfri kost från 3 maj"),
    # nor anyone's way to strike oneself ("går det att stryka sig från 3 maj?"); a word may stand inside "ta bort" ("ta
    # därför bort Per Ek från 29/11")
    r"\b(?:stryk|stryka|(?:ta|tar) (?:(?:darfor|alltsa|darmed|da|ocksa|aven|nu|garna) )?bort|plocka bort|remove) "
    r"(?!\w*(?:kost|allergi|diet|gluten|laktos|vegan|vegetar)|sig\b)"
    # (the one struck told with their role: "stryka min kollega Per Ek från 21/9")
    r"(?:(?!\w*(?:kost|allergi|diet|gluten|laktos|vegan|vegetar))\w+ ){1,4}?(?:fran|ur|from) (?:den |the )?(?:\d{1,2}(?:[/.]\d{1,2}\b| ?(?:jan|feb|mar|apr|maj|may|jun|jul|aug|"
    r"sep|okt|oct|nov|dec))|\w+traff\w*|\w+tillfall\w*|(?:januari|februari|mars|april|maj|may|juni|juli|augusti|"
    r"september|oktober|november|december|january|february|march|june|july|august|october)\b)|"
    # one's own signup struck as such ("stryk alla mina anmälningar", "ta bort min anmälan", "makulera vår anmälan")
    r"\b" + _OWN_SIGNUP_STRUCK + r"\b")
#: A diet recorded in error ("det står glutenfri kost på mig – det måste ha blivit fel", "the vegan diet on my
#: confirmation is a mistake"): a diet word and a word of error in one sentence.
_DIET_TERM = re.compile(r"\b(?:\w*kost\w*|allergi\w*|diet\w*|vegan\w*|vegetari\w*|gluten\w*|laktos\w*|lactose|halal|"
                        r"kosher|noetter|nuts?|nut-free)\b")
_ERROR_WORD = re.compile(r"\b(?:fel|felaktig\w*|misstag|wrong|incorrect\w*|mistake\w*|by error|in error|error)\b")
#: The writer having no special diet ("jag har ingen specialkost", "I don't have any dietary requirements").
_NO_DIET = re.compile(
    r"\b(?:jag|vi) (?:har|ater|behover) (?:ingen|inga|inte nagon|inte nagra) (?:sarskild |speciell |annan )?"
    r"(?:special)?(?:kost\w*|allergi\w*|kostbehov|kostonskemal|matallergi\w*|specialonskemal)|"
    r"\b(?:i|we) (?:have|need) no (?:special )?(?:diet\w*|allergies|food allergies)\b|"
    r"\b(?:i|we) (?:don'?t|do not) (?:have|need) (?:any )?(?:special )?(?:diet\w*|allergies|food allergies)\b|"
    r"\bno (?:special )?(?:dietary )?(?:requirements|needs|restrictions|allergies)\b")


#: A diet taken off a signup ("ta bort vegetariskt från min anmälan", "stryk min glutenfria kost", "please remove the
#: vegetarian option", "jag är inte längre vegan") or no longer needed ("jag äter allt nu", but not "... allt utom fisk").
_DIET_NAMED = r"(?:\w*kost\w*|allergi\w*|vegan\w*|vegetari\w*|gluten\w*|laktos\w*|lactose\w*|halal|kosher)"
_DIET_OFF = quick(re.compile(
    rf"\b(?:ta bort|tas bort|stryk|stryka|remove|delete|drop)\s+(?:min |mitt |mina |den |det |the |my )?{_DIET_NAMED}|"
    rf"\b(?:inte|no) (?:langre|longer) (?:\w+ )?{_DIET_NAMED}|"
    # the "längre" after the diet ("jag är inte vegan längre", "äter inte glutenfritt längre")
    rf"\b(?:ar|ater|behover) inte (?:\w+ )?{_DIET_NAMED}\w* (?:langre|langer)\b|"
    # the diet named, then said to be needed no more or struck by a pronoun ("skrev jag laktosfri men det behövs inte
    # längre, ni kan stryka det", "I put down vegan but that is no longer needed"; not "stryka den 21/9")
    rf"{_DIET_NAMED}\b[^.!?]{{0,40}}\b(?:behovs|kravs|galler) (?:inte|ej) (?:langre|langer)\b|"
    rf"{_DIET_NAMED}\b[^.!?]{{0,40}}(?:\b(?:is|was)|'s) (?:not|no longer) (?:needed|necessary)\b|"
    rf"{_DIET_NAMED}\b[^.!?]{{0,40}}\b(?:isn'?t|wasn'?t) (?:needed|necessary)\b|"
    rf"{_DIET_NAMED}\b[^.!?]{{0,40}}\b(?:don'?t|do not) need (?:it|that|this) (?:any ?more|any longer)\b|"
    rf"{_DIET_NAMED}\b[^.!?]{{0,60}}\b(?:stryk|stryka|ta bort|remove|delete) (?:det|den|that|it)\b(?! \d)|"
    r"\b(?:jag|vi) ater allt(?! utom| forutom| utan)\b|\bi eat (?:everything|anything)\b(?! except| but)"))


def diet_taken_off(folded: str) -> bool:
    """Whether an (accent-folded) text takes a diet recorded off ("ta bort glutenfri kost från min anmälan"), its
    signup not struck with it."""
    return bool(_DIET_OFF.search(folded)) and not _OWN_SIGNUP_STRUCK_RE.search(folded)


_OWN_SIGNUP_STRUCK_RE = re.compile(r"\b" + _OWN_SIGNUP_STRUCK + r"\b")


def diet_withdrawn(folded: str) -> bool:
    """Whether an (accent-folded) text says the writer has no special diet ("jag har ingen specialkost"), or takes
    the one recorded off ("ta bort vegetariskt från min anmälan", "jag äter allt nu")."""
    return bool(_NO_DIET.search(folded) or _DIET_OFF.search(folded))


def diet_withdrawn_at(folded: str) -> int:
    """Where in an (accent-folded) text the last saying of no diet or of the one recorded taken off ends
    (``diet_withdrawn``), or -1: a need told after it ("inte längre vegetarian men har nötallergi") is a new one."""
    return max((m.end() for r in (_NO_DIET, _DIET_OFF) for m in r.finditer(folded)), default=-1)


#: Staff to be sent ("chefen vill skicka tre handläggare", "we'd like to send two planners").
_SENDS = re.compile(r"\b(?:skicka|skickar|send|sending)\b")
_SIGNUP_WORD = re.compile(r"\b(?:anmal\w*|registr\w*|register\w*|sign\w* (?:\w+ ){0,3}up|signup|enrol\w*)")
#: A cancellation undone ("kan ni lägga tillbaka mig på den?", "ångrar min avanmälan", "please put me back on the
#: list", "can I undo my withdrawal?"): a signup again.
_BACK = re.compile(
    r"\b(?:lagg|lagga|satt|satta|skriv|skriva|ta|ta med) (?:\w+ )?(?:tillbaka|in igen|upp igen) "
    r"(?:mig|oss|honom|henne)\b|\b(?:lagg|lagga|satt|satta|skriv|skriva)(?: till| upp| in)? (?:mig|oss|honom|henne) "
    r"(?:tillbaka|igen)\b(?! (?:fran|ur)\b)|\b(?:angrar|angrade|aterkallar|tar tillbaka|stryk) (?:min|var|hans|hennes) "
    r"(?:avanmalan|avbokning|aterbud)\b|\b(?:put|add|sign|book) (?:me|us|him|her) (?:back|up again|in again|on again|"
    r"down again)\b|"
    r"\b(?:undo|reverse|retract|take back|cancel) (?:my|our|his|her) (?:cancell?ation|withdrawal)\b")
#: Signing up again after a cancellation ("kan jag anmäla mig igen till ...", "vill anmäla mig på nytt", "sign me up
#: again", "register me again"; not a hope for later: "hoppas kunna anmäla mig igen nästa år").
_AGAIN = re.compile(
    r"\b(?:anmala|anmal|anmaler|registrera|registrerar|skriva upp|skriv upp|boka|boka in) (?:mig|oss|honom|henne) "
    # a session between ("anmäl mig till den igen", "skriv upp mig på den igen")
    r"(?:\w+ ){0,2}(?:igen|pa nytt|aterigen)\b(?![^.!?]{0,30}\b(?:om det|om jag|if|nasta ar|next year|senare|later)\b)|"
    r"\b(?:sign|register|book|put) (?:me|us|him|her) (?:up |in |down )?(?:(?:for|to|on) (?:it|that one|them) )?"
    r"(?:again|anew)\b"
    r"(?![^.!?]{0,30}\b(?:if|next year|later)\b)|\bre-?(?:register|join|enrol)\b")
#: A cancellation said not to have been meant ("jag menade inte att avanmäla mig", "det var inte meningen att avanmäla
#: mig", "råkade avanmäla mig", "I didn't mean to cancel"): what it cancelled is kept, if the writer says so.
_CANCEL_UNMEANT = re.compile(
    r"\b(?:menade|mente) (?:inte|ej) att (?:\w+ )?(?:avanmala|avboka|stryka|ta bort)\b|"
    r"\b(?:inte|ej) (?:\w+ )?(?:min )?mening(?:en)? att (?:\w+ )?(?:avanmala|avboka|stryka|ta bort)\b|"
    r"\b(?:avanmalde|avanmalt|avbokade|avbokat) (?:\w+ ){0,3}(?:av misstag|av bara farten|i misstag)\b|"
    r"\bradade (?:\w+ )?(?:avanmala|avboka)\b|\bdid(?:n'?t| not) mean to (?:cancel|withdraw|unregister)\b|"
    r"\b(?:cancell?ed|withdrew|unregistered) (?:\w+ ){0,3}by (?:mistake|accident)\b")
#: Staying on, wished ("jag vill vara kvar på 21 september", "vill stå kvar på alla fyra", "I want to stay on for May"):
#: after a cancellation not meant, the signup asked back.
_STAY_ON = re.compile(r"\b(?:vill|ville|vilja|ska|skulle) (?:\w+ )?(?:vara|sta|ga) kvar\b|"
                      r"\b(?:want|would like|'d like) to (?:stay|remain) (?:on|registered|signed up|booked)\b")
#: Coming after all ("vill gärna vara med ändå", "kan komma i alla fall", "I'd like to join after all").
_AFTER_ALL = re.compile(r"\b(?:anda|i alla fall|iaf|trots allt|after all|anyway)\b")
#: Whether one has to sign up again, asked ("måste någon anmäla mig igen?", "should I register again?").
_MUST_AGAIN = re.compile(r"\b(?:maste|behover|ska|skall|should|must|need|have to)\b[^.!?]{0,40}"
                         r"\b(?:anmala|registrera|register|sign|re-?register)")
#: The cancellation told as done before ("jag avanmälde mig från 3 maj förra veckan", "I cancelled May last week").
#: Being cancelled told as a state ("jag är nu avanmäld från alla träffar", "I'm cancelled from all four").
_CANCELLED_STATE = re.compile(r"\b(?:ar|e|star som|blivit|blev) (?:nu |numera |helt )?(?:avanmald\w*|avbokad\w*|struken|"
                              r"borttagen)\b|\b(?:i'm|i am|am|i've been|i have been|was) (?:now )?(?:cancell?ed|withdrawn|"
                              r"unregistered|removed|taken off)\b")
_CANCELLED_BEFORE = re.compile(r"\b(?:avanmalde|avanmalt|avbokade|avbokat|lamnade aterbud|hoppade av|strok|cancell?ed|"
                               r"withdrew|withdrawn|unregistered|dropped out)\b")
#: The opening of a session's day, missed by one who comes late (" till fikat", " med starten", " till början av dagen",
#: " till inledningen"): said after a verb of not making it, no session given up.
_START_OF_DAY = (r" (?:\w+ )?(?:till|med|i tid till) (?:(?:morgon)?fika\w*|start(?:en)?\b|borjan\b|inledning\w*|"
                 r"valkomn\w*|incheckning\w*|registrering(?:en)?\b|kaffe\w*|frukost\w*)")
_CANCEL_WEAK = re.compile(
    r"\bkan (?:\w+ ){0,2}(?:inte|ej|inte langre) (?:\w+ )?(?:komma|delta|vara med|va med|narvara|medverka|ga|"
    r"folja med|hanga med)\b|"
    # the verb in the present, as a second-language writer puts it ("jag kan inte kommer 3 maj")
    r"\b(?:jag|vi) (?:\w+ )?kan (?:tyvarr )?(?:inte|ej) (?:kommer|deltar)\b(?! (?:\w+ )?(?:ihag|overens|at)\b)|"
    r"\bkommer (?:\w+ ){0,2}(?:inte|ej)(?: (?:att )?(?:kunna )?(?:komma|delta|narvara)\b|"
    r"(?= ?(?:[.,;!]|$|heller\b|langre\b|alls\b|dit\b))|"
    r" (?:pa|till) (?:nagon|nagot|nagra|traff\w*|tillfall\w*|mote\w*|\d)|"
    # ("kommer tyvärr inte kunna 22/2", "vi kommer inte att kunna den 21 september")
    r" (?:att )?kunna (?:den |pa |till )?(?:\d|\w*traff\w*|\w*tillfall\w*|(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|"
    r"nov|dec)\w*\b))|"
    r"\b(?:far|fatt|har fatt|har) (?:\w+ )?forhinder\b|"
    # staying at home that day ("Kim har tillsyn den dagen och stannar hemma", "stays at home")
    r"\b(?:stannar|stanna|blir) (?:\w+ )?hemma\b|\bstays? (?:at )?home\b|\bmaste (?:tyvarr )?(?:lamna aterbud|stalla in)\b|"
    r"\bcan'?t (?:make it|come|attend|join|take part)\b|\bcannot (?:make it|come|attend|join|take part)\b|"
    r"\b(?:won'?t|will not) be able to (?:come|attend|join|make it|make (?:the|my|our|\d)\b)|\bunable to (?:attend|come|join)\b|"
    r"\bno longer (?:able|attend|come|join|take part|make (?:it|the|my|our|\d))|"
    # a session not made ("can't make the 29 November session", "cannot make 21 September")
    r"\b(?:can'?t|cannot|can not|couldn'?t|could not) make (?:the |my |our )?(?:\d|\w*session|\w*meeting|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)|"
    # (not a habit given up: "har slutat äta kött", "har slutat med mjölk")
    r"\bhar slutat\b(?! (?:att |med att )?(?:ata|dricka|med (?:kott|fisk|mjolk|gluten|socker|alkohol))\b)|\bslutar hos oss\b|\bno longer works\b|\bhas left(?: (?:us|the|our)\b|\s*[;,.:])|"
    # not taking up the job after all ("börjar inte hos oss ändå", "won't be joining us")
    r"\bborjar (?:\w+ )?(?:inte|ej) (?:hos oss|har|hos er)\b|\bnot (?:be )?(?:starting|joining) (?:with us|here|us)\b|"
    r"\bwon'?t (?:be )?(?:starting|joining) (?:with us|here|us)\b|"
    # leaving the work or the group: retired, "utgår" (is out)
    r"\bi pension\b|\bpensioner(?:as|ad|ats)\b|\bretir(?:ed|ing)\b|\butgar?\b(?! (?:\w+ )?(?:fran|ifran|fr\.))|"
    # said without the words above: declining, giving up the place, not finding the time, it not happening
    r"\btack(?:a|ar|ade)? nej\b|\b(?:lamna|lamnar|ger (?:jag |vi |hon |han |hen )?upp|slapper) (?:\w+ )?(?:min|sin|var|hans|hennes|\w+s) plats\b|"
    # (not only the start of the day missed: "hinner inte till fikat", "hinner inte till början av dagen")
    r"\bhinner (?:\w+ )?(?:inte|ej)\b(?!" + _START_OF_DAY + r")|\bblir (?:det )?(?:\w+ )?(?:inte|ej) av\b|"
    # not coming along ("Sara följer inte med på träffen 22 februari", "jag hänger tyvärr inte med i maj"; not what
    # a mail lacks: "programmet följde inte med i mejlet")
    r"\b(?:foljer|folja|hanger|hanga) (?:\w+ )?(?:inte|ej) med\b(?! (?:i|pa) (?:\w+ )?(?:mejl|mail|e-?post|utskick|"
    r"bilag|bekraftelse|lank|fil)\w*)|"
    r"\b(?:inte|ej|not) (?:\w+ )?(?:kunna |att |be )?(?:komma|delta|narvara|medverka|vara med|ga pa|come|coming|"
    r"attend\w*|join\w*|able|possible|participat\w*)\b|\bdeclin\w*|\b(?:give|giving) up my (?:place|spot|seat)\b|"
    r"\bwon'?t (?:come|attend|join|make it)\b|"
    # it comes to nothing for someone ("blir inget för mig i maj", "det blir nej"), hindered, the employment ended
    # (a session between: "blir inget 29 nov för mig", "blir inget den 21/9 för oss")
    r"\bblir (?:det )?(?:inget|ingenting)(?! (?:problem|hinder|besvar)\b)(?: (?:den |i |pa )?"
    r"(?:\w+ |\d{1,2}(?::[ae])?\.? \w+ |\d{1,2}/\d{1,2} )?(?:for|av|med)\b)|"
    r"\bblir (?:det )?(?:(?:tyvarr|nog|alltsa|da|dessvarre|sorgligt nog) )?ingen (?:den )?(?:\w+|\d{1,2}(?::[ae])?\.? \w+|"
    r"\d{1,2}/\d{1,2}) for (?:mig|oss|honom|henne|dem)\b|"
    # a session given up by name ("jag måste tyvärr lämna 3 maj", "vi släpper novemberträffen")
    r"\b(?:avsta|avstar) fran (?:\w+s )?(?:bada|tva|tre|alla) (?:traff\w*|tillfall\w*)|"
    r"\b(?:lamna|lamnar|slappa|slapper|avsta fran|avstar fran|avstar) (?:(?:den|traffen|tillfallet|the) )?"
    r"(?:\d{1,2}(?::[ae])?\.?(?: ?/ ?\d{1,2}| (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*)|\w*traff\w*|"
    r"\w*tillfall\w*)(?! (?:till|at|for|over)\b)(?! (?:redan |tidigt |vid |efter )?(?:kl\b|klockan|\d|lunch))|"
    r"\bdet blir (?:ett )?nej\b|\b(?:ar|blir|blivit) forhindrad\w*|"
    r"\bavslut\w* (?:sin|min|hans|hennes) anstallning\b|\banstallning\w* (?:har )?(?:upphor\w*|avslut\w*)|"
    r"\b(?:employment|contract) (?:has )?(?:ended|terminated)\b|"
    # two or more denied at once: "varken jag eller Maja kan komma", "ingen av oss kan", "neither of us can make it"
    r"\bvarken\b[^.!?]{0,60}\beller (?:\w+ ){1,4}(?:kan|kommer|har mojlighet|hinner)\b|"
    # the verb before ("kommer varken Eva eller Per att kunna delta", "kan varken jag eller Maja komma")
    r"\b(?:kommer|kan|har) varken\b[^.!?]{0,80}\beller\b[^.!?]{0,60}\b(?:komma|delta|narvara|vara med|mojlighet)\b|"
    r"\bingen av (?:oss|dem|er)(?: \w+)? (?:kan|kommer|har mojlighet|hinner)\b|"
    # a session said not to be for the writer ("det blir tyvärr inte 21 sept för mig")
    r"\bblir (?:(?:nog|tyvarr|dessvarre|nog tyvarr|val) )?(?:inte|ej) (?:\w+ ){1,3}?for (?:mig|oss)\b|"
    # the ones denied listed between ("ingen av oss tre – Annika Berg, Jonas Grahn och jag – kan komma den 29/11")
    r"\bingen av (?:oss|dem|er)\b[^.!?]{0,80}?[–,-] ?(?:kan|kommer|har mojlighet|hinner) (?:\w+ )?(?:komma|delta|"
    r"narvara|vara med|mojlighet)\b|"
    r"\bneither\b[^.!?]{0,60}\b(?:nor (?:\w+ ){1,4}|of (?:us|them) )(?:can|will|is able|are able)\b|"
    r"\bnone of (?:us|them)(?: \w+)? (?:can|will|is able|are able)\b")
_REGISTER = re.compile(
    r"\banmal(?:a|er|s)?\b(?! (?:dig|er|sig)\b)|\bregistrera(?:r)?\b(?! (?:dig|er|sig)\b)|"
    # another booked by name, or several ("boka in Per Lundin på alla träffar", "kan du boka in Per Lundin till 3 maj?",
    # "boka in Per Lundin och Eva Lind på 3 maj")
    r"\bboka in (?!(?:mig|oss|dig|er|sig|honom|henne|dem|dom|det|den|nagon|nagra)\b)[a-z][\w-]+ [a-z][\w-]+"
    r"(?:(?:, ?| och | o | samt | & )[a-z][\w-]+ [a-z][\w-]+){0,4} (?:pa|till|i|for)\b|"
    # ... in English ("please book Per Lundin for the May session", "could you book Per Lundin on 3 May?"); not a thing
    # booked ("book a hotel room for 3 May", "book lunch for two")
    r"\bbook (?:in )?(?!(?:me|us|you|him|her|them|it|this|that|these|those|a|an|the|my|our|your|his|their|some|any|"
    r"one|two|three|four|five|extra|more|another|hotel|rooms?|tables?|lunch|dinner|fika|places?|seats?|spots?|"
    r"tickets?|travel|trains?|flights?|parking|transport|time|myself|ourselves)\b)[a-z][\w-]+ [a-z][\w-]+"
    r"(?:(?:, ?| and | & )[a-z][\w-]+ [a-z][\w-]+){0,4} (?:in )?(?:for|on|onto|to|into)\b|"
    r"\b(?:vill|skulle (?:\w+ ){0,4}vilja) (?:\w+ )?(?:garna )?(?:(?:sjalv|ocksa|aven|sjalva) )*(?:delta|vara med|va med|ga pa|"
    r"komma pa|hanga med|folja med)\b|"
    # a colleague named between ("nu vill min kollega Mattias Öhrn (mattias@ludvika.se) också vara med")
    r"\bvill (?:min|mina|var|vara) (?:\w+ )?(?:kollega|kollegor|kolleger|medarbetare|chef)\b[^!?]{0,60}?\b"
    r"(?:ocksa|aven) (?:garna )?(?:delta|vara med|va med|ga pa|komma pa|komma|hanga pa|haka pa)\b|"
    # the one who wishes to come named between, where they work perhaps after ("utöver mig vill Lena Dahl från
    # bygglov följa med", "nu vill per ek också vara med", "nu vill även Eva Ek vara med"; not "vill inte längre vara
    # med")
    r"\bvill (?!(?:\w+ ){0,2}(?:inte|ej|aldrig)\b)(?:[\w-]+ ){1,3}(?:(?:fran|pa|hos|vid) [\w-]+(?: kommun)? )?"
    r"(?:(?:ocksa|aven|garna) )*(?:delta|vara med|va med|folja med|hanga med)\b|"
    # ... with their title before the name ("nu vill även vår nya planarkitekt Eva Ek vara med")
    r"\bvill (?:(?:ocksa|aven|nu|da) )?(?:var|vart|vara|min|mitt|mina) (?:nya? )?[\w-]+ [\w-]+ [\w-]+ "
    r"(?:(?:ocksa|aven|garna) )*(?:delta|vara med|va med|folja med|hanga med)\b|"
    # the colloquial "hänga på" wished ("min kollega Per vill också hänga på"; not "vill inte hänga på")
    r"\bvill (?:(?:ocksa|aven|oxa|garna|sjalv|nu|da|jag|vi|han|hon|hen|de|dom) ){0,3}(?:hanga|haka) pa\b|"
    # the wish on the answer's condition ("vill i så fall vara med på alla fyra", "vill isf delta")
    r"\b(?:vill|skulle (?:\w+ ){0,4}vilja) (?:jag |vi )?(?:i sa fall|isf|i sadant fall|om mojligt|om det gar) "
    r"(?:garna )?(?:delta|vara med|va med|ga pa|komma pa|ga|komma)\b|"
    # "i så fall vill jag gå 21/9", "vill gärna gå alla fyra": "gå" with the sessions right after it
    r"\b(?:vill|skulle (?:\w+ ){0,2}vilja) (?:jag |vi )?(?:garna )?ga (?=\d|(?:alla|samtliga|bada|de|den) "
    r"(?:\d|\w*traff|fyra|tva|tre)|\w*traff|(?:pa )?(?:hela )?(?:serien|larprojektet|programmet|kursen|dalalab)\b)|"
    # ("jag skulle gärna vara med på 3 maj", not "skulle gärna vara med, men kan inte")
    r"\bskulle (?:jag |vi )?garna (?:vilja )?(?:delta|vara med|va med|ga pa|komma pa|komma till|komma)\b"
    r"(?![^.!?]{0,40}\b(?:men|but)\b)|"
    # said without its verb of going ("vi e två som vill på tillgänglighetsträffen", "vill också på 21/9")
    r"\b(?:jag|vi|som) (?:\w+ )?vill (?:ocksa |aven |garna )?(?:pa|till) (?:den |de |alla |samtliga )?(?:\w*traff\w*|\d|"
    r"dalalab|fyra|tva|tre)|"
    # someone's wish that another takes part ("hennes chef vill att hon deltar i hela DalaLab")
    r"\bvill att (?:hon|han|hen|de|dom) (?:ska )?(?:delta|deltar|vara med|ar med|gar pa|kommer pa|ga pa|komma pa)\b"
    r"(?= (?:i|pa|pa alla|i alla) (?:hela |alla |samtliga )?(?:dalalab|traff\w*|\d|larprojekt\w*|serien|fyra))|"
    r"\bdeltar garna\b|\bkommer garna\b|\brakna med (?:mig|oss)\b|\bhanger pa\b|\bhaka pa\b|"
    r"\bvill (?:\w+ )?(?:garna )?komma\b(?! (?:ihag|overens|at|i kontakt))|"
    r"\b(?:jag|vi|ja) (?:(?!inte\b|ej\b)\w+ ){0,3}kommer (?:garna |ocksa |med |bada |alla )?(?:pa|till) (?:alla|samtliga|bada|den|de|det|traff\w*|"
    r"tillfall\w*|motet|moten|dalalab|\d)|\b(?:ja|jajamen|absolut|sjalvklart)[,!. ]+(?:jag|vi) kommer\b|"
    r"\b(?:want|wants|wanna|would like|like|wish|wishes|plan|plans|hope|hopes)(?: to)? (?:attend|join|participate|take part)\b|"
    r"\b(?:boka|skriv upp|satt upp|lagg till|anteckna) (?:mig|oss|henne|honom)\b|"
    # asked of us ("kan ni boka in mig och Per på vårträffen?", "lägga till min kollega Sven på samma träffar")
    r"\b(?:boka|boka in|skriva in|skriv in|satta upp|lagga till|lagg till) (?:mig|oss|henne|honom|(?:min|mitt|mina|var|"
    r"vara) (?:\w+ )?(?:kollega|kollegor|kolleger|medarbetare|chef|praktikant|planerare|handlaggare|strateg|"
    r"planarkitekt|arkitekt|utredare|ingenjor|samordnare|nyanstallda?|vikarie))\b(?! (?:fran|ur)\b)"
    r"(?=(?:[^.!?]|\.\w){0,120}(?:\d|traff\w*|tillfall\w*|dalalab|larprojekt\w*|\?))|"
    r"\b(?:boka|bokar) in (?:mig|oss|henne|honom)\b|"
    r"\b(?:jag|vi|han|hon|hen|de|dom)(?: \w+){0,2} (?:fa )?sta (?:pa|i) (?:en |er |den )?"
    r"(?:vantelist\w*|reservlist\w*)|"
    # a place on the waiting list asked for ("vill ställa mig på väntelistan", "put me on the waiting list")
    r"\b(?:stalla|stall|satta|satt|skriva upp|skriv upp|lagga|lagg) (?:upp )?(?:mig|oss|henne|honom) (?:pa|i) "
    r"(?:en |er |den )?(?:vantelist\w*|reservlist\w*)|"
    # or as a reserve ("kan ni ställa mig som reserv?", "put me down as a reserve")
    r"\b(?:stalla|stall|satta|satt|skriva upp|skriv upp|ha med|anteckna) (?:upp )?(?:mig|oss|henne|honom) som (?:en )?reserv\b|"
    r"\b(?:put|add|keep|list|note) (?:me|us|him|her) (?:down )?as (?:a )?(?:reserve|backup|stand-?by)\b|"
    # someone named or pointed to asked onto the reserves ("kan hon stå som reserv?", "can she be put down as a
    # reserve?")
    r"\b(?:kan|far|skulle) (?!man\b|ni\b|du\b)(?:\w+ ){1,2}(?:fa )?sta som (?:en )?reserv\b|"
    r"\b(?:can|could|may) (?!one\b|you\b)(?:\w+ ){1,2}be (?:put |added |listed |noted )?(?:down )?(?:as|on) "
    r"(?:a |the )?(?:reserve|backup|waiting ?list|wait-?list)\b|"
    # a colleague asked to be added ("could you add our new planner Sara Lind?", "please register my colleague")
    r"\b(?:add|register|sign up|book|include|put down) (?:our|my) (?:\w+ )?(?:colleague|co-?worker|planner|officer|"
    r"strategist|architect|employee|staff member|new hire|manager)s?\b|"
    r"\b(?:put|add|place) (?:me|us|him|her) (?:on|to) (?:the |a |your )?"
    r"(?:waiting ?list|wait-?list|reserve list)\b|"
    r"\b(?:skriv|skriva|satt|satta) upp\b(?! (?:dig|er|sig|det|detta|datum\w*|dag\w*|tid\w*|en|ett|nagot|lapp\w*)\b)|"
    r"\bregister(?:ing)?\b(?!ed)|\bsign(?:ing)? (?:me |us |him |her )?up\b|\bsignup\b|\benrol+\b|"
    r"\bcount (?:me|us) in\b|\b(?:pop|put|pencil|jot|note) (?:me|us|him|her|them) (?:down|in)\b|"
    r"\bundertecknad\w* (?:\w+ )?(?:anmaler|registrerar) sig\b|\bthe undersigned (?:\w+ )?(?:registers|signs up)\b|"
    r"\bbook (?:me|us)\b|\b(?:would|'d) (?:like|love) to (?:join|attend|come|take part|"
    r"participate)\b|\b(?:i|we) (?:will|want to|wish to) (?:join|attend|participate|take part)\b|"
    r"\bplease (?:add|include|put) (?:me|us)\b|\bsave (?:me|us) a (?:seat|place|spot)\b|"
    # said formally ("Länsstyrelsen avser att delta med en representant", "we intend to participate")
    r"\b(?:avser|planerar|har for avsikt) att (?:delta|medverka|vara med|narvara)\b|"
    r"\bintends? to (?:attend|participate|join|take part)\b|"
    # a manager sending staff ("vill gärna skicka två av mina medarbetare", "we'd like to send three colleagues")
    r"\b(?:vill|ska|kommer att|skulle vilja|tanker) (?:\w+ ){0,2}skicka (?:\w+ ){0,4}(?:medarbetare|kolleg\w*|anstallda|"
    r"handlaggare|planerare|planarkitekt\w*|deltagare|representant\w*)\b|"
    # ("vi skickar två planerare", "skickar jag följande tre medarbetare:", "we're sending the following staff")
    r"\b(?:(?:vi|jag) skickar|skickar (?:vi|jag))(?: harmed)? (?:(?:foljande|dessa|nedanstaende|en|tva|tre|fyra|fem|\d) ){1,2}"
    r"(?:\w+ )?(?:personer|person|deltagare|medarbetare|kolleg\w*|handlaggare|representant\w*|planerare)\b|"
    r"\b(?:like|want|wish|plan|going) to send (?:\w+ ){0,4}(?:colleagues|staff|employees|people)\b|"
    r"\b(?:we are|we're|i am|i'm) (?:hereby )?sending (?:you )?(?:the following |these )?(?:\w+ )?(?:colleagues|staff|"
    r"employees|people|participants|planners)\b|"
    # a team sent in ("skickar härmed in vårt lag till DalaLab:", "hereby sending in our team")
    r"\b(?:skickar|skicka) (?:harmed |nu |har )?in (?:vart|vara|mitt|mina|foljande) (?:lag|team|grupp|deltagare|"
    r"medarbetare|kolleg\w*|namn)\b|\b(?:sending|send) (?:you )?(?:in )?(?:our|my|the following) (?:team|group|"
    r"participants|staff|colleagues)\b|"
    # a place left free taken ("vill ta den lediga platsen", "would like to take the vacant seat")
    r"\b(?:ta|tar|fa|far|take|have|get) (?:over )?(?:den|the) (?:lediga|vakanta|tomma|friade|free|vacant|open|freed) "
    r"(?:platsen|place|spot|seat)\b")
#: The number coming said, not asked ("vi blir tre från Smedjebacken:", "we'll be three from Falun"): a signup unless
#: who is said to come later.
_COUNT_SAID = re.compile(r"\bvi blir (?:\d|tva|tre|fyra|fem|sex) (?:st |stycken |personer |deltagare )?fran\b(?![^?]*\?)|"
                         r"\bwe(?:'ll| will) be (?:\d|two|three|four|five|six) (?:people |of us )?from\b(?![^?]*\?)")
#: Those coming named after the verb of coming, after what opens the sentence ("Från oss kommer Anna Lund och Bo Ek.",
#: "Från Mora deltar planarkitekt Eva Ek"): a signup of those named, a session named or not (with ``names_in``); not
#: news of them ("Från och med maj kommer Per Ek att vara kontaktperson", "... går i pension"), nor "kommer inte".
_NAMED_COMING = re.compile(r"\W*(?:fran|till|pa|under|vid|hos)\s+(?:[\w-]+\s+){0,4}?(?:kommer|deltar)\s+"
                           r"(?:(?:ocksa|aven|da|nu|garna)\s+)?(?!(?:inte|ej|aldrig|heller|tyvarr)\b)"
                           r"(?![^.!?]*\b(?:att (?!(?:delta|komma|vara med|narvara|medverka|ga)\b)|pension|"
                           r"foraldraledig|tjanstledig|semester|sjukskriv|inte|ej)\b)")
#: Those named sent or chosen by the writer ("vi skickar Eva Ek och Per Holm på alla träffar", "vi har utsett ...",
#: "we're sending ...", "det får bli Eva Ek som åker"), in a sentence naming them; not mail sent on to them ("skickar
#: inbjudan vidare till Eva Ek", "sending her the link"): a signup of them.
_SENDS_NAMED = re.compile(r"\b(?:skickar|skicka|sander|sanda|utser|utse|utsett|utsag|nominerar|nominera|nominerat|"
                          r"delegerar|send|sending|nominate|nominating)\b(?![^.!?]*\b(?:vidare|inbjudan\w*|inbjudningen|"
                          r"mejl\w*|mail\w*|lank\w*|information\w*|info|invitation|e-?mail|link|on|over)\b)|"
                          r"\bdet (?:blir|far bli|kommer att bli|ska bli)\b(?=[^.!?]*\bsom\b)")
#: Who comes said to be told later ("vilka det blir bestäms senare", "we'll send the names later").
_NAMES_LATER = re.compile(r"\b(?:namn\w*|vilka|who|names?)\b[^.!?]{0,40}\b(?:senare|sen|efter det|later|bestams|bestamt|"
                          r"beslutas|decided|not (?:yet )?(?:known|decided|clear))\b|\b(?:vilka|who) (?:det )?(?:blir|will go|"
                          r"it will be)\b")
#: A condition of politeness only ("om det går vill jag gärna vara med", "if possible, I'd like to join"): the signup
#: stands.
_POLITE_IF = re.compile(r"\b(?:om|if) (?:det (?:gar(?: bra)?|ar (?:mojligt|ok\w*)|funkar|fungerar|finns(?: \w+)?)|mojligt|possible|"
                        r"(?:it|that)(?:'s| is) (?:possible|ok\w*|alright|fine))\W+(?:\w+\W+){0,3}$")
#: Whether people of a kind may take part at all, asked ("Får politiker också delta?", "Är det bara för
#: tjänstepersoner?", "Is it open to consultants?"); folded.
_WHO_MAY = re.compile(r"\b(?:far|kan|ska) (?!jag\b|vi\b|man\b|du\b|ni\b)(?:\w+ ){1,3}(?:ocksa|aven) (?:delta|vara med|ga|"
                      r"komma|anmala sig)\b|\b(?:ar|galler) (?:det|dalalab|traffarna|larprojektet) (?:\w+ )?(?:bara|endast|"
                      r"enbart|oppet|oppna|tankt|avsett|riktat) (?:\w+ )?(?:for|till)\b|\b(?:is|are) (?:it|this|dalalab|the \w+) "
                      r"(?:\w+ )?(?:only|just|open) (?:for|to)\b|\b(?:can|may) (?!i\b|we\b|you\b)(?:\w+ ){1,3}also "
                      r"(?:attend|join|take part|participate)\b")
#: A wish said on the condition of the answer ("Om det går vill jag gärna ...", "i så fall", "if so").
_IF_SO = re.compile(r"\b(?:om det (?:gar|ar mojligt|ar ok\w*|funkar|fungerar|ar tillatet)|i sa fall|isf|om sa ar fallet|"
                    r"om ja|if so|if (?:that'?s|it'?s|it is) (?:possible|ok\w*|allowed|the case)|if possible|if allowed)\b")
#: Otherwise, after a question how else one may take part ("går det att delta digitalt? vill gärna vara med annars"):
#: the wish hangs on the answer.
_OTHERWISE = re.compile(r"\b(?:annars|otherwise|i annat fall)\b")
#: Whatever the answer ("Oavsett vilket vill jag anmäla mig", "Hur som helst anmäler jag mig", "Either way I'd like to
#: sign up"): the signup made beside a question does not hang on it.
_REGARDLESS = re.compile(r"\b(?:oavsett (?:vilket|vad|hur|svar\w*|om)|hur som helst|i vilket fall(?: som helst)?|"
                         r"i vilket fall som|vilket som|either way|regardless|in any case|whatever the answer)\b")
_CONDITIONAL = re.compile(r"\b(?:innan|before|if|om|hur|how|when|nar|ska jag|should i|can i|kan man|kan jag|"
                          r"do i|need to|behover jag|maste jag)\b[^.,;:!?]{0,14}$|"
                          r"\b(?:funderar|fundera|overvager|tanker|tankte|thinking|considering|wondering)\b"
                          r"[^.,;:!?]{0,20}$")
#: A question about the terms of taking part ("måste man gå på alla?", "får vi turas om?"): a signup word in
#: its sentence speaks of the signup asked about, not one made.
_TERMS_QUESTION = re.compile(
    r"\b(?:maste|behover|bor) (?:man|vi|jag|ni|alla)\b[^.!?]{0,60}\?|\b(?:far|kan|ska) (?:man|alla)\b[^.!?]{0,100}\?|"
    r"\bturas om\b|\bdela p[ae]\b|\b(?:do|must|should|need) (?:we|i|you|one|people)\b[^.!?]{0,60}\?|"
    r"\b(?:can|may) (?:one|people)\b[^.!?]{0,60}\?|\btake turns\b|\bshare (?:a|the|one) "
    r"(?:place|spot|seat)|"
    # whether the signup held still stands or must be made again ("gäller min anmälan fortfarande, eller behöver
    # chefen anmäla mig på nytt?", "does my registration still hold or should I register again?")
    r"\b(?:galler|star) (?:\w+ )?anmalan\w* (?:\w+ )?(?:fortfarande|kvar|anda)\b[^.!?]{0,80}\?|"
    r"\b(?:anmala|registrera|boka)\w* (?:\w+ ){0,2}(?:igen|pa nytt|en gang till)\b[^.!?]{0,40}\?|"
    r"\b(?:is|does) (?:my|our|his|her) (?:registration|booking|signup) still\b[^.!?]{0,80}\?|"
    r"\b(?:register|sign up|book) (?:\w+ )?(?:again|anew)\b[^.!?]{0,40}\?|"
    # whether one may take part not being what the event is for ("is it ok to sign up if im not a planner?", "går det
    # bra att anmäla sig även om man inte jobbar med planering?"): who may come, asked
    r"\b(?:is it|would it be|it'?s|gar det|ar det) (?:ok|okay|alright|all right|fine|possible|bra|okej|mojligt)\b"
    r"[^.!?]{0,40}\b(?:if (?:i'?m|im|i am|one is|we'?re|we are) (?:not|only)|even if|even though|although|"
    r"om (?:jag|man|vi) (?:inte|bara) (?:ar|jobbar|arbetar)|aven om|fast (?:jag|man|vi))\b[^.!?]{0,80}\?")
_WHEN_QUESTION = re.compile(
    # asked about the deadline or about signing up later ("is April 14 the deadline ...?", "kan man anmäla sig
    # senare?", "can colleagues still sign up after the summer?"): a question of when, no signup now
    r"\b(?:deadline|sista (?:anmalnings)?dag\w*|anmalningsdag\w*|last day to|closing date)\b[^.!?]{0,120}\?|"
    r"\b(?:sign up|register|join|enrol|anmala|registrera|boka)\b(?![^.!?]*\b(?:now|nu)\b)[^.!?]{0,80}"
    r"\b(?:later|afterwards|after (?:the )?(?:summer|deadline)|further on|senare|i efterhand|langre fram|framover|"
    r"efter (?:sommaren|deadline\w*|sista))\b[^.!?]{0,60}\?")
_OWN_LEAVE = re.compile(r"\b(?:kan|far|can|may|could) (?:jag|i)\b")
#: A signup made ("jag anmäler mig", "anmäl oss"), beside which a question is only a question.
_SIGNUP_MADE = re.compile(
    r"\b(?:jag|vi) (?:anmaler|registrerar|vill (?:garna )?anmala)\b|\b(?:anmal|anmaler|boka|registrera) (?:mig|oss)\b|"
    r"\b(?:vill|skulle) (?:jag|vi) (?:\w+ ){0,2}(?:anmala|registrera|boka) (?:mig|oss)\b|"
    r"\b(?:i|we) (?:(?:would|'d) like to |want to |wish to )?(?:register|sign up|book)\b|\bplease (?:register|sign|book)\b")
#: The signup left to another office or person, the invitation passed on to them ("..., som själva anmäler de som ska
#: delta", "som själva får anmäla", "De anmäler själva sina deltagare", "respektive förvaltning anmäler sina
#: deltagare", "de sköter anmälan själva", "Anmälan görs av respektive förvaltning", "they will register their own
#: participants"; not the writer's own: "jag anmäler mig själv", "anmäler själv mig och Per"): folded text.
_LEFT_TO_THEM = (r"\b(?:som|de|dom|han|hon|hen) (?:sjalv|sjalva) (?:(?:far|ska|skall|kan|maste|kommer att) )?"
                 r"(?:anmaler|anmala|registrerar|registrera|bokar|boka)\b|"
                 r"(?<!\bjag )(?<!\bvi )(?<!\bja )\b(?:anmaler|registrerar|bokar) (?:sjalv|sjalva)\b(?! (?:mig|oss)\b)|"
                 # each office its own ("respektive förvaltning anmäler sina deltagare", "varje enhet registrerar")
                 r"\b(?:respektive|varje) \w+ (?:(?:far|ska|skall|kommer att) )?(?:sjalv |sjalva )?(?:anmaler|anmala|"
                 r"registrerar|registrera|bokar|boka)\b|"
                 # the signup handled by them ("de sköter anmälan själva", "sköter själva anmälningarna")
                 r"\b(?:skoter|hanterar|ordnar|gor|tar hand om) (?:sjalv|sjalva) (?:sin |sina |egen |egna |er )?"
                 r"(?:anmalan|anmalningen|anmalningar\w*|registrering\w*)\b|"
                 r"\b(?:skoter|hanterar|ordnar|gor|tar hand om) (?:sin |sina |egen |egna |er )?(?:anmalan|anmalningen|"
                 r"anmalningar\w*|registrering\w*) (?:sjalv|sjalva|pa egen hand)\b|"
                 r"\b(?:de|dom|han|hon|hen|som) (?:skoter|hanterar|ordnar|gor|tar hand om) "
                 r"(?:sjalv |sjalva )?(?:sin |sina |egen |egna |er )?(?:anmalan|anmalningen|anmalningar\w*)\b|"
                 # the signup made by others ("Anmälan görs av respektive förvaltning"; not "av mig", "av oss")
                 r"\b(?:anmalan|anmalningen|anmalningar\w*) (?:\w+ )?(?:gors|sker|skots|hanteras) (?:\w+ ){0,2}?"
                 r"(?:av|genom) (?!oss\b|mig\b|undertecknad\b)|"
                 r"\b(?:they|he|she|who|which|each \w+|every \w+)(?: will|'ll| can| may| are going to)? "
                 r"(?:register|sign up|book|enrol)\w* (?:\w+ )?(?:their|its|his|her) own\b")
_LEFT_TO_THEM_RE = quick(re.compile(_LEFT_TO_THEM))


def signup_left_to_others(folded: list[str]) -> bool:
    """Whether a message leaves the signup to another office or person to make themselves (``_LEFT_TO_THEM``)."""
    return any(_LEFT_TO_THEM_RE.search(f) for f in folded)


#: A signup put off ("jag anmäler henne inte ännu", "we won't register him just yet", "avvaktar med anmälan"): the
#: wishes to take part around it are no signup yet.
_DEFERRED = quick(re.compile(
    r"\b(?:anmaler|registrerar|bokar|skriver upp) (?:\w+ ){0,2}(?:inte|ej|ingen|inga)\b[^.!?,;]{0,30}\b"
    r"(?:an|annu|just nu|forran)\b|"
    # the names gathered once the answer is in ("jag vill veta vad som gäller innan jag samlar in namn")
    r"\b(?:innan|forran|before) (?:jag|vi|i|we) (?:\w+ )?(?:samlar in|tar in|collect|gather) (?:\w+ )?(?:namn\w*|"
    r"names|anmalningar\w*)\b|"
    r"\b(?:inte|ej) (?:\w+ )?(?:anmala|registrera|boka) (?:\w+ ){0,2}(?:an|annu|just nu|forran)\b|"
    r"\b(?:vantar|avvaktar) (?:\w+ )?med (?:att )?(?:anmala\w*|anmalan|registrer\w*|boka\w*)\b|"
    r"\b(?:not|won'?t|don'?t|am not|i'm not|we're not|aren'?t) (?:\w+ )?(?:register\w*|sign\w* (?:\w+ )?up|"
    r"book\w*|enrol\w*) (?:\w+ ){0,2}(?:yet|for now|just yet)\b|"
    r"\b(?:hold|wait|holding|waiting) (?:off )?(?:on|with) (?:the |her |his |their |my )?(?:registration|signing|registering)\b|"
    # the signup promised for later ("jag skickar in anmälan när jag vet hur vi gör", "I'll send the registration once ...")
    r"\b(?:skickar|skicka|kommer (?:att )?skicka|aterkommer med|hor av mig med) (?:in )?(?:\w+ )?anmalan\w* "
    r"(?:nar|sa snart|senare|efter|sen)\b|\b(?:send|submit) (?:in )?(?:\w+ )?registrations? (?:when|once|later|after)\b|"
    # the signup made once the answer is in ("vi anmäler oss så snart vi vet hur ni vill ha det", "I'll sign up once
    # I know"), or left to the one who comes ("om det finns plats anmäler han sig själv", "she'll sign up herself")
    r"\b(?:anmaler|registrerar|bokar) (?:mig|oss) (?:\w+ )?(?:sa fort|sa snart|nar|efter att) (?:jag|vi|ni) "
    r"(?:\w+ )?(?:vet|fatt|far|hort|hor)\b|\b(?:sign|register) (?:us |me )?(?:up )?(?:as soon as|once|when) (?:i|we) "
    r"(?:\w+ )?(?:know|hear|have heard|get)\b|"
    r"\b(?:anmaler|registrerar) (?:han|hon|hen|de|dom) sig (?:\w+ )?sjalv\w*\b|" + _LEFT_TO_THEM + r"|"
    r"\b(?:will|'ll) (?:sign (?:up )?|register )(?:himself|herself|themselves)\b|"
    r"\bsign (?:himself|herself|themselves) up\b|\b(?:sign up|register) (?:himself|herself|themselves)\b"))
#: A signup hanging on others' signups or the quota ("om någon av dem inte har anmält sig så vill jag gärna vara med",
#: "if we are not already three, I'd like to join"): asked, not made.
_QUOTA_CONDITION = re.compile(
    r"\b(?:om|if|ifall|unless|utom om)\b[^.!?]{0,80}\b(?:anmalt|anmald\w*|registrerad\w*|registered|signed up|fjarde|"
    r"fourth|kvot\w*|quota|redan (?:ar )?(?:tre|fulla?)|already (?:three|full))\b[^.!?]{0,60}$")
#: Cancelling asked about, not done: "om någon hoppar av" (someone, if), "hur långt innan måste man avanmäla sig?",
#: "betyder det att jag inte får komma?" (what a reply means).
_SOMEONE_IF = re.compile(r"\b(?:om|if|ifall|when|nar) (?:(?:nagon|nan|en|someone|anyone|one) (?:av|of) (?:dem|dom|oss|er|"
                         r"them|us|de \w+|the \w+)|nagon|nan|someone|anyone|somebody|en deltagare|a participant)"
                         r"(?: annan| else)? (?:\w+ )?$")
#: Whoever it may be, in a relative clause ("även till dem som inte kan vara med", "for those who can't attend"),
#: colleagues at large included ("så att kollegor som inte kan komma kan ta del", "for colleagues who can't attend";
#: not some counted or one's own: "två kollegor som inte kan komma", "mina kollegor som inte kan"): nobody's
#: cancellation.
_WHOEVER = re.compile(r"(?:\b(?:de|dem|dom|den|alla|var och en|those|anyone|anybody|people|everyone|whoever|the ones|"
                      r"deltagare|participants)|(?<!\w)(?<!\bmina )(?<!\bvara )(?<!\bmy )(?<!\bour )(?<!\d )"
                      r"(?<!\btva )(?<!\btre )(?<!\btwo )(?<!\bthree )(?:kollegor|medarbetare|colleagues|co-?workers|"
                      r"staff))\s+(?:som|who|that)\s+(?:\w+\s+)?$")
_HOW_CANCEL = re.compile(r"\b(?:hur (?:lang\w*|tidigt|sent|gor (?:jag|man|vi))|how (?:long|early|late|far|do (?:i|we|you))|"
                         r"senast nar|by when|betyder (?:det|detta)|innebar (?:det|detta)|(?:does|would) (?:that|this|it) mean)\b")
#: A signup asked about while unsure, or whether to wait ("fast jag inte vet om jag kan", "eller ska jag vänta?",
#: "should I wait until I know?"): a question before any signup.
_UNSURE_ASK = re.compile(r"\b(?:fast|trots att|aven om|although|even though|though)\b[^.!?]{0,20}\b(?:inte vet|vet inte|"
                         r"ar osaker|not sure|unsure|don'?t (?:yet )?know)\b|\b(?:battre|ska|bor) (?:att )?(?:jag|vi) "
                         r"(?:vantar|vanta|avvaktar|avvakta)\b|\b(?:should|shall) (?:i|we) (?:wait|hold off)\b")
#: The writer cannot, without saying what ("kan tyvärr inte den 21/9", "can't on the 21st").
#: (Not what cannot be found or recalled: "kan inte hitta bekräftelsen", "I can't find the confirmation".)
_CANT = re.compile(r"(?:\b(?:kan|kna) (?!ni\b|du\b|man\b|de\b)(?:\w+ ){0,2}(?:inte|ej|int)\b|\b(?:jag|vi) (?:\w+ )?(?:inte|ej) kan\b|"
                   r"\b(?:i|we) (?:can'?t|cannot)\b)(?! (?:\w+ )?(?:hitta|se|minnas|komma ihag|oppna|lasa|find|see|locate|"
                   r"remember|recall|open|access|read)\b)|\bmissar\b|\b(?:must|will|have to) miss\b|"
                   # a date that does not suit ("funkar inte för mig 21/9", "November doesn't work for me")
                   r"\b(?:funkar|fungerar|passar) (?:\w+ )?(?:inte|ej)\b|\b(?:doesn'?t|does not|won'?t) work\b|"
                   # not managing it, a date that is not possible, a session skipped ("klarar inte 3 maj", "21/9
                   # går tyvärr inte för mig", "måste hoppa över novemberträffen", "den står jag över", "I have to
                   # skip May", "can't do the 21st")
                   r"\bklarar (?:\w+ )?(?:inte|ej)\b|\bgar (?:\w+ )?(?:inte|ej) for (?:mig|oss|henne|honom|dem)\b|"
                   # a session said not to be ("blir nog inte 21 sept för mig", "det blir inte maj för oss")
                   r"\bblir (?:(?:nog|tyvarr|dessvarre|nog tyvarr|val) )?(?:inte|ej) (?:\w+ ){1,3}?for (?:mig|oss)\b|"
                   r"\bhoppa(?:r)? (?:\w+ )?over\b|\bst(?:a|ar) (?:\w+ )?over\b|\b(?:skip|skipping)\b|\b(?:can'?t|cannot) do\b|"
                   # a clash ("21 september krockar med KF", "I have a clash on November 29")
                   r"\bkrock(?:ar|ade|at)?\b|\b(?:a |have a |has a )?(?:clash|conflict)(?:es|s)?\b|\bclashes\b|"
                   r"\bkonflikt(?:er)?\b|"
                   # prevented, or not coming to a session named ("tyvärr förhindrad 3 maj", "jag kommer inte på
                   # septemberträffen", "I won't make the November session"; not "kommer inte på vad den heter")
                   r"\bforhindrad\w*|\b(?:won'?t|will not) (?:make|be (?:there|attending|at)|attend)\b|"
                   r"\bkommer (?:\w+ )?(?:inte|ej) (?:(?:pa|till) )?(?:den |traffen |motet )?(?:\d{1,2}(?:[/.]\d{1,2}\b|(?::?e)? "
                   + _MONTH + r")|\w*traff\w*|\w*tillfall\w*|" + _MONTH + r"\w*)|"
                   # a date that will not do for the writer ("går inte 21/9 för min del", "tyvärr, 3 maj går inte"),
                   # staying away ("uteblir 29/11"), no chance ("ingen möjlighet 22/2")
                   r"\bgar (?:tyvarr |dessvarre )?(?:inte|ej)\b(?=[^.!?]{0,25}\bfor (?:min|var) del\b|\s*(?:[.!,;]|$))|"
                   r"\buteblir\b|\bingen mojlighet\b(?! att (?:anmala|se|hitta|fa|veta))|"
                   # all fine but a session ("allt stämmer utom den 22 feb", "everything is fine except 21 September")
                   r"\b(?:stammer|passar|funkar|fungerar|gar bra|ser bra ut|ar ratt|fine|correct|works?|looks? "
                   r"(?:good|right|fine))\b[^.!?]{0,10}\b(?:utom|except)\b|"
                   # the session struck by the writer ("den träffen får jag alltså stryka", "21/9 måste vi stryka")
                   r"\b(?:far|maste|kan|behover|ska) (?:jag|vi) (?:\w+ ){0,2}stryka\b(?! (?:mig|oss)\b)")
#: The writer the one who cannot ("jag kan inte", "jag kommer inte kunna", "I can't"), not a colleague.
_I_CANT = re.compile(r"^\W*(?:(?:hej|hejsan|hi|hello)\b\W*)?(?:jag|vi|we)\b|\b(?:jag|vi) (?:\w+ )?(?:kan|kommer|hinner|"
                     r"klarar)\b|\b(?:i|we) (?:can'?t|cannot|won'?t|will not|am unable|are unable)\b")
_REGISTER_WEAK = re.compile(r"\banmalan\b|\bregistration\b|\bdeltagare\b|\bparticipants?\b")
#: A signup held already ("jag är anmäld", "anmälde mig", "I'm registered"); "min anmälan" may be the one sent now.
_HOLDS = (r"\b(?:redan|ar|e|fortfarande|ju)(?: sedan (?:tidigare|innan|forut|lange)| sen (?:tidigare|innan)| i dag| idag|"
          r" just nu)? anmald|\bstar (?:jag |vi )?som anmald|"
          # said without its verb, first in the sentence ("Anmäld till 3 maj och 21/9. Lägg till laktosfri.")
          r"^\W*anmald (?:till|pa|for) |\b(?:anmalde|registrerade|bokade) (?:mig|oss)\b|\bstar (?:kvar|anmald)|"
          # the verb first or in the passive ("i december anmälde jag mig ...", "där Per och Eva anmäldes till ...")
          r"\b(?:anmalde|registrerade|bokade) (?:jag|vi) (?:mig|oss)\b|\b(?:anmaldes|registrerades|bokades)\b|"
          # "som vi har anmält oss till" (not "borde ha anmält mig", "har inte anmält mig")
          r"\banmalt(?<!\bha anmalt)(?<!inte anmalt)(?<!\bej anmalt) (?:mig|oss)\b|"
          # "jag står redan på 21/9"
          r"\b(?:jag|vi) (?:(?:gar|kommer|deltar) (?:ju )?redan\b|star (?:\w+ )?(?:pa|med pa|med i|uppskriv\w*|uppsatt\w*|"
          r"inskriv\w*)\b)|"
          # "I'm already registered", "we're still on the list"
          r"\b(?:already|am|i'm|i am|still|we're|we are) (?:(?:already|still|currently|now|presently) )?(?:registered|signed up|booked|"
          r"on the list|down for)\b|\b(?:i|we) (?:registered|signed up|booked)\b")
_HOLDS += (r"|\b(?:rakade|rakat|raka) (?:\w+ )?(?:anmala|registrera|boka) (?:mig|oss)\b|"
           r"\baccidentally (?:registered|signed up|booked)\b|"
           # a signup reported as made earlier ("jag skrev för ett tag sen att jag kommer på alla", "as I said, I'll come")
           r"\b(?:jag|vi) (?:skrev|sa|meddelade|svarade) (?:\w+ ){0,5}att (?:jag|vi) (?:kommer|deltar|gar|ville)\b|"
           r"\b(?:i|we) (?:wrote|said|told you) (?:\w+ ){0,5}that (?:i|we) (?:would|will|'d) (?:come|attend|join)\b")
_HOLDS += (r"|\b(?:anmalde|registrerade|bokade) (?:jag|vi) (?:\w+ ){0,2}(?:min|mina|var|vara) (?:kolleg\w*|medarbetare|"
           r"chef)\b|\b(?:jag|vi) (?:har |hade )?(?:anmalt|anmalde|registrerat|registrerade) (?:min|mina|var|vara) "
           r"(?:kolleg\w*|medarbetare|chef)\b|\b(?:i|we) (?:have |had )?(?:registered|signed up|booked) (?:my|our) "
           r"(?:colleague|co-worker|coworker|manager|boss)|"
           # "jag anmälde Eva Ek och mig själv i januari", "I registered Tom and myself"
           r"\b(?:jag|vi) (?:har |hade )?(?:anmalde|anmalt|registrerade|registrerat|bokade) (?!inte\b|ej\b)(?:\w+ ){1,3}"
           r"(?:och|samt) (?:mig|oss)\b|\b(?:i|we) (?:have |had )?(?:registered|signed up|booked) (?:\w+ ){1,3}and "
           r"(?:myself|me|ourselves|us)\b")
# sessions kept beside a change ("jag behåller alltså 3 maj och ...", "behåller 3/5 o vill även ha 29/11", "I'll
# keep 3 May")
_HOLDS += (r"|(?:\b(?:jag|vi) (?:\w+ )?behaller|^\W*behaller|\b(?:i|we)(?:'ll| will)? keep)\b"
           r"(?=(?: \w+)? (?:den |the )?\d)")
# a place held, to be kept ("jag vill behålla min plats", "vill ha kvar min anmälan", "I'd like to keep my place")
_HOLDS += (r"|\b(?:behalla|behaller|ha kvar|har kvar) (?:min|mina|var|vara) (?:plats|platser|anmalan|anmalningar)\b|"
           r"\bkeep (?:my|our) (?:place|places|spot|seat|registration|booking)s?\b")
# our confirmation owned to be right ("bekräftelsen nedan stämmer", "the confirmation below is correct")
_HOLDS += (r"|\bbekraftelse\w* (?:nedan |har nedan |ovan )?(?:stammer|ar (?:helt )?ratt|ar korrekt|ser (?:\w+ )?ratt ut)\b|"
           r"\bconfirmation (?:below |above )?(?:is (?:correct|right)|looks (?:correct|right)|checks out)\b")
_HELD = quick(re.compile(_HOLDS))
#: Several signups held, asked adjusted ("vi behöver justera våra anmälningar", "please update our registrations"):
#: those named in the sentence narrowing them are among those signed up.
_OURS_ADJUSTED = (r"\b(?:justera|andra|uppdatera|korrigera|adjust|change|update) (?:\w+ )?(?:vara|mina|our|my) "
                  r"(?:anmalningar|registrations|bookings)\b")
_OURS_ADJUSTED_RE = re.compile(_OURS_ADJUSTED)
#: The rest denied beside the sessions kept ("bara 3 maj och 22 februari, inte på höstens träffar", "only May, not the
#: autumn ones"): the narrowing is also a withdrawal from them.
_REST_DENIED = re.compile(r"\b(?:bara|endast|enbart|only)\b[^.!?]{0,80}?,?\s(?:men |but )?(?:inte|ej|not)\b")
_REGISTERED = quick(re.compile(_HOLDS + r"|\bmy registration\b|\bmin anmalan\b|"
                         # the signups held adjusted ("vi behöver justera våra anmälningar", "change our registrations")
                         r"(?:" + _OURS_ADJUSTED + r")|"
                         # what was written in the signup made ("skrev vegetarisk i anmälan", "I put vegan in my signup")
                         r"\b(?:skrev|angav|uppgav|fyllde i) (?:\w+ ){1,3}i (?:min |var |mina )?anmalan\b|"
                         r"\b(?:wrote|put|gave) (?:\w+ ){1,3}(?:in|on) (?:my |the )?(?:registration|signup|sign-up form)\b"))
#: The rest kept beside a session given up ("kan inte 29/11, är kvar på de andra", "I'm still on the others"): a
#: signup held.
_KEPT_REST = re.compile(r"\bkvar (?:pa|for|till) (?:de |dom )?(?:andra|ovriga|resten|alla|tva|tre|forsta|sista|traff\w*|"
                        r"tillfall\w*|\d)|\b(?:still|staying|stay|keep|keeping) (?:on |down for |in for |with )?(?:the )?"
                        r"(?:others|other ones?|rest|remaining ones)\b|"
                        # coming to the others ("men kommer på de andra tre", "är med på dom andra", "kommer pa ovriga",
                        # "övriga tre kommer jag på som planerat", "de övriga träffarna deltar jag i")
                        r"\b(?:kommer|gar|deltar|ar med|e med|narvarar|finns med)(?: (?:jag|vi|hon|han|hen|de|dom|ju|"
                        r"fortfarande|anda|garna|som planerat))* (?:pa|i|till|for) (?:de |dom |alla )?(?:(?:tva|tre) )?"
                        r"(?:andra|ovriga|resten|resterande|kvarvarande|ovrig\w*)\b|"
                        r"\b(?:de |dom )?(?:andra|ovriga|resterande|kvarvarande|resten) (?:\w+ ){0,2}"
                        r"(?:kommer|gar|deltar|ar|narvarar) (?:jag|vi|hon|han|hen|de|dom)\b(?! (?:\w+ )?(?:inte|ej)\b)|"
                        # ("still coming to the other three", "I'll be at the other sessions", "still on for the rest")
                        r"\b(?:coming|come|attending|attend|going|go|be|on|join|joining)(?: \w+)? (?:to |at |for |in )?"
                        r"(?:all )?(?:the )?(?:others|other (?:three|two|one|ones|sessions?|dates|meetings)|rest|"
                        r"remaining)\b")
#: What held no longer holds ("kan inte 21/9 längre", "can no longer make May", "not any more"): a signup held.
_NO_LONGER = re.compile(r"\b(?:inte|ej) (?:\w+ ){0,2}langre\b(?! an\b)|\bno longer\b|\b(?:any ?more|after all)\b")
#: Coming as planned ("vi kommer på 3 maj och 22 februari som planerat", "I'll attend May as planned"): the signup
#: held, not one made.
_AS_PLANNED = re.compile(r"\b(?:(?:jag|vi) (?:kommer|gar|deltar)|(?:kommer|gar|deltar) (?:jag|vi))\b"
                         r"(?! (?:\w+ )?(?:inte|ej)\b)[^.!?]{0,60}\bsom (?:planerat|"
                         r"vanligt|tidigare|forut)\b|\b(?:i|we) (?:will|'ll) (?:attend|come|join)\b[^.!?]{0,60}\bas "
                         r"(?:planned|before|usual)\b")
#: A question about what would happen if ("Om jag anmäler mig och sedan blir sjuk, får jag skicka en kollega?"):
#: its signup and substitution words are asked about, not meant. The condition opens the question ("Fråga: om vi
#: får förhinder ...", "ifall det krockar ...", "om det blir strul ..."), is said verb first ("Skulle jag få förhinder,
#: går det då att ...?"), or comes after what is asked, in the conditional ("... byta till 22/2 om jag skulle bli
#: sjuk?"; not the polite "om det skulle gå").
_HYPOTHETICAL = re.compile(r"^(?:\w+[!,.:]?\s+){0,2}(?:(?:om|if|ifall|i fall|tank om|anta att|antag att|sag att|"
                           r"lat sag att|suppose|what if|in case|say) "
                           r"(?:jag|vi|man|i|we|one|nagon|someone|(?:det|nagot|nat) (?:skulle|krockar|kolliderar|blir)|"
                           r"nagot (?:dyker|kommer)|(?:something|anything) (?:should|were to|comes|came)|"
                           r"(?:it|there) (?:clashes|should|were to|is a clash))\b|"
                           r"(?:skulle|should) (?:jag|vi|det|nagot|nat|i|we|something) [^,?]{2,60},)|"
                           r"\b(?:om|ifall|if) (?:jag|vi|man|det|nagot|nat|i|we|something|it) (?:skulle|should|were to)\b"
                           r"(?! (?:ga|funka|fungera|passa|vara (?:ok|okej|mojligt)|be (?:ok|okay|possible)|work)\b)|"
                           # (or in the present, of what may befall: "... om jag blir sjuk?", "if I get sick?", "in
                           # case something comes up?"; not "om jag får?", if I may)
                           r"\b(?:om|ifall) (?:jag|vi|man) (?:blir (?:sjuk|forhindrad)|far forhinder)\b|"
                           r"\b(?:om|ifall) (?:det|nagot|nat) (?:krockar|dyker upp|kommer emellan|hander)\b|"
                           r"\b(?:if|in case) (?:i|we) (?:get|gets|become|fall) (?:sick|ill|prevented)\b|"
                           r"\b(?:if|in case) (?:something|anything) (?:comes up|happens|clashes)\b")
#: A signup asked as leave to sign up ("Kan jag anmäla mig ...?", "Can I sign up ...?").
_ASKS_LEAVE = re.compile(r"^(?:\w+[!,.]?\s+){0,2}(?:kan|far|can|may|could) (?:jag|i)\b[^?]*\?")
#: The writer speaking of themselves apart from the others ("Själv hoppar jag av", "I myself will sit this one out").
_SELF_ASIDE = re.compile(r"\b(?:sjalv|personligen|for egen del|myself|i personally|for my (?:own )?part)\b")
#: An offer to speak or teach at the event ("jag håller gärna ett föredrag den 29 november", "I could give a talk").
_OFFER = re.compile(r"\b(?:halla|haller|leda|leder|bidra med|bidrar med|erbjuda|erbjuder|presentera)\b (?:\w+ ){0,3}"
                    r"(?:foredrag\w*|presentation\w*|workshop\w*|dragning\w*|forelasning\w*|seminari\w*|inspel\w*)\b|"
                    r"\b(?:medverka|delta|vara med|komma) som (?:talare|forelasare|moderator|inspirator|expert)\b|"
                    r"\b(?:give|hold|run|lead|deliver|offer|present) (?:\w+ ){0,3}(?:talk|presentation|workshop|lecture|keynote)s?\b|"
                    r"\bas (?:a |the )?(?:speaker|presenter|moderator|facilitator|keynote)\b")
#: Someone still to be found for a place ("vi återkommer om vi hittar någon som kan ta hans plats", "if we find
#: someone to replace her"): no substitution yet.
_SOMEONE_FOUND = re.compile(r"\b(?:om|if|ifall|nar|when|once|hoppas|forhoppningsvis|kanske|hope|hopefully|maybe|perhaps|"
                            r"forsoka|forsoker|forsokte|forsokt|leta|letar|letat|letade|try|trying|tried|looking for|looked for)\b "
                            r"(?:\w+ ){0,3}(?:nagon|nan|someone|somebody|anyone|en ersattare|a replacement|"
                            r"a substitute|vem|vilka|who)\b[^.!?]*$|"
                            # who it will be not known yet ("vi vet ännu inte vem som ersätter henne", "vem som tar
                            # hennes plats vet vi inte än", "we'll let you know who takes over her place")
                            r"\b(?:vet|know|knows)\b(?: \w+){0,3} (?:vem|vilka|who)\b[^.!?]*$|"
                            r"^\W*(?:vem|who) (?:som )?[^.!?]*$")
#: A ride proposed to fellow participants ("ska vi samåka?", "ska vi åka tillsammans?", "shall we carpool?"), folded.
_RIDE_PROPOSED = re.compile(r"\b(?:ska|skall|skulle) vi (?:\w+ )?(?:samaka|aka (?:tillsammans|ihop|gemensamt)|kora ihop|"
                            r"dela (?:pa )?(?:en )?bil)\b|\b(?:shall|should) we (?:carpool|car-?share|share a car|"
                            r"drive together|go together)\b")
#: ... and the writer offering the ride ("jag kan köra", "plats för fyra", "bokar jag bilen", "I can drive").
_RIDE_OFFERED = re.compile(r"\bjag (?:kan kora|kor|tar (?:bilen|min bil))\b|\bplats for (?:\w+|\d)\b|"
                           r"\bbokar jag bilen\b|\bi (?:can|could|will) drive\b|\broom for (?:\w+|\d)\b")
#: A stand-in only maybe ("kanske kan gå i mitt ställe", "hon har inte bestämt sig än", "might take my place, but
#: she hasn't decided"), folded.
_HEDGED = re.compile(r"\b(?:kanske|eventuellt|mojligen|mojligtvis|maybe|perhaps|possibly|might)\b[^.!?]{0,60}"
                     r"\b(?:stalle|plats|ersatta|ersatter|ta over|place|replace|stand in|instead)\b|"
                     r"\b(?:inte|ej) (?:\w+ )?bestamt sig\b|\b(?:hasn'?t|has not|haven'?t) (?:yet )?decided\b|"
                     # a stand-in offered only as the other choice, nobody named ("stryk henne den gången, eller så
                     # skickar vi någon annan i hennes ställe", "or we'll send someone else in her place")
                     r"\b(?:eller|or)\b (?:(?:sa|else)\b )?(?:[\w']+ ){0,4}(?:nagon|nan|someone|somebody) (?:annan|else)"
                     r"\b[^.!?]{0,40}\b(?:stalle|plats|place|instead|istallet)\b|"
                     # ... or only if the writer should wish it later ("vi återkommer om vi vill anmäla någon annan i
                     # hans ställe", "we will let you know if we wish to nominate someone else in his place")
                     r"\b(?:om|if|whether)\b (?:[\w']+ ){0,5}(?:nagon|nan|someone|somebody) (?:annan|else)"
                     r"\b[^.!?]{0,40}\b(?:stalle|plats|place|instead|istallet)\b")
#: Those sessions taken by someone named, after the writer says they cannot come ("jag kan inte 21/9 och 29/11,
#: min kollega Johan tar de två", "I can't do May or June, Tom will take them"): a substitution.
_TAKES_THOSE = re.compile(r"\b(?:tar|tar over|gar pa|kommer pa|tager|takes?|will take|(?:can|will|could) go to|goes to)"
                          r" (?:(?:\w+ )?(?:de|dem|dom|dessa|den|bada|those|them|these|both|it|that one)(?: (?:tva|tre|bada|datumen|"
                          r"traffarna|tillfallena|two|three|dates|sessions|ones))?)(?: (?:i stallet|istallet|instead|"
                          r"for mig|at mig|for me))?\s*(?:[.,;!)]|$)")
#: Sessions taken by someone named ("min kollega Linda tar därför de två sista träffarna", "Tom will take the last
#: two sessions"): said after the writer tells of being away or unable, a substitution for those.
_TAKES_SESSIONS = re.compile(r"\b(?:tar|tager|takes?|will take|'ll take)(?: over)? (?:(?:darfor|da|sa|alltsa|istallet|"
                             r"i stallet|then|therefore|instead) )?(?:de|dem|dom|dessa|den|mina|min|those|these|my|the|"
                             r"that) (?:\w+ ){0,2}(?:traff\w*|tillfall\w*|sessions|meetings)\b")
#: The writer coming instead ("Istället kommer jag den gången", "i stället går jag, Elin Dahl, på den", "jag går
#: istället", "instead I'll come"): beside someone named who cannot, the writer takes their place.
_WRITER_INSTEAD = re.compile(r"\b(?:istallet|i stallet)\b,? (?:(?:sa |da )?(?:kommer|gar|deltar|tar|hoppar) (?:jag|vi)\b)|"
                             r"\b(?:jag|vi) (?:kommer|gar|deltar|hoppar in) (?:\w+ )?(?:istallet|i stallet)\b(?! for\b)|"
                             r"\binstead,? (?:i|we)(?:'ll| will)? (?:come|go|attend|take|join)\b|"
                             r"\b(?:i|we)(?:'ll| will) (?:come|go|attend|join)(?: \w+)? instead\b(?! of\b)")
#: The writer away or unable ("i höst går jag på föräldraledighet", "jag kan inte komma i höst", "I'm on leave").
_WRITER_WORD = re.compile(r"\b(?:jag|vi|mig|oss|i'm|i am|i'll|i will|i can'?t|i cannot|we|we're)\b")
#: Leave asked to come to a session ("Kan jag få komma på den andra träffen?", "Could I join the May session?", and in
#: everyday words: "kan jag hänga på höstens träff?", "får jag haka på 21/9?", "can I tag along in May?").
_ATTEND_ASKED = re.compile(r"\b(?:kan|far|can|may|could) (?:jag|i) (?:fa |also |aven |ocksa )?(?:komma|delta|vara med|va med|"
                           r"ga|narvara|come|attend|join|hanga (?:pa|med)|haka pa|folja med|tag along)\b")
#: How one takes part, asked ("delta digitalt", "join online"): a question of form, no signup.
_HOW_ATTEND = re.compile(r"\b(?:digitalt|digital\w*|pa distans|pa lank|via (?:teams|zoom|lank)|online|remote\w*|virtuell\w*|"
                         r"utan att|without|fast jag|trots att|although|even though|istallet|i stallet|instead|ocksa|also|aven)\b")
#: A session added to a signup ("kan jag även lägga till den 29/11", "lägg gärna till 29/11 också", "utöka med
#: hösten", "add the November one too"): the word of adding before the session, or "också", "too" after it.
_SESSION_WORD = (r"(?:\d|traff\w*|tillfall\w*|session\w*|meeting|jan\w*|feb\w*|mars|april|maj|may|jun\w*|jul\w*|"
                 r"aug\w*|sep\w*|okt\w*|oct\w*|nov\w*|dec\w*|host\w*|var(?:en|ens)|autumn|spring)")
_SESSION_IN = re.compile(r"\b" + _SESSION_WORD)
_ADD = re.compile(r"\b(?:lagg(?:a|er)?(?: \w+){0,2} till|add(?:s|ed|ing)?|dessutom|utok\w*|in addition|"
                  # "också" said of the writer ("jag vill själv också vara med", "även jag") adds a person, not a session
                  r"(?<!\bsjalv )(?<!\bjag )(?<!\bmyself )(?:also|aven|ocksa|oxa)(?! (?:jag|sjalv|myself)\b)"
                  # (nor "Also," opening one more question: "Also, will the afternoon sessions be ...?")
                  r"(?!\s*,\s*(?:will|would|is|are|can|could|do|does|shall|should|when|where|what|how|blir|finns|kan|"
                  r"ar|har|hur|nar|vad)\b))\b"
                  r"(?![^.!?]*\b(?:kolleg|colleague))[^.!?]{0,40}" + _SESSION_WORD)
#: The sessions after a change summed up ("Alltså 3/5 och 29/11 totalt", "that makes May and November in total").
#: A session just spoken of added ("Kan du lägga till den för oss båda?", "could you add it for me?").
_ADD_IT = re.compile(r"\b(?:lagg(?:a|er)?|add) (?:\w+ )?(?:till )?(?:den|dem|det|dessa|it|that one|them|those)\b(?! (?:\w+ )?(?:adress\w*|address|namn|name)\b)")
#: The writer taking a colleague's sessions on top of their own ("jag tar hennes två träffar också", "I'll take his
#: sessions as well"): sessions added to those the writer holds.
_TAKEN_TOO = re.compile(r"\b(?:jag|vi) (?:\w+ )?(?:tar|tar over|tager) (?:hans|hennes|hens|deras|[a-z]+s) (?:\w+ )?(?:traff\w*|"
                        r"tillfall\w*|platser)\b (?:\w+ )?(?:ocksa|aven|oxa)\b|\b(?:i|we)(?:'ll| will)? take (?:over )?"
                        r"(?:his|her|their|[a-z]+'s) (?:\w+ )?(?:sessions|meetings|dates) (?:too|as well)\b")
_TOTAL = re.compile(r"\b(?:totalt|sammanlagt|sammantaget|allt som allt|in total|in all|altogether|all told)\b")
_ADD_AFTER = re.compile(r"\b(?:ocksa|oxa|aven|too|as well|likasa|dessutom)(?:[\s.,;!]|$)")
_UPDATE = re.compile(
    r"\bglomde|\bglomt|\bforgot|\buppdater|\bupdate|\bnumera\b|\bfrom now on\b|\bandra min\b|"
    r"\b(?:fran och med|fr\.? ?o\.? ?m\.?) (?:nu|idag|i dag)\b|\bhadanefter\b|\bhenceforth\b|\bgoing forward\b|"
    r"\btillagg|\blagga till\b|\bkomplettera\w*|\bkomplettering\w*|\baddendum\b|\bto add\b|\bhar (?:nu|numera|fatt)\b|\brecently\b|\bnowadays\b|\bchange my\b|"
    # a diet swapped or changed ("byt min kost från vegetarisk till vegan", "ändra gärna min specialkost till glutenfri",
    # "två av våra anmälda har ändrade kostbehov", "a changed diet")
    r"\b(?:byt|byta|byter|andra|andrar) (?:(?:garna|snalla|bara) )?(?:min|mitt|mina|hans|hennes) (?:\w*kost\w*|diet\w*|"
    r"allergi\w*|matpreferens\w*)|\b(?:andrad|andrade|andrat|nya?|changed|new) (?:\w*kost\w*|diet\w*|"
    r"matpreferens\w*|dietary)")
#: A message opening with a postscript ("ps. jag har nötallergi!", "P.S. I'm vegan"): it adds to one sent before.
_POSTSCRIPT = re.compile(r"\W*p\.? ?p?\.? ?s\b")


def _postscript(folded: list[str]) -> bool:
    """Whether the writer's text opens with a postscript, adding to a message sent before."""
    return bool(folded) and _POSTSCRIPT.match(folded[0]) is not None


#: A diet asked to be noted or catered for ("kan ni notera det?", "går det att ordna?", "please add it").
#: A diet told as news ("har blivit vegan", "fick diagnosen celiaki", "I've become vegetarian") is one to note as well.
_NOTE_IT = re.compile(r"\b(?:notera\w*|anteckna\w*|andra|andras|lagga (?:in|till)|lagg (?:in|till)|ordna\w*|fixa\w*|"
                      r"skriva in|skriv in|ta hansyn|tank pa|note|add|change|arrange|accommodat\w*|make sure|"
                      r"blivit|blev|diagnos\w*|become|became|diagnosed|meddela|informera|inform|"
                      r"pass (?:it|this|that) on|let (?:\w+ ){0,3}know)\b")
#: A diet to be catered for, wished ("det vore bra om det finns ett nötfritt alternativ", "vore tacksam om", "it would
#: be great if there is a vegan option", "I'd appreciate a nut-free option"): a diet to note.
_CATER = re.compile(r"\b(?:vore|ar|blir) (?:\w+ )?(?:bra|fint|toppen|skont|tacksam|jattebra)\b(?: \w+){0,2} "
                    r"(?:om|med)\b|\b(?:skulle|ska) (?:\w+ )?uppskatta\b|\buppskattar om\b|\b(?:would|'d) (?:be )?"
                    r"(?:great|good|nice|grateful|helpful|appreciate\w*)\b|"
                    r"\bappreciate (?:it )?if\b|\b(?:an?|ett|en) (?:\w+[- ])?"
                    r"(?:alternative|option|alternativ)\b")
_DETAILS = re.compile(
    r"\bheter nu\b|\bnytt (?:efter)?namn\b|\bbytt (?:efter)?namn\b|\bny (?:e-?post|mejl|mail)(?:adress)?\b|"
    # "ny adress" with the e-mail address after it ("har ny tjänst och ny adress: eva.ek@…"; not a new postal address)
    r"\bny(?:a)? adress(?:en)?(?: ar| blir)?:?\s+\S+@|"
    r"\bnya (?:e-?post|mejl|mail)(?:adress)?\b|\bandrade uppgifter\b|\bandra mina uppgifter\b|"
    r"\buppdatera mina uppgifter\b|\bnew (?:e-?mail|address|surname|last name|name)\b|"
    r"\bchanged my (?:name|e-?mail|address|surname)\b|\bupdate my (?:details|e-?mail|name|address)\b|"
    r"\bstavade fel\b|\bfelstavat\b|\bmisspel|\bstavas (?:[\w,]+ ){0,3}(?:med|utan|inte|ej)\b|"
    # a name spelt wrong and to be put right ("ni har stavat mitt efternamn fel", "i bekräftelsen står mitt efternamn
    # som 'Michelsson'", "kan ni rätta stavningen av mitt namn?", "my name is spelled wrong")
    r"\bstavat (?:\w+ ){0,3}fel\b|\bfelstav\w*|\b(?:ratta|rattar|korrigera|korrigerar|andra) (?:\w+ ){0,2}stavning\w*|"
    r"\b(?:star|stod|skrevs|skrivits) (?:mitt|hans|hennes|deras|vart) (?:\w+)?namn (?:som|fel|felaktigt)\b|"
    r"\b(?:spelled|spelt) (?:wrong(?:ly)?|incorrectly)\b|\bspelling of (?:my|his|her|their) (?:\w+ )?name\b|"
    r"\b(?:namn|name|surname|efternamn|fornamn)\b[^.!?]{0,15}\b(?:stavas|is spelled|is spelt|should be spelled)\b|\bheter (?:numera|nu|sedan)\b|\bmy name is now\b|"
    r"\b(?:got|recently|just) married\b|\bgift mig\b|\bformerly\b|\bf\.d\.|\btidigare (?:namn|efternamn)\b|"
    # an address to be used from now on ("skrev fel mejladress", "från min privata gmail", "använd den här adressen",
    # "rätt är eva.ek@orsa.se", "please use this address")
    r"\b(?:privata|personliga|private|personal) (?:gmail|hotmail|outlook|yahoo|icloud)\b|"
    r"\b(?:anvand|use) (?:\w+ )?(?:den har|denna|min nya|den nya|this|my new|my work) (?:e-?post|mejl|mail|e-?mail)?-?"
    r"(?:adress\w*|address)\b|\b(?:ratt|korrekt|right|correct)(?: (?:e-?post|mejl|mail|e-?mail)?-?(?:adress\w*|address))? "
    r"(?:ar|is) \S+@|"
    # the mailings asked to go to another address ("kan ni skicka utskicken till den här adressen i stället", "please
    # send everything to my private address from now on")
    # ("vill att utskicken nu går till anders@falun.se", "make sure the mailings go to ...")
    r"\b(?:utskick\w*|mejlen|mejlet|mailen|e-?posten|mailings?|e-?mails|correspondence)\b[^.!?@]{0,40}\b(?:ga|gar|"
    r"skickas|komma|kommer|go|goes|be sent|sent)\b (?:\w+ ){0,2}(?:till|to) \S+@|"
    # everything from now on to an address given after where it is ("vill hellre att allt går till jobbet på Orsa
    # kommun: eva.ek@orsa.se", "framöver vill jag att allt skickas till eva.ek@orsa.se", "send everything to ...")
    r"\b(?:allt|everything)\b (?:\w+ ){0,2}(?:ga|gar|skickas|kommer|go|goes|be sent|is sent)\b (?:\w+ ){0,2}"
    r"(?:till|to)\b[^.!?@]{0,40}?[\s:]\S+@|"
    # ("skicka hellre allt till eva.ek@orsa.se", "please send everything to ...")
    r"\b(?:skicka|send)\b (?:\w+ ){0,2}?(?:allt|everything|utskick\w*|mailings?)\b (?:\w+ ){0,2}?(?:till|to) \S+@|"
    r"\b(?:skicka|skickar|skickas|send|sent)\b[^.!?@]{0,40}\b(?:till|to) (?:den har|denna|min nya|min privata|min "
    r"personliga|this|my new|my private|my personal|my home) (?:e-?post|mejl|mail|e-?mail)?-?(?:adress\w*|address)\b|"
    # an address to be used instead, or changed ("pls use my work email ... instead", "använd min jobbmejl ...",
    # "min e-postadress har ändrats till ...", "my e-mail address has changed")
    r"\b(?:anvand|anvanda|use)\b[^.!?@]{0,40}\S+@\S+[^.!?]{0,6}\b(?:instead|istallet|i stallet)\b|"
    r"\b(?:anvand|anvanda|use) (?:\w+ ){0,2}(?:work|jobb|arbets|tjanste|new|nya)[ -]?"
    r"(?:e-?post|mejl|mail|e-?mail)\w*\b|"
    r"\b(?:(?:e-?post|mejl|mail|e-?mail)-?(?:adress\w*|address)?|(?:min|my) (?:adress|address)) (?:\w+ ){0,2}"
    r"(?:andrats|andrad|bytts|ar ny|has changed|changed|is now|ar nu)\b|"
    r"\bnamnbyte\b|\b(?:privata|gamla|felaktiga|fel|personliga|wrong|old|private|personal) (?:e-?post|mejl|mail|e-?mail)?-?"
    r"(?:adress\w*|address)\b|\b(?:andra|byt|byta|uppdatera|change|update)\b[^.!?@]{0,30}\b(?:till|to) \S+@|"
    # written from the new address, or the old one to be swapped ("skriver från min nya jobbadress", "byt från
    # eva88@gmail.com till den här", "I'm writing from my new work address")
    r"\b(?:ny|nya|new) (?:jobb|arbets|tjanste|work|office)[ -]?(?:e-?post|mejl|mail|e-?mail)?-?(?:adress\w*|address)\b|"
    # new addresses for all at work, the writer's given ("vi har fått nya adresser i kommunen, min är nu eva@orsa.se",
    # "we all got new addresses – mine is now ...")
    r"\b(?:nya|new) (?:e-?post|mejl|mail|e-?mail)?-?(?:adresser|addresses)\b[^!?@]{0,60}\b(?:min|mitt|mine|my)\b"
    r"[^!?@]{0,20}\b(?:ar|is) (?:nu |numera |now )?\S+@|"
    r"\b(?:andra|byt|byta|uppdatera|change|update|switch)\b[^.!?@]{0,20}\b(?:fran|from) \S+@|\bchanged (?:my )?(?:name|surname)\b|\bbytt (?:efter)?namn\b|\bnew (?:e-?mail )?address\b|"
    # the mailings wanted at another address of the writer's, named by its kind or as the one written from ("vill
    # hellre få utskicken till min jobbmejl", "send the mailings to my work address", "den adress jag skriver från")
    r"\b(?:utskick\w*|mejlen|mailen|e-?posten|mailings?|e-?mails|correspondence)\b[^.!?@]{0,30}\b(?:till|to) (?:min|my) "
    r"(?:jobb|arbets|tjanste|work|office)[ -]?(?:e-?post\w*|mejl\w*|mail\w*|e-?mail|adress\w*|address)\b|"
    r"\b(?:(?:den|denna|den har)(?: adress\w*)?|adressen|the (?:e-?mail |mail )?address|the one|this (?:e-?mail )?address)"
    r" (?:som |that |which )?(?:jag|i(?:'m| am)?) (?:skriver|mejlar|mailar|writing|write|mailing) (?:fran|from)\b")
#: An address to be used instead ("använd istället per.ek@orsa.se", "please use per.ek@orsa.se instead"): no one
#: takes another's place.
_ADDRESS_INSTEAD = re.compile(r"\b(?:anvand|anvanda|use)\b (?:(?:istallet|i stallet|instead|hellre|rather) )?"
                              r"(?:\w+ ){0,2}?[\w.+-]+@[\w-]+\.")
#: An address owned to be wrong ("skrev min mejladress fel", "adressen blev fel", "the wrong address").
_ADDRESS_WRONG = re.compile(r"\b(?:adress\w*|address) (?:\w+ ){0,2}(?:fel|felaktig\w*|wrong)\b|"
                            r"\b(?:e-?post|mejl|mail|e-?mail)-?adress\w* (?:\w+ ){0,2}(?:fel|felaktig\w*|wrong)\b|"
                            r"\b(?:wrong|incorrect) (?:e-?mail )?address\b")
#: An address given as someone's ("hans mejl är per.ek2@orsa.se", "adressen som gäller: ...", "her e-mail is ...").
_ADDRESS_GIVEN = re.compile(r"\b(?:adress\w*|address|mejl\w*|mail|e-?post\w*|e-?mail)\b[^!?@]{0,40}@")
#: A new employer ("har bytt jobb från Säters kommun", "ny arbetsgivare", "jag började på Region Dalarna i januari",
#: "I've changed jobs", "I now work for ...").
_JOB_CHANGE = re.compile(
    r"\b(?:bytt|byter|bytte|bytit) (?:\w+ )?(?:jobb|arbetsgivare|arbetsplats)\b|\bny (?:arbetsgivare|arbetsplats)\b|"
    r"\b(?:nytt|annat) jobb\b|\b(?:bytt|bytte|bytit) (?:\w+ ){0,4}?(?:till|to) (?:\w+ )?(?:region\b|lansstyrelsen\b|"
    r"\w+ kommun\b)|\b(?:borjade|borjat|borjar) (?:jag )?(?:jobba |arbeta )?(?:pa|hos|vid) (?:region\b|lansstyrelsen\b|"
    r"\w+ kommun\b)|\b(?:changed|switched|new) (?:jobs?|employers?)\b|\bnow work(?:ing)? (?:at|for)\b|"
    r"\b(?:started|moved) (?:working )?(?:at|to) (?:region|the county|\w+ (?:municipality|county))\b|"
    # working for another organisation now ("från och med mars jobbar jag på Mora kommun i stället", "arbetar numera
    # hos Region Dalarna", "jobbar sedan januari på Länsstyrelsen")
    r"\b(?:jobbar|arbetar) (?:jag |vi )?(?:numera|nu|sedan \w+|fran och med \w+) (?:pa|hos|vid|for) "
    r"(?:\w+ )?(?:region\b|lansstyrelsen\b|\w+ kommun\b)|"
    r"\b(?:fran och med|fr\.? ?o\.? ?m\.?|numera)\b[^.!?,;]{0,20}\b(?:jobbar|arbetar) (?:jag |vi )?(?:pa|hos|vid|for) "
    r"(?:\w+ )?(?:region\b|lansstyrelsen\b|\w+ kommun\b)|"
    r"\b(?:jobbar|arbetar) (?:jag |vi )?(?:pa|hos|vid|for) (?:\w+ )?(?:region\b|lansstyrelsen\b|\w+ kommun\b)"
    r"[^.!?]{0,20}\b(?:istallet|i stallet|numera)\b")
#: Whether the signup held still stands, asked ("får jag fortfarande vara med?", "gäller min plats fortfarande?", "går
#: platsen till Avesta?", "can I still take part?", "does the place belong to ...?"): beside a new employer, a question.
#: Not "gäller anmälan ändå?" alone: the signup taken to stand, the new employer is a change of details (round 14).
_STILL_ASKED = re.compile(
    r"\b(?:far|kan|ska) (?:jag|vi) (?:\w+ )?(?:fortfarande|anda|fortsatt|trots det) (?:vara med|va med|delta|ga|"
    r"komma|ha kvar|behalla)\b|\b(?:galler|star) (?:\w+ ){0,2}(?:anmalan|anmalningen|plats|platsen) (?:\w+ )?"
    r"(?:fortfarande|kvar)\b|\b(?:gar|tillhor|hor|overgar) (?:\w+ ){0,2}(?:plats|platsen|anmalan|anmalningen) "
    r"(?:\w+ )?till\b|\b(?:can|may) (?:i|we) still (?:take part|attend|come|join|participate|keep)\b|"
    r"\b(?:is|does) (?:my|our|the) (?:registration|booking|signup|place|spot|seat) still\b|"
    r"\b(?:does|will) (?:my |our |the )?(?:place|spot|seat|registration) (?:belong|go|pass) to\b")
#: Something asked to be put on record ("kan ni uppdatera min organisation?", "please note the new employer").
_RECORD_ASKED = re.compile(r"\b(?:uppdatera\w*|notera\w*|anteckna\w*|update|note|record)\b")
_FIRST_PERSON = re.compile(r"\b(?:jag|vi|mig|oss|min|mitt|mina|we|my|me|i'(?:ve|m|d))\b|"
                           r"\bi (?:have|am|now|recently|started|changed|moved|switched)\b")
#: Chat forms of the pronouns ("stryk mej", "anmäl dej"), not "ett mej" (a mail).
_CHAT_FORMS = re.compile(r"(?<!\bett )(?<!\bmitt )(?<!\bditt )(?<!\bdet )\b(?:mej|dej|sej)\b")


#: A day and month written with dots ("21.9", "29.11.2027"), not a time ("10.30", "kl. 10.05"): read as written with
#: slashes, so the dot is no sentence's end to the patterns of a clause ("byta från 21.9 till 29.11").
_DOTTED_DATE = re.compile(r"(?<!\bkl\. )(?<!\bkl )(?<!\bklockan )(?<![\d.])(?:[1-9]|0[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?:\.(?:20)?\d\d)?(?![\d]|\.\d)")


def _slashed(m: re.Match[str]) -> str:
    return m.group(0).replace(".", "/")


def _chat_form(m: re.Match[str]) -> str:
    return m.group(0).replace("ej", "ig")


#: An e-mail address missing from a signup ("ni saknar deras e-postadresser", "hans mejladress fattades", "you are
#: missing their e-mail addresses").
_ADDRESS_MISSING = re.compile(r"\b(?:saknar|saknas|saknades|fattas|fattades|missing|lacking|"
                              r"(?:don'?t|do not|didn'?t) have)\b[^.!?]{0,40}\b(?:e-?post|mejl|mail|e-?mail)-?"
                              r"(?:adress\w*|address\w*)|\b(?:e-?post|mejl|mail|e-?mail)-?(?:adress\w*|address\w*) "
                              r"(?:\w+ ){0,2}(?:saknas|saknades|fattas|fattades|(?:is|are|was|were) missing)\b")
#: Nothing else changed ("Inget annat ändras i deras anmälan", "nothing else changes"): what is given is a correction.
_NOTHING_ELSE = re.compile(r"\b(?:inget|inga|ingenting) (?:annat|andra|mer|mera|ovrigt) (?:\w+ )?(?:andras|andrar|"
                           r"ar andrat|har andrats|behover andras|ska andras)\b|"
                           r"\bnothing else (?:\w+ )?(?:changes|changed|to change)\b")


#: Details promised before, now sent ("här kommer uppgifterna jag lovade", "som utlovat", "as promised, here are ..."):
#: what is given completes a signup made before.
_PROMISED = re.compile(r"\b(?:uppgift\w*|adress\w*|mejladress\w*|e-?postadress\w*|details|addresses) (?:\w+ ){0,2}"
                       r"(?:jag|vi|i|we) (?:lovade|utlovade|promised)\b|\butlovade\b|"
                       r"\bsom (?:jag |vi )?(?:utlovat|lovat|lovade)\b|\bas (?:i |we )?promised\b")


#: The writer's own address told ("min adress är eva.ek@orsa.se", "my e-mail is ..."), and a word of putting right
#: ("kan ni rätta det?", "korrigera", "correct it"): an address put right.
_MY_ADDRESS_IS = re.compile(r"\b(?:min|my) (?:\w+ )?(?:e-?post|mejl|mail|e-?mail)?-?(?:adress\w*|address) (?:ar|is) \S+@")
_PUT_RIGHT = re.compile(r"\b(?:ratta|rattar|rattas|korrigera\w*|correct|fix)\b")


def _address_fixed(folded: list[str]) -> list[int]:
    """The sentences giving an address after the writer owns a mistake ("jag skrev lite fel i anmälan ... hans mejl
    är per.ek2@orsa.se", "skrev min mejladress fel ... den som gäller: ..."), or for an address missing from a signup
    made before ("ni saknar deras e-postadresser. Här är de: ...", "här kommer Pers adress ... Inget annat ändras")."""
    if any(_WRONG_WRITTEN.search(f) or _ADDRESS_WRONG.search(f) for f in folded):
        return [i for i, f in enumerate(folded) if _ADDRESS_GIVEN.search(f)]
    if any(_PUT_RIGHT.search(f) for f in folded) and (told := [i for i, f in enumerate(folded) if _MY_ADDRESS_IS.search(f)]):
        return told
    if said := [i for i, f in enumerate(folded)
                if "?" not in f and (_ADDRESS_MISSING.search(f) or _NOTHING_ELSE.search(f) or _PROMISED.search(f))]:
        given = [i for i, f in enumerate(folded) if "@" in f and "?" not in f]
        return sorted(set(said + given)) if given else []
    return []


#: The signup still to come ("en fråga innan jag anmäler mig", "innan vi skickar in vår anmälan", "before we
#: register"): what the message asks is asked before any signup.
_BEFORE_SIGNUP = re.compile(
    r"\b(?:innan|before|prior to)\b (?:(?:jag|vi|ni|man|i|we|you) )?(?:\w+ ){0,2}(?:anmal\w*|registr\w*|register\w*|"
    r"sign\w* up|signup|book\w*|boka\w*|skicka\w* in)\b|"
    # deciding first ("innan vi bestämmer oss för vilka som ska anmäla sig", "before we decide who signs up")
    r"\b(?:innan|before)\b (?:(?:jag|vi|i|we) )?(?:bestammer|bestamt|beslutar|beslutat|bestams|vet|decide\w*|know)\b"
    r"[^.!?]{0,50}\b(?:anmal\w*|registr\w*|register\w*|sign\w* up|book\w*|boka\w*|go\w*|ga|attend\w*|delta\w*)\b|"
    # the signup wanted, a question first ("jag vill anmäla mig men först en fråga", "I'd like to sign up, but first")
    r"\b(?:jag|vi|i|we)(?: (?:vill|ska|tanker|would like to|want to|will)|'d like to) (?:garna )?(?:anmala|registrera|boka|"
    r"register|sign up|book)\b(?: \w+){0,3}[,;]? (?:men|but) (?:forst|innan dess|first|before that)\b")
#: Someone unnamed taking a place, asked ("Kan någon annan ta hans plats?", "could someone else go instead of me?"):
#: whether a substitution is possible, not one made.
_ANYONE = re.compile(r"\b(?:nagon|nagon annan|nan|en annan|en kollega|annan kollega|someone|somebody|anyone|anybody|"
                     r"another|a colleague)\b")
#: A signup handed over or stated ("Här kommer Falu kommuns anmälan", "Anmälan gäller bara mig", "Anm. mig t.
#: samtl. tillf."): a question beside it is a side question.
_DELIVERED = re.compile(
    r"\b(?:har (?:kommer|ar|far (?:du|ni)|kommer nu)|nedan (?:foljer|kommer)|bifogar|bifogat|skickar(?: \w+)?(?: in)?) "
    r"(?:\w+ ){0,3}anmal(?:an|ning|ningar|ningarna)\b(?![^.!?]*\b(?:senare|sedan|snart|later|nar|innan)\b)|"
    r"\banmalan (?:galler|avser)\b(?! (?:som )?(?:forut|fortfarande|som tidigare|oforandrad))|"
    r"\b(?:here (?:is|are|comes)|please find|attached (?:is|are)?) (?:\w+ ){0,3}registrations?\b|"
    r"(?:^|[\s:])anm\.? (?:mig|oss|hen|henne|honom|foljande)\b|"
    # the participants handed over ("här är våra deltagare från enheten:", "here are our participants")
    r"\bhar (?:kommer|ar|far (?:du|ni)) (?:vara|mina|vart|foljande|de) (?:\w+ ){0,2}deltagare\b|"
    r"\bhere (?:is|are|comes) (?:our|my|the) (?:\w+ ){0,2}participants\b")
#: A session missing from a signup or its confirmation ("22 februari saknas", "the February date is missing").
_MISSING = re.compile(r"\b(?:saknas|fattas|(?:kom|finns|star|fanns|stod) (?:\w+ )?(?:inte|ej) med|har (?:fallit|ramlat) bort|"
                      r"is missing|are missing|missing from|(?:was|were|is|are) left out|(?:is|are|was|were)n?'?t? (?:not )?listed)\b")
#: A correction of an earlier signup ("jag skrev fel", "det var 29/11 jag menade", "Ändring: ...", "I meant").
_CORRECTS = re.compile(r"\b(?:skrev fel|skrivit fel|blev (?:det )?fel|(?:har |hade )?blivit (?:\w+ )?fel|"
                       r"(?:det )?skulle (?:ha )?varit?|(?:det )?ska (?:det )?vara|it should (?:have )?be(?:en)?|fel datum|"
                       r"felaktig\w*|menade|rattelse|"
                       r"korrigering|andring|wrote the wrong|wrong (?:date|session|day)|i meant|correction)\b")
#: A mistake owned ("jag skrev fel i min anmälan", "fel datum", "I wrote the wrong date") and what was meant said
#: ("jag menade 29 november", "I meant ..."): a correction even without a session denied.
_WRONG_WRITTEN = re.compile(r"\b(?:skrev|skrivit|angav|angett|uppgav|uppgett) (?:\w+ ){0,2}fel\b|\bfel datum\b|"
                            r"\b(?:wrote|put|gave) (?:down |in )?(?:the )?wrong\b|\bwrong date\b|"
                            # "I made a mistake in my last email"
                            r"\bmistake in my (?:last |previous |earlier |first )?(?:e-?mail|mail|message|registration)\b")
_MEANT = re.compile(r"\b(?:menade|skulle (?:ha )?varit|ska vara|egentligen|meant|should (?:have )?be(?:en)?)\b")
#: A session denied in a correction ("inte 21 september", "not the May one").
_NOT_SESSION = re.compile(r"\b(?:inte|ej|not)\s+(?:(?:till|for|to|on)\s+)?(?:den\s+|the\s+|i\s+|pa\s+)?"
                          + _SESSION_WORD)
#: What the writer asked for, against what was booked ("ni har anmält mig till alla fyra men jag bad bara om 21/9",
#: "I only asked for May"): a correction.
_ASKED_ONLY = re.compile(r"\b(?:jag|vi) bad (?:\w+ )?(?:bara |endast |enbart )?om\b|\b(?:i|we) (?:only )?asked "
                         r"(?:only )?for\b")
#: An earlier message of the writer's ("som jag skrev förra veckan", "i mitt förra mejl", "as I wrote", "skrev fel").
_EARLIER = re.compile(r"\b(?:som jag (?:skrev|angav|uppgav)|(?:skrev|skrivit|angav|angett|uppgav|uppgett) (?:\w+ )?fel|(?:i )?mitt (?:forra|tidigare|forsta) (?:mejl|mail|meddelande)|"
                      r"forra veckan|tidigare (?:i veckan|idag)|as i wrote|what i wrote|last week|in my (?:last|previous|earlier) (?:e-?mail|mail|message)|"
                      # a form filled in before ("jag kryssade i alla fyra", "klickade jag i alla träffar", "I ticked all four")
                      r"(?:kryssade|klickade|bockade|markerade|valde) (?:jag |vi )?(?:nog |visst |tydligen )?(?:i|for|alla)|"
                      r"(?:i|we) (?:ticked|checked|clicked|selected) )\b")
#: A time gone by ("i januari", "förra veckan", "för ett tag sen", "i höstas", "last month", "two weeks ago"), folded.
_PAST_TIME = (r"tidigare|redan|forra (?:veckan|manaden|aret)|i forra \w+|for (?:\w+ ){1,3}sedan|for (?:\w+ ){1,3}sen|"
              r"i (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|hostas|"
              r"varas|vintras|somras|julas|borjan av \w+|(?:jan|feb|apr|aug|sept?|okt|nov|dec)\b)|"
              r"last (?:week|month|year|autumn|spring)|earlier|(?:a|one|two|three|some|a few|several) (?:\w+ )?"
              r"(?:days?|weeks?|months?) ago|in (?:january|february|march|april|may|june|july|august|september|october|"
              r"november|december|the autumn|the spring)")
#: A cancellation someone made themselves and is told of ("Jonatan har avanmält sig", "she has cancelled"): news,
#: beside which a freed place may be asked for.
#: A replacement found for someone ("nu har vi en ersättare för Hassan Omar", "we have now found a replacement for
#: Karin Holm"), up to the name of the one replaced.
_FOUND_FOR_TEXT = (r"\b(?:(?:nu |antligen |now |finally )?(?:har vi|vi har|we have|we've)) (?:nu |now |aven |also |"
                   r"finally |antligen )?(?:hittat |found |fatt |got )?(?:en |a )?(?:ny |new )?"
                   r"(?:ersattare|replacement|substitute|eftertradare|successor|vikarie) (?:for|till|to|efter|after) "
                   r"(?:[\w-]+ ){0,2}[\w-]+")
_FOUND_FOR = re.compile(_FOUND_FOR_TEXT)
_REPORTED_CANCEL = re.compile(_FOUND_FOR_TEXT + "|"
                              r"\b(?:har|hade) (?:\w+ ){0,3}(?:avanmalt|avbokat) sig\b|\b(?:avanmalde|avbokade) sig\b|"
                              r"\b(?:has|had) (?:\w+ )?(?:cancell?ed|withdrawn)\b|"
                              # one cancelled by another before ("Per, som Eva avanmälde tidigare", "he was withdrawn
                              # last week")
                              r"\b(?:avanmalde|avanmaldes|avbokade|avbokades) (?:\w+ ){0,2}(?:tidigare|redan|forra veckan|"
                              r"for ett tag sedan)\b|\b(?:was|were) (?:\w+ )?(?:cancell?ed|withdrawn) (?:earlier|already|"
                              r"last week|some time ago)\b|"
                              # told in an earlier mail ("som Per skrev till dig förra veckan kan han inte gå", "som jag
                              # skrev i mars avanmälde vi Eva", "as Tom wrote last week, he has left")
                              r"\b(?:som|as) (?:\w+ ){1,3}(?:skrev|skrivit|meddelade|meddelat|namnde|namnt|berattade|sa|"
                              r"wrote|said|mentioned|told you)\b[^.!?]{0,80}\b(?:avanmalde|avanmaldes|avanmalt|avbokade|"
                              r"avbokades|avbokat|slutat|kan (?:han|hon|hen|de) (?:\w+ )?(?:inte|ej)|kunde (?:[\w-]+ ){0,3}(?:inte|ej)|"
                              r"could(?:n'?t| not)|cancell?ed|withdrew|"
                              r"withdrawn|(?:has|had) left|(?:he|she|they) (?:can'?t|cannot)|hoppade (?:\w+ ){0,3}av|"
                              r"fick (?:\w+ ){0,2}forhinder|lamnade aterbud|(?:had to )?drop(?:ped)? out|pulled out)|"
                              # given up at a time gone by ("avanmälde i januari sina deltagare", "hoppade av för ett
                              # tag sen", "fick förhinder i höstas", "cancelled last month", "dropped out in March")
                              r"\b(?:avanmalde|avanmaldes|avbokade|avbokades|hoppade av|fick (?:\w+ ){0,2}forhinder|"
                              r"lamnade aterbud|strok|stroks|cancell?ed|withdrew|dropped out|pulled out)\b"
                              r"(?: [\w-]+){0,5} (?:" + _PAST_TIME + r")|"
                              r"\b(?:" + _PAST_TIME + r")(?: \w+){0,4} (?:avanmalde|avanmaldes|avbokade|avbokades|"
                              r"hoppade|fick (?:\w+ ){0,2}forhinder|lamnade aterbud|strok|stroks|cancell?ed|withdrew|"
                              r"dropped out|pulled out)\b|"
                              # given up as the reason of a new signup ("eftersom Leo hoppade av vill vi anmäla Nora")
                              r"\b(?:eftersom|sedan|efter att|since|now that) (?:\w+ ){1,3}(?:hoppade av|avanmalde|"
                              r"avbokade|lamnade aterbud|fick (?:\w+ ){0,2}forhinder|dropped out|pulled out|withdrew|"
                              r"cancell?ed)\b")
#: Whether a place may be shared or taken in turns, asked ("går det att vi delar på en plats?", "can two of us share
#: one seat?"): a question before any signup.
_SHARE_ASKED = re.compile(r"\b(?:dela|delar|dela pa|delar pa|turas om|share|sharing|take turns|split)\b[^.!?]{0,30}"
                          r"\b(?:plats\w*|place|spot|seat)\b[^.!?]{0,200}\?|\bturas om\b[^.!?]{0,200}\?|\btake turns\b[^.!?]{0,200}\?")
#: A job sought ("jag söker jobb som planerare", "bifogar mitt CV", "I am applying for a position"): no business
#: of the event's.
_JOB = re.compile(r"\b(?:soker|sokt|ansoker om) (?:\w+ )?(?:jobb|tjanst\w*|anstallning|arbete|praktik\w*)\b|"
                  r"\bjobbansokan\b|\b(?:mitt|my) (?:cv|resume|curriculum vitae)\b|\bpersonligt brev\b|\bcover letter\b|"
                  r"\b(?:apply|applying) for (?:a |the |this )?(?:job|position|post|vacancy|internship)\b")
#: What only a message about the event speaks of.
_EVENT_ASKED = re.compile(r"\b(?:traff\w*|tillfall\w*|sessions?|dalalab|larprojekt\w*|workshops?|anmal\w*|avanmal\w*|"
                          r"registr\w*|sign(?:ing)? (?:me |us )?up|fika|lunch)\b")
_QUESTION_WORDS = re.compile(r"\b(?:undrar|fraga|fragor|wonder(?:ing)?|could you tell|kan ni beratta|"
                             r"vill veta|want to know)\b")


#: The rest said to stand beside a session given up ("3/5 står fast", "resten ok", "övriga går bra", "de andra datumen
#: gäller som förut", "the rest is fine", "3 May still stands").
_KEPT_STANDS = re.compile(
    r"\b(?:star|galler) (?:\w+ )?(?:fast|kvar|som forut|som tidigare|som planerat)\b|"
    r"\b(?:resten|ovriga|ovrigt|de andra|dom andra|andra)(?: \w+)? (?:(?:ar|e|gar|funkar|fungerar|galler|ok)\b ?)"
    r"(?:ok\b|bra\b|fint\b|som forut\b|som tidigare\b|som planerat\b|oforandrad\w*|kvar\b|fortfarande\b)?|"
    r"\b(?:resten|ovriga|ovrigt|de andra|dom andra)(?: \w+)? (?:ok|oforandrad\w*)\b|"
    r"\b(?:the )?(?:rest|others|other (?:ones|sessions|dates))(?: \w+)? (?:is|are) (?:still )?"
    r"(?:fine|ok|okay|unchanged|good)\b|"
    r"\bstill (?:stands|holds|on)\b|\b(?:stands|holds) as (?:before|planned)\b|"
    # ("resten kör jag", "övriga tar jag", "the other three sessions stay as they are")
    r"\b(?:resten|ovriga|de andra|dom andra)(?: \w+)? (?:kor|tar|kommer|gar) (?:jag|vi)\b(?! (?:\w+ )?(?:inte|ej)\b)|"
    r"\b(?:the )?(?:rest|others|other (?:\w+ )?(?:ones|sessions|dates|meetings))(?: \w+)? (?:stay|stays|remain|remains) "
    r"(?:as (?:they are|it is|before|planned)|unchanged|the same)\b")
#: A session looked forward to, or goodbye till then ("ser fram emot 3 maj", "vi ses 21/9", "looking forward to May",
#: "see you on 21 September"): nothing asked.
_LOOKING_FORWARD = re.compile(r"\bser (?:\w+ )?fram emot\b|\b(?:vi )?ses\b|\blooking forward\b|\blook forward\b|"
                              r"\bsee you\b")
#: Someone's signup held, said in the third person ("han är anmäld till 21/9", "she is registered for May").
_IS_HELD = re.compile(r"\b(?:ar|is|are|was) (?:\w+ )?(?:anmald\w*|registrerad\w*|registered|signed up|booked)\b")
#: Another session asked for instead ("kan jag ta 22/2 istället?", "could I come on 29 November instead?").
#: (or "in that case": "kan inte 29/11. kan jag ta 22/2 i så fall?", "isf", "in that case")
_INSTEAD_ASKED = re.compile(r"\b(?:istallet|i stallet|instead|i sa fall|isf|in that case)\b")
#: A cancellation offered only as the fallback of what is asked before it ("kan jag ta 22/2 isf? annars stryk mig
#: från nov bara", "Could I come in November instead? Otherwise remove me from September"): not the request.
_FALLBACK = re.compile(r"\b(?:annars|otherwise|or else|i annat fall|if not)\b")
#: Another session asked for without naming it, just before the word of instead ("kan jag komma på någon annan träff
#: i stället?", "kanske en senare träff istället", "could I join another session instead?"), folded: no session to
#: move to, so the one given up is a cancellation.
_UNNAMED_OTHER = re.compile(r"\b(?:(?:nagon|nagot|en|ett|some|any|a)(?: (?:annan|annat|senare|other|later|different))+|"
                            r"another(?: (?:later|different))?) (?:traff\w*|tillfall\w*|session\w*|gang\w*|datum|date|"
                            r"meeting|one)\s*$")
#: The next session asked for by that word alone, just before the word of instead ("kan jag ta nästa istället?",
#: "could I take the next one instead?"), folded: the one after the session given up.
_NEXT_ONE = re.compile(r"\b(?:nasta|next)(?: one)?\s+$")
#: A mail resent ("skickade mejlet nedan till fel adress ... skickar det till dig i stället", "I sent the message
#: below to the wrong address").
_RESENT = re.compile(r"\b(?:skickade|skickat|skickades) (?:\w+ )?(?:mejlet|mailet|meddelandet|det|den) (?:nedan |har )?"
                     r"(?:\w+ ){0,2}till (?:en |den )?(?:fel|gammal|gamla|felaktig) (?:\w+ )?(?:adress\w*|brevlada\w*)|"
                     r"\bsent (?:the |my |this )?(?:e-?mail|mail|message|it)(?: below)? to (?:the |a |an )?(?:wrong|old) "
                     r"(?:\w+ )?address")


def resent(folded: str) -> bool:
    """Whether the (accent-folded) text says the mail below is resent, having gone to a wrong or old address."""
    return bool(_RESENT.search(folded))


#: Thanks for our confirmation ("tack för bekräftelsen", "fick bekräftelsen, tack", "thanks for the confirmation"): a
#: signup held.
_THANKED = re.compile(r"\btack(?:ar|ade)? (?:\w+ )?for (?:\w+ )?bekraftelse\w*|\b(?:fick|fatt|har fatt) (?:er |din |"
                      r"eran )?bekraftelse\w*|\bthanks? (?:\w+ )?for (?:the |your |my )?confirmation\b|"
                      r"\b(?:got|received) (?:the |your |my )?confirmation\b")
#: Whether this is another office or service, asked ("is this the housing office?", "är det här bostadsförmedlingen?",
#: "har jag kommit rätt till kundtjänst?"), not whether it is the right place for the event.
_OTHER_OFFICE = re.compile(r"^\W*(?:\w+[,!]?\s+){0,2}(?:is (?:this|that)|are you|am i (?:writing|talking|speaking) to|"
                           r"(?:ar|e) (?:det har|detta|det dar)|har jag kommit (?:ratt )?till)\b(?! (?:ratt|the right|right|"
                           r"correct)\b)[^?]*\?")
#: What is asked is to see to the message below ("se nedan, kan du fixa det?", "kan ni ta hand om detta?", "could you
#: sort this out?").
_HANDLE_BELOW = re.compile(r"\b(?:kan|kan du|kan ni|could|can|please|would)\b (?:du |ni |you )?(?:\w+ )?(?:fixa|ordna|"
                           r"ta hand om|hantera|handle|sort out|sort|fix|take care of|kolla pa|titta pa|look at|look into)"
                           r"(?: (?:upp|till))? (?:det|detta|den|dem|dessa|this|it|that|these)\b[^.!?]{0,20}\?")
_BELOW = re.compile(r"\b(?:se nedan|nedan|nedanstaende|below|see below|forwarded|vidarebefordr\w*)\b")
_ATTEND_WORD = re.compile(r"\b(?:delta\w*|vara med|va med|attend\w*|join\w*|participat\w*|take part)\b")
#: Taking part remotely ("delta digitalt", "på distans", "via Teams", "join online", "sänds träffarna?").
_REMOTE = re.compile(r"\b(?:digitalt|digital\w*|pa distans|pa lank|via (?:teams|zoom|lank|link)|online|remote\w*|"
                     r"virtuell\w*|virtual\w*|sands|sanda\w*|stream\w*|livesand\w*)\b")
#: The writer's earlier mail set aside ("glöm mitt förra mejl", "bortse från mitt tidigare meddelande", "strunta i det
#: jag skrev i mitt förra mejl", "please ignore my previous email").
_SET_ASIDE = re.compile(r"\b(?:glom|bortse fran|strunta i|ignorera)\b (?:det (?:jag skrev )?(?:i )?)?(?:mitt|mina|det) "
                        r"(?:forra|tidigare|senaste|forsta) (?:mejl|mail|meddelande\w*|sms)|"
                        r"\b(?:ignore|disregard|forget)\b (?:what i wrote in )?my (?:last|previous|earlier|first) "
                        r"(?:e-?mail|mail|message)")
#: Fewer sessions signed up for than confirmed ("jag anmälde mig bara till de två första", "I only signed up for May").
_ONLY_SIGNED = re.compile(r"\b(?:anmalde|registrerade|bokade|anmalt|registrerat) (?:jag |vi )?(?:mig|oss) (?:bara|endast|"
                          r"enbart)\b|\b(?:i|we) (?:only|just) (?:registered|signed up|booked)\b|"
                          r"\b(?:i|we) (?:registered|signed up|booked) (?:only|just)\b")


def _swap_asked(folded: list[str], names_in: Callable[[int], bool]) -> list[int]:
    """The sentences giving up a session and asking for another instead ("kan inte 29/11 längre, kan jag ta 22/2
    istället?", "I can no longer make 21 September. Could I come on 29 November instead?"): the writer's own, a
    session named before the denial and another with the word of instead."""
    for i, f in enumerate(folded):
        if names_in(i) or not (m := _INSTEAD_ASKED.search(f)):
            continue
        near = f[max(0, m.start() - 40):m.end() + 20]
        if not (_SESSION_IN.search(near) or _NEXT_ONE.search(f, 0, m.start())) or _UNNAMED_OTHER.search(f[:m.start()]):
            continue
        for j in range(max(0, i - 1), i + 1):
            said = folded[j][:m.start()] if j == i else folded[j]
            gone = _CANT.search(said) or _CANCEL_WEAK.search(said) or _NO_LONGER.search(said)
            if gone and _SESSION_IN.search(said) and not names_in(j):
                return sorted({j, i})
    return []


#: Some other session, unnamed ("nån annan träff", "ett annat tillfälle", "något av de senare tillfällena", "one of the
#: later sessions", "another session"), folded.
_SOME_OTHER = re.compile(r"\b(?:(?:nagon|nagot|nan|nat|en|ett|some|any|a)(?: (?:annan|annat|senare|other|later|"
                         r"different))+|another(?: (?:later|different))?|(?:nagon|nagot|nan|nat|one|any) (?:av|of) "
                         r"(?:de|dom|the) (?:andra|senare|ovriga|kommande|other|later|remaining)) (?:traff\w*|"
                         r"tillfall\w*|session\w*|gang\w*|datum|dates?|meetings?|ones?)\b")
#: Going elsewhere asked or wished ("byta till", "flytta mig till", "hoppa in på ... i stället", "move me to").
_ELSEWHERE = re.compile(r"\b(?:istallet|i stallet|instead|byta|byt|flytta|boka om|hoppa in|move|switch|swap|"
                        r"transfer)\b")
#: A session given up by the writer ("kan inte 21/9", "har förhinder den 21 september", "can't make 21 Sept").
_GIVEN_UP = re.compile(r"\bforhinder\b|\bcan'?t make\b|\bwon'?t be able\b|\bunable to\b")


def _given_up_for_unnamed(folded: list[str], names_in: Callable[[int], bool]) -> list[int]:
    """The writer's sentences giving up a session named when a later (or the same) sentence asks to go to some other
    session without naming it ("kan inte 21/9. går det att byta till nån annan träff? annars stryk mig från den",
    "... kan jag gå på någon av de senare träffarna i stället, eller blir jag avanmäld helt då?"): no session to move
    to, so the one given up is cancelled, and whether it is moved or given up is to be asked. None when a session is
    named where the other is asked for (a swap)."""
    gone = [i for i, f in enumerate(folded) if not names_in(i) and _SESSION_IN.search(f)
            and (_CANT.search(f) or _CANCEL_WEAK.search(f) or _NO_LONGER.search(f) or _GIVEN_UP.search(f))]
    if not gone:
        return []
    for j, f in enumerate(folded):
        if j >= gone[0] and not names_in(j) and (m := _SOME_OTHER.search(f)) and _ELSEWHERE.search(f) and not (
                _SESSION_IN.search(f, m.start() - 40 if j > gone[0] else m.start(), m.start())
                or _SESSION_IN.search(f, m.end())):
            return [i for i in gone if i <= j]
    return []


#: One struck off a list ("Stryk: Per Holm", "Remove: Per Holm"), folded.
_STRUCK = re.compile(r"^\W*(?:stryk|ta bort|remove|strike|delete)\b")
#: One added to it ("Lägg till: Eva Strand", "Add: Eva Strand"), folded.
_ADDED_ONE = re.compile(r"^\W*(?:lagg till|add)\b")


def _struck_and_added(folded: list[str], names_in: Callable[[int], bool]) -> list[int]:
    """The lines of a list striking one named off and adding another right after ("STRYK: Per Holm" and "LÄGG TILL:
    Eva Strand, eva.strand@..."): one replaced by the other, a substitution."""
    lines = [k for i, f in enumerate(folded[:-1]) if names_in(i) and names_in(i + 1) and _STRUCK.search(f)
             and not _ADDED_ONE.search(f) and _ADDED_ONE.search(folded[i + 1]) for k in (i, i + 1)]
    # ... or both in one sentence ("stryk Per Ek och lägg till Eva Lind", "remove Tom Berg and add Eva Lind")
    return lines + [i for i, f in enumerate(folded) if names_in(i) and i not in lines and _STRUCK_THEN_ADDED.search(f)]


def struck_then_added(folded_sentence: str) -> bool:
    """Whether a sentence strikes one and adds another ("stryk Per Ek och lägg till Eva Lind"): a substitution."""
    return _STRUCK_THEN_ADDED.search(folded_sentence) is not None


_STRUCK_THEN_ADDED = re.compile(r"\b(?:stryk|ta bort|remove|strike|delete)\b[^.!?]{2,60}?(?:,|\b(?:och|samt|and))\s+"
                                r"(?:(?:sa|so|then|sedan|sen)\s+)?(?:lagg till|lagg in|add|skriv upp|satt upp|put)\b")


def _swap_before_fallback(folded: list[str], names_in: Callable[[int], bool]) -> list[int]:
    """The sentences of a swap asked (``_swap_asked``) when every strong cancellation in the message is said only as
    its fallback, after "annars"/"otherwise" ("... kan jag ta 22/2 isf? annars stryk mig från nov bara")."""
    strong = _cancel_hits(_CANCEL_STRONG, folded)
    if not strong or any(_DELIVERED.search(f) or _SIGNUP_MADE.search(f) for f in folded):
        return []
    cut = list(folded)
    for i in strong:
        m = _FALLBACK.search(folded[i])
        if not m or _CANCEL_STRONG.search(folded[i], 0, m.start()):
            return []
        cut[i] = folded[i][:m.start()]
    return [i for i in _swap_asked(cut, names_in) if i < max(strong) or cut[i] != folded[i]]


@dataclass
class IntentReading:
    """The intent read from a message, the kind of change, and the sentences that carry it."""

    intent: Intent
    change: str | None = None
    cue: list[int] = field(default_factory=list)      # indices of sentences carrying the intent
    question: str | None = None
    tentative: bool = False     # a signup asked as a question ("Kan jag anmäla mig till 21/9?"): maybe only asked
    adds: bool = False          # a change that adds sessions to those held (all sessions named are kept)
    told: list[int] = field(default_factory=list)     # sentences telling of a place given up before (not asked now)
    #: The other reading the writer offers beside this one, change or cancellation ("kan jag ta 22/2 isf? annars stryk
    #: mig": a swap, a cancellation its fallback; "jag kan inte 22/2, kan nån annan ta min plats?": a cancellation, a
    #: stand-in maybe): whether places are changed or given up is to be asked (``Unsure.CHANGE_OR_CANCEL``).
    either: Intent | None = None
    #: A session added to a signup made before that the message neither shows nor tells ("ps. ändrade mig, kan komma
    #: på 3 maj också" in a chat): a change, but whether and to which sessions is to be asked.
    held_unseen: bool = False


#: A hedge ("kanske", "eventuellt", "maybe"): folded.
_HEDGE_WORD = re.compile(r"\b" + HEDGE_WORDS + r"(?!\w)")


def _hedged_move(folded_sentence: str) -> bool:
    """Whether a move to another session is only a maybe ("kanske kan jag komma i nov istället", "maybe I could take
    November instead"): a hedge shortly before the move's word."""
    move = _MOVE.search(folded_sentence) or _INSTEAD_WORD.search(folded_sentence)
    return move is not None and _HEDGE_WORD.search(folded_sentence, max(0, move.start() - 50), move.end()) is not None


_INSTEAD_WORD = re.compile(r"\b(?:istallet|i stallet|instead)\b")


def _hits(pattern: re.Pattern[str], folded: list[str]) -> list[int]:
    return [i for i, s in enumerate(folded) if pattern.search(s)]


def _affirmed_hits(pattern: re.Pattern[str], folded: list[str]) -> list[int]:
    """The sentences where ``pattern`` is said, not denied ("ingen ersätter honom" is no substitution)."""
    return [i for i in _hits(pattern, folded)
            if any(not _DENIED.search(folded[i], max(0, m.start() - 30), m.start()) for m in pattern.finditer(folded[i]))]


#: A session added by what it is about ("lägg till den om utvecklingsinriktning också", "add the one on accessibility").
_ADD_THEME = re.compile(r"\b(?:lagg(?:a|er)?|add) (?:\w+ )?(?:till )?(?:den|traffen|the one|the session|the meeting) "
                        r"(?:om|med|pa temat|on|about)\b")
_DATED = re.compile(r"\b" + _SESSION_WORD + r"|\b\w+traff\w*|\b(?:alla|samtliga|all) (?:fyra|tre|tva|four|three|two)\b|"
                    r"\bhela (?:serien|programmet)\b")
_SELF_WORD = re.compile(r"\b(?:jag|vi|mig|oss|i|we|me|us)\b")
#: Others than the writer ("min kollega", "medarbetare", "my colleague").
_OTHERS_WORD = re.compile(r"\b(?:kolleg\w*|medarbetare|chef\w*|colleagues?|co-?workers?|manager|staff|han|hon|hen|"
                          r"honom|henne|he|she|him|her)\b")
#: Adding said not to be needed ("ni behöver inte lägga till dem", "no need to add him"): nothing added.
_NOT_ADDED = re.compile(r"\b(?:inte|ej|not|no need to|don'?t need to)\b (?:\w+ ){0,2}(?:lagga|lagg|add)\b")


#: The writer among those named ("nu vill även Hugo Rask och jag gå på 21/9", "vi (jag, Eva Ek och Per Holm) vill även
#: gå på 29/11", "lägg till den för oss två"): a change
#: of the writer's own signup too.
_WITH_WRITER = re.compile(r"\b(?:och (?:jag|mig)|(?:jag|mig) och|(?:jag|mig), [^\W\d_]+ [^\W\d_]+(?:,| och)|"
                          r"for oss (?:tva|tre|bada|alla)|for (?:oss|us) both|"
                          r"and (?:i|me)|(?:i|me) and)\b")


def _adds(folded: str) -> bool:
    """Whether an (accent-folded) sentence adds a session: "lägg till 29/11", or "29/11 också" (the session within
    30 characters before; not said of a colleague)."""
    if _ADD.search(folded):
        return True
    return ("kolleg" not in folded and "colleague" not in folded
            and any(_SESSION_IN.search(folded[max(0, m.start() - 30):m.start()]) for m in _ADD_AFTER.finditer(folded)))


def _asked_before_signup(folded: list[str]) -> bool:
    """Whether the writer says the signup is still to come ("innan jag anmäler mig: ...") and makes none elsewhere."""
    return (any(_BEFORE_SIGNUP.search(f) for f in folded)
            and not any(_SIGNUP_MADE.search(_BEFORE_SIGNUP.sub("", f)) for f in folded))


#: What we booked or showed denied as what the writer asked for ("det var inte det jag skrev", "det är inte vad jag
#: bad om", "that's not what I signed up for"), folded.
_NOT_ASKED = re.compile(r"\b(?:det|detta|that|this)(?:(?:'s| (?:var|ar|is|was)) (?:inte|ej|not)| (?:was|is)n'?t) (?:alls |at all )?"
                        r"(?:det|vad|what) (?:jag|vi|i|we) (?:skrev|bad om|anmalde|valde|kryssade|wrote|asked for|"
                        r"signed up for|chose|booked|ticked)\b")
#: The writer telling what they signed up for ("jag anmälde mig till 21/9", "I signed up for September"), folded.
_OWN_SIGNUP = re.compile(r"\b(?:jag|vi) (?:anmalde|registrerade|bokade) (?:mig|oss)\b|\b(?:jag|vi) bad (?:\w+ )?om\b|"
                         r"\b(?:i|we) (?:registered|signed up|booked|asked)\b")


def shown_not_asked(folded: list[str]) -> list[int]:
    """The sentences telling what the writer signed up for ("jag anmälde mig till 21/9") beside one denying that what
    we booked or showed is what was asked ("det var inte det jag skrev"); none without such a denial."""
    if not _hits(_NOT_ASKED, folded):
        return []
    # (in the same sentence, after the denial: "det var inte det jag skrev, jag anmälde mig till 21/9")
    return [i for i, f in enumerate(folded)
            if _OWN_SIGNUP.search(f, (denied.end() if (denied := _NOT_ASKED.search(f)) is not None else 0))]


def _miswrote_before(folded_sentence: str) -> bool:
    """Whether a (folded) sentence owns a mistake in the writer's earlier mail and names no session ("Jag angav fel
    datum i mitt mejl i går.", "Oj, jag skrev fel igår.", "I made a mistake in my last email")."""
    return bool(_WRONG_WRITTEN.search(folded_sentence) and _EARLIER.search(folded_sentence)
                and not _SESSION_IN.search(folded_sentence))


def miswrote_earlier(folded: list[str]) -> bool:
    """Whether the writer owns a mistake in their earlier mail ("jag skrev fel i förra mejlet", "I made a mistake in my
    last email")."""
    return any(_WRONG_WRITTEN.search(f) and _EARLIER.search(f) for f in folded)


def _corrected(folded: list[str], registered: list[int], held_elsewhere: bool,
               names_in: Callable[[int], bool]) -> list[int]:
    """The sentences correcting the writer's own earlier signup to other sessions ("jag skrev fel – det var 29/11
    jag menade, inte 21/9", "Ändring: jag kommer bara på 21/9, inte maj som jag skrev"); none when the writer only
    says they cannot come."""
    # (a mistake owned in the sentence before, the sessions after it: "Oj, jag skrev fel igår. Anmäl mig till 21/9")
    out = [i for i, f in enumerate(folded)
           if (_CORRECTS.search(f) or (i and _miswrote_before(folded[i - 1]))) and _SESSION_IN.search(f)
           and not names_in(i) and not _CANCEL_WEAK.search(f) and not _CANT.search(f)]
    if not out and (asked := [i for i in shown_not_asked(folded) if _SESSION_IN.search(folded[i]) and not names_in(i)]):
        # "det står att jag är anmäld till 29 november. Det var inte det jag skrev. Jag anmälde mig till 21/9": what
        # was shown denied, what the writer signed up for said
        return sorted(set(_hits(_NOT_ASKED, folded) + asked))
    if not out:
        return []
    joined = " ".join(folded[i] for i in out)
    # (the earlier mail named in the sentence before: "Jag angav fel datum i mitt mejl i går. Det ska vara ...")
    earlier = (registered or held_elsewhere or _EARLIER.search(joined)
               or any(i and _miswrote_before(folded[i - 1]) for i in out))
    # what was meant said, and a mistake owned or a fix asked for ("jag kryssade i alla fyra, men jag menade bara
    # vårens och höstens träffar. Kan du rätta det?")
    owned = (_MEANT.search(joined) and any(_WRONG_WRITTEN.search(f) or _FIX_ASKED.search(f) for f in folded)
             ) or _ASKED_ONLY.search(joined)
    # the set after it said beside the signup held ("Jag står på 3 maj och 21/9. Det ska vara 3 maj och 29 november")
    said_whole = bool(registered) and _SAID_WHOLE.search(joined)
    return out if earlier and (_NOT_SESSION.search(joined) or owned or said_whole) else []


#: The sessions after a change said whole ("det ska vara 3 maj och 29/11", "it should be May and November"): folded.
_SAID_WHOLE = re.compile(r"\b(?:det|de|datumen|traffarna) (?:ska|skall) (?:\w+ )?vara\b|\bit should be\b")
#: A signup widened, or a mind changed towards coming ("utöka min anmälan", "ändrat mig, kan ändå komma",
#: "extend my registration", "changed my mind, I can make it after all").
_WIDER = re.compile(r"\b(?:utoka|utokar|utokas|utokad|utokning|utvidga\w*)\b|\b(?:(?:har |hade )?andrat|andrade) mig\b|"
                    r"\bkan (?:\w+ )?(?:anda|trots allt|anda) (?:komma|delta|vara med|ga)\b|"
                    r"\b(?:extend|expand|widen)\w* (?:my|his|her|their|our|the) (?:registration|booking|signup)\b|"
                    r"\bchanged my mind\b|\b(?:can|could) (?:make it|come|attend|join) after all\b")
#: A signup held for some sessions only ("anmälde mig bara till maj", "I only signed up for May").
_ONLY = re.compile(r"\b(?:bara|endast|enbart|only|just)\b")
#: Sessions the writer can now only come to ("kan nu bara komma på de två sista", "I can only attend the first
#: one", "går bara på maj"): said beside a signup held, the signup narrowed to them.
_NARROWED = re.compile(r"\b(?:bara|endast|enbart|only)\b (?:\w+ )?(?:komma|ga|gar|delta|deltar|vara med|ar med|narvara|come|"
                       r"attend|join|make|do|"
                       # where the writer is to be left on ("så att jag bara står på 21/9", "endast är anmäld till",
                       # "so I'm only down for …", "only registered for …")
                       r"star|sta|(?:ar|vara) (?:anmald|registrerad|bokad)|down for|(?:registered|signed up|booked) for"
                       r")\b (?:\w+ ){0,3}?(?:" + _SESSION_WORD + r"|(?:forsta|andra|tredje|fjarde|sista|"
                       r"first|second|third|fourth|last)\b)|"
                       # the sessions right after "kan bara" ("men kan bara 21/9 och 29/11 nu", "kan nu endast den 3 maj")
                       r"\b(?:kan|hinner)\s+(?:\w+\s+)?(?:bara|endast|enbart)\s+(?:(?:pa|den|de|dom)\s+)?"
                       r"(?:\d|(?:jan|feb|mars|april|maj|jun|jul|aug|sep|okt|nov|dec)\w*|(?:forsta|andra|tredje|fjarde|"
                       r"sista|tva|tre)\b)")
#: The signup of others told as held or made ("jag skrev att Per och Eva ska på alla träffar", "jag anmälde Per Ek
#: till alla fyra", "Per och Eva är anmälda till ..."): folded text.
_THEIRS_HELD = re.compile(r"\b(?:jag|vi) (?:skrev|sa|angav|uppgav|meddelade) (?:\w+ ){0,3}att (?!jag\b|vi\b)(?:\w+ ){1,6}"
                          r"(?:ska|skulle|kommer|ville) (?:\w+ )?(?:pa|ga|delta|vara med|komma)\b|"
                          r"\b(?:jag|vi) (?:har |hade )?(?:anmalde|anmalt|registrerade|registrerat|bokade|bokat) "
                          r"(?!mig\b|oss\b|inte\b|ej\b)(?:\w+ ){1,6}(?:till|pa|for)\b|"
                          r"\b(?:ar|e|star) (?:redan |ju )?(?:anmalda|registrerade|bokade)\b")
#: Those others named by a pronoun as the ones now coming to fewer ("men de ska bara gå på de två sista").
_THEY = re.compile(r"\b(?:de|dom|hon|han|hen|bada|they|she|he|both)\b")


def others_held(folded: str) -> bool:
    """Whether a (folded) clause tells others' signup as held or made ("jag skrev att Per och Eva ska på alla träffar",
    "jag anmälde Per Ek till alla fyra", "Per och Eva är anmälda till 3 maj")."""
    return bool(_THEIRS_HELD.search(folded))


def _theirs_narrowed(folded: str) -> bool:
    """Whether a sentence naming people tells their signup held, then narrows it by a pronoun ("jag skrev att Per och
    Eva ska på alla träffar, men det stämmer inte – de ska bara gå på de två sista", "Per och Eva är anmälda till alla
    fyra, men de kan bara 3 maj"): a change of their signup, not a new one (not "jag är anmäld till alla, men Per Ek
    kommer bara på 3 maj", the colleague's own signup)."""
    held = _THEIRS_HELD.search(folded)
    narrowed = _NARROWED.search(folded, held.end()) if held is not None else None
    return narrowed is not None and bool(_THEY.search(folded, held.end(), narrowed.start()))  # type: ignore[union-attr]


#: A change asked of us, as a question ("kan du ändra så att jag bara är med på ...", "could you change it so that I
#: only attend ..."): the narrowing it asks for is a request, not a question.
_CHANGE_ASKED = re.compile(r"\b(?:kan|kunde|skulle|could|can|would) (?:du|ni|you) (?:\w+ )?(?:andra|justera|uppdatera|fixa|"
                           r"change|adjust|update)\b")
#: Part of a day only ("bara på förmiddagen 3 maj", "only the afternoon"): the session kept, not the signup narrowed.
_PART_OF_DAY = re.compile(r"\b(?:formiddag\w*|eftermiddag\w*|halva dagen|halvdag\w*|lunch\w*|morning|afternoon|"
                          r"half (?:the|a) day|part of the day)\b")
#: A greeting that may open such a sentence ("Hej, undrar om ...").
_GREETING = r"(?:(?:hej|hejsan|hallo|hello|hi)\b[,!]?\s+)?"
#: How the writer (or anyone) does something, asked at a sentence's opening ("hur avbokar jag", "hur kan man ändra",
#: "how do I cancel", "how would I withdraw"; not "hur som helst", anyhow, nor "hur jag än gör", nor "how are you"),
#: nothing asked of us in it ("..., kan ni stryka mig?", "could you ...", "please"): folded.
_HOW_TO_TEXT = (r"(?:(?:och|men|sa|ok|okej|and|but|so)\W+)?(?:hur (?!som\b)(?:\w+ ){0,2}?(?:jag|man|vi)(?! an\b)|"
                r"how (?:\w+ )?(?:do|does|can|could|should|shall|would|will|may|might|must) (?:i|we|one|you))\b"
                r"(?![^?]*\b(?:(?:kan|kunde|skulle) (?:ni|du)|(?:could|can|would|will) you|please)\b)")
_HOW_TO = re.compile(r"^\W*" + _GREETING + _HOW_TO_TEXT + r"[^?]*\?")
#: A question dictated without its question mark ("hur många från samma kommun får man anmäla", "finns det
#: parkering"): the sentence opens as a question only does.
_DICTATED_QUESTION = re.compile(r"^\W*" + _GREETING +
                                r"(?:hur (?:manga|mycket|lang\w*|gor (?:man|vi)|ska (?:man|vi))|"
                                r"vad (?:kostar|galler|ingar)|far (?:man|vi)|kan man|maste (?:man|vi)|behover (?:man|vi)|"
                                r"finns det|blir det|ingar det|galler det|how (?:many|much|long)|is there|are there|"
                                r"can (?:one|we)|do we need|"
                                # "när" and its verb right after it ("när är sista anmälningsdag", "när börjar
                                # träffen"; not the clause "när jag anmälde mig ..."), "when is ...", "vilket datum ..."
                                r"nar (?:ar|blir|borjar|slutar|stanger|oppnar|gar|kommer|maste|ska|behover|far|galler|"
                                r"sker|halls|ager)|vilke[nt] (?:dag|tid|datum)|vilka (?:datum|dagar|tider)|"
                                r"var (?:ligger|halls)|when (?:is|are|does|do|will|should|must)|what time|"
                                r"where (?:is|are|will)|" + _HOW_TO_TEXT + r")\b[^.!]*$")
#: What may be done if something comes, asked in chat without its mark ("om det blir strul med bilen, kan jag flytta
#: till 29/11 då").
_IF_THEN_ASKED = r"(?:om|ifall) (?:jag|vi|man|det|nagot|nat) [^,.!?]{2,60}, (?:kan|far|gar|ska) (?:jag|vi|man|det)"
_IF_THEN_ASKED_AT = re.compile(r"\W*" + _IF_THEN_ASKED)
#: The same, opening with a wondering and what is wondered ("undrar hur många vi får anmäla från Orsa.", "jag undrar
#: om det blir lunch"), or with an impersonal "går det att" / "är det möjligt att" ("går det att vara med digitalt
#: 29/11"; not the condition "går det bra så anmäler jag mig"): a full stop may close it.
_WONDERED = re.compile(r"^\W*" + _GREETING + r"(?:(?:jag |vi )?undrar (?:om|ifall|hur|vad|nar|"
                       r"vilk\w*|var|varfor)|gar det (?:(?:bra|an|fortfarande|ocksa) )?att|"
                       r"(?:ar|vore) det (?:\w+ )?(?:mojligt|ok|okej|tillatet|lugnt|aktuellt) (?:att|for)|"
                       r"skulle det (?:ga|funka|fungera|vara mojligt)|is it (?:possible|ok|okay|allowed) to|"
                       r"would it be (?:possible|ok|okay)|" + _IF_THEN_ASKED + r")\b[^.!]*\.?\s*$")


def _widened(folded: list[str], subject: str, registered: list[int], register: list[int],
             names_in: Callable[[int], bool], held_elsewhere: bool = False) -> list[int]:
    """The sentences widening the writer's signup held: a word of widening or a mind changed towards coming (in
    the text, or in the subject beside a signup made), or a signup made after one held for some sessions only;
    none said of someone named (but for a word of widening over the writer's earlier signup quoted, which may be
    a list of colleagues: "Kenan kan ändå vara med på alla fyra"), none giving up a session."""
    def own(i: int, named: bool = False) -> bool:
        return (named or not names_in(i)) and not _CANT.search(folded[i]) and not _CANCEL_WEAK.search(folded[i])

    said = [i for i, f in enumerate(folded) if _WIDER.search(f) and own(i, held_elsewhere)
            and (_SESSION_IN.search(f) or i in register)]
    if said:
        return said
    made = [i for i in register if i not in registered and own(i)]
    if made and _WIDER.search(subject):
        return made
    only = [i for i in registered if _ONLY.search(folded[i])]
    # the signup held for some sessions only and the wish for more in one sentence ("anmälde mig bara till första
    # träffen men vill gå på alla nu")
    same = [i for i in only if i in register and own(i) and (m := _ONLY_SIGNED.search(folded[i]))
            and _REGISTER.search(folded[i], m.end())]
    if same:
        return same
    if only:
        return [i for i in made if i > min(only)]
    # the writer's signup held for sessions named, and the writer now wishes to come to sessions named ("står som
    # anmäld till 3 maj och 22 februari ... nu vill jag gärna vara med på alla fyra"), not of a colleague
    dated = [i for i in registered if _DATED.search(folded[i])]
    return [i for i in made if dated and i > min(dated) and _DATED.search(folded[i])
            and _SELF_WORD.search(folded[i]) and not _OTHERS_WORD.search(folded[i])]


#: A signup the writer does not want to make ("jag vill inte råka anmäla någon dubbelt", "I don't want to register
#: anyone twice"): no signup.
_NOT_WANTED = re.compile(r"\b(?:vill|ska|tanker|behover|avser|planerar)(?: jag| vi)? (?:inte|ej|aldrig)"
                         r"(?: (?:raka|heller|alls|att|garna))* $|"
                         r"\b(?:don'?t|do not|won'?t|will not|wouldn'?t|would not) (?:want|wish|need|plan|intend|like) "
                         r"to (?:accidentally )?$")
#: Some people, unnamed, said to want to take part ("vi är 2 som vill anmäla oss", "vi är två från Orsa som gärna vill
#: vara med", "there are two of us who would like to sign up"): beside a question, no signup yet.
_COUNTED = re.compile(r"\b(?:vi|we)(?: (?:ar|e|are)|'re) (?:\d+|tva|tre|fyra|fem|sex|ett par|nagra|flera|ett gang|"
                      r"en grupp|en handfull|manga|two|three|"
                      r"four|five|six|a few|several|a couple)(?: (?:st|stycken|personer|pers|people|of us|till|"
                      r"more))?\b[^.!?]{0,40}\b(?:som|who|that)\b|\bthere (?:are|'re) (?:\d+|two|three|four|five|a few|several|"
                      r"a couple)(?: more)? (?:of us|people|colleagues|planners)\b|"
                      r"\b(?:\d+|two|three|four|five|a few|several) of us (?:would|want|wish|'d|are|plan)\b")


#: The sessions after an addition said ("det blir alltså alla fyra för mig", "räkna med mig på alla fyra då", "så hon
#: går på 3/5, 21/9 och 29/11", "so that's all four for me", "that means 21/9, 29/11 and 22/2").
_RESULT = re.compile(r"\b(?:(?:da|sa|det) blir (?:det )?|blir det |totalt |sammanlagt |"
                     r"rakna med (?:mig|oss|henne|honom) pa |"
                     r"(?:sa|alltsa|da) (?:jag|vi|hon|han|hen|de|dom) (?:gar|kommer|deltar|ar med) (?:pa|i|till) |"
                     r"(?:that'?s|that means|which means|which makes|that makes|this makes|in total|altogether) |"
                     r"(?:so|then) (?:i|we|she|he|they)(?:'ll| will)? (?:be )?(?:coming|attending|going|joining|come|"
                     r"attend|go|join)(?: (?:on|to|at))? )")
#: Several sessions ("alla fyra", "samtliga", "all four", "both").
_SEVERAL = re.compile(r"(?:(?:alltsa|da|nu|ju|then|now|so) )*(?:alla|samtliga|bada|all|both)\b")
#: One session as written ("3 maj", "21/9", "novemberträffen", "the November session"), for counting.
_ONE_SESSION = re.compile(r"\b\d{1,2}(?::[ae])?(?:[/.]\d{1,2}|\.? (?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|"
                          r"nov|dec)[a-z]*)|\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*"
                          r"(?: (?:session|meeting|one|traffen))?|\w*traff\w*|\w*tillfall\w*|\bsession\w*")


def _added_with_result(folded: list[str]) -> list[int]:
    """The sentences adding one session with "också"/"too" and saying the sessions after it ("kan komma på
    novemberträffen också. Räkna med mig på alla fyra!", "vill vara med på 3 maj också, så hon går på 3/5, 21/9 och
    29/11"): the others are held already. Not when the adding sentence names several sessions itself (a first
    signup: "jag kommer 3 maj och vill gå 21/9 också")."""
    for i, f in enumerate(folded):
        if "?" in f or not _adds(f):
            continue
        cue = _ADD.search(f) or next((m for m in _ADD_AFTER.finditer(f)
                                      if _SESSION_IN.search(f[max(0, m.start() - 30):m.start()])), None)
        if cue is None or len(_ONE_SESSION.findall(f[:cue.end()])) > 1:
            continue
        # (the result looked for after the session added, not after all the adding clause reaches: "vill också vara
        # med i november, så han kommer på 3/5 och 29/11")
        added_at = min(cue.end(), m.end()) if (m := _SESSION_IN.search(f, cue.start())) else cue.end()
        for j in range(i, len(folded)):
            start = added_at if j == i else 0
            for m in _RESULT.finditer(folded[j], start):
                tail = folded[j][m.end():]
                if "?" not in folded[j] and (_SEVERAL.match(tail) or len(_ONE_SESSION.findall(tail)) >= 2):
                    return sorted({i, j})
    return []


#: A signup verb whose complement is a diet, no session named ("kan ni skriva upp mig som glutenfri", "notera mig som
#: vegan", "put me down as vegetarian"): the diet recorded, no signup (folded text after the verb).
_AS_DIET = re.compile(r"(?:\s+(?:mig|oss|me|us|honom|henne|him|her))?\s+(?:som|as)\s+(?:(?:en|a|an)\s+)?")


def _diet_recorded(sentence: str, end: int) -> bool:
    """Whether the signup verb ending at ``end`` takes a diet as its complement in a sentence naming no session."""
    m = _AS_DIET.match(sentence, end)
    return m is not None and bool(_DIET_TERM.match(sentence, m.end())) and not _SESSION_IN.search(sentence)


def diet_to_note(folded: list[str]) -> bool:
    """Whether a diet is told and asked noted, in one sentence or the next ("I've gone vegan – could you note that?",
    "jag har blivit vegan. kan ni notera det?"), not only asked about ("blir det vegansk lunch?"): for reading.py, a
    diet change the intent model's QUESTION is not stated over when a side question follows."""
    return any(_NOTE_IT.search(f) and (_DIET_TERM.search(f) or (i > 0 and _DIET_TERM.search(folded[i - 1])))
               for i, f in enumerate(folded))


def diet_recorded(folded: list[str]) -> bool:
    """Whether a sentence (accent-folded) asks a diet recorded with a signup verb, naming no session ("kan ni skriva
    upp mig som glutenfri"): a diet change, though the words are a signup's (for reading.py: the intent model's
    REGISTER is not stated over it)."""
    return any(_diet_recorded(f, m.end()) for f in folded for m in _REGISTER.finditer(f))


#: Thanks for a signup made by us or a colleague ("thanks for registering me", "tack för att ni anmälde mig"): the
#: signup word just before is thanked for, no signup made.
_THANKED_FOR = re.compile(r"\b(?:tack|tackar|thanks?|thank you|many thanks)(?: (?:so much|sa mycket|sa hemskt mycket))? "
                          r"(?:for|for att) (?:(?:du|ni|hon|han|hen|you) )?$")


def _register_hits(folded: list[str]) -> list[int]:
    out = []
    for i, sentence in enumerate(folded):
        for m in _REGISTER.finditer(sentence):
            if _diet_recorded(sentence, m.end()):
                continue
            before = sentence[max(0, m.start() - 40):m.start()]
            if not ((_CONDITIONAL.search(before) and not _POLITE_IF.search(before) and not _REGARDLESS.search(before))
                    or _QUOTA_CONDITION.search(sentence, 0, m.start()) or _NOT_WANTED.search(before)
                    or _THANKED_FOR.search(before)):
                out.append(i)
                break
    return out


def told_given_up(folded: str, at: int) -> bool:
    """Whether position ``at`` of an (accent-folded) sentence lies in a place given up before that it tells of
    ("eftersom Leo Hjort hoppade av vill vi anmäla Nora i hans ställe": Leo's, not Nora's)."""
    return any(m.start() <= at < m.end() for m in _REPORTED_CANCEL.finditer(folded))


def _told_first(folded: list[str], substitutes: list[int]) -> list[int]:
    """The substitution sentences that tell first of a cancellation made before ("hon avanmälde sig i mars, och jag
    tar hennes plats"): the place taken is one given up already."""
    return [i for i in substitutes if (told := _REPORTED_CANCEL.search(folded[i]))
            and (taken := _SUBSTITUTE.search(folded[i], told.end())) and taken.start() >= told.end()]


def _writer_away(folded: list[str], i: int, end: int) -> bool:
    """Whether the writer tells of being away or unable (on leave, cannot come) before position ``end`` of sentence
    ``i``, in a sentence of their own (the writer's "jag", "I")."""
    for j, f in enumerate(folded[:i + 1]):
        said = f[:end] if j == i else f
        if _WRITER_WORD.search(said) and (_LEAVE.search(said) or _CANT.search(said) or _CANCEL_WEAK.search(said)):
            return True
    return False


#: A cancellation the writer says they did not make ("ett mejl om avanmälan som jag inte har skickat", "a
#: cancellation I never sent"), right after the word.
_NOT_SENT = quick(re.compile(r"\w*(?: \w+)? (?:som|that|which) (?:jag|vi|i|we) (?:\w+ )?(?:inte|aldrig|ej|never|did not|didn'?t|"
                       r"have not|haven'?t) (?:\w+ )?(?:skickat|skickade|gjort|gjorde|bett om|begart|sent|made|asked for|"
                       r"requested)\b"))


#: A change of a diet asked ("kan ni ändra det?", "uppdatera kosten", "please change it", "note it").
_DIET_CHANGE_ASKED = re.compile(r"\b(?:andra|andras|notera|anteckna|uppdatera|lagga in|lagg in|skriva in|skriv in|"
                                r"change|update|note)\b")
#: The writer in a sentence of their own, chat forms too ("ja e vegan nu", "jag och min kollega").
_WRITER_SAYS = re.compile(r"\b(?:jag|ja|vi|mig|oss|we|i'm|i am)\b")


def _own_diet_changed(folded: list[str]) -> list[int]:
    """The sentences telling the writer's diet (alone or with others': "jag och min kollega är veganer") and those
    asking its change, next to each other ("ja e glutenfri nu, kan ni ändra det?"); none when the diet is only told
    beside a question about the food ("Jag är vegan. Blir det lunch?", no change asked)."""
    told = [i for i, f in enumerate(folded) if _DIET_TERM.search(f) and _WRITER_SAYS.search(f)]
    asked = [i for i, f in enumerate(folded) if _DIET_CHANGE_ASKED.search(f)]
    near = [j for j in asked if any(abs(i - j) <= 1 for i in told)]
    return sorted(set(near + [i for i in told if any(abs(i - j) <= 1 for j in near)]))


def _cancel_hits(pattern: re.Pattern[str], folded: list[str]) -> list[int]:
    """The sentences where a cancellation is said, not asked about: not of someone if ("om någon hoppar av"), not in
    a question about the terms or the way of cancelling ("hur långt innan måste man avanmäla sig?")."""
    out = []
    for i, sentence in enumerate(folded):
        said = [m for m in pattern.finditer(sentence)
                if not _SOMEONE_IF.search(sentence[max(0, m.start() - 30):m.start()])
                and not _WHOEVER.search(sentence[max(0, m.start() - 30):m.start()])]
        said = [m for m in said if not _NOT_SENT.match(sentence, m.end())]
        if said and not ("?" in sentence and (_TERMS_QUESTION.search(sentence) or _HOW_CANCEL.search(sentence))):
            out.append(i)
    return out


#: Our confirmation said to list fewer sessions than the writer asked for ("bara två träffar står med nedan", "det står
#: bara 3 maj där", "only two sessions are listed below").
_SHOWN_FEWER = re.compile(r"\b(?:bara|endast|enbart|only)\b (?:[\w/]+ ){0,4}(?:star|stod|finns|fanns|kom|ar|var|is|are|"
                          r"was|were) (?:\w+ )?(?:med|listed|included|shown|there)\b|\b(?:star|stod|finns|fanns) (?:det )?"
                          r"(?:bara|endast|enbart)\b|\bonly (?:lists|shows|includes)\b")
#: The confirmation owned to be right ("det stämmer", "det är rätt", "that's correct").
_OWNED_RIGHT = re.compile(r"\b(?:stammer|ar (?:helt )?(?:ratt|korrekt)|(?:is|'s) (?:correct|right)|correct)\b")
#: A correction asked for ("kan ni rätta det?", "korrigera", "kan ni ändra?", "could you fix that?").
_FIX_ASKED = re.compile(r"\b(?:ratta|rattar|rattas|korrigera\w*|correct|fix|update (?:it|that|this)|change (?:it|that|this))\b|"
                        r"\b(?:kan|kunde) (?:ni|du) (?:\w+ )?andra\b|\bandra (?:det|detta|den|pa det)\b")


def _fewer_than_meant(folded: list[str], names_in: Callable[[int], bool]) -> tuple[list[int], bool]:
    """Over our confirmation quoted, the sentences saying it lists fewer sessions than the writer meant ("jag ser att
    bara två träffar står med nedan – jag menade alla fyra. Kan ni rätta det?"), and whether the sessions they name
    add to those held (True when nothing meant is said, only fewer shown beside a wish for more).

    What was meant ("jag menade hela serien") gives the sessions after the change; fewer shown counts beside what
    was meant, a correction asked for or a wish to come; none owned right ("det stämmer, bara 3 maj står med")."""
    shown = [i for i, f in enumerate(folded) if _SHOWN_FEWER.search(f) and not names_in(i) and not _OWNED_RIGHT.search(f)]
    meant = [i for i, f in enumerate(folded) if _MEANT.search(f) and (_SESSION_IN.search(f) or _DATED.search(f))
             and not names_in(i)]
    fix = any(_FIX_ASKED.search(f) for f in folded)
    if meant and (shown or fix):
        return meant, False
    wish = [i for i in _register_hits(folded) if not names_in(i)]
    if shown and (fix or wish) and any(_SESSION_IN.search(folded[i]) or _DATED.search(folded[i]) for i in shown + wish):
        return sorted(set(shown + wish)), True
    return [], False


#: Leave asked for a colleague to come ("kan min kollega Per Lund också följa med på 21/9?", "får min chef hänga med
#: 29/11?", "could my colleague also join in May?"); or, said of someone named, leave for them ("kan Per Lund också
#: vara med 3 maj?").
_COMING_VERBS = (r"(?:folja med|komma|delta|vara med|va med|hanga med|haka pa|ga|narvara|join|come|attend|participate|"
                 r"take part|tag along)\b")
_VERB_COME = r"(?:(?:ocksa|aven|oxa|also|too) )?(?:fa )?" + _COMING_VERBS
_COLLEAGUE_ASKED = re.compile(r"\b(?:kan|far|skulle|could|can|may|might) (?:min|mitt|mina|var|vart|vara|my|our) (?:\w+ )?"
                              r"(?:kollega|kollegor|kolleger|medarbetare|chef|praktikant|vikarie|planerare|handlaggare|"
                              r"colleague|co-?worker|manager|boss|intern|planner)s?\b(?: [\w-]+){0,3}? " + _VERB_COME)
_NAMED_ASKED = re.compile(r"\b(?:kan|far|could|can|may) (?!jag\b|vi\b|man\b|du\b|ni\b|i\b|we\b|you\b|one\b|det\b|it\b)"
                          r"(?:[\w-]+ ){1,3}(?:ocksa|aven|oxa|also|too) (?:fa )?" + _COMING_VERBS)


#: Someone asked added, by the verb of adding before them ("kan vi lägga till Per Ek också?", "kan ni ta med Eva
#: Lind?", "går det att lägga till Per Ek?"): with a name in the sentence, a signup of that person asked; not the
#: writer or a session added.
_NAMED_ADDED = re.compile(r"\b(?:(?:kan|kunde|skulle|far) (?:ni|vi|du|jag)|(?:gar|gick|vore|ar) det (?:\w+ )?att)"
                          r" (?:\w+ )?(?:lagga till|ta med|fa med|skriva upp)\b"
                          r"(?! (?:mig|oss|den|det|dem|dessa|\d|traff\w*|tillfall\w*|sessionen)\b)|"
                          r"\b(?:can|could|would) (?:you|we) (?:please |also )?(?:add|sign up|put down|include)\b"
                          r"(?! (?:me|us|it|that|this|them|those|these|\d|the|another|a)\b)")


#: A sentence led by a third person's pronoun ("Hon kan bara ...", "He can only ..."), folded.
_THIRD_PERSON_LED = re.compile(r"^\W*(?:(?:och|men|and|but) )?(?:hon|han|hen|she|he)\b")


def _of_one_added(folded: list[str], i: int, names_in: Callable[[int], bool]) -> bool:
    """Whether sentence ``i`` tells, by a pronoun, of someone the sentence before asks added ("Kan du lägga till min
    kollega Per Ek? Han kan bara 22/2."): that person's new signup, not the writer's signup narrowed."""
    return (i > 0 and bool(_THIRD_PERSON_LED.search(folded[i])) and names_in(i - 1)
            and _NAMED_ADDED.search(folded[i - 1]) is not None)


def _others_asked(folded: list[str], names_in: Callable[[int], bool]) -> list[int]:
    """The sentences asking leave for a colleague, or for someone named, to come to a session named there (not how:
    "kan min kollega delta digitalt 3 maj?"), or asking someone named added ("kan vi lägga till Per Ek också?")."""
    return [i for i, f in enumerate(folded) if "?" in f and not _REMOTE.search(f) and (
        ((_SESSION_IN.search(f) or _DATED.search(f))
         and (_COLLEAGUE_ASKED.search(f) or (names_in(i) and _NAMED_ASKED.search(f))))
        or (names_in(i) and _NAMED_ADDED.search(f) is not None))]


def _asks_terms(register: list[int], folded: list[str]) -> bool:
    """Whether every signup word is in a question about the terms of taking part, or about when one may sign up
    (not asked as the writer's own leave: "can I still sign up?" is a signup asked), none in a signup made."""
    return (all(_TERMS_QUESTION.search(folded[i])
                or (_WHEN_QUESTION.search(folded[i]) and not _OWN_LEAVE.search(folded[i])) for i in register)
            and not any(_SIGNUP_MADE.search(s) for s in folded))


#: What our own mail got wrong, told ("i bekräftelsen står det fel datum", "det stod fel dag i ert mejl", "your
#: confirmation has the wrong date"): folded.
_OUR_MISTAKE = re.compile(r"\b(?:star|stod|star det|stod det) (?:det )?(?:\w+ )?fel (?:datum|dag|tid)\b|"
                          r"\bfel (?:datum|dag)\b[^.!?]{0,40}\b(?:bekraftelse\w*|mejl\w*|mail\w*|utskick\w*|kallelse\w*)|"
                          r"\b(?:bekraftelse\w*|mejl\w*|mail\w*|utskick\w*|kallelse\w*)\b[^.!?]{0,40}\bfel (?:datum|dag)\b|"
                          r"\b(?:confirmation|e-?mail|mail|invitation)s?\b[^.!?]{0,40}\b(?:the )?wrong (?:date|day)\b|"
                          r"\bwrong (?:date|day)\b[^.!?]{0,40}\b(?:confirmation|e-?mail|mail|invitation)s?\b")
#: Something asked of us or of the signup ("kan ni rätta det", "ändra", "please correct", "jag kan inte", "anmäl"):
#: folded.
_ASKED_OF_US = re.compile(r"\b(?:ratta|rattar|korrigera|justera|uppdatera|fixa|stryk|boka om|flytta|byt|byta|"
                          r"andra (?:det|detta|min|mitt|mina|mig|oss|datum\w*)|anmal(?:a|er)|avanmal(?:a|er)|"
                          r"kan (?:\w+ )?inte|kommer (?:\w+ )?inte|correct|fix|change|update|register|cancel|can'?t|"
                          r"cannot)\b")


def our_mistake_only(folded: list[str]) -> list[int]:
    """The sentences telling only what our mail got wrong, when every sentence naming a session is such and none
    asks anything ("det står fel datum för andra träffen (22 september i stället för 21). Se till att det blir rätt
    i fortsättningen."); none when anything is asked or a sentence names a session otherwise."""
    wrong = [i for i, f in enumerate(folded) if _OUR_MISTAKE.search(f)]
    if not wrong or any("?" in f or _ASKED_OF_US.search(f) for f in folded):
        return []
    if any(_DATED.search(f) for i, f in enumerate(folded) if i not in wrong):
        return []
    return wrong


def classify(sentences: list[str], folded: list[str], subject: str, has_sessions: bool, has_diet: bool,
             names_in: Callable[[int], bool], held_elsewhere: bool = False) -> IntentReading:
    """Read the intent of a message from its own sentences (``folded``: the same, accent-folded).

    ``held_elsewhere``: the writer's signup is shown outside their own words (a reply over our confirmation).
    """
    folded = [_CHAT_FORMS.sub(_chat_form, f) if "ej" in f else f for f in folded]    # "stryk mej" is "stryk mig"
    folded = [_DOTTED_DATE.sub(_slashed, f) if "." in f else f for f in folded]      # "21.9" is "21/9"
    if not any("?" in f for f in folded) and any(_DICTATED_QUESTION.search(f) or _WONDERED.search(f) for f in folded):
        # a question dictated without its mark: read as asked
        dictated = [bool(_DICTATED_QUESTION.search(f) or _WONDERED.search(f)) for f in folded]
        folded = [f.rstrip(" .") + "?" if a else f for f, a in zip(folded, dictated)]
        sentences = [s.rstrip(" .") + "?" if a else s for s, a in zip(sentences, dictated)]
    questions = [s for s in sentences if "?" in s]
    question = " ".join(questions)[:1000] or None
    folded = ["" if "?" in f and _HYPOTHETICAL.search(f) else f for f in folded]
    # how to do something, asked ("hur avbokar jag?", "how can I cancel?"): a question, nothing done by it (a wish said
    # beside it stands: "Jag vill avboka 3 maj. Hur gör jag?"); how to sign up is left to the signup's own rules,
    # which read it with what is told beside it ("We'd like to send three colleagues. How do we register them?")
    folded = ["" if "?" in f and _HOW_TO.match(f) and not _SIGNUP_WORD.search(f) else f for f in folded]
    if has_sessions and (ours_wrong := our_mistake_only(folded)):
        # "i ett av era mejl står det fel datum (22 september i stället för 21)", nothing asked: the dates only tell
        # what our mail got wrong, no session asked for or moved
        folded = ["" if i in ours_wrong else f for i, f in enumerate(folded)]
        has_sessions = False
    joined = " ".join(folded)
    if _scam(joined):
        return IntentReading(Intent.UNKNOWN)
    if hits := _hits(_ERASURE, folded):
        return IntentReading(Intent.ERASURE, cue=hits)
    if _JOB.search(joined) and not _EVENT_ASKED.search(joined + " " + subject):
        return IntentReading(Intent.UNKNOWN)    # a job application to the contact person
    if questions and _asked_before_signup(folded):
        return IntentReading(Intent.QUESTION, question=question)
    if (any("?" in f and _SHARE_ASKED.search(f) for f in folded)
            and not any(_SIGNUP_MADE.search(f) or _REGISTERED.search(f) or _CANCEL_STRONG.search(f) for f in folded)):
        # "går det att vi delar på en plats?": how two may take part, asked before any signup
        return IntentReading(Intent.QUESTION, question=question)
    substitutes = [i for i in _affirmed_hits(_SUBSTITUTE, folded)
                   if not all(_SOMEONE_FOUND.search(folded[i], max(0, m.start() - 60), m.end())
                              for m in _SUBSTITUTE.finditer(folded[i])) and not _ADDRESS_INSTEAD.search(folded[i])]
    substitutes += [i for i, f in enumerate(folded) if i not in substitutes and names_in(i) and "?" not in f
                    and (m := _TAKES_THOSE.search(f)) and _CANT.search(f, 0, m.start())]
    substitutes += [i for i in _struck_and_added(folded, names_in) if i not in substitutes]
    # "Annika Berglund kan inte gå i september. Istället kommer jag den gången": the writer takes a named colleague's
    # place (not the writer's own move: "Jag kan inte 21/9. Istället kommer jag 29/11" names nobody who cannot)
    substitutes += [i for i, f in enumerate(folded) if i not in substitutes and "?" not in f and _WRITER_INSTEAD.search(f)
                    and any(names_in(j) and "?" not in folded[j] and (_CANT.search(folded[j])
                                                                      or _CANCEL_WEAK.search(folded[j]))
                            for j in range(max(0, i - 2), i + 1))]
    if not substitutes and (_hits(_REGISTERED, folded) or held_elsewhere):
        # "Jag är anmäld till alla fyra, men i höst är jag föräldraledig. Min kollega Linda tar därför de två sista":
        # the writer away or unable, sessions held taken by someone named
        substitutes = [i for i, f in enumerate(folded) if names_in(i) and "?" not in f
                       and (m := _TAKES_SESSIONS.search(f)) and _writer_away(folded, i, m.start())]
    if substitutes and all(hedged_stand_in(folded[i]) for i in substitutes):
        # "Jag kan inte vara med i maj. Min kollega Hanna kanske kan gå i mitt ställe, men hon har inte bestämt sig":
        # the stand-in only maybe; what the rest says (a cancellation), the substitution its other reading
        # (what is said before the stand-in, kept: "Antingen stryker ni henne den gången eller så skickar vi någon
        # annan i hennes ställe" cancels her place, a stand-in only its other choice)
        rest = classify(sentences, [_before_hedge(f) if i in substitutes else f for i, f in enumerate(folded)], subject,
                        has_sessions, has_diet, names_in, held_elsewhere)
        if rest.intent == Intent.CANCEL:
            return IntentReading(Intent.CANCEL, rest.change, rest.cue, rest.question or question, rest.tentative,
                                 told=rest.told, either=Intent.CHANGE)
    if asked := [i for i in substitutes if "?" in folded[i] and _ANYONE.search(folded[i]) and not names_in(i)]:
        # "Kan någon annan ta hans plats?": whether someone unnamed may take a place, a question unless more is asked
        if len(asked) == len(substitutes) and not any(_SIGNUP_MADE.search(f) or _CANCEL_STRONG.search(f) for f in folded):
            if own := [i for i, f in enumerate(folded) if "?" not in f and not names_in(i) and _SESSION_IN.search(f)
                       and _I_CANT.search(f) and (_CANT.search(f) or _CANCEL_WEAK.search(f))]:
                # "Jag kan inte 22/2. Kan nån annan ta min plats? Återkommer med namn i så fall": the writer gives the
                # session up; who might go instead is only asked
                return IntentReading(Intent.CANCEL, cue=own, question=question, either=Intent.CHANGE)
            return IntentReading(Intent.QUESTION, question=question)
        substitutes = [i for i in substitutes if i not in asked]
    if substitutes and (told := _hits(_REPORTED_CANCEL, folded)) and not (set(told) & set(substitutes) - set(
            _told_first(folded, substitutes))) and not _cancel_hits(_CANCEL_STRONG, [f for i, f in enumerate(folded)
                                                                                 if i not in told]):
        # "X har avanmält sig. I hans ställe vill Y gå på ...": the place was given up before, Y's is a new signup
        return IntentReading(Intent.REGISTER, cue=sorted(set(substitutes + _register_hits(folded))), question=question,
                             tentative=True, told=told)
    if (substitutes and all(_FOUND_FOR.search(folded[i]) for i in substitutes)
            and not _cancel_hits(_CANCEL_STRONG, folded) and not _cancel_hits(_CANCEL_WEAK, folded)
            and not _hits(_CANT, folded)):
        # "Nu har vi en ersättare för Hassan: Sofie ..., hon anmäls till 21/9": a replacement found for a place given
        # up before (nothing given up here), the newcomer's is a new signup
        return IntentReading(Intent.REGISTER, cue=sorted(set(substitutes + _register_hits(folded))), question=question,
                             tentative=True, told=substitutes)
    if substitutes:
        return IntentReading(Intent.CHANGE, "substitute", substitutes, question)
    if has_sessions and (gone := _given_up_for_unnamed(folded, names_in)):
        # "kan inte 21/9. går det att byta till nån annan träff? annars stryk mig från den": the session given up is
        # cancelled; whether it is moved to another or given up is asked
        return IntentReading(Intent.CANCEL, cue=gone, question=question, either=Intent.CHANGE)
    if (hits := _hits(_MOVE, folded)) and all("?" in folded[i] for i in hits) and any(
            _UNDECIDED.search(f) and "?" not in f for f in folded):
        # "det är möjligt att 21/9 krockar. Går det att byta till 29/11 i så fall? Jag återkommer när jag vet": a swap
        # asked about, nothing decided yet
        return IntentReading(Intent.QUESTION, question=question)
    if hits and (cant := sorted(set(_hits(_CANT, folded)) | set(_cancel_hits(_CANCEL_WEAK, folded)))) and all(
            _hedged_move(folded[i]) for i in hits):
        # "kan inte 21 sept, kanske kan jag komma i nov istället": the session given up; the move to another only a
        # maybe (asked: changed or cancelled)
        return IntentReading(Intent.CANCEL, cue=cant, question=question, either=Intent.CHANGE)
    if hits:
        # "kommer på båda höstträffarna istället för bara den i nov": the sessions after the change, all kept
        return IntentReading(Intent.CHANGE, "sessions", hits, question,
                             adds=all(_INSTEAD_OF_ONLY.search(folded[i]) for i in hits))
    if subject and (hits := [i for i, f in enumerate(folded[:2]) if _SESSION_IN.search(f) and not _MOVE.search(subject)
                             and _MOVE.search(subject + " " + f)]):
        # the move begun in the subject and finished in the text ("Flytta mig" – "från 21/9 till 29/11 om det går")
        return IntentReading(Intent.CHANGE, "sessions", hits, question)
    if (hits := [i for i in _hits(_INSTEAD, folded) if names_in(i) and not _ADDRESS_INSTEAD.search(folded[i])]) and all(
            (_HELD.search(folded[i]) or _IS_HELD.search(folded[i]))
            and any(_SESSION_IN.search(folded[i], m.end(), m.end() + 40)
                    or _SESSION_IN.search(folded[i], max(0, m.start() - 25), m.start())
                    for m in _INSTEAD.finditer(folded[i])) for i in hits):
        # "Hampus Ek är anmäld till 21 september men önskar i stället delta den 29 november": the one named moves to
        # another session, nobody takes his place
        return IntentReading(Intent.CHANGE, "sessions", hits, question)
    if (rather := [i for i in _hits(_RATHER, folded) if names_in(i) and (held_at := _IS_HELD.search(folded[i]))
                   and _SESSION_IN.search(folded[i], held_at.end())]) and all(
            _SESSION_IN.search(folded[i], m.end(), m.end() + 50) for i in rather for m in _RATHER.finditer(folded[i])):
        # "Min kollega Elsa, som är anmäld till 29/11, vill hellre gå på 21 september": the one named moves
        return IntentReading(Intent.CHANGE, "sessions", rather, question)
    if hits:
        if (told := [i for i in _hits(_REPORTED_CANCEL, folded) if i not in hits]) and not _cancel_hits(
                _CANCEL_STRONG, [f for i, f in enumerate(folded) if i not in told]):
            # "Som jag skrev i februari fick Eva förhinder. Nu har vi hittat någon som kan gå i stället: Per ...": the
            # place was given up before, Per's is a new signup
            return IntentReading(Intent.REGISTER, cue=sorted(set(hits + _register_hits(folded))), question=question,
                                 tentative=True, told=told)
        return IntentReading(Intent.CHANGE, "substitute", hits, question)
    register = _register_hits(folded) or [i for i, f in enumerate(folded) if names_in(i) and "?" not in f
                                          and (_NAMED_COMING.match(f) or _SENDS_NAMED.search(f))]
    if not register and not _NAMES_LATER.search(joined):
        # "Vi blir tre från Smedjebacken: Anders – första och sista träffen, Malin – alla fyra ..." (not "vi blir tre,
        # men vilka det blir bestäms senare")
        register = _hits(_COUNT_SAID, folded)
    handed = register or [i for i, f in enumerate(folded) if "?" not in f and _DELIVERED.search(f)]
    if handed and (aside := [i for i in _cancel_hits(_CANCEL_STRONG, folded) + _cancel_hits(_CANCEL_WEAK, folded)
                             if _SELF_ASIDE.search(folded[i])]):
        # "Här är vår anmälan: ... Själv hoppar jag av den här gången", "Här kommer tre anmälningar. Själv ska jag
        # inte delta.": the writer only stays out of the signup
        folded = [("" if i in aside and i not in handed else f) for i, f in enumerate(folded)]
    if handed and (aside := [i for i in _hits(_REGISTERED, folded) if _SELF_ASIDE.search(folded[i]) and i not in handed]):
        # "Här är våra deltagare: ... Själv har jag redan anmält mig i ett separat mejl": the writer's own signup held
        # apart, no part of this one
        folded = [("" if i in aside else f) for i, f in enumerate(folded)]
    back = sorted(set(_affirmed_hits(_BACK, folded)) | {i for i in _affirmed_hits(_AGAIN, folded)
                                                        if not _MUST_AGAIN.search(folded[i])})
    if unmeant := _hits(_CANCEL_UNMEANT, folded):
        # "Jag menade inte att avanmäla mig, det mejlet skulle till en annan kurs. Jag vill vara kvar på 21 september":
        # the cancellation undone, the sessions stayed on asked back
        back = sorted(set(back) | set(_affirmed_hits(_STAY_ON, folded)))
    if not back and (before := {i: m.start() for i, f in enumerate(folded)
                                if (m := _CANCELLED_BEFORE.search(f)) and _REPORTED_CANCEL.search(f)}):
        # "jag avanmälde mig i januari men nu kan jag vara med ändå, på alla träffarna": a mind changed after a
        # cancellation made before, coming after all
        # (or asked: "avanmälde mig i jan men nu funkar det ändå, kan jag komma 21/9?")
        asked_back = {j for j, f in enumerate(folded) if "?" in f and _ATTEND_ASKED.search(f)}
        back = [i for i in sorted(set(register) | asked_back)
                if i >= min(before) and ("?" not in folded[i] or i not in register) and not _CANT.search(folded[i])
                and (m := _AFTER_ALL.search(folded[i])) and m.start() > before.get(i, -1)]
    if back and (said := [i for i in _cancel_hits(_CANCEL_STRONG, folded) if i not in back]) and all(
            _CANCELLED_STATE.search(folded[i]) and _MEANT.search(folded[i]) for i in said):
        # "i bekräftelsen står att jag är avanmäld från alla träffar, men jag menade bara 3 maj. Lägg tillbaka mig på de
        # andra": the cancellation was wider than meant, the writer's sessions after the change are those put back
        return IntentReading(Intent.CHANGE, "sessions", back, question)
    if back and all(
            i in back or i in unmeant or _CANCELLED_BEFORE.search(folded[i])
            for i in _cancel_hits(_CANCEL_STRONG, folded)):
        # "jag avanmälde mig från 3 maj, men kan komma ändå – kan ni lägga tillbaka mig?": the place asked back
        return IntentReading(Intent.REGISTER, cue=back, question=question, tentative=True)
    if has_sessions and (swapped := _swap_before_fallback(folded, names_in)):
        # "kommer inte kunna 29 nov. kan jag ta 22 feb isf? annars stryk mig från nov bara": the swap is asked, the
        # cancellation only its fallback
        return IntentReading(Intent.CHANGE, "sessions", swapped, question, either=Intent.CANCEL)
    told_before: list[int] = []
    if hits := _cancel_hits(_CANCEL_STRONG, folded):
        if not (set(register) - set(hits) and all(_REPORTED_CANCEL.search(folded[i]) for i in hits)):
            return IntentReading(Intent.CANCEL, cue=hits, question=question)
        # (a cancellation told as news beside a signup: "X har avanmält sig, så Y kan få platsen; hon vill gå på alla")
        told_before = hits
    if register and _DEFERRED.search(joined):
        register = []       # "jag anmäler henne inte ännu": the wishes to take part are no signup yet
    if register and (asked := [i for i, f in enumerate(folded) if "?" in f and _WHO_MAY.search(f)]) and all(
            i > min(asked) and _IF_SO.search(folded[i]) and not _REGARDLESS.search(folded[i]) for i in register) and not any(
            _SIGNUP_MADE.search(f) for f in folded):
        # "Får politiker också delta? Om det går vill jag gärna gå på ...": the wish hangs on the answer, a question
        return IntentReading(Intent.QUESTION, question=question)
    if register and (asked := [i for i, f in enumerate(folded) if "?" in f and _REMOTE.search(f)]) and all(
            i > min(asked) and (_IF_SO.search(folded[i]) or _OTHERWISE.search(folded[i]))
            and not _REGARDLESS.search(folded[i]) for i in register) and not any(
            _SIGNUP_MADE.search(f) for i, f in enumerate(folded) if i not in register):
        # "Finns det möjlighet att delta digitalt den 21/9? I så fall anmäler vi gärna ett par personer": the signup
        # hangs on how one may take part, asked
        return IntentReading(Intent.QUESTION, question=question)
    if (register and not has_sessions and not any(names_in(i) for i in range(len(folded)))
            and any(_SENDS.search(folded[i]) for i in register)
            and all((_SENDS.search(folded[i]) or "?" in folded[i]) and not _SIGNUP_MADE.search(folded[i]) for i in register)
            and any("?" in f and _SIGNUP_WORD.search(f) for f in folded)):
        # "Min chef vill skicka tre handläggare. Kan jag anmäla alla tre i samma mejl?": staff to be sent, nobody
        # named, no session: how to sign them up is asked, no signup made yet
        return IntentReading(Intent.QUESTION, question=question)
    if (register and questions and not has_sessions and not any(names_in(i) for i in range(len(folded)))
            and any(_COUNTED.search(folded[i]) for i in register)
            and all(_COUNTED.search(folded[i]) or ("?" in folded[i] and not _SIGNUP_MADE.search(folded[i]))
                    for i in register)):
        # "finns det platser kvar? vi är 2 som vill anmäla oss": some unnamed want to come, no session, asked first
        return IntentReading(Intent.QUESTION, question=question)
    if register and _asks_terms(register, folded):
        return IntentReading(Intent.QUESTION, question=question or " ".join(sentences)[:1000])
    registered = _hits(_REGISTERED, folded)
    if ((registered or held_elsewhere) and not _cancel_hits(_CANCEL_WEAK, folded)
            and (moved := [i for i, f in enumerate(folded) if _JOB_CHANGE.search(f) and not names_in(i)
                           and _FIRST_PERSON.search(f)])):
        if (any("?" in f and _STILL_ASKED.search(f) for f in folded)
                and not any(_FIX_ASKED.search(f) or _RECORD_ASKED.search(f) for f in folded)):
            # "jag anmälde mig från Avesta men har börjat på Länsstyrelsen. Får jag fortfarande vara med?": whether the
            # signup survives the new employer is asked, nothing is asked to be changed
            return IntentReading(Intent.QUESTION, question=question)
        # "jag är anmäld sedan december men har bytt jobb från Säter till Falun": the signup held, the employer new
        return IntentReading(Intent.CHANGE, "details", sorted(set(moved + registered)), question)
    if register and set(register) <= set(registered + _hits(_UPDATE, folded)) and (details := _hits(_DETAILS, folded)):
        # the signup words speak of the signup held ("jag råkade anmäla mig från fel adress, ändra till ...")
        return IntentReading(Intent.CHANGE, "details", sorted(set(details + registered)), question)
    if ((registered or held_elsewhere) and has_sessions
            and (missing := [i for i, f in enumerate(folded) if _MISSING.search(f) and _SESSION_IN.search(f)
                             and not names_in(i)])):
        # "jag anmälde mig till alla fyra, men i bekräftelsen saknas 22 februari": the session held is added back
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(registered + missing)), question, adds=True)
    if (held_elsewhere and has_sessions and not _cancel_hits(_CANCEL_WEAK, folded) and not _hits(_CANT, folded)
            and (short := _fewer_than_meant(folded, names_in))[0]):
        # our confirmation quoted: "bara två träffar står med nedan – jag menade att anmäla mig till hela serien, alltså
        # alla fyra. Kan ni rätta det?": the sessions after the change are those meant
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(registered + short[0])), question, adds=short[1])
    if has_sessions and (fixed := _corrected(folded, registered, held_elsewhere, names_in)):
        return IntentReading(Intent.CHANGE, "sessions", fixed, question)
    if ((registered or held_elsewhere) and has_sessions
            and (added := [i for i, f in enumerate(folded) if (_adds(f) and (not names_in(i) or _WITH_WRITER.search(f)))
                           or (_TOTAL.search(f) and _SESSION_IN.search(f) and "?" not in f)]
                 or [i for i, f in enumerate(folded) if _ADD_THEME.search(f) and not names_in(i)]
                 or [j for i, f in enumerate(folded) if i and _ADD_IT.search(f) and not names_in(i)
                     and not _NOT_ADDED.search(f)
                     and _SESSION_IN.search(folded[i - 1]) and i - 1 not in registered for j in (i - 1, i)])):
        # a session added to the signup held ("lägg till 29/11 också"), or the sessions summed up after the change
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(registered + added)), question, adds=True)
    if (has_sessions and not any(_SIGNUP_WORD.search(f) and not _UPDATE.search(f) for f in folded)
            and (added := _added_with_result(folded))):
        # "Nu kan jag komma på novemberträffen också. Räkna med mig på alla fyra!": a session added, the sessions
        # after it said: a signup held is widened
        return IntentReading(Intent.CHANGE, "sessions", added, question, adds=True)
    if has_sessions and (taken := [i for i, f in enumerate(folded) if _TAKEN_TOO.search(f) and not names_in(i)]):
        # "Emma är sjukskriven, så jag tar hennes två träffar också": the writer's signup widened by hers
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(registered + taken)), question, adds=True)
    if (registered or held_elsewhere) and has_sessions and (wider := _widened(folded, subject, registered, register,
                                                                             names_in, held_elsewhere)):
        # a signup held, widened ("Utöka min anmälan": "jag anmälde mig bara till maj, nu vill jag gå på alla fyra";
        # "ändrat mig, kan ändå komma 3 maj"): the sessions after the change
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(registered + wider)), question, adds=True)
    if (not (registered or held_elsewhere) and has_sessions
            and (later := [i for i, f in enumerate(folded) if _WIDER.search(f) and _adds(f) and not names_in(i)
                           and not _CANT.search(f)])):
        # "ps. ändrade mig, kan komma på 3 maj också": a mind changed towards a session more, the signup it widens
        # not shown
        return IntentReading(Intent.CHANGE, "sessions", later, question, adds=True, held_unseen=True)
    if held_elsewhere and has_sessions and (fewer := [i for i, f in enumerate(folded) if _ONLY_SIGNED.search(f)
                                                      and _SESSION_IN.search(f) and not names_in(i)]) and not (
            _cancel_hits(_CANCEL_WEAK, folded) or _hits(_CANT, folded)):
        # our confirmation quoted, "jag anmälde mig bara till de två första (3 maj och 21 september)": put right
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(registered + fewer)), question)
    ours = any(_OURS_ADJUSTED_RE.search(f) for f in folded)
    if (registered or held_elsewhere or any(_theirs_narrowed(f) for f in folded)) and has_sessions and (narrowed := [
            i for i, f in enumerate(folded) if ("?" not in f or _CHANGE_ASKED.search(f))
            and (ours or not names_in(i) or _theirs_narrowed(f))
            and _NARROWED.search(f)
            and not _PART_OF_DAY.search(f) and not _of_one_added(folded, i, names_in)]):
        # a signup held, narrowed ("jag anmälde mig till alla fyra men kan nu bara komma på de två sista"; "Vi behöver
        # justera våra anmälningar. Per Ek kommer bara på 3 maj, inte på hösten": those named, a withdrawal from the
        # rest as well)
        denied = any(_REST_DENIED.search(folded[i]) for i in narrowed)
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(registered + narrowed)), question,
                             either=Intent.CANCEL if denied and ours else None)
    if (held := _hits(_HELD, folded)) and has_sessions and (preferred := [i for i in _hits(_PREFER, folded)
                                                         if _SESSION_IN.search(folded[i]) and not names_in(i)]):
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(held + preferred)), question)
    if (has_sessions and not any(_DELIVERED.search(f) or _SIGNUP_MADE.search(f) for f in folded)
            and (swapped := _swap_asked(folded, names_in))):
        if all(_hedged_move(folded[i]) for i in swapped) and (
                cant := sorted(set(_hits(_CANT, folded)) | set(_cancel_hits(_CANCEL_WEAK, folded)))):
            # "kan inte 21 sept, kanske kan jag komma i nov istället": the session given up; the other only a maybe
            return IntentReading(Intent.CANCEL, cue=cant, question=question, either=Intent.CHANGE)
        # "kan inte 29/11 längre, kan jag ta 22/2 istället?": a session given up and another asked for instead
        return IntentReading(Intent.CHANGE, "sessions", swapped, question)
    # beside a signup held, coming said without a word of signing up or adding ("jag är anmäld till alla fyra, men
    # 21/9 krockar. Jag kommer alltså på 3 maj, 29/11 och 22/2"): the sessions kept
    coming = [i for i in register if registered and i not in registered and "?" not in folded[i]
              and not _SIGNUP_WORD.search(folded[i]) and not _adds(folded[i]) and not names_in(i)]
    if register and set(register) <= set(registered + _hits(_AS_PLANNED, folded) + _hits(_KEPT_REST, folded)
                                          + coming) and (weak := _cancel_hits(_CANCEL_WEAK, folded) or [
            i for i in _hits(_CANT, folded) if "?" not in folded[i] and _SESSION_IN.search(folded[i])]):
        # the signup words speak only of the signup held ("vi kommer på de andra som vi anmält oss till")
        return IntentReading(Intent.CANCEL, cue=weak, question=question)
    if has_sessions and (aside := _hits(_SET_ASIDE, folded)) and not _hits(_CANT, folded) and not _cancel_hits(
            _CANCEL_WEAK, folded):
        # "Glöm mitt förra mejl. Nu blir det så att jag går på alla fyra": the sessions said anew over an earlier mail
        return IntentReading(Intent.CHANGE, "sessions", sorted(set(aside + register + [
            i for i, f in enumerate(folded) if _SESSION_IN.search(f) and not names_in(i)])), question)
    if register:
        tentative = all(_ASKS_LEAVE.search(folded[i]) for i in register)
        if tentative and _UNSURE_ASK.search(joined):
            # "kan jag anmäla mig fast jag inte vet om jag kan? eller ska jag vänta?": asked, no signup yet
            return IntentReading(Intent.QUESTION, question=question)
        return IntentReading(Intent.REGISTER, cue=register, question=question, tentative=tentative,
                             told=[i for i in told_before if i not in register])
    if has_sessions and (asked := [i for i, f in enumerate(folded) if _ASKS_LEAVE.search(f) and (
            _REGISTER.search(f) or (_ATTEND_ASKED.search(f) and _SESSION_IN.search(f) and not _HOW_ATTEND.search(f)))]
            # leave asked for a colleague ("kan min kollega per lund också följa med på träffen 21/9?")
            or _others_asked(folded, names_in)):
        if _UNSURE_ASK.search(joined):
            return IntentReading(Intent.QUESTION, question=question)
        return IntentReading(Intent.REGISTER, cue=asked, question=question, tentative=True)
    if hits := _cancel_hits(_CANCEL_WEAK, folded):
        return IntentReading(Intent.CANCEL, cue=hits, question=question)
    if (held or held_elsewhere or _hits(_KEPT_REST, folded) or _hits(_AS_PLANNED, folded)
            or _hits(_NO_LONGER, folded) or _hits(_KEPT_STANDS, folded)) and (hits := [
                i for i in _hits(_CANT, folded) if "?" not in folded[i] and _SESSION_IN.search(folded[i])]):
        # beside a signup held (or our confirmation quoted), a session the writer cannot do ("kan tyvärr inte den 21/9, resten står kvar")
        return IntentReading(Intent.CANCEL, cue=hits, question=question)
    if (hits := _hits(_DETAILS, folded) or _address_fixed(folded)) and all(_RESENT.search(folded[i]) for i in hits):
        hits = []   # "jag skickade mejlet nedan till fel adress, så jag skickar det till dig": the mail below resent
    if hits:
        return IntentReading(Intent.CHANGE, "details", sorted(set(hits + registered)), question)
    if ((has_diet or _NO_DIET.search(joined))
            and (wrong := [i for i, f in enumerate(folded) if (_ERROR_WORD.search(f)
                           and (_DIET_TERM.search(f) or (_DIET_TERM.search(subject) and _NO_DIET.search(f))))
                           or (has_diet and "?" not in f and i < len(sentences) and diet_corrected(sentences[i]))])):
        # "det står glutenfri kost på mig – det måste ha blivit fel, jag har ingen specialkost", "jag skrev laktosfri,
        # men det ska vara nötallergi": the diet corrected
        return IntentReading(Intent.CHANGE, "diet", sorted(set(wrong + registered)), question)
    if (has_diet and questions and not _hits(_UPDATE, folded) and not _hits(_NOTE_IT, folded)
            and not _hits(_DELIVERED, folded) and not [i for i in _hits(_CATER, folded) if "?" not in folded[i]]):
        # "Jag är anmäld. Blir det lunch? Jag äter halal.": a diet told beside a question, asked to change nothing
        return IntentReading(Intent.QUESTION, question=question)
    if has_diet and ([i for i in registered if not _DELIVERED.search(folded[i])] or held_elsewhere
                     or _hits(_UPDATE, folded) or _affirmed_hits(_THANKED, folded) or _postscript(folded)):
        # (not "här kommer min anmälan: ... Kost: laktosfri", the signup sent now)
        return IntentReading(Intent.CHANGE, "diet", registered, question)
    if has_diet and _hits(_NOTE_IT, folded) and (told := [i for i, f in enumerate(folded)
                                                          if names_in(i) and "?" not in f and _DIET_TERM.search(f)]):
        # "En sak till om Linda som tog över Tobias plats: hon är vegan. Kan ni notera det?", "my colleague Per, who
        # took over my seat, is vegetarian – could you let the caterers know?": a diet of someone named, to be noted
        return IntentReading(Intent.CHANGE, "diet", sorted(set(registered + told)), question)
    if has_diet and not register and (recorded := [i for i, f in enumerate(folded) if diet_recorded([f])]):
        # "ps kan ni skriva upp mig som glutenfri", "put me down as vegetarian": a diet to be recorded, no session
        return IntentReading(Intent.CHANGE, "diet", sorted(set(registered + recorded)), question)
    if has_diet and (own_diet := _own_diet_changed(folded)):
        # "btw jag e vegan nu, kan ni ändra det?", "både jag och min kollega Per är veganer, kan ni ändra kosten för
        # oss?": the writer's diet (with a colleague's) told, its change asked, no session named
        return IntentReading(Intent.CHANGE, "diet", sorted(set(registered + own_diet)), question)
    if not register and (offers := _hits(_OFFER, folded)):
        # a speaker or consultant offering a talk at a session: no signup, no question about taking part
        return IntentReading(Intent.UNKNOWN, cue=offers)
    if delivered := [i for i, f in enumerate(folded) if "?" not in f and _DELIVERED.search(f)] or (
            [0] if _DELIVERED.search(joined) and not questions else []):
        # a signup handed over, with a side question ("Niklas använder rullstol – finns det hiss?")
        return IntentReading(Intent.REGISTER, cue=delivered, question=question)
    if (any("?" in f for f in folded) and all(_HANDLE_BELOW.search(f) for f in folded if "?" in f)
            and _BELOW.search(joined)):
        # "Se nedan från Amanda, kan du fixa det?": the request is in the message passed on, not asked here
        return IntentReading(Intent.UNKNOWN)
    if (any("?" in f for f in folded) and all(_OTHER_OFFICE.search(f) for f in folded if "?" in f)
            and not _EVENT_ASKED.search(joined + " " + subject) and not _EVENT_CORE.search(joined)
            and not _ATTEND_WORD.search(joined)):
        # "is this the housing office? we look for an apartment": written to another office
        return IntentReading(Intent.UNKNOWN)
    put = [f for f in folded if "?" in f]
    if put and all(_RIDE_PROPOSED.search(f) for f in put) and _RIDE_OFFERED.search(joined):
        # "Ska vi samåka ner till Falun den 3 maj? Jag kan köra, plats för fyra.": a ride put to fellow participants
        # (a reply to all), nothing asked of the organiser
        return IntentReading(Intent.UNKNOWN)
    if questions or _hits(_QUESTION_WORDS, folded):
        return IntentReading(Intent.QUESTION, question=question or " ".join(sentences)[:1000])
    # (the signup words of a signup left to others are no signup: "... de sköter anmälan själva")
    weak = [i for i in _hits(_REGISTER_WEAK, folded) if not _LEFT_TO_THEM_RE.search(folded[i])]
    if has_sessions and not weak and _looks_unrelated(" ".join(folded)):
        has_sessions = False
    if (has_sessions and not weak and (dated := [f for f in folded if _SESSION_IN.search(f)])
            and all(_LOOKING_FORWARD.search(f) for f in dated)):
        # "Tack för bekräftelsen! Ser fram emot 3 maj", "see you on 21 September": thanks only, nothing asked
        return IntentReading(Intent.UNKNOWN)
    if has_sessions and not weak and (cant := _only_cant(folded, names_in)):
        # "Kan inte 29/11. /Per, Orsa", "funkar inte 22/2": a session the writer cannot do, said and nothing more
        return IntentReading(Intent.CANCEL, cue=cant, question=question)
    if weak or has_sessions or (subject and subject_registers(subject)):
        return IntentReading(Intent.REGISTER, cue=weak, question=question)
    return IntentReading(Intent.UNKNOWN)


#: The sessions left wanted beside one given up ("men gärna de andra", "resten går bra", "happy to do the others").
_REST_WANTED = re.compile(r"\b(?:garna|resten|resterande|ovriga|(?:de|dom) andra|others|the rest|gladly|happy to)\b")


def _only_cant(folded: list[str], names_in: Callable[[int], bool]) -> list[int]:
    """The sentences in which the writer says they cannot do a session named ("kan inte 29/11", "missar 21 september"),
    when every sentence naming a session says so and none signs up, takes part or wants the rest ("kan inte 21/9 men
    gärna de andra" is a signup for those); [] otherwise."""
    dated = [i for i, f in enumerate(folded) if _SESSION_IN.search(f)]
    cant = [i for i in dated if "?" not in folded[i] and not names_in(i) and _CANT.search(folded[i])]
    if not cant or cant != dated or any(_SIGNUP_WORD.search(f) or _TAKES_PART.search(f) or _REST_WANTED.search(f)
                                        for f in folded):
        return []
    return cant


_EVENT_WORDS = re.compile(
    r"\b(?:traff\w*|tillfall\w*|session\w*|dalalab|larprojekt\w*|workshop\w*|meetings?|program\w*|"
    r"delta\w*|vara med|va med|komm\w*|ga pa|join\w*|attend\w*|participat\w*|come|plats(?:en)?|spot|seat)\b")
_SALES = re.compile(
    r"\bklicka\b|\bclick\b|\blank\w*|\blink\b|https?:|www\.|bit\.ly|\bbetala\b|\bpay\w*|\bkr\b|€|\$|"
    r"\bsek\b|\busd\b|\beur\b|\bkonto\w*|\baccount\b|\blosenord\b|\bpassword\b|\bpaket\w*|\bpackage\b|"
    r"\bleverans\w*|\blevere\w*|\bdeliver\w*|\bkrypto\w*|\bcrypto\w*|\bbitcoin\b|\bvinst\w*|\bprize\b|"
    r"\blottery\b|\bwinner\b|\berbjudande\w*|\boffer\b|\brabatt\w*|\bdiscount\b|\bfaktura\w*|\binvoice\b")


_SCAM = re.compile(
    r"\b(?:usd|eur|dollars?|million|miljon\w*|bank (?:details|account)|bankuppgifter|account number|kontonummer|"
    r"funds|beneficiary|inheritance|arv|barrister|attorney|lottery|lotteri|winner|vinnare|prize|kryptovaluta|"
    r"krypto|crypto|bitcoin|investera|invest|tjana pengar|earn money|make money|guaranteed|garanterad\w*|"
    r"klicka (?:har|pa lanken)|click (?:here|the link)|bit\.ly|verify your|verifiera ditt|tullavgift|customs fee)\b")
#: Words only a message about the event itself uses.
_EVENT_CORE = re.compile(r"\b(?:traff\w*|tillfall\w*|sessions?|sessioner\w*|dalalab|larprojekt\w*|workshops?|"
                         r"anmal\w*|avanmal\w*|registr\w*|sign(?:ing)? (?:me |us )?up|planer\w*|oversiktsplan\w*)")


def _scam(text: str) -> bool:
    """Whether a text reads as spam or fraud: two or more telltale phrases and nothing of the event.

    A demand to pay to an account is weighed before the text gets here (``unsolicited``: the writer's own words,
    the sender, and what speaks against, such as a participant asking about an invoice received)."""
    return len({m.group(0) for m in _SCAM.finditer(text)}) >= 2 and not _EVENT_CORE.search(text)


#: The close of a private note to family or friends, on a line of its own ("Kram Malin", "Kramar /Malin", "puss",
#: "Hugs, Malin", "xoxo").
_PRIVATE_CLOSE = re.compile(r"^[^\w\n]*(?:kram|kramar|kramis|kramisar|stor kram|puss|pussar|hugs?|xoxo|love)\b[^\n]{0,30}$",
                            re.MULTILINE)


def private_note(own: str, tail: str, subject: str) -> bool:
    """Whether a message reads as a private note sent here by mistake: closed as to a friend ("Kram Malin") in the
    last lines (``tail``, folded), and nothing of the event in its own words (``own``, folded) or subject."""
    text = own + " " + subject
    return (bool(_PRIVATE_CLOSE.search(tail)) and not _EVENT_CORE.search(text) and not _EVENT_ASKED.search(text)
            and not _ATTEND_WORD.search(text))


def _looks_unrelated(text: str) -> bool:
    """Whether a text that names a date reads as sales, delivery or phishing talk rather than about the event."""
    return bool(_SALES.search(text)) and not _EVENT_WORDS.search(text)


#: A named event that a signup is for ("till Länsstyrelsens tillsynsdag", "to the planning conference"), folded.
_EVENT_NOUN = re.compile(r"\b(?:till|pa|for|to|for the|to the)\s+(?:\S+\s+){0,3}?([\w-]*(?:dag|dagen|dagarna|konferens\w*|"
                         r"kurs(?:en)?|utbildning\w*|seminari\w*|webbinari\w*|massa|massan|conference|course|seminar|"
                         r"webinar|training|summit|forum|"
                         # a workplace's party or dinner ("julbordet", "sommarfesten", "kick-offen", "the Christmas party")
                         r"julbord\w*|fest|festen|kick-?off\w*|afterwork\w*|party|dinner))\b")
_WEEKDAY_OR_TIME = re.compile(r"^(?:man|tis|ons|tors|fre|lor|son|i|id|sam|midsommar|jul|var|hel|halv|hela|samma|formid|eftermid|"
                              r"nastkommande|kommande|forsta|andra|tredje|fjarde|sista)?(?:dag|dagen|dagarna)$")
#: Words of this event's sessions in any signup ("träffarna", "tillfälle", "lärprojektet").
_OURS = re.compile(r"\b(?:traff\w*|tillfall\w*|larprojekt\w*|sessions?|sessioner\w*)")


def other_event(folded: list[str], cue: list[int], subject: str, event_word: str) -> bool:
    """Whether a signup is for another event: each signup sentence names an event of its own ("anmäler mig till
    Länsstyrelsens tillsynsdag den 3 maj"), and neither the text nor the subject names ours."""
    said = [folded[i] for i in cue if i < len(folded)]
    everything = " ".join(folded) + " " + subject
    if not said or (event_word and event_word in everything) or _OURS.search(everything):
        return False
    return all(any(not _WEEKDAY_OR_TIME.match(m.group(1)) for m in _EVENT_NOUN.finditer(f)) for f in said)


#: Our offer of a place left free, quoted under a reply: the place ("nu finns en plats ledig", "du stod på
#: reservlistan", "a place has become available", "the waiting list") and the question to take it ("Vill du ha den?",
#: "är du fortfarande intresserad?", "would you like it?"), folded.
_PLACE_FREE = re.compile(r"\b(?:plats(?:er)? (?:\w+ ){0,2}(?:ledig|ledigt|lediga|frigjord|frigjorts|over)\b|"
                         r"ledig(?:a)? plats\w*|reservlist\w*|vantelist\w*|"
                         r"(?:place|spot|seat)s? (?:\w+ )?(?:has |have )?(?:become|became|is|are) (?:now )?"
                         r"(?:available|free|vacant)|waiting ?list|wait-?list|reserve list)")
_OFFERED = re.compile(r"\b(?:vill (?:du|ni) (?:\w+ )?(?:ha|ta) (?:den|platsen|dem|platserna)|vill (?:du|ni) (?:fortfarande )?"
                      r"(?:vara med|delta|ha en plats)|(?:ar|vore) (?:du|ni) (?:fortfarande |fortsatt )?intresserad\w*|"
                      r"onskar (?:du|ni) (?:ta|ha)|would you (?:still )?like (?:it|the (?:place|spot|seat)|to (?:take|have) it|"
                      r"to join)|do you (?:still )?want (?:it|the (?:place|spot|seat))|are you (?:still )?interested)\b")
#: A yes to it ("Ja, absolut! Jag tar den.", "Ja tack, gärna!", "Jag tar platsen", "Yes please, I'll take it").
_TAKES_OFFER = re.compile(r"^\W*(?:(?:ja|jo|japp|jajamen|javisst|absolut|sjalvklart|garna|yes|yep|sure|gladly|absolutely|"
                          r"definitely|of course)\b|(?:jag|vi) tar (?:den|platsen|dem|platserna|garna)\b|"
                          r"(?:i|we)(?:'ll| will)? take (?:it|the (?:place|spot|seat))\b)")
_DECLINES = re.compile(r"\b(?:nej|inte|ej|tyvarr|avstar|avsta|star over|no|not|can'?t|cannot|unfortunately|declin\w*)\b")


def offer_accepted(own_folded: str, quoted_folded: str) -> bool:
    """Whether a short reply (accent-folded) takes the place our quoted mail offers: a yes, nothing declined or asked,
    under a mail that tells of a place free and asks whether the writer wants it ("Ja, absolut! Jag tar den." under
    "... nu finns en plats ledig för er kommun. Vill du ha den?"): a signup for the sessions offered."""
    own = own_folded.strip()
    return (bool(own) and "?" not in own and len(own.split()) <= 25 and bool(_TAKES_OFFER.search(own))
            and not _DECLINES.search(own) and bool(_PLACE_FREE.search(quoted_folded))
            and bool(_OFFERED.search(quoted_folded)))


_HOW_TO_ASKED = re.compile(r"^\W*" + _GREETING + _HOW_TO_TEXT + r"[^.!?]*(?:\?|$)")


def asks_how(folded: list[str]) -> bool:
    """Whether a sentence asks how to do something ("Hur kan jag avboka min plats på 3 maj?", "how do I cancel?"): the
    act is asked about, not asked for, so a model reading it from the act's words gives way to the rules' question."""
    return any(_HOW_TO_ASKED.match(f) for f in folded)


def asked_hypothetically(folded: list[str]) -> bool:
    """Whether a sentence asks what would follow from a request ("Om jag anmäler mig nu, kan jag skicka en kollega
    senare?", "If I register now, can someone take my place later?") or what could be done if something happened
    ("om det skulle krocka, kan jag byta till november då?"): its request words are asked about, not meant, so a
    reading of them as a request (the intent model's) is not the message's."""
    return any(("?" in f or _IF_THEN_ASKED_AT.match(f)) and _HYPOTHETICAL.search(f) and (_REGISTER.search(f) or _CANCEL_STRONG.search(f)
                                                          or _SUBSTITUTE.search(f) or _MOVE.search(f)
                                                          or _SWAP_ASKED.search(f)) for f in folded)


#: A swap verb, whatever follows it ("kan jag byta då?", "can I switch then?"): in a question of what could be done.
_SWAP_ASKED = re.compile(r"\b(?:byta|byter|flytta|boka om|omboka|switch|move|swap)\b")


def _before_hedge(folded: str) -> str:
    """What an (accent-folded) sentence naming a stand-in only maybe says before the hedge, when that names no stand-in
    itself ("antingen stryker ni henne den gången" of "... eller så skickar vi någon annan i hennes ställe")."""
    m = _HEDGED.search(folded)
    said = folded[:m.start()] if m else ""
    return "" if _SUBSTITUTE.search(said) else said


def hedged_stand_in(folded: str) -> bool:
    """Whether an (accent-folded) sentence names a stand-in only maybe ("Hanna kanske kan gå i mitt ställe, men hon
    har inte bestämt sig"): no one the request is about yet."""
    return bool(_HEDGED.search(folded) and _SUBSTITUTE.search(folded))


def signs_up(folded: str) -> bool:
    """Whether an (accent-folded) sentence makes a signup ("Anmäler mig till 21/9", "I'd like to register")."""
    return bool(_REGISTER.search(folded) or _SIGNUP_MADE.search(folded))


#: A signup told of the writer in the third person, as in a subject line ("Eva Ek, Orsa kommun, anmäler sig till ...").
_SIGNS_SELF = re.compile(r"\b(?:anmaler|registrerar) sig (?:harmed )?(?:till|pa|for)\b|\bsigns? (?:herself |himself )?up (?:for|to)\b")


def whole_request(subject_folded: str) -> bool:
    """Whether a subject line makes a signup or a cancellation by itself, for a body that says nothing ("Anmäler mig
    till alla träffar", "Eva Ek anmäler sig till DalaLab", "Avanmälan – Eva Ek, samtliga träffar")."""
    return signs_up(subject_folded) or bool(_SIGNS_SELF.search(subject_folded) or _CANCEL_STRONG.search(subject_folded))


def subject_registers(subject_folded: str) -> bool:
    """Whether a subject line (not a reply's) announces a signup ("Anmälan till DalaLab")."""
    return bool(_REGISTER_WEAK.search(subject_folded) or _REGISTER.search(subject_folded))


_ANY_CUE = (_ERASURE, _SUBSTITUTE, _INSTEAD, _MOVE, _CANCEL_STRONG, _CANCEL_WEAK, _REGISTER, _REGISTERED, _DETAILS)


def asks_change(folded: str) -> bool:
    """Whether an (accent-folded) sentence gives up, moves or hands over a place ("kan inte 21/9, resten står kvar")."""
    return any(p.search(folded) for p in (_CANCEL_STRONG, _CANCEL_WEAK, _CANT, _MOVE, _SUBSTITUTE))


#: Someone away for a long time ("blir föräldraledig i höst", "går på tjänstledighet", "is on parental leave"): whom
#: a place may pass from.
_LEAVE = re.compile(r"\b(?:foraldraledig\w*|mammaledig\w*|pappaledig\w*|tjanstledig\w*|sjukskriv\w*|"
                    r"(?:parental|maternity|paternity|sick|long-term) leave)\b")


def carries_cue(folded: str) -> bool:
    """Whether an (accent-folded) sentence says anything about taking part: people named there count."""
    return (any(p.search(folded) for p in _ANY_CUE) or "kolleg" in folded or "colleague" in folded
            or bool(_LEAVE.search(folded)) or bool(_NAMED_ADDED.search(folded)))


#: The reader asked to sign up or off someone ("kan du anmäla Lisa till alla fyra?", "kan ni stryka Per från 3 maj?",
#: "could you register my colleague for May?"): a request put as a question, folded.
_ASKS_US = re.compile(r"\b(?:kan|kunde|skulle) (?:du|ni) (?:\w+ )?(?:anmala|registrera|skriva upp|boka in|avanmala|"
                      r"stryka|ta bort)\b|\b(?:can|could|would) you (?:please )?(?:register|sign|book|enrol|cancel|"
                      r"remove|take)\b")


def asks_someone_added(folded: list[str]) -> bool:
    """Whether a sentence (accent-folded) asks someone added ("kan vi lägga till Per Ek också?"): for reading.py, a
    signup of the one named, which the intent model's CHANGE (a signup held, added to) should not be stated over."""
    return any("?" in f and _NAMED_ADDED.search(f) for f in folded)


def only_cannot_come(folded: list[str]) -> bool:
    """Whether a message says only that someone cannot come (accent-folded sentences: "I'm sick and can't come on 3
    May", "Per kan inte komma den 21/9"), with no word of signing up anywhere: for reading.py, a cancellation the
    intent model's REGISTER (read from the session named) should not be stated over."""
    return (any(_CANCEL_WEAK.search(f) for f in folded)
            and not any(_SIGNUP_WORD.search(f) or _TAKES_PART.search(f) for f in folded))


def only_withdraws(folded: list[str]) -> bool:
    """Whether a message withdraws from sessions in the writer's own words ("Jag avanmäler mig därför från träffen den
    3 maj", "stryk mig från 21/9") with no word of signing up anywhere (accent-folded sentences): for reading.py, a
    cancellation the intent model's REGISTER (read from the session named, or a complaint around it) should not be
    stated over."""
    # (a signup word inside the withdrawal itself, "ställ in min anmälan", is none)
    return (any(_CANCEL_STRONG.search(f) for f in folded)
            and not any(_SIGNUP_WORD.search(_CANCEL_STRONG.sub(" ", f)) or _CANCELLED_BEFORE.search(f) for f in folded))


#: A signup stated in the writer's own words, in the present ("jag anmäler mig och min kollega ...", "vi anmäler oss",
#: "härmed anmäler jag ..."): folded.
_SIGNS_UP_NOW = re.compile(r"\b(?:jag|vi) (?:harmed |darfor |da |ocksa |aven )?anmaler (?:mig|oss|\w+ \w+)\b|"
                           r"\banmaler (?:jag|vi) (?:harmed |darfor |ocksa |aven )?(?:mig|oss|\w+ \w+)\b")


#: A signup made again to be safe, a signup held being unsure ("så för säkerhets skull: jag vill vara med på 3 maj",
#: "just to be safe, I'd like to attend ..."): folded.
_AGAIN_TO_BE_SAFE = re.compile(r"\b(?:for sakerhets skull|(?:just )?to be (?:on the )?safe(?: side)?|just in case)\W+"
                               r"(?:\w+\W+){0,2}?(?:jag|vi|i|we) (?:vill|anmaler|would like|want|'d like)\b")


def signs_up_now(folded: list[str]) -> bool:
    """Whether a sentence that asks nothing signs up in the writer's own words ("3. Apropå DalaLab: jag anmäler mig och
    min kollega till höstens träffar.", "för säkerhets skull: jag vill vara med på 3 maj"), not as a condition ("om jag anmäler mig ...?"): for reading.py, a signup the
    intent model's QUESTION (read from the questions of other matters around it) should not be stated over."""
    return any((_SIGNS_UP_NOW.search(f) or _AGAIN_TO_BE_SAFE.search(f)) and "?" not in f
               and not re.search(r"\b(?:om|if|innan)\b", f) for f in folded)


#: Someone said to take part ("21/9 är jag med", "följande tre kommer att delta i", "de kommer på alla träffar utom",
#: "will attend"): folded.
_TAKES_PART = re.compile(r"\b(?:deltar|delta i|(?:ar|e) (?:jag |vi |hon |han )?med|vara med|va med|"
                         r"kommer (?:(?!inte\b|ej\b)\w+ )?(?:pa|till)|(?:will|would like to|'d like to|'ll) (?:\w+ )?(?:attend|come|join))\b")


def asks_us_to_act(folded: list[str]) -> bool:
    """Whether a sentence (accent-folded) asks the reader to sign up or off someone ("kan du anmäla Lisa till alla
    fyra?"): a request put as a question, not a question only. (For reading.py: the intent model's QUESTION should
    not be stated over such a signup or cancellation of someone named; proposal round 30.)"""
    return any(_ASKS_US.search(f) for f in folded)
