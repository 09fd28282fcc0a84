/* textio.h — the minimal file objects behind sys.stdin/stdout/stderr and the
 * builtin open(): text (UTF-8) and binary files over a file descriptor with
 * their own buffering. Owner: src/lib/textio.c (runtime-services area).
 */
#ifndef LEONES_TEXTIO_H
#define LEONES_TEXTIO_H
#include "../obj/object.h"

/* Buffers of an open file descriptor, shared by a text file and its
 * binary `buffer` view so that their reads and writes stay in order. */
typedef struct IOBuf {
    char *wbuf; /* write buffer */
    size_t wlen, wcap;
    char *rbuf; /* read buffer; unread bytes are rbuf[rpos..rlen) */
    size_t rpos, rlen, rcap;
    bool eof;
    int users; /* FileObjs sharing it */
} IOBuf;

typedef struct FileObj {
    Object ob;
    int fd;
    bool readable, writable, binary, closed, closefd, append;
    bool line_buffered; /* flush on '\n' (terminals) */
    bool unbuffered;    /* write-through (-u) */
    bool no_translate;  /* newline='' or '\n' given: '\r' is not turned into '\n' on read */
    bool lf_only;       /* newline='\n': only '\n' ends a line */
    uint8_t errors;     /* decoding errors: 0 strict, 1 replace, 2 ignore */
    Value name;         /* str or int */
    Value mode;         /* str */
    IOBuf *io;          /* malloc'd, shared with the `buffer` view */
    Value buffer;       /* text files: the binary view (created on first use), or VNULL */
    Value owner;        /* binary views: the text file they belong to, or VNULL */
    Value encoding;     /* text files with an encoding other than UTF-8 (codecs.h), else VNULL */
    Value errors_name;  /* errors= for `encoding` (str) or VNULL */
    Value enc_name;     /* encoding as given to open() (for .encoding and repr), or VNULL */
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
Value io_module_init(void); /* the _io native module */
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
