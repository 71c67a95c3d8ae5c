//! The young person's questionnaire: a welcome screen, then one question
//! per screen (`#/jeune/<question>`), only the questions that can change
//! something for the answers given so far. A parent answers for a child in
//! the same flow, from a door of their own (`#/parent`): the screens then
//! say "vous" and "votre enfant".

use leptos::prelude::*;

use crate::catalogue::Situation;
use crate::components::{AvisEtat, ReponsesGardees};
use crate::contexte::{catalogue_courant, etat_jeune, naviguer, textes};
use crate::engine::{
    AGE_MIN_TEXTE, AGE_PLAUSIBLE_TEXTE, BESOINS, HEURES_JEUNE, Modalite, Pour, Question, Reponses, Tri, lire_age,
    question_precedente, question_suivante, questions_utiles,
};
use crate::i18n::Cle;
use crate::i18n::cle::questionnaire as k;
use crate::platform::stockage;
use crate::routes::{Route, lien};

/// `#/jeune` and `#/parent`: what to expect, then start (or resume). Each
/// door says who the answers are about, so the questionnaire starts at the
/// age, in "tu" for a young person and "vous" for a parent.
#[component]
pub fn AccueilJeune(
    /// The parents' door: "vous", and the answers are about their child.
    parent: bool,
) -> impl IntoView {
    let tx = textes();
    let etat = etat_jeune();
    let a_des_reponses = move || etat.reponses.get() != Reponses::default();
    let commencer = Route::Question(Question::Age).href();
    let pour = if parent { Pour::Enfant } else { Pour::Moi };
    let vous = |tu: Cle, vous: Cle| if parent { vous } else { tu };
    // Said once the answers are gone: the buttons vanish, and a person
    // (or a screen reader) must know it worked.
    let efface = RwSignal::new(false);
    let effacer = move |_| {
        stockage::effacer();
        etat.reponses.set(Reponses::default());
        efface.set(true);
    };
    let tx_show = tx.clone();
    let tx_bouton = tx.clone();
    let tx_efface = tx.clone();
    let efface_texte = vous(k::EFFACE, k::EFFACE_VOUS);
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(vous(k::ACCUEIL_TITRE, k::ACCUEIL_TITRE_VOUS)).to_string()}</h1>
            <AvisEtat/>
            <p class="chapo">
                {tx.t(vous(k::ACCUEIL_CHAPO, k::ACCUEIL_CHAPO_VOUS)).to_string()}
            </p>
            <ul class="puces">
                <li>{tx.t(vous(k::ACCUEIL_UNE_QUESTION, k::ACCUEIL_UNE_QUESTION_VOUS)).to_string()}</li>
                <li>{tx.t(vous(k::ACCUEIL_NSP, k::ACCUEIL_NSP_VOUS)).to_string()}</li>
                <li>{tx.t(vous(k::ACCUEIL_REPONSES_LOCALES, k::ACCUEIL_REPONSES_LOCALES_VOUS)).to_string()}</li>
            </ul>
            // With saved answers, the first question opens filled in: the
            // button says so rather than promising a fresh start.
            <p><a class="bouton bouton--principal" href=commencer data-action="commencer" on:click=move |_| etat.reponses.update(|r| r.pour = pour)>
                {move || tx_bouton.t(if a_des_reponses() { k::REPRENDRE } else { k::COMMENCER }).to_string()}
            </a></p>
            <Show when=a_des_reponses>
                <p>
                    <a class="bouton" href=move || Route::Resultats(etat.reponses.get()).href() data-action="reprendre">
                        {tx_show.t(k::VOIR_RESULTATS).to_string()}
                    </a>
                </p>
                <ReponsesGardees/>
                <p>
                    <button type="button" class="bouton bouton--discret" on:click=effacer data-action="effacer">
                        {tx_show.t(k::EFFACER).to_string()}
                    </button>
                </p>
            </Show>
            <p role="status" data-avis="efface">{move || efface.get().then(|| tx_efface.t(efface_texte).to_string())}</p>
        </div>
    }
}

/// The wording of a question, for a young person ("tu") or a parent ("vous").
struct Intitule {
    titre: Cle,
    aide: Option<Cle>,
}

/// The help fits the situation: a pupil of an école élémentaire has no
/// "professeur principal" nor "vie scolaire" to ask.
fn intitule(q: Question, r: &Reponses) -> Intitule {
    let enfant = r.pour == Pour::Enfant;
    let ecolier = r.situation == Some(Situation::Ecole);
    let (titre, aide) = match (q, enfant) {
        (Question::Pour, false) => (k::POUR_TITRE, None),
        (Question::Pour, true) => (k::POUR_TITRE_VOUS, None),
        (Question::Age, false) => (k::AGE_TITRE_TU, Some(k::AGE_AIDE)),
        (Question::Age, true) => (k::AGE_TITRE_VOUS, Some(k::AGE_AIDE)),
        (Question::Territoire, false) => (k::TERRITOIRE_TITRE_TU, Some(k::TERRITOIRE_AIDE)),
        (Question::Territoire, true) => (k::TERRITOIRE_TITRE_VOUS, Some(k::TERRITOIRE_AIDE)),
        (Question::Situation, false) => (k::SITUATION_TITRE_TU, None),
        (Question::Situation, true) => (k::SITUATION_TITRE_VOUS, None),
        (Question::Rep, false) => (
            k::REP_TITRE_TU,
            Some(if ecolier { k::REP_AIDE_ECOLE_TU } else { k::REP_AIDE_TU }),
        ),
        (Question::Rep, true) => (k::REP_TITRE_VOUS, Some(k::REP_AIDE_VOUS)),
        (Question::Ase, false) => (k::ASE_TITRE_TU, Some(k::ASE_AIDE_TU)),
        (Question::Ase, true) => (k::ASE_TITRE_VOUS, Some(k::ASE_AIDE_VOUS)),
        (Question::Qpv, false) => (k::QPV_TITRE_TU, Some(k::QPV_AIDE_TU)),
        (Question::Qpv, true) => (k::QPV_TITRE_VOUS, Some(k::QPV_AIDE_VOUS)),
        (Question::Besoins, false) => (k::BESOINS_TITRE_TU, Some(k::BESOINS_AIDE_TU)),
        (Question::Besoins, true) => (k::BESOINS_TITRE_VOUS, Some(k::BESOINS_AIDE_VOUS)),
        (Question::Modalite, false) => (k::MODALITE_TITRE_TU, None),
        (Question::Modalite, true) => (k::MODALITE_TITRE_VOUS, None),
        (Question::Temps, false) => (k::TEMPS_TITRE_TU, Some(k::TEMPS_AIDE)),
        (Question::Temps, true) => (k::TEMPS_TITRE_VOUS, Some(k::TEMPS_AIDE)),
    };
    Intitule { titre, aide }
}

fn libelle_situation(s: Situation, enfant: bool) -> Cle {
    match (s, enfant) {
        (Situation::Ecole, _) => k::SITUATION_ECOLE,
        (Situation::College, _) => k::SITUATION_COLLEGE,
        (Situation::Lycee, _) => k::SITUATION_LYCEE,
        (Situation::Apprenti, _) => k::SITUATION_APPRENTI,
        (Situation::Etudiant, _) => k::SITUATION_ETUDIANT,
        (Situation::RechercheEmploi, false) => k::SITUATION_RECHERCHE_EMPLOI_TU,
        (Situation::RechercheEmploi, true) => k::SITUATION_RECHERCHE_EMPLOI_VOUS,
        (Situation::Emploi, false) => k::SITUATION_EMPLOI_TU,
        (Situation::Emploi, true) => k::SITUATION_EMPLOI_VOUS,
        (Situation::SansActivite, _) => k::SITUATION_SANS_ACTIVITE,
    }
}

fn libelle_besoin(b: crate::catalogue::Besoin, enfant: bool) -> Cle {
    use crate::catalogue::Besoin::*;
    match (b, enfant) {
        (Scolaire, _) => k::BESOIN_SCOLAIRE,
        (Orientation, _) => k::BESOIN_ORIENTATION,
        (Emploi, _) => k::BESOIN_EMPLOI,
        (Confiance, false) => k::BESOIN_CONFIANCE_TU,
        (Confiance, true) => k::BESOIN_CONFIANCE_VOUS,
        (Culture, _) => k::BESOIN_CULTURE,
        (Demarches, _) => k::BESOIN_DEMARCHES,
        (Langue, _) => k::BESOIN_LANGUE,
    }
}

/// One question of the questionnaire.
#[component]
pub fn PageQuestion(
    /// The question of the address.
    question: Question,
) -> impl IntoView {
    let tx = textes();
    let etat = etat_jeune();
    let catalogue = catalogue_courant();
    let reponses = etat.reponses;

    // Position and neighbours are derived from the answers, never stored.
    let liste = {
        let catalogue = catalogue.clone();
        Memo::new(move |_| questions_utiles(&catalogue, &reponses.get()))
    };
    // "Question 3", without a total: the total shrinks or grows as answers
    // make questions useless or useful, and a counter that jumps from
    // "3 sur 9" to "5 sur 5" reads as a bug. Who the answers are about is
    // said by the door, so it is not counted.
    let position = move || {
        liste
            .get()
            .iter()
            .filter(|q| **q != Question::Pour)
            .position(|q| *q == question)
    };

    // After an answer: the next useful question (recomputed with the new
    // answer), or the results.
    let suivante = {
        let catalogue = catalogue.clone();
        move || {
            let r = reponses.get_untracked();
            match question_suivante(&catalogue, &r, question) {
                Some(q) => naviguer(&Route::Question(q)),
                None => naviguer(&Route::Resultats(r)),
            }
        }
    };
    // Back from the first question goes to the door the person came by.
    let precedente = move || match question_precedente(&liste.get(), question) {
        Some(q) => Route::Question(q).href(),
        None if reponses.get().pour == Pour::Enfant => Route::Parent.href(),
        None => Route::Jeune.href(),
    };

    let texte = move || reponses.with(|r| intitule(question, r));
    let enfant = move || reponses.get().pour == Pour::Enfant;

    let reponse = match question {
        // Who the answers are about is each door's: changing it (from the
        // results) goes through the other door, answers kept.
        Question::Pour => view! {
            <div class="choix" role="group" aria-labelledby="question">
                <a class="choix__bouton" href=lien::JEUNE data-valeur="moi">{tx.t(k::POUR_MOI).to_string()}</a>
                <a class="choix__bouton" href=lien::PARENT data-valeur="enfant">{tx.t(k::POUR_ENFANT).to_string()}</a>
            </div>
        }
        .into_any(),
        Question::Age => view! { <ReponseAge on_valider=suivante.clone()/> }.into_any(),
        Question::Situation => {
            let boutons = Situation::TOUTES
                .into_iter()
                .map(|s| {
                    let suivante = suivante.clone();
                    let tx = tx.clone();
                    view! {
                        <Choix
                            titre=Signal::derive(move || tx.t(libelle_situation(s, enfant())).to_string())
                            valeur=crate::engine::code_situation(s)
                            choisi=Signal::derive(move || reponses.get().situation == Some(s))
                            on_choisir=move || {
                                reponses.update(|r| r.situation = Some(s));
                                suivante();
                            }
                        />
                    }
                })
                .collect_view();
            view! { <div class="choix" role="group" aria-labelledby="question">{boutons}</div> }.into_any()
        }
        Question::Territoire | Question::Rep | Question::Ase | Question::Qpv => {
            let lire = move |r: &Reponses| match question {
                Question::Territoire => r.territoire,
                Question::Rep => r.rep,
                Question::Ase => r.ase,
                _ => r.qpv,
            };
            let boutons = Tri::TOUS
                .into_iter()
                .map(|t| {
                    let suivante = suivante.clone();
                    let titre = tx
                        .t(match t {
                            Tri::Oui => k::OUI,
                            Tri::Non => k::NON,
                            Tri::Nsp => k::NSP,
                        })
                        .to_string();
                    view! {
                        <Choix
                            titre
                            valeur=t.code()
                            choisi=Signal::derive(move || lire(&reponses.get()) == Some(t))
                            on_choisir=move || {
                                reponses.update(|r| match question {
                                    Question::Territoire => r.territoire = Some(t),
                                    Question::Rep => r.rep = Some(t),
                                    Question::Ase => r.ase = Some(t),
                                    _ => r.qpv = Some(t),
                                });
                                suivante();
                            }
                        />
                    }
                })
                .collect_view();
            view! { <div class="choix choix--ligne" role="group" aria-labelledby="question">{boutons}</div> }.into_any()
        }
        Question::Besoins => {
            let cases = BESOINS
                .into_iter()
                .map(|b| {
                    let code = crate::engine::code_besoin(b);
                    let tx = tx.clone();
                    view! {
                        <label class="case">
                            <input
                                type="checkbox"
                                name="besoins"
                                value=code
                                prop:checked=move || reponses.get().besoins.contains(&b)
                                on:change=move |ev| {
                                    let coche = event_target_checked(&ev);
                                    reponses.update(|r| crate::engine::cocher(&mut r.besoins, &BESOINS, b, coche));
                                }
                            />
                            <span>{move || tx.t(libelle_besoin(b, enfant())).to_string()}</span>
                        </label>
                    }
                })
                .collect_view();
            let suivante = suivante.clone();
            let tx2 = tx.clone();
            view! {
                <fieldset class="cases">
                    <legend class="visuellement-cache">{move || tx2.t(texte().titre).to_string()}</legend>
                    {cases}
                </fieldset>
                <button type="button" class="bouton bouton--principal" data-action="continuer" on:click=move |_| suivante()>
                    {tx.t(k::CONTINUER).to_string()}
                </button>
            }
            .into_any()
        }
        Question::Modalite => {
            let boutons = [
                (Modalite::Presentiel, k::MODALITE_PRESENTIEL),
                (Modalite::Distanciel, k::MODALITE_DISTANCIEL),
                (Modalite::Indifferent, k::MODALITE_INDIFFERENT),
            ]
            .into_iter()
            .map(|(m, titre)| {
                let suivante = suivante.clone();
                let titre = tx.t(titre).to_string();
                view! {
                    <Choix
                        titre
                        valeur=m.code()
                        choisi=Signal::derive(move || reponses.get().modalite == Some(m))
                        on_choisir=move || {
                            reponses.update(|r| r.modalite = Some(m));
                            suivante();
                        }
                    />
                }
            })
            .collect_view();
            view! { <div class="choix" role="group" aria-labelledby="question">{boutons}</div> }.into_any()
        }
        Question::Temps => {
            // The engine's options, each with its words (a new option
            // fails to compile here until it has some).
            let [(h2, c2), (h4, c4), (h8, c8)] = HEURES_JEUNE;
            let boutons = [
                (Some(h2), k::TEMPS_2, c2),
                (Some(h4), k::TEMPS_4, c4),
                (Some(h8), k::TEMPS_8, c8),
                (None, k::NSP, "nsp"),
            ]
            .into_iter()
            .map(|(heures, titre, valeur)| {
                let suivante = suivante.clone();
                let titre = tx.t(titre).to_string();
                view! {
                    <Choix
                        titre
                        valeur
                        choisi=Signal::derive(move || heures.is_some() && reponses.get().heures == heures)
                        on_choisir=move || {
                            reponses.update(|r| r.heures = heures);
                            suivante();
                        }
                    />
                }
            })
            .collect_view();
            view! { <div class="choix" role="group" aria-labelledby="question">{boutons}</div> }.into_any()
        }
    };

    let (tx_progression, tx_titre, tx_aide) = (tx.clone(), tx.clone(), tx.clone());
    view! {
        <div class="page questionnaire" data-question=question.code()>
            <p class="fil"><a href=precedente data-action="retour">{tx.t(k::RETOUR).to_string()}</a></p>
            {move || position().map(|i| view! {
                <p class="progression">{tx_progression.f(k::PROGRESSION, &[("n", &(i + 1).to_string())])}</p>
            })}
            <h1 id="question" tabindex="-1">{move || tx_titre.t(texte().titre).to_string()}</h1>
            {move || texte().aide.map(|aide| view! { <p class="aide">{tx_aide.t(aide).to_string()}</p> })}
            {reponse}
        </div>
    }
}

/// One answer as a big button; pressed when it is the current answer.
#[component]
fn Choix(
    /// The answer's text.
    #[prop(into)]
    titre: Signal<String>,
    /// Whether this is the current answer.
    #[prop(into)]
    choisi: Signal<bool>,
    /// The answer's code in the results address (`lycee`, `oui`…): a stable hook.
    valeur: &'static str,
    /// Records the answer and moves on.
    on_choisir: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button type="button" class="choix__bouton" data-valeur=valeur aria-pressed=move || if choisi.get() { "true" } else { "false" } on:click=move |_| on_choisir()>
            {move || titre.get()}
        </button>
    }
}

/// The age, typed: a number is faster than a list of 26 buttons.
#[component]
fn ReponseAge(
    /// Called once a valid age is recorded.
    on_valider: impl Fn() + Clone + 'static,
) -> impl IntoView {
    let tx = textes();
    let etat = etat_jeune();
    let erreur = RwSignal::new(None::<String>);
    let message_erreur = tx.t(k::AGE_ERREUR).to_string();
    let champ = || crate::platform::champ_texte("age");
    let valider = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texte = champ().map(|c| c.value()).unwrap_or_default();
        match lire_age(&texte) {
            Some(age) => {
                erreur.set(None);
                etat.reponses.update(|r| r.age = Some(age));
                on_valider();
            }
            None => erreur.set(Some(message_erreur.clone())),
        }
    };
    let valeur = etat
        .reponses
        .get_untracked()
        .age
        .map(|a| a.to_string())
        .unwrap_or_default();
    // The field takes the focus once the screen is drawn (after the app
    // focused the heading, one frame later): the phone's keyboard is ready
    // for the age, with no tap on the field. Its label says the question.
    request_animation_frame(move || {
        request_animation_frame(move || {
            if let Some(c) = champ() {
                let _ = c.focus();
            }
        })
    });
    view! {
        <form class="formulaire-age" on:submit=valider novalidate>
            <label for="age" class="visuellement-cache">{tx.t(k::AGE_LIBELLE).to_string()}</label>
            <div class="age">
                <input
                    id="age"
                    name="age"
                    type="number"
                    inputmode="numeric"
                    min=AGE_MIN_TEXTE
                    max=AGE_PLAUSIBLE_TEXTE
                    value=valeur
                    aria-describedby="age-erreur"
                    aria-invalid=move || erreur.get().is_some().then_some("true")
                />
                <span aria-hidden="true">{tx.t(k::ANS).to_string()}</span>
            </div>
            <p id="age-erreur" class="erreur" role="alert">{move || erreur.get()}</p>
            <button type="submit" class="bouton bouton--principal" data-action="continuer">
                {tx.t(k::CONTINUER).to_string()}
            </button>
        </form>
    }
}
