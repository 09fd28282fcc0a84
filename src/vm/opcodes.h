/* opcodes.h — the bytecode: one X-macro table that the compiler, the
 * interpreter, the disassembler and the JIT recorder all expand.
 *
 * Register machine (Lua 5 style). A frame has code->nregs registers R[0..):
 *   [0, nlocals)                     named locals, parameters first (varnames)
 *   [nlocals, nlocals+ncells)        cells of variables captured by inner scopes
 *   [.., +nfree)                     cells of free variables (copied from the
 *                                    closure by the VM on frame entry)
 *   [.., nregs)                      temporaries, allocated stack-like
 * A local that is also captured lives only in its cell register; when it is
 * a parameter, the compiler emits MAKE_CELL at function start.
 * Registers start as VNULL (unbound).
 *
 * Instruction word: 64 bits = op:8 x:8 a:16 b:16 c:16, or op:8 x:8 a:16 bx:32.
 * K[i] is code->consts[i]; N[i] is code->names[i] (interned str).
 * RK(v): v & 0x8000 ? K[v & 0x7fff] : R[v] (constants < 32768 only; the
 * compiler loads others into a register with LOADK).
 * Jump targets are absolute word indexes into code->code.
 * Some instructions are followed by `extra` words (inline caches, initially
 * zero, owned by the interpreter; or a jump target in the low 32 bits). The
 * pc of the next instruction is pc + 1 + extra.
 *
 * Exceptions: code->exctable lists (start, end, handler, reg) ranges, inner
 * ranges before the ranges enclosing them. When an instruction at pc raises,
 * the first entry with start <= pc < end gets it: R[reg] = the exception
 * instance (its traceback already extended with this frame), pc = handler.
 * No entry: the frame is left and the exception propagates to the caller.
 *
 * OP(name, format, extra, description)
 */
#ifndef LEONES_OPCODES_H
#define LEONES_OPCODES_H

#define OPCODE_LIST(OP)                                                                                      \
    OP(NOP, "", 0, "do nothing")                                                                             \
    /* --- registers and constants --- */                                                                  \
    OP(MOVE, "a b", 0, "R[a] = R[b]")                                                                        \
    OP(LOADK, "a bx", 0, "R[a] = K[bx]")                                                                     \
    OP(LOAD_NONE, "a", 0, "R[a] = None")                                                                     \
    OP(CHECK_BOUND, "a b", 0,                                                                               \
       "if R[a] is VNULL: UnboundLocalError(\"cannot access local variable 'V' where it is not associated "  \
       "with a value\") with V = varnames[b]")                                                               \
    OP(DELETE_FAST, "a b", 0, "CHECK_BOUND a b; R[a] = VNULL")                                               \
    OP(MAKE_CELL, "a b", 0, "R[a] = new cell holding R[b] (b == 0xFFFF: empty cell)")                       \
    OP(LOAD_DEREF, "a b c x", 0,                                                                             \
       "R[a] = contents of cell R[b]; empty: x==0 UnboundLocalError (as CHECK_BOUND) for name N[c], x==1 "    \
       "NameError(\"cannot access free variable 'V' where it is not associated with a value in enclosing "  \
       "scope\")")                                                                                           \
    OP(STORE_DEREF, "a b", 0, "contents of cell R[a] = R[b]")                                                \
    OP(DELETE_DEREF, "a c x", 0, "empty cell R[a] (error as LOAD_DEREF if already empty)")                  \
    OP(LOAD_CLASSDEREF, "a b c", 0, "class body: R[a] = locals[N[c]] if present, else contents of cell R[b]") \
    /* --- names --- */                                                                                    \
    OP(LOAD_GLOBAL, "a b", 2, "R[a] = globals[N[b]], else builtins[N[b]], else NameError(\"name 'V' is not defined\")") \
    OP(STORE_GLOBAL, "a b", 0, "globals[N[b]] = R[a]")                                                       \
    OP(DELETE_GLOBAL, "b", 0, "del globals[N[b]] (NameError if missing)")                                   \
    OP(LOAD_NAME, "a b", 0, "R[a] = locals[N[b]], else globals, else builtins, else NameError")             \
    OP(STORE_NAME, "a b", 0, "locals[N[b]] = R[a]")                                                          \
    OP(DELETE_NAME, "b", 0, "del locals[N[b]] (NameError if missing)")                                      \
    /* --- attributes and items --- */                                                                     \
    OP(LOAD_ATTR, "a b c", 2, "R[a] = R[b].N[c]")                                                            \
    OP(STORE_ATTR, "a b c", 2, "R[a].N[b] = RK(c)")                                                          \
    OP(DELETE_ATTR, "a b", 0, "del R[a].N[b]")                                                               \
    OP(LOAD_METHOD, "a b c", 2,                                                                              \
       "look up N[c] on R[b]: a plain function found on the type: R[a] = function, R[a+1] = R[b]; "          \
       "otherwise R[a] = the attribute value, R[a+1] = VNULL")                                               \
    OP(GETITEM, "a b c", 0, "R[a] = R[b][RK(c)]")                                                            \
    OP(SETITEM, "a b c", 0, "R[a][RK(b)] = RK(c)")                                                           \
    OP(DELITEM, "a b", 0, "del R[a][R[b]]")                                                                  \
    OP(BUILD_SLICE, "a b c", 0, "R[a] = slice(R[b], R[b+1], R[b+2] if c == 3 else None)")                   \
    /* --- operators: R[a] = RK(b) op RK(c); I-forms are the augmented assignments --- */                  \
    BINOP_OPCODES(OP)                                                                                        \
    OP(NEG, "a b", 0, "R[a] = -R[b]")                                                                        \
    OP(POS, "a b", 0, "R[a] = +R[b]")                                                                        \
    OP(INVERT, "a b", 0, "R[a] = ~R[b]")                                                                     \
    OP(NOT, "a b", 0, "R[a] = not R[b] (a bool)")                                                            \
    OP(LT, "a b c", 0, "R[a] = RK(b) < RK(c)")                                                               \
    OP(LE, "a b c", 0, "R[a] = RK(b) <= RK(c)")                                                              \
    OP(EQ, "a b c", 0, "R[a] = RK(b) == RK(c)")                                                              \
    OP(NE, "a b c", 0, "R[a] = RK(b) != RK(c)")                                                              \
    OP(GT, "a b c", 0, "R[a] = RK(b) > RK(c)")                                                               \
    OP(GE, "a b c", 0, "R[a] = RK(b) >= RK(c)")                                                              \
    OP(IS, "a b c", 0, "R[a] = RK(b) is RK(c)")                                                              \
    OP(IS_NOT, "a b c", 0, "R[a] = RK(b) is not RK(c)")                                                      \
    OP(IN, "a b c", 0, "R[a] = RK(b) in RK(c)")                                                              \
    OP(NOT_IN, "a b c", 0, "R[a] = RK(b) not in RK(c)")                                                      \
    /* --- control flow --- */                                                                             \
    OP(JUMP, "bx", 0, "pc = bx")                                                                             \
    OP(JUMP_IF_FALSE, "a bx", 0, "if not R[a]: pc = bx (truth test)")                                        \
    OP(JUMP_IF_TRUE, "a bx", 0, "if R[a]: pc = bx (truth test)")                                             \
    OP(JUMP_IF_NOT_NONE, "a bx", 0, "if R[a] is not None: pc = bx")                                          \
    OP(GET_ITER, "a b", 0, "R[a] = iter(R[b])")                                                              \
    OP(FOR_ITER, "a b", 1, "R[b] = next(R[a]); exhausted: pc = target in the extra word (low 32 bits)")     \
    OP(RETURN, "a", 0, "return R[a]")                                                                        \
    OP(RETURN_NONE, "", 0, "return None")                                                                    \
    /* --- calls; the result replaces R[a] --- */                                                          \
    OP(CALL, "a b", 1, "R[a] = R[a](R[a+1], ..., R[a+b])")                                                   \
    OP(CALL_KW, "a b c", 1,                                                                                  \
       "R[a] = R[a](R[a+1..a+b]) where the last len(K[c]) arguments are passed by the keywords of tuple K[c]") \
    OP(CALL_METHOD, "a b", 1,                                                                                \
       "after LOAD_METHOD a: R[a] = R[a](R[a+1], R[a+2..a+1+b]) if R[a+1] is not VNULL, else "               \
       "R[a](R[a+2..a+1+b])")                                                                                \
    OP(CALL_METHOD_KW, "a b c", 1, "CALL_METHOD whose last len(K[c]) of the b arguments are keywords K[c]") \
    OP(CALL_EX, "a x", 0, "R[a] = R[a](*R[a+1], **R[a+2]); x == 0: no **, R[a+2] ignored. R[a+1] is a tuple, R[a+2] a dict") \
    OP(MAKE_FUNCTION, "a bx x", 0,                                                                           \
       "R[a] = function of code K[bx]; x bits: 1 defaults tuple R[a+1], 2 kw-defaults dict R[a+2], "         \
       "4 annotations dict R[a+3], 8 closure tuple of cells R[a+4]")                                         \
    OP(LOAD_BUILD_CLASS, "a", 0, "R[a] = builtins.__build_class__")                                          \
    /* --- building --- */                                                                                 \
    OP(BUILD_TUPLE, "a b c", 0, "R[a] = (R[b], ..., R[b+c-1])")                                              \
    OP(BUILD_LIST, "a b c", 0, "R[a] = [R[b], ..., R[b+c-1]]")                                               \
    OP(BUILD_SET, "a b c", 0, "R[a] = {R[b], ..., R[b+c-1]}")                                                \
    OP(BUILD_MAP, "a b c", 0, "R[a] = {R[b]: R[b+1], ...} with c pairs")                                     \
    OP(BUILD_STRING, "a b c", 0, "R[a] = ''.join(R[b..b+c)) (all str)")                                     \
    OP(LIST_APPEND, "a b", 0, "R[a].append(R[b])")                                                           \
    OP(LIST_EXTEND, "a b", 0, "R[a].extend(R[b])")                                                           \
    OP(LIST_TO_TUPLE, "a b", 0, "R[a] = tuple(R[b]) (R[b] is a list)")                                       \
    OP(SET_ADD, "a b", 0, "R[a].add(R[b])")                                                                  \
    OP(SET_UPDATE, "a b", 0, "R[a].update(R[b])")                                                            \
    OP(MAP_ADD, "a b c", 0, "R[a][R[b]] = R[c]")                                                             \
    OP(DICT_UPDATE, "a b", 0, "R[a].update(R[b]) ({**x} displays; TypeError \"'T' object is not a mapping\")") \
    OP(DICT_MERGE, "a b c", 0,                                                                               \
       "f(**R[b]) merge into R[a]; duplicate key: TypeError(\"F() got multiple values for keyword argument "  \
       "'k'\") with F from the callable in R[c]")                                                            \
    OP(UNPACK_SEQ, "a b c", 0, "R[a..a+c) = the c items of R[b] (ValueError on another count)")             \
    OP(UNPACK_EX, "a b c", 0,                                                                                \
       "star unpack of R[b]: n = c & 0xFF before, m = c >> 8 after: R[a..a+n) first items, R[a+n] = list "   \
       "of the middle, R[a+n+1..a+n+1+m) last items")                                                        \
    OP(FORMAT, "a b x", 0,                                                                                   \
       "R[a] = format(conv(R[b]), spec); x & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); x & 4: spec is R[b+1], " \
       "else ''")                                                                                            \
    /* --- exceptions --- */                                                                               \
    OP(RAISE, "a b x", 0,                                                                                    \
       "x == 0: re-raise the exception being handled (RuntimeError('No active exception to reraise')); "     \
       "x == 1: raise R[a]; x == 2: raise R[a] from R[b]")                                                   \
    OP(RERAISE, "a", 0, "raise exception instance R[a] again, keeping its traceback")                       \
    OP(PUSH_EXC_INFO, "a b", 0, "R[b] = exception being handled (None if none); it becomes R[a]")           \
    OP(POP_EXCEPT, "a", 0, "exception being handled = R[a] (restore what PUSH_EXC_INFO saved)")             \
    OP(CHECK_EXC_MATCH, "a b c", 0, "R[a] = exception R[b] is an instance of class or tuple R[c]")          \
    OP(LOAD_ASSERTION_ERROR, "a", 0, "R[a] = AssertionError")                                                \
    OP(BEFORE_WITH, "a b", 0, "R[a] = bound R[b].__exit__; R[a+1] = R[b].__enter__()")                       \
    OP(WITH_EXIT, "a b c", 0,                                                                                \
       "R[a] = R[b](None, None, None) if c == 0xFFFF, else R[b](type(e), e, e.__traceback__) with e = R[c]") \
    /* --- generators --- */                                                                               \
    OP(YIELD, "a b", 0, "yield R[b]; on resume R[a] = the value sent (None for next())")                    \
    OP(GET_YIELD_FROM_ITER, "a b", 0, "R[a] = iter(R[b]) (a generator stays itself)")                       \
    OP(YIELD_FROM, "a b", 0,                                                                                 \
       "delegate to iterator R[b]: send it the value last sent to this generator (None at first); if it "    \
       "yields v, yield v and execute this instruction again on resume; when it finishes, R[a] = its "       \
       "return value. throw()/close() are forwarded to R[b]")                                                \
    /* --- modules --- */                                                                                  \
    OP(IMPORT_NAME, "a b c", 0, "R[a] = __import__(N[b], globals, locals, K[c][0], K[c][1]); K[c] = (fromlist or None, level)") \
    OP(IMPORT_FROM, "a b c", 0, "R[a] = from-import N[c] out of module R[b]")                               \
    OP(IMPORT_STAR, "a", 0, "from R[a] import * into locals")                                               \
    OP(SETUP_ANNOTATIONS, "", 0, "locals['__annotations__'] = {} unless present")                           \
    OP(PRINT_EXPR, "a", 0, "interactive: sys.displayhook(R[a])")

/* The augmented forms come right after the plain ones; DIVMOD has no operator. */
#define BINOP_OPCODES(OP)                                                                                    \
    OP(ADD, "a b c", 0, "+") OP(SUB, "a b c", 0, "-") OP(MUL, "a b c", 0, "*")                              \
    OP(MATMUL, "a b c", 0, "@") OP(TRUEDIV, "a b c", 0, "/") OP(FLOORDIV, "a b c", 0, "//")                  \
    OP(MOD, "a b c", 0, "%") OP(POW, "a b c", 0, "**") OP(LSHIFT, "a b c", 0, "<<")                         \
    OP(RSHIFT, "a b c", 0, ">>") OP(AND, "a b c", 0, "&") OP(OR, "a b c", 0, "|") OP(XOR, "a b c", 0, "^")  \
    OP(IADD, "a b c", 0, "+=") OP(ISUB, "a b c", 0, "-=") OP(IMUL, "a b c", 0, "*=")                        \
    OP(IMATMUL, "a b c", 0, "@=") OP(ITRUEDIV, "a b c", 0, "/=") OP(IFLOORDIV, "a b c", 0, "//=")            \
    OP(IMOD, "a b c", 0, "%=") OP(IPOW, "a b c", 0, "**=") OP(ILSHIFT, "a b c", 0, "<<=")                   \
    OP(IRSHIFT, "a b c", 0, ">>=") OP(IAND, "a b c", 0, "&=") OP(IOR, "a b c", 0, "|=")                     \
    OP(IXOR, "a b c", 0, "^=")

typedef enum {
#define OP(name, fmt, extra, doc) OP_##name,
    OPCODE_LIST(OP)
#undef OP
        OP_COUNT
} Opcode;

/* OP_ADD + BINOP_x and OP_IADD + BINOP_x map operators to opcodes (the BINOP
 * order in object.h is the same, DIVMOD excepted). */
#define OP_BINOP_FIRST OP_ADD
#define OP_INPLACE_FIRST OP_IADD

extern const char *const opcode_names[OP_COUNT];
extern const unsigned char opcode_extra[OP_COUNT];

#endif
