//! The app shell: start-up (host options, language, catalogue, saved
//! answers, all provided as contexts, see `contexte.rs`), the current
//! route, header, main and footer.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalogue::{self, Catalogue, CatalogueError};
use crate::components::{BandeauMiseAJour, ChoixLangue, EnTete, PiedDePage};
use crate::contexte::{
    Brouillons, CatalogueCourant, EtatCatalogue, EtatJeune, Langage, MiseAJour, montrer, passer_a, textes,
};
use crate::engine::Reponses;
use crate::engine::confidentialite::{Origine, origine};
use crate::hote::{OptionsHote, assombrir};
use crate::i18n::{Langue, Textes, cle::app as c};
use crate::pages;
use crate::platform::stockage::{self, Lecture};
use crate::platform::{au_tour_suivant, focaliser};
use crate::platform::{catalogue_distant, integration, langues, plantage, service_worker};
use crate::routes::Route;

/// Where the French texts of the screens other than the home page are.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Complement {
    /// Not asked for, or arrived.
    Attendu,
    EnCours,
    Echec,
}

/// Fetches the French texts of the other screens (the app carries only the
/// home page's) and shows them, unless another language was chosen
/// meanwhile: that choice wins.
/// After a tap, the new screen's heading takes the focus (see `Coquille`);
/// if the screen was still waiting for its texts, it takes it when they
/// arrive (`titre_en_attente`).
fn completer_le_francais(langage: Langage, complement: RwSignal<Complement>, titre_en_attente: StoredValue<bool>) {
    complement.set(Complement::EnCours);
    leptos::task::spawn_local(async move {
        let etat = match montrer(langage, Langue::Fr).await {
            Some(true) => {
                request_animation_frame(move || {
                    if titre_en_attente.get_value() {
                        titre_en_attente.set_value(false);
                        focaliser("main h1");
                    }
                });
                Complement::Attendu
            }
            Some(false) => Complement::Echec,
            None => Complement::Attendu,
        };
        complement.set(etat);
    });
}

/// What stands in the page while its French texts are fetched, or if they
/// could not be: never a blank page, and a way to try again.
#[component]
fn AttenteDesTextes(
    langage: Langage,
    complement: RwSignal<Complement>,
    titre_en_attente: StoredValue<bool>,
) -> impl IntoView {
    // Redrawn when the fetch fails (the page around it waits for the texts only).
    move || {
        let tx = textes();
        if complement.get() == Complement::Echec {
            view! {
                <div class="page" role="alert" data-textes-echec="">
                    <p>{tx.t(c::TEXTES_ECHEC).to_string()}</p>
                    <button type="button" class="bouton bouton--principal" on:click=move |_| completer_le_francais(langage, complement, titre_en_attente)>
                        {tx.t(c::REESSAYER).to_string()}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="page" role="status" data-textes-attente="">{tx.t(c::CHARGEMENT).to_string()}</p> }
                .into_any()
        }
    }
}

/// The route in the address bar right now.
fn route_actuelle() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    Route::depuis_hash(&hash)
}

/// Mounts the app on `<body>`.
pub fn demarrer() {
    plantage::installer();
    leptos::mount::mount_to_body(App);
}

/// The static "Chargement…" of index.html goes once the app can show itself.
fn retirer_attente() {
    if let Some(attente) = document().get_element_by_id("chargement") {
        attente.remove();
    }
}

/// The catalogue read from `source` (French), translated into the texts'
/// language, or the French one if the translation is unusable.
fn catalogue_dans_la_langue(source: &str, francais: &Catalogue, tx: &Textes) -> Catalogue {
    if tx.langue == Langue::Fr {
        return francais.clone();
    }
    tx.catalogue_dans_la_langue(source).unwrap_or_else(|| {
        leptos::logging::warn!("Trouve ton mentor : traduction du catalogue inutilisable, catalogue en français");
        francais.clone()
    })
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let options = OptionsHote::depuis(
        &window().location().search().unwrap_or_default(),
        &window().location().hash().unwrap_or_default(),
    );

    // The language: the host's, else the one chosen on this device, else the browser's.
    let langue = options
        .langue
        .or_else(langues::enregistree)
        .unwrap_or_else(langues::du_navigateur);
    let langage = Langage {
        textes: RwSignal::new(Arc::new(Textes::francais())),
        demandee: RwSignal::new(Langue::Fr),
        echec: RwSignal::new(None),
    };
    provide_context(langage);
    Effect::new(move || {
        let textes = langage.textes.get();
        langues::appliquer_au_document(textes.langue);
        plantage::retenir(textes);
    });
    // French is there at once; another language is waited for (briefly), so
    // the first screen does not flash in French then change. French draws
    // in a task of its own, after this one (instantiation, catalogue): two
    // shorter main-thread tasks instead of one long one (blocking time);
    // the screen waiting on display stays there until then.
    let pret = if langue == Langue::Fr {
        au_tour_suivant()
    } else {
        let pret = RwSignal::new(false);
        passer_a(langage, langue, Some(pret));
        pret
    };
    Effect::new(move || {
        if pret.get() {
            retirer_attente();
        }
    });

    let francais = match catalogue::embarque() {
        Ok(c) => c,
        Err(erreurs) => {
            retirer_attente();
            return view! { <CatalogueIllisible erreurs/> }.into_any();
        }
    };
    // A catalogue saved by an earlier visit replaces the built-in one if newer.
    let source = match catalogue_distant::enregistre() {
        Some(enregistre) if enregistre.1.date_maj > francais.date_maj => enregistre,
        _ => (catalogue::FICHIER_EMBARQUE.to_string(), francais),
    };
    let source = RwSignal::new(Arc::new(source));
    // The catalogue follows the language and the newest source. Each new
    // value is a change: comparing two catalogues field by field would cost
    // more WebAssembly than the redraw it could spare.
    let courant = Memo::new_with_compare(
        move |_| {
            let s = source.get();
            Arc::new(langage.textes.with(|tx| catalogue_dans_la_langue(&s.0, &s.1, tx)))
        },
        |_, _| true,
    );
    provide_context(CatalogueCourant(courant));
    let avis = RwSignal::new(None);
    provide_context(EtatCatalogue { avis });
    if let Some(url) = catalogue_distant::url_configuree() {
        leptos::task::spawn_local(async move {
            match catalogue_distant::telecharger(&url).await {
                Ok(nouveau) if nouveau.1.date_maj > source.get_untracked().1.date_maj => source.set(Arc::new(nouveau)),
                Ok(_) => {}
                Err(raison) => avis.set(Some(raison)),
            }
        });
    }
    view! {
        <Show when=move || pret.get()>
            <Coquille options=options.clone()/>
        </Show>
    }
    .into_any()
}

/// Header, the page of the current route, footer.
#[component]
fn Coquille(
    /// What the host asked for (read once, at start).
    options: OptionsHote,
) -> impl IntoView {
    appliquer_options(&options);
    let langage = expect_context::<Langage>();
    provide_context(options);
    integration::demarrer();

    let mise_a_jour = MiseAJour(RwSignal::new_local(None));
    provide_context(mise_a_jour);
    // What the first screen can do without, the footer and the service
    // worker, comes in the next main-thread task (platform::au_tour_suivant):
    // the task that draws the frame was the longest of a deep link's start.
    let ensuite = au_tour_suivant();
    Effect::new(move || {
        if ensuite.get() {
            service_worker::enregistrer(move |en_attente| mise_a_jour.0.set(Some(en_attente)));
        }
    });

    let route = RwSignal::new(route_actuelle());

    // Answers: the device's (unless past their end date), else empty. A
    // results link never replaces the person's own (engine::confidentialite).
    let (initiales, jusqua, avis) = match stockage::lire() {
        Lecture::Rien => (Reponses::default(), None, None),
        Lecture::Reponses(r, jusqua) => (r, Some(jusqua.to_string()), None),
        Lecture::Illisible => (Reponses::default(), None, Some(c::REPONSES_ILLISIBLES)),
    };
    let etat = EtatJeune {
        reponses: RwSignal::new(initiales),
        avis: RwSignal::new(avis),
        jusqua: RwSignal::new(jusqua),
        du_lien: RwSignal::new(Reponses::default()),
    };
    provide_context(etat);
    Effect::new(move || {
        if let Route::Resultats(mut r) = route.get() {
            // Invalid parameters are shown on the results page, not kept.
            r.invalides.clear();
            let memoire = etat.reponses.get_untracked();
            match origine(&r, &memoire, etat.a_soi()) {
                // The person's own (a reload may bring back the sensitive
                // answer the device did not keep, for this visit only).
                Origine::Siennes if memoire != r => {
                    if !etat.a_soi() {
                        etat.du_lien.set(r.clone());
                    }
                    etat.reponses.set(r);
                }
                Origine::Lien => {
                    etat.du_lien.set(r.clone());
                    etat.reponses.set(r);
                }
                // Someone else's link: shown, the person chooses (results page).
                _ => {}
            }
        }
    });
    // Written when the answers change, never a link's. `ecrire` leaves the
    // same answers as they are: opening the app is not answering, and must
    // not push the end date back.
    Effect::new(move || {
        let r = etat.reponses.get();
        if etat.a_soi() {
            etat.jusqua.set(stockage::ecrire(&r).map(|j| j.to_string()));
        }
    });

    let brouillons = Brouillons {
        mentor: RwSignal::new(Default::default()),
        pro: RwSignal::new(Reponses::default()),
        courriels: StoredValue::new(Vec::new()),
    };
    provide_context(brouillons);
    Effect::new(move || match route.get() {
        Route::ResultatsMentor(mut r) => {
            r.invalides.clear();
            brouillons.mentor.set(r);
        }
        Route::Fiche(mut r) => {
            r.invalides.clear();
            brouillons.pro.set(r);
        }
        _ => {}
    });

    // Printing shows everything: folded sections (the programmes that do
    // not fit, the answers) open before the page is printed.
    let impression = window_event_listener(leptos::ev::beforeprint, |_| {
        // Not the e-mail drafts: never printed, and drawn only when opened.
        if let Ok(plis) = document().query_selector_all("details:not(.brouillon)") {
            for i in 0..plis.length() {
                if let Some(element) = plis.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = element.set_attribute("open", "");
                }
            }
        }
    });
    on_cleanup(move || impression.remove());

    let ecoute = window_event_listener(leptos::ev::hashchange, move |_| route.set(route_actuelle()));
    on_cleanup(move || ecoute.remove());

    // The French texts of the other screens, fetched when one opens (a
    // deep link, or a tap on the home page): the service worker has
    // usually stored them already, after the first visit.
    let complement = RwSignal::new(Complement::Attendu);
    let titre_en_attente = StoredValue::new(false);
    Effect::new(move || {
        let besoin = !route.get().francais_embarque_suffit() && !langage.textes.with(|t| t.complets());
        if besoin && langage.demandee.get() == Langue::Fr && complement.get_untracked() == Complement::Attendu {
            completer_le_francais(langage, complement, titre_en_attente);
        }
    });

    // On a new screen: back to the top (of the host page too, when
    // embedded), and keyboard and screen-reader focus on the new page's
    // main heading, as after a full page load. Not on the first screen: an
    // embedded app must not take the focus from its host page.
    Effect::new(move |precedente: Option<Route>| {
        let r = route.get();
        if precedente.as_ref().is_some_and(|p| *p != r) {
            integration::nouvel_ecran();
            // A screen waiting for its texts has no heading yet: it gets the focus when they arrive.
            let attend = !r.francais_embarque_suffit() && !langage.textes.with_untracked(|t| t.complets());
            titre_en_attente.set_value(attend);
            request_animation_frame(|| focaliser("main h1"));
        }
        r
    });

    let aller_au_contenu = move |ev: leptos::ev::MouseEvent| {
        // A plain `href="#contenu"` would change the route.
        ev.prevent_default();
        focaliser("#contenu");
    };

    // Every part with text is redrawn when the language changes (texts are
    // read once per drawing, see `textes`); the answers and drafts live
    // above, in signals, so nothing typed is lost.
    view! {
        {move || {
            langage.textes.track();
            view! {
                <a class="lien-evitement" href="#contenu" on:click=aller_au_contenu>{textes().t(c::ALLER_AU_CONTENU).to_string()}</a>
                <EnTete route/>
                <BandeauMiseAJour/>
            }
        }}
        <main id="contenu" tabindex="-1">
            {move || {
                langage.textes.track();
                view! { <ChoixLangue/> }
            }}
            {move || {
                // A newer catalogue, or its translation, redraws the page.
                if let Some(CatalogueCourant(c)) = use_context::<CatalogueCourant>() {
                    c.track();
                }
                // The rest of the French arrives without redrawing the
                // frame (contexte::montrer): this page follows its fetch.
                complement.get();
                let complets = langage.textes.with(|t| t.complets());
                let r = route.get();
                if !r.francais_embarque_suffit() && !complets {
                    return view! { <AttenteDesTextes langage complement titre_en_attente/> }.into_any();
                }
                pages::page(r)
            }}
        </main>
        {move || {
            langage.textes.track();
            ensuite.get().then(|| view! { <PiedDePage/> })
        }}
    }
}

/// Applies what the host asked for: no header/footer, its colour, its audience.
fn appliquer_options(options: &OptionsHote) {
    let racine = document().document_element();
    if let Some(racine) = &racine {
        if options.embed {
            let _ = racine.class_list().add_1("integre");
        }
        if let (Some(theme), Ok(racine)) = (&options.theme, racine.clone().dyn_into::<web_sys::HtmlElement>()) {
            // Through the CSSOM, which a strict content security policy allows.
            let style = racine.style();
            let _ = style.set_property("--bleu", theme);
            let _ = style.set_property("--bleu-fonce", &assombrir(theme));
        }
    }
    for option in &options.ignorees {
        leptos::logging::warn!("Trouve ton mentor : option d'intégration ignorée : {option}");
    }
    if let Some(audience) = options.audience
        && route_actuelle() == Route::Accueil
    {
        let cible = audience.route();
        // Replace, not push: "back" must leave the app, not return to a home the host skipped.
        let _ = window().location().replace(&cible.href());
    }
}

/// Shown instead of a blank screen if the embedded catalogue cannot be read
/// (a build that bypassed build.rs).
#[component]
fn CatalogueIllisible(erreurs: Vec<CatalogueError>) -> impl IntoView {
    view! {
        <main id="contenu" class="page">
            <h1>{textes().t(c::CATALOGUE_ILLISIBLE_TITRE).to_string()}</h1>
            <p>{textes().t(c::CATALOGUE_ILLISIBLE_CONTACT).to_string()}</p>
            <ul>{erreurs.into_iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
        </main>
    }
}
