//! Selling: search, seat maps, holds, payment and bookings, refunds and exchanges.

pub mod booking;
pub mod exchange;
pub mod hold;
pub mod offer_id;
pub mod passengers;
pub mod refund;
pub mod search;
pub mod seatmap;
pub mod seats;
