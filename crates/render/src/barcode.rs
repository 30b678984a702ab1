//! The original barcode of an imported ticket, drawn for the screen: the airline's PDF417
//! or Aztec boarding-pass code, or a QR code, exactly as it was read, so that the gate's
//! scanner reads what the carrier issued.

use crate::qr::{modules_svg, qr_svg};
use crate::RenderError;
use rxing::{BarcodeFormat as RxFormat, MultiFormatWriter, Writer};
use sapar_domain::{Barcode, BarcodeFormat};

/// White modules around the symbol: PDF417 and Aztec readers want at least two.
const QUIET_ZONE: usize = 2;

/// An SVG of `barcode` (one unit per module), or why it cannot be drawn: a symbology
/// Sapar does not draw (Code 128) or text the symbology cannot hold.
pub fn barcode_svg(barcode: &Barcode) -> Result<String, RenderError> {
    let format = match barcode.format {
        BarcodeFormat::Qr => return qr_svg(&barcode.text),
        BarcodeFormat::Pdf417 => RxFormat::PDF_417,
        BarcodeFormat::Aztec => RxFormat::AZTEC,
        BarcodeFormat::Code128 => {
            return Err(RenderError::Qr(
                "Code 128 barcodes are shown as their text, not drawn".into(),
            ))
        }
    };
    let matrix = MultiFormatWriter
        .encode(&barcode.text, &format, 0, 0)
        .map_err(|e| RenderError::Qr(format!("{}: {e}", barcode.format.name())))?;
    let (width, height) = (matrix.width() as usize, matrix.height() as usize);
    Ok(modules_svg(width, height, QUIET_ZONE, |x, y| {
        // Both fit in u32: they come from the matrix's own u32 dimensions.
        matrix.get(x as u32, y as u32)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real BCBP boarding pass (Air Astana, Almaty → Astana).
    const BCBP: &str = "M1ZHUMABAYEV/AIDAR    EABC123 ALANQZKC 0851 123Y012A0045 100";

    /// Paints an SVG drawn by [`modules_svg`] into a grey picture, `scale` pixels a module.
    fn paint(svg: &str, scale: usize) -> (Vec<u8>, u32, u32) {
        let view = svg.split("viewBox=\"0 0 ").nth(1).expect("a viewBox");
        let mut dims = view.split('"').next().expect("sizes").split(' ');
        let w: usize = dims.next().expect("a width").parse().expect("a number");
        let h: usize = dims.next().expect("a height").parse().expect("a number");
        let mut pixels = vec![255u8; w * h * scale * scale];
        let path = svg.split(" d=\"").nth(1).expect("a path");
        for run in path.split('M').skip(1) {
            let (x, rest) = run.split_once(' ').expect("x");
            let (y, rest) = rest.split_once('h').expect("y");
            let len = rest.split('v').next().expect("a run");
            let (x, y, len): (usize, usize, usize) = (
                x.parse().expect("x"),
                y.parse().expect("y"),
                len.parse().expect("a length"),
            );
            for py in y * scale..(y + 1) * scale {
                for px in x * scale..(x + len) * scale {
                    pixels[py * w * scale + px] = 0;
                }
            }
        }
        (pixels, (w * scale) as u32, (h * scale) as u32)
    }

    fn read_back(barcode: &Barcode) -> String {
        let svg = barcode_svg(barcode).expect("drawn");
        let (pixels, w, h) = paint(&svg, 4);
        rxing::helpers::detect_in_luma(pixels, w, h, None)
            .expect("a code in the picture")
            .getText()
            .to_string()
    }

    #[test]
    fn pdf417_aztec_and_qr_read_back_to_the_exact_text() {
        for format in [
            BarcodeFormat::Pdf417,
            BarcodeFormat::Aztec,
            BarcodeFormat::Qr,
        ] {
            let barcode = Barcode {
                text: BCBP.into(),
                format,
            };
            assert_eq!(read_back(&barcode), BCBP, "{format}");
        }
    }

    #[test]
    fn code128_is_not_drawn_and_says_why() {
        let error = barcode_svg(&Barcode {
            text: "1234567890".into(),
            format: BarcodeFormat::Code128,
        })
        .expect_err("not drawn");
        assert!(error.to_string().contains("Code 128"), "{error}");
    }
}
