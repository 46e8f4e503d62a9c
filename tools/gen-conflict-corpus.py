#!/usr/bin/env python3
"""Writes a synthetic corpus of wire-style conflict and diplomacy news for `parley bench`.

Every sentence is made here from templates, actors, places and verbs written for the project; nothing is
copied from any news source. The output is deterministic for a given --seed.

    python3 tools/gen-conflict-corpus.py [--articles 200] [--seed 6] > target/conflict-corpus.jsonl

One JSON object per line: id, title, text, date, outlet. Articles have 15 to 25 sentences: a wire
dateline, a lead event, follow-up events, reported speech, background, numbers, and the furniture real
wire copy carries (a photo caption, a reporting credit) that the first pass should skip.
"""
import argparse
import json
import random
from datetime import date, timedelta

COUNTRIES = [
    # (name, adjective, capital, leader title, leader, ministry person)
    ("Sudan", "Sudanese", "Khartoum", "army chief", "General Omar Hassan", "Foreign Minister Amira Saleh"),
    ("Ukraine", "Ukrainian", "Kyiv", "president", "President Andriy Kovalenko", "Foreign Minister Olena Marchuk"),
    ("Russia", "Russian", "Moscow", "president", "President Pavel Orlov", "Foreign Minister Sergei Volkov"),
    ("Israel", "Israeli", "Jerusalem", "prime minister", "Prime Minister David Levin", "Defence Minister Yossi Amar"),
    ("Iran", "Iranian", "Tehran", "president", "President Reza Karimi", "Foreign Minister Ali Navabi"),
    ("Pakistan", "Pakistani", "Islamabad", "prime minister", "Prime Minister Imran Qureshi", "Interior Minister Bilal Shah"),
    ("India", "Indian", "New Delhi", "prime minister", "Prime Minister Arjun Mehta", "External Affairs Minister Kavita Rao"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "prime minister", "Prime Minister Dawit Bekele", "Foreign Minister Hana Tadesse"),
    ("Colombia", "Colombian", "Bogota", "president", "President Andres Salcedo", "Defence Minister Lucia Vargas"),
    ("Myanmar", "Myanmar", "Naypyitaw", "junta leader", "General Min Thura", "junta spokesman Zaw Win"),
    ("Mali", "Malian", "Bamako", "interim president", "Colonel Moussa Diarra", "Foreign Minister Aminata Traore"),
    ("Somalia", "Somali", "Mogadishu", "president", "President Abdi Warsame", "Security Minister Ahmed Farah"),
    ("Turkey", "Turkish", "Ankara", "president", "President Mehmet Aydin", "Foreign Minister Elif Demir"),
    ("China", "Chinese", "Beijing", "president", "President Li Wei", "Foreign Ministry spokesman Zhang Hao"),
    ("United States", "U.S.", "Washington", "president", "President John Carter", "Secretary of State Mary Ellis"),
    ("France", "French", "Paris", "president", "President Claire Dubois", "Foreign Minister Louis Martin"),
    ("Germany", "German", "Berlin", "chancellor", "Chancellor Klaus Weber", "Foreign Minister Anna Schmidt"),
    ("Egypt", "Egyptian", "Cairo", "president", "President Hesham Mansour", "Foreign Minister Samir Fathy"),
    ("Nigeria", "Nigerian", "Abuja", "president", "President Emeka Okafor", "Defence Minister Musa Bello"),
    ("Afghanistan", "Afghan", "Kabul", "Taliban leader", "Taliban spokesman Abdul Rahim", "acting Foreign Minister Hamid Noori"),
]
ARMED_GROUPS = [
    ("Sudan", "the Rapid Support Forces", "RSF fighters"),
    ("Nigeria", "Boko Haram", "Boko Haram militants"),
    ("Somalia", "al Shabaab", "al Shabaab fighters"),
    ("Colombia", "the ELN", "ELN guerrillas"),
    ("Mali", "a jihadist group linked to al Qaeda", "jihadist fighters"),
    ("Myanmar", "the Arakan Army", "Arakan Army fighters"),
    ("Ethiopia", "Fano militia", "Fano militiamen"),
    ("Pakistan", "the Pakistani Taliban", "Pakistani Taliban militants"),
]
IGOS = ["the United Nations", "the African Union", "the European Union", "NATO", "the Arab League",
        "the International Committee of the Red Cross", "the World Food Programme", "ECOWAS"]
TOWNS = {
    "Sudan": ["El Fasher", "Omdurman", "Wad Madani", "Nyala"], "Ukraine": ["Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro"],
    "Russia": ["Belgorod", "Kursk", "Rostov"], "Israel": ["Haifa", "Sderot", "Ashkelon"], "Iran": ["Isfahan", "Tabriz", "Shiraz"],
    "Pakistan": ["Peshawar", "Quetta", "Lahore"], "India": ["Srinagar", "Mumbai", "Amritsar"],
    "Ethiopia": ["Gondar", "Bahir Dar", "Mekelle"], "Colombia": ["Cucuta", "Cali", "Medellin"],
    "Myanmar": ["Sittwe", "Mandalay", "Myitkyina"], "Mali": ["Gao", "Timbuktu", "Mopti", "Kidal"],
    "Somalia": ["Baidoa", "Kismayo", "Beledweyne"], "Turkey": ["Diyarbakir", "Istanbul", "Gaziantep"],
    "China": ["Shanghai", "Xiamen"], "United States": ["New York", "Chicago"], "France": ["Marseille", "Lyon"],
    "Germany": ["Munich", "Hamburg"], "Egypt": ["Alexandria", "Rafah"], "Nigeria": ["Maiduguri", "Kano", "Lagos"],
    "Afghanistan": ["Kandahar", "Herat", "Kunduz", "Jalalabad"],
}
OUTLETS = ["Parley Wire", "Parley Newswire", "Parley Agency"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REPORTERS = ["Amina Yusuf", "Tom Becker", "Lina Haddad", "Sven Olsen", "Priya Nair", "Carlos Ortega", "Mei Lin"]


def cap(s):
    return s[0].upper() + s[1:] if s and s[0].islower() else s


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def article(r, k, day):
    home = pick(r, COUNTRIES)
    name, adj, capital, title, leader, minister = home
    other = pick(r, [c for c in COUNTRIES if c[0] != name])
    oname, oadj, ocapital, otitle, oleader, ominister = other
    groups = [g for g in ARMED_GROUPS if g[0] == name] or [pick(r, ARMED_GROUPS)]
    _, group, fighters = pick(r, groups)
    igo = pick(r, IGOS)
    town = pick(r, TOWNS[name])
    town2 = pick(r, [t for t in TOWNS[name] if t != town] or TOWNS[name])
    wd = pick(r, WEEKDAYS)
    n_killed = r.randint(2, 60)
    n_hurt = r.randint(3, 120)
    troops = r.choice(["several hundred", "2,000", "about 5,000", "a battalion of"])
    outlet = pick(r, OUTLETS)
    v = dict(name=name, adj=adj, capital=capital, title=title, leader=leader, minister=minister,
             oname=oname, oadj=oadj, ocapital=ocapital, oleader=oleader, ominister=ominister,
             group=group, fighters=fighters, igo=igo, town=town, town2=town2, wd=wd, k=n_killed, h=n_hurt,
             troops=troops, outlet=outlet)
    leads = [
        "{fighters} attacked an army base near {town} on {wd}, killing {k} soldiers, military sources said.",
        "{adj} troops clashed with {fighters} outside {town} on {wd}, and at least {k} people were killed.",
        "{leader} met {oleader} in {ocapital} on {wd} for talks on a ceasefire and the exchange of prisoners.",
        "{oname} imposed sanctions on {adj} officials on {wd} over the crackdown on protesters in {town}.",
        "Police in {town} arrested dozens of opposition supporters on {wd} after protests against {leader}.",
        "{oname} accused {name} on {wd} of shelling civilian areas near the border town of {town}.",
        "{name} expelled two {oadj} diplomats on {wd}, accusing them of spying.",
        "Thousands of people marched through {capital} on {wd} to demand the release of political prisoners.",
        "{igo} sent food and medicine to {town} on {wd} after weeks of fighting cut the city off.",
        "{name} and {oname} signed an agreement in {ocapital} on {wd} to reopen their shared border.",
        "{fighters} kidnapped {k} students from a school near {town} on {wd}, local officials said.",
        "An air strike hit a market in {town} on {wd}, killing {k} civilians and wounding {h}, witnesses said.",
    ]
    follow = [
        "{minister} condemned the attack and called on {igo} to act.",
        "{oleader} urged both sides to return to the negotiating table.",
        "The government deployed {troops} troops to {town2} to secure the main road.",
        "{minister} said {name} would not accept any deal that left {fighters} armed.",
        "{igo} appealed for a humanitarian pause so that aid could reach {town}.",
        "{leader} promised to hold elections next year and to free detained journalists.",
        "{oname} offered to mediate between the government and {group}.",
        "{group} denied responsibility for the attack in a statement posted online.",
        "The army said it had killed {k} militants in operations around {town2}.",
        "{ominister} threatened to cut diplomatic ties if the shelling continued.",
        "{fighters} withdrew from {town2} late on {wd}, residents said.",
        "Security forces fired tear gas to disperse protesters in {capital}.",
        "{oleader} praised {leader} for agreeing to the talks.",
        "{name} rejected the proposal, calling it an attempt to reward aggression.",
        "Officials said {h} people had been injured and taken to hospitals in {town2}.",
        "{igo} said it would send observers to monitor the truce.",
        "The {adj} parliament voted to extend the state of emergency for three months.",
        "{oname} recalled its ambassador from {capital} for consultations.",
        "{minister} told reporters that talks with {oname} would resume next week.",
        "Rebels released {k} prisoners on {wd} as part of the exchange, the Red Cross said.",
        "{leader} visited wounded soldiers at a military hospital in {capital}.",
        "A court in {capital} sentenced {k} protesters to prison terms on charges of rioting.",
        "\"We will not stop until {group} lays down its weapons,\" {minister} said.",
        "\"The people of {town} need food, water and safety now,\" an official of {igo} said.",
        "{oadj} warships began exercises off the coast, in what analysts called a show of force.",
    ]
    background = [
        "The conflict has killed thousands of people and driven millions from their homes since it began.",
        "{town} is a key trading hub on the road to {capital}.",
        "Relations between {name} and {oname} have been tense for years.",
        "The region has been hit by drought and rising food prices.",
        "Earlier talks collapsed in the spring over the question of prisoners.",
        "Analysts say neither side is strong enough to win outright.",
        "The economy has shrunk sharply and the currency has lost half its value this year.",
        "Aid agencies say access to the worst-hit areas remains very limited.",
        "The government has dismissed earlier reports of abuses as propaganda.",
        "Many residents fled to camps across the border during the last round of fighting.",
        "Football fans in {capital} celebrated a late win for the national team on the same evening.",
        "Markets in the capital reopened after a week, traders said.",
        "It was not possible to verify the figures independently.",
    ]
    furniture = [
        "(Reporting by {rep}; Editing by {rep2})",
        "Photo: Residents walk past a damaged building in {town}.",
        "Copyright {outlet}. All rights reserved.",
        "Follow us on X for live updates.",
    ]
    n = r.randint(15, 25)
    body = []
    lead = cap(pick(r, leads).format(**v))
    body.append(lead)
    pool_follow = follow[:]
    r.shuffle(pool_follow)
    pool_back = background[:]
    r.shuffle(pool_back)
    n_furniture = r.randint(1, 2)
    n_back = max(3, (n - 1 - n_furniture) * 2 // 5)
    n_follow = n - 1 - n_back - n_furniture
    sentences = [cap(s.format(**v)) for s in pool_follow[:n_follow] + pool_back[:n_back]]
    r.shuffle(sentences)
    body += sentences
    paragraphs = []
    i = 0
    while i < len(body):
        size = r.randint(1, 3)
        paragraphs.append(" ".join(body[i:i + size]))
        i += size
    dateline = "{}, {} {} ({}) - ".format(capital.upper(), day.strftime("%b"), day.day, outlet)
    paragraphs[0] = dateline + paragraphs[0]
    rep, rep2 = r.sample(REPORTERS, 2)
    for f in r.sample(furniture, n_furniture):
        text = f.format(rep=rep, rep2=rep2, town=town, outlet=outlet)
        if text.startswith("Photo"):
            paragraphs.insert(1, text)
        else:
            paragraphs.append(text)
    title = lead.split(",")[0]
    return {"id": "parley-synth-%04d" % k, "title": title, "text": "\n\n".join(paragraphs),
            "date": day.isoformat(), "outlet": outlet}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    r = random.Random(a.seed)
    start = date(2024, 3, 1)
    for k in range(a.articles):
        day = start + timedelta(days=k // 7)
        print(json.dumps(article(r, k, day), ensure_ascii=False))


if __name__ == "__main__":
    main()
