#!/usr/bin/env python3
"""Fails unless every committed translation is complete and up to date.

  check_translations.py ROOT

For each resources/translations/aisov_*.ts under ROOT:
  * no message is unfinished, vanished, obsolete or empty;
  * a translation keeps the source's placeholders (%1 ... %99), its HTML tags
    and, when the source has one, an accelerator (&X);
  * running scripts/update-translations.sh on a copy would change nothing:
    no source string in today's code lacks a translation, and no translated
    string is left that the code no longer has.
Prints each problem with its context and source text. docs/translations.md.
"""

import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d{1,2})")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# "&F", not "&&" (a literal ampersand) nor "& " (text).
ACCELERATOR = re.compile(r"&(?!&)[^\s&]")


def messages(path):
    """(context, source, translation element) of every message."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def message_problems(source, translation):
    if translation is None:
        return ["no <translation>"]
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return ["translation is " + translation.get("type")]
    if message_is_numerus(translation):
        return ["plural (%n) form: the project uses none"]
    text = translation.text or ""
    if not text.strip():
        return ["empty translation"]
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        problems.append("placeholders differ: %s" % text)
    if collections.Counter(TAG.findall(source)) != collections.Counter(TAG.findall(text)):
        problems.append("HTML tags differ: %s" % text)
    if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
        problems.append("accelerator (&) lost: %s" % text)
    return problems


def message_is_numerus(translation):
    return translation.find("numerusform") is not None


def check_file(path):
    problems = []
    for context, source, translation in messages(path):
        for problem in message_problems(source, translation):
            problems.append("%s: [%s] %r: %s" % (os.path.basename(path), context, source, problem))
    return problems


def keys(path):
    return {(context, source) for context, source, _ in messages(path)}


def check_up_to_date(root, ts_files):
    """What scripts/update-translations.sh would add or drop."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for path in ts_files:
            shutil.copy(path, scratch)
        script = os.path.join(root, "scripts", "update-translations.sh")
        run = subprocess.run([script, "--ts-dir", scratch], capture_output=True, text=True)
        if run.returncode != 0:
            return ["update-translations.sh failed:\n" + run.stdout + run.stderr]
        for path in ts_files:
            name = os.path.basename(path)
            updated = os.path.join(scratch, name)
            committed = keys(path)
            for context, source in sorted(keys(updated) - committed):
                problems.append("%s: [%s] %r is in the code but not translated"
                                % (name, context, source))
            for context, source in sorted(committed - keys(updated)):
                problems.append("%s: [%s] %r is no longer in the code" % (name, context, source))
    return problems


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    directory = os.path.join(root, "resources", "translations")
    ts_files = sorted(os.path.join(directory, name) for name in os.listdir(directory)
                      if re.fullmatch(r"aisov_\w+\.ts", name))
    if not ts_files:
        print("no resources/translations/aisov_*.ts")
        return 1
    problems = []
    for path in ts_files:
        problems += check_file(path)
    problems += check_up_to_date(root, ts_files)
    for problem in problems:
        print(problem)
    if problems:
        print("\n%d problem(s). Run scripts/update-translations.sh, translate what it "
              "marks unfinished, and see docs/translations.md." % len(problems))
        return 1
    count = sum(len(keys(path)) for path in ts_files)
    print("%d translation file(s), %d messages: complete and up to date" % (len(ts_files), count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
