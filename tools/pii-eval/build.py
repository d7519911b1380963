#!/usr/bin/env python3
"""Builds data/pii-eval/en.jsonl: the project's own labelled English sentences for measuring entity recognition
(PERSON, STREET_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, US_SSN, IP_ADDRESS).

Written from scratch for DoxGuard (fictional people and details); no reserved evaluation set was used or consulted.
Offsets are UTF-16 code units, end exclusive, as the scan contract defines them. Deterministic:
`python3 tools/pii-eval/build.py` rewrites the file exactly.
"""
import json
import os
import random

R = random.Random(1128)

FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph
Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Ashley Donald
Kimberly Steven Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa Timothy Deborah Ronald
Stephanie Jason Rebecca Jeffrey Laura Ryan Helen Jacob Sharon Gary Cynthia Nicholas Kathleen Eric Amy Jonathan
Angela Stephen Shirley Larry Brenda Justin Emma Scott Anna Brandon Pamela Benjamin Nicole Samuel Samantha Gregory
Katherine Alexander Christine Patrick Debra Frank Rachel Raymond Carolyn Jack Janet Dennis Maria Jerry Olivia Tyler
Heather Aaron Diane Jose Julie Adam Joyce Nathan Victoria Henry Kelly Zachary Christina Douglas Lauren Peter Joan
Kyle Evelyn Noah Judith Ethan Megan Jeremy Andrea Walter Cheryl Christian Hannah Keith Jacqueline Roger Martha
Terry Gloria Austin Teresa Sean Ann Gerald Sara Carl Madison Harold Frances Dylan Kathryn Arthur Janice Lawrence
Jean Jordan Abigail Jesse Alice Bryan Judy Billy Sophia Bruce Grace Gabriel Denise Joe Amber Logan Doris Alan
Marilyn Juan Danielle Albert Beverly Willie Isabella Elijah Theresa Wayne Diana Randy Natalie Vincent Brittany
Mason Charlotte Roy Marie Ralph Kayla Bobby Alexis Russell Lori Bradley Tamika Luis Mei Wei Hiroshi Aiko Priya
Rahul Ahmed Fatima Olumide Chiamaka Dmitri Svetlana Giovanni Francesca Lars Ingrid Kwame Ama Diego Valentina
Mateo Camila Santiago Lucia Alejandro Ximena Tomasz Agnieszka Nguyen Thanh Jamal Aaliyah DeShawn Imani""".split()

LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long
Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes
Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez
McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson
Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson
Kwiatkowski Okafor Yamamoto Kowalski Novak Johansson Rossi Ivanova Okonkwo Mensah Nakamura Takahashi Gupta Singh
Haddad Abboud Schneider Fischer Dubois Lefebvre Moretti Bianchi Lindqvist Andersen Oyelaran Adeyemi""".split()

STREET_NAMES = """Main Oak Pine Maple Cedar Elm Washington Lake Hill Park Sunset Ridge Highland Forest Meadow Spring
River Church Mill Walnut Chestnut Jackson Franklin Lincoln Jefferson Madison Adams Kilbourn Magnolia Ridgeway
Willow Birch Hickory Dogwood Sycamore Poplar Cherry Laurel Holly Juniper Aspen Cypress Evergreen Prospect Union
Liberty Center Market Broad Water Bridge Front High School Summit Valley Orchard Harbor Bay Canyon Mesa Vista
Sierra Hawthorne Fairview Greenwood Woodland Brookside Riverside Lakeview Hillcrest Kingston Clinton Monroe
Garfield Grant Sherman Wilson Taylor Carter Hayes Pierce Tyler Polk Cleveland Harding Davis Morgan Foster""".split()

SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard", "Dr", "Drive", "Ln", "Lane", "Ct",
            "Court", "Way", "Pl", "Place", "Ter", "Terrace", "Cir", "Circle", "Pkwy", "Parkway", "Hwy", "Trl",
            "Trail", "Loop", "Sq", "Crossing", "Pike", "Run", "Row", "Path", "Alley", "Plaza", "Heights", "Point"]
DIRS = ["N", "S", "E", "W", "N.", "S.", "North", "South", "East", "West", "NE", "SW"]
UNITS = ["Apt 4B", "Apt. 12", "#3", "Unit 7", "Suite 200", "Ste 110", "Apt 2A", "# 14", "Fl 3", "Apartment 9"]
CITIES = [("Chicago", "IL", "60629"), ("Austin", "TX", "78704"), ("Denver", "CO", "80205"), ("Portland", "OR", "97214"),
          ("Phoenix", "AZ", "85016"), ("Columbus", "OH", "43215"), ("Raleigh", "NC", "27601"), ("Tampa", "FL", "33602"),
          ("Seattle", "WA", "98103"), ("Boston", "MA", "02118"), ("Atlanta", "GA", "30303"), ("Madison", "WI", "53703"),
          ("Albany", "NY", "12207"), ("Fresno", "CA", "93721"), ("Tucson", "AZ", "85701"), ("Omaha", "NE", "68102"),
          ("Newark", "NJ", "07102"), ("Mesa", "AZ", "85201"), ("El Paso", "TX", "79901"), ("San Diego", "CA", "92101")]
STATE_NAMES = {"IL": "Illinois", "TX": "Texas", "CO": "Colorado", "OR": "Oregon", "AZ": "Arizona", "OH": "Ohio",
               "NC": "North Carolina", "FL": "Florida", "WA": "Washington", "MA": "Massachusetts", "GA": "Georgia",
               "WI": "Wisconsin", "NY": "New York", "CA": "California", "NE": "Nebraska", "NJ": "New Jersey"}
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "protonmail.com", "example.org", "mail.com",
           "icloud.com", "company.io", "uni.edu", "city.gov", "fastmail.fm"]


def name():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.random()
    if form < 0.12:
        return f"{f} {R.choice('ABCDEFGHJKLMNPRSTW')}. {l}"
    if form < 0.18:
        return f"{f} {l}-{R.choice(LAST)}"
    return f"{f} {l}"


def street():
    n = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 99999)]))
    parts = [n]
    if R.random() < 0.3:
        parts.append(R.choice(DIRS))
    if R.random() < 0.12:
        k = R.randint(1, 120)
        parts.append(f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}")
    else:
        parts.append(R.choice(STREET_NAMES))
        if R.random() < 0.15:
            parts.append(R.choice(STREET_NAMES))
    parts.append(R.choice(SUFFIXES))
    s = " ".join(parts)
    if R.random() < 0.3:
        s += ("," if R.random() < 0.5 else "") + " " + R.choice(UNITS)
    return s


def address():
    s = street()
    city, st, z = R.choice(CITIES)
    form = R.random()
    if form < 0.25:
        return s
    if form < 0.45:
        return f"{s}, {city}, {st} {z}"
    if form < 0.6:
        return f"{s}, {city} {st} {z}"
    if form < 0.7:
        return f"{s}\n{city}, {st} {z}"
    if form < 0.8:
        return f"{s}, {city}, {STATE_NAMES[st]}"
    if form < 0.9:
        return f"{s}, {city}"
    return f"P.O. Box {R.randint(10, 9999)}, {city}, {st} {z}" if R.random() < 0.5 else f"PO Box {R.randint(10, 9999)}"


def phone():
    a, b, c = R.randint(201, 989), R.choice([555, R.randint(200, 989)]), R.randint(0, 9999)
    if b == 555:
        c = R.randint(100, 199)
    forms = [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"+1 {a} {b} {c:04d}",
             f"+1-{a}-{b}-{c:04d}", f"1-{a}-{b}-{c:04d}", f"({a}){b}-{c:04d}", f"{a}{b}{c:04d}",
             f"+1 ({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d} ext. {R.randint(1, 999)}", f"{a}.{b}.{c:04d}x{R.randint(10, 9999)}",
             f"001-{a}-{b}-{c:04d}"]
    return R.choice(forms)


def email(person=None):
    if person and R.random() < 0.6:
        bits = person.replace(".", "").split()
        local = R.choice([f"{bits[0]}.{bits[-1]}", f"{bits[0][0]}{bits[-1]}", f"{bits[0]}{R.randint(1, 99)}",
                          f"{bits[-1]}_{bits[0]}"]).lower()
    else:
        local = R.choice(["info", "jdoe", "sunny.days", "k.moreno77", "the_real_mike", "admin2", "hello", "b.ortiz"])
    return f"{local}@{R.choice(DOMAINS)}"


def luhn_complete(prefix, length):
    digits = [int(d) for d in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    for check in range(10):
        cand = digits + [check]
        total = 0
        for i, d in enumerate(reversed(cand)):
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        if total % 10 == 0:
            return "".join(map(str, cand))
    raise AssertionError


def card():
    kind = R.choice(["visa", "mc", "amex", "disc", "mc2"])
    if kind == "visa":
        n = luhn_complete("4", 16)
    elif kind == "mc":
        n = luhn_complete(str(R.randint(51, 55)), 16)
    elif kind == "mc2":
        n = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif kind == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return R.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        n = luhn_complete("6011", 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def ssn():
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return R.choice([f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}"])


def ip():
    if R.random() < 0.75:
        return ".".join(str(R.randint(1, 254)) for _ in range(4))
    groups = [f"{R.randint(0, 65535):x}" for _ in range(8)]
    if R.random() < 0.5:
        return ":".join(groups)
    return f"{groups[0]}:{groups[1]}::{groups[6]}:{groups[7]}"


# Templates: {P} person, {P2} second person, {A} address, {T} phone, {E} email, {C} card, {S} SSN, {I} IP.
TEMPLATES = """My name is {P} and I live at {A}.
Please send the package to {P}, {A}.
You can reach {P} at {T} or {E}.
{P} called from {T} about the invoice.
Contact: {P} | {E} | {T}
Hi, this is {P}. Call me back at {T}.
The new tenant at {A} is {P}.
Ship to: {A}
Billing address: {A}. Card ending with the full number {C}, please verify.
I paid with card {C} yesterday and was charged twice.
My credit card number is {C} and the expiry is next March.
His social security number is {S}.
SSN: {S}
Employee {P}, SSN {S}, started on Monday.
The login attempt came from {I} at midnight.
Block traffic from {I}, it keeps scanning our ports.
Server {I} stopped responding after the update.
Email {E} if you have questions about the schedule.
For refunds write to {E}.
{P} and {P2} are moving to {A} next month.
Dear {P}, your appointment is confirmed. Questions? Call {T}.
I met {P} at the conference; her email is {E}.
Forward this to {P2} ({E}) before Friday.
Our office moved to {A}. Phone: {T}.
Driver {P} picked up the order at {A}.
Can you check whether {I} is on the allow list?
The suspect, {P}, was last seen near {A}.
Wire the deposit and text {T} when done.
Please update my phone number to {T}.
My SSN is {S} and my card is {C}.
Reach out to {P} via {E} or at {T}.
{P} lives on the second floor of {A}.
Invoice for {P}: {A}. Contact {E}.
Patient {P} (phone {T}) missed the appointment.
Hey {P}, did you get my email at {E}?
The IP address {I} belongs to the office printer.
{P}'s new number is {T}.
Mail the forms to {P} at {A} by the 15th.
Tell {P} that {P2} will call at {T}.
Registration: {P}, born in Ohio, living at {A}, phone {T}.
Applicant: {P}
Address: {A}
Phone: {T}
Email: {E}
I think {P} used the card {C} for the hotel.
According to the log, {P} connected from {I}.
Please remove my details: {P}, {E}, {T}.
Send the keys to {A}, ring twice.
{P} is the contact person for the Denver project.
Reported by {P} on behalf of {P2}.
The wedding is at {A}; RSVP to {E}.
Verify SSN {S} against the record for {P}.
Note from {P}: call {T} after 6.
Lost wallet! Belongs to {P}, {T}.""".split("\n")

NEGATIVES = """The meeting is moved to 3 pm on Thursday in room 204.
Version 2.4.1 fixes the crash on startup.
We sold 1,250 units in the third quarter, up 12 percent.
The Chicago Bulls won 112 to 104 last night.
Order number 884213 shipped on November 3.
Read chapter 11 before the exam on Monday.
The temperature dropped to 28 degrees overnight.
Flight UA 1234 departs from gate B7 at 10:45.
The recipe needs 2 cups of flour and 3 eggs.
Interest rates rose by 0.25 percent this month.
Our team meets every Monday at 9 in the Lincoln Room.
The new iPhone costs $999 in the United States.
Highway traffic was slow near exit 42 this morning.
Spring Break starts March 10 for most schools.
Please review section 3.2 of the contract.
Apple and Microsoft reported strong earnings.
Main Street businesses struggled during the storm.
He ran the marathon in 3 hours and 12 minutes.
Call of Duty sold millions of copies in its first week.
The court will hear the case in January.
May was the wettest month on record.
Grace period ends in 30 days.
Will the store be open on Sunday?
Mark your calendars for the June 5 fundraiser.
Apollo 11 landed on the moon in 1969.
The 49ers traded two draft picks.
Room 101 is reserved for the workshop.
Washington signed the bill on Tuesday.
Jordan released a new sneaker line.
The price went from 1.5 to 2.3 million.""".split("\n")

KIND = {"P": "PERSON", "P2": "PERSON", "A": "STREET_ADDRESS", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
        "C": "CREDIT_CARD", "S": "US_SSN", "I": "IP_ADDRESS"}


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def render(template):
    person = name()
    values = {"P": person, "P2": name(), "A": address(), "T": phone(), "E": email(person), "C": card(), "S": ssn(),
              "I": ip()}
    text, spans, i = "", [], 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            key = template[i + 1:j]
            start = utf16_len(text)
            text += values[key]
            spans.append({"type": KIND[key], "start": start, "end": utf16_len(text)})
            i = j + 1
        else:
            text += template[i]
            i += 1
    return text, spans


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "data", "pii-eval", "en.jsonl")
    rows = []
    multi = [t for t in TEMPLATES if t.endswith(":") is False]
    for k in range(600):
        if k % 10 == 9:
            text = R.choice(NEGATIVES)
            rows.append({"id": f"pii-{k:04d}", "text": text, "entities": []})
            continue
        t = R.choice(multi)
        if t.startswith("Applicant"):
            t = "Applicant: {P}\nAddress: {A}\nPhone: {T}\nEmail: {E}"
        text, spans = render(t)
        rows.append({"id": f"pii-{k:04d}", "text": text, "entities": spans})
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences to {out}")


if __name__ == "__main__":
    main()
