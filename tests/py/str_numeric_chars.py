for ch in "0٣۳७৩੩௩൩๓໓༣၃႓៣᠓᥉᧓᭓᮳᱃᱓꘣꣓꤃꩓꯳０𐒠𝟑𝟘𝟡𝟢𝟫𝟬𝟵𝟶𝟿":
    print(hex(ord(ch)), ch.isdecimal(), ch.isdigit(), ch.isnumeric())
for ch in "¹²³¼½¾⅓Ⅰⅰ①⑴⒈㈠〇一壹兆":
    print(hex(ord(ch)), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(), ch.isalpha())
