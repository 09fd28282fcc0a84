import math
try:
    print('(-2**48).conjugate()', (-2**48).conjugate())
except Exception as ex:
    print('(-2**48).conjugate()', type(ex).__name__, ex)
try:
    print('format(1e300, ".3g")', format(1e300, ".3g"))
except Exception as ex:
    print('format(1e300, ".3g")', type(ex).__name__, ex)
try:
    print('math.fmod(-13, float("inf"))', math.fmod(-13, float("inf")))
except Exception as ex:
    print('math.fmod(-13, float("inf"))', type(ex).__name__, ex)
try:
    print('(0) <= (10**20)', (0) <= (10**20))
except Exception as ex:
    print('(0) <= (10**20)', type(ex).__name__, ex)
try:
    print('math.fmod(2**48, 1e16)', math.fmod(2**48, 1e16))
except Exception as ex:
    print('math.fmod(2**48, 1e16)', type(ex).__name__, ex)
try:
    print('(123.456) | (-0.0)', (123.456) | (-0.0))
except Exception as ex:
    print('(123.456) | (-0.0)', type(ex).__name__, ex)
try:
    print('format(7, ">12")', format(7, ">12"))
except Exception as ex:
    print('format(7, ">12")', type(ex).__name__, ex)
try:
    print('math.gcd(-1, -1)', math.gcd(-1, -1))
except Exception as ex:
    print('math.gcd(-1, -1)', type(ex).__name__, ex)
try:
    print('float(-2.5)', float(-2.5))
except Exception as ex:
    print('float(-2.5)', type(ex).__name__, ex)
try:
    print('repr(7)', repr(7))
except Exception as ex:
    print('repr(7)', type(ex).__name__, ex)
try:
    print('round((0.5+0j))', round((0.5+0j)))
except Exception as ex:
    print('round((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.hypot(-float("inf"), -2.5)', math.hypot(-float("inf"), -2.5))
except Exception as ex:
    print('math.hypot(-float("inf"), -2.5)', type(ex).__name__, ex)
try:
    print('(7) >= (10**20)', (7) >= (10**20))
except Exception as ex:
    print('(7) >= (10**20)', type(ex).__name__, ex)
try:
    print('int(7)', int(7))
except Exception as ex:
    print('int(7)', type(ex).__name__, ex)
try:
    print('math.ceil(123.456)', math.ceil(123.456))
except Exception as ex:
    print('math.ceil(123.456)', type(ex).__name__, ex)
try:
    print('math.atan2(2**53+1, -float("inf"))', math.atan2(2**53+1, -float("inf")))
except Exception as ex:
    print('math.atan2(2**53+1, -float("inf"))', type(ex).__name__, ex)
try:
    print('math.ceil(2**63)', math.ceil(2**63))
except Exception as ex:
    print('math.ceil(2**63)', type(ex).__name__, ex)
try:
    print('math.floor((0.5+0j))', math.floor((0.5+0j)))
except Exception as ex:
    print('math.floor((0.5+0j))', type(ex).__name__, ex)
try:
    print('(0) - (1)', (0) - (1))
except Exception as ex:
    print('(0) - (1)', type(ex).__name__, ex)
try:
    print('math.sqrt((0.5+0j))', math.sqrt((0.5+0j)))
except Exception as ex:
    print('math.sqrt((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 7)', math.ldexp(1.5, 7))
except Exception as ex:
    print('math.ldexp(1.5, 7)', type(ex).__name__, ex)
try:
    print('((2-3j)) <= (1e300)', ((2-3j)) <= (1e300))
except Exception as ex:
    print('((2-3j)) <= (1e300)', type(ex).__name__, ex)
try:
    print('divmod(123.456, (2-3j))', divmod(123.456, (2-3j)))
except Exception as ex:
    print('divmod(123.456, (2-3j))', type(ex).__name__, ex)
try:
    print('(-10**25) <= (1e-300)', (-10**25) <= (1e-300))
except Exception as ex:
    print('(-10**25) <= (1e-300)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 0.0)', math.ldexp(1.5, 0.0))
except Exception as ex:
    print('math.ldexp(1.5, 0.0)', type(ex).__name__, ex)
try:
    print('divmod(0, 1)', divmod(0, 1))
except Exception as ex:
    print('divmod(0, 1)', type(ex).__name__, ex)
try:
    print('-(2**53+1)', -(2**53+1))
except Exception as ex:
    print('-(2**53+1)', type(ex).__name__, ex)
try:
    print('((2-3j)) < (0)', ((2-3j)) < (0))
except Exception as ex:
    print('((2-3j)) < (0)', type(ex).__name__, ex)
try:
    print('round(7)', round(7))
except Exception as ex:
    print('round(7)', type(ex).__name__, ex)
try:
    print('(-13) * (2**63)', (-13) * (2**63))
except Exception as ex:
    print('(-13) * (2**63)', type(ex).__name__, ex)
try:
    print('(2**48) - (2**48)', (2**48) - (2**48))
except Exception as ex:
    print('(2**48) - (2**48)', type(ex).__name__, ex)
try:
    print('math.floor(2**63)', math.floor(2**63))
except Exception as ex:
    print('math.floor(2**63)', type(ex).__name__, ex)
try:
    print('math.trunc(-float("inf"))', math.trunc(-float("inf")))
except Exception as ex:
    print('math.trunc(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e300) / (1e-300)', (1e300) / (1e-300))
except Exception as ex:
    print('(1e300) / (1e-300)', type(ex).__name__, ex)
try:
    print('(1e300) >= (True)', (1e300) >= (True))
except Exception as ex:
    print('(1e300) >= (True)', type(ex).__name__, ex)
try:
    print('(0) - (-float("inf"))', (0) - (-float("inf")))
except Exception as ex:
    print('(0) - (-float("inf"))', type(ex).__name__, ex)
try:
    print('(0) * ((0.5+0j))', (0) * ((0.5+0j)))
except Exception as ex:
    print('(0) * ((0.5+0j))', type(ex).__name__, ex)
try:
    print('complex(1j)', complex(1j))
except Exception as ex:
    print('complex(1j)', type(ex).__name__, ex)
try:
    print('(2**53+1) == (0.5)', (2**53+1) == (0.5))
except Exception as ex:
    print('(2**53+1) == (0.5)', type(ex).__name__, ex)
try:
    print('math.hypot(-10**25, -2.5)', math.hypot(-10**25, -2.5))
except Exception as ex:
    print('math.hypot(-10**25, -2.5)', type(ex).__name__, ex)
try:
    print('str((2-3j))', str((2-3j)))
except Exception as ex:
    print('str((2-3j))', type(ex).__name__, ex)
try:
    print('(123.456) >> (False)', (123.456) >> (False))
except Exception as ex:
    print('(123.456) >> (False)', type(ex).__name__, ex)
try:
    print('(-10**25).imag', (-10**25).imag)
except Exception as ex:
    print('(-10**25).imag', type(ex).__name__, ex)
try:
    print('(3**100).__round__()', (3**100).__round__())
except Exception as ex:
    print('(3**100).__round__()', type(ex).__name__, ex)
try:
    print('math.isclose(2**53+1, (0.5+0j))', math.isclose(2**53+1, (0.5+0j)))
except Exception as ex:
    print('math.isclose(2**53+1, (0.5+0j))', type(ex).__name__, ex)
try:
    print('math.atan2((0.5+0j), 2**53+1)', math.atan2((0.5+0j), 2**53+1))
except Exception as ex:
    print('math.atan2((0.5+0j), 2**53+1)', type(ex).__name__, ex)
try:
    print('format(-0.0, ">12")', format(-0.0, ">12"))
except Exception as ex:
    print('format(-0.0, ">12")', type(ex).__name__, ex)
try:
    print('(-0.0).real', (-0.0).real)
except Exception as ex:
    print('(-0.0).real', type(ex).__name__, ex)
try:
    print('divmod(-1, 10**20)', divmod(-1, 10**20))
except Exception as ex:
    print('divmod(-1, 10**20)', type(ex).__name__, ex)
try:
    print('int(-13)', int(-13))
except Exception as ex:
    print('int(-13)', type(ex).__name__, ex)
try:
    print('math.gcd(-2**48, 123.456)', math.gcd(-2**48, 123.456))
except Exception as ex:
    print('math.gcd(-2**48, 123.456)', type(ex).__name__, ex)
try:
    print('math.atan2(True, 1j)', math.atan2(True, 1j))
except Exception as ex:
    print('math.atan2(True, 1j)', type(ex).__name__, ex)
try:
    print('round(0, 2)', round(0, 2))
except Exception as ex:
    print('round(0, 2)', type(ex).__name__, ex)
try:
    print('format(False, "+,")', format(False, "+,"))
except Exception as ex:
    print('format(False, "+,")', type(ex).__name__, ex)
try:
    print('max(1e16, 2**48)', max(1e16, 2**48))
except Exception as ex:
    print('max(1e16, 2**48)', type(ex).__name__, ex)
try:
    print('(1).bit_length()', (1).bit_length())
except Exception as ex:
    print('(1).bit_length()', type(ex).__name__, ex)
try:
    print('(-float("inf")) & (-0.0)', (-float("inf")) & (-0.0))
except Exception as ex:
    print('(-float("inf")) & (-0.0)', type(ex).__name__, ex)
try:
    print('(-1) + (0.0)', (-1) + (0.0))
except Exception as ex:
    print('(-1) + (0.0)', type(ex).__name__, ex)
try:
    print('divmod(1, -2.5)', divmod(1, -2.5))
except Exception as ex:
    print('divmod(1, -2.5)', type(ex).__name__, ex)
try:
    print('math.hypot(1e300, -0.0)', math.hypot(1e300, -0.0))
except Exception as ex:
    print('math.hypot(1e300, -0.0)', type(ex).__name__, ex)
try:
    print('(123.456) / (-1)', (123.456) / (-1))
except Exception as ex:
    print('(123.456) / (-1)', type(ex).__name__, ex)
try:
    print('~(1)', ~(1))
except Exception as ex:
    print('~(1)', type(ex).__name__, ex)
try:
    print('(1e16).is_integer()', (1e16).is_integer())
except Exception as ex:
    print('(1e16).is_integer()', type(ex).__name__, ex)
try:
    print('hash(10**20)', hash(10**20))
except Exception as ex:
    print('hash(10**20)', type(ex).__name__, ex)
try:
    print('(float("inf")) - (1j)', (float("inf")) - (1j))
except Exception as ex:
    print('(float("inf")) - (1j)', type(ex).__name__, ex)
try:
    print('(float("inf")) * ((0.5+0j))', (float("inf")) * ((0.5+0j)))
except Exception as ex:
    print('(float("inf")) * ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(2**48) >= ((0.5+0j))', (2**48) >= ((0.5+0j)))
except Exception as ex:
    print('(2**48) >= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-float("inf")).imag', (-float("inf")).imag)
except Exception as ex:
    print('(-float("inf")).imag', type(ex).__name__, ex)
try:
    print('(1e300) != (2**63)', (1e300) != (2**63))
except Exception as ex:
    print('(1e300) != (2**63)', type(ex).__name__, ex)
try:
    print('math.gcd(-float("inf"), -0.0)', math.gcd(-float("inf"), -0.0))
except Exception as ex:
    print('math.gcd(-float("inf"), -0.0)', type(ex).__name__, ex)
try:
    print('(1e16) / (-2**48)', (1e16) / (-2**48))
except Exception as ex:
    print('(1e16) / (-2**48)', type(ex).__name__, ex)
try:
    print('float.fromhex((-2**48).hex())', float.fromhex((-2**48).hex()))
except Exception as ex:
    print('float.fromhex((-2**48).hex())', type(ex).__name__, ex)
try:
    print('max(-10**25, False)', max(-10**25, False))
except Exception as ex:
    print('max(-10**25, False)', type(ex).__name__, ex)
try:
    print('(False) > (0.5)', (False) > (0.5))
except Exception as ex:
    print('(False) > (0.5)', type(ex).__name__, ex)
try:
    print('format(0.0, ">12")', format(0.0, ">12"))
except Exception as ex:
    print('format(0.0, ">12")', type(ex).__name__, ex)
try:
    print('(0.0) % (1e16)', (0.0) % (1e16))
except Exception as ex:
    print('(0.0) % (1e16)', type(ex).__name__, ex)
try:
    print('(0.0) >> (1j)', (0.0) >> (1j))
except Exception as ex:
    print('(0.0) >> (1j)', type(ex).__name__, ex)
try:
    print('(1e-300) <= (-2.5)', (1e-300) <= (-2.5))
except Exception as ex:
    print('(1e-300) <= (-2.5)', type(ex).__name__, ex)
try:
    print('math.isclose(2**63, (2-3j))', math.isclose(2**63, (2-3j)))
except Exception as ex:
    print('math.isclose(2**63, (2-3j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) & (1j)', (-float("inf")) & (1j))
except Exception as ex:
    print('(-float("inf")) & (1j)', type(ex).__name__, ex)
try:
    print('(2**48).as_integer_ratio()', (2**48).as_integer_ratio())
except Exception as ex:
    print('(2**48).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(0.5).bit_length()', (0.5).bit_length())
except Exception as ex:
    print('(0.5).bit_length()', type(ex).__name__, ex)
try:
    print('(0.5) / ((2-3j))', (0.5) / ((2-3j)))
except Exception as ex:
    print('(0.5) / ((2-3j))', type(ex).__name__, ex)
try:
    print('math.hypot(1j, -2.5)', math.hypot(1j, -2.5))
except Exception as ex:
    print('math.hypot(1j, -2.5)', type(ex).__name__, ex)
try:
    print('(0.0) == (1e300)', (0.0) == (1e300))
except Exception as ex:
    print('(0.0) == (1e300)', type(ex).__name__, ex)
try:
    print('(2**48) >= (-0.0)', (2**48) >= (-0.0))
except Exception as ex:
    print('(2**48) >= (-0.0)', type(ex).__name__, ex)
try:
    print('-(0.5)', -(0.5))
except Exception as ex:
    print('-(0.5)', type(ex).__name__, ex)
try:
    print('math.log(True)', math.log(True))
except Exception as ex:
    print('math.log(True)', type(ex).__name__, ex)
try:
    print('-(1e-300)', -(1e-300))
except Exception as ex:
    print('-(1e-300)', type(ex).__name__, ex)
try:
    print('(-float("inf")) ^ (-1)', (-float("inf")) ^ (-1))
except Exception as ex:
    print('(-float("inf")) ^ (-1)', type(ex).__name__, ex)
try:
    print('round(1j, 2)', round(1j, 2))
except Exception as ex:
    print('round(1j, 2)', type(ex).__name__, ex)
try:
    print('(0.0) < (0.0)', (0.0) < (0.0))
except Exception as ex:
    print('(0.0) < (0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)) <= (-13)', ((2-3j)) <= (-13))
except Exception as ex:
    print('((2-3j)) <= (-13)', type(ex).__name__, ex)
try:
    print('(-float("inf")) * (-10**25)', (-float("inf")) * (-10**25))
except Exception as ex:
    print('(-float("inf")) * (-10**25)', type(ex).__name__, ex)
try:
    print('round(1j, -1)', round(1j, -1))
except Exception as ex:
    print('round(1j, -1)', type(ex).__name__, ex)
try:
    print('(2**48) + (3**100)', (2**48) + (3**100))
except Exception as ex:
    print('(2**48) + (3**100)', type(ex).__name__, ex)
try:
    print('(1e300) != (-float("inf"))', (1e300) != (-float("inf")))
except Exception as ex:
    print('(1e300) != (-float("inf"))', type(ex).__name__, ex)
try:
    print('(2**63).as_integer_ratio()', (2**63).as_integer_ratio())
except Exception as ex:
    print('(2**63).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(1) != (1e300)', (1) != (1e300))
except Exception as ex:
    print('(1) != (1e300)', type(ex).__name__, ex)
try:
    print('(0) ^ (-1)', (0) ^ (-1))
except Exception as ex:
    print('(0) ^ (-1)', type(ex).__name__, ex)
try:
    print('(1e300) >= (-2.5)', (1e300) >= (-2.5))
except Exception as ex:
    print('(1e300) >= (-2.5)', type(ex).__name__, ex)
try:
    print('math.atan2(-1, -2**48)', math.atan2(-1, -2**48))
except Exception as ex:
    print('math.atan2(-1, -2**48)', type(ex).__name__, ex)
try:
    print('~(2**63)', ~(2**63))
except Exception as ex:
    print('~(2**63)', type(ex).__name__, ex)
try:
    print('pow(1j, 1j, 7)', pow(1j, 1j, 7))
except Exception as ex:
    print('pow(1j, 1j, 7)', type(ex).__name__, ex)
try:
    print('repr(2**48)', repr(2**48))
except Exception as ex:
    print('repr(2**48)', type(ex).__name__, ex)
try:
    print('int(10**20)', int(10**20))
except Exception as ex:
    print('int(10**20)', type(ex).__name__, ex)
try:
    print('math.atan2((0.5+0j), float("inf"))', math.atan2((0.5+0j), float("inf")))
except Exception as ex:
    print('math.atan2((0.5+0j), float("inf"))', type(ex).__name__, ex)
try:
    print('math.isclose(-2**48, 0.0)', math.isclose(-2**48, 0.0))
except Exception as ex:
    print('math.isclose(-2**48, 0.0)', type(ex).__name__, ex)
try:
    print('math.log(2**63)', math.log(2**63))
except Exception as ex:
    print('math.log(2**63)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).as_integer_ratio()', ((0.5+0j)).as_integer_ratio())
except Exception as ex:
    print('((0.5+0j)).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(-2.5) / (7)', (-2.5) / (7))
except Exception as ex:
    print('(-2.5) / (7)', type(ex).__name__, ex)
try:
    print('(False) > (1e300)', (False) > (1e300))
except Exception as ex:
    print('(False) > (1e300)', type(ex).__name__, ex)
try:
    print('(3**100) <= ((0.5+0j))', (3**100) <= ((0.5+0j)))
except Exception as ex:
    print('(3**100) <= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(0.0) + ((0.5+0j))', (0.0) + ((0.5+0j)))
except Exception as ex:
    print('(0.0) + ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.gcd(1, 0)', math.gcd(1, 0))
except Exception as ex:
    print('math.gcd(1, 0)', type(ex).__name__, ex)
try:
    print('-(2**63)', -(2**63))
except Exception as ex:
    print('-(2**63)', type(ex).__name__, ex)
try:
    print('math.sqrt(0.5)', math.sqrt(0.5))
except Exception as ex:
    print('math.sqrt(0.5)', type(ex).__name__, ex)
try:
    print('(-10**25) / (3**100)', (-10**25) / (3**100))
except Exception as ex:
    print('(-10**25) / (3**100)', type(ex).__name__, ex)
try:
    print('(False) <= (3**100)', (False) <= (3**100))
except Exception as ex:
    print('(False) <= (3**100)', type(ex).__name__, ex)
try:
    print('(2**48) != (-0.0)', (2**48) != (-0.0))
except Exception as ex:
    print('(2**48) != (-0.0)', type(ex).__name__, ex)
try:
    print('(-13) - (2**48)', (-13) - (2**48))
except Exception as ex:
    print('(-13) - (2**48)', type(ex).__name__, ex)
try:
    print('(1) ^ (2**48)', (1) ^ (2**48))
except Exception as ex:
    print('(1) ^ (2**48)', type(ex).__name__, ex)
try:
    print('(1e16) < (1e300)', (1e16) < (1e300))
except Exception as ex:
    print('(1e16) < (1e300)', type(ex).__name__, ex)
try:
    print('math.sqrt(1e-300)', math.sqrt(1e-300))
except Exception as ex:
    print('math.sqrt(1e-300)', type(ex).__name__, ex)
try:
    print('math.exp(float("inf"))', math.exp(float("inf")))
except Exception as ex:
    print('math.exp(float("inf"))', type(ex).__name__, ex)
try:
    print('math.exp(1)', math.exp(1))
except Exception as ex:
    print('math.exp(1)', type(ex).__name__, ex)
try:
    print('math.gcd(2**48, 7)', math.gcd(2**48, 7))
except Exception as ex:
    print('math.gcd(2**48, 7)', type(ex).__name__, ex)
try:
    print('(10**20) / (2**53+1)', (10**20) / (2**53+1))
except Exception as ex:
    print('(10**20) / (2**53+1)', type(ex).__name__, ex)
try:
    print('math.atan2((2-3j), 0.0)', math.atan2((2-3j), 0.0))
except Exception as ex:
    print('math.atan2((2-3j), 0.0)', type(ex).__name__, ex)
try:
    print('(10**20) >> (0)', (10**20) >> (0))
except Exception as ex:
    print('(10**20) >> (0)', type(ex).__name__, ex)
try:
    print('(-2.5) | (2**63)', (-2.5) | (2**63))
except Exception as ex:
    print('(-2.5) | (2**63)', type(ex).__name__, ex)
try:
    print('(2**48) <= (False)', (2**48) <= (False))
except Exception as ex:
    print('(2**48) <= (False)', type(ex).__name__, ex)
try:
    print('~(1j)', ~(1j))
except Exception as ex:
    print('~(1j)', type(ex).__name__, ex)
try:
    print('(1e16) != ((2-3j))', (1e16) != ((2-3j)))
except Exception as ex:
    print('(1e16) != ((2-3j))', type(ex).__name__, ex)
try:
    print('(False) == (-0.0)', (False) == (-0.0))
except Exception as ex:
    print('(False) == (-0.0)', type(ex).__name__, ex)
try:
    print('round(-13)', round(-13))
except Exception as ex:
    print('round(-13)', type(ex).__name__, ex)
try:
    print('repr(123.456)', repr(123.456))
except Exception as ex:
    print('repr(123.456)', type(ex).__name__, ex)
try:
    print('(False) << (-float("inf"))', (False) << (-float("inf")))
except Exception as ex:
    print('(False) << (-float("inf"))', type(ex).__name__, ex)
try:
    print('round(float("inf"))', round(float("inf")))
except Exception as ex:
    print('round(float("inf"))', type(ex).__name__, ex)
try:
    print('round(-13, 2)', round(-13, 2))
except Exception as ex:
    print('round(-13, 2)', type(ex).__name__, ex)
try:
    print('(1e-300) & (-float("inf"))', (1e-300) & (-float("inf")))
except Exception as ex:
    print('(1e-300) & (-float("inf"))', type(ex).__name__, ex)
try:
    print('(0.5) // (7)', (0.5) // (7))
except Exception as ex:
    print('(0.5) // (7)', type(ex).__name__, ex)
try:
    print('divmod(2**63, 1j)', divmod(2**63, 1j))
except Exception as ex:
    print('divmod(2**63, 1j)', type(ex).__name__, ex)
try:
    print('max(2**53+1, 1e300)', max(2**53+1, 1e300))
except Exception as ex:
    print('max(2**53+1, 1e300)', type(ex).__name__, ex)
try:
    print('math.sqrt(True)', math.sqrt(True))
except Exception as ex:
    print('math.sqrt(True)', type(ex).__name__, ex)
try:
    print('-(-0.0)', -(-0.0))
except Exception as ex:
    print('-(-0.0)', type(ex).__name__, ex)
try:
    print('(-0.0) >= (0.5)', (-0.0) >= (0.5))
except Exception as ex:
    print('(-0.0) >= (0.5)', type(ex).__name__, ex)
try:
    print('min(-13, 1e-300)', min(-13, 1e-300))
except Exception as ex:
    print('min(-13, 1e-300)', type(ex).__name__, ex)
try:
    print('divmod(True, 1e-300)', divmod(True, 1e-300))
except Exception as ex:
    print('divmod(True, 1e-300)', type(ex).__name__, ex)
try:
    print('(2**48) // (-10**25)', (2**48) // (-10**25))
except Exception as ex:
    print('(2**48) // (-10**25)', type(ex).__name__, ex)
try:
    print('(-1) + (float("inf"))', (-1) + (float("inf")))
except Exception as ex:
    print('(-1) + (float("inf"))', type(ex).__name__, ex)
try:
    print('format(0.5, "+,")', format(0.5, "+,"))
except Exception as ex:
    print('format(0.5, "+,")', type(ex).__name__, ex)
try:
    print('(-0.0) > (-10**25)', (-0.0) > (-10**25))
except Exception as ex:
    print('(-0.0) > (-10**25)', type(ex).__name__, ex)
try:
    print('-(2**63)', -(2**63))
except Exception as ex:
    print('-(2**63)', type(ex).__name__, ex)
try:
    print('(0.5) >> (-2.5)', (0.5) >> (-2.5))
except Exception as ex:
    print('(0.5) >> (-2.5)', type(ex).__name__, ex)
try:
    print('~(0.0)', ~(0.0))
except Exception as ex:
    print('~(0.0)', type(ex).__name__, ex)
try:
    print('(123.456) - (7)', (123.456) - (7))
except Exception as ex:
    print('(123.456) - (7)', type(ex).__name__, ex)
try:
    print('(1e-300).real', (1e-300).real)
except Exception as ex:
    print('(1e-300).real', type(ex).__name__, ex)
try:
    print('(123.456) != (-10**25)', (123.456) != (-10**25))
except Exception as ex:
    print('(123.456) != (-10**25)', type(ex).__name__, ex)
try:
    print('(-2**48) * (123.456)', (-2**48) * (123.456))
except Exception as ex:
    print('(-2**48) * (123.456)', type(ex).__name__, ex)
try:
    print('(0) & (-10**25)', (0) & (-10**25))
except Exception as ex:
    print('(0) & (-10**25)', type(ex).__name__, ex)
try:
    print('(-10**25) >> (0)', (-10**25) >> (0))
except Exception as ex:
    print('(-10**25) >> (0)', type(ex).__name__, ex)
try:
    print('(0.0).hex()', (0.0).hex())
except Exception as ex:
    print('(0.0).hex()', type(ex).__name__, ex)
try:
    print('round(0, 2)', round(0, 2))
except Exception as ex:
    print('round(0, 2)', type(ex).__name__, ex)
try:
    print('int((2-3j))', int((2-3j)))
except Exception as ex:
    print('int((2-3j))', type(ex).__name__, ex)
try:
    print('math.floor((0.5+0j))', math.floor((0.5+0j)))
except Exception as ex:
    print('math.floor((0.5+0j))', type(ex).__name__, ex)
try:
    print('(123.456) >= (-10**25)', (123.456) >= (-10**25))
except Exception as ex:
    print('(123.456) >= (-10**25)', type(ex).__name__, ex)
try:
    print('abs((2-3j))', abs((2-3j)))
except Exception as ex:
    print('abs((2-3j))', type(ex).__name__, ex)
try:
    print('(-0.0) == (1e300)', (-0.0) == (1e300))
except Exception as ex:
    print('(-0.0) == (1e300)', type(ex).__name__, ex)
try:
    print('complex(0.0)', complex(0.0))
except Exception as ex:
    print('complex(0.0)', type(ex).__name__, ex)
try:
    print('bool(1)', bool(1))
except Exception as ex:
    print('bool(1)', type(ex).__name__, ex)
try:
    print('abs(-0.0)', abs(-0.0))
except Exception as ex:
    print('abs(-0.0)', type(ex).__name__, ex)
try:
    print('(2**63) > (-0.0)', (2**63) > (-0.0))
except Exception as ex:
    print('(2**63) > (-0.0)', type(ex).__name__, ex)
try:
    print('(3**100) > ((0.5+0j))', (3**100) > ((0.5+0j)))
except Exception as ex:
    print('(3**100) > ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) != (0)', (-float("inf")) != (0))
except Exception as ex:
    print('(-float("inf")) != (0)', type(ex).__name__, ex)
try:
    print('(0.5) - (-2**48)', (0.5) - (-2**48))
except Exception as ex:
    print('(0.5) - (-2**48)', type(ex).__name__, ex)
try:
    print('(7).conjugate()', (7).conjugate())
except Exception as ex:
    print('(7).conjugate()', type(ex).__name__, ex)
try:
    print('max(-2.5, float("inf"))', max(-2.5, float("inf")))
except Exception as ex:
    print('max(-2.5, float("inf"))', type(ex).__name__, ex)
try:
    print('min(-13, 2**53+1)', min(-13, 2**53+1))
except Exception as ex:
    print('min(-13, 2**53+1)', type(ex).__name__, ex)
try:
    print('(True) // (1)', (True) // (1))
except Exception as ex:
    print('(True) // (1)', type(ex).__name__, ex)
try:
    print('hash(0.5)', hash(0.5))
except Exception as ex:
    print('hash(0.5)', type(ex).__name__, ex)
try:
    print('round(1)', round(1))
except Exception as ex:
    print('round(1)', type(ex).__name__, ex)
try:
    print('math.fmod(123.456, 2**53+1)', math.fmod(123.456, 2**53+1))
except Exception as ex:
    print('math.fmod(123.456, 2**53+1)', type(ex).__name__, ex)
try:
    print('(-float("inf")) ** ((0.5+0j))', (-float("inf")) ** ((0.5+0j)))
except Exception as ex:
    print('(-float("inf")) ** ((0.5+0j))', type(ex).__name__, ex)
try:
    print('round(-float("inf"), -1)', round(-float("inf"), -1))
except Exception as ex:
    print('round(-float("inf"), -1)', type(ex).__name__, ex)
try:
    print('math.fmod(-0.0, 7)', math.fmod(-0.0, 7))
except Exception as ex:
    print('math.fmod(-0.0, 7)', type(ex).__name__, ex)
try:
    print('(0) << ((2-3j))', (0) << ((2-3j)))
except Exception as ex:
    print('(0) << ((2-3j))', type(ex).__name__, ex)
try:
    print('(-0.0).bit_length()', (-0.0).bit_length())
except Exception as ex:
    print('(-0.0).bit_length()', type(ex).__name__, ex)
try:
    print('(2**53+1) <= ((2-3j))', (2**53+1) <= ((2-3j)))
except Exception as ex:
    print('(2**53+1) <= ((2-3j))', type(ex).__name__, ex)
try:
    print('(1e-300) - (1e300)', (1e-300) - (1e300))
except Exception as ex:
    print('(1e-300) - (1e300)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> (-10**25)', (-float("inf")) >> (-10**25))
except Exception as ex:
    print('(-float("inf")) >> (-10**25)', type(ex).__name__, ex)
try:
    print('(0) % (1)', (0) % (1))
except Exception as ex:
    print('(0) % (1)', type(ex).__name__, ex)
try:
    print('(1e300) * (7)', (1e300) * (7))
except Exception as ex:
    print('(1e300) * (7)', type(ex).__name__, ex)
try:
    print('math.atan2((2-3j), -0.0)', math.atan2((2-3j), -0.0))
except Exception as ex:
    print('math.atan2((2-3j), -0.0)', type(ex).__name__, ex)
try:
    print('(True) / (2**63)', (True) / (2**63))
except Exception as ex:
    print('(True) / (2**63)', type(ex).__name__, ex)
try:
    print('format(1e300, ">12")', format(1e300, ">12"))
except Exception as ex:
    print('format(1e300, ">12")', type(ex).__name__, ex)
try:
    print('(10**20).imag', (10**20).imag)
except Exception as ex:
    print('(10**20).imag', type(ex).__name__, ex)
try:
    print('(-10**25) < ((2-3j))', (-10**25) < ((2-3j)))
except Exception as ex:
    print('(-10**25) < ((2-3j))', type(ex).__name__, ex)
try:
    print('(-2.5) - (False)', (-2.5) - (False))
except Exception as ex:
    print('(-2.5) - (False)', type(ex).__name__, ex)
try:
    print('(-10**25) | (7)', (-10**25) | (7))
except Exception as ex:
    print('(-10**25) | (7)', type(ex).__name__, ex)
try:
    print('(-2.5) < (0.5)', (-2.5) < (0.5))
except Exception as ex:
    print('(-2.5) < (0.5)', type(ex).__name__, ex)
try:
    print('(2**63).real', (2**63).real)
except Exception as ex:
    print('(2**63).real', type(ex).__name__, ex)
try:
    print('(1j).imag', (1j).imag)
except Exception as ex:
    print('(1j).imag', type(ex).__name__, ex)
try:
    print('math.gcd(7, 1e-300)', math.gcd(7, 1e-300))
except Exception as ex:
    print('math.gcd(7, 1e-300)', type(ex).__name__, ex)
try:
    print('(-13) // (2**48)', (-13) // (2**48))
except Exception as ex:
    print('(-13) // (2**48)', type(ex).__name__, ex)
try:
    print('repr(float("inf"))', repr(float("inf")))
except Exception as ex:
    print('repr(float("inf"))', type(ex).__name__, ex)
try:
    print('min(-float("inf"), -1)', min(-float("inf"), -1))
except Exception as ex:
    print('min(-float("inf"), -1)', type(ex).__name__, ex)
try:
    print('(-2**48) & (2**48)', (-2**48) & (2**48))
except Exception as ex:
    print('(-2**48) & (2**48)', type(ex).__name__, ex)
try:
    print('(1) ^ (0.5)', (1) ^ (0.5))
except Exception as ex:
    print('(1) ^ (0.5)', type(ex).__name__, ex)
try:
    print('(0.0) >= (2**48)', (0.0) >= (2**48))
except Exception as ex:
    print('(0.0) >= (2**48)', type(ex).__name__, ex)
try:
    print('~(2**63)', ~(2**63))
except Exception as ex:
    print('~(2**63)', type(ex).__name__, ex)
try:
    print('((2-3j)) ** (0.0)', ((2-3j)) ** (0.0))
except Exception as ex:
    print('((2-3j)) ** (0.0)', type(ex).__name__, ex)
try:
    print('(1e16) | (3**100)', (1e16) | (3**100))
except Exception as ex:
    print('(1e16) | (3**100)', type(ex).__name__, ex)
try:
    print('(1j) + (1)', (1j) + (1))
except Exception as ex:
    print('(1j) + (1)', type(ex).__name__, ex)
try:
    print('min(1, 2**48)', min(1, 2**48))
except Exception as ex:
    print('min(1, 2**48)', type(ex).__name__, ex)
try:
    print('pow(1, 1, 7)', pow(1, 1, 7))
except Exception as ex:
    print('pow(1, 1, 7)', type(ex).__name__, ex)
try:
    print('(-0.0) % (False)', (-0.0) % (False))
except Exception as ex:
    print('(-0.0) % (False)', type(ex).__name__, ex)
try:
    print('float(7)', float(7))
except Exception as ex:
    print('float(7)', type(ex).__name__, ex)
try:
    print('math.gcd(10**20, 1e300)', math.gcd(10**20, 1e300))
except Exception as ex:
    print('math.gcd(10**20, 1e300)', type(ex).__name__, ex)
try:
    print('math.exp(1e16)', math.exp(1e16))
except Exception as ex:
    print('math.exp(1e16)', type(ex).__name__, ex)
try:
    print('round(-0.0)', round(-0.0))
except Exception as ex:
    print('round(-0.0)', type(ex).__name__, ex)
try:
    print('(-2**48) < (1e300)', (-2**48) < (1e300))
except Exception as ex:
    print('(-2**48) < (1e300)', type(ex).__name__, ex)
try:
    print('math.hypot(2**48, 1e300)', math.hypot(2**48, 1e300))
except Exception as ex:
    print('math.hypot(2**48, 1e300)', type(ex).__name__, ex)
try:
    print('(10**20) < (0.0)', (10**20) < (0.0))
except Exception as ex:
    print('(10**20) < (0.0)', type(ex).__name__, ex)
try:
    print('math.log(-0.0)', math.log(-0.0))
except Exception as ex:
    print('math.log(-0.0)', type(ex).__name__, ex)
try:
    print('math.hypot(1j, 1j)', math.hypot(1j, 1j))
except Exception as ex:
    print('math.hypot(1j, 1j)', type(ex).__name__, ex)
try:
    print('math.sqrt(1e-300)', math.sqrt(1e-300))
except Exception as ex:
    print('math.sqrt(1e-300)', type(ex).__name__, ex)
try:
    print('(-0.0) // (True)', (-0.0) // (True))
except Exception as ex:
    print('(-0.0) // (True)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> (1e300)', (-float("inf")) >> (1e300))
except Exception as ex:
    print('(-float("inf")) >> (1e300)', type(ex).__name__, ex)
try:
    print('(-2.5) > (2**48)', (-2.5) > (2**48))
except Exception as ex:
    print('(-2.5) > (2**48)', type(ex).__name__, ex)
try:
    print('round(3**100)', round(3**100))
except Exception as ex:
    print('round(3**100)', type(ex).__name__, ex)
try:
    print('(2**53+1) == (False)', (2**53+1) == (False))
except Exception as ex:
    print('(2**53+1) == (False)', type(ex).__name__, ex)
try:
    print('(2**63) != (True)', (2**63) != (True))
except Exception as ex:
    print('(2**63) != (True)', type(ex).__name__, ex)
try:
    print('complex(-float("inf"))', complex(-float("inf")))
except Exception as ex:
    print('complex(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e300) // (2**48)', (1e300) // (2**48))
except Exception as ex:
    print('(1e300) // (2**48)', type(ex).__name__, ex)
try:
    print('max(0, 123.456)', max(0, 123.456))
except Exception as ex:
    print('max(0, 123.456)', type(ex).__name__, ex)
try:
    print('math.sqrt(2**63)', math.sqrt(2**63))
except Exception as ex:
    print('math.sqrt(2**63)', type(ex).__name__, ex)
try:
    print('(-0.0) ^ (3**100)', (-0.0) ^ (3**100))
except Exception as ex:
    print('(-0.0) ^ (3**100)', type(ex).__name__, ex)
try:
    print('(True) < (1e16)', (True) < (1e16))
except Exception as ex:
    print('(True) < (1e16)', type(ex).__name__, ex)
try:
    print('(123.456) | (-0.0)', (123.456) | (-0.0))
except Exception as ex:
    print('(123.456) | (-0.0)', type(ex).__name__, ex)
try:
    print('(0).hex()', (0).hex())
except Exception as ex:
    print('(0).hex()', type(ex).__name__, ex)
try:
    print('(1e300).conjugate()', (1e300).conjugate())
except Exception as ex:
    print('(1e300).conjugate()', type(ex).__name__, ex)
try:
    print('format(2**53+1, ".3g")', format(2**53+1, ".3g"))
except Exception as ex:
    print('format(2**53+1, ".3g")', type(ex).__name__, ex)
try:
    print('(1e300) * (False)', (1e300) * (False))
except Exception as ex:
    print('(1e300) * (False)', type(ex).__name__, ex)
try:
    print('math.trunc(1)', math.trunc(1))
except Exception as ex:
    print('math.trunc(1)', type(ex).__name__, ex)
try:
    print('math.fmod(1e16, -2**48)', math.fmod(1e16, -2**48))
except Exception as ex:
    print('math.fmod(1e16, -2**48)', type(ex).__name__, ex)
try:
    print('divmod(0.5, 1)', divmod(0.5, 1))
except Exception as ex:
    print('divmod(0.5, 1)', type(ex).__name__, ex)
try:
    print('(1) * (10**20)', (1) * (10**20))
except Exception as ex:
    print('(1) * (10**20)', type(ex).__name__, ex)
try:
    print('(0.5) + (float("inf"))', (0.5) + (float("inf")))
except Exception as ex:
    print('(0.5) + (float("inf"))', type(ex).__name__, ex)
try:
    print('format(2**48, "+,")', format(2**48, "+,"))
except Exception as ex:
    print('format(2**48, "+,")', type(ex).__name__, ex)
try:
    print('((0.5+0j)) ^ (0.0)', ((0.5+0j)) ^ (0.0))
except Exception as ex:
    print('((0.5+0j)) ^ (0.0)', type(ex).__name__, ex)
try:
    print('divmod(123.456, -0.0)', divmod(123.456, -0.0))
except Exception as ex:
    print('divmod(123.456, -0.0)', type(ex).__name__, ex)
try:
    print('(True).imag', (True).imag)
except Exception as ex:
    print('(True).imag', type(ex).__name__, ex)
try:
    print('math.copysign(1, 0)', math.copysign(1, 0))
except Exception as ex:
    print('math.copysign(1, 0)', type(ex).__name__, ex)
try:
    print('complex(-1)', complex(-1))
except Exception as ex:
    print('complex(-1)', type(ex).__name__, ex)
try:
    print('math.fmod((2-3j), 1e16)', math.fmod((2-3j), 1e16))
except Exception as ex:
    print('math.fmod((2-3j), 1e16)', type(ex).__name__, ex)
try:
    print('round(-10**25)', round(-10**25))
except Exception as ex:
    print('round(-10**25)', type(ex).__name__, ex)
try:
    print('format((2-3j), ".3g")', format((2-3j), ".3g"))
except Exception as ex:
    print('format((2-3j), ".3g")', type(ex).__name__, ex)
try:
    print('(0) - (1e-300)', (0) - (1e-300))
except Exception as ex:
    print('(0) - (1e-300)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 1j)', math.copysign(1, 1j))
except Exception as ex:
    print('math.copysign(1, 1j)', type(ex).__name__, ex)
try:
    print('(0.5).conjugate()', (0.5).conjugate())
except Exception as ex:
    print('(0.5).conjugate()', type(ex).__name__, ex)
try:
    print('(-2.5) & (-2.5)', (-2.5) & (-2.5))
except Exception as ex:
    print('(-2.5) & (-2.5)', type(ex).__name__, ex)
try:
    print('bool(-2.5)', bool(-2.5))
except Exception as ex:
    print('bool(-2.5)', type(ex).__name__, ex)
try:
    print('(-10**25) / (-13)', (-10**25) / (-13))
except Exception as ex:
    print('(-10**25) / (-13)', type(ex).__name__, ex)
try:
    print('round(-13, 2)', round(-13, 2))
except Exception as ex:
    print('round(-13, 2)', type(ex).__name__, ex)
try:
    print('(2**53+1) <= (0.0)', (2**53+1) <= (0.0))
except Exception as ex:
    print('(2**53+1) <= (0.0)', type(ex).__name__, ex)
try:
    print('(2**63) // (float("inf"))', (2**63) // (float("inf")))
except Exception as ex:
    print('(2**63) // (float("inf"))', type(ex).__name__, ex)
try:
    print('(float("inf")).is_integer()', (float("inf")).is_integer())
except Exception as ex:
    print('(float("inf")).is_integer()', type(ex).__name__, ex)
try:
    print('(3**100).bit_length()', (3**100).bit_length())
except Exception as ex:
    print('(3**100).bit_length()', type(ex).__name__, ex)
try:
    print('(0) - (1j)', (0) - (1j))
except Exception as ex:
    print('(0) - (1j)', type(ex).__name__, ex)
try:
    print('(2**48) << (-float("inf"))', (2**48) << (-float("inf")))
except Exception as ex:
    print('(2**48) << (-float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) % (-13)', ((0.5+0j)) % (-13))
except Exception as ex:
    print('((0.5+0j)) % (-13)', type(ex).__name__, ex)
try:
    print('(-1) & (False)', (-1) & (False))
except Exception as ex:
    print('(-1) & (False)', type(ex).__name__, ex)
try:
    print('(3**100) << (0.5)', (3**100) << (0.5))
except Exception as ex:
    print('(3**100) << (0.5)', type(ex).__name__, ex)
try:
    print('(True) / (0)', (True) / (0))
except Exception as ex:
    print('(True) / (0)', type(ex).__name__, ex)
try:
    print('(-0.0).hex()', (-0.0).hex())
except Exception as ex:
    print('(-0.0).hex()', type(ex).__name__, ex)
try:
    print('(0) // (True)', (0) // (True))
except Exception as ex:
    print('(0) // (True)', type(ex).__name__, ex)
try:
    print('(float("inf")) == (1)', (float("inf")) == (1))
except Exception as ex:
    print('(float("inf")) == (1)', type(ex).__name__, ex)
try:
    print('str(1e16)', str(1e16))
except Exception as ex:
    print('str(1e16)', type(ex).__name__, ex)
try:
    print('min(float("inf"), 10**20)', min(float("inf"), 10**20))
except Exception as ex:
    print('min(float("inf"), 10**20)', type(ex).__name__, ex)
try:
    print('(False) < (1j)', (False) < (1j))
except Exception as ex:
    print('(False) < (1j)', type(ex).__name__, ex)
try:
    print('round(-10**25)', round(-10**25))
except Exception as ex:
    print('round(-10**25)', type(ex).__name__, ex)
try:
    print('abs(-10**25)', abs(-10**25))
except Exception as ex:
    print('abs(-10**25)', type(ex).__name__, ex)
try:
    print('math.ceil(10**20)', math.ceil(10**20))
except Exception as ex:
    print('math.ceil(10**20)', type(ex).__name__, ex)
try:
    print('(123.456) != (10**20)', (123.456) != (10**20))
except Exception as ex:
    print('(123.456) != (10**20)', type(ex).__name__, ex)
try:
    print('math.hypot(1, (2-3j))', math.hypot(1, (2-3j)))
except Exception as ex:
    print('math.hypot(1, (2-3j))', type(ex).__name__, ex)
try:
    print('-(True)', -(True))
except Exception as ex:
    print('-(True)', type(ex).__name__, ex)
try:
    print('(-2.5) / (2**53+1)', (-2.5) / (2**53+1))
except Exception as ex:
    print('(-2.5) / (2**53+1)', type(ex).__name__, ex)
try:
    print('~(-13)', ~(-13))
except Exception as ex:
    print('~(-13)', type(ex).__name__, ex)
try:
    print('(2**48) % (-2**48)', (2**48) % (-2**48))
except Exception as ex:
    print('(2**48) % (-2**48)', type(ex).__name__, ex)
try:
    print('(1) == (-10**25)', (1) == (-10**25))
except Exception as ex:
    print('(1) == (-10**25)', type(ex).__name__, ex)
try:
    print('~(-2.5)', ~(-2.5))
except Exception as ex:
    print('~(-2.5)', type(ex).__name__, ex)
try:
    print('(123.456) // (7)', (123.456) // (7))
except Exception as ex:
    print('(123.456) // (7)', type(ex).__name__, ex)
try:
    print('(2**53+1) | (-1)', (2**53+1) | (-1))
except Exception as ex:
    print('(2**53+1) | (-1)', type(ex).__name__, ex)
try:
    print('(False).bit_length()', (False).bit_length())
except Exception as ex:
    print('(False).bit_length()', type(ex).__name__, ex)
try:
    print('-(-13)', -(-13))
except Exception as ex:
    print('-(-13)', type(ex).__name__, ex)
try:
    print('hash(-1)', hash(-1))
except Exception as ex:
    print('hash(-1)', type(ex).__name__, ex)
try:
    print('format(-2.5, "+,")', format(-2.5, "+,"))
except Exception as ex:
    print('format(-2.5, "+,")', type(ex).__name__, ex)
try:
    print('(-2.5).is_integer()', (-2.5).is_integer())
except Exception as ex:
    print('(-2.5).is_integer()', type(ex).__name__, ex)
try:
    print('round(1e16)', round(1e16))
except Exception as ex:
    print('round(1e16)', type(ex).__name__, ex)
try:
    print('(1) > (-1)', (1) > (-1))
except Exception as ex:
    print('(1) > (-1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) >> (2**63)', ((0.5+0j)) >> (2**63))
except Exception as ex:
    print('((0.5+0j)) >> (2**63)', type(ex).__name__, ex)
try:
    print('math.exp(-10**25)', math.exp(-10**25))
except Exception as ex:
    print('math.exp(-10**25)', type(ex).__name__, ex)
try:
    print('(0.5) == (-0.0)', (0.5) == (-0.0))
except Exception as ex:
    print('(0.5) == (-0.0)', type(ex).__name__, ex)
try:
    print('format((0.5+0j), "+,")', format((0.5+0j), "+,"))
except Exception as ex:
    print('format((0.5+0j), "+,")', type(ex).__name__, ex)
try:
    print('(-2.5) ** (0)', (-2.5) ** (0))
except Exception as ex:
    print('(-2.5) ** (0)', type(ex).__name__, ex)
try:
    print('(0.5) * (10**20)', (0.5) * (10**20))
except Exception as ex:
    print('(0.5) * (10**20)', type(ex).__name__, ex)
try:
    print('(0.0).as_integer_ratio()', (0.0).as_integer_ratio())
except Exception as ex:
    print('(0.0).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('math.sqrt((2-3j))', math.sqrt((2-3j)))
except Exception as ex:
    print('math.sqrt((2-3j))', type(ex).__name__, ex)
try:
    print('(2**48) / (123.456)', (2**48) / (123.456))
except Exception as ex:
    print('(2**48) / (123.456)', type(ex).__name__, ex)
try:
    print('(0.0) != (True)', (0.0) != (True))
except Exception as ex:
    print('(0.0) != (True)', type(ex).__name__, ex)
try:
    print('math.ceil(0.0)', math.ceil(0.0))
except Exception as ex:
    print('math.ceil(0.0)', type(ex).__name__, ex)
try:
    print('(-float("inf")) > (10**20)', (-float("inf")) > (10**20))
except Exception as ex:
    print('(-float("inf")) > (10**20)', type(ex).__name__, ex)
try:
    print('int(float("inf"))', int(float("inf")))
except Exception as ex:
    print('int(float("inf"))', type(ex).__name__, ex)
try:
    print('(0).conjugate()', (0).conjugate())
except Exception as ex:
    print('(0).conjugate()', type(ex).__name__, ex)
try:
    print('format(10**20, ">12")', format(10**20, ">12"))
except Exception as ex:
    print('format(10**20, ">12")', type(ex).__name__, ex)
try:
    print('(123.456) + (-10**25)', (123.456) + (-10**25))
except Exception as ex:
    print('(123.456) + (-10**25)', type(ex).__name__, ex)
try:
    print('round(7, 2)', round(7, 2))
except Exception as ex:
    print('round(7, 2)', type(ex).__name__, ex)
try:
    print('((2-3j)) ^ (0.0)', ((2-3j)) ^ (0.0))
except Exception as ex:
    print('((2-3j)) ^ (0.0)', type(ex).__name__, ex)
try:
    print('(0.0) >= (10**20)', (0.0) >= (10**20))
except Exception as ex:
    print('(0.0) >= (10**20)', type(ex).__name__, ex)
try:
    print('math.hypot(7, -13)', math.hypot(7, -13))
except Exception as ex:
    print('math.hypot(7, -13)', type(ex).__name__, ex)
try:
    print('(-10**25) | (0.0)', (-10**25) | (0.0))
except Exception as ex:
    print('(-10**25) | (0.0)', type(ex).__name__, ex)
try:
    print('math.isclose((0.5+0j), False)', math.isclose((0.5+0j), False))
except Exception as ex:
    print('math.isclose((0.5+0j), False)', type(ex).__name__, ex)
try:
    print('(7) // (1e16)', (7) // (1e16))
except Exception as ex:
    print('(7) // (1e16)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> (float("inf"))', (-float("inf")) >> (float("inf")))
except Exception as ex:
    print('(-float("inf")) >> (float("inf"))', type(ex).__name__, ex)
try:
    print('(0.0).conjugate()', (0.0).conjugate())
except Exception as ex:
    print('(0.0).conjugate()', type(ex).__name__, ex)
try:
    print('bool(1)', bool(1))
except Exception as ex:
    print('bool(1)', type(ex).__name__, ex)
try:
    print('(2**48) < (123.456)', (2**48) < (123.456))
except Exception as ex:
    print('(2**48) < (123.456)', type(ex).__name__, ex)
try:
    print('math.exp((2-3j))', math.exp((2-3j)))
except Exception as ex:
    print('math.exp((2-3j))', type(ex).__name__, ex)
try:
    print('((2-3j)) > (2**53+1)', ((2-3j)) > (2**53+1))
except Exception as ex:
    print('((2-3j)) > (2**53+1)', type(ex).__name__, ex)
try:
    print('(float("inf")) // (3**100)', (float("inf")) // (3**100))
except Exception as ex:
    print('(float("inf")) // (3**100)', type(ex).__name__, ex)
try:
    print('math.copysign(1, False)', math.copysign(1, False))
except Exception as ex:
    print('math.copysign(1, False)', type(ex).__name__, ex)
try:
    print('abs(0)', abs(0))
except Exception as ex:
    print('abs(0)', type(ex).__name__, ex)
try:
    print('(True).real', (True).real)
except Exception as ex:
    print('(True).real', type(ex).__name__, ex)
try:
    print('(1e300) & (0.5)', (1e300) & (0.5))
except Exception as ex:
    print('(1e300) & (0.5)', type(ex).__name__, ex)
try:
    print('math.trunc(10**20)', math.trunc(10**20))
except Exception as ex:
    print('math.trunc(10**20)', type(ex).__name__, ex)
try:
    print('(2**48) << ((0.5+0j))', (2**48) << ((0.5+0j)))
except Exception as ex:
    print('(2**48) << ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(0.5) % (2**53+1)', (0.5) % (2**53+1))
except Exception as ex:
    print('(0.5) % (2**53+1)', type(ex).__name__, ex)
try:
    print('(7) | (3**100)', (7) | (3**100))
except Exception as ex:
    print('(7) | (3**100)', type(ex).__name__, ex)
try:
    print('((2-3j)) <= ((2-3j))', ((2-3j)) <= ((2-3j)))
except Exception as ex:
    print('((2-3j)) <= ((2-3j))', type(ex).__name__, ex)
try:
    print('format(3**100, ">12")', format(3**100, ">12"))
except Exception as ex:
    print('format(3**100, ">12")', type(ex).__name__, ex)
try:
    print('str(10**20)', str(10**20))
except Exception as ex:
    print('str(10**20)', type(ex).__name__, ex)
try:
    print('(1j) > (1j)', (1j) > (1j))
except Exception as ex:
    print('(1j) > (1j)', type(ex).__name__, ex)
try:
    print('(1) >> (0.0)', (1) >> (0.0))
except Exception as ex:
    print('(1) >> (0.0)', type(ex).__name__, ex)
try:
    print('(1e-300) + (1e300)', (1e-300) + (1e300))
except Exception as ex:
    print('(1e-300) + (1e300)', type(ex).__name__, ex)
try:
    print('(-13) >> (-13)', (-13) >> (-13))
except Exception as ex:
    print('(-13) >> (-13)', type(ex).__name__, ex)
try:
    print('(-2**48) % (0)', (-2**48) % (0))
except Exception as ex:
    print('(-2**48) % (0)', type(ex).__name__, ex)
try:
    print('(-0.0) == (1)', (-0.0) == (1))
except Exception as ex:
    print('(-0.0) == (1)', type(ex).__name__, ex)
try:
    print('(10**20) + (float("inf"))', (10**20) + (float("inf")))
except Exception as ex:
    print('(10**20) + (float("inf"))', type(ex).__name__, ex)
try:
    print('(123.456) % (-2.5)', (123.456) % (-2.5))
except Exception as ex:
    print('(123.456) % (-2.5)', type(ex).__name__, ex)
try:
    print('(-1) != ((2-3j))', (-1) != ((2-3j)))
except Exception as ex:
    print('(-1) != ((2-3j))', type(ex).__name__, ex)
try:
    print('complex(1j)', complex(1j))
except Exception as ex:
    print('complex(1j)', type(ex).__name__, ex)
try:
    print('math.fmod(1e-300, 10**20)', math.fmod(1e-300, 10**20))
except Exception as ex:
    print('math.fmod(1e-300, 10**20)', type(ex).__name__, ex)
try:
    print('(False) == (123.456)', (False) == (123.456))
except Exception as ex:
    print('(False) == (123.456)', type(ex).__name__, ex)
try:
    print('divmod(-float("inf"), -13)', divmod(-float("inf"), -13))
except Exception as ex:
    print('divmod(-float("inf"), -13)', type(ex).__name__, ex)
try:
    print('(123.456) == (float("inf"))', (123.456) == (float("inf")))
except Exception as ex:
    print('(123.456) == (float("inf"))', type(ex).__name__, ex)
try:
    print('min((0.5+0j), (2-3j))', min((0.5+0j), (2-3j)))
except Exception as ex:
    print('min((0.5+0j), (2-3j))', type(ex).__name__, ex)
try:
    print('(False) * (-1)', (False) * (-1))
except Exception as ex:
    print('(False) * (-1)', type(ex).__name__, ex)
try:
    print('(1j).imag', (1j).imag)
except Exception as ex:
    print('(1j).imag', type(ex).__name__, ex)
try:
    print('(0) % (True)', (0) % (True))
except Exception as ex:
    print('(0) % (True)', type(ex).__name__, ex)
try:
    print('((2-3j)) == (2**63)', ((2-3j)) == (2**63))
except Exception as ex:
    print('((2-3j)) == (2**63)', type(ex).__name__, ex)
try:
    print('math.gcd(3**100, 2**48)', math.gcd(3**100, 2**48))
except Exception as ex:
    print('math.gcd(3**100, 2**48)', type(ex).__name__, ex)
try:
    print('(1) >> (1)', (1) >> (1))
except Exception as ex:
    print('(1) >> (1)', type(ex).__name__, ex)
try:
    print('(0.0) < (0.5)', (0.0) < (0.5))
except Exception as ex:
    print('(0.0) < (0.5)', type(ex).__name__, ex)
try:
    print('math.atan2(1, 123.456)', math.atan2(1, 123.456))
except Exception as ex:
    print('math.atan2(1, 123.456)', type(ex).__name__, ex)
try:
    print('(10**20) % (1e16)', (10**20) % (1e16))
except Exception as ex:
    print('(10**20) % (1e16)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).real', ((0.5+0j)).real)
except Exception as ex:
    print('((0.5+0j)).real', type(ex).__name__, ex)
try:
    print('(10**20) == (2**63)', (10**20) == (2**63))
except Exception as ex:
    print('(10**20) == (2**63)', type(ex).__name__, ex)
try:
    print('(2**63) < (0.0)', (2**63) < (0.0))
except Exception as ex:
    print('(2**63) < (0.0)', type(ex).__name__, ex)
try:
    print('(1) / (False)', (1) / (False))
except Exception as ex:
    print('(1) / (False)', type(ex).__name__, ex)
try:
    print('(-2**48) // (-2**48)', (-2**48) // (-2**48))
except Exception as ex:
    print('(-2**48) // (-2**48)', type(ex).__name__, ex)
try:
    print('max(1e16, -2.5)', max(1e16, -2.5))
except Exception as ex:
    print('max(1e16, -2.5)', type(ex).__name__, ex)
try:
    print('(-float("inf")) / (True)', (-float("inf")) / (True))
except Exception as ex:
    print('(-float("inf")) / (True)', type(ex).__name__, ex)
try:
    print('(2**53+1) >= (1e16)', (2**53+1) >= (1e16))
except Exception as ex:
    print('(2**53+1) >= (1e16)', type(ex).__name__, ex)
try:
    print('int(-10**25)', int(-10**25))
except Exception as ex:
    print('int(-10**25)', type(ex).__name__, ex)
try:
    print('~(0.5)', ~(0.5))
except Exception as ex:
    print('~(0.5)', type(ex).__name__, ex)
try:
    print('str(1e-300)', str(1e-300))
except Exception as ex:
    print('str(1e-300)', type(ex).__name__, ex)
try:
    print('(-2.5) >> (-10**25)', (-2.5) >> (-10**25))
except Exception as ex:
    print('(-2.5) >> (-10**25)', type(ex).__name__, ex)
try:
    print('(2**48) > (1e-300)', (2**48) > (1e-300))
except Exception as ex:
    print('(2**48) > (1e-300)', type(ex).__name__, ex)
try:
    print('round(2**48, 2)', round(2**48, 2))
except Exception as ex:
    print('round(2**48, 2)', type(ex).__name__, ex)
try:
    print('(0.0) & (-13)', (0.0) & (-13))
except Exception as ex:
    print('(0.0) & (-13)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).conjugate()', ((0.5+0j)).conjugate())
except Exception as ex:
    print('((0.5+0j)).conjugate()', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 1e-300)', math.ldexp(1.5, 1e-300))
except Exception as ex:
    print('math.ldexp(1.5, 1e-300)', type(ex).__name__, ex)
try:
    print('(-0.0) % (7)', (-0.0) % (7))
except Exception as ex:
    print('(-0.0) % (7)', type(ex).__name__, ex)
try:
    print('format(1, ">12")', format(1, ">12"))
except Exception as ex:
    print('format(1, ">12")', type(ex).__name__, ex)
try:
    print('(7) / (0)', (7) / (0))
except Exception as ex:
    print('(7) / (0)', type(ex).__name__, ex)
try:
    print('(float("inf")) <= (1e-300)', (float("inf")) <= (1e-300))
except Exception as ex:
    print('(float("inf")) <= (1e-300)', type(ex).__name__, ex)
try:
    print('math.exp(-10**25)', math.exp(-10**25))
except Exception as ex:
    print('math.exp(-10**25)', type(ex).__name__, ex)
try:
    print('(7) / (1e-300)', (7) / (1e-300))
except Exception as ex:
    print('(7) / (1e-300)', type(ex).__name__, ex)
try:
    print('~(123.456)', ~(123.456))
except Exception as ex:
    print('~(123.456)', type(ex).__name__, ex)
try:
    print('-(7)', -(7))
except Exception as ex:
    print('-(7)', type(ex).__name__, ex)
try:
    print('(-float("inf")).hex()', (-float("inf")).hex())
except Exception as ex:
    print('(-float("inf")).hex()', type(ex).__name__, ex)
try:
    print('math.fmod(2**48, 2**48)', math.fmod(2**48, 2**48))
except Exception as ex:
    print('math.fmod(2**48, 2**48)', type(ex).__name__, ex)
try:
    print('math.sqrt(2**48)', math.sqrt(2**48))
except Exception as ex:
    print('math.sqrt(2**48)', type(ex).__name__, ex)
try:
    print('(7) % (-2**48)', (7) % (-2**48))
except Exception as ex:
    print('(7) % (-2**48)', type(ex).__name__, ex)
try:
    print('(1j).hex()', (1j).hex())
except Exception as ex:
    print('(1j).hex()', type(ex).__name__, ex)
try:
    print('(-2**48) + (2**48)', (-2**48) + (2**48))
except Exception as ex:
    print('(-2**48) + (2**48)', type(ex).__name__, ex)
try:
    print('(7) | (1e300)', (7) | (1e300))
except Exception as ex:
    print('(7) | (1e300)', type(ex).__name__, ex)
try:
    print('(0.0) != (-13)', (0.0) != (-13))
except Exception as ex:
    print('(0.0) != (-13)', type(ex).__name__, ex)
try:
    print('(1e300) ** (False)', (1e300) ** (False))
except Exception as ex:
    print('(1e300) ** (False)', type(ex).__name__, ex)
try:
    print('float.fromhex((1).hex())', float.fromhex((1).hex()))
except Exception as ex:
    print('float.fromhex((1).hex())', type(ex).__name__, ex)
try:
    print('float(2**48)', float(2**48))
except Exception as ex:
    print('float(2**48)', type(ex).__name__, ex)
try:
    print('round(-2.5, 2)', round(-2.5, 2))
except Exception as ex:
    print('round(-2.5, 2)', type(ex).__name__, ex)
try:
    print('math.hypot(-10**25, -10**25)', math.hypot(-10**25, -10**25))
except Exception as ex:
    print('math.hypot(-10**25, -10**25)', type(ex).__name__, ex)
try:
    print('math.fmod(1, 0.0)', math.fmod(1, 0.0))
except Exception as ex:
    print('math.fmod(1, 0.0)', type(ex).__name__, ex)
try:
    print('abs(1e16)', abs(1e16))
except Exception as ex:
    print('abs(1e16)', type(ex).__name__, ex)
try:
    print('format(10**20, "+,")', format(10**20, "+,"))
except Exception as ex:
    print('format(10**20, "+,")', type(ex).__name__, ex)
try:
    print('((2-3j)) * (1e300)', ((2-3j)) * (1e300))
except Exception as ex:
    print('((2-3j)) * (1e300)', type(ex).__name__, ex)
try:
    print('(1j).as_integer_ratio()', (1j).as_integer_ratio())
except Exception as ex:
    print('(1j).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(-13) >= (float("inf"))', (-13) >= (float("inf")))
except Exception as ex:
    print('(-13) >= (float("inf"))', type(ex).__name__, ex)
try:
    print('math.ceil(False)', math.ceil(False))
except Exception as ex:
    print('math.ceil(False)', type(ex).__name__, ex)
try:
    print('~(float("inf"))', ~(float("inf")))
except Exception as ex:
    print('~(float("inf"))', type(ex).__name__, ex)
try:
    print('(-10**25) - (10**20)', (-10**25) - (10**20))
except Exception as ex:
    print('(-10**25) - (10**20)', type(ex).__name__, ex)
try:
    print('math.trunc(10**20)', math.trunc(10**20))
except Exception as ex:
    print('math.trunc(10**20)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -1)', math.copysign(1, -1))
except Exception as ex:
    print('math.copysign(1, -1)', type(ex).__name__, ex)
try:
    print('-(-2.5)', -(-2.5))
except Exception as ex:
    print('-(-2.5)', type(ex).__name__, ex)
try:
    print('(-2**48) - (1)', (-2**48) - (1))
except Exception as ex:
    print('(-2**48) - (1)', type(ex).__name__, ex)
try:
    print('math.log(float("inf"))', math.log(float("inf")))
except Exception as ex:
    print('math.log(float("inf"))', type(ex).__name__, ex)
try:
    print('(123.456) ** (123.456)', (123.456) ** (123.456))
except Exception as ex:
    print('(123.456) ** (123.456)', type(ex).__name__, ex)
try:
    print('format(2**63, ".3g")', format(2**63, ".3g"))
except Exception as ex:
    print('format(2**63, ".3g")', type(ex).__name__, ex)
try:
    print('(10**20) ^ (-13)', (10**20) ^ (-13))
except Exception as ex:
    print('(10**20) ^ (-13)', type(ex).__name__, ex)
try:
    print('(2**63) / (0)', (2**63) / (0))
except Exception as ex:
    print('(2**63) / (0)', type(ex).__name__, ex)
try:
    print('~((2-3j))', ~((2-3j)))
except Exception as ex:
    print('~((2-3j))', type(ex).__name__, ex)
try:
    print('min(1j, 1e-300)', min(1j, 1e-300))
except Exception as ex:
    print('min(1j, 1e-300)', type(ex).__name__, ex)
try:
    print('(-2**48) << (1)', (-2**48) << (1))
except Exception as ex:
    print('(-2**48) << (1)', type(ex).__name__, ex)
try:
    print('(1e-300) % ((0.5+0j))', (1e-300) % ((0.5+0j)))
except Exception as ex:
    print('(1e-300) % ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(2**48) <= (-2.5)', (2**48) <= (-2.5))
except Exception as ex:
    print('(2**48) <= (-2.5)', type(ex).__name__, ex)
try:
    print('str(True)', str(True))
except Exception as ex:
    print('str(True)', type(ex).__name__, ex)
try:
    print('int(2**53+1)', int(2**53+1))
except Exception as ex:
    print('int(2**53+1)', type(ex).__name__, ex)
try:
    print('format(0.0, "+,")', format(0.0, "+,"))
except Exception as ex:
    print('format(0.0, "+,")', type(ex).__name__, ex)
try:
    print('bool(2**53+1)', bool(2**53+1))
except Exception as ex:
    print('bool(2**53+1)', type(ex).__name__, ex)
try:
    print('abs((0.5+0j))', abs((0.5+0j)))
except Exception as ex:
    print('abs((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) <= (2**53+1)', (-float("inf")) <= (2**53+1))
except Exception as ex:
    print('(-float("inf")) <= (2**53+1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) < (0.0)', ((0.5+0j)) < (0.0))
except Exception as ex:
    print('((0.5+0j)) < (0.0)', type(ex).__name__, ex)
try:
    print('(1e-300).__round__()', (1e-300).__round__())
except Exception as ex:
    print('(1e-300).__round__()', type(ex).__name__, ex)
try:
    print('(10**20) * (1e-300)', (10**20) * (1e-300))
except Exception as ex:
    print('(10**20) * (1e-300)', type(ex).__name__, ex)
try:
    print('((2-3j)) / (-13)', ((2-3j)) / (-13))
except Exception as ex:
    print('((2-3j)) / (-13)', type(ex).__name__, ex)
try:
    print('(-2**48) < (2**63)', (-2**48) < (2**63))
except Exception as ex:
    print('(-2**48) < (2**63)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 1e-300)', math.copysign(1, 1e-300))
except Exception as ex:
    print('math.copysign(1, 1e-300)', type(ex).__name__, ex)
try:
    print('(2**48) != (0.0)', (2**48) != (0.0))
except Exception as ex:
    print('(2**48) != (0.0)', type(ex).__name__, ex)
try:
    print('math.isclose(3**100, float("inf"))', math.isclose(3**100, float("inf")))
except Exception as ex:
    print('math.isclose(3**100, float("inf"))', type(ex).__name__, ex)
try:
    print('(0) > (True)', (0) > (True))
except Exception as ex:
    print('(0) > (True)', type(ex).__name__, ex)
try:
    print('(False) == (1e300)', (False) == (1e300))
except Exception as ex:
    print('(False) == (1e300)', type(ex).__name__, ex)
try:
    print('math.atan2(0.0, float("inf"))', math.atan2(0.0, float("inf")))
except Exception as ex:
    print('math.atan2(0.0, float("inf"))', type(ex).__name__, ex)
try:
    print('(-2.5) < (2**63)', (-2.5) < (2**63))
except Exception as ex:
    print('(-2.5) < (2**63)', type(ex).__name__, ex)
try:
    print('(0.5) // (-float("inf"))', (0.5) // (-float("inf")))
except Exception as ex:
    print('(0.5) // (-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e300) ^ (0.5)', (1e300) ^ (0.5))
except Exception as ex:
    print('(1e300) ^ (0.5)', type(ex).__name__, ex)
try:
    print('bool(1e-300)', bool(1e-300))
except Exception as ex:
    print('bool(1e-300)', type(ex).__name__, ex)
try:
    print('~(123.456)', ~(123.456))
except Exception as ex:
    print('~(123.456)', type(ex).__name__, ex)
try:
    print('(3**100).imag', (3**100).imag)
except Exception as ex:
    print('(3**100).imag', type(ex).__name__, ex)
try:
    print('(1e-300) >> (10**20)', (1e-300) >> (10**20))
except Exception as ex:
    print('(1e-300) >> (10**20)', type(ex).__name__, ex)
try:
    print('math.ceil((2-3j))', math.ceil((2-3j)))
except Exception as ex:
    print('math.ceil((2-3j))', type(ex).__name__, ex)
try:
    print('(1) // ((2-3j))', (1) // ((2-3j)))
except Exception as ex:
    print('(1) // ((2-3j))', type(ex).__name__, ex)
try:
    print('complex(-10**25)', complex(-10**25))
except Exception as ex:
    print('complex(-10**25)', type(ex).__name__, ex)
try:
    print('(-2.5) == (0.0)', (-2.5) == (0.0))
except Exception as ex:
    print('(-2.5) == (0.0)', type(ex).__name__, ex)
try:
    print('(-float("inf")) / (1e300)', (-float("inf")) / (1e300))
except Exception as ex:
    print('(-float("inf")) / (1e300)', type(ex).__name__, ex)
try:
    print('round(1, -1)', round(1, -1))
except Exception as ex:
    print('round(1, -1)', type(ex).__name__, ex)
try:
    print('math.hypot(0.0, 1)', math.hypot(0.0, 1))
except Exception as ex:
    print('math.hypot(0.0, 1)', type(ex).__name__, ex)
try:
    print('(123.456) > (float("inf"))', (123.456) > (float("inf")))
except Exception as ex:
    print('(123.456) > (float("inf"))', type(ex).__name__, ex)
try:
    print('((2-3j)) != (1e16)', ((2-3j)) != (1e16))
except Exception as ex:
    print('((2-3j)) != (1e16)', type(ex).__name__, ex)
try:
    print('(float("inf")) & (10**20)', (float("inf")) & (10**20))
except Exception as ex:
    print('(float("inf")) & (10**20)', type(ex).__name__, ex)
try:
    print('math.exp(True)', math.exp(True))
except Exception as ex:
    print('math.exp(True)', type(ex).__name__, ex)
try:
    print('repr(-2.5)', repr(-2.5))
except Exception as ex:
    print('repr(-2.5)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) != (10**20)', ((0.5+0j)) != (10**20))
except Exception as ex:
    print('((0.5+0j)) != (10**20)', type(ex).__name__, ex)
try:
    print('(True) >> (float("inf"))', (True) >> (float("inf")))
except Exception as ex:
    print('(True) >> (float("inf"))', type(ex).__name__, ex)
try:
    print('(2**53+1) / (-float("inf"))', (2**53+1) / (-float("inf")))
except Exception as ex:
    print('(2**53+1) / (-float("inf"))', type(ex).__name__, ex)
try:
    print('max(1, False)', max(1, False))
except Exception as ex:
    print('max(1, False)', type(ex).__name__, ex)
try:
    print('(3**100) - ((0.5+0j))', (3**100) - ((0.5+0j)))
except Exception as ex:
    print('(3**100) - ((0.5+0j))', type(ex).__name__, ex)
try:
    print('repr(1e16)', repr(1e16))
except Exception as ex:
    print('repr(1e16)', type(ex).__name__, ex)
try:
    print('math.gcd(-float("inf"), False)', math.gcd(-float("inf"), False))
except Exception as ex:
    print('math.gcd(-float("inf"), False)', type(ex).__name__, ex)
try:
    print('round(-2**48, -1)', round(-2**48, -1))
except Exception as ex:
    print('round(-2**48, -1)', type(ex).__name__, ex)
try:
    print('((2-3j)) // (7)', ((2-3j)) // (7))
except Exception as ex:
    print('((2-3j)) // (7)', type(ex).__name__, ex)
try:
    print('round(float("inf"), -1)', round(float("inf"), -1))
except Exception as ex:
    print('round(float("inf"), -1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) ^ (-2.5)', ((0.5+0j)) ^ (-2.5))
except Exception as ex:
    print('((0.5+0j)) ^ (-2.5)', type(ex).__name__, ex)
try:
    print('(2**48) != (2**53+1)', (2**48) != (2**53+1))
except Exception as ex:
    print('(2**48) != (2**53+1)', type(ex).__name__, ex)
try:
    print('math.isclose(-1, -2.5)', math.isclose(-1, -2.5))
except Exception as ex:
    print('math.isclose(-1, -2.5)', type(ex).__name__, ex)
try:
    print('(2**63) != (123.456)', (2**63) != (123.456))
except Exception as ex:
    print('(2**63) != (123.456)', type(ex).__name__, ex)
try:
    print('(-1) + (False)', (-1) + (False))
except Exception as ex:
    print('(-1) + (False)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, -0.0)', math.ldexp(1.5, -0.0))
except Exception as ex:
    print('math.ldexp(1.5, -0.0)', type(ex).__name__, ex)
try:
    print('(0.5) // (0.5)', (0.5) // (0.5))
except Exception as ex:
    print('(0.5) // (0.5)', type(ex).__name__, ex)
try:
    print('(0.5).imag', (0.5).imag)
except Exception as ex:
    print('(0.5).imag', type(ex).__name__, ex)
try:
    print('(0.5) ** (False)', (0.5) ** (False))
except Exception as ex:
    print('(0.5) ** (False)', type(ex).__name__, ex)
try:
    print('(1j) / (0)', (1j) / (0))
except Exception as ex:
    print('(1j) / (0)', type(ex).__name__, ex)
try:
    print('(1j).conjugate()', (1j).conjugate())
except Exception as ex:
    print('(1j).conjugate()', type(ex).__name__, ex)
try:
    print('float.fromhex((10**20).hex())', float.fromhex((10**20).hex()))
except Exception as ex:
    print('float.fromhex((10**20).hex())', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> (float("inf"))', (-float("inf")) >> (float("inf")))
except Exception as ex:
    print('(-float("inf")) >> (float("inf"))', type(ex).__name__, ex)
try:
    print('(7).imag', (7).imag)
except Exception as ex:
    print('(7).imag', type(ex).__name__, ex)
try:
    print('~(float("inf"))', ~(float("inf")))
except Exception as ex:
    print('~(float("inf"))', type(ex).__name__, ex)
try:
    print('(3**100) // (-0.0)', (3**100) // (-0.0))
except Exception as ex:
    print('(3**100) // (-0.0)', type(ex).__name__, ex)
try:
    print('math.fmod(3**100, 7)', math.fmod(3**100, 7))
except Exception as ex:
    print('math.fmod(3**100, 7)', type(ex).__name__, ex)
try:
    print('(123.456) / (2**48)', (123.456) / (2**48))
except Exception as ex:
    print('(123.456) / (2**48)', type(ex).__name__, ex)
try:
    print('(0.0) != ((0.5+0j))', (0.0) != ((0.5+0j)))
except Exception as ex:
    print('(0.0) != ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1e300) & (0.5)', (1e300) & (0.5))
except Exception as ex:
    print('(1e300) & (0.5)', type(ex).__name__, ex)
try:
    print('format(10**20, "+,")', format(10**20, "+,"))
except Exception as ex:
    print('format(10**20, "+,")', type(ex).__name__, ex)
try:
    print('(10**20) < (-0.0)', (10**20) < (-0.0))
except Exception as ex:
    print('(10**20) < (-0.0)', type(ex).__name__, ex)
try:
    print('(-2**48) != (1)', (-2**48) != (1))
except Exception as ex:
    print('(-2**48) != (1)', type(ex).__name__, ex)
try:
    print('(2**53+1).bit_length()', (2**53+1).bit_length())
except Exception as ex:
    print('(2**53+1).bit_length()', type(ex).__name__, ex)
try:
    print('(-2.5) & (1)', (-2.5) & (1))
except Exception as ex:
    print('(-2.5) & (1)', type(ex).__name__, ex)
try:
    print('(3**100) == (2**53+1)', (3**100) == (2**53+1))
except Exception as ex:
    print('(3**100) == (2**53+1)', type(ex).__name__, ex)
try:
    print('math.gcd(float("inf"), 1e16)', math.gcd(float("inf"), 1e16))
except Exception as ex:
    print('math.gcd(float("inf"), 1e16)', type(ex).__name__, ex)
try:
    print('(1e16).real', (1e16).real)
except Exception as ex:
    print('(1e16).real', type(ex).__name__, ex)
try:
    print('(0) != (2**48)', (0) != (2**48))
except Exception as ex:
    print('(0) != (2**48)', type(ex).__name__, ex)
try:
    print('math.ceil(2**48)', math.ceil(2**48))
except Exception as ex:
    print('math.ceil(2**48)', type(ex).__name__, ex)
try:
    print('(1) | (7)', (1) | (7))
except Exception as ex:
    print('(1) | (7)', type(ex).__name__, ex)
try:
    print('format((0.5+0j), "+,")', format((0.5+0j), "+,"))
except Exception as ex:
    print('format((0.5+0j), "+,")', type(ex).__name__, ex)
try:
    print('((0.5+0j)) ** ((2-3j))', ((0.5+0j)) ** ((2-3j)))
except Exception as ex:
    print('((0.5+0j)) ** ((2-3j))', type(ex).__name__, ex)
try:
    print('(10**20) > (float("inf"))', (10**20) > (float("inf")))
except Exception as ex:
    print('(10**20) > (float("inf"))', type(ex).__name__, ex)
try:
    print('((2-3j)) / (1)', ((2-3j)) / (1))
except Exception as ex:
    print('((2-3j)) / (1)', type(ex).__name__, ex)
try:
    print('(0).bit_length()', (0).bit_length())
except Exception as ex:
    print('(0).bit_length()', type(ex).__name__, ex)
try:
    print('(0) % (1e300)', (0) % (1e300))
except Exception as ex:
    print('(0) % (1e300)', type(ex).__name__, ex)
try:
    print('(1) ^ (1e-300)', (1) ^ (1e-300))
except Exception as ex:
    print('(1) ^ (1e-300)', type(ex).__name__, ex)
try:
    print('hash(True)', hash(True))
except Exception as ex:
    print('hash(True)', type(ex).__name__, ex)
try:
    print('(1e300) < (-1)', (1e300) < (-1))
except Exception as ex:
    print('(1e300) < (-1)', type(ex).__name__, ex)
try:
    print('(-10**25) - (1e300)', (-10**25) - (1e300))
except Exception as ex:
    print('(-10**25) - (1e300)', type(ex).__name__, ex)
try:
    print('(7) == (float("inf"))', (7) == (float("inf")))
except Exception as ex:
    print('(7) == (float("inf"))', type(ex).__name__, ex)
try:
    print('(0.0).conjugate()', (0.0).conjugate())
except Exception as ex:
    print('(0.0).conjugate()', type(ex).__name__, ex)
try:
    print('max(1, 1e16)', max(1, 1e16))
except Exception as ex:
    print('max(1, 1e16)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 3**100)', math.copysign(1, 3**100))
except Exception as ex:
    print('math.copysign(1, 3**100)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) // (0.5)', ((0.5+0j)) // (0.5))
except Exception as ex:
    print('((0.5+0j)) // (0.5)', type(ex).__name__, ex)
try:
    print('(3**100) ** (0.0)', (3**100) ** (0.0))
except Exception as ex:
    print('(3**100) ** (0.0)', type(ex).__name__, ex)
try:
    print('(-13) == (-float("inf"))', (-13) == (-float("inf")))
except Exception as ex:
    print('(-13) == (-float("inf"))', type(ex).__name__, ex)
try:
    print('bool(10**20)', bool(10**20))
except Exception as ex:
    print('bool(10**20)', type(ex).__name__, ex)
try:
    print('~(2**53+1)', ~(2**53+1))
except Exception as ex:
    print('~(2**53+1)', type(ex).__name__, ex)
try:
    print('math.ceil(2**48)', math.ceil(2**48))
except Exception as ex:
    print('math.ceil(2**48)', type(ex).__name__, ex)
try:
    print('(False) > (0.0)', (False) > (0.0))
except Exception as ex:
    print('(False) > (0.0)', type(ex).__name__, ex)
try:
    print('-(-float("inf"))', -(-float("inf")))
except Exception as ex:
    print('-(-float("inf"))', type(ex).__name__, ex)
try:
    print('math.fmod(-float("inf"), -float("inf"))', math.fmod(-float("inf"), -float("inf")))
except Exception as ex:
    print('math.fmod(-float("inf"), -float("inf"))', type(ex).__name__, ex)
try:
    print('math.fmod(2**63, -1)', math.fmod(2**63, -1))
except Exception as ex:
    print('math.fmod(2**63, -1)', type(ex).__name__, ex)
try:
    print('((2-3j)) % (-13)', ((2-3j)) % (-13))
except Exception as ex:
    print('((2-3j)) % (-13)', type(ex).__name__, ex)
try:
    print('(7) >> (1e16)', (7) >> (1e16))
except Exception as ex:
    print('(7) >> (1e16)', type(ex).__name__, ex)
try:
    print('float.fromhex((-0.0).hex())', float.fromhex((-0.0).hex()))
except Exception as ex:
    print('float.fromhex((-0.0).hex())', type(ex).__name__, ex)
try:
    print('(False) < (-2**48)', (False) < (-2**48))
except Exception as ex:
    print('(False) < (-2**48)', type(ex).__name__, ex)
try:
    print('complex(1e-300)', complex(1e-300))
except Exception as ex:
    print('complex(1e-300)', type(ex).__name__, ex)
try:
    print('(-0.0) > (True)', (-0.0) > (True))
except Exception as ex:
    print('(-0.0) > (True)', type(ex).__name__, ex)
try:
    print('(0.0) ^ (2**48)', (0.0) ^ (2**48))
except Exception as ex:
    print('(0.0) ^ (2**48)', type(ex).__name__, ex)
try:
    print('pow(2**48, (0.5+0j), 7)', pow(2**48, (0.5+0j), 7))
except Exception as ex:
    print('pow(2**48, (0.5+0j), 7)', type(ex).__name__, ex)
try:
    print('math.gcd(-0.0, float("inf"))', math.gcd(-0.0, float("inf")))
except Exception as ex:
    print('math.gcd(-0.0, float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) // (0.0)', ((0.5+0j)) // (0.0))
except Exception as ex:
    print('((0.5+0j)) // (0.0)', type(ex).__name__, ex)
try:
    print('(1e300) * (-2**48)', (1e300) * (-2**48))
except Exception as ex:
    print('(1e300) * (-2**48)', type(ex).__name__, ex)
try:
    print('complex(123.456)', complex(123.456))
except Exception as ex:
    print('complex(123.456)', type(ex).__name__, ex)
try:
    print('(-2**48) <= ((0.5+0j))', (-2**48) <= ((0.5+0j)))
except Exception as ex:
    print('(-2**48) <= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-1) + (0)', (-1) + (0))
except Exception as ex:
    print('(-1) + (0)', type(ex).__name__, ex)
try:
    print('round(2**63, 2)', round(2**63, 2))
except Exception as ex:
    print('round(2**63, 2)', type(ex).__name__, ex)
try:
    print('(-2**48) & ((0.5+0j))', (-2**48) & ((0.5+0j)))
except Exception as ex:
    print('(-2**48) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(2**53+1) - (3**100)', (2**53+1) - (3**100))
except Exception as ex:
    print('(2**53+1) - (3**100)', type(ex).__name__, ex)
try:
    print('hash(2**48)', hash(2**48))
except Exception as ex:
    print('hash(2**48)', type(ex).__name__, ex)
try:
    print('(1j).imag', (1j).imag)
except Exception as ex:
    print('(1j).imag', type(ex).__name__, ex)
try:
    print('(1e16) < (0.0)', (1e16) < (0.0))
except Exception as ex:
    print('(1e16) < (0.0)', type(ex).__name__, ex)
try:
    print('(3**100).bit_length()', (3**100).bit_length())
except Exception as ex:
    print('(3**100).bit_length()', type(ex).__name__, ex)
try:
    print('math.exp(1e16)', math.exp(1e16))
except Exception as ex:
    print('math.exp(1e16)', type(ex).__name__, ex)
try:
    print('round(7, -1)', round(7, -1))
except Exception as ex:
    print('round(7, -1)', type(ex).__name__, ex)
try:
    print('(-2**48) > (1)', (-2**48) > (1))
except Exception as ex:
    print('(-2**48) > (1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) <= (-13)', ((0.5+0j)) <= (-13))
except Exception as ex:
    print('((0.5+0j)) <= (-13)', type(ex).__name__, ex)
try:
    print('(-float("inf")).real', (-float("inf")).real)
except Exception as ex:
    print('(-float("inf")).real', type(ex).__name__, ex)
try:
    print('(7) / (-10**25)', (7) / (-10**25))
except Exception as ex:
    print('(7) / (-10**25)', type(ex).__name__, ex)
try:
    print('math.trunc(-10**25)', math.trunc(-10**25))
except Exception as ex:
    print('math.trunc(-10**25)', type(ex).__name__, ex)
try:
    print('math.log((2-3j))', math.log((2-3j)))
except Exception as ex:
    print('math.log((2-3j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) * (-2.5)', (-float("inf")) * (-2.5))
except Exception as ex:
    print('(-float("inf")) * (-2.5)', type(ex).__name__, ex)
try:
    print('round(1e-300, 2)', round(1e-300, 2))
except Exception as ex:
    print('round(1e-300, 2)', type(ex).__name__, ex)
try:
    print('math.gcd(0, (0.5+0j))', math.gcd(0, (0.5+0j)))
except Exception as ex:
    print('math.gcd(0, (0.5+0j))', type(ex).__name__, ex)
try:
    print('~(10**20)', ~(10**20))
except Exception as ex:
    print('~(10**20)', type(ex).__name__, ex)
try:
    print('complex(False)', complex(False))
except Exception as ex:
    print('complex(False)', type(ex).__name__, ex)
try:
    print('format(1j, ">12")', format(1j, ">12"))
except Exception as ex:
    print('format(1j, ">12")', type(ex).__name__, ex)
try:
    print('abs((0.5+0j))', abs((0.5+0j)))
except Exception as ex:
    print('abs((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-2.5).hex()', (-2.5).hex())
except Exception as ex:
    print('(-2.5).hex()', type(ex).__name__, ex)
try:
    print('round(10**20, 2)', round(10**20, 2))
except Exception as ex:
    print('round(10**20, 2)', type(ex).__name__, ex)
try:
    print('complex(2**48)', complex(2**48))
except Exception as ex:
    print('complex(2**48)', type(ex).__name__, ex)
try:
    print('(2**48).hex()', (2**48).hex())
except Exception as ex:
    print('(2**48).hex()', type(ex).__name__, ex)
try:
    print('hash(True)', hash(True))
except Exception as ex:
    print('hash(True)', type(ex).__name__, ex)
try:
    print('abs(1)', abs(1))
except Exception as ex:
    print('abs(1)', type(ex).__name__, ex)
try:
    print('(0) ^ (3**100)', (0) ^ (3**100))
except Exception as ex:
    print('(0) ^ (3**100)', type(ex).__name__, ex)
try:
    print('(0).as_integer_ratio()', (0).as_integer_ratio())
except Exception as ex:
    print('(0).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(2**63) + (False)', (2**63) + (False))
except Exception as ex:
    print('(2**63) + (False)', type(ex).__name__, ex)
try:
    print('format(-float("inf"), "+,")', format(-float("inf"), "+,"))
except Exception as ex:
    print('format(-float("inf"), "+,")', type(ex).__name__, ex)
try:
    print('(-2.5) > (0.0)', (-2.5) > (0.0))
except Exception as ex:
    print('(-2.5) > (0.0)', type(ex).__name__, ex)
try:
    print('float.fromhex((-0.0).hex())', float.fromhex((-0.0).hex()))
except Exception as ex:
    print('float.fromhex((-0.0).hex())', type(ex).__name__, ex)
try:
    print('math.floor(2**53+1)', math.floor(2**53+1))
except Exception as ex:
    print('math.floor(2**53+1)', type(ex).__name__, ex)
try:
    print('(-2.5) * (float("inf"))', (-2.5) * (float("inf")))
except Exception as ex:
    print('(-2.5) * (float("inf"))', type(ex).__name__, ex)
try:
    print('round(-10**25)', round(-10**25))
except Exception as ex:
    print('round(-10**25)', type(ex).__name__, ex)
try:
    print('((2-3j)) % (-1)', ((2-3j)) % (-1))
except Exception as ex:
    print('((2-3j)) % (-1)', type(ex).__name__, ex)
try:
    print('math.ceil(2**63)', math.ceil(2**63))
except Exception as ex:
    print('math.ceil(2**63)', type(ex).__name__, ex)
try:
    print('(-13).__round__()', (-13).__round__())
except Exception as ex:
    print('(-13).__round__()', type(ex).__name__, ex)
try:
    print('(float("inf")) >> (0.5)', (float("inf")) >> (0.5))
except Exception as ex:
    print('(float("inf")) >> (0.5)', type(ex).__name__, ex)
try:
    print('math.hypot(-1, -2**48)', math.hypot(-1, -2**48))
except Exception as ex:
    print('math.hypot(-1, -2**48)', type(ex).__name__, ex)
try:
    print('(2**53+1) != (1)', (2**53+1) != (1))
except Exception as ex:
    print('(2**53+1) != (1)', type(ex).__name__, ex)
try:
    print('(3**100) ^ (1e-300)', (3**100) ^ (1e-300))
except Exception as ex:
    print('(3**100) ^ (1e-300)', type(ex).__name__, ex)
try:
    print('(-2.5) // (False)', (-2.5) // (False))
except Exception as ex:
    print('(-2.5) // (False)', type(ex).__name__, ex)
try:
    print('round(False, -1)', round(False, -1))
except Exception as ex:
    print('round(False, -1)', type(ex).__name__, ex)
try:
    print('(-float("inf")) % (-0.0)', (-float("inf")) % (-0.0))
except Exception as ex:
    print('(-float("inf")) % (-0.0)', type(ex).__name__, ex)
try:
    print('(0.0).as_integer_ratio()', (0.0).as_integer_ratio())
except Exception as ex:
    print('(0.0).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('math.floor((0.5+0j))', math.floor((0.5+0j)))
except Exception as ex:
    print('math.floor((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-float("inf")).is_integer()', (-float("inf")).is_integer())
except Exception as ex:
    print('(-float("inf")).is_integer()', type(ex).__name__, ex)
try:
    print('round(1, -1)', round(1, -1))
except Exception as ex:
    print('round(1, -1)', type(ex).__name__, ex)
try:
    print('str(2**63)', str(2**63))
except Exception as ex:
    print('str(2**63)', type(ex).__name__, ex)
try:
    print('(2**53+1).bit_length()', (2**53+1).bit_length())
except Exception as ex:
    print('(2**53+1).bit_length()', type(ex).__name__, ex)
try:
    print('math.trunc(False)', math.trunc(False))
except Exception as ex:
    print('math.trunc(False)', type(ex).__name__, ex)
try:
    print('math.ceil(True)', math.ceil(True))
except Exception as ex:
    print('math.ceil(True)', type(ex).__name__, ex)
try:
    print('(True) <= (-2**48)', (True) <= (-2**48))
except Exception as ex:
    print('(True) <= (-2**48)', type(ex).__name__, ex)
try:
    print('math.trunc(-13)', math.trunc(-13))
except Exception as ex:
    print('math.trunc(-13)', type(ex).__name__, ex)
try:
    print('math.ceil(-13)', math.ceil(-13))
except Exception as ex:
    print('math.ceil(-13)', type(ex).__name__, ex)
try:
    print('(-float("inf")) << (1)', (-float("inf")) << (1))
except Exception as ex:
    print('(-float("inf")) << (1)', type(ex).__name__, ex)
try:
    print('(0.0) < (3**100)', (0.0) < (3**100))
except Exception as ex:
    print('(0.0) < (3**100)', type(ex).__name__, ex)
try:
    print('math.atan2(-10**25, -2**48)', math.atan2(-10**25, -2**48))
except Exception as ex:
    print('math.atan2(-10**25, -2**48)', type(ex).__name__, ex)
try:
    print('(10**20) / (-13)', (10**20) / (-13))
except Exception as ex:
    print('(10**20) / (-13)', type(ex).__name__, ex)
try:
    print('(123.456) - (-13)', (123.456) - (-13))
except Exception as ex:
    print('(123.456) - (-13)', type(ex).__name__, ex)
try:
    print('~(0.5)', ~(0.5))
except Exception as ex:
    print('~(0.5)', type(ex).__name__, ex)
try:
    print('(0) / (-1)', (0) / (-1))
except Exception as ex:
    print('(0) / (-1)', type(ex).__name__, ex)
try:
    print('(-2.5) == (2**48)', (-2.5) == (2**48))
except Exception as ex:
    print('(-2.5) == (2**48)', type(ex).__name__, ex)
try:
    print('(-13) >= (0.5)', (-13) >= (0.5))
except Exception as ex:
    print('(-13) >= (0.5)', type(ex).__name__, ex)
try:
    print('(0.0) >= (0.5)', (0.0) >= (0.5))
except Exception as ex:
    print('(0.0) >= (0.5)', type(ex).__name__, ex)
try:
    print('(-2**48) << ((2-3j))', (-2**48) << ((2-3j)))
except Exception as ex:
    print('(-2**48) << ((2-3j))', type(ex).__name__, ex)
try:
    print('(-2**48) % (0.0)', (-2**48) % (0.0))
except Exception as ex:
    print('(-2**48) % (0.0)', type(ex).__name__, ex)
try:
    print('(2**63).real', (2**63).real)
except Exception as ex:
    print('(2**63).real', type(ex).__name__, ex)
try:
    print('(-13) % (7)', (-13) % (7))
except Exception as ex:
    print('(-13) % (7)', type(ex).__name__, ex)
try:
    print('str(-float("inf"))', str(-float("inf")))
except Exception as ex:
    print('str(-float("inf"))', type(ex).__name__, ex)
try:
    print('math.gcd(-float("inf"), -2**48)', math.gcd(-float("inf"), -2**48))
except Exception as ex:
    print('math.gcd(-float("inf"), -2**48)', type(ex).__name__, ex)
try:
    print('(0.0).__round__()', (0.0).__round__())
except Exception as ex:
    print('(0.0).__round__()', type(ex).__name__, ex)
try:
    print('(-0.0) > (-10**25)', (-0.0) > (-10**25))
except Exception as ex:
    print('(-0.0) > (-10**25)', type(ex).__name__, ex)
try:
    print('math.exp(-13)', math.exp(-13))
except Exception as ex:
    print('math.exp(-13)', type(ex).__name__, ex)
try:
    print('math.isclose(1e16, -1)', math.isclose(1e16, -1))
except Exception as ex:
    print('math.isclose(1e16, -1)', type(ex).__name__, ex)
try:
    print('(True) <= (0.0)', (True) <= (0.0))
except Exception as ex:
    print('(True) <= (0.0)', type(ex).__name__, ex)
try:
    print('(False) >> (7)', (False) >> (7))
except Exception as ex:
    print('(False) >> (7)', type(ex).__name__, ex)
try:
    print('(3**100) ^ ((2-3j))', (3**100) ^ ((2-3j)))
except Exception as ex:
    print('(3**100) ^ ((2-3j))', type(ex).__name__, ex)
try:
    print('math.hypot(-13, 123.456)', math.hypot(-13, 123.456))
except Exception as ex:
    print('math.hypot(-13, 123.456)', type(ex).__name__, ex)
try:
    print('complex(2**48)', complex(2**48))
except Exception as ex:
    print('complex(2**48)', type(ex).__name__, ex)
try:
    print('(2**53+1) == (7)', (2**53+1) == (7))
except Exception as ex:
    print('(2**53+1) == (7)', type(ex).__name__, ex)
try:
    print('(-2**48) < (1j)', (-2**48) < (1j))
except Exception as ex:
    print('(-2**48) < (1j)', type(ex).__name__, ex)
try:
    print('(7) >= (-float("inf"))', (7) >= (-float("inf")))
except Exception as ex:
    print('(7) >= (-float("inf"))', type(ex).__name__, ex)
try:
    print('max(float("inf"), False)', max(float("inf"), False))
except Exception as ex:
    print('max(float("inf"), False)', type(ex).__name__, ex)
try:
    print('(-2.5).conjugate()', (-2.5).conjugate())
except Exception as ex:
    print('(-2.5).conjugate()', type(ex).__name__, ex)
try:
    print('repr(False)', repr(False))
except Exception as ex:
    print('repr(False)', type(ex).__name__, ex)
try:
    print('(7) < (float("inf"))', (7) < (float("inf")))
except Exception as ex:
    print('(7) < (float("inf"))', type(ex).__name__, ex)
try:
    print('(0.5) <= (3**100)', (0.5) <= (3**100))
except Exception as ex:
    print('(0.5) <= (3**100)', type(ex).__name__, ex)
try:
    print('(1e300) << (-2.5)', (1e300) << (-2.5))
except Exception as ex:
    print('(1e300) << (-2.5)', type(ex).__name__, ex)
try:
    print('(False) / (2**63)', (False) / (2**63))
except Exception as ex:
    print('(False) / (2**63)', type(ex).__name__, ex)
try:
    print('float.fromhex((float("inf")).hex())', float.fromhex((float("inf")).hex()))
except Exception as ex:
    print('float.fromhex((float("inf")).hex())', type(ex).__name__, ex)
try:
    print('(1j) < (2**48)', (1j) < (2**48))
except Exception as ex:
    print('(1j) < (2**48)', type(ex).__name__, ex)
try:
    print('(10**20) <= (1e16)', (10**20) <= (1e16))
except Exception as ex:
    print('(10**20) <= (1e16)', type(ex).__name__, ex)
try:
    print('(2**48).__round__()', (2**48).__round__())
except Exception as ex:
    print('(2**48).__round__()', type(ex).__name__, ex)
try:
    print('(7) // (True)', (7) // (True))
except Exception as ex:
    print('(7) // (True)', type(ex).__name__, ex)
try:
    print('(1e16) & (1e300)', (1e16) & (1e300))
except Exception as ex:
    print('(1e16) & (1e300)', type(ex).__name__, ex)
try:
    print('~((2-3j))', ~((2-3j)))
except Exception as ex:
    print('~((2-3j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) * (10**20)', (-float("inf")) * (10**20))
except Exception as ex:
    print('(-float("inf")) * (10**20)', type(ex).__name__, ex)
try:
    print('(-13) != (-2.5)', (-13) != (-2.5))
except Exception as ex:
    print('(-13) != (-2.5)', type(ex).__name__, ex)
try:
    print('round(-2.5, -1)', round(-2.5, -1))
except Exception as ex:
    print('round(-2.5, -1)', type(ex).__name__, ex)
try:
    print('(1e300) >> (0.5)', (1e300) >> (0.5))
except Exception as ex:
    print('(1e300) >> (0.5)', type(ex).__name__, ex)
try:
    print('math.ceil(10**20)', math.ceil(10**20))
except Exception as ex:
    print('math.ceil(10**20)', type(ex).__name__, ex)
try:
    print('(0.5) <= (10**20)', (0.5) <= (10**20))
except Exception as ex:
    print('(0.5) <= (10**20)', type(ex).__name__, ex)
try:
    print('(1).bit_length()', (1).bit_length())
except Exception as ex:
    print('(1).bit_length()', type(ex).__name__, ex)
try:
    print('(-13).bit_length()', (-13).bit_length())
except Exception as ex:
    print('(-13).bit_length()', type(ex).__name__, ex)
try:
    print('(1j) >> (-13)', (1j) >> (-13))
except Exception as ex:
    print('(1j) >> (-13)', type(ex).__name__, ex)
try:
    print('(-2.5) % (False)', (-2.5) % (False))
except Exception as ex:
    print('(-2.5) % (False)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) | (-13)', ((0.5+0j)) | (-13))
except Exception as ex:
    print('((0.5+0j)) | (-13)', type(ex).__name__, ex)
try:
    print('(3**100) >> (-10**25)', (3**100) >> (-10**25))
except Exception as ex:
    print('(3**100) >> (-10**25)', type(ex).__name__, ex)
try:
    print('round(0, 2)', round(0, 2))
except Exception as ex:
    print('round(0, 2)', type(ex).__name__, ex)
try:
    print('int(float("inf"))', int(float("inf")))
except Exception as ex:
    print('int(float("inf"))', type(ex).__name__, ex)
try:
    print('hash(0.0)', hash(0.0))
except Exception as ex:
    print('hash(0.0)', type(ex).__name__, ex)
try:
    print('(-0.0) <= (1e300)', (-0.0) <= (1e300))
except Exception as ex:
    print('(-0.0) <= (1e300)', type(ex).__name__, ex)
try:
    print('(False) & (1e300)', (False) & (1e300))
except Exception as ex:
    print('(False) & (1e300)', type(ex).__name__, ex)
try:
    print('(-2**48) == (2**53+1)', (-2**48) == (2**53+1))
except Exception as ex:
    print('(-2**48) == (2**53+1)', type(ex).__name__, ex)
try:
    print('float((0.5+0j))', float((0.5+0j)))
except Exception as ex:
    print('float((0.5+0j))', type(ex).__name__, ex)
try:
    print('(True) % (False)', (True) % (False))
except Exception as ex:
    print('(True) % (False)', type(ex).__name__, ex)
try:
    print('format(-10**25, ".3g")', format(-10**25, ".3g"))
except Exception as ex:
    print('format(-10**25, ".3g")', type(ex).__name__, ex)
try:
    print('math.isclose(1e300, -0.0)', math.isclose(1e300, -0.0))
except Exception as ex:
    print('math.isclose(1e300, -0.0)', type(ex).__name__, ex)
try:
    print('(-0.0) >= (2**53+1)', (-0.0) >= (2**53+1))
except Exception as ex:
    print('(-0.0) >= (2**53+1)', type(ex).__name__, ex)
try:
    print('(2**53+1) & (-10**25)', (2**53+1) & (-10**25))
except Exception as ex:
    print('(2**53+1) & (-10**25)', type(ex).__name__, ex)
try:
    print('(2**53+1) <= (123.456)', (2**53+1) <= (123.456))
except Exception as ex:
    print('(2**53+1) <= (123.456)', type(ex).__name__, ex)
try:
    print('math.log(-2**48)', math.log(-2**48))
except Exception as ex:
    print('math.log(-2**48)', type(ex).__name__, ex)
try:
    print('(1e300) == ((0.5+0j))', (1e300) == ((0.5+0j)))
except Exception as ex:
    print('(1e300) == ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.isclose(2**53+1, 2**63)', math.isclose(2**53+1, 2**63))
except Exception as ex:
    print('math.isclose(2**53+1, 2**63)', type(ex).__name__, ex)
try:
    print('math.ceil(1e-300)', math.ceil(1e-300))
except Exception as ex:
    print('math.ceil(1e-300)', type(ex).__name__, ex)
try:
    print('(1e300) ^ (-1)', (1e300) ^ (-1))
except Exception as ex:
    print('(1e300) ^ (-1)', type(ex).__name__, ex)
try:
    print('max(1j, 3**100)', max(1j, 3**100))
except Exception as ex:
    print('max(1j, 3**100)', type(ex).__name__, ex)
try:
    print('bool(0.5)', bool(0.5))
except Exception as ex:
    print('bool(0.5)', type(ex).__name__, ex)
try:
    print('math.floor(2**48)', math.floor(2**48))
except Exception as ex:
    print('math.floor(2**48)', type(ex).__name__, ex)
try:
    print('(1e300) << (-13)', (1e300) << (-13))
except Exception as ex:
    print('(1e300) << (-13)', type(ex).__name__, ex)
try:
    print('-(123.456)', -(123.456))
except Exception as ex:
    print('-(123.456)', type(ex).__name__, ex)
try:
    print('math.gcd(-10**25, 0.5)', math.gcd(-10**25, 0.5))
except Exception as ex:
    print('math.gcd(-10**25, 0.5)', type(ex).__name__, ex)
try:
    print('~(10**20)', ~(10**20))
except Exception as ex:
    print('~(10**20)', type(ex).__name__, ex)
try:
    print('round(-2.5, 2)', round(-2.5, 2))
except Exception as ex:
    print('round(-2.5, 2)', type(ex).__name__, ex)
try:
    print('format(-10**25, ">12")', format(-10**25, ">12"))
except Exception as ex:
    print('format(-10**25, ">12")', type(ex).__name__, ex)
try:
    print('(-0.0) ** (1)', (-0.0) ** (1))
except Exception as ex:
    print('(-0.0) ** (1)', type(ex).__name__, ex)
try:
    print('round(0.5)', round(0.5))
except Exception as ex:
    print('round(0.5)', type(ex).__name__, ex)
try:
    print('(2**63).is_integer()', (2**63).is_integer())
except Exception as ex:
    print('(2**63).is_integer()', type(ex).__name__, ex)
try:
    print('math.isclose(-2.5, 0)', math.isclose(-2.5, 0))
except Exception as ex:
    print('math.isclose(-2.5, 0)', type(ex).__name__, ex)
try:
    print('min(0.0, (2-3j))', min(0.0, (2-3j)))
except Exception as ex:
    print('min(0.0, (2-3j))', type(ex).__name__, ex)
try:
    print('math.trunc(1e16)', math.trunc(1e16))
except Exception as ex:
    print('math.trunc(1e16)', type(ex).__name__, ex)
try:
    print('(1) >= (-13)', (1) >= (-13))
except Exception as ex:
    print('(1) >= (-13)', type(ex).__name__, ex)
try:
    print('(1e300) <= (7)', (1e300) <= (7))
except Exception as ex:
    print('(1e300) <= (7)', type(ex).__name__, ex)
try:
    print('math.exp(2**63)', math.exp(2**63))
except Exception as ex:
    print('math.exp(2**63)', type(ex).__name__, ex)
try:
    print('round(1j)', round(1j))
except Exception as ex:
    print('round(1j)', type(ex).__name__, ex)
try:
    print('(2**48) != (1)', (2**48) != (1))
except Exception as ex:
    print('(2**48) != (1)', type(ex).__name__, ex)
try:
    print('max(float("inf"), 3**100)', max(float("inf"), 3**100))
except Exception as ex:
    print('max(float("inf"), 3**100)', type(ex).__name__, ex)
try:
    print('(True) ^ (123.456)', (True) ^ (123.456))
except Exception as ex:
    print('(True) ^ (123.456)', type(ex).__name__, ex)
try:
    print('repr(1e300)', repr(1e300))
except Exception as ex:
    print('repr(1e300)', type(ex).__name__, ex)
try:
    print('abs((0.5+0j))', abs((0.5+0j)))
except Exception as ex:
    print('abs((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1j) * (2**63)', (1j) * (2**63))
except Exception as ex:
    print('(1j) * (2**63)', type(ex).__name__, ex)
try:
    print('(-13) >= (-float("inf"))', (-13) >= (-float("inf")))
except Exception as ex:
    print('(-13) >= (-float("inf"))', type(ex).__name__, ex)
try:
    print('(float("inf")) == (10**20)', (float("inf")) == (10**20))
except Exception as ex:
    print('(float("inf")) == (10**20)', type(ex).__name__, ex)
try:
    print('format((0.5+0j), ">12")', format((0.5+0j), ">12"))
except Exception as ex:
    print('format((0.5+0j), ">12")', type(ex).__name__, ex)
try:
    print('~(2**53+1)', ~(2**53+1))
except Exception as ex:
    print('~(2**53+1)', type(ex).__name__, ex)
try:
    print('((2-3j)) + (1e16)', ((2-3j)) + (1e16))
except Exception as ex:
    print('((2-3j)) + (1e16)', type(ex).__name__, ex)
try:
    print('(-10**25) < (-float("inf"))', (-10**25) < (-float("inf")))
except Exception as ex:
    print('(-10**25) < (-float("inf"))', type(ex).__name__, ex)
try:
    print('(-2**48) + ((2-3j))', (-2**48) + ((2-3j)))
except Exception as ex:
    print('(-2**48) + ((2-3j))', type(ex).__name__, ex)
try:
    print('math.floor(10**20)', math.floor(10**20))
except Exception as ex:
    print('math.floor(10**20)', type(ex).__name__, ex)
try:
    print('-(3**100)', -(3**100))
except Exception as ex:
    print('-(3**100)', type(ex).__name__, ex)
try:
    print('(7) % (1e16)', (7) % (1e16))
except Exception as ex:
    print('(7) % (1e16)', type(ex).__name__, ex)
try:
    print('-(0.5)', -(0.5))
except Exception as ex:
    print('-(0.5)', type(ex).__name__, ex)
try:
    print('(0.5) * (-1)', (0.5) * (-1))
except Exception as ex:
    print('(0.5) * (-1)', type(ex).__name__, ex)
try:
    print('((2-3j)) & (2**63)', ((2-3j)) & (2**63))
except Exception as ex:
    print('((2-3j)) & (2**63)', type(ex).__name__, ex)
try:
    print('(-10**25).real', (-10**25).real)
except Exception as ex:
    print('(-10**25).real', type(ex).__name__, ex)
try:
    print('(0.0) <= (2**48)', (0.0) <= (2**48))
except Exception as ex:
    print('(0.0) <= (2**48)', type(ex).__name__, ex)
try:
    print('~(2**63)', ~(2**63))
except Exception as ex:
    print('~(2**63)', type(ex).__name__, ex)
try:
    print('(1e300) >> (123.456)', (1e300) >> (123.456))
except Exception as ex:
    print('(1e300) >> (123.456)', type(ex).__name__, ex)
try:
    print('(0.5) != (-float("inf"))', (0.5) != (-float("inf")))
except Exception as ex:
    print('(0.5) != (-float("inf"))', type(ex).__name__, ex)
try:
    print('(0.5) < (-float("inf"))', (0.5) < (-float("inf")))
except Exception as ex:
    print('(0.5) < (-float("inf"))', type(ex).__name__, ex)
try:
    print('round(10**20)', round(10**20))
except Exception as ex:
    print('round(10**20)', type(ex).__name__, ex)
try:
    print('hash(-13)', hash(-13))
except Exception as ex:
    print('hash(-13)', type(ex).__name__, ex)
try:
    print('math.trunc(float("inf"))', math.trunc(float("inf")))
except Exception as ex:
    print('math.trunc(float("inf"))', type(ex).__name__, ex)
try:
    print('float.fromhex((123.456).hex())', float.fromhex((123.456).hex()))
except Exception as ex:
    print('float.fromhex((123.456).hex())', type(ex).__name__, ex)
try:
    print('(-1) ^ (1j)', (-1) ^ (1j))
except Exception as ex:
    print('(-1) ^ (1j)', type(ex).__name__, ex)
try:
    print('(1j).hex()', (1j).hex())
except Exception as ex:
    print('(1j).hex()', type(ex).__name__, ex)
try:
    print('format(10**20, ">12")', format(10**20, ">12"))
except Exception as ex:
    print('format(10**20, ">12")', type(ex).__name__, ex)
try:
    print('(0.0) // (float("inf"))', (0.0) // (float("inf")))
except Exception as ex:
    print('(0.0) // (float("inf"))', type(ex).__name__, ex)
try:
    print('min(1, -2.5)', min(1, -2.5))
except Exception as ex:
    print('min(1, -2.5)', type(ex).__name__, ex)
try:
    print('(123.456) ^ (-float("inf"))', (123.456) ^ (-float("inf")))
except Exception as ex:
    print('(123.456) ^ (-float("inf"))', type(ex).__name__, ex)
try:
    print('(float("inf")) >= (True)', (float("inf")) >= (True))
except Exception as ex:
    print('(float("inf")) >= (True)', type(ex).__name__, ex)
try:
    print('(1) & (-13)', (1) & (-13))
except Exception as ex:
    print('(1) & (-13)', type(ex).__name__, ex)
try:
    print('(10**20) != (1e16)', (10**20) != (1e16))
except Exception as ex:
    print('(10**20) != (1e16)', type(ex).__name__, ex)
try:
    print('math.fmod(float("inf"), 2**63)', math.fmod(float("inf"), 2**63))
except Exception as ex:
    print('math.fmod(float("inf"), 2**63)', type(ex).__name__, ex)
try:
    print('int(-2**48)', int(-2**48))
except Exception as ex:
    print('int(-2**48)', type(ex).__name__, ex)
try:
    print('math.sqrt(-2**48)', math.sqrt(-2**48))
except Exception as ex:
    print('math.sqrt(-2**48)', type(ex).__name__, ex)
try:
    print('(False) - (-float("inf"))', (False) - (-float("inf")))
except Exception as ex:
    print('(False) - (-float("inf"))', type(ex).__name__, ex)
try:
    print('format(-float("inf"), "+,")', format(-float("inf"), "+,"))
except Exception as ex:
    print('format(-float("inf"), "+,")', type(ex).__name__, ex)
try:
    print('math.atan2(2**63, -1)', math.atan2(2**63, -1))
except Exception as ex:
    print('math.atan2(2**63, -1)', type(ex).__name__, ex)
try:
    print('math.gcd((0.5+0j), -2**48)', math.gcd((0.5+0j), -2**48))
except Exception as ex:
    print('math.gcd((0.5+0j), -2**48)', type(ex).__name__, ex)
try:
    print('math.ceil(2**63)', math.ceil(2**63))
except Exception as ex:
    print('math.ceil(2**63)', type(ex).__name__, ex)
try:
    print('(3**100) <= (0.5)', (3**100) <= (0.5))
except Exception as ex:
    print('(3**100) <= (0.5)', type(ex).__name__, ex)
try:
    print('hash(2**53+1)', hash(2**53+1))
except Exception as ex:
    print('hash(2**53+1)', type(ex).__name__, ex)
try:
    print('format(10**20, "+,")', format(10**20, "+,"))
except Exception as ex:
    print('format(10**20, "+,")', type(ex).__name__, ex)
try:
    print('(0.5) != (10**20)', (0.5) != (10**20))
except Exception as ex:
    print('(0.5) != (10**20)', type(ex).__name__, ex)
try:
    print('(True) ^ (-1)', (True) ^ (-1))
except Exception as ex:
    print('(True) ^ (-1)', type(ex).__name__, ex)
try:
    print('(-1) < (2**48)', (-1) < (2**48))
except Exception as ex:
    print('(-1) < (2**48)', type(ex).__name__, ex)
try:
    print('round(1j, 2)', round(1j, 2))
except Exception as ex:
    print('round(1j, 2)', type(ex).__name__, ex)
try:
    print('(2**63) < (-13)', (2**63) < (-13))
except Exception as ex:
    print('(2**63) < (-13)', type(ex).__name__, ex)
try:
    print('(1e-300) << (-float("inf"))', (1e-300) << (-float("inf")))
except Exception as ex:
    print('(1e-300) << (-float("inf"))', type(ex).__name__, ex)
try:
    print('(0.5) * (-float("inf"))', (0.5) * (-float("inf")))
except Exception as ex:
    print('(0.5) * (-float("inf"))', type(ex).__name__, ex)
try:
    print('(2**48) == (0)', (2**48) == (0))
except Exception as ex:
    print('(2**48) == (0)', type(ex).__name__, ex)
try:
    print('(1e16) % (3**100)', (1e16) % (3**100))
except Exception as ex:
    print('(1e16) % (3**100)', type(ex).__name__, ex)
try:
    print('(3**100) * (3**100)', (3**100) * (3**100))
except Exception as ex:
    print('(3**100) * (3**100)', type(ex).__name__, ex)
try:
    print('(3**100) > (-1)', (3**100) > (-1))
except Exception as ex:
    print('(3**100) > (-1)', type(ex).__name__, ex)
try:
    print('(0.5) + (-1)', (0.5) + (-1))
except Exception as ex:
    print('(0.5) + (-1)', type(ex).__name__, ex)
try:
    print('complex(1e-300)', complex(1e-300))
except Exception as ex:
    print('complex(1e-300)', type(ex).__name__, ex)
try:
    print('(-13) ** ((2-3j))', (-13) ** ((2-3j)))
except Exception as ex:
    print('(-13) ** ((2-3j))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) << ((0.5+0j))', ((0.5+0j)) << ((0.5+0j)))
except Exception as ex:
    print('((0.5+0j)) << ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(0.5) & (float("inf"))', (0.5) & (float("inf")))
except Exception as ex:
    print('(0.5) & (float("inf"))', type(ex).__name__, ex)
try:
    print('~(float("inf"))', ~(float("inf")))
except Exception as ex:
    print('~(float("inf"))', type(ex).__name__, ex)
try:
    print('(2**63) == (0.5)', (2**63) == (0.5))
except Exception as ex:
    print('(2**63) == (0.5)', type(ex).__name__, ex)
try:
    print('math.exp(-13)', math.exp(-13))
except Exception as ex:
    print('math.exp(-13)', type(ex).__name__, ex)
try:
    print('math.log(float("inf"))', math.log(float("inf")))
except Exception as ex:
    print('math.log(float("inf"))', type(ex).__name__, ex)
try:
    print('float.fromhex((-2**48).hex())', float.fromhex((-2**48).hex()))
except Exception as ex:
    print('float.fromhex((-2**48).hex())', type(ex).__name__, ex)
try:
    print('(-2**48) + (-float("inf"))', (-2**48) + (-float("inf")))
except Exception as ex:
    print('(-2**48) + (-float("inf"))', type(ex).__name__, ex)
try:
    print('format(-1, ">12")', format(-1, ">12"))
except Exception as ex:
    print('format(-1, ">12")', type(ex).__name__, ex)
try:
    print('math.hypot(-float("inf"), 2**63)', math.hypot(-float("inf"), 2**63))
except Exception as ex:
    print('math.hypot(-float("inf"), 2**63)', type(ex).__name__, ex)
try:
    print('(True) / (1e-300)', (True) / (1e-300))
except Exception as ex:
    print('(True) / (1e-300)', type(ex).__name__, ex)
try:
    print('(-13) & (2**53+1)', (-13) & (2**53+1))
except Exception as ex:
    print('(-13) & (2**53+1)', type(ex).__name__, ex)
try:
    print('(-1) & (1)', (-1) & (1))
except Exception as ex:
    print('(-1) & (1)', type(ex).__name__, ex)
try:
    print('math.atan2(-10**25, 0.5)', math.atan2(-10**25, 0.5))
except Exception as ex:
    print('math.atan2(-10**25, 0.5)', type(ex).__name__, ex)
try:
    print('round(-float("inf"), 2)', round(-float("inf"), 2))
except Exception as ex:
    print('round(-float("inf"), 2)', type(ex).__name__, ex)
try:
    print('(-13) > (2**48)', (-13) > (2**48))
except Exception as ex:
    print('(-13) > (2**48)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) + (1e-300)', ((0.5+0j)) + (1e-300))
except Exception as ex:
    print('((0.5+0j)) + (1e-300)', type(ex).__name__, ex)
try:
    print('(1e-300) ^ (-2**48)', (1e-300) ^ (-2**48))
except Exception as ex:
    print('(1e-300) ^ (-2**48)', type(ex).__name__, ex)
try:
    print('float.fromhex((3**100).hex())', float.fromhex((3**100).hex()))
except Exception as ex:
    print('float.fromhex((3**100).hex())', type(ex).__name__, ex)
try:
    print('(-1).real', (-1).real)
except Exception as ex:
    print('(-1).real', type(ex).__name__, ex)
try:
    print('math.isclose(-10**25, 2**48)', math.isclose(-10**25, 2**48))
except Exception as ex:
    print('math.isclose(-10**25, 2**48)', type(ex).__name__, ex)
try:
    print('(0.0) != (-2.5)', (0.0) != (-2.5))
except Exception as ex:
    print('(0.0) != (-2.5)', type(ex).__name__, ex)
try:
    print('bool(-10**25)', bool(-10**25))
except Exception as ex:
    print('bool(-10**25)', type(ex).__name__, ex)
try:
    print('(0) * (2**53+1)', (0) * (2**53+1))
except Exception as ex:
    print('(0) * (2**53+1)', type(ex).__name__, ex)
try:
    print('format(0.5, ".3g")', format(0.5, ".3g"))
except Exception as ex:
    print('format(0.5, ".3g")', type(ex).__name__, ex)
try:
    print('(-2**48) % (1e300)', (-2**48) % (1e300))
except Exception as ex:
    print('(-2**48) % (1e300)', type(ex).__name__, ex)
try:
    print('(-float("inf")) + (3**100)', (-float("inf")) + (3**100))
except Exception as ex:
    print('(-float("inf")) + (3**100)', type(ex).__name__, ex)
try:
    print('math.hypot(10**20, 123.456)', math.hypot(10**20, 123.456))
except Exception as ex:
    print('math.hypot(10**20, 123.456)', type(ex).__name__, ex)
try:
    print('(0) + (1e-300)', (0) + (1e-300))
except Exception as ex:
    print('(0) + (1e-300)', type(ex).__name__, ex)
try:
    print('(1j) > (1j)', (1j) > (1j))
except Exception as ex:
    print('(1j) > (1j)', type(ex).__name__, ex)
try:
    print('math.hypot(2**53+1, 10**20)', math.hypot(2**53+1, 10**20))
except Exception as ex:
    print('math.hypot(2**53+1, 10**20)', type(ex).__name__, ex)
try:
    print('math.isclose(1j, 7)', math.isclose(1j, 7))
except Exception as ex:
    print('math.isclose(1j, 7)', type(ex).__name__, ex)
try:
    print('(10**20) & (-1)', (10**20) & (-1))
except Exception as ex:
    print('(10**20) & (-1)', type(ex).__name__, ex)
try:
    print('(10**20) & (1e16)', (10**20) & (1e16))
except Exception as ex:
    print('(10**20) & (1e16)', type(ex).__name__, ex)
try:
    print('math.trunc(-1)', math.trunc(-1))
except Exception as ex:
    print('math.trunc(-1)', type(ex).__name__, ex)
try:
    print('format(0.5, ".3g")', format(0.5, ".3g"))
except Exception as ex:
    print('format(0.5, ".3g")', type(ex).__name__, ex)
try:
    print('repr(-float("inf"))', repr(-float("inf")))
except Exception as ex:
    print('repr(-float("inf"))', type(ex).__name__, ex)
try:
    print('(-1) / (0)', (-1) / (0))
except Exception as ex:
    print('(-1) / (0)', type(ex).__name__, ex)
try:
    print('max(2**53+1, 123.456)', max(2**53+1, 123.456))
except Exception as ex:
    print('max(2**53+1, 123.456)', type(ex).__name__, ex)
try:
    print('(True) % (False)', (True) % (False))
except Exception as ex:
    print('(True) % (False)', type(ex).__name__, ex)
try:
    print('round(True, 2)', round(True, 2))
except Exception as ex:
    print('round(True, 2)', type(ex).__name__, ex)
try:
    print('(3**100) | (7)', (3**100) | (7))
except Exception as ex:
    print('(3**100) | (7)', type(ex).__name__, ex)
try:
    print('repr(1e-300)', repr(1e-300))
except Exception as ex:
    print('repr(1e-300)', type(ex).__name__, ex)
try:
    print('math.gcd(1, -10**25)', math.gcd(1, -10**25))
except Exception as ex:
    print('math.gcd(1, -10**25)', type(ex).__name__, ex)
try:
    print('abs(-13)', abs(-13))
except Exception as ex:
    print('abs(-13)', type(ex).__name__, ex)
try:
    print('(2**53+1) >> (False)', (2**53+1) >> (False))
except Exception as ex:
    print('(2**53+1) >> (False)', type(ex).__name__, ex)
try:
    print('str(1e300)', str(1e300))
except Exception as ex:
    print('str(1e300)', type(ex).__name__, ex)
try:
    print('math.isclose(-13, 1)', math.isclose(-13, 1))
except Exception as ex:
    print('math.isclose(-13, 1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) > (1j)', ((0.5+0j)) > (1j))
except Exception as ex:
    print('((0.5+0j)) > (1j)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) <= (-0.0)', ((0.5+0j)) <= (-0.0))
except Exception as ex:
    print('((0.5+0j)) <= (-0.0)', type(ex).__name__, ex)
try:
    print('(-10**25) > (1e300)', (-10**25) > (1e300))
except Exception as ex:
    print('(-10**25) > (1e300)', type(ex).__name__, ex)
try:
    print('((2-3j)) >= (True)', ((2-3j)) >= (True))
except Exception as ex:
    print('((2-3j)) >= (True)', type(ex).__name__, ex)
try:
    print('(0.0) + (1e16)', (0.0) + (1e16))
except Exception as ex:
    print('(0.0) + (1e16)', type(ex).__name__, ex)
try:
    print('(1j) << (float("inf"))', (1j) << (float("inf")))
except Exception as ex:
    print('(1j) << (float("inf"))', type(ex).__name__, ex)
try:
    print('int(2**63)', int(2**63))
except Exception as ex:
    print('int(2**63)', type(ex).__name__, ex)
try:
    print('format(0.5, "+,")', format(0.5, "+,"))
except Exception as ex:
    print('format(0.5, "+,")', type(ex).__name__, ex)
try:
    print('(123.456) % (-float("inf"))', (123.456) % (-float("inf")))
except Exception as ex:
    print('(123.456) % (-float("inf"))', type(ex).__name__, ex)
try:
    print('(-10**25) ^ (True)', (-10**25) ^ (True))
except Exception as ex:
    print('(-10**25) ^ (True)', type(ex).__name__, ex)
try:
    print('((2-3j)) == (7)', ((2-3j)) == (7))
except Exception as ex:
    print('((2-3j)) == (7)', type(ex).__name__, ex)
try:
    print('(1) > (7)', (1) > (7))
except Exception as ex:
    print('(1) > (7)', type(ex).__name__, ex)
try:
    print('max(0, -1)', max(0, -1))
except Exception as ex:
    print('max(0, -1)', type(ex).__name__, ex)
try:
    print('round(2**48, 2)', round(2**48, 2))
except Exception as ex:
    print('round(2**48, 2)', type(ex).__name__, ex)
try:
    print('repr(-2**48)', repr(-2**48))
except Exception as ex:
    print('repr(-2**48)', type(ex).__name__, ex)
try:
    print('hash(-float("inf"))', hash(-float("inf")))
except Exception as ex:
    print('hash(-float("inf"))', type(ex).__name__, ex)
try:
    print('(-1) != (False)', (-1) != (False))
except Exception as ex:
    print('(-1) != (False)', type(ex).__name__, ex)
try:
    print('(2**63) / (7)', (2**63) / (7))
except Exception as ex:
    print('(2**63) / (7)', type(ex).__name__, ex)
try:
    print('(0) - (123.456)', (0) - (123.456))
except Exception as ex:
    print('(0) - (123.456)', type(ex).__name__, ex)
try:
    print('math.ceil(-2**48)', math.ceil(-2**48))
except Exception as ex:
    print('math.ceil(-2**48)', type(ex).__name__, ex)
try:
    print('hash(1e-300)', hash(1e-300))
except Exception as ex:
    print('hash(1e-300)', type(ex).__name__, ex)
try:
    print('math.exp(1e300)', math.exp(1e300))
except Exception as ex:
    print('math.exp(1e300)', type(ex).__name__, ex)
try:
    print('(2**53+1) % (-10**25)', (2**53+1) % (-10**25))
except Exception as ex:
    print('(2**53+1) % (-10**25)', type(ex).__name__, ex)
try:
    print('max((2-3j), -0.0)', max((2-3j), -0.0))
except Exception as ex:
    print('max((2-3j), -0.0)', type(ex).__name__, ex)
try:
    print('(-10**25) | (1e-300)', (-10**25) | (1e-300))
except Exception as ex:
    print('(-10**25) | (1e-300)', type(ex).__name__, ex)
try:
    print('(1e300) & ((0.5+0j))', (1e300) & ((0.5+0j)))
except Exception as ex:
    print('(1e300) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1j) >> (3**100)', (1j) >> (3**100))
except Exception as ex:
    print('(1j) >> (3**100)', type(ex).__name__, ex)
try:
    print('(0.0).is_integer()', (0.0).is_integer())
except Exception as ex:
    print('(0.0).is_integer()', type(ex).__name__, ex)
try:
    print('(0.0) << (0)', (0.0) << (0))
except Exception as ex:
    print('(0.0) << (0)', type(ex).__name__, ex)
try:
    print('math.fmod(-1, 0.5)', math.fmod(-1, 0.5))
except Exception as ex:
    print('math.fmod(-1, 0.5)', type(ex).__name__, ex)
try:
    print('(3**100) < (123.456)', (3**100) < (123.456))
except Exception as ex:
    print('(3**100) < (123.456)', type(ex).__name__, ex)
try:
    print('(-0.0) < (1e16)', (-0.0) < (1e16))
except Exception as ex:
    print('(-0.0) < (1e16)', type(ex).__name__, ex)
try:
    print('(-0.0) // (1j)', (-0.0) // (1j))
except Exception as ex:
    print('(-0.0) // (1j)', type(ex).__name__, ex)
try:
    print('math.floor(0.5)', math.floor(0.5))
except Exception as ex:
    print('math.floor(0.5)', type(ex).__name__, ex)
try:
    print('((2-3j)) % (123.456)', ((2-3j)) % (123.456))
except Exception as ex:
    print('((2-3j)) % (123.456)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 0.5)', math.copysign(1, 0.5))
except Exception as ex:
    print('math.copysign(1, 0.5)', type(ex).__name__, ex)
try:
    print('(1e300) + (-10**25)', (1e300) + (-10**25))
except Exception as ex:
    print('(1e300) + (-10**25)', type(ex).__name__, ex)
try:
    print('math.hypot((0.5+0j), -0.0)', math.hypot((0.5+0j), -0.0))
except Exception as ex:
    print('math.hypot((0.5+0j), -0.0)', type(ex).__name__, ex)
try:
    print('~(True)', ~(True))
except Exception as ex:
    print('~(True)', type(ex).__name__, ex)
try:
    print('math.hypot(7, 10**20)', math.hypot(7, 10**20))
except Exception as ex:
    print('math.hypot(7, 10**20)', type(ex).__name__, ex)
try:
    print('(-2**48) < (1e300)', (-2**48) < (1e300))
except Exception as ex:
    print('(-2**48) < (1e300)', type(ex).__name__, ex)
try:
    print('float.fromhex((0.0).hex())', float.fromhex((0.0).hex()))
except Exception as ex:
    print('float.fromhex((0.0).hex())', type(ex).__name__, ex)
try:
    print('((0.5+0j)).bit_length()', ((0.5+0j)).bit_length())
except Exception as ex:
    print('((0.5+0j)).bit_length()', type(ex).__name__, ex)
try:
    print('((2-3j)) / ((0.5+0j))', ((2-3j)) / ((0.5+0j)))
except Exception as ex:
    print('((2-3j)) / ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(float("inf")) > (1e16)', (float("inf")) > (1e16))
except Exception as ex:
    print('(float("inf")) > (1e16)', type(ex).__name__, ex)
try:
    print('(2**48) * (2**63)', (2**48) * (2**63))
except Exception as ex:
    print('(2**48) * (2**63)', type(ex).__name__, ex)
try:
    print('format(2**63, "+,")', format(2**63, "+,"))
except Exception as ex:
    print('format(2**63, "+,")', type(ex).__name__, ex)
try:
    print('(-float("inf")).__round__()', (-float("inf")).__round__())
except Exception as ex:
    print('(-float("inf")).__round__()', type(ex).__name__, ex)
try:
    print('((2-3j)) & (7)', ((2-3j)) & (7))
except Exception as ex:
    print('((2-3j)) & (7)', type(ex).__name__, ex)
try:
    print('(False) < (-10**25)', (False) < (-10**25))
except Exception as ex:
    print('(False) < (-10**25)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 0)', math.copysign(1, 0))
except Exception as ex:
    print('math.copysign(1, 0)', type(ex).__name__, ex)
try:
    print('math.trunc(float("inf"))', math.trunc(float("inf")))
except Exception as ex:
    print('math.trunc(float("inf"))', type(ex).__name__, ex)
try:
    print('(1e300) != (2**48)', (1e300) != (2**48))
except Exception as ex:
    print('(1e300) != (2**48)', type(ex).__name__, ex)
try:
    print('(-2**48) > (float("inf"))', (-2**48) > (float("inf")))
except Exception as ex:
    print('(-2**48) > (float("inf"))', type(ex).__name__, ex)
try:
    print('(-float("inf")).conjugate()', (-float("inf")).conjugate())
except Exception as ex:
    print('(-float("inf")).conjugate()', type(ex).__name__, ex)
try:
    print('round(0.0, -1)', round(0.0, -1))
except Exception as ex:
    print('round(0.0, -1)', type(ex).__name__, ex)
try:
    print('(2**48).real', (2**48).real)
except Exception as ex:
    print('(2**48).real', type(ex).__name__, ex)
try:
    print('math.copysign(1, -10**25)', math.copysign(1, -10**25))
except Exception as ex:
    print('math.copysign(1, -10**25)', type(ex).__name__, ex)
try:
    print('math.copysign(1, float("inf"))', math.copysign(1, float("inf")))
except Exception as ex:
    print('math.copysign(1, float("inf"))', type(ex).__name__, ex)
try:
    print('bool(10**20)', bool(10**20))
except Exception as ex:
    print('bool(10**20)', type(ex).__name__, ex)
try:
    print('(2**63) % (-1)', (2**63) % (-1))
except Exception as ex:
    print('(2**63) % (-1)', type(ex).__name__, ex)
try:
    print('(0).is_integer()', (0).is_integer())
except Exception as ex:
    print('(0).is_integer()', type(ex).__name__, ex)
try:
    print('(1e16) & (1)', (1e16) & (1))
except Exception as ex:
    print('(1e16) & (1)', type(ex).__name__, ex)
try:
    print('(1e-300) != (-float("inf"))', (1e-300) != (-float("inf")))
except Exception as ex:
    print('(1e-300) != (-float("inf"))', type(ex).__name__, ex)
try:
    print('(1j) % (2**48)', (1j) % (2**48))
except Exception as ex:
    print('(1j) % (2**48)', type(ex).__name__, ex)
try:
    print('(True) * (1e300)', (True) * (1e300))
except Exception as ex:
    print('(True) * (1e300)', type(ex).__name__, ex)
try:
    print('round(-2**48)', round(-2**48))
except Exception as ex:
    print('round(-2**48)', type(ex).__name__, ex)
try:
    print('repr(7)', repr(7))
except Exception as ex:
    print('repr(7)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) >= (1e-300)', ((0.5+0j)) >= (1e-300))
except Exception as ex:
    print('((0.5+0j)) >= (1e-300)', type(ex).__name__, ex)
try:
    print('(10**20) * (0.5)', (10**20) * (0.5))
except Exception as ex:
    print('(10**20) * (0.5)', type(ex).__name__, ex)
try:
    print('(-2.5) // (123.456)', (-2.5) // (123.456))
except Exception as ex:
    print('(-2.5) // (123.456)', type(ex).__name__, ex)
try:
    print('((2-3j)) / (3**100)', ((2-3j)) / (3**100))
except Exception as ex:
    print('((2-3j)) / (3**100)', type(ex).__name__, ex)
try:
    print('abs(7)', abs(7))
except Exception as ex:
    print('abs(7)', type(ex).__name__, ex)
try:
    print('(3**100) ** (False)', (3**100) ** (False))
except Exception as ex:
    print('(3**100) ** (False)', type(ex).__name__, ex)
try:
    print('min(1e300, 123.456)', min(1e300, 123.456))
except Exception as ex:
    print('min(1e300, 123.456)', type(ex).__name__, ex)
try:
    print('(-1) % (-0.0)', (-1) % (-0.0))
except Exception as ex:
    print('(-1) % (-0.0)', type(ex).__name__, ex)
try:
    print('(-float("inf")) << (float("inf"))', (-float("inf")) << (float("inf")))
except Exception as ex:
    print('(-float("inf")) << (float("inf"))', type(ex).__name__, ex)
try:
    print('(-2**48) != ((0.5+0j))', (-2**48) != ((0.5+0j)))
except Exception as ex:
    print('(-2**48) != ((0.5+0j))', type(ex).__name__, ex)
try:
    print('bool(2**53+1)', bool(2**53+1))
except Exception as ex:
    print('bool(2**53+1)', type(ex).__name__, ex)
try:
    print('(1j) >= (-13)', (1j) >= (-13))
except Exception as ex:
    print('(1j) >= (-13)', type(ex).__name__, ex)
try:
    print('abs(123.456)', abs(123.456))
except Exception as ex:
    print('abs(123.456)', type(ex).__name__, ex)
try:
    print('(float("inf")) == (-2.5)', (float("inf")) == (-2.5))
except Exception as ex:
    print('(float("inf")) == (-2.5)', type(ex).__name__, ex)
try:
    print('str(1e-300)', str(1e-300))
except Exception as ex:
    print('str(1e-300)', type(ex).__name__, ex)
try:
    print('(2**63) * (1e16)', (2**63) * (1e16))
except Exception as ex:
    print('(2**63) * (1e16)', type(ex).__name__, ex)
try:
    print('(2**53+1) != (0)', (2**53+1) != (0))
except Exception as ex:
    print('(2**53+1) != (0)', type(ex).__name__, ex)
try:
    print('(1j) - ((2-3j))', (1j) - ((2-3j)))
except Exception as ex:
    print('(1j) - ((2-3j))', type(ex).__name__, ex)
try:
    print('math.atan2(-1, -0.0)', math.atan2(-1, -0.0))
except Exception as ex:
    print('math.atan2(-1, -0.0)', type(ex).__name__, ex)
try:
    print('(-2**48) << (0.0)', (-2**48) << (0.0))
except Exception as ex:
    print('(-2**48) << (0.0)', type(ex).__name__, ex)
try:
    print('(True) != (-0.0)', (True) != (-0.0))
except Exception as ex:
    print('(True) != (-0.0)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) + (-10**25)', ((0.5+0j)) + (-10**25))
except Exception as ex:
    print('((0.5+0j)) + (-10**25)', type(ex).__name__, ex)
try:
    print('(float("inf")) - (123.456)', (float("inf")) - (123.456))
except Exception as ex:
    print('(float("inf")) - (123.456)', type(ex).__name__, ex)
try:
    print('math.hypot(-10**25, 2**63)', math.hypot(-10**25, 2**63))
except Exception as ex:
    print('math.hypot(-10**25, 2**63)', type(ex).__name__, ex)
try:
    print('-(-2**48)', -(-2**48))
except Exception as ex:
    print('-(-2**48)', type(ex).__name__, ex)
try:
    print('math.log(1j)', math.log(1j))
except Exception as ex:
    print('math.log(1j)', type(ex).__name__, ex)
try:
    print('((2-3j)).hex()', ((2-3j)).hex())
except Exception as ex:
    print('((2-3j)).hex()', type(ex).__name__, ex)
try:
    print('(0.5) / (2**63)', (0.5) / (2**63))
except Exception as ex:
    print('(0.5) / (2**63)', type(ex).__name__, ex)
try:
    print('(2**63) >> (1e-300)', (2**63) >> (1e-300))
except Exception as ex:
    print('(2**63) >> (1e-300)', type(ex).__name__, ex)
try:
    print('hash(1e-300)', hash(1e-300))
except Exception as ex:
    print('hash(1e-300)', type(ex).__name__, ex)
try:
    print('format(-10**25, "+,")', format(-10**25, "+,"))
except Exception as ex:
    print('format(-10**25, "+,")', type(ex).__name__, ex)
try:
    print('(-13).as_integer_ratio()', (-13).as_integer_ratio())
except Exception as ex:
    print('(-13).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('format((0.5+0j), ">12")', format((0.5+0j), ">12"))
except Exception as ex:
    print('format((0.5+0j), ">12")', type(ex).__name__, ex)
try:
    print('(2**48) ^ (7)', (2**48) ^ (7))
except Exception as ex:
    print('(2**48) ^ (7)', type(ex).__name__, ex)
try:
    print('math.trunc(123.456)', math.trunc(123.456))
except Exception as ex:
    print('math.trunc(123.456)', type(ex).__name__, ex)
try:
    print('(1e-300).__round__()', (1e-300).__round__())
except Exception as ex:
    print('(1e-300).__round__()', type(ex).__name__, ex)
try:
    print('(10**20) - (-10**25)', (10**20) - (-10**25))
except Exception as ex:
    print('(10**20) - (-10**25)', type(ex).__name__, ex)
try:
    print('hash(2**48)', hash(2**48))
except Exception as ex:
    print('hash(2**48)', type(ex).__name__, ex)
try:
    print('abs((2-3j))', abs((2-3j)))
except Exception as ex:
    print('abs((2-3j))', type(ex).__name__, ex)
try:
    print('(2**48).as_integer_ratio()', (2**48).as_integer_ratio())
except Exception as ex:
    print('(2**48).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(123.456) ** (-float("inf"))', (123.456) ** (-float("inf")))
except Exception as ex:
    print('(123.456) ** (-float("inf"))', type(ex).__name__, ex)
try:
    print('(-10**25) == (-float("inf"))', (-10**25) == (-float("inf")))
except Exception as ex:
    print('(-10**25) == (-float("inf"))', type(ex).__name__, ex)
try:
    print('(-1) / ((2-3j))', (-1) / ((2-3j)))
except Exception as ex:
    print('(-1) / ((2-3j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> (True)', (-float("inf")) >> (True))
except Exception as ex:
    print('(-float("inf")) >> (True)', type(ex).__name__, ex)
try:
    print('(2**63) < (-float("inf"))', (2**63) < (-float("inf")))
except Exception as ex:
    print('(2**63) < (-float("inf"))', type(ex).__name__, ex)
try:
    print('round(1e16)', round(1e16))
except Exception as ex:
    print('round(1e16)', type(ex).__name__, ex)
try:
    print('(-2**48) ^ (-13)', (-2**48) ^ (-13))
except Exception as ex:
    print('(-2**48) ^ (-13)', type(ex).__name__, ex)
try:
    print('float.fromhex((False).hex())', float.fromhex((False).hex()))
except Exception as ex:
    print('float.fromhex((False).hex())', type(ex).__name__, ex)
try:
    print('(float("inf")).is_integer()', (float("inf")).is_integer())
except Exception as ex:
    print('(float("inf")).is_integer()', type(ex).__name__, ex)
try:
    print('(0.0).conjugate()', (0.0).conjugate())
except Exception as ex:
    print('(0.0).conjugate()', type(ex).__name__, ex)
try:
    print('(2**53+1) != ((0.5+0j))', (2**53+1) != ((0.5+0j)))
except Exception as ex:
    print('(2**53+1) != ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-2**48) / (-13)', (-2**48) / (-13))
except Exception as ex:
    print('(-2**48) / (-13)', type(ex).__name__, ex)
try:
    print('math.fmod(False, 0.0)', math.fmod(False, 0.0))
except Exception as ex:
    print('math.fmod(False, 0.0)', type(ex).__name__, ex)
try:
    print('bool(10**20)', bool(10**20))
except Exception as ex:
    print('bool(10**20)', type(ex).__name__, ex)
try:
    print('(-1) // (1e300)', (-1) // (1e300))
except Exception as ex:
    print('(-1) // (1e300)', type(ex).__name__, ex)
try:
    print('(2**53+1) / (-2**48)', (2**53+1) / (-2**48))
except Exception as ex:
    print('(2**53+1) / (-2**48)', type(ex).__name__, ex)
try:
    print('(2**53+1) == (0)', (2**53+1) == (0))
except Exception as ex:
    print('(2**53+1) == (0)', type(ex).__name__, ex)
try:
    print('math.atan2(2**48, -0.0)', math.atan2(2**48, -0.0))
except Exception as ex:
    print('math.atan2(2**48, -0.0)', type(ex).__name__, ex)
try:
    print('(-10**25).imag', (-10**25).imag)
except Exception as ex:
    print('(-10**25).imag', type(ex).__name__, ex)
try:
    print('math.ceil(2**63)', math.ceil(2**63))
except Exception as ex:
    print('math.ceil(2**63)', type(ex).__name__, ex)
try:
    print('(-2.5) | (True)', (-2.5) | (True))
except Exception as ex:
    print('(-2.5) | (True)', type(ex).__name__, ex)
try:
    print('min(2**63, 0.5)', min(2**63, 0.5))
except Exception as ex:
    print('min(2**63, 0.5)', type(ex).__name__, ex)
try:
    print('format(-1, "+,")', format(-1, "+,"))
except Exception as ex:
    print('format(-1, "+,")', type(ex).__name__, ex)
try:
    print('complex(-float("inf"))', complex(-float("inf")))
except Exception as ex:
    print('complex(-float("inf"))', type(ex).__name__, ex)
try:
    print('format(10**20, "+,")', format(10**20, "+,"))
except Exception as ex:
    print('format(10**20, "+,")', type(ex).__name__, ex)
try:
    print('-(1e-300)', -(1e-300))
except Exception as ex:
    print('-(1e-300)', type(ex).__name__, ex)
try:
    print('format(-1, ">12")', format(-1, ">12"))
except Exception as ex:
    print('format(-1, ">12")', type(ex).__name__, ex)
try:
    print('(7) > (-10**25)', (7) > (-10**25))
except Exception as ex:
    print('(7) > (-10**25)', type(ex).__name__, ex)
try:
    print('(0.0) | (3**100)', (0.0) | (3**100))
except Exception as ex:
    print('(0.0) | (3**100)', type(ex).__name__, ex)
try:
    print('math.atan2(2**63, 7)', math.atan2(2**63, 7))
except Exception as ex:
    print('math.atan2(2**63, 7)', type(ex).__name__, ex)
try:
    print('math.hypot(-1, 1e-300)', math.hypot(-1, 1e-300))
except Exception as ex:
    print('math.hypot(-1, 1e-300)', type(ex).__name__, ex)
try:
    print('bool(7)', bool(7))
except Exception as ex:
    print('bool(7)', type(ex).__name__, ex)
try:
    print('(-0.0) <= (10**20)', (-0.0) <= (10**20))
except Exception as ex:
    print('(-0.0) <= (10**20)', type(ex).__name__, ex)
try:
    print('bool(-2.5)', bool(-2.5))
except Exception as ex:
    print('bool(-2.5)', type(ex).__name__, ex)
try:
    print('((2-3j)) ** (True)', ((2-3j)) ** (True))
except Exception as ex:
    print('((2-3j)) ** (True)', type(ex).__name__, ex)
try:
    print('(10**20) % (-float("inf"))', (10**20) % (-float("inf")))
except Exception as ex:
    print('(10**20) % (-float("inf"))', type(ex).__name__, ex)
try:
    print('(1j) == (123.456)', (1j) == (123.456))
except Exception as ex:
    print('(1j) == (123.456)', type(ex).__name__, ex)
try:
    print('(1) & (True)', (1) & (True))
except Exception as ex:
    print('(1) & (True)', type(ex).__name__, ex)
try:
    print('float(3**100)', float(3**100))
except Exception as ex:
    print('float(3**100)', type(ex).__name__, ex)
try:
    print('(-float("inf")) + (-13)', (-float("inf")) + (-13))
except Exception as ex:
    print('(-float("inf")) + (-13)', type(ex).__name__, ex)
try:
    print('math.sqrt(True)', math.sqrt(True))
except Exception as ex:
    print('math.sqrt(True)', type(ex).__name__, ex)
try:
    print('repr(2**63)', repr(2**63))
except Exception as ex:
    print('repr(2**63)', type(ex).__name__, ex)
try:
    print('round((0.5+0j), -1)', round((0.5+0j), -1))
except Exception as ex:
    print('round((0.5+0j), -1)', type(ex).__name__, ex)
try:
    print('(1j) >= (7)', (1j) >= (7))
except Exception as ex:
    print('(1j) >= (7)', type(ex).__name__, ex)
try:
    print('repr(0.0)', repr(0.0))
except Exception as ex:
    print('repr(0.0)', type(ex).__name__, ex)
try:
    print('math.hypot(1e300, 2**63)', math.hypot(1e300, 2**63))
except Exception as ex:
    print('math.hypot(1e300, 2**63)', type(ex).__name__, ex)
try:
    print('(1e16) < (2**53+1)', (1e16) < (2**53+1))
except Exception as ex:
    print('(1e16) < (2**53+1)', type(ex).__name__, ex)
try:
    print('hash(2**48)', hash(2**48))
except Exception as ex:
    print('hash(2**48)', type(ex).__name__, ex)
try:
    print('math.isclose(True, 7)', math.isclose(True, 7))
except Exception as ex:
    print('math.isclose(True, 7)', type(ex).__name__, ex)
try:
    print('(1e16) - (-float("inf"))', (1e16) - (-float("inf")))
except Exception as ex:
    print('(1e16) - (-float("inf"))', type(ex).__name__, ex)
try:
    print('(123.456) & (False)', (123.456) & (False))
except Exception as ex:
    print('(123.456) & (False)', type(ex).__name__, ex)
try:
    print('(1e-300) != (-2.5)', (1e-300) != (-2.5))
except Exception as ex:
    print('(1e-300) != (-2.5)', type(ex).__name__, ex)
try:
    print('(1e16) - (3**100)', (1e16) - (3**100))
except Exception as ex:
    print('(1e16) - (3**100)', type(ex).__name__, ex)
try:
    print('(-13).real', (-13).real)
except Exception as ex:
    print('(-13).real', type(ex).__name__, ex)
try:
    print('math.log(False)', math.log(False))
except Exception as ex:
    print('math.log(False)', type(ex).__name__, ex)
try:
    print('round(0)', round(0))
except Exception as ex:
    print('round(0)', type(ex).__name__, ex)
try:
    print('complex(10**20)', complex(10**20))
except Exception as ex:
    print('complex(10**20)', type(ex).__name__, ex)
try:
    print('bool(False)', bool(False))
except Exception as ex:
    print('bool(False)', type(ex).__name__, ex)
try:
    print('format(7, "+,")', format(7, "+,"))
except Exception as ex:
    print('format(7, "+,")', type(ex).__name__, ex)
try:
    print('(1e-300) ^ (1j)', (1e-300) ^ (1j))
except Exception as ex:
    print('(1e-300) ^ (1j)', type(ex).__name__, ex)
try:
    print('(-2.5).__round__()', (-2.5).__round__())
except Exception as ex:
    print('(-2.5).__round__()', type(ex).__name__, ex)
try:
    print('abs(float("inf"))', abs(float("inf")))
except Exception as ex:
    print('abs(float("inf"))', type(ex).__name__, ex)
try:
    print('(True) // (1e16)', (True) // (1e16))
except Exception as ex:
    print('(True) // (1e16)', type(ex).__name__, ex)
try:
    print('(-0.0) ** (True)', (-0.0) ** (True))
except Exception as ex:
    print('(-0.0) ** (True)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -0.0)', math.copysign(1, -0.0))
except Exception as ex:
    print('math.copysign(1, -0.0)', type(ex).__name__, ex)
try:
    print('~(-0.0)', ~(-0.0))
except Exception as ex:
    print('~(-0.0)', type(ex).__name__, ex)
try:
    print('pow(0, -0.0, 7)', pow(0, -0.0, 7))
except Exception as ex:
    print('pow(0, -0.0, 7)', type(ex).__name__, ex)
try:
    print('(-1) == (123.456)', (-1) == (123.456))
except Exception as ex:
    print('(-1) == (123.456)', type(ex).__name__, ex)
try:
    print('-(False)', -(False))
except Exception as ex:
    print('-(False)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) % (0)', ((0.5+0j)) % (0))
except Exception as ex:
    print('((0.5+0j)) % (0)', type(ex).__name__, ex)
try:
    print('(-1) / (False)', (-1) / (False))
except Exception as ex:
    print('(-1) / (False)', type(ex).__name__, ex)
try:
    print('math.exp(7)', math.exp(7))
except Exception as ex:
    print('math.exp(7)', type(ex).__name__, ex)
try:
    print('pow(0, 1e-300, 7)', pow(0, 1e-300, 7))
except Exception as ex:
    print('pow(0, 1e-300, 7)', type(ex).__name__, ex)
try:
    print('(1) | (1)', (1) | (1))
except Exception as ex:
    print('(1) | (1)', type(ex).__name__, ex)
try:
    print('(-2.5) != (10**20)', (-2.5) != (10**20))
except Exception as ex:
    print('(-2.5) != (10**20)', type(ex).__name__, ex)
try:
    print('(-2**48).imag', (-2**48).imag)
except Exception as ex:
    print('(-2**48).imag', type(ex).__name__, ex)
try:
    print('(0) <= (-2**48)', (0) <= (-2**48))
except Exception as ex:
    print('(0) <= (-2**48)', type(ex).__name__, ex)
try:
    print('-((2-3j))', -((2-3j)))
except Exception as ex:
    print('-((2-3j))', type(ex).__name__, ex)
try:
    print('(-0.0) ^ (-0.0)', (-0.0) ^ (-0.0))
except Exception as ex:
    print('(-0.0) ^ (-0.0)', type(ex).__name__, ex)
try:
    print('(-10**25) >> (0.5)', (-10**25) >> (0.5))
except Exception as ex:
    print('(-10**25) >> (0.5)', type(ex).__name__, ex)
try:
    print('(float("inf")) + (-2.5)', (float("inf")) + (-2.5))
except Exception as ex:
    print('(float("inf")) + (-2.5)', type(ex).__name__, ex)
try:
    print('math.log(1)', math.log(1))
except Exception as ex:
    print('math.log(1)', type(ex).__name__, ex)
try:
    print('bool(0.0)', bool(0.0))
except Exception as ex:
    print('bool(0.0)', type(ex).__name__, ex)
try:
    print('float.fromhex((-2**48).hex())', float.fromhex((-2**48).hex()))
except Exception as ex:
    print('float.fromhex((-2**48).hex())', type(ex).__name__, ex)
try:
    print('(-13) & (123.456)', (-13) & (123.456))
except Exception as ex:
    print('(-13) & (123.456)', type(ex).__name__, ex)
try:
    print('(1e-300).hex()', (1e-300).hex())
except Exception as ex:
    print('(1e-300).hex()', type(ex).__name__, ex)
try:
    print('round(2**53+1, 2)', round(2**53+1, 2))
except Exception as ex:
    print('round(2**53+1, 2)', type(ex).__name__, ex)
try:
    print('math.copysign(1, float("inf"))', math.copysign(1, float("inf")))
except Exception as ex:
    print('math.copysign(1, float("inf"))', type(ex).__name__, ex)
try:
    print('hash(2**63)', hash(2**63))
except Exception as ex:
    print('hash(2**63)', type(ex).__name__, ex)
try:
    print('math.atan2(1e-300, -1)', math.atan2(1e-300, -1))
except Exception as ex:
    print('math.atan2(1e-300, -1)', type(ex).__name__, ex)
try:
    print('((2-3j)) != ((0.5+0j))', ((2-3j)) != ((0.5+0j)))
except Exception as ex:
    print('((2-3j)) != ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-13) << (-0.0)', (-13) << (-0.0))
except Exception as ex:
    print('(-13) << (-0.0)', type(ex).__name__, ex)
try:
    print('format(3**100, ">12")', format(3**100, ">12"))
except Exception as ex:
    print('format(3**100, ">12")', type(ex).__name__, ex)
try:
    print('(True).conjugate()', (True).conjugate())
except Exception as ex:
    print('(True).conjugate()', type(ex).__name__, ex)
try:
    print('format((2-3j), ">12")', format((2-3j), ">12"))
except Exception as ex:
    print('format((2-3j), ">12")', type(ex).__name__, ex)
try:
    print('(float("inf")) | (-0.0)', (float("inf")) | (-0.0))
except Exception as ex:
    print('(float("inf")) | (-0.0)', type(ex).__name__, ex)
try:
    print('(1j) + (-1)', (1j) + (-1))
except Exception as ex:
    print('(1j) + (-1)', type(ex).__name__, ex)
try:
    print('((2-3j)) < (-1)', ((2-3j)) < (-1))
except Exception as ex:
    print('((2-3j)) < (-1)', type(ex).__name__, ex)
try:
    print('divmod(123.456, -10**25)', divmod(123.456, -10**25))
except Exception as ex:
    print('divmod(123.456, -10**25)', type(ex).__name__, ex)
try:
    print('(1e-300) & (-13)', (1e-300) & (-13))
except Exception as ex:
    print('(1e-300) & (-13)', type(ex).__name__, ex)
try:
    print('float.fromhex((2**48).hex())', float.fromhex((2**48).hex()))
except Exception as ex:
    print('float.fromhex((2**48).hex())', type(ex).__name__, ex)
try:
    print('((0.5+0j)) // (0)', ((0.5+0j)) // (0))
except Exception as ex:
    print('((0.5+0j)) // (0)', type(ex).__name__, ex)
try:
    print('(1) // (-10**25)', (1) // (-10**25))
except Exception as ex:
    print('(1) // (-10**25)', type(ex).__name__, ex)
try:
    print('(float("inf")) > (10**20)', (float("inf")) > (10**20))
except Exception as ex:
    print('(float("inf")) > (10**20)', type(ex).__name__, ex)
try:
    print('math.log(2**63)', math.log(2**63))
except Exception as ex:
    print('math.log(2**63)', type(ex).__name__, ex)
try:
    print('format(-1, ".3g")', format(-1, ".3g"))
except Exception as ex:
    print('format(-1, ".3g")', type(ex).__name__, ex)
try:
    print('float(1e-300)', float(1e-300))
except Exception as ex:
    print('float(1e-300)', type(ex).__name__, ex)
try:
    print('(1j).as_integer_ratio()', (1j).as_integer_ratio())
except Exception as ex:
    print('(1j).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(-float("inf")).as_integer_ratio()', (-float("inf")).as_integer_ratio())
except Exception as ex:
    print('(-float("inf")).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(1e16) != (-10**25)', (1e16) != (-10**25))
except Exception as ex:
    print('(1e16) != (-10**25)', type(ex).__name__, ex)
try:
    print('(-2**48) >> (0)', (-2**48) >> (0))
except Exception as ex:
    print('(-2**48) >> (0)', type(ex).__name__, ex)
try:
    print('math.trunc(10**20)', math.trunc(10**20))
except Exception as ex:
    print('math.trunc(10**20)', type(ex).__name__, ex)
try:
    print('(3**100) * (1)', (3**100) * (1))
except Exception as ex:
    print('(3**100) * (1)', type(ex).__name__, ex)
try:
    print('(-0.0) - (123.456)', (-0.0) - (123.456))
except Exception as ex:
    print('(-0.0) - (123.456)', type(ex).__name__, ex)
try:
    print('format(7, "+,")', format(7, "+,"))
except Exception as ex:
    print('format(7, "+,")', type(ex).__name__, ex)
try:
    print('complex(123.456)', complex(123.456))
except Exception as ex:
    print('complex(123.456)', type(ex).__name__, ex)
try:
    print('str(-0.0)', str(-0.0))
except Exception as ex:
    print('str(-0.0)', type(ex).__name__, ex)
try:
    print('math.sqrt(0)', math.sqrt(0))
except Exception as ex:
    print('math.sqrt(0)', type(ex).__name__, ex)
try:
    print('((2-3j)) ^ (2**63)', ((2-3j)) ^ (2**63))
except Exception as ex:
    print('((2-3j)) ^ (2**63)', type(ex).__name__, ex)
try:
    print('math.isclose(0, -2.5)', math.isclose(0, -2.5))
except Exception as ex:
    print('math.isclose(0, -2.5)', type(ex).__name__, ex)
try:
    print('bool(0.5)', bool(0.5))
except Exception as ex:
    print('bool(0.5)', type(ex).__name__, ex)
try:
    print('(1e300) % (-13)', (1e300) % (-13))
except Exception as ex:
    print('(1e300) % (-13)', type(ex).__name__, ex)
try:
    print('(1j).conjugate()', (1j).conjugate())
except Exception as ex:
    print('(1j).conjugate()', type(ex).__name__, ex)
try:
    print('math.exp(1e16)', math.exp(1e16))
except Exception as ex:
    print('math.exp(1e16)', type(ex).__name__, ex)
try:
    print('-(2**53+1)', -(2**53+1))
except Exception as ex:
    print('-(2**53+1)', type(ex).__name__, ex)
try:
    print('(-2.5) ** (1)', (-2.5) ** (1))
except Exception as ex:
    print('(-2.5) ** (1)', type(ex).__name__, ex)
try:
    print('(float("inf")) // (0.5)', (float("inf")) // (0.5))
except Exception as ex:
    print('(float("inf")) // (0.5)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).real', ((0.5+0j)).real)
except Exception as ex:
    print('((0.5+0j)).real', type(ex).__name__, ex)
try:
    print('(-float("inf")) - (2**63)', (-float("inf")) - (2**63))
except Exception as ex:
    print('(-float("inf")) - (2**63)', type(ex).__name__, ex)
try:
    print('(123.456) > (-10**25)', (123.456) > (-10**25))
except Exception as ex:
    print('(123.456) > (-10**25)', type(ex).__name__, ex)
try:
    print('(-1).conjugate()', (-1).conjugate())
except Exception as ex:
    print('(-1).conjugate()', type(ex).__name__, ex)
try:
    print('math.hypot(2**48, 0)', math.hypot(2**48, 0))
except Exception as ex:
    print('math.hypot(2**48, 0)', type(ex).__name__, ex)
try:
    print('(-2.5) == (2**63)', (-2.5) == (2**63))
except Exception as ex:
    print('(-2.5) == (2**63)', type(ex).__name__, ex)
try:
    print('(-2**48) - (float("inf"))', (-2**48) - (float("inf")))
except Exception as ex:
    print('(-2**48) - (float("inf"))', type(ex).__name__, ex)
try:
    print('math.gcd(-2.5, -2**48)', math.gcd(-2.5, -2**48))
except Exception as ex:
    print('math.gcd(-2.5, -2**48)', type(ex).__name__, ex)
try:
    print('math.exp(-13)', math.exp(-13))
except Exception as ex:
    print('math.exp(-13)', type(ex).__name__, ex)
try:
    print('(3**100) // (-1)', (3**100) // (-1))
except Exception as ex:
    print('(3**100) // (-1)', type(ex).__name__, ex)
try:
    print('(-2.5) < (0.5)', (-2.5) < (0.5))
except Exception as ex:
    print('(-2.5) < (0.5)', type(ex).__name__, ex)
try:
    print('(7) // (3**100)', (7) // (3**100))
except Exception as ex:
    print('(7) // (3**100)', type(ex).__name__, ex)
try:
    print('(-13).conjugate()', (-13).conjugate())
except Exception as ex:
    print('(-13).conjugate()', type(ex).__name__, ex)
try:
    print('(-2.5) > (False)', (-2.5) > (False))
except Exception as ex:
    print('(-2.5) > (False)', type(ex).__name__, ex)
try:
    print('math.atan2(0.0, -1)', math.atan2(0.0, -1))
except Exception as ex:
    print('math.atan2(0.0, -1)', type(ex).__name__, ex)
try:
    print('(-13) & (-float("inf"))', (-13) & (-float("inf")))
except Exception as ex:
    print('(-13) & (-float("inf"))', type(ex).__name__, ex)
try:
    print('(float("inf")) // (False)', (float("inf")) // (False))
except Exception as ex:
    print('(float("inf")) // (False)', type(ex).__name__, ex)
try:
    print('(True) | (2**53+1)', (True) | (2**53+1))
except Exception as ex:
    print('(True) | (2**53+1)', type(ex).__name__, ex)
try:
    print('(0) // (2**48)', (0) // (2**48))
except Exception as ex:
    print('(0) // (2**48)', type(ex).__name__, ex)
try:
    print('(-2.5) + (-13)', (-2.5) + (-13))
except Exception as ex:
    print('(-2.5) + (-13)', type(ex).__name__, ex)
try:
    print('(-2**48) ^ (-10**25)', (-2**48) ^ (-10**25))
except Exception as ex:
    print('(-2**48) ^ (-10**25)', type(ex).__name__, ex)
try:
    print('math.trunc(7)', math.trunc(7))
except Exception as ex:
    print('math.trunc(7)', type(ex).__name__, ex)
try:
    print('round(3**100)', round(3**100))
except Exception as ex:
    print('round(3**100)', type(ex).__name__, ex)
try:
    print('math.copysign(1, False)', math.copysign(1, False))
except Exception as ex:
    print('math.copysign(1, False)', type(ex).__name__, ex)
try:
    print('(-2**48).__round__()', (-2**48).__round__())
except Exception as ex:
    print('(-2**48).__round__()', type(ex).__name__, ex)
try:
    print('math.trunc(0.5)', math.trunc(0.5))
except Exception as ex:
    print('math.trunc(0.5)', type(ex).__name__, ex)
try:
    print('(0.0) >= (1e300)', (0.0) >= (1e300))
except Exception as ex:
    print('(0.0) >= (1e300)', type(ex).__name__, ex)
try:
    print('divmod(3**100, False)', divmod(3**100, False))
except Exception as ex:
    print('divmod(3**100, False)', type(ex).__name__, ex)
try:
    print('~(1e-300)', ~(1e-300))
except Exception as ex:
    print('~(1e-300)', type(ex).__name__, ex)
try:
    print('(-10**25) / (123.456)', (-10**25) / (123.456))
except Exception as ex:
    print('(-10**25) / (123.456)', type(ex).__name__, ex)
try:
    print('format(1e-300, ">12")', format(1e-300, ">12"))
except Exception as ex:
    print('format(1e-300, ">12")', type(ex).__name__, ex)
try:
    print('(10**20) | (float("inf"))', (10**20) | (float("inf")))
except Exception as ex:
    print('(10**20) | (float("inf"))', type(ex).__name__, ex)
try:
    print('(-1).bit_length()', (-1).bit_length())
except Exception as ex:
    print('(-1).bit_length()', type(ex).__name__, ex)
try:
    print('pow(-2.5, -1, 7)', pow(-2.5, -1, 7))
except Exception as ex:
    print('pow(-2.5, -1, 7)', type(ex).__name__, ex)
try:
    print('round((2-3j), 2)', round((2-3j), 2))
except Exception as ex:
    print('round((2-3j), 2)', type(ex).__name__, ex)
try:
    print('(0.5) % (1)', (0.5) % (1))
except Exception as ex:
    print('(0.5) % (1)', type(ex).__name__, ex)
try:
    print('hash(10**20)', hash(10**20))
except Exception as ex:
    print('hash(10**20)', type(ex).__name__, ex)
try:
    print('(-float("inf")) > (-2**48)', (-float("inf")) > (-2**48))
except Exception as ex:
    print('(-float("inf")) > (-2**48)', type(ex).__name__, ex)
try:
    print('(-2**48) != (-13)', (-2**48) != (-13))
except Exception as ex:
    print('(-2**48) != (-13)', type(ex).__name__, ex)
try:
    print('min(-10**25, True)', min(-10**25, True))
except Exception as ex:
    print('min(-10**25, True)', type(ex).__name__, ex)
try:
    print('(10**20) >= (True)', (10**20) >= (True))
except Exception as ex:
    print('(10**20) >= (True)', type(ex).__name__, ex)
try:
    print('(3**100) ** (True)', (3**100) ** (True))
except Exception as ex:
    print('(3**100) ** (True)', type(ex).__name__, ex)
try:
    print('(float("inf")) // (2**48)', (float("inf")) // (2**48))
except Exception as ex:
    print('(float("inf")) // (2**48)', type(ex).__name__, ex)
try:
    print('float(1)', float(1))
except Exception as ex:
    print('float(1)', type(ex).__name__, ex)
try:
    print('repr(1e-300)', repr(1e-300))
except Exception as ex:
    print('repr(1e-300)', type(ex).__name__, ex)
try:
    print('(2**63) / (-13)', (2**63) / (-13))
except Exception as ex:
    print('(2**63) / (-13)', type(ex).__name__, ex)
try:
    print('(-2**48) < (float("inf"))', (-2**48) < (float("inf")))
except Exception as ex:
    print('(-2**48) < (float("inf"))', type(ex).__name__, ex)
try:
    print('bool(0.5)', bool(0.5))
except Exception as ex:
    print('bool(0.5)', type(ex).__name__, ex)
try:
    print('math.hypot(10**20, True)', math.hypot(10**20, True))
except Exception as ex:
    print('math.hypot(10**20, True)', type(ex).__name__, ex)
try:
    print('(-1) - (0.0)', (-1) - (0.0))
except Exception as ex:
    print('(-1) - (0.0)', type(ex).__name__, ex)
try:
    print('(-0.0) == (False)', (-0.0) == (False))
except Exception as ex:
    print('(-0.0) == (False)', type(ex).__name__, ex)
try:
    print('(123.456) ^ (1e300)', (123.456) ^ (1e300))
except Exception as ex:
    print('(123.456) ^ (1e300)', type(ex).__name__, ex)
try:
    print('(float("inf")) == ((2-3j))', (float("inf")) == ((2-3j)))
except Exception as ex:
    print('(float("inf")) == ((2-3j))', type(ex).__name__, ex)
try:
    print('(False) - (2**48)', (False) - (2**48))
except Exception as ex:
    print('(False) - (2**48)', type(ex).__name__, ex)
try:
    print('math.fmod(0.0, -0.0)', math.fmod(0.0, -0.0))
except Exception as ex:
    print('math.fmod(0.0, -0.0)', type(ex).__name__, ex)
try:
    print('(-1).conjugate()', (-1).conjugate())
except Exception as ex:
    print('(-1).conjugate()', type(ex).__name__, ex)
try:
    print('math.exp(1e300)', math.exp(1e300))
except Exception as ex:
    print('math.exp(1e300)', type(ex).__name__, ex)
try:
    print('(1) % (-13)', (1) % (-13))
except Exception as ex:
    print('(1) % (-13)', type(ex).__name__, ex)
try:
    print('(True) * (-10**25)', (True) * (-10**25))
except Exception as ex:
    print('(True) * (-10**25)', type(ex).__name__, ex)
try:
    print('(7) == (1e16)', (7) == (1e16))
except Exception as ex:
    print('(7) == (1e16)', type(ex).__name__, ex)
try:
    print('round(-2**48, -1)', round(-2**48, -1))
except Exception as ex:
    print('round(-2**48, -1)', type(ex).__name__, ex)
try:
    print('(-2.5) < (2**63)', (-2.5) < (2**63))
except Exception as ex:
    print('(-2.5) < (2**63)', type(ex).__name__, ex)
try:
    print('(2**63) + (-float("inf"))', (2**63) + (-float("inf")))
except Exception as ex:
    print('(2**63) + (-float("inf"))', type(ex).__name__, ex)
try:
    print('(-float("inf")) < (-10**25)', (-float("inf")) < (-10**25))
except Exception as ex:
    print('(-float("inf")) < (-10**25)', type(ex).__name__, ex)
try:
    print('round(True, 2)', round(True, 2))
except Exception as ex:
    print('round(True, 2)', type(ex).__name__, ex)
try:
    print('(3**100) <= ((0.5+0j))', (3**100) <= ((0.5+0j)))
except Exception as ex:
    print('(3**100) <= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-1) - (10**20)', (-1) - (10**20))
except Exception as ex:
    print('(-1) - (10**20)', type(ex).__name__, ex)
try:
    print('(-float("inf")) % (-10**25)', (-float("inf")) % (-10**25))
except Exception as ex:
    print('(-float("inf")) % (-10**25)', type(ex).__name__, ex)
try:
    print('(2**63) < (0)', (2**63) < (0))
except Exception as ex:
    print('(2**63) < (0)', type(ex).__name__, ex)
try:
    print('math.ceil(-2**48)', math.ceil(-2**48))
except Exception as ex:
    print('math.ceil(-2**48)', type(ex).__name__, ex)
try:
    print('(0) == (-1)', (0) == (-1))
except Exception as ex:
    print('(0) == (-1)', type(ex).__name__, ex)
try:
    print('(10**20) >= (2**63)', (10**20) >= (2**63))
except Exception as ex:
    print('(10**20) >= (2**63)', type(ex).__name__, ex)
try:
    print('(False).real', (False).real)
except Exception as ex:
    print('(False).real', type(ex).__name__, ex)
try:
    print('(1e300).real', (1e300).real)
except Exception as ex:
    print('(1e300).real', type(ex).__name__, ex)
try:
    print('(-1) < (-10**25)', (-1) < (-10**25))
except Exception as ex:
    print('(-1) < (-10**25)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> ((2-3j))', (-float("inf")) >> ((2-3j)))
except Exception as ex:
    print('(-float("inf")) >> ((2-3j))', type(ex).__name__, ex)
try:
    print('(0.0) // (10**20)', (0.0) // (10**20))
except Exception as ex:
    print('(0.0) // (10**20)', type(ex).__name__, ex)
try:
    print('(0.5) // (-10**25)', (0.5) // (-10**25))
except Exception as ex:
    print('(0.5) // (-10**25)', type(ex).__name__, ex)
try:
    print('-((0.5+0j))', -((0.5+0j)))
except Exception as ex:
    print('-((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-2.5) * (1e16)', (-2.5) * (1e16))
except Exception as ex:
    print('(-2.5) * (1e16)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> (-0.0)', (-float("inf")) >> (-0.0))
except Exception as ex:
    print('(-float("inf")) >> (-0.0)', type(ex).__name__, ex)
try:
    print('abs(1e-300)', abs(1e-300))
except Exception as ex:
    print('abs(1e-300)', type(ex).__name__, ex)
try:
    print('(2**63) < (0)', (2**63) < (0))
except Exception as ex:
    print('(2**63) < (0)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 0.0)', math.copysign(1, 0.0))
except Exception as ex:
    print('math.copysign(1, 0.0)', type(ex).__name__, ex)
try:
    print('(0.0) % (2**53+1)', (0.0) % (2**53+1))
except Exception as ex:
    print('(0.0) % (2**53+1)', type(ex).__name__, ex)
try:
    print('(1e16) ^ (2**48)', (1e16) ^ (2**48))
except Exception as ex:
    print('(1e16) ^ (2**48)', type(ex).__name__, ex)
try:
    print('int(2**53+1)', int(2**53+1))
except Exception as ex:
    print('int(2**53+1)', type(ex).__name__, ex)
try:
    print('format(123.456, "+,")', format(123.456, "+,"))
except Exception as ex:
    print('format(123.456, "+,")', type(ex).__name__, ex)
try:
    print('(-13) ^ (False)', (-13) ^ (False))
except Exception as ex:
    print('(-13) ^ (False)', type(ex).__name__, ex)
try:
    print('round(0.5, 2)', round(0.5, 2))
except Exception as ex:
    print('round(0.5, 2)', type(ex).__name__, ex)
try:
    print('(2**48).bit_length()', (2**48).bit_length())
except Exception as ex:
    print('(2**48).bit_length()', type(ex).__name__, ex)
try:
    print('(-1) << ((2-3j))', (-1) << ((2-3j)))
except Exception as ex:
    print('(-1) << ((2-3j))', type(ex).__name__, ex)
try:
    print('(1e-300) ** (1e-300)', (1e-300) ** (1e-300))
except Exception as ex:
    print('(1e-300) ** (1e-300)', type(ex).__name__, ex)
try:
    print('(float("inf")) > (123.456)', (float("inf")) > (123.456))
except Exception as ex:
    print('(float("inf")) > (123.456)', type(ex).__name__, ex)
try:
    print('math.sqrt(7)', math.sqrt(7))
except Exception as ex:
    print('math.sqrt(7)', type(ex).__name__, ex)
try:
    print('(-10**25).real', (-10**25).real)
except Exception as ex:
    print('(-10**25).real', type(ex).__name__, ex)
try:
    print('float.fromhex((True).hex())', float.fromhex((True).hex()))
except Exception as ex:
    print('float.fromhex((True).hex())', type(ex).__name__, ex)
try:
    print('abs(2**53+1)', abs(2**53+1))
except Exception as ex:
    print('abs(2**53+1)', type(ex).__name__, ex)
try:
    print('int(True)', int(True))
except Exception as ex:
    print('int(True)', type(ex).__name__, ex)
try:
    print('(2**53+1).real', (2**53+1).real)
except Exception as ex:
    print('(2**53+1).real', type(ex).__name__, ex)
try:
    print('(2**48) & ((2-3j))', (2**48) & ((2-3j)))
except Exception as ex:
    print('(2**48) & ((2-3j))', type(ex).__name__, ex)
try:
    print('round(3**100, -1)', round(3**100, -1))
except Exception as ex:
    print('round(3**100, -1)', type(ex).__name__, ex)
try:
    print('(1).hex()', (1).hex())
except Exception as ex:
    print('(1).hex()', type(ex).__name__, ex)
try:
    print('(1).imag', (1).imag)
except Exception as ex:
    print('(1).imag', type(ex).__name__, ex)
try:
    print('((0.5+0j)) <= (-13)', ((0.5+0j)) <= (-13))
except Exception as ex:
    print('((0.5+0j)) <= (-13)', type(ex).__name__, ex)
try:
    print('(-0.0) << (-0.0)', (-0.0) << (-0.0))
except Exception as ex:
    print('(-0.0) << (-0.0)', type(ex).__name__, ex)
try:
    print('math.gcd(10**20, 3**100)', math.gcd(10**20, 3**100))
except Exception as ex:
    print('math.gcd(10**20, 3**100)', type(ex).__name__, ex)
try:
    print('math.gcd(0, 1e16)', math.gcd(0, 1e16))
except Exception as ex:
    print('math.gcd(0, 1e16)', type(ex).__name__, ex)
try:
    print('(True) | (10**20)', (True) | (10**20))
except Exception as ex:
    print('(True) | (10**20)', type(ex).__name__, ex)
try:
    print('round(-0.0, 2)', round(-0.0, 2))
except Exception as ex:
    print('round(-0.0, 2)', type(ex).__name__, ex)
try:
    print('math.exp(1)', math.exp(1))
except Exception as ex:
    print('math.exp(1)', type(ex).__name__, ex)
try:
    print('math.gcd(1e-300, 123.456)', math.gcd(1e-300, 123.456))
except Exception as ex:
    print('math.gcd(1e-300, 123.456)', type(ex).__name__, ex)
try:
    print('math.trunc(1e-300)', math.trunc(1e-300))
except Exception as ex:
    print('math.trunc(1e-300)', type(ex).__name__, ex)
try:
    print('(2**63) >= (10**20)', (2**63) >= (10**20))
except Exception as ex:
    print('(2**63) >= (10**20)', type(ex).__name__, ex)
try:
    print('(-float("inf")) + (0)', (-float("inf")) + (0))
except Exception as ex:
    print('(-float("inf")) + (0)', type(ex).__name__, ex)
try:
    print('(-float("inf")) // (-13)', (-float("inf")) // (-13))
except Exception as ex:
    print('(-float("inf")) // (-13)', type(ex).__name__, ex)
try:
    print('math.fmod(-13, 123.456)', math.fmod(-13, 123.456))
except Exception as ex:
    print('math.fmod(-13, 123.456)', type(ex).__name__, ex)
try:
    print('(-1).__round__()', (-1).__round__())
except Exception as ex:
    print('(-1).__round__()', type(ex).__name__, ex)
try:
    print('(-13) & (float("inf"))', (-13) & (float("inf")))
except Exception as ex:
    print('(-13) & (float("inf"))', type(ex).__name__, ex)
try:
    print('(True) > (-13)', (True) > (-13))
except Exception as ex:
    print('(True) > (-13)', type(ex).__name__, ex)
try:
    print('(7) - (-13)', (7) - (-13))
except Exception as ex:
    print('(7) - (-13)', type(ex).__name__, ex)
try:
    print('(7) // (-13)', (7) // (-13))
except Exception as ex:
    print('(7) // (-13)', type(ex).__name__, ex)
try:
    print('math.ceil(7)', math.ceil(7))
except Exception as ex:
    print('math.ceil(7)', type(ex).__name__, ex)
try:
    print('repr((0.5+0j))', repr((0.5+0j)))
except Exception as ex:
    print('repr((0.5+0j))', type(ex).__name__, ex)
try:
    print('(0) % (2**48)', (0) % (2**48))
except Exception as ex:
    print('(0) % (2**48)', type(ex).__name__, ex)
try:
    print('(-float("inf")) % (-float("inf"))', (-float("inf")) % (-float("inf")))
except Exception as ex:
    print('(-float("inf")) % (-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e300) // ((2-3j))', (1e300) // ((2-3j)))
except Exception as ex:
    print('(1e300) // ((2-3j))', type(ex).__name__, ex)
try:
    print('(-10**25) == (2**48)', (-10**25) == (2**48))
except Exception as ex:
    print('(-10**25) == (2**48)', type(ex).__name__, ex)
try:
    print('int(10**20)', int(10**20))
except Exception as ex:
    print('int(10**20)', type(ex).__name__, ex)
try:
    print('math.log(0.0)', math.log(0.0))
except Exception as ex:
    print('math.log(0.0)', type(ex).__name__, ex)
try:
    print('math.hypot(-float("inf"), -2.5)', math.hypot(-float("inf"), -2.5))
except Exception as ex:
    print('math.hypot(-float("inf"), -2.5)', type(ex).__name__, ex)
try:
    print('(-1) / ((0.5+0j))', (-1) / ((0.5+0j)))
except Exception as ex:
    print('(-1) / ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(float("inf")) ^ (0)', (float("inf")) ^ (0))
except Exception as ex:
    print('(float("inf")) ^ (0)', type(ex).__name__, ex)
try:
    print('(-0.0) & (float("inf"))', (-0.0) & (float("inf")))
except Exception as ex:
    print('(-0.0) & (float("inf"))', type(ex).__name__, ex)
try:
    print('(-10**25) ^ (1j)', (-10**25) ^ (1j))
except Exception as ex:
    print('(-10**25) ^ (1j)', type(ex).__name__, ex)
try:
    print('((2-3j)) > (1e16)', ((2-3j)) > (1e16))
except Exception as ex:
    print('((2-3j)) > (1e16)', type(ex).__name__, ex)
try:
    print('-(-1)', -(-1))
except Exception as ex:
    print('-(-1)', type(ex).__name__, ex)
try:
    print('(10**20) % ((0.5+0j))', (10**20) % ((0.5+0j)))
except Exception as ex:
    print('(10**20) % ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-10**25) / (2**48)', (-10**25) / (2**48))
except Exception as ex:
    print('(-10**25) / (2**48)', type(ex).__name__, ex)
try:
    print('format(123.456, ".3g")', format(123.456, ".3g"))
except Exception as ex:
    print('format(123.456, ".3g")', type(ex).__name__, ex)
try:
    print('(3**100) % (-1)', (3**100) % (-1))
except Exception as ex:
    print('(3**100) % (-1)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >= (1)', (-float("inf")) >= (1))
except Exception as ex:
    print('(-float("inf")) >= (1)', type(ex).__name__, ex)
try:
    print('(0.5) + (1j)', (0.5) + (1j))
except Exception as ex:
    print('(0.5) + (1j)', type(ex).__name__, ex)
try:
    print('(123.456) >= (False)', (123.456) >= (False))
except Exception as ex:
    print('(123.456) >= (False)', type(ex).__name__, ex)
try:
    print('((2-3j)) != (2**48)', ((2-3j)) != (2**48))
except Exception as ex:
    print('((2-3j)) != (2**48)', type(ex).__name__, ex)
try:
    print('(3**100) > (10**20)', (3**100) > (10**20))
except Exception as ex:
    print('(3**100) > (10**20)', type(ex).__name__, ex)
try:
    print('(2**53+1) / (1e-300)', (2**53+1) / (1e-300))
except Exception as ex:
    print('(2**53+1) / (1e-300)', type(ex).__name__, ex)
try:
    print('format(False, ".3g")', format(False, ".3g"))
except Exception as ex:
    print('format(False, ".3g")', type(ex).__name__, ex)
try:
    print('math.hypot((2-3j), -0.0)', math.hypot((2-3j), -0.0))
except Exception as ex:
    print('math.hypot((2-3j), -0.0)', type(ex).__name__, ex)
try:
    print('(True).conjugate()', (True).conjugate())
except Exception as ex:
    print('(True).conjugate()', type(ex).__name__, ex)
try:
    print('float(-1)', float(-1))
except Exception as ex:
    print('float(-1)', type(ex).__name__, ex)
try:
    print('math.isclose(2**53+1, -float("inf"))', math.isclose(2**53+1, -float("inf")))
except Exception as ex:
    print('math.isclose(2**53+1, -float("inf"))', type(ex).__name__, ex)
try:
    print('(10**20).as_integer_ratio()', (10**20).as_integer_ratio())
except Exception as ex:
    print('(10**20).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(123.456) <= (1j)', (123.456) <= (1j))
except Exception as ex:
    print('(123.456) <= (1j)', type(ex).__name__, ex)
try:
    print('divmod(0.5, -2**48)', divmod(0.5, -2**48))
except Exception as ex:
    print('divmod(0.5, -2**48)', type(ex).__name__, ex)
try:
    print('(1j) <= ((0.5+0j))', (1j) <= ((0.5+0j)))
except Exception as ex:
    print('(1j) <= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(0) >= (1j)', (0) >= (1j))
except Exception as ex:
    print('(0) >= (1j)', type(ex).__name__, ex)
try:
    print('math.isclose(-2**48, 1)', math.isclose(-2**48, 1))
except Exception as ex:
    print('math.isclose(-2**48, 1)', type(ex).__name__, ex)
try:
    print('(1e16) > (0.5)', (1e16) > (0.5))
except Exception as ex:
    print('(1e16) > (0.5)', type(ex).__name__, ex)
try:
    print('max((2-3j), 0)', max((2-3j), 0))
except Exception as ex:
    print('max((2-3j), 0)', type(ex).__name__, ex)
try:
    print('(1) % (1e-300)', (1) % (1e-300))
except Exception as ex:
    print('(1) % (1e-300)', type(ex).__name__, ex)
try:
    print('(0.0) == (2**53+1)', (0.0) == (2**53+1))
except Exception as ex:
    print('(0.0) == (2**53+1)', type(ex).__name__, ex)
try:
    print('(-1) <= (0)', (-1) <= (0))
except Exception as ex:
    print('(-1) <= (0)', type(ex).__name__, ex)
try:
    print('math.isclose(False, 2**53+1)', math.isclose(False, 2**53+1))
except Exception as ex:
    print('math.isclose(False, 2**53+1)', type(ex).__name__, ex)
try:
    print('(1) * (False)', (1) * (False))
except Exception as ex:
    print('(1) * (False)', type(ex).__name__, ex)
try:
    print('(-2**48) & (-10**25)', (-2**48) & (-10**25))
except Exception as ex:
    print('(-2**48) & (-10**25)', type(ex).__name__, ex)
try:
    print('(-2.5).conjugate()', (-2.5).conjugate())
except Exception as ex:
    print('(-2.5).conjugate()', type(ex).__name__, ex)
try:
    print('bool(10**20)', bool(10**20))
except Exception as ex:
    print('bool(10**20)', type(ex).__name__, ex)
try:
    print('(-0.0) * (1e300)', (-0.0) * (1e300))
except Exception as ex:
    print('(-0.0) * (1e300)', type(ex).__name__, ex)
try:
    print('math.trunc(-float("inf"))', math.trunc(-float("inf")))
except Exception as ex:
    print('math.trunc(-float("inf"))', type(ex).__name__, ex)
try:
    print('(123.456) & (3**100)', (123.456) & (3**100))
except Exception as ex:
    print('(123.456) & (3**100)', type(ex).__name__, ex)
try:
    print('abs(1e300)', abs(1e300))
except Exception as ex:
    print('abs(1e300)', type(ex).__name__, ex)
try:
    print('(123.456) // (1e-300)', (123.456) // (1e-300))
except Exception as ex:
    print('(123.456) // (1e-300)', type(ex).__name__, ex)
try:
    print('(-10**25) ^ (False)', (-10**25) ^ (False))
except Exception as ex:
    print('(-10**25) ^ (False)', type(ex).__name__, ex)
try:
    print('math.hypot(2**63, 1e-300)', math.hypot(2**63, 1e-300))
except Exception as ex:
    print('math.hypot(2**63, 1e-300)', type(ex).__name__, ex)
try:
    print('(-0.0) < (-13)', (-0.0) < (-13))
except Exception as ex:
    print('(-0.0) < (-13)', type(ex).__name__, ex)
try:
    print('round(1e300, 2)', round(1e300, 2))
except Exception as ex:
    print('round(1e300, 2)', type(ex).__name__, ex)
try:
    print('(1e300) ** (123.456)', (1e300) ** (123.456))
except Exception as ex:
    print('(1e300) ** (123.456)', type(ex).__name__, ex)
try:
    print('(123.456).conjugate()', (123.456).conjugate())
except Exception as ex:
    print('(123.456).conjugate()', type(ex).__name__, ex)
try:
    print('(float("inf")) < (-13)', (float("inf")) < (-13))
except Exception as ex:
    print('(float("inf")) < (-13)', type(ex).__name__, ex)
try:
    print('(1e16) ** (123.456)', (1e16) ** (123.456))
except Exception as ex:
    print('(1e16) ** (123.456)', type(ex).__name__, ex)
try:
    print('pow(7, (2-3j), 7)', pow(7, (2-3j), 7))
except Exception as ex:
    print('pow(7, (2-3j), 7)', type(ex).__name__, ex)
try:
    print('(3**100) ^ (-10**25)', (3**100) ^ (-10**25))
except Exception as ex:
    print('(3**100) ^ (-10**25)', type(ex).__name__, ex)
try:
    print('(0.0) // ((0.5+0j))', (0.0) // ((0.5+0j)))
except Exception as ex:
    print('(0.0) // ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.floor(7)', math.floor(7))
except Exception as ex:
    print('math.floor(7)', type(ex).__name__, ex)
try:
    print('repr(1j)', repr(1j))
except Exception as ex:
    print('repr(1j)', type(ex).__name__, ex)
try:
    print('(1e300) >= (123.456)', (1e300) >= (123.456))
except Exception as ex:
    print('(1e300) >= (123.456)', type(ex).__name__, ex)
try:
    print('(1e16) * (-2.5)', (1e16) * (-2.5))
except Exception as ex:
    print('(1e16) * (-2.5)', type(ex).__name__, ex)
try:
    print('min(0, -1)', min(0, -1))
except Exception as ex:
    print('min(0, -1)', type(ex).__name__, ex)
try:
    print('math.exp(1e-300)', math.exp(1e-300))
except Exception as ex:
    print('math.exp(1e-300)', type(ex).__name__, ex)
try:
    print('(-1) << ((0.5+0j))', (-1) << ((0.5+0j)))
except Exception as ex:
    print('(-1) << ((0.5+0j))', type(ex).__name__, ex)
try:
    print('((2-3j)) | (0.5)', ((2-3j)) | (0.5))
except Exception as ex:
    print('((2-3j)) | (0.5)', type(ex).__name__, ex)
try:
    print('(-10**25) - (-10**25)', (-10**25) - (-10**25))
except Exception as ex:
    print('(-10**25) - (-10**25)', type(ex).__name__, ex)
try:
    print('(2**53+1) <= (-0.0)', (2**53+1) <= (-0.0))
except Exception as ex:
    print('(2**53+1) <= (-0.0)', type(ex).__name__, ex)
try:
    print('(float("inf")) / (False)', (float("inf")) / (False))
except Exception as ex:
    print('(float("inf")) / (False)', type(ex).__name__, ex)
try:
    print('(1j) >> (-2.5)', (1j) >> (-2.5))
except Exception as ex:
    print('(1j) >> (-2.5)', type(ex).__name__, ex)
try:
    print('(1e-300) != (-2.5)', (1e-300) != (-2.5))
except Exception as ex:
    print('(1e-300) != (-2.5)', type(ex).__name__, ex)
try:
    print('hash(0.5)', hash(0.5))
except Exception as ex:
    print('hash(0.5)', type(ex).__name__, ex)
try:
    print('(0) > (-10**25)', (0) > (-10**25))
except Exception as ex:
    print('(0) > (-10**25)', type(ex).__name__, ex)
try:
    print('(7) == (7)', (7) == (7))
except Exception as ex:
    print('(7) == (7)', type(ex).__name__, ex)
try:
    print('float.fromhex((-2.5).hex())', float.fromhex((-2.5).hex()))
except Exception as ex:
    print('float.fromhex((-2.5).hex())', type(ex).__name__, ex)
try:
    print('min(-2.5, 1)', min(-2.5, 1))
except Exception as ex:
    print('min(-2.5, 1)', type(ex).__name__, ex)
try:
    print('(-1) % (-13)', (-1) % (-13))
except Exception as ex:
    print('(-1) % (-13)', type(ex).__name__, ex)
try:
    print('(0.5) <= (123.456)', (0.5) <= (123.456))
except Exception as ex:
    print('(0.5) <= (123.456)', type(ex).__name__, ex)
try:
    print('(123.456) | (10**20)', (123.456) | (10**20))
except Exception as ex:
    print('(123.456) | (10**20)', type(ex).__name__, ex)
try:
    print('(1e-300) | (2**53+1)', (1e-300) | (2**53+1))
except Exception as ex:
    print('(1e-300) | (2**53+1)', type(ex).__name__, ex)
try:
    print('math.hypot(1, 2**48)', math.hypot(1, 2**48))
except Exception as ex:
    print('math.hypot(1, 2**48)', type(ex).__name__, ex)
try:
    print('math.hypot(1, (0.5+0j))', math.hypot(1, (0.5+0j)))
except Exception as ex:
    print('math.hypot(1, (0.5+0j))', type(ex).__name__, ex)
try:
    print('math.sqrt(2**48)', math.sqrt(2**48))
except Exception as ex:
    print('math.sqrt(2**48)', type(ex).__name__, ex)
try:
    print('round(float("inf"), 2)', round(float("inf"), 2))
except Exception as ex:
    print('round(float("inf"), 2)', type(ex).__name__, ex)
try:
    print('math.log(-2.5)', math.log(-2.5))
except Exception as ex:
    print('math.log(-2.5)', type(ex).__name__, ex)
try:
    print('(-float("inf")) * (10**20)', (-float("inf")) * (10**20))
except Exception as ex:
    print('(-float("inf")) * (10**20)', type(ex).__name__, ex)
try:
    print('float.fromhex((1j).hex())', float.fromhex((1j).hex()))
except Exception as ex:
    print('float.fromhex((1j).hex())', type(ex).__name__, ex)
try:
    print('(-float("inf")) // (0.0)', (-float("inf")) // (0.0))
except Exception as ex:
    print('(-float("inf")) // (0.0)', type(ex).__name__, ex)
try:
    print('math.exp(-float("inf"))', math.exp(-float("inf")))
except Exception as ex:
    print('math.exp(-float("inf"))', type(ex).__name__, ex)
try:
    print('min(-13, 0)', min(-13, 0))
except Exception as ex:
    print('min(-13, 0)', type(ex).__name__, ex)
try:
    print('(False) / (-10**25)', (False) / (-10**25))
except Exception as ex:
    print('(False) / (-10**25)', type(ex).__name__, ex)
try:
    print('min(1e300, 0)', min(1e300, 0))
except Exception as ex:
    print('min(1e300, 0)', type(ex).__name__, ex)
try:
    print('float.fromhex((1).hex())', float.fromhex((1).hex()))
except Exception as ex:
    print('float.fromhex((1).hex())', type(ex).__name__, ex)
try:
    print('math.floor(1e16)', math.floor(1e16))
except Exception as ex:
    print('math.floor(1e16)', type(ex).__name__, ex)
try:
    print('math.fmod(-2**48, -float("inf"))', math.fmod(-2**48, -float("inf")))
except Exception as ex:
    print('math.fmod(-2**48, -float("inf"))', type(ex).__name__, ex)
try:
    print('(2**48) / (-float("inf"))', (2**48) / (-float("inf")))
except Exception as ex:
    print('(2**48) / (-float("inf"))', type(ex).__name__, ex)
try:
    print('float(False)', float(False))
except Exception as ex:
    print('float(False)', type(ex).__name__, ex)
try:
    print('int(1)', int(1))
except Exception as ex:
    print('int(1)', type(ex).__name__, ex)
try:
    print('(7).is_integer()', (7).is_integer())
except Exception as ex:
    print('(7).is_integer()', type(ex).__name__, ex)
try:
    print('(1e300) != (1e16)', (1e300) != (1e16))
except Exception as ex:
    print('(1e300) != (1e16)', type(ex).__name__, ex)
try:
    print('(False) % (-13)', (False) % (-13))
except Exception as ex:
    print('(False) % (-13)', type(ex).__name__, ex)
try:
    print('hash((2-3j))', hash((2-3j)))
except Exception as ex:
    print('hash((2-3j))', type(ex).__name__, ex)
try:
    print('bool(0.5)', bool(0.5))
except Exception as ex:
    print('bool(0.5)', type(ex).__name__, ex)
try:
    print('(1e16) * (-float("inf"))', (1e16) * (-float("inf")))
except Exception as ex:
    print('(1e16) * (-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e-300) > (-float("inf"))', (1e-300) > (-float("inf")))
except Exception as ex:
    print('(1e-300) > (-float("inf"))', type(ex).__name__, ex)
try:
    print('str(10**20)', str(10**20))
except Exception as ex:
    print('str(10**20)', type(ex).__name__, ex)
try:
    print('(-2**48) != (0)', (-2**48) != (0))
except Exception as ex:
    print('(-2**48) != (0)', type(ex).__name__, ex)
try:
    print('~(3**100)', ~(3**100))
except Exception as ex:
    print('~(3**100)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) / (1e-300)', ((0.5+0j)) / (1e-300))
except Exception as ex:
    print('((0.5+0j)) / (1e-300)', type(ex).__name__, ex)
try:
    print('math.log(2**48)', math.log(2**48))
except Exception as ex:
    print('math.log(2**48)', type(ex).__name__, ex)
try:
    print('(-13) < (True)', (-13) < (True))
except Exception as ex:
    print('(-13) < (True)', type(ex).__name__, ex)
try:
    print('(-float("inf")) ** (-13)', (-float("inf")) ** (-13))
except Exception as ex:
    print('(-float("inf")) ** (-13)', type(ex).__name__, ex)
try:
    print('(-13).is_integer()', (-13).is_integer())
except Exception as ex:
    print('(-13).is_integer()', type(ex).__name__, ex)
try:
    print('(-10**25).bit_length()', (-10**25).bit_length())
except Exception as ex:
    print('(-10**25).bit_length()', type(ex).__name__, ex)
try:
    print('(0.0) >= (3**100)', (0.0) >= (3**100))
except Exception as ex:
    print('(0.0) >= (3**100)', type(ex).__name__, ex)
try:
    print('(2**53+1) // (1j)', (2**53+1) // (1j))
except Exception as ex:
    print('(2**53+1) // (1j)', type(ex).__name__, ex)
try:
    print('(-1).hex()', (-1).hex())
except Exception as ex:
    print('(-1).hex()', type(ex).__name__, ex)
try:
    print('(10**20).is_integer()', (10**20).is_integer())
except Exception as ex:
    print('(10**20).is_integer()', type(ex).__name__, ex)
try:
    print('(True) == (-13)', (True) == (-13))
except Exception as ex:
    print('(True) == (-13)', type(ex).__name__, ex)
try:
    print('(7) - (1)', (7) - (1))
except Exception as ex:
    print('(7) - (1)', type(ex).__name__, ex)
try:
    print('float.fromhex((3**100).hex())', float.fromhex((3**100).hex()))
except Exception as ex:
    print('float.fromhex((3**100).hex())', type(ex).__name__, ex)
try:
    print('(0.5).__round__()', (0.5).__round__())
except Exception as ex:
    print('(0.5).__round__()', type(ex).__name__, ex)
try:
    print('(3**100).imag', (3**100).imag)
except Exception as ex:
    print('(3**100).imag', type(ex).__name__, ex)
try:
    print('(2**53+1) * (True)', (2**53+1) * (True))
except Exception as ex:
    print('(2**53+1) * (True)', type(ex).__name__, ex)
try:
    print('(1) % (0)', (1) % (0))
except Exception as ex:
    print('(1) % (0)', type(ex).__name__, ex)
try:
    print('(False) * (0)', (False) * (0))
except Exception as ex:
    print('(False) * (0)', type(ex).__name__, ex)
try:
    print('float(False)', float(False))
except Exception as ex:
    print('float(False)', type(ex).__name__, ex)
try:
    print('round(False, 2)', round(False, 2))
except Exception as ex:
    print('round(False, 2)', type(ex).__name__, ex)
try:
    print('((2-3j)) - (1j)', ((2-3j)) - (1j))
except Exception as ex:
    print('((2-3j)) - (1j)', type(ex).__name__, ex)
try:
    print('((2-3j)) | (-float("inf"))', ((2-3j)) | (-float("inf")))
except Exception as ex:
    print('((2-3j)) | (-float("inf"))', type(ex).__name__, ex)
try:
    print('min(1e300, -0.0)', min(1e300, -0.0))
except Exception as ex:
    print('min(1e300, -0.0)', type(ex).__name__, ex)
try:
    print('(3**100) * (-1)', (3**100) * (-1))
except Exception as ex:
    print('(3**100) * (-1)', type(ex).__name__, ex)
try:
    print('(1e300) != (1e-300)', (1e300) != (1e-300))
except Exception as ex:
    print('(1e300) != (1e-300)', type(ex).__name__, ex)
try:
    print('(3**100) == (0.5)', (3**100) == (0.5))
except Exception as ex:
    print('(3**100) == (0.5)', type(ex).__name__, ex)
try:
    print('(1e16) ^ (0.0)', (1e16) ^ (0.0))
except Exception as ex:
    print('(1e16) ^ (0.0)', type(ex).__name__, ex)
try:
    print('math.fmod(-1, 1e16)', math.fmod(-1, 1e16))
except Exception as ex:
    print('math.fmod(-1, 1e16)', type(ex).__name__, ex)
try:
    print('complex(2**53+1)', complex(2**53+1))
except Exception as ex:
    print('complex(2**53+1)', type(ex).__name__, ex)
try:
    print('(0.5) >= ((0.5+0j))', (0.5) >= ((0.5+0j)))
except Exception as ex:
    print('(0.5) >= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('repr(3**100)', repr(3**100))
except Exception as ex:
    print('repr(3**100)', type(ex).__name__, ex)
try:
    print('repr(3**100)', repr(3**100))
except Exception as ex:
    print('repr(3**100)', type(ex).__name__, ex)
try:
    print('repr(10**20)', repr(10**20))
except Exception as ex:
    print('repr(10**20)', type(ex).__name__, ex)
try:
    print('math.isclose(0, -2.5)', math.isclose(0, -2.5))
except Exception as ex:
    print('math.isclose(0, -2.5)', type(ex).__name__, ex)
try:
    print('bool(-13)', bool(-13))
except Exception as ex:
    print('bool(-13)', type(ex).__name__, ex)
try:
    print('(2**48) | ((2-3j))', (2**48) | ((2-3j)))
except Exception as ex:
    print('(2**48) | ((2-3j))', type(ex).__name__, ex)
try:
    print('-(-0.0)', -(-0.0))
except Exception as ex:
    print('-(-0.0)', type(ex).__name__, ex)
try:
    print('-(1e300)', -(1e300))
except Exception as ex:
    print('-(1e300)', type(ex).__name__, ex)
try:
    print('bool(7)', bool(7))
except Exception as ex:
    print('bool(7)', type(ex).__name__, ex)
try:
    print('(2**53+1) << (7)', (2**53+1) << (7))
except Exception as ex:
    print('(2**53+1) << (7)', type(ex).__name__, ex)
try:
    print('(2**53+1) + (0)', (2**53+1) + (0))
except Exception as ex:
    print('(2**53+1) + (0)', type(ex).__name__, ex)
try:
    print('str(1e-300)', str(1e-300))
except Exception as ex:
    print('str(1e-300)', type(ex).__name__, ex)
try:
    print('(1e300) / ((0.5+0j))', (1e300) / ((0.5+0j)))
except Exception as ex:
    print('(1e300) / ((0.5+0j))', type(ex).__name__, ex)
try:
    print('format(-1, ">12")', format(-1, ">12"))
except Exception as ex:
    print('format(-1, ">12")', type(ex).__name__, ex)
try:
    print('(True).real', (True).real)
except Exception as ex:
    print('(True).real', type(ex).__name__, ex)
try:
    print('((0.5+0j)) >> (3**100)', ((0.5+0j)) >> (3**100))
except Exception as ex:
    print('((0.5+0j)) >> (3**100)', type(ex).__name__, ex)
try:
    print('(-1) + (0.0)', (-1) + (0.0))
except Exception as ex:
    print('(-1) + (0.0)', type(ex).__name__, ex)
try:
    print('min(-1, 7)', min(-1, 7))
except Exception as ex:
    print('min(-1, 7)', type(ex).__name__, ex)
try:
    print('(1e300) << ((0.5+0j))', (1e300) << ((0.5+0j)))
except Exception as ex:
    print('(1e300) << ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-2.5) ^ (1)', (-2.5) ^ (1))
except Exception as ex:
    print('(-2.5) ^ (1)', type(ex).__name__, ex)
try:
    print('int(2**53+1)', int(2**53+1))
except Exception as ex:
    print('int(2**53+1)', type(ex).__name__, ex)
try:
    print('format(-10**25, "+,")', format(-10**25, "+,"))
except Exception as ex:
    print('format(-10**25, "+,")', type(ex).__name__, ex)
try:
    print('(10**20) // (1j)', (10**20) // (1j))
except Exception as ex:
    print('(10**20) // (1j)', type(ex).__name__, ex)
try:
    print('abs(2**48)', abs(2**48))
except Exception as ex:
    print('abs(2**48)', type(ex).__name__, ex)
try:
    print('(2**63) % (1e300)', (2**63) % (1e300))
except Exception as ex:
    print('(2**63) % (1e300)', type(ex).__name__, ex)
try:
    print('(0.0) > (-10**25)', (0.0) > (-10**25))
except Exception as ex:
    print('(0.0) > (-10**25)', type(ex).__name__, ex)
try:
    print('(2**48) != (7)', (2**48) != (7))
except Exception as ex:
    print('(2**48) != (7)', type(ex).__name__, ex)
try:
    print('(3**100) % (1j)', (3**100) % (1j))
except Exception as ex:
    print('(3**100) % (1j)', type(ex).__name__, ex)
try:
    print('(-10**25).__round__()', (-10**25).__round__())
except Exception as ex:
    print('(-10**25).__round__()', type(ex).__name__, ex)
try:
    print('(1e300) * (123.456)', (1e300) * (123.456))
except Exception as ex:
    print('(1e300) * (123.456)', type(ex).__name__, ex)
try:
    print('min(1e16, 0.5)', min(1e16, 0.5))
except Exception as ex:
    print('min(1e16, 0.5)', type(ex).__name__, ex)
try:
    print('(-2**48) >> (-2.5)', (-2**48) >> (-2.5))
except Exception as ex:
    print('(-2**48) >> (-2.5)', type(ex).__name__, ex)
try:
    print('format(0.0, ">12")', format(0.0, ">12"))
except Exception as ex:
    print('format(0.0, ">12")', type(ex).__name__, ex)
try:
    print('(2**48) - (0.0)', (2**48) - (0.0))
except Exception as ex:
    print('(2**48) - (0.0)', type(ex).__name__, ex)
try:
    print('abs(-13)', abs(-13))
except Exception as ex:
    print('abs(-13)', type(ex).__name__, ex)
try:
    print('(-2**48) <= (-2.5)', (-2**48) <= (-2.5))
except Exception as ex:
    print('(-2**48) <= (-2.5)', type(ex).__name__, ex)
try:
    print('math.ceil(True)', math.ceil(True))
except Exception as ex:
    print('math.ceil(True)', type(ex).__name__, ex)
try:
    print('(2**63) * (-2.5)', (2**63) * (-2.5))
except Exception as ex:
    print('(2**63) * (-2.5)', type(ex).__name__, ex)
try:
    print('hash(1e-300)', hash(1e-300))
except Exception as ex:
    print('hash(1e-300)', type(ex).__name__, ex)
try:
    print('(1) >> (2**48)', (1) >> (2**48))
except Exception as ex:
    print('(1) >> (2**48)', type(ex).__name__, ex)
try:
    print('(2**63) <= (2**63)', (2**63) <= (2**63))
except Exception as ex:
    print('(2**63) <= (2**63)', type(ex).__name__, ex)
try:
    print('(123.456) ^ (-0.0)', (123.456) ^ (-0.0))
except Exception as ex:
    print('(123.456) ^ (-0.0)', type(ex).__name__, ex)
try:
    print('complex(False)', complex(False))
except Exception as ex:
    print('complex(False)', type(ex).__name__, ex)
try:
    print('round(float("inf"))', round(float("inf")))
except Exception as ex:
    print('round(float("inf"))', type(ex).__name__, ex)
try:
    print('math.sqrt(0.0)', math.sqrt(0.0))
except Exception as ex:
    print('math.sqrt(0.0)', type(ex).__name__, ex)
try:
    print('~(-float("inf"))', ~(-float("inf")))
except Exception as ex:
    print('~(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e-300) + (-2.5)', (1e-300) + (-2.5))
except Exception as ex:
    print('(1e-300) + (-2.5)', type(ex).__name__, ex)
try:
    print('math.floor((2-3j))', math.floor((2-3j)))
except Exception as ex:
    print('math.floor((2-3j))', type(ex).__name__, ex)
try:
    print('(7) & (1e-300)', (7) & (1e-300))
except Exception as ex:
    print('(7) & (1e-300)', type(ex).__name__, ex)
try:
    print('math.log((2-3j))', math.log((2-3j)))
except Exception as ex:
    print('math.log((2-3j))', type(ex).__name__, ex)
try:
    print('(-2.5) > (False)', (-2.5) > (False))
except Exception as ex:
    print('(-2.5) > (False)', type(ex).__name__, ex)
try:
    print('(1e16) + (-float("inf"))', (1e16) + (-float("inf")))
except Exception as ex:
    print('(1e16) + (-float("inf"))', type(ex).__name__, ex)
try:
    print('max(2**63, (0.5+0j))', max(2**63, (0.5+0j)))
except Exception as ex:
    print('max(2**63, (0.5+0j))', type(ex).__name__, ex)
try:
    print('(0.0).__round__()', (0.0).__round__())
except Exception as ex:
    print('(0.0).__round__()', type(ex).__name__, ex)
try:
    print('(0) / (0)', (0) / (0))
except Exception as ex:
    print('(0) / (0)', type(ex).__name__, ex)
try:
    print('(0.0).hex()', (0.0).hex())
except Exception as ex:
    print('(0.0).hex()', type(ex).__name__, ex)
try:
    print('(True).hex()', (True).hex())
except Exception as ex:
    print('(True).hex()', type(ex).__name__, ex)
try:
    print('(-0.0) >= (1e300)', (-0.0) >= (1e300))
except Exception as ex:
    print('(-0.0) >= (1e300)', type(ex).__name__, ex)
try:
    print('round(1, 2)', round(1, 2))
except Exception as ex:
    print('round(1, 2)', type(ex).__name__, ex)
try:
    print('math.log(123.456)', math.log(123.456))
except Exception as ex:
    print('math.log(123.456)', type(ex).__name__, ex)
try:
    print('(0.0) + (10**20)', (0.0) + (10**20))
except Exception as ex:
    print('(0.0) + (10**20)', type(ex).__name__, ex)
try:
    print('(0.0) != (1j)', (0.0) != (1j))
except Exception as ex:
    print('(0.0) != (1j)', type(ex).__name__, ex)
try:
    print('(-1) < (3**100)', (-1) < (3**100))
except Exception as ex:
    print('(-1) < (3**100)', type(ex).__name__, ex)
try:
    print('(1) & (-13)', (1) & (-13))
except Exception as ex:
    print('(1) & (-13)', type(ex).__name__, ex)
try:
    print('(2**63) <= (-0.0)', (2**63) <= (-0.0))
except Exception as ex:
    print('(2**63) <= (-0.0)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, (2-3j))', math.ldexp(1.5, (2-3j)))
except Exception as ex:
    print('math.ldexp(1.5, (2-3j))', type(ex).__name__, ex)
try:
    print('(2**63) >> (2**53+1)', (2**63) >> (2**53+1))
except Exception as ex:
    print('(2**63) >> (2**53+1)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 0)', math.copysign(1, 0))
except Exception as ex:
    print('math.copysign(1, 0)', type(ex).__name__, ex)
try:
    print('(-1).is_integer()', (-1).is_integer())
except Exception as ex:
    print('(-1).is_integer()', type(ex).__name__, ex)
try:
    print('math.trunc(True)', math.trunc(True))
except Exception as ex:
    print('math.trunc(True)', type(ex).__name__, ex)
try:
    print('max(-2**48, 123.456)', max(-2**48, 123.456))
except Exception as ex:
    print('max(-2**48, 123.456)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -10**25)', math.copysign(1, -10**25))
except Exception as ex:
    print('math.copysign(1, -10**25)', type(ex).__name__, ex)
try:
    print('format(-2.5, ">12")', format(-2.5, ">12"))
except Exception as ex:
    print('format(-2.5, ">12")', type(ex).__name__, ex)
try:
    print('str(-2**48)', str(-2**48))
except Exception as ex:
    print('str(-2**48)', type(ex).__name__, ex)
try:
    print('(2**53+1) != (2**63)', (2**53+1) != (2**63))
except Exception as ex:
    print('(2**53+1) != (2**63)', type(ex).__name__, ex)
try:
    print('(3**100) / (123.456)', (3**100) / (123.456))
except Exception as ex:
    print('(3**100) / (123.456)', type(ex).__name__, ex)
try:
    print('str(-1)', str(-1))
except Exception as ex:
    print('str(-1)', type(ex).__name__, ex)
try:
    print('~(2**48)', ~(2**48))
except Exception as ex:
    print('~(2**48)', type(ex).__name__, ex)
try:
    print('(-float("inf")) != (-float("inf"))', (-float("inf")) != (-float("inf")))
except Exception as ex:
    print('(-float("inf")) != (-float("inf"))', type(ex).__name__, ex)
try:
    print('math.ceil(False)', math.ceil(False))
except Exception as ex:
    print('math.ceil(False)', type(ex).__name__, ex)
try:
    print('(1e300).__round__()', (1e300).__round__())
except Exception as ex:
    print('(1e300).__round__()', type(ex).__name__, ex)
try:
    print('float.fromhex((123.456).hex())', float.fromhex((123.456).hex()))
except Exception as ex:
    print('float.fromhex((123.456).hex())', type(ex).__name__, ex)
try:
    print('round(-1, -1)', round(-1, -1))
except Exception as ex:
    print('round(-1, -1)', type(ex).__name__, ex)
try:
    print('(123.456) >> (-2**48)', (123.456) >> (-2**48))
except Exception as ex:
    print('(123.456) >> (-2**48)', type(ex).__name__, ex)
try:
    print('(float("inf")) | (1e16)', (float("inf")) | (1e16))
except Exception as ex:
    print('(float("inf")) | (1e16)', type(ex).__name__, ex)
try:
    print('(7) - (1)', (7) - (1))
except Exception as ex:
    print('(7) - (1)', type(ex).__name__, ex)
try:
    print('(1e16) < (1j)', (1e16) < (1j))
except Exception as ex:
    print('(1e16) < (1j)', type(ex).__name__, ex)
try:
    print('(10**20) - (2**53+1)', (10**20) - (2**53+1))
except Exception as ex:
    print('(10**20) - (2**53+1)', type(ex).__name__, ex)
try:
    print('(-0.0) << (0.0)', (-0.0) << (0.0))
except Exception as ex:
    print('(-0.0) << (0.0)', type(ex).__name__, ex)
try:
    print('(10**20) | (float("inf"))', (10**20) | (float("inf")))
except Exception as ex:
    print('(10**20) | (float("inf"))', type(ex).__name__, ex)
try:
    print('(1) / ((2-3j))', (1) / ((2-3j)))
except Exception as ex:
    print('(1) / ((2-3j))', type(ex).__name__, ex)
try:
    print('(1e-300) - (2**53+1)', (1e-300) - (2**53+1))
except Exception as ex:
    print('(1e-300) - (2**53+1)', type(ex).__name__, ex)
try:
    print('(1e-300) * (10**20)', (1e-300) * (10**20))
except Exception as ex:
    print('(1e-300) * (10**20)', type(ex).__name__, ex)
try:
    print('int(2**48)', int(2**48))
except Exception as ex:
    print('int(2**48)', type(ex).__name__, ex)
try:
    print('(-10**25) < (-float("inf"))', (-10**25) < (-float("inf")))
except Exception as ex:
    print('(-10**25) < (-float("inf"))', type(ex).__name__, ex)
try:
    print('(0).hex()', (0).hex())
except Exception as ex:
    print('(0).hex()', type(ex).__name__, ex)
try:
    print('(0.5) / (0)', (0.5) / (0))
except Exception as ex:
    print('(0.5) / (0)', type(ex).__name__, ex)
try:
    print('(10**20) < (10**20)', (10**20) < (10**20))
except Exception as ex:
    print('(10**20) < (10**20)', type(ex).__name__, ex)
try:
    print('(2**63) >= (-2.5)', (2**63) >= (-2.5))
except Exception as ex:
    print('(2**63) >= (-2.5)', type(ex).__name__, ex)
try:
    print('(2**63) % (True)', (2**63) % (True))
except Exception as ex:
    print('(2**63) % (True)', type(ex).__name__, ex)
try:
    print('math.isclose(123.456, 2**63)', math.isclose(123.456, 2**63))
except Exception as ex:
    print('math.isclose(123.456, 2**63)', type(ex).__name__, ex)
try:
    print('(10**20) | (1)', (10**20) | (1))
except Exception as ex:
    print('(10**20) | (1)', type(ex).__name__, ex)
try:
    print('(2**53+1) < (-2**48)', (2**53+1) < (-2**48))
except Exception as ex:
    print('(2**53+1) < (-2**48)', type(ex).__name__, ex)
try:
    print('(10**20) != (7)', (10**20) != (7))
except Exception as ex:
    print('(10**20) != (7)', type(ex).__name__, ex)
try:
    print('math.trunc(-1)', math.trunc(-1))
except Exception as ex:
    print('math.trunc(-1)', type(ex).__name__, ex)
try:
    print('(10**20) * (1e16)', (10**20) * (1e16))
except Exception as ex:
    print('(10**20) * (1e16)', type(ex).__name__, ex)
try:
    print('(False) >> (-2**48)', (False) >> (-2**48))
except Exception as ex:
    print('(False) >> (-2**48)', type(ex).__name__, ex)
try:
    print('(1j) ^ (0.0)', (1j) ^ (0.0))
except Exception as ex:
    print('(1j) ^ (0.0)', type(ex).__name__, ex)
try:
    print('math.gcd(2**63, -0.0)', math.gcd(2**63, -0.0))
except Exception as ex:
    print('math.gcd(2**63, -0.0)', type(ex).__name__, ex)
try:
    print('(1e16) < (10**20)', (1e16) < (10**20))
except Exception as ex:
    print('(1e16) < (10**20)', type(ex).__name__, ex)
try:
    print('(1j) >> (-1)', (1j) >> (-1))
except Exception as ex:
    print('(1j) >> (-1)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 1)', math.copysign(1, 1))
except Exception as ex:
    print('math.copysign(1, 1)', type(ex).__name__, ex)
try:
    print('round(float("inf"), 2)', round(float("inf"), 2))
except Exception as ex:
    print('round(float("inf"), 2)', type(ex).__name__, ex)
try:
    print('min(123.456, 123.456)', min(123.456, 123.456))
except Exception as ex:
    print('min(123.456, 123.456)', type(ex).__name__, ex)
try:
    print('min(1e16, float("inf"))', min(1e16, float("inf")))
except Exception as ex:
    print('min(1e16, float("inf"))', type(ex).__name__, ex)
try:
    print('(2**63) - ((2-3j))', (2**63) - ((2-3j)))
except Exception as ex:
    print('(2**63) - ((2-3j))', type(ex).__name__, ex)
try:
    print('round(True, 2)', round(True, 2))
except Exception as ex:
    print('round(True, 2)', type(ex).__name__, ex)
try:
    print('(1e16) % (7)', (1e16) % (7))
except Exception as ex:
    print('(1e16) % (7)', type(ex).__name__, ex)
try:
    print('format(0.0, "+,")', format(0.0, "+,"))
except Exception as ex:
    print('format(0.0, "+,")', type(ex).__name__, ex)
try:
    print('math.sqrt(float("inf"))', math.sqrt(float("inf")))
except Exception as ex:
    print('math.sqrt(float("inf"))', type(ex).__name__, ex)
try:
    print('~(-13)', ~(-13))
except Exception as ex:
    print('~(-13)', type(ex).__name__, ex)
try:
    print('(2**63) * (-2**48)', (2**63) * (-2**48))
except Exception as ex:
    print('(2**63) * (-2**48)', type(ex).__name__, ex)
try:
    print('(1) | (2**63)', (1) | (2**63))
except Exception as ex:
    print('(1) | (2**63)', type(ex).__name__, ex)
try:
    print('-(1e-300)', -(1e-300))
except Exception as ex:
    print('-(1e-300)', type(ex).__name__, ex)
try:
    print('math.isclose(-1, 3**100)', math.isclose(-1, 3**100))
except Exception as ex:
    print('math.isclose(-1, 3**100)', type(ex).__name__, ex)
try:
    print('math.isclose(True, -13)', math.isclose(True, -13))
except Exception as ex:
    print('math.isclose(True, -13)', type(ex).__name__, ex)
try:
    print('(-2.5) <= ((0.5+0j))', (-2.5) <= ((0.5+0j)))
except Exception as ex:
    print('(-2.5) <= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) != (1)', (-float("inf")) != (1))
except Exception as ex:
    print('(-float("inf")) != (1)', type(ex).__name__, ex)
try:
    print('(123.456) < (0.5)', (123.456) < (0.5))
except Exception as ex:
    print('(123.456) < (0.5)', type(ex).__name__, ex)
try:
    print('(-13) & ((0.5+0j))', (-13) & ((0.5+0j)))
except Exception as ex:
    print('(-13) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('format(123.456, ">12")', format(123.456, ">12"))
except Exception as ex:
    print('format(123.456, ">12")', type(ex).__name__, ex)
try:
    print('(float("inf")) * (2**53+1)', (float("inf")) * (2**53+1))
except Exception as ex:
    print('(float("inf")) * (2**53+1)', type(ex).__name__, ex)
try:
    print('math.atan2(1e300, 2**53+1)', math.atan2(1e300, 2**53+1))
except Exception as ex:
    print('math.atan2(1e300, 2**53+1)', type(ex).__name__, ex)
try:
    print('(3**100) / (1e300)', (3**100) / (1e300))
except Exception as ex:
    print('(3**100) / (1e300)', type(ex).__name__, ex)
try:
    print('(float("inf")) & (0)', (float("inf")) & (0))
except Exception as ex:
    print('(float("inf")) & (0)', type(ex).__name__, ex)
try:
    print('(1e-300) <= (-0.0)', (1e-300) <= (-0.0))
except Exception as ex:
    print('(1e-300) <= (-0.0)', type(ex).__name__, ex)
try:
    print('(False) <= (2**53+1)', (False) <= (2**53+1))
except Exception as ex:
    print('(False) <= (2**53+1)', type(ex).__name__, ex)
try:
    print('format(1e300, "+,")', format(1e300, "+,"))
except Exception as ex:
    print('format(1e300, "+,")', type(ex).__name__, ex)
try:
    print('((0.5+0j)) + (float("inf"))', ((0.5+0j)) + (float("inf")))
except Exception as ex:
    print('((0.5+0j)) + (float("inf"))', type(ex).__name__, ex)
try:
    print('divmod(0.0, True)', divmod(0.0, True))
except Exception as ex:
    print('divmod(0.0, True)', type(ex).__name__, ex)
try:
    print('repr(1e300)', repr(1e300))
except Exception as ex:
    print('repr(1e300)', type(ex).__name__, ex)
try:
    print('math.log(-2.5)', math.log(-2.5))
except Exception as ex:
    print('math.log(-2.5)', type(ex).__name__, ex)
try:
    print('math.hypot(123.456, -0.0)', math.hypot(123.456, -0.0))
except Exception as ex:
    print('math.hypot(123.456, -0.0)', type(ex).__name__, ex)
try:
    print('math.isclose(123.456, -10**25)', math.isclose(123.456, -10**25))
except Exception as ex:
    print('math.isclose(123.456, -10**25)', type(ex).__name__, ex)
try:
    print('(0) > (0.0)', (0) > (0.0))
except Exception as ex:
    print('(0) > (0.0)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >> (7)', (-float("inf")) >> (7))
except Exception as ex:
    print('(-float("inf")) >> (7)', type(ex).__name__, ex)
try:
    print('(1) <= (-2**48)', (1) <= (-2**48))
except Exception as ex:
    print('(1) <= (-2**48)', type(ex).__name__, ex)
try:
    print('repr(1)', repr(1))
except Exception as ex:
    print('repr(1)', type(ex).__name__, ex)
try:
    print('math.log(3**100)', math.log(3**100))
except Exception as ex:
    print('math.log(3**100)', type(ex).__name__, ex)
try:
    print('(10**20) >= (False)', (10**20) >= (False))
except Exception as ex:
    print('(10**20) >= (False)', type(ex).__name__, ex)
try:
    print('(2**63).bit_length()', (2**63).bit_length())
except Exception as ex:
    print('(2**63).bit_length()', type(ex).__name__, ex)
try:
    print('(1e16) <= (-1)', (1e16) <= (-1))
except Exception as ex:
    print('(1e16) <= (-1)', type(ex).__name__, ex)
try:
    print('(True) != (1)', (True) != (1))
except Exception as ex:
    print('(True) != (1)', type(ex).__name__, ex)
try:
    print('math.log(-float("inf"))', math.log(-float("inf")))
except Exception as ex:
    print('math.log(-float("inf"))', type(ex).__name__, ex)
try:
    print('min(0, 123.456)', min(0, 123.456))
except Exception as ex:
    print('min(0, 123.456)', type(ex).__name__, ex)
try:
    print('-(10**20)', -(10**20))
except Exception as ex:
    print('-(10**20)', type(ex).__name__, ex)
try:
    print('int(2**63)', int(2**63))
except Exception as ex:
    print('int(2**63)', type(ex).__name__, ex)
try:
    print('(False) >= (2**63)', (False) >= (2**63))
except Exception as ex:
    print('(False) >= (2**63)', type(ex).__name__, ex)
try:
    print('max(-0.0, 123.456)', max(-0.0, 123.456))
except Exception as ex:
    print('max(-0.0, 123.456)', type(ex).__name__, ex)
try:
    print('(float("inf")) // (False)', (float("inf")) // (False))
except Exception as ex:
    print('(float("inf")) // (False)', type(ex).__name__, ex)
try:
    print('((2-3j)) < (-2**48)', ((2-3j)) < (-2**48))
except Exception as ex:
    print('((2-3j)) < (-2**48)', type(ex).__name__, ex)
try:
    print('(0) > (-2.5)', (0) > (-2.5))
except Exception as ex:
    print('(0) > (-2.5)', type(ex).__name__, ex)
try:
    print('(-1) % (123.456)', (-1) % (123.456))
except Exception as ex:
    print('(-1) % (123.456)', type(ex).__name__, ex)
try:
    print('(-10**25) << (-2.5)', (-10**25) << (-2.5))
except Exception as ex:
    print('(-10**25) << (-2.5)', type(ex).__name__, ex)
try:
    print('bool(1e16)', bool(1e16))
except Exception as ex:
    print('bool(1e16)', type(ex).__name__, ex)
try:
    print('complex(-13)', complex(-13))
except Exception as ex:
    print('complex(-13)', type(ex).__name__, ex)
try:
    print('(1e16) >= (2**48)', (1e16) >= (2**48))
except Exception as ex:
    print('(1e16) >= (2**48)', type(ex).__name__, ex)
try:
    print('format(-0.0, ".3g")', format(-0.0, ".3g"))
except Exception as ex:
    print('format(-0.0, ".3g")', type(ex).__name__, ex)
try:
    print('(0) // (-0.0)', (0) // (-0.0))
except Exception as ex:
    print('(0) // (-0.0)', type(ex).__name__, ex)
try:
    print('(-13) * (0.0)', (-13) * (0.0))
except Exception as ex:
    print('(-13) * (0.0)', type(ex).__name__, ex)
try:
    print('repr(1j)', repr(1j))
except Exception as ex:
    print('repr(1j)', type(ex).__name__, ex)
try:
    print('repr(-1)', repr(-1))
except Exception as ex:
    print('repr(-1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) ** (-2.5)', ((0.5+0j)) ** (-2.5))
except Exception as ex:
    print('((0.5+0j)) ** (-2.5)', type(ex).__name__, ex)
try:
    print('max(False, float("inf"))', max(False, float("inf")))
except Exception as ex:
    print('max(False, float("inf"))', type(ex).__name__, ex)
try:
    print('(-13) | (2**53+1)', (-13) | (2**53+1))
except Exception as ex:
    print('(-13) | (2**53+1)', type(ex).__name__, ex)
try:
    print('~(1j)', ~(1j))
except Exception as ex:
    print('~(1j)', type(ex).__name__, ex)
try:
    print('(True) + (-2.5)', (True) + (-2.5))
except Exception as ex:
    print('(True) + (-2.5)', type(ex).__name__, ex)
try:
    print('(-2**48) >> (2**63)', (-2**48) >> (2**63))
except Exception as ex:
    print('(-2**48) >> (2**63)', type(ex).__name__, ex)
try:
    print('math.hypot(0.5, 1e16)', math.hypot(0.5, 1e16))
except Exception as ex:
    print('math.hypot(0.5, 1e16)', type(ex).__name__, ex)
try:
    print('(-1) * (-10**25)', (-1) * (-10**25))
except Exception as ex:
    print('(-1) * (-10**25)', type(ex).__name__, ex)
try:
    print('(3**100) / (7)', (3**100) / (7))
except Exception as ex:
    print('(3**100) / (7)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 123.456)', math.ldexp(1.5, 123.456))
except Exception as ex:
    print('math.ldexp(1.5, 123.456)', type(ex).__name__, ex)
try:
    print('(-13) ** (False)', (-13) ** (False))
except Exception as ex:
    print('(-13) ** (False)', type(ex).__name__, ex)
try:
    print('repr(-2.5)', repr(-2.5))
except Exception as ex:
    print('repr(-2.5)', type(ex).__name__, ex)
try:
    print('min(0.0, False)', min(0.0, False))
except Exception as ex:
    print('min(0.0, False)', type(ex).__name__, ex)
try:
    print('-(2**48)', -(2**48))
except Exception as ex:
    print('-(2**48)', type(ex).__name__, ex)
try:
    print('format(0, ".3g")', format(0, ".3g"))
except Exception as ex:
    print('format(0, ".3g")', type(ex).__name__, ex)
try:
    print('round(0, -1)', round(0, -1))
except Exception as ex:
    print('round(0, -1)', type(ex).__name__, ex)
try:
    print('float.fromhex((-1).hex())', float.fromhex((-1).hex()))
except Exception as ex:
    print('float.fromhex((-1).hex())', type(ex).__name__, ex)
try:
    print('(0) ^ (float("inf"))', (0) ^ (float("inf")))
except Exception as ex:
    print('(0) ^ (float("inf"))', type(ex).__name__, ex)
try:
    print('(2**63) & (1e300)', (2**63) & (1e300))
except Exception as ex:
    print('(2**63) & (1e300)', type(ex).__name__, ex)
try:
    print('abs(-1)', abs(-1))
except Exception as ex:
    print('abs(-1)', type(ex).__name__, ex)
try:
    print('((2-3j)) << (1)', ((2-3j)) << (1))
except Exception as ex:
    print('((2-3j)) << (1)', type(ex).__name__, ex)
try:
    print('(float("inf")) == (2**48)', (float("inf")) == (2**48))
except Exception as ex:
    print('(float("inf")) == (2**48)', type(ex).__name__, ex)
try:
    print('math.isclose(1j, 1j)', math.isclose(1j, 1j))
except Exception as ex:
    print('math.isclose(1j, 1j)', type(ex).__name__, ex)
try:
    print('(0.5) >= (False)', (0.5) >= (False))
except Exception as ex:
    print('(0.5) >= (False)', type(ex).__name__, ex)
try:
    print('-(1)', -(1))
except Exception as ex:
    print('-(1)', type(ex).__name__, ex)
try:
    print('(0) <= (7)', (0) <= (7))
except Exception as ex:
    print('(0) <= (7)', type(ex).__name__, ex)
try:
    print('~(0.0)', ~(0.0))
except Exception as ex:
    print('~(0.0)', type(ex).__name__, ex)
try:
    print('(2**48) ^ (10**20)', (2**48) ^ (10**20))
except Exception as ex:
    print('(2**48) ^ (10**20)', type(ex).__name__, ex)
try:
    print('math.isclose(7, -10**25)', math.isclose(7, -10**25))
except Exception as ex:
    print('math.isclose(7, -10**25)', type(ex).__name__, ex)
try:
    print('(-10**25) ^ (7)', (-10**25) ^ (7))
except Exception as ex:
    print('(-10**25) ^ (7)', type(ex).__name__, ex)
try:
    print('float.fromhex((1).hex())', float.fromhex((1).hex()))
except Exception as ex:
    print('float.fromhex((1).hex())', type(ex).__name__, ex)
try:
    print('(False) <= (123.456)', (False) <= (123.456))
except Exception as ex:
    print('(False) <= (123.456)', type(ex).__name__, ex)
try:
    print('pow(2**63, False, 7)', pow(2**63, False, 7))
except Exception as ex:
    print('pow(2**63, False, 7)', type(ex).__name__, ex)
try:
    print('bool(1e300)', bool(1e300))
except Exception as ex:
    print('bool(1e300)', type(ex).__name__, ex)
try:
    print('(3**100) != (False)', (3**100) != (False))
except Exception as ex:
    print('(3**100) != (False)', type(ex).__name__, ex)
try:
    print('(3**100) ** (1)', (3**100) ** (1))
except Exception as ex:
    print('(3**100) ** (1)', type(ex).__name__, ex)
try:
    print('(0.5).imag', (0.5).imag)
except Exception as ex:
    print('(0.5).imag', type(ex).__name__, ex)
try:
    print('int(1e16)', int(1e16))
except Exception as ex:
    print('int(1e16)', type(ex).__name__, ex)
try:
    print('-(1e16)', -(1e16))
except Exception as ex:
    print('-(1e16)', type(ex).__name__, ex)
try:
    print('math.ceil(-0.0)', math.ceil(-0.0))
except Exception as ex:
    print('math.ceil(-0.0)', type(ex).__name__, ex)
try:
    print('(0) ^ (0.0)', (0) ^ (0.0))
except Exception as ex:
    print('(0) ^ (0.0)', type(ex).__name__, ex)
try:
    print('math.ceil(0)', math.ceil(0))
except Exception as ex:
    print('math.ceil(0)', type(ex).__name__, ex)
try:
    print('(1e-300) < (1e-300)', (1e-300) < (1e-300))
except Exception as ex:
    print('(1e-300) < (1e-300)', type(ex).__name__, ex)
try:
    print('(2**48) * (-float("inf"))', (2**48) * (-float("inf")))
except Exception as ex:
    print('(2**48) * (-float("inf"))', type(ex).__name__, ex)
try:
    print('(10**20) != (True)', (10**20) != (True))
except Exception as ex:
    print('(10**20) != (True)', type(ex).__name__, ex)
try:
    print('(2**53+1) - (1e-300)', (2**53+1) - (1e-300))
except Exception as ex:
    print('(2**53+1) - (1e-300)', type(ex).__name__, ex)
try:
    print('math.floor(1e300)', math.floor(1e300))
except Exception as ex:
    print('math.floor(1e300)', type(ex).__name__, ex)
try:
    print('(1e16) - (1j)', (1e16) - (1j))
except Exception as ex:
    print('(1e16) - (1j)', type(ex).__name__, ex)
try:
    print('(-0.0).as_integer_ratio()', (-0.0).as_integer_ratio())
except Exception as ex:
    print('(-0.0).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(123.456) < (0.0)', (123.456) < (0.0))
except Exception as ex:
    print('(123.456) < (0.0)', type(ex).__name__, ex)
try:
    print('repr(-13)', repr(-13))
except Exception as ex:
    print('repr(-13)', type(ex).__name__, ex)
try:
    print('(7) >> (-0.0)', (7) >> (-0.0))
except Exception as ex:
    print('(7) >> (-0.0)', type(ex).__name__, ex)
try:
    print('math.trunc(2**63)', math.trunc(2**63))
except Exception as ex:
    print('math.trunc(2**63)', type(ex).__name__, ex)
try:
    print('(1e300) >> (2**63)', (1e300) >> (2**63))
except Exception as ex:
    print('(1e300) >> (2**63)', type(ex).__name__, ex)
try:
    print('(False) ** (-13)', (False) ** (-13))
except Exception as ex:
    print('(False) ** (-13)', type(ex).__name__, ex)
try:
    print('(10**20) | (-1)', (10**20) | (-1))
except Exception as ex:
    print('(10**20) | (-1)', type(ex).__name__, ex)
try:
    print('math.hypot(123.456, -1)', math.hypot(123.456, -1))
except Exception as ex:
    print('math.hypot(123.456, -1)', type(ex).__name__, ex)
try:
    print('(3**100) % (2**53+1)', (3**100) % (2**53+1))
except Exception as ex:
    print('(3**100) % (2**53+1)', type(ex).__name__, ex)
try:
    print('(2**48).as_integer_ratio()', (2**48).as_integer_ratio())
except Exception as ex:
    print('(2**48).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(2**53+1) ^ (2**48)', (2**53+1) ^ (2**48))
except Exception as ex:
    print('(2**53+1) ^ (2**48)', type(ex).__name__, ex)
try:
    print('(-2.5) >> (3**100)', (-2.5) >> (3**100))
except Exception as ex:
    print('(-2.5) >> (3**100)', type(ex).__name__, ex)
try:
    print('math.floor(-13)', math.floor(-13))
except Exception as ex:
    print('math.floor(-13)', type(ex).__name__, ex)
try:
    print('(123.456) | (123.456)', (123.456) | (123.456))
except Exception as ex:
    print('(123.456) | (123.456)', type(ex).__name__, ex)
try:
    print('math.fmod(0.0, -2.5)', math.fmod(0.0, -2.5))
except Exception as ex:
    print('math.fmod(0.0, -2.5)', type(ex).__name__, ex)
try:
    print('(2**53+1) + (1e300)', (2**53+1) + (1e300))
except Exception as ex:
    print('(2**53+1) + (1e300)', type(ex).__name__, ex)
try:
    print('max(-1, (2-3j))', max(-1, (2-3j)))
except Exception as ex:
    print('max(-1, (2-3j))', type(ex).__name__, ex)
try:
    print('(7) // (-2.5)', (7) // (-2.5))
except Exception as ex:
    print('(7) // (-2.5)', type(ex).__name__, ex)
try:
    print('math.exp(-10**25)', math.exp(-10**25))
except Exception as ex:
    print('math.exp(-10**25)', type(ex).__name__, ex)
try:
    print('round(1e16, 2)', round(1e16, 2))
except Exception as ex:
    print('round(1e16, 2)', type(ex).__name__, ex)
try:
    print('str(0)', str(0))
except Exception as ex:
    print('str(0)', type(ex).__name__, ex)
try:
    print('(-1) != (-2**48)', (-1) != (-2**48))
except Exception as ex:
    print('(-1) != (-2**48)', type(ex).__name__, ex)
try:
    print('(1e16) < (True)', (1e16) < (True))
except Exception as ex:
    print('(1e16) < (True)', type(ex).__name__, ex)
try:
    print('math.hypot(-1, 1)', math.hypot(-1, 1))
except Exception as ex:
    print('math.hypot(-1, 1)', type(ex).__name__, ex)
try:
    print('(2**63) * (1j)', (2**63) * (1j))
except Exception as ex:
    print('(2**63) * (1j)', type(ex).__name__, ex)
try:
    print('(2**63) > (-2.5)', (2**63) > (-2.5))
except Exception as ex:
    print('(2**63) > (-2.5)', type(ex).__name__, ex)
try:
    print('(-float("inf")) << (0)', (-float("inf")) << (0))
except Exception as ex:
    print('(-float("inf")) << (0)', type(ex).__name__, ex)
try:
    print('(1j) != ((2-3j))', (1j) != ((2-3j)))
except Exception as ex:
    print('(1j) != ((2-3j))', type(ex).__name__, ex)
try:
    print('(-2.5) ** (False)', (-2.5) ** (False))
except Exception as ex:
    print('(-2.5) ** (False)', type(ex).__name__, ex)
try:
    print('(0.5).__round__()', (0.5).__round__())
except Exception as ex:
    print('(0.5).__round__()', type(ex).__name__, ex)
try:
    print('math.sqrt(-2**48)', math.sqrt(-2**48))
except Exception as ex:
    print('math.sqrt(-2**48)', type(ex).__name__, ex)
try:
    print('((2-3j)) > (2**63)', ((2-3j)) > (2**63))
except Exception as ex:
    print('((2-3j)) > (2**63)', type(ex).__name__, ex)
try:
    print('format(7, ".3g")', format(7, ".3g"))
except Exception as ex:
    print('format(7, ".3g")', type(ex).__name__, ex)
try:
    print('(2**53+1).real', (2**53+1).real)
except Exception as ex:
    print('(2**53+1).real', type(ex).__name__, ex)
try:
    print('(2**53+1) ^ (-13)', (2**53+1) ^ (-13))
except Exception as ex:
    print('(2**53+1) ^ (-13)', type(ex).__name__, ex)
try:
    print('(1e-300) - (1)', (1e-300) - (1))
except Exception as ex:
    print('(1e-300) - (1)', type(ex).__name__, ex)
try:
    print('(1e16).bit_length()', (1e16).bit_length())
except Exception as ex:
    print('(1e16).bit_length()', type(ex).__name__, ex)
try:
    print('(-2.5).real', (-2.5).real)
except Exception as ex:
    print('(-2.5).real', type(ex).__name__, ex)
try:
    print('bool(-0.0)', bool(-0.0))
except Exception as ex:
    print('bool(-0.0)', type(ex).__name__, ex)
try:
    print('(-13) >= (1e16)', (-13) >= (1e16))
except Exception as ex:
    print('(-13) >= (1e16)', type(ex).__name__, ex)
try:
    print('(-0.0) | (-0.0)', (-0.0) | (-0.0))
except Exception as ex:
    print('(-0.0) | (-0.0)', type(ex).__name__, ex)
try:
    print('(0.5).conjugate()', (0.5).conjugate())
except Exception as ex:
    print('(0.5).conjugate()', type(ex).__name__, ex)
try:
    print('(123.456) & (-0.0)', (123.456) & (-0.0))
except Exception as ex:
    print('(123.456) & (-0.0)', type(ex).__name__, ex)
try:
    print('(-2.5) <= (0.5)', (-2.5) <= (0.5))
except Exception as ex:
    print('(-2.5) <= (0.5)', type(ex).__name__, ex)
try:
    print('divmod(True, -10**25)', divmod(True, -10**25))
except Exception as ex:
    print('divmod(True, -10**25)', type(ex).__name__, ex)
try:
    print('(123.456) % (1j)', (123.456) % (1j))
except Exception as ex:
    print('(123.456) % (1j)', type(ex).__name__, ex)
try:
    print('format(-13, ".3g")', format(-13, ".3g"))
except Exception as ex:
    print('format(-13, ".3g")', type(ex).__name__, ex)
try:
    print('float(-13)', float(-13))
except Exception as ex:
    print('float(-13)', type(ex).__name__, ex)
try:
    print('(1e-300) + (-10**25)', (1e-300) + (-10**25))
except Exception as ex:
    print('(1e-300) + (-10**25)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, -13)', math.ldexp(1.5, -13))
except Exception as ex:
    print('math.ldexp(1.5, -13)', type(ex).__name__, ex)
try:
    print('(1e300).hex()', (1e300).hex())
except Exception as ex:
    print('(1e300).hex()', type(ex).__name__, ex)
try:
    print('(-10**25) * (0.5)', (-10**25) * (0.5))
except Exception as ex:
    print('(-10**25) * (0.5)', type(ex).__name__, ex)
try:
    print('(10**20) <= (123.456)', (10**20) <= (123.456))
except Exception as ex:
    print('(10**20) <= (123.456)', type(ex).__name__, ex)
try:
    print('(-0.0) << (-1)', (-0.0) << (-1))
except Exception as ex:
    print('(-0.0) << (-1)', type(ex).__name__, ex)
try:
    print('math.sqrt(-10**25)', math.sqrt(-10**25))
except Exception as ex:
    print('math.sqrt(-10**25)', type(ex).__name__, ex)
try:
    print('round(-2**48, 2)', round(-2**48, 2))
except Exception as ex:
    print('round(-2**48, 2)', type(ex).__name__, ex)
try:
    print('(7) << (-13)', (7) << (-13))
except Exception as ex:
    print('(7) << (-13)', type(ex).__name__, ex)
try:
    print('float.fromhex((-13).hex())', float.fromhex((-13).hex()))
except Exception as ex:
    print('float.fromhex((-13).hex())', type(ex).__name__, ex)
try:
    print('math.copysign(1, 2**48)', math.copysign(1, 2**48))
except Exception as ex:
    print('math.copysign(1, 2**48)', type(ex).__name__, ex)
try:
    print('(2**63) << ((0.5+0j))', (2**63) << ((0.5+0j)))
except Exception as ex:
    print('(2**63) << ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(7) >= (False)', (7) >= (False))
except Exception as ex:
    print('(7) >= (False)', type(ex).__name__, ex)
try:
    print('(1) * (1)', (1) * (1))
except Exception as ex:
    print('(1) * (1)', type(ex).__name__, ex)
try:
    print('(0).__round__()', (0).__round__())
except Exception as ex:
    print('(0).__round__()', type(ex).__name__, ex)
try:
    print('(-13) | (10**20)', (-13) | (10**20))
except Exception as ex:
    print('(-13) | (10**20)', type(ex).__name__, ex)
try:
    print('math.hypot(0.5, 2**48)', math.hypot(0.5, 2**48))
except Exception as ex:
    print('math.hypot(0.5, 2**48)', type(ex).__name__, ex)
try:
    print('math.exp(-10**25)', math.exp(-10**25))
except Exception as ex:
    print('math.exp(-10**25)', type(ex).__name__, ex)
try:
    print('((2-3j)) << (7)', ((2-3j)) << (7))
except Exception as ex:
    print('((2-3j)) << (7)', type(ex).__name__, ex)
try:
    print('(False) // ((0.5+0j))', (False) // ((0.5+0j)))
except Exception as ex:
    print('(False) // ((0.5+0j))', type(ex).__name__, ex)
try:
    print('pow(-1, 1e16, 7)', pow(-1, 1e16, 7))
except Exception as ex:
    print('pow(-1, 1e16, 7)', type(ex).__name__, ex)
try:
    print('(1e300) << (-float("inf"))', (1e300) << (-float("inf")))
except Exception as ex:
    print('(1e300) << (-float("inf"))', type(ex).__name__, ex)
try:
    print('min(10**20, 7)', min(10**20, 7))
except Exception as ex:
    print('min(10**20, 7)', type(ex).__name__, ex)
try:
    print('(1j) > (0.0)', (1j) > (0.0))
except Exception as ex:
    print('(1j) > (0.0)', type(ex).__name__, ex)
try:
    print('(False) != (False)', (False) != (False))
except Exception as ex:
    print('(False) != (False)', type(ex).__name__, ex)
try:
    print('(7).is_integer()', (7).is_integer())
except Exception as ex:
    print('(7).is_integer()', type(ex).__name__, ex)
try:
    print('((2-3j)) ** (1)', ((2-3j)) ** (1))
except Exception as ex:
    print('((2-3j)) ** (1)', type(ex).__name__, ex)
try:
    print('(-10**25) <= (-0.0)', (-10**25) <= (-0.0))
except Exception as ex:
    print('(-10**25) <= (-0.0)', type(ex).__name__, ex)
try:
    print('(0.0) ^ (-float("inf"))', (0.0) ^ (-float("inf")))
except Exception as ex:
    print('(0.0) ^ (-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e300) - (False)', (1e300) - (False))
except Exception as ex:
    print('(1e300) - (False)', type(ex).__name__, ex)
try:
    print('(2**53+1) >> (-2**48)', (2**53+1) >> (-2**48))
except Exception as ex:
    print('(2**53+1) >> (-2**48)', type(ex).__name__, ex)
try:
    print('(False) ** ((0.5+0j))', (False) ** ((0.5+0j)))
except Exception as ex:
    print('(False) ** ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(7).hex()', (7).hex())
except Exception as ex:
    print('(7).hex()', type(ex).__name__, ex)
try:
    print('math.fmod(-1, (0.5+0j))', math.fmod(-1, (0.5+0j)))
except Exception as ex:
    print('math.fmod(-1, (0.5+0j))', type(ex).__name__, ex)
try:
    print('hash(-0.0)', hash(-0.0))
except Exception as ex:
    print('hash(-0.0)', type(ex).__name__, ex)
try:
    print('format(False, "+,")', format(False, "+,"))
except Exception as ex:
    print('format(False, "+,")', type(ex).__name__, ex)
try:
    print('(0.5) > (3**100)', (0.5) > (3**100))
except Exception as ex:
    print('(0.5) > (3**100)', type(ex).__name__, ex)
try:
    print('(1j) % (0.5)', (1j) % (0.5))
except Exception as ex:
    print('(1j) % (0.5)', type(ex).__name__, ex)
try:
    print('math.atan2(-1, -0.0)', math.atan2(-1, -0.0))
except Exception as ex:
    print('math.atan2(-1, -0.0)', type(ex).__name__, ex)
try:
    print('(7) > (2**53+1)', (7) > (2**53+1))
except Exception as ex:
    print('(7) > (2**53+1)', type(ex).__name__, ex)
try:
    print('-(10**20)', -(10**20))
except Exception as ex:
    print('-(10**20)', type(ex).__name__, ex)
try:
    print('float((2-3j))', float((2-3j)))
except Exception as ex:
    print('float((2-3j))', type(ex).__name__, ex)
try:
    print('(False) | (2**48)', (False) | (2**48))
except Exception as ex:
    print('(False) | (2**48)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).imag', ((0.5+0j)).imag)
except Exception as ex:
    print('((0.5+0j)).imag', type(ex).__name__, ex)
try:
    print('math.fmod(3**100, -2.5)', math.fmod(3**100, -2.5))
except Exception as ex:
    print('math.fmod(3**100, -2.5)', type(ex).__name__, ex)
try:
    print('(-0.0) / (1j)', (-0.0) / (1j))
except Exception as ex:
    print('(-0.0) / (1j)', type(ex).__name__, ex)
try:
    print('round(1)', round(1))
except Exception as ex:
    print('round(1)', type(ex).__name__, ex)
try:
    print('hash(10**20)', hash(10**20))
except Exception as ex:
    print('hash(10**20)', type(ex).__name__, ex)
try:
    print('(-1) / (float("inf"))', (-1) / (float("inf")))
except Exception as ex:
    print('(-1) / (float("inf"))', type(ex).__name__, ex)
try:
    print('math.floor(1e16)', math.floor(1e16))
except Exception as ex:
    print('math.floor(1e16)', type(ex).__name__, ex)
try:
    print('(1e16).imag', (1e16).imag)
except Exception as ex:
    print('(1e16).imag', type(ex).__name__, ex)
try:
    print('(-2.5).real', (-2.5).real)
except Exception as ex:
    print('(-2.5).real', type(ex).__name__, ex)
try:
    print('(3**100) <= (-float("inf"))', (3**100) <= (-float("inf")))
except Exception as ex:
    print('(3**100) <= (-float("inf"))', type(ex).__name__, ex)
try:
    print('((2-3j)) < (0.5)', ((2-3j)) < (0.5))
except Exception as ex:
    print('((2-3j)) < (0.5)', type(ex).__name__, ex)
try:
    print('(2**53+1) / (3**100)', (2**53+1) / (3**100))
except Exception as ex:
    print('(2**53+1) / (3**100)', type(ex).__name__, ex)
try:
    print('(-1) / (0)', (-1) / (0))
except Exception as ex:
    print('(-1) / (0)', type(ex).__name__, ex)
try:
    print('round(1j, -1)', round(1j, -1))
except Exception as ex:
    print('round(1j, -1)', type(ex).__name__, ex)
try:
    print('(3**100) + (0)', (3**100) + (0))
except Exception as ex:
    print('(3**100) + (0)', type(ex).__name__, ex)
try:
    print('(True) % (1)', (True) % (1))
except Exception as ex:
    print('(True) % (1)', type(ex).__name__, ex)
try:
    print('complex(-13)', complex(-13))
except Exception as ex:
    print('complex(-13)', type(ex).__name__, ex)
try:
    print('(-2**48) > (-float("inf"))', (-2**48) > (-float("inf")))
except Exception as ex:
    print('(-2**48) > (-float("inf"))', type(ex).__name__, ex)
try:
    print('(-13) <= (1e300)', (-13) <= (1e300))
except Exception as ex:
    print('(-13) <= (1e300)', type(ex).__name__, ex)
try:
    print('pow(1j, 0.0, 7)', pow(1j, 0.0, 7))
except Exception as ex:
    print('pow(1j, 0.0, 7)', type(ex).__name__, ex)
try:
    print('math.isclose(-2.5, 2**48)', math.isclose(-2.5, 2**48))
except Exception as ex:
    print('math.isclose(-2.5, 2**48)', type(ex).__name__, ex)
try:
    print('~(3**100)', ~(3**100))
except Exception as ex:
    print('~(3**100)', type(ex).__name__, ex)
try:
    print('math.floor((2-3j))', math.floor((2-3j)))
except Exception as ex:
    print('math.floor((2-3j))', type(ex).__name__, ex)
try:
    print('repr(-2**48)', repr(-2**48))
except Exception as ex:
    print('repr(-2**48)', type(ex).__name__, ex)
try:
    print('format(-0.0, "+,")', format(-0.0, "+,"))
except Exception as ex:
    print('format(-0.0, "+,")', type(ex).__name__, ex)
try:
    print('(-2**48) / (-10**25)', (-2**48) / (-10**25))
except Exception as ex:
    print('(-2**48) / (-10**25)', type(ex).__name__, ex)
try:
    print('(-float("inf")).__round__()', (-float("inf")).__round__())
except Exception as ex:
    print('(-float("inf")).__round__()', type(ex).__name__, ex)
try:
    print('(1j) // (False)', (1j) // (False))
except Exception as ex:
    print('(1j) // (False)', type(ex).__name__, ex)
try:
    print('format(7, "+,")', format(7, "+,"))
except Exception as ex:
    print('format(7, "+,")', type(ex).__name__, ex)
try:
    print('(-0.0) | (1e300)', (-0.0) | (1e300))
except Exception as ex:
    print('(-0.0) | (1e300)', type(ex).__name__, ex)
try:
    print('(2**48) < (-2**48)', (2**48) < (-2**48))
except Exception as ex:
    print('(2**48) < (-2**48)', type(ex).__name__, ex)
try:
    print('math.log(7)', math.log(7))
except Exception as ex:
    print('math.log(7)', type(ex).__name__, ex)
try:
    print('(-float("inf")) ** (0.5)', (-float("inf")) ** (0.5))
except Exception as ex:
    print('(-float("inf")) ** (0.5)', type(ex).__name__, ex)
try:
    print('(-1) ^ (False)', (-1) ^ (False))
except Exception as ex:
    print('(-1) ^ (False)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) <= (float("inf"))', ((0.5+0j)) <= (float("inf")))
except Exception as ex:
    print('((0.5+0j)) <= (float("inf"))', type(ex).__name__, ex)
try:
    print('(-float("inf")).real', (-float("inf")).real)
except Exception as ex:
    print('(-float("inf")).real', type(ex).__name__, ex)
try:
    print('(1e16).is_integer()', (1e16).is_integer())
except Exception as ex:
    print('(1e16).is_integer()', type(ex).__name__, ex)
try:
    print('(1e16).is_integer()', (1e16).is_integer())
except Exception as ex:
    print('(1e16).is_integer()', type(ex).__name__, ex)
try:
    print('(True) ** (7)', (True) ** (7))
except Exception as ex:
    print('(True) ** (7)', type(ex).__name__, ex)
try:
    print('(True) & (0.5)', (True) & (0.5))
except Exception as ex:
    print('(True) & (0.5)', type(ex).__name__, ex)
try:
    print('(2**53+1) & (1)', (2**53+1) & (1))
except Exception as ex:
    print('(2**53+1) & (1)', type(ex).__name__, ex)
try:
    print('math.gcd((0.5+0j), 1e-300)', math.gcd((0.5+0j), 1e-300))
except Exception as ex:
    print('math.gcd((0.5+0j), 1e-300)', type(ex).__name__, ex)
try:
    print('math.atan2((0.5+0j), 7)', math.atan2((0.5+0j), 7))
except Exception as ex:
    print('math.atan2((0.5+0j), 7)', type(ex).__name__, ex)
try:
    print('pow(True, 0.5, 7)', pow(True, 0.5, 7))
except Exception as ex:
    print('pow(True, 0.5, 7)', type(ex).__name__, ex)
try:
    print('(-2**48) % (-2**48)', (-2**48) % (-2**48))
except Exception as ex:
    print('(-2**48) % (-2**48)', type(ex).__name__, ex)
try:
    print('(-2.5) >= (-1)', (-2.5) >= (-1))
except Exception as ex:
    print('(-2.5) >= (-1)', type(ex).__name__, ex)
try:
    print('-(True)', -(True))
except Exception as ex:
    print('-(True)', type(ex).__name__, ex)
try:
    print('-(False)', -(False))
except Exception as ex:
    print('-(False)', type(ex).__name__, ex)
try:
    print('math.atan2(2**48, -13)', math.atan2(2**48, -13))
except Exception as ex:
    print('math.atan2(2**48, -13)', type(ex).__name__, ex)
try:
    print('(0.0) <= (1e-300)', (0.0) <= (1e-300))
except Exception as ex:
    print('(0.0) <= (1e-300)', type(ex).__name__, ex)
try:
    print('(123.456) // (1e16)', (123.456) // (1e16))
except Exception as ex:
    print('(123.456) // (1e16)', type(ex).__name__, ex)
try:
    print('(True) <= ((2-3j))', (True) <= ((2-3j)))
except Exception as ex:
    print('(True) <= ((2-3j))', type(ex).__name__, ex)
try:
    print('(0.0) == (-10**25)', (0.0) == (-10**25))
except Exception as ex:
    print('(0.0) == (-10**25)', type(ex).__name__, ex)
try:
    print('hash(1j)', hash(1j))
except Exception as ex:
    print('hash(1j)', type(ex).__name__, ex)
try:
    print('(1e16) + (float("inf"))', (1e16) + (float("inf")))
except Exception as ex:
    print('(1e16) + (float("inf"))', type(ex).__name__, ex)
try:
    print('hash(-2**48)', hash(-2**48))
except Exception as ex:
    print('hash(-2**48)', type(ex).__name__, ex)
try:
    print('repr(1e300)', repr(1e300))
except Exception as ex:
    print('repr(1e300)', type(ex).__name__, ex)
try:
    print('(1) & ((2-3j))', (1) & ((2-3j)))
except Exception as ex:
    print('(1) & ((2-3j))', type(ex).__name__, ex)
try:
    print('(1e16).as_integer_ratio()', (1e16).as_integer_ratio())
except Exception as ex:
    print('(1e16).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(-2.5) >= ((2-3j))', (-2.5) >= ((2-3j)))
except Exception as ex:
    print('(-2.5) >= ((2-3j))', type(ex).__name__, ex)
try:
    print('(-2**48) & (2**48)', (-2**48) & (2**48))
except Exception as ex:
    print('(-2**48) & (2**48)', type(ex).__name__, ex)
try:
    print('(10**20) / (7)', (10**20) / (7))
except Exception as ex:
    print('(10**20) / (7)', type(ex).__name__, ex)
try:
    print('(0) > (0.0)', (0) > (0.0))
except Exception as ex:
    print('(0) > (0.0)', type(ex).__name__, ex)
try:
    print('hash(float("inf"))', hash(float("inf")))
except Exception as ex:
    print('hash(float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)).__round__()', ((0.5+0j)).__round__())
except Exception as ex:
    print('((0.5+0j)).__round__()', type(ex).__name__, ex)
try:
    print('(-13) | (-2.5)', (-13) | (-2.5))
except Exception as ex:
    print('(-13) | (-2.5)', type(ex).__name__, ex)
try:
    print('(123.456) / (-2.5)', (123.456) / (-2.5))
except Exception as ex:
    print('(123.456) / (-2.5)', type(ex).__name__, ex)
try:
    print('round(1e-300)', round(1e-300))
except Exception as ex:
    print('round(1e-300)', type(ex).__name__, ex)
try:
    print('(1e300) + (2**63)', (1e300) + (2**63))
except Exception as ex:
    print('(1e300) + (2**63)', type(ex).__name__, ex)
try:
    print('divmod(2**53+1, float("inf"))', divmod(2**53+1, float("inf")))
except Exception as ex:
    print('divmod(2**53+1, float("inf"))', type(ex).__name__, ex)
try:
    print('(2**48) & (1)', (2**48) & (1))
except Exception as ex:
    print('(2**48) & (1)', type(ex).__name__, ex)
try:
    print('(2**53+1) ^ (3**100)', (2**53+1) ^ (3**100))
except Exception as ex:
    print('(2**53+1) ^ (3**100)', type(ex).__name__, ex)
try:
    print('bool(-13)', bool(-13))
except Exception as ex:
    print('bool(-13)', type(ex).__name__, ex)
try:
    print('(2**48).__round__()', (2**48).__round__())
except Exception as ex:
    print('(2**48).__round__()', type(ex).__name__, ex)
try:
    print('math.ceil(7)', math.ceil(7))
except Exception as ex:
    print('math.ceil(7)', type(ex).__name__, ex)
try:
    print('(-1) * (-0.0)', (-1) * (-0.0))
except Exception as ex:
    print('(-1) * (-0.0)', type(ex).__name__, ex)
try:
    print('(1) >= (2**63)', (1) >= (2**63))
except Exception as ex:
    print('(1) >= (2**63)', type(ex).__name__, ex)
try:
    print('math.log(-0.0)', math.log(-0.0))
except Exception as ex:
    print('math.log(-0.0)', type(ex).__name__, ex)
try:
    print('int(-0.0)', int(-0.0))
except Exception as ex:
    print('int(-0.0)', type(ex).__name__, ex)
try:
    print('(7) * (123.456)', (7) * (123.456))
except Exception as ex:
    print('(7) * (123.456)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) % (1j)', ((0.5+0j)) % (1j))
except Exception as ex:
    print('((0.5+0j)) % (1j)', type(ex).__name__, ex)
try:
    print('pow(True, (0.5+0j), 7)', pow(True, (0.5+0j), 7))
except Exception as ex:
    print('pow(True, (0.5+0j), 7)', type(ex).__name__, ex)
try:
    print('(-float("inf")) < (-2.5)', (-float("inf")) < (-2.5))
except Exception as ex:
    print('(-float("inf")) < (-2.5)', type(ex).__name__, ex)
try:
    print('((2-3j)) + (10**20)', ((2-3j)) + (10**20))
except Exception as ex:
    print('((2-3j)) + (10**20)', type(ex).__name__, ex)
try:
    print('(-10**25) == (3**100)', (-10**25) == (3**100))
except Exception as ex:
    print('(-10**25) == (3**100)', type(ex).__name__, ex)
try:
    print('((2-3j)) // (False)', ((2-3j)) // (False))
except Exception as ex:
    print('((2-3j)) // (False)', type(ex).__name__, ex)
try:
    print('float(-2**48)', float(-2**48))
except Exception as ex:
    print('float(-2**48)', type(ex).__name__, ex)
try:
    print('((2-3j)) - (False)', ((2-3j)) - (False))
except Exception as ex:
    print('((2-3j)) - (False)', type(ex).__name__, ex)
try:
    print('(0.5) & (1e-300)', (0.5) & (1e-300))
except Exception as ex:
    print('(0.5) & (1e-300)', type(ex).__name__, ex)
try:
    print('(1j) == (1e-300)', (1j) == (1e-300))
except Exception as ex:
    print('(1j) == (1e-300)', type(ex).__name__, ex)
try:
    print('(1e300) / (1e-300)', (1e300) / (1e-300))
except Exception as ex:
    print('(1e300) / (1e-300)', type(ex).__name__, ex)
try:
    print('min(-0.0, 1e-300)', min(-0.0, 1e-300))
except Exception as ex:
    print('min(-0.0, 1e-300)', type(ex).__name__, ex)
try:
    print('(True) % (1)', (True) % (1))
except Exception as ex:
    print('(True) % (1)', type(ex).__name__, ex)
try:
    print('-(1e16)', -(1e16))
except Exception as ex:
    print('-(1e16)', type(ex).__name__, ex)
try:
    print('math.gcd(2**48, 0.5)', math.gcd(2**48, 0.5))
except Exception as ex:
    print('math.gcd(2**48, 0.5)', type(ex).__name__, ex)
try:
    print('(1) == (1e16)', (1) == (1e16))
except Exception as ex:
    print('(1) == (1e16)', type(ex).__name__, ex)
try:
    print('(-1) != (2**48)', (-1) != (2**48))
except Exception as ex:
    print('(-1) != (2**48)', type(ex).__name__, ex)
try:
    print('(1e300) % (-float("inf"))', (1e300) % (-float("inf")))
except Exception as ex:
    print('(1e300) % (-float("inf"))', type(ex).__name__, ex)
try:
    print('(False) ^ (-0.0)', (False) ^ (-0.0))
except Exception as ex:
    print('(False) ^ (-0.0)', type(ex).__name__, ex)
try:
    print('(False) % (-10**25)', (False) % (-10**25))
except Exception as ex:
    print('(False) % (-10**25)', type(ex).__name__, ex)
try:
    print('(-2.5) ^ (-10**25)', (-2.5) ^ (-10**25))
except Exception as ex:
    print('(-2.5) ^ (-10**25)', type(ex).__name__, ex)
try:
    print('math.exp(float("inf"))', math.exp(float("inf")))
except Exception as ex:
    print('math.exp(float("inf"))', type(ex).__name__, ex)
try:
    print('pow((0.5+0j), -0.0, 7)', pow((0.5+0j), -0.0, 7))
except Exception as ex:
    print('pow((0.5+0j), -0.0, 7)', type(ex).__name__, ex)
try:
    print('(0) - (-13)', (0) - (-13))
except Exception as ex:
    print('(0) - (-13)', type(ex).__name__, ex)
try:
    print('abs(-1)', abs(-1))
except Exception as ex:
    print('abs(-1)', type(ex).__name__, ex)
try:
    print('math.atan2(0.0, -0.0)', math.atan2(0.0, -0.0))
except Exception as ex:
    print('math.atan2(0.0, -0.0)', type(ex).__name__, ex)
try:
    print('(2**53+1) & (1j)', (2**53+1) & (1j))
except Exception as ex:
    print('(2**53+1) & (1j)', type(ex).__name__, ex)
try:
    print('divmod(-float("inf"), (2-3j))', divmod(-float("inf"), (2-3j)))
except Exception as ex:
    print('divmod(-float("inf"), (2-3j))', type(ex).__name__, ex)
try:
    print('float(0)', float(0))
except Exception as ex:
    print('float(0)', type(ex).__name__, ex)
try:
    print('(0.0) | (2**63)', (0.0) | (2**63))
except Exception as ex:
    print('(0.0) | (2**63)', type(ex).__name__, ex)
try:
    print('format(-13, "+,")', format(-13, "+,"))
except Exception as ex:
    print('format(-13, "+,")', type(ex).__name__, ex)
try:
    print('(-2**48) << (-float("inf"))', (-2**48) << (-float("inf")))
except Exception as ex:
    print('(-2**48) << (-float("inf"))', type(ex).__name__, ex)
try:
    print('(-float("inf")) % (2**63)', (-float("inf")) % (2**63))
except Exception as ex:
    print('(-float("inf")) % (2**63)', type(ex).__name__, ex)
try:
    print('(-1) // (0.0)', (-1) // (0.0))
except Exception as ex:
    print('(-1) // (0.0)', type(ex).__name__, ex)
try:
    print('int(2**63)', int(2**63))
except Exception as ex:
    print('int(2**63)', type(ex).__name__, ex)
try:
    print('(0.5) ^ (-10**25)', (0.5) ^ (-10**25))
except Exception as ex:
    print('(0.5) ^ (-10**25)', type(ex).__name__, ex)
try:
    print('(True).__round__()', (True).__round__())
except Exception as ex:
    print('(True).__round__()', type(ex).__name__, ex)
try:
    print('(10**20) | (-0.0)', (10**20) | (-0.0))
except Exception as ex:
    print('(10**20) | (-0.0)', type(ex).__name__, ex)
try:
    print('round(7, 2)', round(7, 2))
except Exception as ex:
    print('round(7, 2)', type(ex).__name__, ex)
try:
    print('(0) - (-float("inf"))', (0) - (-float("inf")))
except Exception as ex:
    print('(0) - (-float("inf"))', type(ex).__name__, ex)
try:
    print('math.ceil(-float("inf"))', math.ceil(-float("inf")))
except Exception as ex:
    print('math.ceil(-float("inf"))', type(ex).__name__, ex)
try:
    print('(float("inf")) * (-13)', (float("inf")) * (-13))
except Exception as ex:
    print('(float("inf")) * (-13)', type(ex).__name__, ex)
try:
    print('(0.0).as_integer_ratio()', (0.0).as_integer_ratio())
except Exception as ex:
    print('(0.0).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('bool(2**63)', bool(2**63))
except Exception as ex:
    print('bool(2**63)', type(ex).__name__, ex)
try:
    print('format(1e-300, ".3g")', format(1e-300, ".3g"))
except Exception as ex:
    print('format(1e-300, ".3g")', type(ex).__name__, ex)
try:
    print('(7) >= (3**100)', (7) >= (3**100))
except Exception as ex:
    print('(7) >= (3**100)', type(ex).__name__, ex)
try:
    print('(1j) % (2**53+1)', (1j) % (2**53+1))
except Exception as ex:
    print('(1j) % (2**53+1)', type(ex).__name__, ex)
try:
    print('(-2**48) / (-2.5)', (-2**48) / (-2.5))
except Exception as ex:
    print('(-2**48) / (-2.5)', type(ex).__name__, ex)
try:
    print('(-2**48) * (-2.5)', (-2**48) * (-2.5))
except Exception as ex:
    print('(-2**48) * (-2.5)', type(ex).__name__, ex)
try:
    print('repr(-1)', repr(-1))
except Exception as ex:
    print('repr(-1)', type(ex).__name__, ex)
try:
    print('(3**100).hex()', (3**100).hex())
except Exception as ex:
    print('(3**100).hex()', type(ex).__name__, ex)
try:
    print('format(0.5, "+,")', format(0.5, "+,"))
except Exception as ex:
    print('format(0.5, "+,")', type(ex).__name__, ex)
try:
    print('(-2**48) > (3**100)', (-2**48) > (3**100))
except Exception as ex:
    print('(-2**48) > (3**100)', type(ex).__name__, ex)
try:
    print('(1e16) == ((0.5+0j))', (1e16) == ((0.5+0j)))
except Exception as ex:
    print('(1e16) == ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-2**48) != (-0.0)', (-2**48) != (-0.0))
except Exception as ex:
    print('(-2**48) != (-0.0)', type(ex).__name__, ex)
try:
    print('(123.456) >> (1)', (123.456) >> (1))
except Exception as ex:
    print('(123.456) >> (1)', type(ex).__name__, ex)
try:
    print('math.trunc(-2**48)', math.trunc(-2**48))
except Exception as ex:
    print('math.trunc(-2**48)', type(ex).__name__, ex)
try:
    print('repr(3**100)', repr(3**100))
except Exception as ex:
    print('repr(3**100)', type(ex).__name__, ex)
try:
    print('(-0.0) ^ (1e16)', (-0.0) ^ (1e16))
except Exception as ex:
    print('(-0.0) ^ (1e16)', type(ex).__name__, ex)
try:
    print('(True) / (2**48)', (True) / (2**48))
except Exception as ex:
    print('(True) / (2**48)', type(ex).__name__, ex)
try:
    print('(True) | (-float("inf"))', (True) | (-float("inf")))
except Exception as ex:
    print('(True) | (-float("inf"))', type(ex).__name__, ex)
try:
    print('int(1j)', int(1j))
except Exception as ex:
    print('int(1j)', type(ex).__name__, ex)
try:
    print('repr(2**63)', repr(2**63))
except Exception as ex:
    print('repr(2**63)', type(ex).__name__, ex)
try:
    print('(2**48) != ((0.5+0j))', (2**48) != ((0.5+0j)))
except Exception as ex:
    print('(2**48) != ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.log(-0.0)', math.log(-0.0))
except Exception as ex:
    print('math.log(-0.0)', type(ex).__name__, ex)
try:
    print('(1) > (-13)', (1) > (-13))
except Exception as ex:
    print('(1) > (-13)', type(ex).__name__, ex)
try:
    print('math.floor(0)', math.floor(0))
except Exception as ex:
    print('math.floor(0)', type(ex).__name__, ex)
try:
    print('format(10**20, "+,")', format(10**20, "+,"))
except Exception as ex:
    print('format(10**20, "+,")', type(ex).__name__, ex)
try:
    print('(1) & (1e16)', (1) & (1e16))
except Exception as ex:
    print('(1) & (1e16)', type(ex).__name__, ex)
try:
    print('math.log((0.5+0j))', math.log((0.5+0j)))
except Exception as ex:
    print('math.log((0.5+0j))', type(ex).__name__, ex)
try:
    print('(float("inf")) > (1e300)', (float("inf")) > (1e300))
except Exception as ex:
    print('(float("inf")) > (1e300)', type(ex).__name__, ex)
try:
    print('(0) < (0.5)', (0) < (0.5))
except Exception as ex:
    print('(0) < (0.5)', type(ex).__name__, ex)
try:
    print('(-2**48) == (3**100)', (-2**48) == (3**100))
except Exception as ex:
    print('(-2**48) == (3**100)', type(ex).__name__, ex)
try:
    print('(False) % (-2**48)', (False) % (-2**48))
except Exception as ex:
    print('(False) % (-2**48)', type(ex).__name__, ex)
try:
    print('math.floor(-0.0)', math.floor(-0.0))
except Exception as ex:
    print('math.floor(-0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)) == (float("inf"))', ((2-3j)) == (float("inf")))
except Exception as ex:
    print('((2-3j)) == (float("inf"))', type(ex).__name__, ex)
try:
    print('(0).is_integer()', (0).is_integer())
except Exception as ex:
    print('(0).is_integer()', type(ex).__name__, ex)
try:
    print('hash(-10**25)', hash(-10**25))
except Exception as ex:
    print('hash(-10**25)', type(ex).__name__, ex)
try:
    print('format(7, ">12")', format(7, ">12"))
except Exception as ex:
    print('format(7, ">12")', type(ex).__name__, ex)
try:
    print('hash(1e300)', hash(1e300))
except Exception as ex:
    print('hash(1e300)', type(ex).__name__, ex)
try:
    print('divmod(-13, 2**63)', divmod(-13, 2**63))
except Exception as ex:
    print('divmod(-13, 2**63)', type(ex).__name__, ex)
try:
    print('math.gcd(-10**25, -2.5)', math.gcd(-10**25, -2.5))
except Exception as ex:
    print('math.gcd(-10**25, -2.5)', type(ex).__name__, ex)
try:
    print('round(123.456, -1)', round(123.456, -1))
except Exception as ex:
    print('round(123.456, -1)', type(ex).__name__, ex)
try:
    print('(1) >= (-1)', (1) >= (-1))
except Exception as ex:
    print('(1) >= (-1)', type(ex).__name__, ex)
try:
    print('(-float("inf")) * (10**20)', (-float("inf")) * (10**20))
except Exception as ex:
    print('(-float("inf")) * (10**20)', type(ex).__name__, ex)
try:
    print('(1e16) ^ (-13)', (1e16) ^ (-13))
except Exception as ex:
    print('(1e16) ^ (-13)', type(ex).__name__, ex)
try:
    print('(-float("inf")) / (-2**48)', (-float("inf")) / (-2**48))
except Exception as ex:
    print('(-float("inf")) / (-2**48)', type(ex).__name__, ex)
try:
    print('(-13) * (7)', (-13) * (7))
except Exception as ex:
    print('(-13) * (7)', type(ex).__name__, ex)
try:
    print('format(-0.0, ".3g")', format(-0.0, ".3g"))
except Exception as ex:
    print('format(-0.0, ".3g")', type(ex).__name__, ex)
try:
    print('(1e16) * (-0.0)', (1e16) * (-0.0))
except Exception as ex:
    print('(1e16) * (-0.0)', type(ex).__name__, ex)
try:
    print('float(-2**48)', float(-2**48))
except Exception as ex:
    print('float(-2**48)', type(ex).__name__, ex)
try:
    print('(3**100) * (-2.5)', (3**100) * (-2.5))
except Exception as ex:
    print('(3**100) * (-2.5)', type(ex).__name__, ex)
try:
    print('(10**20) <= (-0.0)', (10**20) <= (-0.0))
except Exception as ex:
    print('(10**20) <= (-0.0)', type(ex).__name__, ex)
try:
    print('(-13).imag', (-13).imag)
except Exception as ex:
    print('(-13).imag', type(ex).__name__, ex)
try:
    print('math.hypot(-1, -0.0)', math.hypot(-1, -0.0))
except Exception as ex:
    print('math.hypot(-1, -0.0)', type(ex).__name__, ex)
try:
    print('(1j) != (10**20)', (1j) != (10**20))
except Exception as ex:
    print('(1j) != (10**20)', type(ex).__name__, ex)
try:
    print('(2**48) | ((2-3j))', (2**48) | ((2-3j)))
except Exception as ex:
    print('(2**48) | ((2-3j))', type(ex).__name__, ex)
try:
    print('(-1) != ((0.5+0j))', (-1) != ((0.5+0j)))
except Exception as ex:
    print('(-1) != ((0.5+0j))', type(ex).__name__, ex)
try:
    print('format(False, ">12")', format(False, ">12"))
except Exception as ex:
    print('format(False, ">12")', type(ex).__name__, ex)
try:
    print('format(0.5, ".3g")', format(0.5, ".3g"))
except Exception as ex:
    print('format(0.5, ".3g")', type(ex).__name__, ex)
try:
    print('(0.5) != (-2.5)', (0.5) != (-2.5))
except Exception as ex:
    print('(0.5) != (-2.5)', type(ex).__name__, ex)
try:
    print('math.exp(0.5)', math.exp(0.5))
except Exception as ex:
    print('math.exp(0.5)', type(ex).__name__, ex)
try:
    print('-(1e-300)', -(1e-300))
except Exception as ex:
    print('-(1e-300)', type(ex).__name__, ex)
try:
    print('round((0.5+0j))', round((0.5+0j)))
except Exception as ex:
    print('round((0.5+0j))', type(ex).__name__, ex)
try:
    print('(0) / (2**63)', (0) / (2**63))
except Exception as ex:
    print('(0) / (2**63)', type(ex).__name__, ex)
try:
    print('(-2**48) * (-10**25)', (-2**48) * (-10**25))
except Exception as ex:
    print('(-2**48) * (-10**25)', type(ex).__name__, ex)
try:
    print('(10**20) * (-2.5)', (10**20) * (-2.5))
except Exception as ex:
    print('(10**20) * (-2.5)', type(ex).__name__, ex)
try:
    print('round(123.456, -1)', round(123.456, -1))
except Exception as ex:
    print('round(123.456, -1)', type(ex).__name__, ex)
try:
    print('(7) % (-1)', (7) % (-1))
except Exception as ex:
    print('(7) % (-1)', type(ex).__name__, ex)
try:
    print('(1j) ^ (-13)', (1j) ^ (-13))
except Exception as ex:
    print('(1j) ^ (-13)', type(ex).__name__, ex)
try:
    print('math.log(True)', math.log(True))
except Exception as ex:
    print('math.log(True)', type(ex).__name__, ex)
try:
    print('(1e16) & (-13)', (1e16) & (-13))
except Exception as ex:
    print('(1e16) & (-13)', type(ex).__name__, ex)
try:
    print('(0).bit_length()', (0).bit_length())
except Exception as ex:
    print('(0).bit_length()', type(ex).__name__, ex)
try:
    print('(2**53+1) - (1e300)', (2**53+1) - (1e300))
except Exception as ex:
    print('(2**53+1) - (1e300)', type(ex).__name__, ex)
try:
    print('math.log(False)', math.log(False))
except Exception as ex:
    print('math.log(False)', type(ex).__name__, ex)
try:
    print('(2**53+1) == (-float("inf"))', (2**53+1) == (-float("inf")))
except Exception as ex:
    print('(2**53+1) == (-float("inf"))', type(ex).__name__, ex)
try:
    print('(float("inf")).conjugate()', (float("inf")).conjugate())
except Exception as ex:
    print('(float("inf")).conjugate()', type(ex).__name__, ex)
try:
    print('math.ceil(1j)', math.ceil(1j))
except Exception as ex:
    print('math.ceil(1j)', type(ex).__name__, ex)
try:
    print('(1e16) << (float("inf"))', (1e16) << (float("inf")))
except Exception as ex:
    print('(1e16) << (float("inf"))', type(ex).__name__, ex)
try:
    print('(-1) | (123.456)', (-1) | (123.456))
except Exception as ex:
    print('(-1) | (123.456)', type(ex).__name__, ex)
try:
    print('(2**53+1) < (123.456)', (2**53+1) < (123.456))
except Exception as ex:
    print('(2**53+1) < (123.456)', type(ex).__name__, ex)
try:
    print('(2**48) != (-float("inf"))', (2**48) != (-float("inf")))
except Exception as ex:
    print('(2**48) != (-float("inf"))', type(ex).__name__, ex)
try:
    print('format(1e-300, "+,")', format(1e-300, "+,"))
except Exception as ex:
    print('format(1e-300, "+,")', type(ex).__name__, ex)
try:
    print('(True) / (-0.0)', (True) / (-0.0))
except Exception as ex:
    print('(True) / (-0.0)', type(ex).__name__, ex)
try:
    print('(0.0) / (-13)', (0.0) / (-13))
except Exception as ex:
    print('(0.0) / (-13)', type(ex).__name__, ex)
try:
    print('math.atan2((0.5+0j), 1)', math.atan2((0.5+0j), 1))
except Exception as ex:
    print('math.atan2((0.5+0j), 1)', type(ex).__name__, ex)
try:
    print('(1e16) >= (1)', (1e16) >= (1))
except Exception as ex:
    print('(1e16) >= (1)', type(ex).__name__, ex)
try:
    print('math.hypot((0.5+0j), -float("inf"))', math.hypot((0.5+0j), -float("inf")))
except Exception as ex:
    print('math.hypot((0.5+0j), -float("inf"))', type(ex).__name__, ex)
try:
    print('(1j) | (2**63)', (1j) | (2**63))
except Exception as ex:
    print('(1j) | (2**63)', type(ex).__name__, ex)
try:
    print('(-2**48) != (1e-300)', (-2**48) != (1e-300))
except Exception as ex:
    print('(-2**48) != (1e-300)', type(ex).__name__, ex)
try:
    print('math.isclose(-10**25, 3**100)', math.isclose(-10**25, 3**100))
except Exception as ex:
    print('math.isclose(-10**25, 3**100)', type(ex).__name__, ex)
try:
    print('math.isclose(-2.5, 0)', math.isclose(-2.5, 0))
except Exception as ex:
    print('math.isclose(-2.5, 0)', type(ex).__name__, ex)
try:
    print('(7) + (7)', (7) + (7))
except Exception as ex:
    print('(7) + (7)', type(ex).__name__, ex)
try:
    print('math.gcd(-10**25, 2**48)', math.gcd(-10**25, 2**48))
except Exception as ex:
    print('math.gcd(-10**25, 2**48)', type(ex).__name__, ex)
try:
    print('(1e300) << (123.456)', (1e300) << (123.456))
except Exception as ex:
    print('(1e300) << (123.456)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, -float("inf"))', math.ldexp(1.5, -float("inf")))
except Exception as ex:
    print('math.ldexp(1.5, -float("inf"))', type(ex).__name__, ex)
try:
    print('math.atan2(10**20, -13)', math.atan2(10**20, -13))
except Exception as ex:
    print('math.atan2(10**20, -13)', type(ex).__name__, ex)
try:
    print('(1j) * ((2-3j))', (1j) * ((2-3j)))
except Exception as ex:
    print('(1j) * ((2-3j))', type(ex).__name__, ex)
try:
    print('abs(1j)', abs(1j))
except Exception as ex:
    print('abs(1j)', type(ex).__name__, ex)
try:
    print('math.trunc(2**63)', math.trunc(2**63))
except Exception as ex:
    print('math.trunc(2**63)', type(ex).__name__, ex)
try:
    print('(10**20) + ((0.5+0j))', (10**20) + ((0.5+0j)))
except Exception as ex:
    print('(10**20) + ((0.5+0j))', type(ex).__name__, ex)
try:
    print('((2-3j)) - (3**100)', ((2-3j)) - (3**100))
except Exception as ex:
    print('((2-3j)) - (3**100)', type(ex).__name__, ex)
try:
    print('round(1j, 2)', round(1j, 2))
except Exception as ex:
    print('round(1j, 2)', type(ex).__name__, ex)
try:
    print('float(-0.0)', float(-0.0))
except Exception as ex:
    print('float(-0.0)', type(ex).__name__, ex)
try:
    print('(-13) == (1e-300)', (-13) == (1e-300))
except Exception as ex:
    print('(-13) == (1e-300)', type(ex).__name__, ex)
try:
    print('(123.456) >> (2**63)', (123.456) >> (2**63))
except Exception as ex:
    print('(123.456) >> (2**63)', type(ex).__name__, ex)
try:
    print('str(1e-300)', str(1e-300))
except Exception as ex:
    print('str(1e-300)', type(ex).__name__, ex)
try:
    print('str(-1)', str(-1))
except Exception as ex:
    print('str(-1)', type(ex).__name__, ex)
try:
    print('(3**100) == (float("inf"))', (3**100) == (float("inf")))
except Exception as ex:
    print('(3**100) == (float("inf"))', type(ex).__name__, ex)
try:
    print('format(-13, "+,")', format(-13, "+,"))
except Exception as ex:
    print('format(-13, "+,")', type(ex).__name__, ex)
try:
    print('math.copysign(1, 0.0)', math.copysign(1, 0.0))
except Exception as ex:
    print('math.copysign(1, 0.0)', type(ex).__name__, ex)
try:
    print('str(0.0)', str(0.0))
except Exception as ex:
    print('str(0.0)', type(ex).__name__, ex)
try:
    print('round((2-3j), 2)', round((2-3j), 2))
except Exception as ex:
    print('round((2-3j), 2)', type(ex).__name__, ex)
try:
    print('~(-float("inf"))', ~(-float("inf")))
except Exception as ex:
    print('~(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1j).as_integer_ratio()', (1j).as_integer_ratio())
except Exception as ex:
    print('(1j).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('round(2**48, -1)', round(2**48, -1))
except Exception as ex:
    print('round(2**48, -1)', type(ex).__name__, ex)
try:
    print('(-13) >= (-1)', (-13) >= (-1))
except Exception as ex:
    print('(-13) >= (-1)', type(ex).__name__, ex)
try:
    print('(0) + (0)', (0) + (0))
except Exception as ex:
    print('(0) + (0)', type(ex).__name__, ex)
try:
    print('(123.456) + (-2**48)', (123.456) + (-2**48))
except Exception as ex:
    print('(123.456) + (-2**48)', type(ex).__name__, ex)
try:
    print('(2**53+1) == (-2.5)', (2**53+1) == (-2.5))
except Exception as ex:
    print('(2**53+1) == (-2.5)', type(ex).__name__, ex)
try:
    print('math.floor(1e-300)', math.floor(1e-300))
except Exception as ex:
    print('math.floor(1e-300)', type(ex).__name__, ex)
try:
    print('(-float("inf")).__round__()', (-float("inf")).__round__())
except Exception as ex:
    print('(-float("inf")).__round__()', type(ex).__name__, ex)
try:
    print('(1e16) ** (123.456)', (1e16) ** (123.456))
except Exception as ex:
    print('(1e16) ** (123.456)', type(ex).__name__, ex)
try:
    print('(3**100) ^ (2**53+1)', (3**100) ^ (2**53+1))
except Exception as ex:
    print('(3**100) ^ (2**53+1)', type(ex).__name__, ex)
try:
    print('math.fmod(-1, 3**100)', math.fmod(-1, 3**100))
except Exception as ex:
    print('math.fmod(-1, 3**100)', type(ex).__name__, ex)
try:
    print('math.isclose(10**20, 0.5)', math.isclose(10**20, 0.5))
except Exception as ex:
    print('math.isclose(10**20, 0.5)', type(ex).__name__, ex)
try:
    print('(-0.0) // (-float("inf"))', (-0.0) // (-float("inf")))
except Exception as ex:
    print('(-0.0) // (-float("inf"))', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 1e300)', math.ldexp(1.5, 1e300))
except Exception as ex:
    print('math.ldexp(1.5, 1e300)', type(ex).__name__, ex)
try:
    print('(2**63) % (-2**48)', (2**63) % (-2**48))
except Exception as ex:
    print('(2**63) % (-2**48)', type(ex).__name__, ex)
try:
    print('math.floor(-10**25)', math.floor(-10**25))
except Exception as ex:
    print('math.floor(-10**25)', type(ex).__name__, ex)
try:
    print('(1e300) == (1)', (1e300) == (1))
except Exception as ex:
    print('(1e300) == (1)', type(ex).__name__, ex)
try:
    print('(True) + (0.5)', (True) + (0.5))
except Exception as ex:
    print('(True) + (0.5)', type(ex).__name__, ex)
try:
    print('math.gcd(False, 0)', math.gcd(False, 0))
except Exception as ex:
    print('math.gcd(False, 0)', type(ex).__name__, ex)
try:
    print('(1e-300) >= (False)', (1e-300) >= (False))
except Exception as ex:
    print('(1e-300) >= (False)', type(ex).__name__, ex)
try:
    print('hash(2**63)', hash(2**63))
except Exception as ex:
    print('hash(2**63)', type(ex).__name__, ex)
try:
    print('math.floor(7)', math.floor(7))
except Exception as ex:
    print('math.floor(7)', type(ex).__name__, ex)
try:
    print('complex(-13)', complex(-13))
except Exception as ex:
    print('complex(-13)', type(ex).__name__, ex)
try:
    print('(True) > (-0.0)', (True) > (-0.0))
except Exception as ex:
    print('(True) > (-0.0)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -2**48)', math.copysign(1, -2**48))
except Exception as ex:
    print('math.copysign(1, -2**48)', type(ex).__name__, ex)
try:
    print('(-0.0) ** (123.456)', (-0.0) ** (123.456))
except Exception as ex:
    print('(-0.0) ** (123.456)', type(ex).__name__, ex)
try:
    print('(1e16) // (0)', (1e16) // (0))
except Exception as ex:
    print('(1e16) // (0)', type(ex).__name__, ex)
try:
    print('math.atan2(2**63, 0.5)', math.atan2(2**63, 0.5))
except Exception as ex:
    print('math.atan2(2**63, 0.5)', type(ex).__name__, ex)
try:
    print('complex((0.5+0j))', complex((0.5+0j)))
except Exception as ex:
    print('complex((0.5+0j))', type(ex).__name__, ex)
try:
    print('float(2**48)', float(2**48))
except Exception as ex:
    print('float(2**48)', type(ex).__name__, ex)
try:
    print('((2-3j)).is_integer()', ((2-3j)).is_integer())
except Exception as ex:
    print('((2-3j)).is_integer()', type(ex).__name__, ex)
try:
    print('(-10**25) ^ (3**100)', (-10**25) ^ (3**100))
except Exception as ex:
    print('(-10**25) ^ (3**100)', type(ex).__name__, ex)
try:
    print('format(3**100, ">12")', format(3**100, ">12"))
except Exception as ex:
    print('format(3**100, ">12")', type(ex).__name__, ex)
try:
    print('(float("inf")) < (-1)', (float("inf")) < (-1))
except Exception as ex:
    print('(float("inf")) < (-1)', type(ex).__name__, ex)
try:
    print('~(1e300)', ~(1e300))
except Exception as ex:
    print('~(1e300)', type(ex).__name__, ex)
try:
    print('bool(1)', bool(1))
except Exception as ex:
    print('bool(1)', type(ex).__name__, ex)
try:
    print('(3**100) != ((0.5+0j))', (3**100) != ((0.5+0j)))
except Exception as ex:
    print('(3**100) != ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.log(-0.0)', math.log(-0.0))
except Exception as ex:
    print('math.log(-0.0)', type(ex).__name__, ex)
try:
    print('format(1e-300, ">12")', format(1e-300, ">12"))
except Exception as ex:
    print('format(1e-300, ">12")', type(ex).__name__, ex)
try:
    print('(-float("inf")) - (float("inf"))', (-float("inf")) - (float("inf")))
except Exception as ex:
    print('(-float("inf")) - (float("inf"))', type(ex).__name__, ex)
try:
    print('min(True, -1)', min(True, -1))
except Exception as ex:
    print('min(True, -1)', type(ex).__name__, ex)
try:
    print('(-2**48) & (3**100)', (-2**48) & (3**100))
except Exception as ex:
    print('(-2**48) & (3**100)', type(ex).__name__, ex)
try:
    print('(2**53+1) + (0.5)', (2**53+1) + (0.5))
except Exception as ex:
    print('(2**53+1) + (0.5)', type(ex).__name__, ex)
try:
    print('(-2**48) % (1e16)', (-2**48) % (1e16))
except Exception as ex:
    print('(-2**48) % (1e16)', type(ex).__name__, ex)
try:
    print('(1) < (2**63)', (1) < (2**63))
except Exception as ex:
    print('(1) < (2**63)', type(ex).__name__, ex)
try:
    print('(123.456).imag', (123.456).imag)
except Exception as ex:
    print('(123.456).imag', type(ex).__name__, ex)
try:
    print('bool(2**63)', bool(2**63))
except Exception as ex:
    print('bool(2**63)', type(ex).__name__, ex)
try:
    print('(float("inf")) >> (1j)', (float("inf")) >> (1j))
except Exception as ex:
    print('(float("inf")) >> (1j)', type(ex).__name__, ex)
try:
    print('(float("inf")) > ((2-3j))', (float("inf")) > ((2-3j)))
except Exception as ex:
    print('(float("inf")) > ((2-3j))', type(ex).__name__, ex)
try:
    print('math.atan2(7, 7)', math.atan2(7, 7))
except Exception as ex:
    print('math.atan2(7, 7)', type(ex).__name__, ex)
try:
    print('bool(-0.0)', bool(-0.0))
except Exception as ex:
    print('bool(-0.0)', type(ex).__name__, ex)
try:
    print('(float("inf")) - (True)', (float("inf")) - (True))
except Exception as ex:
    print('(float("inf")) - (True)', type(ex).__name__, ex)
try:
    print('abs(0.0)', abs(0.0))
except Exception as ex:
    print('abs(0.0)', type(ex).__name__, ex)
try:
    print('(2**53+1) * (-0.0)', (2**53+1) * (-0.0))
except Exception as ex:
    print('(2**53+1) * (-0.0)', type(ex).__name__, ex)
try:
    print('math.hypot(7, 1j)', math.hypot(7, 1j))
except Exception as ex:
    print('math.hypot(7, 1j)', type(ex).__name__, ex)
try:
    print('math.exp(2**48)', math.exp(2**48))
except Exception as ex:
    print('math.exp(2**48)', type(ex).__name__, ex)
try:
    print('(float("inf")) >> (1e16)', (float("inf")) >> (1e16))
except Exception as ex:
    print('(float("inf")) >> (1e16)', type(ex).__name__, ex)
try:
    print('abs(123.456)', abs(123.456))
except Exception as ex:
    print('abs(123.456)', type(ex).__name__, ex)
try:
    print('(False) / (-1)', (False) / (-1))
except Exception as ex:
    print('(False) / (-1)', type(ex).__name__, ex)
try:
    print('(0) + (-0.0)', (0) + (-0.0))
except Exception as ex:
    print('(0) + (-0.0)', type(ex).__name__, ex)
try:
    print('round(-2**48, -1)', round(-2**48, -1))
except Exception as ex:
    print('round(-2**48, -1)', type(ex).__name__, ex)
try:
    print('abs(-2**48)', abs(-2**48))
except Exception as ex:
    print('abs(-2**48)', type(ex).__name__, ex)
try:
    print('divmod(-float("inf"), 0)', divmod(-float("inf"), 0))
except Exception as ex:
    print('divmod(-float("inf"), 0)', type(ex).__name__, ex)
try:
    print('round(-1)', round(-1))
except Exception as ex:
    print('round(-1)', type(ex).__name__, ex)
try:
    print('(1e16) + (-10**25)', (1e16) + (-10**25))
except Exception as ex:
    print('(1e16) + (-10**25)', type(ex).__name__, ex)
try:
    print('(3**100) - (False)', (3**100) - (False))
except Exception as ex:
    print('(3**100) - (False)', type(ex).__name__, ex)
try:
    print('(-2.5).hex()', (-2.5).hex())
except Exception as ex:
    print('(-2.5).hex()', type(ex).__name__, ex)
try:
    print('(2**48).as_integer_ratio()', (2**48).as_integer_ratio())
except Exception as ex:
    print('(2**48).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(-10**25) >= (7)', (-10**25) >= (7))
except Exception as ex:
    print('(-10**25) >= (7)', type(ex).__name__, ex)
try:
    print('complex(1e16)', complex(1e16))
except Exception as ex:
    print('complex(1e16)', type(ex).__name__, ex)
try:
    print('int(-float("inf"))', int(-float("inf")))
except Exception as ex:
    print('int(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e-300) * (0)', (1e-300) * (0))
except Exception as ex:
    print('(1e-300) * (0)', type(ex).__name__, ex)
try:
    print('((2-3j)) << (-13)', ((2-3j)) << (-13))
except Exception as ex:
    print('((2-3j)) << (-13)', type(ex).__name__, ex)
try:
    print('math.log(float("inf"))', math.log(float("inf")))
except Exception as ex:
    print('math.log(float("inf"))', type(ex).__name__, ex)
try:
    print('math.exp((0.5+0j))', math.exp((0.5+0j)))
except Exception as ex:
    print('math.exp((0.5+0j))', type(ex).__name__, ex)
try:
    print('(123.456) >= (0.5)', (123.456) >= (0.5))
except Exception as ex:
    print('(123.456) >= (0.5)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 1j)', math.ldexp(1.5, 1j))
except Exception as ex:
    print('math.ldexp(1.5, 1j)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 1e-300)', math.ldexp(1.5, 1e-300))
except Exception as ex:
    print('math.ldexp(1.5, 1e-300)', type(ex).__name__, ex)
try:
    print('math.gcd(-1, False)', math.gcd(-1, False))
except Exception as ex:
    print('math.gcd(-1, False)', type(ex).__name__, ex)
try:
    print('(1e300) // (-2.5)', (1e300) // (-2.5))
except Exception as ex:
    print('(1e300) // (-2.5)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, -0.0)', math.ldexp(1.5, -0.0))
except Exception as ex:
    print('math.ldexp(1.5, -0.0)', type(ex).__name__, ex)
try:
    print('(2**48) + (0.0)', (2**48) + (0.0))
except Exception as ex:
    print('(2**48) + (0.0)', type(ex).__name__, ex)
try:
    print('abs(float("inf"))', abs(float("inf")))
except Exception as ex:
    print('abs(float("inf"))', type(ex).__name__, ex)
try:
    print('(0.5) * (3**100)', (0.5) * (3**100))
except Exception as ex:
    print('(0.5) * (3**100)', type(ex).__name__, ex)
try:
    print('(-2.5).conjugate()', (-2.5).conjugate())
except Exception as ex:
    print('(-2.5).conjugate()', type(ex).__name__, ex)
try:
    print('(-1) ** (-float("inf"))', (-1) ** (-float("inf")))
except Exception as ex:
    print('(-1) ** (-float("inf"))', type(ex).__name__, ex)
try:
    print('float(-float("inf"))', float(-float("inf")))
except Exception as ex:
    print('float(-float("inf"))', type(ex).__name__, ex)
try:
    print('int(1e16)', int(1e16))
except Exception as ex:
    print('int(1e16)', type(ex).__name__, ex)
try:
    print('(1) > (1e300)', (1) > (1e300))
except Exception as ex:
    print('(1) > (1e300)', type(ex).__name__, ex)
try:
    print('(123.456).imag', (123.456).imag)
except Exception as ex:
    print('(123.456).imag', type(ex).__name__, ex)
try:
    print('(-float("inf")) * ((0.5+0j))', (-float("inf")) * ((0.5+0j)))
except Exception as ex:
    print('(-float("inf")) * ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.hypot(-13, -2**48)', math.hypot(-13, -2**48))
except Exception as ex:
    print('math.hypot(-13, -2**48)', type(ex).__name__, ex)
try:
    print('math.exp((2-3j))', math.exp((2-3j)))
except Exception as ex:
    print('math.exp((2-3j))', type(ex).__name__, ex)
try:
    print('math.fmod(2**53+1, 1)', math.fmod(2**53+1, 1))
except Exception as ex:
    print('math.fmod(2**53+1, 1)', type(ex).__name__, ex)
try:
    print('hash(7)', hash(7))
except Exception as ex:
    print('hash(7)', type(ex).__name__, ex)
try:
    print('math.hypot(10**20, 0.0)', math.hypot(10**20, 0.0))
except Exception as ex:
    print('math.hypot(10**20, 0.0)', type(ex).__name__, ex)
try:
    print('repr(True)', repr(True))
except Exception as ex:
    print('repr(True)', type(ex).__name__, ex)
try:
    print('(-1) * (float("inf"))', (-1) * (float("inf")))
except Exception as ex:
    print('(-1) * (float("inf"))', type(ex).__name__, ex)
try:
    print('(0).bit_length()', (0).bit_length())
except Exception as ex:
    print('(0).bit_length()', type(ex).__name__, ex)
try:
    print('(1) >> (2**63)', (1) >> (2**63))
except Exception as ex:
    print('(1) >> (2**63)', type(ex).__name__, ex)
try:
    print('-(0.0)', -(0.0))
except Exception as ex:
    print('-(0.0)', type(ex).__name__, ex)
try:
    print('(float("inf")) | (2**53+1)', (float("inf")) | (2**53+1))
except Exception as ex:
    print('(float("inf")) | (2**53+1)', type(ex).__name__, ex)
try:
    print('math.sqrt(1j)', math.sqrt(1j))
except Exception as ex:
    print('math.sqrt(1j)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).__round__()', ((0.5+0j)).__round__())
except Exception as ex:
    print('((0.5+0j)).__round__()', type(ex).__name__, ex)
try:
    print('((2-3j)).__round__()', ((2-3j)).__round__())
except Exception as ex:
    print('((2-3j)).__round__()', type(ex).__name__, ex)
try:
    print('(10**20) & ((0.5+0j))', (10**20) & ((0.5+0j)))
except Exception as ex:
    print('(10**20) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('max(0, 3**100)', max(0, 3**100))
except Exception as ex:
    print('max(0, 3**100)', type(ex).__name__, ex)
try:
    print('(3**100) != (False)', (3**100) != (False))
except Exception as ex:
    print('(3**100) != (False)', type(ex).__name__, ex)
try:
    print('(True) / (2**48)', (True) / (2**48))
except Exception as ex:
    print('(True) / (2**48)', type(ex).__name__, ex)
try:
    print('math.copysign(1, (0.5+0j))', math.copysign(1, (0.5+0j)))
except Exception as ex:
    print('math.copysign(1, (0.5+0j))', type(ex).__name__, ex)
try:
    print('math.atan2((0.5+0j), (0.5+0j))', math.atan2((0.5+0j), (0.5+0j)))
except Exception as ex:
    print('math.atan2((0.5+0j), (0.5+0j))', type(ex).__name__, ex)
try:
    print('format(float("inf"), ".3g")', format(float("inf"), ".3g"))
except Exception as ex:
    print('format(float("inf"), ".3g")', type(ex).__name__, ex)
try:
    print('abs(-2.5)', abs(-2.5))
except Exception as ex:
    print('abs(-2.5)', type(ex).__name__, ex)
try:
    print('(0.5) // (1)', (0.5) // (1))
except Exception as ex:
    print('(0.5) // (1)', type(ex).__name__, ex)
try:
    print('(3**100) * (False)', (3**100) * (False))
except Exception as ex:
    print('(3**100) * (False)', type(ex).__name__, ex)
try:
    print('math.hypot(-10**25, 2**63)', math.hypot(-10**25, 2**63))
except Exception as ex:
    print('math.hypot(-10**25, 2**63)', type(ex).__name__, ex)
try:
    print('complex((0.5+0j))', complex((0.5+0j)))
except Exception as ex:
    print('complex((0.5+0j))', type(ex).__name__, ex)
try:
    print('bool((0.5+0j))', bool((0.5+0j)))
except Exception as ex:
    print('bool((0.5+0j))', type(ex).__name__, ex)
try:
    print('-(10**20)', -(10**20))
except Exception as ex:
    print('-(10**20)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -0.0)', math.copysign(1, -0.0))
except Exception as ex:
    print('math.copysign(1, -0.0)', type(ex).__name__, ex)
try:
    print('(10**20) ** (float("inf"))', (10**20) ** (float("inf")))
except Exception as ex:
    print('(10**20) ** (float("inf"))', type(ex).__name__, ex)
try:
    print('abs(0.0)', abs(0.0))
except Exception as ex:
    print('abs(0.0)', type(ex).__name__, ex)
try:
    print('(2**48) ** (float("inf"))', (2**48) ** (float("inf")))
except Exception as ex:
    print('(2**48) ** (float("inf"))', type(ex).__name__, ex)
try:
    print('(123.456) <= (1e16)', (123.456) <= (1e16))
except Exception as ex:
    print('(123.456) <= (1e16)', type(ex).__name__, ex)
try:
    print('divmod(123.456, (2-3j))', divmod(123.456, (2-3j)))
except Exception as ex:
    print('divmod(123.456, (2-3j))', type(ex).__name__, ex)
try:
    print('(1e16) ** (float("inf"))', (1e16) ** (float("inf")))
except Exception as ex:
    print('(1e16) ** (float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) <= (-2.5)', ((0.5+0j)) <= (-2.5))
except Exception as ex:
    print('((0.5+0j)) <= (-2.5)', type(ex).__name__, ex)
try:
    print('(-13) > (0.0)', (-13) > (0.0))
except Exception as ex:
    print('(-13) > (0.0)', type(ex).__name__, ex)
try:
    print('(3**100).as_integer_ratio()', (3**100).as_integer_ratio())
except Exception as ex:
    print('(3**100).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(1e16).imag', (1e16).imag)
except Exception as ex:
    print('(1e16).imag', type(ex).__name__, ex)
try:
    print('((2-3j)) // (0)', ((2-3j)) // (0))
except Exception as ex:
    print('((2-3j)) // (0)', type(ex).__name__, ex)
try:
    print('(-2.5).__round__()', (-2.5).__round__())
except Exception as ex:
    print('(-2.5).__round__()', type(ex).__name__, ex)
try:
    print('(-2**48).__round__()', (-2**48).__round__())
except Exception as ex:
    print('(-2**48).__round__()', type(ex).__name__, ex)
try:
    print('math.copysign(1, -10**25)', math.copysign(1, -10**25))
except Exception as ex:
    print('math.copysign(1, -10**25)', type(ex).__name__, ex)
try:
    print('(-0.0) - (10**20)', (-0.0) - (10**20))
except Exception as ex:
    print('(-0.0) - (10**20)', type(ex).__name__, ex)
try:
    print('(float("inf")) - (2**48)', (float("inf")) - (2**48))
except Exception as ex:
    print('(float("inf")) - (2**48)', type(ex).__name__, ex)
try:
    print('round(10**20)', round(10**20))
except Exception as ex:
    print('round(10**20)', type(ex).__name__, ex)
try:
    print('round((2-3j), 2)', round((2-3j), 2))
except Exception as ex:
    print('round((2-3j), 2)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) ^ (True)', ((0.5+0j)) ^ (True))
except Exception as ex:
    print('((0.5+0j)) ^ (True)', type(ex).__name__, ex)
try:
    print('(1e16) != (False)', (1e16) != (False))
except Exception as ex:
    print('(1e16) != (False)', type(ex).__name__, ex)
try:
    print('format(-2**48, ">12")', format(-2**48, ">12"))
except Exception as ex:
    print('format(-2**48, ">12")', type(ex).__name__, ex)
try:
    print('(2**48).hex()', (2**48).hex())
except Exception as ex:
    print('(2**48).hex()', type(ex).__name__, ex)
try:
    print('math.ceil(1)', math.ceil(1))
except Exception as ex:
    print('math.ceil(1)', type(ex).__name__, ex)
try:
    print('(1) // (3**100)', (1) // (3**100))
except Exception as ex:
    print('(1) // (3**100)', type(ex).__name__, ex)
try:
    print('(-float("inf")).real', (-float("inf")).real)
except Exception as ex:
    print('(-float("inf")).real', type(ex).__name__, ex)
try:
    print('(1j) << (-13)', (1j) << (-13))
except Exception as ex:
    print('(1j) << (-13)', type(ex).__name__, ex)
try:
    print('(-1) << (0.5)', (-1) << (0.5))
except Exception as ex:
    print('(-1) << (0.5)', type(ex).__name__, ex)
try:
    print('abs((0.5+0j))', abs((0.5+0j)))
except Exception as ex:
    print('abs((0.5+0j))', type(ex).__name__, ex)
try:
    print('round(2**53+1)', round(2**53+1))
except Exception as ex:
    print('round(2**53+1)', type(ex).__name__, ex)
try:
    print('max(3**100, 123.456)', max(3**100, 123.456))
except Exception as ex:
    print('max(3**100, 123.456)', type(ex).__name__, ex)
try:
    print('math.trunc(3**100)', math.trunc(3**100))
except Exception as ex:
    print('math.trunc(3**100)', type(ex).__name__, ex)
try:
    print('(False) % (2**63)', (False) % (2**63))
except Exception as ex:
    print('(False) % (2**63)', type(ex).__name__, ex)
try:
    print('str((2-3j))', str((2-3j)))
except Exception as ex:
    print('str((2-3j))', type(ex).__name__, ex)
try:
    print('(2**63) + (1e300)', (2**63) + (1e300))
except Exception as ex:
    print('(2**63) + (1e300)', type(ex).__name__, ex)
try:
    print('(-2.5) ** ((2-3j))', (-2.5) ** ((2-3j)))
except Exception as ex:
    print('(-2.5) ** ((2-3j))', type(ex).__name__, ex)
try:
    print('round(1j, -1)', round(1j, -1))
except Exception as ex:
    print('round(1j, -1)', type(ex).__name__, ex)
try:
    print('format(7, ">12")', format(7, ">12"))
except Exception as ex:
    print('format(7, ">12")', type(ex).__name__, ex)
try:
    print('math.floor(-1)', math.floor(-1))
except Exception as ex:
    print('math.floor(-1)', type(ex).__name__, ex)
try:
    print('((2-3j)) < (-0.0)', ((2-3j)) < (-0.0))
except Exception as ex:
    print('((2-3j)) < (-0.0)', type(ex).__name__, ex)
try:
    print('pow(-float("inf"), -2.5, 7)', pow(-float("inf"), -2.5, 7))
except Exception as ex:
    print('pow(-float("inf"), -2.5, 7)', type(ex).__name__, ex)
try:
    print('math.hypot(10**20, 123.456)', math.hypot(10**20, 123.456))
except Exception as ex:
    print('math.hypot(10**20, 123.456)', type(ex).__name__, ex)
try:
    print('(1e-300) // (0.0)', (1e-300) // (0.0))
except Exception as ex:
    print('(1e-300) // (0.0)', type(ex).__name__, ex)
try:
    print('(2**63) | (2**48)', (2**63) | (2**48))
except Exception as ex:
    print('(2**63) | (2**48)', type(ex).__name__, ex)
try:
    print('math.floor(0)', math.floor(0))
except Exception as ex:
    print('math.floor(0)', type(ex).__name__, ex)
try:
    print('(7) * (-13)', (7) * (-13))
except Exception as ex:
    print('(7) * (-13)', type(ex).__name__, ex)
try:
    print('(0.5) == ((0.5+0j))', (0.5) == ((0.5+0j)))
except Exception as ex:
    print('(0.5) == ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1e-300).bit_length()', (1e-300).bit_length())
except Exception as ex:
    print('(1e-300).bit_length()', type(ex).__name__, ex)
try:
    print('(1e300) & (-2**48)', (1e300) & (-2**48))
except Exception as ex:
    print('(1e300) & (-2**48)', type(ex).__name__, ex)
try:
    print('(0.0) ^ (1e16)', (0.0) ^ (1e16))
except Exception as ex:
    print('(0.0) ^ (1e16)', type(ex).__name__, ex)
try:
    print('abs(3**100)', abs(3**100))
except Exception as ex:
    print('abs(3**100)', type(ex).__name__, ex)
try:
    print('math.exp(True)', math.exp(True))
except Exception as ex:
    print('math.exp(True)', type(ex).__name__, ex)
try:
    print('((2-3j)) < (2**48)', ((2-3j)) < (2**48))
except Exception as ex:
    print('((2-3j)) < (2**48)', type(ex).__name__, ex)
try:
    print('(-10**25) // (True)', (-10**25) // (True))
except Exception as ex:
    print('(-10**25) // (True)', type(ex).__name__, ex)
try:
    print('(2**48).as_integer_ratio()', (2**48).as_integer_ratio())
except Exception as ex:
    print('(2**48).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(-13).hex()', (-13).hex())
except Exception as ex:
    print('(-13).hex()', type(ex).__name__, ex)
try:
    print('(-1) == (10**20)', (-1) == (10**20))
except Exception as ex:
    print('(-1) == (10**20)', type(ex).__name__, ex)
try:
    print('math.fmod((2-3j), -2**48)', math.fmod((2-3j), -2**48))
except Exception as ex:
    print('math.fmod((2-3j), -2**48)', type(ex).__name__, ex)
try:
    print('math.sqrt(-13)', math.sqrt(-13))
except Exception as ex:
    print('math.sqrt(-13)', type(ex).__name__, ex)
try:
    print('math.ceil(2**63)', math.ceil(2**63))
except Exception as ex:
    print('math.ceil(2**63)', type(ex).__name__, ex)
try:
    print('math.trunc(123.456)', math.trunc(123.456))
except Exception as ex:
    print('math.trunc(123.456)', type(ex).__name__, ex)
try:
    print('round(2**48, -1)', round(2**48, -1))
except Exception as ex:
    print('round(2**48, -1)', type(ex).__name__, ex)
try:
    print('(-1) | (2**48)', (-1) | (2**48))
except Exception as ex:
    print('(-1) | (2**48)', type(ex).__name__, ex)
try:
    print('(10**20) == (1e16)', (10**20) == (1e16))
except Exception as ex:
    print('(10**20) == (1e16)', type(ex).__name__, ex)
try:
    print('round(-10**25, -1)', round(-10**25, -1))
except Exception as ex:
    print('round(-10**25, -1)', type(ex).__name__, ex)
try:
    print('(2**48) > ((0.5+0j))', (2**48) > ((0.5+0j)))
except Exception as ex:
    print('(2**48) > ((0.5+0j))', type(ex).__name__, ex)
try:
    print('hash(0.0)', hash(0.0))
except Exception as ex:
    print('hash(0.0)', type(ex).__name__, ex)
try:
    print('float(-2**48)', float(-2**48))
except Exception as ex:
    print('float(-2**48)', type(ex).__name__, ex)
try:
    print('min(-1, (0.5+0j))', min(-1, (0.5+0j)))
except Exception as ex:
    print('min(-1, (0.5+0j))', type(ex).__name__, ex)
try:
    print('(1e300) << ((0.5+0j))', (1e300) << ((0.5+0j)))
except Exception as ex:
    print('(1e300) << ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1j).imag', (1j).imag)
except Exception as ex:
    print('(1j).imag', type(ex).__name__, ex)
try:
    print('math.gcd(float("inf"), 0.0)', math.gcd(float("inf"), 0.0))
except Exception as ex:
    print('math.gcd(float("inf"), 0.0)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -float("inf"))', math.copysign(1, -float("inf")))
except Exception as ex:
    print('math.copysign(1, -float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) >> (2**63)', ((0.5+0j)) >> (2**63))
except Exception as ex:
    print('((0.5+0j)) >> (2**63)', type(ex).__name__, ex)
try:
    print('(1e16) < (2**53+1)', (1e16) < (2**53+1))
except Exception as ex:
    print('(1e16) < (2**53+1)', type(ex).__name__, ex)
try:
    print('format(0.5, ".3g")', format(0.5, ".3g"))
except Exception as ex:
    print('format(0.5, ".3g")', type(ex).__name__, ex)
try:
    print('bool(0.0)', bool(0.0))
except Exception as ex:
    print('bool(0.0)', type(ex).__name__, ex)
try:
    print('math.hypot(1e16, 0.5)', math.hypot(1e16, 0.5))
except Exception as ex:
    print('math.hypot(1e16, 0.5)', type(ex).__name__, ex)
try:
    print('max(0.5, 10**20)', max(0.5, 10**20))
except Exception as ex:
    print('max(0.5, 10**20)', type(ex).__name__, ex)
try:
    print('(0.0) - (1e16)', (0.0) - (1e16))
except Exception as ex:
    print('(0.0) - (1e16)', type(ex).__name__, ex)
try:
    print('(0) & (1e-300)', (0) & (1e-300))
except Exception as ex:
    print('(0) & (1e-300)', type(ex).__name__, ex)
try:
    print('(2**63) << (7)', (2**63) << (7))
except Exception as ex:
    print('(2**63) << (7)', type(ex).__name__, ex)
try:
    print('(1e-300) * (-0.0)', (1e-300) * (-0.0))
except Exception as ex:
    print('(1e-300) * (-0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)) ** (float("inf"))', ((2-3j)) ** (float("inf")))
except Exception as ex:
    print('((2-3j)) ** (float("inf"))', type(ex).__name__, ex)
try:
    print('math.atan2(10**20, 2**53+1)', math.atan2(10**20, 2**53+1))
except Exception as ex:
    print('math.atan2(10**20, 2**53+1)', type(ex).__name__, ex)
try:
    print('(-2.5).conjugate()', (-2.5).conjugate())
except Exception as ex:
    print('(-2.5).conjugate()', type(ex).__name__, ex)
try:
    print('int(7)', int(7))
except Exception as ex:
    print('int(7)', type(ex).__name__, ex)
try:
    print('math.gcd(float("inf"), False)', math.gcd(float("inf"), False))
except Exception as ex:
    print('math.gcd(float("inf"), False)', type(ex).__name__, ex)
try:
    print('(False) - (10**20)', (False) - (10**20))
except Exception as ex:
    print('(False) - (10**20)', type(ex).__name__, ex)
try:
    print('format(-10**25, "+,")', format(-10**25, "+,"))
except Exception as ex:
    print('format(-10**25, "+,")', type(ex).__name__, ex)
try:
    print('(-2**48) >> (0)', (-2**48) >> (0))
except Exception as ex:
    print('(-2**48) >> (0)', type(ex).__name__, ex)
try:
    print('(2**48) ** (1j)', (2**48) ** (1j))
except Exception as ex:
    print('(2**48) ** (1j)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, -0.0)', math.ldexp(1.5, -0.0))
except Exception as ex:
    print('math.ldexp(1.5, -0.0)', type(ex).__name__, ex)
try:
    print('float(-float("inf"))', float(-float("inf")))
except Exception as ex:
    print('float(-float("inf"))', type(ex).__name__, ex)
try:
    print('math.exp(True)', math.exp(True))
except Exception as ex:
    print('math.exp(True)', type(ex).__name__, ex)
try:
    print('(1) != (-1)', (1) != (-1))
except Exception as ex:
    print('(1) != (-1)', type(ex).__name__, ex)
try:
    print('(123.456) | (1e16)', (123.456) | (1e16))
except Exception as ex:
    print('(123.456) | (1e16)', type(ex).__name__, ex)
try:
    print('(-1) > (True)', (-1) > (True))
except Exception as ex:
    print('(-1) > (True)', type(ex).__name__, ex)
try:
    print('math.log(-2**48)', math.log(-2**48))
except Exception as ex:
    print('math.log(-2**48)', type(ex).__name__, ex)
try:
    print('round(-13, -1)', round(-13, -1))
except Exception as ex:
    print('round(-13, -1)', type(ex).__name__, ex)
try:
    print('hash(True)', hash(True))
except Exception as ex:
    print('hash(True)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).conjugate()', ((0.5+0j)).conjugate())
except Exception as ex:
    print('((0.5+0j)).conjugate()', type(ex).__name__, ex)
try:
    print('(2**48) >= (1e16)', (2**48) >= (1e16))
except Exception as ex:
    print('(2**48) >= (1e16)', type(ex).__name__, ex)
try:
    print('~(True)', ~(True))
except Exception as ex:
    print('~(True)', type(ex).__name__, ex)
try:
    print('((2-3j)) - (-0.0)', ((2-3j)) - (-0.0))
except Exception as ex:
    print('((2-3j)) - (-0.0)', type(ex).__name__, ex)
try:
    print('(False).hex()', (False).hex())
except Exception as ex:
    print('(False).hex()', type(ex).__name__, ex)
try:
    print('math.exp(1j)', math.exp(1j))
except Exception as ex:
    print('math.exp(1j)', type(ex).__name__, ex)
try:
    print('(1e-300) <= (123.456)', (1e-300) <= (123.456))
except Exception as ex:
    print('(1e-300) <= (123.456)', type(ex).__name__, ex)
try:
    print('(1e-300) << (0)', (1e-300) << (0))
except Exception as ex:
    print('(1e-300) << (0)', type(ex).__name__, ex)
try:
    print('~(0.5)', ~(0.5))
except Exception as ex:
    print('~(0.5)', type(ex).__name__, ex)
try:
    print('complex(1j)', complex(1j))
except Exception as ex:
    print('complex(1j)', type(ex).__name__, ex)
try:
    print('max(3**100, 1e16)', max(3**100, 1e16))
except Exception as ex:
    print('max(3**100, 1e16)', type(ex).__name__, ex)
try:
    print('(0.5) << (0.5)', (0.5) << (0.5))
except Exception as ex:
    print('(0.5) << (0.5)', type(ex).__name__, ex)
try:
    print('(1j) ^ (float("inf"))', (1j) ^ (float("inf")))
except Exception as ex:
    print('(1j) ^ (float("inf"))', type(ex).__name__, ex)
try:
    print('(-float("inf")) << ((0.5+0j))', (-float("inf")) << ((0.5+0j)))
except Exception as ex:
    print('(-float("inf")) << ((0.5+0j))', type(ex).__name__, ex)
try:
    print('float(10**20)', float(10**20))
except Exception as ex:
    print('float(10**20)', type(ex).__name__, ex)
try:
    print('(2**63) * (1e16)', (2**63) * (1e16))
except Exception as ex:
    print('(2**63) * (1e16)', type(ex).__name__, ex)
try:
    print('pow(-float("inf"), 123.456, 7)', pow(-float("inf"), 123.456, 7))
except Exception as ex:
    print('pow(-float("inf"), 123.456, 7)', type(ex).__name__, ex)
try:
    print('(True) & (1e-300)', (True) & (1e-300))
except Exception as ex:
    print('(True) & (1e-300)', type(ex).__name__, ex)
try:
    print('((2-3j)) >> (1e16)', ((2-3j)) >> (1e16))
except Exception as ex:
    print('((2-3j)) >> (1e16)', type(ex).__name__, ex)
try:
    print('round(float("inf"), 2)', round(float("inf"), 2))
except Exception as ex:
    print('round(float("inf"), 2)', type(ex).__name__, ex)
try:
    print('(-13).bit_length()', (-13).bit_length())
except Exception as ex:
    print('(-13).bit_length()', type(ex).__name__, ex)
try:
    print('(3**100) <= (2**63)', (3**100) <= (2**63))
except Exception as ex:
    print('(3**100) <= (2**63)', type(ex).__name__, ex)
try:
    print('(-0.0) != (-13)', (-0.0) != (-13))
except Exception as ex:
    print('(-0.0) != (-13)', type(ex).__name__, ex)
try:
    print('(False) != (-2**48)', (False) != (-2**48))
except Exception as ex:
    print('(False) != (-2**48)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) != (2**48)', ((0.5+0j)) != (2**48))
except Exception as ex:
    print('((0.5+0j)) != (2**48)', type(ex).__name__, ex)
try:
    print('(-0.0) ^ (-13)', (-0.0) ^ (-13))
except Exception as ex:
    print('(-0.0) ^ (-13)', type(ex).__name__, ex)
try:
    print('format(1, "+,")', format(1, "+,"))
except Exception as ex:
    print('format(1, "+,")', type(ex).__name__, ex)
try:
    print('(-2.5) * (1e-300)', (-2.5) * (1e-300))
except Exception as ex:
    print('(-2.5) * (1e-300)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -13)', math.copysign(1, -13))
except Exception as ex:
    print('math.copysign(1, -13)', type(ex).__name__, ex)
try:
    print('(2**48) >> (2**48)', (2**48) >> (2**48))
except Exception as ex:
    print('(2**48) >> (2**48)', type(ex).__name__, ex)
try:
    print('(3**100) < (0.0)', (3**100) < (0.0))
except Exception as ex:
    print('(3**100) < (0.0)', type(ex).__name__, ex)
try:
    print('(3**100) / (-10**25)', (3**100) / (-10**25))
except Exception as ex:
    print('(3**100) / (-10**25)', type(ex).__name__, ex)
try:
    print('math.exp(-0.0)', math.exp(-0.0))
except Exception as ex:
    print('math.exp(-0.0)', type(ex).__name__, ex)
try:
    print('(-2.5) % (0.0)', (-2.5) % (0.0))
except Exception as ex:
    print('(-2.5) % (0.0)', type(ex).__name__, ex)
try:
    print('(1e-300) >> (float("inf"))', (1e-300) >> (float("inf")))
except Exception as ex:
    print('(1e-300) >> (float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) + (3**100)', ((0.5+0j)) + (3**100))
except Exception as ex:
    print('((0.5+0j)) + (3**100)', type(ex).__name__, ex)
try:
    print('(-10**25) ** (1j)', (-10**25) ** (1j))
except Exception as ex:
    print('(-10**25) ** (1j)', type(ex).__name__, ex)
try:
    print('math.ceil(-10**25)', math.ceil(-10**25))
except Exception as ex:
    print('math.ceil(-10**25)', type(ex).__name__, ex)
try:
    print('(float("inf")) <= (-float("inf"))', (float("inf")) <= (-float("inf")))
except Exception as ex:
    print('(float("inf")) <= (-float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) & (-2**48)', ((0.5+0j)) & (-2**48))
except Exception as ex:
    print('((0.5+0j)) & (-2**48)', type(ex).__name__, ex)
try:
    print('(-float("inf")) ^ ((2-3j))', (-float("inf")) ^ ((2-3j)))
except Exception as ex:
    print('(-float("inf")) ^ ((2-3j))', type(ex).__name__, ex)
try:
    print('format(2**48, "+,")', format(2**48, "+,"))
except Exception as ex:
    print('format(2**48, "+,")', type(ex).__name__, ex)
try:
    print('(3**100) >> (0)', (3**100) >> (0))
except Exception as ex:
    print('(3**100) >> (0)', type(ex).__name__, ex)
try:
    print('(7) >= (1e-300)', (7) >= (1e-300))
except Exception as ex:
    print('(7) >= (1e-300)', type(ex).__name__, ex)
try:
    print('math.log(-2**48)', math.log(-2**48))
except Exception as ex:
    print('math.log(-2**48)', type(ex).__name__, ex)
try:
    print('(-2**48) // (-10**25)', (-2**48) // (-10**25))
except Exception as ex:
    print('(-2**48) // (-10**25)', type(ex).__name__, ex)
try:
    print('round(123.456, 2)', round(123.456, 2))
except Exception as ex:
    print('round(123.456, 2)', type(ex).__name__, ex)
try:
    print('max((2-3j), 2**48)', max((2-3j), 2**48))
except Exception as ex:
    print('max((2-3j), 2**48)', type(ex).__name__, ex)
try:
    print('(2**63) >= (-13)', (2**63) >= (-13))
except Exception as ex:
    print('(2**63) >= (-13)', type(ex).__name__, ex)
try:
    print('str(float("inf"))', str(float("inf")))
except Exception as ex:
    print('str(float("inf"))', type(ex).__name__, ex)
try:
    print('((2-3j)) != (1e16)', ((2-3j)) != (1e16))
except Exception as ex:
    print('((2-3j)) != (1e16)', type(ex).__name__, ex)
try:
    print('(123.456).__round__()', (123.456).__round__())
except Exception as ex:
    print('(123.456).__round__()', type(ex).__name__, ex)
try:
    print('(0.5).imag', (0.5).imag)
except Exception as ex:
    print('(0.5).imag', type(ex).__name__, ex)
try:
    print('bool(2**53+1)', bool(2**53+1))
except Exception as ex:
    print('bool(2**53+1)', type(ex).__name__, ex)
try:
    print('(0.0) % (1e16)', (0.0) % (1e16))
except Exception as ex:
    print('(0.0) % (1e16)', type(ex).__name__, ex)
try:
    print('(0) >= (0)', (0) >= (0))
except Exception as ex:
    print('(0) >= (0)', type(ex).__name__, ex)
try:
    print('(1j) - (0.0)', (1j) - (0.0))
except Exception as ex:
    print('(1j) - (0.0)', type(ex).__name__, ex)
try:
    print('complex(0.5)', complex(0.5))
except Exception as ex:
    print('complex(0.5)', type(ex).__name__, ex)
try:
    print('math.isclose(0, 1e-300)', math.isclose(0, 1e-300))
except Exception as ex:
    print('math.isclose(0, 1e-300)', type(ex).__name__, ex)
try:
    print('(-13) << (1j)', (-13) << (1j))
except Exception as ex:
    print('(-13) << (1j)', type(ex).__name__, ex)
try:
    print('(1e16) <= (1)', (1e16) <= (1))
except Exception as ex:
    print('(1e16) <= (1)', type(ex).__name__, ex)
try:
    print('math.hypot(2**48, (2-3j))', math.hypot(2**48, (2-3j)))
except Exception as ex:
    print('math.hypot(2**48, (2-3j))', type(ex).__name__, ex)
try:
    print('(1e-300) % (2**53+1)', (1e-300) % (2**53+1))
except Exception as ex:
    print('(1e-300) % (2**53+1)', type(ex).__name__, ex)
try:
    print('float.fromhex((-2.5).hex())', float.fromhex((-2.5).hex()))
except Exception as ex:
    print('float.fromhex((-2.5).hex())', type(ex).__name__, ex)
try:
    print('float.fromhex((0.0).hex())', float.fromhex((0.0).hex()))
except Exception as ex:
    print('float.fromhex((0.0).hex())', type(ex).__name__, ex)
try:
    print('(2**53+1) * (2**53+1)', (2**53+1) * (2**53+1))
except Exception as ex:
    print('(2**53+1) * (2**53+1)', type(ex).__name__, ex)
try:
    print('round(3**100)', round(3**100))
except Exception as ex:
    print('round(3**100)', type(ex).__name__, ex)
try:
    print('(0.5) << (0.0)', (0.5) << (0.0))
except Exception as ex:
    print('(0.5) << (0.0)', type(ex).__name__, ex)
try:
    print('(10**20).bit_length()', (10**20).bit_length())
except Exception as ex:
    print('(10**20).bit_length()', type(ex).__name__, ex)
try:
    print('(2**48).conjugate()', (2**48).conjugate())
except Exception as ex:
    print('(2**48).conjugate()', type(ex).__name__, ex)
try:
    print('(2**48) & (2**63)', (2**48) & (2**63))
except Exception as ex:
    print('(2**48) & (2**63)', type(ex).__name__, ex)
try:
    print('(2**63) & (-2**48)', (2**63) & (-2**48))
except Exception as ex:
    print('(2**63) & (-2**48)', type(ex).__name__, ex)
try:
    print('(123.456) - (2**48)', (123.456) - (2**48))
except Exception as ex:
    print('(123.456) - (2**48)', type(ex).__name__, ex)
try:
    print('bool(1)', bool(1))
except Exception as ex:
    print('bool(1)', type(ex).__name__, ex)
try:
    print('float(-2**48)', float(-2**48))
except Exception as ex:
    print('float(-2**48)', type(ex).__name__, ex)
try:
    print('repr(float("inf"))', repr(float("inf")))
except Exception as ex:
    print('repr(float("inf"))', type(ex).__name__, ex)
try:
    print('complex(1j)', complex(1j))
except Exception as ex:
    print('complex(1j)', type(ex).__name__, ex)
try:
    print('(-2**48) - (2**48)', (-2**48) - (2**48))
except Exception as ex:
    print('(-2**48) - (2**48)', type(ex).__name__, ex)
try:
    print('(-0.0) % (False)', (-0.0) % (False))
except Exception as ex:
    print('(-0.0) % (False)', type(ex).__name__, ex)
try:
    print('(-0.0) < (1e-300)', (-0.0) < (1e-300))
except Exception as ex:
    print('(-0.0) < (1e-300)', type(ex).__name__, ex)
try:
    print('round(-2**48)', round(-2**48))
except Exception as ex:
    print('round(-2**48)', type(ex).__name__, ex)
try:
    print('(False) == (0)', (False) == (0))
except Exception as ex:
    print('(False) == (0)', type(ex).__name__, ex)
try:
    print('(2**53+1) >= (0.5)', (2**53+1) >= (0.5))
except Exception as ex:
    print('(2**53+1) >= (0.5)', type(ex).__name__, ex)
try:
    print('(7) % (float("inf"))', (7) % (float("inf")))
except Exception as ex:
    print('(7) % (float("inf"))', type(ex).__name__, ex)
try:
    print('math.isclose(float("inf"), (2-3j))', math.isclose(float("inf"), (2-3j)))
except Exception as ex:
    print('math.isclose(float("inf"), (2-3j))', type(ex).__name__, ex)
try:
    print('bool(False)', bool(False))
except Exception as ex:
    print('bool(False)', type(ex).__name__, ex)
try:
    print('(2**63).bit_length()', (2**63).bit_length())
except Exception as ex:
    print('(2**63).bit_length()', type(ex).__name__, ex)
try:
    print('(2**63) != (2**48)', (2**63) != (2**48))
except Exception as ex:
    print('(2**63) != (2**48)', type(ex).__name__, ex)
try:
    print('-(-1)', -(-1))
except Exception as ex:
    print('-(-1)', type(ex).__name__, ex)
try:
    print('(-10**25) & (-2**48)', (-10**25) & (-2**48))
except Exception as ex:
    print('(-10**25) & (-2**48)', type(ex).__name__, ex)
try:
    print('max(True, 2**53+1)', max(True, 2**53+1))
except Exception as ex:
    print('max(True, 2**53+1)', type(ex).__name__, ex)
try:
    print('(10**20).hex()', (10**20).hex())
except Exception as ex:
    print('(10**20).hex()', type(ex).__name__, ex)
try:
    print('(2**48) == (-13)', (2**48) == (-13))
except Exception as ex:
    print('(2**48) == (-13)', type(ex).__name__, ex)
try:
    print('(0.5).conjugate()', (0.5).conjugate())
except Exception as ex:
    print('(0.5).conjugate()', type(ex).__name__, ex)
try:
    print('math.log(-10**25)', math.log(-10**25))
except Exception as ex:
    print('math.log(-10**25)', type(ex).__name__, ex)
try:
    print('(1e16) - ((0.5+0j))', (1e16) - ((0.5+0j)))
except Exception as ex:
    print('(1e16) - ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(False).real', (False).real)
except Exception as ex:
    print('(False).real', type(ex).__name__, ex)
try:
    print('math.floor(123.456)', math.floor(123.456))
except Exception as ex:
    print('math.floor(123.456)', type(ex).__name__, ex)
try:
    print('max(-float("inf"), -2.5)', max(-float("inf"), -2.5))
except Exception as ex:
    print('max(-float("inf"), -2.5)', type(ex).__name__, ex)
try:
    print('math.ceil(True)', math.ceil(True))
except Exception as ex:
    print('math.ceil(True)', type(ex).__name__, ex)
try:
    print('hash(10**20)', hash(10**20))
except Exception as ex:
    print('hash(10**20)', type(ex).__name__, ex)
try:
    print('(1) >> (1e300)', (1) >> (1e300))
except Exception as ex:
    print('(1) >> (1e300)', type(ex).__name__, ex)
try:
    print('round(2**53+1, -1)', round(2**53+1, -1))
except Exception as ex:
    print('round(2**53+1, -1)', type(ex).__name__, ex)
try:
    print('(2**53+1) * ((2-3j))', (2**53+1) * ((2-3j)))
except Exception as ex:
    print('(2**53+1) * ((2-3j))', type(ex).__name__, ex)
try:
    print('(-2**48) > (1)', (-2**48) > (1))
except Exception as ex:
    print('(-2**48) > (1)', type(ex).__name__, ex)
try:
    print('(-2.5) < (-2**48)', (-2.5) < (-2**48))
except Exception as ex:
    print('(-2.5) < (-2**48)', type(ex).__name__, ex)
try:
    print('(-13).bit_length()', (-13).bit_length())
except Exception as ex:
    print('(-13).bit_length()', type(ex).__name__, ex)
try:
    print('(10**20) // (-13)', (10**20) // (-13))
except Exception as ex:
    print('(10**20) // (-13)', type(ex).__name__, ex)
try:
    print('(1e-300).hex()', (1e-300).hex())
except Exception as ex:
    print('(1e-300).hex()', type(ex).__name__, ex)
try:
    print('~(2**48)', ~(2**48))
except Exception as ex:
    print('~(2**48)', type(ex).__name__, ex)
try:
    print('(-float("inf")) ^ ((0.5+0j))', (-float("inf")) ^ ((0.5+0j)))
except Exception as ex:
    print('(-float("inf")) ^ ((0.5+0j))', type(ex).__name__, ex)
try:
    print('round(3**100)', round(3**100))
except Exception as ex:
    print('round(3**100)', type(ex).__name__, ex)
try:
    print('round(1e-300)', round(1e-300))
except Exception as ex:
    print('round(1e-300)', type(ex).__name__, ex)
try:
    print('format(1e-300, ">12")', format(1e-300, ">12"))
except Exception as ex:
    print('format(1e-300, ">12")', type(ex).__name__, ex)
try:
    print('max(2**63, -1)', max(2**63, -1))
except Exception as ex:
    print('max(2**63, -1)', type(ex).__name__, ex)
try:
    print('(0.0) <= (3**100)', (0.0) <= (3**100))
except Exception as ex:
    print('(0.0) <= (3**100)', type(ex).__name__, ex)
try:
    print('(7) <= (-2.5)', (7) <= (-2.5))
except Exception as ex:
    print('(7) <= (-2.5)', type(ex).__name__, ex)
try:
    print('(123.456).conjugate()', (123.456).conjugate())
except Exception as ex:
    print('(123.456).conjugate()', type(ex).__name__, ex)
try:
    print('(1e-300) << (-0.0)', (1e-300) << (-0.0))
except Exception as ex:
    print('(1e-300) << (-0.0)', type(ex).__name__, ex)
try:
    print('(2**63) <= (-0.0)', (2**63) <= (-0.0))
except Exception as ex:
    print('(2**63) <= (-0.0)', type(ex).__name__, ex)
try:
    print('(2**53+1) != (2**63)', (2**53+1) != (2**63))
except Exception as ex:
    print('(2**53+1) != (2**63)', type(ex).__name__, ex)
try:
    print('math.fmod(10**20, 1e16)', math.fmod(10**20, 1e16))
except Exception as ex:
    print('math.fmod(10**20, 1e16)', type(ex).__name__, ex)
try:
    print('math.trunc(-10**25)', math.trunc(-10**25))
except Exception as ex:
    print('math.trunc(-10**25)', type(ex).__name__, ex)
try:
    print('str(2**48)', str(2**48))
except Exception as ex:
    print('str(2**48)', type(ex).__name__, ex)
try:
    print('(1) == (3**100)', (1) == (3**100))
except Exception as ex:
    print('(1) == (3**100)', type(ex).__name__, ex)
try:
    print('(3**100) / (-2.5)', (3**100) / (-2.5))
except Exception as ex:
    print('(3**100) / (-2.5)', type(ex).__name__, ex)
try:
    print('(-float("inf")) - (-2**48)', (-float("inf")) - (-2**48))
except Exception as ex:
    print('(-float("inf")) - (-2**48)', type(ex).__name__, ex)
try:
    print('(2**53+1) & (True)', (2**53+1) & (True))
except Exception as ex:
    print('(2**53+1) & (True)', type(ex).__name__, ex)
try:
    print('(-10**25).__round__()', (-10**25).__round__())
except Exception as ex:
    print('(-10**25).__round__()', type(ex).__name__, ex)
try:
    print('(10**20) / (0.0)', (10**20) / (0.0))
except Exception as ex:
    print('(10**20) / (0.0)', type(ex).__name__, ex)
try:
    print('(7) % (1)', (7) % (1))
except Exception as ex:
    print('(7) % (1)', type(ex).__name__, ex)
try:
    print('(-2.5) >= (1)', (-2.5) >= (1))
except Exception as ex:
    print('(-2.5) >= (1)', type(ex).__name__, ex)
try:
    print('(0.0) * (-0.0)', (0.0) * (-0.0))
except Exception as ex:
    print('(0.0) * (-0.0)', type(ex).__name__, ex)
try:
    print('math.gcd(1e-300, (2-3j))', math.gcd(1e-300, (2-3j)))
except Exception as ex:
    print('math.gcd(1e-300, (2-3j))', type(ex).__name__, ex)
try:
    print('math.trunc((2-3j))', math.trunc((2-3j)))
except Exception as ex:
    print('math.trunc((2-3j))', type(ex).__name__, ex)
try:
    print('(10**20) ^ (-0.0)', (10**20) ^ (-0.0))
except Exception as ex:
    print('(10**20) ^ (-0.0)', type(ex).__name__, ex)
try:
    print('(-2**48) / (-13)', (-2**48) / (-13))
except Exception as ex:
    print('(-2**48) / (-13)', type(ex).__name__, ex)
try:
    print('(False) ^ (float("inf"))', (False) ^ (float("inf")))
except Exception as ex:
    print('(False) ^ (float("inf"))', type(ex).__name__, ex)
try:
    print('-(0)', -(0))
except Exception as ex:
    print('-(0)', type(ex).__name__, ex)
try:
    print('(1e16) != (-13)', (1e16) != (-13))
except Exception as ex:
    print('(1e16) != (-13)', type(ex).__name__, ex)
try:
    print('math.fmod(False, (0.5+0j))', math.fmod(False, (0.5+0j)))
except Exception as ex:
    print('math.fmod(False, (0.5+0j))', type(ex).__name__, ex)
try:
    print('round(-0.0, -1)', round(-0.0, -1))
except Exception as ex:
    print('round(-0.0, -1)', type(ex).__name__, ex)
try:
    print('(1e-300) | (-1)', (1e-300) | (-1))
except Exception as ex:
    print('(1e-300) | (-1)', type(ex).__name__, ex)
try:
    print('math.exp(float("inf"))', math.exp(float("inf")))
except Exception as ex:
    print('math.exp(float("inf"))', type(ex).__name__, ex)
try:
    print('(-2**48) > (-10**25)', (-2**48) > (-10**25))
except Exception as ex:
    print('(-2**48) > (-10**25)', type(ex).__name__, ex)
try:
    print('(2**63) & (2**53+1)', (2**63) & (2**53+1))
except Exception as ex:
    print('(2**63) & (2**53+1)', type(ex).__name__, ex)
try:
    print('round(1j, 2)', round(1j, 2))
except Exception as ex:
    print('round(1j, 2)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) + (2**48)', ((0.5+0j)) + (2**48))
except Exception as ex:
    print('((0.5+0j)) + (2**48)', type(ex).__name__, ex)
try:
    print('bool(1j)', bool(1j))
except Exception as ex:
    print('bool(1j)', type(ex).__name__, ex)
try:
    print('-(1)', -(1))
except Exception as ex:
    print('-(1)', type(ex).__name__, ex)
try:
    print('(1e-300) // (3**100)', (1e-300) // (3**100))
except Exception as ex:
    print('(1e-300) // (3**100)', type(ex).__name__, ex)
try:
    print('math.isclose(3**100, -0.0)', math.isclose(3**100, -0.0))
except Exception as ex:
    print('math.isclose(3**100, -0.0)', type(ex).__name__, ex)
try:
    print('format(-2**48, ".3g")', format(-2**48, ".3g"))
except Exception as ex:
    print('format(-2**48, ".3g")', type(ex).__name__, ex)
try:
    print('(1) > (1e300)', (1) > (1e300))
except Exception as ex:
    print('(1) > (1e300)', type(ex).__name__, ex)
try:
    print('format(-10**25, ".3g")', format(-10**25, ".3g"))
except Exception as ex:
    print('format(-10**25, ".3g")', type(ex).__name__, ex)
try:
    print('(2**53+1) + (3**100)', (2**53+1) + (3**100))
except Exception as ex:
    print('(2**53+1) + (3**100)', type(ex).__name__, ex)
try:
    print('((2-3j)) == (3**100)', ((2-3j)) == (3**100))
except Exception as ex:
    print('((2-3j)) == (3**100)', type(ex).__name__, ex)
try:
    print('(-10**25) < (0.5)', (-10**25) < (0.5))
except Exception as ex:
    print('(-10**25) < (0.5)', type(ex).__name__, ex)
try:
    print('(float("inf")).conjugate()', (float("inf")).conjugate())
except Exception as ex:
    print('(float("inf")).conjugate()', type(ex).__name__, ex)
try:
    print('format(0.0, ">12")', format(0.0, ">12"))
except Exception as ex:
    print('format(0.0, ">12")', type(ex).__name__, ex)
try:
    print('(-2.5) <= ((0.5+0j))', (-2.5) <= ((0.5+0j)))
except Exception as ex:
    print('(-2.5) <= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-0.0) >= (1)', (-0.0) >= (1))
except Exception as ex:
    print('(-0.0) >= (1)', type(ex).__name__, ex)
try:
    print('bool(False)', bool(False))
except Exception as ex:
    print('bool(False)', type(ex).__name__, ex)
try:
    print('(1) != (10**20)', (1) != (10**20))
except Exception as ex:
    print('(1) != (10**20)', type(ex).__name__, ex)
try:
    print('(False) << (7)', (False) << (7))
except Exception as ex:
    print('(False) << (7)', type(ex).__name__, ex)
try:
    print('(0.5) % (-2**48)', (0.5) % (-2**48))
except Exception as ex:
    print('(0.5) % (-2**48)', type(ex).__name__, ex)
try:
    print('float(10**20)', float(10**20))
except Exception as ex:
    print('float(10**20)', type(ex).__name__, ex)
try:
    print('max(3**100, 3**100)', max(3**100, 3**100))
except Exception as ex:
    print('max(3**100, 3**100)', type(ex).__name__, ex)
try:
    print('(2**63).as_integer_ratio()', (2**63).as_integer_ratio())
except Exception as ex:
    print('(2**63).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(0.5) % (True)', (0.5) % (True))
except Exception as ex:
    print('(0.5) % (True)', type(ex).__name__, ex)
try:
    print('bool(-10**25)', bool(-10**25))
except Exception as ex:
    print('bool(-10**25)', type(ex).__name__, ex)
try:
    print('min(1e300, 2**48)', min(1e300, 2**48))
except Exception as ex:
    print('min(1e300, 2**48)', type(ex).__name__, ex)
try:
    print('format(2**53+1, ">12")', format(2**53+1, ">12"))
except Exception as ex:
    print('format(2**53+1, ">12")', type(ex).__name__, ex)
try:
    print('repr(1e16)', repr(1e16))
except Exception as ex:
    print('repr(1e16)', type(ex).__name__, ex)
try:
    print('math.floor(-13)', math.floor(-13))
except Exception as ex:
    print('math.floor(-13)', type(ex).__name__, ex)
try:
    print('(-2**48) + (False)', (-2**48) + (False))
except Exception as ex:
    print('(-2**48) + (False)', type(ex).__name__, ex)
try:
    print('max(0.5, 3**100)', max(0.5, 3**100))
except Exception as ex:
    print('max(0.5, 3**100)', type(ex).__name__, ex)
try:
    print('(2**53+1) / (-1)', (2**53+1) / (-1))
except Exception as ex:
    print('(2**53+1) / (-1)', type(ex).__name__, ex)
try:
    print('(-1).hex()', (-1).hex())
except Exception as ex:
    print('(-1).hex()', type(ex).__name__, ex)
try:
    print('(1e-300) - (False)', (1e-300) - (False))
except Exception as ex:
    print('(1e-300) - (False)', type(ex).__name__, ex)
try:
    print('(123.456) << (0.5)', (123.456) << (0.5))
except Exception as ex:
    print('(123.456) << (0.5)', type(ex).__name__, ex)
try:
    print('pow((2-3j), 1e16, 7)', pow((2-3j), 1e16, 7))
except Exception as ex:
    print('pow((2-3j), 1e16, 7)', type(ex).__name__, ex)
try:
    print('int(0)', int(0))
except Exception as ex:
    print('int(0)', type(ex).__name__, ex)
try:
    print('(1j) * (2**63)', (1j) * (2**63))
except Exception as ex:
    print('(1j) * (2**63)', type(ex).__name__, ex)
try:
    print('repr(1e-300)', repr(1e-300))
except Exception as ex:
    print('repr(1e-300)', type(ex).__name__, ex)
try:
    print('(0) + (0)', (0) + (0))
except Exception as ex:
    print('(0) + (0)', type(ex).__name__, ex)
try:
    print('(float("inf")) == (-1)', (float("inf")) == (-1))
except Exception as ex:
    print('(float("inf")) == (-1)', type(ex).__name__, ex)
try:
    print('(1e16) % ((0.5+0j))', (1e16) % ((0.5+0j)))
except Exception as ex:
    print('(1e16) % ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(2**48).real', (2**48).real)
except Exception as ex:
    print('(2**48).real', type(ex).__name__, ex)
try:
    print('(2**53+1) == (1e-300)', (2**53+1) == (1e-300))
except Exception as ex:
    print('(2**53+1) == (1e-300)', type(ex).__name__, ex)
try:
    print('(10**20) <= (0.0)', (10**20) <= (0.0))
except Exception as ex:
    print('(10**20) <= (0.0)', type(ex).__name__, ex)
try:
    print('-(2**53+1)', -(2**53+1))
except Exception as ex:
    print('-(2**53+1)', type(ex).__name__, ex)
try:
    print('max(0.5, -1)', max(0.5, -1))
except Exception as ex:
    print('max(0.5, -1)', type(ex).__name__, ex)
try:
    print('round(1e-300)', round(1e-300))
except Exception as ex:
    print('round(1e-300)', type(ex).__name__, ex)
try:
    print('(-0.0) < (2**48)', (-0.0) < (2**48))
except Exception as ex:
    print('(-0.0) < (2**48)', type(ex).__name__, ex)
try:
    print('math.sqrt(-13)', math.sqrt(-13))
except Exception as ex:
    print('math.sqrt(-13)', type(ex).__name__, ex)
try:
    print('(1j) * (-0.0)', (1j) * (-0.0))
except Exception as ex:
    print('(1j) * (-0.0)', type(ex).__name__, ex)
try:
    print('(7) % (1e16)', (7) % (1e16))
except Exception as ex:
    print('(7) % (1e16)', type(ex).__name__, ex)
try:
    print('repr(1e300)', repr(1e300))
except Exception as ex:
    print('repr(1e300)', type(ex).__name__, ex)
try:
    print('(-13) - (-13)', (-13) - (-13))
except Exception as ex:
    print('(-13) - (-13)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) // (float("inf"))', ((0.5+0j)) // (float("inf")))
except Exception as ex:
    print('((0.5+0j)) // (float("inf"))', type(ex).__name__, ex)
try:
    print('hash(-2.5)', hash(-2.5))
except Exception as ex:
    print('hash(-2.5)', type(ex).__name__, ex)
try:
    print('min(-0.0, 7)', min(-0.0, 7))
except Exception as ex:
    print('min(-0.0, 7)', type(ex).__name__, ex)
try:
    print('(-float("inf")) >= (False)', (-float("inf")) >= (False))
except Exception as ex:
    print('(-float("inf")) >= (False)', type(ex).__name__, ex)
try:
    print('(0.5) >> (-2.5)', (0.5) >> (-2.5))
except Exception as ex:
    print('(0.5) >> (-2.5)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) >> (123.456)', ((0.5+0j)) >> (123.456))
except Exception as ex:
    print('((0.5+0j)) >> (123.456)', type(ex).__name__, ex)
try:
    print('abs(3**100)', abs(3**100))
except Exception as ex:
    print('abs(3**100)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) | (-0.0)', ((0.5+0j)) | (-0.0))
except Exception as ex:
    print('((0.5+0j)) | (-0.0)', type(ex).__name__, ex)
try:
    print('(-0.0).conjugate()', (-0.0).conjugate())
except Exception as ex:
    print('(-0.0).conjugate()', type(ex).__name__, ex)
try:
    print('(1j) % (0.5)', (1j) % (0.5))
except Exception as ex:
    print('(1j) % (0.5)', type(ex).__name__, ex)
try:
    print('(-2**48) % (False)', (-2**48) % (False))
except Exception as ex:
    print('(-2**48) % (False)', type(ex).__name__, ex)
try:
    print('math.log(7)', math.log(7))
except Exception as ex:
    print('math.log(7)', type(ex).__name__, ex)
try:
    print('(2**48) % (-2.5)', (2**48) % (-2.5))
except Exception as ex:
    print('(2**48) % (-2.5)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -float("inf"))', math.copysign(1, -float("inf")))
except Exception as ex:
    print('math.copysign(1, -float("inf"))', type(ex).__name__, ex)
try:
    print('(2**53+1) // (123.456)', (2**53+1) // (123.456))
except Exception as ex:
    print('(2**53+1) // (123.456)', type(ex).__name__, ex)
try:
    print('float(-0.0)', float(-0.0))
except Exception as ex:
    print('float(-0.0)', type(ex).__name__, ex)
try:
    print('(-13) >= ((0.5+0j))', (-13) >= ((0.5+0j)))
except Exception as ex:
    print('(-13) >= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('round(-10**25, -1)', round(-10**25, -1))
except Exception as ex:
    print('round(-10**25, -1)', type(ex).__name__, ex)
try:
    print('(float("inf")) <= (10**20)', (float("inf")) <= (10**20))
except Exception as ex:
    print('(float("inf")) <= (10**20)', type(ex).__name__, ex)
try:
    print('(False) // (-2**48)', (False) // (-2**48))
except Exception as ex:
    print('(False) // (-2**48)', type(ex).__name__, ex)
try:
    print('(float("inf")) % (False)', (float("inf")) % (False))
except Exception as ex:
    print('(float("inf")) % (False)', type(ex).__name__, ex)
try:
    print('math.gcd(False, 10**20)', math.gcd(False, 10**20))
except Exception as ex:
    print('math.gcd(False, 10**20)', type(ex).__name__, ex)
try:
    print('(1j).real', (1j).real)
except Exception as ex:
    print('(1j).real', type(ex).__name__, ex)
try:
    print('(2**48) > (2**53+1)', (2**48) > (2**53+1))
except Exception as ex:
    print('(2**48) > (2**53+1)', type(ex).__name__, ex)
try:
    print('(2**48) != (False)', (2**48) != (False))
except Exception as ex:
    print('(2**48) != (False)', type(ex).__name__, ex)
try:
    print('(2**48).imag', (2**48).imag)
except Exception as ex:
    print('(2**48).imag', type(ex).__name__, ex)
try:
    print('((0.5+0j)).conjugate()', ((0.5+0j)).conjugate())
except Exception as ex:
    print('((0.5+0j)).conjugate()', type(ex).__name__, ex)
try:
    print('int((0.5+0j))', int((0.5+0j)))
except Exception as ex:
    print('int((0.5+0j))', type(ex).__name__, ex)
try:
    print('(2**48) >> (-0.0)', (2**48) >> (-0.0))
except Exception as ex:
    print('(2**48) >> (-0.0)', type(ex).__name__, ex)
try:
    print('(2**48) | (-0.0)', (2**48) | (-0.0))
except Exception as ex:
    print('(2**48) | (-0.0)', type(ex).__name__, ex)
try:
    print('(10**20) == (True)', (10**20) == (True))
except Exception as ex:
    print('(10**20) == (True)', type(ex).__name__, ex)
try:
    print('(-13) & (2**48)', (-13) & (2**48))
except Exception as ex:
    print('(-13) & (2**48)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -10**25)', math.copysign(1, -10**25))
except Exception as ex:
    print('math.copysign(1, -10**25)', type(ex).__name__, ex)
try:
    print('format(1e300, "+,")', format(1e300, "+,"))
except Exception as ex:
    print('format(1e300, "+,")', type(ex).__name__, ex)
try:
    print('(7) >> (-2.5)', (7) >> (-2.5))
except Exception as ex:
    print('(7) >> (-2.5)', type(ex).__name__, ex)
try:
    print('hash(-0.0)', hash(-0.0))
except Exception as ex:
    print('hash(-0.0)', type(ex).__name__, ex)
try:
    print('(0) / (2**48)', (0) / (2**48))
except Exception as ex:
    print('(0) / (2**48)', type(ex).__name__, ex)
try:
    print('(-0.0) - (7)', (-0.0) - (7))
except Exception as ex:
    print('(-0.0) - (7)', type(ex).__name__, ex)
try:
    print('(0) % (10**20)', (0) % (10**20))
except Exception as ex:
    print('(0) % (10**20)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, False)', math.ldexp(1.5, False))
except Exception as ex:
    print('math.ldexp(1.5, False)', type(ex).__name__, ex)
try:
    print('math.exp(-2.5)', math.exp(-2.5))
except Exception as ex:
    print('math.exp(-2.5)', type(ex).__name__, ex)
try:
    print('math.atan2(1e-300, (2-3j))', math.atan2(1e-300, (2-3j)))
except Exception as ex:
    print('math.atan2(1e-300, (2-3j))', type(ex).__name__, ex)
try:
    print('(-2**48).__round__()', (-2**48).__round__())
except Exception as ex:
    print('(-2**48).__round__()', type(ex).__name__, ex)
try:
    print('(123.456) + (-0.0)', (123.456) + (-0.0))
except Exception as ex:
    print('(123.456) + (-0.0)', type(ex).__name__, ex)
try:
    print('math.trunc(0)', math.trunc(0))
except Exception as ex:
    print('math.trunc(0)', type(ex).__name__, ex)
try:
    print('round(2**53+1)', round(2**53+1))
except Exception as ex:
    print('round(2**53+1)', type(ex).__name__, ex)
try:
    print('(float("inf")) % (123.456)', (float("inf")) % (123.456))
except Exception as ex:
    print('(float("inf")) % (123.456)', type(ex).__name__, ex)
try:
    print('hash(123.456)', hash(123.456))
except Exception as ex:
    print('hash(123.456)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -2.5)', math.copysign(1, -2.5))
except Exception as ex:
    print('math.copysign(1, -2.5)', type(ex).__name__, ex)
try:
    print('(2**48) != (-0.0)', (2**48) != (-0.0))
except Exception as ex:
    print('(2**48) != (-0.0)', type(ex).__name__, ex)
try:
    print('(2**63) & ((0.5+0j))', (2**63) & ((0.5+0j)))
except Exception as ex:
    print('(2**63) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('divmod(1e16, True)', divmod(1e16, True))
except Exception as ex:
    print('divmod(1e16, True)', type(ex).__name__, ex)
try:
    print('hash((0.5+0j))', hash((0.5+0j)))
except Exception as ex:
    print('hash((0.5+0j))', type(ex).__name__, ex)
try:
    print('(2**48) >> (True)', (2**48) >> (True))
except Exception as ex:
    print('(2**48) >> (True)', type(ex).__name__, ex)
try:
    print('(-float("inf")) < (1e-300)', (-float("inf")) < (1e-300))
except Exception as ex:
    print('(-float("inf")) < (1e-300)', type(ex).__name__, ex)
try:
    print('(10**20) & ((0.5+0j))', (10**20) & ((0.5+0j)))
except Exception as ex:
    print('(10**20) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1e16) | (0.0)', (1e16) | (0.0))
except Exception as ex:
    print('(1e16) | (0.0)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) // (0.0)', ((0.5+0j)) // (0.0))
except Exception as ex:
    print('((0.5+0j)) // (0.0)', type(ex).__name__, ex)
try:
    print('(-float("inf")).bit_length()', (-float("inf")).bit_length())
except Exception as ex:
    print('(-float("inf")).bit_length()', type(ex).__name__, ex)
try:
    print('math.ceil(3**100)', math.ceil(3**100))
except Exception as ex:
    print('math.ceil(3**100)', type(ex).__name__, ex)
try:
    print('(-0.0) ** (-float("inf"))', (-0.0) ** (-float("inf")))
except Exception as ex:
    print('(-0.0) ** (-float("inf"))', type(ex).__name__, ex)
try:
    print('(3**100) % (True)', (3**100) % (True))
except Exception as ex:
    print('(3**100) % (True)', type(ex).__name__, ex)
try:
    print('(1e-300) * (2**63)', (1e-300) * (2**63))
except Exception as ex:
    print('(1e-300) * (2**63)', type(ex).__name__, ex)
try:
    print('math.ceil(-float("inf"))', math.ceil(-float("inf")))
except Exception as ex:
    print('math.ceil(-float("inf"))', type(ex).__name__, ex)
try:
    print('(-2.5) + (-2**48)', (-2.5) + (-2**48))
except Exception as ex:
    print('(-2.5) + (-2**48)', type(ex).__name__, ex)
try:
    print('(0).imag', (0).imag)
except Exception as ex:
    print('(0).imag', type(ex).__name__, ex)
try:
    print('(-2**48) ^ (-2.5)', (-2**48) ^ (-2.5))
except Exception as ex:
    print('(-2**48) ^ (-2.5)', type(ex).__name__, ex)
try:
    print('(-0.0) // (-1)', (-0.0) // (-1))
except Exception as ex:
    print('(-0.0) // (-1)', type(ex).__name__, ex)
try:
    print('bool(2**53+1)', bool(2**53+1))
except Exception as ex:
    print('bool(2**53+1)', type(ex).__name__, ex)
try:
    print('(1e-300) / (float("inf"))', (1e-300) / (float("inf")))
except Exception as ex:
    print('(1e-300) / (float("inf"))', type(ex).__name__, ex)
try:
    print('(1) < (0)', (1) < (0))
except Exception as ex:
    print('(1) < (0)', type(ex).__name__, ex)
try:
    print('math.atan2(2**63, -2**48)', math.atan2(2**63, -2**48))
except Exception as ex:
    print('math.atan2(2**63, -2**48)', type(ex).__name__, ex)
try:
    print('(-0.0) < (-2**48)', (-0.0) < (-2**48))
except Exception as ex:
    print('(-0.0) < (-2**48)', type(ex).__name__, ex)
try:
    print('(-2.5) + (1e300)', (-2.5) + (1e300))
except Exception as ex:
    print('(-2.5) + (1e300)', type(ex).__name__, ex)
try:
    print('(-0.0) < (-2**48)', (-0.0) < (-2**48))
except Exception as ex:
    print('(-0.0) < (-2**48)', type(ex).__name__, ex)
try:
    print('(1e16) + (10**20)', (1e16) + (10**20))
except Exception as ex:
    print('(1e16) + (10**20)', type(ex).__name__, ex)
try:
    print('(False).conjugate()', (False).conjugate())
except Exception as ex:
    print('(False).conjugate()', type(ex).__name__, ex)
try:
    print('(123.456) >= (-0.0)', (123.456) >= (-0.0))
except Exception as ex:
    print('(123.456) >= (-0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)).hex()', ((2-3j)).hex())
except Exception as ex:
    print('((2-3j)).hex()', type(ex).__name__, ex)
try:
    print('math.floor(-0.0)', math.floor(-0.0))
except Exception as ex:
    print('math.floor(-0.0)', type(ex).__name__, ex)
try:
    print('(float("inf")) == (2**48)', (float("inf")) == (2**48))
except Exception as ex:
    print('(float("inf")) == (2**48)', type(ex).__name__, ex)
try:
    print('round(1j)', round(1j))
except Exception as ex:
    print('round(1j)', type(ex).__name__, ex)
try:
    print('(1e16) - (-float("inf"))', (1e16) - (-float("inf")))
except Exception as ex:
    print('(1e16) - (-float("inf"))', type(ex).__name__, ex)
try:
    print('(3**100).real', (3**100).real)
except Exception as ex:
    print('(3**100).real', type(ex).__name__, ex)
try:
    print('(-2.5) >> (1)', (-2.5) >> (1))
except Exception as ex:
    print('(-2.5) >> (1)', type(ex).__name__, ex)
try:
    print('float.fromhex(((0.5+0j)).hex())', float.fromhex(((0.5+0j)).hex()))
except Exception as ex:
    print('float.fromhex(((0.5+0j)).hex())', type(ex).__name__, ex)
try:
    print('((0.5+0j)) != (0)', ((0.5+0j)) != (0))
except Exception as ex:
    print('((0.5+0j)) != (0)', type(ex).__name__, ex)
try:
    print('(2**63).as_integer_ratio()', (2**63).as_integer_ratio())
except Exception as ex:
    print('(2**63).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(float("inf")) != (1e16)', (float("inf")) != (1e16))
except Exception as ex:
    print('(float("inf")) != (1e16)', type(ex).__name__, ex)
try:
    print('round(float("inf"), -1)', round(float("inf"), -1))
except Exception as ex:
    print('round(float("inf"), -1)', type(ex).__name__, ex)
try:
    print('(True) > (123.456)', (True) > (123.456))
except Exception as ex:
    print('(True) > (123.456)', type(ex).__name__, ex)
try:
    print('math.fmod(7, 1e-300)', math.fmod(7, 1e-300))
except Exception as ex:
    print('math.fmod(7, 1e-300)', type(ex).__name__, ex)
try:
    print('round(-10**25, -1)', round(-10**25, -1))
except Exception as ex:
    print('round(-10**25, -1)', type(ex).__name__, ex)
try:
    print('((2-3j)).conjugate()', ((2-3j)).conjugate())
except Exception as ex:
    print('((2-3j)).conjugate()', type(ex).__name__, ex)
try:
    print('math.log((0.5+0j))', math.log((0.5+0j)))
except Exception as ex:
    print('math.log((0.5+0j))', type(ex).__name__, ex)
try:
    print('(7) - (2**53+1)', (7) - (2**53+1))
except Exception as ex:
    print('(7) - (2**53+1)', type(ex).__name__, ex)
try:
    print('complex(2**53+1)', complex(2**53+1))
except Exception as ex:
    print('complex(2**53+1)', type(ex).__name__, ex)
try:
    print('~(0)', ~(0))
except Exception as ex:
    print('~(0)', type(ex).__name__, ex)
try:
    print('(-0.0).conjugate()', (-0.0).conjugate())
except Exception as ex:
    print('(-0.0).conjugate()', type(ex).__name__, ex)
try:
    print('(-1).real', (-1).real)
except Exception as ex:
    print('(-1).real', type(ex).__name__, ex)
try:
    print('(False) % (123.456)', (False) % (123.456))
except Exception as ex:
    print('(False) % (123.456)', type(ex).__name__, ex)
try:
    print('(-2.5) + (2**48)', (-2.5) + (2**48))
except Exception as ex:
    print('(-2.5) + (2**48)', type(ex).__name__, ex)
try:
    print('math.hypot(0, (2-3j))', math.hypot(0, (2-3j)))
except Exception as ex:
    print('math.hypot(0, (2-3j))', type(ex).__name__, ex)
try:
    print('round(float("inf"), -1)', round(float("inf"), -1))
except Exception as ex:
    print('round(float("inf"), -1)', type(ex).__name__, ex)
try:
    print('(-2**48) < (0.0)', (-2**48) < (0.0))
except Exception as ex:
    print('(-2**48) < (0.0)', type(ex).__name__, ex)
try:
    print('(True) & (0.5)', (True) & (0.5))
except Exception as ex:
    print('(True) & (0.5)', type(ex).__name__, ex)
try:
    print('float.fromhex((-float("inf")).hex())', float.fromhex((-float("inf")).hex()))
except Exception as ex:
    print('float.fromhex((-float("inf")).hex())', type(ex).__name__, ex)
try:
    print('math.isclose(float("inf"), -2**48)', math.isclose(float("inf"), -2**48))
except Exception as ex:
    print('math.isclose(float("inf"), -2**48)', type(ex).__name__, ex)
try:
    print('(-1).bit_length()', (-1).bit_length())
except Exception as ex:
    print('(-1).bit_length()', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, -13)', math.ldexp(1.5, -13))
except Exception as ex:
    print('math.ldexp(1.5, -13)', type(ex).__name__, ex)
try:
    print('(1) >> (-0.0)', (1) >> (-0.0))
except Exception as ex:
    print('(1) >> (-0.0)', type(ex).__name__, ex)
try:
    print('round((0.5+0j), 2)', round((0.5+0j), 2))
except Exception as ex:
    print('round((0.5+0j), 2)', type(ex).__name__, ex)
try:
    print('(10**20) < (2**48)', (10**20) < (2**48))
except Exception as ex:
    print('(10**20) < (2**48)', type(ex).__name__, ex)
try:
    print('(-float("inf")) & (-0.0)', (-float("inf")) & (-0.0))
except Exception as ex:
    print('(-float("inf")) & (-0.0)', type(ex).__name__, ex)
try:
    print('math.sqrt(2**48)', math.sqrt(2**48))
except Exception as ex:
    print('math.sqrt(2**48)', type(ex).__name__, ex)
try:
    print('math.atan2(0.5, -0.0)', math.atan2(0.5, -0.0))
except Exception as ex:
    print('math.atan2(0.5, -0.0)', type(ex).__name__, ex)
try:
    print('(0.5).imag', (0.5).imag)
except Exception as ex:
    print('(0.5).imag', type(ex).__name__, ex)
try:
    print('math.hypot(10**20, True)', math.hypot(10**20, True))
except Exception as ex:
    print('math.hypot(10**20, True)', type(ex).__name__, ex)
try:
    print('(1e-300) <= (False)', (1e-300) <= (False))
except Exception as ex:
    print('(1e-300) <= (False)', type(ex).__name__, ex)
try:
    print('(-2**48) ^ (float("inf"))', (-2**48) ^ (float("inf")))
except Exception as ex:
    print('(-2**48) ^ (float("inf"))', type(ex).__name__, ex)
try:
    print('(3**100).as_integer_ratio()', (3**100).as_integer_ratio())
except Exception as ex:
    print('(3**100).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(2**53+1) // (3**100)', (2**53+1) // (3**100))
except Exception as ex:
    print('(2**53+1) // (3**100)', type(ex).__name__, ex)
try:
    print('(0.0).__round__()', (0.0).__round__())
except Exception as ex:
    print('(0.0).__round__()', type(ex).__name__, ex)
try:
    print('int(-float("inf"))', int(-float("inf")))
except Exception as ex:
    print('int(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1j) % (-float("inf"))', (1j) % (-float("inf")))
except Exception as ex:
    print('(1j) % (-float("inf"))', type(ex).__name__, ex)
try:
    print('round(-2**48, -1)', round(-2**48, -1))
except Exception as ex:
    print('round(-2**48, -1)', type(ex).__name__, ex)
try:
    print('(-float("inf")) / (-13)', (-float("inf")) / (-13))
except Exception as ex:
    print('(-float("inf")) / (-13)', type(ex).__name__, ex)
try:
    print('(0.0) != (0.0)', (0.0) != (0.0))
except Exception as ex:
    print('(0.0) != (0.0)', type(ex).__name__, ex)
try:
    print('(1e300) - (0)', (1e300) - (0))
except Exception as ex:
    print('(1e300) - (0)', type(ex).__name__, ex)
try:
    print('math.hypot(float("inf"), 0.5)', math.hypot(float("inf"), 0.5))
except Exception as ex:
    print('math.hypot(float("inf"), 0.5)', type(ex).__name__, ex)
try:
    print('(3**100).as_integer_ratio()', (3**100).as_integer_ratio())
except Exception as ex:
    print('(3**100).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('((0.5+0j)) == (True)', ((0.5+0j)) == (True))
except Exception as ex:
    print('((0.5+0j)) == (True)', type(ex).__name__, ex)
try:
    print('(1e16) + ((2-3j))', (1e16) + ((2-3j)))
except Exception as ex:
    print('(1e16) + ((2-3j))', type(ex).__name__, ex)
try:
    print('hash(True)', hash(True))
except Exception as ex:
    print('hash(True)', type(ex).__name__, ex)
try:
    print('(-float("inf")) & (-float("inf"))', (-float("inf")) & (-float("inf")))
except Exception as ex:
    print('(-float("inf")) & (-float("inf"))', type(ex).__name__, ex)
try:
    print('((2-3j)) + (-1)', ((2-3j)) + (-1))
except Exception as ex:
    print('((2-3j)) + (-1)', type(ex).__name__, ex)
try:
    print('(3**100) >= (-1)', (3**100) >= (-1))
except Exception as ex:
    print('(3**100) >= (-1)', type(ex).__name__, ex)
try:
    print('round(2**63, 2)', round(2**63, 2))
except Exception as ex:
    print('round(2**63, 2)', type(ex).__name__, ex)
try:
    print('(1e300).is_integer()', (1e300).is_integer())
except Exception as ex:
    print('(1e300).is_integer()', type(ex).__name__, ex)
try:
    print('(float("inf")) | ((0.5+0j))', (float("inf")) | ((0.5+0j)))
except Exception as ex:
    print('(float("inf")) | ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(2**63) - (-13)', (2**63) - (-13))
except Exception as ex:
    print('(2**63) - (-13)', type(ex).__name__, ex)
try:
    print('(1e300) / (-2**48)', (1e300) / (-2**48))
except Exception as ex:
    print('(1e300) / (-2**48)', type(ex).__name__, ex)
try:
    print('repr(-float("inf"))', repr(-float("inf")))
except Exception as ex:
    print('repr(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1j) / (3**100)', (1j) / (3**100))
except Exception as ex:
    print('(1j) / (3**100)', type(ex).__name__, ex)
try:
    print('(2**48) ^ (-13)', (2**48) ^ (-13))
except Exception as ex:
    print('(2**48) ^ (-13)', type(ex).__name__, ex)
try:
    print('abs((2-3j))', abs((2-3j)))
except Exception as ex:
    print('abs((2-3j))', type(ex).__name__, ex)
try:
    print('(0.5) > ((0.5+0j))', (0.5) > ((0.5+0j)))
except Exception as ex:
    print('(0.5) > ((0.5+0j))', type(ex).__name__, ex)
try:
    print('round((2-3j), -1)', round((2-3j), -1))
except Exception as ex:
    print('round((2-3j), -1)', type(ex).__name__, ex)
try:
    print('(2**53+1) > (1j)', (2**53+1) > (1j))
except Exception as ex:
    print('(2**53+1) > (1j)', type(ex).__name__, ex)
try:
    print('round(-10**25)', round(-10**25))
except Exception as ex:
    print('round(-10**25)', type(ex).__name__, ex)
try:
    print('(-0.0) & (float("inf"))', (-0.0) & (float("inf")))
except Exception as ex:
    print('(-0.0) & (float("inf"))', type(ex).__name__, ex)
try:
    print('(0.5) << (float("inf"))', (0.5) << (float("inf")))
except Exception as ex:
    print('(0.5) << (float("inf"))', type(ex).__name__, ex)
try:
    print('(0) <= (-float("inf"))', (0) <= (-float("inf")))
except Exception as ex:
    print('(0) <= (-float("inf"))', type(ex).__name__, ex)
try:
    print('math.isclose(True, 2**48)', math.isclose(True, 2**48))
except Exception as ex:
    print('math.isclose(True, 2**48)', type(ex).__name__, ex)
try:
    print('(1j) / (-1)', (1j) / (-1))
except Exception as ex:
    print('(1j) / (-1)', type(ex).__name__, ex)
try:
    print('math.ceil(123.456)', math.ceil(123.456))
except Exception as ex:
    print('math.ceil(123.456)', type(ex).__name__, ex)
try:
    print('(3**100) ^ (7)', (3**100) ^ (7))
except Exception as ex:
    print('(3**100) ^ (7)', type(ex).__name__, ex)
try:
    print('format(2**53+1, ">12")', format(2**53+1, ">12"))
except Exception as ex:
    print('format(2**53+1, ">12")', type(ex).__name__, ex)
try:
    print('math.isclose(-1, 0)', math.isclose(-1, 0))
except Exception as ex:
    print('math.isclose(-1, 0)', type(ex).__name__, ex)
try:
    print('min(1j, 0.5)', min(1j, 0.5))
except Exception as ex:
    print('min(1j, 0.5)', type(ex).__name__, ex)
try:
    print('(-1) + (10**20)', (-1) + (10**20))
except Exception as ex:
    print('(-1) + (10**20)', type(ex).__name__, ex)
try:
    print('round(1j, -1)', round(1j, -1))
except Exception as ex:
    print('round(1j, -1)', type(ex).__name__, ex)
try:
    print('(1) + (-float("inf"))', (1) + (-float("inf")))
except Exception as ex:
    print('(1) + (-float("inf"))', type(ex).__name__, ex)
try:
    print('(10**20) / (1j)', (10**20) / (1j))
except Exception as ex:
    print('(10**20) / (1j)', type(ex).__name__, ex)
try:
    print('(3**100) ^ (10**20)', (3**100) ^ (10**20))
except Exception as ex:
    print('(3**100) ^ (10**20)', type(ex).__name__, ex)
try:
    print('math.trunc(-0.0)', math.trunc(-0.0))
except Exception as ex:
    print('math.trunc(-0.0)', type(ex).__name__, ex)
try:
    print('(0) > (1)', (0) > (1))
except Exception as ex:
    print('(0) > (1)', type(ex).__name__, ex)
try:
    print('(3**100) | (7)', (3**100) | (7))
except Exception as ex:
    print('(3**100) | (7)', type(ex).__name__, ex)
try:
    print('(0) ^ (0.5)', (0) ^ (0.5))
except Exception as ex:
    print('(0) ^ (0.5)', type(ex).__name__, ex)
try:
    print('bool(123.456)', bool(123.456))
except Exception as ex:
    print('bool(123.456)', type(ex).__name__, ex)
try:
    print('math.floor(-2**48)', math.floor(-2**48))
except Exception as ex:
    print('math.floor(-2**48)', type(ex).__name__, ex)
try:
    print('(True).imag', (True).imag)
except Exception as ex:
    print('(True).imag', type(ex).__name__, ex)
try:
    print('(-10**25) != (False)', (-10**25) != (False))
except Exception as ex:
    print('(-10**25) != (False)', type(ex).__name__, ex)
try:
    print('((2-3j)) < (-13)', ((2-3j)) < (-13))
except Exception as ex:
    print('((2-3j)) < (-13)', type(ex).__name__, ex)
try:
    print('format(7, ".3g")', format(7, ".3g"))
except Exception as ex:
    print('format(7, ".3g")', type(ex).__name__, ex)
try:
    print('divmod(True, 1)', divmod(True, 1))
except Exception as ex:
    print('divmod(True, 1)', type(ex).__name__, ex)
try:
    print('(0.0) % (0.0)', (0.0) % (0.0))
except Exception as ex:
    print('(0.0) % (0.0)', type(ex).__name__, ex)
try:
    print('(float("inf")) << (0.0)', (float("inf")) << (0.0))
except Exception as ex:
    print('(float("inf")) << (0.0)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 123.456)', math.ldexp(1.5, 123.456))
except Exception as ex:
    print('math.ldexp(1.5, 123.456)', type(ex).__name__, ex)
try:
    print('(10**20) - (-10**25)', (10**20) - (-10**25))
except Exception as ex:
    print('(10**20) - (-10**25)', type(ex).__name__, ex)
try:
    print('(-0.0) ^ (7)', (-0.0) ^ (7))
except Exception as ex:
    print('(-0.0) ^ (7)', type(ex).__name__, ex)
try:
    print('str(0.5)', str(0.5))
except Exception as ex:
    print('str(0.5)', type(ex).__name__, ex)
try:
    print('(True) * (-2**48)', (True) * (-2**48))
except Exception as ex:
    print('(True) * (-2**48)', type(ex).__name__, ex)
try:
    print('(2**48).hex()', (2**48).hex())
except Exception as ex:
    print('(2**48).hex()', type(ex).__name__, ex)
try:
    print('math.isclose(1e16, (0.5+0j))', math.isclose(1e16, (0.5+0j)))
except Exception as ex:
    print('math.isclose(1e16, (0.5+0j))', type(ex).__name__, ex)
try:
    print('round(1e300)', round(1e300))
except Exception as ex:
    print('round(1e300)', type(ex).__name__, ex)
try:
    print('max(10**20, 1j)', max(10**20, 1j))
except Exception as ex:
    print('max(10**20, 1j)', type(ex).__name__, ex)
try:
    print('(3**100).__round__()', (3**100).__round__())
except Exception as ex:
    print('(3**100).__round__()', type(ex).__name__, ex)
try:
    print('(float("inf")) < (1j)', (float("inf")) < (1j))
except Exception as ex:
    print('(float("inf")) < (1j)', type(ex).__name__, ex)
try:
    print('(2**53+1).bit_length()', (2**53+1).bit_length())
except Exception as ex:
    print('(2**53+1).bit_length()', type(ex).__name__, ex)
try:
    print('(-float("inf")) * ((0.5+0j))', (-float("inf")) * ((0.5+0j)))
except Exception as ex:
    print('(-float("inf")) * ((0.5+0j))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) == ((0.5+0j))', ((0.5+0j)) == ((0.5+0j)))
except Exception as ex:
    print('((0.5+0j)) == ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1) * (0)', (1) * (0))
except Exception as ex:
    print('(1) * (0)', type(ex).__name__, ex)
try:
    print('(0) < (0)', (0) < (0))
except Exception as ex:
    print('(0) < (0)', type(ex).__name__, ex)
try:
    print('str(10**20)', str(10**20))
except Exception as ex:
    print('str(10**20)', type(ex).__name__, ex)
try:
    print('(True).hex()', (True).hex())
except Exception as ex:
    print('(True).hex()', type(ex).__name__, ex)
try:
    print('round(0.0)', round(0.0))
except Exception as ex:
    print('round(0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)) + (7)', ((2-3j)) + (7))
except Exception as ex:
    print('((2-3j)) + (7)', type(ex).__name__, ex)
try:
    print('(1) + (1)', (1) + (1))
except Exception as ex:
    print('(1) + (1)', type(ex).__name__, ex)
try:
    print('(2**53+1) > (0)', (2**53+1) > (0))
except Exception as ex:
    print('(2**53+1) > (0)', type(ex).__name__, ex)
try:
    print('float.fromhex((-2.5).hex())', float.fromhex((-2.5).hex()))
except Exception as ex:
    print('float.fromhex((-2.5).hex())', type(ex).__name__, ex)
try:
    print('(1j) > (1)', (1j) > (1))
except Exception as ex:
    print('(1j) > (1)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -1)', math.copysign(1, -1))
except Exception as ex:
    print('math.copysign(1, -1)', type(ex).__name__, ex)
try:
    print('repr(2**63)', repr(2**63))
except Exception as ex:
    print('repr(2**63)', type(ex).__name__, ex)
try:
    print('(0.0) ** (-1)', (0.0) ** (-1))
except Exception as ex:
    print('(0.0) ** (-1)', type(ex).__name__, ex)
try:
    print('(-2.5) >> (1e300)', (-2.5) >> (1e300))
except Exception as ex:
    print('(-2.5) >> (1e300)', type(ex).__name__, ex)
try:
    print('math.ceil(123.456)', math.ceil(123.456))
except Exception as ex:
    print('math.ceil(123.456)', type(ex).__name__, ex)
try:
    print('hash(3**100)', hash(3**100))
except Exception as ex:
    print('hash(3**100)', type(ex).__name__, ex)
try:
    print('abs(-13)', abs(-13))
except Exception as ex:
    print('abs(-13)', type(ex).__name__, ex)
try:
    print('round(-2**48)', round(-2**48))
except Exception as ex:
    print('round(-2**48)', type(ex).__name__, ex)
try:
    print('(True) < (2**48)', (True) < (2**48))
except Exception as ex:
    print('(True) < (2**48)', type(ex).__name__, ex)
try:
    print('(float("inf")) | (-0.0)', (float("inf")) | (-0.0))
except Exception as ex:
    print('(float("inf")) | (-0.0)', type(ex).__name__, ex)
try:
    print('math.atan2(-1, 10**20)', math.atan2(-1, 10**20))
except Exception as ex:
    print('math.atan2(-1, 10**20)', type(ex).__name__, ex)
try:
    print('(-10**25) - (1e300)', (-10**25) - (1e300))
except Exception as ex:
    print('(-10**25) - (1e300)', type(ex).__name__, ex)
try:
    print('format(-13, ">12")', format(-13, ">12"))
except Exception as ex:
    print('format(-13, ">12")', type(ex).__name__, ex)
try:
    print('(3**100) % (7)', (3**100) % (7))
except Exception as ex:
    print('(3**100) % (7)', type(ex).__name__, ex)
try:
    print('(True) | (False)', (True) | (False))
except Exception as ex:
    print('(True) | (False)', type(ex).__name__, ex)
try:
    print('math.log((2-3j))', math.log((2-3j)))
except Exception as ex:
    print('math.log((2-3j))', type(ex).__name__, ex)
try:
    print('(1j) < (-2**48)', (1j) < (-2**48))
except Exception as ex:
    print('(1j) < (-2**48)', type(ex).__name__, ex)
try:
    print('round(2**48)', round(2**48))
except Exception as ex:
    print('round(2**48)', type(ex).__name__, ex)
try:
    print('(-0.0) == (7)', (-0.0) == (7))
except Exception as ex:
    print('(-0.0) == (7)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) != (3**100)', ((0.5+0j)) != (3**100))
except Exception as ex:
    print('((0.5+0j)) != (3**100)', type(ex).__name__, ex)
try:
    print('(123.456) <= (-13)', (123.456) <= (-13))
except Exception as ex:
    print('(123.456) <= (-13)', type(ex).__name__, ex)
try:
    print('(-2.5) >= (1e300)', (-2.5) >= (1e300))
except Exception as ex:
    print('(-2.5) >= (1e300)', type(ex).__name__, ex)
try:
    print('(1e300) // (7)', (1e300) // (7))
except Exception as ex:
    print('(1e300) // (7)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) % (0.0)', ((0.5+0j)) % (0.0))
except Exception as ex:
    print('((0.5+0j)) % (0.0)', type(ex).__name__, ex)
try:
    print('~(2**63)', ~(2**63))
except Exception as ex:
    print('~(2**63)', type(ex).__name__, ex)
try:
    print('(False) % (1e-300)', (False) % (1e-300))
except Exception as ex:
    print('(False) % (1e-300)', type(ex).__name__, ex)
try:
    print('(False) >= (-2**48)', (False) >= (-2**48))
except Exception as ex:
    print('(False) >= (-2**48)', type(ex).__name__, ex)
try:
    print('~(2**48)', ~(2**48))
except Exception as ex:
    print('~(2**48)', type(ex).__name__, ex)
try:
    print('(-2**48).__round__()', (-2**48).__round__())
except Exception as ex:
    print('(-2**48).__round__()', type(ex).__name__, ex)
try:
    print('bool(123.456)', bool(123.456))
except Exception as ex:
    print('bool(123.456)', type(ex).__name__, ex)
try:
    print('hash(-1)', hash(-1))
except Exception as ex:
    print('hash(-1)', type(ex).__name__, ex)
try:
    print('(-2.5) % (-0.0)', (-2.5) % (-0.0))
except Exception as ex:
    print('(-2.5) % (-0.0)', type(ex).__name__, ex)
try:
    print('abs(10**20)', abs(10**20))
except Exception as ex:
    print('abs(10**20)', type(ex).__name__, ex)
try:
    print('(7) > (2**63)', (7) > (2**63))
except Exception as ex:
    print('(7) > (2**63)', type(ex).__name__, ex)
try:
    print('(1).bit_length()', (1).bit_length())
except Exception as ex:
    print('(1).bit_length()', type(ex).__name__, ex)
try:
    print('(0) ** (1j)', (0) ** (1j))
except Exception as ex:
    print('(0) ** (1j)', type(ex).__name__, ex)
try:
    print('(123.456) >> (1e16)', (123.456) >> (1e16))
except Exception as ex:
    print('(123.456) >> (1e16)', type(ex).__name__, ex)
try:
    print('math.hypot((0.5+0j), 2**48)', math.hypot((0.5+0j), 2**48))
except Exception as ex:
    print('math.hypot((0.5+0j), 2**48)', type(ex).__name__, ex)
try:
    print('(False) + (-0.0)', (False) + (-0.0))
except Exception as ex:
    print('(False) + (-0.0)', type(ex).__name__, ex)
try:
    print('math.ceil(3**100)', math.ceil(3**100))
except Exception as ex:
    print('math.ceil(3**100)', type(ex).__name__, ex)
try:
    print('math.isclose(2**53+1, 10**20)', math.isclose(2**53+1, 10**20))
except Exception as ex:
    print('math.isclose(2**53+1, 10**20)', type(ex).__name__, ex)
try:
    print('(10**20) // (0)', (10**20) // (0))
except Exception as ex:
    print('(10**20) // (0)', type(ex).__name__, ex)
try:
    print('math.floor(2**48)', math.floor(2**48))
except Exception as ex:
    print('math.floor(2**48)', type(ex).__name__, ex)
try:
    print('(2**53+1) != (-10**25)', (2**53+1) != (-10**25))
except Exception as ex:
    print('(2**53+1) != (-10**25)', type(ex).__name__, ex)
try:
    print('(7) != (-2**48)', (7) != (-2**48))
except Exception as ex:
    print('(7) != (-2**48)', type(ex).__name__, ex)
try:
    print('(2**63) | (2**53+1)', (2**63) | (2**53+1))
except Exception as ex:
    print('(2**63) | (2**53+1)', type(ex).__name__, ex)
try:
    print('((2-3j)) * ((0.5+0j))', ((2-3j)) * ((0.5+0j)))
except Exception as ex:
    print('((2-3j)) * ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.ceil(0.5)', math.ceil(0.5))
except Exception as ex:
    print('math.ceil(0.5)', type(ex).__name__, ex)
try:
    print('math.gcd(7, 0)', math.gcd(7, 0))
except Exception as ex:
    print('math.gcd(7, 0)', type(ex).__name__, ex)
try:
    print('round(123.456, -1)', round(123.456, -1))
except Exception as ex:
    print('round(123.456, -1)', type(ex).__name__, ex)
try:
    print('-((2-3j))', -((2-3j)))
except Exception as ex:
    print('-((2-3j))', type(ex).__name__, ex)
try:
    print('(0.0) & (-float("inf"))', (0.0) & (-float("inf")))
except Exception as ex:
    print('(0.0) & (-float("inf"))', type(ex).__name__, ex)
try:
    print('format(False, ".3g")', format(False, ".3g"))
except Exception as ex:
    print('format(False, ".3g")', type(ex).__name__, ex)
try:
    print('(1j) + (0.0)', (1j) + (0.0))
except Exception as ex:
    print('(1j) + (0.0)', type(ex).__name__, ex)
try:
    print('(1e300) & (1)', (1e300) & (1))
except Exception as ex:
    print('(1e300) & (1)', type(ex).__name__, ex)
try:
    print('(2**53+1) - (-0.0)', (2**53+1) - (-0.0))
except Exception as ex:
    print('(2**53+1) - (-0.0)', type(ex).__name__, ex)
try:
    print('math.sqrt(1e300)', math.sqrt(1e300))
except Exception as ex:
    print('math.sqrt(1e300)', type(ex).__name__, ex)
try:
    print('(False) % (123.456)', (False) % (123.456))
except Exception as ex:
    print('(False) % (123.456)', type(ex).__name__, ex)
try:
    print('-(3**100)', -(3**100))
except Exception as ex:
    print('-(3**100)', type(ex).__name__, ex)
try:
    print('(10**20).as_integer_ratio()', (10**20).as_integer_ratio())
except Exception as ex:
    print('(10**20).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(2**63).__round__()', (2**63).__round__())
except Exception as ex:
    print('(2**63).__round__()', type(ex).__name__, ex)
try:
    print('(1e300) // (-float("inf"))', (1e300) // (-float("inf")))
except Exception as ex:
    print('(1e300) // (-float("inf"))', type(ex).__name__, ex)
try:
    print('math.isclose(-2**48, 1e16)', math.isclose(-2**48, 1e16))
except Exception as ex:
    print('math.isclose(-2**48, 1e16)', type(ex).__name__, ex)
try:
    print('math.ceil(2**48)', math.ceil(2**48))
except Exception as ex:
    print('math.ceil(2**48)', type(ex).__name__, ex)
try:
    print('~(1)', ~(1))
except Exception as ex:
    print('~(1)', type(ex).__name__, ex)
try:
    print('(-10**25) ** (1)', (-10**25) ** (1))
except Exception as ex:
    print('(-10**25) ** (1)', type(ex).__name__, ex)
try:
    print('(0.5).conjugate()', (0.5).conjugate())
except Exception as ex:
    print('(0.5).conjugate()', type(ex).__name__, ex)
try:
    print('(2**48) > (2**53+1)', (2**48) > (2**53+1))
except Exception as ex:
    print('(2**48) > (2**53+1)', type(ex).__name__, ex)
try:
    print('(7) ** ((2-3j))', (7) ** ((2-3j)))
except Exception as ex:
    print('(7) ** ((2-3j))', type(ex).__name__, ex)
try:
    print('((2-3j)) - ((0.5+0j))', ((2-3j)) - ((0.5+0j)))
except Exception as ex:
    print('((2-3j)) - ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-10**25) % (123.456)', (-10**25) % (123.456))
except Exception as ex:
    print('(-10**25) % (123.456)', type(ex).__name__, ex)
try:
    print('(-1) / (1)', (-1) / (1))
except Exception as ex:
    print('(-1) / (1)', type(ex).__name__, ex)
try:
    print('(3**100) < (-2**48)', (3**100) < (-2**48))
except Exception as ex:
    print('(3**100) < (-2**48)', type(ex).__name__, ex)
try:
    print('(1e16).bit_length()', (1e16).bit_length())
except Exception as ex:
    print('(1e16).bit_length()', type(ex).__name__, ex)
try:
    print('(-10**25) == (123.456)', (-10**25) == (123.456))
except Exception as ex:
    print('(-10**25) == (123.456)', type(ex).__name__, ex)
try:
    print('(-0.0) - (1e16)', (-0.0) - (1e16))
except Exception as ex:
    print('(-0.0) - (1e16)', type(ex).__name__, ex)
try:
    print('repr(7)', repr(7))
except Exception as ex:
    print('repr(7)', type(ex).__name__, ex)
try:
    print('(-10**25).real', (-10**25).real)
except Exception as ex:
    print('(-10**25).real', type(ex).__name__, ex)
try:
    print('(2**63) >= (1e16)', (2**63) >= (1e16))
except Exception as ex:
    print('(2**63) >= (1e16)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 1)', math.ldexp(1.5, 1))
except Exception as ex:
    print('math.ldexp(1.5, 1)', type(ex).__name__, ex)
try:
    print('(True) / (0)', (True) / (0))
except Exception as ex:
    print('(True) / (0)', type(ex).__name__, ex)
try:
    print('(0.0) | (0)', (0.0) | (0))
except Exception as ex:
    print('(0.0) | (0)', type(ex).__name__, ex)
try:
    print('(True) | (2**53+1)', (True) | (2**53+1))
except Exception as ex:
    print('(True) | (2**53+1)', type(ex).__name__, ex)
try:
    print('(1e16) < ((2-3j))', (1e16) < ((2-3j)))
except Exception as ex:
    print('(1e16) < ((2-3j))', type(ex).__name__, ex)
try:
    print('round(-2**48, 2)', round(-2**48, 2))
except Exception as ex:
    print('round(-2**48, 2)', type(ex).__name__, ex)
try:
    print('-(-2**48)', -(-2**48))
except Exception as ex:
    print('-(-2**48)', type(ex).__name__, ex)
try:
    print('math.atan2(-2.5, 2**53+1)', math.atan2(-2.5, 2**53+1))
except Exception as ex:
    print('math.atan2(-2.5, 2**53+1)', type(ex).__name__, ex)
try:
    print('float.fromhex((1e16).hex())', float.fromhex((1e16).hex()))
except Exception as ex:
    print('float.fromhex((1e16).hex())', type(ex).__name__, ex)
try:
    print('math.isclose(10**20, 2**63)', math.isclose(10**20, 2**63))
except Exception as ex:
    print('math.isclose(10**20, 2**63)', type(ex).__name__, ex)
try:
    print('(0.0) < (-13)', (0.0) < (-13))
except Exception as ex:
    print('(0.0) < (-13)', type(ex).__name__, ex)
try:
    print('format(2**48, "+,")', format(2**48, "+,"))
except Exception as ex:
    print('format(2**48, "+,")', type(ex).__name__, ex)
try:
    print('(10**20) >= (3**100)', (10**20) >= (3**100))
except Exception as ex:
    print('(10**20) >= (3**100)', type(ex).__name__, ex)
try:
    print('((2-3j)) / (1j)', ((2-3j)) / (1j))
except Exception as ex:
    print('((2-3j)) / (1j)', type(ex).__name__, ex)
try:
    print('math.log(1e16)', math.log(1e16))
except Exception as ex:
    print('math.log(1e16)', type(ex).__name__, ex)
try:
    print('divmod(0.5, 2**48)', divmod(0.5, 2**48))
except Exception as ex:
    print('divmod(0.5, 2**48)', type(ex).__name__, ex)
try:
    print('(1e16) + (True)', (1e16) + (True))
except Exception as ex:
    print('(1e16) + (True)', type(ex).__name__, ex)
try:
    print('max(3**100, -0.0)', max(3**100, -0.0))
except Exception as ex:
    print('max(3**100, -0.0)', type(ex).__name__, ex)
try:
    print('hash(-13)', hash(-13))
except Exception as ex:
    print('hash(-13)', type(ex).__name__, ex)
try:
    print('(3**100).__round__()', (3**100).__round__())
except Exception as ex:
    print('(3**100).__round__()', type(ex).__name__, ex)
try:
    print('(2**63).as_integer_ratio()', (2**63).as_integer_ratio())
except Exception as ex:
    print('(2**63).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('min(0.5, 7)', min(0.5, 7))
except Exception as ex:
    print('min(0.5, 7)', type(ex).__name__, ex)
try:
    print('~(-13)', ~(-13))
except Exception as ex:
    print('~(-13)', type(ex).__name__, ex)
try:
    print('bool((2-3j))', bool((2-3j)))
except Exception as ex:
    print('bool((2-3j))', type(ex).__name__, ex)
try:
    print('(2**48) + (1e300)', (2**48) + (1e300))
except Exception as ex:
    print('(2**48) + (1e300)', type(ex).__name__, ex)
try:
    print('(0.0).real', (0.0).real)
except Exception as ex:
    print('(0.0).real', type(ex).__name__, ex)
try:
    print('(-10**25).imag', (-10**25).imag)
except Exception as ex:
    print('(-10**25).imag', type(ex).__name__, ex)
try:
    print('(0.5) ^ (1j)', (0.5) ^ (1j))
except Exception as ex:
    print('(0.5) ^ (1j)', type(ex).__name__, ex)
try:
    print('(-2**48) >> (1)', (-2**48) >> (1))
except Exception as ex:
    print('(-2**48) >> (1)', type(ex).__name__, ex)
try:
    print('(2**48) >= (0.5)', (2**48) >= (0.5))
except Exception as ex:
    print('(2**48) >= (0.5)', type(ex).__name__, ex)
try:
    print('(2**53+1) & (True)', (2**53+1) & (True))
except Exception as ex:
    print('(2**53+1) & (True)', type(ex).__name__, ex)
try:
    print('format(1j, ">12")', format(1j, ">12"))
except Exception as ex:
    print('format(1j, ">12")', type(ex).__name__, ex)
try:
    print('((2-3j)) ^ (1j)', ((2-3j)) ^ (1j))
except Exception as ex:
    print('((2-3j)) ^ (1j)', type(ex).__name__, ex)
try:
    print('abs(-10**25)', abs(-10**25))
except Exception as ex:
    print('abs(-10**25)', type(ex).__name__, ex)
try:
    print('math.gcd(3**100, -2.5)', math.gcd(3**100, -2.5))
except Exception as ex:
    print('math.gcd(3**100, -2.5)', type(ex).__name__, ex)
try:
    print('(float("inf")).__round__()', (float("inf")).__round__())
except Exception as ex:
    print('(float("inf")).__round__()', type(ex).__name__, ex)
try:
    print('(2**53+1) << (0.0)', (2**53+1) << (0.0))
except Exception as ex:
    print('(2**53+1) << (0.0)', type(ex).__name__, ex)
try:
    print('(float("inf")) ^ (1)', (float("inf")) ^ (1))
except Exception as ex:
    print('(float("inf")) ^ (1)', type(ex).__name__, ex)
try:
    print('(7).as_integer_ratio()', (7).as_integer_ratio())
except Exception as ex:
    print('(7).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(float("inf")) >> (3**100)', (float("inf")) >> (3**100))
except Exception as ex:
    print('(float("inf")) >> (3**100)', type(ex).__name__, ex)
try:
    print('((2-3j)) // (1)', ((2-3j)) // (1))
except Exception as ex:
    print('((2-3j)) // (1)', type(ex).__name__, ex)
try:
    print('(123.456) >> (7)', (123.456) >> (7))
except Exception as ex:
    print('(123.456) >> (7)', type(ex).__name__, ex)
try:
    print('(float("inf")) ^ (-13)', (float("inf")) ^ (-13))
except Exception as ex:
    print('(float("inf")) ^ (-13)', type(ex).__name__, ex)
try:
    print('math.atan2(-1, True)', math.atan2(-1, True))
except Exception as ex:
    print('math.atan2(-1, True)', type(ex).__name__, ex)
try:
    print('(-13) + (7)', (-13) + (7))
except Exception as ex:
    print('(-13) + (7)', type(ex).__name__, ex)
try:
    print('(-2**48) // (0.5)', (-2**48) // (0.5))
except Exception as ex:
    print('(-2**48) // (0.5)', type(ex).__name__, ex)
try:
    print('math.ceil((0.5+0j))', math.ceil((0.5+0j)))
except Exception as ex:
    print('math.ceil((0.5+0j))', type(ex).__name__, ex)
try:
    print('float(1e-300)', float(1e-300))
except Exception as ex:
    print('float(1e-300)', type(ex).__name__, ex)
try:
    print('(-0.0) > (-0.0)', (-0.0) > (-0.0))
except Exception as ex:
    print('(-0.0) > (-0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)) < (-0.0)', ((2-3j)) < (-0.0))
except Exception as ex:
    print('((2-3j)) < (-0.0)', type(ex).__name__, ex)
try:
    print('(2**53+1) % (True)', (2**53+1) % (True))
except Exception as ex:
    print('(2**53+1) % (True)', type(ex).__name__, ex)
try:
    print('math.hypot(2**63, 10**20)', math.hypot(2**63, 10**20))
except Exception as ex:
    print('math.hypot(2**63, 10**20)', type(ex).__name__, ex)
try:
    print('(2**63) ^ (2**48)', (2**63) ^ (2**48))
except Exception as ex:
    print('(2**63) ^ (2**48)', type(ex).__name__, ex)
try:
    print('pow(2**53+1, 7, 7)', pow(2**53+1, 7, 7))
except Exception as ex:
    print('pow(2**53+1, 7, 7)', type(ex).__name__, ex)
try:
    print('((2-3j)) / (1e16)', ((2-3j)) / (1e16))
except Exception as ex:
    print('((2-3j)) / (1e16)', type(ex).__name__, ex)
try:
    print('round(10**20, -1)', round(10**20, -1))
except Exception as ex:
    print('round(10**20, -1)', type(ex).__name__, ex)
try:
    print('(10**20) >= (0.0)', (10**20) >= (0.0))
except Exception as ex:
    print('(10**20) >= (0.0)', type(ex).__name__, ex)
try:
    print('abs(True)', abs(True))
except Exception as ex:
    print('abs(True)', type(ex).__name__, ex)
try:
    print('(0.5) - (10**20)', (0.5) - (10**20))
except Exception as ex:
    print('(0.5) - (10**20)', type(ex).__name__, ex)
try:
    print('min(-2**48, True)', min(-2**48, True))
except Exception as ex:
    print('min(-2**48, True)', type(ex).__name__, ex)
try:
    print('(-float("inf")) <= (-2**48)', (-float("inf")) <= (-2**48))
except Exception as ex:
    print('(-float("inf")) <= (-2**48)', type(ex).__name__, ex)
try:
    print('(-13).as_integer_ratio()', (-13).as_integer_ratio())
except Exception as ex:
    print('(-13).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(True) * (True)', (True) * (True))
except Exception as ex:
    print('(True) * (True)', type(ex).__name__, ex)
try:
    print('(123.456) ** (7)', (123.456) ** (7))
except Exception as ex:
    print('(123.456) ** (7)', type(ex).__name__, ex)
try:
    print('(-2.5) ** (-0.0)', (-2.5) ** (-0.0))
except Exception as ex:
    print('(-2.5) ** (-0.0)', type(ex).__name__, ex)
try:
    print('min(1e16, 2**48)', min(1e16, 2**48))
except Exception as ex:
    print('min(1e16, 2**48)', type(ex).__name__, ex)
try:
    print('(1e300) ** (-float("inf"))', (1e300) ** (-float("inf")))
except Exception as ex:
    print('(1e300) ** (-float("inf"))', type(ex).__name__, ex)
try:
    print('(False) == (False)', (False) == (False))
except Exception as ex:
    print('(False) == (False)', type(ex).__name__, ex)
try:
    print('repr(0)', repr(0))
except Exception as ex:
    print('repr(0)', type(ex).__name__, ex)
try:
    print('math.copysign(1, -13)', math.copysign(1, -13))
except Exception as ex:
    print('math.copysign(1, -13)', type(ex).__name__, ex)
try:
    print('math.floor(True)', math.floor(True))
except Exception as ex:
    print('math.floor(True)', type(ex).__name__, ex)
try:
    print('bool(-2**48)', bool(-2**48))
except Exception as ex:
    print('bool(-2**48)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) ** (1j)', ((0.5+0j)) ** (1j))
except Exception as ex:
    print('((0.5+0j)) ** (1j)', type(ex).__name__, ex)
try:
    print('(0.5) | (1e16)', (0.5) | (1e16))
except Exception as ex:
    print('(0.5) | (1e16)', type(ex).__name__, ex)
try:
    print('round(1e16, 2)', round(1e16, 2))
except Exception as ex:
    print('round(1e16, 2)', type(ex).__name__, ex)
try:
    print('(3**100) % (1e-300)', (3**100) % (1e-300))
except Exception as ex:
    print('(3**100) % (1e-300)', type(ex).__name__, ex)
try:
    print('(1) // (float("inf"))', (1) // (float("inf")))
except Exception as ex:
    print('(1) // (float("inf"))', type(ex).__name__, ex)
try:
    print('math.isclose(1e16, -2.5)', math.isclose(1e16, -2.5))
except Exception as ex:
    print('math.isclose(1e16, -2.5)', type(ex).__name__, ex)
try:
    print('str(2**63)', str(2**63))
except Exception as ex:
    print('str(2**63)', type(ex).__name__, ex)
try:
    print('round(1, 2)', round(1, 2))
except Exception as ex:
    print('round(1, 2)', type(ex).__name__, ex)
try:
    print('(7).as_integer_ratio()', (7).as_integer_ratio())
except Exception as ex:
    print('(7).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('round(1, -1)', round(1, -1))
except Exception as ex:
    print('round(1, -1)', type(ex).__name__, ex)
try:
    print('math.gcd(-10**25, 0)', math.gcd(-10**25, 0))
except Exception as ex:
    print('math.gcd(-10**25, 0)', type(ex).__name__, ex)
try:
    print('(0) % (1e16)', (0) % (1e16))
except Exception as ex:
    print('(0) % (1e16)', type(ex).__name__, ex)
try:
    print('str(-13)', str(-13))
except Exception as ex:
    print('str(-13)', type(ex).__name__, ex)
try:
    print('format(0.5, ".3g")', format(0.5, ".3g"))
except Exception as ex:
    print('format(0.5, ".3g")', type(ex).__name__, ex)
try:
    print('(0).conjugate()', (0).conjugate())
except Exception as ex:
    print('(0).conjugate()', type(ex).__name__, ex)
try:
    print('(1e-300) << (-0.0)', (1e-300) << (-0.0))
except Exception as ex:
    print('(1e-300) << (-0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)) << (-float("inf"))', ((2-3j)) << (-float("inf")))
except Exception as ex:
    print('((2-3j)) << (-float("inf"))', type(ex).__name__, ex)
try:
    print('(7) >> (-13)', (7) >> (-13))
except Exception as ex:
    print('(7) >> (-13)', type(ex).__name__, ex)
try:
    print('(1) * (10**20)', (1) * (10**20))
except Exception as ex:
    print('(1) * (10**20)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) ** (float("inf"))', ((0.5+0j)) ** (float("inf")))
except Exception as ex:
    print('((0.5+0j)) ** (float("inf"))', type(ex).__name__, ex)
try:
    print('(2**63) & (1)', (2**63) & (1))
except Exception as ex:
    print('(2**63) & (1)', type(ex).__name__, ex)
try:
    print('(-float("inf")) - (-0.0)', (-float("inf")) - (-0.0))
except Exception as ex:
    print('(-float("inf")) - (-0.0)', type(ex).__name__, ex)
try:
    print('format(-0.0, ".3g")', format(-0.0, ".3g"))
except Exception as ex:
    print('format(-0.0, ".3g")', type(ex).__name__, ex)
try:
    print('(7) ** (0.0)', (7) ** (0.0))
except Exception as ex:
    print('(7) ** (0.0)', type(ex).__name__, ex)
try:
    print('(-10**25) >= ((0.5+0j))', (-10**25) >= ((0.5+0j)))
except Exception as ex:
    print('(-10**25) >= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.atan2(3**100, 10**20)', math.atan2(3**100, 10**20))
except Exception as ex:
    print('math.atan2(3**100, 10**20)', type(ex).__name__, ex)
try:
    print('(1e16) | (True)', (1e16) | (True))
except Exception as ex:
    print('(1e16) | (True)', type(ex).__name__, ex)
try:
    print('(-13).hex()', (-13).hex())
except Exception as ex:
    print('(-13).hex()', type(ex).__name__, ex)
try:
    print('(True).bit_length()', (True).bit_length())
except Exception as ex:
    print('(True).bit_length()', type(ex).__name__, ex)
try:
    print('((2-3j)).real', ((2-3j)).real)
except Exception as ex:
    print('((2-3j)).real', type(ex).__name__, ex)
try:
    print('(10**20) / (-1)', (10**20) / (-1))
except Exception as ex:
    print('(10**20) / (-1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).hex()', ((0.5+0j)).hex())
except Exception as ex:
    print('((0.5+0j)).hex()', type(ex).__name__, ex)
try:
    print('math.fmod(0, 3**100)', math.fmod(0, 3**100))
except Exception as ex:
    print('math.fmod(0, 3**100)', type(ex).__name__, ex)
try:
    print('(0.0).as_integer_ratio()', (0.0).as_integer_ratio())
except Exception as ex:
    print('(0.0).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(-2**48) != (-10**25)', (-2**48) != (-10**25))
except Exception as ex:
    print('(-2**48) != (-10**25)', type(ex).__name__, ex)
try:
    print('(10**20) * (-0.0)', (10**20) * (-0.0))
except Exception as ex:
    print('(10**20) * (-0.0)', type(ex).__name__, ex)
try:
    print('(-10**25).hex()', (-10**25).hex())
except Exception as ex:
    print('(-10**25).hex()', type(ex).__name__, ex)
try:
    print('(2**53+1) & (-1)', (2**53+1) & (-1))
except Exception as ex:
    print('(2**53+1) & (-1)', type(ex).__name__, ex)
try:
    print('int(1e300)', int(1e300))
except Exception as ex:
    print('int(1e300)', type(ex).__name__, ex)
try:
    print('(-10**25).__round__()', (-10**25).__round__())
except Exception as ex:
    print('(-10**25).__round__()', type(ex).__name__, ex)
try:
    print('(1) == (1e-300)', (1) == (1e-300))
except Exception as ex:
    print('(1) == (1e-300)', type(ex).__name__, ex)
try:
    print('math.atan2(1e300, 1e16)', math.atan2(1e300, 1e16))
except Exception as ex:
    print('math.atan2(1e300, 1e16)', type(ex).__name__, ex)
try:
    print('(7) - (2**48)', (7) - (2**48))
except Exception as ex:
    print('(7) - (2**48)', type(ex).__name__, ex)
try:
    print('str(1j)', str(1j))
except Exception as ex:
    print('str(1j)', type(ex).__name__, ex)
try:
    print('(2**53+1) // (False)', (2**53+1) // (False))
except Exception as ex:
    print('(2**53+1) // (False)', type(ex).__name__, ex)
try:
    print('(-10**25) > (0.5)', (-10**25) > (0.5))
except Exception as ex:
    print('(-10**25) > (0.5)', type(ex).__name__, ex)
try:
    print('(10**20) + (float("inf"))', (10**20) + (float("inf")))
except Exception as ex:
    print('(10**20) + (float("inf"))', type(ex).__name__, ex)
try:
    print('round(-float("inf"), 2)', round(-float("inf"), 2))
except Exception as ex:
    print('round(-float("inf"), 2)', type(ex).__name__, ex)
try:
    print('math.log(2**63)', math.log(2**63))
except Exception as ex:
    print('math.log(2**63)', type(ex).__name__, ex)
try:
    print('math.floor((2-3j))', math.floor((2-3j)))
except Exception as ex:
    print('math.floor((2-3j))', type(ex).__name__, ex)
try:
    print('(-float("inf")).conjugate()', (-float("inf")).conjugate())
except Exception as ex:
    print('(-float("inf")).conjugate()', type(ex).__name__, ex)
try:
    print('abs((2-3j))', abs((2-3j)))
except Exception as ex:
    print('abs((2-3j))', type(ex).__name__, ex)
try:
    print('(-float("inf")) >= (1j)', (-float("inf")) >= (1j))
except Exception as ex:
    print('(-float("inf")) >= (1j)', type(ex).__name__, ex)
try:
    print('(-float("inf")) + (-10**25)', (-float("inf")) + (-10**25))
except Exception as ex:
    print('(-float("inf")) + (-10**25)', type(ex).__name__, ex)
try:
    print('(-10**25) + (1)', (-10**25) + (1))
except Exception as ex:
    print('(-10**25) + (1)', type(ex).__name__, ex)
try:
    print('math.copysign(1, 0.5)', math.copysign(1, 0.5))
except Exception as ex:
    print('math.copysign(1, 0.5)', type(ex).__name__, ex)
try:
    print('(0.5) / (-0.0)', (0.5) / (-0.0))
except Exception as ex:
    print('(0.5) / (-0.0)', type(ex).__name__, ex)
try:
    print('(0) <= (-1)', (0) <= (-1))
except Exception as ex:
    print('(0) <= (-1)', type(ex).__name__, ex)
try:
    print('(3**100) > (0)', (3**100) > (0))
except Exception as ex:
    print('(3**100) > (0)', type(ex).__name__, ex)
try:
    print('math.gcd(2**48, 0)', math.gcd(2**48, 0))
except Exception as ex:
    print('math.gcd(2**48, 0)', type(ex).__name__, ex)
try:
    print('(7) | (-2.5)', (7) | (-2.5))
except Exception as ex:
    print('(7) | (-2.5)', type(ex).__name__, ex)
try:
    print('format(2**53+1, ">12")', format(2**53+1, ">12"))
except Exception as ex:
    print('format(2**53+1, ">12")', type(ex).__name__, ex)
try:
    print('(0) | ((0.5+0j))', (0) | ((0.5+0j)))
except Exception as ex:
    print('(0) | ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1e300).real', (1e300).real)
except Exception as ex:
    print('(1e300).real', type(ex).__name__, ex)
try:
    print('(-13) < (1e16)', (-13) < (1e16))
except Exception as ex:
    print('(-13) < (1e16)', type(ex).__name__, ex)
try:
    print('~(2**53+1)', ~(2**53+1))
except Exception as ex:
    print('~(2**53+1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) + (0.0)', ((0.5+0j)) + (0.0))
except Exception as ex:
    print('((0.5+0j)) + (0.0)', type(ex).__name__, ex)
try:
    print('math.isclose(-float("inf"), 1e-300)', math.isclose(-float("inf"), 1e-300))
except Exception as ex:
    print('math.isclose(-float("inf"), 1e-300)', type(ex).__name__, ex)
try:
    print('(-1) ^ (-float("inf"))', (-1) ^ (-float("inf")))
except Exception as ex:
    print('(-1) ^ (-float("inf"))', type(ex).__name__, ex)
try:
    print('math.isclose(-2.5, 2**53+1)', math.isclose(-2.5, 2**53+1))
except Exception as ex:
    print('math.isclose(-2.5, 2**53+1)', type(ex).__name__, ex)
try:
    print('(2**63) > (2**53+1)', (2**63) > (2**53+1))
except Exception as ex:
    print('(2**63) > (2**53+1)', type(ex).__name__, ex)
try:
    print('(123.456) | (float("inf"))', (123.456) | (float("inf")))
except Exception as ex:
    print('(123.456) | (float("inf"))', type(ex).__name__, ex)
try:
    print('repr(2**48)', repr(2**48))
except Exception as ex:
    print('repr(2**48)', type(ex).__name__, ex)
try:
    print('~(0.5)', ~(0.5))
except Exception as ex:
    print('~(0.5)', type(ex).__name__, ex)
try:
    print('(0.5) & (1j)', (0.5) & (1j))
except Exception as ex:
    print('(0.5) & (1j)', type(ex).__name__, ex)
try:
    print('math.copysign(1, True)', math.copysign(1, True))
except Exception as ex:
    print('math.copysign(1, True)', type(ex).__name__, ex)
try:
    print('(float("inf")) == (2**63)', (float("inf")) == (2**63))
except Exception as ex:
    print('(float("inf")) == (2**63)', type(ex).__name__, ex)
try:
    print('math.hypot(1e16, 123.456)', math.hypot(1e16, 123.456))
except Exception as ex:
    print('math.hypot(1e16, 123.456)', type(ex).__name__, ex)
try:
    print('(1e16) / (1e300)', (1e16) / (1e300))
except Exception as ex:
    print('(1e16) / (1e300)', type(ex).__name__, ex)
try:
    print('((0.5+0j)).as_integer_ratio()', ((0.5+0j)).as_integer_ratio())
except Exception as ex:
    print('((0.5+0j)).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('((2-3j)) < (-10**25)', ((2-3j)) < (-10**25))
except Exception as ex:
    print('((2-3j)) < (-10**25)', type(ex).__name__, ex)
try:
    print('(7) << (0)', (7) << (0))
except Exception as ex:
    print('(7) << (0)', type(ex).__name__, ex)
try:
    print('(-1) | (2**48)', (-1) | (2**48))
except Exception as ex:
    print('(-1) | (2**48)', type(ex).__name__, ex)
try:
    print('math.isclose(2**48, 0)', math.isclose(2**48, 0))
except Exception as ex:
    print('math.isclose(2**48, 0)', type(ex).__name__, ex)
try:
    print('bool(float("inf"))', bool(float("inf")))
except Exception as ex:
    print('bool(float("inf"))', type(ex).__name__, ex)
try:
    print('(False) == (1e-300)', (False) == (1e-300))
except Exception as ex:
    print('(False) == (1e-300)', type(ex).__name__, ex)
try:
    print('math.sqrt(0.0)', math.sqrt(0.0))
except Exception as ex:
    print('math.sqrt(0.0)', type(ex).__name__, ex)
try:
    print('divmod(1e16, 0.0)', divmod(1e16, 0.0))
except Exception as ex:
    print('divmod(1e16, 0.0)', type(ex).__name__, ex)
try:
    print('(1e-300) // (float("inf"))', (1e-300) // (float("inf")))
except Exception as ex:
    print('(1e-300) // (float("inf"))', type(ex).__name__, ex)
try:
    print('(123.456) <= (False)', (123.456) <= (False))
except Exception as ex:
    print('(123.456) <= (False)', type(ex).__name__, ex)
try:
    print('math.atan2(True, 3**100)', math.atan2(True, 3**100))
except Exception as ex:
    print('math.atan2(True, 3**100)', type(ex).__name__, ex)
try:
    print('str(2**53+1)', str(2**53+1))
except Exception as ex:
    print('str(2**53+1)', type(ex).__name__, ex)
try:
    print('(3**100) // (0.5)', (3**100) // (0.5))
except Exception as ex:
    print('(3**100) // (0.5)', type(ex).__name__, ex)
try:
    print('math.floor(-float("inf"))', math.floor(-float("inf")))
except Exception as ex:
    print('math.floor(-float("inf"))', type(ex).__name__, ex)
try:
    print('(1e300) ** (7)', (1e300) ** (7))
except Exception as ex:
    print('(1e300) ** (7)', type(ex).__name__, ex)
try:
    print('(float("inf")) * (10**20)', (float("inf")) * (10**20))
except Exception as ex:
    print('(float("inf")) * (10**20)', type(ex).__name__, ex)
try:
    print('math.log(-13)', math.log(-13))
except Exception as ex:
    print('math.log(-13)', type(ex).__name__, ex)
try:
    print('(1j) != (1e16)', (1j) != (1e16))
except Exception as ex:
    print('(1j) != (1e16)', type(ex).__name__, ex)
try:
    print('(123.456) & (7)', (123.456) & (7))
except Exception as ex:
    print('(123.456) & (7)', type(ex).__name__, ex)
try:
    print('math.log(2**63)', math.log(2**63))
except Exception as ex:
    print('math.log(2**63)', type(ex).__name__, ex)
try:
    print('round((2-3j), 2)', round((2-3j), 2))
except Exception as ex:
    print('round((2-3j), 2)', type(ex).__name__, ex)
try:
    print('(float("inf")) // ((0.5+0j))', (float("inf")) // ((0.5+0j)))
except Exception as ex:
    print('(float("inf")) // ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-10**25).__round__()', (-10**25).__round__())
except Exception as ex:
    print('(-10**25).__round__()', type(ex).__name__, ex)
try:
    print('float(2**48)', float(2**48))
except Exception as ex:
    print('float(2**48)', type(ex).__name__, ex)
try:
    print('math.isclose(-1, -2**48)', math.isclose(-1, -2**48))
except Exception as ex:
    print('math.isclose(-1, -2**48)', type(ex).__name__, ex)
try:
    print('(3**100) % (-2.5)', (3**100) % (-2.5))
except Exception as ex:
    print('(3**100) % (-2.5)', type(ex).__name__, ex)
try:
    print('~(-10**25)', ~(-10**25))
except Exception as ex:
    print('~(-10**25)', type(ex).__name__, ex)
try:
    print('(7) ^ (1e300)', (7) ^ (1e300))
except Exception as ex:
    print('(7) ^ (1e300)', type(ex).__name__, ex)
try:
    print('((2-3j)) - (-1)', ((2-3j)) - (-1))
except Exception as ex:
    print('((2-3j)) - (-1)', type(ex).__name__, ex)
try:
    print('((2-3j)).real', ((2-3j)).real)
except Exception as ex:
    print('((2-3j)).real', type(ex).__name__, ex)
try:
    print('format(1, ".3g")', format(1, ".3g"))
except Exception as ex:
    print('format(1, ".3g")', type(ex).__name__, ex)
try:
    print('float.fromhex((-13).hex())', float.fromhex((-13).hex()))
except Exception as ex:
    print('float.fromhex((-13).hex())', type(ex).__name__, ex)
try:
    print('((2-3j)) + (-13)', ((2-3j)) + (-13))
except Exception as ex:
    print('((2-3j)) + (-13)', type(ex).__name__, ex)
try:
    print('bool(0.0)', bool(0.0))
except Exception as ex:
    print('bool(0.0)', type(ex).__name__, ex)
try:
    print('(1e-300).imag', (1e-300).imag)
except Exception as ex:
    print('(1e-300).imag', type(ex).__name__, ex)
try:
    print('round(-10**25, -1)', round(-10**25, -1))
except Exception as ex:
    print('round(-10**25, -1)', type(ex).__name__, ex)
try:
    print('(10**20) == (123.456)', (10**20) == (123.456))
except Exception as ex:
    print('(10**20) == (123.456)', type(ex).__name__, ex)
try:
    print('~(3**100)', ~(3**100))
except Exception as ex:
    print('~(3**100)', type(ex).__name__, ex)
try:
    print('(False) ^ (0.5)', (False) ^ (0.5))
except Exception as ex:
    print('(False) ^ (0.5)', type(ex).__name__, ex)
try:
    print('(True) > (3**100)', (True) > (3**100))
except Exception as ex:
    print('(True) > (3**100)', type(ex).__name__, ex)
try:
    print('round(0.5, 2)', round(0.5, 2))
except Exception as ex:
    print('round(0.5, 2)', type(ex).__name__, ex)
try:
    print('round(1e300)', round(1e300))
except Exception as ex:
    print('round(1e300)', type(ex).__name__, ex)
try:
    print('math.sqrt(1)', math.sqrt(1))
except Exception as ex:
    print('math.sqrt(1)', type(ex).__name__, ex)
try:
    print('(-float("inf")) & (float("inf"))', (-float("inf")) & (float("inf")))
except Exception as ex:
    print('(-float("inf")) & (float("inf"))', type(ex).__name__, ex)
try:
    print('(1) != (0.5)', (1) != (0.5))
except Exception as ex:
    print('(1) != (0.5)', type(ex).__name__, ex)
try:
    print('(-13) * (False)', (-13) * (False))
except Exception as ex:
    print('(-13) * (False)', type(ex).__name__, ex)
try:
    print('(1) < (-float("inf"))', (1) < (-float("inf")))
except Exception as ex:
    print('(1) < (-float("inf"))', type(ex).__name__, ex)
try:
    print('(False) < (0.0)', (False) < (0.0))
except Exception as ex:
    print('(False) < (0.0)', type(ex).__name__, ex)
try:
    print('math.ceil(7)', math.ceil(7))
except Exception as ex:
    print('math.ceil(7)', type(ex).__name__, ex)
try:
    print('round(1e-300, -1)', round(1e-300, -1))
except Exception as ex:
    print('round(1e-300, -1)', type(ex).__name__, ex)
try:
    print('math.ceil(True)', math.ceil(True))
except Exception as ex:
    print('math.ceil(True)', type(ex).__name__, ex)
try:
    print('(float("inf")) & (-float("inf"))', (float("inf")) & (-float("inf")))
except Exception as ex:
    print('(float("inf")) & (-float("inf"))', type(ex).__name__, ex)
try:
    print('(0) | (-float("inf"))', (0) | (-float("inf")))
except Exception as ex:
    print('(0) | (-float("inf"))', type(ex).__name__, ex)
try:
    print('(1) > (7)', (1) > (7))
except Exception as ex:
    print('(1) > (7)', type(ex).__name__, ex)
try:
    print('(1e-300) / (1)', (1e-300) / (1))
except Exception as ex:
    print('(1e-300) / (1)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) == (-10**25)', ((0.5+0j)) == (-10**25))
except Exception as ex:
    print('((0.5+0j)) == (-10**25)', type(ex).__name__, ex)
try:
    print('(float("inf")) < (-2**48)', (float("inf")) < (-2**48))
except Exception as ex:
    print('(float("inf")) < (-2**48)', type(ex).__name__, ex)
try:
    print('format(0, ".3g")', format(0, ".3g"))
except Exception as ex:
    print('format(0, ".3g")', type(ex).__name__, ex)
try:
    print('-(2**53+1)', -(2**53+1))
except Exception as ex:
    print('-(2**53+1)', type(ex).__name__, ex)
try:
    print('math.sqrt(1e-300)', math.sqrt(1e-300))
except Exception as ex:
    print('math.sqrt(1e-300)', type(ex).__name__, ex)
try:
    print('math.trunc(2**48)', math.trunc(2**48))
except Exception as ex:
    print('math.trunc(2**48)', type(ex).__name__, ex)
try:
    print('(-1) > (1j)', (-1) > (1j))
except Exception as ex:
    print('(-1) > (1j)', type(ex).__name__, ex)
try:
    print('int(-0.0)', int(-0.0))
except Exception as ex:
    print('int(-0.0)', type(ex).__name__, ex)
try:
    print('math.sqrt(1e300)', math.sqrt(1e300))
except Exception as ex:
    print('math.sqrt(1e300)', type(ex).__name__, ex)
try:
    print('(-10**25) - (-10**25)', (-10**25) - (-10**25))
except Exception as ex:
    print('(-10**25) - (-10**25)', type(ex).__name__, ex)
try:
    print('(123.456) / (123.456)', (123.456) / (123.456))
except Exception as ex:
    print('(123.456) / (123.456)', type(ex).__name__, ex)
try:
    print('hash(0.0)', hash(0.0))
except Exception as ex:
    print('hash(0.0)', type(ex).__name__, ex)
try:
    print('((2-3j)) ^ ((0.5+0j))', ((2-3j)) ^ ((0.5+0j)))
except Exception as ex:
    print('((2-3j)) ^ ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-1) <= (0.0)', (-1) <= (0.0))
except Exception as ex:
    print('(-1) <= (0.0)', type(ex).__name__, ex)
try:
    print('(3**100) ^ ((0.5+0j))', (3**100) ^ ((0.5+0j)))
except Exception as ex:
    print('(3**100) ^ ((0.5+0j))', type(ex).__name__, ex)
try:
    print('math.hypot(-13, -2**48)', math.hypot(-13, -2**48))
except Exception as ex:
    print('math.hypot(-13, -2**48)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) - (-2**48)', ((0.5+0j)) - (-2**48))
except Exception as ex:
    print('((0.5+0j)) - (-2**48)', type(ex).__name__, ex)
try:
    print('format(0, ".3g")', format(0, ".3g"))
except Exception as ex:
    print('format(0, ".3g")', type(ex).__name__, ex)
try:
    print('(-2.5) > (2**48)', (-2.5) > (2**48))
except Exception as ex:
    print('(-2.5) > (2**48)', type(ex).__name__, ex)
try:
    print('float.fromhex((1e-300).hex())', float.fromhex((1e-300).hex()))
except Exception as ex:
    print('float.fromhex((1e-300).hex())', type(ex).__name__, ex)
try:
    print('divmod(7, (2-3j))', divmod(7, (2-3j)))
except Exception as ex:
    print('divmod(7, (2-3j))', type(ex).__name__, ex)
try:
    print('(1e300) > (1e16)', (1e300) > (1e16))
except Exception as ex:
    print('(1e300) > (1e16)', type(ex).__name__, ex)
try:
    print('(False) * (float("inf"))', (False) * (float("inf")))
except Exception as ex:
    print('(False) * (float("inf"))', type(ex).__name__, ex)
try:
    print('(1e-300) & (-1)', (1e-300) & (-1))
except Exception as ex:
    print('(1e-300) & (-1)', type(ex).__name__, ex)
try:
    print('(0.0).real', (0.0).real)
except Exception as ex:
    print('(0.0).real', type(ex).__name__, ex)
try:
    print('(True) >= (-2.5)', (True) >= (-2.5))
except Exception as ex:
    print('(True) >= (-2.5)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) / (1e16)', ((0.5+0j)) / (1e16))
except Exception as ex:
    print('((0.5+0j)) / (1e16)', type(ex).__name__, ex)
try:
    print('math.fmod(1j, 0.0)', math.fmod(1j, 0.0))
except Exception as ex:
    print('math.fmod(1j, 0.0)', type(ex).__name__, ex)
try:
    print('(0.5) % (3**100)', (0.5) % (3**100))
except Exception as ex:
    print('(0.5) % (3**100)', type(ex).__name__, ex)
try:
    print('(-0.0) | (0)', (-0.0) | (0))
except Exception as ex:
    print('(-0.0) | (0)', type(ex).__name__, ex)
try:
    print('round(0, -1)', round(0, -1))
except Exception as ex:
    print('round(0, -1)', type(ex).__name__, ex)
try:
    print('(10**20) > (1)', (10**20) > (1))
except Exception as ex:
    print('(10**20) > (1)', type(ex).__name__, ex)
try:
    print('(3**100) == (-13)', (3**100) == (-13))
except Exception as ex:
    print('(3**100) == (-13)', type(ex).__name__, ex)
try:
    print('format(-1, ".3g")', format(-1, ".3g"))
except Exception as ex:
    print('format(-1, ".3g")', type(ex).__name__, ex)
try:
    print('(-10**25) | (2**63)', (-10**25) | (2**63))
except Exception as ex:
    print('(-10**25) | (2**63)', type(ex).__name__, ex)
try:
    print('(7) >= (7)', (7) >= (7))
except Exception as ex:
    print('(7) >= (7)', type(ex).__name__, ex)
try:
    print('(1e16) > (7)', (1e16) > (7))
except Exception as ex:
    print('(1e16) > (7)', type(ex).__name__, ex)
try:
    print('math.gcd(0.5, 0)', math.gcd(0.5, 0))
except Exception as ex:
    print('math.gcd(0.5, 0)', type(ex).__name__, ex)
try:
    print('(-2**48).__round__()', (-2**48).__round__())
except Exception as ex:
    print('(-2**48).__round__()', type(ex).__name__, ex)
try:
    print('(2**48) > (-1)', (2**48) > (-1))
except Exception as ex:
    print('(2**48) > (-1)', type(ex).__name__, ex)
try:
    print('complex(1j)', complex(1j))
except Exception as ex:
    print('complex(1j)', type(ex).__name__, ex)
try:
    print('(-10**25).real', (-10**25).real)
except Exception as ex:
    print('(-10**25).real', type(ex).__name__, ex)
try:
    print('(-2**48) & (-0.0)', (-2**48) & (-0.0))
except Exception as ex:
    print('(-2**48) & (-0.0)', type(ex).__name__, ex)
try:
    print('(1j) >> (1e300)', (1j) >> (1e300))
except Exception as ex:
    print('(1j) >> (1e300)', type(ex).__name__, ex)
try:
    print('(float("inf")) - ((0.5+0j))', (float("inf")) - ((0.5+0j)))
except Exception as ex:
    print('(float("inf")) - ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1e16) + (-10**25)', (1e16) + (-10**25))
except Exception as ex:
    print('(1e16) + (-10**25)', type(ex).__name__, ex)
try:
    print('((2-3j)) > (1e300)', ((2-3j)) > (1e300))
except Exception as ex:
    print('((2-3j)) > (1e300)', type(ex).__name__, ex)
try:
    print('float(float("inf"))', float(float("inf")))
except Exception as ex:
    print('float(float("inf"))', type(ex).__name__, ex)
try:
    print('(2**53+1) ** (0.0)', (2**53+1) ** (0.0))
except Exception as ex:
    print('(2**53+1) ** (0.0)', type(ex).__name__, ex)
try:
    print('(True).is_integer()', (True).is_integer())
except Exception as ex:
    print('(True).is_integer()', type(ex).__name__, ex)
try:
    print('(True) <= (1)', (True) <= (1))
except Exception as ex:
    print('(True) <= (1)', type(ex).__name__, ex)
try:
    print('(2**53+1) < (-13)', (2**53+1) < (-13))
except Exception as ex:
    print('(2**53+1) < (-13)', type(ex).__name__, ex)
try:
    print('(0) >> (1e-300)', (0) >> (1e-300))
except Exception as ex:
    print('(0) >> (1e-300)', type(ex).__name__, ex)
try:
    print('math.atan2(1j, -0.0)', math.atan2(1j, -0.0))
except Exception as ex:
    print('math.atan2(1j, -0.0)', type(ex).__name__, ex)
try:
    print('float.fromhex((-10**25).hex())', float.fromhex((-10**25).hex()))
except Exception as ex:
    print('float.fromhex((-10**25).hex())', type(ex).__name__, ex)
try:
    print('math.fmod(2**48, -0.0)', math.fmod(2**48, -0.0))
except Exception as ex:
    print('math.fmod(2**48, -0.0)', type(ex).__name__, ex)
try:
    print('~(2**63)', ~(2**63))
except Exception as ex:
    print('~(2**63)', type(ex).__name__, ex)
try:
    print('(2**63) == (0.5)', (2**63) == (0.5))
except Exception as ex:
    print('(2**63) == (0.5)', type(ex).__name__, ex)
try:
    print('(-float("inf")) + ((2-3j))', (-float("inf")) + ((2-3j)))
except Exception as ex:
    print('(-float("inf")) + ((2-3j))', type(ex).__name__, ex)
try:
    print('(1e300).real', (1e300).real)
except Exception as ex:
    print('(1e300).real', type(ex).__name__, ex)
try:
    print('(-1) // (2**53+1)', (-1) // (2**53+1))
except Exception as ex:
    print('(-1) // (2**53+1)', type(ex).__name__, ex)
try:
    print('(float("inf")) / (-13)', (float("inf")) / (-13))
except Exception as ex:
    print('(float("inf")) / (-13)', type(ex).__name__, ex)
try:
    print('~(123.456)', ~(123.456))
except Exception as ex:
    print('~(123.456)', type(ex).__name__, ex)
try:
    print('(-float("inf")) == (1e-300)', (-float("inf")) == (1e-300))
except Exception as ex:
    print('(-float("inf")) == (1e-300)', type(ex).__name__, ex)
try:
    print('(1j) % (1e16)', (1j) % (1e16))
except Exception as ex:
    print('(1j) % (1e16)', type(ex).__name__, ex)
try:
    print('(-0.0) << (1)', (-0.0) << (1))
except Exception as ex:
    print('(-0.0) << (1)', type(ex).__name__, ex)
try:
    print('(0).is_integer()', (0).is_integer())
except Exception as ex:
    print('(0).is_integer()', type(ex).__name__, ex)
try:
    print('(-2**48) << (-13)', (-2**48) << (-13))
except Exception as ex:
    print('(-2**48) << (-13)', type(ex).__name__, ex)
try:
    print('(3**100) <= ((0.5+0j))', (3**100) <= ((0.5+0j)))
except Exception as ex:
    print('(3**100) <= ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(123.456) != (3**100)', (123.456) != (3**100))
except Exception as ex:
    print('(123.456) != (3**100)', type(ex).__name__, ex)
try:
    print('float.fromhex((123.456).hex())', float.fromhex((123.456).hex()))
except Exception as ex:
    print('float.fromhex((123.456).hex())', type(ex).__name__, ex)
try:
    print('(False) + (123.456)', (False) + (123.456))
except Exception as ex:
    print('(False) + (123.456)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) // (1e16)', ((0.5+0j)) // (1e16))
except Exception as ex:
    print('((0.5+0j)) // (1e16)', type(ex).__name__, ex)
try:
    print('float.fromhex((7).hex())', float.fromhex((7).hex()))
except Exception as ex:
    print('float.fromhex((7).hex())', type(ex).__name__, ex)
try:
    print('(1) ** (-2.5)', (1) ** (-2.5))
except Exception as ex:
    print('(1) ** (-2.5)', type(ex).__name__, ex)
try:
    print('(0.0).hex()', (0.0).hex())
except Exception as ex:
    print('(0.0).hex()', type(ex).__name__, ex)
try:
    print('(1e-300).real', (1e-300).real)
except Exception as ex:
    print('(1e-300).real', type(ex).__name__, ex)
try:
    print('str(False)', str(False))
except Exception as ex:
    print('str(False)', type(ex).__name__, ex)
try:
    print('(3**100).as_integer_ratio()', (3**100).as_integer_ratio())
except Exception as ex:
    print('(3**100).as_integer_ratio()', type(ex).__name__, ex)
try:
    print('(2**48) & ((0.5+0j))', (2**48) & ((0.5+0j)))
except Exception as ex:
    print('(2**48) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(1j) ^ (0.5)', (1j) ^ (0.5))
except Exception as ex:
    print('(1j) ^ (0.5)', type(ex).__name__, ex)
try:
    print('~(float("inf"))', ~(float("inf")))
except Exception as ex:
    print('~(float("inf"))', type(ex).__name__, ex)
try:
    print('(-2.5) < (1e-300)', (-2.5) < (1e-300))
except Exception as ex:
    print('(-2.5) < (1e-300)', type(ex).__name__, ex)
try:
    print('round(-13, 2)', round(-13, 2))
except Exception as ex:
    print('round(-13, 2)', type(ex).__name__, ex)
try:
    print('math.floor(123.456)', math.floor(123.456))
except Exception as ex:
    print('math.floor(123.456)', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, False)', math.ldexp(1.5, False))
except Exception as ex:
    print('math.ldexp(1.5, False)', type(ex).__name__, ex)
try:
    print('math.sqrt(0.5)', math.sqrt(0.5))
except Exception as ex:
    print('math.sqrt(0.5)', type(ex).__name__, ex)
try:
    print('math.ceil(-10**25)', math.ceil(-10**25))
except Exception as ex:
    print('math.ceil(-10**25)', type(ex).__name__, ex)
try:
    print('(-2**48) >> (1j)', (-2**48) >> (1j))
except Exception as ex:
    print('(-2**48) >> (1j)', type(ex).__name__, ex)
try:
    print('bool(2**63)', bool(2**63))
except Exception as ex:
    print('bool(2**63)', type(ex).__name__, ex)
try:
    print('(True).hex()', (True).hex())
except Exception as ex:
    print('(True).hex()', type(ex).__name__, ex)
try:
    print('math.ldexp(1.5, 123.456)', math.ldexp(1.5, 123.456))
except Exception as ex:
    print('math.ldexp(1.5, 123.456)', type(ex).__name__, ex)
try:
    print('repr(123.456)', repr(123.456))
except Exception as ex:
    print('repr(123.456)', type(ex).__name__, ex)
try:
    print('str(123.456)', str(123.456))
except Exception as ex:
    print('str(123.456)', type(ex).__name__, ex)
try:
    print('abs(2**53+1)', abs(2**53+1))
except Exception as ex:
    print('abs(2**53+1)', type(ex).__name__, ex)
try:
    print('(-2.5) > (0.0)', (-2.5) > (0.0))
except Exception as ex:
    print('(-2.5) > (0.0)', type(ex).__name__, ex)
try:
    print('(-13) == (-1)', (-13) == (-1))
except Exception as ex:
    print('(-13) == (-1)', type(ex).__name__, ex)
try:
    print('(1) << (0.5)', (1) << (0.5))
except Exception as ex:
    print('(1) << (0.5)', type(ex).__name__, ex)
try:
    print('min(3**100, -float("inf"))', min(3**100, -float("inf")))
except Exception as ex:
    print('min(3**100, -float("inf"))', type(ex).__name__, ex)
try:
    print('round(1e-300, 2)', round(1e-300, 2))
except Exception as ex:
    print('round(1e-300, 2)', type(ex).__name__, ex)
try:
    print('(0.0) >> (1)', (0.0) >> (1))
except Exception as ex:
    print('(0.0) >> (1)', type(ex).__name__, ex)
try:
    print('(-2.5) < (2**48)', (-2.5) < (2**48))
except Exception as ex:
    print('(-2.5) < (2**48)', type(ex).__name__, ex)
try:
    print('(-2.5).bit_length()', (-2.5).bit_length())
except Exception as ex:
    print('(-2.5).bit_length()', type(ex).__name__, ex)
try:
    print('(2**63) / (-10**25)', (2**63) / (-10**25))
except Exception as ex:
    print('(2**63) / (-10**25)', type(ex).__name__, ex)
try:
    print('math.trunc(7)', math.trunc(7))
except Exception as ex:
    print('math.trunc(7)', type(ex).__name__, ex)
try:
    print('format(2**48, "+,")', format(2**48, "+,"))
except Exception as ex:
    print('format(2**48, "+,")', type(ex).__name__, ex)
try:
    print('(1e16).is_integer()', (1e16).is_integer())
except Exception as ex:
    print('(1e16).is_integer()', type(ex).__name__, ex)
try:
    print('(0) / (1)', (0) / (1))
except Exception as ex:
    print('(0) / (1)', type(ex).__name__, ex)
try:
    print('min(-0.0, 1)', min(-0.0, 1))
except Exception as ex:
    print('min(-0.0, 1)', type(ex).__name__, ex)
try:
    print('str(-1)', str(-1))
except Exception as ex:
    print('str(-1)', type(ex).__name__, ex)
try:
    print('(True) >= (1)', (True) >= (1))
except Exception as ex:
    print('(True) >= (1)', type(ex).__name__, ex)
try:
    print('repr(1j)', repr(1j))
except Exception as ex:
    print('repr(1j)', type(ex).__name__, ex)
try:
    print('max(1j, (0.5+0j))', max(1j, (0.5+0j)))
except Exception as ex:
    print('max(1j, (0.5+0j))', type(ex).__name__, ex)
try:
    print('int(-0.0)', int(-0.0))
except Exception as ex:
    print('int(-0.0)', type(ex).__name__, ex)
try:
    print('repr(-2.5)', repr(-2.5))
except Exception as ex:
    print('repr(-2.5)', type(ex).__name__, ex)
try:
    print('(0) * (-1)', (0) * (-1))
except Exception as ex:
    print('(0) * (-1)', type(ex).__name__, ex)
try:
    print('(2**63).hex()', (2**63).hex())
except Exception as ex:
    print('(2**63).hex()', type(ex).__name__, ex)
try:
    print('math.sqrt(10**20)', math.sqrt(10**20))
except Exception as ex:
    print('math.sqrt(10**20)', type(ex).__name__, ex)
try:
    print('((2-3j)) ** (0.5)', ((2-3j)) ** (0.5))
except Exception as ex:
    print('((2-3j)) ** (0.5)', type(ex).__name__, ex)
try:
    print('divmod(0.5, 7)', divmod(0.5, 7))
except Exception as ex:
    print('divmod(0.5, 7)', type(ex).__name__, ex)
try:
    print('math.sqrt(-13)', math.sqrt(-13))
except Exception as ex:
    print('math.sqrt(-13)', type(ex).__name__, ex)
try:
    print('divmod(0.5, (0.5+0j))', divmod(0.5, (0.5+0j)))
except Exception as ex:
    print('divmod(0.5, (0.5+0j))', type(ex).__name__, ex)
try:
    print('format(2**63, "+,")', format(2**63, "+,"))
except Exception as ex:
    print('format(2**63, "+,")', type(ex).__name__, ex)
try:
    print('(True) / (0.0)', (True) / (0.0))
except Exception as ex:
    print('(True) / (0.0)', type(ex).__name__, ex)
try:
    print('math.floor(0)', math.floor(0))
except Exception as ex:
    print('math.floor(0)', type(ex).__name__, ex)
try:
    print('~(10**20)', ~(10**20))
except Exception as ex:
    print('~(10**20)', type(ex).__name__, ex)
try:
    print('(0.0) + (-2.5)', (0.0) + (-2.5))
except Exception as ex:
    print('(0.0) + (-2.5)', type(ex).__name__, ex)
try:
    print('(0) - (1e300)', (0) - (1e300))
except Exception as ex:
    print('(0) - (1e300)', type(ex).__name__, ex)
try:
    print('(123.456) <= (2**53+1)', (123.456) <= (2**53+1))
except Exception as ex:
    print('(123.456) <= (2**53+1)', type(ex).__name__, ex)
try:
    print('min(10**20, 3**100)', min(10**20, 3**100))
except Exception as ex:
    print('min(10**20, 3**100)', type(ex).__name__, ex)
try:
    print('(1j).is_integer()', (1j).is_integer())
except Exception as ex:
    print('(1j).is_integer()', type(ex).__name__, ex)
try:
    print('(False) ^ (123.456)', (False) ^ (123.456))
except Exception as ex:
    print('(False) ^ (123.456)', type(ex).__name__, ex)
try:
    print('(1) ^ (0)', (1) ^ (0))
except Exception as ex:
    print('(1) ^ (0)', type(ex).__name__, ex)
try:
    print('(0.5) % (1j)', (0.5) % (1j))
except Exception as ex:
    print('(0.5) % (1j)', type(ex).__name__, ex)
try:
    print('float(2**53+1)', float(2**53+1))
except Exception as ex:
    print('float(2**53+1)', type(ex).__name__, ex)
try:
    print('math.fmod(1j, -2.5)', math.fmod(1j, -2.5))
except Exception as ex:
    print('math.fmod(1j, -2.5)', type(ex).__name__, ex)
try:
    print('(-10**25) < (10**20)', (-10**25) < (10**20))
except Exception as ex:
    print('(-10**25) < (10**20)', type(ex).__name__, ex)
try:
    print('int(2**48)', int(2**48))
except Exception as ex:
    print('int(2**48)', type(ex).__name__, ex)
try:
    print('(-float("inf")) != (1e300)', (-float("inf")) != (1e300))
except Exception as ex:
    print('(-float("inf")) != (1e300)', type(ex).__name__, ex)
try:
    print('math.ceil(float("inf"))', math.ceil(float("inf")))
except Exception as ex:
    print('math.ceil(float("inf"))', type(ex).__name__, ex)
try:
    print('((0.5+0j)) // (1e300)', ((0.5+0j)) // (1e300))
except Exception as ex:
    print('((0.5+0j)) // (1e300)', type(ex).__name__, ex)
try:
    print('complex(1)', complex(1))
except Exception as ex:
    print('complex(1)', type(ex).__name__, ex)
try:
    print('(-2**48) / (1e-300)', (-2**48) / (1e-300))
except Exception as ex:
    print('(-2**48) / (1e-300)', type(ex).__name__, ex)
try:
    print('(7) <= (1j)', (7) <= (1j))
except Exception as ex:
    print('(7) <= (1j)', type(ex).__name__, ex)
try:
    print('~(2**53+1)', ~(2**53+1))
except Exception as ex:
    print('~(2**53+1)', type(ex).__name__, ex)
try:
    print('format(0, "+,")', format(0, "+,"))
except Exception as ex:
    print('format(0, "+,")', type(ex).__name__, ex)
try:
    print('float.fromhex((False).hex())', float.fromhex((False).hex()))
except Exception as ex:
    print('float.fromhex((False).hex())', type(ex).__name__, ex)
try:
    print('(-13) <= (2**63)', (-13) <= (2**63))
except Exception as ex:
    print('(-13) <= (2**63)', type(ex).__name__, ex)
try:
    print('(10**20) > (1)', (10**20) > (1))
except Exception as ex:
    print('(10**20) > (1)', type(ex).__name__, ex)
try:
    print('(10**20) - (0.5)', (10**20) - (0.5))
except Exception as ex:
    print('(10**20) - (0.5)', type(ex).__name__, ex)
try:
    print('((0.5+0j)) | (float("inf"))', ((0.5+0j)) | (float("inf")))
except Exception as ex:
    print('((0.5+0j)) | (float("inf"))', type(ex).__name__, ex)
try:
    print('(True) - (1e-300)', (True) - (1e-300))
except Exception as ex:
    print('(True) - (1e-300)', type(ex).__name__, ex)
try:
    print('bool(1e-300)', bool(1e-300))
except Exception as ex:
    print('bool(1e-300)', type(ex).__name__, ex)
try:
    print('math.ceil(True)', math.ceil(True))
except Exception as ex:
    print('math.ceil(True)', type(ex).__name__, ex)
try:
    print('math.exp(1e-300)', math.exp(1e-300))
except Exception as ex:
    print('math.exp(1e-300)', type(ex).__name__, ex)
try:
    print('math.sqrt(1j)', math.sqrt(1j))
except Exception as ex:
    print('math.sqrt(1j)', type(ex).__name__, ex)
try:
    print('(0.5) / (1e300)', (0.5) / (1e300))
except Exception as ex:
    print('(0.5) / (1e300)', type(ex).__name__, ex)
try:
    print('max(3**100, -0.0)', max(3**100, -0.0))
except Exception as ex:
    print('max(3**100, -0.0)', type(ex).__name__, ex)
try:
    print('(False).is_integer()', (False).is_integer())
except Exception as ex:
    print('(False).is_integer()', type(ex).__name__, ex)
try:
    print('((2-3j)) > (True)', ((2-3j)) > (True))
except Exception as ex:
    print('((2-3j)) > (True)', type(ex).__name__, ex)
try:
    print('(-10**25) & ((0.5+0j))', (-10**25) & ((0.5+0j)))
except Exception as ex:
    print('(-10**25) & ((0.5+0j))', type(ex).__name__, ex)
try:
    print('(-0.0) - (1j)', (-0.0) - (1j))
except Exception as ex:
    print('(-0.0) - (1j)', type(ex).__name__, ex)
try:
    print('math.exp(-0.0)', math.exp(-0.0))
except Exception as ex:
    print('math.exp(-0.0)', type(ex).__name__, ex)
