//! `briefdesk-bench`: prints speed figures for the library. It generates N articles of
//! Vietnamese policy-news-like text (default 10,000) in a temp folder, imports them with
//! the real `briefdesk` CLI binary next to this one, then times searches.
//!
//!     cargo build --release -p briefdesk-cli && target/release/briefdesk-bench [N]

use briefdesk_core::model::DirectiveFilter;
use briefdesk_core::samples::Synthetic;
use briefdesk_core::Library;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(10_000);
    let dir = tempfile::tempdir()?;
    let src = dir.path().join("articles");
    std::fs::create_dir(&src)?;
    let mut synth = Synthetic::new(42);
    let mut bytes = 0usize;
    for i in 0..n {
        let text = synth.article(i, &format!("2025-{:02}-{:02}", i % 12 + 1, i % 28 + 1));
        bytes += text.len();
        std::fs::write(src.join(format!("{i:06}.txt")), text)?;
    }
    let db = dir.path().join("bench.sqlite");
    let cli: PathBuf = std::env::current_exe()?.with_file_name("briefdesk");
    println!("generated {n} articles, {:.1} MB", bytes as f64 / 1e6);

    let t = Instant::now();
    let out = Command::new(&cli).arg("--db").arg(&db).arg("import").arg(&src).output()?;
    let secs = t.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(format!("import failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    println!("import with the CLI: {secs:.2} s — {:.0} articles/s, {:.1} MB/s", n as f64 / secs, bytes as f64 / 1e6 / secs);
    let t = Instant::now();
    let out = Command::new(&cli).arg("--db").arg(&db).arg("import").arg(&src).output()?;
    println!("re-import (all duplicates): {:.2} s (exit {})", t.elapsed().as_secs_f64(), out.status.code().unwrap_or(-1));
    println!("library file: {:.1} MB", std::fs::metadata(&db)?.len() as f64 / 1e6);

    let lib = Library::open(&db)?;
    for q in ["chi thi 12", "Chỉ thị 12", "doi ngoai nhan dan", "bộ ngoại giao chủ trì", "tham mu", "khong co tu nay"] {
        let runs = 20;
        let t = Instant::now();
        let mut total = 0;
        for _ in 0..runs {
            total = lib.search(q, 50)?.total;
        }
        println!("search {q:<24} {total:>6} matches, {:>7.2} ms per query (50 results with snippets)", t.elapsed().as_secs_f64() * 1000.0 / runs as f64);
    }
    let t = Instant::now();
    let list = lib.list_articles()?;
    println!("list {} articles: {:.1} ms", list.len(), t.elapsed().as_secs_f64() * 1000.0);
    let t = Instant::now();
    let directives = lib.list_directives()?;
    println!("registry: {} directives listed in {:.0} ms", directives.len(), t.elapsed().as_secs_f64() * 1000.0);
    let t = Instant::now();
    let filtered = lib.find_directives(&DirectiveFilter { text: Some("bo ngoai giao chi thi 12".into()), ..Default::default() })?;
    println!("registry text filter: {} directives in {:.0} ms", filtered.len(), t.elapsed().as_secs_f64() * 1000.0);
    let t = Instant::now();
    let items = lib.timeline(&DirectiveFilter::default())?;
    let json = serde_json::to_vec(&items)?;
    println!("timeline: {} items ({:.1} MB of JSON) in {:.0} ms", items.len(), json.len() as f64 / 1e6, t.elapsed().as_secs_f64() * 1000.0);
    let t = Instant::now();
    let up = lib.upcoming(30)?;
    println!("upcoming: {} overdue, {} soon in {:.0} ms", up.overdue.len(), up.soon.len(), t.elapsed().as_secs_f64() * 1000.0);
    if let Some(keep) = std::env::var_os("BRIEFDESK_BENCH_KEEP") {
        drop(lib);
        std::fs::copy(&db, &keep)?;
        println!("library kept as {}", PathBuf::from(keep).display());
        return Ok(());
    }
    let t = Instant::now();
    let out = Command::new(&cli).arg("--db").arg(&db).args(["search", "chi thi 12", "--json"]).output()?;
    println!("CLI search process (start, open, query, JSON): {:.1} ms, {} bytes", t.elapsed().as_secs_f64() * 1000.0, out.stdout.len());
    Ok(())
}
