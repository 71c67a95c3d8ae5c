//! `#/jeune/resultats?…`: every programme exactly once, with its verdict and
//! why; the best match first, the others that fit or are to check, then,
//! folded, those that do not fit. The answers come from the address, so a
//! shared link or a reload shows the same page.

use leptos::prelude::*;

use crate::app::{catalogue_courant, etat_jeune, naviguer};
use crate::components::{AvisLien, BoutonsContact, BrouillonCourriel, CarteResultat, PartageResultats};
use crate::engine::{Pour, Question, Reponses, Tri, Verdict, aucun_ne_convient, evaluer, questions_utiles};
use crate::pages::questionnaire::AvisEtat;
use crate::platform::stockage;
use crate::routes::Route;

#[component]
pub fn Resultats(
    /// The answers read from the address.
    reponses: Reponses,
) -> impl IntoView {
    let c = catalogue_courant();
    let evaluations = evaluer(&c, &reponses);
    let enfant = reponses.pour == Pour::Enfant;
    let compte = |v: Verdict| evaluations.iter().filter(|e| e.verdict == v).count();
    let (oui, a_verifier, non) = (compte(Verdict::Eligible), compte(Verdict::AVerifier), compte(Verdict::Ineligible));
    let pluriel = |n: usize, un: &str, plusieurs: &str| if n > 1 { plusieurs.to_string() } else { un.to_string() };
    let mut parties = Vec::new();
    if oui > 0 {
        parties.push(format!("{oui} {}", pluriel(oui, "programme correspond", "programmes correspondent")));
    }
    if a_verifier > 0 {
        parties.push(format!("{a_verifier} {}", pluriel(a_verifier, "programme est à vérifier", "programmes sont à vérifier")));
    }
    if non > 0 {
        parties.push(format!("{non} {}", pluriel(non, "ne correspond pas", "ne correspondent pas")));
    }
    let parties: Vec<&str> = parties.iter().map(String::as_str).collect();
    let resume = format!("{}.", crate::texte::liste(&parties));

    let carte = |e: &crate::engine::Evaluation, mise_en_avant: bool| {
        c.programme(&e.programme_id).map(|p| {
            let contact = (e.verdict != Verdict::Ineligible).then(|| {
                view! {
                    <BoutonsContact programme=p.clone()/>
                    <BrouillonCourriel programme=p.clone() reponses=reponses.clone()/>
                }
            });
            view! { <CarteResultat programme=p.clone() evaluation=e.clone() mise_en_avant>{contact}</CarteResultat> }
        })
    };
    let possibles: Vec<_> = evaluations.iter().filter(|e| e.verdict != Verdict::Ineligible).collect();
    let exclus: Vec<_> = evaluations.iter().filter(|e| e.verdict == Verdict::Ineligible).collect();
    let meilleur = possibles.first().map(|e| carte(e, true));
    let autres = possibles.iter().skip(1).map(|e| carte(e, false)).collect_view();
    let nb_exclus = exclus.len();
    let exclus = exclus.iter().map(|e| carte(e, false)).collect_view();


    let rien = aucun_ne_convient(&evaluations).then(|| {
        let courriel = c.contact_regional.courriel.clone();
        view! {
            <section class="encadre" aria-labelledby="rien" data-resultat="aucun">
                <h2 id="rien">"Aucun programme d'ici ne correspond, mais il y a d'autres solutions"</h2>
                <p>
                    "Les associations de la " {c.territoire.nom.clone()} " accompagnent les jeunes de "
                    {c.mentorat.age_min} " à " {c.mentorat.age_max} " ans qui vivent sur le territoire. "
                    "La plateforme nationale 1jeune1mentor.fr oriente vers des programmes partout en France, "
                    "et le Collectif Mentorat des Hauts-de-France peut vous conseiller."
                </p>
                <a class="bouton bouton--principal" href=c.plan_national.site.clone() rel="noopener" target="_blank">
                    "Aller sur 1jeune1mentor.fr"<span class="visuellement-cache">" (nouvel onglet)"</span>
                </a>
                <a class="bouton" href=format!("mailto:{courriel}")>"Écrire à " {courriel.clone()}</a>
            </section>
        }
    });

    let titre = if enfant { "Les programmes pour votre enfant" } else { "Tes résultats" };
    let titre_meilleur = if enfant { "Le programme qui lui correspond le mieux" } else { "Le programme qui te correspond le mieux" };
    let etat = etat_jeune();
    let effacer = move |_| {
        stockage::effacer();
        etat.reponses.set(Reponses::default());
        naviguer(&Route::Jeune);
    };
    let premiere_question = Route::Question(Question::Pour).href();

    view! {
        <div class="page resultats">
            <p class="fil"><a href=premiere_question.clone()>"← Modifier mes réponses"</a></p>
            <h1 tabindex="-1">{titre}</h1>
            <AvisEtat/>
            <AvisLien invalides=reponses.invalides.clone()/>
            <p class="resume" role="status" aria-live="polite" data-resume="">{resume}</p>
            <ResumeReponses reponses=reponses.clone()/>
            {rien}
            {meilleur.map(|carte| view! {
                <section aria-labelledby="meilleur" class="resultats__meilleur">
                    <h2 id="meilleur">{titre_meilleur}</h2>
                    {carte}
                </section>
            })}
            {(possibles.len() > 1).then(|| view! {
                <section aria-labelledby="autres">
                    <h2 id="autres">"Les autres programmes possibles"</h2>
                    {autres}
                </section>
            })}
            {(nb_exclus > 0).then(|| view! {
                <details class="resultats__exclus">
                    <summary><h2>"Les programmes qui ne correspondent pas (" {nb_exclus} ")"</h2></summary>
                    {exclus}
                </details>
            })}
            <section aria-labelledby="garder">
                <h2 id="garder">"Garder ou partager ces résultats"</h2>
                <PartageResultats route=Route::Resultats(reponses.clone())/>
                <button type="button" class="bouton bouton--discret" data-action="effacer" on:click=effacer>
                    "Effacer mes réponses de ce téléphone"
                </button>
            </section>
        </div>
    }
}

/// The answers the results are based on, each with a link to change it.
#[component]
fn ResumeReponses(reponses: Reponses) -> impl IntoView {
    let c = catalogue_courant();
    let enfant = reponses.pour == Pour::Enfant;
    let tri = |t: Option<Tri>| match t {
        Some(Tri::Oui) => "oui",
        Some(Tri::Non) => "non",
        Some(Tri::Nsp) => "je ne sais pas",
        None => "non indiqué",
    };
    let lignes = questions_utiles(&c, &reponses)
        .into_iter()
        .filter_map(|q| {
            let (intitule, valeur) = match q {
                Question::Pour => ("Pour", if enfant { "mon enfant".to_string() } else { "moi".to_string() }),
                Question::Age => ("Âge", reponses.age.map(|a| format!("{a} ans")).unwrap_or_else(|| "non indiqué".into())),
                Question::Territoire => ("Habite la CUD", tri(reponses.territoire).to_string()),
                Question::Situation => ("Situation", reponses.situation.map(|s| s.libelle().to_string()).unwrap_or_else(|| "non indiquée".into())),
                Question::Rep => ("Éducation prioritaire (REP)", tri(reponses.rep).to_string()),
                Question::Ase => ("Aide sociale à l'enfance (ASE)", tri(reponses.ase).to_string()),
                Question::Qpv => ("Quartier prioritaire (QPV)", tri(reponses.qpv).to_string()),
                Question::Besoins => {
                    let mots: Vec<&str> = reponses.besoins.iter().map(|b| b.libelle()).collect();
                    ("Besoins", if mots.is_empty() { "aucun indiqué".to_string() } else { crate::texte::liste(&mots) })
                }
                Question::Modalite => (
                    "Rencontres",
                    match reponses.modalite {
                        Some(crate::engine::Modalite::Presentiel) => "en face à face",
                        Some(crate::engine::Modalite::Distanciel) => "à distance",
                        Some(crate::engine::Modalite::Indifferent) => "peu importe",
                        None => "non indiqué",
                    }
                    .to_string(),
                ),
                Question::Temps => (
                    "Temps disponible",
                    match reponses.heures {
                        Some(h) => format!("{h}\u{a0}h par mois"),
                        None => "non indiqué".to_string(),
                    },
                ),
            };
            Some(view! {
                <div>
                    <dt>{intitule}</dt>
                    <dd>
                        {valeur}
                        " " <a href=Route::Question(q).href() class="modifier">"modifier"<span class="visuellement-cache">" : " {intitule}</span></a>
                    </dd>
                </div>
            })
        })
        .collect_view();
    view! {
        <details class="reponses">
            <summary>"Mes réponses"</summary>
            <dl class="faits">{lignes}</dl>
        </details>
    }
}
