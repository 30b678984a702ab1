//! What the screens receive: serialisable shapes with their TypeScript types, built
//! from core's results. They only gather and reshape data; wording stays in the UI,
//! which translates by stable names.

pub mod import;
pub mod mail;
pub mod ticket;
pub mod verify;
