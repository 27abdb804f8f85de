"""Recognising mail that must never be answered: automatic replies, bounces, receipts, bulk mail.

Two kinds come out. ``AUTO_REPLY`` (RFC 3834 Auto-Submitted, X-Autoreply, an empty or daemon
envelope sender or From, any delivery, disposition or feedback report however nested or spelt,
delivery-status wording in the main European languages, out-of-office text) becomes intent
``auto_reply``. ``BULK`` (Precedence: bulk/junk/list, List-* headers: newsletters and mailing
lists) is never answered either, but the labels give it intent ``unknown``; the parser then notes
the reason in ``problems``. ``MACHINE`` is mail from a no-reply address (or with a bulk mailer's
bounce address as envelope sender) and nothing else automatic about it: a machine sent it, but not
as a reply. The parser reads it as ``auto_reply`` unless it reads as unsolicited (``unsolicited``:
newsletters, invoice scams and phishing are sent from no-reply addresses too), then ``unknown``.
A forwarded bounce whose text speaks of a registration is a person passing on a signup that
bounced: it is read. Every pattern is linear in its input.
"""

from __future__ import annotations

import re
from enum import Enum

from assistant.parsing.subject import is_forward, is_reply, strip_prefixes
from assistant.parsing.text import fold


class Automatic(Enum):
    """How a message was sent by a machine."""

    AUTO_REPLY = "auto_reply"
    BULK = "bulk"
    MACHINE = "machine"


# Local parts of the addresses mail systems send from ("post@" and "info@" are people's function mailboxes).
_DAEMONS = re.compile(r"^(?:mailer[-_]?daemon|mail[-_]?daemon|post[-_]?master|bounces?|auto-?reply|"
                      r"owner-[^@]*|[^@]*-(?:owner|bounces?)|"
                      r"microsoftexchange[0-9a-f]{8,32})(?:[+@.-]|$)", re.IGNORECASE)
# Local parts that say only that no one reads replies: notifications, newsletters and scams use them too.
_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|dont-?reply)(?:[+@.-]|$)", re.IGNORECASE)
# A bulk mailer's envelope sender (VERP: "bounce-123-x=y@mail.example.net", "bounces+id@..."): a mailing, not a reply.
_VERP = re.compile(r"^(?:bounces?|bnc|return|rtn)[+._-][^@]+@", re.IGNORECASE)
_DAEMON_NAME = re.compile(r"^[\s\"']*(?:mail delivery (?:sub)?system|mailer[-_ ]?daemon|post[-_ ]?master|"
                          r"mail administrator)\b", re.IGNORECASE)
_REPORT = re.compile(r"multipart\s*/\s*report\b", re.IGNORECASE)
_REPORT_TYPE = re.compile(r"report-type\s*=\s*\"?\s*([\w.-]+)", re.IGNORECASE)
# Automatic replies and receipts, at the very start of the subject (folded: no diacritics).
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:(?:automatiskt? svar|autosvar|automatic reply|auto(?:matic)?[- ]?reply|autoreply|"
    r"out of (?:the )?office|franvaromeddelande|franvaro(?=\s*:)|abwesenheitsnotiz|automatische antwort|"
    r"reponse automatique|automatisch antwoord|automaattinen vastaus|respuesta automatica|"
    r"risposta automatica|resposta automatica|fuera de la oficina|"
    r"(?:(?:ej |not |un)?(?:last|read|gelesen|gelezen|lest|luettu|leido|letto|lido|lu))(?=\s*:))\b)")
# Delivery-status wording, at the start of the subject or after a colon ("RE: Anmälan : non remis").
_DELIVERY_SUBJECT = re.compile(
    r"(?:^|:)\s*(?:"
    r"undeliver(?:able|ed)|non-?deliver(?:y|able)|not delivered|delivery (?:status|failure|failed|has failed|"
    r"delayed|warning|report|notification)|delayed (?:mail|delivery)|mail delivery (?:failed|failure|warning|"
    r"error|problem)|(?:mail|message|email|e-mail) (?:could not|couldn't|cannot|can't) be delivered|"
    r"returned mail|mail returned|failure notice|could not send message|mail system error|loop alert|"
    r"mail loop|complaint about message from|"
    r"olevererbart?|(?:kunde|kan) inte levereras|(?:det )?gick inte att leverera|icke levererat|leverans(?:en)? (?:misslyckades|fordrojd)|"
    r"leveransfel|fordrojd leverans|"
    r"ikke lever(?:t|et)|kan ikke leveres|kunne ikke leveres|levering(?:en)? (?:mislyktes|"
    r"mislykkedes|forsinket)|leveringsfe(?:il|jl)|forsinket levering|"
    r"ei voitu toimittaa|toimittamaton|(?:viestin )?toimitus (?:epaonnistui|viivastyi)|"
    r"(?:nicht |un)zustellbar|zustellung (?:fehlgeschlagen|gescheitert|verzogert)|ubermittlungsfehler|"
    r"non remis|non distribuable|echec de (?:la )?(?:remise|distribution|livraison)|remise differee|"
    r"message non (?:remis|delivre|distribue)|"
    r"no se (?:puede|pudo) entregar|no entregad[oa]|no entregable|error de entrega|"
    r"entrega (?:retrasada|demorada|fallida|atrasada|falhou)|"
    r"non recapitabile|impossibile recapitare|mancato recapito|recapito (?:ritardato|non riuscito)|"
    r"non recapitato|onbestelbaar|kan niet worden (?:bezorgd|afgeleverd)|niet (?:afgeleverd|bezorgd)|"
    r"bezorging (?:vertraagd|mislukt)|"
    r"(?:mensagem )?nao (?:entregue|foi entregue)|nao (?:e|foi) possivel entregar|falha na entrega"
    r")\b")
# RFC 3464 delivery-status fields, perhaps quoted: only mail systems write them.
_DSN_RECIPIENT = re.compile(r"^[> \t]*final-recipient[ \t]*:", re.IGNORECASE | re.MULTILINE)
_DSN_ACTION = re.compile(r"^[> \t]*action[ \t]*:[ \t]*(?:failed|delayed)\b", re.IGNORECASE | re.MULTILINE)
_SIGNUP_WORDS = re.compile(r"\b(?:avanmal|anmal|register|sign(?:ing)? ?up|avboka|boka|cancel)")
_AUTO_BODY = re.compile(
    r"\b(?:frånvaromeddelande|automatiskt svar|autosvar|out of (?:the )?office|automatic reply|"
    r"auto-?reply|this is an automatic|detta är ett automatiskt|detta mejl är automatiskt)\b",
    re.IGNORECASE)
_AWAY = re.compile(
    r"\b(?:(?:jag är|i am|i'm|i will be)\s+(?:för närvarande\s+|currently\s+|just nu\s+)?(?:på semester|på tjänsteresa|"
    r"tjänstledig|föräldraledig|ledig|borta|frånvarande|på kurs|sjukskriven|away|on (?:annual |parental )?leave|"
    r"on holiday|on vacation|travelling|out of (?:the )?office)|"
    r"jag har (?:för närvarande\s+|just nu\s+)?(?:semester|ledigt|föräldraledigt|tjänstledigt|semesterledigt)|"
    r"i have (?:limited|no) access|i(?:'m| am) (?:currently )?(?:off|out)\b|"
    # the computer shut for a holiday ("har stängt datorn för julledigheten", "stängt av datorn över sommarledigheten")
    r"(?:har )?stängt (?:av )?(?:datorn|mejlen|e-?posten)\b[^.!?]{0,30}\b\w*(?:ledighet|semester)\w*)", re.IGNORECASE)
_AWAY_REPLY = re.compile(
    r"\b(?:läser (?:inte|ej)|begränsad tillgång|besvarar (?:ditt|ert|mejlet)|svarar (?:på ditt|när)|"
    r"när jag är tillbaka|är tillbaka|åter (?:i tjänst|på kontoret)|brådskande|limited access|"
    r"when i (?:return|am back|get back)|i will (?:reply|respond|get back)|urgent matters|back on|"
    r"till och med|t\.?o\.?m\.?|no access to (?:my )?e-?mail|kontakta (?:växeln|min kollega|istället)|"
    r"please contact|vid (?:brådskande|akuta) ärenden|"
    r"will be back)\b", re.IGNORECASE)


#: A calendar response's subject ("Accepterat: DalaLab träff 1", "Accepted: ...", "Tentative: ..."), folded.
#: Declined too, and Swedish Outlook's "Godkänt:" ("Avböjt:", "Declined:", "Abgelehnt:").
_CALENDAR_SUBJECT = re.compile(r"^\s*(?:accepterat|accepterad|accepted|angenommen|tentative|tentativt|preliminart|accepte|"
                               r"godkant|godkand|avbojt|avbojd|declined|abgelehnt|refuse)\s*:")
#: Of those, a decline ("Avböjt: DalaLab träff 4", "Declined: ..."), folded.
_DECLINE_SUBJECT = re.compile(r"^\s*(?:avbojt|avbojd|declined|abgelehnt|refuse)\s*:")
#: A booked room's automatic refusal ("Din begäran har avböjts automatiskt eftersom ...", "Den här resursen kan inte
#: bokas för tider som redan är bokade. Kontakta ..."), folded: no person declines.
_RESOURCE_REFUSAL = (r".{0,40}\b(?:har avbojts automatiskt|was declined automatically|has been automatically "
                     r"declined)\b.{0,120}|(?:den har|this) resurs\w* (?:kan inte bokas|cannot be booked)\b.{0,200}")
_REFUSED = re.compile(r"^\s*(?:" + _RESOURCE_REFUSAL + ")")
#: The lines a calendar program writes under it ("Eva Lund har accepterat mötet.", "När: ...", "Var: ..."), folded.
_CALENDAR_LINE = re.compile(r"^\s*(?:.{0,80}\b(?:har (?:accepterat|preliminart accepterat|godkant|avbojt)|has (?:tentatively )?"
                            r"(?:accepted|declined)|hat (?:\w+ )?(?:angenommen|abgelehnt))\b.{0,40}|(?:nar|var|when|where|"
                            r"wann|wo|tid|plats|time|location)\s*:.*|_+|-+|" + _RESOURCE_REFUSAL + "|"
                            # the Teams block under an invitation
                            r"microsoft teams(?:-mote| meeting)|(?:delta|join) (?:pa|on) (?:din|your) (?:dator|computer)\b.*|"
                            r"(?:klicka har|click here) (?:for att ansluta|to join)\b.*)$")
#: A receipt from a case-management system or help desk ("Ditt ärende har fått nummer KC-2027-01873", "Vi har tagit
#: emot ditt ärende", "Your case has been registered") that also says it cannot be answered.
_RECEIPT = re.compile(r"\b(?:(?:ditt|ert) arende\w* (?:har (?:fatt|registrerats|tagits emot)|ar registrerat|"
                      r"nummer)|(?:tagit emot|mottagit) (?:ditt|ert) arende\b|arendenummer\w*|(?:your|the) (?:case|ticket|request|enquiry|inquiry) (?:number|has been "
                      r"(?:registered|received|logged|created))|(?:case|ticket|reference) (?:number|no\.?|id)\b|"
                      # a registry's receipt of any mail ("en automatisk bekräftelse på att vi har tagit emot ditt
                      # e-postmeddelande", "this is an automatic confirmation that we have received your message")
                      r"(?:automatisk|automatic) (?:\w+ )?(?:bekraftelse|kvittens|confirmation|receipt)\b[^.]{0,40}"
                      r"(?:tagit emot|mottagit|inkommit|received)|mottagningsbekraftelse|mottagningskvitto|"
                      # a registry's entry of the mail ("ditt meddelande har registrerats med diarienummer 2027/231",
                      # "ditt e-postmeddelande har diarieförts", "your e-mail has been registered under reference")
                      r"\bdiarie(?:nummer|nr|beteckning)\b|\bdiariefor(?:ts|t|d)\b|"
                      r"(?:ditt|ert|din|er) (?:e-?post\w*|meddelande\w*|mejl\w*|mail\w*|brev\w*|skrivelse\w*|inlaga\w*) "
                      r"(?:\w+ ){0,4}(?:har|ar) (?:nu )?(?:registrerats|registrerat|diarieforts|inkommit)|"
                      r"(?:your|the) (?:e-?mail|message|mail|letter) (?:\w+ ){0,3}has been (?:registered|logged|recorded) "
                      r"(?:under|with|as)\b)")
_UNANSWERABLE = re.compile(r"\b(?:automatiskt (?:utskick|genererat|meddelande|svar|skickat)|det gar inte att svara pa|"
                           # "Detta meddelande går inte att svara på", "Det här mejlet kan inte besvaras", "Du kan inte
                           # svara på det här meddelandet", "This message cannot be answered", "this mailbox is not
                           # monitored"
                           r"(?:gar|kan) (?:inte|ej) (?:att )?(?:svara pa|besvaras)|"
                           r"kan (?:inte|ej) svara pa (?:det har|detta)|"
                           r"(?:cannot|can ?not|can'?t) be (?:answered|replied to|responded to)|"
                           r"(?:is|are) not monitored|"
                           r"(?:en|an) automatisk (?:bekraftelse|kvittens)|an automatic (?:confirmation|receipt)|"
                           r"svara inte pa (?:det har|detta)|(?:do not|don'?t|please do not) reply|cannot be replied to|"
                           r"automatically (?:generated|sent)|this is an automated)\b")


#: A mailing list's digest, by its subject ("[planerare] Sammanfattning, volym 12, nummer 3", "planners Digest, Vol 4,
#: Issue 2"), folded.
_DIGEST_SUBJECT = re.compile(r"\b(?:sammanfattning|sammandrag|digest)\b,? (?:vol(?:ym|ume)?\.?|utgava) ?\d+,? "
                             r"(?:nummer|nr\.?|issue|no\.?) ?\d+\b")
#: What a list server writes in a digest or below a list mail ("Dagens ämnen:", "Today's Topics:", "Skicka inlägg
#: till listan ...", "Send ... mailing list submissions to", a mailman "listinfo" link, an unsubscribe line, "Avsluta
#: prenumerationen:" too; the reader told they get it as one of the list's members: "Du får det här mejlet eftersom du
#: är medlem i listan …", "… prenumererar på e-postlistan …", "you are receiving this because you are subscribed to
#: the … list"), folded.
_DIGEST_TEXT = re.compile(r"^[ \t]*(?:dagens amnen|today'?s topics)[ \t]*:|"
                          r"\bskicka (?:bidrag|inlagg) (?:till listan )?till\b|\bmailing list submissions to\b|"
                          r"/mailman/listinfo/|/listinfo/|^[ \t]*(?:avsluta prenumeration\w*|unsubscribe|avregistrera)\b[^\n]{0,20}:|"
                          r"\b(?:du|ni) (?:far|fick) (?:det har|detta|den har) (?:\w+ )?(?:mejl\w*|mail\w*|e-?post\w*|"
                          r"meddelande\w*) (?:eftersom|da) (?:du|ni) (?:ar (?:medlem\w*|med) i|prenumererar pa) "
                          r"(?:e-?post|mejl|mail|diskussions)?listan\b|"
                          r"\byou (?:are|were) receiving this\b[^\n]{0,40}\b(?:subscribed to|(?:a )?member of)\b[^\n]{0,60}"
                          r"\b(?:list|group)\b",
                          re.MULTILINE)


def _digest(subject: str, body: str) -> bool:
    """Whether a mail is a mailing list's digest: its subject says so and a list server's lines are in the text, or
    two different such lines are (not a person forwarding or answering one)."""
    if is_forward(subject) or is_reply(subject):
        return False
    lines = {m.group(0).strip()[:12] for m in _DIGEST_TEXT.finditer(fold(body[:6000]))}
    return bool(lines) and (bool(_DIGEST_SUBJECT.search(fold(subject))) or len(lines) >= 2)


#: A list's tag opening a subject ("[natverket-mora] Samåkning").
_LIST_TAG = re.compile(r"^\s*\[([\w.-]{2,60})\]")
#: A writer posting through a list, in the From header's name ("Per Holm via Nätverket Mora <lista@…>").
_VIA_LIST = re.compile(r"\svia\s[^<@]{2,80}<")


def _list_post(headers: dict[str, str], subject: str, from_address: str | None, body: str,
               ours: frozenset[str] = frozenset()) -> bool:
    """Whether a mail is a post to a mailing list that came to us as one of its members, without List- headers: a
    list server's line in its text ("/mailman/listinfo/") and the list's tag in the subject naming the sender's
    address or the address it was sent to (a member's post: From the member, To the list), or the writer posting
    "via" the list; not a person forwarding or answering one, nor a member who writes to us too (``ours``, our
    addresses, in To or Cc, From the member, not the list: "Linnea (kopierad): anmäl mig ..." in a reply to all)."""
    if is_forward(subject) or is_reply(subject) or not _DIGEST_TEXT.search(fold(body[-3000:])):
        return False
    tag = _LIST_TAG.match(subject)
    from_list = (tag is not None and from_address is not None
                 and from_address.split("@")[0].lower() == tag.group(1).lower())
    if (ours and not from_list and not _VIA_LIST.search(headers.get("from", ""))
            and {m.group(0).lower() for m in _LOCAL_PART.finditer(headers.get("to", "") + " " + headers.get("cc", ""))}
            & ours):
        return False
    if tag is not None:
        # (the local parts of From, To and Cc: "planerare@listor.example.se")
        addresses = " ".join((from_address or "", headers.get("to", ""), headers.get("cc", "")))
        if tag.group(1).lower() in {m.lower() for m in _LOCAL_PART.findall(addresses)}:
            return True
    return bool(_VIA_LIST.search(headers.get("from", "")))


#: The local part of an address in a header ("Lista <planerare@listor.example.se>" → "planerare").
_LOCAL_PART = re.compile(r"([\w.+-]{1,64})@[\w-]+(?:\.[\w-]+)+")


def _header(headers: dict[str, str], name: str) -> str:
    return headers.get(name, "").strip().lower()


def automatic_kind(headers: dict[str, str], subject: str, from_address: str | None,
                   content_type: str, report_type: str | None, body: str,
                   ours: frozenset[str] = frozenset()) -> tuple[Automatic | None, str]:
    """Whether a mail was sent automatically, and the reason (for ``problems`` and logs); ``ours``: our own addresses
    (lower case), a list post written to us as well being read."""
    auto = _header(headers, "auto-submitted")
    if auto and auto != "no" and not auto.startswith("no "):
        return Automatic.AUTO_REPLY, f"Auto-Submitted: {auto}"
    for name in ("x-autoreply", "x-autorespond", "x-autorespond-id", "x-autogenerated"):
        if name in headers:
            return Automatic.AUTO_REPLY, f"{name} header"
    report = _report(headers, content_type, report_type)
    if report:
        return Automatic.AUTO_REPLY, f"report ({report})"
    if "x-ms-exchange-generated-message-source" in headers:
        return Automatic.AUTO_REPLY, "Exchange-generated message"
    reason = _machine_sender(headers, from_address)
    if reason:
        return Automatic.AUTO_REPLY, reason
    if _AUTO_SUBJECT.match(fold(subject or "")):
        return Automatic.AUTO_REPLY, "automatic-reply subject"
    reason = _delivery_wording(subject or "", body)
    if reason:
        return Automatic.AUTO_REPLY, reason
    precedence = _header(headers, "precedence")
    if precedence in ("auto_reply", "auto-reply"):
        return Automatic.AUTO_REPLY, f"Precedence: {precedence}"
    if out_of_office_text(body):
        return Automatic.AUTO_REPLY, "out-of-office text"
    if calendar_response(subject or "", body):
        return Automatic.AUTO_REPLY, "calendar response without comment"
    if _receipt(subject or "", body):
        return Automatic.AUTO_REPLY, "case-management receipt"
    if precedence in ("bulk", "junk", "list"):
        return Automatic.BULK, f"bulk mail (Precedence: {precedence}): never answered"
    for name in headers:
        if name.startswith("list-"):
            return Automatic.BULK, f"mailing-list mail ({name} header): never answered"
    if _digest(subject or "", body):
        return Automatic.BULK, "mailing-list digest: never answered"
    if _list_post(headers, subject or "", from_address, body, ours):
        return Automatic.BULK, "mailing-list post: never answered"
    reason = _no_reply_sender(headers, from_address)
    if reason:
        return Automatic.MACHINE, reason
    return None, ""


def _report(headers: dict[str, str], content_type: str, report_type: str | None) -> str:
    """The kind of report a mail is (delivery status, read receipt, abuse feedback), or "" when none.

    ``report_type`` comes from any part of the mail (``mime``); the raw Content-Type is read too,
    for the odd ones the MIME parser does not take ("multipart / report", no semicolons)."""
    if report_type:
        return report_type
    raw = headers.get("content-type", "")
    if _REPORT.search(content_type) or _REPORT.search(raw):
        found = _REPORT_TYPE.search(raw)
        return found.group(1).lower() if found else "multipart/report"
    return ""


def _machine_sender(headers: dict[str, str], from_address: str | None) -> str:
    """Why the envelope sender (Return-Path) or From is a mail system's, or "" when it is not."""
    if "return-path" in headers:
        envelope = headers["return-path"].strip().strip("<>").strip()
        if not envelope:
            return "null return path"
        if _DAEMONS.match(envelope) and not _VERP.match(envelope):
            return f"daemon return path {envelope}"
    if not from_address:
        return "null sender" if "from" in headers else ""
    if _DAEMONS.match(from_address):
        return f"daemon sender {from_address}"
    if _DAEMON_NAME.match(headers.get("from", "")):
        return f"daemon sender name ({from_address})"
    return ""


def _no_reply_sender(headers: dict[str, str], from_address: str | None) -> str:
    """Why a mail comes from an address no one reads (a no-reply From or envelope, a bulk mailer's bounce
    address), or "" when it does not."""
    if from_address and _NO_REPLY.match(from_address):
        return f"no-reply sender {from_address}"
    envelope = headers.get("return-path", "").strip().strip("<>").strip()
    if envelope and (_NO_REPLY.match(envelope) or _VERP.match(envelope)):
        return f"bulk or no-reply return path {envelope}"
    return ""


def _delivery_wording(subject: str, body: str) -> str:
    """Why a mail reads as a delivery report (subject or RFC 3464 fields), or "" when it does not.

    A forward of one whose text names a registration is a person resending a bounced signup."""
    if _DELIVERY_SUBJECT.search(fold(strip_prefixes(subject))):
        reason = "delivery-status subject"
    else:
        head = body[:8000]
        if not (_DSN_RECIPIENT.search(head) and _DSN_ACTION.search(head)):
            return ""
        reason = "delivery-status fields in the text"
    if is_forward(subject) and not is_reply(subject) and _SIGNUP_WORDS.search(fold(body[:600])):
        return ""
    return reason


def _calendar_lines_only(body: str) -> list[str] | None:
    """The lines of a body that has only what a calendar program writes (folded; [] for an empty one), else None."""
    lines = [ln for ln in fold(body[:2000]).splitlines() if ln.strip()]
    return lines if len(lines) <= 8 and all(_CALENDAR_LINE.match(ln) for ln in lines) else None


def calendar_response(subject: str, body: str) -> bool:
    """Whether a mail is a calendar program's answer to a meeting with no words of the sender's own: an acceptance,
    a tentative one, or a booked room's automatic refusal. A person's bare decline is not one (``declined_by_click``):
    it gives up the session, read with doubt."""
    if not _CALENDAR_SUBJECT.match(fold(subject)) or (lines := _calendar_lines_only(body)) is None:
        return False
    return not _DECLINE_SUBJECT.match(fold(subject)) or any(_REFUSED.match(ln) for ln in lines)


def declined_by_click(subject: str, body: str) -> bool:
    """Whether a mail is a person's calendar decline of a meeting with no words of their own ("Avböjt: DalaLab träff
    4", an empty body or only "Eva Lund har avböjt det här mötet. När: ..."): the session it names given up, but a
    click may be a slip, so the reading is asked about."""
    if not _DECLINE_SUBJECT.match(fold(subject)) or (lines := _calendar_lines_only(body)) is None:
        return False
    return not any(_REFUSED.match(ln) for ln in lines)


def _receipt(subject: str, body: str) -> bool:
    """Whether a mail is a case-management system's receipt: a case number given and no reply possible."""
    if is_forward(subject) or is_reply(subject):
        return False
    head = fold(body[:1500])
    return bool(_RECEIPT.search(head) and _UNANSWERABLE.search(head))


def out_of_office_text(body: str) -> bool:
    """Whether a text reads as an out-of-office reply (for mail without automatic headers)."""
    head = body[:600]
    if _AUTO_BODY.search(head[:200]):
        return True
    first = fold(head)
    if "galler det" in first:     # matters referred to a colleague ("Gäller det anmälningar så kontakta Per Holm")
        first = _REFERRED.sub(" ", first)
    # (not a leave told to give up a place: "jag är föräldraledig till och med oktober och kan därför inte vara med
    # ... Avanmälan", "on leave until May, please cancel my registration")
    return bool(_AWAY.search(head) and _AWAY_REPLY.search(head) and not _SIGNED_UP.search(first))


#: Matters an away note refers to a colleague ("Gäller det bygglov eller anmälningar så ta det med min kollega",
#: "gäller det anmälningar, kontakta ..."): folded; no signup of the writer's own.
_REFERRED = re.compile(r"\bgaller det\b[^.!?]{0,100}?(?:,|\bsa)\s+(?:\w+\s+)?(?:ta det|kontakta|vand dig|hor av dig|"
                       r"maila|mejla|ring)\b")
#: Signing up or off, which an out-of-office reply does not speak of (folded).
_SIGNED_UP = re.compile(r"\b(?:av)?anmal|\bavregistrer|\b(?:un|de)?register|\bsign (?:me )?(?:up|off)\b|\bcancel(?:l?ing|l?ed)? (?:my|our|his|her)\b")
