//! `sapar import` and `sapar wallet ics`: tickets bought elsewhere (with the verdict on
//! each Sapar ticket code among them), and the calendar.

use crate::output::Out;
use crate::Failure;
use sapar_core::{FileOutcome, Sapar};
use sapar_domain::place::place_by_code;
use sapar_i18n::Arg;
use std::path::{Path, PathBuf};

/// Imports files and folders and prints a summary; fails when no file gave a ticket.
pub async fn run(sapar: &Sapar, paths: Vec<PathBuf>, out: &Out) -> Result<(), Failure> {
    let reports = out
        .with_progress("cli-importing", |p| async move {
            sapar.import_tickets(&paths, &*p).await
        })
        .await?;
    if out.json() {
        out.print_json(&reports)?;
    }
    let (mut imported, mut updated, mut unchanged, mut skipped) = (0, 0, 0, 0);
    for r in &reports {
        let name = r.path.display().to_string();
        let line = match &r.outcome {
            FileOutcome::Imported { references } => {
                imported += 1;
                out.t(
                    "cli-import-added",
                    &[
                        ("file", Arg::Str(&name)),
                        ("refs", Arg::Str(&references.join(", "))),
                    ],
                )
            }
            FileOutcome::Updated { references } => {
                updated += 1;
                out.t(
                    "cli-import-updated",
                    &[
                        ("file", Arg::Str(&name)),
                        ("refs", Arg::Str(&references.join(", "))),
                    ],
                )
            }
            FileOutcome::Unchanged { references } => {
                unchanged += 1;
                out.t(
                    "cli-import-unchanged",
                    &[
                        ("file", Arg::Str(&name)),
                        ("refs", Arg::Str(&references.join(", "))),
                    ],
                )
            }
            FileOutcome::Skipped { reason, .. } => {
                skipped += 1;
                out.t(
                    "cli-import-skipped",
                    &[("file", Arg::Str(&name)), ("reason", Arg::Str(reason))],
                )
            }
        };
        if !out.json() {
            println!("{line}");
            for note in &r.notes {
                println!("    {note}");
            }
            for token in &r.tokens {
                let explanation = token
                    .verdict
                    .explain(out.lang(), |code| place_by_code(code).map(|p| p.zone));
                let verdict = explanation.lines().next().unwrap_or_default();
                println!(
                    "    {}",
                    out.t(
                        "cli-import-code",
                        &[
                            ("ticket", Arg::Str(&token.ticket_number)),
                            ("verdict", Arg::Str(verdict)),
                        ],
                    )
                );
            }
        }
    }
    if !out.json() {
        println!(
            "{}",
            out.t(
                "cli-import-summary",
                &[
                    ("imported", Arg::Num(imported)),
                    ("updated", Arg::Num(updated)),
                    ("unchanged", Arg::Num(unchanged)),
                    ("skipped", Arg::Num(skipped)),
                ]
            )
        );
    }
    if imported + updated + unchanged == 0 {
        return Err(Failure::new(
            "not_a_ticket",
            out.t("cli-import-nothing", &[]),
        ));
    }
    Ok(())
}

/// Writes the upcoming trips to an .ics file.
pub async fn calendar(sapar: &Sapar, file: &Path, out: &Out) -> Result<(), Failure> {
    let text = sapar.upcoming_calendar(out.lang()).await?;
    let fail = |e: std::io::Error| Failure::new("io", format!("{}: {e}", file.display()));
    let tmp = file.with_extension("ics.part");
    std::fs::write(&tmp, text.as_bytes()).map_err(fail)?;
    std::fs::rename(&tmp, file).map_err(fail)?;
    let events = text.matches("BEGIN:VEVENT").count() as i64;
    let name = file.display().to_string();
    out.result(
        &serde_json::json!({ "file": file, "events": events }),
        "cli-ics-written",
        &[("count", Arg::Num(events)), ("file", Arg::Str(&name))],
    )
}
