//! A real carrier server speaking Sapar's carrier protocol, with its own
//! SQLite database: for the app's demo mode, for tests over real HTTP, and for
//! load tests.
//!
//! One server hosts several carriers (KTZ, Air Astana, FlyArystan and a demo
//! bus company), each under `/carriers/{code}`: that path is the carrier's
//! base URL and the protocol lives under `{base}/v1`. The network (trips for
//! the next 60 days, prices, signing keys) is deterministic from a seed.
//! Seats are sold inside `BEGIN IMMEDIATE` transactions behind a primary key
//! that allows one claim per seat, so a seat is never sold twice. Start one
//! in-process with [`Sandbox::start`], or run `sapar-carrier serve`.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod admin;
pub mod app;
pub mod config;
pub mod error;
pub mod feed;
pub mod http;
pub mod keys;
pub mod network;
pub mod payments;
pub mod rng;
pub mod sales;
pub mod sandbox;
pub mod store;

pub use config::{derived_key, ApiKey, SandboxConfig};
pub use error::SandboxError;
pub use payments::{APPROVED_CARDS, CONFIRMATION_CARD, CONFIRMATION_CODE, DECLINED_CARD};
pub use sandbox::{Sandbox, SandboxHandle};
