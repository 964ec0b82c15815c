#!/usr/bin/env python3
"""Helps keep a Qt .ts file translated.

  ts_tool.py unfinished FILE.ts          -> JSON {source: ""} of unfinished entries
  ts_tool.py apply FILE.ts MAP.json      -> fills translations from {source: translation}
  ts_tool.py check FILE.ts               -> exit 1 if any entry is unfinished or empty
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def unfinished(path):
    _, root = load(path)
    out = {}
    for _, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translated_text(message).strip():
            out[message.findtext("source")] = ""
    print(json.dumps(out, ensure_ascii=False, indent=1))


def apply(path, mapping_path):
    with open(mapping_path, encoding="utf-8") as f:
        mapping = json.load(f)
    tree, root = load(path)
    filled = 0
    for _, message in messages(root):
        source = message.findtext("source")
        if source in mapping and mapping[source]:
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                if not forms:
                    forms = [ET.SubElement(translation, "numerusform")]
                for form in forms:  # Chinese has a single plural form
                    form.text = mapping[source]
            else:
                translation.text = mapping[source]
            translation.attrib.pop("type", None)
            filled += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"filled {filled} entries", file=sys.stderr)


def translated_text(message):
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    if forms:
        return "".join(form.text or "" for form in forms)
    return translation.text or ""


def check(path):
    _, root = load(path)
    missing = [(c, m.findtext("source")) for c, m in messages(root)
               if m.find("translation") is None or m.find("translation").get("type") == "unfinished"
               or not translated_text(m).strip()]
    for context, source in missing:
        print(f"unfinished: {context}: {source!r}")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "unfinished":
        unfinished(sys.argv[2])
    elif command == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif command == "check":
        check(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
