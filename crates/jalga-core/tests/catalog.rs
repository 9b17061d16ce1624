//! The message catalogue: the same ids in every language, each parses.

use std::collections::BTreeSet;

use jalga_core::{Catalog, Lang};

#[test]
fn the_catalogue_loads_and_every_language_has_the_same_ids() {
    let catalog = Catalog::load().expect("the shipped .ftl files parse");
    let en: BTreeSet<String> = catalog.ids(Lang::En).into_iter().collect();
    assert!(en.len() > 20);
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = catalog.ids(lang).into_iter().collect();
        let missing: Vec<_> = en.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn plurals_follow_each_language() {
    use jalga_core::i18n::Message;
    let cases = [
        (Lang::Ru, 1, "введено 1 цифра"),
        (Lang::Ru, 2, "введено 2 цифры"),
        (Lang::Ru, 5, "введено 5 цифр"),
        (Lang::Ru, 21, "введено 21 цифра"),
        (Lang::En, 1, "got 1 digit"),
        (Lang::En, 13, "got 13 digits"),
        (Lang::Kk, 13, "енгізілгені: 13 цифр"),
    ];
    for (lang, n, want) in cases {
        let text = Message::new("id-wrong-length").arg("found", n).render(lang);
        assert!(text.ends_with(want), "{lang} {n}: {text}");
    }
}

#[test]
fn record_kinds_are_named_in_each_language() {
    use jalga_core::i18n::Message;
    let cases = [
        (Lang::Ru, "lease", "договор найма"),
        (Lang::Kk, "person", "адам"),
        (Lang::En, "property", "dwelling"),
    ];
    for (lang, kind, want) in cases {
        for id in ["v-unknown-ref", "error-not-found"] {
            let text = Message::new(id)
                .arg("kind", kind)
                .arg("id", "x-1")
                .render(lang);
            assert!(
                text.contains(want) && text.contains("x-1"),
                "{lang} {id}: {text}"
            );
        }
    }
}
