//! Codes on the pages of PDF files.

mod common;

use common::files::{pdf, PdfCode};
use common::pictures::code_picture;
use common::{ctx, kc_pass};
use rxing::BarcodeFormat;
use sapar_import::{import_bytes, Container, Format, ImportContext, ImportError, Symbology};
use std::path::PathBuf;

#[test]
fn a_boarding_pass_on_page_two_of_three_is_found() {
    let text = kc_pass("ZHUMABAYEV/ASKAR", "012A");
    let code = code_picture(&text, BarcodeFormat::PDF_417, 2);
    let file = pdf(&[PdfCode::None, PdfCode::Picture(&code), PdfCode::None]);
    // Embedded pictures need no renderer.
    let embedded_only = ImportContext {
        pdf_renderer: None,
        ..ctx()
    };
    let imported = import_bytes("booking.pdf", &file, &embedded_only).expect("imports");
    assert_eq!(imported.len(), 1);
    let item = &imported[0];
    assert_eq!(
        (item.source.container, item.source.format, item.source.page),
        (Container::Pdf, Format::Bcbp, Some(2))
    );
    assert_eq!(
        item.barcode.as_ref().map(|b| b.symbology),
        Some(Symbology::Pdf417)
    );
    assert_eq!(item.booking.segments[0].trip_number, "KC852");
}

#[test]
fn a_code_embedded_at_one_pixel_per_module_is_read() {
    let token_like = kc_pass("ORAZ/DANA", "003F");
    let code = code_picture(&token_like, BarcodeFormat::QR_CODE, 1);
    let file = pdf(&[PdfCode::Picture(&code)]);
    let imported = import_bytes(
        "qr.pdf",
        &file,
        &ImportContext {
            pdf_renderer: None,
            ..ctx()
        },
    )
    .expect("imports");
    assert_eq!(
        imported[0].barcode.as_ref().map(|b| b.symbology),
        Some(Symbology::Qr)
    );
}

#[test]
fn every_page_is_searched() {
    let first = code_picture(
        &kc_pass("ZHUMABAYEV/ASKAR", "012A"),
        BarcodeFormat::PDF_417,
        2,
    );
    let second = code_picture(
        &kc_pass("ZHUMABAYEVA/AIGERIM", "012B"),
        BarcodeFormat::AZTEC,
        2,
    );
    let file = pdf(&[
        PdfCode::Picture(&first),
        PdfCode::None,
        PdfCode::Picture(&second),
    ]);
    let imported = import_bytes(
        "family.pdf",
        &file,
        &ImportContext {
            pdf_renderer: None,
            ..ctx()
        },
    )
    .expect("imports");
    let pages: Vec<_> = imported.iter().map(|i| i.source.page).collect();
    assert_eq!(pages, [Some(1), Some(3)]);
    assert_ne!(imported[0].booking.id, imported[1].booking.id);
}

#[test]
fn a_pdf_without_codes_says_how_many_pages_were_searched() {
    let file = pdf(&[PdfCode::None, PdfCode::None]);
    let error = import_bytes(
        "letter.pdf",
        &file,
        &ImportContext {
            pdf_renderer: None,
            ..ctx()
        },
    )
    .expect_err("no code");
    match &error {
        ImportError::NoCodeInPdf {
            pages,
            renderer_missing,
            ..
        } => assert_eq!((*pages, renderer_missing.clone()), (2, None)),
        other => panic!("{other}"),
    }
    assert_eq!(error.code(), "no_code_in_pdf");
}

#[test]
fn a_drawn_code_needs_the_page_renderer_and_says_so_when_it_is_missing() {
    let code = code_picture(
        &kc_pass("ZHUMABAYEV/ASKAR", "012A"),
        BarcodeFormat::QR_CODE,
        1,
    );
    let file = pdf(&[PdfCode::None, PdfCode::Drawn(&code)]);
    let missing = ImportContext {
        pdf_renderer: Some(PathBuf::from("/nonexistent/pdftoppm")),
        ..ctx()
    };
    let error = import_bytes("drawn.pdf", &file, &missing).expect_err("cannot render");
    assert!(
        error
            .to_string()
            .contains("/nonexistent/pdftoppm is not installed"),
        "{error}"
    );

    // With poppler-utils installed, the page is rendered and the drawn code read.
    if std::process::Command::new("pdftoppm")
        .arg("-v")
        .output()
        .is_ok()
    {
        let imported = import_bytes("drawn.pdf", &file, &ctx()).expect("rendered");
        assert_eq!(imported[0].source.page, Some(2));
        assert_eq!(imported[0].booking.segments[0].trip_number, "KC852");
    } else {
        eprintln!("pdftoppm is not installed: the rendering half of this test was skipped");
    }
}

#[test]
fn a_damaged_pdf_is_refused() {
    let mut file = pdf(&[PdfCode::None]);
    file.truncate(40);
    let error = import_bytes("cut.pdf", &file, &ctx()).expect_err("damaged");
    assert!(matches!(error, ImportError::CorruptPdf { .. }), "{error}");
    let error =
        import_bytes("fake.pdf", b"%PDF-1.7\nnot really a pdf", &ctx()).expect_err("damaged");
    assert!(matches!(error, ImportError::CorruptPdf { .. }), "{error}");
}
