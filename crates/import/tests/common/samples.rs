//! Boarding pass codes from the test suites of public BCBP parsers; each names its source.

/// What a sample's legs must read as: PNR, from, to, flight, day of the year, seat.
pub type LegExpect = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u16,
    Option<&'static str>,
);

pub struct Sample {
    /// Where the text comes from: repository and path.
    pub source: &'static str,
    pub text: &'static str,
    pub name: &'static str,
    pub version: Option<char>,
    pub legs: &'static [LegExpect],
    pub security: bool,
}

pub const SAMPLES: &[Sample] = &[
    Sample {
        // martinmroz/iata_bcbp tests/iata_792_b.rs (Resolution 792 example 1: mandatory items and security).
        source: "martinmroz/iata_bcbp tests/iata_792_b.rs example 1",
        text: "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100^164GIWVC5EH7JNT684FVNJ91W2QA4DVN5J8K4F0L0GEQ3DF5TGBN8709HKT5D3DW3GBHFCVHMY7J5T6HFR41W2QA4DVN5J8K4F0L0GE",
        name: "DESMARAIS/LUC",
        version: None,
        legs: &[("ABC123", "YUL", "FRA", "AC834", 326, Some("1A"))],
        security: true,
    },
    Sample {
        // martinmroz/iata_bcbp tests/iata_792_b.rs (Resolution 792 example 2: two legs, version 6, security).
        source: "martinmroz/iata_bcbp tests/iata_792_b.rs example 2",
        text: "M2DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 14D>6181WW6225BAC 00141234560032A0141234567890 1AC AC 1234567890123    20KYLX58ZDEF456 FRAGVALH 3664 227C012C0002 12E2A0140987654321 1AC AC 1234567890123    2PCNWQ^164GIWVC5EH7JNT684FVNJ91W2QA4DVN5J8K4F0L0GEQ3DF5TGBN8709HKT5D3DW3GBHFCVHMY7J5T6HFR41W2QA4DVN5J8K4F0L0GE",
        name: "DESMARAIS/LUC",
        version: Some('6'),
        legs: &[
            ("ABC123", "YUL", "FRA", "AC834", 226, Some("1A")),
            ("DEF456", "FRA", "GVA", "LH3664", 227, Some("12C")),
        ],
        security: true,
    },
    Sample {
        // martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 1.1 (Lufthansa, version 2).
        source: "martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 1.1",
        text: "M1TEST/HIDDEN         E8OQ6FU FRARLGLH 4010 012C004D0001 35C>2180WW6012BLH              2922023642241060 LH                        *30600000K09         ",
        name: "TEST/HIDDEN",
        version: Some('2'),
        legs: &[("8OQ6FU", "FRA", "RLG", "LH4010", 12, Some("4D"))],
        security: false,
    },
    Sample {
        // martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 1.2 (KLM, version 5).
        source: "martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 1.2",
        text: "M1TEST/PETER          E24Z5RN AMSBRUKL 1733 019M008A0001 316>503  W0D0742497067621",
        name: "TEST/PETER",
        version: Some('5'),
        legs: &[("24Z5RN", "AMS", "BRU", "KL1733", 19, Some("8A"))],
        security: false,
    },
    Sample {
        // martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 2.1 (United kiosk, version 3).
        source: "martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 2.1",
        text: "M1ASKREN/TEST         EA272SL ORDNRTUA 0881 007F002K0303 15C>3180 K6007BUA              2901624760758980 UA UA EY975897            *30600    09  UAG    ",
        name: "ASKREN/TEST",
        version: Some('3'),
        legs: &[("A272SL", "ORD", "NRT", "UA881", 7, Some("2K"))],
        security: false,
    },
    Sample {
        // martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 3.1 (Lufthansa mobile, version 2).
        source: "martinmroz/iata_bcbp tests/iata_792_b.rs appendix B 3.1",
        text: "M1TEST/HIDDEN         E8OQ6FU FRARLGLH 4010 012C004D0001 35C>2180WM6012BLH              2922023642241060 LH                        *30600000K09         ",
        name: "TEST/HIDDEN",
        version: Some('2'),
        legs: &[("8OQ6FU", "FRA", "RLG", "LH4010", 12, Some("4D"))],
        security: false,
    },
    Sample {
        // martinmroz/iata_bcbp tests/real_world.rs (Alaska Airlines, version 2).
        source: "martinmroz/iata_bcbp tests/real_world.rs alaska",
        text: "M1MROZ/MARTIN         EXXXXXX SJCLAXAS 3317 207U001A0006 34D>218 VV8207BAS              2502771980993865 AS AS XXXXX55200000000Z29  00010",
        name: "MROZ/MARTIN",
        version: Some('2'),
        legs: &[("XXXXXX", "SJC", "LAX", "AS3317", 207, Some("1A"))],
        security: false,
    },
    Sample {
        // martinmroz/iata_bcbp tests/real_world.rs (Air Canada itinerary receipt, no seat, version 2).
        source: "martinmroz/iata_bcbp tests/real_world.rs air canada",
        text: "M1Mroz/Martin         EXXXXXX YVRYOWAC 0344 211          072>20B0  8203IAC 250140000000000 0AC AC AC000000000     *20000AC 223                14080003068        0B          N",
        name: "Mroz/Martin",
        version: Some('2'),
        legs: &[("XXXXXX", "YVR", "YOW", "AC344", 211, None)],
        security: false,
    },
    Sample {
        // KDE/kitinerary autotests/bcbpparsertest.cpp "single leg, all fields" (Resolution 792 v5 example).
        source: "KDE/kitinerary autotests/bcbpparsertest.cpp single leg, all fields",
        text: "M1DESMARAIS/LUC       EAB12C3 YULFRAAC 0834 326J003A0027 167>5321WW1325BAC 0014123456002001412346700100141234789012A0141234567890 1AC AC 1234567890123    4PCYLX58Z^108ABCDEFGH",
        name: "DESMARAIS/LUC",
        version: Some('5'),
        legs: &[("AB12C3", "YUL", "FRA", "AC834", 326, Some("3A"))],
        security: true,
    },
    Sample {
        // KDE/kitinerary autotests/bcbpparsertest.cpp "multi leg, all fields".
        source: "KDE/kitinerary autotests/bcbpparsertest.cpp multi leg, all fields",
        text: "M2DESMARAIS/LUC       EAB12C3 YULFRAAC 0834 326J003A0027 167>5321WW1325BAC 0014123456002001412346700100141234789012A0141234567890 1AC AC 1234567890123    4PCYLX58ZDEF456 FRAGVALH 3664 327C012C0002 12E2A0140987654321 1AC AC 1234567890123    3PCNWQ^108ABCDEFGH",
        name: "DESMARAIS/LUC",
        version: Some('5'),
        legs: &[
            ("AB12C3", "YUL", "FRA", "AC834", 326, Some("3A")),
            ("DEF456", "FRA", "GVA", "LH3664", 327, Some("12C")),
        ],
        security: true,
    },
    Sample {
        // KDE/kitinerary autotests/bcbpparsertest.cpp "missing eticket indicator" (version 1).
        source: "KDE/kitinerary autotests/bcbpparsertest.cpp missing eticket indicator",
        text: "M1DOE/JOHN             XXX007 BRUTXLEW 8103 035Y012C0030 147>1181W 8033BEW 0000000000000291040000000000 0   LH 123456789012345     ",
        name: "DOE/JOHN",
        version: Some('1'),
        legs: &[("XXX007", "BRU", "TXL", "EW8103", 35, Some("12C"))],
        security: false,
    },
    Sample {
        // KDE/kitinerary autotests/bcbpparsertest.cpp "issue date" (Brussels Airlines, version 5).
        source: "KDE/kitinerary autotests/bcbpparsertest.cpp issue date",
        text: "M1DOE/JOHN            EXXX007 TXLBRUSN 2588 034Y023D0999 35D>5181WM7034BSN              2A08200000000000 SN LH 123456789012345      *30600000K0902       ",
        name: "DOE/JOHN",
        version: Some('5'),
        legs: &[("XXX007", "TXL", "BRU", "SN2588", 34, Some("23D"))],
        security: false,
    },
    Sample {
        // KDE/kitinerary autotests/bcbpparsertest.cpp "no issue date" (TAP, version 2).
        source: "KDE/kitinerary autotests/bcbpparsertest.cpp no issue date",
        text: "M1DOE/JOHN            EXXX007 LISLCGTP 1080 204Y002D0003 35C>2180      B1A              2904712345678900                           *306      09     BRND",
        name: "DOE/JOHN",
        version: Some('2'),
        legs: &[("XXX007", "LIS", "LCG", "TP1080", 204, Some("2D"))],
        security: false,
    },
    Sample {
        // jklausa/swift-bcbp Tests/SwiftBCBPTests/SwiftBCBPTests.swift fullBoardingPassRoundtripping
        // (Avianca, version 5, security type 4).
        source: "jklausa/swift-bcbp Tests/SwiftBCBPTests/SwiftBCBPTests.swift full pass",
        text: "M1KLAUSA/JAN          EPNRLOL LAXBOGAV 0089 165C001A0002 35E>5180 M    BAV              2A13412345678900 AV LH 112233445566778     Y*30600000K09  LHS    F^460MEUCIQDJ7OXFa3N0Ng9zqVS7oKZLgiFPl/oxz6agwHjXe7hboQIgEv6vwIxfNHhG2ranP3tk8/2qdbTHFJS/5tfrgQzH3Bg=",
        name: "KLAUSA/JAN",
        version: Some('5'),
        legs: &[("PNRLOL", "LAX", "BOG", "AV89", 165, Some("1A"))],
        security: true,
    },
    Sample {
        // jklausa/swift-bcbp Tests/SwiftBCBPTests/SwiftBCBPTests.swift multiLegFlight (Air France / JAL).
        source: "jklausa/swift-bcbp Tests/SwiftBCBPTests/SwiftBCBPTests.swift multi-leg",
        text: "M2PHLIPS/AAAAAA       EAAAAAA ZYRCDGAF 7186 092Y013A0020 348>5180      B1A              2A13123004911111                           NAAAAAA CDGHNDJL 0046 092Y050K0039 32C2A1312300491111                            N",
        name: "PHLIPS/AAAAAA",
        version: Some('5'),
        legs: &[
            ("AAAAAA", "ZYR", "CDG", "AF7186", 92, Some("13A")),
            ("AAAAAA", "CDG", "HND", "JL46", 92, Some("50K")),
        ],
        security: false,
    },
    Sample {
        // anomaddev/BoardingPassKit README.md (Japan Airlines, version 3).
        source: "anomaddev/BoardingPassKit README.md",
        text: "M1ACKERMANN/JUSTIN DAVEJPYKJI SINNRTJL 0712 336Y025C0231 348>3180 O9335BJL 01315361700012900174601118720 JL AA 34DGH32             3",
        name: "ACKERMANN/JUSTIN DAV",
        version: Some('3'),
        legs: &[("JPYKJI", "SIN", "NRT", "JL712", 336, Some("25C"))],
        security: false,
    },
    Sample {
        // anomaddev/BoardingPassKit packages/node/test/decoder.test.ts (American, version 1),
        // with its trailing padding as that test restores it (131 characters).
        source: "anomaddev/BoardingPassKit packages/node/test/decoder.test.ts yulPhlPadded",
        text: "M1ACKERMANN/JUSTIN DAVESWMUYT YULPHLAA 5717 176Y002A0034 147>1180RO4176BAA              29001701407985430   AA 76UXK84             ",
        name: "ACKERMANN/JUSTIN DAV",
        version: Some('1'),
        legs: &[("SWMUYT", "YUL", "PHL", "AA5717", 176, Some("2A"))],
        security: false,
    },
    Sample {
        // georgesmith46/bcbp src/decode.spec.js "basic" (version 6, empty conditional items).
        source: "georgesmith46/bcbp src/decode.spec.js basic",
        text: "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 106>60000",
        name: "DESMARAIS/LUC",
        version: Some('6'),
        legs: &[("ABC123", "YUL", "FRA", "AC834", 226, Some("1A"))],
        security: false,
    },
    Sample {
        // georgesmith46/bcbp src/decode.spec.js "flight date estimation" (issued on day 364 of a year ending in 1).
        source: "georgesmith46/bcbp src/decode.spec.js flight date estimation",
        text: "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 001F001A0025 10D>607   136400",
        name: "DESMARAIS/LUC",
        version: Some('6'),
        legs: &[("ABC123", "YUL", "FRA", "AC834", 1, Some("1A"))],
        security: false,
    },
    Sample {
        // sfomuseum/go-bcbp bcbp_test.go (Resolution 792 v5 example 3, Air France, security type 1).
        source: "sfomuseum/go-bcbp bcbp_test.go",
        text: "M1GRANDMAIRE/MELANIE  EABC123 GVACDGAF 0123 339C002F0025 130>5002A0571234567890  AF AF 1234567890123456    Y^108ABCDEFGH",
        name: "GRANDMAIRE/MELANIE",
        version: Some('5'),
        legs: &[("ABC123", "GVA", "CDG", "AF123", 339, Some("2F"))],
        security: true,
    },
];
