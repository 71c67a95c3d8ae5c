//! The privacy rule, in one place: a *sensitive* answer (the questions of
//! `Question::SENSIBLES`, today child welfare) leaves the screen only by a
//! visible choice of the person. It is never kept on the device, and goes
//! into a share link or a print only when they tick the box for that use
//! (the e-mail draft has its own box: `courriel`). Everything else the app
//! keeps or shares goes through these functions, so the rule is tested
//! here, natively, rather than screen by screen.
//!
//! Also here, pure so that they are tested natively: the format of the
//! answers kept on the device (with their end date) and where the answers
//! of a results address come from (the person's own, or someone's link).

use super::{Question, Reponses, questions_utiles};
use crate::catalogue::Catalogue;

/// How long answers stay on the device after the last one given. Long
/// enough to come back after a first call to an association, or after
/// talking it over at home (a month); short enough that a family phone or
/// a computer at the CDI does not show last term's answers to the next
/// person. Every new answer starts the 30 days again.
pub const DUREE_JOURS: u64 = 30;
const DUREE_MS: u64 = DUREE_JOURS * 86_400_000;

/// The start of every value this version writes; anything else (an older
/// version without an end date, another app's value) is not kept.
const VERSION: &str = "v2:";
/// A saved answer set is a few hundred bytes; anything bigger is not ours.
const TAILLE_MAX: usize = 2_000;

/// The answers with every sensitive answer taken out, except those the
/// person ticked for this use (`cochees`).
pub fn sans_sensibles(r: &Reponses, cochees: &[Question]) -> Reponses {
    let mut r = r.clone();
    for q in Question::SENSIBLES {
        if !cochees.contains(&q) {
            q.oublier(&mut r);
        }
    }
    r
}

/// The sensitive questions these answers hold an answer to ("je ne sais
/// pas" included): what a box would add. A box is shown only when this is
/// not empty.
pub fn sensibles_donnees(r: &Reponses) -> Vec<Question> {
    Question::SENSIBLES.into_iter().filter(|q| q.repondue(r)).collect()
}

/// The sensitive questions that could change a verdict for these answers
/// but are not answered: what a page opened from a link without them says
/// is unknown (a share link leaves them out unless ticked).
pub fn sensibles_inconnues(c: &Catalogue, r: &Reponses) -> Vec<Question> {
    questions_utiles(c, r)
        .into_iter()
        .filter(|q| q.sensible() && !q.repondue(r))
        .collect()
}

/// The same answers, sensitive answers and unreadable parameters aside.
pub fn memes_hors_sensibles(a: &Reponses, b: &Reponses) -> bool {
    let propres = |r: &Reponses| {
        let mut r = sans_sensibles(r, &[]);
        r.invalides.clear();
        r
    };
    propres(a) == propres(b)
}

/// Where the answers of a results address come from, compared with the
/// answers the app holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origine {
    /// The person's own: the questionnaire led there, or a reload (the
    /// address may then hold the sensitive answer the device did not keep).
    Siennes,
    /// A link from someone else (or typed), while the app holds no answers
    /// of the person's own: shown, held while the page is open, not kept.
    Lien,
    /// A link from someone else while the person has answers of their own:
    /// shown, and nothing is replaced until they choose which to keep.
    Conflit,
}

/// `adresse`: the answers of the results address; `memoire`: those the app
/// holds; `a_soi`: whether those were given by the person (not taken from
/// an earlier link).
pub fn origine(adresse: &Reponses, memoire: &Reponses, a_soi: bool) -> Origine {
    if memes_hors_sensibles(adresse, memoire) {
        Origine::Siennes
    } else if a_soi && *memoire != Reponses::default() {
        Origine::Conflit
    } else {
        Origine::Lien
    }
}

/// What was found on the device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lu {
    /// Nothing, or answers past their end date (to remove).
    Rien,
    /// Answers, kept until `jusqua` (milliseconds since 1970, as `Date.now()`).
    Reponses { reponses: Reponses, jusqua: u64 },
    /// Something that is not a value of this version (to remove, and say so).
    Illisible,
}

/// The value to keep on the device for these answers at `maintenant`
/// (milliseconds since 1970), with their end date; never a sensitive
/// answer; and that end date. `None` when nothing is left to keep.
pub fn a_garder(r: &Reponses, maintenant: u64) -> Option<(String, u64)> {
    let mut r = sans_sensibles(r, &[]);
    r.invalides.clear();
    let jusqua = maintenant + DUREE_MS;
    (r != Reponses::default()).then(|| (format!("{VERSION}{jusqua}:{}", r.vers_requete()), jusqua))
}

/// The end date of `valeur` if it already keeps these answers (sensitive
/// ones aside): then nothing is written, and the end date does not move
/// (opening the app, or a reload, is not answering).
pub fn deja_garde(valeur: &str, r: &Reponses, maintenant: u64) -> Option<u64> {
    match relire(valeur, maintenant) {
        Lu::Reponses { reponses, jusqua } if memes_hors_sensibles(&reponses, r) => Some(jusqua),
        _ => None,
    }
}

/// Reads a value kept on the device, at `maintenant`. Past its end date it
/// is `Rien`; an end date further than any write could have set, a value
/// of another version or anything unreadable is `Illisible`. A sensitive
/// answer found there (a hand edit) is dropped, not read.
pub fn relire(valeur: &str, maintenant: u64) -> Lu {
    if valeur.len() > TAILLE_MAX {
        return Lu::Illisible;
    }
    let Some((jusqua, requete)) = valeur.strip_prefix(VERSION).and_then(|v| v.split_once(':')) else {
        return Lu::Illisible;
    };
    let Ok(jusqua) = jusqua.parse::<u64>() else {
        return Lu::Illisible;
    };
    if jusqua <= maintenant {
        return Lu::Rien;
    }
    if jusqua > maintenant.saturating_add(DUREE_MS) {
        return Lu::Illisible;
    }
    let reponses = Reponses::depuis_requete(requete);
    if !reponses.invalides.is_empty() {
        return Lu::Illisible;
    }
    Lu::Reponses {
        reponses: sans_sensibles(&reponses, &[]),
        jusqua,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Tri;

    const JOUR: u64 = 86_400_000;
    const MAINTENANT: u64 = 1_790_000_000_000;

    fn r(requete: &str) -> Reponses {
        Reponses::depuis_requete(requete)
    }

    #[test]
    fn seule_l_ase_est_sensible() {
        let sensibles: Vec<Question> = Question::TOUTES.into_iter().filter(|q| q.sensible()).collect();
        assert_eq!(sensibles, vec![Question::Ase]);
    }

    #[test]
    fn une_reponse_sensible_ne_part_que_cochee() {
        for ase in ["oui", "non", "nsp"] {
            let toutes = r(&format!("age=16&situation=lycee&rep=oui&qpv=non&ase={ase}"));
            assert_eq!(sensibles_donnees(&toutes), vec![Question::Ase]);
            let sans = sans_sensibles(&toutes, &[]);
            assert_eq!(sans.ase, None);
            assert!(!sans.vers_requete().contains("ase"), "{}", sans.vers_requete());
            // Everything else is left as it was.
            assert_eq!(sans.rep, Some(Tri::Oui));
            assert_eq!(sans.qpv, Some(Tri::Non));
            assert_eq!((sans.age, sans.situation), (toutes.age, toutes.situation));
            // Ticked, it goes.
            assert_eq!(sans_sensibles(&toutes, &[Question::Ase]), toutes);
            // A box for another question does not let it through.
            assert_eq!(sans_sensibles(&toutes, &[Question::Rep]).ase, None);
        }
        assert!(sensibles_donnees(&r("age=16&rep=oui&qpv=oui")).is_empty());
    }

    #[test]
    fn rien_de_sensible_n_est_garde_sur_l_appareil() {
        let valeur = a_garder(&r("age=16&situation=lycee&ase=oui"), MAINTENANT)
            .unwrap_or_default()
            .0;
        assert!(!valeur.contains("ase"), "{valeur}");
        assert_eq!(
            relire(&valeur, MAINTENANT),
            Lu::Reponses {
                reponses: r("age=16&situation=lycee"),
                jusqua: MAINTENANT + 30 * JOUR
            }
        );
        // Only the sensitive answer: nothing to keep.
        assert_eq!(a_garder(&r("ase=oui"), MAINTENANT), None);
        assert_eq!(a_garder(&Reponses::default(), MAINTENANT), None);
        // Written by hand on the device, it is not read back either.
        let a_la_main = format!("v2:{}:age=16&ase=oui", MAINTENANT + JOUR);
        assert_eq!(
            relire(&a_la_main, MAINTENANT),
            Lu::Reponses {
                reponses: r("age=16"),
                jusqua: MAINTENANT + JOUR
            }
        );
    }

    #[test]
    fn les_memes_reponses_ne_repoussent_pas_la_date_de_fin() {
        let (valeur, jusqua) = a_garder(&r("age=17&situation=lycee"), MAINTENANT).unwrap_or_default();
        // Ten days later, the same answers (with or without the sensitive one): same end date.
        assert_eq!(
            deja_garde(&valeur, &r("age=17&situation=lycee&ase=oui"), MAINTENANT + 10 * JOUR),
            Some(jusqua)
        );
        // A new answer: written again, 30 days from then.
        assert_eq!(
            deja_garde(&valeur, &r("age=18&situation=lycee"), MAINTENANT + 10 * JOUR),
            None
        );
        // Past the end date: nothing is kept any more.
        assert_eq!(
            deja_garde(&valeur, &r("age=17&situation=lycee"), MAINTENANT + 30 * JOUR),
            None
        );
    }

    #[test]
    fn les_reponses_gardees_finissent_apres_trente_jours() {
        let valeur = a_garder(&r("age=17"), MAINTENANT).unwrap_or_default().0;
        assert!(matches!(relire(&valeur, MAINTENANT + 29 * JOUR), Lu::Reponses { .. }));
        assert_eq!(relire(&valeur, MAINTENANT + 30 * JOUR), Lu::Rien);
        assert_eq!(relire(&valeur, MAINTENANT + 400 * JOUR), Lu::Rien);
        // An end date no write can set (a clock put back, a hand edit).
        assert_eq!(
            relire(&format!("v2:{}:age=17", MAINTENANT + 31 * JOUR), MAINTENANT),
            Lu::Illisible
        );
    }

    #[test]
    fn ce_qui_n_est_pas_de_cette_version_est_illisible() {
        for valeur in [
            "v1?age=17",
            "v2:age=17",
            "v2:abc:age=17",
            "v2:-5:age=17",
            "{pas du json",
            "",
        ] {
            assert_eq!(relire(valeur, MAINTENANT), Lu::Illisible, "{valeur}");
        }
        let pirate = format!("v2:{}:age=abc&situation=pirate", MAINTENANT + JOUR);
        assert_eq!(relire(&pirate, MAINTENANT), Lu::Illisible);
        assert_eq!(relire(&"x".repeat(100_000), MAINTENANT), Lu::Illisible);
    }

    /// The e-mail draft keeps its own box (`courriel`): every answer the
    /// rule calls sensitive is among those it sends only when ticked.
    #[test]
    fn le_courriel_n_envoie_aucune_reponse_sensible_sans_la_case() {
        use crate::engine::courriel::{brouillon, reponses_sensibles};
        use crate::i18n::{Langue, Textes};
        let catalogue = crate::catalogue::embarque().unwrap_or_default();
        let fr = Textes::francais_complet();
        let toutes = r("age=16&situation=lycee&rep=oui&ase=oui&qpv=oui");
        let proposees: Vec<_> = reponses_sensibles(&toutes).into_iter().map(|(c, _)| c).collect();
        for q in Question::SENSIBLES {
            let critere = q.critere().expect("a sensitive question is a condition");
            assert!(proposees.contains(&critere), "{q:?}");
            for p in &catalogue.programmes {
                let sans = brouillon(p, &toutes, false, Langue::Fr);
                assert!(!sans.corps.contains(critere.libelle(&fr)), "{}", sans.corps);
                assert!(
                    brouillon(p, &toutes, true, Langue::Fr)
                        .corps
                        .contains(critere.libelle(&fr))
                );
            }
        }
        assert!(!catalogue.programmes.is_empty());
    }

    #[test]
    fn une_page_sans_la_reponse_sensible_dit_qu_elle_est_inconnue() {
        let c = crate::catalogue::embarque().unwrap_or_default();
        let lien = sans_sensibles(&r("age=16&situation=lycee&ase=oui"), &[]);
        assert_eq!(sensibles_inconnues(&c, &lien), vec![Question::Ase]);
        // Answered ("je ne sais pas" too), or a question that changes nothing at that age: nothing to say.
        assert!(sensibles_inconnues(&c, &r("age=16&situation=lycee&ase=nsp")).is_empty());
        assert!(sensibles_inconnues(&c, &r("age=8&situation=ecole")).is_empty());
    }

    #[test]
    fn un_lien_ne_remplace_jamais_les_reponses_de_la_personne() {
        let miennes = r("age=16&situation=lycee&ase=oui");
        // The questionnaire's own results, or a reload with the answer the device did not keep.
        assert_eq!(origine(&miennes, &miennes, true), Origine::Siennes);
        assert_eq!(origine(&miennes, &r("age=16&situation=lycee"), true), Origine::Siennes);
        // A share link without the sensitive answer: still the same person's answers.
        assert_eq!(origine(&r("age=16&situation=lycee"), &miennes, true), Origine::Siennes);
        // Someone else's results: the person's own are not replaced.
        let autre = r("age=22&situation=etudiant");
        assert_eq!(origine(&autre, &miennes, true), Origine::Conflit);
        // With nothing of their own (or answers taken from an earlier link), nothing to lose.
        assert_eq!(origine(&autre, &Reponses::default(), true), Origine::Lien);
        assert_eq!(origine(&autre, &miennes, false), Origine::Lien);
        // Unreadable parameters do not make answers someone else's.
        let mut abimee = miennes.clone();
        abimee.invalides.push("age=abc".into());
        assert_eq!(origine(&abimee, &miennes, true), Origine::Siennes);
    }
}
