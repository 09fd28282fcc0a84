from sys import not_a_real_name
