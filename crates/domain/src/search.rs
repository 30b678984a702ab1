//! Place search: finds a place whatever the user types.
