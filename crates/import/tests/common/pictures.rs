//! Pictures of codes, drawn with rxing's encoders (no external tool needed).

use image::{GrayImage, ImageFormat, Luma};
use rxing::{BarcodeFormat, MultiFormatWriter, Writer};
use std::io::Cursor;

/// A code drawn black on white, `module` pixels per module, with a quiet zone.
pub fn code_picture(text: &str, format: BarcodeFormat, module: u32) -> GrayImage {
    let matrix = MultiFormatWriter
        .encode(text, &format, 0, 0)
        .unwrap_or_else(|e| panic!("{format:?} encodes {text:?}: {e}"));
    let quiet = 8 * module;
    let (w, h) = (matrix.width(), matrix.height());
    let mut picture =
        GrayImage::from_pixel(w * module + 2 * quiet, h * module + 2 * quiet, Luma([255]));
    for y in 0..h {
        for x in 0..w {
            if matrix.get(x, y) {
                for dy in 0..module {
                    for dx in 0..module {
                        picture.put_pixel(
                            quiet + x * module + dx,
                            quiet + y * module + dy,
                            Luma([0]),
                        );
                    }
                }
            }
        }
    }
    picture
}

/// A picture placed on a larger white page at (x, y), as on a screenshot.
pub fn on_page(code: &GrayImage, width: u32, height: u32, x: u32, y: u32) -> GrayImage {
    let mut page = GrayImage::from_pixel(width, height, Luma([255]));
    image::imageops::overlay(&mut page, code, i64::from(x), i64::from(y));
    page
}

/// PNG bytes of a picture.
pub fn png(picture: &GrayImage) -> Vec<u8> {
    encode(picture, ImageFormat::Png)
}

/// JPEG bytes of a picture.
pub fn jpeg(picture: &GrayImage) -> Vec<u8> {
    encode(picture, ImageFormat::Jpeg)
}

fn encode(picture: &GrayImage, format: ImageFormat) -> Vec<u8> {
    let mut bytes = Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, format)
        .expect("encodes the picture");
    bytes.into_inner()
}
