iin-length = В ИИН 12 цифр, а здесь { $found }.
iin-not_digits = ИИН состоит только из цифр; символ { $position } — не цифра.
iin-invalid_century = 7-я цифра ИИН — от 1 до 6 (век и пол), а не { $digit }.
iin-invalid_date = ИИН начинается с { $yymmdd } — такой даты не существует.
iin-wrong_check_digit = Последняя цифра должна быть { $expected }, а не { $found }: проверьте, нет ли опечатки.
iin-never_issued = ИИН с такими первыми одиннадцатью цифрами не выдаётся.
iin-birth_date_mismatch = По ИИН дата рождения { $in_iin }, а не { $given }.
