#!/usr/bin/env python3
"""Turn the third-party NER test sets in ../shared/eval/ner into entity gold
(JSON Lines with id, text, entities) that `score entities --recall-only` reads.

  python3 tools/ner_gold_to_entities.py msra ../shared/eval/ner/msra/msra_test_gold.txt > /tmp/msra.jsonl
  python3 tools/ner_gold_to_entities.py bio ../shared/eval/ner/peoples_daily/example.test > /tmp/pd_ner.jsonl

ORG (nt) becomes `org`, LOC (ns) `region`; persons are dropped. For measuring
only: the sets' licences forbid shipping them, so nothing here is kept.
"""
import json
import sys

TYPES = {"nt": "org", "ns": "region", "ORG": "org", "LOC": "region"}


def emit(n, text, ents):
    print(json.dumps({"id": f"s{n:05d}", "text": text, "entities": ents}, ensure_ascii=False))


def msra(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            text, ents = "", []
            for chunk in line.split():
                word, _, tag = chunk.rpartition("/")
                if tag in TYPES:
                    ents.append({"type": TYPES[tag], "text": word, "start": len(text), "end": len(text) + len(word)})
                text += word
            if text:
                emit(n, text, ents)


def bio(path):
    n, text, ents, cur = 0, "", [], None

    def flush():
        nonlocal n, text, ents, cur
        if text:
            emit(n, text, ents)
            n += 1
        text, ents, cur = "", [], None

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                flush()
                continue
            ch, tag = parts[0], parts[-1]
            if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
                cur = {"type": TYPES.get(tag[2:]), "text": ch, "start": len(text), "end": len(text) + 1}
                if cur["type"]:
                    ents.append(cur)
                else:
                    cur = None
            elif tag.startswith("I-") and cur is not None:
                cur["text"] += ch
                cur["end"] += 1
            else:
                cur = None
            text += ch
    flush()


if __name__ == "__main__":
    {"msra": msra, "bio": bio}[sys.argv[1]](sys.argv[2])
