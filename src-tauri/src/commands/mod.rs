//! The commands the web UI calls. Each is a thin edge: take the arguments, call one
//! use case of `sapar-core`, turn its error into an [`IpcError`](crate::IpcError).

pub mod wallet;
