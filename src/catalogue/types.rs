//! The shape of `public/catalogue.json`.
//!
//! Keys are French because the people who maintain the file are the
//! associations and the CUD, not developers. Every struct refuses unknown
//! keys: a typo in the file (`"courriell"`) is an error, not a silently
//! ignored fact. How each type is read, and which fields may be absent, is
//! in `lire.rs`; `Serialize` writes the same names (the open-data export and
//! the tests use it, the app does not).
//!
//! This file is also compiled by `build.rs` (via `#[path]`), so it may only
//! use `serde`: no web types, no other module of the crate.

use serde::Serialize;

/// The whole catalogue: general facts from the brochure and the programmes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Catalogue {
    /// Format version of this file; the app refuses a version it does not know.
    pub version_schema: u32,
    /// Date of the last update of the file, `AAAA-MM-JJ`. A remote catalogue
    /// replaces the embedded one only when this date is newer.
    pub date_maj: String,
    /// The document every fact comes from.
    pub source: Source,
    pub territoire: Territoire,
    pub mentorat: Mentorat,
    pub collectif: Collectif,
    pub plan_national: PlanNational,
    pub pacte_educatif: PacteEducatif,
    pub contact_regional: ContactRegional,
    pub programmes: Vec<Programme>,
}

/// The brochure this catalogue transcribes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Source {
    pub titre: String,
    pub editeur: String,
    /// Optional link to the brochure itself.
    pub lien: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Territoire {
    pub nom: String,
    pub sigle: String,
    /// SIREN code of the EPCI (used by the open-data export).
    pub code_epci: String,
    /// The brochure's words that the programmes serve this territory
    /// (verbatim, checked against `docs/brochure.txt` by the tests).
    pub extrait: String,
}

/// "Le mentorat : pourquoi ? pour qui ?" pages of the brochure.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Mentorat {
    /// Paragraphs of the definition.
    pub definition: Vec<String>,
    /// Who can be mentored: ages and text.
    pub age_min: u8,
    pub age_max: u8,
    /// The brochure's sentence that gives these ages, verbatim.
    pub age_extrait: String,
    pub publics: String,
    /// Who can be a mentor.
    pub mentors_profils: Vec<ProfilMentor>,
    pub mentors_texte: String,
    /// The five words of the brochure (Écoute, Transmission…).
    pub valeurs: Vec<String>,
    pub impact: Vec<ChiffreImpact>,
    pub impact_source: String,
    pub temoignages: Vec<Temoignage>,
    /// Where in the brochure these facts are.
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ChiffreImpact {
    /// A percentage, 0 to 100.
    pub pourcentage: u8,
    pub texte: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Temoignage {
    pub citation: Vec<String>,
    pub auteur: String,
    pub qualite: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Collectif {
    pub nom: String,
    pub presentation: String,
    pub missions: Vec<String>,
    pub chiffre: String,
    pub local: Vec<String>,
    pub source: String,
}

/// The national "1 jeune, 1 mentor" plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlanNational {
    pub nom: String,
    pub presentation: String,
    pub points: Vec<String>,
    pub role_collectif: String,
    pub site: String,
    pub source: String,
}

/// The Pacte éducatif du Dunkerquois.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PacteEducatif {
    pub nom: String,
    pub presentation: Vec<String>,
    pub axes: Vec<String>,
    pub mentorat: Vec<String>,
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ContactRegional {
    pub libelle: String,
    pub courriel: String,
}

/// One mentoring programme, i.e. one association's card in the brochure.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Programme {
    /// Public, stable identifier used in URLs and `data-programme`
    /// (lowercase letters, digits and dashes).
    pub id: String,
    pub nom: String,
    /// One sentence for the cards.
    pub accroche: String,
    pub annee_creation: u16,
    pub jeunes_mentores: JeunesMentores,
    pub capacite: Capacite,
    /// Paragraphs of the association's own presentation.
    pub description: Vec<String>,
    /// Who the programme serves, in words (the rules are in `eligibilite`).
    pub public: String,
    pub offres_speciales: Vec<OffreSpeciale>,
    pub modalites: Modalites,
    pub partenaires: Vec<String>,
    pub contact: Contact,
    /// How a young person enters the programme, main way first (brochure:
    /// the association's contact, its "types de partenaires"). The results
    /// say it in words next to the contacts.
    pub acces: Vec<Acces>,
    pub eligibilite: Eligibilite,
    pub mentors: MentorsProgramme,
    /// Needs this programme answers, used to rank the results.
    pub besoins: Vec<Besoin>,
    /// Where in the brochure these facts are.
    pub source: String,
    /// When these facts were last checked with the association, `AAAA-MM-JJ`
    /// (the editor sets it). Until then `AAAA`, the year of the brochure
    /// they come from: it prints no day, so none is invented.
    pub verifie_le: String,
}

/// "31 125 jeunes mentorés en 2022 dont 176 sur la CUD".
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct JeunesMentores {
    pub annee: u16,
    pub total: u32,
    pub local: u32,
    /// Where the local figure counts, as the brochure words it
    /// ("sur la CUD", "dans les Hauts-de-France").
    pub local_zone: String,
    /// The sentence exactly as printed.
    pub texte: String,
}

/// "Capacité d'accompagnement sur la CUD : 235 jeunes".
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Capacite {
    pub nombre: u32,
    /// True for "30 jeunes ou plus".
    pub ou_plus: bool,
    /// "par an" where the brochure says so.
    pub periode: Option<String>,
    /// Where the capacity applies, as printed (Proxité's names the
    /// Cité éducative de Roubaix: kept as is).
    pub zone: String,
    pub texte: String,
    /// The line as printed, verbatim.
    pub extrait: String,
    /// What the figure does not say, where it could mislead (Proxité's
    /// places are in Roubaix, not in the CUD).
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OffreSpeciale {
    pub nom: String,
    pub texte: String,
    /// Short theme labels (lecture, nature, arts…).
    pub themes: Vec<String>,
}

/// "Modalités d'accompagnement".
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Modalites {
    /// Duration as printed ("Une année scolaire ou plus").
    pub duree: String,
    /// Duration in months, for comparing and drawing.
    pub duree_mois_min: u16,
    pub duree_mois_max: Option<u16>,
    pub frequence: String,
    pub format: Format,
    /// Where meetings happen.
    pub lieux: Vec<String>,
    /// The other bullets of the card, as printed.
    pub details: Vec<String>,
}

/// In person or remote.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Format {
    /// The main way meetings happen.
    pub principal: Mode,
    /// Other ways that are possible.
    pub possible: Vec<Mode>,
    pub texte: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    #[default]
    Presentiel,
    Distanciel,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Contact {
    pub site: String,
    /// The site as printed in the brochure ("afev.org").
    pub site_libelle: String,
    pub courriel: String,
    pub telephone: Option<String>,
    pub personnes: Vec<String>,
}

/// Who can be mentored, as rules the engine reads.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Eligibilite {
    pub age: TrancheAge,
    /// Situations the programme takes.
    pub situations: Vec<Situation>,
    /// Situations the brochure neither includes nor excludes clearly:
    /// the verdict is "to check" with the association.
    pub situations_a_verifier: Vec<Situation>,
    pub conditions: Vec<Condition>,
    /// The brochure's words the situations rest on, verbatim.
    pub extrait: String,
    /// The rule in plain French, shown to people.
    pub texte: String,
}

/// An age range. `precis: false` means the brochure gives no ages and the
/// range is inferred from the school levels it names (shown as such).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TrancheAge {
    pub min: u8,
    pub max: u8,
    pub precis: bool,
    /// The ages in words; where the brochure gives none (`precis: false`),
    /// its own words (school levels), never a range it does not print.
    pub texte: String,
    /// The brochure's words the range rests on, verbatim.
    pub extrait: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    Ecole,
    College,
    Lycee,
    Apprenti,
    Etudiant,
    RechercheEmploi,
    Emploi,
    SansActivite,
}

/// A condition on the young person's circumstances.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Condition {
    pub critere: Critere,
    /// Another answer that meets the condition as well: Proxité takes
    /// young people of a QPV *or* referred by a socio-educational
    /// structure, and the brochure lists the ASE among its partners.
    pub ou: Option<Critere>,
    pub niveau: Niveau,
    /// The condition in plain French, written to follow "les jeunes" in
    /// the explanations, so in the plural: "suivis par l'Aide sociale à
    /// l'enfance (ASE)" ("Les Ombres accompagne les jeunes suivis par…").
    pub texte: String,
    /// What the question about `critere` does not cover, so that even a
    /// "oui" leaves the condition to check with the association: Télémaque
    /// takes pupils of REP collèges, but only of its partner collèges. The
    /// engine then never says "eligible" on this condition, whatever the
    /// answers. A phrase that follows "Reste à vérifier avec l'association :".
    pub reste_a_verifier: Option<String>,
    /// The brochure's words this condition rests on, verbatim.
    pub extrait: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Critere {
    /// School in priority education (REP or REP+).
    #[default]
    Rep,
    /// Followed by child welfare (Aide sociale à l'enfance).
    Ase,
    /// Living in a priority neighbourhood (quartier prioritaire de la ville).
    Qpv,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Niveau {
    /// Without it, the programme does not take the young person.
    #[default]
    Requis,
    /// The programme mostly serves these young people; others may be taken.
    Prioritaire,
}

/// Who can mentor in this programme, and what it asks of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MentorsProgramme {
    pub profils: Vec<ProfilMentor>,
    pub profils_a_verifier: Vec<ProfilMentor>,
    /// As printed ("Les mentors sont étudiants, alternants en entreprise et lycéens").
    pub texte: String,
    /// The brochure's words on who the mentors are, verbatim.
    pub extrait: String,
    /// Mentors' ages, where the brochure hints at them ("jeunes actifs").
    pub age: Option<TrancheAge>,
    /// The commitment in hours per month, as a range.
    pub heures_mois_min: f32,
    pub heures_mois_max: f32,
    pub engagement: String,
    /// True when the mentor's employer must be a partner (Télémaque).
    pub employeur_partenaire: bool,
    /// The brochure's words on the commitment, verbatim.
    pub extrait_engagement: String,
}

/// A way into a programme for a young person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Acces {
    /// Writing or calling the association.
    Direct,
    /// Through the school (CPE, professeur principal, teacher): the
    /// association works with partner schools.
    Etablissement,
    /// Through the child-welfare (ASE) educator.
    Ase,
    /// Through the Mission locale.
    MissionLocale,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfilMentor {
    Lyceen,
    Etudiant,
    Alternant,
    Salarie,
    AgentPublic,
    Retraite,
    Independant,
    SansEmploi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Besoin {
    Scolaire,
    Orientation,
    Emploi,
    Confiance,
    Culture,
    Demarches,
    Langue,
}
