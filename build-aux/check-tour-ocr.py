#!/usr/bin/env python3
"""Reads the screenshots of a presentation tour with OCR, as the back row would,
and counts the centres whose acronym (or short name) can be read on at least
one stop.

    build-aux/tour-screenshots.sh OUTDIR 1024 768
    build-aux/check-tour-ocr.py data/network.json OUTDIR/*.png

Needs tesseract (Debian's tesseract-ocr). Prints the share read and the names
never read; exits 1 below 80 %.
"""
import json
import re
import subprocess
import sys


def folded(text):
    return re.sub(r'[^a-z0-9]', '', text.lower())


def main():
    network = json.load(open(sys.argv[1], encoding='utf-8'))
    names = {centre['id']: centre.get('acronym') or centre.get('short_name') or centre['name']
             for centre in network['centres']}
    words = set()
    lines = []
    for shot in sys.argv[2:]:
        text = subprocess.run(['tesseract', shot, '-', '--psm', '11'], capture_output=True,
                              text=True, check=True).stdout
        words.update(folded(word) for word in text.split())
        lines.extend(folded(line) for line in text.splitlines())

    def is_read(name):
        # One word must be read as a word; a name of several words, on one line
        if ' ' not in name.strip():
            return folded(name) in words
        return any(folded(name) in line for line in lines)

    read = [i for i, name in names.items() if is_read(name)]
    share = len(read) / len(names)
    print(f'{len(read)} of {len(names)} centres read ({share:.0%})')
    missing = sorted(names[i] for i in names if i not in read)
    if missing:
        print('never read: ' + ', '.join(missing))
    return 0 if share >= 0.8 else 1


if __name__ == '__main__':
    sys.exit(main())
