//! `SendWrapper<T>`: a value that is not `Send` (a DOM node, a closure over
//! one) that a `Send` container may hold, as long as it is only used on the
//! thread that made it.
//!
//! Written for this project in place of the `send_wrapper` crate, with the
//! same public API (`new`, `valid`, `take`, `Deref`, `DerefMut`, `Debug`,
//! `Clone`, and `Future`/`Stream` with the `futures` feature). Why: the
//! crate records `std::thread::current()` in every wrapper and compares it
//! on each access, and that brings the standard library's thread handles
//! into the app's WebAssembly (3.8 KB of code, about 1 KiB brotli of the
//! first visit). On `wasm32-unknown-unknown` without the `atomics` target
//! feature (this app's target) there is exactly one thread: every access
//! is on the thread that made the value, so the check can never fail and
//! is left out. Elsewhere (native tests, tools) the check is kept, and a
//! wrong-thread access panics as with the original crate.

#[cfg(feature = "futures")]
mod futures;

use std::fmt;
use std::mem::{self, ManuallyDrop};
use std::ops::{Deref, DerefMut};

/// A value usable only on the thread that created it.
pub struct SendWrapper<T> {
    valeur: ManuallyDrop<T>,
    #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
    fil: std::thread::ThreadId,
}

// SAFETY: the value is only ever reached through `verifier`, which panics
// on any thread but the one that made it; on wasm32 without atomics there
// is no other thread.
unsafe impl<T> Send for SendWrapper<T> {}
// SAFETY: as for `Send`.
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> SendWrapper<T> {
    /// Wraps `data`, made on the current thread.
    pub fn new(data: T) -> SendWrapper<T> {
        SendWrapper {
            valeur: ManuallyDrop::new(data),
            #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
            fil: std::thread::current().id(),
        }
    }

    /// Whether the value may be used here (on the thread that made it).
    pub fn valid(&self) -> bool {
        #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
        return self.fil == std::thread::current().id();
        #[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
        true
    }

    /// Panics unless the value may be used here.
    #[track_caller]
    fn verifier(&self) {
        if !self.valid() {
            panic!("SendWrapper: value used on another thread than the one that created it");
        }
    }

    /// The value itself. Panics on another thread.
    #[track_caller]
    pub fn take(self) -> T {
        self.verifier();
        let mut enveloppe = ManuallyDrop::new(self);
        // SAFETY: `enveloppe` is never used or dropped again.
        unsafe { ManuallyDrop::take(&mut enveloppe.valeur) }
    }
}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    #[track_caller]
    fn deref(&self) -> &T {
        self.verifier();
        &self.valeur
    }
}

impl<T> DerefMut for SendWrapper<T> {
    #[track_caller]
    fn deref_mut(&mut self) -> &mut T {
        self.verifier();
        &mut self.valeur
    }
}

impl<T> Drop for SendWrapper<T> {
    /// Drops the value on its thread. On another thread a value with
    /// nothing to drop is let go, and any other panics (unless the thread
    /// is already panicking: it is then leaked rather than dropped there).
    #[track_caller]
    fn drop(&mut self) {
        if self.valid() {
            // SAFETY: dropped once, here; the field is not used after.
            unsafe { ManuallyDrop::drop(&mut self.valeur) };
        } else if mem::needs_drop::<T>() && !std::thread::panicking() {
            panic!("SendWrapper: value dropped on another thread than the one that created it");
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendWrapper").field("data", self.deref()).finish()
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    fn clone(&self) -> Self {
        SendWrapper::new(self.deref().clone())
    }
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;
    use std::rc::Rc;

    #[test]
    fn same_thread_reads_writes_takes_and_drops() {
        let compteur = Rc::new(());
        let mut w = SendWrapper::new(Rc::clone(&compteur));
        assert!(w.valid());
        assert_eq!(Rc::strong_count(&w), 2);
        *w = Rc::clone(&compteur);
        let pris = w.take();
        assert_eq!(Rc::strong_count(&compteur), 2);
        drop(pris);
        drop(SendWrapper::new(Rc::clone(&compteur)));
        assert_eq!(Rc::strong_count(&compteur), 1);
    }

    #[test]
    fn another_thread_is_refused() {
        let w = SendWrapper::new(vec![1]);
        let resultat = std::thread::spawn(move || {
            let lu = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| w.len()));
            std::mem::forget(w);
            lu.is_err()
        })
        .join()
        .unwrap();
        assert!(resultat, "reading on another thread must panic");
    }
}
