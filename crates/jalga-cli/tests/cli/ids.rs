use rand::{Rng, SeedableRng};
use serde_json::Value;

use crate::jalga;

/// The IIN rule exactly as DESIGN.md states it, written independently of the
/// core: structure, century digit, real date, two weighting passes.
fn reference_verdict(iin: &str) -> bool {
    let d: Vec<u32> = match iin
        .chars()
        .map(|c| c.to_digit(10))
        .collect::<Option<Vec<_>>>()
    {
        Some(d) if d.len() == 12 => d,
        _ => return false,
    };
    let century = match d[6] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        5 | 6 => 2000,
        _ => return false,
    };
    let year = century + (d[0] * 10 + d[1]) as i32;
    let (month, day) = (d[2] * 10 + d[3], d[4] * 10 + d[5]);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days_in_month {
        return false;
    }
    let w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    let w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    let sum = |w: &[u32; 11]| d[..11].iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    let mut check = sum(&w1);
    if check == 10 {
        check = sum(&w2);
    }
    check != 10 && check == d[11]
}

/// A random number: mostly well-formed with a computed check digit, some
/// corrupted in one digit, some with an impossible date or century.
fn random_iin(rng: &mut impl Rng) -> String {
    let yy = rng.random_range(0..100);
    let mm = rng.random_range(1..=12);
    let dd = rng.random_range(1..=31); // sometimes past the month's end
    let century = rng.random_range(1..=6);
    let serial = rng.random_range(0..10_000);
    let mut s = format!("{yy:02}{mm:02}{dd:02}{century}{serial:04}");
    let digits: Vec<u32> = s.chars().map(|c| c.to_digit(10).unwrap()).collect();
    let w = |start: u32| {
        (0..11u32)
            .map(|i| digits[i as usize] * ((start - 1 + i) % 11 + 1))
            .sum::<u32>()
            % 11
    };
    let check = match w(1) {
        10 => w(3) % 10, // 10 again: any digit, the number is invalid anyway
        c => c,
    };
    s.push(char::from_digit(check, 10).unwrap());
    match rng.random_range(0..10) {
        0 | 1 => {
            // Corrupt one digit.
            let i = rng.random_range(0..12);
            let mut b = s.into_bytes();
            b[i] = b'0' + (b[i] - b'0' + rng.random_range(1..10)) % 10;
            String::from_utf8(b).unwrap()
        }
        2 => {
            // An impossible century digit.
            s.replace_range(6..7, &rng.random_range(7..10).to_string());
            s
        }
        _ => s,
    }
}

#[test]
fn check_iin_agrees_with_the_design_rule_on_10000_random_numbers() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x1a1a);
    let numbers: Vec<String> = (0..10_000).map(|_| random_iin(&mut rng)).collect();
    let invalid = numbers.iter().filter(|n| !reference_verdict(n)).count();
    assert!(
        (1_000..9_000).contains(&invalid),
        "the generator should mix valid and invalid numbers: {invalid} invalid"
    );
    for chunk in numbers.chunks(2_500) {
        let out = jalga().arg("check-iin").args(chunk).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), chunk.len());
        for (n, line) in chunk.iter().zip(lines) {
            let want = if reference_verdict(n) {
                "valid"
            } else {
                "invalid"
            };
            let verdict = line
                .strip_prefix(&format!("{n} "))
                .unwrap()
                .split(' ')
                .next();
            assert_eq!(verdict, Some(want), "{n}: {line}");
        }
        let all_valid = chunk.iter().all(|n| reference_verdict(n));
        assert_eq!(out.status.code(), Some(if all_valid { 0 } else { 1 }));
    }
}

#[test]
fn bad_input_gets_one_clear_line_and_no_panic() {
    let cases: &[(&str, &str)] = &[
        ("", "invalid empty: Nothing entered"),
        (
            "abcdefghijkl",
            "invalid not-digit: Only digits are allowed: character 1 is “a”",
        ),
        (
            "90010130001",
            "invalid wrong-length: Must be 12 digits, got 11 digits",
        ),
        (
            "9001013000170",
            "invalid wrong-length: Must be 12 digits, got 13 digits",
        ),
        (
            "900231300012",
            "invalid impossible-date: The birth date 1990-02-31 does not exist",
        ),
        (
            "900101300018",
            "invalid checksum-mismatch: Check digit is 8, but the first 11 digits give 7",
        ),
    ];
    for (input, want) in cases {
        let out = jalga().args(["check-iin", input]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{input:?}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(stdout.lines().count(), 1, "{input:?}: {stdout}");
        assert!(
            stdout.starts_with(&format!("{input} {want}")),
            "{input:?}: {stdout}"
        );
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!stderr.contains("panick"), "{stderr}");
    }
}

#[test]
fn valid_numbers_exit_zero_and_json_gives_birth_date_and_sex() {
    let out = jalga()
        .args(["check-iin", "--json", "900101300017", "951231400121"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["valid"], true);
    assert_eq!(v[0]["birth_date"], "1990-01-01");
    assert_eq!(v[0]["sex"], "male");
    assert_eq!(v[1]["birth_date"], "1995-12-31");
    assert_eq!(v[1]["sex"], "female");
}

#[test]
fn json_reports_the_reason_code_and_message_in_the_chosen_language() {
    let out = jalga()
        .args(["--lang", "ru", "check-iin", "--json", "12345"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["valid"], false);
    assert_eq!(v[0]["reason"]["code"], "wrong-length");
    assert_eq!(v[0]["reason"]["message"], "Нужно 12 цифр, введено 5 цифр");
}

#[test]
fn check_bin_reports_type_and_attribute() {
    let out = jalga()
        .args(["check-bin", "--json", "040540000123", "040570000123"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["entity_type"], "resident");
    assert_eq!(v[0]["attribute"], "head-office");
    assert_eq!(v[1]["reason"]["code"], "entity-type");
    let out = jalga()
        .args(["check-bin", "040540000123"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "040540000123 valid\n"
    );
}

#[test]
fn usage_errors_exit_two_with_a_message() {
    for args in [
        vec!["check-iin"],
        vec!["no-such-command"],
        vec!["--lang", "de", "check-iin", "1"],
    ] {
        let out = jalga().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("error"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panick"), "{stderr}");
    }
}
