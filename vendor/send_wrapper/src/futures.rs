//! A wrapped future or stream is itself one, polled on its thread.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::SendWrapper;

impl<F: Future> Future for SendWrapper<F> {
    type Output = F::Output;

    #[track_caller]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.verifier();
        // SAFETY: the wrapper is pinned and never moves its value out while
        // pinned (`take` needs the wrapper by value), so the value is pinned too.
        unsafe { self.map_unchecked_mut(|w| &mut *w.valeur) }.poll(cx)
    }
}

impl<S: Stream> Stream for SendWrapper<S> {
    type Item = S::Item;

    #[track_caller]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        self.verifier();
        // SAFETY: as for `Future::poll`.
        unsafe { self.map_unchecked_mut(|w| &mut *w.valeur) }.poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.valid() {
            self.valeur.size_hint()
        } else {
            (0, None)
        }
    }
}
