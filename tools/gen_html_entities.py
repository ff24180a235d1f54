#!/usr/bin/env python3
"""Writes Taipan's HTML named character reference table, lib/html/entities.txt.

Run by hand with CPython 3.11 (`python3 tools/gen_html_entities.py`); the output is committed
and read by lib/html/entities.py at import time. The data is the WHATWG list of named
character references, taken from the running python3's html.entities.

Format (our own): '#' lines are comments. Each other line of the first part is
    <code points in hex, joined by '+'> <name> <name> ...
every name standing for the same text; a name written without its ';' is one of the legacy
references the HTML5 parser also accepts without a semicolon (it always has a ';' form too,
for the same text). After a line '%html4', the HTML 4.01 names (name2codepoint), space
separated; a name whose code point differs from its HTML5 meaning is written name=hex.
"""
import html.entities
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "interpreter", "src",
                   "main", "resources", "org", "taipan", "lib", "html", "entities.txt")


def main():
    table = html.entities.html5
    by_text = {}
    for name, text in table.items():
        if name.endswith(";"):
            by_text.setdefault(text, []).append(name[:-1])
    legacy = {name for name in table if not name.endswith(";")}
    lines = ["# HTML named character references (WHATWG), written by tools/gen_html_entities.py"]
    for text in sorted(by_text, key=lambda t: [ord(c) for c in t]):
        names = []
        for base in sorted(by_text[text]):
            names.append(base + ";")
            if base in legacy:
                names.append(base)
        lines.append("+".join("%x" % ord(c) for c in text) + " " + " ".join(names))
    lines.append("%html4")
    words = []
    for name, code in sorted(html.entities.name2codepoint.items()):
        words.append(name if table.get(name + ";") == chr(code) else "%s=%x" % (name, code))
    for i in range(0, len(words), 12):
        lines.append(" ".join(words[i:i + 12]))
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d references, %d HTML 4 names to %s" % (len(table), len(words), OUT),
          file=sys.stderr)


if __name__ == "__main__":
    main()
