use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::{Citation, avec_francais};
use crate::contexte::{catalogue_courant, textes};
use crate::engine::{Evaluation, Statut, Verdict};
use crate::i18n::{cle::carte_resultat as k, raisons};
use crate::routes::Route;

/// A programme in the results (young people's or volunteers'): its
/// verdict, every reason for it, what would change it, then what the page
/// adds (contacts, commitment). Carries `data-programme` and
/// `data-verdict` (a public contract).
#[component]
pub fn CarteResultat(
    programme: Programme,
    evaluation: Evaluation,
    /// The best match: shown larger, with its strong points first.
    mise_en_avant: bool,
    /// What follows the reasons: contacts, e-mail draft, commitment.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let tx = textes();
    let c = catalogue_courant();
    let p = programme;
    let e = evaluation;
    let (badge, classe) = match e.verdict {
        Verdict::Eligible => (k::BADGE_ELIGIBLE, "carte--eligible"),
        Verdict::AVerifier => (k::BADGE_A_VERIFIER, "carte--a-verifier"),
        Verdict::Ineligible => (k::BADGE_INELIGIBLE, "carte--ineligible"),
    };
    let raisons = e
        .raisons
        .iter()
        .map(|r| {
            // Only what the brochure states gets a ✓: a fact the app
            // infers (ages from school levels) is information.
            let (signe, lu) = match (r.verdict, r.statut) {
                (Verdict::Eligible, Statut::Dit) => ("✓", k::RAISON_OUI),
                (Verdict::Eligible, _) => ("•", k::RAISON_INFO),
                (Verdict::AVerifier, _) => ("?", k::RAISON_A_VERIFIER),
                (Verdict::Ineligible, _) => ("✗", k::RAISON_NON),
            };
            view! {
                <li class=format!("raison raison--{}", r.verdict.code()) data-regle=r.regle.code()>
                    <span class="raison__signe" aria-hidden="true">{signe}</span>
                    <div>
                        <span class="visuellement-cache">{tx.t(lu).to_string()}</span>
                        {avec_francais(raisons::ecrire(r, &c, &p, &tx))}
                        <Citation texte=r.regle.extrait(&c, &p).to_string()/>
                    </div>
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
                <p><strong>{tx.t(k::BASCULES).to_string()}</strong></p>
                <ul>{e.bascules.iter().map(|b| view! { <li>{b.texte.clone()}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let lien = Route::Programme(p.id.clone()).href();
    let titre = view! { <a href=lien>{avec_francais(tx.nom_francais(&p.nom))}</a> };
    view! {
        <article
            class=format!("carte carte--resultat {classe}")
            class:carte--meilleure=mise_en_avant
            data-programme=p.id.clone()
            data-verdict=e.verdict.code()
        >
            <h3 class="carte__titre">{titre}</h3>
            <p class="badge">{tx.t(badge).to_string()}</p>
            <p class="carte__accroche">{p.accroche.clone()}</p>
            {points_forts}
            <p class="carte__sous-titre"><strong>{tx.t(k::POURQUOI).to_string()}</strong></p>
            <ul class="raisons">{raisons}</ul>
            {bascules}
            {children.map(|c| c())}
        </article>
    }
}
