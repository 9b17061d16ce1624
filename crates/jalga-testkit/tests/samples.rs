//! The demo bundle `jalga demo` imports (`assets/samples/demo.json`) is the
//! one `demo::demo_bundle` makes. `JALGA_BLESS=1` rewrites it first.

#[test]
fn the_committed_demo_bundle_is_the_generated_one() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/samples/demo.json"
    );
    let made = serde_json::to_string_pretty(&jalga_testkit::demo::demo_bundle()).unwrap() + "\n";
    if std::env::var_os("JALGA_BLESS").is_some() {
        std::fs::write(path, &made).unwrap();
    }
    let committed = std::fs::read_to_string(path).expect("assets/samples/demo.json");
    assert!(
        committed == made,
        "assets/samples/demo.json is not what demo_bundle() makes; run this test with JALGA_BLESS=1"
    );
}
