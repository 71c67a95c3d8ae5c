//! The young person's questionnaire: a welcome screen, then one question
//! per screen (`#/jeune/<question>`), only the questions that can change
//! something for the answers given so far. A parent answers for a child in
//! the same flow: the questions then say "votre enfant".

use leptos::prelude::*;

use crate::app::{catalogue_courant, etat_jeune, naviguer};
use crate::catalogue::Situation;
use crate::engine::{BESOINS, Modalite, Pour, Question, Reponses, Tri, questions_utiles};
use crate::platform::stockage;
use crate::routes::Route;

/// `#/jeune`: what to expect, then start (or resume).
#[component]
pub fn AccueilJeune() -> impl IntoView {
    let etat = etat_jeune();
    let a_des_reponses = move || etat.reponses.get() != Reponses::default();
    let commencer = Route::Question(Question::Pour).href();
    let effacer = move |_| {
        stockage::effacer();
        etat.reponses.set(Reponses::default());
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">"Je cherche un mentor"</h1>
            <AvisEtat/>
            <p class="chapo">
                "Réponds à quelques questions (2 minutes) et découvre les programmes de mentorat qui te correspondent, et pourquoi."
            </p>
            <ul class="puces">
                <li>"Une question par écran, tu peux revenir en arrière à tout moment."</li>
                <li>"Si tu ne sais pas, réponds «\u{a0}je ne sais pas\u{a0}»\u{a0}: on te dira quoi vérifier."</li>
                <li>"Tes réponses restent sur ton téléphone. Rien n'est envoyé."</li>
            </ul>
            <p><a class="bouton bouton--principal" href=commencer data-action="commencer">"Commencer"</a></p>
            <Show when=a_des_reponses>
                <p>
                    <a class="bouton" href=move || Route::Resultats(etat.reponses.get()).href() data-action="reprendre">
                        "Voir les résultats de mes réponses"
                    </a>
                </p>
                <p>
                    <button type="button" class="bouton bouton--discret" on:click=effacer data-action="effacer">
                        "Effacer mes réponses"
                    </button>
                </p>
            </Show>
            <p class="source">
                "Vous êtes un professionnel et orientez un jeune\u{a0}? "
                <a href="#/pro">"Voir l'espace parents et professionnels"</a>
            </p>
        </div>
    }
}

/// Shows, once, a notice about the saved state (e.g. it was unreadable).
#[component]
pub fn AvisEtat() -> impl IntoView {
    let etat = etat_jeune();
    move || {
        etat.avis.get().map(|texte| {
            view! {
                <div class="avis" role="status" data-avis="etat">
                    <p>{texte}</p>
                    <button type="button" class="bouton bouton--discret" on:click=move |_| etat.avis.set(None)>"J'ai compris"</button>
                </div>
            }
        })
    }
}

/// The wording of a question, for a young person ("tu") or a parent ("vous").
struct Intitule {
    titre: &'static str,
    aide: Option<&'static str>,
}

fn intitule(q: Question, pour: Pour) -> Intitule {
    let enfant = pour == Pour::Enfant;
    let (titre, aide) = match (q, enfant) {
        (Question::Pour, _) => ("Tu cherches un mentor pour qui\u{a0}?", None),
        (Question::Age, false) => ("Quel âge as-tu\u{a0}?", Some("Le mentorat s'adresse aux jeunes de 5 à 30 ans.")),
        (Question::Age, true) => ("Quel âge a votre enfant\u{a0}?", Some("Le mentorat s'adresse aux jeunes de 5 à 30 ans.")),
        (Question::Territoire, false) => (
            "Habites-tu dans la Communauté urbaine de Dunkerque\u{a0}?",
            Some("La Communauté urbaine de Dunkerque (CUD) regroupe Dunkerque et les communes autour, par exemple Grande-Synthe, Coudekerque-Branche ou Gravelines."),
        ),
        (Question::Territoire, true) => (
            "Votre enfant habite-t-il dans la Communauté urbaine de Dunkerque\u{a0}?",
            Some("La Communauté urbaine de Dunkerque (CUD) regroupe Dunkerque et les communes autour, par exemple Grande-Synthe, Coudekerque-Branche ou Gravelines."),
        ),
        (Question::Situation, false) => ("Que fais-tu en ce moment\u{a0}?", None),
        (Question::Situation, true) => ("Que fait votre enfant en ce moment\u{a0}?", None),
        (Question::Rep, false) => (
            "Ton école, ton collège ou ton lycée est-il en éducation prioritaire (REP ou REP+)\u{a0}?",
            Some("REP veut dire «\u{a0}réseau d'éducation prioritaire\u{a0}»\u{a0}: des écoles et des collèges qui reçoivent plus de moyens pour aider leurs élèves. REP+ est le niveau le plus renforcé. Si tu ne sais pas, demande à ton professeur principal ou à la vie scolaire."),
        ),
        (Question::Rep, true) => (
            "L'école, le collège ou le lycée de votre enfant est-il en éducation prioritaire (REP ou REP+)\u{a0}?",
            Some("REP veut dire «\u{a0}réseau d'éducation prioritaire\u{a0}»\u{a0}: des écoles et des collèges qui reçoivent plus de moyens pour aider leurs élèves. REP+ est le niveau le plus renforcé. L'établissement peut vous le dire."),
        ),
        (Question::Ase, false) => (
            "Es-tu suivi·e par l'Aide sociale à l'enfance (ASE)\u{a0}?",
            Some("L'ASE est le service du Département qui protège et accompagne des enfants et des jeunes\u{a0}: accueil en foyer ou en famille d'accueil, aide éducative à la maison… Ta réponse reste sur ton téléphone."),
        ),
        (Question::Ase, true) => (
            "Votre enfant est-il suivi par l'Aide sociale à l'enfance (ASE)\u{a0}?",
            Some("L'ASE est le service du Département qui protège et accompagne des enfants et des jeunes\u{a0}: accueil en foyer ou en famille d'accueil, aide éducative… Votre réponse reste sur votre téléphone."),
        ),
        (Question::Qpv, false) => (
            "Habites-tu dans un quartier prioritaire (QPV)\u{a0}?",
            Some("Les quartiers prioritaires de la politique de la ville (QPV) sont des quartiers où l'État et la commune aident davantage les habitants. Ta mairie ou ton centre social peut te dire si c'est le cas de ton quartier."),
        ),
        (Question::Qpv, true) => (
            "Habitez-vous dans un quartier prioritaire (QPV)\u{a0}?",
            Some("Les quartiers prioritaires de la politique de la ville (QPV) sont des quartiers où l'État et la commune aident davantage les habitants. Votre mairie ou votre centre social peut vous le dire."),
        ),
        (Question::Besoins, false) => ("Sur quoi aimerais-tu être aidé·e\u{a0}?", Some("Coche tout ce qui compte pour toi, ou rien si tu ne sais pas encore.")),
        (Question::Besoins, true) => ("Sur quoi votre enfant aurait-il besoin d'être aidé\u{a0}?", Some("Cochez tout ce qui compte, ou rien si vous ne savez pas encore.")),
        (Question::Modalite, false) => ("Comment préfères-tu rencontrer ton mentor\u{a0}?", None),
        (Question::Modalite, true) => ("Comment votre enfant préférerait-il rencontrer son mentor\u{a0}?", None),
        (Question::Temps, false) => ("Combien de temps peux-tu y consacrer\u{a0}?", Some("Les programmes demandent de 1 heure par mois à 2 heures par semaine.")),
        (Question::Temps, true) => ("Combien de temps votre enfant peut-il y consacrer\u{a0}?", Some("Les programmes demandent de 1 heure par mois à 2 heures par semaine.")),
    };
    Intitule { titre, aide }
}

fn libelle_situation(s: Situation, enfant: bool) -> &'static str {
    match (s, enfant) {
        (Situation::Ecole, _) => "À l'école élémentaire",
        (Situation::College, _) => "Au collège",
        (Situation::Lycee, _) => "Au lycée",
        (Situation::Apprenti, _) => "En apprentissage (alternance)",
        (Situation::Etudiant, _) => "Études supérieures (université, BTS, école…)",
        (Situation::RechercheEmploi, false) => "Je cherche un emploi",
        (Situation::RechercheEmploi, true) => "Il ou elle cherche un emploi",
        (Situation::Emploi, false) => "J'ai un emploi",
        (Situation::Emploi, true) => "Il ou elle a un emploi",
        (Situation::SansActivite, _) => "Rien pour l'instant (ni études, ni emploi, ni formation)",
    }
}

fn libelle_besoin(b: crate::catalogue::Besoin, enfant: bool) -> &'static str {
    use crate::catalogue::Besoin::*;
    match (b, enfant) {
        (Scolaire, _) => "Les devoirs et les cours",
        (Orientation, _) => "Choisir une orientation, des études, un métier",
        (Emploi, _) => "Trouver un emploi, un stage ou une formation",
        (Confiance, false) => "Avoir plus confiance en moi",
        (Confiance, true) => "Prendre confiance en soi",
        (Culture, _) => "Découvrir la culture, des loisirs, de nouvelles activités",
        (Demarches, _) => "Les démarches administratives et le numérique",
        (Langue, _) => "Apprendre ou améliorer le français",
    }
}

/// One question of the questionnaire.
#[component]
pub fn PageQuestion(
    /// The question of the address.
    question: Question,
) -> impl IntoView {
    let etat = etat_jeune();
    let catalogue = catalogue_courant();
    let reponses = etat.reponses;

    // Position and neighbours are derived from the answers, never stored.
    let liste = {
        let catalogue = catalogue.clone();
        Memo::new(move |_| questions_utiles(&catalogue, &reponses.get()))
    };
    let position = move || liste.get().iter().position(|q| *q == question);
    let total = move || liste.get().len();

    // After an answer: the next useful question (recomputed with the new
    // answer), or the results.
    let suivante = {
        let catalogue = catalogue.clone();
        move || {
            let r = reponses.get_untracked();
            let questions = questions_utiles(&catalogue, &r);
            let apres = match questions.iter().position(|q| *q == question) {
                Some(i) => questions.get(i + 1).copied(),
                None => questions.into_iter().find(|q| !q.repondue(&r)),
            };
            match apres {
                Some(q) => naviguer(&Route::Question(q)),
                None => naviguer(&Route::Resultats(r)),
            }
        }
    };
    let precedente = move || {
        let questions = liste.get();
        match questions.iter().position(|q| *q == question) {
            Some(i) if i > 0 => Route::Question(questions[i - 1]).href(),
            _ => Route::Jeune.href(),
        }
    };

    let texte = move || intitule(question, reponses.get().pour);
    let enfant = move || reponses.get().pour == Pour::Enfant;

    let reponse = match question {
        Question::Pour => {
            let choix = move |pour: Pour, titre: &'static str| {
                let suivante = suivante.clone();
                view! {
                    <Choix
                        titre
                        valeur=if pour == Pour::Enfant { "enfant" } else { "moi" }
                        // "Pour moi" is the default, not an answer: show a choice
                        // as made only once the questionnaire went past it.
                        choisi=Signal::derive(move || reponses.get().pour == pour && reponses.get().age.is_some())
                        on_choisir=move || {
                            reponses.update(|r| r.pour = pour);
                            suivante();
                        }
                    />
                }
            };
            view! {
                <div class="choix" role="group" aria-labelledby="question">
                    {choix(Pour::Moi, "Pour moi")}
                    {choix(Pour::Enfant, "Pour mon enfant (je suis son parent)")}
                </div>
                <p class="source">
                    "Vous êtes un professionnel\u{a0}? " <a href="#/pro">"Espace parents et professionnels"</a>
                </p>
            }
            .into_any()
        }
        Question::Age => view! { <ReponseAge on_valider=suivante.clone()/> }.into_any(),
        Question::Situation => {
            let boutons = Situation::TOUTES
                .into_iter()
                .map(|s| {
                    let suivante = suivante.clone();
                    view! {
                        <Choix
                            titre=Signal::derive(move || libelle_situation(s, enfant()))
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
                    let titre = match t {
                        Tri::Oui => "Oui",
                        Tri::Non => "Non",
                        Tri::Nsp => "Je ne sais pas",
                    };
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
                    view! {
                        <label class="case">
                            <input
                                type="checkbox"
                                name="besoins"
                                value=code
                                prop:checked=move || reponses.get().besoins.contains(&b)
                                on:change=move |ev| {
                                    let coche = event_target_checked(&ev);
                                    reponses.update(|r| {
                                        r.besoins.retain(|x| *x != b);
                                        if coche {
                                            r.besoins.push(b);
                                            r.besoins.sort_by_key(|x| BESOINS.iter().position(|y| y == x));
                                        }
                                    });
                                }
                            />
                            <span>{move || libelle_besoin(b, enfant())}</span>
                        </label>
                    }
                })
                .collect_view();
            let suivante = suivante.clone();
            view! {
                <fieldset class="cases">
                    <legend class="visuellement-cache">{move || texte().titre}</legend>
                    {cases}
                </fieldset>
                <button type="button" class="bouton bouton--principal" data-action="continuer" on:click=move |_| suivante()>
                    "Continuer"
                </button>
            }
            .into_any()
        }
        Question::Modalite => {
            let boutons = [
                (Modalite::Presentiel, "En vrai, en face à face"),
                (Modalite::Distanciel, "À distance (visio, téléphone, messages)"),
                (Modalite::Indifferent, "Peu importe"),
            ]
            .into_iter()
            .map(|(m, titre)| {
                let suivante = suivante.clone();
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
            let boutons = [
                (Some(2), "1 à 2 heures par mois", "2"),
                (Some(4), "Environ 1 heure par semaine", "4"),
                (Some(8), "2 heures par semaine ou plus", "8"),
                (None, "Je ne sais pas", "nsp"),
            ]
            .into_iter()
            .map(|(heures, titre, valeur)| {
                let suivante = suivante.clone();
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

    view! {
        <div class="page questionnaire" data-question=question.code()>
            <p class="fil"><a href=precedente data-action="retour">"← Retour"</a></p>
            {move || position().map(|i| {
                let n = total();
                view! {
                    <p class="progression" id="progression">"Question " {i + 1} " sur " {n}</p>
                    <progress class="progression__barre" max=n value=i + 1 aria-labelledby="progression"></progress>
                }
            })}
            <h1 id="question" tabindex="-1">{move || texte().titre}</h1>
            {move || texte().aide.map(|aide| view! { <p class="aide">{aide}</p> })}
            {reponse}
        </div>
    }
}

/// One answer as a big button; pressed when it is the current answer.
#[component]
fn Choix(
    /// The answer's text.
    #[prop(into)]
    titre: Signal<&'static str>,
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
    let etat = etat_jeune();
    let erreur = RwSignal::new(None::<&'static str>);
    let champ = NodeRef::<leptos::html::Input>::new();
    let valider = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texte = champ.get().map(|c| c.value()).unwrap_or_default();
        match texte.trim().parse::<u8>() {
            Ok(age) if age <= 120 => {
                erreur.set(None);
                etat.reponses.update(|r| r.age = Some(age));
                on_valider();
            }
            _ => erreur.set(Some("Indique un âge en chiffres, par exemple 16.")),
        }
    };
    let valeur = etat.reponses.get_untracked().age.map(|a| a.to_string()).unwrap_or_default();
    view! {
        <form class="formulaire-age" on:submit=valider novalidate>
            <label for="age" class="visuellement-cache">"Âge en années"</label>
            <div class="age">
                <input
                    id="age"
                    name="age"
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max="120"
                    value=valeur
                    node_ref=champ
                    aria-describedby="age-erreur"
                    aria-invalid=move || erreur.get().is_some().then_some("true")
                />
                <span aria-hidden="true">"ans"</span>
            </div>
            <p id="age-erreur" class="erreur" role="alert">{move || erreur.get()}</p>
            <button type="submit" class="bouton bouton--principal" data-action="continuer">"Continuer"</button>
        </form>
    }
}
