//! Sapar's domain model: the facts and rules of Kazakhstan travel, with no I/O.
//!
//! Everything here is plain data and pure functions: places and the place search,
//! carriers, money in tiyn, instants with their IANA zone, passengers and the IIN,
//! bookings and the ticket lifecycle. Storage, HTTP and rendering live in other crates.
#![deny(missing_docs)]

pub mod booking;
pub mod carrier;
pub mod error;
pub mod fare;
pub mod iin;
pub mod lang;
pub mod mode;
pub mod money;
pub mod passenger;
pub mod place;
pub mod search;
pub mod time;

pub use booking::{
    Berth, Booking, PriceBreakdown, PriceItem, PurchaseChannel, PurchasePlace, SeatAssignment,
    Segment, Ticket, TicketStatus, TransitionError,
};
pub use carrier::{Carrier, SalesOffice, SupportContacts};
pub use error::DomainError;
pub use fare::{AfterSalesClosed, ExchangeRules, FareRules, RefundQuote, RefundRules, RefundTier};
pub use lang::Lang;
pub use mode::Mode;
pub use money::Money;
pub use passenger::{Category, DocumentType, Passenger};
pub use place::{Place, PlaceKind, PlaceRef};
pub use time::ZonedInstant;
