//! The catalogue as open data in the data·inclusion schema v1
//! (`gip-inclusion/data-inclusion-schema`, package `data-inclusion-schema`
//! 1.0.10, models `data_inclusion.schema.v1.Service` and `.Structure`).
//!
//! One **Service** per programme and one **Structure** per association (a v1
//! service must name its structure in `structure_id`, and data·inclusion only
//! publishes a service whose structure it knows, so the two go together).
//! Both are JSON arrays of records, the shape the schema's
//! `model_list_json_schema` describes. Keys are sorted and lists are sorted
//! and deduplicated, so the same catalogue always gives the same bytes.
//!
//! The same code serves `make open-data` (`src/bin/export-data-inclusion.rs`,
//! which writes `public/data-inclusion/`) and the catalogue editor (which
//! offers both files for download beside the catalogue it saves).
//!
//! Every mapping table below is a `match` on one of the catalogue's enums,
//! never on a programme id: a new programme needs no change here.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::catalogue::{Besoin, Catalogue, Condition, Critere, Mode, Niveau, Programme, Situation, annee_valide};

/// `source` of every record: the producer's identifier in data·inclusion.
/// Also the prefix of every `id` (`<source>--<local id>`), as the schema's
/// examples (`dora--42`) do.
const SOURCE: &str = "trouve-ton-mentor";

/// Length limits of the v1 models (`Field(min_length=…, max_length=…)`),
/// counted in characters like pydantic does.
const NOM_MIN: usize = 3;
const NOM_MAX: usize = 150;
const DESCRIPTION_MIN: usize = 5;
const DESCRIPTION_MAX: usize = 10_000;

/// The services and the structures of a valid catalogue, in this order.
pub fn exporter(catalogue: &Catalogue) -> Result<(Value, Value), String> {
    let mut services = Vec::new();
    let mut structures = Vec::new();
    for programme in &catalogue.programmes {
        let contexte = |e: String| format!("programme « {} » : {e}", programme.id);
        services.push(service(catalogue, programme).map_err(contexte)?);
        structures.push(structure(programme).map_err(contexte)?);
    }
    Ok((Value::Array(services), Value::Array(structures)))
}

/// A file's text: pretty JSON with a final newline, as published.
pub fn en_texte(valeur: &Value) -> String {
    let mut texte = serde_json::to_string_pretty(valeur).unwrap_or_default();
    texte.push('\n');
    texte
}

/// `date_maj` of a programme's records: the day its facts were last checked
/// with the association. While they are only the brochure's (`verifie_le`
/// is a year, the brochure prints no day), the first day of that year: the
/// schema needs a day, and the earliest one never tells a consumer the
/// facts are fresher than they are.
pub fn date_maj(p: &Programme) -> String {
    if annee_valide(&p.verifie_le) {
        format!("{}-01-01", p.verifie_le)
    } else {
        p.verifie_le.clone()
    }
}

// ---------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------

/// The v1 Service for one programme.
fn service(catalogue: &Catalogue, p: &Programme) -> Result<Value, String> {
    let nom = verifier_longueur("nom", format!("{} – mentorat", p.nom), NOM_MIN, NOM_MAX)?;
    let description = verifier_longueur("description", description_service(p), DESCRIPTION_MIN, DESCRIPTION_MAX)?;
    let code_epci = code_epci(catalogue)?;

    let publics: BTreeSet<&str> = p
        .eligibilite
        .situations
        .iter()
        .flat_map(|s| publics_situation(*s).iter().copied())
        .chain(
            p.eligibilite
                .conditions
                .iter()
                .filter_map(|c| public_critere(c.critere)),
        )
        .collect();
    let thematiques: BTreeSet<&str> = p
        .besoins
        .iter()
        .flat_map(|b| thematiques_besoin(*b).iter().copied())
        .collect();
    let modes_accueil: BTreeSet<&str> = p.modes().map(mode_accueil).collect();

    // How to reach the programme: always by e-mail (every programme has
    // one), by phone when the brochure prints a number.
    let mut modes_mobilisation = BTreeSet::from(["envoyer-un-courriel"]);
    if p.contact.telephone.is_some() {
        modes_mobilisation.insert("telephoner");
    }

    Ok(objet([
        ("source", SOURCE.into()),
        ("id", format!("{SOURCE}--{}", p.id).into()),
        ("structure_id", id_structure(p).into()),
        ("nom", nom.into()),
        ("description", description.into()),
        // The association's own site: the catalogue has no absolute URL of
        // its own programme pages (the app is hosted anywhere, with hash
        // routes), and the site is where the offer is described.
        ("lien_source", p.contact.site.clone().into()),
        // AAAA-MM-JJ (checked by `catalogue::date_valide`), which is the
        // ISO date pydantic expects.
        ("date_maj", date_maj(p).into()),
        // Mentoring is a lasting one-to-one follow-up: the schema's
        // "accompagnement". The other types (atelier, formation, information,
        // aides) do not describe it.
        ("type", "accompagnement".into()),
        ("thematiques", liste(thematiques)),
        // The brochure defines mentoring as a volunteer relationship
        // (`mentorat.definition`) and the app tells families it is free;
        // the catalogue has no per-programme fee field to say otherwise.
        ("frais", "gratuit".into()),
        ("publics", liste(publics)),
        ("publics_precisions", publics_precisions(p).into()),
        ("conditions_acces", conditions_acces(p).into()),
        ("courriel", p.contact.courriel.clone().into()),
        ("telephone", p.contact.telephone.as_deref().map(telephone_e164).into()),
        ("modes_accueil", liste(modes_accueil)),
        // The whole catalogue is about one territory, the CUD: its EPCI code
        // (a 9-digit SIREN string, the schema's `CodeEPCI`).
        ("zone_eligibilite", Value::Array(vec![code_epci.into()])),
        ("modes_mobilisation", liste(modes_mobilisation)),
        // Young people and families contact the associations directly, and
        // professionals refer them (the app's referral sheet): both.
        ("mobilisable_par", liste(["professionnels", "usagers"])),
        ("nombre_semaines", nombre_semaines(p).into()),
    ]))
}

/// The v1 Structure for the association that runs a programme. The
/// catalogue has one card per association, so the programme's fields are
/// the association's.
fn structure(p: &Programme) -> Result<Value, String> {
    let nom = verifier_longueur("nom de la structure", p.nom.clone(), NOM_MIN, NOM_MAX)?;
    // `description` is the association's own presentation (see types.rs).
    let description = verifier_longueur(
        "description de la structure",
        p.description.join("\n\n"),
        DESCRIPTION_MIN,
        DESCRIPTION_MAX,
    )?;
    Ok(objet([
        ("source", SOURCE.into()),
        ("id", id_structure(p).into()),
        ("nom", nom.into()),
        ("description", description.into()),
        ("date_maj", date_maj(p).into()),
        ("lien_source", p.contact.site.clone().into()),
        ("site_web", p.contact.site.clone().into()),
        ("courriel", p.contact.courriel.clone().into()),
        ("telephone", p.contact.telephone.as_deref().map(telephone_e164).into()),
    ]))
}

/// The association's id. The catalogue's programme id is the association's
/// slug (one card per association); the `association-` prefix keeps it
/// distinct from the service id, so the two are never confused when the
/// files are merged.
fn id_structure(p: &Programme) -> String {
    format!("{SOURCE}--association-{}", p.id)
}

/// What the card says, in the order a reader needs it: the one-sentence
/// summary, the association's presentation, then the practical facts that
/// have no field of their own in the schema (duration, frequency, places,
/// special offers, who the mentors are). Paragraphs separated by a blank
/// line, no markup.
fn description_service(p: &Programme) -> String {
    let m = &p.modalites;
    let mut paragraphes: Vec<String> = vec![p.accroche.clone()];
    paragraphes.extend(p.description.iter().cloned());
    let mut pratique = vec![
        format!("Durée : {}", m.duree),
        format!("Fréquence : {}", m.frequence),
        format!("Format : {}", m.format.texte),
    ];
    if !m.lieux.is_empty() {
        pratique.push(format!("Lieux de rencontre : {}", m.lieux.join(" ; ")));
    }
    paragraphes.push(pratique.join("\n"));
    // Some cards repeat a bullet in the presentation: printed once.
    for detail in &m.details {
        if !paragraphes.iter().any(|deja| deja.contains(detail.as_str())) {
            paragraphes.push(detail.clone());
        }
    }
    paragraphes.extend(p.offres_speciales.iter().map(|o| format!("{} : {}", o.nom, o.texte)));
    paragraphes.push(p.mentors.texte.clone());
    paragraphes.join("\n\n")
}

/// Who, in words: the brochure's sentence, the ages (the brochure's school
/// levels where it gives no ages, as the app shows them), and the
/// situations the brochure leaves unclear, which `publics` cannot carry.
fn publics_precisions(p: &Programme) -> String {
    let e = &p.eligibilite;
    let ages = crate::i18n::Textes::francais().ages(&e.age);
    let mut lignes = vec![p.public.clone(), format!("Âges : {ages}.")];
    if !e.situations_a_verifier.is_empty() {
        // Open data is published in French.
        let fr = crate::i18n::Textes::francais();
        let situations: Vec<&str> = e.situations_a_verifier.iter().map(|s| s.libelle(&fr)).collect();
        lignes.push(format!("À vérifier avec l'association : {}.", situations.join(", ")));
    }
    lignes.join("\n")
}

/// The eligibility rule as printed, then each condition with its strength:
/// `publics` is an "at least one of" list and cannot say that a condition is
/// required rather than a priority.
fn conditions_acces(p: &Programme) -> String {
    let mut lignes = vec![p.eligibilite.texte.clone()];
    lignes.extend(p.eligibilite.conditions.iter().map(condition));
    lignes.join("\n")
}

fn condition(c: &Condition) -> String {
    let ligne = match c.niveau {
        Niveau::Requis => format!("Condition requise : jeunes {}.", c.texte),
        Niveau::Prioritaire => format!(
            "Public prioritaire : jeunes {} (les autres jeunes peuvent être acceptés).",
            c.texte
        ),
    };
    match &c.reste_a_verifier {
        Some(reste) => format!("{ligne} À vérifier avec l'association : {reste}."),
        None => ligne,
    }
}

/// `nombre_semaines` only when the brochure gives one fixed duration
/// (`duree_mois_max == duree_mois_min`): "6 mois" is 26 weeks. An open
/// duration ("une année scolaire ou plus", "1 an renouvelable") has no
/// honest number of weeks, so it stays null.
fn nombre_semaines(p: &Programme) -> Option<u32> {
    let m = &p.modalites;
    match m.duree_mois_max {
        Some(max) if max == m.duree_mois_min => Some((u32::from(max) * 52 + 6) / 12),
        _ => None,
    }
}

/// The schema prefers E.164. The brochure prints French national numbers
/// ("06 03 21 90 45"): ten digits starting with 0 become +33 and the nine
/// others. A number already international keeps its digits; anything else
/// is kept as printed rather than guessed.
fn telephone_e164(imprime: &str) -> String {
    let chiffres: String = imprime.chars().filter(char::is_ascii_digit).collect();
    if imprime.trim_start().starts_with('+') {
        format!("+{chiffres}")
    } else if chiffres.len() == 10 && chiffres.starts_with('0') {
        format!("+33{}", &chiffres[1..])
    } else {
        imprime.to_string()
    }
}

/// The CUD's EPCI code, checked against the schema's `CodeEPCI` (= SIREN,
/// `^\d{9}$`) so a typo in the catalogue fails here, not at data·inclusion.
fn code_epci(catalogue: &Catalogue) -> Result<String, String> {
    let code = &catalogue.territoire.code_epci;
    if code.len() == 9 && code.chars().all(|c| c.is_ascii_digit()) {
        Ok(code.clone())
    } else {
        Err(format!(
            "territoire.code_epci « {code} » n'est pas un code EPCI (9 chiffres)"
        ))
    }
}

// ---------------------------------------------------------------------------
// Vocabularies: catalogue enums → schema v1 values
// ---------------------------------------------------------------------------

/// `publics` (schema `Public`) for a situation the programme takes.
///
/// Every programme of the catalogue serves people aged 5 to 30, so every
/// situation is `jeunes` ("jeunes au sens large, jeunes adultes,
/// adolescents"); some situations also have a public of their own.
/// There is no `enfants` value: `familles` is the one whose definition names
/// children ("familles, parents, enfants"), so schoolchildren get it too.
/// Being an apprentice or out of work and study (NEET) has no value of its
/// own: `jeunes` only. `tous-publics` is never used: no programme takes
/// everyone.
fn publics_situation(s: Situation) -> &'static [&'static str] {
    match s {
        Situation::Ecole => &["jeunes", "familles"],
        Situation::College | Situation::Lycee | Situation::Apprenti | Situation::SansActivite => &["jeunes"],
        Situation::Etudiant => &["jeunes", "etudiants"],
        Situation::RechercheEmploi => &["jeunes", "demandeurs-emploi"],
        // "Toute personne ayant un emploi".
        Situation::Emploi => &["jeunes", "actifs"],
    }
}

/// `publics` for a condition, required or priority alike: the programme
/// targets these people either way (the strength is in `conditions_acces`).
/// Only QPV has a value (`residents-qpv-frr`). Priority education (REP) is
/// about the school, not where one lives, and child welfare (ASE) has no
/// public in the vocabulary: both stay in `conditions_acces` only.
fn public_critere(c: Critere) -> Option<&'static str> {
    match c {
        Critere::Qpv => Some("residents-qpv-frr"),
        Critere::Rep | Critere::Ase => None,
    }
}

/// `modes_accueil` (schema `ModeAccueil`): the main and the possible
/// formats. `a-distance` is "par téléphone ou internet", which is what the
/// brochure's "distanciel" means.
fn mode_accueil(m: Mode) -> &'static str {
    match m {
        Mode::Presentiel => "en-presentiel",
        Mode::Distanciel => "a-distance",
    }
}

/// `thematiques` (schema `Thematique`, always "category--sub-theme") for a
/// need the programme answers. Only sub-themes a mentor actually works on.
fn thematiques_besoin(b: Besoin) -> &'static [&'static str] {
    match b {
        // Help with school work: the vocabulary is about adult insertion and
        // has no school-support theme ("lecture-ecriture-calcul" is adult
        // literacy, "soutien à la parentalité" is for parents). None.
        Besoin::Scolaire => &[],
        // Choosing a path: discovering trades and choosing one's studies.
        Besoin::Orientation => &[
            "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
            "se-former--trouver-sa-formation",
        ],
        // "Emploi ou formation": a mentor opens their network, helps to
        // organise the search and to find a training.
        Besoin::Emploi => &[
            "preparer-sa-candidature--developper-son-reseau",
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi",
            "se-former--trouver-sa-formation",
        ],
        Besoin::Confiance => &["remobilisation--bien-etre-confiance-en-soi"],
        // "Culture et loisirs".
        Besoin::Culture => &["remobilisation--activites-sportives-et-culturelles"],
        Besoin::Demarches => {
            &["difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"]
        }
        // "Langue française".
        Besoin::Langue => &["lecture-ecriture-calcul--maitriser-le-francais"],
    }
}

// ---------------------------------------------------------------------------
// JSON helpers
// ---------------------------------------------------------------------------

/// An object with sorted keys, whatever `serde_json` features are enabled
/// (with `preserve_order`, insertion order would win): stable bytes.
fn objet<const N: usize>(champs: [(&str, Value); N]) -> Value {
    let tries: BTreeMap<&str, Value> = champs.into_iter().collect();
    Value::Object(
        tries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<Map<String, Value>>(),
    )
}

/// A sorted list of vocabulary values (the schema's sets), `null` when empty:
/// the models refuse an empty `publics` or `modes_mobilisation` list.
fn liste<'a>(valeurs: impl IntoIterator<Item = &'a str>) -> Value {
    let valeurs: BTreeSet<&str> = valeurs.into_iter().collect();
    if valeurs.is_empty() {
        Value::Null
    } else {
        Value::Array(valeurs.into_iter().map(Value::from).collect())
    }
}

/// The schema's `min_length`/`max_length`, in characters.
fn verifier_longueur(champ: &str, texte: String, min: usize, max: usize) -> Result<String, String> {
    let n = texte.chars().count();
    if (min..=max).contains(&n) {
        Ok(texte)
    } else {
        Err(format!(
            "{champ} de {n} caractères, le schéma data·inclusion en demande {min} à {max}"
        ))
    }
}
