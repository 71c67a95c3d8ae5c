//! The fields of the one-screen forms (mentors, professionals).
//!
//! Each component is generic over its callback, so the compiler copies its
//! body for every call site (eleven on the two forms). The components only
//! box the callback and hand over to plain functions, which the
//! WebAssembly holds once.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::{AGE_PLAUSIBLE_TEXTE, lire_age};
use crate::texte::majuscule;

/// Why a required answer is missing, once the form was sent without it.
type Erreur = Option<Signal<Option<String>>>;

/// The id of the error message of a field: what its `aria-describedby` names.
fn id_erreur(champ: &str) -> String {
    format!("{champ}-erreur")
}

fn en_erreur(erreur: Erreur) -> bool {
    erreur.is_some_and(|e| e.with(Option::is_some))
}

/// A field's error message, next to it: always there for its
/// `aria-describedby`, empty (and not drawn) while there is no error.
fn message_erreur(champ: &'static str, erreur: Erreur) -> impl IntoView {
    view! { <p id=id_erreur(champ) class="erreur erreur--champ">{move || erreur.and_then(|e| e.get())}</p> }
}

/// A question and its answers: legend, explanation, error, then the
/// answers. An error marks the group invalid and describes it.
fn groupe(legende: String, nom: &'static str, aide: Option<String>, erreur: Erreur, reponses: AnyView) -> AnyView {
    view! {
        <fieldset
            class="cases"
            data-champ=nom
            aria-invalid=move || en_erreur(erreur).then_some("true")
            aria-describedby=erreur.map(|_| id_erreur(nom))
        >
            <legend>{legende}</legend>
            {aide.map(|a| view! { <p class="aide aide--champ">{a}</p> })}
            {erreur.map(|_| message_erreur(nom, erreur))}
            {reponses}
        </fieldset>
    }
    .into_any()
}

/// One answer: a radio or a checkbox and its words. The words are also
/// used inside sentences ("écolier ou écolière", "travail scolaire"):
/// capitalised here, where they stand alone.
fn reponse(
    genre: &'static str,
    nom: &'static str,
    code: &'static str,
    texte: &str,
    requis: bool,
    cochee: impl Fn() -> bool + Send + Sync + 'static,
    on_change: impl Fn(leptos::ev::Event) + 'static,
) -> AnyView {
    view! {
        <label class="case">
            <input type=genre name=nom value=code required=requis prop:checked=cochee on:change=on_change/>
            <span>{majuscule(texte)}</span>
        </label>
    }
    .into_any()
}

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
    /// An answer is needed before the form can answer.
    #[prop(optional)]
    requis: bool,
    /// Why the answer is missing, once the form was sent without it.
    #[prop(optional, into)]
    erreur: Erreur,
) -> impl IntoView {
    radios(
        legende,
        nom,
        options,
        valeur,
        Arc::new(on_choisir),
        aide,
        requis,
        erreur,
    )
}

#[allow(clippy::too_many_arguments)]
fn radios(
    legende: String,
    nom: &'static str,
    options: Vec<(&'static str, String)>,
    valeur: Signal<Option<&'static str>>,
    on_choisir: Arc<dyn Fn(&'static str) + Send + Sync>,
    aide: Option<String>,
    requis: bool,
    erreur: Erreur,
) -> AnyView {
    let reponses = options
        .into_iter()
        .map(|(code, texte)| {
            let on_choisir = on_choisir.clone();
            reponse(
                "radio",
                nom,
                code,
                &texte,
                requis,
                move || valeur.get() == Some(code),
                move |_| on_choisir(code),
            )
        })
        .collect_view()
        .into_any();
    groupe(legende, nom, aide, erreur, reponses)
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
    cases(legende, nom, options, cochees, Arc::new(on_basculer))
}

fn cases(
    legende: String,
    nom: &'static str,
    options: Vec<(&'static str, String)>,
    cochees: Signal<Vec<&'static str>>,
    on_basculer: Arc<dyn Fn(&'static str, bool) + Send + Sync>,
) -> AnyView {
    let reponses = options
        .into_iter()
        .map(|(code, texte)| {
            let on_basculer = on_basculer.clone();
            let cochee = move || cochees.with(|c| c.contains(&code));
            reponse("checkbox", nom, code, &texte, false, cochee, move |ev| {
                on_basculer(code, event_target_checked(&ev))
            })
        })
        .collect_view()
        .into_any();
    groupe(legende, nom, None, None, reponses)
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
    /// An answer is needed before the form can answer.
    #[prop(optional)]
    requis: bool,
    /// Why the answer is missing, once the form was sent without it.
    #[prop(optional, into)]
    erreur: Erreur,
) -> impl IntoView {
    champ_age(id, libelle, min, initial, Rc::new(on_changer), requis, erreur)
}

fn champ_age(
    id: &'static str,
    libelle: String,
    min: &'static str,
    initial: Option<u8>,
    on_changer: Rc<dyn Fn(Option<u8>)>,
    requis: bool,
    erreur: Erreur,
) -> AnyView {
    view! {
        <div class="champ">
            <label for=id>{libelle}</label>
            {erreur.map(|_| message_erreur(id, erreur))}
            <input
                id=id
                type="number"
                inputmode="numeric"
                min=min
                max=AGE_PLAUSIBLE_TEXTE
                required=requis
                aria-invalid=move || en_erreur(erreur).then_some("true")
                aria-describedby=erreur.map(|_| id_erreur(id))
                value=initial.map(|a| a.to_string()).unwrap_or_default()
                on:input=move |ev| on_changer(lire_age(&event_target_value(&ev)))
            />
        </div>
    }
    .into_any()
}
