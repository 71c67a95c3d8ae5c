//! The volunteer's side of the eligibility engine against the real catalogue.
//!
//! As in `engine.rs`, most expectations are derived from each programme's
//! `mentors` data (profiles, hours, ages, partner employer), so they keep
//! holding when an association updates its card. The `brochure` module is
//! the exception: it hard-codes who may mentor where, as the brochure says
//! it, and a change of the data that breaks it must be a deliberate one.

use std::collections::BTreeMap;

mod commun;
use commun::cat;

use proptest::prelude::*;
use trouve_ton_mentor::catalogue::{Besoin, Mode, ProfilMentor, Programme, Situation, TrancheAge};
use trouve_ton_mentor::engine::mentor::{
    AIDES, PROFILS, Public, ReponsesMentor, accueil_public, code_profil, evaluer_mentor, score_mentor, verdict_mentor,
};
use trouve_ton_mentor::engine::{
    Evaluation, Modalite, Raison, Regle, Statut, Tri, Valeur, Verdict, aucun_ne_convient, code_besoin,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn programme(id: &str) -> &'static Programme {
    cat()
        .programme(id)
        .unwrap_or_else(|| panic!("programme « {id} » absent du catalogue"))
}

fn verdict_de(p: &Programme, r: &ReponsesMentor) -> Verdict {
    verdict_mentor(p, r).0
}

/// A reason in French, as the results page writes it.
fn dit(x: &Raison, p: &Programme) -> String {
    trouve_ton_mentor::i18n::raisons::ecrire(x, cat(), p, &trouve_ton_mentor::i18n::Textes::francais_complet())
}

fn raisons_de(p: &Programme, r: &ReponsesMentor) -> Vec<Raison> {
    verdict_mentor(p, r).1
}

fn score_de(p: &Programme, r: &ReponsesMentor) -> i32 {
    score_mentor(p, r, &trouve_ton_mentor::i18n::Textes::francais_complet()).0
}

/// Only the profile, plus "oui" to the partner-employer question where the
/// programme asks it: nothing else answered that could lower the verdict.
fn avec_profil(p: &Programme, profil: ProfilMentor) -> ReponsesMentor {
    ReponsesMentor {
        profil: Some(profil),
        employeur: p.mentors.employeur_partenaire.then_some(Tri::Oui),
        ..ReponsesMentor::default()
    }
}

/// Answers that meet every rule of the programme, read from its data: its
/// first profile, a partner employer where it matters, nothing else.
fn favorables(p: &Programme) -> ReponsesMentor {
    avec_profil(
        p,
        *p.mentors
            .profils
            .first()
            .expect("un programme accepte au moins un profil"),
    )
}

/// The verdict of the profile alone, derived from the data.
fn attendu_profil(p: &Programme, profil: ProfilMentor) -> Verdict {
    if p.mentors.profils.contains(&profil) {
        Verdict::Eligible
    } else if p.mentors.profils_a_verifier.contains(&profil) {
        Verdict::AVerifier
    } else {
        Verdict::Ineligible
    }
}

/// The situations of each band, written again here so the test does not
/// read the rule it checks.
fn situations_du_public(public: Public) -> Vec<Situation> {
    use Situation::*;
    match public {
        Public::Enfants => vec![Ecole],
        Public::Ados => vec![College, Lycee],
        Public::JeunesAdultes => vec![Apprenti, Etudiant, RechercheEmploi, Emploi, SansActivite],
    }
}

/// Whether the programme serves a band, from its data: one of the band's
/// situations is taken (or "to check"), and the ages share at least two
/// years (or the programme's single year): touching at an edge, as 11–18
/// and 18–30 do, is not serving.
fn accueil_attendu(p: &Programme, public: Public) -> Verdict {
    let (min, max) = public.ages();
    let communs = (min..=max)
        .filter(|a| (p.eligibilite.age.min..=p.eligibilite.age.max).contains(a))
        .count();
    let ages = communs >= 2 || (communs == 1 && p.eligibilite.age.min == p.eligibilite.age.max);
    let situations = situations_du_public(public);
    if !ages {
        Verdict::Ineligible
    } else if situations.iter().any(|s| p.eligibilite.situations.contains(s)) {
        Verdict::Eligible
    } else if situations
        .iter()
        .any(|s| p.eligibilite.situations_a_verifier.contains(s))
    {
        Verdict::AVerifier
    } else {
        Verdict::Ineligible
    }
}

/// Answers written as the mentor results address.
fn requete(q: &str) -> ReponsesMentor {
    let r = ReponsesMentor::depuis_requete(q);
    assert!(r.invalides.is_empty(), "profil mal écrit « {q} » : {:?}", r.invalides);
    r
}

fn verdicts(r: &ReponsesMentor) -> BTreeMap<String, Verdict> {
    evaluer_mentor(cat(), r, &trouve_ton_mentor::i18n::Textes::francais_complet())
        .into_iter()
        .map(|e| (e.programme_id, e.verdict))
        .collect()
}

/// Asserts the whole verdict table, so a profile also pins down the
/// programmes it does not talk about.
fn assert_verdicts(q: &str, attendus: &[(&str, Verdict)]) {
    let obtenus = verdicts(&requete(q));
    let attendus: BTreeMap<String, Verdict> = attendus.iter().map(|(id, v)| (id.to_string(), *v)).collect();
    assert_eq!(obtenus, attendus, "mentor « {q} »");
}

fn ids(resultats: &[Evaluation]) -> Vec<&str> {
    resultats.iter().map(|e| e.programme_id.as_str()).collect()
}

fn evaluation<'a>(resultats: &'a [Evaluation], id: &str) -> &'a Evaluation {
    resultats
        .iter()
        .find(|e| e.programme_id == id)
        .unwrap_or_else(|| panic!("« {id} » absent des résultats"))
}

/// Everything `evaluer_mentor` promises, whatever the answers: each
/// programme once, consistent with `verdict_mentor` and `score_mentor`,
/// explained, ranked.
fn verifie_resultats(r: &ReponsesMentor, resultats: &[Evaluation]) {
    let c = cat();
    assert_eq!(resultats.len(), c.programmes.len(), "un résultat par programme");
    let mut vus: Vec<&str> = ids(resultats);
    vus.sort_unstable();
    let mut attendus: Vec<&str> = c.programmes.iter().map(|p| p.id.as_str()).collect();
    attendus.sort_unstable();
    assert_eq!(vus, attendus, "chaque programme exactement une fois");

    for e in resultats {
        let p = &c.programmes[e.rang_catalogue];
        assert_eq!(p.id, e.programme_id, "rang_catalogue est la position dans le catalogue");
        let (v, raisons) = verdict_mentor(p, r);
        assert_eq!(e.verdict, v, "{}", p.id);
        assert_eq!(e.raisons, raisons, "{}", p.id);
        let (score, forts) = score_mentor(p, r, &trouve_ton_mentor::i18n::Textes::francais_complet());
        assert_eq!(e.score, score, "{}", p.id);
        assert_eq!(e.points_forts, forts, "{}", p.id);
        assert!(
            e.bascules.is_empty(),
            "{} : pas de « ce qui changerait » côté mentor",
            p.id
        );
        // The verdict is the worst rule: it must be explained by a reason.
        assert!(!e.raisons.is_empty(), "{} : verdict sans raison", p.id);
        assert_eq!(
            e.raisons.iter().map(|x| x.verdict).max(),
            Some(e.verdict),
            "{} : {:?}",
            p.id,
            e.raisons
        );
        // The young people the volunteer chose: never "Correspond" where
        // the programme serves none of them, and no text says it serves a
        // band it does not.
        if !r.publics.is_empty() {
            let meilleur = r
                .publics
                .iter()
                .map(|x| accueil_attendu(p, *x))
                .min()
                .unwrap_or(Verdict::Ineligible);
            assert!(
                e.verdict >= meilleur,
                "{} : {:?} pour {:?} ({:?})",
                p.id,
                e.verdict,
                r.publics,
                e.raisons
            );
            let tx = trouve_ton_mentor::i18n::Textes::francais_complet();
            for x in Public::TOUS
                .iter()
                .filter(|x| accueil_attendu(p, **x) == Verdict::Ineligible)
            {
                let libelle = x.libelle(&tx);
                for raison in e.raisons.iter().filter(|raison| raison.verdict != Verdict::Ineligible) {
                    let texte = dit(raison, p);
                    assert!(!texte.contains(libelle), "{} ne sert pas {x:?} : « {texte} »", p.id);
                }
            }
            for fort in &e.points_forts {
                assert!(
                    Public::TOUS.iter().all(|x| !fort.contains(x.libelle(&tx))),
                    "{} : « {fort} »",
                    p.id
                );
            }
        }
        for raison in &e.raisons {
            let texte = dit(raison, p);
            assert!(!texte.trim().is_empty(), "{} : raison vide", p.id);
            // Same convention as the young people's engine: a reason names
            // the programme, or the age it is about (see `age_mentor`).
            let nomme = texte.contains(&p.nom);
            let age = r.age.is_some_and(|a| texte.contains(&format!("{a} ans")));
            assert!(
                nomme || age,
                "{} : la raison ne nomme ni le programme ni l'âge : « {texte} »",
                p.id
            );
            // And rests on a passage of the brochure.
            assert!(
                !raison.regle.extrait(c, p).is_empty(),
                "{} : {raison:?} sans extrait",
                p.id
            );
        }
    }

    for paire in resultats.windows(2) {
        let (a, b) = (&paire[0], &paire[1]);
        assert!(
            a.verdict <= b.verdict,
            "éligibles, puis à vérifier, puis inéligibles : {} avant {}",
            a.programme_id,
            b.programme_id
        );
        if a.verdict == b.verdict {
            assert!(
                a.score >= b.score,
                "score décroissant : {} ({}) avant {} ({})",
                a.programme_id,
                a.score,
                b.programme_id,
                b.score
            );
            if a.score == b.score {
                assert!(
                    a.rang_catalogue < b.rang_catalogue,
                    "égalité : ordre du catalogue, {} avant {}",
                    a.programme_id,
                    b.programme_id
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 1. Profiles, derived from the data
// ---------------------------------------------------------------------------

mod profils {
    use super::*;

    /// The data the rules read is coherent: a profile is never both taken
    /// and "to check" (the engine would silently pick "taken").
    #[test]
    fn donnees_coherentes() {
        for p in &cat().programmes {
            let m = &p.mentors;
            assert!(!m.profils.is_empty(), "{} : aucun profil de mentor", p.id);
            for x in &m.profils_a_verifier {
                assert!(
                    !m.profils.contains(x),
                    "{} : {x:?} à la fois accepté et à vérifier",
                    p.id
                );
            }
        }
        // `PROFILS` is every profile, once, and its URL codes are distinct.
        let mut codes: Vec<&str> = PROFILS.iter().map(|p| code_profil(*p)).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), PROFILS.len());
    }

    /// Every profile, every programme: accepted → eligible, "to check" →
    /// to check, otherwise ineligible.
    #[test]
    fn chaque_profil_chaque_programme() {
        for p in &cat().programmes {
            for x in PROFILS {
                let attendu = attendu_profil(p, x);
                assert_eq!(verdict_de(p, &avec_profil(p, x)), attendu, "{} / {x:?}", p.id);
                // Without the employer question, a partner-only programme is
                // at best to check.
                let seul = ReponsesMentor {
                    profil: Some(x),
                    ..ReponsesMentor::default()
                };
                let plafond = if p.mentors.employeur_partenaire {
                    Verdict::AVerifier
                } else {
                    Verdict::Eligible
                };
                assert_eq!(
                    verdict_de(p, &seul),
                    attendu.max(plafond),
                    "{} / {x:?} sans employeur",
                    p.id
                );
            }
        }
    }

    #[test]
    fn les_reponses_favorables_rendent_eligible() {
        for p in &cat().programmes {
            let r = favorables(p);
            assert_eq!(
                verdict_de(p, &r),
                Verdict::Eligible,
                "{} : {:?}",
                p.id,
                raisons_de(p, &r)
            );
        }
    }

    #[test]
    fn profil_inconnu_a_verifier() {
        for p in &cat().programmes {
            for employeur in [None, Some(Tri::Oui)] {
                let r = ReponsesMentor {
                    employeur,
                    ..ReponsesMentor::default()
                };
                let (v, raisons) = verdict_mentor(p, &r);
                assert_eq!(v, Verdict::AVerifier, "{} : {raisons:?}", p.id);
                assert!(
                    raisons.iter().any(|x| x.verdict == Verdict::AVerifier
                        && x.regle == Regle::Profil
                        && x.valeur == Valeur::Inconnue),
                    "{} : {raisons:?}",
                    p.id
                );
                let profil = raisons
                    .iter()
                    .find(|x| x.regle == Regle::Profil)
                    .map(|x| dit(x, p))
                    .unwrap_or_default();
                assert!(profil.contains("profil n'est pas indiqué"), "{} : {profil}", p.id);
            }
        }
    }

    /// Every reason of every programme, for every profile (and none), every
    /// employer answer and a few amounts of time, is non-empty and names
    /// the programme.
    #[test]
    fn chaque_raison_nomme_le_programme() {
        let profils: Vec<Option<ProfilMentor>> = std::iter::once(None).chain(PROFILS.map(Some)).collect();
        let employeurs = [None, Some(Tri::Oui), Some(Tri::Non), Some(Tri::Nsp)];
        for p in &cat().programmes {
            for profil in &profils {
                for employeur in employeurs {
                    for heures in [None, Some(0), Some(1), Some(2), Some(3), Some(4), Some(40)] {
                        let r = ReponsesMentor {
                            profil: *profil,
                            employeur,
                            heures,
                            ..ReponsesMentor::default()
                        };
                        let raisons = raisons_de(p, &r);
                        assert!(!raisons.is_empty(), "{} : {r:?}", p.id);
                        for x in raisons {
                            let texte = dit(&x, p);
                            assert!(!texte.trim().is_empty(), "{} : raison vide", p.id);
                            assert!(
                                texte.contains(&p.nom),
                                "{} : « {texte} » ne nomme pas le programme",
                                p.id
                            );
                        }
                    }
                }
            }
        }
    }

    /// The profile's reason rests on the brochure's own words about the
    /// mentors (quoted under it, not pasted into the sentence: «Type de
    /// mentor : actif dans le monde du travail» was), and says where the
    /// volunteer's profile stands: `NonDit` exactly when it is "to check".
    #[test]
    fn la_raison_du_profil_cite_la_brochure() {
        let tx = trouve_ton_mentor::i18n::Textes::francais_complet();
        for p in &cat().programmes {
            for x in PROFILS {
                let raisons = raisons_de(
                    p,
                    &ReponsesMentor {
                        profil: Some(x),
                        ..ReponsesMentor::default()
                    },
                );
                let premiere = &raisons[0];
                assert_eq!(
                    (premiere.regle, &premiere.valeur),
                    (Regle::Profil, &Valeur::Profil(x)),
                    "{} / {x:?}",
                    p.id
                );
                assert_eq!(premiere.verdict, attendu_profil(p, x), "{} / {x:?}", p.id);
                assert_eq!(
                    premiere.statut == Statut::NonDit,
                    premiere.verdict == Verdict::AVerifier,
                    "{} / {x:?}",
                    p.id
                );
                assert_eq!(premiere.regle.extrait(cat(), p), p.mentors.extrait, "{}", p.id);
                let texte = dit(premiere, p);
                assert!(
                    texte.contains(x.libelle(&tx)) && !texte.contains('«'),
                    "{} / {x:?} : « {texte} »",
                    p.id
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 2. The brochure's contract, hard-coded
// ---------------------------------------------------------------------------

mod brochure {
    use super::*;
    use Verdict::{AVerifier, Eligible, Ineligible};

    const IDS: [&str; 6] = [
        "afev",
        "article-1",
        "entreprendre-ensemble",
        "les-ombres",
        "proxite",
        "telemaque",
    ];

    #[test]
    fn les_six_programmes() {
        let ids: Vec<&str> = cat().programmes.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, IDS);
        // Only Télémaque recruits through partner employers.
        for p in &cat().programmes {
            assert_eq!(p.mentors.employeur_partenaire, p.id == "telemaque", "{}", p.id);
        }
    }

    /// AFEV: "des étudiants et des lycéens"; the only one taking lycéens.
    #[test]
    fn lyceen_seulement_a_l_afev() {
        assert_verdicts(
            "profil=lyceen",
            &[
                ("afev", Eligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", Ineligible),
                ("proxite", Ineligible),
                ("telemaque", Ineligible),
            ],
        );
        // Even saying the employer is a partner does not open Télémaque.
        assert_eq!(
            verdicts(&requete("profil=lyceen&employeur=oui"))["telemaque"],
            Ineligible
        );
    }

    /// AFEV (étudiants) and Les Ombres (étudiants et jeunes actifs).
    #[test]
    fn etudiant_afev_et_les_ombres() {
        assert_verdicts(
            "profil=etudiant",
            &[
                ("afev", Eligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", Eligible),
                ("proxite", Ineligible),
                ("telemaque", Ineligible),
            ],
        );
    }

    /// Employees: Article 1 ("des professionnels salariés"), Entreprendre
    /// Ensemble ("mentors expérimentés" of named trades), Proxité ("actif
    /// dans le monde du travail"), Télémaque through a partner employer.
    /// Les Ombres asks for "jeunes actifs" and gives no age: to check.
    #[test]
    fn salarie_d_un_employeur_partenaire() {
        assert_verdicts(
            "profil=salarie&employeur=oui",
            &[
                ("afev", Ineligible),
                ("article-1", Eligible),
                ("entreprendre-ensemble", Eligible),
                ("les-ombres", AVerifier),
                ("proxite", Eligible),
                ("telemaque", Eligible),
            ],
        );
    }

    /// Public employees: named by Entreprendre Ensemble ("Fonction
    /// publique"), Télémaque ("d'une collectivité partenaire") and within
    /// Proxité's "actif dans le monde du travail"; Article 1 says
    /// "salariés" and Les Ombres "jeunes actifs": to check.
    #[test]
    fn agent_public() {
        assert_verdicts(
            "profil=agent-public&employeur=oui",
            &[
                ("afev", Ineligible),
                ("article-1", AVerifier),
                ("entreprendre-ensemble", Eligible),
                ("les-ombres", AVerifier),
                ("proxite", Eligible),
                ("telemaque", Eligible),
            ],
        );
    }

    /// The self-employed: only Proxité's "actif dans le monde du travail"
    /// clearly includes them; the brochure does not say for Article 1
    /// ("salariés"), Entreprendre Ensemble or Les Ombres.
    #[test]
    fn independant() {
        assert_verdicts(
            "profil=independant",
            &[
                ("afev", Ineligible),
                ("article-1", AVerifier),
                ("entreprendre-ensemble", AVerifier),
                ("les-ombres", AVerifier),
                ("proxite", Eligible),
                ("telemaque", Ineligible),
            ],
        );
    }

    /// Work-study students: named by AFEV ("alternants en entreprise"),
    /// students at Les Ombres; partly in work for Article 1 and Proxité.
    #[test]
    fn alternant() {
        assert_verdicts(
            "profil=alternant",
            &[
                ("afev", Eligible),
                ("article-1", AVerifier),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", Eligible),
                ("proxite", AVerifier),
                ("telemaque", Ineligible),
            ],
        );
    }

    /// No programme's card gives its mentors' ages: "jeunes actifs" is not
    /// an age range, so the catalogue must not invent one.
    #[test]
    fn aucun_age_de_mentor_invente() {
        for p in &cat().programmes {
            assert!(p.mentors.age.is_none(), "{} : {:?}", p.id, p.mentors.age);
        }
    }

    /// What each card says about its mentors, as printed: the reasons
    /// quote it ("Ce que dit la brochure").
    #[test]
    fn les_mots_de_la_brochure_sur_les_mentors() {
        let mots: BTreeMap<&str, &str> = cat()
            .programmes
            .iter()
            .map(|p| (p.id.as_str(), p.mentors.extrait.as_str()))
            .collect();
        assert_eq!(
            mots["afev"],
            "Les mentors sont étudiants, alternants en entreprise et lycéens"
        );
        assert_eq!(mots["article-1"], "Mentors actifs dans le monde du travail");
        assert!(
            mots["entreprendre-ensemble"].starts_with("Mentors expérimentés (Industrie"),
            "{}",
            mots["entreprendre-ensemble"]
        );
        assert_eq!(mots["les-ombres"], "Mentors étudiants et jeunes actifs");
        assert_eq!(mots["proxite"], "Type de mentor : actif dans le monde du travail");
        assert!(
            mots["telemaque"].contains("salariés volontaires d’une entreprise ou d’une collectivité partenaire"),
            "{}",
            mots["telemaque"]
        );
    }

    #[test]
    fn salarie_d_un_employeur_non_partenaire() {
        assert_verdicts(
            "profil=salarie&employeur=non",
            &[
                ("afev", Ineligible),
                ("article-1", Eligible),
                ("entreprendre-ensemble", Eligible),
                ("les-ombres", AVerifier),
                ("proxite", Eligible),
                ("telemaque", Ineligible),
            ],
        );
    }

    #[test]
    fn salarie_qui_ne_sait_pas_si_son_employeur_est_partenaire() {
        for q in ["profil=salarie", "profil=salarie&employeur=nsp"] {
            assert_verdicts(
                q,
                &[
                    ("afev", Ineligible),
                    ("article-1", Eligible),
                    ("entreprendre-ensemble", Eligible),
                    ("les-ombres", AVerifier),
                    ("proxite", Eligible),
                    ("telemaque", AVerifier),
                ],
            );
        }
        let r = evaluer_mentor(
            cat(),
            &requete("profil=salarie"),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        let t = evaluation(&r, "telemaque");
        assert!(
            t.raisons.iter().any(|x| x.verdict == AVerifier
                && x.regle == Regle::Employeur
                && dit(x, programme("telemaque")).contains("employeur")),
            "{:?}",
            t.raisons
        );
    }

    /// Retirees are in the brochure's general list, but no card names
    /// them. Article 1 ("Mentors actifs dans le monde du travail") and
    /// Proxité ("Type de mentor : actif dans le monde du travail") say
    /// active: not retirees. Only Entreprendre Ensemble's "Mentors
    /// expérimentés" leaves it open: to check.
    #[test]
    fn retraite() {
        assert_verdicts(
            "profil=retraite",
            &[
                ("afev", Ineligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", AVerifier),
                ("les-ombres", Ineligible),
                ("proxite", Ineligible),
                ("telemaque", Ineligible),
            ],
        );
        for id in ["article-1", "proxite"] {
            let p = programme(id);
            assert!(
                p.mentors.extrait.contains("actif dans le monde du travail")
                    || p.mentors.extrait.contains("actifs dans le monde du travail"),
                "{id}"
            );
            let raison = &raisons_de(p, &requete("profil=retraite"))[0];
            assert_eq!(
                (raison.regle, raison.verdict, raison.statut),
                (Regle::Profil, Ineligible, Statut::Dit),
                "{id}"
            );
        }
    }

    /// "Qui peut être mentor ? Salariés, agents publics, étudiants,
    /// lycéens, retraités": each of them finds at least one programme that
    /// does not turn them down.
    #[test]
    fn chaque_profil_de_la_brochure_trouve_quelque_chose() {
        let generaux = &cat().mentorat.mentors_profils;
        for x in [
            ProfilMentor::Salarie,
            ProfilMentor::AgentPublic,
            ProfilMentor::Etudiant,
            ProfilMentor::Lyceen,
            ProfilMentor::Retraite,
        ] {
            assert!(
                generaux.contains(&x),
                "{x:?} absent de la liste générale de la brochure"
            );
        }
        for x in generaux {
            let r = ReponsesMentor {
                profil: Some(*x),
                employeur: Some(Tri::Oui),
                ..ReponsesMentor::default()
            };
            assert!(
                !aucun_ne_convient(&evaluer_mentor(
                    cat(),
                    &r,
                    &trouve_ton_mentor::i18n::Textes::francais_complet()
                )),
                "{x:?} : rien ne convient"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// 2b. The young people the volunteer would like to support
// ---------------------------------------------------------------------------

mod publics {
    use super::*;
    use Verdict::{AVerifier, Eligible, Ineligible};

    /// Who serves which band, as the brochure describes each programme
    /// (hard-coded: a change of the data that breaks it must be deliberate).
    #[test]
    fn qui_accompagne_qui() {
        use Public::{Ados, Enfants, JeunesAdultes};
        let attendus = [
            ("afev", [Eligible, Eligible, Ineligible]),
            ("article-1", [Ineligible, Ineligible, Eligible]),
            ("entreprendre-ensemble", [Ineligible, Ineligible, Eligible]),
            ("les-ombres", [Ineligible, Eligible, Eligible]),
            ("proxite", [Ineligible, Eligible, Eligible]),
            ("telemaque", [Ineligible, Eligible, Ineligible]),
        ];
        for (id, [enfants, ados, adultes]) in attendus {
            let p = programme(id);
            assert_eq!(
                [
                    accueil_public(p, Enfants),
                    accueil_public(p, Ados),
                    accueil_public(p, JeunesAdultes)
                ],
                [enfants, ados, adultes],
                "{id}"
            );
        }
    }

    /// The rule, on every programme and band, against its derivation here.
    #[test]
    fn accueil_derive_des_donnees() {
        for p in &cat().programmes {
            for x in Public::TOUS {
                assert_eq!(accueil_public(p, x), accueil_attendu(p, x), "{} / {x:?}", p.id);
            }
        }
    }

    /// The review's case: an employee who would like to support children
    /// is welcome nowhere in the CUD, and is told why.
    #[test]
    fn salarie_pour_des_enfants() {
        let q = "profil=salarie&employeur=oui&publics=enfants";
        assert_verdicts(
            q,
            &[
                ("afev", Ineligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", Ineligible),
                ("proxite", Ineligible),
                ("telemaque", Ineligible),
            ],
        );
        for id in ["article-1", "entreprendre-ensemble", "proxite"] {
            let p = programme(id);
            let raisons = raisons_de(p, &requete(q));
            // The profile is welcome; the young people are not the ones chosen.
            assert_eq!(raisons[0].verdict, Eligible, "{id} : {raisons:?}");
            let public: Vec<&Raison> = raisons.iter().filter(|x| x.regle == Regle::Public).collect();
            assert_eq!(public.len(), 1, "{id} : {raisons:?}");
            assert_eq!(
                (public[0].verdict, &public[0].valeur),
                (Ineligible, &Valeur::Publics(vec![Public::Enfants]))
            );
            let texte = dit(public[0], p);
            assert!(
                texte.contains("n'accompagne pas les jeunes que vous avez choisis : des enfants (école élémentaire)"),
                "{id} : « {texte} »"
            );
        }
    }

    /// Teenagers: Article 1 (students) does not "Correspond", and nothing
    /// on its card says it supports collégiens and lycéens.
    #[test]
    fn salarie_pour_des_ados() {
        let q = "profil=salarie&employeur=oui&publics=ados";
        assert_verdicts(
            q,
            &[
                ("afev", Ineligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", AVerifier),
                ("proxite", Eligible),
                ("telemaque", Eligible),
            ],
        );
        let r = evaluer_mentor(cat(), &requete(q), &trouve_ton_mentor::i18n::Textes::francais_complet());
        let article = evaluation(&r, "article-1");
        let p = programme("article-1");
        let textes: Vec<String> = article
            .raisons
            .iter()
            .map(|x| dit(x, p))
            .chain(article.points_forts.iter().cloned())
            .collect();
        assert!(!textes.iter().any(|t| t.starts_with("Accompagne")), "{textes:?}");
        // The public's reason says it does not serve teenagers, and rests
        // on the brochure's words about who it serves.
        let public = article
            .raisons
            .iter()
            .find(|x| x.regle == Regle::Public)
            .expect("la raison du public");
        assert_eq!(public.verdict, Ineligible);
        assert!(
            dit(public, p).contains("n'accompagne pas les jeunes que vous avez choisis : des collégiens et lycéens"),
            "{textes:?}"
        );
        assert_eq!(public.regle.extrait(cat(), p), p.eligibilite.extrait);
    }

    /// One band served is enough: the volunteer would support those.
    #[test]
    fn un_public_servi_suffit() {
        let r = requete("profil=salarie&employeur=oui&publics=enfants,jeunes-adultes");
        let p = programme("article-1");
        assert_eq!(verdict_de(p, &r), Eligible, "{:?}", raisons_de(p, &r));
        let raison = raisons_de(p, &r)
            .into_iter()
            .find(|x| x.regle == Regle::Public)
            .expect("la raison du public");
        assert_eq!(
            raison.valeur,
            Valeur::Publics(vec![Public::JeunesAdultes]),
            "seul le public servi est annoncé"
        );
        assert!(!dit(&raison, p).contains("enfants"), "{raison:?}");
    }

    /// A band only "to check" by the data gives "to check", with its reason.
    #[test]
    fn public_a_verifier() {
        // Entreprendre Ensemble takes lycéens only "to check"; with ages
        // reaching down into 11–17, teenagers would be to check.
        let mut p = programme("entreprendre-ensemble").clone();
        p.eligibilite.age = TrancheAge {
            min: 16,
            max: 30,
            precis: true,
            texte: String::new(),
            extrait: String::new(),
        };
        assert_eq!(accueil_public(&p, Public::Ados), AVerifier);
        let r = requete("profil=salarie&publics=ados");
        let (v, raisons) = verdict_mentor(&p, &r);
        assert_eq!(v, AVerifier, "{raisons:?}");
        let public = raisons
            .iter()
            .find(|x| x.regle == Regle::Public)
            .expect("la raison du public");
        assert_eq!((public.verdict, public.statut), (AVerifier, Statut::NonDit));
        let texte = trouve_ton_mentor::i18n::raisons::ecrire(
            public,
            cat(),
            &p,
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        assert!(
            texte.contains("à demander à l'association") && texte.contains("collégiens"),
            "{texte}"
        );
    }

    /// No band chosen: nothing said, nothing held against anyone.
    #[test]
    fn aucun_public_choisi() {
        for p in &cat().programmes {
            let raisons = raisons_de(p, &favorables(p));
            assert!(
                raisons.iter().all(|x| x.regle != Regle::Public),
                "{} : {raisons:?}",
                p.id
            );
        }
    }
}

// ---------------------------------------------------------------------------
// 3. Hours a month
// ---------------------------------------------------------------------------

mod heures {
    use super::*;

    /// The rule, written from the data: the minimum asked or more is fine,
    /// at least half of it is to check, less is too little.
    fn attendu(p: &Programme, h: u8) -> Verdict {
        let min = p.mentors.heures_mois_min;
        let h = f32::from(h);
        if h >= min {
            Verdict::Eligible
        } else if h >= min / 2.0 {
            Verdict::AVerifier
        } else {
            Verdict::Ineligible
        }
    }

    #[test]
    fn donnees_coherentes() {
        for p in &cat().programmes {
            let m = &p.mentors;
            assert!(
                m.heures_mois_min > 0.0 && m.heures_mois_min <= m.heures_mois_max,
                "{} : {} – {}",
                p.id,
                m.heures_mois_min,
                m.heures_mois_max
            );
        }
    }

    #[test]
    fn chaque_nombre_d_heures() {
        for p in &cat().programmes {
            for h in 0..=200u8 {
                let r = ReponsesMentor {
                    heures: Some(h),
                    ..favorables(p)
                };
                let (v, raisons) = verdict_mentor(p, &r);
                assert_eq!(v, attendu(p, h), "{} à {h} h : {raisons:?}", p.id);
                // Exactly one reason about time. The card of a programme
                // that may take the volunteer shows the commitment below the
                // reasons: the reason then does not say it again, and gives
                // the minimum only to explain a "to check". A programme ruled
                // out hides it: its reason says it.
                let temps: Vec<&Raison> = raisons.iter().filter(|x| x.regle == Regle::Heures).collect();
                assert_eq!(temps.len(), 1, "{} à {h} h : {raisons:?}", p.id);
                assert_eq!(temps[0].valeur, Valeur::Heures(h));
                let texte = &dit(temps[0], p);
                let demande = format!(
                    "au moins {} h par mois",
                    trouve_ton_mentor::i18n::Textes::francais_complet().decimal(p.mentors.heures_mois_min)
                );
                assert_eq!(
                    texte.contains(&demande),
                    v != Verdict::Eligible,
                    "{} à {h} h : « {texte} »",
                    p.id
                );
                assert_eq!(
                    texte.contains(p.mentors.engagement.trim_end_matches('.')),
                    v == Verdict::Ineligible,
                    "{} à {h} h : « {texte} »",
                    p.id
                );
                assert!(texte.contains(&format!("{h} h")), "{} à {h} h : « {texte} »", p.id);
            }
        }
    }

    /// The thresholds, at their edges, for every programme.
    #[test]
    fn bornes() {
        let mut zone_a_verifier = 0;
        for p in &cat().programmes {
            let min = p.mentors.heures_mois_min;
            let v = |h: u8| {
                verdict_de(
                    p,
                    &ReponsesMentor {
                        heures: Some(h),
                        ..favorables(p)
                    },
                )
            };
            let plein = min.ceil() as u8;
            assert_eq!(v(plein), Verdict::Eligible, "{} à {plein} h", p.id);
            assert_eq!(v(200), Verdict::Eligible, "{}", p.id);
            let moitie = (min / 2.0).ceil() as u8;
            if moitie < plein {
                assert_eq!(v(moitie), Verdict::AVerifier, "{} à {moitie} h", p.id);
                assert_eq!(v(plein - 1), Verdict::AVerifier, "{} à {} h", p.id, plein - 1);
                zone_a_verifier += 1;
            }
            if moitie > 0 {
                assert_eq!(v(moitie - 1), Verdict::Ineligible, "{} à {} h", p.id, moitie - 1);
            }
            assert_eq!(v(0), Verdict::Ineligible, "{} à 0 h", p.id);
        }
        assert!(zone_a_verifier > 0, "au moins un programme a une zone « à vérifier »");
    }

    /// Named cases, to read the rule on real figures.
    #[test]
    fn exemples() {
        let v = |id: &str, h: u8| {
            verdict_de(
                programme(id),
                &ReponsesMentor {
                    heures: Some(h),
                    ..favorables(programme(id))
                },
            )
        };
        // Article 1: 3 h a month.
        assert_eq!(v("article-1", 3), Verdict::Eligible);
        assert_eq!(v("article-1", 2), Verdict::AVerifier);
        assert_eq!(v("article-1", 1), Verdict::Ineligible);
        // AFEV and Les Ombres: 1–2 h a week, counted as 4 h a month.
        for id in ["afev", "les-ombres"] {
            assert_eq!(v(id, 4), Verdict::Eligible, "{id}");
            assert_eq!(v(id, 2), Verdict::AVerifier, "{id}");
            assert_eq!(v(id, 1), Verdict::Ineligible, "{id}");
        }
        // One meeting a month: 1 h is enough.
        for id in ["entreprendre-ensemble", "proxite", "telemaque"] {
            assert_eq!(v(id, 1), Verdict::Eligible, "{id}");
            assert_eq!(v(id, 0), Verdict::Ineligible, "{id}");
        }
    }

    #[test]
    fn heures_inconnues_sans_effet() {
        for p in &cat().programmes {
            for x in PROFILS {
                let r = avec_profil(p, x);
                assert!(r.heures.is_none());
                assert_eq!(
                    raisons_de(p, &r).len(),
                    1 + usize::from(p.mentors.employeur_partenaire),
                    "{} / {x:?}",
                    p.id
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 4. The mentor's age
// ---------------------------------------------------------------------------

mod age_mentor {
    use super::*;

    /// The brochure gives no mentor ages (see `brochure::aucun_age_de_mentor_invente`),
    /// but the catalogue may: a programme with a range, inferred or stated.
    fn avec_tranche(precis: bool) -> Programme {
        let mut p = programme("les-ombres").clone();
        p.mentors.age = Some(TrancheAge {
            min: 18,
            max: 35,
            precis,
            texte: "jeunes actifs".into(),
            extrait: String::new(),
        });
        p
    }

    /// Outside an inferred range: to check, never ineligible by age alone;
    /// outside a stated one: ineligible.
    #[test]
    fn hors_tranche() {
        for precis in [false, true] {
            let p = avec_tranche(precis);
            let hors = if precis {
                Verdict::Ineligible
            } else {
                Verdict::AVerifier
            };
            for x in PROFILS {
                let base = avec_profil(&p, x);
                for age in 0..=120u8 {
                    let r = ReponsesMentor {
                        age: Some(age),
                        ..base.clone()
                    };
                    let attendu = if (18..=35).contains(&age) {
                        Verdict::Eligible
                    } else {
                        hors
                    };
                    assert_eq!(
                        verdict_de(&p, &r),
                        attendu.max(attendu_profil(&p, x)),
                        "{x:?} à {age} ans ({precis})"
                    );
                }
            }
            let v = |age: u8| {
                verdict_de(
                    &p,
                    &ReponsesMentor {
                        age: Some(age),
                        ..favorables(&p)
                    },
                )
            };
            assert_eq!(
                (v(17), v(18), v(35), v(36)),
                (hors, Verdict::Eligible, Verdict::Eligible, hors),
                "{precis}"
            );
        }
    }

    /// The age reason gives the age and names the programme.
    #[test]
    fn la_raison_d_age() {
        let p = avec_tranche(false);
        let raisons = raisons_de(
            &p,
            &ReponsesMentor {
                age: Some(60),
                ..favorables(&p)
            },
        );
        let age: Vec<&Raison> = raisons.iter().filter(|x| x.regle == Regle::AgeMentor).collect();
        assert_eq!(age.len(), 1, "{raisons:?}");
        assert_eq!(
            (age[0].verdict, &age[0].valeur, age[0].statut),
            (Verdict::AVerifier, &Valeur::Age(60), Statut::Deduit)
        );
        let texte = trouve_ton_mentor::i18n::raisons::ecrire(
            age[0],
            cat(),
            &p,
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        assert!(texte.contains(&p.nom) && texte.contains("60 ans"), "« {texte} »");
    }

    /// Programmes that say nothing about their mentors' age ignore it.
    #[test]
    fn sans_tranche_l_age_est_ignore() {
        for p in cat().programmes.iter().filter(|p| p.mentors.age.is_none()) {
            let profils: Vec<Option<ProfilMentor>> = std::iter::once(None).chain(PROFILS.map(Some)).collect();
            for profil in profils {
                let base = ReponsesMentor {
                    profil,
                    heures: Some(2),
                    employeur: Some(Tri::Nsp),
                    ..ReponsesMentor::default()
                };
                let sans = verdict_mentor(p, &base);
                for age in (0..=120u8).chain([255]) {
                    assert_eq!(
                        verdict_mentor(
                            p,
                            &ReponsesMentor {
                                age: Some(age),
                                ..base.clone()
                            }
                        ),
                        sans,
                        "{} à {age} ans",
                        p.id
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 5. Scores and ranking
// ---------------------------------------------------------------------------

mod scores {
    use super::*;

    fn sous_ensemble<T: Copy>(tous: &[T], masque: u32) -> Vec<T> {
        tous.iter()
            .enumerate()
            .filter(|(i, _)| masque & (1 << i) != 0)
            .map(|(_, x)| *x)
            .collect()
    }

    #[test]
    fn rien_repondu_score_nul() {
        for p in &cat().programmes {
            assert_eq!(
                score_mentor(
                    p,
                    &ReponsesMentor::default(),
                    &trouve_ton_mentor::i18n::Textes::francais_complet()
                ),
                (0, Vec::new()),
                "{}",
                p.id
            );
            assert_eq!(
                score_de(p, &favorables(p)),
                0,
                "{} : le profil ne compte pas dans le score",
                p.id
            );
            let indifferent = ReponsesMentor {
                modalite: Some(Modalite::Indifferent),
                ..ReponsesMentor::default()
            };
            assert_eq!(score_de(p, &indifferent), 0, "{}", p.id);
        }
    }

    /// Every subset of the other bands, for every band: adding one the
    /// programme serves raises its score, adding one it does not (or only
    /// maybe) changes nothing.
    #[test]
    fn un_public_du_programme_augmente_son_score() {
        let (mut oui, mut non) = (0, 0);
        for p in &cat().programmes {
            for base in [ReponsesMentor::default(), favorables(p)] {
                for (i, public) in Public::TOUS.iter().enumerate() {
                    for masque in (0..1u32 << Public::TOUS.len()).filter(|m| m & (1 << i) == 0) {
                        let sans = ReponsesMentor {
                            publics: sous_ensemble(&Public::TOUS, masque),
                            ..base.clone()
                        };
                        let avec = ReponsesMentor {
                            publics: sous_ensemble(&Public::TOUS, masque | 1 << i),
                            ..base.clone()
                        };
                        let (s, a) = (score_de(p, &sans), score_de(p, &avec));
                        if accueil_attendu(p, *public) == Verdict::Eligible {
                            assert!(a > s, "{} : {public:?} ({:?}) servi, {s} → {a}", p.id, public.ages());
                            oui += 1;
                        } else {
                            assert_eq!(a, s, "{} : {public:?} pas servi", p.id);
                            non += 1;
                        }
                    }
                }
            }
        }
        assert!(oui > 0 && non > 0, "les deux cas existent dans le catalogue");
    }

    /// Named overlaps, to read the rule on real ranges.
    #[test]
    fn publics_exemples() {
        let a = |id: &str, public: Public| {
            score_de(
                programme(id),
                &ReponsesMentor {
                    publics: vec![public],
                    ..ReponsesMentor::default()
                },
            ) > 0
        };
        assert!(a("afev", Public::Enfants));
        assert!(a("afev", Public::Ados));
        assert!(!a("afev", Public::JeunesAdultes));
        assert!(a("entreprendre-ensemble", Public::JeunesAdultes));
        assert!(!a("entreprendre-ensemble", Public::Ados));
        assert!(!a("telemaque", Public::Enfants));
        assert!(a("telemaque", Public::Ados));
        // Ages that only touch are not a public: Article 1's students
        // (ages inferred from 17) are not 11–17, Télémaque's collégiens
        // (up to the bac, 18) are not 18–30, and Proxité starts in 6e.
        assert!(!a("article-1", Public::Ados));
        assert!(!a("telemaque", Public::JeunesAdultes));
        assert!(!a("proxite", Public::Enfants));
    }

    #[test]
    fn une_aide_du_programme_augmente_son_score() {
        let (mut oui, mut non) = (0, 0);
        for p in &cat().programmes {
            for base in [ReponsesMentor::default(), favorables(p)] {
                for (i, aide) in AIDES.iter().enumerate() {
                    for masque in (0..1u32 << AIDES.len()).filter(|m| m & (1 << i) == 0) {
                        let sans = ReponsesMentor {
                            aides: sous_ensemble(&AIDES, masque),
                            ..base.clone()
                        };
                        let avec = ReponsesMentor {
                            aides: sous_ensemble(&AIDES, masque | 1 << i),
                            ..base.clone()
                        };
                        let (s, a) = (score_de(p, &sans), score_de(p, &avec));
                        if p.besoins.contains(aide) {
                            assert!(a > s, "{} : {aide:?} listé, {s} → {a}", p.id);
                            oui += 1;
                        } else {
                            assert_eq!(a, s, "{} : {aide:?} non listé", p.id);
                            non += 1;
                        }
                    }
                }
            }
        }
        assert!(oui > 0 && non > 0, "les deux cas existent dans le catalogue");
    }

    /// What raised the score is said in words: the bands by the reasons
    /// (they decide the verdict too), the help as what the programme
    /// brings young people, not the volunteer's own choice said back.
    #[test]
    fn points_forts_expliques() {
        let tx = trouve_ton_mentor::i18n::Textes::francais_complet();
        for p in &cat().programmes {
            let r = ReponsesMentor {
                publics: Public::TOUS.to_vec(),
                aides: AIDES.to_vec(),
                ..ReponsesMentor::default()
            };
            let (score, forts) = score_mentor(p, &r, &tx);
            let publics = Public::TOUS.iter().any(|x| accueil_attendu(p, *x) == Verdict::Eligible);
            let aides = AIDES.iter().any(|b| p.besoins.contains(b));
            assert_eq!(forts.len(), usize::from(aides), "{} : {forts:?}", p.id);
            assert_eq!(score > 0, publics || aides, "{}", p.id);
            let raisons = raisons_de(p, &r);
            assert_eq!(
                raisons
                    .iter()
                    .any(|x| x.verdict == Verdict::Eligible && x.regle == Regle::Public),
                publics,
                "{} : {raisons:?}",
                p.id
            );
            // One help chosen: the line still says all the programme does.
            for b in AIDES.iter().filter(|b| p.besoins.contains(b)) {
                let (_, forts) = score_mentor(
                    p,
                    &ReponsesMentor {
                        aides: vec![*b],
                        ..ReponsesMentor::default()
                    },
                    &tx,
                );
                assert_eq!(forts.len(), 1, "{} : {forts:?}", p.id);
                assert!(forts[0].contains(&p.nom), "{} : {forts:?}", p.id);
                for besoin in &p.besoins {
                    assert!(
                        forts[0].contains(besoin.libelle(&tx)),
                        "{} : {besoin:?} dans {forts:?}",
                        p.id
                    );
                }
                let premier = forts[0].find(b.libelle(&tx));
                assert!(
                    p.besoins.iter().all(|x| forts[0].find(x.libelle(&tx)) >= premier),
                    "ce qui est choisi d'abord : {forts:?}"
                );
            }
        }
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    enum Place {
        Absent,
        Possible,
        Principal,
    }

    fn place(p: &Programme, mode: Mode) -> Place {
        if p.modalites.format.principal == mode {
            Place::Principal
        } else if p.modalites.format.possible.contains(&mode) {
            Place::Possible
        } else {
            Place::Absent
        }
    }

    /// Principal > possible > no preference stated > absent, compared
    /// across all programmes with nothing else answered.
    #[test]
    fn format_principal_puis_possible_puis_absent() {
        let mut par_place: BTreeMap<Place, Vec<(String, i32)>> = BTreeMap::new();
        for p in &cat().programmes {
            for m in Modalite::TOUTES {
                let Some(mode) = m.mode() else { continue };
                let s = score_de(
                    p,
                    &ReponsesMentor {
                        modalite: Some(m),
                        ..ReponsesMentor::default()
                    },
                );
                par_place.entry(place(p, mode)).or_default().push((p.id.clone(), s));
            }
        }
        assert_eq!(par_place.len(), 3, "chaque place est représentée : {par_place:?}");
        let min = |pl| par_place[&pl].iter().map(|x| x.1).min().unwrap();
        let max = |pl| par_place[&pl].iter().map(|x| x.1).max().unwrap();
        assert!(min(Place::Principal) > max(Place::Possible), "{par_place:?}");
        assert!(min(Place::Possible) > 0, "{par_place:?}");
        assert!(max(Place::Absent) < 0, "{par_place:?}");
    }

    /// Within one programme offering both modes, the main one wins.
    #[test]
    fn format_principal_avant_possible_dans_un_meme_programme() {
        let mut vus = 0;
        for p in cat()
            .programmes
            .iter()
            .filter(|p| !p.modalites.format.possible.is_empty())
        {
            let s = |mode: Mode| {
                let m = Modalite::TOUTES.into_iter().find(|m| m.mode() == Some(mode)).unwrap();
                score_de(
                    p,
                    &ReponsesMentor {
                        modalite: Some(m),
                        ..favorables(p)
                    },
                )
            };
            for possible in &p.modalites.format.possible {
                assert!(s(p.modalites.format.principal) > s(*possible), "{}", p.id);
                vus += 1;
            }
        }
        assert!(vus > 0);
    }
}

mod classement {
    use super::*;

    fn profils_varies() -> Vec<ReponsesMentor> {
        [
            "",
            "profil=salarie",
            "profil=salarie&employeur=oui&publics=ados&aide=scolaire",
            "profil=etudiant&heures=2&modalite=distanciel&publics=enfants,jeunes-adultes&aide=emploi,orientation",
            "profil=retraite&age=67&heures=10&modalite=presentiel&publics=jeunes-adultes&aide=emploi",
            "profil=lyceen&age=16&heures=4&publics=enfants&aide=scolaire",
            "profil=agent-public&age=45&heures=1&employeur=non&modalite=indifferent",
            "profil=sans-emploi&age=30&heures=200",
            "profil=alternant&age=20&heures=8&employeur=nsp&publics=ados,jeunes-adultes&aide=scolaire,orientation,emploi",
        ]
        .iter()
        .map(|q| requete(q))
        .collect()
    }

    #[test]
    fn resultats_coherents_et_classes() {
        for r in profils_varies() {
            verifie_resultats(
                &r,
                &evaluer_mentor(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet()),
            );
        }
    }

    /// Nothing answered: everything to check, score 0, catalogue order.
    #[test]
    fn egalite_totale_ordre_du_catalogue() {
        let r = evaluer_mentor(
            cat(),
            &ReponsesMentor::default(),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        let catalogue: Vec<&str> = cat().programmes.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids(&r), catalogue);
        assert!(
            r.iter().all(|e| e.verdict == Verdict::AVerifier && e.score == 0),
            "{r:?}"
        );
    }

    /// The verdict comes before the score: a student who would like to
    /// help teenagers find their way and work scores higher at Article 1,
    /// which takes neither students as mentors nor teenagers, than at
    /// AFEV, which takes both.
    #[test]
    fn le_verdict_passe_avant_le_score() {
        let r = evaluer_mentor(
            cat(),
            &requete("profil=etudiant&publics=ados&aide=emploi,orientation"),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        let afev = evaluation(&r, "afev");
        let article = evaluation(&r, "article-1");
        assert_eq!(
            (afev.verdict, article.verdict),
            (Verdict::Eligible, Verdict::Ineligible)
        );
        assert!(article.score > afev.score, "{} / {}", article.score, afev.score);
        let rang = |id: &str| ids(&r).iter().position(|x| *x == id).unwrap();
        assert!(rang("afev") < rang("article-1"));
    }

    /// The score comes before the catalogue order among the eligible: a
    /// salaried mentor who would rather meet remotely sees the remote
    /// programmes first (Article 1, mainly remote; then Télémaque, remote
    /// possible; then the in-person-only ones), then Les Ombres, to check.
    #[test]
    fn le_score_passe_avant_l_ordre_du_catalogue() {
        let q = "profil=salarie&employeur=oui&modalite=distanciel";
        let r = evaluer_mentor(cat(), &requete(q), &trouve_ton_mentor::i18n::Textes::francais_complet());
        verifie_resultats(&requete(q), &r);
        assert_eq!(
            ids(&r),
            [
                "article-1",
                "telemaque",
                "entreprendre-ensemble",
                "proxite",
                "les-ombres",
                "afev"
            ]
        );
        let eligibles: Vec<&Evaluation> = r.iter().filter(|e| e.verdict == Verdict::Eligible).collect();
        assert!(
            eligibles.windows(2).any(|w| w[0].rang_catalogue > w[1].rang_catalogue),
            "le score a réordonné : {:?}",
            ids(&r)
        );
    }

    /// Equal scores within a verdict keep the catalogue order.
    #[test]
    fn egalite_de_score_entre_eligibles() {
        let r = evaluer_mentor(
            cat(),
            &requete("profil=salarie&employeur=oui"),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        assert_eq!(
            ids(&r),
            [
                "article-1",
                "entreprendre-ensemble",
                "proxite",
                "telemaque",
                "les-ombres",
                "afev"
            ]
        );
    }
}

// ---------------------------------------------------------------------------
// 6. The results address
// ---------------------------------------------------------------------------

mod lecture {
    use super::*;

    #[test]
    fn exemple_du_contrat() {
        let texte = "profil=salarie&age=40&heures=4&modalite=presentiel&publics=enfants&aide=scolaire&employeur=oui";
        let r = requete(texte);
        assert_eq!(
            r,
            ReponsesMentor {
                profil: Some(ProfilMentor::Salarie),
                age: Some(40),
                heures: Some(4),
                modalite: Some(Modalite::Presentiel),
                publics: vec![Public::Enfants],
                aides: vec![Besoin::Scolaire],
                employeur: Some(Tri::Oui),
                invalides: Vec::new(),
            }
        );
        assert_eq!(r.vers_requete(), texte);
    }

    #[test]
    fn chaque_code_de_profil() {
        for x in PROFILS {
            let q = format!("profil={}", code_profil(x));
            assert_eq!(requete(&q).profil, Some(x));
            assert_eq!(requete(&q).vers_requete(), q);
        }
        assert_eq!(
            requete("?profil=agent%2Dpublic").profil,
            Some(ProfilMentor::AgentPublic)
        );
    }

    #[test]
    fn valeurs_invalides_inconnues_et_signalees() {
        let r = ReponsesMentor::depuis_requete("profil=astronaute&age=abc&heures=-1&publics=bebes");
        assert_eq!(
            r.invalides,
            ["profil=astronaute", "age=abc", "heures=-1", "publics=bebes"]
        );
        assert_eq!(
            r,
            ReponsesMentor {
                invalides: r.invalides.clone(),
                ..ReponsesMentor::default()
            }
        );

        for (q, invalide) in [
            ("age=121", true),
            ("age=120", false),
            ("age=3.5", true),
            ("age=", true),
            ("heures=201", true),
            ("heures=200", false),
            ("heures=0", false),
            ("modalite=peu-importe", true),
            ("employeur=peut-etre", true),
            ("aide=confiance", true),
            ("aide=cuisine", true),
            ("profil=", true),
            ("profil=Salarie", true),
            ("autre=chose", false),
        ] {
            let r = ReponsesMentor::depuis_requete(q);
            assert_eq!(r.invalides.len(), usize::from(invalide), "{q} : {:?}", r.invalides);
        }
    }

    /// A valid band or help next to an invalid one is kept.
    #[test]
    fn listes_en_partie_valides() {
        let r = ReponsesMentor::depuis_requete("publics=ados,bebes,enfants&aide=emploi,cuisine");
        assert_eq!(r.publics, [Public::Enfants, Public::Ados]);
        assert_eq!(r.aides, [Besoin::Emploi]);
        assert_eq!(r.invalides, ["publics=bebes", "aide=cuisine"]);
    }

    /// Bands and helps are sets, in their canonical order, so two links
    /// meaning the same thing score the same.
    #[test]
    fn sans_doublon_dans_l_ordre() {
        let r = requete("publics=jeunes-adultes,enfants,jeunes-adultes&publics=ados&aide=emploi,scolaire&aide=emploi");
        assert_eq!(r.publics, [Public::Enfants, Public::Ados, Public::JeunesAdultes]);
        assert_eq!(r.aides, [Besoin::Scolaire, Besoin::Emploi]);
        assert_eq!(
            r.vers_requete(),
            "publics=enfants,ados,jeunes-adultes&aide=scolaire,emploi"
        );
    }
}

// ---------------------------------------------------------------------------
// 7. Properties
// ---------------------------------------------------------------------------

fn tri() -> impl Strategy<Value = Option<Tri>> {
    prop::option::of(prop::sample::select(Tri::TOUS.to_vec()))
}

fn reponses_avec(
    age: impl Strategy<Value = Option<u8>>,
    heures: impl Strategy<Value = Option<u8>>,
) -> impl Strategy<Value = ReponsesMentor> {
    (
        prop::option::of(prop::sample::select(PROFILS.to_vec())),
        age,
        heures,
        prop::option::of(prop::sample::select(Modalite::TOUTES.to_vec())),
        prop::sample::subsequence(Public::TOUS.to_vec(), 0..=Public::TOUS.len()),
        prop::sample::subsequence(AIDES.to_vec(), 0..=AIDES.len()),
        tri(),
    )
        .prop_map(
            |(profil, age, heures, modalite, publics, aides, employeur)| ReponsesMentor {
                profil,
                age,
                heures,
                modalite,
                publics,
                aides,
                employeur,
                invalides: Vec::new(),
            },
        )
}

/// Any answers the types allow.
fn reponses() -> impl Strategy<Value = ReponsesMentor> {
    reponses_avec(prop::option::of(any::<u8>()), prop::option::of(any::<u8>()))
}

/// What the parser accepts.
fn reponses_valides() -> impl Strategy<Value = ReponsesMentor> {
    reponses_avec(prop::option::of(0u8..=120), prop::option::of(0u8..=200))
}

const CLES: [&str; 9] = [
    "profil",
    "age",
    "heures",
    "modalite",
    "publics",
    "aide",
    "employeur",
    "autre",
    "",
];

fn codes_valides() -> Vec<String> {
    let mut v: Vec<String> = PROFILS.map(|p| code_profil(p).to_string()).to_vec();
    v.extend(Modalite::TOUTES.map(|m| m.code().to_string()));
    v.extend(Tri::TOUS.map(|t| t.code().to_string()));
    v.extend(codes_listes());
    v
}

fn codes_listes() -> Vec<String> {
    let mut v: Vec<String> = Public::TOUS.map(|p| p.code().to_string()).to_vec();
    v.extend(AIDES.map(|b| code_besoin(b).to_string()));
    v
}

fn valeur() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(codes_valides()),
        1 => any::<u16>().prop_map(|n| n.to_string()),
        3 => prop::collection::vec(
            prop_oneof![4 => prop::sample::select(codes_listes()), 1 => "[a-z ]{0,5}"],
            0..6,
        )
        .prop_map(|v| v.join(",")),
        1 => "[%+ 0-9A-Fa-fz-]{0,8}",
        1 => ".{0,12}",
    ]
}

/// `cle=valeur&…` with the contract's keys, and sometimes no `=` or a `?`.
fn requete_aleatoire() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec((prop::sample::select(CLES.to_vec()), valeur(), any::<bool>()), 0..10),
    )
        .prop_map(|(point_d_interrogation, paires)| {
            let corps: Vec<String> = paires
                .into_iter()
                .map(|(cle, valeur, egal)| {
                    if egal {
                        format!("{cle}={valeur}")
                    } else {
                        format!("{cle}{valeur}")
                    }
                })
                .collect();
            format!("{}{}", if point_d_interrogation { "?" } else { "" }, corps.join("&"))
        })
}

/// What any parse result must look like, and it must be canonical: written
/// back and read again, it is the same answers, with nothing invalid.
fn verifie_lecture(r: &ReponsesMentor) {
    assert!(r.age.is_none_or(|a| a <= 120), "{r:?}");
    assert!(r.heures.is_none_or(|h| h <= 200), "{r:?}");
    let rangs: Vec<usize> = r
        .publics
        .iter()
        .map(|x| Public::TOUS.iter().position(|y| y == x).unwrap())
        .collect();
    assert!(
        rangs.windows(2).all(|w| w[0] < w[1]),
        "publics dans l'ordre, sans doublon : {:?}",
        r.publics
    );
    let rangs: Vec<usize> = r
        .aides
        .iter()
        .map(|x| AIDES.iter().position(|y| y == x).expect("une aide de AIDES"))
        .collect();
    assert!(
        rangs.windows(2).all(|w| w[0] < w[1]),
        "aides dans l'ordre, sans doublon : {:?}",
        r.aides
    );
    for i in &r.invalides {
        assert!(i.chars().count() <= 41, "{i:?}");
    }
    let relu = ReponsesMentor::depuis_requete(&r.vers_requete());
    assert!(
        relu.invalides.is_empty(),
        "{:?} → {:?}",
        r.vers_requete(),
        relu.invalides
    );
    assert_eq!(
        relu,
        ReponsesMentor {
            invalides: Vec::new(),
            ..r.clone()
        }
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn aller_retour_par_l_adresse(r in reponses_valides()) {
        let texte = r.vers_requete();
        let relu = ReponsesMentor::depuis_requete(&texte);
        prop_assert!(relu.invalides.is_empty(), "{} → {:?}", texte, relu.invalides);
        prop_assert_eq!(relu, r);
    }

    #[test]
    fn lire_n_importe_quelle_chaine(s in ".*") {
        verifie_lecture(&ReponsesMentor::depuis_requete(&s));
    }

    #[test]
    fn lire_une_requete_bricolee(s in requete_aleatoire()) {
        verifie_lecture(&ReponsesMentor::depuis_requete(&s));
    }

    #[test]
    fn evaluer_ne_panique_pas_et_tient_ses_promesses(r in reponses()) {
        verifie_resultats(&r, &evaluer_mentor(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet()));
    }

    /// Each programme is judged on its own rules: the catalogue's order
    /// only breaks ties (see the same property in tests/engine.rs).
    #[test]
    fn l_ordre_du_catalogue_ne_change_que_les_egalites(r in reponses()) {
        let tx = trouve_ton_mentor::i18n::Textes::francais_complet();
        let mut inverse = cat().clone();
        inverse.programmes.reverse();
        let cle = |e: &Evaluation| (e.programme_id.clone(), e.verdict, e.score, e.raisons.clone(), e.points_forts.clone(), e.bascules.clone());
        let mut a: Vec<_> = evaluer_mentor(cat(), &r, &tx).iter().map(cle).collect();
        let inverses = evaluer_mentor(&inverse, &r, &tx);
        let mut b: Vec<_> = inverses.iter().map(cle).collect();
        prop_assert!(inverses.windows(2).all(|w| (w[0].verdict, -w[0].score) <= (w[1].verdict, -w[1].score)), "{:?}", b);
        a.sort_by(|x, y| x.0.cmp(&y.0));
        b.sort_by(|x, y| x.0.cmp(&y.0));
        prop_assert_eq!(a, b);
    }

    #[test]
    fn employeur_non_vers_oui_n_empire_aucun_verdict(r in reponses()) {
        let non = ReponsesMentor { employeur: Some(Tri::Non), ..r.clone() };
        let oui = ReponsesMentor { employeur: Some(Tri::Oui), ..r };
        for p in &cat().programmes {
            prop_assert!(verdict_de(p, &oui) <= verdict_de(p, &non), "{}", p.id);
        }
    }

    /// Once a band is chosen, choosing another can only widen what fits.
    #[test]
    fn un_public_de_plus_n_empire_aucun_verdict(r in reponses(), public in prop::sample::select(Public::TOUS.to_vec())) {
        prop_assume!(!r.publics.is_empty());
        let mut plus = r.clone();
        if !plus.publics.contains(&public) {
            plus.publics.push(public);
        }
        for p in &cat().programmes {
            prop_assert!(verdict_de(p, &plus) <= verdict_de(p, &r), "{} : {:?} puis {:?}", p.id, r.publics, plus.publics);
        }
    }

    #[test]
    fn plus_d_heures_n_empire_aucun_verdict(r in reponses(), a in any::<u8>(), b in any::<u8>()) {
        let (moins, plus) = (a.min(b), a.max(b));
        let r_moins = ReponsesMentor { heures: Some(moins), ..r.clone() };
        let r_plus = ReponsesMentor { heures: Some(plus), ..r };
        for p in &cat().programmes {
            prop_assert!(verdict_de(p, &r_plus) <= verdict_de(p, &r_moins), "{} : {} h puis {} h", p.id, moins, plus);
        }
    }
}
