pub mod bench;
pub mod browse;
pub mod data;
pub mod ids;
