//! Setting up carriers: the profile is cached for offline use, keys reach the trust
//! store, a wrong key is refused, an unreachable carrier is kept for later, and the
//! demo carriers start once and say they are demo.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod common;

use common::*;
use sapar_core::Sapar;

#[tokio::test]
async fn an_added_carrier_is_known_offline() {
    let c = carriers().await;
    let (sapar, _data) = sapar(&c, &["KTZ", "KC"]).await;
    let list = sapar.carriers().await.unwrap();
    assert_eq!(
        list.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
        ["KC", "KTZ"]
    );
    let ktz = list.iter().find(|c| c.code == "KTZ").unwrap();
    assert!(ktz.enabled && !ktz.demo);
    assert!(ktz.profile_fetched_at.is_some());
    assert!(ktz.names[1].contains("КТЖ"), "{:?}", ktz.names);

    // With the carrier gone, its profile, fare rules and keys are still there.
    c.handle.shutdown().await;
    let profile = sapar.carrier_profile("KTZ").await.unwrap().unwrap();
    assert!(profile.fare_rules_for("ktz-long-distance").is_some());
    assert!(!profile.support.phones.is_empty());
    assert_eq!(profile.signing_keys.len(), 1);
}

#[tokio::test]
async fn a_wrong_key_is_refused_and_nothing_is_kept() {
    let c = carriers().await;
    let data = tempfile::tempdir().unwrap();
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    let err = sapar
        .add_carrier("KTZ", &c.handle.carrier_url("KTZ"), "sk_test_wrong")
        .await
        .unwrap_err();
    assert_eq!(err.code(), "unauthorized", "{err}");
    assert!(sapar.carriers().await.unwrap().is_empty());
    // A carrier that says it is someone else is refused too.
    let key = c.handle.api_key("demo").unwrap();
    let err = sapar
        .add_carrier("KC", &c.handle.carrier_url("KTZ"), key)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "invalid_input", "{err}");
    assert!(err.to_string().contains("KTZ"), "{err}");
    assert!(sapar.carriers().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_unreachable_carrier_is_kept_for_later() {
    let data = tempfile::tempdir().unwrap();
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    // Nothing listens on port 9 of loopback.
    let added = sapar
        .add_carrier("KTZ", "http://127.0.0.1:9/carriers/KTZ", "sk_test_x")
        .await
        .unwrap();
    assert!(added.profile_error.is_some());
    assert_eq!(added.carrier.profile_fetched_at, None);
    sapar.set_carrier_enabled("KTZ", false).await.unwrap();
    assert!(!sapar.carriers().await.unwrap()[0].enabled);
    sapar.remove_carrier("KTZ").await.unwrap();
    assert!(sapar.carriers().await.unwrap().is_empty());
    assert_eq!(
        sapar.remove_carrier("KTZ").await.unwrap_err().code(),
        "not_found"
    );
}

#[tokio::test]
async fn demo_carriers_start_once_and_say_they_are_demo() {
    let data = tempfile::tempdir().unwrap();
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    assert!(sapar.use_demo_carriers_if_none().await.unwrap());
    let first = sapar.start_demo_carriers().await.unwrap();
    let again = sapar.start_demo_carriers().await.unwrap();
    assert_eq!(first.len(), 4, "{first:?}");
    assert_eq!(
        {
            let mut a = again.clone();
            a.sort();
            a
        },
        {
            let mut f = first.clone();
            f.sort();
            f
        }
    );
    let list = sapar.carriers().await.unwrap();
    assert!(list
        .iter()
        .all(|c| c.demo && c.profile_fetched_at.is_some()));
    assert!(!sapar.use_demo_carriers_if_none().await.unwrap());
    // The demo carriers sell: a search finds trains and flights.
    let offers = search(&sapar, &query("Astana", "Almaty", 2)).await;
    assert!(offers.iter().any(|o| o.carrier == "KTZ" && o.demo));
    assert!(offers.iter().any(|o| o.carrier == "KC"));
    // Opened again (a new process), the demo carriers come back on a new port.
    drop(sapar);
    let sapar = Sapar::open(Some(data.path().to_path_buf())).await.unwrap();
    let offers = search(&sapar, &query("Astana", "Almaty", 2)).await;
    assert!(offers.iter().any(|o| o.carrier == "KTZ"));
}
