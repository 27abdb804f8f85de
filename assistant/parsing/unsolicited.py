"""Recognising mail that no participant wrote: newsletters, sales, invoice and listing scams, phishing, fraud.

Such mail borrows the event's words ("Anmälan och registrering", the session dates, "max tre per
organisation") and so reads like a signup to the rest of the parser; it must get intent ``unknown``
and never be answered. No one word decides: a careful reader weighs what the writer's own text
(greeting, own words and signature; never quoted or forwarded matter) does, and who sends it.

For (points): a footer telling how to stop receiving it (3); a demand to pay to an account, with a due
date or "att betala" (3); a listing in a register or catalogue on offer (2); sales talk (offers, discounts,
"boka nu", a quote, a webinar, "vi har sett att ni ...": 1 each, at most 3); asking to log in, verify or
confirm an account or a place (1), with a link (+1) and a threat or a deadline in hours (+1); asking for
bank details, card numbers, gift cards or identity papers (2); money for nothing (1, 2 for two kinds); an
amount in kronor or euros beside any of these (1); a newsletter's words, a mass mailer's headers, a
company form or voice, an impersonal greeting ("Bästa kund", "Dear Region Dalarna"), a sales, newsletter
or billing address, a well-known service's name from outside its domains (1 each); a sender domain that
imitates a configured organisation's (1 to 3, see ``_look_alike``) and a sender name that claims one or
the event from outside its domains (1).

Against: speaking of one's own signup, cancellation or attendance (-2); asking about a mail one received,
whether it is genuine (-2); telling of a trouble of one's own ("jag försökte logga in men ...", -1); a
reply quoting what it answers (-1); a sender in a configured organisation's own domain (-1).

Sentences that ask ("?") are a participant's questions: the selling, paying and logging-in words in them
do not count. A message with ``THRESHOLD`` points or more is unsolicited. Every pattern is linear in its
input, and each runs only on text holding one of its key words (``_Cue``).

``not_for_us`` finds the participant's and the stranger's mail that asks nothing of the organiser: a thank-you
for our confirmation or a bare thank-you, and mail about another errand (a building permit, a room to book,
internal administration, a private matter) that names nothing of the event. It is ``unknown`` and never answered
too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from assistant.config import Config
from assistant.parsing.answer import affirmation
from assistant.parsing.dates import month_of
from assistant.parsing.diet import find_diet
from assistant.parsing.intent import asks_change, carries_cue, signs_up
from assistant.parsing.prefilter import quick
from assistant.parsing.quoting import BodyParts
from assistant.parsing.subject import strip_prefixes

#: Points from which a message is unsolicited.
THRESHOLD = 3
#: Characters of the writer's own text looked at (a newsletter's footer is at its end: the end is kept).
_MAX_CHARS = 8000


class _Cue:
    """A pattern and key words one of which each of its matches holds (space-separated, as the words are
    written: a match holds a word whose first five letters are a key's, or a key of fewer letters as a word):
    the pattern is run only when the message holds one. ``present`` holds the first five letters of every word
    of the message, found once for all cues: a pattern of many alternatives is slow in ``re``, a set lookup
    is not."""

    __slots__ = ("keys", "pattern")

    def __init__(self, keys: str, pattern: str) -> None:
        self.keys = frozenset(k[:5] for k in keys.split())
        self.pattern = re.compile(pattern)

    def search(self, text: str, present: set[str]) -> re.Match[str] | None:
        """The first match in ``text``, or None."""
        return None if self.keys.isdisjoint(present) else self.pattern.search(text)

    def found(self, text: str, present: set[str]) -> set[str]:
        """The distinct matches in ``text``."""
        return set() if self.keys.isdisjoint(present) else {m.group(0) for m in self.pattern.finditer(text)}


#: Where a sentence ends: after ".", "!" or "?" and space, or at a blank line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n")
_PUNCTUATION = str.maketrans({c: " " for c in "!\"#&'()*+,./:;<=>?@[\\]^_`{|}~-"})
#: Signs that folding to ASCII would drop, and what they stand for.
_SIGNS = (("€", " eur "), ("–", "-"), ("—", "-"), ("’", "'"))


def _fold(text: str) -> str:
    """Lower case, plain ASCII: diacritics stripped, other letters dropped (quicker than ``fold`` for this)."""
    text = text.lower()
    if text.isascii():
        return text
    for sign, meaning in _SIGNS:
        if sign in text:
            text = text.replace(sign, meaning)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _stems(text: str) -> set[str]:
    """The first five letters of each word of a folded text (what ``_Cue`` keys are looked up in)."""
    return {w[:5] for w in text.translate(_PUNCTUATION).split()}


# -- a newsletter or a mass mailing --------------------------------------------------------------------
_UNSUBSCRIBE = _Cue(
    "unsubscribe opt receiving manage browser web webblasare webben avregistrera prenumeration "
    "avprenumerera utskick mejl mail nyhetsbrev erbjudanden epostmeddelande postmeddelande stopp stop "
    "avsluta remove avanmal hear hora",
    r"\b(?:unsubscrib\w*(?! (?:me|us|him|her|them|my)\b)|opt[- ]out (?:here|link|of (?:these|future|our|all))|"
    r"to stop receiving|manage (?:your )?(?:subscription|preferences|e-?mail settings)|"
    r"you (?:are |were |have )?receiv\w* (?:this|these) (?:e-?mails?|newsletters?|messages?|mailings?) "
    r"(?:because|since|as (?:you|a)|from us)|"
    r"(?:view|read|open) (?:this (?:e-?mail|newsletter|message) )?(?:in|on) (?:your |the )?(?:browser|web)|"
    r"avregistrera (?:dig|er)\b|avregistrera(?:ing)?(?: dig)? ?(?::|har\b|fran (?:utskick|nyhetsbrev|prenumeration|"
    r"(?:e-?post|mejl|mail)listan))|avsluta (?:din |er )?prenumeration|avprenumerera|sluta prenumerera|"
    r"hantera (?:din |dina |er )?(?:prenumeration\w*|installningar for utskick)|"
    r"(?:om du|vill du) inte (?:langre )?(?:vill |onskar )?(?:ha|fa|ta emot) (?:\w+ )?"
    r"(?:utskick|mejl|mail|nyhetsbrev|erbjudanden)|"
    r"du (?:far|har fatt) (?:detta|det har|vart) (?:nyhetsbrev|utskick|mejl|mail|e-?postmeddelande) "
    r"(?:eftersom|da|for att)|"
    r"(?:visa|las|oppna) (?:hela )?(?:nyhetsbrevet |mejlet |utskicket )?(?:i|pa) (?:webblasar\w*|webben)|"
    r"svara (?:med )?[\"']?(?:stopp|stop|avsluta)\b|reply (?:with )?[\"']?(?:stop|remove|unsubscribe)\b|"
    r"avanmal(?:a|er)? (?:dig|er) (?:fran|har|via|genom)|avanmal(?:an|ning) (?:fran|av) (?:nyhetsbrev|utskick)|"
    r"(?:no longer|do not|don'?t) (?:wish|want) to receive|"
    # a cold seller's opt-out line ("If you don't want to hear from me again, reply NO", "vill du inte höra av mig
    # igen, svara NEJ"); not the reply word alone ("svara nej om det är fullt")
    r"\b(?:if you|you) (?:do not|don'?t) want to hear from (?:me|us)\b|"
    r"\binte (?:vill )?hora (?:av|fran) (?:mig|oss) (?:igen|mer)\b)")
_NEWSLETTER = _Cue("nyhetsbrev newsletter nummer issue veckobrev manadsbrev",
                   r"\b(?:nyhetsbrev\w*|newsletters?|i (?:detta|det har) nummer|in this issue|"
                   r"veckobrev\w*|manadsbrev\w*)\b")
_BULK_HEADERS = ("x-campaign", "x-campaignid", "x-campaign-id", "x-mailchimp-campaign", "x-mc-user", "x-sg-eid",
                 "x-mailgun-sid", "x-csa-complaints", "x-sfmc-stack", "x-newsletter", "x-mailer-campaign")
_BULK_MAILER = re.compile(r"\b(?:mailchimp|sendinblue|brevo|mailjet|sendgrid|campaign ?monitor|constant ?contact|"
                          r"hubspot|mailerlite|klaviyo|apsis|rule\.io|ungapped|get ?a ?newsletter|marketo|"
                          r"salesforce marketing|act-on|pardot)\b", re.IGNORECASE)

# -- a demand for payment ------------------------------------------------------------------------------
#: An account to pay to, with its number ("Bankgiro: 5811-2047", "OCR 4470193820", "IBAN SE45 5000 ...").
_ACCOUNT = _Cue(
    "bankgiro plusgiro bg pg iban ocr ocrnr ocrnummer swish clearingnummer kontonummer account sort swift "
    "bic referensnummer betalningsreferens",
    r"\b(?:bankgiro\w*|plusgiro\w*|bg|pg|iban|ocr(?:-?nummer|-?nr)?|swish|clearingnummer|kontonummer|"
    r"account (?:number|no)|sort code|swift|bic|referensnummer|betalningsreferens)"
    r"\b\W{0,3}(?:nr\W{0,3})?[a-z]{0,2}[\d][\d -]{3,}\d")
#: The words of a demand: a due date, "att betala", "betalas till", "payable within", a late fee.
_DEMAND = _Cue(
    "forfallo betala remit transfer paminnelse drojsmal inkasso due payable pay payment late overdue",
    r"\b(?:forfallo\w*|forfaller|att betala|remit\w*|wire transfer|bank transfer|"
    r"betalas (?:till|in|senast|inom|i forskott)|betala (?:in |senast |till |beloppet|fakturan|avgiften|snarast|inom)|"
    r"betalningsvillkor|vid (?:utebliven|sen) betalning|paminnelseavgift|drojsmalsranta|inkasso|due date|"
    r"amount due|payable|please pay|pay (?:now|within|by|the (?:invoice|amount|fee))|payment (?:is )?due|"
    r"late (?:payment )?fee|overdue)\b")
#: A payment to be made at once or confirmed ("Betala nu", "Bekräfta betalningen", "confirm your payment"): with a
#: deadline in hours or a threat, what a parcel, toll or storage fee scam asks (a participant never demands money).
_PAY_NOW = _Cue("betala bekrafta pay confirm",
                r"\b(?:betala (?:nu|direkt|har)|bekrafta (?:din |er )?betalning\w*|pay (?:now|here)|"
                r"confirm (?:your |the )?payment)\b")
#: (an invoice unpaid or falling due: "Obetald faktura", "förfaller idag", "unpaid invoice", "past due")
_INVOICE = _Cue("faktura invoice moms vat ocr belopp avgift fee forfallo due payable org orgnr kundnummer customer "
                "obetald unpaid past deltagaravgift anmalningsavgift kursavgift konferensavgift",
                r"\b(?:faktura\w*|invoice\w*|fakturanr|moms|vat|ocr|belopp\w*|avgift\w*|fee|"
                # a fee for taking part ("deltagaravgiften", "anmälningsavgift", "kursavgift")
                r"(?:deltagar|anmalnings|kurs|konferens)avgift\w*|"
                r"forfallo\w*|forfaller|obetald\w*|unpaid|past due|due date|payable|org\.? ?nr|kundnummer|"
                r"customer (?:number|id))\b")
#: An amount of money ("4 380,00 kr", "EUR 1 450.00", in folded text: "€" reads "eur"); a number is read from
#: its first digit only, so that a long run of digits is read once.
_AMOUNT = re.compile(r"(?<![\d.,])(?<![\d .,] )\d[\d .]*(?:[.,]\d{2}|[.,]-)?\s?(?:kr|kronor|sek|eur|euro|usd|\$)(?![a-z])|"
                     r"(?:sek|eur|usd|\$)\s?\d")

# -- a listing, a register or a catalogue entry ----------------------------------------------------------
_LISTING = _Cue(
    "listing listed entry events business company conference trade industry municipal annual yearly renew "
    "forhandsregistrerad foretagsregister eventregister evenemangsregister konferensregister kursregister "
    "leverantorsregister katalog publicering uppslag annons bekrafta uppdatera kontrollera arsavgift "
    "fornyas skriftligen",
    r"\b(?:(?:register|update|renew|confirm) (?:your|the) (?:\w+ )?(?:listing|entry)|listing fee|"
    r"(?:(?:not|be|get|is|are) (?:yet |now |already )?)listed (?:in|on)|"
    r"(?:event|events|business|company|conference|trade|industry|municipal) "
    r"(?:register|directory|catalogue|catalog|guide)\b|"
    r"(?:annual|yearly) (?:listing |registration |subscription )?fee|renew\w* (?:automatically|annually)|"
    r"forhandsregistrer\w*|(?:foretags|event|evenemangs|konferens|kurs|leverantors)(?:registr\w*|katalog\w*)|"
    r"katalog(?:en)? over|(?:publicering|publiceras|uppslag|annons\w*) i (?:var|vart|den|det|katalog|register)\w*|"
    r"(?:bekrafta|uppdatera|kontrollera) (?:era|er kommuns|er organisations|dina|ert foretags) (?:uppgifter|"
    r"registrering)|arsavgift\w*|fornyas (?:automatiskt|arligen)|sags upp skriftligen)")

# -- selling -------------------------------------------------------------------------------------------
_MARKETING = _Cue(
    "erbjud rabatt off discount special offer limited kampanj introduktion ordinarie ord pris priset boka "
    "bokar book hos now today here online passa missa miss sista chance begransat offert quotation quote "
    "prova trial kostnadsfri gratis webbinar webinar tjanster services hjalper help exklusiv las read "
    "learn klicka click intresserade interested sett noterat uppmarksammat lagt noticed saw see came "
    "early save tidigbokning frakt shipping bestall order forbattra improve boost increase oka attendee "
    "participant delegate visitor verified opt pricing acquire checking visited website webbplats hemsida",
    r"\b(?:erbjud\w*|rabatt\w*|\d+ ?% (?:rabatt|off|discount)|discount\w*|special ?offer|limited(?: time)? offer|"
    r"kampanj\w*|kampanjpris|specialpris|introduktionspris|ord(?:inarie)?\.? pris|pris(?:et)? fran|"
    r"boka (?:nu|idag|redan nu|ett (?:mote|samtal|demo))|book (?:now|today|a (?:call|demo|meeting))|"
    r"(?:boka|bestall|kop|handla|hyr)\b[^.!?\n]{0,60}\bhos oss|"
    r"(?:register|sign up) (?:now|today)|passa pa|missa inte|don'?t miss|sista chansen|last chance|"
    r"begransat antal|limited (?:places|seats|spots)|forsta (?:\d+|tio|tjugo) (?:som )?bokar|"
    r"offert\w*|quotation|request a quote|prova (?:gratis|kostnadsfritt)|free trial|"
    r"kostnadsfri\w* (?:demo|provperiod|analys)|gratis (?:demo|provperiod|webbinar\w*)|webbinar\w*|webinar\w*|"
    r"vara tjanster|our services|we offer|vi erbjuder|vi hjalper (?:er|dig|kommuner|organisationer)|we help|"
    r"exklusiv\w*|las mer|(?:read|learn) more|klicka har|click here|skulle ni vara intresserade|"
    r"would you be interested|(?:vi|jag) har (?:sett|noterat|uppmarksammat|lagt marke till) att ni|"
    r"(?:we|i) (?:have )?(?:noticed|saw|see|came across) (?:that )?(?:you|your)|"
    # the reader's website looked over by a stranger ("I was checking your website", "vi har tittat på er hemsida")
    r"(?:checking|checked|visited|reviewed|looking at|looked at) your (?:web ?site|site|homepage)|"
    r"(?:tittat pa|besokt|granskat|kollat pa) (?:er|din) (?:webbplats|hemsida|sajt)|"
    r"early[- ]bird\w*|save the date|tidigbokning\w*|fri frakt|gratis frakt|free shipping|"
    r"(?:bestall|order) (?:\w+ )?(?:fore|senast|innan|before|by|idag|today)|"
    r"(?:vi|we) (?:kan|can) (?:hjalpa|help|erbjuda|offer|forbattra|improve|boost|increase|oka)|"
    r"register (?:here|online)|"
    r"(?:attendee|participant|delegate|visitor)s? (?:e-?mail |contact |mailing )?(?:lists?|data\w*|contacts?)|"
    r"verified (?:e-?mails?|contacts)|opt-in (?:contacts|e-?mails?|data)|count(?:s)? and pricing|acquir\w* the)")
#: A seller speaking for its company ("our company", "vårt företag"; a company form ends its name or text).
_COMPANY = _Cue("company team agency foretag ledande leading",
                r"\b(?:our (?:company|team|agency)|vart foretag|ledande (?:leverantor|aktor)|"
                r"(?:a|the) leading (?:provider|supplier))")
_COMPANY_FORM = re.compile(r"\b(?:ab|aktiebolag|ltd|limited|inc|llc|gmbh|oy|as|aps|bv|s\.?a\.?r?\.?l?)\.?$")

# -- phishing and fraud ----------------------------------------------------------------------------------
#: Asks to log in, verify or confirm an account or a place, or to open a document "shared with you".
_CREDENTIALS = _Cue(
    "delat shared dokument fil filen pdf document file logga logg inloggning log login sign losenord "
    "password verifiera bekrafta confirm aktivera activate validera validate godkann approve signing logging "
    "slutfor fullfolj komplettera complete finish finalise finalize",
    r"\b(?:har delat (?:en fil|ett dokument|en mapp|filer|dokument)|(?:has )?shared (?:a file|a document|a folder|"
    r"files|documents) with you|(?:oppna|visa|granska|ladda ner) (?:det delade |den bifogade )?(?:dokument\w*|"
    r"fil(?:en)?|pdf\w*)|(?:open|view|review|download) (?:the )?(?:shared |attached )?(?:document|file|pdf)|"
    r"logga? in|inloggning\w*|log ?in(?: to| with| using)?|logging in|sign(?:ing)? in|losenord\w*|passwords?|"
    # registrations waiting to be confirmed ("Bekräfta anmälningarna", "Godkänn era väntande anmälningar", "confirm the
    # pending registrations"): many, not the writer's own signup
    r"(?:bekrafta|godkann|confirm|approve) (?:(?:de|dessa|era|dina|the|these|your|all) )?(?:\w+ )?(?:anmalningar\w*|"
    r"registreringar\w*|registrations|bokningar\w*|bookings)|"
    # a signup to be finished by the reader ("Slutför anmälan via länken", "complete your registration")
    r"(?:slutfor|fullfolj|komplettera|complete|finish|finali[sz]e) (?:(?:din|er|your|the) )?(?:anmalan|registrering\w*|"
    r"registration|signup|sign-up|bokning\w*|booking)|"
    # a place to be confirmed and paid for ("Bekräfta och betala deltagaravgiften via länken", "confirm and pay the fee")
    r"(?:bekrafta|confirm) (?:och|and) (?:betala|pay)|"
    r"verifiera\w*|verify|verification|(?:bekrafta|confirm|aktivera|activate|validera|validate) (?:ditt|din|dina|er|"
    r"ert|era|your) (?:\w+ )?(?:konto\w*|identitet|account|identity|e-?post\w*|e-?mail|uppgifter|details|plats|"
    r"place|seat|registrering\w*|registration|anmalan))\b")
#: A web address to its end (what a "?" in it belongs to).
_URL = re.compile(r"(?:h(?:tt|xx)ps?://|\bwww\.)\S+")
_LINK = re.compile(r"h(?:tt|xx)ps?://|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|info|eu|io|xyz|top|online|site)/")
#: A threat to the reader's account or place, or a deadline in hours.
_THREAT = re.compile(
    r"\b(?:(?:ditt|din|dina|ert|er|era|your) (?:[\w-]+ ){0,3}(?:konto\w*|accounts?|brevlada|mailbox|plats\w*|places?|"
    r"seats?|registrering\w*|registrations?|anmalan|anmalningar\w*|atkomst|access|"
    # a password running out ("Ditt Office 365-lösenord går ut idag", "your password expires today")
    r"(?:[\w-]*-)?losenord\w*|passwords?) (?:\w+ ){0,3}(?:stang\w*|sparr\w*|suspend\w*|clos\w*|lock\w*|"
    r"deactivat\w*|radera\w*|delet\w*|forsvinn\w*|ga(?:r)? (?:forlorad|vidare|ut)|expire\w*|upphor\w*|makuler\w*)|"
    r"(?:behalla|forlora|lose|keep|retain) (?:\w+ )?(?:atkomst\w*|access|ditt konto|din plats|ert konto|er plats|"
    r"era platser|platsen|platserna|your (?:account|place|seat|access)|the (?:place|seat|spot)|"
    r"(?:nuvarande |current )?(?:losenord\w*|password))|atgard kravs|action required|"
    # a place held for some hours only ("Din plats är reserverad i 24 timmar", "your seat is held for 48 hours")
    r"(?:reserverad|reserverat|reserverade|sparad|sparat|halls|held|reserved|kept) (?:\w+ ){0,2}(?:i|for|under) "
    r"(?:\d+ ?|tjugofyra |fyrtioatta |twenty-four |forty-eight )(?:timmar|h\b|dygn|hours)|"
    r"inom (?:\d+ ?|tjugofyra |fyrtioatta )(?:timmar|h\b|dygn)|within (?:\d+ ?|twenty-four |forty-eight )(?:hours|h\b)|"
    # the place passed on unless the reader acts ("annars går platsen till nästa", "or your seat goes to the next")
    r"(?:annars|otherwise|or else) (?:\w+ ){0,2}(?:gar|ga|goes|will go|forlorar|lose) (?:\w+ )?(?:plats\w*|place|seat|"
    r"spot)|"
    # registrations not confirmed in time wiped ("Obekräftade anmälningar raderas automatiskt", "unconfirmed
    # registrations will be deleted")
    r"(?:obekraftade|ej (?:godkanda|bekraftade)|inte (?:godkanda|bekraftade)|unconfirmed|unverified|unapproved) "
    r"(?:\w+ )?(?:anmalningar\w*|registreringar\w*|registrations|bokningar\w*|bookings|platser|places) (?:\w+ ){0,2}"
    r"(?:raderas|tas bort|stryks|makuleras|annulleras|forsvinner|will be (?:deleted|removed|cancell?ed)|"
    r"are (?:deleted|removed|cancell?ed)|expire)|"
    r"omedelbart|immediately|urgent\w*|bradskande)")
#: Asks for what only a fraudster wants: bank details, card numbers, gift cards, identity papers.
_IDENTITY = _Cue(
    "bank kontouppgifter passport passkopia kopia personnummer social card kort kortnummer gift giftcard "
    "presentkort itunes google steam apple",
    r"\b(?:your|ditt|din|dina|ert|era|er) (?:[\w-]+,? ){0,6}(?:bank (?:details|account)|bankuppgifter|"
    r"kontouppgifter|passport|passkopia|kopia (?:av|pa) (?:ditt )?pass|personnummer|social security|"
    r"card (?:number|details)|kortuppgifter|kortnummer|credit card)|"
    r"\b(?:gift ?cards?|presentkort\w*|(?:itunes|google play|steam|apple) ?(?:kort|cards?))")
#: Asks for the list of those attending, their names or addresses ("send us your attendee list (names, e-mails ...)",
#: "skicka oss deltagarlistan med namn och e-postadresser"): what a hotel-block or data-harvesting scam wants.
_ATTENDEE_DATA = _Cue(
    "send skicka mejla maila forward share dela",
    r"\b(?:send|e-?mail|forward|share)(?: us| me)? (?:your |the )?(?:full |complete )?(?:attendee|participant|delegate|"
    r"guest)s?(?: list| names| details| data)\b|"
    r"\b(?:skicka|mejla|maila|dela)(?: oss| mig)? (?:er |era |din |dina )?(?:deltagarlista\w*|deltagarnas (?:namn|"
    r"uppgifter|e-?post\w*|mejl\w*)|listan (?:med|over|pa) (?:era )?deltagar\w*)")
#: Money for nothing: grants, winnings, inheritances, investments, crypto.
_WINDFALL = _Cue(
    "investera tjana earn make krypto crypto bitcoin lotteri winner vinnare won vunnit prize inheritance "
    "arv arvet beneficiary funds grant release guaranteed garanterad",
    r"\b(?:investera\w*|invest(?:ment)?|tjana (?:\d[\d ]* ?kr|pengar|snabba)|earn (?:money|\$|€|\d)|make money|"
    r"krypto\w*|crypto\w*|bitcoin|lotteri\w*|lottery|winner|vinnare|you (?:have )?won|du har vunnit|prize|"
    r"inheritance|arv(?:et)?|beneficiary|funds|grant of|release the|guaranteed|garanterad\w*)\b")

# -- who writes, and to whom -----------------------------------------------------------------------------
_IMPERSONAL = re.compile(r"^\W*(?:basta|kara|hej|dear|hello|hi)\s+(?:kund|kunder|customer|client|sir|madam|"
                         r"sir/madam|valued|medlem|member|partner|arrangor|organi[sz]er|event organi[sz]er)\b")
_GREETED = re.compile(r"^(?:dear|hej|hello|hi|kara|basta)\s+(.+)$")
#: A greeting by the reader's address, as a mass mailer writes it ("Hej eva.lund,", "Dear per_holm:").
_GREETED_BY_ADDRESS = re.compile(r"^\W*(?:dear|hej|hello|hi|kara|basta)\s+[a-z0-9_-]+(?:[._][a-z0-9_-]+)+\s*[,!:.]?\s*$")
#: Local parts a company sends its newsletters, offers and invoices from.
_ROLE_SENDER = re.compile(r"^(?:nyhetsbrev|newsletters?|news|nyheter|marketing|marknad|sales|salj|kampanj\w*|"
                          r"offers?|erbjudande\w*|listings?|promo\w*|faktura|fakturor|invoices?|billing|reskontra|"
                          r"payments?|betalning\w*|accounts?)(?:[+._-]|@)")
#: Services phishing most often pretends to be, by the words of a sender name, and the domains they send from.
_BRANDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:microsoft|office ?365|m365|outlook|teams|onedrive|sharepoint)\b"),
     ("microsoft.com", "microsoft", "office.com", "office365.com", "sharepoint.com", "microsoftonline.com",
      "outlook.com")),
    (re.compile(r"\b(?:google|gmail)\b"), ("google.com", "gmail.com", "googlemail.com")),
    (re.compile(r"\bdocusign\b"), ("docusign.net", "docusign.com")),
    (re.compile(r"\bdropbox\b"), ("dropbox.com", "dropboxmail.com")),
    (re.compile(r"\bpostnord\b"), ("postnord.se", "postnord.com")),
    (re.compile(r"\bpaypal\b"), ("paypal.com", "paypal.se")),
    (re.compile(r"\b(?:apple|icloud)\b"), ("apple.com", "icloud.com")),
    (re.compile(r"\bbank ?id\b"), ("bankid.com",)),
    (re.compile(r"\bskatteverket\b"), ("skatteverket.se",)),
    (re.compile(r"\bdhl\b"), ("dhl.com", "dhl.se")),
    (re.compile(r"\bswish\b"), ("getswish.se",)),
)
_ANY_BRAND = re.compile("|".join(f"(?:{words.pattern})" for words, _ in _BRANDS))

# -- what a participant does -------------------------------------------------------------------------------
_PARTICIPANT = re.compile(
    r"\b(?:anmal(?:er|a)? (?:mig|oss|henne|honom)\b|(?:jag|vi) (?:\w+ )?(?:vill|skulle vilja|tanker|kommer att) "
    r"(?:anmala|delta|komma|vara med|ga pa|avanmala|avboka)|(?:jag|vi) (?:\w+ )?(?:deltar|narvarar|ar med)\b|"
    r"jag kommer (?:garna|att delta|pa (?:den|traff\w*|mote\w*|\d))|"
    r"avanmal(?:er|a|de)? (?:mig|oss|henne|honom|hen|min|vara|var)\b|(?:min|var|en|hans|hennes) avanmalan|"
    r"avboka (?:mig|oss|min|var|hen|henne|honom)\b|kan (?:\w+ )?(?:inte|ej) (?:komma|delta|narvara)|"
    r"(?:min|var) (?:anmalan|plats)\b|(?:jag|vi) (?:ar|blev) anmald|"
    r"(?:i|we) (?:would like|want|wish|'d like) to (?:register|sign up|attend|join|cancel)|sign (?:me|us) up|"
    r"count me in|(?:i|we) (?:will|can(?:not|'t)?) (?:attend|come|join|make it)|my (?:registration|place|spot|seat)\b)")
#: A participant asking about a mail they got ("Vi har fått en faktura ... är den från er?").
_RECEIVED = re.compile(
    r"\b(?:(?:jag|vi) (?:har )?(?:fatt|fick|erhallit) (?:\w+ ){0,3}(?:mejl\w*|mail\w*|e-?post\w*|meddelande\w*|"
    r"faktura\w*|brev\w*|sms\w*|lank\w*|utskick\w*|paminnelse\w*)|(?:i|we) (?:have )?(?:received|got|were sent) "
    r"(?:\w+ ){0,3}(?:e-?mails?|mail|messages?|invoices?|letters?|links?|reminders?)|"
    r"(?:is|was) (?:this|it) (?:from you|legit\w*|genuine|real|a scam|spam)|(?:ar|var) (?:det|detta|den|det har) "
    r"(?:fran (?:er|dig|region)|akta|pa riktigt|bedrageri|ett bedrageri|spam|nat (?:ni|du) skickat)|"
    r"stammer (?:det|detta))")
#: A participant's own trouble ("jag försökte logga in men ...", "I could not open the link").
_TROUBLE = re.compile(r"\b(?:(?:jag|vi) (?:\w+ )?(?:forsok\w*|provade|provat|kan (?:\w+ )?(?:inte|ej)|"
                      r"kunde (?:\w+ )?(?:inte|ej)|lyckas (?:inte|ej))|(?:i|we) (?:tried|could(?:n't| not)|"
                      r"can(?:'t|not)))\b")


def unsolicited(parts: BodyParts, subject: str, config: Config, *, from_address: str | None = None,
                from_name: str | None = None, headers: Mapping[str, str] | None = None,
                is_reply: bool = False) -> str:
    """Why a message reads as not written by a participant (for ``problems``), or "" when it does not.

    ``parts`` is the body as ``split_body`` cut it; the sender, headers and ``is_reply`` are an e-mail's
    (a chat message has none of them)."""
    points = evidence(parts, subject, config, from_address=from_address, from_name=from_name, headers=headers,
                      is_reply=is_reply)
    if sum(n for n, _ in points) < THRESHOLD:
        return ""
    return "not from a participant (" + ", ".join(why for n, why in points if n > 0) + ")"


def evidence(parts: BodyParts, subject: str, config: Config, *, from_address: str | None = None,
             from_name: str | None = None, headers: Mapping[str, str] | None = None,
             is_reply: bool = False) -> list[tuple[int, str]]:
    """The points for and against a message being unsolicited, each with what it is for.

    What speaks against is only looked for when what speaks for it reaches the threshold."""
    own = _fold(f"{parts.greeting}\n{parts.own[-_MAX_CHARS:]}")
    whole = own + "\n" + _fold(parts.signature[:_MAX_CHARS])
    subj = _fold(strip_prefixes(subject or ""))
    # (a "?" in a link's query string asks nothing: "https://…/login?id=88213")
    told = ("\n".join(s for s in _SENTENCE_END.split(own) if "?" not in _URL.sub(" ", s)) if "?" in own
            else own) + "\n" + subj
    name = _fold(from_name or "")
    local = (from_address or "").lower()
    present = _stems(f"{whole}\n{subj}\n{name}")
    points: list[tuple[int, str]] = []

    def add(n: int, why: str) -> None:
        if n:
            points.append((n, why))

    # a newsletter or a mass mailing
    if _UNSUBSCRIBE.search(whole, present):
        add(3, "an unsubscribe footer")
    if any(_NEWSLETTER.search(text, present) for text in (own, subj, name)):
        add(1, "a newsletter")
    if headers and _mass_mailer(headers):
        add(1, "sent by a mass mailer")
    # a demand for payment, a listing, selling
    paying = bool(_ACCOUNT.search(told, present) and _DEMAND.search(told, present))
    if paying:
        add(3, "a demand for payment to an account")
    invoiced = not paying and len(_INVOICE.found(told, present)) >= 2 and bool(_DEMAND.search(told, present))
    if invoiced:
        add(2, "an invoice")
    listing = bool(_LISTING.search(told, present))
    if listing:
        add(2, "a listing or register offer")
    selling = _MARKETING.found(told, present)
    if selling:
        add(min(len(selling), 3), "sales talk")
    last = whole.rstrip().rpartition("\n")[2].strip()
    if _COMPANY.search(told, present) or _COMPANY_FORM.search(name.strip()) or _COMPANY_FORM.search(last):
        add(1, "a company writing")
    # phishing and fraud
    if _CREDENTIALS.search(told, present):
        add(1 + bool(_LINK.search(own)) + bool(_THREAT.search(told)), "asks to log in or verify")
    elif (paying or invoiced) and _THREAT.search(told):
        # (an unpaid invoice, to be paid by a link "för att inte förlora er plats": a threat beside a demand)
        add(1, "a threat or a deadline in hours")
    pressed = not (paying or invoiced) and bool(_PAY_NOW.search(told, present) and _THREAT.search(told))
    if pressed:
        add(2, "a fee to pay under a deadline")
    identity = bool(_IDENTITY.search(told, present))
    if identity:
        add(2, "asks for bank details, card numbers, gift cards or identity papers")
    if _ATTENDEE_DATA.search(told, present):
        add(2, "asks for the list of those attending")
    windfall = _WINDFALL.found(told, present)
    if windfall:
        add(min(len(windfall), 2), "money for nothing")
    if ((paying or listing or selling or windfall or identity or pressed or _INVOICE.search(told, present))
            and _AMOUNT.search(told)):
        add(1, "an amount to pay")
    # who writes, and to whom
    add(*_sender_points(config, local, name))
    if _contact_impersonated(config, local, name):
        add(1, "the event contact's name from outside the contact's domain")
    if _brand_not_its_own(name, local):
        add(1, "a sender name of a known service outside its domains")
    if (_IMPERSONAL.match(own.lstrip()[:80]) or _greets_organisation(config, parts.greeting)
            or _GREETED_BY_ADDRESS.match(_fold(parts.greeting))):
        add(1, "an impersonal greeting")
    if _ROLE_SENDER.match(local):
        add(1, "a sales, newsletter or billing address")
    if sum(n for n, _ in points) < THRESHOLD:
        return points
    # what a participant does
    if _PARTICIPANT.search(own):
        add(-2, "speaks of taking part")
    if _RECEIVED.search(own):
        add(-2, "asks about a mail received")
    if _TROUBLE.search(own):
        add(-1, "tells of a trouble of the writer's own")
    if is_reply and parts.quoted.strip():
        add(-1, "a reply quoting what it answers")
    return points


def _mass_mailer(headers: Mapping[str, str]) -> bool:
    if any(name in headers for name in _BULK_HEADERS):
        return True
    return bool(_BULK_MAILER.search(headers.get("x-mailer", "")[:200]))


def _brand_not_its_own(name: str, address: str) -> bool:
    """Whether the sender name is a well-known service's and the address is in none of its domains."""
    domain = address.rpartition("@")[2]
    if not name or not domain or not _ANY_BRAND.search(name):
        return False
    for words, domains in _BRANDS:
        if words.search(name):
            return not any(domain == d or domain.endswith("." + d) for d in domains)
    return False


# -- the sender's domain and name against the configured organisations' -----------------------------------
@dataclass(frozen=True)
class _Known:
    """What of a config the sender is checked against (built once per config)."""

    domains: tuple[tuple[str, ...], ...]   # the organisations' and the event contact's domains, as labels
    names: frozenset[str]                  # the organisations' names, their longer aliases, the event's first word
    claim: re.Pattern[str]                 # any of ``names`` as whole words


_KNOWN: dict[int, tuple[Config, _Known]] = {}


def _known(config: Config) -> _Known:
    """The (cached) ``_Known`` of ``config``."""
    entry = _KNOWN.get(id(config))
    if entry is not None and entry[0] is config:
        return entry[1]
    found = {d for o in config.organisations for d in o.domains}
    found.add(config.event.contact.rpartition("@")[2].lower())
    domains = tuple(tuple(_labels(d)) for d in sorted(found) if "." in d)
    names = {_fold(o.name) for o in config.organisations}
    names |= {_fold(a) for o in config.organisations for a in o.aliases if len(a) >= 5}
    first = _fold(config.event.name).split(" ")[0].strip(" -,.")
    if len(first) >= 5:
        names.add(first)
    claim = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
                       if names else r"(?!)")
    if len(_KNOWN) > 16:
        _KNOWN.clear()
    known = _Known(domains, frozenset(names), claim)
    _KNOWN[id(config)] = (config, known)
    return known


def _sender_points(config: Config, address: str, name: str) -> tuple[int, str]:
    """Points for a sender whose domain imitates a configured organisation's and whose name claims one or the
    event; a sender in a configured organisation's own domain takes a point away."""
    domain = address.rpartition("@")[2].strip(".")
    if domain and config.organisation_for_domain(domain) is not None:
        return -1, "a sender in an organisation's own domain"
    known = _known(config)
    alike = _look_alike(domain, known.domains) if domain else 0
    claims = 1 if name and known.claim.search(name) else 0
    if alike and claims:
        return alike + claims, "a sender imitating an organisation (domain and name)"
    if alike:
        return alike, "a sender domain imitating an organisation's"
    if claims:
        return claims, "a sender name claiming an organisation or the event outside its domains"
    return 0, ""


def _contact_impersonated(config: Config, address: str, name: str) -> bool:
    """Whether the sender name is the event contact's own ("Linnea Hassis" for linnea.hassis@regiondalarna.se) and
    the address is outside the contact's domain (a fraudster posing as the organiser from a free-mail address)."""
    contact_local, _, contact_domain = config.event.contact.lower().partition("@")
    domain = address.rpartition("@")[2]
    words = [w for w in _LABEL_SEP.split(contact_local) if w]
    return (len(words) >= 2 and bool(domain) and domain != contact_domain
            and name.translate(_PUNCTUATION).split() == words)


def _greets_organisation(config: Config, greeting: str) -> bool:
    """Whether the greeting addresses an organisation ("Dear Region Dalarna,"), not a person."""
    m = _GREETED.match(_fold(greeting).strip(" ,!.:"))
    return m is not None and m.group(1) in _known(config).names


_LABEL_SEP = re.compile(r"[.\-_]+")


def _labels(domain: str) -> list[str]:
    return [t for t in _LABEL_SEP.split(domain.lower()) if t]


def _look_alike(domain: str, configured: tuple[tuple[str, ...], ...]) -> int:
    """How closely a domain no organisation owns imitates a configured one.

    3: it spells the whole configured domain inside another ("regiondalarna-se.com", "falun.se.login.net").
    2: its name is a configured domain's name under another ending or split by hyphens ("region-dalarna.net",
    "falun.com"), or one letter off a long one ("regiondalama.se"), or a long one (10 letters or more) with a
    word added ("regiondalarna-event.com"). 1: a short one with a word added ("mora-kommun.com"): a place name,
    which local firms' domains carry too. 0: none."""
    tokens = _labels(domain)
    if len(tokens) < 2:
        return 0
    name = tokens[:-1]
    joined = "".join(name)
    best = 0
    for flat in configured:
        n = len(flat)
        if any(tokens[i:i + n] == list(flat) for i in range(len(tokens) - n + 1)):
            return 3
        core = "".join(flat[:-1])
        if len(core) < 4:
            continue
        if joined == core or (len(core) >= 8 and _one_edit(joined, core)):
            best = max(best, 2)
        elif _spelt_within(name, core):
            best = max(best, 2 if len(core) >= 10 else 1)
    return best


def _spelt_within(tokens: list[str], core: str) -> bool:
    """Whether some run of whole ``tokens`` spells ``core`` ("region", "dalarna" -> "regiondalarna")."""
    for i in range(len(tokens)):
        acc = ""
        for t in tokens[i:]:
            acc += t
            if acc == core:
                return True
            if len(acc) >= len(core):
                break
    return False


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter changed, added or dropped (or "m" for "rn")."""
    if a.replace("m", "rn") == b or b.replace("m", "rn") == a:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# -- mail that asks nothing of the organiser: a thank-you, another errand ---------------------------------
# A participant's thank-you for our confirmation ("Toppen tack! Ses 3/5"), or a bare "tack! 👍", asks nothing and
# changes nothing; a mail about another matter altogether (a building permit, a room to book, a child to fetch)
# reached the organiser by mistake. Neither is read as a request, and neither is answered. A thank-you that also
# asks, adds, moves, gives up or names someone or a diet is no such thing; nor is a signup that starts "Tack för
# inbjudan": the words of taking part or changing decide against, and so does any word of the event itself.

#: Thanks and approval ("tack", "toppen", "perfekt", "thanks", "great", "👍").
_THANKS = re.compile(r"\b(?:tack\w*|toppen|perfekt|super|kanon\w*|utmarkt|fint|fantastiskt|harligt|underbart|"
                     r"stralande|jattebra|najs|nice|great|perfect|thanks?|thank you|cheers|awesome|"
                     r"excellent|wonderful|lovely|brilliant|noterat|noted|uppfattat)\b")
_THANKS_SIGN = re.compile("[\U0001F44D\U0001F64F\U0001F44C]")
#: Approval first ("Perfekt, tack!"): in a chat that may be the answer to a question of ours, not only thanks.
_APPROVAL = re.compile(r"\W*(?:toppen|perfekt|super|kanon\w*|utmarkt|fint|bra|jattebra|great|perfect|excellent|"
                       r"nice|najs|fantastiskt|harligt)\b")
#: Everything a bare thank-you may hold: thanks, approval, greeting, farewell, "looking forward" (folded).
_ACK_WORDS = re.compile(
    r"\b(?:tack(?:ar|ade|a)?|tusen|stort|sa (?:mycket|hemskt mycket)|for (?:infon|informationen|info|svaret|beskedet|"
    r"bekraftelsen|inbjudan|inbjudningen|det|allt|snabbt svar|hjalpen)|toppen|perfekt|super|kanon\w*|utmarkt|"
    r"fint|fantastiskt|harligt|underbart|stralande|jattebra|bra|najs|nice|great|perfect|thanks?|thank you|"
    r"cheers|awesome|excellent|wonderful|lovely|brilliant|noterat|noted|uppfattat|mottaget|received|got it|"
    r"very much|so much|a lot|lots|"
    r"massor|for (?:the|your) "
    r"(?:info|information|confirmation|invitation|reply|help)|hej|hejsan|hi|hello|hallo|ses|vi ses|see you|"
    r"(?:ser|ser vi) fram emot (?:det|detta|att ses|traffen)|looking forward(?: to it)?|ha det (?:bra|gott)|"
    r"trevlig (?:helg|dag|kvall)|have a (?:nice|good|great) (?:day|weekend)|da|dar|och|and|igen|again|"
    r"mvh|halsningar|regards)\b")
#: A word or a number left when those are taken out.
_LEFT_OVER = re.compile(r"[a-z]{2,}|\d")
#: What makes a short thank-you more than one: a condition, an addition, a move, a denial, a wish, a person.
_MORE = re.compile(r"\b(?:men|but|bara|endast|enbart|only|just|i ?stallet|instead|inte|ej|not|no|nej|"
                   r"ocksa|aven|oxa|too|also|as well|dessutom|andra\w*|change\w*|byt\w*|flytt\w*|lagg\w*|add\w*|"
                   r"kolleg\w*|colleague\w*|vill|want|would|onskar|behover|need|undrar|wonder\w*|kan du|"
                   r"kan ni|could you|can you|please|snalla|garna|anmal\w*|avanmal\w*|avboka\w*|register\w*|cancel\w*|"
                   r"tar med|foljer med|med mig|bring\w*|with me)\b")
#: A person named by given name and surname ("Eva Lund"), neither word a thanks or a greeting.
_NAMED = re.compile(r"\b(?!(?:Tack|Tusen|Stort|Toppen|Perfekt|Super|Hej|Hejsan|Thanks|Thank|Great|Hi|Hello|Vi|Ses|See)\b)"
                    r"[A-ZÅÄÖ][a-zåäöé]+ (?!(?:Tack|Hej|Thanks|Ses)\b)[A-ZÅÄÖ][a-zåäöé]+")
#: Our confirmation quoted in a reply (folded) ...
_CONFIRMED = (r"\b(?:(?:du|ni) (?:ar|har) (?:nu )?(?:blivit )?(?:anmald\w*|registrerad\w*|bokad\w*)|"
              r"(?:din|er) anmalan (?:[^.\n]{0,80} )?(?:ar|har) (?:nu )?(?:registrerad|mottagen|bekraftad|andrats|"
              r"tagits emot)|vi har (?:nu )?(?:tagit emot|mottagit|registrerat) (?:din|er) anmalan|"
              r"tack for (?:din|er) anmalan|(?:du|ni) har fatt (?:en )?plats|"
              r"you (?:are|have been) (?:now )?(?:registered|booked|signed up)|your (?:registration|booking) "
              r"(?:is|has been) (?:confirmed|received|registered)|thank you for (?:your )?registering)\b")
#: ... or in our own replies' words: one line a person and session ("- Anmäld till måndag 3 maj 2027 ...", "- Redan
#: anmäld till ...", "- På väntelistan till ...", "- Registered for ..."; templates/*/reasons), folded.
_OUR_LINES = (r"(?:^|\n)[>\s]*[-–•*]\s*(?:(?:redan )?anmald till|pa vantelistan till|har fatt en plats|"
              r"(?:already )?registered for|(?:already )?on the waiting list for|has been given a place)\b")
_CONFIRMATION = re.compile(_CONFIRMED + "|" + _OUR_LINES)
#: ... or named by the reply's subject ("Sv: Bekräftelse: DalaLab", "Re: Du är anmäld till DalaLab").
_CONFIRMATION_SUBJECT = re.compile(_CONFIRMED + r"|^(?:anmalnings|registrerings)?bekraftelse|"
                                   r"^(?:registration |booking )?confirmation")

# What a mail about another errand speaks of (folded): each kind counts once.
_ERRANDS: tuple[tuple[_Cue, str], ...] = (
    (_Cue("bygglov bygganmalan startbesked slutbesked marklov rivningslov forhandsbesked strandskyddsdispens "
          "carport attefall tomtgrans fastighetsbeteckning grannemedgivande grannehorande situationsplan ritning "
          "ritningar ritningarna",
          r"\b(?:bygglov\w*|bygganmalan\w*|startbesked\w*|slutbesked\w*|marklov\w*|rivningslov\w*|forhandsbesked\w*|"
          r"strandskyddsdispens\w*|carport\w*|attefall\w*|tomtgrans\w*|fastighetsbeteckning\w*|grannemedgivande\w*|"
          r"grannehorande\w*|situationsplan\w*|ritning(?:en|ar|arna)?)\b"),
     "a building or property case"),
    (_Cue("lokalbokning rumsbokning bokning boka bokar reservera",
          r"\b(?:lokalbokning\w*|rumsbokning\w*|(?:boka|bokar|bokning av|reservera) (?:\w+ ){0,2}(?:konferensrum\w*|"
          r"motesrum\w*|rum(?:met)?|salen|projektor\w*))\b"),
     "a room to book"),
    (_Cue("ledningsgrupp ledningsgruppen styrgrupp styrgruppen personalmote medarbetarsamtal lonesamtal tidrapport "
          "tidrapporten semesteransokan ledighetsansokan reserakning utlagg attestera",
          r"\b(?:ledningsgrupp\w*|styrgrupp\w*|personalmote\w*|medarbetarsamtal\w*|lonesamtal\w*|tidrapport\w*|"
          r"semesteransokan\w*|ledighetsansokan\w*|reserakning\w*|utlagg(?:et|en)?|attestera\w*)\b"),
     "internal administration"),
    # family, home and sport: chat meant for someone else ("hej mamma, kan du hämta Ellen på förskolan?", "kommer du
    # på innebandyn? har bokat hallen 19-20", "ska jag handla nåt?", "are you coming to the football tonight?"; not an
    # office's "handläggning", "handläggare")
    (_Cue("forskolan dagis fritids hamta hamtar puss pussar alskling gubben gumman hjartat mamma pappa mormor morfar "
          "farmor farfar skjutsa handla mjolk nycklarna hemma hem vagen innebandy innebandyn fotboll fotbollen padel "
          "gymmet traningen matchen bokat mom mum dad daddy honey football soccer groceries pick kids way home pitch",
          r"\b(?:forskolan|dagis|fritids|hamta (?:\w+ )?(?:pa|fran) (?:forskolan|dagis|fritids|skolan)|"
          r"hamta (?:barnen|ungarna|kidsen)|puss(?:ar)?|alskling|gubben|gumman|hjartat|mamma|pappa|mormor|morfar|"
          r"farmor|farfar|skjutsa\w*|handla(?!gg| (?:upp|in)\b)\w*|mjolk|nycklarna|ar du hemma|kommer hem|pa vagen hem|"
          r"innebandy\w*|fotboll\w*|padel\w*|gymmet|traningen|matchen|bokat (?:hallen|banan|planen|tid i hallen)|"
          r"mom|mum|dad|daddy|honey|football|soccer|groceries|pick up the kids|on (?:the|my|your) way home|"
          r"(?:booked|book) the (?:pitch|court|hall))\b"),
     "a private matter"),
    # a household service or a personal appointment ("ni skulle komma och sota den 12/1", "min tid hos tandläkaren",
    # "när kommer rörmokaren?", "the tyre change", "the electrician was supposed to come")
    (_Cue("sota sotar sotning sotaren sotare tandlakare tandlakaren tandvard tandvarden frisor frisoren frisortiden "
          "klippning rormokare rormokaren elektriker elektrikern hantverkare hantverkaren besiktning besiktningen "
          "dackbyte dackbytet bilverkstad verkstaden sophamtning sophamtningen karlet hemtjanst hemtjansten "
          "vardcentral vardcentralen lakartid lakartiden plumber electrician dentist hairdresser tyre tire mot "
          "chimney sweep garbage",
          r"\b(?:sota|sotar|sotning\w*|sotare\w*|tandlakar\w*|tandvard\w*|frisor\w*|klippning\w*|rormokar\w*|"
          r"elektriker\w*|hantverkar\w*|besiktning\w*|dackbyte\w*|bilverkstad\w*|verkstaden|sophamtning\w*|"
          r"karlet|hemtjanst\w*|vardcentral\w*|lakartid\w*|plumber|electrician|dentist|hairdresser|"
          r"(?:tyre|tire) change|mot test|chimney(?: sweep\w*)?|garbage (?:collection|truck))\b"),
     "a household service or a personal appointment"),
    # a restaurant's table or opening hours ("vill boka bord för 4 kl 19", "har ni öppet på lördag?", "book a table")
    (_Cue("boka bokar bordsbokning bord oppet oppettider kok koket meny menyn book table open",
          r"\b(?:(?:boka|bokar|reservera) (?:ett |nagot )?bord\b|bordsbokning\w*|bord for (?:\d+|tva|tre|fyra|fem|sex|"
          r"sju|atta) (?:personer|pers|st)?|har ni oppet|oppettider\w*|(?:koket|menyn) (?:stanger|oppnar)|"
          r"book a table|table for (?:\d+|two|three|four|five|six)|are you open)\b"),
     "a table at a restaurant"),
    (_Cue("remiss remissen remissvar yttrande yttrandet diarienummer diarienr registrator registratorn kvittens",
          r"\b(?:remiss(?:en|er|erna|svar\w*)?|yttrande(?:t|n|na)?|diarienummer\w*|diarienr|registrator(?:n|er|erna)?|"
          r"kvittens(?:en)?)\b"),
     "a consultation response or a filed case"),
    # the writer saying the thread is used for something else ("ursäkta att jag kapar tråden", "off topic")
    (_Cue("kapar kapa traden off offtopic sidospar",
          r"\b(?:kapa|kapar) (?:\w+ )?traden\b|\boff[- ]?topic\b|\bsidospar\b"),
     "a thread used for another errand"),
)
#: Words of the event and of taking part in it (folded): any of them and the mail is no other errand.
_EVENT = re.compile(
    r"\b(?:traff\w*|tillfall\w*|sessions?|sessioner\w*|larprojekt\w*|inbjudan\w*|inbjudningen|anmal\w*|avanmal\w*|"
    r"registrer\w*|deltag\w*|delta|deltar|workshop\w*|seminari\w*|forelas\w*|oversiktsplan\w*|planeringsstrateg\w*|"
    r"fika\w*|lunch\w*|program\w*|agenda|meetings?|invitation|attend\w*|participa\w*|parkering\w*|parking|"
    r"kursen|konferensen|utbildning\w*|presentation\w*|bilderna|materialet|dokumentation\w*|inspelning\w*|"
    r"kostnad\w*|avgift\w*|intyg\w*|lokalen)\b")
#: A subject that says only that something is asked or told.
_GENERIC_SUBJECT = re.compile(r"^(?:(?:(?:en )?fraga|fragor|question|info|information)\b|(?:hej|hello|hi|ang\.?|angaende|"
                              r"\(?(?:inget|no) (?:amne|subject)\)?)?\W*$)")


def not_for_us(parts: BodyParts, subject: str, config: Config, *, is_reply: bool = False,
               chat: bool = False) -> str:
    """Why a message asks nothing of the organiser and is not about taking part (for ``problems``), or "".

    Two kinds: a thank-you that asks nothing (over our confirmation, or nothing but thanks), and a mail about
    another errand (see ``_ERRANDS``) that names nothing of the event."""
    own = parts.own.strip()
    if not own:
        return ""
    folded = _fold(own[:_MAX_CHARS])
    thanks = _thank_you(parts, own, folded, subject, is_reply=is_reply, chat=chat)
    if thanks:
        return thanks
    if not chat and _filed_notice(parts, own, folded):
        return "a registry's notice of a document filed, for information only"
    points = errand_evidence(parts, subject, config, is_reply=is_reply, folded=folded, chat=chat)
    if sum(n for n, _ in points) < THRESHOLD:
        return ""
    return "not about the event (" + ", ".join(why for n, why in points if n > 0) + ")"


#: Thanks for our confirmation itself ("stort tack för snabb bekräftelse", "tack för bekräftelsen", "thanks for the
#: quick confirmation"), folded: the writer is registered, whether or not our mail is quoted.
_THANKED_CONFIRMATION = re.compile(r"\btack (?:\w+ )?for (?:den |din |er )?(?:\w+ )?bekraftelse(?:n)?\b|"
                                   r"\bthanks?(?: you)? (?:\w+ )?for (?:the |your )?(?:\w+ )?confirmation\b")
#: What makes such a thank-you more than one: a condition, an addition, a move, a denial, a wish (``_MORE`` less
#: "bara" of "bara ett stort tack", "kollegorna" and "andra" one looks forward to meeting).
_MORE_THAN_THANKS = re.compile(_MORE.pattern.replace(r"bara|", "").replace(r"kolleg\w*|colleague\w*|", "")
                               .replace(r"andra\w*|", ""))
#: Looking forward to a session ("det ska bli roligt att träffa …", "ser fram emot", "looking forward"), folded.
_LOOKS_FORWARD = re.compile(r"\b(?:ska|skall) bli (?:\w+ )?(?:roligt|kul|spannande|intressant|trevligt)\b|"
                            r"\bser (?:\w+ )?fram emot\b|\blooking forward\b|\blook forward\b")

_LOOKING_FORWARD_SENTENCE = quick(re.compile(r"[^.!?]*(?:" + _LOOKS_FORWARD.pattern + r")[^.!?]*"))


def _thanks_for_confirmation(own: str, folded: str) -> bool:
    """Whether a message only thanks for our confirmation and looks forward to the event ("Stort tack för snabb
    bekräftelse! Det ska bli roligt att träffa kollegorna i maj."): nothing asked, added, moved or given up."""
    return bool(_THANKED_CONFIRMATION.search(folded) and _LOOKS_FORWARD.search(folded) and "?" not in own
                and len(folded.split()) <= 60 and not _MORE_THAN_THANKS.search(folded) and "@" not in own
                and not _NAMED.search(own) and not find_diet(own) and not asks_change(folded) and not signs_up(folded)
                # (the colleagues one looks forward to meeting are no one signed up)
                and not carries_cue(_LOOKING_FORWARD_SENTENCE.sub(" ", folded)))


#: Agreeing with our confirmation and coming to what it lists ("allt stämmer", "jag kommer på båda", "vi kommer på
#: dem"; not "alla", which may be more than it lists), folded: said in a reply over it, nothing asked.
_AGREED = re.compile(r"\b(?:allt|det|de|dom|uppgifterna) stammer\b|"
                     r"\b(?:jag|vi) (?:kommer|gar|ar med) (?:pa|pa dem|till) (?:bada|dem|dom|de tva|de tre)\b")


def _thank_you(parts: BodyParts, own: str, folded: str, subject: str, *, is_reply: bool, chat: bool) -> str:
    """Why a short message is a thank-you that asks nothing, or ""."""
    if _thanks_for_confirmation(own, folded):
        return "a thank-you for a confirmation, asking nothing"
    if is_reply and "stammer" in folded and _AGREED.search(folded) and (
            _CONFIRMATION.search(_fold(parts.quoted[:4000]))
            or _CONFIRMATION_SUBJECT.search(_fold(strip_prefixes(subject)))):
        folded = _AGREED.sub(" ", folded)   # "Hej, allt stämmer. Jag kommer på båda. Tack!": agreeing, no signup
    if ("?" in own or len(folded.split()) > 25 or not (_THANKS.search(folded) or _THANKS_SIGN.search(own))
            or _MORE.search(folded)):
        return ""
    if "@" in own or _NAMED.search(own) or find_diet(own) or carries_cue(folded) or asks_change(folded):
        return ""
    answer = affirmation(own)
    quoted = _fold(parts.quoted[:4000])
    if answer is False:
        return ""
    if (is_reply and (_CONFIRMATION.search(quoted) or _CONFIRMATION_SUBJECT.search(_fold(strip_prefixes(subject))))
            and not (answer is not None and "?" in quoted) and _days_held(folded, quoted)):
        return "a thank-you for a confirmation, asking nothing"
    if answer is not None or (chat and _APPROVAL.match(folded)) or (not chat and not is_reply
                                                                   and _EVENT.search(_fold(subject))):
        return ""       # "ja"/"perfekt!" may answer our question; under a signup subject thanks may mean a signup
    if _LEFT_OVER.search(_ACK_WORDS.sub(" ", folded)):
        return ""
    return "a thank-you asking nothing"


#: What a registry's record of a document received says ("Inkommen handling har registrerats", "Diarienummer:",
#: "Ärendemening:", "Handläggare:", "har diarieförts"), folded: each kind counted once.
_FILED = re.compile(r"\binkomm(?:en|et|na) (?:handling|handlingar|skrivelse|post|arende)\b|"
                    r"\b(?:har|ar|blivit) (?:nu )?(?:registrerats|registrerad|diarieforts|diariefort|diarieford)\b|"
                    r"\bdiarieforts\b|\b(?:diarienummer|diarienr|arendemening|handlaggare|inkom|avsandare|atgard)\s*:")
#: The writer speaking for themselves: "jag", "vi", "mig", "oss", "we", "us" (not "i", a Swedish word too).
_FIRST_PERSON = re.compile(r"\b(?:jag|vi|mig|oss|we|us)\b")


def _filed_notice(parts: BodyParts, own: str, folded: str) -> bool:
    """Whether a text is only a registry's record of a document received, sent on for information (the diary
    fields of an incoming invitation, "för kännedom"): three kinds of its words, no one writing in the first
    person, nothing asked, no address, nobody signed up, nothing given up or moved."""
    kinds = {re.sub(r"\s*:$", ":", m.group(0).split()[0]) for m in _FILED.finditer(folded)}
    return (len(kinds) >= 3 and "?" not in own and "@" not in own and not parts.forwarded
            and not _FIRST_PERSON.search(folded) and not carries_cue(folded) and not asks_change(folded))


#: A day written with its month: "3/5", "3.5", "2027-05-03", "3 maj", "den 3:e maj", "21 sept." (folded).
_DAY_MONTH = re.compile(r"\b(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.](\d{1,2})\b(?![/.]\d{3})|"
                        r"(\d{1,2})(?::?e|:a)?\.? ([a-z]{3,9})\b)")


def _days(folded: str) -> set[tuple[int, int]]:
    """The (day, month) pairs a folded text writes."""
    found: set[tuple[int, int]] = set()
    for m in _DAY_MONTH.finditer(folded):
        if m.group(1):
            found.add((int(m.group(3)), int(m.group(2))))
        elif m.group(4):
            found.add((int(m.group(4)), int(m.group(5))))
        elif (month := month_of(m.group(7), fuzzy=False)) is not None:
            found.add((int(m.group(6)), month))
    return found


def _days_held(own: str, quoted: str) -> bool:
    """Whether every day a thank-you names ("Ses 3/5") is one the quoted confirmation holds (when it names any):
    a day it does not hold is asked for, not looked forward to."""
    named = _days(own)
    held = _days(quoted) if named else set()
    return not named or not held or named <= held


def errand_evidence(parts: BodyParts, subject: str, config: Config, *, is_reply: bool = False,
                    folded: str | None = None, chat: bool = False) -> list[tuple[int, str]]:
    """The points for a message being about another errand than the event, each with what it is for.

    For: each kind of errand spoken of (2, 3 with two words of it); a subject that names neither the event nor a
    question (1); a short chat message (1). Against: any word of the event, a session's day, the writer taking part
    or giving up a place (decisive); a reply over mail about the event (2)."""
    own = folded if folded is not None else _fold(parts.own[:_MAX_CHARS])
    subj = _fold(strip_prefixes(subject or ""))
    present = _stems(f"{own}\n{subj}")
    points: list[tuple[int, str]] = []
    for cue, why in _ERRANDS:
        found = cue.found(own, present) | cue.found(subj, present)
        if found:
            points.append((2 + (len(found) >= 2), why))
    if not points:
        return points
    if subj and not _EVENT.search(subj) and not _GENERIC_SUBJECT.match(subj):
        points.append((1, "a subject about something else"))
    if chat and len(own.split()) <= 30:
        points.append((1, "a short chat message"))
    first = _fold(config.event.name).split(" ")[0].strip(" -,.")
    sessions = {(s.date.day, s.date.month) for s in config.event.sessions}
    if (_EVENT.search(own) or (len(first) >= 4 and first in own) or _PARTICIPANT.search(own) or asks_change(own)
            or signs_up(own) or not sessions.isdisjoint(_days(f"{own}\n{subj}"))):
        points.append((-9, "speaks of the event or of taking part"))
    elif is_reply and _EVENT.search(_fold(parts.quoted[:4000])):
        points.append((-2, "a reply to mail about the event"))
    return points
