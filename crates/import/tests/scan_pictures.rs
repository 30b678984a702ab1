//! Codes drawn in pictures are found again.

mod common;

use common::pictures::{code_picture, on_page};
use rxing::BarcodeFormat;
use sapar_import::{scan_gray, Symbology};

#[test]
fn pdf417_aztec_and_qr_are_read_back() {
    let text = common::kc_pass("ZHUMABAYEV/ASKAR", "012A");
    for (format, symbology) in [
        (BarcodeFormat::PDF_417, Symbology::Pdf417),
        (BarcodeFormat::AZTEC, Symbology::Aztec),
        (BarcodeFormat::QR_CODE, Symbology::Qr),
    ] {
        let picture = on_page(&code_picture(&text, format, 3), 900, 700, 40, 60);
        let found = scan_gray(&picture);
        assert_eq!(found.len(), 1, "{format:?}");
        assert_eq!(found[0].symbology, symbology);
        assert_eq!(found[0].text, text);
    }
}
