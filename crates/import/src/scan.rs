//! Finding PDF417, Aztec and QR codes in pictures: photos, screenshots, PDF page images.
//!
//! Pictures are turned grey and handed to rxing (a port of ZXing) looking for several codes
//! at once. A large photo is first searched at a reduced size, which is faster and
//! often reads better, then at full size if nothing was found. When nothing is found, an
//! Aztec code away from the middle is read from a window around its bullseye (see
//! `aztec_finder`), and the picture is searched once more turned by a quarter.

use crate::aztec_finder::{find_bullseyes, window_around};
use crate::{Barcode, Symbology};
use image::{imageops, GrayImage, ImageReader, Limits};
use rxing::common::HybridBinarizer;
use rxing::multi::{GenericMultipleBarcodeReader, MultipleBarcodeReader};
use rxing::{BarcodeFormat, BinaryBitmap, DecodeHints, Luma8Source, MultiUseMultiFormatReader};
use std::collections::HashSet;
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Pictures whose longer side exceeds this are first searched scaled down to it.
const REDUCED_SIDE: u32 = 1600;

/// The largest picture side Sapar decodes (larger ones are refused as damaged).
const MAX_SIDE: u32 = 20_000;

/// Decodes a PNG or JPEG picture into grey pixels.
pub(crate) fn decode_picture(bytes: &[u8]) -> Result<GrayImage, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let picture = reader.decode().map_err(|e| e.to_string())?;
    Ok(picture.to_luma8())
}

/// Every code found in a PNG or JPEG picture, read with the same size limits as imports;
/// the error says why the bytes are not a picture.
pub fn scan_picture(bytes: &[u8]) -> Result<Vec<Barcode>, String> {
    decode_picture(bytes).map(|picture| scan_gray(&picture))
}

/// Every PDF417, Aztec and QR code found in a grey picture, each text once, in the order found.
pub fn scan_gray(picture: &GrayImage) -> Vec<Barcode> {
    let (w, h) = picture.dimensions();
    if w == 0 || h == 0 {
        return Vec::new();
    }
    let longest = w.max(h);
    let reduced = (longest > REDUCED_SIDE).then(|| {
        let scale = f64::from(REDUCED_SIDE) / f64::from(longest);
        imageops::resize(
            picture,
            ((f64::from(w) * scale).round() as u32).max(1),
            ((f64::from(h) * scale).round() as u32).max(1),
            imageops::FilterType::Triangle,
        )
    });
    for candidate in reduced.iter().chain([picture]) {
        let found = search(candidate, ALL_FORMATS);
        if !found.is_empty() {
            return found;
        }
    }
    // The Aztec detector looks for the bullseye in the middle of what it is given: an Aztec
    // code off to one side is read from a window centred on its bullseye.
    let located = reduced.as_ref().unwrap_or(picture);
    for bullseye in find_bullseyes(located) {
        let found = search(&window_around(located, bullseye), &[BarcodeFormat::AZTEC]);
        if !found.is_empty() {
            return found;
        }
    }
    search(&imageops::rotate90(picture), ALL_FORMATS)
}

/// The symbologies searched for.
const ALL_FORMATS: &[BarcodeFormat] = &[
    BarcodeFormat::PDF_417,
    BarcodeFormat::AZTEC,
    BarcodeFormat::QR_CODE,
];

fn search(picture: &GrayImage, formats: &[BarcodeFormat]) -> Vec<Barcode> {
    let (w, h) = picture.dimensions();
    let pixels = picture.as_raw();
    // rxing is a port of a large Java library; a picture that trips a bug in it must not
    // take the import down, so a panic inside counts as "nothing found".
    let results = catch_unwind(AssertUnwindSafe(|| {
        let Ok(source) = Luma8Source::new_with_slice(pixels, w, h) else {
            return Vec::new();
        };
        let mut bitmap = BinaryBitmap::new(HybridBinarizer::new(source));
        let hints = DecodeHints {
            TryHarder: Some(true),
            PossibleFormats: Some(formats.iter().copied().collect()),
            ..DecodeHints::default()
        };
        let mut reader = GenericMultipleBarcodeReader::new(MultiUseMultiFormatReader::default());
        reader
            .decode_multiple_with_hints(&mut bitmap, &hints)
            .unwrap_or_default()
    }))
    .unwrap_or_default();

    let mut seen = HashSet::new();
    results
        .into_iter()
        .filter_map(|r| {
            let symbology = match r.getBarcodeFormat() {
                BarcodeFormat::PDF_417 => Symbology::Pdf417,
                BarcodeFormat::AZTEC => Symbology::Aztec,
                BarcodeFormat::QR_CODE => Symbology::Qr,
                _ => return None,
            };
            let text = r.getText().to_string();
            seen.insert(text.clone())
                .then_some(Barcode { symbology, text })
        })
        .collect()
}
