//! The app against its source: the brochure's text is in the repository
//! (`docs/brochure.txt`, as extracted from the PDF), every passage the
//! catalogue quotes is checked to be in it word for word, every reason is
//! written in every language, and the audit table `docs/regles.md`
//! (brochure passage → rule in the data → verdict) is the data's.
//!
//! `REGENERER=1 cargo test --test brochure` rewrites the table after a
//! change of the data; without it, a table that differs fails.

use std::collections::BTreeMap;
use std::fmt::Write as _;

mod commun;
use commun::{cat, langue};

use trouve_ton_mentor::catalogue::{Catalogue, Critere, Niveau, ProfilMentor, Programme, Situation};
use trouve_ton_mentor::engine::mentor::{PROFILS, Public, ReponsesMentor, verdict_mentor};
use trouve_ton_mentor::engine::{Lecteur, Regle, Reponses, Tri, Verdict, evaluer_pour, verdict};
use trouve_ton_mentor::i18n::{Langue, Textes, raisons};

fn fichier(chemin: &str) -> String {
    std::fs::read_to_string(format!("{}/{chemin}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{chemin} : {e}"))
}

/// Text compared word for word: line breaks and runs of spaces are one
/// space (the PDF's lines are not the sentences'), and the typographic
/// apostrophe is the straight one (the brochure uses both).
fn normaliser(texte: &str) -> String {
    texte
        .replace('’', "'")
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every passage the catalogue quotes, with where it is.
fn extraits(c: &Catalogue) -> Vec<(String, &str)> {
    let mut v = vec![
        ("territoire.extrait".to_string(), c.territoire.extrait.as_str()),
        ("mentorat.age_extrait".into(), c.mentorat.age_extrait.as_str()),
    ];
    for p in &c.programmes {
        let e = &p.eligibilite;
        let id = &p.id;
        v.push((format!("{id}.eligibilite.age.extrait"), &e.age.extrait));
        v.push((format!("{id}.eligibilite.extrait"), &e.extrait));
        for cond in &e.conditions {
            v.push((
                format!("{id}.eligibilite.conditions[{:?}].extrait", cond.critere),
                &cond.extrait,
            ));
        }
        v.push((format!("{id}.mentors.extrait"), &p.mentors.extrait));
        v.push((
            format!("{id}.mentors.extrait_engagement"),
            &p.mentors.extrait_engagement,
        ));
        v.push((format!("{id}.capacite.extrait"), &p.capacite.extrait));
    }
    v
}

/// Each passage is the brochure's, word for word, and none is missing.
#[test]
fn chaque_extrait_est_dans_la_brochure() {
    let brochure = normaliser(&fichier("docs/brochure.txt"));
    let liste = extraits(cat());
    assert_eq!(
        liste.len(),
        2 + 6 * 5 + 4,
        "deux passages généraux, cinq par programme, un par condition"
    );
    for (ou, extrait) in liste {
        assert!(!extrait.trim().is_empty(), "{ou} : extrait vide");
        assert!(
            brochure.contains(&normaliser(extrait)),
            "{ou} : « {extrait} » n'est pas mot pour mot dans docs/brochure.txt"
        );
    }
    // The check can fail: a word changed is not in the brochure.
    assert!(!brochure.contains(&normaliser("Mentors actifs dans le monde de l'entreprise")));
}

/// The brochure gives no ages for Article 1, Proxité and Télémaque: what
/// the app shows for them is the brochure's words, and no age range the
/// brochure does not print appears in any programme's ages.
#[test]
fn aucun_age_que_la_brochure_ne_donne_pas() {
    let brochure = normaliser(&fichier("docs/brochure.txt"));
    let fr = Textes::francais_complet();
    for p in &cat().programmes {
        let a = &p.eligibilite.age;
        let affiche = fr.ages(a);
        if a.precis {
            // "de 5 à 15 ans", "entre 14 et 21 ans", "de 18 à 30 ans": printed.
            let imprime = [
                format!("de {} à {} ans", a.min, a.max),
                format!("entre {} et {} ans", a.min, a.max),
            ];
            assert!(
                imprime.iter().any(|t| brochure.contains(t.as_str())),
                "{} : {affiche}",
                p.id
            );
        } else {
            assert!(!affiche.contains(" ans"), "{} : {affiche}", p.id);
            assert!(
                affiche.contains("la brochure ne donne pas d'âge"),
                "{} : {affiche}",
                p.id
            );
        }
    }
    let proxite = cat().programme("proxite").expect("proxite");
    assert_eq!(
        proxite.eligibilite.age.texte,
        "de l'entrée en 6e aux premiers temps de l'insertion professionnelle"
    );
    let telemaque = cat().programme("telemaque").expect("telemaque");
    assert_eq!(telemaque.eligibilite.age.texte, "de la 5e au bac en filière générale");
}

/// The age ranges a French text states: "de 5 à 15 ans", "entre 14 et 21 ans", "(5 à 10 ans)".
fn tranches(texte: &str) -> Vec<(u8, u8)> {
    let mots: Vec<&str> = texte
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|m| !m.is_empty())
        .collect();
    mots.windows(4)
        .filter(|w| (w[1] == "à" || w[1] == "et") && w[3].starts_with("ans"))
        .filter_map(|w| Some((w[0].parse().ok()?, w[2].parse().ok()?)))
        .collect()
}

#[test]
fn les_tranches_d_un_texte() {
    assert_eq!(
        tranches("AFEV accompagne les jeunes de 5 à 15 ans, pas à 16 ans."),
        [(5, 15)]
    );
    assert_eq!(tranches("des jeunes adultes (18 à 30 ans), comme"), [(18, 30)]);
    assert_eq!(tranches("entre 14 et 21 ans"), [(14, 21)]);
}

/// Young people's answers over every situation, ages around every bound
/// and every kind of answer; volunteers' over every profile, band, time
/// and employer answer.
fn jeunes() -> Vec<Reponses> {
    let mut v = Vec::new();
    for situation in std::iter::once(None).chain(Situation::TOUTES.map(Some)) {
        for age in [None, Some(4), Some(9), Some(12), Some(16), Some(20), Some(26), Some(31)] {
            for t in [None, Some(Tri::Oui), Some(Tri::Non)] {
                for cud in [None, Some(Tri::Non)] {
                    v.push(Reponses {
                        age,
                        situation,
                        territoire: cud,
                        rep: t,
                        ase: t,
                        qpv: t,
                        ..Reponses::default()
                    });
                }
            }
        }
    }
    v
}

fn benevoles() -> Vec<ReponsesMentor> {
    let mut v = Vec::new();
    for profil in std::iter::once(None).chain(PROFILS.map(Some)) {
        for publics in [vec![], vec![Public::Enfants], vec![Public::Ados, Public::JeunesAdultes]] {
            for (heures, employeur) in [
                (None, None),
                (Some(1), Some(Tri::Non)),
                (Some(3), Some(Tri::Oui)),
                (Some(40), Some(Tri::Nsp)),
            ] {
                v.push(ReponsesMentor {
                    profil,
                    publics: publics.clone(),
                    heures,
                    employeur,
                    ..ReponsesMentor::default()
                });
            }
        }
    }
    v
}

/// Every reason the engine gives, written in every language: never empty,
/// no placeholder left, and in English and Arabic never the French text
/// (a key without its translation reads in French).
#[test]
fn chaque_raison_s_ecrit_dans_chaque_langue() {
    let francais = langue(Langue::Fr);
    let mut vues = 0;
    for l in Langue::TOUTES {
        let (tx, c) = langue(l);
        let mut ecrire = |raison: &trouve_ton_mentor::engine::Raison, id: &str, ou: &str| {
            let p = c.programme(id).expect("programme");
            let texte = raisons::ecrire(raison, &c, p, &tx);
            assert!(!texte.trim().is_empty(), "{l:?} {id} {ou} : {raison:?} sans texte");
            assert!(
                !texte.contains('{') && !texte.contains('}'),
                "{l:?} {id} {ou} : « {texte} »"
            );
            // In French: no age range the brochure does not print for this
            // programme (mentoring's 5–30, or its own printed range).
            if l == Langue::Fr {
                let permis = [
                    (c.mentorat.age_min, c.mentorat.age_max),
                    if p.eligibilite.age.precis {
                        (p.eligibilite.age.min, p.eligibilite.age.max)
                    } else {
                        (0, 0)
                    },
                ];
                for t in tranches(&texte) {
                    assert!(permis.contains(&t), "{id} {ou} : {t:?} dans « {texte} »");
                }
            }
            if matches!(l, Langue::En | Langue::Ar) {
                let fr = raisons::ecrire(
                    raison,
                    &francais.1,
                    francais.1.programme(id).expect("programme"),
                    &francais.0,
                );
                assert_ne!(texte, fr, "{l:?} {id} {ou} : non traduit");
            }
            vues += 1;
        };
        for r in jeunes() {
            for e in evaluer_pour(&c, &r, &tx, Lecteur::Jeune) {
                for x in &e.raisons {
                    ecrire(x, &e.programme_id, &r.vers_requete());
                }
            }
        }
        for r in benevoles() {
            for p in &cat().programmes {
                for x in &verdict_mentor(p, &r).1 {
                    ecrire(x, &p.id, &r.vers_requete());
                }
            }
        }
    }
    assert!(vues > 20_000, "{vues}");
}

// ---------------------------------------------------------------------------
// The audit table
// ---------------------------------------------------------------------------

fn mot(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "correspond",
        Verdict::AVerifier => "à vérifier",
        Verdict::Ineligible => "ne correspond pas",
    }
}

/// "5–15 : correspond ; 16–30 : ne correspond pas": consecutive ages with
/// the same outcome in one stretch.
fn plages(points: &[(u8, String)]) -> String {
    let mut sortie: Vec<String> = Vec::new();
    let mut i = 0;
    while i < points.len() {
        let mut j = i;
        while j + 1 < points.len() && points[j + 1].1 == points[i].1 {
            j += 1;
        }
        let (a, b) = (points[i].0, points[j].0);
        sortie.push(if a == b {
            format!("{a} : {}", points[i].1)
        } else {
            format!("{a}–{b} : {}", points[i].1)
        });
        i = j + 1;
    }
    sortie.join(" ; ")
}

fn cellule(texte: &str) -> String {
    texte.replace('|', "\\|").replace('\n', " ")
}

fn ligne(t: &mut String, regle: &str, extrait: &str, donnees: &str, verdict: &str) {
    let _ = writeln!(
        t,
        "| {regle} | « {} » | {} | {} |",
        cellule(&normaliser(extrait)),
        cellule(donnees),
        cellule(verdict)
    );
}

/// The outcome of one rule for these answers, as the engine gives it.
fn issue(p: &Programme, r: &Reponses, regle: Regle) -> String {
    let (_, raisons) = verdict(cat(), p, r);
    match raisons.iter().find(|x| x.regle == regle) {
        Some(x) => {
            let statut = match x.statut {
                trouve_ton_mentor::engine::Statut::Dit => "",
                trouve_ton_mentor::engine::Statut::Deduit => " (déduit)",
                trouve_ton_mentor::engine::Statut::NonDit => " (la brochure ne le dit pas)",
            };
            format!(
                "{}{statut}",
                if x.verdict == Verdict::Eligible && statut == " (déduit)" {
                    "information"
                } else {
                    mot(x.verdict)
                }
            )
        }
        None => "sans objet".into(),
    }
}

fn libelle_situation(s: Situation) -> &'static str {
    trouve_ton_mentor::engine::code_situation(s)
}

/// The table, from the data and the engine.
fn table() -> String {
    let c = cat();
    let fr = Textes::francais_complet();
    let mut t = String::new();
    t.push_str("# Règles du catalogue, passage par passage\n\n");
    t.push_str("Généré depuis `public/catalogue.json` et le moteur par `tests/brochure.rs` (`REGENERER=1 cargo test --test brochure`) ; ce test échoue si ce fichier ne correspond plus aux données. Pour chaque programme et chaque règle : le passage de la brochure (`docs/brochure.txt`, vérifié mot pour mot), la règle telle que les données la disent, et le verdict que le moteur en tire. « déduit » : la brochure ne donne pas d'âge, l'application le déduit des niveaux scolaires et ne l'affiche jamais ; « la brochure ne le dit pas » : à vérifier avec l'association.\n\n");
    t.push_str("## Pour tous les programmes\n\n| Règle | Ce que dit la brochure | Dans les données | Verdict |\n| --- | --- | --- | --- |\n");
    ligne(
        &mut t,
        "Âge du mentorat",
        &c.mentorat.age_extrait,
        &format!("{} à {} ans", c.mentorat.age_min, c.mentorat.age_max),
        "hors de ces âges : ne correspond pas, pour chaque programme",
    );
    ligne(
        &mut t,
        "Territoire",
        &c.territoire.extrait,
        &c.territoire.nom,
        "habite hors du territoire : ne correspond pas ; inconnu : sans effet",
    );
    for p in &c.programmes {
        let e = &p.eligibilite;
        let _ = write!(
            t,
            "\n## {}\n\n### Jeunes\n\n| Règle | Ce que dit la brochure | Dans les données | Verdict |\n| --- | --- | --- | --- |\n",
            p.nom
        );
        // Age: every age of mentoring, one outcome each.
        let points: Vec<(u8, String)> = (c.mentorat.age_min..=c.mentorat.age_max)
            .map(|a| {
                (
                    a,
                    issue(
                        p,
                        &Reponses {
                            age: Some(a),
                            ..Reponses::default()
                        },
                        Regle::Age,
                    ),
                )
            })
            .collect();
        let donnees = if e.age.precis {
            format!("{} à {} ans, donnés par la brochure", e.age.min, e.age.max)
        } else {
            format!(
                "« {} » ; âges déduits {}–{}, jamais affichés",
                e.age.texte, e.age.min, e.age.max
            )
        };
        ligne(&mut t, "Âge", &e.age.extrait, &donnees, &plages(&points));
        // Situations.
        let par_situation: Vec<String> = Situation::TOUTES
            .iter()
            .map(|s| {
                format!(
                    "{} : {}",
                    libelle_situation(*s),
                    issue(
                        p,
                        &Reponses {
                            situation: Some(*s),
                            ..Reponses::default()
                        },
                        Regle::Situation
                    )
                )
            })
            .collect();
        let liste = |l: &[Situation]| l.iter().map(|s| libelle_situation(*s)).collect::<Vec<_>>().join(", ");
        let donnees = format!(
            "prises : {} ; à vérifier : {}",
            liste(&e.situations),
            if e.situations_a_verifier.is_empty() {
                "aucune".into()
            } else {
                liste(&e.situations_a_verifier)
            }
        );
        ligne(&mut t, "Situation", &e.extrait, &donnees, &par_situation.join(" ; "));
        // Conditions, in a situation the programme takes.
        for cond in &e.conditions {
            let base = Reponses {
                situation: e.situations.first().copied(),
                ..Reponses::default()
            };
            let regle = Regle::Condition(cond.critere);
            let avec = |t: Option<Tri>| {
                let mut r = base.clone();
                match cond.critere {
                    Critere::Rep => r.rep = t,
                    Critere::Ase => r.ase = t,
                    Critere::Qpv => r.qpv = t,
                }
                r
            };
            let mut verdicts = vec![
                format!("oui : {}", issue(p, &avec(Some(Tri::Oui)), regle)),
                format!("non : {}", issue(p, &avec(Some(Tri::Non)), regle)),
                format!("ne sait pas : {}", issue(p, &avec(Some(Tri::Nsp)), regle)),
            ];
            if let Some(autre) = cond.ou {
                let mut r = avec(Some(Tri::Non));
                match autre {
                    Critere::Rep => r.rep = Some(Tri::Oui),
                    Critere::Ase => r.ase = Some(Tri::Oui),
                    Critere::Qpv => r.qpv = Some(Tri::Oui),
                }
                verdicts.push(format!(
                    "non, mais {} oui : {}",
                    autre.libelle(&fr),
                    issue(p, &r, regle)
                ));
            }
            let niveau = match cond.niveau {
                Niveau::Requis => "requise",
                Niveau::Prioritaire => "prioritaire",
            };
            let mut donnees = format!("{} ({niveau}) : « {} »", cond.critere.libelle(&fr), cond.texte);
            if let Some(reste) = &cond.reste_a_verifier {
                let _ = write!(donnees, " ; reste à vérifier : « {reste} »");
            }
            ligne(&mut t, "Condition", &cond.extrait, &donnees, &verdicts.join(" ; "));
        }
        // Volunteers.
        t.push_str("\n### Bénévoles\n\n| Règle | Ce que dit la brochure | Dans les données | Verdict |\n| --- | --- | --- | --- |\n");
        let m = &p.mentors;
        let par_profil: Vec<String> = PROFILS
            .iter()
            .map(|x| {
                let (_, r) = verdict_mentor(
                    p,
                    &ReponsesMentor {
                        profil: Some(*x),
                        ..ReponsesMentor::default()
                    },
                );
                let v = r
                    .iter()
                    .find(|y| y.regle == Regle::Profil)
                    .map_or(Verdict::AVerifier, |y| y.verdict);
                format!("{} : {}", x.libelle(&fr), mot(v))
            })
            .collect();
        let profils = |l: &[ProfilMentor]| l.iter().map(|x| x.libelle(&fr)).collect::<Vec<_>>().join(", ");
        let donnees = format!(
            "oui : {} ; à vérifier : {}",
            profils(&m.profils),
            if m.profils_a_verifier.is_empty() {
                "aucun".into()
            } else {
                profils(&m.profils_a_verifier)
            }
        );
        ligne(
            &mut t,
            "Profil du mentor",
            &m.extrait,
            &donnees,
            &par_profil.join(" ; "),
        );
        let par_heures: Vec<(u8, String)> = (0..=10u8)
            .map(|h| {
                let (_, r) = verdict_mentor(
                    p,
                    &ReponsesMentor {
                        heures: Some(h),
                        ..ReponsesMentor::default()
                    },
                );
                (
                    h,
                    r.iter()
                        .find(|y| y.regle == Regle::Heures)
                        .map_or("sans objet", |y| mot(y.verdict))
                        .to_string(),
                )
            })
            .collect();
        let heures = plages(&par_heures).replace(" :", " h :");
        ligne(
            &mut t,
            "Temps par mois",
            &m.extrait_engagement,
            &format!("au moins {} h par mois", fr.decimal(m.heures_mois_min)),
            &heures,
        );
        if m.employeur_partenaire {
            let par_reponse: Vec<String> = [
                (Some(Tri::Oui), "oui"),
                (Some(Tri::Non), "non"),
                (Some(Tri::Nsp), "ne sait pas"),
            ]
            .iter()
            .map(|(t, nom)| {
                let (_, r) = verdict_mentor(
                    p,
                    &ReponsesMentor {
                        employeur: *t,
                        ..ReponsesMentor::default()
                    },
                );
                format!(
                    "{nom} : {}",
                    r.iter()
                        .find(|y| y.regle == Regle::Employeur)
                        .map_or("sans objet", |y| mot(y.verdict))
                )
            })
            .collect();
            ligne(
                &mut t,
                "Employeur partenaire",
                &m.extrait,
                "employeur partenaire requis",
                &par_reponse.join(" ; "),
            );
        }
        ligne(
            &mut t,
            "Capacité",
            &p.capacite.extrait,
            &p.capacite.note.clone().unwrap_or_else(|| "—".into()),
            "affichée sur la page du programme",
        );
    }
    t
}

/// `docs/regles.md` is the table of today's data.
#[test]
fn la_table_d_audit_suit_les_donnees() {
    let attendu = table();
    let chemin = format!("{}/docs/regles.md", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("REGENERER").is_some() {
        std::fs::write(&chemin, &attendu).expect("écriture de docs/regles.md");
    }
    let actuel = std::fs::read_to_string(&chemin).unwrap_or_default();
    assert!(
        actuel == attendu,
        "docs/regles.md ne correspond plus aux données : REGENERER=1 cargo test --test brochure"
    );
    // What the table says about the issue's cases: a retiree at Article 1
    // and Proxité ("actif dans le monde du travail"), a primary-school
    // pupil at Télémaque.
    let par_programme: BTreeMap<&str, &str> = attendu
        .split("\n## ")
        .skip(2)
        .filter_map(|s| s.split_once('\n'))
        .collect();
    for nom in ["Article 1", "Proxité"] {
        let profil = par_programme[nom]
            .lines()
            .find(|l| l.starts_with("| Profil du mentor"))
            .unwrap_or_default();
        assert!(
            profil.contains("dans le monde du travail") && profil.contains("retraités : ne correspond pas"),
            "{nom} : {profil}"
        );
    }
    let situation = par_programme["Télémaque"]
        .lines()
        .find(|l| l.starts_with("| Situation"))
        .unwrap_or_default();
    assert!(
        situation.contains("ecole : ne correspond pas") && situation.contains("college : correspond"),
        "{situation}"
    );
}
