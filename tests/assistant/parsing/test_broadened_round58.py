"""The classes fixed in rounds 58b and 58c, broadened (round 58d): each said in other words, tenses, persons, word
orders, with typos and missing accents, in chat style, in English, or inside a longer mail with a signature; and for
each a few near-misses that must not be read that way.

Each case: the channel ("chat" or a mail's sender), the text, the intent expected, the people's names expected
(sorted; None: not checked) and the sessions expected (None: not checked)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender, Unsure
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, build_mail

R, C, Q, E, U = Intent.REGISTER, Intent.CANCEL, Intent.QUESTION, Intent.ERASURE, Intent.UNKNOWN
CHIEF = "Ingrid Sahlin <ingrid.sahlin@leksand.se>"
MAILBOX = "Leksands kommun <info@leksand.se>"
CHAT = "chat"
REGISTRY = "Registrator Leksands kommun <registrator@leksand.se>"
Case = tuple[str, str, Intent | None, list[str] | None, list[dt.date] | None]


def _read(channel: str, text: str, config: Config) -> ParsedRequest:
    if channel == CHAT:
        return parse_chat(text, Sender("telegram", "7031", "Ingrid Sahlin"), config, ARRIVAL)
    subject = "VB: Avregistrering" if channel == REGISTRY else "DalaLab"
    return parse_email(build_mail(text, sender=channel, subject=subject), config, ARRIVAL)


def _check(case: Case, config: Config) -> ParsedRequest:
    channel, text, intent, names, sessions = case
    r = _read(channel, text, config)
    if intent is not None:
        assert r.intent == intent
    if names is not None:
        assert sorted(p.name or "" for p in r.people) == sorted(names)
    if sessions is not None:
        assert sorted(r.sessions) == sorted(sessions)
    return r


# --- people a writer sends or passes on (58b) ------------------------------------------------------------------------
SENT: list[Case] = [
    (CHIEF, ("Hej Linnea!\n\nTack för inbjudan till DalaLab, det låter som ett bra upplägg. Vi har pratat ihop oss på "
            "enheten och det blir Siri Dahl och Anton Wik som går på alla fyra träffarna. Jag själv kan tyvärr inte "
            "delta i år eftersom vi har en omorganisation.\n\nMed vänliga hälsningar\nIngrid Sahlin\nEnhetschef "
            "plan\nLeksands kommun\n0247-123 45"), R, ["Anton Wik", "Siri Dahl"], list(ALL)),
    (CHIEF, ("Hej!\n\nVi kommer att skicka Siri Dahl och Anton Wik på alla fyra träffarna. Själv har jag inte tid.\n\n"
            "Mvh\nIngrid Sahlin\nEnhetschef, Leksands kommun"), R, ["Anton Wik", "Siri Dahl"], list(ALL)),
    (CHIEF, ("Hej,\n\nDet får bli Siri Dahl och Anton Wik som representerar Leksand på samtliga träffar. Jag själv "
            "deltar inte.\n\n/Ingrid"), R, ["Anton Wik", "Siri Dahl"], list(ALL)),
    (CHIEF, ("Hej!\n\nVi har utsett Siri Dahl och Anton Wik att delta på alla träffarna. Själv stannar jag hemma.\n\n"
            "Hälsningar\nIngrid Sahlin"), R, ["Anton Wik", "Siri Dahl"], list(ALL)),
    (CHAT, "hej! vi skickar Siri Dahl o Anton Wik på alla träffar, jag själv hinner inte", R,
     ["Anton Wik", "Siri Dahl"], list(ALL)),
    (CHIEF, ("Hi,\n\nWe are sending Siri Dahl and Anton Wik to all four sessions. I can't make it myself.\n\n"
            "Best regards\nIngrid Sahlin"), R, ["Anton Wik", "Siri Dahl"], list(ALL)),
    (CHIEF, ("Hej!\n\nFrån Leksand skickar vi Siri Dahl, Anton Wik och Nils Ahl på de två första träffarna. Själv "
            "har jag tyvärr inte tid i år.\n\nHälsningar\nIngrid Sahlin"), R, ["Anton Wik", "Nils Ahl", "Siri Dahl"],
     [S1, S2]),
    (MAILBOX, ("Hej!\n\nNils Ahl, byggnadsinspektör här, har hört av sig och vill gärna vara med på alla träffar. Han "
              "har inte tillgång till sin mejl just nu.\n\nVänliga hälsningar\nKontaktcenter\nLeksands kommun"), R,
     ["Nils Ahl"], list(ALL)),
    (MAILBOX, ("Hej!\n\nVi fick ett samtal från Nils Ahl, byggnadsinspektör hos oss, som önskar delta på träffen 21 "
              "september.\n\nVänliga hälsningar\nKontaktcenter\nLeksands kommun"), R, ["Nils Ahl"], [S2]),
]
SENT_NOT: list[Case] = [
    # the invitation sent on to them, no signup of them
    (CHIEF, "Hej!\n\nTack, jag skickar inbjudan vidare till Siri Dahl och Anton Wik.\n\nMvh\nIngrid Sahlin", U, [], []),
    # the writer going too
    (CHIEF, "Hej!\n\nVi skickar Siri Dahl på alla träffarna och jag följer också med.\n\nMvh\nIngrid Sahlin", R,
     ["Ingrid Sahlin", "Siri Dahl"], list(ALL)),
    (CHIEF, "Hej!\n\nDet blir Siri Dahl och jag som åker från Leksand på alla träffar.\n\nMvh\nIngrid Sahlin", R,
     ["Ingrid Sahlin", "Siri Dahl"], list(ALL)),
]


# --- those already signed up (58b) -----------------------------------------------------------------------------------
WRITER = "Karin Lööf <karin.loof@leksand.se>"
HELD: list[Case] = [
    (WRITER, ("Hej,\n\nJag och Per Holm vill anmäla oss till alla träffar. Eva Ek står redan på listan.\n\n"
             "Mvh Karin Lööf"), R, ["Karin Lööf", "Per Holm"], list(ALL)),
    (WRITER, ("Hej,\n\nJag och Per Holm vill anmäla oss till alla träffar (Eva Ek har redan en plats sedan januari)."
             "\n\nMvh Karin Lööf"), R, ["Karin Lööf", "Per Holm"], list(ALL)),
    (WRITER, ("Hej Linnea,\n\nMin kollega Jonas Berg (jonas.berg@leksand.se) vill gå på höstens två träffar. Själv "
             "står jag redan på listan.\n\n/Karin"), R, ["Jonas Berg"], [S2, S3]),
    (WRITER, ("Hej Linnea,\n\nMin kollega Jonas Berg (jonas.berg@leksand.se) vill gå på höstens två träffar. Jag har "
             "redan en plats sedan i vintras.\n\n/Karin"), R, ["Jonas Berg"], [S2, S3]),
    (WRITER, ("Hej,\n\nJag och Per Holm vill anmäla oss till alla träffar. Eva Ek anmälde sig redan förra veckan.\n\n"
             "Mvh Karin Lööf"), R, ["Karin Lööf", "Per Holm"], list(ALL)),
    (WRITER, ("Hej,\n\nEva Ek har redan anmält sig, så det gäller bara mig och Per Holm. Vi vill gå på alla träffar."
             "\n\nMvh Karin Lööf"), R, ["Karin Lööf", "Per Holm"], list(ALL)),
    (WRITER, "Hej,\n\nVi blir två från Leksand: jag och Per Holm. Eva Ek e redan anmald.\n\nMvh Karin Lööf", R,
     ["Karin Lööf", "Per Holm"], None),
    (WRITER, ("Hi,\n\nPer Holm and I would like to sign up for all sessions. Eva Ek is already registered.\n\n"
             "Best, Karin Lööf"), R, ["Karin Lööf", "Per Holm"], list(ALL)),
    (WRITER, ("Hej Linnea,\n\nMin kollega Jonas Berg (jonas.berg@leksand.se) vill gå på höstens två träffar. Jag "
             "registrerade mig själv redan i december.\n\n/Karin"), R, ["Jonas Berg"], [S2, S3]),
    (WRITER, ("Hej Linnea,\n\nMin kollega Jonas Berg (jonas.berg@leksand.se) vill gå på höstens två träffar. Själv är "
             "jag redan anmäld sedan tidigare.\n\n/Karin"), R, ["Jonas Berg"], [S2, S3]),
    (WRITER, ("Hej Linnea,\n\nKan du anmäla min kollega Jonas Berg (jonas.berg@leksand.se) till höstens två träffar? "
             "Jag anmälde mig redan via formuläret i januari.\n\n/Karin"), R, ["Jonas Berg"], [S2, S3]),
    (WRITER, ("Hi Linnea,\n\nMy colleague Jonas Berg (jonas.berg@leksand.se) would like to join the two autumn "
             "sessions. I signed up myself back in January.\n\n/Karin"), R, ["Jonas Berg"], [S2, S3]),
]
HELD_NOT: list[Case] = [
    (WRITER, ("Hej,\n\nJag och Per Holm vill anmäla oss till alla träffar (Eva Ek vill också vara med).\n\n"
             "Mvh Karin Lööf"), R, ["Eva Ek", "Karin Lööf", "Per Holm"], list(ALL)),
    (WRITER, ("Hej,\n\nJag och Per Holm vill anmäla oss till alla träffar. Eva Ek är inte anmäld än, kan ni anmäla "
             "henne också?\n\nMvh Karin Lööf"), R, ["Eva Ek", "Karin Lööf", "Per Holm"], list(ALL)),
    (WRITER, ("Hej Linnea,\n\nMin kollega Jonas Berg (jonas.berg@leksand.se) och jag vill gå på höstens två träffar."
             "\n\n/Karin"), R, ["Jonas Berg", "Karin Lööf"], [S2, S3]),
]


# --- the one who pointed the writer here (58b) -----------------------------------------------------------------------
def _pointed(said: str) -> str:
    return f"Hej! Jag heter Ingrid Sahlin och jobbar på Leksands kommun. {said} Vill anmäla mig till 29 nov"


POINTED: list[Case] = [
    (CHAT, _pointed("Det var Greta Holm som tipsade mig om DalaLab."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Greta Holm tyckte att jag skulle höra av mig."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Fick länken av min kollega Greta Holm."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Min chef Greta Holm sa åt mig att höra av mig hit."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Greta Holm har tipsat mig om träffarna."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Greta Holm rekommenderade kursen till mig."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Greta Holm bad mig kontakta dig."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Jag fick tips om DalaLab av min kollega Greta Holm."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, _pointed("Jag hörde talas om det från Greta Holm."), R, ["Ingrid Sahlin"], [S3]),
    (CHAT, "hej, greta holm sa att jag skulle skriva hit. vill anmäla mig till 29 nov /Ingrid Sahlin, Leksand", R,
     ["Ingrid Sahlin"], [S3]),
    (CHIEF, ("Hi,\n\nMy colleague Greta Holm told me to get in touch with you. I'd like to sign up for the session on "
            "29 November.\n\nBest regards\nIngrid Sahlin\nLeksands kommun"), R, ["Ingrid Sahlin"], [S3]),
]
POINTED_NOT: list[Case] = [
    (CHIEF, ("Hej,\n\nGreta Holm tipsade mig om träffarna. Hon vill också gå, så anmäl oss båda till alla.\n\n"
            "/Ingrid Sahlin"), R, ["Greta Holm", "Ingrid Sahlin"], list(ALL)),
    (CHIEF, ("Hej,\n\nJag vill anmäla mig till alla träffar. Greta Holm sa att jag skulle anmäla henne också.\n\n"
            "/Ingrid Sahlin"), R, ["Greta Holm", "Ingrid Sahlin"], list(ALL)),
    (CHIEF, ("Hej,\n\nGreta Holm tipsade om träffarna och hon vill också vara med. Anmäl oss båda till alla.\n\n"
            "/Ingrid Sahlin"), R, ["Greta Holm", "Ingrid Sahlin"], list(ALL)),
]


# --- mail written for someone close (58b) ----------------------------------------------------------------------------
def _for(text: str) -> str:
    return text + " De andra träffarna hoppas han klara. /Ingrid"


WRITTEN_FOR: list[Case] = [
    (CHIEF, ("Hej Linnea!\n\nJag skriver å min mans vägnar, Oskar Lind, som jobbar på bygglovsenheten. Han har "
            "fått covid och kan inte komma på träffen 21 september. Han hoppas vara med på resten.\n\nHälsningar\n"
            "Ingrid Sahlin"), C, ["Oskar Lind"], [S2]),
    (CHAT, _for("Skriver för min man Oskar Lind på Leksands kommun, han kan inte komma 21 september."), C,
     ["Oskar Lind"], [S2]),
    (CHAT, _for("Jag hör av mig för min pappa Oskar Lind, som inte har mejl. Han kan inte komma 21 september."), C,
     ["Oskar Lind"], [S2]),
    (CHAT, _for("Jag mejlar åt min sambo Oskar Lind. Han har brutit benet och kan inte komma på träffen 21/9."), C,
     ["Oskar Lind"], [S2]),
    (CHAT, _for("Min sambo Oskar Lind bad mig skriva: han kan inte komma på träffen 21 september."), C,
     ["Oskar Lind"], [S2]),
    (CHAT, _for("jag skriver at min sambo Oskar Lind, han kan inte komma 21 sept."), C, ["Oskar Lind"], [S2]),
    (CHAT, _for("Jag skriver åt Oskar Lind, min kollega, som har tappat rösten. Han kan inte komma 21 september."), C,
     ["Oskar Lind"], [S2]),
    (CHAT, "I'm writing for my husband Oskar Lind: he can't make it on 21 September. /Ingrid", C, ["Oskar Lind"],
     [S2]),
    (CHIEF, ("Hej!\n\nJag skriver för min kollega Oskar Lind som är sjukskriven. Han kan tyvärr inte komma på träffen "
            "21 september.\n\nVänliga hälsningar\nIngrid Sahlin\nLeksands kommun"), C, ["Oskar Lind"], [S2]),
]
WRITTEN_FOR_NOT: list[Case] = [
    (CHAT, "hej, mejlar för min egen del: kan inte komma på träffen 21 september. Ingrid Sahlin, Leksand", C,
     ["Ingrid Sahlin"], [S2]),
    (CHAT, "Hej, jag skriver för egen räkning: jag kan inte komma på träffen 21 september. Ingrid Sahlin, Leksand", C,
     ["Ingrid Sahlin"], [S2]),
    (CHAT, "Hej, jag och min sambo Oskar Lind kan inte komma 21 september. Ingrid Sahlin, Leksand", C,
     ["Ingrid Sahlin", "Oskar Lind"], [S2]),
]


# --- a registry forwarding for action (58b) --------------------------------------------------------------------------
ASKS = ("\n\n________________________________\nFrån: Tyra Bohm <tyra.bohm@leksand.se>\nSkickat: tisdag 2 mars 2027 "
        "09:12\nTill: Registrator\nÄmne: Avregistrering\n\nHej. Jag får utskick om DalaLab men har aldrig anmält mig. "
        "Radera mina uppgifter ur era register, tack.\n\nTyra Bohm\nSocialförvaltningen")


def _forward(lead: str) -> str:
    return f"{lead}\n\nRegistrator\nLeksands kommun" + ASKS


FOR_ACTION: list[Case] = [
    (REGISTRY, _forward("För handläggning."), E, ["Tyra Bohm"], []),
    (REGISTRY, _forward("Vidarebefordras för åtgärd."), E, ["Tyra Bohm"], []),
    (REGISTRY, _forward("för kännedom & åtgärd, inkom 2027-03-02"), E, ["Tyra Bohm"], []),
    (REGISTRY, _forward("Översänds för åtgärd enligt nedan."), E, ["Tyra Bohm"], []),
    (REGISTRY, _forward("Till er för vidare handläggning."), E, ["Tyra Bohm"], []),
    (REGISTRY, _forward("For your action – received by the registry 2 March 2027."), E, ["Tyra Bohm"], []),
    (REGISTRY, _forward("For atgard. Inkom via kontaktformularet."), E, ["Tyra Bohm"], []),
    (REGISTRY, _forward("Hej! Detta ärende inkom till kommunen och överlämnas härmed till er för åtgärd."), E,
     ["Tyra Bohm"], []),
]

FOR_ACTION_NOT: list[Case] = [
    # one's own erasure that speaks of casework ("handläggare") is the writer's, no shopping errand
    ("Tyra Bohm <tyra.bohm@leksand.se>", ("Hej,\n\nJag är handläggare på socialförvaltningen och får utskick om "
     "DalaLab. Ta bort mig ur ert register, tack.\n\nTyra Bohm"), E, ["Tyra Bohm"], []),
    # a private errand stays one
    (CHAT, "ska jag handla nåt på vägen hem? puss", U, [], []),
]


# --- the approving manager on a label line (58b) ---------------------------------------------------------------------
SIGNED = "Mia Strand <mia.strand@leksand.se>"
LIST = ("Hej!\n\nVi är två som vill delta på alla träffar:\n\nMia Strand | mia.strand@leksand.se\n\n"
        "Hugo Falk | hugo.falk@leksand.se\n\n")


def _approved(line: str) -> str:
    return LIST + line + "\n\nMvh Mia Strand"


APPROVER: list[Case] = [
    (SIGNED, _approved("Chef som godkänt deltagandet: Eva Ek, avdelningschef"), R, ["Hugo Falk", "Mia Strand"],
     list(ALL)),
    (SIGNED, _approved("Godkänd av chef: Eva Ek"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Chef som godkänt: Eva Ek (2027-02-10)"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Beslutsattestant: Eva Ek"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Attesterat av: Eva Ek, avdelningschef"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Approved by: Eva Ek"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Chefens godkännande: Eva Ek (2027-02-10)"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Godkänt av Eva Ek 2027-02-10"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Närmaste chef: Eva Ek (har godkänt)"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("godkant av: Eva Ek"), R, ["Hugo Falk", "Mia Strand"], list(ALL)),
]
APPROVER_NOT: list[Case] = [
    (SIGNED, _approved("Eva Ek (chef) | eva.ek@leksand.se"), R, ["Eva Ek", "Hugo Falk", "Mia Strand"], list(ALL)),
    (SIGNED, _approved("Också godkänd att delta: Eva Ek | eva.ek@leksand.se"), R, ["Eva Ek", "Hugo Falk", "Mia Strand"],
     list(ALL)),
    (SIGNED, _approved("Vår chef Eva Ek vill också vara med på alla träffar."), R,
     ["Eva Ek", "Hugo Falk", "Mia Strand"], list(ALL)),
]


# --- "i vår" as a season (58c) ---------------------------------------------------------------------------------------
def _spring(text: str) -> Case:
    return (CHAT, text + " /Ingrid, Leksands kommun", R, None, [S1])


SPRING: list[Case] = [
    (CHIEF, ("Hej!\n\nJag har läst inbjudan och skulle gärna vara med, men bara i vår – hösten är för full för "
            "mig. Anmäl mig gärna till den träffen.\n\nMvh\nIngrid Sahlin\nLeksands kommun"), R, ["Ingrid Sahlin"], [S1]),
    _spring("Anmäl mig, jag kan komma i vår."),
    _spring("Skriv upp mig! Jag hinner bara i vår"),
    _spring("Jag hinner i vår men inte i höst, så anmäl mig till den."),
    _spring("Boka in mig, i vår passar det bra."),
    _spring("anmäl mig, jag kan i vår men inte senare"),
    _spring("Please sign me up, I can come this spring."),
    (CHAT, "Anmäl mig gärna, jag kan i vår o i höst. Ingrid, Leksands kommun", R, None, [S1, S2, S3]),
    (CHAT, "Anmäl mig, jag kan vara med i vår & i höst. Ingrid, Leksands kommun", R, None, [S1, S2, S3]),
]
SPRING_NOT: list[Case] = [
    (CHAT, "Anmäl mig till DalaLab, det passar bra i vår förvaltning. Ingrid, Leksands kommun", R, None, list(ALL)),
    (CHAT, "Anmäl mig, vi har pratat om det i vår egen planering länge. Ingrid, Leksands kommun", R, None, list(ALL)),
    (CHAT, "Anmäl mig till DalaLab, i vår kommun är vi tre planerare. Ingrid, Leksands kommun", R, None, list(ALL)),
]


# --- months already full declined (58c) ------------------------------------------------------------------------------
def _full(text: str, sessions: list[dt.date]) -> Case:
    return (CHAT, "Anmäl mig gärna till DalaLab! " + text + " Ingrid, Leksands kommun", R, None, sessions)


FULL: list[Case] = [
    (CHIEF, ("Hej!\n\nJag vill gärna anmäla mig till DalaLab. Tyvärr är februari redan fullbokad för min del, så "
            "den träffen får jag avstå.\n\nMvh\nIngrid Sahlin\nLeksands kommun"), R, None, [S1, S2, S3]),
    _full("November har jag dock redan fullt.", [S1, S2, S4]),
    _full("I november har jag fullt upp.", [S1, S2, S4]),
    _full("November är jag tyvärr fullbokad.", [S1, S2, S4]),
    (CHAT, "anmäl mig gärna till dalalab! november e redan fullbokat för min del /Ingrid", R, None, [S1, S2, S4]),
    _full("Min kalender är full i november.", [S1, S2, S4]),
    _full("September och november har vi redan fullt med annat.", [S1, S4]),
    _full("November is already fully booked for me.", [S1, S2, S4]),
    _full("My calendar is full in November.", [S1, S2, S4]),
]
FULL_NOT: list[Case] = [
    (CHAT, ("Anmäl mig till 21 september och 29 november. November har jag fullt upp men jag kommer ändå. Ingrid, "
     "Leksands kommun"), R, None, [S2, S3]),
    (CHAT, "Anmäl mig till träffen i november, hoppas det inte redan är fullt. Ingrid, Leksands kommun", R, None,
     [S3]),
    _full("Jag har fullt förtroende för upplägget.", list(ALL)),
    # a session asked about as full, not the writer's calendar
    (CHAT, "Anmäl mig till 21 september och 29 november. Är november redan full? Ingrid, Leksands kommun", None, None,
     [S2, S3]),
]


# --- a correction said as a cleft (58c) ------------------------------------------------------------------------------
def _cleft(text: str, intent: Intent, sessions: list[dt.date]) -> Case:
    return (CHAT, text + " /Ingrid, Leksands kommun", intent, None, sessions)


CLEFT: list[Case] = [
    (CHIEF, ("Hej Linnea,\n\nJag behöver tyvärr avboka mig från träffen 21 september. Oj, förlåt – det är 29 "
            "november som krockar med fullmäktige, inte september.\n\nVänliga hälsningar\nIngrid Sahlin\n"
            "Leksands kommun"), C, None, [S3]),
    _cleft("Jag kan inte komma 21 september. nej förresten det är 29 nov jag menar", C, [S3]),
    _cleft("Avboka mig från 3 maj. Nej, vänta – det gäller 22 februari.", C, [S4]),
    _cleft("Jag måste stryka mig från 21/9. Oj, fel datum, det är 29/11 som inte går.", C, [S3]),
    _cleft("Stryk mig från 3 maj. Förlåt, det är november jag menade.", C, [S3]),
    _cleft("Jag kan tyvärr inte komma 21 september. Rättelse: det är 29 november som krockar.", C, [S3]),
    _cleft("I can't make it on 21 September. Sorry, it's 29 November I meant.", C, [S3]),
    _cleft("Jag kan inte komma 21 sept. nä förresten det var 29 nov jag tänkte på", C, [S3]),
    _cleft("Anmäl mig till 3 maj. Nej vänta, det är 21 september som passar.", R, [S2]),
]
CLEFT_NOT: list[Case] = [
    _cleft("Jag måste avboka 3 maj och 21/9. Det är 21/9 som krockar mest.", C, [S1, S2]),
    _cleft("Jag kan inte komma 21 september. Nej, det är 21 september som krockar.", C, [S2]),
    _cleft("Anmäl mig till 3 maj. Det är 3 maj som passar bäst.", R, [S1]),
]


# --- a signup left to others to make (58c) ---------------------------------------------------------------------------
def _left(text: str) -> Case:
    return (MAILBOX, "Hej,\n\nTack för inbjudan. " + text + "\n\nVänliga hälsningar\nKontaktcenter\nLeksands kommun",
            U, [], [])


LEFT: list[Case] = [
    (MAILBOX, ("Hej!\n\nTack för inbjudan till DalaLab. Vi har vidarebefordrat den till miljö- och "
              "byggförvaltningen. Respektive förvaltning anmäler själva de medarbetare som ska delta.\n\nMed "
              "vänliga hälsningar\nKommunens växel och kontaktcenter\nLeksands kommun"), U, [], []),
    _left("Vi har skickat den vidare till samhällsbyggnad. De får anmäla sig själva."),
    _left("Den är vidarebefordrad till berörda, som anmäler sig på egen hand."),
    _left("Vi har skickat den vidare till förvaltningarna; respektive förvaltning anmäler själv sina deltagare."),
    _left("Vi har vidarebefordrat inbjudan till planenheten och de sköter anmälan själva."),
    _left("Vi har skickat inbjudan vidare till miljökontoret, som själva får anmäla de som vill delta."),
    _left("Inbjudan har gått ut till våra förvaltningar. Anmälan görs av respektive förvaltning."),
    _left("We have passed the invitation on to the planning unit; they will register their own participants."),
    _left("har skickat vidare till bygg, dom anmäler sig själva"),
]
LEFT_NOT: list[Case] = [
    # the writer handling the signup, and making it
    ("Kari Lund <kari.lund@leksand.se>", ("Hej! Jag sköter anmälan för hela enheten: Per Falk och Eva Ek vill delta på "
     "alla träffar.\n\nMvh Kari Lund\nLeksands kommun"), R, None, list(ALL)),
    ("Kari Lund <kari.lund@leksand.se>", ("Hej! Anmälan görs härmed av mig för Per Falk, som vill gå på alla träffar."
     "\n\nMvh Kari Lund\nLeksands kommun"), R, None, list(ALL)),
    ("Kari Lund <kari.lund@leksand.se>", ("Hej! Vi anmäler oss själva, jag och Per Falk, till alla träffar.\n\nMvh "
     "Kari Lund\nLeksands kommun"), R, ["Kari Lund", "Per Falk"], list(ALL)),
    ("Kari Lund <kari.lund@leksand.se>", ("Hej! Jag anmäler mig själv till alla träffar.\n\nMvh Kari Lund\nLeksands "
     "kommun"), R, ["Kari Lund"], list(ALL)),
]


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", SENT + SENT_NOT)
def test_those_sent(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", HELD + HELD_NOT)
def test_held_already(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", POINTED + POINTED_NOT)
def test_pointed_here(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", WRITTEN_FOR + WRITTEN_FOR_NOT)
def test_written_for(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.parametrize("case", FOR_ACTION + FOR_ACTION_NOT)   # with the models, as in round 58b
def test_for_action(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", APPROVER + APPROVER_NOT)
def test_approver(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", SPRING + SPRING_NOT)
def test_spring(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", FULL + FULL_NOT)
def test_months_full(case: Case, config: Config) -> None:
    _check(case, config)


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", CLEFT)
def test_cleft(case: Case, config: Config) -> None:
    r = _check(case, config)
    assert Unsure.CORRECTED in r.unsure


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", CLEFT_NOT)
def test_cleft_not(case: Case, config: Config) -> None:
    r = _check(case, config)
    assert Unsure.CORRECTED not in r.unsure


@pytest.mark.usefixtures("rules_only")   # the rules' own reading (conftest)
@pytest.mark.parametrize("case", LEFT + LEFT_NOT)
def test_left_to_others(case: Case, config: Config) -> None:
    _check(case, config)
