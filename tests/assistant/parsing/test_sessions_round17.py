"""Sessions, seventeenth round: classes of readings, each in words of its own (none from a corpus).

- a season's session with a date or month beside it ("höstträffen i september", "vårträffen 3/5", "the autumn session
  on 21 September", "21/9 (höstträffen)"): the session that date names, not every session of the season;
- the sessions said as the result of a change ("så att jag bara går på ..., alltså ...", "så hon går på 3/5, 21/9
  och 29/11"): those, not the whole series named as too much, nor only the one added;
- a bare swap written "byta fr X till Y", "X -> Y", "switch me from X to Y": only the new session;
- a substitute taking "de två träffarna", "those sessions", "dessa tillfällen" named the sentence before: those;
- a withdrawal from the whole signup or the event ("dra tillbaka vår anmälan", "avanmäla mig från DalaLab",
  "withdraw from the programme") names every session, whatever months or seasons its reasons name;
- a month said as when something else happened ("anmälde mig i feb", "signed up in February", "slutar sista
  februari"): no session;
- a diet written after the name at the end of a chat message ("/tove, rättvik. äter vego"): the diet;
- a forwarded thread where each colleague tells their own sessions: the union of what each one takes;
- a partial withdrawal read as a cancellation: only the sessions withdrawn, whichever sentences carry the intent.
"""

import datetime as dt
from collections.abc import Callable

import pytest

from assistant.config import Config
from assistant.parsing.parser import parse_chat, parse_email
from assistant.request import Intent, Sender
from tests.assistant.parsing.conftest import ALL, ARRIVAL, S1, S2, S3, S4, dates

CHAT = Sender("telegram", "5150", "Greta Lind")
GRETA = "Greta Lind <greta.lind@gagnef.se>"


# ------------------------------------------------ a season's session with its date beside it
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag vill gärna vara med på vårträffen den 3 maj och på höstträffen i november.", {S1, S3}),
    ("jag tar hösträffen i sept", {S2}),
    ("Anmäl mig till höstens träff den 29 november, tack.", {S3}),
    ("I'd like to come to the autumn session in September.", {S2}),
    ("hosttraffen 21/9 o vartraffen", {S1, S2}),
    ("Vinterträffen (22/2) och höstträffen 29.11 passar oss.", {S3, S4}),
    ("Please book me on the autumn meeting on 29 November.", {S3}),
    ("Höstträffen i september passar mig bäst.", {S2}),
    ("Vi kommer den 29/11 (höstträffen) och på vårträffen.", {S1, S3}),
    ("höstens träff, den 21/9, och vinterträffen", {S2, S4}),
])
def test_a_seasons_session_with_its_date_beside_it_is_the_one_dated(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vi kommer på höstträffarna.", {S2, S3}),              # plural, no date: every autumn session
    ("Höstträffarna, och även 3 maj.", {S1, S2, S3}),       # a date of another season beside it
    ("Jag tar höstträffen.", {S2, S3}),                     # one meant, two fit: both, left unsure
    ("vårträffen och 29/11", {S1, S3}),
    ("höstträffarna i september och november", {S2, S3}),
])
def test_a_season_without_its_own_date_keeps_its_sessions(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


def test_a_season_and_date_signup_for_two(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej!\n\nHärmed anmäler jag mig och min kollega Olle Berg (olle.berg@gagnef.se). Vi vill vara med på "
            "vårträffen den 3 maj samt höstträffen i november.\n\nGreta Lind\nGagnefs kommun")
    r = parse_email(mail(body, sender=GRETA, subject="Anmälan DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S1, S3}


def _forced(monkeypatch: pytest.MonkeyPatch, intent: Intent, cue: str = "reading", adds: bool | None = None,
            change: str | None = "sessions") -> None:
    """The intent helper's reading replaced by ``intent`` (the sessions side alone tested): its cue the sentences the
    classifier marked ("reading"), none ("none") or every sentence ("all")."""
    from assistant.parsing import reading
    from assistant.parsing.intent import IntentReading, classify

    def fake(sentences: list[str], folded: list[str], *args: object, **kwargs: object) -> IntentReading:
        got = classify(sentences, folded, *args, **kwargs)     # type: ignore[arg-type]
        chosen = {"reading": got.cue, "none": [], "all": list(range(len(sentences)))}[cue]
        return IntentReading(intent, change if intent == Intent.CHANGE else None, chosen, got.question,
                             adds=got.adds if adds is None else adds)
    monkeypatch.setattr(reading, "classify", fake)


# ------------------------------------------------ a result stated after a change
CONFIRMATION = ("\n\nGreta\n\nFrån: Linnea Hassis <linnea.hassis@regiondalarna.se>\n"
                "Skickat: den 4 februari 2027 10:00\n"
                "Till: Greta Lind <greta.lind@gagnef.se>\nÄmne: Bekräftelse DalaLab\n\nHej Greta!\n\nDu är anmäld till "
                "följande träffar:\n\n- 3 maj 2027\n- 21 september 2027\n- 29 november 2027\n- 22 februari 2028\n\n"
                "Hälsningar\nLinnea\n")


@pytest.mark.parametrize(("text", "expected"), [
    (("Vi har sett över planeringen och alla fyra blir för mycket för mig. Kan ni ändra min anmälan så att jag bara "
     "går på vårträffen och vinterträffen, alltså 3/5 och 22/2?"), {S1, S4}),
    ("Please change my booking so that I only attend the two autumn sessions, i.e. 21 September and 29 November.",
     {S2, S3}),
    ("Hej! Jag behöver ändra min anmälan, så att jag endast deltar på de två sista träffarna.", {S3, S4}),
    ("andra min anmalan sa att jag bara gar pa hostens traffar tack", {S2, S3}),
    ("Ändring: i stället för alla fyra blir det bara 3 maj och 29 november för mig.", {S1, S3}),
    ("Kan du ändra min anmälan? Alla fyra hinner jag inte, så jag går på 3/5 och 21/9.", {S1, S2}),
    (("Det har blivit för mycket med hela serien. Ändra gärna min anmälan så att jag bara kommer på den första och den "
     "sista, dvs 3 maj och 22 februari."), {S1, S4}),
    ("Jag vill ändra min anmälan: det blir 21/9 och 29/11 för mig, inte alla fyra.", {S2, S3}),
])
def test_the_sessions_stated_after_a_change_over_our_confirmation(
        config: Config, mail: Callable[..., bytes], monkeypatch: pytest.MonkeyPatch, text: str,
        expected: set[dt.date]) -> None:
    _forced(monkeypatch, Intent.CHANGE)     # (the intent is the classifier's: "Ändra gärna min anmälan" is read apart)
    r = parse_email(mail(text + CONFIRMATION, sender=GRETA, subject="SV: Bekräftelse DalaLab"), config, ARRIVAL)
    assert set(r.sessions) == expected


@pytest.mark.parametrize("adds", [False, True])
@pytest.mark.parametrize(("text", "expected"), [
    ("hej igen! per ek vill va med på 29/11 också. så han går på 3/5, 21/9 och 29/11", {S1, S2, S3}),
    (("Hej igen. Karin Ek är tillbaka från sin ledighet och vill vara med på 3 maj också. Så hon går på 3/5, 21/9 och "
     "29/11."), {S1, S2, S3}),
    ("Hi again! Please add the September session for me as well, so I will attend May 3, Sept 21 and Nov 29.",
     {S1, S2, S3}),
    ("Hej, ändring för min del: lägg till 22/2, så jag går på 21/9, 29/11 och 22/2.", {S2, S3, S4}),
])
def test_the_sessions_stated_after_a_session_added(
        config: Config, monkeypatch: pytest.MonkeyPatch, text: str, expected: set[dt.date], adds: bool) -> None:
    _forced(monkeypatch, Intent.CHANGE, adds=adds)
    assert set(parse_chat(text, CHAT, config, ARRIVAL).sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jag kan inte 21/9, så jag går på 29/11 i stället.", {S3}),     # one session taken: a bare swap
    ("Kan ni flytta mig så att jag går på 29/11 i stället för 21/9?", {S3}),
])
def test_one_session_taken_is_no_result_stated(
        config: Config, monkeypatch: pytest.MonkeyPatch, text: str, expected: set[dt.date]) -> None:
    _forced(monkeypatch, Intent.CHANGE, adds=False)
    assert set(parse_chat(text, CHAT, config, ARRIVAL).sessions) == expected


# ------------------------------------------------ a bare swap, written short
@pytest.mark.parametrize(("text", "expected"), [
    ("hej, kan jag byta fr 21/9 till 22/2?", {S4}),
    ("vill byta 3/5 till 29/11 om de funkar", {S3}),
    ("Byt mig från 3 maj till 21 september tack", {S2}),
    ("Could you switch me from May 3 to November 29?", {S3}),
    ("I'd like to move from 21/9 to 22/2 if possible", {S4}),
    ("Flytta mig 21/9 -> 29/11 tack", {S3}),
    ("Kan ni ändra min träff från den 29 november till den 22 februari?", {S4}),
    ("jag byter från 3.5 till 29.11, ok?", {S3}),
])
def test_a_bare_swap_gives_the_new_session(
        config: Config, monkeypatch: pytest.MonkeyPatch, text: str, expected: set[dt.date]) -> None:
    _forced(monkeypatch, Intent.CHANGE, adds=False)
    assert set(parse_chat(text, CHAT, config, ARRIVAL).sessions) == expected


def test_leave_from_one_day_to_another_in_a_signup_is_no_swap(config: Config) -> None:
    r = parse_chat("Anmäler mig till 22/2. Jag är tjänstledig från 3 maj till 29 november.", CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == {S4}


# ------------------------------------------------ a substitute taking the sessions named the sentence before
@pytest.mark.parametrize(("body", "expected"), [
    (("Hej! Jag är anmäld till alla fyra träffarna men kan inte den 21 september och den 29 november. Min kollega Per "
     "Ek (per.ek@gagnef.se) tar de två träffarna i stället för mig. Själv kommer jag på 3 maj och 22 februari som "
     "vanligt."), {S2, S3}),
    (("Hi, I can't make 3 May or 21 September. My colleague Eva Lind (eva.lind@gagnef.se) will go in my place to those "
     "two sessions. I'll still attend the others."), {S1, S2}),
    (("Hej, jag är föräldraledig i höst och missar därför 21 september och 29 november. Karin Ek, karin.ek@gagnef.se, "
     "går i mitt ställe på dessa träffar."), {S2, S3}),
    ("Jag kan inte komma 29/11 och 22/2. Maja Lund (maja.lund@gagnef.se) ersätter mig på de tillfällena.", {S3, S4}),
    ("kan ej 3/5 o 21/9 pga semester. kollegan ola berg (ola.berg@gagnef.se) tar dom träffarna istället för mig",
     {S1, S2}),
    (("I won't be able to attend on Nov 29 and Feb 22, so Sara Holm (sara.holm@gagnef.se) takes those sessions in my "
     "place."), {S3, S4}),
    ("Jag har fått förhinder den 21/9 och 29/11. Nils Berg (nils.berg@gagnef.se) går i mitt ställe de två gångerna.",
     {S2, S3}),
    (("Jag har förhinder 3 maj och 22 februari – min kollega Lisa Holm, lisa.holm@gagnef.se, tar de två datumen i "
     "stället."), {S1, S4}),
    ("Jag kan inte 21/9 och 29/11. Per Ek (per.ek@gagnef.se) går i mitt ställe. Själv kommer jag på 3 maj och 22/2.",
     {S2, S3}),
    (("I have a clash on 3 May and 21 September. Tom Berg (tom.berg@gagnef.se) will take my place. I will still attend "
     "in November and February."), {S1, S2}),
])
def test_a_substitute_takes_the_sessions_given_up(config: Config, mail: Callable[..., bytes], body: str,
                                                   expected: set[dt.date]) -> None:
    r = parse_email(mail(body + "\n\nGreta Lind", sender=GRETA, subject="Ändring DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.change == "substitute"
    assert set(r.sessions) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Per Ek (per.ek@gagnef.se) tar min plats på alla träffarna, jag har bytt tjänst.", set(ALL)),
    ("Jag kan inte komma 21/9. Per Ek (per.ek@gagnef.se) tar min plats den 29/11 också, och 21/9.", {S2, S3}),
    # a count that does not fit the sessions named before: not those
    ("Jag kan inte 21/9. Per Ek (per.ek@gagnef.se) tar de två träffarna i höst i stället för mig.", {S2, S3}),
])
def test_a_substitute_with_the_sessions_of_their_own(config: Config, mail: Callable[..., bytes], body: str,
                                                     expected: set[dt.date]) -> None:
    r = parse_email(mail(body + "\n\nGreta Lind", sender=GRETA, subject="Ersättare DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert set(r.sessions) == expected


# ------------------------------------------------ a withdrawal from the whole signup names every session
@pytest.mark.parametrize(("body", "chat"), [
    (("Hej! Vi måste tyvärr dra tillbaka vår anmälan till DalaLab – det gäller mig och Olle Berg. Vår enhet flyttar "
     "under hösten och vi hinner inte med något annat just nu."), False),
    ("Jag har fått ett nytt jobb i Falun och slutar här sista februari. Därför måste jag avanmäla mig från DalaLab.",
     False),
    (("Hi, I'm afraid I have to withdraw from the DalaLab programme. Our department is being reorganised this spring "
     "and there is no time for it."), False),
    ("Hej, jag återkallar härmed min anmälan. Jag går i pension i maj.", False),
    ("hej! ni får stryka mig från dalalab, har bytt jobb o börjar på nya stället i sept", True),
    ("Please cancel my registration. I'm starting a new position in another county in September.", False),
    (("Jag avbokar min plats i lärprojektet. Kommunen inför anställningsstopp under våren och jag har fått andra "
     "uppgifter."), False),
    ("Tråkigt nog drar vi tillbaka anmälan för hela gruppen. Förvaltningen byggs om under våren.", False),
])
def test_a_withdrawal_from_the_whole_signup_is_every_session(config: Config, mail: Callable[..., bytes], body: str,
                                                              chat: bool) -> None:
    r = (parse_chat(body, CHAT, config, ARRIVAL) if chat
         else parse_email(mail(body + "\n\nGreta Lind", sender=GRETA, subject="Avanmälan DalaLab"), config, ARRIVAL))
    assert r.intent == Intent.CANCEL
    assert r.sessions == ALL


@pytest.mark.parametrize(("body", "expected"), [
    ("Hej! Kan ni avanmäla mig från träffen i september? Resten går jag på.", {S2}),
    ("Jag måste avanmäla mig från DalaLab den 21 september, jag har en krock.", {S2}),
    ("Jag kan inte komma i höst, så stryk mig från de träffarna.", {S2, S3}),
    ("Härmed återkallas anmälan för Greta Lind, handläggare vid miljöenheten, avseende tillfället den 29 november.",
     {S3}),
])
def test_a_withdrawal_naming_sessions_is_those(config: Config, mail: Callable[..., bytes], body: str,
                                               expected: set[dt.date]) -> None:
    r = parse_email(mail(body + "\n\nGreta Lind", sender=GRETA, subject="Avanmälan"), config, ARRIVAL)
    assert r.intent == Intent.CANCEL
    assert set(r.sessions) == expected


# ------------------------------------------------ a month said as when one signed up names no session
@pytest.mark.parametrize("text", [
    "Hej, jag anmälde mig i feb men skrev fel mejladress. Rätt adress är greta.lind@gagnef.se",
    "Hi, I signed up in February from my private address. Please use greta.lind@gagnef.se from now on.",
    "Jag anmälde mig i februari, men glömde skriva att jag är vegetarian. Kan ni lägga till det?",
    "hej! anmälde oss tidigare i sept, kan ni byta min adress till greta.lind@gagnef.se",
    "Jag registrerade mig redan i november. Kan ni byta till min jobbadress greta.lind@gagnef.se?",
    "Vi skickade vår anmälan i februari. Kan ni ändra min e-post till greta.lind@gagnef.se?",
])
def test_a_month_of_the_signup_made_is_no_session(config: Config, mail: Callable[..., bytes], text: str) -> None:
    r = parse_email(mail(text + "\n\nGreta Lind", sender=GRETA, subject="Ändring"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert r.sessions == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("jag anmälde mig i feb", set()),
    ("I registered in February", set()),
    ("Jag är anmäld sedan februari", set()),
    ("Jag är anmäld i februari men kan inte komma", {S4}),           # the session one is booked on
    ("I registered for the session in February", {S4}),
    ("The sessions are fully booked in May.", {S1}),
    ("De är bokade i maj", {S1}),
    ("Jag anmälde mig till träffen i februari", {S4}),
])
def test_a_month_beside_a_signup_word(text: str, expected: set[dt.date]) -> None:
    assert dates(text) == expected


# ------------------------------------------------ a diet after a chat's sign-off
@pytest.mark.parametrize(("text", "diet", "whose"), [
    ("hej! anmäl mig till alla träffarna utom 21/9. /greta lind, gagnef. äter vego", "vego", ["vego"]),
    ("hej! anmäl mig till 3/5 o 21/9 tack /greta lind, gagnef. äter vegetariskt", "vegetariskt", ["vegetariskt"]),
    ("Hej, jag vill vara med på alla fyra. /Greta Lind, Gagnef – glutenfri kost tack", "glutenfri kost", ["glutenfri kost"]),
    ("Hi! Sign me up for all four please. /Greta Lind, Gagnef (nut allergy)", "nut allergy", ["nut allergy"]),
    ("hej! anmäl mig o kollegan olle berg till 3/5. /greta lind, gagnef. olle är laktosintolerant",
     "laktosintolerant", [None, "laktosintolerant"]),
])
def test_a_diet_after_the_sign_off(config: Config, text: str, diet: str, whose: list[str | None]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.diet == diet
    assert [p.diet for p in r.people] == whose


def test_a_mail_signature_gives_no_diet(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Jag anmäler mig till alla fyra träffarna.\n\nGreta Lind\nEnheten för livsmedelskontroll, "
            "glutenfria miljöer\nGagnefs kommun\nTel 0241-150 00\nBesöksadress Djurås\n")
    assert parse_email(mail(body, sender=GRETA), config, ARRIVAL).diet is None


# ------------------------------------------------ a forwarded thread: what each one asks for, together
def _thread(*replies: tuple[str, str, str]) -> str:
    out = ("Hej!\n\nSe nedan – anmäl gärna mina kollegor till de träffar de själva skriver.\n\n"
           "Greta Lind\nGagnefs kommun\n")
    for name, address, text in replies:
        out += (f"\n-----Ursprungligt meddelande-----\nFrån: {name} <{address}>\nSkickat: den 8 januari 2027 10:00\n"
                f"Till: Greta Lind <greta.lind@gagnef.se>\nÄmne: SV: DalaLab\n\n{text}\n")
    return out


@pytest.mark.parametrize(("replies", "expected"), [
    ((("Olle Berg", "olle.berg@gagnef.se", ("Jag vill gärna gå på 3 maj och 21 september. 22 februari krockar med "
       "budgetarbetet.")),
      ("Eva Ek", "eva.ek@gagnef.se", "Jag är med! Men i maj är jag ledig, så för min del blir det 21/9 och 29/11."),
      ("Greta Lind", "greta.lind@gagnef.se", ("Hej båda, DalaLab har fyra träffar: 3/5, 21/9, 29/11 och 22/2. "
                                              "Vilka vill ni gå på?"))), {S1, S2, S3}),
    ((("Olle Berg", "olle.berg@gagnef.se", "I'd like to join the first two sessions."),
      ("Eva Ek", "eva.ek@gagnef.se", "Bara februariträffen för min del, tack.")), {S1, S2, S4}),
])
def test_each_colleagues_sessions_in_a_forwarded_thread_together(
        config: Config, mail: Callable[..., bytes], replies: tuple[tuple[str, str, str], ...],
        expected: set[dt.date]) -> None:
    r = parse_email(mail(_thread(*replies), sender=GRETA, subject="VB: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ a partial withdrawal read as a cancellation: the sessions withdrawn
WITHDRAWN = [
    ("Hej! Tyvärr kan jag inte den 22 februari, men övriga träffar kommer jag på.", {S4}),
    ("sorry, funkar inte 3/5 för mig. resten e jag med på", {S1}),
    (("Jag är anmäld till alla fyra träffarna. Den 29 november har vi tyvärr budgetmöte, så den får ni stryka. Övriga "
     "står kvar."), {S3}),
    ("I'm registered for all four, but I have to drop the September 21 session. The others are fine.", {S2}),
    ("kan tyvarr inte komma pa vartraffen, men ovriga tre kommer jag pa", {S1}),
    ("Min kollega Olle Berg kan inte 21/9 längre, men kommer på 3/5 och 29/11 som planerat.", {S2}),
    ("Unfortunately I will miss the November session – I will still come to the rest.", {S3}),
    ("Hej, jag måste hoppa över februariträffen pga semester. Är med på de tre andra som vanligt.", {S4}),
    ("Stryk mig från 21 september tack, övriga gäller.", {S2}),
    (("Jag anmälde mig till alla fyra i december, men nu har det visat sig att vi har planeringsdag den 3 maj. Den "
     "träffen får jag alltså stryka, de andra kommer jag på."), {S1}),
]


@pytest.mark.parametrize("cue", ["reading", "none", "all"])
@pytest.mark.parametrize(("text", "expected"), WITHDRAWN)
def test_a_partial_withdrawal_cancels_only_the_sessions_withdrawn(
        config: Config, monkeypatch: pytest.MonkeyPatch, text: str, expected: set[dt.date], cue: str) -> None:
    _forced(monkeypatch, Intent.CANCEL, cue=cue)
    assert set(parse_chat(text, CHAT, config, ARRIVAL).sessions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Anmäl mig till alla träffar utom 21/9.", {S1, S3, S4}),
    ("Jag kan inte komma den 3 maj men vill anmäla mig till de andra tre.", {S2, S3, S4}),
    ("I can't make the May session, please sign me up for the other three.", {S2, S3, S4}),
])
def test_a_first_signup_leaving_a_session_out_keeps_the_others(config: Config, text: str,
                                                                expected: set[dt.date]) -> None:
    r = parse_chat(text, CHAT, config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert set(r.sessions) == expected


# ------------------------------------------------ addresses given in the text
@pytest.mark.parametrize("text", [
    "Hej, jag anmälde mig i feb men skrev fel mejladress. Det ska vara greta.lind@gagnef.se",
    "Hi, I signed up with the wrong address – it should be greta.lind@gagnef.se",
    "Kan ni byta till jobbadressen greta.lind@gagnef.se så att kallelserna hamnar rätt?",
    "Jag anmälde mig från min privata adress. Kan ni ändra till greta.lind@gagnef.se?",
])
def test_the_writers_right_address_replaces_the_private_one(config: Config, mail: Callable[..., bytes],
                                                             text: str) -> None:
    r = parse_email(mail(text + "\n\nGreta Lind", sender="Greta Lind <greta.lind@icloud.com>", subject="Ny adress"),
                    config, ARRIVAL)
    assert r.intent == Intent.CHANGE and r.change == "details"
    assert [(p.name, p.email) for p in r.people] == [("Greta Lind", "greta.lind@gagnef.se")]
    assert r.sessions == ()


@pytest.mark.parametrize("text", [
    "hej! anmäl mig till 3 maj o 29 nov tack. skriver från privata mobilen, min jobbadress är greta.lind@gagnef.se",
    "Hi, please sign me up for May 3 and Nov 29. My work e-mail is greta.lind@gagnef.se.",
])
def test_a_signup_from_a_private_address_takes_the_work_address_given(config: Config, mail: Callable[..., bytes],
                                                                      text: str) -> None:
    r = parse_email(mail(text + "\n\nGreta Lind", sender="Greta Lind <greta.lind@icloud.com>", subject="Anmälan"),
                    config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert [(p.name, p.email) for p in r.people] == [("Greta Lind", "greta.lind@gagnef.se")]
    assert set(r.sessions) == {S1, S3}


def test_colleagues_addresses_given_for_their_earlier_signup(config: Config, mail: Callable[..., bytes]) -> None:
    body = ("Hej! Olle Berg och Eva Ek anmälde sig via chatten i januari men har inte fått någon bekräftelse, ni "
            "saknar nog deras e-postadresser. Här är de:\nOlle Berg – olle.berg@gagnef.se\nEva Ek – eva.ek@gagnef.se\n"
            "Inget annat ändras.\n\nGreta Lind")
    r = parse_email(mail(body, sender=GRETA, subject="Adresser"), config, ARRIVAL)
    assert r.intent == Intent.CHANGE
    assert [(p.name, p.email) for p in r.people] == [("Olle Berg", "olle.berg@gagnef.se"), ("Eva Ek", "eva.ek@gagnef.se")]
    assert r.sessions == ()


# ------------------------------------------------ given names asked for, in full as the thread's writers
def _forward(note: str) -> str:
    return (f"Hej!\n\n{note}\n\nGreta Lind\nGagnefs kommun\n\n-----Ursprungligt meddelande-----\n"
            "Från: Berg Olle <olle.berg@gagnef.se>\nSkickat: den 8 januari 2027 10:00\nTill: Greta Lind "
            "<greta.lind@gagnef.se>\nÄmne: SV: DalaLab\n\nJag vill gärna gå på 3 maj och 21 september.\n/Olle\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Eva Ek <eva.ek@gagnef.se>\nSkickat: den 7 januari 2027 09:00\n"
            "Till: Greta Lind <greta.lind@gagnef.se>\nÄmne: SV: DalaLab\n\nJag är med på 21/9 och 29/11!\n/Eva\n")


@pytest.mark.parametrize("note", [
    "Se nedan. Anmäl gärna Olle och Eva till de träffar de själva skriver.",
    "Godkänt från min sida – anmäl Olle och Eva enligt nedan.",
    "Please register Olle and Eva for the sessions they write below.",
    "Se nedan: registrera Olle, Eva till de träffar de vill gå på.",
])
def test_given_names_asked_for_are_the_threads_writers(config: Config, mail: Callable[..., bytes], note: str) -> None:
    r = parse_email(mail(_forward(note), sender=GRETA, subject="VB: DalaLab"), config, ARRIVAL)
    assert r.intent == Intent.REGISTER
    assert sorted((p.name, p.email) for p in r.people) == [("Eva Ek", "eva.ek@gagnef.se"),
                                                           ("Olle Berg", "olle.berg@gagnef.se")]
    assert set(r.sessions) == {S1, S2, S3}
