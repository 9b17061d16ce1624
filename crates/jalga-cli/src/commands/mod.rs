pub mod bench;
pub mod browse;
pub mod data;
pub mod deadlines;
pub mod ids;
pub mod norm;
