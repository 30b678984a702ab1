//! Printing results: localised text for people, JSON for scripts.

use crate::Failure;
use indicatif::{ProgressBar, ProgressStyle};
use sapar_domain::Lang;
use sapar_i18n::{messages, Arg, Messages};
use serde::Serialize;
use std::io::IsTerminal;

/// Where results go, and in which form.
pub struct Out {
    json: bool,
    msgs: &'static Messages,
}

impl Out {
    /// Output in JSON or in text of a language.
    pub fn new(json: bool, lang: Lang) -> Self {
        Out {
            json,
            msgs: messages(lang),
        }
    }

    /// Whether JSON was asked for.
    pub fn json(&self) -> bool {
        self.json
    }

    /// The language of text output.
    pub fn lang(&self) -> Lang {
        self.msgs.lang()
    }

    /// A message of the CLI's Fluent files.
    pub fn t(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.msgs.format(id, args)
    }

    /// Prints a value as pretty JSON.
    pub fn print_json<T: Serialize>(&self, value: &T) -> Result<(), Failure> {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| Failure::new("output", e.to_string()))?;
        println!("{text}");
        Ok(())
    }

    /// Prints the result: `value` as JSON, or the message `id` with `args` as text.
    pub fn result<T: Serialize>(
        &self,
        value: &T,
        id: &str,
        args: &[(&str, Arg<'_>)],
    ) -> Result<(), Failure> {
        if self.json {
            return self.print_json(value);
        }
        println!("{}", self.t(id, args));
        Ok(())
    }

    /// Prints a failure to stderr (or as JSON to stdout in JSON mode).
    pub fn failure(&self, f: &Failure) {
        if self.json {
            let body = serde_json::json!({ "error": { "code": f.code, "message": f.message } });
            println!("{body}");
        } else {
            eprintln!("{}: {}", self.t("cli-error", &[]), f.message);
        }
    }

    /// Runs `work` with a progress callback that drives a bar labelled with message `id`.
    pub async fn with_progress<T, F, Fut>(&self, id: &str, work: F) -> T
    where
        F: FnOnce(Box<dyn Fn(u64, u64) + Sync>) -> Fut,
        Fut: std::future::Future<Output = T>,
    {
        let bar = self.progress(&self.t(id, &[]));
        let shown = bar.clone();
        let result = work(Box::new(move |done, total| {
            shown.set_length(total);
            shown.set_position(done);
        }))
        .await;
        bar.finish_and_clear();
        result
    }

    /// A progress bar on stderr when it is a terminal and text output is wanted.
    pub fn progress(&self, label: &str) -> ProgressBar {
        if self.json || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(0);
        let style = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        bar.set_style(style);
        bar.set_message(label.to_string());
        bar
    }
}
