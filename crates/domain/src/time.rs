//! Instants with the IANA zone of their place.
//!
//! A trip's departure is stored as a UTC instant plus the station's zone and shown
//! in that zone's local time. Kazakhstan moved Asia/Almaty and Asia/Qostanay from
//! UTC+6 to UTC+5 on 2024-03-01; chrono-tz ≥ 0.10 carries that change.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A UTC instant together with the IANA zone in which people see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ZonedInstant {
    /// The instant, in UTC.
    pub utc: DateTime<Utc>,
    /// The IANA zone of the place (e.g. `Asia/Almaty`).
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub zone: Tz,
}

/// A local time that does not exist or is ambiguous in its zone.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{local} does not name one instant in {zone}")]
pub struct InvalidLocalTime {
    /// The local time that was given.
    pub local: NaiveDateTime,
    /// The zone it was given in.
    pub zone: Tz,
}

impl ZonedInstant {
    /// An instant in a zone.
    pub fn new(utc: DateTime<Utc>, zone: Tz) -> Self {
        Self { utc, zone }
    }

    /// The instant at a local wall-clock time of a zone.
    pub fn from_local(local: NaiveDateTime, zone: Tz) -> Result<Self, InvalidLocalTime> {
        match zone.from_local_datetime(&local) {
            LocalResult::Single(t) => Ok(Self::new(t.with_timezone(&Utc), zone)),
            _ => Err(InvalidLocalTime { local, zone }),
        }
    }

    /// The local date and time with its offset.
    pub fn local(&self) -> DateTime<Tz> {
        self.utc.with_timezone(&self.zone)
    }

    /// The UTC offset in force at this instant, as `+05:00`.
    pub fn offset_label(&self) -> String {
        self.local().format("%:z").to_string()
    }

    /// Local time as `2026-12-01 21:40 (+05:00)`.
    pub fn display_local(&self) -> String {
        self.local().format("%Y-%m-%d %H:%M (%:z)").to_string()
    }
}

impl fmt::Display for ZonedInstant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            self.local().format("%Y-%m-%d %H:%M %:z"),
            self.zone.name()
        )
    }
}

/// Parses an IANA zone name.
pub fn parse_zone(name: &str) -> Option<Tz> {
    name.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn noon(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("valid date")
    }

    #[test]
    fn almaty_moved_to_utc_plus_five_on_2024_03_01() {
        let before = ZonedInstant::from_local(noon(2024, 2, 28), chrono_tz::Asia::Almaty).unwrap();
        let after = ZonedInstant::from_local(noon(2024, 3, 2), chrono_tz::Asia::Almaty).unwrap();
        assert_eq!(before.offset_label(), "+06:00");
        assert_eq!(after.offset_label(), "+05:00");
        assert_eq!(before.utc.format("%H:%M").to_string(), "06:00");
        assert_eq!(after.utc.format("%H:%M").to_string(), "07:00");
    }

    #[test]
    fn whole_country_is_utc_plus_five_now() {
        for zone in [
            chrono_tz::Asia::Almaty,
            chrono_tz::Asia::Qostanay,
            chrono_tz::Asia::Qyzylorda,
            chrono_tz::Asia::Aqtobe,
            chrono_tz::Asia::Aqtau,
            chrono_tz::Asia::Atyrau,
            chrono_tz::Asia::Oral,
        ] {
            let t = ZonedInstant::from_local(noon(2026, 12, 1), zone).unwrap();
            assert_eq!(t.offset_label(), "+05:00", "{zone}");
        }
    }

    #[test]
    fn displays_local_time_of_the_station() {
        let utc = Utc.with_ymd_and_hms(2026, 12, 1, 16, 40, 0).unwrap();
        let t = ZonedInstant::new(utc, chrono_tz::Asia::Almaty);
        assert_eq!(t.display_local(), "2026-12-01 21:40 (+05:00)");
    }
}
