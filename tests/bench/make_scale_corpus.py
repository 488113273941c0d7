#!/usr/bin/env python3
"""Builds a large JSON Lines corpus of raw article records for the scaling benchmark.

    python3 tests/bench/make_scale_corpus.py SIZE_MB OUT.jsonl [SOURCE.txt]

SOURCE is the 20 MB benchmark text (/tmp/bench20.txt by default, from
../shared/bench/make_bench_corpus.py), one paragraph per line. Every 20
paragraphs make one article; the source is replayed until OUT reaches SIZE_MB
(10^6 bytes). Each replay gives its articles new ids (r<replay>-<n>) and a
different date and outlet, so ids never repeat and the report's timeline and
outlet counts grow with the corpus as a real archive's would, while the
vocabulary stays that of the source (its keywords, regions and orgs).
"""
import json
import sys


def articles(paragraphs, per_article=20):
    for start in range(0, len(paragraphs), per_article):
        yield paragraphs[start:start + per_article]


def main():
    size_mb, out = int(sys.argv[1]), sys.argv[2]
    source = sys.argv[3] if len(sys.argv) > 3 else '/tmp/bench20.txt'
    with open(source, encoding='utf-8') as f:
        paragraphs = [line.strip() for line in f if line.strip()]
    limit = size_mb * 1_000_000
    written = 0
    replay = 0
    with open(out, 'w', encoding='utf-8') as f:
        while written < limit:
            # A replay is one day of an archive that runs from 2005 on.
            year, day = 2005 + replay // 360, replay % 360
            date = f'{year:04d}-{day // 30 + 1:02d}-{day % 30 + 1:02d}'
            for n, body in enumerate(articles(paragraphs)):
                record = {'id': f'r{replay}-{n}', 'date': date,
                          'source': f'outlet{replay % 50}', 'title': body[0][:30],
                          'text': '\n'.join(body)}
                line = json.dumps(record, ensure_ascii=False) + '\n'
                f.write(line)
                written += len(line.encode('utf-8'))
                if written >= limit:
                    break
            replay += 1


if __name__ == '__main__':
    main()
