//! How long a place search takes, for the kinds of text people type: a code, a name in
//! each language, Kazakh letters typed as Russian ones, an old name, a short start, a typo,
//! the wrong keyboard layout, and text that matches nothing.

use criterion::{criterion_group, criterion_main, Criterion};
use sapar_domain::{search_places, search_places_by_mode, Mode};
use std::hint::black_box;

fn place_search(c: &mut Criterion) {
    // Build the index once, as the app does on its first search.
    black_box(search_places("Almaty", 10));
    let mut group = c.benchmark_group("search_places");
    for (label, query) in [
        ("code ALA", "ALA"),
        ("old code TSE", "TSE"),
        ("en Almaty", "Almaty"),
        ("kk Қарағанды", "Қарағанды"),
        ("ru typed Актобе", "Актобе"),
        ("old name Alma-Ata", "Alma-Ata"),
        ("start Ast", "Ast"),
        ("one letter A", "A"),
        ("typo Almtay", "Almtay"),
        ("layout Fkvfns", "Fkvfns"),
        ("nothing", "qwxzqwxz"),
    ] {
        group.bench_function(label, |b| b.iter(|| search_places(black_box(query), 10)));
    }
    group.bench_function("rail only Astana", |b| {
        b.iter(|| search_places_by_mode(black_box("Astana"), Mode::Rail, 10))
    });
    group.finish();
}

criterion_group!(benches, place_search);
criterion_main!(benches);
