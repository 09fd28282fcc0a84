try:
    print("format((1+2j), 'x^#9.9n')", repr(format((1+2j), 'x^#9.9n')))
except Exception as ex:
    print("format((1+2j), 'x^#9.9n')", type(ex).__name__, ex)
try:
    print("format((1+2j), '29,.10f')", repr(format((1+2j), '29,.10f')))
except Exception as ex:
    print("format((1+2j), '29,.10f')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'z.6g')", repr(format((1+2j), 'z.6g')))
except Exception as ex:
    print("format((1+2j), 'z.6g')", type(ex).__name__, ex)
try:
    print("format((1+2j), '*<n')", repr(format((1+2j), '*<n')))
except Exception as ex:
    print("format((1+2j), '*<n')", type(ex).__name__, ex)
try:
    print("format((1+2j), ' .11E')", repr(format((1+2j), ' .11E')))
except Exception as ex:
    print("format((1+2j), ' .11E')", type(ex).__name__, ex)
try:
    print("format((1+2j), '23.4e')", repr(format((1+2j), '23.4e')))
except Exception as ex:
    print("format((1+2j), '23.4e')", type(ex).__name__, ex)
try:
    print("format((1+2j), '13.8f')", repr(format((1+2j), '13.8f')))
except Exception as ex:
    print("format((1+2j), '13.8f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '*<+#_.4')", repr(format((1+2j), '*<+#_.4')))
except Exception as ex:
    print("format((1+2j), '*<+#_.4')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'z10n')", repr(format((1+2j), 'z10n')))
except Exception as ex:
    print("format((1+2j), 'z10n')", type(ex).__name__, ex)
try:
    print("format((1+2j), '>#n')", repr(format((1+2j), '>#n')))
except Exception as ex:
    print("format((1+2j), '>#n')", type(ex).__name__, ex)
try:
    print("format((1+2j), ',F')", repr(format((1+2j), ',F')))
except Exception as ex:
    print("format((1+2j), ',F')", type(ex).__name__, ex)
try:
    print("format((1+2j), '^26.10E')", repr(format((1+2j), '^26.10E')))
except Exception as ex:
    print("format((1+2j), '^26.10E')", type(ex).__name__, ex)
try:
    print("format((1+2j), '*<_g')", repr(format((1+2j), '*<_g')))
except Exception as ex:
    print("format((1+2j), '*<_g')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'z#18.3f')", repr(format((1+2j), 'z#18.3f')))
except Exception as ex:
    print("format((1+2j), 'z#18.3f')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'f')", repr(format((1+2j), 'f')))
except Exception as ex:
    print("format((1+2j), 'f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '-12.2G')", repr(format((1+2j), '-12.2G')))
except Exception as ex:
    print("format((1+2j), '-12.2G')", type(ex).__name__, ex)
try:
    print("format((1+2j), '+')", repr(format((1+2j), '+')))
except Exception as ex:
    print("format((1+2j), '+')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.9G')", repr(format((1+2j), '.9G')))
except Exception as ex:
    print("format((1+2j), '.9G')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'x^e')", repr(format((1+2j), 'x^e')))
except Exception as ex:
    print("format((1+2j), 'x^e')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#.2E')", repr(format((1+2j), '#.2E')))
except Exception as ex:
    print("format((1+2j), '#.2E')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'x^8.3')", repr(format((1+2j), 'x^8.3')))
except Exception as ex:
    print("format((1+2j), 'x^8.3')", type(ex).__name__, ex)
try:
    print("format((1+2j), '17')", repr(format((1+2j), '17')))
except Exception as ex:
    print("format((1+2j), '17')", type(ex).__name__, ex)
try:
    print("format((1+2j), '*<.12g')", repr(format((1+2j), '*<.12g')))
except Exception as ex:
    print("format((1+2j), '*<.12g')", type(ex).__name__, ex)
try:
    print("format((1+2j), ',f')", repr(format((1+2j), ',f')))
except Exception as ex:
    print("format((1+2j), ',f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '10_.8F')", repr(format((1+2j), '10_.8F')))
except Exception as ex:
    print("format((1+2j), '10_.8F')", type(ex).__name__, ex)
try:
    print("format((1+2j), '<_.4E')", repr(format((1+2j), '<_.4E')))
except Exception as ex:
    print("format((1+2j), '<_.4E')", type(ex).__name__, ex)
try:
    print("format((1+2j), '_')", repr(format((1+2j), '_')))
except Exception as ex:
    print("format((1+2j), '_')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#9.0n')", repr(format((1+2j), '#9.0n')))
except Exception as ex:
    print("format((1+2j), '#9.0n')", type(ex).__name__, ex)
try:
    print("format((1+2j), '28,g')", repr(format((1+2j), '28,g')))
except Exception as ex:
    print("format((1+2j), '28,g')", type(ex).__name__, ex)
try:
    print("format((1+2j), '>+6')", repr(format((1+2j), '>+6')))
except Exception as ex:
    print("format((1+2j), '>+6')", type(ex).__name__, ex)
try:
    print("format((1+2j), ' 1')", repr(format((1+2j), ' 1')))
except Exception as ex:
    print("format((1+2j), ' 1')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'n')", repr(format((1+2j), 'n')))
except Exception as ex:
    print("format((1+2j), 'n')", type(ex).__name__, ex)
try:
    print("format((1+2j), '>.6F')", repr(format((1+2j), '>.6F')))
except Exception as ex:
    print("format((1+2j), '>.6F')", type(ex).__name__, ex)
try:
    print("format((1+2j), '#3g')", repr(format((1+2j), '#3g')))
except Exception as ex:
    print("format((1+2j), '#3g')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'x^.3f')", repr(format((1+2j), 'x^.3f')))
except Exception as ex:
    print("format((1+2j), 'x^.3f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.10n')", repr(format((1+2j), '.10n')))
except Exception as ex:
    print("format((1+2j), '.10n')", type(ex).__name__, ex)
try:
    print("format((1+2j), '10_g')", repr(format((1+2j), '10_g')))
except Exception as ex:
    print("format((1+2j), '10_g')", type(ex).__name__, ex)
try:
    print("format((1+2j), '>-.12F')", repr(format((1+2j), '>-.12F')))
except Exception as ex:
    print("format((1+2j), '>-.12F')", type(ex).__name__, ex)
try:
    print("format((1+2j), '11n')", repr(format((1+2j), '11n')))
except Exception as ex:
    print("format((1+2j), '11n')", type(ex).__name__, ex)
try:
    print("format((1+2j), '4_.8E')", repr(format((1+2j), '4_.8E')))
except Exception as ex:
    print("format((1+2j), '4_.8E')", type(ex).__name__, ex)
try:
    print("format((1+2j), '30E')", repr(format((1+2j), '30E')))
except Exception as ex:
    print("format((1+2j), '30E')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'x^12.5n')", repr(format((1+2j), 'x^12.5n')))
except Exception as ex:
    print("format((1+2j), 'x^12.5n')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'zg')", repr(format((1+2j), 'zg')))
except Exception as ex:
    print("format((1+2j), 'zg')", type(ex).__name__, ex)
try:
    print("format((1+2j), '*<#,.4F')", repr(format((1+2j), '*<#,.4F')))
except Exception as ex:
    print("format((1+2j), '*<#,.4F')", type(ex).__name__, ex)
try:
    print("format((1+2j), '.7e')", repr(format((1+2j), '.7e')))
except Exception as ex:
    print("format((1+2j), '.7e')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'G')", repr(format((1+2j), 'G')))
except Exception as ex:
    print("format((1+2j), 'G')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'zg')", repr(format((1+2j), 'zg')))
except Exception as ex:
    print("format((1+2j), 'zg')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'x^.1n')", repr(format((1+2j), 'x^.1n')))
except Exception as ex:
    print("format((1+2j), 'x^.1n')", type(ex).__name__, ex)
try:
    print("format((1+2j), '> .3F')", repr(format((1+2j), '> .3F')))
except Exception as ex:
    print("format((1+2j), '> .3F')", type(ex).__name__, ex)
try:
    print("format((1+2j), '7,G')", repr(format((1+2j), '7,G')))
except Exception as ex:
    print("format((1+2j), '7,G')", type(ex).__name__, ex)
try:
    print("format((1+2j), ' e')", repr(format((1+2j), ' e')))
except Exception as ex:
    print("format((1+2j), ' e')", type(ex).__name__, ex)
try:
    print("format((1+2j), '-18')", repr(format((1+2j), '-18')))
except Exception as ex:
    print("format((1+2j), '-18')", type(ex).__name__, ex)
try:
    print("format((1+2j), '26_G')", repr(format((1+2j), '26_G')))
except Exception as ex:
    print("format((1+2j), '26_G')", type(ex).__name__, ex)
try:
    print("format((1+2j), '^f')", repr(format((1+2j), '^f')))
except Exception as ex:
    print("format((1+2j), '^f')", type(ex).__name__, ex)
try:
    print("format((1+2j), '26,.8g')", repr(format((1+2j), '26,.8g')))
except Exception as ex:
    print("format((1+2j), '26,.8g')", type(ex).__name__, ex)
try:
    print("format((1+2j), '^_E')", repr(format((1+2j), '^_E')))
except Exception as ex:
    print("format((1+2j), '^_E')", type(ex).__name__, ex)
try:
    print("format((1+2j), ',E')", repr(format((1+2j), ',E')))
except Exception as ex:
    print("format((1+2j), ',E')", type(ex).__name__, ex)
try:
    print("format((1+2j), '-10g')", repr(format((1+2j), '-10g')))
except Exception as ex:
    print("format((1+2j), '-10g')", type(ex).__name__, ex)
try:
    print("format((1+2j), 'x^#30')", repr(format((1+2j), 'x^#30')))
except Exception as ex:
    print("format((1+2j), 'x^#30')", type(ex).__name__, ex)
try:
    print("format((1+2j), '+.4f')", repr(format((1+2j), '+.4f')))
except Exception as ex:
    print("format((1+2j), '+.4f')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '#')", repr(format((-1.5-0.25j), '#')))
except Exception as ex:
    print("format((-1.5-0.25j), '#')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'n')", repr(format((-1.5-0.25j), 'n')))
except Exception as ex:
    print("format((-1.5-0.25j), 'n')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'E')", repr(format((-1.5-0.25j), 'E')))
except Exception as ex:
    print("format((-1.5-0.25j), 'E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '-21.9E')", repr(format((-1.5-0.25j), '-21.9E')))
except Exception as ex:
    print("format((-1.5-0.25j), '-21.9E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '.9e')", repr(format((-1.5-0.25j), '.9e')))
except Exception as ex:
    print("format((-1.5-0.25j), '.9e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' .7E')", repr(format((-1.5-0.25j), ' .7E')))
except Exception as ex:
    print("format((-1.5-0.25j), ' .7E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '+.7n')", repr(format((-1.5-0.25j), '+.7n')))
except Exception as ex:
    print("format((-1.5-0.25j), '+.7n')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '_.4E')", repr(format((-1.5-0.25j), '_.4E')))
except Exception as ex:
    print("format((-1.5-0.25j), '_.4E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' .0')", repr(format((-1.5-0.25j), ' .0')))
except Exception as ex:
    print("format((-1.5-0.25j), ' .0')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'x^-#')", repr(format((-1.5-0.25j), 'x^-#')))
except Exception as ex:
    print("format((-1.5-0.25j), 'x^-#')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'z#e')", repr(format((-1.5-0.25j), 'z#e')))
except Exception as ex:
    print("format((-1.5-0.25j), 'z#e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '<-22.12')", repr(format((-1.5-0.25j), '<-22.12')))
except Exception as ex:
    print("format((-1.5-0.25j), '<-22.12')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'e')", repr(format((-1.5-0.25j), 'e')))
except Exception as ex:
    print("format((-1.5-0.25j), 'e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '-.1e')", repr(format((-1.5-0.25j), '-.1e')))
except Exception as ex:
    print("format((-1.5-0.25j), '-.1e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '>G')", repr(format((-1.5-0.25j), '>G')))
except Exception as ex:
    print("format((-1.5-0.25j), '>G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '+#.8G')", repr(format((-1.5-0.25j), '+#.8G')))
except Exception as ex:
    print("format((-1.5-0.25j), '+#.8G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '+11F')", repr(format((-1.5-0.25j), '+11F')))
except Exception as ex:
    print("format((-1.5-0.25j), '+11F')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'z11.4E')", repr(format((-1.5-0.25j), 'z11.4E')))
except Exception as ex:
    print("format((-1.5-0.25j), 'z11.4E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '-#,g')", repr(format((-1.5-0.25j), '-#,g')))
except Exception as ex:
    print("format((-1.5-0.25j), '-#,g')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '<26f')", repr(format((-1.5-0.25j), '<26f')))
except Exception as ex:
    print("format((-1.5-0.25j), '<26f')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '*<z#.2g')", repr(format((-1.5-0.25j), '*<z#.2g')))
except Exception as ex:
    print("format((-1.5-0.25j), '*<z#.2g')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '25,.0E')", repr(format((-1.5-0.25j), '25,.0E')))
except Exception as ex:
    print("format((-1.5-0.25j), '25,.0E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '-14')", repr(format((-1.5-0.25j), '-14')))
except Exception as ex:
    print("format((-1.5-0.25j), '-14')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' .9g')", repr(format((-1.5-0.25j), ' .9g')))
except Exception as ex:
    print("format((-1.5-0.25j), ' .9g')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'F')", repr(format((-1.5-0.25j), 'F')))
except Exception as ex:
    print("format((-1.5-0.25j), 'F')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '16,.2')", repr(format((-1.5-0.25j), '16,.2')))
except Exception as ex:
    print("format((-1.5-0.25j), '16,.2')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'x^')", repr(format((-1.5-0.25j), 'x^')))
except Exception as ex:
    print("format((-1.5-0.25j), 'x^')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '^15.8E')", repr(format((-1.5-0.25j), '^15.8E')))
except Exception as ex:
    print("format((-1.5-0.25j), '^15.8E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' e')", repr(format((-1.5-0.25j), ' e')))
except Exception as ex:
    print("format((-1.5-0.25j), ' e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' zn')", repr(format((-1.5-0.25j), ' zn')))
except Exception as ex:
    print("format((-1.5-0.25j), ' zn')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '>#.0')", repr(format((-1.5-0.25j), '>#.0')))
except Exception as ex:
    print("format((-1.5-0.25j), '>#.0')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'z13n')", repr(format((-1.5-0.25j), 'z13n')))
except Exception as ex:
    print("format((-1.5-0.25j), 'z13n')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '-_F')", repr(format((-1.5-0.25j), '-_F')))
except Exception as ex:
    print("format((-1.5-0.25j), '-_F')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '#f')", repr(format((-1.5-0.25j), '#f')))
except Exception as ex:
    print("format((-1.5-0.25j), '#f')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'G')", repr(format((-1.5-0.25j), 'G')))
except Exception as ex:
    print("format((-1.5-0.25j), 'G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '*<7_E')", repr(format((-1.5-0.25j), '*<7_E')))
except Exception as ex:
    print("format((-1.5-0.25j), '*<7_E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '*<5_E')", repr(format((-1.5-0.25j), '*<5_E')))
except Exception as ex:
    print("format((-1.5-0.25j), '*<5_E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '^+n')", repr(format((-1.5-0.25j), '^+n')))
except Exception as ex:
    print("format((-1.5-0.25j), '^+n')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '*<_.12E')", repr(format((-1.5-0.25j), '*<_.12E')))
except Exception as ex:
    print("format((-1.5-0.25j), '*<_.12E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'x^10G')", repr(format((-1.5-0.25j), 'x^10G')))
except Exception as ex:
    print("format((-1.5-0.25j), 'x^10G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '25,G')", repr(format((-1.5-0.25j), '25,G')))
except Exception as ex:
    print("format((-1.5-0.25j), '25,G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '<#.3G')", repr(format((-1.5-0.25j), '<#.3G')))
except Exception as ex:
    print("format((-1.5-0.25j), '<#.3G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' 18g')", repr(format((-1.5-0.25j), ' 18g')))
except Exception as ex:
    print("format((-1.5-0.25j), ' 18g')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '28F')", repr(format((-1.5-0.25j), '28F')))
except Exception as ex:
    print("format((-1.5-0.25j), '28F')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' #f')", repr(format((-1.5-0.25j), ' #f')))
except Exception as ex:
    print("format((-1.5-0.25j), ' #f')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'e')", repr(format((-1.5-0.25j), 'e')))
except Exception as ex:
    print("format((-1.5-0.25j), 'e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), 'e')", repr(format((-1.5-0.25j), 'e')))
except Exception as ex:
    print("format((-1.5-0.25j), 'e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '29.2g')", repr(format((-1.5-0.25j), '29.2g')))
except Exception as ex:
    print("format((-1.5-0.25j), '29.2g')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '#.2F')", repr(format((-1.5-0.25j), '#.2F')))
except Exception as ex:
    print("format((-1.5-0.25j), '#.2F')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '#_E')", repr(format((-1.5-0.25j), '#_E')))
except Exception as ex:
    print("format((-1.5-0.25j), '#_E')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '+.11F')", repr(format((-1.5-0.25j), '+.11F')))
except Exception as ex:
    print("format((-1.5-0.25j), '+.11F')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '*<e')", repr(format((-1.5-0.25j), '*<e')))
except Exception as ex:
    print("format((-1.5-0.25j), '*<e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '+_g')", repr(format((-1.5-0.25j), '+_g')))
except Exception as ex:
    print("format((-1.5-0.25j), '+_g')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '>G')", repr(format((-1.5-0.25j), '>G')))
except Exception as ex:
    print("format((-1.5-0.25j), '>G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' 25G')", repr(format((-1.5-0.25j), ' 25G')))
except Exception as ex:
    print("format((-1.5-0.25j), ' 25G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), ' #17.8G')", repr(format((-1.5-0.25j), ' #17.8G')))
except Exception as ex:
    print("format((-1.5-0.25j), ' #17.8G')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '*<e')", repr(format((-1.5-0.25j), '*<e')))
except Exception as ex:
    print("format((-1.5-0.25j), '*<e')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '<#23.10')", repr(format((-1.5-0.25j), '<#23.10')))
except Exception as ex:
    print("format((-1.5-0.25j), '<#23.10')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '.11')", repr(format((-1.5-0.25j), '.11')))
except Exception as ex:
    print("format((-1.5-0.25j), '.11')", type(ex).__name__, ex)
try:
    print("format((-1.5-0.25j), '.6F')", repr(format((-1.5-0.25j), '.6F')))
except Exception as ex:
    print("format((-1.5-0.25j), '.6F')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'E')", repr(format(1e20j, 'E')))
except Exception as ex:
    print("format(1e20j, 'E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '-_.8')", repr(format(1e20j, '-_.8')))
except Exception as ex:
    print("format(1e20j, '-_.8')", type(ex).__name__, ex)
try:
    print("format(1e20j, '*<-,e')", repr(format(1e20j, '*<-,e')))
except Exception as ex:
    print("format(1e20j, '*<-,e')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'x^20f')", repr(format(1e20j, 'x^20f')))
except Exception as ex:
    print("format(1e20j, 'x^20f')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'zE')", repr(format(1e20j, 'zE')))
except Exception as ex:
    print("format(1e20j, 'zE')", type(ex).__name__, ex)
try:
    print("format(1e20j, '19_.4')", repr(format(1e20j, '19_.4')))
except Exception as ex:
    print("format(1e20j, '19_.4')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>27')", repr(format(1e20j, '>27')))
except Exception as ex:
    print("format(1e20j, '>27')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'x^15e')", repr(format(1e20j, 'x^15e')))
except Exception as ex:
    print("format(1e20j, 'x^15e')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'z,e')", repr(format(1e20j, 'z,e')))
except Exception as ex:
    print("format(1e20j, 'z,e')", type(ex).__name__, ex)
try:
    print("format(1e20j, '-,E')", repr(format(1e20j, '-,E')))
except Exception as ex:
    print("format(1e20j, '-,E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '^z,.5e')", repr(format(1e20j, '^z,.5e')))
except Exception as ex:
    print("format(1e20j, '^z,.5e')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'z7F')", repr(format(1e20j, 'z7F')))
except Exception as ex:
    print("format(1e20j, 'z7F')", type(ex).__name__, ex)
try:
    print("format(1e20j, '+.8F')", repr(format(1e20j, '+.8F')))
except Exception as ex:
    print("format(1e20j, '+.8F')", type(ex).__name__, ex)
try:
    print("format(1e20j, '< e')", repr(format(1e20j, '< e')))
except Exception as ex:
    print("format(1e20j, '< e')", type(ex).__name__, ex)
try:
    print("format(1e20j, '22,f')", repr(format(1e20j, '22,f')))
except Exception as ex:
    print("format(1e20j, '22,f')", type(ex).__name__, ex)
try:
    print("format(1e20j, '12.4g')", repr(format(1e20j, '12.4g')))
except Exception as ex:
    print("format(1e20j, '12.4g')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'x^#G')", repr(format(1e20j, 'x^#G')))
except Exception as ex:
    print("format(1e20j, 'x^#G')", type(ex).__name__, ex)
try:
    print("format(1e20j, '+16.1g')", repr(format(1e20j, '+16.1g')))
except Exception as ex:
    print("format(1e20j, '+16.1g')", type(ex).__name__, ex)
try:
    print("format(1e20j, '20,.2')", repr(format(1e20j, '20,.2')))
except Exception as ex:
    print("format(1e20j, '20,.2')", type(ex).__name__, ex)
try:
    print("format(1e20j, ' G')", repr(format(1e20j, ' G')))
except Exception as ex:
    print("format(1e20j, ' G')", type(ex).__name__, ex)
try:
    print("format(1e20j, '1.10E')", repr(format(1e20j, '1.10E')))
except Exception as ex:
    print("format(1e20j, '1.10E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '*<g')", repr(format(1e20j, '*<g')))
except Exception as ex:
    print("format(1e20j, '*<g')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>-26.2e')", repr(format(1e20j, '>-26.2e')))
except Exception as ex:
    print("format(1e20j, '>-26.2e')", type(ex).__name__, ex)
try:
    print("format(1e20j, '#11,F')", repr(format(1e20j, '#11,F')))
except Exception as ex:
    print("format(1e20j, '#11,F')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'f')", repr(format(1e20j, 'f')))
except Exception as ex:
    print("format(1e20j, 'f')", type(ex).__name__, ex)
try:
    print("format(1e20j, '+4,.2F')", repr(format(1e20j, '+4,.2F')))
except Exception as ex:
    print("format(1e20j, '+4,.2F')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>30_.0')", repr(format(1e20j, '>30_.0')))
except Exception as ex:
    print("format(1e20j, '>30_.0')", type(ex).__name__, ex)
try:
    print("format(1e20j, '-5e')", repr(format(1e20j, '-5e')))
except Exception as ex:
    print("format(1e20j, '-5e')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>,.12f')", repr(format(1e20j, '>,.12f')))
except Exception as ex:
    print("format(1e20j, '>,.12f')", type(ex).__name__, ex)
try:
    print("format(1e20j, '*<z4.4n')", repr(format(1e20j, '*<z4.4n')))
except Exception as ex:
    print("format(1e20j, '*<z4.4n')", type(ex).__name__, ex)
try:
    print("format(1e20j, '-#14.0F')", repr(format(1e20j, '-#14.0F')))
except Exception as ex:
    print("format(1e20j, '-#14.0F')", type(ex).__name__, ex)
try:
    print("format(1e20j, '_')", repr(format(1e20j, '_')))
except Exception as ex:
    print("format(1e20j, '_')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'F')", repr(format(1e20j, 'F')))
except Exception as ex:
    print("format(1e20j, 'F')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'x^11n')", repr(format(1e20j, 'x^11n')))
except Exception as ex:
    print("format(1e20j, 'x^11n')", type(ex).__name__, ex)
try:
    print("format(1e20j, ',F')", repr(format(1e20j, ',F')))
except Exception as ex:
    print("format(1e20j, ',F')", type(ex).__name__, ex)
try:
    print("format(1e20j, '< .9n')", repr(format(1e20j, '< .9n')))
except Exception as ex:
    print("format(1e20j, '< .9n')", type(ex).__name__, ex)
try:
    print("format(1e20j, '.2')", repr(format(1e20j, '.2')))
except Exception as ex:
    print("format(1e20j, '.2')", type(ex).__name__, ex)
try:
    print("format(1e20j, '+.3f')", repr(format(1e20j, '+.3f')))
except Exception as ex:
    print("format(1e20j, '+.3f')", type(ex).__name__, ex)
try:
    print("format(1e20j, '.5E')", repr(format(1e20j, '.5E')))
except Exception as ex:
    print("format(1e20j, '.5E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>+#.7E')", repr(format(1e20j, '>+#.7E')))
except Exception as ex:
    print("format(1e20j, '>+#.7E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>9.4E')", repr(format(1e20j, '>9.4E')))
except Exception as ex:
    print("format(1e20j, '>9.4E')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'z.4E')", repr(format(1e20j, 'z.4E')))
except Exception as ex:
    print("format(1e20j, 'z.4E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '#14,.3G')", repr(format(1e20j, '#14,.3G')))
except Exception as ex:
    print("format(1e20j, '#14,.3G')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'z.7G')", repr(format(1e20j, 'z.7G')))
except Exception as ex:
    print("format(1e20j, 'z.7G')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>-,e')", repr(format(1e20j, '>-,e')))
except Exception as ex:
    print("format(1e20j, '>-,e')", type(ex).__name__, ex)
try:
    print("format(1e20j, '.2')", repr(format(1e20j, '.2')))
except Exception as ex:
    print("format(1e20j, '.2')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'f')", repr(format(1e20j, 'f')))
except Exception as ex:
    print("format(1e20j, 'f')", type(ex).__name__, ex)
try:
    print("format(1e20j, '*<E')", repr(format(1e20j, '*<E')))
except Exception as ex:
    print("format(1e20j, '*<E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '#5,.10G')", repr(format(1e20j, '#5,.10G')))
except Exception as ex:
    print("format(1e20j, '#5,.10G')", type(ex).__name__, ex)
try:
    print("format(1e20j, '+12_.11f')", repr(format(1e20j, '+12_.11f')))
except Exception as ex:
    print("format(1e20j, '+12_.11f')", type(ex).__name__, ex)
try:
    print("format(1e20j, '^+24,f')", repr(format(1e20j, '^+24,f')))
except Exception as ex:
    print("format(1e20j, '^+24,f')", type(ex).__name__, ex)
try:
    print("format(1e20j, '21n')", repr(format(1e20j, '21n')))
except Exception as ex:
    print("format(1e20j, '21n')", type(ex).__name__, ex)
try:
    print("format(1e20j, '27')", repr(format(1e20j, '27')))
except Exception as ex:
    print("format(1e20j, '27')", type(ex).__name__, ex)
try:
    print("format(1e20j, ' 4n')", repr(format(1e20j, ' 4n')))
except Exception as ex:
    print("format(1e20j, ' 4n')", type(ex).__name__, ex)
try:
    print("format(1e20j, '<+E')", repr(format(1e20j, '<+E')))
except Exception as ex:
    print("format(1e20j, '<+E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '.8e')", repr(format(1e20j, '.8e')))
except Exception as ex:
    print("format(1e20j, '.8e')", type(ex).__name__, ex)
try:
    print("format(1e20j, 'x^,.6g')", repr(format(1e20j, 'x^,.6g')))
except Exception as ex:
    print("format(1e20j, 'x^,.6g')", type(ex).__name__, ex)
try:
    print("format(1e20j, '+#5E')", repr(format(1e20j, '+#5E')))
except Exception as ex:
    print("format(1e20j, '+#5E')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>.2G')", repr(format(1e20j, '>.2G')))
except Exception as ex:
    print("format(1e20j, '>.2G')", type(ex).__name__, ex)
try:
    print("format(1e20j, '>z.4f')", repr(format(1e20j, '>z.4f')))
except Exception as ex:
    print("format(1e20j, '>z.4f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '#')", repr(format((1e-7+3j), '#')))
except Exception as ex:
    print("format((1e-7+3j), '#')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '.0n')", repr(format((1e-7+3j), '.0n')))
except Exception as ex:
    print("format((1e-7+3j), '.0n')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), 'g')", repr(format((1e-7+3j), 'g')))
except Exception as ex:
    print("format((1e-7+3j), 'g')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '>23.12')", repr(format((1e-7+3j), '>23.12')))
except Exception as ex:
    print("format((1e-7+3j), '>23.12')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '+16.3E')", repr(format((1e-7+3j), '+16.3E')))
except Exception as ex:
    print("format((1e-7+3j), '+16.3E')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' z.2f')", repr(format((1e-7+3j), ' z.2f')))
except Exception as ex:
    print("format((1e-7+3j), ' z.2f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '9e')", repr(format((1e-7+3j), '9e')))
except Exception as ex:
    print("format((1e-7+3j), '9e')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '-13f')", repr(format((1e-7+3j), '-13f')))
except Exception as ex:
    print("format((1e-7+3j), '-13f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '+22_')", repr(format((1e-7+3j), '+22_')))
except Exception as ex:
    print("format((1e-7+3j), '+22_')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '1.8F')", repr(format((1e-7+3j), '1.8F')))
except Exception as ex:
    print("format((1e-7+3j), '1.8F')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '< ,')", repr(format((1e-7+3j), '< ,')))
except Exception as ex:
    print("format((1e-7+3j), '< ,')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '22n')", repr(format((1e-7+3j), '22n')))
except Exception as ex:
    print("format((1e-7+3j), '22n')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' 24.6f')", repr(format((1e-7+3j), ' 24.6f')))
except Exception as ex:
    print("format((1e-7+3j), ' 24.6f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^+23,.12F')", repr(format((1e-7+3j), '^+23,.12F')))
except Exception as ex:
    print("format((1e-7+3j), '^+23,.12F')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^-27')", repr(format((1e-7+3j), '^-27')))
except Exception as ex:
    print("format((1e-7+3j), '^-27')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '<#.1f')", repr(format((1e-7+3j), '<#.1f')))
except Exception as ex:
    print("format((1e-7+3j), '<#.1f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '+#.10')", repr(format((1e-7+3j), '+#.10')))
except Exception as ex:
    print("format((1e-7+3j), '+#.10')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), 'z7.7E')", repr(format((1e-7+3j), 'z7.7E')))
except Exception as ex:
    print("format((1e-7+3j), 'z7.7E')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '>19.1G')", repr(format((1e-7+3j), '>19.1G')))
except Exception as ex:
    print("format((1e-7+3j), '>19.1G')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), 'x^+20_e')", repr(format((1e-7+3j), 'x^+20_e')))
except Exception as ex:
    print("format((1e-7+3j), 'x^+20_e')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' 3.10G')", repr(format((1e-7+3j), ' 3.10G')))
except Exception as ex:
    print("format((1e-7+3j), ' 3.10G')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), 'x^4E')", repr(format((1e-7+3j), 'x^4E')))
except Exception as ex:
    print("format((1e-7+3j), 'x^4E')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '11E')", repr(format((1e-7+3j), '11E')))
except Exception as ex:
    print("format((1e-7+3j), '11E')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^22,.12G')", repr(format((1e-7+3j), '^22,.12G')))
except Exception as ex:
    print("format((1e-7+3j), '^22,.12G')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '23G')", repr(format((1e-7+3j), '23G')))
except Exception as ex:
    print("format((1e-7+3j), '23G')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '-G')", repr(format((1e-7+3j), '-G')))
except Exception as ex:
    print("format((1e-7+3j), '-G')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^#.7f')", repr(format((1e-7+3j), '^#.7f')))
except Exception as ex:
    print("format((1e-7+3j), '^#.7f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' #g')", repr(format((1e-7+3j), ' #g')))
except Exception as ex:
    print("format((1e-7+3j), ' #g')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), 'f')", repr(format((1e-7+3j), 'f')))
except Exception as ex:
    print("format((1e-7+3j), 'f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '-_.9f')", repr(format((1e-7+3j), '-_.9f')))
except Exception as ex:
    print("format((1e-7+3j), '-_.9f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '3')", repr(format((1e-7+3j), '3')))
except Exception as ex:
    print("format((1e-7+3j), '3')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '12_F')", repr(format((1e-7+3j), '12_F')))
except Exception as ex:
    print("format((1e-7+3j), '12_F')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^,F')", repr(format((1e-7+3j), '^,F')))
except Exception as ex:
    print("format((1e-7+3j), '^,F')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^19e')", repr(format((1e-7+3j), '^19e')))
except Exception as ex:
    print("format((1e-7+3j), '^19e')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '17_E')", repr(format((1e-7+3j), '17_E')))
except Exception as ex:
    print("format((1e-7+3j), '17_E')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '.1n')", repr(format((1e-7+3j), '.1n')))
except Exception as ex:
    print("format((1e-7+3j), '.1n')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '#12,.5F')", repr(format((1e-7+3j), '#12,.5F')))
except Exception as ex:
    print("format((1e-7+3j), '#12,.5F')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' #28f')", repr(format((1e-7+3j), ' #28f')))
except Exception as ex:
    print("format((1e-7+3j), ' #28f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '#,g')", repr(format((1e-7+3j), '#,g')))
except Exception as ex:
    print("format((1e-7+3j), '#,g')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '+29')", repr(format((1e-7+3j), '+29')))
except Exception as ex:
    print("format((1e-7+3j), '+29')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '20.7e')", repr(format((1e-7+3j), '20.7e')))
except Exception as ex:
    print("format((1e-7+3j), '20.7e')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '#.3e')", repr(format((1e-7+3j), '#.3e')))
except Exception as ex:
    print("format((1e-7+3j), '#.3e')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '*<-#.11g')", repr(format((1e-7+3j), '*<-#.11g')))
except Exception as ex:
    print("format((1e-7+3j), '*<-#.11g')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), 'x^-22F')", repr(format((1e-7+3j), 'x^-22F')))
except Exception as ex:
    print("format((1e-7+3j), 'x^-22F')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '7_')", repr(format((1e-7+3j), '7_')))
except Exception as ex:
    print("format((1e-7+3j), '7_')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '#2.5n')", repr(format((1e-7+3j), '#2.5n')))
except Exception as ex:
    print("format((1e-7+3j), '#2.5n')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '+.12E')", repr(format((1e-7+3j), '+.12E')))
except Exception as ex:
    print("format((1e-7+3j), '+.12E')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '>f')", repr(format((1e-7+3j), '>f')))
except Exception as ex:
    print("format((1e-7+3j), '>f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' g')", repr(format((1e-7+3j), ' g')))
except Exception as ex:
    print("format((1e-7+3j), ' g')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ',.3f')", repr(format((1e-7+3j), ',.3f')))
except Exception as ex:
    print("format((1e-7+3j), ',.3f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^12.11F')", repr(format((1e-7+3j), '^12.11F')))
except Exception as ex:
    print("format((1e-7+3j), '^12.11F')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '^13f')", repr(format((1e-7+3j), '^13f')))
except Exception as ex:
    print("format((1e-7+3j), '^13f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '6_G')", repr(format((1e-7+3j), '6_G')))
except Exception as ex:
    print("format((1e-7+3j), '6_G')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ',f')", repr(format((1e-7+3j), ',f')))
except Exception as ex:
    print("format((1e-7+3j), ',f')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '30n')", repr(format((1e-7+3j), '30n')))
except Exception as ex:
    print("format((1e-7+3j), '30n')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '24e')", repr(format((1e-7+3j), '24e')))
except Exception as ex:
    print("format((1e-7+3j), '24e')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '3.5g')", repr(format((1e-7+3j), '3.5g')))
except Exception as ex:
    print("format((1e-7+3j), '3.5g')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), '>25e')", repr(format((1e-7+3j), '>25e')))
except Exception as ex:
    print("format((1e-7+3j), '>25e')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' #.9')", repr(format((1e-7+3j), ' #.9')))
except Exception as ex:
    print("format((1e-7+3j), ' #.9')", type(ex).__name__, ex)
try:
    print("format((1e-7+3j), ' G')", repr(format((1e-7+3j), ' G')))
except Exception as ex:
    print("format((1e-7+3j), ' G')", type(ex).__name__, ex)
try:
    print("format(0j, '>+3.4n')", repr(format(0j, '>+3.4n')))
except Exception as ex:
    print("format(0j, '>+3.4n')", type(ex).__name__, ex)
try:
    print("format(0j, '')", repr(format(0j, '')))
except Exception as ex:
    print("format(0j, '')", type(ex).__name__, ex)
try:
    print("format(0j, '23F')", repr(format(0j, '23F')))
except Exception as ex:
    print("format(0j, '23F')", type(ex).__name__, ex)
try:
    print("format(0j, 'n')", repr(format(0j, 'n')))
except Exception as ex:
    print("format(0j, 'n')", type(ex).__name__, ex)
try:
    print("format(0j, 'G')", repr(format(0j, 'G')))
except Exception as ex:
    print("format(0j, 'G')", type(ex).__name__, ex)
try:
    print("format(0j, ' G')", repr(format(0j, ' G')))
except Exception as ex:
    print("format(0j, ' G')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^z18.3f')", repr(format(0j, 'x^z18.3f')))
except Exception as ex:
    print("format(0j, 'x^z18.3f')", type(ex).__name__, ex)
try:
    print("format(0j, '>.7G')", repr(format(0j, '>.7G')))
except Exception as ex:
    print("format(0j, '>.7G')", type(ex).__name__, ex)
try:
    print("format(0j, ' 15,.6g')", repr(format(0j, ' 15,.6g')))
except Exception as ex:
    print("format(0j, ' 15,.6g')", type(ex).__name__, ex)
try:
    print("format(0j, ',e')", repr(format(0j, ',e')))
except Exception as ex:
    print("format(0j, ',e')", type(ex).__name__, ex)
try:
    print("format(0j, ' zG')", repr(format(0j, ' zG')))
except Exception as ex:
    print("format(0j, ' zG')", type(ex).__name__, ex)
try:
    print("format(0j, '-,E')", repr(format(0j, '-,E')))
except Exception as ex:
    print("format(0j, '-,E')", type(ex).__name__, ex)
try:
    print("format(0j, '21f')", repr(format(0j, '21f')))
except Exception as ex:
    print("format(0j, '21f')", type(ex).__name__, ex)
try:
    print("format(0j, '.12E')", repr(format(0j, '.12E')))
except Exception as ex:
    print("format(0j, '.12E')", type(ex).__name__, ex)
try:
    print("format(0j, '+.2G')", repr(format(0j, '+.2G')))
except Exception as ex:
    print("format(0j, '+.2G')", type(ex).__name__, ex)
try:
    print("format(0j, '<.11n')", repr(format(0j, '<.11n')))
except Exception as ex:
    print("format(0j, '<.11n')", type(ex).__name__, ex)
try:
    print("format(0j, 'g')", repr(format(0j, 'g')))
except Exception as ex:
    print("format(0j, 'g')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^-E')", repr(format(0j, 'x^-E')))
except Exception as ex:
    print("format(0j, 'x^-E')", type(ex).__name__, ex)
try:
    print("format(0j, ' #_F')", repr(format(0j, ' #_F')))
except Exception as ex:
    print("format(0j, ' #_F')", type(ex).__name__, ex)
try:
    print("format(0j, '^n')", repr(format(0j, '^n')))
except Exception as ex:
    print("format(0j, '^n')", type(ex).__name__, ex)
try:
    print("format(0j, ' 1.2e')", repr(format(0j, ' 1.2e')))
except Exception as ex:
    print("format(0j, ' 1.2e')", type(ex).__name__, ex)
try:
    print("format(0j, ',g')", repr(format(0j, ',g')))
except Exception as ex:
    print("format(0j, ',g')", type(ex).__name__, ex)
try:
    print("format(0j, '+20.1')", repr(format(0j, '+20.1')))
except Exception as ex:
    print("format(0j, '+20.1')", type(ex).__name__, ex)
try:
    print("format(0j, 'e')", repr(format(0j, 'e')))
except Exception as ex:
    print("format(0j, 'e')", type(ex).__name__, ex)
try:
    print("format(0j, '1,e')", repr(format(0j, '1,e')))
except Exception as ex:
    print("format(0j, '1,e')", type(ex).__name__, ex)
try:
    print("format(0j, '.4n')", repr(format(0j, '.4n')))
except Exception as ex:
    print("format(0j, '.4n')", type(ex).__name__, ex)
try:
    print("format(0j, '-22g')", repr(format(0j, '-22g')))
except Exception as ex:
    print("format(0j, '-22g')", type(ex).__name__, ex)
try:
    print("format(0j, '-.7F')", repr(format(0j, '-.7F')))
except Exception as ex:
    print("format(0j, '-.7F')", type(ex).__name__, ex)
try:
    print("format(0j, 'z#28.7')", repr(format(0j, 'z#28.7')))
except Exception as ex:
    print("format(0j, 'z#28.7')", type(ex).__name__, ex)
try:
    print("format(0j, '> ,.2')", repr(format(0j, '> ,.2')))
except Exception as ex:
    print("format(0j, '> ,.2')", type(ex).__name__, ex)
try:
    print("format(0j, '-_g')", repr(format(0j, '-_g')))
except Exception as ex:
    print("format(0j, '-_g')", type(ex).__name__, ex)
try:
    print("format(0j, '#15,.5F')", repr(format(0j, '#15,.5F')))
except Exception as ex:
    print("format(0j, '#15,.5F')", type(ex).__name__, ex)
try:
    print("format(0j, '>')", repr(format(0j, '>')))
except Exception as ex:
    print("format(0j, '>')", type(ex).__name__, ex)
try:
    print("format(0j, '+,.12f')", repr(format(0j, '+,.12f')))
except Exception as ex:
    print("format(0j, '+,.12f')", type(ex).__name__, ex)
try:
    print("format(0j, '.8E')", repr(format(0j, '.8E')))
except Exception as ex:
    print("format(0j, '.8E')", type(ex).__name__, ex)
try:
    print("format(0j, '<')", repr(format(0j, '<')))
except Exception as ex:
    print("format(0j, '<')", type(ex).__name__, ex)
try:
    print("format(0j, '^#22G')", repr(format(0j, '^#22G')))
except Exception as ex:
    print("format(0j, '^#22G')", type(ex).__name__, ex)
try:
    print("format(0j, 'n')", repr(format(0j, 'n')))
except Exception as ex:
    print("format(0j, 'n')", type(ex).__name__, ex)
try:
    print("format(0j, '+G')", repr(format(0j, '+G')))
except Exception as ex:
    print("format(0j, '+G')", type(ex).__name__, ex)
try:
    print("format(0j, '#.6')", repr(format(0j, '#.6')))
except Exception as ex:
    print("format(0j, '#.6')", type(ex).__name__, ex)
try:
    print("format(0j, '27G')", repr(format(0j, '27G')))
except Exception as ex:
    print("format(0j, '27G')", type(ex).__name__, ex)
try:
    print("format(0j, '> _')", repr(format(0j, '> _')))
except Exception as ex:
    print("format(0j, '> _')", type(ex).__name__, ex)
try:
    print("format(0j, '<n')", repr(format(0j, '<n')))
except Exception as ex:
    print("format(0j, '<n')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^e')", repr(format(0j, 'x^e')))
except Exception as ex:
    print("format(0j, 'x^e')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^.12g')", repr(format(0j, 'x^.12g')))
except Exception as ex:
    print("format(0j, 'x^.12g')", type(ex).__name__, ex)
try:
    print("format(0j, 'z.8G')", repr(format(0j, 'z.8G')))
except Exception as ex:
    print("format(0j, 'z.8G')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^-4,.3e')", repr(format(0j, 'x^-4,.3e')))
except Exception as ex:
    print("format(0j, 'x^-4,.3e')", type(ex).__name__, ex)
try:
    print("format(0j, '<#19_F')", repr(format(0j, '<#19_F')))
except Exception as ex:
    print("format(0j, '<#19_F')", type(ex).__name__, ex)
try:
    print("format(0j, 'z14')", repr(format(0j, 'z14')))
except Exception as ex:
    print("format(0j, 'z14')", type(ex).__name__, ex)
try:
    print("format(0j, '28,.4G')", repr(format(0j, '28,.4G')))
except Exception as ex:
    print("format(0j, '28,.4G')", type(ex).__name__, ex)
try:
    print("format(0j, '_.7f')", repr(format(0j, '_.7f')))
except Exception as ex:
    print("format(0j, '_.7f')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^ #e')", repr(format(0j, 'x^ #e')))
except Exception as ex:
    print("format(0j, 'x^ #e')", type(ex).__name__, ex)
try:
    print("format(0j, '+22.11n')", repr(format(0j, '+22.11n')))
except Exception as ex:
    print("format(0j, '+22.11n')", type(ex).__name__, ex)
try:
    print("format(0j, '^ #.5n')", repr(format(0j, '^ #.5n')))
except Exception as ex:
    print("format(0j, '^ #.5n')", type(ex).__name__, ex)
try:
    print("format(0j, '+.0n')", repr(format(0j, '+.0n')))
except Exception as ex:
    print("format(0j, '+.0n')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^27,.5f')", repr(format(0j, 'x^27,.5f')))
except Exception as ex:
    print("format(0j, 'x^27,.5f')", type(ex).__name__, ex)
try:
    print("format(0j, '-,e')", repr(format(0j, '-,e')))
except Exception as ex:
    print("format(0j, '-,e')", type(ex).__name__, ex)
try:
    print("format(0j, '#.11')", repr(format(0j, '#.11')))
except Exception as ex:
    print("format(0j, '#.11')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^_.1g')", repr(format(0j, 'x^_.1g')))
except Exception as ex:
    print("format(0j, 'x^_.1g')", type(ex).__name__, ex)
try:
    print("format(0j, 'x^-#19.1F')", repr(format(0j, 'x^-#19.1F')))
except Exception as ex:
    print("format(0j, 'x^-#19.1F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'x^+#_f')", repr(format((-0.0-0.0j), 'x^+#_f')))
except Exception as ex:
    print("format((-0.0-0.0j), 'x^+#_f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '^f')", repr(format((-0.0-0.0j), '^f')))
except Exception as ex:
    print("format((-0.0-0.0j), '^f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.3E')", repr(format((-0.0-0.0j), '.3E')))
except Exception as ex:
    print("format((-0.0-0.0j), '.3E')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '<7.10e')", repr(format((-0.0-0.0j), '<7.10e')))
except Exception as ex:
    print("format((-0.0-0.0j), '<7.10e')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.8f')", repr(format((-0.0-0.0j), '.8f')))
except Exception as ex:
    print("format((-0.0-0.0j), '.8f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' _g')", repr(format((-0.0-0.0j), ' _g')))
except Exception as ex:
    print("format((-0.0-0.0j), ' _g')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '<G')", repr(format((-0.0-0.0j), '<G')))
except Exception as ex:
    print("format((-0.0-0.0j), '<G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '+_.4F')", repr(format((-0.0-0.0j), '+_.4F')))
except Exception as ex:
    print("format((-0.0-0.0j), '+_.4F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' z22.9E')", repr(format((-0.0-0.0j), ' z22.9E')))
except Exception as ex:
    print("format((-0.0-0.0j), ' z22.9E')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '> z_.3')", repr(format((-0.0-0.0j), '> z_.3')))
except Exception as ex:
    print("format((-0.0-0.0j), '> z_.3')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '*<.2F')", repr(format((-0.0-0.0j), '*<.2F')))
except Exception as ex:
    print("format((-0.0-0.0j), '*<.2F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '9_F')", repr(format((-0.0-0.0j), '9_F')))
except Exception as ex:
    print("format((-0.0-0.0j), '9_F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '^-n')", repr(format((-0.0-0.0j), '^-n')))
except Exception as ex:
    print("format((-0.0-0.0j), '^-n')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '14.10')", repr(format((-0.0-0.0j), '14.10')))
except Exception as ex:
    print("format((-0.0-0.0j), '14.10')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' #_.2E')", repr(format((-0.0-0.0j), ' #_.2E')))
except Exception as ex:
    print("format((-0.0-0.0j), ' #_.2E')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '>#13.8f')", repr(format((-0.0-0.0j), '>#13.8f')))
except Exception as ex:
    print("format((-0.0-0.0j), '>#13.8f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.8f')", repr(format((-0.0-0.0j), '.8f')))
except Exception as ex:
    print("format((-0.0-0.0j), '.8f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '#3f')", repr(format((-0.0-0.0j), '#3f')))
except Exception as ex:
    print("format((-0.0-0.0j), '#3f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '')", repr(format((-0.0-0.0j), '')))
except Exception as ex:
    print("format((-0.0-0.0j), '')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.5G')", repr(format((-0.0-0.0j), '.5G')))
except Exception as ex:
    print("format((-0.0-0.0j), '.5G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'x^ 16_.12F')", repr(format((-0.0-0.0j), 'x^ 16_.12F')))
except Exception as ex:
    print("format((-0.0-0.0j), 'x^ 16_.12F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.11g')", repr(format((-0.0-0.0j), '.11g')))
except Exception as ex:
    print("format((-0.0-0.0j), '.11g')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '+#21.0G')", repr(format((-0.0-0.0j), '+#21.0G')))
except Exception as ex:
    print("format((-0.0-0.0j), '+#21.0G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.4G')", repr(format((-0.0-0.0j), '.4G')))
except Exception as ex:
    print("format((-0.0-0.0j), '.4G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '>+.11n')", repr(format((-0.0-0.0j), '>+.11n')))
except Exception as ex:
    print("format((-0.0-0.0j), '>+.11n')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.10G')", repr(format((-0.0-0.0j), '.10G')))
except Exception as ex:
    print("format((-0.0-0.0j), '.10G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '>+28.5E')", repr(format((-0.0-0.0j), '>+28.5E')))
except Exception as ex:
    print("format((-0.0-0.0j), '>+28.5E')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '21F')", repr(format((-0.0-0.0j), '21F')))
except Exception as ex:
    print("format((-0.0-0.0j), '21F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' 21F')", repr(format((-0.0-0.0j), ' 21F')))
except Exception as ex:
    print("format((-0.0-0.0j), ' 21F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '*<#,.1F')", repr(format((-0.0-0.0j), '*<#,.1F')))
except Exception as ex:
    print("format((-0.0-0.0j), '*<#,.1F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '#,.6e')", repr(format((-0.0-0.0j), '#,.6e')))
except Exception as ex:
    print("format((-0.0-0.0j), '#,.6e')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '#19.11F')", repr(format((-0.0-0.0j), '#19.11F')))
except Exception as ex:
    print("format((-0.0-0.0j), '#19.11F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '>G')", repr(format((-0.0-0.0j), '>G')))
except Exception as ex:
    print("format((-0.0-0.0j), '>G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '^-f')", repr(format((-0.0-0.0j), '^-f')))
except Exception as ex:
    print("format((-0.0-0.0j), '^-f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '*<-F')", repr(format((-0.0-0.0j), '*<-F')))
except Exception as ex:
    print("format((-0.0-0.0j), '*<-F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '+n')", repr(format((-0.0-0.0j), '+n')))
except Exception as ex:
    print("format((-0.0-0.0j), '+n')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '*<f')", repr(format((-0.0-0.0j), '*<f')))
except Exception as ex:
    print("format((-0.0-0.0j), '*<f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '#.11')", repr(format((-0.0-0.0j), '#.11')))
except Exception as ex:
    print("format((-0.0-0.0j), '#.11')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'n')", repr(format((-0.0-0.0j), 'n')))
except Exception as ex:
    print("format((-0.0-0.0j), 'n')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '+#9G')", repr(format((-0.0-0.0j), '+#9G')))
except Exception as ex:
    print("format((-0.0-0.0j), '+#9G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'F')", repr(format((-0.0-0.0j), 'F')))
except Exception as ex:
    print("format((-0.0-0.0j), 'F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '>.4')", repr(format((-0.0-0.0j), '>.4')))
except Exception as ex:
    print("format((-0.0-0.0j), '>.4')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' z#f')", repr(format((-0.0-0.0j), ' z#f')))
except Exception as ex:
    print("format((-0.0-0.0j), ' z#f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'f')", repr(format((-0.0-0.0j), 'f')))
except Exception as ex:
    print("format((-0.0-0.0j), 'f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.3n')", repr(format((-0.0-0.0j), '.3n')))
except Exception as ex:
    print("format((-0.0-0.0j), '.3n')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '.11E')", repr(format((-0.0-0.0j), '.11E')))
except Exception as ex:
    print("format((-0.0-0.0j), '.11E')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '+_f')", repr(format((-0.0-0.0j), '+_f')))
except Exception as ex:
    print("format((-0.0-0.0j), '+_f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'F')", repr(format((-0.0-0.0j), 'F')))
except Exception as ex:
    print("format((-0.0-0.0j), 'F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'z_.11f')", repr(format((-0.0-0.0j), 'z_.11f')))
except Exception as ex:
    print("format((-0.0-0.0j), 'z_.11f')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '*<-18_F')", repr(format((-0.0-0.0j), '*<-18_F')))
except Exception as ex:
    print("format((-0.0-0.0j), '*<-18_F')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' .1n')", repr(format((-0.0-0.0j), ' .1n')))
except Exception as ex:
    print("format((-0.0-0.0j), ' .1n')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' _g')", repr(format((-0.0-0.0j), ' _g')))
except Exception as ex:
    print("format((-0.0-0.0j), ' _g')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '6e')", repr(format((-0.0-0.0j), '6e')))
except Exception as ex:
    print("format((-0.0-0.0j), '6e')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'e')", repr(format((-0.0-0.0j), 'e')))
except Exception as ex:
    print("format((-0.0-0.0j), 'e')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '*< G')", repr(format((-0.0-0.0j), '*< G')))
except Exception as ex:
    print("format((-0.0-0.0j), '*< G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'x^.7G')", repr(format((-0.0-0.0j), 'x^.7G')))
except Exception as ex:
    print("format((-0.0-0.0j), 'x^.7G')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' 18E')", repr(format((-0.0-0.0j), ' 18E')))
except Exception as ex:
    print("format((-0.0-0.0j), ' 18E')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), 'x^-#11.4n')", repr(format((-0.0-0.0j), 'x^-#11.4n')))
except Exception as ex:
    print("format((-0.0-0.0j), 'x^-#11.4n')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), ' #19_')", repr(format((-0.0-0.0j), ' #19_')))
except Exception as ex:
    print("format((-0.0-0.0j), ' #19_')", type(ex).__name__, ex)
try:
    print("format((-0.0-0.0j), '+2F')", repr(format((-0.0-0.0j), '+2F')))
except Exception as ex:
    print("format((-0.0-0.0j), '+2F')", type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'F\')', repr(format(complex(float("inf"), float("nan")), 'F')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'F\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'12\')', repr(format(complex(float("inf"), float("nan")), '12')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'12\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'12.10e\')', repr(format(complex(float("inf"), float("nan")), '12.10e')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'12.10e\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'*<#n\')', repr(format(complex(float("inf"), float("nan")), '*<#n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'*<#n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'^6.10f\')', repr(format(complex(float("inf"), float("nan")), '^6.10f')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'^6.10f\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'.9\')', repr(format(complex(float("inf"), float("nan")), '.9')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'.9\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \' .10n\')', repr(format(complex(float("inf"), float("nan")), ' .10n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \' .10n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'z#26.7n\')', repr(format(complex(float("inf"), float("nan")), 'z#26.7n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'z#26.7n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'#,.1f\')', repr(format(complex(float("inf"), float("nan")), '#,.1f')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'#,.1f\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'<F\')', repr(format(complex(float("inf"), float("nan")), '<F')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'<F\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'#1G\')', repr(format(complex(float("inf"), float("nan")), '#1G')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'#1G\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'< .5g\')', repr(format(complex(float("inf"), float("nan")), '< .5g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'< .5g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'*<F\')', repr(format(complex(float("inf"), float("nan")), '*<F')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'*<F\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'<+.1e\')', repr(format(complex(float("inf"), float("nan")), '<+.1e')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'<+.1e\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'.6n\')', repr(format(complex(float("inf"), float("nan")), '.6n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'.6n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'-#1_.9G\')', repr(format(complex(float("inf"), float("nan")), '-#1_.9G')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'-#1_.9G\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'-13.11f\')', repr(format(complex(float("inf"), float("nan")), '-13.11f')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'-13.11f\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'+,e\')', repr(format(complex(float("inf"), float("nan")), '+,e')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'+,e\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'#15.6G\')', repr(format(complex(float("inf"), float("nan")), '#15.6G')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'#15.6G\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \' 26n\')', repr(format(complex(float("inf"), float("nan")), ' 26n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \' 26n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'8_.11e\')', repr(format(complex(float("inf"), float("nan")), '8_.11e')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'8_.11e\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'#5.7n\')', repr(format(complex(float("inf"), float("nan")), '#5.7n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'#5.7n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'-.7n\')', repr(format(complex(float("inf"), float("nan")), '-.7n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'-.7n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'<#F\')', repr(format(complex(float("inf"), float("nan")), '<#F')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'<#F\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'#.2E\')', repr(format(complex(float("inf"), float("nan")), '#.2E')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'#.2E\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \',.2g\')', repr(format(complex(float("inf"), float("nan")), ',.2g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \',.2g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'*<16.2E\')', repr(format(complex(float("inf"), float("nan")), '*<16.2E')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'*<16.2E\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'<f\')', repr(format(complex(float("inf"), float("nan")), '<f')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'<f\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \',.10f\')', repr(format(complex(float("inf"), float("nan")), ',.10f')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \',.10f\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \',E\')', repr(format(complex(float("inf"), float("nan")), ',E')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \',E\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'4g\')', repr(format(complex(float("inf"), float("nan")), '4g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'4g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'26_.0F\')', repr(format(complex(float("inf"), float("nan")), '26_.0F')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'26_.0F\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'.7g\')', repr(format(complex(float("inf"), float("nan")), '.7g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'.7g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'17_\')', repr(format(complex(float("inf"), float("nan")), '17_')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'17_\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'x^#12_.2f\')', repr(format(complex(float("inf"), float("nan")), 'x^#12_.2f')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'x^#12_.2f\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'ze\')', repr(format(complex(float("inf"), float("nan")), 'ze')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'ze\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'16.6e\')', repr(format(complex(float("inf"), float("nan")), '16.6e')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'16.6e\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'<+25_.3g\')', repr(format(complex(float("inf"), float("nan")), '<+25_.3g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'<+25_.3g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'z20.9G\')', repr(format(complex(float("inf"), float("nan")), 'z20.9G')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'z20.9G\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'#7_.2e\')', repr(format(complex(float("inf"), float("nan")), '#7_.2e')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'#7_.2e\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'*<.1F\')', repr(format(complex(float("inf"), float("nan")), '*<.1F')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'*<.1F\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'\')', repr(format(complex(float("inf"), float("nan")), '')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'3E\')', repr(format(complex(float("inf"), float("nan")), '3E')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'3E\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'#26,.10E\')', repr(format(complex(float("inf"), float("nan")), '#26,.10E')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'#26,.10E\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'>14.6n\')', repr(format(complex(float("inf"), float("nan")), '>14.6n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'>14.6n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'<.4g\')', repr(format(complex(float("inf"), float("nan")), '<.4g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'<.4g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \' e\')', repr(format(complex(float("inf"), float("nan")), ' e')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \' e\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'25_.6G\')', repr(format(complex(float("inf"), float("nan")), '25_.6G')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'25_.6G\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'^#.4\')', repr(format(complex(float("inf"), float("nan")), '^#.4')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'^#.4\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'x^_.5\')', repr(format(complex(float("inf"), float("nan")), 'x^_.5')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'x^_.5\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \' .6f\')', repr(format(complex(float("inf"), float("nan")), ' .6f')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \' .6f\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'+#G\')', repr(format(complex(float("inf"), float("nan")), '+#G')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'+#G\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'19.5\')', repr(format(complex(float("inf"), float("nan")), '19.5')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'19.5\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \' #7.1E\')', repr(format(complex(float("inf"), float("nan")), ' #7.1E')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \' #7.1E\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'z.11n\')', repr(format(complex(float("inf"), float("nan")), 'z.11n')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'z.11n\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'_g\')', repr(format(complex(float("inf"), float("nan")), '_g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'_g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \' .3E\')', repr(format(complex(float("inf"), float("nan")), ' .3E')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \' .3E\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'20g\')', repr(format(complex(float("inf"), float("nan")), '20g')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'20g\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'<+#15.12\')', repr(format(complex(float("inf"), float("nan")), '<+#15.12')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'<+#15.12\')', type(ex).__name__, ex)
try:
    print('format(complex(float("inf"), float("nan")), \'*<#.8G\')', repr(format(complex(float("inf"), float("nan")), '*<#.8G')))
except Exception as ex:
    print('format(complex(float("inf"), float("nan")), \'*<#.8G\')', type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), ' 24g')", repr(format((123456.789-987654.321j), ' 24g')))
except Exception as ex:
    print("format((123456.789-987654.321j), ' 24g')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '-.5F')", repr(format((123456.789-987654.321j), '-.5F')))
except Exception as ex:
    print("format((123456.789-987654.321j), '-.5F')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'x^-e')", repr(format((123456.789-987654.321j), 'x^-e')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'x^-e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '^29.1E')", repr(format((123456.789-987654.321j), '^29.1E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '^29.1E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '*<f')", repr(format((123456.789-987654.321j), '*<f')))
except Exception as ex:
    print("format((123456.789-987654.321j), '*<f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '>G')", repr(format((123456.789-987654.321j), '>G')))
except Exception as ex:
    print("format((123456.789-987654.321j), '>G')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'x^2f')", repr(format((123456.789-987654.321j), 'x^2f')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'x^2f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '^+F')", repr(format((123456.789-987654.321j), '^+F')))
except Exception as ex:
    print("format((123456.789-987654.321j), '^+F')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '7e')", repr(format((123456.789-987654.321j), '7e')))
except Exception as ex:
    print("format((123456.789-987654.321j), '7e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), ' _.2')", repr(format((123456.789-987654.321j), ' _.2')))
except Exception as ex:
    print("format((123456.789-987654.321j), ' _.2')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '18_E')", repr(format((123456.789-987654.321j), '18_E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '18_E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '1.10G')", repr(format((123456.789-987654.321j), '1.10G')))
except Exception as ex:
    print("format((123456.789-987654.321j), '1.10G')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '')", repr(format((123456.789-987654.321j), '')))
except Exception as ex:
    print("format((123456.789-987654.321j), '')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '.10e')", repr(format((123456.789-987654.321j), '.10e')))
except Exception as ex:
    print("format((123456.789-987654.321j), '.10e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'g')", repr(format((123456.789-987654.321j), 'g')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'g')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '.12n')", repr(format((123456.789-987654.321j), '.12n')))
except Exception as ex:
    print("format((123456.789-987654.321j), '.12n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '>-28.4f')", repr(format((123456.789-987654.321j), '>-28.4f')))
except Exception as ex:
    print("format((123456.789-987654.321j), '>-28.4f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), ' ,F')", repr(format((123456.789-987654.321j), ' ,F')))
except Exception as ex:
    print("format((123456.789-987654.321j), ' ,F')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'x^z.3n')", repr(format((123456.789-987654.321j), 'x^z.3n')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'x^z.3n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '.10E')", repr(format((123456.789-987654.321j), '.10E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '.10E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '24.8e')", repr(format((123456.789-987654.321j), '24.8e')))
except Exception as ex:
    print("format((123456.789-987654.321j), '24.8e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '.5n')", repr(format((123456.789-987654.321j), '.5n')))
except Exception as ex:
    print("format((123456.789-987654.321j), '.5n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '29,.9e')", repr(format((123456.789-987654.321j), '29,.9e')))
except Exception as ex:
    print("format((123456.789-987654.321j), '29,.9e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'F')", repr(format((123456.789-987654.321j), 'F')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'F')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'z_E')", repr(format((123456.789-987654.321j), 'z_E')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'z_E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '+zg')", repr(format((123456.789-987654.321j), '+zg')))
except Exception as ex:
    print("format((123456.789-987654.321j), '+zg')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '*<18')", repr(format((123456.789-987654.321j), '*<18')))
except Exception as ex:
    print("format((123456.789-987654.321j), '*<18')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '<_f')", repr(format((123456.789-987654.321j), '<_f')))
except Exception as ex:
    print("format((123456.789-987654.321j), '<_f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'x^8.6F')", repr(format((123456.789-987654.321j), 'x^8.6F')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'x^8.6F')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), ' #g')", repr(format((123456.789-987654.321j), ' #g')))
except Exception as ex:
    print("format((123456.789-987654.321j), ' #g')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '^+#.11E')", repr(format((123456.789-987654.321j), '^+#.11E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '^+#.11E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), ' 26f')", repr(format((123456.789-987654.321j), ' 26f')))
except Exception as ex:
    print("format((123456.789-987654.321j), ' 26f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'x^n')", repr(format((123456.789-987654.321j), 'x^n')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'x^n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'G')", repr(format((123456.789-987654.321j), 'G')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'G')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), ',.2e')", repr(format((123456.789-987654.321j), ',.2e')))
except Exception as ex:
    print("format((123456.789-987654.321j), ',.2e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '*<#9_g')", repr(format((123456.789-987654.321j), '*<#9_g')))
except Exception as ex:
    print("format((123456.789-987654.321j), '*<#9_g')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '*<E')", repr(format((123456.789-987654.321j), '*<E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '*<E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'x^,.10E')", repr(format((123456.789-987654.321j), 'x^,.10E')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'x^,.10E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '+8.5g')", repr(format((123456.789-987654.321j), '+8.5g')))
except Exception as ex:
    print("format((123456.789-987654.321j), '+8.5g')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '#E')", repr(format((123456.789-987654.321j), '#E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '#E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '25.11F')", repr(format((123456.789-987654.321j), '25.11F')))
except Exception as ex:
    print("format((123456.789-987654.321j), '25.11F')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '10,')", repr(format((123456.789-987654.321j), '10,')))
except Exception as ex:
    print("format((123456.789-987654.321j), '10,')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '+n')", repr(format((123456.789-987654.321j), '+n')))
except Exception as ex:
    print("format((123456.789-987654.321j), '+n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '#,e')", repr(format((123456.789-987654.321j), '#,e')))
except Exception as ex:
    print("format((123456.789-987654.321j), '#,e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '^11,.3f')", repr(format((123456.789-987654.321j), '^11,.3f')))
except Exception as ex:
    print("format((123456.789-987654.321j), '^11,.3f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '< ,f')", repr(format((123456.789-987654.321j), '< ,f')))
except Exception as ex:
    print("format((123456.789-987654.321j), '< ,f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '.12g')", repr(format((123456.789-987654.321j), '.12g')))
except Exception as ex:
    print("format((123456.789-987654.321j), '.12g')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), ' .9E')", repr(format((123456.789-987654.321j), ' .9E')))
except Exception as ex:
    print("format((123456.789-987654.321j), ' .9E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'z#21e')", repr(format((123456.789-987654.321j), 'z#21e')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'z#21e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '^_E')", repr(format((123456.789-987654.321j), '^_E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '^_E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '*<#10_.3E')", repr(format((123456.789-987654.321j), '*<#10_.3E')))
except Exception as ex:
    print("format((123456.789-987654.321j), '*<#10_.3E')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '.11n')", repr(format((123456.789-987654.321j), '.11n')))
except Exception as ex:
    print("format((123456.789-987654.321j), '.11n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '^.1n')", repr(format((123456.789-987654.321j), '^.1n')))
except Exception as ex:
    print("format((123456.789-987654.321j), '^.1n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '.10n')", repr(format((123456.789-987654.321j), '.10n')))
except Exception as ex:
    print("format((123456.789-987654.321j), '.10n')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'x^+.5f')", repr(format((123456.789-987654.321j), 'x^+.5f')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'x^+.5f')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '3_.12F')", repr(format((123456.789-987654.321j), '3_.12F')))
except Exception as ex:
    print("format((123456.789-987654.321j), '3_.12F')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '<12.12G')", repr(format((123456.789-987654.321j), '<12.12G')))
except Exception as ex:
    print("format((123456.789-987654.321j), '<12.12G')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '-.5e')", repr(format((123456.789-987654.321j), '-.5e')))
except Exception as ex:
    print("format((123456.789-987654.321j), '-.5e')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), '')", repr(format((123456.789-987654.321j), '')))
except Exception as ex:
    print("format((123456.789-987654.321j), '')", type(ex).__name__, ex)
try:
    print("format((123456.789-987654.321j), 'E')", repr(format((123456.789-987654.321j), 'E')))
except Exception as ex:
    print("format((123456.789-987654.321j), 'E')", type(ex).__name__, ex)
try:
    print("format((3+0j), '*<+n')", repr(format((3+0j), '*<+n')))
except Exception as ex:
    print("format((3+0j), '*<+n')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'G')", repr(format((3+0j), 'G')))
except Exception as ex:
    print("format((3+0j), 'G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '^6.7n')", repr(format((3+0j), '^6.7n')))
except Exception as ex:
    print("format((3+0j), '^6.7n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '19f')", repr(format((3+0j), '19f')))
except Exception as ex:
    print("format((3+0j), '19f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.9E')", repr(format((3+0j), '.9E')))
except Exception as ex:
    print("format((3+0j), '.9E')", type(ex).__name__, ex)
try:
    print("format((3+0j), '+#19n')", repr(format((3+0j), '+#19n')))
except Exception as ex:
    print("format((3+0j), '+#19n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#.9f')", repr(format((3+0j), '#.9f')))
except Exception as ex:
    print("format((3+0j), '#.9f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '^28.8')", repr(format((3+0j), '^28.8')))
except Exception as ex:
    print("format((3+0j), '^28.8')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.10g')", repr(format((3+0j), '.10g')))
except Exception as ex:
    print("format((3+0j), '.10g')", type(ex).__name__, ex)
try:
    print("format((3+0j), '<.10G')", repr(format((3+0j), '<.10G')))
except Exception as ex:
    print("format((3+0j), '<.10G')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'zF')", repr(format((3+0j), 'zF')))
except Exception as ex:
    print("format((3+0j), 'zF')", type(ex).__name__, ex)
try:
    print("format((3+0j), '+2.0G')", repr(format((3+0j), '+2.0G')))
except Exception as ex:
    print("format((3+0j), '+2.0G')", type(ex).__name__, ex)
try:
    print("format((3+0j), ' .9')", repr(format((3+0j), ' .9')))
except Exception as ex:
    print("format((3+0j), ' .9')", type(ex).__name__, ex)
try:
    print("format((3+0j), '_.12')", repr(format((3+0j), '_.12')))
except Exception as ex:
    print("format((3+0j), '_.12')", type(ex).__name__, ex)
try:
    print("format((3+0j), '^17f')", repr(format((3+0j), '^17f')))
except Exception as ex:
    print("format((3+0j), '^17f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '14.12G')", repr(format((3+0j), '14.12G')))
except Exception as ex:
    print("format((3+0j), '14.12G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '-_e')", repr(format((3+0j), '-_e')))
except Exception as ex:
    print("format((3+0j), '-_e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '12.4F')", repr(format((3+0j), '12.4F')))
except Exception as ex:
    print("format((3+0j), '12.4F')", type(ex).__name__, ex)
try:
    print("format((3+0j), '27,.6g')", repr(format((3+0j), '27,.6g')))
except Exception as ex:
    print("format((3+0j), '27,.6g')", type(ex).__name__, ex)
try:
    print("format((3+0j), '10G')", repr(format((3+0j), '10G')))
except Exception as ex:
    print("format((3+0j), '10G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#e')", repr(format((3+0j), '#e')))
except Exception as ex:
    print("format((3+0j), '#e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.12g')", repr(format((3+0j), '.12g')))
except Exception as ex:
    print("format((3+0j), '.12g')", type(ex).__name__, ex)
try:
    print("format((3+0j), '_.9f')", repr(format((3+0j), '_.9f')))
except Exception as ex:
    print("format((3+0j), '_.9f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '+#5_.1e')", repr(format((3+0j), '+#5_.1e')))
except Exception as ex:
    print("format((3+0j), '+#5_.1e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '28.1G')", repr(format((3+0j), '28.1G')))
except Exception as ex:
    print("format((3+0j), '28.1G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '#n')", repr(format((3+0j), '#n')))
except Exception as ex:
    print("format((3+0j), '#n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '<.12n')", repr(format((3+0j), '<.12n')))
except Exception as ex:
    print("format((3+0j), '<.12n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '-n')", repr(format((3+0j), '-n')))
except Exception as ex:
    print("format((3+0j), '-n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '+19.12f')", repr(format((3+0j), '+19.12f')))
except Exception as ex:
    print("format((3+0j), '+19.12f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '4.3g')", repr(format((3+0j), '4.3g')))
except Exception as ex:
    print("format((3+0j), '4.3g')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.3n')", repr(format((3+0j), '.3n')))
except Exception as ex:
    print("format((3+0j), '.3n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '+.7G')", repr(format((3+0j), '+.7G')))
except Exception as ex:
    print("format((3+0j), '+.7G')", type(ex).__name__, ex)
try:
    print("format((3+0j), ' 12e')", repr(format((3+0j), ' 12e')))
except Exception as ex:
    print("format((3+0j), ' 12e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '3.11f')", repr(format((3+0j), '3.11f')))
except Exception as ex:
    print("format((3+0j), '3.11f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '26.6n')", repr(format((3+0j), '26.6n')))
except Exception as ex:
    print("format((3+0j), '26.6n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.11')", repr(format((3+0j), '.11')))
except Exception as ex:
    print("format((3+0j), '.11')", type(ex).__name__, ex)
try:
    print("format((3+0j), '^ E')", repr(format((3+0j), '^ E')))
except Exception as ex:
    print("format((3+0j), '^ E')", type(ex).__name__, ex)
try:
    print("format((3+0j), '13e')", repr(format((3+0j), '13e')))
except Exception as ex:
    print("format((3+0j), '13e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '23E')", repr(format((3+0j), '23E')))
except Exception as ex:
    print("format((3+0j), '23E')", type(ex).__name__, ex)
try:
    print("format((3+0j), '>G')", repr(format((3+0j), '>G')))
except Exception as ex:
    print("format((3+0j), '>G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '*<.4f')", repr(format((3+0j), '*<.4f')))
except Exception as ex:
    print("format((3+0j), '*<.4f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '*<-#F')", repr(format((3+0j), '*<-#F')))
except Exception as ex:
    print("format((3+0j), '*<-#F')", type(ex).__name__, ex)
try:
    print("format((3+0j), '21.8')", repr(format((3+0j), '21.8')))
except Exception as ex:
    print("format((3+0j), '21.8')", type(ex).__name__, ex)
try:
    print("format((3+0j), '21_F')", repr(format((3+0j), '21_F')))
except Exception as ex:
    print("format((3+0j), '21_F')", type(ex).__name__, ex)
try:
    print("format((3+0j), '7,.10e')", repr(format((3+0j), '7,.10e')))
except Exception as ex:
    print("format((3+0j), '7,.10e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '-G')", repr(format((3+0j), '-G')))
except Exception as ex:
    print("format((3+0j), '-G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '28n')", repr(format((3+0j), '28n')))
except Exception as ex:
    print("format((3+0j), '28n')", type(ex).__name__, ex)
try:
    print("format((3+0j), '7.11G')", repr(format((3+0j), '7.11G')))
except Exception as ex:
    print("format((3+0j), '7.11G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '^G')", repr(format((3+0j), '^G')))
except Exception as ex:
    print("format((3+0j), '^G')", type(ex).__name__, ex)
try:
    print("format((3+0j), '<E')", repr(format((3+0j), '<E')))
except Exception as ex:
    print("format((3+0j), '<E')", type(ex).__name__, ex)
try:
    print("format((3+0j), '>_.10e')", repr(format((3+0j), '>_.10e')))
except Exception as ex:
    print("format((3+0j), '>_.10e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '.3F')", repr(format((3+0j), '.3F')))
except Exception as ex:
    print("format((3+0j), '.3F')", type(ex).__name__, ex)
try:
    print("format((3+0j), '-,e')", repr(format((3+0j), '-,e')))
except Exception as ex:
    print("format((3+0j), '-,e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '>+_f')", repr(format((3+0j), '>+_f')))
except Exception as ex:
    print("format((3+0j), '>+_f')", type(ex).__name__, ex)
try:
    print("format((3+0j), '-e')", repr(format((3+0j), '-e')))
except Exception as ex:
    print("format((3+0j), '-e')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'x^+22e')", repr(format((3+0j), 'x^+22e')))
except Exception as ex:
    print("format((3+0j), 'x^+22e')", type(ex).__name__, ex)
try:
    print("format((3+0j), '3,.3')", repr(format((3+0j), '3,.3')))
except Exception as ex:
    print("format((3+0j), '3,.3')", type(ex).__name__, ex)
try:
    print("format((3+0j), '<29.2')", repr(format((3+0j), '<29.2')))
except Exception as ex:
    print("format((3+0j), '<29.2')", type(ex).__name__, ex)
try:
    print("format((3+0j), '*<#9.11F')", repr(format((3+0j), '*<#9.11F')))
except Exception as ex:
    print("format((3+0j), '*<#9.11F')", type(ex).__name__, ex)
try:
    print("format((3+0j), 'x^16.0n')", repr(format((3+0j), 'x^16.0n')))
except Exception as ex:
    print("format((3+0j), 'x^16.0n')", type(ex).__name__, ex)
