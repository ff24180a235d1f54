# -X int_max_str_digits sets the int/str conversion limit and sys.flags reports it.
import sys
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
try:
    str(10 ** 800)
except ValueError as e:
    print('ValueError', str(e)[:50])
print(len(str(10 ** 600)))
