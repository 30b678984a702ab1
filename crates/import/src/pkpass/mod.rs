//! Apple Wallet passes (`.pkpass`): a zip of `pass.json`, pictures, a `manifest.json`
//! listing the SHA-1 of every file, and a `signature` over the manifest.
//!
//! Every file is checked against the manifest: a file that differs, is missing or is not
//! listed means the pass was altered, and the import is refused. The signature itself is
//! not checked (that needs Apple's certificate chain), and the import always says so: an
//! imported pass is never presented as trusted.

mod archive;
mod pass_json;

pub(crate) use archive::read_pass_archive;
pub(crate) use pass_json::{booking_from_fields, relevant_times, PassJson};

use crate::codes::{read_code, Reading};
use crate::from_bcbp::DATE_ONLY_NOTE;
use crate::{Barcode, Container, Draft, Format, ImportContext, ImportError, Imported, Source};
use sapar_domain::ZonedInstant;

/// Imports a Wallet pass: checks it against its manifest, then reads its barcode (a
/// boarding pass code's flight data wins over the pass's fields) or else its fields.
pub(crate) fn import_pass(
    name: &str,
    bytes: &[u8],
    ctx: &ImportContext,
) -> Result<Vec<Imported>, ImportError> {
    let files = read_pass_archive(name, bytes)?;
    let pass = PassJson::parse(&files.pass_json).map_err(|problem| ImportError::PassJson {
        name: name.to_string(),
        problem,
    })?;
    match pass.style.as_deref() {
        Some("boardingPass") => {}
        Some(other) => {
            return Err(ImportError::NotATicket {
                name: name.to_string(),
                found: format!("a Wallet pass of another kind ({other})"),
            })
        }
        None => {
            return Err(ImportError::PassJson {
                name: name.to_string(),
                problem: "it describes no kind of pass".into(),
            })
        }
    }
    let mut notes = files.notes;
    if pass.voided {
        notes.push("the issuer marked this Wallet pass as void".into());
    }

    let mut found = None;
    for (symbology, text) in &pass.barcodes {
        let reading = match read_code(text, ctx, name) {
            Reading::Ticket(draft, format) => Some((draft, format)),
            Reading::BadBoardingPass(e) => {
                notes.push(format!(
                    "the pass's barcode is a malformed boarding pass code: {e}"
                ));
                None
            }
            Reading::IncompleteBoardingPass(missing) => {
                notes.push(format!("the pass's boarding pass code lacks {missing}"));
                None
            }
            Reading::BadToken(e) => {
                notes.push(format!(
                    "the pass's barcode is a malformed Sapar ticket code: {e}"
                ));
                None
            }
            Reading::Other => None,
        };
        if let Some((mut draft, format)) = reading {
            if format == Format::Bcbp {
                add_pass_details(&mut draft, &pass);
            }
            found = Some((
                draft,
                Some(Barcode {
                    symbology: *symbology,
                    text: text.clone(),
                }),
            ));
            break;
        }
    }
    let (draft, barcode) = match found {
        Some(found) => found,
        None => {
            let draft = booking_from_fields(&pass, ctx.today, name).map_err(|missing| {
                ImportError::PassJson {
                    name: name.to_string(),
                    problem: format!("its barcode holds no ticket, and its fields lack {missing}"),
                }
            })?;
            let barcode = pass.barcodes.first().map(|(symbology, text)| Barcode {
                symbology: *symbology,
                text: text.clone(),
            });
            (draft, barcode)
        }
    };
    notes.extend(draft.notes);
    Ok(vec![Imported {
        booking: draft.booking,
        source: Source {
            file_name: name.to_string(),
            container: Container::Pkpass,
            format: Format::Pkpass,
            page: None,
        },
        code_text: barcode.as_ref().map(|b| b.text.clone()),
        barcode,
        notes,
    }])
}

/// What a pass adds to its boarding pass code: the departure time (when it falls on the
/// flight's date at the departure airport) and the gate.
fn add_pass_details(draft: &mut Draft, pass: &PassJson) {
    let Some(segment) = draft.booking.segments.first_mut() else {
        return;
    };
    if let Some((time, note)) = relevant_times(pass) {
        let flight_day = segment.departure.local().date_naive();
        if time.with_timezone(&segment.departure.zone).date_naive() == flight_day {
            segment.departure = ZonedInstant::new(time, segment.departure.zone);
            segment.arrival = ZonedInstant::new(time, segment.arrival.zone);
            draft.notes.retain(|n| n != DATE_ONLY_NOTE);
            draft.notes.push(note.to_string());
        }
    }
    if let Some(gate) = pass.gate() {
        segment.platform = Some(gate);
    }
}
