//! `#/jeune/resultats?…`: every programme exactly once, with its verdict and
//! why; the best match first, the others that fit or are to check, then,
//! folded, those that do not fit. The answers come from the address, so a
//! shared link or a reload shows the same page.

use leptos::prelude::*;

use crate::catalogue::Catalogue;
use crate::components::{
    AideCollectif, AvisEtat, AvisLien, BoutonsContact, BrouillonCourriel, CarteResultat, ChoixReponses,
    PartageResultats, ReponsesGardees, VoiesAcces,
};
use crate::contexte::{catalogue_courant, etat_jeune, naviguer, textes};
use crate::engine::confidentialite::sensibles_inconnues;
use crate::engine::{
    Evaluation, Lecteur, Pour, Question, Reponses, Tri, Verdict, aide_d_abord, aucun_ne_convient, evaluer_pour,
    possibles_et_exclus, questions_utiles, resume_par_verdict,
};
use crate::i18n::cle::resultats as k;
use crate::platform::{au_tour_suivant, stockage};
use crate::routes::Route;

#[component]
pub fn Resultats(
    /// The answers read from the address.
    reponses: Reponses,
) -> impl IntoView {
    let tx = textes();
    let c = catalogue_courant();
    // "Pourquoi" and "what would change it" speak to whoever answered:
    // "tu", or "votre enfant" when a parent answers.
    let evaluations = evaluer_pour(&c, &reponses, &tx, Lecteur::de(&reponses));
    let enfant = reponses.pour == Pour::Enfant;
    let resume = if evaluations.len() > 1 && aucun_ne_convient(&evaluations) {
        tx.f(k::RESUME_AUCUN, &[("n", &evaluations.len().to_string())])
    } else {
        let parties = resume_par_verdict(
            &evaluations,
            &tx,
            &[
                (Verdict::Eligible, k::N_CORRESPOND),
                (Verdict::AVerifier, k::N_A_VERIFIER),
                (Verdict::Ineligible, k::N_NE_CORRESPOND_PAS),
            ],
        );
        tx.f(k::RESUME, &[("liste", &tx.liste(&parties))])
    };

    let meilleure = possibles_et_exclus(&evaluations).0.first().map(|e| (*e).clone());

    let titre = tx.t(if enfant { k::TITRE_VOUS } else { k::TITRE_TU }).to_string();
    // "Correspond le mieux" only above a programme that fits; above one to
    // check, the heading says so. Nothing fits for sure: the Collectif's
    // contact comes first (engine::aide_d_abord), otherwise it closes the list.
    let sur = !aide_d_abord(&evaluations);
    let titre_meilleur = tx.t(match (sur, enfant) {
        (false, _) => k::A_VERIFIER_PREMIER,
        (true, true) => k::MEILLEUR_VOUS,
        (true, false) => k::MEILLEUR_TU,
    });
    let titre_meilleur = titre_meilleur.to_string();
    let aucun = aucun_ne_convient(&evaluations);
    let aide_haut = (!sur).then(|| view! { <AideCollectif vous=enfant aucun/> });
    let premiere_question = Route::Question(Question::Pour).href();
    // A link without the sensitive answer (left out unless ticked) says so.
    let inconnues = sensibles_inconnues(&c, &reponses)
        .into_iter()
        .filter_map(|q| q.critere().map(|critere| critere.libelle(&tx).to_string()))
        .collect();

    // The page is drawn in three main-thread tasks (platform::au_tour_suivant):
    // the heading, the summary and the answers; the best match; everything
    // below it. Each first use of a component's code costs its compiling
    // (browsers compile WebAssembly lazily), so one task for it all blocked
    // the page for long. Meanwhile a mark hides the footer (style/main.css),
    // which would otherwise be pushed down; nothing above moves.
    let premier = au_tour_suivant();
    let suite = au_tour_suivant();
    let reste = {
        let (c, tx, reponses) = (c.clone(), tx.clone(), reponses.clone());
        let etat = etat_jeune();
        let effacer = move |_| {
            stockage::effacer();
            etat.reponses.set(Reponses::default());
            naviguer(&Route::Jeune);
        };
        move || {
            if !suite.get() {
                return view! { <span data-suite-attendue=""></span> }.into_any();
            }
            let (possibles, exclus) = possibles_et_exclus(&evaluations);
            let autres = possibles
                .iter()
                .skip(1)
                .map(|e| carte(&c, &reponses, e, false))
                .collect_view();
            let nb_exclus = exclus.len();
            let exclus = exclus.iter().map(|e| carte(&c, &reponses, e, false)).collect_view();
            view! {
                {(possibles.len() > 1).then(|| view! {
                    <section aria-labelledby="autres">
                        <h2 id="autres">{tx.t(k::AUTRES).to_string()}</h2>
                        {autres}
                    </section>
                })}
                {(nb_exclus > 0).then(|| view! {
                    <details class="resultats__exclus">
                        <summary><h2>{tx.f(k::EXCLUS, &[("n", &nb_exclus.to_string())])}</h2></summary>
                        {exclus}
                    </details>
                })}
                {sur.then(|| view! { <AideCollectif vous=enfant aucun/> })}
                <section aria-labelledby="garder">
                    <h2 id="garder">{tx.t(k::GARDER).to_string()}</h2>
                    <PartageResultats route=Route::Resultats(reponses.clone())/>
                    <ReponsesGardees/>
                    <button type="button" class="bouton bouton--discret" data-action="effacer" on:click=effacer>
                        {tx.t(k::EFFACER).to_string()}
                    </button>
                </section>
            }
            .into_any()
        }
    };

    view! {
        <div class="page resultats">
            <p class="fil"><a href=premiere_question.clone()>{tx.t(k::MODIFIER_REPONSES).to_string()}</a></p>
            <h1 tabindex="-1">{titre}</h1>
            <AvisEtat/>
            <ChoixReponses adresse=reponses.clone()/>
            <AvisLien invalides=reponses.invalides.clone() inconnues=inconnues/>
            <p class="resume" role="status" aria-live="polite" data-resume="">{resume}</p>
            <ResumeReponses reponses=reponses.clone()/>
            {aide_haut}
            {move || premier.get().then_some(meilleure.as_ref()).flatten().map(|e| view! {
                <section aria-labelledby="meilleur" class="resultats__meilleur">
                    <h2 id="meilleur">{titre_meilleur.clone()}</h2>
                    {carte(&c, &reponses, e, true)}
                </section>
            }.into_any())}
            {reste}
        </div>
    }
}

/// One programme's card: its verdict and why, and, unless it does not fit,
/// how to get in and whom to contact.
fn carte(c: &Catalogue, reponses: &Reponses, e: &Evaluation, mise_en_avant: bool) -> Option<impl IntoView + use<>> {
    c.programme(&e.programme_id).map(|p| {
        let contact = (e.verdict != Verdict::Ineligible).then(|| {
            view! {
                <VoiesAcces programme=p.clone() reponses=reponses.clone()/>
                <BoutonsContact programme=p.clone() reponses=reponses.clone()/>
                <BrouillonCourriel programme=p.clone() reponses=reponses.clone()/>
            }
        });
        view! { <CarteResultat programme=p.clone() evaluation=e.clone() mise_en_avant>{contact}</CarteResultat> }
    })
}

/// The answers the results are based on, each with a link to change it.
#[component]
fn ResumeReponses(reponses: Reponses) -> impl IntoView {
    let tx = textes();
    let c = catalogue_courant();
    let enfant = reponses.pour == Pour::Enfant;
    let tri = |t: Option<Tri>| {
        tx.t(match t {
            Some(Tri::Oui) => k::TRI_OUI,
            Some(Tri::Non) => k::TRI_NON,
            Some(Tri::Nsp) => k::TRI_NSP,
            None => k::NON_INDIQUE,
        })
    };
    let non_indique = tx.t(k::NON_INDIQUE);
    let lignes = questions_utiles(&c, &reponses)
        .into_iter()
        .map(|q| {
            let (intitule, valeur) = match q {
                Question::Pour => (
                    k::INTITULE_POUR,
                    tx.t(if enfant { k::POUR_ENFANT } else { k::POUR_MOI }).to_string(),
                ),
                Question::Age => (
                    k::INTITULE_AGE,
                    reponses
                        .age
                        .map(|a| tx.compte(k::AGE_ANS, usize::from(a)))
                        .unwrap_or_else(|| non_indique.to_string()),
                ),
                Question::Territoire => (k::INTITULE_TERRITOIRE, tri(reponses.territoire).to_string()),
                Question::Situation => (
                    k::INTITULE_SITUATION,
                    reponses
                        .situation
                        .map(|s| s.libelle(&tx).to_string())
                        .unwrap_or_else(|| tx.t(k::NON_INDIQUEE).to_string()),
                ),
                Question::Rep => (k::INTITULE_REP, tri(reponses.rep).to_string()),
                Question::Ase => (k::INTITULE_ASE, tri(reponses.ase).to_string()),
                Question::Qpv => (k::INTITULE_QPV, tri(reponses.qpv).to_string()),
                Question::Besoins => {
                    let mots: Vec<&str> = reponses.besoins.iter().map(|b| b.libelle(&tx)).collect();
                    (
                        k::INTITULE_BESOINS,
                        if mots.is_empty() {
                            tx.t(k::AUCUN_INDIQUE).to_string()
                        } else {
                            tx.liste(&mots)
                        },
                    )
                }
                Question::Modalite => (
                    k::INTITULE_MODALITE,
                    match reponses.modalite {
                        Some(crate::engine::Modalite::Presentiel) => tx.t(k::MODALITE_PRESENTIEL),
                        Some(crate::engine::Modalite::Distanciel) => tx.t(k::MODALITE_DISTANCIEL),
                        Some(crate::engine::Modalite::Indifferent) => tx.t(k::MODALITE_INDIFFERENT),
                        None => non_indique,
                    }
                    .to_string(),
                ),
                Question::Temps => (
                    k::INTITULE_TEMPS,
                    match reponses.heures {
                        Some(h) => tx.compte(k::HEURES_PAR_MOIS, usize::from(h)),
                        None => non_indique.to_string(),
                    },
                ),
            };
            let intitule = tx.t(intitule);
            view! {
                <div>
                    <dt>{intitule.to_string()}</dt>
                    <dd>
                        {valeur}
                        " "
                        <a href=Route::Question(q).href() class="modifier">
                            {tx.t(k::MODIFIER).to_string()}
                            <span class="visuellement-cache">{tx.f(k::MODIFIER_CACHE, &[("intitule", intitule)])}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="reponses">
            <summary>{tx.t(k::MES_REPONSES).to_string()}</summary>
            <dl class="faits">{lignes}</dl>
        </details>
    }
}
