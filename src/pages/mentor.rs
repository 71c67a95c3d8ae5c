//! The volunteer's path: a few questions on one screen (`#/mentor`), then
//! the programmes that would take them (`#/mentor/resultats?…`), each with
//! the commitment in concrete terms and how to volunteer.

use leptos::prelude::*;

use crate::app::{Brouillons, catalogue_courant, naviguer};
use crate::catalogue::ProfilMentor;
use crate::components::{AvisLien, BoutonsContact, Cases, CarteResultat, ChampAge, Engagement, PartageResultats, Radios};
use crate::engine::mentor::{AIDES, PROFILS, Public, ReponsesMentor, code_profil, evaluer_mentor};
use crate::engine::{Modalite, Tri, Verdict, code_besoin};
use crate::routes::Route;
use crate::texte::liste;

fn libelle_profil(p: ProfilMentor) -> &'static str {
    match p {
        ProfilMentor::Lyceen => "Lycéen ou lycéenne",
        ProfilMentor::Etudiant => "Étudiant ou étudiante",
        ProfilMentor::Alternant => "Alternant ou alternante (apprentissage)",
        ProfilMentor::Salarie => "Salarié ou salariée",
        ProfilMentor::AgentPublic => "Agent public (fonction publique, collectivité)",
        ProfilMentor::Retraite => "Retraité ou retraitée",
        ProfilMentor::Independant => "Indépendant ou indépendante",
        ProfilMentor::SansEmploi => "Sans emploi",
    }
}

/// Hours a month offered as answers, with their words.
const HEURES: [(&str, &str); 4] = [
    ("2", "1 à 2 heures par mois"),
    ("4", "Environ 1 heure par semaine"),
    ("8", "Environ 2 heures par semaine"),
    ("12", "Plus de 2 heures par semaine"),
];

/// `#/mentor`: the questions, on one screen.
#[component]
pub fn PageMentor() -> impl IntoView {
    let c = catalogue_courant();
    let reponses = use_context::<Brouillons>().map(|b| b.mentor).unwrap_or_else(|| RwSignal::new(ReponsesMentor::default()));
    let profils: Vec<&str> = c.mentorat.mentors_profils.iter().map(|p| p.libelle()).collect();
    let valider = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        naviguer(&Route::ResultatsMentor(reponses.get_untracked()));
    };
    // Only employees and public servants can be asked whether their employer is a partner.
    let un_programme_le_demande = c.programmes.iter().any(|p| p.mentors.employeur_partenaire);
    let demander_employeur = move || {
        un_programme_le_demande && matches!(reponses.get().profil, None | Some(ProfilMentor::Salarie | ProfilMentor::AgentPublic))
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">"Je veux devenir mentor"</h1>
            <p class="chapo">
                "Les mentors sont des " {liste(&profils)} ". " {c.mentorat.mentors_texte.clone()}
                " Répondez à ces questions pour voir quelles associations vous accueilleraient."
            </p>
            <form class="formulaire" on:submit=valider novalidate>
                <Radios
                    legende="Vous êtes…"
                    nom="profil"
                    options=PROFILS.into_iter().map(|p| (code_profil(p), libelle_profil(p))).collect()
                    valeur=Signal::derive(move || reponses.get().profil.map(code_profil))
                    on_choisir=move |code| reponses.update(|r| r.profil = PROFILS.into_iter().find(|p| code_profil(*p) == code))
                />
                <ChampAge
                    id="age-mentor"
                    libelle="Votre âge (facultatif)"
                    min="14"
                    initial=reponses.get_untracked().age
                    on_changer=move |age| reponses.update(|r| r.age = age)
                />
                <Radios
                    legende="Combien de temps pouvez-vous donner\u{a0}?"
                    nom="heures"
                    options=HEURES.to_vec()
                    valeur=Signal::derive(move || {
                        let h = reponses.get().heures?;
                        HEURES.iter().find(|(code, _)| code.parse::<u8>().ok() == Some(h)).map(|(code, _)| *code)
                    })
                    on_choisir=move |code| reponses.update(|r| r.heures = code.parse().ok())
                />
                <Radios
                    legende="Vous préférez rencontrer le jeune…"
                    nom="modalite"
                    options=vec![("presentiel", "En face à face"), ("distanciel", "À distance (visio, téléphone)"), ("indifferent", "Peu importe")]
                    valeur=Signal::derive(move || reponses.get().modalite.map(Modalite::code))
                    on_choisir=move |code| reponses.update(|r| r.modalite = Modalite::TOUTES.into_iter().find(|m| m.code() == code))
                />
                <Cases
                    legende="Quels jeunes aimeriez-vous accompagner\u{a0}?"
                    nom="publics"
                    options=Public::TOUS.into_iter().map(|p| (p.code(), p.libelle())).collect()
                    cochees=Signal::derive(move || reponses.get().publics.iter().map(|p| p.code()).collect())
                    on_basculer=move |code, coche| reponses.update(|r| {
                        r.publics.retain(|p| p.code() != code);
                        if coche {
                            r.publics.extend(Public::TOUS.into_iter().find(|p| p.code() == code));
                            r.publics.sort();
                        }
                    })
                />
                <Cases
                    legende="Sur quoi aimeriez-vous les aider\u{a0}?"
                    nom="aide"
                    options=AIDES.into_iter().map(|b| (code_besoin(b), b.libelle())).collect()
                    cochees=Signal::derive(move || reponses.get().aides.iter().map(|b| code_besoin(*b)).collect())
                    on_basculer=move |code, coche| reponses.update(|r| {
                        r.aides.retain(|b| code_besoin(*b) != code);
                        if coche {
                            r.aides.extend(AIDES.into_iter().find(|b| code_besoin(*b) == code));
                            r.aides.sort_by_key(|b| AIDES.iter().position(|x| x == b));
                        }
                    })
                />
                <Show when=demander_employeur>
                    <Radios
                        legende="Votre employeur est-il partenaire d'une association de mentorat\u{a0}?"
                        nom="employeur"
                        aide="Télémaque, par exemple, recrute ses mentors parmi les salariés de ses entreprises et collectivités partenaires. Votre service des ressources humaines peut vous le dire."
                        options=vec![("oui", "Oui"), ("non", "Non"), ("nsp", "Je ne sais pas")]
                        valeur=Signal::derive(move || reponses.get().employeur.map(Tri::code))
                        on_choisir=move |code| reponses.update(|r| r.employeur = Tri::TOUS.into_iter().find(|t| t.code() == code))
                    />
                </Show>
                <button type="submit" class="bouton bouton--principal" data-action="voir">"Voir où devenir mentor"</button>
            </form>
        </div>
    }
}

/// `#/mentor/resultats?…`: every programme once, ranked, with the
/// commitment and how to volunteer.
#[component]
pub fn ResultatsMentor(
    /// The answers read from the address.
    reponses: ReponsesMentor,
) -> impl IntoView {
    let c = catalogue_courant();
    let evaluations = evaluer_mentor(&c, &reponses);
    let oui = evaluations.iter().filter(|e| e.verdict == Verdict::Eligible).count();
    let a_verifier = evaluations.iter().filter(|e| e.verdict == Verdict::AVerifier).count();
    let resume = match (oui, a_verifier) {
        (0, 0) => "Aucune association de la CUD ne correspond à ces réponses.".to_string(),
        _ => format!("{oui} association(s) vous accueilleraient, {a_verifier} à vérifier."),
    };
    let carte = |e: &crate::engine::Evaluation, mise_en_avant: bool| {
        c.programme(&e.programme_id).map(|p| {
            let suite = (e.verdict != Verdict::Ineligible).then(|| {
                view! {
                    <Engagement programme=p.clone()/>
                    <BoutonsContact programme=p.clone()/>
                }
            });
            view! { <CarteResultat programme=p.clone() evaluation=e.clone() mise_en_avant>{suite}</CarteResultat> }
        })
    };
    let possibles: Vec<_> = evaluations.iter().filter(|e| e.verdict != Verdict::Ineligible).collect();
    let exclus: Vec<_> = evaluations.iter().filter(|e| e.verdict == Verdict::Ineligible).collect();
    let cartes = possibles.iter().enumerate().map(|(i, e)| carte(e, i == 0)).collect_view();
    let nb_exclus = exclus.len();
    let exclus = exclus.iter().map(|e| carte(e, false)).collect_view();
    let rien = possibles.is_empty().then(|| {
        view! {
            <p class="encadre" data-resultat="aucun">
                "La plateforme nationale " <a href=c.plan_national.site.clone() rel="noopener" target="_blank">"1jeune1mentor.fr"</a>
                " propose d'autres associations, partout en France."
            </p>
        }
    });
    view! {
        <div class="page resultats">
            <p class="fil"><a href="#/mentor">"← Modifier mes réponses"</a></p>
            <h1 tabindex="-1">"Où devenir mentor"</h1>
            <AvisLien invalides=reponses.invalides.clone()/>
            <p class="resume" role="status" data-resume="">{resume}</p>
            {rien}
            {(!possibles.is_empty()).then(|| view! {
                <section aria-labelledby="accueil-mentor">
                    <h2 id="accueil-mentor">"Les associations qui vous accueilleraient"</h2>
                    {cartes}
                </section>
            })}
            {(nb_exclus > 0).then(|| view! {
                <details class="resultats__exclus">
                    <summary><h2>"Les autres associations (" {nb_exclus} ")"</h2></summary>
                    {exclus}
                </details>
            })}
            <section aria-labelledby="garder">
                <h2 id="garder">"Garder ou partager ces résultats"</h2>
                <PartageResultats route=Route::ResultatsMentor(reponses.clone())/>
            </section>
        </div>
    }
}
