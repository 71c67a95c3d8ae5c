//! The e-mail a young person (or a parent) may send to an association:
//! a short summary of their answers, prepared here, opened in one tap by
//! the main e-mail button and editable before anything is sent. The
//! answers that decide eligibility (age, situation, priority school or
//! neighbourhood) are lines the person can delete; the child-welfare
//! answer goes in only if they tick the box. Lines for their name and a
//! way to reach them wait to be filled in.
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

/// The known answers ("oui" or "non": "je ne sais pas" and a question
/// never asked say nothing) about these conditions, in the order asked.
fn reponses_connues(r: &Reponses, criteres: &[Critere]) -> Vec<(Critere, bool)> {
    criteres.iter().filter_map(|&c| Some((c, r.critere(c)?))).collect()
}

/// The sensitive answer the person gave (child welfare), if any: exactly
/// what the draft adds when the box is ticked.
pub fn reponses_sensibles(r: &Reponses) -> Vec<(Critere, bool)> {
    reponses_connues(r, &[Critere::Ase])
}

/// A condition's answer as a line of the draft ("- Éducation prioritaire
/// (REP ou REP+) : oui"), and the start that identifies it.
fn ligne_critere(critere: Critere, oui: bool) -> (String, String) {
    let debut = format!("- {} :", majuscule(critere.libelle(&Textes::francais())));
    let ligne = format!("{debut} {}", if oui { "oui" } else { "non" });
    (debut, ligne)
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

/// The heading of the facts: "sur moi" for a young person, not for a
/// parent writing about their child.
fn titre_des_faits(r: &Reponses) -> &'static str {
    if r.pour == Pour::Enfant {
        "Quelques informations :"
    } else {
        "Quelques informations sur moi :"
    }
}
/// The line that closes the draft's request, then the lines the person
/// fills in (who they are, how to reach them), before the signature.
const RAPPEL: &str = "Pouvez-vous me recontacter ?";
const NOM: &str = "Mon nom : ";
const JOINDRE: &str = "Mon téléphone ou mon e-mail : ";
const LANGUE: &str = "- Langue de lecture : ";

/// The lines the box adds, written as the draft writes them (in French),
/// each with its start ("- Aide sociale à l'enfance (ASE) :"): a line that
/// starts so carries that answer, whatever the person wrote after it.
fn lignes_sensibles(r: &Reponses) -> Vec<(String, String)> {
    reponses_sensibles(r)
        .into_iter()
        .map(|(critere, oui)| ligne_critere(critere, oui))
        .collect()
}

/// Whether a line of the text carries one of these sensitive answers.
fn porte_une(ligne: &str, sensibles: &[(String, String)]) -> bool {
    sensibles.iter().any(|(debut, _)| ligne.starts_with(debut.as_str()))
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
        faits.push(format!(
            "- Âge{} : {age} ans",
            if enfant { " de mon enfant" } else { "" }
        ));
    }
    if let Some(s) = r.situation {
        faits.push(format!("- Situation : {}", s.libelle(&fr)));
    }
    // What decides eligibility goes in by default, as lines to delete.
    faits.extend(
        reponses_connues(r, &[Critere::Rep, Critere::Qpv])
            .into_iter()
            .map(|(c, oui)| ligne_critere(c, oui).1),
    );
    if !r.besoins.is_empty() {
        let mots: Vec<&str> = r.besoins.iter().map(|b| b.libelle(&fr)).collect();
        faits.push(format!("- Besoins : {}", fr.liste(&mots)));
    }
    if inclure_sensible {
        faits.extend(lignes_sensibles(r).into_iter().map(|(_, ligne)| ligne));
    }
    if langue != Langue::Fr {
        faits.push(format!("{LANGUE}{}", langue.nom_francais()));
    }
    if !faits.is_empty() {
        lignes.push(titre_des_faits(r).to_string());
        lignes.extend(faits);
        lignes.push(String::new());
    }
    lignes.push(RAPPEL.to_string());
    lignes.push(NOM.to_string());
    lignes.push(JOINDRE.to_string());
    lignes.push(String::new());
    lignes.push("Merci et bonne journée,".to_string());
    Brouillon {
        sujet,
        corps: lignes.join("\n"),
    }
}

/// Whether the text carries any of the sensitive answers. The box is
/// derived from the text: ticked means something sensitive will be sent,
/// even a line the person wrote or rewrote themselves.
pub fn contient_sensible(corps: &str, r: &Reponses) -> bool {
    let sensibles = lignes_sensibles(r);
    corps.split('\n').any(|l| porte_une(l, &sensibles))
}

/// The person's text with the sensitive answers added (`inclure`) or
/// taken out, and nothing else changed: what they typed (their phone
/// number, a sentence of their own) stays. Added after the other facts,
/// before the reading language, only those not there yet; taken out
/// whole, even a line the person rewrote ("oui, depuis 2019"), so that
/// an unticked box sends nothing sensitive.
pub fn avec_sensible(corps: &str, r: &Reponses, inclure: bool) -> String {
    let sensibles = lignes_sensibles(r);
    let mut lignes: Vec<String> = corps.split('\n').map(str::to_string).collect();
    if inclure {
        let manquantes = sensibles
            .iter()
            .filter(|(debut, _)| !lignes.iter().any(|l| l.starts_with(debut.as_str())))
            .map(|(_, ligne)| ligne.clone())
            .collect();
        ajouter_faits(&mut lignes, manquantes, r);
    } else {
        lignes.retain(|l| !porte_une(l, &sensibles));
        sans_titre_vide(&mut lignes, r);
    }
    lignes.join("\n")
}

/// The person's text with the reading language of `langue` (none in
/// French): switching the interface's language keeps their edits.
pub fn avec_langue(corps: &str, langue: Langue, r: &Reponses) -> String {
    let mut lignes: Vec<String> = corps
        .split('\n')
        .filter(|l| !l.starts_with(LANGUE))
        .map(str::to_string)
        .collect();
    if langue == Langue::Fr {
        sans_titre_vide(&mut lignes, r);
    } else {
        ajouter_faits(&mut lignes, vec![format!("{LANGUE}{}", langue.nom_francais())], r);
    }
    lignes.join("\n")
}

/// Takes out the facts' heading (and its blank line) once no fact is left
/// under it, as the draft is written when there is nothing to tell.
fn sans_titre_vide(lignes: &mut Vec<String>, r: &Reponses) {
    let titre = titre_des_faits(r);
    if let Some(t) = lignes.iter().position(|l| l == titre)
        && lignes.get(t + 1).is_none_or(|l| !l.starts_with("- "))
    {
        let fin = if lignes.get(t + 1).is_some_and(|l| l.is_empty()) {
            t + 2
        } else {
            t + 1
        };
        lignes.drain(t..fin);
    }
}

/// Puts fact lines at the end of the facts, before the reading language.
/// If the person removed the facts' heading, after the facts they kept;
/// if they removed them all, in a block of its own before the request to
/// be called back (or at the end).
fn ajouter_faits(lignes: &mut Vec<String>, nouvelles: Vec<String>, r: &Reponses) {
    if nouvelles.is_empty() {
        return;
    }
    let titre = titre_des_faits(r);
    let fait = |l: &String| l.starts_with("- ") && !l.starts_with(LANGUE);
    // The person may have typed their number at the end of that line.
    let rappel = lignes
        .iter()
        .position(|l| l.starts_with(RAPPEL))
        .unwrap_or(lignes.len());
    let apres_le_titre = lignes[..rappel].iter().position(|l| l == titre).map(|t| {
        let mut fin = t + 1;
        while lignes.get(fin).is_some_and(fait) {
            fin += 1;
        }
        fin
    });
    let ou = apres_le_titre
        .or_else(|| lignes[..rappel].iter().rposition(fait).map(|i| i + 1))
        .or_else(|| lignes[..rappel].iter().position(|l| l.starts_with(LANGUE)));
    match ou {
        Some(i) => {
            lignes.splice(i..i, nouvelles);
        }
        None => {
            let mut bloc = Vec::new();
            if rappel > 0 && !lignes[rappel - 1].is_empty() {
                bloc.push(String::new());
            }
            bloc.push(titre.to_string());
            bloc.extend(nouvelles);
            bloc.push(String::new());
            lignes.splice(rappel..rappel, bloc);
        }
    }
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
        assert!(
            avec.corps.contains("Aide sociale à l'enfance (ASE) : oui"),
            "{}",
            avec.corps
        );
        assert_eq!(avec.sujet, "Demande de mentorat – Les Ombres");
    }

    /// The review's case: a 12-year-old never asked about the ASE was
    /// offered to add "mes réponses sur l'ASE, l'éducation prioritaire et
    /// le quartier". Only the ASE, and only when answered, is behind the
    /// box; the box adds exactly that line.
    #[test]
    fn la_case_ne_nomme_que_l_ase_donnee() {
        let fr = Textes::francais_complet();
        let douze_ans = Reponses::depuis_requete("age=12&situation=college&rep=oui&qpv=nsp");
        assert_eq!(libelle_ajout_sensible(&douze_ans, &fr), None);
        let seize_ans = Reponses::depuis_requete("age=16&situation=lycee&rep=nsp&ase=oui&qpv=non");
        assert_eq!(
            libelle_ajout_sensible(&seize_ans, &fr).as_deref(),
            Some("Ajouter ma réponse sur l'ASE (facultatif)")
        );
        // "Je ne sais pas" or never asked: nothing to add, no box.
        for q in ["age=12&rep=nsp&ase=nsp&qpv=nsp", "age=12&situation=college"] {
            let r = Reponses::depuis_requete(q);
            assert_eq!(libelle_ajout_sensible(&r, &fr), None, "{q}");
            assert!(!a_des_infos_sensibles(&r), "{q}");
        }
        let sans = brouillon(&programme(), &seize_ans, false, Langue::Fr).corps;
        let avec = brouillon(&programme(), &seize_ans, true, Langue::Fr).corps;
        let ajoutees: Vec<&str> = avec.lines().filter(|l| !sans.lines().any(|x| x == *l)).collect();
        assert_eq!(ajoutees, ["- Aide sociale à l'enfance (ASE) : oui"]);
    }

    /// The review's case: AFEV takes a child because the school is in REP,
    /// and the draft left that out unless a box was ticked. The answers
    /// that decide are in by default, with lines for the sender's name and
    /// a way to reach them; "je ne sais pas" writes nothing.
    #[test]
    fn ce_qui_decide_est_dans_le_brouillon_par_defaut() {
        let r = Reponses::depuis_requete("pour=enfant&age=9&situation=ecole&rep=oui&qpv=nsp&ase=non");
        let corps = brouillon(&programme(), &r, false, Langue::Fr).corps;
        let lignes: Vec<&str> = corps.lines().collect();
        for attendue in [
            "- Âge de mon enfant : 9 ans",
            "- Situation : écolier ou écolière (école élémentaire)",
            "- Éducation prioritaire (REP ou REP+) : oui",
            "Mon nom : ",
            "Mon téléphone ou mon e-mail : ",
        ] {
            assert!(lignes.contains(&attendue), "« {attendue} » manque :\n{corps}");
        }
        assert!(
            !corps.contains("Quartier prioritaire") && !corps.contains("ASE"),
            "{corps}"
        );
        // The lines to fill in come after the request, before the signature.
        let rappel = lignes.iter().position(|l| *l == RAPPEL).unwrap();
        assert_eq!(&lignes[rappel + 1..rappel + 3], [NOM, JOINDRE]);
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
        assert!(
            !brouillon(&programme(), &r, false, Langue::Fr)
                .corps
                .contains("Langue de lecture")
        );
    }

    #[test]
    fn le_lien_mailto_encode_tout() {
        let lien = lien_mailto("a@b.fr", "Sujet – é", "l1\nl2 & ?=#");
        assert_eq!(
            lien,
            "mailto:a@b.fr?subject=Sujet%20%E2%80%93%20%C3%A9&body=l1%0Al2%20%26%20%3F%3D%23"
        );
    }
}
