//! The one derive block of the enums whose variants are text codes (as
//! stored, in CSV and JSON, on the command line, in the UI's types).

/// Declares an enum whose variants are text codes, written in one case
/// rule (`"lowercase"`, `"kebab-case"`) that serde, strum and ts-rs all
/// follow: `code_enum! { "kebab-case", /// doc  pub enum E { … } }`. A
/// variant may still rename itself for both (`#[serde(rename = …)]` with
/// `#[strum(serialize = …)]`); `domain::tests::codes_are_the_serde_form`
/// holds the two spellings together. More derives go in an attribute
/// inside (`#[derive(PartialOrd, Ord)]`).
#[macro_export]
macro_rules! code_enum {
    ($case:literal, $(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            ::serde::Serialize,
            ::serde::Deserialize,
            ::ts_rs::TS,
            ::strum::IntoStaticStr,
            ::strum::EnumString,
            ::strum::VariantArray,
        )]
        #[serde(rename_all = $case)]
        #[strum(serialize_all = $case)]
        #[ts(export)]
        $(#[$meta])*
        $vis enum $name { $($body)* }
    };
}
