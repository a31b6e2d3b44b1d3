"""Writes one JSON body per line for intake.lua, from the services the running Helhet lists."""
import json, sys, urllib.request

base, out = sys.argv[1], sys.argv[2]
req = urllib.request.Request(base + "/api/v1/services", headers={"Authorization": "Bearer demo-bestallare"})
services = {s["name"]: s for s in json.load(urllib.request.urlopen(req))}
orders = [
    ("Lönefråga", "Fel OB-ersättning i november", "Hej! Två av mina medarbetare har fått fel OB-tillägg för helgpassen i november. Kan ni titta på det? Mvh", {"typ": "OB och tillägg"}),
    ("Fakturafråga", "Faktura från Kontorsgiganten saknar referens", "Vi har fått en faktura på 12 480 kr utan vår referenskod. Ska vi bestrida den eller kan ni koppla den rätt?", {}),
    ("Pressfråga", "Lokaltidningen frågar om skolskjutsarna", "En reporter från Sjöviksposten vill ha en kommentar om de inställda skolskjutsarna i morse, senast kl 15.", {}),
    ("Rekrytering", "Rekrytering av förskollärare", "Vi behöver rekrytera en förskollärare till Norrängens förskola från januari. Annonsen kan gå ut direkt.",
     {"befattning": "Förskollärare", "anstallningsform": "Tillsvidare", "antal": "1", "annonsering": "ja"}),
    ("Budgetarbete", "Hjälp med budgetunderlag 2027", "Behöver stöd att ta fram underlag för ramärendet, särskilt lokalkostnaderna.", {}),
    ("Webbpublicering", "Publicera nya öppettider för biblioteket", "Hej, kan ni lägga upp de nya öppettiderna för Centrumbiblioteket på webben från 1 december?", {}),
]
with open(out, "w", encoding="utf-8") as f:
    for name, title, description, fields in orders:
        s = services[name]
        f.write(json.dumps({"serviceId": s["id"], "title": title, "description": description, "fields": fields}, ensure_ascii=False) + "\n")
