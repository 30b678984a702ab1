iin-length = ЖСН 12 цифрдан тұрады, мұнда { $found }.
iin-not_digits = ЖСН тек цифрлардан тұрады; { $position }-таңба цифр емес.
iin-invalid_century = ЖСН-нің 7-цифры 1-ден 6-ға дейін болады (ғасыр мен жыныс), { $digit } емес.
iin-invalid_date = ЖСН { $yymmdd } деп басталады, мұндай күн жоқ.
iin-wrong_check_digit = Соңғы цифр { $found } емес, { $expected } болуы керек: қате терілмегенін тексеріңіз.
iin-never_issued = Алғашқы он бір цифры осындай ЖСН берілмейді.
iin-birth_date_mismatch = ЖСН бойынша туған күні { $in_iin }, { $given } емес.
