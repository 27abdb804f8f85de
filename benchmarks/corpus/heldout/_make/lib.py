# -*- coding: utf-8 -*-
"""Builders for the project's own labelled corpus (benchmarks/corpus)."""
import datetime as _dt
import hashlib
import html
import json
from email.charset import Charset, QP, BASE64
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

A, B, C, D = "2027-05-03", "2027-09-21", "2027-11-29", "2028-02-22"
SES = {"A": A, "B": B, "C": C, "D": D}
REG = "linnea.hassis@regiondalarna.se"
ORG = {"avesta": "Avesta kommun", "borlange": "Borlänge kommun", "falun": "Falu kommun",
       "gagnef": "Gagnefs kommun", "hedemora": "Hedemora kommun", "leksand": "Leksands kommun",
       "ludvika": "Ludvika kommun", "malung-salen": "Malung-Sälens kommun", "mora": "Mora kommun",
       "orsa": "Orsa kommun", "rattvik": "Rättviks kommun", "smedjebacken": "Smedjebackens kommun",
       "sater": "Säters kommun", "vansbro": "Vansbro kommun", "alvdalen": "Älvdalens kommun",
       "regiondalarna": "Region Dalarna", "lansstyrelsen": "Länsstyrelsen Dalarna"}
ITEMS = []
NOORG = object()


def P(name, email=None, org=None, diet=None):
    if org is NOORG:
        o = None
    elif org is not None:
        o = ORG[org]
    elif email:
        o = ORG.get(email.split("@")[1].rsplit(".", 1)[0])
    else:
        o = None
    p = {"name": name, "email": email, "organisation": o}
    if diet:
        p["diet"] = diet
    return p


def X(intent, people=(), sess="", diet=None, unsure=None):
    e = {"intent": intent, "people": list(people), "sessions": [SES[c] for c in sess], "diet": diet}
    if unsure:
        e["unsure"] = list(unsure)
    return e


def h(seed, n=24):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def _ent(s):
    out = []
    for ch in html.escape(s, quote=False):
        out.append(ch if ord(ch) < 128 else "&#%d;" % ord(ch))
    return "".join(out)


def to_html(text):
    paras = []
    for line in text.split("\n"):
        if line.startswith(">"):
            line = line[1:].lstrip()
        paras.append('<p class="MsoNormal">%s</p>' % (_ent(line) if line.strip() else "&nbsp;"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="SV"><div class="WordSection1">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def _cs(name, enc):
    c = Charset(name)
    c.header_encoding = QP
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return c


def _text(body, sub, charset, enc):
    return MIMEText(body, sub, _cs(charset, enc))


def E(received, frm, subj, body, exp, notes, fmt="plain", charset="utf-8", enc="qp", cc=None, to=None):
    """fmt: plain | outlook (plain+html alternative) | html (html only)."""
    if fmt == "outlook":
        msg = MIMEMultipart("alternative")
        msg.attach(_text(body, "plain", charset, enc))
        msg.attach(_text(to_html(body), "html", charset, enc))
        for part in msg.get_payload():
            del part["MIME-Version"]
    elif fmt == "html":
        msg = _text(to_html(body), "html", charset, enc)
    else:
        msg = _text(body, "plain", charset, enc)
    name, addr = parseaddr(frm)
    msg["From"] = formataddr((str(Header(name, "utf-8")) if name and not name.isascii() else name, addr)) if name else addr
    msg["To"] = to or REG
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subj, "utf-8").encode() if not subj.isascii() else subj
    msg["Date"] = format_datetime(_dt.datetime.fromisoformat(received))
    msg["Message-ID"] = "<%s@%s>" % (h(received + frm + subj), addr.split("@")[1])
    if fmt == "outlook":
        msg.set_boundary("----=_NextPart_" + h(received + "b", 20))
    ITEMS.append({"channel": "email", "received_at": received, "msg": msg, "expected": exp, "notes": notes})


def T(received, sender, text, exp, notes):
    uid = int(h(sender, 8), 16) % 9000000000 + 100000000
    ITEMS.append({"channel": "telegram", "received_at": received, "text": text,
                  "sender": {"name": sender, "id": uid}, "expected": exp, "notes": notes})


INVITATION = """Välkommen till DalaLab – Planering för hållbarhet och utvecklingskraft!

Region Dalarna bjuder in kommunernas och regionens planerare till ett lärprojekt
i fyra träffar. Alla träffar hålls i Falun kl. 10.00–15.00, fika från 09.30.

  • 3 maj 2027: Hållbar utveckling i ett rumsligt perspektiv och
    planeringsstrategins roll (tillsammans med Boverket)
  • 21 september 2027: Utvecklingsinriktning i ÖP-modellen
  • 29 november 2027: Att planera för önskvärda framtider och för osäkerheter
  • 22 februari 2028: Planera för tillgänglighet

Varje kommun kan delta med upp till tre personer. Anmäl dig genom att svara
på detta mejl senast den 14 april 2027 och ange eventuell specialkost.

Vänliga hälsningar
Linnea Hassis
Region Dalarna | 023-77 70 00 | linnea.hassis@regiondalarna.se"""


def outlook_quote(text=INVITATION, sent="den 1 december 2026 08:15", subj="Inbjudan: DalaLab 2027–2028",
                  frm="Linnea Hassis <linnea.hassis@regiondalarna.se>", to="Planerare Dalarna"):
    return ("\n\nFrån: %s\nSkickat: %s\nTill: %s\nÄmne: %s\n\n%s\n" % (frm, sent, to, subj, text))


def gt_quote(text=INVITATION, intro="Den 1 dec. 2026 kl. 08:15 skrev Linnea Hassis <linnea.hassis@regiondalarna.se>:"):
    return "\n\n" + intro + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n")) + "\n"


def fwd(frm, date, subj, text, to=REG, label="Vidarebefordrat meddelande"):
    return ("\n\n---------- %s ----------\nFrån: %s\nDatum: %s\nÄmne: %s\nTill: %s\n\n%s\n"
            % (label, frm, date, subj, to, text))
