/* import.h — the import system beyond vm.h's vm_import (runtime-services area).
 * Owner: src/vm/import.c.
 */
#ifndef LEONES_IMPORT_H
#define LEONES_IMPORT_H
#include "../obj/object.h"

/* IMPORT_FROM: getattr(module, name), falling back to sys.modules['mod.name'];
 * ImportError "cannot import name 'y' from 'x' (/path/x.py)" otherwise. */
Value vm_import_from(Value module, Value name);
/* IMPORT_STAR: copy the public names (or __all__) of module into locals. 0 / -1. */
int vm_import_star(Value module, Value locals);
/* builtins.__import__ */
Value builtin___import__(Value self, const Value *args, size_t nargs, Value kwnames);
/* Search `search_path` (a list of folders) for module `fullname`: 1 found
 * (*file_out, *is_pkg), 0 not found (*ns_path: namespace-package folders or VNULL). */
int import_locate(Value fullname, Value search_path, Value *file_out, bool *is_pkg, Value *ns_path);
/* -m: file to run as __main__ and its __package__. -1 with ImportError. */
int import_find_main(const char *name, Value *file_out, Value *pkg_out);
/* Whole file, malloc'd and NUL-terminated; NULL with OSError set. */
char *import_read_file(const char *path, size_t *len_out);

#endif
