//! The command line: every subcommand and flag of `sapar`.

use clap::{Args, Parser, Subcommand};
use sapar_domain::{Lang, Mode};
use std::path::PathBuf;

/// Sapar: buy, keep, print and verify Kazakhstan travel tickets.
#[derive(Debug, Parser)]
#[command(name = "sapar", version, about, propagate_version = true)]
pub struct Cli {
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    /// Language of messages: kk, ru or en.
    #[arg(long, global = true, env = "SAPAR_LANG", default_value = "en")]
    pub lang: Lang,
    /// The data folder holding the wallet (default: $SAPAR_DATA_DIR or the OS data folder).
    #[arg(long, global = true, env = "SAPAR_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Airports, railway stations and bus terminals.
    #[command(subcommand)]
    Places(PlacesCommand),
    /// Kazakhstan IIN numbers.
    #[command(subcommand)]
    Iin(IinCommand),
    /// The offline ticket wallet.
    #[command(subcommand)]
    Wallet(WalletCommand),
    /// Printing and sending tickets.
    #[command(subcommand)]
    Ticket(TicketCommand),
    /// The mail server tickets are sent through.
    #[command(subcommand)]
    Mail(MailCommand),
    /// Checks a ticket code offline: from its text or from a photo or screenshot of its QR.
    Verify(VerifyArgs),
    /// Imports tickets bought elsewhere: boarding passes (pictures, PDFs, text), Apple
    /// Wallet passes, Sapar ticket codes; files and folders.
    Import {
        /// Files or folders to import.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// The carriers Sapar buys from (with none set up, Sapar's demo carriers are used).
    #[command(subcommand)]
    Carriers(crate::carriers::CarriersCommand),
    /// Searches every carrier for trips between two places on a date.
    Search(crate::search::SearchArgs),
    /// Shows the free seats of an offer from the latest search.
    Seats(crate::search::SeatsArgs),
    /// Books an offer from the latest search: holds seats, pays, stores the tickets.
    Book(crate::book::BookArgs),
    /// Refunds a ticket, or every ticket of a booking, showing the price first.
    Refund(crate::after_sales::RefundArgs),
    /// Exchanges a ticket for another trip of the same carrier, showing the price first.
    Exchange(crate::after_sales::ExchangeArgs),
    /// Syncs with the carriers now: finishes payments, sends refunds, reads changes.
    Sync,
    /// Refunds waiting to reach their carrier.
    Outbox(crate::sync::OutboxArgs),
}

/// `sapar ticket …`
#[derive(Debug, Subcommand)]
pub enum TicketCommand {
    /// Writes the PDF of a booking's tickets, or of one ticket.
    Pdf {
        /// Booking reference or ticket number.
        reference: String,
        /// Paper: a4 (one page per ticket) or receipt (80 mm thermal printers).
        #[arg(long, default_value = "a4", value_parser = ["a4", "receipt"])]
        layout: String,
        /// Where to write the PDF (default: REFERENCE.pdf in the current folder).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Sends a booking's tickets (or one ticket) by e-mail as a PDF.
    Email {
        /// Booking reference or ticket number.
        reference: String,
        /// The recipient's address.
        #[arg(long)]
        to: String,
    },
}

/// `sapar mail …`
#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Sets up the outgoing mail server (the password is read from standard input
    /// and kept in the OS keyring).
    Setup {
        /// Server host name.
        #[arg(long)]
        host: String,
        /// Server port (465 for tls, 587 for starttls).
        #[arg(long)]
        port: u16,
        /// Connection security.
        #[arg(long, default_value = "starttls", value_parser = ["tls", "starttls", "plain"])]
        security: String,
        /// User name, when the server wants one.
        #[arg(long)]
        user: Option<String>,
        /// Read the password from standard input.
        #[arg(long)]
        password_stdin: bool,
        /// The sender address.
        #[arg(long)]
        from: String,
    },
    /// Lists sends waiting for another try.
    Queue,
    /// Tries every waiting send again.
    Retry,
}

/// Flags of `sapar verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The ticket code, or the path of a PNG/JPEG picture of its QR code.
    pub code_or_image: String,
    /// Also check that the ticket is for this trip number.
    #[arg(long)]
    pub trip: Option<String>,
}

/// `sapar places …`
#[derive(Debug, Subcommand)]
pub enum PlacesCommand {
    /// Finds places by any name (kk/ru/en), old name or code.
    Search {
        /// What to look for, e.g. "Астана", "Alma-Ata", "TSE".
        text: String,
        /// Only places served by this mode: air, rail or bus.
        #[arg(long)]
        mode: Option<Mode>,
        /// At most this many results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

/// `sapar iin …`
#[derive(Debug, Subcommand)]
pub enum IinCommand {
    /// Checks an IIN and shows the birth date and sex it encodes.
    Check {
        /// The 12-digit IIN.
        iin: String,
        /// Also check that the IIN agrees with this birth date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        birth_date: Option<chrono::NaiveDate>,
    },
}

/// `sapar wallet …`
#[derive(Debug, Subcommand)]
pub enum WalletCommand {
    /// Lists upcoming tickets (or past ones with --past).
    List(ListArgs),
    /// Shows one booking with all its tickets.
    Show {
        /// Booking reference or ticket number.
        reference: String,
    },
    /// Finds tickets by name, IIN, document, reference, ticket number, place or date.
    Search {
        /// What to look for.
        text: String,
        /// At most this many results.
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Moves a booking to the bin (recoverable with `wallet restore`).
    Remove {
        /// Booking reference or ticket number.
        reference: String,
    },
    /// Brings a booking back from the bin.
    Restore {
        /// Booking reference.
        reference: String,
    },
    /// Lists the bin, or empties it for good with --empty.
    Bin {
        /// Delete the bin's bookings for good.
        #[arg(long)]
        empty: bool,
    },
    /// Writes the whole wallet to a backup file.
    Export {
        /// The file to write.
        file: PathBuf,
    },
    /// Merges a backup file into the wallet (all or nothing, no duplicates).
    Import {
        /// The backup file to read.
        file: PathBuf,
    },
    /// Writes the upcoming trips as an iCalendar (.ics) file.
    Ics {
        /// The file to write.
        file: PathBuf,
    },
}

/// Flags of `sapar wallet list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Past tickets instead of upcoming ones, latest first.
    #[arg(long)]
    pub past: bool,
    /// Page number, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub page: u32,
    /// Tickets per page.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=500))]
    pub limit: u32,
}
