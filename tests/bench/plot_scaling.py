#!/usr/bin/env python3
"""Draws scaling.sh's CSV as an SVG: MB per CPU second and peak RSS of every step by corpus size.

    python3 tests/bench/plot_scaling.py scaling.csv scaling.svg

Two panels side by side, corpus size on a log axis, one line per step. Where a
size was measured more than once, the last row counts. No plotting library:
the SVG is written by hand so the chart builds on any machine with python3.
"""
import csv
import math
import sys

COLOURS = {'ingest': '#1f77b4', 'tag': '#d62728', 'report': '#2ca02c', 'state': '#9467bd', 'merge': '#ff7f0e'}
W, H, PAD_L, PAD_R, PAD_T, PAD_B = 360, 260, 56, 16, 34, 44


def load(path):
    last = {}
    for row in csv.DictReader(open(path, encoding='utf-8')):
        # CPU MB/s: on a shared machine the wall clock mostly measures the queue.
        row['cpu_mb_per_s'] = int(row['size_mb']) / max(float(row['cpu_s']), 0.01)
        last[(row['step'], int(row['size_mb']))] = row
    steps = [s for s in COLOURS if any(k[0] == s for k in last)]
    sizes = sorted({k[1] for k in last})
    return last, steps, sizes


def nice_max(v):
    if v <= 0:
        return 1
    e = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * e:
            return m * e
    return 10 * e


def panel(out, x0, title, field, unit, last, steps, sizes):
    lo, hi = math.log10(min(sizes)), math.log10(max(sizes))
    span = (hi - lo) or 1
    ymax = nice_max(max(float(last[(s, z)][field]) for s in steps for z in sizes if (s, z) in last))
    px = lambda z: x0 + PAD_L + (math.log10(z) - lo) / span * (W - PAD_L - PAD_R) if hi > lo else x0 + W / 2
    py = lambda v: PAD_T + (1 - v / ymax) * (H - PAD_T - PAD_B)
    out.append(f'<text x="{x0 + W / 2}" y="18" text-anchor="middle" font-weight="bold">{title}</text>')
    for i in range(6):
        v = ymax * i / 5
        out.append(f'<line x1="{x0 + PAD_L}" x2="{x0 + W - PAD_R}" y1="{py(v):.1f}" y2="{py(v):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{x0 + PAD_L - 4}" y="{py(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    for z in sizes:
        label = f'{z / 1000:g} GB' if z >= 1000 else f'{z} MB'
        out.append(f'<text x="{px(z):.1f}" y="{H - PAD_B + 16}" text-anchor="middle">{label}</text>')
    out.append(f'<text x="{x0 + W / 2}" y="{H - 8}" text-anchor="middle">corpus size (log scale)</text>')
    out.append(f'<text transform="translate({x0 + 14},{H / 2}) rotate(-90)" text-anchor="middle">{unit}</text>')
    for s in steps:
        pts = [(px(z), py(float(last[(s, z)][field]))) for z in sizes if (s, z) in last]
        path = ' '.join(f'{x:.1f},{y:.1f}' for x, y in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS[s]}" stroke-width="2"/>')
        for x, y in pts:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{COLOURS[s]}"/>')


def main():
    last, steps, sizes = load(sys.argv[1])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W}" height="{H + 24}" '
           f'font-family="sans-serif" font-size="11">', '<rect width="100%" height="100%" fill="white"/>']
    panel(out, 0, 'Throughput by corpus size', 'cpu_mb_per_s', 'corpus MB per CPU second', last, steps, sizes)
    panel(out, W, 'Peak RSS by corpus size', 'peak_rss_mib', 'peak RSS (MiB)', last, steps, sizes)
    for i, s in enumerate(steps):
        x = 60 + i * 130
        out.append(f'<rect x="{x}" y="{H + 8}" width="12" height="12" fill="{COLOURS[s]}"/>')
        out.append(f'<text x="{x + 16}" y="{H + 18}">{s}</text>')
    out.append('</svg>')
    open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
