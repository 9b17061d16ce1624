//! The NCA RK certificate authorities shipped in `assets/eds/`, by the file
//! name `roots.json` lists each under. `roots.json` holds their source,
//! fingerprint and validity; the tests below hold the files to it, byte for
//! byte.

/// `(file, PEM)` for each certificate [`crate::Trust::nca`] trusts: the
/// expired 2015 RSA chain (for documents signed while it was valid). The
/// current chain (`root_rsa_2020`, `nca_rsa_2022`) is listed as missing in
/// `roots.json`.
pub(crate) const NCA_ROOTS: [(&str, &str); 2] = [
    (
        "root_rsa.pem",
        include_str!("../../../assets/eds/root_rsa.pem"),
    ),
    (
        "nca_rsa.pem",
        include_str!("../../../assets/eds/nca_rsa.pem"),
    ),
];

#[cfg(test)]
mod tests {
    use super::NCA_ROOTS;
    use jalga_sign::X509;
    use serde_json::Value;
    use sha2::{Digest, Sha256};

    const ROOTS_JSON: &str = include_str!("../../../assets/eds/roots.json");

    fn roots_json() -> Value {
        serde_json::from_str(ROOTS_JSON).expect("roots.json is JSON")
    }

    fn colon_hex(bytes: &[u8]) -> String {
        bytes
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":")
    }

    fn shipped(file: &str) -> X509 {
        let (_, pem) = NCA_ROOTS
            .iter()
            .find(|(f, _)| *f == file)
            .unwrap_or_else(|| panic!("{file} is listed in roots.json but not loaded"));
        X509::from_pem(pem.as_bytes()).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    fn field<'a>(entry: &'a Value, name: &str) -> &'a str {
        entry[name]
            .as_str()
            .unwrap_or_else(|| panic!("{name} missing in {entry}"))
    }

    /// Every file loaded is listed, and every listed file is loaded.
    #[test]
    fn the_loaded_files_are_the_listed_ones() {
        let json = roots_json();
        let mut listed: Vec<&str> = json["certificates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| field(c, "file"))
            .collect();
        let mut loaded: Vec<&str> = NCA_ROOTS.iter().map(|(f, _)| *f).collect();
        listed.sort_unstable();
        loaded.sort_unstable();
        assert_eq!(listed, loaded);
    }

    /// Each shipped certificate has the fingerprint, serial and validity
    /// roots.json records, a root signs itself, an intermediate is signed
    /// by the file it names, and both are CAs allowed to sign
    /// certificates. One changed byte changes the fingerprint.
    #[test]
    fn each_file_is_what_roots_json_says() {
        for entry in roots_json()["certificates"].as_array().unwrap() {
            let file = field(entry, "file");
            let cert = shipped(file);
            let der = cert.to_der().unwrap();
            assert_eq!(
                colon_hex(&Sha256::digest(&der)),
                field(entry, "sha256"),
                "{file}: SHA-256 of the DER"
            );
            let serial = cert.serial_number().to_bn().unwrap().to_hex_str().unwrap();
            assert_eq!(serial.to_string(), field(entry, "serial"), "{file}");
            let info = jalga_sign::cert_info(&cert);
            let at = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
            assert_eq!(at(info.not_before), field(entry, "not_before"), "{file}");
            assert_eq!(at(info.not_after), field(entry, "not_after"), "{file}");
            assert_eq!(
                entry["expired"].as_bool(),
                Some(info.not_after < chrono::Utc::now()),
                "{file}: the expired mark"
            );
            let issuer = match field(entry, "role") {
                "root" => cert.clone(),
                "intermediate" => shipped(field(entry, "issued_by")),
                other => panic!("{file}: role {other}"),
            };
            let key = issuer.public_key().unwrap();
            assert!(cert.verify(&key).unwrap(), "{file}: signed by its issuer");
            let text = String::from_utf8(cert.to_text().unwrap()).unwrap();
            assert!(
                text.contains("CA:TRUE") && text.contains("Certificate Sign"),
                "{file}: a CA that may sign certificates"
            );
        }
    }

    /// What roots.json says of the missing current intermediate comes from
    /// a real certificate it issued (the time-stamping authority of
    /// tsp.pki.gov.kz): its issuer and authority key identifier.
    #[test]
    fn the_missing_intermediate_is_known_from_a_certificate_it_issued() {
        let json = roots_json();
        let nca_2022 = json["missing"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| field(m, "file") == "nca_rsa_2022.pem")
            .expect("nca_rsa_2022 is listed as missing");
        let tsa = X509::from_pem(include_bytes!("nca_roots/tsa_2025_by_nca_rsa_2022.pem"))
            .expect("the TSA certificate");
        let text = String::from_utf8(tsa.to_text().unwrap()).unwrap();
        let key_id = field(nca_2022, "subject_key_id");
        assert!(
            text.lines()
                .skip_while(|l| !l.contains("Authority Key Identifier"))
                .nth(1)
                .is_some_and(|l| l.trim().trim_start_matches("keyid:") == key_id),
            "{text}"
        );
        let issuer: Vec<String> = tsa
            .issuer_name()
            .entries()
            .map(|e| {
                format!(
                    "{}={}",
                    e.object().nid().short_name().unwrap(),
                    e.data().to_string().unwrap()
                )
            })
            .collect();
        assert_eq!(issuer.join(", "), field(nca_2022, "subject"));
        assert!(text.contains("CA Issuers - URI:http://pki.gov.kz/cert/nca_rsa_2022.cer"));
    }
}
