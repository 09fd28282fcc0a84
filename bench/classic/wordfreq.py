# wordfreq.py — dict- and str-heavy text processing: generate a text of
# 900 000 words from a vocabulary (an inline LCG picks words, capitals and
# punctuation), then split it into lines and words, normalise case and strip
# punctuation, count word and bigram frequencies in dicts, and report the
# most frequent ones (ties broken alphabetically).
# Usage: wordfreq.py [--iterations N]
import sys
import time

WORDS = 900_000
VOCABULARY = (
    "the of and to in is was he for it with as his on be at by had are but from or have an they which "
    "one you were her all she there would their we him been has when who will more no if out so said what "
    "up its about into than them can only other new some could time these two may then do first any my now "
    "such like our over man me even most made after also did many before must through back years where much "
    "your way well down should because each just those people how too little state good very make world still "
    "own see men work long get here between both life being under never day same another know while last might "
    "lion tiger leones tracing compiler trace guard bridge loop frame generator iterator"
).split()
PUNCTUATION = ",.;:!?"


def make_text():
    state = 2024
    lines = []
    line = []
    for i in range(WORDS):
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        word = VOCABULARY[(state >> 33) % len(VOCABULARY)]
        if (state >> 20) % 11 == 0:
            word = word.capitalize()
        if (state >> 12) % 9 == 0:
            word += PUNCTUATION[(state >> 40) % len(PUNCTUATION)]
        line.append(word)
        if len(line) >= 12 and (state >> 8) % 4 == 0:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def frequencies(text):
    words = {}
    bigrams = {}
    previous = None
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(PUNCTUATION).lower()
            if not word:
                continue
            words[word] = words.get(word, 0) + 1
            if previous is not None:
                key = previous + " " + word
                bigrams[key] = bigrams.get(key, 0) + 1
            previous = word
    return words, bigrams


def top(counts, n):
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def bench():
    text = make_text()
    words, bigrams = frequencies(text)
    top_words = top(words, 5)
    top_bigrams = top(bigrams, 3)
    return "%d words, %d distinct, %d bigrams; %s; %s" % (
        sum(words.values()),
        len(words),
        len(bigrams),
        " ".join("%s=%d" % pair for pair in top_words),
        " ".join("%s=%d" % pair for pair in top_bigrams),
    )


EXPECTED = "900000 words, 142 distinct, 20164 bigrams; on=6547 while=6511 he=6503 these=6495 another=6494; he some=73 here for=73 we are=72"


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        iterations = int(args[args.index("--iterations") + 1])
    elapsed = 0.0
    result = None
    for _ in range(iterations):
        start = time.perf_counter()
        result = bench()
        lap = time.perf_counter() - start
        elapsed += lap
        print("iter:", lap)
    print("time:", elapsed)
    print("result:", result)
    if result != EXPECTED:
        print("wrong result, expected", EXPECTED)
        sys.exit(1)


main()
