//! The e-mail a young person (or a parent) may send to an association:
//! a short summary of their answers, prepared here and shown to them,
//! editable, before anything is sent. Sensitive answers (child welfare,
//! priority school or neighbourhood) go in only if they ticked the box.
//!
//! The e-mail is always in French (the associations' language), whatever
//! the language of the interface; that language is noted in it, so the
//! association knows how to answer.

use super::{Pour, Reponses};
use crate::catalogue::{Critere, Programme};
use crate::i18n::{Langue, Textes, cle::brouillon_courriel as k};
use crate::texte::majuscule;

/// Subject and body of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brouillon {
    pub sujet: String,
    pub corps: String,
}

/// The sensitive answers the person gave ("oui" or "non": "je ne sais pas"
/// and a question never asked say nothing), in the order they are asked.
/// Exactly what the draft adds when the box is ticked.
pub fn reponses_sensibles(r: &Reponses) -> Vec<(Critere, bool)> {
    [(Critere::Rep, r.rep), (Critere::Ase, r.ase), (Critere::Qpv, r.qpv)]
        .into_iter()
        .filter_map(|(critere, t)| Some((critere, t?.connu()?)))
        .collect()
}

/// Whether the answers hold something sensitive the person may prefer not
/// to send (the checkbox is only shown when this is true).
pub fn a_des_infos_sensibles(r: &Reponses) -> bool {
    !reponses_sensibles(r).is_empty()
}

/// The checkbox's label, in the interface's language: it names only the
/// answers the draft would add ("Ajouter ma réponse sur l'éducation
/// prioritaire", never the ASE to someone who was not asked about it).
/// `None` when there is nothing to add.
pub fn libelle_ajout_sensible(r: &Reponses, tx: &Textes) -> Option<String> {
    let sujets: Vec<&str> = reponses_sensibles(r)
        .into_iter()
        .map(|(critere, _)| {
            tx.t(match critere {
                Critere::Rep => k::SUJET_REP,
                Critere::Ase => k::SUJET_ASE,
                Critere::Qpv => k::SUJET_QPV,
            })
        })
        .collect();
    let modele = match sujets.len() {
        0 => return None,
        1 => k::AJOUTER_SENSIBLE_UNE,
        _ => k::AJOUTER_SENSIBLE,
    };
    Some(tx.f(modele, &[("sujets", &tx.liste(&sujets))]))
}

/// The draft for this programme and these answers.
pub fn brouillon(p: &Programme, r: &Reponses, inclure_sensible: bool, langue: Langue) -> Brouillon {
    let fr = Textes::francais();
    let enfant = r.pour == Pour::Enfant;
    let sujet = format!("Demande de mentorat – {}", p.nom);
    let mut lignes = vec!["Bonjour,".to_string(), String::new()];
    lignes.push(if enfant {
        format!(
            "J'ai découvert le programme de mentorat {} sur l'application « Trouve ton mentor » de la Communauté urbaine de Dunkerque. Je souhaiterais savoir si mon enfant peut être accompagné·e.",
            p.nom
        )
    } else {
        format!(
            "J'ai découvert le programme de mentorat {} sur l'application « Trouve ton mentor » de la Communauté urbaine de Dunkerque. J'aimerais savoir si je peux être accompagné·e.",
            p.nom
        )
    });
    lignes.push(String::new());
    let mut faits = Vec::new();
    if let Some(age) = r.age {
        faits.push(format!("- Âge{} : {age} ans", if enfant { " de mon enfant" } else { "" }));
    }
    if let Some(s) = r.situation {
        faits.push(format!("- Situation : {}", s.libelle(&fr)));
    }
    if !r.besoins.is_empty() {
        let mots: Vec<&str> = r.besoins.iter().map(|b| b.libelle(&fr)).collect();
        faits.push(format!("- Besoins : {}", fr.liste(&mots)));
    }
    if inclure_sensible {
        for (critere, oui) in reponses_sensibles(r) {
            faits.push(format!("- {} : {}", majuscule(critere.libelle(&fr)), if oui { "oui" } else { "non" }));
        }
    }
    if langue != Langue::Fr {
        faits.push(format!("- Langue de lecture : {}", langue.nom_francais()));
    }
    if !faits.is_empty() {
        lignes.push(if enfant { "Quelques informations :".to_string() } else { "Quelques informations sur moi :".to_string() });
        lignes.extend(faits);
        lignes.push(String::new());
    }
    lignes.push("Pouvez-vous me recontacter ? Mon numéro de téléphone : ".to_string());
    lignes.push(String::new());
    lignes.push("Merci et bonne journée,".to_string());
    Brouillon { sujet, corps: lignes.join("\n") }
}

/// The `mailto:` link that opens the person's mail app with the draft.
pub fn lien_mailto(adresse: &str, sujet: &str, corps: &str) -> String {
    format!(
        "mailto:{adresse}?subject={}&body={}",
        crate::texte::encoder_uri(sujet),
        crate::texte::encoder_uri(corps)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    fn programme() -> Programme {
        catalogue::embarque().unwrap().programme("les-ombres").unwrap().clone()
    }

    #[test]
    fn rien_de_sensible_sans_la_case_cochee() {
        let r = Reponses::depuis_requete("age=16&situation=lycee&ase=oui&besoins=orientation");
        assert!(a_des_infos_sensibles(&r));
        let sans = brouillon(&programme(), &r, false, Langue::Fr);
        assert!(!sans.corps.contains("Aide sociale"), "{}", sans.corps);
        assert!(sans.corps.contains("16 ans") && sans.corps.contains("orientation"));
        let avec = brouillon(&programme(), &r, true, Langue::Fr);
        assert!(avec.corps.contains("Aide sociale à l'enfance (ASE) : oui"), "{}", avec.corps);
        assert_eq!(avec.sujet, "Demande de mentorat – Les Ombres");
    }

    /// The review's case: a 12-year-old never asked about the ASE was
    /// offered to add "mes réponses sur l'ASE, l'éducation prioritaire et
    /// le quartier". Only the answers given are named, and they are exactly
    /// what the box adds.
    #[test]
    fn la_case_ne_nomme_que_les_reponses_donnees() {
        let fr = Textes::francais();
        let douze_ans = Reponses::depuis_requete("age=12&situation=college&rep=oui&qpv=nsp");
        assert_eq!(libelle_ajout_sensible(&douze_ans, &fr).as_deref(), Some("Ajouter ma réponse sur l'éducation prioritaire (facultatif)"));
        let seize_ans = Reponses::depuis_requete("age=16&situation=lycee&rep=nsp&ase=oui&qpv=non");
        assert_eq!(
            libelle_ajout_sensible(&seize_ans, &fr).as_deref(),
            Some("Ajouter mes réponses sur l'ASE et le quartier prioritaire (facultatif)")
        );
        // "Je ne sais pas" or never asked: nothing to add, no box.
        for q in ["age=12&rep=nsp&ase=nsp&qpv=nsp", "age=12&situation=college"] {
            let r = Reponses::depuis_requete(q);
            assert_eq!(libelle_ajout_sensible(&r, &fr), None, "{q}");
            assert!(!a_des_infos_sensibles(&r), "{q}");
        }
        // What the label names is what the draft adds, and nothing else.
        for r in [douze_ans, seize_ans] {
            let sans = brouillon(&programme(), &r, false, Langue::Fr).corps;
            let avec = brouillon(&programme(), &r, true, Langue::Fr).corps;
            let ajoutees: Vec<&str> = avec.lines().filter(|l| !sans.lines().any(|x| x == *l)).collect();
            assert_eq!(ajoutees.len(), reponses_sensibles(&r).len(), "{ajoutees:?}");
            for (critere, _) in reponses_sensibles(&r) {
                assert!(ajoutees.iter().any(|l| l.contains(&majuscule(critere.libelle(&fr)))), "{critere:?} : {ajoutees:?}");
            }
        }
    }

    #[test]
    fn un_parent_parle_de_son_enfant() {
        let r = Reponses::depuis_requete("pour=enfant&age=9&situation=ecole");
        let b = brouillon(&programme(), &r, false, Langue::Fr);
        assert!(b.corps.contains("mon enfant peut être accompagné"));
        assert!(b.corps.contains("Âge de mon enfant : 9 ans"));
        assert!(!a_des_infos_sensibles(&r));
    }

    #[test]
    fn toujours_en_francais_avec_la_langue_de_lecture() {
        let r = Reponses::depuis_requete("age=20&situation=etudiant&besoins=orientation");
        let b = brouillon(&programme(), &r, false, Langue::Ar);
        assert!(b.corps.contains("Situation : étudiant ou étudiante"), "{}", b.corps);
        assert!(b.corps.contains("- Langue de lecture : arabe"), "{}", b.corps);
        assert!(!brouillon(&programme(), &r, false, Langue::Fr).corps.contains("Langue de lecture"));
    }

    #[test]
    fn le_lien_mailto_encode_tout() {
        let lien = lien_mailto("a@b.fr", "Sujet – é", "l1\nl2 & ?=#");
        assert_eq!(lien, "mailto:a@b.fr?subject=Sujet%20%E2%80%93%20%C3%A9&body=l1%0Al2%20%26%20%3F%3D%23");
    }
}
