//! The catalogue file: the embedded one loads and says what the brochure
//! says; every kind of broken file is refused with a message naming the
//! file, the programme and the field.

use serde_json::{Value, json};
use trouve_ton_mentor::catalogue::{self, CatalogueError, Critere, Mode, Niveau, Situation};

const FICHIER: &str = "essai.json";

/// The real catalogue as a JSON value, to break one thing at a time.
fn valeur() -> Value {
    serde_json::from_str(catalogue::FICHIER_EMBARQUE).expect("le catalogue embarqué est du JSON")
}

fn erreurs(v: &Value) -> Vec<CatalogueError> {
    match catalogue::charger(FICHIER, &v.to_string()) {
        Ok(_) => panic!("le catalogue cassé a été accepté"),
        Err(e) => e,
    }
}

/// Exactly one error, on this programme and field, whose message contains `extrait`.
fn une_erreur(v: &Value, programme: Option<&str>, champ: &str, extrait: &str) -> CatalogueError {
    let e = erreurs(v);
    assert_eq!(e.len(), 1, "une seule erreur attendue : {e:#?}");
    let e = e.into_iter().next().unwrap();
    assert_eq!(e.fichier, FICHIER);
    assert_eq!(e.programme.as_deref(), programme, "{e}");
    assert_eq!(e.champ, champ, "{e}");
    assert!(e.message.contains(extrait), "« {extrait} » absent de : {e}");
    let texte = e.to_string();
    assert!(texte.starts_with(FICHIER), "{texte}");
    if let Some(p) = programme {
        assert!(texte.contains(&format!("programme « {p} »")), "{texte}");
    }
    if !champ.is_empty() {
        assert!(texte.contains(&format!("champ « {champ} »")), "{texte}");
    }
    e
}

fn programme<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["programmes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["id"] == id)
        .unwrap()
}

#[test]
fn le_catalogue_embarque_se_charge() {
    let c = catalogue::embarque().expect("catalogue valide");
    let ids: Vec<&str> = c.programmes.iter().map(|p| p.id.as_str()).collect();
    // Public contract: URLs and data-programme use these ids.
    assert_eq!(
        ids,
        [
            "afev",
            "article-1",
            "entreprendre-ensemble",
            "les-ombres",
            "proxite",
            "telemaque"
        ]
    );
    assert_eq!((c.mentorat.age_min, c.mentorat.age_max), (5, 30));
    assert_eq!(
        c.mentorat.impact.iter().map(|i| i.pourcentage).collect::<Vec<_>>(),
        [84, 89, 72, 86]
    );
    assert_eq!(c.mentorat.temoignages.len(), 2);
    assert_eq!(c.contact_regional.courriel, "hautsdefrance@collectifmentorat.fr");
    assert_eq!(c.territoire.code_epci, "245900428");
}

#[test]
fn les_faits_de_la_brochure_sont_dans_le_catalogue() {
    let c = catalogue::embarque().unwrap();
    let p = |id: &str| c.programme(id).unwrap().clone();

    let afev = p("afev");
    assert_eq!(afev.annee_creation, 1992);
    assert_eq!(
        (
            afev.jeunes_mentores.total,
            afev.jeunes_mentores.local,
            afev.jeunes_mentores.annee
        ),
        (31125, 176, 2022)
    );
    assert_eq!(afev.capacite.nombre, 235);
    assert_eq!((afev.eligibilite.age.min, afev.eligibilite.age.max), (5, 15));
    assert_eq!(afev.contact.courriel, "dunkerque@afev.org");
    let themes: Vec<&str> = afev
        .offres_speciales
        .iter()
        .flat_map(|o| o.themes.iter().map(String::as_str))
        .collect();
    for t in ["lecture", "nature", "arts"] {
        assert!(themes.iter().any(|x| x.contains(t)), "thème {t}");
    }

    let a1 = p("article-1");
    assert_eq!(
        (a1.annee_creation, a1.jeunes_mentores.total, a1.jeunes_mentores.local),
        (2004, 34614, 55)
    );
    assert!(a1.capacite.ou_plus && a1.capacite.nombre == 30);
    assert_eq!(a1.contact.courriel, "laurie-anne.gauche@article-1.eu");
    assert_eq!(a1.eligibilite.situations, [Situation::Etudiant]);

    let ee = p("entreprendre-ensemble");
    assert_eq!(
        (ee.annee_creation, ee.jeunes_mentores.total, ee.jeunes_mentores.local),
        (2021, 140, 132)
    );
    assert_eq!((ee.eligibilite.age.min, ee.eligibilite.age.max), (18, 30));
    assert_eq!(ee.contact.telephone.as_deref(), Some("06 03 21 90 45"));
    assert_eq!(ee.lien_telephone().as_deref(), Some("tel:0603219045"));
    assert_eq!(ee.contact.personnes, ["Laetitia Plovier", "Claudine Ducellier"]);
    assert!(ee.offres_speciales.iter().any(|o| o.nom.contains("Mentorat +")));

    let ombres = p("les-ombres");
    assert_eq!((ombres.jeunes_mentores.total, ombres.jeunes_mentores.local), (660, 4));
    assert_eq!((ombres.eligibilite.age.min, ombres.eligibilite.age.max), (14, 21));
    assert_eq!(ombres.modalites.format.principal, Mode::Distanciel);
    assert!(ombres.modalites.format.possible.is_empty());
    assert!(
        ombres
            .eligibilite
            .conditions
            .iter()
            .any(|c| c.critere == Critere::Ase && c.niveau == Niveau::Requis)
    );

    let proxite = p("proxite");
    assert_eq!(
        (
            proxite.annee_creation,
            proxite.jeunes_mentores.total,
            proxite.jeunes_mentores.local
        ),
        (2002, 2100, 41)
    );
    // The brochure's odd wording is kept: the capacity names Roubaix.
    assert!(proxite.capacite.zone.contains("Roubaix") && proxite.capacite.nombre == 50);
    assert_eq!(proxite.contact.telephone.as_deref(), Some("07 82 50 83 60"));

    let telemaque = p("telemaque");
    assert_eq!(
        (telemaque.annee_creation, telemaque.jeunes_mentores.annee),
        (2005, 2023)
    );
    assert_eq!(
        (telemaque.jeunes_mentores.total, telemaque.jeunes_mentores.local),
        (1800, 90)
    );
    assert_eq!(telemaque.capacite.nombre, 10);
    assert_eq!(telemaque.modalites.duree_mois_min, 72);
    assert!(telemaque.mentors.employeur_partenaire);
    assert!(
        telemaque
            .eligibilite
            .conditions
            .iter()
            .any(|c| c.critere == Critere::Rep && c.niveau == Niveau::Requis)
    );
    // Partner collèges only: what the REP question does not cover is said.
    assert!(
        telemaque
            .eligibilite
            .conditions
            .iter()
            .any(|c| c.reste_a_verifier.as_deref().is_some_and(|r| r.contains("partenaire")))
    );

    // Every programme can be reached in one tap: a web site and an e-mail.
    for p in &c.programmes {
        assert!(p.contact.site.starts_with("http"), "{}", p.id);
        assert!(p.lien_courriel().starts_with("mailto:"), "{}", p.id);
    }
}

#[test]
fn json_mal_forme() {
    let e = catalogue::charger(FICHIER, "{ \"version_schema\": 1,\n  \"programmes\": [ }").unwrap_err();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].programme, None);
    assert!(e[0].message.contains("JSON mal formé, ligne 2"), "{}", e[0]);
}

#[test]
fn valeur_inconnue_d_une_enumeration() {
    let mut v = valeur();
    programme(&mut v, "proxite")["eligibilite"]["situations"][1] = json!("pirate");
    let e = une_erreur(&v, Some("proxite"), "eligibilite.situations[1]", "valeur inconnue");
    assert!(e.message.contains("pirate"), "{e}");

    let mut v = valeur();
    programme(&mut v, "afev")["modalites"]["format"]["principal"] = json!("hologramme");
    une_erreur(&v, Some("afev"), "modalites.format.principal", "hologramme");
}

#[test]
fn age_minimum_superieur_au_maximum() {
    let mut v = valeur();
    programme(&mut v, "les-ombres")["eligibilite"]["age"]["min"] = json!(22);
    une_erreur(
        &v,
        Some("les-ombres"),
        "eligibilite.age",
        "l'âge minimum (22) dépasse l'âge maximum (21)",
    );
}

#[test]
fn identifiant_en_double() {
    let mut v = valeur();
    programme(&mut v, "telemaque")["id"] = json!("afev");
    une_erreur(&v, Some("afev"), "id", "déjà utilisé");
}

#[test]
fn identifiant_mal_forme() {
    let mut v = valeur();
    programme(&mut v, "telemaque")["id"] = json!("Télé maque");
    une_erreur(&v, Some("Télé maque"), "id", "minuscules");
}

#[test]
fn lien_qui_n_est_pas_http() {
    for mauvais in [
        "javascript:alert(1)",
        "data:text/html,<script>",
        "ftp://afev.org",
        "afev.org",
        "https://",
        "https://a b.org",
    ] {
        let mut v = valeur();
        programme(&mut v, "afev")["contact"]["site"] = json!(mauvais);
        une_erreur(&v, Some("afev"), "contact.site", "n'est pas un lien http");
    }
    let mut v = valeur();
    v["plan_national"]["site"] = json!("javascript:void(0)");
    une_erreur(&v, None, "plan_national.site", "n'est pas un lien http");
}

#[test]
fn courriel_et_telephone_invalides() {
    let mut v = valeur();
    programme(&mut v, "article-1")["contact"]["courriel"] = json!("x@y.fr?bcc=tous@exemple.fr");
    une_erreur(&v, Some("article-1"), "contact.courriel", "adresse e-mail");

    let mut v = valeur();
    programme(&mut v, "proxite")["contact"]["telephone"] = json!("javascript:1");
    une_erreur(&v, Some("proxite"), "contact.telephone", "numéro de téléphone");
}

#[test]
fn champ_obligatoire_absent() {
    let mut v = valeur();
    programme(&mut v, "entreprendre-ensemble")["contact"]
        .as_object_mut()
        .unwrap()
        .remove("courriel");
    une_erreur(
        &v,
        Some("entreprendre-ensemble"),
        "contact",
        "champ obligatoire absent : `courriel`",
    );

    let mut v = valeur();
    v.as_object_mut().unwrap().remove("date_maj");
    une_erreur(&v, None, "", "champ obligatoire absent : `date_maj`");
}

#[test]
fn programme_sans_identifiant_est_nomme_par_sa_position() {
    let mut v = valeur();
    programme(&mut v, "proxite").as_object_mut().unwrap().remove("id");
    une_erreur(&v, Some("programmes[4]"), "", "champ obligatoire absent : `id`");
}

#[test]
fn champ_inconnu_une_faute_de_frappe() {
    let mut v = valeur();
    programme(&mut v, "afev")["contact"]["courriell"] = json!("a@b.fr");
    une_erreur(&v, Some("afev"), "contact.courriell", "champ inconnu");
}

#[test]
fn type_invalide() {
    let mut v = valeur();
    programme(&mut v, "afev")["eligibilite"]["age"]["max"] = json!("quinze");
    une_erreur(&v, Some("afev"), "eligibilite.age.max", "type invalide");
    let mut v = valeur();
    programme(&mut v, "afev")["eligibilite"]["age"]["min"] = json!(-3);
    une_erreur(&v, Some("afev"), "eligibilite.age.min", "valeur invalide");
}

#[test]
fn autres_regles() {
    let mut v = valeur();
    v["version_schema"] = json!(99);
    une_erreur(&v, None, "version_schema", "version 99 inconnue");

    let mut v = valeur();
    v["date_maj"] = json!("26/11/2026");
    une_erreur(&v, None, "date_maj", "AAAA-MM-JJ");

    let mut v = valeur();
    v["programmes"] = json!([]);
    une_erreur(&v, None, "programmes", "vide");

    let mut v = valeur();
    programme(&mut v, "afev")["nom"] = json!("  ");
    une_erreur(&v, Some("afev"), "nom", "vide");

    let mut v = valeur();
    programme(&mut v, "afev")["eligibilite"]["situations_a_verifier"] = json!(["ecole"]);
    une_erreur(&v, Some("afev"), "eligibilite.situations_a_verifier", "à la fois");

    let mut v = valeur();
    programme(&mut v, "les-ombres")["eligibilite"]["conditions"][0]["texte"] = json!("");
    une_erreur(&v, Some("les-ombres"), "eligibilite.conditions[0].texte", "vide");

    let mut v = valeur();
    programme(&mut v, "telemaque")["eligibilite"]["conditions"][0]["reste_a_verifier"] = json!(" ");
    une_erreur(
        &v,
        Some("telemaque"),
        "eligibilite.conditions[0].reste_a_verifier",
        "vide",
    );

    let mut v = valeur();
    v["mentorat"]["impact"][0]["pourcentage"] = json!(140);
    une_erreur(&v, None, "mentorat.impact[0].pourcentage", "100");
}

#[test]
fn toutes_les_erreurs_sont_rendues_d_un_coup() {
    let mut v = valeur();
    programme(&mut v, "afev")["eligibilite"]["age"]["min"] = json!(40);
    programme(&mut v, "proxite")["contact"]["site"] = json!("javascript:alert(1)");
    let e = erreurs(&v);
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].programme.as_deref(), Some("afev"));
    assert_eq!(e[1].programme.as_deref(), Some("proxite"));
}

#[test]
fn le_catalogue_se_relit_a_l_identique() {
    // What the app would publish or cache is what it read.
    let c = catalogue::embarque().unwrap();
    let texte = serde_json::to_string(&c).unwrap();
    assert_eq!(catalogue::charger(FICHIER, &texte).unwrap(), c);
}

#[test]
fn contenu_hostile_refuse_sans_plantage() {
    // Deep nesting: refused by the reader's depth limit with a message
    // that says so, never a stack overflow. Built as text: serde_json
    // itself refuses more than 128 levels.
    let imbrique = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let profond = imbrique(100_000);
    let e = catalogue::charger(FICHIER, &profond).unwrap_err();
    assert!(
        e[0].message.contains("JSON mal formé") && e[0].message.contains("imbrication trop profonde"),
        "{}",
        e[0]
    );
    // Inside a real programme, 200 levels where a text is expected.
    let accroche = "\"accroche\": ";
    assert!(catalogue::FICHIER_SOURCE.contains(accroche));
    let texte = catalogue::FICHIER_SOURCE.replacen(accroche, &format!("\"accroche\": {}, \"x\": ", imbrique(200)), 1);
    assert!(texte.contains(&"[".repeat(200)));
    let e = catalogue::charger(FICHIER, &texte).unwrap_err();
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].message.contains("imbrication trop profonde"), "{}", e[0]);
    // Markup in a text is just text: accepted here, shown as text by the app.
    let mut v = valeur();
    programme(&mut v, "afev")["accroche"] = json!("<script>alert(1)</script><img src=x onerror=alert(2)>");
    assert!(catalogue::charger(FICHIER, &v.to_string()).is_ok());
    // A 10 MB string parses without trouble (the app refuses such files before parsing).
    let mut v = valeur();
    programme(&mut v, "afev")["nom"] = json!("x".repeat(10 * 1024 * 1024));
    assert!(catalogue::charger(FICHIER, &v.to_string()).is_ok());
    // Control characters and odd Unicode in a link: refused.
    let mut v = valeur();
    programme(&mut v, "afev")["contact"]["site"] = json!("https://afev.org/\u{0}\n<script>");
    une_erreur(&v, Some("afev"), "contact.site", "n'est pas un lien http");
}

#[test]
fn champ_en_double_refuse() {
    // JSON allows a repeated key, and a generic reader keeps the last one
    // silently: here it is an error, since one of the two facts is wrong.
    let texte =
        catalogue::FICHIER_SOURCE.replacen("\"nom\": \"AFEV\",", "\"nom\": \"AFEV\", \"nom\": \"AFEV bis\",", 1);
    assert_ne!(texte, catalogue::FICHIER_SOURCE);
    let e = catalogue::charger(FICHIER, &texte).unwrap_err();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!((e[0].programme.as_deref(), e[0].champ.as_str()), (Some("afev"), "nom"));
    assert!(e[0].message.contains("en double"), "{}", e[0]);
}

#[test]
fn le_catalogue_embarque_est_le_fichier_sans_ses_blancs() {
    use trouve_ton_mentor::json;
    let embarque = json::lire(catalogue::FICHIER_EMBARQUE).expect("JSON");
    assert_eq!(embarque, json::lire(catalogue::FICHIER_SOURCE).expect("JSON"));
    // The indentation is about a fifth of the file (less since the
    // brochure's quotes, long lines, were added).
    assert!(
        catalogue::FICHIER_EMBARQUE.len() * 6 < catalogue::FICHIER_SOURCE.len() * 5,
        "pas plus léger d'un sixième"
    );
    assert!(!catalogue::FICHIER_EMBARQUE.contains("\n"));
}

#[test]
fn chaque_programme_a_une_date_de_verification_honnete() {
    let c = catalogue::embarque().unwrap();
    for p in &c.programmes {
        // Until the Collectif checks a programme, its date is the brochure's
        // year: the brochure prints no day, and cites an activity "proposée
        // en 2024" (docs/brochure.txt).
        assert_eq!(p.verifie_le, "2024", "{}", p.id);
    }
    let mut v = valeur();
    programme(&mut v, "afev")["verifie_le"] = json!("12/03/2026");
    une_erreur(
        &v,
        Some("afev"),
        "verifie_le",
        "ni une date AAAA-MM-JJ ni une année AAAA",
    );
    programme(&mut v, "afev")["verifie_le"] = json!("2026-03-12");
    assert!(catalogue::charger(FICHIER, &v.to_string()).is_ok());
    programme(&mut v, "afev").as_object_mut().unwrap().remove("verifie_le");
    let e = erreurs(&v);
    assert!(
        e.len() == 1 && e[0].to_string().contains("champ obligatoire absent : `verifie_le`"),
        "{e:?}"
    );
}

#[test]
fn une_verification_de_plus_de_douze_mois_est_ancienne() {
    let mut p = catalogue::embarque().unwrap().programmes.remove(0);
    p.verifie_le = "2026-03-12".into();
    assert!(!p.verification_ancienne("2026-12-03"));
    assert!(!p.verification_ancienne("2027-03-12"));
    assert!(p.verification_ancienne("2027-03-13"));
    // A year alone counts from its last day: never older than it can be.
    p.verifie_le = "2025".into();
    assert!(!p.verification_ancienne("2026-12-03"));
    assert!(p.verification_ancienne("2027-01-01"));
    p.verifie_le = "2024".into();
    assert!(p.verification_ancienne("2026-12-03"));
}
