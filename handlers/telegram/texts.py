"""What the bot says in its own words (prompts, command answers), in Swedish and English.

Replies about registrations come from the shared templates through the service; these are
the chat's own short texts. ``say(lang, key, **values)`` picks Swedish unless told "en".
"""

from __future__ import annotations

from typing import Any

_SV: dict[str, str] = {
    "start": ("Hej! Här anmäler du dig till {event}.\n\n{sessions}\n\nSista anmälningsdag: {deadline}.\n\n"
              "Skriv fritt, t.ex. \"Anmäler mig till 3/5 och 21/9, Kalle Svensson, Ludvika kommun\", "
              "eller tryck /anmal så frågar jag dig steg för steg.\n\n{commands}"),
    "commands": ("Kommandon:\n/anmal – anmäl dig\n/status – dina anmälningar\n/avanmal – avanmäl dig\n"
                 "/koppla <e-post> – koppla en anmälan som gjorts via e-post\n/radera – radera dina uppgifter\n"
                 "/avbryt – avbryt en påbörjad anmälan\n/hjalp – den här hjälpen"),
    "ask_name": "Vad heter du? Skriv för- och efternamn.",
    "ask_name_again": "Jag behöver ett för- och efternamn, t.ex. \"Kalle Svensson\".",
    "button_my_name": "Jag heter {name}",
    "ask_organisation": "Vilken organisation kommer du från? Välj nedan eller skriv namnet.",
    "ask_organisation_again": "Den organisationen känner jag inte igen. Välj en knapp eller skriv kommunens namn.",
    "button_no_organisation": "Ingen av dessa",
    "ask_organisation_pointed": "Du nämnde {organisations}. Välj din organisation nedan.",
    "ask_sessions": "Vilka träffar vill du gå på? Tryck på träffarna och sedan Klar (eller skriv datumen).",
    "ask_sessions_again": "Jag hittade inga av träffarnas datum i det. Tryck på träffarna eller skriv t.ex. \"3/5\".",
    "button_all_sessions": "Alla träffar",
    "button_done": "Klar ✔",
    "button_cancel": "Avbryt",
    "chosen": "{question}\n→ {answer}",
    "conversation_cancelled": "Okej, anmälan är avbruten. Ingenting har registrerats.",
    "nothing_to_cancel": "Det finns ingen påbörjad anmälan att avbryta.",
    "conversation_lost": "Förlåt, jag kunde inte läsa din påbörjade anmälan. Vi börjar om från början.",
    "choose_sessions_first": "Välj minst en träff först.",
    "status_none": ("Du har inga anmälningar kopplade till ditt Telegramkonto.\n"
                    "Anmälde du dig via e-post? Skriv /koppla och adressen du använde."),
    "status_head": "Dina anmälningar:",
    "status_confirmed": "anmäld",
    "status_waitlisted": "väntelista, plats {position}",
    "cancel_choose": "Vad vill du avanmäla?",
    "cancel_all": "Alla mina träffar",
    "cancel_confirm": "Vill du avanmäla {who} från {what}?",
    "cancel_all_sessions": "alla träffar",
    "button_yes_cancel": "Ja, avanmäl",
    "button_no": "Nej",
    "aborted": "Okej, ingenting har ändrats.",
    "erase_confirm": ("Vill du radera alla dina uppgifter? Dina anmälningar tas bort och meddelanden du "
                      "skickat raderas. Det går inte att ångra."),
    "button_yes_erase": "Ja, radera",
    "link_usage": "Skriv /koppla följt av e-postadressen du anmälde dig med, t.ex. /koppla kalle@ludvika.se",
    "link_sent": ("Om adressen finns bland anmälningarna skickar vi en kod dit (högst {limit} koder om dagen "
                  "till samma adress). Skicka koden hit, så kopplas anmälan till ditt Telegramkonto."),
    "link_mail_subject": "Koppla din anmälan till Telegram",
    "link_account": "ett Telegramkonto",
    "link_account_named": "ett Telegramkonto med namnet {name}",
    "link_mail": ("Hej!\n\nNågon har bett att få koppla anmälan för {email} till {event} till {account}. "
                  "Var det du, skicka den här koden till anmälningsboten:\n\n{token}\n\n"
                  "Var det inte du behöver du inte göra något; ingenting ändras utan koden.\n"
                  "Koden gäller i 14 dagar.\n\nVänliga hälsningar\n{event}\n{contact}\n"),
    "link_done": "Klart! Anmälan för {names} är nu kopplad till ditt Telegramkonto. Skriv /status för att se den.",
    "link_bad": "Koden stämmer inte, har redan använts eller har gått ut.",
    "organisers_only": "Det här kommandot är bara för arrangörerna. Skriv /hjalp för att se vad du kan göra.",
    "list_empty": "Inga anmälningar ännu.",
    "waitlist_empty": "Ingen står på väntelistan.",
    "export_caption": "Anmälningar {event}",
    "unknown_session": "Ingen träff det datumet. Träffarna: {sessions}",
    "button_yes_right": "Ja, stämmer",
    "button_no_change": "Nej, ändra",
    "write_change": "Skriv vad som ska ändras, t.ex. vilken träff eller vem som ska delta.",
    "nothing_to_answer": "Frågan är redan besvarad eller har gått ut.",
    "org_usage_avanmal_person": "Skriv t.ex. /avanmal_person Per Holm 21 september (utan datum: alla träffar).",
    "org_usage_flytta": "Skriv t.ex. /flytta Anna Berg 3 maj 21 september (från, till).",
    "org_usage_lagg_till": "Skriv t.ex. /lagg_till Karl Dahl, karl.dahl@mora.se, Mora kommun, 29 november.",
    "org_usage_befordra": "Skriv t.ex. /befordra Lisa Ek 3 maj (från väntelistan till en plats).",
    "org_usage_slapp": "Skriv t.ex. /slapp 42 (meddelande 42 går igenom reglerna nu).",
    "org_usage_hanterad": "Skriv t.ex. /hanterad 17 (frågan i meddelande 17 behöver ingen mer).",
    "org_usage_radera_person": "Skriv t.ex. /radera_person Per Holm (raderar hans uppgifter och anmälningar).",
    "org_usage_ersatt": "Skriv t.ex. /ersatt Per Holm med Eva Lind, eva.lind@falun.se (Eva tar Pers platser).",
    "org_usage_andra": ("Skriv t.ex. /andra Per Holm kost vegetarisk, /andra Per Holm namn Per Holmberg eller "
                        "/andra Per Holm adress per.holm@mora.se."),
    "org_usage_skicka_igen": "Skriv t.ex. /skicka_igen Per Holm (hans bekräftelse skickas igen).",
    "org_usage_avsla": "Skriv t.ex. /avsla 42 (avsändaren av meddelande 42 får ett nej).",
    "organiser_commands": (
        "För arrangörer:\n/sammanfattning – läget just nu\n/lista [datum] – deltagarlistan\n"
        "/vantelista – väntelistorna\n/export – deltagarlistan som Excelfil\n"
        "/lagg_till <namn>, <adress>, <organisation>, <datum> – anmäl en person\n"
        "/avanmal_person <namn> [datum] – avanmäl (utan datum: alla träffar)\n"
        "/flytta <namn> <från> <till> – flytta mellan träffar\n"
        "/ersatt <namn> med <namn>, <adress> – ge någons platser till en annan\n"
        "/andra <namn> kost|namn|adress <värde> – ändra en uppgift\n"
        "/befordra <namn> <datum> – ge plats från väntelistan\n"
        "/skicka_igen <namn> – skicka bekräftelsen igen\n/radera_person <namn> – radera en persons uppgifter\n"
        "/slapp <nr> – låt ett vilande meddelande gå igenom reglerna\n/avsla <nr> – avslå ett vilande meddelande\n"
        "/hanterad <nr> – markera en fråga som hanterad\n"
        "Varje ändring visar först vad som händer och frågar innan den görs; personen får besked."),
    "org_nobody": "Ingen anmäld heter {who}.",
    "org_choose": "Flera anmälda heter {who}. Vem menar du?",
    "org_confirm": "{preview}\n\nSka jag göra det?",
    "button_yes_do": "Ja, gör det",
    "org_doing": "→ Ja, gör det",
    "org_stale": "Den här frågan är redan besvarad eller har gått ut. Skriv kommandot igen.",
    "org_erased": "Klart: personens uppgifter är raderade och hens platser lediga.",
    "org_erased_told": "Klart: personens uppgifter är raderade och hens platser lediga. Hen har fått besked.",
}

_EN: dict[str, str] = {
    "start": ("Hello! Here you register for {event}.\n\n{sessions}\n\nRegistration closes: {deadline}.\n\n"
              "Write freely, e.g. \"Register me for 3 May and 21 Sept, Kalle Svensson, Ludvika\", "
              "or tap /register and I will ask you step by step.\n\n{commands}"),
    "commands": ("Commands:\n/register – sign up\n/status – your registrations\n/cancel – cancel a registration\n"
                 "/link <e-mail> – link a registration made by e-mail\n/erase – erase your data\n"
                 "/stop – stop a signup in progress\n/help – this help"),
    "ask_name": "What is your name? Please write first and last name.",
    "ask_name_again": "I need a first and last name, e.g. \"Kalle Svensson\".",
    "button_my_name": "My name is {name}",
    "ask_organisation": "Which organisation are you from? Choose below or write its name.",
    "ask_organisation_again": "I do not know that organisation. Choose a button or write the municipality.",
    "button_no_organisation": "None of these",
    "ask_organisation_pointed": "You mentioned {organisations}. Please choose your organisation below.",
    "ask_sessions": "Which sessions will you attend? Tap them, then Done (or write the dates).",
    "ask_sessions_again": "I found none of the session dates in that. Tap the sessions or write e.g. \"3 May\".",
    "button_all_sessions": "All sessions",
    "button_done": "Done ✔",
    "button_cancel": "Cancel",
    "chosen": "{question}\n→ {answer}",
    "conversation_cancelled": "All right, the signup is cancelled. Nothing has been registered.",
    "nothing_to_cancel": "There is no signup in progress to stop.",
    "conversation_lost": "Sorry, I could not read your signup in progress. Let us start again from the beginning.",
    "choose_sessions_first": "Choose at least one session first.",
    "status_none": ("You have no registrations linked to your Telegram account.\n"
                    "Did you register by e-mail? Write /link and the address you used."),
    "status_head": "Your registrations:",
    "status_confirmed": "registered",
    "status_waitlisted": "waiting list, place {position}",
    "cancel_choose": "What do you want to cancel?",
    "cancel_all": "All my sessions",
    "cancel_confirm": "Cancel {who} for {what}?",
    "cancel_all_sessions": "all sessions",
    "button_yes_cancel": "Yes, cancel",
    "button_no": "No",
    "aborted": "All right, nothing has changed.",
    "erase_confirm": ("Erase all your data? Your registrations are removed and the messages you sent are "
                      "deleted. This cannot be undone."),
    "button_yes_erase": "Yes, erase",
    "link_usage": "Write /link followed by the e-mail address you registered with, e.g. /link kalle@ludvika.se",
    "link_sent": ("If the address is among the registrations, we send a code to it (at most {limit} codes a "
                  "day to the same address). Send the code here to link the registration to your Telegram account."),
    "link_mail_subject": "Link your registration to Telegram",
    "link_account": "a Telegram account",
    "link_account_named": "a Telegram account named {name}",
    "link_mail": ("Hello!\n\nSomeone asked to link the registration of {email} for {event} to {account}. "
                  "If that was you, send this code to the registration bot:\n\n{token}\n\n"
                  "If it was not you, do nothing; nothing changes without the code.\n"
                  "The code is valid for 14 days.\n\nBest regards\n{event}\n{contact}\n"),
    "link_done": "Done! The registration of {names} is now linked to your Telegram account. Write /status to see it.",
    "link_bad": "The code is wrong, already used, or expired.",
    "organisers_only": "This command is for the organisers only. Write /help to see what you can do.",
    "list_empty": "No registrations yet.",
    "waitlist_empty": "Nobody is on the waiting list.",
    "export_caption": "Registrations {event}",
    "unknown_session": "No session on that date. The sessions: {sessions}",
    "button_yes_right": "Yes, right",
    "button_no_change": "No, change",
    "write_change": "Write what should be changed, e.g. which session or who attends.",
    "nothing_to_answer": "That question has been answered already or has expired.",
    "org_usage_avanmal_person": "Write e.g. /avanmal_person Per Holm 21 September (no date: all sessions).",
    "org_usage_flytta": "Write e.g. /flytta Anna Berg 3 May 21 September (from, to).",
    "org_usage_lagg_till": "Write e.g. /lagg_till Karl Dahl, karl.dahl@mora.se, Mora kommun, 29 November.",
    "org_usage_befordra": "Write e.g. /befordra Lisa Ek 3 May (from the waiting list to a place).",
    "org_usage_slapp": "Write e.g. /slapp 42 (message 42 goes through the rules now).",
    "org_usage_hanterad": "Write e.g. /hanterad 17 (the question in message 17 needs nobody any more).",
    "org_usage_radera_person": "Write e.g. /radera_person Per Holm (erases his data and registrations).",
    "org_usage_ersatt": "Write e.g. /ersatt Per Holm med Eva Lind, eva.lind@falun.se (Eva takes Per's places).",
    "org_usage_andra": ("Write e.g. /andra Per Holm kost vegetarian, /andra Per Holm namn Per Holmberg or "
                        "/andra Per Holm adress per.holm@mora.se."),
    "org_usage_skicka_igen": "Write e.g. /skicka_igen Per Holm (his confirmation is sent again).",
    "org_usage_avsla": "Write e.g. /avsla 42 (the sender of message 42 is told no).",
    "organiser_commands": (
        "For organisers:\n/summary – where things stand\n/list [date] – the participant list\n"
        "/waitlist – the waiting lists\n/export – the participant list as an Excel file\n"
        "/lagg_till <name>, <address>, <organisation>, <date> – register a person\n"
        "/avanmal_person <name> [date] – cancel (no date: every session)\n"
        "/flytta <name> <from> <to> – move between sessions\n"
        "/ersatt <name> med <name>, <address> – give someone's places to another\n"
        "/andra <name> kost|namn|adress <value> – change a detail (diet, name, address)\n"
        "/befordra <name> <date> – give a place from the waiting list\n"
        "/skicka_igen <name> – send the confirmation again\n/radera_person <name> – erase a person's data\n"
        "/slapp <no> – let a held message go through the rules\n/avsla <no> – refuse a held message\n"
        "/hanterad <no> – mark a question handled\n"
        "Each change first shows what will happen and asks before it is done; the person is told."),
    "org_nobody": "Nobody registered is called {who}.",
    "org_choose": "Several registered people are called {who}. Whom do you mean?",
    "org_confirm": "{preview}\n\nShall I do it?",
    "button_yes_do": "Yes, do it",
    "org_doing": "→ Yes, do it",
    "org_stale": "That question has been answered already or has expired. Write the command again.",
    "org_erased": "Done: the person's data is erased and their places are free.",
    "org_erased_told": "Done: the person's data is erased and their places are free. They have been told.",
}


def say(lang: str, key: str, **values: Any) -> str:
    """The text ``key`` in ``lang`` ("sv" unless "en"), filled with ``values``."""
    table = _EN if lang == "en" else _SV
    return table[key].format(**values)
