//! Page layouts: where each part of a [`TicketDocument`](crate::TicketDocument) goes
//! on an A4 page or an 80 mm receipt.
//!
//! A layout turns a document into a [`PageLayout`]: a list of positioned texts,
//! boxes, rules and one QR slot, in millimetres from the top-left corner. The PDF
//! writer only translates that list; a layout never touches PDF operators.

pub(crate) mod a4;
pub(crate) mod receipt;

use crate::fonts::{Fonts, Weight};

/// Points per millimetre.
pub(crate) const PT_PER_MM: f32 = 72.0 / 25.4;

/// The grey of captions (0 = black, 1 = white).
pub(crate) const CAPTION_GREY: f32 = 0.35;

/// One thing drawn on a page; lengths in mm from the top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Element {
    /// A line of text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size_pt: f32,
        weight: Weight,
        grey: f32,
        text: String,
    },
    /// A rectangle, filled and/or outlined.
    Box {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<f32>,
        stroke: Option<f32>,
    },
    /// A horizontal rule.
    Rule { x1: f32, x2: f32, y: f32, grey: f32 },
    /// The QR code, quiet zone included, as a square of side `size`.
    Qr { x: f32, y: f32, size: f32 },
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PageLayout {
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) elements: Vec<Element>,
}

/// Places text and shapes, measuring text with the embedded fonts.
pub(crate) struct Painter<'a> {
    fonts: &'a Fonts,
    pub(crate) elements: Vec<Element>,
}

impl<'a> Painter<'a> {
    pub(crate) fn new(fonts: &'a Fonts) -> Self {
        Painter {
            fonts,
            elements: Vec::with_capacity(96),
        }
    }

    /// Width of a text in mm.
    pub(crate) fn width(&self, text: &str, size_pt: f32, weight: Weight) -> f32 {
        self.fonts.width_pt(text, size_pt, weight) / PT_PER_MM
    }

    /// A line of text starting at `x`.
    pub(crate) fn text(
        &mut self,
        x: f32,
        y: f32,
        size_pt: f32,
        weight: Weight,
        grey: f32,
        text: &str,
    ) {
        if text.is_empty() {
            return;
        }
        self.elements.push(Element::Text {
            x,
            y,
            size_pt,
            weight,
            grey,
            text: text.to_string(),
        });
    }

    /// A line of text ending at `right`.
    pub(crate) fn text_right(
        &mut self,
        right: f32,
        y: f32,
        size_pt: f32,
        weight: Weight,
        grey: f32,
        text: &str,
    ) {
        let w = self.width(text, size_pt, weight);
        self.text(right - w, y, size_pt, weight, grey, text);
    }

    /// A line of text centred on `cx`.
    pub(crate) fn text_centred(
        &mut self,
        cx: f32,
        y: f32,
        size_pt: f32,
        weight: Weight,
        grey: f32,
        text: &str,
    ) {
        let w = self.width(text, size_pt, weight);
        self.text(cx - w / 2.0, y, size_pt, weight, grey, text);
    }

    /// A paragraph wrapped to `width` mm, first baseline at `y`; returns the
    /// baseline after the last line (one `leading` below it).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn paragraph(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        size_pt: f32,
        weight: Weight,
        grey: f32,
        leading: f32,
        text: &str,
    ) -> f32 {
        let mut y = y;
        for line in self.wrap(text, width, size_pt, weight) {
            self.text(x, y, size_pt, weight, grey, &line);
            y += leading;
        }
        y
    }

    /// Like [`Painter::paragraph`] with every line centred on `cx`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn paragraph_centred(
        &mut self,
        cx: f32,
        y: f32,
        width: f32,
        size_pt: f32,
        weight: Weight,
        grey: f32,
        leading: f32,
        text: &str,
    ) -> f32 {
        let mut y = y;
        for line in self.wrap(text, width, size_pt, weight) {
            self.text_centred(cx, y, size_pt, weight, grey, &line);
            y += leading;
        }
        y
    }

    /// The largest size up to `size_pt` (and at least 60 % of it) at which `text`
    /// fits on one line of `width` mm.
    pub(crate) fn fitting_size(&self, text: &str, width: f32, size_pt: f32, weight: Weight) -> f32 {
        let w = self.width(text, size_pt, weight);
        if w <= width || w <= 0.0 {
            size_pt
        } else {
            (size_pt * width / w).max(size_pt * 0.6)
        }
    }

    /// Splits `text` into lines no wider than `width` mm, breaking at spaces (never at
    /// no-break spaces) and, for a word longer than a line, between letters.
    /// Widths add up glyph by glyph (no kerning), so each word is measured once.
    pub(crate) fn wrap(&self, text: &str, width: f32, size_pt: f32, weight: Weight) -> Vec<String> {
        let space = self.width(" ", size_pt, weight);
        let mut lines = Vec::new();
        for source_line in text.lines() {
            let mut line = String::new();
            let mut line_w = 0.0f32;
            for word in source_line.split(' ').filter(|w| !w.is_empty()) {
                let word_w = self.width(word, size_pt, weight);
                if line.is_empty() && word_w <= width {
                    line.push_str(word);
                    line_w = word_w;
                    continue;
                }
                if !line.is_empty() && line_w + space + word_w <= width {
                    line.push(' ');
                    line.push_str(word);
                    line_w += space + word_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if word_w <= width {
                    line.push_str(word);
                    line_w = word_w;
                } else {
                    let mut buf = [0u8; 4];
                    for ch in word.chars() {
                        let ch_w = self.width(ch.encode_utf8(&mut buf), size_pt, weight);
                        if !line.is_empty() && line_w + ch_w > width {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                        line.push(ch);
                        line_w += ch_w;
                    }
                }
            }
            if !line.is_empty() {
                lines.push(line);
            }
        }
        lines
    }

    pub(crate) fn rule(&mut self, x1: f32, x2: f32, y: f32, grey: f32) {
        self.elements.push(Element::Rule { x1, x2, y, grey });
    }

    pub(crate) fn fill_box(&mut self, x: f32, y: f32, w: f32, h: f32, grey: f32) {
        self.elements.push(Element::Box {
            x,
            y,
            w,
            h,
            fill: Some(grey),
            stroke: None,
        });
    }

    pub(crate) fn outline_box(&mut self, x: f32, y: f32, w: f32, h: f32, grey: f32) {
        self.elements.push(Element::Box {
            x,
            y,
            w,
            h,
            fill: None,
            stroke: Some(grey),
        });
    }

    pub(crate) fn qr(&mut self, x: f32, y: f32, size: f32) {
        self.elements.push(Element::Qr { x, y, size });
    }

    pub(crate) fn finish(self, width: f32, height: f32) -> PageLayout {
        PageLayout {
            width,
            height,
            elements: self.elements,
        }
    }
}

/// The side of the QR square, quiet zone included, for a symbol of `modules`
/// modules per side drawn `symbol_mm` wide.
pub(crate) fn qr_side_with_quiet_zone(symbol_mm: f32, modules: usize) -> f32 {
    let modules = modules.max(1) as f32;
    symbol_mm * (modules + 2.0 * crate::qr::QUIET_ZONE_MODULES as f32) / modules
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let fonts = Fonts::get().unwrap();
        let p = Painter::new(fonts);
        let text =
            "Жөнелтуге дейінгі соңғы 6 сағ ішінде және жөнелтуден кейін 1 сағ өткенге дейін: \
                    тек билет құны қайтарылады, тариф құнының 30 пайызынан артық ұсталмайды";
        let lines = p.wrap(text, 60.0, 9.0, Weight::Regular);
        assert!(lines.len() >= 3, "{lines:?}");
        for l in &lines {
            assert!(p.width(l, 9.0, Weight::Regular) <= 60.0, "{l}");
        }
        assert_eq!(
            lines.join(" "),
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_between_letters() {
        let fonts = Fonts::get().unwrap();
        let p = Painter::new(fonts);
        let word = "W".repeat(60);
        let lines = p.wrap(&word, 20.0, 10.0, Weight::Bold);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn no_break_space_keeps_amount_and_sign_together() {
        let fonts = Fonts::get().unwrap();
        let p = Painter::new(fonts);
        let lines = p.wrap(
            "Refund fee: 12\u{a0}393\u{a0}₸",
            25.0,
            10.0,
            Weight::Regular,
        );
        assert_eq!(lines.last().map(String::as_str), Some("12\u{a0}393\u{a0}₸"));
    }
}
