/* errors.h — the pending exception and the built-in exception hierarchy.
 *
 * One exception can be pending at a time (single-threaded VM). Raising
 * functions set it and return VERR / -1; callers propagate or clear it.
 * The hierarchy is an X-macro so that creation, the builtins module and the
 * tests all see one list. Owner: src/obj/exceptions.c.
 */
#ifndef LEONES_ERRORS_H
#define LEONES_ERRORS_H
#include "object.h"

/* X(CName, "pyname", Base) — Base is the CName of the parent, BaseException's parent is Object.
 * ExceptionGroup also derives from Exception (second base set by exceptions_init). */
#define EXC_LIST(X)                                                                                          \
    X(BaseException, "BaseException", Object)                                                                \
    X(SystemExit, "SystemExit", BaseException)                                                               \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)                                                 \
    X(GeneratorExit, "GeneratorExit", BaseException)                                                         \
    X(Exception, "Exception", BaseException)                                                                 \
    X(StopIteration, "StopIteration", Exception)                                                             \
    X(StopAsyncIteration, "StopAsyncIteration", Exception)                                                   \
    X(ArithmeticError, "ArithmeticError", Exception)                                                         \
    X(FloatingPointError, "FloatingPointError", ArithmeticError)                                             \
    X(OverflowError, "OverflowError", ArithmeticError)                                                       \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)                                               \
    X(AssertionError, "AssertionError", Exception)                                                           \
    X(AttributeError, "AttributeError", Exception)                                                           \
    X(BufferError, "BufferError", Exception)                                                                 \
    X(EOFError, "EOFError", Exception)                                                                       \
    X(ImportError, "ImportError", Exception)                                                                 \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)                                               \
    X(LookupError, "LookupError", Exception)                                                                 \
    X(IndexError, "IndexError", LookupError)                                                                 \
    X(KeyError, "KeyError", LookupError)                                                                     \
    X(MemoryError, "MemoryError", Exception)                                                                 \
    X(NameError, "NameError", Exception)                                                                     \
    X(UnboundLocalError, "UnboundLocalError", NameError)                                                     \
    X(OSError, "OSError", Exception)                                                                         \
    X(BlockingIOError, "BlockingIOError", OSError)                                                           \
    X(ChildProcessError, "ChildProcessError", OSError)                                                       \
    X(ConnectionError, "ConnectionError", OSError)                                                           \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError)                                                   \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError)                                     \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError)                                     \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError)                                         \
    X(FileExistsError, "FileExistsError", OSError)                                                           \
    X(FileNotFoundError, "FileNotFoundError", OSError)                                                       \
    X(InterruptedError, "InterruptedError", OSError)                                                         \
    X(IsADirectoryError, "IsADirectoryError", OSError)                                                       \
    X(NotADirectoryError, "NotADirectoryError", OSError)                                                     \
    X(PermissionError, "PermissionError", OSError)                                                           \
    X(ProcessLookupError, "ProcessLookupError", OSError)                                                     \
    X(TimeoutError, "TimeoutError", OSError)                                                                 \
    X(ReferenceError, "ReferenceError", Exception)                                                           \
    X(RuntimeError, "RuntimeError", Exception)                                                               \
    X(NotImplementedError, "NotImplementedError", RuntimeError)                                              \
    X(RecursionError, "RecursionError", RuntimeError)                                                        \
    X(SyntaxError, "SyntaxError", Exception)                                                                 \
    X(IndentationError, "IndentationError", SyntaxError)                                                     \
    X(TabError, "TabError", IndentationError)                                                                \
    X(SystemError, "SystemError", Exception)                                                                 \
    X(TypeError, "TypeError", Exception)                                                                     \
    X(ValueError, "ValueError", Exception)                                                                   \
    X(UnicodeError, "UnicodeError", ValueError)                                                              \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)                                                \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)                                                \
    X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError)                                          \
    X(Warning, "Warning", Exception)                                                                         \
    X(DeprecationWarning, "DeprecationWarning", Warning)                                                     \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning)                                       \
    X(RuntimeWarning, "RuntimeWarning", Warning)                                                             \
    X(SyntaxWarning, "SyntaxWarning", Warning)                                                               \
    X(UserWarning, "UserWarning", Warning)                                                                   \
    X(FutureWarning, "FutureWarning", Warning)                                                               \
    X(ImportWarning, "ImportWarning", Warning)                                                               \
    X(UnicodeWarning, "UnicodeWarning", Warning)                                                             \
    X(BytesWarning, "BytesWarning", Warning)                                                                 \
    X(EncodingWarning, "EncodingWarning", Warning)                                                           \
    X(ResourceWarning, "ResourceWarning", Warning)                                                           \
    X(BaseExceptionGroup, "BaseExceptionGroup", BaseException)                                               \
    X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup)

/* Exc_TypeError etc.: the built-in exception classes (heap Type objects,
 * created by exceptions_init()). */
#define X(c, py, base) extern Type *Exc_##c;
EXC_LIST(X)
#undef X

/* Layout of every exception instance (BaseException and subclasses; user
 * subclasses add a shape-based attribute area via Instance, see instance.h:
 * exception instances ARE Instances whose first fields are these). */
typedef struct ExcObject {
    Object ob;
    /* same layout as Instance after the header: attribute storage */
    struct Shape *shape;
    Value *slots;
    uint32_t cap, pad;
    Value dict;
    Value weakrefs;
    Value args;      /* tuple */
    Value traceback; /* VNULL: None */
    Value context;   /* VNULL: None */
    Value cause;     /* VNULL: None */
    bool suppress_context;
    /* per-class fields (OSError errno/strerror/filename/filename2,
     * SyntaxError msg/filename/lineno/offset/text/end_lineno/end_offset/
     * print_file_and_line, ImportError msg/name/path, StopIteration value,
     * SystemExit code, NameError/AttributeError name/obj, Unicode*Error
     * encoding/object/start/end/reason); VNULL reads as None */
    Value f[8];
} ExcObject;
#define EXC(v) ((ExcObject *)v_ptr(v))

/* Raise: set the pending exception. All return VERR so that
 * `return err_format(...)` works in Value functions. */
Value err_format(Type *exc_type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Value err_set_str(Type *exc_type, const char *msg);
Value err_set_value(Type *exc_type, Value arg); /* exc_type(arg) */
Value err_set(Value exc);                       /* an instance, or a class to instantiate with no args */
Value err_no_memory(void);
Value err_from_errno(Type *exc_type, const char *filename); /* OSError subclass chosen from errno */
bool err_occurred(void);
Value err_peek(void);  /* pending exception instance or VNULL */
Value err_fetch(void); /* take and clear it (VNULL if none) */
void err_clear(void);
bool err_matches(Type *t); /* pending exception is an instance of t */
/* An attribute lookup's result with AttributeError turned into VNULL
 * (missing, no exception pending): the *_opt lookups. */
Value err_attr_missing(Value r);
bool exc_matches(Value exc, Value cls_or_tuple);         /* for except clauses */
Value exc_new(Type *t, const Value *args, size_t nargs); /* instantiate */
/* Exception instance fields (works on any BaseException instance). */
Value exc_args(Value exc);          /* tuple */
Value exc_get_traceback(Value exc); /* traceback object or VNONE */
void exc_set_traceback(Value exc, Value tb);
Value exc_get_context(Value exc);
void exc_set_context(Value exc, Value ctx);
Value exc_get_cause(Value exc);
void exc_set_cause(Value exc, Value cause); /* also sets __suppress_context__ */
bool exc_suppress_context(Value exc);
void exceptions_init(void);
/* additions (objmodel) */
Value err_format_v(Type *exc_type, const char *fmt, va_list ap);
/* AttributeError with .name/.obj set (CPython 3.10+). */
Value err_attribute(Value obj, Value name, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void err_restore(Value exc); /* set exc pending without chaining (re-raise) */
Value exc_get_field(Value exc, int i);
bool exc_check(Value v);              /* instance of BaseException */
Value stopiteration_value(Value exc); /* .value of a StopIteration (None if absent) */

#endif
