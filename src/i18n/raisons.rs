//! The reasons of a verdict in words. The engine gives each reason as
//! data (`engine::Raison`: rule, the person's value, outcome, whether the
//! brochure states it); this module says it in the reader's language,
//! from the language files. Where the brochure gives no ages, the reason
//! uses its school levels (`eligibilite.age.texte`), never an age range
//! the app inferred.

use super::Textes;
use super::cle::{benevole as b, moteur as m};
use crate::catalogue::{Catalogue, Niveau, Programme, Situation};
use crate::engine::{Raison, Regle, Valeur, Verdict};

/// The sentence of one reason of programme `p`. Every reason the engine
/// gives has one (tests/engine.rs renders all of them in every language).
pub fn ecrire(raison: &Raison, c: &Catalogue, p: &Programme, tx: &Textes) -> String {
    let nom = p.nom.as_str();
    let e = &p.eligibilite;
    let v = raison.verdict;
    // The programme's ages: the range the brochure prints, or its words.
    let ages = || {
        if e.age.precis {
            tx.tranche_age(e.age.min, e.age.max)
        } else {
            e.age.texte.clone()
        }
    };
    match (raison.regle, &raison.valeur) {
        (Regle::AgeMentorat, Valeur::Age(age)) => {
            let tranche = tx.tranche_age(c.mentorat.age_min, c.mentorat.age_max);
            tx.f(
                m::AGE_HORS_MENTORAT,
                &[("tranche", &tranche), ("age", &tx.compte(m::AGE, usize::from(*age)))],
            )
        }
        (Regle::Age, Valeur::Age(age)) => {
            let modele = match (v, e.age.precis) {
                (Verdict::Eligible, true) => m::AGE_OK,
                (Verdict::Eligible, false) => m::AGE_NIVEAUX,
                (Verdict::AVerifier, _) => m::AGE_INDICATIF,
                (Verdict::Ineligible, true) => m::AGE_HORS_PROGRAMME,
                (Verdict::Ineligible, false) => m::AGE_HORS_NIVEAUX,
            };
            tx.f(
                modele,
                &[
                    ("nom", nom),
                    ("tranche", &ages()),
                    ("age", &tx.compte(m::AGE, usize::from(*age))),
                ],
            )
        }
        (Regle::Age, _) => tx.f(m::AGE_INCONNU, &[("nom", nom), ("tranche", &ages())]),
        (Regle::Territoire, _) => tx.f(m::HORS_TERRITOIRE, &[("nom", nom), ("territoire", &c.territoire.nom)]),
        // `{situation}` follows "les jeunes" in every template (plural form);
        // `{situations}` is a list of labels after a colon.
        (Regle::Situation, Valeur::Situation(s)) => {
            let modele = match v {
                Verdict::Eligible => m::SITUATION_OK,
                Verdict::AVerifier => m::SITUATION_A_VERIFIER,
                Verdict::Ineligible => m::SITUATION_NON,
            };
            tx.f(
                modele,
                &[
                    ("nom", nom),
                    ("situation", s.libelle_jeunes(tx)),
                    ("situations", &situations(&e.situations, tx)),
                ],
            )
        }
        (Regle::Situation, _) => tx.f(
            m::SITUATION_INCONNUE,
            &[("nom", nom), ("situations", &situations(&e.situations, tx))],
        ),
        (Regle::Condition(critere), valeur) => {
            let Some(cond) = e.conditions.iter().find(|x| x.critere == critere) else {
                return String::new();
            };
            let reponse = match valeur {
                Valeur::Reponse(oui) => Some(*oui),
                _ => None,
            };
            let modele = match (cond.niveau, reponse) {
                (Niveau::Requis, Some(true)) => m::REQUIS_OUI,
                (Niveau::Requis, Some(false)) => m::REQUIS_NON,
                (Niveau::Requis, None) => m::REQUIS_INCONNU,
                (Niveau::Prioritaire, Some(true)) => m::PRIORITAIRE_OUI,
                (Niveau::Prioritaire, Some(false)) => m::PRIORITAIRE_NON,
                (Niveau::Prioritaire, None) => m::PRIORITAIRE_INCONNU,
            };
            let phrase = tx.f(modele, &[("nom", nom), ("condition", &cond.texte)]);
            // What the question does not cover, unless "non" already settled it.
            match (&cond.reste_a_verifier, reponse) {
                (Some(reste), Some(true)) => tx.f(m::RESTE_OUI, &[("raison", &phrase), ("reste", reste)]),
                (Some(reste), None) => tx.f(m::RESTE_INCONNU, &[("raison", &phrase), ("reste", reste)]),
                _ => phrase,
            }
        }
        (Regle::Profil, Valeur::Profil(x)) => {
            let modele = match v {
                Verdict::Eligible => b::PROFIL_OK,
                Verdict::AVerifier => b::PROFIL_A_VERIFIER,
                Verdict::Ineligible => b::PROFIL_NON,
            };
            tx.f(modele, &[("nom", nom), ("profil", x.libelle(tx))])
        }
        (Regle::Profil, _) => tx.f(b::PROFIL_INCONNU, &[("nom", nom)]),
        (Regle::Public, Valeur::Publics(publics)) => {
            let modele = match v {
                Verdict::Eligible => b::PUBLIC_OK,
                Verdict::AVerifier => b::PUBLIC_A_VERIFIER,
                Verdict::Ineligible => b::PUBLIC_NON,
            };
            let mots: Vec<&str> = publics.iter().map(|x| x.libelle(tx)).collect();
            tx.f(modele, &[("nom", nom), ("publics", &tx.liste(&mots))])
        }
        (Regle::AgeMentor, Valeur::Age(age)) => {
            let texte = p.mentors.age.as_ref().map_or("", |t| t.texte.trim_end_matches('.'));
            tx.f(
                b::AGE_HORS,
                &[
                    ("nom", nom),
                    ("texte", texte),
                    ("age", &tx.compte(m::AGE, usize::from(*age))),
                ],
            )
        }
        (Regle::Heures, Valeur::Heures(heures)) => {
            let modele = match v {
                Verdict::Eligible => b::HEURES_OK,
                Verdict::AVerifier => b::HEURES_UN_PEU,
                Verdict::Ineligible => b::HEURES_NON,
            };
            // The commitment in words is on the card of a programme that may
            // take the volunteer (`Engagement`): the reason only compares
            // hours, except when it rules the programme out.
            let valeurs = [
                ("nom", nom),
                ("engagement", p.mentors.engagement.trim_end_matches('.')),
                ("demande", &tx.decimal(p.mentors.heures_mois_min)),
                ("heures", &heures.to_string()),
            ];
            tx.f(modele, &valeurs)
        }
        (Regle::Employeur, _) => {
            let modele = match v {
                Verdict::Eligible => b::EMPLOYEUR_OUI,
                Verdict::AVerifier => b::EMPLOYEUR_INCONNU,
                Verdict::Ineligible => b::EMPLOYEUR_NON,
            };
            tx.f(modele, &[("nom", nom)])
        }
        // A value the rule never carries: nothing to say (never given by the engine).
        _ => String::new(),
    }
}

/// The situations a programme takes, as a list of labels.
fn situations(liste: &[Situation], tx: &Textes) -> String {
    let mots: Vec<&str> = liste.iter().map(|s| s.libelle(tx)).collect();
    tx.liste(&mots)
}
