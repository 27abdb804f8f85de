# -*- coding: utf-8 -*-
from lib import *

E("2026-12-21T09:15:00+01:00", "Ström Helena <helena.strom@avesta.se>", "SV: Inbjudan: DalaLab 2027–2028",
  "Hej Linnea,\nAnmäl mig och Johan Ekdahl till första träffen.\nHelena Ström\nAvesta kommun | 0226-64 50 00\n" + outlook_quote(),
  X("register", [P("Helena Ström", "helena.strom@avesta.se"), P("Johan Ekdahl", None, "avesta")], "A"),
  "Outlook reply; surname-first display name; colleague without address; quoted invitation", fmt="outlook")

E("2027-01-04T10:45:00+01:00", "Stadsbyggnadskontoret Borlänge <sbk@borlange.se>", "Anmälan DalaLab",
  "Hej!\n\nFrån stadsbyggnadskontoret anmäls Gunnar Aspe (gunnar.aspe@borlange.se) och Mira Tran till träffarna 21 september och 29 november.\n\nStadsbyggnadskontoret\nBorlänge kommun\n",
  X("register", [P("Gunnar Aspe", "gunnar.aspe@borlange.se"), P("Mira Tran", None, "borlange")], "BC"),
  "function mailbox registers two, one with and one without address")

E("2027-02-22T14:10:00+01:00", "Åsa Wennberg <asa.wennberg@vansbro.se>", "Avanmälan",
  "Hej,\nPia Lund har slutat hos oss, så ta bort henne från DalaLab.\nÅsa Wennberg\nPersonalhandläggare, Vansbro kommun\n",
  X("cancel", [P("Pia Lund", None, "vansbro")]  , "ABCD"), "HR cancels a former employee, 'har slutat hos oss'; no address")

T("2027-03-06T09:25:00+01:00", "Hampus Eng", "hej vill byta 3 maj mot 21 sepember. /hampus, gagnef kommun",
  X("change", [P("Hampus Eng", None, "gagnef")], "B"), "Telegram swap with typo 'sepember'")

E("2027-03-17T11:50:00+01:00", "Ella Sandberg <ella.sandberg@ludvika.se>", "Ändring anmälan Ludvika",
  "Hej!\nVi vill lägga till min kollega Anton Wahl, anton.wahl@ludvika.se, på träffen 21 september. Vi är då tre från Ludvika.\nElla Sandberg\nLudvika kommun\n",
  X("register", [P("Anton Wahl", "anton.wahl@ludvika.se")], "B", unsure=["intent"]),
  "subject 'Ändring' but it registers a new person -> register for Anton only; sender already registered")

E("2027-03-22T16:20:00+01:00", "Grace Lee <grace.lee@falun.se>", "Dietary update",
  "Hi,\nJust a note: I'm registered for all four sessions and I've recently become vegan.\nGrace Lee\nFalu kommun\n",
  X("change", [P("Grace Lee", "grace.lee@falun.se")], "ABCD", "vegan"), "English diet update -> change; all four stated")

E("2027-02-12T09:35:00+01:00", "Lotta Eriksson <lotta.eriksson@ludvika.se>", "Anmälan DalaLab",
  "Hej!\n\nAnmälan från Ludvika till 3 maj och 29 november:\nEriksson, Lotta\nStröm, Axel\n\nHälsningar\nLotta\n",
  X("register", [P("Lotta Eriksson", "lotta.eriksson@ludvika.se"), P("Axel Ström", None, "ludvika")], "AC"),
  "'Efternamn, Förnamn' list that includes the sender")

E("2027-01-26T13:00:00+01:00", "Filip Ros <filip.ros@smedjebacken.se>", "Fråga",
  "Hej, kan man anmäla sig till bara en av träffarna, eller är det hela serien som gäller?\nFilip Ros, Smedjebackens kommun\n",
  X("question"), "question about the rules; no signup")

T("2027-02-14T11:30:00+01:00", "Anneli Kask", "vi är fyra från hedemora som vill gå, kan den fjärde stå på reservlistan?",
  X("question"), "Telegram quota question; nobody named, nothing booked")

E("2027-03-14T04:20:00+01:00", "Conference Registry <renewals@confregistry.eu>", "Annual conference registration renewal",
  "Dear Sir/Madam,\n\nYour organisation's conference registration expires on 2027-03-31. Renew now to keep your listing: EUR 1,190 (VAT excl.). Pay to IBAN DE89 3704 0044 0532 0130 00, reference CR-77120.\n",
  X("unknown"), "English registration-renewal scam -> unknown", to="info@sater.se")

E("2027-01-13T10:25:00+01:00", "Eva-Lena Hult <eva-lena.hult@vansbro.se>", "Anmälan av min chef",
  "Hej!\nJag är assistent och anmäler min chef Ola Brandt, ola.brandt@vansbro.se, till alla fyra träffarna. Han äter vegetariskt.\nEva-Lena Hult\nVansbro kommun\n",
  X("register", [P("Ola Brandt", "ola.brandt@vansbro.se", diet="vegetarisk")], "ABCD", "vegetarisk"),
  "assistant registers her manager; sender not among the people")

E("2027-02-18T08:15:00+01:00", "Tove Marklund <tove.marklund@alvdalen.se>", "DalaLab – Älvdalen",
  "Hej,\nAnmäler mig själv samt Svensson, Jonna och Holm, Anton till alla träffar.\nTove Marklund\nÄlvdalens kommun\n",
  X("register", [P("Tove Marklund", "tove.marklund@alvdalen.se"), P("Jonna Svensson", None, "alvdalen"), P("Anton Holm", None, "alvdalen")], "ABCD"),
  "sender + two colleagues written 'Efternamn, Förnamn och Efternamn, Förnamn'")

T("2027-03-13T13:55:00+01:00", "Sara Lindahl", "kan inte 29/11, min kollega erik rask går istället. vi är från orsa",
  X("change", [P("Sara Lindahl", None, "orsa"), P("Erik Rask", None, "orsa")], "C"),
  "Telegram substitution in lower case by the withdrawn person")

E("2027-04-02T10:40:00+02:00", "Lars Grönberg <lars.gronberg@sater.se>", "VB: Avanmälan",
  "Vidarebefordrar enligt nedan.\n/Lars\n"
  + outlook_quote(text="Hej Lars!\nJag har tyvärr inte möjlighet att vara med på DalaLab alls, så jag avanmäler mig från samtliga träffar. Kan du skicka det vidare?\nHälsningar Elvira",
                  frm="Elvira Nyman <elvira.nyman@sater.se>", sent="den 1 april 2027 15:02", subj="Avanmälan", to="Lars Grönberg"),
  X("cancel", [P("Elvira Nyman", "elvira.nyman@sater.se")], "ABCD"),
  "VB: forward with a one-line cover; the cancelling person is only in the forwarded header", fmt="outlook")

E("2027-03-30T09:30:00+02:00", "Tilda Ahlberg <tilda.ahlberg@rattvik.se>", "Byte av datum",
  "Hej!\nJag byter 22/2 mot 21/9. Min kollega Ivar Ruths anmälan gäller som förut.\nTilda Ahlberg, Rättviks kommun\n",
  X("change", [P("Tilda Ahlberg", "tilda.ahlberg@rattvik.se")], "B"),
  "swap; named colleague's signup stays -> not among the people")

E("2027-02-25T11:05:00+01:00", "Oscar Hedin <oscar.hedin@gagnef.se>", "Anmälan",
  "Hej!\nJag och Mona Ali från Leksand anmäler oss till träffen 29 november.\nOscar Hedin\nGagnefs kommun\n",
  X("register", [P("Oscar Hedin", "oscar.hedin@gagnef.se"), P("Mona Ali", None, "leksand")], "C"),
  "two organisations: colleague from Leksand without address")

T("2027-03-07T17:00:00+01:00", "Kim Berglund", "Sign me up for Nov 29 please – Kim, Orsa kommun",
  X("register", [P("Kim Berglund", None, "orsa")], "C"), "English Telegram, 'Nov 29'")

E("2027-01-28T10:00:00+01:00", "Ronja Hallin <ronja.hallin@falun.se>", "Anmälan",
  "Hej!\nJag vill anmäla mig till den med Boverket i maj.\nRonja Hallin, Falu kommun\n",
  X("register", [P("Ronja Hallin", "ronja.hallin@falun.se")], "A"), "theme 'den med Boverket' = 3 May")

T("2027-02-11T12:15:00+01:00", "Alva Nordin", "Hej! Vårens träff och den i februari vill jag gå på. Alva, Region Dalarna",
  X("register", [P("Alva Nordin", None, "regiondalarna")], "AD"), "Telegram 'vårens träff' = 3 May, plus February")

E("2027-03-05T15:30:00+01:00", "Göran Lind <goran.lind@regiondalarna.se>", "Anmälan",
  "Hej Linnea,\nAnmäler mig till 21 september 2027 och 22 februari 2028.\nGöran Lind\nRegion Dalarna, Avdelningen för regional utveckling\n",
  X("register", [P("Göran Lind", "goran.lind@regiondalarna.se")], "BD"), "HTML-only iso-8859-1 mail; dates with years", fmt="html", charset="iso-8859-1")
