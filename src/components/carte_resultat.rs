use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::{BoutonsContact, BrouillonCourriel};
use crate::engine::{Evaluation, Reponses, Verdict};

/// A programme in the results: its verdict, every reason for it, what
/// would change it, and, when it may fit, the ways to get in touch.
/// Carries `data-programme` and `data-verdict` (a public contract).
#[component]
pub fn CarteResultat(
    programme: Programme,
    evaluation: Evaluation,
    /// The answers, for the e-mail draft.
    reponses: Reponses,
    /// The best match: shown larger, with its strong points first.
    mise_en_avant: bool,
) -> impl IntoView {
    let p = programme;
    let e = evaluation;
    let (badge, classe) = match e.verdict {
        Verdict::Eligible => ("Correspond", "carte--eligible"),
        Verdict::AVerifier => ("À vérifier", "carte--a-verifier"),
        Verdict::Ineligible => ("Ne correspond pas", "carte--ineligible"),
    };
    let raisons = e
        .raisons
        .iter()
        .map(|r| {
            let (signe, lu) = match r.verdict {
                Verdict::Eligible => ("✓", "Oui"),
                Verdict::AVerifier => ("?", "À vérifier"),
                Verdict::Ineligible => ("✗", "Non"),
            };
            view! {
                <li class=format!("raison raison--{}", r.verdict.code())>
                    <span class="raison__signe" aria-hidden="true">{signe}</span>
                    <span class="visuellement-cache">{lu} "\u{a0}: "</span>
                    {r.texte.clone()}
                </li>
            }
        })
        .collect_view();
    let points_forts = (!e.points_forts.is_empty() && e.verdict != Verdict::Ineligible).then(|| {
        view! { <ul class="points-forts">{e.points_forts.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul> }
    });
    let bascules = (!e.bascules.is_empty()).then(|| {
        view! {
            <div class="bascules">
                <p><strong>"Ce qui changerait le résultat\u{a0}:"</strong></p>
                <ul>{e.bascules.iter().map(|b| view! { <li>{b.texte.clone()}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let contact = (e.verdict != Verdict::Ineligible).then(|| {
        view! {
            <BoutonsContact programme=p.clone()/>
            <BrouillonCourriel programme=p.clone() reponses=reponses.clone()/>
        }
    });
    let lien = format!("#/programmes/{}", p.id);
    let titre = view! { <a href=lien>{p.nom.clone()}</a> };
    view! {
        <article
            class=format!("carte carte--resultat {classe}")
            class:carte--meilleure=mise_en_avant
            data-programme=p.id.clone()
            data-verdict=e.verdict.code()
        >
            <h3 class="carte__titre">{titre}</h3>
            <p class="badge">{badge}</p>
            <p class="carte__accroche">{p.accroche.clone()}</p>
            {points_forts}
            <p class="carte__sous-titre"><strong>"Pourquoi\u{a0}:"</strong></p>
            <ul class="raisons">{raisons}</ul>
            {bascules}
            {contact}
        </article>
    }
}
