//! Files built in the tests: Wallet passes and PDFs.

use sha1::{Digest, Sha1};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;

/// A Wallet pass archive from its files; the manifest lists the SHA-1 of each file
/// (and a fake signature is added) unless the files already hold them.
pub fn pkpass(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut all: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(n, b)| (n.to_string(), b.clone()))
        .collect();
    if !all.iter().any(|(n, _)| n == "manifest.json") {
        let manifest: serde_json::Map<String, serde_json::Value> = all
            .iter()
            .map(|(n, b)| (n.clone(), serde_json::Value::String(sha1_hex(b))))
            .collect();
        all.push((
            "manifest.json".into(),
            serde_json::to_vec(&manifest).expect("json"),
        ));
        all.push(("signature".into(), b"not a real PKCS#7 signature".to_vec()));
    }
    zip_of(&all)
}

/// A zip archive of files.
pub fn zip_of(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    }
    zip.finish().expect("zip finish").into_inner()
}

/// Lowercase hexadecimal SHA-1.
pub fn sha1_hex(bytes: &[u8]) -> String {
    Sha1::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `pass.json` of a boarding pass with a barcode, for transit type `transit`.
pub fn pass_json(
    transit: &str,
    barcode_format: &str,
    message: &str,
    extra_fields: serde_json::Value,
) -> Vec<u8> {
    let pass = serde_json::json!({
        "formatVersion": 1,
        "passTypeIdentifier": "pass.kz.example.boarding",
        "serialNumber": "SN-0001",
        "teamIdentifier": "TEAM123",
        "organizationName": "Air Astana",
        "description": "Boarding pass",
        "relevantDate": "2026-05-01T07:40+05:00",
        "boardingPass": {
            "transitType": transit,
            "headerFields": [{"key": "gate", "label": "GATE", "value": "12"}],
            "primaryFields": [
                {"key": "origin", "label": "Almaty", "value": "ALA"},
                {"key": "destination", "label": "Astana", "value": "NQZ"}
            ],
            "secondaryFields": extra_fields,
            "auxiliaryFields": [{"key": "seat", "label": "SEAT", "value": "12A"}],
            "backFields": [{"key": "terms", "label": "Terms", "value": "Be at the gate 30 minutes before departure."}]
        },
        "barcodes": [{"format": barcode_format, "message": message, "messageEncoding": "iso-8859-1"}]
    });
    serde_json::to_vec_pretty(&pass).expect("json")
}

/// How a code appears on a PDF page.
pub enum PdfCode<'a> {
    /// No code on this page.
    None,
    /// An embedded 8-bit grey picture, one pixel per picture pixel.
    Picture(&'a image::GrayImage),
    /// Black rectangles drawn for the dark pixels of the picture (a vector drawing).
    Drawn(&'a image::GrayImage),
}

/// An A4 PDF with one page per entry, each holding its code (if any) 2 mm per 10 pixels.
pub fn pdf(pages: &[PdfCode<'_>]) -> Vec<u8> {
    use printpdf::{
        Mm, Op, PaintMode, PdfDocument, PdfPage, PdfSaveOptions, Pt, RawImage, RawImageData,
        RawImageFormat, Rect, XObject, XObjectId, XObjectTransform,
    };
    let mut doc = PdfDocument::new("Boarding passes");
    let mut built = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let mut ops = Vec::new();
        // A frame on every page, so no page is empty.
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(40.0),
                y: Pt(40.0),
                width: Pt(515.0),
                height: Pt(760.0),
                mode: Some(PaintMode::Stroke),
                winding_order: None,
            },
        });
        match page {
            PdfCode::None => {}
            PdfCode::Picture(picture) => {
                let id = XObjectId(format!("Code{i}"));
                doc.resources.xobjects.map.insert(
                    id.clone(),
                    XObject::Image(RawImage {
                        pixels: RawImageData::U8(picture.as_raw().clone()),
                        width: picture.width() as usize,
                        height: picture.height() as usize,
                        data_format: RawImageFormat::R8,
                        tag: Vec::new(),
                    }),
                );
                ops.push(Op::UseXobject {
                    id,
                    transform: XObjectTransform {
                        translate_x: Some(Pt(60.0)),
                        translate_y: Some(Pt(400.0)),
                        dpi: Some(200.0),
                        ..Default::default()
                    },
                });
            }
            PdfCode::Drawn(picture) => {
                let pt_per_px = 0.6;
                for (x, y, p) in picture.enumerate_pixels() {
                    if p.0[0] < 128 {
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(60.0 + x as f32 * pt_per_px),
                                y: Pt(700.0 - (y + 1) as f32 * pt_per_px),
                                width: Pt(pt_per_px),
                                height: Pt(pt_per_px),
                                mode: Some(PaintMode::Fill),
                                winding_order: None,
                            },
                        });
                    }
                }
            }
        }
        built.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    doc.with_pages(built);
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    doc.save(&options, &mut warnings)
}
