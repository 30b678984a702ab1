//! `sapar places …`: finds airports, stations and bus terminals.

use crate::args::PlacesCommand;
use crate::output::Out;
use crate::Failure;
use sapar_domain::search::search_places;
use sapar_i18n::Arg;

/// Runs a places command.
pub fn run(cmd: PlacesCommand, out: &Out) -> Result<(), Failure> {
    let PlacesCommand::Search { text, mode, limit } = cmd;
    let found: Vec<_> = search_places(&text, limit.max(1) * 4)
        .into_iter()
        .filter(|m| mode.is_none_or(|mode| m.place.kind.mode() == mode))
        .take(limit.max(1))
        .collect();
    if out.json() {
        let items: Vec<_> = found
            .iter()
            .map(|m| {
                serde_json::json!({
                    "code": m.place.code,
                    "kind": m.place.kind,
                    "name": m.place.name(out.lang()),
                    "names": { "kk": m.place.name_kk, "ru": m.place.name_ru, "en": m.place.name_en },
                    "city": m.place.city,
                    "zone": m.place.zone.name(),
                    "score": m.score,
                })
            })
            .collect();
        return out.print_json(&items);
    }
    if found.is_empty() {
        return Err(Failure::new(
            "not_found",
            out.t("cli-places-nothing", &[("text", Arg::Str(&text))]),
        ));
    }
    for m in found {
        println!(
            "{:<8} {:<10} {}  ({}, {})",
            m.place.code,
            out.t(&format!("mode-{}", m.place.kind.mode().as_str()), &[]),
            m.place.name(out.lang()),
            m.place.city,
            m.place.zone.name()
        );
    }
    Ok(())
}
