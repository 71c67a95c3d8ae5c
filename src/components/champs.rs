use leptos::prelude::*;

use crate::texte::majuscule;

/// A set of radio buttons with its legend: one answer among a few, on
/// the one-screen forms (mentors, professionals). Native radios keep the
/// keyboard behaviour people expect (arrows move, Tab leaves the group).
#[component]
pub fn Radios(
    /// The question.
    #[prop(into)]
    legende: String,
    /// The `name` of the inputs, also the answer's key in the address.
    nom: &'static str,
    /// (code, text) of each answer.
    options: Vec<(&'static str, String)>,
    /// The code of the current answer.
    #[prop(into)]
    valeur: Signal<Option<&'static str>>,
    /// Called with the chosen code.
    on_choisir: impl Fn(&'static str) + Clone + Send + Sync + 'static,
    /// A short explanation under the question (terms like REP).
    #[prop(optional, into)]
    aide: Option<String>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(code, texte)| {
            let on_choisir = on_choisir.clone();
            view! {
                <label class="case">
                    <input
                        type="radio"
                        name=nom
                        value=code
                        prop:checked=move || valeur.get() == Some(code)
                        on:change=move |_| on_choisir(code)
                    />
                    // Labels are also words of sentences ("écolier ou écolière"): capitalised here, on their own.
                    <span>{majuscule(&texte)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="cases" data-champ=nom>
            <legend>{legende}</legend>
            {aide.map(|a| view! { <p class="aide aide--champ">{a}</p> })}
            {options}
        </fieldset>
    }
}

/// A set of checkboxes with its legend: several answers (needs, publics).
#[component]
pub fn Cases(
    #[prop(into)] legende: String,
    nom: &'static str,
    /// (code, text) of each answer.
    options: Vec<(&'static str, String)>,
    /// Codes currently ticked.
    #[prop(into)]
    cochees: Signal<Vec<&'static str>>,
    /// Called with a code and whether it is now ticked.
    on_basculer: impl Fn(&'static str, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(code, texte)| {
            let on_basculer = on_basculer.clone();
            view! {
                <label class="case">
                    <input
                        type="checkbox"
                        name=nom
                        value=code
                        prop:checked=move || cochees.get().contains(&code)
                        on:change=move |ev| on_basculer(code, event_target_checked(&ev))
                    />
                    <span>{majuscule(&texte)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="cases" data-champ=nom>
            <legend>{legende}</legend>
            {options}
        </fieldset>
    }
}

/// An age typed as a number (faster than a list of 26 answers); an
/// unreadable value is simply no answer.
#[component]
pub fn ChampAge(
    /// The `id` of the input (unique on the page).
    id: &'static str,
    /// The label.
    #[prop(into)]
    libelle: String,
    /// The lowest age the field suggests.
    min: &'static str,
    /// The age when the form opens.
    initial: Option<u8>,
    /// Called with the new age, or `None` when the field is emptied or invalid.
    on_changer: impl Fn(Option<u8>) + 'static,
) -> impl IntoView {
    view! {
        <div class="champ">
            <label for=id>{libelle}</label>
            <input
                id=id
                type="number"
                inputmode="numeric"
                min=min
                max="120"
                value=initial.map(|a| a.to_string()).unwrap_or_default()
                on:input=move |ev| on_changer(event_target_value(&ev).trim().parse().ok().filter(|a: &u8| *a <= 120))
            />
        </div>
    }
}
