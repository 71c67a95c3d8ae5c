//! The volunteer's path: a few questions on one screen (`#/mentor`), then
//! the programmes that would take them (`#/mentor/resultats?…`), each with
//! the commitment in concrete terms and how to volunteer.

use leptos::prelude::*;

use crate::catalogue::ProfilMentor;
use crate::components::{
    AideCollectif, AvisLien, BoutonsContact, CarteResultat, Cases, ChampAge, Engagement, PartageResultats, Radios,
    ReponsesManquantes, focaliser,
};
use crate::contexte::{Brouillons, catalogue_courant, naviguer, textes};
use crate::engine::mentor::{
    AGE_MENTOR_MIN_TEXTE, AIDES, PROFILS, Public, ReponsesMentor, code_profil, demander_age, demander_employeur,
    evaluer_mentor,
};
use crate::engine::{
    HEURES_MENTOR, Modalite, Tri, Verdict, aide_d_abord, cocher_code, code_besoin, possibles_et_exclus,
    resume_par_verdict,
};
use crate::i18n::cle::mentor as k;
use crate::i18n::{Cle, Textes};
use crate::routes::{Route, lien};
use crate::texte::majuscule;

fn libelle_profil(p: ProfilMentor, tx: &Textes) -> String {
    tx.t(match p {
        ProfilMentor::Lyceen => k::PROFIL_LYCEEN,
        ProfilMentor::Etudiant => k::PROFIL_ETUDIANT,
        ProfilMentor::Alternant => k::PROFIL_ALTERNANT,
        ProfilMentor::Salarie => k::PROFIL_SALARIE,
        ProfilMentor::AgentPublic => k::PROFIL_AGENT_PUBLIC,
        ProfilMentor::Retraite => k::PROFIL_RETRAITE,
        ProfilMentor::Independant => k::PROFIL_INDEPENDANT,
        ProfilMentor::SansEmploi => k::PROFIL_SANS_EMPLOI,
    })
    .to_string()
}

/// The engine's hour options (`engine::HEURES_MENTOR`), each with its
/// code and words (a new option fails to compile here until it has some).
const HEURES: [(&str, Cle); 4] = {
    let [(_, c2), (_, c4), (_, c8), (_, c12)] = HEURES_MENTOR;
    [
        (c2, k::HEURES_2),
        (c4, k::HEURES_4),
        (c8, k::HEURES_8),
        (c12, k::HEURES_12),
    ]
};

/// `#/mentor`: the questions, on one screen.
#[component]
pub fn PageMentor() -> impl IntoView {
    let tx = textes();
    let c = catalogue_courant();
    let reponses = use_context::<Brouillons>()
        .map(|b| b.mentor)
        .unwrap_or_else(|| RwSignal::new(ReponsesMentor::default()));
    let profils: Vec<&str> = c.mentorat.mentors_profils.iter().map(|p| p.libelle(&tx)).collect();
    let chapo = tx.f(
        k::CHAPO,
        &[("profils", &tx.liste(&profils)), ("texte", &c.mentorat.mentors_texte)],
    );
    let employeur = [
        ("oui", k::EMPLOYEUR_OUI),
        ("non", k::EMPLOYEUR_NON),
        ("nsp", k::EMPLOYEUR_NSP),
    ]
    .map(|(code, cle)| (code, tx.t(cle).to_string()));
    let legende_employeur = tx.t(k::QUESTION_EMPLOYEUR).to_string();
    let aide_employeur = tx.t(k::AIDE_EMPLOYEUR).to_string();
    // Without a profile no association can say whether it would take the
    // volunteer: the form asks for it, next to the question, and keeps the
    // rest of the answers (they live in the draft, not in the page).
    let envoye = RwSignal::new(false);
    let message_profil = tx.t(k::ERREUR_PROFIL).to_string();
    let erreur_profil =
        Signal::derive(move || (envoye.get() && reponses.with(|r| !r.suffisantes())).then(|| message_profil.clone()));
    let valider = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if reponses.with_untracked(|r| !r.suffisantes()) {
            envoye.set(true);
            focaliser("input[name=\"profil\"]");
            return;
        }
        naviguer(&Route::ResultatsMentor(reponses.get_untracked()));
    };
    let avec_employeur = {
        let c = c.clone();
        move || demander_employeur(&c, reponses.get().profil)
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p class="chapo">{chapo}</p>
            <form class="formulaire" on:submit=valider novalidate>
                <Radios
                    legende=tx.t(k::QUESTION_PROFIL).to_string()
                    nom="profil"
                    requis=true
                    erreur=erreur_profil
                    options=PROFILS.into_iter().map(|p| (code_profil(p), libelle_profil(p, &tx))).collect()
                    valeur=Signal::derive(move || reponses.get().profil.map(code_profil))
                    on_choisir=move |code| reponses.update(|r| r.profil = PROFILS.into_iter().find(|p| code_profil(*p) == code))
                />
                {demander_age(&c).then(|| view! {
                    <ChampAge
                        id="age-mentor"
                        libelle=tx.t(k::AGE).to_string()
                        min=AGE_MENTOR_MIN_TEXTE
                        initial=reponses.get_untracked().age
                        on_changer=move |age| reponses.update(|r| r.age = age)
                    />
                })}
                <Radios
                    legende=tx.t(k::QUESTION_HEURES).to_string()
                    nom="heures"
                    options=HEURES.iter().map(|(code, cle)| (*code, tx.t(*cle).to_string())).collect()
                    valeur=Signal::derive(move || {
                        let h = reponses.get().heures?;
                        HEURES_MENTOR.iter().find(|(n, _)| *n == h).map(|(_, code)| *code)
                    })
                    on_choisir=move |code| reponses.update(|r| r.heures = HEURES_MENTOR.iter().find(|(_, c)| *c == code).map(|(n, _)| *n))
                />
                <Radios
                    legende=tx.t(k::QUESTION_MODALITE).to_string()
                    nom="modalite"
                    options=[("presentiel", k::MODALITE_PRESENTIEL), ("distanciel", k::MODALITE_DISTANCIEL), ("indifferent", k::MODALITE_INDIFFERENT)]
                        .map(|(code, cle)| (code, tx.t(cle).to_string()))
                        .to_vec()
                    valeur=Signal::derive(move || reponses.get().modalite.map(Modalite::code))
                    on_choisir=move |code| reponses.update(|r| r.modalite = Modalite::TOUTES.into_iter().find(|m| m.code() == code))
                />
                <Cases
                    legende=tx.t(k::QUESTION_PUBLICS).to_string()
                    nom="publics"
                    options=Public::TOUS.into_iter().map(|p| (p.code(), p.libelle(&tx).to_string())).collect()
                    cochees=Signal::derive(move || reponses.get().publics.iter().map(|p| p.code()).collect())
                    on_basculer=move |code, coche| reponses.update(|r| cocher_code(&mut r.publics, &Public::TOUS, Public::code, code, coche))
                />
                <Cases
                    legende=tx.t(k::QUESTION_AIDE).to_string()
                    nom="aide"
                    options=AIDES.into_iter().map(|b| (code_besoin(b), b.libelle(&tx).to_string())).collect()
                    cochees=Signal::derive(move || reponses.get().aides.iter().map(|b| code_besoin(*b)).collect())
                    on_basculer=move |code, coche| reponses.update(|r| cocher_code(&mut r.aides, &AIDES, code_besoin, code, coche))
                />
                <Show when=avec_employeur>
                    <Radios
                        legende=legende_employeur.clone()
                        nom="employeur"
                        aide=aide_employeur.clone()
                        options=employeur.to_vec()
                        valeur=Signal::derive(move || reponses.get().employeur.map(Tri::code))
                        on_choisir=move |code| reponses.update(|r| r.employeur = Tri::TOUS.into_iter().find(|t| t.code() == code))
                    />
                </Show>
                <button type="submit" class="bouton bouton--principal" data-action="voir">{tx.t(k::BOUTON_VOIR).to_string()}</button>
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
    let tx = textes();
    let c = catalogue_courant();
    if !reponses.suffisantes() {
        return view! {
            <ReponsesManquantes
                titre=tx.t(k::TITRE_RESULTATS).to_string()
                texte=tx.t(k::INCOMPLET).to_string()
                retour=lien::MENTOR
                bouton=tx.t(k::COMPLETER).to_string()
                invalides=reponses.invalides.clone()
            />
        }
        .into_any();
    }
    let evaluations = evaluer_mentor(&c, &reponses, &tx);
    let parties = resume_par_verdict(
        &evaluations,
        &tx,
        &[
            (Verdict::Eligible, k::RESUME_OUI),
            (Verdict::AVerifier, k::RESUME_VERIFIER),
        ],
    );
    let resume = if parties.is_empty() {
        tx.t(k::RESUME_AUCUN).to_string()
    } else {
        majuscule(&tx.f(k::RESUME, &[("liste", &tx.liste(&parties))]))
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
    let (possibles, exclus) = possibles_et_exclus(&evaluations);
    let cartes = possibles
        .iter()
        .enumerate()
        .map(|(i, e)| carte(e, i == 0))
        .collect_view();
    let nb_exclus = exclus.len();
    let exclus = exclus.iter().map(|e| carte(e, false)).collect_view();
    // Nothing sure: the Collectif's contact first (engine::aide_d_abord).
    let aide = Some(view! { <AideCollectif vous=true/> });
    let (aide_haut, aide_bas) = if aide_d_abord(&evaluations) {
        (aide, None)
    } else {
        (None, aide)
    };
    view! {
        <div class="page resultats">
            <p class="fil"><a href=lien::MENTOR>{tx.t(k::MODIFIER).to_string()}</a></p>
            <h1 tabindex="-1">{tx.t(k::TITRE_RESULTATS).to_string()}</h1>
            <AvisLien invalides=reponses.invalides.clone()/>
            <p class="resume" role="status" data-resume="">{resume}</p>
            {aide_haut}
            {(!possibles.is_empty()).then(|| view! {
                <section aria-labelledby="accueil-mentor">
                    <h2 id="accueil-mentor">{tx.t(k::TITRE_ACCUEIL).to_string()}</h2>
                    {cartes}
                </section>
            })}
            {(nb_exclus > 0).then(|| view! {
                <details class="resultats__exclus">
                    <summary><h2>{tx.f(k::TITRE_AUTRES, &[("n", &nb_exclus.to_string())])}</h2></summary>
                    {exclus}
                </details>
            })}
            {aide_bas}
            <section aria-labelledby="garder">
                <h2 id="garder">{tx.t(k::TITRE_GARDER).to_string()}</h2>
                <PartageResultats route=Route::ResultatsMentor(reponses.clone())/>
            </section>
        </div>
    }
    .into_any()
}
