//! `sapar iin check`: validates a Kazakhstan IIN and shows what it encodes.

use crate::args::IinCommand;
use crate::output::Out;
use crate::Failure;
use sapar_domain::iin;
use sapar_i18n::Arg;

/// Runs an IIN command.
pub fn run(cmd: IinCommand, out: &Out) -> Result<(), Failure> {
    let IinCommand::Check {
        iin: number,
        birth_date,
    } = cmd;
    let checked = iin::validate(number.trim()).and_then(|info| match birth_date {
        Some(date) => iin::check_against_birth_date(number.trim(), date),
        None => Ok(info),
    });
    match checked {
        Ok(info) => {
            if out.json() {
                return out.print_json(&serde_json::json!({
                    "valid": true,
                    "iin": number.trim(),
                    "birth_date": info.birth_date,
                    "sex": info.sex,
                }));
            }
            let date = info.birth_date.to_string();
            let sex = out.t(
                match info.sex {
                    iin::Sex::Male => "sex-male",
                    iin::Sex::Female => "sex-female",
                },
                &[],
            );
            println!(
                "{}",
                out.t(
                    "cli-iin-valid",
                    &[("date", Arg::Str(&date)), ("sex", Arg::Str(&sex))]
                )
            );
            Ok(())
        }
        Err(e) => {
            // The error's fields become the message's arguments, so every language
            // says exactly what is wrong.
            let value = serde_json::to_value(&e).unwrap_or_default();
            let fields: Vec<(String, String)> = value
                .as_object()
                .map(|o| {
                    o.iter()
                        .map(|(k, v)| {
                            (
                                k.clone(),
                                v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let reason = fields
                .iter()
                .find(|(k, _)| k == "reason")
                .map_or("invalid", |(_, v)| v.as_str());
            let args: Vec<(&str, Arg<'_>)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), Arg::Str(v)))
                .collect();
            let message = out.t(&format!("iin-{reason}"), &args);
            Err(Failure::new(format!("invalid_iin:{reason}"), message))
        }
    }
}
