//! sea-orm entities: the wallet's tables as rows (the small `meta` table is read with
//! SQL). They are not the domain; `rows.rs` maps between them and `sapar_domain` types.

pub mod booking;
pub mod passenger;
pub mod segment;
pub mod ticket;
