//! `sapar`: Sapar's wallet, places and tickets from a terminal.
//!
//! Exit codes: 0 success, 1 not found or invalid input (the message says what is
//! wrong) or any other failure, 2 a usage error.

mod after_sales;
mod args;
mod book;
mod carriers;
mod iin;
mod import;
mod output;
mod places;
mod search;
mod sync;
mod ticket;
mod verify;
mod wallet;

use args::{Cli, Command};
use clap::Parser;
use output::Out;
use std::process::ExitCode;

/// A failure to report: the message is already in the user's language.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    /// Stable code, printed in JSON mode.
    pub code: String,
    /// What went wrong, for people.
    pub message: String,
}

impl Failure {
    /// A failure with a code and a message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Failure {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl From<sapar_core::CoreError> for Failure {
    fn from(e: sapar_core::CoreError) -> Self {
        Failure::new(e.code(), e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Out::new(cli.json, cli.lang);
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            out.failure(&Failure::new("runtime", e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(run(cli, &out));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            out.failure(&f);
            ExitCode::FAILURE
        }
    }
}

async fn open(data_dir: Option<std::path::PathBuf>) -> Result<sapar_core::Sapar, Failure> {
    Ok(sapar_core::Sapar::open(data_dir).await?)
}

async fn run(cli: Cli, out: &Out) -> Result<(), Failure> {
    match cli.command {
        Command::Places(cmd) => places::run(cmd, out),
        Command::Iin(cmd) => iin::run(cmd, out),
        Command::Wallet(cmd) => wallet::run(&open(cli.data_dir).await?, cmd, out).await,
        Command::Ticket(cmd) => ticket::run(&open(cli.data_dir).await?, cmd, out).await,
        Command::Mail(cmd) => ticket::run_mail(&open(cli.data_dir).await?, cmd, out).await,
        Command::Verify(args) => verify::run(&open(cli.data_dir).await?, args, out).await,
        Command::Import { paths } => import::run(&open(cli.data_dir).await?, paths, out).await,
        Command::Carriers(cmd) => carriers::run(&open(cli.data_dir).await?, cmd, out).await,
        Command::Search(args) => search::run(&open(cli.data_dir).await?, args, out).await,
        Command::Seats(args) => search::run_seats(&open(cli.data_dir).await?, args, out).await,
        Command::Book(args) => book::run(&open(cli.data_dir).await?, args, out).await,
        Command::Refund(args) => {
            after_sales::run_refund(&open(cli.data_dir).await?, args, out).await
        }
        Command::Exchange(args) => {
            after_sales::run_exchange(&open(cli.data_dir).await?, args, out).await
        }
        Command::Sync => sync::run(&open(cli.data_dir).await?, out).await,
        Command::Outbox(args) => sync::run_outbox(&open(cli.data_dir).await?, args, out).await,
    }
}
