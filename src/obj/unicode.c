/* unicode.c — Python's per-code-point predicates and case mappings.
 * General categories, bidi classes and 1:1 case mappings come from
 * libutf8proc; the properties it lacks (Lowercase/Uppercase, numeric type,
 * XID, case-ignorable, multi-code-point SpecialCasing) are range tables
 * generated into unicode_data.h, searched by binary search.
 */
#include "obj/unicode.h"
#include <utf8proc.h>
#include "obj/unicode_data.h"

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid][0])
            hi = mid;
        else if (cp > r[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
#define IN(table, cp) in_ranges(table, sizeof(table) / sizeof(table[0]), cp)

/* General category as CPython 3.11's database has it: utf8proc's, except
 * for code points assigned by later Unicode versions. */
static utf8proc_category_t cat(uint32_t cp) {
    if (cp > 0x10FFFF || IN(uni_newer_than_db, cp)) return UTF8PROC_CATEGORY_CN;
    return utf8proc_category((utf8proc_int32_t)cp);
}

bool uni_isalpha(uint32_t cp) {
    if (cp < 128) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    switch (cat(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return true;
    default: return false;
    }
}
bool uni_isdecimal(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return cat(cp) == UTF8PROC_CATEGORY_ND;
}
bool uni_isdigit(uint32_t cp) { return uni_isdecimal(cp) || (cp >= 128 && IN(uni_digit_extra, cp)); }
bool uni_isnumeric(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    utf8proc_category_t c = cat(cp);
    if (c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO) return true;
    return IN(uni_numeric_extra, cp);
}
bool uni_isalnum(uint32_t cp) { return uni_isalpha(cp) || uni_isnumeric(cp); }
bool uni_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    if (cp > 0x10FFFF) return false;
    if (cat(cp) == UTF8PROC_CATEGORY_ZS) return true;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    return p->bidi_class == UTF8PROC_BIDI_CLASS_WS || p->bidi_class == UTF8PROC_BIDI_CLASS_B ||
           p->bidi_class == UTF8PROC_BIDI_CLASS_S;
}
bool uni_islinebreak(uint32_t cp) {
    switch (cp) {
    case '\n':
    case '\r':
    case 0x0B:
    case 0x0C:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x85:
    case 0x2028:
    case 0x2029: return true;
    default: return false;
    }
}
/* Printability of the BMP, computed on first use (8 KB): repr() asks for
 * every non-ASCII character it writes. */
static uint8_t bmp_printable[65536 / 8];
static bool bmp_printable_ready;
static bool printable_slow(uint32_t cp);

bool uni_isprintable(uint32_t cp) {
    if (cp < 128) return cp >= 32 && cp < 127;
    if (cp < 65536) {
        if (!bmp_printable_ready) {
            for (uint32_t c = 0; c < 65536; c++)
                if (printable_slow(c)) bmp_printable[c >> 3] |= (uint8_t)(1u << (c & 7));
            bmp_printable_ready = true;
        }
        return (bmp_printable[cp >> 3] >> (cp & 7)) & 1;
    }
    return printable_slow(cp);
}

static bool printable_slow(uint32_t cp) {
    if (cp < 128) return cp >= 32 && cp < 127;
    switch (cat(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS: return false;
    default: return true;
    }
}
bool uni_islower(uint32_t cp) {
    if (cp < 128) return cp >= 'a' && cp <= 'z';
    return IN(uni_lowercase, cp);
}
bool uni_isupper(uint32_t cp) {
    if (cp < 128) return cp >= 'A' && cp <= 'Z';
    return IN(uni_uppercase, cp);
}
bool uni_istitle(uint32_t cp) { return cp >= 128 && cat(cp) == UTF8PROC_CATEGORY_LT; }
bool uni_iscased(uint32_t cp) { return uni_islower(cp) || uni_isupper(cp) || uni_istitle(cp); }
bool uni_iscase_ignorable(uint32_t cp) { return IN(uni_case_ignorable, cp); }
bool uni_isxid_start(uint32_t cp) {
    if (cp < 128) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    return IN(uni_xid_start, cp);
}
bool uni_isxid_continue(uint32_t cp) {
    if (cp < 128) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
    return IN(uni_xid_continue, cp);
}

int uni_decimal_value(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (!uni_isdecimal(cp)) return -1;
    size_t n = sizeof uni_decimal_zeros / sizeof uni_decimal_zeros[0];
    /* The last zero at or below cp starts cp's run of ten digits. */
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_decimal_zeros[mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t d = cp - uni_decimal_zeros[lo - 1];
    return d < 10 ? (int)d : -1;
}

static int special(uint32_t cp, char kind, uint32_t out[3]) {
    size_t n = sizeof uni_special_case / sizeof uni_special_case[0];
    size_t lo = 0, hi = n;
    while (lo < hi) { /* sorted by cp; entries of one cp are adjacent */
        size_t mid = (lo + hi) / 2;
        if (uni_special_case[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < n && uni_special_case[i].cp == cp; i++) {
        if (uni_special_case[i].kind != kind) continue;
        int k = 0;
        while (k < 3 && uni_special_case[i].to[k]) out[k] = uni_special_case[i].to[k], k++;
        return k;
    }
    return 0;
}

int uni_toupper_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    int k = special(cp, 'U', out);
    if (k) return k;
    out[0] = IN(uni_newer_than_db, cp) ? cp : (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
    return 1;
}
int uni_tolower_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    int k = special(cp, 'L', out);
    if (k) return k;
    out[0] = IN(uni_newer_than_db, cp) ? cp : (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    return 1;
}
int uni_totitle_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    int k = special(cp, 'T', out);
    if (k) return k;
    out[0] = IN(uni_newer_than_db, cp) ? cp : (uint32_t)utf8proc_totitle((utf8proc_int32_t)cp);
    return 1;
}
int uni_casefold_full(uint32_t cp, uint32_t out[3]) {
    if (cp < 128 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000) || IN(uni_newer_than_db, cp))
        return uni_tolower_full(cp, out);
    utf8proc_int32_t buf[4];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 4, UTF8PROC_CASEFOLD, &last);
    if (n < 1 || n > 3) return uni_tolower_full(cp, out);
    for (int i = 0; i < n; i++) out[i] = (uint32_t)buf[i];
    return (int)n;
}

const char *uni_category_name(uint32_t cp) {
    static const char *const names[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd",
                                        "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm",
                                        "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"};
    utf8proc_category_t c = cat(cp);
    return (size_t)c < sizeof names / sizeof names[0] ? names[c] : "Cn";
}

const char *uni_bidi_name(uint32_t cp) {
    static const char *const names[] = {"",    "L",  "LRE", "LRO", "R",   "AL",  "RLE", "RLO",
                                        "PDF", "EN", "ES",  "ET",  "AN",  "CS",  "NSM", "BN",
                                        "B",   "S",  "WS",  "ON",  "LRI", "RLI", "FSI", "PDI"};
    if (cat(cp) == UTF8PROC_CATEGORY_CN && !(cp >= 0xD800 && cp < 0xE000)) {
        /* unassigned code points have default classes in CPython's database only for some blocks */
        const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
        if (IN(uni_newer_than_db, cp) || p->bidi_class == 0) return "";
        return names[p->bidi_class];
    }
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    return (size_t)p->bidi_class < sizeof names / sizeof names[0] ? names[p->bidi_class] : "";
}

int uni_combining_class(uint32_t cp) {
    if (cp > 0x10FFFF || IN(uni_newer_than_db, cp)) return 0;
    return utf8proc_get_property((utf8proc_int32_t)cp)->combining_class;
}

int uni_mirrored(uint32_t cp) {
    if (cp > 0x10FFFF || IN(uni_newer_than_db, cp)) return 0;
    return utf8proc_get_property((utf8proc_int32_t)cp)->bidi_mirrored;
}
