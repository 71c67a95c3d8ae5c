//! The app shell: language and catalogue in context, the current route,
//! header, main and footer.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalogue::{self, Catalogue, CatalogueError};
use crate::components::{ChoixLangue, EnTete, PiedDePage, focaliser};
use crate::engine::Reponses;
use crate::engine::confidentialite::{Origine, origine};
use crate::hote::{Audience, OptionsHote, assombrir};
use crate::i18n::{Cle, Langue, Textes, cle::app as c};
use crate::pages;
use crate::platform::reseau::Echec;
use crate::platform::stockage::{self, Lecture};
use crate::platform::{catalogue_distant, integration, langues, plantage, service_worker};
use crate::routes::Route;

/// The catalogue the app shows, in the interface's language: derived from
/// the newest catalogue and the language, so a newer catalogue or another
/// language redraws the pages that read it.
#[derive(Clone, Copy)]
pub struct CatalogueCourant(pub Memo<Arc<Catalogue>>);

/// What happened to the remote catalogue, for the footer.
#[derive(Clone, Copy)]
pub struct EtatCatalogue {
    pub avis: RwSignal<Option<Echec>>,
}

/// The interface language: its texts, the language last asked for, and
/// the language that could not be fetched (to say so).
#[derive(Clone, Copy)]
pub struct Langage {
    pub textes: RwSignal<Arc<Textes>>,
    /// The last language asked for. Texts are set only for it: with two
    /// quick taps the last tap wins, whichever file arrives first.
    pub demandee: RwSignal<Langue>,
    pub echec: RwSignal<Option<Langue>>,
}

impl Langage {
    /// The language being fetched, if any (to show it on its button).
    pub fn en_cours(&self) -> Option<Langue> {
        let demandee = self.demandee.get();
        (demandee != self.textes.with(|t| t.langue)).then_some(demandee)
    }
}

/// The texts of the interface language. Not tracked: the parts of the page
/// that show text are redrawn as a whole when the language changes.
pub fn textes() -> Arc<Textes> {
    match use_context::<Langage>() {
        Some(l) => l.textes.get_untracked(),
        None => Arc::new(Textes::francais()),
    }
}

/// Switches the interface to a language (fetching its texts if needed) and
/// remembers the choice on the device.
pub fn changer_langue(langue: Langue) {
    let Some(langage) = use_context::<Langage>() else {
        return;
    };
    if langage.demandee.get_untracked() != langue {
        passer_a(langage, langue, None);
    }
}

/// Asks for a language and shows its texts once fetched, unless another
/// language was asked for meanwhile: with two quick taps the last tap wins,
/// whichever file arrives first. At start (`pret`: the screen waits for
/// the language) the choice is the host's or the device's, so it is not
/// remembered again; a tap is.
fn passer_a(langage: Langage, langue: Langue, pret: Option<RwSignal<bool>>) {
    langage.demandee.set(langue);
    if langage.textes.get_untracked().langue == langue {
        // Back to the language on screen: a fetch under way is dropped.
        return;
    }
    leptos::task::spawn_local(async move {
        let resultat = langues::charger(langue).await;
        if langage.demandee.get_untracked() == langue {
            match resultat {
                Ok(textes) => {
                    langage.echec.set(None);
                    langage.textes.set(Arc::new(textes));
                    if pret.is_none() {
                        langues::enregistrer(langue);
                        // The page is redrawn: keyboard focus goes back to
                        // the button just pressed, not to the top.
                        request_animation_frame(move || {
                            focaliser(&format!(r#"[data-langue-choix="{}"]"#, langue.code()))
                        });
                    }
                }
                Err(_) => {
                    langage.echec.set(Some(langue));
                    langage.demandee.set(langage.textes.get_untracked().langue);
                }
            }
        }
        if let Some(pret) = pret {
            pret.set(true);
        }
    });
}

/// A fetch failure in words.
pub fn texte_echec(tx: &Textes, echec: &Echec) -> String {
    match echec {
        Echec::Adresse(url) => tx.f(c::ECHEC_ADRESSE, &[("url", url)]),
        Echec::PasDeReponse => tx.t(c::ECHEC_PAS_DE_REPONSE).to_string(),
        Echec::Statut(s) => tx.f(c::ECHEC_STATUT, &[("statut", &s.to_string())]),
        Echec::TropGros => tx.t(c::ECHEC_TROP_GROS).to_string(),
        Echec::Illisible => tx.t(c::ECHEC_ILLISIBLE).to_string(),
        Echec::Invalide(detail) => tx.f(c::ECHEC_INVALIDE, &[("detail", detail)]),
    }
}

/// A new version of the app waits to take over (see platform::service_worker).
#[derive(Clone, Copy)]
pub struct MiseAJour(pub RwSignal<Option<web_sys::ServiceWorker>, LocalStorage>);

/// Reads the catalogue in use; every page calls this.
pub fn catalogue_courant() -> Arc<Catalogue> {
    match use_context::<CatalogueCourant>() {
        Some(CatalogueCourant(c)) => c.get(),
        // Only reachable for a view mounted outside `App` (a test): an empty
        // catalogue renders, where a panic would kill the whole app.
        None => Arc::new(Catalogue::default()),
    }
}

/// The questionnaire's answers, shared by the questions and the results,
/// and a notice to show once (e.g. unreadable saved answers).
#[derive(Clone, Copy)]
pub struct EtatJeune {
    pub reponses: RwSignal<Reponses>,
    pub avis: RwSignal<Option<Cle>>,
    /// Until when the device keeps the answers (ms since 1970, in digits:
    /// a signal type the app already has), `None` when it keeps none: said
    /// on screen next to "Effacer".
    pub jusqua: RwSignal<Option<String>>,
    /// Answers taken from someone's results link: held while the app is
    /// open (to modify them), never written to the device as they are.
    pub du_lien: RwSignal<Reponses>,
}

impl EtatJeune {
    /// Whether the answers held were given by the person (not a link's).
    pub fn a_soi(&self) -> bool {
        let r = self.reponses.get_untracked();
        r == Reponses::default() || self.du_lien.get_untracked() != r
    }
}

/// The questionnaire state; a fresh one outside `App` (tests).
pub fn etat_jeune() -> EtatJeune {
    use_context::<EtatJeune>().unwrap_or_else(|| EtatJeune {
        reponses: RwSignal::new(Reponses::default()),
        avis: RwSignal::new(None),
        jusqua: RwSignal::new(None),
        du_lien: RwSignal::new(Reponses::default()),
    })
}

/// What was typed on the one-screen forms (volunteer, professional), kept
/// while the app is open so "modify" on a results page finds it again.
#[derive(Clone, Copy)]
pub struct Brouillons {
    pub mentor: RwSignal<crate::engine::mentor::ReponsesMentor>,
    pub pro: RwSignal<Reponses>,
    /// E-mail drafts the person edited, by programme and answers: kept in
    /// memory only (never on the device), so that a redrawn results page
    /// (another language, a visit to a programme and back) keeps them.
    pub courriels: StoredValue<Vec<(String, String)>>,
}

/// Goes to a screen, as a link would (the browser's back button works).
pub fn naviguer(route: &Route) {
    let _ = window().location().set_hash(&route.href());
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
/// language. A translation that does not make a valid catalogue (it cannot
/// pass the build, but a remote catalogue may have moved on) is dropped
/// for the French.
fn catalogue_dans_la_langue(source: &str, francais: &Catalogue, tx: &Textes) -> Catalogue {
    if tx.langue == Langue::Fr {
        return francais.clone();
    }
    match tx
        .catalogue_traduit(source)
        .map(|valeur| catalogue::charger_valeur("catalogue traduit", &valeur))
    {
        Ok(Ok(traduit)) => traduit,
        _ => {
            leptos::logging::warn!("Trouve ton mentor : traduction du catalogue inutilisable, catalogue en français");
            francais.clone()
        }
    }
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
    let pret = RwSignal::new(false);
    if langue == Langue::Fr {
        set_timeout(move || pret.set(true), std::time::Duration::ZERO);
    } else {
        passer_a(langage, langue, Some(pret));
    }
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
    service_worker::enregistrer(move |en_attente| mise_a_jour.0.set(Some(en_attente)));

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

    // On a new screen: back to the top (of the host page too, when
    // embedded), and keyboard and screen-reader focus on the new page's
    // main heading, as after a full page load. Not on the first screen: an
    // embedded app must not take the focus from its host page.
    Effect::new(move |precedente: Option<Route>| {
        let r = route.get();
        if precedente.as_ref().is_some_and(|p| *p != r) {
            integration::nouvel_ecran();
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
                langage.textes.track();
                pages::page(route.get())
            }}
        </main>
        {move || {
            langage.textes.track();
            view! { <PiedDePage/> }
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
        let cible = match audience {
            Audience::Jeune => Route::Jeune,
            Audience::Mentor => Route::Mentor,
            Audience::Pro => Route::Pro,
        };
        // Replace, not push: "back" must leave the app, not return to a home the host skipped.
        let _ = window().location().replace(&cible.href());
    }
}

/// "Une nouvelle version est disponible": shown when a new build waits.
#[component]
fn BandeauMiseAJour() -> impl IntoView {
    let MiseAJour(en_attente) = expect_context::<MiseAJour>();
    move || {
        en_attente.get().map(|travailleur| {
            view! {
                <div class="mise-a-jour" role="status" data-mise-a-jour="">
                    <span>{textes().t(c::MAJ_DISPONIBLE).to_string()}</span>
                    <button type="button" class="bouton bouton--principal" on:click=move |_| service_worker::activer(&travailleur)>
                        {textes().t(c::RECHARGER).to_string()}
                    </button>
                </div>
            }
        })
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
