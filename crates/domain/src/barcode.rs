//! A ticket's original barcode: the code its issuer printed (a boarding pass's PDF417
//! or Aztec code, a Wallet pass's barcode), kept so that the very same code can be
//! shown at the gate.
//!
//! Sapar's own tickets carry their signed code in [`crate::Ticket::token`]; an original
//! barcode is what a ticket bought elsewhere and imported brings with it. It is kept
//! beside the booking, one per ticket, as a [`TicketBarcode`].

use serde::{Deserialize, Serialize};

/// The symbology a barcode is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum BarcodeFormat {
    /// PDF417, the code of printed boarding passes.
    Pdf417,
    /// Aztec, common on mobile boarding passes.
    Aztec,
    /// QR code.
    Qr,
    /// Code 128, a one-dimensional code some Wallet passes carry.
    Code128,
}

impl BarcodeFormat {
    /// Every format.
    pub const ALL: [BarcodeFormat; 4] = [
        BarcodeFormat::Pdf417,
        BarcodeFormat::Aztec,
        BarcodeFormat::Qr,
        BarcodeFormat::Code128,
    ];

    /// The stable snake_case name (`pdf417`, `aztec`, `qr`, `code128`).
    pub fn as_str(self) -> &'static str {
        match self {
            BarcodeFormat::Pdf417 => "pdf417",
            BarcodeFormat::Aztec => "aztec",
            BarcodeFormat::Qr => "qr",
            BarcodeFormat::Code128 => "code128",
        }
    }

    /// Parses [`BarcodeFormat::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// The name people know the symbology by (`PDF417`, `Aztec`, `QR`, `Code 128`).
    pub fn name(self) -> &'static str {
        match self {
            BarcodeFormat::Pdf417 => "PDF417",
            BarcodeFormat::Aztec => "Aztec",
            BarcodeFormat::Qr => "QR",
            BarcodeFormat::Code128 => "Code 128",
        }
    }
}

impl std::fmt::Display for BarcodeFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A barcode as its issuer made it: what it says, exactly, and how it is drawn.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Barcode {
    /// The code's text, character for character (a boarding pass code keeps its
    /// padding spaces: gate readers check them).
    pub text: String,
    /// The symbology to draw it in.
    pub format: BarcodeFormat,
}

/// The original barcode of one ticket of a booking, named by the ticket's number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TicketBarcode {
    /// The ticket's number, as in [`crate::Ticket::number`].
    pub ticket_number: String,
    /// Its barcode.
    pub barcode: Barcode,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip_and_match_serde() {
        for f in BarcodeFormat::ALL {
            assert_eq!(BarcodeFormat::parse(f.as_str()), Some(f));
            assert_eq!(
                serde_json::to_value(f).ok(),
                Some(serde_json::Value::String(f.as_str().into()))
            );
        }
        assert_eq!(BarcodeFormat::parse("PDF417"), None);
        assert_eq!(BarcodeFormat::parse("datamatrix"), None);
    }

    #[test]
    fn barcode_text_keeps_its_spaces_through_json() {
        let b = Barcode {
            text: "M1DOE/JOHN            EABC123 ALANQZKC 0852 121Y012A0025 100  ".into(),
            format: BarcodeFormat::Aztec,
        };
        let json = serde_json::to_string(&b).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Barcode>(&json).ok(), Some(b));
    }
}
