//! The questionnaire's state in Yew: the session of `crate::screening::session` as a reducer.
//! Every transition lives in the session and is proven natively; this only lets Yew hold it.

use std::rc::Rc;

use yew::Reducible;

use crate::screening::session::{Action, Session};

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}
