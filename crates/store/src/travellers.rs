//! The people a wallet has booked for, to fill a passenger form with one click: each
//! distinct person and document once, the most recently booked first. Passes imported
//! from elsewhere are left out (their documents are rarely complete), and so are
//! bookings in the bin.

use crate::{StoreError, Wallet};
use chrono::NaiveDate;
use sapar_domain::DocumentType;
use sea_orm::{ConnectionTrait, Statement};
use serde::{Deserialize, Serialize};

/// A person the wallet has booked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Traveller {
    /// Surname as in the document.
    pub surname: String,
    /// Given names as in the document.
    pub given_names: String,
    /// The document travelled on.
    pub document_type: DocumentType,
    /// The document number.
    pub document_number: String,
    /// Date of birth, when known.
    pub birth_date: Option<NaiveDate>,
    /// The IIN, when the document carries one.
    pub iin: Option<String>,
}

const SQL: &str = "SELECT p.surname, p.given_names, p.document_type, p.document_number, \
     MAX(p.birth_date) AS birth_date, MAX(p.iin) AS iin, MAX(b.created_at) AS last_booked \
     FROM passenger p JOIN booking b ON b.id = p.booking_id \
     WHERE b.deleted_at IS NULL AND b.purchase_channel <> 'import' AND p.document_number <> '' \
     GROUP BY p.surname, p.given_names, p.document_type, p.document_number \
     ORDER BY last_booked DESC LIMIT ?";

impl Wallet {
    /// Up to `limit` people booked for, the most recently booked first.
    pub async fn travellers(&self, limit: u32) -> Result<Vec<Traveller>, StoreError> {
        let rows = self
            .db
            .query_all_raw(Statement::from_sql_and_values(
                self.db.get_database_backend(),
                SQL,
                [i64::from(limit).into()],
            ))
            .await
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let text = |col: &str| r.try_get::<String>("", col);
            let Some(document_type) = text("document_type")
                .ok()
                .and_then(|d| DocumentType::parse(&d))
            else {
                continue;
            };
            out.push(Traveller {
                surname: text("surname").map_err(|e| self.err(e))?,
                given_names: text("given_names").map_err(|e| self.err(e))?,
                document_type,
                document_number: text("document_number").map_err(|e| self.err(e))?,
                birth_date: r
                    .try_get::<Option<String>>("", "birth_date")
                    .ok()
                    .flatten()
                    .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                iin: r.try_get::<Option<String>>("", "iin").ok().flatten(),
            });
        }
        Ok(out)
    }
}
