"""Who the request is about, seventeenth round, by class: colleagues said to be registered already (in any tense or
voice, or counted with the writer "vi är redan tre (jag, X och Y)") are no part of a request about another, and
"vi har pratat ihop oss" is no writer taking part; a table row run on after the last row's diet, and a form's
next label after the name ("Namn: Per Ek / Enhet: ..."), are no part of the name; an address the writer gives as
their own old or private one is no other person; withdrawing one colleague leaves those who "come as planned" out,
and a lower-case colleague who "har tyvärr slutat" is the one withdrawn, a new job elsewhere no organisation of
theirs; the writer is among the people beside "mina två planerare filip ros och sofie grahn", "praktikanten alva
nordin", "nisse (nils wennberg)", "det gäller mig, X och Y", and when writing on another's behalf joins too. Each
class with variants of its own, in other words than the corpus, and near-misses that must not be read so."""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, ParsedRequest, Sender

KARIN = "Karin Dahl <karin.dahl@orsa.se>"
SIGN = "\n\nHälsningar\nKarin Dahl\nOrsa kommun\n"


def people(r: ParsedRequest) -> list[tuple[str | None, str | None, str | None]]:
    return sorted((p.name, p.email, p.organisation) for p in r.people)


def names(r: ParsedRequest) -> list[str | None]:
    return sorted((p.name for p in r.people), key=str)


def email(mail: Callable[..., bytes], body: str, config: Config, arrival: dt.datetime,
          sender: str = KARIN, subject: str = "DalaLab") -> ParsedRequest:
    return parse_email(mail(body, sender=sender, subject=subject), config, arrival)


def chat(text: str, config: Config, arrival: dt.datetime, who: str = "Karin Dahl") -> ParsedRequest:
    return parse_chat(text, Sender("telegram", "42", who), config, arrival)


# --- class A: colleagues registered already, mentioned in passing, are not the people; "pratat ihop oss" is no one

@pytest.mark.parametrize("body", [
    "Vi har pratat ihop oss på enheten. Anmäl gärna Eva Lund och Per Sjö till alla träffar.",
    "Vi har snackat ihop oss i gruppen, så anmäl Eva Lund och Per Sjö till DalaLab, tack.",
    "Vi har diskuterat det på APT och kommit överens om att Eva Lund och Per Sjö anmäls till alla träffar.",
    "Vi har delat upp oss så här: anmäl Eva Lund och Per Sjö till alla fyra träffarna.",
    "Tomas Åberg anmäldes redan i december. Anmäl nu Eva Lund och Per Sjö till alla träffar.",
    "Anmäl Eva Lund och Per Sjö till alla träffar. Tomas Åberg blev anmäld redan förra månaden.",
    "Anmäl Eva Lund och Per Sjö till alla träffar; Tomas Åberg registrerades redan via nätverket.",
    "Please register Eva Lund and Per Sjö for all sessions. Tomas Åberg was already registered by HR in January.",
    "Tomas Åberg has already been signed up by our HR, so please register Eva Lund and Per Sjö for all four sessions.",
    "Anmäl Eva Lund och Per Sjö till alla träffar. Tomas Åberg har redan anmälts av sin chef.",
])
def test_colleague_registered_before_or_talked_it_over_is_no_person(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}{SIGN}", config, arrival)
    assert r.intent == Intent.REGISTER
    assert names(r) == ["Eva Lund", "Per Sjö"]


@pytest.mark.parametrize("body", [
    ("Vi är redan tre från Orsa (jag, Eva Lund och Per Sjö), men kan ni sätta upp Nils Ek (nils.ek@orsa.se) som "
     "reserv till alla träffar?"),
    ("Vi är ju redan tre anmälda från Orsa (jag, Eva Lund och Per Sjö). Kan ni anmäla Nils Ek, nils.ek@orsa.se, "
     "som reserv till alla träffar?"),
    ("Vi e redan tre stycken från Orsa (Eva Lund, Per Sjö och jag) men anmäl gärna Nils Ek, nils.ek@orsa.se, som "
     "reserv till alla träffar."),
    ("We are already three from Orsa (me, Eva Lund and Per Sjö), but please put Nils Ek (nils.ek@orsa.se) on the "
     "reserve list for all sessions."),
])
def test_the_three_counted_already_are_no_part_of_a_reserve_request(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}{SIGN}", config, arrival)
    assert people(r) == [("Nils Ek", "nils.ek@orsa.se", "Orsa kommun")]


@pytest.mark.parametrize(("body", "expected"), [
    # near-misses: a signup asked for those now (the writer among them), a change for the one once registered
    ("Vi har pratat ihop oss och anmäler oss båda till alla träffar: jag och Per Sjö.", ["Karin Dahl", "Per Sjö"]),
    ("Vi anmäler oss alla tre till alla träffar: jag, Eva Lund och Per Sjö.", ["Eva Lund", "Karin Dahl", "Per Sjö"]),
    ("Vi är tre från Orsa (jag, Eva Lund och Per Sjö) som vill gå på alla träffar.",
     ["Eva Lund", "Karin Dahl", "Per Sjö"]),
])
def test_near_misses_those_asked_for_now_stay(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str, expected: list[str]) -> None:
    r = email(mail, f"Hej!\n\n{body}{SIGN}", config, arrival)
    assert names(r) == expected


def test_near_miss_the_one_registered_before_who_changes_is_the_person(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    r = email(mail, f"Hej!\n\nPer Sjö anmäldes till 3 maj men vill nu byta till 21 september.{SIGN}", config, arrival)
    assert names(r) == ["Per Sjö"]


# --- class B: a pasted table's rows and a form's labels

@pytest.mark.parametrize("diet", ["Vegetarisk", "Glutenfri", "Laktosfri", "Vegan", "Nötallergi"])
def test_tab_separated_row_ending_in_a_diet_is_no_part_of_the_next_name(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, diet: str) -> None:
    body = ("Hej,\n\nJag anmäler våra deltagare enligt listan nedan.\n\n"
            "Namn\tE-post\tTräffar\tKost\n"
            f"Eva Lund\teva.lund@orsa.se\t3 maj\t{diet}\n"
            "Per Sjö\tper.sjo@orsa.se\t3 maj, 21 sept\t-\n"
            f"Nils Ek\tnils.ek@orsa.se\t21 sept\t{diet}\n"
            "Oskar Wiik\toskar.wiik@orsa.se\t29 nov\t-\n\n"
            "Själv deltar jag inte." + SIGN)
    r = email(mail, body, config, arrival)
    assert names(r) == ["Eva Lund", "Nils Ek", "Oskar Wiik", "Per Sjö"]


@pytest.mark.parametrize("label", ["Enhet", "Avdelning", "Förvaltning", "Befattning", "Arbetsplats", "Titel",
                                   "Telefon", "Unit"])
def test_form_label_after_the_name_is_no_part_of_it(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, label: str) -> None:
    body = ("Hej,\n\nFöljande anmälan har kommit in på papper och vidarebefordras härmed.\n\n"
            f"Namn: Stefan Jarl\n{label}: Tillväxt och samhällsutveckling\nTräffar: 21 september, 29 november\n"
            "Specialkost: laktosfri\n\nMed vänlig hälsning\nRegistrator\nOrsa kommun\n")
    r = email(mail, body, config, arrival, sender="Registrator Orsa kommun <registrator@orsa.se>")
    assert people(r) == [("Stefan Jarl", None, "Orsa kommun")]


def test_english_form_with_a_department_line(mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = ("Hello,\n\nThe following registration came in on paper:\n\nName: Tom Berg\nDepartment: Planning\n"
            "Sessions: 21 September\n\nRegards\nRegistrator\nOrsa kommun\n")
    r = email(mail, body, config, arrival, sender="Registrator Orsa kommun <registrator@orsa.se>")
    assert names(r) == ["Tom Berg"]


@pytest.mark.parametrize(("body", "expected"), [
    # near-misses: a three-word name stays whole; a diet after a name on one line is no part of it
    ("Anmäl Eva Maria Lund till alla träffar.", ["Eva Maria Lund"]),
    ("Anmäl Per Sjö, vegetarisk, och Eva Lund till alla träffar.", ["Eva Lund", "Per Sjö"]),
])
def test_near_misses_names_stay_whole(mail: Callable[..., bytes], config: Config, arrival: dt.datetime,
                                      body: str, expected: list[str]) -> None:
    r = email(mail, f"Hej!\n\n{body} Själv deltar jag inte.{SIGN}", config, arrival)
    assert names(r) == expected


# --- class C: the writer's own other address is no other person

@pytest.mark.parametrize("body", [
    ("Jag anmälde mig i januari från min privata adress (eva.l@hotmail.com) eftersom jobbmejlen krånglade. "
     "Kan ni byta till jobbadressen eva.lund@orsa.se?"),
    "Jag anmälde mig från eva.l@gmail.com förut. Kan ni ändra till eva.lund@orsa.se?",
    "I signed up from my private address eva.l@outlook.com. Please use eva.lund@orsa.se from now on.",
])
def test_the_writers_private_address_by_initial_is_the_writer(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}\n\nTack!\nEva Lund\nOrsa kommun\n", config, arrival,
              sender="Eva Lund <eva.lund@orsa.se>")
    assert names(r) == ["Eva Lund"]


def test_near_miss_a_colleague_with_an_initial_address_is_another(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej!\n\nAnmäl även min kollega Eva Lindqvist (eva.l@orsa.se) till 3 maj.\n\nTack!\nEva Lund\n"
    r = email(mail, body, config, arrival, sender="Eva Lund <eva.lund@orsa.se>")
    assert ("Eva Lindqvist", "eva.l@orsa.se", "Orsa kommun") in people(r)


# --- class D: withdrawing one colleague leaves the others out

@pytest.mark.parametrize("body", [
    "Anders Perlind kan inte komma den 21 september. Han kommer på de tre andra, liksom Lovisa och jag.",
    "Anders Perlind kan tyvärr inte vara med den 21 september men kommer på de andra, precis som Lovisa och jag.",
    "Anders Perlind får förhinder den 21 september. Lovisa och jag kommer som planerat.",
    "Anders Perlind kan inte den 21/9. Vi andra (Lovisa och jag) kommer på alla fyra som tidigare.",
])
def test_one_withdrawn_others_unchanged(mail: Callable[..., bytes], config: Config, arrival: dt.datetime,
                                        body: str) -> None:
    r = email(mail, f"Hej igen,\n\n{body}{SIGN}", config, arrival, subject="SV: DalaLab")
    assert names(r) == ["Anders Perlind"]


@pytest.mark.parametrize("text", [
    "hej igen! erik nyström har tyvärr slutat hos oss så han kommer inte på några träffar. /karin, orsa",
    "erik nyström har dessvärre slutat, så stryk honom från alla träffar. /karin orsa",
    "hej, erik nyström kan tyvärr inte komma på någon träff alls. vi andra kommer som vanligt. karin, orsa",
    "tyvärr har erik nyström fått nytt jobb, han kommer inte på träffarna. ingen ersättare än / karin orsa",
])
def test_lower_case_colleague_withdrawn(config: Config, arrival: dt.datetime, text: str) -> None:
    r = chat(text, config, arrival, who="Karin")
    assert people(r) == [("Erik Nyström", None, "Orsa kommun")]


@pytest.mark.parametrize("body", [
    "Leo Hjort kan inte vara med i DalaLab längre, han har fått nytt jobb i Borlänge. Selma och jag kommer som planerat.",
    "Leo Hjort har fått jobb i Borlänge och kan därför inte vara med längre. Vi andra kommer som planerat.",
    "Leo Hjort can no longer attend, he has taken a new job in Borlänge. Selma and I will come as planned.",
    "Leo Hjort kan inte vara med längre eftersom han har gått över till Länsstyrelsen. Vi andra kommer som vanligt.",
])
def test_withdrawn_colleagues_new_job_is_no_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej,\n\n{body}{SIGN}", config, arrival)
    assert people(r) == [("Leo Hjort", None, "Orsa kommun")]


@pytest.mark.parametrize(("body", "expected"), [
    # near-misses: both withdrawn; a substitution names both; a colleague working elsewhere now signs up from there
    ("Per Sjö och jag kan tyvärr inte komma den 21 september.", ["Karin Dahl", "Per Sjö"]),
    ("Eva Lund kan inte komma, Per Sjö går i hennes ställe.", ["Eva Lund", "Per Sjö"]),
])
def test_near_misses_those_withdrawn_or_swapped_stay(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str, expected: list[str]) -> None:
    r = email(mail, f"Hej,\n\n{body}{SIGN}", config, arrival)
    assert names(r) == expected


def test_near_miss_a_colleague_working_elsewhere_has_that_organisation(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime) -> None:
    body = "Hej,\n\nAnmäl även Per Sjö, som jobbar på Borlänge kommun, till alla träffar. Själv deltar jag inte." + SIGN
    r = email(mail, body, config, arrival)
    assert people(r) == [("Per Sjö", None, "Borlänge kommun")]


# --- class E: the writer beside colleagues named by their role, in lists, in "det gäller"

@pytest.mark.parametrize(("text", "expected"), [
    ("anmäler mig själv + mina två planerare filip ros och sofie grahn till 21.9 och 22.2",
     ["Filip Ros", "Karin Dahl", "Sofie Grahn"]),
    ("då anmäler jag mig + praktikanten alva nordin till 3 maj. båda från orsa", ["Alva Nordin", "Karin Dahl"]),
    ("boka mig och min praktikant alva nordin på 3 maj tack", ["Alva Nordin", "Karin Dahl"]),
    ("jag och mina kollegor filip ros och sofie grahn vill komma på alla träffar",
     ["Filip Ros", "Karin Dahl", "Sofie Grahn"]),
    ("anmäl mig och vår nya planerare filip ros till alla", ["Filip Ros", "Karin Dahl"]),
    ("kan ni boka in mig och nisse (nils wennberg) på 3 maj? vi e från orsa", ["Karin Dahl", "Nils Wennberg"]),
    ("anmäl mig o kollegan lotta (charlotte wik) till alla träffar", ["Charlotte Wik", "Karin Dahl"]),
    ("sign me up + my intern alva nordin for 3 May please", ["Alva Nordin", "Karin Dahl"]),
])
def test_writer_and_colleagues_named_by_role_in_lower_case(
        config: Config, arrival: dt.datetime, text: str, expected: list[str]) -> None:
    r = chat(text, config, arrival)
    assert names(r) == expected


@pytest.mark.parametrize("body", [
    ("Tråkigt nog måste vi dra tillbaka vår anmälan till DalaLab. Det gäller alltså mig, Eva Lund och Per Sjö. "
     "Vi kan inte avsätta tid just nu."),
    "Vi måste tyvärr avanmäla oss från DalaLab. Avanmälan gäller mig, Eva Lund och Per Sjö.",
    "Unfortunately we have to withdraw from DalaLab. This concerns me, Eva Lund and Per Sjö.",
    "Vi drar tillbaka vår anmälan. Det berör både mig och mina kollegor Eva Lund och Per Sjö.",
])
def test_whom_a_withdrawal_concerns_with_the_writer(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej,\n\n{body}{SIGN}", config, arrival)
    assert r.intent == Intent.CANCEL
    assert names(r) == ["Eva Lund", "Karin Dahl", "Per Sjö"]


@pytest.mark.parametrize("body", [
    ("I am writing on behalf of my manager, Eva Lund (eva.lund@orsa.se), who is on sick leave. She asked me to "
     "register her for September 21 and February 22. I would also like to join the same two sessions myself."),
    ("Jag skriver på uppdrag av min chef Eva Lund (eva.lund@orsa.se) som är sjukskriven. Hon vill gå på 21/9 och "
     "22/2. Själv vill jag också vara med på samma två träffar."),
    ("On behalf of our director Eva Lund (eva.lund@orsa.se) I register her for 21 September and 22 February, and I "
     "will attend those two sessions as well."),
])
def test_writer_on_anothers_behalf_who_joins_too(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str) -> None:
    r = email(mail, f"Hej,\n\n{body}{SIGN}", config, arrival)
    assert names(r) == ["Eva Lund", "Karin Dahl"]


@pytest.mark.parametrize(("body", "expected"), [
    # near-misses: only on another's behalf; the writer staying as they are; the writer not going
    ("I am writing on behalf of my manager Eva Lund (eva.lund@orsa.se). She would like to join on 21 September.",
     ["Eva Lund"]),
    ("Det gäller Eva Lund och Per Sjö, som inte kan komma längre. Jag själv står kvar.", ["Eva Lund", "Per Sjö"]),
])
def test_near_misses_the_writer_stays_out(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, body: str, expected: list[str]) -> None:
    r = email(mail, f"Hej,\n\n{body}{SIGN}", config, arrival)
    assert names(r) == expected


def test_near_miss_role_colleague_alone(config: Config, arrival: dt.datetime) -> None:
    r = chat("anmäl praktikanten alva nordin till 3 maj, jag själv kan inte", config, arrival)
    assert names(r) == ["Alva Nordin"]


# --- the people side that lies in reading.py

_FORWARD_HEAD = ("\n\n-----Ursprungligt meddelande-----\nFrån: {who}\nSkickat: den 7 januari 2027 15:12\n"
                 "Till: Dahl Karin <karin.dahl@orsa.se>\nÄmne: SV: DalaLab – vem vill gå?\n\n{text}\n")


@pytest.mark.parametrize("own", [
    "Se nedan. Anmäl gärna Kalle och Ida till de träffar de själva skriver. Själv kan jag inte delta.",
    "Godkänt från min sida – anmäl Kalle och Ida enligt nedan.",
    "Approved on my side: please register Kalle and Ida as they write below.",
    "Hej! Anmäl Ida och Kalle till de träffar de vill gå på, se nedan.",
])
def test_given_names_asked_for_are_named_in_full_in_the_forwarded_thread(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, own: str) -> None:
    body = (f"Hej Linnea!\n\n{own}\n\nKarin Dahl\nPlanchef\nOrsa kommun"
            + _FORWARD_HEAD.format(who="Lundmark Ida <ida.lundmark@orsa.se>",
                                   text="Jag är med! Men bara på höstens två träffar (21/9 och 29/11).\n/Ida")
            + _FORWARD_HEAD.format(who="Bengtsson Kalle <kalle.bengtsson@orsa.se>",
                                   text="Hej Karin, jag vill gärna gå på 3 maj och 21 september.\n/Kalle"))
    r = email(mail, body, config, arrival, subject="VB: DalaLab – vem vill gå?")
    assert people(r) == [("Ida Lundmark", "ida.lundmark@orsa.se", "Orsa kommun"),
                         ("Kalle Bengtsson", "kalle.bengtsson@orsa.se", "Orsa kommun")]


@pytest.mark.parametrize("own", ["Vidarebefordrar nedanstående enligt önskemål från förvaltningen.",
                                 "Se nedan.", "Vidarebefordras enligt nedan."])
def test_shared_mailbox_passing_on_a_request_is_read_as_the_forwarded_writers(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, own: str) -> None:
    body = (f"Hej,\n\n{own}\n\nRegistrator\nOrsa kommun"
            + _FORWARD_HEAD.format(who="Eva Lund <eva.lund@orsa.se>",
                                   text="Hej registrator! Kan ni skicka in en anmälan till Region Dalarna för mig och "
                                        "Per Sjö till DalaLab? Vi vill gå på de två första träffarna.\nEva Lund"))
    r = email(mail, body, config, arrival, sender="Registrator Orsa kommun <registrator@orsa.se>",
              subject="VB: Anmälan till DalaLab")
    assert people(r) == [("Eva Lund", "eva.lund@orsa.se", "Orsa kommun"), ("Per Sjö", None, "Orsa kommun")]


@pytest.mark.parametrize(("sender", "body"), [
    ("Eva Lund <eva.lund77@icloud.com>", ("anmäl mig till 3 maj tack. Skriver från mobilen, min jobbadress är "
                                         "eva.lund@orsa.se – använd den.")),
    ("Eva Lund <evalund@gmail.com>", "Jag vill gärna vara med på 3 maj. Använd min jobbmejl eva.lund@orsa.se i stället."),
    ("Eva Lund <eva.lund@hotmail.com>", "Jag anmälde mig i feb men skrev fel mejladress. Det ska vara eva.lund@orsa.se"),
    ("Eva Lund <eva.lund@outlook.com>", "Please sign me up for 3 May. Please use my work address eva.lund@orsa.se."),
])
def test_private_sender_giving_the_work_address(mail: Callable[..., bytes], config: Config, arrival: dt.datetime,
                                                sender: str, body: str) -> None:
    r = email(mail, f"Hej!\n\n{body}\n\nEva Lund\nOrsa kommun\n", config, arrival, sender=sender)
    assert people(r) == [("Eva Lund", "eva.lund@orsa.se", "Orsa kommun")]


@pytest.mark.parametrize(("sender", "body", "expected"), [
    # near-misses: the private address asked for; a colleague's work address
    ("Eva Lund <eva.lund77@gmail.com>", ("Jag är anmäld med min jobbadress eva.lund@orsa.se, men kan ni skicka "
                                        "utskicken till den här adressen i stället?"),
     [("Eva Lund", "eva.lund77@gmail.com", "Orsa kommun")]),
    ("Eva Lund <eva.lund77@gmail.com>", "Anmäl min kollega Per Sjö, per.sjo@orsa.se, till 3 maj. Själv kan jag inte.",
     [("Per Sjö", "per.sjo@orsa.se", "Orsa kommun")]),
])
def test_near_misses_private_sender_keeps_the_address_asked_for(
        mail: Callable[..., bytes], config: Config, arrival: dt.datetime, sender: str, body: str,
        expected: list[tuple[str, str, str]]) -> None:
    r = email(mail, f"Hej!\n\n{body}\n\nEva Lund\nOrsa kommun\n", config, arrival, sender=sender)
    assert people(r) == expected


def test_colleague_compared_with_liksom_is_no_person(mail: Callable[..., bytes], config: Config,
                                                    arrival: dt.datetime) -> None:
    body = ("Hej igen,\n\nEn ändring: Per Sjö kan inte komma den 21 september. Han kommer på de tre andra som planerat, "
            "liksom Lovisa och jag.\n\nKarin\n\n________________________________\nFrån: Hassis Linnea "
            "<linnea.hassis@regiondalarna.se>\nSkickat: den 4 december 2026 08:31\nTill: Dahl Karin "
            "<karin.dahl@orsa.se>\nÄmne: Bekräftelse\n\nFöljande från Orsa kommun är anmälda till samtliga fyra träffar:"
            "\n\nKarin Dahl\nPer Sjö\nLovisa Jakobsson\n")
    r = email(mail, body, config, arrival, subject="SV: Bekräftelse")
    assert people(r) == [("Per Sjö", None, "Orsa kommun")]
