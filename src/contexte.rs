//! What the pages and components share, through Leptos contexts: the
//! interface language and its texts, the catalogue in use, the
//! questionnaire's answers, the forms' drafts, and moving to a screen.
//! `app.rs` provides them at start; views read them here, so no view
//! depends on the shell that draws it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalogue::Catalogue;
use crate::engine::Reponses;
use crate::i18n::{Cle, Langue, Textes};
use crate::platform::focaliser;
use crate::platform::langues;
use crate::platform::reseau::Echec;
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
pub(crate) fn passer_a(langage: Langage, langue: Langue, pret: Option<RwSignal<bool>>) {
    langage.demandee.set(langue);
    if langage.textes.get_untracked().langue == langue {
        // Back to the language on screen: a fetch under way is dropped.
        return;
    }
    leptos::task::spawn_local(async move {
        match montrer(langage, langue).await {
            Some(true) => {
                langage.echec.set(None);
                if pret.is_none() {
                    langues::enregistrer(langue);
                    // The page is redrawn: keyboard focus goes back to the
                    // button just pressed, not to the top.
                    request_animation_frame(move || focaliser(&format!(r#"[data-langue-choix="{}"]"#, langue.code())));
                }
            }
            Some(false) => {
                langage.echec.set(Some(langue));
                langage.demandee.set(langage.textes.get_untracked().langue);
            }
            None => {}
        }
        if let Some(pret) = pret {
            pret.set(true);
        }
    });
}

/// Fetches a language's texts and shows them if that language is still
/// the one asked for when they arrive (so the last request wins):
/// `Some(true)` when they are on screen, `Some(false)` when the fetch
/// failed while they were still wanted, `None` when no longer wanted (or
/// already on screen whole, from another request). A tap on a language
/// (`passer_a`) and the French of the other screens (the shell's
/// `completer_le_francais`) both go through here.
pub(crate) async fn montrer(langage: Langage, langue: Langue) -> Option<bool> {
    let resultat = langues::charger(langue).await;
    if langage.demandee.get_untracked() != langue {
        return None;
    }
    let (meme, complets) = langage.textes.with_untracked(|t| (t.langue == langue, t.complets()));
    let deja = meme && complets;
    match resultat {
        Ok(textes) => {
            let textes = Arc::new(textes);
            if deja {
                // Already whole on screen (another request brought them).
            } else if meme {
                // The rest of the language on screen (the French of the
                // other screens): the frame (header, language switch,
                // footer) reads only the built-in words, so its views are
                // not run again for nothing. That run changed nothing on
                // screen but cost a deep link's heaviest main-thread task
                // the compiling of their update code (68 fewer WebAssembly
                // functions compiled, docs/performance.md). The page waiting
                // for the texts follows the shell's `Complement` (app.rs).
                langage.textes.update_untracked(|t| *t = textes);
            } else {
                langage.textes.set(textes);
            }
            Some(true)
        }
        Err(_) if deja => None,
        Err(_) => Some(false),
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
