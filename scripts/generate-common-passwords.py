#!/usr/bin/env python3
"""Writes src/Infrastructure/Identity/Customers/common-passwords.txt: passwords of 10 or more characters built
from the patterns that dominate published breach statistics (a common word or keyboard run, then digits, a year
or a symbol). Written for Headless from those well-known patterns; it is not a copy of any breach corpus.
Passwords shorter than 10 characters are left out: the length rule already refuses them."""
import itertools, pathlib

words = """password passw0rd p@ssword qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm letmein welcome welcome1 admin
administrator iloveyou sunshine princess football baseball basketball soccer hockey dragon monkey master shadow
superman batman michael jennifer jordan hunter ranger buster thomas charlie robert daniel andrew joshua matthew
computer internet starwars pokemon whatever trustno1 freedom flower summer winter spring autumn secret login
access changeme default guest test tester testing hello hellokitty lovely loveme angel angels family friends
cheese chocolate cookie banana orange apple purple yellow silver golden diamond blessed jesus christ heaven
samsung iphone google facebook instagram twitter linkedin microsoft windows linux ubuntu oracle mysql
killer pepper ginger tigger mickey minnie snoopy garfield liverpool chelsea arsenal barcelona realmadrid juventus
manchester united america canada england germany france london paris berlin tokyo newyork chicago
qazwsx qweasd zaq12wsx 1qaz2wsx 1q2w3e4r 1q2w3e4r5t q1w2e3r4 abc abcd abcdef abcdefg abcdefgh
shop shopping store customer headless commerce money monkey123 iloveu babygirl lovelove mustang ferrari porsche
""".split()
runs = ["123456789", "1234567890", "0987654321", "987654321", "1111111111", "0000000000", "1234512345",
        "1122334455", "1212121212", "123123123", "123321123", "qwerty123", "aaaaaaaaaa", "abcabcabc"]
suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "!!", "1!", "123!", "@123", "#1", "01", "007",
            "69", "99", "2000", "2010", "2015", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]

out = set(runs)
for word in words:
    for variant in {word, word.capitalize(), word.upper()}:
        for suffix in suffixes:
            candidate = variant + suffix
            if len(candidate) >= 10:
                out.add(candidate)
for a, b in itertools.product(["password", "qwerty", "welcome", "letmein", "iloveyou", "admin"], repeat=2):
    if a != b:
        out.add(a + b)
for digit in "0123456789":
    out.add(digit * 10)

path = pathlib.Path(__file__).resolve().parent.parent / "src/Infrastructure/Identity/Customers/common-passwords.txt"
path.write_text("\n".join(sorted(out, key=str.lower)) + "\n", encoding="utf-8")
print(f"{len(out)} passwords -> {path}")
