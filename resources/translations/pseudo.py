#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the pseudo-language translation from commonground_en.ts: every string is accented and
made about a third longer, keeping placeholders (%1, %n, %L1), mnemonics (&F), markup and line
breaks as they are. A string that shows unaccented in the app, in the pseudo language, has not
gone through translation. A layout with no room for longer words shows it too.

Usage: pseudo.py IN.ts OUT.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
# What must reach the program unchanged: placeholders, markup, entities, a mnemonic's letter.
KEEP = re.compile(r"%L?\d+|%L?n|%%|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&.|\\n|\n|https?://\S+")

def pseudo(text):
    out = []
    pos = 0
    letters = 0
    for m in KEEP.finditer(text):
        piece = text[pos:m.start()]
        letters += sum(c.isalpha() for c in piece)
        out.append(piece.translate(ACCENTS))
        out.append(m.group(0))
        pos = m.end()
    piece = text[pos:]
    letters += sum(c.isalpha() for c in piece)
    out.append(piece.translate(ACCENTS))
    result = "".join(out)
    if letters:
        # Longer, as many languages are, after the text and before any trailing space or colon.
        stripped = result.rstrip(" :…\n")
        result = stripped + "·" * max(2, letters // 3) + result[len(stripped):]
    return result

source, target = sys.argv[1:]
tree = ET.parse(source)
root = tree.getroot()
root.set("language", "en")  # English plural rules: one and other
for message in root.iter("message"):
    text = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = [f.text or text for f in translation.findall("numerusform")] or [text, text]
        for f in list(translation):
            translation.remove(f)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = pseudo(form)
    else:
        translation.text = pseudo(text)
with open(target, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
