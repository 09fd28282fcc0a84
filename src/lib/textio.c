/* textio.c — minimal file objects: sys.stdin/stdout/stderr and open().
 *
 * One C structure (FileObj, textio.h) over a raw file descriptor with a
 * write buffer and a read buffer of our own; four Python types share it so
 * that type names and reprs match CPython's io classes (_io.TextIOWrapper,
 * _io.BufferedReader/Writer/Random). Text mode is UTF-8 with universal
 * newlines on read ('\r\n' and '\r' read as '\n') and '\n' written as is.
 * Buffering: terminals are line-buffered, other files fully buffered, -u
 * makes stdout/stderr write-through. The finalizer flushes and closes files
 * the program forgot, as CPython's refcounting would.
 */
#include "runtime.h"
#include "textio.h"
#include "sys.h"
#include "obj/codecs.h"
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

Type TextIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType;
Type *Exc_UnsupportedOperation;

#define FILEOBJ(v) ((FileObj *)v_ptr(v))
#define WBUF_SIZE 8192
#define RBUF_SIZE 8192

static int file_flush_buf(FileObj *f);

/* Open files, not as roots (a file nobody references is still collected and
 * finalized); only so that exit can flush what is still buffered. */
static FileObj **open_files;
static size_t nopen, capopen;

static void open_files_add(FileObj *f) {
    if (nopen == capopen) {
        size_t nc = capopen ? capopen * 2 : 16;
        FileObj **n = realloc(open_files, nc * sizeof *n);
        if (!n) return;
        open_files = n;
        capopen = nc;
    }
    open_files[nopen++] = f;
}

static void open_files_remove(FileObj *f) {
    for (size_t i = 0; i < nopen; i++)
        if (open_files[i] == f) {
            open_files[i] = open_files[--nopen];
            return;
        }
}

void textio_flush_all(void) {
    Value saved = err_fetch();
    for (size_t i = 0; i < nopen; i++)
        if (!open_files[i]->closed && file_flush_buf(open_files[i]) < 0) err_clear();
    if (saved != VNULL) err_restore(saved);
}

static void file_trace(Object *o) {
    FileObj *f = (FileObj *)o;
    gc_mark(f->name);
    gc_mark(f->mode);
    gc_mark(f->buffer);
    gc_mark(f->owner);
    gc_mark(f->encoding);
    gc_mark(f->errors_name);
    gc_mark(f->enc_name);
}

/* ------------------------------------------------------------------ */
/* low level */

static int raw_write_all(FileObj *f, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(f->fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            err_from_errno(Exc_OSError, NULL);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int file_flush_buf(FileObj *f) {
    if (f->io->wlen == 0) return 0;
    size_t n = f->io->wlen;
    f->io->wlen = 0;
    return raw_write_all(f, f->io->wbuf, n);
}

static int check_open(FileObj *f) {
    if (f->closed) {
        err_set_str(Exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int check_writable(FileObj *f) {
    if (check_open(f) < 0) return -1;
    if (!f->writable) {
        err_set_str(Exc_UnsupportedOperation, "not writable");
        return -1;
    }
    return 0;
}

static int check_readable(FileObj *f) {
    if (check_open(f) < 0) return -1;
    if (!f->readable) {
        err_set_str(Exc_UnsupportedOperation, "not readable");
        return -1;
    }
    return 0;
}

static int buf_write(FileObj *f, const char *p, size_t n) {
    if (f->unbuffered) {
        if (file_flush_buf(f) < 0) return -1;
        return raw_write_all(f, p, n);
    }
    if (!f->io->wbuf) {
        f->io->wcap = WBUF_SIZE;
        f->io->wbuf = malloc(f->io->wcap);
        if (!f->io->wbuf) {
            err_no_memory();
            return -1;
        }
    }
    if (f->io->wlen + n > f->io->wcap) {
        if (file_flush_buf(f) < 0) return -1;
        if (n >= f->io->wcap) return raw_write_all(f, p, n);
    }
    memcpy(f->io->wbuf + f->io->wlen, p, n);
    f->io->wlen += n;
    if (f->line_buffered && memchr(p, '\n', n)) return file_flush_buf(f);
    return 0;
}

/* Before reading or seeking, pending writes go out (files opened '+'). */
static int read_prepare(FileObj *f) { return file_flush_buf(f); }

/* Refill the read buffer; returns bytes added (0 at EOF) or -1. */
static ssize_t fill(FileObj *f) {
    if (f->io->rpos > 0 && f->io->rpos == f->io->rlen) f->io->rpos = f->io->rlen = 0;
    if (!f->io->rbuf) {
        f->io->rcap = RBUF_SIZE;
        f->io->rbuf = malloc(f->io->rcap);
        if (!f->io->rbuf) {
            err_no_memory();
            return -1;
        }
    }
    if (f->io->rlen == f->io->rcap) {
        if (f->io->rpos > 0) {
            memmove(f->io->rbuf, f->io->rbuf + f->io->rpos, f->io->rlen - f->io->rpos);
            f->io->rlen -= f->io->rpos;
            f->io->rpos = 0;
        } else {
            char *nb = realloc(f->io->rbuf, f->io->rcap * 2);
            if (!nb) {
                err_no_memory();
                return -1;
            }
            f->io->rbuf = nb;
            f->io->rcap *= 2;
        }
    }
    for (;;) {
        if (vm.signal_pending) {
            vm.signal_pending = 0;
            err_set(v_fromptr(Exc_KeyboardInterrupt));
            return -1;
        }
        ssize_t r = read(f->fd, f->io->rbuf + f->io->rlen, f->io->rcap - f->io->rlen);
        if (r < 0) {
            if (errno == EINTR) continue;
            err_from_errno(Exc_OSError, NULL);
            return -1;
        }
        f->io->rlen += (size_t)r;
        return r;
    }
}

static size_t utf8_seq_len(const unsigned char *q, size_t i, size_t n);

/* UnicodeDecodeError('utf-8', data, start, end, reason) for the first
 * malformed sequence of p[0..n), with CPython's reasons. */
static Value utf8_error(const char *p, size_t n) {
    const unsigned char *q = (const unsigned char *)p;
    size_t i = 0;
    while (i < n) {
        size_t k = utf8_seq_len(q, i, n);
        if (k) {
            i += k;
            continue;
        }
        unsigned char c = q[i];
        size_t need = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
        const char *reason = "invalid start byte";
        size_t end = i + 1;
        if (need && c >= 0xC2 && c <= 0xF4) {
            size_t j = 1;
            while (j <= need && i + j < n && (q[i + j] & 0xC0) == 0x80) j++;
            if (i + j >= n && j <= need) {
                reason = "unexpected end of data";
                end = n;
            } else {
                reason = "invalid continuation byte";
                end = i + (j > 1 ? j : 1);
            }
        }
        Value args[5] = {str_from_cstr("utf-8"), bytes_new(p, n), int_from_u64(i), int_from_u64(end),
                         str_from_cstr(reason)};
        Value e = exc_new(Exc_UnicodeDecodeError, args, 5);
        if (e == VERR) return VERR;
        return err_set(e);
    }
    return err_set_str(Exc_ValueError, "invalid utf-8 data");
}

/* Length of the valid UTF-8 sequence at q[i] (q[0..n)), 0 if malformed. */
static size_t utf8_seq_len(const unsigned char *q, size_t i, size_t n) {
    unsigned char c = q[i];
    if (c < 0x80) return 1;
    size_t need = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 9;
    if (need == 9 || c < 0xC2 || c > 0xF4) return 0;
    for (size_t k = 1; k <= need; k++)
        if (i + k >= n || (q[i + k] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && q[i + 1] < 0xA0) return 0;  /* overlong */
    if (c == 0xED && q[i + 1] >= 0xA0) return 0; /* surrogates */
    if (c == 0xF0 && q[i + 1] < 0x90) return 0;
    if (c == 0xF4 && q[i + 1] >= 0x90) return 0;
    return need + 1;
}

/* The str for decoded text `s` (its bytes are the file's, maybe not valid
 * UTF-8): as is when valid, else per the file's `errors` setting. */
static Value finish_text(FileObj *f, Value s) {
    size_t ncp;
    if (utf8_valid(str_cstr(s), str_nbytes(s), &ncp)) return s;
    if (f->errors == 0) return utf8_error(str_cstr(s), str_nbytes(s));
    const unsigned char *q = (const unsigned char *)str_cstr(s);
    size_t n = str_nbytes(s);
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n;) {
        size_t k = utf8_seq_len(q, i, n);
        if (k) {
            sb_put(&b, (const char *)q + i, k);
            i += k;
        } else {
            if (f->errors == 1) sb_put_codepoint(&b, 0xFFFD);
            i++;
        }
    }
    return sb_finish(&b);
}

/* The str for the raw text bytes in `b` (consumed): the file's codec, or UTF-8. */
static Value text_from_bytes(FileObj *f, StrBuf *b) {
    if (f->encoding != VNULL) {
        Value r = codec_decode((const uint8_t *)b->buf, b->len, f->encoding, f->errors_name);
        sb_free(b);
        return r;
    }
    return finish_text(f, sb_finish(b));
}

/* Write str `s` to a text file in its encoding. */
static int buf_write(FileObj *f, const char *p, size_t n);
static int text_write(FileObj *f, Value s) {
    if (f->encoding != VNULL) {
        Value bts = codec_encode(s, f->encoding, f->errors_name);
        if (bts == VERR) return -1;
        return buf_write(f, (const char *)BYTES(bts)->data, BYTES(bts)->len);
    }
    return buf_write(f, str_cstr(s), str_nbytes(s));
}

/* Decode raw bytes to str for text mode, translating newlines unless the
 * file was opened with newline='' or '\n'. */
static Value decode_text(FileObj *f, const char *p, size_t n) {
    StrBuf b;
    sb_init(&b);
    if (f->no_translate) {
        sb_put(&b, p, n);
    } else {
        for (size_t i = 0; i < n; i++) {
            char c = p[i];
            if (c == '\r') {
                sb_putc(&b, '\n');
                if (i + 1 < n && p[i + 1] == '\n') i++;
            } else {
                sb_putc(&b, c);
            }
        }
    }
    return text_from_bytes(f, &b);
}

/* Bytes of one line (up to and including '\n', or '\r' / '\r\n' in text mode);
 * sets *start and *len into the read buffer after making sure it is buffered. */
static int read_line_raw(FileObj *f, size_t *start, size_t *len, int64_t limit) {
    size_t scanned = 0;
    for (;;) {
        char *base = f->io->rbuf ? f->io->rbuf + f->io->rpos : NULL;
        size_t avail = f->io->rlen - f->io->rpos;
        for (size_t i = scanned; i < avail; i++) {
            char c = base[i];
            if (c == '\n' || (c == '\r' && !f->binary && !f->lf_only)) {
                if (c == '\r') {
                    if (i + 1 == avail && !f->io->eof) {
                        scanned = i;
                        goto more;
                    }
                    if (i + 1 < avail && base[i + 1] == '\n') i++;
                }
                *start = f->io->rpos;
                *len = i + 1;
                return 0;
            }
            if (limit >= 0 && (int64_t)(i + 1) >= limit) {
                *start = f->io->rpos;
                *len = i + 1;
                return 0;
            }
        }
        scanned = avail;
    more:
        if (f->io->eof) {
            *start = f->io->rpos;
            *len = f->io->rlen - f->io->rpos;
            return 0;
        }
        ssize_t r = fill(f);
        if (r < 0) return -1;
        if (r == 0) f->io->eof = true;
    }
}

static Value readline_impl(FileObj *f, int64_t limit) {
    if (check_readable(f) < 0 || read_prepare(f) < 0) return VERR;
    size_t start, len;
    f->io->eof = false;
    if (read_line_raw(f, &start, &len, limit) < 0) return VERR;
    const char *p = f->io->rbuf ? f->io->rbuf + start : "";
    f->io->rpos = start + len;
    if (f->binary) return bytes_new(p, len);
    return decode_text(f, p, len);
}

/* Read everything left (n < 0) or n bytes (binary) / n characters (text). */
static Value read_impl(FileObj *f, int64_t n) {
    if (check_readable(f) < 0 || read_prepare(f) < 0) return VERR;
    if (n < 0) {
        for (;;) {
            ssize_t r = fill(f);
            if (r < 0) return VERR;
            if (r == 0) break;
        }
        const char *p = f->io->rbuf ? f->io->rbuf + f->io->rpos : "";
        size_t len = f->io->rlen - f->io->rpos;
        f->io->rpos = f->io->rlen;
        if (f->binary) return bytes_new(p, len);
        return decode_text(f, p, len);
    }
    if (f->binary) {
        while ((int64_t)(f->io->rlen - f->io->rpos) < n) {
            ssize_t r = fill(f);
            if (r < 0) return VERR;
            if (r == 0) break;
        }
        size_t avail = f->io->rlen - f->io->rpos;
        size_t take = (int64_t)avail < n ? avail : (size_t)n;
        Value b = bytes_new(f->io->rbuf ? f->io->rbuf + f->io->rpos : "", take);
        f->io->rpos += take;
        return b;
    }
    /* text: n code points, newlines translated */
    StrBuf b;
    sb_init(&b);
    int64_t got = 0;
    while (got < n) {
        if (f->io->rpos == f->io->rlen) {
            ssize_t r = fill(f);
            if (r < 0) {
                sb_free(&b);
                return VERR;
            }
            if (r == 0) break;
        }
        unsigned char c = (unsigned char)f->io->rbuf[f->io->rpos];
        /* one character: a UTF-8 sequence, or one byte in the single-byte codecs */
        size_t need = f->encoding != VNULL ? 1 : c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        while (f->io->rlen - f->io->rpos < need) {
            ssize_t r = fill(f);
            if (r < 0) {
                sb_free(&b);
                return VERR;
            }
            if (r == 0) break;
        }
        if (f->io->rlen - f->io->rpos < need) need = f->io->rlen - f->io->rpos;
        if (c == '\r' && !f->no_translate) {
            f->io->rpos++;
            if (f->io->rpos == f->io->rlen && fill(f) < 0) {
                sb_free(&b);
                return VERR;
            }
            if (f->io->rpos < f->io->rlen && f->io->rbuf[f->io->rpos] == '\n') f->io->rpos++;
            sb_putc(&b, '\n');
        } else {
            sb_put(&b, f->io->rbuf + f->io->rpos, need);
            f->io->rpos += need;
        }
        got++;
    }
    return text_from_bytes(f, &b);
}

static void io_release(FileObj *f) {
    IOBuf *io = f->io;
    if (!io) return;
    f->io = NULL;
    if (--io->users > 0) return;
    free(io->wbuf);
    free(io->rbuf);
    free(io);
}

/* Mark closed (a text file and its binary view close together). */
static void mark_closed(FileObj *f) {
    f->closed = true;
    open_files_remove(f);
    io_release(f);
}

static int close_impl(FileObj *f) {
    if (f->closed) return 0;
    int r = file_flush_buf(f);
    if (f->closefd && f->fd >= 0) close(f->fd);
    FileObj *other = f->buffer != VNULL ? FILEOBJ(f->buffer) : f->owner != VNULL ? FILEOBJ(f->owner) : NULL;
    mark_closed(f);
    if (other && !other->closed) mark_closed(other);
    return r;
}

static void file_finalize(Object *o) {
    FileObj *f = (FileObj *)o;
    if (!f->closed) {
        if (f->io && file_flush_buf(f) < 0) err_clear();
        f->closed = true;
        if (f->closefd && f->fd >= 0 && f->owner == VNULL) close(f->fd);
    }
    open_files_remove(f);
    io_release(f);
}

/* ------------------------------------------------------------------ */
/* public helpers */

Value fileobj_from_fd(int fd, const char *mode, Value name, bool closefd) {
    bool binary = strchr(mode, 'b') != NULL;
    bool plus = strchr(mode, '+') != NULL;
    bool reading = strchr(mode, 'r') != NULL;
    Type *t = !binary   ? &TextIOType
              : plus    ? &BufferedRandomType
              : reading ? &BufferedReaderType
                        : &BufferedWriterType;
    FileObj *f = gc_alloc(t, sizeof(FileObj));
    f->fd = fd;
    f->binary = binary;
    f->readable = reading || plus;
    f->writable = !reading || plus;
    f->append = strchr(mode, 'a') != NULL;
    f->closefd = closefd;
    f->name = name;
    f->mode = str_from_cstr(mode);
    f->line_buffered = isatty(fd) == 1;
    f->io = calloc(1, sizeof(IOBuf));
    if (!f->io) return err_no_memory();
    f->io->users = 1;
    open_files_add(f);
    return v_fromptr(f);
}

int file_write_value(Value file, Value s) {
    if (fileobj_check(file)) {
        FileObj *f = FILEOBJ(file);
        if (check_writable(f) < 0) return -1;
        if (f->binary) {
            const uint8_t *data;
            size_t len;
            if (obj_get_buffer(s, &data, &len) < 0) return -1;
            return buf_write(f, (const char *)data, len);
        }
        if (!str_check(s)) {
            err_format(Exc_TypeError, "write() argument must be str, not %s", obj_typename(s));
            return -1;
        }
        return text_write(f, s);
    }
    Value r = obj_callmethod(file, "write", &s, 1);
    return r == VERR ? -1 : 0;
}

int file_write_cstr(Value file, const char *s) {
    if (fileobj_check(file) && !FILEOBJ(file)->binary) {
        FileObj *f = FILEOBJ(file);
        if (check_writable(f) < 0) return -1;
        return buf_write(f, s, strlen(s));
    }
    return file_write_value(file, str_from_cstr(s));
}

int file_flush_value(Value file) {
    if (fileobj_check(file)) {
        FileObj *f = FILEOBJ(file);
        if (f->closed) return 0;
        return file_flush_buf(f);
    }
    Value r = obj_callmethod(file, "flush", NULL, 0);
    return r == VERR ? -1 : 0;
}

Value file_readline_value(Value file) {
    if (fileobj_check(file)) return readline_impl(FILEOBJ(file), -1);
    return obj_callmethod(file, "readline", NULL, 0);
}

void textio_flush_std(void) {
    Value saved = err_fetch();
    Value out = sys_get_stdout();
    if (out != VNULL && out != VNONE && file_flush_value(out) < 0) err_clear();
    Value e = sys_get_stderr();
    if (e != VNULL && e != VNONE && file_flush_value(e) < 0) err_clear();
    if (saved != VNULL) err_restore(saved);
}

/* ------------------------------------------------------------------ */
/* open() */

Value builtin_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[8];
    if (args_parse("open", "file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener=", args,
                   nargs, kwnames, a) < 0)
        return VERR;
    const char *mode = "r";
    if (a[1] != VNULL) {
        if (!str_check(a[1]))
            return err_format(Exc_TypeError, "open() argument 'mode' must be str, not %s",
                              obj_typename(a[1]));
        mode = str_cstr(a[1]);
    }
    int nr = 0, nw = 0, na = 0, nx = 0, nplus = 0, nb = 0, nt = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'r': nr++; break;
        case 'w': nw++; break;
        case 'a': na++; break;
        case 'x': nx++; break;
        case '+': nplus++; break;
        case 'b': nb++; break;
        case 't': nt++; break;
        default: return err_format(Exc_ValueError, "invalid mode: '%s'", mode);
        }
    }
    if (nr > 1 || nw > 1 || na > 1 || nx > 1 || nplus > 1 || nb > 1 || nt > 1)
        return err_format(Exc_ValueError, "invalid mode: '%s'", mode);
    if (nb && nt) return err_set_str(Exc_ValueError, "can't have text and binary mode at once");
    if (nr + nw + na + nx != 1)
        return err_set_str(Exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (nb && a[3] != VNULL && a[3] != VNONE)
        return err_set_str(Exc_ValueError, "binary mode doesn't take an encoding argument");
    if (nb && a[4] != VNULL && a[4] != VNONE)
        return err_set_str(Exc_ValueError, "binary mode doesn't take an errors argument");
    if (nb && a[5] != VNULL && a[5] != VNONE)
        return err_set_str(Exc_ValueError, "binary mode doesn't take a newline argument");
    bool utf8 = true;
    if (a[3] != VNULL && a[3] != VNONE) {
        if (!str_check(a[3]))
            return err_format(Exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                              obj_typename(a[3]));
        if (codec_check(a[3]) < 0) return VERR;
        char enc[32];
        size_t k = 0;
        for (const char *p = str_cstr(a[3]); *p && k < sizeof enc - 1; p++)
            if (*p != '-' && *p != '_') enc[k++] = (char)tolower((unsigned char)*p);
        enc[k] = 0;
        utf8 = strcmp(enc, "utf8") == 0;
    }
    char canon[8];
    size_t k = 0;
    canon[k++] = nr ? 'r' : nw ? 'w' : na ? 'a' : 'x';
    if (nb) canon[k++] = 'b';
    if (nplus) canon[k++] = '+';
    canon[k] = 0;
    /* CPython's mode attribute: text keeps the given string; binary is normalised ("rb+"). */

    Value file = a[0];
    bool closefd = a[6] == VNULL || obj_truthy(a[6]) == 1;
    int fd;
    if (int_check(file) && !v_is_type(file, &BoolType)) {
        int64_t ifd;
        if (!int_to_i64(file, &ifd) || ifd < 0 || ifd > INT32_MAX)
            return err_set_str(Exc_ValueError, "negative file descriptor");
        fd = (int)ifd;
    } else {
        if (!str_check(file)) {
            if (bytes_check(file))
                file = str_new((const char *)BYTES(file)->data, BYTES(file)->len);
            else
                return err_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                                  obj_typename(file));
        }
        if (!closefd) return err_set_str(Exc_ValueError, "Cannot use closefd=False with file name");
        int flags = nplus ? O_RDWR : nr ? O_RDONLY : O_WRONLY;
        if (nw) flags |= O_CREAT | O_TRUNC;
        if (na) flags |= O_CREAT | O_APPEND;
        if (nx) flags |= O_CREAT | O_EXCL;
        flags |= O_CLOEXEC;
        do {
            fd = open(str_cstr(file), flags, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
            /* Out of descriptors: files the program dropped without closing are only
             * closed when collected (no reference counting), so collect and retry. */
            gc_collect();
            do {
                fd = open(str_cstr(file), flags, 0666);
            } while (fd < 0 && errno == EINTR);
        }
        if (fd < 0) {
            Value r = obj_repr(file);
            err_from_errno(Exc_OSError, r == VERR ? "?" : str_cstr(file));
            return VERR;
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            err_from_errno(Exc_OSError, str_cstr(file));
            return VERR;
        }
    }
    Value fo = fileobj_from_fd(fd, canon, file, closefd);
    FileObj *f = FILEOBJ(fo);
    if (!nb)
        f->mode = a[1] != VNULL ? a[1] : str_from_cstr("r");
    else {
        char m[8];
        size_t j = 0;
        m[j++] = canon[0];
        m[j++] = 'b';
        if (nplus) m[j++] = '+';
        m[j] = 0;
        f->mode = str_from_cstr(m);
    }
    if (!nb && a[3] != VNULL && a[3] != VNONE) {
        f->enc_name = a[3];
        if (!utf8) {
            f->encoding = a[3];
            if (a[4] != VNULL && a[4] != VNONE) f->errors_name = a[4];
        }
    }
    if (!nb && a[4] != VNULL && a[4] != VNONE) {
        if (!str_check(a[4]))
            return err_format(Exc_TypeError, "open() argument 'errors' must be str or None, not %s",
                              obj_typename(a[4]));
        if (str_eq_cstr(a[4], "replace") || str_eq_cstr(a[4], "surrogateescape") ||
            str_eq_cstr(a[4], "backslashreplace"))
            f->errors = 1;
        else if (str_eq_cstr(a[4], "ignore"))
            f->errors = 2;
        else if (!str_eq_cstr(a[4], "strict"))
            return err_format(Exc_LookupError, "unknown error handler name '%s'", str_cstr(a[4]));
    }
    if (!nb && a[5] != VNULL && a[5] != VNONE) {
        if (!str_check(a[5]))
            return err_format(Exc_TypeError, "open() argument 'newline' must be str or None, not %s",
                              obj_typename(a[5]));
        const char *nl = str_cstr(a[5]);
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 && strcmp(nl, "\r\n") != 0)
            return err_format(Exc_ValueError, "illegal newline value: %s", nl);
        f->no_translate = true;
        f->lf_only = strcmp(nl, "\n") == 0;
    }
    if (a[2] != VNULL && int_check(a[2])) {
        int64_t bsz = -1;
        int_to_i64(a[2], &bsz);
        if (bsz == 0) {
            if (!nb) return err_set_str(Exc_ValueError, "can't have unbuffered text I/O");
            f->unbuffered = true;
        } else if (bsz == 1 && !nb) {
            f->line_buffered = true;
        }
    }
    if (na) lseek(fd, 0, SEEK_END);
    return fo;
}

/* ------------------------------------------------------------------ */
/* methods */

static Value m_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("write", nargs, kwnames) < 0) return VERR;
    FileObj *f = FILEOBJ(self);
    if (check_writable(f) < 0) return VERR;
    if (f->binary) {
        const uint8_t *data;
        size_t len;
        if (obj_get_buffer(args[0], &data, &len) < 0) {
            err_clear();
            return err_format(Exc_TypeError, "a bytes-like object is required, not '%s'",
                              obj_typename(args[0]));
        }
        if (buf_write(f, (const char *)data, len) < 0) return VERR;
        return int_from_i64((int64_t)len);
    }
    if (!str_check(args[0]))
        return err_format(Exc_TypeError, "write() argument must be str, not %s", obj_typename(args[0]));
    if (text_write(f, args[0]) < 0) return VERR;
    return int_from_i64((int64_t)str_len(args[0]));
}

static Value m_writelines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_one("writelines", nargs, kwnames) < 0) return VERR;
    if (check_writable(FILEOBJ(self)) < 0) return VERR;
    Value it = obj_getiter(args[0]);
    if (it == VERR) return VERR;
    Value line;
    while ((line = obj_next(it)) != VNULL) {
        if (line == VERR) return VERR;
        if (m_write(self, &line, 1, VNULL) == VERR) return VERR;
    }
    return VNONE;
}

static int64_t size_arg(Value v, bool *err) {
    *err = false;
    if (v == VNULL || v == VNONE) return -1;
    int64_t n;
    if (obj_index_i64(v, &n, Exc_OverflowError) < 0) {
        if (err_matches(Exc_TypeError)) {
            err_clear();
            err_format(Exc_TypeError, "argument should be integer or None, not '%s'", obj_typename(v));
        }
        *err = true;
        return 0;
    }
    return n;
}

static Value m_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("read", "size=, /", args, nargs, kwnames, a) < 0) return VERR;
    bool err;
    int64_t n = size_arg(a[0], &err);
    if (err) return VERR;
    return read_impl(FILEOBJ(self), n);
}

static Value m_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("readline", "size=, /", args, nargs, kwnames, a) < 0) return VERR;
    bool err;
    int64_t n = size_arg(a[0], &err);
    if (err) return VERR;
    return readline_impl(FILEOBJ(self), n);
}

static Value m_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("readlines", "hint=, /", args, nargs, kwnames, a) < 0) return VERR;
    bool err;
    int64_t hint = size_arg(a[0], &err);
    if (err) return VERR;
    FileObj *f = FILEOBJ(self);
    Value l = list_new(0);
    int64_t total = 0;
    for (;;) {
        Value line = readline_impl(f, -1);
        if (line == VERR) return VERR;
        size_t n = f->binary ? BYTES(line)->len : str_len(line);
        if (n == 0) break;
        if (list_append(l, line) < 0) return VERR;
        total += (int64_t)n;
        if (hint > 0 && total >= hint) break;
    }
    return l;
}

static Value m_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("flush", nargs, kwnames) < 0) return VERR;
    FileObj *f = FILEOBJ(self);
    if (check_open(f) < 0) return VERR;
    if (file_flush_buf(f) < 0) return VERR;
    return VNONE;
}

static Value m_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("close", nargs, kwnames) < 0) return VERR;
    if (close_impl(FILEOBJ(self)) < 0) return VERR;
    return VNONE;
}

static Value m_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("fileno", nargs, kwnames) < 0) return VERR;
    FileObj *f = FILEOBJ(self);
    if (check_open(f) < 0) return VERR;
    return v_fromint(f->fd);
}

static Value m_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("isatty", nargs, kwnames) < 0) return VERR;
    FileObj *f = FILEOBJ(self);
    if (check_open(f) < 0) return VERR;
    return v_bool(isatty(f->fd) == 1);
}

static Value m_readable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("readable", nargs, kwnames) < 0 || check_open(FILEOBJ(self)) < 0) return VERR;
    return v_bool(FILEOBJ(self)->readable);
}

static Value m_writable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("writable", nargs, kwnames) < 0 || check_open(FILEOBJ(self)) < 0) return VERR;
    return v_bool(FILEOBJ(self)->writable);
}

static Value m_seekable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("seekable", nargs, kwnames) < 0 || check_open(FILEOBJ(self)) < 0) return VERR;
    return v_bool(lseek(FILEOBJ(self)->fd, 0, SEEK_CUR) >= 0);
}

static Value m_tell(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (args_none("tell", nargs, kwnames) < 0) return VERR;
    FileObj *f = FILEOBJ(self);
    if (check_open(f) < 0 || file_flush_buf(f) < 0) return VERR;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return err_from_errno(Exc_OSError, NULL);
    return int_from_i64((int64_t)pos - (int64_t)(f->io->rlen - f->io->rpos));
}

static Value m_seek(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_parse("seek", "cookie, whence=, /", args, nargs, kwnames, a) < 0) return VERR;
    FileObj *f = FILEOBJ(self);
    if (check_open(f) < 0) return VERR;
    int64_t off, whence = 0;
    if (obj_index_i64(a[0], &off, Exc_OverflowError) < 0) return VERR;
    if (a[1] != VNULL && obj_index_i64(a[1], &whence, Exc_OverflowError) < 0) return VERR;
    if (!f->binary) {
        if (whence == 1 && off != 0)
            return err_set_str(Exc_UnsupportedOperation, "can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0)
            return err_set_str(Exc_UnsupportedOperation, "can't do nonzero end-relative seeks");
    }
    if (whence < 0 || whence > 2)
        return err_format(Exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (whence == 0 && off < 0)
        return err_format(Exc_ValueError, "negative seek position %lld", (long long)off);
    if (file_flush_buf(f) < 0) return VERR;
    if (whence == 1) off -= (int64_t)(f->io->rlen - f->io->rpos);
    f->io->rpos = f->io->rlen = 0;
    f->io->eof = false;
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) return err_from_errno(Exc_OSError, NULL);
    return int_from_i64((int64_t)pos);
}

static Value m_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    Value a[1];
    if (args_parse("truncate", "pos=, /", args, nargs, kwnames, a) < 0) return VERR;
    FileObj *f = FILEOBJ(self);
    if (check_writable(f) < 0 || file_flush_buf(f) < 0) return VERR;
    int64_t pos;
    if (a[0] == VNULL || a[0] == VNONE) {
        pos = (int64_t)lseek(f->fd, 0, SEEK_CUR);
    } else if (obj_index_i64(a[0], &pos, Exc_OverflowError) < 0) {
        return VERR;
    }
    if (ftruncate(f->fd, (off_t)pos) < 0) return err_from_errno(Exc_OSError, NULL);
    return int_from_i64(pos);
}

static Value m_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (check_open(FILEOBJ(self)) < 0) return VERR;
    return self;
}

static Value m_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (close_impl(FILEOBJ(self)) < 0) return VERR;
    return VNONE;
}

static Value f_iter(Value self) {
    if (check_open(FILEOBJ(self)) < 0) return VERR;
    return self;
}

static Value f_next(Value self) {
    FileObj *f = FILEOBJ(self);
    Value line = readline_impl(f, -1);
    if (line == VERR) return VERR;
    size_t n = f->binary ? BYTES(line)->len : str_len(line);
    return n == 0 ? VNULL : line;
}

static Value g_encoding(Value self);
static Value f_repr(Value self) {
    FileObj *f = FILEOBJ(self);
    Value nr = obj_repr(f->name);
    if (nr == VERR) return VERR;
    if (f->closed && v_type(self) != &TextIOType)
        return str_fmt("<%s name=%s>", v_type(self)->name, str_cstr(nr));
    if (v_type(self) == &TextIOType) {
        Value mr = obj_repr(f->mode);
        if (mr == VERR) return VERR;
        return str_fmt("<_io.TextIOWrapper name=%s mode=%s encoding='%s'>", str_cstr(nr), str_cstr(mr),
                       str_cstr(g_encoding(self)));
    }
    return str_fmt("<%s name=%s>", v_type(self)->name, str_cstr(nr));
}

static Value g_closed(Value self) { return v_bool(FILEOBJ(self)->closed); }
static Value g_name(Value self) { return FILEOBJ(self)->name; }
static Value g_mode(Value self) { return FILEOBJ(self)->mode; }
static Value g_encoding(Value self) {
    FileObj *f = FILEOBJ(self);
    if (f->enc_name != VNULL) return f->enc_name;
    return str_from_cstr(f->fd <= 2 && !f->closefd ? "utf-8" : "UTF-8");
}
static Value g_line_buffering(Value self) { return v_bool(FILEOBJ(self)->line_buffered); }

/* text.buffer: the binary view over the same descriptor and buffers. */
static Value g_buffer(Value self) {
    FileObj *f = FILEOBJ(self);
    if (f->buffer != VNULL) return f->buffer;
    if (check_open(f) < 0) return VERR;
    Type *t = f->readable && f->writable ? &BufferedRandomType
              : f->readable              ? &BufferedReaderType
                                         : &BufferedWriterType;
    FileObj *b = gc_alloc(t, sizeof(FileObj));
    Object header = b->ob; /* keep what the allocator put in the header */
    *b = *f;
    b->ob = header;
    b->binary = true;
    b->closefd = false;
    b->owner = self;
    b->buffer = VNULL;
    b->mode = str_from_cstr(f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb");
    f->io->users++;
    f->buffer = v_fromptr(b);
    return f->buffer;
}

#define FILE_TYPE(var, pyname)                                                                               \
    Type var = {.ob.type = &TypeType,                                                                        \
                .name = pyname,                                                                              \
                .basicsize = sizeof(FileObj),                                                                \
                .flags = TPF_IMMUTABLE,                                                                      \
                .trace = file_trace,                                                                         \
                .finalize = file_finalize,                                                                   \
                .repr = f_repr,                                                                              \
                .iter = f_iter,                                                                              \
                .next = f_next};
FILE_TYPE(TextIOType, "_io.TextIOWrapper")
FILE_TYPE(BufferedReaderType, "_io.BufferedReader")
FILE_TYPE(BufferedWriterType, "_io.BufferedWriter")
FILE_TYPE(BufferedRandomType, "_io.BufferedRandom")

static const struct {
    const char *name;
    CFunc fn;
} file_methods[] = {
    {"write", m_write},         {"writelines", m_writelines},
    {"read", m_read},           {"readline", m_readline},
    {"readlines", m_readlines}, {"flush", m_flush},
    {"close", m_close},         {"fileno", m_fileno},
    {"isatty", m_isatty},       {"readable", m_readable},
    {"writable", m_writable},   {"seekable", m_seekable},
    {"tell", m_tell},           {"seek", m_seek},
    {"truncate", m_truncate},   {"__enter__", m_enter},
    {"__exit__", m_exit},
};

void textio_init(void) {
    Type *types[] = {&TextIOType, &BufferedReaderType, &BufferedWriterType, &BufferedRandomType};
    for (size_t i = 0; i < 4; i++) {
        Type *t = types[i];
        t->module = str_intern_cstr("_io");
        type_ready(t);
        for (size_t k = 0; k < sizeof file_methods / sizeof *file_methods; k++)
            type_add_method(t, file_methods[k].name, file_methods[k].fn, 0);
        type_add_getset(t, "closed", g_closed, NULL);
        type_add_getset(t, "name", g_name, NULL);
        type_add_getset(t, "mode", g_mode, NULL);
        if (t == &TextIOType) {
            type_add_getset(t, "encoding", g_encoding, NULL);
            type_add_getset(t, "line_buffering", g_line_buffering, NULL);
            type_add_getset(t, "buffer", g_buffer, NULL);
        }
    }
    /* io.UnsupportedOperation(OSError, ValueError) */
    Value ns = dict_new();
    dict_set_cstr(ns, "__module__", str_intern_cstr("io"));
    dict_set_cstr(ns, "__qualname__", str_intern_cstr("UnsupportedOperation"));
    Value bases = tuple_pack(2, v_fromptr(Exc_OSError), v_fromptr(Exc_ValueError));
    Type *t = type_new_heap(&TypeType, str_intern_cstr("UnsupportedOperation"), bases, ns, VNULL);
    if (!t || v_fromptr(t) == VERR) {
        err_clear();
        bases = tuple_pack(1, v_fromptr(Exc_ValueError));
        t = type_new_heap(&TypeType, str_intern_cstr("UnsupportedOperation"), bases, ns, VNULL);
        if (!t || v_fromptr(t) == VERR) {
            err_clear();
            t = Exc_ValueError;
        }
    }
    Exc_UnsupportedOperation = t;
    static Value unsupported_root;
    unsupported_root = v_fromptr(t);
    gc_add_root(&unsupported_root);
}

/* The `_io` native module: what lib/io.py builds on (open, the file types,
 * UnsupportedOperation). */
Value io_module_init(void) {
    Value m = module_new_cstr("_io");
    module_add(m, "open", builtin_function_new("open", builtin_open, m, 0));
    module_add(m, "TextIOWrapper", v_fromptr(&TextIOType));
    module_add(m, "BufferedReader", v_fromptr(&BufferedReaderType));
    module_add(m, "BufferedWriter", v_fromptr(&BufferedWriterType));
    module_add(m, "BufferedRandom", v_fromptr(&BufferedRandomType));
    module_add(m, "UnsupportedOperation", v_fromptr(Exc_UnsupportedOperation));
    module_add(m, "DEFAULT_BUFFER_SIZE", v_fromint(8192));
    return m;
}
