//! Sapar's domain model: the facts and rules of Kazakhstan travel, with no I/O.
//!
//! Everything here is plain data and pure functions: places and the place search,
//! carriers, money in tiyn, instants with their IANA zone, passengers and the IIN,
//! bookings and the ticket lifecycle, and the original barcodes of imported tickets.
//! Storage, HTTP and rendering live in other crates.
#![deny(missing_docs)]

pub mod barcode;
pub mod booking;
pub mod carrier;
pub mod error;
pub mod fare;
mod fold;
pub mod iin;
pub mod lang;
pub mod mode;
pub mod money;
pub mod passenger;
mod passenger_check;
pub mod place;
mod place_data;
pub mod search;
pub mod time;

pub use barcode::{Barcode, BarcodeFormat, TicketBarcode};
pub use booking::{
    Berth, Booking, PriceBreakdown, PriceItem, PurchaseChannel, PurchasePlace, SeatAssignment,
    Segment, Ticket, TicketStatus, TransitionError,
};
pub use carrier::{
    carrier_by_code, carriers, carriers_for_mode, distance_km, nearest_office, Carrier,
    NearestOffice, SalesOffice, SupportContacts,
};
pub use error::DomainError;
pub use fare::{AfterSalesClosed, ExchangeRules, FareRules, RefundQuote, RefundRules, RefundTier};
pub use iin::{IinError, IinInfo, Sex};
pub use lang::Lang;
pub use mode::Mode;
pub use money::Money;
pub use passenger::{
    age_limits, age_on, category_on, validate_passenger, AgeLimits, Category, DocumentType,
    Passenger, PassengerField, PassengerProblem,
};
pub use place::{
    cities, city_of, is_main_place, is_well_formed_code, place_by_code, places, City, Place,
    PlaceKind, PlaceRef,
};
pub use search::{search_places, search_places_by_mode, MatchKind, PlaceMatch};
pub use time::ZonedInstant;
