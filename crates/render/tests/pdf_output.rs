//! Reads rendered tickets back the way a person or a scanner would: the text with
//! pdftotext, the fonts with pdffonts, the page with pdftoppm and the QR code with zbar.

mod support;

use sapar_domain::{Booking, Carrier, FareRules, Lang, TicketStatus};
use sapar_render::{fixtures, render_pdf, Layout, TicketDocument};
use support::{
    decode_qr, normalise, pdf_fonts, pdf_page_size_pt, pdf_pages, pdf_text, render_page, scratch,
    write_pdf,
};

fn talgo(lang: Lang, index: usize) -> TicketDocument {
    TicketDocument::from_booking(
        &fixtures::talgo_booking(),
        index,
        Some(&fixtures::ktz()),
        Some(&FareRules::ktz_long_distance()),
        lang,
    )
    .expect("a ticket of the fixture booking")
}

fn flight(lang: Lang) -> TicketDocument {
    TicketDocument::from_booking(
        &fixtures::flight_booking(),
        0,
        Some(&fixtures::air_astana()),
        Some(&fixtures::air_astana_rules()),
        lang,
    )
    .expect("a ticket of the fixture booking")
}

fn doc_of(booking: &Booking, carrier: &Carrier, lang: Lang) -> TicketDocument {
    TicketDocument::from_booking(booking, 0, Some(carrier), None, lang)
        .expect("a ticket of the fixture booking")
}

#[test]
fn every_printed_field_reads_back_in_every_language_and_layout() {
    let dir = scratch();
    for lang in Lang::ALL {
        let docs = [talgo(lang, 0), flight(lang)];
        for layout in [Layout::A4, Layout::Receipt80mm] {
            let pdf = render_pdf(&docs, layout).unwrap();
            let path = write_pdf(dir.path(), &format!("{lang}-{layout:?}.pdf"), &pdf);
            let text = normalise(&pdf_text(&path));
            for doc in &docs {
                for expected in doc.texts() {
                    let expected = normalise(expected);
                    assert!(
                        text.contains(&expected),
                        "{lang} {layout:?}: “{expected}” is missing from the PDF text:\n{text}"
                    );
                }
            }
        }
    }
}

#[test]
fn stations_names_and_letters_come_out_as_written() {
    let dir = scratch();
    let expect = [
        (
            Lang::Kk,
            [
                "Нұрлы жол",
                "Алматы-2",
                "Астана әуежайы",
                "Жолаушы",
                "Қайтару және ауыстыру",
            ],
        ),
        (
            Lang::Ru,
            [
                "Нурлы Жол",
                "Алматы-2",
                "Аэропорт Астана",
                "Пассажир",
                "Возврат и обмен",
            ],
        ),
        (
            Lang::En,
            [
                "Nurly Zhol",
                "Almaty-2",
                "Astana Airport",
                "Passenger",
                "Refund and exchange",
            ],
        ),
    ];
    for (lang, words) in expect {
        let pdf = render_pdf(&[talgo(lang, 0), flight(lang)], Layout::A4).unwrap();
        let text = pdf_text(&write_pdf(dir.path(), &format!("{lang}.pdf"), &pdf));
        for w in words {
            assert!(text.contains(w), "{lang}: “{w}” missing:\n{text}");
        }
        let total = if lang == Lang::En {
            "19,236\u{a0}₸"
        } else {
            "19\u{a0}236\u{a0}₸"
        };
        for common in [
            "ZHUMABAYEVA AIGERIM",
            "21:40 (+05:00)",
            "10:15 (+05:00)",
            total,
            "72014986531",
        ] {
            let found = text.contains(common) || normalise(&text).contains(&normalise(common));
            assert!(found, "{lang}: “{common}” missing:\n{text}");
        }
        if lang == Lang::Kk {
            for letter in "әғқңөұүһіӘҒҚҢӨҰҮҺІ".chars().filter(|c| c.is_lowercase())
            {
                assert!(
                    text.contains(letter),
                    "Kazakh letter {letter} lost:\n{text}"
                );
            }
        }
    }
}

#[test]
fn one_file_per_batch_one_page_per_ticket_fonts_embedded_once_as_subsets() {
    let dir = scratch();
    let docs = [talgo(Lang::Kk, 0), talgo(Lang::Kk, 1), flight(Lang::Kk)];
    let path = write_pdf(
        dir.path(),
        "batch.pdf",
        &render_pdf(&docs, Layout::A4).unwrap(),
    );
    assert_eq!(pdf_pages(&path), 3);
    let (w, h) = pdf_page_size_pt(&path);
    assert!(
        (w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0,
        "A4 is 595×842 pt, got {w}×{h}"
    );
    let fonts = pdf_fonts(&path);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "regular and bold, each once:\n{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "subset prefix: {row}"
        );
        assert!(cols[0].contains("DejaVuSans"), "{row}");
        // emb sub uni
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            &["yes", "yes", "yes"],
            "{row}"
        );
    }
    let text = pdf_text(&path);
    assert_eq!(text.matches('\u{c}').count(), 3, "three page breaks");
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert!(pages[0].contains("72014986531") && !pages[0].contains("72014986532"));
    assert!(pages[1].contains("72014986532") && pages[1].contains("ZHUMABAYEV ALIKHAN"));
    assert!(pages[2].contains("4652401234567"));
}

#[test]
fn the_qr_code_scans_back_to_the_token_on_a4_and_on_receipts() {
    let dir = scratch();
    for (layout, name) in [(Layout::A4, "a4"), (Layout::Receipt80mm, "receipt")] {
        let docs = [talgo(Lang::Ru, 0), flight(Lang::En)];
        let path = write_pdf(
            dir.path(),
            &format!("{name}.pdf"),
            &render_pdf(&docs, layout).unwrap(),
        );
        for (page, doc) in docs.iter().enumerate() {
            let png = render_page(&path, page + 1, 150);
            let codes = decode_qr(&png);
            let token = doc.qr.clone().unwrap();
            assert_eq!(codes, vec![token], "{name} page {}", page + 1);
        }
    }
}

#[test]
fn receipts_are_80_mm_wide_and_as_long_as_their_content() {
    let dir = scratch();
    let path = write_pdf(
        dir.path(),
        "r.pdf",
        &render_pdf(&[talgo(Lang::Kk, 0)], Layout::Receipt80mm).unwrap(),
    );
    let (w, h) = pdf_page_size_pt(&path);
    assert!((w - 226.8).abs() < 0.5, "80 mm = 226.8 pt, got {w}");
    assert!(
        h > 400.0 && h < 1500.0,
        "a receipt's length follows its content, got {h} pt"
    );
    // A ticket without fare rules has less to say, so its receipt is shorter.
    let short = doc_of(&fixtures::talgo_booking(), &fixtures::ktz(), Lang::Kk);
    let short_path = write_pdf(
        dir.path(),
        "s.pdf",
        &render_pdf(&[short], Layout::Receipt80mm).unwrap(),
    );
    assert!(pdf_page_size_pt(&short_path).1 < h);
}

#[test]
fn a_ticket_without_a_token_says_so_and_has_no_code() {
    let dir = scratch();
    let mut booking = fixtures::talgo_booking();
    booking.tickets[0].token = None;
    for (layout, name) in [(Layout::A4, "a4"), (Layout::Receipt80mm, "receipt")] {
        let doc = doc_of(&booking, &fixtures::ktz(), Lang::En);
        let path = write_pdf(
            dir.path(),
            &format!("{name}.pdf"),
            &render_pdf(&[doc], layout).unwrap(),
        );
        let text = normalise(&pdf_text(&path));
        assert!(
            text.contains("No QR code: the carrier has not signed this ticket yet."),
            "{text}"
        );
        assert!(decode_qr(&render_page(&path, 1, 150)).is_empty());
    }
}

#[test]
fn a_refunded_ticket_is_marked_not_valid_for_travel() {
    let dir = scratch();
    let mut booking = fixtures::talgo_booking();
    booking.tickets[0].status = TicketStatus::Refunded;
    let doc = doc_of(&booking, &fixtures::ktz(), Lang::Ru);
    let path = write_pdf(
        dir.path(),
        "refunded.pdf",
        &render_pdf(&[doc], Layout::A4).unwrap(),
    );
    let text = pdf_text(&path);
    assert!(text.contains("Недействителен для проезда"), "{text}");
    assert!(text.contains("Возвращён"), "{text}");
}
