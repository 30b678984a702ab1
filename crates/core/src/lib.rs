//! sapar-core
