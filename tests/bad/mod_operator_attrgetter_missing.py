from operator import attrgetter
attrgetter("real.nope")(3)
