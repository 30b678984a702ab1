//! sapar-render
