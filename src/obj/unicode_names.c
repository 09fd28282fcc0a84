/* unicode_names.c — character names (unicodedata.name / lookup, and the
 * lexer's \N{...}) and numeric values (unicodedata.numeric / digit).
 *
 * Stored names are token sequences over a sorted word list (see
 * tools/gen_unicode_names.py); names that follow from the code point (CJK
 * and other ideographs, Hangul syllables) are computed here. Lookup by name
 * tokenises the query the same way, maps each word to its index by binary
 * search, and compares token sequences: it is meant for occasional use
 * (escapes, unicodedata.lookup), not hot loops.
 */
#include "obj/unicode.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "obj/unicode_names.h"

#define NWORDS (sizeof uni_words / sizeof uni_words[0])
#define NNAMES (sizeof uni_name_table / sizeof uni_name_table[0])
#define NALGO (sizeof uni_algo_ranges / sizeof uni_algo_ranges[0])

/* Hangul syllable names are L + V + T jamo short names (Unicode ch. 3.12). */
static const char *const jamo_l[19] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                       "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
static const char *const jamo_v[21] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                       "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
static const char *const jamo_t[28] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                       "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                       "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
#define HANGUL_BASE 0xAC00
#define HANGUL_COUNT (19 * 21 * 28)

static const char *const separators[4] = {" ", "-", " -", ""};

bool uni_name(uint32_t cp, char *buf, size_t cap) {
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t s = cp - HANGUL_BASE;
        snprintf(buf, cap, "HANGUL SYLLABLE %s%s%s", jamo_l[s / (21 * 28)], jamo_v[(s % (21 * 28)) / 28],
                 jamo_t[s % 28]);
        return true;
    }
    for (size_t i = 0; i < NALGO; i++)
        if (cp >= uni_algo_ranges[i][0] && cp <= uni_algo_ranges[i][1]) {
            snprintf(buf, cap, "%s%04X", uni_algo_prefixes[uni_algo_ranges[i][2]], (unsigned)cp);
            return true;
        }
    size_t lo = 0, hi = NNAMES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_name_table[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= NNAMES || uni_name_table[lo].cp != cp) return false;
    size_t len = 0;
    buf[0] = 0;
    for (size_t k = 0; k < uni_name_table[lo].count; k++) {
        uint16_t t = uni_name_tokens[uni_name_table[lo].first + k];
        const char *sep = k ? separators[t >> 14] : "";
        len += (size_t)snprintf(buf + len, len < cap ? cap - len : 0, "%s%s", sep, uni_words[t & 0x3FFF]);
        if (len >= cap) return false;
    }
    return true;
}

static int find_word(const char *w, size_t n) {
    size_t lo = 0, hi = NWORDS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncmp(uni_words[mid], w, n);
        if (c == 0 && uni_words[mid][n] != 0) c = 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < NWORDS && strncmp(uni_words[lo], w, n) == 0 && uni_words[lo][n] == 0) return (int)lo;
    return -1;
}

bool uni_lookup(const char *name, size_t n, uint32_t *cp) {
    char q[128];
    if (n == 0 || n >= sizeof q) return false;
    for (size_t i = 0; i < n; i++) q[i] = (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 32) : name[i];
    q[n] = 0;
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (strncmp(q, hangul, sizeof hangul - 1) == 0) {
        const char *rest = q + sizeof hangul - 1;
        char tmp[16];
        for (int l = 0; l < 19; l++)
            for (int v = 0; v < 21; v++)
                for (int t = 0; t < 28; t++) {
                    snprintf(tmp, sizeof tmp, "%s%s%s", jamo_l[l], jamo_v[v], jamo_t[t]);
                    if (strcmp(tmp, rest) == 0) {
                        *cp = HANGUL_BASE + (uint32_t)((l * 21 + v) * 28 + t);
                        return true;
                    }
                }
        return false;
    }
    for (size_t p = 0; p < sizeof uni_algo_prefixes / sizeof uni_algo_prefixes[0]; p++) {
        size_t pl = strlen(uni_algo_prefixes[p]);
        if (strncmp(q, uni_algo_prefixes[p], pl) != 0) continue;
        char *end;
        unsigned long v = strtoul(q + pl, &end, 16);
        if (*end || end == q + pl) return false;
        for (size_t i = 0; i < NALGO; i++)
            if (uni_algo_ranges[i][2] == p && v >= uni_algo_ranges[i][0] && v <= uni_algo_ranges[i][1]) {
                *cp = (uint32_t)v;
                return true;
            }
        return false;
    }
    /* tokenise like the generator: (separator)(word) pairs */
    uint16_t toks[64];
    size_t nt = 0, i = 0;
    while (i < n) {
        int sep = 3;
        if (q[i] == ' ' && i + 1 < n && q[i + 1] == '-')
            sep = 2, i += 2;
        else if (q[i] == ' ')
            sep = 0, i++;
        else if (q[i] == '-')
            sep = 1, i++;
        size_t w = i;
        while (i < n && q[i] != ' ' && q[i] != '-') i++;
        if (i + 1 < n && q[i] == '-' && q[i + 1] == ' ') i++; /* "BKA- SHOG": the hyphen ends the word */
        if (i == w || nt == 64) return false;
        int idx = find_word(q + w, i - w);
        if (idx < 0) return false;
        toks[nt] = (uint16_t)((nt ? sep : 0) << 14 | idx);
        nt++;
    }
    for (size_t e = 0; e < NNAMES; e++) {
        if (uni_name_table[e].count != nt) continue;
        const uint16_t *t = uni_name_tokens + uni_name_table[e].first;
        bool same = (t[0] & 0x3FFF) == toks[0];
        for (size_t k = 1; same && k < nt; k++) same = t[k] == toks[k];
        if (same) {
            *cp = uni_name_table[e].cp;
            return true;
        }
    }
    return false;
}

static const UniNumeric *numeric_entry(uint32_t cp) {
    size_t lo = 0, hi = sizeof uni_numeric_table / sizeof uni_numeric_table[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_numeric_table[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof uni_numeric_table / sizeof uni_numeric_table[0] && uni_numeric_table[lo].cp == cp)
        return &uni_numeric_table[lo];
    return NULL;
}

bool uni_numeric_value(uint32_t cp, double *out) {
    const UniNumeric *e = numeric_entry(cp);
    if (!e) return false;
    *out = e->value;
    return true;
}

int uni_digit_value(uint32_t cp) {
    const UniNumeric *e = numeric_entry(cp);
    return e ? e->digit : -1;
}

const char *uni_east_asian_width(uint32_t cp) {
    size_t lo = 0, hi = sizeof uni_eaw_ranges / sizeof uni_eaw_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < uni_eaw_ranges[mid][0])
            hi = mid;
        else if (cp > uni_eaw_ranges[mid][1])
            lo = mid + 1;
        else
            return uni_eaw_names[uni_eaw_ranges[mid][2]];
    }
    return "N";
}

const char *uni_decomposition(uint32_t cp) {
    size_t lo = 0, hi = sizeof uni_decompositions / sizeof uni_decompositions[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_decompositions[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof uni_decompositions / sizeof uni_decompositions[0] && uni_decompositions[lo].cp == cp)
        return uni_decompositions[lo].text;
    return "";
}
