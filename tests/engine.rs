//! The eligibility engine against the real catalogue.
//!
//! Most tests derive their expectations from the catalogue's own rules
//! (ages, situations, conditions), so they keep holding when an association
//! updates its card; the named profiles of `profils` are the exception: they
//! are the business contract taken from the brochure, and a change of the
//! data that breaks them must be a deliberate one.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

mod commun;
use commun::{cat, langue};

use proptest::prelude::*;
use trouve_ton_mentor::catalogue::{Besoin, Catalogue, Critere, Mode, Niveau, Programme, Situation};
use trouve_ton_mentor::engine::{
    BESOINS, Evaluation, MARGE_AGE_INDICATIF, Modalite, Pour, Question, Raison, Regle, Reponses, Statut, Tri, Valeur,
    Verdict, aucun_ne_convient, evaluer, questions_utiles, score, verdict,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn programme(id: &str) -> &'static Programme {
    cat()
        .programme(id)
        .unwrap_or_else(|| panic!("programme « {id} » absent du catalogue"))
}

const CRITERES: [Critere; 3] = [Critere::Rep, Critere::Ase, Critere::Qpv];

/// A copy of the answers with one condition set to exactly this answer
/// (`None`: the question was never answered, unlike `Some(Tri::Nsp)`).
fn avec(r: &Reponses, critere: Critere, t: Option<Tri>) -> Reponses {
    let mut r = r.clone();
    match critere {
        Critere::Rep => r.rep = t,
        Critere::Ase => r.ase = t,
        Critere::Qpv => r.qpv = t,
    }
    r
}

/// The ages both the programme and mentoring as a whole take.
fn ages_acceptes(p: &Programme) -> RangeInclusive<u8> {
    let m = &cat().mentorat;
    p.eligibilite.age.min.max(m.age_min)..=p.eligibilite.age.max.min(m.age_max)
}

/// Answers that meet every rule of the programme, read from its data: an
/// age it takes, its first situation, every condition answered "oui".
/// Nothing else is answered, so other programmes' rules stay out of it.
fn favorables(p: &Programme) -> Reponses {
    let mut r = Reponses {
        age: Some(*ages_acceptes(p).start()),
        situation: Some(
            *p.eligibilite
                .situations
                .first()
                .expect("un programme accepte au moins une situation"),
        ),
        ..Reponses::default()
    };
    for c in &p.eligibilite.conditions {
        r = avec(&r, c.critere, Some(Tri::Oui));
    }
    r
}

/// The best verdict any answers can give the programme, as the brochure
/// says it (not derived from the catalogue, so that the engine's reading
/// of the catalogue is checked against it): Télémaque takes only the REP
/// collèges that are its partners (10 places on the CUD), which no
/// question asks, so at best it is "to check"; the others can be a match.
fn meilleur(p: &Programme) -> Verdict {
    const PLAFONNES: [&str; 1] = ["telemaque"];
    if PLAFONNES.contains(&p.id.as_str()) {
        Verdict::AVerifier
    } else {
        Verdict::Eligible
    }
}

/// The catalogue says it the same way: a condition with a part left to
/// check (`reste_a_verifier`) exactly where the brochure has one.
#[test]
fn le_catalogue_plafonne_les_memes_programmes_que_la_brochure() {
    for p in &cat().programmes {
        let plafonne = p.eligibilite.conditions.iter().any(|c| c.reste_a_verifier.is_some());
        assert_eq!(plafonne, meilleur(p) == Verdict::AVerifier, "{}", p.id);
    }
}

/// A reason in French, as the results page writes it.
fn dit(raison: &Raison, p: &Programme) -> String {
    trouve_ton_mentor::i18n::raisons::ecrire(raison, cat(), p, &trouve_ton_mentor::i18n::Textes::francais_complet())
}

fn verdict_de(p: &Programme, r: &Reponses) -> Verdict {
    verdict(cat(), p, r).0
}

fn score_de(p: &Programme, r: &Reponses) -> i32 {
    score(p, r, &trouve_ton_mentor::i18n::Textes::francais_complet()).0
}

/// Answers written as the results address: the profiles then read like the
/// links people share.
fn requete(q: &str) -> Reponses {
    let r = Reponses::depuis_requete(q);
    assert!(r.invalides.is_empty(), "profil mal écrit « {q} » : {:?}", r.invalides);
    r
}

fn verdicts(r: &Reponses) -> BTreeMap<String, Verdict> {
    evaluer(cat(), r, &trouve_ton_mentor::i18n::Textes::francais_complet())
        .into_iter()
        .map(|e| (e.programme_id, e.verdict))
        .collect()
}

fn evaluation<'a>(resultats: &'a [Evaluation], id: &str) -> &'a Evaluation {
    resultats
        .iter()
        .find(|e| e.programme_id == id)
        .unwrap_or_else(|| panic!("« {id} » absent des résultats"))
}

/// Asserts the whole verdict table, so a profile also pins down the
/// programmes it does not talk about.
fn assert_verdicts(q: &str, attendus: &[(&str, Verdict)]) {
    let obtenus = verdicts(&requete(q));
    let attendus: BTreeMap<String, Verdict> = attendus.iter().map(|(id, v)| (id.to_string(), *v)).collect();
    assert_eq!(obtenus, attendus, "profil « {q} »");
}

fn ids(resultats: &[Evaluation]) -> Vec<&str> {
    resultats.iter().map(|e| e.programme_id.as_str()).collect()
}

/// Everything `evaluer` promises, whatever the answers: each programme
/// once, consistent with `verdict` and `score`, explained, ranked.
fn verifie_resultats(r: &Reponses, resultats: &[Evaluation]) {
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
        let (v, raisons) = verdict(c, p, r);
        assert_eq!(e.verdict, v, "{}", p.id);
        assert_eq!(e.raisons, raisons, "{}", p.id);
        assert_eq!(e.score, score_de(p, r), "{}", p.id);
        // The verdict is the worst rule: it must be explained by a reason.
        assert_eq!(
            e.raisons.iter().map(|x| x.verdict).max(),
            Some(e.verdict),
            "{} : {:?}",
            p.id,
            e.raisons
        );
        for raison in &e.raisons {
            let texte = dit(raison, p);
            let nomme = texte.contains(&p.nom);
            // "16 ans", "1 an": the age as the French counts it.
            let age = r.age.is_some_and(|a| {
                texte.contains(
                    &trouve_ton_mentor::i18n::Textes::francais_complet()
                        .compte(trouve_ton_mentor::i18n::cle::moteur::AGE, usize::from(a)),
                )
            });
            assert!(!texte.trim().is_empty(), "{} : raison vide", p.id);
            assert!(
                nomme || age,
                "{} : la raison ne nomme ni le programme ni l'âge : « {texte} »",
                p.id
            );
            // Every reason rests on a passage of the brochure.
            assert!(
                !raison.regle.extrait(c, p).is_empty(),
                "{} : {raison:?} sans extrait",
                p.id
            );
        }
        if e.verdict == Verdict::Eligible {
            assert!(
                e.bascules.is_empty(),
                "{} est éligible : rien à changer, {:?}",
                p.id,
                e.bascules
            );
        }
        // A condition whose answer is unknown is never a ✓; on a programme
        // other rules rule out it does not apply and is not written at all.
        for raison in e
            .raisons
            .iter()
            .filter(|x| matches!(x.regle, Regle::Condition(_)) && x.valeur == Valeur::Inconnue)
        {
            assert_eq!(raison.verdict, Verdict::AVerifier, "{} : {raison:?}", p.id);
            assert_ne!(
                e.verdict,
                Verdict::Ineligible,
                "{} exclu par ailleurs : {raison:?}",
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

fn verifie_questions(q: &[Question]) {
    assert!(q.starts_with(&[Question::Pour, Question::Age]), "{q:?}");
    let rangs: Vec<usize> = q
        .iter()
        .map(|x| Question::TOUTES.iter().position(|t| t == x).unwrap())
        .collect();
    assert!(
        rangs.windows(2).all(|w| w[0] < w[1]),
        "ordre de Question::TOUTES, sans doublon : {q:?}"
    );
}

// ---------------------------------------------------------------------------
// 1. Ages
// ---------------------------------------------------------------------------

mod ages {
    use super::*;

    /// The rule of the engine's doc, written independently: 5–30 is a hard
    /// limit; a programme's own range is one only when the brochure states it.
    fn attendu(p: &Programme, age: u8) -> Verdict {
        let m = &cat().mentorat;
        let a = &p.eligibilite.age;
        if age < m.age_min || age > m.age_max {
            Verdict::Ineligible
        } else if (a.min..=a.max).contains(&age) {
            Verdict::Eligible
        } else if a.precis {
            Verdict::Ineligible
        } else if age + MARGE_AGE_INDICATIF >= a.min && age <= a.max.saturating_add(MARGE_AGE_INDICATIF) {
            // An indicative range is "to check" only just outside it.
            Verdict::AVerifier
        } else {
            Verdict::Ineligible
        }
    }

    #[test]
    fn bornes_de_chaque_programme() {
        let m = &cat().mentorat;
        // Counted so the test cannot pass by never meeting a case.
        let (mut hors_precis, mut hors_imprecis, mut hors_mentorat) = (0, 0, 0);
        for p in &cat().programmes {
            let a = &p.eligibilite.age;
            assert!(
                m.age_min <= a.min && a.max <= m.age_max,
                "{} : tranche hors des 5–30 ans du mentorat",
                p.id
            );
            let base = favorables(p);
            for age in [a.min, a.max] {
                let r = Reponses {
                    age: Some(age),
                    ..base.clone()
                };
                assert_eq!(verdict_de(p, &r), meilleur(p), "{} à {age} ans (borne)", p.id);
            }
            for age in [a.min.checked_sub(1), a.max.checked_add(1)].into_iter().flatten() {
                let r = Reponses {
                    age: Some(age),
                    ..base.clone()
                };
                let attendu = if age < m.age_min || age > m.age_max {
                    hors_mentorat += 1;
                    Verdict::Ineligible
                } else if a.precis {
                    hors_precis += 1;
                    Verdict::Ineligible
                } else {
                    hors_imprecis += 1;
                    Verdict::AVerifier
                };
                let attendu = attendu.max(meilleur(p));
                assert_eq!(
                    verdict_de(p, &r),
                    attendu,
                    "{} à {age} ans (juste hors de {}–{}, précis : {})",
                    p.id,
                    a.min,
                    a.max,
                    a.precis
                );
            }
        }
        assert!(
            hors_precis > 0 && hors_imprecis > 0 && hors_mentorat > 0,
            "{hors_precis} {hors_imprecis} {hors_mentorat}"
        );
    }

    /// Every age a u8 can hold, not just the boundaries: nothing odd
    /// happens far from them either (0, 255).
    #[test]
    fn tous_les_ages() {
        for p in &cat().programmes {
            let base = favorables(p);
            for age in 0..=u8::MAX {
                let r = Reponses {
                    age: Some(age),
                    ..base.clone()
                };
                assert_eq!(
                    verdict_de(p, &r),
                    attendu(p, age).max(meilleur(p)),
                    "{} à {age} ans",
                    p.id
                );
            }
        }
    }

    #[test]
    fn age_inconnu_a_verifier() {
        for p in &cat().programmes {
            let r = Reponses {
                age: None,
                ..favorables(p)
            };
            assert_eq!(verdict_de(p, &r), Verdict::AVerifier, "{}", p.id);
        }
    }

    /// The brochure's 5–30: even answers made to fit a programme cannot
    /// bring a 4- or 31-year-old in, and the page must say nothing fits.
    #[test]
    fn quatre_et_trente_et_un_ans_nulle_part() {
        let c = cat();
        assert_eq!((c.mentorat.age_min, c.mentorat.age_max), (5, 30));
        let mut profils: Vec<Reponses> = c.programmes.iter().map(favorables).collect();
        profils.push(Reponses::default());
        for base in profils {
            for age in [4, 31] {
                let r = Reponses {
                    age: Some(age),
                    ..base.clone()
                };
                let resultats = evaluer(c, &r, &trouve_ton_mentor::i18n::Textes::francais_complet());
                for e in &resultats {
                    assert_eq!(
                        e.verdict,
                        Verdict::Ineligible,
                        "{} à {age} ans avec {r:?}",
                        e.programme_id
                    );
                }
                assert!(aucun_ne_convient(&resultats), "{age} ans");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 2. Conditions and situations
// ---------------------------------------------------------------------------

mod regles {
    use super::*;

    fn cas(niveau: Niveau) -> [(Option<Tri>, Verdict); 4] {
        match niveau {
            Niveau::Requis => [
                (Some(Tri::Oui), Verdict::Eligible),
                (Some(Tri::Non), Verdict::Ineligible),
                (Some(Tri::Nsp), Verdict::AVerifier),
                (None, Verdict::AVerifier),
            ],
            // A priority cannot exclude: "non" only asks to check. Not
            // knowing may mean "non": to check too, never a match.
            Niveau::Prioritaire => [
                (Some(Tri::Oui), Verdict::Eligible),
                (Some(Tri::Non), Verdict::AVerifier),
                (Some(Tri::Nsp), Verdict::AVerifier),
                (None, Verdict::AVerifier),
            ],
        }
    }

    #[test]
    fn les_reponses_favorables_rendent_eligible() {
        for p in &cat().programmes {
            let (v, raisons) = verdict(cat(), p, &favorables(p));
            assert_eq!(v, meilleur(p), "{} : {raisons:?}", p.id);
            // Age, situation, then one reason per condition.
            assert_eq!(raisons.len(), 2 + p.eligibilite.conditions.len(), "{}", p.id);
        }
    }

    #[test]
    fn chaque_condition_connue_ou_inconnue() {
        let (mut requis, mut prioritaires) = (0, 0);
        for p in &cat().programmes {
            let base = favorables(p);
            for cond in &p.eligibilite.conditions {
                match cond.niveau {
                    Niveau::Requis => requis += 1,
                    Niveau::Prioritaire => prioritaires += 1,
                }
                for (t, attendu) in cas(cond.niveau) {
                    let r = avec(&base, cond.critere, t);
                    let attendu = attendu.max(meilleur(p));
                    assert_eq!(
                        verdict_de(p, &r),
                        attendu,
                        "{} : {:?} {:?} répondu {t:?}",
                        p.id,
                        cond.niveau,
                        cond.critere
                    );
                }
            }
        }
        assert!(
            requis > 0 && prioritaires > 0,
            "le catalogue a des conditions des deux niveaux"
        );
    }

    /// A programme's verdict depends only on its own rules: another
    /// programme's question cannot change it.
    #[test]
    fn condition_absente_sans_effet() {
        for p in &cat().programmes {
            let base = favorables(p);
            for critere in CRITERES
                .into_iter()
                .filter(|k| p.eligibilite.conditions.iter().all(|c| c.critere != *k))
            {
                for t in [None, Some(Tri::Oui), Some(Tri::Non), Some(Tri::Nsp)] {
                    assert_eq!(
                        verdict_de(p, &avec(&base, critere, t)),
                        meilleur(p),
                        "{} : {critere:?} = {t:?}",
                        p.id
                    );
                }
            }
        }
    }

    /// The review's case: with the QPV unknown (never asked, or "je ne
    /// sais pas"), Proxité showed "Correspond" and a ✓ on its QPV priority,
    /// but "À vérifier" with "non". Unknown is now exactly as good as "non".
    #[test]
    fn priorite_inconnue_a_verifier_comme_non() {
        let p = programme("proxite");
        let c = p
            .eligibilite
            .conditions
            .iter()
            .find(|c| c.critere == Critere::Qpv)
            .expect("Proxité a une priorité QPV");
        assert_eq!(c.niveau, Niveau::Prioritaire);
        let non = requete("age=12&situation=college&rep=oui&qpv=non");
        for q in [
            "age=12&situation=college&rep=oui",
            "age=12&situation=college&rep=oui&qpv=nsp",
        ] {
            let r = requete(q);
            let (v, raisons) = verdict(cat(), p, &r);
            assert_eq!(v, Verdict::AVerifier, "{q}");
            let raison = raisons
                .iter()
                .find(|x| x.regle == Regle::Condition(Critere::Qpv))
                .unwrap_or_else(|| panic!("{q} : {raisons:?}"));
            assert_eq!(raison.verdict, Verdict::AVerifier, "{q} : {raison:?}");
            assert!(
                dit(raison, p).contains("à vérifier"),
                "{q} : dit quoi vérifier : {raison:?}"
            );
            assert_eq!((v, score_de(p, &r)), (verdict_de(p, &non), score_de(p, &non)), "{q}");
        }
    }

    /// A 22-year-old job seeker is never asked about the REP: the programmes
    /// with a REP rule are for pupils and already ruled out. Their REP rule
    /// does not apply, so it is neither a ✓ nor something to check.
    #[test]
    fn condition_sans_objet_non_ecrite() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        let r = requete("age=22&situation=recherche-emploi");
        assert!(!questions_utiles(cat(), &r).contains(&Question::Rep));
        let avec_rep: Vec<&Programme> = cat()
            .programmes
            .iter()
            .filter(|p| p.eligibilite.conditions.iter().any(|c| c.critere == Critere::Rep))
            .collect();
        assert!(!avec_rep.is_empty());
        let resultats = evaluer(cat(), &r, &fr);
        for p in &avec_rep {
            let e = evaluation(&resultats, &p.id);
            assert_eq!(e.verdict, Verdict::Ineligible, "{}", p.id);
            assert!(
                e.raisons.iter().all(|x| !matches!(x.regle, Regle::Condition(_))),
                "{} : {:?}",
                p.id,
                e.raisons
            );
        }
        // Answered anyway (a shared link): "scolarisés dans un collège en
        // éducation prioritaire : c'est le cas" would describe a pupil, not
        // this job seeker. The situation explains why it does not fit.
        let resultats = evaluer(cat(), &requete("age=22&situation=recherche-emploi&rep=oui"), &fr);
        for p in &avec_rep {
            let e = evaluation(&resultats, &p.id);
            assert!(
                e.raisons.iter().all(|x| !matches!(x.regle, Regle::Condition(_))),
                "{} : {:?}",
                p.id,
                e.raisons
            );
            assert!(
                e.raisons
                    .iter()
                    .any(|x| x.regle == Regle::Situation && x.verdict == Verdict::Ineligible),
                "{} : {:?}",
                p.id,
                e.raisons
            );
        }
        // In a situation the programme takes, a known answer is explained.
        let e = evaluer(cat(), &requete("age=13&situation=college&rep=oui"), &fr);
        for p in &avec_rep {
            let raisons = &evaluation(&e, &p.id).raisons;
            assert!(
                raisons
                    .iter()
                    .any(|x| x.regle == Regle::Condition(Critere::Rep) && x.valeur == Valeur::Reponse(true)),
                "{} : {raisons:?}",
                p.id
            );
        }
    }

    /// The case: a 9-year-old at a REP primary school. Télémaque
    /// (REP collèges, from 5e) and Proxité (from 6e) do not take pupils of
    /// primary schools: the situation says so, and nothing else is written
    /// (no "collège en éducation prioritaire : c'est le cas", no "âge à
    /// vérifier").
    #[test]
    fn un_ecolier_de_9_ans() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        let resultats = evaluer(cat(), &requete("age=9&cud=oui&situation=ecole&rep=oui"), &fr);
        for id in ["telemaque", "proxite"] {
            let e = evaluation(&resultats, id);
            assert_eq!(e.verdict, Verdict::Ineligible, "{id}");
            let regles: Vec<(Regle, Verdict)> = e.raisons.iter().map(|x| (x.regle, x.verdict)).collect();
            assert_eq!(
                regles,
                [(Regle::Situation, Verdict::Ineligible)],
                "{id} : {:?}",
                e.raisons
            );
        }
        // AFEV takes them, in priority from a REP school: said and ticked.
        let afev = evaluation(&resultats, "afev");
        assert_eq!(afev.verdict, Verdict::Eligible);
        assert!(
            afev.raisons
                .iter()
                .all(|x| x.verdict == Verdict::Eligible && x.statut == Statut::Dit),
            "{:?}",
            afev.raisons
        );
    }

    /// Ages the brochure does not state (inferred from school levels) are
    /// never written: the reason gives the brochure's school levels, is
    /// `Deduit`, and is no ✓ ("16 ans : Proxité accompagne les jeunes de
    /// 11 à 25 ans environ" was shown with a ✓).
    #[test]
    fn des_ages_deduits_se_disent_avec_les_niveaux_de_la_brochure() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        let (mut precis, mut deduits) = (0, 0);
        for p in &cat().programmes {
            let a = &p.eligibilite.age;
            let tranche = fr.tranche_age(a.min, a.max);
            let ages = [
                None,
                Some(9),
                Some(a.min),
                Some(a.max),
                Some(a.max + 1),
                Some(a.max + 3),
            ];
            for age in ages
                .into_iter()
                .filter(|a| a.is_none_or(|a| a <= cat().mentorat.age_max))
            {
                let r = Reponses {
                    age,
                    ..Reponses::default()
                };
                let (_, raisons) = verdict(cat(), p, &r);
                let raison = raisons
                    .iter()
                    .find(|x| x.regle == Regle::Age)
                    .unwrap_or_else(|| panic!("{} : {raisons:?}", p.id));
                let texte = dit(raison, p);
                if a.precis {
                    assert_eq!(raison.statut, Statut::Dit, "{}", p.id);
                    assert!(texte.contains(&tranche), "{} : {texte}", p.id);
                } else {
                    assert_eq!(raison.statut, Statut::Deduit, "{}", p.id);
                    assert!(
                        texte.contains(&a.texte) && !texte.contains(" ans environ"),
                        "{} : {texte}",
                        p.id
                    );
                    assert!(
                        !texte.contains(&format!("{} à", a.min)) && !texte.contains(&format!("à {} ans", a.max)),
                        "{} : {texte}",
                        p.id
                    );
                }
            }
            if a.precis { precis += 1 } else { deduits += 1 }
        }
        assert!(precis > 0 && deduits > 0);
    }

    /// The same for an unknown age or situation: at 34, or outside the
    /// territory, the questionnaire asks nothing more, and the results do
    /// not ask to check the situation on programmes already ruled out.
    #[test]
    fn age_ou_situation_inconnus_sans_objet_non_ecrits() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        for q in ["age=34", "cud=non"] {
            for e in evaluer(cat(), &requete(q), &fr) {
                assert_eq!(e.verdict, Verdict::Ineligible, "{q}");
                assert_eq!(e.raisons.len(), 1, "{q} {} : {:?}", e.programme_id, e.raisons);
                assert_eq!(e.raisons[0].verdict, Verdict::Ineligible, "{q}");
            }
        }
        // Not ruled out: the unknown age and situation are to check.
        for e in evaluer(cat(), &requete("cud=oui"), &fr) {
            assert!(
                e.raisons.iter().filter(|x| x.verdict == Verdict::AVerifier).count() >= 2,
                "{} : {:?}",
                e.programme_id,
                e.raisons
            );
        }
    }

    /// Télémaque's rule is a REP collège that is one of its partners. The
    /// REP answer covers the first part only: "oui" says so, and leaves the
    /// partner part to check, never "c'est le cas" with a ✓.
    #[test]
    fn ce_que_la_question_ne_couvre_pas_reste_a_verifier() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        let p = programme("telemaque");
        let c = p
            .eligibilite
            .conditions
            .iter()
            .find(|c| c.critere == Critere::Rep)
            .expect("Télémaque a une condition REP");
        let reste = c.reste_a_verifier.as_deref().expect("le partenariat est à vérifier");
        assert!(reste.contains("partenaire"), "{reste}");
        let (v, raisons) = verdict(cat(), p, &requete("age=12&situation=college&rep=oui"));
        assert_eq!(v, Verdict::AVerifier, "{raisons:?}");
        let raison = raisons
            .iter()
            .find(|x| x.regle == Regle::Condition(Critere::Rep))
            .unwrap_or_else(|| panic!("{raisons:?}"));
        assert_eq!(
            (raison.verdict, &raison.valeur),
            (Verdict::AVerifier, &Valeur::Reponse(true)),
            "{raison:?}"
        );
        let texte = dit(raison, p);
        assert!(texte.contains("c'est le cas") && texte.contains(reste), "{texte}");
        // Six years from 5e: a pupil in 4e or 3e reads that joining late is to check.
        assert!(reste.contains("4e ou en 3e"), "{reste}");
        // Unknown: both parts are to check; "non": excluded, the rest is moot.
        let (v, raisons) = verdict(cat(), p, &requete("age=12&situation=college&rep=nsp"));
        assert_eq!(v, Verdict::AVerifier);
        assert!(raisons.iter().any(|x| dit(x, p).contains(reste)), "{raisons:?}");
        let (v, raisons) = verdict(cat(), p, &requete("age=12&situation=college&rep=non"));
        assert_eq!(v, Verdict::Ineligible);
        assert!(raisons.iter().all(|x| !dit(x, p).contains(reste)), "{raisons:?}");
        // A ✓ never claims a partner collège, in any profile.
        for r in [
            requete("age=13&situation=college&rep=oui&qpv=oui&besoins=culture"),
            favorables(p),
        ] {
            let resultats = evaluer(cat(), &r, &fr);
            let e = evaluation(&resultats, &p.id);
            assert!(
                e.raisons
                    .iter()
                    .filter(|x| x.verdict == Verdict::Eligible)
                    .all(|x| !dit(x, p).contains("partenaire")),
                "{e:#?}"
            );
        }
    }

    #[test]
    fn chaque_situation() {
        let mut a_verifier = 0;
        for p in &cat().programmes {
            let base = favorables(p);
            let e = &p.eligibilite;
            for s in Situation::TOUTES {
                let attendu = if e.situations.contains(&s) {
                    Verdict::Eligible
                } else if e.situations_a_verifier.contains(&s) {
                    a_verifier += 1;
                    Verdict::AVerifier
                } else {
                    Verdict::Ineligible
                };
                let r = Reponses {
                    situation: Some(s),
                    ..base.clone()
                };
                assert_eq!(verdict_de(p, &r), attendu.max(meilleur(p)), "{} : {s:?}", p.id);
            }
            let r = Reponses {
                situation: None,
                ..base.clone()
            };
            assert_eq!(verdict_de(p, &r), Verdict::AVerifier, "{} : situation inconnue", p.id);
        }
        assert!(a_verifier > 0, "le catalogue a des situations à vérifier");
    }
}

// ---------------------------------------------------------------------------
// 3. Profiles from the brochure (the business contract, hard-coded)
// ---------------------------------------------------------------------------

mod profils {
    use super::*;
    use Verdict::{AVerifier, Eligible, Ineligible};

    #[test]
    fn ecolier_de_9_ans_en_rep() {
        // Only the AFEV takes primary-school children (5–15 ans).
        assert_verdicts(
            "age=9&situation=ecole&rep=oui",
            &[
                ("afev", Eligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", Ineligible),
                ("proxite", Ineligible),
                ("telemaque", Ineligible),
            ],
        );
    }

    #[test]
    fn collegien_de_12_ans_en_rep_plus() {
        // Proxité's QPV is a priority, not a requirement: unknown, it is to
        // check (it may be "non"), and "oui" makes it a match. Télémaque
        // takes pupils of REP collèges that are its partners (10 places on
        // the CUD): the REP question does not say which, so to check. Les
        // Ombres starts at 14, stated in the brochure.
        assert_verdicts(
            "age=12&situation=college&rep=oui",
            &[
                ("afev", Eligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", Ineligible),
                ("proxite", AVerifier),
                ("telemaque", AVerifier),
            ],
        );
        assert_eq!(
            verdicts(&requete("age=12&situation=college&rep=oui&qpv=oui"))["proxite"],
            Eligible
        );
    }

    #[test]
    fn lyceen_de_16_ans_suivi_par_l_ase() {
        // Télémaque: lycéens are "à vérifier" (it follows its collégiens to
        // the bac but does not say it takes new lycéens) and the REP is
        // unknown. AFEV stops at 15 and Entreprendre Ensemble starts at 18,
        // both stated; Article 1's 17 is only inferred ("étudiants") but a
        // lycéen is not a student anyway. Proxité: its priority is a QPV
        // or a referral by a socio-educative structure, and the brochure
        // lists the Aide sociale à l'enfance among its partners: met.
        assert_verdicts(
            "age=16&situation=lycee&ase=oui",
            &[
                ("afev", Ineligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Ineligible),
                ("les-ombres", Eligible),
                ("proxite", Eligible),
                ("telemaque", AVerifier),
            ],
        );
    }

    #[test]
    fn lyceen_de_16_ans_pas_suivi_par_l_ase() {
        let v = verdicts(&requete("age=16&situation=lycee&ase=non"));
        assert_eq!(v["les-ombres"], Ineligible);
        // The ASE answer is Les Ombres' rule, and meets Proxité's priority
        // (the brochure lists the ASE among its partners): nobody else's.
        let avec_ase = verdicts(&requete("age=16&situation=lycee&ase=oui"));
        assert_eq!((v["proxite"], avec_ase["proxite"]), (AVerifier, Eligible));
        for (id, verdict) in &v {
            if id != "les-ombres" && id != "proxite" {
                assert_eq!(*verdict, avec_ase[id], "{id}");
            }
        }
    }

    #[test]
    fn etudiant_de_20_ans() {
        // Entreprendre Ensemble: the brochure says "18 à 30 ans … insertion
        // sociale et professionnelle" without including or excluding
        // students, and the data lists `etudiant` in situations_a_verifier:
        // to check, not ineligible. Les Ombres: ASE unanswered, it is
        // required, so to check. Proxité takes students up to the first
        // jobs; its QPV priority is not answered, so to check.
        assert_verdicts(
            "age=20&situation=etudiant",
            &[
                ("afev", Ineligible),
                ("article-1", Eligible),
                ("entreprendre-ensemble", AVerifier),
                ("les-ombres", AVerifier),
                ("proxite", AVerifier),
                ("telemaque", Ineligible),
            ],
        );
    }

    #[test]
    fn demandeur_d_emploi_de_24_ans() {
        // Article 1 is for students only; Les Ombres stops at 21 (stated).
        // Proxité: QPV priority not answered.
        assert_verdicts(
            "age=24&situation=recherche-emploi",
            &[
                ("afev", Ineligible),
                ("article-1", Ineligible),
                ("entreprendre-ensemble", Eligible),
                ("les-ombres", Ineligible),
                ("proxite", AVerifier),
                ("telemaque", Ineligible),
            ],
        );
    }

    #[test]
    fn un_profil_de_la_brochure_trouve_toujours_quelque_chose() {
        for q in [
            "age=9&situation=ecole&rep=oui",
            "age=12&situation=college&rep=oui",
            "age=16&situation=lycee&ase=oui",
            "age=16&situation=lycee&ase=non",
            "age=20&situation=etudiant",
            "age=24&situation=recherche-emploi",
        ] {
            assert!(
                !aucun_ne_convient(&evaluer(
                    cat(),
                    &requete(q),
                    &trouve_ton_mentor::i18n::Textes::francais_complet()
                )),
                "{q}"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// 4. Results: reasons, one per programme, ranking
// ---------------------------------------------------------------------------

mod classement {
    use super::*;

    /// Profiles meant to spread the programmes over the three verdicts
    /// and over several scores.
    fn profils_varies() -> Vec<Reponses> {
        let mut r: Vec<Reponses> = [
            "",
            "age=9&situation=ecole&rep=oui",
            "age=12&situation=college&rep=oui&besoins=culture",
            "age=16&situation=lycee&ase=oui&besoins=orientation,emploi&modalite=distanciel",
            "age=16&situation=lycee&ase=nsp&qpv=oui&modalite=presentiel",
            "age=20&situation=etudiant&besoins=scolaire,confiance",
            "age=24&situation=recherche-emploi&besoins=langue&modalite=indifferent",
            "age=30&situation=emploi&rep=non&ase=non&qpv=non",
            "pour=enfant&age=4",
            "age=31&situation=etudiant",
            "situation=college",
        ]
        .into_iter()
        .map(requete)
        .collect();
        r.extend(cat().programmes.iter().map(favorables));
        r
    }

    #[test]
    fn resultats_coherents_et_classes() {
        let mut groupes = std::collections::BTreeSet::new();
        for r in profils_varies() {
            let resultats = evaluer(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet());
            verifie_resultats(&r, &resultats);
            groupes.extend(resultats.iter().map(|e| e.verdict));
        }
        assert_eq!(groupes.len(), 3, "les trois verdicts sont rencontrés");
    }

    /// Nothing answered: every programme is "to check" with a score of 0,
    /// so the order is the catalogue's (a shared empty link lists them
    /// the same way every time).
    #[test]
    fn egalite_totale_ordre_du_catalogue() {
        let resultats = evaluer(
            cat(),
            &Reponses::default(),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        let catalogue: Vec<&str> = cat().programmes.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids(&resultats), catalogue);
        assert!(
            resultats
                .iter()
                .all(|e| e.verdict == Verdict::AVerifier && e.score == 0),
            "{resultats:#?}"
        );
    }

    #[test]
    fn egalite_de_score_entre_eligibles() {
        let resultats = evaluer(
            cat(),
            &requete("age=12&situation=college&rep=oui&qpv=oui"),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        let eligibles: Vec<(&str, i32)> = resultats
            .iter()
            .filter(|e| e.verdict == Verdict::Eligible)
            .map(|e| (e.programme_id.as_str(), e.score))
            .collect();
        // AFEV (REP priority) and Proxité (QPV priority) tie at 2 and keep
        // the catalogue's order.
        assert_eq!(eligibles, [("afev", 2), ("proxite", 2)]);
        // The ineligible ones tie too, in catalogue order.
        assert_eq!(
            &ids(&resultats)[3..],
            ["article-1", "entreprendre-ensemble", "les-ombres"]
        );
    }

    #[test]
    fn le_score_passe_avant_l_ordre_du_catalogue() {
        // "culture": Télémaque (+3) now beats Proxité (0) despite its rank
        // (both to check: a partner collège, the QPV).
        let resultats = evaluer(
            cat(),
            &requete("age=12&situation=college&rep=oui&besoins=culture"),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        assert_eq!(&ids(&resultats)[..3], ["afev", "telemaque", "proxite"]);
    }

    /// A high score never lifts a programme above a better verdict.
    #[test]
    fn le_verdict_passe_avant_le_score() {
        // Les Ombres matches every need asked but is only "to check" (ASE
        // unknown); Proxité matches fewer but is eligible.
        let r =
            requete("age=16&situation=lycee&qpv=oui&besoins=orientation,emploi,demarches,scolaire&modalite=distanciel");
        let resultats = evaluer(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet());
        let ombres = evaluation(&resultats, "les-ombres");
        let proxite = evaluation(&resultats, "proxite");
        assert_eq!(
            (ombres.verdict, proxite.verdict),
            (Verdict::AVerifier, Verdict::Eligible)
        );
        assert!(ombres.score > proxite.score, "{} > {}", ombres.score, proxite.score);
        let position = |id: &str| resultats.iter().position(|e| e.programme_id == id).unwrap();
        assert!(position("proxite") < position("les-ombres"));
    }

    #[test]
    fn hors_mentorat_la_raison_donne_l_age() {
        for age in [4, 31] {
            let resultats = evaluer(
                cat(),
                &Reponses {
                    age: Some(age),
                    ..Reponses::default()
                },
                &trouve_ton_mentor::i18n::Textes::francais_complet(),
            );
            for e in &resultats {
                let p = programme(&e.programme_id);
                assert!(
                    e.raisons
                        .iter()
                        .any(|r| r.verdict == Verdict::Ineligible && dit(r, p).contains(&format!("{age} ans"))),
                    "{e:#?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 5. Scoring
// ---------------------------------------------------------------------------

mod scores {
    use super::*;

    fn avec_besoins(r: &Reponses, masque: u32) -> Reponses {
        let besoins: Vec<Besoin> = BESOINS
            .iter()
            .enumerate()
            .filter(|(i, _)| masque & (1 << i) != 0)
            .map(|(_, b)| *b)
            .collect();
        Reponses { besoins, ..r.clone() }
    }

    /// Every subset of the other needs, for every need: adding one the
    /// programme lists always helps, adding one it does not list never does.
    #[test]
    fn un_besoin_du_programme_augmente_son_score() {
        for p in &cat().programmes {
            for base in [Reponses::default(), favorables(p)] {
                for (i, b) in BESOINS.iter().enumerate() {
                    for masque in (0..1u32 << BESOINS.len()).filter(|m| m & (1 << i) == 0) {
                        let sans = score_de(p, &avec_besoins(&base, masque));
                        let avec = score_de(p, &avec_besoins(&base, masque | 1 << i));
                        if p.besoins.contains(b) {
                            assert!(avec > sans, "{} : {b:?} listé, {sans} → {avec}", p.id);
                        } else {
                            assert_eq!(avec, sans, "{} : {b:?} non listé", p.id);
                        }
                    }
                }
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
            let neutre = score_de(p, &Reponses::default());
            assert_eq!(neutre, 0, "{}", p.id);
            assert_eq!(
                score_de(
                    p,
                    &Reponses {
                        modalite: Some(Modalite::Indifferent),
                        ..Reponses::default()
                    }
                ),
                neutre,
                "{}",
                p.id
            );
            for m in Modalite::TOUTES {
                let Some(mode) = m.mode() else { continue };
                let s = score_de(
                    p,
                    &Reponses {
                        modalite: Some(m),
                        ..Reponses::default()
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
                    &Reponses {
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

    #[test]
    fn une_priorite_remplie_compte() {
        for p in &cat().programmes {
            for c in p
                .eligibilite
                .conditions
                .iter()
                .filter(|c| c.niveau == Niveau::Prioritaire)
            {
                let base = favorables(p);
                let oui = score_de(p, &avec(&base, c.critere, Some(Tri::Oui)));
                for autre in [None, Some(Tri::Nsp), Some(Tri::Non)] {
                    assert!(
                        oui > score_de(p, &avec(&base, c.critere, autre)),
                        "{} : {:?}",
                        p.id,
                        c.critere
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 6. "What would change it"
// ---------------------------------------------------------------------------

mod bascules {
    use super::*;

    #[test]
    fn ase_inconnue_pour_les_ombres() {
        for q in [
            "age=16&situation=lycee",
            "age=16&situation=lycee&ase=nsp",
            "age=16&situation=lycee&ase=non",
        ] {
            let resultats = evaluer(cat(), &requete(q), &trouve_ton_mentor::i18n::Textes::francais_complet());
            let e = evaluation(&resultats, "les-ombres");
            assert_ne!(e.verdict, Verdict::Eligible, "{q}");
            assert!(!e.bascules.is_empty(), "{q} : {e:#?}");
            // The condition's own words, not a code.
            assert!(
                e.bascules.iter().any(|b| b.texte.contains("Aide sociale à l'enfance")),
                "{q} : {:?}",
                e.bascules
            );
        }
    }

    #[test]
    fn rien_a_changer_pour_un_eligible() {
        let resultats = evaluer(
            cat(),
            &requete("age=16&situation=lycee&ase=oui"),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        let e = evaluation(&resultats, "les-ombres");
        assert_eq!(e.verdict, Verdict::Eligible);
        assert!(e.bascules.is_empty(), "{:?}", e.bascules);
        for p in &cat().programmes {
            let resultats = evaluer(
                cat(),
                &favorables(p),
                &trouve_ton_mentor::i18n::Textes::francais_complet(),
            );
            assert!(evaluation(&resultats, &p.id).bascules.is_empty(), "{}", p.id);
        }
    }

    /// The age is not offered as a switch: the reasons already explain it.
    #[test]
    fn pas_de_bascule_sur_l_age() {
        let resultats = evaluer(
            cat(),
            &requete("age=12&situation=college&rep=oui&ase=oui"),
            &trouve_ton_mentor::i18n::Textes::francais_complet(),
        );
        let e = evaluation(&resultats, "les-ombres");
        assert_eq!(e.verdict, Verdict::Ineligible);
        assert!(e.bascules.is_empty(), "{:?}", e.bascules);
    }

    /// Each switch offered really works: applied alone, the programme
    /// becomes eligible (checked on the situation ones, whose text names
    /// the situation).
    #[test]
    fn une_situation_proposee_rend_eligible() {
        let p = programme("les-ombres");
        let r = requete("age=16&ase=oui");
        let resultats = evaluer(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet());
        let e = evaluation(&resultats, &p.id);
        assert_eq!(e.verdict, Verdict::AVerifier);
        assert_eq!(e.bascules.len(), p.eligibilite.situations.len(), "{:?}", e.bascules);
        for s in &p.eligibilite.situations {
            assert!(
                e.bascules.iter().any(|b| b
                    .texte
                    .contains(s.libelle(&trouve_ton_mentor::i18n::Textes::francais_complet()))),
                "{s:?} : {:?}",
                e.bascules
            );
            assert_eq!(
                verdict_de(
                    p,
                    &Reponses {
                        situation: Some(*s),
                        ..r.clone()
                    }
                ),
                Verdict::Eligible
            );
        }
    }

    /// A programme ruled out also says which one answer would make it
    /// possible, when that answer leaves something to check: a collégien
    /// outside REP learns that Télémaque takes REP collèges (partner ones,
    /// to check), instead of being told nothing would change it.
    #[test]
    fn ecarte_dit_ce_qui_le_rendrait_possible() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        let r = requete("age=12&situation=college&rep=non&qpv=non");
        let resultats = evaluer(cat(), &r, &fr);
        let e = evaluation(&resultats, "telemaque");
        assert_eq!(e.verdict, Verdict::Ineligible);
        let textes: Vec<String> = e.bascules.iter().map(|b| b.texte.replace('\u{a0}', " ")).collect();
        assert_eq!(
            textes,
            [
                "Si le jeune est parmi ceux scolarisés dans un collège en éducation prioritaire (REP ou REP+) : ce programme pourrait lui correspondre. \
                 Reste à vérifier avec l'association : le collège doit être partenaire de Télémaque (10 places sur la CUD) ; l'accompagnement dure 6 ans à partir de la 5e, une entrée en 4e ou en 3e est donc à vérifier."
            ]
        );
        assert_eq!(
            verdict_de(programme("telemaque"), &r.avec_critere(Critere::Rep, Some(true))),
            Verdict::AVerifier
        );
        // Already "to check": only what would make it a match is said.
        let resultats = evaluer(cat(), &requete("age=12&situation=college&rep=nsp"), &fr);
        assert!(evaluation(&resultats, "telemaque").bascules.is_empty());
        // Not to someone the programme does not take (a lycéen has left collège).
        let resultats = evaluer(cat(), &requete("age=16&situation=lycee&rep=non"), &fr);
        assert!(evaluation(&resultats, "telemaque").bascules.is_empty());
    }

    /// The review's cases: a situation that only reaches "to check"
    /// (through an imprecise age band) is never offered. A ten-year-old's
    /// parent was told Proxité "could suit" their child as a job seeker.
    #[test]
    fn pas_de_situation_improbable() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        for (q, id) in [
            ("pour=enfant&age=10&situation=ecole&rep=non", "proxite"),
            ("age=19&situation=emploi&ase=non", "telemaque"),
            ("age=20&situation=sans-activite", "telemaque"),
            ("age=15&situation=sans-activite&rep=non", "afev"),
            ("age=15&situation=sans-activite&rep=non", "article-1"),
        ] {
            let resultats = evaluer(cat(), &requete(q), &fr);
            let e = evaluation(&resultats, id);
            assert_eq!(e.verdict, Verdict::Ineligible, "{q} {id}");
            assert!(e.bascules.is_empty(), "{q} {id} : {:?}", e.bascules);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every switch offered is true: its one answer, applied alone, gives
    /// the verdict it announces (a match, or "to check" for a programme
    /// ruled out), and never a worse one.
    #[test]
    fn chaque_bascule_dit_vrai(r in reponses_valides()) {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        for e in evaluer(cat(), &r, &fr) {
            let p = programme(&e.programme_id);
            let mut essais: Vec<Reponses> = Vec::new();
            for critere in CRITERES {
                for valeur in [true, false] {
                    if r.critere(critere) != Some(valeur) {
                        essais.push(r.avec_critere(critere, Some(valeur)));
                    }
                }
            }
            for s in &p.eligibilite.situations {
                if r.situation != Some(*s) {
                    essais.push(Reponses { situation: Some(*s), ..r.clone() });
                }
            }
            for b in &e.bascules {
                let annonce = if b.texte.contains("à vérifier") { Verdict::AVerifier } else { Verdict::Eligible };
                prop_assert!(annonce == Verdict::Eligible || e.verdict == Verdict::Ineligible, "{} : {}", p.id, b.texte);
                prop_assert!(essais.iter().any(|essai| verdict_de(p, essai) == annonce), "{} : {} ({:?})", p.id, b.texte, r);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 7. Useful questions
// ---------------------------------------------------------------------------

mod questions {
    use super::*;

    #[test]
    fn demandeur_d_emploi_de_26_ans() {
        let q = questions_utiles(cat(), &requete("age=26&situation=recherche-emploi"));
        verifie_questions(&q);
        // No programme still possible at 26 for a job seeker looks at the
        // school (AFEV, Télémaque) or at child welfare (Les Ombres, 14–21).
        assert!(!q.contains(&Question::Rep), "{q:?}");
        assert!(!q.contains(&Question::Ase), "{q:?}");
        // Proxité (no ages in the brochure, to "les premiers temps de
        // l'insertion professionnelle") is still to check and has a QPV
        // priority; the ASE, which also meets it, is not asked for it alone.
        assert!(q.contains(&Question::Qpv), "{q:?}");
    }

    #[test]
    fn lyceen_de_16_ans() {
        let q = questions_utiles(cat(), &requete("age=16&situation=lycee"));
        verifie_questions(&q);
        assert!(q.contains(&Question::Ase), "{q:?}");
    }

    /// Outside 5–30 nothing can fit: straight to the results, whatever
    /// else was answered.
    #[test]
    fn hors_mentorat_seulement_pour_et_age() {
        for age in [0, 3, 4, 31, 35, 120] {
            for q in ["", "&situation=lycee&rep=oui&ase=oui&qpv=oui&besoins=scolaire"] {
                let r = requete(&format!("age={age}{q}"));
                assert_eq!(
                    questions_utiles(cat(), &r),
                    [Question::Pour, Question::Age],
                    "{age} ans"
                );
            }
        }
    }

    #[test]
    fn rien_repondu_tout_est_demande() {
        assert_eq!(questions_utiles(cat(), &Reponses::default()), Question::TOUTES);
    }

    /// Format and time rank programmes only when they differ: with one
    /// format and one rhythm for all, neither question is asked.
    #[test]
    fn format_et_temps_seulement_s_ils_departagent() {
        let mut c = cat().clone();
        let q = questions_utiles(&c, &Reponses::default());
        assert!(q.contains(&Question::Modalite) && q.contains(&Question::Temps), "{q:?}");
        let (format, heures) = (
            c.programmes[0].modalites.format.clone(),
            c.programmes[0].mentors.heures_mois_min,
        );
        for p in &mut c.programmes {
            p.modalites.format = format.clone();
            p.mentors.heures_mois_min = heures;
        }
        let q = questions_utiles(&c, &Reponses::default());
        assert!(
            !q.contains(&Question::Modalite) && !q.contains(&Question::Temps),
            "{q:?}"
        );
        // One programme apart on each is enough to ask again.
        c.programmes[3].mentors.heures_mois_min = heures + 1.0;
        assert!(questions_utiles(&c, &Reponses::default()).contains(&Question::Temps));
    }

    /// A condition's question is asked only if some programme with that
    /// condition is still possible: checked for every programme.
    #[test]
    fn la_question_d_une_condition_suit_le_catalogue() {
        for p in &cat().programmes {
            let q = questions_utiles(cat(), &favorables(p));
            verifie_questions(&q);
            for c in &p.eligibilite.conditions {
                let question = Question::TOUTES
                    .into_iter()
                    .find(|x| x.critere() == Some(c.critere))
                    .unwrap();
                assert!(q.contains(&question), "{} : {question:?} absente de {q:?}", p.id);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The explanations' wording, in the four languages
// ---------------------------------------------------------------------------

mod redaction {
    use super::*;
    use trouve_ton_mentor::engine::{Lecteur, evaluer_pour};
    use trouve_ton_mentor::i18n::{Langue, Textes, raisons};

    /// Every reason and "what would change it", for answers spread over
    /// every situation, several ages and every kind of answer, explained
    /// for this reader.
    pub(super) fn textes(c: &Catalogue, tx: &Textes, lecteur: Lecteur) -> Vec<(String, String)> {
        let mut sortie = Vec::new();
        for s in Situation::TOUTES {
            for age in [9, 12, 16, 22] {
                for t in [None, Some(Tri::Oui), Some(Tri::Non), Some(Tri::Nsp)] {
                    let r = Reponses {
                        age: Some(age),
                        situation: Some(s),
                        rep: t,
                        ase: t,
                        qpv: t,
                        ..Reponses::default()
                    };
                    for e in evaluer_pour(c, &r, tx, lecteur) {
                        let Some(p) = c.programme(&e.programme_id) else {
                            continue;
                        };
                        let ecrits = e
                            .raisons
                            .iter()
                            .map(|x| raisons::ecrire(x, c, p, tx))
                            .chain(e.bascules.into_iter().map(|b| b.texte));
                        sortie
                            .extend(ecrits.map(|texte| (format!("{} ({})", e.programme_id, r.vers_requete()), texte)));
                    }
                }
            }
        }
        sortie
    }

    /// The reasons of a programme, no-break spaces (French typography)
    /// read as spaces.
    fn raisons(c: &Catalogue, tx: &Textes, q: &str, id: &str) -> Vec<String> {
        let resultats = evaluer(c, &requete(q), tx);
        let p = c.programme(id).expect("programme");
        evaluation(&resultats, id)
            .raisons
            .iter()
            .map(|x| raisons::ecrire(x, c, p, tx).replace(['\u{a0}', '\u{202f}'], " "))
            .collect()
    }

    fn raison(c: &Catalogue, tx: &Textes, q: &str, id: &str, extrait: &str) -> String {
        let toutes = raisons(c, tx, q, id);
        toutes
            .iter()
            .find(|t| t.contains(extrait))
            .cloned()
            .unwrap_or_else(|| panic!("{id} ({q}) : « {extrait} » dans {toutes:#?}"))
    }

    /// The reason about the situation: after the age's (the territory is
    /// not answered here).
    fn raison_situation(c: &Catalogue, tx: &Textes, q: &str, id: &str) -> String {
        raisons(c, tx, q, id)
            .get(1)
            .cloned()
            .unwrap_or_else(|| panic!("{id} ({q}) : pas de raison sur la situation"))
    }

    /// "les jeunes" is plural: a situation or a condition after it agrees
    /// ("les jeunes collégien ou collégienne", "les jeunes suivi par l'ASE",
    /// "ou orienté par" were printed). French and FALC.
    #[test]
    fn apres_les_jeunes_un_pluriel() {
        for l in [Langue::Fr, Langue::Falc] {
            let (tx, c) = langue(l);
            let mut interdits: Vec<String> = Situation::TOUTES
                .into_iter()
                .filter(|s| s.libelle(&tx) != s.libelle_jeunes(&tx))
                .map(|s| format!("les jeunes {}", s.libelle(&tx)))
                .collect();
            interdits.extend(
                [
                    "les jeunes scolarisé ",
                    "les jeunes suivi ",
                    "ou orienté par",
                    "ou suivi par",
                    "les jeunes collégien ",
                ]
                .map(String::from),
            );
            // "de AFEV", "de Entreprendre Ensemble": no elision was printed.
            interdits.extend(
                c.programmes
                    .iter()
                    .filter(|p| p.nom.starts_with(['A', 'E', 'É', 'I', 'O', 'U']))
                    .map(|p| format!(" de {}", p.nom)),
            );
            let textes = textes(&c, &tx, Lecteur::Jeune);
            assert!(textes.len() > 1000, "{}", textes.len());
            for (ou, texte) in &textes {
                for interdit in &interdits {
                    assert!(
                        !texte.contains(interdit.as_str()),
                        "{l:?} {ou} : « {interdit} » dans « {texte} »"
                    );
                }
            }
        }
    }

    /// Arabic: each item of a list is isolated (FSI … PDI), so that a list
    /// starting with a Latin name still reads right to left, each name in
    /// its own order ("Entreprendre Ensemble، Les Ombres و Télémaque" was
    /// laid out left to right, names split and "و" misplaced).
    #[test]
    fn en_arabe_chaque_element_d_une_liste_est_isole() {
        let noms = ["Entreprendre Ensemble", "Les Ombres", "Télémaque"];
        let (ar, _) = langue(Langue::Ar);
        let liste = ar.liste(&noms);
        for nom in noms {
            assert!(liste.contains(&format!("\u{2068}{nom}\u{2069}")), "{liste:?}");
        }
        assert_eq!(liste.matches('\u{2068}').count(), 3, "{liste:?}");
        for l in [Langue::Fr, Langue::Falc, Langue::En] {
            let (tx, _) = langue(l);
            assert!(!tx.liste(&noms).contains('\u{2068}'), "{l:?}");
        }
    }

    /// "Ce qui changerait le résultat" speaks to whoever reads it: "tu" to
    /// the young person, "votre enfant" to a parent, "le jeune" on a
    /// professional's sheet ("Si le jeune est…" was shown to the young
    /// person). The reasons speak of no one.
    #[test]
    fn chacun_son_interlocuteur() {
        for l in Langue::TOUTES {
            let (tx, c) = langue(l);
            let (tu, parent, tiers, le_jeune): (&str, &str, &str, &[&str]) = match l {
                Langue::Fr | Langue::Falc => ("Si tu ", "Si votre enfant ", "Si le jeune ", &["le jeune ", "du jeune"]),
                Langue::En => (
                    "If you ",
                    "If your child ",
                    "If the young person ",
                    &["the young person"],
                ),
                Langue::Ar => ("إذا كنت ", "إذا كان طفلكم ", "إذا كان الشاب ", &["الشاب "]),
            };
            for (lecteur, debut) in [
                (Lecteur::Jeune, tu),
                (Lecteur::Parent, parent),
                (Lecteur::Professionnel, tiers),
            ] {
                let mut bascules = 0;
                for r in [
                    requete("age=12&situation=college&rep=oui"),
                    requete("age=22&situation=recherche-emploi&qpv=nsp"),
                    requete("age=16&situation=lycee&ase=nsp&qpv=oui"),
                    requete("age=16&ase=oui&qpv=oui"),
                ] {
                    for e in evaluer_pour(&c, &r, &tx, lecteur) {
                        for b in &e.bascules {
                            bascules += 1;
                            assert!(
                                b.texte.starts_with(debut),
                                "{l:?} {lecteur:?} {} : {}",
                                e.programme_id,
                                b.texte
                            );
                        }
                    }
                }
                assert!(bascules >= 10, "{l:?} {lecteur:?} : {bascules}");
                if lecteur != Lecteur::Professionnel {
                    for (ou, texte) in textes(&c, &tx, lecteur) {
                        for mot in le_jeune {
                            assert!(
                                !texte.contains(mot),
                                "{l:?} {lecteur:?} {ou} : « {mot} » dans « {texte} »"
                            );
                        }
                    }
                }
            }
        }
    }

    /// The review's sentences, as they read now.
    #[test]
    fn ce_qui_changerait_le_resultat() {
        let fr = Textes::francais_complet();
        let bascules = |q: &str, id: &str, lecteur| -> Vec<String> {
            let resultats = evaluer_pour(cat(), &requete(q), &fr, lecteur);
            evaluation(&resultats, id)
                .bascules
                .iter()
                .map(|b| b.texte.replace('\u{a0}', " "))
                .collect()
        };
        let qpv = "habitant principalement un quartier prioritaire de la politique de la ville (QPV), ou orientés par une structure socio-éducative (l'Aide sociale à l'enfance est parmi ses partenaires)";
        assert_eq!(
            bascules("age=12&situation=college&rep=oui", "proxite", Lecteur::Jeune),
            [format!(
                "Si tu fais partie des jeunes {qpv} : ce programme te correspond."
            )]
        );
        assert_eq!(
            bascules(
                "pour=enfant&age=12&situation=college&rep=oui",
                "proxite",
                Lecteur::Parent
            ),
            [format!(
                "Si votre enfant fait partie des jeunes {qpv} : ce programme lui correspond."
            )]
        );
        assert_eq!(
            bascules("age=22&situation=recherche-emploi", "article-1", Lecteur::Jeune),
            ["Si tu es étudiant ou étudiante : ce programme te correspond."]
        );
        // The young person's path knows who answered.
        assert_eq!(Lecteur::de(&requete("age=12")), Lecteur::Jeune);
        assert_eq!(Lecteur::de(&requete("pour=enfant&age=12")), Lecteur::Parent);
        // `evaluer` is the professional's sheet.
        assert_eq!(
            evaluer(cat(), &requete("age=12&situation=college&rep=oui"), &fr),
            evaluer_pour(
                cat(),
                &requete("age=12&situation=college&rep=oui"),
                &fr,
                Lecteur::Professionnel
            )
        );
    }

    #[test]
    fn phrases_des_situations_dans_les_quatre_langues() {
        let attendus = [
            (
                Langue::Fr,
                "AFEV accompagne les jeunes collégiens et collégiennes.",
                "La brochure ne dit pas clairement si Entreprendre Ensemble accompagne les jeunes étudiants et étudiantes : à vérifier avec l'association.",
                "AFEV n'accompagne pas les jeunes en recherche d'emploi. Situations accompagnées : écolier ou écolière (école élémentaire), collégien ou collégienne et lycéen ou lycéenne.",
            ),
            (
                Langue::Falc,
                "AFEV accompagne les jeunes qui vont au collège.",
                "La brochure ne dit pas clairement si Entreprendre Ensemble accompagne les jeunes qui font des études après le bac. Il faut vérifier avec l'association.",
                "AFEV n'accompagne pas les jeunes qui cherchent un emploi. AFEV accompagne les jeunes dans ces situations : écolier ou écolière (école élémentaire), collégien ou collégienne et lycéen ou lycéenne.",
            ),
            (
                Langue::En,
                "⟪AFEV⟫ supports young people at collège (lower secondary school, about ages 11 to 15).",
                "The brochure does not say clearly whether ⟪Entreprendre Ensemble⟫ supports young people in higher education. Check with the association.",
                "⟪AFEV⟫ does not support young people looking for a job. Situations it supports: at primary school (école, about ages 6 to 11), at collège (lower secondary school, about ages 11 to 15) and at lycée (upper secondary school, about ages 15 to 18).",
            ),
            (
                Langue::Ar,
                "ترافق ⟪AFEV⟫ الشباب في المرحلة الإعدادية (collège، من 11 إلى 15 سنة تقريبًا).",
                "لا يوضّح الكتيّب إن كانت ⟪Entreprendre Ensemble⟫ ترافق الشباب في الدراسة الجامعية: يجب التحقق من ذلك مع الجمعية.",
                "لا ترافق ⟪AFEV⟫ الشباب في مرحلة البحث عن عمل.",
            ),
        ];
        for (l, oui, a_verifier, non) in attendus {
            let (tx, c) = langue(l);
            assert_eq!(
                raison_situation(&c, &tx, "age=12&situation=college&rep=oui", "afev"),
                oui,
                "{l:?}"
            );
            assert_eq!(
                raison_situation(&c, &tx, "age=20&situation=etudiant", "entreprendre-ensemble"),
                a_verifier,
                "{l:?}"
            );
            let texte = raison_situation(&c, &tx, "age=22&situation=recherche-emploi", "afev");
            assert!(texte.starts_with(non), "{l:?} : {texte}");
        }
    }

    /// Each condition, in each language, reads after "les jeunes" (or its
    /// translation) in the reasons.
    #[test]
    fn phrases_des_conditions() {
        let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
        assert_eq!(
            raison(cat(), &fr, "age=16&situation=lycee&ase=oui", "les-ombres", "ASE"),
            "Les Ombres accompagne les jeunes suivis par l'Aide sociale à l'enfance (ASE) : c'est le cas."
        );
        let qpv = "habitant principalement un quartier prioritaire de la politique de la ville (QPV), ou orientés par une structure socio-éducative (l'Aide sociale à l'enfance est parmi ses partenaires)";
        assert_eq!(
            raison(cat(), &fr, "age=16&situation=lycee&qpv=non&ase=non", "proxite", "QPV"),
            format!(
                "Proxité accompagne surtout les jeunes {qpv} : les autres peuvent demander, à vérifier avec l'association."
            )
        );
        // Inès, 16, lycéenne, followed by the ASE: the brochure lists the
        // ASE among Proxité's partners, so its priority is met.
        assert_eq!(
            raison(cat(), &fr, "age=16&situation=lycee&ase=oui&qpv=nsp", "proxite", "QPV"),
            format!("Proxité accompagne en priorité les jeunes {qpv} : c'est le cas.")
        );
        assert!(raison(cat(), &fr, "age=9&situation=ecole&rep=oui", "afev", "REP")
            .starts_with("AFEV accompagne en priorité les jeunes scolarisés dans une école, un collège ou un lycée en éducation prioritaire (REP ou REP+), ou suivis par un Dispositif de réussite éducative"));
        for l in [Langue::Falc, Langue::En, Langue::Ar] {
            let (tx, c) = langue(l);
            let jeunes = match l {
                Langue::En => "young people",
                Langue::Ar => "الشباب",
                _ => "les jeunes",
            };
            for p in &c.programmes {
                for cond in &p.eligibilite.conditions {
                    let texte = raison(&c, &tx, &favorables(p).vers_requete(), &p.id, &cond.texte);
                    assert!(
                        texte.contains(&format!("{jeunes} {}", cond.texte)),
                        "{l:?} {} : {texte}",
                        p.id
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Reading the address
// ---------------------------------------------------------------------------

mod lecture {
    use super::*;

    /// Needs are a set: repeated (in one list or across two parameters)
    /// they count once, and they come back in the order they are asked, so
    /// two links meaning the same thing score the same.
    #[test]
    fn besoins_sans_doublon_dans_l_ordre() {
        let r = requete("besoins=culture,scolaire,culture&besoins=scolaire");
        assert_eq!(r.besoins, [Besoin::Scolaire, Besoin::Culture]);
        assert_eq!(r.vers_requete(), "besoins=scolaire,culture");
    }
}

// ---------------------------------------------------------------------------
// 8. Properties
// ---------------------------------------------------------------------------

fn tri() -> impl Strategy<Value = Option<Tri>> {
    prop::option::of(prop::sample::select(Tri::TOUS.to_vec()))
}

fn critere() -> impl Strategy<Value = Critere> {
    prop::sample::select(CRITERES.to_vec())
}

/// Any answers the types allow, `age` over the whole of u8.
fn reponses_avec_age(age: impl Strategy<Value = Option<u8>>) -> impl Strategy<Value = Reponses> {
    (
        prop::sample::select(vec![Pour::Moi, Pour::Enfant]),
        age,
        prop::option::of(prop::sample::select(Situation::TOUTES.to_vec())),
        (tri(), tri(), tri(), tri()),
        prop::sample::subsequence(BESOINS.to_vec(), 0..=BESOINS.len()),
        prop::option::of(prop::sample::select(Modalite::TOUTES.to_vec())),
        prop::option::of(0u8..=200),
    )
        .prop_map(
            |(pour, age, situation, (territoire, rep, ase, qpv), besoins, modalite, heures)| Reponses {
                pour,
                age,
                territoire,
                situation,
                rep,
                ase,
                qpv,
                besoins,
                modalite,
                heures,
                invalides: Vec::new(),
            },
        )
}

fn reponses() -> impl Strategy<Value = Reponses> {
    reponses_avec_age(prop::option::of(any::<u8>()))
}

/// What the parser accepts: 120 is the documented plausible maximum.
fn reponses_valides() -> impl Strategy<Value = Reponses> {
    reponses_avec_age(prop::option::of(0u8..=120))
}

const CLES: [&str; 12] = [
    "cud",
    "age",
    "situation",
    "rep",
    "ase",
    "qpv",
    "besoins",
    "modalite",
    "pour",
    "heures",
    "autre",
    "",
];

fn codes_valides() -> Vec<String> {
    let mut v: Vec<String> = [
        "moi",
        "enfant",
        "oui",
        "non",
        "nsp",
        "presentiel",
        "distanciel",
        "indifferent",
    ]
    .map(String::from)
    .to_vec();
    v.extend(Situation::TOUTES.map(|s| trouve_ton_mentor::engine::code_situation(s).to_string()));
    v.extend(codes_besoins());
    v
}

fn codes_besoins() -> Vec<String> {
    BESOINS
        .map(|b| trouve_ton_mentor::engine::code_besoin(b).to_string())
        .to_vec()
}

fn valeur() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(codes_valides()),
        1 => any::<u16>().prop_map(|n| n.to_string()),
        // Lists of needs, drawn from few codes so that repeats are common.
        3 => prop::collection::vec(
            prop_oneof![4 => prop::sample::select(codes_besoins()), 1 => "[a-z ]{0,5}"],
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
fn verifie_lecture(r: &Reponses) {
    if let Some(a) = r.age {
        assert!(a <= 120, "{r:?}");
    }
    let rangs: Vec<usize> = r
        .besoins
        .iter()
        .map(|b| BESOINS.iter().position(|x| x == b).unwrap())
        .collect();
    assert!(
        rangs.windows(2).all(|w| w[0] < w[1]),
        "besoins dans l'ordre, sans doublon : {:?}",
        r.besoins
    );
    for i in &r.invalides {
        assert!(i.chars().count() <= 41, "{i:?}");
    }
    let relu = Reponses::depuis_requete(&r.vers_requete());
    assert!(
        relu.invalides.is_empty(),
        "{:?} → {:?}",
        r.vers_requete(),
        relu.invalides
    );
    assert_eq!(
        relu,
        Reponses {
            invalides: Vec::new(),
            ..r.clone()
        }
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn evaluer_ne_panique_pas_et_tient_ses_promesses(r in reponses()) {
        let resultats = evaluer(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet());
        verifie_resultats(&r, &resultats);
        verifie_questions(&questions_utiles(cat(), &r));
    }

    /// Each programme is judged on its own rules: the catalogue's order
    /// only breaks ties. Reversing it changes no verdict, reason, score or
    /// "what would change it", and the ranking stays sorted by verdict
    /// then score.
    #[test]
    fn l_ordre_du_catalogue_ne_change_que_les_egalites(r in reponses()) {
        let tx = trouve_ton_mentor::i18n::Textes::francais_complet();
        let mut inverse = cat().clone();
        inverse.programmes.reverse();
        let cle = |e: &Evaluation| (e.programme_id.clone(), e.verdict, e.score, e.raisons.clone(), e.points_forts.clone(), e.bascules.clone());
        let mut a: Vec<_> = evaluer(cat(), &r, &tx).iter().map(cle).collect();
        let inverses = evaluer(&inverse, &r, &tx);
        let mut b: Vec<_> = inverses.iter().map(cle).collect();
        prop_assert!(inverses.windows(2).all(|w| (w[0].verdict, -w[0].score) <= (w[1].verdict, -w[1].score)), "{:?}", b);
        a.sort_by(|x, y| x.0.cmp(&y.0));
        b.sort_by(|x, y| x.0.cmp(&y.0));
        prop_assert_eq!(a, b);
    }

    /// Every condition of the catalogue favours "oui" (requis or
    /// prioritaire), so turning a "non" into "oui" can only help, for every
    /// programme (those without that condition do not move).
    #[test]
    fn non_vers_oui_n_empire_aucun_verdict(r in reponses(), critere in critere()) {
        let non = avec(&r, critere, Some(Tri::Non));
        let oui = avec(&r, critere, Some(Tri::Oui));
        for p in &cat().programmes {
            prop_assert!(verdict_de(p, &oui) <= verdict_de(p, &non), "{} : {:?}", p.id, critere);
        }
    }

    #[test]
    fn inconnu_vers_favorable_n_empire_aucun_verdict(
        r in reponses(),
        critere in critere(),
        inconnu in prop_oneof![Just(None), Just(Some(Tri::Nsp))],
    ) {
        let avant = avec(&r, critere, inconnu);
        let apres = avec(&r, critere, Some(Tri::Oui));
        for p in &cat().programmes {
            prop_assert!(verdict_de(p, &apres) <= verdict_de(p, &avant), "{} : {:?} {:?}", p.id, critere, inconnu);
        }
    }

    /// Not knowing a priority condition never ranks a programme above the
    /// answer "non": not a better verdict, not more points.
    #[test]
    fn priorite_inconnue_jamais_mieux_que_non(
        r in reponses(),
        inconnu in prop_oneof![Just(None), Just(Some(Tri::Nsp))],
    ) {
        for p in &cat().programmes {
            for c in p.eligibilite.conditions.iter().filter(|c| c.niveau == Niveau::Prioritaire) {
                let non = avec(&r, c.critere, Some(Tri::Non));
                let ne_sait_pas = avec(&r, c.critere, inconnu);
                // Smaller is better: verdict first, then the higher score.
                let rang = |x: &Reponses| (verdict_de(p, x), -score_de(p, x));
                prop_assert!(rang(&ne_sait_pas) >= rang(&non), "{} : {:?} {:?}", p.id, c.critere, inconnu);
            }
        }
    }

    /// Giving an age the programme states it takes can only help it.
    #[test]
    fn un_age_dans_la_tranche_precise_n_empire_rien(
        r in reponses_avec_age(Just(None)),
        id in prop::sample::select(
            cat().programmes.iter().filter(|p| p.eligibilite.age.precis).map(|p| p.id.clone()).collect::<Vec<_>>()
        ),
        choix in any::<prop::sample::Index>(),
    ) {
        let p = programme(&id);
        let ages: Vec<u8> = (p.eligibilite.age.min..=p.eligibilite.age.max).collect();
        let avec_age = Reponses { age: Some(*choix.get(&ages)), ..r.clone() };
        prop_assert!(verdict_de(p, &avec_age) <= verdict_de(p, &r), "{} à {:?}", p.id, avec_age.age);
    }

    #[test]
    fn lire_n_importe_quelle_chaine(s in ".*") {
        verifie_lecture(&Reponses::depuis_requete(&s));
    }

    #[test]
    fn lire_une_requete_bricolee(s in requete_aleatoire()) {
        verifie_lecture(&Reponses::depuis_requete(&s));
    }

    #[test]
    fn aller_retour_par_l_adresse(r in reponses_valides()) {
        let texte = r.vers_requete();
        let relu = Reponses::depuis_requete(&texte);
        prop_assert!(relu.invalides.is_empty(), "{} → {:?}", texte, relu.invalides);
        prop_assert_eq!(relu, r);
    }
}

/// Time available ranks programmes whose rhythm fits above those asking more.
#[test]
fn le_temps_disponible_classe_les_rythmes() {
    let c = cat();
    for p in &c.programmes {
        let assez = Reponses {
            heures: Some(p.mentors.heures_mois_max.ceil() as u8),
            ..Reponses::default()
        };
        let sans = Reponses::default();
        assert!(
            score(p, &assez, &trouve_ton_mentor::i18n::Textes::francais_complet()).0
                > score(p, &sans, &trouve_ton_mentor::i18n::Textes::francais_complet()).0,
            "{} : assez de temps compte",
            p.id
        );
        if p.mentors.heures_mois_min >= 2.0 {
            let trop_peu = Reponses {
                heures: Some(1),
                ..Reponses::default()
            };
            assert!(
                score(p, &trop_peu, &trouve_ton_mentor::i18n::Textes::francais_complet()).0
                    < score(p, &sans, &trouve_ton_mentor::i18n::Textes::francais_complet()).0,
                "{} : trop peu de temps pénalise",
                p.id
            );
        }
    }
}

/// Outside the territory nothing here fits, and the questionnaire stops there.
#[test]
fn hors_du_territoire_rien_ne_convient() {
    let c = cat();
    for p in &c.programmes {
        let r = Reponses {
            territoire: Some(Tri::Non),
            ..favorables(p)
        };
        assert_eq!(verdict_de(p, &r), Verdict::Ineligible, "{}", p.id);
        let r = Reponses {
            territoire: Some(Tri::Nsp),
            ..favorables(p)
        };
        assert_eq!(
            verdict_de(p, &r),
            meilleur(p),
            "{} : ne pas savoir ne pénalise pas",
            p.id
        );
    }
    let r = Reponses::depuis_requete("age=16&cud=non");
    assert!(aucun_ne_convient(&evaluer(
        c,
        &r,
        &trouve_ton_mentor::i18n::Textes::francais_complet()
    )));
    assert_eq!(
        questions_utiles(c, &r),
        [Question::Pour, Question::Age, Question::Territoire]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The text-free ranking (what scales to a national catalogue) and the
    /// explained results list the same programmes, in the same order, with
    /// the same verdicts and scores.
    #[test]
    fn classer_sans_texte_egale_evaluer(r in reponses()) {
        let c = cat();
        let rangs = trouve_ton_mentor::engine::classer_programmes(c, &r);
        let evaluations = evaluer(c, &r, &trouve_ton_mentor::i18n::Textes::francais_complet());
        prop_assert_eq!(rangs.len(), evaluations.len());
        for (rang, e) in rangs.iter().zip(&evaluations) {
            prop_assert_eq!(rang.rang_catalogue, e.rang_catalogue);
            prop_assert_eq!(rang.verdict, e.verdict);
            prop_assert_eq!(rang.score, e.score);
            prop_assert_eq!(&c.programmes[rang.rang_catalogue].id, &e.programme_id);
        }
    }
}

// ---------------------------------------------------------------------------
// The e-mail draft: ticking the box or switching language keeps the
// person's edits
// ---------------------------------------------------------------------------

mod brouillon_modifie {
    use super::*;
    use trouve_ton_mentor::engine::courriel::{
        a_des_infos_sensibles, avec_langue, avec_sensible, brouillon, contient_sensible,
    };
    use trouve_ton_mentor::i18n::Langue;

    fn langue() -> impl Strategy<Value = Langue> {
        prop::sample::select(Langue::TOUTES.to_vec())
    }

    fn programme() -> impl Strategy<Value = &'static Programme> {
        prop::sample::select(cat().programmes.iter().collect::<Vec<_>>())
    }

    /// What a person may type into the draft: their phone number on the
    /// line for how to reach them, a sentence of their own after it.
    fn saisie() -> impl Strategy<Value = (String, String)> {
        ("0[67][0-9]{8}", "[A-Za-zéà ,.']{0,40}")
    }

    fn modifier(corps: &str, (telephone, phrase): &(String, String)) -> String {
        let rappel = "Mon téléphone ou mon e-mail : ";
        let i = corps.find(rappel).expect("la ligne pour joindre la personne") + rappel.len();
        format!("{}{telephone}\n{phrase}{}", &corps[..i], &corps[i..])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// On an untouched draft, ticking or unticking gives exactly the
        /// draft written with or without the sensitive answers.
        #[test]
        fn sur_un_brouillon_intact_la_case_equivaut_a_reecrire(r in reponses(), p in programme(), l in langue(), inclure in any::<bool>()) {
            let avant = brouillon(p, &r, !inclure, l).corps;
            prop_assert_eq!(avec_sensible(&avant, &r, inclure), brouillon(p, &r, inclure, l).corps);
            prop_assert_eq!(contient_sensible(&brouillon(p, &r, inclure, l).corps, &r), inclure && a_des_infos_sensibles(&r));
        }

        /// Same for the reading language, with or without the sensitive answers.
        #[test]
        fn sur_un_brouillon_intact_la_langue_equivaut_a_reecrire(r in reponses(), p in programme(), avant in langue(), apres in langue(), inclure in any::<bool>()) {
            let corps = brouillon(p, &r, inclure, avant).corps;
            prop_assert_eq!(avec_langue(&corps, apres, &r), brouillon(p, &r, inclure, apres).corps);
        }

        /// The bug this fixes: ticking the box rewrote the draft and lost
        /// the phone number typed into it. The person's text now stays,
        /// and unticking gives back exactly what they had.
        #[test]
        fn la_case_garde_ce_que_la_personne_a_ecrit(r in reponses(), p in programme(), l in langue(), s in saisie()) {
            let ecrit = modifier(&brouillon(p, &r, false, l).corps, &s);
            let coche = avec_sensible(&ecrit, &r, true);
            prop_assert!(coche.contains(&s.0), "{}", coche);
            prop_assert!(coche.contains(&s.1), "{}", coche);
            prop_assert_eq!(contient_sensible(&coche, &r), a_des_infos_sensibles(&r));
            prop_assert_eq!(avec_sensible(&coche, &r, false), ecrit.clone());
            let ailleurs = avec_langue(&ecrit, Langue::Ar, &r);
            prop_assert!(ailleurs.contains(&s.0) && ailleurs.contains(&s.1), "{}", ailleurs);
            prop_assert_eq!(avec_langue(&ailleurs, l, &r), ecrit);
        }
    }

    /// The review's odd edits. A person who deleted the facts' heading
    /// gets the answer after the facts they kept; one who replaced the
    /// whole text gets a block of its own, apart from their sentence.
    #[test]
    fn apres_des_modifications_inhabituelles() {
        let r = Reponses::depuis_requete("age=16&situation=lycee&ase=oui");
        let p = cat().programme("les-ombres").expect("Les Ombres");
        let corps = brouillon(p, &r, false, Langue::Fr)
            .corps
            .replace("Quelques informations sur moi :\n", "");
        let coche = avec_sensible(&corps, &r, true);
        assert!(
            coche.contains("- Situation : lycéen ou lycéenne\n- Aide sociale à l'enfance (ASE) : oui\n"),
            "{coche}"
        );
        assert!(!coche.contains("Quelques informations"), "{coche}");
        assert!(contient_sensible(&coche, &r));
        assert_eq!(avec_sensible(&coche, &r, false), corps);

        let a_moi = "Bonjour, je voudrais un mentor.";
        assert_eq!(
            avec_sensible(a_moi, &r, true),
            "Bonjour, je voudrais un mentor.\n\nQuelques informations sur moi :\n- Aide sociale à l'enfance (ASE) : oui\n"
        );
        assert_eq!(
            avec_langue(a_moi, Langue::En, &r),
            "Bonjour, je voudrais un mentor.\n\nQuelques informations sur moi :\n- Langue de lecture : anglais\n"
        );
    }

    /// Ticked means something sensitive goes out, unticked that nothing
    /// does: a line the person rewrote ("oui, depuis 2019", a trailing
    /// space) still counts as that answer and is taken out with the box.
    #[test]
    fn decocher_n_envoie_rien_de_sensible() {
        let p = cat().programme("les-ombres").expect("Les Ombres");
        let r = Reponses::depuis_requete("age=16&situation=lycee&ase=oui");
        let coche = brouillon(p, &r, true, Langue::Fr).corps;
        for reecrit in [
            coche.replace("(ASE) : oui", "(ASE) : oui, depuis 2019"),
            coche.replace("(ASE) : oui", "(ASE) : oui "),
        ] {
            assert!(contient_sensible(&reecrit, &r), "{reecrit}");
            // Ticking again adds no second line.
            assert_eq!(avec_sensible(&reecrit, &r, true), reecrit);
            let decoche = avec_sensible(&reecrit, &r, false);
            assert!(!decoche.contains("ASE"), "{decoche}");
            assert_eq!(decoche, brouillon(p, &r, false, Langue::Fr).corps);
        }
        // Only the ASE is behind the box: the neighbourhood, which decides
        // Proxité's priority, is written by default and stays when unticked.
        let r = Reponses::depuis_requete("pour=enfant&age=15&situation=lycee&ase=oui&qpv=oui");
        let decoche = avec_sensible(&brouillon(p, &r, true, Langue::Fr).corps, &r, false);
        assert!(
            !contient_sensible(&decoche, &r) && decoche.contains("\n- Quartier prioritaire (QPV) : oui\n"),
            "{decoche}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever the person wrote, an unticked box leaves no sensitive
        /// answer in the text, and a ticked one leaves all of them.
        #[test]
        fn la_case_dit_ce_qui_part(r in reponses(), p in programme(), l in langue(), s in saisie(), inclure in any::<bool>()) {
            let ecrit = modifier(&brouillon(p, &r, inclure, l).corps, &s);
            let decoche = avec_sensible(&ecrit, &r, false);
            prop_assert!(!contient_sensible(&decoche, &r), "{}", decoche);
            let coche = avec_sensible(&ecrit, &r, true);
            prop_assert_eq!(contient_sensible(&coche, &r), a_des_infos_sensibles(&r));
            prop_assert_eq!(avec_sensible(&coche, &r, true), coche.clone());
        }
    }
}

/// The results summary says each verdict once, in the singular or the
/// plural, and skips the verdicts no programme got.
#[test]
fn resume_par_verdict_au_singulier_et_au_pluriel() {
    use trouve_ton_mentor::engine::resume_par_verdict;
    use trouve_ton_mentor::i18n::cle::resultats as k;
    let fr = trouve_ton_mentor::i18n::Textes::francais_complet();
    let textes = [
        (Verdict::Eligible, k::N_CORRESPOND),
        (Verdict::AVerifier, k::N_A_VERIFIER),
        (Verdict::Ineligible, k::N_NE_CORRESPOND_PAS),
    ];
    let lyceenne = evaluer(
        cat(),
        &requete("age=16&situation=lycee&rep=non&ase=oui&qpv=non&besoins=orientation"),
        &fr,
    );
    assert_eq!(
        resume_par_verdict(&lyceenne, &fr, &textes),
        ["2 programmes correspondent", "4 programmes ne correspondent pas"]
    );
    let trop_jeune = evaluer(cat(), &requete("age=3"), &fr);
    assert_eq!(
        resume_par_verdict(&trop_jeune, &fr, &textes),
        ["6 programmes ne correspondent pas"]
    );
}

// ---------------------------------------------------------------------------
// Reasons as data: what each one may claim
// ---------------------------------------------------------------------------

/// The answer a reason about this rule must carry.
fn valeur_attendue(r: &Reponses, p: &Programme, regle: Regle) -> Option<Valeur> {
    Some(match regle {
        Regle::Age | Regle::AgeMentorat => r.age.map_or(Valeur::Inconnue, Valeur::Age),
        Regle::Territoire => Valeur::HorsTerritoire,
        Regle::Situation => r.situation.map_or(Valeur::Inconnue, Valeur::Situation),
        Regle::Condition(k) => {
            let c = p.eligibilite.conditions.iter().find(|c| c.critere == k)?;
            let reponses = [Some(c.critere), c.ou].into_iter().flatten().map(|k| r.critere(k));
            let reponses: Vec<Option<bool>> = reponses.collect();
            if reponses.contains(&Some(true)) {
                Valeur::Reponse(true)
            } else if reponses.iter().all(|x| *x == Some(false)) {
                Valeur::Reponse(false)
            } else {
                Valeur::Inconnue
            }
        }
        _ => return None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// No ✓ or ✗ contradicts the answers: each reason carries the answer
    /// given for its criterion, a ✓ or ✗ is only given on what the brochure
    /// states, and agrees with the programme's data for that value.
    #[test]
    fn aucune_raison_ne_contredit_les_reponses(r in reponses()) {
        for e in evaluer(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet()) {
            let p = programme(&e.programme_id);
            let el = &p.eligibilite;
            for x in &e.raisons {
                prop_assert_eq!(Some(x.valeur.clone()), valeur_attendue(&r, p, x.regle), "{} : {:?}", &p.id, x);
                // Every reason rests on a passage of the brochure.
                prop_assert!(!x.regle.extrait(cat(), p).is_empty(), "{} : {:?}", &p.id, x);
                let tranche = (el.age.min, el.age.max);
                match (x.regle, &x.valeur, x.verdict) {
                    (Regle::Age, Valeur::Age(a), Verdict::Eligible) => prop_assert!(tranche.0 <= *a && *a <= tranche.1),
                    (Regle::Age, Valeur::Age(a), Verdict::Ineligible) => prop_assert!(*a < tranche.0 || *a > tranche.1),
                    (Regle::Age, Valeur::Age(_), Verdict::AVerifier) => prop_assert_eq!(x.statut, Statut::Deduit),
                    (Regle::AgeMentorat, Valeur::Age(a), v) => {
                        prop_assert_eq!(v, Verdict::Ineligible);
                        prop_assert!(*a < cat().mentorat.age_min || *a > cat().mentorat.age_max);
                    }
                    (Regle::Situation, Valeur::Situation(s), Verdict::Eligible) => prop_assert!(el.situations.contains(s)),
                    (Regle::Situation, Valeur::Situation(s), Verdict::AVerifier) => {
                        prop_assert!(el.situations_a_verifier.contains(s));
                        prop_assert_eq!(x.statut, Statut::NonDit);
                    }
                    (Regle::Situation, Valeur::Situation(s), Verdict::Ineligible) => {
                        prop_assert!(!el.situations.contains(s) && !el.situations_a_verifier.contains(s));
                    }
                    (Regle::Condition(_), Valeur::Reponse(oui), Verdict::Eligible) => prop_assert!(*oui),
                    (Regle::Condition(k), Valeur::Reponse(oui), Verdict::Ineligible) => {
                        let niveau = el.conditions.iter().find(|c| c.critere == k).map(|c| c.niveau);
                        prop_assert!(!*oui && niveau == Some(Niveau::Requis));
                    }
                    (_, Valeur::Inconnue, v) => prop_assert_eq!(v, Verdict::AVerifier),
                    _ => {}
                }
                // Only what the brochure states gets a ✓ or a ✗. Inside an
                // inferred age range the reason is information (no ✓, see
                // CarteResultat); the one inferred ✗ is an age more than
                // `MARGE_AGE_INDICATIF` years outside it (a 21-year-old and
                // Télémaque, "de la 5e au bac"), said with the levels' words.
                if x.verdict == Verdict::Eligible && x.statut != Statut::Dit {
                    prop_assert_eq!(x.regle, Regle::Age, "{} : {:?}", &p.id, x);
                }
                if x.verdict == Verdict::Ineligible && x.statut != Statut::Dit {
                    let loin = match x.valeur {
                        Valeur::Age(a) => a + MARGE_AGE_INDICATIF < tranche.0 || a > tranche.1 + MARGE_AGE_INDICATIF,
                        _ => false,
                    };
                    prop_assert!(x.regle == Regle::Age && loin, "{} : {:?}", &p.id, x);
                }
            }
        }
    }

    /// A ruled-out programme never describes a situation the person is not
    /// in: when the situation rules it out, no reason is about a condition
    /// (which describes the pupils or young people it takes), and no
    /// inferred "to check" is left.
    #[test]
    fn une_raison_d_exclusion_parle_de_la_personne(r in reponses()) {
        for e in evaluer(cat(), &r, &trouve_ton_mentor::i18n::Textes::francais_complet()) {
            if e.verdict != Verdict::Ineligible {
                continue;
            }
            let situation_exclue = e.raisons.iter().any(|x| x.regle == Regle::Situation && x.verdict == Verdict::Ineligible);
            for x in &e.raisons {
                prop_assert!(!(situation_exclue && matches!(x.regle, Regle::Condition(_))), "{} : {:?}", &e.programme_id, e.raisons);
                prop_assert!(!(x.statut == Statut::Deduit && x.verdict == Verdict::AVerifier), "{} : {:?}", &e.programme_id, e.raisons);
                prop_assert!(x.valeur != Valeur::Inconnue, "{} : {:?}", &e.programme_id, e.raisons);
            }
        }
    }
}
