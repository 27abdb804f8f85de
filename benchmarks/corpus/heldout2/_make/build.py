#!/usr/bin/env python3
"""Rebuild the project's second labelled batch: benchmarks/corpus/dev2 and heldout2.

    python3 benchmarks/corpus/heldout2/_make/build.py

120 messages p001-p120, written for issue 13 in styles unlike batch 1. The ids
are shuffled with random.Random(2027); the first 80 go to dev2/, the other 40
to heldout2/. Deterministic: fixed Message-IDs and MIME boundaries.
This file holds the text of BOTH sets: never read it while tuning the parser.
"""
import datetime as dt
import hashlib
import html
import json
import random
import shutil
import sys
from email.charset import BASE64, QP, Charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
S1, S2, S3, S4 = "2027-05-03", "2027-09-21", "2027-11-29", "2028-02-22"
ALL = [S1, S2, S3, S4]
REG = "linnea.hassis@regiondalarna.se"
AV, BO, FA, GA, HE = "Avesta kommun", "Borlänge kommun", "Falu kommun", "Gagnefs kommun", "Hedemora kommun"
LE, LU, MS, MO, OR = "Leksands kommun", "Ludvika kommun", "Malung-Sälens kommun", "Mora kommun", "Orsa kommun"
RA, SM, SA, VA, AL = "Rättviks kommun", "Smedjebackens kommun", "Säters kommun", "Vansbro kommun", "Älvdalens kommun"
RD, LST = "Region Dalarna", "Länsstyrelsen Dalarna"

ITEMS = []


def hx(seed, n=24):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def P(name, email=None, org=None, diet=None):
    p = {"name": name, "email": email, "organisation": org}
    if diet:
        p["diet"] = diet
    return p


def X(intent, people=(), sessions=(), diet=None, unsure=()):
    e = {"intent": intent, "people": list(people), "sessions": sorted(sessions), "diet": diet}
    if unsure:
        e["unsure"] = list(unsure)
    return e


def at(stamp):
    """'MM-DD HH:MM' -> ISO received_at, Stockholm time (December is 2026, the rest 2027)."""
    md, hm = stamp.split()
    m, d = (int(x) for x in md.split("-"))
    h, mi = (int(x) for x in hm.split(":"))
    return dt.datetime(2026 if m == 12 else 2027, m, d, h, mi, tzinfo=ZoneInfo("Europe/Stockholm"))


def charset(name, enc):
    c = Charset(name)
    c.header_encoding = QP
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return c


def to_html(text):
    paras = [html.escape(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
            + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</div></body></html>")


def E(frm, subject, body, expected, notes, when, *, kind="plain", cs="utf-8", enc="qp", extra=(), to=REG):
    """kind: plain | html (body is HTML) | alt (plain + generated HTML)."""
    ITEMS.append(dict(channel="email", frm=frm, subject=subject, body=body, expected=expected, notes=notes,
                      when=when, kind=kind, cs=cs, enc=enc, extra=list(extra), to=to))


def T(sender, text, expected, notes, when):
    ITEMS.append(dict(channel="telegram", sender=sender, body=text, expected=expected, notes=notes, when=when))


def build_email(pid, it, received):
    c = charset(it["cs"], it["enc"])
    if it["kind"] == "plain":
        msg = MIMEText(it["body"], "plain", c)
    elif it["kind"] == "html":
        msg = MIMEText(it["body"], "html", c)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(it["body"], "plain", c))
        msg.attach(MIMEText(to_html(it["body"]), "html", c))
        msg.set_boundary("----=_NextPart_" + hx(pid + "b", 20))
    name, addr = it["frm"]
    msg["From"] = formataddr((name, addr), charset="utf-8") if name else addr
    msg["To"] = it["to"]
    msg["Subject"] = Header(it["subject"], "utf-8") if not it["subject"].isascii() else it["subject"]
    msg["Date"] = format_datetime(received)
    msg["Message-ID"] = f"<{hx(pid)}@{addr.split('@')[1]}>"
    for k, v in it["extra"]:
        msg[k] = v
    return msg.as_bytes()


# ---------------------------------------------------------------------------
# texts quoted in several messages
# ---------------------------------------------------------------------------
INVITE = """Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!

Region Dalarna bjuder in kommunala och regionala tjänstepersoner som arbetar
med planeringsprocesser till ett lärprojekt om strategisk översiktsplanering.

Träff 1: måndag 3 maj 2027 kl. 10.00–15.00 (fika från 09.30), Falun.
Hållbar utveckling i ett rumsligt perspektiv och planeringsstrategins roll
för en stärkt översiktsplanering (med Boverket).
Träff 2: tisdag 21 september 2027. Vad ligger i begreppet
utvecklingsinriktning i ÖP-modellen och hur kan man jobba med det?
Träff 3: måndag 29 november 2027. Att planera både för önskvärda framtider
och för osäkerheter.
Träff 4: tisdag 22 februari 2028. Planera för tillgänglighet – rumslig
närhet, fysisk mobilitet och digital tillgänglighet.

Upp till tre personer per kommun. Sista anmälningsdag 14 april 2027.
Anmälan till linnea.hassis@regiondalarna.se

Linnea Hassis
Region Dalarna"""


def gt(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


def outlook_quote(frm, sent, subject, text, to="Linnea Hassis <linnea.hassis@regiondalarna.se>"):
    return ("\n\n________________________________\nFrån: %s\nSkickat: %s\nTill: %s\nÄmne: %s\n\n%s"
            % (frm, sent, to, subject, text))


INV_OUTLOOK = outlook_quote("Hassis Linnea <linnea.hassis@regiondalarna.se>", "den 23 november 2026 14:05",
                            "Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft", INVITE,
                            to="Hassis Linnea")


def confirmation(name, dates):
    return ("Hej %s!\n\nTack för din anmälan till DalaLab. Du är anmäld till:\n%s\n\n"
            "Vill du ändra eller avanmäla dig, svara på detta mejl.\n\nVänliga hälsningar\nDalaLab, Region Dalarna"
            % (name, "\n".join("– " + d for d in dates)))


DISCLAIMER_SV = """Detta e-postmeddelande kan innehålla information som är konfidentiell.
Om du inte är rätt mottagare, meddela avsändaren och radera meddelandet.
När du skickar e-post till oss behandlar vi dina personuppgifter enligt
dataskyddsförordningen (GDPR). Läs mer på kommunens webbplats.
Tänk på miljön innan du skriver ut detta mejl."""

DISCLAIMER_EN = """CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
confidential information intended solely for the addressee. If you have
received it in error, please notify the sender and delete it. Any review,
dissemination or copying is prohibited. E-mail is not a secure medium."""


# ---------------------------------------------------------------------------
# the messages (ids in the order written)
# ---------------------------------------------------------------------------
E(("Kent Olsson", "kent.olsson@avesta.se"), "Anmälan", "Anmäler mig.\n/Kent\n",
  X("register", [P("Kent Olsson", "kent.olsson@avesta.se", AV)], ALL),
  "terse one-liner, no dates -> all four; organisation from the domain", at("12-01 07:42"))

E(("Birgitta Hammar", "birgitta.hammar@hedemora.se"), "DalaLab",
  """Hej Linnea,

Jag fick inbjudan via vår förvaltningschef som tyckte att jag borde anmäla mig,
och det tycker jag nog själv också. Lite bakgrund: jag har jobbat med
översiktsplanering i Hedemora sedan 2011, vi antog vår nuvarande ÖP 2019 och
ska egentligen börja revidera den under 2028, men politiken vill gärna att vi
tittar på en planeringsstrategi redan nu. Den 12 januari har vi ett första
samråd internt och den 3 februari en workshop med KS-presidiet, så det här
kommer väldigt lägligt.

Vi har också diskuterat om kollegorna på bygglov ska vara med, men de får
i så fall höra av sig själva längre fram.

Så kort och gott: jag tänkte att jag anmäler mig till hela serien. Jag äter
allt, så inga särskilda önskemål där.

Ha en fin jul när den kommer!

Birgitta Hammar
Översiktsplanerare
Hedemora kommun, Samhällsbyggnadsförvaltningen
Tel 0225-34 000
""",
  X("register", [P("Birgitta Hammar", "birgitta.hammar@hedemora.se", HE)], ALL),
  "long rambling mail; 'hela serien' = all four; 12 januari, 3 februari, 2019, 2028 are not sessions; colleagues 'höra av sig själva' not registered",
  at("12-01 16:20"))

E(("Per-Olof Granberg", "per-olof.granberg@ludvika.se"), "Re: Inbjudan DalaLab",
  """Jag kommer på 3/5.

Med vänlig hälsning

Per-Olof Granberg
Planarkitekt
Samhällsbyggnadsförvaltningen, Plan- och exploateringsenheten
LUDVIKA KOMMUN
Besöksadress: Stationsgatan 2, 771 30 Ludvika
Postadress: 771 82 Ludvika
Telefon: 0240-860 00 (vx), direkt 0240-862 15, mobil 072-555 12 34
www.ludvika.se

""" + DISCLAIMER_SV + "\n",
  X("register", [P("Per-Olof Granberg", "per-olof.granberg@ludvika.se", LU)], [S1]),
  "one line and a long signature + disclaimer; hyphenated first name; '3/5'", at("12-02 08:05"))

E(("Anna-Karin Sjödin", "anna-karin.sjodin@mora.se"), "Anmälan till DalaLab",
  """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<div dir="ltr"><p>Hej!</p>
<p>Jag vill anm&auml;la mig till tr&auml;ffarna <b>21/9</b> och <b>29/11</b>. De andra tv&aring; krockar tyv&auml;rr med annat.</p>
<p>H&auml;lsningar<br>Anna-Karin Sj&ouml;din<br><span style="color:#888">Mora kommun | Tel 0250-260 00</span></p></div>
</body></html>
""",
  X("register", [P("Anna-Karin Sjödin", "anna-karin.sjodin@mora.se", MO)], [S2, S3]),
  "HTML-only, iso-8859-1 with entities; bold dates; 'de andra två' not sessions", at("12-02 13:31"), kind="html", cs="iso-8859-1")

E(("Dragan Milosević", "dragan.milosevic@borlange.se"), "registration DalaLab",
  """Hello,

I want to register me for the meetings in May and in November. I am working as
planner at Borlänge kommun since 2024 and my swedish is not so good yet, so I
write in english, sorry for that.

Best regards
Dragan Milosević
""",
  X("register", [P("Dragan Milosević", "dragan.milosevic@borlange.se", BO)], [S1, S3]),
  "non-native English; months only; '2024' is not a date", at("12-03 10:12"))

E(("Fredrik von Post", "fredrik.vonpost@regiondalarna.se"), "Anmälan",
  """Hej Linnea!

Anmäler mig till v. 18 och v. 38.

/Fredrik von Post
Regionen, enheten för samhällsplanering
""",
  X("register", [P("Fredrik von Post", "fredrik.vonpost@regiondalarna.se", RD)], [S1, S2]),
  "name with particle 'von'; week numbers v. 18 = 3 May, v. 38 = 21 Sep; 'Regionen'", at("12-03 15:48"))

E(("Maria Lind Eriksson", "maria.lind.eriksson@gagnef.se"), "DalaLab 3:e maj",
  """Hej,
jag vill gärna komma den 3:e maj. Vegetarisk kost, tack.
Maria Lind Eriksson, Gagnefs kommun
""",
  X("register", [P("Maria Lind Eriksson", "maria.lind.eriksson@gagnef.se", GA)], [S1], "vegetarisk"),
  "double surname without hyphen; '3:e maj'; diet", at("12-04 09:02"))

E(("ANDERSSON BRITT", "britt.andersson@orsa.se"), "ANMÄLAN DALALAB",
  """HEJ

ANMÄLER MIG TILL ALLA FYRA TRÄFFARNA.

BRITT ANDERSSON
BYGGNADSINSPEKTÖR / PLANHANDLÄGGARE
ORSA KOMMUN
""",
  X("register", [P("Britt Andersson", "britt.andersson@orsa.se", OR)], ALL),
  "everything in capitals, surname-first display name", at("12-04 11:55"))

E(("L. Höglund", "lars.hoglund@sater.se"), "Anmälan DalaLab",
  """Hej,
anmäler mig härmed till tisdag 21/9.
Mvh
L. Höglund
Planarkitekt, Säters kommun
""",
  X("register", [P("Lars Höglund", "lars.hoglund@sater.se", SA)], [S2]),
  "signed with an initial only; first name from the address (lars.hoglund); 'tisdag 21/9'", at("12-07 08:14"))

E(("Yusuf Demir", "yusuf.demir@falun.se"), "Anmälan",
  "Hej! Jag anmäler mig till 2027-05-03 och 2027-11-29.\n\nYusuf Demir\nFalu kommun, Stadsbyggnadsförvaltningen\n",
  X("register", [P("Yusuf Demir", "yusuf.demir@falun.se", FA)], [S1, S3]),
  "ISO dates", at("12-07 14:40"))

E(("Hanna Lindqvist", "hanna@lindqvistplan.se"), "Anmälan DalaLab – konsult",
  """Hej Linnea,

Jag är konsult och arbetar just nu på uppdrag av Smedjebackens kommun med
deras nya översiktsplan. Jag skulle gärna vilja delta i hela lärprojektet om
det är möjligt för oss konsulter.

Vänliga hälsningar
Hanna Lindqvist
Lindqvist Plan & Strategi AB
Org.nr 559123-4567 | 070-123 45 67
""",
  X("register", [P("Hanna Lindqvist", "hanna@lindqvistplan.se", None)], ALL, unsure=["organisation"]),
  "consultant at a private firm working for Smedjebacken: organisation null (as the shared corpus' consultant), but worth asking",
  at("12-08 10:30"))

T(("Jonna Ek", 5102938471), "anmäl mig alla ggr /falun",
  X("register", [P("Jonna Ek", None, FA)], ALL),
  "Telegram terse; 'alla ggr'; '/falun' = Falu kommun", at("12-08 19:12"))

T(("Ahmad Noori", 5230019283), "hej vill anmäla mig till träfen 21 sept o 29 nov jobbar på borlänge k:n",
  X("register", [P("Ahmad Noori", None, BO)], [S2, S3]),
  "Telegram lower case, typo 'träfen'; 'borlänge k:n'", at("12-09 12:03"))

T(("Siv Mattsson", 6019284412), "Hej! Kommer på första träffen. Hälsningar Siv, Hedemora",
  X("register", [P("Siv Mattsson", None, HE)], [S1]),
  "Telegram; 'första träffen'; org from the signature 'Hedemora'", at("12-09 20:47"))

T(("Olena Kovalenko", 7012345001), "hi, i would like join all sessions, i work at region dalarna (kultur och bildning)",
  X("register", [P("Olena Kovalenko", None, RD)], ALL),
  "Telegram non-native English, lower case; Region Dalarna department", at("12-10 09:21"))

E(("Sundberg Tobias", "tobias.sundberg@smedjebacken.se"), "SV: Inbjudan: DalaLab – Planering för hållbarhet och utvecklingskraft",
  "Hej Linnea,\n\nJag anmäler mig härmed till de två första.\n\nMvh Tobias\n" + INV_OUTLOOK,
  X("register", [P("Tobias Sundberg", "tobias.sundberg@smedjebacken.se", SM)], [S1, S2]),
  "Outlook reply with Swedish Från/Skickat/Till/Ämne header and the quoted invitation; 'de två första'",
  at("12-10 14:09"), kind="alt")

E(("Sara Vestin", "sara.vestin@leksand.se"), "VB: DalaLab – vem går?",
  """Linnea – jag tar 3/5 och 22/2. Ola hör av sig själv om han vill.
/Sara Vestin, Leksands kommun

-----Ursprungligt meddelande-----
Från: Ola Grip <ola.grip@leksand.se>
Skickat: den 14 december 2026 08:12
Till: Sara Vestin <sara.vestin@leksand.se>
Ämne: SV: DalaLab – vem går?

Jag kan inte 21/9, då har vi nämndmöte. 29/11 kanske. Vi får se.

-----Ursprungligt meddelande-----
Från: Sara Vestin <sara.vestin@leksand.se>
Skickat: den 11 december 2026 16:40
Till: Ola Grip <ola.grip@leksand.se>
Ämne: DalaLab – vem går?

Hej Ola, ska vi dela upp träffarna? Första är 3 maj, sen 21 sept, 29 nov och
22 feb 2028. Sista anmälan 14 april.
""",
  X("register", [P("Sara Vestin", "sara.vestin@leksand.se", LE)], [S1, S4]),
  "reply on top of an internal thread with other dates (21/9, 29/11, 14 april); only the top counts; Ola not registered",
  at("12-14 10:02"))

E(("Emelie Strand", "emelie.strand@vansbro.se"), "Fwd: Inbjudan: DalaLab",
  "Hej, jag vill gärna vara med på alla träffar!\nEmelie, Vansbro\n\n---------- Forwarded message ---------\n"
  "Från: Linnea Hassis <linnea.hassis@regiondalarna.se>\nDate: mån 23 nov. 2026 kl 14:05\n"
  "Subject: Inbjudan: DalaLab\nTo: <planering@vansbro.se>\n\n" + INVITE + "\n",
  X("register", [P("Emelie Strand", "emelie.strand@vansbro.se", VA)], ALL),
  "Fwd: of the invitation with a one-line signup on top", at("12-14 13:26"))

E(("Jürgen Maier", "juergen.maier@malung-salen.se"), "WG: DalaLab",
  """Dear Ms Hassis,

I would like to participate at the first and the second meeting. I am new in
Sweden and work since September in Malung-Sälen municipality with planning.

Mit freundlichen Grüßen / Best regards
Jürgen Maier

-----Ursprüngliche Nachricht-----
Von: Kommunikation Malung-Sälen <info@malung-salen.se>
Gesendet: Montag, 23. November 2026 15:10
An: Maier Jürgen <juergen.maier@malung-salen.se>
Betreff: WG: Inbjudan DalaLab

""" + INVITE + "\n",
  X("register", [P("Jürgen Maier", "juergen.maier@malung-salen.se", MS)], [S1, S2]),
  "German Outlook forward (WG:/Von:/Gesendet:), non-native English; 'first and second meeting'", at("12-15 09:44"))

E(("Tiina Mäkinen", "tiina.makinen@gmail.com"), "DalaLab",
  "Hej, jag heter Tiina Mäkinen och jobbar på Falun, plan. Vill anmäla mig till 21/9.\n\nSkickat från min iPhone\n",
  X("register", [P("Tiina Mäkinen", "tiina.makinen@gmail.com", FA)], [S2]),
  "gmail; organisation written informally 'jobbar på Falun'", at("12-15 21:30"))

E(("Robin Al-Hassan", "robin.alhassan@hotmail.com"), "anmälan",
  "hej jobbar på Borlänge k:n, anmäler mig till allt. /Robin Al-Hassan\n",
  X("register", [P("Robin Al-Hassan", "robin.alhassan@hotmail.com", BO)], ALL),
  "hotmail; 'Borlänge k:n'; 'allt' = all four; hyphenated surname", at("12-16 07:58"))

E(("Lovisa Engman", "lovisa.engman@regiondalarna.se"), "Anmälan hösten",
  "Hej!\nVill anmäla mig till höstens båda träffar.\n\nLovisa Engman\nRegion Dalarna, Regional utveckling\n",
  X("register", [P("Lovisa Engman", "lovisa.engman@regiondalarna.se", RD)], [S2, S3]),
  "'höstens båda träffar' = 21 Sep + 29 Nov (plural, not ambiguous)", at("12-16 11:11"))

E(("Gösta Wiklund", "gosta.wiklund@lansstyrelsen.se"), "DalaLab",
  "Hej, jag hänger med på samtliga.\nGösta Wiklund\nLänsstyrelsen, enheten för samhällsplanering\n",
  X("register", [P("Gösta Wiklund", "gosta.wiklund@lansstyrelsen.se", LST)], ALL),
  "'samtliga' = all four; Länsstyrelsen", at("12-17 13:45"))

E(("Amanda Lönn", "amanda.lonn@rattvik.se"), "Anmälan",
  "Hej!\nAnmäler mig till 3.5 och 22.2.\nMvh Amanda Lönn, Rättviks kommun\n",
  X("register", [P("Amanda Lönn", "amanda.lonn@rattvik.se", RA)], [S1, S4]),
  "dot dates '3.5 och 22.2' (22.2 = 2028)", at("12-17 15:02"))

E(("Matilda Grönlund", "matilda.gronlund@alvdalen.se"), "Nästa träff",
  "Hej,\nanmäler mig till nästa träff, resten får vi se om längre fram.\nMatilda Grönlund\nÄlvdalens kommun\n",
  X("register", [P("Matilda Grönlund", "matilda.gronlund@alvdalen.se", AL)], [S1]),
  "'nästa träff' before any session = 3 May; 'resten' not registered", at("12-18 08:37"))

E(("Jens Holmgren", "jens.holmgren@orsa.se"), "Anmälan",
  "Hej, jag vill vara med på måndagsträffen i maj och tisdagsträffen i september.\n/Jens Holmgren, Orsa\n",
  X("register", [P("Jens Holmgren", "jens.holmgren@orsa.se", OR)], [S1, S2]),
  "weekday + month references ('måndagsträffen i maj', 'tisdagsträffen i september')", at("12-18 10:20"))

E(("Ingela Persson", "ingela.persson@avesta.se"), "DalaLab v. 48",
  "Hej Linnea, skriv upp mig på träffen vecka 48. Jag är laktosintolerant.\nIngela Persson, Avesta kommun\n",
  X("register", [P("Ingela Persson", "ingela.persson@avesta.se", AV)], [S3], "laktosintolerant"),
  "'vecka 48' = 29 Nov; diet 'laktosintolerant'", at("12-21 09:05"))

T(("Lina Hed", 5512093847), "anmäl mig o min kollega erik nord till 3/5, vi är från gagnef. erik är vegan",
  X("register", [P("Lina Hed", None, GA), P("Erik Nord", None, GA, "vegan")], [S1], "vegan"),
  "Telegram lower case; colleague without address; per-person diet (only Erik)", at("12-21 20:15"))

E(("Claes Sandberg", "claes.sandberg@hedemora.se"), "Anmälan två personer",
  "Hej!\nJag och min kollega Anna-Lena Björk (anna-lena.bjork@hedemora.se) vill anmäla oss till alla träffar.\n\nMvh Claes\n",
  X("register", [P("Claes Sandberg", "claes.sandberg@hedemora.se", HE),
                 P("Anna-Lena Björk", "anna-lena.bjork@hedemora.se", HE)], ALL),
  "sender + colleague with address in parentheses; hyphenated first name", at("12-22 11:40"))

E(("Anders Moberg", "anders.moberg@falun.se"), "Deltagare från Falun",
  """Hej,

Vi skickar Sofia af Klercker, Mohammed Hassan och Elsa Dahlgren-Ek från
samhällsbyggnad till DalaLab, samtliga träffar. Jag själv deltar inte, men
hör av dig till mig om det är något.

Anders Moberg
Enhetschef, Falu kommun
""",
  X("register", [P("Sofia af Klercker", None, FA), P("Mohammed Hassan", None, FA), P("Elsa Dahlgren-Ek", None, FA)], ALL),
  "manager registers three without addresses, not himself; particle 'af', hyphenated surname", at("01-04 09:13"))

E(("HR Ludvika", "hr@ludvika.se"), "Anmälan DalaLab",
  """Anmälan för:
LUNDQVIST, KARIN
PALM, JOAKIM

Träffar: 3/5 och 21/9.

Med vänlig hälsning
HR-avdelningen
Ludvika kommun
""",
  X("register", [P("Karin Lundqvist", None, LU), P("Joakim Palm", None, LU)], [S1, S2]),
  "function mailbox; 'EFTERNAMN, FÖRNAMN' in capitals; sender not a person", at("01-04 14:30"))

T(("Kajsa Lööf", 5399102345), "jag (orsa) och emil sandell från mora kommer på 29/11",
  X("register", [P("Kajsa Lööf", None, OR), P("Emil Sandell", None, MO)], [S3]),
  "Telegram; two organisations; lower-case colleague", at("01-05 18:02"))

E(("Viktor Nyhlén", "viktor.nyhlen@borlange.se"), "Anmälan + fråga",
  "Hej! Anmäler mig till 21/9 och 29/11. Blir det lunch, och finns det parkering vid regionhuset?\n/Viktor\n",
  X("register", [P("Viktor Nyhlén", "viktor.nyhlen@borlange.se", BO)], [S2, S3]),
  "signup mixed with questions -> register", at("01-05 10:25"))

E(("Elin Hagström", "elin.hagstrom@mora.se"), "Fråga om DalaLab",
  "Hej,\nfunderar på att anmäla mig till 3/5 – är det ok att bara gå på en träff, eller måste man gå på alla?\nElin Hagström, Mora kommun\n",
  X("question"),
  "'funderar på att anmäla mig' + a question -> question, nothing booked", at("01-07 13:00"))

E(("Mats Bergkvist", "mats.bergkvist@sater.se"), "DalaLab",
  "Hej Linnea,\njag vill gärna vara med, men kan tyvärr inte 21/9. Övriga går bra.\nMats Bergkvist\nSäters kommun\n",
  X("register", [P("Mats Bergkvist", "mats.bergkvist@sater.se", SA)], [S1, S3, S4]),
  "'kan tyvärr inte 21/9' inside a signup is no cancellation: all except 21 Sep", at("01-07 15:33"))

E(("Samhällsbyggnad Rättvik", "samhallsbyggnad@rattvik.se"), "Anmälan DalaLab",
  """Hej,

Vi anmäler härmed Oskar Lindmark, oskar.lindmark@rattvik.se, till träffarna 3/5 och 29/11.

Med vänlig hälsning
Registrator
Samhällsbyggnadsförvaltningen, Rättviks kommun
""",
  X("register", [P("Oskar Lindmark", "oskar.lindmark@rattvik.se", RA)], [S1, S3]),
  "function mailbox registers a person whose address is in the text", at("01-08 08:50"))

T(("Cash Bonus", 8100200300), "💰 Tjäna 5000 kr/dag hemifrån! Registrera dig senast 3/5 på www.snabbcash-se.biz – begränsat antal platser!!",
  X("unknown"),
  "Telegram spam with a date and 'registrera dig'", at("01-08 23:11"))

E(("Kommunregistret Norden AB", "faktura@kommunregistret-norden.net"), "Faktura 2027-0412: Anmälan DalaLab – Region Dalarna",
  """FAKTURA

Avser: Anmälan och registrering, DalaLab 2027 – Region Dalarna
Deltagaravgift 3 personer à 2 450 kr            7 350,00 kr
Moms 25 %                                        1 837,50 kr
Att betala                                       9 187,50 kr

Fakturadatum: 2027-01-11
Förfallodatum: 2027-05-03
Bankgiro: 5431-2290   OCR: 2027041200318

Vid utebliven betalning debiteras påminnelseavgift 60 kr.
Kommunregistret Norden AB, Org.nr 556987-1122
""",
  X("unknown"),
  "invoice scam using the event's name, ISO dates, amounts, bankgiro -> unknown", at("01-11 06:30"))

E(("Boverket", "nyhetsbrev@boverket-info.se"), "Nyhetsbrev januari: PBL-dagarna och ny vägledning",
  """Nyhetsbrev från Boverket – januari 2027

* PBL-dagarna 21–22 september i Stockholm. Anmäl dig senast 3 maj!
* Ny vägledning om översiktsplanering och planeringsstrategier.
* Webbinarium 29 november: Tillgänglighet i den fysiska planeringen.

Du får detta mejl eftersom du prenumererar på nyhetsbrevet.
Avsluta prenumeration: https://boverket-info.se/avregistrera
""",
  X("unknown"),
  "newsletter (List-Unsubscribe, Precedence: bulk) with session-like dates and 'anmäl dig' -> unknown",
  at("01-11 10:00"), extra=[("List-Unsubscribe", "<https://boverket-info.se/avregistrera>"), ("Precedence", "bulk")])

E(("Bo Sandin", "bo.sandin@malung-salen.se"), "Re: Påminnelse: DalaLab",
  """Hej,

jag är på semester till och med 10 januari och läser inte min e-post. Vid
brådskande ärenden, ring växeln 0280-180 00.

Bo Sandin
""",
  X("auto_reply"),
  "out-of-office written like a person, no automatic headers -> auto_reply", at("01-02 11:02"))

E(("Cecilia Norrby", "cecilia.norrby@gagnef.se"), "Frånvaro: Anmälan DalaLab",
  """Jag är föräldraledig till och med 2027-09-21 och läser inte e-post.
Frågor om detaljplaner: plan@gagnef.se. Frågor om bygglov: bygg@gagnef.se.
""",
  X("auto_reply"),
  "automatic reply with headers; '2027-09-21' is a session date but no signup",
  at("01-12 08:00"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

E(("Ben Okoye", "ben.okoye@regiondalarna.se"), "Out of office: DalaLab registration",
  "Thank you for your email. I am out of office until Monday 3 May with limited access to email.\nFor urgent matters please contact region@regiondalarna.se.\n",
  X("auto_reply"),
  "English out-of-office (Auto-Submitted); 'Monday 3 May' is no signup",
  at("01-12 09:30"), extra=[("Auto-Submitted", "auto-replied")])

E(("Roger Ståhl", "roger.stahl@avesta.se"), "Ta bort mina uppgifter",
  "Hej. Ta bort mig från era listor och radera alla uppgifter ni har om mig. Jag ska inte delta.\nRoger Ståhl\n",
  X("erasure", [P("Roger Ståhl", "roger.stahl@avesta.se", AV)]),
  "erasure request (also 'ska inte delta', but erasure is the request)", at("01-13 14:14"))

T(("Marek Nowicki", 7788112233), "pls delete my data, gdpr. thx",
  X("erasure", [P("Marek Nowicki", None, None)]),
  "Telegram English erasure; sender only, no organisation", at("01-13 22:40"))

E(("Karin Öhman", "karin.ohman@ludvika.se"), "Re: Bekräftelse DalaLab",
  "får förhinder 3/5 tyvärr\n\nKarin\n\n" + gt(confirmation("Karin", ["3 maj 2027", "21 september 2027"])) + "\n",
  X("cancel", [P("Karin Öhman", "karin.ohman@ludvika.se", LU)], [S1]),
  "indirect cancellation 'får förhinder 3/5'; quoted confirmation lists 3 May and 21 Sep", at("02-15 07:31"))

E(("Jonas Friberg", "jonas.friberg@avesta.se"), "DalaLab",
  "Hej Linnea,\nkan tyvärr inte komma på någon av träffarna längre, har bytt jobb från 1 mars.\nTack ändå!\nJonas Friberg\n",
  X("cancel", [P("Jonas Friberg", "jonas.friberg@avesta.se", AV)], ALL),
  "'kan tyvärr inte komma på någon av träffarna' = full cancel; '1 mars' not a session", at("02-16 12:12"))

E(("Hampus Lind", "hampus.lind@mora.se"), "Min plats i DalaLab",
  "Hej,\njag lämnar min plats i DalaLab – jag har fått en ny tjänst från februari och hinner inte.\nMvh Hampus Lind, Mora kommun\n",
  X("cancel", [P("Hampus Lind", "hampus.lind@mora.se", MO)], ALL),
  "'lämnar min plats' without a successor = full cancel", at("02-17 09:48"))

T(("Eva Strömberg", 6120394857), "hej, får förhinder på tisdag 21/9. stryk mig den dagen. /eva",
  X("cancel", [P("Eva Strömberg", None, None)], [S2]),
  "Telegram indirect partial cancel; no organisation given", at("02-18 16:05"))

E(("Maria Hellgren", "maria.hellgren@borlange.se"), "VB: Avanmälan",
  """Linnea, se nedan – hon kan inte delta mer.
/Maria Hellgren, enhetschef

Från: Sandra Hed <sandra.hed@borlange.se>
Skickat: den 8 mars 2027 09:14
Till: Maria Hellgren <maria.hellgren@borlange.se>
Ämne: Avanmälan

Hej Maria, jag kommer tyvärr inte kunna gå på DalaLab-träffarna efter
föräldraledigheten. Kan du meddela Linnea? /Sandra
""",
  X("cancel", [P("Sandra Hed", "sandra.hed@borlange.se", BO)], ALL),
  "VB: chain; the cancelling person only in the forwarded Outlook header; manager not among people", at("03-08 10:20"))

E(("HR Smedjebacken", "hr@smedjebacken.se"), "Deltagarlista DalaLab",
  "Hej,\nJOHAN PERSSON har slutat hos oss, vänligen stryk honom från deltagarlistan.\nMvh HR, Smedjebackens kommun\n",
  X("cancel", [P("Johan Persson", None, SM)], ALL),
  "HR function mailbox cancels a former employee named in capitals; no address", at("03-09 13:37"))

E(("Aleksandra Wójcik", "aleksandra.wojcik@falun.se"), "cancel 29 November",
  "Hello Linnea,\nunfortunately I cannot participate on 29 November because of other meeting, please remove me for this date only.\nKind regards, Aleksandra\n",
  X("cancel", [P("Aleksandra Wójcik", "aleksandra.wojcik@falun.se", FA)], [S3]),
  "non-native English partial cancel", at("03-10 08:08"))

E(("Linda Borg", "linda.borg@gagnef.se"), "Ändring i vår anmälan",
  "Hej!\nÄndring: Per Ström kan inte gå på 3:e maj. Övriga som tidigare.\nLinda Borg, Gagnefs kommun\n",
  X("cancel", [P("Per Ström", None, GA)], [S1]),
  "colleague withdrawn from one session without a substitute, subject 'Ändring' -> cancel; 'övriga som tidigare'", at("03-11 11:30"))

E(("Ola Brink", "ola.brink@hedemora.se"), "SV: Bekräftelse DalaLab",
  "Tyvärr måste jag avboka februariträffen.\n/Ola" + outlook_quote("DalaLab <linnea.hassis@regiondalarna.se>",
                                                                   "den 20 januari 2027 10:11", "Bekräftelse DalaLab",
                                                                   confirmation("Ola", ["3 maj 2027", "21 september 2027", "29 november 2027", "22 februari 2028"]),
                                                                   to="Brink Ola"),
  X("cancel", [P("Ola Brink", "ola.brink@hedemora.se", HE)], [S4]),
  "partial cancel of 'februariträffen'; quoted confirmation lists all four", at("03-12 14:55"), kind="alt")

T(("Mira Sjöö", 6655443322), "kan tyvärr inte komma alls, stryk mig",
  X("cancel", [P("Mira Sjöö", None, None)], ALL),
  "Telegram full cancel, no organisation", at("03-29 19:20"))

E(("Tove Ahl", "tove.ahl@orsa.se"), "DalaLab",
  """<html><body><p>Hej Linnea!</p><p>Jag f&aring;r tyv&auml;rr f&ouml;rhinder den 21 september och 29 november. Maj och februari st&aring;r kvar.</p><p>Tove Ahl<br>Orsa kommun</p></body></html>""",
  X("cancel", [P("Tove Ahl", "tove.ahl@orsa.se", OR)], [S2, S3]),
  "HTML-only partial cancel of two sessions; the kept ones are not sessions of the request", at("04-08 09:10"), kind="html")

E(("Eva Tall", "eva.tall@vansbro.se"), "Vi blir en färre",
  "Hej!\nVi blir en färre – Kristoffer Bäck har fått förhinder, så stryk honom helt.\nEva Tall, Vansbro kommun\n",
  X("cancel", [P("Kristoffer Bäck", None, VA)], ALL),
  "colleague cancelled by a third party ('stryk honom helt')", at("04-02 15:15"))

E(("Anna de Wit", "anna.dewit@regiondalarna.se"), "Cancel registration",
  "Dear Linnea,\nplease cancel my registration for DalaLab, I am sorry.\nAnna de Wit\nRegion Dalarna, Hälso- och sjukvård\n",
  X("cancel", [P("Anna de Wit", "anna.dewit@regiondalarna.se", RD)], ALL),
  "English self-cancel, particle 'de'", at("04-06 10:45"))

E(("Sebastian Öst", "sebastian.ost@borlange.se"), "Byte",
  "Kan jag byta 21/9 mot 29/11?\n/Sebastian\n",
  X("change", [P("Sebastian Öst", "sebastian.ost@borlange.se", BO)], [S3]),
  "bare swap phrased as a question -> change to 29 Nov", at("02-01 08:30"))

E(("Lena Kull", "lena.kull@avesta.se"), "Ändring DalaLab",
  "Hej!\nJag är anmäld till 3/5 och 21/9 men vill byta 21/9 mot 22/2.\nLena Kull\n",
  X("change", [P("Lena Kull", "lena.kull@avesta.se", AV)], [S1, S4]),
  "swap with the current set stated -> full set after: 3 May + 22 Feb", at("02-02 12:00"))

E(("Axel Rosén", "axel.rosen@leksand.se"), "Re: Bekräftelse DalaLab",
  "Lägg till novemberträffen också, utöver maj.\n\n" + gt(confirmation("Axel", ["3 maj 2027"])) + "\n",
  X("change", [P("Axel Rosén", "axel.rosen@leksand.se", LE)], [S1, S3]),
  "adding a session -> change with both", at("02-03 09:17"))

E(("Johanna Bring", "johanna.bring@mora.se"), "Ersättare 3 maj",
  "Hej,\nNiklas Ohlsson (niklas.ohlsson@mora.se) går i mitt ställe den 3 maj.\nMvh Johanna Bring\n",
  X("change", [P("Johanna Bring", "johanna.bring@mora.se", MO), P("Niklas Ohlsson", "niklas.ohlsson@mora.se", MO)], [S1]),
  "substitution 'går i mitt ställe' for one session", at("02-04 13:40"))

T(("Bodil Ek", 5566778899), "hej! sara holm kan inte 21/9, ali reza går istället. båda ludvika",
  X("change", [P("Sara Holm", None, LU), P("Ali Reza", None, LU)], [S2]),
  "Telegram third-party substitution in lower case; sender not involved", at("02-05 17:25"))

E(("Karl-Erik Wass", "karl-erik.wass@sater.se"), "Kost",
  "Hej! Glömde skriva att jag är glutenintolerant. Jag är anmäld till alla fyra träffarna.\n/Karl-Erik\n",
  X("change", [P("Karl-Erik Wass", "karl-erik.wass@sater.se", SA)], ALL, "glutenintolerant"),
  "diet update for an existing signup -> change; sessions stated", at("02-08 08:05"))

E(("Pernilla Ohlin", "pernilla.ohlin@alvdalen.se"), "Kost för kollega",
  "Hej Linnea,\nmin kollega Fatima Said som är anmäld till 3/5 är vegan, jag glömde skriva det.\nPernilla Ohlin, Älvdalens kommun\n",
  X("change", [P("Fatima Said", None, AL, "vegan")], [S1], "vegan"),
  "third-party diet update -> change; sender not among people", at("02-09 10:22"))

E(("Erika Wennberg", "erika.wennberg@regiondalarna.se"), "Ny e-postadress",
  "Hej!\nJag har bytt jobb och har ny e-postadress: erika.wennberg@regiondalarna.se (tidigare erika.wennberg@falun.se). Jag är anmäld till alla träffarna och vill vara kvar på dem.\nErika Wennberg\nRegion Dalarna\n",
  X("change", [P("Erika Wennberg", "erika.wennberg@regiondalarna.se", RD)], ALL),
  "details change (new address and organisation); the old address is not a second person", at("02-10 14:00"))

T(("Hugo Lindh", 6012003004), "kan ja byta från 3 maj till 21 spetember?",
  X("change", [P("Hugo Lindh", None, None)], [S2]),
  "Telegram swap with typos ('ja', 'spetember')", at("02-11 21:12"))

E(("Samir Haddad", "samir.haddad@hedemora.se"), "change of sessions",
  "Hi Linnea,\nI am registered for May 3 and Sept 21. I'd like to change: skip September, take the February one instead.\nThanks, Samir\n",
  X("change", [P("Samir Haddad", "samir.haddad@hedemora.se", HE)], [S1, S4]),
  "English swap with the full set inferable: 3 May + 22 Feb", at("02-12 09:50"))

E(("Göran Lund", "goran.lund@avesta.se"), "Min plats",
  "Hej!\nJag går på 3/5 men lämnar sedan min plats till min kollega Therese Öberg (therese.oberg@avesta.se) – hon tar alla träffar från och med hösten.\nGöran Lund\n",
  X("change", [P("Göran Lund", "goran.lund@avesta.se", AV), P("Therese Öberg", "therese.oberg@avesta.se", AV)], [S2, S3, S4]),
  "substitution 'lämnar min plats till'; sessions = what the substitute takes (autumn onwards)", at("02-15 10:33"))

E(("Tomas Berg", "tomas.berg@rattvik.se"), "Ändring anmälan Rättvik",
  "Hej,\nLägg till Sanna Björk (sanna.bjork@rattvik.se) i vår anmälan, alla träffar.\nTomas\n",
  X("register", [P("Sanna Björk", "sanna.bjork@rattvik.se", RA)], ALL, unsure=["intent"]),
  "subject 'Ändring' but it registers a new person -> register (Sanna only)", at("02-16 08:44"))

E(("Julia Rask", "julia.rask@malung-salen.se"), "VB: Bekräftelse DalaLab",
  "Kan ni flytta mig från september till novemberträffen? Maj står kvar.\n/Julia"
  + outlook_quote("DalaLab <linnea.hassis@regiondalarna.se>", "den 19 december 2026 15:02", "Bekräftelse DalaLab",
                  confirmation("Julia", ["3 maj 2027", "21 september 2027"]), to="Rask Julia"),
  X("change", [P("Julia Rask", "julia.rask@malung-salen.se", MS)], [S1, S3]),
  "forwarded confirmation; swap Sep -> Nov, May kept -> 3 May + 29 Nov", at("02-18 11:11"))

T(("Leo Falk", 6677001122), "ändra min kost till laktosfri tack, är anmäld till 3/5 o 29/11",
  X("change", [P("Leo Falk", None, None)], [S1, S3], "laktosfri"),
  "Telegram diet update with stated sessions", at("02-19 07:25"))

E(("Monica Rask", "monica.rask@sater.se"), "Anmälan Säter",
  "Hej!\nVi blir tre från Säter: jag, Fia Ström och Anders Bäckman. Fia äter glutenfritt. Vi kommer på de två första träffarna.\nMonica Rask\n",
  X("register", [P("Monica Rask", "monica.rask@sater.se", SA), P("Fia Ström", None, SA, "glutenfri"),
                 P("Anders Bäckman", None, SA)], [S1, S2], "glutenfri"),
  "sender + two without addresses; per-person diet", at("01-14 09:09"))

E(("Mikael Holm", "mikael.holm@ludvika.se"), "DalaLab Ludvika",
  "Hej,\nvi är fyra från Ludvika som vill gå: Petra Ek, Samuel Lindberg, Hanna Jonsson och jag. Alla träffar.\n/Mikael Holm\n",
  X("register", [P("Mikael Holm", "mikael.holm@ludvika.se", LU), P("Petra Ek", None, LU), P("Samuel Lindberg", None, LU),
                 P("Hanna Jonsson", None, LU)], ALL),
  "four from one municipality (over the quota; the parser lists everyone)", at("01-14 13:20"))

E(("Jonathan Price", "jonathan.price@regiondalarna.se"), "Sign-up for my team",
  "Hi Linnea,\nI want to sign up two from my team, Lucy Green (lucy.green@regiondalarna.se) and Omar Farouk (omar.farouk@regiondalarna.se), for September and November. I will not join myself.\nBest, Jonathan\n",
  X("register", [P("Lucy Green", "lucy.green@regiondalarna.se", RD), P("Omar Farouk", "omar.farouk@regiondalarna.se", RD)], [S2, S3]),
  "English manager registers two, not himself", at("01-15 10:10"))

E(("Eva Brandt", "eva.brandt@borlange.se"), "Anmälan DalaLab 3/5",
  """<html><body><p>Hej!</p><p>Vi anm&auml;ler f&ouml;ljande till tr&auml;ffen 3/5:</p>
<table border="1"><tr><th>Namn</th><th>E-post</th><th>Kost</th></tr>
<tr><td>Kerstin Holm</td><td>kerstin.holm@borlange.se</td><td>&ndash;</td></tr>
<tr><td>Ali Mansour</td><td>ali.mansour@borlange.se</td><td>halal</td></tr></table>
<p>Med v&auml;nlig h&auml;lsning<br>Eva Brandt<br>Administrat&ouml;r, Samh&auml;llsbyggnad, Borl&auml;nge kommun</p></body></html>""",
  X("register", [P("Kerstin Holm", "kerstin.holm@borlange.se", BO), P("Ali Mansour", "ali.mansour@borlange.se", BO, "halal")], [S1], "halal"),
  "HTML-only table of two; administrator not among them; per-person diet", at("01-15 15:45"), kind="html")

T(("Sofie Ståhlberg", 5900112233), "hej, anmäler mig å kollegan lars-göran ek (smedjebacken) till alla",
  X("register", [P("Sofie Ståhlberg", None, SM), P("Lars-Göran Ek", None, SM)], ALL),
  "Telegram; 'å' for och; hyphenated lower-case name; shared organisation", at("01-18 12:30"))

E(("Paulina Ek", "paulina.ek@orsa.se"), "Anmälan",
  "Hej!\nJag (Orsa) och Kalle Dahl från Mora kommun anmäler oss till 21/9.\nPaulina\n",
  X("register", [P("Paulina Ek", "paulina.ek@orsa.se", OR), P("Kalle Dahl", None, MO)], [S2]),
  "two organisations in one mail", at("01-18 14:02"))

E(("Jessica Hallberg", "jessica.hallberg@avesta.se"), "Anmälan: Hallberg, Nordström",
  "Anmälan:\nHallberg, Jessica (jag)\nNordström, Kim\n\nSamtliga träffar.\n",
  X("register", [P("Jessica Hallberg", "jessica.hallberg@avesta.se", AV), P("Kim Nordström", None, AV)], ALL),
  "'Efternamn, Förnamn' list including the sender", at("01-19 08:15"))

E(("Wahlström Ingrid", "ingrid.wahlstrom@leksand.se"), "Anmälan",
  "Jag anmäler mig till den 3 maj.\n\n" + """Med vänliga hälsningar

Ingrid Wahlström
Strateg, Kommunledningskontoret
Leksands kommun
Box 301, 793 27 Leksand
Växel: 0247-803 00 | Direkt: 0247-804 12 | Mobil: 070-244 18 90
ingrid.wahlstrom@leksand.se | www.leksand.se
Öppettider reception: mån–tors 8–16.30, fre 8–15
Semester v. 28–31

""" + DISCLAIMER_SV + "\n",
  X("register", [P("Ingrid Wahlström", "ingrid.wahlstrom@leksand.se", LE)], [S1]),
  "mostly signature and disclaimer; 'v. 28–31' and opening hours are not sessions", at("01-19 10:40"), kind="alt")

T(("Gunnar Ljung", 5011223344), "Anmälan: alla 4 träffar. Mvh Gunnar Ljung, Avesta",
  X("register", [P("Gunnar Ljung", None, AV)], ALL),
  "Telegram, formal; 'alla 4'", at("01-20 08:01"))

T(("Nora Selin", 5123456780), "kör på maj och feb 👍 (rättvik)",
  X("register", [P("Nora Selin", None, RA)], [S1, S4]),
  "Telegram slang; month abbreviations; organisation in parentheses", at("01-20 19:44"))

T(("Piotr Zielinski", 5234567891), "Hello, I register for 21.9 please. Working in Älvdalen kommun. Thank you!",
  X("register", [P("Piotr Zielinski", None, AL)], [S2]),
  "Telegram non-native English; '21.9'", at("01-21 07:30"))

E(("Ulrika Bergman", "ulrika.bergman@leksand.se"), "Tack för sist + anmälan",
  """Hej Linnea!

Tack för sist på Planeringsdagarna den 12 november, det var riktigt
givande. Vi pratade ju om att vi i Leksand behöver komma vidare med
planeringsstrategin, och DalaLab verkar vara precis rätt forum.

Jag vill gärna anmäla mig till träffarna i maj och september. November
krockar tyvärr med budgetfullmäktige den 29/11, och februari vet jag inte
än – jag återkommer om den.

Hälsa Boverket-gänget!
Ulrika Bergman
Leksands kommun
""",
  X("register", [P("Ulrika Bergman", "ulrika.bergman@leksand.se", LE)], [S1, S2]),
  "long chatty mail; '12 november' not a session; 29/11 named but excluded; February undecided", at("01-21 16:18"))

E(("Per Ivarsson (Mora kommun)", "per.ivarsson@mora.se"), "Re: DalaLab", "+1 på alla träffarna\n",
  X("register", [P("Per Ivarsson", "per.ivarsson@mora.se", MO)], ALL),
  "'+1' signup; organisation in the display name", at("01-22 09:00"))

E(("Bengt-Åke Nilsson", "bengt-ake.nilsson@hedemora.se"), "DalaLab",
  "Härmed anmäls undertecknad till DalaLab 2027-05-03.\n\nBengt-Åke Nilsson\nMiljö- och byggchef, Hedemora kommun\n",
  X("register", [P("Bengt-Åke Nilsson", "bengt-ake.nilsson@hedemora.se", HE)], [S1]),
  "formal 'undertecknad'; ISO date", at("01-22 13:13"), cs="iso-8859-1", enc="8bit")

E(("af Geijerstam Clara", "clara.afgeijerstam@falun.se"), "SV: Påminnelse: sista anmälningsdag 14 april",
  "Hej, hoppas det inte är för sent – jag vill vara med på allt.\nClara af Geijerstam\n"
  + outlook_quote("Hassis Linnea", "den 2 februari 2027 08:30", "Påminnelse: sista anmälningsdag 14 april",
                  "Hej!\nPåminnelse: sista dag att anmäla sig till DalaLab är den 14 april 2027.\n\n" + INVITE, to="Falu kommun - Planering"),
  X("register", [P("Clara af Geijerstam", "clara.afgeijerstam@falun.se", FA)], ALL),
  "reply to the reminder; particle 'af' first in the display name; quoted invitation", at("02-03 12:45"), kind="alt")

E(("Åsa Öhrn", "asa.ohrn@vansbro.se"), "Anmälan DalaLab",
  "Hej!\nAnmäler mig till 21/9, 29/11 och 22/2.\nÅsa Öhrn, Vansbro kommun\n",
  X("register", [P("Åsa Öhrn", "asa.ohrn@vansbro.se", VA)], [S2, S3, S4]),
  "iso-8859-1 8bit; three d/m dates", at("01-25 10:30"), cs="iso-8859-1", enc="8bit")

E(("Marco Rossi", "marco.rossi@wsp.com"), "DalaLab participation",
  """Dear Linnea,

We are consultancy WSP and we help Gagnef kommun with the översiktsplan.
Can I join the sessions 3 May and 21 September? I register me hereby.

Best regards
Marco Rossi, WSP Sverige AB
""",
  X("register", [P("Marco Rossi", "marco.rossi@wsp.com", None)], [S1, S2], unsure=["organisation"]),
  "non-native English consultant working for Gagnef: organisation null as a private firm, worth asking", at("01-25 15:00"))

T(("Vera Holmén", 5345678902), "Anmäl mig till tillgänglighetsträffen",
  X("register", [P("Vera Holmén", None, None)], [S4]),
  "Telegram; session by theme word 'tillgänglighetsträffen'", at("01-26 11:11"))

T(("Liam Sörensen", 5456789013), "hej jag heter Liam o jobbar på falu kommun, vill va med på allt",
  X("register", [P("Liam Sörensen", None, FA)], ALL),
  "Telegram colloquial ('va med på allt')", at("01-26 20:20"))

E(("Mats Lundin", "mats.lundin@regiondalarna.se"), "anm",
  "Anmäler mig till första och sista. /Mats, RD Kollektivtrafikförvaltningen\n",
  X("register", [P("Mats Lundin", "mats.lundin@regiondalarna.se", RD)], [S1, S4]),
  "'RD' for Region Dalarna; 'första och sista'", at("01-27 08:40"))

E(("Åke Ring", "ake.ring@smedjebacken.se"), "Anmälan 29 november",
  """Hej,
Jag anmäler mig till träffen den 29 november.

Åke Ring
Smedjebackens kommun
________________________________________________________________________________
Microsoft Teams-möte
Anslut på datorn, mobilappen eller rumsenheten
Mötes-ID: 391 552 870 114   Lösenord: Xk7pQ2
Ring in (endast ljud): +46 8 505 200 31,,482913455#
________________________________________________________________________________
""",
  X("register", [P("Åke Ring", "ake.ring@smedjebacken.se", SM)], [S3]),
  "Teams footer full of numbers", at("01-27 14:14"))

E(("Selma Kraft", "selma.kraft@gagnef.se"), "Anmälan höstträffarna",
  """<html><head></head><body style="word-wrap: break-word;"><div>Hej!</div><div><br></div>
<div>Jag och Noah Berg vill g&auml;rna komma p&aring; h&ouml;stens b&aring;da tr&auml;ffar. Noah har n&ouml;tallergi.</div>
<div><br></div><div>Selma Kraft<br>Gagnefs kommun</div><div><br></div><div>Skickat fr&aring;n min iPhone</div></body></html>""",
  X("register", [P("Selma Kraft", "selma.kraft@gagnef.se", GA), P("Noah Berg", None, GA, "nötallergi")], [S2, S3], "nötallergi"),
  "Apple Mail HTML-only; 'höstens båda'; per-person diet", at("01-28 07:55"), kind="html")

E(("Daniel Ekholm", "daniel.ekholm@orsa.se"), "DalaLab",
  "Anmäler mig till v 38 och v 48.\nDaniel Ekholm, Orsa kommun\n",
  X("register", [P("Daniel Ekholm", "daniel.ekholm@orsa.se", OR)], [S2, S3]),
  "week numbers without dot", at("01-28 13:00"))

T(("Jan-Erik Moberg", 5567890124), "3/5 och 22/2 tack. mvh Jan-Erik, Leksand",
  X("register", [P("Jan-Erik Moberg", None, LE)], [S1, S4]),
  "Telegram, dates only", at("01-29 18:30"))

E(("Isak Winter", "isak.winter@ludvika.se"), "DalaLab i höst",
  "Hej! Jag skulle vilja anmäla mig till höstens träff.\nIsak Winter\nLudvika kommun\n",
  X("register", [P("Isak Winter", "isak.winter@ludvika.se", LU)], [S2, S3], unsure=["sessions"]),
  "'höstens träff' (singular, two autumn sessions): both candidates, must be asked", at("01-29 09:45"))

E(("Anna Rosenqvist", "anna.rosenqvist@borlange.se"), "Anmälan",
  "Hej Linnea, anmäl mig till alla utom februari. Tack! /Anna Rosenqvist, Borlänge\n",
  X("register", [P("Anna Rosenqvist", "anna.rosenqvist@borlange.se", BO)], [S1, S2, S3]),
  "'alla utom februari'", at("02-01 10:10"))

E(("Hilda Franck", "hilda.franck@avesta.se"), "Anmälan DalaLab",
  "Hej,\njag vill gärna gå på den om utvecklingsinriktning. De andra är mindre relevanta för mig.\nHilda Franck, Avesta kommun\n",
  X("register", [P("Hilda Franck", "hilda.franck@avesta.se", AV)], [S2]),
  "session by theme (utvecklingsinriktning = 21 Sep)", at("02-01 15:30"))

T(("Rune Backe", 5678901235), "jag vill vara med på den om önskvärda framtider och osäkerheter. mora",
  X("register", [P("Rune Backe", None, MO)], [S3]),
  "Telegram; theme of 29 Nov; organisation as a bare town name", at("02-02 12:12"))

E(("Ingrid Okafor", "ingrid.okafor@falun.se"), "DalaLab May",
  "Hi,\nI would like to join the session with Boverket in May. Please register me.\nIngrid Okafor, Falu kommun\n",
  X("register", [P("Ingrid Okafor", "ingrid.okafor@falun.se", FA)], [S1]),
  "English; 'the session with Boverket in May' = 3 May", at("02-02 16:00"))

E(("Matilda Ros", "matildaros@hotmail.com"), "Anmälan",
  "Hej!\nAnmäler mig till 3 maj och 29 nov. Vegetarian.\n\nMatilda Ros\nBorlänge kommun, Stadsbyggnad\n",
  X("register", [P("Matilda Ros", "matildaros@hotmail.com", BO)], [S1, S3], "vegetarian"),
  "hotmail; organisation from the signature; diet 'Vegetarian'", at("02-04 08:08"))

E(("Greta Mora", "greta.mora@alvdalen.se"), "Vi ses i Falun!",
  "Hej, vi ses i Falun 3:e maj! Anmäl mig.\n/Greta, Älvdalen\n",
  X("register", [P("Greta Mora", "greta.mora@alvdalen.se", AL)], [S1]),
  "surname 'Mora' is not the organisation; Falun is the venue; Älvdalen", at("02-05 09:30"))

T(("Ebba Lund", 5789012346), "Hur många från samma kommun får anmäla sig? Vi är fem intresserade på avesta",
  X("question"),
  "Telegram quota question", at("02-08 12:00"))

E(("Hannah Lee", "hannah.lee@regiondalarna.se"), "Streaming?",
  "Hi Linnea,\nis the May 3 session also streamed? Then I register for it, otherwise not, I cannot travel that week.\nHannah\n",
  X("question", unsure=["intent"]),
  "conditional signup ('then I register, otherwise not') -> a question until answered", at("02-08 15:20"))

E(("Susanne Frid", "susanne.frid@mora.se"), "Material från 3/5",
  "Hej! Kommer det finnas material från 3/5 efteråt? Jag är anmäld men osäker på om jag hinner.\nSusanne Frid\n",
  X("question"),
  "question from someone registered; no change", at("02-09 08:00"))

T(("Linus Berg", 5890123457), "vart e träffen? falun?",
  X("question"),
  "Telegram very short question", at("02-09 21:05"))

E(("Kurt Ahl", "kurt.ahl@sater.se"), "Vilka träffar?",
  "Hej,\nvilka träffar är jag anmäld till? Minns inte om jag tog med februari.\nKurt Ahl, Säter\n",
  X("question"),
  "status question; 'februari' named but nothing booked", at("02-10 09:09"))

E(("Nina Rehn", "nina.rehn@orsa.se"), "Anmälan",
  "Hej! Anmäler mig till alla. Fråga: får man ta med en praktikant?\nNina Rehn, Orsa kommun\n",
  X("register", [P("Nina Rehn", "nina.rehn@orsa.se", OR)], ALL),
  "signup + question -> register", at("02-10 13:30"))

T(("DalaLab Support", 8200300400), "Grattis! Du har valts ut till DalaLab VIP 2027. Registrera dig nu med BankID via http://dalalab-vip.top och få 2 000 kr i bonus. Gäller till 2027-05-03.",
  X("unknown"),
  "Telegram phishing dressed as the event", at("02-11 03:33"))

E(("Microsoft 365", "no-reply@m365-account-verify.com"), "Åtgärd krävs: verifiera ditt konto senast 2027-05-03",
  "Ditt Microsoft 365-konto kommer att stängas.\nVerifiera din identitet senast 2027-05-03 för att behålla åtkomsten till e-post och kalender.\nVerifiera nu: http://m365-account-verify.com/login\n",
  X("unknown"),
  "phishing with a session date -> unknown", at("02-11 05:00"))

E(("Mail Delivery Subsystem", "mailer-daemon@regiondalarna.se"), "Undeliverable: Bekräftelse DalaLab",
  """Delivery has failed to these recipients or groups:

stefan.holmberg@vansbro.se
The email address you entered couldn't be found.

----- Original message -----
Hej Stefan! Tack för din anmälan till DalaLab. Du är anmäld till:
– 3 maj 2027
– 21 september 2027
""",
  X("auto_reply"),
  "bounce (no multipart/report) returning a confirmation with dates", at("02-12 10:01"),
  extra=[("Auto-Submitted", "auto-generated")])

E(("Lisa Moen", "lisa.moen@hedemora.se"), "Automatiskt svar: Inbjudan DalaLab",
  "Tack för ditt mejl! Jag är ledig v. 18 och svarar när jag är tillbaka. Vid brådskande ärenden, ring 0225-340 00.\n",
  X("auto_reply"),
  "Outlook 'Automatiskt svar:' without automatic headers; 'v. 18' is no signup", at("02-12 11:00"))

E(("Karin Nygren", "karin.nygren@vansbro.se"), "Anmälan två",
  "Hej Linnea!\nHoppas det går bra att vi är två: jag och Emma Nygren-Lind. Vi kommer på alla fyra. Emma har mejl emma.nygren-lind@vansbro.se.\n/Karin\n",
  X("register", [P("Karin Nygren", "karin.nygren@vansbro.se", VA), P("Emma Nygren-Lind", "emma.nygren-lind@vansbro.se", VA)], ALL),
  "colleague's address in a separate sentence; hyphenated double surname", at("03-26 13:10"))

E(("Malin Fors", "malin.fors@leksand.se"), "Ersättare 29/11",
  "Hej,\neftersom jag får förhinder 29/11 går Oscar Hjelm i mitt ställe (oscar.hjelm@leksand.se).\nMalin Fors\n",
  X("change", [P("Malin Fors", "malin.fors@leksand.se", LE), P("Oscar Hjelm", "oscar.hjelm@leksand.se", LE)], [S3]),
  "substitution introduced by 'får förhinder'", at("02-16 10:00"))

E(("Erik von Schéele", "erik.vonscheele@regiondalarna.se"), "Byte av träff",
  "Hej,\njag är anmäld till 3/5 men kan tyvärr inte då; anmäl mig till 21/9 istället.\nErik von Schéele, Region Dalarna\n",
  X("change", [P("Erik von Schéele", "erik.vonscheele@regiondalarna.se", RD)], [S2]),
  "'kan tyvärr inte' + 'istället' = swap; full set after: 21 Sep", at("02-17 08:20"))

T(("Hussein Ali", 5901234568), "Anmäl Petra Bäck och mig, Falu kommun, dagarna 3.5 och 21.9",
  X("register", [P("Hussein Ali", None, FA), P("Petra Bäck", None, FA)], [S1, S2]),
  "Telegram; colleague first, sender 'mig'; dot dates", at("03-24 12:40"))

E(("Johan de Geer", "johan.degeer@lansstyrelsen.se"), "ANMÄLAN",
  """Anmäler mig till 21/9 och 22/2.

JOHAN DE GEER
SAMHÄLLSPLANERARE
LÄNSSTYRELSEN DALARNA
""",
  X("register", [P("Johan de Geer", "johan.degeer@lansstyrelsen.se", LST)], [S2, S4]),
  "signature in capitals with particle", at("03-22 09:00"))

E(("Lisa Ekman", "lisa.ekman@hedemora.se"), "Anmälan DalaLab – Hedemora (3 st)",
  """Hej!
Vi som kommer på alla träffar:
– Lisa Ekman (jag)
– Omid Rahimi, omid.rahimi@hedemora.se
– Hanna Berg, hanna.berg@hedemora.se
Mvh Lisa
""",
  X("register", [P("Lisa Ekman", "lisa.ekman@hedemora.se", HE), P("Omid Rahimi", "omid.rahimi@hedemora.se", HE),
                 P("Hanna Berg", "hanna.berg@hedemora.se", HE)], ALL),
  "dash list including '(jag)'", at("04-10 10:30"))

E(("Sten Åberg", "sten.aberg@ludvika.se"), "Re: DalaLab",
  "Count me in for 29/11 and 22/2.\n\nSten Åberg | Ludvika kommun\n\n" + DISCLAIMER_EN + "\n",
  X("register", [P("Sten Åberg", "sten.aberg@ludvika.se", LU)], [S3, S4]),
  "one English line above a long disclaimer", at("04-01 08:00"))

T(("Birger Olsson", 6001234569), "ANMÄLER MIG TILL ALLA TRÄFFAR. MVH BIRGER, VANSBRO",
  X("register", [P("Birger Olsson", None, VA)], ALL),
  "Telegram all in capitals", at("04-09 14:14"))


def main():
    ids = ["p%03d" % (i + 1) for i in range(len(ITEMS))]
    assert len(ids) == 120
    order = ids[:]
    random.Random(2027).shuffle(order)
    sets = {"dev2": sorted(order[:80]), "heldout2": sorted(order[80:])}
    for name in sys.argv[1:] or ["dev2", "heldout2"]:
        out = CORPUS / name
        out.mkdir(exist_ok=True)
        for old in out.glob("p[0-9][0-9][0-9].*"):
            old.unlink()
        lines = []
        for pid in sets[name]:
            it = ITEMS[ids.index(pid)]
            received = it["when"]
            rec = {"id": pid, "channel": it["channel"]}
            if it["channel"] == "email":
                rec["file"] = pid + ".eml"
                (out / rec["file"]).write_bytes(build_email(pid, it, received))
            else:
                rec["file"] = pid + ".txt"
                (out / rec["file"]).write_text(it["body"] + "\n", encoding="utf-8")
            rec["received_at"] = received.isoformat()
            if it["channel"] == "telegram":
                rec["sender"] = {"name": it["sender"][0], "id": it["sender"][1]}
            rec["expected"] = it["expected"]
            rec["notes"] = it["notes"]
            lines.append(json.dumps(rec, ensure_ascii=False))
        (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(name, len(lines))


if __name__ == "__main__":
    main()
