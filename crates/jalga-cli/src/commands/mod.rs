pub mod deadlines;
pub mod ids;
pub mod norm;
