//! sapar-ticket
