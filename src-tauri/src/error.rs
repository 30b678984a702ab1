//! The one error shape that crosses IPC: a stable code the UI switches on, and a
//! message for people (the UI shows its own translation of the code; the message is
//! a fallback and a detail for logs).

use serde::{Deserialize, Serialize};

/// An error returned by a command to the web UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[error("{code}: {message}")]
pub struct IpcError {
    /// A stable, machine-readable code such as `newer_wallet` or `invalid_input`.
    pub code: String,
    /// What went wrong, in English, for people and logs.
    pub message: String,
    /// For `invalid_passenger`: each problem with its field (`passengers/0/iin`…),
    /// found by Sapar or by the carrier; empty otherwise.
    #[serde(default)]
    pub fields: Vec<sapar_core::FieldError>,
}

impl IpcError {
    /// An error with a code and a message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            fields: Vec::new(),
        }
    }
}

impl From<sapar_core::CoreError> for IpcError {
    fn from(error: sapar_core::CoreError) -> Self {
        let mut ipc = Self::new(error.code(), error.to_string());
        if let sapar_core::CoreError::InvalidPassengers(fields) = error {
            ipc.fields = fields;
        }
        ipc
    }
}

/// Why the app could not start or run.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Tauri could not build or run the window.
    #[error("the window could not start: {0}")]
    Tauri(#[from] tauri::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_keep_their_code_and_message() {
        let error = IpcError::from(sapar_core::CoreError::Invalid(
            "a page holds 1 to 500 tickets, not 0".into(),
        ));
        assert_eq!(error.code, "invalid_input");
        assert_eq!(error.message, "a page holds 1 to 500 tickets, not 0");
    }

    #[test]
    fn serializes_as_code_and_message() {
        let json = serde_json::to_value(IpcError::new("offline", "no network")).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({ "code": "offline", "message": "no network", "fields": [] })
        );
    }

    #[test]
    fn passenger_problems_keep_their_fields() {
        let error = IpcError::from(sapar_core::CoreError::InvalidPassengers(vec![
            sapar_core::FieldError::new("passengers/1/iin", "iin_invalid", "wrong check digit"),
        ]));
        assert_eq!(error.code, "invalid_passenger");
        assert_eq!(error.fields.len(), 1);
        assert_eq!(error.fields[0].field, "passengers/1/iin");
    }
}
