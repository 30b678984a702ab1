//! Modes of transport.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How a trip travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// A flight.
    Air,
    /// A train.
    Rail,
    /// An intercity bus.
    Bus,
}

impl Mode {
    /// All modes.
    pub const ALL: [Mode; 3] = [Mode::Air, Mode::Rail, Mode::Bus];

    /// The stable lowercase name used in files, URLs and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Air => "air",
            Mode::Rail => "rail",
            Mode::Bus => "bus",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text was not a mode of transport.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown mode {0:?}: expected air, rail or bus")]
pub struct UnknownMode(pub String);

impl FromStr for Mode {
    type Err = UnknownMode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "air" | "plane" | "flight" => Ok(Mode::Air),
            "rail" | "train" => Ok(Mode::Rail),
            "bus" | "coach" => Ok(Mode::Bus),
            _ => Err(UnknownMode(s.to_string())),
        }
    }
}
