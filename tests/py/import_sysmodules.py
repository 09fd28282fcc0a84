import sys
import impmod_plain
mod = sys.modules['impmod_plain']
mod.injected = 'yes'
import impmod_plain as again
print(again.injected)
del sys.modules['impmod_plain']
import impmod_plain as fresh
print(hasattr(fresh, 'injected'), fresh is mod)
sys.modules['fake_mod'] = 'I am a string'
import fake_mod
print(fake_mod)
