print("importing")
import builtin_badmod
