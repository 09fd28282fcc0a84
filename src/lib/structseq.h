/* structseq.h — "struct sequences": named-tuple-like records of native
 * modules (sys.version_info, sys.flags, time.struct_time, ...). Owner:
 * src/lib/structseq.c (runtime-services area).
 */
#ifndef LEONES_STRUCTSEQ_H
#define LEONES_STRUCTSEQ_H
#include "../obj/object.h"

typedef struct StructSeqDesc {
    const char *name;          /* type name as printed: "sys.version_info" */
    const char *const *fields; /* all field names */
    size_t nfields;            /* all fields (attributes) */
    size_t nvisible;           /* the first nvisible form the tuple; 0 means all */
    Type *type;                /* filled by structseq_type() */
} StructSeqDesc;

/* The type for a description (created on first use). */
Type *structseq_type(StructSeqDesc *d);
/* A record with values[0..nfields). */
Value structseq_new(StructSeqDesc *d, const Value *values);
/* Field i of a record (no checks). */
Value structseq_get(Value rec, size_t i);

#endif
