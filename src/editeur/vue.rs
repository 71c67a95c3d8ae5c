//! The editor's screen: open, edit, check the changes, save; and the
//! translations the edited French makes stale. Only draws `modele`.

use std::collections::BTreeMap;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::modele::{self, Chemin, Pas};
use crate::catalogue::{self, CatalogueError};
use crate::i18n::{Langue, catalogue as traductions};
use crate::json::{self, Json};
use crate::platform::reseau;

/// A catalogue is far below this; more is not one.
const TAILLE_MAX: usize = 1024 * 1024;
const DELAI: Duration = Duration::from_secs(10);

/// Mounts the editor on the page's body.
pub fn demarrer() {
    leptos::mount::mount_to_body(Editeur);
}

/// The editor's words, labels and choices (`editeur/textes.json`).
#[derive(Clone)]
struct Mots(std::sync::Arc<Json>);

impl Mots {
    fn table(&self, nom: &str) -> Option<&Json> {
        self.0.get(nom)
    }
    /// A sentence, its `{placeholders}` filled.
    fn f(&self, cle: &str, valeurs: &[(&str, &str)]) -> String {
        let mut texte = self
            .table("mots")
            .and_then(|m| m.get(cle))
            .and_then(Json::texte)
            .unwrap_or(cle)
            .to_string();
        for (nom, valeur) in valeurs {
            texte = texte.replace(&format!("{{{nom}}}"), valeur);
        }
        texte
    }
    fn t(&self, cle: &str) -> String {
        self.f(cle, &[])
    }
    /// A field's label, its key if the table has none.
    fn libelle(&self, cle: &str) -> String {
        self.table("libelles")
            .and_then(|m| m.get(cle))
            .and_then(Json::texte)
            .unwrap_or(cle)
            .to_string()
    }
    /// How the buttons of a list name one of its elements: "un partenaire"
    /// to add one, "le partenaire" (then its number) to remove it.
    fn element(&self, cle: &str) -> (String, String) {
        let formes = self.table("elements").and_then(|t| t.get(cle)).and_then(Json::liste);
        let forme = |i: usize, defaut: &str| {
            formes
                .and_then(|f| f.get(i))
                .and_then(Json::texte)
                .unwrap_or(defaut)
                .to_string()
        };
        (forme(0, "un élément"), forme(1, "l'élément"))
    }
    /// The codes a field chooses from, with their labels (a table may name
    /// another one: `situations_a_verifier` offers the `situations`).
    fn choix(&self, cle: &str) -> Option<Vec<(String, String)>> {
        let table = self.table("choix")?;
        let valeur = match table.get(cle)? {
            Json::Texte(autre) => table.get(autre)?,
            v => v,
        };
        match valeur {
            Json::Objet(p) => Some(
                p.iter()
                    .map(|(c, l)| (c.clone(), l.texte().unwrap_or(c).to_string()))
                    .collect(),
            ),
            _ => None,
        }
    }
}

/// Everything the fields share.
#[derive(Clone, Copy)]
struct Etat {
    arbre: RwSignal<Json>,
    erreurs: Memo<Vec<CatalogueError>>,
    mots: StoredValue<Mots>,
}

/// Today, `AAAA-MM-JJ` (the browser's clock, in UTC).
fn aujourdhui() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .chars()
        .take(10)
        .collect()
}

#[component]
fn Editeur() -> impl IntoView {
    let mots = Mots(std::sync::Arc::new(json::lire(super::TEXTES).unwrap_or(Json::Nul)));
    let depart = json::lire(catalogue::FICHIER_SOURCE).unwrap_or(Json::Nul);
    let ouvert = RwSignal::new(depart.clone());
    let arbre = RwSignal::new(depart);
    let erreurs = Memo::new(move |_| arbre.with(modele::verifier));
    let etat = Etat {
        arbre,
        erreurs,
        mots: StoredValue::new(mots.clone()),
    };
    // Drawn again from scratch when another catalogue is opened.
    let version = RwSignal::new(0u32);
    let message = RwSignal::new(String::new());
    let ouvrir = move |texte: &str, source: String| match json::lire(texte) {
        Ok(v) => {
            let date = v.get("date_maj").and_then(Json::texte).unwrap_or_default().to_string();
            ouvert.set(v.clone());
            arbre.set(v);
            version.update(|n| *n += 1);
            message.set(
                etat.mots
                    .with_value(|m| m.f("ouvert", &[("source", &source), ("date", &date)])),
            );
        }
        Err(e) => message.set(
            etat.mots
                .with_value(|m| m.f("echec_ouverture", &[("erreur", &e.to_string())])),
        ),
    };
    ouvrir(catalogue::FICHIER_SOURCE, mots.t("source_embarque"));

    let embarque = move |_| {
        ouvrir(
            catalogue::FICHIER_SOURCE,
            etat.mots.with_value(|m| m.t("source_embarque")),
        )
    };
    let distant = move |_| {
        leptos::task::spawn_local(async move {
            let m = etat.mots.get_value();
            // The address the deployment declares in the app's index.html.
            let page = reseau::texte("./", TAILLE_MAX, DELAI).await.unwrap_or_default();
            let Some(url) = adresse_declaree(&page) else {
                message.set(m.t("distant_absent"));
                return;
            };
            match reseau::texte(&url, TAILLE_MAX, DELAI).await {
                Ok(texte) => ouvrir(&texte, m.t("source_distant")),
                Err(e) => message.set(m.f("echec_ouverture", &[("erreur", &format!("{e:?}"))])),
            }
        });
    };
    let fichier = move |ev: leptos::ev::Event| {
        let Some(entree) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(f) = entree.files().and_then(|l| l.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let texte = wasm_bindgen_futures::JsFuture::from(f.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let m = etat.mots.get_value();
            ouvrir(&texte.unwrap_or_default(), m.f("source_fichier", &[("nom", &f.name())]));
        });
    };

    view! {
        <main class="editeur">
            <h1>{mots.t("titre")}</h1>
            <p>{mots.t("intro")}</p>
            <section aria-labelledby="ouvrir">
                <h2 id="ouvrir">{mots.t("ouvrir_titre")}</h2>
                <div class="editeur__boutons">
                    <button type="button" class="bouton" on:click=embarque>{mots.t("ouvrir_embarque")}</button>
                    <button type="button" class="bouton" on:click=distant>{mots.t("ouvrir_distant")}</button>
                    <label class="bouton">
                        {mots.t("ouvrir_fichier")}
                        <input type="file" accept=".json,application/json" class="editeur__fichier" data-editeur="fichier" on:change=fichier/>
                    </label>
                </div>
                <p role="status" data-editeur="ouvert">{move || message.get()}</p>
            </section>
            <section aria-labelledby="modifier">
                <h2 id="modifier">{mots.t("modifier_titre")}</h2>
                <p>{mots.t("modifier_aide")}</p>
                {move || { version.track(); formulaire(etat) }}
            </section>
            <Changements etat=etat ouvert=ouvert/>
            <Traductions etat=etat/>
        </main>
    }
}

/// The catalogue address in a page's `<meta name="catalogue-distant" content="…">`.
fn adresse_declaree(page: &str) -> Option<String> {
    let apres = page.split(r#"name="catalogue-distant""#).nth(1)?;
    let contenu = apres.split("content=\"").nth(1)?.split('"').next()?.trim();
    (!contenu.is_empty()).then(|| contenu.to_string())
}

/// One folded block per programme, its fields grouped as the brochure's
/// card is, then the catalogue's general facts.
fn formulaire(etat: Etat) -> AnyView {
    let arbre = etat.arbre.get_untracked();
    let mots = etat.mots.get_value();
    let groupes: Vec<(String, Vec<String>)> = mots
        .table("groupes")
        .and_then(Json::liste)
        .unwrap_or_default()
        .iter()
        .map(|g| {
            let titre = g.get("titre").and_then(Json::texte).unwrap_or_default().to_string();
            let champs = g.get("champs").and_then(Json::liste).unwrap_or_default();
            (
                titre,
                champs.iter().filter_map(Json::texte).map(str::to_string).collect(),
            )
        })
        .collect();
    let programmes = arbre.get("programmes").and_then(Json::liste).unwrap_or_default();
    let blocs = programmes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let id = p.get("id").and_then(Json::texte).unwrap_or_default().to_string();
            let nom = p.get("nom").and_then(Json::texte).unwrap_or(&id).to_string();
            let racine: Chemin = vec![Pas::Cle("programmes".into()), Pas::Rang(i)];
            let Json::Objet(champs) = p else { return ().into_any() };
            let mut restants: Vec<&String> = champs.iter().map(|(k, _)| k).filter(|k| *k != "verifie_le").collect();
            let sections = groupes
                .iter()
                .map(|(titre, cles)| {
                    restants.retain(|k| !cles.contains(k));
                    let dedans = cles
                        .iter()
                        .filter_map(|k| p.get(k).map(|v| (k, v)))
                        .map(|(k, v)| champ(etat, with(&racine, Pas::Cle(k.clone())), k, v))
                        .collect_view();
                    view! { <fieldset class="editeur__groupe"><legend>{titre.clone()}</legend>{dedans}</fieldset> }
                })
                .collect_view();
            let autres = (!restants.is_empty()).then(|| {
                let dedans = restants
                    .iter()
                    .filter_map(|k| {
                        p.get(k)
                            .map(|v| champ(etat, with(&racine, Pas::Cle((*k).clone())), k, v))
                    })
                    .collect_view();
                view! { <fieldset class="editeur__groupe"><legend>{mots.t("autres")}</legend>{dedans}</fieldset> }
            });
            let id_erreurs = id.clone();
            let nombre = move || {
                let n = etat
                    .erreurs
                    .with(|e| e.iter().filter(|e| e.programme.as_deref() == Some(&id_erreurs)).count());
                (n > 0).then(|| {
                    format!(
                        " — {}",
                        etat.mots
                            .with_value(|m| m.f("erreurs_programme", &[("n", &n.to_string())]))
                    )
                })
            };
            view! {
                <details class="editeur__programme" data-editeur-programme=id.clone()>
                    <summary><strong>{nom}</strong><span class="editeur__erreur">{nombre}</span></summary>
                    <Verifie etat=etat chemin=with(&racine, Pas::Cle("verifie_le".into()))/>
                    {sections}
                    {autres}
                </details>
            }
            .into_any()
        })
        .collect_view();
    let general = match &arbre {
        Json::Objet(champs) => champs
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "programmes" | "version_schema" | "date_maj"))
            .map(|(k, v)| champ(etat, vec![Pas::Cle(k.clone())], k, v))
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    };
    view! {
        {blocs}
        <details class="editeur__programme" data-editeur-programme="">
            <summary><strong>{mots.t("general")}</strong></summary>
            {general}
        </details>
        <Bilan etat=etat/>
    }
    .into_any()
}

fn with(chemin: &[Pas], pas: Pas) -> Chemin {
    let mut c = chemin.to_vec();
    c.push(pas);
    c
}

/// The field (or group of fields) for one value of the tree.
fn champ(etat: Etat, chemin: Chemin, cle: &str, v: &Json) -> AnyView {
    let mots = etat.mots.get_value();
    let libelle = mots.libelle(cle);
    match v {
        Json::Liste(_) if let Some(options) = mots.choix(cle) => {
            view! { <Cases etat=etat chemin=chemin libelle=libelle options=options/> }.into_any()
        }
        Json::Liste(_) => view! { <Liste etat=etat chemin=chemin cle=cle.to_string() libelle=libelle/> }.into_any(),
        Json::Objet(_) => view! {
            <fieldset class="editeur__sous"><legend>{libelle}</legend>{sous_champs(etat, &chemin, v)}</fieldset>
        }
        .into_any(),
        _ => view! { <Saisie etat=etat chemin=chemin libelle=libelle choix=mots.choix(cle)/> }.into_any(),
    }
}

fn sous_champs(etat: Etat, chemin: &[Pas], v: &Json) -> AnyView {
    match v {
        Json::Objet(p) => p
            .iter()
            .map(|(k, e)| champ(etat, with(chemin, Pas::Cle(k.clone())), k, e))
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    }
}

/// A list of texts or of objects (places, partners, contact people,
/// conditions…): its elements, each with a button that removes it, and a
/// button that adds one. Drawn again from the tree after each of them (the
/// elements after a removed one move up: their fields' paths change); the
/// focus then goes where the person's work continues: into the added
/// element, into the one that took the removed one's place (or the one
/// before it), or onto "Ajouter" when the list is left empty.
#[component]
fn Liste(etat: Etat, chemin: Chemin, cle: String, libelle: String) -> impl IntoView {
    let mots = etat.mots.get_value();
    let (un, le) = mots.element(&cle);
    let Reperes { repere, fautes, .. } = reperes(etat, &chemin);
    let Fautes {
        decrit, vue: erreurs, ..
    } = fautes;
    let dessin = RwSignal::new(0u32);
    // Where the focus goes once the list is drawn again: an element's rank,
    // or `None` for the "Ajouter" button.
    let cible: StoredValue<Option<Option<usize>>> = StoredValue::new(None);
    let repere_liste = repere.clone();
    let repere_div = repere.clone();
    let elements = {
        let chemin = chemin.clone();
        let le = le.clone();
        move || {
            dessin.track();
            let liste = etat
                .arbre
                .with_untracked(|a| modele::valeur(a, &chemin).and_then(Json::liste).map(<[Json]>::to_vec))
                .unwrap_or_default();
            let m = etat.mots.get_value();
            let vue = liste
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let n = (i + 1).to_string();
                    let nom = m.f("element", &[("libelle", &libelle), ("n", &n)]);
                    let ici = with(&chemin, Pas::Rang(i));
                    let contenu = match e {
                        Json::Objet(_) => view! {
                            <fieldset class="editeur__sous"><legend>{nom}</legend>{sous_champs(etat, &ici, e)}</fieldset>
                        }
                        .into_any(),
                        _ => view! { <Saisie etat=etat chemin=ici libelle=nom choix=None/> }.into_any(),
                    };
                    let chemin_retirer = chemin.clone();
                    let retirer = move |_| {
                        let reste = etat.arbre.try_update(|a| {
                            modele::retirer(a, &chemin_retirer, i);
                            modele::valeur(a, &chemin_retirer).and_then(Json::liste).map_or(0, <[Json]>::len)
                        });
                        let reste = reste.unwrap_or_default();
                        cible.set_value(Some((reste > 0).then(|| i.min(reste - 1))));
                        dessin.update(|n| *n += 1);
                    };
                    view! {
                        <div class="editeur__element" data-element=format!("{repere_liste}[{i}]")>
                            {contenu}
                            <button type="button" class="bouton editeur__retirer" data-retirer=format!("{repere_liste}[{i}]") on:click=retirer>
                                {m.f("retirer", &[("le", &le), ("n", &n)])}
                            </button>
                        </div>
                    }
                })
                .collect_view();
            // Once drawn, the focus where it was asked for.
            if let Some(rang) = cible.get_value() {
                cible.set_value(None);
                let repere = repere_liste.clone();
                request_animation_frame(move || focaliser(&repere, rang));
            }
            vue
        }
    };
    let ajouter = move |_| {
        let rang = etat.arbre.try_update(|a| modele::ajouter(a, &chemin)).flatten();
        cible.set_value(Some(rang));
        dessin.update(|n| *n += 1);
    };
    view! {
        <div class="editeur__liste" data-liste=repere_div>
            {elements}
            <button type="button" class="bouton editeur__ajouter" data-ajouter=repere aria-describedby=decrit on:click=ajouter>
                {mots.f("ajouter", &[("un", &un)])}
            </button>
            {erreurs}
        </div>
    }
}

/// Focuses the first field of the list's element at `rang`, or the list's
/// "Ajouter" button.
fn focaliser(repere: &str, rang: Option<usize>) {
    let selecteur = match rang {
        Some(i) => format!(r#"[data-element="{repere}[{i}]"] :is(input, textarea, select)"#),
        None => format!(r#"[data-ajouter="{repere}"]"#),
    };
    if let Some(e) = document()
        .query_selector(&selecteur)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        drop(e.focus());
    }
}

/// The id of a field's element and its data hook, `programme:champ`.
/// A field's id, its data hook (`programme:champ`) and its errors.
struct Reperes {
    id: String,
    repere: String,
    fautes: Fautes,
}

fn reperes(etat: Etat, chemin: &[Pas]) -> Reperes {
    let (programme, nom) = etat.arbre.with_untracked(|a| modele::situer(a, chemin));
    let repere = format!("{}:{nom}", programme.clone().unwrap_or_default());
    let id: String = repere
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let id = format!("c-{id}");
    Reperes {
        fautes: fautes(etat, programme, nom, &id),
        id,
        repere,
    }
}

/// The build's messages about one field: the field's `aria-invalid`, its
/// `aria-describedby`, and the messages drawn under it. The count of
/// errors is announced by the live region of `Bilan`; a field's message
/// is read with the field, not at each keystroke.
struct Fautes {
    invalide: Signal<Option<&'static str>>,
    decrit: Signal<Option<String>>,
    vue: AnyView,
}

fn fautes(etat: Etat, programme: Option<String>, nom: String, id: &str) -> Fautes {
    let liste = Memo::new(move |_| {
        etat.erreurs.with(|e| {
            e.iter()
                .filter(|e| modele::concerne(e, programme.as_deref(), &nom))
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        })
    });
    let id_erreur = format!("{id}-erreur");
    let id_decrit = id_erreur.clone();
    Fautes {
        invalide: Signal::derive(move || liste.with(|f| (!f.is_empty()).then_some("true"))),
        decrit: Signal::derive(move || liste.with(|f| (!f.is_empty()).then(|| id_decrit.clone()))),
        vue: view! {
            {move || liste.with(|f| (!f.is_empty()).then(|| {
                let lignes = f.iter().map(|m| view! { <span>{m.clone()}</span> }).collect_view();
                view! { <p class="editeur__erreur" id=id_erreur.clone() data-erreur="">{lignes}</p> }
            }))}
        }
        .into_any(),
    }
}

/// A text, number or yes/no field, or one choice among codes.
#[component]
fn Saisie(etat: Etat, chemin: Chemin, libelle: String, choix: Option<Vec<(String, String)>>) -> impl IntoView {
    let Reperes { id, repere, fautes } = reperes(etat, &chemin);
    let Fautes {
        invalide,
        decrit,
        vue: erreurs,
    } = fautes;
    let ancienne = etat
        .arbre
        .with_untracked(|a| modele::valeur(a, &chemin).cloned().unwrap_or(Json::Nul));
    let chemin_ecrire = chemin.clone();
    let au_depart = ancienne.clone();
    let ecrire = move |tape: String| {
        etat.arbre.update(|a| {
            let avant = modele::valeur(a, &chemin_ecrire).cloned().unwrap_or(Json::Nul);
            let nouvelle = match avant {
                Json::Booleen(_) => Json::Booleen(tape == "true"),
                _ => modele::saisie(&ancienne_nature(&avant, &au_depart), &tape),
            };
            modele::remplacer(a, &chemin_ecrire, nouvelle);
        });
    };
    let valeur = modele::affichage(&ancienne);
    let controle = match (&ancienne, choix) {
        (Json::Booleen(b), _) => view! {
            <input type="checkbox" id=id.clone() data-champ=repere prop:checked=*b aria-invalid=invalide aria-describedby=decrit
                on:change=move |ev| ecrire(event_target_checked(&ev).to_string())/>
        }
        .into_any(),
        (_, Some(options)) => {
            let options = options
                .into_iter()
                .map(|(code, texte)| {
                    let choisi = code == valeur;
                    view! { <option value=code selected=choisi>{texte}</option> }
                })
                .collect_view();
            view! {
                <select id=id.clone() data-champ=repere aria-invalid=invalide aria-describedby=decrit
                    on:change=move |ev| ecrire(event_target_value(&ev))>
                    {(matches!(ancienne, Json::Nul) || valeur.is_empty()).then(|| view! { <option value="" selected>"—"</option> })}
                    {options}
                </select>
            }
            .into_any()
        }
        _ if valeur.chars().count() > 70 => view! {
            <textarea id=id.clone() data-champ=repere rows="4" prop:value=valeur aria-invalid=invalide aria-describedby=decrit
                on:input=move |ev| ecrire(event_target_value(&ev))></textarea>
        }
        .into_any(),
        (nature, _) => {
            let mode = if matches!(nature, Json::Nombre(_)) { "decimal" } else { "text" };
            view! {
                <input type="text" inputmode=mode id=id.clone() data-champ=repere prop:value=valeur aria-invalid=invalide aria-describedby=decrit
                    on:input=move |ev| ecrire(event_target_value(&ev))/>
            }
            .into_any()
        }
    };
    view! {
        <div class="editeur__champ">
            <label for=id>{libelle}</label>
            {controle}
            {erreurs}
        </div>
    }
}

/// The kind of value a field holds: a field opened empty (`null`) that was
/// a number in the first place stays one.
fn ancienne_nature(avant: &Json, au_depart: &Json) -> Json {
    match (avant, au_depart) {
        (Json::Texte(_), Json::Nombre(_)) => au_depart.clone(),
        _ => avant.clone(),
    }
}

/// A list of codes as checkboxes ("the rules as choices").
#[component]
fn Cases(etat: Etat, chemin: Chemin, libelle: String, options: Vec<(String, String)>) -> impl IntoView {
    let Reperes { id, repere, fautes } = reperes(etat, &chemin);
    let Fautes {
        decrit, vue: erreurs, ..
    } = fautes;
    let cases = options
        .into_iter()
        .map(|(code, texte)| {
            let chemin = chemin.clone();
            let coche = etat.arbre.with_untracked(|a| {
                modele::valeur(a, &chemin)
                    .and_then(Json::liste)
                    .is_some_and(|l| l.iter().any(|v| v.texte() == Some(&code)))
            });
            let id_case = format!("{id}-{code}");
            let pour = id_case.clone();
            let code_case = code.clone();
            let basculer = move |ev| {
                let oui = event_target_checked(&ev);
                etat.arbre.update(|a| {
                    let mut liste = modele::valeur(a, &chemin)
                        .and_then(Json::liste)
                        .unwrap_or_default()
                        .to_vec();
                    liste.retain(|v| v.texte() != Some(&code_case));
                    if oui {
                        liste.push(Json::Texte(code_case.clone()));
                    }
                    modele::remplacer(a, &chemin, Json::Liste(liste));
                });
            };
            view! {
                <label class="editeur__case" for=pour>
                    <input type="checkbox" id=id_case value=code prop:checked=coche on:change=basculer/>
                    {texte}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="editeur__sous" data-champ=repere aria-describedby=decrit>
            <legend>{libelle}</legend>
            {cases}
            {erreurs}
        </fieldset>
    }
}

/// The programme's "vérifié le" date, and a button for today.
#[component]
fn Verifie(etat: Etat, chemin: Chemin) -> impl IntoView {
    let mots = etat.mots.get_value();
    let programme = etat.arbre.with_untracked(|a| modele::situer(a, &chemin).0);
    let chemin_bouton = chemin.clone();
    let aujourdhui_clic = move |_| {
        etat.arbre
            .update(|a| modele::remplacer(a, &chemin_bouton, Json::Texte(aujourdhui())));
        // The field was drawn with the old value: show the new one.
        if let Some(champ) = document()
            .query_selector(&format!(
                r#"[data-champ="{}:verifie_le"]"#,
                programme.clone().unwrap_or_default()
            ))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            champ.set_value(&aujourdhui());
        }
    };
    view! {
        <div class="editeur__verifie">
            <Saisie etat=etat chemin=chemin libelle=mots.t("verifie_le") choix=None/>
            <p class="editeur__aide">{mots.t("verifie_aide")}</p>
            <button type="button" class="bouton" data-editeur="verifie-aujourdhui" on:click=aujourdhui_clic>{mots.t("verifie_aujourdhui")}</button>
        </div>
    }
}

/// How many errors remain, announced politely as the person types.
#[component]
fn Bilan(etat: Etat) -> impl IntoView {
    let texte = move || {
        let n = etat.erreurs.with(Vec::len);
        etat.mots.with_value(|m| {
            if n == 0 {
                m.t("bilan_ok")
            } else {
                m.f("bilan_erreurs", &[("n", &n.to_string())])
            }
        })
    };
    view! { <p class="editeur__bilan" role="status" aria-live="polite" data-editeur="bilan">{texte}</p> }
}

/// Every change, field by field, then the buttons that save.
#[component]
fn Changements(etat: Etat, ouvert: RwSignal<Json>) -> impl IntoView {
    let mots = etat.mots.get_value();
    let liste = Memo::new(move |_| ouvert.with(|o| etat.arbre.with(|a| modele::changements(o, a))));
    let enregistre = RwSignal::new(String::new());
    let bloque = move || etat.erreurs.with(|e| !e.is_empty());
    let date = aujourdhui();
    let enregistrer = move |_| {
        let mut a = etat.arbre.get_untracked();
        modele::remplacer(&mut a, &[Pas::Cle("date_maj".into())], Json::Texte(aujourdhui()));
        telecharger(modele::NOM_FICHIER, &modele::ecrire(&a));
        enregistre.set(etat.mots.with_value(|m| m.t("enregistre")));
    };
    let enregistrer_di = move |_| {
        let a = etat.arbre.get_untracked();
        if let Ok(c) = catalogue::charger_valeur(modele::NOM_FICHIER, &a)
            && let Ok((services, structures)) = crate::open_data::exporter(&c)
        {
            telecharger("services.json", &crate::open_data::en_texte(&services));
            telecharger("structures.json", &crate::open_data::en_texte(&structures));
            enregistre.set(etat.mots.with_value(|m| m.t("enregistre_di")));
        }
    };
    let lignes = move || {
        let m = etat.mots.get_value();
        liste.with(|l| {
            if l.is_empty() {
                return view! { <p data-editeur="aucun-changement">{m.t("changements_aucun")}</p> }.into_any();
            }
            let vide = m.t("vide");
            let montrer = |t: &String| if t.is_empty() { vide.clone() } else { t.clone() };
            let items = l
                .iter()
                .map(|c| {
                    let qui = c.programme.clone().unwrap_or_else(|| m.t("general_court"));
                    view! {
                        <li data-changement=format!("{}:{}", c.programme.clone().unwrap_or_default(), c.champ)>
                            <strong>{qui}" — "{c.champ.clone()}</strong>
                            <br/><span class="editeur__avant">{m.t("avant")}" : "<del>{montrer(&c.avant)}</del></span>
                            <br/><span class="editeur__apres">{m.t("apres")}" : "<ins>{montrer(&c.apres)}</ins></span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="editeur__changements">{items}</ul> }.into_any()
        })
    };
    view! {
        <section aria-labelledby="changements">
            <h2 id="changements">{mots.t("changements_titre")}</h2>
            {lignes}
        </section>
        <section aria-labelledby="enregistrer">
            <h2 id="enregistrer">{mots.t("enregistrer_titre")}</h2>
            <p>{mots.f("enregistrer_aide", &[("date", &date)])}</p>
            {move || bloque().then(|| view! { <p class="editeur__erreur">{etat.mots.with_value(|m| m.t("enregistrer_bloque"))}</p> })}
            <div class="editeur__boutons">
                <button type="button" class="bouton bouton--principal" data-editeur="enregistrer" disabled=bloque on:click=enregistrer>{mots.t("enregistrer")}</button>
                <button type="button" class="bouton" data-editeur="enregistrer-data-inclusion" disabled=bloque on:click=enregistrer_di>{mots.t("enregistrer_di")}</button>
            </div>
            <p role="status" data-editeur="enregistre">{move || enregistre.get()}</p>
        </section>
    }
}

/// Offers a text as a file to download; nothing leaves the device.
fn telecharger(nom: &str, texte: &str) {
    let morceaux = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(texte));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&morceaux, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(lien) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        lien.set_href(&url);
        lien.set_download(nom);
        lien.click();
    }
    // Released once the browser has taken the file.
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        Duration::from_secs(5),
    );
}

/// A language's fingerprints of the French its catalogue translations
/// were reviewed against, by path (`None` in the list: the file could not
/// be read).
type Empreintes = BTreeMap<String, String>;

/// Per language, the catalogue texts whose translation the edited French
/// makes stale (from the fingerprints in the published language files).
#[component]
fn Traductions(etat: Etat) -> impl IntoView {
    let mots = etat.mots.get_value();
    let empreintes: RwSignal<Vec<(Langue, Option<Empreintes>)>> = RwSignal::new(Vec::new());
    leptos::task::spawn_local(async move {
        let mut toutes = Vec::new();
        for langue in Langue::TOUTES.into_iter().skip(1) {
            let texte = reseau::texte(&langue.fichier_publie(), TAILLE_MAX, DELAI).await;
            let table = texte
                .ok()
                .and_then(|t| crate::i18n::Textes::depuis_json(langue, &t).ok())
                .map(|t| t.empreintes);
            toutes.push((langue, table));
        }
        empreintes.set(toutes);
    });
    let listes = move || {
        let m = etat.mots.get_value();
        empreintes.with(|toutes| {
            etat.arbre.with(|a| {
                let francais = traductions::textes_traduisibles(a);
                toutes
                    .iter()
                    .map(|(langue, table)| {
                        let nom = langue.nom_francais();
                        let Some(table) = table else {
                            return view! { <p>{m.f("traductions_indisponible", &[("langue", nom)])}</p> }.into_any();
                        };
                        let perimees = traductions::perimees(a, table);
                        if perimees.is_empty() {
                            return view! { <p data-perimees=langue.code()>{m.f("traductions_ok", &[("langue", nom)])}</p> }.into_any();
                        }
                        let items = perimees
                            .iter()
                            .map(|chemin| {
                                let fr = francais.get(chemin).cloned().unwrap_or_default();
                                view! { <li data-perimee=chemin.clone()><code>{chemin.clone()}</code>" : "{fr}</li> }
                            })
                            .collect_view();
                        view! {
                            <div data-perimees=langue.code()>
                                <p>{m.f("traductions_n", &[("langue", nom), ("n", &perimees.len().to_string())])}</p>
                                <ul>{items}</ul>
                            </div>
                        }
                        .into_any()
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section aria-labelledby="traductions">
            <h2 id="traductions">{mots.t("traductions_titre")}</h2>
            <p>{mots.t("traductions_aide")}</p>
            {listes}
        </section>
    }
}
