iin-length = An IIN has 12 digits; this one has { $found }.
iin-not_digits = An IIN has only digits; character { $position } is not one.
iin-invalid_century = The 7th digit of an IIN is 1 to 6 (century and sex), not { $digit }.
iin-invalid_date = The IIN starts with { $yymmdd }, which is not a real date.
iin-wrong_check_digit = The last digit should be { $expected }, not { $found }: check for a typo.
iin-never_issued = No IIN is ever issued with these first eleven digits.
iin-birth_date_mismatch = The IIN gives birth date { $in_iin }, not { $given }.
