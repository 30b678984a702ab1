//! QR codes of ticket tokens: the module matrix, a PNG for the app's big on-screen
//! code, and an SVG.
//!
//! Every code uses error-correction level M (15 % of the symbol may be damaged) and
//! keeps the standard quiet zone of four light modules around the symbol. Sapar's
//! tokens are base45 text, which QR stores in its compact alphanumeric mode.

use crate::RenderError;
use qrcode::{Color, EcLevel, QrCode};

/// Light modules kept around the symbol on every side, as the QR standard asks.
pub const QUIET_ZONE_MODULES: usize = 4;

/// The largest scale [`render_qr_png`] accepts (pixels per module).
pub const MAX_PNG_SCALE: u32 = 64;

/// An encoded QR symbol: which modules are dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// Encodes `text` at error-correction level M.
    pub fn encode(text: &str) -> Result<QrMatrix, RenderError> {
        if text.is_empty() {
            return Err(RenderError::Qr("there is no text to encode".into()));
        }
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
            .map_err(|e| RenderError::Qr(format!("{e} ({} characters)", text.chars().count())))?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Ok(QrMatrix { width, dark })
    }

    /// Modules per side of the symbol, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Modules per side including the quiet zone on both sides.
    pub fn width_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_ZONE_MODULES
    }

    /// Whether the module at column `x`, row `y` (from the top left) is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// One byte per module (0 = dark, 255 = light), quiet zone included, rows from the top.
    pub(crate) fn luma_with_quiet_zone(&self) -> Vec<u8> {
        let side = self.width_with_quiet_zone();
        let mut px = vec![255u8; side * side];
        for y in 0..self.width {
            for x in 0..self.width {
                if self.dark[y * self.width + x] {
                    px[(y + QUIET_ZONE_MODULES) * side + x + QUIET_ZONE_MODULES] = 0;
                }
            }
        }
        px
    }
}

/// A black-and-white PNG of the QR code of `text`, `scale` pixels per module
/// (1 to [`MAX_PNG_SCALE`]), quiet zone included.
pub fn render_qr_png(text: &str, scale: u32) -> Result<Vec<u8>, RenderError> {
    if scale == 0 || scale > MAX_PNG_SCALE {
        return Err(RenderError::Qr(format!(
            "the scale must be 1 to {MAX_PNG_SCALE} pixels per module, not {scale}"
        )));
    }
    let matrix = QrMatrix::encode(text)?;
    let scale = scale as usize;
    let side_modules = matrix.width_with_quiet_zone();
    let side = side_modules * scale;
    let luma = matrix.luma_with_quiet_zone();
    // 1 bit per pixel, rows padded to whole bytes, 1 = white.
    let row_bytes = side.div_ceil(8);
    let mut data = vec![0u8; row_bytes * side];
    for py in 0..side {
        let row = &mut data[py * row_bytes..(py + 1) * row_bytes];
        let my = py / scale;
        for px in 0..side {
            if luma[my * side_modules + px / scale] != 0 {
                row[px / 8] |= 0x80 >> (px % 8);
            }
        }
    }
    let mut out = Vec::new();
    {
        let side_u32 =
            u32::try_from(side).map_err(|_| RenderError::Qr("the image is too large".into()))?;
        let mut encoder = png::Encoder::new(&mut out, side_u32, side_u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::One);
        let mut writer = encoder
            .write_header()
            .map_err(|e| RenderError::Qr(format!("PNG: {e}")))?;
        writer
            .write_image_data(&data)
            .map_err(|e| RenderError::Qr(format!("PNG: {e}")))?;
        writer
            .finish()
            .map_err(|e| RenderError::Qr(format!("PNG: {e}")))?;
    }
    Ok(out)
}

/// An SVG of the QR code of `text` (one unit per module, quiet zone included);
/// it scales to any size without blur.
pub fn qr_svg(text: &str) -> Result<String, RenderError> {
    let matrix = QrMatrix::encode(text)?;
    let w = matrix.width();
    Ok(modules_svg(w, w, QUIET_ZONE_MODULES, |x, y| {
        matrix.is_dark(x, y)
    }))
}

/// An SVG of a `width` × `height` grid of modules, dark where `is_dark`, inside a white
/// quiet zone of `quiet` modules: one unit per module, each row's dark runs one path.
pub(crate) fn modules_svg(
    width: usize,
    height: usize,
    quiet: usize,
    is_dark: impl Fn(usize, usize) -> bool,
) -> String {
    let (w, h) = (width + 2 * quiet, height + 2 * quiet);
    let mut path = String::with_capacity(width * height * 2);
    for y in 0..height {
        let mut x = 0;
        while x < width {
            if is_dark(x, y) {
                let start = x;
                while x < width && is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + quiet, y + quiet));
            } else {
                x += 1;
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" shape-rendering=\"crispEdges\">\
<rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "NCFOXN%TSMAHN-HVN8J7UQMJ4/36 9-OE:1:L0K8D6V-ZIJPMG$D9QA";

    #[test]
    fn base45_token_fits_a_small_symbol_at_level_m() {
        let m = QrMatrix::encode(TOKEN).unwrap();
        // 54 alphanumeric characters at level M fit version 3 (29 modules).
        assert_eq!(m.width(), 29);
        assert_eq!(m.width_with_quiet_zone(), 37);
        // Finder pattern corners are dark, the module after the separator is light.
        assert!(m.is_dark(0, 0) && m.is_dark(6, 6) && !m.is_dark(7, 7));
        assert!(!m.is_dark(29, 0), "outside the symbol is light");
    }

    #[test]
    fn png_has_quiet_zone_and_requested_scale() {
        let png_bytes = render_qr_png(TOKEN, 8).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        let reader = decoder.read_info().unwrap();
        let info = reader.info();
        assert_eq!((info.width, info.height), (37 * 8, 37 * 8));
        assert_eq!(info.bit_depth, png::BitDepth::One);
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(render_qr_png(TOKEN, 0).is_err());
        assert!(render_qr_png(TOKEN, MAX_PNG_SCALE + 1).is_err());
        assert!(QrMatrix::encode("").is_err());
        let huge = "A".repeat(5_000);
        assert!(matches!(QrMatrix::encode(&huge), Err(RenderError::Qr(_))));
    }

    #[test]
    fn svg_draws_one_path_with_the_quiet_zone_in_the_view_box() {
        let svg = qr_svg(TOKEN).unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("viewBox=\"0 0 37 37\""));
        assert!(
            svg.contains("M4 4h7v1h-7z"),
            "top-left finder row starts after the quiet zone"
        );
    }
}
