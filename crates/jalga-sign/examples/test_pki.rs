//! Writes a test PKI shaped like NCA RK's for the end-to-end tests: a root
//! (`root.pem`, to trust through JALGA_TRUST) and, for each `NAME:IIN`
//! argument, a signing key store `NAME.p12` with the password `test-pass`.
//! For tests only: these keys prove nothing.
//!
//! cargo run -p jalga-sign --features test-pki --example test_pki -- DIR NAME:IIN…

use chrono::{Duration, Utc};
use jalga_sign::testpki::{p12, Ca, Person, Usage};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("an output folder"));
    std::fs::create_dir_all(&dir).expect("the output folder");
    let root = Ca::root("TEST ROOT (RSA)");
    let nca = root.intermediate("TEST NCA (RSA)");
    std::fs::write(dir.join("root.pem"), root.cert.to_pem().expect("PEM")).expect("root.pem");
    for arg in args {
        let (name, iin) = arg.split_once(':').expect("NAME:IIN");
        let who = Person {
            surname: name,
            name: "TEST",
            patronymic: "TEST",
            iin,
        };
        let now = Utc::now();
        let (cert, key) = nca.issue(
            &who,
            Usage::Signing,
            now - Duration::days(1),
            now + Duration::days(30),
        );
        let bytes = p12(&cert, &key, &[&nca.cert, &root.cert], "test-pass");
        std::fs::write(dir.join(format!("{name}.p12")), bytes).expect("the key store");
    }
}
