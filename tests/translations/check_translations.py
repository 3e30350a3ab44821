#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Qt Linguist files in translations/ message by message.

    python3 tests/translations/check_translations.py [translations folder]

For every message of every kairos_*.ts file:
  * it is finished (no type="unfinished", "vanished" or "obsolete") and no translation or plural form is empty;
  * a plural message has as many forms as the language has (German and English 2, Chinese and Korean 1);
  * the placeholders (%1 to %99, %L1, %n, %Ln) of the source are all there, no others, as often as in the source;
  * the markup tags (<h3>, </p>, <br>, ...) are the same;
  * the line breaks are the same in number, and a leading or trailing line break stays where it is;
  * an accelerator (&F) in the source has exactly one in the translation, and a source ending in "…" keeps it;
  * a source that quotes with “…” quotes in the style of the language: „…“ or »…« in German,
    “…” or 「…」 in Chinese, ‘…’ or “…” in Korean.
Prints every problem and exits with 1 if there was one.
"""
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_FORMS = {'de': 2, 'en': 2, 'zh': 1, 'ko': 1}
QUOTES = {'de': ('„', '»'), 'zh': ('“', '「'), 'ko': ('‘', '“')}
PLACEHOLDER = re.compile(r'%L?(?:[1-9][0-9]?|n)')
TAG = re.compile(r'</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>')
ACCELERATOR = re.compile(r'&(?!&)(?=\S)')


def accelerators(text):
    return len(ACCELERATOR.findall(text.replace('&&', '')))


def check_form(source, text, lang):
    problems = []
    if not text:
        return ['empty translation']
    want = collections.Counter(PLACEHOLDER.findall(source))
    have = collections.Counter(PLACEHOLDER.findall(text))
    if want != have:
        problems.append('placeholders %s, translation has %s' % (sorted(want.elements()), sorted(have.elements())))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        problems.append('markup %s, translation has %s' % (TAG.findall(source), TAG.findall(text)))
    if source.count('\n') != text.count('\n') or source.startswith('\n') != text.startswith('\n') \
            or source.endswith('\n') != text.endswith('\n'):
        problems.append('line breaks differ')
    if accelerators(source) and accelerators(text) != 1:
        problems.append('the accelerator & is missing or doubled')
    if source.endswith('…') and not text.endswith('…'):
        problems.append('the ellipsis … is missing')
    if '“' in source and lang in QUOTES and not any(q in text for q in QUOTES[lang]):
        problems.append('quotation marks not in the style of the language')
    return problems


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = (root.get('language') or path.stem.split('_', 1)[1]).split('_')[0]
    forms_wanted = PLURAL_FORMS.get(lang)
    count = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            count += 1
            source = message.findtext('source') or ''
            where = '%s: %s: %r' % (path.name, name, source)
            translation = message.find('translation')
            if translation is None:
                problems.append('%s: no translation' % where)
                continue
            if translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
                problems.append('%s: type="%s"' % (where, translation.get('type')))
            if message.get('numerus') == 'yes':
                forms = [form.text or '' for form in translation.findall('numerusform')]
                if forms_wanted is not None and len(forms) != forms_wanted:
                    problems.append('%s: %d plural forms, %s needs %d' % (where, len(forms), lang, forms_wanted))
            else:
                forms = [translation.text or '']
            for form in forms:
                # English plural files translate only the plurals; the other languages translate everything.
                problems += ['%s: %s (%r)' % (where, p, form) for p in check_form(source, form, lang)]
    return count, problems


def main():
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2] / 'translations'
    files = sorted(folder.glob('kairos_*.ts'))
    if not files:
        print('no kairos_*.ts in %s' % folder)
        return 1
    all_problems = []
    for path in files:
        count, problems = check_file(path)
        print('%s: %d messages, %d problems' % (path.name, count, len(problems)))
        all_problems += problems
    for problem in all_problems:
        print(problem)
    return 1 if all_problems else 0


if __name__ == '__main__':
    sys.exit(main())
