//! The professionals' and parents' path: the young person's answers on one
//! screen (`#/pro`), then a referral sheet (`#/pro/fiche?…`) to print on
//! one A4 page or share by link, with no personal data beyond the answers.

use leptos::prelude::*;

use crate::app::{Brouillons, catalogue_courant, naviguer};
use crate::catalogue::Situation;
use crate::components::{Cases, ChampAge, GraphiqueAges, PartageResultats, Radios};
use crate::engine::{BESOINS, Modalite, Reponses, Tri, Verdict, code_besoin, code_situation, evaluer};
use crate::routes::Route;
use crate::texte::liste;

const TRI: [(&str, &str); 3] = [("oui", "Oui"), ("non", "Non"), ("nsp", "Ne sait pas")];

fn tri(code: &str) -> Option<Tri> {
    Tri::TOUS.into_iter().find(|t| t.code() == code)
}

/// `#/pro`: every question at once, for someone who knows the young person.
#[component]
pub fn PagePro() -> impl IntoView {
    let reponses = use_context::<Brouillons>().map(|b| b.pro).unwrap_or_else(|| RwSignal::new(Reponses::default()));
    let valider = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        naviguer(&Route::Fiche(reponses.get_untracked()));
    };
    let radios_tri = move |legende: &'static str, nom: &'static str, aide: &'static str, lire: fn(&Reponses) -> Option<Tri>, ecrire: fn(&mut Reponses, Option<Tri>)| {
        view! {
            <Radios
                legende
                nom
                aide
                options=TRI.to_vec()
                valeur=Signal::derive(move || lire(&reponses.get()).map(Tri::code))
                on_choisir=move |code| reponses.update(|r| ecrire(r, tri(code)))
            />
        }
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">"Vous êtes parent ou professionnel"</h1>
            <p class="chapo">
                "Enseignant, CPE, travailleur social, conseiller de Mission locale ou parent\u{a0}: "
                "renseignez ce que vous savez du jeune, sur un seul écran, pour obtenir une fiche d'orientation à imprimer ou à partager. "
                "Aucun nom n'est demandé et rien n'est envoyé."
            </p>
            <form class="formulaire" on:submit=valider novalidate>
                <ChampAge
                    id="age-jeune"
                    libelle="Âge du jeune"
                    min="0"
                    initial=reponses.get_untracked().age
                    on_changer=move |age| reponses.update(|r| r.age = age)
                />
                {radios_tri("Habite dans la Communauté urbaine de Dunkerque", "cud", "Dunkerque et les communes autour (Grande-Synthe, Coudekerque-Branche, Gravelines…).", |r| r.territoire, |r, t| r.territoire = t)}
                <Radios
                    legende="Situation"
                    nom="situation"
                    options=Situation::TOUTES.into_iter().map(|s| (code_situation(s), s.libelle())).collect()
                    valeur=Signal::derive(move || reponses.get().situation.map(code_situation))
                    on_choisir=move |code| reponses.update(|r| r.situation = Situation::TOUTES.into_iter().find(|s| code_situation(*s) == code))
                />
                {radios_tri("Scolarisé en éducation prioritaire (REP ou REP+)", "rep", "Réseau d'éducation prioritaire\u{a0}: écoles et collèges qui reçoivent des moyens renforcés.", |r| r.rep, |r, t| r.rep = t)}
                {radios_tri("Suivi par l'Aide sociale à l'enfance (ASE)", "ase", "Service du Département pour la protection de l'enfance (placement, aide éducative).", |r| r.ase, |r, t| r.ase = t)}
                {radios_tri("Habite un quartier prioritaire (QPV)", "qpv", "Quartier prioritaire de la politique de la ville.", |r| r.qpv, |r, t| r.qpv = t)}
                <Cases
                    legende="Besoins"
                    nom="besoins"
                    options=BESOINS.into_iter().map(|b| (code_besoin(b), b.libelle())).collect()
                    cochees=Signal::derive(move || reponses.get().besoins.iter().map(|b| code_besoin(*b)).collect())
                    on_basculer=move |code, coche| reponses.update(|r| {
                        r.besoins.retain(|b| code_besoin(*b) != code);
                        if coche {
                            r.besoins.extend(BESOINS.into_iter().find(|b| code_besoin(*b) == code));
                            r.besoins.sort_by_key(|b| BESOINS.iter().position(|x| x == b));
                        }
                    })
                />
                <Radios
                    legende="Rencontres"
                    nom="modalite"
                    options=vec![("presentiel", "En face à face"), ("distanciel", "À distance"), ("indifferent", "Peu importe")]
                    valeur=Signal::derive(move || reponses.get().modalite.map(Modalite::code))
                    on_choisir=move |code| reponses.update(|r| r.modalite = Modalite::TOUTES.into_iter().find(|m| m.code() == code))
                />
                <button type="submit" class="bouton bouton--principal" data-action="fiche">"Préparer la fiche d'orientation"</button>
            </form>
            <h2>"Les programmes par âge"</h2>
            <GraphiqueAges/>
            <p><a href="#/comparer">"Comparer des programmes côte à côte"</a></p>
        </div>
    }
}

/// `#/pro/fiche?…`: a one-page summary to hand to a young person or a family.
#[component]
pub fn Fiche(
    /// The answers read from the address.
    reponses: Reponses,
) -> impl IntoView {
    let c = catalogue_courant();
    let evaluations = evaluer(&c, &reponses);
    let date = js_sys::Date::new_0()
        .to_locale_date_string("fr-FR", &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default();
    let mut situation = Vec::new();
    if let Some(a) = reponses.age {
        situation.push(format!("{a} ans"));
    }
    if let Some(s) = reponses.situation {
        situation.push(s.libelle().to_string());
    }
    if !reponses.besoins.is_empty() {
        let mots: Vec<&str> = reponses.besoins.iter().map(|b| b.libelle()).collect();
        situation.push(format!("besoins\u{a0}: {}", liste(&mots)));
    }
    let situation = if situation.is_empty() { "non précisée".to_string() } else { situation.join(", ") };

    let conseilles: Vec<_> = evaluations.iter().filter(|e| e.verdict != Verdict::Ineligible).collect();
    let blocs = conseilles
        .iter()
        .filter_map(|e| c.programme(&e.programme_id).map(|p| (e, p)))
        .map(|(e, p)| {
            let badge = if e.verdict == Verdict::Eligible { "Correspond" } else { "À vérifier avec l'association" };
            let raisons = e
                .raisons
                .iter()
                .filter(|r| r.verdict != Verdict::Eligible || e.verdict == Verdict::Eligible)
                .map(|r| view! { <li>{r.texte.clone()}</li> })
                .collect_view();
            let telephone = p.contact.telephone.clone().map(|t| {
                let lien = p.lien_telephone().unwrap_or_default();
                view! { <a href=lien>{t}</a> " · " }
            });
            view! {
                <article class="fiche-orientation__programme" data-programme=p.id.clone() data-verdict=e.verdict.code()>
                    <h3>{p.nom.clone()} " — " <span class="fiche-orientation__badge">{badge}</span></h3>
                    <p>{p.accroche.clone()}</p>
                    <ul>{raisons}</ul>
                    <p class="fiche-orientation__contact">
                        {telephone}
                        <a href=p.lien_courriel()>{p.contact.courriel.clone()}</a> " · "
                        <a href=p.contact.site.clone()>{p.contact.site_libelle.clone()}</a>
                    </p>
                </article>
            }
        })
        .collect_view();
    let exclus: Vec<String> = evaluations
        .iter()
        .filter(|e| e.verdict == Verdict::Ineligible)
        .filter_map(|e| c.programme(&e.programme_id).map(|p| p.nom.clone()))
        .collect();
    let exclus: Vec<&str> = exclus.iter().map(String::as_str).collect();
    let courriel = c.contact_regional.courriel.clone();
    view! {
        <div class="page fiche-orientation">
            <p class="fil"><a href="#/pro">"← Modifier les réponses"</a></p>
            <h1 tabindex="-1">"Fiche d'orientation vers le mentorat"</h1>
            <p class="fiche-orientation__date">
                "Établie le " {date} " avec «\u{a0}Trouve ton mentor\u{a0}» (" {c.territoire.nom.clone()} ")."
            </p>
            <p><strong>"Situation du jeune\u{a0}: "</strong>{situation}</p>
            <section aria-labelledby="conseilles">
                <h2 id="conseilles">"Programmes conseillés"</h2>
                {conseilles.is_empty().then(|| view! {
                    <p data-resultat="aucun">
                        "Aucun programme de la CUD ne correspond. La plateforme nationale 1jeune1mentor.fr et le Collectif Mentorat ("
                        {courriel.clone()} ") peuvent orienter vers d'autres solutions."
                    </p>
                })}
                {blocs}
                {(!exclus.is_empty()).then(|| view! {
                    <p class="fiche-orientation__exclus">"Ne correspondent pas\u{a0}: " {liste(&exclus)} "."</p>
                })}
            </section>
            <section aria-labelledby="famille" class="fiche-orientation__famille">
                <h2 id="famille">"Pour le jeune et sa famille"</h2>
                <p>
                    "Le mentorat, c'est un bénévole (étudiant, salarié, retraité…) qui rencontre régulièrement le jeune pour l'écouter, "
                    "le soutenir et l'aider à avancer\u{a0}: travail scolaire, orientation, premier emploi, confiance en soi. "
                    "C'est gratuit et encadré par une association. Pour commencer, contactez l'une des associations ci-dessus\u{a0}: "
                    "elle vous expliquera comment se passe l'inscription."
                </p>
            </section>
            <section aria-labelledby="partager" class="fiche-orientation__actions">
                <h2 id="partager">"Imprimer ou partager"</h2>
                <PartageResultats route=Route::Fiche(reponses.clone())/>
            </section>
        </div>
    }
}
