//! Sapar's user-facing messages in Kazakh, Russian and English.
//!
//! The messages live in Fluent files under `locales/<lang>/*.ftl` at the root of
//! the repository; the UI loads the very same files, so a message is written once.
//! Each file is embedded at build time. A message missing in Kazakh or Russian
//! falls back to English, and a message missing everywhere shows its id, so a
//! gap is visible rather than silent.
#![deny(missing_docs)]

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use sapar_domain::Lang;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The messages of one language, with English behind them.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<&'static Messages>,
}

fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Kk => embedded::KK,
        Lang::Ru => embedded::RU,
        Lang::En => embedded::EN,
    }
}

fn build(lang: Lang) -> Messages {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Numbers are formatted by Sapar itself (money, dates); no bidi isolation marks
    // in PDFs and terminals.
    bundle.set_use_isolating(false);
    for (name, text) in files(lang) {
        match FluentResource::try_new((*text).to_string()) {
            Ok(res) => {
                if let Err(errors) = bundle.add_resource(res) {
                    debug_assert!(false, "{}/{name}: {errors:?}", lang.code());
                }
            }
            Err((res, errors)) => {
                debug_assert!(false, "{}/{name}: {errors:?}", lang.code());
                let _ = bundle.add_resource(res);
            }
        }
    }
    let fallback = (lang != Lang::En).then(|| messages(Lang::En));
    Messages {
        lang,
        bundle,
        fallback,
    }
}

/// The messages of a language (built once, then shared).
pub fn messages(lang: Lang) -> &'static Messages {
    static KK: OnceLock<Messages> = OnceLock::new();
    static RU: OnceLock<Messages> = OnceLock::new();
    static EN: OnceLock<Messages> = OnceLock::new();
    let cell = match lang {
        Lang::Kk => &KK,
        Lang::Ru => &RU,
        Lang::En => &EN,
    };
    cell.get_or_init(|| build(lang))
}

/// Arguments of a message: `name → value`.
pub type Args<'a> = [(&'a str, Arg<'a>)];

/// One argument value.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text, inserted as is.
    Str(&'a str),
    /// A number (chooses plural forms).
    Num(i64),
}

impl Messages {
    /// The language of these messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether this language (not the fallback) has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with arguments; falls back to English, then to the id itself.
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let pattern = self.bundle.get_message(msg_id).and_then(|m| match attr {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        });
        let Some(pattern) = pattern else {
            return match self.fallback {
                Some(fb) => fb.format(id, args),
                None => id.to_string(),
            };
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }
}

/// Every message id of a language, for completeness checks.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut ids = vec![];
    for (_, text) in files(lang) {
        if let Ok(res) = FluentResource::try_new((*text).to_string()) {
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_and_parses() {
        let en = message_ids(Lang::En);
        assert!(!en.is_empty());
        for lang in [Lang::Kk, Lang::Ru] {
            let ids = message_ids(lang);
            let missing: Vec<_> = en.iter().filter(|id| !ids.contains(id)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
        for lang in Lang::ALL {
            for (name, text) in files(lang) {
                assert!(
                    FluentResource::try_new((*text).to_string()).is_ok(),
                    "{lang}/{name} has syntax errors"
                );
            }
        }
    }

    #[test]
    fn russian_plurals_pick_the_right_form() {
        let ru = messages(Lang::Ru);
        let t = |n| ru.format("tickets-count", &[("count", Arg::Num(n))]);
        assert_eq!(t(1), "1 билет");
        assert_eq!(t(3), "3 билета");
        assert_eq!(t(5), "5 билетов");
        assert_eq!(t(21), "21 билет");
        assert_eq!(t(11), "11 билетов");
        let kk = messages(Lang::Kk);
        assert_eq!(
            kk.format("tickets-count", &[("count", Arg::Num(5))]),
            "5 билет"
        );
        let en = messages(Lang::En);
        assert_eq!(
            en.format("tickets-count", &[("count", Arg::Num(1))]),
            "1 ticket"
        );
        assert_eq!(
            en.format("tickets-count", &[("count", Arg::Num(2))]),
            "2 tickets"
        );
    }

    #[test]
    fn unknown_message_shows_its_id() {
        assert_eq!(messages(Lang::Kk).get("no-such-message"), "no-such-message");
    }
}
