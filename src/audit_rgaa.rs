//! The RGAA 4.1 audit as data, and its conformity rate computed the RGAA
//! way. Native only: `build.rs` includes this file to refuse an incomplete
//! audit and to write the rate and the date the accessibility statement
//! shows (so no figure of the statement is typed by hand), and
//! `src/bin/audit-rgaa.rs` prints the table for `make test`.
//!
//! Three files, in `docs/accessibilite/`:
//! - `criteres-rgaa.csv`: the 106 criteria (number, topic, title), written by
//!   `scripts/accessibilite/criteres-rgaa.mjs` from the official list;
//! - `audit.json`: the audit's date and its sample of pages (`id`, address);
//! - `audit-rgaa.csv`: `critere,pages,statut,preuve`, one row per criterion
//!   whose `pages` is `*` (the verdict for every page of the sample), plus a
//!   row per exception naming its pages (space-separated ids). A page named
//!   in a row takes that row; every other page takes the `*` row.
//!
//! Every (criterion, page) must end with a status, `C`, `NC` or `NA`, and a
//! non-empty piece of evidence; a criterion or page unknown, missing or
//! given twice is an error.

use crate::json::{self, Json};

/// The list of criteria, the sample and the verdicts, from the crate's root.
pub const CRITERES: &str = "docs/accessibilite/criteres-rgaa.csv";
pub const ECHANTILLON: &str = "docs/accessibilite/audit.json";
pub const AUDIT: &str = "docs/accessibilite/audit-rgaa.csv";

/// A verdict on one criterion for one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statut {
    /// Conforme.
    C,
    /// Non conforme.
    Nc,
    /// Non applicable.
    Na,
}

/// One page's verdict on one criterion, and how it was established.
#[derive(Debug, Clone)]
pub struct Cellule {
    pub statut: Statut,
    pub preuve: String,
}

/// The whole audit: every criterion for every page of the sample.
#[derive(Debug)]
pub struct Audit {
    pub date: String,
    pub pages: Vec<String>,
    /// The language key naming each page in the statement (`titres.fiche`).
    pub cles: Vec<String>,
    /// The test environment: browser and tools, with their versions.
    pub outils: Vec<String>,
    /// (number, title), in the official order.
    pub criteres: Vec<(String, String)>,
    /// `cellules[i][j]`: criterion `i` on page `j`.
    pub cellules: Vec<Vec<Cellule>>,
}

/// The three statuses a declaration may state (RGAA: totally compliant at
/// 100 %, partially from 50 %, not compliant below).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conformite {
    Totale,
    Partielle,
    Non,
}

/// Criteria met and applicable over a set of pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taux {
    pub respectes: usize,
    pub applicables: usize,
    /// The numbers of the criteria not met.
    pub non_respectes: Vec<String>,
}

impl Taux {
    /// The rate in tenths of a percent, rounded down (a declaration never
    /// rounds up to 100 %); 1000 when nothing applies.
    pub fn dixiemes(&self) -> u32 {
        if self.applicables == 0 {
            return 1000;
        }
        (self.respectes * 1000 / self.applicables) as u32
    }

    pub fn conformite(&self) -> Conformite {
        match self.dixiemes() {
            1000 => Conformite::Totale,
            500.. => Conformite::Partielle,
            _ => Conformite::Non,
        }
    }
}

impl Audit {
    /// The RGAA's global rate: a criterion is met when no page of the sample
    /// fails it and at least one applies it; it is applicable when at least
    /// one page applies it.
    pub fn taux(&self) -> Taux {
        self.taux_sur(&(0..self.pages.len()).collect::<Vec<_>>())
    }

    /// The same rate on one page.
    pub fn taux_page(&self, page: usize) -> Taux {
        self.taux_sur(&[page])
    }

    fn taux_sur(&self, pages: &[usize]) -> Taux {
        let mut t = Taux {
            respectes: 0,
            applicables: 0,
            non_respectes: Vec::new(),
        };
        for (i, (numero, _)) in self.criteres.iter().enumerate() {
            let statuts: Vec<Statut> = pages.iter().map(|&j| self.cellules[i][j].statut).collect();
            if statuts.iter().all(|s| *s == Statut::Na) {
                continue;
            }
            t.applicables += 1;
            if statuts.contains(&Statut::Nc) {
                t.non_respectes.push(numero.clone());
            } else {
                t.respectes += 1;
            }
        }
        t
    }
}

/// An incomplete audit's errors, one per line under a heading: what
/// `build.rs` and `make test-audit` print before failing.
pub fn rapport_incomplet(erreurs: &[String]) -> String {
    let mut rapport = format!("Audit RGAA incomplet ({} erreur(s)) :", erreurs.len());
    for e in erreurs {
        rapport.push_str("\n  ");
        rapport.push_str(e);
    }
    rapport
}

/// Reads the three files from the crate's root.
pub fn lire() -> Result<Audit, Vec<String>> {
    let lire = |f: &str| std::fs::read_to_string(f).map_err(|e| vec![format!("{f} : lecture impossible : {e}")]);
    charger(&lire(CRITERES)?, &lire(ECHANTILLON)?, &lire(AUDIT)?)
}

/// Builds the audit from the files' texts; every problem is reported, with
/// its file and line.
pub fn charger(criteres: &str, echantillon: &str, audit: &str) -> Result<Audit, Vec<String>> {
    let mut erreurs = Vec::new();
    let liste: Vec<(String, String)> = lignes_csv(CRITERES, criteres, 3, &mut erreurs)
        .into_iter()
        .map(|(_, mut l)| (std::mem::take(&mut l[0]), std::mem::take(&mut l[2])))
        .collect();
    let mut outils = Vec::new();
    let (date, pages, cles) = match json::lire(echantillon) {
        Ok(j) => {
            let date = j.get("date").and_then(Json::texte).unwrap_or_default().to_string();
            if !date_valide(&date) {
                erreurs.push(format!("{ECHANTILLON} : « date » doit être une date AAAA-MM-JJ"));
            }
            outils = j
                .get("outils")
                .and_then(Json::liste)
                .unwrap_or_default()
                .iter()
                .filter_map(Json::texte)
                .map(str::to_string)
                .collect();
            if outils.is_empty() {
                erreurs.push(format!(
                    "{ECHANTILLON} : « outils » : le navigateur et les outils du test, avec leur version"
                ));
            }
            let (mut pages, mut cles) = (Vec::new(), Vec::new());
            for p in j.get("echantillon").and_then(Json::liste).unwrap_or_default() {
                let champ = |nom| p.get(nom).and_then(Json::texte).unwrap_or_default().to_string();
                if champ("id").is_empty() || !champ("cle").contains('.') {
                    erreurs.push(format!(
                        "{ECHANTILLON} : une page sans « id » ou sans « cle » (section.nom)"
                    ));
                }
                pages.push(champ("id"));
                cles.push(champ("cle"));
            }
            if pages.is_empty() {
                erreurs.push(format!("{ECHANTILLON} : « echantillon » est vide"));
            }
            (date, pages, cles)
        }
        Err(e) => {
            erreurs.push(format!("{ECHANTILLON} : {e}"));
            (String::new(), Vec::new(), Vec::new())
        }
    };
    // defaut[i]: the `*` row of criterion i; propre[i][j]: a row naming page j.
    let mut defaut: Vec<Option<Cellule>> = vec![None; liste.len()];
    let mut propre: Vec<Vec<Option<Cellule>>> = vec![vec![None; pages.len()]; liste.len()];
    for (ligne, champs) in lignes_csv(AUDIT, audit, 4, &mut erreurs) {
        let ou = format!("{AUDIT}, ligne {ligne}");
        let Some(i) = liste.iter().position(|(n, _)| *n == champs[0]) else {
            erreurs.push(format!("{ou} : critère inconnu « {} »", champs[0]));
            continue;
        };
        let statut = match champs[2].as_str() {
            "C" => Statut::C,
            "NC" => Statut::Nc,
            "NA" => Statut::Na,
            autre => {
                erreurs.push(format!("{ou} : statut « {autre} » (C, NC ou NA)"));
                continue;
            }
        };
        if champs[3].trim().is_empty() {
            erreurs.push(format!("{ou} : critère {} sans preuve", champs[0]));
        }
        let cellule = Cellule {
            statut,
            preuve: champs[3].trim().to_string(),
        };
        let places: Vec<&mut Option<Cellule>> = if champs[1] == "*" {
            vec![&mut defaut[i]]
        } else {
            let mut places = Vec::new();
            for (j, case) in propre[i].iter_mut().enumerate() {
                if champs[1].split_whitespace().any(|p| p == pages[j]) {
                    places.push(case);
                }
            }
            for p in champs[1].split_whitespace().filter(|p| !pages.iter().any(|q| q == p)) {
                erreurs.push(format!("{ou} : page « {p} » absente de l'échantillon ({ECHANTILLON})"));
            }
            places
        };
        for case in places {
            if case.replace(cellule.clone()).is_some() {
                erreurs.push(format!(
                    "{ou} : critère {} donné deux fois pour une même page",
                    champs[0]
                ));
            }
        }
    }
    let mut cellules = Vec::new();
    for (i, (numero, _)) in liste.iter().enumerate() {
        let mut rangee = Vec::new();
        for (j, page) in pages.iter().enumerate() {
            match propre[i][j].take().or_else(|| defaut[i].clone()) {
                Some(c) => rangee.push(c),
                None => erreurs.push(format!(
                    "{AUDIT} : critère {numero} sans verdict pour la page « {page} »"
                )),
            }
        }
        cellules.push(rangee);
    }
    if liste.len() != 106 {
        erreurs.push(format!("{CRITERES} : {} critères, le RGAA 4.1 en a 106", liste.len()));
    }
    if erreurs.is_empty() {
        Ok(Audit {
            date,
            pages,
            cles,
            outils,
            criteres: liste,
            cellules,
        })
    } else {
        Err(erreurs)
    }
}

/// `AAAA-MM-JJ`.
fn date_valide(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The data rows of a CSV file (RFC 4180: commas, double quotes, `""`),
/// header skipped, each with its line number; a row without exactly
/// `colonnes` fields is an error.
fn lignes_csv(fichier: &str, texte: &str, colonnes: usize, erreurs: &mut Vec<String>) -> Vec<(usize, Vec<String>)> {
    let mut rangees = Vec::new();
    let (mut champs, mut champ, mut guillemets, mut ligne, mut debut) = (Vec::new(), String::new(), false, 1, 1);
    let mut car = texte.chars().peekable();
    while let Some(c) = car.next() {
        match c {
            '"' if guillemets && car.peek() == Some(&'"') => {
                car.next();
                champ.push('"');
            }
            '"' => guillemets = !guillemets,
            ',' if !guillemets => champs.push(std::mem::take(&mut champ)),
            '\n' if !guillemets => {
                champs.push(std::mem::take(&mut champ));
                rangees.push((debut, std::mem::take(&mut champs)));
                ligne += 1;
                debut = ligne;
            }
            '\r' if !guillemets => {}
            c => {
                if c == '\n' {
                    ligne += 1;
                }
                champ.push(c);
            }
        }
    }
    if !champ.is_empty() || !champs.is_empty() {
        champs.push(champ);
        rangees.push((debut, champs));
    }
    let mut donnees = Vec::new();
    for (n, r) in rangees.into_iter().skip(1) {
        if r.len() == colonnes {
            donnees.push((n, r));
        } else if !(r.len() == 1 && r[0].is_empty()) {
            erreurs.push(format!(
                "{fichier}, ligne {n} : {} champ(s) au lieu de {colonnes}",
                r.len()
            ));
        }
    }
    donnees
}

#[cfg(test)]
mod tests {
    use super::*;

    const ECH: &str = r#"{"date": "2026-12-03", "outils": ["x 1"], "echantillon": [{"id": "a", "cle": "t.a"}, {"id": "b", "cle": "t.b"}]}"#;

    /// A list of 106 criteria 1.1 … 1.106, enough for the checks.
    fn criteres() -> String {
        let mut t = String::from("critere,thematique,titre\n");
        for i in 1..=106 {
            t.push_str(&format!("1.{i},T,\"Titre, {i}\"\n"));
        }
        t
    }

    fn audit_avec(lignes: &str) -> String {
        let mut t = String::from("critere,pages,statut,preuve\n");
        for i in 3..=106 {
            t.push_str(&format!("1.{i},*,NA,\"pas de ceci, nulle part\"\n"));
        }
        t + lignes
    }

    #[test]
    fn le_taux_compte_les_criteres_respectes_sur_tout_l_echantillon() {
        // 1.1 met everywhere; 1.2 met on a, failed on b: 1 of 2 applicable.
        let a = charger(
            &criteres(),
            ECH,
            &audit_avec("1.1,*,C,axe\n1.2,*,C,clavier\n1.2,b,NC,\"piège, voir\"\n"),
        )
        .expect("audit complet");
        let t = a.taux();
        assert_eq!(
            (t.respectes, t.applicables, t.non_respectes.clone()),
            (1, 2, vec!["1.2".to_string()])
        );
        assert_eq!((t.dixiemes(), t.conformite()), (500, Conformite::Partielle));
        assert_eq!(a.taux_page(0).dixiemes(), 1000);
        assert_eq!(a.cellules[1][1].preuve, "piège, voir");
        let tout = charger(&criteres(), ECH, &audit_avec("1.1,*,C,axe\n1.2,a b,NA,rien\n")).expect("complet");
        assert_eq!(
            (tout.taux().applicables, tout.taux().conformite()),
            (1, Conformite::Totale)
        );
    }

    #[test]
    fn un_audit_incomplet_est_refuse() {
        // 1.2 has no verdict for page b.
        let e = charger(&criteres(), ECH, &audit_avec("1.1,*,C,axe\n1.2,a,C,axe\n")).unwrap_err();
        assert_eq!(
            e,
            vec![format!("{AUDIT} : critère 1.2 sans verdict pour la page « b »")]
        );
        // No evidence, an unknown page, a verdict given twice, a bad status.
        let e = charger(
            &criteres(),
            ECH,
            &audit_avec("1.1,*,C,\n1.2,*,C,x\n1.2,a c,NA,x\n1.2,a,C,y\n1.1,b,OK,z\n"),
        )
        .unwrap_err();
        assert_eq!(e.len(), 4, "{e:#?}");
        assert!(e[0].contains("ligne 106 : critère 1.1 sans preuve"), "{e:#?}");
        assert!(e[1].contains("page « c » absente"), "{e:#?}");
        assert!(e[2].contains("donné deux fois"), "{e:#?}");
        assert!(e[3].contains("statut « OK »"), "{e:#?}");
        // A criterion of the official list missing from the list.
        let e = charger(&criteres().replace("1.5,T,\"Titre, 5\"\n", ""), ECH, &audit_avec("")).unwrap_err();
        assert!(e.iter().any(|e| e.contains("105 critères")), "{e:#?}");
    }

    #[test]
    fn l_audit_du_projet_est_complet() {
        let a = lire().unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(a.criteres.len(), 106);
        assert!(a.pages.len() >= 14);
    }
}
