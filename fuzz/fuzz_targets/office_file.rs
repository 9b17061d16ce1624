#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| jalga_fuzz::office_file(data));
