//! Importing one file: recognise its kind, find its codes, read them as tickets.

use crate::codes::{describe, no_ticket_error, quote, read_code, Reading};
use crate::pdf::scan_pdf;
use crate::places::push_note;
use crate::scan::{decode_picture, scan_gray};
use crate::{pkpass, Barcode, Container, ImportContext, ImportError, Imported, Source};
use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// The largest file Sapar imports: 50 MB. Larger files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Imports every ticket in a file.
///
/// The file's size is checked before it is read: files over [`MAX_FILE_BYTES`] give
/// [`ImportError::TooLarge`]. See [`import_bytes`] for the rest.
pub fn import_file(path: &Path, ctx: &ImportContext) -> Result<Vec<Imported>, ImportError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let unreadable = |source| ImportError::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if metadata.is_dir() {
        return Err(ImportError::UnsupportedType {
            name,
            detected: "a folder".into(),
        });
    }
    let too_large = |size| ImportError::TooLarge {
        name: name.clone(),
        size,
        limit: MAX_FILE_BYTES,
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // The file grew while it was being read.
        return Err(too_large(bytes.len() as u64));
    }
    import_bytes(&name, &bytes, ctx)
}

/// Imports every ticket in a file's contents; `name` is the file's name, shown to the
/// user and used as a hint when the contents are ambiguous.
///
/// The kind of file is told from its contents: PNG and JPEG pictures, PDFs, Wallet passes
/// (zip) and text. Every code found is read as a boarding pass and as a Sapar ticket code;
/// codes that are neither are mentioned in the notes of the tickets found beside them.
pub fn import_bytes(
    name: &str,
    bytes: &[u8],
    ctx: &ImportContext,
) -> Result<Vec<Imported>, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            name: name.to_string(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    match sniff(name, bytes) {
        Kind::Picture => import_picture(name, bytes, ctx),
        Kind::Pdf => import_pdf(name, bytes, ctx),
        Kind::Zip => pkpass::import_pass(name, bytes, ctx),
        Kind::Text(text) => import_text(name, text, ctx),
        Kind::Damaged(error) => Err(error),
        Kind::Unsupported(detected) => Err(ImportError::UnsupportedType {
            name: name.to_string(),
            detected: detected.to_string(),
        }),
    }
}

enum Kind<'a> {
    Picture,
    Pdf,
    Zip,
    Text(&'a str),
    Damaged(ImportError),
    Unsupported(&'static str),
}

fn sniff<'a>(name: &str, bytes: &'a [u8]) -> Kind<'a> {
    let extension = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let head = &bytes[..bytes.len().min(1024)];
    if bytes.is_empty() {
        return Kind::Unsupported("an empty file");
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        return Kind::Picture;
    }
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Kind::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Kind::Zip;
    }
    if bytes.starts_with(b"GIF8") {
        return Kind::Unsupported("a GIF picture (save it as PNG or JPEG)");
    }
    if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Kind::Unsupported("a WebP picture (save it as PNG or JPEG)");
    }
    if bytes.len() > 12
        && &bytes[4..8] == b"ftyp"
        && matches!(&bytes[8..12], b"heic" | b"heix" | b"mif1" | b"msf1")
    {
        return Kind::Unsupported("a HEIC photo (save it as JPEG or PNG)");
    }
    let damaged = |reason: &str| {
        let name = name.to_string();
        let reason = reason.to_string();
        match extension.as_str() {
            "png" | "jpg" | "jpeg" => Some(ImportError::CorruptImage { name, reason }),
            "pdf" => Some(ImportError::CorruptPdf { name, reason }),
            "pkpass" => Some(ImportError::CorruptArchive { name, reason }),
            _ => None,
        }
    };
    if let Some(error) = damaged("the file does not start as one of its kind does") {
        return Kind::Damaged(error);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if !text.contains('\0') => Kind::Text(text),
        _ => Kind::Unsupported("binary data of an unknown kind"),
    }
}

/// A code found in a file, before it is read.
struct Found {
    text: String,
    barcode: Option<Barcode>,
    page: Option<u32>,
}

fn import_picture(
    name: &str,
    bytes: &[u8],
    ctx: &ImportContext,
) -> Result<Vec<Imported>, ImportError> {
    let picture = decode_picture(bytes).map_err(|reason| ImportError::CorruptImage {
        name: name.to_string(),
        reason,
    })?;
    let found: Vec<Found> = scan_gray(&picture)
        .into_iter()
        .map(|b| Found {
            text: b.text.clone(),
            barcode: Some(b),
            page: None,
        })
        .collect();
    if found.is_empty() {
        return Err(ImportError::NoCodeInImage {
            name: name.to_string(),
        });
    }
    finish(name, Container::Image, found, ctx)
}

fn import_pdf(name: &str, bytes: &[u8], ctx: &ImportContext) -> Result<Vec<Imported>, ImportError> {
    let scanned =
        scan_pdf(bytes, ctx.pdf_renderer.as_deref()).map_err(|reason| ImportError::CorruptPdf {
            name: name.to_string(),
            reason,
        })?;
    if scanned.found.is_empty() {
        return Err(ImportError::NoCodeInPdf {
            name: name.to_string(),
            pages: scanned.pages,
            renderer_missing: scanned.renderer_missing,
        });
    }
    let found = scanned
        .found
        .into_iter()
        .map(|(page, b)| Found {
            text: b.text.clone(),
            barcode: Some(b),
            page: Some(page),
        })
        .collect();
    finish(name, Container::Pdf, found, ctx)
}

fn import_text(name: &str, text: &str, ctx: &ImportContext) -> Result<Vec<Imported>, ImportError> {
    let found: Vec<Found> = text
        .lines()
        .map(|line| {
            line.trim_start_matches('\u{feff}')
                .trim_start()
                .trim_end_matches(['\r', '\n'])
        })
        .filter(|line| !line.trim().is_empty())
        .map(|line| Found {
            text: line.to_string(),
            barcode: None,
            page: None,
        })
        .collect();
    if found.is_empty() {
        return Err(ImportError::NotATicket {
            name: name.to_string(),
            found: "an empty text".into(),
        });
    }
    finish(name, Container::Text, found, ctx)
}

/// Reads the codes found in a file as tickets; `Err` when none is a ticket.
fn finish(
    name: &str,
    container: Container,
    found: Vec<Found>,
    ctx: &ImportContext,
) -> Result<Vec<Imported>, ImportError> {
    let mut imported: Vec<Imported> = Vec::new();
    let mut failed = Vec::new();
    let mut seen = HashSet::new();
    for code in found {
        if !seen.insert(code.text.clone()) {
            continue;
        }
        match read_code(&code.text, ctx, name) {
            Reading::Ticket(draft, format) => {
                if imported.iter().any(|i| i.booking.id == draft.booking.id) {
                    continue;
                }
                imported.push(Imported {
                    booking: draft.booking,
                    source: Source {
                        file_name: name.to_string(),
                        container,
                        format,
                        page: code.page,
                    },
                    barcode: code.barcode,
                    code_text: Some(code.text),
                    notes: draft.notes,
                });
            }
            other => failed.push((other, code.barcode, code.text)),
        }
    }
    if imported.is_empty() {
        return Err(no_ticket_error(name, failed));
    }
    for (reading, barcode, text) in &failed {
        let what = describe(barcode.as_ref());
        let note = match reading {
            Reading::BadBoardingPass(e) => {
                format!("another boarding pass code in the file is malformed: {e}")
            }
            Reading::IncompleteBoardingPass(missing) => {
                format!("another boarding pass in the file lacks {missing}")
            }
            Reading::BadToken(e) => {
                format!("another Sapar ticket code in the file is malformed: {e}")
            }
            Reading::Other | Reading::Ticket(..) => format!(
                "the file also holds {what} that is not a ticket: {}",
                quote(text)
            ),
        };
        for item in &mut imported {
            push_note(&mut item.notes, note.clone());
        }
    }
    Ok(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_from_contents_not_names() {
        assert!(matches!(
            sniff("x.txt", b"\x89PNG\r\n\x1a\nrest"),
            Kind::Picture
        ));
        assert!(matches!(sniff("x", b"%PDF-1.7\n"), Kind::Pdf));
        assert!(matches!(sniff("x.bin", b"PK\x03\x04...."), Kind::Zip));
        assert!(matches!(
            sniff("x.png", b"hello"),
            Kind::Damaged(ImportError::CorruptImage { .. })
        ));
        assert!(matches!(
            sniff("x.pkpass", b"hello"),
            Kind::Damaged(ImportError::CorruptArchive { .. })
        ));
        assert!(matches!(sniff("x", b"M1DOE/JOHN"), Kind::Text(_)));
        assert!(matches!(
            sniff("x", &[0, 159, 146, 150]),
            Kind::Unsupported(_)
        ));
        assert!(matches!(
            sniff("x", b""),
            Kind::Unsupported("an empty file")
        ));
        assert!(matches!(sniff("x", b"GIF89a......"), Kind::Unsupported(_)));
    }
}
