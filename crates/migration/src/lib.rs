//! sapar-migration
