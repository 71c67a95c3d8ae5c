use leptos::prelude::*;

/// A small line icon drawn inline (no icon font, no request, no emoji that
/// some phones lack). Decorative: hidden from screen readers, the text
/// beside it says the same.
#[component]
pub fn Icone(
    /// Which icon: `telephone`, `courriel`, `site`, `jeune`, `parent`, `mentor`, `pro`.
    nom: &'static str,
) -> impl IntoView {
    // Static markup: one view type instead of seven `AnyView`s.
    let traits: &'static str = match nom {
        "telephone" => r#"<rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M10.5 18.5h3"/>"#,
        "courriel" => r#"<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 6.5l8.5 6.5 8.5-6.5"/>"#,
        "site" => {
            r#"<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3.2 3.6 3.2 14.4 0 18M12 3c-3.2 3.6-3.2 14.4 0 18"/>"#
        }
        "jeune" => r#"<circle cx="12" cy="7.5" r="4"/><path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8"/>"#,
        "parent" => {
            r#"<circle cx="8" cy="6.5" r="3.5"/><circle cx="17" cy="11" r="2.5"/><path d="M2 21c0-4 2.7-7.5 6-7.5s6 3.5 6 7.5M13.5 21c0-2.8 1.6-5 3.5-5s3.5 2.2 3.5 5"/>"#
        }
        "mentor" => {
            r#"<circle cx="9" cy="8" r="3.5"/><circle cx="17" cy="9" r="2.5"/><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5M16.5 13.5c2.8 0 5 2.4 5 6"/>"#
        }
        "pro" => r#"<circle cx="12" cy="12" r="9"/><path d="M15.5 8.5l-2 5-5 2 2-5z"/>"#,
        _ => r#"<circle cx="12" cy="12" r="3"/>"#,
    };
    view! {
        <svg class="icone" viewBox="0 0 24 24" aria-hidden="true" focusable="false"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" inner_html=traits>
        </svg>
    }
}
