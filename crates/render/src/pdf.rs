//! PDF output: ticket documents laid out as A4 pages or 80 mm receipts, in one file.
//!
//! The fonts are embedded once per file and subset to the glyphs used. Each QR code
//! is a small 8-bit greyscale image, one pixel per module, scaled without smoothing,
//! so it stays sharp at any zoom. Encoding the QR codes and laying out the pages run
//! in parallel across tickets; only writing the file is sequential.

use crate::fonts::{Fonts, Weight};
use crate::layout::{a4, receipt, Element, PageLayout, PT_PER_MM};
use crate::qr::QrMatrix;
use crate::{RenderError, TicketDocument};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, RawImage, RawImageData, RawImageFormat, Rect, TextItem,
    TextMatrix, XObject, XObjectId, XObjectTransform,
};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// The paper a ticket is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// An A4 page per ticket.
    A4,
    /// An 80 mm wide receipt per ticket, as long as its content (thermal printers).
    Receipt80mm,
}

impl Layout {
    /// The QR symbol's side in millimetres, quiet zone excluded.
    pub fn qr_symbol_mm(self) -> f32 {
        match self {
            Layout::A4 => a4::QR_SYMBOL_MM,
            Layout::Receipt80mm => receipt::QR_SYMBOL_MM,
        }
    }
}

/// Renders tickets into one PDF, one page per ticket, in the order given.
pub fn render_pdf(docs: &[TicketDocument], layout: Layout) -> Result<Vec<u8>, RenderError> {
    if docs.is_empty() {
        return Err(RenderError::NothingToRender);
    }
    let fonts = Fonts::get()?;
    let mut pdf = PdfDocument::new(&title(docs));
    pdf.metadata.info.producer = "Sapar".into();
    pdf.metadata.info.creator = "Sapar".into();
    let now = printpdf::OffsetDateTime::now_utc();
    pdf.metadata.info.creation_date = now;
    pdf.metadata.info.modification_date = now;
    pdf.metadata.info.metadata_date = now;
    let font_ids = FontIds {
        regular: pdf.add_font(&fonts.regular),
        bold: pdf.add_font(&fonts.bold),
    };

    let pages: Vec<(PdfPage, Option<(XObjectId, RawImage)>)> = docs
        .par_iter()
        .enumerate()
        .map(|(i, doc)| {
            let matrix = doc.qr.as_deref().map(QrMatrix::encode).transpose()?;
            let modules = matrix.as_ref().map(QrMatrix::width);
            let page = match layout {
                Layout::A4 => a4::layout(doc, modules, fonts),
                Layout::Receipt80mm => receipt::layout(doc, modules, fonts),
            };
            let image = matrix.map(|m| (XObjectId(format!("Qr{i}")), qr_image(&m)));
            let qr = image.as_ref().map(|(id, img)| (id.clone(), img.width));
            Ok((pdf_page(&page, &font_ids, qr), image))
        })
        .collect::<Result<_, RenderError>>()?;

    let mut pdf_pages = Vec::with_capacity(pages.len());
    for (page, image) in pages {
        if let Some((id, img)) = image {
            pdf.resources.xobjects.map.insert(id, XObject::Image(img));
        }
        pdf_pages.push(page);
    }
    pdf.with_pages(pdf_pages);
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let bytes = pdf.save(&options, &mut warnings);
    if bytes.is_empty() {
        return Err(RenderError::Pdf(format!(
            "the PDF writer produced nothing: {warnings:?}"
        )));
    }
    Ok(bytes)
}

fn title(docs: &[TicketDocument]) -> String {
    match docs {
        [one] => format!("{} {}", one.ticket_number.label, one.ticket_number.value),
        [first, ..] => format!("{} {}", first.heading, first.booking_reference.value),
        [] => String::new(),
    }
}

struct FontIds {
    regular: FontId,
    bold: FontId,
}

/// The QR code as an 8-bit greyscale image, one pixel per module, quiet zone included.
fn qr_image(m: &QrMatrix) -> RawImage {
    let side = m.width_with_quiet_zone();
    RawImage {
        pixels: RawImageData::U8(m.luma_with_quiet_zone()),
        width: side,
        height: side,
        data_format: RawImageFormat::R8,
        tag: Vec::new(),
    }
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

/// Translates a laid-out page into PDF operations (points from the bottom-left corner).
fn pdf_page(page: &PageLayout, fonts: &FontIds, qr: Option<(XObjectId, usize)>) -> PdfPage {
    let h = page.height;
    let pt = |mm: f32| Pt(mm * PT_PER_MM);
    let mut ops = Vec::with_capacity(page.elements.len() * 3);
    let mut fill = 0.0f32;
    let mut set_fill = |ops: &mut Vec<Op>, level: f32| {
        if level != fill {
            ops.push(Op::SetFillColor { col: grey(level) });
            fill = level;
        }
    };
    // Consecutive texts share one text object; the font is set only when it changes.
    let mut in_text = false;
    let mut font_now: Option<(Weight, f32)> = None;
    let end_text = |ops: &mut Vec<Op>, in_text: &mut bool| {
        if *in_text {
            ops.push(Op::EndTextSection);
            *in_text = false;
        }
    };
    for element in &page.elements {
        if !matches!(element, Element::Text { .. }) {
            end_text(&mut ops, &mut in_text);
        }
        match element {
            Element::Text {
                x,
                y,
                size_pt,
                weight,
                grey: level,
                text,
            } => {
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                }
                set_fill(&mut ops, *level);
                if font_now != Some((*weight, *size_pt)) {
                    let font = match weight {
                        Weight::Regular => fonts.regular.clone(),
                        Weight::Bold => fonts.bold.clone(),
                    };
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font),
                        size: Pt(*size_pt),
                    });
                    font_now = Some((*weight, *size_pt));
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(pt(*x), pt(h - y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
            }
            Element::Box {
                x,
                y,
                w,
                h: bh,
                fill: fill_level,
                stroke,
            } => {
                let rect = |mode| Rect {
                    x: pt(*x),
                    y: pt(h - y - bh),
                    width: pt(*w),
                    height: pt(*bh),
                    mode: Some(mode),
                    winding_order: None,
                };
                if let Some(level) = fill_level {
                    set_fill(&mut ops, *level);
                    ops.push(Op::DrawRectangle {
                        rectangle: rect(PaintMode::Fill),
                    });
                }
                if let Some(level) = stroke {
                    ops.push(Op::SetOutlineColor { col: grey(*level) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
                    ops.push(Op::DrawRectangle {
                        rectangle: rect(PaintMode::Stroke),
                    });
                }
            }
            Element::Rule {
                x1,
                x2,
                y,
                grey: level,
            } => {
                let point = |x: f32| LinePoint {
                    p: Point {
                        x: pt(x),
                        y: pt(h - y),
                    },
                    bezier: false,
                };
                ops.push(Op::SetOutlineColor { col: grey(*level) });
                ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(*x1), point(*x2)],
                        is_closed: false,
                    },
                });
            }
            Element::Qr { x, y, size } => {
                if let Some((id, pixels)) = &qr {
                    ops.push(Op::UseXobject {
                        id: id.clone(),
                        transform: XObjectTransform {
                            translate_x: Some(pt(*x)),
                            translate_y: Some(pt(h - y - size)),
                            dpi: Some(*pixels as f32 * 25.4 / size),
                            ..Default::default()
                        },
                    });
                }
            }
        }
    }
    end_text(&mut ops, &mut in_text);
    PdfPage::new(Mm(page.width), Mm(page.height), ops)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures;
    use sapar_domain::{FareRules, Lang};

    fn doc() -> TicketDocument {
        TicketDocument::from_booking(
            &fixtures::talgo_booking(),
            0,
            Some(&fixtures::ktz()),
            Some(&FareRules::ktz_long_distance()),
            Lang::Kk,
        )
        .unwrap()
    }

    #[test]
    fn nothing_to_render_is_an_error() {
        assert_eq!(
            render_pdf(&[], Layout::A4),
            Err(RenderError::NothingToRender)
        );
    }

    #[test]
    fn qr_symbol_is_at_least_35_mm_with_a_quiet_zone_on_both_layouts() {
        let fonts = Fonts::get().unwrap();
        let d = doc();
        let m = QrMatrix::encode(d.qr.as_deref().unwrap()).unwrap();
        for (layout, page) in [
            (Layout::A4, a4::layout(&d, Some(m.width()), fonts)),
            (
                Layout::Receipt80mm,
                receipt::layout(&d, Some(m.width()), fonts),
            ),
        ] {
            let side = page
                .elements
                .iter()
                .find_map(|e| match e {
                    Element::Qr { size, x, .. } => {
                        assert!(
                            *x >= 0.0 && x + size <= page.width,
                            "{layout:?}: inside the page"
                        );
                        Some(*size)
                    }
                    _ => None,
                })
                .unwrap();
            let symbol = side * m.width() as f32 / m.width_with_quiet_zone() as f32;
            assert!(symbol >= 35.0, "{layout:?}: symbol {symbol} mm");
            assert!((symbol - layout.qr_symbol_mm()).abs() < 0.01);
        }
    }

    #[test]
    fn unusual_text_never_breaks_rendering() {
        let mut d = doc();
        d.passenger.value = "ÖZTÜRK ŞÜKRÜ 王小明 🚆".into();
        d.placement.clear();
        d.price.clear();
        d.rules.lines = vec![String::new(), "W".repeat(400)];
        d.support.lines.clear();
        d.departure.place = String::new();
        for layout in [Layout::A4, Layout::Receipt80mm] {
            let pdf = render_pdf(std::slice::from_ref(&d), layout).unwrap();
            assert!(pdf.starts_with(b"%PDF-"));
        }
    }

    #[test]
    fn every_page_of_a_batch_gets_its_own_qr_image() {
        let mut docs = vec![doc(), doc(), doc()];
        docs[1].qr = None;
        docs[2].qr = Some(fixtures::sample_token(99, 100));
        let pdf = render_pdf(&docs, Layout::A4).unwrap();
        let text = String::from_utf8_lossy(&pdf);
        assert_eq!(text.matches("/Subtype/Image").count(), 2);
    }
}
