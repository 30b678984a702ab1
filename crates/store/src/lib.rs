//! sapar-store
