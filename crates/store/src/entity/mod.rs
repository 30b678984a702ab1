//! sea-orm entities: the wallet's tables as rows. They are not the domain; `rows.rs`
//! maps between them and `sapar_domain` types.

pub mod booking;
pub mod meta;
pub mod passenger;
pub mod segment;
pub mod ticket;
