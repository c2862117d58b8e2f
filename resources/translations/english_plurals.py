#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms of commonground_en.ts (one, other) for messages written with %n.

The sources say "%n notes"; English needs "1 note". Run after `update_translations` has added
new %n messages: python3 resources/translations/english_plurals.py resources/translations/commonground_en.ts
A %n message this table does not know is reported, and the script fails, so none is forgotten.
"""
import html
import re
import sys

ONE = {
    "%n notes": "%n note",
    "%n themes": "%n theme",
    "%n votes": "%n vote",
    "Its %n photos stay in the workshop, on no board. ": "Its photo stays in the workshop, on no board. ",
    "Who? %n people fit": "Who? %n person fits",
    "“%1” could be %n people. Choose who said it with Up or Down and Enter, or type more of the name in “Who”.":
        "“%1” could be %n person. Choose them with Up or Down and Enter, or type more of the name in “Who”.",
    "%n people match “%1”: choose one with Up or Down, then press Enter.":
        "%n person matches “%1”: choose them with Up or Down, then press Enter.",
    "%1: %n notes": "%1: %n note",
    "from %n boards": "from %n board",
    "%n in this workshop.": "%n in this workshop.",
    "Photos of paper flipcharts and of the room. %n in this workshop.":
        "Photos of paper flipcharts and of the room. %n in this workshop.",
    "Add %n photos": "Add %n photo",
    "Added %n photos.": "Added %n photo.",
    "Name the theme (it will hold the %n chosen notes):": "Name the theme (it will hold the chosen note):",
    "Added %n notes to the theme.": "Added %n note to the theme.",
    " (and %n more problem(s); commonground-cli check lists them all)":
        " (and %n more problem; commonground-cli check lists them all)",
    "Contributions from %1 of %n people can be included.": "Contributions from %1 of %n person can be included.",
    "“%1” has %n problem(s), listed above. It was not changed.": "“%1” has %n problem, listed above. It was not changed.",
}

def other(source):
    return source.replace("problem(s)", "problems")

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
unknown = []

def fill(match):
    source = html.unescape(match.group(2))
    if source not in ONE:
        unknown.append(source)
        return match.group(0)
    one, many = (html.escape(s, quote=False) for s in (ONE[source], other(source)))
    return (f'{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n'
            f'            <numerusform>{many}</numerusform>\n        </translation>')

pattern = re.compile(r'(<message numerus="yes">\s*(?:<comment>.*?</comment>\s*)?<source>(.*?)</source>\s*)'
                     r'<translation[^>]*>.*?</translation>', re.S)
text = pattern.sub(fill, text)
open(path, "w", encoding="utf-8").write(text)
if unknown:
    sys.exit("english_plurals.py: add the singular of: " + " | ".join(unknown))
