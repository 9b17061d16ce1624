//! The preview's pages (`documents::svg`) are the PDF's pages: the same
//! number, the same lines of text in the same places, in the chosen
//! language.

use jalga_core::documents::{render, svg, DocKind, DocLang, DocumentData};

fn sample(text: &str) -> DocumentData {
    serde_json::from_str(text).expect("the sample parses")
}

/// The text of every `<text>` element of a page, unescaped.
fn texts(page: &str) -> Vec<String> {
    page.split("<text ")
        .skip(1)
        .map(|t| {
            let body = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()];
            body.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn the_preview_pages_are_the_pdf_pages() {
    let lease = sample(include_str!("../../../assets/samples/lease-astana.json"));
    let foreigner = sample(include_str!(
        "../../../assets/samples/foreigner-almaty.json"
    ));
    // kind, data, language, a line the first page must show
    let cases = [
        (
            DocKind::Agreement,
            &lease,
            DocLang::Kk,
            "ТҰРҒЫН ҮЙ-ЖАЙДЫ ЖАЛДАУ ШАРТЫ",
        ),
        (DocKind::Agreement, &lease, DocLang::Ru, "ДОГОВОР НАЙМА"),
        (
            DocKind::Agreement,
            &lease,
            DocLang::KkRu,
            "ТҰРҒЫН ҮЙ-ЖАЙДЫ ЖАЛДАУ ШАРТЫ",
        ),
        (DocKind::ForeignerNotice, &foreigner, DocLang::Ru, ""),
        (DocKind::Consent, &lease, DocLang::Kk, ""),
    ];
    for (kind, data, lang, first) in cases {
        let pages = svg::render_svg(kind, data, lang).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        let pdf = render(kind, data, lang).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        assert_eq!(
            pages.len(),
            doc.get_pages().len(),
            "{kind:?} {lang:?}: pages"
        );
        for (n, page) in pages.iter().enumerate() {
            assert!(page.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(page.ends_with("</svg>"));
            // Every page has its footer "n / N" as the PDF does.
            let number = format!("{} / {}", n + 1, pages.len());
            assert!(
                texts(page).iter().any(|t| t.contains(&number)),
                "{kind:?} {lang:?} page {}: {number}",
                n + 1
            );
        }
        let head = texts(&pages[0]).join(" ");
        assert!(head.contains(first), "{kind:?} {lang:?}: {first} in {head}");
    }
}

#[test]
fn text_is_escaped_and_kept_in_the_layouts_width() {
    let mut lease = sample(include_str!("../../../assets/samples/lease-astana.json"));
    lease.tenant.name = "Ә<script>&\"Ғ".into();
    let pages = svg::render_svg(DocKind::Agreement, &lease, DocLang::Kk).unwrap();
    let all = pages.concat();
    assert!(!all.contains("<script>"));
    assert!(all.contains("Ә&lt;script&gt;&amp;&quot;Ғ"));
    assert!(all.contains("textLength="));
}
