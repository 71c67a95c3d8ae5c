//! The editor's model, plain Rust tested natively: a catalogue is edited
//! as its JSON tree (so the saved file keeps the order and the shape of
//! `public/catalogue.json`), field by field, and checked after each change
//! by `catalogue::charger_valeur`, the build's own rules.

use crate::catalogue::{self, CatalogueError};
use crate::json::Json;

/// One step of a field's path: a key of an object or a position in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pas {
    Cle(String),
    Rang(usize),
}

/// A field's path from the root of the catalogue.
pub type Chemin = Vec<Pas>;

/// A path as the build's messages name it: `contact.courriel`,
/// `eligibilite.conditions[0].texte`.
pub fn nommer(chemin: &[Pas]) -> String {
    let mut nom = String::new();
    for pas in chemin {
        match pas {
            Pas::Cle(c) if nom.is_empty() => nom.push_str(c),
            Pas::Cle(c) => {
                nom.push('.');
                nom.push_str(c);
            }
            Pas::Rang(i) => nom.push_str(&format!("[{i}]")),
        }
    }
    nom
}

/// The value at a path, if there is one.
pub fn valeur<'a>(racine: &'a Json, chemin: &[Pas]) -> Option<&'a Json> {
    chemin.iter().try_fold(racine, |v, pas| match (v, pas) {
        (Json::Objet(_), Pas::Cle(c)) => v.get(c),
        (Json::Liste(l), Pas::Rang(i)) => l.get(*i),
        _ => None,
    })
}

/// Replaces the value at a path (nothing happens if the path does not exist).
pub fn remplacer(racine: &mut Json, chemin: &[Pas], nouvelle: Json) {
    let Some((dernier, avant)) = chemin.split_last() else {
        *racine = nouvelle;
        return;
    };
    let mut v = racine;
    for pas in avant {
        v = match (v, pas) {
            (Json::Objet(p), Pas::Cle(c)) => match p.iter_mut().find(|(k, _)| k == c) {
                Some((_, v)) => v,
                None => return,
            },
            (Json::Liste(l), Pas::Rang(i)) => match l.get_mut(*i) {
                Some(v) => v,
                None => return,
            },
            _ => return,
        };
    }
    match (v, dernier) {
        (Json::Objet(p), Pas::Cle(c)) => {
            if let Some((_, v)) = p.iter_mut().find(|(k, _)| k == c) {
                *v = nouvelle;
            }
        }
        (Json::Liste(l), Pas::Rang(i)) => {
            if let Some(v) = l.get_mut(*i) {
                *v = nouvelle;
            }
        }
        _ => {}
    }
}

/// The value a person typed into a field that held `ancienne`: a number
/// stays a number when it reads as one (otherwise the build's rule says
/// what is wrong), an empty optional field becomes `null` again, anything
/// else is text.
pub fn saisie(ancienne: &Json, tape: &str) -> Json {
    let nombre = |t: &str| !t.is_empty() && t.parse::<f64>().is_ok_and(f64::is_finite);
    match ancienne {
        Json::Nombre(_) if nombre(tape.trim()) => Json::Nombre(tape.trim().to_string()),
        Json::Nul if tape.is_empty() => Json::Nul,
        _ => Json::Texte(tape.to_string()),
    }
}

/// What a leaf shows in its field and in the list of changes.
pub fn affichage(v: &Json) -> String {
    match v {
        Json::Nul => String::new(),
        Json::Booleen(b) => if *b { "oui" } else { "non" }.to_string(),
        Json::Nombre(n) => n.clone(),
        Json::Texte(t) => t.clone(),
        Json::Liste(l) => l.iter().map(affichage).collect::<Vec<_>>().join(", "),
        // An element added or removed whole (a condition, a special offer):
        // what it says, field after field.
        Json::Objet(p) => p
            .iter()
            .map(|(_, v)| affichage(v))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ; "),
    }
}

/// Adds an element at the end of the list at `chemin`, shaped like the
/// ones the catalogue already has there (the list's own first element, or
/// the same list in another programme: a contact person where a programme
/// has none), its texts empty so that the build's rules ask for them.
/// Returns the new element's position.
pub fn ajouter(racine: &mut Json, chemin: &[Pas]) -> Option<usize> {
    let modele = patron(racine, chemin).map_or(Json::Texte(String::new()), vierge);
    let mut liste = valeur(racine, chemin)?.liste()?.to_vec();
    liste.push(modele);
    let rang = liste.len() - 1;
    remplacer(racine, chemin, Json::Liste(liste));
    Some(rang)
}

/// Removes the element at `rang` of the list at `chemin` (the ones after it
/// move up one place).
pub fn retirer(racine: &mut Json, chemin: &[Pas], rang: usize) {
    let Some(mut liste) = valeur(racine, chemin).and_then(Json::liste).map(<[Json]>::to_vec) else {
        return;
    };
    if rang < liste.len() {
        liste.remove(rang);
        remplacer(racine, chemin, Json::Liste(liste));
    }
}

/// An element of this list as the catalogue has one: in the list itself,
/// or at the same place in another programme.
fn patron<'a>(racine: &'a Json, chemin: &[Pas]) -> Option<&'a Json> {
    let premier = |c: &[Pas]| valeur(racine, c).and_then(Json::liste).and_then(<[Json]>::first);
    premier(chemin).or_else(|| match chemin {
        [p @ Pas::Cle(programmes), Pas::Rang(_), reste @ ..] if programmes == "programmes" => {
            let n = valeur(racine, std::slice::from_ref(p))
                .and_then(Json::liste)
                .map_or(0, <[Json]>::len);
            (0..n).find_map(|j| {
                let mut autre = vec![p.clone(), Pas::Rang(j)];
                autre.extend_from_slice(reste);
                premier(&autre)
            })
        }
        _ => None,
    })
}

/// The same shape, emptied: texts empty, numbers 0, lists empty, no to
/// every yes/no, `null` kept.
fn vierge(v: &Json) -> Json {
    match v {
        Json::Nul => Json::Nul,
        Json::Booleen(_) => Json::Booleen(false),
        Json::Nombre(_) => Json::Nombre("0".into()),
        Json::Texte(_) => Json::Texte(String::new()),
        Json::Liste(_) => Json::Liste(Vec::new()),
        Json::Objet(p) => Json::Objet(p.iter().map(|(k, v)| (k.clone(), vierge(v))).collect()),
    }
}

/// One field that differs between the opened catalogue and the edited one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changement {
    /// The programme's id, or `None` for the catalogue's general fields.
    pub programme: Option<String>,
    /// The field inside the programme (or the file), as the build names it.
    pub champ: String,
    pub avant: String,
    pub apres: String,
}

/// Every field changed, in the order of the file. A list of choices (the
/// situations, the needs) is one field; a list of texts or of objects is
/// compared element by element.
pub fn changements(avant: &Json, apres: &Json) -> Vec<Changement> {
    let mut sortie = Vec::new();
    comparer(avant, apres, &mut Vec::new(), apres, &mut sortie);
    sortie
}

fn comparer(a: &Json, b: &Json, chemin: &mut Chemin, racine: &Json, sortie: &mut Vec<Changement>) {
    match (a, b) {
        (Json::Objet(pa), Json::Objet(pb)) => {
            for (cle, vb) in pb {
                chemin.push(Pas::Cle(cle.clone()));
                match pa.iter().find(|(k, _)| k == cle) {
                    Some((_, va)) => comparer(va, vb, chemin, racine, sortie),
                    None => noter(&Json::Nul, vb, chemin, racine, sortie),
                }
                chemin.pop();
            }
        }
        (Json::Liste(la), Json::Liste(lb)) if !(choix(la) && choix(lb)) => {
            comparer_listes(la, lb, chemin, racine, sortie);
        }
        _ if a != b => noter(a, b, chemin, racine, sortie),
        _ => {}
    }
}

/// Two lists element by element: the elements both keep (the longest
/// common run, so removing the second place does not read as changing the
/// second and removing the third) are skipped; between two kept ones, the
/// old and new elements are paired in order and compared, and what is left
/// is an element added (named by its new position) or removed (by its old).
fn comparer_listes(la: &[Json], lb: &[Json], chemin: &mut Chemin, racine: &Json, sortie: &mut Vec<Changement>) {
    // Longest common subsequence, from the ends (lists are a few elements).
    let mut lcs = vec![vec![0usize; lb.len() + 1]; la.len() + 1];
    for i in (0..la.len()).rev() {
        for j in (0..lb.len()).rev() {
            lcs[i][j] = if la[i] == lb[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut retires: Vec<usize> = Vec::new();
    let mut ajoutes: Vec<usize> = Vec::new();
    let vider =
        |retires: &mut Vec<usize>, ajoutes: &mut Vec<usize>, chemin: &mut Chemin, sortie: &mut Vec<Changement>| {
            for k in 0..retires.len().max(ajoutes.len()) {
                let (a, b, rang) = match (retires.get(k), ajoutes.get(k)) {
                    (Some(&r), Some(&n)) => (&la[r], &lb[n], n),
                    (Some(&r), None) => (&la[r], &Json::Nul, r),
                    (None, Some(&n)) => (&Json::Nul, &lb[n], n),
                    (None, None) => continue,
                };
                chemin.push(Pas::Rang(rang));
                match (a, b) {
                    (Json::Nul, _) | (_, Json::Nul) => noter(a, b, chemin, racine, sortie),
                    _ => comparer(a, b, chemin, racine, sortie),
                }
                chemin.pop();
            }
            retires.clear();
            ajoutes.clear();
        };
    while i < la.len() || j < lb.len() {
        if i < la.len() && j < lb.len() && la[i] == lb[j] {
            vider(&mut retires, &mut ajoutes, chemin, sortie);
            i += 1;
            j += 1;
        } else if j < lb.len() && (i == la.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ajoutes.push(j);
            j += 1;
        } else {
            retires.push(i);
            i += 1;
        }
    }
    vider(&mut retires, &mut ajoutes, chemin, sortie);
}

/// A list of codes (`["ecole", "college"]`), edited as one set of choices.
fn choix(liste: &[Json]) -> bool {
    liste.iter().all(|v| v.texte().is_some_and(crate::catalogue::id_valide))
}

fn noter(a: &Json, b: &Json, chemin: &[Pas], racine: &Json, sortie: &mut Vec<Changement>) {
    let (programme, champ) = situer(racine, chemin);
    sortie.push(Changement {
        programme,
        champ,
        avant: affichage(a),
        apres: affichage(b),
    });
}

/// A path split as the build's messages do: the programme (by id) and the
/// field inside it.
pub fn situer(racine: &Json, chemin: &[Pas]) -> (Option<String>, String) {
    match chemin {
        [Pas::Cle(p), Pas::Rang(i), reste @ ..] if p == "programmes" => {
            let id = valeur(racine, &chemin[..2])
                .and_then(|p| p.get("id"))
                .and_then(Json::texte)
                .map_or_else(|| format!("programmes[{i}]"), str::to_string);
            (Some(id), nommer(reste))
        }
        _ => (None, nommer(chemin)),
    }
}

/// Checks the edited tree with the build's rules; every problem, as the
/// build prints them (`catalogue.json : programme « afev » : champ …`).
pub fn verifier(racine: &Json) -> Vec<CatalogueError> {
    let mut erreurs = catalogue::charger_valeur(NOM_FICHIER, racine).err().unwrap_or_default();
    // The app's wasm leaves out the rule on the lists' empty elements,
    // which the build applies natively: the editor's wasm asks for it.
    if cfg!(target_arch = "wasm32") {
        erreurs.extend(catalogue::elements_vides(NOM_FICHIER, racine));
    }
    erreurs
}

/// The name of the saved file, in the messages too.
pub const NOM_FICHIER: &str = "catalogue.json";

/// Whether an error is about this field: the same field, or a part of it
/// (an error on `eligibilite.age` shows beside the minimum and the maximum).
pub fn concerne(erreur: &CatalogueError, programme: Option<&str>, champ: &str) -> bool {
    erreur.programme.as_deref() == programme
        && !erreur.champ.is_empty()
        && (champ == erreur.champ
            || champ
                .strip_prefix(erreur.champ.as_str())
                .is_some_and(|reste| reste.starts_with('.') || reste.starts_with('[')))
}

/// The tree as a file like `public/catalogue.json`: two spaces per level,
/// keys in their order, numbers as written, a final newline.
pub fn ecrire(racine: &Json) -> String {
    let mut sortie = String::new();
    ecrire_valeur(racine, 0, &mut sortie);
    sortie.push('\n');
    sortie
}

fn ecrire_valeur(v: &Json, niveau: usize, s: &mut String) {
    let retrait = |n: usize, s: &mut String| s.extend(std::iter::repeat_n("  ", n));
    match v {
        Json::Nul => s.push_str("null"),
        Json::Booleen(b) => s.push_str(if *b { "true" } else { "false" }),
        Json::Nombre(n) => s.push_str(n),
        Json::Texte(t) => ecrire_texte(t, s),
        Json::Liste(l) if l.is_empty() => s.push_str("[]"),
        Json::Objet(p) if p.is_empty() => s.push_str("{}"),
        Json::Liste(l) => {
            s.push_str("[\n");
            for (i, e) in l.iter().enumerate() {
                retrait(niveau + 1, s);
                ecrire_valeur(e, niveau + 1, s);
                s.push_str(if i + 1 < l.len() { ",\n" } else { "\n" });
            }
            retrait(niveau, s);
            s.push(']');
        }
        Json::Objet(p) => {
            s.push_str("{\n");
            for (i, (k, e)) in p.iter().enumerate() {
                retrait(niveau + 1, s);
                ecrire_texte(k, s);
                s.push_str(": ");
                ecrire_valeur(e, niveau + 1, s);
                s.push_str(if i + 1 < p.len() { ",\n" } else { "\n" });
            }
            retrait(niveau, s);
            s.push('}');
        }
    }
}

fn ecrire_texte(t: &str, s: &mut String) {
    s.push('"');
    for c in t.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if u32::from(c) < 0x20 => s.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => s.push(c),
        }
    }
    s.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn source() -> Json {
        json::lire(crate::catalogue::FICHIER_SOURCE).unwrap()
    }

    fn chemin(programme: usize, champs: &[&str]) -> Chemin {
        let mut c = vec![Pas::Cle("programmes".into()), Pas::Rang(programme)];
        c.extend(champs.iter().map(|k| Pas::Cle((*k).into())));
        c
    }

    fn rang(racine: &Json, id: &str) -> usize {
        racine
            .get("programmes")
            .and_then(Json::liste)
            .unwrap()
            .iter()
            .position(|p| p.get("id").and_then(Json::texte) == Some(id))
            .unwrap()
    }

    #[test]
    fn le_fichier_reecrit_est_celui_du_depot_octet_pour_octet() {
        assert_eq!(ecrire(&source()), crate::catalogue::FICHIER_SOURCE);
    }

    #[test]
    fn un_courriel_faux_est_signale_au_champ_avec_le_message_du_build_puis_corrige() {
        let mut c = source();
        let afev = chemin(rang(&c, "afev"), &["contact", "courriel"]);
        let juste = valeur(&c, &afev).unwrap().clone();
        remplacer(&mut c, &afev, saisie(&juste, "dunkerque-afev.org"));
        let erreurs = verifier(&c);
        assert_eq!(erreurs.len(), 1, "{erreurs:?}");
        assert!(concerne(&erreurs[0], Some("afev"), "contact.courriel"));
        assert!(!concerne(&erreurs[0], Some("afev"), "contact.site"));
        assert!(
            erreurs[0]
                .to_string()
                .starts_with("catalogue.json : programme « afev » : champ « contact.courriel » : "),
            "{}",
            erreurs[0]
        );
        remplacer(&mut c, &afev, juste);
        assert!(verifier(&c).is_empty());
    }

    #[test]
    fn les_changements_sont_listes_champ_par_champ() {
        let avant = source();
        let mut apres = avant.clone();
        let tel = chemin(rang(&avant, "proxite"), &["contact", "telephone"]);
        remplacer(&mut apres, &tel, Json::Texte("03 28 00 00 00".into()));
        let age = chemin(rang(&avant, "afev"), &["eligibilite", "age", "max"]);
        let ancien = valeur(&avant, &age).unwrap().clone();
        remplacer(&mut apres, &age, saisie(&ancien, "16"));
        assert_eq!(valeur(&apres, &age), Some(&Json::Nombre("16".into())));
        let liste = changements(&avant, &apres);
        assert_eq!(liste.len(), 2, "{liste:?}");
        assert_eq!(liste[0].programme.as_deref(), Some("afev"));
        assert_eq!(liste[0].champ, "eligibilite.age.max");
        assert_eq!((liste[0].avant.as_str(), liste[0].apres.as_str()), ("15", "16"));
        assert_eq!(liste[1].champ, "contact.telephone");
        assert_eq!(liste[1].apres, "03 28 00 00 00");
        assert!(changements(&avant, &avant).is_empty());
    }

    #[test]
    fn un_partenaire_ajoute_est_vide_signale_puis_liste_comme_ajout() {
        let avant = source();
        let mut c = avant.clone();
        let partenaires = chemin(rang(&c, "article-1"), &["partenaires"]);
        assert_eq!(ajouter(&mut c, &partenaires), Some(3));
        let nouveau = with_rang(&partenaires, 3);
        assert_eq!(valeur(&c, &nouveau), Some(&Json::Texte(String::new())));
        // Left empty, the build's rule names the element, beside its field.
        let erreurs = verifier(&c);
        assert_eq!(erreurs.len(), 1, "{erreurs:?}");
        assert!(concerne(&erreurs[0], Some("article-1"), "partenaires[3]"));
        assert!(!concerne(&erreurs[0], Some("article-1"), "partenaires[2]"));
        remplacer(&mut c, &nouveau, Json::Texte("Entreprises du Dunkerquois".into()));
        assert!(verifier(&c).is_empty());
        let liste = changements(&avant, &c);
        assert_eq!(liste.len(), 1, "{liste:?}");
        assert_eq!(liste[0].champ, "partenaires[3]");
        assert_eq!(
            (liste[0].avant.as_str(), liste[0].apres.as_str()),
            ("", "Entreprises du Dunkerquois")
        );
    }

    #[test]
    fn un_lieu_retire_est_un_seul_changement_a_son_ancienne_place() {
        let avant = source();
        let mut c = avant.clone();
        let lieux = chemin(rang(&c, "entreprendre-ensemble"), &["modalites", "lieux"]);
        let anciens = valeur(&c, &lieux).and_then(Json::liste).unwrap().to_vec();
        assert_eq!(anciens.len(), 3);
        retirer(&mut c, &lieux, 1);
        assert_eq!(
            valeur(&c, &lieux).and_then(Json::liste).unwrap(),
            &[anciens[0].clone(), anciens[2].clone()]
        );
        // The third place moved up: not "second changed, third removed".
        let liste = changements(&avant, &c);
        assert_eq!(liste.len(), 1, "{liste:?}");
        assert_eq!(liste[0].champ, "modalites.lieux[1]");
        assert_eq!(liste[0].avant, affichage(&anciens[1]));
        assert_eq!(liste[0].apres, "");
        // Removed, and the one that moved up edited: the second changed,
        // the third gone.
        remplacer(&mut c, &with_rang(&lieux, 1), Json::Texte("Ailleurs".into()));
        let liste = changements(&avant, &c);
        let champs: Vec<(&str, &str)> = liste.iter().map(|l| (l.champ.as_str(), l.apres.as_str())).collect();
        assert_eq!(
            champs,
            [("modalites.lieux[1]", "Ailleurs"), ("modalites.lieux[2]", "")],
            "{liste:?}"
        );
        assert_eq!(liste[0].avant, affichage(&anciens[1]));
        assert_eq!(liste[1].avant, affichage(&anciens[2]));
        retirer(&mut c, &lieux, 9);
        assert_eq!(valeur(&c, &lieux).and_then(Json::liste).map(<[Json]>::len), Some(2));
        assert!(verifier(&c).is_empty());
    }

    #[test]
    fn un_element_ajoute_a_une_liste_vide_prend_la_forme_de_ceux_des_autres_programmes() {
        let avant = source();
        let mut c = avant.clone();
        let a1 = rang(&c, "article-1");
        // Article 1 has no condition: one like the others', emptied.
        let conditions = chemin(a1, &["eligibilite", "conditions"]);
        assert_eq!(ajouter(&mut c, &conditions), Some(0));
        let Some(Json::Objet(champs)) = valeur(&c, &with_rang(&conditions, 0)) else {
            panic!()
        };
        assert!(
            champs
                .iter()
                .any(|(k, v)| k == "texte" && *v == Json::Texte(String::new()))
        );
        assert!(champs.iter().any(|(k, _)| k == "critere"));
        // The empty condition is not a valid one: the build says where.
        let erreurs = verifier(&c);
        assert!(!erreurs.is_empty());
        assert!(
            erreurs
                .iter()
                .all(|e| concerne(e, Some("article-1"), &e.champ) && e.champ.starts_with("eligibilite.conditions[0].")),
            "{erreurs:?}"
        );
        let liste = changements(&avant, &c);
        assert_eq!(liste.len(), 1, "{liste:?}");
        assert_eq!(liste[0].champ, "eligibilite.conditions[0]");
        retirer(&mut c, &conditions, 0);
        assert_eq!(c, avant);
        // A contact person: a text, as Entreprendre Ensemble's are.
        let personnes = chemin(a1, &["contact", "personnes"]);
        assert_eq!(ajouter(&mut c, &personnes), Some(0));
        assert_eq!(valeur(&c, &with_rang(&personnes, 0)), Some(&Json::Texte(String::new())));
        assert_eq!(ajouter(&mut c, &chemin(a1, &["nom"])), None);
    }

    fn with_rang(c: &[Pas], i: usize) -> Chemin {
        let mut c = c.to_vec();
        c.push(Pas::Rang(i));
        c
    }

    #[test]
    fn un_champ_facultatif_vide_redevient_null() {
        assert_eq!(saisie(&Json::Nul, ""), Json::Nul);
        assert_eq!(saisie(&Json::Nul, "03"), Json::Texte("03".into()));
        assert_eq!(saisie(&Json::Nombre("2".into()), "deux"), Json::Texte("deux".into()));
        assert_eq!(
            nommer(&[Pas::Cle("a".into()), Pas::Rang(0), Pas::Cle("b".into())]),
            "a[0].b"
        );
    }
}
