/* shape.c — shapes (hidden classes) of instances.
 *
 * A Shape is one step of a chain: "the attributes of my parent, plus `name`
 * at slot `index`". Instances built by assigning the same attributes in the
 * same order share the same Shape, so an inline cache can check the shape
 * pointer and load a slot. The root of a type covers its __slots__ members
 * (slots [0, nfixed)) and has no name. Transitions are cached per shape in a
 * dict; long chains get a name->index table so lookups stay cheap.
 */
#include "runtime.h"

static void shape_trace(Object *o) {
    Shape *s = (Shape *)o;
    gc_mark_ptr(s->parent);
    gc_mark(s->name);
    gc_mark(s->transitions);
    gc_mark(s->table);
    gc_mark_ptr(s->owner);
    gc_mark_ptr(s->dict_shape);
}

Type ShapeType = {
    .ob.type = &TypeType,
    .name = "shape",
    .basicsize = sizeof(Shape),
    .flags = TPF_IMMUTABLE,
    .trace = shape_trace,
};

Shape *shape_root(Type *t) {
    if (t->shape0) return t->shape0;
    uint32_t nfixed = type_has(t, TPF_HAS_SHAPE) ? HEAPTYPE(t)->nfixed : 0;
    Shape *root = gc_alloc(&ShapeType, sizeof(Shape));
    root->owner = t;
    root->nslots = nfixed;
    Shape *ds = gc_alloc(&ShapeType, sizeof(Shape));
    ds->owner = t;
    ds->nslots = nfixed;
    ds->dict_mode = true;
    root->dict_shape = ds;
    ds->dict_shape = ds;
    t->shape0 = root;
    return root;
}

Shape *shape_add(Shape *s, Value name) {
    if (s->transitions != VNULL) {
        Value n = dict_get_str(s->transitions, name);
        if (n != VNULL) return (Shape *)v_ptr(n);
    } else {
        s->transitions = dict_new();
    }
    Shape *c = gc_alloc(&ShapeType, sizeof(Shape));
    c->parent = s;
    c->name = name;
    c->index = s->nslots;
    c->nslots = s->nslots + 1;
    c->owner = s->owner;
    c->dict_shape = s->dict_shape;
    dict_set(s->transitions, name, v_fromptr(c));
    return c;
}

#define SHAPE_TABLE_MIN 12

static void build_table(Shape *s) {
    Value t = dict_new();
    for (Shape *p = s; p && p->name != VNULL; p = p->parent) {
        if (dict_get_str(t, p->name) == VNULL) dict_set(t, p->name, v_fromint(p->index));
    }
    s->table = t;
}

int64_t shape_find(Shape *s, Value name) {
    if (s->table != VNULL) {
        Value i = dict_get_str(s->table, name);
        return i == VNULL ? -1 : v_int(i);
    }
    int n = 0;
    for (Shape *p = s; p && p->name != VNULL; p = p->parent, n++)
        if (p->name == name) return p->index;
    if (n >= SHAPE_TABLE_MIN) {
        /* names are interned, so a miss here is a real miss; the table makes
         * the next search O(1) */
        build_table(s);
    }
    return -1;
}
