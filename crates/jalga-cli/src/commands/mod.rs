pub mod bench;
pub mod browse;
pub mod data;
pub mod deadlines;
pub mod docs;
pub mod ids;
pub mod norm;
pub mod trust;
