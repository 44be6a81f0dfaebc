"""Writes the second set of labelled confusable pairs (ids E###) for RelativeGroundsSearchIT.

Independent of the matcher: nothing here reads org.ipflow.workers.relativegrounds. The variations
are those an examiner cites when finding word marks aurally or visually similar, chosen among
those the search's normalization does NOT undo (sound-alike vowels and consonants, silent letters,
descriptive words for the goods, prefixes, possessives, short suffixes, diacritics, and two
variations at once). Run once with the fixed seed; the tsv, not this script, is the reference.
"""
import random

rnd = random.Random(4711)
ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "fr",
          "gr", "kr", "pl", "pr", "st", "tr", "sl", "sp", "cr", "bl", "gl", "h", "j", "w"]
VOWELS = ["a", "e", "i", "o", "u", "a", "o", "e", "ee", "oo", "ou", "ea"]
CODAS = ["", "", "", "n", "r", "l", "s", "m", "x", "nt", "rd", "st"]

def word(syllables):
    w = ""
    for i in range(syllables):
        w += rnd.choice(ONSETS) + rnd.choice(VOWELS)
        if i == syllables - 1 or rnd.random() < 0.3:
            w += rnd.choice(CODAS)
    return w.upper()

# Goods and services an examiner finds similar although in different classes (complementary,
# same purpose or same channels), and descriptive words for goods of a class.
RELATED = [(25, 18), (18, 25), (30, 43), (43, 30), (9, 42), (42, 9), (32, 33), (33, 32),
           (3, 44), (44, 3), (5, 10), (12, 37), (28, 41), (16, 41), (29, 30)]
DESCRIPTIVE = {3: ["BEAUTY", "COSMETICS", "SKIN"], 5: ["PHARMA", "MED", "VITAL"],
               9: ["TECH", "DIGITAL", "SOFT"], 12: ["MOTORS", "AUTO", "BIKES"],
               25: ["FASHION", "WEAR", "JEANS"], 30: ["COFFEE", "BAKERY", "TEA"],
               32: ["DRINKS", "BEER", "FRESH"], 33: ["WINES", "SPIRITS", "VINEYARDS"],
               41: ["ACADEMY", "EVENTS", "MEDIA"], 42: ["CLOUD", "DATA", "SOFTWARE"],
               43: ["CAFE", "BISTRO", "KITCHEN"], 44: ["CLINIC", "SPA", "CARE"],
               28: ["TOYS", "GAMES", "SPORT"], 16: ["PRINT", "PAPER", "BOOKS"],
               18: ["BAGS", "LEATHER", "TRAVEL"], 29: ["FOODS", "DAIRY", "FARM"]}
CLASSES = sorted(DESCRIPTIVE)

def sub_once(w, pairs):
    options = [(a, b) for a, b in pairs if a in w]
    if not options:
        return None
    a, b = rnd.choice(options)
    i = rnd.choice([k for k in range(len(w)) if w.startswith(a, k)])
    return w[:i] + b + w[i + len(a):]

VOWEL_SOUND = [("EE", "I"), ("EA", "EE"), ("OO", "U"), ("OU", "OW"), ("I", "EE"), ("U", "OO"),
               ("ER", "UR"), ("AR", "AH"), ("OR", "AW")]
CONSONANT_SOUND = [("S", "Z"), ("Z", "S"), ("V", "W"), ("W", "V"), ("X", "KS"), ("T", "D"),
                   ("D", "T"), ("G", "J"), ("J", "G"), ("B", "P"), ("P", "B"), ("M", "N")]

def silent(w):
    if w.endswith("E"):
        return w[:-1]
    if rnd.random() < 0.5 and w[-1] not in "AEIOU":
        return w + "E"
    i = rnd.choice([k for k in range(1, len(w)) if w[k - 1] in "TGRW"] or [1])
    return w[:i] + "H" + w[i:]

DIACRITICS = {"A": "Ä", "O": "Ö", "U": "Ü", "E": "É"}

def variation(kind, w, cls):
    if kind == "SOUND_ALIKE_VOWEL":
        return sub_once(w, VOWEL_SOUND)
    if kind == "SOUND_ALIKE_CONSONANT":
        return sub_once(w, CONSONANT_SOUND)
    if kind == "SILENT_LETTER":
        return silent(w)
    if kind == "DESCRIPTIVE_WORD_ADDED":
        d = rnd.choice(DESCRIPTIVE[cls])
        return w + " " + d if rnd.random() < 0.7 else d + " " + w
    if kind == "PREFIX_ADDED":
        return rnd.choice(["MY ", "E-", "I", "GO ", "MR "]) + w
    if kind == "POSSESSIVE":
        return w + rnd.choice(["'S", "S'"])
    if kind == "SHORT_SUFFIX":
        return w + rnd.choice(["IA", "O", "A", "EX", "ITO", "INO"])
    if kind == "DIACRITIC":
        vowels = [k for k in range(len(w)) if w[k] in DIACRITICS]
        if not vowels:
            return None
        k = rnd.choice(vowels)
        return w[:k] + DIACRITICS[w[k]] + w[k + 1:]
    if kind == "TWO_VARIATIONS":
        first = variation(rnd.choice(["SOUND_ALIKE_VOWEL", "SOUND_ALIKE_CONSONANT"]), w, cls)
        return first and variation(rnd.choice(["SILENT_LETTER", "DESCRIPTIVE_WORD_ADDED"]), first, cls)
    raise ValueError(kind)

KINDS = {"SOUND_ALIKE_VOWEL": 25, "SOUND_ALIKE_CONSONANT": 25, "SILENT_LETTER": 20,
         "DESCRIPTIVE_WORD_ADDED": 25, "PREFIX_ADDED": 15, "POSSESSIVE": 10, "SHORT_SUFFIX": 15,
         "DIACRITIC": 10, "TWO_VARIATIONS": 20}

rows, used, n = [], set(), 0
for kind, count in KINDS.items():
    made = 0
    while made < count:
        base = word(rnd.choice([2, 3, 3]))
        later_cls = rnd.choice(CLASSES)
        if rnd.random() < 0.25:
            pairs = [p for p in RELATED if p[1] == later_cls]
            if not pairs:
                continue
            earlier_cls, relation = [pairs[0][0]], "RELATED"
        else:
            extra = rnd.sample([c for c in CLASSES if c != later_cls], rnd.choice([0, 0, 1]))
            earlier_cls, relation = sorted([later_cls] + extra), "SAME"
        later = variation(kind, base, later_cls)
        if not later or later == base or base in used or later in used:
            continue
        used.update([base, later])
        n += 1
        made += 1
        rows.append(f"E{n:03d}\t{kind}\t{base}\t{','.join(map(str, earlier_cls))}\t{later}\t{later_cls}\t{relation}")
print("\n".join(rows))
