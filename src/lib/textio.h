/* textio.h — the minimal file objects behind sys.stdin/stdout/stderr and the
 * builtin open(): text (UTF-8) and binary files over a file descriptor with
 * their own buffering. Owner: src/lib/textio.c (runtime-services area).
 */
#ifndef LEONES_TEXTIO_H
#define LEONES_TEXTIO_H
#include "../obj/object.h"

typedef struct FileObj {
    Object ob;
    int fd;
    bool readable, writable, binary, closed, closefd, append;
    bool line_buffered; /* flush on '\n' (terminals) */
    bool unbuffered;    /* write-through (-u) */
    bool seekable_known, seekable;
    bool pending_cr; /* text read: last byte seen was '\r' (universal newlines) */
    bool eof;
    Value name; /* str or int */
    Value mode; /* str */
    char *wbuf; /* malloc'd write buffer */
    size_t wlen, wcap;
    char *rbuf; /* malloc'd read buffer; unread bytes are rbuf[rpos..rlen) */
    size_t rpos, rlen, rcap;
} FileObj;

extern Type TextIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType;
extern Type *Exc_UnsupportedOperation;

static inline bool fileobj_check(Value v) {
    if (!v_isobj(v)) return false;
    Type *t = OBJ(v)->type;
    return t == &TextIOType || t == &BufferedReaderType || t == &BufferedWriterType ||
           t == &BufferedRandomType;
}

void textio_init(void);
/* A file object over fd (not closed at exit unless closefd). */
Value fileobj_from_fd(int fd, const char *mode, Value name, bool closefd);
/* builtins.open(file, mode, buffering, encoding, errors, newline, closefd). */
Value builtin_open(Value self, const Value *args, size_t nargs, Value kwnames);
/* Write str `s` (text files) or bytes to `file`: fast path for FileObj,
 * file.write(s) otherwise. 0 or -1. */
int file_write_value(Value file, Value s);
int file_write_cstr(Value file, const char *s);
int file_flush_value(Value file); /* file.flush() */
/* One line from `file` (readline()); "" at EOF. */
Value file_readline_value(Value file);
/* Flush sys.stdout and sys.stderr (at exit, before tracebacks); ignores errors. */
void textio_flush_std(void);
/* Flush every open file (at exit: CPython flushes files the program left open). */
void textio_flush_all(void);

#endif
