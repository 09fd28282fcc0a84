import os, stat
for m in [0o100644, 0o040755, 0o120777, 0o104755, 0o102755, 0o041777, 0o010600, 0o140700, 0o020620, 0o060660, 0o100000, 0o1000, 0]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_IMODE(m), stat.S_IFMT(m))
st = os.stat('/')
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0], stat.ST_MTIME, stat.S_IRWXU, stat.S_IXOTH)
r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r, r.st_mtime, r[8], len(r), r.st_atime)
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
