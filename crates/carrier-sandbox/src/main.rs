//! `sapar-carrier`: runs the sandbox carrier server.

use clap::{Parser, Subcommand};
use sapar_carrier_sandbox::{ApiKey, Sandbox, SandboxConfig};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// A sandbox carrier server speaking Sapar's carrier protocol.
#[derive(Debug, Parser)]
#[command(name = "sapar-carrier", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serves the sandbox carriers until Ctrl-C.
    Serve {
        /// The SQLite database (created if missing; reused with all its data).
        #[arg(long, env = "SAPAR_CARRIER_DB")]
        db: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Seed of the network, prices and keys (a database keeps its first seed).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The admin API key (default: derived from the seed and printed).
        #[arg(long, env = "SAPAR_CARRIER_ADMIN_KEY")]
        admin_key: Option<String>,
        /// A seller's key as NAME=KEY (repeatable; default: `demo` and `partner`, derived from the seed).
        #[arg(long = "client", value_parser = parse_client)]
        clients: Vec<ApiKey>,
        /// How long holds keep their seats, in seconds.
        #[arg(long, default_value_t = 900)]
        hold_ttl_secs: u64,
        /// How many days of trips to keep on sale.
        #[arg(long, default_value_t = 60)]
        days: u32,
    },
}

fn parse_client(s: &str) -> Result<ApiKey, String> {
    let (name, key) = s.split_once('=').ok_or("expected NAME=KEY")?;
    if name.is_empty() || key.len() < 8 {
        return Err("the name must not be empty and the key needs at least 8 characters".into());
    }
    Ok(ApiKey {
        name: name.into(),
        key: key.into(),
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            db,
            addr,
            seed,
            admin_key,
            clients,
            hold_ttl_secs,
            days,
        } => {
            let mut config = SandboxConfig::new(db);
            config.addr = addr;
            config.seed = seed;
            config.admin_key = admin_key;
            config.clients = clients;
            config.hold_ttl = Duration::from_secs(hold_ttl_secs.max(1));
            config.days_ahead = days;
            let handle = match Sandbox::start(config).await {
                Ok(h) => h,
                Err(e) => {
                    eprintln!("sapar-carrier: cannot start: {e}");
                    return ExitCode::FAILURE;
                }
            };
            println!(
                "sapar-carrier listening on {} (seed {})",
                handle.base_url, handle.seed
            );
            for c in handle.carriers() {
                println!("  carrier {c}: {}", handle.carrier_url(&c));
            }
            for k in &handle.api_keys {
                println!("  API key {}: {}", k.name, k.key);
            }
            println!("  admin key: {}", handle.admin_key);
            if let Err(e) = tokio::signal::ctrl_c().await {
                eprintln!("sapar-carrier: cannot wait for Ctrl-C: {e}");
            }
            handle.shutdown().await;
            ExitCode::SUCCESS
        }
    }
}
