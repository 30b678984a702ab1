//! The fonts printed tickets use: DejaVu Sans and DejaVu Sans Bold, shipped in the crate.
//!
//! DejaVu covers Latin, Russian and all nine extra Kazakh letters and the tenge sign,
//! so one family prints every language Sapar speaks. The shipped files keep only the
//! scripts tickets need and no hinting (`fonts/make-fonts.sh` rebuilds them); a
//! character outside them prints as an empty box. The faces are parsed once per
//! process and shared; each PDF embeds only the glyphs it uses (a subset).

use crate::RenderError;
use printpdf::ParsedFont;
use std::sync::OnceLock;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Regular or bold text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// The two parsed faces.
pub(crate) struct Fonts {
    pub(crate) regular: ParsedFont,
    pub(crate) bold: ParsedFont,
}

impl Fonts {
    /// The shared faces, parsed on first use.
    pub(crate) fn get() -> Result<&'static Fonts, RenderError> {
        static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Ok(Fonts {
                    regular: parse(REGULAR_TTF, "DejaVuSans.ttf")?,
                    bold: parse(BOLD_TTF, "DejaVuSans-Bold.ttf")?,
                })
            })
            .as_ref()
            .map_err(|e| RenderError::Font(e.clone()))
    }

    /// The face of a weight.
    pub(crate) fn face(&self, weight: Weight) -> &ParsedFont {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The advance width of `text` set at `size` points, in points.
    pub(crate) fn width_pt(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let face = self.face(weight);
        let upem = f32::from(face.font_metrics.units_per_em.max(1));
        let units: u32 = text
            .chars()
            .map(|c| {
                face.lookup_glyph_index(c as u32)
                    .map(|g| u32::from(face.get_horizontal_advance(g)))
                    .unwrap_or(0)
            })
            .sum();
        units as f32 * size / upem
    }

    /// Whether every character of `text` has a glyph (spaces and line ends aside).
    #[cfg(test)]
    pub(crate) fn covers(&self, text: &str, weight: Weight) -> bool {
        let face = self.face(weight);
        text.chars()
            .filter(|c| !c.is_control())
            .all(|c| face.lookup_glyph_index(c as u32).is_some())
    }
}

fn parse(bytes: &[u8], name: &str) -> Result<ParsedFont, String> {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings)
        .ok_or_else(|| format!("the embedded font {name} could not be read: {warnings:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dejavu_covers_kazakh_russian_and_the_tenge_sign() {
        let fonts = Fonts::get().unwrap();
        let text = "ӘәҒғҚқҢңӨөҰұҮүҺһІі Ёё Щщ ₸ № • → ×";
        assert!(fonts.covers(text, Weight::Regular));
        assert!(fonts.covers(text, Weight::Bold));
        assert!(!fonts.covers("\u{10FFFD}", Weight::Regular));
    }

    #[test]
    fn bold_text_is_wider_and_width_scales_with_size() {
        let fonts = Fonts::get().unwrap();
        let r10 = fonts.width_pt("Нұрлы жол", 10.0, Weight::Regular);
        let r20 = fonts.width_pt("Нұрлы жол", 20.0, Weight::Regular);
        let b10 = fonts.width_pt("Нұрлы жол", 10.0, Weight::Bold);
        assert!(r10 > 30.0 && r10 < 70.0, "{r10}");
        assert!((r20 - 2.0 * r10).abs() < 0.01);
        assert!(b10 > r10);
    }
}
