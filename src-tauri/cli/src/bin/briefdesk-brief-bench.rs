//! `briefdesk-brief-bench`: how long a 200-directive briefing takes. It generates articles
//! published in one month (the same generator as `briefdesk-bench`) into a temp library
//! until a briefing of that month holds at least 200 directives, then times gathering the
//! briefing and writing it as PDF, HTML and Markdown (median of several runs; the first
//! PDF, which also loads the fonts, is shown apart).
//!
//!     cargo build --release -p briefdesk-cli && target/release/briefdesk-brief-bench

use briefdesk_core::briefing::{BriefingFormat, BriefingOptions};
use briefdesk_core::samples::Synthetic;
use briefdesk_core::{ImportOptions, Library};
use std::time::Instant;

const RUNS: usize = 7;

fn median_ms(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let src = dir.path().join("articles");
    std::fs::create_dir(&src)?;
    let mut synth = Synthetic::new(7);
    for i in 0..30 {
        std::fs::write(src.join(format!("{i:03}.txt")), synth.article(i, &format!("2026-03-{:02}", i % 28 + 1)))?;
    }
    let mut lib = Library::open(&dir.path().join("brief.sqlite"))?;
    lib.import_paths(&[src], &ImportOptions::default(), &mut |_| {})?;
    let opts = BriefingOptions { from: Some("2026-03-01".into()), to: Some("2026-03-31".into()), ..Default::default() };

    let t = Instant::now();
    let first = lib.briefing(&opts)?;
    let gather_first = t.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    let pdf = first.render(BriefingFormat::Pdf)?;
    let pdf_first = t.elapsed().as_secs_f64() * 1000.0;
    println!("briefing of {} directives, {} documents, {} events, {} sources", first.directives.len(), first.documents.len(), first.events.len(), first.sources.len());
    println!("first run: gather {gather_first:.0} ms, PDF {pdf_first:.0} ms ({} KB)", pdf.len() / 1024);

    let mut times: Vec<(&str, Vec<f64>)> = vec![("gather", vec![]), ("PDF", vec![]), ("HTML", vec![]), ("Markdown", vec![]), ("gather + PDF", vec![])];
    for _ in 0..RUNS {
        let t = Instant::now();
        let b = lib.briefing(&opts)?;
        let gather = t.elapsed().as_secs_f64() * 1000.0;
        let mut each = vec![gather];
        for f in [BriefingFormat::Pdf, BriefingFormat::Html, BriefingFormat::Markdown] {
            let t = Instant::now();
            std::hint::black_box(b.render(f)?);
            each.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        each.push(gather + each[1]);
        for (slot, ms) in times.iter_mut().zip(each) {
            slot.1.push(ms);
        }
    }
    for (name, v) in times {
        println!("{name:<14} median {:>6.1} ms over {RUNS} runs", median_ms(v));
    }
    Ok(())
}
