#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every user-facing string can be translated.

lupdate reads the sources as the translation tools will. Two things can go wrong:
1. lupdate files a string under another context than the one the code looks it up in at run time.
   This happens with core's free-function tr() wrappers, whose lookup context is a string literal.
   A translator's work for that string is then never used.
2. The committed translations (resources/translations/*.ts) miss strings that the sources have,
   so translators never see them.

Usage: check_translations.py LUPDATE SOURCE_ROOT TS_FILE...
Exit status 1 lists every problem, with what to do about it.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root, *committed = sys.argv[1:]
folders = ["core", "ui", "app", "room"]

with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, "fresh.ts")
    run = subprocess.run([lupdate, "-locations", "absolute", "-extensions", "cpp,h"]
                         + [os.path.join(root, f) for f in folders] + ["-ts", fresh],
                         capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        print(run.stdout + run.stderr)
        sys.exit("lupdate failed")
    tree = ET.parse(fresh)
    # lupdate writes locations relative to the .ts file's folder.
    ts_folder = os.path.dirname(fresh)

def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message

# What each file says about its contexts: free-function wrappers pass a literal context to
# QCoreApplication::translate with a variable text; classes declare theirs with Q_OBJECT or
# Q_DECLARE_TR_FUNCTIONS.
wrapper = re.compile(r'translate\(\s*"([^"]+)"\s*,\s*[A-Za-z_]\w*\s*[,)]')
literal = re.compile(r'(?:translate|QT_TRANSLATE_NOOP3?)\(\s*"([^"]+)"\s*,\s*"')
declared = re.compile(r'Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)')
qobject = re.compile(r'\b(?:class|struct)\s+(?:\w+\s+)?(\w+)\b[^;{]*\{(?:(?!\bclass\b)[^{}])*?\bQ_(?:OBJECT|GADGET)\b', re.S)
comments = re.compile(r'//[^\n]*|/\*.*?\*/', re.S)

def source_text(path):
    return comments.sub("", open(path, encoding="utf-8").read())

# Classes that carry their own tr() (Q_OBJECT, Q_GADGET), anywhere in the tree: their member
# functions may be defined in any file.
translating_classes = set()
declared_contexts = set()
for folder in folders:
    for base, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if name.endswith((".h", ".cpp")):
                text = source_text(os.path.join(base, name))
                translating_classes.update(qobject.findall(text))
                declared_contexts.update(declared.findall(text))

known = {}

def contexts_of(path):
    if path not in known:
        text = source_text(path)
        known[path] = set(wrapper.findall(text)) | set(declared.findall(text)) | set(literal.findall(text))
    return known[path]

problems = []
fresh_keys = set()
for context, message in messages(tree):
    source = message.findtext("source")
    fresh_keys.add((context, source, message.findtext("comment") or ""))
    for location in message.iter("location"):
        path = os.path.normpath(os.path.join(ts_folder, location.get("filename")))
        line = location.get("line")
        names = contexts_of(path)
        if context in names or context in declared_contexts or context.split("::")[-1] in translating_classes:
            continue
        rel = os.path.relpath(path, root)
        where = ", ".join(sorted(names)) or "none"
        problems.append(f"{rel}:{line}: lupdate files \"{source[:60]}\" under context '{context}', "
                        f"but the file's tr() looks strings up under: {where}. Call a tr() whose "
                        f"context matches the namespace or class around the call.")

for ts in committed:
    have = set()
    for context, message in messages(ET.parse(ts)):
        if message.get("type") in ("obsolete", "vanished"):
            continue
        have.add((context, message.findtext("source"), message.findtext("comment") or ""))
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.iter("numerusform")]
            if not forms or not all(forms):
                problems.append(f"{os.path.relpath(ts, root)}: \"{message.findtext('source')[:60]}\" has no "
                                f"plural forms yet. Fill them in (english_plurals.py for English).")
    missing = fresh_keys - have
    for context, source, _ in sorted(missing)[:40]:
        problems.append(f"{os.path.relpath(ts, root)}: missing \"{source[:60]}\" ({context})")
    if missing:
        problems.append(f"{os.path.relpath(ts, root)}: {len(missing)} strings missing in all. "
                        f"Run: cmake --build build --target update_translations")

for p in problems:
    print(p)
print(f"{len(fresh_keys)} strings checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
