//! Paging by key: a key with the wrong number of parts is the caller's
//! mistake (an invalid `after`), never a "not found".

use jalga_core::store::PageFrom;
use jalga_core::{CoreError, Lang, Store};

#[test]
fn a_page_key_of_the_wrong_length_is_an_invalid_after() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.sqlite3")).unwrap();
    // list, key parts, the English message ("" = the page is read)
    let cases: &[(&str, &[&str], &str)] = &[
        ("people", &["Abaev", "Arman", "p1"], ""),
        (
            "people",
            &["Abaev", "p1"],
            "A page of this list starts after a sort key of 3 parts, got 2",
        ),
        (
            "people",
            &[],
            "A page of this list starts after a sort key of 3 parts, got 0",
        ),
        (
            "people",
            &["a", "b", "c", "d"],
            "A page of this list starts after a sort key of 3 parts, got 4",
        ),
        ("dwellings", &["Astana", "Abay", "1", "", "d1"], ""),
        (
            "dwellings",
            &["Astana", "Abay", "1", "d1"],
            "A page of this list starts after a sort key of 5 parts, got 4",
        ),
        (
            "dwellings",
            &["Astana", "Abay", "1", "", "d1", "x"],
            "A page of this list starts after a sort key of 5 parts, got 6",
        ),
    ];
    for (list, key, want) in cases {
        let from = PageFrom::After(Some(*key));
        let got = match *list {
            "people" => store.people_page("", from, 10).map(|p| p.rows.len()),
            _ => store.dwellings_page("", from, 10).map(|p| p.rows.len()),
        };
        if want.is_empty() {
            assert_eq!(got.unwrap(), 0, "{list} {key:?}");
            continue;
        }
        let e = got.expect_err(&format!("{list} {key:?} is refused"));
        assert!(
            matches!(&e, CoreError::Invalid { field, .. } if field == "after"),
            "{list} {key:?}: {e:?}"
        );
        let problem = e.to_problem(Lang::En);
        assert_eq!(problem.code, "invalid", "{list} {key:?}");
        assert_eq!(problem.field.as_deref(), Some("after"), "{list} {key:?}");
        assert_eq!(problem.message, *want, "{list} {key:?}");
        for lang in [Lang::Kk, Lang::Ru] {
            let m = e.to_problem(lang).message;
            assert!(
                m.contains(&key.len().to_string()) && m != *want,
                "{lang:?}: {m}"
            );
        }
    }
}
